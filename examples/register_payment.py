"""Register a payment already received (a bank transfer) and let gigstack invoice it (PUE)."""

from decimal import Decimal

from _client import client

from gigstack.api.payments import register_payment
from gigstack.models import AutomationType, ClientReference, Item, PaymentForm, PaymentRegistration

api = client()
payment = register_payment.sync(
    client=api,
    body=PaymentRegistration(
        client=ClientReference(id="client_Rk2fP9sLm4Qz"),
        items=[Item(id="service_Jt4kR2mW8pLa", quantity=10, unit_price=1500.0)],
        payment_form=PaymentForm.TRANSFERENCIA_ELECTRONICA,
        automation_type=AutomationType.PUE_INVOICE,
        # Your own id for this payment: a retry with the same key registers it only once.
        idempotency_key="erp-cobro-2026-0142",
    ),
).data
total = Decimal(str(payment.total)) if isinstance(payment.total, float | int) else None
print(f"{payment.id} {payment.status} total={total} invoices={payment.invoices}")
