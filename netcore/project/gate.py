"""One training at a time: every way of training (Start, Step, the experiment board, a
lesson's training, a run asked for over the class network) passes through one gate.

A second start is refused with a message naming what runs, instead of two runs fighting over
the two cores and the project's weights. The gate is Qt-free and thread-safe: a background job
releases it from its own thread when it ends.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator


class RunBusyError(RuntimeError):
    """A run was asked for while another runs; the message names the one running."""


class RunGate:
    """Who is training now, if anyone."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holder: str | None = None
        self._ticket = 0

    @property
    def running(self) -> str | None:
        """What is running (e.g. "Training", "the experiment board"), or None."""
        return self._holder

    def acquire(self, what: str) -> int:
        """Take the gate for ``what``; returns the ticket that releases it.

        Raises:
            RunBusyError: Something else runs; the message says what and what to do.
        """
        with self._lock:
            if self._holder is not None:
                raise RunBusyError(
                    f"{self._holder} is running: stop it (Shift+F5) or let it finish before "
                    f"starting {what}."
                )
            self._holder = what
            self._ticket += 1
            return self._ticket

    def release(self, ticket: int) -> None:
        """Give the gate back; a stale ticket (a run already released) changes nothing."""
        with self._lock:
            if ticket == self._ticket:
                self._holder = None

    @contextlib.contextmanager
    def hold(self, what: str) -> Iterator[int]:
        """``with gate.hold("the experiment board"):`` the gate for a block of work."""
        ticket = self.acquire(what)
        try:
            yield ticket
        finally:
            self.release(ticket)
