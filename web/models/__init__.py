"""The data model. Import models from here."""

from web.models.accounts import LOCALES, Membership, MembershipRole, Organization, User, UserSession
from web.models.applications import (
    CAPACITY_MAX,
    CAPACITY_MIN,
    Application,
    ApplicationChoice,
    ApplicationLanguage,
    ApplicationStatus,
    ChoiceKind,
    Gender,
    LanguageLevel,
    Meeting,
    Role,
)
from web.models.audit import AuditEvent
from web.models.matching import (
    COMPONENTS,
    Match,
    MatchRun,
    MatchSettings,
    MatchState,
    Objective,
    PairRule,
    PairRuleKind,
    Proposal,
    ProposalOrigin,
    ProposalState,
    RunSource,
)
from web.models.outbox import OutboxMessage, OutboxState
from web.models.programmes import PUBLIC_STATUSES, Program, ProgramLanguage, ProgramStatus
from web.models.types import utcnow

__all__ = [
    "COMPONENTS",
    "Match",
    "MatchRun",
    "MatchSettings",
    "MatchState",
    "Objective",
    "PairRule",
    "PairRuleKind",
    "Proposal",
    "ProposalOrigin",
    "ProposalState",
    "RunSource",
    "CAPACITY_MAX",
    "CAPACITY_MIN",
    "LOCALES",
    "PUBLIC_STATUSES",
    "Application",
    "ApplicationChoice",
    "ApplicationLanguage",
    "ApplicationStatus",
    "AuditEvent",
    "ChoiceKind",
    "Gender",
    "LanguageLevel",
    "Meeting",
    "Membership",
    "MembershipRole",
    "Organization",
    "OutboxMessage",
    "OutboxState",
    "Program",
    "ProgramLanguage",
    "ProgramStatus",
    "Role",
    "User",
    "UserSession",
    "utcnow",
]
