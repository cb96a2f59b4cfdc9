"""How fast a job sends: at most `concurrency` requests in flight, at a rate the job finds out.

- It starts at 20 requests a second and may double every quarter second (slow start) until the
  server first answers 429, never running more than twice ahead of what it actually sends and gets
  answered: against a server with latency that cap makes it grow nearer 1.33x a quarter second.
- Once 429s show the limit was passed (three, and a twentieth of the requests since the last
  change), the rate is set to 97 % of what succeeded over the last second (at most halved), grows back by
  25 % a second to 97 % of the rate that was refused, then by about 1 % a second, so the job
  settles just under the server's limit and checks it now and then. A lone 429 (a burst edge) changes nothing but that row's wait.
- The throttled row waits what Retry-After says; a Retry-After over a second pauses every send.
- A 503 does the same, and halves the requests in flight (the server is overloaded, not only
  counting); they grow back by one per round of successes (AIMD).
"""

from __future__ import annotations

import threading
import time
from collections import deque

START_RATE = 20.0  # requests a second before anything is known
MIN_RATE = 0.2  # never slower than one request every five seconds
GROWTH_EVERY = 0.25  # seconds between doublings of the slow start
SPAN = 1.0  # seconds of history the rate is measured over
SETTLE = 0.97  # share of the measured rate the job settles at after a 429


class Pacer:
    def __init__(self, concurrency: int) -> None:
        self.max_window = concurrency
        self.window = float(concurrency)
        self.rate = START_RATE
        self.slow_start = True
        self.refused = 0.0  # the rate at which the server last pushed back
        self.paused_until = 0.0
        self._next_send = 0.0
        self._last_growth = 0.0
        self._last_drop = -1e18
        self._first_send: float | None = None
        self._sent_since_drop = 0
        self._throttled_since_drop = 0
        self._sends: deque[float] = deque()
        self._successes: deque[float] = deque()

    @property
    def slots(self) -> int:
        """How many requests may be in flight now."""
        return max(1, int(self.window))

    def wait(self, now: float) -> float:
        """Seconds before the next request may leave (0: now)."""
        return max(0.0, max(self.paused_until, self._next_send) - now)

    def sent(self, now: float) -> None:
        self._sends.append(now)
        self._sent_since_drop += 1
        if self._first_send is None:
            self._first_send = self._last_growth = now
        self._next_send = max(now, self._next_send) + 1.0 / self.rate

    def succeeded(self, now: float) -> None:
        self._successes.append(now)
        self._trim(now)
        window = max(0.1, min(SPAN, now - (self._first_send or now)))
        ceiling = max(START_RATE, 2 * len(self._sends) / window)  # never far ahead of what is really sent
        if self.slow_start:
            if now - self._last_growth >= GROWTH_EVERY:
                self.rate = min(self.rate * 2, ceiling)
                self._last_growth = now
        else:
            # At `rate` successes a second: +25 % a second back towards the refused rate, then +1 %.
            step = 0.25 if self.rate < SETTLE * self.refused else 0.01
            self.rate = min(self.rate + step, max(self.rate, ceiling))
        if self.window < self.max_window:
            self.window = min(float(self.max_window), self.window + 1.0 / self.window)

    def pushed_back(self, now: float, started: float, retry_after: float | None, *, overloaded: bool) -> None:
        """A 429 (or, `overloaded`, a 503) to a request that left at `started`."""
        if retry_after is not None and retry_after > 1.0:
            self.paused_until = max(self.paused_until, now + retry_after)
        if started < self._last_drop:
            return  # sent before the last change: that pressure was already answered
        self._throttled_since_drop += 1
        throttled, sent = self._throttled_since_drop, self._sent_since_drop
        if throttled < 3 or throttled < sent / 20:
            return
        self._trim(now)
        window = max(0.25, min(SPAN, now - (self._first_send or now)))
        measured = len(self._successes) / window
        self.slow_start = False
        self.refused = self.rate
        # Never below half the rate in one step: a second that measured badly cannot stall the job.
        self.rate = max(MIN_RATE, self.rate / 2, SETTLE * min(self.rate, measured))
        self._next_send = max(self._next_send, now + 1.0 / self.rate)
        self._last_drop = now
        self._sent_since_drop = self._throttled_since_drop = 0
        if overloaded:
            self.window = max(1.0, self.window / 2)

    def _trim(self, now: float) -> None:
        for times in (self._sends, self._successes):
            while times and times[0] < now - SPAN:
                times.popleft()


def backoff(attempt: int, *, base: float = 0.5, cap: float = 30.0, jitter: float = 0.0) -> float:
    """Seconds before the `attempt`-th retry of a failure without Retry-After: 0.5 s doubling, capped.
    `jitter` (0 to 1, drawn by the caller) spreads retries that failed together."""
    return float(min(cap, base * 2.0 ** max(0, attempt - 1)) * (0.5 + jitter / 2))


class SharedPacer:
    """A Pacer for worker threads that each make their own calls (the export's link requests)."""

    def __init__(self, concurrency: int) -> None:
        self._pacer = Pacer(concurrency)
        self._lock = threading.Lock()

    def before(self) -> float:
        """Wait for this thread's turn to send; returns when it left (for after())."""
        while True:
            with self._lock:
                now = time.monotonic()
                wait = self._pacer.wait(now)
                if wait <= 0:
                    self._pacer.sent(now)
                    return now
            time.sleep(wait)

    def after(self, started: float, pushed_back: str | None = None, retry_after: float | None = None) -> None:
        """The answer: None for a success, "pushed_back" for a 429, "overloaded" for a 503."""
        with self._lock:
            now = time.monotonic()
            if pushed_back is None:
                self._pacer.succeeded(now)
            else:
                self._pacer.pushed_back(now, started, retry_after, overloaded=pushed_back == "overloaded")
