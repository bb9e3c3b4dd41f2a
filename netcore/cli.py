"""The ``layerlab`` command line: ``layerlab summary NETWORK.json [--json]`` and friends.

Every user mistake (bad file, bad option, invalid network) is printed on stderr, one problem a
line, with exit status 2 and no traceback. Set LAYERLAB_DEBUG=1 to see tracebacks of internal
errors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from netcore import __version__
from netcore.catalog import shape_text
from netcore.datasets.errors import DatasetError
from netcore.problems import Problem, SpecError, UsageError
from netcore.shapes import Analysis, analyze
from netcore.spec import load
from netcore.texttable import format_rows

EXIT_USAGE = 2


def _fail(lines: Sequence[str | Problem]) -> int:
    for line in lines:
        print(f"layerlab: {line}", file=sys.stderr)
    return EXIT_USAGE


# --------------------------------------------------------------------------- summary


def summary_dict(analysis: Analysis) -> dict:
    """The ``--json`` form of ``layerlab summary``."""
    return {
        "name": analysis.spec.name,
        "input_shape": list(analysis.input_shape or ()),
        "layers": [
            {
                "id": info.id,
                "type": info.type,
                "inputs": info.inputs,
                "output_shape": list(info.output_shape or ()),
                "params": info.total_params,
                "trainable_params": info.trainable,
            }
            for info in (analysis.layers[lid] for lid in analysis.order)
        ],
        "total_params": analysis.total_params,
        "trainable_params": analysis.trainable_params,
        "non_trainable_params": analysis.non_trainable_params,
    }


def summary_table(analysis: Analysis) -> str:
    """A Keras-like text table of the network."""
    infos = [analysis.layers[lid] for lid in analysis.order]
    branched = any(layer.inputs is not None for layer in analysis.spec.layers)
    header = ["Layer", "Type", "Output shape", "Params"] + (["Inputs"] if branched else [])
    rows = [["input", "Input", shape_text(analysis.input_shape), "0"] + ([""] if branched else [])]
    for info in infos:
        row = [info.id, info.type, shape_text(info.output_shape), f"{info.total_params:,}"]
        if branched:
            row.append(", ".join(info.inputs))
        rows.append(row)
    head, *body = format_rows(header, rows, right={3})
    rule = "─" * len(head)
    lines = [f"{analysis.spec.name}", rule, head, rule, *body, rule]
    lines.append(f"Total params: {analysis.total_params:,}")
    lines.append(f"Trainable params: {analysis.trainable_params:,}")
    lines.append(f"Non-trainable params: {analysis.non_trainable_params:,}")
    return "\n".join(lines)


def cmd_summary(args: argparse.Namespace) -> int:
    spec = load(args.network)
    analysis = analyze(spec)
    if analysis.errors:
        return _fail([f"{args.network}: {p}" for p in analysis.problems])
    for problem in analysis.warnings:
        print(f"layerlab: {args.network}: {problem}", file=sys.stderr)
    if args.json:
        print(json.dumps(summary_dict(analysis), indent=2))
    else:
        print(summary_table(analysis))
    return 0


# --------------------------------------------------------------------------- parser


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own exit(2) but without the full usage dump
        self.print_usage(sys.stderr)
        print(f"layerlab: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="layerlab",
        description="LayerLab: build, train and look inside neural networks. "
        "Without a command, opens the LayerLab window.",
    )
    parser.add_argument("--version", action="version", version=f"LayerLab {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("summary", help="layers, output shapes and parameter counts of a network")
    p.add_argument("network", metavar="NETWORK.json", help="a LayerLab network file")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=cmd_summary)

    for register in _extra_commands():
        register(sub)
    return parser


def _extra_commands():
    """Subcommands defined next to the code they drive (datasets, train, ...)."""
    from netcore import export_cli, predict_cli
    from netcore.datasets import cli as datasets_cli
    from netcore.training import cli as training_cli

    return [datasets_cli.register, training_cli.register, predict_cli.register, export_cli.register]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except SpecError as exc:
        return _fail(exc.problems)
    except DatasetError as exc:
        return _fail(str(exc).splitlines())
    except UsageError as exc:
        return _fail(str(exc).splitlines())
    except KeyboardInterrupt:
        print("layerlab: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        if os.environ.get("LAYERLAB_DEBUG"):
            raise
        print(
            f"layerlab: internal error: {type(exc).__name__}: {exc}\n"
            "layerlab: please report this; LAYERLAB_DEBUG=1 shows the details",
            file=sys.stderr,
        )
        return 1
