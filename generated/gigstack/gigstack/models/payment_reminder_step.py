from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentReminderStep")


@_attrs_define
class PaymentReminderStep:
    """One step of a reminder schedule write.

    Attributes:
        reminder_id (str | Unset):  Example: rem_2Kd8Lq.
        generation (str | Unset):  Example: 1c3e5a7b9d0f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c1e2b4d6f8a0c.
        action (str | Unset): `create`, `delete` or `adopt`. Example: create.
        status (str | Unset): `pending`, `attempting`, `confirmed`, `failed` or `outcome_unknown`. Example: confirmed.
        attempted_at (float | None | Unset): Unix milliseconds.
        error (None | str | Unset): A snake_case reason.
    """

    reminder_id: str | Unset = UNSET
    generation: str | Unset = UNSET
    action: str | Unset = UNSET
    status: str | Unset = UNSET
    attempted_at: float | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reminder_id = self.reminder_id

        generation = self.generation

        action = self.action

        status = self.status

        attempted_at: float | None | Unset
        if isinstance(self.attempted_at, Unset):
            attempted_at = UNSET
        else:
            attempted_at = self.attempted_at

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reminder_id is not UNSET:
            field_dict["reminder_id"] = reminder_id
        if generation is not UNSET:
            field_dict["generation"] = generation
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if attempted_at is not UNSET:
            field_dict["attempted_at"] = attempted_at
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reminder_id = d.pop("reminder_id", UNSET)

        generation = d.pop("generation", UNSET)

        action = d.pop("action", UNSET)

        status = d.pop("status", UNSET)

        attempted_at: float | None | Unset = d.pop("attempted_at", UNSET)

        error: None | str | Unset = d.pop("error", UNSET)

        payment_reminder_step = cls(
            reminder_id=reminder_id,
            generation=generation,
            action=action,
            status=status,
            attempted_at=attempted_at,
            error=error,
        )

        payment_reminder_step.additional_properties = d
        return payment_reminder_step

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
