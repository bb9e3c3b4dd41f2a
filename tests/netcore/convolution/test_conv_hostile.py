"""Hostile arguments to ``layerlab conv`` and the sandbox end with exit 2 and a message naming
the value and the range that works, before TensorFlow is called: never an abort inside
TensorFlow (exit 134), an ``internal error`` or a silently different number."""

import json
import resource
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from netcore.cli.main import main
from netcore.convolution.sandbox import ConvError, ConvSetup, convolve, parse_table

I3 = "1 2 3; 4 5 6; 7 8 9"
K2 = "1 0; 0 1"


def conv_fails(capsys, args, *messages):
    code = main(["conv", *args])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err and "internal error" not in err, err
    for message in messages:
        assert message in err, err
    return err


def run_conv_in_child(args):
    """Some values aborted the whole process inside TensorFlow: run those in a child."""
    code = "import sys; from netcore.cli.main import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run(
        [sys.executable, "-c", code, "conv", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result.returncode, result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["--stride", str(2**31)], "--stride must be a whole number ≥ 1 and ≤ 64, got 2147483648"),
        (["--pool", "max", "--pool-size", "1", "--pool-stride", str(2**31)],
         "--pool-stride must be a whole number ≥ 1 and ≤ 64, got 2147483648"),
        (["--padding", "same", "--stride", str(2**31)], "--stride must be a whole number ≥ 1 and ≤ 64"),
    ],
)  # fmt: skip
def test_sizes_past_int32_are_refused_before_tensorflow_aborts(args, message):
    code, err = run_conv_in_child(["--input", I3, "--kernel", K2, *args])
    assert code == 2, err[-2000:]
    assert message in err and "Traceback" not in err


@pytest.mark.parametrize(
    "args, messages",
    [
        (["--stride", str(10**20)], ["--stride must be a whole number ≥ 1 and ≤ 64, got 100000000000000000000"]),
        (["--stride", "0"], ["--stride must be a whole number ≥ 1 and ≤ 64, got 0"]),
        (["--stride", "-1"], ["--stride must be a whole number ≥ 1 and ≤ 64, got -1"]),
        (["--stride", "1.5"], ["--stride: '1.5' is not a whole number"]),
        (["--stride", ""], ["--stride: '' is not a whole number"]),
        (["--stride", "٢"], ["--stride: '٢' is not a whole number", "digits 0–9"]),
        (["--stride", "2_0"], ["--stride: '2_0' is not a whole number"]),
        (["--pool", "max", "--pool-size", str(2**40)], ["--pool-size must be a whole number ≥ 1 and ≤ 64, got 1099511627776"]),
        (["--pool", "max", "--pool-size", "0"], ["--pool-size must be a whole number ≥ 1 and ≤ 64, got 0"]),
        (["--pool", "max", "--pool-size", "1", "--pool-stride", "0"],
         ["--pool-stride must be a whole number ≥ 1 and ≤ 64, got 0"]),
        (["--pool", "avg", "--pool-size", "1e3"], ["--pool-size: '1e3' is not a whole number"]),
        (["--pool-size", str(2**31)], ["--pool-size needs --pool max or --pool avg"]),
        (["--pool-stride", "3"], ["--pool-stride needs --pool max or --pool avg"]),
        (["--padding", "٣"], ["--padding: '٣' is not valid, same or a whole number"]),
        (["--padding", "1e39"], ["--padding: '1e39' is not valid, same or a whole number"]),
        (["--padding", str(2**31)], ["--padding must be a whole number ≥ 0 and ≤ 10, got 2147483648"]),
        (["--padding", "-1"], ["--padding must be a whole number ≥ 0 and ≤ 10, got -1"]),
    ],
)  # fmt: skip
def test_settings_out_of_range_name_the_option_and_the_range(capsys, args, messages):
    conv_fails(capsys, ["--input", I3, "--kernel", K2, *args], *messages)


@pytest.mark.parametrize(
    "table, messages",
    [
        ("1e39 1; 1 1", ["--input: 1e+39 in row 1, column 1 is outside float32's range",
                         "±3.4e+38"]),
        ("-1e39 1; 1 1", ["--input: -1e+39 in row 1, column 1 is outside float32's range"]),
        ("1 1; 1 1e-50", ["--input: 1e-50 in row 2, column 2 is too close to 0 for float32",
                          "1.2e-38"]),
        ("1 nan; 1 1", ["--input: 'nan' in row 1 is not a finite number"]),
        ("1 1; inf 1", ["--input: 'inf' in row 2 is not a finite number"]),
        ("1 1; 1 Infinity", ["--input: 'Infinity' in row 2 is not a finite number"]),
        ("١ ٢; ٣ ٤", ["--input: '١' in row 1 is not a number", "digits 0–9"]),
        ("１ 2; 3 4", ["--input: '１' in row 1 is not a number"]),
        ("1_000 2; 3 4", ["--input: '1_000' in row 1 is not a number"]),
        ("0x10 2; 3 4", ["--input: '0x10' in row 1 is not a number"]),
        ("1 two; 3 4", ["--input: 'two' in row 1 is not a number"]),
        ("1\x01 2; 3 4", ["--input: '1\\x01' in row 1 is not a number"]),
        ("1" * 5000 + "x", ["--input: '1111111111111111111111111111111111111111…' in row 1"]),
        ("", ['--input: give rows of numbers, e.g. "1 2 3; 4 5 6"']),
        (";;; ;\n;", ['--input: give rows of numbers']),
        ("1 2 3; 4 5", ["--input: row 2 has 2 numbers, row 1 has 3"]),
        ("1 2; , ,; 3 4", ["--input: row 2 has 0 numbers, row 1 has 2"]),
        (";".join(["1 2 3"] * 5000), ["--input: 5000 rows; the sandbox takes up to 64"]),
        (" ".join(["1"] * 20000), ["--input: row 1 has 20000 numbers; the sandbox takes up to 64"]),
    ],
)  # fmt: skip
def test_input_tables_name_the_row_the_value_and_what_works(capsys, table, messages):
    conv_fails(capsys, ["--input", table, "--kernel", K2], *messages)


