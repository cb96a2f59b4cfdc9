from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook import Webhook
    from ..models.webhook_configuration_operation import WebhookConfigurationOperation


T = TypeVar("T", bound="WebhookWriteResponse")


@_attrs_define
class WebhookWriteResponse:
    """The answer to a webhook configuration write, and to reading a write back by its
    `operation_id`: the webhook as it is now (`null` when it no longer exists), the `operation`
    record and, once, the `signing_secret` of a webhook whose signing was enabled or rotated. The
    envelope fields are declared here rather than through `allOf`, so the secret stays out of the
    model's repr().

        Attributes:
            message (str | Unset):  Example: Webhook created successfully.
            success (bool | Unset):
            timestamp (int | str | Unset):
            data (None | Unset | Webhook):
            operation (WebhookConfigurationOperation | Unset): The record of one webhook configuration write, kept under the
                caller's `operation_id`.
                `status` `outcome_unknown` means the server could not confirm the write: read it again later
                rather than repeating it.
            signing_secret (str | Unset): The secret that signs deliveries, returned only by the write that creates it. Left
                out of the model's repr().
    """

    message: str | Unset = UNSET
    success: bool | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    data: None | Unset | Webhook = UNSET
    operation: WebhookConfigurationOperation | Unset = UNSET
    signing_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
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
        elif isinstance(self.data, Webhook):
            data = self.data.to_dict()
        else:
            data = self.data

        operation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.to_dict()

        signing_secret = self.signing_secret

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
        if signing_secret is not UNSET:
            field_dict["signing_secret"] = signing_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        success = d.pop("success", UNSET)

        timestamp: int | str | Unset = d.pop("timestamp", UNSET)

        data_data = d.pop("data", UNSET)
        data: None | Unset | Webhook
        if not isinstance(data_data, dict):
            data = cast(None | Unset | Webhook, data_data)
        else:
            try:
                data_type_0 = Webhook.from_dict(data_data)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data = cast(None | Unset | Webhook, data_data)

        _operation = d.pop("operation", UNSET)
        operation: WebhookConfigurationOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = WebhookConfigurationOperation.from_dict(_operation)

        signing_secret = d.pop("signing_secret", UNSET)

        webhook_write_response = cls(
            message=message,
            success=success,
            timestamp=timestamp,
            data=data,
            operation=operation,
            signing_secret=signing_secret,
        )

        webhook_write_response.additional_properties = d
        return webhook_write_response

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


from ..models.webhook import Webhook  # noqa: E402
from ..models.webhook_configuration_operation import WebhookConfigurationOperation  # noqa: E402
