"""The SAT catalogs as resources an agent reads to pick valid codes, and the snippet that adds the
server to a client: a profile at most, never a key."""

import json
import subprocess

import pytest
from mcp.shared.exceptions import MCPError

from mcp_server.conftest import TEST_KEY
from support.installed import environment


async def test_every_catalog_is_a_resource_of_codes_with_descriptions(connect) -> None:
    async with connect() as session:
        listed = (await session.list_resources()).resources
        read = await session.read_resource("gigstack://catalogs/c_FormaPago")
        with pytest.raises(MCPError):
            await session.read_resource("gigstack://catalogs/c_Nothing")
        still = await session.read_resource("gigstack://catalogs/c_UsoCFDI")
    uris = {str(r.uri) for r in listed}
    assert {f"gigstack://catalogs/{n}" for n in ("c_FormaPago", "c_MetodoPago", "c_UsoCFDI", "c_RegimenFiscal")} <= uris
    assert all(r.mime_type == "application/json" for r in listed)
    body = json.loads(read.contents[0].text)
    assert {"code": "03", "description": "Transferencia electrónica de fondos"} in body["codes"]
    assert "07" not in {c["code"] for c in body["codes"]}  # retired for CFDI 4.0
    assert any(c["code"] == "G03" for c in json.loads(still.contents[0].text)["codes"])


@pytest.mark.parametrize("client", ["claude", "cursor", "vscode"])
def test_the_config_snippet_names_the_command_and_never_the_key(console_script, tmp_path, client) -> None:
    ran = subprocess.run(
        [str(console_script), "mcp", "config", "--client", client, "--profile", "work", "--allow-writes"],
        env=environment(tmp_path, GIGSTACK_API_KEY=TEST_KEY),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ran.returncode == 0, ran.stderr
    snippet = json.loads(ran.stdout)
    servers = snippet["servers"] if client == "vscode" else snippet["mcpServers"]
    server = servers["gigstack"]
    assert server["command"] == "gigstack" and server["args"] == ["mcp", "--allow-writes"]
    assert server["env"] == {"GIGSTACK_PROFILE": "work"}
    assert TEST_KEY not in ran.stdout + ran.stderr


def test_tools_prints_the_list_and_its_size(console_script, tmp_path) -> None:
    ran = subprocess.run(
        [str(console_script), "mcp", "tools", "--tools", "dynamic"],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ran.returncode == 0, ran.stderr
    assert [t["name"] for t in json.loads(ran.stdout)] == ["list_operations", "describe_operation", "call_operation"]
    assert "3 tools," in ran.stderr and "bytes" in ran.stderr
    bad = subprocess.run(
        [str(console_script), "mcp", "tools", "--tool", "no_such_tool"],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "no_such_tool" in bad.stderr
