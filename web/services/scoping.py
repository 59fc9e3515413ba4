"""Every coordinator query goes through here: scoped to the current user's organisations.

The scope is part of the query itself, so a forgotten check cannot leak another
organisation's data; anything outside it is a 404, never a 403 that would tell
it exists.
"""

from __future__ import annotations

from typing import TypeVar

from flask_login import current_user
from sqlalchemy import Select, select

from web.extensions import db
from web.models import Application, Match, MatchRun, Membership, Organization, Program, Proposal

T = TypeVar("T")


def _one_or_404(statement: Select[T]) -> T:
    """Flask-SQLAlchemy's ``one_or_404`` with the statement's type: the row or a 404."""
    found: T = db.one_or_404(statement)
    return found


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
    return _one_or_404(
        select(Organization).where(
            Organization.id == organization_id, Organization.id.in_(my_organization_ids())
        )
    )


def get_program_or_404(program_id: int) -> Program:
    return _one_or_404(my_programs().where(Program.id == program_id))


def my_applications() -> Select[Application]:
    return (
        select(Application)
        .join(Application.program)
        .where(Program.organization_id.in_(my_organization_ids()))
    )


def get_application_or_404(application_id: int) -> Application:
    return _one_or_404(my_applications().where(Application.id == application_id))


def get_run_or_404(run_id: int) -> MatchRun:
    return _one_or_404(
        select(MatchRun)
        .join(MatchRun.program)
        .where(MatchRun.id == run_id, Program.organization_id.in_(my_organization_ids()))
    )


def get_proposal_or_404(proposal_id: int) -> Proposal:
    return _one_or_404(
        select(Proposal)
        .join(Proposal.run)
        .join(MatchRun.program)
        .where(Proposal.id == proposal_id, Program.organization_id.in_(my_organization_ids()))
    )


def get_match_or_404(match_id: int) -> Match:
    return _one_or_404(
        select(Match)
        .join(Match.program)
        .where(Match.id == match_id, Program.organization_id.in_(my_organization_ids()))
    )


def get_program_application_or_404(program: Program, application_id: int) -> Application:
    """An application of this (already scoped) programme."""
    return _one_or_404(
        select(Application).where(
            Application.id == application_id, Application.program_id == program.id
        )
    )
