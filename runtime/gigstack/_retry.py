"""When a request may be repeated, and how long to wait: httpx-retries, with gigstack's rules.

- GET, HEAD, OPTIONS, PUT and DELETE may be repeated (they are idempotent by HTTP's rules).
- A POST (or PATCH) is repeated only when its operation declares an idempotency key (a body field
  `idempotency_key` or an `Idempotency-Key` header, as the spec says), and then with the same key
  and the same bytes. Headers a caller adds never make a POST repeatable.
- Repeated on connection failures (before or while the body is read), timeouts, and 408, 429,
  500, 502, 503, 504; with exponential backoff and jitter.
- A Retry-After up to the client's cap (60 s by default) is honoured; a longer one ends the call at
  once with RateLimitError instead of sleeping.
"""

from __future__ import annotations

from typing import Any

import httpx
from httpx_retries import Retry

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = (408, 429, 500, 502, 503, 504)
RETRY_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


class RetryAfterTooLong(Exception):
    """Raised instead of sleeping when the server asks for a longer wait than the client allows."""

    def __init__(self, response: httpx.Response, seconds: float) -> None:
        super().__init__(f"Retry-After {seconds:g} s is beyond the cap")
        self.response = response
        self.seconds = seconds


class Attempts:
    """Counts the retries of one call, whatever ends it (a response or an exception)."""

    __slots__ = ("retries",)

    def __init__(self) -> None:
        self.retries = 0


class GigstackRetry(Retry):
    """httpx-retries' Retry that refuses to sleep past a cap and counts its attempts."""

    def __init__(self, *args: Any, max_retry_wait: float, attempts: Attempts | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("max_backoff_wait", max_retry_wait)
        super().__init__(*args, **kwargs)
        self.max_retry_wait = max_retry_wait
        self.attempts = attempts or Attempts()

    def copy_with(self, **kwargs: Any) -> GigstackRetry:  # type: ignore[override]
        """httpx-retries builds copies (one per attempt) from the constructor's arguments; keep ours too."""
        fields: dict[str, Any] = {
            "total": self.total,
            "allowed_methods": self.allowed_methods,
            "status_forcelist": self.status_forcelist,
            "retry_on_exceptions": self.retryable_exceptions,
            "backoff_factor": self.backoff_factor,
            "respect_retry_after_header": self.respect_retry_after_header,
            "max_backoff_wait": self.max_backoff_wait,
            "backoff_jitter": self.backoff_jitter,
            "attempts_made": self.attempts_made,
            "total_timeout": self.total_timeout,
            "elapsed_sleep": self.elapsed_sleep,
            "validate_response": self.validate_response,
        }
        fields.update(kwargs)
        return type(self)(max_retry_wait=self.max_retry_wait, attempts=self.attempts, **fields)

    def _check_wait(self, response: httpx.Response | Exception) -> None:
        if not isinstance(response, httpx.Response):
            return
        header = response.headers.get("retry-after", "").strip()
        if not header:
            return
        try:
            seconds = self.parse_retry_after(header)
        except ValueError:
            return
        if seconds > self.max_retry_wait:
            raise RetryAfterTooLong(response, seconds)

    def sleep(self, response: httpx.Response | Exception) -> None:
        self._check_wait(response)
        self.attempts.retries = self.attempts_made
        super().sleep(response)

    async def asleep(self, response: httpx.Response | Exception) -> None:
        self._check_wait(response)
        self.attempts.retries = self.attempts_made
        await super().asleep(response)


def policy(method: str, *, idempotent: bool, max_retries: int, backoff: float, max_retry_wait: float) -> GigstackRetry:
    """The retry policy of one call."""
    allowed = set(IDEMPOTENT_METHODS)
    if idempotent:
        allowed.add(method.upper())
    return GigstackRetry(
        total=max_retries,
        allowed_methods=allowed,
        status_forcelist=RETRY_STATUSES,
        retry_on_exceptions=RETRY_EXCEPTIONS,
        backoff_factor=backoff,
        backoff_jitter=1.0,
        respect_retry_after_header=True,
        max_retry_wait=max_retry_wait,
    )
