"""Fixtures for the matching engine's tests: record factories and independent solvers."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from matching import Mentee, Mentor, Weights, score


@pytest.fixture
def make_mentee() -> Callable[..., Mentee]:
    """Mentee factory: sensible defaults, any field overridable."""

    def make(id: str = "e1", **overrides: Any) -> Mentee:
        values: dict[str, Any] = {
            "languages": {"en"},
            "fields": {"software"},
            "topics": {"job_search"},
        }
        values.update(overrides)
        return Mentee(id=id, **values)

    return make


@pytest.fixture
def make_mentor() -> Callable[..., Mentor]:
    """Mentor factory: sensible defaults, any field overridable."""

    def make(id: str = "m1", **overrides: Any) -> Mentor:
        values: dict[str, Any] = {
            "languages": {"en", "fi"},
            "fields": {"software"},
            "topics": {"job_search"},
        }
        values.update(overrides)
        return Mentor(id=id, **values)

    return make


@dataclass(frozen=True)
class Optimum:
    """The lexicographic value of a proposal: pairs, lowest score, total (millionths)."""

    matched: int
    lowest: int | None
    total: int


def _units(dense: np.ndarray) -> np.ndarray:
    return np.where(np.isnan(dense), -1, np.rint(dense * 1e6)).astype(np.int64)


def _free_problem(
    mentees: Sequence[Mentee],
    mentors: Sequence[Mentor],
    weights: Weights,
    locked: Iterable[tuple[str, str]],
    forbidden: Iterable[tuple[str, str]],
    min_score: float,
) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Scores of the free mentees (-1 impossible), residual capacities, locked scores."""
    units = _units(score(mentees, mentors, weights).dense())
    e_index = {m.id: k for k, m in enumerate(mentees)}
    r_index = {m.id: k for k, m in enumerate(mentors)}
    for a, b in forbidden:
        units[e_index[a], r_index[b]] = -1
    units[units < round(min_score * 1e6)] = -1
    cap = np.array([m.capacity for m in mentors], dtype=np.int64)
    locked_scores, locked_rows = [], []
    for a, b in locked:
        locked_scores.append(int(units[e_index[a], r_index[b]]))
        locked_rows.append(e_index[a])
        cap[r_index[b]] -= 1
    free = np.setdiff1d(np.arange(len(mentees)), locked_rows)
    return units[free], cap, locked_scores


def _hungarian(units: np.ndarray, cap: np.ndarray, floor: int) -> tuple[int, int, int | None]:
    """Most pairs, then highest total, with pairs scoring ≥ floor: dense Hungarian on
    capacity-expanded slots, weight (n + 1)·10⁶ + score, impossible pairs weighing 0."""
    n = units.shape[0]
    slots = np.repeat(np.arange(cap.size), np.maximum(cap, 0))
    if n == 0 or slots.size == 0:
        return 0, 0, None
    values = units[:, slots]
    weights = np.where(values >= max(floor, 0), values + (n + 1) * 10**6, 0).astype(float)
    rows, cols = linear_sum_assignment(weights, maximize=True)
    chosen = values[rows, cols][weights[rows, cols] > 0]
    return int(chosen.size), int(chosen.sum()), (int(chosen.min()) if chosen.size else None)


@pytest.fixture
def reference() -> Callable[..., Optimum]:
    """The optimum by an independent exact method: scipy's dense Hungarian on slots;
    for "balanced", a binary search over the scores for the highest lowest score that
    still allows the most pairs (fewer pairs qualify as the floor rises)."""

    def solve(
        mentees: Sequence[Mentee],
        mentors: Sequence[Mentor],
        weights: Weights | None = None,
        *,
        locked: Iterable[tuple[str, str]] = (),
        forbidden: Iterable[tuple[str, str]] = (),
        objective: str = "coverage",
        min_score: float = 0.0,
    ) -> Optimum:
        units, cap, locked_scores = _free_problem(
            mentees, mentors, weights or Weights(), list(locked), list(forbidden), min_score
        )
        count, total, low = _hungarian(units, cap, 0)
        if objective == "balanced" and count:
            ceiling = min(locked_scores) if locked_scores else 10**6
            values = sorted(
                v for v in {*units[units >= 0].tolist(), *locked_scores} if v <= ceiling
            )
            lo_k, hi_k = 0, len(values) - 1  # values[0] is the lowest: always feasible
            while lo_k < hi_k:
                mid = (lo_k + hi_k + 1) // 2
                if _hungarian(units, cap, values[mid])[0] == count:
                    lo_k = mid
                else:
                    hi_k = mid - 1
            count, total, low = _hungarian(units, cap, values[lo_k])
        lows = [x for x in [low, *locked_scores] if x is not None]
        return Optimum(
            count + len(locked_scores), min(lows) if lows else None, total + sum(locked_scores)
        )

    return solve


@pytest.fixture
def brute_force() -> Callable[..., Optimum]:
    """The optimum by trying every assignment (tiny cohorts only)."""

    def solve(
        mentees: Sequence[Mentee], mentors: Sequence[Mentor], *, objective: str = "coverage"
    ) -> Optimum:
        units = _units(score(mentees, mentors).dense())
        cap = [m.capacity for m in mentors]
        best: tuple[Any, ...] | None = None
        for choice in itertools.product(range(-1, len(mentors)), repeat=len(mentees)):
            if any(choice.count(j) > cap[j] for j in range(len(mentors))):
                continue
            picked = [int(units[i, j]) for i, j in enumerate(choice) if j >= 0]
            if any(v < 0 for v in picked):
                continue
            low = min(picked) if picked else None
            key = (
                (len(picked), low or 0, sum(picked))
                if objective == "balanced"
                else (len(picked), sum(picked))
            )
            if best is None or key > best[0]:
                best = (key, Optimum(len(picked), low, sum(picked)))
        assert best is not None
        return best[1]

    return solve


def achieved(proposal: Any) -> Optimum:
    """The lexicographic value a proposal reaches, in millionths."""
    scores = [round(p.score * 1e6) for p in proposal.pairs]
    return Optimum(len(scores), min(scores) if scores else None, sum(scores))


@pytest.fixture
def value_of() -> Callable[[Any], Optimum]:
    return achieved
