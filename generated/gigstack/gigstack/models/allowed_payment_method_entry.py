from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allowed_payment_method import AllowedPaymentMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowedPaymentMethodEntry")


@_attrs_define
class AllowedPaymentMethodEntry:
    """A payment method offered on a payment link, as the API returns it.

    Attributes:
        id (AllowedPaymentMethod | Unset): A way the customer may pay a payment link. `card`, `oxxo` and `stripe-spei`
            need the team's
            Stripe integration. Open: any other value is kept as sent.
             Example: card.
    """

    id: AllowedPaymentMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: AllowedPaymentMethod | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = AllowedPaymentMethod(_id)

        allowed_payment_method_entry = cls(
            id=id,
        )

        allowed_payment_method_entry.additional_properties = d
        return allowed_payment_method_entry

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
