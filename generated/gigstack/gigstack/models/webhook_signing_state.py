from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSigningState")


@_attrs_define
class WebhookSigningState:
    """Whether deliveries are signed. The signing secret itself is returned once, by the write that creates or rotates it.

    Attributes:
        enabled (bool | None | Unset):
        configured (bool | None | Unset):
        status (None | str | Unset): For example `enabled` or `disabled`. Example: disabled.
    """

    enabled: bool | None | Unset = UNSET
    configured: bool | None | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

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
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if configured is not UNSET:
            field_dict["configured"] = configured
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled: bool | None | Unset = d.pop("enabled", UNSET)

        configured: bool | None | Unset = d.pop("configured", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        webhook_signing_state = cls(
            enabled=enabled,
            configured=configured,
            status=status,
        )

        webhook_signing_state.additional_properties = d
        return webhook_signing_state

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
