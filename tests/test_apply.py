from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from web.extensions import db
from web.models import Application, ApplicationStatus, OutboxMessage, ProgramStatus, Role
from web.timeutil import today


def answers(**overrides):
    """A complete, valid mentee application as the browser posts it."""
    data = {
        "phone": "+358 40 123 4567",
        "region": "FI-18",
        "languages-0-code": "en",
        "languages-0-level": "fluent",
        "languages-1-code": "fi",
        "languages-1-level": "basic",
        "fields": ["it"],
        "topics": ["job_search", "networking"],
        "background": "I studied computer science in Kyiv and worked as a tester for six years.",
        "goals": "I want to find my first job in Finland and understand how teams work here.",
        "meeting": "either",
        "availability": ["mon_evening", "wed_evening"],
        "consent": "y",
    }
    data.update(overrides)
    return data


@pytest.fixture
def program(make_program):
    return make_program()


@pytest.fixture
def applicant(make_user, auth):
    user = make_user("olena@example.org", name="Olena Kovalenko")
    auth.login("olena@example.org")
    return user


def apply_url(program, role="mentee"):
    return f"/programmes/{program.organization.slug}/{program.slug}/apply/{role}"


def only_application() -> Application:
    return db.session.scalars(select(Application)).one()


def test_mentee_application_is_stored_with_the_whole_profile(client, program, applicant):
    response = client.post_form(apply_url(program), answers())

    assert response.status_code == 302
    application = only_application()
    assert application.role == Role.MENTEE
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.languages == {"en": "fluent", "fi": "basic"}
    assert application.fields == ["it"]
    assert sorted(application.topics) == ["job_search", "networking"]
    assert sorted(application.availability) == ["mon_evening", "wed_evening"]
    assert application.region == "FI-18"
    assert application.capacity is None
    assert application.consent_version
    assert application.consent_at is not None
    message = db.session.scalars(select(OutboxMessage)).one()
    assert message.template == "application_received"
    assert message.recipient == "olena@example.org"


def test_mentor_application_has_capacity(client, program, applicant):
    response = client.post_form(apply_url(program, "mentor"), answers(capacity="3"))

    assert response.status_code == 302
    application = only_application()
    assert (application.role, application.capacity, application.paused) == (Role.MENTOR, 3, False)


def test_the_form_asks_gender_only_when_the_programme_does(client, make_program, applicant):
    plain = make_program(asks_gender=False)
    womento = make_program(asks_gender=True, allows_gender_wish=True)

    plain_page = client.get(apply_url(plain)).get_data(as_text=True)
    womento_page = client.get(apply_url(womento)).get_data(as_text=True)

    assert "Your gender" not in plain_page
    assert "Your gender" in womento_page
    assert "Do you wish for a mentor of a certain gender?" in womento_page


def test_gender_posted_to_a_programme_that_does_not_ask_is_not_stored(client, program, applicant):
    client.post_form(apply_url(program), answers(gender="woman", wants_mentor_gender="woman"))

    application = only_application()
    assert application.gender is None
    assert application.wants_mentor_gender is None


def test_gender_wish_is_stored_where_the_programme_allows_it(client, make_program, applicant):
    womento = make_program(asks_gender=True, allows_gender_wish=True)

    client.post_form(apply_url(womento), answers(gender="woman", wants_mentor_gender="woman"))

    application = only_application()
    assert (application.gender, application.wants_mentor_gender) == ("woman", "woman")


def test_a_second_application_to_the_same_programme_is_refused_with_a_message(
    client, program, applicant
):
    client.post_form(apply_url(program), answers())

    response = client.post_form(apply_url(program), answers(), follow_redirects=True)

    assert "You have already applied to this programme." in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Application.id))) == 1


def test_applying_as_mentor_after_mentee_in_the_same_programme_is_refused(
    client, program, applicant
):
    client.post_form(apply_url(program), answers())

    response = client.post_form(apply_url(program, "mentor"), answers(capacity="1"))

    assert "You have already applied to this programme as a mentee." in response.get_data(
        as_text=True
    )
    assert db.session.scalar(select(func.count(Application.id))) == 1


def test_an_unverified_account_cannot_send_but_keeps_the_answers(client, make_user, program, auth):
    make_user("new@example.org", verified=False)
    auth.login("new@example.org")

    response = client.post_form(apply_url(program), answers())
    page = response.get_data(as_text=True)

    assert "Please confirm your e-mail address before you apply." in page
    assert "worked as a tester for six years" in page
    assert db.session.scalar(select(func.count(Application.id))) == 0


@pytest.mark.parametrize(
    "changes",
    [
        {"status": ProgramStatus.CLOSED},
        {"status": ProgramStatus.DRAFT},
        {"applications_close_on": today() - timedelta(days=1)},
        {"applications_open_on": today() + timedelta(days=1)},
    ],
)
def test_no_application_outside_the_window_or_when_not_open(
    client, make_program, applicant, changes
):
    program = make_program(**changes)

    response = client.post_form(apply_url(program), answers())

    assert response.status_code in (302, 404)
    assert db.session.scalar(select(func.count(Application.id))) == 0


