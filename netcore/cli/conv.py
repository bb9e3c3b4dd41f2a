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
    p.add_argument("--stride", default="1", help="1…64")
    p.add_argument("--padding", default="valid", help="valid, same, or a number of zero rings")
    p.add_argument("--pool", choices=["max", "avg"])
    p.add_argument("--pool-size", help="1…64 (default 2)")
    p.add_argument("--pool-stride", help="1…64 (default: the pool size)")
    p.add_argument("--steps", action="store_true", help="write out every output cell's products")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_conv)


def _pooling(args: argparse.Namespace) -> tuple[int, int | None]:
    """(pool size, pool stride), read only with --pool: without it they would do nothing."""
    from netcore.convolution.checks import MAX_STRIDE, parse_whole

    if args.pool is None:
        for option, value in (("--pool-size", args.pool_size), ("--pool-stride", args.pool_stride)):
            if value is not None:
                raise UsageError(f"{option} needs --pool max or --pool avg")
        return 2, None
    size = (
        2 if args.pool_size is None else parse_whole(args.pool_size, "--pool-size", 1, MAX_STRIDE)
    )
    stride = args.pool_stride
    if stride is not None:
        stride = parse_whole(stride, "--pool-stride", 1, MAX_STRIDE)
    return size, stride


def _table(values) -> list:
    return [[float(v) for v in row] for row in values]


def cmd_conv(args: argparse.Namespace) -> int:
    from netcore.convolution.checks import MAX_KERNELS, MAX_STRIDE, parse_padding, parse_whole
    from netcore.convolution.sandbox import ConvError, ConvSetup, convolve, parse_table

    try:
        if len(args.kernel) > MAX_KERNELS:  # before reading thousands of tables
            raise ConvError(f"{len(args.kernel)} kernels; the sandbox takes up to {MAX_KERNELS}")
        size, stride = _pooling(args)
        setup = ConvSetup(
            parse_table(args.input, "--input"),
            tuple(parse_table(k, f"--kernel {n}") for n, k in enumerate(args.kernel, 1)),
            parse_whole(args.stride, "--stride", 1, MAX_STRIDE),
            parse_padding(args.padding, "--padding"),
            args.pool,
            size,
            stride,
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
