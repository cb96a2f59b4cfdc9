from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_form import PaymentForm
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMarkPaid")


@_attrs_define
class PaymentMarkPaid:
    """How and when a requested payment was paid outside its payment link.

    Attributes:
        payment_form (PaymentForm): SAT c_FormaPago: how the payment was made, as valid for CFDI 4.0. Retired codes (07,
            09, 10,
            11, 16, 98) are not offered. An unknown code is kept as a raw value by the generated client.
             Example: 03.
        date (int | Unset): When it was paid, in unix **seconds**; now when omitted. Example: 1770249600.
    """

    payment_form: PaymentForm
    date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_form = self.payment_form.value

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_form": payment_form,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_form = PaymentForm(d.pop("payment_form"))

        date = d.pop("date", UNSET)

        payment_mark_paid = cls(
            payment_form=payment_form,
            date=date,
        )

        payment_mark_paid.additional_properties = d
        return payment_mark_paid

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
