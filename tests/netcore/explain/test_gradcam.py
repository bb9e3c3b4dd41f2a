"""Grad-CAM on the bundled LeNet-5 points at the digit: over drawn digits (the generator of
``bench/drawn_digits.py``: strokes at random sizes, places, slants and widths, prepared like
MNIST) the median share of its heat inside the ink's bounding box is at least 80 % (a map
spread evenly scores about 30 %), in the library and in ``layerlab explain``; it is never all
zeros for the answer; the layer's maps are placed where they look in the input."""

import json

import numpy as np
import pytest

from bench.drawn_digits import make_set
from netcore.cli.main import main
from netcore.digits.preprocessing import mnist_style
from netcore.explain.measures import ink_box, mass_inside_box
from netcore.explain.saliency import Explainer

pytestmark = pytest.mark.slow

COUNT = 12


@pytest.fixture(scope="module")
def explainer():
    from netcore.digits.classifier import bundled_classifier

    return Explainer(bundled_classifier().model)


@pytest.fixture(scope="module")
def drawn():
    greys, labels = make_set(COUNT, seed=3)
    return greys, [mnist_style(g)[..., None] for g in greys], labels


def test_gradcam_mass_is_inside_the_digits_box(explainer, drawn):
    _greys, inputs, _labels = drawn
    shares = []
    for x in inputs:
        result = explainer.explain(x, "gradcam")
        assert result.heatmap.shape == (28, 28) and result.heatmap.max() == pytest.approx(1.0)
        shares.append(mass_inside_box(x, result.heatmap))
    evenly = np.median([ink_box(x).mean() for x in inputs])
    assert evenly < 0.45  # the box is a small part of the field: the test can fail
    assert np.median(shares) >= 0.80, np.round(shares, 2)


def test_cli_gradcam_points_at_the_digit(tmp_path, drawn, capsys):
    from PIL import Image

    greys, inputs, _labels = drawn
    shares, layers = [], set()
    for n, (grey, x) in enumerate(zip(greys[:10], inputs[:10], strict=True)):
        path = tmp_path / f"digit{n}.png"
        Image.fromarray((grey * 255).astype(np.uint8)).save(path)
        assert main(["explain", "--bundled", str(path), "--method", "gradcam", "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        heat = np.array(data["heatmap"])
        assert heat.shape == (28, 28) and heat.max() > 0, f"{path}: an all-zero map"
        shares.append(mass_inside_box(x, heat))
        layers.add(data["layer"])
    assert np.median(shares) >= 0.80, np.round(shares, 2)
    assert len(layers) == 1


def test_every_layer_gives_a_map_and_a_class_with_no_support_says_so(explainer, drawn):
    _greys, inputs, _labels = drawn
    x = inputs[0]
    for layer in explainer.conv_layers():
        result = explainer.explain(x, "gradcam", layer=layer)
        assert result.heatmap.max() == pytest.approx(1.0), layer
    for target in range(10):  # any class: a map, or an empty map with the reason
        result = explainer.explain(x, "gradcam", target=target)
        if result.heatmap.max() == 0:
            assert f"nothing in {result.layer} raises the score of class {target}" in result.note
        else:
            assert result.note == ""


def test_maps_are_placed_where_the_layer_looks(explainer):
    """Each cell's heat goes to the centre of the pixels it sees: LeNet's 5×5 ``pool2`` cell
    (0, 0) sees rows and columns 0…17 around 5.5 (a plain stretch to 28×28 put it at 2.3)."""
    from netcore.explain.geometry import layer_grid, place

    grid = {name: layer_grid(explainer.model, name) for name in explainer.conv_layers()}
    assert grid["conv1"].offset == (0.0, 0.0) and grid["conv1"].step == (1, 1)
    assert grid["pool1"].offset == (0.5, 0.5) and grid["pool1"].step == (2, 2)
    assert grid["conv2"].offset == (4.5, 4.5) and grid["conv2"].reach == (14, 14)
    assert grid["pool2"].offset == (5.5, 5.5) and grid["pool2"].step == (4, 4)
    corner = np.zeros((5, 5))
    corner[0, 0] = 1.0
    heat = place(corner, grid["pool2"], (28, 28))
    peak = np.unravel_index(np.argmax(heat), heat.shape)
    assert peak in {(5, 5), (5, 6), (6, 5), (6, 6)} and heat[10:].sum() == 0
    assert heat[0, 0] < heat[5, 5] / 2  # fading beyond the outermost centre, no stripes
    assert explainer.default_layer() == "conv1"  # conv2's cells see 14×14: half the field


def test_a_class_nothing_supports_gets_an_empty_map_and_the_reason(keras_seeded):
    """A tiny network whose class 1 is only ever lowered by its feature maps."""
    keras = keras_seeded
    inputs = keras.Input((8, 8, 1))
    maps = keras.layers.Conv2D(2, 3, padding="same", activation="relu", name="conv")(inputs)
    flat = keras.layers.Flatten()(maps)
    out = keras.layers.Dense(2, activation="softmax", name="out")(flat)
    model = keras.Model(inputs, out)
    conv, dense = model.get_layer("conv"), model.get_layer("out")
    conv.set_weights([np.full((3, 3, 1, 2), 0.5, np.float32), np.zeros(2, np.float32)])
    kernel = np.stack([np.full(128, 0.1), np.full(128, -0.1)], axis=1).astype(np.float32)
    dense.set_weights([kernel, np.zeros(2, np.float32)])
    x = np.zeros((8, 8, 1), np.float32)
    x[2:6, 3:5] = 1.0
    explainer = Explainer(model)
    answer = explainer.explain(x, "gradcam")
    assert answer.target == 0 and answer.heatmap.max() == pytest.approx(1.0)
    assert answer.note == "" and mass_inside_box(x, answer.heatmap) > 0.5
    against = explainer.explain(x, "gradcam", target=1)
    assert against.heatmap.max() == 0
    assert against.note.startswith("nothing in conv raises the score of class 1")
    assert against.to_dict()["note"] == against.note
