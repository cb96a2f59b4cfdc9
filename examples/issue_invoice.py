"""Issue (stamp) an income invoice for a client, then download its PDF."""

from pathlib import Path

import httpx
from _client import client

from gigstack.api.invoices import create_income_invoice, get_invoice_files
from gigstack.models import (
    AutomationType,
    CfdiUse,
    ClientReference,
    InvoiceCreate,
    Item,
    PaymentForm,
    PaymentMethod,
    Tax,
    Taxability,
    TaxFactor,
    TaxType,
)

api = client()
invoice = create_income_invoice.sync(
    client=api,
    body=InvoiceCreate(
        client=ClientReference(id="client_Rk2fP9sLm4Qz"),
        automation_type=AutomationType.PUE_INVOICE,
        currency="MXN",
        use=CfdiUse.G03,
        payment_form=PaymentForm.TRANSFERENCIA_ELECTRONICA,
        payment_method=PaymentMethod.PUE,
        series="F",
        # The same key on a retry can never stamp a second CFDI, so the client may retry it.
        idempotency_key="inv-kemper-2026-01",
        items=[
            Item(
                description="Consultoría fiscal (horas)",
                quantity=10,
                unit_price=1500,
                product_key="80141503",
                unit_key="E48",
                taxability=Taxability.SI_OBJETO,
                taxes=[Tax(type_=TaxType.IVA, rate=0.16, factor=TaxFactor.TASA)],
            )
        ],
    ),
).data
print(f"stamped {invoice.uuid}: total {invoice.total}")

files = get_invoice_files.sync(invoice.uuid, client=api).data
print(f"PDF at {files.pdf}")
# The file links open without the API key; on the mock they point nowhere, so only download for real.
if not api.base_url.startswith("http://127.0.0.1") and isinstance(files.pdf, str):
    Path(f"{invoice.uuid}.pdf").write_bytes(httpx.get(files.pdf, timeout=30).content)
    print(f"saved {invoice.uuid}.pdf")
