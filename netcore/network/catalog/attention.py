"""Attention and the layers a Transformer needs around it: Embedding (word numbers → vectors),
MultiHeadAttention, PositionEmbedding (where each token is), ClassToken (the Vision
Transformer's extra token) and GlobalAveragePooling1D (the average over a sequence).

A Vision Transformer cuts an image into patches with a Conv2D whose stride equals its kernel
(28×28 → 4×4 patches of 7×7) and a Reshape to (16, features): from then on the image is a
sequence of 16 tokens, and every layer here applies.
"""

from __future__ import annotations

from netcore.i18n import QT_TRANSLATE_NOOP
from netcore.network.catalog.base import LayerResult, LayerType, _n, _one, shape_text
from netcore.network.catalog.recurrent import need_sequence
from netcore.network.params import Param
from netcore.network.problems import LayerProblem

# --------------------------------------------------------------------------- Embedding


def _embedding_infer(p, inputs):
    shape = _one(inputs)
    return LayerResult(tuple(shape) + (p["output_dim"],), p["input_dim"] * p["output_dim"])


EMBEDDING = LayerType(
    name="Embedding",
    category="Sequence",
    params=(
        Param(
            "input_dim",
            "int",
            100,
            "how many different tokens there are (words, symbols): the largest token + 1",
            minimum=1,
            required=True,
        ),
        Param(
            "output_dim",
            "int",
            16,
            "length of the vector each token becomes",
            minimum=1,
            required=True,
        ),
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "A table with one learned vector per token: the input is a sequence of whole numbers "
        "(token 7, token 2, …) and each number is replaced by its row of the table. Tokens used "
        "in similar places end up with similar vectors.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output[t] = E[x_t]"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = tokens · vector length"),
    ),
    infer=_embedding_infer,
    explain=lambda p, i, r: [
        f"parameters {p['input_dim']}·{p['output_dim']} = {_n(r.trainable)}",
        f"output {shape_text(r.output_shape)}: one vector of {p['output_dim']} per input value",
    ],
    summary=lambda p: f"{p['input_dim']} → {p['output_dim']}",
)


# --------------------------------------------------------------------------- attention


def _attention_infer(p, inputs):
    for shape in inputs:
        need_sequence("MultiHeadAttention", shape)
    query = inputs[0]
    value = inputs[1] if len(inputs) > 1 else query
    key = inputs[2] if len(inputs) > 2 else value
    if key[0] != value[0]:
        raise LayerProblem(
            f"key has {key[0]} time steps and value {value[0]}",
            "key and value must have the same number of time steps (wire the same layer, or "
            "layers of equal length)",
        )
    heads, kd = p["num_heads"], p["key_dim"]
    vd = kd  # Keras's value_dim defaults to key_dim; LayerLab keeps them equal
    bias = 1 if p["use_bias"] else 0
    total = (
        (query[1] + bias) * heads * kd
        + (key[1] + bias) * heads * kd
        + (value[1] + bias) * heads * vd
        + heads * vd * query[1]
        + bias * query[1]
    )
    return LayerResult(tuple(query), total)


def _attention_explain(p, inputs, r):
    query = inputs[0]
    value = inputs[1] if len(inputs) > 1 else query
    key = inputs[2] if len(inputs) > 2 else value
    heads, kd = p["num_heads"], p["key_dim"]
    vd = kd
    b = "+1" if p["use_bias"] else ""
    mode = (
        "self-attention: query, key and value are the same input"
        if len(inputs) == 1
        else (
            "query from the first input, key and value from the second"
            if len(inputs) == 2
            else "query, value and key from three inputs"
        )
    )
    return [
        mode,
        f"each of {query[0]} positions attends to {key[0]}: {heads} heads × {query[0]}×{key[0]} "
        "weights, softmax(Q·Kᵀ/√d)",
        f"Q ({query[1]}{b})·{heads}·{kd} + K ({key[1]}{b})·{heads}·{kd} + "
        f"V ({value[1]}{b})·{heads}·{vd} + out {heads}·{vd}·{query[1]}"
        + (f" + {query[1]}" if p["use_bias"] else "")
        + f" = {_n(r.trainable)}",
    ]


