"""Running the matching engine over a programme's pool, and storing what it proposes.

The web layer turns applications into the engine's records, calls
:func:`matching.propose`, and stores the run with one proposal per mentee (a
mentor, or the reason there is none). A new run keeps what coordinators decided
in the previous one: approved and locked pairs stay, rejected and forbidden
pairs are not proposed again.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import ColumnElement, Row, insert, select

import matching
from web.extensions import db
from web.models import (
    Application,
    ApplicationChoice,
    ApplicationLanguage,
    ApplicationStatus,
    ChoiceKind,
    LanguageLevel,
    Match,
    MatchRun,
    MatchSettings,
    MatchState,
    PairRule,
    Program,
    Proposal,
    ProposalState,
    Role,
    RunSource,
    User,
)
from web.services import ServiceError, audit

#: A language counts for matching when spoken at least this well: a pair needs a
#: language both can really work in.
WORKING_LEVELS = frozenset(
    {LanguageLevel.GOOD.value, LanguageLevel.FLUENT.value, LanguageLevel.NATIVE.value}
)


def current_settings(program: Program) -> MatchSettings:
    """The programme's settings, or the defaults (unsaved) if it has none yet."""
    return db.session.get(MatchSettings, program.id) or MatchSettings.defaults(program.id)


def settings_for(program: Program) -> MatchSettings:
    """The programme's matching settings, created with the defaults on first use."""
    settings = db.session.get(MatchSettings, program.id)
    if settings is None:
        settings = MatchSettings(program_id=program.id)
        db.session.add(settings)
        db.session.flush()
    return settings


def weights_of(settings: MatchSettings) -> matching.Weights:
    return matching.Weights(**{name: float(value) for name, value in settings.weights().items()})


# -- the pool ----------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """What matching needs of one application, read with plain queries (a national pool
    has thousands; ORM objects with their relationships would take seconds to load)."""

    id: int
    role: Role
    status: ApplicationStatus
    capacity: int | None
    active_matches: int
    paused: bool
    background: str
    goals: str
    region: str | None
    meeting: str
    gender: str | None
    wants_mentor_gender: str | None
    languages: dict[str, str] = field(default_factory=dict)
    fields: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    availability: frozenset[str] = frozenset()


def candidates(program: Program, ids: Iterable[int] | None = None) -> dict[int, Candidate]:
    """The programme's accepted applications (or the given ones), by id, in id order."""
    where: list[ColumnElement[bool]] = [Application.program_id == program.id]
    if ids is None:
        where.append(Application.status == ApplicationStatus.ACCEPTED)
    else:
        where.append(Application.id.in_(list(ids)))
    rows = db.session.execute(
        select(
            Application.id, Application.role, Application.status, Application.capacity,
            Application.active_matches, Application.paused, Application.background,
            Application.goals, Application.region, Application.meeting, Application.gender,
            Application.wants_mentor_gender,
        )
        .where(*where)
        .order_by(Application.id)
    ).all()  # fmt: skip
    chosen = select(Application.id).where(*where)
    languages: dict[int, dict[str, str]] = defaultdict(dict)
    for app_id, code, level in db.session.execute(
        select(ApplicationLanguage.application_id, ApplicationLanguage.code,
               ApplicationLanguage.level)
        .where(ApplicationLanguage.application_id.in_(chosen))
    ):  # fmt: skip
        languages[app_id][code] = level.value if hasattr(level, "value") else str(level)
    choices: dict[tuple[int, str], set[str]] = defaultdict(set)
    for app_id, kind, code in db.session.execute(
        select(ApplicationChoice.application_id, ApplicationChoice.kind, ApplicationChoice.code)
        .where(ApplicationChoice.application_id.in_(chosen))
    ):  # fmt: skip
        choices[(app_id, str(getattr(kind, "value", kind)))].add(code)
    return {
        row.id: Candidate(
            id=row.id,
            role=Role(row.role),
            status=ApplicationStatus(row.status),
            capacity=row.capacity,
            active_matches=row.active_matches,
            paused=row.paused,
            background=row.background,
            goals=row.goals,
            region=row.region,
            meeting=str(getattr(row.meeting, "value", row.meeting)),
            gender=str(getattr(row.gender, "value", row.gender)) if row.gender else None,
            wants_mentor_gender=(
                str(getattr(row.wants_mentor_gender, "value", row.wants_mentor_gender))
                if row.wants_mentor_gender
                else None
            ),
            languages=languages[row.id],
            fields=frozenset(choices[(row.id, ChoiceKind.FIELD.value)]),
            topics=frozenset(choices[(row.id, ChoiceKind.TOPIC.value)]),
            availability=frozenset(choices[(row.id, ChoiceKind.AVAILABILITY.value)]),
        )
        for row in rows
    }