def test_applying_needs_an_account(client, program):
    response = client.get(apply_url(program))

    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")


def test_unknown_role_is_not_found(client, program, applicant):
    assert client.get(apply_url(program, "boss")).status_code == 404


# -- validation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"background": ""}, "Tell a little about your education and work."),
        ({"background": "x" * 2001}, "Write between 20 and 2000 characters."),
        ({"fields": []}, "Choose at least one."),
        ({"fields": ["it", "law", "health", "hr"]}, "Choose at most 3."),
        ({"fields": ["astrology"]}, "is not a valid choice"),
        ({"region": "FI-99"}, "Not a valid choice"),
        ({"meeting": "telepathy"}, "Not a valid choice"),
        ({"languages-0-code": "", "languages-1-code": ""}, "Add at least one language you speak."),
        ({"languages-0-level": ""}, "Choose a level."),
        ({"languages-1-code": "en"}, "You chose this language twice."),
        ({"consent": ""}, "We can only handle your application with your consent."),
        ({"phone": "call me maybe"}, "Write the number with digits"),
        ({"availability": ["mon_midnight"]}, "is not a valid choice"),
    ],
)
def test_bad_answers_get_a_message_and_keep_the_rest(client, program, applicant, changes, message):
    response = client.post_form(apply_url(program), answers(**changes))
    page = response.get_data(as_text=True)

    assert response.status_code == 200
    assert message in page
    assert 'id="error-summary"' in page
    if "background" not in changes:
        assert "worked as a tester for six years" in page
    assert db.session.scalar(select(func.count(Application.id))) == 0


def test_mentor_capacity_outside_one_to_five_is_refused(client, program, applicant):
    response = client.post_form(apply_url(program, "mentor"), answers(capacity="9"))

    assert response.status_code == 200
    assert db.session.scalar(select(func.count(Application.id))) == 0


def test_html_in_answers_is_stored_as_typed_and_shown_escaped(client, program, applicant):
    script = "<script>alert('x')</script> I worked as a nurse for ten years."
    client.post_form(apply_url(program), answers(background=script))
    application = only_application()

    page = client.get(f"/me/applications/{application.id}").get_data(as_text=True)

    assert application.background == script
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page


def test_control_characters_are_removed_from_answers(client, program, applicant):
    client.post_form(
        apply_url(program), answers(goals="I want\x00 to find\x07 work in Finland soon.")
    )

    assert only_application().goals == "I want to find work in Finland soon."


# -- following and changing an application ------------------------------------------


def test_my_applications_shows_the_status(client, program, applicant, make_application):
    make_application(program, applicant, status=ApplicationStatus.WAITLISTED)

    page = client.get("/me").get_data(as_text=True)

    assert program.name in page
    assert "On the waiting list" in page


def test_the_profile_can_be_changed_until_matched(client, program, applicant, make_application):
    application = make_application(program, applicant, status=ApplicationStatus.ACCEPTED)

    form = client.get(f"/me/applications/{application.id}").get_data(as_text=True)
    response = client.post_form(
        f"/me/applications/{application.id}",
        answers(consent="", region="FI-11", topics=["interviews"]),
    )

    assert "I studied economics" in form  # the stored answers are filled in
    assert response.status_code == 302
    db.session.refresh(application)
    assert application.region == "FI-11"
    assert application.topics == ["interviews"]
    assert application.status == ApplicationStatus.ACCEPTED


def test_a_mentor_can_change_capacity_and_pause(client, program, applicant, make_application):
    application = make_application(program, applicant, Role.MENTOR, capacity=1)

    client.post_form(
        f"/me/applications/{application.id}", answers(capacity="4", paused="y", consent="")
    )

    db.session.refresh(application)
    assert (application.capacity, application.paused) == (4, True)


def test_withdrawing_an_application(client, program, applicant, make_application):
    application = make_application(program, applicant)

    client.post_form(f"/me/applications/{application.id}/withdraw")

    db.session.refresh(application)
    assert application.status == ApplicationStatus.WITHDRAWN


def test_a_withdrawn_application_can_be_sent_again(client, program, applicant, make_application):
    make_application(program, applicant, status=ApplicationStatus.WITHDRAWN)

    response = client.post_form(apply_url(program), answers())

    assert response.status_code == 302
    assert only_application().status == ApplicationStatus.SUBMITTED


def test_someone_elses_application_is_not_found(client, program, applicant, make_application):
    other = make_application(program)

    assert client.get(f"/me/applications/{other.id}").status_code == 404
    assert client.post_form(f"/me/applications/{other.id}/withdraw").status_code == 404
    db.session.refresh(other)
    assert other.status == ApplicationStatus.SUBMITTED
