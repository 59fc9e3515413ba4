"""Choosing the interface language: the account's, then the visitor's cookie, then the browser's."""

from __future__ import annotations

from flask import Flask, request
from flask_babel import get_locale
from flask_login import current_user
from werkzeug.wrappers import Response

from web.models import LOCALES

#: Remembers a visitor's choice of language for a year.
LOCALE_COOKIE = "silta_lang"
LOCALE_COOKIE_MAX_AGE = 365 * 24 * 3600

#: Each language's name in itself, for the switcher.
LOCALE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}

#: When the browser asks for none of our languages. English: people new to
#: Finland more often read it than Finnish or Swedish.
FALLBACK_LOCALE = "en"


def select_locale() -> str:
    if current_user and current_user.is_authenticated and current_user.locale in LOCALES:
        return str(current_user.locale)
    chosen = request.cookies.get(LOCALE_COOKIE)
    if chosen in LOCALES:
        return str(chosen)
    return request.accept_languages.best_match(LOCALES) or FALLBACK_LOCALE


def remember_locale(response: Response, locale: str) -> None:
    response.set_cookie(
        LOCALE_COOKIE,
        locale,
        max_age=LOCALE_COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=bool(request.is_secure),
    )


def current_locale() -> str:
    return str(get_locale() or FALLBACK_LOCALE)


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(
        get_locale=current_locale, LOCALES=LOCALES, LOCALE_NAMES=LOCALE_NAMES
    )
