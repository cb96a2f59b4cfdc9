from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamSeriesUpdate")


@_attrs_define
class TeamSeriesUpdate:
    """Moves a series' folio counters; only the counters sent change.

    Attributes:
        live (int | Unset): Next folio in live mode. Example: 250.
        test (int | Unset): Next folio in test mode. Example: 10.
    """

    live: int | Unset = UNSET
    test: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        live = self.live

        test = self.test

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if live is not UNSET:
            field_dict["live"] = live
        if test is not UNSET:
            field_dict["test"] = test

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        live = d.pop("live", UNSET)

        test = d.pop("test", UNSET)

        team_series_update = cls(
            live=live,
            test=test,
        )

        team_series_update.additional_properties = d
        return team_series_update

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
