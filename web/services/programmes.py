"""Programmes: what the public sees, and what coordinators set up."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import case, select

from web.extensions import db
from web.models import PUBLIC_STATUSES, Organization, Program, ProgramStatus
from web.services import ServiceError, audit


@dataclass
class ProgramDetails:
    name: str
    slug: str
    summary: str
    audience: str
    description: str
    pairing: str
    duration_months: int
    commitment: str
    languages: list[str]
    status: ProgramStatus
    applications_open_on: date | None
    applications_close_on: date | None
    starts_on: date | None
    ends_on: date | None
    asks_gender: bool
    allows_gender_wish: bool


def slugify(text: str) -> str:
    """``Hanki oma mentorisi – kevät 2027`` → ``hanki-oma-mentorisi-kevat-2027``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80] or "programme"


def public_programs() -> list[Program]:
    return list(
        db.session.scalars(
            select(Program)
            .join(Program.organization)
            .where(Program.status.in_(PUBLIC_STATUSES))
            .order_by(
                case((Program.status == ProgramStatus.OPEN, 0), else_=1),
                Program.applications_close_on.is_(None),
                Program.applications_close_on,
                Program.name,
            )
        )
    )


def get_public_program(org_slug: str, slug: str) -> Program | None:
    return db.session.scalar(
        select(Program)
        .join(Program.organization)
        .where(
            Organization.slug == org_slug,
            Program.slug == slug,
            Program.status.in_(PUBLIC_STATUSES),
        )
    )


def _slug_taken(organization_id: int, slug: str, program_id: int | None) -> bool:
    query = select(Program.id).where(
        Program.organization_id == organization_id, Program.slug == slug
    )
    if program_id is not None:
        query = query.where(Program.id != program_id)
    return db.session.scalar(query) is not None


def save_program(
    organization: Organization, details: ProgramDetails, program: Program | None = None
) -> Program:
    """Create a programme, or change one; the slug stays unique within the organisation."""
    if _slug_taken(organization.id, details.slug, program.id if program else None):
        raise ServiceError(_("Another programme of yours already uses this web address."))
    created = program is None
    if program is None:
        program = Program(organization=organization)
        db.session.add(program)
    for name, value in vars(details).items():
        setattr(program, name, value)
    if not program.asks_gender:
        program.allows_gender_wish = False
    db.session.flush()
    audit.record(
        "program.created" if created else "program.updated",
        organization_id=organization.id,
        object_type="program",
        object_id=program.id,
        status=program.status.value,
    )
    return program
