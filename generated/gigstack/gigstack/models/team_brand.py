from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamBrand")


@_attrs_define
class TeamBrand:
    """How the team presents itself on documents, emails and portals.

    Attributes:
        alias (None | str | Unset): Display name of the team. Required when a team is created. Example: Mi Empresa.
        primary_color (None | str | Unset): Main brand colour (hex). Example: #007bff.
        secondary_color (None | str | Unset): Secondary brand colour (hex). Example: #6c757d.
        logo (None | str | Unset): URL of the logo image. Example: https://example.mx/logo.png.
    """

    alias: None | str | Unset = UNSET
    primary_color: None | str | Unset = UNSET
    secondary_color: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        primary_color: None | str | Unset
        if isinstance(self.primary_color, Unset):
            primary_color = UNSET
        else:
            primary_color = self.primary_color

        secondary_color: None | str | Unset
        if isinstance(self.secondary_color, Unset):
            secondary_color = UNSET
        else:
            secondary_color = self.secondary_color

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if primary_color is not UNSET:
            field_dict["primary_color"] = primary_color
        if secondary_color is not UNSET:
            field_dict["secondary_color"] = secondary_color
        if logo is not UNSET:
            field_dict["logo"] = logo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias: None | str | Unset = d.pop("alias", UNSET)

        primary_color: None | str | Unset = d.pop("primary_color", UNSET)

        secondary_color: None | str | Unset = d.pop("secondary_color", UNSET)

        logo: None | str | Unset = d.pop("logo", UNSET)

        team_brand = cls(
            alias=alias,
            primary_color=primary_color,
            secondary_color=secondary_color,
            logo=logo,
        )

        team_brand.additional_properties = d
        return team_brand

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
