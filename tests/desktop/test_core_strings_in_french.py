"""netcore's texts with the shipped French translation installed as the window installs it: the
lessons' verdicts say where to look in French, settings are named in French, the lecture
examples, the perceptron rule, hand-set weights and pooling speak French, with French numbers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.i18n import languages
from netcore.lessons.format import parse_lesson
from netcore.lessons.state import evaluate
from netcore.network.spec import NetworkSpec, load
from netcore.project.model import Project
from netcore.resources import preset_paths

NETWORK = {
    "format": "layerlab-network",
    "version": 1,
    "input_shape": [28, 28, 1],
    "layers": [
        {"id": "conv1", "type": "Conv2D", "filters": 6, "kernel_size": [5, 5]},
        {"id": "pool1", "type": "MaxPooling2D", "inputs": ["conv1"]},
    ],
}


@pytest.fixture
def french(qapp):
    assert languages.install(QApplication.instance(), "fr") == "fr"
    yield
    languages.install(QApplication.instance(), "en")


def step(check: str):
    text = (
        'id = "t"\ntitle = "T"\ntheme = "Test"\nconcepts = ["step-unit"]\n\n'
        '[[steps]]\ntitle = "One"\ntext = "Read."\n' + check + "[steps.solution]\n"
    )
    return parse_lesson(text, "t.toml").steps[0]


def test_verdicts_say_where_to_look_in_french(french):
    project = Project(spec=NetworkSpec.from_dict(NETWORK))
    result = evaluate(
        step('[steps.check]\nkind = "param_count"\nlayer = "conv1"\nequals = 1000\n'), project
    )
    assert result.control == "Propriétés de conv1" and result.layer == "conv1"
    assert "1\u202f000" in result.message or "1\u00a0000" in result.message, result.message
    result = evaluate(
        step('[steps.check]\nkind = "setting"\nname = "batch_size"\nequals = 128\n'), project
    )
    assert "la taille de lot" in result.message and "batch" not in result.message
    assert result.control == "Entraînement → la taille de lot"
    result = evaluate(
        step('[steps.check]\nkind = "layer_param"\nlayer = "pool1"\nparam = "strides"\n'
             "equals = [2, 2]\n"),
        project,
    )  # fmt: skip
    assert "non défini" in result.message and "None" not in result.message


def test_the_core_s_other_texts_speak_french(french):
    from netcore.backprop.perceptron import perceptron_layer
    from netcore.convolution.examples import example, kernel_title
    from netcore.introspection import InspectError, hand_editable
    from netcore.network.analysis import analyze

    chosen = example("6×6 image, padding 1, X filter, then max pooling")
    assert "filtre en X" in chosen.title() and kernel_title(chosen.kernel) == "Filtre en X"
    with pytest.raises(ValueError, match="la règle du perceptron"):
        perceptron_layer(NetworkSpec.from_dict(NETWORK))
    with pytest.raises(InspectError) as info:
        hand_editable(load(preset_paths()["lenet5"]))
    assert str(info.value)[:6] in ("61\u202f706", "61\u00a0706"), str(info.value)
    lines = analyze(NetworkSpec.from_dict(NETWORK)).layers["pool1"].explain()
    assert lines[-1] == "paramètres 0 (le pooling n'a rien à apprendre)"
