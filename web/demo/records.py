"""How the demo programmes and their applicants are written down."""

from __future__ import annotations

from dataclasses import dataclass

from web.models import ApplicationStatus, Gender, LanguageLevel, Meeting

#: Every demo account lives here; ``.example`` is reserved (RFC 2606) and never delivers.
DEMO_EMAIL_DOMAIN = "demo.silta.example"

WOMAN, MAN, NON_BINARY = Gender.WOMAN, Gender.MAN, Gender.NON_BINARY
ACCEPTED = ApplicationStatus.ACCEPTED
SUBMITTED = ApplicationStatus.SUBMITTED
WAITLISTED = ApplicationStatus.WAITLISTED
REJECTED = ApplicationStatus.REJECTED
ONLINE, IN_PERSON, EITHER = Meeting.ONLINE, Meeting.IN_PERSON, Meeting.EITHER


def text(paragraph: str) -> str:
    """A triple-quoted paragraph as one line: lets the tables below stay readable."""
    return " ".join(paragraph.split())


@dataclass(frozen=True)
class Person:
    """One applicant, written by hand so that the free texts match the answers.

    ``languages`` is compact: ``"uk:native en:good fi:basic"``. ``writes`` is the
    language of the texts, and becomes the person's interface language. A note may
    say ``{interviewed}.``: it becomes the day the coordinator decided (``26.11.``).
    """

    name: str
    gender: Gender
    languages: str
    fields: tuple[str, ...]
    topics: tuple[str, ...]
    background: str
    goals: str
    writes: str = "en"
    status: ApplicationStatus = ACCEPTED
    note: str = ""
    #: ``None``: the programme's home region.
    region: str | None = None
    #: ``None``: drawn from the programme's usual mix.
    meeting: Meeting | None = None
    #: ``None``: drawn at random for the role (some leave it empty).
    availability: tuple[str, ...] | None = None
    #: Mentors only.
    capacity: int = 1
    paused: bool = False
    #: Mentees only, where the programme allows a wish: wants a mentor of her own gender.
    wishes_same_gender: bool = True

    @property
    def language_levels(self) -> dict[str, LanguageLevel]:
        pairs = (item.split(":") for item in self.languages.split())
        return {code: LanguageLevel(level) for code, level in pairs}


@dataclass(frozen=True)
class Programme:
    """An organisation, its coordinator and its one open programme, with the applicants."""

    org_slug: str
    org_name: str
    coordinator: str
    coordinator_email: str
    slug: str
    name: str
    summary: str
    audience: str
    description: str
    pairing: str
    duration_months: int
    commitment: str
    languages: tuple[str, ...]
    asks_gender: bool
    allows_gender_wish: bool
    #: The application window, relative to today.
    opened_days_ago: int
    closes_in_days: int
    #: Days from the end of the window to the kick-off (time for matching).
    starts_after_days: int
    home_region: str
    #: How often applicants choose each way of meeting, when not written out.
    meeting_weights: dict[Meeting, int]
    mentees: tuple[Person, ...]
    mentors: tuple[Person, ...]
    #: The names of the example logins; both are accepted.
    example_mentee: str
    example_mentor: str
