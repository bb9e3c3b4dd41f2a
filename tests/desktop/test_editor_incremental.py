"""An edit updates the canvas in place: the nodes and edges it did not touch stay the same
items (so they keep their selection and do not repaint), the changed ones show the new
analysis, and after any sequence of edits, undos and redos the canvas shows exactly what a
canvas built from scratch would. An edit analyses the network once and copies it once."""

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPointF

import desktop.project.document
from desktop.editor.canvas import NetworkCanvas
from desktop.project.document import NetworkDocument
from netcore.network import editing
from netcore.network.spec import INPUT_ID, NetworkSpec, load
from netcore.resources import preset_paths


def lenet5() -> NetworkSpec:
    spec = load(preset_paths()["lenet5"])
    spec.layout = {}
    return spec


def picture(canvas: NetworkCanvas) -> tuple:
    """Everything the canvas shows, in comparable form."""
    nodes = {
        lid: (
            node.layer_type,
            node.info,
            node.params_text,
            node.severity,
            node.toolTip(),
            (round(node.pos().x(), 1), round(node.pos().y(), 1)),
        )
        for lid, node in canvas.nodes.items()
    }
    edges = sorted(
        (e.source.layer_id, e.target.layer_id, e.order or 0, e.label, e.toolTip())
        for e in canvas.edges
    )
    return nodes, edges


def check_consistent(canvas: NetworkCanvas) -> None:
    """The scene holds exactly the canvas's items, and every edge runs port to port."""
    items = set(canvas.scene_.items())
    assert items == set(canvas.nodes.values()) | set(canvas.edges)
    for edge in canvas.edges:
        assert canvas.nodes[edge.source.layer_id] is edge.source
        assert canvas.nodes[edge.target.layer_id] is edge.target
        assert edge in edge.source.edges and edge in edge.target.edges
        assert edge.path().pointAtPercent(0) == edge.source.out_port()
        assert edge.path().pointAtPercent(1) == edge.target.in_port()
    for node in canvas.nodes.values():
        assert all(node in (e.source, e.target) and e in canvas.edges for e in node.edges)


def test_an_edit_keeps_the_untouched_nodes_and_edges_and_shows_the_changed_ones(window):
    window.files.new_from_template("lenet5")
    canvas = window.canvas
    nodes, edges = dict(canvas.nodes), list(canvas.edges)
    window.document.set_selection(["fc1"])
    window.properties.editors["units"].setValue(50)
    # fc1 and the layer it feeds changed their parameter counts; nothing else changed
    assert canvas.nodes["fc1"].params_text == "20,050 params"  # 400 × 50 + 50
    assert canvas.nodes["fc2"].params_text == "4,284 params"  # 50 × 84 + 84
    assert canvas.nodes["fc2"].info is window.document.analysis.layers["fc2"]
    assert all(canvas.nodes[lid] is node for lid, node in nodes.items())
    assert all(a is b for a, b in zip(canvas.edges, edges, strict=True))
    into_fc2 = next(e for e in canvas.edges if e.target.layer_id == "fc2")
    assert into_fc2.label == "(50,)"
    check_consistent(canvas)


def test_a_changed_shape_relabels_its_edges_in_place(window):
    window.files.new_from_template("lenet5")
    canvas = window.canvas
    edge = next(e for e in canvas.edges if e.source.layer_id == "conv1")
    assert edge.label == "(28, 28, 6)"
    window.document.set_selection(["conv1"])
    window.properties.editors["filters"].setValue(8)
    assert next(e for e in canvas.edges if e.source.layer_id == "conv1") is edge
    assert edge.label == "(28, 28, 8)"
    assert edge.toolTip() == "conv1 → pool1: (28, 28, 8)"


