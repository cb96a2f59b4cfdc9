from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.taxability import Taxability
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_search import ItemSearch
    from ..models.metadata import Metadata
    from ..models.tax import Tax
    from ..models.third_party import ThirdParty


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """A line of an invoice, payment, receipt or draft. Reference a catalogued service by `id` (or
    `search`), or describe the item in full: SAT product and unit keys, price, quantity, taxes.
    Amounts are JSON numbers in the document's currency.

        Attributes:
            id (str | Unset): A catalogued service to reuse, prefixed `service_`. Example: service_Jt4kR2mW8pLa.
            search (ItemSearch | Unset): Find the catalogued service for an item by one of its fields, optionally creating
                it.
            description (str | Unset):  Example: Consultoría fiscal (horas).
            quantity (float | Unset):  Example: 10.
            unit_price (float | Unset): Price of one unit before taxes (unless a tax is inclusive). Example: 1500.
            discount (float | Unset): Discount amount for the whole line. Example: 0.
            product_key (str | Unset): SAT c_ClaveProdServ, 8 digits. Example: 80141503.
            unit_key (str | Unset): SAT c_ClaveUnidad, e.g. E48 (unidad de servicio). Example: E48.
            unit_name (str | Unset):  Example: Servicio.
            sku (None | str | Unset):  Example: CONS-HR.
            taxability (Taxability | Unset): SAT c_ObjetoImp: whether an item is subject to tax (objeto de impuesto). Items
                with taxes
                use `02`.
                 Example: 02.
            taxes (list[Tax] | Unset):
            third_party (ThirdParty | Unset): The third party an item is invoiced on behalf of (a cuenta de terceros).
            complement (None | str | Unset): Complement data of the concept, as gigstack stores it (an empty string when
                none).
            customs_request (None | str | Unset): Customs declaration number (pedimento) of imported goods. Example: 21 47
                3807 8003832.
            property_tax_account (None | str | Unset): Property tax account number (cuenta predial) of a rented property.
                Example: 123456789.
            metadata (Metadata | Unset): Free-form key/value data of your own, stored with the object and returned as sent.
                Example: {'custom_field': 'value', 'department': 'sales'}.
    """

    id: str | Unset = UNSET
    search: ItemSearch | Unset = UNSET
    description: str | Unset = UNSET
    quantity: float | Unset = UNSET
    unit_price: float | Unset = UNSET
    discount: float | Unset = UNSET
    product_key: str | Unset = UNSET
    unit_key: str | Unset = UNSET
    unit_name: str | Unset = UNSET
    sku: None | str | Unset = UNSET
    taxability: Taxability | Unset = UNSET
    taxes: list[Tax] | Unset = UNSET
    third_party: ThirdParty | Unset = UNSET
    complement: None | str | Unset = UNSET
    customs_request: None | str | Unset = UNSET
    property_tax_account: None | str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search, Unset):
            search = self.search.to_dict()

        description = self.description

        quantity = self.quantity

        unit_price = self.unit_price

        discount = self.discount

        product_key = self.product_key

        unit_key = self.unit_key

        unit_name = self.unit_name

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        taxability: str | Unset = UNSET
        if not isinstance(self.taxability, Unset):
            taxability = self.taxability.value

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        third_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.third_party, Unset):
            third_party = self.third_party.to_dict()

        complement: None | str | Unset
        if isinstance(self.complement, Unset):
            complement = UNSET
        else:
            complement = self.complement

        customs_request: None | str | Unset
        if isinstance(self.customs_request, Unset):
            customs_request = UNSET
        else:
            customs_request = self.customs_request

        property_tax_account: None | str | Unset
        if isinstance(self.property_tax_account, Unset):
            property_tax_account = UNSET
        else:
            property_tax_account = self.property_tax_account

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if search is not UNSET:
            field_dict["search"] = search
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if discount is not UNSET:
            field_dict["discount"] = discount
        if product_key is not UNSET:
            field_dict["product_key"] = product_key
        if unit_key is not UNSET:
            field_dict["unit_key"] = unit_key
        if unit_name is not UNSET:
            field_dict["unit_name"] = unit_name
        if sku is not UNSET:
            field_dict["sku"] = sku
        if taxability is not UNSET:
            field_dict["taxability"] = taxability
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if third_party is not UNSET:
            field_dict["third_party"] = third_party
        if complement is not UNSET:
            field_dict["complement"] = complement
        if customs_request is not UNSET:
            field_dict["customs_request"] = customs_request
        if property_tax_account is not UNSET:
            field_dict["property_tax_account"] = property_tax_account
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _search = d.pop("search", UNSET)
        search: ItemSearch | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = ItemSearch.from_dict(_search)

        description = d.pop("description", UNSET)

        quantity = d.pop("quantity", UNSET)

        unit_price = d.pop("unit_price", UNSET)

        discount = d.pop("discount", UNSET)

        product_key = d.pop("product_key", UNSET)

        unit_key = d.pop("unit_key", UNSET)

        unit_name = d.pop("unit_name", UNSET)

        sku: None | str | Unset = d.pop("sku", UNSET)

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

        _third_party = d.pop("third_party", UNSET)
        third_party: ThirdParty | Unset
        if isinstance(_third_party, Unset):
            third_party = UNSET
        else:
            third_party = ThirdParty.from_dict(_third_party)

        complement: None | str | Unset = d.pop("complement", UNSET)

        customs_request: None | str | Unset = d.pop("customs_request", UNSET)

        property_tax_account: None | str | Unset = d.pop("property_tax_account", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        item = cls(
            id=id,
            search=search,
            description=description,
            quantity=quantity,
            unit_price=unit_price,
            discount=discount,
            product_key=product_key,
            unit_key=unit_key,
            unit_name=unit_name,
            sku=sku,
            taxability=taxability,
            taxes=taxes,
            third_party=third_party,
            complement=complement,
            customs_request=customs_request,
            property_tax_account=property_tax_account,
            metadata=metadata,
        )

        item.additional_properties = d
        return item

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


from ..models.item_search import ItemSearch  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.tax import Tax  # noqa: E402
from ..models.third_party import ThirdParty  # noqa: E402
