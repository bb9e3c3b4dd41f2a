"""The engine on tiny data: events, pause/resume/stop, NaN, OOM, devices, determinism, saving."""

import json
import threading
import time

import numpy as np
import pytest

from netcore.datasets import load_dataset
from netcore.models.kerasfile import save_model
from netcore.network.spec import load
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig
from netcore.training.devices import DevicePlan, list_devices, plan_devices
from netcore.training.engine import prepare, run, snapshot_weights, train
from netcore.training.events import (
    BatchProgress,
    EpochEnd,
    Failed,
    Finished,
    Paused,
    Resumed,
    Started,
    TrainingControl,
    WeightsSnapshot,
)
from netcore.training.history import RunRecord, save_history
from tests.netcore.helpers import make_spec

pytestmark = pytest.mark.slow


def circles_mlp():
    return make_spec(
        [2],
        ("hidden", "Dense", {"units": 8, "activation": "tanh"}),
        ("out", "Dense", {"units": 2, "activation": "softmax"}),
    )


class Recorder:
    def __init__(self, on_event=None):
        self.events = []
        self.on_event = on_event
        self.lock = threading.Lock()

    def __call__(self, event):
        with self.lock:
            self.events.append(event)
        if self.on_event:
            self.on_event(event)

    def of(self, kind):
        return [e for e in self.events if isinstance(e, kind)]


def test_events_of_a_full_run_and_test_evaluation():
    rec = Recorder()
    model, final = train(
        circles_mlp(),
        load_dataset("circles"),
        TrainConfig(epochs=3, batch_size=16, learning_rate=0.05),
        rec,
    )
    started = rec.events[0]
    assert isinstance(started, Started)
    assert (
        started.params,
        started.steps_per_epoch,
        started.train_samples,
        started.val_samples,
    ) == (42, 17, 270, 30)
    assert started.device == "CPU" and started.device_note == ""
    epochs = rec.of(EpochEnd)
    assert [e.epoch for e in epochs] == [1, 2, 3]
    assert set(epochs[0].metrics) >= {"loss", "accuracy", "val_loss", "val_accuracy", "seconds"}
    progress = rec.of(BatchProgress)
    assert progress and progress[-1].batch == 17 and progress[-1].epoch_fraction == 3.0
    assert all(p.samples_per_sec > 0 for p in progress)
    assert isinstance(final, Finished) and final.reason == "completed" and rec.events[-1] is final
    assert [row["loss"] for row in final.history] == [e.metrics["loss"] for e in epochs]
    assert set(final.test) == {"loss", "accuracy"}
    assert final.test_probabilities.shape == (100, 2) and final.test_labels.shape == (100,)
    np.testing.assert_allclose(final.test_probabilities.sum(axis=1), 1, atol=1e-5)


def test_batch_events_are_coalesced_to_about_20_per_second():
    rec = Recorder()
    ds = load_dataset("circles:n=4000")
    t = time.perf_counter()
    train(circles_mlp(), ds, TrainConfig(epochs=2, batch_size=4, validation_split=0), rec)
    elapsed = time.perf_counter() - t
    progress = rec.of(BatchProgress)
    steps = 750
    assert len(progress) < steps  # far fewer events than batches
    assert len(progress) <= elapsed * 20 + 2 * 2 + 5
    per_epoch_last = [p for p in progress if p.batch == steps]
    assert len(per_epoch_last) == 2  # every epoch's last batch is always reported


class _WatchedRunning(threading.Event):
    """The control's "running" flag, counting how often the paused worker woke up and found
    itself still paused: after a few such wake-ups it is provably held, with no sleeping."""

    def __init__(self, polls_to_hold: int = 5):
        super().__init__()
        self.polls = 0
        self.polls_to_hold = polls_to_hold
        self.held = threading.Event()

    def wait(self, timeout=None):
        running = super().wait(timeout)
        if not running:
            self.polls += 1
            if self.polls >= self.polls_to_hold:
                self.held.set()
        return running


