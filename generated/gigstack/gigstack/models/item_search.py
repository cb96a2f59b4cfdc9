from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemSearch")


@_attrs_define
class ItemSearch:
    """Find the catalogued service for an item by one of its fields, optionally creating it.

    Attributes:
        on_key (str): Field to match, such as `sku`. Example: sku.
        on_value (str):  Example: CONS-HR.
        auto_create (bool | Unset): Create the service from the item when none matches.
        safety_check (bool | Unset): Refuse to reuse a service whose fiscal data differ from the item's.
    """

    on_key: str
    on_value: str
    auto_create: bool | Unset = UNSET
    safety_check: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_key = self.on_key

        on_value = self.on_value

        auto_create = self.auto_create

        safety_check = self.safety_check

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "on_key": on_key,
                "on_value": on_value,
            }
        )
        if auto_create is not UNSET:
            field_dict["auto_create"] = auto_create
        if safety_check is not UNSET:
            field_dict["safety_check"] = safety_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on_key = d.pop("on_key")

        on_value = d.pop("on_value")

        auto_create = d.pop("auto_create", UNSET)

        safety_check = d.pop("safety_check", UNSET)

        item_search = cls(
            on_key=on_key,
            on_value=on_value,
            auto_create=auto_create,
            safety_check=safety_check,
        )

        item_search.additional_properties = d
        return item_search

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
