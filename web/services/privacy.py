"""People's control over their data (GDPR): erase answers, export everything, delete the
account, and erase what a finished programme no longer needs.

Rows are anonymised rather than deleted where a programme's figures depend on them
(how many applied, how many were matched): the person disappears, the count stays.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import delete, or_, select, update

from web.extensions import db
from web.labels import AUDIT_ACTION
from web.models import (
    Application,
    ApplicationChoice,
    ApplicationLanguage,
    ApplicationStatus,
    AuditEvent,
    Match,
    MatchRun,
    MatchState,
    Membership,
    OutboxMessage,
    Program,
    ProgramStatus,
    Proposal,
    User,
    UserSession,
    utcnow,
)
from web.security import hash_password
from web.services import ServiceError, matches
from web.vocab import label

#: What a coordinator reads about an erased answer.
ERASED = ""
#: The name left on a deleted account (pages show it as it is).
DELETED_NAME = "—"


def erase_answers(application: Application) -> None:
    """Remove everything the person wrote or chose; keep role, status and programme."""
    application.phone = None
    application.background = ERASED
    application.goals = ERASED
    application.region = None
    application.gender = None
    application.wants_mentor_gender = None
    application.coordinator_note = ERASED
    db.session.execute(
        delete(ApplicationLanguage).where(ApplicationLanguage.application_id == application.id)
    )
    db.session.execute(
        delete(ApplicationChoice).where(ApplicationChoice.application_id == application.id)
    )
    db.session.expire(application, ["language_rows", "choice_rows"])
    _erase_traces(application)


def _close_active_matches(application: Application, state: MatchState) -> None:
    """The system ends the application's pairs (account deleted, programme purged)."""
    for match in matches.active_matches_of(application):
        matches.close(match, state, "", None)


def _erase_traces(application: Application) -> None:
    """What else quotes the person's answers: words of their texts among a pair's
    reasons, and reasons written about their pairs."""
    for proposal in db.session.scalars(
        select(Proposal).where(
            or_(Proposal.mentee_id == application.id, Proposal.mentor_id == application.id)
        )
    ):
        proposal.reasons = [r for r in proposal.reasons if r.get("code") != "text_terms"]
    db.session.execute(
        update(Match)
        .where(or_(Match.mentee_id == application.id, Match.mentor_id == application.id))
        .values(close_reason="")
    )


# -- export ----------------------------------------------------------------------------


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _application_data(application: Application) -> dict[str, Any]:
    return {
        "programme": application.program.name,
        "organisation": application.program.organization.name,
        "role": application.role.value,
        "status": application.status.value,
        "submitted_at": _iso(application.submitted_at),
        "decided_at": _iso(application.decided_at),
        "withdrawn_at": _iso(application.withdrawn_at),
        "consent": {
            "given_at": _iso(application.consent_at),
            "text_version": application.consent_version,
        },
        "phone": application.phone,
        "region": application.region,
        "meeting": application.meeting.value,
        "languages": {code: level.value for code, level in application.languages.items()},
        "fields": application.fields,
        "topics": application.topics,
        "availability": application.availability,
        "background": application.background,
        "goals": application.goals,
        "capacity": application.capacity,
        "paused": application.paused,
        "gender": application.gender.value if application.gender else None,
        "coordinators_note": application.coordinator_note,
        "wants_mentor_gender": (
            application.wants_mentor_gender.value if application.wants_mentor_gender else None
        ),
    }


def export_data(user: User) -> dict[str, Any]:
    """Everything Silta holds about the person, as JSON-ready data."""
    applications = list(
        db.session.scalars(select(Application).where(Application.user_id == user.id))
    )
    ids = [a.id for a in applications]
    matches = list(
        db.session.scalars(
            select(Match).where(or_(Match.mentee_id.in_(ids), Match.mentor_id.in_(ids)))
        )
    )
    return {
        "exported_at": _iso(utcnow()),
        "account": {
            "name": user.name,
            "email": user.email,
            "language": user.locale,
            "created_at": _iso(user.created_at),
            "email_confirmed_at": _iso(user.email_verified_at),
            "last_login_at": _iso(user.last_login_at),
            "coordinator_of": [m.organization.name for m in user.memberships],
        },
        "applications": [_application_data(a) for a in applications],
        "matches": [
            {
                "programme": m.program.name,
                "you_are": "mentee" if m.mentee_id in ids else "mentor",
                "with": (m.mentor if m.mentee_id in ids else m.mentee).user.name,
                "state": m.state.value,
                "confirmed_at": _iso(m.confirmed_at),
                "closed_at": _iso(m.closed_at),
                # A mentor's reason for declining was written for the coordinators only.
                "close_reason": (
                    m.close_reason if m.state != MatchState.DECLINED or m.mentor_id in ids else None
                ),
            }
            for m in matches
        ],
        # The matching's proposals about the person; the other side is named only once a
        # pair is confirmed (see "matches"), as on the person's own page.
        "matching_proposals": [
            {
                "programme": p.run.program.name,
                "run_at": _iso(p.run.created_at),
                "score": p.score,
                "state": p.state.value,
                "as": "mentee" if p.mentee_id in ids else "mentor",
            }
            for p in db.session.scalars(
                select(Proposal).where(
                    or_(Proposal.mentee_id.in_(ids), Proposal.mentor_id.in_(ids))
                )
            )
        ],
        "sessions": [
            {"started_at": _iso(s.created_at), "last_seen_at": _iso(s.last_seen_at)}
            for s in db.session.scalars(select(UserSession).where(UserSession.user_id == user.id))
        ],
        "emails_sent_to_you": [
            {
                "subject": m.subject,
                "state": m.state.value,
                "created_at": _iso(m.created_at),
                "sent_at": _iso(m.sent_at),
            }
            for m in db.session.scalars(
                select(OutboxMessage).where(OutboxMessage.recipient == user.email)
            )
        ],
        "who_handled_your_data": [
            {
                "when": _iso(e.created_at),
                "who": e.actor.name if e.actor else None,
                "action": e.action,
                "what": label(AUDIT_ACTION, e.action),
            }
            for e in _events_about(
                ids, [m.id for m in matches], {a.program.organization_id for a in applications}
            )
        ],
    }


