"""Every page each role can reach, for the browser tests of accessibility and phones.

The list is checked against ``app.url_map``: a GET endpoint that is neither visited
here nor named in :data:`NOT_PAGES` fails :func:`unvisited_endpoints`, so a new page is
never forgotten. The ids are real: the FIKA demo programme after a matching run in
which some pairs are confirmed, approved, locked and rejected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, url_for
from playwright.sync_api import Page
from sqlalchemy import select

from web import demo, tokens
from web.extensions import db
from web.i18n import LOCALE_NAMES
from web.models import ApplicationStatus, MatchRun, Program, Proposal, Role, User
from web.services import matches as match_service
from web.services import matching as matching_service
from web.services import review as review_service

ROLES = ("visitor", "mentee", "mentor", "coordinator")
LANGUAGES = ("fi", "sv", "en")

#: GET endpoints that are not HTML pages, and why.
NOT_PAGES = {
    "static": "CSS, JavaScript and images",
    "privacy.download": "a JSON file of the user's data",
    "coordinate.export_matches": "a CSV file",
    "coordinate.export_run": "a CSV file",
}

#: Pages with a form (GET and POST) whose error state is not visited, and why.
NO_ERROR_STATE = {
    "auth.verify_email": "one button that confirms the address; nothing to fill in",
    "auth.confirm_email_change": "one button that confirms the new address",
    "coordinate.choose_mentor": "a button per mentor; nothing to fill in",
}


@dataclass(frozen=True)
class Send:
    """Send the form in <main> with every field emptied, then some filled in."""

    #: CSS selector -> value typed after emptying (for forms that are valid when empty).
    fill: dict[str, str] = field(default_factory=dict)
    #: The form comes back with its errors (else the answer is another page).
    errors: bool = True


@dataclass(frozen=True)
class Visit:
    name: str
    endpoint: str
    path: str
    status: int = 200
    send: Send | None = None


@dataclass
class Site:
    """The demo data with a matching done, and the people and ids the pages need."""

    app: Flask
    program: Program
    other_program: Program
    run: MatchRun
    open_proposal: Proposal
    mentee: User
    mentor: User
    coordinator: User
    newcomer: User  # has an account but has not confirmed the e-mail address
    mentee_editable_id: int  # an application of the mentee that can still change
    mentor_application_id: int
    screened_application_id: int


def build_site(app: Flask, make_user: Callable[..., User], make_application: Any) -> Site:
    """Load the demo and run FIKA's matching: confirm two pairs, approve, lock, reject one."""
    demo.load()
    db.session.commit()
    fika = db.session.scalar(select(Program).where(Program.slug == demo.FIKA_PROGRAM_SLUG))
    womento = db.session.scalar(select(Program).where(Program.slug == demo.WOMENTO_PROGRAM_SLUG))
    coordinator = db.session.scalar(select(User).where(User.email == demo.FIKA_COORDINATOR_EMAIL))
    assert fika is not None
    assert womento is not None
    assert coordinator is not None

    run = matching_service.run_matching(fika, coordinator)
    db.session.commit()
    pairs = sorted(
        (p for p in run.proposals if p.mentor_id is not None), key=lambda p: -(p.score or 0)
    )
    assert len(pairs) >= 6, "the demo should give FIKA several pairs"
    for proposal in pairs[:2]:
        review_service.approve(proposal, coordinator)
        match_service.confirm(proposal, coordinator)
    review_service.approve(pairs[2], coordinator)
    review_service.set_locked(pairs[3], True, coordinator)
    review_service.reject(pairs[-1], coordinator)
    db.session.commit()

    confirmed = pairs[0]
    mentee, mentor = confirmed.mentee.user, confirmed.mentor.user
    # The matched mentee has applied to Womento too: that application can still change.
    editable = make_application(womento, mentee, Role.MENTEE, status=ApplicationStatus.SUBMITTED)
    screened = db.session.scalar(
        select(Proposal.mentee_id).where(Proposal.run_id == run.id).order_by(Proposal.id)
    )
    newcomer = make_user("new.comer@example.org", name="Noor Haddad", verified=False)
    return Site(
        app=app,
        program=fika,
        other_program=womento,
        run=run,
        open_proposal=pairs[4],
        mentee=mentee,
        mentor=mentor,
        coordinator=coordinator,
        newcomer=newcomer,
        mentee_editable_id=editable.id,
        mentor_application_id=confirmed.mentor_id,
        screened_application_id=int(screened or 0),
    )


