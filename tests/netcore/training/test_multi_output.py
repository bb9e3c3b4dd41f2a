"""Networks with auxiliary outputs (GoogLeNet's extra classifiers): every output learns the same
targets, the loss is the weighted sum, each output's metrics are reported, and the trained
network still answers with its main output."""

import pytest

from netcore.datasets import load_dataset
from netcore.models.builder import build_model
from netcore.network.analysis import analyze
from netcore.network.spec import LayerSpec, NetworkSpec
from netcore.training.config import TrainConfig
from netcore.training.engine import prepare, train
from netcore.training.events import EpochEnd, Finished

pytestmark = pytest.mark.slow


def two_heads(weight=0.3, aux_units=2) -> NetworkSpec:
    return NetworkSpec(
        name="two heads",
        input_shape=[2],
        layers=[
            LayerSpec("h1", "Dense", {"units": 8, "activation": "tanh"}),
            LayerSpec("aux1", "Dense", {"units": aux_units, "activation": "softmax"}),
            LayerSpec("h2", "Dense", {"units": 8, "activation": "tanh"}, ["h1"]),
            LayerSpec("out", "Dense", {"units": 2, "activation": "softmax"}),
        ],
        aux_outputs={"aux1": weight},
    )


def test_each_output_is_trained_and_reported():
    events = []
    model, final = train(
        two_heads(),
        load_dataset("circles"),
        TrainConfig(epochs=4, batch_size=16, learning_rate=0.1),
        events.append,
    )
    assert isinstance(final, Finished) and final.reason == "completed"
    metrics = [e for e in events if isinstance(e, EpochEnd)][-1].metrics
    assert {"loss", "accuracy", "aux1_accuracy", "out_loss", "aux1_loss"} <= set(metrics)
    assert {"val_accuracy", "val_aux1_accuracy"} <= set(metrics)
    # the total is the weighted sum of the two heads' losses (the last epoch's running means)
    assert metrics["val_loss"] == pytest.approx(
        metrics["val_out_loss"] + 0.3 * metrics["val_aux1_loss"], rel=1e-4
    )
    assert set(final.test) >= {"accuracy", "aux1_accuracy"}
    assert final.test_probabilities.shape == (100, 2)  # the main output's answers
    start = final.history[0]
    assert start["aux1_loss"] > metrics["aux1_loss"]  # the auxiliary head learned too


def test_spec_round_trip_and_problems():
    spec = two_heads()
    assert NetworkSpec.from_dict(spec.to_dict()).aux_outputs == {"aux1": 0.3}
    analysis = analyze(spec)
    assert analysis.output_ids == ["out", "aux1"] and not analysis.errors
    model = build_model(spec, analysis)
    assert [t.name.split("/")[0] for t in model.outputs] != [] and len(model.outputs) == 2
    wrong = two_heads(aux_units=3)
    with pytest.raises(Exception, match="aux1: the auxiliary output gives \\(3,\\)"):
        prepare(wrong, load_dataset("circles"), TrainConfig(epochs=1))
    missing = two_heads()
    missing.aux_outputs = {"aux9": 0.3}
    problems = analyze(missing).errors
    assert any("auxiliary output 'aux9' is not a layer" in str(p) for p in problems)
    # without aux1 as an output, its branch is unused
    alone = two_heads()
    alone.aux_outputs = {}
    assert any("aux1" in str(p) and "auxiliary output" in str(p) for p in analyze(alone).errors)
