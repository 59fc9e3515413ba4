from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from web.extensions import db
from web.models import OutboxMessage, User, UserSession, utcnow
from web.security import check_password

from .factories import PASSWORD

NEW_PASSWORD = "a brand new passphrase"


def outbox(template: str | None = None) -> list[OutboxMessage]:
    query = select(OutboxMessage).order_by(OutboxMessage.id)
    if template:
        query = query.where(OutboxMessage.template == template)
    return list(db.session.scalars(query))


def without_tokens(page: str) -> str:
    """A page with its CSRF tokens blanked: they are signed with the time."""
    return re.sub(r'name="csrf_token" value="[^"]*"', 'name="csrf_token"', page)


def link_in(message: OutboxMessage) -> str:
    match = re.search(r"http://localhost(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


def register(client, email="amina@example.org", **overrides):
    data = {
        "name": "Amina Yusuf",
        "email": email,
        "password": PASSWORD,
        "confirm": PASSWORD,
        **overrides,
    }
    return client.post_form("/register", data)


# -- registration and verification -------------------------------------------


def test_registration_creates_an_unverified_account_and_sends_the_link(client):
    response = register(client)

    assert response.status_code == 200
    assert "Check your e-mail" in response.get_data(as_text=True)
    user = db.session.scalar(select(User).where(User.email == "amina@example.org"))
    assert user is not None
    assert not user.is_verified
    assert user.password_hash.startswith("$argon2id$")
    (message,) = outbox("verify_email")
    assert message.recipient == "amina@example.org"


def test_registration_with_a_known_address_answers_the_same_and_tells_the_owner(client, make_user):
    make_user("amina@example.org")

    new = register(client, email="new@example.org").get_data(as_text=True)
    known = register(client, email="AMINA@example.org").get_data(as_text=True)

    assert without_tokens(new.replace("new@example.org", "X")) == without_tokens(
        known.replace("AMINA@example.org", "X")
    )
    assert db.session.scalar(select(func.count(User.id))) == 2
    (message,) = outbox("account_exists")
    assert message.recipient == "amina@example.org"


def test_registration_keeps_the_answers_and_explains_errors(client):
    response = register(client, email="not an address", confirm="something else")
    page = response.get_data(as_text=True)

    assert response.status_code == 200
    assert "Enter an e-mail address in the form name@example.com." in page
    assert "The two passwords are not the same." in page
    assert 'value="Amina Yusuf"' in page
    assert 'value="not an address"' in page


def test_registration_refuses_a_short_password(client):
    page = register(client, password="short", confirm="short").get_data(as_text=True)

    assert "Use at least 10 characters." in page
    assert db.session.scalar(select(func.count(User.id))) == 0


def test_verification_link_shows_a_button_and_confirms_only_on_post(client):
    register(client)
    path = link_in(outbox("verify_email")[0])

    assert client.get(path).status_code == 200
    assert not db.session.scalar(select(User)).is_verified

    response = client.post_form(path)
    assert response.status_code == 302
    assert db.session.scalar(select(User)).is_verified
    assert client.get("/me").status_code == 200  # logged in by the link


def test_verification_link_works_only_once(client):
    register(client)
    path = link_in(outbox("verify_email")[0])
    client.post_form(path)
    client.post_form("/logout")

    response = client.post_form(path)

    assert response.status_code == 400
    assert "The link does not work" in response.get_data(as_text=True)


def test_verification_returns_to_the_page_the_person_came_from(client):
    client.post_form(
        "/register?next=/programmes/org/fika/apply/mentee",
        {"name": "A", "email": "a@example.org", "password": PASSWORD, "confirm": PASSWORD},
    )
    path = link_in(outbox("verify_email")[0])

    response = client.post_form(path)

    assert response.headers["Location"] == "/programmes/org/fika/apply/mentee"


def test_a_forged_verification_link_does_not_work(client):
    assert client.get("/verify/not-a-real-token").status_code == 400


# -- log-in and log-out ------------------------------------------------------


def test_login_with_the_right_password(client, make_user):
    make_user("amina@example.org")

    response = client.post_form("/login", {"email": "Amina@Example.org", "password": PASSWORD})

    assert response.status_code == 302
    assert client.get("/me").status_code == 200


@pytest.mark.parametrize("email", ["amina@example.org", "nobody@example.org"])
def test_login_failure_says_the_same_for_known_and_unknown_addresses(client, make_user, email):
    make_user("amina@example.org")

    response = client.post_form("/login", {"email": email, "password": "wrong password!"})

    assert response.status_code == 200
    assert "The e-mail address or the password is wrong." in response.get_data(as_text=True)


def test_deactivated_account_cannot_log_in(client, make_user):
    make_user("amina@example.org", active=False)

    response = client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})

    assert "The e-mail address or the password is wrong." in response.get_data(as_text=True)


def test_login_redirects_only_to_this_site(client, make_user):
    make_user("amina@example.org")

    response = client.post_form(
        "/login?next=https://evil.example/steal",
        {"email": "amina@example.org", "password": PASSWORD},
    )

    assert response.headers["Location"] == "/me"


def test_a_replayed_session_cookie_is_refused_after_logout(client, make_user, app):
    make_user("amina@example.org")
    client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})
    stolen = client.get_cookie("session").value

    client.post_form("/logout")
    replay = app.test_client()
    replay.set_cookie("session", stolen)

    assert replay.get("/me").status_code == 302  # sent to the log-in page
    assert db.session.scalar(select(func.count(UserSession.id))) == 0


