from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamInvitationInboxTeam")


@_attrs_define
class TeamInvitationInboxTeam:
    """The team an inbox invitation is for (camelCase fields, as sent).

    Attributes:
        id (None | str | Unset):  Example: team_3LpXc9VbQ2.
        alias (None | str | Unset):  Example: Kemper.
        logo (None | str | Unset):
        primary_color (None | str | Unset):  Example: #1F6FEB.
        billing_account (None | str | Unset):  Example: ba_1234567890.
        members (int | None | Unset):  Example: 4.
    """

    id: None | str | Unset = UNSET
    alias: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    primary_color: None | str | Unset = UNSET
    billing_account: None | str | Unset = UNSET
    members: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        primary_color: None | str | Unset
        if isinstance(self.primary_color, Unset):
            primary_color = UNSET
        else:
            primary_color = self.primary_color

        billing_account: None | str | Unset
        if isinstance(self.billing_account, Unset):
            billing_account = UNSET
        else:
            billing_account = self.billing_account

        members: int | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        else:
            members = self.members

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if alias is not UNSET:
            field_dict["alias"] = alias
        if logo is not UNSET:
            field_dict["logo"] = logo
        if primary_color is not UNSET:
            field_dict["primaryColor"] = primary_color
        if billing_account is not UNSET:
            field_dict["billingAccount"] = billing_account
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        alias: None | str | Unset = d.pop("alias", UNSET)

        logo: None | str | Unset = d.pop("logo", UNSET)

        primary_color: None | str | Unset = d.pop("primaryColor", UNSET)

        billing_account: None | str | Unset = d.pop("billingAccount", UNSET)

        members: int | None | Unset = d.pop("members", UNSET)

        team_invitation_inbox_team = cls(
            id=id,
            alias=alias,
            logo=logo,
            primary_color=primary_color,
            billing_account=billing_account,
            members=members,
        )

        team_invitation_inbox_team.additional_properties = d
        return team_invitation_inbox_team

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
