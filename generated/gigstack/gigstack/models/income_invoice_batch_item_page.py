from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.income_invoice_batch_item_outcome import IncomeInvoiceBatchItemOutcome


T = TypeVar("T", bound="IncomeInvoiceBatchItemPage")


@_attrs_define
class IncomeInvoiceBatchItemPage:
    """A page of a batch's item outcomes. Unlike most lists it is nested under `data`: pass
    `data.next` back as `next` while `data.has_more` is true.

        Attributes:
            data (list[IncomeInvoiceBatchItemOutcome | None] | Unset):
            next_ (None | str | Unset):  Example: opaque_cursor_4Rt8.
            has_more (bool | Unset):
    """

    data: list[IncomeInvoiceBatchItemOutcome | None] | Unset = UNSET
    next_: None | str | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item: dict[str, Any] | None
                if isinstance(data_item_data, IncomeInvoiceBatchItemOutcome):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data
                data.append(data_item)

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if next_ is not UNSET:
            field_dict["next"] = next_
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[IncomeInvoiceBatchItemOutcome | None] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item_data = data_item_data
                data_item: IncomeInvoiceBatchItemOutcome | None
                if not isinstance(data_item_data, dict):
                    data_item = cast(IncomeInvoiceBatchItemOutcome | None, data_item_data)
                else:
                    try:
                        data_item_type_0 = IncomeInvoiceBatchItemOutcome.from_dict(data_item_data)

                        data_item = data_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        data_item = cast(IncomeInvoiceBatchItemOutcome | None, data_item_data)

                data.append(data_item)

        next_: None | str | Unset = d.pop("next", UNSET)

        has_more = d.pop("has_more", UNSET)

        income_invoice_batch_item_page = cls(
            data=data,
            next_=next_,
            has_more=has_more,
        )

        income_invoice_batch_item_page.additional_properties = d
        return income_invoice_batch_item_page

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


from ..models.income_invoice_batch_item_outcome import IncomeInvoiceBatchItemOutcome  # noqa: E402
