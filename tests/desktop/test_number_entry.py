"""Numbers typed into the window mean what the student typed, in French as in English: the comma
and the dot are decimal points, anything else is marked and refused, never read as another
number; numbers shown follow the window's language."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItemModel, QValidator
from PySide6.QtWidgets import QApplication, QComboBox, QTableView, QWidget

from desktop.i18n import languages
from desktop.widgets.numbers import NumberDelegate, NumberEdit, NumberValidator, shown
from netcore.numbers import format_number, parse_number
from tests.desktop.test_inside import inside  # noqa: F401 - the fixture


@pytest.fixture
def french():
    """The window's language is French (its default locale and netcore's number format)."""
    app = QApplication.instance()
    languages.install(app, "fr")
    yield
    languages.install(app, "en")


def type_into(qtbot, field, text):
    """Select all, type ``text`` key by key and press Enter, as a student would."""
    field.setFocus()
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest has no key for U+2212: the text arrives as an input method would send it
        field.insert(text)
        field.textEdited.emit(field.text())
    qtbot.keyClick(field, Qt.Key.Key_Return)


def red_frame(field) -> bool:
    """The field is drawn with a red frame (what the student sees of a refused number)."""
    image = field.grab().toImage()
    edge = image.pixelColor(1, image.height() // 2)
    return edge.red() > 150 and edge.green() < 110 and edge.blue() < 110


# -- the field on its own ----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["-1.5", "-1,5", "\u22121,5", " -1,500 ", "-15e-1"])
def test_french_field_reads_comma_and_dot(qtbot, french, text):
    field = NumberEdit(0.0)
    qtbot.addWidget(field)
    seen = []
    field.valueChanged.connect(seen.append)
    type_into(qtbot, field, text)
    assert field.value() == -1.5
    assert seen[-1] == -1.5
    assert field.is_acceptable() and not red_frame(field)


@pytest.mark.parametrize("text", ["1 000", "1,000.5", "1.5.2", "--1", "abc"])
def test_bad_text_is_marked_and_refused_keeping_the_last_value(qtbot, french, text):
    field = NumberEdit(0.25)
    qtbot.addWidget(field)
    field.show()
    seen = []
    field.valueChanged.connect(seen.append)
    type_into(qtbot, field, text)
    field.clearFocus()
    # never re-read as another number: a prefix typed on the way ("1" of "1 000") was live
    # for a moment (keyboard tracking), the value in use at the end is the one from before
    assert field.value() == 0.25 and (not seen or seen[-1] == 0.25)
    assert field.text() == text  # the student's text stays, marked
    # the reason (in French: tests/netcore/test_numbers.py checks each reason's wording) names
    # the text, shows what would work and the value still in use, in French
    assert text in field.toolTip() and "1,5" in field.toolTip()
    assert "0,25" in field.toolTip()
    assert red_frame(field)
    assert field.actions()  # the warning icon
    type_into(qtbot, field, "0,5")  # fixed: accepted, the mark goes
    assert field.value() == 0.5 and not red_frame(field) and not field.actions()


def test_range_is_checked_with_a_message(qtbot, french):
    field = NumberEdit(0.5, minimum=0.0, maximum=0.99)
    qtbot.addWidget(field)
    type_into(qtbot, field, "1,5")
    assert field.value() == 0.5
    assert "0,99" in field.toolTip() and "1,5" in field.toolTip()
    field.setValue(7)  # a program setting a value is clamped, as a spin box does
    assert field.value() == 0.99 and field.text() == "0,99"


def test_steps_with_keys_and_shows_values_in_the_locale(qtbot, french):
    field = NumberEdit(0.1, decimals=None)
    qtbot.addWidget(field)
    field.setSingleStep(0.2)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.value() == pytest.approx(0.3) and field.text() == "0,3"
    field.setDecimals(3)
    assert field.text() == "0,300"
    assert shown(0.0, 3) == "0,000"


def test_validator_and_delegate_never_write_a_misread_number(qtbot, french):
    validator = NumberValidator(0.0, 10.0)
    assert validator.validate("1.5", 0)[0] == QValidator.State.Acceptable
    assert validator.validate("1,5", 0)[0] == QValidator.State.Acceptable
    assert validator.validate("1 000", 0)[0] == QValidator.State.Intermediate
    assert validator.validate("11", 0)[0] == QValidator.State.Intermediate
    assert validator.fixup("1.000.5") == "1.000.5"

    model = QStandardItemModel(1, 1)
    model.setData(model.index(0, 0), 0.25)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = NumberDelegate(decimals=2)
    view.setItemDelegate(delegate)
    assert delegate.displayText(0.25, QLocale()) == "0,25"
    index = model.index(0, 0)
    editor = delegate.createEditor(view.viewport(), None, index)
    delegate.setEditorData(editor, index)
    assert editor.text() == "0,25"
    editor.setText("-1.5")
    delegate.setModelData(editor, model, index)
    assert model.data(index) == -1.5
    editor.setText("1.000,5")
    delegate.setModelData(editor, model, index)
    assert model.data(index) == -1.5  # refused, not 1000.5 nor 1.0005


# -- the views that take numbers -----------------------------------------------------------------


def test_french_weights_by_hand_read_minus_one_point_five_and_show_commas(french, inside, qtbot):  # noqa: F811
    window = inside
    window.files.new_from_template("perceptron-and")
    window.picker.select("and_gate")
    editor = window.inside.weights
    window.show_inside(editor)
    qtbot.waitUntil(lambda: len(editor.spins) == 3)
    at = [n for n, slot in enumerate(editor.slots) if slot.array == 1][0]  # the bias (any language)
    field = editor.spins[at]
    layer = editor.slots[at].layer
    for text in ("-1.5", "-1,5"):
        type_into(qtbot, field, "0")
        type_into(qtbot, field, text)
        assert float(window.project.weights[layer][1][0]) == pytest.approx(-1.5), text
    type_into(qtbot, field, "1.000,5")  # not one number: marked, nothing changes
    assert float(window.project.weights[layer][1][0]) == pytest.approx(-1.5)
    assert red_frame(field)
    outputs = [row[3] for row in editor.truth_table()]
    assert all("," in cell and "." not in cell for cell in outputs), outputs


def test_french_training_settings_take_both_decimal_points(french, window, qtbot):
    settings = window.training.settings
    type_into(qtbot, settings.learning_rate, "0.05")
    assert window.project.training.lr == pytest.approx(0.05)
    type_into(qtbot, settings.learning_rate, "0,02")
    assert window.project.training.lr == pytest.approx(0.02)
    type_into(qtbot, settings.learning_rate, "0.0.2")
    assert window.project.training.lr == pytest.approx(0.02)
    assert "0.0.2" in settings.learning_rate.toolTip()
    settings.optimizer.setCurrentText("sgd")
    type_into(qtbot, settings.momentum, "0.9")
    assert window.project.training.momentum == pytest.approx(0.9)
    type_into(qtbot, settings.validation, "0,1")
    assert window.project.training.validation_split == pytest.approx(0.1)
    np.testing.assert_equal(settings.learning_rate.text(), "0,02")


# -- Properties at a projector -------------------------------------------------------------------


@pytest.fixture
def keep_the_app_look():
    app = QApplication.instance()
    font, palette = app.font(), app.palette()
    yield
    app.setFont(font)
    app.setPalette(palette)


def presentation_at_1280x720(window, qtbot):
    """Presentation mode's text on a 1280×720 projector (the test screen is smaller, so the
    window is put back to the projector's size after presentation mode made it full screen)."""
    window.appearance.set_presentation(True)
    window.showNormal()
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.height() == 720)
    QApplication.processEvents()


