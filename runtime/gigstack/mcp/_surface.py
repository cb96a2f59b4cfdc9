"""Which tools a server offers: a mode (the curated default set, every operation, or three dynamic
tools over them), narrowed by --resource and --tool, and writes only when the user allows them."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import import_module
from typing import Any

MODES = ("default", "all", "dynamic")
WRITES = ("write", "destructive", "fiscal")


def generated() -> Any:
    """gigstack.mcp._tools, which `make generate` writes (TOOLS, CATALOGS); the runtime has none."""
    return import_module(f"{__package__}._tools")


@functools.cache
def _commands(module: str) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = import_module(
        f"{__package__.rpartition('.')[0]}.cli.operations.{module}"
    ).COMMANDS
    return table


def command_of(tool: dict[str, Any]) -> dict[str, Any]:
    """The command data a tool's request is built from: the same the `gigstack` command uses."""
    return _commands(str(tool["module"]))[str(tool["command"])]


class SurfaceError(ValueError):
    """A server option names no tool or resource (a usage error: the server does not start)."""


def is_write(tool: dict[str, Any]) -> bool:
    return str(tool["safety"]) in WRITES


def _resource_key(name: str) -> str:
    return name.strip().replace("-", "_").replace("/", ".").lower()


@dataclass(frozen=True)
class Surface:
    mode: str
    allow_writes: bool
    # The operations an agent reaches: listed as tools, or behind call_operation in dynamic mode.
    operations: dict[str, dict[str, Any]]
    # Operations left out only because they write (named in a refusal, never callable).
    withheld: frozenset[str]

    def find(self, name: str) -> dict[str, Any]:
        """The operation of a tool name, or SurfaceError saying why it cannot be called."""
        if name in self.operations:
            return self.operations[name]
        if name in self.withheld:
            raise SurfaceError(
                f"{name} writes, and this server is read-only: the user starts it with --allow-writes to allow"
                " writes. Nothing was sent."
            )
        if name in generated().TOOLS:
            raise SurfaceError(f"{name} is not offered by this server (see its --tools, --resource and --tool).")
        raise SurfaceError(f"No tool is named {name!r}.")


def choose(
    mode: str, resources: tuple[str, ...] = (), names: tuple[str, ...] = (), *, allow_writes: bool = False
) -> Surface:
    """The surface of a server. With no --resource and no --tool, `default` is the spec's curated set
    (x-mcp: default) and `all` and `dynamic` every operation; a --resource or --tool is the user's
    own choice and picks from every operation (a resource with its sub-resources, a tool by name)."""
    tools: dict[str, dict[str, Any]] = generated().TOOLS
    if mode not in MODES:
        raise SurfaceError(f"--tools is one of {', '.join(MODES)}, not {mode!r}")
    unknown = [n for n in names if n not in tools]
    if unknown:
        raise SurfaceError(f"--tool: no tool is named {', '.join(unknown)} (`gigstack mcp tools` lists them)")
    wanted = [_resource_key(r) for r in resources]
    known = {str(t["resource"]) for t in tools.values()}
    missing = [r for r in wanted if not any(k == r or k.startswith(f"{r}.") for k in known)]
    if missing:
        tops = sorted({k.split(".")[0] for k in known})
        raise SurfaceError(f"--resource: no resource {', '.join(missing)}; the resources are {', '.join(tops)}")
    if wanted or names:
        chosen = {
            name: tool
            for name, tool in tools.items()
            if name in names or any(tool["resource"] == r or str(tool["resource"]).startswith(f"{r}.") for r in wanted)
        }
    elif mode == "default":
        chosen = {name: tool for name, tool in tools.items() if tool["default"]}
    else:
        chosen = dict(tools)
    withheld = frozenset() if allow_writes else frozenset(n for n, t in chosen.items() if is_write(t))
    operations = {n: t for n, t in chosen.items() if n not in withheld}
    return Surface(mode=mode, allow_writes=allow_writes, operations=operations, withheld=withheld)


__all__ = ["MODES", "Surface", "SurfaceError", "choose", "command_of", "generated", "is_write"]
