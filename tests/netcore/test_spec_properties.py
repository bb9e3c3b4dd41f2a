"""Generated hostile network files (Hypothesis): valid networks with mutations — wrong types
anywhere, random ids (unicode, '-', '.'), NaN, Infinity, numbers of thousands of digits, deep
nesting — either load or are refused with LayerLab's own SpecError and a message naming the
file; a loaded one is analysed (never raising), described and saved again.
"""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from netcore.network.analysis import analyze
from netcore.network.catalog import CATALOG
from netcore.network.problems import SpecError
from netcore.network.spec import _TOP_KEYS, NetworkSpec, load
from tests.netcore.test_shapes_properties import small_specs

#: Text JSON may hold but ``json.dumps`` will not write: spliced in where a value goes.
RAW = st.one_of(
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "-1e999", "1e-400", '"\\ud800"']),
    st.integers(30, 6000).map(lambda n: "9" * n),
    st.integers(1, 5000).map(lambda n: "[" * n + "]" * n),
    st.integers(1, 3000).map(lambda n: '{"a": ' * n + "0" + "}" * n),
)
IDS = st.text(
    alphabet=st.sampled_from("ab-._9é ü/:\u0000\u202e😀\ud800"), min_size=0, max_size=12
) | st.sampled_from(["-", "-a", ".", "..", "input", "a" * 101, "\udfff"])
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    IDS,
    st.lists(st.integers(-3, 5), max_size=4),
    st.lists(st.text(max_size=3), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(-2, 2), max_size=3),
    st.lists(st.lists(st.integers(0, 3), max_size=3), max_size=3),
    RAW.map(lambda raw: _Raw(raw)),
)
TOP_KEYS = (*_TOP_KEYS, "unknown")
LAYER_KEYS = (
    "id",
    "type",
    "inputs",
    "units",
    "kernel_size",
    "strides",
    "padding",
    "pool_size",
    "rate",
    "target_shape",
    "axis",
    "activation",
    "kernel_regularizer",
    "use_bias",
    "filters",
    "layer",
    "negative_slope",
    "alpha",
    "size",
    "interpolation",
    "depth_multiplier",
    "keepdims",
    "center",
    "momentum",
    "epsilon",
    "kernel_initializer",
    "weird",
)


class _Raw:
    def __init__(self, text: str):
        self.text = text


@st.composite
def hostile_texts(draw) -> str:
    """A generated network's JSON text with one to three values replaced."""
    data = draw(small_specs())
    data["layout"] = {"input": [0, 0]}
    raws: list[str] = []

    def put(value):
        if isinstance(value, _Raw):
            raws.append(value.text)
            return f"\u0000RAW{len(raws) - 1}\u0000"
        return value

    for _ in range(draw(st.integers(1, 3))):
        where = draw(
            st.sampled_from(["top", "layer", "field", "field", "shape", "id", "inputs", "type"])
        )
        value = put(draw(VALUES))
        layers = data.get("layers")
        if where == "top" or not isinstance(layers, list) or not layers:
            data[draw(st.sampled_from(TOP_KEYS))] = value
            continue
        n = draw(st.integers(0, len(layers) - 1))
        if where == "layer":
            layers[n] = value
        elif not isinstance(layers[n], dict):
            continue
        elif where == "field":
            layers[n][draw(st.sampled_from(LAYER_KEYS))] = value
        elif where == "type":  # every type of the catalog meets hostile parameters
            layers[n]["type"] = draw(st.sampled_from(sorted(CATALOG)))
        elif where == "id":
            layers[n]["id"] = draw(IDS)
        elif where == "inputs":
            layers[n]["inputs"] = [value, "input"]
        elif isinstance(data.get("input_shape"), list) and data["input_shape"]:
            data["input_shape"][0] = value
    text = json.dumps(data, allow_nan=True)
    for n, raw in enumerate(raws):
        text = text.replace(json.dumps(f"\u0000RAW{n}\u0000"), raw)
    return text


@given(hostile_texts())
def test_properties_a_hostile_network_file_loads_or_is_refused_with_a_message(tmp_path, text):
    path = tmp_path / "generated.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        spec = load(path)
    except SpecError as exc:
        lines = str(exc).splitlines()
        assert lines and all(str(path) in line for line in lines), str(exc)
        return
    analysis = analyze(spec)  # never raises: every problem is collected
    for problem in analysis.problems:  # one line each, as the CLI and the Problems list show
        assert str(problem) and "\n" not in str(problem) and "\r" not in str(problem)
    for info in analysis.layers.values():
        info.explain()
        info.summary()
    # what loaded can be saved and read again
    again = NetworkSpec.from_dict(json.loads(spec.to_json()), "again")
    assert again.ids() == spec.ids()
    spec.to_json().encode("utf-8")
