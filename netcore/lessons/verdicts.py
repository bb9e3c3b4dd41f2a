"""What a check says to the student: the result, its sentence in the student's language and the
numbers in it written the student's way (0,66 in French, 0.66 in English).

Every verdict is one template with named fields, written at its call site as
``translate("Lessons", "…").format(…)`` (the form Qt's lupdate collects), so a translator sees
whole sentences; the numbers echoed back go through the locale, because a French student who typed
``-0,20`` must read ``-0,2``, not ``-0.2``."""

from __future__ import annotations

import math
from dataclasses import dataclass

from netcore import i18n
from netcore.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Place:
    """Where a verdict sends the student: the words shown (in the student's language) and, for
    the window, which panel that is and which layer, so bringing it up never depends on the
    words.

    Attributes:
        text: "Properties of conv1", "Propriétés de conv1", …
        panel: One of ``PANELS``.
        layer: The layer's id, or "".
    """

    text: str
    panel: str
    layer: str = ""


#: The panels a verdict can name (``Place.panel``).
PANELS = (
    "weights",
    "training",
    "problems",
    "properties",
    "answer",
    "canvas",
    "palette",
    "dataset",
    "status",
)

# The places named by a fixed phrase: their English text (the key older callers pass) and panel.
_FIXED = {
    QT_TRANSLATE_NOOP("Lessons", "Weights by hand"): "weights",
    QT_TRANSLATE_NOOP("Lessons", "Training"): "training",
    QT_TRANSLATE_NOOP("Lessons", "Training → Start"): "training",
    QT_TRANSLATE_NOOP("Lessons", "Training, or Weights by hand"): "training",
    QT_TRANSLATE_NOOP("Lessons", "Problems"): "problems",
    QT_TRANSLATE_NOOP("Lessons", "the answer box"): "answer",
    QT_TRANSLATE_NOOP("Lessons", "the network canvas"): "canvas",
    QT_TRANSLATE_NOOP("Lessons", "the dataset"): "dataset",
    QT_TRANSLATE_NOOP("Lessons", "the status bar"): "status",
}


def place(key: str) -> Place:
    """A place named by a fixed phrase (one of ``_FIXED``'s English texts), translated."""
    return Place(translate("Lessons", key), _FIXED[key])


def properties_of(layer: str, param: str | None = None) -> Place:
    """A layer's Properties (and one of its parameters, by its Keras name)."""
    if param is None:
        text = translate("Lessons", "Properties of {layer}").format(layer=layer)
    else:
        text = translate("Lessons", "Properties of {layer} → {param}").format(
            layer=layer, param=param
        )
    return Place(text, "properties", layer)


def training_setting(name: str) -> Place:
    """One training setting, named as the student reads it (``setting_label``)."""
    text = translate("Lessons", "Training → {setting}").format(setting=setting_label(name))
    return Place(text, "training")


def palette_entry(kind: str) -> Place:
    """A layer type in the palette (its name is Keras's, the same in every language)."""
    return Place(translate("Lessons", "the palette → {kind}").format(kind=kind), "palette")


# A training setting's name in a sentence ("the batch size is 64; …"), by its TrainConfig name.
_SETTINGS = {
    "optimizer": QT_TRANSLATE_NOOP("Settings", "the optimizer"),
    "learning_rate": QT_TRANSLATE_NOOP("Settings", "the learning rate"),
    "lr": QT_TRANSLATE_NOOP("Settings", "the learning rate"),
    "momentum": QT_TRANSLATE_NOOP("Settings", "the momentum"),
    "nesterov": QT_TRANSLATE_NOOP("Settings", "Nesterov momentum"),
    "batch_size": QT_TRANSLATE_NOOP("Settings", "the batch size"),
    "epochs": QT_TRANSLATE_NOOP("Settings", "the number of epochs"),
    "loss": QT_TRANSLATE_NOOP("Settings", "the loss"),
    "validation_split": QT_TRANSLATE_NOOP("Settings", "the validation share"),
    "early_stopping": QT_TRANSLATE_NOOP("Settings", "early stopping"),
    "restore_best_weights": QT_TRANSLATE_NOOP("Settings", "keeping the best weights"),
    "seed": QT_TRANSLATE_NOOP("Settings", "the seed"),
    "device": QT_TRANSLATE_NOOP("Settings", "the device"),
    "initial_weights": QT_TRANSLATE_NOOP("Settings", "the initial weights"),
}

