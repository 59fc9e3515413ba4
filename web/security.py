"""Log-in sessions, password hashing and the security headers on every response."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any, TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import Flask, Response, current_app, redirect, request, session, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_user, logout_user
from sqlalchemy import delete
from sqlalchemy.orm.exc import StaleDataError

from web.extensions import db, login_manager
from web.models import User, UserSession, utcnow

F = TypeVar("F", bound=Callable[..., Any])

_hasher = PasswordHasher()
#: Verified against when the e-mail is unknown, so that both answers take as long.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))

#: How often a session's last-seen time is written (not on every request).
TOUCH_INTERVAL = timedelta(minutes=1)
#: How recently the password must have been typed for a sensitive action.
FRESH_FOR = timedelta(minutes=10)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(user: User | None, password: str) -> bool:
    """True if the password is the user's; takes as long when there is no such user."""
    try:
        _hasher.verify(user.password_hash if user is not None else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return user is not None


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(user: User, *, password_typed: bool = True) -> None:
    """Log the user in on a new server-side session; the old cookie session is cleared.

    A session started by an e-mailed link (``password_typed=False``) is not fresh:
    sensitive actions still ask for the password.
    """
    if current_user.is_authenticated and current_user.current_session is not None:
        db.session.delete(current_user.current_session)  # this browser's previous session
    token = secrets.token_urlsafe(32)
    login_session = UserSession(id=_token_hash(token), user=user)
    if not password_typed:
        login_session.authenticated_at = utcnow() - 2 * FRESH_FOR
    login_session.token = token
    db.session.add(login_session)
    user.current_session = login_session
    user.last_login_at = utcnow()
    session.clear()
    login_user(user)


def end_session() -> None:
    """Log out: the server forgets the session, so a replayed cookie is worthless."""
    if current_user.is_authenticated and current_user.current_session is not None:
        db.session.delete(current_user.current_session)
    logout_user()
    session.clear()


def end_other_sessions(user: User) -> None:
    """Every other browser logged in as this user is logged out (after a password change)."""
    keep = user.current_session.id if user.current_session else ""
    db.session.execute(
        delete(UserSession).where(UserSession.user_id == user.id, UserSession.id != keep)
    )


def mark_fresh() -> None:
    """The user has just typed the password in this session."""
    if current_user.is_authenticated and current_user.current_session is not None:
        current_user.current_session.authenticated_at = utcnow()


@login_manager.user_loader
def load_user(token: str) -> User | None:
    login_session = db.session.get(UserSession, _token_hash(token))
    if login_session is None:
        return None
    now = utcnow()
    idle = timedelta(minutes=current_app.config["SESSION_IDLE_MINUTES"])
    absolute = timedelta(hours=current_app.config["SESSION_ABSOLUTE_HOURS"])
    if now - login_session.last_seen_at > idle or now - login_session.created_at > absolute:
        return None
    user = login_session.user
    if not user.active:
        return None
    login_session.token = token
    user.current_session = login_session
    return user


def _touch_session() -> None:
    """Record activity (for the idle time-out) before the view runs, in its own commit."""
    if request.endpoint == "static" or not current_user.is_authenticated:
        return
    login_session = current_user.current_session
    if login_session is not None and utcnow() - login_session.last_seen_at > TOUCH_INTERVAL:
        login_session.last_seen_at = utcnow()
        try:
            db.session.commit()
        except StaleDataError:  # logged out elsewhere this very moment: the loader says so next
            db.session.rollback()


CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


def _security_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if current_app.config["SESSION_COOKIE_SECURE"]:
        response.headers.setdefault(
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains"
        )
    if request.endpoint != "static" and current_user.is_authenticated:
        # Pages with personal data are never kept by browsers or proxies.
        response.headers["Cache-Control"] = "no-store"
        response.vary.add("Cookie")
    return response


def init_app(app: Flask) -> None:
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Please log in to see this page.")
    login_manager.login_message_category = "info"
    login_manager.session_protection = None  # our own server-side sessions do this job
    app.before_request(_touch_session)
    app.after_request(_security_headers)


def is_fresh() -> bool:
    login_session = current_user.current_session if current_user.is_authenticated else None
    return login_session is not None and utcnow() - login_session.authenticated_at <= FRESH_FOR


def fresh_login_required(view: F) -> F:
    """Ask for the password again unless it was typed in the last few minutes."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        if not is_fresh():
            return redirect(url_for("privacy.confirm_password", next=request.full_path))
        return view(*args, **kwargs)

    return wrapped  # type: ignore[return-value]
