"""Reasons as codes with parameters: why a pair fits, why a pair is impossible, and why
a mentee got no mentor. Never sentences: the web layer translates the codes."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from matching.features import MEETING_CODES, Cohort
from matching.records import Mentee, Mentor, Reason, ReasonCode
from matching.scoring import (
    NO_PAIR,
    UNIT,
    Scorer,
    gender_ok,
    meeting_format,
    meeting_ok,
)

#: Shared text terms shown per pair.
TERMS_SHOWN = 5

R = ReasonCode


def shared_terms(cohort: Cohort, ii: NDArray[np.intp], jj: NDArray[np.intp]) -> list[list[str]]:
    """The real words both texts use, most telling first (highest product of the two
    word TF-IDF weights, i.e. the largest contributions to their word cosine)."""
    if not cohort.terms or ii.size == 0:
        return [[] for _ in range(ii.size)]
    product = cohort.mentee_terms[ii].multiply(cohort.mentor_terms[jj]).tocsr()
    out: list[list[str]] = []
    for r in range(ii.size):
        a, b = product.indptr[r], product.indptr[r + 1]
        data, idx = product.data[a:b], product.indices[a:b]
        order = np.lexsort((idx, -data))[:TERMS_SHOWN]  # ties by term order: stable
        out.append([cohort.terms[t] for t in idx[order]])
    return out


def pair_reasons(
    mentee: Mentee, mentor: Mentor, terms: list[str], *, locked: bool
) -> tuple[Reason, ...]:
    """Why a possible pair fits, strongest kinds of evidence first."""
    reasons: list[Reason] = []
    if locked:
        reasons.append(Reason(R.LOCKED))
    for code, key, name in (
        (R.SHARED_FIELDS, "fields", "fields"),
        (R.SHARED_TOPICS, "topics", "topics"),
    ):
        shared = sorted(getattr(mentee, name) & getattr(mentor, name))
        if shared:
            reasons.append(Reason(code, {key: shared}))
    if terms:
        reasons.append(Reason(R.TEXT_TERMS, {"terms": terms}))
    reasons.append(
        Reason(R.SHARED_LANGUAGES, {"languages": sorted(mentee.languages & mentor.languages)})
    )
    windows = sorted(mentee.availability & mentor.availability)
    if windows:
        reasons.append(Reason(R.SHARED_AVAILABILITY, {"windows": windows}))
    if mentee.region is not None and mentee.region == mentor.region:
        reasons.append(Reason(R.SAME_REGION, {"region": mentee.region}))
    fmt = meeting_format(MEETING_CODES[mentee.meeting], MEETING_CODES[mentor.meeting])
    reasons.append(Reason(R.MEETING_FORMAT, {"format": fmt}))
    if mentee.wants_mentor_gender is not None:
        reasons.append(Reason(R.GENDER_WISH_MET, {"gender": mentee.wants_mentor_gender}))
    return tuple(reasons)


def blocking_reasons(mentee: Mentee, mentor: Mentor) -> tuple[Reason, ...]:
    """Every hard constraint that rules a pair out (empty when the pair is possible)."""
    reasons: list[Reason] = []
    if not mentee.languages & mentor.languages:
        reasons.append(Reason(R.NO_SHARED_LANGUAGE, {"languages": sorted(mentee.languages)}))
    wish = mentee.wants_mentor_gender
    if wish is not None and wish != mentor.gender:
        reasons.append(Reason(R.GENDER_WISH_UNAVAILABLE, {"gender": wish}))
    if not _meeting_possible(mentee, mentor):
        reasons.append(
            Reason(R.NO_MEETING_MATCH, {"meeting": mentee.meeting, "region": mentee.region})
        )
    if (
        mentee.availability
        and mentor.availability
        and not (mentee.availability & mentor.availability)
    ):
        reasons.append(Reason(R.NO_COMMON_AVAILABILITY, {"windows": sorted(mentee.availability)}))
    if mentor.capacity == 0:
        reasons.append(Reason(R.MENTOR_PAUSED))
    return tuple(reasons)


def _meeting_possible(mentee: Mentee, mentor: Mentor) -> bool:
    regions = {r: k for k, r in enumerate(sorted({mentee.region or "", mentor.region or ""}))}
    code_a = np.array([-1 if mentee.region is None else regions[mentee.region]], np.int32)
    code_b = np.array([-1 if mentor.region is None else regions[mentor.region]], np.int32)
    return bool(
        meeting_ok(
            np.array([MEETING_CODES[mentee.meeting]], np.int8),
            code_a,
            np.array([MEETING_CODES[mentor.meeting]], np.int8),
            code_b,
        )[0]
    )


def unmatched_reasons(
    mentees: Sequence[Mentee],
    scorer: Scorer,
    rows: NDArray[np.intp],
    *,
    capacity: NDArray[np.int64],
    forbidden: tuple[NDArray[np.intp], NDArray[np.intp]],
    min_units: int,
) -> dict[int, Reason]:
    """The most telling reason for each unmatched mentee row.

    Mentors are filtered stage by stage — shared language, gender wish, meeting format
    and region, availability, paused, forbidden, minimum score — and the reason is the
    stage that removed the last candidates, with how many were left before it
    (``candidates``). If suitable mentors remain, they were all full. ``scorer`` must
    cover all mentors (its columns are all mentor indices, in order).
    """
    cohort = scorer.cohort
    me, mr = cohort.mentees, cohort.mentors
    m = mr.capacity.shape[0]
    out: dict[int, Reason] = {}
    if m == 0:
        return {int(r): Reason(R.NO_MENTORS) for r in rows}
    forbid_rows, forbid_cols = forbidden
    for start in range(0, rows.size, 256):
        block = rows[start : start + 256]
        where = np.full(me.capacity.shape[0], -1, dtype=np.int64)
        where[block] = np.arange(block.size)
        allowed = np.ones((block.size, m), dtype=bool)
        hit = where[forbid_rows] >= 0
        allowed[where[forbid_rows[hit]], forbid_cols[hit]] = False
        shared_lang = (me.sets["languages"][block] @ mr.sets["languages"].T) > 0
        overlap = me.sets["availability"][block] @ mr.sets["availability"].T
        both_gave = (me.sizes["availability"][block][:, None] > 0) & (
            mr.sizes["availability"][None, :] > 0
        )
        scores = scorer.block(block) if min_units > 0 else None
        stages: list[tuple[ReasonCode, NDArray[np.bool_]]] = [
            (R.NO_SHARED_LANGUAGE, shared_lang),
            (R.GENDER_WISH_UNAVAILABLE, gender_ok(me.gender[block][:, None], mr.gender[None, :])),
            (
                R.NO_MEETING_MATCH,
                meeting_ok(
                    me.meeting[block][:, None],
                    me.region[block][:, None],
                    mr.meeting[None, :],
                    mr.region[None, :],
                ),
            ),
            (R.NO_COMMON_AVAILABILITY, ~(both_gave & (overlap == 0))),
            (R.SUITABLE_MENTORS_PAUSED, np.broadcast_to(capacity[None, :] > 0, allowed.shape)),
            (R.ALL_FORBIDDEN, allowed),
        ]
        if scores is not None:
            stages.append((R.BELOW_MIN_SCORE, scores >= min_units))
        alive = np.ones((block.size, m), dtype=bool)
        counts = [np.full(block.size, m)]
        for _, mask in stages:
            alive &= mask
            counts.append(alive.sum(axis=1))
        for local, row in enumerate(block.tolist()):
            mentee = mentees[row]
            out[row] = _first_empty_stage(mentee, stages, counts, local, scores, min_units)
    return out


def _first_empty_stage(
    mentee: Mentee,
    stages: list[tuple[ReasonCode, NDArray[np.bool_]]],
    counts: list[NDArray[np.int64]],
    local: int,
    scores: NDArray[np.int32] | None,
    min_units: int,
) -> Reason:
    """The reason of the first stage that left no mentor, with its parameters."""
    for k, (code, _) in enumerate(stages):
        if counts[k + 1][local] == 0:
            before = int(counts[k][local])
            params: dict[str, object] = {"candidates": before}
            if code == R.NO_SHARED_LANGUAGE:
                params["languages"] = sorted(mentee.languages)
            elif code == R.GENDER_WISH_UNAVAILABLE:
                params["gender"] = mentee.wants_mentor_gender
            elif code == R.NO_MEETING_MATCH:
                params.update(meeting=mentee.meeting, region=mentee.region)
            elif code == R.NO_COMMON_AVAILABILITY:
                params["windows"] = sorted(mentee.availability)
            elif code == R.BELOW_MIN_SCORE and scores is not None:
                alive = np.ones(scores.shape[1], dtype=bool)
                for _, mask in stages[:k]:
                    alive &= mask[local]
                best = int(scores[local][alive].max()) if alive.any() else NO_PAIR
                params.update(min_score=min_units / UNIT, best_score=max(best, 0) / UNIT)
            return Reason(code, params)
    return Reason(R.SUITABLE_MENTORS_FULL, {"candidates": int(counts[-1][local])})
