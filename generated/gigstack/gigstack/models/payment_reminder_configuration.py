from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_reminder_state import PaymentReminderState


T = TypeVar("T", bound="PaymentReminderConfiguration")


@_attrs_define
class PaymentReminderConfiguration:
    """A payment's reminder schedule for one mode (live or test).

    Attributes:
        payment_id (None | str | Unset):  Example: payment_Bq7zL3nV5xKd.
        team_id (None | str | Unset):  Example: team_3LpXc9VbQ2.
        livemode (bool | None | Unset):
        revision (None | str | Unset): Pass it back as `expected_revision`. Example:
            7d9f1b3e5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b.
        status (None | str | Unset):  Example: scheduled.
        limit_days_to_pay (int | None | Unset):  Example: 15.
        limit_date_to_pay (float | None | Unset): Unix milliseconds.
        effect_scope (None | str | Unset):  Example: payment_mode_reminders.
        legacy_defaults_eligible (bool | None | Unset):
        blocking_operation_id (None | str | Unset):
        reminders (list[PaymentReminderState] | None | Unset):
    """

    payment_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    revision: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    limit_days_to_pay: int | None | Unset = UNSET
    limit_date_to_pay: float | None | Unset = UNSET
    effect_scope: None | str | Unset = UNSET
    legacy_defaults_eligible: bool | None | Unset = UNSET
    blocking_operation_id: None | str | Unset = UNSET
    reminders: list[PaymentReminderState] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        revision: None | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        limit_days_to_pay: int | None | Unset
        if isinstance(self.limit_days_to_pay, Unset):
            limit_days_to_pay = UNSET
        else:
            limit_days_to_pay = self.limit_days_to_pay

        limit_date_to_pay: float | None | Unset
        if isinstance(self.limit_date_to_pay, Unset):
            limit_date_to_pay = UNSET
        else:
            limit_date_to_pay = self.limit_date_to_pay

        effect_scope: None | str | Unset
        if isinstance(self.effect_scope, Unset):
            effect_scope = UNSET
        else:
            effect_scope = self.effect_scope

        legacy_defaults_eligible: bool | None | Unset
        if isinstance(self.legacy_defaults_eligible, Unset):
            legacy_defaults_eligible = UNSET
        else:
            legacy_defaults_eligible = self.legacy_defaults_eligible

        blocking_operation_id: None | str | Unset
        if isinstance(self.blocking_operation_id, Unset):
            blocking_operation_id = UNSET
        else:
            blocking_operation_id = self.blocking_operation_id

        reminders: list[dict[str, Any]] | None | Unset
        if isinstance(self.reminders, Unset):
            reminders = UNSET
        elif isinstance(self.reminders, list):
            reminders = []
            for reminders_type_0_item_data in self.reminders:
                reminders_type_0_item = reminders_type_0_item_data.to_dict()
                reminders.append(reminders_type_0_item)

        else:
            reminders = self.reminders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if revision is not UNSET:
            field_dict["revision"] = revision
        if status is not UNSET:
            field_dict["status"] = status
        if limit_days_to_pay is not UNSET:
            field_dict["limitDaysToPay"] = limit_days_to_pay
        if limit_date_to_pay is not UNSET:
            field_dict["limitDateToPay"] = limit_date_to_pay
        if effect_scope is not UNSET:
            field_dict["effect_scope"] = effect_scope
        if legacy_defaults_eligible is not UNSET:
            field_dict["legacy_defaults_eligible"] = legacy_defaults_eligible
        if blocking_operation_id is not UNSET:
            field_dict["blocking_operation_id"] = blocking_operation_id
        if reminders is not UNSET:
            field_dict["reminders"] = reminders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_id: None | str | Unset = d.pop("payment_id", UNSET)

        team_id: None | str | Unset = d.pop("team_id", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        revision: None | str | Unset = d.pop("revision", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        limit_days_to_pay: int | None | Unset = d.pop("limitDaysToPay", UNSET)

        limit_date_to_pay: float | None | Unset = d.pop("limitDateToPay", UNSET)

        effect_scope: None | str | Unset = d.pop("effect_scope", UNSET)

        legacy_defaults_eligible: bool | None | Unset = d.pop("legacy_defaults_eligible", UNSET)

        blocking_operation_id: None | str | Unset = d.pop("blocking_operation_id", UNSET)

        reminders_data = d.pop("reminders", UNSET)
        reminders: list[PaymentReminderState] | None | Unset
        if not isinstance(reminders_data, list):
            reminders = cast(list[PaymentReminderState] | None | Unset, reminders_data)
        else:
            try:
                reminders_type_0 = []
                _reminders_type_0 = reminders_data
                for reminders_type_0_item_data in _reminders_type_0:
                    reminders_type_0_item = PaymentReminderState.from_dict(reminders_type_0_item_data)

                    reminders_type_0.append(reminders_type_0_item)

                reminders = reminders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                reminders = cast(list[PaymentReminderState] | None | Unset, reminders_data)

        payment_reminder_configuration = cls(
            payment_id=payment_id,
            team_id=team_id,
            livemode=livemode,
            revision=revision,
            status=status,
            limit_days_to_pay=limit_days_to_pay,
            limit_date_to_pay=limit_date_to_pay,
            effect_scope=effect_scope,
            legacy_defaults_eligible=legacy_defaults_eligible,
            blocking_operation_id=blocking_operation_id,
            reminders=reminders,
        )

        payment_reminder_configuration.additional_properties = d
        return payment_reminder_configuration

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


from ..models.payment_reminder_state import PaymentReminderState  # noqa: E402
