"""The class dashboard is a workspace of its own (issue 35): a "Class" tab beside the others and
in the Window menu, its dashboard a dock made when first opened; File → Class → Class
dashboard goes there; the other workspaces do not show it."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget


def test_the_class_dashboard_is_a_workspace_of_its_own(window, qtbot):
    bar = window.workspaces.bar
    names = [bar.tabData(i) for i in range(bar.count())]
    assert "class" in names
    assert bar.tabText(names.index("class")) == "Class"
    assert window.classroom.dashboard is None  # made when first opened
    window.findChild(QAction, "workspace_class").trigger()
    assert window.workspaces.current == "class"
    board = window.classroom.dashboard
    assert board is not None and board.objectName() == "classDashboard"
    assert not board.isWindow() and board.isVisible()
    dock = window.findChild(QDockWidget, "classDock")
    assert dock is not None and dock.isAncestorOf(board) and dock.isVisible()
    # most of the window's width: thirty students' rows on a projector
    qtbot.waitUntil(lambda: dock.width() >= 0.6 * window.width(), timeout=2000)

    window.workspaces.switch("train")
    assert not dock.isVisible()
    window.findChild(QAction, "classShowDashboard").trigger()  # File → Class → Class dashboard
    assert window.workspaces.current == "class" and dock.isVisible()
    assert bar.currentIndex() == names.index("class")
    assert window.findChild(QAction, "workspace_class").isChecked()


def test_the_class_workspace_by_its_tab_makes_the_dashboard(window, qtbot):
    bar = window.workspaces.bar
    index = [bar.tabData(i) for i in range(bar.count())].index("class")
    bar.setCurrentIndex(index)
    assert window.workspaces.current == "class"
    assert window.classroom.dashboard is not None and window.classroom.dashboard.isVisible()
    window.workspaces.reset_layout()  # Window → Reset layout keeps it in its workspace
    assert window.classroom.dashboard.isVisible()
