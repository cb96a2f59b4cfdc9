from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookDeliveryRetry")


@_attrs_define
class WebhookDeliveryRetry:
    """Asks to deliver a logged event again, as it was stored. Send a UUID v4 as `operation_id`
    (save it first), `confirmed: true`, and `acknowledge_duplicate_delivery: true`, since the
    endpoint may receive the event twice. `expected_livemode` is your key's mode.

        Attributes:
            operation_id (str):  Example: 5e7a9c1b-3d2f-4b6a-8c0e-4f6b8d0a2c31.
            confirmed (bool):
            acknowledge_duplicate_delivery (bool):
            expected_livemode (bool):
    """

    operation_id: str
    confirmed: bool
    acknowledge_duplicate_delivery: bool
    expected_livemode: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        confirmed = self.confirmed

        acknowledge_duplicate_delivery = self.acknowledge_duplicate_delivery

        expected_livemode = self.expected_livemode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
                "confirmed": confirmed,
                "acknowledge_duplicate_delivery": acknowledge_duplicate_delivery,
                "expected_livemode": expected_livemode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        confirmed = d.pop("confirmed")

        acknowledge_duplicate_delivery = d.pop("acknowledge_duplicate_delivery")

        expected_livemode = d.pop("expected_livemode")

        webhook_delivery_retry = cls(
            operation_id=operation_id,
            confirmed=confirmed,
            acknowledge_duplicate_delivery=acknowledge_duplicate_delivery,
            expected_livemode=expected_livemode,
        )

        webhook_delivery_retry.additional_properties = d
        return webhook_delivery_retry

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
