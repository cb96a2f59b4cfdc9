"""What every benchmark shares: a row of the results table, and timing helpers."""

import statistics
import timeit
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    measure: str
    ours: str
    baseline: str
    ratio: float
    target: str
    met: bool | None  # None: no target

    def cells(self) -> list[str]:
        verdict = "" if self.met is None else ("yes" if self.met else "**no**")
        return [self.measure, self.ours, self.baseline, f"{self.ratio:.2f}x", self.target, verdict]


def best_of(function: Callable[[], Any], number: int, repeat: int) -> float:
    """Seconds per call: the median of `repeat` timings of `number` calls."""
    return statistics.median(timeit.repeat(function, number=number, repeat=repeat)) / number


def interleaved(functions: Sequence[Callable[[], Any]], number: int, repeat: int) -> list[float]:
    """Seconds per call of each function, timed in turn `repeat` times (the best of each): load on
    the machine hits all of them alike."""
    best = [float("inf")] * len(functions)
    for _round in range(repeat):
        for index, function in enumerate(functions):
            best[index] = min(best[index], timeit.timeit(function, number=number) / number)
    return best
