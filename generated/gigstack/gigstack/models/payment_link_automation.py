from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentLinkAutomation")


@_attrs_define
class PaymentLinkAutomation:
    """An automation of a payment link; gigstack-cli knows one, `{type: invoice, from: payments, ref: payments, action:
    create}`, which invoices each payment.

        Attributes:
            type_ (str | Unset):  Example: invoice.
            from_ (str | Unset):  Example: payments.
            ref (str | Unset):  Example: payments.
            action (str | Unset):  Example: create.
    """

    type_: str | Unset = UNSET
    from_: str | Unset = UNSET
    ref: str | Unset = UNSET
    action: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        from_ = self.from_

        ref = self.ref

        action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if from_ is not UNSET:
            field_dict["from"] = from_
        if ref is not UNSET:
            field_dict["ref"] = ref
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        from_ = d.pop("from", UNSET)

        ref = d.pop("ref", UNSET)

        action = d.pop("action", UNSET)

        payment_link_automation = cls(
            type_=type_,
            from_=from_,
            ref=ref,
            action=action,
        )

        payment_link_automation.additional_properties = d
        return payment_link_automation

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
