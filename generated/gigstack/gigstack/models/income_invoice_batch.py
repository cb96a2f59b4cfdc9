from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.income_invoice_batch_counts import IncomeInvoiceBatchCounts
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="IncomeInvoiceBatch")


@_attrs_define
class IncomeInvoiceBatch:
    """An income invoice batch and its progress. Invoices are issued in the background: a batch that
    was accepted is not finished. `result` stays `null` until it is; `partially_completed` or
    `failed` mean some invoices were not issued (see the batch's items), as do entries in
    `rejected` or non-zero `counts.failed` / `counts.needs_review`.

        Attributes:
            id (str):  Example: batch_7Hq2mW9xKc.
            status (None | str | Unset): Progress, such as `queued`, `processing` or `completed`. Example: processing.
            result (None | str | Unset): `null` while running; then `completed`, `partially_completed` or `failed`.
            rejected (list[OpenObject] | None | Unset): Invoices refused before queuing, with the reason.
            counts (IncomeInvoiceBatchCounts | None | Unset):
    """

    id: str
    status: None | str | Unset = UNSET
    result: None | str | Unset = UNSET
    rejected: list[OpenObject] | None | Unset = UNSET
    counts: IncomeInvoiceBatchCounts | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        rejected: list[dict[str, Any]] | None | Unset
        if isinstance(self.rejected, Unset):
            rejected = UNSET
        elif isinstance(self.rejected, list):
            rejected = []
            for rejected_type_0_item_data in self.rejected:
                rejected_type_0_item = rejected_type_0_item_data.to_dict()
                rejected.append(rejected_type_0_item)

        else:
            rejected = self.rejected

        counts: dict[str, Any] | None | Unset
        if isinstance(self.counts, Unset):
            counts = UNSET
        elif isinstance(self.counts, IncomeInvoiceBatchCounts):
            counts = self.counts.to_dict()
        else:
            counts = self.counts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result
        if rejected is not UNSET:
            field_dict["rejected"] = rejected
        if counts is not UNSET:
            field_dict["counts"] = counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status: None | str | Unset = d.pop("status", UNSET)

        result: None | str | Unset = d.pop("result", UNSET)

        rejected_data = d.pop("rejected", UNSET)
        rejected: list[OpenObject] | None | Unset
        if not isinstance(rejected_data, list):
            rejected = cast(list[OpenObject] | None | Unset, rejected_data)
        else:
            try:
                rejected_type_0 = []
                _rejected_type_0 = rejected_data
                for rejected_type_0_item_data in _rejected_type_0:
                    rejected_type_0_item = OpenObject.from_dict(rejected_type_0_item_data)

                    rejected_type_0.append(rejected_type_0_item)

                rejected = rejected_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                rejected = cast(list[OpenObject] | None | Unset, rejected_data)

        counts_data = d.pop("counts", UNSET)
        counts: IncomeInvoiceBatchCounts | None | Unset
        if not isinstance(counts_data, dict):
            counts = cast(IncomeInvoiceBatchCounts | None | Unset, counts_data)
        else:
            try:
                counts_type_0 = IncomeInvoiceBatchCounts.from_dict(counts_data)

                counts = counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                counts = cast(IncomeInvoiceBatchCounts | None | Unset, counts_data)

        income_invoice_batch = cls(
            id=id,
            status=status,
            result=result,
            rejected=rejected,
            counts=counts,
        )

        income_invoice_batch.additional_properties = d
        return income_invoice_batch

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


from ..models.income_invoice_batch_counts import IncomeInvoiceBatchCounts  # noqa: E402
from ..models.open_object import OpenObject  # noqa: E402
