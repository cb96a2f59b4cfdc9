"""`gigstack mcp`: the size of each mode's tool list (bytes, and tokens estimated at four bytes
each) against its budget, and the time from starting the server to its first tool list, against
a bare server of the same SDK that lists one tool; each through the SDK's own client over stdio."""

import json
import os
import statistics
import sys
import time

import anyio
from mcp import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

from bench.rows import ROOT, Row

CONSOLE = "import sys; from gigstack.cli import entry_point; sys.argv[0] = 'gigstack'; entry_point()"
BARE = """
import anyio
from mcp import types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

async def tools(ctx, params):
    return types.ListToolsResult(tools=[types.Tool(name="ping", input_schema={"type": "object"})])

async def main():
    server = Server("bare", on_list_tools=tools)
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())

anyio.run(main)
"""
# mode, its arguments, the budget of its tool list in bytes (None: no budget)
MODES = [
    ("default, read-only", ["--tools", "default"], 60_000),
    ("default, writes allowed", ["--tools", "default", "--allow-writes"], 60_000),
    ("all, writes allowed", ["--tools", "all", "--allow-writes"], None),
    ("dynamic, writes allowed", ["--tools", "dynamic", "--allow-writes"], 8_000),
]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIGSTACK_")}
    env.update(
        PYTHONPATH=str(ROOT / "generated" / "gigstack"),
        GIGSTACK_KEYRING="0",
        GIGSTACK_API_KEY="sk_test_bench_0123456789",
        GIGSTACK_CONFIG_DIR=str(ROOT / "build" / "bench-mcp-config"),
        PYTHONDONTWRITEBYTECODE="",
    )
    return env


async def _first_list(args: list[str]) -> tuple[float, int, int]:
    """Seconds from spawning the server to its tool list, the list's compact JSON size, and its length."""
    params = StdioServerParameters(command=sys.executable, args=args, env=_env())
    started = time.perf_counter()
    with anyio.fail_after(120), open(os.devnull, "w") as quiet:
        async with stdio_client(params, errlog=quiet) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            tools = (await session.list_tools()).tools
            seconds = time.perf_counter() - started
    dumped = [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools]
    return seconds, len(json.dumps(dumped, separators=(",", ":"), ensure_ascii=False).encode()), len(tools)


def tool_lists(rows: list[Row], quick: bool) -> None:
    sizes: dict[str, tuple[int, int]] = {}
    for label, mode_args, budget in MODES:
        _, size, count = anyio.run(_first_list, ["-c", CONSOLE, "mcp", *mode_args])
        sizes[label] = (size, count)
        measure = f"gigstack mcp --tools {label}: size of the tool list ({count} tools, about {size // 4:,} tokens)"
        if budget is None:
            default = sizes["default, writes allowed"][0]
            rows.append(Row(measure + " vs the default set", f"{size:,} B", f"{default:,} B", size / default, "", None))
        else:
            rows.append(Row(measure + " vs its budget", f"{size:,} B", f"{budget:,} B", size / budget,
                            "≤ 1.0x", size <= budget))  # fmt: skip
    runs = 2 if quick else 7
    anyio.run(_first_list, ["-c", CONSOLE, "mcp"])  # bytecode compiled once, as an installed package has it
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(runs):  # in turn, so that load on the machine hits both alike
        ours.append(anyio.run(_first_list, ["-c", CONSOLE, "mcp"])[0])
        bare.append(anyio.run(_first_list, ["-c", BARE])[0])
    mine, base = statistics.median(ours), statistics.median(bare)
    rows.append(Row("gigstack mcp: start to the first tool list (default set) vs a bare server of the same SDK",
                    f"{mine * 1000:.0f} ms", f"{base * 1000:.0f} ms", mine / base, "", None))  # fmt: skip
