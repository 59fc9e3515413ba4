"""Silta's Flask application."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from web import config
from web.extensions import babel, csrf, db, limiter, login_manager, migrate

ROOT = Path(__file__).resolve().parent.parent


class ConfigurationError(RuntimeError):
    """The app cannot start with the configuration it was given."""


def create_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then ``SILTA_*`` environment variables, then ``overrides``."""
    app = Flask(
        __name__,
        instance_path=str(ROOT / "instance"),
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    settings = config.from_environment()
    settings.update(overrides or {})
    app.config.update(settings)
    if app.config["SESSION_COOKIE_SECURE"] is None:
        app.config["SESSION_COOKIE_SECURE"] = not (app.debug or app.config.get("TESTING"))
    app.config.update(config.flask_settings(app.config))
    app.config["BABEL_TRANSLATION_DIRECTORIES"] = str(ROOT / "translations")
    app.config.update(overrides or {})  # a test may override a derived setting too
    _resolve_database(app)
    _require_secret(app)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True)
    csrf.init_app(app)
    limiter.init_app(app)
    if app.config["PROXY_COUNT"]:
        count = int(app.config["PROXY_COUNT"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count)  # type: ignore[method-assign]

    from web import access, i18n, security

    babel.init_app(app, locale_selector=i18n.select_locale)
    i18n.init_app(app)
    login_manager.init_app(app)
    security.init_app(app)
    access.init_app(app)

    from web import mail, templating

    templating.init_app(app)
    mail.init_app(app)

    from web.navigation import IdConverter

    app.url_map.converters["int"] = IdConverter
    _register_blueprints(app)

    from web import cli

    cli.init_app(app)
    return app


def _resolve_database(app: Flask) -> None:
    if not app.config.get("SQLALCHEMY_DATABASE_URI"):
        Path(app.instance_path).mkdir(parents=True, exist_ok=True)
        app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{Path(app.instance_path) / 'silta.db'}"


def _require_secret(app: Flask) -> None:
    """Fail fast without a secret key, except in debug and tests (never a fixed fallback)."""
    if app.config.get("SECRET_KEY"):
        return
    if app.debug or app.testing:
        app.config["SECRET_KEY"] = secrets.token_urlsafe(32)
        app.logger.warning("SILTA_SECRET_KEY is not set: using a random key for this process.")
        return
    raise ConfigurationError(
        "SILTA_SECRET_KEY is not set. Generate one with "
        "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`."
    )


def _register_blueprints(app: Flask) -> None:
    from web.apply import bp as apply_bp
    from web.auth import bp as auth_bp
    from web.coordinate import bp as coordinate_bp
    from web.errors import bp as errors_bp
    from web.privacy import bp as privacy_bp
    from web.public import bp as public_bp

    app.register_blueprint(public_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(apply_bp)
    app.register_blueprint(coordinate_bp, url_prefix="/coordinate")
    app.register_blueprint(privacy_bp)
    app.register_blueprint(errors_bp)
