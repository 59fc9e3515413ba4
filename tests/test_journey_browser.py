"""The first journey in a real browser: apply as mentee and mentor, then a coordinator accepts.

Debian's Chromium, driven by Playwright, against the app on a real port; the
verification links arrive by a real SMTP server. Screenshots of each step are
saved under artifacts/screenshots/.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from web import demo
from web.extensions import db
from web.models import Application, ApplicationStatus, Role, User

from .mailserver import body_of

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_site(app, live_url, mail_server):
    app.config["OUTBOX_DELIVERY"] = "inline"
    demo.load()
    db.session.commit()
    return live_url


def register_and_verify(page: Page, base: str, mail_server, name: str, email: str, shot) -> None:
    """Create an account from the programme page and follow the link in the e-mail."""
    page.get_by_label("Your name").fill(name)
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("New password", exact=True).fill("my own long passphrase")
    page.get_by_label("New password again").fill("my own long passphrase")
    shot(page, f"register-{name.split()[0].lower()}")
    page.get_by_role("button", name="Create an account").click()
    expect(page.get_by_role("heading", name="Check your e-mail")).to_be_visible()

    message = next(m for m in mail_server.inbox.wait_for(1) if m["To"] == email)
    link = re.search(r"http://\S+/verify/\S+", body_of(message))
    assert link, body_of(message)
    page.goto(link.group(0))
    page.get_by_role("button", name="Confirm and continue").click()


def fill_profile(page: Page, *, field: str, topic: str, text: str, goals: str) -> None:
    page.get_by_label("Where do you live?").select_option(label="Uusimaa")
    page.locator("#languages-0-code").select_option("en")
    page.locator("#languages-0-level").select_option("fluent")
    page.locator("#languages-1-code").select_option("sv")
    page.locator("#languages-1-level").select_option("good")
    page.get_by_role("checkbox", name=field).check()
    page.get_by_label("Your education and work experience").fill(text)
    page.get_by_role("checkbox", name=topic).check()
    page.locator("#goals").fill(goals)
    page.get_by_role("radio", name="Online or in person").check()
    page.get_by_role("checkbox", name="Tuesday evening").check()


def test_apply_as_mentee_and_mentor_then_the_coordinator_accepts_both(
    page: Page, demo_site: str, mail_server, screenshot
):
    programme = f"{demo_site}/programmes/{demo.FIKA_ORG_SLUG}/{demo.FIKA_PROGRAM_SLUG}"

    # A mentee finds the programme and applies.
    page.goto(demo_site + "/")
    screenshot(page, "front-page")
    page.goto(programme)
    screenshot(page, "programme-page")
    page.get_by_role("link", name="Apply to find a mentor").click()
    page.get_by_role("main").get_by_role("link", name="Create an account").click()
    register_and_verify(
        page, demo_site, mail_server, "Nadiia Shevchenko", "nadiia@example.org", screenshot
    )
    expect(page.get_by_role("heading", name="Apply to find a mentor")).to_be_visible()
    fill_profile(
        page,
        field="IT and software",
        topic="Looking for work",
        text="I studied computer science in Kharkiv and tested banking software for six years.",
        goals="I want my first job in a Finnish software team and to understand the culture.",
    )
    page.get_by_role("radio", name="Woman", exact=True).check()
    page.get_by_label("I agree that the organisation keeps my answers").check()
    screenshot(page, "mentee-form-filled")
    page.get_by_role("button", name="Send the application").click()
    expect(page.get_by_text("Thank you! Your application is sent.")).to_be_visible()
    expect(page.get_by_text("Submitted")).to_be_visible()
    screenshot(page, "mentee-application-sent")
    page.get_by_role("button", name="Log out").click()

    # A mentor applies to the same programme.
    page.goto(programme)
    page.get_by_role("link", name="Apply to be a mentor").click()
    page.get_by_role("main").get_by_role("link", name="Create an account").click()
    register_and_verify(
        page, demo_site, mail_server, "Mikael Lindholm", "mikael@example.org", screenshot
    )
    expect(page.get_by_role("heading", name="Apply to be a mentor")).to_be_visible()
    fill_profile(
        page,
        field="IT and software",
        topic="Building a professional network",
        text="Software architect at a Helsinki bank; I have hired many international developers.",
        goals="I can explain how recruiting works in Finnish tech and open my network.",
    )
    page.get_by_role("radio", name="Man", exact=True).check()
    page.get_by_label("How many mentees can you have at the same time?").select_option("2")
    page.get_by_label("I agree that the organisation keeps my answers").check()
    screenshot(page, "mentor-form-filled")
    page.get_by_role("button", name="Send the application").click()
    expect(page.get_by_text("Thank you! Your application is sent.")).to_be_visible()
    screenshot(page, "mentor-application-sent")
    page.get_by_role("button", name="Log out").click()

    # The programme's coordinator logs in and accepts both.
    page.goto(demo_site + "/login")
    page.get_by_label("E-mail address").fill(demo.FIKA_COORDINATOR_EMAIL)
    page.get_by_label("Password").fill(demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Your programmes")).to_be_visible()
    screenshot(page, "coordinator-programmes")
    page.get_by_role("link", name=re.compile("FIKA")).first.click()
    page.get_by_role("link", name="See all applications").click()
    page.get_by_label("Search by name or e-mail").fill("example.org")
    page.get_by_role("button", name="Show").click()
    screenshot(page, "coordinator-application-list")
    for name in ("Nadiia Shevchenko", "Mikael Lindholm"):
        page.get_by_role("link", name=name).click()
        expect(page.get_by_role("heading", name=name)).to_be_visible()
        page.get_by_role("radio", name="Accept", exact=True).check()
        page.get_by_label("Note for coordinators").fill("Interviewed by phone.")
        screenshot(page, f"coordinator-decides-{name.split()[0].lower()}")
        page.get_by_role("button", name="Save the decision").click()
        expect(page.get_by_text("The decision is saved")).to_be_visible()
    screenshot(page, "coordinator-after-decisions")

    db.session.commit()  # a fresh snapshot: see what the app committed
    applications = db.session.scalars(
        select(Application).join(Application.user).where(User.email.like("%@example.org"))
    ).all()
    assert {(a.role, a.status) for a in applications} == {
        (Role.MENTEE, ApplicationStatus.ACCEPTED),
        (Role.MENTOR, ApplicationStatus.ACCEPTED),
    }
    subjects = {m["Subject"] for m in mail_server.inbox.messages if m["To"] == "nadiia@example.org"}
    assert any(subject.startswith("You are accepted") for subject in subjects)