def test_an_idle_session_expires(client, make_user, app):
    make_user("amina@example.org")
    client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})
    login_session = db.session.scalar(select(UserSession))
    login_session.last_seen_at = utcnow() - timedelta(
        minutes=app.config["SESSION_IDLE_MINUTES"] + 1
    )
    db.session.commit()

    assert client.get("/me").status_code == 302


def test_a_new_session_in_the_same_browser_replaces_the_old_one(client, make_user):
    make_user("amina@example.org")
    client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})
    client.post_form("/reset", {"email": "amina@example.org"})
    path = link_in(outbox("reset_password")[0])

    client.post_form(path, {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})

    assert db.session.scalar(select(func.count(UserSession.id))) == 1
    assert client.get("/me").status_code == 200


# -- passwords -----------------------------------------------------------------


def test_changing_the_password_logs_out_other_devices(client, make_user, app):
    user = make_user("amina@example.org")
    other_device = app.test_client()
    other_device.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})
    client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})

    response = client.post_form(
        "/account/password",
        {"current_password": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
    )

    assert response.status_code == 302
    assert client.get("/me").status_code == 200
    assert other_device.get("/me").status_code == 302
    db.session.refresh(user)
    assert check_password(user, NEW_PASSWORD)


def test_changing_the_password_needs_the_current_one(client, make_user):
    user = make_user("amina@example.org")
    client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})

    response = client.post_form(
        "/account/password",
        {"current_password": "not it at all", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
    )

    assert "This is not your current password." in response.get_data(as_text=True)
    db.session.refresh(user)
    assert check_password(user, PASSWORD)


def test_password_reset_by_link_sets_a_new_password_once(client, make_user):
    user = make_user("amina@example.org")
    client.post_form("/reset", {"email": "amina@example.org"})
    path = link_in(outbox("reset_password")[0])

    response = client.post_form(path, {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})

    assert response.status_code == 302
    db.session.refresh(user)
    assert check_password(user, NEW_PASSWORD)
    again = client.post_form(path, {"password": "yet another one!", "confirm": "yet another one!"})
    assert again.status_code == 400


def test_password_reset_for_an_unknown_address_answers_the_same(client, make_user):
    make_user("amina@example.org")

    known = client.post_form("/reset", {"email": "amina@example.org"}).get_data(as_text=True)
    unknown = client.post_form("/reset", {"email": "nobody@example.org"}).get_data(as_text=True)

    assert without_tokens(known.replace("amina@example.org", "X")) == without_tokens(
        unknown.replace("nobody@example.org", "X")
    )
    assert len(outbox("reset_password")) == 1


def test_reset_link_dies_when_the_password_changes(client, make_user):
    make_user("amina@example.org")
    client.post_form("/reset", {"email": "amina@example.org"})
    path = link_in(outbox("reset_password")[0])
    client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})
    client.post_form(
        "/account/password",
        {"current_password": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
    )

    assert client.get(path).status_code == 400


def test_reset_link_expires(client, make_user, app):
    make_user("amina@example.org")
    client.post_form("/reset", {"email": "amina@example.org"})
    path = link_in(outbox("reset_password")[0])
    app.config["RESET_TOKEN_MAX_AGE_HOURS"] = -1

    assert client.get(path).status_code == 400


# -- e-mail address and language ---------------------------------------------------


def test_changing_the_email_takes_effect_when_the_new_address_confirms(client, make_user):
    user = make_user("amina@example.org")
    client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})

    client.post_form(
        "/account/email", {"email": "amina.new@example.org", "current_password": PASSWORD}
    )
    db.session.refresh(user)
    assert user.email == "amina@example.org"

    (message,) = outbox("confirm_email_change")
    assert message.recipient == "amina.new@example.org"
    client.post_form(link_in(message))
    db.session.refresh(user)
    assert user.email == "amina.new@example.org"
    (notice,) = outbox("email_changed")
    assert notice.recipient == "amina@example.org"


def test_changing_the_email_to_a_taken_address_reveals_nothing_and_changes_nothing(
    client, make_user
):
    make_user("amina@example.org")
    make_user("taken@example.org")
    client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})

    response = client.post_form(
        "/account/email", {"email": "taken@example.org", "current_password": PASSWORD}
    )

    assert "Check your e-mail" in response.get_data(as_text=True)
    assert outbox("confirm_email_change") == []


def test_preferred_language_is_saved_on_the_account(client, make_user):
    user = make_user("amina@example.org")
    client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})

    client.post_form("/account", {"name": "Amina Y.", "locale": "fi"})

    db.session.refresh(user)
    assert (user.name, user.locale) == ("Amina Y.", "fi")
    assert '<html lang="fi">' in client.get("/me").get_data(as_text=True)


def test_language_switcher_saves_the_choice_on_the_account(client, make_user):
    user = make_user("amina@example.org")
    client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})

    client.post_form("/language", {"locale": "sv", "next": "/me"})

    db.session.refresh(user)
    assert user.locale == "sv"


def test_a_one_line_answer_keeps_no_line_breaks(client, make_user):
    user = make_user("amina@example.org")
    client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})

    client.post_form("/account", {"name": "Amina\r\nBcc: someone", "locale": "en"})

    db.session.refresh(user)
    assert user.name == "Amina Bcc: someone"
