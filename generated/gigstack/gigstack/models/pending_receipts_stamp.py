from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pending_receipt_stamp_result import PendingReceiptStampResult


T = TypeVar("T", bound="PendingReceiptsStamp")


@_attrs_define
class PendingReceiptsStamp:
    """Outcome of stamping a client's pending receipts. At most 100 receipts are stamped per call:
    call again while `remaining` is above zero. `failed` above zero is a partial result.

        Attributes:
            stamped (int): Receipts stamped by this call.
            failed (int): Receipts that could not be stamped.
            remaining (int): Pending receipts left for another call.
            results (list[PendingReceiptStampResult] | Unset):
    """

    stamped: int
    failed: int
    remaining: int
    results: list[PendingReceiptStampResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stamped = self.stamped

        failed = self.failed

        remaining = self.remaining

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stamped": stamped,
                "failed": failed,
                "remaining": remaining,
            }
        )
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stamped = d.pop("stamped")

        failed = d.pop("failed")

        remaining = d.pop("remaining")

        _results = d.pop("results", UNSET)
        results: list[PendingReceiptStampResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = PendingReceiptStampResult.from_dict(results_item_data)

                results.append(results_item)

        pending_receipts_stamp = cls(
            stamped=stamped,
            failed=failed,
            remaining=remaining,
            results=results,
        )

        pending_receipts_stamp.additional_properties = d
        return pending_receipts_stamp

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


from ..models.pending_receipt_stamp_result import PendingReceiptStampResult  # noqa: E402
