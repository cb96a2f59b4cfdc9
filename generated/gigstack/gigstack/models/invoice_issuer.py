from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_system import TaxSystem
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceIssuer")


@_attrs_define
class InvoiceIssuer:
    """The issuer of an invoice (your team) as it appears on the CFDI.

    Attributes:
        legal_name (None | str | Unset):  Example: INDUSTRIA ILUMINADORA DE ALMACENES.
        tax_id (None | str | Unset):  Example: IIA040805DZ4.
        tax_system (None | TaxSystem | Unset):
        zip_ (None | str | Unset): Place of issue (lugar de expedición). Example: 76000.
    """

    legal_name: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    tax_system: None | TaxSystem | Unset = UNSET
    zip_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        tax_system: None | str | Unset
        if isinstance(self.tax_system, Unset):
            tax_system = UNSET
        elif isinstance(self.tax_system, TaxSystem):
            tax_system = self.tax_system.value
        else:
            tax_system = self.tax_system

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_system is not UNSET:
            field_dict["tax_system"] = tax_system
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        legal_name: None | str | Unset = d.pop("legal_name", UNSET)

        tax_id: None | str | Unset = d.pop("tax_id", UNSET)

        tax_system_data = d.pop("tax_system", UNSET)
        tax_system: None | TaxSystem | Unset
        if not isinstance(tax_system_data, str):
            tax_system = cast(None | TaxSystem | Unset, tax_system_data)
        else:
            try:
                tax_system_type_0 = TaxSystem(tax_system_data)

                tax_system = tax_system_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tax_system = cast(None | TaxSystem | Unset, tax_system_data)

        zip_: None | str | Unset = d.pop("zip", UNSET)

        invoice_issuer = cls(
            legal_name=legal_name,
            tax_id=tax_id,
            tax_system=tax_system,
            zip_=zip_,
        )

        invoice_issuer.additional_properties = d
        return invoice_issuer

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
