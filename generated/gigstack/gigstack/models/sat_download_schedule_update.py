from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sat_download_direction import SatDownloadDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="SatDownloadScheduleUpdate")


@_attrs_define
class SatDownloadScheduleUpdate:
    """The daily bulk download schedule to save. gigstack's CLI sends `time` (`HH:mm`),
    `download_types` and `days_back`; its n8n node sends `hour` (0-23, UTC) and `types`. Both
    spellings are accepted; send one.

        Attributes:
            enabled (bool): Run the daily download.
            time (str | Unset): Time of day to run, `HH:mm` (the CLI's field). Example: 03:00.
            download_types (list[SatDownloadDirection] | Unset): Which CFDI to download (the CLI's field).
            days_back (int | Unset): How many days back each run asks for (the CLI's field). Example: 3.
            hour (int | Unset): Hour of the day to run, in UTC (the n8n node's field). Example: 3.
            types (list[SatDownloadDirection] | Unset): Which CFDI to download (the n8n node's field).
    """

    enabled: bool
    time: str | Unset = UNSET
    download_types: list[SatDownloadDirection] | Unset = UNSET
    days_back: int | Unset = UNSET
    hour: int | Unset = UNSET
    types: list[SatDownloadDirection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        time = self.time

        download_types: list[str] | Unset = UNSET
        if not isinstance(self.download_types, Unset):
            download_types = []
            for download_types_item_data in self.download_types:
                download_types_item = download_types_item_data.value
                download_types.append(download_types_item)

        days_back = self.days_back

        hour = self.hour

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if time is not UNSET:
            field_dict["time"] = time
        if download_types is not UNSET:
            field_dict["download_types"] = download_types
        if days_back is not UNSET:
            field_dict["days_back"] = days_back
        if hour is not UNSET:
            field_dict["hour"] = hour
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        time = d.pop("time", UNSET)

        _download_types = d.pop("download_types", UNSET)
        download_types: list[SatDownloadDirection] | Unset = UNSET
        if _download_types is not UNSET:
            download_types = []
            for download_types_item_data in _download_types:
                download_types_item = SatDownloadDirection(download_types_item_data)

                download_types.append(download_types_item)

        days_back = d.pop("days_back", UNSET)

        hour = d.pop("hour", UNSET)

        _types = d.pop("types", UNSET)
        types: list[SatDownloadDirection] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = SatDownloadDirection(types_item_data)

                types.append(types_item)

        sat_download_schedule_update = cls(
            enabled=enabled,
            time=time,
            download_types=download_types,
            days_back=days_back,
            hour=hour,
            types=types,
        )

        sat_download_schedule_update.additional_properties = d
        return sat_download_schedule_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
