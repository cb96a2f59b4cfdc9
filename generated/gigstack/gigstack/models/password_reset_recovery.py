from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.password_reset_browser_handoff import PasswordResetBrowserHandoff


T = TypeVar("T", bound="PasswordResetRecovery")


@_attrs_define
class PasswordResetRecovery:
    """A prepared recovery of a password reset, waiting for a private review in the browser.

    Attributes:
        operation_id (str):  Example: 7a9c1e3b-5d4f-4a6b-8c2e-4d6f8b0c2e53.
        supersedes_operation_id (None | str | Unset):  Example: 6f8b0d2e-4a3c-4e5f-9b1d-3c5e7a9b1d42.
        team_id (None | str | Unset):  Example: team_3LpXc9VbQ2.
        user_id (None | str | Unset):  Example: user_5Tn8Kc2WqZ.
        livemode (bool | None | Unset):
        status (None | str | Unset):  Example: private_review_required.
        prior_reset_code_revocation (None | str | Unset):  Example: not_performed.
        password_change (None | str | Unset):  Example: not_verified.
        browser_handoff (None | PasswordResetBrowserHandoff | Unset):
    """

    operation_id: str
    supersedes_operation_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    status: None | str | Unset = UNSET
    prior_reset_code_revocation: None | str | Unset = UNSET
    password_change: None | str | Unset = UNSET
    browser_handoff: None | PasswordResetBrowserHandoff | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        supersedes_operation_id: None | str | Unset
        if isinstance(self.supersedes_operation_id, Unset):
            supersedes_operation_id = UNSET
        else:
            supersedes_operation_id = self.supersedes_operation_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        prior_reset_code_revocation: None | str | Unset
        if isinstance(self.prior_reset_code_revocation, Unset):
            prior_reset_code_revocation = UNSET
        else:
            prior_reset_code_revocation = self.prior_reset_code_revocation

        password_change: None | str | Unset
        if isinstance(self.password_change, Unset):
            password_change = UNSET
        else:
            password_change = self.password_change

        browser_handoff: dict[str, Any] | None | Unset
        if isinstance(self.browser_handoff, Unset):
            browser_handoff = UNSET
        elif isinstance(self.browser_handoff, PasswordResetBrowserHandoff):
            browser_handoff = self.browser_handoff.to_dict()
        else:
            browser_handoff = self.browser_handoff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
            }
        )
        if supersedes_operation_id is not UNSET:
            field_dict["supersedes_operation_id"] = supersedes_operation_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if status is not UNSET:
            field_dict["status"] = status
        if prior_reset_code_revocation is not UNSET:
            field_dict["prior_reset_code_revocation"] = prior_reset_code_revocation
        if password_change is not UNSET:
            field_dict["password_change"] = password_change
        if browser_handoff is not UNSET:
            field_dict["browser_handoff"] = browser_handoff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        supersedes_operation_id: None | str | Unset = d.pop("supersedes_operation_id", UNSET)

        team_id: None | str | Unset = d.pop("team_id", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        prior_reset_code_revocation: None | str | Unset = d.pop("prior_reset_code_revocation", UNSET)

        password_change: None | str | Unset = d.pop("password_change", UNSET)

        browser_handoff_data = d.pop("browser_handoff", UNSET)
        browser_handoff: None | PasswordResetBrowserHandoff | Unset
        if not isinstance(browser_handoff_data, dict):
            browser_handoff = cast(None | PasswordResetBrowserHandoff | Unset, browser_handoff_data)
        else:
            try:
                browser_handoff_type_0 = PasswordResetBrowserHandoff.from_dict(browser_handoff_data)

                browser_handoff = browser_handoff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                browser_handoff = cast(None | PasswordResetBrowserHandoff | Unset, browser_handoff_data)

        password_reset_recovery = cls(
            operation_id=operation_id,
            supersedes_operation_id=supersedes_operation_id,
            team_id=team_id,
            user_id=user_id,
            livemode=livemode,
            status=status,
            prior_reset_code_revocation=prior_reset_code_revocation,
            password_change=password_change,
            browser_handoff=browser_handoff,
        )

        password_reset_recovery.additional_properties = d
        return password_reset_recovery

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


from ..models.password_reset_browser_handoff import PasswordResetBrowserHandoff  # noqa: E402
