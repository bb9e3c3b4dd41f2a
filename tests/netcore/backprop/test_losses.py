"""The loss made concrete, checked against the lecture's numbers and against Keras."""

import numpy as np
import pytest

from netcore.backprop.losses import explain_loss, log10_factor


def test_the_lectures_binary_cross_entropy():
    """L_BC(0.73, 1) = 0.14 on the slide (log base 10); Keras's natural log gives 0.31."""
    result = explain_loss([0.73], [1], "binary_crossentropy")
    assert result.value_log10 == pytest.approx(0.13667714, abs=1e-7)
    assert round(result.value_log10, 2) == 0.14
    assert result.value == pytest.approx(-np.log(0.73))
    assert result.value == pytest.approx(result.value_log10 * log10_factor())


@pytest.mark.slow
@pytest.mark.parametrize("loss", ["categorical_crossentropy", "mse", "mae"])
def test_softmax_and_losses_agree_with_keras(loss):
    import keras

    logits = [2.0, 1.0, 0.1]
    result = explain_loss(logits, [0], loss, logits=True)
    assert sum(result.probabilities) == pytest.approx(1.0)
    assert result.probabilities[0] == pytest.approx(0.659, abs=1e-3)
    assert result.target == (1.0, 0.0, 0.0)
    want = keras.losses.get(loss)(np.array([result.target]), np.array([result.probabilities]))
    assert result.value == pytest.approx(float(np.asarray(want)[0]), rel=1e-5)


def test_bad_inputs_are_named():
    with pytest.raises(ValueError, match="class 3 is not one of 0…2"):
        explain_loss([0.2, 0.3, 0.5], [3], "categorical_crossentropy")
    with pytest.raises(ValueError, match="probabilities between 0 and 1"):
        explain_loss([1.5], [1], "binary_crossentropy")
    with pytest.raises(ValueError, match="not one of"):
        explain_loss([0.5], [1], "hinge")


def test_one_examples_loss_line():
    """The feature-map view's line: the lecture's BCE(0.73, 1), a softmax from logits, an error."""
    from netcore.backprop.losses import example_summary

    bce = example_summary([0.73], 1, ["no", "yes"])
    assert "−ln 0.73" in bce and "<b>0.315</b>" in bce
    assert "ln(1 − 0.73)" in example_summary([0.73], 0, ["no", "yes"])
    cce = example_summary([0.659, 0.242, 0.099], 0, ["a", "b", "c"], logits=[2.0, 1.0, 0.1])
    assert "logit z<sub>a</sub> = 2" in cce and "p(a) = 0.659" in cce
    assert f"<b>{-np.log(0.659):.3g}</b>" in cce
    assert "(0.5 − 2)²" in example_summary([0.5], 2.0) and "<b>2.25</b>" in example_summary(
        [0.5], 2
    )
