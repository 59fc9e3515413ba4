"""Exact many-to-one assignment: min-cost flow on candidate pairs, certified over all.

The problem: mentees (rows) and mentors (columns) with capacities; a pair may be
impossible; each mentee gets at most one mentor. ``coverage`` maximises the number of
pairs, then the total score; ``balanced`` maximises the number, then the lowest score,
then the total. Scores are integers (millionths), so every comparison is exact.

Solving on all 10⁸–10⁹ possible pairs of a national cohort is too slow and too big, so
the solver works on *candidates* and proves afterwards that the candidate optimum is
the optimum over all pairs, adding pairs until the proof holds (column generation):

1. One pass scores every pair (in blocks, never the whole matrix) and keeps each
   mentee's best ``k`` mentors and each mentor's best ``l`` mentees (so that no mentor
   is left without takers), plus a one-byte upper bound of every score (``Store``).
2. OR-tools' ``SimpleMinCostFlow.solve_max_flow_with_min_cost`` solves the candidate
   problem: source → mentee (capacity 1), mentee → mentor (1, cost −score), mentor →
   sink (capacity). A maximum flow of minimum cost is exactly the lexicographic
   optimum "most pairs, then highest total"; mentees without flow stay unmatched.
3. The same optimum maximises the linear weight w = M + score with M = UNIT·(n + 1):
   one more pair gains at least M, while all scores together differ by at most
   n·UNIT < M. This b-matching LP is integral; its dual has a potential uᵢ ≥ 0 per
   mentee and pⱼ ≥ 0 per mentor with uᵢ + pⱼ ≥ wᵢⱼ on every pair. OR-tools does not
   expose them, so ``_duals`` derives them from the optimal flow as longest paths in
   the residual graph (Bellman–Ford) and verifies complementary slackness.
4. A possible pair with uᵢ + pⱼ < wᵢⱼ is a violator. The store's upper bounds rule
   out almost every pair in one cheap pass; the few whose bound could violate are
   scored exactly. Violators (and pairs close to violating) join the candidates and
   the flow is solved again. With no violator left, the candidate solution and the
   duals prove optimality over all pairs (LP duality).

``balanced`` first gets the maximum number F of pairs this way, then searches the
highest threshold θ at which F pairs still exist using only pairs scoring ≥ θ
(OR-tools max flow on candidates), proves that θ + 1 no longer allows F pairs with a
minimum cut that no other pair scoring ≥ θ + 1 may cross (adding crossing pairs and
searching again if one does), and finally solves "most pairs, then highest total" on
the pairs scoring ≥ θ, certified as above.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from numpy.typing import NDArray
from ortools.graph.python import (  # type: ignore[import-untyped]  # no stubs or py.typed
    max_flow,
    min_cost_flow,
)
from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]  # no py.typed

from matching.scoring import UNIT

I64 = NDArray[np.int64]
_T = TypeVar("_T")
I32 = NDArray[np.int32]

#: Score cells per block of rows (about 1 MB per int32 array: stays in cache).
BLOCK_CELLS = 300_000
WORKERS = 2
#: The store keeps floor(score / STEP) + 1 per pair in one byte (0: impossible or a
#: candidate already), so a stored code bounds the score from above to within STEP.
STEP = -(-UNIT // 254)
_UPPER = np.array([-1] + [min(c * STEP - 1, UNIT) for c in range(1, 256)], dtype=np.int64)
#: Pairs whose reduced profit is within this of violating are added with the
#: violators: the next round's potentials could push them over.
NEAR = UNIT // 50
#: Candidates whose reduced profit is this far from tight leave the flow problem.
PRUNE = UNIT // 10
#: Pairs checked exactly per mentee and round, the most promising first.
CHECK_PER_ROW = 32


@dataclass(frozen=True)
class Problem:
    """The rows' and columns' view the solver needs (indices are local to it)."""

    n: int
    cap: I64
    score_rows: Callable[[NDArray[np.intp]], I32]  # rows × all columns, NO_PAIR if impossible
    score_pairs: Callable[[I64, I64], I32]  # the same scores for (i[k], j[k])
    per_mentee: int  # best mentors kept per mentee
    per_mentor: int  # best mentees kept per mentor
    order: NDArray[np.intp]  # rows in the order blocks should take them (cache reuse)


@dataclass
class Candidates:
    """Candidate pairs, the one-byte score bounds of all pairs, and counters."""

    i: I64
    j: I64
    s: I64
    store: NDArray[np.uint8]  # (n, m): upper-bound code, 0 for candidates/impossible
    rounds: int = 0
    checked: int = 0  # pairs scored exactly by the certificate

    def add(self, i: I64, j: I64, s: I64) -> None:
        self.i = np.concatenate([self.i, i])
        self.j = np.concatenate([self.j, j])
        self.s = np.concatenate([self.s, s])
        self.store[i, j] = 0


def _blocks(order: NDArray[np.intp], m: int) -> list[NDArray[np.intp]]:
    """Blocks of rows, in the problem's preferred order."""
    size = max(8, min(4096, BLOCK_CELLS // max(m, 1)))
    return [order[start : start + size] for start in range(0, order.size, size)]


_controller: ThreadpoolController | None = None


def _map(work: Callable[[NDArray[np.intp]], _T], blocks: list[NDArray[np.intp]]) -> Iterator[_T]:
    """``work`` over the blocks, in order.

    Large jobs run two threads of blocks with one BLAS thread each: numpy releases the
    GIL in products and elementwise work, so this uses both cores better than one block
    at a time with a two-thread BLAS. Small jobs run in this thread.
    """
    global _controller
    if len(blocks) < 4:
        yield from map(work, blocks)
        return
    if _controller is None:  # finding the BLAS libraries takes a while: do it once
        _controller = ThreadpoolController()
    with _controller.limit(limits=1, user_api="blas"), ThreadPoolExecutor(WORKERS) as pool:
        yield from pool.map(work, blocks)


def _where(mask: NDArray[np.bool_]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Row and column indices of a 2-D mask (faster than np.nonzero)."""
    return np.divmod(np.flatnonzero(mask), mask.shape[1])


class _ColumnBest:
    """Each column's ``l`` best rows so far by a key, and the key a row must beat.

    Blocks read ``cut`` while it rises (a stale value only lets more cells through);
    what they pass in is merged from time to time, so only a few cells per block are
    ever kept even though every block starts from the whole column.
    """

    def __init__(self, m: int, l: int):  # noqa: E741 (l mirrors k)
        self.l = l
        self.cut = np.full(m, -2 * UNIT, dtype=np.int64)
        self._kept: tuple[I64, ...] = (np.zeros(0, np.int64),) * 4
        self._pending: list[tuple[I64, ...]] = []
        self._size = 0

    def offer(self, i: I64, j: I64, s: I64, key: I64) -> None:
        self._pending.append((i, j, s, key))
        self._size += i.size
        if self._size > max(4 * self.cut.size * self.l, 200_000):
            self._merge()

    def _merge(self) -> None:
        i, j, s, key = (
            np.concatenate([self._kept[x]] + [p[x] for p in self._pending]) for x in range(4)
        )
        order = np.argsort(j * (4 * UNIT) - key)  # by column, best key first
        i, j, s, key = i[order], j[order], s[order], key[order]
        rank = np.arange(j.size) - np.searchsorted(j, j, side="left")
        keep = rank < self.l
        self._kept = (i[keep], j[keep], s[keep], key[keep])
        last = keep & (rank == self.l - 1)
        self.cut[j[last]] = key[last]
        self._pending, self._size = [], 0

    def result(self) -> tuple[I64, I64, I64]:
        self._merge()
        i, j, s, _ = self._kept
        return i, j, s


def initial_candidates(problem: Problem) -> Candidates:
    """Score every pair once: keep about each row's top k and each column's top l, and
    the one-byte upper bound of every score.

    Candidates only steer the solver — the certificate adds whatever is missing — so
    they are chosen for few certificate rounds, not for exactness. The row cut is taken
    on every fourth column: about k pairs per row, for a quarter of the cost of an exact
    top k. A column keeps the rows for which it is best *relative to their own cut*
    (score − cut): the mentees who need this mentor, not the popular ones who will be
    matched elsewhere anyway — so mentors with unusual profiles get their takers.
    """
    n, m, k = problem.n, problem.cap.shape[0], problem.per_mentee
    store = np.zeros((n, m), dtype=np.uint8)
    columns = _ColumnBest(m, problem.per_mentor)
    sample = max(1, min(4, m // (4 * k)))

    def work(rows: NDArray[np.intp]) -> tuple[I64, ...]:
        scores = problem.score_rows(rows)
        codes = scores + STEP  # NO_PAIR (-1) gets code 0, a score s gets s // STEP + 1
        codes //= STEP
        store[rows] = codes
        seen = scores[:, ::sample]
        if seen.shape[1] > -(-k // sample):
            kth = seen.shape[1] - -(-k // sample)
            cut = np.maximum(np.partition(seen, kth, axis=1)[:, kth], 0)
        else:
            cut = np.zeros(rows.size, dtype=np.int32)
        ri, cj = _where(scores >= cut[:, None])
        relative = scores - cut[:, None]
        relative[scores < 0] = -2 * UNIT
        ci, cc = _where(relative > columns.cut[None, :])
        return (
            rows[ri].astype(np.int64),
            cj,
            scores[ri, cj].astype(np.int64),
            rows[ci].astype(np.int64),
            cc,
            scores[ci, cc].astype(np.int64),
            relative[ci, cc].astype(np.int64),
        )

    found: list[tuple[I64, ...]] = []
    for part in _map(work, _blocks(problem.order, m)):
        columns.offer(part[3], part[4], part[5], part[6])
        found.append(part[:3])
    i, j, s = (np.concatenate([p[x] for p in found] + [columns.result()[x]]) for x in range(3))
    _, first = np.unique(i * max(m, 1) + j, return_index=True)
    cand = Candidates(i[:0], j[:0], s[:0], store)
    cand.add(i[first], j[first], s[first])
    return cand


def possible_counts(cand: Candidates, rows: NDArray[np.intp]) -> I64:
    """How many columns are possible for each of ``rows`` (candidates or in the store)."""
    in_store = np.concatenate(
        [
            np.count_nonzero(cand.store[rows[k : k + 1024]], axis=1)
            for k in range(0, rows.size, 1024)
        ]
        or [np.zeros(0, np.int64)]
    )
    return in_store + np.bincount(cand.i, minlength=cand.store.shape[0])[rows]


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


def _scan(
    problem: Problem, cand: Candidates, row_off: I64, col_off: I64, theta: int, near: int
) -> int:
    """Find every possible pair scoring ≥ theta outside the candidates whose gap
    score − row_off[i] − col_off[j] is positive (a violator of the certificate).

    The store bounds every score from above, so one pass over it flags the few pairs
    that could violate; those are scored exactly, the most promising first. Violators
    and pairs within ``near`` of violating join the candidates. Returns how many
    violators were found: 0 proves the certificate.

    The pass compares the one-byte codes with x[i] + y[j], small integers with
    x[i] + y[j] ≤ (row_off[i] + col_off[j] + 1) / STEP. Both are clamped to ±1024: a
    clamp from above lowers the sum (flags more); a clamp from below leaves a sum ≤ 0,
    which flags every possible pair, as the true sum would. So no violator is missed.
    """
    m = problem.cap.shape[0]
    x = np.clip(np.floor_divide(row_off + 1, STEP), -1024, 1024).astype(np.int16)
    y = np.clip(np.floor_divide(col_off, STEP), -1024, 1024).astype(np.int16)
    floor = max(-(-(max(theta, 0) + 1) // STEP) - 1, 0)  # codes that can reach theta

    def work(rows: NDArray[np.intp]) -> tuple[NDArray[np.int64], ...]:
        threshold = x[rows][:, None] + y[None, :]
        np.maximum(threshold, floor, out=threshold)
        ri, cj = _where(cand.store[rows] > threshold)
        if ri.size == 0:
            return (np.zeros(0, np.int64),) * 3 + (np.zeros(1, np.int64),) * 2
        # Most promising first (largest upper gap), at most CHECK_PER_ROW per row now.
        upper = _UPPER[cand.store[rows[ri], cj]] - row_off[rows[ri]] - col_off[cj]
        order = np.argsort(ri * (8 * UNIT) - np.clip(upper, -2 * UNIT, 2 * UNIT))
        ri, j = ri[order], cj[order]
        i = rows[ri].astype(np.int64)
        rank = np.arange(ri.size) - np.searchsorted(ri, ri, side="left")
        first = rank < CHECK_PER_ROW
        s = problem.score_pairs(i[first], j[first]).astype(np.int64)
        gap = np.where(s >= max(theta, 0), s - row_off[i[first]] - col_off[j[first]], -near)
        # Rows with more flagged pairs and no violator among the first: check the rest.
        more = ~first & ~np.isin(i, i[first][gap > 0])
        if more.any():
            s2 = problem.score_pairs(i[more], j[more]).astype(np.int64)
            gap2 = np.where(s2 >= max(theta, 0), s2 - row_off[i[more]] - col_off[j[more]], -near)
            keep = first | more
            i, j = i[keep], j[keep]
            s, gap = np.concatenate([s, s2]), np.concatenate([gap, gap2])
            order = np.argsort(np.concatenate([np.flatnonzero(first), np.flatnonzero(more)]))
            s, gap = s[order], gap[order]
        else:
            i, j = i[first], j[first]
        add = gap > -near
        return (i[add], j[add], s[add], np.array([np.count_nonzero(gap > 0)]), np.array([i.size]))

    parts = list(_map(work, _blocks(problem.order, m)))
    if not parts:
        return 0
    cand.checked += int(sum(int(p[4][0]) for p in parts))
    cand.add(*(np.concatenate([p[x] for p in parts]) for x in range(3)))
    return int(sum(int(p[3][0]) for p in parts))


def _prune(cand: Candidates, slack: I64, assign: I64) -> None:
    """Return candidates far from tight (slack > PRUNE, not in the assignment) to the
    store: they cannot improve the next solution, only slow the solver down. If prices
    move enough to make one interesting again, the next scan finds it like any pair.
    """
    drop = (slack > PRUNE) & (assign[cand.i] != cand.j)
    if drop.any():
        cand.store[cand.i[drop], cand.j[drop]] = (cand.s[drop] // STEP + 1).astype(np.uint8)
        keep = ~drop
        cand.i, cand.j, cand.s = cand.i[keep], cand.j[keep], cand.s[keep]


def certified_max_weight(problem: Problem, cand: Candidates, theta: int = 0) -> I64:
    """Most pairs, then highest total, over all possible pairs scoring ≥ ``theta``."""
    n, cap = problem.n, problem.cap
    if n == 0 or cap.size == 0:
        return np.full(n, -1, dtype=np.int64)
    big = UNIT * (n + 1)
    while True:
        cand.rounds += 1
        keep = cand.s >= theta
        i, j, s = cand.i[keep], cand.j[keep], cand.s[keep]
        assign = _solve_flow(n, cap, i, j, s)
        u, p = _duals(n, cap, i, j, big + s, assign)
        _prune(cand, u[cand.i] + p[cand.j] - big - cand.s, assign)
        # Violation: score > u[i] + (p[j] - M); both offsets are then small numbers
        # for most mentees and mentors, which keeps the store's bounds sharp.
        if _scan(problem, cand, u, p - big, theta, NEAR) == 0:
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


def certified_balanced(problem: Problem, cand: Candidates, locked_low: int | None) -> I64:
    """Most pairs, then highest lowest score, then highest total (all exact).

    ``locked_low`` is the lowest score among locked pairs: the proposal's lowest score
    can never exceed it, so the threshold never needs to either.
    """
    n, cap = problem.n, problem.cap
    assign = certified_max_weight(problem, cand)
    matched = np.flatnonzero(assign >= 0)
    if matched.size == 0:
        return assign
    target = matched.size
    low = int(cand.s[assign[cand.i] == cand.j].min())
    if locked_low is not None and locked_low <= low:
        return certified_max_weight(problem, cand, theta=locked_low)
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
        # A pair crosses the cut when its mentee is on the source side and its mentor
        # is not: offsets -1 there (any score is a positive gap), far above elsewhere.
        far = 4 * UNIT
        row_off = np.where(side[:n], -1, far).astype(np.int64)
        col_off = np.where(side[n : n + cap.shape[0]], far, 0).astype(np.int64)
        if _scan(problem, cand, row_off, col_off, low + 1, 1) == 0:
            break
    theta = low if locked_low is None else min(low, locked_low)
    return certified_max_weight(problem, cand, theta=theta)
