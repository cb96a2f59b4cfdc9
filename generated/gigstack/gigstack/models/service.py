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


T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """A catalogued product or service: its SAT keys, price and taxes, ready to be reused as an item
    of an invoice, payment or receipt by its `id`. Only `id` is always present; fields may be
    `null` when never set. `unit_price` is a JSON number (a float in Python).

        Attributes:
            id (str): Identifier, prefixed `service_`. Example: service_Jt4kR2mW8pLa.
            description (None | str | Unset): Concept printed on the CFDI. Example: Consultoría fiscal (horas).
            sku (None | str | Unset): Your own product code. Example: CONS-HR.
            product_key (None | str | Unset): SAT c_ClaveProdServ, 8 digits. Example: 80141503.
            unit_key (None | str | Unset): SAT c_ClaveUnidad, e.g. E48 (unidad de servicio). Example: E48.
            unit_name (None | str | Unset):  Example: Servicio.
            unit_price (float | None | Unset): Price of one unit before taxes (unless a tax is inclusive). Example: 1500.
            taxability (None | Taxability | Unset):
            taxes (list[Tax] | None | Unset):
            metadata (Metadata | None | Unset):
            livemode (bool | Unset): False for objects created with a test key.
            team (None | str | Unset): Owning team, prefixed `team_`. Example: team_8HqYv3NcW1.
            owner (None | str | Unset): User who created the service. Example: user_Jd82kLq0Pz.
            from_ (None | str | Unset): Where the service was created (`api`, `manual`, ...). Example: api.
            created_at (int | Unset): Creation time in unix seconds. Example: 1767225600.
    """

    id: str
    description: None | str | Unset = UNSET
    sku: None | str | Unset = UNSET
    product_key: None | str | Unset = UNSET
    unit_key: None | str | Unset = UNSET
    unit_name: None | str | Unset = UNSET
    unit_price: float | None | Unset = UNSET
    taxability: None | Taxability | Unset = UNSET
    taxes: list[Tax] | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    livemode: bool | Unset = UNSET
    team: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        unit_price: float | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

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

        livemode = self.livemode

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if sku is not UNSET:
            field_dict["sku"] = sku
        if product_key is not UNSET:
            field_dict["product_key"] = product_key
        if unit_key is not UNSET:
            field_dict["unit_key"] = unit_key
        if unit_name is not UNSET:
            field_dict["unit_name"] = unit_name
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if taxability is not UNSET:
            field_dict["taxability"] = taxability
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if team is not UNSET:
            field_dict["team"] = team
        if owner is not UNSET:
            field_dict["owner"] = owner
        if from_ is not UNSET:
            field_dict["from"] = from_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        description: None | str | Unset = d.pop("description", UNSET)

        sku: None | str | Unset = d.pop("sku", UNSET)

        product_key: None | str | Unset = d.pop("product_key", UNSET)

        unit_key: None | str | Unset = d.pop("unit_key", UNSET)

        unit_name: None | str | Unset = d.pop("unit_name", UNSET)

        unit_price: float | None | Unset = d.pop("unit_price", UNSET)

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

        livemode = d.pop("livemode", UNSET)

        team: None | str | Unset = d.pop("team", UNSET)

        owner: None | str | Unset = d.pop("owner", UNSET)

        from_: None | str | Unset = d.pop("from", UNSET)

        created_at = d.pop("created_at", UNSET)

        service = cls(
            id=id,
            description=description,
            sku=sku,
            product_key=product_key,
            unit_key=unit_key,
            unit_name=unit_name,
            unit_price=unit_price,
            taxability=taxability,
            taxes=taxes,
            metadata=metadata,
            livemode=livemode,
            team=team,
            owner=owner,
            from_=from_,
            created_at=created_at,
        )

        service.additional_properties = d
        return service

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