def test_pause_holds_the_batch_count_then_resume_and_stop_keep_weights():
    control = TrainingControl()
    watched = _WatchedRunning()
    if control._running.is_set():
        watched.set()
    control._running = watched
    paused = threading.Event()
    rec = Recorder()
    at_pause = []

    def on_event(event):
        if (
            isinstance(event, BatchProgress)
            and event.epoch == 1
            and not control.paused
            and not paused.is_set()
        ):
            control.pause()
        if isinstance(event, Paused):
            at_pause.append(len(rec.of(BatchProgress)))
            paused.set()

    rec.on_event = on_event
    spec, ds = circles_mlp(), load_dataset("circles:n=4000")
    # many epochs: compiled steps train this small set at hundreds of epochs a second
    prepared = prepare(spec, ds, TrainConfig(epochs=20000, batch_size=8, validation_split=0))
    result = []
    worker = threading.Thread(target=lambda: result.append(run(prepared, rec, control)))
    worker.start()
    assert paused.wait(60)
    assert watched.held.wait(60)  # the worker woke up five times and stayed paused
    count = len(rec.of(BatchProgress))
    assert count == at_pause[0]  # nothing trained while it was held
    control.resume()
    deadline = time.time() + 30
    while len(rec.of(BatchProgress)) <= count + 2 and time.time() < deadline:
        time.sleep(0.05)
    assert rec.of(Resumed)
    control.request_snapshot()
    deadline = time.time() + 30
    while not rec.of(WeightsSnapshot) and time.time() < deadline:
        time.sleep(0.02)
    before_stop = rec.of(WeightsSnapshot)[0]
    assert set(before_stop.weights) == {"hidden", "out"}
    assert before_stop.weights["hidden"][0].shape == (2, 8)
    control.stop()
    t = time.time()
    worker.join(30)
    assert time.time() - t < 5
    model, final = result[0]
    assert final.reason == "stopped" and "weights trained so far are kept" in final.message
    assert len(final.history) < 20000
    assert final.test is not None  # a user stop still evaluates on the test set
    kept = snapshot_weights(model)
    assert not np.allclose(kept["hidden"][0], 0)
    # the model holds weights trained past the snapshot: stop kept them, nothing was reset
    assert np.isfinite(kept["out"][0]).all()


def test_stop_while_paused_wakes_and_ends():
    control = TrainingControl()

    def on_event(event):
        if isinstance(event, BatchProgress):
            control.pause()
        if isinstance(event, Paused):
            threading.Timer(0.2, lambda: control.stop(evaluate=False)).start()

    prepared = prepare(circles_mlp(), load_dataset("circles"), TrainConfig(epochs=20, batch_size=4))
    _, final = run(prepared, Recorder(on_event), control)
    assert final.reason == "stopped" and final.test is None


def test_nan_loss_stops_and_suggests_a_lower_learning_rate():
    spec = make_spec(
        [1], ("h", "Dense", {"units": 16, "activation": "relu"}), ("out", "Dense", {"units": 1})
    )
    rec = Recorder()
    model, final = train(
        spec,
        load_dataset("sine"),
        TrainConfig(optimizer="sgd", learning_rate=1e6, epochs=30, batch_size=8),
        rec,
    )
    assert final.reason == "nan"
    assert (
        "NaN" in final.message
        and "learning rate 1e+06 is probably too high; try 100000 or lower" in final.message
    )
    assert len(final.history) < 30 and final.test is None


def test_gpu_requested_without_one_trains_on_cpu_and_says_so():
    rec = Recorder()
    train(
        circles_mlp(),
        load_dataset("xor_gate"),
        TrainConfig(epochs=1, device="gpu", validation_split=0),
        rec,
    )
    started = rec.events[0]
    assert started.device == "CPU"
    assert "a GPU was asked for, but TensorFlow sees none" in started.device_note


def test_device_plans():
    assert plan_devices("auto", []) == DevicePlan("CPU", ("/cpu:0",))
    assert plan_devices("cpu", ["/physical_device:GPU:0"]).label == "CPU"
    gpu = plan_devices("gpu", ["/physical_device:GPU:0"])
    assert gpu == DevicePlan("GPU:0", ("/gpu:0",), mixed_precision=True)  # float16 on GPUs only
    two = plan_devices("auto", ["/physical_device:GPU:0", "/physical_device:GPU:1"])
    assert two.mirrored and two.devices == ("/gpu:0", "/gpu:1") and "MirroredStrategy" in two.label
    devices = list_devices()
    assert devices[0].kind == "CPU" and all(d.kind in ("CPU", "GPU") for d in devices)


