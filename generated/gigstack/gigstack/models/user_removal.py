from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_account_deletion import UserAccountDeletion


T = TypeVar("T", bound="UserRemoval")


@_attrs_define
class UserRemoval:
    """What removing a user did. The user leaves the teams in `removed_from_teams`; the sign-in
    identity is kept unless `account_deleted` is true.

        Attributes:
            id (str):  Example: user_5Tn8Kc2WqZ.
            deleted (bool | None | Unset):
            account_deleted (bool | None | Unset):
            removed_from_teams (list[str] | None | Unset):
            account_deletion (None | Unset | UserAccountDeletion):
    """

    id: str
    deleted: bool | None | Unset = UNSET
    account_deleted: bool | None | Unset = UNSET
    removed_from_teams: list[str] | None | Unset = UNSET
    account_deletion: None | Unset | UserAccountDeletion = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        account_deleted: bool | None | Unset
        if isinstance(self.account_deleted, Unset):
            account_deleted = UNSET
        else:
            account_deleted = self.account_deleted

        removed_from_teams: list[str] | None | Unset
        if isinstance(self.removed_from_teams, Unset):
            removed_from_teams = UNSET
        elif isinstance(self.removed_from_teams, list):
            removed_from_teams = self.removed_from_teams

        else:
            removed_from_teams = self.removed_from_teams

        account_deletion: dict[str, Any] | None | Unset
        if isinstance(self.account_deletion, Unset):
            account_deletion = UNSET
        elif isinstance(self.account_deletion, UserAccountDeletion):
            account_deletion = self.account_deletion.to_dict()
        else:
            account_deletion = self.account_deletion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if account_deleted is not UNSET:
            field_dict["account_deleted"] = account_deleted
        if removed_from_teams is not UNSET:
            field_dict["removed_from_teams"] = removed_from_teams
        if account_deletion is not UNSET:
            field_dict["account_deletion"] = account_deletion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        deleted: bool | None | Unset = d.pop("deleted", UNSET)

        account_deleted: bool | None | Unset = d.pop("account_deleted", UNSET)

        removed_from_teams_data = d.pop("removed_from_teams", UNSET)
        removed_from_teams: list[str] | None | Unset
        if not isinstance(removed_from_teams_data, list):
            removed_from_teams = cast(list[str] | None | Unset, removed_from_teams_data)
        else:
            try:
                removed_from_teams_type_0 = cast(list[str], removed_from_teams_data)

                removed_from_teams = removed_from_teams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                removed_from_teams = cast(list[str] | None | Unset, removed_from_teams_data)

        account_deletion_data = d.pop("account_deletion", UNSET)
        account_deletion: None | Unset | UserAccountDeletion
        if not isinstance(account_deletion_data, dict):
            account_deletion = cast(None | Unset | UserAccountDeletion, account_deletion_data)
        else:
            try:
                account_deletion_type_0 = UserAccountDeletion.from_dict(account_deletion_data)

                account_deletion = account_deletion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                account_deletion = cast(None | Unset | UserAccountDeletion, account_deletion_data)

        user_removal = cls(
            id=id,
            deleted=deleted,
            account_deleted=account_deleted,
            removed_from_teams=removed_from_teams,
            account_deletion=account_deletion,
        )

        user_removal.additional_properties = d
        return user_removal

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


from ..models.user_account_deletion import UserAccountDeletion  # noqa: E402
