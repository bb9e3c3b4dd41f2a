"""``layerlab predict MODEL.keras IMAGE... [--json]`` and ``--bundled``: classify image files
(any size, PNG/JPEG, either polarity) with MNIST's preprocessing. Mistakes exit 2 with one
line each, never a traceback."""

from __future__ import annotations

import argparse
import json

from netcore.network.problems import UsageError


def register(sub) -> None:
    p = sub.add_parser(
        "predict",
        help="classify image files with a trained model (or the bundled digit model)",
        description=(
            "Classify each IMAGE with MODEL.keras (or --bundled: the LeNet-5 shipped with "
            "LayerLab). Images are prepared like MNIST: grey, white on black, cropped, scaled "
            "to 20 pixels and centred by mass in 28×28."
        ),
    )
    p.add_argument("inputs", nargs="+", metavar="MODEL.keras IMAGE")
    p.add_argument("--bundled", action="store_true", help="use the bundled MNIST LeNet-5")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(func=cmd_predict)


def cmd_predict(args: argparse.Namespace) -> int:
    from netcore.digits.classifier import bundled_classifier, bundled_model_path
    from netcore.digits.preprocessing import MAX_PIXELS, PreprocessError, for_network, read_grey
    from netcore.models.kerasfile import ModelError, load_keras_model

    inputs = list(args.inputs)
    if args.bundled:
        model_path, images = bundled_model_path(), inputs
    else:
        if len(inputs) < 2:
            raise UsageError(
                "give a model and at least one image: layerlab predict MODEL.keras IMAGE..., "
                "or layerlab predict --bundled IMAGE..."
            )
        if not inputs[0].lower().endswith((".keras", ".h5", ".hdf5")):
            raise UsageError(
                f"{inputs[0]}: the first argument is the model (a .keras file); to use the "
                "bundled digit model, pass --bundled"
            )
        model_path, images = inputs[0], inputs[1:]
    # read every image first: a bad file is reported before TensorFlow is even loaded
    greys = []
    for image in images:
        try:
            greys.append(read_grey(image))
        except PreprocessError as exc:
            raise UsageError(str(exc)) from None
    try:
        model = bundled_classifier().model if args.bundled else load_keras_model(model_path)
    except ModelError as exc:
        raise UsageError(str(exc)) from None
    if len(model.inputs) != 1:
        raise UsageError(
            f"{model_path}: the model has {len(model.inputs)} inputs; predict takes one image "
            "input (and answers with the first output; others are auxiliary heads)"
        )
    out_shape = tuple(model.outputs[0].shape[1:])
    if len(out_shape) != 1 or out_shape[0] is None:
        raise UsageError(
            f"{model_path}: the model's output is {out_shape}, not one score per class; "
            "add Flatten (or GlobalAveragePooling2D) and a Dense output layer"
        )
    shape = tuple(model.inputs[0].shape[1:])
    if any(d is None for d in shape):
        raise UsageError(
            f"{model_path}: the model's input {shape} has open sizes; predict needs a fixed "
            "image size such as (28, 28, 1)"
        )
    if not (len(shape) == 2 or (len(shape) == 3 and shape[-1] in (1, 3))):
        raise UsageError(
            f"{model_path}: the model takes {shape}, not an image (height, width, channels)"
        )
    pixels = shape[0] * shape[1]
    if pixels > MAX_PIXELS:
        raise UsageError(
            f"{model_path}: the model takes {shape[0]}×{shape[1]} images ({pixels:,} pixels); "
            f"predict prepares images of at most {MAX_PIXELS:,} pixels. Use a model with a "
            "smaller input, such as (28, 28, 1)"
        )
    from netcore.digits.classifier import DigitClassifier

    classifier = DigitClassifier(str(model_path), model)
    results = []
    for path, grey in zip(images, greys, strict=True):
        try:
            x = for_network(grey, shape)
        except PreprocessError as exc:
            raise UsageError(f"{path}: {exc}") from None
        if x is None:
            results.append({"file": path, "predicted": None, "probabilities": None})
            continue
        probs = classifier.probabilities(x)[0]
        results.append(
            {
                "file": path,
                "predicted": int(probs.argmax()),
                "probabilities": [round(float(p), 6) for p in probs],
            }
        )
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for r in results:
        if r["predicted"] is None:
            print(f"{r['file']}: blank image (no strokes found), no prediction")
            continue
        probs = r["probabilities"]
        print(f"{r['file']}: {r['predicted']} ({probs[r['predicted']] * 100:.1f} %)")
        print("  " + "  ".join(f"{i}: {p * 100:5.1f} %" for i, p in enumerate(probs)))
    return 0
