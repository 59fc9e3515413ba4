from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request
from flask_login import current_user
from werkzeug.wrappers import Response

from web.access import public
from web.extensions import db
from web.i18n import remember_locale
from web.models import LOCALES, Role
from web.navigation import next_url
from web.services import applications as application_service
from web.services import programmes as program_service
from web.timeutil import today

bp = Blueprint("public", __name__)


@bp.get("/")
@public
def index() -> str:
    programs = program_service.public_programs()
    return render_template("public/index.html", programs=programs, today=today())


@bp.get("/programmes/<org_slug>/<slug>")
@public
def program(org_slug: str, slug: str) -> str:
    found = program_service.get_public_program(org_slug, slug)
    if found is None:
        abort(404)
    mine = {}
    if current_user.is_authenticated:
        for role in Role:
            mine[role.value] = application_service.find_application(found, current_user, role)
    return render_template("public/program.html", program=found, mine=mine, today=today())


@bp.post("/language")
@public
def set_language() -> Response:
    """The language switcher: remembered in a cookie, and on the account when logged in."""
    locale = request.form.get("locale", "")
    response = redirect(next_url())
    if locale in LOCALES:  # CSRFProtect has checked the token already
        remember_locale(response, locale)
        if current_user.is_authenticated:
            current_user.locale = locale
            db.session.commit()
    return response
