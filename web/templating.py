"""What every template can use: vocabulary labels and state names."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask_babel import format_percent

from web import labels, reasons, vocab


def _percent(value: float | None) -> str:
    return "–" if value is None else str(format_percent(value))  # "85%", "85 %" in fi and sv


def _reason_dict(reason: Any) -> dict[str, Any]:
    """An engine Reason (or its stored dict) as a dict."""
    return reason if isinstance(reason, dict) else dict(reason.as_dict())


def init_app(app: Flask) -> None:
    env = app.jinja_env
    env.filters.update(
        field_label=lambda code: vocab.label(vocab.FIELDS, code),
        topic_label=lambda code: vocab.label(vocab.TOPICS, code),
        region_label=lambda code: vocab.label(vocab.REGIONS, code),
        meeting_label=lambda code: vocab.label(vocab.MEETING_FORMATS, code),
        gender_label=lambda code: vocab.label(vocab.GENDERS, code),
        level_label=lambda code: vocab.label(vocab.LANGUAGE_LEVELS, code),
        language_label=vocab.language_name,
        language_list=vocab.language_list,
        availability_label=vocab.availability_label,
        availability_list=vocab.availability_list,
        program_status_label=lambda code: vocab.label(labels.PROGRAM_STATUS, code),
        application_status_label=lambda code: vocab.label(labels.APPLICATION_STATUS, code),
        role_label=lambda code: vocab.label(labels.ROLE, code),
        proposal_state_label=lambda code: vocab.label(labels.PROPOSAL_STATE, code),
        proposal_filter_label=lambda code: vocab.label(labels.PROPOSAL_FILTER, code),
        match_state_label=lambda code: vocab.label(labels.MATCH_STATE, code),
        objective_label=lambda code: vocab.label(labels.OBJECTIVE, code),
        audit_label=lambda code: vocab.label(labels.AUDIT_ACTION, code),
        percent=_percent,
        reason_text=reasons.describe,
        reason_dict=_reason_dict,
    )
    env.globals.update(
        DAYS=vocab.DAYS, DAY_PARTS=vocab.DAY_PARTS, COMPONENT_LABELS=labels.COMPONENT
    )
