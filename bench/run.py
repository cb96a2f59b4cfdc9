"""Benchmarks of the generated client, every figure measured side by side in one run and
reported as a ratio to its baseline.

    python -m bench.run [--quick] [--out DIR]

Writes DIR/results.md (the table and the machine) and DIR/ratios.png, and prints the table.
--quick runs every measurement with few repetitions: it proves the benchmark works, not speed.
"""

import argparse
import asyncio
import gc
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated" / "gigstack"))

from bench import agents, cli, jobs, memory  # noqa: E402
from bench.parsing import decoder, parse_profile, parsing, reading  # noqa: E402
from bench.rows import Row  # noqa: E402
from bench.server import PAGES, LoopbackServer  # noqa: E402


def regeneration(rows: list[Row]) -> None:
    operations = sum(
        1
        for item in yaml.safe_load((ROOT / "generated/openapi.yaml").read_text())["paths"].values()
        for method in item
        if method in ("get", "put", "post", "delete", "patch")
    )
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        subprocess.run([str(ROOT / "scripts/generate"), out], check=True, capture_output=True)
        seconds = time.perf_counter() - started
    rows.append(Row(f"regenerate the whole spec ({operations} operations)", f"{seconds:.2f} s",
                    f"{seconds / operations * 1000:.0f} ms per operation", 1.0, "", None))  # fmt: skip


def side_by_side(
    measure: Callable[[Callable[[], Any]], float], raw: Callable[[], Any], ours: Callable[[], Any]
) -> tuple[float, float]:
    """The best of five interleaved rounds of each: load on the machine hits both alike."""
    raw_best = ours_best = 0.0
    for _round in range(5):
        raw_best = max(raw_best, measure(raw))
        ours_best = max(ours_best, measure(ours))
    return raw_best, ours_best


def rate(calls: int, function: Callable[[], Any]) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        function()
    return calls / (time.perf_counter() - started)


async def async_rate(calls: int, in_flight: int, function: Callable[[], Any]) -> float:
    semaphore = asyncio.Semaphore(in_flight)

    async def one() -> None:
        async with semaphore:
            await function()

    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(calls)))
    return calls / (time.perf_counter() - started)


def use_stdlib_json(enabled: bool) -> None:
    """Switch the package's decoder to the standard library's (to measure without orjson) or back."""
    from gigstack import _json

    _json.loads = _json._loads_stdlib if enabled or _json.DECODER != "orjson" else _json._loads_orjson


