"""Which model answers the drawing canvas, and why: the student's network when it is trained
for 28×28×1 → 10 classes, otherwise the bundled LeNet-5. The window shows the reason."""

from __future__ import annotations

from dataclasses import dataclass

from netcore.digits.classifier import DigitClassifier, bundled_classifier, digit_fit_problem
from netcore.models.kerasfile import ModelError
from netcore.project.model import WeightSource

ANSWERING_SOURCES = (WeightSource.TRAINED, WeightSource.TRAINING, WeightSource.FILE)


@dataclass(frozen=True)
class Answer:
    """Who answers: ``classifier`` (None when nothing can), its name, and why."""

    classifier: DigitClassifier | None
    own: bool
    reason: str


def own_network_problem(analysis, weight_source: WeightSource) -> str | None:
    """Why the student's network does not answer drawn digits, or None when it does."""
    if analysis.errors:
        return "has problems to fix"
    out = analysis.layers.get(analysis.output_id) if analysis.output_id else None
    problem = digit_fit_problem(
        tuple(analysis.input_shape or ()), tuple(out.output_shape or ()) if out else ()
    )
    if problem:
        return problem.replace("it takes", "takes").replace("its output is", "outputs")
    if weight_source not in ANSWERING_SOURCES:
        return "is not trained yet (train it on MNIST and it will answer here)"
    return None


class DigitAnswerer:
    """Chooses the answering model and keeps its compiled classifiers between drawings."""

    def __init__(self):
        self.bundled: DigitClassifier | None = None
        self._own: tuple[object, DigitClassifier] | None = None

    def choose(self, analysis, weight_source: WeightSource, inspector) -> Answer:
        """``inspector``: the viewers' Inspector of the network (None when it cannot be built).
        Loads the bundled model on first need."""
        why = own_network_problem(analysis, weight_source)
        if why is None and inspector is None:
            why = "cannot be loaded yet"
        if why is None:
            if self._own is None or self._own[0] is not inspector:
                self._own = (inspector, DigitClassifier("your network", inspector.model))
            return Answer(self._own[1], True, "")
        if self.bundled is None:
            try:
                self.bundled = bundled_classifier()
            except ModelError as exc:
                return Answer(
                    None,
                    False,
                    f"your network {why}, and the bundled model is missing ({exc})",
                )
        return Answer(self.bundled, False, f"your network is not used: it {why}")
