"""Receptive fields through stacks with stride and padding, checked against which input pixels
the unit's gradient actually reaches in Keras."""

import numpy as np
import pytest

from netcore.convolution.receptive import ReceptiveError, receptive_field
from netcore.network.analysis import analyze
from netcore.network.spec import LayerSpec, NetworkSpec


def conv(lid, k, s=1, padding="valid", source=None):
    params = {"filters": 2, "kernel_size": k, "strides": s, "padding": padding}
    return LayerSpec(lid, "Conv2D", params, [source] if source else None)


def avg(lid, k, s=None, padding="valid"):
    return LayerSpec(lid, "AveragePooling2D", {"pool_size": k, "strides": s, "padding": padding})


STACKS = {
    "two 3×3": [conv("a", 3), conv("b", 3)],
    "stride and same": [conv("a", 3, 2, "same"), conv("b", 3, 1, "same"), conv("c", 5, 2, "same")],
    "conv pool conv": [conv("a", 5), avg("p", 2), conv("b", 3), avg("q", 3, 2, "same")],
    "even kernels": [conv("a", 4, 3, "same"), conv("b", 2, 1, "same")],
    "padding upsampling": [
        LayerSpec("z", "ZeroPadding2D", {"padding": [[2, 1], [0, 3]]}),
        conv("a", 3, 2),
        LayerSpec("u", "UpSampling2D", {"size": 2}),
        conv("b", 3, 1, "same"),
    ],
    "transposed": [
        conv("a", 3, 2, "same"),
        LayerSpec(
            "t",
            "Conv2DTranspose",
            {"filters": 2, "kernel_size": 3, "strides": 2, "padding": "same"},
        ),
        LayerSpec("v", "Conv2DTranspose", {"filters": 2, "kernel_size": 4, "strides": 3}),
    ],
    "branches": [
        conv("a", 3, 1, "same"),
        conv("b", 5, 1, "same", source="input"),
        LayerSpec("cat", "Concatenate", {}, ["a", "b"]),
        conv("c", 3, 2),
    ],
    "broadcast merge": [  # a 1×1 map stretched over the 19×17 one: every unit sees it all
        conv("a", 3, 1, "same"),
        LayerSpec("g", "Conv2D", {"filters": 2, "kernel_size": [19, 17]}, ["input"]),
        LayerSpec("m", "Multiply", {}, ["a", "g"]),
        conv("c", 3),
    ],
}


def seen_by_gradient(model, layer, row, col, shape):
    """The input pixels with a non-zero gradient of unit (row, col) (all weights positive)."""
    import keras
    import tensorflow as tf

    for w in model.weights:
        w.assign(np.full(w.shape, 0.1, dtype=np.float32))
    probe = keras.Model(model.inputs[0], model.get_layer(layer).output)
    x = tf.ones((1, *shape))
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = probe(x)[0, row, col, 0]
    g = np.asarray(tape.gradient(y, x))[0].sum(axis=-1)
    rows, cols = np.nonzero(g)
    return (rows.min(), rows.max(), cols.min(), cols.max()), len(rows) == g[
        rows.min() : rows.max() + 1, cols.min() : cols.max() + 1
    ].size


@pytest.mark.slow
@pytest.mark.parametrize("name", list(STACKS))
def test_receptive_field_equals_where_the_gradient_reaches(name):
    from netcore.models.builder import build_model

    layers = [*STACKS[name], LayerSpec("f", "Flatten", {}), LayerSpec("out", "Dense", {"units": 1})]
    spec = NetworkSpec(name="rf", input_shape=[19, 17, 1], layers=layers)
    analysis = analyze(spec)
    assert not analysis.errors, analysis.errors
    model = build_model(spec, analysis)
    last = layers[-3].id
    h, w = analysis.layers[last].output_shape[:2]
    for row, col in {(0, 0), (h // 2, w // 2), (h - 1, w - 1), (1, w - 2)}:
        field = receptive_field(analysis, last, row, col)
        box, solid = seen_by_gradient(model, last, row, col, (19, 17, 1))
        assert field.box == tuple(int(v) for v in box), (name, row, col)


def test_the_lectures_pooling_field_and_growth_with_depth():
    """Conv K×K stride 1 then P×P pooling: each pooled unit sees (P + K − 1)²; two stacked 3×3
    convolutions see 5×5, three see 7×7."""
    spec = NetworkSpec(
        name="rf",
        input_shape=[28, 28, 1],
        layers=[
            conv("a", 5),
            LayerSpec("p", "MaxPooling2D", {"pool_size": 2}),
            conv("b", 3),
            conv("c", 3),
        ],
    )
    analysis = analyze(spec)
    assert receptive_field(analysis, "p", 3, 3).size == (6, 6)
    assert (
        receptive_field(analysis, "a", 3, 3).text()
        == "sees rows 3–7, columns 3–7 of the input: a 5×5 field"
    )
    assert receptive_field(analysis, "b", 0, 0).size == (10, 10)
    assert receptive_field(analysis, "c", 0, 0).size == (14, 14)
    same = analyze(NetworkSpec(name="s", input_shape=[8, 8, 1], layers=[conv("a", 3, 1, "same")]))
    corner = receptive_field(same, "a", 0, 0)
    assert corner.box == (0, 1, 0, 1) and "a 3×3 field, 2×2 of it inside the image" in corner.text()
    with pytest.raises(ReceptiveError, match="does not give feature maps"):
        receptive_field(analysis, "missing", 0, 0)
