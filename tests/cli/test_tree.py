"""The command tree is the spec's: one command per x-sdk operation, named as the resource client
names it, each with a help page built from the spec, and none imported until it runs."""

import importlib

import pytest
from click.testing import CliRunner

from gigstack.cli import _index
from gigstack.cli._root import cli
from support.spec import operations

SDK_OPERATIONS = {op.operation_id: op for op in operations().values() if op.raw.get("x-sdk")}


def words_of(sdk: dict) -> str:
    return " ".join(part.replace("_", "-") for part in [*sdk["resource"].split("."), sdk["method"]])


def info_of(words: str) -> dict:
    root, _ = _index.COMMANDS[words]
    return importlib.import_module(f"gigstack.cli.operations.{root.replace('-', '_')}").COMMANDS[words]


def test_every_sdk_operation_is_a_command_with_its_method_path_and_safety() -> None:
    assert len(SDK_OPERATIONS) > 150
    for op in SDK_OPERATIONS.values():
        words = words_of(op.raw["x-sdk"])
        assert words in _index.COMMANDS, f"{op.operation_id}: no `gigstack {words}`"
        info = info_of(words)
        assert (info["method"], info["url"]) == (op.method.upper(), op.path), words
        assert info["safety"] == op.raw["x-safety"], words


@pytest.mark.parametrize(
    "words, arguments",
    [
        ("clients list", []),
        ("clients retrieve", ["ID"]),
        ("invoices income create", []),
        ("invoices payment-complements list", []),
        ("sat-downloads jobs list", []),
        ("teams members list", ["TEAM"]),
    ],
)
def test_names_mirror_the_resource_client(words: str, arguments: list[str]) -> None:
    assert [a["metavar"] for a in info_of(words)["arguments"]] == arguments


def test_every_command_has_a_help_page_from_the_spec() -> None:
    runner = CliRunner()
    for words in _index.COMMANDS:
        done = runner.invoke(cli, [*words.split(), "--help"], prog_name="gigstack")
        assert done.exit_code == 0, (words, done.output)
        info = info_of(words)
        assert info["summary"].rstrip(".") in done.output, words
        assert "Exit status" in done.output


def test_the_bulk_jobs_stand_beside_the_generated_commands() -> None:
    done = CliRunner().invoke(cli, ["invoices", "--help"], prog_name="gigstack")
    assert done.exit_code == 0
    for name in ("issue", "export", "income", "cancel", "payment-complements"):
        assert f"  {name} " in done.output, name


def test_group_help_lists_subgroups_and_commands(gigstack) -> None:
    done = gigstack("invoices", "income", "--help")
    assert done.status == 0
    assert "create" in done.stdout and "batches" in done.stdout and "list" in done.stdout


def test_the_root_help_documents_the_exit_statuses(gigstack) -> None:
    done = gigstack("--help")
    assert done.status == 0
    for text in ("0 done", "1 the API refused", "2 usage", "3 a confirmation", "4 the key", "5 outcome unknown", "130"):
        assert text in done.stdout, text


def test_version(gigstack) -> None:
    from gigstack._version import __version__

    done = gigstack("--version")
    assert done.status == 0 and __version__ in done.stdout


def test_no_operation_module_is_imported_to_list_the_tree(console_script) -> None:
    import subprocess

    python = console_script.parent / "python"
    code = (
        "import sys; from gigstack.cli import main; main(['--help']); "
        "print(sorted(m for m in sys.modules if m.startswith('gigstack.cli.operations.') or m.startswith('gigstack.api.')))"
    )
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout + done.stderr
