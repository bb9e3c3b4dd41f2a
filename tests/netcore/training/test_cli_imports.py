"""Short commands import only what they need: the help, a summary, the dataset list and the
training command's help answer without TensorFlow (its import is seconds of a short run)."""

import subprocess
import sys

import pytest

PROBE = """
import contextlib, io, sys
from netcore.cli.main import main
try:
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
print(code, "tensorflow" in sys.modules, "keras" in sys.modules)
"""


def lenet_path() -> str:
    from netcore.resources import preset_paths

    return str(preset_paths()["lenet5"])


@pytest.mark.parametrize(
    "args",
    [["--help"], ["summary", "LENET"], ["datasets"], ["train", "--help"], ["predict", "--help"]],
)
def test_a_command_that_does_not_train_never_imports_tensorflow(args):
    args = [lenet_path() if a == "LENET" else a for a in args]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    code, tensorflow, keras = done.stdout.split()
    assert code in ("0", "None"), done.stderr
    assert (tensorflow, keras) == ("False", "False")
