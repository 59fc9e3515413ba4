"""Redirects that stay on this site."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import request, url_for
from werkzeug.routing import IntegerConverter, Map

#: The largest id a database integer column holds (PostgreSQL's ``integer``).
MAX_ID = 2**31 - 1


class IdConverter(IntegerConverter):
    """``<int:…>`` in routes, bounded: a number no row can have is a 404, not a
    database overflow."""

    def __init__(self, map: Map, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def parse_id(value: object) -> int | None:
    """An id from a form or query string, or None if it is not one."""
    text = str(value or "").strip()
    if not text.isascii() or not text.isdigit():
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


def is_safe_next(target: str | None) -> bool:
    """A local path such as ``/me``; never another host, scheme or ``//host``."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return False
    if "\\" in target or any(ord(char) < 32 for char in target):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc


def next_url(default_endpoint: str = "public.index", **values: Any) -> str:
    """The ``next`` parameter when it is safe, else the given page."""
    target = request.values.get("next")
    if target is not None and is_safe_next(target):
        return target
    return url_for(default_endpoint, **values)


def external_url(endpoint: str, **values: Any) -> str:
    """An absolute link for e-mails: from ``SILTA_BASE_URL`` when set, else from the request."""
    from flask import current_app, has_request_context

    base = current_app.config.get("BASE_URL")
    if base:
        with current_app.test_request_context(base_url=base):
            return url_for(endpoint, _external=True, **values)
    if not has_request_context():
        raise RuntimeError("SILTA_BASE_URL must be set to build links outside a request")
    return url_for(endpoint, _external=True, **values)
