from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.taxability import Taxability
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.tax import Tax


T = TypeVar("T", bound="ServiceCreate")


@_attrs_define
class ServiceCreate:
    """Fields of a new service. gigstack's own clients always send `description` and `unit_price`;
    to invoice it you also need `product_key` and `unit_key`. Taxes are given per service as
    `Tax` lines (16 % IVA: `{type: IVA, rate: 0.16, factor: Tasa}`).

        Attributes:
            description (str): Concept printed on the CFDI. Example: Consultoría fiscal (horas).
            unit_price (float): Price of one unit before taxes (unless a tax is inclusive). Example: 1500.
            quantity (float | Unset): Default quantity when the service is added to a document. Example: 1.
            sku (str | Unset): Your own product code. Example: CONS-HR.
            product_key (str | Unset): SAT c_ClaveProdServ, 8 digits. Example: 80141503.
            unit_key (str | Unset): SAT c_ClaveUnidad, e.g. E48 (unidad de servicio). Example: E48.
            unit_name (str | Unset):  Example: Servicio.
            taxability (Taxability | Unset): SAT c_ObjetoImp: whether an item is subject to tax (objeto de impuesto). Items
                with taxes
                use `02`.
                 Example: 02.
            taxes (list[Tax] | Unset):
            metadata (Metadata | Unset): Free-form key/value data of your own, stored with the object and returned as sent.
                Example: {'custom_field': 'value', 'department': 'sales'}.
    """

    description: str
    unit_price: float
    quantity: float | Unset = UNSET
    sku: str | Unset = UNSET
    product_key: str | Unset = UNSET
    unit_key: str | Unset = UNSET
    unit_name: str | Unset = UNSET
    taxability: Taxability | Unset = UNSET
    taxes: list[Tax] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        unit_price = self.unit_price

        quantity = self.quantity

        sku = self.sku

        product_key = self.product_key

        unit_key = self.unit_key

        unit_name = self.unit_name

        taxability: str | Unset = UNSET
        if not isinstance(self.taxability, Unset):
            taxability = self.taxability.value

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "unit_price": unit_price,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if sku is not UNSET:
            field_dict["sku"] = sku
        if product_key is not UNSET:
            field_dict["product_key"] = product_key
        if unit_key is not UNSET:
            field_dict["unit_key"] = unit_key
        if unit_name is not UNSET:
            field_dict["unit_name"] = unit_name
        if taxability is not UNSET:
            field_dict["taxability"] = taxability
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        unit_price = d.pop("unit_price")

        quantity = d.pop("quantity", UNSET)

        sku = d.pop("sku", UNSET)

        product_key = d.pop("product_key", UNSET)

        unit_key = d.pop("unit_key", UNSET)

        unit_name = d.pop("unit_name", UNSET)

        _taxability = d.pop("taxability", UNSET)
        taxability: Taxability | Unset
        if isinstance(_taxability, Unset):
            taxability = UNSET
        else:
            taxability = Taxability(_taxability)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[Tax] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = Tax.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        service_create = cls(
            description=description,
            unit_price=unit_price,
            quantity=quantity,
            sku=sku,
            product_key=product_key,
            unit_key=unit_key,
            unit_name=unit_name,
            taxability=taxability,
            taxes=taxes,
            metadata=metadata,
        )

        service_create.additional_properties = d
        return service_create

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
from ..models.tax import Tax  # noqa: E402
