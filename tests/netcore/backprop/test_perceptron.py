"""The perceptron rule learns AND and OR and cycles on XOR (not linearly separable)."""

import numpy as np
import pytest

from netcore.backprop.perceptron import step, train_perceptron

INPUTS = [[0, 0], [0, 1], [1, 0], [1, 1]]


@pytest.mark.parametrize(("gate", "labels"), [("AND", [0, 0, 0, 1]), ("OR", [0, 1, 1, 1])])
def test_the_rule_solves_and_and_or(gate, labels):
    run = train_perceptron(INPUTS, labels, lr=0.5)
    assert run.outcome == "converged", gate
    w, b = np.array(run.weights), run.bias
    assert [step(float(np.dot(x, w) + b)) for x in INPUTS] == labels
    # every update is the rule written out: change = α (y − h(x)) (x, 1)
    for u in run.updates:
        assert u.error == u.target - u.output
        assert u.change == pytest.approx(tuple(0.5 * u.error * v for v in (*u.x, 1.0)))
    last_epoch = [u for u in run.updates if u.epoch == run.epochs]
    assert all(u.error == 0 for u in last_epoch) and len(last_epoch) == 4


def test_the_rule_never_settles_on_xor():
    run = train_perceptron(INPUTS, [0, 1, 1, 0], lr=1.0, max_epochs=100)
    assert run.outcome == "cycling"
    assert "not linearly separable" in run.message
    assert any(u.error for u in run.updates if u.epoch == run.epochs)


def test_bad_settings_are_refused():
    with pytest.raises(ValueError, match="labels 0 and 1"):
        train_perceptron(INPUTS, [0, 2, 1, 0])
    with pytest.raises(ValueError, match="2 weights are needed"):
        train_perceptron(INPUTS, [0, 1, 1, 0], weights=[1, 2, 3])
    with pytest.raises(ValueError, match="learning rate must be positive"):
        train_perceptron(INPUTS, [0, 1, 1, 0], lr=0)


def test_which_networks_the_rule_trains_and_how_an_update_reads():
    from netcore.backprop.perceptron import describe_update, perceptron_layer
    from netcore.network.spec import LayerSpec, NetworkSpec

    one = NetworkSpec("p", (2,), [LayerSpec("neuron", "Dense", {"units": 1, "activation": "step"})])
    assert perceptron_layer(one) == "neuron"
    two = NetworkSpec("p", (2,), [LayerSpec("h", "Dense", {"units": 2, "activation": "step"})])
    with pytest.raises(ValueError, match="has 2"):
        perceptron_layer(two)
    relu = NetworkSpec("p", (2,), [LayerSpec("n", "Dense", {"units": 1, "activation": "relu"})])
    with pytest.raises(ValueError, match="uses relu"):
        perceptron_layer(relu)
    run = train_perceptron([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 0, 0, 1], lr=1.0)
    first = describe_update(run.updates[0], 1.0)  # step(0) = 1 but AND(0, 0) = 0
    assert first.startswith("epoch 1, example 1: x = (0, 0), y = 0, h(x) = 1 — wrong")
    assert "b += 1·(-1) = -1" in first and "→ w = (0, 0), b = -1" in first


def test_a_sigmoid_units_line_belongs_to_class_zero():
    # with the step's 1 at z = 0, AND ends with (1, 1) exactly on the line; a sigmoid unit says
    # 0.5 there, which the app reads as class 0: the rule must use the unit's own threshold
    table, labels = [[0, 0], [0, 1], [1, 0], [1, 1]], [0, 0, 0, 1]
    run = train_perceptron(table, labels)
    assert np.asarray(table) @ run.weights + run.bias == pytest.approx([-3, -2, -1, 0])
    strict = train_perceptron(table, labels, at_zero=0)
    assert strict.outcome == "converged"
    z = np.asarray(table) @ strict.weights + strict.bias
    assert ((z > 0).astype(int) == labels).all()
