"""The root of the `gigstack` command: its global options, the lazy tree under it, and the mapping
of every failure to an exit status."""

from __future__ import annotations

import os
import sys

import click

from .._version import __version__
from ..errors import GigstackError
from ._lazy import LazyGroup
from ._settings import Settings
from ._status import BAD_INPUT, EXIT_STATUS_HELP, INTERRUPTED, OK, tell

ROOT_HELP = f"""gigstack from the command line: every operation of the API, and bulk jobs.

A command mirrors the Python client: gs.clients.list() is `gigstack clients list`,
gs.invoices.income.create() is `gigstack invoices income create`. Data goes to stdout (a table
on a terminal, JSON otherwise; --format json|jsonl|csv|table), notices and errors to stderr.

The key: --profile, else GIGSTACK_API_KEY, else GIGSTACK_PROFILE, else the default profile
(`gigstack auth login`).

\b
{EXIT_STATUS_HELP}
"""


@click.group(cls=LazyGroup, help=ROOT_HELP, invoke_without_command=False)
@click.version_option(__version__, "--version", prog_name="gigstack")
@click.option("--profile", default=None, help="Use this profile's key and settings.")
@click.option("--team", default=None, envvar="GIGSTACK_TEAM", help="The gigstack Connect team (GIGSTACK_TEAM).")
@click.option("--base-url", default=None, help="The API root (GIGSTACK_API_BASE_URL); https, or http to loopback.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None, help="Seconds for each step.")
@click.option("--no-color", is_flag=True, help="No color (also NO_COLOR).")
@click.pass_context
def cli(ctx: click.Context, profile: str | None, team: str | None, base_url: str | None, timeout: float | None,
        no_color: bool) -> None:  # fmt: skip
    if no_color:
        os.environ["NO_COLOR"] = "1"
    ctx.obj = Settings(profile=profile, team=team, base_url=base_url, timeout=timeout, no_color=no_color)


def run(argv: list[str] | None = None) -> int:
    """Run the command; returns its exit status."""
    try:
        cli.main(args=argv, prog_name="gigstack", standalone_mode=False)
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (OK if done.code is None else 1)
    except click.exceptions.Abort:
        click.echo("gigstack: interrupted", err=True)
        return INTERRUPTED
    except click.ClickException as error:
        error.show()
        return BAD_INPUT if error.exit_code == 2 else error.exit_code
    except KeyboardInterrupt:
        click.echo("gigstack: interrupted; a job resumes when the same command runs again", err=True)
        return INTERRUPTED
    except GigstackError as error:
        return tell(error, as_json=False)
    return OK


if __name__ == "__main__":
    sys.exit(run())
