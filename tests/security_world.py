"""A small world for the security tests: two organisations, every role, every kind of object.

Organisation A has a programme with a mentee, a mentor, a matching run and a
confirmed match; organisation B has the same, with a unique marker in every
piece of its applicants' data (names, answers), so that a leak of B's data to
A can be found in any response. (Programme and organisation names are public.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from web.extensions import db
from web.models import (
    Application,
    ApplicationStatus,
    Match,
    MatchRun,
    Program,
    Proposal,
    ProposalState,
    Role,
    User,
)

MARKER = "ZQXB7MARK"


@dataclass
class World:
    program_a: Program
    program_b: Program
    users: dict[str, User]
    ids: dict[str, Any]


def _programme_with_people(make_program, make_application, make_user, organization, prefix,
                           marker=""):  # fmt: skip
    program = make_program(organization, name=f"Programme {prefix}")
    mentee_user = make_user(f"{prefix}-mentee@example.org", name=f"{marker}Mentee {prefix}")
    mentor_user = make_user(f"{prefix}-mentor@example.org", name=f"{marker}Mentor {prefix}")
    mentee = make_application(
        program, mentee_user, Role.MENTEE, status=ApplicationStatus.ACCEPTED,
        background=f"{marker}I studied nursing and worked as a nurse for years.",
        goals=f"{marker}I want to work as a nurse in Finland.", phone="+358 40 111 2222",
    )  # fmt: skip
    mentor = make_application(
        program, mentor_user, Role.MENTOR, status=ApplicationStatus.ACCEPTED, capacity=2,
        background=f"{marker}Head nurse in a hospital.", goals=f"{marker}I can help nurses.",
    )  # fmt: skip
    waiting = make_application(
        program, make_user(f"{prefix}-waiting@example.org", name=f"{marker}Waiting {prefix}"),
        status=ApplicationStatus.ACCEPTED, background=f"{marker}Engineer from abroad.",
        goals=f"{marker}Find work in engineering.",
    )  # fmt: skip
    run = MatchRun(
        program=program, settings={"weights": {"fields": 1}, "objective": "coverage",
                                   "min_score": 0.0}, mentee_count=2, mentor_count=1,
        capacity_count=2, matched_count=2, timings={}, mentor_ids=[mentor.id],
    )  # fmt: skip
    db.session.add(run)
    db.session.flush()
    confirmed = Proposal(
        run_id=run.id,
        mentee_id=mentee.id,
        mentor_id=mentor.id,
        score=0.8,
        state=ProposalState.CONFIRMED,
        reasons=[{"code": "shared_fields", "params": {"fields": ["health"]}}],
    )
    proposed = Proposal(run_id=run.id, mentee_id=waiting.id, mentor_id=mentor.id, score=0.6,
                        state=ProposalState.PROPOSED)  # fmt: skip
    db.session.add_all([confirmed, proposed])
    db.session.flush()
    match = Match(program_id=program.id, mentee_id=mentee.id, mentor_id=mentor.id,
                  proposal_id=confirmed.id, score=0.8)  # fmt: skip
    mentee.active_matches = 1
    mentor.active_matches = 1
    db.session.add(match)
    db.session.commit()
    return (
        program,
        mentee_user,
        mentor_user,
        {
            "mentee_application": mentee.id,
            "mentor_application": mentor.id,
            "waiting_application": waiting.id,
            "run": run.id,
            "proposal": proposed.id,
            "match": match.id,
        },
    )


@pytest.fixture
def world(make_org, make_program, make_application, make_user) -> World:
    org_a = make_org("Luckan Integration", "luckan")
    org_b = make_org("Other organisation", "other-org")
    program_a, mentee, mentor, ids_a = _programme_with_people(
        make_program, make_application, make_user, org_a, "a"
    )
    program_b, _, _, ids_b = _programme_with_people(
        make_program, make_application, make_user, org_b, "b", f"{MARKER} "
    )
    users = {
        "mentee": mentee,
        "mentor": mentor,
        "coordinator": make_user("coordinator@luckan.example", coordinator_of=org_a),
        "other_coordinator": make_user("coordinator@other.example", coordinator_of=org_b),
        "admin": make_user("admin@silta.example", is_admin=True),
        # For forms that must really run: someone who has not applied, and a mentee
        # whose application can still change.
        "newcomer": make_user("newcomer@example.org"),
        "waiting": db.session.get(Application, ids_a["waiting_application"]).user,
    }
    return World(
        program_a=program_a,
        program_b=program_b,
        users=users,
        ids={"a": ids_a, "b": ids_b, "org_a": org_a.id, "org_b": org_b.id},
    )
