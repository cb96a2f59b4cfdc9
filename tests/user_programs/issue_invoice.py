"""Issue an invoice; a 400 is reported with the API's code and the request id."""

from gigstack import Gigstack, errors

with Gigstack() as gs:
    try:
        invoice = gs.invoices.income.create(
            client={"id": "client_Rk2fP9sLm4Qz"},
            payment_form="99",
            payment_method="PUE",
            use="G03",
            items=[{"description": "Consultoría", "quantity": 1, "unit_price": 1500, "product_key": "80141503"}],
        )
        total = invoice.total if invoice.total is not None else 0.0
        print(f"stamped {invoice.uuid} for {total:.2f}")
    except errors.BadRequestError as error:
        print(f"rejected: {error.code} (request {error.request_id}): {error.message}")
