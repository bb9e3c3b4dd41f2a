"""The run in progress, as a record that grows.

A run is a ``RunRecord`` from its first batch: the engine's events add epoch rows and per-batch
points to it while it trains, and at its end the same record takes the finished run's scores and
joins the project's runs. Whatever draws runs draws this record, live or saved, the same way.
"""

from __future__ import annotations

from netcore.training.events import BatchProgress, EpochEnd
from netcore.training.history import RunRecord
from netcore.training.progress import BatchSmoother


class LiveRun:
    """A growing ``RunRecord`` and what turns training events into its growth.

    Args:
        record: The run as it starts (settings, label, dataset; no epochs yet).
    """

    def __init__(self, record: RunRecord) -> None:
        self.record = record
        self._smooth = BatchSmoother()

    def grow(self, epochs=(), batches=()) -> bool:
        """Add epoch rows (metric → number) and batch points (epoch fraction, loss,
        accuracy). Returns whether anything was added."""
        before = len(self.record.epochs), len(self.record.batches)
        self.record.epochs.extend(dict(row) for row in epochs)
        self.record.batches.extend(batches)
        return before != (len(self.record.epochs), len(self.record.batches))

    def feed(self, events) -> bool:
        """Grow from the engine's events (other kinds are not the record's business).

        Keras reports running means within an epoch; the batch points are smoothed means of
        the batches between two reports (``BatchSmoother``), so the light curve does not
        jump at each epoch's start. Returns whether the record grew.
        """
        epochs, batches = [], []
        for event in events:
            if isinstance(event, BatchProgress):
                loss, accuracy = self._smooth.add(
                    event.epoch, event.batch, event.loss, event.accuracy
                )
                batches.append((event.epoch_fraction, loss, accuracy))
            elif isinstance(event, EpochEnd):
                epochs.append(event.metrics)
        return self.grow(epochs, batches)
