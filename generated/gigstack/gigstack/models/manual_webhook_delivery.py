from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualWebhookDelivery")


@_attrs_define
class ManualWebhookDelivery:
    """The record of a delivery you asked for by hand (a test, a resend of the current state or a
    retry), kept under your `operation_id`. `submission` says whether it was handed over, and
    `delivery` whether it arrived; `pending` is not delivered, and `duplicate_delivery_possible`
    warns that the endpoint may receive the event twice.

        Attributes:
            operation_id (str):  Example: 5e7a9c1b-3d2f-4b6a-8c0e-4f6b8d0a2c31.
            action (None | str | Unset): `test`, `resend_current` or `retry`. Example: test.
            team_id (None | str | Unset):  Example: team_3LpXc9VbQ2.
            livemode (bool | None | Unset):
            endpoint_id (None | str | Unset):  Example: wh_dyS2ZVTj.
            delivery_id (None | str | Unset):
            log_id (None | str | Unset):
            submission (None | str | Unset): `submitted`, `prevented` or `unknown`. Example: submitted.
            delivery (None | str | Unset): `pending`, `delivered`, `failed`, ... Example: pending.
            attempts (int | None | Unset):  Example: 0.
            duplicate_delivery_possible (bool | None | Unset):
            payload_semantics (None | str | Unset): `current_resource` or `stored_event_snapshot`. Example:
                current_resource.
            v2_state (None | str | Unset):  Example: current_at_delivery.
    """

    operation_id: str
    action: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    endpoint_id: None | str | Unset = UNSET
    delivery_id: None | str | Unset = UNSET
    log_id: None | str | Unset = UNSET
    submission: None | str | Unset = UNSET
    delivery: None | str | Unset = UNSET
    attempts: int | None | Unset = UNSET
    duplicate_delivery_possible: bool | None | Unset = UNSET
    payload_semantics: None | str | Unset = UNSET
    v2_state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

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

        endpoint_id: None | str | Unset
        if isinstance(self.endpoint_id, Unset):
            endpoint_id = UNSET
        else:
            endpoint_id = self.endpoint_id

        delivery_id: None | str | Unset
        if isinstance(self.delivery_id, Unset):
            delivery_id = UNSET
        else:
            delivery_id = self.delivery_id

        log_id: None | str | Unset
        if isinstance(self.log_id, Unset):
            log_id = UNSET
        else:
            log_id = self.log_id

        submission: None | str | Unset
        if isinstance(self.submission, Unset):
            submission = UNSET
        else:
            submission = self.submission

        delivery: None | str | Unset
        if isinstance(self.delivery, Unset):
            delivery = UNSET
        else:
            delivery = self.delivery

        attempts: int | None | Unset
        if isinstance(self.attempts, Unset):
            attempts = UNSET
        else:
            attempts = self.attempts

        duplicate_delivery_possible: bool | None | Unset
        if isinstance(self.duplicate_delivery_possible, Unset):
            duplicate_delivery_possible = UNSET
        else:
            duplicate_delivery_possible = self.duplicate_delivery_possible

        payload_semantics: None | str | Unset
        if isinstance(self.payload_semantics, Unset):
            payload_semantics = UNSET
        else:
            payload_semantics = self.payload_semantics

        v2_state: None | str | Unset
        if isinstance(self.v2_state, Unset):
            v2_state = UNSET
        else:
            v2_state = self.v2_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if delivery_id is not UNSET:
            field_dict["delivery_id"] = delivery_id
        if log_id is not UNSET:
            field_dict["log_id"] = log_id
        if submission is not UNSET:
            field_dict["submission"] = submission
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if duplicate_delivery_possible is not UNSET:
            field_dict["duplicate_delivery_possible"] = duplicate_delivery_possible
        if payload_semantics is not UNSET:
            field_dict["payload_semantics"] = payload_semantics
        if v2_state is not UNSET:
            field_dict["v2_state"] = v2_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        action: None | str | Unset = d.pop("action", UNSET)

        team_id: None | str | Unset = d.pop("team_id", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        endpoint_id: None | str | Unset = d.pop("endpoint_id", UNSET)

        delivery_id: None | str | Unset = d.pop("delivery_id", UNSET)

        log_id: None | str | Unset = d.pop("log_id", UNSET)

        submission: None | str | Unset = d.pop("submission", UNSET)

        delivery: None | str | Unset = d.pop("delivery", UNSET)

        attempts: int | None | Unset = d.pop("attempts", UNSET)

        duplicate_delivery_possible: bool | None | Unset = d.pop("duplicate_delivery_possible", UNSET)

        payload_semantics: None | str | Unset = d.pop("payload_semantics", UNSET)

        v2_state: None | str | Unset = d.pop("v2_state", UNSET)

        manual_webhook_delivery = cls(
            operation_id=operation_id,
            action=action,
            team_id=team_id,
            livemode=livemode,
            endpoint_id=endpoint_id,
            delivery_id=delivery_id,
            log_id=log_id,
            submission=submission,
            delivery=delivery,
            attempts=attempts,
            duplicate_delivery_possible=duplicate_delivery_possible,
            payload_semantics=payload_semantics,
            v2_state=v2_state,
        )

        manual_webhook_delivery.additional_properties = d
        return manual_webhook_delivery

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
