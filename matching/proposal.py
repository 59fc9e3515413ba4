"""``score`` and ``propose``: the engine's entry points, and their result objects."""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from matching.assign import (
    Problem,
    certified_balanced,
    certified_max_weight,
    initial_candidates,
    possible_counts,
)
from matching.explain import (
    blocking_reasons,
    pair_reasons,
    shared_terms,
    unmatched_reasons,
)
from matching.features import Cohort, encode
from matching.records import (
    COMPONENTS,
    Mentee,
    Mentor,
    Pair,
    Reason,
    ReasonCode,
    Weights,
)
from matching.scoring import NO_PAIR, UNIT, Scorer

OBJECTIVES = ("coverage", "balanced")
#: Candidates kept per mentee and per mentor before the certificate adds what it
#: needs. Larger costs solver time; smaller costs certificate rounds (docs/matching.md).
CANDIDATES_PER_MENTEE = 12
CANDIDATES_PER_MENTOR = 12

IntArray = NDArray[np.intp]


def _check_unique(records: Sequence[Mentee] | Sequence[Mentor], kind: str) -> None:
    seen: set[str] = set()
    for record in records:
        if not isinstance(record, Mentee if kind == "Mentee" else Mentor):
            raise ValueError(f"{kind}s: expected {kind} records, got {type(record).__name__}")
        if record.id in seen:
            raise ValueError(f"{kind} {record.id!r}: id: duplicate id")
        seen.add(record.id)


def _build_pairs(
    scorer: Scorer,
    records: tuple[Sequence[Mentee], Sequence[Mentor]],
    ii: IntArray,
    jj: IntArray,
    locked: set[tuple[int, int]],
) -> list[Pair]:
    """Pairs with parts and reasons for the index pairs (ii[k], jj[k])."""
    mentees, mentors = records
    parts = scorer.pairs(ii, jj)
    terms = shared_terms(scorer.cohort, ii, jj)
    out = []
    for k, (i, j) in enumerate(zip(ii.tolist(), jj.tolist(), strict=True)):
        values = {name: round(float(parts.values[name][k]), 6) for name in COMPONENTS}
        out.append(
            Pair(
                mentee_id=mentees[i].id,
                mentor_id=mentors[j].id,
                score=int(parts.score[k]) / UNIT,
                parts=values,
                reasons=pair_reasons(mentees[i], mentors[j], terms[k], locked=(i, j) in locked),
            )
        )
    return out


