from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SatDownloadPricing")


@_attrs_define
class SatDownloadPricing:
    """What the bulk download costs, as display strings (Mexican pesos).

    Attributes:
        per_download (None | str | Unset): Price per downloaded XML. Example: $0.20 MXN.
        addon_monthly (None | str | Unset): Monthly add-on price, when the plan needs one.
    """

    per_download: None | str | Unset = UNSET
    addon_monthly: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_download: None | str | Unset
        if isinstance(self.per_download, Unset):
            per_download = UNSET
        else:
            per_download = self.per_download

        addon_monthly: None | str | Unset
        if isinstance(self.addon_monthly, Unset):
            addon_monthly = UNSET
        else:
            addon_monthly = self.addon_monthly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per_download is not UNSET:
            field_dict["perDownload"] = per_download
        if addon_monthly is not UNSET:
            field_dict["addonMonthly"] = addon_monthly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        per_download: None | str | Unset = d.pop("perDownload", UNSET)

        addon_monthly: None | str | Unset = d.pop("addonMonthly", UNSET)

        sat_download_pricing = cls(
            per_download=per_download,
            addon_monthly=addon_monthly,
        )

        sat_download_pricing.additional_properties = d
        return sat_download_pricing

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
