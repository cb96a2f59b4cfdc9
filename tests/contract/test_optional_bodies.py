"""The two last differences with gigstack's CLI: `runEndOfMonthInvoicing` and `updatePayment` take an
optional body. Called with none, the module function sends none (the spec allows it), while the
resource method sends `{}`, the body the CLI sends (their recorded exchanges cover that)."""

import pytest
from openapi_core.testing import MockRequest

from gigstack.api.invoices import run_end_of_month_invoicing
from gigstack.api.payments import update_payment
from support.fixtures import HOST, openapi_spec
from support.spec import document


@pytest.mark.parametrize(
    ("path", "method"), [("/invoices/eom/run", "post"), ("/payments/{id}", "put")], ids=["eom-run", "update-payment"]
)
def test_the_body_is_optional_in_the_spec(path: str, method: str) -> None:
    assert document()["paths"][path][method]["requestBody"]["required"] is False


def test_the_module_functions_can_be_called_without_a_body() -> None:
    for kwargs in (run_end_of_month_invoicing._get_kwargs(), update_payment._get_kwargs("payment_1")):
        assert "json" not in kwargs and "content" not in kwargs
    for method, path in (("post", "/v2/invoices/eom/run"), ("put", "/v2/payments/payment_1")):
        request = MockRequest(HOST, method, path, headers={"authorization": "Bearer REDACTED"})
        openapi_spec().validate_request(request)
