from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.team_integration import TeamIntegration


T = TypeVar("T", bound="TeamIntegrations")


@_attrs_define
class TeamIntegrations:
    """The team's integrations by name (`stripe`, `sat`, ...). The set of names grows as gigstack
    adds integrations; each value says at least whether it is `completed`.

        Example:
            {'stripe': {'completed': True}, 'sat': {'completed': False}}

    """

    additional_properties: dict[str, TeamIntegration] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_integrations = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = TeamIntegration.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        team_integrations.additional_properties = additional_properties
        return team_integrations

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> TeamIntegration:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: TeamIntegration) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.team_integration import TeamIntegration  # noqa: E402
