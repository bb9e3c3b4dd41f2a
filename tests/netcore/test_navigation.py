"""Arrow keys between layers: down follows the data, up goes back, left/right between
branches side by side."""

import pytest

from netcore.network.navigation import neighbour
from netcore.network.spec import NetworkSpec, load
from netcore.resources import preset_paths


def inception():
    return NetworkSpec.from_dict(
        {
            "format": "layerlab-network",
            "version": 1,
            "input_shape": [8, 8, 1],
            "layers": [
                {"id": "stem", "type": "Conv2D", "filters": 4, "kernel_size": 3, "padding": "same"},
                {"id": "a", "type": "Conv2D", "filters": 2, "kernel_size": 1, "inputs": ["stem"]},
                {"id": "b", "type": "Conv2D", "filters": 2, "kernel_size": 3, "padding": "same", "inputs": ["stem"]},
                {"id": "c", "type": "MaxPooling2D", "pool_size": 3, "strides": 1, "padding": "same", "inputs": ["stem"]},
                {"id": "cat", "type": "Concatenate", "inputs": ["a", "b", "c"]},
            ],
        }
    )  # fmt: skip


def test_down_and_up_follow_a_chain_to_its_ends():
    spec = load(preset_paths()["lenet5"])
    ids = [layer.id for layer in spec.layers]
    here, walked = None, []
    here = neighbour(spec, here, "down")
    while here is not None:
        walked.append(here)
        here = neighbour(spec, here, "down")
    assert walked == ids
    assert neighbour(spec, ids[3], "up") == ids[2]
    assert neighbour(spec, ids[0], "up") == "input"
    assert neighbour(spec, "input", "up") is None
    assert neighbour(spec, "input", "down") == ids[0]


def test_left_and_right_step_between_the_branches_in_their_places_on_the_canvas():
    spec = inception()
    positions = {"a": (300.0, 100.0), "b": (100.0, 100.0), "c": (200.0, 100.0)}
    assert neighbour(spec, "stem", "down", positions) == "b"  # the leftmost branch
    assert neighbour(spec, "b", "right", positions) == "c"
    assert neighbour(spec, "c", "right", positions) == "a"
    assert neighbour(spec, "a", "right", positions) is None
    assert neighbour(spec, "a", "left", positions) == "c"
    assert neighbour(spec, "cat", "left", positions) is None
    assert neighbour(spec, "cat", "up") == "a"


def test_nothing_selected_starts_at_the_first_layer_and_a_bad_direction_is_refused():
    spec = inception()
    assert neighbour(spec, None, "right") == "stem"
    assert neighbour(spec, "gone", "down") == "stem"
    assert (
        neighbour(
            NetworkSpec.from_dict(
                {"format": "layerlab-network", "version": 1, "input_shape": [2], "layers": []}
            ),
            None,
            "down",
        )
        is None
    )
    with pytest.raises(ValueError, match="direction must be one of up, down"):
        neighbour(spec, "a", "sideways")
