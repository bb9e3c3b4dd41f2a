"""The Edit menu's actions on the network: add from the palette after the selection, delete,
duplicate, select all, tidy the layout. Each is one undoable edit through the document."""

from __future__ import annotations

from PySide6.QtCore import QObject

from netcore.network import editing
from netcore.network.spec import INPUT_ID


class EditActions(QObject):
    def __init__(self, document, canvas, parent=None):
        super().__init__(parent)
        self.document = document
        self.canvas = canvas

    def add_after_selection(self, layer_type: str) -> None:
        """Enter / double-click in the palette: append after the selected layer (or the
        output)."""
        selected = [i for i in self.document.selection if i != INPUT_ID]
        after = selected[-1] if selected else (self.document.spec.output_id() or INPUT_ID)
        if self.document.selection == [INPUT_ID]:
            after = INPUT_ID
        new_id = self.document.edit(
            f"Add {layer_type}", lambda spec: editing.add_layer(spec, layer_type, after=after)
        )
        if new_id:
            self.document.set_selection([new_id])

    def add_maxout_after_selection(self) -> None:
        """Edit → Insert maxout unit: two linear Dense pieces joined by a Maximum."""
        selected = [i for i in self.document.selection if i != INPUT_ID]
        after = selected[-1] if selected else (self.document.spec.output_id() or INPUT_ID)
        new_id = self.document.edit(
            "Insert maxout unit", lambda spec: editing.add_maxout(spec, after=after)
        )
        if new_id:
            self.document.set_selection([new_id])

    def delete_selection(self) -> None:
        ids = [i for i in self.document.selection if i != INPUT_ID]
        edges = [(e.source.layer_id, e.target.layer_id) for e in self.canvas.selected_edges()]
        if ids:
            self.document.edit(
                f"Delete {', '.join(ids)}", lambda spec: editing.delete_layers(spec, ids)
            )
        elif edges:

            def cut(spec):
                for source, target in edges:
                    editing.disconnect(spec, source, target)

            self.document.edit("Disconnect", cut)

    def duplicate_selection(self) -> None:
        ids = [i for i in self.document.selection if i != INPUT_ID]
        if not ids:
            return

        def duplicate(spec):
            made = []
            for lid in ids:
                layer = spec.layer(lid)
                made.append(
                    editing.add_layer(spec, layer.type, after=lid, params=dict(layer.params))
                )
            return made

        made = self.document.edit("Duplicate", duplicate)
        if made:
            self.document.set_selection(made)

    def select_all(self) -> None:
        self.document.set_selection(self.document.spec.ids())

    def tidy_layout(self) -> None:
        self.document.edit("Tidy layout", lambda spec: spec.layout.clear())
        self.canvas.fit_to_view()

    def show_edge_shapes(self, checked: bool) -> None:
        self.canvas.set_edge_shapes(checked)
