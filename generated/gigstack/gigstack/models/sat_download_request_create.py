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
    """A one-off bulk download for a date range of at most one month. gigstack's two clients name
    the fields differently and neither set is required here: the CLI sends `start_date`,
    `end_date`, `request_type` (such as `metadata`) and `rfc_type` (issued or received); the n8n
    node sends `date_from`, `date_to`, `type` (issued or received) and an optional `rfc`. Send one
    set.

        Attributes:
            start_date (datetime.date | Unset): First day (`YYYY-MM-DD`); the CLI's name. Example: 2026-01-01.
            end_date (datetime.date | Unset): Last day (`YYYY-MM-DD`); the CLI's name. Example: 2026-01-31.
            request_type (str | Unset): What to ask the SAT for, such as `metadata` (the CLI's field). Example: metadata.
            rfc_type (SatDownloadDirection | Unset): Which CFDI to download from the SAT, from the team's point of view.
                Example: received.
            date_from (datetime.date | Unset): First day (`YYYY-MM-DD`); the n8n node's name. Example: 2026-01-01.
            date_to (datetime.date | Unset): Last day (`YYYY-MM-DD`); the n8n node's name. Example: 2026-01-31.
            type_ (SatDownloadDirection | Unset): Which CFDI to download from the SAT, from the team's point of view.
                Example: received.
            rfc (str | Unset): Only CFDI with this counterpart RFC (the n8n node's filter). Example: XIA190128J61.
    """

    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    request_type: str | Unset = UNSET
    rfc_type: SatDownloadDirection | Unset = UNSET
    date_from: datetime.date | Unset = UNSET
    date_to: datetime.date | Unset = UNSET
    type_: SatDownloadDirection | Unset = UNSET
    rfc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        request_type = self.request_type

        rfc_type: str | Unset = UNSET
        if not isinstance(self.rfc_type, Unset):
            rfc_type = self.rfc_type.value

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = self.date_from.isoformat()

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = self.date_to.isoformat()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        rfc = self.rfc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if request_type is not UNSET:
            field_dict["request_type"] = request_type
        if rfc_type is not UNSET:
            field_dict["rfc_type"] = rfc_type
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rfc is not UNSET:
            field_dict["rfc"] = rfc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        request_type = d.pop("request_type", UNSET)

        _rfc_type = d.pop("rfc_type", UNSET)
        rfc_type: SatDownloadDirection | Unset
        if isinstance(_rfc_type, Unset):
            rfc_type = UNSET
        else:
            rfc_type = SatDownloadDirection(_rfc_type)

        _date_from = d.pop("date_from", UNSET)
        date_from: datetime.date | Unset
        if isinstance(_date_from, Unset):
            date_from = UNSET
        else:
            date_from = datetime.date.fromisoformat(_date_from)

        _date_to = d.pop("date_to", UNSET)
        date_to: datetime.date | Unset
        if isinstance(_date_to, Unset):
            date_to = UNSET
        else:
            date_to = datetime.date.fromisoformat(_date_to)

        _type_ = d.pop("type", UNSET)
        type_: SatDownloadDirection | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SatDownloadDirection(_type_)

        rfc = d.pop("rfc", UNSET)

        sat_download_request_create = cls(
            start_date=start_date,
            end_date=end_date,
            request_type=request_type,
            rfc_type=rfc_type,
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
