from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sat_download_direction import SatDownloadDirection
from ..models.sat_download_request_status import SatDownloadRequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SatDownloadRequest")


@_attrs_define
class SatDownloadRequest:
    """One bulk download request to the SAT and its progress. Field names are camelCase and dates
    are `YYYY-MM-DD`, as the API sends them; `createdAt`/`completedAt` are unix milliseconds.

        Attributes:
            id (str):  Example: dl_8Kq2mX7vNc.
            rfc_type (None | SatDownloadDirection | Unset):
            start_date (datetime.date | None | Unset):  Example: 2026-01-01.
            end_date (datetime.date | None | Unset):  Example: 2026-01-31.
            status (None | SatDownloadRequestStatus | Unset):
            invoice_count (int | None | Unset): CFDI the SAT reported for the range. Example: 42.
            processed_count (int | None | Unset): CFDI already imported. Example: 42.
            status_message (None | str | Unset): The SAT's message, notably when it failed.
            source (None | str | Unset): What started it: `manual`, `schedule`, ... Example: manual.
            owner (None | str | Unset):  Example: user_1234567890.
            latest_issue_date (None | str | Unset): Issue date of the newest CFDI found.
            earliest_issue_date (None | str | Unset): Issue date of the oldest CFDI found.
            created_at (int | None | Unset): Unix milliseconds. Example: 1769904000000.
            completed_at (int | None | Unset): Unix milliseconds. Example: 1769904600000.
    """

    id: str
    rfc_type: None | SatDownloadDirection | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    status: None | SatDownloadRequestStatus | Unset = UNSET
    invoice_count: int | None | Unset = UNSET
    processed_count: int | None | Unset = UNSET
    status_message: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    latest_issue_date: None | str | Unset = UNSET
    earliest_issue_date: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rfc_type: None | str | Unset
        if isinstance(self.rfc_type, Unset):
            rfc_type = UNSET
        elif isinstance(self.rfc_type, SatDownloadDirection):
            rfc_type = self.rfc_type.value
        else:
            rfc_type = self.rfc_type

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SatDownloadRequestStatus):
            status = self.status.value
        else:
            status = self.status

        invoice_count: int | None | Unset
        if isinstance(self.invoice_count, Unset):
            invoice_count = UNSET
        else:
            invoice_count = self.invoice_count

        processed_count: int | None | Unset
        if isinstance(self.processed_count, Unset):
            processed_count = UNSET
        else:
            processed_count = self.processed_count

        status_message: None | str | Unset
        if isinstance(self.status_message, Unset):
            status_message = UNSET
        else:
            status_message = self.status_message

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        latest_issue_date: None | str | Unset
        if isinstance(self.latest_issue_date, Unset):
            latest_issue_date = UNSET
        else:
            latest_issue_date = self.latest_issue_date

        earliest_issue_date: None | str | Unset
        if isinstance(self.earliest_issue_date, Unset):
            earliest_issue_date = UNSET
        else:
            earliest_issue_date = self.earliest_issue_date

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if rfc_type is not UNSET:
            field_dict["rfcType"] = rfc_type
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if status is not UNSET:
            field_dict["status"] = status
        if invoice_count is not UNSET:
            field_dict["invoiceCount"] = invoice_count
        if processed_count is not UNSET:
            field_dict["processedCount"] = processed_count
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message
        if source is not UNSET:
            field_dict["source"] = source
        if owner is not UNSET:
            field_dict["owner"] = owner
        if latest_issue_date is not UNSET:
            field_dict["latestIssueDate"] = latest_issue_date
        if earliest_issue_date is not UNSET:
            field_dict["earliestIssueDate"] = earliest_issue_date
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        rfc_type_data = d.pop("rfcType", UNSET)
        rfc_type: None | SatDownloadDirection | Unset
        if not isinstance(rfc_type_data, str):
            rfc_type = cast(None | SatDownloadDirection | Unset, rfc_type_data)
        else:
            try:
                rfc_type_type_0 = SatDownloadDirection(rfc_type_data)

                rfc_type = rfc_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                rfc_type = cast(None | SatDownloadDirection | Unset, rfc_type_data)

        start_date_data = d.pop("startDate", UNSET)
        start_date: datetime.date | None | Unset
        if not isinstance(start_date_data, str):
            start_date = cast(datetime.date | None | Unset, start_date_data)
        else:
            try:
                start_date_type_0 = datetime.date.fromisoformat(start_date_data)

                start_date = start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                start_date = cast(datetime.date | None | Unset, start_date_data)

        end_date_data = d.pop("endDate", UNSET)
        end_date: datetime.date | None | Unset
        if not isinstance(end_date_data, str):
            end_date = cast(datetime.date | None | Unset, end_date_data)
        else:
            try:
                end_date_type_0 = datetime.date.fromisoformat(end_date_data)

                end_date = end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                end_date = cast(datetime.date | None | Unset, end_date_data)

        status_data = d.pop("status", UNSET)
        status: None | SatDownloadRequestStatus | Unset
        if not isinstance(status_data, str):
            status = cast(None | SatDownloadRequestStatus | Unset, status_data)
        else:
            try:
                status_type_0 = SatDownloadRequestStatus(status_data)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                status = cast(None | SatDownloadRequestStatus | Unset, status_data)

        invoice_count: int | None | Unset = d.pop("invoiceCount", UNSET)

        processed_count: int | None | Unset = d.pop("processedCount", UNSET)

        status_message: None | str | Unset = d.pop("statusMessage", UNSET)

        source: None | str | Unset = d.pop("source", UNSET)

        owner: None | str | Unset = d.pop("owner", UNSET)

        latest_issue_date: None | str | Unset = d.pop("latestIssueDate", UNSET)

        earliest_issue_date: None | str | Unset = d.pop("earliestIssueDate", UNSET)

        created_at: int | None | Unset = d.pop("createdAt", UNSET)

        completed_at: int | None | Unset = d.pop("completedAt", UNSET)

        sat_download_request = cls(
            id=id,
            rfc_type=rfc_type,
            start_date=start_date,
            end_date=end_date,
            status=status,
            invoice_count=invoice_count,
            processed_count=processed_count,
            status_message=status_message,
            source=source,
            owner=owner,
            latest_issue_date=latest_issue_date,
            earliest_issue_date=earliest_issue_date,
            created_at=created_at,
            completed_at=completed_at,
        )

        sat_download_request.additional_properties = d
        return sat_download_request

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
