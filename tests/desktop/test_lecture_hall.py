"""[8/8] The lecture hall: workspaces that leave the canvas room at 1280×720, a window that
fits a projector, presentation mode and text zoom, the layout reset."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication

from desktop.project.files import settings
from desktop.shell.workspaces import NAMES
from desktop.widgets.visibility import on_screen

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _keep_the_app_look():
    app = QApplication.instance()
    font, palette = app.font(), app.palette()
    yield
    app.setFont(font)
    app.setPalette(palette)


def at_projector(window, qtbot):
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.height() == 720)
    QApplication.processEvents()


def test_the_design_workspace_leaves_the_canvas_room_at_1280x720(window, qtbot):
    at_projector(window, qtbot)
    assert window.workspaces.current == "design"
    qtbot.waitUntil(lambda: window.canvas.viewport().height() >= 340)
    assert window.canvas.viewport().width() >= 600
    assert on_screen(window.palette) and on_screen(window.properties)
    assert not window.training_dock.isVisible() and not window.inside_dock.isVisible()


def test_the_train_workspace_shows_the_plots_and_the_whole_network_together(window, qtbot):
    at_projector(window, qtbot)
    window.workspaces.switch("train")
    qtbot.waitUntil(lambda: on_screen(window.training.plots.loss))
    plots = window.training.plots.loss
    # two plots side by side and the results under them (not off the panel's right edge)
    assert plots.height() >= 200 and plots.width() >= 260
    assert on_screen(window.training.results.matrix) and on_screen(window.training.results.summary)
    assert window.canvas.viewport().height() >= 500  # the network in a column beside them
    qtbot.waitUntil(
        lambda: window.canvas.visible_rect().contains(window.canvas.nodes_rect())
    )  # fitted: every layer in sight
    assert window.workspaces.bar.currentIndex() == NAMES.index("train")


def test_every_workspace_fits_a_1280x720_screen(window, qtbot):
    at_projector(window, qtbot)
    for name in NAMES:
        window.workspaces.switch(name)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 690, (name, hint)
        assert (window.width(), window.height()) == (1280, 720), name


def _open_on_screen(width: int, height: int, scale: str) -> dict:
    """Start the window on an X screen of that size (Xvfb) at QT_SCALE_FACTOR=scale and report
    its geometry and minimum size in every workspace, in device pixels."""
    script = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from desktop.shell.mainwindow import MainWindow
from desktop.shell.workspaces import NAMES
w = MainWindow(probe_devices=False)
w.show()
for _ in range(20):
    app.processEvents()
r = w.devicePixelRatioF()
room = w.screen().geometry()
report = {"ratio": r, "screen": [room.width() * r, room.height() * r], "workspaces": {}}
for name in NAMES:
    w.workspaces.switch(name)
    app.processEvents()
    g, h = w.frameGeometry(), w.minimumSizeHint()
    report["workspaces"][name] = {
        "right": (g.x() + g.width()) * r, "bottom": (g.y() + g.height()) * r,
        "left": g.x() * r, "top": g.y() * r, "min": [h.width() * r, h.height() * r],
        "canvas": w.canvas.viewport().height() * r,
    }
print(json.dumps(report))
w.files.discard_recovery()
"""
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "xcb"}
    command = [sys.executable, "-c", script]
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed (.ci/run installs it)")
    command = ["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24", *command]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("width", "height", "scale"), [(1280, 720, "1"), (1920, 1080, "1.5"), (2560, 1440, "1")]
)
def test_the_window_opens_inside_a_projector_screen(width, height, scale):
    """A 1280×720 projector, and a 1920×1080 one with QT_SCALE_FACTOR=1.5 (large text): the
    window opens inside the screen and no workspace needs more than the screen."""
    report = _open_on_screen(width, height, scale)
    assert report["ratio"] == pytest.approx(float(scale))
    assert report["screen"] == [width, height]
    for name, w in report["workspaces"].items():
        assert w["left"] >= 0 and w["top"] >= 0, name
        assert w["right"] <= width and w["bottom"] <= height, (name, w)
        assert w["min"][0] <= width and w["min"][1] <= height, (name, w)
    assert report["workspaces"]["design"]["canvas"] >= 340 * float(scale)
    design = report["workspaces"]["design"]
    if width > 2000:  # a big screen gets a big window, not 1280×820 in its middle
        assert design["right"] - design["left"] >= 0.8 * width


