"""The coordinator blueprint and the guard every coordinator view wears."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import Blueprint, abort
from flask_login import current_user, login_required

bp = Blueprint("coordinate", __name__)

F = TypeVar("F", bound=Callable[..., Any])


def coordinator_required(view: F) -> F:
    """Logged in and a member of at least one organisation; else 403."""

    @wraps(view)
    @login_required
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_coordinator:
            abort(403)
        return view(*args, **kwargs)

    return wrapped  # type: ignore[return-value]