def throughput(rows: list[Row], base_url: str, quick: bool) -> None:
    from gigstack import AsyncGigstack, AuthenticatedClient, Gigstack
    from gigstack.api.clients import get_client, list_clients

    calls = 40 if quick else 600
    gs = Gigstack("bench-key", base_url=base_url)
    api = AuthenticatedClient(base_url=base_url, token="bench-key")
    raw = httpx.Client(base_url=base_url, headers={"Authorization": "Bearer bench-key"})
    for _warm in range(20):
        raw.get("/clients/client_1").json()
        gs.clients.retrieve("client_1")
        get_client.sync("client_1", client=api)
    page = {"limit": 100}

    def variants() -> list[tuple[str, Callable[[], Any], Callable[[], Any], float]]:
        return [
            ("single client: gs.clients.retrieve", lambda: raw.get("/clients/client_1").json(),
             lambda: gs.clients.retrieve("client_1"), 0.9),
            ("100-client page: gs.clients.list(limit=100).data", lambda: raw.get("/clients", params=page).json(),
             lambda: gs.clients.list(limit=100).data, 0.95),
            ("100-client page: list_clients.sync(...).data", lambda: raw.get("/clients", params=page).json(),
             lambda: list_clients.sync(client=api, limit=100).data, 0.9),
        ]  # fmt: skip

    for stdlib in (False, True):
        use_stdlib_json(stdlib)
        suffix = ", stdlib json" if stdlib else ""
        for label, raw_call, ours_call, target in variants():
            if stdlib and "single" in label:
                continue
            raw_rps, ours_rps = side_by_side(lambda f: rate(calls // 3, f), raw_call, ours_call)
            rows.append(Row(f"sync {label}{suffix}: requests/s vs raw httpx + .json()", f"{ours_rps:.0f}/s",
                            f"{raw_rps:.0f}/s", ours_rps / raw_rps, "" if stdlib else f"≥ {target}x",
                            None if stdlib else ours_rps / raw_rps >= target))  # fmt: skip
    use_stdlib_json(False)

    async def async_cases() -> None:
        raw_async = httpx.AsyncClient(base_url=base_url, headers={"Authorization": "Bearer bench-key"})
        ags = AsyncGigstack("bench-key", base_url=base_url)
        api_async = AuthenticatedClient(base_url=base_url, token="bench-key")

        async def raw_single() -> None:
            (await raw_async.get("/clients/client_1")).json()

        async def raw_page() -> None:
            (await raw_async.get("/clients", params=page)).json()

        async def ours_single() -> None:
            await ags.clients.retrieve("client_1")

        async def ours_page() -> None:
            _ = (await ags.clients.list(limit=100)).data

        async def module_page() -> None:
            _ = (await list_clients.asyncio(client=api_async, limit=100)).data

        for label, raw_call, ours_call, target in (
            ("single client: ags.clients.retrieve", raw_single, ours_single, 0.9),
            ("100-client page: ags.clients.list(limit=100)", raw_page, ours_page, 0.95),
            ("100-client page: list_clients.asyncio(...)", raw_page, module_page, 0.9),
        ):
            raw_rps, ours_rps = 0.0, 0.0
            for _round in range(5):  # interleaved rounds, the best of each: load on the machine hits both alike
                raw_rps = max(raw_rps, await async_rate(calls // 3, 10, raw_call))
                ours_rps = max(ours_rps, await async_rate(calls // 3, 10, ours_call))
            rows.append(Row(f"async {label}, 10 in flight: requests/s vs raw httpx", f"{ours_rps:.0f}/s",
                            f"{raw_rps:.0f}/s", ours_rps / raw_rps, f"≥ {target}x", ours_rps / raw_rps >= target))  # fmt: skip
        await raw_async.aclose()
        await ags.close()
        await api_async.aclose()

    asyncio.run(async_cases())
    raw.close()
    gs.close()
    api.close()


def pagination(rows: list[Row], base_url: str, quick: bool) -> None:
    from gigstack import Gigstack

    pages_to_read = 10 if quick else PAGES
    raw = httpx.Client(base_url=base_url, headers={"Authorization": "Bearer bench-key"})
    gs = Gigstack("bench-key", base_url=base_url)

    def raw_loop() -> int:
        count, cursor, read = 0, None, 0
        while read < pages_to_read:
            body = raw.get("/clients", params={"limit": 100, **({"next": cursor} if cursor else {})}).json()
            count += sum(1 for item in body["data"] if item is not None)
            read += 1
            if not body["has_more"]:
                break
            cursor = body["next"]
        return count

    def ours() -> int:
        count = 0
        for count, _client in enumerate(gs.clients.list(limit=100), start=1):
            if count == pages_to_read * 100:
                break
        return count

    raw_seconds = our_seconds = float("inf")
    for _round in range(3):  # interleaved rounds, the best of each
        started = time.perf_counter()
        raw_count = raw_loop()
        raw_seconds = min(raw_seconds, time.perf_counter() - started)
        started = time.perf_counter()
        our_count = ours()
        our_seconds = min(our_seconds, time.perf_counter() - started)
    assert raw_count == our_count == pages_to_read * 100
    rows.append(Row(f"iterate {our_count:,} clients in {pages_to_read} pages (for c in gs.clients.list): time vs a raw httpx loop",
                    f"{our_seconds:.2f} s", f"{raw_seconds:.2f} s", our_seconds / raw_seconds, "≤ 1.2x",
                    our_seconds / raw_seconds <= 1.2))  # fmt: skip
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    ours()
    peak = tracemalloc.get_traced_memory()[1] - before
    tracemalloc.stop()
    rows.append(Row(f"iterate {our_count:,} clients: peak memory growth (tracemalloc)", f"{peak / 2**20:.1f} MB",
                    "5 MB", peak / (5 * 2**20), "< 5 MB", peak < 5 * 2**20))  # fmt: skip
    raw.close()
    gs.close()


COLD_OURS = "from gigstack import Gigstack; Gigstack(api_key='bench-key').clients.list"
COLD_DEPENDENCIES = "import httpx, httpx_retries, orjson"  # the package's dependencies on CPython


def import_seconds(statement: str) -> float:
    """The time `statement` takes in a fresh interpreter (its own start-up left out)."""
    probe = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "gigstack"), "PYTHONDONTWRITEBYTECODE": ""}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env)
    return float(out.stdout.strip())


def cold_start(rows: list[Row], quick: bool) -> None:
    """The first call path (`Gigstack(...).clients.list`, not sent) against importing the runtime
    dependencies alone, each in fresh interpreters, interleaved, medians."""
    runs = 3 if quick else 15
    ours: list[float] = []
    dependencies: list[float] = []
    import_seconds(COLD_OURS)  # compile the bytecode once, as an installed package has it
    for _ in range(runs):
        dependencies.append(import_seconds(COLD_DEPENDENCIES))
        ours.append(import_seconds(COLD_OURS))
    ours_s, deps_s = statistics.median(ours), statistics.median(dependencies)
    rows.append(Row("cold start: Gigstack(...).clients.list vs import httpx, httpx_retries, orjson",
                    f"{ours_s * 1000:.0f} ms", f"{deps_s * 1000:.0f} ms", ours_s / deps_s, "≤ 1.2x",
                    ours_s / deps_s <= 1.2))  # fmt: skip


def bulk(rows: list[Row], quick: bool) -> None:
    """The bulk job (bench/jobs.py): issue rate under a server's limit, CPU per row, resume."""
    found = jobs.bulk(quick)
    budget_ms = 1000 / found.limit
    rows.append(Row(f"bulk issue: {found.rows} rows against a {found.limit:g} req/s limit (429 + Retry-After)",
                    f"{found.rows_per_second:.1f} rows/s ({found.throttled} 429s)", f"{found.limit:g} req/s",
                    found.share, "≥ 0.9x", found.share >= 0.9))  # fmt: skip
    rows.append(Row("bulk issue: client CPU per row vs the time per row at the limit",
                    f"{found.cpu_ms_per_row:.1f} ms", f"{budget_ms:.0f} ms", found.cpu_ms_per_row / budget_ms, "", None))  # fmt: skip
    rows.append(Row(f"bulk issue: a short job, {found.short_rows} rows against the same limit (the slow start weighs more)",
                    f"{found.short_rows_per_second:.1f} rows/s", f"{found.limit:g} req/s", found.short_share, "", None))  # fmt: skip
    rows.append(Row(f"bulk resume: a finished {found.resume_rows:,}-row job run again (sends nothing)",
                    f"{found.resume_seconds:.2f} s", "10 s", found.resume_seconds / 10, "≤ 1.0x",
                    found.resume_seconds <= 10))  # fmt: skip
    rows.append(Row(f"bulk validation of {found.resume_rows:,} rows: the journal's side file (WAL) vs the rows file",
                    f"{found.wal_bytes / 2**20:.1f} MB", f"{found.rows_file_bytes / 2**20:.1f} MB",
                    found.wal_bytes / max(found.rows_file_bytes, 1), "", None))  # fmt: skip
    rows.append(Row("export: resident memory added for each listed invoice (uuids seen and the last manifest, kept on disk) vs the uuid's 36 characters",
                    f"{found.export_bytes_per_invoice:.0f} B", "36 B", found.export_bytes_per_invoice / 36, "", None))  # fmt: skip


def machine() -> str:
    return (f"{os.cpu_count()} cores, Python {platform.python_version()} ({platform.machine()}), "
            f"httpx {httpx.__version__}, {platform.system()} {platform.release()}")  # fmt: skip


def table(rows: list[Row]) -> str:
    head = ["measure", "ours", "baseline", "ratio", "target", "met"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def chart(rows: list[Row], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shown = [row for row in rows if row.target]
    fig, ax = plt.subplots(figsize=(10, 0.5 * len(shown) + 1.5))
    colours = ["#2e7d32" if row.met else "#c62828" for row in shown]
    ax.barh([row.measure for row in shown], [row.ratio for row in shown], color=colours)
    for index, row in enumerate(shown):
        limit = float(row.target.split()[1].rstrip("x")) if "x" in row.target else 1.0
        ax.plot([limit, limit], [index - 0.4, index + 0.4], color="black", linewidth=1)
    ax.invert_yaxis()
    ax.set_xlabel("ratio to the baseline (black mark: target)")
    ax.set_title("ratios to the baselines, measured side by side", loc="right")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="few repetitions: checks the benchmark runs")
    parser.add_argument("--out", type=Path, default=ROOT / "bench")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    regeneration(rows)
    cold_start(rows, args.quick)
    parsing(rows, args.quick)
    reading(rows, args.quick)
    decoder(rows, args.quick)
    with LoopbackServer() as base_url:
        throughput(rows, base_url, args.quick)
        pagination(rows, base_url, args.quick)
        cli.streaming(rows, base_url, args.quick)
    cli.start_up(rows, args.quick)
    agents.tool_lists(rows, args.quick)
    memory.big_answers(rows, args.quick)
    bulk(rows, args.quick)
    args.out.mkdir(parents=True, exist_ok=True)
    text = table(rows)
    mode = "quick run (few repetitions; not for reading speed)" if args.quick else "full run"
    profile = parse_profile(args.quick)
    (args.out / "results.md").write_text(
        f"# Benchmark results\n\nMachine: {machine()}. {mode}.\n\n{text}\n\n"
        "## Where parsing a 100-client page and reading nine fields of each goes (cProfile, own time)\n\n"
        "A model is a view over the decoded JSON: from_dict() checks the page's envelope and wraps it;\n"
        "each client becomes a (small) object when `.data` is read, and each field is read from the JSON.\n\n"
        f"```\n{profile}\n```\n"
    )
    chart(rows, args.out / "ratios.png")
    print(text)
    print(f"\nMachine: {machine()}\nWrote {args.out / 'results.md'} and {args.out / 'ratios.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
