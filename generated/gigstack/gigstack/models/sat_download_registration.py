from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SatDownloadRegistration")


@_attrs_define
class SatDownloadRegistration:
    """Registers the team's RFC for Descarga Masiva with the e.firma already uploaded. gigstack's CLI
    says the server requires both fields.

        Attributes:
            phone (str | Unset): Contact phone in international format. Example: +525512345678.
            sync_start_date (datetime.date | Unset): First day (`YYYY-MM-DD`) of the history to synchronize. Example:
                2026-01-01.
    """

    phone: str | Unset = UNSET
    sync_start_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        sync_start_date: str | Unset = UNSET
        if not isinstance(self.sync_start_date, Unset):
            sync_start_date = self.sync_start_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if sync_start_date is not UNSET:
            field_dict["sync_start_date"] = sync_start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone", UNSET)

        _sync_start_date = d.pop("sync_start_date", UNSET)
        sync_start_date: datetime.date | Unset
        if isinstance(_sync_start_date, Unset):
            sync_start_date = UNSET
        else:
            sync_start_date = datetime.date.fromisoformat(_sync_start_date)

        sat_download_registration = cls(
            phone=phone,
            sync_start_date=sync_start_date,
        )

        sat_download_registration.additional_properties = d
        return sat_download_registration

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
