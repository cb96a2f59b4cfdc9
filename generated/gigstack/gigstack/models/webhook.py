from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_status import WebhookStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook subscription. Note `created_at` is in unix *milliseconds*.

    Attributes:
        id (str): Identifier, prefixed `wh_`. Example: wh_dyS2ZVTj.
        url (None | str | Unset): The HTTPS endpoint events are posted to. Example:
            https://hooks.empresa.example.mx/gigstack.
        events (list[WebhookEventType] | None | Unset): Subscribed events; an empty list means every event.
        status (None | Unset | WebhookStatus):
        description (None | str | Unset):  Example: Notificaciones de pagos en producción.
        owner (None | str | Unset): User who created the webhook. Example: 8UWdgXELUhf022vuoq249mtGytG2.
        created_at (int | None | Unset): Creation time in unix *milliseconds*. Example: 1709090576567.
    """

    id: str
    url: None | str | Unset = UNSET
    events: list[WebhookEventType] | None | Unset = UNSET
    status: None | Unset | WebhookStatus = UNSET
    description: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        events: list[str] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.value
                events.append(events_type_0_item)

        else:
            events = self.events

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, WebhookStatus):
            status = self.status.value
        else:
            status = self.status

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        url: None | str | Unset = d.pop("url", UNSET)

        events_data = d.pop("events", UNSET)
        events: list[WebhookEventType] | None | Unset
        if not isinstance(events_data, list):
            events = cast(list[WebhookEventType] | None | Unset, events_data)
        else:
            try:
                events_type_0 = []
                _events_type_0 = events_data
                for events_type_0_item_data in _events_type_0:
                    events_type_0_item = WebhookEventType(events_type_0_item_data)

                    events_type_0.append(events_type_0_item)

                events = events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                events = cast(list[WebhookEventType] | None | Unset, events_data)

        status_data = d.pop("status", UNSET)
        status: None | Unset | WebhookStatus
        if not isinstance(status_data, str):
            status = cast(None | Unset | WebhookStatus, status_data)
        else:
            try:
                status_type_0 = WebhookStatus(status_data)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                status = cast(None | Unset | WebhookStatus, status_data)

        description: None | str | Unset = d.pop("description", UNSET)

        owner: None | str | Unset = d.pop("owner", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        webhook = cls(
            id=id,
            url=url,
            events=events,
            status=status,
            description=description,
            owner=owner,
            created_at=created_at,
        )

        webhook.additional_properties = d
        return webhook

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
