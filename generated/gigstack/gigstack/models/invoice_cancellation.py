from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancellation_motive import CancellationMotive
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceCancellation")


@_attrs_define
class InvoiceCancellation:
    """The cancellation of an invoice, once requested. The SAT may need the receiver's acceptance, so
    `cancellation_status` can stay `pending` for a while. Timestamps are unix seconds, like the
    invoice's `created_at` (gigstack does not document their unit).

        Attributes:
            motive (CancellationMotive | None | Unset):
            substitution_uuid (None | str | Unset): Fiscal folio of the CFDI that replaces this one (motive 01). Example:
                9c1f4b7e-2a3d-4e5f-8a6b-7c8d9e0f1a2b.
            cancellation_status (None | str | Unset): Where the cancellation stands with the SAT (`pending`, `accepted`,
                `rejected`...). Example: pending.
            cancellation_type (None | str | Unset): How it is cancelled (`normal`, or with the receiver's acceptance).
                Example: normal.
            cancellation_receipt (None | str | Unset): The SAT's cancellation acknowledgement (acuse), when issued.
            code (None | str | Unset): The SAT's answer code. Example: 201.
            requested_by (None | str | Unset):  Example: user_Jd82kLq0Pz.
            requested_at (int | None | Unset): Unix seconds. Example: 1769040000.
            cancelled_at (int | None | Unset): Unix seconds. Example: 1769040060.
            last_checked (int | None | Unset): Last check with the SAT, unix seconds. Example: 1769040060.
    """

    motive: CancellationMotive | None | Unset = UNSET
    substitution_uuid: None | str | Unset = UNSET
    cancellation_status: None | str | Unset = UNSET
    cancellation_type: None | str | Unset = UNSET
    cancellation_receipt: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    requested_by: None | str | Unset = UNSET
    requested_at: int | None | Unset = UNSET
    cancelled_at: int | None | Unset = UNSET
    last_checked: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        motive: None | str | Unset
        if isinstance(self.motive, Unset):
            motive = UNSET
        elif isinstance(self.motive, CancellationMotive):
            motive = self.motive.value
        else:
            motive = self.motive

        substitution_uuid: None | str | Unset
        if isinstance(self.substitution_uuid, Unset):
            substitution_uuid = UNSET
        else:
            substitution_uuid = self.substitution_uuid

        cancellation_status: None | str | Unset
        if isinstance(self.cancellation_status, Unset):
            cancellation_status = UNSET
        else:
            cancellation_status = self.cancellation_status

        cancellation_type: None | str | Unset
        if isinstance(self.cancellation_type, Unset):
            cancellation_type = UNSET
        else:
            cancellation_type = self.cancellation_type

        cancellation_receipt: None | str | Unset
        if isinstance(self.cancellation_receipt, Unset):
            cancellation_receipt = UNSET
        else:
            cancellation_receipt = self.cancellation_receipt

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        requested_by: None | str | Unset
        if isinstance(self.requested_by, Unset):
            requested_by = UNSET
        else:
            requested_by = self.requested_by

        requested_at: int | None | Unset
        if isinstance(self.requested_at, Unset):
            requested_at = UNSET
        else:
            requested_at = self.requested_at

        cancelled_at: int | None | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        else:
            cancelled_at = self.cancelled_at

        last_checked: int | None | Unset
        if isinstance(self.last_checked, Unset):
            last_checked = UNSET
        else:
            last_checked = self.last_checked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if motive is not UNSET:
            field_dict["motive"] = motive
        if substitution_uuid is not UNSET:
            field_dict["substitution_uuid"] = substitution_uuid
        if cancellation_status is not UNSET:
            field_dict["cancellation_status"] = cancellation_status
        if cancellation_type is not UNSET:
            field_dict["cancellation_type"] = cancellation_type
        if cancellation_receipt is not UNSET:
            field_dict["cancellation_receipt"] = cancellation_receipt
        if code is not UNSET:
            field_dict["code"] = code
        if requested_by is not UNSET:
            field_dict["requested_by"] = requested_by
        if requested_at is not UNSET:
            field_dict["requested_at"] = requested_at
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if last_checked is not UNSET:
            field_dict["last_checked"] = last_checked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        motive_data = d.pop("motive", UNSET)
        motive: CancellationMotive | None | Unset
        if not isinstance(motive_data, str):
            motive = cast(CancellationMotive | None | Unset, motive_data)
        else:
            try:
                motive_type_0 = CancellationMotive(motive_data)

                motive = motive_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                motive = cast(CancellationMotive | None | Unset, motive_data)

        substitution_uuid: None | str | Unset = d.pop("substitution_uuid", UNSET)

        cancellation_status: None | str | Unset = d.pop("cancellation_status", UNSET)

        cancellation_type: None | str | Unset = d.pop("cancellation_type", UNSET)

        cancellation_receipt: None | str | Unset = d.pop("cancellation_receipt", UNSET)

        code: None | str | Unset = d.pop("code", UNSET)

        requested_by: None | str | Unset = d.pop("requested_by", UNSET)

        requested_at: int | None | Unset = d.pop("requested_at", UNSET)

        cancelled_at: int | None | Unset = d.pop("cancelled_at", UNSET)

        last_checked: int | None | Unset = d.pop("last_checked", UNSET)

        invoice_cancellation = cls(
            motive=motive,
            substitution_uuid=substitution_uuid,
            cancellation_status=cancellation_status,
            cancellation_type=cancellation_type,
            cancellation_receipt=cancellation_receipt,
            code=code,
            requested_by=requested_by,
            requested_at=requested_at,
            cancelled_at=cancelled_at,
            last_checked=last_checked,
        )

        invoice_cancellation.additional_properties = d
        return invoice_cancellation

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
