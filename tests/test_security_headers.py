"""Headers on every page, sessions that end, and a 503 when the database is gone."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from flask import url_for
from sqlalchemy import func, select, text

from web import create_app
from web.extensions import db
from web.models import Application, UserSession, utcnow

from .conftest import TEST_SETTINGS, is_postgres
from .factories import PASSWORD
from .test_access import ACCESS, url_values


def get_routes(app, world):
    values = {**url_values(world), "application_id": world.ids["a"]["mentee_application"]}
    for endpoint, method in sorted(ACCESS):
        if method != "GET":
            continue
        rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
        with app.test_request_context():
            yield url_for(endpoint, **{name: values[name] for name in rule.arguments})


@pytest.mark.parametrize("who", ["visitor", "coordinator@luckan.example"])
def test_every_get_route_sends_the_security_headers(app, client, auth, world, who):
    app.config["SESSION_COOKIE_SECURE"] = True  # as in production
    if who != "visitor":
        auth.login(who)

    for url in get_routes(app, world):
        response = client.get(url)
        csp = response.headers.get("Content-Security-Policy", "")
        assert "script-src 'self'" in csp, url
        assert "'unsafe-inline'" not in csp, url
        for directive in ("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"):
            assert directive in csp, (url, directive)
        assert response.headers["X-Content-Type-Options"] == "nosniff", url
        assert response.headers["Referrer-Policy"] == "same-origin", url
        assert "max-age=" in response.headers["Strict-Transport-Security"], url
        if who != "visitor":
            assert response.headers["Cache-Control"] == "no-store", url


def test_session_cookie_is_httponly_lax_and_secure_in_production(app, client, make_user):
    app.config["SESSION_COOKIE_SECURE"] = True
    make_user("amina@example.org")

    https = "https://localhost"
    page = client.get("/login", base_url=https).get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    response = client.post(
        "/login",
        data={"csrf_token": token, "email": "amina@example.org", "password": PASSWORD},
        base_url=https,
        headers={"Referer": f"{https}/login"},  # Flask-WTF checks it on HTTPS, as browsers send
    )

    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("session="))
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" in cookie


def test_production_defaults_to_secure_cookies(monkeypatch):
    monkeypatch.delenv("SILTA_SESSION_COOKIE_SECURE", raising=False)

    production = create_app({"SECRET_KEY": "x" * 32, "DATABASE_URL": "sqlite://"})
    development = create_app({"SECRET_KEY": "x" * 32, "DATABASE_URL": "sqlite://", "DEBUG": True})

    assert production.config["SESSION_COOKIE_SECURE"] is True
    assert development.config["SESSION_COOKIE_SECURE"] is False


def test_logging_in_clears_what_the_session_held_before(client, make_user):
    make_user("amina@example.org")
    with client.session_transaction() as session:
        session["planted"] = "by an attacker"

    client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})

    with client.session_transaction() as session:
        assert "planted" not in session


def test_a_session_ends_after_the_absolute_time_out(client, make_user, app):
    make_user("amina@example.org")
    client.post_form("/login", {"email": "amina@example.org", "password": PASSWORD})
    login_session = db.session.scalar(select(UserSession))
    login_session.created_at = utcnow() - timedelta(
        hours=app.config["SESSION_ABSOLUTE_HOURS"], minutes=1
    )
    db.session.commit()

    assert client.get("/me").status_code == 302


def test_error_pages_are_translated_with_an_id_and_no_traceback(client):
    response = client.get("/no/such/page", headers={"Accept-Language": "sv"})
    page = response.get_data(as_text=True)

    assert response.status_code == 404
    assert "Sidan hittades inte" in page
    assert "Traceback" not in page
    assert "Felkod 404" in page


def test_an_unreachable_database_gives_a_503_with_retry_after(tmp_path):
    broken = create_app(
        {**TEST_SETTINGS, "PROPAGATE_EXCEPTIONS": False,
         "DATABASE_URL": f"sqlite:///{tmp_path}/missing/folder/silta.db"}
    )  # fmt: skip
    broken.config["SQLALCHEMY_DATABASE_URI"] = broken.config["DATABASE_URL"]

    response = broken.test_client().get("/", headers={"Accept-Language": "fi"})

    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    assert "Traceback" not in response.get_data(as_text=True)


def test_a_write_cut_off_half_way_is_rolled_back_whole(app, client, auth, make_user,
                                                       make_program, monkeypatch):  # fmt: skip
    if not is_postgres(app):
        pytest.skip("killing the server side of the connection is a PostgreSQL test")
    app.config["PROPAGATE_EXCEPTIONS"] = False
    make_user("amina@example.org")
    auth.login("amina@example.org")
    program = make_program()
    from web.services import applications

    def connection_dies(*args, **kwargs):
        # The application row is already flushed; now the database goes away.
        db.session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))

    monkeypatch.setattr(applications.mail, "queue", connection_dies)
    response = client.post_form(
        f"/programmes/{program.organization.slug}/{program.slug}/apply/mentee",
        {"region": "FI-18", "languages-0-code": "en", "languages-0-level": "fluent",
         "fields": ["it"], "topics": ["cv"], "meeting": "online", "consent": "y",
         "background": "I studied computer science in Kyiv.",
         "goals": "I want my first job in a Finnish software team."},
    )  # fmt: skip

    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    db.session.remove()
    assert db.session.scalar(select(func.count(Application.id))) == 0
