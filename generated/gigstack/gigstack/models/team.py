from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_system import TaxSystem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.team_brand import TeamBrand
    from ..models.team_integrations import TeamIntegrations
    from ..models.team_member import TeamMember
    from ..models.team_sat import TeamSat
    from ..models.team_settings import TeamSettings


T = TypeVar("T", bound="Team")


@_attrs_define
class Team:
    """A team: one issuer (RFC) with its own clients, documents, settings and members. With
    gigstack Connect, a billing account holds several teams. Only `id` is always present; list
    responses may return fewer fields, and older teams show `name` instead of `legal_name`.

        Attributes:
            id (str): Identifier, prefixed `team_`. Example: team_1234567890.
            legal_name (None | str | Unset): Razón social as registered with the SAT. Example: ESCUELA KEMPER URGATE SA DE
                CV.
            name (None | str | Unset): Display name (older teams). Example: Mi Empresa.
            tax_id (None | str | Unset): The team's RFC. Example: EKU9003173C9.
            tax_system (None | TaxSystem | Unset):
            support_email (None | str | Unset):  Example: soporte@empresa.example.mx.
            support_phone (None | str | Unset):  Example: +52 55 1234 5678.
            address (Address | None | Unset):
            brand (None | TeamBrand | Unset):
            settings (None | TeamSettings | Unset):
            sat (None | TeamSat | Unset):
            members (list[TeamMember] | None | Unset):
            integrations (None | TeamIntegrations | Unset):
            owner (None | str | Unset): User who created the team. Example: user_1234567890.
            credit_limit (float | None | Unset): Stamps (credits) available in the current period. Example: 1000.
            used_credits (float | None | Unset): Stamps used in the current period. Example: 250.
            credit_period_start (int | None | Unset): Start of the credit period in unix *milliseconds*. Example:
                1677651234000.
            onboarding_url (None | str | Unset): Link where the team's owner finishes the set-up (returned when
                `generate_onboarding_url`
                was true). It grants access to the team's onboarding, so treat it as a credential; it is
                left out of the model's repr().
            created_at (int | None | Unset): Creation time in unix seconds. Example: 1677651234.
    """

    id: str
    legal_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    tax_system: None | TaxSystem | Unset = UNSET
    support_email: None | str | Unset = UNSET
    support_phone: None | str | Unset = UNSET
    address: Address | None | Unset = UNSET
    brand: None | TeamBrand | Unset = UNSET
    settings: None | TeamSettings | Unset = UNSET
    sat: None | TeamSat | Unset = UNSET
    members: list[TeamMember] | None | Unset = UNSET
    integrations: None | TeamIntegrations | Unset = UNSET
    owner: None | str | Unset = UNSET
    credit_limit: float | None | Unset = UNSET
    used_credits: float | None | Unset = UNSET
    credit_period_start: int | None | Unset = UNSET
    onboarding_url: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    created_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        tax_system: None | str | Unset
        if isinstance(self.tax_system, Unset):
            tax_system = UNSET
        elif isinstance(self.tax_system, TaxSystem):
            tax_system = self.tax_system.value
        else:
            tax_system = self.tax_system

        support_email: None | str | Unset
        if isinstance(self.support_email, Unset):
            support_email = UNSET
        else:
            support_email = self.support_email

        support_phone: None | str | Unset
        if isinstance(self.support_phone, Unset):
            support_phone = UNSET
        else:
            support_phone = self.support_phone

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        brand: dict[str, Any] | None | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        elif isinstance(self.brand, TeamBrand):
            brand = self.brand.to_dict()
        else:
            brand = self.brand

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, TeamSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        sat: dict[str, Any] | None | Unset
        if isinstance(self.sat, Unset):
            sat = UNSET
        elif isinstance(self.sat, TeamSat):
            sat = self.sat.to_dict()
        else:
            sat = self.sat

        members: list[dict[str, Any]] | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, list):
            members = []
            for members_type_0_item_data in self.members:
                members_type_0_item = members_type_0_item_data.to_dict()
                members.append(members_type_0_item)

        else:
            members = self.members

        integrations: dict[str, Any] | None | Unset
        if isinstance(self.integrations, Unset):
            integrations = UNSET
        elif isinstance(self.integrations, TeamIntegrations):
            integrations = self.integrations.to_dict()
        else:
            integrations = self.integrations

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        credit_limit: float | None | Unset
        if isinstance(self.credit_limit, Unset):
            credit_limit = UNSET
        else:
            credit_limit = self.credit_limit

        used_credits: float | None | Unset
        if isinstance(self.used_credits, Unset):
            used_credits = UNSET
        else:
            used_credits = self.used_credits

        credit_period_start: int | None | Unset
        if isinstance(self.credit_period_start, Unset):
            credit_period_start = UNSET
        else:
            credit_period_start = self.credit_period_start

        onboarding_url: None | str | Unset
        if isinstance(self.onboarding_url, Unset):
            onboarding_url = UNSET
        else:
            onboarding_url = self.onboarding_url

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if name is not UNSET:
            field_dict["name"] = name
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_system is not UNSET:
            field_dict["tax_system"] = tax_system
        if support_email is not UNSET:
            field_dict["support_email"] = support_email
        if support_phone is not UNSET:
            field_dict["support_phone"] = support_phone
        if address is not UNSET:
            field_dict["address"] = address
        if brand is not UNSET:
            field_dict["brand"] = brand
        if settings is not UNSET:
            field_dict["settings"] = settings
        if sat is not UNSET:
            field_dict["sat"] = sat
        if members is not UNSET:
            field_dict["members"] = members
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if owner is not UNSET:
            field_dict["owner"] = owner
        if credit_limit is not UNSET:
            field_dict["credit_limit"] = credit_limit
        if used_credits is not UNSET:
            field_dict["used_credits"] = used_credits
        if credit_period_start is not UNSET:
            field_dict["credit_period_start"] = credit_period_start
        if onboarding_url is not UNSET:
            field_dict["onboarding_url"] = onboarding_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        legal_name: None | str | Unset = d.pop("legal_name", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        tax_id: None | str | Unset = d.pop("tax_id", UNSET)

        tax_system_data = d.pop("tax_system", UNSET)
        tax_system: None | TaxSystem | Unset
        if not isinstance(tax_system_data, str):
            tax_system = cast(None | TaxSystem | Unset, tax_system_data)
        else:
            try:
                tax_system_type_0 = TaxSystem(tax_system_data)

                tax_system = tax_system_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tax_system = cast(None | TaxSystem | Unset, tax_system_data)

        support_email: None | str | Unset = d.pop("support_email", UNSET)

        support_phone: None | str | Unset = d.pop("support_phone", UNSET)

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

        brand_data = d.pop("brand", UNSET)
        brand: None | TeamBrand | Unset
        if not isinstance(brand_data, dict):
            brand = cast(None | TeamBrand | Unset, brand_data)
        else:
            try:
                brand_type_0 = TeamBrand.from_dict(brand_data)

                brand = brand_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                brand = cast(None | TeamBrand | Unset, brand_data)

        settings_data = d.pop("settings", UNSET)
        settings: None | TeamSettings | Unset
        if not isinstance(settings_data, dict):
            settings = cast(None | TeamSettings | Unset, settings_data)
        else:
            try:
                settings_type_0 = TeamSettings.from_dict(settings_data)

                settings = settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                settings = cast(None | TeamSettings | Unset, settings_data)

        sat_data = d.pop("sat", UNSET)
        sat: None | TeamSat | Unset
        if not isinstance(sat_data, dict):
            sat = cast(None | TeamSat | Unset, sat_data)
        else:
            try:
                sat_type_0 = TeamSat.from_dict(sat_data)

                sat = sat_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sat = cast(None | TeamSat | Unset, sat_data)

        members_data = d.pop("members", UNSET)
        members: list[TeamMember] | None | Unset
        if not isinstance(members_data, list):
            members = cast(list[TeamMember] | None | Unset, members_data)
        else:
            try:
                members_type_0 = []
                _members_type_0 = members_data
                for members_type_0_item_data in _members_type_0:
                    members_type_0_item = TeamMember.from_dict(members_type_0_item_data)

                    members_type_0.append(members_type_0_item)

                members = members_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                members = cast(list[TeamMember] | None | Unset, members_data)

        integrations_data = d.pop("integrations", UNSET)
        integrations: None | TeamIntegrations | Unset
        if not isinstance(integrations_data, dict):
            integrations = cast(None | TeamIntegrations | Unset, integrations_data)
        else:
            try:
                integrations_type_0 = TeamIntegrations.from_dict(integrations_data)

                integrations = integrations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                integrations = cast(None | TeamIntegrations | Unset, integrations_data)

        owner: None | str | Unset = d.pop("owner", UNSET)

        credit_limit: float | None | Unset = d.pop("credit_limit", UNSET)

        used_credits: float | None | Unset = d.pop("used_credits", UNSET)

        credit_period_start: int | None | Unset = d.pop("credit_period_start", UNSET)

        onboarding_url: None | str | Unset = d.pop("onboarding_url", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        team = cls(
            id=id,
            legal_name=legal_name,
            name=name,
            tax_id=tax_id,
            tax_system=tax_system,
            support_email=support_email,
            support_phone=support_phone,
            address=address,
            brand=brand,
            settings=settings,
            sat=sat,
            members=members,
            integrations=integrations,
            owner=owner,
            credit_limit=credit_limit,
            used_credits=used_credits,
            credit_period_start=credit_period_start,
            onboarding_url=onboarding_url,
            created_at=created_at,
        )

        team.additional_properties = d
        return team

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
from ..models.team_brand import TeamBrand  # noqa: E402
from ..models.team_integrations import TeamIntegrations  # noqa: E402
from ..models.team_member import TeamMember  # noqa: E402
from ..models.team_sat import TeamSat  # noqa: E402
from ..models.team_settings import TeamSettings  # noqa: E402
