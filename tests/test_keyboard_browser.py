"""A mentee applies with the keyboard alone, in Finnish: no mouse, no clicks.

From the log-in page to the stored application: Tab and Shift+Tab to move, typing in
fields and (type-ahead) in selects, Space for checkboxes and the first radio, arrow keys
within a radio group, Enter to follow a link and to send. The form is first sent
without the consent: the error summary takes the focus, and its link takes the focus
to the consent box. Every element that gets the focus shows a visible focus ring.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from web.extensions import db
from web.models import Application, ApplicationStatus, Gender, Meeting, Role

pytestmark = pytest.mark.browser

#: The focused element and whether its focus ring can be seen (WCAG 2.4.7).
_FOCUS = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    id: el.id, name: el.getAttribute("name"), value: el.value, tag: el.tagName.toLowerCase(),
    ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
  };
}"""


def focused(page: Page) -> dict:
    return page.evaluate(_FOCUS)


def tab_to(page: Page, selector: str, *, backwards: bool = False, limit: int = 150) -> None:
    """Press Tab (or Shift+Tab) until the element matching ``selector`` has the focus."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        page.keyboard.press(key)
        now = focused(page)
        if now["tag"] != "body":  # between the page and the browser's own controls
            assert now["ring"], f"no visible focus on {now} on the way to {selector}"
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{key} never reached {selector}; the focus is on {focused(page)}")


def choose(page: Page, selector: str, typed: str, expected: str) -> None:
    """Tab to a select and pick an option by typing the start of its name (type-ahead)."""
    tab_to(page, selector)
    page.keyboard.type(typed, delay=30)
    assert page.locator(selector).input_value() == expected, f"{selector}: typed {typed!r}"


def press_and_wait(page: Page, key: str) -> None:
    with page.expect_navigation():
        page.keyboard.press(key)


@pytest.fixture
def fika(make_org, make_program):
    organization = make_org("Luckan Integration", "luckan")
    return make_program(
        organization, name="Hanki oma mentorisi – FIKA", slug="fika", asks_gender=True
    )


def test_a_mentee_applies_in_finnish_with_the_keyboard_alone(
    page: Page, live_url: str, make_user, fika, screenshot
):
    make_user(
        "leila.ahmadi@example.org", name="Leila Ahmadi", locale="fi", password="kolme pitkää sanaa"
    )

    # Log in.
    page.goto(live_url + "/login")
    tab_to(page, "#email")
    page.keyboard.type("leila.ahmadi@example.org")
    tab_to(page, "#password")
    page.keyboard.type("kolme pitkää sanaa")
    press_and_wait(page, "Enter")
    assert page.locator("html").get_attribute("lang") == "fi"

    # From the programme page to the form.
    page.goto(f"{live_url}/programmes/luckan/fika")
    tab_to(page, "main a[href$='/apply/mentee']")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Hae itsellesi mentoria"
    press_and_wait(page, "Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hae itsellesi mentoria")

    # 1. About you.
    tab_to(page, "#phone")
    page.keyboard.type("+358 40 765 4321")
    tab_to(page, "input[name=gender][value=woman]")
    page.keyboard.press("Space")
    choose(page, "#region", "Uusi", "FI-18")
    # 2. Languages.
    choose(page, "#languages-0-code", "Suo", "fi")
    choose(page, "#languages-0-level", "Suj", "fluent")
    choose(page, "#languages-1-code", "Engl", "en")
    choose(page, "#languages-1-level", "Hyv", "good")
    # 3. Field and goals.
    tab_to(page, "input[name=fields][value=it]")
    page.keyboard.press("Space")
    tab_to(page, "#background")
    page.keyboard.type(
        "Opiskelin tietojenkäsittelyä Teheranissa ja tein web-sovelluksia viisi vuotta."
    )
    tab_to(page, "input[name=topics][value=job_search]")
    page.keyboard.press("Space")
    tab_to(page, "#goals")
    page.keyboard.type("Haluan ensimmäisen työpaikan suomalaisessa ohjelmistotiimissä.")
    # Back up with Shift+Tab to add a second topic.
    tab_to(page, "input[name=topics][value=networking]", backwards=True)
    page.keyboard.press("Space")
    # 4. Where and when: arrow keys move within the radio group and choose.
    tab_to(page, "input[name=meeting][value=online]")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert focused(page)["value"] == "either"
    tab_to(page, "#availability-tue_evening")
    page.keyboard.press("Space")
    tab_to(page, "#availability-thu_evening")
    page.keyboard.press("Space")
    screenshot(page, "filled-without-consent")

    # Send without the consent: the error summary takes the focus.
    tab_to(page, "main form button[type=submit]")
    press_and_wait(page, "Enter")
    assert focused(page)["id"] == "error-summary"
    expect(page.locator("#error-summary")).to_contain_text("annat suostumuksesi")
    screenshot(page, "error-summary")
    # Its link takes the focus to the consent box.
    tab_to(page, "#error-summary a[href='#consent']")
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "consent"
    page.keyboard.press("Space")
    tab_to(page, "main form button[type=submit]")
    press_and_wait(page, "Enter")

    expect(page.get_by_text("Kiitos! Hakemuksesi on lähetetty.")).to_be_visible()
    screenshot(page, "sent")
    db.session.commit()  # a fresh snapshot: see what the app committed
    application = db.session.scalars(select(Application)).one()
    assert application.role == Role.MENTEE
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.user.email == "leila.ahmadi@example.org"
    assert application.phone == "+358 40 765 4321"
    assert application.gender == Gender.WOMAN
    assert application.region == "FI-18"
    assert application.languages == {"fi": "fluent", "en": "good"}
    assert application.fields == ["it"]
    assert sorted(application.topics) == ["job_search", "networking"]
    assert application.meeting == Meeting.EITHER
    assert sorted(application.availability) == ["thu_evening", "tue_evening"]
    assert application.consent_at is not None