def test_reset_layout_brings_back_the_default_and_a_moved_layout_is_remembered(window, qtbot):
    window.palette_dock.hide()  # the student closes the palette in Design
    window.workspaces.switch("train")
    window.workspaces.switch("design")
    assert window.palette_dock.isHidden()  # the workspace remembers it
    window.findChild(type(window.presentation_action), "actionResetLayout").trigger()
    assert not window.palette_dock.isHidden()
    assert window.palette_dock.isVisible() and window.properties_dock.isVisible()


def test_the_last_workspace_comes_back_and_a_broken_saved_layout_is_ignored(qtbot, dialogs):
    from desktop.shell.mainwindow import MainWindow

    first = MainWindow(dialogs=dialogs, probe_devices=False)
    qtbot.addWidget(first)
    first.workspaces.switch("inspect")
    first.workspaces.save()
    second = MainWindow(dialogs=dialogs, probe_devices=False)
    qtbot.addWidget(second)
    assert second.workspaces.current == "inspect"
    s = settings()
    s.setValue("workspaces/states/design", QByteArray(b"\x00garbage left by a crash"))
    s.setValue("workspaces/current", "design")
    third = MainWindow(dialogs=dialogs, probe_devices=False)
    qtbot.addWidget(third)
    third.show()
    assert third.workspaces.current == "design"
    assert not third.palette_dock.isHidden() and third.training_dock.isHidden()


def test_views_asked_for_bring_their_workspace(window):
    window.show_inside(window.inside.filters)
    assert window.workspaces.current == "inspect"
    assert window.inside.currentWidget() is window.inside.filters
    window.show_draw()
    assert window.workspaces.current == "draw"
    window.show_lessons()
    assert window.workspaces.current == "lessons"
    window.show_inside(window.inside.boundary)  # the lesson's text stays beside the view
    assert window.workspaces.current == "lessons"
    assert window.lessons_dock.isVisible()


def test_presentation_mode_enlarges_text_and_lines_and_hides_the_status_bar(window, qtbot):
    app = QApplication.instance()
    before = app.font().pointSizeF()
    label_before = window.training.controls.start_button.font().pointSizeF()
    window.show_training()
    window.training.plots.new_run("run 1")
    curve = window.training.plots.loss.getPlotItem().listDataItems()[-1]
    width_before = curve.opts["pen"].widthF()
    window.presentation_action.trigger()  # View → Presentation mode (F11)
    assert window.appearance.presentation
    assert app.font().pointSizeF() >= before * 1.4
    button = window.training.controls.start_button
    qtbot.waitUntil(lambda: button.font().pointSizeF() >= label_before * 1.4)
    assert curve.opts["pen"].widthF() == pytest.approx(2 * width_before)
    assert window.status.isHidden()
    assert window.isFullScreen()  # the projector's whole screen
    window.presentation_action.trigger()
    assert app.font().pointSizeF() == pytest.approx(before)
    assert curve.opts["pen"].widthF() == pytest.approx(width_before)
    assert not window.status.isHidden() and not window.isFullScreen()


def test_ctrl_plus_and_minus_zoom_the_whole_ui_and_it_is_remembered(window):
    app = QApplication.instance()
    before = app.font().pointSizeF()
    window.findChild(type(window.presentation_action), "actionUiZoomIn").trigger()
    window.findChild(type(window.presentation_action), "actionUiZoomIn").trigger()
    assert app.font().pointSizeF() > before * 1.2
    assert settings().value("appearance/zoom") in (2, "2")
    window.findChild(type(window.presentation_action), "actionUiZoomReset").trigger()
    assert app.font().pointSizeF() == pytest.approx(before)
    window.findChild(type(window.presentation_action), "actionUiZoomOut").trigger()
    assert app.font().pointSizeF() < before


def test_the_dark_theme_darkens_the_window_and_light_brings_it_back(window, qtbot):
    from PySide6.QtGui import QPalette

    app = QApplication.instance()
    window.findChild(type(window.presentation_action), "theme_dark").trigger()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert app.palette().color(QPalette.ColorRole.WindowText).lightness() > 180
    qtbot.waitUntil(lambda: window.canvas.backgroundBrush().color().lightness() < 80)
    window.findChild(type(window.presentation_action), "theme_light").trigger()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
    qtbot.waitUntil(lambda: window.canvas.backgroundBrush().color().lightness() > 200)
    assert settings().value("appearance/theme") == "light"


