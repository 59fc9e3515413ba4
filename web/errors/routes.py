from __future__ import annotations

import logging
import secrets

from flask import Blueprint, g, render_template
from flask.typing import ResponseReturnValue
from flask_babel import lazy_gettext as _l
from flask_login import AnonymousUserMixin
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError

from web.extensions import db

bp = Blueprint("errors", __name__)
log = logging.getLogger(__name__)

#: Title and explanation per status code; other codes get the general words.
TEXTS: dict[int, tuple[object, object]] = {
    400: (_l("Something in the request was wrong"), _l("Go back and try again.")),
    403: (
        _l("You cannot open this page"),
        _l("This page is for other users. Log in with another account if you have one."),
    ),
    404: (
        _l("Page not found"),
        _l("The page does not exist, or it is not available to you. Check the address."),
    ),
    405: (_l("Something in the request was wrong"), _l("Go back and try again.")),
    413: (_l("Too much data"), _l("What you sent is too large. Make it shorter and try again.")),
    429: (
        _l("Too many tries"),
        _l("You have tried too many times. Wait a moment and try again."),
    ),
    500: (
        _l("Something went wrong on our side"),
        _l("We have been told about the problem. Try again in a moment."),
    ),
    503: (
        _l("The service is not available right now"),
        _l("Nothing you sent was saved. Try again in a minute."),
    ),
}
GENERAL = (_l("Something went wrong"), _l("Go back and try again."))


def _page(code: int, error_id: str, *, without_database: bool = False) -> str:
    if without_database:
        # Render as a visitor: looking up the logged-in user needs the database.
        g._login_user = AnonymousUserMixin()
    title, explanation = TEXTS.get(code, GENERAL)
    return render_template(
        "errors/error.html", code=code, title=title, explanation=explanation, error_id=error_id
    )


def _error_id() -> str:
    return secrets.token_hex(4)


@bp.app_errorhandler(CSRFError)
def csrf_error(error: CSRFError) -> ResponseReturnValue:
    _safe_rollback()
    title = _l("The form had expired")
    explanation = _l(
        "For your safety the form was not sent. Go back, reload the page and send it again."
    )
    return render_template(
        "errors/error.html", code=400, title=title, explanation=explanation, error_id=_error_id()
    ), 400


@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException) -> ResponseReturnValue:
    code = error.code or 500
    _safe_rollback()
    response = error.get_response()
    response.set_data(_page(code, _error_id()))
    response.content_type = "text/html; charset=utf-8"
    return response


@bp.app_errorhandler(OperationalError)
def database_unavailable(error: OperationalError) -> ResponseReturnValue:
    """The database is down or unreachable: say so, and roll back anything half done."""
    error_id = _error_id()
    log.error("database unavailable [%s]: %s", error_id, error)
    _safe_rollback()
    return _page(503, error_id, without_database=True), 503, {"Retry-After": "30"}


@bp.app_errorhandler(InternalServerError)
def internal_error(error: InternalServerError) -> ResponseReturnValue:
    error_id = _error_id()
    original = getattr(error, "original_exception", None)
    log.error("unhandled error [%s]", error_id, exc_info=original or error)
    _safe_rollback()
    return _page(500, error_id, without_database=True), 500


def _safe_rollback() -> None:
    try:
        db.session.rollback()
    except Exception:  # the connection may be gone; nothing more to undo here
        log.exception("rollback failed")
