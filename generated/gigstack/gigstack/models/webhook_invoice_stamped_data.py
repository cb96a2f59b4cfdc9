from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookInvoiceStampedData")


@_attrs_define
class WebhookInvoiceStampedData:
    """The stamped invoice, as `invoice.stamped` reports it.

    Attributes:
        invoice_id (str | Unset): The gigstack invoice id. Example: invoice_1234567890.
        uuid (str | Unset): The fiscal folio (UUID) the SAT assigned. Example: 5FB2822E-396D-4725-8521-CDC4BDD20CCF.
        status (None | str | Unset): Invoice status, `stamped` for this event. Example: stamped.
        pdf_url (None | str | Unset): Link to the PDF.
        xml_url (None | str | Unset): Link to the stamped XML.
    """

    invoice_id: str | Unset = UNSET
    uuid: str | Unset = UNSET
    status: None | str | Unset = UNSET
    pdf_url: None | str | Unset = UNSET
    xml_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        uuid = self.uuid

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        pdf_url: None | str | Unset
        if isinstance(self.pdf_url, Unset):
            pdf_url = UNSET
        else:
            pdf_url = self.pdf_url

        xml_url: None | str | Unset
        if isinstance(self.xml_url, Unset):
            xml_url = UNSET
        else:
            xml_url = self.xml_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if status is not UNSET:
            field_dict["status"] = status
        if pdf_url is not UNSET:
            field_dict["pdf_url"] = pdf_url
        if xml_url is not UNSET:
            field_dict["xml_url"] = xml_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_id = d.pop("invoice_id", UNSET)

        uuid = d.pop("uuid", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        pdf_url: None | str | Unset = d.pop("pdf_url", UNSET)

        xml_url: None | str | Unset = d.pop("xml_url", UNSET)

        webhook_invoice_stamped_data = cls(
            invoice_id=invoice_id,
            uuid=uuid,
            status=status,
            pdf_url=pdf_url,
            xml_url=xml_url,
        )

        webhook_invoice_stamped_data.additional_properties = d
        return webhook_invoice_stamped_data

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
