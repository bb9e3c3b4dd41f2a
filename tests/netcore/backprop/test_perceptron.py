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
