from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferInvoiceCreate")


@_attrs_define
class TransferInvoiceCreate:
    """A transfer (traslado, CFDI type `T`) to issue: it backs goods in transit and carries no
    price. gigstack's CLI passes the complete JSON body through unchanged and its fields are not
    published, so no field is declared here; every field sent is kept.

        Example:
            {'client': {'id': 'client_Rk2fP9sLm4Qz'}, 'items': [{'description': 'Equipo de cómputo en préstamo', 'quantity':
                2, 'product_key': '43211503', 'unit_key': 'H87'}]}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_invoice_create = cls()

        transfer_invoice_create.additional_properties = d
        return transfer_invoice_create

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
