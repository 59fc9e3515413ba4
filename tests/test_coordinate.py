from __future__ import annotations

import pytest
from sqlalchemy import select

from web.extensions import db
from web.models import (
    ApplicationStatus,
    AuditEvent,
    OutboxMessage,
    Program,
    ProgramStatus,
    Role,
)


@pytest.fixture
def org_a(make_org):
    return make_org("Luckan Integration", "luckan")


@pytest.fixture
def org_b(make_org):
    return make_org("Väestöliitto", "vaestoliitto")


@pytest.fixture
def coordinator_a(make_user, org_a, auth):
    user = make_user("anna@luckan.example", name="Anna Lindqvist", coordinator_of=org_a)
    auth.login("anna@luckan.example")
    return user


@pytest.fixture
def program_b(make_program, org_b):
    return make_program(org_b, name="Womento 2027")


# -- who gets in --------------------------------------------------------------------


def test_a_mentee_cannot_reach_the_coordinator_area(client, make_user, auth, make_program):
    make_user("mentee@example.org")
    auth.login("mentee@example.org")
    program = make_program()

    assert client.get("/coordinate/").status_code == 403
    assert client.get(f"/coordinate/programmes/{program.id}").status_code == 403


def test_a_visitor_is_sent_to_log_in(client):
    response = client.get("/coordinate/")

    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_another_organisations_programme_and_applications_are_not_found(
    client, coordinator_a, program_b, make_application
):
    application = make_application(program_b)
    urls = [
        f"/coordinate/programmes/{program_b.id}",
        f"/coordinate/programmes/{program_b.id}/edit",
        f"/coordinate/programmes/{program_b.id}/applications",
        f"/coordinate/applications/{application.id}",
    ]

    for url in urls:
        assert client.get(url).status_code == 404, url
    decision = client.post_form(
        f"/coordinate/applications/{application.id}", {"decision": "accepted"}
    )
    assert decision.status_code == 404
    db.session.refresh(application)
    assert application.status == ApplicationStatus.SUBMITTED


def test_the_programme_list_shows_only_the_own_organisation(
    client, coordinator_a, org_a, program_b, make_program
):
    make_program(org_a, name="FIKA spring")

    page = client.get("/coordinate/").get_data(as_text=True)

    assert "FIKA spring" in page
    assert "Womento 2027" not in page


def test_a_post_without_csrf_token_is_refused(
    client, coordinator_a, org_a, make_program, make_application
):
    application = make_application(make_program(org_a))

    response = client.post(
        f"/coordinate/applications/{application.id}", data={"decision": "accepted"}
    )

    assert response.status_code == 400
    db.session.refresh(application)
    assert application.status == ApplicationStatus.SUBMITTED


# -- programmes -----------------------------------------------------------------------


def programme_answers(**overrides):
    data = {
        "organization": "",
        "name": "Hanki oma mentorisi – kevät 2027",
        "summary": "Find a mentor who knows working life in Finland.",
        "audience": "People who moved to Finland and live in the capital region.",
        "description": "Six months, meetings once or twice a month.",
        "pairing": "We pair by interests, background and wishes.",
        "duration_months": "6",
        "commitment": "4–8 hours a month",
        "languages": ["fi", "sv", "en"],
        "status": "open",
        "applications_open_on": "2027-01-01",
        "applications_close_on": "2027-01-31",
        "starts_on": "2027-02-15",
        "ends_on": "2027-08-15",
    }
    data.update(overrides)
    return data


def test_a_coordinator_creates_a_programme(client, coordinator_a, org_a):
    response = client.post_form(
        "/coordinate/programmes/new", programme_answers(organization=str(org_a.id))
    )

    assert response.status_code == 302
    program = db.session.scalars(select(Program)).one()
    assert program.organization_id == org_a.id
    assert program.slug == "hanki-oma-mentorisi-kevat-2027"
    assert program.languages == ["en", "fi", "sv"]
    assert program.status == ProgramStatus.OPEN
    assert db.session.scalars(select(AuditEvent.action)).all() == ["program.created"]


