from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.payment_link_automation import PaymentLinkAutomation
    from ..models.payment_link_item import PaymentLinkItem
    from ..models.payment_link_method_type import PaymentLinkMethodType


T = TypeVar("T", bound="PaymentLinkCreate")


@_attrs_define
class PaymentLinkCreate:
    """A reusable payment link for the team and mode of your key. Send a UUID v4 as `operation_id`
    (save it first) and your key's mode as `expected_livemode`; if the answer is lost, read `GET
    /payments/links/operations/{operation_id}` instead of creating again. A link charges nothing
    by itself.

        Attributes:
            operation_id (str):  Example: 4d6f8a0c-2e1b-4c3d-9f5a-7b9d1f3a5c20.
            expected_livemode (bool):
            items (list[PaymentLinkItem]):
            currency (str):  Example: MXN.
            exchange (float | None | Unset): Exchange rate to MXN.
            description (None | str | Unset):
            metadata (Metadata | None | Unset):
            limit_days_to_pay (int | None | Unset):
            automations (list[PaymentLinkAutomation] | Unset):
            custom_method_types (list[PaymentLinkMethodType] | Unset):
    """

    operation_id: str
    expected_livemode: bool
    items: list[PaymentLinkItem]
    currency: str
    exchange: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    limit_days_to_pay: int | None | Unset = UNSET
    automations: list[PaymentLinkAutomation] | Unset = UNSET
    custom_method_types: list[PaymentLinkMethodType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        expected_livemode = self.expected_livemode

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        currency = self.currency

        exchange: float | None | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        limit_days_to_pay: int | None | Unset
        if isinstance(self.limit_days_to_pay, Unset):
            limit_days_to_pay = UNSET
        else:
            limit_days_to_pay = self.limit_days_to_pay

        automations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.automations, Unset):
            automations = []
            for automations_item_data in self.automations:
                automations_item = automations_item_data.to_dict()
                automations.append(automations_item)

        custom_method_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_method_types, Unset):
            custom_method_types = []
            for custom_method_types_item_data in self.custom_method_types:
                custom_method_types_item = custom_method_types_item_data.to_dict()
                custom_method_types.append(custom_method_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
                "expected_livemode": expected_livemode,
                "items": items,
                "currency": currency,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if limit_days_to_pay is not UNSET:
            field_dict["limitDaysToPay"] = limit_days_to_pay
        if automations is not UNSET:
            field_dict["automations"] = automations
        if custom_method_types is not UNSET:
            field_dict["custom_method_types"] = custom_method_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        expected_livemode = d.pop("expected_livemode")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PaymentLinkItem.from_dict(items_item_data)

            items.append(items_item)

        currency = d.pop("currency")

        exchange: float | None | Unset = d.pop("exchange", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

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

        limit_days_to_pay: int | None | Unset = d.pop("limitDaysToPay", UNSET)

        _automations = d.pop("automations", UNSET)
        automations: list[PaymentLinkAutomation] | Unset = UNSET
        if _automations is not UNSET:
            automations = []
            for automations_item_data in _automations:
                automations_item = PaymentLinkAutomation.from_dict(automations_item_data)

                automations.append(automations_item)

        _custom_method_types = d.pop("custom_method_types", UNSET)
        custom_method_types: list[PaymentLinkMethodType] | Unset = UNSET
        if _custom_method_types is not UNSET:
            custom_method_types = []
            for custom_method_types_item_data in _custom_method_types:
                custom_method_types_item = PaymentLinkMethodType.from_dict(custom_method_types_item_data)

                custom_method_types.append(custom_method_types_item)

        payment_link_create = cls(
            operation_id=operation_id,
            expected_livemode=expected_livemode,
            items=items,
            currency=currency,
            exchange=exchange,
            description=description,
            metadata=metadata,
            limit_days_to_pay=limit_days_to_pay,
            automations=automations,
            custom_method_types=custom_method_types,
        )

        payment_link_create.additional_properties = d
        return payment_link_create

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
from ..models.payment_link_automation import PaymentLinkAutomation  # noqa: E402
from ..models.payment_link_item import PaymentLinkItem  # noqa: E402
from ..models.payment_link_method_type import PaymentLinkMethodType  # noqa: E402
