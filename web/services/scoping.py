"""Every coordinator query goes through here: scoped to the current user's organisations.

The scope is part of the query itself, so a forgotten check cannot leak another
organisation's data; anything outside it is a 404, never a 403 that would tell
it exists.
"""

from __future__ import annotations

from flask import abort
from flask_login import current_user
from sqlalchemy import Select, select

from web.extensions import db
from web.models import Application, Match, MatchRun, Membership, Organization, Program, Proposal


def my_organization_ids() -> Select[int]:
    return select(Membership.organization_id).where(Membership.user_id == current_user.id)


def my_organizations() -> list[Organization]:
    return list(
        db.session.scalars(
            select(Organization)
            .where(Organization.id.in_(my_organization_ids()))
            .order_by(Organization.name)
        )
    )


def my_programs() -> Select[Program]:
    return select(Program).where(Program.organization_id.in_(my_organization_ids()))


def get_organization_or_404(organization_id: int) -> Organization:
    organization = db.session.scalar(
        select(Organization).where(
            Organization.id == organization_id, Organization.id.in_(my_organization_ids())
        )
    )
    if organization is None:
        abort(404)
    return organization


def get_program_or_404(program_id: int) -> Program:
    program = db.session.scalar(my_programs().where(Program.id == program_id))
    if program is None:
        abort(404)
    return program


def my_applications() -> Select[Application]:
    return (
        select(Application)
        .join(Application.program)
        .where(Program.organization_id.in_(my_organization_ids()))
    )


def get_application_or_404(application_id: int) -> Application:
    application = db.session.scalar(my_applications().where(Application.id == application_id))
    if application is None:
        abort(404)
    return application


def get_run_or_404(run_id: int) -> MatchRun:
    run = db.session.scalar(
        select(MatchRun)
        .join(MatchRun.program)
        .where(MatchRun.id == run_id, Program.organization_id.in_(my_organization_ids()))
    )
    if run is None:
        abort(404)
    return run


def get_proposal_or_404(proposal_id: int) -> Proposal:
    proposal = db.session.scalar(
        select(Proposal)
        .join(Proposal.run)
        .join(MatchRun.program)
        .where(Proposal.id == proposal_id, Program.organization_id.in_(my_organization_ids()))
    )
    if proposal is None:
        abort(404)
    return proposal


def get_match_or_404(match_id: int) -> Match:
    match = db.session.scalar(
        select(Match)
        .join(Match.program)
        .where(Match.id == match_id, Program.organization_id.in_(my_organization_ids()))
    )
    if match is None:
        abort(404)
    return match


def get_program_application_or_404(program: Program, application_id: int) -> Application:
    """An application of this (already scoped) programme."""
    application = db.session.scalar(
        select(Application).where(
            Application.id == application_id, Application.program_id == program.id
        )
    )
    if application is None:
        abort(404)
    return application
