from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientSearch")


@_attrs_define
class ClientSearch:
    """Upsert instructions for createClient: look for an existing client whose `on_key` field
    equals `on_value`. One match: it is returned unchanged (200), or updated first when `update`
    is true (200). No match: a new client is created (201). Several matches: 409.

        Attributes:
            on_key (str): Field to match on, such as `tax_id`, `email` or `name`. Example: tax_id.
            on_value (str): Value the field must equal. Example: PEGJ800101AB1.
            update (bool | Unset): Update the matched client with the request's fields. Default: False.
    """

    on_key: str
    on_value: str
    update: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_key = self.on_key

        on_value = self.on_value

        update = self.update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "on_key": on_key,
                "on_value": on_value,
            }
        )
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on_key = d.pop("on_key")

        on_value = d.pop("on_value")

        update = d.pop("update", UNSET)

        client_search = cls(
            on_key=on_key,
            on_value=on_value,
            update=update,
        )

        client_search.additional_properties = d
        return client_search

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
