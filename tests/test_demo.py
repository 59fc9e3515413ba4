"""The demo data behind ``flask demo``: complete, valid, realistic, and good for matching."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func, select

from tests.conftest import SiltaClient
from web import demo, vocab
from web.extensions import db
from web.models import (
    CAPACITY_MAX,
    CAPACITY_MIN,
    Application,
    ApplicationStatus,
    Gender,
    LanguageLevel,
    Meeting,
    Organization,
    Program,
    ProgramStatus,
    Role,
    User,
)
from web.timeutil import today


def _load() -> None:
    demo.load()
    db.session.commit()


def _program(org_slug: str) -> Program:
    program = db.session.scalar(
        select(Program).join(Program.organization).where(Organization.slug == org_slug)
    )
    assert program is not None
    return program


def _applications(org_slug: str | None = None) -> list[Application]:
    query = select(Application).order_by(Application.id)
    if org_slug is not None:
        query = query.join(Application.program).join(Program.organization)
        query = query.where(Organization.slug == org_slug)
    return list(db.session.scalars(query))


def _count(model: Any) -> int:
    return db.session.scalar(select(func.count()).select_from(model)) or 0


# -- the command ---------------------------------------------------------------------------


def test_demo_command_loads_two_open_programmes(runner: Any) -> None:
    assert not demo.is_loaded()

    result = runner.invoke(args=["demo"])

    assert result.exit_code == 0, result.output
    assert "Demo data loaded." in result.output
    assert demo.DEMO_PASSWORD in result.output
    assert demo.FIKA_COORDINATOR_EMAIL in result.output
    assert demo.WOMENTO_COORDINATOR_EMAIL in result.output
    assert demo.is_loaded()

    organizations = db.session.scalars(select(Organization)).all()
    assert {org.slug: org.name for org in organizations} == {
        demo.FIKA_ORG_SLUG: "Luckan Integration",
        demo.WOMENTO_ORG_SLUG: "Väestöliitto",
    }
    for org_slug, program_slug in (
        (demo.FIKA_ORG_SLUG, demo.FIKA_PROGRAM_SLUG),
        (demo.WOMENTO_ORG_SLUG, demo.WOMENTO_PROGRAM_SLUG),
    ):
        program = _program(org_slug)
        assert len(program.organization.programs) == 1
        assert program.slug == program_slug
        assert program.status == ProgramStatus.OPEN
        assert program.accepts_applications(today())
        assert program.applications_close_on is not None
        assert program.starts_on is not None
        assert program.ends_on is not None
        assert program.applications_close_on < program.starts_on < program.ends_on
        coordinators = [m.user for m in program.organization.memberships]
        assert len(coordinators) == 1
        assert coordinators[0].is_verified

    roles = Counter(application.role for application in _applications())
    assert 55 <= roles[Role.MENTEE] <= 65
    assert 28 <= roles[Role.MENTOR] <= 35


def test_statuses_leave_work_for_the_coordinator_and_enough_to_match(app: Flask) -> None:
    _load()
    for org_slug in (demo.FIKA_ORG_SLUG, demo.WOMENTO_ORG_SLUG):
        applications = _applications(org_slug)
        by_role_status = Counter((a.role, a.status) for a in applications)
        assert by_role_status[Role.MENTEE, ApplicationStatus.ACCEPTED] >= 20
        assert by_role_status[Role.MENTOR, ApplicationStatus.ACCEPTED] >= 10
        assert by_role_status[Role.MENTEE, ApplicationStatus.SUBMITTED] >= 4
        assert by_role_status[Role.MENTOR, ApplicationStatus.SUBMITTED] >= 1
        statuses = Counter(a.status for a in applications)
        assert 1 <= statuses[ApplicationStatus.WAITLISTED] <= 3
        assert statuses[ApplicationStatus.REJECTED] == 1
        coordinator = applications[0].program.organization.memberships[0].user
        program = applications[0].program
        assert program.applications_open_on is not None
        for application in applications:
            opened = application.submitted_at.astimezone(demo.timeutil.HELSINKI).date()
            assert program.applications_open_on <= opened < today()
            assert application.consent_at == application.submitted_at
            if application.status == ApplicationStatus.SUBMITTED:
                assert application.decided_at is None
                assert application.decided_by_id is None
            else:
                assert application.decided_by_id == coordinator.id
                assert application.decided_at is not None
                assert application.submitted_at < application.decided_at
        assert any(a.coordinator_note for a in applications)


def test_running_again_adds_nothing_and_reset_reloads(
    runner: Any, make_user: Any, make_org: Any
) -> None:
    runner.invoke(args=["demo"])
    counts = {model: _count(model) for model in (User, Organization, Program, Application)}
    first_org_ids = set(db.session.scalars(select(Organization.id)))

    again = runner.invoke(args=["demo"])

    assert again.exit_code == 0
    assert "already loaded" in again.output
    assert demo.FIKA_COORDINATOR_EMAIL in again.output
    assert {model: _count(model) for model in counts} == counts

    outsider = make_user("someone@example.org")
    other_org = make_org("Another organisation", "another")
    reset = runner.invoke(args=["demo", "--reset"])

    assert reset.exit_code == 0, reset.output
    assert "Demo data loaded." in reset.output
    db.session.commit()  # a fresh snapshot: see what the app committed
    assert db.session.get(User, outsider.id) is not None
    assert db.session.get(Organization, other_org.id) is not None
    assert _count(User) == counts[User] + 1
    assert _count(Organization) == counts[Organization] + 1
    assert {model: _count(model) for model in (Program, Application)} == {
        Program: counts[Program],
        Application: counts[Application],
    }
    demo_org_ids = set(
        db.session.scalars(
            select(Organization.id).where(
                Organization.slug.in_([demo.FIKA_ORG_SLUG, demo.WOMENTO_ORG_SLUG])
            )
        )
    )
    assert demo_org_ids.isdisjoint(first_org_ids)  # deleted and made again


def test_clear_removes_every_demo_row(app: Flask) -> None:
    _load()
    demo.clear()

    assert not demo.is_loaded()
    assert _count(Organization) == _count(Program) == _count(Application) == _count(User) == 0


def test_loading_is_deterministic(app: Flask) -> None:
    def snapshot() -> list[tuple[Any, ...]]:
        return sorted(
            (
                a.user.email,
                a.role.value,
                a.status.value,
                tuple(a.fields),
                tuple(a.topics),
                tuple(a.availability),
                a.region,
                a.meeting.value,
                a.phone,
                a.submitted_at,
                a.coordinator_note,
            )
            for a in _applications()
        )

    _load()
    first = snapshot()
    demo.clear()
    _load()

    assert snapshot() == first


# -- logging in ----------------------------------------------------------------------------


def test_demo_people_can_log_in(app: Flask, client: SiltaClient) -> None:
    _load()
    logins = demo.example_logins()
    assert {login.role for login in logins} == {"coordinator", "mentee", "mentor"}
    assert len(logins) == 6

    for login in logins:
        response = client.post_form(
            "/login", {"email": login.email, "password": demo.DEMO_PASSWORD}
        )
        assert response.status_code == 302, login
        client.post_form("/logout")


def test_example_applicants_are_accepted_in_their_programme(app: Flask) -> None:
    _load()
    text = demo.logins_text()
    assert demo.DEMO_PASSWORD in text
    for login in demo.example_logins():
        assert login.email in text
        user = db.session.scalar(select(User).where(User.email == login.email))
        assert user is not None
        assert user.is_verified
        assert user.name == login.name
        if login.role == "coordinator":
            assert user.is_coordinator
            assert user.locale == "en"
            continue
        (application,) = user.applications
        assert application.program.name == login.programme
        assert application.role == Role(login.role)
        assert application.status == ApplicationStatus.ACCEPTED
        assert not application.paused


def test_every_demo_address_is_on_the_reserved_domain(app: Flask) -> None:
    assert demo.DEMO_EMAIL_DOMAIN.endswith(".example")
    _load()
    emails = list(db.session.scalars(select(User.email)))
    assert len(emails) == len(set(emails))
    for email in emails:
        local, _, domain = email.partition("@")
        assert domain == demo.DEMO_EMAIL_DOMAIN
        assert re.fullmatch(r"[a-z-]+\.[a-z-]+[0-9]*", local), email


# -- the profiles --------------------------------------------------------------------------


def test_every_profile_uses_the_vocabularies(app: Flask) -> None:
    _load()
    applications = _applications()
    for a in applications:
        who = a.user.name
        assert 1 <= len(a.languages) <= 5, who
        assert set(a.languages) <= set(vocab.LANGUAGE_CODES), who
        assert all(isinstance(level, LanguageLevel) for level in a.languages.values())
        assert 1 <= len(a.fields) <= 2, who
        assert set(a.fields) <= set(vocab.FIELDS), who
        assert 2 <= len(a.topics) <= 4, who
        assert set(a.topics) <= set(vocab.TOPICS), who
        assert a.region in vocab.REGIONS, who
        assert set(a.availability) <= set(vocab.AVAILABILITY), who
        assert a.availability == [] or 2 <= len(a.availability) <= 6, who
        for text in (a.background, a.goals):
            assert 20 <= len(text) <= 2000, who
            assert text == " ".join(text.split()), who  # one tidy paragraph
        if a.phone is not None:
            assert re.fullmatch(r"\+358 (4[0-9]|50) [0-9]{3} [0-9]{4}", a.phone), who
        if a.role == Role.MENTOR:
            assert a.capacity is not None, who
            assert CAPACITY_MIN <= a.capacity <= CAPACITY_MAX, who
            assert a.capacity <= 3, who
        else:
            assert a.capacity is None, who
            assert not a.paused, who
    assert sum(a.phone is not None for a in applications) >= 10
    assert sum(not a.availability for a in applications) >= 3
    assert sum(a.paused for a in applications) in (1, 2, 3)
    assert len({a.meeting for a in applications}) == 3


def test_womento_is_for_women_and_fika_asks_no_wish(app: Flask) -> None:
    _load()
    womento = _applications(demo.WOMENTO_ORG_SLUG)
    assert all(a.gender == Gender.WOMAN for a in womento)
    mentees = [a for a in womento if a.role == Role.MENTEE]
    wishes = Counter(a.wants_mentor_gender for a in mentees)
    assert wishes[Gender.WOMAN] > len(mentees) / 2
    assert wishes[None] >= 1
    assert all(a.wants_mentor_gender is None for a in womento if a.role == Role.MENTOR)
    # Womento mentees work with their mentor in Finnish.
    for a in mentees:
        assert a.languages.get("fi") in (LanguageLevel.GOOD, LanguageLevel.FLUENT), a.user.name

    fika = _applications(demo.FIKA_ORG_SLUG)
    assert all(a.wants_mentor_gender is None for a in fika)
    genders = Counter(a.gender for a in fika)
    assert genders[Gender.WOMAN] >= 10
    assert genders[Gender.MAN] >= 10
    assert 1 <= genders[Gender.NON_BINARY] <= 2
    assert None not in genders
    regions = Counter(a.region for a in fika if a.status == ApplicationStatus.ACCEPTED)
    assert set(regions) == {"FI-18"}  # the capital region

    womento_regions = {a.region for a in womento}
    assert len(womento_regions) >= 8


#: Short words that give a text's language away.
_MARKERS = {
    "fi": {"ja", "olen", "että", "haluan", "minulla", "mutta", "myös", "voin", "kanssa", "tai"},
    "sv": {"och", "jag", "att", "är", "har", "som", "med", "för", "det", "kan", "vill", "på"},
    "en": {"and", "the", "to", "my", "of", "with", "have", "want", "would", "for", "in", "is"},
}


def _language_of(text: str) -> str:
    words = re.findall(r"\w+", text.lower())
    scores = {language: sum(w in markers for w in words) for language, markers in _MARKERS.items()}
    return max(scores, key=lambda language: scores[language])


def test_texts_are_written_in_the_applicants_own_languages(app: Flask) -> None:
    _load()
    applications = _applications()
    languages: Counter[str] = Counter()
    for a in applications:
        for text in (a.background, a.goals):
            # The interface language is the one the person wrote in.
            assert _language_of(text) == a.user.locale, (a.user.name, text)
            languages[a.user.locale] += 1
    assert set(languages) == {"fi", "sv", "en"}
    assert min(languages.values()) >= 10
    mentees = Counter(a.user.locale for a in applications if a.role == Role.MENTEE)
    assert mentees.most_common(1)[0][0] == "en"
    texts = [a.background for a in applications] + [a.goals for a in applications]
    assert len(set(texts)) == len(texts), "every text is written for its person"


# -- a matching worth running --------------------------------------------------------------

_GOOD = {LanguageLevel.GOOD, LanguageLevel.FLUENT, LanguageLevel.NATIVE}


def _compatible(mentee: Application, mentor: Application) -> bool:
    """The hard constraints a matching can be expected to honour."""
    if mentee.wants_mentor_gender and mentor.gender != mentee.wants_mentor_gender:
        return False
    shared = {
        code
        for code, level in mentee.languages.items()
        if level in _GOOD and mentor.languages.get(code) in _GOOD
    }
    if not shared:
        return False
    meetings = {mentee.meeting, mentor.meeting}
    if meetings == {Meeting.ONLINE, Meeting.IN_PERSON}:
        return False
    return not (Meeting.IN_PERSON in meetings and mentee.region != mentor.region)


def _max_pairs(mentees: list[Application], mentors: list[Application]) -> int:
    """How many mentees can get a mentor at all (augmenting paths over mentor seats)."""
    seats = [mentor for mentor in mentors for _ in range(mentor.capacity or 0)]
    holder: dict[int, int] = {}  # seat index → mentee index

    def place(i: int, seen: set[int]) -> bool:
        for s, mentor in enumerate(seats):
            if s in seen or not _compatible(mentees[i], mentor):
                continue
            seen.add(s)
            if s not in holder or place(holder[s], seen):
                holder[s] = i
                return True
        return False

    return sum(place(i, set()) for i in range(len(mentees)))


@pytest.mark.parametrize(
    ("org_slug", "fewer_seats"), [(demo.FIKA_ORG_SLUG, True), (demo.WOMENTO_ORG_SLUG, False)]
)
def test_most_accepted_mentees_can_be_matched_but_not_trivially(
    app: Flask, org_slug: str, fewer_seats: bool
) -> None:
    _load()
    accepted = [a for a in _applications(org_slug) if a.status == ApplicationStatus.ACCEPTED]
    mentees = [a for a in accepted if a.role == Role.MENTEE]
    mentors = [a for a in accepted if a.role == Role.MENTOR and not a.paused]
    seats = sum(mentor.capacity or 0 for mentor in mentors)

    if fewer_seats:  # FIKA: a little less capacity than mentees, as in real life
        assert len(mentees) - 7 <= seats < len(mentees)
    else:  # Womento: about a seat for every mentee
        assert abs(seats - len(mentees)) <= 2
    pairs = _max_pairs(mentees, mentors)
    assert pairs >= 0.7 * len(mentees)
    assert pairs < len(mentees)

    # Not trivial: some mentees have few possible mentors or none at all, and some
    # share no field with any mentor.
    options = [sum(_compatible(mentee, mentor) for mentor in mentors) for mentee in mentees]
    assert min(options) <= 1
    mentor_fields = {field for mentor in mentors for field in mentor.fields}
    assert any(not set(mentee.fields) & mentor_fields for mentee in mentees)
    assert sum(bool(set(mentee.fields) & mentor_fields) for mentee in mentees) >= 0.8 * len(mentees)