class ScoreTable:
    """Scores of every mentee against every mentor of a cohort (see ``score``)."""

    def __init__(self, mentees: Sequence[Mentee], mentors: Sequence[Mentor], weights: Weights):
        self.mentees = tuple(mentees)
        self.mentors = tuple(mentors)
        self.cohort: Cohort = encode(self.mentees, self.mentors)
        self._scorer = Scorer(self.cohort, weights.normalised(), np.arange(len(self.mentors)))

    def dense(self) -> NDArray[np.float64]:
        """All scores, (mentees × mentors), in [0, 1]; NaN where the pair is impossible
        (hard constraints and paused mentors). Meant for small cohorts and tests."""
        n, m = len(self.mentees), len(self.mentors)
        out = np.full((n, m), np.nan)
        paused = self.cohort.mentors.capacity == 0
        for start in range(0, n, max(1, 1_000_000 // max(m, 1))):
            rows = np.arange(start, min(n, start + max(1, 1_000_000 // max(m, 1))))
            block = self._scorer.block(rows).astype(np.float64)
            block[:, paused] = NO_PAIR
            out[rows] = np.where(block >= 0, block / UNIT, np.nan)
        return out

    def explain(self, mentee_id: str, mentor_id: str) -> Pair:
        """Score, parts and reasons of one pair. For an impossible pair the score is NaN
        and the reasons are the constraints that rule it out."""
        try:
            i = self.cohort.mentees.index[mentee_id]
        except KeyError:
            raise ValueError(f"explain: unknown mentee id {mentee_id!r}") from None
        try:
            j = self.cohort.mentors.index[mentor_id]
        except KeyError:
            raise ValueError(f"explain: unknown mentor id {mentor_id!r}") from None
        blockers = blocking_reasons(self.mentees[i], self.mentors[j])
        pair = _build_pairs(
            self._scorer, (self.mentees, self.mentors), np.array([i]), np.array([j]), set()
        )[0]
        if blockers:
            return Pair(pair.mentee_id, pair.mentor_id, math.nan, pair.parts, blockers)
        return pair

    def ranked(
        self, mentee_id: str, mentor_ids: Iterable[str] | None = None, k: int = 5
    ) -> list[Pair]:
        """The k best possible pairs of one mentee among the given mentors (all if None),
        best first, ties in mentor order. Scores only this mentee's row; impossible pairs
        and paused mentors are left out. For a coordinator picking a mentor by hand."""
        try:
            i = self.cohort.mentees.index[mentee_id]
        except KeyError:
            raise ValueError(f"ranked: unknown mentee id {mentee_id!r}") from None
        allowed = np.ones(len(self.mentors), dtype=bool)
        if mentor_ids is not None:
            allowed[:] = False
            for mentor_id in mentor_ids:
                try:
                    allowed[self.cohort.mentors.index[mentor_id]] = True
                except KeyError:
                    raise ValueError(f"ranked: unknown mentor id {mentor_id!r}") from None
        row = self._scorer.block(np.array([i]))[0].astype(np.int64)
        row[~allowed | (self.cohort.mentors.capacity == 0)] = NO_PAIR
        possible = np.flatnonzero(row >= 0)
        best = possible[np.lexsort((possible, -row[possible]))][: max(k, 0)]
        return _build_pairs(
            self._scorer, (self.mentees, self.mentors), np.full(best.size, i), best, set()
        )


def score(
    mentees: Iterable[Mentee], mentors: Iterable[Mentor], weights: Weights | None = None
) -> ScoreTable:
    """Score every mentee–mentor pair of a cohort; features are fitted on the cohort."""
    mentee_list, mentor_list = list(mentees), list(mentors)
    _check_unique(mentee_list, "Mentee")
    _check_unique(mentor_list, "Mentor")
    return ScoreTable(mentee_list, mentor_list, weights or Weights())


@dataclass(frozen=True)
class Stats:
    """Figures of a proposal; ``seconds`` holds the time per stage."""

    objective: str
    mentees: int
    mentors: int
    matched: int
    unmatched: int
    total: float
    mean: float | None
    lowest: float | None
    seconds: dict[str, float]
    candidate_pairs: int
    certificate_rounds: int
    pairs_checked: int

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready figures."""
        return asdict(self)


class Proposal:
    """The optimal pairs, why the others stay unmatched, and next-best alternatives."""

    def __init__(
        self,
        pairs: list[Pair],
        unmatched: dict[str, Reason],
        stats: Stats,
        context: _Context | None,
    ):
        self.pairs = pairs
        self.unmatched = unmatched
        self.stats = stats
        self._context = context

    def alternatives(self, mentee_id: str, k: int = 5) -> list[Pair]:
        """The k best possible mentors for a mentee, other than the one proposed, that
        still have free capacity after this proposal (forbidden pairs and pairs under
        the minimum score excluded). Scores only this mentee's row."""
        context = self._context
        if context is None or mentee_id not in context.scorer.cohort.mentees.index:
            raise ValueError(f"alternatives: unknown mentee id {mentee_id!r}")
        cohort = context.scorer.cohort
        i = cohort.mentees.index[mentee_id]
        row = context.scorer.block(np.array([i]))[0].astype(np.int64)
        row[context.load >= cohort.mentors.capacity] = NO_PAIR
        row[context.forbidden[1][context.forbidden[0] == i]] = NO_PAIR
        row[row < context.min_units] = NO_PAIR
        if context.assigned.get(i, -1) >= 0:
            row[context.assigned[i]] = NO_PAIR
        possible = np.flatnonzero(row >= 0)
        best = possible[np.lexsort((possible, -row[possible]))][: max(k, 0)]
        return _build_pairs(
            context.scorer, (context.mentees, context.mentors), np.full(best.size, i), best, set()
        )


@dataclass
class _Context:
    """What ``Proposal.alternatives`` needs after ``propose`` returns."""

    mentees: Sequence[Mentee]
    mentors: Sequence[Mentor]
    scorer: Scorer  # over all mentors
    load: NDArray[np.int64]  # mentees per mentor in the proposal
    assigned: dict[int, int]  # mentee row -> mentor column
    forbidden: tuple[IntArray, IntArray]  # (mentee rows, mentor columns)
    min_units: int


def _index_pairs(
    pairs: Iterable[tuple[str, str]], name: str, cohort_ids: tuple[dict[str, int], dict[str, int]]
) -> list[tuple[int, int]]:
    mentee_index, mentor_index = cohort_ids
    out = []
    for pair in pairs:
        if not (isinstance(pair, tuple | list) and len(pair) == 2):
            raise ValueError(f"{name}: expected (mentee_id, mentor_id) pairs, got {pair!r}")
        mentee_id, mentor_id = pair
        if mentee_id not in mentee_index:
            raise ValueError(f"{name}: unknown mentee id {mentee_id!r}")
        if mentor_id not in mentor_index:
            raise ValueError(f"{name}: unknown mentor id {mentor_id!r}")
        out.append((mentee_index[mentee_id], mentor_index[mentor_id]))
    return out


def propose(
    mentees: Iterable[Mentee],
    mentors: Iterable[Mentor],
    weights: Weights | None = None,
    *,
    locked: Iterable[tuple[str, str]] = (),
    forbidden: Iterable[tuple[str, str]] = (),
    objective: str = "coverage",
    min_score: float = 0.0,
) -> Proposal:
    """The optimal pairs of a cohort, explained (see ``matching.assign`` for the method).

    ``objective="coverage"``: most mentees matched, then the highest total score;
    ``"balanced"``: most matched, then the highest lowest score, then the highest total.
    Locked pairs are kept and use capacity; forbidden pairs and pairs scoring under
    ``min_score`` are impossible; anyone may stay unmatched.
    """
    clock = time.perf_counter()
    weights = weights or Weights()
    mentee_list, mentor_list = list(mentees), list(mentors)
    if objective not in OBJECTIVES:
        raise ValueError(f"objective must be one of {', '.join(OBJECTIVES)}, got {objective!r}")
    if (
        isinstance(min_score, bool)
        or not isinstance(min_score, int | float)
        or not (0.0 <= min_score <= 1.0)
    ):
        raise ValueError(f"min_score must be a number in [0, 1], got {min_score!r}")
    _check_unique(mentee_list, "Mentee")
    _check_unique(mentor_list, "Mentor")
    ids = (
        {m.id: k for k, m in enumerate(mentee_list)},
        {m.id: k for k, m in enumerate(mentor_list)},
    )
    locked_idx = _index_pairs(locked, "locked", ids)
    forbidden_idx = _index_pairs(forbidden, "forbidden", ids)
    for mentee_row, times in Counter(i for i, _ in locked_idx).items():
        if times > 1:
            raise ValueError(f"locked: mentee {mentee_list[mentee_row].id!r} is locked twice")
    both = set(locked_idx) & set(forbidden_idx)
    if both:
        i, j = min(both)
        raise ValueError(
            f"locked and forbidden both name ({mentee_list[i].id!r}, {mentor_list[j].id!r})"
        )
    min_units = math.ceil(round(min_score * UNIT, 3))
    seconds: dict[str, float] = {}

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[stage] = round(now - clock, 4)
        clock = now

    cohort = encode(mentee_list, mentor_list)
    normalised = weights.normalised()
    n, m = len(mentee_list), len(mentor_list)
    capacity = cohort.mentors.capacity
    lap("features")

    # Locked pairs: possible, above the minimum, within capacity; they use capacity.
    all_mentors = Scorer(cohort, normalised, np.arange(m).astype(np.intp))
    li = np.array([i for i, _ in locked_idx], dtype=np.intp)
    lj = np.array([j for _, j in locked_idx], dtype=np.intp)
    locked_scores = all_mentors.pairs(li, lj).score
    for (i, j), value in zip(locked_idx, locked_scores.tolist(), strict=True):
        pair = f"({mentee_list[i].id!r}, {mentor_list[j].id!r})"
        blockers = [
            r
            for r in blocking_reasons(mentee_list[i], mentor_list[j])
            if r.code != ReasonCode.MENTOR_PAUSED
        ]
        if blockers or value == NO_PAIR:
            codes = ", ".join(str(r.code) for r in blockers)
            raise ValueError(f"locked: pair {pair} is impossible ({codes})")
        if value < min_units:
            raise ValueError(f"locked: pair {pair} scores {value / UNIT} under min_score")
    locked_load = np.bincount(lj, minlength=m).astype(np.int64)
    for j in np.flatnonzero(locked_load > capacity).tolist():
        raise ValueError(
            f"Mentor {mentor_list[j].id!r}: capacity {capacity[j]} is less than its "
            f"{locked_load[j]} locked pairs"
        )

    free = np.setdiff1d(np.arange(n), li).astype(np.intp)
    residual = capacity - locked_load
    cols = np.flatnonzero(residual > 0).astype(np.intp)
    scorer = all_mentors.restricted(cols)
    col_of = np.full(m, -1, dtype=np.int64)
    col_of[cols] = np.arange(cols.size)
    row_of = np.full(n, -1, dtype=np.int64)
    row_of[free] = np.arange(free.size)
    fi = np.array([i for i, _ in forbidden_idx], dtype=np.intp)
    fj = np.array([j for _, j in forbidden_idx], dtype=np.intp)
    keep = (row_of[fi] >= 0) & (col_of[fj] >= 0)
    f_rows, f_cols = row_of[fi[keep]], col_of[fj[keep]]

    forbidden_keys = np.unique(f_rows.astype(np.int64) * max(cols.size, 1) + f_cols)

    def score_rows(rows: IntArray) -> NDArray[np.int32]:
        scores = scorer.block(free[rows])
        if f_rows.size:
            where = np.full(free.size, -1, dtype=np.int64)
            where[rows] = np.arange(rows.size)
            hit = where[f_rows] >= 0
            scores[where[f_rows[hit]], f_cols[hit]] = NO_PAIR
        if min_units > 0:
            scores[scores < min_units] = NO_PAIR
        return scores

    def score_pairs(i: NDArray[np.int64], j: NDArray[np.int64]) -> NDArray[np.int32]:
        scores = scorer.pair_scores(free[i], cols[j])
        if f_rows.size:
            scores[np.isin(i * cols.size + j, forbidden_keys)] = NO_PAIR
        if min_units > 0:
            scores[scores < min_units] = NO_PAIR
        return scores

    problem = Problem(
        n=free.size,
        cap=residual[cols],
        score_rows=score_rows,
        score_pairs=score_pairs,
        per_mentee=CANDIDATES_PER_MENTEE,
        per_mentor=CANDIDATES_PER_MENTOR,
        order=scorer.profile_order(free),
    )
    cand = initial_candidates(problem)
    lap("candidates")
    if objective == "coverage":
        assign = certified_max_weight(problem, cand)
    else:
        low = int(locked_scores.min()) if locked_scores.size else None
        assign = certified_balanced(problem, cand, low)
    lap("assignment")

    matched = np.flatnonzero(assign >= 0)
    pair_i = np.concatenate([li, free[matched]]).astype(np.intp)
    pair_j = np.concatenate([lj, cols[assign[matched]]]).astype(np.intp)
    order = np.argsort(pair_i, kind="stable")
    pair_i, pair_j = pair_i[order], pair_j[order]
    records = (mentee_list, mentor_list)
    pairs = _build_pairs(scorer, records, pair_i, pair_j, set(locked_idx))
    # A mentee left out with possible mentors lost them to others (all full); only the
    # others need the constraint-by-constraint look at every mentor.
    left_out = np.flatnonzero(assign < 0)
    possible = possible_counts(cand, left_out)
    reasons = unmatched_reasons(
        mentee_list,
        all_mentors,
        free[left_out[possible == 0]],
        capacity=capacity,
        forbidden=(fi, fj),
        min_units=min_units,
    )
    for row, count in zip(left_out.tolist(), possible.tolist(), strict=True):
        if count:
            reasons[int(free[row])] = Reason(
                ReasonCode.SUITABLE_MENTORS_FULL, {"candidates": count}
            )
    unmatched = {mentee_list[r].id: reasons[r] for r in free[left_out].tolist()}
    lap("explanations")

    scores = [p.score for p in pairs]
    total_units = sum(round(s * UNIT) for s in scores)
    load = np.bincount(pair_j, minlength=m).astype(np.int64)
    stats = Stats(
        objective=objective,
        mentees=n,
        mentors=m,
        matched=len(pairs),
        unmatched=len(unmatched),
        total=total_units / UNIT,
        mean=round(total_units / UNIT / len(pairs), 6) if pairs else None,
        lowest=min(scores) if scores else None,
        seconds={**seconds, "total": round(sum(seconds.values()), 4)},
        candidate_pairs=int(cand.i.size),
        certificate_rounds=cand.rounds,
        pairs_checked=cand.checked,
    )
    context = _Context(
        mentees=mentee_list,
        mentors=mentor_list,
        scorer=all_mentors,
        load=load,
        assigned=dict(zip(pair_i.tolist(), pair_j.tolist(), strict=True)),
        forbidden=(fi, fj),
        min_units=min_units,
    )
    return Proposal(pairs, unmatched, stats, context)
