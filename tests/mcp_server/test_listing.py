"""The tools each mode lists, their names, sizes and hints, all from the spec's x-sdk, x-safety and
x-mcp: read-only unless --allow-writes, the curated default set, every operation, or three tools."""

import json
import re

import yaml

from support.paths import ROOT

SPEC = yaml.safe_load((ROOT / "generated" / "openapi.yaml").read_text())
OPERATIONS = {
    "_".join([*op["x-sdk"]["resource"].split("."), op["x-sdk"]["method"]]): op
    for item in SPEC["paths"].values()
    for op in item.values()
    if isinstance(op, dict) and "x-sdk" in op
}
CURATED = {name for name, op in OPERATIONS.items() if op.get("x-mcp") == "default"}


def size(tools) -> int:
    dumped = [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools]
    return len(json.dumps(dumped, separators=(",", ":"), ensure_ascii=False).encode())


async def test_the_default_set_is_the_specs_curated_reads_until_writes_are_allowed(connect) -> None:
    assert 0 < len(CURATED) <= 40
    async with connect() as session:
        read_only = (await session.list_tools()).tools
    async with connect("--allow-writes") as session:
        everything = (await session.list_tools()).tools
    reads = {n for n in CURATED if OPERATIONS[n]["x-safety"] == "read"}
    assert {t.name for t in read_only} == reads
    assert all(t.annotations.read_only_hint for t in read_only)
    assert {t.name for t in everything} == CURATED
    assert len(everything) <= 40 and size(everything) <= 60_000, size(everything)


async def test_every_operation_is_a_tool_named_after_its_sdk_place(connect) -> None:
    async with connect("--tools", "all", "--allow-writes") as session:
        tools = (await session.list_tools()).tools
    assert {t.name for t in tools} == set(OPERATIONS)
    for tool in tools:
        assert re.fullmatch(r"[a-z][a-z0-9_]{0,63}", tool.name), tool.name
        assert tool.description and tool.annotations.title
        assert tool.input_schema["type"] == "object"
        assert "team" not in tool.input_schema.get("properties", {})  # the user's --team, never the agent's
    assert "invoices_payment_complements_list" in {t.name for t in tools}


async def test_hints_follow_the_safety_class(connect) -> None:
    async with connect("--tools", "all", "--allow-writes") as session:
        tools = {t.name: t for t in (await session.list_tools()).tools}
    for name, tool in tools.items():
        safety, hints = OPERATIONS[name]["x-safety"], tool.annotations
        assert hints.read_only_hint is (safety == "read"), name
        assert hints.open_world_hint is True
        if safety != "read":
            assert hints.destructive_hint is (safety == "destructive"), name
        properties = tool.input_schema["properties"]
        if safety == "fiscal" and "idempotency_key" in properties:
            assert "idempotency_key" in tool.input_schema["required"], name
            assert "SAME idempotency_key" in tool.description
        assert ("preview" in properties) is (safety != "read"), name
    assert tools["invoices_cancel"].annotations.destructive_hint is True
    assert tools["invoices_income_create"].annotations.idempotent_hint is True
    assert tools["clients_list"].annotations.idempotent_hint is True


async def test_dynamic_mode_is_three_small_tools(connect) -> None:
    async with connect("--tools", "dynamic", "--allow-writes") as session:
        tools = (await session.list_tools()).tools
    assert [t.name for t in tools] == ["list_operations", "describe_operation", "call_operation"]
    assert size(tools) <= 8_000


async def test_resource_and_tool_narrow_the_list(connect) -> None:
    async with connect("--resource", "invoices.payment_complements", "--allow-writes") as session:
        names = {t.name for t in (await session.list_tools()).tools}
    assert names == {n for n in OPERATIONS if n.startswith("invoices_payment_complements_")}
    async with connect("--resource", "teams", "--tool", "clients_retrieve") as session:
        names = {t.name for t in (await session.list_tools()).tools}
    assert "clients_retrieve" in names and "teams_members_list" in names
    assert all(OPERATIONS[n]["x-safety"] == "read" for n in names)
    assert not any(n.startswith(("clients_list", "invoices_")) for n in names)


async def test_output_schemas_admit_a_page_and_leave_field_types_to_the_data(connect) -> None:
    async with connect() as session:
        tools = {t.name: t for t in (await session.list_tools()).tools}
    schema = tools["clients_list"].output_schema
    assert set(schema["properties"]) == {"data", "has_more", "next"}
    assert "legal_name" in schema["properties"]["data"]["items"]["properties"]
    assert "tax_id" in tools["clients_retrieve"].output_schema["properties"]
