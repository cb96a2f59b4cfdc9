from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordResetOperation")


@_attrs_define
class PasswordResetOperation:
    """A prepared password reset email and its state. `email_delivery` `unknown` means the email may
    have been sent: read it again rather than sending another. Neither delivery nor the password
    change is verified (`password_change` stays `not_verified`). Timestamps are unix milliseconds.

        Attributes:
            operation_id (str):  Example: 6f8b0d2e-4a3c-4e5f-9b1d-3c5e7a9b1d42.
            team_id (None | str | Unset):  Example: team_3LpXc9VbQ2.
            user_id (None | str | Unset):  Example: user_5Tn8Kc2WqZ.
            livemode (bool | None | Unset):
            status (None | str | Unset): Such as `prepared`, `cancelled`, `provider_accepted` or `email_unknown`. Example:
                prepared.
            attempt_in_progress (bool | None | Unset):
            claim_expires_at (float | None | Unset):
            email_delivery (None | str | Unset): Such as `not_attempted`, `accepted` or `unknown`. Example: not_attempted.
            password_change (None | str | Unset):  Example: not_verified.
            started_at (float | None | Unset):
            updated_at (float | None | Unset):
    """

    operation_id: str
    team_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    status: None | str | Unset = UNSET
    attempt_in_progress: bool | None | Unset = UNSET
    claim_expires_at: float | None | Unset = UNSET
    email_delivery: None | str | Unset = UNSET
    password_change: None | str | Unset = UNSET
    started_at: float | None | Unset = UNSET
    updated_at: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        attempt_in_progress: bool | None | Unset
        if isinstance(self.attempt_in_progress, Unset):
            attempt_in_progress = UNSET
        else:
            attempt_in_progress = self.attempt_in_progress

        claim_expires_at: float | None | Unset
        if isinstance(self.claim_expires_at, Unset):
            claim_expires_at = UNSET
        else:
            claim_expires_at = self.claim_expires_at

        email_delivery: None | str | Unset
        if isinstance(self.email_delivery, Unset):
            email_delivery = UNSET
        else:
            email_delivery = self.email_delivery

        password_change: None | str | Unset
        if isinstance(self.password_change, Unset):
            password_change = UNSET
        else:
            password_change = self.password_change

        started_at: float | None | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        updated_at: float | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if status is not UNSET:
            field_dict["status"] = status
        if attempt_in_progress is not UNSET:
            field_dict["attempt_in_progress"] = attempt_in_progress
        if claim_expires_at is not UNSET:
            field_dict["claim_expires_at"] = claim_expires_at
        if email_delivery is not UNSET:
            field_dict["email_delivery"] = email_delivery
        if password_change is not UNSET:
            field_dict["password_change"] = password_change
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        team_id: None | str | Unset = d.pop("team_id", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        attempt_in_progress: bool | None | Unset = d.pop("attempt_in_progress", UNSET)

        claim_expires_at: float | None | Unset = d.pop("claim_expires_at", UNSET)

        email_delivery: None | str | Unset = d.pop("email_delivery", UNSET)

        password_change: None | str | Unset = d.pop("password_change", UNSET)

        started_at: float | None | Unset = d.pop("started_at", UNSET)

        updated_at: float | None | Unset = d.pop("updated_at", UNSET)

        password_reset_operation = cls(
            operation_id=operation_id,
            team_id=team_id,
            user_id=user_id,
            livemode=livemode,
            status=status,
            attempt_in_progress=attempt_in_progress,
            claim_expires_at=claim_expires_at,
            email_delivery=email_delivery,
            password_change=password_change,
            started_at=started_at,
            updated_at=updated_at,
        )

        password_reset_operation.additional_properties = d
        return password_reset_operation

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