def test_out_of_memory_ends_with_a_message(monkeypatch):
    import keras
    import tensorflow as tf

    def boom(self, *args, **kwargs):
        raise tf.errors.ResourceExhaustedError(None, None, "OOM when allocating tensor")

    from netcore.training.compiled import CompiledSteps

    monkeypatch.setattr(keras.Model, "fit", boom)  # the mirrored path
    monkeypatch.setattr(CompiledSteps, "train_steps", boom)  # the compiled paths
    monkeypatch.setattr(CompiledSteps, "epochs", boom)
    rec = Recorder()
    model, final = train(circles_mlp(), load_dataset("circles"), TrainConfig(epochs=1), rec)
    assert model is None and isinstance(final, Failed) and final.kind == "oom"
    assert final.message == (
        "out of memory while training 42 parameters with batch size 32; "
        "use a smaller batch size or a smaller network"
    )
    assert rec.events[-1] is final


def test_same_seed_same_history_other_seed_differs():
    ds = load_dataset("moons")
    spec = make_spec(
        [2],
        ("h", "Dense", {"units": 8, "activation": "relu"}),
        ("drop", "Dropout", {"rate": 0.2}),
        ("out", "Dense", {"units": 1, "activation": "sigmoid"}),
    )
    cfg = dict(epochs=3, batch_size=16, validation_split=0.2)
    a = train(spec, ds, TrainConfig(seed=7, **cfg))[1].history
    b = train(spec, ds, TrainConfig(seed=7, **cfg))[1].history
    c = train(spec, ds, TrainConfig(seed=8, **cfg))[1].history
    strip = lambda h: [{k: v for k, v in row.items() if k != "seconds"} for row in h]  # noqa: E731
    assert strip(a) == strip(b)
    assert strip(a) != strip(c)


def test_early_stopping_reports_epochs_and_restores_best():
    # Adam with a large step on a tiny set: validation loss stops improving quickly
    spec = make_spec(
        [2],
        ("h", "Dense", {"units": 32, "activation": "relu"}),
        ("out", "Dense", {"units": 1, "activation": "sigmoid"}),
    )
    ds = load_dataset("xor:n=80,noise=0.5")
    _, final = train(
        spec,
        ds,
        TrainConfig(epochs=200, learning_rate=0.05, validation_split=0.3, early_stopping=3),
    )
    assert final.reason == "early_stopping"
    assert final.stopped_epoch == len(final.history) < 200
    val = [row["val_loss"] for row in final.history]
    assert final.best_epoch == int(np.argmin(val)) + 1
    assert f"best epoch {final.best_epoch} and its weights restored" in final.message


def test_save_model_and_history_atomically(tmp_path):
    model, final = train(circles_mlp(), load_dataset("circles"), TrainConfig(epochs=1))
    path = save_model(model, tmp_path / "m.keras")
    import keras

    again = keras.models.load_model(path, safe_mode=True)
    x = np.random.default_rng(0).normal(size=(5, 2)).astype("float32")
    np.testing.assert_allclose(again.predict_on_batch(x), model.predict_on_batch(x), atol=1e-6)
    assert [p.name for p in tmp_path.iterdir()] == ["m.keras"]
    from netcore.models.kerasfile import model_from_bytes, model_to_bytes

    restored = model_from_bytes(model_to_bytes(model))  # how project files keep the model
    np.testing.assert_allclose(restored.predict_on_batch(x), model.predict_on_batch(x), atol=1e-6)
    record = RunRecord.from_finished(final, TrainConfig(), "XOR", ["0", "1"])
    save_history(tmp_path / "h.json", record)
    data = json.loads((tmp_path / "h.json").read_text())
    assert {"epochs", "test", "config", "confusion", "class_names"} <= set(data)
    assert data["config"]["optimizer"] == "adam" and data["dataset"] == "XOR"
    assert RunRecord.from_dict(data) == record
    with pytest.raises(ValueError, match="saved as .keras"):
        save_model(model, tmp_path / "m.h5")


def test_lenet_spec_trains_on_a_slice_of_mnist():
    ds = load_dataset("mnist")
    ds.x_train, ds.y_train = ds.x_train[:512], ds.y_train[:512]
    ds.x_test, ds.y_test = ds.x_test[:256], ds.y_test[:256]
    _, final = train(load(preset_paths()["lenet5"]), ds, TrainConfig(epochs=2, batch_size=64))
    assert final.reason == "completed" and final.history[-1]["loss"] < final.history[0]["loss"]
    assert final.test_probabilities.shape == (256, 10)


