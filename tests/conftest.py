"""Shared fixtures: the app on a real database, a client that carries CSRF tokens, factories.

The database is chosen by ``SILTA_TEST_DATABASE_URL``: unset or ``sqlite`` means a
SQLite file in a temporary folder; a PostgreSQL URL must be reachable, or the run
fails (it never silently skips). The schema is created once per run; every test
starts from empty tables.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask, has_app_context
from flask.testing import FlaskClient
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from werkzeug.test import TestResponse

from web import create_app
from web.extensions import db

pytest_plugins = ["tests.factories", "tests.mailserver", "tests.browser", "tests.security_world"]

PASSWORD = "correct horse battery"


def _database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = os.environ.get("SILTA_TEST_DATABASE_URL", "sqlite")
    if url == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('db') / 'silta-test.db'}"
    try:
        engine = create_engine(url)
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
    except OperationalError as error:
        pytest.exit(f"The test database {url} is unreachable: {error}", returncode=3)
    return url


def is_postgres(app: Flask) -> bool:
    return str(app.config["SQLALCHEMY_DATABASE_URI"]).startswith("postgresql")


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _database_url(tmp_path_factory)


TEST_SETTINGS: dict[str, Any] = {
    "TESTING": True,
    "SECRET_KEY": "test-secret-key-not-for-production",
    "OUTBOX_DELIVERY": "manual",
    "RATELIMITS": False,  # the rate-limit tests switch them on
    "MAIL_BACKEND": "smtp",
    "MAIL_SERVER": "127.0.0.1",
    "MAIL_PORT": 1,  # nothing listens: a test that sends mail starts its own server
    "MAIL_TIMEOUT": 2,
}


@pytest.fixture(scope="session")
def app(database_url: str) -> Iterator[Flask]:
    app = create_app({**TEST_SETTINGS, "DATABASE_URL": database_url})
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url
    app.test_client_class = SiltaClient
    with app.app_context():
        db.drop_all()
        db.create_all()
    yield app
    with app.app_context():
        db.drop_all()
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _fresh_state(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each test that uses the app starts with empty tables and the default settings."""
    if "app" not in request.fixturenames:
        yield
        return
    app: Flask = request.getfixturevalue("app")
    saved = dict(app.config)
    ctx = app.app_context()
    ctx.push()
    try:
        yield
    finally:
        db.session.remove()
        _empty_tables(app)
        ctx.pop()
        app.config.clear()
        app.config.update(saved)


def _empty_tables(app: Flask) -> None:
    """DELETE, not TRUNCATE: on tables this small it is several times faster on PostgreSQL."""
    with db.engine.begin() as connection:
        for table in reversed(db.metadata.sorted_tables):
            connection.execute(table.delete())


class SiltaClient(FlaskClient):
    """A test client that fills in the CSRF token as a browser would.

    Each request runs in an app context of its own, as in production: its own
    database session and its own ``g``. Afterwards the test's transaction ends
    (committing anything the test left pending), so that the test sees what the
    request committed.
    """

    def open(self, *args: Any, **kwargs: Any) -> TestResponse:
        with self.application.app_context():
            response = super().open(*args, **kwargs)
        if has_app_context():
            # End the test's transaction: its snapshot predates what the request wrote.
            db.session.commit()
        return response

    def csrf_token(self) -> str:
        page = self.get("/", headers={"Accept-Language": "en"})
        match = re.search(r'name="csrf_token" value="([^"]+)"', page.get_data(as_text=True))
        assert match, "no CSRF token on the front page"
        return match.group(1)

    def post_form(
        self, url: str, data: dict[str, Any] | None = None, **kwargs: Any
    ) -> TestResponse:
        form = {"csrf_token": self.csrf_token(), **(data or {})}
        return self.post(url, data=form, **kwargs)


@pytest.fixture
def client(app: Flask) -> SiltaClient:
    return app.test_client()  # type: ignore[return-value]


@pytest.fixture
def runner(app: Flask) -> Any:
    return app.test_cli_runner()


class AuthActions:
    def __init__(self, client: SiltaClient) -> None:
        self.client = client

    def login(self, email: str, password: str = PASSWORD) -> TestResponse:
        response = self.client.post_form("/login", {"email": email, "password": password})
        assert response.status_code == 302, "log-in failed"
        return response

    def logout(self) -> TestResponse:
        return self.client.post_form("/logout")


@pytest.fixture
def auth(client: SiltaClient) -> AuthActions:
    return AuthActions(client)
