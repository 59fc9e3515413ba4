"""The coordinator's matching workflow: run, review, adjust, confirm, and after."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import func, select

from web.extensions import db
from web.models import (
    ApplicationStatus,
    AuditEvent,
    Match,
    MatchRun,
    MatchState,
    OutboxMessage,
    PairRule,
    Proposal,
    ProposalState,
    Role,
)


@pytest.fixture
def org(make_org):
    return make_org("Luckan Integration", "luckan")


@pytest.fixture
def program(make_program, org):
    return make_program(org, name="FIKA")


@pytest.fixture
def coordinator(make_user, org, auth):
    user = make_user("anna@luckan.example", name="Anna Lindqvist", coordinator_of=org)
    auth.login("anna@luckan.example")
    return user


@pytest.fixture
def people(program, make_application, make_user):
    """Three mentees and two mentors whose best pairs are plain to see."""

    def person(name, role, locale="en", **profile):
        user = make_user(f"{name.lower()}@example.org", name=name, locale=locale)
        return make_application(program, user, role, status=ApplicationStatus.ACCEPTED, **profile)

    return {
        "aino": person(
            "Aino",
            Role.MENTEE,
            "fi",
            languages={"fi": "native"},
            fields=["it"],
            topics=["job_search"],
            background="Ohjelmistotestaaja Kiovasta.",
            goals="Haluan töihin ohjelmistoalalle.",
        ),
        "bilal": person(
            "Bilal",
            Role.MENTEE,
            languages={"en": "fluent"},
            fields=["health"],
            topics=["recognition"],
            background="Nurse for ten years in Lahore.",
            goals="I want my nursing licence recognised in Finland.",
        ),
        "chen": person(
            "Chen",
            Role.MENTEE,
            languages={"zh": "native"},
            fields=["finance"],
            topics=["job_search"],
        ),
        "xavier": person(
            "Xavier",
            Role.MENTOR,
            "sv",
            languages={"fi": "native", "sv": "fluent"},
            fields=["it"],
            topics=["job_search"],
            capacity=1,
            background="Ohjelmistoarkkitehti pankissa.",
            goals="Voin kertoa ohjelmistoalan rekrytoinnista.",
        ),
        "yasmin": person(
            "Yasmin",
            Role.MENTOR,
            languages={"en": "native", "fi": "good"},
            fields=["health"],
            topics=["recognition"],
            capacity=2,
            background="Head nurse at a Helsinki hospital.",
            goals="I can explain how foreign nurses get their licence.",
        ),
    }


def run_now(client, program) -> MatchRun:
    response = client.post_form(f"/coordinate/programmes/{program.id}/matching/runs")
    assert response.status_code == 302
    return db.session.scalars(select(MatchRun).order_by(MatchRun.id.desc())).first()


def proposal_for(run, mentee) -> Proposal:
    return db.session.scalars(
        select(Proposal).where(Proposal.run_id == run.id, Proposal.mentee_id == mentee.id)
    ).one()


def act(client, proposal, action):
    return client.post_form(f"/coordinate/proposals/{proposal.id}/{action}")


# -- running -----------------------------------------------------------------------


def test_a_run_proposes_the_best_pairs_and_says_why_the_rest_have_none(
    client, coordinator, program, people
):
    run = run_now(client, program)

    assert (run.mentee_count, run.mentor_count, run.matched_count) == (3, 2, 2)
    assert proposal_for(run, people["aino"]).mentor_id == people["xavier"].id
    assert proposal_for(run, people["bilal"]).mentor_id == people["yasmin"].id
    chen = proposal_for(run, people["chen"])
    assert chen.mentor_id is None
    assert chen.unmatched_reason["code"] == "no_shared_language"
    assert {r["code"] for r in proposal_for(run, people["aino"]).reasons} >= {
        "shared_fields",
        "shared_languages",
    }
    assert db.session.scalar(select(AuditEvent.action)) == "match_run.created"


def test_the_review_page_shows_pairs_scores_and_translated_reasons(
    client, coordinator, program, people
):
    run = run_now(client, program)

    page = client.get(f"/coordinate/runs/{run.id}").get_data(as_text=True)

    assert "Aino with Xavier" in page
    assert "Chen: no pair" in page
    assert "No mentor speaks Chinese well enough." in page
    assert "Same field: IT and software." in page
    assert "Both speak Finnish." in page
    assert "2 / 3" in page


def test_the_pool_leaves_out_unaccepted_paused_full_and_matched_people(
    client, coordinator, program, people, make_application, app
):
    make_application(program, status=ApplicationStatus.SUBMITTED)
    make_application(program, role=Role.MENTOR, status=ApplicationStatus.ACCEPTED, paused=True)
    people["yasmin"].active_matches = 2  # full
    people["chen"].active_matches = 1  # already has a mentor
    db.session.commit()

    run = run_now(client, program)

    assert (run.mentee_count, run.mentor_count) == (2, 1)


def test_rerun_keeps_approvals_and_locks_and_does_not_repeat_rejections(
    client, coordinator, program, people
):
    first = run_now(client, program)
    act(client, proposal_for(first, people["aino"]), "approve")
    act(client, proposal_for(first, people["bilal"]), "lock")
    rejected = proposal_for(first, people["bilal"])

    second = run_now(client, program)

    aino = proposal_for(second, people["aino"])
    bilal = proposal_for(second, people["bilal"])
    assert (aino.mentor_id, aino.state) == (people["xavier"].id, ProposalState.APPROVED)
    assert (bilal.mentor_id, bilal.locked) == (people["yasmin"].id, True)

    act(client, bilal, "reject")
    third = run_now(client, program)
    assert proposal_for(third, people["bilal"]).mentor_id is None
    fourth = run_now(client, program)  # not just the next run: never again
    assert proposal_for(fourth, people["bilal"]).mentor_id is None
    assert rejected.mentor_id == people["yasmin"].id


def test_a_forbidden_pair_is_never_proposed_again(client, coordinator, program, people):
    first = run_now(client, program)
    act(client, proposal_for(first, people["aino"]), "forbid")

    assert db.session.scalar(select(func.count(PairRule.id))) == 1
    assert proposal_for(first, people["aino"]).state == ProposalState.REJECTED
    second = run_now(client, program)
    assert proposal_for(second, people["aino"]).mentor_id == people["yasmin"].id
    client.post_form(f"/coordinate/proposals/{proposal_for(second, people['aino']).id}/forbid")
    third = run_now(client, program)
    aino = proposal_for(third, people["aino"])
    assert aino.mentor_id is None
    assert aino.unmatched_reason["code"] == "all_forbidden"


def test_only_the_latest_run_can_be_changed(client, coordinator, program, people):
    first = run_now(client, program)
    run_now(client, program)

    response = act(client, proposal_for(first, people["aino"]), "approve")

    assert response.status_code == 302
    assert proposal_for(first, people["aino"]).state == ProposalState.PROPOSED


# -- choosing another mentor ------------------------------------------------------------


def test_choose_another_mentor_from_those_with_free_places(client, coordinator, program, people):
    run = run_now(client, program)
    aino = proposal_for(run, people["aino"])

    page = client.get(f"/coordinate/proposals/{aino.id}/mentor").get_data(as_text=True)
    assert "Yasmin" in page  # one free place left, and they share Finnish

    client.post_form(f"/coordinate/proposals/{aino.id}/mentor", {"mentor_id": people["yasmin"].id})

    db.session.refresh(aino)
    assert (aino.mentor_id, aino.state, aino.origin.value) == (
        people["yasmin"].id,
        ProposalState.APPROVED,
        "coordinator",
    )
    assert aino.score is not None
    assert {r["code"] for r in aino.reasons} >= {"shared_languages"}


def test_a_mentor_without_a_free_place_cannot_be_chosen(client, coordinator, program, people):
    run = run_now(client, program)
    bilal = proposal_for(run, people["bilal"])

    response = client.post_form(
        f"/coordinate/proposals/{bilal.id}/mentor",
        {"mentor_id": people["xavier"].id},
        follow_redirects=True,
    )

    assert "no free place left" in response.get_data(as_text=True)
    db.session.refresh(bilal)
    assert bilal.mentor_id == people["yasmin"].id


def test_an_impossible_pair_cannot_be_chosen_and_says_why(client, coordinator, program, people):
    run = run_now(client, program)
    chen = proposal_for(run, people["chen"])

    response = client.post_form(
        f"/coordinate/proposals/{chen.id}/mentor",
        {"mentor_id": people["yasmin"].id},
        follow_redirects=True,
    )

    assert "This pair is not possible" in response.get_data(as_text=True)
    db.session.refresh(chen)
    assert chen.mentor_id is None


# -- confirming ---------------------------------------------------------------------------


def test_confirming_creates_the_match_and_introduces_both_in_their_language(
    client, coordinator, program, people
):
    run = run_now(client, program)
    aino = proposal_for(run, people["aino"])
    act(client, aino, "approve")

    act(client, aino, "confirm")

    match = db.session.scalars(select(Match)).one()
    assert (match.mentee_id, match.mentor_id, match.state) == (
        people["aino"].id,
        people["xavier"].id,
        MatchState.ACTIVE,
    )
    db.session.refresh(people["xavier"])
    assert people["xavier"].active_matches == 1
    assert proposal_for(run, people["aino"]).state == ProposalState.CONFIRMED
    intros = {
        m.recipient: m
        for m in db.session.scalars(
            select(OutboxMessage).where(OutboxMessage.template == "match_introduction")
        )
    }
    assert intros["aino@example.org"].locale == "fi"
    assert intros["xavier@example.org"].locale == "sv"
    assert "xavier@example.org" in intros["aino@example.org"].body
    assert "aino@example.org" in intros["xavier@example.org"].body


def test_each_sees_the_other_only_after_confirmation(client, coordinator, auth, program, people):
    run = run_now(client, program)
    aino = proposal_for(run, people["aino"])
    act(client, aino, "approve")
    auth.logout()
    auth.login("aino@example.org")
    assert "xavier@example.org" not in client.get("/me").get_data(as_text=True)

    auth.logout()
    auth.login("anna@luckan.example")
    act(client, aino, "confirm")
    auth.logout()
    auth.login("aino@example.org")

    page = client.get("/me").get_data(as_text=True)
    assert "Mentorisi: Xavier" in page  # Aino reads Finnish
    assert "xavier@example.org" in page


def test_confirm_all_confirms_every_approved_pair(client, coordinator, program, people):
    run = run_now(client, program)
    client.post_form(f"/coordinate/runs/{run.id}/approve-all")

    client.post_form(f"/coordinate/runs/{run.id}/confirm-all")

    assert db.session.scalar(select(func.count(Match.id))) == 2
    assert (
        db.session.scalar(
            select(func.count(OutboxMessage.id)).where(
                OutboxMessage.template == "match_introduction"
            )
        )
        == 4
    )


def test_a_mentor_who_filled_up_meanwhile_is_refused_and_nothing_is_written(
    client, coordinator, program, people
):
    run = run_now(client, program)
    aino = proposal_for(run, people["aino"])
    act(client, aino, "approve")
    people["xavier"].active_matches = 1  # another coordinator confirmed someone meanwhile
    db.session.commit()

    response = act(client, aino, "confirm")

    assert response.status_code == 302
    assert db.session.scalar(select(func.count(Match.id))) == 0
    assert proposal_for(run, people["aino"]).state == ProposalState.APPROVED
    assert (
        db.session.scalar(
            select(func.count(OutboxMessage.id)).where(
                OutboxMessage.template == "match_introduction"
            )
        )
        == 0
    )
    page = client.get(f"/coordinate/runs/{run.id}").get_data(as_text=True)
    # A problem is an alert that takes the focus (static/js/forms.js), not a mere status.
    assert (
        '<div class="alert alert-danger flash-problem" role="alert" tabindex="-1">'
        "Xavier has no free place any more.</div>"
    ) in page


def test_confirm_all_goes_on_past_a_pair_that_fails(client, coordinator, program, people):
    run = run_now(client, program)
    client.post_form(f"/coordinate/runs/{run.id}/approve-all")
    people["xavier"].active_matches = 1
    db.session.commit()

    response = client.post_form(f"/coordinate/runs/{run.id}/confirm-all", follow_redirects=True)

    page = response.get_data(as_text=True)
    assert '<div class="alert alert-success" role="status">1 pair confirmed' in page
    assert "Aino: Xavier has no free place any more." in page
    assert db.session.scalars(select(Match.mentee_id)).all() == [people["bilal"].id]


# -- after confirming --------------------------------------------------------------------


@pytest.fixture
def confirmed(client, coordinator, program, people):
    run = run_now(client, program)
    client.post_form(f"/coordinate/runs/{run.id}/approve-all")
    client.post_form(f"/coordinate/runs/{run.id}/confirm-all")
    return {m.mentee_id: m for m in db.session.scalars(select(Match))}


def test_a_mentor_declines_and_the_mentee_returns_to_the_pool(
    client, auth, program, people, confirmed
):
    match = confirmed[people["aino"].id]
    auth.logout()
    auth.login("xavier@example.org")

    client.post_form(f"/me/matches/{match.id}/decline", {"reason": "I moved abroad."})

    db.session.refresh(match)
    assert (match.state, match.close_reason) == (MatchState.DECLINED, "I moved abroad.")
    db.session.refresh(people["aino"])
    assert people["aino"].active_matches == 0
    told = db.session.scalars(
        select(OutboxMessage.recipient).where(OutboxMessage.template == "match_declined")
    ).all()
    assert told == ["anna@luckan.example"]
    auth.logout()
    auth.login("anna@luckan.example")
    rerun = run_now(client, program)
    assert rerun.mentee_count == 2  # Aino, and Chen who never had a mentor
    assert proposal_for(rerun, people["aino"]).mentor_id != people["xavier"].id


def test_only_the_mentor_can_decline(client, auth, people, confirmed):
    match = confirmed[people["aino"].id]
    auth.logout()
    auth.login("aino@example.org")

    response = client.post_form(f"/me/matches/{match.id}/decline", {"reason": "No."})

    assert response.status_code == 404
    db.session.refresh(match)
    assert match.state == MatchState.ACTIVE


def test_decline_needs_a_reason(client, auth, people, confirmed):
    match = confirmed[people["aino"].id]
    auth.logout()
    auth.login("xavier@example.org")

    client.post_form(f"/me/matches/{match.id}/decline", {"reason": " "})

    db.session.refresh(match)
    assert match.state == MatchState.ACTIVE


@pytest.mark.parametrize(("cancel", "state"), [("", MatchState.ENDED), ("y", MatchState.CANCELLED)])
def test_a_coordinator_ends_or_cancels_a_match_and_both_are_told(
    client, people, confirmed, cancel, state
):
    match = confirmed[people["bilal"].id]

    client.post_form(
        f"/coordinate/matches/{match.id}/close", {"reason": "Moved away", "cancel": cancel}
    )

    db.session.refresh(match)
    assert (match.state, match.close_reason) == (state, "Moved away")
    db.session.refresh(people["yasmin"])
    assert people["yasmin"].active_matches == 0
    recipients = db.session.scalars(
        select(OutboxMessage.recipient).where(OutboxMessage.template == "match_closed")
    ).all()
    assert sorted(recipients) == ["bilal@example.org", "yasmin@example.org"]


def test_every_step_is_in_the_audit_log(client, program, people, confirmed):
    actions = set(db.session.scalars(select(AuditEvent.action)))

    assert {"match_run.created", "proposal.approved_all", "match.confirmed"} <= actions
    page = client.get(f"/coordinate/programmes/{program.id}/audit").get_data(as_text=True)
    assert "Ran the matching" in page
    assert "Confirmed a pair" in page


def test_a_mentor_cannot_lower_capacity_below_the_current_mentees(
    client, auth, program, people, confirmed
):
    people["yasmin"].capacity = 3
    people["yasmin"].active_matches = 2  # Bilal, and another mentee
    db.session.commit()
    auth.logout()
    auth.login("yasmin@example.org")

    response = client.post_form(
        f"/me/applications/{people['yasmin'].id}",
        {
            "region": "FI-18",
            "languages-0-code": "en",
            "languages-0-level": "native",
            "fields": ["health"],
            "topics": ["recognition"],
            "meeting": "either",
            "background": "Head nurse at a Helsinki hospital.",
            "goals": "I can explain how foreign nurses get their licence.",
            "capacity": "1",
        },
    )

    assert response.status_code == 200
    assert "You have 2 mentees now, so you need at least 2 places." in response.get_data(
        as_text=True
    )
    db.session.refresh(people["yasmin"])
    assert people["yasmin"].capacity == 3


def test_a_matched_mentee_cannot_change_the_profile_or_withdraw(client, auth, people, confirmed):
    auth.logout()
    auth.login("aino@example.org")

    assert client.get(f"/me/applications/{people['aino'].id}").status_code == 302
    client.post_form(f"/me/applications/{people['aino'].id}/withdraw")

    db.session.refresh(people["aino"])
    assert people["aino"].status == ApplicationStatus.ACCEPTED


# -- settings ------------------------------------------------------------------------------


def test_settings_are_saved_and_used_by_the_next_run(client, coordinator, program, people):
    response = client.post_form(
        f"/coordinate/programmes/{program.id}/matching",
        {
            "weight_fields": "10",
            "weight_topics": "0",
            "weight_text": "0",
            "weight_languages": "0",
            "weight_availability": "0",
            "weight_region": "0",
            "objective": "balanced",
            "min_score": "40",
        },
    )

    assert response.status_code == 302
    run = run_now(client, program)
    assert run.settings["objective"] == "balanced"
    assert run.settings["min_score"] == pytest.approx(0.4)
    assert run.settings["weights"]["fields"] == 10


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {
                "weight_fields": "0",
                "weight_topics": "0",
                "weight_text": "0",
                "weight_languages": "0",
                "weight_availability": "0",
            },
            "At least one weight must be more than 0.",
        ),
        ({"min_score": "120"}, "Give a number from 0 to 100."),
        ({"objective": "fastest"}, "Not a valid choice"),
        ({"weight_fields": "11"}, "Not a valid choice"),
    ],
)
def test_bad_settings_come_back_with_a_message(client, coordinator, program, changes, message):
    data = {
        "weight_fields": "5",
        "weight_topics": "3",
        "weight_text": "3",
        "weight_languages": "2",
        "weight_availability": "2",
        "weight_region": "0",
        "objective": "coverage",
        "min_score": "0",
        **changes,
    }

    response = client.post_form(f"/coordinate/programmes/{program.id}/matching", data)

    assert response.status_code == 200
    assert message in response.get_data(as_text=True)


def test_allowing_the_gender_wish_also_asks_gender(client, coordinator, program):
    client.post_form(
        f"/coordinate/programmes/{program.id}/matching",
        {
            "weight_fields": "5",
            "weight_topics": "3",
            "weight_text": "3",
            "weight_languages": "2",
            "weight_availability": "2",
            "weight_region": "1",
            "objective": "coverage",
            "min_score": "0",
            "allows_gender_wish": "y",
        },
    )

    db.session.refresh(program)
    assert program.allows_gender_wish
    assert program.asks_gender


# -- export --------------------------------------------------------------------------------


def read_csv(response):
    body = response.get_data(as_text=True)
    assert body.startswith("\ufeff")
    delimiter = ";" if ";" in body.splitlines()[0] else ","
    return list(csv.reader(io.StringIO(body[1:]), delimiter=delimiter))


def test_matches_export_opens_in_excel_and_neutralises_formulas(
    client, program, people, confirmed, make_user
):
    people["aino"].user.name = '=HYPERLINK("http://evil.example","Aino")'
    people["bilal"].user.name = "Bilal, MSc\n(nurse)"
    db.session.commit()

    response = client.get(f"/coordinate/programmes/{program.id}/matches.csv")

    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = read_csv(response)
    names = {row[0] for row in rows[1:]}
    assert '\'=HYPERLINK("http://evil.example","Aino")' in names
    assert "Bilal, MSc\n(nurse)" in names
    assert rows[0][0] == "Mentee"


def test_export_follows_the_language_of_the_coordinator(client, coordinator, program, people):
    run = run_now(client, program)
    client.post_form("/language", {"locale": "fi", "next": "/"})

    body = client.get(f"/coordinate/runs/{run.id}/proposals.csv").get_data(as_text=True)

    assert body.splitlines()[0].count(";") >= 5
    assert (
        db.session.scalar(
            select(func.count(AuditEvent.id)).where(AuditEvent.action == "export.proposals")
        )
        == 1
    )


# -- another organisation ------------------------------------------------------------------


def test_another_organisations_coordinator_gets_404_everywhere(
    client, auth, make_org, make_user, program, people, confirmed
):
    run = db.session.scalars(select(MatchRun)).first()
    proposal = db.session.scalars(select(Proposal)).first()
    match = next(iter(confirmed.values()))
    auth.logout()
    make_user("eve@other.example", coordinator_of=make_org("Other"))
    auth.login("eve@other.example")

    gets = [
        f"/coordinate/programmes/{program.id}/matching",
        f"/coordinate/programmes/{program.id}/matching/runs",
        f"/coordinate/runs/{run.id}",
        f"/coordinate/runs/{run.id}/proposals.csv",
        f"/coordinate/proposals/{proposal.id}/mentor",
        f"/coordinate/programmes/{program.id}/matches",
        f"/coordinate/programmes/{program.id}/matches.csv",
        f"/coordinate/programmes/{program.id}/audit",
    ]
    posts = [
        f"/coordinate/programmes/{program.id}/matching",
        f"/coordinate/programmes/{program.id}/matching/runs",
        *(
            f"/coordinate/proposals/{proposal.id}/{action}"
            for action in ("approve", "reject", "lock", "unlock", "confirm", "forbid")
        ),
        f"/coordinate/proposals/{proposal.id}/mentor",
        f"/coordinate/runs/{run.id}/approve-all",
        f"/coordinate/runs/{run.id}/confirm-all",
        f"/coordinate/matches/{match.id}/close",
    ]
    for url in gets:
        assert client.get(url).status_code == 404, url
    for url in posts:
        assert client.post_form(url, {"reason": "x", "mentor_id": "1"}).status_code == 404, url
    db.session.refresh(match)
    assert match.state == MatchState.ACTIVE
    assert db.session.scalar(select(func.count(MatchRun.id))) == 1


# -- the command line -----------------------------------------------------------------------


def test_flask_match_runs_from_the_command_line(runner, client, coordinator, program, people):
    result = runner.invoke(args=["match", f"{program.organization.slug}/{program.slug}"])

    assert result.exit_code == 0, result.output
    assert "2 of 3 mentees paired" in result.output
    run = db.session.scalars(select(MatchRun)).one()
    assert run.source.value == "cli"
    assert client.get(f"/coordinate/runs/{run.id}").status_code == 200


def test_flask_match_says_when_the_programme_is_unknown(runner):
    result = runner.invoke(args=["match", "nobody/nothing"])

    assert result.exit_code != 0
    assert "No programme" in result.output


def test_a_person_with_a_pair_cannot_be_rejected_or_wait_listed(client, people, confirmed):
    for decision in ("rejected", "waitlisted"):
        response = client.post_form(
            f"/coordinate/applications/{people['aino'].id}",
            {"decision": decision},
            follow_redirects=True,
        )
        assert "This person has a pair. End the match first." in response.get_data(as_text=True)

    db.session.refresh(people["aino"])
    assert people["aino"].status == ApplicationStatus.ACCEPTED


def test_an_older_run_cannot_be_approved_or_confirmed_from_a_stale_page(
    client, coordinator, program, people
):
    first = run_now(client, program)
    act(client, proposal_for(first, people["aino"]), "approve")
    run_now(client, program)

    client.post_form(f"/coordinate/runs/{first.id}/approve-all")
    client.post_form(f"/coordinate/runs/{first.id}/confirm-all")
    act(client, proposal_for(first, people["aino"]), "confirm")

    assert db.session.scalar(select(func.count(Match.id))) == 0
    assert proposal_for(first, people["bilal"]).state == ProposalState.PROPOSED


def test_confirming_is_all_or_nothing(app, client, coordinator, program, people, monkeypatch):
    """A failure after the match row is written takes the match back out too (SQLite
    included, where a savepoint must not commit the transaction)."""
    app.config["PROPAGATE_EXCEPTIONS"] = False
    run = run_now(client, program)
    aino = proposal_for(run, people["aino"])
    act(client, aino, "approve")
    from web.services import matches

    def mail_breaks(*args, **kwargs):
        raise RuntimeError("the template is broken")

    monkeypatch.setattr(matches, "_introduce", mail_breaks)

    assert act(client, aino, "confirm").status_code == 500
    assert db.session.scalar(select(func.count(Match.id))) == 0
    db.session.refresh(people["xavier"])
    assert people["xavier"].active_matches == 0
