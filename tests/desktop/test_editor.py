"""The editor, driven like a student drives it: palette drops, property edits, connections,
undo/redo, problems, files, recovery and the close prompt."""

import json

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox

from desktop.editor.canvas import LAYER_MIME
from desktop.editor.items import NODE_H
from netcore.network.editing import canonical, explicit_inputs
from netcore.network.spec import load
from netcore.resources import preset_paths


def below_output(window):
    canvas = window.canvas
    out = window.document.spec.output_id() or "input"
    node = canvas.nodes[out]
    return node.pos() + QPointF(0, NODE_H + 40)


def drop(window, layer_type, scene_pos):
    """A real drop event from the palette onto the canvas viewport."""
    canvas = window.canvas
    mime = QMimeData()
    mime.setData(LAYER_MIME, layer_type.encode())
    point = canvas.mapFromScene(scene_pos)
    event = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    canvas.dropEvent(event)
    return window.document.selection


def editor(window, name):
    return window.properties.editors[name]


def add_and_select(window, layer_type):
    before = set(window.document.spec.ids())
    canvas = window.canvas
    canvas.centerOn(below_output(window))
    drop(window, layer_type, below_output(window))
    (new,) = set(window.document.spec.ids()) - before
    window.document.set_selection([new])
    return new


def set_spin(widget, value):
    widget.setValue(value)


def test_build_lenet5_from_an_empty_canvas(window):
    window.files.new()
    conv1 = add_and_select(window, "Conv2D")
    set_spin(editor(window, "filters"), 6)
    for spin in editor(window, "kernel_size").spins:
        set_spin(spin, 5)
    editor(window, "padding").setCurrentText("same")
    editor(window, "activation").setCurrentText("relu")
    add_and_select(window, "MaxPooling2D")
    add_and_select(window, "Conv2D")
    set_spin(editor(window, "filters"), 16)
    for spin in editor(window, "kernel_size").spins:
        set_spin(spin, 5)
    editor(window, "activation").setCurrentText("relu")
    add_and_select(window, "MaxPooling2D")
    add_and_select(window, "Flatten")
    for units, act in ((120, "relu"), (84, "relu"), (10, "softmax")):
        add_and_select(window, "Dense")
        set_spin(editor(window, "units"), units)
        editor(window, "activation").setCurrentText(act)
    spec = window.document.spec
    assert conv1 == "conv1"
    assert canonical(spec) == canonical(load(preset_paths()["lenet5"]))
    assert window.document.analysis.total_params == 61706
    assert window.status.params_label.text() == "Parameters: 61,706"
    assert window.problems.topLevelItemCount() == 0
    # the nodes show what the student needs
    conv2 = window.canvas.nodes["conv2"]
    assert conv2.info.output_shape == (10, 10, 16) and conv2.info.summary() == "16 · 5×5 · relu"
    assert "parameters (5·5·6 + 1)·16 = 2,416" in conv2.toolTip()
    assert "output 10 = ⌊(14 + 2·0 − 5)/1⌋ + 1" in conv2.toolTip()


def test_drop_on_an_edge_inserts_there(window):
    window.files.new_from_template("lenet5")
    edge = next(
        e for e in window.canvas.edges if (e.source.layer_id, e.target.layer_id) == ("fc1", "fc2")
    )
    middle = edge.path().pointAtPercent(0.5)
    window.canvas.centerOn(middle)
    drop(window, "Dropout", middle)
    inputs = explicit_inputs(window.document.spec)
    (new,) = [lid for lid in inputs if lid.startswith("drop")]
    assert inputs[new] == ["fc1"] and inputs["fc2"] == [new]


def test_drop_on_a_layer_appends_after_it_and_elsewhere_stays_unconnected(window):
    window.files.new_from_template("lenet5")
    pool1 = window.canvas.nodes["pool1"]
    window.canvas.centerOn(pool1)
    drop(window, "BatchNormalization", pool1.pos())
    assert explicit_inputs(window.document.spec)["conv2"] == ["bn1"]
    far = window.canvas.nodes["conv1"].pos() + QPointF(600, 0)
    window.canvas.centerOn(far)
    drop(window, "Dense", far)
    assert window.document.spec.layer("dense1").inputs == []
    assert window.document.spec.layout["dense1"] == [round(far.x(), 1), round(far.y(), 1)]
    assert any(
        p.layer_id == "dense1" and "has no input" in p.message
        for p in window.document.analysis.problems
    )


