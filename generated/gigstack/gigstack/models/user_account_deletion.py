from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAccountDeletion")


@_attrs_define
class UserAccountDeletion:
    """Whether the user's sign-in identity itself was deleted, and what that would need.

    Attributes:
        status (None | str | Unset):  Example: not_attempted.
        requirement (None | str | Unset):  Example: authoritative_scope_and_approval.
    """

    status: None | str | Unset = UNSET
    requirement: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        requirement: None | str | Unset
        if isinstance(self.requirement, Unset):
            requirement = UNSET
        else:
            requirement = self.requirement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if requirement is not UNSET:
            field_dict["requirement"] = requirement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status: None | str | Unset = d.pop("status", UNSET)

        requirement: None | str | Unset = d.pop("requirement", UNSET)

        user_account_deletion = cls(
            status=status,
            requirement=requirement,
        )

        user_account_deletion.additional_properties = d
        return user_account_deletion

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
