"""The `gigstack` command: its start-up against importing click and httpx, and `clients list
--all` streaming 10,000 clients (peak memory against 1,000; time against the SDK's iteration),
each a fresh process, measured in turn."""

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.rows import ROOT, Row

# The child writes its own peak resident memory (VmHWM, which exec resets) as it exits: the
# rusage of a forked child also counts the pages of the parent it was forked from.
PEAK = (
    "import atexit, os; atexit.register(lambda: os.environ.get('BENCH_PEAK_FILE') and "
    "open(os.environ['BENCH_PEAK_FILE'], 'w').write(open('/proc/self/status').read())); "
)
CONSOLE = PEAK + "import sys; from gigstack.cli import entry_point; sys.argv[0] = 'gigstack'; entry_point()"
SDK_ITERATION = (
    PEAK + "import sys; from gigstack import Gigstack; "
    "n = sum(1 for _ in Gigstack('bench-key', base_url=sys.argv[1]).clients.list(limit=100)); assert n == 10000, n"
)


@dataclass
class Ran:
    seconds: float
    peak_rss_kb: int


def run(argv: list[str], base_url: str | None = None) -> Ran:
    """Wall time and the peak resident memory of one process (0 where /proc is not there)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIGSTACK_")}
    # Bytecode written and reused, as an installed package has it.
    env.update(PYTHONPATH=str(ROOT / "generated" / "gigstack"), GIGSTACK_KEYRING="0", PYTHONDONTWRITEBYTECODE="")
    if base_url:
        env.update(GIGSTACK_API_KEY="sk_test_bench_0123456789", GIGSTACK_API_BASE_URL=base_url)
    with tempfile.TemporaryDirectory() as folder:
        peak_file = Path(folder) / "status"
        env["BENCH_PEAK_FILE"] = str(peak_file)
        started = time.perf_counter()
        done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"{argv[2:]} exited {done.returncode}: {done.stderr.decode()[-500:]}")
        status = peak_file.read_text() if peak_file.exists() else ""
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, flags=re.M)
    return Ran(seconds, int(found.group(1)) if found else 0)


def command(*args: str) -> list[str]:
    return [sys.executable, "-c", CONSOLE, *args]


def start_up(rows: list[Row], quick: bool) -> None:
    runs = 3 if quick else 15
    run(command("--version"))  # compile the bytecode once, as an installed package has it
    baseline = [sys.executable, "-c", "import click, httpx"]
    times: dict[str, list[float]] = {"base": [], "version": [], "help": []}
    for _ in range(runs):
        times["base"].append(run(baseline).seconds)
        times["version"].append(run(command("--version")).seconds)
        times["help"].append(run(command("clients", "list", "--help")).seconds)
    base = statistics.median(times["base"])
    for name, label in (("version", "gigstack --version"), ("help", "gigstack clients list --help")):
        ours = statistics.median(times[name])
        rows.append(Row(f"command start-up: {label} vs python -c 'import click, httpx'", f"{ours * 1000:.0f} ms",
                        f"{base * 1000:.0f} ms", ours / base, "≤ 1.5x", ours / base <= 1.5))  # fmt: skip


def streaming(rows: list[Row], base_url: str, quick: bool) -> None:
    rounds = 1 if quick else 3
    walk = command("clients", "list", "--all", "--limit", "100", "--format", "jsonl")
    best: dict[str, Ran] = {}
    run([*walk, "--max-items", "1"], base_url)  # compile the bytecode once
    for _ in range(rounds):  # in turn, the best of each
        for name, argv in (
            ("all", walk),
            ("thousand", [*walk, "--max-items", "1000"]),
            ("sdk", [sys.executable, "-c", SDK_ITERATION, base_url]),
        ):
            ran = run(argv, base_url)
            if name not in best or ran.seconds < best[name].seconds:
                best[name] = Ran(ran.seconds, min(ran.peak_rss_kb, best.get(name, ran).peak_rss_kb))
    memory = best["all"].peak_rss_kb / max(best["thousand"].peak_rss_kb, 1)
    rows.append(Row("gigstack clients list --all: peak memory (RSS) of 10,000 clients vs 1,000",
                    f"{best['all'].peak_rss_kb / 1024:.1f} MB", f"{best['thousand'].peak_rss_kb / 1024:.1f} MB",
                    memory, "≤ 1.1x", memory <= 1.1))  # fmt: skip
    ratio = best["all"].seconds / best["sdk"].seconds
    rows.append(Row("gigstack clients list --all (10,000 clients as jsonl): time vs for c in gs.clients.list, a process each",
                    f"{best['all'].seconds:.2f} s", f"{best['sdk'].seconds:.2f} s", ratio, "≤ 1.2x", ratio <= 1.2))  # fmt: skip
