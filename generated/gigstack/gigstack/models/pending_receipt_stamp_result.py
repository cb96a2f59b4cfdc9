from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingReceiptStampResult")


@_attrs_define
class PendingReceiptStampResult:
    """What happened to one pending receipt.

    Attributes:
        id (str | Unset):  Example: receipt_1234567890.
        status (str | Unset): Outcome, such as `stamped` or `failed`. Example: stamped.
        invoice (None | str | Unset): Invoice issued for the receipt, when stamped.
        error (None | str | Unset): Why the receipt failed, when it did.
    """

    id: str | Unset = UNSET
    status: str | Unset = UNSET
    invoice: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        invoice: None | str | Unset
        if isinstance(self.invoice, Unset):
            invoice = UNSET
        else:
            invoice = self.invoice

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        invoice: None | str | Unset = d.pop("invoice", UNSET)

        error: None | str | Unset = d.pop("error", UNSET)

        pending_receipt_stamp_result = cls(
            id=id,
            status=status,
            invoice=invoice,
            error=error,
        )

        pending_receipt_stamp_result.additional_properties = d
        return pending_receipt_stamp_result

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
