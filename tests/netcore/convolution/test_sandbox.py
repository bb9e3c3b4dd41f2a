"""The convolution sandbox against the lectures' numbers and against Keras's Conv2D layer."""

import json

import numpy as np
import pytest

from netcore.cli.main import main
from netcore.convolution.examples import EXAMPLES, example, kernel
from netcore.convolution.sandbox import (
    ConvError,
    ConvSetup,
    convolve,
    coverage,
    parse_table,
    shift_test,
)


def setup_of(name: str, **changes) -> ConvSetup:
    e = example(name)
    values = dict(
        image=e.array(),
        kernels=(kernel(e.kernel),),
        stride=e.stride,
        padding=e.padding,
        pool=e.pool,
        pool_size=e.pool_size,
    )
    values.update(changes)
    return ConvSetup(**values)


def test_the_lectures_5x5_by_3x3():
    result = convolve(setup_of("5×5 ⊛ 3×3 (convolution by numbers)"))
    np.testing.assert_array_equal(result.outputs[0], [[82, 68, 46], [45, 24, 26], [63, 65, 51]])
    assert result.products_text(0, 0, 0) == (
        "10×2 + 2×2 + 4×2 + 0×1 + 4×0 + 0×1 + 1×2 + 8×2 + 16×2 = 82"
    )
    assert result.rule[0] == "output height = ⌊(5 + 2·0 − 3)/1⌋ + 1 = 3"


def test_the_lectures_padded_x_filter_and_its_max_pooling():
    result = convolve(setup_of("6×6 image, padding 1, X filter, then max pooling"))
    np.testing.assert_array_equal(
        result.outputs[0],
        [
            [6, 8, 6, 3, 1, 0],
            [9, 13, 10, 5, 2, 0],
            [9, 14, 11, 6, 3, 0],
            [9, 13, 11, 6, 2, 0],
            [8, 13, 10, 5, 3, 0],
            [6, 7, 5, 3, 1, 0],
        ],
    )
    np.testing.assert_array_equal(result.pooled[0], [[13, 10, 2], [14, 11, 3], [13, 10, 3]])
    assert result.padded.shape == (8, 8) and result.padded[0].sum() == 0
    assert result.pool_text(0, 0, 0) == "max(6, 8, 9, 13) = 13"


def test_the_lectures_pooling_and_stride():
    pooled = convolve(setup_of("Max pooling 4×4 → 2×2")).pooled[0]
    np.testing.assert_array_equal(pooled, [[6, 3], [8, 8]])
    strided = convolve(setup_of("Stride 2 with a vertical-edge filter"))
    assert strided.outputs.shape == (1, 2, 2)
    assert strided.window(1, 1) == (2, 2)


@pytest.mark.parametrize("padding", ["valid", "same", 2])
@pytest.mark.parametrize("stride", [1, 2, 3])
def test_equal_to_a_keras_conv2d_layer_and_its_products(padding, stride):
    """Two kernels on a random 7×6 input; the products written out add up to every cell."""
    import keras

    rng = np.random.default_rng(stride)
    image = rng.integers(-5, 6, (7, 6)).astype(np.float64)
    kernels = (rng.integers(-3, 4, (3, 2)).astype(float), rng.integers(-3, 4, (3, 2)).astype(float))
    result = convolve(ConvSetup(image, kernels, stride, padding, "avg", 2, 1))
    x = image[None, :, :, None]
    if isinstance(padding, int):
        x = keras.layers.ZeroPadding2D(padding)(x)
    layer = keras.layers.Conv2D(
        2, (3, 2), strides=stride, padding="valid" if isinstance(padding, int) else padding
    )
    layer.build((1, *x.shape[1:]))
    layer.set_weights([np.stack(kernels, -1)[:, :, None, :], np.zeros(2)])
    want = np.moveaxis(np.asarray(layer(x))[0], -1, 0)
    np.testing.assert_allclose(result.outputs, want, atol=1e-5)
    for k in range(2):
        for i in range(want.shape[1]):
            for j in range(want.shape[2]):
                total = sum(a * w for a, w in result.products(k, i, j))
                assert total == pytest.approx(result.outputs[k, i, j], abs=1e-4)
    pool = keras.layers.AveragePooling2D(2, strides=1)(want.transpose(1, 2, 0)[None])
    np.testing.assert_allclose(result.pooled, np.moveaxis(np.asarray(pool)[0], -1, 0), atol=1e-5)


def test_border_pixels_are_seen_more_with_padding():
    """The lecture's counting: a corner pixel is covered once, the centre nine times; with a
    ring of zeros the corner is covered four times."""
    without = coverage((5, 5), (3, 3), 1, (0, 0, 0, 0))
    padded = coverage((5, 5), (3, 3), 1, (1, 1, 1, 1))
    assert (without[0, 0], without[2, 2]) == (1, 9)
    assert (padded[0, 0], padded[2, 2], padded[0, 2]) == (4, 9, 6)


