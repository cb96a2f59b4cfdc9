from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="TeamMemberUpdate")


@_attrs_define
class TeamMemberUpdate:
    """A member's new role and permissions. Besides `editor` and `viewer`, gigstack's CLI sends
    `blocked`; making a member `admin` goes through the owner's approval in the browser instead.
    `permissions` maps an area (such as `invoices`) to a level (such as `none`).

        Attributes:
            role (str | Unset):  Example: viewer.
            permissions (OpenObject | Unset): An object whose fields are kept exactly as the API sends them; gigstack's
                clients do not show their shape.
    """

    role: str | Unset = UNSET
    permissions: OpenObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: OpenObject | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = OpenObject.from_dict(_permissions)

        team_member_update = cls(
            role=role,
            permissions=permissions,
        )

        team_member_update.additional_properties = d
        return team_member_update

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


from ..models.open_object import OpenObject  # noqa: E402
