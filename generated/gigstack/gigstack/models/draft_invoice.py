from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_type import AutomationType
from ..models.cfdi_use import CfdiUse
from ..models.exports import Exports
from ..models.invoice_type import InvoiceType
from ..models.payment_form import PaymentForm
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client import Client
    from ..models.global_information import GlobalInformation
    from ..models.item import Item
    from ..models.metadata import Metadata
    from ..models.related_documents import RelatedDocuments


T = TypeVar("T", bound="DraftInvoice")


@_attrs_define
class DraftInvoice:
    """A draft invoice (pre-factura): saved, not stamped. Its id has no prefix. Unlike invoices, its
    `created_at` and `updated_at` are unix **milliseconds**; the embedded client's `created_at`
    stays in seconds.

        Attributes:
            id (str):  Example: drf8Kq2mZ5xW.
            draft (bool | None | Unset): Always true for a draft.
            invoice_type (InvoiceType | None | Unset):
            status (None | str | Unset): Draft status (`draft`, or `stamped` once finalized). Example: draft.
            client (Client | None | Unset):
            currency (None | str | Unset):  Example: MXN.
            exchange_rate (float | None | Unset):  Example: 1.
            subtotal (float | None | Unset):  Example: 15000.
            discount (float | None | Unset):  Example: 0.
            taxes (float | None | Unset): Transferred taxes (an amount). Example: 2400.
            total (float | None | Unset):  Example: 17400.
            series (None | str | Unset):  Example: F.
            folio_number (int | None | Unset): 0 until a folio is assigned at stamping. Example: 0.
            use (CfdiUse | None | Unset):
            payment_form (None | PaymentForm | Unset):
            payment_method (None | PaymentMethod | Unset):
            automation_type (AutomationType | None | Unset):
            exports (Exports | None | Unset):
            items (list[Item] | Unset):
            related_documents (list[RelatedDocuments] | None | Unset):
            global_ (GlobalInformation | None | Unset):
            invoice_pdf_notes (None | str | Unset):
            emails (list[str] | None | Unset):
            metadata (Metadata | None | Unset):
            date (int | None | Unset): Issue date to stamp with, unix milliseconds; 0 means "when stamped". Example: 0.
            created_at (int | None | Unset): Unix **milliseconds**. Example: 1768348800000.
            updated_at (int | None | Unset): Unix **milliseconds**. Example: 1768348800000.
            livemode (bool | None | Unset):
            team (None | str | Unset):  Example: team_8HqYv3NcW1.
            owner (None | str | Unset):  Example: user_Jd82kLq0Pz.
            from_ (None | str | Unset):  Example: api.
    """

    id: str
    draft: bool | None | Unset = UNSET
    invoice_type: InvoiceType | None | Unset = UNSET
    status: None | str | Unset = UNSET
    client: Client | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    exchange_rate: float | None | Unset = UNSET
    subtotal: float | None | Unset = UNSET
    discount: float | None | Unset = UNSET
    taxes: float | None | Unset = UNSET
    total: float | None | Unset = UNSET
    series: None | str | Unset = UNSET
    folio_number: int | None | Unset = UNSET
    use: CfdiUse | None | Unset = UNSET
    payment_form: None | PaymentForm | Unset = UNSET
    payment_method: None | PaymentMethod | Unset = UNSET
    automation_type: AutomationType | None | Unset = UNSET
    exports: Exports | None | Unset = UNSET
    items: list[Item] | Unset = UNSET
    related_documents: list[RelatedDocuments] | None | Unset = UNSET
    global_: GlobalInformation | None | Unset = UNSET
    invoice_pdf_notes: None | str | Unset = UNSET
    emails: list[str] | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    date: int | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    team: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        draft: bool | None | Unset
        if isinstance(self.draft, Unset):
            draft = UNSET
        else:
            draft = self.draft

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
        else:
            status = self.status

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, Client):
            client = self.client.to_dict()
        else:
            client = self.client

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

        folio_number: int | None | Unset
        if isinstance(self.folio_number, Unset):
            folio_number = UNSET
        else:
            folio_number = self.folio_number

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

        automation_type: None | str | Unset
        if isinstance(self.automation_type, Unset):
            automation_type = UNSET
        elif isinstance(self.automation_type, AutomationType):
            automation_type = self.automation_type.value
        else:
            automation_type = self.automation_type

        exports: None | str | Unset
        if isinstance(self.exports, Unset):
            exports = UNSET
        elif isinstance(self.exports, Exports):
            exports = self.exports.value
        else:
            exports = self.exports

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

        invoice_pdf_notes: None | str | Unset
        if isinstance(self.invoice_pdf_notes, Unset):
            invoice_pdf_notes = UNSET
        else:
            invoice_pdf_notes = self.invoice_pdf_notes

        emails: list[str] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = self.emails

        else:
            emails = self.emails

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

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

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

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if draft is not UNSET:
            field_dict["draft"] = draft
        if invoice_type is not UNSET:
            field_dict["invoice_type"] = invoice_type
        if status is not UNSET:
            field_dict["status"] = status
        if client is not UNSET:
            field_dict["client"] = client
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
        if total is not UNSET:
            field_dict["total"] = total
        if series is not UNSET:
            field_dict["series"] = series
        if folio_number is not UNSET:
            field_dict["folio_number"] = folio_number
        if use is not UNSET:
            field_dict["use"] = use
        if payment_form is not UNSET:
            field_dict["payment_form"] = payment_form
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if automation_type is not UNSET:
            field_dict["automation_type"] = automation_type
        if exports is not UNSET:
            field_dict["exports"] = exports
        if items is not UNSET:
            field_dict["items"] = items
        if related_documents is not UNSET:
            field_dict["related_documents"] = related_documents
        if global_ is not UNSET:
            field_dict["global"] = global_
        if invoice_pdf_notes is not UNSET:
            field_dict["invoice_pdf_notes"] = invoice_pdf_notes
        if emails is not UNSET:
            field_dict["emails"] = emails
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if date is not UNSET:
            field_dict["date"] = date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if team is not UNSET:
            field_dict["team"] = team
        if owner is not UNSET:
            field_dict["owner"] = owner
        if from_ is not UNSET:
            field_dict["from"] = from_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        draft: bool | None | Unset = d.pop("draft", UNSET)

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

        status: None | str | Unset = d.pop("status", UNSET)

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

        currency: None | str | Unset = d.pop("currency", UNSET)

        exchange_rate: float | None | Unset = d.pop("exchange_rate", UNSET)

        subtotal: float | None | Unset = d.pop("subtotal", UNSET)

        discount: float | None | Unset = d.pop("discount", UNSET)

        taxes: float | None | Unset = d.pop("taxes", UNSET)

        total: float | None | Unset = d.pop("total", UNSET)

        series: None | str | Unset = d.pop("series", UNSET)

        folio_number: int | None | Unset = d.pop("folio_number", UNSET)

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

        invoice_pdf_notes: None | str | Unset = d.pop("invoice_pdf_notes", UNSET)

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

        updated_at: int | None | Unset = d.pop("updated_at", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        team: None | str | Unset = d.pop("team", UNSET)

        owner: None | str | Unset = d.pop("owner", UNSET)

        from_: None | str | Unset = d.pop("from", UNSET)

        draft_invoice = cls(
            id=id,
            draft=draft,
            invoice_type=invoice_type,
            status=status,
            client=client,
            currency=currency,
            exchange_rate=exchange_rate,
            subtotal=subtotal,
            discount=discount,
            taxes=taxes,
            total=total,
            series=series,
            folio_number=folio_number,
            use=use,
            payment_form=payment_form,
            payment_method=payment_method,
            automation_type=automation_type,
            exports=exports,
            items=items,
            related_documents=related_documents,
            global_=global_,
            invoice_pdf_notes=invoice_pdf_notes,
            emails=emails,
            metadata=metadata,
            date=date,
            created_at=created_at,
            updated_at=updated_at,
            livemode=livemode,
            team=team,
            owner=owner,
            from_=from_,
        )

        draft_invoice.additional_properties = d
        return draft_invoice

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
from ..models.item import Item  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.related_documents import RelatedDocuments  # noqa: E402
