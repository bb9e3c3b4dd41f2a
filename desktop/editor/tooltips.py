"""Tooltips that teach: what the layer does, its formulas with this node's own numbers, and
its problems."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from netcore.i18n import number
from netcore.network.analysis import LayerInfo
from netcore.network.catalog import CATALOG, shape_text


def node_tooltip(layer_id: str, layer_type: str, info: LayerInfo | None, document) -> str:
    if layer_type == "Input":
        shape = document.analysis.input_shape
        return QCoreApplication.translate(
            "Catalog",
            "<b>input</b> — the data that goes in: one example of shape {shape} "
            "(the batch axis is added by Keras).<br>Select it to change the input shape.",
        ).format(shape=shape_text(shape))
    entry = CATALOG.get(layer_type)
    parts = [f"<b>{html.escape(layer_id)}</b> · {html.escape(layer_type)}"]
    if info is not None and info.problems:
        for problem in info.problems:
            colour = "#d62f2f" if problem.severity == "error" else "#b36b00"
            text = problem.message + (f"; {problem.hint}" if problem.hint else "")
            parts.append(f"<span style='color:{colour}'>⚠ {html.escape(text)}</span>")
    if info is not None and info.output_shape is not None:
        shape = html.escape(shape_text(info.output_shape))
        parts.append(
            QCoreApplication.translate("Catalog", "output {shape} · {n} parameters").format(
                shape=shape, n=number(info.total_params)
            )
        )
        lines = info.explain()
        if lines:
            parts.append("<br>".join(html.escape(line) for line in lines))
    if entry is not None:
        parts.append(f"<i>{html.escape(catalog_text(entry.explanation))}</i>")
        parts.append("<br>".join(html.escape(catalog_text(f)) for f in entry.formulas))
    return "<p style='white-space:pre-wrap; max-width:420px'>" + "<br><br>".join(parts) + "</p>"


def palette_tooltip(layer_type: str) -> str:
    entry = CATALOG[layer_type]
    formulas = "<br>".join(html.escape(catalog_text(f)) for f in entry.formulas)
    how = QCoreApplication.translate(
        "Catalog", "Drag onto the canvas, or press Enter to add it after the selected layer."
    )
    return (
        f"<p style='max-width:380px'><b>{entry.name}</b><br>"
        f"{html.escape(catalog_text(entry.explanation))}<br><br>{formulas}<br><br>{how}</p>"
    )


def catalog_text(text: str) -> str:
    """A catalog entry's explanation or formula in the user's language."""
    return QCoreApplication.translate("Catalog", text)
