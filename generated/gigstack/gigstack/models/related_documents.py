from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relation_type import RelationType

T = TypeVar("T", bound="RelatedDocuments")


@_attrs_define
class RelatedDocuments:
    """CFDI this one relates to (CfdiRelacionados), all with the same relation type.

    Attributes:
        relationship (RelationType): SAT c_TipoRelacion: how a CFDI relates to the documents it lists, as valid for CFDI
            4.0. The
            retired codes 08 and 09 are not offered.
             Example: 04.
        documents (list[UUID]): Fiscal folios (UUID) of the related CFDI.
    """

    relationship: RelationType
    documents: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relationship = self.relationship.value

        documents = []
        for documents_item_data in self.documents:
            documents_item = str(documents_item_data)
            documents.append(documents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relationship": relationship,
                "documents": documents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        relationship = RelationType(d.pop("relationship"))

        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = UUID(documents_item_data)

            documents.append(documents_item)

        related_documents = cls(
            relationship=relationship,
            documents=documents,
        )

        related_documents.additional_properties = d
        return related_documents

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
