"""Numbers typed and shown in the student's locale: one reading, never a silent other number."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netcore import i18n
from netcore.numbers import (
    MAX_NUMBER_TEXT,
    NumberError,
    format_number,
    locale_decimal_point,
    parse_number,
)

#: Decimal separators of real locales (dot, comma, Arabic decimal separator, momayyez).
POINTS = [".", ",", "\u066b", "/"]


@pytest.fixture
def french_numbers():
    """The number format the window installs for French (comma decimals, spaced groups)."""

    def number(value, decimals=None):
        if decimals is None:
            return f"{int(round(value)):,}".replace(",", "\u202f")
        return f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")

    i18n.install(None, number)
    yield
    i18n.install(None, None)


@pytest.mark.parametrize(
    ("text", "point", "expected"),
    [
        ("-1.5", ",", -1.5),  # the dot typed in French: −1.5, never −15 000
        ("-1,5", ",", -1.5),
        ("\u22121,5", ",", -1.5),
        ("+2", ",", 2.0),
        ("  0,25 ", ",", 0.25),
        ("1.000", ",", 1.0),  # the dot is always a decimal point
        ("1,000", ",", 1.0),
        ("1,5e-3", ",", 1.5e-3),
        ("1.5E\u22123", ",", 1.5e-3),
        (",5", ",", 0.5),
        ("5.", ".", 5.0),
        ("1e3", ".", 1000.0),
        ("-0.2", ".", -0.2),
        ("007", ".", 7.0),
    ],
)
def test_reads_the_locale_point_and_the_dot(text, point, expected):
    assert parse_number(text, point) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "point", "says"),
    [
        ("1 000", ",", "' ' cannot separate groups"),
        ("1\u202f000", ",", "cannot separate groups"),
        ("1,000.5", ",", "more than one decimal point"),
        ("1,000", ".", "',' cannot separate groups"),  # English: the comma is no decimal point
        ("1,000.5", ".", "',' cannot separate groups"),
        ("1.5.2", ",", "more than one decimal point"),
        ("1,5,2", ",", "more than one decimal point"),
        ("--1", ",", "more than one sign"),
        ("+-1", ".", "more than one sign"),
        ("-", ".", "is not a number"),
        ("", ",", "Type a number"),
        ("   ", ",", "Type a number"),
        ("abc", ",", "is not a number"),
        ("1-2", ".", "is not a number"),
        ("nan", ".", "is not a number"),
        ("inf", ".", "is not a number"),
        ("1e", ".", "is not a number"),
        ("e3", ".", "is not a number"),
        ("0x10", ".", "is not a number"),
        ("1e999", ".", "too large"),
    ],
)
def test_refuses_what_is_not_one_number(text, point, says):
    with pytest.raises(NumberError) as caught:
        parse_number(text, point)
    message = str(caught.value)
    assert says in message
    if text.strip():
        assert f"'{text.strip()}" in message  # names the text
    if "Type a number" not in says and "too large" not in says:
        assert f"1{point}5" in message  # and shows what would work, in the locale


def test_a_long_paste_is_refused_and_not_echoed_whole():
    text = "1" * 100_000
    with pytest.raises(NumberError) as caught:
        parse_number(text)
    assert "too long" in str(caught.value)
    assert str(MAX_NUMBER_TEXT) in str(caught.value)
    assert len(str(caught.value)) < 200


def test_number_error_is_a_value_error():
    assert issubclass(NumberError, ValueError)


def test_format_uses_the_installed_locale(french_numbers):
    assert locale_decimal_point() == ","
    assert format_number(0.0, 3) == "0,000"
    assert format_number(-1.5, 3) == "-1,500"
    assert format_number(12345.5, 1) == "12345,5"  # no group separator: it reads back
    assert format_number(-0.0001, 3) == "0,000"  # no "-0,000"
    assert format_number(0.1) == "0,1"
    assert format_number(2.0) == "2"
    assert parse_number(format_number(-1.5, 3), locale_decimal_point()) == -1.5


def test_without_a_locale_the_dot():
    assert locale_decimal_point() == "."
    assert format_number(0.25, 2) == "0.25"
    assert format_number(1e-5) == "0.00001"
    assert format_number(1e-9) == "1e-09"
    assert format_number(1e20) == "1e+20"
    assert format_number(float("nan")) == "nan"


finite = st.floats(allow_nan=False, allow_infinity=False)


@given(value=finite, point=st.sampled_from(POINTS))
def test_format_then_parse_round_trips(value, point):
    assert parse_number(format_number(value, decimal_point=point), point) == value


@given(
    value=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
    decimals=st.integers(0, 6),
    point=st.sampled_from(POINTS),
)
def test_rounded_format_reads_back_rounded(value, decimals, point):
    shown = format_number(value, decimals, decimal_point=point)
    back = parse_number(shown, point)
    assert math.isclose(back, value, abs_tol=0.5 * 10**-decimals + 1e-9 * abs(value))


@given(
    sign=st.sampled_from(["", "-", "+", "\u2212"]),
    left=st.text("0123456789", min_size=0, max_size=4),
    middle=st.text("0123456789", min_size=0, max_size=4),
    right=st.text("0123456789", min_size=0, max_size=4),
    first=st.sampled_from(POINTS + ["."]),
    second=st.sampled_from(POINTS + ["."]),
    point=st.sampled_from(POINTS),
)
def test_no_text_with_two_separators_is_read(sign, left, middle, right, first, second, point):
    text = f"{sign}{left}{first}{middle}{second}{right}"
    with pytest.raises(NumberError):
        parse_number(text, point)


@given(text=st.text(max_size=12), point=st.sampled_from(POINTS))
def test_any_text_is_a_number_or_a_number_error(text, point):
    try:
        value = parse_number(text, point)
    except NumberError as error:
        assert str(error)
    else:
        assert math.isfinite(value)


def test_with_the_dot_as_the_locales_point_the_message_names_it_once():
    with pytest.raises(NumberError) as info:
        parse_number("abc", ".")
    assert "('.')" in str(info.value) and "'.' or '.'" not in str(info.value)
    with pytest.raises(NumberError) as info:
        parse_number("abc", ",")
    assert "(',' or '.')" in str(info.value)
