from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_status import WebhookStatus
from ..models.webhook_version import WebhookVersion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_security_state import WebhookSecurityState
    from ..models.webhook_signing_state import WebhookSigningState


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook subscription. Note `created_at` is in unix *milliseconds*. `revision` changes with
    every change to the configuration: pass it back as `expected_revision` to update or delete
    only the version you read.

        Attributes:
            id (str): Identifier, prefixed `wh_`. Example: wh_dyS2ZVTj.
            url (None | str | Unset): The HTTPS endpoint events are posted to. Example:
                https://hooks.empresa.example.mx/gigstack.
            events (list[WebhookEventType] | None | Unset): Subscribed events; an empty list means every event.
            status (None | Unset | WebhookStatus):
            description (None | str | Unset):  Example: Notificaciones de pagos en producción.
            owner (None | str | Unset): User who created the webhook. Example: 8UWdgXELUhf022vuoq249mtGytG2.
            created_at (int | None | Unset): Creation time in unix *milliseconds*. Example: 1709090576567.
            version (None | Unset | WebhookVersion):
            type_ (None | str | Unset): `gigstack_connect` for a webhook that receives the events of the billing account's
                teams, `null` otherwise. Example: gigstack_connect.
            revision (None | str | Unset): Revision of the configuration (64 hex characters). Example:
                9f2b6c1d4e8a0b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c.
            effect_scope (None | str | Unset): What a change affects, such as `shared_team_webhooks`. Example:
                shared_team_webhooks.
            security (None | Unset | WebhookSecurityState):
            signing (None | Unset | WebhookSigningState):
    """

    id: str
    url: None | str | Unset = UNSET
    events: list[WebhookEventType] | None | Unset = UNSET
    status: None | Unset | WebhookStatus = UNSET
    description: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    version: None | Unset | WebhookVersion = UNSET
    type_: None | str | Unset = UNSET
    revision: None | str | Unset = UNSET
    effect_scope: None | str | Unset = UNSET
    security: None | Unset | WebhookSecurityState = UNSET
    signing: None | Unset | WebhookSigningState = UNSET
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

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, WebhookVersion):
            version = self.version.value
        else:
            version = self.version

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        revision: None | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        effect_scope: None | str | Unset
        if isinstance(self.effect_scope, Unset):
            effect_scope = UNSET
        else:
            effect_scope = self.effect_scope

        security: dict[str, Any] | None | Unset
        if isinstance(self.security, Unset):
            security = UNSET
        elif isinstance(self.security, WebhookSecurityState):
            security = self.security.to_dict()
        else:
            security = self.security

        signing: dict[str, Any] | None | Unset
        if isinstance(self.signing, Unset):
            signing = UNSET
        elif isinstance(self.signing, WebhookSigningState):
            signing = self.signing.to_dict()
        else:
            signing = self.signing

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
        if version is not UNSET:
            field_dict["version"] = version
        if type_ is not UNSET:
            field_dict["type"] = type_
        if revision is not UNSET:
            field_dict["revision"] = revision
        if effect_scope is not UNSET:
            field_dict["effect_scope"] = effect_scope
        if security is not UNSET:
            field_dict["security"] = security
        if signing is not UNSET:
            field_dict["signing"] = signing

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

        version_data = d.pop("version", UNSET)
        version: None | Unset | WebhookVersion
        if not isinstance(version_data, str):
            version = cast(None | Unset | WebhookVersion, version_data)
        else:
            try:
                version_type_0 = WebhookVersion(version_data)

                version = version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                version = cast(None | Unset | WebhookVersion, version_data)

        type_: None | str | Unset = d.pop("type", UNSET)

        revision: None | str | Unset = d.pop("revision", UNSET)

        effect_scope: None | str | Unset = d.pop("effect_scope", UNSET)

        security_data = d.pop("security", UNSET)
        security: None | Unset | WebhookSecurityState
        if not isinstance(security_data, dict):
            security = cast(None | Unset | WebhookSecurityState, security_data)
        else:
            try:
                security_type_0 = WebhookSecurityState.from_dict(security_data)

                security = security_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                security = cast(None | Unset | WebhookSecurityState, security_data)

        signing_data = d.pop("signing", UNSET)
        signing: None | Unset | WebhookSigningState
        if not isinstance(signing_data, dict):
            signing = cast(None | Unset | WebhookSigningState, signing_data)
        else:
            try:
                signing_type_0 = WebhookSigningState.from_dict(signing_data)

                signing = signing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                signing = cast(None | Unset | WebhookSigningState, signing_data)

        webhook = cls(
            id=id,
            url=url,
            events=events,
            status=status,
            description=description,
            owner=owner,
            created_at=created_at,
            version=version,
            type_=type_,
            revision=revision,
            effect_scope=effect_scope,
            security=security,
            signing=signing,
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


from ..models.webhook_security_state import WebhookSecurityState  # noqa: E402
from ..models.webhook_signing_state import WebhookSigningState  # noqa: E402
