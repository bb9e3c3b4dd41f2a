"""``layerlab project FILE.layerlab [--json]``: what a project holds, without changing it."""

from __future__ import annotations

import argparse
import json

# the project modules bring NumPy: imported when the command runs, not at CLI start-up


def register(sub) -> None:
    p = sub.add_parser(
        "project",
        help="describe a .layerlab project: network, dataset, settings, weights, runs",
        description="Describe a LayerLab project file. The file is only read, never changed.",
    )
    p.add_argument("project", metavar="FILE.layerlab")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(func=cmd_project)


def project_dict(project) -> dict:
    """The ``--json`` form."""
    from netcore.network.analysis import analyze

    analysis = analyze(project.spec)
    return {
        "network": {
            "name": project.spec.name,
            "layers": len(project.spec.layers),
            "parameters": analysis.total_params,
            "problems": [str(p) for p in analysis.errors],
        },
        "dataset": None
        if project.dataset is None
        else {
            "title": project.dataset.title(),
            "kind": project.dataset.kind,
            "reference": project.dataset.reference(),
            "options": project.dataset.options,
        },
        "training": project.training.to_dict(),
        "weights": {
            "source": project.weight_source.value,
            "note": project.weight_note,
            "stored": project.weights is not None,
        },
        "runs": [
            {
                "epochs": len(run.epochs),
                "dataset": run.dataset,
                "label": run.label,
                "reason": run.reason,
                "test": run.test,
            }
            for run in project.runs
        ],
        "trained_model": project.model_bytes is not None,
        "contains": project.contents(),
    }


def cmd_project(args: argparse.Namespace) -> int:
    from netcore.project.fileformat import load_project

    info = project_dict(load_project(args.project))
    if args.json:
        print(json.dumps(info, indent=2))
        return 0
    net = info["network"]
    print(f"{args.project}")
    print(f"  network   {net['name']}: {net['layers']} layers, {net['parameters']:,} parameters")
    for problem in net["problems"]:
        print(f"            problem: {problem}")
    data = info["dataset"]
    print(f"  dataset   {data['title'] + ' (' + data['reference'] + ')' if data else 'not chosen'}")
    t = info["training"]
    schedule = "" if t["schedule"] == "constant" else f" ({t['schedule']})"
    print(
        f"  training  {t['optimizer']} lr {t['learning_rate']:g}{schedule}, "
        f"batch {t['batch_size']}, {t['epochs']} epochs, seed {t['seed']}"
    )
    w = info["weights"]
    print(f"  weights   {w['source']}{': ' + w['note'] if w['note'] else ''}")
    if not info["runs"]:
        print("  runs      none")
    for n, run in enumerate(info["runs"], start=1):
        test = run["test"] or {}
        score = (
            f"test accuracy {test['accuracy'] * 100:.2f} %"
            if "accuracy" in test
            else (f"test loss {test['loss']:.4f}" if "loss" in test else "no test evaluation")
        )
        print(f"  run {n}     {run['epochs']} epochs on {run['dataset']} ({run['label']}): {score}")
    print(f"  contains  {', '.join(info['contains'])}")
    return 0
