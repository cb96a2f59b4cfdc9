from enum import StrEnum
from typing import Any, Self


class WebhookEventType(StrEnum):
    CUSTOMER_CREATED = "customer.created"
    CUSTOMER_DELETED = "customer.deleted"
    CUSTOMER_UPDATED = "customer.updated"
    INVOICE_CANCELLED = "invoice.cancelled"
    INVOICE_CREATED = "invoice.created"
    INVOICE_SENT = "invoice.sent"
    INVOICE_STAMPED = "invoice.stamped"
    PAYMENT_CANCELLED = "payment.cancelled"
    PAYMENT_CREATED = "payment.created"
    PAYMENT_FAILED = "payment.failed"
    PAYMENT_REFUNDED = "payment.refunded"
    PAYMENT_SUCCEEDED = "payment.succeeded"
    RECEIPT_CANCELLED = "receipt.cancelled"
    RECEIPT_CREATED = "receipt.created"
    RECEIPT_STAMPED = "receipt.stamped"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Self | None:
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """False for a value this version of the client does not list."""
        return self._name_ != "UNKNOWN"
