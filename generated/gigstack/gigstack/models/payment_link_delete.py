from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentLinkDelete")


@_attrs_define
class PaymentLinkDelete:
    """Deletes an active payment link, even a used one; the payments it generated are kept.

    Attributes:
        operation_id (str):  Example: 4d6f8a0c-2e1b-4c3d-9f5a-7b9d1f3a5c20.
        expected_livemode (bool):
        expected_revision (str):  Example: 2e4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a.
    """

    operation_id: str
    expected_livemode: bool
    expected_revision: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        expected_livemode = self.expected_livemode

        expected_revision = self.expected_revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
                "expected_livemode": expected_livemode,
                "expected_revision": expected_revision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        expected_livemode = d.pop("expected_livemode")

        expected_revision = d.pop("expected_revision")

        payment_link_delete = cls(
            operation_id=operation_id,
            expected_livemode=expected_livemode,
            expected_revision=expected_revision,
        )

        payment_link_delete.additional_properties = d
        return payment_link_delete

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
