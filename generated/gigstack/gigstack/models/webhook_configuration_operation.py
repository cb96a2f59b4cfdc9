from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookConfigurationOperation")


@_attrs_define
class WebhookConfigurationOperation:
    """The record of one webhook configuration write, kept under the caller's `operation_id`.
    `status` `outcome_unknown` means the server could not confirm the write: read it again later
    rather than repeating it.

        Attributes:
            operation_id (str):  Example: 0b9c2f4e-6a1d-4c3b-8e5f-7a9d1c3e5b20.
            team_id (None | str | Unset):  Example: team_3LpXc9VbQ2.
            webhook_id (None | str | Unset):  Example: wh_dyS2ZVTj.
            action (None | str | Unset): `create`, `update` or `delete`. Example: create.
            status (None | str | Unset): `completed`, `outcome_unknown`, ... Example: completed.
            created_at (int | None | Unset): Unix milliseconds. Example: 1769904000000.
            effect_scope (None | str | Unset):  Example: shared_team_webhooks.
            secret_attempts (int | None | Unset): How many times a signing secret was issued for this operation. Example: 1.
            error (None | str | Unset): A snake_case reason when it did not complete. Example:
                webhook_secret_write_unconfirmed.
            credential_delivery (None | str | Unset): Whether the signing secret was returned by this answer (`not_replayed`
                on later reads). Example: not_replayed.
    """

    operation_id: str
    team_id: None | str | Unset = UNSET
    webhook_id: None | str | Unset = UNSET
    action: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    effect_scope: None | str | Unset = UNSET
    secret_attempts: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    credential_delivery: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        webhook_id: None | str | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = self.webhook_id

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        effect_scope: None | str | Unset
        if isinstance(self.effect_scope, Unset):
            effect_scope = UNSET
        else:
            effect_scope = self.effect_scope

        secret_attempts: int | None | Unset
        if isinstance(self.secret_attempts, Unset):
            secret_attempts = UNSET
        else:
            secret_attempts = self.secret_attempts

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        credential_delivery: None | str | Unset
        if isinstance(self.credential_delivery, Unset):
            credential_delivery = UNSET
        else:
            credential_delivery = self.credential_delivery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if effect_scope is not UNSET:
            field_dict["effect_scope"] = effect_scope
        if secret_attempts is not UNSET:
            field_dict["secret_attempts"] = secret_attempts
        if error is not UNSET:
            field_dict["error"] = error
        if credential_delivery is not UNSET:
            field_dict["credential_delivery"] = credential_delivery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        team_id: None | str | Unset = d.pop("team_id", UNSET)

        webhook_id: None | str | Unset = d.pop("webhook_id", UNSET)

        action: None | str | Unset = d.pop("action", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        effect_scope: None | str | Unset = d.pop("effect_scope", UNSET)

        secret_attempts: int | None | Unset = d.pop("secret_attempts", UNSET)

        error: None | str | Unset = d.pop("error", UNSET)

        credential_delivery: None | str | Unset = d.pop("credential_delivery", UNSET)

        webhook_configuration_operation = cls(
            operation_id=operation_id,
            team_id=team_id,
            webhook_id=webhook_id,
            action=action,
            status=status,
            created_at=created_at,
            effect_scope=effect_scope,
            secret_attempts=secret_attempts,
            error=error,
            credential_delivery=credential_delivery,
        )

        webhook_configuration_operation.additional_properties = d
        return webhook_configuration_operation

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
