"""The end of a training run, once for every caller: train a prepared run and hand back plain
values — the final event, the run record, the trained weights as arrays and the model as the
bytes of a ``.keras`` file.

The window, ``layerlab train``, a lesson's training step and the experiment board each used to
write "run → snapshot the weights → save the model → make the record" themselves, and the
window held the Keras model to do it. Here the model never leaves netcore: whoever trains gets
numbers and bytes, which cross threads and processes safely.
"""

from __future__ import annotations

from dataclasses import dataclass

from netcore.models.weights import Weights, snapshot_weights
from netcore.training.engine import Prepared, run
from netcore.training.events import Failed, Finished, Listener, Started, TrainingControl
from netcore.training.history import RunRecord


@dataclass
class RunOutcome:
    """What a finished run leaves, as plain values.

    Attributes:
        final: The engine's last event: ``Finished`` (completed, stopped, early stopping or
            NaN) or ``Failed`` (out of memory, an error).
        record: The run as the project and ``--history`` keep it; None when the run failed.
        start: The weights the run started from (``Started.initial_weights``), or None when
            it failed before starting.
        weights: Copies of the trained weights, layer id → arrays; None when the run failed
            or its loss became NaN (such weights are worth nothing and are never kept).
        model_bytes: The trained model as a ``.keras`` file's bytes, when asked for; None as
            for ``weights``.
    """

    final: Finished | Failed
    record: RunRecord | None = None
    start: Weights | None = None
    weights: Weights | None = None
    model_bytes: bytes | None = None

    @property
    def failed(self) -> bool:
        return isinstance(self.final, Failed)

    @property
    def trained(self) -> bool:
        """The run left weights worth keeping (finished, and not with a NaN loss)."""
        return self.weights is not None


def train_outcome(
    prepared: Prepared,
    listener: Listener | None = None,
    control: TrainingControl | None = None,
    keep_model: bool = True,
) -> RunOutcome:
    """Train ``prepared`` (see ``engine.prepare``) and return what the run leaves.

    Args:
        prepared: A run checked by ``engine.prepare`` (its initial weights set if any).
        listener: Receives every event of the run, as for ``engine.run``.
        control: Pause, step and stop.
        keep_model: Also save the trained model as ``.keras`` bytes (a project, ``--out``);
            the board and the lessons only need the weights.

    Returns:
        The run's outcome. Never raises for training problems: they end in ``Failed``.
    """
    started: dict[str, Weights | None] = {}

    def listen(event) -> None:
        if isinstance(event, Started):
            started["start"] = event.initial_weights
        if listener is not None:
            listener(event)

    model, final = run(prepared, listen, control)
    start = started.get("start")
    if isinstance(final, Failed):
        return RunOutcome(final, start=start)
    data = prepared.dataset
    record = RunRecord.from_finished(final, prepared.config, data.title, data.class_names, start)
    outcome = RunOutcome(final, record, start)
    if model is not None and final.reason != "nan":
        outcome.weights = snapshot_weights(model)
        if keep_model:
            from netcore.models.kerasfile import model_to_bytes

            outcome.model_bytes = model_to_bytes(model)
    return outcome
