"""Progress bars for long work: counts and rate on a terminal, silent when piped."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator, Protocol


class Progress(Protocol):
    def advance(self, n: int = 1) -> None: ...
    def total(self, n: int | None) -> None: ...


class _Quiet:
    def advance(self, n: int = 1) -> None:
        pass

    def total(self, n: int | None) -> None:
        pass


class _Rich:
    def __init__(self, progress, task) -> None:
        self._p, self._t = progress, task

    def advance(self, n: int = 1) -> None:
        self._p.update(self._t, advance=n)

    def total(self, n: int | None) -> None:
        self._p.update(self._t, total=n)


@contextmanager
def progress(description: str, total: int | None = None, *, enabled: bool | None = None) -> Iterator[Progress]:
    """A progress bar on stderr when it is a terminal (or ``enabled``), otherwise a no-op."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield _Quiet()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, ProgressColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as RichProgress
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f}/s" if speed else "–/s")

    bar = RichProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), Rate(),
                       TimeElapsedColumn(), console=Console(stderr=True), transient=False)
    with bar:
        task = bar.add_task(description, total=total)
        yield _Rich(bar, task)


@contextmanager
def status(description: str, *, enabled: bool | None = None) -> Iterator[None]:
    """A spinner with the elapsed time for work that has no count (a corpus step), on a terminal only."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield
        return
    from rich.console import Console
    from rich.progress import Progress as RichProgress
    from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

    with RichProgress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(description, total=None)
        yield
        bar.update(task, total=1, completed=1)
