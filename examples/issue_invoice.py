"""Issue (stamp) an income invoice for a client, then list the invoices of that client."""

from _client import client

from gigstack import errors

with client() as gs:
    try:
        invoice = gs.invoices.income.create(
            client={"id": "client_Rk2fP9sLm4Qz"},
            automation_type="pue_invoice",
            currency="MXN",
            use="G03",
            payment_form="03",
            payment_method="PUE",
            series="F",
            items=[
                {
                    "description": "Consultoría fiscal (horas)",
                    "quantity": 10,
                    "unit_price": 1500,
                    "product_key": "80141503",
                    "unit_key": "E48",
                    "taxability": "02",
                    "taxes": [{"type": "IVA", "rate": 0.16, "factor": "Tasa"}],
                }
            ],
        )
    except errors.BadRequestError as error:
        raise SystemExit(f"not stamped: {error}") from None
    print(f"stamped {invoice.uuid}: total {invoice.total}")
    files = gs.invoices.retrieve_files(invoice.uuid)
    print("PDF ready" if files.pdf else "PDF not generated yet")
