"""Recurrent layers: SimpleRNN, LSTM, GRU and Bidirectional — units whose output at one time step
is fed back as an input at the next, so the layer carries a state (a memory) along a sequence.

A sequence is a (time steps, features) input: 28 rows of 28 pixels for digits read row by row,
or 50 samples of a sine wave. The same weights are used at every step (the layer is "unrolled"
in time with shared weights), so the parameter count does not depend on the sequence's length.
"""

from __future__ import annotations

from netcore.i18n import QT_TRANSLATE_NOOP, translate
from netcore.network.catalog.base import (
    KERNEL_INIT,
    LayerResult,
    LayerType,
    _n,
    _one,
    shape_text,
)
from netcore.network.params import ACTIVATIONS, Param
from netcore.network.problems import LayerProblem

#: Weight blocks per kind of cell: one for a simple RNN, four gates for an LSTM (input,
#: forget, cell, output), three for a GRU (update, reset, candidate).
GATES = {"SimpleRNN": 1, "LSTM": 4, "GRU": 3}
MERGE_MODES = ("concat", "sum", "ave", "mul")

UNITS = Param(
    "units", "int", 16, "size of the state carried from step to step", minimum=1, required=True
)
RETURN_SEQUENCES = Param(
    "return_sequences",
    "bool",
    False,
    "give the output at every time step (to stack another recurrent layer or attention), "
    "not only the last",
)
TANH = Param(
    "activation", "choice", "tanh", "function applied to the new state", choices=ACTIVATIONS
)


def need_sequence(layer: str, shape) -> None:
    """A recurrent or attention layer reads a (time steps, features) input."""
    if len(shape) != 2:
        hint = (
            "put a Reshape before it, e.g. (28, 28) to read an image row by row, or an "
            "Embedding after a sequence of word numbers"
        )
        raise LayerProblem(
            translate(
                "Problems", "{layer} needs a sequence input (time steps, features); got {shape}"
            ).format(layer=layer, shape=shape_text(shape)),
            hint,
        )


def cell_params(kind: str, features: int, units: int, use_bias: bool = True) -> int:
    """Trainable parameters of one recurrent cell, as Keras counts them.

    Each gate has input weights (features × units), recurrent weights (units × units) and a bias
    (units). Keras's GRU (``reset_after=True``, its default) has two biases per gate: one for the
    input and one for the recurrent part.
    """
    gates = GATES[kind]
    biases = (2 if kind == "GRU" else 1) * units if use_bias else 0
    return gates * (features * units + units * units + biases)


def _formula(kind: str, features: int, units: int, total: int) -> str:
    gates = GATES[kind]
    bias = f"2·{units}" if kind == "GRU" else f"{units}"
    inner = f"{features}·{units} + {units}·{units} + {bias}"
    lead = f"{gates}·" if gates > 1 else ""
    return f"parameters {lead}({inner}) = {_n(total)}"


def _output(shape, units: int, sequences: bool):
    return (shape[0], units) if sequences else (units,)


def _rnn_infer(kind: str):
    def infer(p, inputs):
        shape = _one(inputs)
        need_sequence(kind, shape)
        units = p["units"]
        total = cell_params(kind, shape[1], units, p["use_bias"])
        return LayerResult(_output(shape, units, p["return_sequences"]), total)

    return infer


def _rnn_explain(kind: str):
    def explain(p, inputs, r):
        steps, features = inputs[0]
        lines = [_formula(kind, features, p["units"], r.trainable)]
        lines.append(
            f"the same weights at each of the {steps} time steps (unrolled in time: shared weights)"
        )
        return lines

    return explain


def _summary(p) -> str:
    return f"{p['units']}" + (" · seq" if p.get("return_sequences") else "")


