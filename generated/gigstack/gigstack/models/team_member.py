from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamMember")


@_attrs_define
class TeamMember:
    """A user who belongs to a team.

    Attributes:
        id (str): The user id, prefixed `user_` (older accounts have unprefixed ids). Example: user_1234567890.
        email (None | str | Unset):  Example: miembro@empresa.example.mx.
        role (None | Unset | UserRole):
    """

    id: str
    email: None | str | Unset = UNSET
    role: None | Unset | UserRole = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, UserRole):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email: None | str | Unset = d.pop("email", UNSET)

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

        team_member = cls(
            id=id,
            email=email,
            role=role,
        )

        team_member.additional_properties = d
        return team_member

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
