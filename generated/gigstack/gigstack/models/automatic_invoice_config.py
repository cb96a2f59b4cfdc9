from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomaticInvoiceConfig")


@_attrs_define
class AutomaticInvoiceConfig:
    """Series and folio for the invoice gigstack issues automatically for a payment or receipt.

    Attributes:
        serie (str | Unset): Series of the invoice (the API's spelling). Example: F.
        folio (int | str | Unset): Folio number; the docs show it as a string, the n8n node sends a number. Example:
            1024.
    """

    serie: str | Unset = UNSET
    folio: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        serie = self.serie

        folio: int | str | Unset
        if isinstance(self.folio, Unset):
            folio = UNSET
        else:
            folio = self.folio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if serie is not UNSET:
            field_dict["serie"] = serie
        if folio is not UNSET:
            field_dict["folio"] = folio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        serie = d.pop("serie", UNSET)

        folio: int | str | Unset = d.pop("folio", UNSET)

        automatic_invoice_config = cls(
            serie=serie,
            folio=folio,
        )

        automatic_invoice_config.additional_properties = d
        return automatic_invoice_config

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
