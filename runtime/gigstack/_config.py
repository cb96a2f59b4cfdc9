"""Settings read from arguments and the environment, checked before any request is sent."""

from __future__ import annotations

import ipaddress
import logging
import math
import os
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._version import __version__
from .errors import ArgumentError, ConfigurationError

DEFAULT_BASE_URL = "https://api.gigstack.io/v2"
DEFAULT_TIMEOUT_SECONDS = 30.0
CONNECT_TIMEOUT_SECONDS = 5.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_RETRY_BACKOFF = 0.5
# The longest Retry-After the client sleeps through; a longer one raises RateLimitError at once.
DEFAULT_MAX_RETRY_WAIT = 60.0

ENV_API_KEY = "GIGSTACK_API_KEY"
ENV_BASE_URL = "GIGSTACK_API_BASE_URL"
ENV_TEAM = "GIGSTACK_TEAM"
ENV_TIMEOUT = "GIGSTACK_TIMEOUT"
ENV_LOG = "GIGSTACK_LOG"

logger = logging.getLogger("gigstack")


def env(name: str) -> str | None:
    """An environment variable without surrounding whitespace, or None when unset or blank."""
    value = os.environ.get(name, "").strip()
    return value or None


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or exactly `localhost`: parsed, never a prefix test (127.evil.example is not)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def checked_base_url(url: str) -> str:
    """The base URL without a trailing slash, if it is safe to send the key to.

    https only, except plain http to a loopback address (a local mock server); no user info,
    query or fragment.
    """
    if not isinstance(url, str):
        raise ConfigurationError(f"base_url must be a string, not {type(url).__name__}")
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        has_credentials = bool(parts.username or parts.password)
        parts.port  # noqa: B018 (a bad port raises here, not at the first request)
    except ValueError as error:
        raise ConfigurationError(f"base_url is not a valid URL: {url!r} ({error})") from None
    if parts.scheme != "https" and not (parts.scheme == "http" and is_loopback(host)):
        raise ConfigurationError(f"base_url must use https (plain http only for a loopback address): {url!r}")
    if not host or has_credentials or parts.query or parts.fragment:
        raise ConfigurationError(f"base_url must be a plain https://host/path URL: {url!r}")
    return url.rstrip("/")


def checked_api_key(key: object, *, source: str = "api_key") -> str:
    """The key without surrounding whitespace; inner whitespace or control characters are refused.

    A key read from a file often ends in a newline. Inside a key, whitespace or a control
    character would corrupt the Authorization header, so it is refused before any request. The
    message never repeats the key.
    """
    if not isinstance(key, str):
        raise ConfigurationError(f"{source} must be a string")
    stripped = key.strip()
    if not stripped:
        raise ConfigurationError(f"A gigstack API key is required ({source}=..., or {ENV_API_KEY})")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in stripped):
        raise ConfigurationError(f"{source} contains whitespace or control characters; check how it was read")
    try:
        stripped.encode("ascii")
    except UnicodeEncodeError:
        raise ConfigurationError(f"{source} contains characters that cannot be sent in a header") from None
    return stripped


def checked_seconds(value: object, *, name: str) -> float:
    """A finite, positive number of seconds."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"{name} must be a number of seconds, not {type(value).__name__}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds <= 0:
        raise ConfigurationError(f"{name} must be a finite number of seconds above 0, not {value!r}")
    return seconds


def timeout_of(value: httpx.Timeout | float | None, *, name: str = "timeout") -> httpx.Timeout:
    """An httpx.Timeout from seconds, an httpx.Timeout, or None for the default (GIGSTACK_TIMEOUT or 30 s).

    The timeout bounds each step of a request (connecting, each read, each write), not the whole call.
    """
    if isinstance(value, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            seconds = getattr(value, part)
            if seconds is not None:
                checked_seconds(seconds, name=f"{name}.{part}")
        return value
    if value is None:
        raw = env(ENV_TIMEOUT)
        if raw is None:
            seconds = DEFAULT_TIMEOUT_SECONDS
        else:
            try:
                parsed = float(raw)
            except ValueError:
                raise ConfigurationError(f"{ENV_TIMEOUT} must be a number of seconds, not {raw!r}") from None
            seconds = checked_seconds(parsed, name=ENV_TIMEOUT)
    else:
        seconds = checked_seconds(value, name=name)
    return httpx.Timeout(seconds, connect=min(seconds, CONNECT_TIMEOUT_SECONDS))


def checked_max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be a whole number, 0 or more, not {value!r}")
    return value


def checked_team(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigurationError(f"team must be a string, not {type(value).__name__}")
    return value.strip() or None


def checked_http_client(client: object, kinds: tuple[type[Any], ...], *, owner: str) -> Any:
    """`client` if it is an open httpx client of one of `kinds` (None passes); a clear error otherwise."""
    if client is None:
        return None
    if not isinstance(client, kinds):
        wanted = " or ".join(f"an httpx.{kind.__name__}" for kind in kinds)
        hint = ""
        if isinstance(client, httpx.Client):
            hint = " (an httpx.Client goes to Gigstack)"
        elif isinstance(client, httpx.AsyncClient):
            hint = " (an httpx.AsyncClient goes to AsyncGigstack)"
        raise ArgumentError(f"{owner} needs http_client to be {wanted}, not {type(client).__name__}{hint}")
    if client.is_closed:
        raise ConfigurationError("http_client is closed; pass an open client")
    return client


def user_agent() -> str:
    """gigstack-python/<version> python/<x.y> httpx/<version>: lets gigstack tell SDK traffic apart."""
    import sys

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"gigstack-python/{__version__} python/{python} httpx/{httpx.__version__}"


def enable_debug_logging_from_env() -> None:
    """GIGSTACK_LOG=debug: log every request of the `gigstack` logger to stderr (secrets redacted)."""
    if (env(ENV_LOG) or "").lower() != "debug":
        return
    logger.setLevel(logging.DEBUG)
    if not any(getattr(h, "_gigstack", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler._gigstack = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
