"""How the lesson player reaches the rest of the window: the views a step asks for, the
controls it locks, training started by Show me or a prediction, what a step keeps hidden, and
the panel or layer a step or a verdict points at. Only signals and the window's own show
functions; the player itself knows no other widget."""

from __future__ import annotations

from PySide6.QtCore import Qt

LOCK_REASON = "this lesson step keeps the network as it is; Leave lesson to edit freely"
# views whose drawing is the step (backprop by hand, the graph, hand-set weights): in the Lessons
# workspace they get most of the height under the canvas, an edit step gives it back
DRAWN_VIEWS = {"backprop", "graph", "weights", "perceptron", "gradients", "activations"}
DRAWN_SHARE, EDIT_SHARE = 0.66, 0.4


def hiders(window) -> list:
    """Every part of the window that can keep a quantity hidden (``set_hidden(names)``): the
    computational graph, backprop by hand and the sandbox here; any other view that gains the
    method (the editor's parameter counts, the probabilities box) is reached the same way."""
    inside = window.inside
    candidates = (
        inside.graph_calculator,
        inside.backprop,
        window.sandbox,
        window.canvas,
        window.properties,
        window.status,
        window.training,
        inside.activations,
        getattr(window, "draw", None),
    )
    return [w for w in candidates if callable(getattr(w, "set_hidden", None))]


def _bring_dock(window, key: str) -> None:
    """Raise a dock of the current workspace (the Lessons workspace holds Properties too)."""
    dock = getattr(window, f"{key}_dock", None)
    if dock is not None and window.workspaces.holding(key):
        dock.show()
        dock.raise_()


def connect_player(window) -> None:
    player = window.lessons
    inside = window.inside
    views = {
        "training": window.show_training,
        "filters": lambda: window.show_inside(inside.filters),
        "feature_maps": lambda: window.show_inside(inside.feature_maps),
        "boundary": lambda: window.show_inside(inside.boundary),
        "weights": lambda: window.show_inside(inside.weights),
        "backprop": lambda: window.show_inside(inside.backprop),
        "perceptron": lambda: window.show_inside(inside.perceptron),
        "gradients": lambda: window.show_inside(inside.gradients),
        "activations": lambda: window.show_inside(inside.activations),
        "curve_fit": lambda: window.show_inside(inside.curve_fit),
        "graph": lambda: window.show_inside(inside.graph_calculator),
        "sequences": lambda: window.show_inside(inside.sequences),
        "sandbox": window.show_sandbox,
        "draw": window.show_draw,
        "editor": lambda: window.canvas.setFocus(),
        "properties": lambda: _bring_dock(window, "properties"),
        "problems": lambda: _bring_dock(window, "problems"),
    }

    def make_room(names: list) -> None:
        if window.workspaces.current != "lessons" or not names:
            return
        share = DRAWN_SHARE if DRAWN_VIEWS & set(names) else EDIT_SHARE
        height = int(window.height() * share)
        window.resizeDocks([window.inside_dock], [height], Qt.Orientation.Vertical)

    def show(names: list) -> None:
        make_room(names)
        for name in names:
            if name == "boundary" and "weights" in names:
                continue  # Weights by hand shows its own boundary beside the table
            views.get(name, lambda: None)()

    current: list = []

    def lock(names: list) -> None:
        current[:] = names
        document = window.document
        if "network" in names and not document.locked_reason:
            document.locked_reason = LOCK_REASON
        elif "network" not in names and document.locked_reason == LOCK_REASON:
            document.locked_reason = ""
        window.picker.setEnabled("dataset" not in names)
        window.training.settings.setEnabled("training" not in names)

    def hide(names) -> None:
        for view in hiders(window):
            view.set_hidden(frozenset(names))

    def show_layer(layer_id: str) -> None:
        if any(layer.id == layer_id for layer in window.document.spec.layers):
            window.document.set_selection([layer_id])
            window.canvas.center_on_node(layer_id)
        _bring_dock(window, "properties")

    def show_panel(panel: str) -> None:
        """A verdict's "look at …": the panel it names (``Result.panel``) comes to the front."""
        if panel in ("weights", "training", "problems", "properties"):
            show([panel])

    player.views_requested.connect(show)
    player.locks_changed.connect(lock)

    def train() -> None:
        """Start as the Start button does; a start that was refused (a run already going, a
        network that cannot train) leaves the prediction waiting, and the player says so."""
        window.training.start()
        if not window.session.running:
            player.run_refused()

    player.train_requested.connect(train)
    player.hidden_changed.connect(hide)
    player.layer_requested.connect(show_layer)
    player.panel_requested.connect(show_panel)
    # training unlocks the network when it ends: the step's own locks come back
    window.session.running_changed.connect(lambda running: running or lock(list(current)))
