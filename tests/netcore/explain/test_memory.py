"""An explanation's memory is estimated before it starts: one that would need more than LayerLab's
limit (far above any classroom network) is refused with the figure and the limit — in the
library, and by ``layerlab explain`` (exit 2) — and a `.keras` model whose declared input is
20000×20000×3 is refused without ever allocating it."""

import subprocess
import sys
import textwrap

import numpy as np
import pytest

from netcore.explain import METHODS
from netcore.explain.memory import MAX_EXPLAIN_BYTES, ExplainTooLarge, check_input, readable
from netcore.explain.saliency import Explainer, ExplainError
from netcore.limits import LimitError

pytestmark = pytest.mark.slow

HUGE = (20000, 20000, 3)


@pytest.fixture(scope="module")
def lenet():
    from netcore.digits.classifier import bundled_classifier

    return Explainer(bundled_classifier().model)


def huge_model(keras):
    """A few hundred parameters, but a declared input of 1.2 billion numbers."""
    inputs = keras.Input(HUGE)
    maps = keras.layers.Conv2D(2, 3, activation="relu", name="conv")(inputs)
    pooled = keras.layers.GlobalAveragePooling2D()(maps)
    return keras.Model(inputs, keras.layers.Dense(10, activation="softmax")(pooled))


def test_a_classroom_network_is_far_below_the_limit(lenet):
    needs = {method: lenet.memory_needed(method) for method in METHODS}
    assert all(0 < n < 20 * 2**20 for n in needs.values()), needs  # LeNet: megabytes at most
    assert needs["smoothgrad"] > needs["saliency"]  # 24 noisy copies at once
    assert 100 * max(needs.values()) <= MAX_EXPLAIN_BYTES
    for method in METHODS:
        lenet.check(method)  # no error


def test_a_huge_input_is_refused_with_the_figure_and_the_limit(keras_seeded):
    explainer = Explainer(huge_model(keras_seeded))  # symbolic: nothing of that size exists
    for method in METHODS:
        needed = explainer.memory_needed(method)
        assert needed > 10 * 2**30, (method, readable(needed))
        with pytest.raises(ExplainTooLarge) as caught:
            explainer.check(method)
        text = str(caught.value)
        assert f"explaining with {method} needs about {readable(needed)}" in text
        assert "20000×20000×3" in text and "the limit is 2.0 GB" in text
        assert isinstance(caught.value, ExplainError) and isinstance(caught.value, LimitError)
    with pytest.raises(ExplainTooLarge, match="a 20000×20000×3 input"):
        check_input(HUGE)
    check_input((28, 28, 1))  # no error
    with pytest.raises(ExplainTooLarge, match="the limit is 2.0 GB"):
        # explain() itself checks before it looks at the input
        explainer.explain(np.zeros((1, 1, 3), np.float32), "saliency")


def test_smoothgrad_and_occlusion_in_pieces_give_the_same_maps(lenet, monkeypatch):
    """Large batches are cut into pieces that fit a working budget: same map, less memory."""
    from netcore.explain import memory

    x = np.zeros((28, 28, 1), np.float32)
    x[6:22, 12:16] = 1.0
    whole = {m: lenet.explain(x, m).heatmap for m in ("smoothgrad", "occlusion")}
    monkeypatch.setattr(memory, "WORKING_BYTES", 1)  # one example at a time
    for method, heat in whole.items():
        np.testing.assert_allclose(lenet.explain(x, method).heatmap, heat, atol=1e-5)


def test_cli_refuses_huge_keras_models_without_allocating_them(tmp_path, keras_seeded):
    """20000×20000×3 (refused as it opens, or as it is explained) and 3000×3000×3 with 20
    maps (which opens: one example is under 1 GB, but a gradient keeps it three times): exit 2,
    the figure and the limit, and the process never grows past TensorFlow's own size."""
    from PIL import Image, ImageDraw

    for side, filters in ((20000, 2), (3000, 20)):
        inputs = keras_seeded.Input((side, side, 3))
        maps = keras_seeded.layers.Conv2D(filters, 3, activation="relu")(inputs)
        pooled = keras_seeded.layers.GlobalAveragePooling2D()(maps)
        outputs = keras_seeded.layers.Dense(10, activation="softmax")(pooled)
        keras_seeded.Model(inputs, outputs).save(tmp_path / f"side{side}.keras")
    image = Image.new("L", (100, 100), 0)
    ImageDraw.Draw(image).line([(50, 10), (50, 90)], fill=255, width=8)
    image.save(tmp_path / "one.png")
    runs = [(side, m) for side in (20000, 3000) for m in METHODS]
    script = textwrap.dedent(
        f"""
        import resource, sys
        limit = 6 * 2**30  # address space: a run that allocated the input would fail here
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        from netcore.cli.main import main
        codes = []
        for side, method in {runs!r}:
            model = {str(tmp_path)!r} + f"/side{{side}}.keras"
            codes.append(main(["explain", model, {str(tmp_path / "one.png")!r}, "--method", method]))
        print("codes", codes)
        hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0]
        print("peak_kb", int(hwm.split()[1]))
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    # the child's own high-water mark: ru_maxrss survives the exec, so a child of a worker
    # that earlier tests made large would report the worker's peak
    peak_mb = int(run.stdout.split("peak_kb")[-1].split()[0]) / 1024
    assert f"codes {[2] * len(runs)}" in run.stdout, run.stderr[-2000:]
    lines = [line for line in run.stderr.splitlines() if line.startswith("layerlab:")]
    assert len(lines) == len(runs), lines
    for (side, method), line in zip(runs, lines, strict=True):
        assert " GB" in line and ("limit" in line or "at most" in line), line
        if side == 3000:  # opens; its explanation is what does not fit
            assert f"explaining with {method} needs about" in line, line
            assert "3000×3000×3" in line and "the limit is 2.0 GB" in line, line
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr
    assert peak_mb < 2048  # TensorFlow itself, not the input
