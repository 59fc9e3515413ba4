"""The coordinator's matching journey in a real browser, on the FIKA demo programme.

Run a matching, read a pair's reasons, reject a pair, give another mentee the
freed mentor, confirm the rest; then the mentee logs in and sees the mentor.
Screenshots of each step go to artifacts/screenshots/.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from web import demo
from web.extensions import db
from web.models import Match, MatchRun, Program, Proposal, ProposalState

pytestmark = pytest.mark.browser


def log_in(page: Page, base: str, email: str) -> None:
    page.goto(base + "/login")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_coordinator_matches_adjusts_confirms_and_the_mentee_sees_the_mentor(
    page: Page, app, live_url: str, screenshot
):
    demo.load()
    db.session.commit()
    fika = db.session.scalar(select(Program).where(Program.slug == demo.FIKA_PROGRAM_SLUG))

    log_in(page, live_url, demo.FIKA_COORDINATOR_EMAIL)
    page.goto(f"{live_url}/coordinate/programmes/{fika.id}")
    page.get_by_role("link", name="Go to matching").click()
    screenshot(page, "matching-overview")
    page.get_by_role("button", name="Run the matching").click()
    expect(page.get_by_role("heading", name="Proposed pairs")).to_be_visible()
    screenshot(page, "run-review")

    db.session.commit()  # a fresh snapshot: see what the app committed
    run = db.session.scalars(select(MatchRun).order_by(MatchRun.id.desc())).first()
    pairs = sorted(
        (p for p in run.proposals if p.mentor_id is not None), key=lambda p: -(p.score or 0)
    )
    first, rejected = pairs[0], pairs[-1]

    # Why this pair? The reasons are in the coordinator's language.
    card = page.locator(f"#proposal-{first.id}")
    card.get_by_text("Why this pair?").click()
    expect(card.get_by_text(re.compile(r"Both speak"))).to_be_visible()
    screenshot(page, "pair-reasons")

    # Reject the weakest pair: its mentor gets a free place.
    page.locator(f"#proposal-{rejected.id}").get_by_role("button", name="Reject").click()
    expect(page.get_by_text("The pair is rejected.")).to_be_visible()
    screenshot(page, "pair-rejected")

    # Give another mentee the freed mentor, from the list of alternatives.
    freed_mentor = rejected.mentor
    swapped = None
    for proposal in pairs[1:-1]:
        page.goto(f"{live_url}/coordinate/proposals/{proposal.id}/mentor")
        option = page.get_by_role("button", name=f"Choose {freed_mentor.user.name}")
        if option.count():
            screenshot(page, "alternatives")
            option.click()
            swapped = proposal
            break
    assert swapped is not None, "no mentee could take the freed mentor"
    expect(
        page.get_by_text(f"{freed_mentor.user.name} is now the proposed mentor.")
    ).to_be_visible()

    # Confirm the rest.
    page.get_by_role("button", name=re.compile(r"Approve all \d+ proposed pairs")).click()
    page.get_by_role("button", name=re.compile(r"Confirm all \d+ approved pairs")).click()
    expect(page.get_by_text(re.compile(r"\d+ pairs confirmed"))).to_be_visible()
    screenshot(page, "confirmed")

    db.session.commit()  # a fresh snapshot: see what the app committed
    matches = db.session.scalars(select(Match)).all()
    assert len(matches) == len(pairs) - 1
    assert db.session.get(Proposal, rejected.id).state == ProposalState.REJECTED
    swapped_match = next(m for m in matches if m.mentee_id == swapped.mentee_id)
    assert swapped_match.mentor_id == freed_mentor.id

    # The mentee logs in and sees the mentor, with contact details.
    page.get_by_role("button", name="Log out").click()
    mentee = swapped_match.mentee.user
    log_in(page, live_url, mentee.email)
    page.goto(f"{live_url}/me")
    page.get_by_role("button", name="English").click()  # the mentee may use another language
    expect(page.get_by_text(f"Your mentor: {freed_mentor.user.name}")).to_be_visible()
    expect(page.get_by_role("link", name=freed_mentor.user.email)).to_be_visible()
    screenshot(page, "mentee-sees-mentor")
