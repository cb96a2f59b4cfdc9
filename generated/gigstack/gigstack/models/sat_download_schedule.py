from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sat_download_direction import SatDownloadDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="SatDownloadSchedule")


@_attrs_define
class SatDownloadSchedule:
    """The daily bulk download schedule. Field names follow gigstack's CLI; other fields the API
    returns (FIEL and registration status) are kept as received.

        Attributes:
            enabled (bool | None | Unset): Whether the daily download runs.
            time (None | str | Unset): Time of day it runs, `HH:mm`. Example: 03:00.
            download_types (list[SatDownloadDirection] | None | Unset):
            days_back (int | None | Unset): How many days back each run asks the SAT for. Example: 3.
    """

    enabled: bool | None | Unset = UNSET
    time: None | str | Unset = UNSET
    download_types: list[SatDownloadDirection] | None | Unset = UNSET
    days_back: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        time: None | str | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        else:
            time = self.time

        download_types: list[str] | None | Unset
        if isinstance(self.download_types, Unset):
            download_types = UNSET
        elif isinstance(self.download_types, list):
            download_types = []
            for download_types_type_0_item_data in self.download_types:
                download_types_type_0_item = download_types_type_0_item_data.value
                download_types.append(download_types_type_0_item)

        else:
            download_types = self.download_types

        days_back: int | None | Unset
        if isinstance(self.days_back, Unset):
            days_back = UNSET
        else:
            days_back = self.days_back

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
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
        enabled: bool | None | Unset = d.pop("enabled", UNSET)

        time: None | str | Unset = d.pop("time", UNSET)

        download_types_data = d.pop("download_types", UNSET)
        download_types: list[SatDownloadDirection] | None | Unset
        if not isinstance(download_types_data, list):
            download_types = cast(list[SatDownloadDirection] | None | Unset, download_types_data)
        else:
            try:
                download_types_type_0 = []
                _download_types_type_0 = download_types_data
                for download_types_type_0_item_data in _download_types_type_0:
                    download_types_type_0_item = SatDownloadDirection(download_types_type_0_item_data)

                    download_types_type_0.append(download_types_type_0_item)

                download_types = download_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                download_types = cast(list[SatDownloadDirection] | None | Unset, download_types_data)

        days_back: int | None | Unset = d.pop("days_back", UNSET)

        sat_download_schedule = cls(
            enabled=enabled,
            time=time,
            download_types=download_types,
            days_back=days_back,
        )

        sat_download_schedule.additional_properties = d
        return sat_download_schedule

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
