"""Writes: bodies from --data and flags, dry runs, idempotency keys and the confirmations that
x-safety asks for."""

import json
import re

from cli.conftest import CLIENT, LIVE_KEY, TEST_KEY
from support.server import Reply

CREATED = Reply(200, {"message": "ok", "data": CLIENT})
STAMPED = Reply(200, {"message": "ok", "data": {"id": "inv_1", "uuid": "7d5f2a4e-0000-4000-8000-000000000001"}})


def test_flags_win_over_data_and_types_are_kept(gigstack, server, tmp_path) -> None:
    server.queue(CREATED, CREATED, CREATED)
    data = {"legal_name": "Old name", "tax_id": "EKU9003173C9", "address": {"zip": "06600"}}
    done = gigstack("clients", "create", "--data", json.dumps(data), "--legal-name", "Escuela Kemper Urgate")
    assert done.status == 0, done.stderr
    assert json.loads(server.received[0].body) == {**data, "legal_name": "Escuela Kemper Urgate"}

    file = tmp_path / "client.json"
    file.write_text(json.dumps(data))
    assert gigstack("clients", "create", "--data", f"@{file}").status == 0
    assert json.loads(server.received[1].body) == data

    assert gigstack("clients", "create", "--data", "-", stdin=json.dumps(data)).status == 0
    assert json.loads(server.received[2].body) == data


def test_a_flag_of_the_wrong_type_is_2(gigstack, server) -> None:
    done = gigstack("invoices", "income", "create", "--client-id", "c1", "--folio-number", "twelve")
    assert done.status == 2 and server.received == []


def test_a_dry_run_prints_the_request_with_the_key_redacted_and_sends_nothing(gigstack, server) -> None:
    done = gigstack("clients", "create", "--legal-name", "Kemper", "--dry-run")
    assert done.status == 0, done.stderr
    shown = done.json()
    assert shown["method"] == "POST" and shown["url"].endswith("/v2/clients")
    assert shown["body"] == {"legal_name": "Kemper"}
    assert TEST_KEY not in done.stdout + done.stderr
    assert "authorization" in shown["headers"] and "REDACTED" in shown["headers"]["authorization"].upper()
    assert server.received == []


def test_a_dry_run_of_a_destructive_command_needs_no_confirmation(gigstack, server) -> None:
    done = gigstack("invoices", "cancel", "inv_1", "--motive", "02", "--dry-run")
    assert done.status == 0, done.stderr
    assert done.json()["method"] in ("DELETE", "POST") and server.received == []


def test_a_made_up_idempotency_key_is_printed_and_sent(gigstack, server) -> None:
    server.queue(STAMPED)
    done = gigstack("invoices", "income", "create", "--client-id", "client_1")
    assert done.status == 0, done.stderr
    printed = re.search(r"--idempotency-key (\S+)", done.stderr)
    assert printed, done.stderr
    assert json.loads(server.received[0].body)["idempotency_key"] == printed.group(1)


def test_a_given_idempotency_key_is_sent_as_given(gigstack, server) -> None:
    server.queue(STAMPED, Reply(200, {"message": "ok", "data": {"id": "batch_1"}}))
    assert gigstack("invoices", "income", "create", "--client-id", "c1", "--idempotency-key", "nov-0001").status == 0
    assert json.loads(server.received[0].body)["idempotency_key"] == "nov-0001"
    # A header-keyed operation gets it as the Idempotency-Key header.
    done = gigstack("invoices", "income", "batches", "create", "--data", '{"invoices": []}', "--idempotency-key", "b-1")
    assert done.status == 0, done.stderr
    assert server.received[1].headers["Idempotency-Key"] == "b-1"


def test_a_destructive_command_without_a_terminal_needs_yes(gigstack, server) -> None:
    server.queue(Reply(200, {"message": "deleted", "data": {"id": "client_1"}}))
    refused = gigstack("clients", "delete", "client_1")
    assert refused.status == 3
    assert "--yes" in refused.stderr and server.received == []
    agreed = gigstack("clients", "delete", "client_1", "--yes")
    assert agreed.status == 0, agreed.stderr
    assert [(r.method, r.path) for r in server.received] == [("DELETE", "/v2/clients/client_1")]


def test_a_fiscal_command_with_a_live_key_needs_yes_and_shows_the_mode(gigstack, server) -> None:
    server.queue(STAMPED)
    refused = gigstack("invoices", "income", "create", "--client-id", "c1", key=LIVE_KEY)
    assert refused.status == 3 and server.received == []
    assert "live key" in refused.stderr
    assert LIVE_KEY not in refused.stderr
    agreed = gigstack("invoices", "income", "create", "--client-id", "c1", "--yes", key=LIVE_KEY)
    assert agreed.status == 0, agreed.stderr
    assert len(server.received) == 1


def test_a_fiscal_command_with_a_test_key_asks_nothing(gigstack, server) -> None:
    server.queue(STAMPED)
    done = gigstack("invoices", "income", "create", "--client-id", "c1")
    assert done.status == 0, done.stderr
    assert "test key" in done.stderr and done.json()["id"] == "inv_1"


def test_a_plain_write_asks_nothing(gigstack, server) -> None:
    server.queue(CREATED)
    done = gigstack("clients", "update", "client_1", "--email", "a@b.mx")
    assert done.status == 0, done.stderr
    assert server.received[0].method == "PUT" and json.loads(server.received[0].body) == {"email": "a@b.mx"}
