from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_reminders_result import PaymentRemindersResult


T = TypeVar("T", bound="PaymentRemindersResponse")


@_attrs_define
class PaymentRemindersResponse:
    """The result of a reminder schedule write in the standard envelope. An outcome the server could
    not confirm can answer HTTP 200 with `success: false` and an `error` instead of `data`: treat
    it as an error and read the write back by its operation id before doing anything else.

        Attributes:
            message (str | Unset):  Example: Operation completed successfully.
            success (bool | Unset):
            timestamp (int | str | Unset):
            data (PaymentRemindersResult | Unset): A payment's reminder schedule after a write, and the write's record.
    """

    message: str | Unset = UNSET
    success: bool | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    data: PaymentRemindersResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        success = self.success

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if success is not UNSET:
            field_dict["success"] = success
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        success = d.pop("success", UNSET)

        timestamp: int | str | Unset = d.pop("timestamp", UNSET)

        _data = d.pop("data", UNSET)
        data: PaymentRemindersResult | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = PaymentRemindersResult.from_dict(_data)

        payment_reminders_response = cls(
            message=message,
            success=success,
            timestamp=timestamp,
            data=data,
        )

        payment_reminders_response.additional_properties = d
        return payment_reminders_response

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


from ..models.payment_reminders_result import PaymentRemindersResult  # noqa: E402
