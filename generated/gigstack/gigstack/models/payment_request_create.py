from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allowed_payment_method import AllowedPaymentMethod
from ..models.automation_type import AutomationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automatic_invoice_config import AutomaticInvoiceConfig
    from ..models.client_reference import ClientReference
    from ..models.item import Item
    from ..models.metadata import Metadata


T = TypeVar("T", bound="PaymentRequestCreate")


@_attrs_define
class PaymentRequestCreate:
    """A payment to request from a client: gigstack creates a payment link (`short_url`) and, with
    `send_email`, emails it. `automation_type` says what to issue once it is paid.

    The email flag is `send_email`, as on every payments page and in gigstack's own clients (the
    egress invoice schema spells it `send_emails`; that spelling is not used here).

    With `idempotency_key` a retried request cannot create a second link, and this client retries
    such a POST on timeouts and 5xx answers.

        Attributes:
            client (ClientReference): The client of an invoice, payment or receipt: an existing client by `id`, or one found
                (and,
                with `search.auto_create`, created) from the fields given here.
            items (list[Item]):
            currency (str | Unset): ISO 4217 code; MXN when omitted. Example: MXN.
            exchange_rate (float | Unset): MXN per unit of `currency`. Example: 1.
            allowed_payment_methods (list[AllowedPaymentMethod] | Unset): How the customer may pay; `card`, `oxxo` and
                `stripe-spei` need Stripe connected.
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
            send_email (bool | Unset): Email the payment link to the client (and `emails`).
            emails (list[str] | Unset): Extra recipients of the payment link.
            invoice_config (AutomaticInvoiceConfig | Unset): Series and folio for the invoice gigstack issues automatically
                for a payment or receipt.
            idempotency_key (str | Unset): A key of yours; repeating a request with the same key returns the first result.
                Example: hosting-2026-iluminadora.
            metadata (Metadata | Unset): Free-form key/value data of your own, stored with the object and returned as sent.
                Example: {'custom_field': 'value', 'department': 'sales'}.
    """

    client: ClientReference
    items: list[Item]
    currency: str | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    allowed_payment_methods: list[AllowedPaymentMethod] | Unset = UNSET
    automation_type: AutomationType | Unset = UNSET
    send_email: bool | Unset = UNSET
    emails: list[str] | Unset = UNSET
    invoice_config: AutomaticInvoiceConfig | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client = self.client.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        currency = self.currency

        exchange_rate = self.exchange_rate

        allowed_payment_methods: list[str] | Unset = UNSET
        if not isinstance(self.allowed_payment_methods, Unset):
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in self.allowed_payment_methods:
                allowed_payment_methods_item = allowed_payment_methods_item_data.value
                allowed_payment_methods.append(allowed_payment_methods_item)

        automation_type: str | Unset = UNSET
        if not isinstance(self.automation_type, Unset):
            automation_type = self.automation_type.value

        send_email = self.send_email

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        invoice_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_config, Unset):
            invoice_config = self.invoice_config.to_dict()

        idempotency_key = self.idempotency_key

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client": client,
                "items": items,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if allowed_payment_methods is not UNSET:
            field_dict["allowed_payment_methods"] = allowed_payment_methods
        if automation_type is not UNSET:
            field_dict["automation_type"] = automation_type
        if send_email is not UNSET:
            field_dict["send_email"] = send_email
        if emails is not UNSET:
            field_dict["emails"] = emails
        if invoice_config is not UNSET:
            field_dict["invoice_config"] = invoice_config
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client = ClientReference.from_dict(d.pop("client"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Item.from_dict(items_item_data)

            items.append(items_item)

        currency = d.pop("currency", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)

        _allowed_payment_methods = d.pop("allowed_payment_methods", UNSET)
        allowed_payment_methods: list[AllowedPaymentMethod] | Unset = UNSET
        if _allowed_payment_methods is not UNSET:
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in _allowed_payment_methods:
                allowed_payment_methods_item = AllowedPaymentMethod(allowed_payment_methods_item_data)

                allowed_payment_methods.append(allowed_payment_methods_item)

        _automation_type = d.pop("automation_type", UNSET)
        automation_type: AutomationType | Unset
        if isinstance(_automation_type, Unset):
            automation_type = UNSET
        else:
            automation_type = AutomationType(_automation_type)

        send_email = d.pop("send_email", UNSET)

        emails = cast(list[str], d.pop("emails", UNSET))

        _invoice_config = d.pop("invoice_config", UNSET)
        invoice_config: AutomaticInvoiceConfig | Unset
        if isinstance(_invoice_config, Unset):
            invoice_config = UNSET
        else:
            invoice_config = AutomaticInvoiceConfig.from_dict(_invoice_config)

        idempotency_key = d.pop("idempotency_key", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        payment_request_create = cls(
            client=client,
            items=items,
            currency=currency,
            exchange_rate=exchange_rate,
            allowed_payment_methods=allowed_payment_methods,
            automation_type=automation_type,
            send_email=send_email,
            emails=emails,
            invoice_config=invoice_config,
            idempotency_key=idempotency_key,
            metadata=metadata,
        )

        payment_request_create.additional_properties = d
        return payment_request_create

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
from ..models.item import Item  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
