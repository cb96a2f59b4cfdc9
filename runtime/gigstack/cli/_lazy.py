"""The command tree, built as it is walked: a group lists its commands from the generated index
(gigstack/cli/_index.py) and the hand-written ones, and imports nothing of a command until that
command runs or shows its help. 160 commands cost one dict literal until then."""

from __future__ import annotations

from importlib import import_module
from typing import Any

import click

# Hand-written commands beside the generated ones: words -> "module:attribute" under gigstack.cli.
HAND_WRITTEN: dict[str, tuple[str, str]] = {
    "invoices issue": ("_commands:issue", "Issue one income invoice per row of a file, each exactly once"),
    "invoices export": ("_commands:export", "Download a period's XML and PDF with a manifest"),
    "auth login": ("_auth:login", "Save an API key under a profile (asked for, never on the command line)"),
    "auth logout": ("_auth:logout", "Forget a profile and its key"),
    "auth status": ("_auth:status", "Which key a command would use, masked, and where it came from"),
    "doctor": ("_doctor:doctor", "Check the key, the API, the team and the clock; exit 1 if any fails"),
    "completion": ("_completion:completion", "Print the shell completion script: bash, zsh or fish"),
    "mcp": ("_mcp:mcp", "Serve the API to an agent over MCP; read-only unless --allow-writes"),
}
# Help of a group that hand-written commands share with generated ones (it wins over the tag's).
HAND_WRITTEN_GROUPS = {"auth": "Keys and profiles (login, logout, status), and partner sign-up"}


def _index() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    index = import_module(f"{__package__}._index")
    return index.COMMANDS, index.GROUPS


def _children(prefix: str) -> dict[str, tuple[str, str]]:
    """The names under a group's words, each as (kind, help): kind is "group" or "command"."""
    commands, groups = _index()
    found: dict[str, tuple[str, str]] = {}
    depth = len(prefix.split()) if prefix else 0
    for words, (_, summary) in [*commands.items(), *HAND_WRITTEN.items()]:
        parts = words.split()
        if parts[:depth] != (prefix.split() if prefix else []) or len(parts) <= depth:
            continue
        name = parts[depth]
        if len(parts) == depth + 1:
            found.setdefault(name, ("command", summary))
        else:
            whole = " ".join(parts[: depth + 1])
            found[name] = ("group", HAND_WRITTEN_GROUPS.get(whole) or groups.get(whole, ""))
    return dict(sorted(found.items()))


def _generated(words: str) -> click.Command | None:
    commands, _ = _index()
    entry = commands.get(words)
    if entry is None:
        return None
    from ._build import build

    table: dict[str, dict[str, Any]] = import_module(f"{__package__}.operations.{entry[0]}").COMMANDS
    info = table[words]
    if info.get("download_from"):
        source = table[" ".join(info["download_from"])]
        select = source["download"]["select"]  # chosen by --file-format, not by its own flag
        options = [o for o in source.get("options", []) if o["wire"] != select]
        info = {**source, **info, "safety": "read", "options": options}
    return build(info)


class LazyGroup(click.Group):
    """A group of the tree at `words` ("" for the root)."""

    def __init__(self, *args: Any, words: str = "", **kwargs: Any) -> None:
        kwargs.setdefault("context_settings", {"help_option_names": ["-h", "--help"], "max_content_width": 100})
        super().__init__(*args, **kwargs)
        self.words = words

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*sorted(set(_children(self.words)) | set(self.commands))]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        children = _children(self.words)
        if cmd_name not in children:
            return None
        words = f"{self.words} {cmd_name}".strip()
        kind, summary = children[cmd_name]
        if kind == "group":
            return LazyGroup(name=cmd_name, words=words, help=summary, short_help=summary)
        if words in HAND_WRITTEN:
            module, _, attribute = HAND_WRITTEN[words][0].partition(":")
            command: click.Command = getattr(import_module(f"{__package__}.{module}"), attribute)
            return command
        return _generated(words)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The list of commands from the index alone: showing a group's help imports none of them."""
        rows = [(name, summary) for name, (_, summary) in _children(self.words).items()]
        rows += [(name, cmd.get_short_help_str()) for name, cmd in self.commands.items() if name not in dict(rows)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(sorted(rows))


__all__ = ["HAND_WRITTEN", "LazyGroup"]