def _events_about(
    application_ids: list[int], match_ids: list[int], organization_ids: set[int]
) -> list[AuditEvent]:
    """Coordinators' actions on the person's applications and matches, views and exports
    included (an export lists the applications it contained)."""
    if not application_ids:
        return []
    direct = db.session.scalars(
        select(AuditEvent).where(
            or_(
                (AuditEvent.object_type == "application")
                & AuditEvent.object_id.in_(application_ids),
                (AuditEvent.object_type == "match") & AuditEvent.object_id.in_(match_ids),
            )
        )
    ).all()
    mine = set(application_ids)
    exports = [
        event
        for event in db.session.scalars(
            select(AuditEvent).where(
                AuditEvent.action.like("export.%"),
                AuditEvent.organization_id.in_(organization_ids),
            )
        )
        if mine & set(event.details.get("applications", []))
    ]
    return sorted([*direct, *exports], key=lambda e: (e.created_at, e.id))


# -- deleting ----------------------------------------------------------------------------


def delete_account(user: User) -> None:
    """Erase the person: answers, matches ended, e-mails, sessions; the row stays anonymous."""
    if user.deleted_at is not None:
        raise ServiceError(_("This account is already deleted."))
    for application in db.session.scalars(
        select(Application).where(Application.user_id == user.id)
    ):
        _close_active_matches(application, MatchState.CANCELLED)
        if application.is_open:
            application.status = ApplicationStatus.WITHDRAWN
            application.withdrawn_at = utcnow()
        erase_answers(application)
    # E-mails to the person, and e-mails to others that carry their address (the
    # introduction to their partner, a coordinator's notice).
    db.session.execute(
        delete(OutboxMessage).where(
            or_(
                OutboxMessage.recipient == user.email,
                OutboxMessage.body.contains(user.email, autoescape=True),
            )
        )
    )
    db.session.execute(delete(Membership).where(Membership.user_id == user.id))
    db.session.execute(delete(UserSession).where(UserSession.user_id == user.id))
    _anonymise(user)
    db.session.flush()


def _anonymise(user: User) -> None:
    user.email = f"deleted-{user.id}-{secrets.token_hex(4)}@deleted.invalid"
    user.name = DELETED_NAME
    user.password_hash = hash_password(secrets.token_urlsafe(32))  # nobody knows it
    user.email_verified_at = None
    user.active = False
    user.deleted_at = utcnow()


# -- retention ---------------------------------------------------------------------------


@dataclass
class PurgeResult:
    programmes: int = 0
    applications: int = 0
    people: int = 0
    runs: int = 0
    messages: int = 0
    events: int = 0


def purge_expired(months: int, today: date) -> PurgeResult:
    """Erase personal data of programmes that ended ``months`` ago or more, and outbox
    messages and audit events older than that."""
    cutoff_day = today - timedelta(days=round(months * 30.44))
    cutoff = utcnow() - (today - cutoff_day)
    result = PurgeResult()
    expired = list(
        db.session.scalars(
            select(Program).where(
                or_(
                    Program.ends_on < cutoff_day,
                    (Program.ends_on.is_(None))
                    & (Program.status == ProgramStatus.FINISHED)
                    & (Program.updated_at < cutoff),
                )
            )
        )
    )
    expired_ids = [p.id for p in expired]
    result.programmes = len(expired)
    for application in db.session.scalars(
        select(Application).where(Application.program_id.in_(expired_ids))
    ):
        if application.active_matches:
            _close_active_matches(application, MatchState.ENDED)
        if application.background or application.goals or application.phone:
            result.applications += 1
        erase_answers(application)
    result.runs = len(
        db.session.execute(
            delete(MatchRun).where(MatchRun.program_id.in_(expired_ids)).returning(MatchRun.id)
        ).all()
    )
    result.people = _anonymise_finished_people(expired_ids)
    result.messages = len(
        db.session.execute(
            delete(OutboxMessage)
            .where(OutboxMessage.created_at < cutoff)
            .returning(OutboxMessage.id)
        ).all()
    )
    result.events = len(
        db.session.execute(
            delete(AuditEvent).where(AuditEvent.created_at < cutoff).returning(AuditEvent.id)
        ).all()
    )
    db.session.flush()
    return result


def _anonymise_finished_people(expired_ids: list[int]) -> int:
    """People whose every application is in an expired programme, and who coordinate nothing."""
    if not expired_ids:
        return 0
    still_needed = select(Application.user_id).where(Application.program_id.not_in(expired_ids))
    coordinators = select(Membership.user_id)
    people = db.session.scalars(
        select(User)
        .join(Application, Application.user_id == User.id)
        .where(
            Application.program_id.in_(expired_ids),
            User.deleted_at.is_(None),
            User.id.not_in(still_needed),
            User.id.not_in(coordinators),
        )
        .distinct()
    ).all()
    for person in people:
        db.session.execute(delete(UserSession).where(UserSession.user_id == person.id))
        _anonymise(person)
    return len(people)
