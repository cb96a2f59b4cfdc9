from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SatInvoicePdfResponse")


@_attrs_define
class SatInvoicePdfResponse:
    """A PDF generated for a SAT-downloaded invoice. Unlike other responses the file is **not** under
    `data`: the top-level `pdf` holds it, base64-encoded (`base64.b64decode(response.pdf)`).

        Attributes:
            pdf (str): The PDF, base64-encoded.
            message (str | Unset):  Example: Operation completed successfully.
            success (bool | Unset):
            timestamp (int | str | Unset):
    """

    pdf: str
    message: str | Unset = UNSET
    success: bool | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pdf = self.pdf

        message = self.message

        success = self.success

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pdf": pdf,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if success is not UNSET:
            field_dict["success"] = success
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pdf = d.pop("pdf")

        message = d.pop("message", UNSET)

        success = d.pop("success", UNSET)

        timestamp: int | str | Unset = d.pop("timestamp", UNSET)

        sat_invoice_pdf_response = cls(
            pdf=pdf,
            message=message,
            success=success,
            timestamp=timestamp,
        )

        sat_invoice_pdf_response.additional_properties = d
        return sat_invoice_pdf_response

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
