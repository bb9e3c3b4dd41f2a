"""The project keeps everything: what a new user hit in the walkthrough, each as it was seen."""

import zipfile

import numpy as np
import pytest
from PIL import Image, ImageDraw

from netcore.datasets.sources import DatasetSource
from netcore.network.analysis import analyze
from netcore.project.fileformat import load_project
from netcore.project.model import WeightSource
from netcore.training.plan import plan_task


@pytest.fixture
def ready(window):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    return window


def train(window, qtbot, timeout=120_000):
    panel = window.training
    with qtbot.waitSignal(panel.trained, timeout=timeout) as blocker:
        assert panel.start(), panel.banner.text()
    qtbot.waitUntil(lambda: not panel.session.running, timeout=timeout)
    return blocker.args[0]


def write_csv(path):
    rng = np.random.default_rng(0)
    rows = ["width,height,kind"]
    for _ in range(60):
        w, h = rng.random(2)
        rows.append(f"{w:.3f},{h:.3f},{'tall' if h > w else 'wide'}")
    path.write_text("\n".join(rows) + "\n")
    return path


def write_image_folder(folder):
    for cls in ("ring", "bar"):
        (folder / cls).mkdir(parents=True)
        for i in range(10):
            image = Image.new("L", (28, 28), 0)
            draw = ImageDraw.Draw(image)
            if cls == "ring":
                draw.ellipse((5 + i % 3, 5, 22, 22 - i % 3), outline=255, width=3)
            else:
                draw.rectangle((12 + i % 3, 3, 15 + i % 3, 24), fill=255)
            image.save(folder / cls / f"{i}.png")
    (folder / "bar" / "broken.png").write_bytes(b"not an image")
    return folder


def test_hand_set_weights_are_saved_and_another_template_asks_first(ready, dialogs, tmp_path):
    """Walkthrough: XOR solved by hand, Save as → the file held only project.json; opening
    another template threw the weights away without asking."""
    window = ready
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor_gate")
    window.model_state.set_weight("hidden", 0, (0, 0), 2.5)
    assert window.project.weight_source is WeightSource.HAND_SET
    assert window.isWindowModified()
    dialogs.save_answer = "cancel"
    assert not window.files.new_from_template("lenet5")  # it asks, and cancel keeps them
    assert "save changes to XOR MLP (2-2-1)" in dialogs.asked
    assert window.project.weights["hidden"][0][0, 0] == 2.5
    dialogs.save_path_answer = tmp_path / "xor.layerlab"
    assert window.files.save_as()
    with zipfile.ZipFile(tmp_path / "xor.layerlab") as zf:
        assert "weights.npz" in zf.namelist()
    dialogs.save_answer = "discard"
    assert window.files.new_from_template("lenet5")
    assert window.files.open(tmp_path / "xor.layerlab")
    assert window.project.weight_source is WeightSource.HAND_SET
    assert window.model_state.weights()["hidden"][0][0, 0] == 2.5
    assert window.model_state.source == "set by hand"


def test_a_fresh_template_is_plainly_untrained_and_listed_by_title(window):
    window.files.new_from_template("lenet5")
    assert window.model_state.source == "untrained: random initial weights"
    action = window.findChild(type(window.undo_action), "template_lenet5")
    assert action.text() == "LeNet-5"
    from PySide6.QtWidgets import QMenu

    titles = [a.text() for a in window.findChild(QMenu, "templatesMenu").actions()]
    assert "XOR MLP (2-2-1)" in titles and not {"lenet5", "xor-mlp"} & set(titles)


def test_fit_output_on_the_perceptron_with_mnist_makes_a_network_that_can_train(window):
    """Walkthrough: "Fit the output layer" gave (28, 28, 10), which Start then refused."""
    window.files.new_from_template("perceptron-and")
    window.picker.select("mnist")
    assert window.banner.isVisible()
    assert "Flatten" in window.banner_text.text()
    window.banner_button.click()
    analysis = window.document.analysis
    assert analysis.ok and analysis.output_shape == (10,)
    plan_task(analysis, (28, 28, 1), "classification", 10, 1, window.project.training)
    assert not window.banner.isVisible()


