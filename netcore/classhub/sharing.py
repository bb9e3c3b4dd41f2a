"""What a student's project shares with the class, read from the ``ProjectModel`` it observes.

Only what the issue allows leaves the machine: a run's settings, epochs, curves thinned to
``MAX_POINTS``, test accuracy, parameter count and the network as a spec. No weights, no data,
no files. A live run grows every epoch; its share is sent at most every ``interval`` seconds,
and the end of a run always.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from netcore.classhub import protocol as p
from netcore.network.analysis import analyze
from netcore.project.projectmodel import Part, ProjectModel
from netcore.training.history import RunRecord

_CURVES = ("loss", "accuracy", "val_loss", "val_accuracy")


def run_share(record: RunRecord, number: int, spec, live: bool = False) -> p.RunShare:
    """The share of one run (``spec``: the network it trained)."""
    curves = {}
    for name in _CURVES:
        values = [_number(row.get(name)) for row in record.epochs]
        curves[name] = p.thin(values) if any(v is not None for v in values) else []
    settings = {
        str(k)[:200]: v
        for k, v in record.config.items()
        if isinstance(v, str | int | float | bool) or v is None
    }
    network = spec.to_dict()
    encoded = p.write(p.RunShare(run=0, network=network))
    if len(encoded) > p.MAX_SPEC_BYTES:
        network = {"too_large": len(encoded)}
    accuracy = (record.test or {}).get("accuracy")
    return p.RunShare(
        run=number,
        settings=dict(list(settings.items())[:40]),
        epochs=len(record.epochs),
        curves=p.Curves(**curves),
        test_accuracy=min(max(float(accuracy), 0.0), 1.0) if accuracy is not None else None,
        params=analyze(spec).total_params,
        network=network,
        live=live,
    )


def _number(value) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) < 1e30:
        return float(value)
    return None


class ProjectSharer:
    """Shares a project's runs as they grow: ``send`` gets each ``RunShare``.

    Args:
        model: The project model to observe (``listen``).
        send: Where a share goes (``HubClient.share``).
        interval: Seconds between two shares of a live run.
    """

    def __init__(
        self, model: ProjectModel, send: Callable[[p.Message], None], interval: float = 0.5
    ) -> None:
        self.model, self.send, self.interval = model, send, interval
        self._last = 0.0
        self._stop = model.listen(self._on_part)

    def stop(self) -> None:
        self._stop()

    def _on_part(self, part: Part) -> None:
        if part is Part.LIVE_RUN and self.model.live_run is not None:
            now = time.monotonic()
            if now - self._last < self.interval:
                return
            self._last = now
            record = self.model.live_run
            self.send(run_share(record, len(self.model.runs) + 1, self.model.spec, live=True))
        elif part is Part.RUNS and self.model.latest_run is not None:
            self._last = 0.0
            runs = self.model.runs
            self.send(run_share(runs[-1], len(runs), self.model.spec))
