"""Demo data: two organisations modelled on real Finnish mentoring programmes.

``flask demo`` (run by ``make run``) loads them so that anyone trying Silta finds a
realistic picture straight away: Luckan Integration's FIKA programme in Helsinki and
Väestöliitto's nationwide Womento, each open for applications, with about thirty
mentee and fifteen mentor applications that a coordinator can screen and match.

The people are fictional; the programmes follow the public facts gathered in
``docs/DESIGN.md`` ("The programmes we model"). Every applicant is hand-written below
(in `fika.py` and `womento.py`: name, languages, fields, own words), so the texts agree
with the structured answers.
What is left to chance (dates, availability, phone numbers, some meeting
preferences) comes from ``random.Random(SEED)``: every run gives the same data.

The data is built for matching, too: most accepted mentees share a language and a
field with some mentor, but not all of them. FIKA has a little less mentor capacity
than accepted mentees, and three of its mentees share a working language with one
mentor only (Persian or Russian); two Womento mentees want to meet in person where no
mentor lives; one mentor in each programme is paused.

Objects are created directly, not through the services: those need a request and
queue e-mails. All addresses are under ``DEMO_EMAIL_DOMAIN``, a reserved domain that
never delivers.
"""

from __future__ import annotations

import calendar
import functools
import random
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

from sqlalchemy import delete, func, or_, select

from web import timeutil
from web.demo import fika, womento
from web.demo.records import DEMO_EMAIL_DOMAIN, SUBMITTED, Person, Programme
from web.extensions import db
from web.models import (
    Application,
    ApplicationStatus,
    ChoiceKind,
    Meeting,
    Membership,
    Organization,
    OutboxMessage,
    Program,
    ProgramStatus,
    Role,
    User,
)
from web.security import hash_password
from web.services.applications import CONSENT_VERSION
from web.vocab import AVAILABILITY

DEMO_PASSWORD = "demo-silta-2026"  # noqa: S105 (a public demo credential, printed by make run)

FIKA_ORG_SLUG = fika.ORG_SLUG
FIKA_PROGRAM_SLUG = fika.PROGRAM_SLUG
FIKA_COORDINATOR_EMAIL = fika.COORDINATOR_EMAIL
WOMENTO_ORG_SLUG = womento.ORG_SLUG
WOMENTO_PROGRAM_SLUG = womento.PROGRAM_SLUG
WOMENTO_COORDINATOR_EMAIL = womento.COORDINATOR_EMAIL

#: Seeds the random parts, so that every load gives the same data.
SEED = 2027

_PROGRAMMES: tuple[Programme, ...] = (fika.FIKA, womento.WOMENTO)
_ORG_SLUGS = tuple(spec.org_slug for spec in _PROGRAMMES)

#: Weekly windows people pick, by who they are: working mentors mostly evenings and
#: weekends; mentees (often between jobs or in courses) any time.
_EVENINGS_AND_WEEKENDS = tuple(
    code for code in AVAILABILITY if code.endswith("_evening") or code.startswith(("sat", "sun"))
)
_AVAILABILITY_POOLS: dict[Role, tuple[str, ...]] = {
    Role.MENTOR: _EVENINGS_AND_WEEKENDS + ("wed_afternoon", "fri_afternoon"),
    Role.MENTEE: AVAILABILITY,
}
#: Finnish mobile prefixes (the "+358 4x" numbers).
_MOBILE_PREFIXES = ("40", "41", "44", "45", "46", "50")


# -- the public interface ------------------------------------------------------------------


class DemoLogin(NamedTuple):
    """A demo account to try Silta with, as listed by ``flask demo``."""

    organisation: str
    programme: str
    role: str  # "coordinator", "mentee" or "mentor"
    name: str
    email: str


def is_loaded() -> bool:
    """True if a demo organisation exists (then loading again would clash)."""
    count = db.session.scalar(
        select(func.count()).select_from(Organization).where(Organization.slug.in_(_ORG_SLUGS))
    )
    return bool(count)


def clear() -> None:
    """Delete the demo organisations with everything in them, and every demo account.

    Demo accounts are recognised by their e-mail domain, so whatever they did in the app
    (applications elsewhere, log-in sessions, queued e-mails) goes with them. Nothing
    outside the demo is touched.
    """
    demo_address = User.email.endswith(f"@{DEMO_EMAIL_DOMAIN}", autoescape=True)
    org_ids = select(Organization.id).where(Organization.slug.in_(_ORG_SLUGS))
    program_ids = select(Program.id).where(Program.organization_id.in_(org_ids))
    user_ids = select(User.id).where(demo_address)
    statements = (
        # Languages and choices of an application go with it (ON DELETE CASCADE), as do
        # memberships and audit events with their organisation, sessions with their user.
        delete(Application).where(
            or_(Application.program_id.in_(program_ids), Application.user_id.in_(user_ids))
        ),
        delete(Program).where(Program.organization_id.in_(org_ids)),
        delete(Organization).where(Organization.slug.in_(_ORG_SLUGS)),
        delete(OutboxMessage).where(
            OutboxMessage.recipient.endswith(f"@{DEMO_EMAIL_DOMAIN}", autoescape=True)
        ),
        delete(User).where(demo_address),
    )
    for statement in statements:
        db.session.execute(statement.execution_options(synchronize_session=False))
    db.session.commit()