def test_cached_mnist_arrays_feed_keras_directly():
    """The memory-mapped cache must be usable by model.fit as is (no validation split)."""
    ds = load_dataset("mnist")
    ds = load_dataset("mnist")  # second load: from the cache
    ds.x_train, ds.y_train = ds.x_train[:256], ds.y_train[:256]
    ds.x_test, ds.y_test = ds.x_test[:64], ds.y_test[:64]
    spec = make_spec(
        [28, 28, 1], ("f", "Flatten", {}), ("out", "Dense", {"units": 10, "activation": "softmax"})
    )
    _, final = train(spec, ds, TrainConfig(epochs=1, validation_split=0))
    assert final.reason == "completed"


def test_zero_initialisation_keeps_hidden_units_identical():
    """The lecture's point: with all weights zero every hidden unit gets the same gradient, so
    the hidden layer never becomes more than one unit (and XOR stays unsolved)."""
    rec = Recorder()
    cfg = TrainConfig(
        optimizer="sgd", learning_rate=0.5, epochs=20, batch_size=16, initial_weights="zeros"
    )
    model, final = run(prepare(load(preset_paths()["xor-mlp"]), load_dataset("xor"), cfg), rec)
    kernel, bias = model.get_layer("hidden").get_weights()
    np.testing.assert_allclose(kernel[:, 0], kernel[:, 1], atol=1e-6)  # the two units are one
    np.testing.assert_allclose(bias[0], bias[1], atol=1e-6)
    assert final.test["accuracy"] < 0.8


def test_training_starts_from_given_weights():
    spec = load(preset_paths()["perceptron-and"])
    start = {"neuron": [np.array([[4.0], [4.0]], dtype=np.float32), np.array([-6.0], np.float32)]}
    cfg = TrainConfig(optimizer="sgd", learning_rate=1e-4, epochs=1, batch_size=4)
    prepared = prepare(spec, load_dataset("and_gate"), cfg, initial_weights=start)
    model, _ = run(prepared, Recorder())
    kernel, bias = model.get_layer("neuron").get_weights()
    np.testing.assert_allclose(kernel.ravel(), [4, 4], atol=1e-2)
    assert bias[0] == pytest.approx(-6, abs=1e-2)


def test_step_units_train_without_error_and_do_not_move():
    """A step has no gradient: training runs, and the weights before it stay where they are."""
    spec = make_spec(
        [2],
        ("hidden", "Dense", {"units": 2, "activation": "step"}),
        ("out", "Dense", {"units": 1, "activation": "sigmoid"}),
    )
    cfg = TrainConfig(optimizer="sgd", learning_rate=0.5, epochs=3, batch_size=4, seed=1)
    hidden = [np.array([[2.0, -2.0], [-2.0, 2.0]], np.float32), np.array([-1.0, -1.0], np.float32)]
    prepared = prepare(spec, load_dataset("xor_gate"), cfg, initial_weights={"hidden": hidden})
    model, final = run(prepared, Recorder())
    assert final.reason == "completed"
    for got, want in zip(model.get_layer("hidden").get_weights(), hidden, strict=True):
        np.testing.assert_array_equal(got, want)
    assert not np.allclose(model.get_layer("out").get_weights()[1], 0)  # the sigmoid unit learns


def test_tensorboard_logs_hold_scalars_and_weight_histograms(tmp_path):
    import tensorflow as tf

    cfg = TrainConfig(epochs=2, batch_size=16, tensorboard_dir=str(tmp_path / "tb"))
    run(prepare(circles_mlp(), load_dataset("circles:n=200"), cfg), Recorder())
    found: dict[str, set[str]] = {}
    for part in ("train", "validation"):
        for path in (tmp_path / "tb" / part).glob("events.out.tfevents.*"):
            for event in tf.compat.v1.train.summary_iterator(str(path)):
                for value in event.summary.value:
                    found.setdefault(part, set()).add(value.tag)
    assert {"epoch_loss", "epoch_accuracy"} <= found["train"]
    assert {"epoch_loss", "epoch_accuracy"} <= found["validation"]
    assert any(
        tag.startswith("hidden/") and "kernel" in tag for tag in found["train"]
    )  # histograms


def test_tensorboard_cli_option(tmp_path, capsys):
    from netcore.cli.main import main

    code = main(
        ["train", str(preset_paths()["xor-mlp"]), "--dataset", "xor", "--epochs", "1",
         "--tensorboard", str(tmp_path / "logs")]
    )  # fmt: skip
    assert code == 0
    assert list((tmp_path / "logs" / "train").glob("events.out.tfevents.*"))
