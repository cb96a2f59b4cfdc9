from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SatDownloadSyncPeriodUpdate")


@_attrs_define
class SatDownloadSyncPeriodUpdate:
    """The start of the history to synchronize. gigstack's n8n node sends `sync_from`; gigstack's CLI
    sends an empty object, which extends the window to the server's maximum (71 months).

        Attributes:
            sync_from (datetime.date | Unset): First day to synchronize (`YYYY-MM-DD`), at most 71 months back. Example:
                2021-01-01.
    """

    sync_from: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sync_from: str | Unset = UNSET
        if not isinstance(self.sync_from, Unset):
            sync_from = self.sync_from.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sync_from is not UNSET:
            field_dict["sync_from"] = sync_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _sync_from = d.pop("sync_from", UNSET)
        sync_from: datetime.date | Unset
        if isinstance(_sync_from, Unset):
            sync_from = UNSET
        else:
            sync_from = datetime.date.fromisoformat(_sync_from)

        sat_download_sync_period_update = cls(
            sync_from=sync_from,
        )

        sat_download_sync_period_update.additional_properties = d
        return sat_download_sync_period_update

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