def load() -> None:
    """Add the demo organisations, programmes, people and applications; the caller commits.

    The same data every time: the random parts come from ``random.Random(SEED)``, and
    dates are counted from today (in Finland), so that the programmes are always open.
    """
    rng = random.Random(SEED)  # noqa: S311 (demo data, not security)
    today = timeutil.today()
    # Argon2 is slow on purpose; the demo accounts all share one password, so one hash.
    password_hash = hash_password(DEMO_PASSWORD)
    for spec in _PROGRAMMES:
        _Loader(spec, rng, today, password_hash).load()


def example_logins() -> list[DemoLogin]:
    """The coordinator of each organisation, and one accepted mentee and mentor per programme."""
    emails = _email_book()
    logins = []
    for spec in _PROGRAMMES:
        for role, name in (
            ("coordinator", spec.coordinator),
            ("mentee", spec.example_mentee),
            ("mentor", spec.example_mentor),
        ):
            logins.append(DemoLogin(spec.org_name, spec.name, role, name, emails[name]))
    return logins


def logins_text() -> str:
    """The demo logins for the terminal, grouped by programme, with the shared password."""
    lines = [f"Demo logins (the password for all of them is {DEMO_PASSWORD}):"]
    logins = example_logins()
    width = max(len(login.email) for login in logins)
    for spec in _PROGRAMMES:
        lines += ["", f"  {spec.org_name}: {spec.name}"]
        for login in logins:
            if login.programme == spec.name:
                lines.append(f"    {login.role:<12} {login.email:<{width}}  {login.name}")
    return "\n".join(lines)


# -- building the objects ----------------------------------------------------------------


class _Loader:
    """Builds one organisation, its coordinator, its programme and its applications."""

    def __init__(
        self, spec: Programme, rng: random.Random, today: date, password_hash: str
    ) -> None:
        self.spec = spec
        self.rng = rng
        self.today = today
        self.password_hash = password_hash
        self.emails = _email_book()
        self.opens_on = today - timedelta(days=spec.opened_days_ago)

    def load(self) -> None:
        spec = self.spec
        # Set up well before the application window opened.
        set_up_at = _moment(self.opens_on - timedelta(days=120), 10, 0)
        organization = Organization(name=spec.org_name, slug=spec.org_slug, created_at=set_up_at)
        # English first for whoever tries the demo; each coordinator can switch in the menu.
        coordinator = self._user(spec.coordinator, "en", set_up_at)
        db.session.add_all(
            [
                organization,
                coordinator,
                Membership(user=coordinator, organization=organization, created_at=set_up_at),
            ]
        )
        program = self._program(organization)
        db.session.add(program)
        for role, people in ((Role.MENTEE, spec.mentees), (Role.MENTOR, spec.mentors)):
            for person in people:
                db.session.add(self._application(program, coordinator, role, person))

    def _program(self, organization: Organization) -> Program:
        spec = self.spec
        closes_on = self.today + timedelta(days=spec.closes_in_days)
        starts_on = closes_on + timedelta(days=spec.starts_after_days)
        created_at = _moment(self.opens_on - timedelta(days=14), 13, 30)
        program = Program(
            organization=organization,
            slug=spec.slug,
            name=spec.name,
            summary=spec.summary,
            audience=spec.audience,
            description=spec.description,
            pairing=spec.pairing,
            duration_months=spec.duration_months,
            commitment=spec.commitment,
            status=ProgramStatus.OPEN,
            applications_open_on=self.opens_on,
            applications_close_on=closes_on,
            starts_on=starts_on,
            ends_on=_add_months(starts_on, spec.duration_months) - timedelta(days=1),
            asks_gender=spec.asks_gender,
            allows_gender_wish=spec.allows_gender_wish,
            created_at=created_at,
            updated_at=created_at,
        )
        program.languages = list(spec.languages)
        return program

    def _user(self, name: str, locale: str, created_at: datetime) -> User:
        return User(
            email=self.emails[name],
            name=name,
            password_hash=self.password_hash,
            locale=locale,
            created_at=created_at,
            email_verified_at=created_at + timedelta(minutes=self.rng.randint(1, 15)),
            password_changed_at=created_at,
        )

    def _application(
        self, program: Program, coordinator: User, role: Role, person: Person
    ) -> Application:
        spec, rng = self.spec, self.rng
        submitted_at, decided_at = self._timeline(person.status)
        # People register, confirm their address and then fill in the form.
        user = self._user(
            person.name, person.writes, submitted_at - timedelta(minutes=rng.randint(20, 240))
        )
        is_mentor = role == Role.MENTOR
        wish = (
            person.gender
            if spec.allows_gender_wish and not is_mentor and person.wishes_same_gender
            else None
        )
        application = Application(
            program=program,
            user=user,
            role=role,
            status=person.status,
            phone=self._phone() if rng.random() < 0.4 else None,
            background=person.background,
            goals=person.goals,
            region=person.region or spec.home_region,
            meeting=person.meeting or self._weighted_meeting(),
            capacity=person.capacity if is_mentor else None,
            paused=person.paused and is_mentor,
            gender=person.gender if spec.asks_gender else None,
            wants_mentor_gender=wish,
            consent_at=submitted_at,
            consent_version=CONSENT_VERSION,
            coordinator_note=_note(person.note, decided_at),
            decided_at=decided_at,
            decided_by=coordinator if decided_at else None,
            submitted_at=submitted_at,
            updated_at=decided_at or submitted_at,
        )
        application.set_languages(person.language_levels)
        application.set_choices(ChoiceKind.FIELD, list(person.fields))
        application.set_choices(ChoiceKind.TOPIC, list(person.topics))
        application.set_choices(ChoiceKind.AVAILABILITY, self._availability(role, person))
        return application

    def _timeline(self, status: ApplicationStatus) -> tuple[datetime, datetime | None]:
        """When the application came in and, unless it waits for screening, was decided.

        Waiting ones came in during the last week; decided ones earlier, and were decided
        on a weekday one to five days later, in office hours. Everything lies in the past.
        """
        rng = self.rng
        yesterday = self.today - timedelta(days=1)
        if status == SUBMITTED:
            day = yesterday - timedelta(days=rng.randint(0, 7))
            return _moment(day, rng.randint(7, 22), rng.randint(0, 59)), None
        latest = (yesterday - timedelta(days=2) - self.opens_on).days
        day = self.opens_on + timedelta(days=rng.randint(0, latest))
        submitted_at = _moment(day, rng.randint(7, 22), rng.randint(0, 59))
        # Coordinators screen on weekdays, one to five days after an application came in.
        window = [day + timedelta(days=n) for n in range(1, 6)]
        weekdays = [d for d in window if d <= yesterday and d.weekday() < 5]
        decided_on = rng.choice(weekdays or [window[0]])
        return submitted_at, _moment(decided_on, rng.randint(9, 15), rng.randint(0, 59))

    def _availability(self, role: Role, person: Person) -> list[str]:
        if person.availability is not None:
            return list(person.availability)
        if self.rng.random() < 0.15:  # left empty: "any time, let's agree"
            return []
        chosen = self.rng.sample(_AVAILABILITY_POOLS[role], self.rng.randint(2, 6))
        return sorted(chosen, key=AVAILABILITY.index)

    def _weighted_meeting(self) -> Meeting:
        weights = self.spec.meeting_weights
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def _phone(self) -> str:
        rng = self.rng
        prefix = rng.choice(_MOBILE_PREFIXES)
        return f"+358 {prefix} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


