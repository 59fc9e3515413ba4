"""E-mail through a transactional outbox.

:func:`queue` renders a message in the recipient's language and adds it to the
database session of the action that caused it: both are committed together or
not at all. After the commit the message is sent (in a background thread, in
the request, or by ``flask outbox send``); a failed send is retried with
back-off, so an SMTP server that is down loses neither the action nor the mail.
"""

from __future__ import annotations

import logging
import smtplib
import threading
from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

from flask import Flask, current_app, has_app_context, render_template
from flask_babel import force_locale
from sqlalchemy import event, or_, select, update
from sqlalchemy.orm import Session, scoped_session

from web.extensions import db
from web.models import OutboxMessage, OutboxState, utcnow

log = logging.getLogger(__name__)

#: A message claimed longer ago than this by a sender that died is taken up again.
STALE_CLAIM = timedelta(minutes=10)
#: The longest wait between two attempts.
MAX_BACKOFF = timedelta(hours=1)


def render(template: str, locale: str, **context: Any) -> tuple[str, str]:
    """The subject and body of ``templates/email/<template>.{subject,body}.txt``."""
    with force_locale(locale):
        subject = render_template(f"email/{template}.subject.txt", **context)
        body = render_template(f"email/{template}.body.txt", **context)
    return " ".join(subject.split()), body  # a header is one line, whatever a name holds


def queue(recipient: str, locale: str, template: str, **context: Any) -> OutboxMessage:
    """Render the message in the recipient's language and add it to the session."""
    subject, body = render(template, locale, **context)
    message = OutboxMessage(
        recipient=recipient, locale=locale, template=template, subject=subject, body=body
    )
    db.session.add(message)
    db.session.info["outbox_pending"] = True
    return message


# -- sending -----------------------------------------------------------------


def _as_email(message: OutboxMessage, sender: str) -> EmailMessage:
    email = EmailMessage()
    email["From"] = sender
    email["To"] = message.recipient
    email["Subject"] = message.subject
    email["Message-ID"] = make_msgid(domain="silta.invalid")
    email.set_content(message.body)
    email["Content-Language"] = message.locale  # after set_content, which clears Content-*
    return email


def _send(app: Flask, email: EmailMessage) -> None:
    cfg = app.config
    if cfg["MAIL_BACKEND"] == "console":
        print(f"\n----- e-mail -----\n{email}\n------------------", flush=True)
        return
    smtp_class = smtplib.SMTP_SSL if cfg["MAIL_USE_SSL"] else smtplib.SMTP
    with smtp_class(cfg["MAIL_SERVER"], cfg["MAIL_PORT"], timeout=cfg["MAIL_TIMEOUT"]) as smtp:
        if cfg["MAIL_USE_TLS"]:
            smtp.starttls()
        if cfg["MAIL_USERNAME"]:
            smtp.login(cfg["MAIL_USERNAME"], cfg["MAIL_PASSWORD"] or "")
        smtp.send_message(email)


def _claim_due(session: Session | scoped_session[Any], limit: int) -> list[OutboxMessage]:
    """Claim due messages atomically, so that two senders never send the same one."""
    now = utcnow()
    candidates = session.scalars(
        select(OutboxMessage.id)
        .where(
            or_(
                (OutboxMessage.state == OutboxState.PENDING)
                & (OutboxMessage.next_attempt_at <= now),
                (OutboxMessage.state == OutboxState.SENDING)
                & (OutboxMessage.claimed_at < now - STALE_CLAIM),
            )
        )
        .order_by(OutboxMessage.id)
        .limit(limit)
    ).all()
    claimed = []
    for message_id in candidates:
        result = session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == message_id,
                or_(
                    OutboxMessage.state == OutboxState.PENDING,
                    (OutboxMessage.state == OutboxState.SENDING)
                    & (OutboxMessage.claimed_at < now - STALE_CLAIM),
                ),
            )
            .values(state=OutboxState.SENDING, claimed_at=now)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount == 1:  # type: ignore[attr-defined]
            claimed.append(message_id)
    session.commit()
    return list(session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(claimed))))


def deliver_due(app: Flask, limit: int = 100) -> int:
    """Send what is due; return how many were sent. Safe to run from several processes."""
    sent = 0
    with app.app_context():
        session = db.session
        messages = _claim_due(session, limit)
        for message in messages:
            try:
                _send(app, _as_email(message, app.config["MAIL_SENDER"]))
            except (OSError, smtplib.SMTPException) as error:
                _record_failure(app, message, error)
            except Exception as error:  # a message that can never be sent: stop trying it
                log.exception("e-mail %s cannot be sent", message.id)
                message.state = OutboxState.FAILED
                message.last_error = f"{type(error).__name__}: {error}"[:2000]
            else:
                message.state = OutboxState.SENT
                message.sent_at = utcnow()
                message.last_error = None
                sent += 1
            message.attempts += 1
            message.claimed_at = None
            session.commit()
        db.session.remove()
    return sent


def _record_failure(app: Flask, message: OutboxMessage, error: Exception) -> None:
    attempts = message.attempts + 1
    message.last_error = f"{type(error).__name__}: {error}"[:2000]
    if attempts >= app.config["OUTBOX_MAX_ATTEMPTS"]:
        message.state = OutboxState.FAILED
        log.error("giving up on e-mail %s after %s attempts: %s", message.id, attempts, error)
        return
    backoff = timedelta(seconds=app.config["OUTBOX_RETRY_SECONDS"] * 2 ** (attempts - 1))
    message.state = OutboxState.PENDING
    message.next_attempt_at = utcnow() + min(backoff, MAX_BACKOFF)
    log.warning("e-mail %s not sent (attempt %s), will retry: %s", message.id, attempts, error)


# -- delivery after commit ---------------------------------------------------


class OutboxWorker:
    """A daemon thread per process that sends after each commit and retries on a timer."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.wake = threading.Event()
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()

    def notify(self) -> None:
        with self.lock:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="silta-outbox", daemon=True)
                self.thread.start()
        self.wake.set()

    def _run(self) -> None:
        interval = self.app.config["OUTBOX_RETRY_SECONDS"]
        while True:
            self.wake.wait(timeout=interval)
            self.wake.clear()
            if self.app.config["OUTBOX_DELIVERY"] != "thread":
                continue  # switched to another mode (tests do)
            try:
                deliver_due(self.app)
            except Exception:  # the thread must outlive a database hiccup
                log.exception("outbox delivery failed; will try again")


def _after_commit(session: Session) -> None:
    if not session.info.pop("outbox_pending", False) or not has_app_context():
        return
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    mode = app.config["OUTBOX_DELIVERY"]
    if mode == "thread":
        app.extensions["silta_outbox"].notify()
    elif mode == "inline":
        try:
            deliver_due(app)
        except Exception:  # the action is committed; the message waits for a retry
            log.exception("inline e-mail delivery failed; the message stays in the outbox")


def _after_rollback(session: Session) -> None:
    """Messages rolled back with their action are gone; nothing to send."""
    session.info.pop("outbox_pending", None)


def init_app(app: Flask) -> None:
    app.extensions["silta_outbox"] = OutboxWorker(app)
    if not getattr(Session, "_silta_outbox_hooked", False):
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_rollback", _after_rollback)
        Session._silta_outbox_hooked = True  # type: ignore[attr-defined]

    @app.before_request
    def _start_worker() -> None:
        """Pick up messages left from before a restart (or a mail server that was down)."""
        if app.config["OUTBOX_DELIVERY"] == "thread":
            worker: OutboxWorker = app.extensions["silta_outbox"]
            if worker.thread is None:
                worker.notify()
