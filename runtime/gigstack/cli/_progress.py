"""Progress on stderr: a bar on a terminal (rich), plain lines every few seconds otherwise."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..jobs import ExportProgress, IssueProgress

PLAIN_EVERY = 5.0  # seconds between plain progress lines


def _eta(remaining: int, rate: float) -> str:
    if rate <= 0 or remaining <= 0:
        return "-"
    seconds = int(remaining / rate)
    return f"{seconds // 60}m{seconds % 60:02d}s"


class Reporter:
    """Shows a job's progress; use as a context manager, call `issue()` or `export()` with each update."""

    def __init__(self, label: str, console: Console | None = None) -> None:
        self.label = label
        self.console = console or Console(stderr=True)
        self.fancy = self.console.is_terminal
        self._bar: Progress | None = None
        self._task: Any = None
        self._last_plain = 0.0

    def __enter__(self) -> Reporter:
        if self.fancy:
            self._bar = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[detail]}"),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                console=self.console,
                transient=False,
            )
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=None, detail="", rate="")
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    def _show(self, done: int, total: int | None, detail: str, rate: float, force: bool = False) -> None:
        rate_text = f"{rate:.1f}/s"
        if self._bar is not None:
            self._bar.update(self._task, completed=done, total=total, detail=detail, rate=rate_text)
            return
        now = time.monotonic()
        if force or now - self._last_plain >= PLAIN_EVERY:
            self._last_plain = now
            of = f"/{total}" if total is not None else ""
            eta = _eta((total or 0) - done, rate) if total is not None else "-"
            print(f"{self.label}: {done}{of} done, {detail}, {rate_text}, ETA {eta}", file=sys.stderr, flush=True)

    def issue(self, progress: IssueProgress) -> None:
        rate = progress.done / progress.elapsed if progress.elapsed > 0 else 0.0
        detail = f"{progress.issued} issued, {progress.failed} failed"
        if progress.already_issued:
            detail += f" ({progress.already_issued} issued earlier)"
        self._show(progress.done, progress.total, detail, rate)

    def export(self, progress: ExportProgress) -> None:
        rate = progress.done / progress.elapsed if progress.elapsed > 0 else 0.0
        detail = f"{progress.exported} exported, {progress.failed} failed, {progress.downloaded} files fetched"
        self._show(progress.done, progress.listed if progress.listing_done else None, detail, rate)
