"""``layerlab datasets [--json]``: what datasets this machine has."""

from __future__ import annotations

import argparse
import json


def _shape(info: dict) -> str:
    return "×".join(str(d) for d in info["input_shape"])


def datasets_table(infos: list[dict]) -> str:
    header = ["Name", "Title", "Shape", "Train", "Test", "Classes"]
    rows, missing = [], []
    for info in infos:
        if not info["available"]:
            missing.append(f"  {info['name']}: unavailable: {info['reason']}")
            continue
        classes = str(info["num_classes"]) if info["task"] == "classification" else "regression"
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
    widths = [max(len(r[c]) for r in [header, *rows]) for c in range(len(header))]
    right = {3, 4, 5}

    def fmt(row):
        return "  ".join(
            cell.rjust(widths[c]) if c in right else cell.ljust(widths[c])
            for c, cell in enumerate(row)
        ).rstrip()

    lines = [fmt(header), *(fmt(r) for r in rows)]
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
