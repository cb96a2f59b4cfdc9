from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceXmlImportFileResult")


@_attrs_define
class InvoiceXmlImportFileResult:
    """The outcome of one imported file.

    Attributes:
        filename (None | str | Unset):  Example: F-1021.xml.
        success (bool | None | Unset):
        error (None | str | Unset): Why the file was not imported. Example: The XML is not a valid CFDI 4.0.
        uuid (None | str | Unset): Fiscal folio of the imported CFDI. Example: 7c1e9a3b-2d4f-4b6a-8c0e-1f3a5b7d9e21.
    """

    filename: None | str | Unset = UNSET
    success: bool | None | Unset = UNSET
    error: None | str | Unset = UNSET
    uuid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filename is not UNSET:
            field_dict["filename"] = filename
        if success is not UNSET:
            field_dict["success"] = success
        if error is not UNSET:
            field_dict["error"] = error
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename: None | str | Unset = d.pop("filename", UNSET)

        success: bool | None | Unset = d.pop("success", UNSET)

        error: None | str | Unset = d.pop("error", UNSET)

        uuid: None | str | Unset = d.pop("uuid", UNSET)

        invoice_xml_import_file_result = cls(
            filename=filename,
            success=success,
            error=error,
            uuid=uuid,
        )

        invoice_xml_import_file_result.additional_properties = d
        return invoice_xml_import_file_result

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
