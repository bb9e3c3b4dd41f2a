"""How much of the window speaks Italian, Hungarian and Dutch: the French walk's figure for the
other languages (printed, not a verdict). In a file of its own so the test run spreads it over
its processes beside the French walk."""

import pytest

from tests.desktop import test_french_walk as walks

walked = walks.walked  # the French walk's fixture: a window built in a language and walked
english_in = walks.english_in


@pytest.mark.parametrize("code", ["it", "hu", "nl"])
def test_how_much_of_the_window_speaks_the_language(walked, code, capsys):
    walk, judge, _ = walked(code, every_step=False)  # a figure, not a verdict: kept quick
    english = english_in(walk, judge)
    share = 100 * (1 - len(english) / len(walk.seen))
    with capsys.disabled():
        print(f"\n{code}: {share:.1f} % of {len(walk.seen)} texts shown are translated")
    assert len(walk.seen) > 500
