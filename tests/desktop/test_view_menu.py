"""View ▸ Inside the network: every Inside view is in the menu with a keyboard shortcut of its
own, and the entry brings that view to the front."""

from PySide6.QtWidgets import QMenu


def inside_menu(window) -> QMenu:
    menu = window.findChild(QMenu, "insideMenu")
    assert menu is not None
    return menu


def test_every_inside_view_has_an_entry_with_its_own_shortcut(window):
    actions = [a for a in inside_menu(window).actions() if not a.isSeparator()]
    assert len(actions) == window.inside.count()
    keys = [a.shortcut().toString() for a in actions]
    assert all(keys) and len(set(keys)) == len(keys), keys


def test_the_sequences_entry_brings_the_sequence_view(window):
    entry = next(
        a for a in inside_menu(window).actions() if a.text().replace("&", "") == "Sequences"
    )
    assert entry.shortcut().toString() == "Ctrl+Shift+R"
    entry.trigger()
    assert window.inside.currentWidget() is window.inside.sequences
    assert window.inside.currentWidget().objectName() == "sequenceView"
