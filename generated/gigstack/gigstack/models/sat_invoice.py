from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_type import InvoiceType
from ..models.sat_invoice_direction import SatInvoiceDirection
from ..models.sat_invoice_status import SatInvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sat_invoice_party import SatInvoiceParty


T = TypeVar("T", bound="SatInvoice")


@_attrs_define
class SatInvoice:
    """An invoice downloaded from the SAT (Descarga Masiva) for your team's RFC, issued or received.
    Its dates are the CFDI's own ISO 8601 local date-times (Mexico City), as the SAT records them.

        Attributes:
            uuid (str): Fiscal folio (UUID). Example: 3b8e2f6a-1c4d-4f7a-9e2b-5d6c7a8b9f01.
            direction (None | SatInvoiceDirection | Unset):
            invoice_type (InvoiceType | None | Unset):
            status (None | SatInvoiceStatus | Unset):
            resource_status (None | str | Unset): Whether gigstack holds the XML (`downloaded`, `pending`, `error`...).
                Example: downloaded.
            has_xml (bool | None | Unset):
            issuer (None | SatInvoiceParty | Unset):
            receiver (None | SatInvoiceParty | Unset):
            currency (None | str | Unset):  Example: MXN.
            exchange_rate (float | None | Unset):  Example: 1.
            subtotal (float | None | Unset):  Example: 8000.
            total (float | None | Unset):  Example: 9280.
            series (None | str | Unset):  Example: A.
            folio (None | str | Unset):  Example: 311.
            version (None | str | Unset): CFDI version. Example: 4.0.
            certificate_number (None | str | Unset):  Example: 30001000000500003416.
            pac_rfc (None | str | Unset): RFC of the certification provider that stamped it. Example: SPR190613I52.
            issue_date (None | str | Unset): CFDI issue date (ISO 8601 local). Example: 2026-01-12T09:15:00.
            stamp_date (None | str | Unset): Stamping date (ISO 8601 local). Example: 2026-01-12T09:15:42.
            cancellation_date (None | str | Unset): Cancellation date (ISO 8601 local) when `Cancelado`.
    """

    uuid: str
    direction: None | SatInvoiceDirection | Unset = UNSET
    invoice_type: InvoiceType | None | Unset = UNSET
    status: None | SatInvoiceStatus | Unset = UNSET
    resource_status: None | str | Unset = UNSET
    has_xml: bool | None | Unset = UNSET
    issuer: None | SatInvoiceParty | Unset = UNSET
    receiver: None | SatInvoiceParty | Unset = UNSET
    currency: None | str | Unset = UNSET
    exchange_rate: float | None | Unset = UNSET
    subtotal: float | None | Unset = UNSET
    total: float | None | Unset = UNSET
    series: None | str | Unset = UNSET
    folio: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    certificate_number: None | str | Unset = UNSET
    pac_rfc: None | str | Unset = UNSET
    issue_date: None | str | Unset = UNSET
    stamp_date: None | str | Unset = UNSET
    cancellation_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, SatInvoiceDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        invoice_type: None | str | Unset
        if isinstance(self.invoice_type, Unset):
            invoice_type = UNSET
        elif isinstance(self.invoice_type, InvoiceType):
            invoice_type = self.invoice_type.value
        else:
            invoice_type = self.invoice_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SatInvoiceStatus):
            status = self.status.value
        else:
            status = self.status

        resource_status: None | str | Unset
        if isinstance(self.resource_status, Unset):
            resource_status = UNSET
        else:
            resource_status = self.resource_status

        has_xml: bool | None | Unset
        if isinstance(self.has_xml, Unset):
            has_xml = UNSET
        else:
            has_xml = self.has_xml

        issuer: dict[str, Any] | None | Unset
        if isinstance(self.issuer, Unset):
            issuer = UNSET
        elif isinstance(self.issuer, SatInvoiceParty):
            issuer = self.issuer.to_dict()
        else:
            issuer = self.issuer

        receiver: dict[str, Any] | None | Unset
        if isinstance(self.receiver, Unset):
            receiver = UNSET
        elif isinstance(self.receiver, SatInvoiceParty):
            receiver = self.receiver.to_dict()
        else:
            receiver = self.receiver

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        exchange_rate: float | None | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        subtotal: float | None | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        series: None | str | Unset
        if isinstance(self.series, Unset):
            series = UNSET
        else:
            series = self.series

        folio: None | str | Unset
        if isinstance(self.folio, Unset):
            folio = UNSET
        else:
            folio = self.folio

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        certificate_number: None | str | Unset
        if isinstance(self.certificate_number, Unset):
            certificate_number = UNSET
        else:
            certificate_number = self.certificate_number

        pac_rfc: None | str | Unset
        if isinstance(self.pac_rfc, Unset):
            pac_rfc = UNSET
        else:
            pac_rfc = self.pac_rfc

        issue_date: None | str | Unset
        if isinstance(self.issue_date, Unset):
            issue_date = UNSET
        else:
            issue_date = self.issue_date

        stamp_date: None | str | Unset
        if isinstance(self.stamp_date, Unset):
            stamp_date = UNSET
        else:
            stamp_date = self.stamp_date

        cancellation_date: None | str | Unset
        if isinstance(self.cancellation_date, Unset):
            cancellation_date = UNSET
        else:
            cancellation_date = self.cancellation_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if invoice_type is not UNSET:
            field_dict["invoice_type"] = invoice_type
        if status is not UNSET:
            field_dict["status"] = status
        if resource_status is not UNSET:
            field_dict["resource_status"] = resource_status
        if has_xml is not UNSET:
            field_dict["has_xml"] = has_xml
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if total is not UNSET:
            field_dict["total"] = total
        if series is not UNSET:
            field_dict["series"] = series
        if folio is not UNSET:
            field_dict["folio"] = folio
        if version is not UNSET:
            field_dict["version"] = version
        if certificate_number is not UNSET:
            field_dict["certificate_number"] = certificate_number
        if pac_rfc is not UNSET:
            field_dict["pac_rfc"] = pac_rfc
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if stamp_date is not UNSET:
            field_dict["stamp_date"] = stamp_date
        if cancellation_date is not UNSET:
            field_dict["cancellation_date"] = cancellation_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        direction_data = d.pop("direction", UNSET)
        direction: None | SatInvoiceDirection | Unset
        if not isinstance(direction_data, str):
            direction = cast(None | SatInvoiceDirection | Unset, direction_data)
        else:
            try:
                direction_type_0 = SatInvoiceDirection(direction_data)

                direction = direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                direction = cast(None | SatInvoiceDirection | Unset, direction_data)

        invoice_type_data = d.pop("invoice_type", UNSET)
        invoice_type: InvoiceType | None | Unset
        if not isinstance(invoice_type_data, str):
            invoice_type = cast(InvoiceType | None | Unset, invoice_type_data)
        else:
            try:
                invoice_type_type_0 = InvoiceType(invoice_type_data)

                invoice_type = invoice_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                invoice_type = cast(InvoiceType | None | Unset, invoice_type_data)

        status_data = d.pop("status", UNSET)
        status: None | SatInvoiceStatus | Unset
        if not isinstance(status_data, str):
            status = cast(None | SatInvoiceStatus | Unset, status_data)
        else:
            try:
                status_type_0 = SatInvoiceStatus(status_data)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                status = cast(None | SatInvoiceStatus | Unset, status_data)

        resource_status: None | str | Unset = d.pop("resource_status", UNSET)

        has_xml: bool | None | Unset = d.pop("has_xml", UNSET)

        issuer_data = d.pop("issuer", UNSET)
        issuer: None | SatInvoiceParty | Unset
        if not isinstance(issuer_data, dict):
            issuer = cast(None | SatInvoiceParty | Unset, issuer_data)
        else:
            try:
                issuer_type_0 = SatInvoiceParty.from_dict(issuer_data)

                issuer = issuer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                issuer = cast(None | SatInvoiceParty | Unset, issuer_data)

        receiver_data = d.pop("receiver", UNSET)
        receiver: None | SatInvoiceParty | Unset
        if not isinstance(receiver_data, dict):
            receiver = cast(None | SatInvoiceParty | Unset, receiver_data)
        else:
            try:
                receiver_type_0 = SatInvoiceParty.from_dict(receiver_data)

                receiver = receiver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                receiver = cast(None | SatInvoiceParty | Unset, receiver_data)

        currency: None | str | Unset = d.pop("currency", UNSET)

        exchange_rate: float | None | Unset = d.pop("exchange_rate", UNSET)

        subtotal: float | None | Unset = d.pop("subtotal", UNSET)

        total: float | None | Unset = d.pop("total", UNSET)

        series: None | str | Unset = d.pop("series", UNSET)

        folio: None | str | Unset = d.pop("folio", UNSET)

        version: None | str | Unset = d.pop("version", UNSET)

        certificate_number: None | str | Unset = d.pop("certificate_number", UNSET)

        pac_rfc: None | str | Unset = d.pop("pac_rfc", UNSET)

        issue_date: None | str | Unset = d.pop("issue_date", UNSET)

        stamp_date: None | str | Unset = d.pop("stamp_date", UNSET)

        cancellation_date: None | str | Unset = d.pop("cancellation_date", UNSET)

        sat_invoice = cls(
            uuid=uuid,
            direction=direction,
            invoice_type=invoice_type,
            status=status,
            resource_status=resource_status,
            has_xml=has_xml,
            issuer=issuer,
            receiver=receiver,
            currency=currency,
            exchange_rate=exchange_rate,
            subtotal=subtotal,
            total=total,
            series=series,
            folio=folio,
            version=version,
            certificate_number=certificate_number,
            pac_rfc=pac_rfc,
            issue_date=issue_date,
            stamp_date=stamp_date,
            cancellation_date=cancellation_date,
        )

        sat_invoice.additional_properties = d
        return sat_invoice

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


from ..models.sat_invoice_party import SatInvoiceParty  # noqa: E402
