from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.month import Month
from ..models.periodicity import Periodicity

T = TypeVar("T", bound="GlobalInformation")


@_attrs_define
class GlobalInformation:
    """InformacionGlobal of a global invoice (factura global) to the general public.

    Attributes:
        periodicity (Periodicity): SAT c_Periodicidad: the period a global invoice (factura global) covers.
             Example: 04.
        months (Month): SAT c_Meses: the month (01-12) or two-month period (13-18) a global invoice covers.
             Example: 01.
        year (int):  Example: 2026.
    """

    periodicity: Periodicity
    months: Month
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        periodicity = self.periodicity.value

        months = self.months.value

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "periodicity": periodicity,
                "months": months,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        periodicity = Periodicity(d.pop("periodicity"))

        months = Month(d.pop("months"))

        year = d.pop("year")

        global_information = cls(
            periodicity=periodicity,
            months=months,
            year=year,
        )

        global_information.additional_properties = d
        return global_information

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
