from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SatDownloadXmlImport")


@_attrs_define
class SatDownloadXmlImport:
    """CFDI to download from the SAT by fiscal folio, billed per XML. `confirm_cost_mxn` is the cost
    you accept; if the current estimate differs the import is refused with 409 `cost_mismatch`
    and the estimate, so you can confirm again.

        Attributes:
            uuids (list[str]):
            confirm_cost_mxn (float): The total cost in MXN you accept. Example: 0.4.
    """

    uuids: list[str]
    confirm_cost_mxn: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuids = self.uuids

        confirm_cost_mxn = self.confirm_cost_mxn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuids": uuids,
                "confirm_cost_mxn": confirm_cost_mxn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuids = cast(list[str], d.pop("uuids"))

        confirm_cost_mxn = d.pop("confirm_cost_mxn")

        sat_download_xml_import = cls(
            uuids=uuids,
            confirm_cost_mxn=confirm_cost_mxn,
        )

        sat_download_xml_import.additional_properties = d
        return sat_download_xml_import

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
