from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_reminder_generation import PaymentReminderGeneration
    from ..models.payment_reminder_step import PaymentReminderStep


T = TypeVar("T", bound="PaymentReminderOperation")


@_attrs_define
class PaymentReminderOperation:
    """The record of a reminder schedule write, kept under its `operation_id`. `outcome_unknown`
    means the server could not confirm every step: read it again rather than repeating the write.

        Attributes:
            operation_id (str):  Example: 3c5e7a9b-1d2f-4a6c-8e0b-2d4f6a8c0e13.
            payment_id (None | str | Unset):  Example: payment_Bq7zL3nV5xKd.
            team_id (None | str | Unset):  Example: team_3LpXc9VbQ2.
            livemode (bool | None | Unset):
            status (None | str | Unset): `processing`, `completed`, `partial` or `outcome_unknown`. Example: completed.
            superseded_by (None | str | Unset):
            effect_scope (None | str | Unset):  Example: payment_mode_reminders.
            affected_generations (list[PaymentReminderGeneration] | None | Unset):
            steps (list[PaymentReminderStep] | None | Unset):
    """

    operation_id: str
    payment_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    status: None | str | Unset = UNSET
    superseded_by: None | str | Unset = UNSET
    effect_scope: None | str | Unset = UNSET
    affected_generations: list[PaymentReminderGeneration] | None | Unset = UNSET
    steps: list[PaymentReminderStep] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        payment_id: None | str | Unset
        if isinstance(self.payment_id, Unset):
            payment_id = UNSET
        else:
            payment_id = self.payment_id

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        superseded_by: None | str | Unset
        if isinstance(self.superseded_by, Unset):
            superseded_by = UNSET
        else:
            superseded_by = self.superseded_by

        effect_scope: None | str | Unset
        if isinstance(self.effect_scope, Unset):
            effect_scope = UNSET
        else:
            effect_scope = self.effect_scope

        affected_generations: list[dict[str, Any]] | None | Unset
        if isinstance(self.affected_generations, Unset):
            affected_generations = UNSET
        elif isinstance(self.affected_generations, list):
            affected_generations = []
            for affected_generations_type_0_item_data in self.affected_generations:
                affected_generations_type_0_item = affected_generations_type_0_item_data.to_dict()
                affected_generations.append(affected_generations_type_0_item)

        else:
            affected_generations = self.affected_generations

        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
            }
        )
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if status is not UNSET:
            field_dict["status"] = status
        if superseded_by is not UNSET:
            field_dict["superseded_by"] = superseded_by
        if effect_scope is not UNSET:
            field_dict["effect_scope"] = effect_scope
        if affected_generations is not UNSET:
            field_dict["affected_generations"] = affected_generations
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        payment_id: None | str | Unset = d.pop("payment_id", UNSET)

        team_id: None | str | Unset = d.pop("team_id", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        superseded_by: None | str | Unset = d.pop("superseded_by", UNSET)

        effect_scope: None | str | Unset = d.pop("effect_scope", UNSET)

        affected_generations_data = d.pop("affected_generations", UNSET)
        affected_generations: list[PaymentReminderGeneration] | None | Unset
        if not isinstance(affected_generations_data, list):
            affected_generations = cast(list[PaymentReminderGeneration] | None | Unset, affected_generations_data)
        else:
            try:
                affected_generations_type_0 = []
                _affected_generations_type_0 = affected_generations_data
                for affected_generations_type_0_item_data in _affected_generations_type_0:
                    affected_generations_type_0_item = PaymentReminderGeneration.from_dict(
                        affected_generations_type_0_item_data
                    )

                    affected_generations_type_0.append(affected_generations_type_0_item)

                affected_generations = affected_generations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                affected_generations = cast(list[PaymentReminderGeneration] | None | Unset, affected_generations_data)

        steps_data = d.pop("steps", UNSET)
        steps: list[PaymentReminderStep] | None | Unset
        if not isinstance(steps_data, list):
            steps = cast(list[PaymentReminderStep] | None | Unset, steps_data)
        else:
            try:
                steps_type_0 = []
                _steps_type_0 = steps_data
                for steps_type_0_item_data in _steps_type_0:
                    steps_type_0_item = PaymentReminderStep.from_dict(steps_type_0_item_data)

                    steps_type_0.append(steps_type_0_item)

                steps = steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                steps = cast(list[PaymentReminderStep] | None | Unset, steps_data)

        payment_reminder_operation = cls(
            operation_id=operation_id,
            payment_id=payment_id,
            team_id=team_id,
            livemode=livemode,
            status=status,
            superseded_by=superseded_by,
            effect_scope=effect_scope,
            affected_generations=affected_generations,
            steps=steps,
        )

        payment_reminder_operation.additional_properties = d
        return payment_reminder_operation

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


from ..models.payment_reminder_generation import PaymentReminderGeneration  # noqa: E402
from ..models.payment_reminder_step import PaymentReminderStep  # noqa: E402
