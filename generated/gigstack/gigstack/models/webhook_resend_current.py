from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType

T = TypeVar("T", bound="WebhookResendCurrent")


@_attrs_define
class WebhookResendCurrent:
    """Sends again an event that was logged (`log_id`), with the resource as it is now rather than
    as it was. The endpoint may receive the event twice, which `acknowledge_duplicate_delivery`
    accepts.

        Attributes:
            operation_id (str):  Example: 5e7a9c1b-3d2f-4b6a-8c0e-4f6b8d0a2c31.
            confirmed (bool):
            event (WebhookEventType): An event a webhook can subscribe to. Two vocabularies are listed: the older names
                gigstack's
                n8n node offers (`invoice.cancelled`, `payment.refunded`, ...) and the 26 names gigstack's
                CLI validates in its webhook configuration schema (`invoice.canceled` with one L,
                `teams.*`, `service.*`, `sat.invoice.synced`, ...). gigstack adds events over time; a name
                this version does not know is kept as it comes. `customer.*` events are about clients:
                gigstack renamed them from `client.*`.
                 Example: invoice.stamped.
            resource_id (str):  Example: payment_Bq7zL3nV5xKd.
            acknowledge_duplicate_delivery (bool):
            log_id (str): The delivery log being sent again. Example: dlv_7Hs3Mx8Qn2.
            expected_livemode (bool):
    """

    operation_id: str
    confirmed: bool
    event: WebhookEventType
    resource_id: str
    acknowledge_duplicate_delivery: bool
    log_id: str
    expected_livemode: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        confirmed = self.confirmed

        event = self.event.value

        resource_id = self.resource_id

        acknowledge_duplicate_delivery = self.acknowledge_duplicate_delivery

        log_id = self.log_id

        expected_livemode = self.expected_livemode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
                "confirmed": confirmed,
                "event": event,
                "resource_id": resource_id,
                "acknowledge_duplicate_delivery": acknowledge_duplicate_delivery,
                "log_id": log_id,
                "expected_livemode": expected_livemode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        confirmed = d.pop("confirmed")

        event = WebhookEventType(d.pop("event"))

        resource_id = d.pop("resource_id")

        acknowledge_duplicate_delivery = d.pop("acknowledge_duplicate_delivery")

        log_id = d.pop("log_id")

        expected_livemode = d.pop("expected_livemode")

        webhook_resend_current = cls(
            operation_id=operation_id,
            confirmed=confirmed,
            event=event,
            resource_id=resource_id,
            acknowledge_duplicate_delivery=acknowledge_duplicate_delivery,
            log_id=log_id,
            expected_livemode=expected_livemode,
        )

        webhook_resend_current.additional_properties = d
        return webhook_resend_current

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
