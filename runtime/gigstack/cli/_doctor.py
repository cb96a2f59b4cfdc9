"""`gigstack doctor`: each thing a command depends on, checked once and told in one line; exit 1
when any check fails. The key is shown masked, never whole."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass

import click

from .._keys import key_form, key_mode, key_team, masked
from .._version import __version__
from ..errors import APIConnectionError, APIStatusError, AuthenticationError, ConfigurationError, GigstackError
from ._settings import client_of, find_key, settings_of, team_of
from ._status import API_REFUSED, OK

MAX_SKEW = 300.0  # seconds: webhook signatures and signed links stop matching beyond this


@dataclass(frozen=True)
class Check:
    name: str
    state: str  # "ok", "warn", "fail" or "skip"
    detail: str


def _say(check: Check) -> None:
    marks = {"ok": "ok  ", "warn": "warn", "fail": "FAIL", "skip": "skip"}
    colors = {"ok": "green", "warn": "yellow", "fail": "red", "skip": None}
    mark = click.style(marks[check.state], fg=colors[check.state]) if colors[check.state] else marks[check.state]
    click.echo(f"{mark}  {check.name}: {check.detail}", color=None)


@click.command(name="doctor")
@click.pass_context
def doctor(ctx: click.Context) -> None:
    """Check the key (where it came from, its form and mode), that the API answers and accepts it
    (one GET), that the team is reachable, the clock against the server's, and the version."""
    checks = list(_checks(ctx))
    failed = any(c.state == "fail" for c in checks)
    raise SystemExit(API_REFUSED if failed else OK)


def _checks(ctx: click.Context) -> list[Check]:
    done: list[Check] = []

    def record(check: Check) -> None:
        done.append(check)
        _say(check)

    record(Check("version", "ok", f"gigstack {__version__}, Python {platform.python_version()} ({sys.platform})"))
    settings = settings_of(ctx)
    try:
        key = find_key(settings)
        api = client_of(settings, key)
    except ConfigurationError as error:
        record(Check("key", "fail", str(error)))
        return done
    form = key_form(key.value)
    record(Check("key", "warn" if form == "unrecognised form" else "ok",
                 f"{key_mode(key.value)} {form} {masked(key.value)} from {key.source}"))  # fmt: skip
    from ._probe import clock_skew, probe

    with api:
        try:
            response = probe(api)
        except (AuthenticationError, APIStatusError) as error:
            refused = isinstance(error, AuthenticationError) or error.status_code in (401, 403)
            record(Check("api", "fail", f"{'the key was refused' if refused else 'the API refused'}: {error}"))
            return done
        except (APIConnectionError, GigstackError) as error:
            record(Check("api", "fail", f"not reachable at {api.base_url}: {error}"))
            return done
        record(Check("api", "ok", f"{api.base_url} answered and accepted the key"))
        skew = clock_skew(response)
        if skew is None:
            record(Check("clock", "skip", "the server sent no Date header"))
        else:
            state = "ok" if abs(skew) <= MAX_SKEW else "fail"
            record(Check("clock", state, f"{skew:+.0f} s from the server's clock (at most {MAX_SKEW:.0f} s)"))
        team = team_of(settings, key) or key_team(key.value)
        if not team:
            record(Check("team", "skip", "no team chosen (--team, GIGSTACK_TEAM or the profile's): the key's own"))
            return done
        from .._operations import path_of

        try:
            probe(api, path_of("/teams/{id}", {"id": team}), {})
        except GigstackError as error:
            record(Check("team", "fail", f"{team} is not reachable with this key: {error}"))
            return done
        record(Check("team", "ok", f"{team} is reachable"))
    return done


__all__ = ["doctor"]