def test_a_programme_cannot_be_created_for_another_organisation(client, coordinator_a, org_b):
    response = client.post_form(
        "/coordinate/programmes/new", programme_answers(organization=str(org_b.id))
    )

    assert response.status_code == 200  # "not a valid choice": the form comes back
    assert db.session.scalars(select(Program)).all() == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, "Give the programme a name."),
        ({"applications_close_on": "2026-12-01"}, "Applications cannot close before they open."),
        ({"ends_on": "2027-01-01"}, "The programme cannot end before it starts."),
        ({"duration_months": "99"}, "Give a number from 1 to 36."),
        ({"duration_months": "six"}, "Not a valid integer value"),
        ({"applications_open_on": "31.1.2027"}, "Not a valid date value"),
        ({"slug": "Not OK!"}, "Use small letters a–z"),
        ({"languages": []}, "Choose at least one language."),
        ({"allows_gender_wish": "y"}, "applicants must also be asked their gender"),
        ({"status": "exploded"}, "Not a valid choice"),
    ],
)
def test_bad_programme_answers_come_back_with_a_message(
    client, coordinator_a, org_a, changes, message
):
    response = client.post_form(
        "/coordinate/programmes/new", programme_answers(organization=str(org_a.id), **changes)
    )
    page = response.get_data(as_text=True)

    assert response.status_code == 200
    assert message in page
    assert "Find a mentor who knows working life in Finland." in page
    assert db.session.scalars(select(Program)).all() == []


def test_editing_a_programme_keeps_the_web_address_unique(
    client, coordinator_a, org_a, make_program
):
    make_program(org_a, slug="taken")
    program = make_program(org_a, slug="mine")

    response = client.post_form(
        f"/coordinate/programmes/{program.id}/edit",
        programme_answers(organization=str(org_a.id), slug="taken"),
    )

    assert "Another programme of yours already uses this web address." in response.get_data(
        as_text=True
    )
    db.session.refresh(program)
    assert program.slug == "mine"


def test_editing_changes_status_and_window(client, coordinator_a, org_a, make_program):
    program = make_program(org_a, status=ProgramStatus.DRAFT)

    client.post_form(
        f"/coordinate/programmes/{program.id}/edit",
        programme_answers(organization=str(org_a.id), status="closed"),
    )

    db.session.refresh(program)
    assert program.status == ProgramStatus.CLOSED
    assert str(program.applications_close_on) == "2027-01-31"


# -- screening ------------------------------------------------------------------------


@pytest.fixture
def program_a(make_program, org_a):
    return make_program(org_a, name="FIKA")


def test_application_list_filters_searches_and_counts(
    client, coordinator_a, program_a, make_application, make_user
):
    make_application(
        program_a, make_user(name="Olena Kovalenko"), languages={"uk": "native"}, fields=["it"]
    )
    make_application(
        program_a,
        make_user(name="Ahmed Hassan"),
        languages={"ar": "native"},
        fields=["health"],
        status=ApplicationStatus.ACCEPTED,
    )
    make_application(
        program_a, make_user(name="Mikko Virtanen"), Role.MENTOR, fields=["it"], region="FI-11"
    )
    url = f"/coordinate/programmes/{program_a.id}/applications"

    def names(query):
        page = client.get(url + query).get_data(as_text=True)
        return [n for n in ("Olena Kovalenko", "Ahmed Hassan", "Mikko Virtanen") if n in page]

    assert names("") == ["Olena Kovalenko", "Ahmed Hassan", "Mikko Virtanen"]
    assert names("?role=mentor") == ["Mikko Virtanen"]
    assert names("?status=accepted") == ["Ahmed Hassan"]
    assert names("?language=uk") == ["Olena Kovalenko"]
    assert names("?field=it") == ["Olena Kovalenko", "Mikko Virtanen"]
    assert names("?region=FI-11") == ["Mikko Virtanen"]
    assert names("?q=kovalen") == ["Olena Kovalenko"]
    assert names("?q=%25") == []  # a LIKE wildcard is searched for literally
    page = client.get(url + "?role=mentee").get_data(as_text=True)
    assert "Submitted: <strong>1</strong>" in page
    assert "Accepted: <strong>1</strong>" in page


