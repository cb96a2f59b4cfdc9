from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_form import PaymentForm
from ..models.receipt_periodicity import ReceiptPeriodicity
from ..models.receipt_status import ReceiptStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automatic_invoice_config import AutomaticInvoiceConfig
    from ..models.client import Client
    from ..models.invoice_file_links import InvoiceFileLinks
    from ..models.item import Item
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Receipt")


@_attrs_define
class Receipt:
    """A receipt (nota de venta). Only `id` is always present; fields may be `null` when never set.
    Money fields are JSON numbers in the receipt's currency.

    Naming differs between sources, and both spellings are described here: the receipts guide
    returns `created` and `validUntil` (camelCase), persisted receipts in gigstack's own test
    data carry `created_at` and `valid_until`. All four are unix **seconds**. Because both
    spellings of the validity exist, each keeps its own attribute in Python: `valid_until` for
    the snake_case field and `validUntil` for the camelCase one.

        Attributes:
            id (str): Identifier, prefixed `receipt_`. Example: receipt_Vn6tH2qZ9cMs.
            client (Client | None | Unset): The client, when the receipt has one; a summary in lists.
            status (ReceiptStatus | Unset): Where a receipt stands. gigstack's two clients use different vocabularies
                (gigstack-cli:
                pending, open, invoiced, completed, expired, cancelled; the n8n node: pending, stamped,
                canceled); all are listed, and any other value is kept as sent.
                 Example: pending.
            currency (None | str | Unset):  Example: MXN.
            exchange_rate (float | None | Unset):  Example: 1.
            total (float | None | Unset):  Example: 1972.
            subtotal (float | None | Unset):  Example: 1700.
            taxes (float | None | Unset): Net tax amount. Example: 272.
            discount (float | None | Unset):  Example: 0.
            periodicity (None | ReceiptPeriodicity | Unset):
            payment_form (None | PaymentForm | Unset):
            items (list[Item] | None | Unset):
            url (None | str | Unset): The client's self-invoicing page for this receipt. Example:
                https://invoicing.gigstack.pro/autofactura?id=receipt_Vn6tH2qZ9cMs.
            created (int | None | Unset): Creation time in unix seconds (receipts guide name). Example: 1769904000.
            created_at (int | None | Unset): Creation time in unix seconds (name in persisted receipts). Example:
                1769904000.
            validUntil (int | None | Unset): End of the self-invoicing window in unix seconds (receipts guide name).
                Example: 1772323200.
            valid_until (int | None | Unset): End of the self-invoicing window in unix seconds (name in persisted receipts).
                Example: 1772323200.
            invoice_id (None | str | Unset): The invoice issued from this receipt (`invoice_…`). Example:
                invoice_Hs3nW7bK2pQx.
            invoices (list[str] | None | Unset): Ids of the invoices issued from this receipt.
            short_url (None | str | Unset): A short link to the self-invoicing page. Example: https://gigstack.xyz/r8Kq2.
            total_refunded (float | None | Unset): Amount refunded so far. Example: 0.
            withholding_taxes (float | None | Unset): Amount withheld. Example: 0.
            files (InvoiceFileLinks | None | Unset): Links to the stamped invoice's PDF and XML, once it is stamped.
            invoiced_at (int | None | Unset): When it was stamped, in unix seconds. Example: 1770422400.
            payments (list[str] | None | Unset): Ids of the payments this receipt was issued for.
            invoice_config (AutomaticInvoiceConfig | None | Unset):
            idempotency_key (None | str | Unset):  Example: pos-ticket-000981.
            metadata (Metadata | None | Unset):
            livemode (bool | Unset):
            team (None | str | Unset):  Example: team_8HqYv3NcW1.
            owner (None | str | Unset):  Example: user_Jd82kLq0Pz.
    """

    id: str
    client: Client | None | Unset = UNSET
    status: ReceiptStatus | Unset = UNSET
    currency: None | str | Unset = UNSET
    exchange_rate: float | None | Unset = UNSET
    total: float | None | Unset = UNSET
    subtotal: float | None | Unset = UNSET
    taxes: float | None | Unset = UNSET
    discount: float | None | Unset = UNSET
    periodicity: None | ReceiptPeriodicity | Unset = UNSET
    payment_form: None | PaymentForm | Unset = UNSET
    items: list[Item] | None | Unset = UNSET
    url: None | str | Unset = UNSET
    created: int | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    validUntil: int | None | Unset = UNSET
    valid_until: int | None | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    invoices: list[str] | None | Unset = UNSET
    short_url: None | str | Unset = UNSET
    total_refunded: float | None | Unset = UNSET
    withholding_taxes: float | None | Unset = UNSET
    files: InvoiceFileLinks | None | Unset = UNSET
    invoiced_at: int | None | Unset = UNSET
    payments: list[str] | None | Unset = UNSET
    invoice_config: AutomaticInvoiceConfig | None | Unset = UNSET
    idempotency_key: None | str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    livemode: bool | Unset = UNSET
    team: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, Client):
            client = self.client.to_dict()
        else:
            client = self.client

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        subtotal: float | None | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

        taxes: float | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        else:
            taxes = self.taxes

        discount: float | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        periodicity: None | str | Unset
        if isinstance(self.periodicity, Unset):
            periodicity = UNSET
        elif isinstance(self.periodicity, ReceiptPeriodicity):
            periodicity = self.periodicity.value
        else:
            periodicity = self.periodicity

        payment_form: None | str | Unset
        if isinstance(self.payment_form, Unset):
            payment_form = UNSET
        elif isinstance(self.payment_form, PaymentForm):
            payment_form = self.payment_form.value
        else:
            payment_form = self.payment_form

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        created: int | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        validUntil: int | None | Unset
        if isinstance(self.validUntil, Unset):
            validUntil = UNSET
        else:
            validUntil = self.validUntil

        valid_until: int | None | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        else:
            valid_until = self.valid_until

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        invoices: list[str] | None | Unset
        if isinstance(self.invoices, Unset):
            invoices = UNSET
        elif isinstance(self.invoices, list):
            invoices = self.invoices

        else:
            invoices = self.invoices

        short_url: None | str | Unset
        if isinstance(self.short_url, Unset):
            short_url = UNSET
        else:
            short_url = self.short_url

        total_refunded: float | None | Unset
        if isinstance(self.total_refunded, Unset):
            total_refunded = UNSET
        else:
            total_refunded = self.total_refunded

        withholding_taxes: float | None | Unset
        if isinstance(self.withholding_taxes, Unset):
            withholding_taxes = UNSET
        else:
            withholding_taxes = self.withholding_taxes

        files: dict[str, Any] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, InvoiceFileLinks):
            files = self.files.to_dict()
        else:
            files = self.files

        invoiced_at: int | None | Unset
        if isinstance(self.invoiced_at, Unset):
            invoiced_at = UNSET
        else:
            invoiced_at = self.invoiced_at

        payments: list[str] | None | Unset
        if isinstance(self.payments, Unset):
            payments = UNSET
        elif isinstance(self.payments, list):
            payments = self.payments

        else:
            payments = self.payments

        invoice_config: dict[str, Any] | None | Unset
        if isinstance(self.invoice_config, Unset):
            invoice_config = UNSET
        elif isinstance(self.invoice_config, AutomaticInvoiceConfig):
            invoice_config = self.invoice_config.to_dict()
        else:
            invoice_config = self.invoice_config

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if client is not UNSET:
            field_dict["client"] = client
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if total is not UNSET:
            field_dict["total"] = total
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if discount is not UNSET:
            field_dict["discount"] = discount
        if periodicity is not UNSET:
            field_dict["periodicity"] = periodicity
        if payment_form is not UNSET:
            field_dict["payment_form"] = payment_form
        if items is not UNSET:
            field_dict["items"] = items
        if url is not UNSET:
            field_dict["url"] = url
        if created is not UNSET:
            field_dict["created"] = created
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if validUntil is not UNSET:
            field_dict["validUntil"] = validUntil
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if short_url is not UNSET:
            field_dict["short_url"] = short_url
        if total_refunded is not UNSET:
            field_dict["total_refunded"] = total_refunded
        if withholding_taxes is not UNSET:
            field_dict["withholding_taxes"] = withholding_taxes
        if files is not UNSET:
            field_dict["files"] = files
        if invoiced_at is not UNSET:
            field_dict["invoiced_at"] = invoiced_at
        if payments is not UNSET:
            field_dict["payments"] = payments
        if invoice_config is not UNSET:
            field_dict["invoice_config"] = invoice_config
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if team is not UNSET:
            field_dict["team"] = team
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

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

        _status = d.pop("status", UNSET)
        status: ReceiptStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ReceiptStatus(_status)

        currency: None | str | Unset = d.pop("currency", UNSET)

        exchange_rate: float | None | Unset = d.pop("exchange_rate", UNSET)

        total: float | None | Unset = d.pop("total", UNSET)

        subtotal: float | None | Unset = d.pop("subtotal", UNSET)

        taxes: float | None | Unset = d.pop("taxes", UNSET)

        discount: float | None | Unset = d.pop("discount", UNSET)

        periodicity_data = d.pop("periodicity", UNSET)
        periodicity: None | ReceiptPeriodicity | Unset
        if not isinstance(periodicity_data, str):
            periodicity = cast(None | ReceiptPeriodicity | Unset, periodicity_data)
        else:
            try:
                periodicity_type_0 = ReceiptPeriodicity(periodicity_data)

                periodicity = periodicity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                periodicity = cast(None | ReceiptPeriodicity | Unset, periodicity_data)

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

        items_data = d.pop("items", UNSET)
        items: list[Item] | None | Unset
        if not isinstance(items_data, list):
            items = cast(list[Item] | None | Unset, items_data)
        else:
            try:
                items_type_0 = []
                _items_type_0 = items_data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = Item.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                items = items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                items = cast(list[Item] | None | Unset, items_data)

        url: None | str | Unset = d.pop("url", UNSET)

        created: int | None | Unset = d.pop("created", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        validUntil: int | None | Unset = d.pop("validUntil", UNSET)

        valid_until: int | None | Unset = d.pop("valid_until", UNSET)

        invoice_id: None | str | Unset = d.pop("invoice_id", UNSET)

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

        short_url: None | str | Unset = d.pop("short_url", UNSET)

        total_refunded: float | None | Unset = d.pop("total_refunded", UNSET)

        withholding_taxes: float | None | Unset = d.pop("withholding_taxes", UNSET)

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

        invoiced_at: int | None | Unset = d.pop("invoiced_at", UNSET)

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

        invoice_config_data = d.pop("invoice_config", UNSET)
        invoice_config: AutomaticInvoiceConfig | None | Unset
        if not isinstance(invoice_config_data, dict):
            invoice_config = cast(AutomaticInvoiceConfig | None | Unset, invoice_config_data)
        else:
            try:
                invoice_config_type_0 = AutomaticInvoiceConfig.from_dict(invoice_config_data)

                invoice_config = invoice_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                invoice_config = cast(AutomaticInvoiceConfig | None | Unset, invoice_config_data)

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

        livemode = d.pop("livemode", UNSET)

        team: None | str | Unset = d.pop("team", UNSET)

        owner: None | str | Unset = d.pop("owner", UNSET)

        receipt = cls(
            id=id,
            client=client,
            status=status,
            currency=currency,
            exchange_rate=exchange_rate,
            total=total,
            subtotal=subtotal,
            taxes=taxes,
            discount=discount,
            periodicity=periodicity,
            payment_form=payment_form,
            items=items,
            url=url,
            created=created,
            created_at=created_at,
            validUntil=validUntil,
            valid_until=valid_until,
            invoice_id=invoice_id,
            invoices=invoices,
            short_url=short_url,
            total_refunded=total_refunded,
            withholding_taxes=withholding_taxes,
            files=files,
            invoiced_at=invoiced_at,
            payments=payments,
            invoice_config=invoice_config,
            idempotency_key=idempotency_key,
            metadata=metadata,
            livemode=livemode,
            team=team,
            owner=owner,
        )

        receipt.additional_properties = d
        return receipt

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
from ..models.client import Client  # noqa: E402
from ..models.invoice_file_links import InvoiceFileLinks  # noqa: E402
from ..models.item import Item  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
