"""The matching engine's reasons (codes with parameters) as sentences in the reader's language.

The engine never writes sentences; this module does, with the vocabulary labels
of the current language. An unknown code is shown as the code itself rather
than hidden, so a new code in the engine is noticed (a test checks every code).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flask_babel import format_percent, ngettext
from flask_babel import gettext as _

from web import vocab


def _join(items: list[str]) -> str:
    return ", ".join(items)


def _languages(codes: Any) -> str:
    return vocab.language_list(list(codes or []), in_text=True)


def _labels(mapping: Mapping[str, object], codes: Any) -> str:
    return _join([vocab.label(mapping, code) for code in codes or []])


def _windows(codes: Any) -> str:
    return vocab.availability_list(list(codes or []), in_text=True)


def _gender(code: Any) -> str:
    return vocab.label(vocab.GENDERS, code).lower()


def _meeting(params: Mapping[str, Any]) -> str:
    region = vocab.label(vocab.REGIONS, params.get("region"))
    if params.get("meeting") == "in_person":
        if region:
            return _("Wants to meet in person in %(region)s, and no mentor can.", region=region)
        return _("Wants to meet in person, and no mentor can.")
    return _("No mentor can meet the way this mentee can.")


def _format(value: Any) -> str:
    return {
        "online": _("They will meet online."),
        "in_person": _("They can meet in person."),
        "either": _("They can meet online or in person."),
    }.get(str(value), "")


def _candidates(params: Mapping[str, Any]) -> int:
    return int(params.get("candidates") or 0)


_DESCRIBE: dict[str, Callable[[Mapping[str, Any]], str]] = {
    # Why a pair fits.
    "locked": lambda p: _("Locked by a coordinator."),
    "shared_fields": lambda p: _(
        "Same field: %(fields)s.", fields=_labels(vocab.FIELDS, p.get("fields"))
    ),
    "shared_topics": lambda p: _(
        "Both want to talk about: %(topics)s.", topics=_labels(vocab.TOPICS, p.get("topics"))
    ),
    "text_terms": lambda p: _(
        "Their own words have in common: %(terms)s.", terms=_join(list(p.get("terms") or []))
    ),
    "shared_languages": lambda p: _(
        "Both speak %(languages)s.", languages=_languages(p.get("languages"))
    ),
    "shared_availability": lambda p: _(
        "Both are free: %(times)s.", times=_windows(p.get("windows"))
    ),
    "same_region": lambda p: _(
        "Both live in %(region)s.", region=vocab.label(vocab.REGIONS, p.get("region"))
    ),
    "meeting_format": lambda p: _format(p.get("format")),
    "gender_wish_met": lambda p: _(
        "The mentee's wish for the mentor's gender (%(gender)s) is met.",
        gender=_gender(p.get("gender")),
    ),
    # Why a mentee has no mentor, or why a pair is impossible.
    "no_mentors": lambda p: _("There are no mentors with free places in the pool."),
    "no_shared_language": lambda p: _(
        "No mentor speaks %(languages)s well enough.", languages=_languages(p.get("languages"))
    ),
    "gender_wish_unavailable": lambda p: _(
        "The mentee wished for a mentor of this gender: %(gender)s. None can be given.",
        gender=_gender(p.get("gender")),
    ),
    "no_meeting_match": _meeting,
    "no_common_availability": lambda p: _(
        "No suitable mentor is free at the same times (%(times)s).",
        times=_windows(p.get("windows")),
    ),
    "suitable_mentors_paused": lambda p: _("The suitable mentors have paused."),
    "all_forbidden": lambda p: _("Every suitable pair is forbidden by a coordinator."),
    "below_min_score": lambda p: _(
        "The best pair scores %(best)s, below the lowest acceptable %(lowest)s.",
        best=format_percent(float(p.get("best_score") or 0)),
        lowest=format_percent(float(p.get("min_score") or 0)),
    ),
    "suitable_mentors_full": lambda p: ngettext(
        "%(num)d mentor would suit, but the place went to another mentee.",
        "%(num)d mentors would suit, but their places went to other mentees.",
        _candidates(p),
    ),
    "mentor_paused": lambda p: _("The mentor has paused."),
}

#: Every code the web layer can translate (a test compares it with the engine's codes).
KNOWN_CODES = frozenset(_DESCRIBE)


def describe(reason: Mapping[str, Any] | None) -> str:
    """A reason such as ``{"code": "shared_languages", "params": {...}}`` as a sentence."""
    if not reason:
        return ""
    code = str(reason.get("code", ""))
    params = reason.get("params") or {}
    handler = _DESCRIBE.get(code)
    return handler(params) if handler else code
