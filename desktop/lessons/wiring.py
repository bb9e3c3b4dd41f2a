"""How the lesson player reaches the rest of the window: the views a step asks for, the
controls it locks, and training started by Show me. Only signals and the window's own show
functions; the player itself knows no other widget."""

from __future__ import annotations

LOCK_REASON = "this lesson step keeps the network as it is; Leave lesson to edit freely"


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
        "sandbox": window.show_sandbox,
        "draw": window.show_draw,
        "editor": lambda: window.canvas.setFocus(),
    }

    def show(names: list) -> None:
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

    player.views_requested.connect(show)
    player.locks_changed.connect(lock)
    player.train_requested.connect(window.training.start)
    # training unlocks the network when it ends: the step's own locks come back
    window.session.running_changed.connect(lambda running: running or lock(list(current)))
