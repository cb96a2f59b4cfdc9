from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasswordResetOperationCreate")


@_attrs_define
class PasswordResetOperationCreate:
    """Prepares a password reset email for a user, without sending it. Save the `operation_id` (a
    UUID v4) first; `confirm_reset_email` must be true. The reset link is never returned.

        Attributes:
            operation_id (str):  Example: 6f8b0d2e-4a3c-4e5f-9b1d-3c5e7a9b1d42.
            expected_livemode (bool):
            confirm_reset_email (bool):
    """

    operation_id: str
    expected_livemode: bool
    confirm_reset_email: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        expected_livemode = self.expected_livemode

        confirm_reset_email = self.confirm_reset_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
                "expected_livemode": expected_livemode,
                "confirm_reset_email": confirm_reset_email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        expected_livemode = d.pop("expected_livemode")

        confirm_reset_email = d.pop("confirm_reset_email")

        password_reset_operation_create = cls(
            operation_id=operation_id,
            expected_livemode=expected_livemode,
            confirm_reset_email=confirm_reset_email,
        )

        password_reset_operation_create.additional_properties = d
        return password_reset_operation_create

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
