"""Property tests: whatever the cohort, capacities, hard constraints, locks and forbids
always hold, and every mentee is either paired once or explained."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matching import Mentee, Mentor, propose, score

LANGUAGES = ["fi", "sv", "en", "ar"]
LABELS = ["a", "b", "c"]
REGIONS = [None, "uusimaa", "lappi"]
MEETINGS = ["online", "in_person", "either"]
WINDOWS = ["mon_evening", "tue_evening", "sat_morning"]
WORDS = ["data", "nurse", "hoitaja", "koodi", "bank", "vård", ""]

labels = st.frozensets(st.sampled_from(LABELS), max_size=3)


@st.composite
def cohorts(draw):
    n = draw(st.integers(0, 7))
    m = draw(st.integers(0, 4))
    mentees = [
        Mentee(
            id=f"e{k}",
            languages=draw(st.frozensets(st.sampled_from(LANGUAGES), min_size=1, max_size=2)),
            fields=draw(labels),
            topics=draw(labels),
            text=" ".join(draw(st.lists(st.sampled_from(WORDS), max_size=4))),
            region=draw(st.sampled_from(REGIONS)),
            meeting=draw(st.sampled_from(MEETINGS)),
            availability=draw(st.frozensets(st.sampled_from(WINDOWS), max_size=2)),
            gender=draw(st.sampled_from([None, "f", "m"])),
            wants_mentor_gender=draw(st.sampled_from([None, None, "f"])),
        )
        for k in range(n)
    ]
    mentors = [
        Mentor(
            id=f"m{k}",
            languages=draw(st.frozensets(st.sampled_from(LANGUAGES), min_size=1, max_size=2)),
            fields=draw(labels),
            topics=draw(labels),
            text=" ".join(draw(st.lists(st.sampled_from(WORDS), max_size=4))),
            region=draw(st.sampled_from(REGIONS)),
            meeting=draw(st.sampled_from(MEETINGS)),
            availability=draw(st.frozensets(st.sampled_from(WINDOWS), max_size=2)),
            gender=draw(st.sampled_from([None, "f", "m"])),
            capacity=draw(st.integers(0, 3)),
        )
        for k in range(m)
    ]
    dense = score(mentees, mentors).dense() if n and m else np.zeros((n, m))
    locked, load = [], [0] * m
    for i in range(n):
        options = [
            j for j in range(m) if not np.isnan(dense[i, j]) and load[j] < mentors[j].capacity
        ]
        if options and draw(st.integers(0, 3)) == 0:
            j = draw(st.sampled_from(options))
            load[j] += 1
            locked.append((mentees[i].id, mentors[j].id))
    forbidden = [
        (mentees[i].id, mentors[j].id)
        for i in range(n)
        for j in range(m)
        if draw(st.integers(0, 5)) == 0 and (mentees[i].id, mentors[j].id) not in locked
    ]
    objective = draw(st.sampled_from(["coverage", "balanced"]))
    return mentees, mentors, locked, forbidden, objective, dense


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cohorts())
def test_every_rule_holds(case):
    mentees, mentors, locked, forbidden, objective, dense = case
    proposal = propose(mentees, mentors, locked=locked, forbidden=forbidden, objective=objective)
    e_index = {m.id: k for k, m in enumerate(mentees)}
    r_index = {m.id: k for k, m in enumerate(mentors)}
    paired = [p.mentee_id for p in proposal.pairs]
    # Each mentee is either paired once or unmatched with a reason.
    assert len(paired) == len(set(paired))
    assert set(paired) | set(proposal.unmatched) == set(e_index)
    assert not set(paired) & set(proposal.unmatched)
    # Capacities hold.
    for mentor in mentors:
        assert sum(p.mentor_id == mentor.id for p in proposal.pairs) <= mentor.capacity
    # Locks are kept, forbids never used, every pair possible and scored as in dense().
    pairs = {(p.mentee_id, p.mentor_id) for p in proposal.pairs}
    assert set(locked) <= pairs
    assert not set(forbidden) & pairs
    for p in proposal.pairs:
        expected = dense[e_index[p.mentee_id], r_index[p.mentor_id]]
        assert not np.isnan(expected)
        assert p.score == expected
        assert 0.0 <= p.score <= 1.0
        assert all(0.0 <= v <= 1.0 for v in p.parts.values())
    assert proposal.stats.matched == len(proposal.pairs)
