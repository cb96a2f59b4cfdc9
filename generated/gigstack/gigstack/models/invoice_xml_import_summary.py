from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceXmlImportSummary")


@_attrs_define
class InvoiceXmlImportSummary:
    """How many files were imported and how many were not.

    Attributes:
        imported (int | None | Unset):  Example: 1.
        not_imported (int | None | Unset):  Example: 0.
    """

    imported: int | None | Unset = UNSET
    not_imported: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imported: int | None | Unset
        if isinstance(self.imported, Unset):
            imported = UNSET
        else:
            imported = self.imported

        not_imported: int | None | Unset
        if isinstance(self.not_imported, Unset):
            not_imported = UNSET
        else:
            not_imported = self.not_imported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if imported is not UNSET:
            field_dict["imported"] = imported
        if not_imported is not UNSET:
            field_dict["not_imported"] = not_imported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        imported: int | None | Unset = d.pop("imported", UNSET)

        not_imported: int | None | Unset = d.pop("not_imported", UNSET)

        invoice_xml_import_summary = cls(
            imported=imported,
            not_imported=not_imported,
        )

        invoice_xml_import_summary.additional_properties = d
        return invoice_xml_import_summary

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
