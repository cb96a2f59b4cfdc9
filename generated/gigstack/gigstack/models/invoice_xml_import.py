from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invoice_xml_file import InvoiceXmlFile


T = TypeVar("T", bound="InvoiceXmlImport")


@_attrs_define
class InvoiceXmlImport:
    """Up to 50 CFDI XML files held outside gigstack, to import into the team's records.

    Attributes:
        files (list[InvoiceXmlFile]):
    """

    files: list[InvoiceXmlFile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = InvoiceXmlFile.from_dict(files_item_data)

            files.append(files_item)

        invoice_xml_import = cls(
            files=files,
        )

        invoice_xml_import.additional_properties = d
        return invoice_xml_import

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


from ..models.invoice_xml_file import InvoiceXmlFile  # noqa: E402
