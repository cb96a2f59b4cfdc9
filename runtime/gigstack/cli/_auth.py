"""`gigstack auth login|logout|status`: keys kept per profile, never taken from the command line
(it would stay in the shell's history and the process list)."""

from __future__ import annotations

import json
import sys

import click

from .._config import checked_api_key, checked_base_url
from .._keys import key_form, key_mode, masked
from ..errors import APIConnectionError, AuthenticationError, ConfigurationError, PermissionDeniedError
from ._settings import DEFAULT_PROFILE, Key, Settings, base_url_of, find_key, settings_of, team_of
from ._status import API_REFUSED, BAD_INPUT, KEY_REFUSED, OK, CommandFailed, tell

DEFAULT_BASE_URL = "https://api.gigstack.io/v2"


def _read_key() -> str:
    """From a prompt without echo on a terminal, else the first line of stdin."""
    if sys.stdin.isatty():
        return str(click.prompt("gigstack API key", hide_input=True, err=True))
    return sys.stdin.readline()


@click.command(name="login")
@click.option("--profile", default=None, help="The profile to save the key under (default: default).")
@click.option("--base-url", default=None, help="This profile's API root (https, or http to loopback).")
@click.option("--team", default=None, help="This profile's gigstack Connect team.")
@click.option("--no-verify", is_flag=True, help="Save the key without checking it with the API.")
@click.pass_context
def login(ctx: click.Context, profile: str | None, base_url: str | None, team: str | None, no_verify: bool) -> None:
    """Save an API key under a profile. The key is asked for without echo on a terminal, or read
    from stdin (`gigstack auth login < key.txt`); it is checked with one GET before it is saved."""
    root = settings_of(ctx)
    name = profile or root.profile or DEFAULT_PROFILE
    try:
        key = checked_api_key(_read_key(), source="the key")
        # Saved with the profile only when given as a flag; GIGSTACK_API_BASE_URL is used to check.
        given_url = base_url or root.base_url
        url = checked_base_url(given_url) if given_url else None
        chosen_team = team or root.team
        if not no_verify:
            _verify(key, url or base_url_of(root), chosen_team)
        from . import _profiles

        where = _profiles.save(name, key, base_url=url, team=chosen_team)
    except ConfigurationError as error:
        raise SystemExit(tell(CommandFailed(str(error), BAD_INPUT), as_json=False)) from None
    except (AuthenticationError, PermissionDeniedError) as error:
        tell(error, as_json=False)
        raise SystemExit(
            tell(CommandFailed("the key was refused; nothing was saved", KEY_REFUSED), as_json=False)
        ) from None
    except APIConnectionError as error:
        tell(error, as_json=False)
        message = "the API could not be reached; nothing was saved (--no-verify saves without checking)"
        raise SystemExit(tell(CommandFailed(message, API_REFUSED), as_json=False)) from None
    click.echo(f"gigstack: saved profile {name!r}: {key_mode(key)} key {masked(key)} ({where})", err=True)


def _verify(key: str, base_url: str | None, team: str | None) -> None:
    from ..client import AuthenticatedClient
    from ._probe import probe

    with AuthenticatedClient(base_url, token=key, team=team, max_retries=1) as api:
        probe(api)


@click.command(name="logout")
@click.option("--profile", default=None, help="The profile to forget (default: default).")
@click.pass_context
def logout(ctx: click.Context, profile: str | None) -> None:
    """Forget a profile and its key (from the keyring or the key file)."""
    from . import _profiles

    name = profile or settings_of(ctx).profile or DEFAULT_PROFILE
    if not _profiles.remove(name):
        raise SystemExit(tell(CommandFailed(f"there is no profile {name!r}", API_REFUSED), as_json=False))
    click.echo(f"gigstack: removed profile {name!r}", err=True)


@click.command(name="status")
@click.option("--profile", default=None, help="Show this profile instead of the one a command would use.")
@click.option("--format", "format_", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def status(ctx: click.Context, profile: str | None, format_: str) -> None:
    """Which key a command would use and where it came from, its mode, the base URL and team.
    Sends nothing; the key is shown masked."""
    settings = settings_of(ctx).merged(profile=profile)
    try:
        key = find_key(settings)
    except ConfigurationError as error:
        raise SystemExit(tell(CommandFailed(str(error), BAD_INPUT), as_json=format_ == "json")) from None
    shown = describe(settings, key)
    if format_ == "json":
        click.echo(json.dumps(shown, ensure_ascii=False, indent=2))
    else:
        for name, value in shown.items():
            click.echo(f"{name.replace('_', ' ')}: {value if value is not None else '-'}")
    raise SystemExit(OK)


def describe(settings: Settings, key: Key) -> dict[str, str | None]:
    """What may be said about the key in use: never the key itself."""
    return {
        "profile": key.profile,
        "key_source": key.source,
        "key": masked(key.value),
        "key_form": key_form(key.value),
        "mode": key_mode(key.value),
        "base_url": base_url_of(settings, key) or DEFAULT_BASE_URL,
        "team": team_of(settings, key),
    }


__all__ = ["describe", "login", "logout", "status"]
