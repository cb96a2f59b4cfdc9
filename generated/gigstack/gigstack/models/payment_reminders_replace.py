from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_reminder import PaymentReminder


T = TypeVar("T", bound="PaymentRemindersReplace")


@_attrs_define
class PaymentRemindersReplace:
    """The complete reminder schedule of a payment, replacing the current one. Send a UUID v4 as
    `operation_id` (save it first), the mode of your key as `expected_livemode` and the
    `revision` you read as `expected_revision`. Removing every reminder may bring back the team's
    default reminders, and a test key in production may still send real emails.

        Attributes:
            operation_id (str): Your UUID v4 for this write. Example: 3c5e7a9b-1d2f-4a6c-8e0b-2d4f6a8c0e13.
            expected_livemode (bool): The mode of your API key (false for a test key).
            expected_revision (str):  Example: 7d9f1b3e5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b.
            reminders (list[PaymentReminder]):
            limit_days_to_pay (int | Unset): Days the client has to pay (camelCase on the wire). Example: 15.
    """

    operation_id: str
    expected_livemode: bool
    expected_revision: str
    reminders: list[PaymentReminder]
    limit_days_to_pay: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        expected_livemode = self.expected_livemode

        expected_revision = self.expected_revision

        reminders = []
        for reminders_item_data in self.reminders:
            reminders_item = reminders_item_data.to_dict()
            reminders.append(reminders_item)

        limit_days_to_pay = self.limit_days_to_pay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
                "expected_livemode": expected_livemode,
                "expected_revision": expected_revision,
                "reminders": reminders,
            }
        )
        if limit_days_to_pay is not UNSET:
            field_dict["limitDaysToPay"] = limit_days_to_pay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        expected_livemode = d.pop("expected_livemode")

        expected_revision = d.pop("expected_revision")

        reminders = []
        _reminders = d.pop("reminders")
        for reminders_item_data in _reminders:
            reminders_item = PaymentReminder.from_dict(reminders_item_data)

            reminders.append(reminders_item)

        limit_days_to_pay = d.pop("limitDaysToPay", UNSET)

        payment_reminders_replace = cls(
            operation_id=operation_id,
            expected_livemode=expected_livemode,
            expected_revision=expected_revision,
            reminders=reminders,
            limit_days_to_pay=limit_days_to_pay,
        )

        payment_reminders_replace.additional_properties = d
        return payment_reminders_replace

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


from ..models.payment_reminder import PaymentReminder  # noqa: E402
