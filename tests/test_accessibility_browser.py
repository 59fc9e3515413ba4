"""Every page, for every role, in Finnish, Swedish and English, scanned with axe-core.

WCAG 2.0 and 2.1, levels A and AA (axe's ``wcag2a``, ``wcag2aa``, ``wcag21a`` and
``wcag21aa`` rules), plus the axe rules for what the issue asks beyond them: headings
in order, every part of the page in a landmark, one main landmark and one h1. Forms are
scanned also with their errors showing (sent empty), and there the error summary must
have the focus and link to fields that exist. The Content-Security-Policy stays on: a
page that needs inline script or style shows up as a console error, which fails too.

One browser; a context per role that logs in once and then switches the language with
the switcher. With ``SILTA_UPDATE_SCREENSHOTS=1`` the README's screenshots are written
to docs/screenshots/ (else to artifacts/screenshots/readme/).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import axe_playwright_python
import pytest
from playwright.sync_api import Browser, Page

from .browser import ROOT, SCREENSHOTS
from .every_page import (
    LANGUAGES,
    ROLES,
    Site,
    Visit,
    build_site,
    log_in,
    open_visit,
    switch_language,
    unvisited_endpoints,
    visits,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AXE_SCRIPT = Path(axe_playwright_python.__file__).parent / "axe.min.js"
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "rules": {
        rule: {"enabled": True}
        for rule in (
            "heading-order",
            "landmark-one-main",
            "landmark-unique",
            "page-has-heading-one",
            "region",
        )
    },
    "resultTypes": ["violations"],
}
REPORT = ROOT / "artifacts" / "axe-report.json"

#: The README's screenshots: (role, language, page) -> file name, and how to set the page up.
README_SHOTS: dict[tuple[str, str, str], str] = {
    ("visitor", "en", "front-page"): "01-front-page",
    ("visitor", "en", "programme"): "02-programme-page",
    ("mentor", "en", "apply-form"): "03-application-form",
    ("mentee", "en", "my-applications"): "04-my-applications-with-a-mentor",
    ("coordinator", "en", "applications"): "05-coordinator-applications",
    ("coordinator", "en", "run-review"): "06-run-review-with-reasons",
    ("coordinator", "en", "matching-settings"): "07-matching-settings",
    ("mentor", "fi", "apply-form"): "08-application-form-in-finnish",
}


def readme_screenshots() -> Path:
    if os.environ.get("SILTA_UPDATE_SCREENSHOTS") == "1":
        return ROOT / "docs" / "screenshots"
    return SCREENSHOTS / "readme"


def _show_a_pair_with_reasons(page: Page) -> None:
    card = page.locator("article.proposal").first
    card.locator("details").evaluate("details => { details.open = true; }")
    card.evaluate("card => window.scrollTo(0, card.getBoundingClientRect().top + scrollY - 90)")


SHOT_SETUP: dict[str, Callable[[Page], None]] = {
    "06-run-review-with-reasons": _show_a_pair_with_reasons,
}


def take_readme_shot(page: Page, name: str) -> None:
    folder = readme_screenshots()
    folder.mkdir(parents=True, exist_ok=True)
    SHOT_SETUP.get(name, lambda page: None)(page)
    page.screenshot(path=str(folder / f"{name}.png"))  # the viewport: 1280 × 900
    page.evaluate("window.scrollTo(0, 0)")


def error_summary_problems(page: Page) -> list[str]:
    """The summary is there, has the focus, and every link leads to a field that exists."""
    state = page.evaluate(
        """() => {
          const summary = document.getElementById("error-summary");
          if (!summary) return null;
          const links = [...summary.querySelectorAll("a")].map(a => a.hash.slice(1));
          return {
            focused: document.activeElement === summary,
            missing: links.filter(id => !document.getElementById(id)),
            links: links.length,
          };
        }"""
    )
    if state is None:
        return ["no error summary"]
    problems = []
    if not state["focused"]:
        problems.append("the error summary does not have the focus")
    if not state["links"]:
        problems.append("the error summary links to no field")
    problems += [
        f"the error summary links to #{target}, which is missing" for target in state["missing"]
    ]
    return problems


def scan(page: Page) -> list[dict[str, Any]]:
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    return list(result["violations"])


def describe(violation: dict[str, Any]) -> str:
    nodes = violation["nodes"]
    targets = ", ".join(" ".join(node["target"]) for node in nodes[:3])
    more = f" (+{len(nodes) - 3} more)" if len(nodes) > 3 else ""
    why = nodes[0].get("failureSummary", "").replace("\n", " ") if nodes else ""
    return f"{violation['id']} [{violation['impact']}]: {targets}{more} — {why}"


def test_every_page_for_every_role_in_every_language_has_no_axe_violation(
    app, live_url: str, browser: Browser, make_user, make_application
):
    site: Site = build_site(app, make_user, make_application)
    assert not unvisited_endpoints(app, site), "pages nobody visits; add them to every_page.py"

    found: list[dict[str, Any]] = []
    console: list[str] = []  # script errors and CSP refusals of the current page
    scanned = 0
    for role in ROLES:
        role_visits: list[Visit] = visits(site, role)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.add_init_script(path=str(AXE_SCRIPT))
        page = context.new_page()
        page.on("pageerror", lambda error: console.append(f"script error: {error}"))
        page.on(
            "console",
            lambda message: (
                console.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )
        if role == "visitor":
            page.goto(live_url + "/")
        else:
            log_in(page, live_url, getattr(site, role).email)
        for language in LANGUAGES:
            switch_language(page, language)
            for visit in role_visits:
                where = {"role": role, "language": language, "page": visit.name, "url": visit.path}
                open_visit(page, live_url, visit)
                lang = page.locator("html").get_attribute("lang")
                if lang != language:
                    found.append({**where, "rule": "html-lang", "text": f"lang={lang}"})
                if visit.send is not None and visit.send.errors:
                    for problem in error_summary_problems(page):
                        found.append({**where, "rule": "error-summary", "text": problem})
                shot = README_SHOTS.get((role, language, visit.name))
                if shot:
                    take_readme_shot(page, shot)
                for violation in scan(page):
                    found.append({**where, "rule": violation["id"], "text": describe(violation)})
                found += [{**where, "rule": "console", "text": text} for text in console]
                console.clear()
                scanned += 1
        context.close()

    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps({"scanned": scanned, "violations": found}, indent=2))
    assert scanned > 150
    assert not found, f"{len(found)} problems (all in {REPORT}):\n" + "\n".join(
        f"{f['role']}/{f['language']}/{f['page']}: {f['text']}" for f in found[:40]
    )
