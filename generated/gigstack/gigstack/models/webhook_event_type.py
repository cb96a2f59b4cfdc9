from enum import StrEnum
from typing import Any, Self


class WebhookEventType(StrEnum):
    CUSTOMER_CREATED = "customer.created"
    CUSTOMER_DELETED = "customer.deleted"
    CUSTOMER_UPDATED = "customer.updated"
    INVOICE_BATCH_COMPLETED = "invoice_batch.completed"
    INVOICE_CANCELED = "invoice.canceled"
    INVOICE_CANCELLED = "invoice.cancelled"
    INVOICE_CREATED = "invoice.created"
    INVOICE_FAILED = "invoice.failed"
    INVOICE_SENT = "invoice.sent"
    INVOICE_STAMPED = "invoice.stamped"
    PAYMENT_CANCELED = "payment.canceled"
    PAYMENT_CANCELLED = "payment.cancelled"
    PAYMENT_CREATED = "payment.created"
    PAYMENT_DELETED = "payment.deleted"
    PAYMENT_FAILED = "payment.failed"
    PAYMENT_REFUNDED = "payment.refunded"
    PAYMENT_SUCCEEDED = "payment.succeeded"
    PAYMENT_UPCOMING_DUE_DATE = "payment.upcoming_due_date"
    PAYMENT_UPDATED = "payment.updated"
    RECEIPT_CANCELLED = "receipt.cancelled"
    RECEIPT_COMPLETED = "receipt.completed"
    RECEIPT_CREATED = "receipt.created"
    RECEIPT_DELETED = "receipt.deleted"
    RECEIPT_STAMPED = "receipt.stamped"
    RECEIPT_UPDATED = "receipt.updated"
    SAT_INVOICE_SYNCED = "sat.invoice.synced"
    SERVICE_CREATED = "service.created"
    SERVICE_DELETED = "service.deleted"
    SERVICE_UPDATED = "service.updated"
    TEAMS_CREATED = "teams.created"
    TEAMS_OPENPAY_COMPLETED = "teams.openpay.completed"
    TEAMS_SAT_COMPLETED = "teams.sat.completed"
    TEAMS_SAT_MANIFEST_SIGNED = "teams.sat.manifest.signed"
    TEAMS_STRIPE_COMPLETED = "teams.stripe.completed"

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
