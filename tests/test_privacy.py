"""People's control over their data: consent, export, deletion, retention, password policy."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from web.extensions import db
from web.models import (
    Application,
    ApplicationStatus,
    AuditEvent,
    Match,
    MatchRun,
    MatchState,
    OutboxMessage,
    ProgramStatus,
    User,
    UserSession,
    utcnow,
)
from web.services.privacy import purge_expired

from .factories import PASSWORD
from .security_world import World


def fresh_login(client, email):
    client.post_form("/login", {"email": email, "password": PASSWORD})


# -- consent and withdrawal ----------------------------------------------------------------


def test_consent_is_stored_with_its_version_and_time(client, auth, make_user, make_program):
    make_user("amina@example.org")
    auth.login("amina@example.org")
    program = make_program()

    client.post_form(
        f"/programmes/{program.organization.slug}/{program.slug}/apply/mentee",
        {"region": "FI-18", "languages-0-code": "en", "languages-0-level": "fluent",
         "fields": ["it"], "topics": ["cv"], "meeting": "online", "consent": "y",
         "background": "I studied computer science in Kyiv.",
         "goals": "I want my first job in a Finnish software team."},
    )  # fmt: skip

    application = db.session.scalars(select(Application)).one()
    assert application.consent_version == "2026-11"
    assert utcnow() - application.consent_at < timedelta(minutes=1)


def test_withdrawing_is_one_click_and_erases_the_answers(client, auth, make_user,
                                                         make_application):  # fmt: skip
    user = make_user("amina@example.org")
    application = make_application(user=user, phone="+358 40 123 4567", fields=["it"])
    auth.login("amina@example.org")

    client.post_form(f"/me/applications/{application.id}/withdraw")

    db.session.refresh(application)
    assert application.status == ApplicationStatus.WITHDRAWN
    assert application.withdrawn_at is not None
    assert (application.background, application.goals, application.phone) == ("", "", None)
    assert application.fields == []
    assert application.languages == {}


def test_gender_is_asked_only_where_the_programme_uses_it(client, auth, make_user, make_program):
    make_user("amina@example.org")
    auth.login("amina@example.org")
    plain = make_program(asks_gender=False)

    page = client.get(f"/programmes/{plain.organization.slug}/{plain.slug}/apply/mentee")

    assert 'name="gender"' not in page.get_data(as_text=True)


def test_a_mentor_sees_a_mentees_details_only_after_confirmation(client, auth, world: World):
    auth.login("a-mentor@example.org")
    page = client.get("/me").get_data(as_text=True)
    # Confirmed: the mentee's contact details are shown, the coordinator's note never is.
    assert "a-mentee@example.org" in page
    waiting = db.session.get(Application, world.ids["a"]["waiting_application"])
    assert waiting.user.email not in page  # proposed to this mentor, not confirmed


# -- my data -------------------------------------------------------------------------------


def test_export_needs_the_password_again(client, auth, world: World):
    auth.login("a-mentee@example.org")
    session = db.session.scalar(select(UserSession))
    session.authenticated_at = utcnow() - timedelta(hours=1)
    db.session.commit()

    response = client.get("/account/data.json")

    assert response.status_code == 302
    assert response.headers["Location"].startswith("/account/confirm-password")
    client.post_form("/account/confirm-password?next=/account/data.json",
                     {"password": PASSWORD})  # fmt: skip
    assert client.get("/account/data.json").status_code == 200


def test_export_holds_everything_about_the_person(client, auth, world: World):
    auth.login("coordinator@luckan.example")
    client.get(f"/coordinate/applications/{world.ids['a']['mentee_application']}")
    client.get(f"/coordinate/programmes/{world.program_a.id}/matches.csv")
    auth.logout()
    fresh_login(client, "a-mentee@example.org")

    response = client.get("/account/data.json")

    assert "attachment" in response.headers["Content-Disposition"]
    data = json.loads(response.get_data(as_text=True))
    assert data["account"]["email"] == "a-mentee@example.org"
    (application,) = data["applications"]
    assert application["background"].startswith("I studied nursing")
    assert application["consent"]["text_version"] == "2026-11"
    assert data["matches"][0]["with"] == "Mentor a"
    actions = [event["action"] for event in data["who_handled_your_data"]]
    assert "application.viewed" in actions
    assert "export.matches" in actions


def test_deleting_the_account_erases_the_person_but_keeps_the_figures(client, auth,
                                                                     world: World):  # fmt: skip
    fresh_login(client, "a-mentee@example.org")
    user = db.session.scalar(select(User).where(User.email == "a-mentee@example.org"))
    applications_before = db.session.scalar(select(func.count(Application.id)))

    response = client.post_form("/account/delete", {"password": PASSWORD, "understood": "y"})

    assert response.status_code == 302
    db.session.refresh(user)
    assert user.deleted_at is not None
    assert user.email.endswith("@deleted.invalid")
    assert "Mentee a" not in user.name
    assert not user.active
    application = db.session.get(Application, world.ids["a"]["mentee_application"])
    assert application.background == ""
    assert db.session.scalar(select(func.count(Application.id))) == applications_before
    match = db.session.get(Match, world.ids["a"]["match"])
    assert match.state == MatchState.CANCELLED
    assert db.session.scalar(select(func.count(UserSession.id)).where(
        UserSession.user_id == user.id)) == 0  # fmt: skip
    assert client.get("/me").status_code == 302  # logged out
    assert (
        client.post_form(
            "/login", {"email": "a-mentee@example.org", "password": PASSWORD}
        ).status_code
        == 200
    )  # no such account any more


def test_deleting_needs_the_password_and_the_tick(client, world: World):
    fresh_login(client, "a-mentee@example.org")

    wrong = client.post_form("/account/delete", {"password": "wrong one!!!", "understood": "y"})
    no_tick = client.post_form("/account/delete", {"password": PASSWORD})

    assert "This is not your current password." in wrong.get_data(as_text=True)
    assert "Tick the box to confirm." in no_tick.get_data(as_text=True)
    assert db.session.scalar(select(User).where(User.email == "a-mentee@example.org"))


# -- retention -----------------------------------------------------------------------------


def test_purge_expired_erases_a_programme_a_year_after_it_ends(runner, world: World, app):
    world.program_a.ends_on = date.today() - timedelta(days=400)
    world.program_a.status = ProgramStatus.FINISHED
    old = utcnow() - timedelta(days=400)
    db.session.add(OutboxMessage(recipient="a-mentee@example.org", locale="en", template="t",
                                 subject="s", body="b", created_at=old))  # fmt: skip
    db.session.add(AuditEvent(action="application.viewed", object_type="application",
                              object_id=1, created_at=old, details={}))  # fmt: skip
    db.session.commit()

    result = runner.invoke(args=["purge-expired"])

    assert result.exit_code == 0, result.output
    assert "1 programme(s)" in result.output
    mentee = db.session.get(Application, world.ids["a"]["mentee_application"])
    assert (mentee.background, mentee.goals, mentee.phone) == ("", "", None)
    assert mentee.user.deleted_at is not None
    assert (
        db.session.scalar(
            select(func.count(MatchRun.id)).where(MatchRun.program_id == world.program_a.id)
        )
        == 0
    )
    assert db.session.scalar(select(func.count(OutboxMessage.id)).where(
        OutboxMessage.created_at < utcnow() - timedelta(days=300))) == 0  # fmt: skip
    # Organisation B's programme has not ended: untouched.
    other = db.session.get(Application, world.ids["b"]["mentee_application"])
    assert other.background.endswith("worked as a nurse for years.")
    assert other.user.deleted_at is None


def test_purge_keeps_programmes_within_the_retention_time(app, world: World):
    world.program_a.ends_on = date.today() - timedelta(days=100)
    db.session.commit()

    with app.test_request_context():
        result = purge_expired(12, date.today())

    assert result.programmes == 0
    mentee = db.session.get(Application, world.ids["a"]["mentee_application"])
    assert mentee.background


# -- password policy -----------------------------------------------------------------------


@pytest.mark.parametrize("password", ["password123", "qwertyuiop", "aaaaaaaaaaaa", "1234567890"])
def test_common_passwords_are_refused(client, password):
    response = client.post_form(
        "/register",
        {"name": "Amina", "email": "amina@example.org", "password": password,
         "confirm": password},
    )  # fmt: skip

    assert "This password is too easy to guess." in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(User.id))) == 0


def test_a_long_passphrase_is_welcome(client):
    phrase = "my grandmother's garden in Tampere had forty apple trees " * 8

    client.post_form(
        "/register",
        {"name": "Amina", "email": "amina@example.org", "password": phrase, "confirm": phrase},
    )

    assert db.session.scalar(select(func.count(User.id))) == 1
