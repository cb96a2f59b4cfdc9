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
    """The daily bulk download schedule to save.

    Attributes:
        enabled (bool): Run the daily download.
        time (str | Unset): Time of day to run, `HH:mm`. Example: 03:00.
        download_types (list[SatDownloadDirection] | Unset):
        days_back (int | Unset): How many days back each run asks for. Example: 3.
    """

    enabled: bool
    time: str | Unset = UNSET
    download_types: list[SatDownloadDirection] | Unset = UNSET
    days_back: int | Unset = UNSET
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

        sat_download_schedule_update = cls(
            enabled=enabled,
            time=time,
            download_types=download_types,
            days_back=days_back,
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
