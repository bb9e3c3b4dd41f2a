"""Workspaces: Design, Train, Inspect, Draw, Lessons and Class are layouts of the same docks, so
each task gets the room it needs instead of every panel stacked under a shrinking canvas.

Each workspace remembers how the user rearranged it (Qt's ``saveState``, kept per workspace in
the settings); Window → Reset layout forgets that and puts the docks back where they start."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

from desktop.settings_store import read_bytes, read_choice

translate = QCoreApplication.translate

STATE_VERSION = 2  # states saved before workspaces existed are not restored


@dataclass(frozen=True)
class Arrangement:
    """Where the docks of one workspace go. An area holds groups side by side; the docks of
    a group are tabs. ``heights`` are fractions of the window's height for bottom groups,
    ``widths`` are pixels for left/right groups and fractions of the width for bottom ones."""

    left: tuple = ()
    right: tuple = ()
    bottom: tuple = ()
    front: tuple = ()
    bottom_height: float = 0.0
    widths: dict = field(default_factory=dict)
    fit_canvas: bool = False
    bottom_under_left: bool = False  # the bottom panels also run under the left ones


ARRANGEMENTS = {
    # the canvas gets the room: palette and properties beside it, a thin problems strip
    "design": Arrangement(
        left=(("palette",),),
        right=(("properties",),),
        bottom=(("problems",),),
        bottom_height=0.17,
        widths={"palette": 210, "properties": 300},
    ),
    # the plots beside a compact view of the whole network (a tall network fits a column)
    "train": Arrangement(
        right=(("training", "problems"),),
        front=("training",),
        widths={"training": 0.78},
        fit_canvas=True,
    ),
    "inspect": Arrangement(
        right=(("inside", "problems"),),
        front=("inside",),
        widths={"inside": 0.74},
        fit_canvas=True,
    ),
    # draw on the left, what every layer makes of it on the right, the network between
    "draw": Arrangement(
        left=(("draw",),),
        right=(("inside",),),
        widths={"draw": 0.42, "inside": 0.42},
        fit_canvas=True,
    ),
    # the step's text beside the canvas, the views it asks for below; Properties among them,
    # for the steps that ask to edit a layer (the step's text stays in sight)
    "lessons": Arrangement(
        left=(("palette",),),
        right=(("lessons",),),
        bottom=(("training", "inside", "draw", "properties", "problems"),),
        front=("training",),
        bottom_height=0.5,
        widths={"palette": 170, "lessons": 400},
        bottom_under_left=True,  # the views a step asks for get the width
    ),
    # the teacher's class dashboard (a dock the classroom adds when it is first opened): the
    # room's rows get nearly the whole width, the network a narrow column beside them
    "class": Arrangement(
        right=(("class",),),
        front=("class",),
        widths={"class": 0.9},
        fit_canvas=True,
    ),
}

NAMES = tuple(ARRANGEMENTS)


def titles() -> dict:
    return {
        "design": translate("Workspaces", "Design"),
        "train": translate("Workspaces", "Train"),
        "inspect": translate("Workspaces", "Inspect"),
        "draw": translate("Workspaces", "Draw"),
        "lessons": translate("Workspaces", "Lessons"),
        "class": translate("Workspaces", "Class"),
    }


class WorkspaceBar(QTabBar):
    """The row of workspace tabs in the toolbar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("workspaceBar")
        self.setAccessibleName(translate("Workspaces", "Workspaces"))
        self.setDrawBase(False)
        self.setExpanding(False)
        for name, title in titles().items():
            index = self.addTab(title)
            self.setTabData(index, name)
            self.setTabToolTip(
                index,
                translate("Workspaces", "{title} workspace (Alt+{n})").format(
                    title=title, n=index + 1
                ),
            )


