"""Read-only queries behind the coordinator's matching pages: lists, filters, figures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from flask import current_app
from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased, selectinload

from web.extensions import db
from web.models import (
    Application,
    AuditEvent,
    Match,
    MatchRun,
    PairRule,
    Program,
    Proposal,
    ProposalState,
    User,
)
from web.services.screening import escape_like

#: How a run's proposals can be narrowed on the review page.
STATE_FILTERS = ("proposed", "approved", "rejected", "confirmed", "locked", "unmatched")
SORTS = ("score_desc", "score_asc", "name")
#: Proposals per page on the review page.
PROPOSALS_PER_PAGE = 50


@dataclass(frozen=True)
class ProposalFilters:
    state: str = ""
    sort: str = "score_desc"
    q: str = ""

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> ProposalFilters:
        state = args.get("state", "")
        sort = args.get("sort", "score_desc")
        q = (args.get("q") or "").replace("\x00", "").strip()[:100]
        return cls(
            state=state if state in STATE_FILTERS else "",
            sort=sort if sort in SORTS else "score_desc",
            q=q,
        )

    def as_params(self) -> dict[str, str]:
        return {name: value for name, value in vars(self).items() if value}

    def counts(self, run: MatchRun) -> dict[str, int]:
        """How many proposals of the run are in each state, and how many are unmatched."""
        counts: Counter[str] = Counter()
        for proposal in run.proposals:
            if proposal.mentor_id is None:
                counts["unmatched"] += 1
                continue
            counts[proposal.state.value] += 1
            if proposal.locked:
                counts["locked"] += 1
        return {state: counts[state] for state in STATE_FILTERS}


#: Loads both people of each proposal with what the review shows of them, in a few queries.
_BOTH_PEOPLE = tuple(
    selectinload(side).selectinload(detail)
    for side in (Proposal.mentee, Proposal.mentor)
    for detail in (Application.user, Application.language_rows, Application.choice_rows)
)


def proposal_page(run: MatchRun, filters: ProposalFilters, page: int) -> Pagination:
    mentee = aliased(Application)
    mentee_user = aliased(User)
    query = (
        select(Proposal)
        .join(mentee, Proposal.mentee_id == mentee.id)
        .join(mentee_user, mentee.user_id == mentee_user.id)
        .where(Proposal.run_id == run.id)
        .options(*_BOTH_PEOPLE)
    )
    if filters.state == "unmatched":
        query = query.where(Proposal.mentor_id.is_(None))
    elif filters.state == "locked":
        query = query.where(Proposal.locked.is_(True))
    elif filters.state:
        query = query.where(Proposal.state == filters.state, Proposal.mentor_id.is_not(None))
    if filters.q:
        pattern = f"%{escape_like(filters.q.lower())}%"
        mentor = aliased(Application)
        mentor_user = aliased(User)
        query = (
            query.outerjoin(mentor, Proposal.mentor_id == mentor.id)
            .outerjoin(mentor_user, mentor.user_id == mentor_user.id)
            .where(
                or_(
                    func.lower(mentee_user.name).like(pattern, escape="\\"),
                    func.lower(mentor_user.name).like(pattern, escape="\\"),
                )
            )
        )
    if filters.sort == "name":
        query = query.order_by(mentee_user.name, Proposal.id)
    elif filters.sort == "score_asc":
        # Unmatched (no score) first: they need the coordinator most.
        query = query.order_by(Proposal.score.is_not(None), Proposal.score, Proposal.id)
    else:
        query = query.order_by(Proposal.score.is_(None), Proposal.score.desc(), Proposal.id)
    return db.paginate(
        query, page=max(1, min(page, 10_000)), per_page=PROPOSALS_PER_PAGE, error_out=False
    )


def approved_proposals(run: MatchRun) -> list[Proposal]:
    """The run's approved pairs with both people loaded (confirming needs their names)."""
    return list(
        db.session.scalars(
            select(Proposal)
            .where(Proposal.run_id == run.id, Proposal.state == ProposalState.APPROVED)
            .options(*_BOTH_PEOPLE)
            .order_by(Proposal.id)
        )
    )


def score_histogram(run: MatchRun, bins: int = 10) -> list[tuple[float, float, int]]:
    """(from, to, count) for each tenth of the score range, for the distribution chart."""
    counts = [0] * bins
    for proposal in run.proposals:
        if proposal.score is not None and proposal.state != ProposalState.REJECTED:
            counts[min(int(proposal.score * bins), bins - 1)] += 1
    return [(i / bins, (i + 1) / bins, count) for i, count in enumerate(counts)]


def run_list(program: Program) -> list[MatchRun]:
    return list(
        db.session.scalars(
            select(MatchRun)
            .where(MatchRun.program_id == program.id)
            .options(selectinload(MatchRun.created_by))
            .order_by(MatchRun.created_at.desc(), MatchRun.id.desc())
        )
    )


def match_list(program: Program, state: str | None) -> list[Match]:
    query = (
        select(Match)
        .where(Match.program_id == program.id)
        .options(
            selectinload(Match.mentee).selectinload(Application.user),
            selectinload(Match.mentor).selectinload(Application.user),
            selectinload(Match.confirmed_by),
            selectinload(Match.closed_by),
        )
        .order_by(Match.confirmed_at.desc(), Match.id.desc())
    )
    if state:
        query = query.where(Match.state == state)
    return list(db.session.scalars(query))


def audit_page(program: Program, page: int) -> Pagination:
    """The organisation's audit events that concern this programme, newest first."""
    run_ids = select(MatchRun.id).where(MatchRun.program_id == program.id)
    proposal_ids = select(Proposal.id).where(Proposal.run_id.in_(run_ids))
    match_ids = select(Match.id).where(Match.program_id == program.id)
    application_ids = select(Application.id).where(Application.program_id == program.id)
    query = (
        select(AuditEvent)
        .where(
            AuditEvent.organization_id == program.organization_id,
            or_(
                (AuditEvent.object_type == "program") & (AuditEvent.object_id == program.id),
                (AuditEvent.object_type == "match_run") & AuditEvent.object_id.in_(run_ids),
                (AuditEvent.object_type == "proposal") & AuditEvent.object_id.in_(proposal_ids),
                (AuditEvent.object_type == "match") & AuditEvent.object_id.in_(match_ids),
                (AuditEvent.object_type == "application")
                & AuditEvent.object_id.in_(application_ids),
                (AuditEvent.object_type == "pair_rule")
                & AuditEvent.object_id.in_(
                    select(PairRule.id).where(PairRule.program_id == program.id)
                ),
            ),
        )
        .options(selectinload(AuditEvent.actor))
        .order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc())
    )
    return db.paginate(
        query,
        page=max(1, min(page, 10_000)),
        per_page=current_app.config["PAGE_SIZE"] * 2,
        error_out=False,
    )
