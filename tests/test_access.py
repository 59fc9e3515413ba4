"""Deny by default: every endpoint of app.url_map, for every role, against a table.

A new endpoint fails this test until it is added to the table with the access it
should have. Outcomes: ``ok`` (the view ran), ``login`` (sent to log in),
``forbidden`` (403) and ``not_found`` (404, also for another organisation's data).
"""

from __future__ import annotations

import pytest
from flask import url_for

from .security_world import World

ROLES = ("visitor", "mentee", "mentor", "other_coordinator", "coordinator", "admin")

PUBLIC = dict.fromkeys(ROLES, "ok")
USER = {**PUBLIC, "visitor": "login"}
COORDINATOR_AREA = {
    "visitor": "login", "mentee": "forbidden", "mentor": "forbidden", "admin": "forbidden",
    "other_coordinator": "ok", "coordinator": "ok",
}  # fmt: skip
#: Organisation A's objects: another organisation's coordinator gets 404.
COORDINATOR_OBJECT = {**COORDINATOR_AREA, "other_coordinator": "not_found"}


def own(owner: str) -> dict[str, str]:
    """A person's own object: everyone else gets 404."""
    return {
        role: "login" if role == "visitor" else "ok" if role == owner else "not_found"
        for role in ROLES
    }


#: (endpoint, method) → expected outcome per role.
ACCESS: dict[tuple[str, str], dict[str, str]] = {
    ("public.index", "GET"): PUBLIC,
    ("public.program", "GET"): PUBLIC,
    ("public.set_language", "POST"): PUBLIC,
    ("privacy.notice", "GET"): PUBLIC,
    ("privacy.organization_notice", "GET"): PUBLIC,
    ("auth.register", "GET"): PUBLIC,
    ("auth.register", "POST"): PUBLIC,
    ("auth.login", "GET"): PUBLIC,
    ("auth.login", "POST"): PUBLIC,
    ("auth.request_reset", "GET"): PUBLIC,
    ("auth.request_reset", "POST"): PUBLIC,
    ("auth.reset_password", "GET"): PUBLIC,
    ("auth.reset_password", "POST"): PUBLIC,
    ("auth.verify_email", "GET"): PUBLIC,
    ("auth.verify_email", "POST"): PUBLIC,
    ("auth.logout", "POST"): PUBLIC,
    ("auth.account", "GET"): USER,
    ("auth.account", "POST"): USER,
    ("auth.change_password", "GET"): USER,
    ("auth.change_password", "POST"): USER,
    ("auth.change_email", "GET"): USER,
    ("auth.change_email", "POST"): USER,
    ("auth.confirm_email_change", "GET"): USER,
    ("auth.confirm_email_change", "POST"): USER,
    ("auth.resend_verification", "POST"): USER,
    ("privacy.my_data", "GET"): USER,
    ("privacy.download", "GET"): USER,
    ("privacy.confirm_password", "GET"): USER,
    ("privacy.confirm_password", "POST"): USER,
    ("privacy.delete_account", "POST"): USER,
    ("apply.apply", "GET"): USER,
    ("apply.apply", "POST"): USER,
    ("apply.my_applications", "GET"): USER,
    ("apply.edit", "GET"): own("mentee"),
    ("apply.edit", "POST"): own("mentee"),
    ("apply.withdraw", "POST"): own("mentee"),
    ("apply.decline", "POST"): own("mentor"),
    ("coordinate.index", "GET"): COORDINATOR_AREA,
    ("coordinate.new_program", "GET"): COORDINATOR_AREA,
    ("coordinate.new_program", "POST"): COORDINATOR_AREA,
    ("coordinate.privacy_notice", "GET"): COORDINATOR_OBJECT,
    ("coordinate.privacy_notice", "POST"): COORDINATOR_OBJECT,
    ("coordinate.program", "GET"): COORDINATOR_OBJECT,
    ("coordinate.edit_program", "GET"): COORDINATOR_OBJECT,
    ("coordinate.edit_program", "POST"): COORDINATOR_OBJECT,
    ("coordinate.applications", "GET"): COORDINATOR_OBJECT,
    ("coordinate.application", "GET"): COORDINATOR_OBJECT,
    ("coordinate.application", "POST"): COORDINATOR_OBJECT,
    ("coordinate.match_settings", "GET"): COORDINATOR_OBJECT,
    ("coordinate.match_settings", "POST"): COORDINATOR_OBJECT,
    ("coordinate.matching_overview", "GET"): COORDINATOR_OBJECT,
    ("coordinate.run_matching", "POST"): COORDINATOR_OBJECT,
    ("coordinate.run", "GET"): COORDINATOR_OBJECT,
    ("coordinate.act_on_proposal", "POST"): COORDINATOR_OBJECT,
    ("coordinate.choose_mentor", "GET"): COORDINATOR_OBJECT,
    ("coordinate.choose_mentor", "POST"): COORDINATOR_OBJECT,
    ("coordinate.approve_all", "POST"): COORDINATOR_OBJECT,
    ("coordinate.confirm_all", "POST"): COORDINATOR_OBJECT,
    ("coordinate.export_run", "GET"): COORDINATOR_OBJECT,
    ("coordinate.matches", "GET"): COORDINATOR_OBJECT,
    ("coordinate.close_match", "POST"): COORDINATOR_OBJECT,
    ("coordinate.export_matches", "GET"): COORDINATOR_OBJECT,
    ("coordinate.audit_log", "GET"): COORDINATOR_OBJECT,
}

