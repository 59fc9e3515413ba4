"""Confirmed matches: confirming approved pairs, and ending, cancelling or declining them.

Confirming is one transaction (a savepoint inside the request's transaction, so
that confirming many pairs can go on past one that fails). The database keeps
the rules even when two coordinators confirm at the same moment: the mentor's
``active_matches`` is raised with an UPDATE, which locks the row until commit,
and a check constraint refuses a value above the capacity; the mentee's is kept
at most one the same way, and a partial unique index allows one active match
per mentee.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from web import mail
from web.extensions import db
from web.models import (
    Application,
    ApplicationStatus,
    Match,
    MatchRun,
    MatchState,
    Membership,
    Proposal,
    ProposalState,
    Role,
    User,
    utcnow,
)
from web.navigation import external_url
from web.services import ServiceError, audit
from web.services import matching as matching_service


class ConfirmError(ServiceError):
    """A pair could not be confirmed; nothing of it was written."""


def _bump(application_id: int, by: int) -> None:
    db.session.execute(
        update(Application)
        .where(Application.id == application_id)
        .values(active_matches=Application.active_matches + by)
        .execution_options(synchronize_session=False)
    )


def confirm(proposal: Proposal, by: User) -> Match:
    """Turn an approved pair into an active match and introduce the two people by e-mail."""
    matching_service.require_latest(proposal.run)
    return _confirm(proposal, by)


def _confirm(proposal: Proposal, by: User) -> Match:
    """:func:`confirm`, once the run is known to be the latest."""
    if proposal.state != ProposalState.APPROVED or proposal.mentor_id is None:
        raise ConfirmError(_("Only an approved pair can be confirmed."))
    mentee, mentor = proposal.mentee, proposal.mentor
    assert mentor is not None  # noqa: S101 (mentor_id is set, so is the relationship)
    if mentee.status != ApplicationStatus.ACCEPTED or mentor.status != ApplicationStatus.ACCEPTED:
        raise ConfirmError(_("One of the two is no longer accepted in the programme."))
    if mentor.paused:
        raise ConfirmError(
            _("%(name)s has paused and takes no new mentees now.", name=mentor.user.name)
        )
    # Read now: after a failed statement the transaction takes no more queries.
    mentee_name, mentor_name = mentee.user.name, mentor.user.name
    savepoint = db.session.begin_nested()
    try:
        try:
            _bump(mentor.id, +1)
            db.session.flush()
        except IntegrityError:
            raise ConfirmError(
                _("%(name)s has no free place any more.", name=mentor_name)
            ) from None
        try:
            _bump(mentee.id, +1)
            match = Match(
                program_id=mentee.program_id,
                mentee_id=mentee.id,
                mentor_id=mentor.id,
                proposal_id=proposal.id,
                score=proposal.score,
                confirmed_by_id=by.id,
            )
            db.session.add(match)
            proposal.state = ProposalState.CONFIRMED
            db.session.flush()
        except IntegrityError:
            raise ConfirmError(_("%(name)s already has a mentor.", name=mentee_name)) from None
        savepoint.commit()
    except ConfirmError:
        savepoint.rollback()
        db.session.expire(proposal)
        raise
    db.session.expire(mentee, ["active_matches"])
    db.session.expire(mentor, ["active_matches"])
    _introduce(match, mentee, mentor)
    audit.record(
        "match.confirmed",
        organization_id=mentee.program.organization_id,
        object_type="match",
        object_id=match.id,
        mentee=mentee.id,
        mentor=mentor.id,
        proposal=proposal.id,
    )
    return match


@dataclass
class ConfirmResult:
    confirmed: list[Match]
    failed: list[tuple[Proposal, str]]


def confirm_all(run: MatchRun, proposals: list[Proposal], by: User) -> ConfirmResult:
    """Confirm the run's approved pairs; one that fails does not stop the others."""
    matching_service.require_latest(run)  # once for all, not once per pair
    result = ConfirmResult([], [])
    for proposal in proposals:
        if proposal.state != ProposalState.APPROVED or proposal.run_id != run.id:
            continue
        try:
            result.confirmed.append(_confirm(proposal, by))
        except ConfirmError as error:
            result.failed.append((proposal, error.message))
    return result


def _introduce(match: Match, mentee: Application, mentor: Application) -> None:
    """Each of the two gets the other's name, contact details and profile, in their language."""
    program = mentee.program
    for person, partner, role in ((mentee, mentor, "mentee"), (mentor, mentee, "mentor")):
        mail.queue(
            person.user.email,
            person.user.locale,
            "match_introduction",
            role=role,
            name=person.user.name,
            program=program.name,
            organization=program.organization.name,
            partner=partner,
            url=external_url("apply.my_applications"),
        )


def close(match: Match, state: MatchState, reason: str, by: User | None) -> None:
    """End an active match in the given state; both people's places are freed.

    ``by`` is None when the system closes it (an account deleted, a programme purged).
    Telling people is the caller's job: it differs for each way a match ends.
    """
    if match.state != MatchState.ACTIVE:
        raise ServiceError(_("This match has already ended."))
    match.state = state
    match.closed_at = utcnow()
    match.closed_by_id = by.id if by else None
    match.close_reason = reason
    _bump(match.mentor_id, -1)
    _bump(match.mentee_id, -1)
    db.session.flush()
    db.session.expire(match.mentee, ["active_matches"])
    db.session.expire(match.mentor, ["active_matches"])
    audit.record(
        f"match.{state.value}",
        organization_id=match.program.organization_id,
        object_type="match",
        object_id=match.id,
        reason=reason,
    )


def end(match: Match, reason: str, by: User, *, cancel: bool = False) -> None:
    """A coordinator ends (or cancels) a match; both people are told."""
    close(match, MatchState.CANCELLED if cancel else MatchState.ENDED, reason, by)
    for person, partner in ((match.mentee, match.mentor), (match.mentor, match.mentee)):
        mail.queue(
            person.user.email,
            person.user.locale,
            "match_closed",
            name=person.user.name,
            partner=partner.user.name,
            program=match.program.name,
            cancelled=cancel,
            reason=reason,
        )


def decline(match: Match, reason: str, by: User) -> None:
    """The mentor declines: the mentee goes back to the pool and the coordinators are told."""
    if match.mentor.user_id != by.id:
        raise ServiceError(_("Only the mentor can decline this match."))
    close(match, MatchState.DECLINED, reason, by)
    coordinators = db.session.scalars(
        select(User)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.organization_id == match.program.organization_id)
    )
    for coordinator in coordinators:
        mail.queue(
            coordinator.email,
            coordinator.locale,
            "match_declined",
            name=coordinator.name,
            mentor=match.mentor.user.name,
            mentee=match.mentee.user.name,
            program=match.program.name,
            reason=reason,
            url=external_url("coordinate.matches", program_id=match.program_id),
        )


def active_matches_of(application: Application) -> list[Match]:
    """The application's active matches (a mentee has at most one)."""
    column = Match.mentee_id if application.role == Role.MENTEE else Match.mentor_id
    return list(
        db.session.scalars(
            select(Match).where(column == application.id, Match.state == MatchState.ACTIVE)
        )
    )
