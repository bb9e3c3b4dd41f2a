"""What the network sees: PCA at once, t-SNE in the background with progress and Cancel,
hover and click on points, the drawing as a star, a kept map beside the new one."""

import numpy as np
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def view(window):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    window.files.new_from_template("lenet5")
    window.picker.select("mnist")
    v = window.inside.embedding
    window.show_inside(v)
    yield v
    v.cancel()
    v.job.wait()


def test_pca_then_tsne_in_the_background(window, view, qtbot):
    assert view.objectName() == "embeddingView"
    assert view.layer.currentText() == "fc2"  # the last hidden layer
    view.count.setValue(600)
    view.run_button.click()  # PCA: at once
    p = view.projection
    assert p.method == "pca" and p.points.shape == (600, 2) and len(set(p.labels)) == 10
    view.keep_button.click()
    assert view.kept_plot.isVisible()
    view.method.setCurrentIndex(1)
    view.run_button.click()
    assert not view.run_button.isEnabled() and view.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not view.job.running, timeout=120_000)
    assert view.projection.method == "tsne" and not view.projection.cancelled
    assert view.progress.value() == 100 and view.projection.points.shape == (600, 2)
    # hover and click
    scatter = view.plot.getPlotItem().items[0]
    point = scatter.points()[0]
    view._on_hover(scatter, [point])
    assert view.hover_tile.image() is not None and "test example" in view.hover_text.text()
    view._on_click(scatter, [point])
    assert window.inside.currentWidget() is window.inside.feature_maps
    assert window.inside.feature_maps.input_label.startswith(f"test example {int(point.data())}")
    # the drawing is placed as a star
    window.show_inside(view)
    image = window.model_state.dataset().x_test[0]
    view.set_drawing(image)
    assert view._star is not None and view._star.points()[0].pos() is not None


def test_tsne_can_be_cancelled(view, qtbot):
    view.method.setCurrentIndex(1)
    view.count.setValue(3000)
    view.run_button.click()
    view.cancel_button.click()
    qtbot.waitUntil(lambda: not view.job.running, timeout=120_000)
    assert view.projection.cancelled and "cancelled" in view.caption.text()
    assert np.isfinite(view.projection.points).all()