def test_shift_moves_the_convolution_and_not_the_pooled_maximum():
    report = shift_test(setup_of("Equivariance: 3×3 ⊛ 2×2 (shift it by 1)"), 1)
    np.testing.assert_array_equal(report.before.outputs[0], [[40, 0], [80, 0]])
    np.testing.assert_array_equal(report.after.outputs[0], [[40, 40], [40, 80]])
    assert report.conv_moved
    assert report.pooled_changed == 0 and report.after.pooled[0, 0, 0] == 80
    assert "equivariance" in report.text() and "invariance" in report.text()


def _by_hand(padded: np.ndarray, k: np.ndarray, stride: int) -> np.ndarray:
    """Cross-correlation as the lecture writes it: each output is a window times the kernel."""
    kh, kw = k.shape
    rows = (padded.shape[0] - kh) // stride + 1
    cols = (padded.shape[1] - kw) // stride + 1
    return np.array(
        [
            [
                (padded[i * stride : i * stride + kh, j * stride : j * stride + kw] * k).sum()
                for j in range(cols)
            ]
            for i in range(rows)
        ]
    )


def _pool_by_hand(maps: np.ndarray, size: int, how: str) -> np.ndarray:
    rows, cols = maps.shape[0] // size, maps.shape[1] // size
    reduce = np.max if how == "max" else np.mean
    return np.array(
        [
            [
                reduce(maps[i * size : (i + 1) * size, j * size : (j + 1) * size])
                for j in range(cols)
            ]
            for i in range(rows)
        ]
    )


@pytest.mark.parametrize("name", [e.name for e in EXAMPLES])
def test_every_lecture_example_gives_the_numbers_worked_by_hand(name):
    """Every example the sandbox offers: its padded input holds the image, and its outputs (and
    pooled outputs) are the ones a student computes window by window."""
    e = example(name)
    result = convolve(setup_of(name))
    image = np.asarray(e.array(), dtype=float)
    top, _, left, _ = result.setup.pads()
    inner = result.padded[top : top + image.shape[0], left : left + image.shape[1]]
    np.testing.assert_array_equal(inner, image)
    assert result.padded.sum() == image.sum()  # the padding is zeros
    expected = _by_hand(result.padded, kernel(e.kernel), e.stride)
    assert expected.size >= 1
    np.testing.assert_allclose(result.outputs[0], expected, atol=1e-4)
    if e.pool is None:
        assert result.pooled is None
    else:
        np.testing.assert_allclose(
            result.pooled[0], _pool_by_hand(expected, e.pool_size, e.pool), atol=1e-4
        )


def test_bad_settings_name_the_rule():
    image = np.ones((2, 2))
    with pytest.raises(
        ConvError,
        match=r"larger than the padded input: output height = ⌊\(2 \+ 2·0 − 3\)/1⌋ \+ 1 = 0; pad with at least 1",
    ):
        convolve(ConvSetup(image, (np.ones((3, 3)),)))
    with pytest.raises(ConvError, match="kernel 2 is 2×2, kernel 1 is 3×3"):
        convolve(ConvSetup(np.ones((5, 5)), (np.ones((3, 3)), np.ones((2, 2)))))
    with pytest.raises(ConvError, match="stride must be a whole number ≥ 1"):
        convolve(ConvSetup(np.ones((5, 5)), (np.ones((3, 3)),), stride=0))
    with pytest.raises(ConvError, match="pool 4×4 does not fit the 3×3"):
        convolve(ConvSetup(np.ones((5, 5)), (np.ones((3, 3)),), pool="max", pool_size=4))
    with pytest.raises(ConvError, match="row 2 has 2 numbers, row 1 has 3"):
        parse_table("1 2 3; 4 5")
    with pytest.raises(ConvError, match="'x' in row 1 is not a number"):
        parse_table("1 x")
    with pytest.raises(ConvError, match="not a finite number"):
        parse_table("1 nan")


def test_cli_json_and_text(capsys):
    argv = ["conv", "--input", "10 2 4 1 1; 0 4 0 2 2; 1 8 16 0 0; 8 1 1 0 0; 0 0 2 6 1"]
    assert main([*argv, "--kernel", "2 2 2; 1 0 1; 2 2 2", "--json", "--steps"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["output"] == [[82, 68, 46], [45, 24, 26], [63, 65, 51]]
    assert data["steps"][0][0].endswith("= 82")
    assert main([*argv, "--kernel", "1 1; 1 1", "--pool", "max", "--pool-size", "2"]) == 0
    out = capsys.readouterr().out
    assert "output height = ⌊(5 + 2·0 − 2)/1⌋ + 1 = 4" in out and "max pooled (2×2)" in out


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--kernel", "1 1 1 1 1 1"], "larger than the padded input"),
        (["--kernel", "1 2; 3"], "row 2 has 1 numbers"),
        (["--kernel", "1", "--padding", "wide"], "'wide' is not valid, same or a whole number"),
        (["--kernel", "1", "--stride", "0"], "stride must be a whole number ≥ 1"),
    ],
)
def test_cli_bad_sizes_exit_2_with_the_rule(capsys, extra, message):
    assert main(["conv", "--input", "1 2 3; 4 5 6", *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
