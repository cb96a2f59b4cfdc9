from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SatInvoiceXmlRetry")


@_attrs_define
class SatInvoiceXmlRetry:
    """The outcome of a new XML download attempt.

    Attributes:
        uuid (None | str | Unset):  Example: 3b8e2f6a-1c4d-4f7a-9e2b-5d6c7a8b9f01.
        resource_status (None | str | Unset):  Example: downloaded.
        credit_charged (bool | None | Unset): Whether the download used a Descarga Masiva credit.
    """

    uuid: None | str | Unset = UNSET
    resource_status: None | str | Unset = UNSET
    credit_charged: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        resource_status: None | str | Unset
        if isinstance(self.resource_status, Unset):
            resource_status = UNSET
        else:
            resource_status = self.resource_status

        credit_charged: bool | None | Unset
        if isinstance(self.credit_charged, Unset):
            credit_charged = UNSET
        else:
            credit_charged = self.credit_charged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if resource_status is not UNSET:
            field_dict["resource_status"] = resource_status
        if credit_charged is not UNSET:
            field_dict["credit_charged"] = credit_charged

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid: None | str | Unset = d.pop("uuid", UNSET)

        resource_status: None | str | Unset = d.pop("resource_status", UNSET)

        credit_charged: bool | None | Unset = d.pop("credit_charged", UNSET)

        sat_invoice_xml_retry = cls(
            uuid=uuid,
            resource_status=resource_status,
            credit_charged=credit_charged,
        )

        sat_invoice_xml_retry.additional_properties = d
        return sat_invoice_xml_retry

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
