"""The rules of playing a lesson that need no window: what a step keeps hidden and until when,
and the project kept for each passed step (going back shows what the student built)."""

from dataclasses import replace

import numpy as np

from netcore.lessons.format import Check, Step
from netcore.lessons.state import Snapshots, hidden, step_hides
from netcore.network.spec import NetworkSpec
from netcore.project.model import Project


def _step(**extra):
    step = Step("t", "text", check=Check("answer", {"question": "q", "correct": -4}))
    # Step.hide comes with the lesson format; a step without it hides nothing
    object.__setattr__(step, "hide", extra.get("hide", ()))
    return step


def test_a_step_hides_its_quantities_until_answered_or_passed():
    step = _step(hide=("graph_values", "param_counts"))
    assert hidden(step, answered=False, passed=False) == {"graph_values", "param_counts"}
    assert hidden(step, answered=True, passed=False) == frozenset()
    assert hidden(step, answered=False, passed=True) == frozenset()
    assert hidden(None, answered=False, passed=False) == frozenset()


def test_a_step_from_an_older_format_hides_nothing():
    step = Step("t", "text")
    assert step_hides(step) == () or hasattr(step, "hide")
    assert hidden(Step("t", "text"), answered=False, passed=False) == frozenset()


def test_a_passed_step_keeps_the_project_it_passed_with():
    spec = NetworkSpec.from_dict(
        {
            "format": "layerlab-network",
            "version": 1,
            "input_shape": [2],
            "layers": [{"id": "d", "type": "Dense", "params": {"units": 3}}],
        },
        "test",
    )
    built = Project(spec, weights={"d": [np.ones((2, 3)), np.zeros(3)]})
    kept = Snapshots()
    assert kept.restore("gates", 0) is None
    kept.keep("gates", 0, built)
    built.weights["d"][0][:] = 7  # the student goes on editing
    built.spec.layers.clear()
    back = kept.restore("gates", 0)
    assert [layer.id for layer in back.spec.layers] == ["d"]
    assert np.all(back.weights["d"][0] == 1)
    back.weights["d"][0][:] = 5  # what comes back is a copy: the kept one stays
    assert np.all(kept.restore("gates", 0).weights["d"][0] == 1)
    assert kept.restore("gates", 1) is None and kept.restore("other", 0) is None
    assert replace(back, runs=[]).runs == []


def test_only_the_latest_passed_steps_are_kept():
    from netcore.lessons.state import MAX_SNAPSHOTS

    spec = NetworkSpec.from_dict(
        {"format": "layerlab-network", "version": 1, "input_shape": [2], "layers": []}, "test"
    )
    kept = Snapshots()
    for n in range(MAX_SNAPSHOTS + 5):
        kept.keep("many", n, Project(spec))
    assert len(kept.kept) == MAX_SNAPSHOTS
    assert kept.restore("many", 0) is None and kept.restore("many", MAX_SNAPSHOTS + 4)


def test_large_projects_are_kept_within_a_byte_bound():
    from netcore.lessons import state

    spec = NetworkSpec.from_dict(
        {"format": "layerlab-network", "version": 1, "input_shape": [2], "layers": []}, "test"
    )
    big = np.zeros(state.MAX_SNAPSHOT_BYTES // 3 // 4 + 1, np.float32)  # a third of the bound
    kept = Snapshots()
    for n in range(5):
        kept.keep("big", n, Project(spec, weights={"d": [big]}))
    assert len(kept.kept) == 2 and kept.restore("big", 4) is not None
