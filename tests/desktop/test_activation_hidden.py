"""Lesson 07, step 2 asks for softmax(2, 1, 0.1)'s first probability: the activation
explorer's probabilities box shows "?" until the student has answered, then the numbers."""

import pytest


@pytest.fixture
def player(window):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    window.show_lessons()
    return window.lessons


def test_the_softmax_values_stay_hidden_until_the_student_answers(window, player):
    player.start("probabilities-and-losses")
    player.go_to(1)  # "Softmax": hide = ["softmax_values"], the Activations view brought
    view = window.inside.activations
    assert player.hidden == {"softmax_values"}
    view.softmax_input.setText("2 1 0.1")
    view.softmax_input.editingFinished.emit()
    shown = view.softmax_text.text()
    assert "?" in shown and "0.659" not in shown and "0.242" not in shown, shown
    player.answer.setText("0.66")
    assert player.check()
    assert view.hidden == frozenset()
    assert "0.659, 0.242, 0.099" in view.softmax_text.text()
