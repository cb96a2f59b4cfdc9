from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.webhook_event_data import WebhookEventData


T = TypeVar("T", bound="WebhookPaymentData")


@_attrs_define
class WebhookPaymentData:
    """The payment an event is about. gigstack has not published payment event payloads; these are
    the payment fields its own clients read, all optional, and anything else is kept as received.

        Attributes:
            id (str | Unset): The payment id. Example: payment_1234567890.
            status (None | str | Unset): Payment status (`succeeded`, `failed`, ...). Example: succeeded.
            total (float | None | Unset):  Example: 1160.
            subtotal (float | None | Unset):  Example: 1000.
            currency (None | str | Unset): ISO 4217 code. Example: MXN.
            payment_form (None | str | Unset): SAT c_FormaPago code. Example: 03.
            client (None | Unset | WebhookEventData):
            livemode (bool | None | Unset):
            created_at (int | None | Unset): Creation time in unix seconds. Example: 1767225600.
            metadata (Metadata | None | Unset):
    """

    id: str | Unset = UNSET
    status: None | str | Unset = UNSET
    total: float | None | Unset = UNSET
    subtotal: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    payment_form: None | str | Unset = UNSET
    client: None | Unset | WebhookEventData = UNSET
    livemode: bool | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        subtotal: float | None | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        payment_form: None | str | Unset
        if isinstance(self.payment_form, Unset):
            payment_form = UNSET
        else:
            payment_form = self.payment_form

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, WebhookEventData):
            client = self.client.to_dict()
        else:
            client = self.client

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if total is not UNSET:
            field_dict["total"] = total
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_form is not UNSET:
            field_dict["payment_form"] = payment_form
        if client is not UNSET:
            field_dict["client"] = client
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        total: float | None | Unset = d.pop("total", UNSET)

        subtotal: float | None | Unset = d.pop("subtotal", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        payment_form: None | str | Unset = d.pop("payment_form", UNSET)

        client_data = d.pop("client", UNSET)
        client: None | Unset | WebhookEventData
        if not isinstance(client_data, dict):
            client = cast(None | Unset | WebhookEventData, client_data)
        else:
            try:
                client_type_0 = WebhookEventData.from_dict(client_data)

                client = client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                client = cast(None | Unset | WebhookEventData, client_data)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        metadata_data = d.pop("metadata", UNSET)
        metadata: Metadata | None | Unset
        if not isinstance(metadata_data, dict):
            metadata = cast(Metadata | None | Unset, metadata_data)
        else:
            try:
                metadata_type_0 = Metadata.from_dict(metadata_data)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                metadata = cast(Metadata | None | Unset, metadata_data)

        webhook_payment_data = cls(
            id=id,
            status=status,
            total=total,
            subtotal=subtotal,
            currency=currency,
            payment_form=payment_form,
            client=client,
            livemode=livemode,
            created_at=created_at,
            metadata=metadata,
        )

        webhook_payment_data.additional_properties = d
        return webhook_payment_data

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


from ..models.metadata import Metadata  # noqa: E402
from ..models.webhook_event_data import WebhookEventData  # noqa: E402
