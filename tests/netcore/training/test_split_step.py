"""The step whose batch is cut in two halves side by side gives ``fit``'s numbers, and is used
only where it can: on a CPU, for networks whose layers treat each example alone."""

import numpy as np
import pytest

from netcore.datasets import load_dataset
from netcore.models.builder import build_model
from netcore.models.threads import thread_plan
from netcore.network.analysis import analyze
from netcore.training.config import TrainConfig
from netcore.training.engine import prepare
from netcore.training.splitstep import split_parts
from tests.netcore.helpers import make_spec
from tests.netcore.training.test_compiled import (
    assert_same_run,
    engine_history,
    plain_fit_history,
)

pytestmark = pytest.mark.slow


def small_lenet(*extra):
    return make_spec(
        [28, 28, 1],
        ("c1", "Conv2D", {"filters": 4, "kernel_size": 5, "activation": "relu"}),
        ("p1", "MaxPooling2D", {"pool_size": 2}),
        ("flat", "Flatten", {}),
        *extra,
        ("fc", "Dense", {"units": 16, "activation": "relu"}),
        ("out", "Dense", {"units": 10, "activation": "softmax"}),
    )


def digits(n=600):
    data = load_dataset("mnist")
    data.x_train, data.y_train = data.x_train[:n], data.y_train[:n]
    data.x_test, data.y_test = data.x_test[:100], data.y_test[:100]
    return data


def model_of(spec):
    return build_model(spec, analyze(spec))


PENALISED = ("fc0", "Dense", {"units": 12, "kernel_regularizer": {"l2": 0.01}})


@pytest.mark.parametrize(
    ("batch", "extra"),
    [
        (32, ()),
        (50, ()),  # a remainder batch of 40 is cut in two too
        (32, (PENALISED,)),  # a weight penalty: added once, not once per half
    ],
)
def test_the_split_step_reproduces_plain_fit(batch, extra):
    cfg = TrainConfig(
        optimizer="adam", batch_size=batch, epochs=3, validation_split=0.1, seed=5, xla=False
    )
    prepared = prepare(small_lenet(*extra), digits(), cfg)
    final, weights, initial = engine_history(prepared)
    expected, expected_weights = plain_fit_history(prepared, initial)
    assert_same_run(final, weights, expected, expected_weights, (1e-4, 1e-5), (1e-3, 1e-4))


def test_the_engine_cuts_the_batch_of_a_convolutional_network_on_a_cpu():
    from netcore.training.compiled import CompiledSteps

    x = np.zeros((64, 28, 28, 1), np.float32)
    y = np.zeros((64, 10), np.float32)
    model = model_of(small_lenet())
    model.compile(optimizer="sgd", loss="categorical_crossentropy")
    assert CompiledSteps(model, x, y, None, 32, False, "/CPU:0").parts == 2


def test_only_networks_that_treat_each_example_alone_are_cut():
    plain = model_of(small_lenet())
    plain.compile(optimizer="sgd", loss="categorical_crossentropy")
    assert split_parts(plain, 32, "/CPU:0", side_by_side=2) == 2
    assert split_parts(plain, 8, "/CPU:0", side_by_side=2) == 1  # halves of 4: not worth it
    assert split_parts(plain, 32, "/GPU:0", side_by_side=2) == 1  # a GPU takes the batch whole
    assert split_parts(plain, 32, "/CPU:0", side_by_side=1) == 1  # nothing runs side by side
    for layer in [
        ("bn", "BatchNormalization", {}),  # the batch's statistics
        ("drop", "Dropout", {"rate": 0.5}),  # random masks: not fit's numbers
    ]:
        model = model_of(small_lenet(layer))
        model.compile(optimizer="sgd", loss="categorical_crossentropy")
        assert split_parts(model, 32, "/CPU:0", side_by_side=2) == 1, layer[1]


@pytest.mark.parametrize(
    ("cores", "per_operation", "side_by_side"), [(1, 1, 2), (2, 1, 2), (4, 2, 2), (8, 4, 2)]
)
def test_each_operation_gets_half_the_cores(cores, per_operation, side_by_side):
    plan = thread_plan(cores)
    assert (plan.per_operation, plan.side_by_side) == (per_operation, side_by_side)


def test_a_users_own_thread_settings_win(monkeypatch):
    from netcore.models import threads

    class Threading:  # stands in for tf.config.threading: records what it is told
        told: list = []

        def set_intra_op_parallelism_threads(self, n):
            self.told.append(("per operation", n))

        def set_inter_op_parallelism_threads(self, n):
            self.told.append(("side by side", n))

    class TF:
        class config:
            threading = Threading()

    for name in ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS", "LAYERLAB_THREADS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(threads, "usable_cores", lambda: 2)
    assert threads.configure_tensorflow(TF) == threads.ThreadPlan(2, 1, 2)
    assert Threading.told == [("per operation", 1), ("side by side", 2)]
    Threading.told.clear()
    monkeypatch.setenv("TF_NUM_INTRAOP_THREADS", "2")
    assert threads.configure_tensorflow(TF) is None and Threading.told == []
    monkeypatch.delenv("TF_NUM_INTRAOP_THREADS")
    monkeypatch.setenv("LAYERLAB_THREADS", "tensorflow")  # plain Keras's own, as a script runs
    assert threads.configure_tensorflow(TF) is None and Threading.told == []


def test_the_xla_trial_counts_a_split_steps_two_cores():
    """Plain steps cut in halves keep two cores busy: 0.010 s of processor time a call is
    0.005 s of waiting, faster than XLA's 0.007 s on one core; by processor time alone the
    trial kept XLA and the lecture's MLP table took 90 s instead of 56."""
    from netcore.training.pacing import Pacing
    from tests.netcore.training.test_compiled import FakeSteps

    steps = FakeSteps()
    steps.parts = 2
    pace = Pacing(steps)
    pace.record("train", 0.5, 10, cpu=0.9)  # the first call compiles: not counted
    steps.xla_ready.set()
    pace.record("train", 0.006, 10, cpu=0.010)
    pace.record("train", 0.007, 10, cpu=0.007)  # XLA's first call: not counted
    for _ in range(3):
        pace.record("train", 0.007, 10, cpu=0.007)  # XLA
        pace.record("train", 0.006, 10, cpu=0.010)  # halves side by side
    assert not pace.trial and steps.kept is False
    assert "without XLA" in pace.choice
