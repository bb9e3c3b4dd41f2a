"""Looking inside networks that read sequences: a recurrent layer's state at every time step
(and an LSTM's or GRU's gates), each attention head's map (which token looks at which), and the
attention rollout back to the input tokens.

The recurrent layer is replayed step by step in NumPy from its own weights, with Keras's
equations, so every intermediate value (a gate, the cell state) can be shown; the last state
equals the layer's own output (``tests/netcore/explain/test_sequences.py``). Attention maps are
Keras's own scores (``return_attention_scores``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from netcore.explain.errors import ExplainError
from netcore.models import tfruntime

RECURRENT = ("SimpleRNN", "LSTM", "GRU")
#: Keras's gate order inside a recurrent layer's weight matrices.
GATE_NAMES = {
    "LSTM": ("input", "forget", "candidate", "output"),
    "GRU": ("update", "reset", "candidate"),
}


@dataclass
class RecurrentTrace:
    """One input sequence through one recurrent layer, step by step.

    Attributes:
        kind: "SimpleRNN", "LSTM" or "GRU".
        inputs: What the layer read, (time steps, features).
        states: The state h_t after each step, (time steps, units).
        gates: Each gate's values per step, (time steps, units), by name (LSTM, GRU).
        cells: An LSTM's cell state c_t per step (None for the others).
    """

    kind: str
    inputs: np.ndarray
    states: np.ndarray
    gates: dict[str, np.ndarray] = field(default_factory=dict)
    cells: np.ndarray | None = None


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


_ACTIVATIONS = {
    "tanh": np.tanh,
    "relu": lambda z: np.maximum(z, 0.0),
    "sigmoid": _sigmoid,
    "linear": lambda z: z,
}


def _input_of(model, analysis, layer_id: str, x: np.ndarray, position: int = 0) -> np.ndarray:
    """What layer ``layer_id`` receives on its ``position``-th input for inputs ``x``."""
    keras = tfruntime.keras()
    source = analysis.layers[layer_id].inputs[position]
    tensor = model.inputs[0] if source not in analysis.layers else model.get_layer(source).output
    probe = keras.Model(model.inputs[0], tensor)
    return np.asarray(probe(x, training=False))


def recurrent_trace(model, analysis, layer_id: str, x: np.ndarray) -> RecurrentTrace:
    """Replay one recurrent layer on one input (``x`` without the batch axis).

    Raises:
        ExplainError: the layer is not a SimpleRNN, LSTM or GRU.
    """
    info = analysis.layers.get(layer_id)
    if info is None or info.type not in RECURRENT:
        raise ExplainError(
            f"'{layer_id}' is not a recurrent layer; choose a SimpleRNN, LSTM or GRU layer"
        )
    kind = info.type
    seq = _input_of(model, analysis, layer_id, np.asarray(x, np.float32)[None])[0]
    layer = model.get_layer(layer_id)
    arrays = [np.asarray(w, np.float64) for w in layer.get_weights()]
    kernel, recurrent = arrays[0], arrays[1]
    units = recurrent.shape[0]
    if len(arrays) > 2:
        bias = arrays[2]
    else:
        bias = np.zeros((2, 3 * units) if kind == "GRU" else kernel.shape[1])
    steps = len(seq)
    h = np.zeros(units)
    states = np.zeros((steps, units))
    if kind == "SimpleRNN":
        act = _ACTIVATIONS.get(layer.get_config().get("activation"), np.tanh)
        for t in range(steps):
            h = act(seq[t] @ kernel + h @ recurrent + bias)
            states[t] = h
        return RecurrentTrace(kind, seq, states)
    names = GATE_NAMES[kind]
    gates = {name: np.zeros((steps, units)) for name in names}
    if kind == "LSTM":
        c = np.zeros(units)
        cells = np.zeros((steps, units))
        for t in range(steps):
            z = seq[t] @ kernel + h @ recurrent + bias
            i, f = _sigmoid(z[:units]), _sigmoid(z[units : 2 * units])
            g, o = np.tanh(z[2 * units : 3 * units]), _sigmoid(z[3 * units :])
            c = f * c + i * g
            h = o * np.tanh(c)
            for name, value in zip(names, (i, f, g, o), strict=True):
                gates[name][t] = value
            states[t], cells[t] = h, c
        return RecurrentTrace(kind, seq, states, gates, cells)
    bias = bias.reshape(2, -1) if bias.ndim == 1 else bias
    for t in range(steps):  # Keras's GRU: reset_after=True, two biases
        xz = seq[t] @ kernel + bias[0]
        hz = h @ recurrent + bias[1]
        z = _sigmoid(xz[:units] + hz[:units])
        r = _sigmoid(xz[units : 2 * units] + hz[units : 2 * units])
        candidate = np.tanh(xz[2 * units :] + r * hz[2 * units :])
        h = z * h + (1 - z) * candidate
        for name, value in zip(names, (z, r, candidate), strict=True):
            gates[name][t] = value
        states[t] = h
    return RecurrentTrace(kind, seq, states, gates)


def attention_maps(model, analysis, layer_id: str, x: np.ndarray) -> np.ndarray:
    """Every head's attention weights for one input: (heads, query tokens, key tokens); each
    row sums to 1 (a softmax over the keys)."""
    info = analysis.layers.get(layer_id)
    if info is None or info.type != "MultiHeadAttention":
        raise ExplainError(f"'{layer_id}' is not an attention layer")
    batch = np.asarray(x, np.float32)[None]
    inputs = [_input_of(model, analysis, layer_id, batch, k) for k in range(len(info.inputs))]
    query = inputs[0]
    value = inputs[1] if len(inputs) > 1 else query
    key = inputs[2] if len(inputs) > 2 else None
    layer = model.get_layer(layer_id)
    _, scores = layer(query, value, key=key, return_attention_scores=True, training=False)
    return np.asarray(scores)[0]


def attention_rollout(model, analysis, x: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """How much each input token contributes to the output, through every self-attention layer
    in order (attention rollout: each layer's head-averaged map, mixed half-and-half with the
    identity for the shortcut around it, multiplied through).

    Returns:
        The weights of the first attention layer's input tokens (summing to 1), and the attention
        layers used. With a ClassToken, what the class token gathers (its own slot dropped);
        otherwise the average over all tokens (as global average pooling reads them).

    Raises:
        ExplainError: no self-attention layer, or layers over different token counts.
    """
    layers = [
        i
        for i in analysis.order
        if i in analysis.layers
        and analysis.layers[i].type == "MultiHeadAttention"
        and len(analysis.layers[i].inputs) == 1
    ]
    if not layers:
        raise ExplainError("the network has no self-attention layer to follow")
    rollout = None
    for layer_id in layers:
        heads = attention_maps(model, analysis, layer_id, x).mean(axis=0)
        mixed = 0.5 * heads + 0.5 * np.eye(len(heads))
        mixed /= mixed.sum(axis=1, keepdims=True)
        if rollout is not None and rollout.shape != mixed.shape:
            raise ExplainError(
                f"'{layer_id}' attends over {len(mixed)} tokens and the layer before over "
                f"{len(rollout)}; the rollout needs the same tokens throughout"
            )
        rollout = mixed if rollout is None else mixed @ rollout
    has_token = any(info.type == "ClassToken" for info in analysis.layers.values())
    weights = rollout[0, 1:] if has_token else rollout.mean(axis=0)
    return weights / weights.sum(), layers
