"""The computational-graph calculator in the window: the lecture's example with its numbers,
values edited in the table, and text that is refused without losing the graph."""

from PySide6.QtWidgets import QGraphicsRectItem


def gradients(view):
    return {
        view.table.item(r, 0).text(): (
            float(view.table.item(r, 2).text()),
            float(view.table.item(r, 3).text()),
        )
        for r in range(view.table.rowCount())
    }


def test_the_lectures_example_and_edits(window, qtbot):
    view = window.inside.graph_calculator
    window.show_inside(view)
    assert view.objectName() == "computationGraph"
    assert view.output.text() == "<b>f = -12</b>"
    grads = gradients(view)
    assert {k: v[0] for k, v in grads.items()} == {"x": -4.0, "y": -4.0, "z": 3.0}
    for symbolic, numerical in grads.values():
        assert abs(symbolic - numerical) < 1e-6
    boxes = [i for i in view.scene.items() if isinstance(i, QGraphicsRectItem)]
    assert len(boxes) == len(view.graph.gates) == 5  # x, y, +, z, ×

    view.table.item(2, 1).setText("2")  # z = 2
    assert view.output.text() == "<b>f = 6</b>"
    assert gradients(view)["x"][0] == 2.0

    view.set_expression("__import__('os').system('echo hacked')")
    assert "not allowed" in view.message.text()
    assert view.output.text() == "<b>f = 6</b>"  # the last good graph stays

    view.set_expression(
        "1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))",
        {"w0": 2, "x0": -1, "w1": -3, "x1": -2, "w2": -3},
    )
    assert view.message.text() == ""
    assert view.output.text() == "<b>f = 0.731059</b>"
    assert round(gradients(view)["x1"][0], 2) == -0.59


def drawn_texts(view):
    from PySide6.QtWidgets import QGraphicsTextItem

    return [i for i in view.scene.items() if isinstance(i, QGraphicsTextItem)]


def test_a_lesson_step_hides_the_values_until_answered(window):
    view = window.inside.graph_calculator
    window.show_inside(view)
    view.set_hidden({"graph_values"})
    texts = " ".join(item.toPlainText() for item in drawn_texts(view))
    assert "-4" not in texts and "-12" not in texts and "3" not in texts.replace("∂", "")
    assert view.output.text() == "<b>f = ?</b>"
    assert {view.table.item(r, 2).text() for r in range(view.table.rowCount())} == {"?"}
    assert all(not i.toolTip() for i in view.scene.items())  # nothing given away on hover
    view.set_hidden(set())
    texts = " ".join(item.toPlainText() for item in drawn_texts(view))
    assert "-4" in texts and view.output.text() == "<b>f = -12</b>"


def test_the_drawing_fills_its_room_and_its_text_is_readable_in_presentation_mode(window, qtbot):
    view = window.inside.graph_calculator
    window.appearance.set_presentation(True)
    window.showNormal()
    window.resize(1280, 720)
    window.workspaces.switch("lessons")
    window.show_inside(view)
    qtbot.wait(50)
    scale = view.canvas.transform().m11()
    smallest = min(i.font().pixelSize() for i in drawn_texts(view)) * scale
    assert smallest >= 14
    window.appearance.set_presentation(False)


def test_more_room_draws_the_graph_larger(qtbot):
    from desktop.inspect.compgraph import ComputationGraphView

    view = ComputationGraphView()
    qtbot.addWidget(view)
    view.resize(700, 450)
    view.show()
    qtbot.waitExposed(view)
    small = view.canvas.transform().m11()
    view.resize(1400, 900)
    qtbot.wait(20)
    assert view.canvas.transform().m11() > small
