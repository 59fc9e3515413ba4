"""The matching workflow: settings, runs, review of the proposals, confirmation, matches."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user
from werkzeug.wrappers import Response

from web import exports
from web.coordinate.blueprint import bp, coordinator_required
from web.coordinate.matching_forms import CloseMatchForm, MatchSettingsForm
from web.extensions import db
from web.forms import ActionForm
from web.models import COMPONENTS, MatchState, Objective
from web.navigation import is_safe_next, parse_id
from web.services import ServiceError, scoping
from web.services import matches as match_service
from web.services import matching as matching_service
from web.services import review as review_service
from web.services.audit import record
from web.services.review_queries import (
    ProposalFilters,
    approved_proposals,
    audit_page,
    match_list,
    proposal_page,
    run_list,
    score_histogram,
)


def _back_to_run(run_id: int, anchor: str | None = None) -> Response:
    target = request.form.get("next")
    if target and is_safe_next(target):
        return redirect(target + (f"#{anchor}" if anchor else ""))
    return redirect(url_for("coordinate.run", run_id=run_id, _anchor=anchor))


# -- settings and runs -----------------------------------------------------------------


@bp.route("/programmes/<int:program_id>/matching", methods=["GET", "POST"])
@coordinator_required
def match_settings(program_id: int) -> ResponseReturnValue:
    program = scoping.get_program_or_404(program_id)
    settings = (
        matching_service.settings_for(program)
        if request.method == "POST"
        else matching_service.current_settings(program)
    )
    form = MatchSettingsForm()
    if request.method == "GET":
        for name, value in settings.weights().items():
            getattr(form, f"weight_{name}").data = value
        form.objective.data = settings.objective.value
        form.min_score.data = round(settings.min_score * 100)
        form.allows_gender_wish.data = program.allows_gender_wish
    if form.validate_on_submit():
        for name in COMPONENTS:
            setattr(settings, f"weight_{name}", getattr(form, f"weight_{name}").data)
        settings.objective = Objective(form.objective.data)
        settings.min_score = form.min_score.data / 100
        program.allows_gender_wish = bool(form.allows_gender_wish.data)
        if program.allows_gender_wish:
            program.asks_gender = True
        record(
            "match_settings.updated",
            organization_id=program.organization_id,
            object_type="program",
            object_id=program.id,
            weights=settings.weights(),
            objective=settings.objective.value,
            min_score=settings.min_score,
            gender_wish=program.allows_gender_wish,
        )
        db.session.commit()
        flash(_("The matching settings are saved."), "success")
        return redirect(url_for("coordinate.matching_overview", program_id=program.id))
    db.session.rollback()  # nothing is stored unless the form is valid
    return render_template("coordinate/match_settings.html", program=program, form=form)


@bp.get("/programmes/<int:program_id>/matching/runs")
@coordinator_required
def matching_overview(program_id: int) -> str:
    program = scoping.get_program_or_404(program_id)
    mentees, mentors = matching_service.pool(program)
    return render_template(
        "coordinate/matching.html",
        program=program,
        runs=run_list(program),
        pool_mentees=len(mentees),
        pool_places=sum((m.capacity or 0) - m.active_matches for m in mentors),
        pool_mentors=len(mentors),
        form=ActionForm(),
    )


@bp.post("/programmes/<int:program_id>/matching/runs")
@coordinator_required
def run_matching(program_id: int) -> Response:
    program = scoping.get_program_or_404(program_id)
    run = matching_service.run_matching(program, current_user)
    db.session.commit()
    flash(
        ngettext(
            "The matching proposes %(num)d pair.",
            "The matching proposes %(num)d pairs.",
            run.matched_count,
        ),
        "success",
    )
    return redirect(url_for("coordinate.run", run_id=run.id))


@bp.get("/runs/<int:run_id>")
@coordinator_required
def run(run_id: int) -> str:
    found = scoping.get_run_or_404(run_id)
    filters = ProposalFilters.from_args(request.args)
    page = proposal_page(found, filters, request.args.get("page", 1, type=int) or 1)
    return render_template(
        "coordinate/run.html",
        run=found,
        program=found.program,
        page=page,
        filters=filters,
        histogram=score_histogram(found),
        counts=filters.counts(found),
        places=matching_service.free_places(found),
        form=ActionForm(),
        latest=matching_service.latest_run(found.program),
    )


# -- acting on one proposal ---------------------------------------------------------------


def _act(proposal_id: int, action: str) -> Response:
    proposal = scoping.get_proposal_or_404(proposal_id)
    form = ActionForm()
    if not form.validate_on_submit():
        return _back_to_run(proposal.run_id)
    try:
        if action == "approve":
            review_service.approve(proposal, current_user)
        elif action == "reject":
            review_service.reject(proposal, current_user)
        elif action == "lock":
            review_service.set_locked(proposal, True, current_user)
        elif action == "unlock":
            review_service.set_locked(proposal, False, current_user)
        elif action == "confirm":
            match_service.confirm(proposal, current_user)
        elif action == "forbid":
            review_service.forbid_proposal(proposal, current_user)
    except ServiceError as error:
        db.session.rollback()
        flash(error.message, "danger")
    else:
        db.session.commit()
        flash(str(_DONE[action]), "success")
    return _back_to_run(proposal.run_id, f"proposal-{proposal.id}")


_DONE = {
    "approve": _l("The pair is approved."),
    "reject": _l("The pair is rejected. It will not be proposed again."),
    "lock": _l("The pair is locked: a new run keeps it."),
    "unlock": _l("The pair is no longer locked."),
    "confirm": _l("The pair is confirmed and both are introduced by e-mail."),
    "forbid": _l("The pair is forbidden in this programme."),
}


@bp.post(
    "/proposals/<int:proposal_id>/<any(approve, reject, lock, unlock, confirm, forbid):action>"
)
@coordinator_required
def act_on_proposal(proposal_id: int, action: str) -> Response:
    return _act(proposal_id, action)


@bp.route("/proposals/<int:proposal_id>/mentor", methods=["GET", "POST"])
@coordinator_required
def choose_mentor(proposal_id: int) -> ResponseReturnValue:
    proposal = scoping.get_proposal_or_404(proposal_id)
    form = ActionForm()
    mentor_id = parse_id(request.form.get("mentor_id"))
    if form.validate_on_submit() and mentor_id is None:
        flash(_("Choose a mentor from the list."), "danger")
    elif form.validate_on_submit() and mentor_id is not None:
        mentor = scoping.get_program_application_or_404(proposal.run.program, mentor_id)
        try:
            review_service.choose_mentor(proposal, mentor, current_user)
        except ServiceError as error:
            db.session.rollback()
            flash(error.message, "danger")
        else:
            db.session.commit()
            flash(_("%(name)s is now the proposed mentor.", name=mentor.user.name), "success")
            return redirect(
                url_for("coordinate.run", run_id=proposal.run_id, _anchor=f"proposal-{proposal.id}")
            )
    return render_template(
        "coordinate/alternatives.html",
        proposal=proposal,
        run=proposal.run,
        program=proposal.run.program,
        alternatives=matching_service.alternatives(proposal, k=5),
        names=matching_service.application_names(proposal.run.mentor_ids),
        form=form,
    )


# -- the whole run -------------------------------------------------------------------------


@bp.post("/runs/<int:run_id>/approve-all")
@coordinator_required
def approve_all(run_id: int) -> Response:
    found = scoping.get_run_or_404(run_id)
    try:
        count = review_service.approve_all(found, current_user)
    except ServiceError as error:
        db.session.rollback()
        flash(error.message, "danger")
        return _back_to_run(found.id)
    db.session.commit()
    flash(ngettext("%(num)d pair approved.", "%(num)d pairs approved.", count), "success")
    return _back_to_run(found.id)


@bp.post("/runs/<int:run_id>/confirm-all")
@coordinator_required
def confirm_all(run_id: int) -> Response:
    found = scoping.get_run_or_404(run_id)
    try:
        result = match_service.confirm_all(found, approved_proposals(found), current_user)
    except ServiceError as error:  # not the latest run
        flash(error.message, "danger")
        return _back_to_run(found.id)
    db.session.commit()
    if result.confirmed:
        flash(
            ngettext(
                "%(num)d pair confirmed; both people are introduced by e-mail.",
                "%(num)d pairs confirmed; both people in each are introduced by e-mail.",
                len(result.confirmed),
            ),
            "success",
        )
    for proposal, message in result.failed:
        flash(
            _("%(mentee)s: %(message)s", mentee=proposal.mentee.user.name, message=message),
            "danger",
        )
    return _back_to_run(found.id)


@bp.get("/runs/<int:run_id>/proposals.csv")
@coordinator_required
def export_run(run_id: int) -> Response:
    found = scoping.get_run_or_404(run_id)
    record(
        "export.proposals",
        organization_id=found.program.organization_id,
        object_type="match_run",
        object_id=found.id,
        applications=sorted(
            {p.mentee_id for p in found.proposals}
            | {p.mentor_id for p in found.proposals if p.mentor_id}
        ),
    )
    db.session.commit()
    return exports.csv_response(
        exports.proposal_rows(found), f"{found.program.slug}-run-{found.id}.csv"
    )


# -- confirmed matches ---------------------------------------------------------------------


@bp.get("/programmes/<int:program_id>/matches")
@coordinator_required
def matches(program_id: int) -> str:
    program = scoping.get_program_or_404(program_id)
    state = request.args.get("state", "active")
    states = [s.value for s in MatchState]
    return render_template(
        "coordinate/matches.html",
        program=program,
        matches=match_list(program, state if state in states else None),
        state=state if state in states else "",
        states=states,
        close_form=CloseMatchForm(),
    )


@bp.post("/matches/<int:match_id>/close")
@coordinator_required
def close_match(match_id: int) -> Response:
    match = scoping.get_match_or_404(match_id)
    form = CloseMatchForm()
    if not form.validate_on_submit():
        for errors in form.errors.values():
            for message in errors:
                flash(str(message), "danger")
        return redirect(url_for("coordinate.matches", program_id=match.program_id))
    try:
        match_service.end(match, form.reason.data, current_user, cancel=bool(form.cancel.data))
    except ServiceError as error:
        db.session.rollback()
        flash(error.message, "danger")
    else:
        db.session.commit()
        flash(
            _("The match is cancelled.") if form.cancel.data else _("The match is ended."),
            "success",
        )
    return redirect(url_for("coordinate.matches", program_id=match.program_id))


@bp.get("/programmes/<int:program_id>/matches.csv")
@coordinator_required
def export_matches(program_id: int) -> Response:
    program = scoping.get_program_or_404(program_id)
    every_match = match_list(program, None)
    table = exports.match_rows(program, every_match)
    record(
        "export.matches",
        organization_id=program.organization_id,
        object_type="program",
        object_id=program.id,
        applications=exports.application_ids(every_match),
    )
    db.session.commit()
    return exports.csv_response(table, f"{program.slug}-matches.csv")


@bp.get("/programmes/<int:program_id>/audit")
@coordinator_required
def audit_log(program_id: int) -> str:
    program = scoping.get_program_or_404(program_id)
    page = audit_page(program, request.args.get("page", 1, type=int) or 1)
    return render_template("coordinate/audit.html", program=program, page=page)
