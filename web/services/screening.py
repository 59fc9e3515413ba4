"""The coordinator's list of applications: filters, search, counts and pages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import current_app
from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import selectinload

from web.extensions import db
from web.models import (
    Application,
    ApplicationChoice,
    ApplicationLanguage,
    ApplicationStatus,
    ChoiceKind,
    Program,
    User,
)


def escape_like(text: str) -> str:
    """Text for a LIKE pattern (with ``escape="\\"``): ``%`` and ``_`` match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


#: A SELECT of any columns.
AnySelect = Select[*tuple[Any, ...]]


def _filtered(query: AnySelect, program: Program, filters: Mapping[str, str]) -> AnySelect:
    query = query.join(Application.user).where(Application.program_id == program.id)
    if role := filters.get("role"):
        query = query.where(Application.role == role)
    if status := filters.get("status"):
        query = query.where(Application.status == status)
    if region := filters.get("region"):
        query = query.where(Application.region == region)
    if language := filters.get("language"):
        query = query.where(
            select(ApplicationLanguage.application_id)
            .where(
                ApplicationLanguage.application_id == Application.id,
                ApplicationLanguage.code == language,
            )
            .exists()
        )
    if field := filters.get("field"):
        query = query.where(
            select(ApplicationChoice.application_id)
            .where(
                ApplicationChoice.application_id == Application.id,
                ApplicationChoice.kind == ChoiceKind.FIELD,
                ApplicationChoice.code == field,
            )
            .exists()
        )
    if text := filters.get("q"):
        pattern = f"%{escape_like(text.lower())}%"
        query = query.where(
            or_(
                func.lower(User.name).like(pattern, escape="\\"),
                func.lower(User.email).like(pattern, escape="\\"),
            )
        )
    return query


def application_page(program: Program, filters: Mapping[str, str], page: int) -> Pagination:
    query = (
        _filtered(select(Application), program, filters)
        .options(
            selectinload(Application.user),
            selectinload(Application.language_rows),
            selectinload(Application.choice_rows),
        )
        .order_by(Application.submitted_at.desc(), Application.id.desc())
    )
    return db.paginate(
        query, page=page, per_page=current_app.config["PAGE_SIZE"], error_out=False, count=True
    )


def status_counts(program: Program, filters: Mapping[str, str] | None = None) -> dict[str, int]:
    """How many applications are in each status (every status present, zeros included)."""
    query = _filtered(
        select(Application.status, func.count(Application.id)), program, filters or {}
    ).group_by(Application.status)
    counts = {status.value: 0 for status in ApplicationStatus}
    for status, count in db.session.execute(query):
        counts[ApplicationStatus(status).value] = count
    return counts
