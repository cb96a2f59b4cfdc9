from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_system import TaxSystem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.team_brand import TeamBrand


T = TypeVar("T", bound="TeamUpdate")


@_attrs_define
class TeamUpdate:
    """Changes to a team; only the fields sent are changed.

    Attributes:
        brand (TeamBrand | Unset): How the team presents itself on documents, emails and portals.
        tax_id (str | Unset):  Example: EKU9003173C9.
        tax_system (TaxSystem | Unset): SAT c_RegimenFiscal: the tax regime (régimen fiscal) of a taxpayer, as valid for
            CFDI 4.0.
            Only codes in force are listed; retired codes (609, 628, 629, 630) are not offered. The
            generated client keeps any code it does not know (a regime the SAT adds later) as a raw value
            instead of failing.
             Example: 601.
        support_email (str | Unset):  Example: soporte@empresa.example.mx.
        support_phone (str | Unset):  Example: +52 55 9876 5432.
        address (Address | Unset): A postal address. Requests usually send the country as a name ("Mexico"); responses
            return
            it normalised to ISO 3166-1 alpha-3 ("MEX"). `zip` is the fiscal postal code the SAT checks
            against the taxpayer's Constancia de Situación Fiscal.
    """

    brand: TeamBrand | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_system: TaxSystem | Unset = UNSET
    support_email: str | Unset = UNSET
    support_phone: str | Unset = UNSET
    address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand.to_dict()

        tax_id = self.tax_id

        tax_system: str | Unset = UNSET
        if not isinstance(self.tax_system, Unset):
            tax_system = self.tax_system.value

        support_email = self.support_email

        support_phone = self.support_phone

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _brand = d.pop("brand", UNSET)
        brand: TeamBrand | Unset
        if isinstance(_brand, Unset):
            brand = UNSET
        else:
            brand = TeamBrand.from_dict(_brand)

        tax_id = d.pop("tax_id", UNSET)

        _tax_system = d.pop("tax_system", UNSET)
        tax_system: TaxSystem | Unset
        if isinstance(_tax_system, Unset):
            tax_system = UNSET
        else:
            tax_system = TaxSystem(_tax_system)

        support_email = d.pop("support_email", UNSET)

        support_phone = d.pop("support_phone", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        team_update = cls(
            brand=brand,
            tax_id=tax_id,
            tax_system=tax_system,
            support_email=support_email,
            support_phone=support_phone,
            address=address,
        )

        team_update.additional_properties = d
        return team_update

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
