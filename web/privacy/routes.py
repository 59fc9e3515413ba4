from __future__ import annotations

import json

from flask import Blueprint, Response, flash, redirect, render_template, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, logout_user
from sqlalchemy import select

from web import ratelimits
from web.access import public
from web.extensions import db
from web.models import Organization
from web.navigation import next_url
from web.privacy.forms import DeleteAccountForm, PasswordCheckForm
from web.security import check_password, fresh_login_required, mark_fresh
from web.services import ServiceError
from web.services import privacy as privacy_service

bp = Blueprint("privacy", __name__)


@bp.get("/privacy")
@public
def notice() -> str:
    """Silta's general notice, and each organisation's own."""
    organizations = db.session.scalars(select(Organization).order_by(Organization.name)).all()
    return render_template("privacy/notice.html", organizations=organizations)


@bp.get("/organisations/<org_slug>/privacy")
@public
def organization_notice(org_slug: str) -> str:
    organization = db.one_or_404(select(Organization).where(Organization.slug == org_slug))
    return render_template("privacy/organization.html", organization=organization)


@bp.route("/account/confirm-password", methods=["GET", "POST"])
@ratelimits.PASSWORD_CHECK
def confirm_password() -> ResponseReturnValue:
    """Type the password again before a sensitive action."""
    form = PasswordCheckForm()
    if form.validate_on_submit():
        if check_password(current_user, form.password.data):
            mark_fresh()
            db.session.commit()
            return redirect(next_url("privacy.my_data"))
        form.password.errors.append(_("This is not your current password."))
    return render_template("privacy/confirm_password.html", form=form)


@bp.get("/account/data")
def my_data() -> str:
    return render_template("privacy/my_data.html", form=DeleteAccountForm())


@bp.get("/account/data.json")
@fresh_login_required
def download() -> Response:
    data = privacy_service.export_data(current_user)
    response = Response(json.dumps(data, ensure_ascii=False, indent=2), mimetype="application/json")
    response.headers["Content-Disposition"] = 'attachment; filename="silta-my-data.json"'
    return response


@bp.post("/account/delete")
@ratelimits.PASSWORD_CHECK
def delete_account() -> ResponseReturnValue:
    form = DeleteAccountForm()
    if form.validate_on_submit():
        if not check_password(current_user, form.password.data):
            form.password.errors.append(_("This is not your current password."))
        else:
            try:
                privacy_service.delete_account(current_user._get_current_object())
            except ServiceError as error:
                db.session.rollback()
                flash(error.message, "danger")
                return redirect(url_for("privacy.my_data"))
            db.session.commit()
            logout_user()
            session.clear()
            flash(_("Your account and your answers are deleted."), "info")
            return redirect(url_for("public.index"))
    return render_template("privacy/my_data.html", form=form), 200
