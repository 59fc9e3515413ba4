"""Confirming under pressure: ten coordinators at once, and a mail server that is down."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from web import mail
from web.extensions import db
from web.models import (
    Application,
    ApplicationStatus,
    Match,
    MatchRun,
    OutboxMessage,
    OutboxState,
    Proposal,
    ProposalState,
    Role,
)
from web.services import matches as match_service
from web.services.matches import ConfirmError

from .conftest import is_postgres
from .mailserver import MailServer, free_port


@pytest.fixture
def crowded(app, make_org, make_program, make_user, make_application):
    """One mentor with two places, ten mentees approved for her in the latest run."""
    organization = make_org()
    coordinator = make_user("anna@luckan.example", coordinator_of=organization)
    program = make_program(organization)
    mentor = make_application(
        program,
        make_user("maria@example.org", name="Maria", locale="sv"),
        Role.MENTOR,
        capacity=2,
        status=ApplicationStatus.ACCEPTED,
    )
    mentees = [
        make_application(
            program,
            make_user(f"mentee{n}@example.org", name=f"Mentee {n}", locale="fi"),
            status=ApplicationStatus.ACCEPTED,
        )
        for n in range(10)
    ]
    run = MatchRun(
        program=program,
        settings={},
        mentee_count=10,
        mentor_count=1,
        capacity_count=2,
        matched_count=10,
        timings={},
        mentor_ids=[mentor.id],
    )
    db.session.add(run)
    db.session.flush()
    proposals = [
        Proposal(
            run_id=run.id,
            mentee_id=m.id,
            mentor_id=mentor.id,
            score=0.8,
            state=ProposalState.APPROVED,
        )
        for m in mentees
    ]
    db.session.add_all(proposals)
    db.session.commit()
    app.config["BASE_URL"] = "http://silta.test"
    return {
        "coordinator_id": coordinator.id,
        "mentor_id": mentor.id,
        "proposal_ids": [p.id for p in proposals],
    }


def test_ten_coordinators_confirming_at_once_never_overfill_a_mentor(app, crowded):
    if not is_postgres(app):
        pytest.skip("SQLite takes one writer at a time; row locks are PostgreSQL's behaviour")
    start = threading.Barrier(10)
    outcomes: list[str] = []
    lock = threading.Lock()

    def confirm(proposal_id: int) -> None:
        with app.test_request_context():  # each thread: its own session and connection
            proposal = db.session.get(Proposal, proposal_id)
            coordinator = db.session.get(type(proposal.mentee.user), crowded["coordinator_id"])
            start.wait()
            try:
                match_service.confirm(proposal, coordinator)
                db.session.commit()
                result = "confirmed"
            except ConfirmError as error:
                db.session.rollback()
                result = error.message
            finally:
                db.session.remove()
            with lock:
                outcomes.append(result)

    threads = [threading.Thread(target=confirm, args=(pid,)) for pid in crowded["proposal_ids"]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert outcomes.count("confirmed") == 2
    assert sorted(set(outcomes) - {"confirmed"}) == ["Maria has no free place any more."]
    db.session.commit()  # a fresh snapshot: see what the app committed
    assert db.session.scalar(select(func.count(Match.id))) == 2
    assert db.session.get(Application, crowded["mentor_id"]).active_matches == 2
    states = db.session.scalars(select(Proposal.state)).all()
    assert states.count(ProposalState.CONFIRMED) == 2
    assert states.count(ProposalState.APPROVED) == 8
    matched = set(db.session.scalars(select(Match.mentee_id)))
    assert (
        db.session.scalar(
            select(func.sum(Application.active_matches)).where(Application.role == Role.MENTEE)
        )
        == 2
    )
    assert len(matched) == 2
    assert db.session.scalar(select(func.count(OutboxMessage.id))) == 4  # two introductions each


def test_introductions_arrive_in_each_persons_language(app, crowded, mail_server):
    app.config["OUTBOX_DELIVERY"] = "inline"
    with app.test_request_context():
        proposal = db.session.get(Proposal, crowded["proposal_ids"][0])
        coordinator = db.session.get(type(proposal.mentee.user), crowded["coordinator_id"])
        match_service.confirm(proposal, coordinator)
        db.session.commit()

    messages = mail_server.inbox.wait_for(2)
    by_recipient = {m["To"]: m for m in messages}
    assert by_recipient["mentee0@example.org"]["Content-Language"] == "fi"
    assert by_recipient["maria@example.org"]["Content-Language"] == "sv"
    assert by_recipient["mentee0@example.org"]["Subject"] == "Tässä on mentorisi: Maria"
    assert by_recipient["maria@example.org"]["Subject"] == "Här är din mentee: Mentee 0"


def test_confirming_with_the_mail_server_down_succeeds_and_mails_follow_later(app, crowded):
    app.config.update(OUTBOX_DELIVERY="inline", MAIL_PORT=free_port())
    with app.test_request_context():
        proposal = db.session.get(Proposal, crowded["proposal_ids"][0])
        coordinator = db.session.get(type(proposal.mentee.user), crowded["coordinator_id"])
        match_service.confirm(proposal, coordinator)
        db.session.commit()

    db.session.commit()  # a fresh snapshot: see what the app committed
    assert db.session.scalar(select(func.count(Match.id))) == 1
    waiting = db.session.scalars(select(OutboxMessage)).all()
    assert [m.state for m in waiting] == [OutboxState.PENDING, OutboxState.PENDING]

    server = MailServer(app.config["MAIL_PORT"])
    server.start()
    try:
        for message in waiting:
            message.next_attempt_at = message.created_at
        db.session.commit()
        assert mail.deliver_due(app) == 2
        assert {m["To"] for m in server.inbox.wait_for(2)} == {
            "mentee0@example.org",
            "maria@example.org",
        }
    finally:
        server.stop()
