"""The jobs sit above the client: `import gigstack` loads neither them nor the command, and
gigstack.jobs works without the cli extra (it imports no click or rich)."""

import ast
import subprocess
import sys

from support.paths import ROOT

PROBE = """
import sys
def loaded(*packages):
    return [name for name in sys.modules if name in packages or name.startswith(tuple(p + "." for p in packages))]

import gigstack
from gigstack import Gigstack
Gigstack(api_key="sk_test_probe").invoices
assert not loaded("gigstack.jobs", "gigstack.cli")
import gigstack.jobs
assert gigstack.jobs.issue_invoices
assert not loaded("gigstack.cli")
"""


def test_import_gigstack_loads_neither_the_jobs_nor_the_command() -> None:
    env = {"PYTHONPATH": str(ROOT / "generated" / "gigstack"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_the_jobs_import_no_library_of_the_cli_extra() -> None:
    for source in (ROOT / "runtime" / "gigstack" / "jobs").glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            assert not any(name.split(".")[0] in ("click", "rich") for name in names), source