def test_palette_enter_appends_after_the_selected_layer(window, qtbot):
    window.files.new_from_template("lenet5")
    window.document.set_selection(["flat"])
    window.palette.search.setText("drop")
    qtbot.keyClick(window.palette.search, Qt.Key.Key_Return)
    assert explicit_inputs(window.document.spec)["fc1"] == ["drop1"]
    assert window.document.selection == ["drop1"]
    visible = [name for name, item in window.palette.items.items() if not item.isHidden()]
    assert visible == ["Dropout"]


def _press_drag_release(qtbot, canvas, start, end):
    viewport = canvas.viewport()
    a, b = canvas.mapFromScene(start), canvas.mapFromScene(end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    move = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(b),
        QPointF(viewport.mapToGlobal(b)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_connect_a_skip_connection_by_dragging_from_a_port(window, qtbot):
    window.files.new()
    doc = window.document
    window.document.edit("shape", lambda spec: setattr(spec, "input_shape", [8, 8, 4]))
    for _ in range(2):
        add_and_select(window, "Conv2D")
        editor(window, "padding").setCurrentText("same")
        set_spin(editor(window, "filters"), 4)
    add_and_select(window, "Add")
    assert any("Add needs at least 2 inputs" in p.message for p in doc.analysis.problems)
    source = window.canvas.nodes["conv1"]
    target = window.canvas.nodes["add1"]
    window.canvas.fitInView(window.canvas.scene_.itemsBoundingRect())
    _press_drag_release(qtbot, window.canvas, source.out_port(), target.pos())
    assert explicit_inputs(doc.spec)["add1"] == ["conv2", "conv1"]
    assert doc.analysis.ok
    orders = sorted(e.order for e in window.canvas.edges if e.target.layer_id == "add1")
    assert orders == [1, 2]  # the node shows the inputs' order


def test_cycle_is_refused_with_a_message(window):
    window.files.new_from_template("lenet5")
    before = window.document.spec.copy()
    window.canvas.connect_nodes("fc2", "conv1")
    assert window.document.spec == before
    assert "would make a cycle" in window.statusBar().currentMessage()


def test_undo_redo_of_every_edit_kind(window, qtbot):
    window.files.new_from_template("lenet5")
    doc = window.document
    snapshots = [doc.spec.copy()]

    def step(action):
        action()
        snapshots.append(doc.spec.copy())

    step(lambda: window.canvas.drop_layer("Dropout", window.canvas.nodes["fc1"].pos()))  # add
    doc.set_selection(["drop1"])
    step(window.edit_actions.delete_selection)  # delete
    node = window.canvas.nodes["fc2"]
    node.setPos(node.pos() + QPointF(150, 0))
    step(window.canvas.node_released)  # move
    step(lambda: window.canvas.connect_nodes("pool2", "flat"))  # connect (no change: already)
    step(lambda: window.canvas.connect_nodes("pool1", "flat"))  # connect (replaces input)
    doc.set_selection(["conv2"])
    step(lambda: editor(window, "filters").setValue(20))  # property
    edge = next(e for e in window.canvas.edges if e.target.layer_id == "fc1")
    edge.setSelected(True)
    doc.set_selection([])
    step(window.edit_actions.delete_selection)  # disconnect
    assert doc.spec.layer("fc1").inputs == []
    changes = [n for n in range(1, len(snapshots)) if snapshots[n] != snapshots[n - 1]]
    assert len(changes) == 6
    for n in reversed(changes):
        window.undo_action.trigger()
        assert doc.spec == snapshots[n - 1]
    assert not doc.dirty
    for n in changes:
        window.redo_action.trigger()
        assert doc.spec == snapshots[n]


def test_a_problem_appears_on_the_node_and_in_the_list_and_clears(window):
    window.files.new_from_template("lenet5")
    window.document.set_selection(["conv2"])
    for spin in editor(window, "kernel_size").spins:
        spin.setValue(15)
    item = window.problems.topLevelItem(0)
    assert item.text(1) == "conv2"
    assert (
        item.text(2)
        == "kernel 15×15 does not fit its 14×14 input; use padding='same' or a smaller kernel"
    )
    assert window.canvas.nodes["conv2"].severity == "error"
    assert "does not fit" in window.canvas.nodes["conv2"].toolTip()
    window.document.set_selection([])
    window.problems.itemClicked.emit(item, 2)
    assert window.document.selection == ["conv2"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.problems.topLevelItemCount() == 0
    assert window.canvas.nodes["conv2"].severity == ""


def test_invalid_shape_text_is_refused_inline(window):
    window.files.new_from_template("xor-mlp")
    window.document.set_selection(["input"])
    edit = editor(window, "input_shape")
    edit.setText("2, zero")
    edit.editingFinished.emit()
    assert window.document.spec.input_shape == [2]
    assert window.properties.error.isVisibleTo(window.properties)
    assert "not a list of whole numbers" in window.properties.error.text()
    edit.setText("3")
    edit.editingFinished.emit()
    assert window.document.spec.input_shape == [3]


def test_save_and_open_round_trip(window, dialogs, tmp_path):
    window.files.new_from_template("resnet-small")
    window.document.set_selection(["out"])
    editor(window, "units").setValue(7)
    for suffix in (".json", ".layerlab"):
        path = tmp_path / f"net{suffix}"
        dialogs.save_path_answer = path
        assert window.files.save_as()
        assert not window.document.dirty and window.windowTitle().startswith(f"net{suffix}")
        saved = window.document.spec.copy()
        window.files.new()
        assert window.files.open(path)
        assert window.document.spec == saved
    assert [p.name for p in window.files.recent()][:2] == ["net.layerlab", "net.json"]


def test_corrupt_and_future_files_give_a_message_and_stay_untouched(window, dialogs, tmp_path):
    window.files.new_from_template("lenet5")
    before = window.document.spec.copy()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "layerlab-network", "version": 1, "layers": [')
    future = tmp_path / "future.json"
    future.write_text(json.dumps({"format": "layerlab-network", "version": 9, "layers": []}))
    broken_project = tmp_path / "p.layerlab"
    broken_project.write_bytes(b"PK\x03\x04 not really a zip")
    for path in (bad, future, broken_project):
        content = path.read_bytes()
        assert not window.files.open(path)
        assert path.read_bytes() == content
    assert window.document.spec == before
    assert "malformed JSON at line 1" in dialogs.errors[0][1]
    assert "written by a later LayerLab" in dialogs.errors[1][1]
    assert "damaged project file" in dialogs.errors[2][1]


def test_recovery_file_is_offered_after_a_crash(qtbot, dialogs, window):
    from desktop.project.files import recovery_path
    from desktop.shell.mainwindow import MainWindow

    window.files.new_from_template("lenet5")
    window.document.set_selection(["fc1"])
    editor(window, "units").setValue(99)
    assert window.files.write_recovery()
    assert recovery_path().exists()
    # a new launch (the first window "crashed": its recovery file is still there)
    second = MainWindow(dialogs=dialogs, probe_devices=False)
    qtbot.addWidget(second)
    assert second.files.offer_recovery()
    assert second.document.spec.layer("fc1").params["units"] == 99
    assert second.project.dirty and second.isWindowModified()  # the title says "unsaved"
    assert second.windowTitle().endswith("[*] — LayerLab")
    assert "Recover unsaved work?" in dialogs.asked
    dialogs.save_answer = "discard"
    second.close()
    assert not recovery_path().exists()  # a clean exit removes it


def test_close_prompt_cancel_keeps_the_window_and_discard_closes(window, dialogs):
    window.files.new_from_template("lenet5")
    window.document.set_selection(["fc1"])
    editor(window, "units").setValue(64)
    dialogs.save_answer = "cancel"
    window.close()
    assert window.isVisible() and window.document.dirty
    assert dialogs.asked[-1].startswith("save changes to")
    dialogs.save_answer = "discard"
    window.close()
    assert not window.isVisible()


def test_new_with_unsaved_changes_asks_and_save_writes(window, dialogs, tmp_path):
    window.files.new_from_template("lenet5")
    window.document.set_selection(["fc1"])
    editor(window, "units").setValue(64)
    dialogs.save_answer = "save"
    dialogs.save_path_answer = tmp_path / "kept.layerlab"
    assert window.files.new()
    assert (tmp_path / "kept.layerlab").exists()
    assert window.document.spec.layers == []


def test_dataset_picker_sets_input_shape_and_offers_to_fit_the_output(window):
    window.files.new_from_template("lenet5")
    picker = window.picker
    picker.select("xor")
    assert window.document.spec.input_shape == [2]
    assert window.banner.isVisible()
    assert (
        "2 classes" in window.banner_text.text()
        and "Use 1 sigmoid unit?" in window.banner_text.text()
    )
    window.banner_button.click()
    out = window.document.spec.layer("out")
    assert out.params["units"] == 1 and out.params["activation"] == "sigmoid"
    assert not window.banner.isVisible()
    assert window.status.dataset_label.text() == "Dataset: XOR quadrants"
    picker.select("mnist")
    assert window.document.spec.input_shape == [28, 28, 1]
    assert "10 classes" in window.banner_text.text()


def test_about_names_versions_and_the_mnist_credit(window, dialogs):
    window.show_about()
    assert "Keras" in dialogs.about_html and "TensorFlow" in dialogs.about_html
    assert "LeCun" in dialogs.about_html and "CC BY-SA 3.0" in dialogs.about_html


def test_main_parts_have_object_names(window):
    for name in (
        "layerPalette",
        "networkCanvas",
        "propertiesPanel",
        "problemsPanel",
        "datasetPicker",
    ):
        assert window.findChild(object, name) is not None, name


def test_property_widgets_follow_the_schema(window):
    window.files.new_from_template("lenet5")
    window.document.set_selection(["conv1"])
    assert isinstance(editor(window, "filters"), QSpinBox)
    assert editor(window, "filters").minimum() == 1  # 0 filters cannot be typed
    assert isinstance(editor(window, "padding"), QComboBox)
    assert isinstance(editor(window, "use_bias"), QCheckBox)
    window.document.set_selection(["pool1"])
    assert editor(window, "pool_size").spins[0].value() == 2


def test_zero_padding_is_typed_as_text_and_checked(window):
    window.files.new_from_template("lenet5")
    window.document.set_selection(["conv1"])
    new = add_and_select(window, "ZeroPadding2D")
    edit = editor(window, "padding")
    assert edit.text() == "1"
    edit.setText("1, 0, 2, 2")
    edit.editingFinished.emit()
    layer = window.document.spec.layer(new)
    assert [list(p) for p in layer.params["padding"]] == [[1, 0], [2, 2]]
    edit.setText("1, -2")
    edit.editingFinished.emit()
    assert "cannot be negative" in window.properties.error.text()
    assert [list(p) for p in window.document.spec.layer(new).params["padding"]] == [[1, 0], [2, 2]]


def test_a_large_graph_gets_a_minimap_that_navigates(window, qtbot):
    for dock in (window.problems_dock, window.training_dock, window.inside_dock, window.draw_dock):
        dock.hide()  # the canvas gets the window's height
    qtbot.waitUntil(lambda: window.canvas.viewport().height() > 500)
    window.files.new_from_template("xor-mlp")
    window.canvas.fit_to_view()
    assert not window.canvas.minimap.isVisible()  # it all fits
    window.files.new_from_template("googlenet")  # 58 layers with Inception branches
    window.canvas.fit_to_view()
    minimap = window.canvas.minimap
    assert minimap.isVisible() and minimap.objectName() == "canvasMinimap"
    target = window.canvas.nodes["out"].sceneBoundingRect().center()
    assert not window.canvas.visible_rect().contains(target)
    from PySide6.QtTest import QTest

    QTest.mouseClick(
        minimap.viewport(), Qt.MouseButton.LeftButton, pos=minimap.mapFromScene(target)
    )
    assert window.canvas.visible_rect().contains(target)
    # branches side by side: the four Inception paths share a row
    rows = {
        round(window.canvas.nodes[f"inc3a_{b}"].pos().y())
        for b in ("1x1", "3x3_reduce", "5x5_reduce", "pool")
    }
    assert len(rows) == 1


def test_every_catalog_category_has_a_colour_on_the_canvas():
    """A layer of a category without a colour crashed every repaint of its node."""
    from desktop.editor.items import CATEGORY_COLOURS
    from netcore.network.catalog import CATEGORIES

    assert set(CATEGORIES) <= set(CATEGORY_COLOURS)
