"""The ``layerlab`` command line: ``layerlab summary NETWORK.json [--json]`` and friends.

Every user mistake (bad file, bad option, invalid network) is printed on stderr, one problem a
line, with exit status 2 and no traceback. Set LAYERLAB_DEBUG=1 to see tracebacks of internal
errors.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Sequence

from netcore import __version__
from netcore.cli.errors import EXIT_USAGE, fail
from netcore.datasets.errors import DatasetError
from netcore.network.problems import SpecError, UsageError

__all__ = ["EXIT_USAGE", "build_parser", "fail", "main"]


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

    for register in _extra_commands():
        register(sub)
    return parser


def _extra_commands():
    """Subcommands defined next to the code they drive (datasets, train, ...)."""
    from netcore.cli import (
        backprop,
        classroom,
        conv,
        datasets,
        explain,
        export,
        lessons,
        predict,
        project,
        summary,
        train,
    )

    return [
        summary.register,
        datasets.register,
        train.register,
        predict.register,
        export.register,
        project.register,
        backprop.register,
        conv.register,
        lessons.register,
        explain.register,
        classroom.register,
    ]


def _warning_line(message, category, filename, lineno, file=None, line=None) -> None:
    print(f"layerlab: warning: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    warnings.showwarning = _warning_line  # a warning is one plain line, never a source dump
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except SpecError as exc:
        return fail(exc.problems)
    except DatasetError as exc:
        return fail(str(exc).splitlines())
    except UsageError as exc:
        return fail(str(exc).splitlines())
    except KeyboardInterrupt:
        print("layerlab: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `layerlab summary … | head -1`: the reader left early
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        if os.environ.get("LAYERLAB_DEBUG"):
            raise
        print(
            f"layerlab: internal error: {type(exc).__name__}: {exc}\n"
            "layerlab: please report this; LAYERLAB_DEBUG=1 shows the details",
            file=sys.stderr,
        )
        return 1
