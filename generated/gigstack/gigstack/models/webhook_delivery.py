from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery:
    """One delivery of an event to a webhook, as logged. The payload and the endpoint's answer are
    not returned, only their shape. `pending` does not mean delivered. `timestamp` and
    `updated_at` are unix milliseconds.

        Attributes:
            id (str):  Example: dlv_7Hs3Mx8Qn2.
            timestamp (float | None | Unset):  Example: 1769904000000.
            updated_at (float | None | Unset):
            webhook_id (None | str | Unset):  Example: wh_dyS2ZVTj.
            event (None | str | Unset):  Example: invoice.created.
            livemode (bool | None | Unset):
            status (None | str | Unset): Such as `pending`, `delivered`, `retrying`, `failed` or `unknown`. Example:
                retrying.
            response_code (int | None | Unset):  Example: 503.
            retry_requested (bool | None | Unset):
            redaction (None | str | Unset):  Example: metadata_and_body_shape.
            resource_id (None | str | Unset):  Example: invoice_Yp4kD8sR2tWu.
            attempts (int | None | Unset):  Example: 2.
            latency_ms (float | None | Unset):  Example: 1.5.
            error_category (None | str | Unset): Such as `http_response`, `endpoint_unavailable` or
                `credentials_unavailable`. Example: http_response.
            payload_shape (None | OpenObject | Unset):
            response_shape (None | OpenObject | Unset):
    """

    id: str
    timestamp: float | None | Unset = UNSET
    updated_at: float | None | Unset = UNSET
    webhook_id: None | str | Unset = UNSET
    event: None | str | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    status: None | str | Unset = UNSET
    response_code: int | None | Unset = UNSET
    retry_requested: bool | None | Unset = UNSET
    redaction: None | str | Unset = UNSET
    resource_id: None | str | Unset = UNSET
    attempts: int | None | Unset = UNSET
    latency_ms: float | None | Unset = UNSET
    error_category: None | str | Unset = UNSET
    payload_shape: None | OpenObject | Unset = UNSET
    response_shape: None | OpenObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp: float | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        updated_at: float | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        webhook_id: None | str | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = self.webhook_id

        event: None | str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        else:
            event = self.event

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        response_code: int | None | Unset
        if isinstance(self.response_code, Unset):
            response_code = UNSET
        else:
            response_code = self.response_code

        retry_requested: bool | None | Unset
        if isinstance(self.retry_requested, Unset):
            retry_requested = UNSET
        else:
            retry_requested = self.retry_requested

        redaction: None | str | Unset
        if isinstance(self.redaction, Unset):
            redaction = UNSET
        else:
            redaction = self.redaction

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        attempts: int | None | Unset
        if isinstance(self.attempts, Unset):
            attempts = UNSET
        else:
            attempts = self.attempts

        latency_ms: float | None | Unset
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        else:
            latency_ms = self.latency_ms

        error_category: None | str | Unset
        if isinstance(self.error_category, Unset):
            error_category = UNSET
        else:
            error_category = self.error_category

        payload_shape: dict[str, Any] | None | Unset
        if isinstance(self.payload_shape, Unset):
            payload_shape = UNSET
        elif isinstance(self.payload_shape, OpenObject):
            payload_shape = self.payload_shape.to_dict()
        else:
            payload_shape = self.payload_shape

        response_shape: dict[str, Any] | None | Unset
        if isinstance(self.response_shape, Unset):
            response_shape = UNSET
        elif isinstance(self.response_shape, OpenObject):
            response_shape = self.response_shape.to_dict()
        else:
            response_shape = self.response_shape

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if event is not UNSET:
            field_dict["event"] = event
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if status is not UNSET:
            field_dict["status"] = status
        if response_code is not UNSET:
            field_dict["response_code"] = response_code
        if retry_requested is not UNSET:
            field_dict["retry_requested"] = retry_requested
        if redaction is not UNSET:
            field_dict["redaction"] = redaction
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if error_category is not UNSET:
            field_dict["error_category"] = error_category
        if payload_shape is not UNSET:
            field_dict["payload_shape"] = payload_shape
        if response_shape is not UNSET:
            field_dict["response_shape"] = response_shape

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        timestamp: float | None | Unset = d.pop("timestamp", UNSET)

        updated_at: float | None | Unset = d.pop("updated_at", UNSET)

        webhook_id: None | str | Unset = d.pop("webhook_id", UNSET)

        event: None | str | Unset = d.pop("event", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        response_code: int | None | Unset = d.pop("response_code", UNSET)

        retry_requested: bool | None | Unset = d.pop("retry_requested", UNSET)

        redaction: None | str | Unset = d.pop("redaction", UNSET)

        resource_id: None | str | Unset = d.pop("resource_id", UNSET)

        attempts: int | None | Unset = d.pop("attempts", UNSET)

        latency_ms: float | None | Unset = d.pop("latency_ms", UNSET)

        error_category: None | str | Unset = d.pop("error_category", UNSET)

        payload_shape_data = d.pop("payload_shape", UNSET)
        payload_shape: None | OpenObject | Unset
        if not isinstance(payload_shape_data, dict):
            payload_shape = cast(None | OpenObject | Unset, payload_shape_data)
        else:
            try:
                payload_shape_type_0 = OpenObject.from_dict(payload_shape_data)

                payload_shape = payload_shape_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                payload_shape = cast(None | OpenObject | Unset, payload_shape_data)

        response_shape_data = d.pop("response_shape", UNSET)
        response_shape: None | OpenObject | Unset
        if not isinstance(response_shape_data, dict):
            response_shape = cast(None | OpenObject | Unset, response_shape_data)
        else:
            try:
                response_shape_type_0 = OpenObject.from_dict(response_shape_data)

                response_shape = response_shape_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                response_shape = cast(None | OpenObject | Unset, response_shape_data)

        webhook_delivery = cls(
            id=id,
            timestamp=timestamp,
            updated_at=updated_at,
            webhook_id=webhook_id,
            event=event,
            livemode=livemode,
            status=status,
            response_code=response_code,
            retry_requested=retry_requested,
            redaction=redaction,
            resource_id=resource_id,
            attempts=attempts,
            latency_ms=latency_ms,
            error_category=error_category,
            payload_shape=payload_shape,
            response_shape=response_shape,
        )

        webhook_delivery.additional_properties = d
        return webhook_delivery

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


from ..models.open_object import OpenObject  # noqa: E402
