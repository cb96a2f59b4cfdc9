from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_link import PaymentLink
    from ..models.payment_link_operation import PaymentLinkOperation


T = TypeVar("T", bound="PaymentLinkWriteResponse")


@_attrs_define
class PaymentLinkWriteResponse:
    """The answer to a payment link write, and to reading a write back by its `operation_id`: the
    link as it is now (`null` once deleted, or for a lookup that only finds the record) and the
    `operation` record.

        Attributes:
            message (str | Unset):  Example: Operation completed successfully.
            success (bool | Unset):
            timestamp (int | str | Unset):
            data (None | PaymentLink | Unset):
            operation (PaymentLinkOperation | Unset): The record of a payment link write, kept under its `operation_id`.
    """

    message: str | Unset = UNSET
    success: bool | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    data: None | PaymentLink | Unset = UNSET
    operation: PaymentLinkOperation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        success = self.success

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, PaymentLink):
            data = self.data.to_dict()
        else:
            data = self.data

        operation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.to_dict()

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
        if operation is not UNSET:
            field_dict["operation"] = operation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        success = d.pop("success", UNSET)

        timestamp: int | str | Unset = d.pop("timestamp", UNSET)

        data_data = d.pop("data", UNSET)
        data: None | PaymentLink | Unset
        if not isinstance(data_data, dict):
            data = cast(None | PaymentLink | Unset, data_data)
        else:
            try:
                data_type_0 = PaymentLink.from_dict(data_data)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data = cast(None | PaymentLink | Unset, data_data)

        _operation = d.pop("operation", UNSET)
        operation: PaymentLinkOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = PaymentLinkOperation.from_dict(_operation)

        payment_link_write_response = cls(
            message=message,
            success=success,
            timestamp=timestamp,
            data=data,
            operation=operation,
        )

        payment_link_write_response.additional_properties = d
        return payment_link_write_response

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


from ..models.payment_link import PaymentLink  # noqa: E402
from ..models.payment_link_operation import PaymentLinkOperation  # noqa: E402
