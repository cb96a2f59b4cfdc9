from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receipt import Receipt


T = TypeVar("T", bound="ReceiptResponse")


@_attrs_define
class ReceiptResponse:
    """One receipt in the standard envelope.

    Attributes:
        data (Receipt): A receipt (nota de venta). Only `id` is always present; fields may be `null` when never set.
            Money fields are JSON numbers in the receipt's currency.

            Naming differs between sources, and both spellings are described here: the receipts guide
            returns `created` and `validUntil` (camelCase), persisted receipts in gigstack's own test
            data carry `created_at` and `valid_until`. All four are unix **seconds**. Because both
            spellings of the validity exist, each keeps its own attribute in Python: `valid_until` for
            the snake_case field and `validUntil` for the camelCase one.
        message (str | Unset):  Example: Operation completed successfully.
        success (bool | Unset):
        timestamp (int | str | Unset):
    """

    data: Receipt
    message: str | Unset = UNSET
    success: bool | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        message = self.message

        success = self.success

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if success is not UNSET:
            field_dict["success"] = success
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = Receipt.from_dict(d.pop("data"))

        message = d.pop("message", UNSET)

        success = d.pop("success", UNSET)

        timestamp: int | str | Unset = d.pop("timestamp", UNSET)

        receipt_response = cls(
            data=data,
            message=message,
            success=success,
            timestamp=timestamp,
        )

        receipt_response.additional_properties = d
        return receipt_response

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


from ..models.receipt import Receipt  # noqa: E402