def test_an_unknown_filter_value_is_ignored_not_an_error(client, coordinator_a, program_a):
    response = client.get(
        f"/coordinate/programmes/{program_a.id}/applications?status=nope&page=abc&language=<x>"
    )

    assert response.status_code == 200


def test_application_list_is_paginated(client, coordinator_a, program_a, make_application, app):
    app.config["PAGE_SIZE"] = 2
    for _ in range(5):
        make_application(program_a)
    url = f"/coordinate/programmes/{program_a.id}/applications"

    first = client.get(url).get_data(as_text=True)
    last = client.get(url + "?page=3").get_data(as_text=True)

    assert first.count("/coordinate/applications/") == 2
    assert last.count("/coordinate/applications/") == 1
    assert "5 applications" in first
    assert client.get(url + "?page=99").status_code == 200


def test_the_application_page_shows_every_answer(
    client, coordinator_a, program_a, make_application
):
    application = make_application(
        program_a,
        languages={"uk": "native", "fi": "basic"},
        fields=["it"],
        topics=["networking"],
        availability=["tue_evening"],
        phone="+358 40 765 4321",
    )

    page = client.get(f"/coordinate/applications/{application.id}").get_data(as_text=True)

    for expected in (
        "+358 40 765 4321",
        "Ukrainian (native",
        "Finnish (basic",
        "IT and software",
        "Building a professional network",
        "Tuesday evening",
        "Uusimaa",
        "I studied economics",
        "I want to find work in finance",
    ):
        assert expected in page, expected


def test_accepting_tells_the_applicant_by_email_in_their_language(
    client, coordinator_a, program_a, make_application, make_user
):
    applicant = make_user("olena@example.org", locale="fi")
    application = make_application(program_a, applicant)

    response = client.post_form(
        f"/coordinate/applications/{application.id}",
        {"decision": "accepted", "note": "Interviewed on 12.11."},
    )

    assert response.status_code == 302
    db.session.refresh(application)
    assert application.status == ApplicationStatus.ACCEPTED
    assert application.coordinator_note == "Interviewed on 12.11."
    assert application.decided_by_id == coordinator_a.id
    message = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.template == "application_decided")
    ).one()
    assert (message.recipient, message.locale) == ("olena@example.org", "fi")
    event = db.session.scalars(select(AuditEvent)).one()
    assert (event.action, event.details["status"]) == ("application.decided", "accepted")


@pytest.mark.parametrize("decision", ["waitlisted", "rejected"])
def test_waitlisting_and_rejecting(client, coordinator_a, program_a, make_application, decision):
    application = make_application(program_a)

    client.post_form(f"/coordinate/applications/{application.id}", {"decision": decision})

    db.session.refresh(application)
    assert application.status == decision


def test_a_decision_must_be_one_of_the_three(client, coordinator_a, program_a, make_application):
    application = make_application(program_a)

    response = client.post_form(
        f"/coordinate/applications/{application.id}", {"decision": "withdrawn"}
    )

    assert response.status_code == 200
    db.session.refresh(application)
    assert application.status == ApplicationStatus.SUBMITTED


def test_a_withdrawn_application_cannot_be_decided(
    client, coordinator_a, program_a, make_application
):
    application = make_application(program_a, status=ApplicationStatus.WITHDRAWN)

    client.post_form(f"/coordinate/applications/{application.id}", {"decision": "accepted"})

    db.session.refresh(application)
    assert application.status == ApplicationStatus.WITHDRAWN
