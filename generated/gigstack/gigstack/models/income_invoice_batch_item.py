from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_type import AutomationType
from ..models.cfdi_use import CfdiUse
from ..models.exports import Exports
from ..models.payment_form import PaymentForm
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automatic_invoice_config import AutomaticInvoiceConfig
    from ..models.client_reference import ClientReference
    from ..models.global_information import GlobalInformation
    from ..models.invoice_complement import InvoiceComplement
    from ..models.item import Item
    from ..models.metadata import Metadata
    from ..models.related_documents import RelatedDocuments


T = TypeVar("T", bound="IncomeInvoiceBatchItem")


@_attrs_define
class IncomeInvoiceBatchItem:
    """One invoice of a batch: an income invoice to issue, with its own `idempotency_key`, which
    gigstack's CLI keeps stable so a repeated batch does not issue the same invoice twice.

        Attributes:
            idempotency_key (str): This invoice's own key, stable across retries of the batch. Example: nomina-2026-02-0001.
            client (ClientReference | Unset): The client of an invoice, payment or receipt: an existing client by `id`, or
                one found (and,
                with `search.auto_create`, created) from the fields given here.
            currency (str | Unset): ISO 4217 code. Example: MXN.
            exchange_rate (float | Unset): MXN per unit of `currency`; 1 for MXN. Example: 1.
            use (CfdiUse | Unset): SAT c_UsoCFDI: what the receiver will use the CFDI for, as valid for CFDI 4.0. Member
                names
                are the SAT codes themselves. The retired code P01 ("por definir", replaced by S01) is not
                offered, although older gigstack examples still show it; the generated client keeps it, and
                any other code it does not know, as a raw value instead of failing.
                 Example: G03.
            payment_form (PaymentForm | Unset): SAT c_FormaPago: how the payment was made, as valid for CFDI 4.0. Retired
                codes (07, 09, 10,
                11, 16, 98) are not offered. An unknown code is kept as a raw value by the generated client.
                 Example: 03.
            payment_method (PaymentMethod | Unset): SAT c_MetodoPago: PUE (paid in full when issued) or PPD (paid later or
                in installments; the
                payments are then reported with payment complements).
                 Example: PUE.
            items (list[Item] | Unset):
            series (str | Unset): Series (serie) of the CFDI; the team's default when omitted. Example: F.
            folio_number (int | Unset): Folio within the series; the next free one when omitted. Example: 1024.
            automation_type (AutomationType | Unset): What gigstack does fiscally once a payment succeeds (or, on an invoice
                or draft, how the
                invoice relates to its payment). gigstack's pages use two vocabularies for the same three
                choices, and this enum lists both:

                - payments guide (https://docs.gigstack.io/payments-api-guide-1385930m0), the register-payment
                  and create-income-invoice curl examples, gigstack-cli and the n8n node: `pue_invoice`,
                  `ppd_invoice_and_complement`, `none`;
                - invoices guide (https://docs.gigstack.io/invoices-api-guide-1385929m0), the prose of the
                  register-payment page and the draft invoice schema: `payment`, `payment_and_complement`,
                  `none`.

                Send the first vocabulary on payments (it is what gigstack's own clients send); both are
                accepted in responses. The enum is open: any other value (older objects carry
                `stamp_invoice`, the name gigstack-cli used before `pue_invoice`) is kept as sent.
                 Example: pue_invoice.
            exports (Exports | Unset): SAT c_Exportacion: whether the CFDI covers an export. `01` for domestic sales.
                 Example: 01.
            complements (list[InvoiceComplement] | Unset):
            related_documents (list[RelatedDocuments] | Unset): CFDI this one relates to, one entry per relation type.
            global_ (GlobalInformation | Unset): InformacionGlobal of a global invoice (factura global) to the general
                public.
            invoice_pdf_notes (str | Unset): Notes printed on the PDF. Example: Horas de consultoría de enero.
            addenda (str | Unset): Addenda XML appended to the CFDI.
            send_email (bool | Unset): Email the invoice to the client (and `emails`) once stamped.
            emails (list[str] | Unset): Extra recipients of the invoice email.
            metadata (Metadata | Unset): Free-form key/value data of your own, stored with the object and returned as sent.
                Example: {'custom_field': 'value', 'department': 'sales'}.
            client_id (str | Unset): The client's id, instead of `client`. Example: client_Rk2fP9sLm4Qz.
            date (int | Unset): Issue date in unix **seconds** (InvoiceEgressInput); now when omitted. Example: 1768435200.
            return_files_urls (bool | Unset): Include links to the PDF and XML in the response.
            invoice_config (AutomaticInvoiceConfig | Unset): Series and folio for the invoice gigstack issues automatically
                for a payment or receipt.
            ignore_emails (bool | Unset): Do not send the invoice emails (named so in gigstack-cli's tests; the effect is
                inferred from the name).
            ppd_invoice_id (None | str | Unset): A related PPD invoice's id, or `null` (gigstack-cli's tests send `null`;
                the meaning is inferred from the name).
    """

    idempotency_key: str
    client: ClientReference | Unset = UNSET
    currency: str | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    use: CfdiUse | Unset = UNSET
    payment_form: PaymentForm | Unset = UNSET
    payment_method: PaymentMethod | Unset = UNSET
    items: list[Item] | Unset = UNSET
    series: str | Unset = UNSET
    folio_number: int | Unset = UNSET
    automation_type: AutomationType | Unset = UNSET
    exports: Exports | Unset = UNSET
    complements: list[InvoiceComplement] | Unset = UNSET
    related_documents: list[RelatedDocuments] | Unset = UNSET
    global_: GlobalInformation | Unset = UNSET
    invoice_pdf_notes: str | Unset = UNSET
    addenda: str | Unset = UNSET
    send_email: bool | Unset = UNSET
    emails: list[str] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    client_id: str | Unset = UNSET
    date: int | Unset = UNSET
    return_files_urls: bool | Unset = UNSET
    invoice_config: AutomaticInvoiceConfig | Unset = UNSET
    ignore_emails: bool | Unset = UNSET
    ppd_invoice_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idempotency_key = self.idempotency_key

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        currency = self.currency

        exchange_rate = self.exchange_rate

        use: str | Unset = UNSET
        if not isinstance(self.use, Unset):
            use = self.use.value

        payment_form: str | Unset = UNSET
        if not isinstance(self.payment_form, Unset):
            payment_form = self.payment_form.value

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        series = self.series

        folio_number = self.folio_number

        automation_type: str | Unset = UNSET
        if not isinstance(self.automation_type, Unset):
            automation_type = self.automation_type.value

        exports: str | Unset = UNSET
        if not isinstance(self.exports, Unset):
            exports = self.exports.value

        complements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.complements, Unset):
            complements = []
            for complements_item_data in self.complements:
                complements_item = complements_item_data.to_dict()
                complements.append(complements_item)

        related_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_documents, Unset):
            related_documents = []
            for related_documents_item_data in self.related_documents:
                related_documents_item = related_documents_item_data.to_dict()
                related_documents.append(related_documents_item)

        global_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_, Unset):
            global_ = self.global_.to_dict()

        invoice_pdf_notes = self.invoice_pdf_notes

        addenda = self.addenda

        send_email = self.send_email

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        client_id = self.client_id

        date = self.date

        return_files_urls = self.return_files_urls

        invoice_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_config, Unset):
            invoice_config = self.invoice_config.to_dict()

        ignore_emails = self.ignore_emails

        ppd_invoice_id: None | str | Unset
        if isinstance(self.ppd_invoice_id, Unset):
            ppd_invoice_id = UNSET
        else:
            ppd_invoice_id = self.ppd_invoice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "idempotency_key": idempotency_key,
            }
        )
        if client is not UNSET:
            field_dict["client"] = client
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if use is not UNSET:
            field_dict["use"] = use
        if payment_form is not UNSET:
            field_dict["payment_form"] = payment_form
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if items is not UNSET:
            field_dict["items"] = items
        if series is not UNSET:
            field_dict["series"] = series
        if folio_number is not UNSET:
            field_dict["folio_number"] = folio_number
        if automation_type is not UNSET:
            field_dict["automation_type"] = automation_type
        if exports is not UNSET:
            field_dict["exports"] = exports
        if complements is not UNSET:
            field_dict["complements"] = complements
        if related_documents is not UNSET:
            field_dict["related_documents"] = related_documents
        if global_ is not UNSET:
            field_dict["global"] = global_
        if invoice_pdf_notes is not UNSET:
            field_dict["invoice_pdf_notes"] = invoice_pdf_notes
        if addenda is not UNSET:
            field_dict["addenda"] = addenda
        if send_email is not UNSET:
            field_dict["send_email"] = send_email
        if emails is not UNSET:
            field_dict["emails"] = emails
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if date is not UNSET:
            field_dict["date"] = date
        if return_files_urls is not UNSET:
            field_dict["return_files_urls"] = return_files_urls
        if invoice_config is not UNSET:
            field_dict["invoice_config"] = invoice_config
        if ignore_emails is not UNSET:
            field_dict["ignore_emails"] = ignore_emails
        if ppd_invoice_id is not UNSET:
            field_dict["ppd_invoice_id"] = ppd_invoice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        idempotency_key = d.pop("idempotency_key")

        _client = d.pop("client", UNSET)
        client: ClientReference | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = ClientReference.from_dict(_client)

        currency = d.pop("currency", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)

        _use = d.pop("use", UNSET)
        use: CfdiUse | Unset
        if isinstance(_use, Unset):
            use = UNSET
        else:
            use = CfdiUse(_use)

        _payment_form = d.pop("payment_form", UNSET)
        payment_form: PaymentForm | Unset
        if isinstance(_payment_form, Unset):
            payment_form = UNSET
        else:
            payment_form = PaymentForm(_payment_form)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod(_payment_method)

        _items = d.pop("items", UNSET)
        items: list[Item] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = Item.from_dict(items_item_data)

                items.append(items_item)

        series = d.pop("series", UNSET)

        folio_number = d.pop("folio_number", UNSET)

        _automation_type = d.pop("automation_type", UNSET)
        automation_type: AutomationType | Unset
        if isinstance(_automation_type, Unset):
            automation_type = UNSET
        else:
            automation_type = AutomationType(_automation_type)

        _exports = d.pop("exports", UNSET)
        exports: Exports | Unset
        if isinstance(_exports, Unset):
            exports = UNSET
        else:
            exports = Exports(_exports)

        _complements = d.pop("complements", UNSET)
        complements: list[InvoiceComplement] | Unset = UNSET
        if _complements is not UNSET:
            complements = []
            for complements_item_data in _complements:
                complements_item = InvoiceComplement.from_dict(complements_item_data)

                complements.append(complements_item)

        _related_documents = d.pop("related_documents", UNSET)
        related_documents: list[RelatedDocuments] | Unset = UNSET
        if _related_documents is not UNSET:
            related_documents = []
            for related_documents_item_data in _related_documents:
                related_documents_item = RelatedDocuments.from_dict(related_documents_item_data)

                related_documents.append(related_documents_item)

        _global_ = d.pop("global", UNSET)
        global_: GlobalInformation | Unset
        if isinstance(_global_, Unset):
            global_ = UNSET
        else:
            global_ = GlobalInformation.from_dict(_global_)

        invoice_pdf_notes = d.pop("invoice_pdf_notes", UNSET)

        addenda = d.pop("addenda", UNSET)

        send_email = d.pop("send_email", UNSET)

        emails = cast(list[str], d.pop("emails", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        client_id = d.pop("client_id", UNSET)

        date = d.pop("date", UNSET)

        return_files_urls = d.pop("return_files_urls", UNSET)

        _invoice_config = d.pop("invoice_config", UNSET)
        invoice_config: AutomaticInvoiceConfig | Unset
        if isinstance(_invoice_config, Unset):
            invoice_config = UNSET
        else:
            invoice_config = AutomaticInvoiceConfig.from_dict(_invoice_config)

        ignore_emails = d.pop("ignore_emails", UNSET)

        ppd_invoice_id: None | str | Unset = d.pop("ppd_invoice_id", UNSET)

        income_invoice_batch_item = cls(
            idempotency_key=idempotency_key,
            client=client,
            currency=currency,
            exchange_rate=exchange_rate,
            use=use,
            payment_form=payment_form,
            payment_method=payment_method,
            items=items,
            series=series,
            folio_number=folio_number,
            automation_type=automation_type,
            exports=exports,
            complements=complements,
            related_documents=related_documents,
            global_=global_,
            invoice_pdf_notes=invoice_pdf_notes,
            addenda=addenda,
            send_email=send_email,
            emails=emails,
            metadata=metadata,
            client_id=client_id,
            date=date,
            return_files_urls=return_files_urls,
            invoice_config=invoice_config,
            ignore_emails=ignore_emails,
            ppd_invoice_id=ppd_invoice_id,
        )

        income_invoice_batch_item.additional_properties = d
        return income_invoice_batch_item

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


from ..models.automatic_invoice_config import AutomaticInvoiceConfig  # noqa: E402
from ..models.client_reference import ClientReference  # noqa: E402
from ..models.global_information import GlobalInformation  # noqa: E402
from ..models.invoice_complement import InvoiceComplement  # noqa: E402
from ..models.item import Item  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.related_documents import RelatedDocuments  # noqa: E402
