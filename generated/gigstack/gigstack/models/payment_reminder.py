from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentReminder")


@_attrs_define
class PaymentReminder:
    """One reminder of a payment's schedule, as you send it.

    Attributes:
        type_ (str): `default`, `daily`, `weekly`, `monthly`, `yearly` or `custom`. Example: custom.
        when (str): `before` or `after` the due date. Example: before.
        duration (int):  Example: 3.
        periodicity (str): `day`, `week`, `month` or `year`: the unit of `duration`. Example: day.
        id (str | Unset): The reminder's id; keep it to change an existing reminder. Example: rem_2Kd8Lq.
        custom_subject (None | str | Unset):  Example: Tu pago vence pronto.
        custom_template (None | str | Unset):
    """

    type_: str
    when: str
    duration: int
    periodicity: str
    id: str | Unset = UNSET
    custom_subject: None | str | Unset = UNSET
    custom_template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        when = self.when

        duration = self.duration

        periodicity = self.periodicity

        id = self.id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "when": when,
                "duration": duration,
                "periodicity": periodicity,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if custom_subject is not UNSET:
            field_dict["custom_subject"] = custom_subject
        if custom_template is not UNSET:
            field_dict["custom_template"] = custom_template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        when = d.pop("when")

        duration = d.pop("duration")

        periodicity = d.pop("periodicity")

        id = d.pop("id", UNSET)

        custom_subject: None | str | Unset = d.pop("custom_subject", UNSET)

        custom_template: None | str | Unset = d.pop("custom_template", UNSET)

        payment_reminder = cls(
            type_=type_,
            when=when,
            duration=duration,
            periodicity=periodicity,
            id=id,
            custom_subject=custom_subject,
            custom_template=custom_template,
        )

        payment_reminder.additional_properties = d
        return payment_reminder

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
