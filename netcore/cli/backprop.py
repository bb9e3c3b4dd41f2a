"""``layerlab backprop MODEL.keras --input "x1 x2" --target "t" [--loss …] [--lr 0.1] [--json]``:
one example forward and backward through a dense network, and one SGD step, with every number
(for checking a derivation by hand, or a script)."""

from __future__ import annotations

import argparse
import json
import math

from netcore.network.problems import UsageError


def register(sub) -> None:
    p = sub.add_parser(
        "backprop",
        help="one example through a dense network and back: z, a, δ, gradients, new weights",
        description=(
            "Show one forward and backward pass of MODEL.keras (Dense layers only) for one "
            "example, and the weights after one SGD step. Numbers come from TensorFlow."
        ),
    )
    p.add_argument("model", metavar="MODEL.keras")
    p.add_argument("--input", required=True, help='the example, e.g. "1 0"')
    p.add_argument("--target", required=True, help='the wanted output, e.g. "1" (or a class)')
    p.add_argument(
        "--loss",
        default="auto",
        choices=["auto", "mse", "binary_crossentropy", "categorical_crossentropy"],
    )
    p.add_argument("--lr", type=float, default=0.1, help="learning rate of the SGD step")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_backprop)


def numbers(text: str, what: str) -> list[float]:
    """ "1 0.5, -2" → [1.0, 0.5, -2.0] (spaces or commas)."""
    parts = text.replace(",", " ").split()
    if not parts:
        raise UsageError(f'--{what}: give numbers, e.g. --{what} "1 0"')
    values = []
    for part in parts:
        try:
            value = float(part)
        except ValueError:
            raise UsageError(f"--{what}: '{part}' is not a number") from None
        if not math.isfinite(value):
            raise UsageError(f"--{what}: '{part}' is not a finite number")
        values.append(value)
    return values


def cmd_backprop(args: argparse.Namespace) -> int:
    from netcore.backprop.dense import BackpropError, backprop_step
    from netcore.models.kerasfile import ModelError, load_keras_model

    x = numbers(args.input, "input")
    target = numbers(args.target, "target")
    if not (math.isfinite(args.lr) and args.lr > 0):
        raise UsageError(f"--lr must be a positive number, got {args.lr}")
    try:
        model = load_keras_model(args.model)
        step = backprop_step(model, x, target, args.loss, args.lr)
    except ModelError as exc:  # names the file already
        raise UsageError(str(exc)) from None
    except BackpropError as exc:
        raise UsageError(f"{args.model}: {exc}") from None
    if args.json:
        print(json.dumps(step.to_dict()))
        return 0
    print(f"loss ({step.loss_name}) {step.loss:.6g}   learning rate {step.lr:g}")
    for layer in step.layers:
        print(f"\n{layer.name} ({layer.activation})")
        print("  unit        z          a      ∂L/∂a      g'(z)     δ=∂L/∂z")
        for j in range(len(layer.z)):
            g = "-" if layer.g_prime is None else f"{layer.g_prime[j]:10.5g}"
            print(
                f"  {j + 1:4d} {layer.z[j]:10.5g} {layer.a[j]:10.5g} {layer.grad_a[j]:10.5g} "
                f"{g:>10} {layer.delta[j]:10.5g}"
            )
        print("  ∂L/∂w (inputs × units):")
        for row in layer.grad_kernel:
            print("   " + " ".join(f"{v:10.5g}" for v in row))
        print("  ∂L/∂b: " + " ".join(f"{v:.5g}" for v in layer.grad_bias))
        print("  new weights:")
        for row in layer.new_kernel:
            print("   " + " ".join(f"{v:10.5g}" for v in row))
        print("  new bias: " + " ".join(f"{v:.5g}" for v in layer.new_bias))
    return 0
