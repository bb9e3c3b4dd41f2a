"""XLA at no waiting: the first call plain, XLA compiled in the background without training
anything, the choice remembered per network and machine, a bad cache file harmless."""

import json
import threading

import numpy as np
import pytest

from netcore.datasets import load_dataset
from netcore.training import xlachoice
from netcore.training.config import TrainConfig
from netcore.training.devices import DevicePlan
from netcore.training.engine import _xla_plan, prepare, run, snapshot_weights
from tests.netcore.helpers import make_spec


def spiral_mlp():
    return make_spec(
        [2],
        ("h1", "Dense", {"units": 16, "activation": "tanh"}),
        ("out", "Dense", {"units": 2, "activation": "softmax"}),
    )


def lenet_like():
    return make_spec(
        [8, 8, 1],
        ("c1", "Conv2D", {"filters": 2, "kernel_size": 3, "activation": "relu"}),
        ("f", "Flatten", {}),
        ("out", "Dense", {"units": 10, "activation": "softmax"}),
    )


def test_the_choice_is_remembered_per_key_and_used_by_the_plan():
    assert xlachoice.plan("k", True, False, True).mode == "try"
    xlachoice.remember("k", True, 4.0)
    assert xlachoice.remembered("k") == (True, 4.0)
    on = xlachoice.plan("k", True, False, True)
    assert on.mode == "on" and on.reason == "remembered 4.0x faster here"
    xlachoice.remember("k", False, 0.25)
    off = xlachoice.plan("k", True, False, True)
    assert off.mode == "off" and off.reason == "remembered: XLA was 4.0x slower here"
    assert xlachoice.plan("other", True, False, True).mode == "try"
    assert xlachoice.plan("k", False, False, True).mode == "off"  # --no-xla wins


def test_convolutions_on_a_cpu_skip_the_trial_unless_remembered_faster():
    plan = xlachoice.plan("conv", True, True, True)
    assert plan.mode == "off" and "not tried" in plan.reason
    assert xlachoice.plan("conv", True, True, False).mode == "try"  # on a GPU: tried
    xlachoice.remember("conv", True, 1.5)
    assert xlachoice.plan("conv", True, True, True).mode == "on"


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00", b"[1, 2]", b"{}" + b" " * (2 << 20)],
)
def test_a_bad_cache_file_is_ignored_with_a_note_and_replaced(content):
    path = xlachoice.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    plan = xlachoice.plan("k", True, False, True)
    assert plan.mode == "try"
    assert plan.note.startswith(f"the XLA choice cache {path} was ignored (")
    assert plan.note.endswith("); the next choice replaces it")
    xlachoice.remember("k", False, 0.5)
    assert json.loads(path.read_text()) == {"k": {"xla": False, "speedup": 0.5}}
    assert xlachoice.plan("k", True, False, True).note == ""


def test_a_bad_entry_is_skipped_and_the_good_ones_kept():
    path = xlachoice.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"k": {"xla": "yes"}, "j": {"xla": true, "speedup": -3}, "i": 5}')
    assert xlachoice.remembered("k") is None
    assert xlachoice.remembered("j") == (True, 1.0)  # a nonsense speed-up is not shown


