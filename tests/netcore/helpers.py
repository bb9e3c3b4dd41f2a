"""Small builders for specs in tests."""

from netcore.network.spec import LayerSpec, NetworkSpec


def make_spec(input_shape, *layers, name="test", output=None):
    """make_spec([28, 28, 1], ("c1", "Conv2D", {"filters": 4, "kernel_size": 3}), ...)

    A layer tuple may carry a fourth item: its explicit inputs.
    """
    specs = []
    for item in layers:
        layer_id, layer_type, params = item[:3]
        inputs = item[3] if len(item) > 3 else None
        specs.append(LayerSpec(layer_id, layer_type, dict(params), inputs))
    return NetworkSpec(name=name, input_shape=list(input_shape), layers=specs, output=output)
