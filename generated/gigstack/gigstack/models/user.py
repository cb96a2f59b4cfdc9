from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.user_team import UserTeam


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A gigstack user (a person who signs in). Only `id` is always present; lists return a few
    fields. Names come as `first_name`/`last_name` on newer responses and as
    `firstName`/`lastName` on older ones; both are described.

        Attributes:
            id (str): Identifier, prefixed `user_` (older users have unprefixed ids). Example: user_1234567890.
            email (None | str | Unset):  Example: ana.lopez@empresa.example.mx.
            name (None | str | Unset): Full name. Example: Ana López.
            first_name (None | str | Unset):  Example: Ana.
            last_name (None | str | Unset):  Example: López.
            firstName (None | str | Unset): Older spelling of `first_name`. Example: Ana.
            lastName (None | str | Unset): Older spelling of `last_name`. Example: López.
            phone (None | str | Unset):  Example: +52 55 1234 5678.
            company_role (None | str | Unset): The person's job in their company (free text). Example: Contadora.
            role (None | Unset | UserRole):
            address (Address | None | Unset):
            teams (list[UserTeam] | None | Unset):
            invitation_sent (bool | None | Unset): On creation, whether an invitation email was sent.
            created_at (int | None | Unset): Creation time in unix seconds. Example: 1677651234.
            last_login (int | None | Unset): Last sign-in in unix seconds. Example: 1677737634.
    """

    id: str
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    firstName: None | str | Unset = UNSET
    lastName: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    company_role: None | str | Unset = UNSET
    role: None | Unset | UserRole = UNSET
    address: Address | None | Unset = UNSET
    teams: list[UserTeam] | None | Unset = UNSET
    invitation_sent: bool | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    last_login: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        firstName: None | str | Unset
        if isinstance(self.firstName, Unset):
            firstName = UNSET
        else:
            firstName = self.firstName

        lastName: None | str | Unset
        if isinstance(self.lastName, Unset):
            lastName = UNSET
        else:
            lastName = self.lastName

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        company_role: None | str | Unset
        if isinstance(self.company_role, Unset):
            company_role = UNSET
        else:
            company_role = self.company_role

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, UserRole):
            role = self.role.value
        else:
            role = self.role

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        teams: list[dict[str, Any]] | None | Unset
        if isinstance(self.teams, Unset):
            teams = UNSET
        elif isinstance(self.teams, list):
            teams = []
            for teams_type_0_item_data in self.teams:
                teams_type_0_item = teams_type_0_item_data.to_dict()
                teams.append(teams_type_0_item)

        else:
            teams = self.teams

        invitation_sent: bool | None | Unset
        if isinstance(self.invitation_sent, Unset):
            invitation_sent = UNSET
        else:
            invitation_sent = self.invitation_sent

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        last_login: int | None | Unset
        if isinstance(self.last_login, Unset):
            last_login = UNSET
        else:
            last_login = self.last_login

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if firstName is not UNSET:
            field_dict["firstName"] = firstName
        if lastName is not UNSET:
            field_dict["lastName"] = lastName
        if phone is not UNSET:
            field_dict["phone"] = phone
        if company_role is not UNSET:
            field_dict["company_role"] = company_role
        if role is not UNSET:
            field_dict["role"] = role
        if address is not UNSET:
            field_dict["address"] = address
        if teams is not UNSET:
            field_dict["teams"] = teams
        if invitation_sent is not UNSET:
            field_dict["invitation_sent"] = invitation_sent
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_login is not UNSET:
            field_dict["last_login"] = last_login

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email: None | str | Unset = d.pop("email", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        firstName: None | str | Unset = d.pop("firstName", UNSET)

        lastName: None | str | Unset = d.pop("lastName", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        company_role: None | str | Unset = d.pop("company_role", UNSET)

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

        address_data = d.pop("address", UNSET)
        address: Address | None | Unset
        if not isinstance(address_data, dict):
            address = cast(Address | None | Unset, address_data)
        else:
            try:
                address_type_0 = Address.from_dict(address_data)

                address = address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                address = cast(Address | None | Unset, address_data)

        teams_data = d.pop("teams", UNSET)
        teams: list[UserTeam] | None | Unset
        if not isinstance(teams_data, list):
            teams = cast(list[UserTeam] | None | Unset, teams_data)
        else:
            try:
                teams_type_0 = []
                _teams_type_0 = teams_data
                for teams_type_0_item_data in _teams_type_0:
                    teams_type_0_item = UserTeam.from_dict(teams_type_0_item_data)

                    teams_type_0.append(teams_type_0_item)

                teams = teams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                teams = cast(list[UserTeam] | None | Unset, teams_data)

        invitation_sent: bool | None | Unset = d.pop("invitation_sent", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        last_login: int | None | Unset = d.pop("last_login", UNSET)

        user = cls(
            id=id,
            email=email,
            name=name,
            first_name=first_name,
            last_name=last_name,
            firstName=firstName,
            lastName=lastName,
            phone=phone,
            company_role=company_role,
            role=role,
            address=address,
            teams=teams,
            invitation_sent=invitation_sent,
            created_at=created_at,
            last_login=last_login,
        )

        user.additional_properties = d
        return user

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


from ..models.address import Address  # noqa: E402
from ..models.user_team import UserTeam  # noqa: E402
