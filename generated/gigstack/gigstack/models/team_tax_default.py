from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamTaxDefault")


@_attrs_define
class TeamTaxDefault:
    """A tax the team applies by default to new items (for example IVA at 16 %).

    Attributes:
        type_ (None | str | Unset): Tax name: IVA, ISR or IEPS. Example: IVA.
        rate (float | None | Unset): Rate as a fraction. Example: 0.16.
        factor (None | str | Unset): SAT factor type: Tasa, Cuota or Exento. Example: Tasa.
        withholding (bool | None | Unset): Whether the tax is withheld.
        inclusive (bool | None | Unset): Whether prices already include the tax.
    """

    type_: None | str | Unset = UNSET
    rate: float | None | Unset = UNSET
    factor: None | str | Unset = UNSET
    withholding: bool | None | Unset = UNSET
    inclusive: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        factor: None | str | Unset
        if isinstance(self.factor, Unset):
            factor = UNSET
        else:
            factor = self.factor

        withholding: bool | None | Unset
        if isinstance(self.withholding, Unset):
            withholding = UNSET
        else:
            withholding = self.withholding

        inclusive: bool | None | Unset
        if isinstance(self.inclusive, Unset):
            inclusive = UNSET
        else:
            inclusive = self.inclusive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rate is not UNSET:
            field_dict["rate"] = rate
        if factor is not UNSET:
            field_dict["factor"] = factor
        if withholding is not UNSET:
            field_dict["withholding"] = withholding
        if inclusive is not UNSET:
            field_dict["inclusive"] = inclusive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: None | str | Unset = d.pop("type", UNSET)

        rate: float | None | Unset = d.pop("rate", UNSET)

        factor: None | str | Unset = d.pop("factor", UNSET)

        withholding: bool | None | Unset = d.pop("withholding", UNSET)

        inclusive: bool | None | Unset = d.pop("inclusive", UNSET)

        team_tax_default = cls(
            type_=type_,
            rate=rate,
            factor=factor,
            withholding=withholding,
            inclusive=inclusive,
        )

        team_tax_default.additional_properties = d
        return team_tax_default

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
