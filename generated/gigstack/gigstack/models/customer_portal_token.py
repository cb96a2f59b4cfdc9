from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerPortalToken")


@_attrs_define
class CustomerPortalToken:
    """Access to the client's customer portal. The link is a credential: anyone holding it sees the
    client's documents until it expires (about five days after it is issued).

        Attributes:
            url (str | Unset): Portal link to share with the client.
            token (str | Unset): The access token inside the link.
            expires_at (int | Unset): Expiry time; seconds or milliseconds since the epoch (the API has returned both).
    """

    url: str | Unset = UNSET
    token: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        token = self.token

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if token is not UNSET:
            field_dict["token"] = token
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        token = d.pop("token", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        customer_portal_token = cls(
            url=url,
            token=token,
            expires_at=expires_at,
        )

        customer_portal_token.additional_properties = d
        return customer_portal_token

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
