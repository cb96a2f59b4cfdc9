"""The tools a server lists: one per operation of its surface, or the three dynamic tools that
reach the same operations (list, describe, call), each with its hints."""

from __future__ import annotations

from typing import Any

from mcp import types

from ._surface import Surface

DYNAMIC = ("list_operations", "describe_operation", "call_operation")


def tool_of(tool: dict[str, Any]) -> types.Tool:
    hints = tool["annotations"]
    return types.Tool(
        name=tool["name"],
        title=hints["title"],
        description=tool["description"],
        input_schema=tool["input_schema"],
        output_schema=tool["output_schema"],
        annotations=types.ToolAnnotations(
            title=hints["title"],
            read_only_hint=hints["readOnlyHint"],
            destructive_hint=hints.get("destructiveHint"),
            idempotent_hint=hints["idempotentHint"],
            open_world_hint=hints["openWorldHint"],
        ),
    )


def summary_of(tool: dict[str, Any]) -> dict[str, Any]:
    """One operation in list_operations: enough to choose it, not its schema."""
    return {"name": tool["name"], "title": tool["annotations"]["title"], "safety": tool["safety"]}


def description_of(tool: dict[str, Any]) -> dict[str, Any]:
    """One operation in describe_operation: what its tool would list."""
    return tool_of(tool).model_dump(mode="json", by_alias=True, exclude_none=True) | {
        "output_schema": tool["output_schema"],
        "safety": tool["safety"],
    }


def dynamic_tools(surface: Surface) -> list[types.Tool]:
    writes = surface.allow_writes
    name = {"type": "string", "description": "An operation's name, from list_operations."}
    return [
        types.Tool(
            name="list_operations",
            description=(
                "List the gigstack API operations this server can call (name, title, safety: read, write,"
                " destructive or fiscal). Filter with search (words of the name or title)."
            ),
            input_schema={"type": "object", "properties": {"search": {"type": "string"}}},
            annotations=types.ToolAnnotations(
                title="List operations", read_only_hint=True, idempotent_hint=True, open_world_hint=False
            ),
        ),
        types.Tool(
            name="describe_operation",
            description="One operation's description, hints and input schema: read it before call_operation.",
            input_schema={"type": "object", "properties": {"name": name}, "required": ["name"]},
            annotations=types.ToolAnnotations(
                title="Describe an operation", read_only_hint=True, idempotent_hint=True, open_world_hint=False
            ),
        ),
        types.Tool(
            name="call_operation",
            description=(
                "Call one operation with its arguments (as describe_operation shows them)."
                + (
                    " A fiscal operation stamps a CFDI and needs an idempotency_key of yours: when you retry,"
                    " send the SAME key, never a new one. preview: true shows a write's request and sends nothing."
                    if writes
                    else " This server is read-only: operations that write are refused."
                )
            ),
            input_schema={
                "type": "object",
                "properties": {"name": name, "arguments": {"type": "object"}},
                "required": ["name"],
            },
            annotations=types.ToolAnnotations(
                title="Call an operation",
                read_only_hint=not writes,
                destructive_hint=writes,
                idempotent_hint=False,
                open_world_hint=True,
            ),
        ),
    ]


def listed(surface: Surface) -> list[types.Tool]:
    if surface.mode == "dynamic":
        return dynamic_tools(surface)
    return [tool_of(tool) for tool in surface.operations.values()]


def search(surface: Surface, text: str | None) -> list[dict[str, Any]]:
    words = [w for w in (text or "").lower().replace("_", " ").split() if w]
    found = []
    for tool in surface.operations.values():
        haystack = f"{tool['name'].replace('_', ' ')} {tool['annotations']['title']}".lower()
        if all(word in haystack for word in words):
            found.append(summary_of(tool))
    return found


__all__ = ["DYNAMIC", "description_of", "dynamic_tools", "listed", "search", "tool_of"]
