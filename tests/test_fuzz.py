"""Hypothesis throws hostile input at every form and every endpoint that takes parameters.

Very long strings, control characters and NUL, odd Unicode, wrong types, huge
numbers, lists where one value is expected: nothing may answer 500, and what is
stored is always whole (the database's constraints hold, every row complete).
"""

from __future__ import annotations

from typing import Any

import pytest
from flask import url_for
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from web.extensions import db
from web.models import Application, Program

from .security_world import World
from .test_access import url_values

#: Text a browser (or an attacker with curl) can send: everything but lone surrogates.
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
HOSTILE = st.one_of(
    ANY_TEXT,
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=3000, max_size=6000),
    st.sampled_from(["\x00", "\x00" * 50, "\u202e\u0000<script>", "%00", "' OR 1=1 --",
                     "{{7*7}}", "%(name)s", "NaN", "-0", "1e309", "٣", "²", "🙂" * 40]),
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
    st.lists(ANY_TEXT, max_size=4),
)  # fmt: skip

FIELDS: dict[str, list[str]] = {
    "auth.register": ["name", "email", "password", "confirm"],
    "auth.login": ["email", "password"],
    "auth.request_reset": ["email"],
    "auth.account": ["name", "locale"],
    "auth.change_password": ["current_password", "password", "confirm"],
    "auth.change_email": ["email", "current_password"],
    "privacy.confirm_password": ["password"],
    "privacy.delete_account": ["password", "understood"],
    "public.set_language": ["locale", "next"],
    "apply.apply": ["phone", "gender", "region", "languages-0-code", "languages-0-level",
                    "languages-7-code", "fields", "topics", "background", "goals", "meeting",
                    "availability", "capacity", "paused", "wants_mentor_gender", "consent"],
    "apply.edit": ["phone", "region", "languages-0-code", "languages-0-level", "fields",
                   "topics", "background", "goals", "meeting", "availability"],
    "apply.decline": ["reason"],
    "coordinate.new_program": ["organization", "name", "slug", "summary", "audience",
                               "description", "pairing", "duration_months", "commitment",
                               "languages", "status", "applications_open_on",
                               "applications_close_on", "starts_on", "ends_on", "asks_gender",
                               "allows_gender_wish"],
    "coordinate.application": ["decision", "note"],
    "coordinate.match_settings": ["weight_fields", "weight_topics", "weight_text",
                                  "weight_languages", "weight_availability", "weight_region",
                                  "objective", "min_score", "allows_gender_wish"],
    "coordinate.choose_mentor": ["mentor_id"],
    "coordinate.close_match": ["reason", "cancel"],
    "coordinate.privacy_notice": ["privacy_notice", "privacy_contact"],
}  # fmt: skip
#: Who may post to each form (else the answer is only a refusal, which other tests check).
POSTER = {
    name: "mentee"
    for name in (
        "auth.account",
        "auth.change_password",
        "auth.change_email",
        "privacy.confirm_password",
        "privacy.delete_account",
    )
}
POSTER |= {"apply.decline": "mentor", "apply.apply": "newcomer", "apply.edit": "waiting"}
POSTER |= {name: "coordinator" for name in FIELDS if name.startswith("coordinate.")}

QUERY_PAGES = {
    "coordinate.applications": ["q", "role", "status", "language", "field", "region", "page"],
    "coordinate.run": ["q", "state", "sort", "page"],
    "coordinate.matches": ["state"],
    "coordinate.audit_log": ["page"],
    "auth.login": ["next"],
}


def form_data(fields: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional=dict.fromkeys(fields, HOSTILE))


def assert_whole(world: World) -> None:
    """What is stored is complete: the constraints hold and required answers are there."""
    db.session.commit()  # a fresh snapshot: see what the app committed
    for application in db.session.scalars(select(Application)):
        assert application.consent_version
        if application.role.value == "mentor":
            assert 1 <= (application.capacity or 0) <= 5
    for program in db.session.scalars(select(Program)):
        assert program.name
        assert program.name == program.name.strip()
        assert "\x00" not in program.name + program.description


def url_of(app, world: World, endpoint: str) -> str:
    values = {**url_values(world), "application_id": world.ids["a"]["waiting_application"]}
    rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
    with app.test_request_context():
        return url_for(endpoint, **{name: values[name] for name in rule.arguments})


@pytest.mark.parametrize("endpoint", sorted(FIELDS))
def test_forms_take_hostile_input(app, client, auth, world, endpoint):
    who = POSTER.get(endpoint)
    if who:
        auth.login(world.users[who].email)
    url = url_of(app, world, endpoint)

    @settings(
        max_examples=25,
        deadline=None,
        derandomize=True,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )
    @given(data=form_data(FIELDS[endpoint]))
    def post(data: dict[str, Any]) -> None:
        response = client.post_form(url, data)
        assert response.status_code < 500, (endpoint, data)

    post()
    assert_whole(world)


@pytest.mark.parametrize("endpoint", sorted(QUERY_PAGES))
def test_query_parameters_take_hostile_input(app, client, auth, world, endpoint):
    if endpoint.startswith("coordinate."):
        auth.login("coordinator@luckan.example")
    url = url_of(app, world, endpoint)

    @settings(
        max_examples=25,
        deadline=None,
        derandomize=True,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )
    @given(params=form_data(QUERY_PAGES[endpoint]))
    def get(params: dict[str, Any]) -> None:
        response = client.get(url, query_string=params)
        assert response.status_code < 500, (endpoint, params)

    get()


@pytest.mark.parametrize(
    "path",
    [
        "/coordinate/programmes/{n}",
        "/coordinate/applications/{n}",
        "/coordinate/runs/{n}",
        "/coordinate/proposals/{n}/mentor",
        "/coordinate/organisations/{n}/privacy",
        "/me/applications/{n}",
    ],
)
def test_ids_in_paths_take_any_number(client, auth, world, path):
    auth.login("coordinator@luckan.example")

    @settings(
        max_examples=20,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(n=st.integers(min_value=0, max_value=2**80))
    def get(n: int) -> None:
        assert client.get(path.format(n=n)).status_code in (200, 302, 404)

    get()
