"""The sequence views' questions to an ``Inspector``: the recurrent and attention layers it has,
one input's states and gates over time, each head's attention map, the rollout to the input.
The answers are NumPy arrays and plain records (``netcore.explain.sequences``): the window never
touches the model."""

from __future__ import annotations

import numpy as np

from netcore.explain.errors import ExplainError
from netcore.explain.sequences import (
    RECURRENT,
    RecurrentTrace,
    attention_maps,
    attention_rollout,
    recurrent_trace,
)
from netcore.introspection.inspector import InspectError, Inspector


def recurrent_layers(inspector: Inspector) -> list[str]:
    """The SimpleRNN, LSTM and GRU layers, in the network's order."""
    layers = inspector.analysis.layers
    return [i for i in inspector.layer_ids if layers[i].type in RECURRENT]


def attention_layers(inspector: Inspector) -> list[str]:
    layers = inspector.analysis.layers
    return [i for i in inspector.layer_ids if layers[i].type == "MultiHeadAttention"]


def hidden_states(inspector: Inspector, layer_id: str, x: np.ndarray) -> RecurrentTrace:
    """One input (without the batch axis) through one recurrent layer, step by step."""
    try:
        return recurrent_trace(inspector.model, inspector.analysis, layer_id, x)
    except ExplainError as exc:
        raise InspectError(str(exc)) from None


def attention(inspector: Inspector, layer_id: str, x: np.ndarray) -> np.ndarray:
    """(heads, query tokens, key tokens) for one input."""
    try:
        return attention_maps(inspector.model, inspector.analysis, layer_id, x)
    except ExplainError as exc:
        raise InspectError(str(exc)) from None


def rollout(inspector: Inspector, x: np.ndarray) -> np.ndarray:
    """Each input token's share of what reaches the output (sums to 1)."""
    try:
        return attention_rollout(inspector.model, inspector.analysis, x)[0]
    except ExplainError as exc:
        raise InspectError(str(exc)) from None