def test_a_deleted_layer_and_its_edges_go_and_undo_brings_them_back(window):
    window.files.new_from_template("lenet5")
    canvas, doc = window.canvas, window.document
    kept = {lid: node for lid, node in canvas.nodes.items() if lid != "fc1"}
    doc.set_selection(["fc1"])
    window.edit_actions.delete_selection()
    assert "fc1" not in canvas.nodes
    assert not [e for e in canvas.edges if "fc1" in (e.source.layer_id, e.target.layer_id)]
    assert {(e.source.layer_id, e.target.layer_id) for e in canvas.nodes["fc2"].edges} == {
        ("flat", "fc2"),
        ("fc2", "out"),
    }
    check_consistent(canvas)
    window.undo_action.trigger()
    assert canvas.nodes["fc1"].params_text == "48,120 params"  # 400 × 120 + 120
    assert {(e.source.layer_id, e.target.layer_id) for e in canvas.nodes["fc1"].edges} == {
        ("flat", "fc1"),
        ("fc1", "fc2"),
    }
    assert all(canvas.nodes[lid] is node for lid, node in kept.items())
    check_consistent(canvas)
    window.redo_action.trigger()
    assert "fc1" not in canvas.nodes
    check_consistent(canvas)


def test_selection_zoom_and_scroll_survive_an_edit_elsewhere(window):
    window.files.new_from_template("lenet5")
    canvas, doc = window.canvas, window.document
    doc.set_selection(["conv1"])
    canvas.zoom(1.5)
    canvas.centerOn(canvas.nodes["conv2"])
    bars = (canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value())
    zoom = canvas.transform().m11()
    selected = canvas.nodes["conv1"]
    doc.edit("units", lambda spec: editing.set_param(spec, "fc2", "units", 40))
    assert canvas.nodes["conv1"] is selected and selected.isSelected()
    assert doc.selection == ["conv1"]
    assert canvas.transform().m11() == zoom
    assert (canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()) == bars
    window.undo_action.trigger()
    assert canvas.nodes["conv1"].isSelected()
    assert canvas.transform().m11() == zoom


def test_a_renamed_layer_is_shown_under_its_new_name_with_its_connections(window):
    window.files.new_from_template("lenet5")
    canvas, doc = window.canvas, window.document
    doc.set_selection(["conv2"])
    box = window.properties.editors["id"]
    box.setText("features")
    box.editingFinished.emit()
    assert "conv2" not in canvas.nodes
    node = canvas.nodes["features"]
    assert node.isSelected()
    assert {(e.source.layer_id, e.target.layer_id) for e in node.edges} == {
        ("pool1", "features"),
        ("features", "pool2"),
    }
    check_consistent(canvas)


def test_a_new_network_replaces_every_item(window):
    window.files.new_from_template("lenet5")
    old = set(window.canvas.nodes.values())
    window.files.new_from_template("lenet5")
    assert not old & set(window.canvas.nodes.values())
    assert window.canvas.nodes.keys() >= {"conv1", "out"}
    check_consistent(window.canvas)


def test_an_edit_analyses_once_and_undo_redo_do_not(window, monkeypatch):
    window.files.new_from_template("lenet5")
    calls = []
    analyze = desktop.project.document.analyze

    def counting_analyze(spec):
        calls.append(spec)
        return analyze(spec)

    monkeypatch.setattr(desktop.project.document, "analyze", counting_analyze)
    window.document.set_selection(["conv2"])
    window.properties.editors["filters"].setValue(20)
    assert len(calls) == 1
    window.canvas.drop_layer("Dropout", window.canvas.nodes["fc1"].scenePos())
    assert len(calls) == 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert len(calls) == 2
    # and everyone shows that one analysis
    assert window.canvas.nodes["conv2"].params_text == "3,020 params"  # 5·5·6·20 + 20
    assert window.canvas.nodes["conv2"].info is window.document.analysis.layers["conv2"]


def test_the_document_copies_the_spec_once_per_edit_and_not_on_undo(qapp, monkeypatch):
    doc = NetworkDocument(lenet5())
    copies = []
    copy = NetworkSpec.copy

    def counting_copy(spec):
        copies.append(spec)
        return copy(spec)

    monkeypatch.setattr(NetworkSpec, "copy", counting_copy)
    doc.edit("units", lambda s: editing.set_param(s, "fc1", "units", 50))
    doc.edit("add", lambda s: editing.add_layer(s, "Dropout", after="fc1"))
    assert len(copies) == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    assert len(copies) == 2
    assert doc.spec.layer("fc1").params["units"] == 50 and "drop1" not in doc.spec.ids()


