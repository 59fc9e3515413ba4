"""Input and output records of the matching engine: frozen dataclasses with validation.

Every record validates itself on construction, so a bad value is reported with the
record's id and the field's name instead of surfacing later as a confusing number.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

#: Meeting formats a participant can choose.
MEETINGS = ("online", "in_person", "either")

#: Score components, in the order used everywhere (parts dicts, weights, docs).
COMPONENTS = ("text", "fields", "topics", "languages", "availability", "region")


class ReasonCode(StrEnum):
    """The stable set of reason codes; the web layer translates each one."""

    # Why a pair fits (Pair.reasons).
    LOCKED = "locked"
    SHARED_LANGUAGES = "shared_languages"
    SHARED_FIELDS = "shared_fields"
    SHARED_TOPICS = "shared_topics"
    SHARED_AVAILABILITY = "shared_availability"
    SAME_REGION = "same_region"
    MEETING_FORMAT = "meeting_format"
    TEXT_TERMS = "text_terms"
    GENDER_WISH_MET = "gender_wish_met"
    # Why a mentee has no mentor (Proposal.unmatched), or why a pair is impossible.
    NO_MENTORS = "no_mentors"
    NO_SHARED_LANGUAGE = "no_shared_language"
    GENDER_WISH_UNAVAILABLE = "gender_wish_unavailable"
    NO_MEETING_MATCH = "no_meeting_match"
    NO_COMMON_AVAILABILITY = "no_common_availability"
    SUITABLE_MENTORS_PAUSED = "suitable_mentors_paused"
    ALL_FORBIDDEN = "all_forbidden"
    BELOW_MIN_SCORE = "below_min_score"
    SUITABLE_MENTORS_FULL = "suitable_mentors_full"
    # Only in ScoreTable.explain of an impossible pair: the mentor's capacity is 0.
    MENTOR_PAUSED = "mentor_paused"


@dataclass(frozen=True)
class Reason:
    """A reason as a code with JSON-serialisable parameters, never a sentence."""

    code: ReasonCode
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.code, ReasonCode):
            try:
                object.__setattr__(self, "code", ReasonCode(self.code))
            except ValueError:
                raise ValueError(f"Reason: unknown code {self.code!r}") from None
        object.__setattr__(self, "params", dict(self.params))

    def as_dict(self) -> dict[str, Any]:
        """The reason as plain JSON-ready data."""
        return {"code": str(self.code), "params": dict(self.params)}


@dataclass(frozen=True)
class Pair:
    """A mentee–mentor pair with its score, the score parts and the reasons."""

    mentee_id: str
    mentor_id: str
    score: float
    parts: dict[str, float]
    reasons: tuple[Reason, ...]


def _labels(kind: str, ident: str, name: str, value: object) -> frozenset[str]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ValueError(f"{kind} {ident!r}: {name} must be a set of strings, got {value!r}")
    out = frozenset(value)
    if not all(isinstance(v, str) and v for v in out):
        raise ValueError(f"{kind} {ident!r}: {name} must contain non-empty strings")
    return out


def _optional_str(kind: str, ident: str, name: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise ValueError(f"{kind} {ident!r}: {name} must be a non-empty string or None")
    return value


def _validate_person(record: Mentee | Mentor) -> None:
    kind = type(record).__name__
    if not isinstance(record.id, str) or not record.id:
        raise ValueError(f"{kind}: id must be a non-empty string, got {record.id!r}")
    ident = record.id
    for name in ("languages", "fields", "topics", "availability"):
        object.__setattr__(record, name, _labels(kind, ident, name, getattr(record, name)))
    if not isinstance(record.text, str):
        raise ValueError(f"{kind} {ident!r}: text must be a string")
    if record.meeting not in MEETINGS:
        raise ValueError(
            f"{kind} {ident!r}: meeting must be one of {', '.join(MEETINGS)}, "
            f"got {record.meeting!r}"
        )
    _optional_str(kind, ident, "region", record.region)
    _optional_str(kind, ident, "gender", record.gender)


@dataclass(frozen=True)
class Mentee:
    """A mentee as the engine sees them; sets may be given as any iterable of strings."""

    id: str
    languages: frozenset[str]
    fields: frozenset[str]
    topics: frozenset[str]
    text: str = ""
    region: str | None = None
    meeting: str = "either"
    availability: frozenset[str] = frozenset()
    gender: str | None = None
    wants_mentor_gender: str | None = None

    def __post_init__(self) -> None:
        _validate_person(self)
        _optional_str("Mentee", self.id, "wants_mentor_gender", self.wants_mentor_gender)


@dataclass(frozen=True)
class Mentor:
    """A mentor; `capacity` is how many mentees they take at once (0 means paused)."""

    id: str
    languages: frozenset[str]
    fields: frozenset[str]
    topics: frozenset[str]
    text: str = ""
    region: str | None = None
    meeting: str = "either"
    availability: frozenset[str] = frozenset()
    gender: str | None = None
    capacity: int = 1

    def __post_init__(self) -> None:
        _validate_person(self)
        if isinstance(self.capacity, bool) or not isinstance(self.capacity, int):
            raise ValueError(f"Mentor {self.id!r}: capacity must be an integer")
        if self.capacity < 0:
            raise ValueError(f"Mentor {self.id!r}: capacity must be >= 0, got {self.capacity}")


@dataclass(frozen=True)
class Weights:
    """Relative weights of the score components; only their proportions matter.

    Defaults: the free text and the professional fields carry most (0.25 each), as in
    Womento where a shared profession is the guiding idea; topics 0.2; languages,
    availability and region 0.1 each, because their hard part is already a constraint.
    """

    text: float = 0.25
    fields: float = 0.25
    topics: float = 0.2
    languages: float = 0.1
    availability: float = 0.1
    region: float = 0.1

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"Weights: {f.name} must be a number, got {value!r}")
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"Weights: {f.name} must be a finite number >= 0, got {value}")
        if sum(getattr(self, name) for name in COMPONENTS) <= 0:
            raise ValueError("Weights: at least one weight must be positive")

    def normalised(self) -> dict[str, float]:
        """The weights scaled to sum to 1, keyed by component name."""
        total = float(sum(getattr(self, name) for name in COMPONENTS))
        return {name: float(getattr(self, name)) / total for name in COMPONENTS}
