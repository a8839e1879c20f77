"""Progress bars for long work: counts and rate on a terminal or in a notebook, silent when piped (and in tests).

In a Jupyter notebook the bar is rich's (it draws it with ipywidgets); without ipywidgets installed, a notebook
gets a plain line at each tenth of the work instead of rich's warning and a bar drawn only at the end."""

from __future__ import annotations

import sys
import time
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


def _in_notebook() -> bool:
    """Whether this runs in a Jupyter kernel (rich's test: an IPython ``ZMQInteractiveShell``, Colab, Databricks)."""
    import builtins

    if "IPython" not in sys.modules and not callable(getattr(builtins, "get_ipython", None)):
        return False  # (rich is not imported for piped runs)
    from rich.console import Console

    return Console().is_jupyter


def _widgets() -> bool:
    """Whether rich can draw its bar in the notebook (ipywidgets is installed)."""
    from importlib.util import find_spec

    return find_spec("ipywidgets") is not None


def _mode(enabled: bool | None) -> str:
    """"rich", "lines" (a notebook without ipywidgets) or "quiet": ``enabled`` None asks where the output goes."""
    if enabled is False:
        return "quiet"
    if enabled is None and not sys.stderr.isatty():
        if not _in_notebook():
            return "quiet"
        return "rich" if _widgets() else "lines"
    return "rich"


class _Lines:
    """A line on stderr at each tenth of the work (and at its end): a notebook's progress without ipywidgets."""

    def __init__(self, description: str, total: int | None) -> None:
        self.description, self.n, self.of, self.shown, self.t0 = description, 0, total, -1, time.monotonic()

    def advance(self, n: int = 1) -> None:
        self.n += n
        if self.of:
            tenth = self.n * 10 // self.of
            if tenth > self.shown:
                self.shown = tenth
                self._line()

    def total(self, n: int | None) -> None:
        self.of = n

    def _line(self) -> None:
        of = f"/{self.of:,}" if self.of else ""
        print(f"{self.description}: {self.n:,}{of} ({time.monotonic() - self.t0:,.0f} s)", file=sys.stderr, flush=True)

    def end(self) -> None:
        if not self.of or self.shown < 10:
            self._line()


@contextmanager
def progress(description: str, total: int | None = None, *, enabled: bool | None = None) -> Iterator[Progress]:
    """A progress bar on stderr when it is a terminal or a notebook's (or ``enabled``), otherwise a no-op."""
    mode = _mode(enabled)
    if mode == "quiet":
        yield _Quiet()
        return
    if mode == "lines":
        lines = _Lines(description, total)
        yield lines
        lines.end()
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
    """A spinner with the elapsed time for work that has no count (a corpus step), on a terminal or in a
    notebook."""
    mode = _mode(enabled)
    if mode == "quiet":
        yield
        return
    if mode == "lines":
        t0 = time.monotonic()
        print(f"{description} …", file=sys.stderr, flush=True)
        yield
        if time.monotonic() - t0 >= 2:  # (a step done at once needs no second line)
            print(f"{description}: done ({time.monotonic() - t0:,.0f} s)", file=sys.stderr, flush=True)
        return
    from rich.console import Console
    from rich.progress import Progress as RichProgress
    from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

    with RichProgress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(description, total=None)
        yield
        bar.update(task, total=1, completed=1)