# ---------------------------------------------------------------------------------------------
# any sequence of edits: the updated canvas shows what a fresh one shows

TYPES = ["Dense", "Dropout", "Flatten", "Add", "Conv2D", "MaxPooling2D"]
PARAMS = {"Dense": ("units", 1, 300), "Conv2D": ("filters", 1, 40), "Dropout": ("rate", 0, 0)}

ops = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(TYPES), st.integers(-1, 12), st.booleans()),
        st.tuples(st.just("delete"), st.integers(0, 12)),
        st.tuples(st.just("param"), st.integers(0, 12), st.integers(1, 300)),
        st.tuples(st.just("connect"), st.integers(-1, 12), st.integers(0, 12)),
        st.tuples(st.just("disconnect"), st.integers(0, 12)),
        st.tuples(st.just("rename"), st.integers(0, 12)),
        st.tuples(st.just("move"), st.integers(0, 12), st.integers(-300, 300)),
        st.tuples(st.just("select"), st.integers(0, 12)),
        st.tuples(st.just("undo")),
        st.tuples(st.just("redo")),
    ),
    max_size=14,
)


def apply(doc: NetworkDocument, op: tuple, serial: int) -> None:
    ids = doc.spec.ids()

    def pick(n: int) -> str | None:
        if n < 0:
            return INPUT_ID
        return ids[n % len(ids)] if ids else None

    kind = op[0]
    if kind == "undo":
        doc.undo_stack.undo()
    elif kind == "redo":
        doc.undo_stack.redo()
    elif kind == "add":
        _, layer_type, after, connected = op
        where = pick(after) if connected else None
        where = None if where == INPUT_ID else where
        doc.edit("add", lambda s: editing.add_layer(s, layer_type, after=where, connect=connected))
    elif (lid := pick(op[1])) is None or lid == INPUT_ID:
        return
    elif kind == "delete":
        doc.edit("delete", lambda s: editing.delete_layers(s, [lid]))
    elif kind == "param":
        name, _, top = PARAMS.get(doc.spec.layer(lid).type, (None, 0, 0))
        if name is not None:
            value = 0.25 if name == "rate" else 1 + op[2] % top
            doc.edit("param", lambda s: editing.set_param(s, lid, name, value))
    elif kind == "connect":
        source = pick(op[1]) if op[1] >= 0 else INPUT_ID
        target = pick(op[2])
        doc.edit("connect", lambda s: editing.connect(s, source, target))
    elif kind == "disconnect":
        index = doc.spec.ids().index(lid)
        sources = doc.spec.inputs_of(index)
        if sources:
            doc.edit("cut", lambda s: editing.disconnect(s, sources[0], lid))
    elif kind == "rename":
        doc.edit("rename", lambda s: editing.rename_layer(s, lid, f"renamed{serial}"))
    elif kind == "move":

        def move(s):
            s.layout[lid] = [float(op[2]), 500.0]

        doc.edit("move", move)
    elif kind == "select":
        doc.set_selection([lid])


@given(ops)
def test_after_any_edits_the_canvas_shows_what_a_fresh_canvas_shows(qapp, steps):
    doc = NetworkDocument(lenet5())
    canvas = NetworkCanvas(doc)
    for serial, op in enumerate(steps):
        apply(doc, op, serial)  # a refused edit (EditError) changes nothing: checked too
        check_consistent(canvas)
        fresh = NetworkCanvas(NetworkDocument(doc.spec))
        assert picture(canvas) == picture(fresh), op
        selected = {lid for lid, node in canvas.nodes.items() if node.isSelected()}
        assert selected == set(doc.selection)


def test_a_connection_being_dragged_from_a_deleted_layer_is_dropped(window):
    window.files.new_from_template("lenet5")
    canvas = window.canvas
    canvas.begin_connection(canvas.nodes["fc1"], QPointF(0, 0))
    window.document.edit("delete", lambda s: editing.delete_layers(s, ["fc1"]))
    assert canvas._connecting is None
    check_consistent(canvas)
