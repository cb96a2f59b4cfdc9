from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentComplementCreate")


@_attrs_define
class PaymentComplementCreate:
    """A payment complement (CFDI type `P`) to issue: it reports a payment received against one or
    more PPD invoices. gigstack's CLI passes the complete JSON body through unchanged and its
    fields are not published, so no field is declared here; every field sent is kept.

        Example:
            {'client': {'id': 'client_Rk2fP9sLm4Qz'}, 'payment_form': '03', 'date': 1770076800, 'related_documents': []}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_complement_create = cls()

        payment_complement_create.additional_properties = d
        return payment_complement_create

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