def _recurrent(kind: str, explanation: str, formulas: tuple[str, ...]) -> LayerType:
    params = [UNITS]
    if kind == "SimpleRNN":
        params.append(TANH)
    params += [RETURN_SEQUENCES, Param("use_bias", "bool", True, "add a learned bias"), KERNEL_INIT]
    return LayerType(
        name=kind,
        category="Sequence",
        params=tuple(params),
        explanation=explanation,
        formulas=formulas,
        infer=_rnn_infer(kind),
        explain=_rnn_explain(kind),
        summary=_summary,
    )


SIMPLE_RNN = _recurrent(
    "SimpleRNN",
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A layer with memory: at every time step its state is computed from the new input and "
        "from its own state one step before, h_t = tanh(x_t·W + h_{t−1}·U + b). The output of "
        "the units is fed back to their input, so the network is a dynamical system with an "
        "internal state. Long sequences are hard for it: the gradient shrinks (or grows) by the "
        "same factor at every step back in time.",
    ),
    (
        QT_TRANSLATE_NOOP("Catalog", "h_t = tanh(x_t·W + h_{t−1}·U + b)"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = n_in·n + n·n + n"),
    ),
)
LSTM = _recurrent(
    "LSTM",
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Long short-term memory: a recurrent layer with a cell state and three gates (forget, "
        "input, output) that decide, at each step, what the memory keeps, what it writes and "
        "what it shows. The cell state is updated by addition, so gradients survive many steps "
        "back in time — it learns what a simple RNN forgets.",
    ),
    (
        QT_TRANSLATE_NOOP(
            "Catalog", "c_t = f_t ⊙ c_{t−1} + i_t ⊙ tanh(x_t·W_c + h_{t−1}·U_c + b_c)"
        ),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 4·(n_in·n + n·n + n)"),
    ),
)
GRU = _recurrent(
    "GRU",
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Gated recurrent unit: a lighter LSTM with two gates (update and reset) and no separate "
        "cell state. The update gate mixes the old state and a new candidate, so the layer can "
        "keep its memory for many steps.",
    ),
    (
        QT_TRANSLATE_NOOP("Catalog", "h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 3·(n_in·n + n·n + 2·n)  (Keras: two biases)"),
    ),
)


# --------------------------------------------------------------------------- Bidirectional


def _bidirectional_infer(p, inputs):
    shape = _one(inputs)
    need_sequence("Bidirectional", shape)
    units = p["units"]
    one_way = cell_params(p["layer"], shape[1], units)
    width = 2 * units if p["merge_mode"] == "concat" else units
    return LayerResult(_output(shape, width, p["return_sequences"]), 2 * one_way)


def _bidirectional_explain(p, inputs, r):
    steps, features = inputs[0]
    one_way = r.trainable // 2
    merged = (
        f"outputs joined: {p['units']} + {p['units']} = {2 * p['units']}"
        if p["merge_mode"] == "concat"
        else f"outputs combined by '{p['merge_mode']}': {p['units']}"
    )
    return [
        f"two {p['layer']} layers, one reading the {steps} steps forwards, one backwards",
        _formula(p["layer"], features, p["units"], one_way).replace("parameters", "each"),
        f"parameters 2 · {_n(one_way)} = {_n(r.trainable)}",
        merged,
    ]


BIDIRECTIONAL = LayerType(
    name="Bidirectional",
    category="Sequence",
    params=(
        Param("layer", "choice", "LSTM", "the recurrent layer run both ways", choices=tuple(GATES)),
        UNITS,
        RETURN_SEQUENCES,
        Param(
            "merge_mode",
            "choice",
            "concat",
            "how the forward and backward outputs are combined",
            choices=MERGE_MODES,
        ),
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Two recurrent layers side by side: one reads the sequence from the first step to the "
        "last, the other from the last to the first; their outputs are joined. Each step then "
        "knows what comes before and after it. Twice the parameters of one layer.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output = [forward(x) ; backward(x)]"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 2 · parameters of one layer"),
    ),
    infer=_bidirectional_infer,
    explain=_bidirectional_explain,
    summary=lambda p: f"{p['layer']} {p['units']} ×2" + (" · seq" if p["return_sequences"] else ""),
)