class Workspaces(QObject):
    """Switches the window's docks between the workspaces' arrangements.

    Args:
        window: the main window whose docks are arranged.
        docks: a callable giving {key: QDockWidget} for the window's docks that exist now
            (the lessons dock is made when the Lessons workspace is first opened); docks added
            from outside (the class dashboard) come with ``add_dock``.
        settings: a callable giving the QSettings to remember layouts in.
        canvas: the network canvas (fitted to its view in the compact workspaces).
    """

    changed = Signal(str)

    def __init__(self, window: QMainWindow, docks, settings, canvas, parent=None):
        super().__init__(parent or window)
        self.window = window
        self._window_docks = docks
        self.extra_docks: dict[str, QDockWidget] = {}
        #: workspace name → a callable that makes its docks when it is first opened
        self.makers: dict = {}
        self.settings = settings
        self.canvas = canvas
        self.current = ""
        self.states: dict[str, QByteArray] = {}
        self.bar = WorkspaceBar(window)
        self._set_corners(ARRANGEMENTS["design"])
        self.bar.currentChanged.connect(self._on_bar_changed)
        self.before_switch = lambda name: None  # the window makes lazy docks here

    def docks(self) -> dict:
        """Every dock a workspace can hold: the window's and those added with ``add_dock``."""
        return {**self._window_docks(), **self.extra_docks}

    def add_dock(self, key: str, dock: QDockWidget) -> None:
        """A dock made outside the window (the class dashboard), placed by the workspaces whose
        arrangement names ``key`` and hidden by the others."""
        self.extra_docks[key] = dock
        if not any(key in group for group in _groups(ARRANGEMENTS.get(self.current, _NONE))):
            dock.hide()

    # ----------------------------------------------------------------- switching

    def switch(self, name: str) -> None:
        if name not in ARRANGEMENTS:
            name = "design"
        if name == self.current:
            return
        if self.current:
            self.states[self.current] = self.window.saveState(STATE_VERSION)
        self.before_switch(name)
        maker = self.makers.get(name)
        if maker is not None:
            maker()
        self.current = name
        self._hide_tab_bars()
        self._set_corners(ARRANGEMENTS[name])
        state = self.states.get(name)
        if state is not None:
            for dock in self.docks().values():
                dock.hide()  # a dock the saved layout does not know stays out of it
        if state is None or not self.window.restoreState(state, STATE_VERSION):
            self.arrange(name)
        self.bar.blockSignals(True)
        self.bar.setCurrentIndex(NAMES.index(name))
        self.bar.blockSignals(False)
        self.canvas.compact = ARRANGEMENTS[name].fit_canvas
        QTimer.singleShot(0, self.canvas.fit)
        self.changed.emit(name)

    def holding(self, key: str) -> bool:
        """Is the dock ``key`` part of the current workspace (shown, maybe behind a tab)?"""
        dock = self.docks().get(key)
        return dock is not None and not dock.isHidden()

    def reset_layout(self) -> None:
        """Forget every rearrangement; the current workspace goes back to its default."""
        self.states.clear()
        s = self.settings()
        s.remove("workspaces/states")
        self._hide_tab_bars()
        self.arrange(self.current or "design")
        QTimer.singleShot(0, self.canvas.fit)

    def _set_corners(self, plan: Arrangement) -> None:
        """The side panels run the window's full height and the bottom panels sit between
        them, unless the workspace gives the bottom panels the width under the left ones."""
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        corner = bottom if plan.bottom_under_left else left
        self.window.setCorner(Qt.Corner.BottomLeftCorner, corner)
        self.window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

    def _hide_tab_bars(self) -> None:
        """Qt leaves the tab bar of a dock group that a restored layout no longer has on the
        screen (a phantom "Training | Problems" row); hide them all, and the layout shows
        again the ones it uses."""
        for bar in self.window.findChildren(QTabBar):
            if bar.parent() is self.window and bar is not self.bar:
                bar.hide()

    def arrange(self, name: str) -> None:
        """Put the docks where workspace ``name`` has them by default."""
        plan = ARRANGEMENTS[name]
        docks = self.docks()
        areas = (
            (Qt.DockWidgetArea.LeftDockWidgetArea, plan.left, Qt.Orientation.Vertical),
            (Qt.DockWidgetArea.RightDockWidgetArea, plan.right, Qt.Orientation.Vertical),
            (Qt.DockWidgetArea.BottomDockWidgetArea, plan.bottom, Qt.Orientation.Horizontal),
        )
        placed: set[str] = set()
        for area, groups, orientation in areas:
            previous: QDockWidget | None = None
            for group in groups:
                members = [docks[k] for k in group if k in docks]
                if not members:
                    continue
                first = members[0]
                first.setFloating(False)
                if previous is None:
                    self.window.addDockWidget(area, first)
                else:
                    self.window.splitDockWidget(previous, first, orientation)
                for other in members[1:]:
                    other.setFloating(False)
                    self.window.tabifyDockWidget(first, other)
                previous = first
                placed.update(k for k in group if k in docks)
        for key, dock in docks.items():
            dock.setVisible(key in placed)
        for group in _groups(plan):
            if group[0] in docks:
                docks[group[0]].raise_()
        for key in plan.front:
            if key in docks:
                docks[key].raise_()
        self._size(plan, docks)

    def _size(self, plan: Arrangement, docks: dict) -> None:
        height, width = self.window.height(), self.window.width()
        bottom_firsts = [docks[g[0]] for g in plan.bottom if g and g[0] in docks]
        if bottom_firsts and plan.bottom_height:
            self.window.resizeDocks(
                bottom_firsts[:1], [int(height * plan.bottom_height)], Qt.Orientation.Vertical
            )
        sized, sizes = [], []
        for key, value in plan.widths.items():
            if key in docks:
                sized.append(docks[key])
                sizes.append(int(width * value) if value < 1 else int(value))
        if sized:
            self.window.resizeDocks(sized, sizes, Qt.Orientation.Horizontal)

    # ----------------------------------------------------------------- persistence

    def restore(self) -> None:
        """Switch to the workspace the user last had, with their rearrangements."""
        s = self.settings()
        for name in NAMES:
            value = read_bytes(s, f"workspaces/states/{name}")
            if value is not None:
                self.states[name] = value
        self.switch(read_choice(s, "workspaces/current", NAMES, "design"))

    def save(self) -> None:
        if self.current:
            self.states[self.current] = self.window.saveState(STATE_VERSION)
        s = self.settings()
        s.setValue("workspaces/current", self.current or "design")
        for name, state in self.states.items():
            s.setValue(f"workspaces/states/{name}", state)

    def _on_bar_changed(self, index: int) -> None:
        name = self.bar.tabData(index)
        if name:
            self.switch(name)


_NONE = Arrangement()


def _groups(plan: Arrangement):
    return (*plan.left, *plan.right, *plan.bottom)
