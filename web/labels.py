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

PROPOSAL_STATE: Mapping[str, object] = {
    "proposed": _l("Proposed"),
    "approved": _l("Approved"),
    "rejected": _l("Rejected"),
    "confirmed": _l("Confirmed"),
}

MATCH_STATE: Mapping[str, object] = {
    "active": _l("Active"),
    "ended": _l("Ended"),
    "cancelled": _l("Cancelled"),
    "declined": _l("Declined by the mentor"),
}

#: The parts of a matching score, in the order pages show them.
COMPONENT: Mapping[str, object] = {
    "fields": _l("Field"),
    "topics": _l("Topics"),
    "text": _l("Own words"),
    "languages": _l("Languages"),
    "availability": _l("Times"),
    "region": _l("Region"),
}

#: Audit event codes as a coordinator reads them.
AUDIT_ACTION: Mapping[str, object] = {
    "program.created": _l("Created the programme"),
    "program.updated": _l("Changed the programme"),
    "organization.privacy_updated": _l("Changed the privacy notice"),
    "application.decided": _l("Decided on an application"),
    "application.withdrawn": _l("The applicant withdrew"),
    "application.viewed": _l("Looked at an application"),
    "match_settings.updated": _l("Changed the matching settings"),
    "match_run.created": _l("Ran the matching"),
    "proposal.approved": _l("Approved a pair"),
    "proposal.approved_all": _l("Approved all proposed pairs"),
    "proposal.rejected": _l("Rejected a pair"),
    "proposal.locked": _l("Locked a pair"),
    "proposal.unlocked": _l("Unlocked a pair"),
    "proposal.mentor_chosen": _l("Chose another mentor"),
    "pair.forbidden": _l("Forbade a pair"),
    "match.confirmed": _l("Confirmed a pair"),
    "match.ended": _l("Ended a match"),
    "match.cancelled": _l("Cancelled a match"),
    "match.declined": _l("The mentor declined a match"),
    "export.matches": _l("Downloaded the matches"),
    "export.proposals": _l("Downloaded a run's proposals"),
}

#: The review page's filters.
PROPOSAL_FILTER: Mapping[str, object] = {
    "proposed": _l("Proposed"),
    "approved": _l("Approved"),
    "rejected": _l("Rejected"),
    "confirmed": _l("Confirmed"),
    "locked": _l("Locked"),
    "unmatched": _l("Without a pair"),
}

OBJECTIVE: Mapping[str, object] = {
    "coverage": _l("as many pairs as possible, then the best total"),
    "balanced": _l("as many pairs as possible, then no weak pairs"),
}