def visits(site: Site, role: str) -> list[Visit]:
    """The pages ``role`` can open, with a form's error state after the form."""
    with site.app.test_request_context():
        return _visits(site, role)


def _visits(site: Site, role: str) -> list[Visit]:
    fika, womento = site.program, site.other_program

    def visit(name: str, endpoint: str, expect: int = 200, **values: Any) -> Visit:
        return Visit(name, endpoint, url_for(endpoint, **values), expect)

    def with_errors(page: Visit, **fill: str) -> list[Visit]:
        return [page, Visit(page.name + "-errors", page.endpoint, page.path, 200, Send(fill))]

    common = [
        visit("front-page", "public.index"),
        visit("programme", "public.program", org_slug=fika.organization.slug, slug=fika.slug),
        visit("privacy", "privacy.notice"),
        visit(
            "privacy-organisation", "privacy.organization_notice", org_slug=fika.organization.slug
        ),
        Visit("not-found", "(404)", "/no-such-page", 404),
    ]
    if role == "visitor":
        reset = tokens.make_token(site.newcomer, tokens.RESET_PASSWORD)
        verify = tokens.make_token(site.newcomer, tokens.VERIFY_EMAIL)
        return [
            *common,
            *with_errors(visit("log-in", "auth.login")),
            *with_errors(visit("register", "auth.register")),
            *with_errors(visit("forgot-password", "auth.request_reset")),
            Visit(
                "check-your-email",
                "auth.request_reset",
                url_for("auth.request_reset"),
                send=Send({"#email": site.newcomer.email}, errors=False),
            ),
            *with_errors(visit("new-password", "auth.reset_password", token=reset)),
            visit("link-does-not-work", "auth.reset_password", 400, token="not-a-token"),
            visit("confirm-email", "auth.verify_email", token=verify),
        ]

    user = {"mentee": site.mentee, "mentor": site.mentor, "coordinator": site.coordinator}[role]
    change = tokens.make_token(user, tokens.CHANGE_EMAIL, e=f"new.{user.id}@example.org")
    account = [
        visit("my-applications", "apply.my_applications"),
        *with_errors(visit("account", "auth.account")),
        *with_errors(visit("change-password", "auth.change_password")),
        *with_errors(visit("change-email", "auth.change_email")),
        visit("confirm-new-email", "auth.confirm_email_change", token=change),
        *with_errors(visit("confirm-password", "privacy.confirm_password")),
        *with_errors(visit("my-data", "privacy.my_data")),
    ]
    if role == "mentee":
        apply_as_mentor = visit(
            "apply-form", "apply.apply", org_slug=womento.organization.slug, slug=womento.slug,
            role="mentor",
        )  # fmt: skip
        return [
            *common,
            *account,
            visit("not-allowed", "coordinate.index", 403),  # the 403 page
            *with_errors(apply_as_mentor),
            *with_errors(visit("my-answers", "apply.edit", application_id=site.mentee_editable_id)),
        ]
    if role == "mentor":
        apply_as_mentee = visit(
            "apply-form", "apply.apply", org_slug=womento.organization.slug, slug=womento.slug,
            role="mentee",
        )  # fmt: skip
        return [
            *common,
            *account,
            *with_errors(apply_as_mentee),
            *with_errors(
                visit("my-answers", "apply.edit", application_id=site.mentor_application_id)
            ),
        ]
    program_id = fika.id
    return [
        *common,
        *account,
        visit("coordinator", "coordinate.index"),
        visit("coordinator-programme", "coordinate.program", program_id=program_id),
        visit("applications", "coordinate.applications", program_id=program_id),
        visit(
            "applications-filtered",
            "coordinate.applications",
            program_id=program_id,
            status="accepted",
            role="mentee",
            region="FI-18",
        ),  # fmt: skip
        *with_errors(
            visit(
                "application",
                "coordinate.application",
                application_id=site.screened_application_id,
            )
        ),  # fmt: skip
        *with_errors(visit("new-programme", "coordinate.new_program")),
        *with_errors(visit("edit-programme", "coordinate.edit_program", program_id=program_id)),
        *with_errors(
            visit(
                "organisation-privacy",
                "coordinate.privacy_notice",
                organization_id=fika.organization_id,
            ),
            **{"#privacy_contact": "not an address"},
        ),  # fmt: skip
        *with_errors(
            visit("matching-settings", "coordinate.match_settings", program_id=program_id)
        ),
        visit("matching", "coordinate.matching_overview", program_id=program_id),
        visit("run-review", "coordinate.run", run_id=site.run.id),
        visit("run-without-pair", "coordinate.run", run_id=site.run.id, state="unmatched"),
        visit("choose-mentor", "coordinate.choose_mentor", proposal_id=site.open_proposal.id),
        visit("matches", "coordinate.matches", program_id=program_id),
        visit("matches-all", "coordinate.matches", program_id=program_id, state="all"),
        visit("history", "coordinate.audit_log", program_id=program_id),
    ]


