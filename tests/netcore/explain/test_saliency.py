"""Why this answer, on the bundled LeNet-5: occlusion puts nearly all its mass on the digit's
ink, gradient saliency and SmoothGrad their strongest pixels; Grad-CAM has the chosen layer's
shape; the CLI writes the map."""

import json

import numpy as np
import pytest
from scipy.ndimage import binary_dilation

from netcore.cli.main import main
from netcore.explain.saliency import Explainer, ExplainError

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def explainer():
    from netcore.digits.classifier import bundled_classifier

    return Explainer(bundled_classifier().model)


@pytest.fixture(scope="module")
def digits():
    from netcore.datasets import load_dataset

    data = load_dataset("mnist")
    return data.x_test[:12]


def drawn_seven(tmp_path):
    from PIL import Image, ImageDraw

    image = Image.new("L", (200, 200), 0)
    ImageDraw.Draw(image).line([(50, 40), (150, 40), (90, 170)], fill=255, width=14)
    path = tmp_path / "seven.png"
    image.save(path)
    return path


def near_ink(x, pixels=2):
    return binary_dilation(x[..., 0] > 0.2, iterations=pixels)


def test_occlusion_mass_is_on_the_ink(explainer, digits):
    for x in digits:
        heat = explainer.explain(x, "occlusion").heatmap
        assert heat[near_ink(x)].sum() / heat.sum() >= 0.85


@pytest.mark.parametrize("method", ["saliency", "smoothgrad"])
def test_gradient_maps_are_brightest_on_the_digit(explainer, digits, method):
    """LeNet's gradients are diffuse: their total mass within 2 px of the ink is about half,
    for a third of the image; their strongest tenth lies mostly on the digit."""
    tops, enrichment = [], []
    for x in digits:
        heat = explainer.explain(x, method).heatmap
        region = near_ink(x)
        top = heat >= np.quantile(heat, 0.9)
        tops.append((top & region).sum() / top.sum())
        enrichment.append((heat[region].sum() / heat.sum()) / region.mean())
    assert np.median(tops) >= 0.6 and min(enrichment) >= 1.2


def test_gradcam_has_the_layers_shape_and_the_inputs(explainer, digits):
    for layer, shape in (("conv1", (28, 28)), ("conv2", (10, 10)), ("pool2", (5, 5))):
        result = explainer.explain(digits[0], "gradcam", layer=layer)
        assert result.layer_map.shape == shape and result.heatmap.shape == (28, 28)
        assert result.heatmap.min() >= 0 and result.heatmap.max() <= 1
    # by default the last convolution whose cells see at most a quarter of the side
    assert explainer.explain(digits[0], "gradcam").layer == "conv1"
    with pytest.raises(ExplainError, match="'fc1' has no feature maps; choose one of: conv1"):
        explainer.explain(digits[0], "gradcam", layer="fc1")
    with pytest.raises(ExplainError, match="class 12 is not one of 0…9"):
        explainer.explain(digits[0], "saliency", target=12)


def test_cli_explains_a_drawn_digit(tmp_path, capsys):
    seven = drawn_seven(tmp_path)
    out = tmp_path / "heat.png"
    assert (
        main(
            [
                "explain",
                "--bundled",
                str(seven),
                "--method",
                "occlusion",
                "--out",
                str(out),
                "--json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["predicted"] == 7 and data["class"] == 7
    heat = np.array(data["heatmap"])
    assert heat.shape == (28, 28)
    from PIL import Image

    with Image.open(out) as picture:
        assert picture.size == (280, 280)
    assert (
        main(["explain", "--bundled", str(seven), "--class", "1", "--method", "saliency", "--json"])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["class"] == 1
    assert main(["explain", "--bundled", str(seven), "--method", "gradcam", "--layer", "fc1"]) == 2
    assert "choose one of: conv1, pool1, conv2, pool2" in capsys.readouterr().err
    blank = tmp_path / "blank.png"
    Image.new("L", (50, 50), 0).save(blank)
    assert main(["explain", "--bundled", str(blank)]) == 2
    assert "blank" in capsys.readouterr().err
