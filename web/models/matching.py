"""Matching: settings per programme, runs with their proposals, rules, and confirmed matches."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from web.extensions import db
from web.models.accounts import User
from web.models.applications import Application
from web.models.programmes import Program
from web.models.types import UTCDateTime, str_enum, utcnow


class Objective(enum.StrEnum):
    #: As many mentees matched as possible, then the highest total score.
    COVERAGE = "coverage"
    #: As many matched as possible, then the highest lowest score, then the total.
    BALANCED = "balanced"


#: The score components, in the order the settings page shows them.
COMPONENTS = ("fields", "topics", "text", "languages", "availability", "region")


class MatchSettings(db.Model):  # type: ignore[name-defined]
    """How a programme's matching weighs things. One row per programme, made on first use."""

    __tablename__ = "match_settings"
    __table_args__ = tuple(
        CheckConstraint(f"weight_{name} BETWEEN 0 AND 10", name=f"weight_{name}")
        for name in COMPONENTS
    ) + (CheckConstraint("min_score >= 0 AND min_score <= 1", name="min_score"),)

    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True
    )
    #: Weights 0–10; the engine normalises them.
    weight_fields: Mapped[int] = mapped_column(default=5)
    weight_topics: Mapped[int] = mapped_column(default=3)
    weight_text: Mapped[int] = mapped_column(default=3)
    weight_languages: Mapped[int] = mapped_column(default=2)
    weight_availability: Mapped[int] = mapped_column(default=2)
    weight_region: Mapped[int] = mapped_column(default=1)
    objective: Mapped[Objective] = mapped_column(
        str_enum(Objective, "objective"), default=Objective.COVERAGE
    )
    #: Pairs scoring below this (0–1) are not proposed.
    min_score: Mapped[float] = mapped_column(default=0.0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    program: Mapped[Program] = relationship()

    def weights(self) -> dict[str, int]:
        return {name: getattr(self, f"weight_{name}") for name in COMPONENTS}

    @classmethod
    def defaults(cls, program_id: int) -> MatchSettings:
        """Unsaved settings with the column defaults filled in (for showing, not storing)."""
        values = {
            column.name: column.default.arg
            for column in cls.__table__.columns
            if column.default is not None and not callable(column.default.arg)
        }
        return cls(program_id=program_id, **values)


class RunSource(enum.StrEnum):
    WEB = "web"
    CLI = "cli"


class MatchRun(db.Model):  # type: ignore[name-defined]
    """One run of the matching engine over a programme's pool, with its figures."""

    __tablename__ = "match_runs"
    __table_args__ = (Index("ix_match_runs_program_time", "program_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    source: Mapped[RunSource] = mapped_column(str_enum(RunSource, "source"), default=RunSource.WEB)
    #: The weights, objective and minimum score the run used.
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)
    mentee_count: Mapped[int]
    mentor_count: Mapped[int]
    #: Places the mentors offered (sum of free capacity).
    capacity_count: Mapped[int]
    matched_count: Mapped[int]
    mean_score: Mapped[float | None]
    lowest_score: Mapped[float | None]
    #: Seconds per stage, as the engine measured them, plus the whole request.
    timings: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: The mentor applications in the pool, so that alternatives are scored on the
    #: same cohort later (mentees are the run's proposals).
    mentor_ids: Mapped[list[int]] = mapped_column(JSON, default=list)

    program: Mapped[Program] = relationship()
    created_by: Mapped[User | None] = relationship()
    proposals: Mapped[list[Proposal]] = relationship(
        back_populates="run", cascade="all, delete-orphan", passive_deletes=True
    )


class ProposalState(enum.StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"
    CONFIRMED = "confirmed"


class ProposalOrigin(enum.StrEnum):
    #: As the engine proposed it.
    ENGINE = "engine"
    #: A coordinator chose another mentor.
    COORDINATOR = "coordinator"


class Proposal(db.Model):  # type: ignore[name-defined]
    """A run's answer for one mentee: a proposed mentor, or why there is none."""

    __tablename__ = "proposals"
    __table_args__ = (
        UniqueConstraint("run_id", "mentee_id"),
        CheckConstraint("(mentor_id IS NULL) = (score IS NULL)", name="mentor_has_score"),
        CheckConstraint(
            "mentor_id IS NOT NULL OR (state IN ('proposed', 'rejected') AND NOT locked)",
            name="unmatched_state",
        ),
        Index("ix_proposals_mentor", "mentor_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("match_runs.id", ondelete="CASCADE"))
    mentee_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    score: Mapped[float | None]
    #: Score per component, each 0–1.
    parts: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    #: Reason codes with parameters, translated when shown.
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    #: Why no mentor could be given (a reason code with parameters), when mentor_id is NULL.
    unmatched_reason: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    state: Mapped[ProposalState] = mapped_column(
        str_enum(ProposalState, "state"), default=ProposalState.PROPOSED
    )
    #: Kept as it is when the matching runs again.
    locked: Mapped[bool] = mapped_column(default=False)
    origin: Mapped[ProposalOrigin] = mapped_column(
        str_enum(ProposalOrigin, "origin"), default=ProposalOrigin.ENGINE
    )
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    run: Mapped[MatchRun] = relationship(back_populates="proposals")
    mentee: Mapped[Application] = relationship(foreign_keys=[mentee_id])
    mentor: Mapped[Application | None] = relationship(foreign_keys=[mentor_id])


class PairRuleKind(enum.StrEnum):
    FORBIDDEN = "forbidden"


class PairRule(db.Model):  # type: ignore[name-defined]
    """A coordinator's rule about one mentee–mentor pair, honoured by every later run."""

    __tablename__ = "pair_rules"
    __table_args__ = (UniqueConstraint("program_id", "mentee_id", "mentor_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    mentee_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    mentor_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    kind: Mapped[PairRuleKind] = mapped_column(
        str_enum(PairRuleKind, "kind"), default=PairRuleKind.FORBIDDEN
    )
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    mentee: Mapped[Application] = relationship(foreign_keys=[mentee_id])
    mentor: Mapped[Application] = relationship(foreign_keys=[mentor_id])


class MatchState(enum.StrEnum):
    ACTIVE = "active"
    #: The programme ended for this pair (or a coordinator ended it).
    ENDED = "ended"
    #: A coordinator cancelled it.
    CANCELLED = "cancelled"
    #: The mentor declined it.
    DECLINED = "declined"


class Match(db.Model):  # type: ignore[name-defined]
    """A confirmed mentee–mentor pair.

    The database keeps the rules even under concurrent confirmations: a partial
    unique index allows one active match per mentee, and the mentor's
    ``active_matches`` counter (updated in the same transaction, under a row
    lock) has a check constraint that keeps it within the capacity.
    """

    __tablename__ = "matches"
    __table_args__ = (
        Index(
            "uq_matches_active_mentee",
            "mentee_id",
            unique=True,
            sqlite_where=text("state = 'active'"),
            postgresql_where=text("state = 'active'"),
        ),
        Index("ix_matches_mentor_state", "mentor_id", "state"),
        Index("ix_matches_program", "program_id"),
        CheckConstraint("mentee_id <> mentor_id", name="two_people"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    mentee_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    mentor_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposals.id", ondelete="SET NULL"))
    state: Mapped[MatchState] = mapped_column(
        str_enum(MatchState, "state"), default=MatchState.ACTIVE
    )
    score: Mapped[float | None]
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: Why it was ended, cancelled or declined, in the words of whoever did it.
    close_reason: Mapped[str] = mapped_column(Text, default="")

    program: Mapped[Program] = relationship()
    mentee: Mapped[Application] = relationship(foreign_keys=[mentee_id])
    mentor: Mapped[Application] = relationship(foreign_keys=[mentor_id])
    confirmed_by: Mapped[User | None] = relationship(foreign_keys=[confirmed_by_id])
    closed_by: Mapped[User | None] = relationship(foreign_keys=[closed_by_id])
