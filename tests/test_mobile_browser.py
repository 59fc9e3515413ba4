"""Every page, for every role, on a phone 375 px wide: nothing makes the page scroll sideways.

The same pages as the accessibility scan (tests/every_page.py), in Finnish, Swedish
and English (Finnish has the longest words), with every ``<details>`` opened and the
forms also with their errors showing. The language is switched with the menu, which a
phone has to open first. A wide table may scroll inside its own box; the page may not.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from .every_page import (
    LANGUAGES,
    ROLES,
    build_site,
    forms_without_error_state,
    log_in,
    open_visit,
    switch_language,
    unvisited_endpoints,
    visits,
)
from .test_accessibility_browser import readme_screenshots

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WIDTH = 375

#: How wide the page is, and which elements stick out on the right (the innermost ones).
_MEASURE = """(width) => {
  document.querySelectorAll("details").forEach(d => { d.open = true; });
  const limit = Math.min(width, window.innerWidth);
  const wide = [...document.querySelectorAll("body *")].filter(el => {
    if (el.closest(".table-responsive")) return false;
    const box = el.getBoundingClientRect();
    const spills =
      el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "visible";
    return box.width > 0 && (box.right > limit + 1 || spills);
  });
  const innermost = wide.filter(el => !wide.some(other => other !== el && el.contains(other)));
  const describe = el => {
    const classes = typeof el.className === "string" ? el.className.trim().split(/\\s+/) : [];
    const name = [el.tagName.toLowerCase() + (el.id ? "#" + el.id : ""), ...classes].join(".");
    return name.replace(/\\.$/, "") + " (" + Math.round(el.getBoundingClientRect().right) + " px)";
  };
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    culprits: innermost.slice(0, 5).map(describe),
  };
}"""

PHONE_SHOTS = {("visitor", "fi", "programme"): "09-phone-programme-page-in-finnish"}


def overflow(page: Page) -> str | None:
    measured = page.evaluate(_MEASURE, WIDTH)
    if measured["scrollWidth"] <= min(WIDTH, measured["innerWidth"]):
        return None
    return f"{measured['scrollWidth']} px wide: {', '.join(measured['culprits']) or '?'}"


def test_every_page_for_every_role_fits_a_phone_375_px_wide(
    app, live_url: str, browser: Browser, make_user, make_application
):
    site = build_site(app, make_user, make_application)
    assert not unvisited_endpoints(app, site)
    assert not forms_without_error_state(app, site)

    too_wide: list[str] = []
    for role in ROLES:
        # Not is_mobile: a phone browser zooms out to fit a page that is too wide, which
        # would hide the problem from the measurement; this layout stays 375 px.
        context = browser.new_context(viewport={"width": WIDTH, "height": 812})
        page = context.new_page()
        if role == "visitor":
            page.goto(live_url + "/")
        else:
            log_in(page, live_url, getattr(site, role).email)
        for language in LANGUAGES:
            switch_language(page, language)
            for visit in visits(site, role):
                open_visit(page, live_url, visit)
                shot = PHONE_SHOTS.get((role, language, visit.name))
                if shot:
                    readme_screenshots().mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(readme_screenshots() / f"{shot}.png"))
                problem = overflow(page)
                if problem:
                    too_wide.append(f"{role}/{language}/{visit.name} ({visit.path}): {problem}")
        context.close()
    assert not too_wide, "pages that scroll sideways at 375 px:\n" + "\n".join(too_wide)
