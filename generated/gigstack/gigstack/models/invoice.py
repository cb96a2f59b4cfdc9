from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cfdi_use import CfdiUse
from ..models.exports import Exports
from ..models.invoice_automation_type import InvoiceAutomationType
from ..models.invoice_status import InvoiceStatus
from ..models.invoice_type import InvoiceType
from ..models.payment_form import PaymentForm
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client import Client
    from ..models.global_information import GlobalInformation
    from ..models.invoice_cancellation import InvoiceCancellation
    from ..models.invoice_complement import InvoiceComplement
    from ..models.invoice_file_links import InvoiceFileLinks
    from ..models.invoice_issuer import InvoiceIssuer
    from ..models.invoice_stamp import InvoiceStamp
    from ..models.item import Item
    from ..models.metadata import Metadata
    from ..models.related_documents import RelatedDocuments


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """A stamped CFDI issued by your team: income (`I`), egress (`E`, a credit note) or payment
    complement (`P`). Amounts are JSON numbers in `currency`; `subtotal - discount + taxes -
    withholding_taxes = total`.

    Identifiers: `uuid` is what the invoice paths take. gigstack's docs examples put the
    `invoice_…` id in it, while stored invoices hold the 36-character fiscal folio (UUID) there and
    the `invoice_…` id in `id`; the paths accept either. Use `uuid` when relating or cancelling a
    CFDI with the SAT, which only knows fiscal folios.

    Timestamps: `created_at` and `stamp.stamp_at` are unix seconds; `date` (the CFDI's issue date)
    is unix **milliseconds** in responses, although requests send it in seconds.

        Attributes:
            uuid (str): Fiscal folio (UUID) of the CFDI, or its `invoice_…` id in older responses. Example:
                5fb2822e-396d-4725-8521-cdc4bdd20ccf.
            id (None | str | Unset): gigstack's identifier, prefixed `invoice_`. Example: invoice_Yp4kD8sR2tWu.
            invoice_type (InvoiceType | None | Unset):
            status (InvoiceStatus | None | Unset):
            client (Client | None | Unset):
            issuer_info (InvoiceIssuer | None | Unset):
            series (None | str | Unset):  Example: F.
            folio_number (int | None | Unset):  Example: 1024.
            currency (None | str | Unset):  Example: MXN.
            exchange_rate (float | None | Unset):  Example: 1.
            subtotal (float | None | Unset): Sum of the items before discount and taxes. Example: 15000.
            discount (float | None | Unset):  Example: 0.
            taxes (float | None | Unset): Transferred taxes (an amount, not a list). Example: 2400.
            withholding_taxes (float | None | Unset): Withheld taxes. Example: 0.
            total (float | None | Unset):  Example: 17400.
            use (CfdiUse | None | Unset):
            payment_form (None | PaymentForm | Unset):
            payment_method (None | PaymentMethod | Unset):
            payment_conditions (None | str | Unset):
            exports (Exports | None | Unset):
            automation_type (InvoiceAutomationType | None | Unset):
            payment_complements (int | None | Unset): PPD invoices: number of payment complements issued. Example: 0.
            last_balance (float | None | Unset): PPD invoices: amount still unpaid. Example: 0.
            installments (int | None | Unset): PPD invoices: installments paid so far.
            items (list[Item] | Unset):
            related_documents (list[RelatedDocuments] | None | Unset):
            global_ (GlobalInformation | None | Unset):
            complements (list[InvoiceComplement] | None | Unset):
            addenda (None | str | Unset):
            invoice_pdf_notes (None | str | Unset):
            stamp (InvoiceStamp | None | Unset):
            cancellation (InvoiceCancellation | None | Unset):
            files (InvoiceFileLinks | None | Unset):
            verification_url (None | str | Unset): The SAT's public verification page for this CFDI.
            payments (list[str] | None | Unset): Ids of the payments this invoice documents, prefixed `payment_`.
            receipts (list[str] | None | Unset): Ids of the receipts this invoice stamps, prefixed `receipt_`.
            invoices (list[str] | None | Unset): Ids of related invoices (the invoice a credit note or complement refers
                to).
            emails (list[str] | None | Unset):
            idempotency_key (None | str | Unset):
            metadata (Metadata | None | Unset):
            date (int | None | Unset): CFDI issue date in unix **milliseconds**. Example: 1768435200000.
            created_at (int | None | Unset): Creation time in unix seconds. Example: 1768435200.
            livemode (bool | None | Unset): False for invoices issued with a test key.
            team (None | str | Unset):  Example: team_8HqYv3NcW1.
            owner (None | str | Unset):  Example: user_Jd82kLq0Pz.
            billing_account (None | str | Unset):
            from_ (None | str | Unset): Where the invoice was created (`api`, `manual`, ...). Example: api.
    """

    uuid: str
    id: None | str | Unset = UNSET
    invoice_type: InvoiceType | None | Unset = UNSET
    status: InvoiceStatus | None | Unset = UNSET
    client: Client | None | Unset = UNSET
    issuer_info: InvoiceIssuer | None | Unset = UNSET
    series: None | str | Unset = UNSET
    folio_number: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    exchange_rate: float | None | Unset = UNSET
    subtotal: float | None | Unset = UNSET
    discount: float | None | Unset = UNSET
    taxes: float | None | Unset = UNSET
    withholding_taxes: float | None | Unset = UNSET
    total: float | None | Unset = UNSET
    use: CfdiUse | None | Unset = UNSET
    payment_form: None | PaymentForm | Unset = UNSET
    payment_method: None | PaymentMethod | Unset = UNSET
    payment_conditions: None | str | Unset = UNSET
    exports: Exports | None | Unset = UNSET
    automation_type: InvoiceAutomationType | None | Unset = UNSET
    payment_complements: int | None | Unset = UNSET
    last_balance: float | None | Unset = UNSET
    installments: int | None | Unset = UNSET
    items: list[Item] | Unset = UNSET
    related_documents: list[RelatedDocuments] | None | Unset = UNSET
    global_: GlobalInformation | None | Unset = UNSET
    complements: list[InvoiceComplement] | None | Unset = UNSET
    addenda: None | str | Unset = UNSET
    invoice_pdf_notes: None | str | Unset = UNSET
    stamp: InvoiceStamp | None | Unset = UNSET
    cancellation: InvoiceCancellation | None | Unset = UNSET
    files: InvoiceFileLinks | None | Unset = UNSET
    verification_url: None | str | Unset = UNSET
    payments: list[str] | None | Unset = UNSET
    receipts: list[str] | None | Unset = UNSET
    invoices: list[str] | None | Unset = UNSET
    emails: list[str] | None | Unset = UNSET
    idempotency_key: None | str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    date: int | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    team: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    billing_account: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.client import Client  # noqa: PLC0415
        from ..models.global_information import GlobalInformation  # noqa: PLC0415
        from ..models.invoice_cancellation import InvoiceCancellation  # noqa: PLC0415
        from ..models.invoice_file_links import InvoiceFileLinks  # noqa: PLC0415
        from ..models.invoice_issuer import InvoiceIssuer  # noqa: PLC0415
        from ..models.invoice_stamp import InvoiceStamp  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        uuid = self.uuid

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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
        elif isinstance(self.status, InvoiceStatus):
            status = self.status.value
        else:
            status = self.status

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, Client):
            client = self.client.to_dict()
        else:
            client = self.client

        issuer_info: dict[str, Any] | None | Unset
        if isinstance(self.issuer_info, Unset):
            issuer_info = UNSET
        elif isinstance(self.issuer_info, InvoiceIssuer):
            issuer_info = self.issuer_info.to_dict()
        else:
            issuer_info = self.issuer_info

        series: None | str | Unset
        if isinstance(self.series, Unset):
            series = UNSET
        else:
            series = self.series

        folio_number: int | None | Unset
        if isinstance(self.folio_number, Unset):
            folio_number = UNSET
        else:
            folio_number = self.folio_number

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

        discount: float | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        taxes: float | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        else:
            taxes = self.taxes

        withholding_taxes: float | None | Unset
        if isinstance(self.withholding_taxes, Unset):
            withholding_taxes = UNSET
        else:
            withholding_taxes = self.withholding_taxes

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        use: None | str | Unset
        if isinstance(self.use, Unset):
            use = UNSET
        elif isinstance(self.use, CfdiUse):
            use = self.use.value
        else:
            use = self.use

        payment_form: None | str | Unset
        if isinstance(self.payment_form, Unset):
            payment_form = UNSET
        elif isinstance(self.payment_form, PaymentForm):
            payment_form = self.payment_form.value
        else:
            payment_form = self.payment_form

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.value
        else:
            payment_method = self.payment_method

        payment_conditions: None | str | Unset
        if isinstance(self.payment_conditions, Unset):
            payment_conditions = UNSET
        else:
            payment_conditions = self.payment_conditions

        exports: None | str | Unset
        if isinstance(self.exports, Unset):
            exports = UNSET
        elif isinstance(self.exports, Exports):
            exports = self.exports.value
        else:
            exports = self.exports

        automation_type: None | str | Unset
        if isinstance(self.automation_type, Unset):
            automation_type = UNSET
        elif isinstance(self.automation_type, InvoiceAutomationType):
            automation_type = self.automation_type.value
        else:
            automation_type = self.automation_type

        payment_complements: int | None | Unset
        if isinstance(self.payment_complements, Unset):
            payment_complements = UNSET
        else:
            payment_complements = self.payment_complements

        last_balance: float | None | Unset
        if isinstance(self.last_balance, Unset):
            last_balance = UNSET
        else:
            last_balance = self.last_balance

        installments: int | None | Unset
        if isinstance(self.installments, Unset):
            installments = UNSET
        else:
            installments = self.installments

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        related_documents: list[dict[str, Any]] | None | Unset
        if isinstance(self.related_documents, Unset):
            related_documents = UNSET
        elif isinstance(self.related_documents, list):
            related_documents = []
            for related_documents_type_0_item_data in self.related_documents:
                related_documents_type_0_item = related_documents_type_0_item_data.to_dict()
                related_documents.append(related_documents_type_0_item)

        else:
            related_documents = self.related_documents

        global_: dict[str, Any] | None | Unset
        if isinstance(self.global_, Unset):
            global_ = UNSET
        elif isinstance(self.global_, GlobalInformation):
            global_ = self.global_.to_dict()
        else:
            global_ = self.global_

        complements: list[dict[str, Any]] | None | Unset
        if isinstance(self.complements, Unset):
            complements = UNSET
        elif isinstance(self.complements, list):
            complements = []
            for complements_type_0_item_data in self.complements:
                complements_type_0_item = complements_type_0_item_data.to_dict()
                complements.append(complements_type_0_item)

        else:
            complements = self.complements

        addenda: None | str | Unset
        if isinstance(self.addenda, Unset):
            addenda = UNSET
        else:
            addenda = self.addenda

        invoice_pdf_notes: None | str | Unset
        if isinstance(self.invoice_pdf_notes, Unset):
            invoice_pdf_notes = UNSET
        else:
            invoice_pdf_notes = self.invoice_pdf_notes

        stamp: dict[str, Any] | None | Unset
        if isinstance(self.stamp, Unset):
            stamp = UNSET
        elif isinstance(self.stamp, InvoiceStamp):
            stamp = self.stamp.to_dict()
        else:
            stamp = self.stamp

        cancellation: dict[str, Any] | None | Unset
        if isinstance(self.cancellation, Unset):
            cancellation = UNSET
        elif isinstance(self.cancellation, InvoiceCancellation):
            cancellation = self.cancellation.to_dict()
        else:
            cancellation = self.cancellation

        files: dict[str, Any] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, InvoiceFileLinks):
            files = self.files.to_dict()
        else:
            files = self.files

        verification_url: None | str | Unset
        if isinstance(self.verification_url, Unset):
            verification_url = UNSET
        else:
            verification_url = self.verification_url

        payments: list[str] | None | Unset
        if isinstance(self.payments, Unset):
            payments = UNSET
        elif isinstance(self.payments, list):
            payments = self.payments

        else:
            payments = self.payments

        receipts: list[str] | None | Unset
        if isinstance(self.receipts, Unset):
            receipts = UNSET
        elif isinstance(self.receipts, list):
            receipts = self.receipts

        else:
            receipts = self.receipts

        invoices: list[str] | None | Unset
        if isinstance(self.invoices, Unset):
            invoices = UNSET
        elif isinstance(self.invoices, list):
            invoices = self.invoices

        else:
            invoices = self.invoices

        emails: list[str] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = self.emails

        else:
            emails = self.emails

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        date: int | None | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        billing_account: None | str | Unset
        if isinstance(self.billing_account, Unset):
            billing_account = UNSET
        else:
            billing_account = self.billing_account

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_type is not UNSET:
            field_dict["invoice_type"] = invoice_type
        if status is not UNSET:
            field_dict["status"] = status
        if client is not UNSET:
            field_dict["client"] = client
        if issuer_info is not UNSET:
            field_dict["issuer_info"] = issuer_info
        if series is not UNSET:
            field_dict["series"] = series
        if folio_number is not UNSET:
            field_dict["folio_number"] = folio_number
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if discount is not UNSET:
            field_dict["discount"] = discount
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if withholding_taxes is not UNSET:
            field_dict["withholding_taxes"] = withholding_taxes
        if total is not UNSET:
            field_dict["total"] = total
        if use is not UNSET:
            field_dict["use"] = use
        if payment_form is not UNSET:
            field_dict["payment_form"] = payment_form
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_conditions is not UNSET:
            field_dict["payment_conditions"] = payment_conditions
        if exports is not UNSET:
            field_dict["exports"] = exports
        if automation_type is not UNSET:
            field_dict["automation_type"] = automation_type
        if payment_complements is not UNSET:
            field_dict["payment_complements"] = payment_complements
        if last_balance is not UNSET:
            field_dict["last_balance"] = last_balance
        if installments is not UNSET:
            field_dict["installments"] = installments
        if items is not UNSET:
            field_dict["items"] = items
        if related_documents is not UNSET:
            field_dict["related_documents"] = related_documents
        if global_ is not UNSET:
            field_dict["global"] = global_
        if complements is not UNSET:
            field_dict["complements"] = complements
        if addenda is not UNSET:
            field_dict["addenda"] = addenda
        if invoice_pdf_notes is not UNSET:
            field_dict["invoice_pdf_notes"] = invoice_pdf_notes
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if cancellation is not UNSET:
            field_dict["cancellation"] = cancellation
        if files is not UNSET:
            field_dict["files"] = files
        if verification_url is not UNSET:
            field_dict["verification_url"] = verification_url
        if payments is not UNSET:
            field_dict["payments"] = payments
        if receipts is not UNSET:
            field_dict["receipts"] = receipts
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if emails is not UNSET:
            field_dict["emails"] = emails
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if date is not UNSET:
            field_dict["date"] = date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if team is not UNSET:
            field_dict["team"] = team
        if owner is not UNSET:
            field_dict["owner"] = owner
        if billing_account is not UNSET:
            field_dict["billing_account"] = billing_account
        if from_ is not UNSET:
            field_dict["from"] = from_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client import Client  # noqa: PLC0415
        from ..models.global_information import GlobalInformation  # noqa: PLC0415
        from ..models.invoice_cancellation import InvoiceCancellation  # noqa: PLC0415
        from ..models.invoice_complement import InvoiceComplement  # noqa: PLC0415
        from ..models.invoice_file_links import InvoiceFileLinks  # noqa: PLC0415
        from ..models.invoice_issuer import InvoiceIssuer  # noqa: PLC0415
        from ..models.invoice_stamp import InvoiceStamp  # noqa: PLC0415
        from ..models.item import Item  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.related_documents import RelatedDocuments  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_invoice_type(data: object) -> InvoiceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invoice_type_type_0 = InvoiceType(data)

                return invoice_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceType | None | Unset, data)

        invoice_type = _parse_invoice_type(d.pop("invoice_type", UNSET))

        def _parse_status(data: object) -> InvoiceStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = InvoiceStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_client(data: object) -> Client | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = Client.from_dict(data)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Client | None | Unset, data)

        client = _parse_client(d.pop("client", UNSET))

        def _parse_issuer_info(data: object) -> InvoiceIssuer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                issuer_info_type_0 = InvoiceIssuer.from_dict(data)

                return issuer_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceIssuer | None | Unset, data)

        issuer_info = _parse_issuer_info(d.pop("issuer_info", UNSET))

        def _parse_series(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        series = _parse_series(d.pop("series", UNSET))

        def _parse_folio_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folio_number = _parse_folio_number(d.pop("folio_number", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        exchange_rate = _parse_exchange_rate(d.pop("exchange_rate", UNSET))

        def _parse_subtotal(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        subtotal = _parse_subtotal(d.pop("subtotal", UNSET))

        def _parse_discount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        def _parse_taxes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        taxes = _parse_taxes(d.pop("taxes", UNSET))

        def _parse_withholding_taxes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        withholding_taxes = _parse_withholding_taxes(d.pop("withholding_taxes", UNSET))

        def _parse_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_use(data: object) -> CfdiUse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                use_type_0 = CfdiUse(data)

                return use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CfdiUse | None | Unset, data)

        use = _parse_use(d.pop("use", UNSET))

        def _parse_payment_form(data: object) -> None | PaymentForm | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_form_type_0 = PaymentForm(data)

                return payment_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentForm | Unset, data)

        payment_form = _parse_payment_form(d.pop("payment_form", UNSET))

        def _parse_payment_method(data: object) -> None | PaymentMethod | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_method_type_0 = PaymentMethod(data)

                return payment_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethod | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        def _parse_payment_conditions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_conditions = _parse_payment_conditions(d.pop("payment_conditions", UNSET))

        def _parse_exports(data: object) -> Exports | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exports_type_0 = Exports(data)

                return exports_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Exports | None | Unset, data)

        exports = _parse_exports(d.pop("exports", UNSET))

        def _parse_automation_type(data: object) -> InvoiceAutomationType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                automation_type_type_0 = InvoiceAutomationType(data)

                return automation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceAutomationType | None | Unset, data)

        automation_type = _parse_automation_type(d.pop("automation_type", UNSET))

        def _parse_payment_complements(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_complements = _parse_payment_complements(d.pop("payment_complements", UNSET))

        def _parse_last_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        last_balance = _parse_last_balance(d.pop("last_balance", UNSET))

        def _parse_installments(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        installments = _parse_installments(d.pop("installments", UNSET))

        _items = d.pop("items", UNSET)
        items: list[Item] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = Item.from_dict(items_item_data)

                items.append(items_item)

        def _parse_related_documents(data: object) -> list[RelatedDocuments] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                related_documents_type_0 = []
                _related_documents_type_0 = data
                for related_documents_type_0_item_data in _related_documents_type_0:
                    related_documents_type_0_item = RelatedDocuments.from_dict(related_documents_type_0_item_data)

                    related_documents_type_0.append(related_documents_type_0_item)

                return related_documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RelatedDocuments] | None | Unset, data)

        related_documents = _parse_related_documents(d.pop("related_documents", UNSET))

        def _parse_global_(data: object) -> GlobalInformation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                global_type_0 = GlobalInformation.from_dict(data)

                return global_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GlobalInformation | None | Unset, data)

        global_ = _parse_global_(d.pop("global", UNSET))

        def _parse_complements(data: object) -> list[InvoiceComplement] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                complements_type_0 = []
                _complements_type_0 = data
                for complements_type_0_item_data in _complements_type_0:
                    complements_type_0_item = InvoiceComplement.from_dict(complements_type_0_item_data)

                    complements_type_0.append(complements_type_0_item)

                return complements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceComplement] | None | Unset, data)

        complements = _parse_complements(d.pop("complements", UNSET))

        def _parse_addenda(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        addenda = _parse_addenda(d.pop("addenda", UNSET))

        def _parse_invoice_pdf_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_pdf_notes = _parse_invoice_pdf_notes(d.pop("invoice_pdf_notes", UNSET))

        def _parse_stamp(data: object) -> InvoiceStamp | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stamp_type_0 = InvoiceStamp.from_dict(data)

                return stamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceStamp | None | Unset, data)

        stamp = _parse_stamp(d.pop("stamp", UNSET))

        def _parse_cancellation(data: object) -> InvoiceCancellation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cancellation_type_0 = InvoiceCancellation.from_dict(data)

                return cancellation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceCancellation | None | Unset, data)

        cancellation = _parse_cancellation(d.pop("cancellation", UNSET))

        def _parse_files(data: object) -> InvoiceFileLinks | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                files_type_0 = InvoiceFileLinks.from_dict(data)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceFileLinks | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

        def _parse_verification_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification_url = _parse_verification_url(d.pop("verification_url", UNSET))

        def _parse_payments(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payments_type_0 = cast(list[str], data)

                return payments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        payments = _parse_payments(d.pop("payments", UNSET))

        def _parse_receipts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                receipts_type_0 = cast(list[str], data)

                return receipts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        receipts = _parse_receipts(d.pop("receipts", UNSET))

        def _parse_invoices(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                invoices_type_0 = cast(list[str], data)

                return invoices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        invoices = _parse_invoices(d.pop("invoices", UNSET))

        def _parse_emails(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                emails_type_0 = cast(list[str], data)

                return emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        emails = _parse_emails(d.pop("emails", UNSET))

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotency_key", UNSET))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_livemode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        livemode = _parse_livemode(d.pop("livemode", UNSET))

        def _parse_team(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_billing_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_account = _parse_billing_account(d.pop("billing_account", UNSET))

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        invoice = cls(
            uuid=uuid,
            id=id,
            invoice_type=invoice_type,
            status=status,
            client=client,
            issuer_info=issuer_info,
            series=series,
            folio_number=folio_number,
            currency=currency,
            exchange_rate=exchange_rate,
            subtotal=subtotal,
            discount=discount,
            taxes=taxes,
            withholding_taxes=withholding_taxes,
            total=total,
            use=use,
            payment_form=payment_form,
            payment_method=payment_method,
            payment_conditions=payment_conditions,
            exports=exports,
            automation_type=automation_type,
            payment_complements=payment_complements,
            last_balance=last_balance,
            installments=installments,
            items=items,
            related_documents=related_documents,
            global_=global_,
            complements=complements,
            addenda=addenda,
            invoice_pdf_notes=invoice_pdf_notes,
            stamp=stamp,
            cancellation=cancellation,
            files=files,
            verification_url=verification_url,
            payments=payments,
            receipts=receipts,
            invoices=invoices,
            emails=emails,
            idempotency_key=idempotency_key,
            metadata=metadata,
            date=date,
            created_at=created_at,
            livemode=livemode,
            team=team,
            owner=owner,
            billing_account=billing_account,
            from_=from_,
        )

        invoice.additional_properties = d
        return invoice

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
