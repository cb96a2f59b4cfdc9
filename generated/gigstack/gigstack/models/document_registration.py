from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.support_document_type import SupportDocumentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_link_change import DocumentLinkChange
    from ..models.metadata import Metadata


T = TypeVar("T", bound="DocumentRegistration")


@_attrs_define
class DocumentRegistration:
    """A file already stored in the team's storage (for the mode of your key), registered as a
    document. The fields are camelCase on the wire. To send the file itself, use the multipart
    form instead. `fileUrl` is a private link: it is left out of the model's repr().

        Attributes:
            document_type (SupportDocumentType): Kind of a support document.
            name (str):  Example: Contrato de servicios 2026.
            file_url (str): Link to the stored file (in the team's bucket).
            storage_path (str): Path in storage, `teams/<team>/<live|test>/support-documents/...`. Example:
                teams/team_3LpXc9VbQ2/test/support-documents/contrato.pdf.
            file_name (str):  Example: contrato.pdf.
            description (None | str | Unset):
            file_size (int | Unset): Size in bytes. Example: 245680.
            mime_type (str | Unset):  Example: application/pdf.
            linked_entities (list[DocumentLinkChange] | Unset):
            valid_from (int | None | Unset): Unix milliseconds.
            valid_until (int | None | Unset): Unix milliseconds.
            tags (list[str] | Unset):
            metadata (Metadata | Unset): Free-form key/value data of your own, stored with the object and returned as sent.
                Example: {'custom_field': 'value', 'department': 'sales'}.
    """

    document_type: SupportDocumentType
    name: str
    file_url: str = _attrs_field(repr=False)
    storage_path: str
    file_name: str
    description: None | str | Unset = UNSET
    file_size: int | Unset = UNSET
    mime_type: str | Unset = UNSET
    linked_entities: list[DocumentLinkChange] | Unset = UNSET
    valid_from: int | None | Unset = UNSET
    valid_until: int | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_type = self.document_type.value

        name = self.name

        file_url = self.file_url

        storage_path = self.storage_path

        file_name = self.file_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        file_size = self.file_size

        mime_type = self.mime_type

        linked_entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_entities, Unset):
            linked_entities = []
            for linked_entities_item_data in self.linked_entities:
                linked_entities_item = linked_entities_item_data.to_dict()
                linked_entities.append(linked_entities_item)

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

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentType": document_type,
                "name": name,
                "fileUrl": file_url,
                "storagePath": storage_path,
                "fileName": file_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if file_size is not UNSET:
            field_dict["fileSize"] = file_size
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if linked_entities is not UNSET:
            field_dict["linkedEntities"] = linked_entities
        if valid_from is not UNSET:
            field_dict["validFrom"] = valid_from
        if valid_until is not UNSET:
            field_dict["validUntil"] = valid_until
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_type = SupportDocumentType(d.pop("documentType"))

        name = d.pop("name")

        file_url = d.pop("fileUrl")

        storage_path = d.pop("storagePath")

        file_name = d.pop("fileName")

        description: None | str | Unset = d.pop("description", UNSET)

        file_size = d.pop("fileSize", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        _linked_entities = d.pop("linkedEntities", UNSET)
        linked_entities: list[DocumentLinkChange] | Unset = UNSET
        if _linked_entities is not UNSET:
            linked_entities = []
            for linked_entities_item_data in _linked_entities:
                linked_entities_item = DocumentLinkChange.from_dict(linked_entities_item_data)

                linked_entities.append(linked_entities_item)

        valid_from: int | None | Unset = d.pop("validFrom", UNSET)

        valid_until: int | None | Unset = d.pop("validUntil", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        document_registration = cls(
            document_type=document_type,
            name=name,
            file_url=file_url,
            storage_path=storage_path,
            file_name=file_name,
            description=description,
            file_size=file_size,
            mime_type=mime_type,
            linked_entities=linked_entities,
            valid_from=valid_from,
            valid_until=valid_until,
            tags=tags,
            metadata=metadata,
        )

        document_registration.additional_properties = d
        return document_registration

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


from ..models.document_link_change import DocumentLinkChange  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
