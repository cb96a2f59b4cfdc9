"""A new operation in the spec is a new command and a new MCP tool after regenerating, with no code
written for it: add one to a copy of the bundled spec, generate a package from it, run the command
and list the tool."""

import json
import subprocess
import sys

import yaml

from cli.conftest import TEST_KEY, environment
from support.paths import ROOT
from support.server import Reply

NEW_OPERATION = {
    "get": {
        "operationId": "listClientNotes",
        "tags": ["Clients"],
        "x-sdk": {"resource": "clients.notes", "method": "list"},
        "x-safety": "read",
        "summary": "List a client's notes",
        "description": "The notes written about a client, newest first.",
        "parameters": [
            {
                "name": "id",
                "in": "path",
                "required": True,
                "description": "The client's id.",
                "schema": {"type": "string"},
            },
            {"name": "pinned", "in": "query", "description": "Only pinned notes.", "schema": {"type": "boolean"}},
        ],
        "responses": {
            "200": {
                "description": "The notes.",
                "content": {"application/json": {"schema": {"type": "object", "additionalProperties": True}}},
            }
        },
    }
}


def test_an_added_operation_becomes_a_command_and_a_tool(tmp_path, server, config_dir) -> None:
    # Inserted as text: a YAML round trip of the whole spec would retype some of its scalars.
    bundled = (ROOT / "generated" / "openapi.yaml").read_text()
    added = yaml.safe_dump({"/clients/{id}/notes": NEW_OPERATION}, sort_keys=False)
    indented = "".join(f"  {line}\n" for line in added.splitlines())
    assert "\npaths:\n" in bundled
    source = tmp_path / "openapi.yaml"
    source.write_text(bundled.replace("\npaths:\n", "\npaths:\n" + indented, 1))
    built = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_package.py"), str(source), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
        env={**environment(config_dir), "PATH": f"{ROOT / '.venv' / 'bin'}:/usr/bin:/bin"},
    )
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-1000:]

    server.queue(Reply(200, {"message": "ok", "data": [{"id": "note_1", "text": "Pays late"}]}))
    env = environment(
        config_dir,
        PYTHONPATH=str(tmp_path / "out"),
        GIGSTACK_API_KEY=TEST_KEY,
        GIGSTACK_API_BASE_URL=server.base_url,
    )
    command = [sys.executable, "-m", "gigstack.cli", "clients", "notes", "list", "client_1", "--pinned"]
    ran = subprocess.run([*command, "--format", "json"], env=env, capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    assert (server.received[0].path, dict(server.received[0].query)) == (
        "/v2/clients/client_1/notes",
        {"pinned": "true"},
    )
    assert "Pays late" in ran.stdout
    helped = subprocess.run([*command[:-2], "--help"], env=env, capture_output=True, text=True, timeout=60)
    assert "List a client's notes" in helped.stdout and "Only pinned notes." in helped.stdout

    listed = subprocess.run(
        [sys.executable, "-m", "gigstack.cli", "mcp", "tools", "--tool", "clients_notes_list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listed.returncode == 0, listed.stderr
    (tool,) = json.loads(listed.stdout)
    assert tool["name"] == "clients_notes_list" and tool["annotations"]["readOnlyHint"] is True
    assert set(tool["inputSchema"]["properties"]) == {"id", "pinned"} and tool["inputSchema"]["required"] == ["id"]
