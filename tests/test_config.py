from __future__ import annotations

import pytest
from sqlalchemy import select

from web import ConfigurationError, create_app
from web.config import from_environment
from web.extensions import db
from web.models import Membership, Organization, User
from web.security import check_password


def test_the_app_refuses_to_start_without_a_secret_key_in_production(monkeypatch):
    monkeypatch.delenv("SILTA_SECRET_KEY", raising=False)

    with pytest.raises(ConfigurationError, match="SILTA_SECRET_KEY"):
        create_app({"DEBUG": False, "TESTING": False})


def test_without_a_database_url_the_app_uses_sqlite_in_the_instance_folder(monkeypatch):
    monkeypatch.delenv("SILTA_DATABASE_URL", raising=False)

    app = create_app({"SECRET_KEY": "x" * 32})

    assert app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///")
    assert app.config["SQLALCHEMY_DATABASE_URI"].endswith("/instance/silta.db")


def test_settings_come_from_silta_environment_variables():
    settings = from_environment(
        {"SILTA_MAIL_PORT": "2525", "SILTA_MAIL_USE_TLS": "yes", "SILTA_SECRET_KEY": "s3cret"}
    )

    assert (settings["MAIL_PORT"], settings["MAIL_USE_TLS"], settings["SECRET_KEY"]) == (
        2525,
        True,
        "s3cret",
    )


@pytest.mark.parametrize(
    ("name", "value"), [("SILTA_MAIL_PORT", "lots"), ("SILTA_MAIL_USE_TLS", "maybe")]
)
def test_a_malformed_setting_is_a_clear_error(name, value):
    with pytest.raises(ValueError, match=name):
        from_environment({name: value})


def test_production_cookies_are_secure_and_strict_transport_is_sent(app, client):
    app.config.update(SESSION_COOKIE_SECURE=True)

    response = client.get("/")

    assert "max-age=31536000" in response.headers["Strict-Transport-Security"]


def test_create_org_makes_an_organisation_with_its_first_coordinator(runner):
    result = runner.invoke(
        args=[
            "create-org",
            "Luckan Integration",
            "--slug",
            "luckan",
            "--coordinator-email",
            "Anna@Luckan.example",
            "--coordinator-name",
            "Anna Lindqvist",
            "--password",
            "a long enough password",
        ]
    )

    assert result.exit_code == 0, result.output
    membership = db.session.scalars(select(Membership)).one()
    assert membership.organization.slug == "luckan"
    assert membership.user.email == "anna@luckan.example"
    assert membership.user.is_verified
    assert check_password(membership.user, "a long enough password")


def test_create_org_refuses_a_taken_slug_and_a_short_password(runner, make_org):
    make_org("Luckan", "luckan")
    base = ["create-org", "X", "--coordinator-email", "x@example.org", "--coordinator-name", "X"]

    taken = runner.invoke(args=[*base, "--slug", "luckan", "--password", "long enough pw"])
    short = runner.invoke(args=[*base, "--slug", "other", "--password", "short"])

    assert taken.exit_code != 0
    assert "already exists" in taken.output
    assert short.exit_code != 0
    assert "at least 10" in short.output
    assert db.session.scalars(select(Organization.slug)).all() == ["luckan"]
    assert db.session.scalars(select(User)).all() == []
