"""Named profiles: a key each, kept in the OS keyring when one is usable, otherwise in a file only its
owner can read (0600, in a 0700 directory) under the user's config directory. The profile's other
settings (base URL, team) sit beside it in profiles.json, never with the key in it."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from .._config import checked_api_key, env
from ..errors import ConfigurationError
from ._settings import Key

ENV_CONFIG_DIR = "GIGSTACK_CONFIG_DIR"
ENV_KEYRING = "GIGSTACK_KEYRING"  # "0" keeps keys out of the keyring (in the owner-only file)
SERVICE = "gigstack"
PROFILES = "profiles.json"
CREDENTIALS = "credentials.json"


def config_dir() -> Path:
    given = env(ENV_CONFIG_DIR)
    if given:
        return Path(given)
    import platformdirs

    return Path(platformdirs.user_config_dir("gigstack", appauthor=False))


def _private_dir() -> Path:
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder


def _read(name: str) -> dict[str, Any]:
    path = config_dir() / name
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        raise ConfigurationError(f"{path} cannot be read ({type(error).__name__}); fix or remove it") from None
    return found if isinstance(found, dict) else {}


def _write(name: str, data: dict[str, Any]) -> Path:
    """Written whole (a temporary file renamed over it), created 0600 before anything is in it."""
    folder = _private_dir()
    path = folder / name
    temporary = folder / f".{name}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        json.dump(data, stream, indent=2, sort_keys=True)
        stream.write("\n")
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)
    return path


def _keyring() -> Any | None:
    """The keyring module when a real backend is there (not the fail or null one), else None."""
    if (env(ENV_KEYRING) or "").lower() in ("0", "false", "no", "off"):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            return None
    except Exception:  # noqa: BLE001 - a broken keyring setup means: use the file
        return None
    return keyring


def profiles() -> dict[str, dict[str, Any]]:
    found = _read(PROFILES).get("profiles", {})
    return found if isinstance(found, dict) else {}


def setting(profile: str, name: str) -> str | None:
    value = profiles().get(profile, {}).get(name)
    return value if isinstance(value, str) and value else None


def save(profile: str, key: str, *, base_url: str | None = None, team: str | None = None) -> str:
    """Store the profile's key; returns where it went ("keyring" or the file's path)."""
    key = checked_api_key(key, source="the key")
    ring = _keyring()
    where = "keyring"
    if ring is not None:
        try:
            ring.set_password(SERVICE, profile, key)
        except Exception:  # noqa: BLE001 - a locked or broken keyring: fall back to the file
            ring = None
    if ring is None:
        credentials = _read(CREDENTIALS)
        credentials[profile] = key
        where = str(_write(CREDENTIALS, credentials))
    data = _read(PROFILES)
    stored = data.setdefault("profiles", {})
    entry = {"storage": "keyring" if ring is not None else "file"}
    if base_url:
        entry["base_url"] = base_url
    if team:
        entry["team"] = team
    stored[profile] = entry
    _write(PROFILES, data)
    return where


def remove(profile: str) -> bool:
    """Forget the profile and its key; False when there was none."""
    data = _read(PROFILES)
    known = profile in data.get("profiles", {})
    data.get("profiles", {}).pop(profile, None)
    credentials = _read(CREDENTIALS)
    had_file_key = credentials.pop(profile, None) is not None
    if had_file_key:
        _write(CREDENTIALS, credentials)
    ring = _keyring()
    if ring is not None:
        try:
            ring.delete_password(SERVICE, profile)
            known = True
        except Exception:  # noqa: BLE001 - nothing stored there
            pass
    if known:
        _write(PROFILES, data)
    return known or had_file_key


def key_of(profile: str, *, required: bool) -> Key | None:
    """The profile's key, or None (an error when required) when it has none."""
    entry = profiles().get(profile, {})
    if entry.get("storage") == "keyring":
        ring = _keyring()
        value = None
        if ring is not None:
            try:
                value = ring.get_password(SERVICE, profile)
            except Exception:  # noqa: BLE001
                value = None
        if value:
            return Key(checked_api_key(value, source=f"profile {profile}"), f"profile {profile} (keyring)", profile)
    credentials = _read(CREDENTIALS)
    value = credentials.get(profile)
    if isinstance(value, str) and value.strip():
        _check_private(config_dir() / CREDENTIALS)
        return Key(checked_api_key(value, source=f"profile {profile}"), f"profile {profile} (file)", profile)
    if required:
        raise ConfigurationError(f"The profile {profile!r} has no key: run `gigstack auth login --profile {profile}`")
    return None


def _check_private(path: Path) -> None:
    """Refuse a key file others can read (as ssh does): the key may have been seen."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise ConfigurationError(f"{path} can be read by others (mode {mode:o}): run chmod 600 on it")


__all__ = ["config_dir", "key_of", "profiles", "remove", "save", "setting"]
