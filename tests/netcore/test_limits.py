"""Networks far past a classroom's are refused before a single weight is allocated."""

import resource

import pytest

from netcore.limits import MAX_BUILD_PARAMETERS, LimitError
from tests.netcore.helpers import make_spec


def test_three_dense_10000_layers_are_refused_with_the_count_and_the_limit():
    from netcore.models.builder import build_model

    spec = make_spec(
        [784],
        ("d1", "Dense", {"units": 10000}),
        ("d2", "Dense", {"units": 10000}),
        ("d3", "Dense", {"units": 10000}),
        ("out", "Dense", {"units": 10, "activation": "softmax"}),
        name="huge",
    )
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(LimitError) as caught:
        build_model(spec)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    message = str(caught.value)
    assert "'huge' has 207,970,010 parameters" in message
    assert f"{MAX_BUILD_PARAMETERS:,}" in message
    assert grown_mb < 300  # 800 MB of weights were never allocated


def test_a_network_under_the_limit_builds():
    from netcore.models.builder import build_model

    spec = make_spec([4], ("out", "Dense", {"units": 2}))
    assert build_model(spec).count_params() == 10
