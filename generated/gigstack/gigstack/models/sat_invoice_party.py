from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SatInvoiceParty")


@_attrs_define
class SatInvoiceParty:
    """The issuer or receiver of a SAT-downloaded invoice.

    Attributes:
        rfc (None | str | Unset):  Example: CACX7605101P8.
        name (None | str | Unset):  Example: XOCHILT CASAS CHAVEZ.
    """

    rfc: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfc: None | str | Unset
        if isinstance(self.rfc, Unset):
            rfc = UNSET
        else:
            rfc = self.rfc

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rfc is not UNSET:
            field_dict["rfc"] = rfc
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rfc: None | str | Unset = d.pop("rfc", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        sat_invoice_party = cls(
            rfc=rfc,
            name=name,
        )

        sat_invoice_party.additional_properties = d
        return sat_invoice_party

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
