from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamRefundSettings")


@_attrs_define
class TeamRefundSettings:
    """How the team handles refunds.

    Attributes:
        automatic_refunds (bool | None | Unset): Whether refunds are handled automatically (gigstack-cli's settings test
            sends `false`; the effect is not published).
    """

    automatic_refunds: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        automatic_refunds: bool | None | Unset
        if isinstance(self.automatic_refunds, Unset):
            automatic_refunds = UNSET
        else:
            automatic_refunds = self.automatic_refunds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if automatic_refunds is not UNSET:
            field_dict["automatic_refunds"] = automatic_refunds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        automatic_refunds: bool | None | Unset = d.pop("automatic_refunds", UNSET)

        team_refund_settings = cls(
            automatic_refunds=automatic_refunds,
        )

        team_refund_settings.additional_properties = d
        return team_refund_settings

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
