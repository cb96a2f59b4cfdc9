from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceStamp")


@_attrs_define
class InvoiceStamp:
    """The stamp (timbre fiscal) the certification provider put on the CFDI.

    Attributes:
        stamp_at (int | None | Unset): Stamping time in unix seconds. Example: 1768435260.
        sello (None | str | Unset): The CFDI's digital seal (shortened in examples). Example: kN3f...Q==.
        provider (None | str | Unset): Certification provider (PAC). Example: Prodigia.
    """

    stamp_at: int | None | Unset = UNSET
    sello: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stamp_at: int | None | Unset
        if isinstance(self.stamp_at, Unset):
            stamp_at = UNSET
        else:
            stamp_at = self.stamp_at

        sello: None | str | Unset
        if isinstance(self.sello, Unset):
            sello = UNSET
        else:
            sello = self.sello

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stamp_at is not UNSET:
            field_dict["stamp_at"] = stamp_at
        if sello is not UNSET:
            field_dict["sello"] = sello
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stamp_at: int | None | Unset = d.pop("stamp_at", UNSET)

        sello: None | str | Unset = d.pop("sello", UNSET)

        provider: None | str | Unset = d.pop("provider", UNSET)

        invoice_stamp = cls(
            stamp_at=stamp_at,
            sello=sello,
            provider=provider,
        )

        invoice_stamp.additional_properties = d
        return invoice_stamp

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
