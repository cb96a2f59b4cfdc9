from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_form import PaymentForm
from ..models.receipt_periodicity import ReceiptPeriodicity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automatic_invoice_config import AutomaticInvoiceConfig
    from ..models.client_reference import ClientReference
    from ..models.item import Item
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ReceiptCreate")


@_attrs_define
class ReceiptCreate:
    """A new receipt (nota de venta): a pre-invoice document whose client can turn it into a CFDI
    invoice on the self-invoicing portal (`url`) until its `periodicity` runs out.

    With `idempotency_key` a retried request cannot create a second receipt, and this client
    retries such a POST on timeouts and 5xx answers.

        Attributes:
            client (ClientReference): The client of an invoice, payment or receipt: an existing client by `id`, or one found
                (and,
                with `search.auto_create`, created) from the fields given here.
            items (list[Item]):
            currency (str | Unset): ISO 4217 code; MXN when omitted. Example: MXN.
            exchange_rate (float | Unset):  Example: 1.
            periodicity (ReceiptPeriodicity | Unset): How long a receipt stays open for its client to invoice it (self-
                invoicing), in gigstack's
                own vocabulary. Not the SAT c_Periodicidad codes of a global invoice (see `Periodicity`).
                gigstack's n8n node has sent two spellings for the two-week and two-month windows
                (`two_weeks`/`two_months`, and `fortnight`/`bimonth` in an earlier revision of its receipt
                form); both are listed. Open: any other value is kept as sent.
                 Example: month.
            payment_form (PaymentForm | Unset): SAT c_FormaPago: how the payment was made, as valid for CFDI 4.0. Retired
                codes (07, 09, 10,
                11, 16, 98) are not offered. An unknown code is kept as a raw value by the generated client.
                 Example: 03.
            invoice_config (AutomaticInvoiceConfig | Unset): Series and folio for the invoice gigstack issues automatically
                for a payment or receipt.
            idempotency_key (str | Unset): A key of yours; repeating a request with the same key returns the first result.
                Example: pos-ticket-000981.
            metadata (Metadata | Unset): Free-form key/value data of your own, stored with the object and returned as sent.
                Example: {'custom_field': 'value', 'department': 'sales'}.
    """

    client: ClientReference
    items: list[Item]
    currency: str | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    periodicity: ReceiptPeriodicity | Unset = UNSET
    payment_form: PaymentForm | Unset = UNSET
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

        periodicity: str | Unset = UNSET
        if not isinstance(self.periodicity, Unset):
            periodicity = self.periodicity.value

        payment_form: str | Unset = UNSET
        if not isinstance(self.payment_form, Unset):
            payment_form = self.payment_form.value

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
        if periodicity is not UNSET:
            field_dict["periodicity"] = periodicity
        if payment_form is not UNSET:
            field_dict["payment_form"] = payment_form
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

        _periodicity = d.pop("periodicity", UNSET)
        periodicity: ReceiptPeriodicity | Unset
        if isinstance(_periodicity, Unset):
            periodicity = UNSET
        else:
            periodicity = ReceiptPeriodicity(_periodicity)

        _payment_form = d.pop("payment_form", UNSET)
        payment_form: PaymentForm | Unset
        if isinstance(_payment_form, Unset):
            payment_form = UNSET
        else:
            payment_form = PaymentForm(_payment_form)

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

        receipt_create = cls(
            client=client,
            items=items,
            currency=currency,
            exchange_rate=exchange_rate,
            periodicity=periodicity,
            payment_form=payment_form,
            invoice_config=invoice_config,
            idempotency_key=idempotency_key,
            metadata=metadata,
        )

        receipt_create.additional_properties = d
        return receipt_create

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
