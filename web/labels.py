"""Translated names of the states and roles that pages show."""

from __future__ import annotations

from collections.abc import Mapping

from flask_babel import lazy_gettext as _l

PROGRAM_STATUS: Mapping[str, object] = {
    "draft": _l("Draft"),
    "open": _l("Open for applications"),
    "closed": _l("Applications closed"),
    "matching": _l("Making pairs"),
    "running": _l("Running"),
    "finished": _l("Finished"),
}

APPLICATION_STATUS: Mapping[str, object] = {
    "submitted": _l("Submitted"),
    "accepted": _l("Accepted"),
    "waitlisted": _l("On the waiting list"),
    "rejected": _l("Not accepted"),
    "withdrawn": _l("Withdrawn"),
}

ROLE: Mapping[str, object] = {
    "mentee": _l("Mentee"),
    "mentor": _l("Mentor"),
}
