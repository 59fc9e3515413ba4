"""What a coordinator does with a run's proposals before confirming: approve, reject,
lock, choose another mentor, forbid a pair."""

from __future__ import annotations

import math

from flask_babel import gettext as _
from sqlalchemy import select, update

import matching
from web.extensions import db
from web.models import (
    Application,
    MatchRun,
    PairRule,
    PairRuleKind,
    Program,
    Proposal,
    ProposalOrigin,
    ProposalState,
    User,
    utcnow,
)
from web.reasons import describe
from web.services import ServiceError, audit
from web.services import matching as matching_service

#: States in which a coordinator may still change a proposal.
OPEN_STATES = (ProposalState.PROPOSED, ProposalState.APPROVED, ProposalState.REJECTED)


def _record(proposal: Proposal, action: str, **details: object) -> None:
    audit.record(
        action,
        organization_id=proposal.run.program.organization_id,
        object_type="proposal",
        object_id=proposal.id,
        run=proposal.run_id,
        mentee=proposal.mentee_id,
        mentor=proposal.mentor_id,
        **details,
    )


def _decide(proposal: Proposal, state: ProposalState, by: User) -> None:
    proposal.state = state
    proposal.decided_by_id = by.id
    proposal.decided_at = utcnow()


def _require_open(proposal: Proposal) -> None:
    """Only the programme's latest run can change; a confirmed pair cannot."""
    matching_service.require_latest(proposal.run)
    if proposal.state not in OPEN_STATES:
        raise ServiceError(_("This pair is already confirmed."))


def approve(proposal: Proposal, by: User) -> None:
    _require_open(proposal)
    if proposal.mentor_id is None:
        raise ServiceError(_("Choose a mentor for this mentee first."))
    if proposal.state == ProposalState.REJECTED:
        places = matching_service.free_places(proposal.run)
        if places.get(proposal.mentor_id, 0) <= 0:
            raise ServiceError(_("This mentor has no free place left in this run."))
    _decide(proposal, ProposalState.APPROVED, by)
    _record(proposal, "proposal.approved")


def approve_all(run: MatchRun, by: User) -> int:
    """Approve every proposed pair of the run; returns how many."""
    matching_service.require_latest(run)
    count = 0
    for proposal in run.proposals:
        if proposal.state == ProposalState.PROPOSED and proposal.mentor_id is not None:
            _decide(proposal, ProposalState.APPROVED, by)
            count += 1
    if count:
        audit.record(
            "proposal.approved_all",
            organization_id=run.program.organization_id,
            object_type="match_run",
            object_id=run.id,
            count=count,
        )
    return count


def reject(proposal: Proposal, by: User) -> None:
    """Not this pair: the mentor's place frees up, and later runs do not propose it again."""
    _require_open(proposal)
    if proposal.mentor_id is None:
        raise ServiceError(_("There is no pair to reject."))
    proposal.locked = False
    _decide(proposal, ProposalState.REJECTED, by)
    _record(proposal, "proposal.rejected")


def set_locked(proposal: Proposal, locked: bool, by: User) -> None:
    _require_open(proposal)
    if proposal.mentor_id is None or proposal.state == ProposalState.REJECTED:
        raise ServiceError(_("Only a proposed or approved pair can be locked."))
    proposal.locked = locked
    _record(proposal, "proposal.locked" if locked else "proposal.unlocked")


def choose_mentor(proposal: Proposal, mentor: Application, by: User) -> None:
    """Give the mentee another mentor from the run's pool; the choice counts as approved."""
    _require_open(proposal)
    run = proposal.run
    if mentor.id not in run.mentor_ids:
        raise ServiceError(_("This mentor was not in this matching run."))
    if mentor.id == proposal.mentor_id:
        raise ServiceError(_("This mentor is already proposed for this mentee."))
    if (proposal.mentee_id, mentor.id) in matching_service.excluded_pairs(run.program):
        raise ServiceError(_("This pair was rejected or forbidden, or the mentor declined it."))
    if matching_service.free_places(run).get(mentor.id, 0) <= 0:
        raise ServiceError(_("This mentor has no free place left in this run."))
    pair = matching_service.explain_pair(run, proposal.mentee_id, mentor.id)
    if math.isnan(pair.score):
        raise ServiceError(_("This pair is not possible: %(why)s", why=_why_not(pair)))
    previous = proposal.mentor_id
    proposal.mentor_id = mentor.id
    proposal.score = pair.score
    proposal.parts = dict(pair.parts)
    proposal.reasons = matching_service.reasons_json(pair.reasons)
    proposal.unmatched_reason = None
    proposal.origin = ProposalOrigin.COORDINATOR
    _decide(proposal, ProposalState.APPROVED, by)
    _record(proposal, "proposal.mentor_chosen", previous_mentor=previous)


def _why_not(pair: matching.Pair) -> str:
    return " ".join(describe(reason.as_dict()) for reason in pair.reasons)


def forbid_proposal(proposal: Proposal, by: User) -> PairRule:
    """Forbid the pair a proposal shows."""
    if proposal.mentor is None:
        raise ServiceError(_("There is no pair to forbid."))
    return forbid(proposal.run.program, proposal.mentee, proposal.mentor, by)


def forbid(program: Program, mentee: Application, mentor: Application, by: User) -> PairRule:
    """Never propose this pair again in this programme; an open proposal of it is rejected."""
    if mentee.program_id != program.id or mentor.program_id != program.id:
        raise ServiceError(_("These people are not in this programme."))
    rule = db.session.scalar(
        select(PairRule).where(
            PairRule.program_id == program.id,
            PairRule.mentee_id == mentee.id,
            PairRule.mentor_id == mentor.id,
        )
    )
    if rule is None:
        rule = PairRule(
            program_id=program.id,
            mentee_id=mentee.id,
            mentor_id=mentor.id,
            kind=PairRuleKind.FORBIDDEN,
            created_by_id=by.id,
        )
        db.session.add(rule)
    latest = matching_service.latest_run(program)
    if latest is not None:
        db.session.execute(
            update(Proposal)
            .where(
                Proposal.run_id == latest.id,
                Proposal.mentee_id == mentee.id,
                Proposal.mentor_id == mentor.id,
                Proposal.state.in_([ProposalState.PROPOSED, ProposalState.APPROVED]),
            )
            .values(
                state=ProposalState.REJECTED, locked=False, decided_by_id=by.id, decided_at=utcnow()
            )
            .execution_options(synchronize_session="fetch")
        )
    db.session.flush()
    audit.record(
        "pair.forbidden",
        organization_id=program.organization_id,
        object_type="pair_rule",
        object_id=rule.id,
        mentee=mentee.id,
        mentor=mentor.id,
    )
    return rule
