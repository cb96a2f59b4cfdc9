from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamSat")


@_attrs_define
class TeamSat:
    """The team's connection with the SAT, needed to stamp CFDI.

    Attributes:
        completed (bool | None | Unset): Whether the SAT set-up (CSD) is complete.
        connected_at (int | None | Unset): When the SAT connection was made (unix seconds). Example: 1677651234.
        csd_expires_at (int | None | Unset): When the CSD certificate expires (unix seconds). Example: 1924991999.
    """

    completed: bool | None | Unset = UNSET
    connected_at: int | None | Unset = UNSET
    csd_expires_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed: bool | None | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        connected_at: int | None | Unset
        if isinstance(self.connected_at, Unset):
            connected_at = UNSET
        else:
            connected_at = self.connected_at

        csd_expires_at: int | None | Unset
        if isinstance(self.csd_expires_at, Unset):
            csd_expires_at = UNSET
        else:
            csd_expires_at = self.csd_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed is not UNSET:
            field_dict["completed"] = completed
        if connected_at is not UNSET:
            field_dict["connected_at"] = connected_at
        if csd_expires_at is not UNSET:
            field_dict["csd_expires_at"] = csd_expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed: bool | None | Unset = d.pop("completed", UNSET)

        connected_at: int | None | Unset = d.pop("connected_at", UNSET)

        csd_expires_at: int | None | Unset = d.pop("csd_expires_at", UNSET)

        team_sat = cls(
            completed=completed,
            connected_at=connected_at,
            csd_expires_at=csd_expires_at,
        )

        team_sat.additional_properties = d
        return team_sat

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
