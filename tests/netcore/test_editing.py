"""Editing operations: what drag-and-drop, connect, delete and property edits do to a spec."""

import pytest

from netcore.network.analysis import analyze
from netcore.network.editing import (
    EditError,
    add_layer,
    add_maxout,
    canonical,
    connect,
    delete_layers,
    disconnect,
    explicit_inputs,
    insert_on_edge,
    rename_layer,
    set_param,
)
from netcore.network.spec import NetworkSpec, load
from netcore.resources import preset_paths


def chain():
    spec = NetworkSpec(name="t", input_shape=[28, 28, 1])
    add_layer(spec, "Conv2D", params={"filters": 4, "kernel_size": 3})
    add_layer(spec, "MaxPooling2D")
    add_layer(spec, "Flatten")
    add_layer(spec, "Dense", params={"units": 10, "activation": "softmax"})
    return spec


def test_appending_builds_a_chain_with_implicit_inputs():
    spec = chain()
    assert spec.ids() == ["conv1", "pool1", "flat1", "dense1"]
    assert all(layer.inputs is None for layer in spec.layers)
    assert analyze(spec).ok


def test_add_after_a_middle_layer_inserts_it_there():
    spec = chain()
    new = add_layer(spec, "Dropout", after="pool1")
    assert spec.ids() == ["conv1", "pool1", new, "flat1", "dense1"]
    assert explicit_inputs(spec)["flat1"] == [new]


def test_unconnected_layer_reports_no_input():
    spec = chain()
    lonely = add_layer(spec, "Dense", params={"units": 3}, connect=False)
    assert spec.layer(lonely).inputs == []
    assert any("has no input" in str(p) for p in analyze(spec).problems)


def test_insert_on_edge():
    spec = chain()
    new = insert_on_edge(spec, "conv1", "pool1", "BatchNormalization")
    assert explicit_inputs(spec)["pool1"] == [new]
    assert explicit_inputs(spec)[new] == ["conv1"]
    with pytest.raises(EditError):
        insert_on_edge(spec, "conv1", "dense1", "Dropout")


def test_skip_connection_with_add_and_its_order():
    spec = NetworkSpec(input_shape=[8, 8, 4])
    a = add_layer(spec, "Conv2D", params={"filters": 4, "kernel_size": 3, "padding": "same"})
    b = add_layer(spec, "Conv2D", params={"filters": 4, "kernel_size": 3, "padding": "same"})
    merge = add_layer(spec, "Add")  # fed by b
    connect(spec, a, merge)  # the skip
    assert explicit_inputs(spec)[merge] == [b, a]
    assert analyze(spec).ok
    disconnect(spec, a, merge)
    assert explicit_inputs(spec)[merge] == [b]


def test_cycle_is_refused_with_a_message():
    spec = chain()
    with pytest.raises(
        EditError, match="connecting dense1 → conv1 would make a cycle: conv1 already feeds dense1"
    ):
        connect(spec, "dense1", "conv1")
    with pytest.raises(EditError, match="cycle"):
        connect(spec, "pool1", "pool1")


def test_connect_replaces_the_input_of_a_one_input_layer():
    spec = chain()
    connect(spec, "conv1", "flat1")
    assert explicit_inputs(spec)["flat1"] == ["conv1"]
    # pool1 is now unused: reported
    assert any(p.layer_id == "pool1" for p in analyze(spec).problems)


def test_delete_keeps_the_chain_whole():
    spec = chain()
    delete_layers(spec, ["pool1"])
    assert spec.ids() == ["conv1", "flat1", "dense1"]
    assert explicit_inputs(spec)["flat1"] == ["conv1"]
    assert analyze(spec).ok


def test_set_param_keeps_defaults_implicit():
    spec = chain()
    set_param(spec, "conv1", "padding", "same")
    assert spec.layer("conv1").params["padding"] == "same"
    set_param(spec, "conv1", "padding", "valid")
    assert "padding" not in spec.layer("conv1").params
    set_param(spec, "conv1", "kernel_size", (5, 5))
    assert spec.layer("conv1").params["kernel_size"] == [5, 5]
    with pytest.raises(EditError, match="Conv2D has no parameter 'units'"):
        set_param(spec, "conv1", "units", 3)


def test_rename_updates_references():
    spec = load(preset_paths()["resnet-small"])
    rename_layer(spec, "b1_out", "block1")
    assert "block1" in explicit_inputs(spec)["b2_shortcut"]
    assert analyze(spec).ok
    with pytest.raises(EditError, match="taken or reserved"):
        rename_layer(spec, "block1", "input")


def test_canonical_ignores_ids_and_layout():
    preset = load(preset_paths()["lenet5"])
    spec = NetworkSpec(input_shape=[28, 28, 1])
    add_layer(
        spec,
        "Conv2D",
        params={"filters": 6, "kernel_size": 5, "padding": "same", "activation": "relu"},
    )
    add_layer(spec, "MaxPooling2D")
    add_layer(spec, "Conv2D", params={"filters": 16, "kernel_size": [5, 5], "activation": "relu"})
    add_layer(spec, "MaxPooling2D", params={"pool_size": 2})
    add_layer(spec, "Flatten")
    for units, act in ((120, "relu"), (84, "relu"), (10, "softmax")):
        add_layer(spec, "Dense", params={"units": units, "activation": act})
    spec.layout = {"conv1": [1.0, 2.0]}
    assert canonical(spec) == canonical(preset)
    set_param(spec, "dense3", "units", 9)
    assert canonical(spec) != canonical(preset)


def test_fit_output_on_an_image_input_inserts_flatten_so_training_can_start():
    """Walkthrough: perceptron-and with MNIST → "Fit the output layer" gave (28, 28, 10)."""
    from netcore.network.editing import fit_output
    from netcore.training.config import TrainConfig
    from netcore.training.plan import plan_task

    spec = load(preset_paths()["perceptron-and"])
    spec.input_shape = [28, 28, 1]
    fit_output(spec, 10, "classification")
    analysis = analyze(spec)
    assert analysis.ok and analysis.output_shape == (10,)
    assert [layer.type for layer in spec.layers] == ["Flatten", "Dense"]
    plan = plan_task(analysis, (28, 28, 1), "classification", 10, 1, TrainConfig())
    assert plan.loss == "sparse_categorical_crossentropy"
    # fitting again changes nothing (no second Flatten)
    fit_output(spec, 10, "classification")
    assert [layer.type for layer in spec.layers] == ["Flatten", "Dense"]


def test_the_maxout_pattern_is_dense_pieces_joined_by_maximum():
    spec = load(preset_paths()["xor-mlp"])
    merge = add_maxout(spec, after="hidden", units=4, pieces=3)
    inputs = explicit_inputs(spec)
    pieces = inputs[merge]
    assert spec.layer(merge).type == "Maximum" and len(pieces) == 3
    assert all(spec.layer(p).type == "Dense" and inputs[p] == ["hidden"] for p in pieces)
    assert all(spec.layer(p).params["units"] == 4 for p in pieces)
    assert inputs["out"] == [merge]
    analysis = analyze(spec)
    assert not analysis.errors and analysis.layers[merge].output_shape == (4,)
    with pytest.raises(EditError, match="2 to 8 pieces"):
        add_maxout(spec, after="hidden", pieces=1)
