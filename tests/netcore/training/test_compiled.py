"""The compiled training path: the same numbers as plain ``fit``, XLA and its fallback, stop
latency with many steps per call, Step and Replay (same start)."""

import threading
import time

import numpy as np
import pytest

from netcore.datasets import load_dataset
from netcore.training.compiled import epoch_order
from netcore.training.config import TrainConfig
from netcore.training.engine import prepare, run, snapshot_weights, train
from netcore.training.events import (
    BatchProgress,
    EpochEnd,
    Paused,
    Started,
    TrainingControl,
    WeightsSnapshot,
)
from tests.netcore.helpers import make_spec

pytestmark = pytest.mark.slow


def spiral_mlp(dropout=0.0):
    layers = [
        ("h1", "Dense", {"units": 16, "activation": "tanh"}),
        ("h2", "Dense", {"units": 16, "activation": "tanh"}),
    ]
    if dropout:
        layers.append(("drop", "Dropout", {"rate": dropout}))
    layers.append(("out", "Dense", {"units": 2, "activation": "softmax"}))
    return make_spec([2], *layers)


def plain_fit_history(prepared, initial, optimizer=None):
    """Plain Keras ``fit``, one epoch at a time, in the engine's sample order, from the same
    initial weights (and ``optimizer``, else the settings' own): what the engine must
    reproduce."""
    import keras

    from netcore.models.builder import build_model
    from netcore.training.kerasparts import (
        apply_weights,
        make_metrics,
        make_optimizer,
        make_targets,
    )

    cfg, ds, plan = prepared.config, prepared.dataset, prepared.plan
    keras.utils.set_random_seed(cfg.seed)
    model = build_model(prepared.spec, prepared.analysis)
    optimizer = optimizer or make_optimizer(cfg)
    model.compile(optimizer=optimizer, loss=plan.loss, metrics=make_metrics(plan))
    apply_weights(model, initial)
    y = make_targets(ds.y_train, plan, ds.num_classes)
    has_val = ds.x_val is not None and len(ds.x_val)
    val = (ds.x_val, make_targets(ds.y_val, plan, ds.num_classes)) if has_val else None
    rows = []
    for epoch in range(cfg.epochs):
        order = epoch_order(cfg.seed, epoch, len(ds.x_train))
        logs = model.fit(
            ds.x_train[order],
            y[order],
            batch_size=prepared.batch_size,
            epochs=1,
            shuffle=False,
            validation_data=val,
            verbose=0,
        ).history
        rows.append({k: v[0] for k, v in logs.items()})
    return rows, snapshot_weights(model)


def engine_history(prepared):
    events = []
    model, final = run(prepared, events.append)
    started = next(e for e in events if isinstance(e, Started))
    return final, snapshot_weights(model), started.initial_weights


def assert_same_run(final, weights, expected, expected_weights, history_tol, weight_tol):
    """The engine's run (``engine_history``) against ``plain_fit_history``'s: every epoch's
    metrics within ``history_tol`` (rel, abs), every weight within ``weight_tol`` (rtol, atol)."""
    for got, want in zip(final.history, expected, strict=True):
        for key, value in want.items():
            assert got[key] == pytest.approx(value, rel=history_tol[0], abs=history_tol[1]), key
    for layer, arrays in expected_weights.items():
        for got, want in zip(weights[layer], arrays, strict=True):
            np.testing.assert_allclose(got, want, rtol=weight_tol[0], atol=weight_tol[1])


@pytest.mark.parametrize(
    ("batch", "split", "xla", "tolerance"),
    [
        (10, 0.1, False, 1e-6),  # whole epochs per call (small data)
        (7, 0.2, False, 1e-6),  # a remainder batch in training and in validation
        ("full", 0.0, False, 1e-6),  # batch gradient descent, no validation
        (10, 0.1, True, 1e-3),  # XLA: the same math, other rounding
    ],
)
def test_the_compiled_path_reproduces_plain_fit(batch, split, xla, tolerance):
    cfg = TrainConfig(
        optimizer="sgd",
        learning_rate=0.1,
        batch_size=batch,
        epochs=6,
        validation_split=split,
        seed=3,
        xla=xla,
    )
    prepared = prepare(spiral_mlp(), load_dataset("spirals"), cfg)
    final, weights, initial = engine_history(prepared)
    expected, expected_weights = plain_fit_history(prepared, initial)
    assert len(final.history) == len(expected) == 6
    for got, want in zip(final.history, expected, strict=True):
        assert set(want) <= set(got)
        for key, value in want.items():
            assert got[key] == pytest.approx(value, rel=tolerance, abs=tolerance), key
    for layer, arrays in expected_weights.items():
        for got, want in zip(weights[layer], arrays, strict=True):
            np.testing.assert_allclose(got, want, rtol=tolerance * 10, atol=tolerance * 10)


