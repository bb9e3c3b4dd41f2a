"""What netcore writes for a student reads in the student's language, numbers included: the
lessons' verdicts and where they send the student, the convolution sandbox's arithmetic and
examples, the perceptron rule, hand-set weights and the pooling layers' explanations.

A French translator and a French number format are installed the way the window does it
(``netcore.i18n.install``), with a small table in place of the .qm file: these tests check that
each text is a whole template looked up with its context, and that the numbers follow the locale;
tests/desktop/test_core_strings_in_french.py checks the shipped translations themselves."""

from __future__ import annotations

import numpy as np
import pytest

from netcore import i18n
from netcore.lessons.format import parse_lesson
from netcore.lessons.state import evaluate
from netcore.network.spec import NetworkSpec
from netcore.project.model import Project

FRENCH = {
    ("Lessons", "Properties of {layer}"): "Propriétés de {layer}",
    ("Lessons", "Properties of {layer} → {param}"): "Propriétés de {layer} → {param}",
    ("Lessons", "Training → {setting}"): "Entraînement → {setting}",
    ("Lessons", "Training → Start"): "Entraînement → Démarrer",
    ("Lessons", "{what} is {value}; it should be {want}"): "{what} vaut {value} ; il faudrait {want}",
    ("Lessons", "{layer}'s parameter count"): "le nombre de paramètres de {layer}",
    ("Lessons", "{layer}.{param} is {value}; it should be {want}"): (
        "{layer}.{param} vaut {value} ; il faudrait {want}"
    ),
    ("Lessons", "not set"): "non défini",
    ("Lessons", "train first: there is no run yet"): "entraînez d'abord : aucun entraînement",
    ("Lessons", "Run first: your prediction is noted."): "Lancez d'abord : prédiction notée.",
    ("Settings", "the batch size"): "la taille de lot",
    ("Convolution", "X filter"): "Filtre en X",
    ("Convolution", "6×6 image, padding 1, X filter, then max pooling"): (
        "Image 6×6, marge 1, filtre en X, puis max pooling"
    ),
    ("Perceptron", "the perceptron rule trains one layer of one unit; this network has {kinds}"): (
        "la règle du perceptron entraîne une couche d'une unité ; ce réseau a {kinds}"
    ),
    ("Perceptron", "epoch {epoch}, example {example}: x = ({x}), y = {y}, h(x) = {h} — wrong: "
     "{changes} → w = ({weights}), b = {bias}"): (
        "époque {epoch}, exemple {example} : x = ({x}), y = {y}, h(x) = {h} — faux : {changes} → "
        "w = ({weights}), b = {bias}"
    ),
    ("Weights", "{total} weights are too many to set by hand (at most {limit}); use a smaller "
     "network, e.g. the perceptron or XOR presets"): (
        "{total} poids, c'est trop pour les régler à la main (au plus {limit})"
    ),
    ("Catalog", "output {size} = {formula}"): "sortie {size} = {formula}",
    ("Catalog", "parameters 0 (pooling has nothing to learn)"): (
        "paramètres 0 (le pooling n'a rien à apprendre)"
    ),
}  # fmt: skip


def french_number(value: float, decimals: int | None) -> str:
    """Qt's French: narrow no-break space between groups, comma as decimal point."""
    text = f"{round(value):,}" if decimals is None else f"{value:,.{decimals}f}"
    return text.replace(",", "\u202f").replace(".", ",")


@pytest.fixture
def french():
    i18n.install(lambda context, text: FRENCH.get((context, text), text), french_number)
    yield
    i18n.install()


def one_step(check: str, solution: str = "") -> object:
    text = (
        'id = "tiny"\ntitle = "Tiny"\ntheme = "Test"\nconcepts = ["step-unit"]\n\n'
        '[[steps]]\ntitle = "One"\ntext = "Read."\n' + check + "[steps.solution]\n" + solution
    )
    return parse_lesson(text, "my.toml").steps[0]


def lenet_like() -> Project:
    spec = NetworkSpec.from_dict(
        {
            "format": "layerlab-network",
            "version": 1,
            "input_shape": [28, 28, 1],
            "layers": [
                {"id": "conv1", "type": "Conv2D", "filters": 6, "kernel_size": [5, 5]},
                {"id": "pool1", "type": "MaxPooling2D", "inputs": ["conv1"]},
            ],
        }
    )
    return Project(spec=spec)


# --------------------------------------------------------------------------- lessons


def test_a_french_verdict_names_the_properties_of_the_layer_in_french(french):
    step = one_step('[steps.check]\nkind = "param_count"\nlayer = "conv1"\nequals = 1000\n')
    result = evaluate(step, lenet_like())
    assert not result.ok
    assert result.control == "Propriétés de conv1"
    assert result.message == "le nombre de paramètres de conv1 vaut 156 ; il faudrait 1\u202f000"
    # the window brings the panel by its key and the layer by its id, whatever the language
    assert (result.panel, result.layer) == ("properties", "conv1")


