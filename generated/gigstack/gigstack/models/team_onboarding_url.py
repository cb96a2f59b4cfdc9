from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamOnboardingUrl")


@_attrs_define
class TeamOnboardingUrl:
    """A fresh onboarding link for the team's owner. It is a credential (it opens the team's CSD
    set-up), so it is left out of the model's repr().

        Attributes:
            url (str | Unset): The onboarding link.
            expires_at (int | None | Unset): Expiry time, when the API gives one (unix seconds). Example: 1767830400.
    """

    url: str | Unset = _attrs_field(default=UNSET, repr=False)
    expires_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        expires_at: int | None | Unset = d.pop("expires_at", UNSET)

        team_onboarding_url = cls(
            url=url,
            expires_at=expires_at,
        )

        team_onboarding_url.additional_properties = d
        return team_onboarding_url

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
