"""Exact 0/1 knapsack on integers, small enough to explain and fast enough for 2,000 items.

Dynamic programming over Pareto-optimal (weight, value) states, pruned by the LP relaxation
bound: a state is dropped only when even the fractional fill of the items still to come cannot
reach the best value a greedy fill already achieves, so the optimum is never pruned.
"""

from bisect import bisect_right
from collections.abc import Sequence
from fractions import Fraction


def best_selection(weights: Sequence[int], values: Sequence[int], capacity: int) -> list[int]:
    """Indices (ascending) of a subset with the largest total value whose total weight does
    not exceed capacity; among equal values the lighter subset. Further ties are broken
    deterministically but not by index; `plan.optimal_alternative` keeps the ranked plan
    whenever it already reaches the optimum, so a tie never displaces a higher-ranked project."""
    free = [i for i, w in enumerate(weights) if w == 0 and values[i] > 0]
    items = [i for i, w in enumerate(weights) if 0 < w <= capacity and values[i] > 0]
    # Best ratio first makes the bound tight early; earlier index first among equal ratios.
    items.sort(key=lambda i: (Fraction(-values[i], weights[i]), i))
    item_w = [weights[i] for i in items]
    item_v = [values[i] for i in items]
    prefix_w = [0]
    prefix_v = [0]
    for w, v in zip(item_w, item_v):
        prefix_w.append(prefix_w[-1] + w)
        prefix_v.append(prefix_v[-1] + v)

    def promising(states: list, stage: int, best: int) -> list:
        # The states whose bound reaches best: fill items[stage:] by ratio until the room
        # runs out, the last one fractionally. Compared in integers (the bound is whole +
        # v·r/w). One call per stage, not per state: there are ~90,000 states at 1,000 items.
        base_w, base_v = prefix_w[stage], prefix_v[stage]
        kept = []
        for state in states:
            room = capacity - state[0]
            need = best - state[1]
            end = bisect_right(prefix_w, base_w + room) - 1
            whole = prefix_v[end] - base_v
            if end < len(item_w):
                if (whole - need) * item_w[end] + item_v[end] * (room - prefix_w[end] + base_w) >= 0:
                    kept.append(state)
            elif whole >= need:
                kept.append(state)
        return kept

    best_value = _greedy_value(items, weights, values, capacity)
    # A state: (weight, value, chosen) with chosen a linked list (index, rest) of item indices.
    states: list[tuple[int, int, tuple | None]] = [(0, 0, None)]
    for stage, i in enumerate(items):
        w_i, v_i = weights[i], values[i]
        grown = [(w + w_i, v + v_i, (i, chosen)) for w, v, chosen in states if w + w_i <= capacity]
        merged = _pareto_merge(states, grown)
        # The merge keeps values strictly rising with weight: the last state is the best.
        best_value = max(best_value, merged[-1][1])
        states = promising(merged, stage + 1, best_value)
    weight, value, chosen = max(states, key=lambda s: (s[1], -s[0]))
    picked = []
    while chosen is not None:
        index, chosen = chosen
        picked.append(index)
    return sorted(picked + free)


def _greedy_value(items: Sequence[int], weights: Sequence[int], values: Sequence[int], capacity: int) -> int:
    room, total = capacity, 0
    for i in items:
        if weights[i] <= room:
            room -= weights[i]
            total += values[i]
    return total


def _pareto_merge(old: list, new: list) -> list:
    """Merge two weight-sorted state lists, keeping only states that beat every lighter one.
    On a tie in weight and value the old state (without the newer item) wins."""
    merged = []
    a = b = 0
    n_old, n_new = len(old), len(new)
    best = -1
    while a < n_old or b < n_new:
        # Lighter first; on equal weight the larger value (then the old state) first.
        if b >= n_new or (a < n_old and (old[a][0] < new[b][0]
                                         or (old[a][0] == new[b][0] and old[a][1] >= new[b][1]))):
            state = old[a]
            a += 1
        else:
            state = new[b]
            b += 1
        if state[1] > best:
            merged.append(state)
            best = state[1]
    return merged
