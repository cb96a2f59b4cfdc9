from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomeInvoiceBatchItemOutcome")


@_attrs_define
class IncomeInvoiceBatchItemOutcome:
    """What became of one invoice of a batch. `failed` and `needs_review` items need attention;
    the other fields are kept as they come.

        Attributes:
            status (None | str | Unset): Such as `completed`, `failed` or `needs_review`. Example: needs_review.
            idempotency_key (None | str | Unset):  Example: nomina-2026-02-0001.
    """

    status: None | str | Unset = UNSET
    idempotency_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status: None | str | Unset = d.pop("status", UNSET)

        idempotency_key: None | str | Unset = d.pop("idempotency_key", UNSET)

        income_invoice_batch_item_outcome = cls(
            status=status,
            idempotency_key=idempotency_key,
        )

        income_invoice_batch_item_outcome.additional_properties = d
        return income_invoice_batch_item_outcome

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
