"""The command's global settings (--profile, --team, --base-url, --timeout, --no-color), the key
they lead to, and the client built from them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import click

from .._config import ENV_API_KEY, ENV_BASE_URL, ENV_TEAM, checked_api_key, checked_base_url, env
from ..errors import ConfigurationError

if TYPE_CHECKING:
    from ..client import AuthenticatedClient

ENV_PROFILE = "GIGSTACK_PROFILE"
DEFAULT_PROFILE = "default"


@dataclass(frozen=True)
class Settings:
    profile: str | None = None
    team: str | None = None
    base_url: str | None = None
    timeout: float | None = None
    no_color: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def merged(self, **given: Any) -> Settings:
        """These settings with the ones given again after the command's name (those win)."""
        return replace(self, **{k: v for k, v in given.items() if v not in (None, False)})


@dataclass(frozen=True)
class Key:
    value: str
    source: str  # "GIGSTACK_API_KEY", "profile NAME (keyring)", ...
    profile: str | None


def settings_of(ctx: click.Context) -> Settings:
    root = ctx.find_root()
    found = root.obj if isinstance(root.obj, Settings) else Settings()
    return found


def find_key(settings: Settings) -> Key:
    """--profile, over GIGSTACK_API_KEY, over GIGSTACK_PROFILE, over the default profile."""
    from . import _profiles

    if settings.profile:
        return _profiles.key_of(settings.profile, required=True)  # type: ignore[return-value]
    raw = os.environ.get(ENV_API_KEY)
    if raw is not None and raw.strip():
        return Key(checked_api_key(raw, source=ENV_API_KEY), ENV_API_KEY, None)
    named = env(ENV_PROFILE)
    if named:
        return _profiles.key_of(named, required=True)  # type: ignore[return-value]
    found = _profiles.key_of(DEFAULT_PROFILE, required=False)
    if found is None:
        raise ConfigurationError(
            f"No gigstack API key: run `gigstack auth login`, or set {ENV_API_KEY} (or {ENV_PROFILE})"
        )
    return found


def base_url_of(settings: Settings, key: Key | None = None) -> str | None:
    from . import _profiles

    if settings.base_url:
        return checked_base_url(settings.base_url)
    if (url := env(ENV_BASE_URL)) is not None:
        return checked_base_url(url)
    if key is not None and key.profile:
        return _profiles.setting(key.profile, "base_url")
    return None


def team_of(settings: Settings, key: Key | None = None) -> str | None:
    from . import _profiles

    if settings.team:
        return settings.team
    if (team := env(ENV_TEAM)) is not None:
        return team
    if key is not None and key.profile:
        return _profiles.setting(key.profile, "team")
    return None


def client_of(settings: Settings, key: Key | None = None) -> AuthenticatedClient:
    """The API client for a command; a bad setting is a ConfigurationError (exit 2, nothing sent)."""
    from ..client import AuthenticatedClient

    key = key or find_key(settings)
    return AuthenticatedClient(
        base_url_of(settings, key), token=key.value, team=team_of(settings, key), timeout=settings.timeout
    )


__all__ = ["Key", "Settings", "base_url_of", "client_of", "find_key", "settings_of", "team_of"]
