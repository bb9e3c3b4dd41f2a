"""``layerlab explain MODEL.keras|--bundled IMAGE --method saliency|smoothgrad|gradcam|occlusion
[--class K] [--layer NAME] [--out HEAT.png] [--json]``: where in the (preprocessed) image the
model's answer comes from."""

from __future__ import annotations

import argparse
import json

from netcore.network.problems import UsageError


def register(sub) -> None:
    from netcore.explain import METHODS

    p = sub.add_parser(
        "explain",
        help="a heat map of why a model gives its answer for an image",
        description=(
            "Explain the model's answer for IMAGE (prepared like MNIST for 28×28×1 models): "
            "gradient saliency, SmoothGrad, Grad-CAM of a conv layer, or occlusion."
        ),
    )
    p.add_argument("inputs", nargs="+", metavar="MODEL.keras IMAGE")
    p.add_argument("--bundled", action="store_true", help="use the bundled MNIST LeNet-5")
    p.add_argument("--method", choices=METHODS, default="saliency")
    p.add_argument(
        "--class", dest="target", type=int, help="the class to explain (default: the answer)"
    )
    p.add_argument("--layer", help="Grad-CAM: the conv layer (default: the last one)")
    p.add_argument("--out", help="write the heat map over the input as a PNG")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_explain)


def cmd_explain(args: argparse.Namespace) -> int:
    from netcore.digits.classifier import bundled_classifier
    from netcore.digits.preprocessing import PreprocessError, for_network, read_grey
    from netcore.explain.saliency import Explainer, ExplainError
    from netcore.models.kerasfile import ModelError, load_keras_model

    inputs = list(args.inputs)
    if args.bundled:
        if len(inputs) != 1:
            raise UsageError("give one image: layerlab explain --bundled IMAGE --method …")
        model_path, image = None, inputs[0]
    else:
        if len(inputs) != 2 or not inputs[0].lower().endswith((".keras", ".h5", ".hdf5")):
            raise UsageError(
                "give a model and one image: layerlab explain MODEL.keras IMAGE --method …, "
                "or layerlab explain --bundled IMAGE"
            )
        model_path, image = inputs
    if args.out:
        _check_out(args.out)
    try:
        grey = read_grey(image)
    except PreprocessError as exc:
        raise UsageError(str(exc)) from None
    try:
        model = bundled_classifier().model if args.bundled else load_keras_model(model_path)
        explainer = Explainer(model)
        explainer.check(args.method)  # before the picture is prepared at the model's size
        x = for_network(grey, explainer.input_shape)
        if x is None:
            raise UsageError(f"{image}: the image is blank (no strokes found); nothing to explain")
        result = explainer.explain(x, args.method, args.target, args.layer)
    except (ModelError, ExplainError, PreprocessError) as exc:
        raise UsageError(f"{image}: {exc}") from None
    if args.out:
        _write_png(x, result.heatmap, args.out)
    if args.json:
        print(json.dumps(result.to_dict()))
        return 0
    top = result.probabilities
    print(
        f"{image}: predicted {result.predicted} ({top[result.predicted] * 100:.1f} %), "
        f"explaining class {result.target} with {result.method}"
        + (f" at layer {result.layer} {tuple(result.layer_map.shape)}" if result.layer else "")
    )
    if result.note:
        print(f"  ({result.note})")
    rows = result.heatmap
    shades = " .:-=+*#%@"
    for row in rows:
        print("  " + "".join(shades[min(int(v * 10), 9)] for v in row))
    if args.out:
        print(f"heat map written to {args.out}")
    return 0


def _check_out(path: str) -> None:
    """Refuse an ``--out`` that is a folder or a device (or a link to one) before any work:
    the explanation can take seconds, and a save must never replace what the user has there."""
    from netcore.fileio import UnreadableFileError, writable_target

    try:
        writable_target(path)
    except UnreadableFileError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None


def _write_png(x, heat, path: str) -> None:
    """The input in grey with the heat map over it in red-yellow, 10× enlarged."""
    import numpy as np
    from PIL import Image

    from netcore.fileio import atomic_path

    grey = np.asarray(x, dtype=np.float32)
    grey = grey.mean(axis=-1) if grey.ndim == 3 else grey
    grey = (grey - grey.min()) / max(float(grey.max() - grey.min()), 1e-9)
    rgb = np.stack([grey] * 3, axis=-1) * 0.6
    rgb[..., 0] = np.clip(rgb[..., 0] + heat, 0, 1)
    rgb[..., 1] = np.clip(rgb[..., 1] + heat * heat * 0.8, 0, 1)
    image = Image.fromarray((rgb * 255).astype(np.uint8)).resize(
        (grey.shape[1] * 10, grey.shape[0] * 10), Image.Resampling.NEAREST
    )
    try:
        with atomic_path(path) as tmp:
            image.save(tmp, format="PNG")
    except OSError as exc:  # UnreadableFileError has no strerror: its text is the message
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
