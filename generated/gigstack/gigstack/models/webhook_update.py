from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_status import WebhookStatus
from ..models.webhook_version import WebhookVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookUpdate")


@_attrs_define
class WebhookUpdate:
    """Changes to a webhook subscription; only the fields sent change. gigstack's CLI sends an
    `operation_id` (UUID v4) and the `expected_revision` it last read, so a change made meanwhile
    is refused with 409 `webhook_revision_conflict` instead of being overwritten.

        Attributes:
            url (str | Unset):  Example: https://hooks.empresa.example.mx/gigstack/v2.
            events (list[WebhookEventType] | Unset):
            description (None | str | Unset):  Example: Webhook actualizado.
            status (WebhookStatus | Unset): Whether a webhook receives events. Example: active.
            operation_id (str | Unset): Your UUID v4 for this write. Example: 0b9c2f4e-6a1d-4c3b-8e5f-7a9d1c3e5b20.
            expected_revision (str | Unset): The `revision` you read; the write is refused if it changed. Example:
                9f2b6c1d4e8a0b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c.
            version (WebhookVersion | Unset): Payload version a webhook receives. Other values are kept as they come.
                Example: v2.
            type_ (None | str | Unset):  Example: gigstack_connect.
    """

    url: str | Unset = UNSET
    events: list[WebhookEventType] | Unset = UNSET
    description: None | str | Unset = UNSET
    status: WebhookStatus | Unset = UNSET
    operation_id: str | Unset = UNSET
    expected_revision: str | Unset = UNSET
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

        expected_revision = self.expected_revision

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
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if expected_revision is not UNSET:
            field_dict["expected_revision"] = expected_revision
        if version is not UNSET:
            field_dict["version"] = version
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

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

        expected_revision = d.pop("expected_revision", UNSET)

        _version = d.pop("version", UNSET)
        version: WebhookVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = WebhookVersion(_version)

        type_: None | str | Unset = d.pop("type", UNSET)

        webhook_update = cls(
            url=url,
            events=events,
            description=description,
            status=status,
            operation_id=operation_id,
            expected_revision=expected_revision,
            version=version,
            type_=type_,
        )

        webhook_update.additional_properties = d
        return webhook_update

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