def cut_parts(panel) -> list[str]:
    """What a class would miss in the Properties panel: the page wider than what shows it (it
    scrolls sideways), a control reaching past the panel's right edge, a text wider or taller
    than its label."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel

    found = []
    port = panel.viewport()
    page = panel.widget()
    room = min(port.width(), panel.parentWidget().width())
    if page.width() > room:
        found.append(f"the page is {page.width()} px wide in {room} px")
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        right = widget.mapTo(page, QPoint(widget.width(), 0)).x()
        if right > room + 1:
            found.append(f"{type(widget).__name__} {widget.objectName()} ends at {right} > {room}")
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    found.append(f"label cut below: {widget.text()[:40]!r}")
            elif widget.minimumSizeHint().width() > widget.width() + 1:
                found.append(f"label cut: {widget.text()[:40]!r}")
    return found


@pytest.mark.parametrize("layer", ["conv1", "fc1", "fc1 with L1 + L2", "pool1"])
def test_properties_fit_a_projector_in_presentation_mode(
    french, window, qtbot, keep_the_app_look, layer
):
    window.files.new_from_template("lenet5")
    presentation_at_1280x720(window, qtbot)
    window.document.set_selection([layer.split()[0]])
    QApplication.processEvents()
    panel = window.properties
    if "L1 + L2" in layer:
        panel.editors["kernel_regularizer"].findChild(QComboBox).setCurrentIndex(3)
        QApplication.processEvents()
    assert panel.isVisible()
    for _ in range(20):  # word-wrapped labels settle their height over a few event-loop passes
        if not cut_parts(panel):
            break
        qtbot.wait(50)
    problems = cut_parts(panel)
    window.appearance.set_presentation(False)
    assert problems == []


def test_french_properties_read_both_points_and_refuse_the_rest(french, window, qtbot):
    from netcore.network.spec import LayerSpec, NetworkSpec

    window.document.replace(
        NetworkSpec(
            "drop",
            (4,),
            [
                LayerSpec("hidden", "Dense", {"units": 3}),
                LayerSpec("drop", "Dropout", {"rate": 0.5}),
            ],
        )
    )
    window.document.set_selection(["drop"])
    QApplication.processEvents()
    rate = window.properties.editors["rate"]
    assert rate.text() == "0,5"
    type_into(qtbot, rate, "0.3")
    assert window.document.spec.layer("drop").params["rate"] == pytest.approx(0.3)
    type_into(qtbot, rate, "0,25")
    assert window.document.spec.layer("drop").params["rate"] == pytest.approx(0.25)
    type_into(qtbot, rate, "1 000")
    assert window.document.spec.layer("drop").params["rate"] == pytest.approx(0.25)
    assert window.properties.error.isVisible() and "1 000" in window.properties.error.text()

    window.document.set_selection(["hidden"])
    QApplication.processEvents()
    regularizer = window.properties.editors["kernel_regularizer"]
    regularizer.findChild(QComboBox).setCurrentIndex(2)  # L2
    amount = window.properties.findChild(NumberEdit, "kernel_regularizer_l2")
    type_into(qtbot, amount, "0.01")
    assert window.document.spec.layer("hidden").params["kernel_regularizer"] == {"l2": 0.01}


# -- every locale Qt knows -----------------------------------------------------------------------

QT_LOCALES = QLocale.matchingLocales(
    QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
)


@given(value=st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
def test_what_qt_writes_in_any_locale_reads_back(value):
    """Qt's own writing of a number, without group separators, in each of its ~700 locales with
    Latin digits, reads back as that number with the locale's decimal point."""
    for locale in QT_LOCALES:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        text = locale.toString(value, "f", 3)
        if not all(c.isascii() or not c.isdigit() for c in text):
            continue  # Arabic-Indic or other digits: not read (LayerLab writes Latin digits)
        assert parse_number(text, locale.decimalPoint()) == pytest.approx(value, abs=6e-4), (
            locale.name(),
            text,
        )


@given(value=st.floats(allow_nan=False, allow_infinity=False))
def test_format_then_parse_round_trips_for_every_qt_decimal_point(value):
    for point in sorted({locale.decimalPoint() for locale in QT_LOCALES}):
        assert parse_number(format_number(value, decimal_point=point), point) == value
