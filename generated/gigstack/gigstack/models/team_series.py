from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamSeries")


@_attrs_define
class TeamSeries:
    """An invoice series (serie) of a team and the next folio it gives out, counted separately in
    live and test mode.

        Attributes:
            series (str): The series name printed before the folio. Example: A.
            live (int | None | Unset): Next folio in live mode. Example: 101.
            test (int | None | Unset): Next folio in test mode. Example: 1.
    """

    series: str
    live: int | None | Unset = UNSET
    test: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        series = self.series

        live: int | None | Unset
        if isinstance(self.live, Unset):
            live = UNSET
        else:
            live = self.live

        test: int | None | Unset
        if isinstance(self.test, Unset):
            test = UNSET
        else:
            test = self.test

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "series": series,
            }
        )
        if live is not UNSET:
            field_dict["live"] = live
        if test is not UNSET:
            field_dict["test"] = test

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        series = d.pop("series")

        live: int | None | Unset = d.pop("live", UNSET)

        test: int | None | Unset = d.pop("test", UNSET)

        team_series = cls(
            series=series,
            live=live,
            test=test,
        )

        team_series.additional_properties = d
        return team_series

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
