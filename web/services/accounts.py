"""Accounts: registration, verification, passwords and e-mail addresses.

Answers never tell whether an e-mail address has an account: registration and
password reset say "we sent you a message" either way, and the message itself
says what to do next.
"""

from __future__ import annotations

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import select

from web import mail, tokens
from web.extensions import db
from web.models import User, utcnow
from web.navigation import external_url, is_safe_next
from web.security import end_other_sessions, hash_password
from web.services import ServiceError


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_user(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalise_email(email)))


def register(name: str, email: str, password: str, locale: str, next_path: str | None) -> None:
    """Create an unverified account and send the verification link, or tell the owner."""
    email = normalise_email(email)
    password_hash = hash_password(password)  # also for a known address: same time either way
    user = find_user(email)
    if user is not None:
        mail.queue(
            user.email,
            user.locale,
            "account_exists",
            name=user.name,
            login_url=external_url("auth.login"),
            reset_url=external_url("auth.request_reset"),
        )
        return
    user = User(email=email, name=name, password_hash=password_hash, locale=locale)
    db.session.add(user)
    db.session.flush()
    send_verification(user, next_path)


def send_verification(user: User, next_path: str | None = None) -> None:
    extra = {"n": next_path} if is_safe_next(next_path) else {}
    token = tokens.make_token(user, tokens.VERIFY_EMAIL, **extra)
    mail.queue(
        user.email,
        user.locale,
        "verify_email",
        name=user.name,
        url=external_url("auth.verify_email", token=token),
        hours=current_app.config["TOKEN_MAX_AGE_HOURS"],
    )


def verify_email(user: User) -> None:
    user.email_verified_at = utcnow()


def request_password_reset(email: str) -> None:
    """Send a reset link if the address has an account; say nothing either way."""
    user = find_user(email)
    if user is None or not user.active:
        # The same work as for a real account, so that the answer takes as long.
        mail.render("reset_password", "en", name="", url="", hours=0)
        return
    token = tokens.make_token(user, tokens.RESET_PASSWORD)
    mail.queue(
        user.email,
        user.locale,
        "reset_password",
        name=user.name,
        url=external_url("auth.reset_password", token=token),
        hours=current_app.config["RESET_TOKEN_MAX_AGE_HOURS"],
    )


def set_password(user: User, password: str) -> None:
    """Change the password; every other session and every link issued before it dies."""
    user.password_hash = hash_password(password)
    user.password_changed_at = utcnow()
    end_other_sessions(user)


def request_email_change(user: User, new_email: str) -> None:
    """Send a confirmation link to the new address (nothing if it already has an account)."""
    new_email = normalise_email(new_email)
    if new_email == user.email:
        raise ServiceError(_("That is already your e-mail address."))
    if find_user(new_email) is not None:
        return
    token = tokens.make_token(user, tokens.CHANGE_EMAIL, e=new_email)
    mail.queue(
        new_email,
        user.locale,
        "confirm_email_change",
        name=user.name,
        url=external_url("auth.confirm_email_change", token=token),
        hours=current_app.config["TOKEN_MAX_AGE_HOURS"],
    )


def change_email(user: User, new_email: str) -> None:
    if find_user(new_email) is not None:
        raise ServiceError(_("That e-mail address is already in use."))
    old_email = user.email
    user.email = normalise_email(new_email)
    user.email_verified_at = utcnow()  # the link proved the new address
    mail.queue(old_email, user.locale, "email_changed", name=user.name, new_email=user.email)
