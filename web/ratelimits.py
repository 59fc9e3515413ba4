"""Rate limits on what attackers try: log-in, registration, password reset, links, applying.

Counted per client address, and where it helps also per e-mail address or per
account (so that many addresses cannot hammer one account). The answer is a 429
page in the user's language. With ``SILTA_RATELIMIT_STORAGE_URI=redis://…`` every
app process shares the counts; the default keeps them in memory per process.
Only POSTs count: reading a form is free.
"""

from __future__ import annotations

from flask import current_app, request
from flask_login import current_user

from web.extensions import limiter
from web.forms import clean_line


@limiter.request_filter
def _switched_off() -> bool:
    """``SILTA_RATELIMITS=false`` turns the limits off (per app, unlike Flask-Limiter's own
    switch, which one Limiter shares between every app of the process)."""
    return not current_app.config["RATELIMITS"]


def _email_key() -> str:
    """The address as the form will read it (cleaned), so no variant escapes the count."""
    email = clean_line(str(request.form.get("email", ""))).lower()[:254]
    return f"email:{email}"


def _account_key() -> str:
    if current_user.is_authenticated:
        return f"user:{current_user.id}"
    return f"ip:{request.remote_addr}"


#: Per client address. Generous enough for a class of newcomers in one office
#: (a shared address), tight enough to make guessing pointless.
LOGIN = limiter.limit("10 per minute;100 per hour", methods=["POST"])
LOGIN_PER_EMAIL = limiter.limit("10 per 15 minutes", key_func=_email_key, methods=["POST"])
REGISTER = limiter.limit("30 per hour", methods=["POST"])
RESET = limiter.limit("10 per hour", methods=["POST"])
RESET_PER_EMAIL = limiter.limit("3 per hour", key_func=_email_key, methods=["POST"])
TOKEN_LINKS = limiter.limit("30 per hour", methods=["POST"])
APPLY = limiter.limit("20 per hour", key_func=_account_key, methods=["POST"])
PASSWORD_CHECK = limiter.limit("10 per 15 minutes", key_func=_account_key, methods=["POST"])
