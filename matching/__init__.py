"""Silta's matching engine: exact, explained, many-to-one mentor matching.

A pure library (no Flask, no SQLAlchemy): frozen dataclasses in, dataclasses out.

    from matching import Mentee, Mentor, Weights, score, propose

    table = score(mentees, mentors, Weights(text=0.3))
    table.dense()                       # (mentees × mentors) scores, NaN if impossible
    table.explain("e1", "m7")           # Pair with parts and reasons

    proposal = propose(mentees, mentors, locked=[("e1", "m7")], objective="balanced")
    proposal.pairs                      # list[Pair]
    proposal.unmatched                  # {mentee_id: Reason}
    proposal.alternatives("e2", k=5)    # next-best mentors with free capacity
    proposal.stats.as_dict()            # counts, total/mean/lowest score, seconds per stage

Reasons are ``Reason(code, params)`` with ``code`` from ``ReasonCode`` and params
made of strings, numbers, lists of strings and ``None`` (JSON-ready via
``Reason.as_dict``). The full table of codes and params is in docs/matching.md.
"""

from matching.proposal import Proposal, ScoreTable, Stats, propose, score
from matching.records import (
    COMPONENTS,
    MEETINGS,
    Mentee,
    Mentor,
    Pair,
    Reason,
    ReasonCode,
    Weights,
)

__all__ = [
    "COMPONENTS",
    "MEETINGS",
    "Mentee",
    "Mentor",
    "Pair",
    "Proposal",
    "Reason",
    "ReasonCode",
    "ScoreTable",
    "Stats",
    "Weights",
    "propose",
    "score",
]
