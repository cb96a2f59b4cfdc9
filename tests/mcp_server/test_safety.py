"""The safety an agent gets: read-only unless the user allows writes, previews that send nothing,
and a CFDI never stamped twice: a fiscal tool needs the agent's own key, a retry goes out with the
same key, and a key that stamped (or may have) is never sent again where the API cannot tell."""

import json
import stat

from mcp_server.conftest import LIVE_KEY, TEST_KEY, answer
from support.server import Reply

INVOICE = {"id": "inv_1", "uuid": "6F1C1D4E-3B2A-4C5D-9E8F-0A1B2C3D4E5F", "status": "valid", "total": 116.0}
INCOME = {"client_id": "client_1", "payment_form": "03", "items": [{"description": "Colegiatura", "unit_price": 100}]}


async def test_writes_are_neither_listed_nor_callable_without_allow_writes(connect, server) -> None:
    async with connect() as session:
        names = {t.name for t in (await session.list_tools()).tools}
        refused = await session.call_tool("invoices_cancel", {"uuid": "u-1", "motive": "02"})
    async with connect("--tools", "dynamic") as session:
        listed = await session.call_tool("list_operations", {"search": "cancel"})
        through = await session.call_tool("call_operation", {"name": "invoices_cancel", "arguments": {"uuid": "u-1"}})
    assert "invoices_cancel" not in names and "clients_create" not in names
    assert refused.is_error and "--allow-writes" in answer(refused)["error"]["message"]
    assert all(op["safety"] == "read" for op in listed.structured_content["operations"])
    assert through.is_error and "--allow-writes" in answer(through)["error"]["message"]
    assert server.received == []


async def test_dynamic_mode_describes_and_calls_every_operation(connect, server) -> None:
    server.queue(Reply(200, {"message": "ok", "data": [], "has_more": False}))
    async with connect("--tools", "dynamic") as session:
        found = await session.call_tool("list_operations", {"search": "api logs"})
        described = await session.call_tool("describe_operation", {"name": "teams_api_logs_list"})
        called = await session.call_tool(
            "call_operation", {"name": "teams_api_logs_list", "arguments": {"id": "team_1", "limit": 5}}
        )
    assert "teams_api_logs_list" in [op["name"] for op in found.structured_content["operations"]]
    assert described.structured_content["inputSchema"]["type"] == "object"
    assert not called.is_error, called.content[0].text
    assert server.received[0].path == "/v2/teams/team_1/api-logs" and dict(server.received[0].query)["limit"] == "5"


async def test_a_fiscal_tool_without_a_key_is_refused_and_nothing_is_sent(connect, server) -> None:
    async with connect("--allow-writes") as session:
        refused = await session.call_tool("invoices_income_create", INCOME)
        through = await session.call_tool("invoices_payment_complements_create", {"body": {"payments": []}})
    for result in (refused, through):
        assert result.is_error
        error = answer(result)["error"]
        assert error["code"] == "missing_argument" and "same key" in error["message"]
    assert server.received == []


async def test_preview_shows_the_request_with_the_key_redacted_and_sends_nothing(connect, server) -> None:
    async with connect("--allow-writes", key=LIVE_KEY) as session:
        shown = await session.call_tool(
            "invoices_income_create", {**INCOME, "idempotency_key": "order-1001", "preview": True}
        )
    assert not shown.is_error, shown.content[0].text
    request = shown.structured_content["request"]
    assert request["method"] == "POST" and request["url"].endswith("/v2/invoices/income")
    assert request["body"]["idempotency_key"] == "order-1001" and request["body"]["payment_form"] == "03"
    assert LIVE_KEY not in shown.content[0].text
    assert server.received == []


async def test_a_stamp_goes_out_with_the_agents_key_and_its_repeat_is_answered_without_sending(
    connect, server, tmp_path
) -> None:
    server.queue(Reply(201, {"message": "ok", "data": INVOICE}))
    async with connect("--allow-writes") as session:
        stamped = await session.call_tool("invoices_income_create", {**INCOME, "idempotency_key": "order-1001"})
        again = await session.call_tool("invoices_income_create", {**INCOME, "idempotency_key": "order-1001"})
        other = await session.call_tool(
            "invoices_income_create", {**INCOME, "items": [], "idempotency_key": "order-1001"}
        )
    assert not stamped.is_error, stamped.content[0].text
    assert stamped.structured_content["idempotency_key"] == "order-1001"
    assert len(server.received) == 1
    assert json.loads(server.received[0].body)["idempotency_key"] == "order-1001"
    assert again.structured_content["replayed"] is True and again.structured_content["ids"]["uuid"] == INVOICE["uuid"]
    assert other.is_error and answer(other)["error"]["code"] == "idempotency_key_reused"
    # The record outlives the server, readable by its owner only, and holds no one's name or RFC.
    ledger = tmp_path / "config" / "mcp-fiscal-keys.jsonl"
    assert stat.S_IMODE(ledger.stat().st_mode) == 0o600
    assert "client_1" not in ledger.read_text() and "Colegiatura" not in ledger.read_text()
    async with connect("--allow-writes") as session:
        restarted = await session.call_tool("invoices_income_create", {**INCOME, "idempotency_key": "order-1001"})
    assert restarted.structured_content["replayed"] is True and len(server.received) == 1


async def test_a_timeout_is_retried_with_the_same_key_then_told_as_an_unknown_outcome(connect, server) -> None:
    server.queue(*[Reply(201, {"message": "ok", "data": INVOICE}, delay=1.5) for _ in range(3)])
    async with connect("--allow-writes", before=("--timeout", "0.3")) as session:
        result = await session.call_tool("invoices_income_create", {**INCOME, "idempotency_key": "order-2002"})
    assert result.is_error
    error = answer(result)["error"]
    assert (
        error["code"] == "outcome_unknown"
        and "order-2002" in error["hint"]
        and "Never retry with a new key" in error["hint"]
    )
    keys = {json.loads(r.body)["idempotency_key"] for r in server.received}
    assert len(server.received) >= 2 and keys == {"order-2002"}


async def test_an_unkeyed_stamp_with_an_unknown_outcome_is_never_sent_again(connect, server) -> None:
    server.queue(Reply(201, {"message": "ok", "data": INVOICE}, delay=1.5))
    arguments = {"body": {"payments": [{"related_documents": [{"uuid": INVOICE["uuid"]}]}]}, "idempotency_key": "pay-7"}
    async with connect("--allow-writes", before=("--timeout", "0.3")) as session:
        first = await session.call_tool("invoices_payment_complements_create", arguments)
        second = await session.call_tool("invoices_payment_complements_create", arguments)
    assert first.is_error and answer(first)["error"]["code"] == "outcome_unknown"
    assert second.is_error and "Look the document up" in answer(second)["error"]["message"]
    assert len(server.received) == 1


async def test_a_test_key_and_a_refused_stamp_can_be_retried_with_the_same_key(connect, server) -> None:
    server.queue(
        Reply(400, {"message": "payment_form is required", "code": "invalid_request"}),
        Reply(201, {"message": "ok", "data": INVOICE}),
    )
    async with connect("--allow-writes", key=TEST_KEY) as session:
        refused = await session.call_tool("invoices_income_create", {**INCOME, "idempotency_key": "order-3003"})
        fixed = await session.call_tool("invoices_income_create", {**INCOME, "idempotency_key": "order-3003"})
    assert refused.is_error and answer(refused)["error"]["status"] == 400
    assert not fixed.is_error and len(server.received) == 2
