"""Factory fixtures: each returns a callable that makes one committed object with defaults."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from flask import Flask

from web.extensions import db
from web.models import (
    Application,
    ApplicationStatus,
    ChoiceKind,
    LanguageLevel,
    Meeting,
    Membership,
    Organization,
    Program,
    ProgramStatus,
    Role,
    User,
    utcnow,
)
from web.security import hash_password
from web.services.applications import CONSENT_VERSION

PASSWORD = "correct horse battery"
_counter = itertools.count(1)
_password_hash: dict[str, str] = {}


def _hash(password: str) -> str:
    """Hashing is slow by design; tests reuse one hash per password."""
    if password not in _password_hash:
        _password_hash[password] = hash_password(password)
    return _password_hash[password]


@pytest.fixture
def make_user(app: Flask) -> Callable[..., User]:
    def make(
        email: str | None = None,
        *,
        name: str | None = None,
        password: str = PASSWORD,
        verified: bool = True,
        locale: str = "en",
        coordinator_of: Organization | None = None,
        **overrides: Any,
    ) -> User:
        n = next(_counter)
        user = User(
            email=email or f"person{n}@example.org",
            name=name or f"Person {n}",
            password_hash=_hash(password),
            locale=locale,
            email_verified_at=utcnow() if verified else None,
            **overrides,
        )
        db.session.add(user)
        if coordinator_of is not None:
            db.session.add(Membership(user=user, organization=coordinator_of))
        db.session.commit()
        return user

    return make


@pytest.fixture
def make_org(app: Flask) -> Callable[..., Organization]:
    def make(name: str | None = None, slug: str | None = None) -> Organization:
        n = next(_counter)
        organization = Organization(name=name or f"Organisation {n}", slug=slug or f"org-{n}")
        db.session.add(organization)
        db.session.commit()
        return organization

    return make


@pytest.fixture
def make_program(app: Flask, make_org: Callable[..., Organization]) -> Callable[..., Program]:
    def make(organization: Organization | None = None, **overrides: Any) -> Program:
        n = next(_counter)
        today = date.today()
        values: dict[str, Any] = {
            "slug": f"programme-{n}",
            "name": f"Programme {n}",
            "summary": "Find a mentor in your field.",
            "audience": "People who moved to Finland.",
            "description": "Six months of meetings with a mentor.",
            "pairing": "Coordinators pair people by field and language.",
            "duration_months": 6,
            "commitment": "4–8 hours a month",
            "status": ProgramStatus.OPEN,
            "applications_open_on": today - timedelta(days=10),
            "applications_close_on": today + timedelta(days=30),
        }
        languages = overrides.pop("languages", ["fi", "sv", "en"])
        values.update(overrides)
        program = Program(organization=organization or make_org(), **values)
        program.languages = languages
        db.session.add(program)
        db.session.commit()
        return program

    return make


@pytest.fixture
def make_application(
    app: Flask, make_user: Callable[..., User], make_program: Callable[..., Program]
) -> Callable[..., Application]:
    def make(
        program: Program | None = None,
        user: User | None = None,
        role: Role | str = Role.MENTEE,
        *,
        languages: dict[str, str] | None = None,
        fields: list[str] | None = None,
        topics: list[str] | None = None,
        availability: list[str] | None = None,
        **overrides: Any,
    ) -> Application:
        role = Role(role)
        values: dict[str, Any] = {
            "status": ApplicationStatus.SUBMITTED,
            "background": "I studied economics and worked as an accountant for five years.",
            "goals": "I want to find work in finance and learn Finnish working life.",
            "region": "FI-18",
            "meeting": Meeting.EITHER,
            "capacity": 2 if role == Role.MENTOR else None,
            "consent_at": utcnow(),
            "consent_version": CONSENT_VERSION,
        }
        values.update(overrides)
        application = Application(
            program=program or make_program(), user=user or make_user(), role=role, **values
        )
        application.set_languages(
            {code: LanguageLevel(level) for code, level in (languages or {"en": "fluent"}).items()}
        )
        application.set_choices(ChoiceKind.FIELD, fields or ["finance"])
        application.set_choices(ChoiceKind.TOPIC, topics or ["job_search"])
        application.set_choices(ChoiceKind.AVAILABILITY, availability or [])
        db.session.add(application)
        db.session.commit()
        return application

    return make


@pytest.fixture
def coordinator(make_org: Callable[..., Organization], make_user: Callable[..., User]) -> User:
    """A coordinator of a fresh organisation."""
    return make_user("coordinator@example.org", coordinator_of=make_org("Luckan Integration"))
