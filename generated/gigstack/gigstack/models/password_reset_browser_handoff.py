from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordResetBrowserHandoff")


@_attrs_define
class PasswordResetBrowserHandoff:
    """Where the person reviews the recovery in the browser; the link carries no reset credential.

    Attributes:
        url (None | str | Unset):  Example: https://app.gigstack.pro/account/users/user_5Tn8Kc2WqZ/reset-
            recoveries/7a9c1e3b-5d4f-4a6b-8c2e-4d6f8b0c2e53?team=team_3LpXc9VbQ2&livemode=false.
        effect (None | str | Unset):  Example: private_review_required.
        contains_reset_credential (bool | None | Unset):
    """

    url: None | str | Unset = UNSET
    effect: None | str | Unset = UNSET
    contains_reset_credential: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        else:
            effect = self.effect

        contains_reset_credential: bool | None | Unset
        if isinstance(self.contains_reset_credential, Unset):
            contains_reset_credential = UNSET
        else:
            contains_reset_credential = self.contains_reset_credential

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if effect is not UNSET:
            field_dict["effect"] = effect
        if contains_reset_credential is not UNSET:
            field_dict["contains_reset_credential"] = contains_reset_credential

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url: None | str | Unset = d.pop("url", UNSET)

        effect: None | str | Unset = d.pop("effect", UNSET)

        contains_reset_credential: bool | None | Unset = d.pop("contains_reset_credential", UNSET)

        password_reset_browser_handoff = cls(
            url=url,
            effect=effect,
            contains_reset_credential=contains_reset_credential,
        )

        password_reset_browser_handoff.additional_properties = d
        return password_reset_browser_handoff

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
