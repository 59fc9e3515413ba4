"""Signed, expiring, single-use links for e-mail verification, password reset and e-mail change.

A token carries the user's id and a fingerprint of the account state it was
issued for (password hash, e-mail, verification time). Using the token changes
that state, so the same link cannot work twice, and changing the password kills
every link issued before it. Nothing is stored on the server.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from web.extensions import db
from web.models import User

VERIFY_EMAIL = "verify-email"
RESET_PASSWORD = "reset-password"  # noqa: S105 (a token purpose, not a password)
CHANGE_EMAIL = "change-email"


def _serializer(purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=f"silta.{purpose}")


def _fingerprint(user: User, purpose: str) -> str:
    state = "|".join(
        [
            purpose,
            str(user.id),
            user.email,
            user.password_hash,
            user.email_verified_at.isoformat() if user.email_verified_at else "",
            user.password_changed_at.isoformat() if user.password_changed_at else "",
        ]
    )
    return hashlib.sha256(state.encode()).hexdigest()[:32]


def make_token(user: User, purpose: str, **extra: Any) -> str:
    payload = {"u": user.id, "f": _fingerprint(user, purpose), **extra}
    return str(_serializer(purpose).dumps(payload))


def read_token(token: str, purpose: str, max_age_hours: int) -> tuple[User, dict[str, Any]] | None:
    """The user and payload of a valid token, or None if it is forged, expired or used."""
    try:
        payload = _serializer(purpose).loads(token, max_age=max_age_hours * 3600)
    except (BadSignature, SignatureExpired):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("u"), int):
        return None
    user = db.session.get(User, payload["u"])
    if user is None or not user.active:
        return None
    if not hmac.compare_digest(str(payload.get("f", "")), _fingerprint(user, purpose)):
        return None
    return user, payload
