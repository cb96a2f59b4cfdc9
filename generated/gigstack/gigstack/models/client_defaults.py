from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientDefaults")


@_attrs_define
class ClientDefaults:
    """Per-client defaults for documents gigstack issues automatically.

    Attributes:
        keep_full_legal_name (bool | Unset): Stamp the legal name exactly as stored instead of the SAT-normalised form.
        issue_automatic_invoices (bool | Unset): Issue invoices automatically for this client's payments.
        issue_invoiceable_receipts (bool | Unset): Issue receipts the client can turn into an invoice (self-invoicing
            portal).
    """

    keep_full_legal_name: bool | Unset = UNSET
    issue_automatic_invoices: bool | Unset = UNSET
    issue_invoiceable_receipts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keep_full_legal_name = self.keep_full_legal_name

        issue_automatic_invoices = self.issue_automatic_invoices

        issue_invoiceable_receipts = self.issue_invoiceable_receipts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keep_full_legal_name is not UNSET:
            field_dict["keep_full_legal_name"] = keep_full_legal_name
        if issue_automatic_invoices is not UNSET:
            field_dict["issue_automatic_invoices"] = issue_automatic_invoices
        if issue_invoiceable_receipts is not UNSET:
            field_dict["issue_invoiceable_receipts"] = issue_invoiceable_receipts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keep_full_legal_name = d.pop("keep_full_legal_name", UNSET)

        issue_automatic_invoices = d.pop("issue_automatic_invoices", UNSET)

        issue_invoiceable_receipts = d.pop("issue_invoiceable_receipts", UNSET)

        client_defaults = cls(
            keep_full_legal_name=keep_full_legal_name,
            issue_automatic_invoices=issue_automatic_invoices,
            issue_invoiceable_receipts=issue_invoiceable_receipts,
        )

        client_defaults.additional_properties = d
        return client_defaults

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
