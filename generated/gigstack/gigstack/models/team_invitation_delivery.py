from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamInvitationDelivery")


@_attrs_define
class TeamInvitationDelivery:
    """Whether the invitation email was sent. `unknown` means it may have arrived; check before resending.

    Attributes:
        status (None | str | Unset): `not_requested`, `pending`, `sent`, `failed` or `unknown`. Example: sent.
        attempted_at (float | None | Unset): Unix milliseconds.
    """

    status: None | str | Unset = UNSET
    attempted_at: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        attempted_at: float | None | Unset
        if isinstance(self.attempted_at, Unset):
            attempted_at = UNSET
        else:
            attempted_at = self.attempted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if attempted_at is not UNSET:
            field_dict["attempted_at"] = attempted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status: None | str | Unset = d.pop("status", UNSET)

        attempted_at: float | None | Unset = d.pop("attempted_at", UNSET)

        team_invitation_delivery = cls(
            status=status,
            attempted_at=attempted_at,
        )

        team_invitation_delivery.additional_properties = d
        return team_invitation_delivery

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
