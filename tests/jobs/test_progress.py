"""Progress: plain lines when stderr is not a terminal, a rich bar when it is."""

import io

from rich.console import Console

from gigstack.cli._progress import Reporter
from gigstack.jobs import IssueProgress


def progress(done: int) -> IssueProgress:
    return IssueProgress(total=100, done=done, issued=done - 1, failed=1, in_flight=3, already_issued=5, elapsed=2.0)


def test_plain_lines_name_done_issued_failed_rate_and_eta(capsys) -> None:
    with Reporter("issue", Console(file=io.StringIO(), force_terminal=False)) as reporter:
        reporter.issue(progress(20))
        reporter.issue(progress(21))  # within the interval: not printed
    err = capsys.readouterr().err
    assert err.splitlines() == ["issue: 20/100 done, 19 issued, 1 failed (5 issued earlier), 10.0/s, ETA 0m08s"]


def test_a_terminal_gets_a_bar() -> None:
    screen = io.StringIO()
    with Reporter("issue", Console(file=screen, force_terminal=True, width=120)) as reporter:
        reporter.issue(progress(50))
    shown = screen.getvalue()
    assert "50/100" in shown and "49 issued, 1 failed" in shown