@pytest.mark.slow
def test_results_and_runs_of_another_project_do_not_follow(ready, qtbot, dialogs):
    """Walkthrough: LeNet's confusion matrix and mistakes stayed after opening xor-mlp and
    choosing Spirals; the plot legend kept the other project's runs."""
    window = ready
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    window.training.settings.epochs.setValue(2)
    train(window, qtbot)
    panel = window.training
    assert panel.results.matrix.rowCount() == 2
    assert panel.plots.loss.run_number == 1
    dialogs.save_answer = "discard"
    window.files.new_from_template("perceptron-and")
    window.picker.select("spirals")
    assert panel.results.matrix.rowCount() == 0 and panel.results.gallery.count() == 0
    assert "Train a network" in panel.results.summary.text()
    assert panel.plots.loss.old_runs == [] and panel.plots.loss.point_count("epoch") == 0
    assert window.project.runs == []


@pytest.mark.slow
def test_the_end_of_a_run_keeps_the_students_view(ready, qtbot):
    window = ready
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    window.training.settings.epochs.setValue(2)
    window.show_inside(window.inside.boundary)
    qtbot.wait(50)
    assert window.training.visibleRegion().isEmpty()  # the Training tab is behind
    train(window, qtbot)
    qtbot.wait(50)
    assert not window.inside.boundary.visibleRegion().isEmpty()
    assert window.training.visibleRegion().isEmpty()


@pytest.mark.slow
def test_own_csv_and_image_folder_train_save_reopen_and_recover(ready, qtbot, dialogs, tmp_path):
    """The issue's end-to-end test: own data in the window, trained, weights set by hand,
    saved, reopened and recovered, with every part of the state back."""
    window = ready
    # -- an own CSV, chosen in the picker, previewed, accepted
    csv = write_csv(tmp_path / "shapes.csv")
    window.files.new_from_template("xor-mlp")
    dialogs.own_data_answer = ("csv", csv, {"target": "kind", "task": "classification"})
    window.picker.activated.emit(window.picker.count() - 1)  # "Your own data…"
    preview = dialogs.own_data_dialog
    assert "48 training and 12 test examples with 2 features" in preview.summary.text()
    assert preview.rows.rowCount() > 0 and preview.target.currentText() == "kind"
    assert window.project.dataset.path == str(csv.resolve())
    assert window.picker.currentText() == "shapes.csv (your data)"
    assert window.document.spec.input_shape == [2]
    window.training.settings.epochs.setValue(3)
    window.training.settings.learning_rate.setValue(0.5)
    train(window, qtbot)
    assert window.project.weight_source is WeightSource.TRAINED
    window.model_state.set_weight("out", 1, (0,), -0.75)  # then a weight set by hand
    dialogs.save_path_answer = tmp_path / "csv-project.layerlab"
    assert window.files.save_as()

    # -- an own image folder, with a broken file the loader skips and reports
    folder = write_image_folder(tmp_path / "shapes-images")
    dialogs.save_answer = "discard"
    window.files.new_from_template("lenet5")
    dialogs.own_data_answer = ("folder", folder, {})
    window.picker.activated.emit(window.picker.count() - 1)
    summary = dialogs.own_data_dialog.summary.text()
    assert "Classes: bar (" in summary and "broken.png" in summary
    assert dialogs.own_data_dialog.picture.pixmap() is not None
    assert window.banner.isVisible()  # 2 classes: fit the output layer
    window.banner_button.click()
    window.training.settings.epochs.setValue(1)
    window.training.settings.validation.setValue(0.0)
    train(window, qtbot)
    dialogs.save_path_answer = tmp_path / "image-project.layerlab"
    assert window.files.save_as()
    assert window.files.write_recovery() is False  # nothing unsaved

    # -- reopen both: everything is back
    window.files.new_from_template("perceptron-and")
    assert window.files.open(tmp_path / "csv-project.layerlab")
    project = window.project
    assert project.dataset == DatasetSource(
        path=str(csv.resolve()),
        options={"target": "kind", "task": "classification", "standardize_features": False},
    )
    assert (
        window.training.settings.epochs.value() == 3
        and window.training.settings.learning_rate.value() == 0.5
    )
    assert project.weight_source is WeightSource.HAND_SET
    assert window.model_state.weights()["out"][1][0] == pytest.approx(-0.75)
    assert len(project.runs) == 1 and len(project.runs[0].epochs) == 3
    assert window.training.plots.loss.point_count("epoch") == 3
    assert window.training.results.matrix.rowCount() == 2
    assert window.picker.currentText() == "shapes.csv (your data)"

    assert window.files.open(tmp_path / "image-project.layerlab")
    assert window.project.dataset.kind == "folder"
    assert window.document.spec.input_shape == [28, 28, 1]
    results = window.training.results
    assert results.labels is not None and results.x_test is not None  # the gallery's images
    assert results.gallery_title.text()  # mistakes, or "No mistakes on the test set"

    # -- crash recovery brings back all of it, unsaved
    window.training.settings.epochs.setValue(7)
    window.model_state.set_weight("fc1", 1, (0,), 0.5)
    assert window.files.write_recovery()
    from desktop.shell.mainwindow import MainWindow

    second = MainWindow(dialogs=dialogs, probe_devices=False)
    qtbot.addWidget(second)
    second.model_state.set_tensorflow_ready()
    assert second.files.offer_recovery()
    assert second.project.dirty
    assert second.project.dataset == window.project.dataset
    assert second.training.settings.epochs.value() == 7
    assert second.project.weight_source is WeightSource.HAND_SET
    assert second.model_state.weights()["fc1"][1][0] == pytest.approx(0.5)
    assert len(second.project.runs) == 1 and second.training.results.matrix.rowCount() == 2
    recovered = load_project(tmp_path / "config" / "recovery.layerlab")
    assert analyze(recovered.spec).output_shape == (1,)
    dialogs.save_answer = "discard"
    second.close()


