from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.password_reset_recovery import PasswordResetRecovery


T = TypeVar("T", bound="PasswordResetRecoveryResponse")


@_attrs_define
class PasswordResetRecoveryResponse:
    """A password reset recovery in the standard envelope.

    Attributes:
        data (PasswordResetRecovery): A prepared recovery of a password reset, waiting for a private review in the
            browser.
        message (str | Unset):  Example: Operation completed successfully.
        success (bool | Unset):
        timestamp (int | str | Unset):
    """

    data: PasswordResetRecovery
    message: str | Unset = UNSET
    success: bool | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        message = self.message

        success = self.success

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if success is not UNSET:
            field_dict["success"] = success
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = PasswordResetRecovery.from_dict(d.pop("data"))

        message = d.pop("message", UNSET)

        success = d.pop("success", UNSET)

        timestamp: int | str | Unset = d.pop("timestamp", UNSET)

        password_reset_recovery_response = cls(
            data=data,
            message=message,
            success=success,
            timestamp=timestamp,
        )

        password_reset_recovery_response.additional_properties = d
        return password_reset_recovery_response

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


from ..models.password_reset_recovery import PasswordResetRecovery  # noqa: E402
