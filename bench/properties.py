"""The long run of every property-based (Hypothesis) suite: ``tests/**/test_*properties*.py``
with the "long" profile (2,000 examples a property, 600 for the comparison with Keras), one
process per suite, printing the examples each ran and its time. ``uv run pytest`` runs the
same suites with the default profile (a bounded number of examples).

    uv run python bench/properties.py            # the long run (minutes)
    uv run python bench/properties.py --smoke    # one suite, default profile: seconds
    uv run python bench/properties.py --only spec_properties

Exit status 1 when a suite fails (its output is printed), 0 otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The smoke run: the cheapest suite (no Keras, no Qt), with the default profile.
SMOKE_SUITE = "tests/netcore/test_spec_properties.py"

_TEST = re.compile(r"^(tests/\S+::\S+):\s*$")
_COUNTS = re.compile(r"- (\d+) passing, (\d+) failing, and (\d+) invalid test cases")


@dataclass
class SuiteResult:
    path: str
    examples: dict[str, int]  # property → examples run (passing + failing, every phase)
    seconds: float
    returncode: int
    output: str


def suites() -> list[str]:
    """Every property suite of the repository, as paths relative to its root."""
    return sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("tests/**/test_*properties*.py"))


def examples_run(output: str) -> dict[str, int]:
    """Examples per property from pytest's ``--hypothesis-show-statistics`` report."""
    counts: dict[str, int] = {}
    current = None
    for line in output.splitlines():
        test = _TEST.match(line.strip())
        if test:
            current = test.group(1).split("::", 1)[1]
            counts.setdefault(current, 0)
            continue
        found = _COUNTS.search(line)
        if found and current is not None:
            counts[current] += int(found.group(1)) + int(found.group(2))
    return counts


def run_suite(path: str, profile: str, timeout: float) -> SuiteResult:
    env = {**os.environ, "LAYERLAB_HYPOTHESIS_PROFILE": profile}
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-n0",
        "-p",
        "no:cacheprovider",
        "--hypothesis-show-statistics",
        path,
    ]
    start = time.perf_counter()
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
        )
        code, output = done.returncode, done.stdout + done.stderr
    except subprocess.TimeoutExpired as exc:
        code, output = -1, f"timed out after {timeout:.0f} s\n{exc.stdout or ''}"
    return SuiteResult(path, examples_run(output), time.perf_counter() - start, code, output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--smoke", action="store_true", help="one cheap suite with the default profile"
    )
    parser.add_argument("--only", help="run the suites whose path contains this text")
    parser.add_argument(
        "--timeout", type=float, default=3600, help="seconds a suite may take (default 3600)"
    )
    args = parser.parse_args(argv)
    chosen = suites()
    profile = "long"
    if args.smoke:
        chosen, profile = [s for s in chosen if s == SMOKE_SUITE] or chosen[:1], "default"
    if args.only:
        chosen = [s for s in chosen if args.only in s]
    if not chosen:
        print("no property suite found", file=sys.stderr)
        return 1
    print(f"Hypothesis profile '{profile}', {len(chosen)} suite(s)")
    failed = []
    total = time.perf_counter()
    for path in chosen:
        result = run_suite(path, profile, args.timeout)
        status = "ok" if result.returncode == 0 else "FAILED"
        examples = sum(result.examples.values())
        print(f"{path}: {examples:,} examples, {result.seconds:.1f} s, {status}")
        for name, count in result.examples.items():
            print(f"    {name}: {count:,} examples")
        if result.returncode != 0:
            failed.append(result)
    print(f"total {time.perf_counter() - total:.1f} s")
    for result in failed:
        print(f"\n===== {result.path} =====\n{result.output[-6000:]}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
