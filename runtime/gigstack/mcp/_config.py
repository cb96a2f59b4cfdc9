"""The snippet that adds the server to an MCP client's configuration. It names a profile (or
nothing), never a key: the server finds the key as the command line does."""

from __future__ import annotations

from typing import Any

CLIENTS = {
    "claude": "claude_desktop_config.json (Claude Desktop), or `claude mcp add-json gigstack '<the server>'` (Claude Code)",
    "cursor": "~/.cursor/mcp.json, or .cursor/mcp.json in a project",
    "vscode": ".vscode/mcp.json in the workspace",
}


def snippet(client: str, args: list[str], profile: str | None) -> tuple[dict[str, Any], str]:
    """The JSON to add, and where it goes."""
    server: dict[str, Any] = {"command": "gigstack", "args": ["mcp", *args]}
    if profile:
        server["env"] = {"GIGSTACK_PROFILE": profile}
    if client == "vscode":
        return {"servers": {"gigstack": {"type": "stdio", **server}}}, CLIENTS[client]
    return {"mcpServers": {"gigstack": server}}, CLIENTS[client]


__all__ = ["CLIENTS", "snippet"]