def pool(program: Program) -> tuple[list[Candidate], list[Candidate]]:
    """Accepted mentees without an active match; accepted, unpaused mentors with a free place."""
    everyone = candidates(program).values()
    mentees = [c for c in everyone if c.role == Role.MENTEE and c.active_matches == 0]
    mentors = [
        c
        for c in everyone
        if c.role == Role.MENTOR and not c.paused and c.active_matches < (c.capacity or 0)
    ]
    return mentees, mentors


def _languages(candidate: Candidate) -> frozenset[str]:
    working = {code for code, level in candidate.languages.items() if level in WORKING_LEVELS}
    return frozenset(working or candidate.languages)


def _text(candidate: Candidate) -> str:
    return f"{candidate.background}\n{candidate.goals}"


def mentee_record(candidate: Candidate, program: Program) -> matching.Mentee:
    return matching.Mentee(
        id=str(candidate.id),
        languages=_languages(candidate),
        fields=candidate.fields,
        topics=candidate.topics,
        text=_text(candidate),
        region=candidate.region,
        meeting=candidate.meeting,
        availability=candidate.availability,
        gender=candidate.gender,
        wants_mentor_gender=candidate.wants_mentor_gender if program.allows_gender_wish else None,
    )


def mentor_record(candidate: Candidate, free_places: int) -> matching.Mentor:
    return matching.Mentor(
        id=str(candidate.id),
        languages=_languages(candidate),
        fields=candidate.fields,
        topics=candidate.topics,
        text=_text(candidate),
        region=candidate.region,
        meeting=candidate.meeting,
        availability=candidate.availability,
        gender=candidate.gender,
        capacity=max(free_places, 0),
    )


# -- what carries over from the previous run ------------------------------------------

#: A pair of the previous run: mentee, mentor, state, locked, origin, decided by and at.
EarlierPair = Row[*tuple[Any, ...]]


def latest_run(program: Program) -> MatchRun | None:
    return db.session.scalar(
        select(MatchRun)
        .where(MatchRun.program_id == program.id)
        .order_by(MatchRun.created_at.desc(), MatchRun.id.desc())
        .limit(1)
    )


def require_latest(run: MatchRun) -> None:
    """Only the programme's latest run can change (an open tab may show an older one)."""
    latest = latest_run(run.program)
    if latest is None or latest.id != run.id:
        raise ServiceError(_("Only the latest run can be changed. Run the matching again."))


def excluded_pairs(program: Program) -> set[tuple[int, int]]:
    """Pairs never to propose again: forbidden by a coordinator, rejected (the latest
    decision on the pair, in any run), or declined by the mentor after confirmation."""
    forbidden = {
        (rule.mentee_id, rule.mentor_id)
        for rule in db.session.scalars(select(PairRule).where(PairRule.program_id == program.id))
    }
    last_state: dict[tuple[int, int], ProposalState] = {}
    for mentee_id, mentor_id, state in db.session.execute(
        select(Proposal.mentee_id, Proposal.mentor_id, Proposal.state)
        .join(Proposal.run)
        .where(MatchRun.program_id == program.id, Proposal.mentor_id.is_not(None))
        .order_by(Proposal.run_id, Proposal.id)
    ):
        if mentor_id is not None:
            last_state[(mentee_id, mentor_id)] = state
    rejected = {pair for pair, state in last_state.items() if state == ProposalState.REJECTED}
    declined = {
        (mentee_id, mentor_id)
        for mentee_id, mentor_id in db.session.execute(
            select(Match.mentee_id, Match.mentor_id).where(
                Match.program_id == program.id, Match.state == MatchState.DECLINED
            )
        )
    }
    return forbidden | rejected | declined


