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
    forms_without_error_state,
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
    "resultTypes": ["violations", "incomplete"],
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


#: Decides the contrast of elements axe left undecided; see :func:`undecided_contrast`.
_CONTRAST = """(selectors) => selectors.map((selector) => {
  const el = document.querySelector(selector);
  if (!el) return {selector, why: "not found"};
  const rgb = (text) => {
    const m = /^rgba?\\(([^)]+)\\)$/.exec(text);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return {r, g, b, a};
  };
  const style = getComputedStyle(el);
  const fg = rgb(el instanceof SVGElement ? style.fill : style.color);
  if (!fg || fg.a < 1) return {selector, why: "text colour not opaque"};
  let bg = {r: 255, g: 255, b: 255, a: 1};  // the page's own background
  for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
    const s = getComputedStyle(node);
    const icons = s.backgroundRepeat.split(",").every((v) => v.trim() === "no-repeat");
    if (s.backgroundImage !== "none" && !icons)
      return {selector, why: "text over a tiled background image"};
    const c = rgb(s.backgroundColor);
    if (!c) return {selector, why: "background colour " + s.backgroundColor};
    if (c.a === 1) { bg = c; break; }
    if (c.a > 0) return {selector, why: "text over a translucent background"};
  }
  const lum = ({r, g, b}) => [r, g, b]
    .map((v) => v / 255).map((v) => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  const ratio = (hi + 0.05) / (lo + 0.05);
  const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
  const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
  if (ratio >= needed) return null;
  return {selector, why: `contrast ${ratio.toFixed(2)}:1, needs ${needed}:1`};
}).filter(Boolean)"""


def undecided_contrast(page: Page, checks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """axe leaves contrast undecided ("incomplete") where it cannot find the background:
    form controls with an icon drawn as a background image (Bootstrap's select arrow, the
    invalid-field mark), and SVG text too short to judge. Decided here instead: the text's
    colour against the nearest opaque background colour, where any background image is a
    single icon that does not repeat (a tiled image or a translucent layer fails). What
    cannot be decided so counts as a violation: contrast is proven, not assumed."""
    selectors = [
        node["target"][0]
        for check in checks
        if check["id"] == "color-contrast"
        for node in check["nodes"]
    ]
    failures = page.evaluate(_CONTRAST, selectors) if selectors else []
    return (
        [
            {
                "id": "color-contrast-undecided",
                "impact": "serious",
                "nodes": [
                    {"target": [f["selector"]], "failureSummary": f["why"]} for f in failures
                ],
            }
        ]
        if failures
        else []
    )


def scan(page: Page) -> list[dict[str, Any]]:
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    return list(result["violations"]) + undecided_contrast(page, result["incomplete"])


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
    assert not forms_without_error_state(app, site), "forms never sent with errors"

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


def test_the_contrast_check_decides_what_axe_leaves_open(browser: Browser):
    page = browser.new_page()
    icon = "url('data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22/>')"
    page.set_content(
        f"""<input id="pale" value="x" style="color:#777;background:#fff {icon} no-repeat right">
        <input id="dark" value="x" style="color:#212529;background:#fff {icon} no-repeat right">
        <select id="two-icons" style="color:#212529;background:#fff {icon} no-repeat right,
          {icon} no-repeat left"><option>x</option></select>
        <p id="tiled" style="background:{icon} repeat">text</p>
        <p id="veiled" style="background:rgba(0,0,0,0.3)">text</p>"""
    )
    ids = ["#pale", "#dark", "#two-icons", "#tiled", "#veiled"]
    checks = [{"id": "color-contrast", "nodes": [{"target": [i]} for i in ids]}]

    found = undecided_contrast(page, checks)

    assert [node["target"][0] for node in found[0]["nodes"]] == ["#pale", "#tiled", "#veiled"]
    page.close()
