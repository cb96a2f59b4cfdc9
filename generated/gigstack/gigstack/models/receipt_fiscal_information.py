from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_system import TaxSystem
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceiptFiscalInformation")


@_attrs_define
class ReceiptFiscalInformation:
    """Fiscal data to stamp a receipt with, instead of the client's stored data.

    Attributes:
        legal_name (str | Unset): Razón social exactly as on the Constancia de Situación Fiscal. Example: XOCHILT CASAS
            CHAVEZ.
        tax_id (str | Unset): RFC. Example: CACX7605101P8.
        tax_system (TaxSystem | Unset): SAT c_RegimenFiscal: the tax regime (régimen fiscal) of a taxpayer, as valid for
            CFDI 4.0.
            Only codes in force are listed; retired codes (609, 628, 629, 630) are not offered. The
            generated client keeps any code it does not know (a regime the SAT adds later) as a raw value
            instead of failing.
             Example: 601.
        zip_ (str | Unset): Fiscal postal code. Example: 68000.
    """

    legal_name: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_system: TaxSystem | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        legal_name = self.legal_name

        tax_id = self.tax_id

        tax_system: str | Unset = UNSET
        if not isinstance(self.tax_system, Unset):
            tax_system = self.tax_system.value

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
        legal_name = d.pop("legal_name", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        _tax_system = d.pop("tax_system", UNSET)
        tax_system: TaxSystem | Unset
        if isinstance(_tax_system, Unset):
            tax_system = UNSET
        else:
            tax_system = TaxSystem(_tax_system)

        zip_ = d.pop("zip", UNSET)

        receipt_fiscal_information = cls(
            legal_name=legal_name,
            tax_id=tax_id,
            tax_system=tax_system,
            zip_=zip_,
        )

        receipt_fiscal_information.additional_properties = d
        return receipt_fiscal_information

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
