"""``layerlab export NETWORK.json --python OUT.py --dataset NAME [--strategy ...]``."""

from __future__ import annotations

import argparse

from netcore.network.problems import UsageError

# keras_script imports the trainer (and NumPy): not at CLI start-up, which must stay instant
STRATEGIES = ("none", "mirrored", "multiworker")


def register(sub) -> None:
    from netcore.cli.train import add_training_options

    p = sub.add_parser(
        "export",
        help="write a network and its training as a standalone Keras script",
        description=(
            "Write NETWORK.json, a dataset and training settings as a Python script that needs "
            "only keras, tensorflow and numpy. --strategy mirrored trains on every GPU of a "
            "computer; multiworker on several computers (TF_CONFIG)."
        ),
    )
    p.add_argument("network", metavar="NETWORK.json")
    p.add_argument("--python", required=True, metavar="OUT.py", help="the script to write")
    p.add_argument("--dataset", required=True, help="mnist, fashion_mnist, a toy set or a gate")
    p.add_argument("--strategy", choices=STRATEGIES, default="none")  # = keras_script.STRATEGIES
    add_training_options(p)  # the same settings as 'layerlab train'
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from netcore.cli.train import config_from_args
    from netcore.export.keras_script import python_script
    from netcore.export.names import check_script_path
    from netcore.fileio import atomic_write_text
    from netcore.network.spec import load

    if not args.python.endswith(".py"):
        raise UsageError(f"--python {args.python}: the script's name must end in .py")
    check_script_path(args.python, "--python")
    spec = load(args.network)
    config = config_from_args(args, spec)
    script = python_script(spec, args.dataset, config, args.strategy)
    try:
        atomic_write_text(args.python, script)
    except OSError as exc:  # a missing folder, a name too long, no permission, a full disk
        raise UsageError(
            f"--python {args.python}: cannot write the script ({exc.strerror or exc})"
        ) from None
    print(
        f"wrote {args.python} ({len(script.splitlines())} lines); run it with: python {args.python}"
    )
    return 0