def test_steps_in_groups_match_whole_epochs():
    """Large data runs in groups of steps per call, small data in whole epochs: same numbers."""
    from netcore.training import loop

    cfg = TrainConfig(optimizer="adam", batch_size=16, epochs=3, seed=1, xla=False)
    data = load_dataset("circles:n=600")
    prepared = prepare(spiral_mlp(dropout=0.2), data, cfg)
    whole, _ = run(prepared)
    small = loop.SMALL_DATA_BYTES
    target = loop.TARGET_CALL_SECONDS
    try:
        loop.SMALL_DATA_BYTES, loop.TARGET_CALL_SECONDS = 0, 0.0  # one step per call
        grouped, _ = run(prepared)
    finally:
        loop.SMALL_DATA_BYTES, loop.TARGET_CALL_SECONDS = small, target
    for a, b in zip(snapshot_weights(whole)["h1"], snapshot_weights(grouped)["h1"], strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-6)


def test_a_network_xla_cannot_compile_trains_without_it(monkeypatch):
    """A layer with an op XLA has no kernel for (a NumPy function): the run completes, says
    why it did without XLA, and learns."""
    from netcore.training import compiled

    monkeypatch.setattr(compiled, "XLA_PAYBACK_SECONDS", 0.0)  # a short run would skip XLA
    import keras
    import tensorflow as tf

    from netcore.models import builder

    class NumpyIdentity(keras.layers.Layer):
        def call(self, x):
            y = tf.numpy_function(lambda a: a, [x], tf.float32)
            return tf.ensure_shape(y, x.shape)

    real_build = builder.build_model

    def build_with_numpy_layer(spec, analysis=None):
        inner = real_build(spec, analysis)
        inputs = keras.Input(tuple(spec.input_shape))
        return keras.Model(inputs, inner(NumpyIdentity()(inputs)), name=inner.name)

    from netcore.training import engine

    monkeypatch.setattr(builder, "build_model", build_with_numpy_layer)
    monkeypatch.setattr(engine, "XLA_SETTLE_SECONDS", 120)  # the compile's failure is known
    cfg = TrainConfig(optimizer="sgd", learning_rate=0.3, batch_size=10, epochs=30, xla=True)
    _, final = train(spiral_mlp(), load_dataset("xor"), cfg)
    assert final.reason == "completed"
    assert len(final.notes) == 1 and "XLA could not compile this network" in final.notes[0]
    assert "trained without it" in final.notes[0]
    assert final.history[-1]["loss"] < final.history[0]["loss"]


def test_a_network_xla_compiles_has_no_note(monkeypatch):
    from netcore.training import compiled

    monkeypatch.setattr(compiled, "XLA_PAYBACK_SECONDS", 0.0)  # a short run would skip XLA
    cfg = TrainConfig(optimizer="sgd", learning_rate=0.3, batch_size=10, epochs=2, xla=True)
    _, final = train(spiral_mlp(), load_dataset("xor"), cfg)
    assert final.reason == "completed" and final.notes == ()


