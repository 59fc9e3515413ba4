"""Applying to a programme, keeping the profile up to date, and screening."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy import select

from web import mail
from web.extensions import db
from web.models import (
    Application,
    ApplicationStatus,
    ChoiceKind,
    Gender,
    LanguageLevel,
    Meeting,
    Program,
    Role,
    User,
    utcnow,
)
from web.navigation import external_url
from web.services import ServiceError, audit
from web.services.privacy import erase_answers

#: The version of the consent text in ``templates/apply/_consent.html``.
CONSENT_VERSION = "2026-11"

#: The decisions a coordinator can take on an application.
DECISIONS = (ApplicationStatus.ACCEPTED, ApplicationStatus.WAITLISTED, ApplicationStatus.REJECTED)


@dataclass
class Profile:
    """What an applicant tells about themselves; matching uses most of it."""

    background: str
    goals: str
    region: str | None
    meeting: Meeting
    languages: dict[str, LanguageLevel]
    fields: list[str]
    topics: list[str]
    availability: list[str] = field(default_factory=list)
    phone: str | None = None
    capacity: int | None = None
    paused: bool = False
    gender: Gender | None = None
    wants_mentor_gender: Gender | None = None


def _apply_profile(application: Application, profile: Profile) -> None:
    program = application.program
    application.background = profile.background
    application.goals = profile.goals
    application.region = profile.region
    application.meeting = profile.meeting
    application.phone = profile.phone or None
    application.set_languages(profile.languages)
    application.set_choices(ChoiceKind.FIELD, profile.fields)
    application.set_choices(ChoiceKind.TOPIC, profile.topics)
    application.set_choices(ChoiceKind.AVAILABILITY, profile.availability)
    # Data minimisation: gender only where the programme asks for it.
    application.gender = profile.gender if program.asks_gender else None
    if application.role == Role.MENTOR:
        application.capacity = profile.capacity
        application.paused = profile.paused
        application.wants_mentor_gender = None
    else:
        application.capacity = None
        application.paused = False
        application.wants_mentor_gender = (
            profile.wants_mentor_gender if program.allows_gender_wish else None
        )


def find_application(program: Program, user: User, role: Role) -> Application | None:
    return db.session.scalar(
        select(Application).where(
            Application.program_id == program.id,
            Application.user_id == user.id,
            Application.role == role,
        )
    )


def submit(program: Program, user: User, role: Role, profile: Profile, today: date) -> Application:
    """A new application, or a withdrawn one sent again."""
    if not program.accepts_applications(today):
        raise ServiceError(_("This programme is not taking applications now."))
    if not user.is_verified:
        raise ServiceError(_("Please confirm your e-mail address before you apply."))
    other_role = Role.MENTOR if role == Role.MENTEE else Role.MENTEE
    other = find_application(program, user, other_role)
    if other is not None and other.status != ApplicationStatus.WITHDRAWN:
        raise ServiceError(
            _("You have already applied to this programme as a mentor.")
            if other_role == Role.MENTOR
            else _("You have already applied to this programme as a mentee.")
        )
    application = find_application(program, user, role)
    if application is not None and application.status != ApplicationStatus.WITHDRAWN:
        raise ServiceError(_("You have already applied to this programme."))
    if application is None:
        application = Application(program=program, user=user, role=role)
        db.session.add(application)
    application.status = ApplicationStatus.SUBMITTED
    application.submitted_at = utcnow()
    application.withdrawn_at = None
    application.decided_at = None
    application.decided_by_id = None
    application.consent_at = utcnow()
    application.consent_version = CONSENT_VERSION
    _apply_profile(application, profile)
    db.session.flush()
    mail.queue(
        user.email,
        user.locale,
        "application_received",
        name=user.name,
        program=program.name,
        role=role.value,
        url=external_url("apply.my_applications"),
    )
    return application


def can_edit(application: Application) -> bool:
    """A mentee's profile can change until matched; a mentor's (availability, capacity,
    pause) at any time; neither once withdrawn or turned down."""
    if not application.is_open:
        return False
    return application.role == Role.MENTOR or application.active_matches == 0


def update_profile(application: Application, profile: Profile) -> None:
    if not can_edit(application):
        raise ServiceError(_("This application can no longer be changed."))
    if profile.capacity is not None and profile.capacity < application.active_matches:
        raise ServiceError(
            ngettext(
                "You have %(num)d mentee now, so you need at least %(num)d place.",
                "You have %(num)d mentees now, so you need at least %(num)d places.",
                application.active_matches,
            )
        )
    _apply_profile(application, profile)
    db.session.flush()


def withdraw(application: Application) -> None:
    if application.status == ApplicationStatus.WITHDRAWN:
        raise ServiceError(_("This application is already withdrawn."))
    if not application.is_open:
        raise ServiceError(_("This application can no longer be withdrawn."))
    if application.active_matches:
        raise ServiceError(
            _("You have a pair in this programme. Ask the coordinators to end it first.")
        )
    application.status = ApplicationStatus.WITHDRAWN
    application.withdrawn_at = utcnow()
    erase_answers(application)  # no consent, no data: withdrawing erases the answers
    audit.record(
        "application.withdrawn",
        organization_id=application.program.organization_id,
        object_type="application",
        object_id=application.id,
    )
    db.session.flush()


def decide(application: Application, status: ApplicationStatus, note: str, by: User) -> None:
    """Accept, wait-list or reject; the applicant is told by e-mail in their language."""
    if status not in DECISIONS:
        raise ServiceError(_("Choose one of the options."))
    if application.status == ApplicationStatus.WITHDRAWN:
        raise ServiceError(_("The applicant has withdrawn this application."))
    if application.active_matches and status != ApplicationStatus.ACCEPTED:
        raise ServiceError(_("This person has a pair. End the match first."))
    previous = application.status
    application.status = status
    application.coordinator_note = note
    application.decided_at = utcnow()
    application.decided_by_id = by.id
    audit.record(
        "application.decided",
        organization_id=application.program.organization_id,
        object_type="application",
        object_id=application.id,
        previous=previous.value,
        status=status.value,
    )
    if previous != status:
        applicant = application.user
        mail.queue(
            applicant.email,
            applicant.locale,
            "application_decided",
            name=applicant.name,
            program=application.program.name,
            organization=application.program.organization.name,
            role=application.role.value,
            status=status.value,
            url=external_url("apply.my_applications"),
        )
    db.session.flush()
