"""``layerlab summary NETWORK.json|MODEL.keras [--json]``: layers, output shapes and parameter
counts."""

from __future__ import annotations

import argparse
import json
import sys

from netcore.cli.errors import fail
from netcore.cli.texttable import format_rows
from netcore.network.analysis import Analysis, analyze
from netcore.network.catalog import IMPORTED, shape_text
from netcore.network.problems import UsageError
from netcore.network.spec import load


def register(sub) -> None:
    p = sub.add_parser("summary", help="layers, output shapes and parameter counts of a network")
    p.add_argument(
        "network",
        metavar="NETWORK.json|MODEL.keras",
        help="a LayerLab network file or a Keras model (.keras)",
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=cmd_summary)


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
                **_imported(info),
            }
            for info in (analysis.layers[lid] for lid in analysis.order)
        ],
        "total_params": analysis.total_params,
        "trainable_params": analysis.trainable_params,
        "non_trainable_params": analysis.non_trainable_params,
    }


def _imported(info) -> dict:
    """Opaque imported layers say so, with their Keras class."""
    if info.type != IMPORTED or info.params is None:
        return {}
    return {"imported": True, "keras_class": info.params["layer"]["class_name"]}


def _type_text(info) -> str:
    imported = _imported(info)
    return f"{imported['keras_class']} (imported)" if imported else info.type


def summary_table(analysis: Analysis) -> str:
    """A Keras-like text table of the network."""
    infos = [analysis.layers[lid] for lid in analysis.order]
    branched = any(layer.inputs is not None for layer in analysis.spec.layers)
    header = ["Layer", "Type", "Output shape", "Params"] + (["Inputs"] if branched else [])
    rows = [["input", "Input", shape_text(analysis.input_shape), "0"] + ([""] if branched else [])]
    for info in infos:
        row = [info.id, _type_text(info), shape_text(info.output_shape), f"{info.total_params:,}"]
        if branched:
            row.append(", ".join(info.inputs))
        rows.append(row)
    head, *body = format_rows(header, rows, right={3})
    rule = "─" * len(head)
    lines = [f"{analysis.spec.name}", rule, head, rule, *body, rule]
    lines.append(f"Total params: {analysis.total_params:,}")
    lines.append(f"Trainable params: {analysis.trainable_params:,}")
    lines.append(f"Non-trainable params: {analysis.non_trainable_params:,}")
    opaque = sum(1 for info in infos if info.type == IMPORTED)
    if opaque:
        lines.append(
            f"{opaque} imported layer(s) LayerLab's catalog does not offer: shapes and counts "
            "as Keras computed them"
        )
    return "\n".join(lines)


def _load(path: str):
    if path.lower().endswith((".keras", ".h5", ".hdf5")):
        from netcore.models.kerasfile import ModelError, open_keras_file

        try:
            return open_keras_file(path)[0]
        except ModelError as exc:
            raise UsageError(str(exc)) from None
    return load(path)


def cmd_summary(args: argparse.Namespace) -> int:
    spec = _load(args.network)
    analysis = analyze(spec)
    if analysis.errors:
        return fail([f"{args.network}: {p}" for p in analysis.problems])
    for problem in analysis.warnings:
        print(f"layerlab: {args.network}: {problem}", file=sys.stderr)
    if args.json:
        print(json.dumps(summary_dict(analysis), indent=2))
    else:
        print(summary_table(analysis))
    return 0
