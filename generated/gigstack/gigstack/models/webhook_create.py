from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_status import WebhookStatus
from ..models.webhook_version import WebhookVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookCreate")


@_attrs_define
class WebhookCreate:
    """A new webhook subscription. The URL must be HTTPS. gigstack's CLI sends a caller-chosen UUID v4
    as `operation_id` and saves it first: if the answer is lost, read the outcome with `GET
    /webhooks/configuration-operations/{operation_id}` instead of sending the write again.

        Attributes:
            url (str):  Example: https://hooks.empresa.example.mx/gigstack.
            events (list[WebhookEventType] | Unset): Events to receive; omitted or empty means every event.
            description (None | str | Unset):  Example: Notificaciones de pagos en producción.
            status (WebhookStatus | Unset): Whether a webhook receives events. Example: active.
            operation_id (str | Unset): Your UUID v4 for this write; reuse it only with the same body. Example:
                0b9c2f4e-6a1d-4c3b-8e5f-7a9d1c3e5b20.
            version (WebhookVersion | Unset): Payload version a webhook receives. Other values are kept as they come.
                Example: v2.
            type_ (None | str | Unset): `gigstack_connect` to receive the events of the billing account's teams. Example:
                gigstack_connect.
    """

    url: str
    events: list[WebhookEventType] | Unset = UNSET
    description: None | str | Unset = UNSET
    status: WebhookStatus | Unset = UNSET
    operation_id: str | Unset = UNSET
    version: WebhookVersion | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        operation_id = self.operation_id

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.value

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if version is not UNSET:
            field_dict["version"] = version
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _events = d.pop("events", UNSET)
        events: list[WebhookEventType] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = WebhookEventType(events_item_data)

                events.append(events_item)

        description: None | str | Unset = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: WebhookStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WebhookStatus(_status)

        operation_id = d.pop("operation_id", UNSET)

        _version = d.pop("version", UNSET)
        version: WebhookVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = WebhookVersion(_version)

        type_: None | str | Unset = d.pop("type", UNSET)

        webhook_create = cls(
            url=url,
            events=events,
            description=description,
            status=status,
            operation_id=operation_id,
            version=version,
            type_=type_,
        )

        webhook_create.additional_properties = d
        return webhook_create

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