def unvisited_endpoints(app: Flask, site: Site) -> set[str]:
    """GET endpoints that no role visits and that are not listed as not being pages."""
    visited = {v.endpoint for role in ROLES for v in visits(site, role)}
    pages = {rule.endpoint for rule in app.url_map.iter_rules() if "GET" in (rule.methods or set())}
    return pages - visited - set(NOT_PAGES)


def forms_without_error_state(app: Flask, site: Site) -> set[str]:
    """Form pages (GET and POST) that no role sends with errors and that are not listed in
    :data:`NO_ERROR_STATE`: a new form's error state is never forgotten either."""
    sent = {
        v.endpoint
        for role in ROLES
        for v in visits(site, role)
        if v.send is not None and v.send.errors
    }
    forms = {
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if {"GET", "POST"} <= (rule.methods or set())
    }
    return forms - sent - set(NO_ERROR_STATE)


# -- driving the browser -----------------------------------------------------------------


def log_in(page: Page, base: str, email: str) -> None:
    page.goto(base + "/login")
    page.locator("#email").fill(email)
    page.locator("#password").fill(demo.DEMO_PASSWORD)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert "/login" not in page.url, f"log-in as {email} failed"


def switch_language(page: Page, code: str) -> None:
    """Press the language button (in the menu, which a phone first has to open)."""
    button = page.locator(f".language-switcher button[value={code}]")
    if not button.is_visible():
        page.locator(".navbar-toggler").click()
        page.locator("#main-menu.show").wait_for()  # opened: the animation has ended
    with page.expect_navigation():
        button.click()
    assert page.locator("html").get_attribute("lang") == code, LOCALE_NAMES[code]


#: Empties every field of the form in <main> and sends it, as a user pressing the button.
_SEND_EMPTY = """([fill]) => {
  const form = document.querySelector("main form[method=post][novalidate]");
  for (const el of form.elements) {
    if (el.type === "hidden" || el.type === "submit" || el.tagName === "BUTTON") continue;
    if (el.type === "checkbox" || el.type === "radio") el.checked = false;
    else if (el.tagName !== "SELECT") el.value = "";
    else if (el.options[0] && el.options[0].value === "") el.selectedIndex = 0;
  }
  for (const [selector, value] of Object.entries(fill)) form.querySelector(selector).value = value;
  form.requestSubmit();
}"""


def open_visit(page: Page, base: str, visit: Visit) -> None:
    """Open the page (and send its form, for an error state); check the status and place."""
    response = page.goto(base + visit.path)
    assert response is not None
    if visit.send is not None:
        assert response.status == 200, f"{visit.name}: {response.status}"
        with page.expect_navigation() as sent:
            page.evaluate(_SEND_EMPTY, [visit.send.fill])
        response = sent.value
        assert response is not None
    assert response.status == visit.status, f"{visit.name}: {response.status} at {page.url}"
    if visit.send is None:
        assert page.url == base + visit.path, f"{visit.name}: redirected to {page.url}"
