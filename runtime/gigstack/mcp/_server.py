"""The MCP server: the surface's tools listed, each call run in a worker thread through the client's
pipeline, every failure answered as a tool error (the session goes on), and the SAT catalogs the
package carries served as resources at gigstack://catalogs/<name>."""

from __future__ import annotations

import json
from typing import Any

import anyio
from mcp import types
from mcp.server.lowlevel import Server

from .._version import __version__
from ._call import Calls, ToolError, refused, run_tool
from ._listing import description_of, listed, search
from ._surface import Surface, SurfaceError, generated

CATALOG_URI = "gigstack://catalogs/"

INSTRUCTIONS = """gigstack: Mexican e-invoicing (CFDI 4.0), payments and receipts.
Lists answer {data, has_more, next}; pass next back for the following page.
A tool that stamps a CFDI (safety fiscal) needs an idempotency_key you choose: if a call fails or
times out, retry with the SAME key, never a new one, or a second CFDI may be stamped.
Every write takes preview: true to see the request without sending it.
Valid SAT codes (c_FormaPago, c_UsoCFDI, c_RegimenFiscal...) are resources at gigstack://catalogs/<name>."""


def _text(payload: dict[str, Any]) -> list[types.ContentBlock]:
    return [types.TextContent(type="text", text=json.dumps(payload, ensure_ascii=False, default=str))]


def _error(error: ToolError) -> types.CallToolResult:
    return types.CallToolResult(content=_text(error.payload), is_error=True)


class Handlers:
    """The server's answers, over one surface and the calls' shared state."""

    def __init__(self, surface: Surface, calls: Calls) -> None:
        self.surface = surface
        self.calls = calls

    async def list_tools(self, ctx: Any, params: types.PaginatedRequestParams | None) -> types.ListToolsResult:
        return types.ListToolsResult(tools=listed(self.surface))

    async def call_tool(self, ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        arguments = dict(params.arguments or {})
        try:
            answer = await self._answer(params.name, arguments)
        except ToolError as error:
            return _error(error)
        except Exception as error:  # noqa: BLE001 - nothing an operation does may end the session
            message = f"{type(error).__name__}: {error}"
            api = self.calls._api
            return _error(refused("internal_error", api.scrub(message) if api is not None else message))
        return types.CallToolResult(content=_text(answer), structured_content=answer)

    async def _answer(self, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        if self.surface.mode == "dynamic":
            if name == "list_operations":
                return {"operations": search(self.surface, arguments.get("search"))}
            if name == "describe_operation":
                return description_of(self._operation(str(arguments.get("name", ""))))
            if name == "call_operation":
                inner = arguments.get("arguments") or {}
                if not isinstance(inner, dict):
                    raise refused("bad_argument", "arguments is an object of the operation's arguments")
                tool = self._operation(str(arguments.get("name", "")))
                return await anyio.to_thread.run_sync(run_tool, self.calls, tool, inner)
            raise refused(
                "unknown_tool", f"No tool is named {name!r}: list_operations, describe_operation, call_operation"
            )
        tool = self._operation(name)
        return await anyio.to_thread.run_sync(run_tool, self.calls, tool, arguments)

    def _operation(self, name: str) -> dict[str, Any]:
        try:
            return self.surface.find(name)
        except SurfaceError as error:
            raise refused("not_offered", str(error)) from None

    async def list_resources(self, ctx: Any, params: types.PaginatedRequestParams | None) -> types.ListResourcesResult:
        return types.ListResourcesResult(
            resources=[
                types.Resource(
                    uri=f"{CATALOG_URI}{name}",
                    name=name,
                    description=f"SAT catalog {name}: every code with its description. {catalog['description']}",
                    mime_type="application/json",
                )
                for name, catalog in sorted(generated().CATALOGS.items())
            ]
        )

    async def read_resource(self, ctx: Any, params: types.ReadResourceRequestParams) -> types.ReadResourceResult:
        uri = str(params.uri)
        name = uri.removeprefix(CATALOG_URI)
        catalogs: dict[str, Any] = generated().CATALOGS
        if not uri.startswith(CATALOG_URI) or name not in catalogs:
            from mcp.shared.exceptions import MCPError

            raise MCPError(
                code=types.INVALID_PARAMS, message=f"No resource {uri}; the catalogs are {CATALOG_URI}<name>"
            )
        catalog = catalogs[name]
        body = {
            "catalog": name,
            "description": catalog["description"],
            "codes": [{"code": code, "description": text} for code, text in catalog["codes"].items()],
        }
        return types.ReadResourceResult(
            contents=[
                types.TextResourceContents(
                    uri=uri, text=json.dumps(body, ensure_ascii=False), mime_type="application/json"
                )
            ]
        )


def build_server(surface: Surface, calls: Calls) -> Server[Any]:
    handlers = Handlers(surface, calls)
    return Server(
        "gigstack",
        version=__version__,
        instructions=INSTRUCTIONS,
        on_list_tools=handlers.list_tools,
        on_call_tool=handlers.call_tool,
        on_list_resources=handlers.list_resources,
        on_read_resource=handlers.read_resource,
    )


async def serve_stdio(server: Server[Any]) -> None:
    from mcp.server.stdio import stdio_server

    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


__all__ = ["CATALOG_URI", "Handlers", "build_server", "serve_stdio"]
