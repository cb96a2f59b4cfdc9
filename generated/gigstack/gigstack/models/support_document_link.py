from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SupportDocumentLink")


@_attrs_define
class SupportDocumentLink:
    """An object the document is linked to.

    Attributes:
        entity_type (str | Unset):  Example: client.
        entity_id (str | Unset):  Example: client_1234567890.
        linked_at (int | Unset): Unix milliseconds.
    """

    entity_type: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    linked_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type = self.entity_type

        entity_id = self.entity_id

        linked_at = self.linked_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if linked_at is not UNSET:
            field_dict["linked_at"] = linked_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_type = d.pop("entity_type", UNSET)

        entity_id = d.pop("entity_id", UNSET)

        linked_at = d.pop("linked_at", UNSET)

        support_document_link = cls(
            entity_type=entity_type,
            entity_id=entity_id,
            linked_at=linked_at,
        )

        support_document_link.additional_properties = d
        return support_document_link

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
