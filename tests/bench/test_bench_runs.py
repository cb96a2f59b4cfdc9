"""`make bench --quick` runs every measurement and writes the table and the chart. It checks
that the benchmark works, never how fast anything is: speed lives in bench/results.md."""

import subprocess
import sys

from support.paths import ROOT


def test_quick_bench_writes_the_table_and_the_chart(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    table = (tmp_path / "results.md").read_text()
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| measure")]
    measures = " ".join(rows)
    for expected in (
        "regenerate",
        "from_dict(json.loads) vs json.loads",
        "pydantic",
        "read nine fields",
        "msgspec peer",
        "cold start",
        "sync single",
        "gs.clients.list(limit=100).data",
        "list_clients.sync",
        "async 100-client page",
        "iterate",
        "peak memory",
        "bulk issue",
        "bulk resume",
        "a short job",
        "side file (WAL)",
        "resident memory added for each listed invoice",
        "gigstack --version",
        "gigstack clients list --help",
        "peak memory (RSS) of 10,000 clients vs 1,000",
        "gigstack clients list --all (10,000 clients",
        "gigstack mcp --tools default, writes allowed: size of the tool list",
        "gigstack mcp --tools dynamic",
        "start to the first tool list",
        "answer of one large string",
        "answer of a page of many small objects",
    ):
        assert expected in measures, expected
    assert "Machine:" in table and "cores" in table
    assert (tmp_path / "ratios.png").read_bytes()[:4] == b"\x89PNG"
