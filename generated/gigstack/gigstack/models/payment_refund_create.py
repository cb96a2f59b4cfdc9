from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentRefundCreate")


@_attrs_define
class PaymentRefundCreate:
    """A refund. Without `amount` the whole remaining amount is refunded; with it, only that much
    (a partial refund). `external_processor_refund` also refunds through the processor (Stripe);
    otherwise the refund is only recorded, for money you return yourself.

        Attributes:
            amount (float | Unset): Amount to refund in the payment's currency; the full amount when omitted. Example: 3480.
            reason (str | Unset):  Example: Dos horas no impartidas.
            external_processor_refund (bool | Unset): Also refund through the payment processor.
    """

    amount: float | Unset = UNSET
    reason: str | Unset = UNSET
    external_processor_refund: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        reason = self.reason

        external_processor_refund = self.external_processor_refund

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if reason is not UNSET:
            field_dict["reason"] = reason
        if external_processor_refund is not UNSET:
            field_dict["external_processor_refund"] = external_processor_refund

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        reason = d.pop("reason", UNSET)

        external_processor_refund = d.pop("external_processor_refund", UNSET)

        payment_refund_create = cls(
            amount=amount,
            reason=reason,
            external_processor_refund=external_processor_refund,
        )

        payment_refund_create.additional_properties = d
        return payment_refund_create

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
