from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomeInvoiceBatchCounts")


@_attrs_define
class IncomeInvoiceBatchCounts:
    """How many invoices of the batch are in each state; other states are kept as they come.

    Attributes:
        failed (int | Unset):  Example: 0.
        needs_review (int | Unset):  Example: 0.
    """

    failed: int | Unset = UNSET
    needs_review: int | Unset = UNSET
    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed = self.failed

        needs_review = self.needs_review

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failed is not UNSET:
            field_dict["failed"] = failed
        if needs_review is not UNSET:
            field_dict["needs_review"] = needs_review

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        failed = d.pop("failed", UNSET)

        needs_review = d.pop("needs_review", UNSET)

        income_invoice_batch_counts = cls(
            failed=failed,
            needs_review=needs_review,
        )

        income_invoice_batch_counts.additional_properties = d
        return income_invoice_batch_counts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