@pytest.mark.parametrize(
    "image, kernel, extra, messages",
    [
        ("3e38 3e38; 3e38 3e38", "1 1; 1 1", [],
         ["kernel 1 at output row 1, column 1", "1.2e+39", "past float32's largest 3.4e+38"]),
        ("1e38 1e38; 1e38 1e38", "1e38 1; 1 1", ["--steps"],
         ["kernel 1 at output row 1, column 1", "1e+76"]),
        ("3e38 3e38; 3e38 3e38", "1", ["--pool", "avg"],
         ["avg pooling of kernel 1's output at row 1, column 1", "1.2e+39"]),
        ("2e38 2e38; 2e38 2e38", "1", ["--pool", "avg", "--padding", "same"],
         ["avg pooling"]),
    ],
)  # fmt: skip
def test_sums_and_products_past_float32_are_refused(capsys, image, kernel, extra, messages):
    err = conv_fails(capsys, ["--input", image, "--kernel", kernel, *extra], *messages)
    assert "smaller numbers" in err


def test_many_kernels_and_huge_kernels_are_refused(capsys):
    many = [a for _ in range(2000) for a in ("--kernel", K2)]
    conv_fails(capsys, ["--input", I3, *many], "2000 kernels; the sandbox takes up to 8")
    conv_fails(capsys, ["--input", I3, "--kernel", "1 2; 3"], "--kernel 1: row 2 has 1 numbers")


def test_values_at_the_edge_of_float32_still_work(capsys):
    assert main(["conv", "--input", "3e38 1; 1 1", "--kernel", "1 0; 0 1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["output"] == [[pytest.approx(3e38, rel=1e-6)]]
    assert main(["conv", "--input", "1 −2; 3 4", "--kernel", "1", "--json"]) == 0  # "−" minus
    assert json.loads(capsys.readouterr().out)["output"] == [[1, -2], [3, 4]]
    # blank rows (a trailing ";" or a newline after ";") are skipped, as before
    assert main(["conv", "--input", "1 2;\n3 4;", "--kernel", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["output"] == [[1, 2], [3, 4]]


def test_the_sandbox_window_gets_the_same_checks():
    """The desktop calls convolve() with a ConvSetup: the same refusals, before TensorFlow."""
    image = np.full((3, 3), 3e38)
    with pytest.raises(ConvError, match="kernel 1 at output row 1, column 1"):
        convolve(ConvSetup(image, (np.ones((2, 2)),)))
    with pytest.raises(
        ConvError, match="stride must be a whole number ≥ 1 and ≤ 64, got 2147483648"
    ):
        convolve(ConvSetup(np.ones((3, 3)), (np.ones((2, 2)),), stride=2**31))
    with pytest.raises(ConvError, match="pool stride must be a whole number ≥ 1 and ≤ 64, got 0"):
        convolve(ConvSetup(np.ones((3, 3)), (np.ones((1, 1)),), pool="max", pool_stride=0))
    with pytest.raises(ConvError, match="the input: nan in row 1, column 1 is not a finite"):
        convolve(ConvSetup(np.array([[np.nan]]), (np.ones((1, 1)),)))
    with pytest.raises(ConvError, match="bias: 1e\\+39 is outside float32's range"):
        convolve(ConvSetup(np.ones((2, 2)), (np.ones((1, 1)),), bias=1e39))


def test_parse_table_stops_early_on_a_huge_text():
    text = "1 " * 2_000_000
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ConvError, match="row 1 has 2000000 numbers; the sandbox takes up to 64"):
        parse_table(text, "the pasted text")
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - usage) / 1024
    assert grown_mb < 200  # ~2,000,000 Python floats would be far more


NUMBER = st.one_of(
    st.integers(-(2**70), 2**70).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(max_size=6),
    st.sampled_from(["٢", "１", "1_0", "0x1", "1e39", "-1e39", "1e-50", "nan", "inf", "−3"]),
)
TABLE = st.lists(st.lists(NUMBER, min_size=0, max_size=4), min_size=0, max_size=4).map(
    lambda rows: "; ".join(" ".join(r) for r in rows)
)


@given(
    image=TABLE,
    kernel=TABLE,
    stride=NUMBER,
    padding=st.one_of(NUMBER, st.sampled_from(["valid", "same"])),
    pool=st.sampled_from([[], ["--pool", "max"], ["--pool", "avg"]]),
    pool_size=NUMBER,
)
def test_any_argument_strings_give_an_answer_or_exit_2(
    capsys, image, kernel, stride, padding, pool, pool_size
):
    args = ["conv", "--input", image, "--kernel", kernel, "--stride", stride]
    args += ["--padding", padding, *pool]
    if pool:
        args += ["--pool-size", pool_size]
    try:
        code = main(args)
    except SystemExit as exc:  # argparse: e.g. a value starting with '-' taken for an option
        code = exc.code
    captured = capsys.readouterr()
    assert code in (0, 2), captured.err
    assert "Traceback" not in captured.err and "internal error" not in captured.err
    if code == 0:
        assert "inf" not in captured.out.lower() and "nan" not in captured.out.lower()
