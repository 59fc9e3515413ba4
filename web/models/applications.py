"""Applications to programmes, with the profile that matching uses."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from web.extensions import db
from web.models.accounts import User
from web.models.programmes import Program
from web.models.types import UTCDateTime, str_enum, utcnow


class Role(enum.StrEnum):
    MENTEE = "mentee"
    MENTOR = "mentor"


class ApplicationStatus(enum.StrEnum):
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    WAITLISTED = "waitlisted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class Meeting(enum.StrEnum):
    ONLINE = "online"
    IN_PERSON = "in_person"
    EITHER = "either"


class LanguageLevel(enum.StrEnum):
    BASIC = "basic"
    GOOD = "good"
    FLUENT = "fluent"
    NATIVE = "native"


class ChoiceKind(enum.StrEnum):
    FIELD = "field"
    TOPIC = "topic"
    AVAILABILITY = "availability"


class Gender(enum.StrEnum):
    WOMAN = "woman"
    MAN = "man"
    NON_BINARY = "non_binary"


#: Mentor capacity: how many mentees at once.
CAPACITY_MIN, CAPACITY_MAX = 1, 5


class Application(db.Model):  # type: ignore[name-defined]
    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("program_id", "user_id", "role"),
        CheckConstraint(
            f"(role = 'mentor' AND capacity BETWEEN {CAPACITY_MIN} AND {CAPACITY_MAX})"
            " OR (role = 'mentee' AND capacity IS NULL)",
            name="capacity",
        ),
        CheckConstraint(
            "role = 'mentee' OR wants_mentor_gender IS NULL", name="gender_wish_mentee"
        ),
        CheckConstraint("role = 'mentor' OR NOT paused", name="pause_mentor"),
        CheckConstraint(
            "active_matches >= 0 AND active_matches <= COALESCE(capacity, 1)",
            name="active_matches_within_capacity",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"))
    status: Mapped[ApplicationStatus] = mapped_column(
        str_enum(ApplicationStatus, "status"), default=ApplicationStatus.SUBMITTED, index=True
    )
    phone: Mapped[str | None] = mapped_column(String(40))
    #: Education and work history, in the applicant's words.
    background: Mapped[str] = mapped_column(Text, default="")
    #: Mentee: what they hope to reach. Mentor: what they can offer.
    goals: Mapped[str] = mapped_column(Text, default="")
    #: ISO 3166-2:FI region code, such as ``FI-18`` for Uusimaa.
    region: Mapped[str | None] = mapped_column(String(8))
    meeting: Mapped[Meeting] = mapped_column(str_enum(Meeting, "meeting"), default=Meeting.EITHER)
    #: Mentors only: how many mentees at once.
    capacity: Mapped[int | None]
    #: Mentors only: takes no new mentees for now.
    paused: Mapped[bool] = mapped_column(default=False)
    #: Active confirmed matches; kept in step with ``matches`` in the same transaction,
    #: and the check constraint keeps it within the capacity (one for a mentee).
    active_matches: Mapped[int] = mapped_column(default=0, server_default="0")
    #: Asked only where the programme asks it.
    gender: Mapped[Gender | None] = mapped_column(str_enum(Gender, "gender"))
    #: Mentees only, where the programme allows it: a mentor of this gender.
    wants_mentor_gender: Mapped[Gender | None] = mapped_column(
        str_enum(Gender, "wants_mentor_gender")
    )
    consent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: When the applicant withdrew (and their answers were erased).
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: Version of the consent text the applicant agreed to.
    consent_version: Mapped[str] = mapped_column(String(20))
    #: Seen by coordinators only.
    coordinator_note: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    program: Mapped[Program] = relationship(back_populates="applications")
    user: Mapped[User] = relationship(back_populates="applications", foreign_keys=[user_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])
    language_rows: Mapped[list[ApplicationLanguage]] = relationship(
        cascade="all, delete-orphan", order_by="ApplicationLanguage.code"
    )
    choice_rows: Mapped[list[ApplicationChoice]] = relationship(
        cascade="all, delete-orphan", order_by="(ApplicationChoice.kind, ApplicationChoice.code)"
    )

    # -- profile helpers -------------------------------------------------

    @property
    def languages(self) -> dict[str, LanguageLevel]:
        return {row.code: row.level for row in self.language_rows}

    def set_languages(self, levels: dict[str, LanguageLevel]) -> None:
        existing = {row.code: row for row in self.language_rows}
        rows = []
        for code, level in levels.items():
            row = existing.get(code) or ApplicationLanguage(code=code)
            row.level = level
            rows.append(row)
        self.language_rows = rows

    def choices(self, kind: ChoiceKind) -> list[str]:
        return [row.code for row in self.choice_rows if row.kind == kind]

    def set_choices(self, kind: ChoiceKind, codes: list[str]) -> None:
        keep = [row for row in self.choice_rows if row.kind != kind]
        existing = {row.code: row for row in self.choice_rows if row.kind == kind}
        wanted = [existing.get(code) or ApplicationChoice(kind=kind, code=code) for code in codes]
        self.choice_rows = keep + wanted

    @property
    def fields(self) -> list[str]:
        return self.choices(ChoiceKind.FIELD)

    @property
    def topics(self) -> list[str]:
        return self.choices(ChoiceKind.TOPIC)

    @property
    def availability(self) -> list[str]:
        return self.choices(ChoiceKind.AVAILABILITY)

    @property
    def is_open(self) -> bool:
        """Still in play: not rejected or withdrawn."""
        return self.status not in (ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)

    def __repr__(self) -> str:
        return f"<Application {self.id} {self.role} {self.status}>"


class ApplicationLanguage(db.Model):  # type: ignore[name-defined]
    __tablename__ = "application_languages"

    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True
    )
    #: ISO 639-1 code from the controlled vocabulary.
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    level: Mapped[LanguageLevel] = mapped_column(str_enum(LanguageLevel, "level"))


class ApplicationChoice(db.Model):  # type: ignore[name-defined]
    """A code from a controlled vocabulary: a field, a topic or an availability window."""

    __tablename__ = "application_choices"

    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[ChoiceKind] = mapped_column(str_enum(ChoiceKind, "kind"), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
