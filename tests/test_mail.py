"""The outbox against a real SMTP server (aiosmtpd), including one that is down."""

from __future__ import annotations

import time
from datetime import timedelta

from sqlalchemy import select

from web import mail
from web.extensions import db
from web.models import ApplicationStatus, OutboxMessage, OutboxState, utcnow

from .factories import PASSWORD
from .mailserver import MailServer, body_of, free_port


def pending() -> list[OutboxMessage]:
    return list(db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def make_due() -> None:
    for message in pending():
        message.next_attempt_at = utcnow() - timedelta(seconds=1)
    db.session.commit()


def test_a_message_is_sent_after_the_commit_that_caused_it(client, app, mail_server):
    app.config["OUTBOX_DELIVERY"] = "inline"

    client.post_form(
        "/register",
        {"name": "Amina", "email": "amina@example.org", "password": PASSWORD, "confirm": PASSWORD},
    )

    (message,) = mail_server.inbox.wait_for(1)
    assert message["To"] == "amina@example.org"
    assert message["Subject"] == "Confirm your e-mail address"
    assert "/verify/" in body_of(message)
    assert pending()[0].state == OutboxState.SENT


def test_the_background_sender_delivers_after_commit(client, app, mail_server):
    app.config["OUTBOX_DELIVERY"] = "thread"

    client.post_form("/reset", {"email": "nobody@example.org"})  # sends nothing
    client.post_form(
        "/register",
        {"name": "Amina", "email": "amina@example.org", "password": PASSWORD, "confirm": PASSWORD},
    )

    assert len(mail_server.inbox.wait_for(1, timeout=10)) == 1


def test_a_mail_server_that_is_down_loses_neither_the_action_nor_the_message(
    client, app, auth, make_user, make_org, make_program, make_application
):
    app.config.update(OUTBOX_DELIVERY="inline", MAIL_PORT=free_port())  # nobody listens there
    organization = make_org()
    make_user("anna@luckan.example", coordinator_of=organization)
    application = make_application(
        make_program(organization), make_user("olena@example.org", locale="en")
    )
    auth.login("anna@luckan.example")

    response = client.post_form(
        f"/coordinate/applications/{application.id}", {"decision": "accepted"}
    )

    assert response.status_code == 302
    db.session.refresh(application)
    assert application.status == ApplicationStatus.ACCEPTED
    (message,) = pending()
    assert message.state == OutboxState.PENDING
    assert message.attempts == 1
    assert "ConnectionRefusedError" in message.last_error
    assert message.next_attempt_at > utcnow()

    server = MailServer(app.config["MAIL_PORT"])
    server.start()
    try:
        assert mail.deliver_due(app) == 0  # not due yet: back-off
        make_due()
        assert mail.deliver_due(app) == 1
        (received,) = server.inbox.wait_for(1)
    finally:
        server.stop()
    assert received["To"] == "olena@example.org"
    assert received["Subject"].startswith("You are accepted")
    db.session.commit()  # a fresh snapshot: see what the app committed
    assert pending()[0].state == OutboxState.SENT


def test_a_message_is_given_up_after_the_last_attempt(app):
    app.config.update(MAIL_PORT=free_port(), OUTBOX_MAX_ATTEMPTS=2)
    with app.test_request_context():
        mail.queue("x@example.org", "en", "email_changed", name="X", new_email="y@example.org")
        db.session.commit()

    mail.deliver_due(app)
    make_due()
    mail.deliver_due(app)

    db.session.commit()  # a fresh snapshot: see what the app committed
    (message,) = pending()
    assert (message.state, message.attempts) == (OutboxState.FAILED, 2)


def test_a_message_claimed_by_another_sender_is_not_sent_twice(app, mail_server):
    with app.test_request_context():
        mail.queue("x@example.org", "en", "email_changed", name="X", new_email="y@example.org")
        db.session.commit()
    with app.app_context():
        claimed = mail._claim_due(db.session, limit=10)  # another process got there first
        assert len(claimed) == 1

    assert mail.deliver_due(app) == 0
    time.sleep(0.2)
    assert mail_server.inbox.messages == []


def test_a_stale_claim_is_taken_up_again(app, mail_server):
    with app.test_request_context():
        mail.queue("x@example.org", "en", "email_changed", name="X", new_email="y@example.org")
        db.session.commit()
    message = pending()[0]
    message.state = OutboxState.SENDING
    message.claimed_at = utcnow() - mail.STALE_CLAIM - timedelta(seconds=1)
    db.session.commit()

    assert mail.deliver_due(app) == 1
    assert len(mail_server.inbox.wait_for(1)) == 1


def test_a_rolled_back_action_sends_nothing(app, mail_server):
    app.config["OUTBOX_DELIVERY"] = "inline"
    with app.test_request_context():
        mail.queue("x@example.org", "en", "email_changed", name="X", new_email="y@example.org")
        db.session.rollback()

    assert mail.deliver_due(app) == 0
    assert pending() == []


def test_console_backend_prints_the_message(app, capsys):
    app.config["MAIL_BACKEND"] = "console"
    with app.test_request_context():
        mail.queue("x@example.org", "en", "email_changed", name="X", new_email="y@example.org")
        db.session.commit()

    assert mail.deliver_due(app) == 1
    assert "To: x@example.org" in capsys.readouterr().out


def test_a_line_break_in_a_name_cannot_reach_a_header(app, mail_server):
    with app.test_request_context():
        mail.queue(
            "x@example.org",
            "en",
            "match_declined",
            name="X",
            mentor="Ann\nBcc: evil",
            mentee="Bo",
            program="FIKA",
            reason="-",
            url="http://silta.test/",
        )
        db.session.commit()

    assert mail.deliver_due(app) == 1
    (message,) = mail_server.inbox.wait_for(1)
    assert message["Subject"].startswith("Ann Bcc: evil declined")
    assert message["Bcc"] is None


def test_a_message_that_cannot_be_built_fails_alone(app, mail_server):
    db.session.add(
        OutboxMessage(
            recipient="x@example.org",
            locale="en",
            template="t",
            subject="broken\nsubject",
            body="b",
        )
    )
    with app.test_request_context():
        mail.queue("y@example.org", "en", "email_changed", name="Y", new_email="z@example.org")
    db.session.commit()

    assert mail.deliver_due(app) == 1
    db.session.commit()
    broken, fine = pending()
    assert (broken.state, fine.state) == (OutboxState.FAILED, OutboxState.SENT)
    assert "ValueError" in broken.last_error
