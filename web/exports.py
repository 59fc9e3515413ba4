"""CSV exports that open correctly in Excel, also in a Finnish or Swedish Excel.

UTF-8 with a byte-order mark (Excel reads it as UTF-8); the separator and the
decimal mark follow the coordinator's language (Finnish and Swedish Excel expect
``;`` and ``0,87``, English Excel ``,`` and ``0.87``); every field is quoted as
needed; and a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is prefixed with ``'`` so that a spreadsheet never runs it as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from flask import Response
from flask_babel import format_decimal
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from web import labels, vocab
from web.extensions import db
from web.i18n import current_locale
from web.models import Application, Match, MatchRun, Program, Proposal
from web.reasons import describe
from web.services.review_queries import match_list
from web.timeutil import HELSINKI

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """The text of a cell, made harmless for spreadsheets."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _number(value: float | None) -> str:
    return "" if value is None else str(format_decimal(round(value, 3), format="0.000"))


def _when(value: Any) -> str:
    return value.astimezone(HELSINKI).strftime("%Y-%m-%d %H:%M") if value else ""


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    delimiter = "," if current_locale() == "en" else ";"
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
    )
    writer.writerow([neutralise(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()


def csv_response(table: tuple[list[str], list[list[object]]], filename: str) -> Response:
    header, rows = table
    response = Response(to_csv(header, rows), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response


def match_rows(
    program: Program, matches: list[Match] | None = None
) -> tuple[list[str], list[list[object]]]:
    header = [
        _("Mentee"), _("Mentee's e-mail"), _("Mentor"), _("Mentor's e-mail"), _("Score"),
        _("State"), _("Confirmed"), _("Confirmed by"), _("Closed"), _("Reason"),
    ]  # fmt: skip
    rows: list[list[object]] = []
    for match in matches if matches is not None else match_list(program, None):
        rows.append(
            [
                match.mentee.user.name,
                match.mentee.user.email,
                match.mentor.user.name,
                match.mentor.user.email,
                _number(match.score),
                vocab.label(labels.MATCH_STATE, match.state.value),
                _when(match.confirmed_at),
                match.confirmed_by.name if match.confirmed_by else "",
                _when(match.closed_at),
                match.close_reason,
            ]
        )
    return header, rows


def application_ids(matches: list[Match]) -> list[int]:
    """Whose data a matches export holds (recorded in the audit event)."""
    return sorted({a for m in matches for a in (m.mentee_id, m.mentor_id)})


def proposal_rows(run: MatchRun) -> tuple[list[str], list[list[object]]]:
    """Every mentee of the run with the proposed mentor (or why none), best first."""
    header = [
        _("Mentee"), _("Mentor"), _("Score"), _("State"), _("Locked"), _("Reasons"),
        *[str(vocab.label(labels.COMPONENT, name)) for name in labels.COMPONENT],
    ]  # fmt: skip
    rows: list[list[object]] = []
    proposals = db.session.scalars(
        select(Proposal)
        .where(Proposal.run_id == run.id)
        .options(
            selectinload(Proposal.mentee).selectinload(Application.user),
            selectinload(Proposal.mentor).selectinload(Application.user),
        )
    )
    for proposal in sorted(proposals, key=lambda p: (p.score is None, -(p.score or 0), p.id)):
        if proposal.mentor is None:
            reason = describe(proposal.unmatched_reason) if proposal.unmatched_reason else ""
            rows.append([proposal.mentee.user.name, "", "", _("No pair"), "", reason])
            continue
        rows.append(
            [
                proposal.mentee.user.name,
                proposal.mentor.user.name,
                _number(proposal.score),
                vocab.label(labels.PROPOSAL_STATE, proposal.state.value),
                _("yes") if proposal.locked else "",
                " · ".join(describe(r) for r in proposal.reasons),
                *[_number(proposal.parts.get(name)) for name in labels.COMPONENT],
            ]
        )
    return header, rows
