"""Whatever a browser can send to a form gets an answer, never a 500, and nothing half stored."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from web import tokens
from web.extensions import db
from web.models import Application, Program

from .factories import PASSWORD

HOSTILE_VALUES = [
    "",
    " ",
    "x" * 20_000,
    "\x00\x01\x02 nul and controls",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%s %(x)s {{ 7*7 }}",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂 ‮reversed",
    "-1",
    "99999999999999999999999",
    "3.5",
    "2027-02-30",
]


def hostile_payloads(fields: list[str]) -> list[dict[str, object]]:
    """Each hostile value in every field at once, plus a few odd shapes."""
    payloads: list[dict[str, object]] = [{}]
    payloads += [{name: value for name in fields} for value in HOSTILE_VALUES]
    payloads.append({name: ["a", "b"] for name in fields})  # a list where one value is expected
    return payloads


@pytest.fixture
def world(make_org, make_user, make_program, make_application, auth):
    organization = make_org()
    coordinator = make_user("coordinator@example.org", coordinator_of=organization)
    program = make_program(organization)
    mentee = make_user("mentee@example.org")
    application = make_application(program, mentee)
    return {
        "program": program,
        "application": application,
        "coordinator": coordinator,
        "mentee": mentee,
    }


FORMS = {
    "register": (None, "/register", ["name", "email", "password", "confirm"]),
    "login": (None, "/login", ["email", "password"]),
    "reset": (None, "/reset", ["email"]),
    "account": ("mentee", "/account", ["name", "locale"]),
    "password": ("mentee", "/account/password", ["current_password", "password", "confirm"]),
    "email": ("mentee", "/account/email", ["email", "current_password"]),
    "apply": (
        "mentee",
        "/programmes/{org}/{slug}/apply/mentor",
        [
            "phone",
            "region",
            "languages-0-code",
            "languages-0-level",
            "fields",
            "topics",
            "background",
            "goals",
            "meeting",
            "availability",
            "capacity",
            "consent",
        ],
    ),
    "edit": (
        "mentee",
        "/me/applications/{application}",
        [
            "phone",
            "region",
            "languages-0-code",
            "languages-0-level",
            "fields",
            "topics",
            "background",
            "goals",
            "meeting",
            "availability",
        ],
    ),
    "programme": (
        "coordinator",
        "/coordinate/programmes/new",
        [
            "organization",
            "name",
            "slug",
            "summary",
            "audience",
            "description",
            "duration_months",
            "languages",
            "status",
            "applications_open_on",
            "applications_close_on",
            "starts_on",
            "ends_on",
            "asks_gender",
            "allows_gender_wish",
        ],
    ),
    "decision": ("coordinator", "/coordinate/applications/{application}", ["decision", "note"]),
}


@pytest.mark.parametrize("form_name", list(FORMS))
def test_hostile_input_never_gives_a_server_error(client, auth, world, form_name):
    who, url_pattern, fields = FORMS[form_name]
    if who:
        auth.login(world[who].email)
    url = url_pattern.format(
        org=world["program"].organization.slug,
        slug=world["program"].slug,
        application=world["application"].id,
    )
    programmes_before = db.session.scalar(select(func.count(Program.id)))

    for payload in hostile_payloads(fields):
        response = client.post_form(url, payload)
        assert response.status_code < 500, (form_name, payload)
        if response.status_code == 200:
            assert "text/html" in response.content_type

    assert db.session.scalar(select(func.count(Program.id))) == programmes_before
    assert db.session.scalar(select(func.count(Application.id))) == 1


def test_token_pages_take_any_token(client, world):
    for token in ["", "x", "a.b.c", "%00", "x" * 5000, "../../etc/passwd"]:
        for path in ("/verify/", "/reset/"):
            assert client.get(path + token).status_code in (400, 404)


def test_a_real_reset_token_with_hostile_passwords(client, world, app):
    with app.test_request_context():
        token = tokens.make_token(world["mentee"], tokens.RESET_PASSWORD)

    for payload in hostile_payloads(["password", "confirm"]):
        assert client.post_form(f"/reset/{token}", payload).status_code < 500

    # None of those set a password: the old one still works.
    assert (
        client.post_form(
            "/login", {"email": "mentee@example.org", "password": PASSWORD}
        ).status_code
        == 302
    )


@pytest.mark.parametrize(
    "query",
    [
        "?q=%00",
        "?q=" + "x" * 5000,
        "?page=-5",
        "?page=99999999999999999999",
        "?role=admin&status=%3Cscript%3E",
        "?language=fi&language=sv",
        "?region=FI-18%00",
    ],
)
def test_hostile_filters_on_the_application_list(client, auth, world, query):
    auth.login("coordinator@example.org")

    response = client.get(f"/coordinate/programmes/{world['program'].id}/applications{query}")

    assert response.status_code == 200


def test_a_body_over_the_limit_is_refused_politely(client, auth, world):
    auth.login("mentee@example.org")

    response = client.post_form("/account", {"name": "x" * 2_000_000})

    assert response.status_code == 413
    assert "Too much data" in response.get_data(as_text=True)
