"""Exact 0/1 knapsack (SPEC §7 alternative): hand cases and a brute-force property test."""

from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zqdesk.core.knapsack import best_selection


def weight_value(weights, values, picked):
    return sum(weights[i] for i in picked), sum(values[i] for i in picked)


# ---- hand cases --------------------------------------------------------------------------


def test_classic_case_ratio_greedy_is_not_optimal():
    # w 10 20 30, v 60 100 120, capacity 50. Ratio greedy takes items 0+1 (w 30, v 160);
    # the optimum is 1+2: w 50, v 220 (0+2: w 40, v 180).
    assert best_selection([10, 20, 30], [60, 100, 120], 50) == [1, 2]


def test_single_item_fits_exactly():
    assert best_selection([7], [3], 7) == [0]
    assert best_selection([8], [3], 7) == []


def test_nothing_fits():
    assert best_selection([5, 6], [10, 10], 4) == []


def test_empty_input():
    assert best_selection([], [], 100) == []


def test_everything_fits():
    # 3 + 4 + 5 = 12 ≤ 12
    assert best_selection([3, 4, 5], [1, 2, 3], 12) == [0, 1, 2]


def test_equal_value_prefers_the_lighter_subset():
    # capacity 6: {0,1} w 6 v 8 and {2} w 5 v 8 → the lighter {2}
    assert best_selection([3, 3, 5], [4, 4, 8], 6) == [2]


def test_equal_value_single_items_lighter_wins():
    # both worth 10; weights 5 and 4 → [1]
    assert best_selection([5, 4], [10, 10], 5) == [1]


def test_many_small_beat_one_big():
    # capacity 10: item 0 (w 10, v 10) vs items 1..5 (w 2, v 3 each) → 5×3 = 15 > 10
    assert best_selection([10, 2, 2, 2, 2, 2], [10, 3, 3, 3, 3, 3], 10) == [1, 2, 3, 4, 5]


def test_zero_value_items_are_not_taken():
    # the zero-value item would only add weight
    assert best_selection([1, 2], [0, 5], 3) == [1]


def test_zero_weight_items_with_value_are_always_taken():
    # capacity 0: only the weightless item 1 fits
    assert best_selection([3, 0], [5, 2], 0) == [1]


def test_cents_scale_like_the_plan():
    # requests in cents 3333, 3333, 3334, 1; scores in cents 9000, 8000, 7000, 6500; capacity 10000
    # all of the first three: w 10000, v 24000; adding item 3 needs 10001 > 10000;
    # swapping item 3 for item 2 gives 9000+8000+6500 = 23500 < 24000
    assert best_selection([3333, 3333, 3334, 1], [9000, 8000, 7000, 6500], 10000) == [0, 1, 2]


def test_large_instance_matches_a_known_optimum():
    # 2,000 items, each w 3 v 4, plus one item w 2 v 3; capacity 3001.
    # ratio 4/3 > 3/2? no: 3/2 = 1.5 > 1.333, so the w-2 item is the best ratio.
    # Best: the w-2 item + 999 of the w-3 items = 2 + 2997 = 2999, v 3 + 3996 = 3999;
    # or 1000 w-3 items = 3000, v 4000 → 4000 wins (1000×4 > 3999), weight 3000 ≤ 3001.
    weights = [3] * 2000 + [2]
    values = [4] * 2000 + [3]
    picked = best_selection(weights, values, 3001)
    assert weight_value(weights, values, picked) == (3000, 4000)
    assert len(picked) == 1000


# ---- brute force ---------------------------------------------------------------------------


def brute_force(weights, values, capacity):
    """(best value, least weight at that value) over all subsets."""
    best = (0, 0)  # the empty subset
    n = len(weights)
    for r in range(1, n + 1):
        for subset in combinations(range(n), r):
            w, v = weight_value(weights, values, subset)
            if w <= capacity and (v > best[0] or (v == best[0] and w < best[1])):
                best = (v, w)
    return best


@st.composite
def instances(draw):
    n = draw(st.integers(min_value=0, max_value=12))
    weights = draw(st.lists(st.integers(min_value=0, max_value=60), min_size=n, max_size=n))
    values = draw(st.lists(st.integers(min_value=0, max_value=60), min_size=n, max_size=n))
    capacity = draw(st.integers(min_value=0, max_value=200))
    return weights, values, capacity


@settings(max_examples=200, deadline=None)
@given(instances())
def test_matches_brute_force(instance):
    weights, values, capacity = instance
    picked = best_selection(weights, values, capacity)
    assert picked == sorted(set(picked))                 # ascending, no repeats
    assert all(0 <= i < len(weights) for i in picked)
    w, v = weight_value(weights, values, picked)
    assert w <= capacity
    best_value, least_weight = brute_force(weights, values, capacity)
    assert v == best_value
    assert w == least_weight                             # among equal value, the lighter subset


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=8), min_size=1, max_size=12),
       st.integers(min_value=0, max_value=40))
def test_equal_ratio_items_brute_force(weights, capacity):
    # every value equals its weight: many ties in ratio, and the optimum fills the capacity best
    picked = best_selection(weights, list(weights), capacity)
    w, v = weight_value(weights, weights, picked)
    assert (v, w) == brute_force(weights, list(weights), capacity)


def test_equal_value_and_weight_ties_are_deterministic():
    # capacity 3: {0,3} w 1+2 = 3, v 4+1 = 5; {5} w 3, v 5 — equal value, equal weight.
    # Either is optimal; the choice must not depend on anything but the input.
    first = best_selection([1, 3, 5, 2, 5, 3], [4, 2, 4, 1, 4, 5], 3)
    assert first in ([0, 3], [5])
    assert all(best_selection([1, 3, 5, 2, 5, 3], [4, 2, 4, 1, 4, 5], 3) == first for _ in range(5))
