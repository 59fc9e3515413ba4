"""Exact many-to-one assignment: min-cost flow on candidate pairs, certified over all.

The problem: mentees (rows) and mentors (columns) with capacities; a pair may be
impossible; each mentee gets at most one mentor. ``coverage`` maximises the number of
pairs, then the total score; ``balanced`` maximises the number, then the lowest score,
then the total. Scores are integers (millionths), so every comparison is exact.

Solving on all ~10⁸–10⁹ possible pairs is too slow and too big, so the solver works on
*candidates* — each mentee's best ``k`` mentors — and proves afterwards that the
candidate optimum is the optimum over all pairs, adding pairs until the proof holds
(column generation):

1. OR-tools' ``SimpleMinCostFlow.solve_max_flow_with_min_cost`` solves the candidate
   problem: source → mentee (capacity 1), mentee → mentor (1, cost −score), mentor →
   sink (capacity). A maximum flow of minimum cost is exactly the lexicographic
   optimum "most pairs, then highest total"; mentees without flow stay unmatched.
2. The same optimum maximises the linear weight w = M + score with M = UNIT·(n + 1):
   one more pair gains at least M, while all scores together differ by at most
   n·UNIT < M. The LP of this b-matching is integral, and its dual gives a potential
   uᵢ ≥ 0 per mentee and pⱼ ≥ 0 per mentor with uᵢ + pⱼ ≥ wᵢⱼ on every pair. The
   solver does not expose them, so ``_duals`` derives them from the optimal flow as
   longest-path distances in the residual graph (Bellman–Ford) and verifies
   complementary slackness.
3. Any possible pair (i, j) with uᵢ + pⱼ < wᵢⱼ (positive reduced profit) is a
   violator. A mentee's pairs outside its candidates score at most ``bound[i]``, and
   pⱼ ≥ 0, so only mentees with uᵢ < M + bound[i] need their row recomputed. If no
   pair violates, the candidate solution with these duals is optimal over all pairs
   (LP duality). Otherwise the violators join the candidates and we solve again.

``balanced`` first gets the maximum number F of pairs this way, then searches the
highest threshold θ at which F pairs still exist using only pairs scoring ≥ θ
(OR-tools max flow on candidates), proves that θ + 1 no longer allows F pairs with a
minimum cut checked against all pairs (adding crossing pairs and searching again if
one is found), and finally solves "most pairs, then highest total" with the pairs
scoring ≥ θ, certified as above.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from ortools.graph.python import max_flow, min_cost_flow
from threadpoolctl import threadpool_limits

from matching.scoring import NO_PAIR, UNIT

#: Scores of mentee rows against all columns (NO_PAIR where impossible).
RowScorer = Callable[[NDArray[np.intp]], NDArray[np.int32]]

#: Score cells per block of rows (about 16 MB of int32 per block and worker).
BLOCK_CELLS = 4_000_000
WORKERS = 2

I64 = NDArray[np.int64]


@dataclass
class Candidates:
    """Candidate pairs and, per mentee, the best score of a possible pair left out."""

    i: I64
    j: I64
    s: I64
    bound: I64  # NO_PAIR when every possible pair of the mentee is a candidate
    rounds: int = 0
    rows_rechecked: int = 0

    def add(self, i: I64, j: I64, s: I64) -> None:
        self.i = np.concatenate([self.i, i])
        self.j = np.concatenate([self.j, j])
        self.s = np.concatenate([self.s, s])

    def by_row(self, rows: NDArray[np.intp]) -> tuple[I64, I64]:
        """(position of the row in ``rows``, column) of the rows' candidates."""
        where = np.full(self.bound.shape[0], -1, dtype=np.int64)
        where[rows] = np.arange(rows.shape[0])
        local = where[self.i]
        keep = local >= 0
        return local[keep], self.j[keep]


