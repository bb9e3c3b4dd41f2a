"""MNIST-style preprocessing of drawings and photos of digits."""

import numpy as np
import pytest
from PIL import Image, ImageDraw

from netcore.digits.preprocessing import (
    PreprocessError,
    for_network,
    load_for_network,
    mnist_style,
    plain_resize,
    read_grey,
    save_example,
)

SEVEN = [(0.1, 0.1), (0.9, 0.1), (0.55, 0.55), (0.4, 0.95)]


def draw(points, box, size=280, width=14, ink=0, paper=255):
    """Draw a polyline given in unit coordinates into ``box`` = (left, top, side)."""
    image = Image.new("L", (size, size), paper)
    left, top, side = box
    xy = [(left + x * side, top + y * side) for x, y in points]
    ImageDraw.Draw(image).line(xy, fill=ink, width=width, joint="curve")
    return np.asarray(image, dtype=np.float32) / 255


def test_small_corner_digit_and_large_centred_digit_give_nearly_the_same_image():
    small = mnist_style(draw(SEVEN, (10, 10, 70), width=6))
    large = mnist_style(draw(SEVEN, (40, 40, 200), width=17))
    assert small.shape == large.shape == (28, 28)
    assert np.abs(small - large).mean() < 0.05
    assert np.corrcoef(small.ravel(), large.ravel())[0, 1] > 0.9
    # and both differ clearly from a plain resize of the small one
    assert (
        np.corrcoef(plain_resize(draw(SEVEN, (10, 10, 70), width=6)).ravel(), large.ravel())[0, 1]
        < 0.5
    )


def test_recipe_box_20_pixels_and_centre_of_mass_in_the_middle():
    from scipy import ndimage

    digit = mnist_style(draw(SEVEN, (150, 20, 100), width=10))
    rows = np.flatnonzero((digit > 0.1).any(axis=1))
    cols = np.flatnonzero((digit > 0.1).any(axis=0))
    assert max(rows[-1] - rows[0], cols[-1] - cols[0]) + 1 in range(19, 23)  # 20 ± resampling
    cy, cx = ndimage.center_of_mass(digit)
    assert cy == pytest.approx(13.5, abs=0.6) and cx == pytest.approx(13.5, abs=0.6)
    assert digit.min() >= 0 and digit.max() <= 1 and digit.max() > 0.9


def test_polarity_is_detected_either_way():
    dark_on_light = mnist_style(draw(SEVEN, (40, 40, 200), ink=0, paper=255))
    light_on_dark = mnist_style(draw(SEVEN, (40, 40, 200), ink=255, paper=0))
    grey_paper = mnist_style(draw(SEVEN, (40, 40, 200), ink=30, paper=200))
    np.testing.assert_allclose(dark_on_light, light_on_dark, atol=0.02)
    assert np.corrcoef(dark_on_light.ravel(), grey_paper.ravel())[0, 1] > 0.98
    assert dark_on_light[0, 0] == 0  # background is black, ink is white, as in MNIST


def test_empty_input_gives_no_image_and_no_error():
    assert mnist_style(np.ones((280, 280), dtype=np.float32)) is None
    assert mnist_style(np.zeros((50, 80), dtype=np.float32)) is None
    assert for_network(np.ones((100, 100), dtype=np.float32), (28, 28, 1)) is None


def test_files_of_any_size_and_format(tmp_path):
    grey = draw(SEVEN, (30, 60, 150))
    photo = Image.new("L", (700, 420), 255)  # a wider photo, the digit somewhere in it
    photo.paste(Image.fromarray((grey * 255).astype(np.uint8)).resize((420, 420)), (200, 0))
    photo.convert("RGB").save(tmp_path / "seven.jpg")
    x = load_for_network(tmp_path / "seven.jpg", (28, 28, 1))
    assert x.shape == (28, 28, 1)
    # transparent PNG: the alpha channel is the ink
    rgba = np.zeros((280, 280, 4), dtype=np.uint8)
    rgba[..., 3] = ((1 - grey) * 255).astype(np.uint8)
    Image.fromarray(rgba).save(tmp_path / "seven.png")
    y = load_for_network(tmp_path / "seven.png", (28, 28, 1))
    assert np.corrcoef(x.ravel(), y.ravel())[0, 1] > 0.9
    # other image networks get a plain resize with the right channels
    assert load_for_network(tmp_path / "seven.png", (32, 32, 3)).shape == (32, 32, 3)


def test_bad_files_and_non_image_networks_are_refused_with_reasons(tmp_path):
    (tmp_path / "notes.png").write_text("not an image")
    with pytest.raises(PreprocessError, match="notes.png: not an image"):
        read_grey(tmp_path / "notes.png")
    with pytest.raises(PreprocessError, match="no such file"):
        read_grey(tmp_path / "missing.png")
    Image.new("L", (50, 50), 255).save(tmp_path / "blank.png")
    with pytest.raises(PreprocessError, match="blank"):
        load_for_network(tmp_path / "blank.png", (28, 28, 1))
    with pytest.raises(PreprocessError, match=r"takes \(2,\), not an image"):
        for_network(draw(SEVEN, (40, 40, 200)), (2,))


def test_saved_examples_load_as_an_image_folder_dataset(tmp_path):
    from netcore.datasets.files import load_image_folder

    seven = mnist_style(draw(SEVEN, (40, 40, 200)))
    one = mnist_style(draw([(0.5, 0.05), (0.5, 0.95)], (40, 40, 200)))
    paths = [save_example(seven, tmp_path, "7") for _ in range(2)]
    paths.append(save_example(one, tmp_path, "1"))
    assert len(set(paths)) == 3 and all(p.parent.parent == tmp_path for p in paths)
    data = load_image_folder(tmp_path, test_fraction=0.0)
    assert data.class_names == ["1", "7"]
    assert len(data.x_train) == 3
    with pytest.raises(PreprocessError, match="cannot be a folder name"):
        save_example(seven, tmp_path, "../x")
