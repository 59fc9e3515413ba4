"""People, organisations, memberships and login sessions."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from flask_login import UserMixin
from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from web.extensions import db
from web.models.types import UTCDateTime, str_enum, utcnow

if TYPE_CHECKING:
    from web.models.applications import Application
    from web.models.programmes import Program

#: The languages the interface speaks.
LOCALES = ("fi", "sv", "en")


class User(UserMixin, db.Model):  # type: ignore[name-defined]
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("locale IN ('fi', 'sv', 'en')", name="locale"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Stored lower-cased; the unique index makes it the log-in name.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(String(120))
    #: The language of the interface and of e-mails to this person.
    locale: Mapped[str] = mapped_column(String(5), default="en")
    email_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    active: Mapped[bool] = mapped_column(default=True)
    is_admin: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: Changes whenever the password changes; tokens issued before it die.
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: Set when the person deleted the account: the row stays, anonymised, so that
    #: programmes' figures stay right.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )
    sessions: Mapped[list[UserSession]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )
    applications: Mapped[list[Application]] = relationship(
        back_populates="user", foreign_keys="Application.user_id"
    )

    #: The login session this request runs under (set by the user loader; not a column).
    current_session = None  # type: UserSession | None

    @property
    def is_active(self) -> bool:  # Flask-Login asks this
        return self.active

    @property
    def is_verified(self) -> bool:
        return self.email_verified_at is not None

    @property
    def is_coordinator(self) -> bool:
        return bool(self.memberships)

    def get_id(self) -> str:
        """Flask-Login keeps this in the cookie: the login session's token, not the user id.

        A session row that is deleted (log-out, password change, time-out) makes a
        replayed cookie worthless.
        """
        if self.current_session is None or self.current_session.token is None:
            raise RuntimeError("user has no login session")
        return self.current_session.token

    def __repr__(self) -> str:
        return f"<User {self.id}>"


class UserSession(db.Model):  # type: ignore[name-defined]
    """One logged-in browser. Only a hash of its token is stored."""

    __tablename__ = "user_sessions"

    #: SHA-256 of the token that sits in the signed session cookie.
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: When the user last typed the password in this session (for sensitive actions).
    authenticated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(back_populates="sessions")

    #: The raw token, known only in the request that created or loaded it (not a column).
    token = None  # type: str | None


class Organization(db.Model):  # type: ignore[name-defined]
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    #: The organisation's own privacy notice; a general one is shown while it is empty.
    privacy_notice: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: Whom applicants can ask about their data.
    privacy_contact: Mapped[str] = mapped_column(String(254), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="organization", cascade="all, delete-orphan"
    )
    programs: Mapped[list[Program]] = relationship(back_populates="organization")

    def __repr__(self) -> str:
        return f"<Organization {self.slug}>"


class MembershipRole(enum.StrEnum):
    COORDINATOR = "coordinator"


class Membership(db.Model):  # type: ignore[name-defined]
    """A user's role in an organisation."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("user_id", "organization_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[MembershipRole] = mapped_column(
        str_enum(MembershipRole, "role"), default=MembershipRole.COORDINATOR
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(back_populates="memberships")
    organization: Mapped[Organization] = relationship(back_populates="memberships")
