"""The migrations build exactly the schema the models describe, and undo it cleanly."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from flask_migrate import downgrade, upgrade
from sqlalchemy import CheckConstraint, create_engine, inspect, text

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


def test_upgrade_creates_the_partial_unique_index_for_active_matches(migration_app):
    upgrade()

    indexes = {i["name"]: i for i in inspect(db.engine).get_indexes("matches")}
    assert indexes["uq_matches_active_mentee"]["unique"]
