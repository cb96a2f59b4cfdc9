from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="SupportDocumentAudit")


@_attrs_define
class SupportDocumentAudit:
    """One compliance review of the document in the context of another object.

    Attributes:
        context_type (str | Unset):  Example: invoice.
        context_id (str | Unset):
        audited_at (int | Unset): Unix milliseconds.
        result (str | Unset):  Example: valid.
        summary (str | Unset):
        details (Metadata | Unset): Free-form key/value data of your own, stored with the object and returned as sent.
            Example: {'custom_field': 'value', 'department': 'sales'}.
    """

    context_type: str | Unset = UNSET
    context_id: str | Unset = UNSET
    audited_at: int | Unset = UNSET
    result: str | Unset = UNSET
    summary: str | Unset = UNSET
    details: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_type = self.context_type

        context_id = self.context_id

        audited_at = self.audited_at

        result = self.result

        summary = self.summary

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_type is not UNSET:
            field_dict["context_type"] = context_type
        if context_id is not UNSET:
            field_dict["context_id"] = context_id
        if audited_at is not UNSET:
            field_dict["audited_at"] = audited_at
        if result is not UNSET:
            field_dict["result"] = result
        if summary is not UNSET:
            field_dict["summary"] = summary
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context_type = d.pop("context_type", UNSET)

        context_id = d.pop("context_id", UNSET)

        audited_at = d.pop("audited_at", UNSET)

        result = d.pop("result", UNSET)

        summary = d.pop("summary", UNSET)

        _details = d.pop("details", UNSET)
        details: Metadata | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = Metadata.from_dict(_details)

        support_document_audit = cls(
            context_type=context_type,
            context_id=context_id,
            audited_at=audited_at,
            result=result,
            summary=summary,
            details=details,
        )

        support_document_audit.additional_properties = d
        return support_document_audit

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


from ..models.metadata import Metadata  # noqa: E402
