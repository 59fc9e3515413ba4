"""Programmes and screening of applications."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from web.coordinate.blueprint import bp, coordinator_required
from web.coordinate.forms import ApplicationFilterForm, DecisionForm, ProgramForm
from web.extensions import db
from web.models import ApplicationStatus, Program, Role
from web.services import ServiceError, scoping
from web.services import applications as application_service
from web.services import programmes as program_service
from web.services.audit import record
from web.services.screening import application_page, status_counts


@bp.get("/")
@coordinator_required
def index() -> str:
    programs = db.session.scalars(scoping.my_programs().order_by(Program.created_at.desc()))
    return render_template(
        "coordinate/index.html",
        programs=list(programs),
        counts=status_counts,
        organizations=scoping.my_organizations(),
    )


@bp.route("/programmes/new", methods=["GET", "POST"])
@coordinator_required
def new_program() -> ResponseReturnValue:
    organizations = scoping.my_organizations()
    form = ProgramForm(organizations=organizations)
    if request.method == "GET":
        form.duration_months.data = 6
        form.status.data = "draft"
    if form.validate_on_submit():
        organization = scoping.get_organization_or_404(form.organization.data)
        try:
            program = program_service.save_program(organization, form.details())
        except ServiceError as error:
            form.slug.errors.append(error.message)
        else:
            db.session.commit()
            flash(_("The programme is saved."), "success")
            return redirect(url_for("coordinate.program", program_id=program.id))
    return render_template("coordinate/program_form.html", form=form, program=None)


@bp.get("/programmes/<int:program_id>")
@coordinator_required
def program(program_id: int) -> str:
    found = scoping.get_program_or_404(program_id)
    return render_template("coordinate/program.html", program=found, counts=status_counts(found))


@bp.route("/programmes/<int:program_id>/edit", methods=["GET", "POST"])
@coordinator_required
def edit_program(program_id: int) -> ResponseReturnValue:
    found = scoping.get_program_or_404(program_id)
    form = ProgramForm(obj=found, organizations=[found.organization])
    if request.method == "GET":
        form.organization.data = found.organization_id
        form.status.data = found.status.value
        form.languages.data = found.languages
    if form.validate_on_submit():
        try:
            program_service.save_program(found.organization, form.details(), found)
        except ServiceError as error:
            form.slug.errors.append(error.message)
        else:
            db.session.commit()
            flash(_("The programme is saved."), "success")
            return redirect(url_for("coordinate.program", program_id=found.id))
    return render_template("coordinate/program_form.html", form=form, program=found)


@bp.get("/programmes/<int:program_id>/applications")
@coordinator_required
def applications(program_id: int) -> str:
    found = scoping.get_program_or_404(program_id)
    filter_form = ApplicationFilterForm(request.args)
    filters = filter_form.filters()
    page_number = request.args.get("page", 1, type=int) or 1
    page = application_page(found, filters, max(1, min(page_number, 10_000)))
    return render_template(
        "coordinate/applications.html",
        program=found,
        filter_form=filter_form,
        filters=filters,
        page=page,
        counts=status_counts(found, {k: v for k, v in filters.items() if k != "status"}),
    )


@bp.route("/applications/<int:application_id>", methods=["GET", "POST"])
@coordinator_required
def application(application_id: int) -> ResponseReturnValue:
    found = scoping.get_application_or_404(application_id)
    form = DecisionForm()
    if request.method == "GET":
        # Looking at someone's answers is handling their data: they can see it in theirs.
        record(
            "application.viewed",
            organization_id=found.program.organization_id,
            object_type="application",
            object_id=found.id,
        )
        db.session.commit()
        form.note.data = found.coordinator_note
        if found.status in application_service.DECISIONS:
            form.decision.data = found.status.value
    if form.validate_on_submit():
        try:
            application_service.decide(
                found, ApplicationStatus(form.decision.data), form.note.data or "", current_user
            )
        except ServiceError as error:
            flash(error.message, "danger")
        else:
            db.session.commit()
            flash(_("The decision is saved and the applicant is told by e-mail."), "success")
            return redirect(url_for("coordinate.applications", program_id=found.program_id))
    return render_template("coordinate/application.html", application=found, form=form, Role=Role)
