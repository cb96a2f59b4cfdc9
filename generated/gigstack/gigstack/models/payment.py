from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_type import AutomationType
from ..models.payment_form import PaymentForm
from ..models.payment_processor import PaymentProcessor
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_payment_method_entry import AllowedPaymentMethodEntry
    from ..models.automatic_invoice_config import AutomaticInvoiceConfig
    from ..models.client import Client
    from ..models.item import Item
    from ..models.metadata import Metadata
    from ..models.payment_refund import PaymentRefund


T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """A payment: requested (a payment link the customer has not paid yet) or received. Only `id` is
    always present; fields may be `null` when never set.

    Money fields are JSON numbers in the payment's currency. `total`, `subtotal` and `taxes` were
    missing for a while on payments that came from Stripe (gigstack-cli works around it since its
    commit 9c4f6ab), so they are optional: when they are absent, add up the items, or use
    `amount`, which Stripe reports in centavos. Timestamps are unix seconds.

        Attributes:
            id (str): Identifier, prefixed `payment_`. Example: payment_Bq7zL3nV5xKd.
            client (Client | None | Unset): The paying client; list responses embed a summary, single responses the full
                client.
            status (PaymentStatus | Unset): Where a payment stands. Open: gigstack-cli spells the cancelled state
                `cancelled` and the n8n
                node `canceled`, so both are listed, and any other value is kept as sent.
                 Example: succeeded.
            currency (None | str | Unset): ISO 4217 code. Example: MXN.
            exchange_rate (float | None | Unset): MXN per unit of `currency`; 1 for MXN. Example: 1.
            total (float | None | Unset): Subtotal minus discount plus transferred taxes minus withheld taxes. May be
                missing on Stripe payments. Example: 17400.
            subtotal (float | None | Unset): Sum of the items before taxes. May be missing on Stripe payments. Example:
                15000.
            taxes (float | None | Unset): Net tax amount. May be missing on Stripe payments. Example: 2400.
            discount (float | None | Unset):  Example: 0.
            amount (int | None | Unset): Amount in the currency's minor unit (centavos), as Stripe reports it; seen on
                Stripe payments. Example: 1740000.
            payment_form (None | PaymentForm | Unset):
            automation_type (AutomationType | None | Unset):
            items (list[Item] | None | Unset):
            invoices (list[str] | None | Unset): Ids of the invoices issued for this payment (`invoice_…`).
            receipts (list[str] | None | Unset): Ids of the receipts issued for this payment (`receipt_…`).
            payments (list[str] | None | Unset): Related payments; the docs only ever show an empty list, so the element
                shape is our reading (ids, like `invoices` and `receipts`). Elements of another shape are kept as sent.
            refunds (list[PaymentRefund] | None | Unset):
            payment_processor (None | PaymentProcessor | Unset):
            short_url (None | str | Unset): Payment link to send to the customer. Example: https://pay.gigstack.io/p/abc123.
            allowed_payment_methods (list[AllowedPaymentMethodEntry] | None | Unset):
            emails (list[str] | None | Unset):
            invoice_config (AutomaticInvoiceConfig | None | Unset):
            idempotency_key (None | str | Unset):  Example: erp-cobro-2026-0142.
            metadata (Metadata | None | Unset):
            from_ (None | str | Unset): Where the payment was created (`api`, `manual`, ...). Example: api.
            livemode (bool | Unset): False for objects created with a test key.
            team (None | str | Unset):  Example: team_8HqYv3NcW1.
            owner (None | str | Unset):  Example: user_Jd82kLq0Pz.
            created_at (int | Unset): Creation time in unix seconds. Example: 1769904000.
            succeeded_at (int | None | Unset): When it was paid, in unix seconds. Example: 1769904000.
    """

    id: str
    client: Client | None | Unset = UNSET
    status: PaymentStatus | Unset = UNSET
    currency: None | str | Unset = UNSET
    exchange_rate: float | None | Unset = UNSET
    total: float | None | Unset = UNSET
    subtotal: float | None | Unset = UNSET
    taxes: float | None | Unset = UNSET
    discount: float | None | Unset = UNSET
    amount: int | None | Unset = UNSET
    payment_form: None | PaymentForm | Unset = UNSET
    automation_type: AutomationType | None | Unset = UNSET
    items: list[Item] | None | Unset = UNSET
    invoices: list[str] | None | Unset = UNSET
    receipts: list[str] | None | Unset = UNSET
    payments: list[str] | None | Unset = UNSET
    refunds: list[PaymentRefund] | None | Unset = UNSET
    payment_processor: None | PaymentProcessor | Unset = UNSET
    short_url: None | str | Unset = UNSET
    allowed_payment_methods: list[AllowedPaymentMethodEntry] | None | Unset = UNSET
    emails: list[str] | None | Unset = UNSET
    invoice_config: AutomaticInvoiceConfig | None | Unset = UNSET
    idempotency_key: None | str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    from_: None | str | Unset = UNSET
    livemode: bool | Unset = UNSET
    team: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    created_at: int | Unset = UNSET
    succeeded_at: int | None | Unset = UNSET
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

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        payment_form: None | str | Unset
        if isinstance(self.payment_form, Unset):
            payment_form = UNSET
        elif isinstance(self.payment_form, PaymentForm):
            payment_form = self.payment_form.value
        else:
            payment_form = self.payment_form

        automation_type: None | str | Unset
        if isinstance(self.automation_type, Unset):
            automation_type = UNSET
        elif isinstance(self.automation_type, AutomationType):
            automation_type = self.automation_type.value
        else:
            automation_type = self.automation_type

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

        invoices: list[str] | None | Unset
        if isinstance(self.invoices, Unset):
            invoices = UNSET
        elif isinstance(self.invoices, list):
            invoices = self.invoices

        else:
            invoices = self.invoices

        receipts: list[str] | None | Unset
        if isinstance(self.receipts, Unset):
            receipts = UNSET
        elif isinstance(self.receipts, list):
            receipts = self.receipts

        else:
            receipts = self.receipts

        payments: list[str] | None | Unset
        if isinstance(self.payments, Unset):
            payments = UNSET
        elif isinstance(self.payments, list):
            payments = self.payments

        else:
            payments = self.payments

        refunds: list[dict[str, Any]] | None | Unset
        if isinstance(self.refunds, Unset):
            refunds = UNSET
        elif isinstance(self.refunds, list):
            refunds = []
            for refunds_type_0_item_data in self.refunds:
                refunds_type_0_item = refunds_type_0_item_data.to_dict()
                refunds.append(refunds_type_0_item)

        else:
            refunds = self.refunds

        payment_processor: None | str | Unset
        if isinstance(self.payment_processor, Unset):
            payment_processor = UNSET
        elif isinstance(self.payment_processor, PaymentProcessor):
            payment_processor = self.payment_processor.value
        else:
            payment_processor = self.payment_processor

        short_url: None | str | Unset
        if isinstance(self.short_url, Unset):
            short_url = UNSET
        else:
            short_url = self.short_url

        allowed_payment_methods: list[dict[str, Any]] | None | Unset
        if isinstance(self.allowed_payment_methods, Unset):
            allowed_payment_methods = UNSET
        elif isinstance(self.allowed_payment_methods, list):
            allowed_payment_methods = []
            for allowed_payment_methods_type_0_item_data in self.allowed_payment_methods:
                allowed_payment_methods_type_0_item = allowed_payment_methods_type_0_item_data.to_dict()
                allowed_payment_methods.append(allowed_payment_methods_type_0_item)

        else:
            allowed_payment_methods = self.allowed_payment_methods

        emails: list[str] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = self.emails

        else:
            emails = self.emails

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

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

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

        created_at = self.created_at

        succeeded_at: int | None | Unset
        if isinstance(self.succeeded_at, Unset):
            succeeded_at = UNSET
        else:
            succeeded_at = self.succeeded_at

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
        if amount is not UNSET:
            field_dict["amount"] = amount
        if payment_form is not UNSET:
            field_dict["payment_form"] = payment_form
        if automation_type is not UNSET:
            field_dict["automation_type"] = automation_type
        if items is not UNSET:
            field_dict["items"] = items
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if receipts is not UNSET:
            field_dict["receipts"] = receipts
        if payments is not UNSET:
            field_dict["payments"] = payments
        if refunds is not UNSET:
            field_dict["refunds"] = refunds
        if payment_processor is not UNSET:
            field_dict["payment_processor"] = payment_processor
        if short_url is not UNSET:
            field_dict["short_url"] = short_url
        if allowed_payment_methods is not UNSET:
            field_dict["allowed_payment_methods"] = allowed_payment_methods
        if emails is not UNSET:
            field_dict["emails"] = emails
        if invoice_config is not UNSET:
            field_dict["invoice_config"] = invoice_config
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if from_ is not UNSET:
            field_dict["from"] = from_
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if team is not UNSET:
            field_dict["team"] = team
        if owner is not UNSET:
            field_dict["owner"] = owner
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if succeeded_at is not UNSET:
            field_dict["succeeded_at"] = succeeded_at

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
        status: PaymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PaymentStatus(_status)

        currency: None | str | Unset = d.pop("currency", UNSET)

        exchange_rate: float | None | Unset = d.pop("exchange_rate", UNSET)

        total: float | None | Unset = d.pop("total", UNSET)

        subtotal: float | None | Unset = d.pop("subtotal", UNSET)

        taxes: float | None | Unset = d.pop("taxes", UNSET)

        discount: float | None | Unset = d.pop("discount", UNSET)

        amount: int | None | Unset = d.pop("amount", UNSET)

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

        refunds_data = d.pop("refunds", UNSET)
        refunds: list[PaymentRefund] | None | Unset
        if not isinstance(refunds_data, list):
            refunds = cast(list[PaymentRefund] | None | Unset, refunds_data)
        else:
            try:
                refunds_type_0 = []
                _refunds_type_0 = refunds_data
                for refunds_type_0_item_data in _refunds_type_0:
                    refunds_type_0_item = PaymentRefund.from_dict(refunds_type_0_item_data)

                    refunds_type_0.append(refunds_type_0_item)

                refunds = refunds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                refunds = cast(list[PaymentRefund] | None | Unset, refunds_data)

        payment_processor_data = d.pop("payment_processor", UNSET)
        payment_processor: None | PaymentProcessor | Unset
        if not isinstance(payment_processor_data, str):
            payment_processor = cast(None | PaymentProcessor | Unset, payment_processor_data)
        else:
            try:
                payment_processor_type_0 = PaymentProcessor(payment_processor_data)

                payment_processor = payment_processor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                payment_processor = cast(None | PaymentProcessor | Unset, payment_processor_data)

        short_url: None | str | Unset = d.pop("short_url", UNSET)

        allowed_payment_methods_data = d.pop("allowed_payment_methods", UNSET)
        allowed_payment_methods: list[AllowedPaymentMethodEntry] | None | Unset
        if not isinstance(allowed_payment_methods_data, list):
            allowed_payment_methods = cast(list[AllowedPaymentMethodEntry] | None | Unset, allowed_payment_methods_data)
        else:
            try:
                allowed_payment_methods_type_0 = []
                _allowed_payment_methods_type_0 = allowed_payment_methods_data
                for allowed_payment_methods_type_0_item_data in _allowed_payment_methods_type_0:
                    allowed_payment_methods_type_0_item = AllowedPaymentMethodEntry.from_dict(
                        allowed_payment_methods_type_0_item_data
                    )

                    allowed_payment_methods_type_0.append(allowed_payment_methods_type_0_item)

                allowed_payment_methods = allowed_payment_methods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                allowed_payment_methods = cast(
                    list[AllowedPaymentMethodEntry] | None | Unset, allowed_payment_methods_data
                )

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

        from_: None | str | Unset = d.pop("from", UNSET)

        livemode = d.pop("livemode", UNSET)

        team: None | str | Unset = d.pop("team", UNSET)

        owner: None | str | Unset = d.pop("owner", UNSET)

        created_at = d.pop("created_at", UNSET)

        succeeded_at: int | None | Unset = d.pop("succeeded_at", UNSET)

        payment = cls(
            id=id,
            client=client,
            status=status,
            currency=currency,
            exchange_rate=exchange_rate,
            total=total,
            subtotal=subtotal,
            taxes=taxes,
            discount=discount,
            amount=amount,
            payment_form=payment_form,
            automation_type=automation_type,
            items=items,
            invoices=invoices,
            receipts=receipts,
            payments=payments,
            refunds=refunds,
            payment_processor=payment_processor,
            short_url=short_url,
            allowed_payment_methods=allowed_payment_methods,
            emails=emails,
            invoice_config=invoice_config,
            idempotency_key=idempotency_key,
            metadata=metadata,
            from_=from_,
            livemode=livemode,
            team=team,
            owner=owner,
            created_at=created_at,
            succeeded_at=succeeded_at,
        )

        payment.additional_properties = d
        return payment

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


from ..models.allowed_payment_method_entry import AllowedPaymentMethodEntry  # noqa: E402
from ..models.automatic_invoice_config import AutomaticInvoiceConfig  # noqa: E402
from ..models.client import Client  # noqa: E402
from ..models.item import Item  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.payment_refund import PaymentRefund  # noqa: E402
