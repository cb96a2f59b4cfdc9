from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.taxability import Taxability
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.tax import Tax


T = TypeVar("T", bound="ServiceUpdate")


@_attrs_define
class ServiceUpdate:
    """A partial update: only the fields present are changed; a field sent as `null` is cleared.
    Sending `taxes` replaces the whole list.

        Attributes:
            description (None | str | Unset):  Example: Consultoría fiscal (horas).
            unit_price (float | None | Unset):  Example: 1650.
            sku (None | str | Unset):  Example: CONS-HR.
            product_key (None | str | Unset): SAT c_ClaveProdServ, 8 digits. Example: 80141503.
            unit_key (None | str | Unset): SAT c_ClaveUnidad. Example: E48.
            unit_name (None | str | Unset):  Example: Servicio.
            taxability (None | Taxability | Unset):
            taxes (list[Tax] | None | Unset):
            metadata (Metadata | None | Unset):
    """

    description: None | str | Unset = UNSET
    unit_price: float | None | Unset = UNSET
    sku: None | str | Unset = UNSET
    product_key: None | str | Unset = UNSET
    unit_key: None | str | Unset = UNSET
    unit_name: None | str | Unset = UNSET
    taxability: None | Taxability | Unset = UNSET
    taxes: list[Tax] | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        unit_price: float | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

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

        taxability: None | str | Unset
        if isinstance(self.taxability, Unset):
            taxability = UNSET
        elif isinstance(self.taxability, Taxability):
            taxability = self.taxability.value
        else:
            taxability = self.taxability

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
        if description is not UNSET:
            field_dict["description"] = description
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
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
        description: None | str | Unset = d.pop("description", UNSET)

        unit_price: float | None | Unset = d.pop("unit_price", UNSET)

        sku: None | str | Unset = d.pop("sku", UNSET)

        product_key: None | str | Unset = d.pop("product_key", UNSET)

        unit_key: None | str | Unset = d.pop("unit_key", UNSET)

        unit_name: None | str | Unset = d.pop("unit_name", UNSET)

        taxability_data = d.pop("taxability", UNSET)
        taxability: None | Taxability | Unset
        if not isinstance(taxability_data, str):
            taxability = cast(None | Taxability | Unset, taxability_data)
        else:
            try:
                taxability_type_0 = Taxability(taxability_data)

                taxability = taxability_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                taxability = cast(None | Taxability | Unset, taxability_data)

        taxes_data = d.pop("taxes", UNSET)
        taxes: list[Tax] | None | Unset
        if not isinstance(taxes_data, list):
            taxes = cast(list[Tax] | None | Unset, taxes_data)
        else:
            try:
                taxes_type_0 = []
                _taxes_type_0 = taxes_data
                for taxes_type_0_item_data in _taxes_type_0:
                    taxes_type_0_item = Tax.from_dict(taxes_type_0_item_data)

                    taxes_type_0.append(taxes_type_0_item)

                taxes = taxes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                taxes = cast(list[Tax] | None | Unset, taxes_data)

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

        service_update = cls(
            description=description,
            unit_price=unit_price,
            sku=sku,
            product_key=product_key,
            unit_key=unit_key,
            unit_name=unit_name,
            taxability=taxability,
            taxes=taxes,
            metadata=metadata,
        )

        service_update.additional_properties = d
        return service_update

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
