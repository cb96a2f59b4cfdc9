from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="SupportDocumentAiExtraction")


@_attrs_define
class SupportDocumentAiExtraction:
    """Data gigstack extracted from the document automatically.

    Attributes:
        extracted_at (int | Unset): Unix milliseconds.
        extracted_by (str | Unset):  Example: ai.
        model (str | Unset):
        confidence (float | Unset):  Example: 0.95.
        extracted_data (Metadata | Unset): Free-form key/value data of your own, stored with the object and returned as
            sent. Example: {'custom_field': 'value', 'department': 'sales'}.
        warnings (list[str] | Unset):
    """

    extracted_at: int | Unset = UNSET
    extracted_by: str | Unset = UNSET
    model: str | Unset = UNSET
    confidence: float | Unset = UNSET
    extracted_data: Metadata | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extracted_at = self.extracted_at

        extracted_by = self.extracted_by

        model = self.model

        confidence = self.confidence

        extracted_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extracted_data, Unset):
            extracted_data = self.extracted_data.to_dict()

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extracted_at is not UNSET:
            field_dict["extracted_at"] = extracted_at
        if extracted_by is not UNSET:
            field_dict["extracted_by"] = extracted_by
        if model is not UNSET:
            field_dict["model"] = model
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if extracted_data is not UNSET:
            field_dict["extracted_data"] = extracted_data
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        extracted_at = d.pop("extracted_at", UNSET)

        extracted_by = d.pop("extracted_by", UNSET)

        model = d.pop("model", UNSET)

        confidence = d.pop("confidence", UNSET)

        _extracted_data = d.pop("extracted_data", UNSET)
        extracted_data: Metadata | Unset
        if isinstance(_extracted_data, Unset):
            extracted_data = UNSET
        else:
            extracted_data = Metadata.from_dict(_extracted_data)

        warnings = cast(list[str], d.pop("warnings", UNSET))

        support_document_ai_extraction = cls(
            extracted_at=extracted_at,
            extracted_by=extracted_by,
            model=model,
            confidence=confidence,
            extracted_data=extracted_data,
            warnings=warnings,
        )

        support_document_ai_extraction.additional_properties = d
        return support_document_ai_extraction

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