def test_a_parameter_not_set_is_said_in_words(french):
    step = one_step(
        '[steps.check]\nkind = "layer_param"\nlayer = "pool1"\nparam = "strides"\nequals = [2, 2]\n'
    )
    result = evaluate(step, lenet_like())
    assert result.message == "pool1.strides vaut non défini ; il faudrait (2, 2)"
    assert "None" not in result.message
    assert result.control == "Propriétés de pool1 → strides"


def test_a_setting_is_named_in_french_and_so_is_where_to_look(french):
    step = one_step('[steps.check]\nkind = "setting"\nname = "batch_size"\nequals = 128\n')
    result = evaluate(step, Project(spec=NetworkSpec(name="empty")))
    assert result.message == "la taille de lot vaut 32 ; il faudrait 128"
    assert result.control == "Entraînement → la taille de lot"
    assert result.panel == "training"


def test_a_run_check_without_a_run_sends_to_start_in_french(french):
    step = one_step('train = true\n[steps.check]\nkind = "run"\n')
    result = evaluate(step, Project(spec=NetworkSpec(name="empty")))
    assert result.control == "Entraînement → Démarrer" and result.panel == "training"


def test_the_english_verdicts_keep_their_words():
    step = one_step('[steps.check]\nkind = "setting"\nname = "batch_size"\nequals = 128\n')
    result = evaluate(step, Project(spec=NetworkSpec(name="empty")))
    assert result.message == "the batch size is 32; it should be 128"
    assert result.control == "Training → the batch size"
    step = one_step('[steps.check]\nkind = "param_count"\nlayer = "conv1"\nequals = 1000\n')
    assert evaluate(step, lenet_like()).control == "Properties of conv1"


# --------------------------------------------------------------------------- convolution


def test_the_sandbox_writes_its_arithmetic_with_a_decimal_comma(french):
    pytest.importorskip("keras")
    from netcore.convolution.examples import kernel
    from netcore.convolution.sandbox import ConvSetup, convolve

    image = np.arange(16, dtype=np.float64).reshape(4, 4)
    result = convolve(ConvSetup(image, [kernel("Box blur")], pool="max", pool_size=2))
    text = result.products_text(0, 0, 0)
    assert "0,1111" in text and "0.1111" not in text, text
    pooled = result.pool_text(0, 0, 0)
    assert pooled.startswith("max(5; 6; 9; 10) = 10"), pooled


def test_the_lecture_examples_and_kernels_are_shown_in_french(french):
    from netcore.convolution.examples import EXAMPLES, example, kernel, kernel_title

    chosen = example("6×6 image, padding 1, X filter, then max pooling")
    assert chosen.title() == "Image 6×6, marge 1, filtre en X, puis max pooling"
    assert kernel_title(chosen.kernel) == "Filtre en X"
    assert kernel(chosen.kernel).shape == (3, 3)  # the name stays the key
    assert all(e.shown_note() for e in EXAMPLES)


# --------------------------------------------------------------------------- perceptron


def test_the_perceptron_rule_refuses_a_big_network_in_french(french):
    from netcore.backprop.perceptron import perceptron_layer

    with pytest.raises(ValueError) as info:
        perceptron_layer(lenet_like().spec)
    assert str(info.value) == (
        "la règle du perceptron entraîne une couche d'une unité ; ce réseau a Conv2D, MaxPooling2D"
    )


def test_an_update_is_written_with_the_locale_s_numbers(french):
    from netcore.backprop.perceptron import describe_update, train_perceptron

    run = train_perceptron([[0.5, 1]], [0], bias=0.0, lr=0.25)
    text = describe_update(run.updates[0], 0.25)
    assert text.startswith("époque 1, exemple 1 : x = (0,5; 1), y = 0, h(x) = 1 — faux :"), text
    assert "w1 += 0,25·(-1)·0,5 = -0,125" in text and "0.25" not in text


# --------------------------------------------------------------------------- weights by hand


def test_too_many_weights_are_counted_the_french_way(french):
    from netcore.introspection import InspectError, hand_editable
    from netcore.network.spec import load
    from netcore.resources import preset_paths

    with pytest.raises(InspectError) as info:
        hand_editable(load(preset_paths()["lenet5"]))
    assert str(info.value).startswith("61\u202f706 poids, c'est trop"), str(info.value)


# --------------------------------------------------------------------------- pooling


def test_the_pooling_explanation_is_in_french(french):
    from netcore.network.analysis import analyze

    lines = analyze(lenet_like().spec).layers["pool1"].explain()
    assert lines == [
        "sortie 12 = ⌊(24 + 2·0 − 2)/2⌋ + 1",
        "paramètres 0 (le pooling n'a rien à apprendre)",
    ]


def test_every_place_a_verdict_names_is_a_panel_the_window_knows():
    from netcore.lessons import verdicts

    places = [verdicts.place(key) for key in verdicts._FIXED]
    places += [verdicts.properties_of("d"), verdicts.training_setting("epochs")]
    places.append(verdicts.palette_entry("Dense"))
    assert {p.panel for p in places} <= set(verdicts.PANELS)
    assert verdicts.Result(False, "x", "the answer box").panel == "answer"