def test_edge_labels_are_painted_inside_their_bounds_and_badges_beside_them(window):
    """Walkthrough: stale fragments of edge labels stayed on the canvas (painted outside the
    edge's bounding rect); the merge input's number overlapped the shape label."""
    window.files.new_from_template("resnet-small")
    edges = window.canvas.edges
    assert edges
    for edge in edges:
        label, badge = edge.label_rect(), edge.badge_rect()
        bounds = edge.boundingRect()
        assert label is None or bounds.contains(label)
        assert badge is None or bounds.contains(badge)
        if label is not None and badge is not None:
            assert not label.intersects(badge)
    assert any(edge.badge_rect() is not None for edge in edges)  # an Add with numbered inputs


def test_counts_and_weight_sources_are_worded_for_people(window, tmp_path):
    from netcore.network.outputs import output_offer

    window.files.new_from_template("perceptron-and")
    window.document.set_selection([])
    info = window.properties.info.text()
    assert "1 layer ·" in info or "2 layers ·" in info
    assert "1 layers" not in info
    offer = output_offer(window.document.analysis, "classification", 3)
    assert "has 1 sigmoid unit." in offer and "Use 3 softmax units?" in offer
    from pathlib import Path

    v1 = Path(__file__).resolve().parents[1] / "fixtures" / "projects-v1"
    assert window.files.open(v1 / "circles-trained-v1.layerlab")
    assert window.model_state.source == "trained (from the project file)"


def test_a_one_epoch_run_leaves_a_faded_curve_to_compare_with(window):
    plots = window.training.plots
    plots.new_run("first")
    for batch in range(1, 11):
        plots.loss.add("batch", batch / 10, 1.0 / batch)
    plots.loss.add("epoch", 1, 0.2)
    plots.new_run("second")
    (faded,) = plots.loss.old_runs
    x, _ = faded.getData()
    assert len(x) >= 2
