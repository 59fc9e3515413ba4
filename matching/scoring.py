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

import copy
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from matching.features import IN_PERSON, ONLINE, QUANT, Cohort

#: Scores are integers in millionths of the [0, 1] scale.
UNIT = 1_000_000
#: Integer score of an impossible pair.
NO_PAIR = -1


def gender_ok(wish: NDArray[np.int32], gender: NDArray[np.int32]) -> NDArray[np.bool_]:
    """The mentee asked for no mentor gender, or the mentor has the one asked for."""
    ok: NDArray[np.bool_] = (wish < 0) | (wish == gender)
    return ok


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
    """Unweighted score parts of a batch of pairs (1-D arrays) and their integer scores."""

    values: dict[str, NDArray[np.float32]]
    score: NDArray[np.int32]  # NO_PAIR where impossible


#: The kernel's fixed-point unit: a score of 1.0 is SCALE (= QUANT², so a text dot
#: product of quantised embeddings is already in these units).
SCALE = float(QUANT * QUANT)
_PENALTY = np.float32(-4 * SCALE)  # any impossible pair ends far below zero
#: Above this many cells, the language and meeting tables are looked up separately.
_TABLE_CELLS = 1 << 24
#: Availability vocabulary limit: the window index of a pair must stay exact in float32.
MAX_WINDOWS = 200


