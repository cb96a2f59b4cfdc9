from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignupApiKeys")


@_attrs_define
class SignupApiKeys:
    """The new account's API keys. They are secrets shown once: store them at once. They are left
    out of the model's repr() so they do not end up in logs.

        Attributes:
            live (str | Unset): Live-mode API key.
            test (str | Unset): Test-mode API key.
    """

    live: str | Unset = _attrs_field(default=UNSET, repr=False)
    test: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        live = self.live

        test = self.test

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if live is not UNSET:
            field_dict["live"] = live
        if test is not UNSET:
            field_dict["test"] = test

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        live = d.pop("live", UNSET)

        test = d.pop("test", UNSET)

        signup_api_keys = cls(
            live=live,
            test=test,
        )

        signup_api_keys.additional_properties = d
        return signup_api_keys

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
