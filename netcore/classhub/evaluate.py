"""A handed-in model scored in a process of its own: ``python -m netcore.classhub.evaluate
MODEL TEST_NPZ MAX_PARAMS`` prints one JSON line, ``{"accuracy": …, "params": …}`` or
``{"error": "…"}``.

The hub starts it with limits on time and memory (``challenge.evaluate``): a model made to hang,
to exhaust memory or to crash costs this process, never the hub. The model is loaded in Keras
safe mode after its zip and its architecture were measured (``load_keras_model``); the test
data is the hub's own, never the student's.
"""

from __future__ import annotations

import json
import sys

#: Examples per forward pass (a 10,000-image MNIST test set in 40 passes).
BATCH = 256


def over_budget(params: int, max_params: int) -> str:
    """Why a model with ``params`` parameters does not take part ("" when it does)."""
    if params <= max_params:
        return ""
    return f"the model has {params:,} parameters; this challenge allows at most {max_params:,}"


def score(model_path: str, test_path: str, max_params: int) -> dict:
    import numpy as np

    from netcore.models.kerasfile import ModelError, load_keras_model
    from netcore.zipcheck import read_npz

    data = read_npz(test_path, "the test data")
    x, y = data["x_test"], data["y_test"]
    try:
        model = load_keras_model(model_path)
    except ModelError as exc:
        return {"error": str(exc).replace(model_path, "the model")}
    params = int(model.count_params())
    problem = over_budget(params, max_params)
    if problem:
        return {"error": problem, "params": params}
    expected = tuple(x.shape[1:])
    got = tuple(model.input_shape[1:]) if not isinstance(model.input_shape, list) else None
    if got is None or any(g is not None and g != e for g, e in zip(got, expected, strict=False)):
        return {
            "error": f"the model takes inputs of shape {got}; this challenge's data is {expected}",
            "params": params,
        }
    right = 0
    for start in range(0, len(x), BATCH):
        out = np.asarray(model(x[start : start + BATCH], training=False))
        if out.ndim != 2 or out.shape[1] < 2:
            return {
                "error": f"the model's output has shape {out.shape[1:]}; a classifier's "
                "output is one score per class",
                "params": params,
            }
        right += int(np.sum(np.argmax(out, axis=1) == y[start : start + BATCH].reshape(-1)))
    return {"accuracy": right / max(len(x), 1), "params": params}


def main(argv: list[str]) -> int:
    try:
        result = score(argv[0], argv[1], int(argv[2]))
    except Exception as exc:  # noqa: BLE001 - any failure is the model's, reported as such
        result = {"error": f"the model could not be evaluated ({type(exc).__name__}: {exc})"}
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