# -- small helpers -------------------------------------------------------------------------


@functools.cache
def _email_book() -> dict[str, str]:
    """Everyone's address, ``firstname.lastname@demo.silta.example``, made unique in order."""
    book: dict[str, str] = {}
    taken: set[str] = set()
    for spec in _PROGRAMMES:
        for name in (spec.coordinator, *(p.name for p in spec.mentees + spec.mentors)):
            if name in book:
                raise ValueError(f"two demo people are called {name}")
            local = base = _email_local_part(name)
            number = 2
            while local in taken:
                local, number = f"{base}{number}", number + 1
            taken.add(local)
            book[name] = f"{local}@{DEMO_EMAIL_DOMAIN}"
    return book


#: Letters that do not decompose into ASCII in Unicode (NFKD).
_ASCII_FOLD = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l"})


def _email_local_part(name: str) -> str:
    """``"Lucía Martín García"`` → ``"lucia.garcia"``: first and last name, in ASCII."""

    def ascii_word(word: str) -> str:
        decomposed = unicodedata.normalize("NFKD", word.translate(_ASCII_FOLD))
        return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c == "-"))

    words = name.split()
    return f"{ascii_word(words[0])}.{ascii_word(words[-1])}".lower()


def _moment(day: date, hour: int, minute: int) -> datetime:
    """A wall-clock time in Finland, as the aware UTC datetime the database stores."""
    local = datetime.combine(day, time(hour, minute), tzinfo=timeutil.HELSINKI)
    return local.astimezone(UTC)


def _note(template: str, decided_at: datetime | None) -> str:
    """The coordinator's note, with ``{interviewed}.`` as the Finnish date (``26.11.``)."""
    if "{interviewed}" not in template:
        return template
    if decided_at is None:
        raise ValueError("a note about an interview needs a decision")
    day = decided_at.astimezone(timeutil.HELSINKI).date()
    return template.format(interviewed=f"{day.day}.{day.month}")  # the note adds the last dot


def _add_months(day: date, months: int) -> date:
    """The same day of the month ``months`` later (the month's last day if it is shorter)."""
    years, month_index = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month_index + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