# A run's figure in a sentence, by the ``run`` and ``predict`` checks' names.
_FIGURES = {
    "test_accuracy": QT_TRANSLATE_NOOP("Settings", "the test accuracy"),
    "test_loss": QT_TRANSLATE_NOOP("Settings", "the test loss"),
    "loss": QT_TRANSLATE_NOOP("Settings", "the training loss"),
    "accuracy": QT_TRANSLATE_NOOP("Settings", "the training accuracy"),
    "val_accuracy": QT_TRANSLATE_NOOP("Settings", "the validation accuracy"),
    "val_loss": QT_TRANSLATE_NOOP("Settings", "the validation loss"),
    "val_loss_rise": QT_TRANSLATE_NOOP(
        "Settings", "the rise of the validation loss above its lowest"
    ),
    "val_loss_gap": QT_TRANSLATE_NOOP("Settings", "the gap between validation and training loss"),
}


def setting_label(name: str) -> str:
    """A training setting's name as a student reads it ("the batch size", "la taille de
    lot"); a name without a label is shown as written."""
    label = _SETTINGS.get(name)
    return translate("Settings", label) if label else name.replace("_", " ")


def figure_label(metric: str) -> str:
    """A run's figure as a student reads it ("the test accuracy"); unknown names as written."""
    label = _FIGURES.get(metric)
    return translate("Settings", label) if label else metric.replace("_", " ")


def value_text(value) -> str:
    """A setting's or parameter's value in words: numbers the locale's way, a missing value
    as "not set", on/off for a switch, a text or a list as written."""
    if value is None:
        return translate("Lessons", "not set")
    if isinstance(value, bool):
        return translate("Lessons", "on") if value else translate("Lessons", "off")
    if isinstance(value, int | float):
        return num(value)
    if isinstance(value, str):
        return f"'{value}'"
    # between numbers that may have a decimal comma: "; " (a shape keeps its ", ")
    sep = "; " if i18n.number(0.5, 1) == "0,5" else ", "
    if isinstance(value, tuple | list) and all(isinstance(v, int) for v in value):
        return "(" + ", ".join(value_text(v) for v in value) + ")"
    if isinstance(value, tuple | list):
        return "(" + sep.join(value_text(v) for v in value) + ")"
    if isinstance(value, dict):  # a regularizer: l2 = 0,001
        return sep.join(f"{key} = {value_text(v)}" for key, v in value.items())
    return str(value)


@dataclass(frozen=True, init=False)
class Result:
    """A check's verdict.

    Attributes:
        ok: Whether the check passed.
        message: "✓ …" or the hint, in the student's language.
        control: Where to look, as shown ("Properties of conv1", "Propriétés de conv1").
        panel: The panel that is (one of ``PANELS``; "" when the verdict names none).
        layer: The layer it is about, or "".
    """

    ok: bool
    message: str
    control: str
    panel: str
    layer: str

    def __init__(self, ok: bool, message: str, control: Place | str = "") -> None:
        if isinstance(control, str):  # an English fixed phrase, or a place not yet described
            panel = _FIXED.get(control, "")
            control = Place(translate("Lessons", control) if panel else control, panel)
        object.__setattr__(self, "ok", ok)
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "control", control.text)
        object.__setattr__(self, "panel", control.panel)
        object.__setattr__(self, "layer", control.layer)


def num(value) -> str:
    """A number as a student reads it: whole numbers with the locale's group separator, others
    with up to four significant digits and the locale's decimal separator."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) or (
        isinstance(value, float)
        and math.isfinite(value)
        and value.is_integer()
        and abs(value) < 1e12
    ):
        return i18n.number(float(value))
    if not isinstance(value, float) or not math.isfinite(value):
        return str(value)
    text = f"{value:.4g}"
    if "e" in text:  # 1.2e-05: the plain form would lose the digits
        return text
    decimals = len(text.split(".")[1]) if "." in text else 0
    return i18n.number(value, decimals)


def parse_answer(text) -> float:
    """A number the student typed, in their locale's way or with a dot
    (``netcore.numbers.parse_number``: never a group separator, so ``-1.5`` in French is −1.5,
    never −15).

    Raises:
        ValueError: Not one finite number; the message names the text and says what works.
    """
    if isinstance(text, int | float) and not isinstance(text, bool):
        if not math.isfinite(text):
            raise ValueError(translate("Lessons", "'{answer}' is not a number").format(answer=text))
        return float(text)
    from netcore.numbers import locale_decimal_point, parse_number

    return float(parse_number(str(text), locale_decimal_point()))
