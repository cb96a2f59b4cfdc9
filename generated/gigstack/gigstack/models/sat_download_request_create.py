from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sat_download_direction import SatDownloadDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="SatDownloadRequestCreate")


@_attrs_define
class SatDownloadRequestCreate:
    """A one-off bulk download for a date range of at most one month.

    Attributes:
        date_from (datetime.date): First day (`YYYY-MM-DD`). Example: 2026-01-01.
        date_to (datetime.date): Last day (`YYYY-MM-DD`). Example: 2026-01-31.
        type_ (SatDownloadDirection): Which CFDI to download from the SAT, from the team's point of view. Example:
            received.
        rfc (str | Unset): Only CFDI with this counterpart RFC. Example: XIA190128J61.
    """

    date_from: datetime.date
    date_to: datetime.date
    type_: SatDownloadDirection
    rfc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

        type_ = self.type_.value

        rfc = self.rfc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_from": date_from,
                "date_to": date_to,
                "type": type_,
            }
        )
        if rfc is not UNSET:
            field_dict["rfc"] = rfc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_from = datetime.date.fromisoformat(d.pop("date_from"))

        date_to = datetime.date.fromisoformat(d.pop("date_to"))

        type_ = SatDownloadDirection(d.pop("type"))

        rfc = d.pop("rfc", UNSET)

        sat_download_request_create = cls(
            date_from=date_from,
            date_to=date_to,
            type_=type_,
            rfc=rfc,
        )

        sat_download_request_create.additional_properties = d
        return sat_download_request_create

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
