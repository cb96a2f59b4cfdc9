"""The pacer, on a clock of its own: slow start, a drop to what the server let through, a lone 429
ignored, a 503 halving the requests in flight. No real time passes."""

from gigstack.jobs._pacing import SETTLE, START_RATE, Pacer


def run(pacer: Pacer, start: float, seconds: float, limit: float | None) -> float:
    """Send as fast as the pacer allows for `seconds`; the server lets `limit` a second through."""
    now, allowed, budget = start, 0.0, 0.0
    while now < start + seconds:
        now += max(pacer.wait(now), 0.001)
        pacer.sent(now)
        budget = min(budget + (now - allowed) * (limit or 1e9), 1.0) if allowed else 1.0
        allowed = now
        if limit is None or budget >= 1:
            budget -= 1
            pacer.succeeded(now)
        else:
            pacer.pushed_back(now, now, 1.0, overloaded=False)
    return now


def test_slow_start_doubles_until_the_server_pushes_back() -> None:
    pacer = Pacer(8)
    assert pacer.rate == START_RATE
    run(pacer, 1000.0, 1.0, None)
    assert pacer.slow_start and pacer.rate >= 3 * START_RATE  # doubling, never twice ahead of what was sent


def test_a_drop_settles_just_under_the_limit() -> None:
    pacer = Pacer(8)
    now = run(pacer, 1000.0, 6.0, 100.0)
    assert not pacer.slow_start
    assert 0.8 * 100 <= pacer.rate <= 1.1 * 100
    run(pacer, now, 10.0, 100.0)
    assert 0.85 * 100 <= pacer.rate <= 1.1 * 100


def test_a_lone_429_changes_nothing_but_three_do() -> None:
    pacer = Pacer(8)
    for step in range(40):
        pacer.sent(1000 + step * 0.05)
        pacer.succeeded(1000 + step * 0.05)
    rate = pacer.rate
    pacer.pushed_back(1002.0, 1002.0, 1.0, overloaded=False)
    assert pacer.rate == rate and pacer.slow_start
    pacer.pushed_back(1002.01, 1002.0, 1.0, overloaded=False)
    pacer.pushed_back(1002.02, 1002.0, 1.0, overloaded=False)
    assert not pacer.slow_start and pacer.rate <= SETTLE * rate


def test_a_503_halves_the_requests_in_flight_and_a_long_retry_after_pauses_all() -> None:
    pacer = Pacer(8)
    for _ in range(3):
        pacer.pushed_back(1000.0, 1000.0, 5.0, overloaded=True)
    assert pacer.slots == 4
    assert pacer.wait(1000.0) >= 5.0
