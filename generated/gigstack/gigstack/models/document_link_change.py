from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DocumentLinkChange")


@_attrs_define
class DocumentLinkChange:
    """An object of the same team and mode a document is linked to or unlinked from (camelCase on the wire).

    Attributes:
        entity_type (str): `invoice`, `payment`, `receipt` or `client`. Example: client.
        entity_id (str):  Example: client_Rk2fP9sLm4Qz.
    """

    entity_type: str
    entity_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type = self.entity_type

        entity_id = self.entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityType": entity_type,
                "entityId": entity_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_type = d.pop("entityType")

        entity_id = d.pop("entityId")

        document_link_change = cls(
            entity_type=entity_type,
            entity_id=entity_id,
        )

        document_link_change.additional_properties = d
        return document_link_change

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
