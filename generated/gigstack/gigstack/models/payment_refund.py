from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentRefund")


@_attrs_define
class PaymentRefund:
    """One refund of a payment.

    Attributes:
        id (str): Identifier, prefixed `refund_`. Example: refund_Ht6yU1iO3pAs.
        amount (float | None | Unset): Refunded amount in the payment's currency. Example: 3480.
        reason (None | str | Unset):  Example: Dos horas no impartidas.
        status (None | str | Unset): State of the refund as the API reports it, e.g. `succeeded`. Example: succeeded.
        external_processor_refund (bool | None | Unset): Whether the refund was also sent to the payment processor
            (Stripe).
        created_at (int | None | Unset): Unix seconds. Example: 1770336000.
    """

    id: str
    amount: float | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    external_processor_refund: bool | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        external_processor_refund: bool | None | Unset
        if isinstance(self.external_processor_refund, Unset):
            external_processor_refund = UNSET
        else:
            external_processor_refund = self.external_processor_refund

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status
        if external_processor_refund is not UNSET:
            field_dict["external_processor_refund"] = external_processor_refund
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        amount: float | None | Unset = d.pop("amount", UNSET)

        reason: None | str | Unset = d.pop("reason", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        external_processor_refund: bool | None | Unset = d.pop("external_processor_refund", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        payment_refund = cls(
            id=id,
            amount=amount,
            reason=reason,
            status=status,
            external_processor_refund=external_processor_refund,
            created_at=created_at,
        )

        payment_refund.additional_properties = d
        return payment_refund

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