#: Served by Flask itself, not a view of ours.
NOT_VIEWS = {"static"}
#: Run last: they end the session.
LAST = {("auth.logout", "POST")}


def url_values(world: World) -> dict[str, object]:
    """A value for every URL parameter, pointing at organisation A's objects."""
    ids = world.ids["a"]
    return {
        "org_slug": world.program_a.organization.slug,
        "slug": world.program_a.slug,
        "role": "mentee",
        "program_id": world.program_a.id,
        "organization_id": world.ids["org_a"],
        "run_id": ids["run"],
        "proposal_id": ids["proposal"],
        "match_id": ids["match"],
        "action": "approve",
        "token": "not-a-valid-token",
    }


def application_for(endpoint: str, world: World) -> int:
    ids = world.ids["a"]
    return ids["mentee_application"] if endpoint.startswith(("apply.", "coordinate.")) else 0


def outcome(response) -> str:
    assert response.status_code < 500, response.status_code
    if response.status_code == 302 and response.headers["Location"].startswith("/login"):
        return "login"
    if response.status_code == 403:
        return "forbidden"
    if response.status_code == 404:
        return "not_found"
    return "ok"


def test_the_table_covers_every_endpoint(app):
    routes = {
        (rule.endpoint, method)
        for rule in app.url_map.iter_rules()
        if rule.endpoint not in NOT_VIEWS
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }

    assert routes - set(ACCESS) == set(), "add the new endpoints to ACCESS"
    assert set(ACCESS) - routes == set(), "ACCESS lists endpoints that no longer exist"


@pytest.mark.parametrize("role", ROLES)
def test_every_endpoint_answers_each_role_as_the_table_says(app, client, auth, world, role):
    if role != "visitor":
        auth.login(world.users[role].email)
    values = url_values(world)
    wrong = []
    for (endpoint, method), expected in sorted(ACCESS.items(), key=lambda item: item[0] in LAST):
        rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
        args = {name: values[name] for name in rule.arguments if name != "application_id"}
        if "application_id" in rule.arguments:
            args["application_id"] = application_for(endpoint, world)
        with app.test_request_context():
            url = url_for(endpoint, **args)
        response = client.get(url) if method == "GET" else client.post_form(url, {})
        if outcome(response) != expected[role]:
            wrong.append((endpoint, method, expected[role], outcome(response)))
    assert wrong == []
