from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_xml_import_outcome import InvoiceXmlImportOutcome


T = TypeVar("T", bound="InvoiceXmlImportResponse")


@_attrs_define
class InvoiceXmlImportResponse:
    """The outcome of an XML import. A partial failure still answers HTTP 200, with `success: false`:
    treat it as an error, and read `data.summary` and `data.results` for what was imported.

        Attributes:
            message (str | Unset):  Example: Operation completed successfully.
            success (bool | Unset):
            timestamp (int | str | Unset):
            data (InvoiceXmlImportOutcome | Unset): What an XML import did, file by file.
    """

    message: str | Unset = UNSET
    success: bool | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    data: InvoiceXmlImportOutcome | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        success = self.success

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if success is not UNSET:
            field_dict["success"] = success
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        success = d.pop("success", UNSET)

        timestamp: int | str | Unset = d.pop("timestamp", UNSET)

        _data = d.pop("data", UNSET)
        data: InvoiceXmlImportOutcome | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = InvoiceXmlImportOutcome.from_dict(_data)

        invoice_xml_import_response = cls(
            message=message,
            success=success,
            timestamp=timestamp,
            data=data,
        )

        invoice_xml_import_response.additional_properties = d
        return invoice_xml_import_response

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


from ..models.invoice_xml_import_outcome import InvoiceXmlImportOutcome  # noqa: E402