def _unique_rows(rows: NDArray[np.generic]) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Distinct rows of a 2-D array: (index of each one's first row, code of each row).

    Rows are compared as raw bytes, which is much faster than ``np.unique(axis=0)``.
    """
    flat = np.ascontiguousarray(rows)
    keys = flat.view(np.dtype((np.void, flat.dtype.itemsize * flat.shape[1]))).reshape(-1)
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    return first, inverse.reshape(-1)


class Scorer:
    """Scores mentee rows against a fixed set of mentor columns, or single pairs.

    ``cols`` selects the mentors a block covers (e.g. those with free capacity);
    ``pairs`` takes any mentors. Every score is the same short chain of float32 steps
    on exact integers (``_finish``), so both paths agree bit for bit:

    1. text: the dot product of quantised embeddings (exact), clipped at 0, × weight;
    2. fields and topics: one product of integer-weighted label matrices (the mentee
       side carries round(w·SCALE/|set|) per label, plus columns for the neutral 0.5
       when a side is empty; every partial sum stays below 2²⁴, hence exact);
    3. languages, meeting format, region and gender wish: a table over the distinct
       profiles of each side (weighted language coverage + weighted region part, or
       a large penalty when a rule excludes the pair);
    4. availability: a product yields an exact index (shared windows, both set sizes)
       into a table of weighted overlap parts, neutral parts and penalties;
    5. rounding to millionths; anything negative is impossible (NO_PAIR).
    """

    def __init__(self, cohort: Cohort, weights: dict[str, float], cols: NDArray[np.intp]):
        self.cohort = cohort
        self.cols = cols
        me, mr = cohort.mentees, cohort.mentors
        f32 = np.float32
        self._w_text = f32(weights["text"])
        self._text_fill = f32(weights["text"] * cohort.text_neutral * SCALE)
        self._text_t = np.ascontiguousarray(mr.text[cols].T)

        cover_e, self._cover_r = _coverage(me.sets, me.sizes, mr.sets, mr.sizes, weights)
        self._cover_e = cover_e
        self._cover_t = np.ascontiguousarray(self._cover_r[cols].T)

        windows = len(cohort.labels["availability"])
        if windows > MAX_WINDOWS:
            raise ValueError(f"availability: at most {MAX_WINDOWS} distinct windows")
        base = windows + 1
        size_e, size_r = me.sizes["availability"], mr.sizes["availability"]
        ones_e, ones_r = np.ones((len(me.ids), 1), f32), np.ones((len(mr.ids), 1), f32)
        self._avail_e = np.hstack([me.sets["availability"], size_e[:, None] * base * base, ones_e])
        self._avail_r = np.hstack([mr.sets["availability"], ones_r, size_r[:, None] * base])
        self._avail_t = np.ascontiguousarray(self._avail_r[cols].T)
        self._avail_table = _availability_table(base, weights["availability"])

        self._tables = _profile_tables(cohort, weights)

    def restricted(self, cols: NDArray[np.intp]) -> Scorer:
        """The same scorer over other mentor columns (shares every cohort table)."""
        other = copy.copy(self)
        other.cols = cols
        other._text_t = np.ascontiguousarray(self.cohort.mentors.text[cols].T)
        other._cover_t = np.ascontiguousarray(self._cover_r[cols].T)
        other._avail_t = np.ascontiguousarray(self._avail_r[cols].T)
        return other

    def block(self, rows: NDArray[np.intp]) -> NDArray[np.int32]:
        """Integer scores of mentee ``rows`` against all columns; NO_PAIR if impossible."""
        me, mr, cols = self.cohort.mentees, self.cohort.mentors, self.cols
        text = me.text[rows] @ self._text_t
        np.maximum(text, 0, out=text)
        text *= self._w_text
        empty_rows, empty_cols = me.text_empty[rows], mr.text_empty[cols]
        if empty_rows.any():
            text[empty_rows, :] = self._text_fill
        if empty_cols.any():
            text[:, empty_cols] = self._text_fill
        text += self._cover_e[rows] @ self._cover_t
        for table, row_code, col_code in self._tables:
            # Rows of a block often share a profile (see ``profile_order``): look each
            # distinct one up once, then copy whole rows.
            distinct, inverse = np.unique(row_code[rows], return_inverse=True)
            text += np.take(table[distinct], col_code[cols], axis=1)[inverse]
        index = (self._avail_e[rows] @ self._avail_t).astype(np.intp)
        text += self._avail_table[index]
        return _finish(text)

    def profile_order(self, rows: NDArray[np.intp]) -> NDArray[np.intp]:
        """Positions in ``rows`` sorted by profile, so that blocks share table lookups."""
        order: NDArray[np.intp] = np.argsort(self._tables[0][1][rows], kind="stable")
        return order

    def pairs(self, ii: NDArray[np.intp], jj: NDArray[np.intp]) -> Parts:
        """Scores and unweighted parts of the pairs (ii[k], jj[k]); any mentors."""
        me, mr = self.cohort.mentees, self.cohort.mentors
        dot = np.einsum("ij,ij->i", me.text[ii], mr.text[jj])
        return Parts(
            values=_display_parts(self.cohort, ii, jj, dot),
            score=self._pair_scores(ii, jj, dot.copy()),
        )

    def pair_scores(self, ii: NDArray[np.intp], jj: NDArray[np.intp]) -> NDArray[np.int32]:
        """Only the scores of the pairs (ii[k], jj[k]), in chunks to bound memory."""
        out = np.empty(ii.shape[0], dtype=np.int32)
        text = self.cohort.mentees.text
        for start in range(0, ii.shape[0], 65536):
            i, j = ii[start : start + 65536], jj[start : start + 65536]
            dot = np.einsum("ij,ij->i", text[i], self.cohort.mentors.text[j])
            out[start : start + 65536] = self._pair_scores(i, j, dot)
        return out

    def _pair_scores(
        self, ii: NDArray[np.intp], jj: NDArray[np.intp], text: NDArray[np.float32]
    ) -> NDArray[np.int32]:
        """The pair path of the kernel: the same steps as ``block``, one pair per entry."""
        me, mr = self.cohort.mentees, self.cohort.mentors
        np.maximum(text, 0, out=text)
        text *= self._w_text
        text[me.text_empty[ii] | mr.text_empty[jj]] = self._text_fill
        text += np.einsum("ij,ij->i", self._cover_e[ii], self._cover_r[jj])
        for table, row_code, col_code in self._tables:
            text += table[row_code[ii], col_code[jj]]
        index = np.einsum("ij,ij->i", self._avail_e[ii], self._avail_r[jj]).astype(np.intp)
        text += self._avail_table[index]
        return _finish(text)


def _finish(total: NDArray[np.float32]) -> NDArray[np.int32]:
    """Kernel units to integer millionths; impossible pairs (negative) to NO_PAIR."""
    total *= np.float32(UNIT / SCALE)
    np.rint(total, out=total)
    out = total.astype(np.int32)
    np.maximum(out, NO_PAIR, out=out)
    return out


def _coverage(
    sets_e: dict[str, NDArray[np.float32]],
    sizes_e: dict[str, NDArray[np.float32]],
    sets_r: dict[str, NDArray[np.float32]],
    sizes_r: dict[str, NDArray[np.float32]],
    weights: dict[str, float],
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """Integer-weighted label matrices whose product is the weighted fields and topics
    coverage in kernel units, 0.5 × weight where either side's set is empty."""
    left, right = [], []
    for name in ("fields", "topics"):
        w = weights[name] * SCALE
        size_e, size_r = sizes_e[name], sizes_r[name]
        per_label = np.where(size_e > 0, np.rint(w / np.maximum(size_e, 1)), 0)
        half = np.float32(np.rint(w / 2))
        left += [
            sets_e[name] * per_label[:, None].astype(np.float32),
            np.where(size_e > 0, half, 0)[:, None],  # pairs with a mentor who gave none
            np.where(size_e > 0, 0, half)[:, None],  # the mentee gave none
        ]
        right += [
            sets_r[name],
            (size_r == 0)[:, None].astype(np.float32),
            np.ones((size_r.shape[0], 1), np.float32),
        ]
    return (np.hstack(left).astype(np.float32), np.hstack(right).astype(np.float32))


def _availability_table(base: int, weight: float) -> NDArray[np.float32]:
    """Weighted availability part by index shared + size_e·base² + size_r·base."""
    shared, size_r, size_e = np.meshgrid(
        np.arange(base), np.arange(base), np.arange(base), indexing="ij"
    )
    smaller = np.minimum(size_e, size_r)
    overlap = np.where(smaller > 0, shared / np.maximum(smaller, 1), 0.0)
    part = np.where(smaller == 0, 0.5, overlap) * weight * SCALE
    table = np.where((smaller > 0) & (shared == 0), _PENALTY, part).astype(np.float32)
    # Lay the table out by the flat index the kernel computes.
    flat = np.zeros(base**3, dtype=np.float32)
    flat[(shared + size_e * base * base + size_r * base).ravel()] = table.ravel()
    return flat


def _profile_tables(
    cohort: Cohort, weights: dict[str, float]
) -> list[tuple[NDArray[np.float32], NDArray[np.intp], NDArray[np.intp]]]:
    """Tables over distinct profiles: (table, mentee profile code, mentor profile code).

    Languages: weighted coverage, or a penalty without a shared language. Meeting,
    region and gender: weighted region part, or a penalty when gender or meeting rule
    the pair out. One combined table when it is small enough, else the two.
    """
    me, mr = cohort.mentees, cohort.mentors
    first_e, lang_code_e = _unique_rows(np.packbits(me.sets["languages"] > 0, axis=1))
    first_r, lang_code_r = _unique_rows(np.packbits(mr.sets["languages"] > 0, axis=1))
    lang_e, lang_r = me.sets["languages"][first_e], mr.sets["languages"][first_r]
    shared = lang_e @ lang_r.T
    coverage = shared / np.maximum(lang_e.sum(axis=1), 1)[:, None]
    lang_table = np.where(shared > 0, coverage * weights["languages"] * SCALE, _PENALTY)

    triple_e = np.stack([me.meeting, me.region, me.gender], axis=1).astype(np.int64)
    triple_r = np.stack([mr.meeting, mr.region, mr.gender], axis=1).astype(np.int64)
    first_e, meet_code_e = _unique_rows(triple_e)
    first_r, meet_code_r = _unique_rows(triple_r)
    a, b = triple_e[first_e][:, None, :], triple_r[first_r][None, :, :]
    ok = gender_ok(a[..., 2].astype(np.int32), b[..., 2].astype(np.int32)) & meeting_ok(
        a[..., 0].astype(np.int8),
        a[..., 1].astype(np.int32),
        b[..., 0].astype(np.int8),
        b[..., 1].astype(np.int32),
    )
    region = region_part(a[..., 1].astype(np.int32), b[..., 1].astype(np.int32))
    meet_table = np.where(ok, region * np.float32(weights["region"] * SCALE), _PENALTY)

    pair_e = np.stack([lang_code_e, meet_code_e], axis=1).astype(np.int64)
    pair_r = np.stack([lang_code_r, meet_code_r], axis=1).astype(np.int64)
    first_e, code_e = _unique_rows(pair_e)
    first_r, code_r = _unique_rows(pair_r)
    key_e, key_r = pair_e[first_e], pair_r[first_r]
    if key_e.shape[0] * key_r.shape[0] <= _TABLE_CELLS:
        combined = lang_table[key_e[:, 0]][:, key_r[:, 0]].astype(np.float32) + meet_table[
            key_e[:, 1]
        ][:, key_r[:, 1]].astype(np.float32)
        return [(combined.astype(np.float32), code_e, code_r)]
    return [
        (lang_table.astype(np.float32), lang_code_e, lang_code_r),
        (meet_table.astype(np.float32), meet_code_e, meet_code_r),
    ]


def _display_parts(
    cohort: Cohort, ii: NDArray[np.intp], jj: NDArray[np.intp], dot: NDArray[np.float32]
) -> dict[str, NDArray[np.float32]]:
    """The unweighted parts of pairs, in [0, 1], as shown to coordinators."""
    me, mr = cohort.mentees, cohort.mentors
    values = {
        "text": np.where(
            me.text_empty[ii] | mr.text_empty[jj],
            np.float32(cohort.text_neutral),
            np.maximum(dot, 0) / np.float32(SCALE),
        ),
        "region": region_part(me.region[ii], mr.region[jj]),
    }
    for name in ("fields", "topics", "languages", "availability"):
        shared = np.einsum("ij,ij->i", me.sets[name][ii], mr.sets[name][jj])
        size_e, size_r = me.sizes[name][ii], mr.sizes[name][jj]
        denominator = np.minimum(size_e, size_r) if name == "availability" else size_e
        empty = (size_e == 0) | (size_r == 0)
        values[name] = np.where(empty, 0.5, shared / np.maximum(denominator, 1))
    return {k: v.astype(np.float32) for k, v in values.items()}
