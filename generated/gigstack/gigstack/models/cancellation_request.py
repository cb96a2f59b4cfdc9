from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancellation_motive import CancellationMotive
from ..types import UNSET, Unset

T = TypeVar("T", bound="CancellationRequest")


@_attrs_define
class CancellationRequest:
    """Why an invoice is cancelled (sent as the JSON body of `DELETE /invoices/{uuid}`).

    Field name of the substitute: this spec sends `substitution_uuid`, as the invoices guide, the
    n8n node and gigstack's stored cancellations (`cancellation.substitution_uuid`) spell it.
    gigstack-cli sends the same value as `replacement`; if the server ever asks for that name, add
    it as an extra field (`body["replacement"] = uuid`).

        Attributes:
            motive (CancellationMotive): SAT cancellation motive (c_MotivoCancelacion). `01` requires the UUID of the CFDI
                that
                replaces the cancelled one.
                 Example: 02.
            substitution_uuid (str | Unset): Fiscal folio (UUID) of the CFDI that replaces this one, sent as written.
                Required with motive `01`, ignored otherwise. Example: 9c1f4b7e-2a3d-4e5f-8a6b-7c8d9e0f1a2b.
    """

    motive: CancellationMotive
    substitution_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        motive = self.motive.value

        substitution_uuid = self.substitution_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "motive": motive,
            }
        )
        if substitution_uuid is not UNSET:
            field_dict["substitution_uuid"] = substitution_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        motive = CancellationMotive(d.pop("motive"))

        substitution_uuid = d.pop("substitution_uuid", UNSET)

        cancellation_request = cls(
            motive=motive,
            substitution_uuid=substitution_uuid,
        )

        cancellation_request.additional_properties = d
        return cancellation_request

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
