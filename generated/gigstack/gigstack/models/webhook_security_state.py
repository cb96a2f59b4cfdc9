from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSecurityState")


@_attrs_define
class WebhookSecurityState:
    """Whether the webhook sends custom headers (such as an `Authorization` of your own) with each
    delivery. Only the header names are returned, never their values.

        Attributes:
            header_names (list[str] | None | Unset):  Example: ['Authorization'].
            configured (bool | None | Unset):
            status (None | str | Unset): For example `configured` or `not_configured`. Example: configured.
    """

    header_names: list[str] | None | Unset = UNSET
    configured: bool | None | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header_names: list[str] | None | Unset
        if isinstance(self.header_names, Unset):
            header_names = UNSET
        elif isinstance(self.header_names, list):
            header_names = self.header_names

        else:
            header_names = self.header_names

        configured: bool | None | Unset
        if isinstance(self.configured, Unset):
            configured = UNSET
        else:
            configured = self.configured

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if header_names is not UNSET:
            field_dict["header_names"] = header_names
        if configured is not UNSET:
            field_dict["configured"] = configured
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        header_names_data = d.pop("header_names", UNSET)
        header_names: list[str] | None | Unset
        if not isinstance(header_names_data, list):
            header_names = cast(list[str] | None | Unset, header_names_data)
        else:
            try:
                header_names_type_0 = cast(list[str], header_names_data)

                header_names = header_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                header_names = cast(list[str] | None | Unset, header_names_data)

        configured: bool | None | Unset = d.pop("configured", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        webhook_security_state = cls(
            header_names=header_names,
            configured=configured,
            status=status,
        )

        webhook_security_state.additional_properties = d
        return webhook_security_state

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
