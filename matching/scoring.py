"""Pair scores: one similarity per component in [0, 1], combined as a weighted mean.

Components (see docs/matching.md for the reasoning):

- text: cosine of the texts' embeddings (``features``), negatives clipped to 0;
- languages, fields, topics: the share of the mentee's labels that the mentor has
  (a mentee with one field that the mentor lists among three scores 1.0);
- availability: shared windows over the smaller of the two sets (overlap coefficient);
- region: 1 for the same region, 0 for different regions.

A component that one side left empty is neutral: 0.5, and for text the cohort's mean
text similarity. Scores are integers in millionths (``UNIT``): the assignment works on
those integers, so totals are exact sums of the scores reported.

All arithmetic is elementwise float32 in one fixed order, on inputs that are exact
integers, so a pair gets bit-for-bit the same score whether it is computed in a block
of thousands of rows, in a single row or alone. The exactness proof of the assignment
relies on that.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from matching.features import IN_PERSON, ONLINE, QUANT, Cohort

#: Scores are integers in millionths of the [0, 1] scale.
UNIT = 1_000_000
#: Integer score of an impossible pair.
NO_PAIR = -1

_COVERAGE = ("languages", "fields", "topics")
_INFEASIBLE = np.float32(-4.0)  # far below any sum of non-negative parts


def gender_ok(wish: NDArray[np.int32], gender: NDArray[np.int32]) -> NDArray[np.bool_]:
    """The mentee asked for no mentor gender, or the mentor has the one asked for."""
    return (wish < 0) | (wish == gender)


def meeting_ok(
    meeting_a: NDArray[np.int8],
    region_a: NDArray[np.int32],
    meeting_b: NDArray[np.int8],
    region_b: NDArray[np.int32],
) -> NDArray[np.bool_]:
    """Both can meet: not online-only against in-person-only, and in person only within
    one region that both gave (in-person meetings cannot be arranged without a place)."""
    conflict = ((meeting_a == ONLINE) & (meeting_b == IN_PERSON)) | (
        (meeting_a == IN_PERSON) & (meeting_b == ONLINE)
    )
    in_person = (meeting_a == IN_PERSON) | (meeting_b == IN_PERSON)
    same_region = (region_a == region_b) & (region_a >= 0)
    ok: NDArray[np.bool_] = ~conflict & (~in_person | same_region)
    return ok


def region_part(region_a: NDArray[np.int32], region_b: NDArray[np.int32]) -> NDArray[np.float32]:
    """1 for the same region, 0 for different ones, 0.5 when either is unknown."""
    known = (region_a >= 0) & (region_b >= 0)
    same = (region_a == region_b).astype(np.float32)
    return np.where(known, same, np.float32(0.5)).astype(np.float32)


def meeting_format(meeting_a: int, meeting_b: int) -> str:
    """The format a compatible pair will use."""
    if ONLINE in (meeting_a, meeting_b):
        return "online"
    if IN_PERSON in (meeting_a, meeting_b):
        return "in_person"
    return "either"


@dataclass(frozen=True)
class Parts:
    """Unweighted score parts of a batch of pairs (1-D arrays) and their feasibility."""

    values: dict[str, NDArray[np.float32]]
    score: NDArray[np.int32]  # NO_PAIR where impossible


class Scorer:
    """Scores mentee rows against a fixed set of mentor columns, or single pairs.

    ``cols`` selects the mentors a block covers (e.g. those with free capacity);
    ``pairs`` takes any mentor. Both paths share ``_combine``, so they agree exactly.
    """

    def __init__(self, cohort: Cohort, weights: dict[str, float], cols: NDArray[np.intp]):
        self.cohort = cohort
        self.cols = cols
        me, mr = cohort.mentees, cohort.mentors
        f32 = np.float32
        self._w = {name: f32(value) for name, value in weights.items()}
        self._text_scale = f32(weights["text"] / (QUANT * QUANT))
        self._text_neutral = f32(weights["text"] * cohort.text_neutral)
        self._neutral = {name: f32(0.5 * weights[name]) for name in ("fields", "topics")}
        self._neutral["availability"] = f32(0.5)
        self._coef = {
            name: np.where(
                me.sizes[name] > 0, f32(weights[name]) / np.maximum(me.sizes[name], 1), 0
            ).astype(f32)
            for name in _COVERAGE
        }
        # Mentor-side matrices for the fixed columns, transposed once for the products.
        self._text_t = np.ascontiguousarray(mr.text[cols].T)
        self._sets_t = {k: np.ascontiguousarray(v[cols].T) for k, v in mr.sets.items()}
        # Gender, meeting and region depend on a few codes per side: a table over the
        # distinct profiles holds the weighted region part, or a large negative value
        # where gender or meeting rule the pair out.
        rows, self._row_profile = np.unique(
            np.stack([me.meeting, me.region, me.gender], axis=1), axis=0, return_inverse=True
        )
        cols_p, self._col_profile = np.unique(
            np.stack([mr.meeting, mr.region, mr.gender], axis=1), axis=0, return_inverse=True
        )
        self._row_profile = self._row_profile.reshape(-1)
        self._col_profile = self._col_profile.reshape(-1)
        a = rows[:, None, :].astype(np.int32)
        b = cols_p[None, :, :].astype(np.int32)
        ok = gender_ok(a[..., 2], b[..., 2]) & meeting_ok(
            a[..., 0].astype(np.int8), a[..., 1], b[..., 0].astype(np.int8), b[..., 1]
        )
        weighted_region = region_part(a[..., 1], b[..., 1]) * self._w["region"]
        self._profile_table = np.where(ok, weighted_region, _INFEASIBLE).astype(f32)

    def block(self, rows: NDArray[np.intp]) -> NDArray[np.int32]:
        """Integer scores of mentee ``rows`` against all columns; NO_PAIR if impossible."""
        me, mr, cols = self.cohort.mentees, self.cohort.mentors, self.cols
        counts = {k: me.sets[k][rows] @ self._sets_t[k] for k in me.sets}
        empty_rows = {k: me.sizes[k][rows] == 0 for k in me.sizes}
        empty_cols = {k: mr.sizes[k][cols] == 0 for k in mr.sizes}
        table = np.take(self._profile_table[self._row_profile[rows]], self._col_profile[cols], 1)
        return self._combine(
            text=me.text[rows] @ self._text_t,
            text_empty=(me.text_empty[rows][:, None], mr.text_empty[cols][None, :]),
            counts=counts,
            coef={k: v[rows][:, None] for k, v in self._coef.items()},
            empty={k: (empty_rows[k][:, None], empty_cols[k][None, :]) for k in empty_rows},
            avail_sizes=(me.sizes["availability"][rows][:, None],
                         mr.sizes["availability"][cols][None, :]),
            table=table,
        )

    def pairs(self, ii: NDArray[np.intp], jj: NDArray[np.intp]) -> Parts:
        """Scores and unweighted parts of the pairs (ii[k], jj[k]); any mentors."""
        me, mr = self.cohort.mentees, self.cohort.mentors
        counts = {k: np.einsum("ij,ij->i", me.sets[k][ii], mr.sets[k][jj]) for k in me.sets}
        text = np.einsum("ij,ij->i", me.text[ii], mr.text[jj])
        empty = {k: (me.sizes[k][ii] == 0, mr.sizes[k][jj] == 0) for k in me.sizes}
        text_empty = (me.text_empty[ii], mr.text_empty[jj])
        table = self._profile_table[self._row_profile[ii], self._col_profile[jj]]
        avail_sizes = (me.sizes["availability"][ii], mr.sizes["availability"][jj])
        score = self._combine(
            text=text.copy(),
            text_empty=text_empty,
            counts={k: v.copy() for k, v in counts.items()},
            coef={k: v[ii] for k, v in self._coef.items()},
            empty=empty,
            avail_sizes=avail_sizes,
            table=table,
        )
        values = {
            "text": np.where(
                text_empty[0] | text_empty[1],
                np.float32(self.cohort.text_neutral),
                np.maximum(text, 0) / np.float32(QUANT * QUANT),
            ),
            "region": region_part(me.region[ii], mr.region[jj]),
        }
        for k in _COVERAGE:
            size = np.maximum(me.sizes[k][ii], 1)
            values[k] = np.where(empty[k][0] | empty[k][1], np.float32(0.5), counts[k] / size)
        shared_min = np.maximum(np.minimum(avail_sizes[0], avail_sizes[1]), 1)
        values["availability"] = np.where(
            empty["availability"][0] | empty["availability"][1],
            np.float32(0.5),
            counts["availability"] / shared_min,
        )
        return Parts(values={k: v.astype(np.float32) for k, v in values.items()}, score=score)

    def _combine(
        self,
        *,
        text: NDArray[np.float32],
        text_empty: tuple[NDArray[np.bool_], NDArray[np.bool_]],
        counts: dict[str, NDArray[np.float32]],
        coef: dict[str, NDArray[np.float32]],
        empty: dict[str, tuple[NDArray[np.bool_], NDArray[np.bool_]]],
        avail_sizes: tuple[NDArray[np.float32], NDArray[np.float32]],
        table: NDArray[np.float32],
    ) -> NDArray[np.int32]:
        """Weighted sum of the parts in one fixed order of float32 operations.

        Works on blocks (2-D, broadcasting row and column vectors) and on pair lists
        (1-D); consumes ``text`` and ``counts`` in place.
        """
        impossible = counts["languages"] == 0
        avail = counts["availability"]
        no_overlap = avail == 0
        no_overlap &= ~empty["availability"][0]
        no_overlap &= ~empty["availability"][1]
        impossible |= no_overlap

        s = np.maximum(text, 0, out=text)
        s *= self._text_scale
        _fill(s, text_empty, self._text_neutral)
        for name in _COVERAGE:
            part = counts[name]
            part *= coef[name]
            if name != "languages":
                _fill(part, empty[name], self._neutral[name])
            s += part
        avail /= np.maximum(np.minimum(avail_sizes[0], avail_sizes[1]), 1)
        _fill(avail, empty["availability"], self._neutral["availability"])
        avail *= self._w["availability"]
        s += avail
        s += table
        s *= np.float32(UNIT)
        out = np.rint(s).astype(np.int32)
        impossible |= out < 0
        out[impossible] = NO_PAIR
        return out


def _fill(
    values: NDArray[np.float32], empty: tuple[NDArray[np.bool_], NDArray[np.bool_]], fill: np.float32
) -> None:
    """Set ``values`` to ``fill`` where either side is empty (row or column vectors)."""
    rows, cols = empty
    if values.ndim == 2:
        if rows.any():
            values[rows[:, 0], :] = fill
        if cols.any():
            values[:, cols[0, :]] = fill
    else:
        values[rows | cols] = fill
