"""The properties panel: a form generated from the catalog's parameter schema for the selected
layer (or the network input, or the network itself). Number fields carry the allowed ranges and
read the locale's decimal point and the dot, so invalid values are refused where they are typed;
text fields that can hold a wrong value (shapes) say what is wrong and change nothing.

The panel is narrow (a dock beside the canvas) and presentation mode makes its text 1.45× larger:
rows put their field under the label when both do not fit side by side, paired boxes and
regularizer amounts stack, and the formulas wrap, so nothing scrolls sideways or is cut at a
1280×720 projector."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.editor.property_editors import quiet, regularizer_editor, size_editor
from desktop.editor.tooltips import catalog_text
from desktop.project.document import NetworkDocument
from desktop.widgets.numbers import NumberEdit
from netcore.i18n import number
from netcore.network import editing
from netcore.network.catalog import CATALOG, shape_text
from netcore.network.params import Param, padding2d_text, parse_padding2d, parse_shape
from netcore.network.spec import INPUT_ID

INT_LIMIT = 100_000

TEXT_FORMS = {  # kind: (value → text, text → value or ValueError)
    "shape": (
        lambda v: ", ".join(str(x) for x in (v or ())),
        lambda t: list(parse_shape(t, allow_minus_one=True)),
    ),
    "padding2d": (padding2d_text, lambda t: [list(p) for p in parse_padding2d(t)]),
}


class PropertiesPanel(QScrollArea):
    """objectName ``propertiesPanel``; edits go through the document (undoable)."""

    def __init__(self, document: NetworkDocument, parent=None):
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        self.document = document
        self.setWidgetResizable(True)
        self.current: str | None = None  # layer id, INPUT_ID, or None for the network
        self.editors: dict[str, QWidget] = {}
        self.setters: dict[str, object] = {}  # name → function showing a value in its editor
        self._shown_type: str | None = None
        self._updating = False
        self.hidden: frozenset[str] = frozenset()  # what a lesson step keeps back for now
        self._build()
        document.selection_changed.connect(self._on_document_selection_changed)
        document.analysis_changed.connect(self._on_document_analysis_changed)

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        page = QWidget()
        self.setWidget(page)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(8, 8, 8, 8)
        self.title = QLabel()
        self.title.setObjectName("propertiesTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a field goes under its label when the two do not fit side by side (a narrow dock,
        # presentation mode's large text) instead of widening the panel past the screen
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("propertiesError")
        red = self.error.palette()  # not a style sheet: it would freeze the label's font
        red.setColor(red.ColorRole.WindowText, QColor("#d62f2f"))
        self.error.setPalette(red)
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        self.info = QLabel()
        self.info.setObjectName("propertiesInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.info)
        outer.addStretch(1)
        self.editors = {}
        self._fill()

    def _clear_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        self.setters = {}
        self.error.hide()

    def _fill(self) -> None:
        self._updating = True
        self._clear_form()
        spec = self.document.spec
        self._shown_type = None
        if self.current is None:
            self.title.setText(f"<b>Network</b> · {html.escape(spec.name)}")
            name = QLineEdit(spec.name)
            name.setObjectName("networkName")
            name.editingFinished.connect(lambda: self._set_name(name.text()))
            self.form.addRow(self.tr("Name"), name)
            self.editors["name"] = name
            self._add_input_shape_row()
        elif self.current == INPUT_ID:
            self.title.setText(self.tr("<b>input</b> · the data fed to the network"))
            self._add_input_shape_row()
        else:
            layer = spec.layer(self.current)
            entry = CATALOG.get(layer.type)
            self.title.setText(f"<b>{html.escape(layer.id)}</b> · {html.escape(layer.type)}")
            ident = QLineEdit(layer.id)
            ident.setObjectName("layerId")
            ident.editingFinished.connect(lambda: self._rename(ident.text().strip()))
            self.form.addRow(self.tr("Id"), ident)
            self.editors["id"] = ident
            self._shown_type = layer.type
            if entry is not None:
                values = self._values()
                for param in entry.params:
                    editor = self._editor_for(param, values[param.name])
                    editor.setToolTip(param.doc)
                    self.form.addRow(param.name, editor)
                    self.editors[param.name] = editor
        self._updating = False
        self._update_info()

    def _values(self) -> dict[str, Any]:
        """The current layer's values as the editors show them (defaults filled in)."""
        layer = self.document.spec.layer(self.current)
        entry = CATALOG[layer.type]
        info = self.document.analysis.layers.get(layer.id)
        normalised = dict(info.params) if info and info.params else {}
        return {
            p.name: normalised.get(p.name, layer.params.get(p.name, p.default))
            for p in entry.params
        }

    def _refresh_values(self) -> None:
        """Show the spec's values in the existing editors (after undo/redo or another edit)
        without rebuilding them, so focus and typing are never interrupted."""
        self._updating = True
        try:
            if self.current not in (None, INPUT_ID):
                self.editors["id"].setText(self.current)
                for name, value in self._values().items():
                    setter = self.setters.get(name)
                    if setter is not None:
                        setter(value)
            else:
                shape = self.document.spec.input_shape
                if "input_shape" in self.editors and not self.editors["input_shape"].hasFocus():
                    text = (
                        ", ".join(str(d) for d in shape) if isinstance(shape, list | tuple) else ""
                    )
                    self.editors["input_shape"].setText(text)
                if "name" in self.editors and not self.editors["name"].hasFocus():
                    self.editors["name"].setText(self.document.spec.name)
        finally:
            self._updating = False

    def _add_input_shape_row(self) -> None:
        shape = self.document.spec.input_shape
        text = ", ".join(str(d) for d in shape) if isinstance(shape, list | tuple) else ""
        edit = QLineEdit(text)
        edit.setObjectName("inputShape")
        edit.setPlaceholderText("e.g. 28, 28, 1")
        edit.editingFinished.connect(lambda: self._set_input_shape(edit))
        self.form.addRow(self.tr("Input shape"), edit)
        self.editors["input_shape"] = edit

    def _editor_for(self, param: Param, value: Any) -> QWidget:
        kind = param.kind
        if kind == "int":
            box = QSpinBox()
            low = int(param.minimum) if param.minimum is not None else -8
            box.setRange(low, INT_LIMIT if param.minimum is not None else 8)
            self.setters[param.name] = lambda v, b=box, lo=low: quiet(
                b, b.setValue, int(v) if isinstance(v, int) else lo
            )
            box.setValue(int(value) if isinstance(value, int) else low)
            box.setKeyboardTracking(False)
            box.valueChanged.connect(lambda v, p=param: self._set(p, v))
            return box
        if kind == "float":
            low = param.minimum if param.minimum is not None else 0.0
            if param.exclusive_min:
                low += 10**-4
            high = param.maximum if param.maximum is not None else 1e6
            if param.exclusive_max:
                high -= 10**-4
            box = NumberEdit(
                float(value) if isinstance(value, int | float) else low, minimum=low, maximum=high
            )
            box.setSingleStep(0.05 if high <= 1 else 0.1)
            self.setters[param.name] = lambda v, b=box, lo=low: quiet(
                b, b.setValue, float(v) if isinstance(v, int | float) else lo
            )
            box.setKeyboardTracking(False)
            box.valueChanged.connect(lambda v, p=param: self._set(p, round(v, 6)))
            box.problemChanged.connect(lambda why, p=param, b=box: self._number_problem(p, b, why))
            return box
        if kind == "bool":
            check = QCheckBox()
            check.setChecked(bool(value))
            self.setters[param.name] = lambda v, c=check: quiet(c, c.setChecked, bool(v))
            check.toggled.connect(lambda v, p=param: self._set(p, bool(v)))
            return check
        if kind == "choice":
            combo = QComboBox()
            for choice in param.choices:  # shown in words where a word is translatable
                combo.addItem(choice_label(choice), choice)

            def select(v, c=combo):
                c.setCurrentIndex(max(0, c.findData(v if v is not None else "linear")))

            select(value)
            self.setters[param.name] = lambda v, c=combo: quiet(c, select, v)
            combo.currentIndexChanged.connect(
                lambda i, c=combo, p=param: self._set(p, c.itemData(i))
            )
            return combo
        if kind in ("size2", "optional_size2"):
            return size_editor(self, param, value)
        if kind in TEXT_FORMS:  # typed as text: shape "28, 28, 1", padding "1, 0, 2, 2"
            show = TEXT_FORMS[kind][0]
            edit = QLineEdit(show(value))
            edit.setToolTip(param.doc)
            self.setters[param.name] = lambda v, e=edit: (
                None if e.hasFocus() else e.setText(show(v))
            )
            edit.editingFinished.connect(lambda p=param, e=edit: self._set_text_param(p, e))
            return edit
        if kind == "regularizer":
            return regularizer_editor(self, param, value)
        if kind == "keras_layer" and isinstance(value, dict):
            label = QLabel(
                f"<b>{html.escape(value['class_name'])}</b>, imported from a Keras file: LayerLab "
                "shows Keras's shape and parameter count but cannot edit it."
            )
            label.setWordWrap(True)
            return label
        return QLabel(repr(value))

    # ----------------------------------------------------------------- edits

    def _set(self, param: Param, value: Any) -> None:
        if self._updating or self.current in (None, INPUT_ID):
            return
        layer_id = self.current
        self.document.edit(
            f"Set {layer_id}.{param.name}",
            lambda spec: editing.set_param(spec, layer_id, param.name, value),
            merge_key=f"param:{layer_id}:{param.name}",
        )

    def _set_text_param(self, param: Param, edit: QLineEdit) -> None:
        try:
            value = TEXT_FORMS[param.kind][1](edit.text())
        except ValueError as exc:
            self._show_error(edit, f"{param.name}: {exc}")
            return
        self._clear_error(edit)
        self._set(param, value)

    def _set_input_shape(self, edit: QLineEdit) -> None:
        try:
            shape = parse_shape(edit.text())
        except ValueError as exc:
            self._show_error(edit, f"input shape: {exc}")
            return
        self._clear_error(edit)
        if list(shape) != list(self.document.spec.input_shape or []):
            self.document.edit(
                "Set input shape", lambda spec: setattr(spec, "input_shape", list(shape))
            )

    def _set_name(self, name: str) -> None:
        name = name.strip() or "Untitled"
        if name != self.document.spec.name:
            self.document.edit("Rename network", lambda spec: setattr(spec, "name", name))

    def _rename(self, new: str) -> None:
        old = self.current
        if old in (None, INPUT_ID) or new == old:
            return
        if (
            self.document.edit(f"Rename {old}", lambda spec: editing.rename_layer(spec, old, new))
            is None
            and new not in self.document.spec.ids()
        ):
            self.editors["id"].setText(old)
            return
        self.current = new
        self.document.set_selection([new])

    def _number_problem(self, param: Param, field: NumberEdit, why: str) -> None:
        """A number field marks itself; the panel also says why in words under the form."""
        if why:
            self.error.setText(f"{param.name}: {why}")
            self.error.show()
        else:
            self.error.hide()

    def _show_error(self, widget: QWidget, text: str) -> None:
        widget.setStyleSheet("border: 2px solid #d62f2f")
        self.error.setText(text)
        self.error.show()

    def _clear_error(self, widget: QWidget) -> None:
        widget.setStyleSheet("")
        self.error.hide()

    # ----------------------------------------------------------------- updates

    def _on_document_selection_changed(self, ids: list) -> None:
        target = ids[0] if len(ids) == 1 else None
        if target != self.current:
            self.current = target
            self._fill()

    def _on_document_analysis_changed(self) -> None:
        spec = self.document.spec
        if self.current not in (None, INPUT_ID) and self.current not in spec.ids():
            self.current = None
            self._fill()
            return
        same_kind = (
            self.current in (None, INPUT_ID) or spec.layer(self.current).type == self._shown_type
        )
        if not same_kind:
            self._fill()
            return
        self._refresh_values()
        self._update_info()

    def set_hidden(self, names: frozenset) -> None:
        """What a lesson step keeps hidden until the student answered: with
        ``param_counts`` every count reads "?" and the formulas filled with the layer's numbers
        wait (the shapes stay: the student counts from them); an empty set shows them."""
        self.hidden = frozenset(names)
        self._update_info()

    def _update_info(self) -> None:
        analysis = self.document.analysis
        counts_hidden = "param_counts" in self.hidden

        def count(n: int) -> str:
            return "?" if counts_hidden else number(n)

        if self.current is None:
            network = self.tr("Network")
            self.title.setText(f"<b>{network}</b> · {html.escape(self.document.spec.name)}")
            one = self.tr(
                "{layers} layer · {params} parameters ({trainable} trainable, {frozen} not)"
            )
            many = self.tr(
                "{layers} layers · {params} parameters ({trainable} trainable, {frozen} not)"
            )
            text = (one if len(analysis.layers) == 1 else many).format(
                layers=number(len(analysis.layers)),
                params=count(analysis.total_params),
                trainable=count(analysis.trainable_params),
                frozen=count(analysis.non_trainable_params),
            )
            self.info.setText(text)
            return
        if self.current == INPUT_ID:
            self.info.setText(f"Each example has shape {shape_text(analysis.input_shape)}.")
            return
        info = analysis.layers.get(self.current)
        entry = CATALOG.get(info.type) if info else None
        parts = []
        if info is not None:
            for problem in info.problems:
                colour = "#d62f2f" if problem.severity == "error" else "#b36b00"
                hint = f"; {problem.hint}" if problem.hint else ""
                parts.append(
                    f"<p style='color:{colour}'>⚠ {html.escape(problem.message + hint)}</p>"
                )
            if info.output_shape is not None:
                output, params = self.tr("Output"), self.tr("Parameters")
                shape = html.escape(shape_text(info.output_shape))
                parts.append(
                    f"<p><b>{output}</b> {shape}<br>"
                    f"<b>{params}</b> {count(info.total_params)}"
                    + (
                        " " + self.tr("({n} not trained)").format(n=count(info.non_trainable))
                        if info.non_trainable
                        else ""
                    )
                    + "</p>"
                )
                lines = info.explain()
                if lines and counts_hidden:
                    waiting = self.tr(
                        "The formula with this layer's numbers shows once you have answered."
                    )
                    parts.append(f"<p><i>{html.escape(waiting)}</i></p>")
                elif lines:
                    parts.append("<p>" + "<br>".join(html.escape(x) for x in lines) + "</p>")
        if entry is not None:
            parts.append(f"<p><i>{html.escape(catalog_text(entry.explanation))}</i></p>")
        self.info.setText("".join(parts))


def choice_label(choice) -> str:
    """A choice as shown: the step function has a name in every language; Keras's own names
    (relu, same, glorot_uniform, …) are the same in every language."""
    if choice == "step":
        return QCoreApplication.translate("ActivationExplorer", "step")
    return str(choice)
