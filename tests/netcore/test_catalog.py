"""The catalog teaches: explanations, general formulas and the node's own numbers."""

from netcore.network.analysis import analyze
from netcore.network.catalog import CATALOG, CATEGORIES, by_category
from netcore.network.spec import load
from netcore.resources import preset_paths
from tests.netcore.helpers import make_spec


def test_every_type_has_explanation_formulas_and_a_category():
    for entry in CATALOG.values():
        assert len(entry.explanation.split()) > 20, entry.name
        assert entry.formulas, entry.name
        assert entry.category in CATEGORIES or entry.name == "KerasLayer"  # never offered
    groups = by_category()
    assert [t.name for t in groups["Merge"]] == [
        "Add",
        "Maximum",
        "Minimum",
        "Multiply",
        "Concatenate",
    ]
    assert all(groups[c] for c in CATEGORIES)


def test_lenet_conv2_explains_with_its_own_numbers():
    analysis = analyze(load(preset_paths()["lenet5"]))
    conv2 = analysis.layers["conv2"]
    assert conv2.explain() == [
        "output 10 = ⌊(14 + 2·0 − 5)/1⌋ + 1",
        "parameters (5·5·6 + 1)·16 = 2,416",
    ]
    assert conv2.summary() == "16 · 5×5 · relu"
    assert analysis.layers["conv1"].explain()[0] == (
        "output 28 = ⌊(28 + 2·2 − 5)/1⌋ + 1  (padding 'same' adds 2 each side)"
    )
    assert analysis.layers["fc1"].explain() == ["parameters 400·120 + 120 = 48,120"]
    assert analysis.layers["flat"].explain()[0] == "output 5 · 5 · 16 = 400"


def test_non_square_explains_height_and_width():
    analysis = analyze(
        make_spec([20, 17, 2], ("c", "Conv2D", {"filters": 3, "kernel_size": [3, 5], "strides": 2}))
    )
    lines = analysis.layers["c"].explain()
    assert lines[0] == "output height 9 = ⌊(20 + 2·0 − 3)/2⌋ + 1"
    assert lines[1] == "output width 7 = ⌊(17 + 2·0 − 5)/2⌋ + 1"


def test_batchnorm_explains_trained_and_untrained():
    analysis = analyze(make_spec([4, 4, 8], ("bn", "BatchNormalization", {})))
    assert analysis.layers["bn"].explain() == [
        "parameters 16 trained (γ, β for 8 channels) + 16 not trained (moving mean and variance)"
    ]


def test_same_padding_with_odd_total_explains_the_ceiling():
    spec = make_spec(
        [28, 28, 1],
        ("c", "Conv2D", {"filters": 2, "kernel_size": 4, "strides": 3, "padding": "same"}),
    )
    assert analyze(spec).layers["c"].explain()[0] == (
        "output 10 = ⌈28/3⌉  (padding 'same' adds 3 in all, 1 before, 2 after)"
    )
