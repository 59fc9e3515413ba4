"""Mentoring programmes."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from web.extensions import db
from web.models.types import UTCDateTime, str_enum, utcnow

if TYPE_CHECKING:
    from web.models.accounts import Organization
    from web.models.applications import Application


class ProgramStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    MATCHING = "matching"
    RUNNING = "running"
    FINISHED = "finished"


#: Statuses in which the programme is shown to the public.
PUBLIC_STATUSES = (
    ProgramStatus.OPEN,
    ProgramStatus.CLOSED,
    ProgramStatus.MATCHING,
    ProgramStatus.RUNNING,
)


class Program(db.Model):  # type: ignore[name-defined]
    __tablename__ = "programs"
    __table_args__ = (
        UniqueConstraint("organization_id", "slug"),
        CheckConstraint("duration_months BETWEEN 1 AND 36", name="duration"),
        CheckConstraint(
            "applications_close_on IS NULL OR applications_open_on IS NULL"
            " OR applications_open_on <= applications_close_on",
            name="application_window",
        ),
        CheckConstraint(
            "ends_on IS NULL OR starts_on IS NULL OR starts_on <= ends_on", name="run_dates"
        ),
        CheckConstraint("asks_gender OR NOT allows_gender_wish", name="gender_wish_needs_gender"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    slug: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))
    #: One line for the list of programmes.
    summary: Mapped[str] = mapped_column(String(300))
    #: Who the programme is for (mentees and mentors).
    audience: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    #: How the coordinators make the pairs, in the programme's own words.
    pairing: Mapped[str] = mapped_column(Text, default="")
    duration_months: Mapped[int] = mapped_column(default=6)
    #: Expected effort, such as "4–8 hours a month".
    commitment: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[ProgramStatus] = mapped_column(
        str_enum(ProgramStatus, "status"), default=ProgramStatus.DRAFT
    )
    applications_open_on: Mapped[date | None] = mapped_column(Date)
    applications_close_on: Mapped[date | None] = mapped_column(Date)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    #: Applicants are asked their gender (only where the programme uses it).
    asks_gender: Mapped[bool] = mapped_column(default=False)
    #: Mentees may ask for a mentor of a given gender (a hard matching constraint).
    allows_gender_wish: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    organization: Mapped[Organization] = relationship(back_populates="programs")
    language_rows: Mapped[list[ProgramLanguage]] = relationship(
        cascade="all, delete-orphan", order_by="ProgramLanguage.code"
    )
    applications: Mapped[list[Application]] = relationship(back_populates="program")

    @property
    def languages(self) -> list[str]:
        return [row.code for row in self.language_rows]

    @languages.setter
    def languages(self, codes: list[str]) -> None:
        existing = {row.code: row for row in self.language_rows}
        self.language_rows = [existing.get(code) or ProgramLanguage(code=code) for code in codes]

    def accepts_applications(self, today: date) -> bool:
        """Open, and today inside the application window (if one is set)."""
        if self.status != ProgramStatus.OPEN:
            return False
        if self.applications_open_on and today < self.applications_open_on:
            return False
        return not (self.applications_close_on and today > self.applications_close_on)

    def __repr__(self) -> str:
        return f"<Program {self.slug}>"


class ProgramLanguage(db.Model):  # type: ignore[name-defined]
    """A language the programme works in."""

    __tablename__ = "program_languages"

    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
