"""Organisations stay apart: nothing of organisation B ever reaches A's coordinator."""

from __future__ import annotations

from flask import url_for
from sqlalchemy import select

from web.extensions import db
from web.models import OutboxMessage

from .security_world import MARKER, World
from .test_access import ACCESS, url_values


def b_values(world: World) -> dict[str, object]:
    """URL values pointing at organisation B's objects."""
    ids = world.ids["b"]
    return {
        **url_values(world),
        "program_id": world.program_b.id,
        "organization_id": world.ids["org_b"],
        "run_id": ids["run"],
        "proposal_id": ids["proposal"],
        "match_id": ids["match"],
        "application_id": ids["mentee_application"],
    }


def test_no_page_or_export_shows_a_coordinator_anything_of_another_organisation(
    app, client, auth, world
):
    auth.login("coordinator@luckan.example")
    seen = []
    for values in (
        {**url_values(world), "application_id": world.ids["a"]["mentee_application"]},
        b_values(world),
    ):
        for endpoint, method in ACCESS:
            if method != "GET" or endpoint == "auth.login":
                continue
            rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
            with app.test_request_context():
                url = url_for(endpoint, **{name: values[name] for name in rule.arguments})
            response = client.get(url, follow_redirects=True)
            body = response.get_data(as_text=True)
            seen.append(url)
            assert MARKER not in body, url
    # The public pages do list B's programme and notice; the coordinator area never does.
    assert any("/coordinate/runs/" in url for url in seen)


def test_posting_to_another_organisations_objects_changes_nothing(client, auth, world):
    auth.login("coordinator@luckan.example")
    ids = world.ids["b"]

    for url, data in [
        (f"/coordinate/applications/{ids['mentee_application']}", {"decision": "rejected"}),
        (f"/coordinate/proposals/{ids['proposal']}/approve", {}),
        (f"/coordinate/matches/{ids['match']}/close", {"reason": "x"}),
        (f"/coordinate/programmes/{world.program_b.id}/matching/runs", {}),
        (f"/coordinate/organisations/{world.ids['org_b']}/privacy", {"privacy_notice": "x"}),
    ]:
        assert client.post_form(url, data).status_code == 404, url


def test_a_declined_match_tells_only_the_programmes_own_coordinators(client, auth, world):
    auth.login("b-mentor@example.org")

    client.post_form(f"/me/matches/{world.ids['b']['match']}/decline", {"reason": "Moved."})

    recipients = db.session.scalars(
        select(OutboxMessage.recipient).where(OutboxMessage.template == "match_declined")
    ).all()
    assert recipients == ["coordinator@other.example"]


def test_mass_assignment_of_organisation_role_or_status_changes_nothing(
    client, auth, world, make_user
):
    auth.login("coordinator@luckan.example")
    program = world.program_a

    client.post_form(
        f"/coordinate/programmes/{program.id}/edit",
        {"organization": str(world.ids["org_b"]), "organization_id": str(world.ids["org_b"]),
         "name": "Renamed", "summary": "s", "audience": "a", "description": "d",
         "duration_months": "6", "languages": ["fi"], "status": "open"},
    )  # fmt: skip
    db.session.refresh(program)
    assert program.organization_id == world.ids["org_a"]

    auth.logout()
    person = make_user("someone@example.org")
    auth.login("someone@example.org")
    client.post_form("/account", {"name": "Someone", "locale": "en", "is_admin": "y",
                                  "active": "n", "email": "x@example.org"})  # fmt: skip
    db.session.refresh(person)
    assert (person.is_admin, person.active, person.email) == (False, True, "someone@example.org")
