from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address. Requests usually send the country as a name ("Mexico"); responses return
    it normalised to ISO 3166-1 alpha-3 ("MEX"). `zip` is the fiscal postal code the SAT checks
    against the taxpayer's Constancia de Situación Fiscal.

        Attributes:
            street (None | str | Unset):  Example: Av. Insurgentes Sur.
            exterior (None | str | Unset): Exterior number. Example: 123.
            interior (None | str | Unset): Interior number. Example: 4B.
            neighborhood (None | str | Unset): Colonia. Example: Del Valle.
            municipality (None | str | Unset): Municipio or alcaldía. Example: Benito Juárez.
            city (None | str | Unset):  Example: Ciudad de México.
            state (None | str | Unset):  Example: CDMX.
            country (None | str | Unset):  Example: MEX.
            zip_ (None | str | Unset): Postal code (5 digits in Mexico). Example: 03100.
    """

    street: None | str | Unset = UNSET
    exterior: None | str | Unset = UNSET
    interior: None | str | Unset = UNSET
    neighborhood: None | str | Unset = UNSET
    municipality: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        exterior: None | str | Unset
        if isinstance(self.exterior, Unset):
            exterior = UNSET
        else:
            exterior = self.exterior

        interior: None | str | Unset
        if isinstance(self.interior, Unset):
            interior = UNSET
        else:
            interior = self.interior

        neighborhood: None | str | Unset
        if isinstance(self.neighborhood, Unset):
            neighborhood = UNSET
        else:
            neighborhood = self.neighborhood

        municipality: None | str | Unset
        if isinstance(self.municipality, Unset):
            municipality = UNSET
        else:
            municipality = self.municipality

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if street is not UNSET:
            field_dict["street"] = street
        if exterior is not UNSET:
            field_dict["exterior"] = exterior
        if interior is not UNSET:
            field_dict["interior"] = interior
        if neighborhood is not UNSET:
            field_dict["neighborhood"] = neighborhood
        if municipality is not UNSET:
            field_dict["municipality"] = municipality
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street: None | str | Unset = d.pop("street", UNSET)

        exterior: None | str | Unset = d.pop("exterior", UNSET)

        interior: None | str | Unset = d.pop("interior", UNSET)

        neighborhood: None | str | Unset = d.pop("neighborhood", UNSET)

        municipality: None | str | Unset = d.pop("municipality", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        state: None | str | Unset = d.pop("state", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        zip_: None | str | Unset = d.pop("zip", UNSET)

        address = cls(
            street=street,
            exterior=exterior,
            interior=interior,
            neighborhood=neighborhood,
            municipality=municipality,
            city=city,
            state=state,
            country=country,
            zip_=zip_,
        )

        address.additional_properties = d
        return address

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
