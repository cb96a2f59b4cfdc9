from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.receipt_stamp_target import ReceiptStampTarget
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receipt_fiscal_information import ReceiptFiscalInformation


T = TypeVar("T", bound="ReceiptStamp")


@_attrs_define
class ReceiptStamp:
    """How to stamp a receipt as a CFDI invoice. Note that `date` is in unix **milliseconds**, as
    gigstack's n8n node sends it, unlike the seconds used elsewhere.

        Attributes:
            stamp_to (ReceiptStampTarget | Unset): Who the invoice issued from a receipt is addressed to. Example: client.
            fiscal_information (ReceiptFiscalInformation | Unset): Fiscal data to stamp a receipt with, instead of the
                client's stored data.
            date (int | Unset): Invoice date in unix milliseconds; now when omitted. Example: 1770422400000.
    """

    stamp_to: ReceiptStampTarget | Unset = UNSET
    fiscal_information: ReceiptFiscalInformation | Unset = UNSET
    date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stamp_to: str | Unset = UNSET
        if not isinstance(self.stamp_to, Unset):
            stamp_to = self.stamp_to.value

        fiscal_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fiscal_information, Unset):
            fiscal_information = self.fiscal_information.to_dict()

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stamp_to is not UNSET:
            field_dict["stamp_to"] = stamp_to
        if fiscal_information is not UNSET:
            field_dict["fiscal_information"] = fiscal_information
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _stamp_to = d.pop("stamp_to", UNSET)
        stamp_to: ReceiptStampTarget | Unset
        if isinstance(_stamp_to, Unset):
            stamp_to = UNSET
        else:
            stamp_to = ReceiptStampTarget(_stamp_to)

        _fiscal_information = d.pop("fiscal_information", UNSET)
        fiscal_information: ReceiptFiscalInformation | Unset
        if isinstance(_fiscal_information, Unset):
            fiscal_information = UNSET
        else:
            fiscal_information = ReceiptFiscalInformation.from_dict(_fiscal_information)

        date = d.pop("date", UNSET)

        receipt_stamp = cls(
            stamp_to=stamp_to,
            fiscal_information=fiscal_information,
            date=date,
        )

        receipt_stamp.additional_properties = d
        return receipt_stamp

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


from ..models.receipt_fiscal_information import ReceiptFiscalInformation  # noqa: E402
