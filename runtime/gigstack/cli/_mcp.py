"""`gigstack mcp`: the MCP server over the spec's operations (stdio, or streamable HTTP with a bearer
token), `gigstack mcp config` for a client's snippet and `gigstack mcp tools` for what it lists."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..errors import ConfigurationError
from ._status import BAD_INPUT, OK, CommandFailed, tell

MODES = ("default", "all", "dynamic")
NEEDS_EXTRA = "gigstack mcp needs the mcp extra: pip install 'gigstack[mcp]'"


def _surface_options(command: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option(
            "--tools",
            "mode",
            type=click.Choice(MODES),
            default="default",
            show_default=True,
            help="default: the curated set; all: every operation; dynamic: list, describe and call.",
        ),  # fmt: skip
        click.option(
            "--resource",
            "resources",
            multiple=True,
            metavar="NAME",
            help="Only this resource and its sub-resources (repeatable), from every operation.",
        ),  # fmt: skip
        click.option("--tool", "names", multiple=True, metavar="NAME", help="Only this tool (repeatable)."),
        click.option(
            "--allow-writes", is_flag=True, help="Offer the tools that write; without it the server is read-only."
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _surface(mode: str, resources: tuple[str, ...], names: tuple[str, ...], allow_writes: bool) -> Any:
    try:
        import mcp.types  # noqa: F401 - the SDK, which only the extra installs

        from ..mcp._surface import SurfaceError, choose
    except ImportError:  # the SDK is missing: the extra was not installed
        raise CommandFailed(NEEDS_EXTRA, BAD_INPUT, code="missing_extra") from None
    try:
        return choose(mode, resources, names, allow_writes=allow_writes)
    except SurfaceError as error:
        raise CommandFailed(str(error), BAD_INPUT, code="bad_input") from None


@click.group("mcp", invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@_surface_options
@click.option("--transport", type=click.Choice(["stdio", "http"]), default="stdio", show_default=True,
              help="stdio for a local client; http (streamable HTTP) needs GIGSTACK_MCP_TOKEN.")  # fmt: skip
@click.option("--host", default="127.0.0.1", show_default=True, help="With --transport http: the address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="With --transport http.")
@click.option("--download-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Save the files a tool is asked for (an invoice's PDF or XML) here; without it only links are given.")  # fmt: skip
@click.pass_context
def mcp(ctx: click.Context, mode: str, resources: tuple[str, ...], names: tuple[str, ...], allow_writes: bool,
        transport: str, host: str, port: int, download_dir: Path | None) -> None:  # fmt: skip
    """Serve the gigstack API to an agent over MCP (Model Context Protocol).

    Read-only unless --allow-writes. A tool that stamps a CFDI needs the agent's own idempotency_key,
    and every write takes preview: true. The key is found as every command finds it (--profile,
    GIGSTACK_API_KEY, GIGSTACK_PROFILE, the default profile); it never appears in a result.
    """
    if ctx.invoked_subcommand is not None:
        return
    raise SystemExit(_serve(ctx, mode, resources, names, allow_writes, transport, host, port, download_dir))


def _serve(ctx: click.Context, mode: str, resources: tuple[str, ...], names: tuple[str, ...], allow_writes: bool,
           transport: str, host: str, port: int, download_dir: Path | None) -> int:  # fmt: skip
    from .._keys import key_mode
    from ._settings import find_key, settings_of

    try:
        surface = _surface(mode, resources, names, allow_writes)
        token = os.environ.get("GIGSTACK_MCP_TOKEN", "").strip()
        if transport == "http" and len(token) < 16:
            raise CommandFailed("--transport http needs GIGSTACK_MCP_TOKEN, a secret of 16 characters or more, that the client sends as its bearer token", BAD_INPUT, code="bad_input")  # fmt: skip
        settings = settings_of(ctx)
        try:
            key = find_key(settings)
            where = f"{key_mode(key.value)} key from {key.source}"
        except ConfigurationError as error:
            if "No gigstack API key" not in str(error):
                raise  # a profile that is not there, a malformed key: the user must fix it first
            # The tools still list (a client shows them); each call says how to give a key.
            where = "no API key yet: each call answers how to give one (gigstack auth login)"
        from ..mcp._call import Calls
        from ..mcp._ledger import Ledger, default_path
        from ..mcp._server import build_server, serve_stdio
    except Exception as error:  # noqa: BLE001 - a bad start is told, never a traceback
        if isinstance(error, ImportError):
            error = CommandFailed(NEEDS_EXTRA, BAD_INPUT, code="missing_extra")
        return tell(error, as_json=False)
    count = 3 if surface.mode == "dynamic" else len(surface.operations)
    access = "writes allowed" if allow_writes else "read-only"
    click.echo(
        f"gigstack mcp: {count} tools ({surface.mode}, {len(surface.operations)} operations, {access}); {where}",
        err=True,
    )
    calls = Calls(settings=settings, download_dir=download_dir, ledger=Ledger(default_path()))
    server = build_server(surface, calls)
    try:
        if transport == "http":
            from ..mcp._http import serve_http

            serve_http(server, host, port, token)
        else:
            import anyio

            anyio.run(serve_stdio, server)
    finally:
        calls.close()
    return OK


@mcp.command("tools")
@_surface_options
def tools(mode: str, resources: tuple[str, ...], names: tuple[str, ...], allow_writes: bool) -> None:
    """Print the tool list the server would give (JSON), and its size on stderr."""
    try:
        surface = _surface(mode, resources, names, allow_writes)
    except CommandFailed as error:
        raise SystemExit(tell(error, as_json=False)) from None
    from ..mcp._listing import listed

    payload = [tool.model_dump(mode="json", by_alias=True, exclude_none=True) for tool in listed(surface)]
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    click.echo(text)
    compact = len(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode())
    click.echo(f"gigstack mcp: {len(payload)} tools, {compact} bytes (about {compact // 4} tokens)", err=True)


@mcp.command("config")
@click.option("--client", "client", type=click.Choice(["claude", "cursor", "vscode"]), required=True,
              help="The MCP client to configure.")  # fmt: skip
@click.option("--profile", "profile", default=None, help="The profile whose key the server uses (never the key).")
@_surface_options
def config(client: str, profile: str | None, mode: str, resources: tuple[str, ...], names: tuple[str, ...],
           allow_writes: bool) -> None:  # fmt: skip
    """Print the snippet that adds the server to an MCP client (no key in it)."""
    from ..mcp._config import snippet

    args = [] if mode == "default" else ["--tools", mode]
    args += [item for r in resources for item in ("--resource", r)]
    args += [item for n in names for item in ("--tool", n)]
    args += ["--allow-writes"] if allow_writes else []
    body, where = snippet(client, args, profile)
    click.echo(json.dumps(body, indent=2))
    click.echo(f"gigstack: add it to {where}", err=True)


__all__ = ["mcp"]