def test_saved_appearance_values_that_make_no_sense_are_ignored(qtbot, dialogs):
    from desktop.shell.mainwindow import MainWindow

    s = settings()
    s.setValue("appearance/zoom", "huge")
    s.setValue("appearance/theme", "neon")
    w = MainWindow(dialogs=dialogs, probe_devices=False)
    qtbot.addWidget(w)
    assert w.appearance.zoom == 0 and w.appearance.theme == "system"


def test_every_control_has_a_name_a_screen_reader_can_say(window):
    from desktop.widgets.accessibility import focusable_controls, spoken_name

    window.show_lessons()
    window.show_board()
    window.show_sandbox()
    for root in (window, window.sandbox, window.board):
        controls = focusable_controls(root)
        assert len(controls) > 10
        nameless = [(type(c).__name__, c.objectName()) for c in controls if not spoken_name(c)]
        assert nameless == [], root.objectName()
    assert window.training.settings.learning_rate.accessibleName() == "Learning rate"


def test_the_keyboard_reaches_the_palette_the_layers_and_training(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.files.new_from_template("lenet5")
    window.findChild(type(window.presentation_action), "actionFindLayer").trigger()
    assert window.palette.search.hasFocus() or window.focusWidget() is window.palette.search
    window.document.set_selection(["conv1"])
    QTest.keyClicks(window.palette.search, "dropout")
    QTest.keyClick(window.palette.search, Qt.Key.Key_Return)
    inputs = {layer.id: layer.inputs for layer in window.document.spec.layers}
    added = [lid for lid in inputs if lid.startswith("drop")]
    assert len(added) == 1
    window.canvas.setFocus()
    window.document.set_selection(["conv1"])
    QTest.keyClick(window.canvas, Qt.Key.Key_Down)
    assert window.document.selection == added  # the layer just added after conv1
    QTest.keyClick(window.canvas, Qt.Key.Key_Up)
    assert window.document.selection == ["conv1"]
    # F5 from the Design workspace: the plots come along (no dataset: the panel says so)
    window.findChild(type(window.presentation_action), "actionStart").trigger()
    assert window.workspaces.current == "train"
    assert window.training_dock.isVisible()


def test_colour_blind_colours_reach_the_views_and_classes_differ_by_shape(window, qtbot):
    from desktop.appearance import palettes

    window.model_state.set_tensorflow_ready()
    window.files.new_from_template("spirals-mlp")
    window.picker.select("spirals")
    window.show_inside(window.inside.boundary)
    view = window.inside.boundary
    qtbot.waitUntil(lambda: len(view.train_points.data) > 0, timeout=20_000)
    symbols = {str(s) for s in view.train_points.data["symbol"]}
    assert len(symbols) == 2  # two classes, two marker shapes
    usual = {p.brush().color().name() for p in view.train_points.points()}
    window.findChild(type(window.presentation_action), "actionColourBlind").trigger()
    assert palettes.scheme() is palettes.COLOUR_BLIND
    qtbot.waitUntil(lambda: {p.brush().color().name() for p in view.train_points.points()} != usual)
    colours = {p.brush().color().name().lower() for p in view.train_points.points()}
    assert colours <= {c.lower() for c in palettes.COLOUR_BLIND.classes}
    assert settings().value("appearance/colourBlind") == "true"
    window.findChild(type(window.presentation_action), "actionColourBlind").trigger()
    assert palettes.scheme() is palettes.USUAL


def test_switching_workspaces_leaves_no_phantom_tab_bars(window):
    """Qt's restoreState left the tab bar of a dock group the restored layout no longer has
    on the screen: a dead "Training | Problems" row under the Design workspace."""
    from PySide6.QtWidgets import QTabBar

    def dock_tab_bars():
        return [
            [bar.tabText(i) for i in range(bar.count())]
            for bar in window.findChildren(QTabBar)
            if bar.parent() is window and bar is not window.workspaces.bar and bar.isVisible()
        ]

    for name in ("train", "design", "train", "design", "lessons", "inspect", "design"):
        window.workspaces.switch(name)
        QApplication.processEvents()
    assert dock_tab_bars() == []
    window.workspaces.switch("train")
    QApplication.processEvents()
    assert dock_tab_bars() == [["Training", "Problems"]]


def test_every_inside_view_is_one_click_away_from_the_view_list(window):
    window.show_inside(window.inside.filters)
    menu = window.inside.view_list.menu()
    titles = [a.text() for a in menu.actions()]
    assert len(titles) == window.inside.count() >= 13
    menu.actions()[titles.index("Backprop by hand")].trigger()
    assert window.inside.currentWidget() is window.inside.backprop
