from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamEmailSettings")


@_attrs_define
class TeamEmailSettings:
    """Which emails gigstack sends on the team's behalf.

    Attributes:
        invoices_bcc (list[str] | None | Unset): Addresses copied on every invoice email.
        avoid_invoice_emails (bool | None | Unset): Do not email invoices to clients.
        avoid_test_invoice_emails (bool | None | Unset): Do not email invoices made with a test key.
        avoid_receipts_emails (bool | None | Unset): Do not email receipts to clients.
    """

    invoices_bcc: list[str] | None | Unset = UNSET
    avoid_invoice_emails: bool | None | Unset = UNSET
    avoid_test_invoice_emails: bool | None | Unset = UNSET
    avoid_receipts_emails: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoices_bcc: list[str] | None | Unset
        if isinstance(self.invoices_bcc, Unset):
            invoices_bcc = UNSET
        elif isinstance(self.invoices_bcc, list):
            invoices_bcc = self.invoices_bcc

        else:
            invoices_bcc = self.invoices_bcc

        avoid_invoice_emails: bool | None | Unset
        if isinstance(self.avoid_invoice_emails, Unset):
            avoid_invoice_emails = UNSET
        else:
            avoid_invoice_emails = self.avoid_invoice_emails

        avoid_test_invoice_emails: bool | None | Unset
        if isinstance(self.avoid_test_invoice_emails, Unset):
            avoid_test_invoice_emails = UNSET
        else:
            avoid_test_invoice_emails = self.avoid_test_invoice_emails

        avoid_receipts_emails: bool | None | Unset
        if isinstance(self.avoid_receipts_emails, Unset):
            avoid_receipts_emails = UNSET
        else:
            avoid_receipts_emails = self.avoid_receipts_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoices_bcc is not UNSET:
            field_dict["invoices_bcc"] = invoices_bcc
        if avoid_invoice_emails is not UNSET:
            field_dict["avoid_invoice_emails"] = avoid_invoice_emails
        if avoid_test_invoice_emails is not UNSET:
            field_dict["avoid_test_invoice_emails"] = avoid_test_invoice_emails
        if avoid_receipts_emails is not UNSET:
            field_dict["avoid_receipts_emails"] = avoid_receipts_emails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoices_bcc_data = d.pop("invoices_bcc", UNSET)
        invoices_bcc: list[str] | None | Unset
        if not isinstance(invoices_bcc_data, list):
            invoices_bcc = cast(list[str] | None | Unset, invoices_bcc_data)
        else:
            try:
                invoices_bcc_type_0 = cast(list[str], invoices_bcc_data)

                invoices_bcc = invoices_bcc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                invoices_bcc = cast(list[str] | None | Unset, invoices_bcc_data)

        avoid_invoice_emails: bool | None | Unset = d.pop("avoid_invoice_emails", UNSET)

        avoid_test_invoice_emails: bool | None | Unset = d.pop("avoid_test_invoice_emails", UNSET)

        avoid_receipts_emails: bool | None | Unset = d.pop("avoid_receipts_emails", UNSET)

        team_email_settings = cls(
            invoices_bcc=invoices_bcc,
            avoid_invoice_emails=avoid_invoice_emails,
            avoid_test_invoice_emails=avoid_test_invoice_emails,
            avoid_receipts_emails=avoid_receipts_emails,
        )

        team_email_settings.additional_properties = d
        return team_email_settings

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