def test_stop_is_answered_within_a_call_when_an_epoch_is_long():
    """80,000 examples at batch 1 make an epoch of several seconds; a stop during it ends the
    run after the current group of steps, not at the end of the epoch."""
    control = TrainingControl()
    progress = threading.Event()
    reports = []

    def listener(event):
        if isinstance(event, BatchProgress):
            reports.append(event)
            if event.batch > 2000:
                progress.set()

    cfg = TrainConfig(optimizer="sgd", batch_size=1, epochs=1, validation_split=0, xla=False)
    prepared = prepare(spiral_mlp(), load_dataset("circles:n=80000"), cfg)
    result = []
    worker = threading.Thread(target=lambda: result.append(run(prepared, listener, control)))
    worker.start()
    assert progress.wait(120)
    control.stop(evaluate=False)
    asked = time.perf_counter()
    worker.join(60)
    latency = time.perf_counter() - asked
    _, final = result[0]
    assert final.reason == "stopped"
    assert reports[-1].batch < 80000  # stopped inside the epoch
    assert latency < 1.0  # a group of steps is sized to ~100 ms; the epoch takes seconds


def test_step_trains_exactly_one_batch_then_one_epoch():
    """Step from a paused start: one batch moves the weights by one SGD update on the epoch's
    first batch; a second step (epoch) finishes the epoch and pauses again."""
    import keras

    control = TrainingControl()
    control.pause()
    events = []
    seen = threading.Condition()

    def listener(event):
        with seen:
            events.append(event)
            seen.notify_all()

    def wait_for(kind, count):
        with seen:
            assert seen.wait_for(lambda: sum(isinstance(e, kind) for e in events) >= count, 60)

    cfg = TrainConfig(optimizer="sgd", learning_rate=0.5, batch_size=8, epochs=3, seed=2)
    prepared = prepare(spiral_mlp(), load_dataset("xor"), cfg)
    result = []
    worker = threading.Thread(target=lambda: result.append(run(prepared, listener, control)))
    worker.start()
    wait_for(Paused, 1)
    control.step("batch")
    wait_for(WeightsSnapshot, 1)
    wait_for(Paused, 2)
    one_batch = [e for e in events if isinstance(e, WeightsSnapshot)][0]
    assert one_batch.epoch_fraction == pytest.approx(1 / 34)  # 270 examples: 34 batches
    assert not any(isinstance(e, EpochEnd) for e in events)

    started = next(e for e in events if isinstance(e, Started))
    model = keras.Sequential(
        [
            keras.Input((2,)),
            keras.layers.Dense(16, activation="tanh", name="h1"),
            keras.layers.Dense(16, activation="tanh", name="h2"),
            keras.layers.Dense(2, activation="softmax", name="out"),
        ]
    )
    model.compile(optimizer=keras.optimizers.SGD(0.5), loss="sparse_categorical_crossentropy")
    for layer in model.layers:
        layer.set_weights(started.initial_weights[layer.name])
    order = epoch_order(2, 0, len(prepared.dataset.x_train))[:8]
    model.train_on_batch(prepared.dataset.x_train[order], prepared.dataset.y_train[order])
    for layer in model.layers:
        for got, want in zip(one_batch.weights[layer.name], layer.get_weights(), strict=True):
            np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6)

    control.step("epoch")
    wait_for(EpochEnd, 1)
    wait_for(Paused, 3)
    assert [e.epoch for e in events if isinstance(e, EpochEnd)] == [1]
    control.stop(evaluate=False)
    worker.join(60)
    _, final = result[0]
    assert final.reason == "stopped" and len(final.history) == 1


def test_replay_starts_from_the_same_weights_and_order():
    """Run B given run A's initial weights and seed retraces A exactly; with another learning
    rate it starts from the same point and differs only by that setting."""
    spec, data = spiral_mlp(), load_dataset("spirals")
    cfg = TrainConfig(optimizer="sgd", learning_rate=0.1, batch_size=10, epochs=4, seed=5)
    events_a = []
    run(prepare(spec, data, cfg), events_a.append)
    start_a = next(e for e in events_a if isinstance(e, Started)).initial_weights
    history_a = [e.metrics["loss"] for e in events_a if isinstance(e, EpochEnd)]

    other_seed = TrainConfig(**{**cfg.to_dict(), "seed": 9})  # would start elsewhere
    events_b = []
    run(prepare(spec, data, other_seed, initial_weights=start_a), events_b.append)
    start_b = next(e for e in events_b if isinstance(e, Started)).initial_weights
    for layer in start_a:
        for a, b in zip(start_a[layer], start_b[layer], strict=True):
            np.testing.assert_array_equal(a, b)

    replay = prepare(spec, data, cfg, initial_weights=start_a)
    events_c = []
    run(replay, events_c.append)
    assert [e.metrics["loss"] for e in events_c if isinstance(e, EpochEnd)] == history_a


