"""The migrations build exactly the schema the models describe, and undo it cleanly."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from flask_migrate import downgrade, upgrade
from sqlalchemy import CheckConstraint, create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from web import create_app
from web.extensions import db

from .conftest import TEST_SETTINGS


@pytest.fixture
def empty_database(database_url: str, tmp_path) -> Iterator[str]:
    """A database (SQLite file) or schema (PostgreSQL) with nothing in it."""
    if database_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'migrations.db'}"
        return
    schema = f"silta_migrations_{uuid.uuid4().hex[:8]}"
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in database_url else "?"
    yield f"{database_url}{separator}options=-csearch_path%3D{schema}"
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


@pytest.fixture
def migration_app(empty_database: str) -> Iterator[Flask]:
    app = create_app({**TEST_SETTINGS, "DATABASE_URL": empty_database})
    app.config["SQLALCHEMY_DATABASE_URI"] = empty_database
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


def test_upgrade_from_empty_matches_the_models(migration_app):
    upgrade()

    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), db.metadata)
    assert differences == []


def test_downgrade_to_base_removes_everything(migration_app):
    upgrade()
    downgrade(revision="base")

    tables = set(inspect(db.engine).get_table_names())
    assert tables <= {"alembic_version"}


def test_upgrade_after_downgrade_works_again(migration_app):
    upgrade()
    downgrade(revision="base")
    upgrade()

    assert "applications" in inspect(db.engine).get_table_names()


def test_upgrade_creates_every_check_constraint_of_the_models(migration_app):
    """Autogenerate does not compare CHECK constraints, so this test does."""
    upgrade()

    inspector = inspect(db.engine)
    for table in db.metadata.sorted_tables:
        expected = {
            constraint.name
            for constraint in table.constraints
            if isinstance(constraint, CheckConstraint)
        }
        found = {c["name"] for c in inspector.get_check_constraints(table.name)}
        assert expected <= found, (table.name, expected - found)


def test_upgrade_allows_one_active_match_per_mentee_and_any_number_of_ended(migration_app):
    upgrade()
    # Plain SQL with bound values: the tables as the migrations made them, not the models.
    now = datetime(2027, 1, 1, 10, 0)
    stamps = {"now": now}
    rows = [
        (
            "INSERT INTO organizations (id, name, slug, created_at, privacy_notice,"
            " privacy_contact) VALUES (1, 'O', 'o', :now, '', '')",
            stamps,
        ),
        (
            "INSERT INTO programs (id, organization_id, slug, name, summary, audience,"
            " description, pairing, duration_months, commitment, status, asks_gender,"
            " allows_gender_wish, created_at, updated_at) VALUES (1, 1, 'p', 'P', 's', 'a',"
            " 'd', '', 6, '', 'open', false, false, :now, :now)",
            stamps,
        ),
        *(
            (
                "INSERT INTO users (id, email, password_hash, name, locale, active, is_admin,"
                " created_at, password_changed_at) VALUES (:id, :email, 'h', 'U', 'en', true,"
                " false, :now, :now)",
                {"id": n, "email": f"u{n}@x.org", **stamps},
            )
            for n in (1, 2)
        ),
        *(
            (
                "INSERT INTO applications (id, program_id, user_id, role, status, background,"
                " goals, meeting, capacity, paused, consent_at, consent_version,"
                " coordinator_note, submitted_at, updated_at, active_matches) VALUES (:id, 1,"
                " :id, :role, 'accepted', '', '', 'either', :capacity, false, :now, 'v', '',"
                " :now, :now, 0)",
                {"id": n, "role": role, "capacity": capacity, **stamps},
            )
            for n, role, capacity in ((1, "mentee", None), (2, "mentor", 5))
        ),
    ]
    match = text(
        "INSERT INTO matches (program_id, mentee_id, mentor_id, state, confirmed_at,"
        " close_reason) VALUES (1, 1, 2, :state, :now, '')"
    )
    with db.engine.begin() as connection:
        for statement, values in rows:
            connection.execute(text(statement), values)
        for state in ("ended", "ended", "active"):
            connection.execute(match, {"state": state, **stamps})
    with pytest.raises(IntegrityError), db.engine.begin() as connection:
        connection.execute(match, {"state": "active", **stamps})
