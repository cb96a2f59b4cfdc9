from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentReminderState")


@_attrs_define
class PaymentReminderState:
    """A reminder of a payment's schedule with its delivery state. Timestamps are unix milliseconds.

    Attributes:
        id (None | str | Unset):  Example: rem_2Kd8Lq.
        type_ (None | str | Unset):  Example: custom.
        when (None | str | Unset):  Example: before.
        duration (int | None | Unset):  Example: 3.
        periodicity (None | str | Unset):  Example: day.
        custom_subject (None | str | Unset):
        custom_template (None | str | Unset):
        exec_timestamp (float | None | Unset): When it is due to run (unix milliseconds).
        sent (bool | None | Unset):
        reminder_sended (int | None | Unset): How many times it was sent (the API's spelling).
        last_runned (float | None | Unset): Unix milliseconds (the API's spelling).
        last_execution (float | None | Unset): Unix milliseconds.
        generation (None | str | Unset): Version of this reminder's schedule (64 hex characters).
        queue_state (None | str | Unset):  Example: scheduled.
        next_wakeup_at (float | None | Unset): Unix milliseconds.
        active_occurrence (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    when: None | str | Unset = UNSET
    duration: int | None | Unset = UNSET
    periodicity: None | str | Unset = UNSET
    custom_subject: None | str | Unset = UNSET
    custom_template: None | str | Unset = UNSET
    exec_timestamp: float | None | Unset = UNSET
    sent: bool | None | Unset = UNSET
    reminder_sended: int | None | Unset = UNSET
    last_runned: float | None | Unset = UNSET
    last_execution: float | None | Unset = UNSET
    generation: None | str | Unset = UNSET
    queue_state: None | str | Unset = UNSET
    next_wakeup_at: float | None | Unset = UNSET
    active_occurrence: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        when: None | str | Unset
        if isinstance(self.when, Unset):
            when = UNSET
        else:
            when = self.when

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        periodicity: None | str | Unset
        if isinstance(self.periodicity, Unset):
            periodicity = UNSET
        else:
            periodicity = self.periodicity

        custom_subject: None | str | Unset
        if isinstance(self.custom_subject, Unset):
            custom_subject = UNSET
        else:
            custom_subject = self.custom_subject

        custom_template: None | str | Unset
        if isinstance(self.custom_template, Unset):
            custom_template = UNSET
        else:
            custom_template = self.custom_template

        exec_timestamp: float | None | Unset
        if isinstance(self.exec_timestamp, Unset):
            exec_timestamp = UNSET
        else:
            exec_timestamp = self.exec_timestamp

        sent: bool | None | Unset
        if isinstance(self.sent, Unset):
            sent = UNSET
        else:
            sent = self.sent

        reminder_sended: int | None | Unset
        if isinstance(self.reminder_sended, Unset):
            reminder_sended = UNSET
        else:
            reminder_sended = self.reminder_sended

        last_runned: float | None | Unset
        if isinstance(self.last_runned, Unset):
            last_runned = UNSET
        else:
            last_runned = self.last_runned

        last_execution: float | None | Unset
        if isinstance(self.last_execution, Unset):
            last_execution = UNSET
        else:
            last_execution = self.last_execution

        generation: None | str | Unset
        if isinstance(self.generation, Unset):
            generation = UNSET
        else:
            generation = self.generation

        queue_state: None | str | Unset
        if isinstance(self.queue_state, Unset):
            queue_state = UNSET
        else:
            queue_state = self.queue_state

        next_wakeup_at: float | None | Unset
        if isinstance(self.next_wakeup_at, Unset):
            next_wakeup_at = UNSET
        else:
            next_wakeup_at = self.next_wakeup_at

        active_occurrence: None | str | Unset
        if isinstance(self.active_occurrence, Unset):
            active_occurrence = UNSET
        else:
            active_occurrence = self.active_occurrence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if when is not UNSET:
            field_dict["when"] = when
        if duration is not UNSET:
            field_dict["duration"] = duration
        if periodicity is not UNSET:
            field_dict["periodicity"] = periodicity
        if custom_subject is not UNSET:
            field_dict["custom_subject"] = custom_subject
        if custom_template is not UNSET:
            field_dict["custom_template"] = custom_template
        if exec_timestamp is not UNSET:
            field_dict["exec_timestamp"] = exec_timestamp
        if sent is not UNSET:
            field_dict["sent"] = sent
        if reminder_sended is not UNSET:
            field_dict["reminder_sended"] = reminder_sended
        if last_runned is not UNSET:
            field_dict["last_runned"] = last_runned
        if last_execution is not UNSET:
            field_dict["last_execution"] = last_execution
        if generation is not UNSET:
            field_dict["generation"] = generation
        if queue_state is not UNSET:
            field_dict["queue_state"] = queue_state
        if next_wakeup_at is not UNSET:
            field_dict["next_wakeup_at"] = next_wakeup_at
        if active_occurrence is not UNSET:
            field_dict["active_occurrence"] = active_occurrence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        when: None | str | Unset = d.pop("when", UNSET)

        duration: int | None | Unset = d.pop("duration", UNSET)

        periodicity: None | str | Unset = d.pop("periodicity", UNSET)

        custom_subject: None | str | Unset = d.pop("custom_subject", UNSET)

        custom_template: None | str | Unset = d.pop("custom_template", UNSET)

        exec_timestamp: float | None | Unset = d.pop("exec_timestamp", UNSET)

        sent: bool | None | Unset = d.pop("sent", UNSET)

        reminder_sended: int | None | Unset = d.pop("reminder_sended", UNSET)

        last_runned: float | None | Unset = d.pop("last_runned", UNSET)

        last_execution: float | None | Unset = d.pop("last_execution", UNSET)

        generation: None | str | Unset = d.pop("generation", UNSET)

        queue_state: None | str | Unset = d.pop("queue_state", UNSET)

        next_wakeup_at: float | None | Unset = d.pop("next_wakeup_at", UNSET)

        active_occurrence: None | str | Unset = d.pop("active_occurrence", UNSET)

        payment_reminder_state = cls(
            id=id,
            type_=type_,
            when=when,
            duration=duration,
            periodicity=periodicity,
            custom_subject=custom_subject,
            custom_template=custom_template,
            exec_timestamp=exec_timestamp,
            sent=sent,
            reminder_sended=reminder_sended,
            last_runned=last_runned,
            last_execution=last_execution,
            generation=generation,
            queue_state=queue_state,
            next_wakeup_at=next_wakeup_at,
            active_occurrence=active_occurrence,
        )

        payment_reminder_state.additional_properties = d
        return payment_reminder_state

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
