from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceFileLinks")


@_attrs_define
class InvoiceFileLinks:
    """Links to an invoice's PDF and XML. They need no API key, so treat them as secrets; a file not
    generated yet, or not asked for with `file_type`, is missing or `null`.

        Attributes:
            pdf (None | str | Unset):  Example: https://storage.gigstack.example/invoices/invoice_Yp4kD8sR2tWu.pdf.
            xml (None | str | Unset):  Example: https://storage.gigstack.example/invoices/invoice_Yp4kD8sR2tWu.xml.
    """

    pdf: None | str | Unset = UNSET
    xml: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pdf: None | str | Unset
        if isinstance(self.pdf, Unset):
            pdf = UNSET
        else:
            pdf = self.pdf

        xml: None | str | Unset
        if isinstance(self.xml, Unset):
            xml = UNSET
        else:
            xml = self.xml

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pdf is not UNSET:
            field_dict["pdf"] = pdf
        if xml is not UNSET:
            field_dict["xml"] = xml

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pdf: None | str | Unset = d.pop("pdf", UNSET)

        xml: None | str | Unset = d.pop("xml", UNSET)

        invoice_file_links = cls(
            pdf=pdf,
            xml=xml,
        )

        invoice_file_links.additional_properties = d
        return invoice_file_links

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
