from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_member_role import TeamMemberRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamMemberAssignment")


@_attrs_define
class TeamMemberAssignment:
    """A user to add to a team, with the role they get there.

    Attributes:
        id (str): The user's id. Example: user_1234567890.
        role (TeamMemberRole | Unset): Role given to a member of a team: `admin` manages the team and its members,
            `editor` creates
            and changes documents, `viewer` only reads.
             Example: editor.
    """

    id: str
    role: TeamMemberRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _role = d.pop("role", UNSET)
        role: TeamMemberRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = TeamMemberRole(_role)

        team_member_assignment = cls(
            id=id,
            role=role,
        )

        team_member_assignment.additional_properties = d
        return team_member_assignment

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
