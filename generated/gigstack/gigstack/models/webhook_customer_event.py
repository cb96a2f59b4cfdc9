from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client import Client


T = TypeVar("T", bound="WebhookCustomerEvent")


@_attrs_define
class WebhookCustomerEvent:
    """A `customer.*` delivery; `data` is the client as the Clients endpoints return it.

    Attributes:
        event (WebhookEventType): An event a webhook can subscribe to. Two vocabularies are listed: the older names
            gigstack's
            n8n node offers (`invoice.cancelled`, `payment.refunded`, ...) and the 26 names gigstack's
            CLI validates in its webhook configuration schema (`invoice.canceled` with one L,
            `teams.*`, `service.*`, `sat.invoice.synced`, ...). gigstack adds events over time; a name
            this version does not know is kept as it comes. `customer.*` events are about clients:
            gigstack renamed them from `client.*`.
             Example: invoice.stamped.
        data (Client): A client (customer) of your team: who you invoice and charge. Only `id` is always present;
            list responses return a subset of the fields. Fields may be `null` when never set. A client
            outside Mexico (Colombia) carries its fiscal identity in `document_type`, `dv`,
            `fiscal_responsibilities`, `municipality_code`, `organization_type` and `tribute_code`.
        id (str | Unset): Id of the delivery, when sent. Example: evt_abc123xyz.
        timestamp (int | str | Unset): When the event happened; gigstack's examples show an ISO 8601 string, and unix
            milliseconds are accepted too.
        team (None | str | Unset):  Example: team_1234567890.
        livemode (bool | None | Unset):
    """

    event: WebhookEventType
    data: Client
    id: str | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    team: None | str | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        data = self.data.to_dict()

        id = self.id

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if team is not UNSET:
            field_dict["team"] = team
        if livemode is not UNSET:
            field_dict["livemode"] = livemode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = WebhookEventType(d.pop("event"))

        data = Client.from_dict(d.pop("data"))

        id = d.pop("id", UNSET)

        timestamp: int | str | Unset = d.pop("timestamp", UNSET)

        team: None | str | Unset = d.pop("team", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        webhook_customer_event = cls(
            event=event,
            data=data,
            id=id,
            timestamp=timestamp,
            team=team,
            livemode=livemode,
        )

        webhook_customer_event.additional_properties = d
        return webhook_customer_event

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


from ..models.client import Client  # noqa: E402
