from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentLinkOperation")


@_attrs_define
class PaymentLinkOperation:
    """The record of a payment link write, kept under its `operation_id`.

    Attributes:
        operation_id (str):  Example: 4d6f8a0c-2e1b-4c3d-9f5a-7b9d1f3a5c20.
        team_id (None | str | Unset):  Example: team_3LpXc9VbQ2.
        livemode (bool | None | Unset):
        action (None | str | Unset): `create`, `update` or `delete`. Example: create.
        payment_link_id (None | str | Unset):  Example: plink_5Hs8Kq2Wn4.
        status (None | str | Unset):  Example: completed.
        completed_at (float | None | Unset):
        revision (None | str | Unset):
        effect_scope (None | str | Unset):  Example: team_mode_payment_link.
    """

    operation_id: str
    team_id: None | str | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    action: None | str | Unset = UNSET
    payment_link_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    completed_at: float | None | Unset = UNSET
    revision: None | str | Unset = UNSET
    effect_scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        payment_link_id: None | str | Unset
        if isinstance(self.payment_link_id, Unset):
            payment_link_id = UNSET
        else:
            payment_link_id = self.payment_link_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        completed_at: float | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        revision: None | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        effect_scope: None | str | Unset
        if isinstance(self.effect_scope, Unset):
            effect_scope = UNSET
        else:
            effect_scope = self.effect_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if action is not UNSET:
            field_dict["action"] = action
        if payment_link_id is not UNSET:
            field_dict["payment_link_id"] = payment_link_id
        if status is not UNSET:
            field_dict["status"] = status
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if revision is not UNSET:
            field_dict["revision"] = revision
        if effect_scope is not UNSET:
            field_dict["effect_scope"] = effect_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        team_id: None | str | Unset = d.pop("team_id", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        action: None | str | Unset = d.pop("action", UNSET)

        payment_link_id: None | str | Unset = d.pop("payment_link_id", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        completed_at: float | None | Unset = d.pop("completed_at", UNSET)

        revision: None | str | Unset = d.pop("revision", UNSET)

        effect_scope: None | str | Unset = d.pop("effect_scope", UNSET)

        payment_link_operation = cls(
            operation_id=operation_id,
            team_id=team_id,
            livemode=livemode,
            action=action,
            payment_link_id=payment_link_id,
            status=status,
            completed_at=completed_at,
            revision=revision,
            effect_scope=effect_scope,
        )

        payment_link_operation.additional_properties = d
        return payment_link_operation

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
