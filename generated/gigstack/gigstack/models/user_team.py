from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserTeam")


@_attrs_define
class UserTeam:
    """A team the user belongs to, with the user's role there.

    Attributes:
        team_id (str | Unset):  Example: team_1234567890.
        team_name (None | str | Unset):  Example: Main Company.
        role (None | Unset | UserRole):
    """

    team_id: str | Unset = UNSET
    team_name: None | str | Unset = UNSET
    role: None | Unset | UserRole = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_id = self.team_id

        team_name: None | str | Unset
        if isinstance(self.team_name, Unset):
            team_name = UNSET
        else:
            team_name = self.team_name

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, UserRole):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if team_name is not UNSET:
            field_dict["team_name"] = team_name
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_id = d.pop("team_id", UNSET)

        team_name: None | str | Unset = d.pop("team_name", UNSET)

        role_data = d.pop("role", UNSET)
        role: None | Unset | UserRole
        if not isinstance(role_data, str):
            role = cast(None | Unset | UserRole, role_data)
        else:
            try:
                role_type_0 = UserRole(role_data)

                role = role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                role = cast(None | Unset | UserRole, role_data)

        user_team = cls(
            team_id=team_id,
            team_name=team_name,
            role=role,
        )

        user_team.additional_properties = d
        return user_team

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