def test_a_cache_folder_that_cannot_be_written_never_stops_a_run(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("LAYERLAB_CACHE_DIR", str(blocked))
    xlachoice.remember("k", True, 2.0)  # no exception
    assert xlachoice.remembered("k") is None
    cfg = TrainConfig(optimizer="sgd", learning_rate=0.1, batch_size=10, epochs=1)
    _, final = run(prepare(spiral_mlp(), load_dataset("xor"), cfg))
    assert final.reason == "completed"
    assert any("the XLA choice cache" in note for note in final.notes)


def test_the_key_tells_networks_batches_and_devices_apart_but_not_names():
    spec = spiral_mlp().to_dict()
    key = xlachoice.signature(spec, 10, "sgd", 270, 30, "/cpu:0")
    renamed = dict(spec, name="another name")
    assert xlachoice.signature(renamed, 10, "sgd", 270, 30, "/cpu:0") == key
    assert xlachoice.signature(spec, 32, "sgd", 270, 30, "/cpu:0") != key
    assert xlachoice.signature(spec, 10, "sgd", 270, 30, "/gpu:0") != key
    wider = json.loads(json.dumps(spec))
    wider["layers"][0]["units"] = 17
    assert xlachoice.signature(wider, 10, "sgd", 270, 30, "/cpu:0") != key


def test_a_run_uses_the_remembered_choice_and_says_so():
    cfg = TrainConfig(optimizer="sgd", learning_rate=0.1, batch_size=10, epochs=2)
    prepared = prepare(spiral_mlp(), load_dataset("xor"), cfg)
    plan = _xla_plan(prepared, DevicePlan("CPU", ("/cpu:0",)), len(prepared.dataset.x_train))
    assert plan.mode == "try"
    xlachoice.remember(plan.key, False, 1 / 3)
    _, final = run(prepared)
    assert final.compiled == "compiled without XLA (remembered: XLA was 3.0x slower here)"


def test_a_convolutional_network_on_the_cpu_trains_without_trying_xla():
    data = load_dataset("mnist")
    data.x_train, data.y_train = data.x_train[:64, 10:18, 10:18], data.y_train[:64]
    data.x_test, data.y_test = data.x_test[:16, 10:18, 10:18], data.y_test[:16]
    cfg = TrainConfig(optimizer="sgd", batch_size=16, epochs=1, device="cpu")
    _, final = run(prepare(lenet_like(), data, cfg))
    assert final.compiled == "compiled without XLA (convolutions on a CPU: XLA not tried)"


def test_compiling_xla_in_the_background_trains_nothing_and_then_gives_the_same_numbers():
    """The first call runs plain; the compile (zero steps) leaves every weight as it was;
    the XLA steps that follow match plain steps (the same math, other rounding)."""
    from netcore.models import tfruntime
    from netcore.models.builder import build_model
    from netcore.training.compiled import CompiledSteps, build_state, epoch_order
    from netcore.training.kerasparts import compile_model, make_optimizer, make_targets

    keras = tfruntime.keras()
    cfg = TrainConfig(optimizer="sgd", learning_rate=0.1, batch_size=10, epochs=1)
    prepared = prepare(spiral_mlp(), load_dataset("spirals"), cfg)
    ds = prepared.dataset

    def steps_object(plan):
        keras.utils.set_random_seed(0)
        model = build_model(prepared.spec, prepared.analysis)
        compile_model(model, prepared.analysis, prepared.plan, make_optimizer(cfg))
        y = make_targets(ds.y_train, prepared.plan, ds.num_classes)
        build_state(model, ds.x_train[:1], y[:1])
        return CompiledSteps(model, ds.x_train, y, None, 10, plan, "/cpu:0")

    order = epoch_order(0, 0, len(ds.x_train))
    plain, tried = steps_object("off"), steps_object("try")
    assert tried.xla is False
    plain.train_steps(order, 0, 1)
    tried.train_steps(order, 0, 1)  # a Step of one batch: plain, and no compile started
    assert tried._compiler is None
    plain.train_steps(order, 1, 2)
    tried.train_steps(order, 1, 2)  # running freely: the compile starts after it
    before = snapshot_weights(tried.model)
    assert tried.wait_for_xla(120) and threading.active_count() >= 1
    for layer, arrays in snapshot_weights(tried.model).items():
        for a, b in zip(arrays, before[layer], strict=True):
            np.testing.assert_array_equal(a, b)
    tried.use_xla(True)
    assert tried.xla is True
    _, _, logs_plain = plain.train_steps(order, 3, 10)
    _, _, logs_xla = tried.train_steps(order, 3, 10)
    assert logs_xla["loss"] == pytest.approx(logs_plain["loss"], rel=1e-4)
    tried.keep_only(True)
    assert set(tried._functions) == {True}  # one variant kept


def test_the_test_scores_are_evaluate_s_and_the_probabilities_predict_s():
    """The end of a run scores the test set without compiling: the same numbers as Keras's
    ``evaluate`` and ``predict`` on the trained model."""
    from netcore.training.kerasparts import make_targets

    cfg = TrainConfig(optimizer="sgd", learning_rate=0.1, batch_size=10, epochs=2)
    prepared = prepare(spiral_mlp(), load_dataset("spirals"), cfg)
    model, final = run(prepared)
    ds = prepared.dataset
    y = make_targets(ds.y_test, prepared.plan, ds.num_classes)
    want = model.evaluate(ds.x_test, y, batch_size=1024, verbose=0, return_dict=True)
    assert final.test == pytest.approx({k: float(v) for k, v in want.items()}, rel=1e-5)
    probabilities = model.predict(ds.x_test, batch_size=1024, verbose=0)
    np.testing.assert_allclose(final.test_probabilities, probabilities, rtol=1e-5, atol=1e-6)


def test_a_short_run_never_compiles_xla_and_says_why():
    """A toy run that ends, plain, in a few seconds: compiling XLA beside it would only hold the
    processor (and the window's curves) while the run is nearly over."""
    cfg = TrainConfig(optimizer="sgd", learning_rate=0.1, batch_size=10, epochs=30)
    prepared = prepare(spiral_mlp(), load_dataset("spirals"), cfg)
    before = {t.name for t in threading.enumerate()}
    _, final = run(prepared)
    assert final.compiled == (
        "compiled without XLA (a short run: XLA would take longer to compile than to help)"
    )
    assert "xla-compile" not in {t.name for t in threading.enumerate()} - before


def test_a_long_run_compiles_xla_in_the_background_after_timing_its_plain_steps():
    from netcore.models import tfruntime
    from netcore.models.builder import build_model
    from netcore.training.compiled import CompiledSteps, build_state, epoch_order
    from netcore.training.kerasparts import compile_model, make_optimizer, make_targets

    keras = tfruntime.keras()
    cfg = TrainConfig(optimizer="sgd", learning_rate=0.1, batch_size=10, epochs=1)
    prepared = prepare(spiral_mlp(), load_dataset("spirals"), cfg)
    ds = prepared.dataset
    keras.utils.set_random_seed(0)
    model = build_model(prepared.spec, prepared.analysis)
    compile_model(model, prepared.analysis, prepared.plan, make_optimizer(cfg))
    y = make_targets(ds.y_train, prepared.plan, ds.num_classes)
    build_state(model, ds.x_train[:1], y[:1])
    steps = CompiledSteps(model, ds.x_train, y, None, 10, "try", "/cpu:0")
    steps.planned_steps = 10**9  # a run of hours
    order = epoch_order(0, 0, len(ds.x_train))
    steps.train_steps(order, 0, 2)  # the first free call traces: not timed
    assert steps._compiler is None
    steps.train_steps(order, 2, 2)
    assert steps._compiler is not None and steps.wait_for_xla(120)