def _carried_over(
    previous: MatchRun | None,
    mentee_ids: set[int],
    free: dict[int, int],
    excluded: set[tuple[int, int]],
) -> dict[int, EarlierPair]:
    """The previous run's approved or locked pairs that are still possible."""
    if previous is None:
        return {}
    kept: dict[int, EarlierPair] = {}
    used: Counter[int] = Counter()
    earlier = db.session.execute(
        select(
            Proposal.mentee_id, Proposal.mentor_id, Proposal.state, Proposal.locked,
            Proposal.origin, Proposal.decided_by_id, Proposal.decided_at,
        )
        .where(Proposal.run_id == previous.id, Proposal.mentor_id.is_not(None))
        .order_by(Proposal.id)
    )  # fmt: skip
    for proposal in earlier:
        keep = proposal.locked or proposal.state == ProposalState.APPROVED
        if (
            keep
            and proposal.mentee_id in mentee_ids
            and (proposal.mentee_id, proposal.mentor_id) not in excluded
            and used[proposal.mentor_id] < free.get(proposal.mentor_id, 0)
        ):
            kept[proposal.mentee_id] = proposal
            used[proposal.mentor_id] += 1
    return kept


# -- running -------------------------------------------------------------------------------


def run_matching(program: Program, by: User | None, source: RunSource = RunSource.WEB) -> MatchRun:
    """Propose pairs for the programme's pool, store the run and return it."""
    started = time.perf_counter()
    settings = settings_for(program)
    mentees, mentors = pool(program)
    free = {m.id: (m.capacity or 0) - m.active_matches for m in mentors}
    mentee_ids = {m.id for m in mentees}
    previous = latest_run(program)
    never = excluded_pairs(program)
    kept = _carried_over(previous, mentee_ids, free, never)
    mentor_ids = set(free)
    excluded = {p for p in never if p[0] in mentee_ids and p[1] in mentor_ids}

    loaded = time.perf_counter()
    result = matching.propose(
        [mentee_record(m, program) for m in mentees],
        [mentor_record(m, free[m.id]) for m in mentors],
        weights_of(settings),
        locked=[(str(p.mentee_id), str(p.mentor_id)) for p in kept.values()],
        forbidden=[(str(a), str(b)) for a, b in excluded],
        objective=settings.objective.value,
        min_score=settings.min_score,
    )
    proposed = time.perf_counter()

    stats = result.stats
    run = MatchRun(
        program=program,
        created_by_id=by.id if by else None,
        source=source,
        settings={
            "weights": settings.weights(),
            "objective": settings.objective.value,
            "min_score": settings.min_score,
            "gender_wish": program.allows_gender_wish,
        },
        mentee_count=len(mentees),
        mentor_count=len(mentors),
        capacity_count=sum(free.values()),
        matched_count=stats.matched,
        mean_score=stats.mean,
        lowest_score=stats.lowest,
        timings={},
        mentor_ids=sorted(mentor_ids),
    )
    db.session.add(run)
    db.session.flush()
    _store_proposals(run, result, kept)
    stored = time.perf_counter()
    run.timings = {
        "engine": stats.seconds,
        "load": round(loaded - started, 4),
        "propose": round(proposed - loaded, 4),
        "store": round(stored - proposed, 4),
        "total": round(stored - started, 4),
    }
    audit.record(
        "match_run.created",
        organization_id=program.organization_id,
        object_type="match_run",
        object_id=run.id,
        matched=stats.matched,
        mentees=len(mentees),
        source=source.value,
    )
    return run


