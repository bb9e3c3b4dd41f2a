"""The class roster's short headers keep their full meaning in a tooltip, and a long name
elided in its column is shown whole (as typed, never as markup) in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.classroom.roster import RosterModel

TIP = Qt.ItemDataRole.ToolTipRole
HORIZONTAL = Qt.Orientation.Horizontal


def test_the_short_accuracy_header_says_in_its_tooltip_that_it_is_the_test_accuracy(qapp):
    model = RosterModel()
    assert model.headerData(6, HORIZONTAL) == "Accuracy"
    assert "Test accuracy" in model.headerData(6, HORIZONTAL, TIP)
    assert all(model.headerData(i, HORIZONTAL, TIP) for i in range(model.columnCount()))


def test_a_name_with_markup_shows_as_typed_in_its_tooltip(qapp):
    model = RosterModel()
    model.reset({"students": [{"id": 1, "name": "<b>Jean-Baptiste</b>", "online": True}]})
    tip = model.data(model.index(0, 0), TIP)
    assert "&lt;b&gt;Jean-Baptiste&lt;/b&gt;" in tip
    assert "<b>" not in tip
