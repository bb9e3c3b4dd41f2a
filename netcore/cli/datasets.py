"""``layerlab datasets [--json]``: what datasets this machine has."""

from __future__ import annotations

import argparse
import json

from netcore.cli.texttable import format_rows


def _shape(info: dict) -> str:
    return "×".join(str(d) for d in info["input_shape"])


def datasets_table(infos: list[dict]) -> str:
    header = ["Name", "Title", "Shape", "Train", "Test", "Classes"]
    rows, missing = [], []
    for info in infos:
        if not info["available"]:
            missing.append(f"  {info['name']}: unavailable: {info['reason']}")
            continue
        classes = str(info["num_classes"]) if info["task"] == "classification" else info["task"]
        rows.append(
            [
                info["name"],
                info["title"],
                _shape(info),
                f"{info['train_samples']:,}",
                f"{info['test_samples']:,}",
                classes,
            ]
        )
    lines = format_rows(header, rows, right={3, 4, 5})
    if missing:
        lines += ["", "Not on this machine:", *missing]
    return "\n".join(lines)


def cmd_datasets(args: argparse.Namespace) -> int:
    from netcore.datasets.registry import list_datasets

    infos = list_datasets()
    if args.json:
        print(json.dumps(infos, indent=2, ensure_ascii=False))
    else:
        print(datasets_table(infos))
    return 0


def register(sub) -> None:
    p = sub.add_parser("datasets", help="the datasets available on this machine")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=cmd_datasets)