def _store_proposals(
    run: MatchRun, result: matching.Proposal, kept: dict[int, EarlierPair]
) -> None:
    """One row per mentee, inserted in bulk (a national run has thousands)."""
    rows: list[dict[str, Any]] = []
    for pair in result.pairs:
        mentee_id, mentor_id = int(pair.mentee_id), int(pair.mentor_id)
        earlier = kept.get(mentee_id)
        carried = earlier is not None and earlier.mentor_id == mentor_id
        rows.append(
            {
                "run_id": run.id,
                "mentee_id": mentee_id,
                "mentor_id": mentor_id,
                "score": pair.score,
                "parts": dict(pair.parts),
                "reasons": reasons_json(pair.reasons),
                "unmatched_reason": None,
                "state": (earlier.state if carried and earlier else ProposalState.PROPOSED).value,
                "locked": bool(carried and earlier and earlier.locked),
                "origin": (earlier.origin if carried and earlier else "engine"),
                "decided_by_id": earlier.decided_by_id if carried and earlier else None,
                "decided_at": earlier.decided_at if carried and earlier else None,
            }
        )
    for unmatched_id, reason in result.unmatched.items():
        rows.append(
            {
                "run_id": run.id,
                "mentee_id": int(unmatched_id),
                "mentor_id": None,
                "score": None,
                "parts": {},
                "reasons": [],
                "unmatched_reason": reason.as_dict(),
                "state": ProposalState.PROPOSED.value,
                "locked": False,
                "origin": "engine",
                "decided_by_id": None,
                "decided_at": None,
            }
        )
    if rows:
        db.session.execute(insert(Proposal), rows)


def reasons_json(reasons: Iterable[matching.Reason]) -> list[dict[str, Any]]:
    return [reason.as_dict() for reason in reasons]


# -- scoring one mentee again: alternatives and hand-picked mentors ------------------------


def run_cohort(run: MatchRun) -> tuple[list[Candidate], list[Candidate]]:
    """The run's mentees and mentors as they are now (same cohort, so scores agree)."""
    mentee_ids = list(
        db.session.scalars(select(Proposal.mentee_id).where(Proposal.run_id == run.id))
    )
    found = candidates(run.program, mentee_ids + list(run.mentor_ids))
    mentees = [found[i] for i in mentee_ids if i in found]
    mentors = [found[i] for i in run.mentor_ids if i in found]
    return mentees, mentors


def score_table(run: MatchRun) -> matching.ScoreTable:
    mentees, mentors = run_cohort(run)
    settings = run.settings
    weights = matching.Weights(**{k: float(v) for k, v in settings["weights"].items()})
    program = run.program
    return matching.score(
        [mentee_record(m, program) for m in mentees],
        [mentor_record(m, 1) for m in mentors],
        weights,
    )


def free_places(run: MatchRun) -> dict[int, int]:
    """Each pool mentor's places left in this run: capacity, minus active matches,
    minus the run's pairs still in play (proposed or approved)."""
    mentors = db.session.scalars(select(Application).where(Application.id.in_(run.mentor_ids)))
    taken = Counter(
        p.mentor_id
        for p in run.proposals
        if p.mentor_id is not None and p.state in (ProposalState.PROPOSED, ProposalState.APPROVED)
    )
    return {
        m.id: (0 if m.paused or m.status != ApplicationStatus.ACCEPTED else (m.capacity or 0))
        - m.active_matches
        - taken[m.id]
        for m in mentors
    }


def alternatives(proposal: Proposal, k: int = 5) -> list[matching.Pair]:
    """The best possible mentors for this mentee who have a free place in the run now."""
    run = proposal.run
    places = free_places(run)
    forbidden = excluded_pairs(run.program)
    candidates = [
        mentor_id
        for mentor_id, places_left in places.items()
        if places_left > 0
        and mentor_id != proposal.mentor_id
        and (proposal.mentee_id, mentor_id) not in forbidden
    ]
    if not candidates:
        return []
    table = score_table(run)
    return table.ranked(str(proposal.mentee_id), [str(c) for c in candidates], k=k)


def explain_pair(run: MatchRun, mentee_id: int, mentor_id: int) -> matching.Pair:
    return score_table(run).explain(str(mentee_id), str(mentor_id))


def application_names(ids: Sequence[int]) -> dict[int, str]:
    rows = db.session.execute(
        select(Application.id, User.name).join(Application.user).where(Application.id.in_(ids))
    )
    return {row.id: row.name for row in rows}
