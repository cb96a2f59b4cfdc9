from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="DocumentUpdate")


@_attrs_define
class DocumentUpdate:
    """Changes to a document's details; only the fields sent change, and `null` clears one. The
    fields are camelCase on the wire.

        Attributes:
            name (None | str | Unset):  Example: Contrato revisado.
            description (None | str | Unset):
            compliance_status (None | str | Unset): `pending_review`, `valid`, `requires_update`, `expired` or `rejected`.
                Example: valid.
            compliance_notes (None | str | Unset):
            valid_from (int | None | Unset): Unix milliseconds.
            valid_until (int | None | Unset): Unix milliseconds.
            tags (list[str] | None | Unset):
            metadata (Metadata | None | Unset):
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    compliance_status: None | str | Unset = UNSET
    compliance_notes: None | str | Unset = UNSET
    valid_from: int | None | Unset = UNSET
    valid_until: int | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if compliance_status is not UNSET:
            field_dict["complianceStatus"] = compliance_status
        if compliance_notes is not UNSET:
            field_dict["complianceNotes"] = compliance_notes
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
        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        compliance_status: None | str | Unset = d.pop("complianceStatus", UNSET)

        compliance_notes: None | str | Unset = d.pop("complianceNotes", UNSET)

        valid_from: int | None | Unset = d.pop("validFrom", UNSET)

        valid_until: int | None | Unset = d.pop("validUntil", UNSET)

        tags_data = d.pop("tags", UNSET)
        tags: list[str] | None | Unset
        if not isinstance(tags_data, list):
            tags = cast(list[str] | None | Unset, tags_data)
        else:
            try:
                tags_type_0 = cast(list[str], tags_data)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tags = cast(list[str] | None | Unset, tags_data)

        metadata_data = d.pop("metadata", UNSET)
        metadata: Metadata | None | Unset
        if not isinstance(metadata_data, dict):
            metadata = cast(Metadata | None | Unset, metadata_data)
        else:
            try:
                metadata_type_0 = Metadata.from_dict(metadata_data)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                metadata = cast(Metadata | None | Unset, metadata_data)

        document_update = cls(
            name=name,
            description=description,
            compliance_status=compliance_status,
            compliance_notes=compliance_notes,
            valid_from=valid_from,
            valid_until=valid_until,
            tags=tags,
            metadata=metadata,
        )

        document_update.additional_properties = d
        return document_update

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
