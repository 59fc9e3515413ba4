"""Deny by default: every endpoint needs a logged-in user unless it is marked public.

A view opts out with ``@public``; everything else is refused to visitors before
the view runs, so a forgotten ``@login_required`` cannot open a page. Roles on
top of that (coordinator, own organisation) are checked by the views and the
scoping helpers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask import Flask, current_app, request
from flask_login import current_user

from web.extensions import login_manager

F = TypeVar("F", bound=Callable[..., Any])

#: Endpoints Flask itself provides that anyone may reach.
ALWAYS_PUBLIC = frozenset({"static"})


def public(view: F) -> F:
    """Mark a view as open to visitors who are not logged in."""
    view.is_public = True  # type: ignore[attr-defined]
    return view


def is_public(endpoint: str | None) -> bool:
    if endpoint is None or endpoint in ALWAYS_PUBLIC:
        return True  # no endpoint: the request ends in 404 or 405 anyway
    view = current_app.view_functions.get(endpoint)
    return bool(getattr(view, "is_public", False))


def _deny_by_default() -> Any:
    if is_public(request.endpoint) or current_user.is_authenticated:
        return None
    return login_manager.unauthorized()


def init_app(app: Flask) -> None:
    app.before_request(_deny_by_default)
