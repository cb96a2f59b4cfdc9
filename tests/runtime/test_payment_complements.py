"""A payment complement takes no idempotency key that any evidence shows, so the client must never
send one twice: not after a 5xx, not after a timeout (the outcome is unknown, and said so); and
its docs say plainly that it is not protected and how to pay a PPD invoice safely."""

import pytest

from gigstack import errors
from support.server import Reply

BODY = {"client": {"id": "client_1"}, "payment_form": "03", "related_documents": []}


def test_a_complement_is_never_sent_twice_after_a_server_error(server, make_gigstack) -> None:
    server.queue(Reply(503, {"message": "busy"}), Reply(200, {"message": "ok", "data": {"uuid": "u-2"}}))
    with make_gigstack() as gs, pytest.raises(errors.APIStatusError):
        gs.invoices.payment_complements.create(extra_body=BODY)
    assert len(server.received) == 1
    assert "idempotency_key" not in server.received[0].body.decode()
    assert "idempotency-key" not in {k.lower() for k in server.received[0].headers}


def test_a_timeout_while_stamping_a_complement_says_the_outcome_is_unknown(server, make_gigstack) -> None:
    server.queue(*[Reply(200, {"message": "ok", "data": {"uuid": "u-1"}}, delay=1.0) for _ in range(3)])
    with make_gigstack(timeout=0.2) as gs, pytest.raises(errors.APIConnectionError) as caught:
        gs.invoices.payment_complements.create(extra_body=BODY)
    assert caught.value.outcome_unknown is True
    assert len(server.received) == 1


def test_the_docstring_says_it_is_not_protected_and_how_to_pay_safely(make_gigstack) -> None:
    with make_gigstack() as gs:
        text = gs.invoices.payment_complements.create.__doc__ or ""
    flat = " ".join(text.split())
    assert "Not protected against a second stamp" in flat
    assert "invoice_id" in flat and "ppd_invoice_and_complement" in flat and "idempotency_key" in flat
