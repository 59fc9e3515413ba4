from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from werkzeug.wrappers import Response

from web import ratelimits
from web.apply.forms import DeclineForm, ProfileForm, initial_data
from web.extensions import db
from web.forms import ActionForm
from web.models import Application, Match, Program, Role
from web.services import ServiceError
from web.services import applications as application_service
from web.services import matches as match_service
from web.services import programmes as program_service
from web.timeutil import today

bp = Blueprint("apply", __name__)


def _program_or_404(org_slug: str, slug: str) -> Program:
    program = program_service.get_public_program(org_slug, slug)
    if program is None:
        abort(404)
    return program


def _role_or_404(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        abort(404)


def _my_application_or_404(application_id: int) -> Application:
    application: Application = db.one_or_404(
        select(Application).where(
            Application.id == application_id, Application.user_id == current_user.id
        )
    )
    return application


@bp.route("/programmes/<org_slug>/<slug>/apply/<role>", methods=["GET", "POST"])
@ratelimits.APPLY
@login_required
def apply(org_slug: str, slug: str, role: str) -> ResponseReturnValue:
    program = _program_or_404(org_slug, slug)
    applying_as = _role_or_404(role)
    existing = application_service.find_application(program, current_user, applying_as)
    if existing is not None and existing.is_open:
        flash(
            _("You have already applied to this programme. You can change your answers here."),
            "info",
        )
        return redirect(url_for("apply.edit", application_id=existing.id))
    if not program.accepts_applications(today()):
        flash(_("This programme is not taking applications now."), "warning")
        return redirect(url_for("public.program", org_slug=org_slug, slug=slug))
    form = ProfileForm(program=program, role=applying_as)
    if form.validate_on_submit():
        try:
            application_service.submit(program, current_user, applying_as, form.profile(), today())
            db.session.commit()
        except ServiceError as error:
            db.session.rollback()
            flash(error.message, "danger")
        except IntegrityError:  # the same form sent twice at once: the first one counts
            db.session.rollback()
            flash(_("You have already applied to this programme."), "info")
            return redirect(url_for("apply.my_applications"))
        else:
            flash(_("Thank you! Your application is sent."), "success")
            return redirect(url_for("apply.my_applications"))
    return render_template("apply/form.html", form=form, program=program, role=applying_as)


@bp.get("/me")
@login_required
def my_applications() -> str:
    applications = db.session.scalars(
        select(Application)
        .where(Application.user_id == current_user.id)
        .order_by(Application.submitted_at.desc())
    ).all()
    return render_template(
        "apply/my_applications.html",
        applications=applications,
        matches={a.id: match_service.active_matches_of(a) for a in applications},
        action_form=ActionForm(),
        decline_form=DeclineForm(),
        can_edit=application_service.can_edit,
    )


@bp.post("/me/matches/<int:match_id>/decline")
@login_required
def decline(match_id: int) -> Response:
    """A mentor declines a confirmed mentee; the mentee goes back to the pool."""
    match: Match = db.one_or_404(
        select(Match)
        .join(Match.mentor)
        .where(Match.id == match_id, Application.user_id == current_user.id)
    )
    form = DeclineForm()
    if not form.validate_on_submit():
        for errors in form.errors.values():
            for message in errors:
                flash(str(message), "danger")
        return redirect(url_for("apply.my_applications", _anchor=f"match-{match.id}"))
    try:
        match_service.decline(match, form.reason.data, current_user)
    except ServiceError as error:
        db.session.rollback()
        flash(error.message, "danger")
    else:
        db.session.commit()
        flash(_("You declined the mentee. The coordinators are told."), "info")
    return redirect(url_for("apply.my_applications"))


@bp.route("/me/applications/<int:application_id>", methods=["GET", "POST"])
@login_required
def edit(application_id: int) -> ResponseReturnValue:
    application = _my_application_or_404(application_id)
    if not application_service.can_edit(application):
        flash(_("This application can no longer be changed."), "info")
        return redirect(url_for("apply.my_applications"))
    form = ProfileForm(
        program=application.program,
        role=application.role,
        editing=True,
        data=None if request.method == "POST" else initial_data(application),
    )
    if form.validate_on_submit():
        try:
            application_service.update_profile(application, form.profile())
        except ServiceError as error:
            db.session.rollback()
            flash(error.message, "danger")
        else:
            db.session.commit()
            flash(_("Your changes are saved."), "success")
            return redirect(url_for("apply.my_applications"))
    return render_template(
        "apply/form.html",
        form=form,
        program=application.program,
        role=application.role,
        application=application,
    )


@bp.post("/me/applications/<int:application_id>/withdraw")
@login_required
def withdraw(application_id: int) -> Response:
    application = _my_application_or_404(application_id)
    try:
        application_service.withdraw(application)
    except ServiceError as error:
        db.session.rollback()
        flash(error.message, "danger")
    else:
        db.session.commit()
        flash(_("Your application is withdrawn."), "info")
    return redirect(url_for("apply.my_applications"))
