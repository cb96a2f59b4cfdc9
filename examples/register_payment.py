"""Register a payment already received (a bank transfer) and let gigstack invoice it (PUE)."""

from decimal import Decimal

from _client import client

with client() as gs:
    payment = gs.payments.register(
        client={"id": "client_Rk2fP9sLm4Qz"},
        items=[{"id": "service_Jt4kR2mW8pLa", "quantity": 10, "unit_price": 1500.0}],
        payment_form="03",  # Transferencia electrónica de fondos
        automation_type="pue_invoice",
        # Your own id for this payment: a retry with the same key registers it only once. Without
        # one the client makes one up, so its own retries are safe too.
        idempotency_key="erp-cobro-2026-0142",
    )
    total = Decimal(str(payment.total)) if payment.total is not None else None
    print(f"{payment.id} {payment.status} total={total} invoices={payment.invoices}")
