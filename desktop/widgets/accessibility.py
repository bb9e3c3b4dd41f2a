"""Accessible names for screen readers: every control a student can focus gets a name, taken
from what a sighted user reads next to it (its form label or buddy label, its placeholder, its
tooltip's first sentence). A control whose own text says what it is (a button, a check box)
needs no more; widgets that set a name themselves keep it."""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)


def focusable_controls(root: QWidget) -> list[QWidget]:
    """Widgets under ``root`` a keyboard user can reach (the scroll areas' viewports aside)."""
    found = []
    window = root.window()
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.window() is not window:
            continue  # not focusable, or in a popup / another window
        if widget.objectName().startswith("qt_") or type(widget).__name__ in _PLUMBING:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
            continue  # the view itself is the control
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            continue  # a panel's scroller: its controls are named one by one
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or an editable combo box
        found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name, else its own text."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip() or widget.toolTip()
    return ""


def name_controls(root: QWidget) -> int:
    """Give every focusable control under ``root`` without a name one from its label, its
    placeholder or its tooltip. Returns how many were named."""
    labels = _labels_by_field(root)
    named = 0
    for widget in focusable_controls(root):
        if spoken_name(widget):
            continue
        text = labels.get(id(widget), "")
        if not text:
            text = _named_by_role().get(widget.objectName(), "")
        if not text and isinstance(widget, QSpinBox | QDoubleSpinBox):
            text = (widget.prefix() or widget.suffix()).strip()
        if not text and isinstance(widget, pg.PlotWidget):
            text = widget.getPlotItem().titleLabel.text
        if not text and isinstance(widget, QLineEdit):
            text = widget.placeholderText()
        if not text and isinstance(widget, QComboBox) and widget.isEditable():
            text = widget.lineEdit().placeholderText()
        if not text:
            text = _first_sentence(widget.toolTip())
        if text:
            widget.setAccessibleName(_clean(text))
            named += 1
    return named


def _named_by_role() -> dict[str, str]:
    """Views whose purpose no nearby label says, by objectName."""
    translate = QCoreApplication.translate
    return {
        "networkCanvas": translate(
            "Accessibility", "Network canvas: arrow keys move between layers"
        ),
        "layerTree": translate("Accessibility", "Layer catalog"),
        "examplesGallery": translate(
            "Accessibility", "Test examples the network got wrong or right"
        ),
        "insidePanel": translate("Accessibility", "Views inside the network"),
        "graphCanvas": translate("Accessibility", "Computational graph"),
        "backpropLossChoice": translate("Accessibility", "Loss function"),
        "backpropWeights": translate("Accessibility", "Weights and their gradients"),
        "backpropDiagram": translate(
            "Accessibility", "Network with its forward and backward values"
        ),
        "kernelLayer": translate("Accessibility", "Convolution layer"),
        "kernelPreset": translate("Accessibility", "Kernel preset"),
        "kernelGrid": translate("Accessibility", "Kernel weights"),
        "weightsTable": translate("Accessibility", "Weights and biases"),
        "truthTable": translate("Accessibility", "Truth table"),
        "convTabs": translate("Accessibility", "Convolution studies"),
        "convProducts": translate("Accessibility", "The products that make the current output"),
        "boardResults": translate("Accessibility", "Results of the compared runs"),
        "boundaryPlot": translate("Accessibility", "Decision boundary over the plane"),
        "embeddingMethod": translate("Accessibility", "Embedding method"),
        "propertiesInfo": translate("Accessibility", "About the selected layer"),
        "problemsPanel": translate("Accessibility", "Problems of the network"),
        "lessonText": translate("Accessibility", "Lesson step"),
        "lessonChoices": translate("Accessibility", "Your answer"),
        "lessonList": translate("Accessibility", "Lessons"),
    }


_PLUMBING = {"QScrollBar", "QTabBar", "QMenuBar", "QMenu", "QToolButton", "QDockWidget"}


def _labels_by_field(root: QWidget) -> dict[int, str]:
    """The label a sighted user reads next to each control, by the control's ``id``.

    Layouts are read through ``indexOf`` and ``getWidgetPosition`` only, never ``itemAt``: a
    Python wrapper of a QLayoutItem outlives the item when Qt deletes it (a form rebuilt), and a
    later object at the same address then came back as the wrong type ('QSpacerItem' object
    has no attribute 'valueChanged').
    """
    labels: dict[int, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            labels[id(buddy)] = label.text()
    for box in root.findChildren(QBoxLayout):  # a label just before its control in a row
        placed = _widgets_in(box)
        for index, widget in placed.items():
            before = placed.get(index - 1)
            if isinstance(before, QLabel) and before.text():
                labels.setdefault(id(widget), before.text())
    for form in root.findChildren(QFormLayout):
        rows: dict[int, dict[QFormLayout.ItemRole, object]] = {}
        for widget in _widgets_in(form).values():
            row, role = form.getWidgetPosition(widget)
            rows.setdefault(row, {})[role] = widget
        for child in form.children():
            if isinstance(child, QLayout):
                row, role = form.getLayoutPosition(child)
                if row >= 0:
                    rows.setdefault(row, {})[role] = child
        for parts in rows.values():
            label = parts.get(QFormLayout.ItemRole.LabelRole)
            field = parts.get(QFormLayout.ItemRole.FieldRole)
            if not isinstance(label, QLabel) or field is None:
                continue
            targets = list(_widgets_in(field).values()) if isinstance(field, QLayout) else [field]
            for target in targets:
                if isinstance(target, QAbstractSpinBox | QComboBox | QLineEdit):
                    labels.setdefault(id(target), label.text())
    return labels


def _widgets_in(layout: QLayout) -> dict[int, QWidget]:
    """The widgets placed directly in ``layout``, by their index in it."""
    parent = layout.parentWidget()
    if parent is None:
        return {}
    placed = {}
    for widget in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        index = layout.indexOf(widget)
        if index >= 0:
            placed[index] = widget
    return dict(sorted(placed.items()))


def _first_sentence(text: str) -> str:
    plain = re.sub(r"<[^>]+>", "", text or "").strip()
    return re.split(r"(?<=[.:;])\s", plain, maxsplit=1)[0].rstrip(".:;") if plain else ""


def _clean(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&", "").strip().rstrip(":")
