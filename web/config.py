"""Configuration: defaults, then ``SILTA_*`` environment variables, then overrides.

Twelve-factor: everything that differs between a laptop, CI and production comes
from the environment. Nothing secret has a default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

PREFIX = "SILTA_"

#: Defaults for every setting the app reads. Environment variables override them.
DEFAULTS: dict[str, Any] = {
    "SECRET_KEY": None,
    # None means "SQLite in the instance folder", resolved in create_app.
    "DATABASE_URL": None,
    "BASE_URL": None,
    # Mail: "console" prints messages (development), "smtp" sends them.
    "MAIL_BACKEND": "console",
    "MAIL_SERVER": "localhost",
    "MAIL_PORT": 25,
    "MAIL_USE_TLS": False,
    "MAIL_USE_SSL": False,
    "MAIL_USERNAME": None,
    "MAIL_PASSWORD": None,
    "MAIL_TIMEOUT": 10,
    "MAIL_SENDER": "Silta <no-reply@silta.invalid>",
    # Outbox delivery: "thread" sends in a background thread after commit,
    # "inline" sends right after commit in the request, "manual" leaves it to
    # ``flask outbox send`` (cron) or to tests.
    "OUTBOX_DELIVERY": "thread",
    "OUTBOX_MAX_ATTEMPTS": 12,
    "OUTBOX_RETRY_SECONDS": 30,
    # Accounts and sessions.
    "TOKEN_MAX_AGE_HOURS": 48,
    "RESET_TOKEN_MAX_AGE_HOURS": 2,
    "SESSION_IDLE_MINUTES": 120,
    "SESSION_ABSOLUTE_HOURS": 12,
    # Secure cookies and HSTS: None means on, except in debug and tests (plain HTTP).
    "SESSION_COOKIE_SECURE": None,
    "PAGE_SIZE": 25,
    # Personal data of a programme is erased this many months after it ends.
    "RETENTION_MONTHS": 12,
    # Rate limits: counted in memory per process, or in Redis (redis://host:6379/0) so
    # that several app processes share the counts.
    "RATELIMIT_STORAGE_URI": "memory://",
    "RATELIMITS": True,
    # How many reverse proxies in front of the app set X-Forwarded-For (0: none).
    "PROXY_COUNT": 0,
}

_BOOL_TRUE = {"1", "true", "yes", "on"}
_BOOL_FALSE = {"0", "false", "no", "off", ""}


#: Settings that are true or false although their default is None ("decide for me").
_BOOLEAN = {"SESSION_COOKIE_SECURE"}


def _coerce(name: str, raw: str, default: Any) -> Any:
    """Turn an environment string into the type of the default."""
    if isinstance(default, bool) or name in _BOOLEAN:
        lowered = raw.strip().lower()
        if lowered in _BOOL_TRUE:
            return True
        if lowered in _BOOL_FALSE:
            return False
        raise ValueError(f"{PREFIX}{name} must be true or false, not {raw!r}")
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError:
            raise ValueError(f"{PREFIX}{name} must be a whole number, not {raw!r}") from None
    return raw


def from_environment(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Return the defaults overridden by ``SILTA_*`` variables."""
    environ = os.environ if environ is None else environ
    settings = dict(DEFAULTS)
    for name, default in DEFAULTS.items():
        raw = environ.get(PREFIX + name)
        if raw is not None:
            settings[name] = _coerce(name, raw, default)
    return settings


def flask_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """Derive the Flask and extension settings from Silta's own."""
    return {
        "SQLALCHEMY_DATABASE_URI": settings["DATABASE_URL"],
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "PERMANENT_SESSION_LIFETIME": timedelta(hours=settings["SESSION_ABSOLUTE_HOURS"]),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": settings["SESSION_COOKIE_SECURE"],
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": settings["SESSION_COOKIE_SECURE"],
        "WTF_CSRF_TIME_LIMIT": None,  # the token lives as long as the session
        "BABEL_DEFAULT_LOCALE": "en",
        "BABEL_DEFAULT_TIMEZONE": "Europe/Helsinki",
        "BABEL_TRANSLATION_DIRECTORIES": "translations",
        "MAX_CONTENT_LENGTH": 1024 * 1024,
        "RATELIMIT_HEADERS_ENABLED": True,
        "RATELIMIT_KEY_PREFIX": "silta",
    }
