from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.open_object import OpenObject
    from ..models.payment_link_item import PaymentLinkItem


T = TypeVar("T", bound="PaymentLink")


@_attrs_define
class PaymentLink:
    """A reusable payment link of one team and mode. `amount` is in cents and `total` in the
    currency's units. The timestamps are unix time; gigstack's clients do not show whether in
    seconds or milliseconds.

        Attributes:
            id (str): Identifier, prefixed `plink`. Example: plink_5Hs8Kq2Wn4.
            team_id (None | str | Unset):  Example: team_3LpXc9VbQ2.
            livemode (bool | None | Unset):
            status (None | str | Unset): `active` or `deleted`. Example: active.
            currency (None | str | Unset):  Example: MXN.
            items (list[PaymentLinkItem] | None | Unset):
            amount (float | None | Unset): Amount in cents. Example: 23200.
            total (float | None | Unset):  Example: 232.
            description (None | str | Unset):
            metadata (Metadata | None | Unset):
            url (None | str | Unset): The public payment page. Example:
                https://pay.gigstack.example/paymentLinks/plink_5Hs8Kq2Wn4.
            short_url (None | str | Unset):
            owner (None | str | Unset):  Example: user_Jd82kLq0Pz.
            views (int | None | Unset):
            created_at (float | None | Unset):
            updated_at (float | None | Unset):
            deleted_at (float | None | Unset):
            revision (None | str | Unset): Pass it back as `expected_revision`. Example:
                2e4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a.
            effect_scope (None | str | Unset):  Example: team_mode_payment_link.
            historical_references (None | OpenObject | Unset): Invoices and receipts made from the link's payments; read
                each with the link's history.
    """

    id: str
    team_id: None | str | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    status: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    items: list[PaymentLinkItem] | None | Unset = UNSET
    amount: float | None | Unset = UNSET
    total: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    url: None | str | Unset = UNSET
    short_url: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    views: int | None | Unset = UNSET
    created_at: float | None | Unset = UNSET
    updated_at: float | None | Unset = UNSET
    deleted_at: float | None | Unset = UNSET
    revision: None | str | Unset = UNSET
    effect_scope: None | str | Unset = UNSET
    historical_references: None | OpenObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

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

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

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

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        short_url: None | str | Unset
        if isinstance(self.short_url, Unset):
            short_url = UNSET
        else:
            short_url = self.short_url

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        views: int | None | Unset
        if isinstance(self.views, Unset):
            views = UNSET
        else:
            views = self.views

        created_at: float | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: float | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        deleted_at: float | None | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        revision: None | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        effect_scope: None | str | Unset
        if isinstance(self.effect_scope, Unset):
            effect_scope = UNSET
        else:
            effect_scope = self.effect_scope

        historical_references: dict[str, Any] | None | Unset
        if isinstance(self.historical_references, Unset):
            historical_references = UNSET
        elif isinstance(self.historical_references, OpenObject):
            historical_references = self.historical_references.to_dict()
        else:
            historical_references = self.historical_references

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if items is not UNSET:
            field_dict["items"] = items
        if amount is not UNSET:
            field_dict["amount"] = amount
        if total is not UNSET:
            field_dict["total"] = total
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if url is not UNSET:
            field_dict["url"] = url
        if short_url is not UNSET:
            field_dict["short_url"] = short_url
        if owner is not UNSET:
            field_dict["owner"] = owner
        if views is not UNSET:
            field_dict["views"] = views
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if revision is not UNSET:
            field_dict["revision"] = revision
        if effect_scope is not UNSET:
            field_dict["effect_scope"] = effect_scope
        if historical_references is not UNSET:
            field_dict["historical_references"] = historical_references

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        team_id: None | str | Unset = d.pop("team_id", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        items_data = d.pop("items", UNSET)
        items: list[PaymentLinkItem] | None | Unset
        if not isinstance(items_data, list):
            items = cast(list[PaymentLinkItem] | None | Unset, items_data)
        else:
            try:
                items_type_0 = []
                _items_type_0 = items_data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = PaymentLinkItem.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                items = items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                items = cast(list[PaymentLinkItem] | None | Unset, items_data)

        amount: float | None | Unset = d.pop("amount", UNSET)

        total: float | None | Unset = d.pop("total", UNSET)

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

        url: None | str | Unset = d.pop("url", UNSET)

        short_url: None | str | Unset = d.pop("short_url", UNSET)

        owner: None | str | Unset = d.pop("owner", UNSET)

        views: int | None | Unset = d.pop("views", UNSET)

        created_at: float | None | Unset = d.pop("created_at", UNSET)

        updated_at: float | None | Unset = d.pop("updated_at", UNSET)

        deleted_at: float | None | Unset = d.pop("deleted_at", UNSET)

        revision: None | str | Unset = d.pop("revision", UNSET)

        effect_scope: None | str | Unset = d.pop("effect_scope", UNSET)

        historical_references_data = d.pop("historical_references", UNSET)
        historical_references: None | OpenObject | Unset
        if not isinstance(historical_references_data, dict):
            historical_references = cast(None | OpenObject | Unset, historical_references_data)
        else:
            try:
                historical_references_type_0 = OpenObject.from_dict(historical_references_data)

                historical_references = historical_references_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                historical_references = cast(None | OpenObject | Unset, historical_references_data)

        payment_link = cls(
            id=id,
            team_id=team_id,
            livemode=livemode,
            status=status,
            currency=currency,
            items=items,
            amount=amount,
            total=total,
            description=description,
            metadata=metadata,
            url=url,
            short_url=short_url,
            owner=owner,
            views=views,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            revision=revision,
            effect_scope=effect_scope,
            historical_references=historical_references,
        )

        payment_link.additional_properties = d
        return payment_link

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
from ..models.open_object import OpenObject  # noqa: E402
from ..models.payment_link_item import PaymentLinkItem  # noqa: E402
