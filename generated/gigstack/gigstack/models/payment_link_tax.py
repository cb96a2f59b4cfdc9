from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentLinkTax")


@_attrs_define
class PaymentLinkTax:
    """A tax of a payment link item. `rate` may come as a number or as a numeric string.

    Attributes:
        rate (float | str):  Example: 0.16.
        type_ (str):  Example: IVA.
        factor (None | str | Unset):  Example: Tasa.
        withholding (bool | None | Unset):
        inclusive (bool | None | Unset):
        base (float | None | Unset):
    """

    rate: float | str
    type_: str
    factor: None | str | Unset = UNSET
    withholding: bool | None | Unset = UNSET
    inclusive: bool | None | Unset = UNSET
    base: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate: float | str
        rate = self.rate

        type_ = self.type_

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

        base: float | None | Unset
        if isinstance(self.base, Unset):
            base = UNSET
        else:
            base = self.base

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rate": rate,
                "type": type_,
            }
        )
        if factor is not UNSET:
            field_dict["factor"] = factor
        if withholding is not UNSET:
            field_dict["withholding"] = withholding
        if inclusive is not UNSET:
            field_dict["inclusive"] = inclusive
        if base is not UNSET:
            field_dict["base"] = base

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rate: float | str = d.pop("rate")

        type_ = d.pop("type")

        factor: None | str | Unset = d.pop("factor", UNSET)

        withholding: bool | None | Unset = d.pop("withholding", UNSET)

        inclusive: bool | None | Unset = d.pop("inclusive", UNSET)

        base: float | None | Unset = d.pop("base", UNSET)

        payment_link_tax = cls(
            rate=rate,
            type_=type_,
            factor=factor,
            withholding=withholding,
            inclusive=inclusive,
            base=base,
        )

        payment_link_tax.additional_properties = d
        return payment_link_tax

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
