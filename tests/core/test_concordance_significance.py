"""χ² and p for Kendall's W, against values worked out by hand and standard χ² tables."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

from zqdesk.core.agreement import Concordance, chi_square, chi_square_p


def test_chi_square_is_m_times_n_minus_one_times_w():
    # 7 experts, 19 projects, W = 0.931: χ² = 7 · 18 · 0.931 = 117.306 with 18 degrees of freedom.
    c = Concordance(w=Fraction(931, 1000), experts=tuple(range(7)), projects=tuple(f"P{i}" for i in range(19)))
    assert chi_square(c) == (Fraction(117306, 1000), 18)
    assert chi_square(Concordance(w=None, experts=(1, 2), projects=("A",))) is None


@pytest.mark.parametrize("x, df, p", [
    # The 5 % and 1 % points of the χ² table.
    (3.841, 1, 0.05), (6.635, 1, 0.01), (5.991, 2, 0.05), (9.488, 4, 0.05),
    (18.307, 10, 0.05), (28.869, 18, 0.05), (34.805, 18, 0.01),
])
def test_the_tail_matches_the_table(x, df, p):
    assert chi_square_p(x, df) == pytest.approx(p, abs=2e-4)


def test_two_degrees_of_freedom_is_exactly_exp_minus_half_x():
    # With df = 2 the χ² density is ½e^(−x/2): P(χ² ≥ x) = e^(−x/2).
    for x in (0.5, 2, 10, 40):
        assert chi_square_p(x, 2) == pytest.approx(math.exp(-x / 2), rel=1e-12)
    assert chi_square_p(0, 5) == 1.0
    assert chi_square_p(117.306, 18) < 1e-15  # the example above: far below 0.001
