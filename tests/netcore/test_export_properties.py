"""Generated networks with any ids and names export to a script that compiles, gives every
layer its own variable, carries the name only as text, and builds the network LayerLab
analyses (same parameter count), or are refused with LayerLab's own error."""

import ast
import builtins
import keyword

import keras  # noqa: F401 - imported here, not within the first example's deadline
from hypothesis import given
from hypothesis import strategies as st

from netcore.export.keras_script import python_script
from netcore.network.analysis import analyze
from netcore.network.problems import UsageError
from netcore.training.config import TrainConfig
from tests.netcore.helpers import make_spec

TRICKY = sorted(
    set(keyword.kwlist)
    | set(keyword.softkwlist)
    | {"keras", "np", "tf", "layers", "json", "os", "inputs", "x", "step", "SEED", "main"}
    | {"build_model", "load_data", "model", "strategy", "print", "sum", "input", "a-b", "a.b"}
    | {"a_b", "1", "_1", "layer_1", "x_2", "-", ".", "-x", "..", "a" * 100}
    | set(dir(builtins))
)
IDS = st.one_of(
    st.sampled_from(TRICKY),
    st.from_regex(r"[A-Za-z0-9_.\-]{1,12}", fullmatch=True),
    st.text(min_size=1, max_size=12),  # any unicode: refused by LayerLab's own rules
)
NAMES = st.one_of(
    st.text(max_size=60),
    st.sampled_from(['x"""; import os; os.system("id") #', "a\nimport os\n", "\\", "'''"]),
)


def built_in_process(source: str):
    module = {"__name__": "exported_script"}
    exec(compile(source, "exported.py", "exec"), module)  # noqa: S102 - our own output
    return module["build_model"]()


def layer_variables(source: str) -> dict[str, str]:
    """{Keras layer name: the variable build_model assigns its output to}."""
    tree = ast.parse(source)
    build = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "build_model")
    found = {}
    for node in ast.walk(build):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            layer = node.value.func
            names = [k.value for k in getattr(layer, "keywords", []) if k.arg == "name"]
            if names and isinstance(names[0], ast.Constant):
                found[names[0].value] = node.targets[0].id
    return found


@given(
    ids=st.lists(IDS, min_size=2, max_size=4, unique=True),
    units=st.lists(st.integers(1, 3), min_size=4, max_size=4),
    name=NAMES,
)
def test_any_ids_and_names_export_to_the_network_layerlab_analyses(ids, units, name):
    ids = [i for i in ids if i not in ("input", "joined", "out")]
    if len(ids) < 2:
        return
    spec = make_spec(
        [2],
        *[(i, "Dense", {"units": u}, ["input"]) for i, u in zip(ids, units, strict=False)],
        ("joined", "Concatenate", {}, list(ids)),
        ("out", "Dense", {"units": 2, "activation": "softmax"}),
        name=name,
    )
    analysis = analyze(spec)
    try:
        source = python_script(spec, "xor", TrainConfig(epochs=1))
    except UsageError:
        assert analysis.errors  # refused only for the network's own problems
        return
    assert not analysis.errors
    tree = ast.parse(compile(source, "exported.py", "exec", ast.PyCF_ONLY_AST))
    assert tree.body[0].value.value.startswith(f"{name}: trained on ")  # the name is text
    calls = [getattr(n.func, "attr", None) for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert "system" not in calls
    variables = layer_variables(source)
    assert set(variables) == {*ids, "joined", "out"}
    assert len(set(variables.values())) == len(variables)  # one variable per id
    assert built_in_process(source).count_params() == analysis.total_params


@given(ids=st.lists(st.sampled_from(TRICKY), min_size=1, max_size=3, unique=True))
def test_chains_of_any_ids_build_the_same_network(ids):
    chain = [(i, "Dense", {"units": 2}) for i in ids if i not in ("input", "out")]
    spec = make_spec([2], *chain, ("out", "Dense", {"units": 2, "activation": "softmax"}))
    analysis = analyze(spec)
    if analysis.errors:
        return
    source = python_script(spec, "xor", TrainConfig(epochs=1))
    assert built_in_process(source).count_params() == analysis.total_params
