from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject
    from ..models.payment_link_tax import PaymentLinkTax


T = TypeVar("T", bound="PaymentLinkItem")


@_attrs_define
class PaymentLinkItem:
    """One item of a payment link. `total` is the item's amount; gigstack also stores computed
    `amounts` and other fields, which are kept as they come.

        Attributes:
            total (float):  Example: 100.
            quantity (float | None | Unset):  Example: 2.
            hours (float | None | Unset):
            discount (float | None | Unset):
            description (None | str | Unset):  Example: Mensualidad de clases.
            name (None | str | Unset):  Example: Mensualidad.
            product_key (None | str | Unset):  Example: 86121500.
            unit_key (None | str | Unset):  Example: E48.
            unit_name (None | str | Unset):  Example: Servicio.
            sku (None | str | Unset):
            id (None | str | Unset): A catalogued service. Example: service_Jt4kR2mW8pLa.
            taxes (list[PaymentLinkTax] | None | Unset):
            amounts (None | OpenObject | Unset): Amounts gigstack computed for the item (subtotal, total, taxes...).
    """

    total: float
    quantity: float | None | Unset = UNSET
    hours: float | None | Unset = UNSET
    discount: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    product_key: None | str | Unset = UNSET
    unit_key: None | str | Unset = UNSET
    unit_name: None | str | Unset = UNSET
    sku: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    taxes: list[PaymentLinkTax] | None | Unset = UNSET
    amounts: None | OpenObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        hours: float | None | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        else:
            hours = self.hours

        discount: float | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        product_key: None | str | Unset
        if isinstance(self.product_key, Unset):
            product_key = UNSET
        else:
            product_key = self.product_key

        unit_key: None | str | Unset
        if isinstance(self.unit_key, Unset):
            unit_key = UNSET
        else:
            unit_key = self.unit_key

        unit_name: None | str | Unset
        if isinstance(self.unit_name, Unset):
            unit_name = UNSET
        else:
            unit_name = self.unit_name

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        taxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        elif isinstance(self.taxes, list):
            taxes = []
            for taxes_type_0_item_data in self.taxes:
                taxes_type_0_item = taxes_type_0_item_data.to_dict()
                taxes.append(taxes_type_0_item)

        else:
            taxes = self.taxes

        amounts: dict[str, Any] | None | Unset
        if isinstance(self.amounts, Unset):
            amounts = UNSET
        elif isinstance(self.amounts, OpenObject):
            amounts = self.amounts.to_dict()
        else:
            amounts = self.amounts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if hours is not UNSET:
            field_dict["hours"] = hours
        if discount is not UNSET:
            field_dict["discount"] = discount
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if product_key is not UNSET:
            field_dict["product_key"] = product_key
        if unit_key is not UNSET:
            field_dict["unit_key"] = unit_key
        if unit_name is not UNSET:
            field_dict["unit_name"] = unit_name
        if sku is not UNSET:
            field_dict["sku"] = sku
        if id is not UNSET:
            field_dict["id"] = id
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if amounts is not UNSET:
            field_dict["amounts"] = amounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        quantity: float | None | Unset = d.pop("quantity", UNSET)

        hours: float | None | Unset = d.pop("hours", UNSET)

        discount: float | None | Unset = d.pop("discount", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        product_key: None | str | Unset = d.pop("product_key", UNSET)

        unit_key: None | str | Unset = d.pop("unit_key", UNSET)

        unit_name: None | str | Unset = d.pop("unit_name", UNSET)

        sku: None | str | Unset = d.pop("sku", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        taxes_data = d.pop("taxes", UNSET)
        taxes: list[PaymentLinkTax] | None | Unset
        if not isinstance(taxes_data, list):
            taxes = cast(list[PaymentLinkTax] | None | Unset, taxes_data)
        else:
            try:
                taxes_type_0 = []
                _taxes_type_0 = taxes_data
                for taxes_type_0_item_data in _taxes_type_0:
                    taxes_type_0_item = PaymentLinkTax.from_dict(taxes_type_0_item_data)

                    taxes_type_0.append(taxes_type_0_item)

                taxes = taxes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                taxes = cast(list[PaymentLinkTax] | None | Unset, taxes_data)

        amounts_data = d.pop("amounts", UNSET)
        amounts: None | OpenObject | Unset
        if not isinstance(amounts_data, dict):
            amounts = cast(None | OpenObject | Unset, amounts_data)
        else:
            try:
                amounts_type_0 = OpenObject.from_dict(amounts_data)

                amounts = amounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                amounts = cast(None | OpenObject | Unset, amounts_data)

        payment_link_item = cls(
            total=total,
            quantity=quantity,
            hours=hours,
            discount=discount,
            description=description,
            name=name,
            product_key=product_key,
            unit_key=unit_key,
            unit_name=unit_name,
            sku=sku,
            id=id,
            taxes=taxes,
            amounts=amounts,
        )

        payment_link_item.additional_properties = d
        return payment_link_item

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
from ..models.payment_link_tax import PaymentLinkTax  # noqa: E402
