from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasswordResetRecoveryCreate")


@_attrs_define
class PasswordResetRecoveryCreate:
    """Prepares the recovery of a reset whose outcome is unknown, superseding its operation. The
    recovery needs a private review in the browser; the API never returns a reset credential.

        Attributes:
            operation_id (str):  Example: 7a9c1e3b-5d4f-4a6b-8c2e-4d6f8b0c2e53.
            expected_livemode (bool):
            confirm_reset_email (bool):
            supersedes_operation_id (str): The operation being recovered. Example: 6f8b0d2e-4a3c-4e5f-9b1d-3c5e7a9b1d42.
    """

    operation_id: str
    expected_livemode: bool
    confirm_reset_email: bool
    supersedes_operation_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        expected_livemode = self.expected_livemode

        confirm_reset_email = self.confirm_reset_email

        supersedes_operation_id = self.supersedes_operation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
                "expected_livemode": expected_livemode,
                "confirm_reset_email": confirm_reset_email,
                "supersedes_operation_id": supersedes_operation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        expected_livemode = d.pop("expected_livemode")

        confirm_reset_email = d.pop("confirm_reset_email")

        supersedes_operation_id = d.pop("supersedes_operation_id")

        password_reset_recovery_create = cls(
            operation_id=operation_id,
            expected_livemode=expected_livemode,
            confirm_reset_email=confirm_reset_email,
            supersedes_operation_id=supersedes_operation_id,
        )

        password_reset_recovery_create.additional_properties = d
        return password_reset_recovery_create

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
