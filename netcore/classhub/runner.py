"""The hub and the client live in an asyncio loop; the window has its own (Qt's) loop. A
``LoopThread`` runs an asyncio loop in a thread of its own and lets another thread call into
it and wait for the answer: the teacher's window starts a ``ClassHub`` there and calls its
methods through ``call``; a student's app runs its ``HubClient`` there.

Events travel the other way through plain callbacks (``ClassHub.listen``, ``on_message``),
called in the loop's thread: the window hands them to its own thread (a queued signal).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import threading
from collections.abc import Callable
from typing import Any


class LoopThread:
    """An asyncio loop in a daemon thread, until ``stop``."""

    def __init__(self, name: str = "class hub") -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()
        pending = asyncio.all_tasks(self.loop)
        for task in pending:
            task.cancel()
        if pending:
            self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self.loop.run_until_complete(self.loop.shutdown_asyncgens())
        self.loop.close()

    def submit(self, function: Callable[..., Any], *args: Any) -> concurrent.futures.Future:
        """Run ``function(*args)`` in the loop (awaited if it is a coroutine function)."""

        async def call() -> Any:
            result = function(*args)
            return await result if inspect.isawaitable(result) else result

        return asyncio.run_coroutine_threadsafe(call(), self.loop)

    def call(self, function: Callable[..., Any], *args: Any, timeout: float = 30.0) -> Any:
        """``submit`` and wait for the result (its exception is raised here)."""
        return self.submit(function, *args).result(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the loop (its tasks are cancelled) and wait for the thread."""
        if self.loop.is_running():
            self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)
