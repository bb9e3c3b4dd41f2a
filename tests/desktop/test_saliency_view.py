"""Why this answer in the window: heat maps for a test example and, live, for the drawing;
Grad-CAM at the chosen layer; another class to explain."""

import numpy as np
import pytest


@pytest.fixture
def view(window):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    window.files.new_from_template("lenet5")
    window.picker.select("mnist")
    v = window.inside.saliency
    window.show_inside(v)
    return v


def test_heat_maps_for_an_example_and_the_drawing(window, view, qtbot):
    qtbot.waitUntil(lambda: view.result is not None)
    assert view.objectName() == "saliencyView" and view.tile.image() is not None
    assert view.result.heatmap.shape == (28, 28) and view.result.method == "saliency"
    layers = [view.layer.itemText(i) for i in range(view.layer.count())]
    assert layers == ["conv1", "pool1", "conv2", "pool2"]
    view.method.setCurrentIndex(view.method.findData("gradcam"))
    view.layer.setCurrentText("conv2")
    assert view.result.layer == "conv2" and view.result.layer_map.shape == (10, 10)
    assert "Grad-CAM of <b>conv2</b> (10×10)" in view.caption.text()
    view.target.setCurrentText("3")
    assert view.result.target == 3 and "Explaining class <b>3</b>" in view.caption.text()
    # the drawing, live
    view.source.setCurrentIndex(1)
    assert "Draw a digit" in view.message.text()
    image = np.zeros((28, 28, 1), np.float32)
    image[5:23, 13:15] = 1.0
    window.draw.prepared.emit(image, "your drawing")
    np.testing.assert_array_equal(view.input, image)
    assert view.result is not None and view.body.isVisible()


def test_an_image_file(window, view, dialogs, tmp_path, qtbot):
    from PIL import Image, ImageDraw

    picture = Image.new("L", (120, 120), 255)  # black ink on white: prepared like MNIST
    ImageDraw.Draw(picture).line([(60, 15), (60, 105)], fill=0, width=10)
    picture.save(tmp_path / "one.png")
    dialogs.open_answer = tmp_path / "one.png"
    view.source.setCurrentIndex(2)
    view.source.activated.emit(2)
    assert view.file_image is not None and view.input.shape == (28, 28, 1)
    assert view.input.max() == 1.0 and view.result is not None


def test_gradcam_of_drawings_points_at_the_digit(window, view, dialogs, qtbot):
    """Grad-CAM in the window, with the bundled trained LeNet-5 opened: by default the layer
    the library picks for the network (shown in the layer list); over drawn digits its heat
    lies mostly inside each digit's box."""
    from bench.drawn_digits import make_set
    from netcore.digits.classifier import bundled_model_path
    from netcore.digits.preprocessing import mnist_style
    from netcore.explain.measures import mass_inside_box

    dialogs.open_answer = bundled_model_path()
    assert window.files.open()
    window.picker.select("mnist")
    assert "from lenet5-mnist.keras" in window.model_state.source
    window.show_inside(view)
    qtbot.waitUntil(lambda: view.result is not None)
    view.method.setCurrentIndex(view.method.findData("gradcam"))
    view.source.setCurrentIndex(1)
    greys, _labels = make_set(10, seed=3)
    shares = []
    for grey in greys:
        window.draw.prepared.emit(mnist_style(grey)[..., None], "your drawing")
        assert view.result.method == "gradcam" and view.result.heatmap.max() > 0
        shares.append(mass_inside_box(view.input, view.result.heatmap))
    assert view.result.layer == "conv1" and view.layer.currentText() == "conv1"
    assert "Grad-CAM of <b>conv1</b> (28×28)" in view.caption.text()
    assert np.median(shares) >= 0.80, np.round(shares, 2)
    # a layer the student picks stays picked
    view.layer.setCurrentText("pool2")
    window.draw.prepared.emit(mnist_style(greys[0])[..., None], "your drawing")
    assert view.result.layer == "pool2" and view.layer.currentText() == "pool2"


def test_a_network_with_a_huge_input_is_refused_with_a_message(window, dialogs, tmp_path):
    """4000×4000×3 with 20 maps (the editor's own limit on an input is 50 M numbers; one
    example here is 1.4 GB, a gradient keeps it three times): a drawing, an image file and
    every method give a message with the figure and the limit; nothing is prepared at that
    size."""
    import resource

    from PIL import Image

    from netcore.models import tfruntime
    from netcore.network.spec import LayerSpec, NetworkSpec

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    spec = NetworkSpec(
        name="huge",
        input_shape=[4000, 4000, 3],
        layers=[
            LayerSpec("conv", "Conv2D", {"filters": 20, "kernel_size": 3}),
            LayerSpec("gap", "GlobalAveragePooling2D", {}),
            LayerSpec("out", "Dense", {"units": 10, "activation": "softmax"}),
        ],
    )
    window.document.replace(spec)
    view = window.inside.saliency
    window.show_inside(view)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    view.source.setCurrentIndex(1)
    window.draw.prepared.emit(np.ones((28, 28, 1), np.float32), "your drawing")
    Image.new("L", (60, 60), 0).save(tmp_path / "dot.png")
    for method in range(view.method.count()):
        view.method.setCurrentIndex(method)
        text = view.message.text()
        assert view.message.isVisible() and not view.body.isVisible()
        assert f"{view.method.currentData()} needs about" in text and " GB" in text, text
        assert "4000×4000×3" in text and "the limit is 2.0 GB" in text, text
    dialogs.open_answer = tmp_path / "dot.png"
    view.source.activated.emit(2)
    assert " GB" in view.message.text() and view.file_image is None
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 150, grown_mb  # the input alone would be 183 MB


def test_a_drawing_for_a_network_of_another_size_is_explained_as_not_fitting(window):
    from netcore.models import tfruntime
    from netcore.network.spec import LayerSpec, NetworkSpec

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    spec = NetworkSpec(
        name="cifar-ish",
        input_shape=[32, 32, 3],
        layers=[
            LayerSpec("conv", "Conv2D", {"filters": 2, "kernel_size": 3}),
            LayerSpec("gap", "GlobalAveragePooling2D", {}),
            LayerSpec("out", "Dense", {"units": 10, "activation": "softmax"}),
        ],
    )
    window.document.replace(spec)
    view = window.inside.saliency
    window.show_inside(view)
    view.source.setCurrentIndex(1)
    window.draw.prepared.emit(np.ones((28, 28, 1), np.float32), "your drawing")
    assert "28×28" in view.message.text() and "32×32×3" in view.message.text()
