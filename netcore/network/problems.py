"""Problems found in a network: collected, never raised one at a time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from netcore.i18n import translate

Severity = Literal["error", "warning"]


def shown(text: str) -> str:
    """``text`` as a message shows it: escaped when it holds a line break, another control
    character or half of a character, so a hostile id cannot break a message in two (each
    problem is one line) or make it unprintable."""
    return text if text.isprintable() else repr(text)[1:-1]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a network, phrased for a student.

    Args:
        layer_id: The layer the problem is on, or None for the network as a whole.
        message: What is wrong, with the value received.
        hint: What would work instead (may be empty).
        severity: "error" blocks building the model; "warning" does not.
    """

    layer_id: str | None
    message: str
    hint: str = ""
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{shown(self.layer_id)}: " if self.layer_id else ""
        text = f"{where}{self.message}"
        if self.hint:
            text += f"; {self.hint}"
        if self.severity == "warning":
            text = translate("Problems", "warning: {text}").format(text=text)
        return text


class SpecError(Exception):
    """A network file that cannot be read at all (unreadable, malformed JSON, wrong format,
    written by a later version). Carries every problem found, each printable on its own line."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem(None, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class LayerProblem(Exception):
    """Raised inside a layer's shape rule; turned into a Problem for that layer."""

    def __init__(self, message: str, hint: str = ""):
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(Exception):
    """A mistake in what the user asked the CLI for; printed as is, exit status 2."""