def _blocks(n: int, m: int) -> Iterator[NDArray[np.intp]]:
    size = max(16, min(4096, BLOCK_CELLS // max(m, 1)))
    for start in range(0, n, size):
        yield np.arange(start, min(n, start + size))


def _top_k(scores: NDArray[np.int32], k: int) -> tuple[I64, I64, I64, I64]:
    """Each row's k best possible columns and the best score left out."""
    b, m = scores.shape
    if m <= k:
        li, lj = np.nonzero(scores >= 0)
        return li, lj, scores[li, lj].astype(np.int64), np.full(b, NO_PAIR, np.int64)
    order = np.argpartition(scores, m - k - 1, axis=1)
    top = order[:, m - k :]
    values = np.take_along_axis(scores, top, axis=1)
    bound = scores[np.arange(b), order[:, m - k - 1]].astype(np.int64)
    li, lk = np.nonzero(values >= 0)
    return li, top[li, lk].astype(np.int64), values[li, lk].astype(np.int64), bound


def initial_candidates(score_rows: RowScorer, n: int, m: int, k: int) -> Candidates:
    """Score every pair once, block by block in parallel, keeping each row's top k."""

    def work(rows: NDArray[np.intp]) -> tuple[I64, I64, I64, I64]:
        li, j, s, bound = _top_k(score_rows(rows), k)
        return rows[li], j, s, bound

    # numpy releases the GIL in products and elementwise work: two threads of blocks
    # with one BLAS thread each use both cores better than one block at a time.
    with threadpool_limits(1, user_api="blas"), ThreadPoolExecutor(WORKERS) as pool:
        parts = list(pool.map(work, _blocks(n, m)))
    if not parts:
        empty = np.zeros(0, np.int64)
        return Candidates(empty, empty, empty, np.full(n, NO_PAIR, np.int64))
    return Candidates(
        i=np.concatenate([p[0] for p in parts]),
        j=np.concatenate([p[1] for p in parts]),
        s=np.concatenate([p[2] for p in parts]),
        bound=np.concatenate([p[3] for p in parts]),
    )


def _solve_flow(n: int, cap: I64, i: I64, j: I64, s: I64) -> I64:
    """Most pairs, then highest total, on the given pairs (OR-tools min-cost flow)."""
    m = cap.shape[0]
    assign = np.full(n, -1, dtype=np.int64)
    if i.size == 0:
        return assign
    source, sink = n + m, n + m + 1
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(
        np.concatenate([np.full(n, source), i, n + np.arange(m)]),
        np.concatenate([np.arange(n), n + j, np.full(m, sink)]),
        np.concatenate([np.ones(n, np.int64), np.ones(i.size, np.int64), cap]),
        np.concatenate([np.zeros(n, np.int64), -s, np.zeros(m, np.int64)]),
    )
    flow.set_node_supply(source, n)
    flow.set_node_supply(sink, -n)
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed with status {status}")
    used = flow.flows(np.arange(n, n + i.size)) > 0
    assign[i[used]] = j[used]
    return assign


def _duals(n: int, cap: I64, i: I64, j: I64, w: I64, assign: I64) -> tuple[I64, I64]:
    """Dual potentials proving that ``assign`` maximises Σw on the pairs (i, j).

    The smallest mentor potentials with uᵢ + pⱼ ≥ wᵢⱼ are longest paths from a root:
    an unmatched mentee i gives pⱼ ≥ wᵢⱼ; a mentee matched to k gives
    pⱼ ≥ pₖ + wᵢⱼ − wᵢₖ. Bellman–Ford (vectorised, stopping when nothing changes)
    computes them; a positive cycle would mean the flow was not optimal. Then
    uᵢ = wᵢₖ − pₖ, and complementary slackness is checked: uᵢ ≥ 0, pⱼ > 0 only on
    full mentors, equality on matched pairs.
    """
    m = cap.shape[0]
    matched = assign >= 0
    own_mentor = assign[i]
    own = j == own_mentor
    w_own = np.zeros(n, dtype=np.int64)
    w_own[i[own]] = w[own]
    p = np.zeros(m, dtype=np.int64)
    free = ~matched[i]
    np.maximum.at(p, j[free], w[free])
    chain = matched[i] & ~own
    src, dst = own_mentor[chain], j[chain]
    gain = w[chain] - w_own[i[chain]]
    order = np.argsort(dst, kind="stable")
    src, dst, gain = src[order], dst[order], gain[order]
    starts = np.flatnonzero(np.r_[True, dst[1:] != dst[:-1]]) if dst.size else dst
    heads = dst[starts]
    for _ in range(m + 1):
        if dst.size == 0:
            break
        best = np.maximum.reduceat(p[src] + gain, starts)
        better = best > p[heads]
        if not better.any():
            break
        p[heads[better]] = best[better]
    else:
        raise RuntimeError("dual certificate failed: the flow is not optimal")
    u = np.where(matched, w_own - p[np.maximum(assign, 0)], 0)
    load = np.bincount(assign[matched], minlength=m)
    if (u < 0).any() or ((p > 0) & (load < cap)).any() or (u[i] + p[j] < w).any():
        raise RuntimeError("dual certificate failed: complementary slackness violated")
    return u, p


Violation = Callable[[NDArray[np.intp], NDArray[np.int32]], tuple[NDArray[np.bool_], I64]]


def _recheck(
    score_rows: RowScorer,
    cand: Candidates,
    rows: NDArray[np.intp],
    theta: int,
    k: int,
    violation: Violation,
) -> int:
    """Recompute ``rows`` in full, add up to k violating pairs per row (highest
    priority first), tighten their bounds. Returns how many pairs were added."""
    cand.rows_rechecked += rows.size
    added = 0
    found: list[tuple[I64, I64, I64]] = []
    for start in range(0, rows.size, 512):
        block = rows[start : start + 512]
        scores = score_rows(block)
        m = scores.shape[1]
        li, lj = cand.by_row(block)
        scores[li, lj] = NO_PAIR  # candidates are already in the problem
        bad, priority = violation(block, scores)
        bad &= scores >= max(theta, 0)
        priority = np.where(bad, priority, np.iinfo(np.int64).min)
        take = min(k, m)
        top = np.argpartition(priority, m - take, axis=1)[:, m - take :]
        keep = np.take_along_axis(bad, top, axis=1)
        ri, rk = np.nonzero(keep)
        cols = top[ri, rk]
        found.append((block[ri], cols.astype(np.int64), scores[ri, cols].astype(np.int64)))
        scores[ri, cols] = NO_PAIR
        cand.bound[block] = scores.max(axis=1)
        added += ri.size
    if added:
        cand.add(*(np.concatenate(parts) for parts in zip(*found, strict=True)))
    return added


def certified_max_weight(
    score_rows: RowScorer, cand: Candidates, cap: I64, k: int, theta: int = 0
) -> I64:
    """Most pairs, then highest total, over all possible pairs scoring ≥ ``theta``."""
    n = cand.bound.shape[0]
    big = UNIT * (n + 1)
    while True:
        cand.rounds += 1
        keep = cand.s >= theta
        i, j, s = cand.i[keep], cand.j[keep], cand.s[keep]
        assign = _solve_flow(n, cap, i, j, s)
        u, p = _duals(n, cap, i, j, big + s, assign)
        need = np.flatnonzero((cand.bound >= theta) & (u < big + cand.bound))

        def profit(rows: NDArray[np.intp], scores: NDArray[np.int32]) -> tuple[
            NDArray[np.bool_], I64
        ]:
            slack = scores.astype(np.int64) + big - p[None, :] - u[rows][:, None]
            return slack > 0, slack

        if need.size == 0 or _recheck(score_rows, cand, need, theta, k, profit) == 0:
            return assign


def _max_pairs(n: int, cap: I64, i: I64, j: I64) -> tuple[int, NDArray[np.bool_]]:
    """Maximum number of pairs on (i, j) and the source side of a minimum cut."""
    m = cap.shape[0]
    source, sink = n + m, n + m + 1
    flow = max_flow.SimpleMaxFlow()
    flow.add_arcs_with_capacity(
        np.concatenate([np.full(n, source), i, n + np.arange(m)]),
        np.concatenate([np.arange(n), n + j, np.full(m, sink)]),
        np.concatenate([np.ones(n, np.int64), np.ones(i.size, np.int64), cap]),
    )
    status = flow.solve(source, sink)
    if status != flow.OPTIMAL:
        raise RuntimeError(f"max flow failed with status {status}")
    side = np.zeros(n + m + 2, dtype=bool)
    side[np.asarray(flow.get_source_side_min_cut(), dtype=np.int64)] = True
    return int(flow.optimal_flow()), side


def certified_balanced(
    score_rows: RowScorer, cand: Candidates, cap: I64, k: int, locked_low: int | None
) -> I64:
    """Most pairs, then highest lowest score, then highest total (all exact).

    ``locked_low`` is the lowest score among locked pairs: the proposal's lowest score
    can never exceed it, so the threshold never needs to either.
    """
    n = cand.bound.shape[0]
    assign = certified_max_weight(score_rows, cand, cap, k)
    matched = np.flatnonzero(assign >= 0)
    if matched.size == 0:
        return assign
    target = matched.size
    low = int(cand.s[assign[cand.i] == cand.j].min())
    if locked_low is not None and locked_low <= low:
        return certified_max_weight(score_rows, cand, cap, k, theta=locked_low)
    while True:
        values = np.unique(cand.s[cand.s >= low])
        lo, hi = 0, values.size - 1  # values[lo] always allows `target` pairs
        while lo < hi:
            mid = (lo + hi + 1) // 2
            keep = cand.s >= values[mid]
            if _max_pairs(n, cap, cand.i[keep], cand.j[keep])[0] == target:
                lo = mid
            else:
                hi = mid - 1
        low = int(values[lo])
        # Prove that no threshold above `low` allows `target` pairs: the candidates'
        # minimum cut at low + 1 must not be crossed by any other pair scoring ≥ low + 1.
        keep = cand.s >= low + 1
        _, side = _max_pairs(n, cap, cand.i[keep], cand.j[keep])
        mentor_out = ~side[n : n + cap.shape[0]]
        rows = np.flatnonzero(side[:n] & (cand.bound >= low + 1))

        def crossing(rows: NDArray[np.intp], scores: NDArray[np.int32]) -> tuple[
            NDArray[np.bool_], I64
        ]:
            bad = np.broadcast_to(mentor_out[None, :], scores.shape).copy()
            return bad, scores.astype(np.int64)

        if rows.size == 0 or _recheck(score_rows, cand, rows, low + 1, k, crossing) == 0:
            break
    theta = low if locked_low is None else min(low, locked_low)
    return certified_max_weight(score_rows, cand, cap, k, theta=theta)
