"""The house rules of the spec are Redocly rules (redocly.yaml, tools/redocly/house-rules.mjs), so a
break names the source file and line under openapi/: a copy of the spec broken once per rule
fails with each rule at the line of its break."""

import re
import subprocess

import pytest

from support.paths import ROOT

CLIENTS = "openapi/paths/clients.yaml"
RECEIPTS = "openapi/paths/receipts.yaml"


def replace_once(text: str, old: str, new: str, after: str = "") -> str:
    start = text.index(after) if after else 0
    at = text.index(old, start)
    return text[:at] + new + text[at + len(old) :]


def line_of(text: str, needle: str, after: str = "") -> int:
    start = text.index(after) if after else 0
    return text.count("\n", 0, text.index(needle, start)) + 1


@pytest.fixture(scope="module")
def lint(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, int]]:
    """Redocly's findings on a broken copy of the spec, and the line of each break."""
    subprocess.run([str(ROOT / "scripts" / "bootstrap"), "validate"], check=True, capture_output=True)
    copy = tmp_path_factory.mktemp("spec")
    subprocess.run(
        ["cp", "-R", "openapi", "redocly.yaml", ".redocly.lint-ignore.yaml", str(copy)], cwd=ROOT, check=True
    )
    (copy / "tools" / "redocly").mkdir(parents=True)
    subprocess.run(["cp", "tools/redocly/house-rules.mjs", str(copy / "tools" / "redocly")], cwd=ROOT, check=True)

    clients = (copy / CLIENTS).read_text()
    breaks = {
        "rule/operation-id-form": ("operationId: listClients", "operationId: list_clients", ""),
        "rule/operation-one-tag": ("tags: [Clients]", "tags: [Clients, Teams]", "operationId: getClient"),
        "rule/evidence-documented-has-the-docs-url": ("source: https://docs.", "source: docs.", "operationId: createClient"),
        "rule/evidence-vendor-client-names-the-file": ("source: disruptive-learning/", "source: ", "operationId: searchClients"),
        "rule/evidence-level": ("level: inferred", "level: guessed", "operationId: uploadClientCsf"),
        "rule/sdk-resource-is-a-dotted-path": ("resource: clients, method: create_portal_token", "resource: Clients, method: create_portal_token", ""),
        "rule/sdk-method-is-snake-case": ("resource: clients, method: validate", "resource: clients, method: validateIt", ""),
        "house/operation-sdk": ("x-sdk: {resource: clients, method: retrieve}", "x-sdk-place: {}", "operationId: getClient"),
        "house/declared-errors": ("'429'", "'409'", "operationId: searchClients"),
        "house/operation-example": ("examples:", "x-examples:", "operationId: listClientSupportDocuments"),
        "house/operation-safety": ("x-safety: destructive", "x-caution: destructive", "operationId: deleteClient"),
        "house/operation-mcp": ("x-mcp: default", "x-mcp: always", "operationId: getClient"),
    }  # fmt: skip
    lines = {}
    for rule, (old, new, after) in breaks.items():
        lines[rule] = line_of(clients, old, after)
        clients = replace_once(clients, old, new, after)
    (copy / CLIENTS).write_text(clients)

    receipts = (copy / RECEIPTS).read_text()
    lines["rule/evidence-inferred-says-why"] = line_of(receipts, "reason: >-", "operationId: searchReceipts")
    receipts = re.sub(r"reason: >-\n(?:        .*\n)+", "reason: Seen once.\n", receipts, count=1)
    lines["get-not-read"] = line_of(receipts, "x-safety: read", "operationId: getReceipt")
    receipts = replace_once(receipts, "x-safety: read", "x-safety: write", "operationId: getReceipt")
    (copy / RECEIPTS).write_text(receipts)

    node_bin = ROOT / "tools" / "node" / "node_modules" / ".bin"
    redocly = ROOT / "tools" / "redocly" / "node_modules" / ".bin" / "redocly"
    result = subprocess.run(
        [str(node_bin / "node"), str(redocly), "lint", "--format", "stylish", "--max-problems", "100"],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0, result.stdout
    return result.stdout, lines


RULES_ON_CLIENTS = [
    "rule/operation-id-form",
    "rule/operation-one-tag",
    "rule/evidence-documented-has-the-docs-url",
    "rule/evidence-vendor-client-names-the-file",
    "rule/evidence-level",
    "rule/sdk-resource-is-a-dotted-path",
    "rule/sdk-method-is-snake-case",
]


@pytest.mark.parametrize("rule", RULES_ON_CLIENTS)
def test_a_broken_field_is_reported_at_its_line_in_the_source_file(lint: tuple[str, dict[str, int]], rule: str) -> None:
    output, lines = lint
    section = output.split(f"{CLIENTS}:", 1)[1].split("\n\n", 1)[0]
    assert re.search(rf"^\s+{lines[rule]}:\d+\s+error\s+{re.escape(rule)}\s", section, flags=re.M), output


@pytest.mark.parametrize(
    "rule",
    [
        "house/operation-sdk",
        "house/declared-errors",
        "house/operation-example",
        "house/operation-safety",
        "house/operation-mcp",
    ],
)
def test_an_operation_level_rule_is_reported_in_the_source_file_near_the_break(
    lint: tuple[str, dict[str, int]], rule: str
) -> None:
    output, lines = lint
    section = output.split(f"{CLIENTS}:", 1)[1].split("\n\n", 1)[0]
    found = [int(n) for n in re.findall(rf"^\s+(\d+):\d+\s+error\s+{re.escape(rule)}\s", section, flags=re.M)]
    assert found, output
    assert any(abs(line - lines[rule]) < 40 for line in found), (found, lines[rule])  # the operation or its responses


def test_a_rule_is_reported_in_the_file_that_breaks_it(lint: tuple[str, dict[str, int]]) -> None:
    output, lines = lint
    section = output.split(f"{RECEIPTS}:", 1)[1].split("\n\n", 1)[0]
    assert f"{lines['rule/evidence-inferred-says-why']}:" in section and "rule/evidence-inferred-says-why" in section


def test_a_get_that_claims_to_write_is_refused_at_its_line(lint: tuple[str, dict[str, int]]) -> None:
    output, lines = lint
    section = output.split(f"{RECEIPTS}:", 1)[1].split("\n\n", 1)[0]
    found = re.search(
        rf"^\s+{lines['get-not-read']}:\d+\s+error\s+house/operation-safety\s+A GET is x-safety: read",
        section,
        flags=re.M,
    )
    assert found, output
