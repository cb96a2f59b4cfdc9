from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceXmlFile")


@_attrs_define
class InvoiceXmlFile:
    """One CFDI XML to import, given as text (`xml`) or in `content`.

    Attributes:
        filename (str):  Example: F-1021.xml.
        xml (str | Unset): The XML text. Example: <cfdi:Comprobante Version="4.0"/>.
        content (str | Unset): The file content, when it is not sent as `xml`.
    """

    filename: str
    xml: str | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        xml = self.xml

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
            }
        )
        if xml is not UNSET:
            field_dict["xml"] = xml
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")

        xml = d.pop("xml", UNSET)

        content = d.pop("content", UNSET)

        invoice_xml_file = cls(
            filename=filename,
            xml=xml,
            content=content,
        )

        invoice_xml_file.additional_properties = d
        return invoice_xml_file

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