class FakeSteps:
    """What Pacing reads of CompiledSteps: the mode, the plan, XLA's readiness and the
    epoch's size."""

    def __init__(self, plan="try"):
        self.xla, self.xla_possible, self.xla_plan = False, plan != "off", plan
        self.xla_ready = threading.Event()
        self.steps, self.n_val, self.val_steps = 10, 0, 0
        self.kept = None

    def use_xla(self, on):
        self.xla = on and self.xla_possible and self.xla_ready.is_set()

    def keep_only(self, on):
        self.use_xla(on)
        self.kept = self.xla


@pytest.mark.parametrize(
    ("with_xla", "without", "kept"),
    [(0.010, 0.004, False), (0.002, 0.01, True), (0.0105, 0.01, True)],  # XLA: within 15 %
)
def test_the_xla_trial_keeps_the_faster_mode(with_xla, without, kept):
    """Plain steps first; XLA only once compiled (in the background); then the modes
    alternate and the faster is kept, remembered, and the other variant dropped."""
    from netcore.training.pacing import TARGET_CALL_SECONDS, Pacing

    steps = FakeSteps()
    decisions = []
    pace = Pacing(steps, decided=lambda faster, ratio: decisions.append((faster, ratio)))
    pace.record("train", 0.5, 10)  # the first plain call compiles: not counted
    for _ in range(5):  # XLA still compiling: plain all along
        pace.record("train", without, 10)
        assert steps.xla is False and pace.trial
    steps.xla_ready.set()
    pace.record("train", without, 10)
    assert steps.xla is True  # compiled: the alternation begins with XLA
    pace.record("train", 0.001, 10)  # XLA's first call is not counted
    for _ in range(3):
        assert steps.xla is True
        pace.record("train", with_xla, 10)
        assert steps.xla is False
        pace.record("train", without, 10)
    assert steps.xla is kept and not pace.trial and steps.kept is kept
    ratio = max(with_xla, without) / min(with_xla, without)
    assert f"{ratio:.1f}x" in pace.choice or (kept and "about as fast" in pace.choice)
    assert ("with XLA" if kept else "without XLA") in pace.choice
    assert decisions == [(kept, pytest.approx(without / with_xla))]  # XLA's speed-up
    used = with_xla if kept else without
    assert pace.steps_per_call("train") == int(TARGET_CALL_SECONDS / (used / 10))


def test_calls_are_short_while_snapshots_are_asked_for(monkeypatch):
    """A snapshot is taken between calls, so while a live picture asks for them the calls
    shrink to LIVE_CALL_SECONDS (up to 40 pictures a second), and grow back a second after
    the last request."""
    from netcore.training import loop as loop_module
    from netcore.training.loop import TrainingLoop
    from netcore.training.pacing import LIVE_CALL_SECONDS, TARGET_CALL_SECONDS

    class Shape:
        def num_elements(self):
            return 10

    steps = FakeSteps()
    steps.x = type("X", (), {"shape": Shape()})()
    steps.model = None
    control = TrainingControl()
    snapshots = []
    loop = TrainingLoop(steps, 1, 0, snapshots.append, control)
    monkeypatch.setattr(loop, "_snapshot", lambda: snapshots.append("snapshot"))
    clock = [100.0]
    monkeypatch.setattr(loop_module.time, "perf_counter", lambda: clock[0])
    assert loop.pace.target == TARGET_CALL_SECONDS
    control.request_snapshot()
    loop._answer_snapshot()
    assert snapshots == ["snapshot"] and loop.pace.target == LIVE_CALL_SECONDS
    clock[0] += 0.5
    loop._answer_snapshot()  # no request, but recently watched
    assert loop.pace.target == LIVE_CALL_SECONDS
    clock[0] += 1.0
    loop._answer_snapshot()
    assert loop.pace.target == TARGET_CALL_SECONDS and snapshots == ["snapshot"]
