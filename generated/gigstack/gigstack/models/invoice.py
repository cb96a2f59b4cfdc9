from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_type import AutomationType
from ..models.cfdi_use import CfdiUse
from ..models.exports import Exports
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
            automation_type (AutomationType | None | Unset):
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
    automation_type: AutomationType | None | Unset = UNSET
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
        elif isinstance(self.automation_type, AutomationType):
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
        d = dict(src_dict)
        uuid = d.pop("uuid")

        id: None | str | Unset = d.pop("id", UNSET)

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
        status: InvoiceStatus | None | Unset
        if not isinstance(status_data, str):
            status = cast(InvoiceStatus | None | Unset, status_data)
        else:
            try:
                status_type_0 = InvoiceStatus(status_data)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                status = cast(InvoiceStatus | None | Unset, status_data)

        client_data = d.pop("client", UNSET)
        client: Client | None | Unset
        if not isinstance(client_data, dict):
            client = cast(Client | None | Unset, client_data)
        else:
            try:
                client_type_0 = Client.from_dict(client_data)

                client = client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                client = cast(Client | None | Unset, client_data)

        issuer_info_data = d.pop("issuer_info", UNSET)
        issuer_info: InvoiceIssuer | None | Unset
        if not isinstance(issuer_info_data, dict):
            issuer_info = cast(InvoiceIssuer | None | Unset, issuer_info_data)
        else:
            try:
                issuer_info_type_0 = InvoiceIssuer.from_dict(issuer_info_data)

                issuer_info = issuer_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                issuer_info = cast(InvoiceIssuer | None | Unset, issuer_info_data)

        series: None | str | Unset = d.pop("series", UNSET)

        folio_number: int | None | Unset = d.pop("folio_number", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        exchange_rate: float | None | Unset = d.pop("exchange_rate", UNSET)

        subtotal: float | None | Unset = d.pop("subtotal", UNSET)

        discount: float | None | Unset = d.pop("discount", UNSET)

        taxes: float | None | Unset = d.pop("taxes", UNSET)

        withholding_taxes: float | None | Unset = d.pop("withholding_taxes", UNSET)

        total: float | None | Unset = d.pop("total", UNSET)

        use_data = d.pop("use", UNSET)
        use: CfdiUse | None | Unset
        if not isinstance(use_data, str):
            use = cast(CfdiUse | None | Unset, use_data)
        else:
            try:
                use_type_0 = CfdiUse(use_data)

                use = use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                use = cast(CfdiUse | None | Unset, use_data)

        payment_form_data = d.pop("payment_form", UNSET)
        payment_form: None | PaymentForm | Unset
        if not isinstance(payment_form_data, str):
            payment_form = cast(None | PaymentForm | Unset, payment_form_data)
        else:
            try:
                payment_form_type_0 = PaymentForm(payment_form_data)

                payment_form = payment_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                payment_form = cast(None | PaymentForm | Unset, payment_form_data)

        payment_method_data = d.pop("payment_method", UNSET)
        payment_method: None | PaymentMethod | Unset
        if not isinstance(payment_method_data, str):
            payment_method = cast(None | PaymentMethod | Unset, payment_method_data)
        else:
            try:
                payment_method_type_0 = PaymentMethod(payment_method_data)

                payment_method = payment_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                payment_method = cast(None | PaymentMethod | Unset, payment_method_data)

        payment_conditions: None | str | Unset = d.pop("payment_conditions", UNSET)

        exports_data = d.pop("exports", UNSET)
        exports: Exports | None | Unset
        if not isinstance(exports_data, str):
            exports = cast(Exports | None | Unset, exports_data)
        else:
            try:
                exports_type_0 = Exports(exports_data)

                exports = exports_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                exports = cast(Exports | None | Unset, exports_data)

        automation_type_data = d.pop("automation_type", UNSET)
        automation_type: AutomationType | None | Unset
        if not isinstance(automation_type_data, str):
            automation_type = cast(AutomationType | None | Unset, automation_type_data)
        else:
            try:
                automation_type_type_0 = AutomationType(automation_type_data)

                automation_type = automation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                automation_type = cast(AutomationType | None | Unset, automation_type_data)

        payment_complements: int | None | Unset = d.pop("payment_complements", UNSET)

        last_balance: float | None | Unset = d.pop("last_balance", UNSET)

        installments: int | None | Unset = d.pop("installments", UNSET)

        _items = d.pop("items", UNSET)
        items: list[Item] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = Item.from_dict(items_item_data)

                items.append(items_item)

        related_documents_data = d.pop("related_documents", UNSET)
        related_documents: list[RelatedDocuments] | None | Unset
        if not isinstance(related_documents_data, list):
            related_documents = cast(list[RelatedDocuments] | None | Unset, related_documents_data)
        else:
            try:
                related_documents_type_0 = []
                _related_documents_type_0 = related_documents_data
                for related_documents_type_0_item_data in _related_documents_type_0:
                    related_documents_type_0_item = RelatedDocuments.from_dict(related_documents_type_0_item_data)

                    related_documents_type_0.append(related_documents_type_0_item)

                related_documents = related_documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                related_documents = cast(list[RelatedDocuments] | None | Unset, related_documents_data)

        global__data = d.pop("global", UNSET)
        global_: GlobalInformation | None | Unset
        if not isinstance(global__data, dict):
            global_ = cast(GlobalInformation | None | Unset, global__data)
        else:
            try:
                global_type_0 = GlobalInformation.from_dict(global__data)

                global_ = global_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                global_ = cast(GlobalInformation | None | Unset, global__data)

        complements_data = d.pop("complements", UNSET)
        complements: list[InvoiceComplement] | None | Unset
        if not isinstance(complements_data, list):
            complements = cast(list[InvoiceComplement] | None | Unset, complements_data)
        else:
            try:
                complements_type_0 = []
                _complements_type_0 = complements_data
                for complements_type_0_item_data in _complements_type_0:
                    complements_type_0_item = InvoiceComplement.from_dict(complements_type_0_item_data)

                    complements_type_0.append(complements_type_0_item)

                complements = complements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                complements = cast(list[InvoiceComplement] | None | Unset, complements_data)

        addenda: None | str | Unset = d.pop("addenda", UNSET)

        invoice_pdf_notes: None | str | Unset = d.pop("invoice_pdf_notes", UNSET)

        stamp_data = d.pop("stamp", UNSET)
        stamp: InvoiceStamp | None | Unset
        if not isinstance(stamp_data, dict):
            stamp = cast(InvoiceStamp | None | Unset, stamp_data)
        else:
            try:
                stamp_type_0 = InvoiceStamp.from_dict(stamp_data)

                stamp = stamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                stamp = cast(InvoiceStamp | None | Unset, stamp_data)

        cancellation_data = d.pop("cancellation", UNSET)
        cancellation: InvoiceCancellation | None | Unset
        if not isinstance(cancellation_data, dict):
            cancellation = cast(InvoiceCancellation | None | Unset, cancellation_data)
        else:
            try:
                cancellation_type_0 = InvoiceCancellation.from_dict(cancellation_data)

                cancellation = cancellation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                cancellation = cast(InvoiceCancellation | None | Unset, cancellation_data)

        files_data = d.pop("files", UNSET)
        files: InvoiceFileLinks | None | Unset
        if not isinstance(files_data, dict):
            files = cast(InvoiceFileLinks | None | Unset, files_data)
        else:
            try:
                files_type_0 = InvoiceFileLinks.from_dict(files_data)

                files = files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                files = cast(InvoiceFileLinks | None | Unset, files_data)

        verification_url: None | str | Unset = d.pop("verification_url", UNSET)

        payments_data = d.pop("payments", UNSET)
        payments: list[str] | None | Unset
        if not isinstance(payments_data, list):
            payments = cast(list[str] | None | Unset, payments_data)
        else:
            try:
                payments_type_0 = cast(list[str], payments_data)

                payments = payments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                payments = cast(list[str] | None | Unset, payments_data)

        receipts_data = d.pop("receipts", UNSET)
        receipts: list[str] | None | Unset
        if not isinstance(receipts_data, list):
            receipts = cast(list[str] | None | Unset, receipts_data)
        else:
            try:
                receipts_type_0 = cast(list[str], receipts_data)

                receipts = receipts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                receipts = cast(list[str] | None | Unset, receipts_data)

        invoices_data = d.pop("invoices", UNSET)
        invoices: list[str] | None | Unset
        if not isinstance(invoices_data, list):
            invoices = cast(list[str] | None | Unset, invoices_data)
        else:
            try:
                invoices_type_0 = cast(list[str], invoices_data)

                invoices = invoices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                invoices = cast(list[str] | None | Unset, invoices_data)

        emails_data = d.pop("emails", UNSET)
        emails: list[str] | None | Unset
        if not isinstance(emails_data, list):
            emails = cast(list[str] | None | Unset, emails_data)
        else:
            try:
                emails_type_0 = cast(list[str], emails_data)

                emails = emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                emails = cast(list[str] | None | Unset, emails_data)

        idempotency_key: None | str | Unset = d.pop("idempotency_key", UNSET)

        metadata_data = d.pop("metadata", UNSET)
        metadata: Metadata | None | Unset
        if not isinstance(metadata_data, dict):
            metadata = cast(Metadata | None | Unset, metadata_data)
        else:
            try:
                metadata_type_0 = Metadata.from_dict(metadata_data)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                metadata = cast(Metadata | None | Unset, metadata_data)

        date: int | None | Unset = d.pop("date", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        team: None | str | Unset = d.pop("team", UNSET)

        owner: None | str | Unset = d.pop("owner", UNSET)

        billing_account: None | str | Unset = d.pop("billing_account", UNSET)

        from_: None | str | Unset = d.pop("from", UNSET)

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


from ..models.client import Client  # noqa: E402
from ..models.global_information import GlobalInformation  # noqa: E402
from ..models.invoice_cancellation import InvoiceCancellation  # noqa: E402
from ..models.invoice_complement import InvoiceComplement  # noqa: E402
from ..models.invoice_file_links import InvoiceFileLinks  # noqa: E402
from ..models.invoice_issuer import InvoiceIssuer  # noqa: E402
from ..models.invoice_stamp import InvoiceStamp  # noqa: E402
from ..models.item import Item  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.related_documents import RelatedDocuments  # noqa: E402
