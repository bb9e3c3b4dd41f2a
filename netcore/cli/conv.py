"""``layerlab conv --input "r1; r2; …" --kernel "r1; r2; …" [--stride S] [--padding valid|same|P]
[--pool max|avg --pool-size K --pool-stride S] [--json]``: a convolution by numbers, computed with
Keras ops (for checking an exercise by hand)."""

from __future__ import annotations

import argparse
import json

from netcore.network.problems import UsageError


def register(sub) -> None:
    p = sub.add_parser(
        "conv",
        help="convolve a small table of numbers with a kernel (and pool): the output by Keras",
        description=(
            "Convolve INPUT with one or more KERNELs (Keras's Conv2D: no kernel flip), then "
            'optionally pool. Tables are rows separated by ";", numbers by spaces or commas.'
        ),
    )
    p.add_argument("--input", required=True, help='e.g. "10 2 4; 0 4 0; 1 8 16"')
    p.add_argument(
        "--kernel", required=True, action="append", help='e.g. "2 2 2; 1 0 1; 2 2 2" (repeatable)'
    )
    p.add_argument("--stride", type=int, default=1)
    p.add_argument("--padding", default="valid", help="valid, same, or a number of zero rings")
    p.add_argument("--pool", choices=["max", "avg"])
    p.add_argument("--pool-size", type=int, default=2)
    p.add_argument("--pool-stride", type=int)
    p.add_argument("--steps", action="store_true", help="write out every output cell's products")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_conv)


def _padding(text: str):
    if text in ("valid", "same"):
        return text
    try:
        return int(text)
    except ValueError:
        raise UsageError(
            f"--padding: '{text}' is not valid, same or a whole number of zero rings"
        ) from None


def _table(values) -> list:
    return [[float(v) for v in row] for row in values]


def cmd_conv(args: argparse.Namespace) -> int:
    from netcore.convolution.sandbox import ConvError, ConvSetup, convolve, parse_table

    try:
        setup = ConvSetup(
            parse_table(args.input, "--input"),
            tuple(parse_table(k, f"--kernel {n}") for n, k in enumerate(args.kernel, 1)),
            args.stride,
            _padding(args.padding),
            args.pool,
            args.pool_size,
            args.pool_stride,
        )
        result = convolve(setup)
    except ConvError as exc:
        raise UsageError(str(exc)) from None
    outputs = result.outputs
    if args.json:
        data = {
            "output": _table(outputs[0]),
            "outputs": [_table(o) for o in outputs],
            "padded_input": _table(result.padded),
            "size_rule": result.rule,
        }
        if result.pooled is not None:
            data["pooled"] = _table(result.pooled[0])
            data["pooled_all"] = [_table(o) for o in result.pooled]
        if args.steps:
            data["steps"] = [
                [
                    result.products_text(k, i, j)
                    for i in range(outputs.shape[1])
                    for j in range(outputs.shape[2])
                ]
                for k in range(outputs.shape[0])
            ]
        print(json.dumps(data))
        return 0
    for line in result.rule:
        print(line)
    for k, out in enumerate(outputs):
        title = "output" if len(outputs) == 1 else f"output of kernel {k + 1}"
        print(f"\n{title} ({out.shape[0]}×{out.shape[1]}):")
        print(_grid(out))
        if args.steps:
            for i in range(out.shape[0]):
                for j in range(out.shape[1]):
                    print(f"  [{i + 1},{j + 1}] {result.products_text(k, i, j)}")
        if result.pooled is not None:
            pooled = result.pooled[k]
            print(f"\n{args.pool} pooled ({pooled.shape[0]}×{pooled.shape[1]}):")
            print(_grid(pooled))
    return 0


def _grid(table) -> str:
    from netcore.convolution.sandbox import _num

    cells = [[_num(v) for v in row] for row in table]
    width = max(len(c) for row in cells for c in row)
    return "\n".join("  " + " ".join(c.rjust(width) for c in row) for row in cells)
