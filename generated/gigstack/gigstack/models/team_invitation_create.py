from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_member_role import TeamMemberRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamInvitationCreate")


@_attrs_define
class TeamInvitationCreate:
    """An invitation to join the team with a role. With `send_email` false the invitation is created
    without emailing it. gigstack's CLI sends an `admin` invitation through the owner's approval
    in the browser instead of this call.

        Attributes:
            email (str):  Example: contadora@kemper.example.mx.
            role (TeamMemberRole | Unset): Role given to a member of a team: `admin` manages the team and its members,
                `editor` creates
                and changes documents, `viewer` only reads.
                 Example: editor.
            send_email (bool | Unset): Email the invitation (true when omitted).
    """

    email: str
    role: TeamMemberRole | Unset = UNSET
    send_email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        send_email = self.send_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if send_email is not UNSET:
            field_dict["send_email"] = send_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        _role = d.pop("role", UNSET)
        role: TeamMemberRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = TeamMemberRole(_role)

        send_email = d.pop("send_email", UNSET)

        team_invitation_create = cls(
            email=email,
            role=role,
            send_email=send_email,
        )

        team_invitation_create.additional_properties = d
        return team_invitation_create

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
