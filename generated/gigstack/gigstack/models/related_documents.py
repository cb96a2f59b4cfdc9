from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        documents (list[str]): Fiscal folios (UUID) of the related CFDI. Plain strings, not `format: uuid`, so a folio
            is
            kept exactly as written (the SAT writes them in upper case; a UUID object would lower it).
    """

    relationship: RelationType
    documents: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relationship = self.relationship.value

        documents = self.documents

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

        documents = cast(list[str], d.pop("documents"))

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
