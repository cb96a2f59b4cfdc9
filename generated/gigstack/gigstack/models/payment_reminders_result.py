from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_reminder_configuration import PaymentReminderConfiguration
    from ..models.payment_reminder_operation import PaymentReminderOperation


T = TypeVar("T", bound="PaymentRemindersResult")


@_attrs_define
class PaymentRemindersResult:
    """A payment's reminder schedule after a write, and the write's record.

    Attributes:
        configuration (PaymentReminderConfiguration | Unset): A payment's reminder schedule for one mode (live or test).
        operation (PaymentReminderOperation | Unset): The record of a reminder schedule write, kept under its
            `operation_id`. `outcome_unknown`
            means the server could not confirm every step: read it again rather than repeating the write.
    """

    configuration: PaymentReminderConfiguration | Unset = UNSET
    operation: PaymentReminderOperation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        operation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if operation is not UNSET:
            field_dict["operation"] = operation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _configuration = d.pop("configuration", UNSET)
        configuration: PaymentReminderConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = PaymentReminderConfiguration.from_dict(_configuration)

        _operation = d.pop("operation", UNSET)
        operation: PaymentReminderOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = PaymentReminderOperation.from_dict(_operation)

        payment_reminders_result = cls(
            configuration=configuration,
            operation=operation,
        )

        payment_reminders_result.additional_properties = d
        return payment_reminders_result

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


from ..models.payment_reminder_configuration import PaymentReminderConfiguration  # noqa: E402
from ..models.payment_reminder_operation import PaymentReminderOperation  # noqa: E402
