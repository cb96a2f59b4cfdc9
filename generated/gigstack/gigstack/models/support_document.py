from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.support_document_type import SupportDocumentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.support_document_ai_extraction import SupportDocumentAiExtraction
    from ..models.support_document_audit import SupportDocumentAudit
    from ..models.support_document_link import SupportDocumentLink


T = TypeVar("T", bound="SupportDocument")


@_attrs_define
class SupportDocument:
    """A document kept as evidence for a client, invoice or payment (a contract, a proof of
    delivery...). Unlike most objects its timestamps are unix **milliseconds**.

        Attributes:
            id (str): Identifier, prefixed `doc_`. Example: doc_abc123xyz.
            document_type (SupportDocumentType | Unset): Kind of a support document.
            name (None | str | Unset):  Example: Service Contract.pdf.
            description (None | str | Unset):
            file_url (None | str | Unset): Private link to the stored file; treat it as a secret.
            file_name (None | str | Unset):  Example: contract.pdf.
            file_size (int | None | Unset): Size in bytes. Example: 245680.
            mime_type (None | str | Unset):  Example: application/pdf.
            compliance_status (None | str | Unset):  Example: pending_review.
            compliance_notes (None | str | Unset):
            valid_from (int | None | Unset): Unix milliseconds.
            valid_until (int | None | Unset): Unix milliseconds.
            ai_extraction (None | SupportDocumentAiExtraction | Unset):
            audits (list[SupportDocumentAudit] | Unset):
            linked_entities (list[SupportDocumentLink] | Unset):
            created_at (int | Unset): Unix milliseconds. Example: 1677651234000.
            created_by (None | str | Unset):  Example: user_abc123.
            updated_at (int | None | Unset): Unix milliseconds. Example: 1677651234000.
    """

    id: str
    document_type: SupportDocumentType | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    file_url: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    mime_type: None | str | Unset = UNSET
    compliance_status: None | str | Unset = UNSET
    compliance_notes: None | str | Unset = UNSET
    valid_from: int | None | Unset = UNSET
    valid_until: int | None | Unset = UNSET
    ai_extraction: None | SupportDocumentAiExtraction | Unset = UNSET
    audits: list[SupportDocumentAudit] | Unset = UNSET
    linked_entities: list[SupportDocumentLink] | Unset = UNSET
    created_at: int | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        file_url: None | str | Unset
        if isinstance(self.file_url, Unset):
            file_url = UNSET
        else:
            file_url = self.file_url

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        compliance_status: None | str | Unset
        if isinstance(self.compliance_status, Unset):
            compliance_status = UNSET
        else:
            compliance_status = self.compliance_status

        compliance_notes: None | str | Unset
        if isinstance(self.compliance_notes, Unset):
            compliance_notes = UNSET
        else:
            compliance_notes = self.compliance_notes

        valid_from: int | None | Unset
        if isinstance(self.valid_from, Unset):
            valid_from = UNSET
        else:
            valid_from = self.valid_from

        valid_until: int | None | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        else:
            valid_until = self.valid_until

        ai_extraction: dict[str, Any] | None | Unset
        if isinstance(self.ai_extraction, Unset):
            ai_extraction = UNSET
        elif isinstance(self.ai_extraction, SupportDocumentAiExtraction):
            ai_extraction = self.ai_extraction.to_dict()
        else:
            ai_extraction = self.ai_extraction

        audits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audits, Unset):
            audits = []
            for audits_item_data in self.audits:
                audits_item = audits_item_data.to_dict()
                audits.append(audits_item)

        linked_entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_entities, Unset):
            linked_entities = []
            for linked_entities_item_data in self.linked_entities:
                linked_entities_item = linked_entities_item_data.to_dict()
                linked_entities.append(linked_entities_item)

        created_at = self.created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if compliance_status is not UNSET:
            field_dict["compliance_status"] = compliance_status
        if compliance_notes is not UNSET:
            field_dict["compliance_notes"] = compliance_notes
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if ai_extraction is not UNSET:
            field_dict["ai_extraction"] = ai_extraction
        if audits is not UNSET:
            field_dict["audits"] = audits
        if linked_entities is not UNSET:
            field_dict["linked_entities"] = linked_entities
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _document_type = d.pop("document_type", UNSET)
        document_type: SupportDocumentType | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = SupportDocumentType(_document_type)

        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        file_url: None | str | Unset = d.pop("file_url", UNSET)

        file_name: None | str | Unset = d.pop("file_name", UNSET)

        file_size: int | None | Unset = d.pop("file_size", UNSET)

        mime_type: None | str | Unset = d.pop("mime_type", UNSET)

        compliance_status: None | str | Unset = d.pop("compliance_status", UNSET)

        compliance_notes: None | str | Unset = d.pop("compliance_notes", UNSET)

        valid_from: int | None | Unset = d.pop("valid_from", UNSET)

        valid_until: int | None | Unset = d.pop("valid_until", UNSET)

        ai_extraction_data = d.pop("ai_extraction", UNSET)
        ai_extraction: None | SupportDocumentAiExtraction | Unset
        if not isinstance(ai_extraction_data, dict):
            ai_extraction = cast(None | SupportDocumentAiExtraction | Unset, ai_extraction_data)
        else:
            try:
                ai_extraction_type_0 = SupportDocumentAiExtraction.from_dict(ai_extraction_data)

                ai_extraction = ai_extraction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                ai_extraction = cast(None | SupportDocumentAiExtraction | Unset, ai_extraction_data)

        _audits = d.pop("audits", UNSET)
        audits: list[SupportDocumentAudit] | Unset = UNSET
        if _audits is not UNSET:
            audits = []
            for audits_item_data in _audits:
                audits_item = SupportDocumentAudit.from_dict(audits_item_data)

                audits.append(audits_item)

        _linked_entities = d.pop("linked_entities", UNSET)
        linked_entities: list[SupportDocumentLink] | Unset = UNSET
        if _linked_entities is not UNSET:
            linked_entities = []
            for linked_entities_item_data in _linked_entities:
                linked_entities_item = SupportDocumentLink.from_dict(linked_entities_item_data)

                linked_entities.append(linked_entities_item)

        created_at = d.pop("created_at", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_at: int | None | Unset = d.pop("updated_at", UNSET)

        support_document = cls(
            id=id,
            document_type=document_type,
            name=name,
            description=description,
            file_url=file_url,
            file_name=file_name,
            file_size=file_size,
            mime_type=mime_type,
            compliance_status=compliance_status,
            compliance_notes=compliance_notes,
            valid_from=valid_from,
            valid_until=valid_until,
            ai_extraction=ai_extraction,
            audits=audits,
            linked_entities=linked_entities,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
        )

        support_document.additional_properties = d
        return support_document

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


from ..models.support_document_ai_extraction import SupportDocumentAiExtraction  # noqa: E402
from ..models.support_document_audit import SupportDocumentAudit  # noqa: E402
from ..models.support_document_link import SupportDocumentLink  # noqa: E402