MULTI_HEAD_ATTENTION = LayerType(
    name="MultiHeadAttention",
    category="Sequence",
    params=(
        Param(
            "num_heads",
            "int",
            2,
            "how many attention heads look in parallel",
            minimum=1,
            required=True,
        ),
        Param(
            "key_dim",
            "int",
            16,
            "length of each head's query and key vectors",
            minimum=1,
            required=True,
        ),
        Param(
            "dropout",
            "float",
            0.0,
            "fraction of attention weights dropped in training",
            minimum=0.0,
            maximum=1.0,
            exclusive_max=True,
        ),
        Param("use_bias", "bool", True, "add learned biases to the projections"),
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Every position of a sequence looks at every other one and takes a weighted average of "
        "their values; the weights come from how well its query matches their keys "
        "(softmax(Q·Kᵀ/√d)). Several heads do this in parallel with their own projections. "
        "Wired to one input it is self-attention; wired to two, the first gives the queries and "
        "the second the keys and values. The output has the query's shape.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "Attention(Q, K, V) = softmax(Q·Kᵀ/√d_k)·V"),
        QT_TRANSLATE_NOOP(
            "Catalog", "parameters = 3 projections (n_in+1)·h·d + output h·d·n_in + n_in"
        ),
    ),
    infer=_attention_infer,
    explain=_attention_explain,
    summary=lambda p: f"{p['num_heads']} heads · {p['key_dim']}",
    min_inputs=1,
    max_inputs=3,
)


# --------------------------------------------------------------------------- positions, tokens


def _position_infer(p, inputs):
    shape = _one(inputs)
    need_sequence("PositionEmbedding", shape)
    return LayerResult(tuple(shape), shape[0] * shape[1])


POSITION_EMBEDDING = LayerType(
    name="PositionEmbedding",
    category="Sequence",
    params=(),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Attention by itself does not know the order of the tokens: shuffle them and every "
        "output is shuffled the same way. This layer adds a learned vector for each position "
        "(first token, second token, …) to the input, so where a token is becomes part of what "
        "it is.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output[t] = x[t] + P[t]"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = time steps · features"),
    ),
    infer=_position_infer,
    explain=lambda p, i, r: [
        f"parameters {i[0][0]}·{i[0][1]} = {_n(r.trainable)} (one vector per position)"
    ],
    summary=lambda p: "",
)


def _class_token_infer(p, inputs):
    shape = _one(inputs)
    need_sequence("ClassToken", shape)
    return LayerResult((shape[0] + 1, shape[1]), shape[1])


CLASS_TOKEN = LayerType(
    name="ClassToken",
    category="Sequence",
    params=(),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Puts one learned extra token in front of the sequence. Through attention it gathers "
        "information from every patch; the Vision Transformer classifies from this token alone "
        "(a GlobalAveragePooling1D over all tokens does the same job more simply).",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output = [c ; x_1 ; … ; x_T]"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = features"),
    ),
    infer=_class_token_infer,
    explain=lambda p, i, r: [
        f"output {shape_text(r.output_shape)}: {i[0][0]} + 1 tokens",
        f"parameters {_n(r.trainable)} (the token's vector)",
    ],
    summary=lambda p: "",
)


def _gap1d_infer(p, inputs):
    shape = _one(inputs)
    need_sequence("GlobalAveragePooling1D", shape)
    return LayerResult((shape[1],))


GLOBALAVG1D = LayerType(
    name="GlobalAveragePooling1D",
    category="Sequence",
    params=(),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "The average of a sequence over its time steps: (T, features) becomes (features,). After "
        "attention it summarises every token in one vector for a classifier.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "output = (1/T) Σ_t x[t]"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=_gap1d_infer,
    explain=lambda p, i, r: [f"output ({i[0][1]},): the mean of {i[0][0]} steps", "parameters 0"],
    summary=lambda p: "",
)
