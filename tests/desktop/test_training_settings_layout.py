"""The training settings at a projector: presentation mode's larger text reaches every part of
the form (a style sheet used to freeze a label at the normal size), and a typed number refused
keeps growing with the rest of the window while it is marked."""

import pytest
from PySide6.QtGui import QFontInfo, QPalette
from PySide6.QtWidgets import QApplication

from tests.desktop.test_number_entry import french, keep_the_app_look  # noqa: F401 - fixtures


def pixels(widget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def test_the_tensorboard_folder_grows_with_presentation_mode(window, keep_the_app_look):  # noqa: F811
    settings = window.training.settings
    settings.tensorboard_label.setText("/home/class/logs")
    before = pixels(settings.tensorboard_label)
    window.appearance.set_presentation(True)
    QApplication.processEvents()
    grown = pixels(settings.tensorboard_label)
    beside = pixels(settings.tensorboard)  # the "write logs" check box in the same row
    window.appearance.set_presentation(False)
    assert grown > before
    assert grown == beside
    # quieter than the settings by the palette's colour, never a style sheet (it freezes the font)
    label = settings.tensorboard_label
    assert not label.styleSheet()
    quiet = label.palette().color(label.foregroundRole())
    assert quiet != label.palette().color(QPalette.ColorRole.WindowText)


@pytest.mark.parametrize("marked_first", [True, False])
def test_a_refused_number_grows_with_presentation_mode(
    window,
    qtbot,
    french,  # noqa: F811
    keep_the_app_look,  # noqa: F811
    marked_first,
):
    field = window.training.settings.learning_rate
    neighbour = window.training.settings.optimizer
    if marked_first:
        field.set_text_as_typed("0,0,1")
    window.appearance.set_presentation(True)
    QApplication.processEvents()
    if not marked_first:
        field.set_text_as_typed("0,0,1")
    QApplication.processEvents()
    assert field.problem()  # marked
    grown, beside = pixels(field), pixels(neighbour)
    window.appearance.set_presentation(False)
    QApplication.processEvents()
    back = pixels(field)
    assert grown == beside
    assert back == pixels(neighbour) < grown


def test_rarely_used_settings_wait_behind_more_settings(window):
    """Device and TensorBoard are for a lab, not a lecture: folded away the form is two rows
    shorter on a projector; a setting that is not its default is never hidden."""
    import dataclasses

    settings = window.training.settings
    more = settings.more_button
    window.show_training()
    QApplication.processEvents()
    assert more.isVisible() and not more.isChecked()
    assert not settings.device.isVisible() and not settings.tensorboard.isVisible()
    folded = settings.sizeHint().height()
    more.click()
    assert settings.device.isVisible() and settings.tensorboard.isVisible()
    assert settings.sizeHint().height() > folded
    more.click()
    assert not settings.device.isVisible()
    # a project that writes logs shows where, unfolded
    config = dataclasses.replace(window.project.training, tensorboard_dir="/tmp/logs")
    window.project.set_training(config)
    QApplication.processEvents()
    assert more.isChecked() and settings.tensorboard_label.isVisible()
