"""E-mails go out in the recipient's language, whoever caused them.

A Swedish-speaking mentor and a Finnish-speaking mentee register (their browsers ask
for Swedish and Finnish), confirm their addresses and apply; an English-speaking
coordinator accepts both, runs the matching and confirms the pair. Every message
arrives through a real SMTP server (aiosmtpd), in Swedish for the mentor and in
Finnish for the mentee: the subjects, the bodies, and the Content-Language header.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from web.extensions import db
from web.models import Application, MatchRun, Role

from .mailserver import body_of

MENTOR = "mikael.lindholm@example.org"
MENTEE = "aino.virtanen@example.org"
PASSWORD = "tre ord som ingen gissar"

PROFILE = {
    "region": "FI-18",
    "fields": ["it"],
    "topics": ["job_search", "networking"],
    "meeting": "either",
    "availability": ["tue_evening", "thu_evening"],
    "consent": "y",
}


@pytest.fixture
def programme(app, make_org, make_program):
    app.config["OUTBOX_DELIVERY"] = "inline"
    return make_program(make_org("Luckan Integration", "luckan"), name="FIKA", slug="fika")


def register_confirm_and_apply(client, mail_server, *, name, email, language, role, answers):
    client.post_form(
        "/register",
        {"name": name, "email": email, "password": PASSWORD, "confirm": PASSWORD},
        headers={"Accept-Language": f"{language}-FI,{language};q=0.9,en;q=0.5"},
    )
    verification = messages_to(mail_server, email, 1)[0]
    link = re.search(r"https?://[^/\s]+(/verify/\S+)", body_of(verification))
    assert link, body_of(verification)
    assert client.post_form(link.group(1)).status_code == 302
    response = client.post_form(
        f"/programmes/luckan/fika/apply/{role}", {**PROFILE, **answers, "capacity": "1"}
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    client.post_form("/logout")


def messages_to(mail_server, address: str, count: int) -> list[EmailMessage]:
    """Delivery is inline: the server has the messages when the request has answered."""
    found = mail_server.inbox.to(address)
    assert len(found) >= count, [m["Subject"] for m in found]
    return found


def test_a_swedish_mentor_and_a_finnish_mentee_get_every_email_in_their_own_language(
    app, client, auth, mail_server, make_user, programme
):
    register_confirm_and_apply(
        client, mail_server, name="Mikael Lindholm", email=MENTOR, language="sv", role="mentor",
        answers={
            "languages-0-code": "sv", "languages-0-level": "native",
            "languages-1-code": "fi", "languages-1-level": "fluent",
            "background": "Mjukvaruarkitekt på en bank i Helsingfors, har anställt många.",
            "goals": "Jag kan förklara hur rekrytering fungerar och öppna mitt nätverk.",
        },
    )  # fmt: skip
    register_confirm_and_apply(
        client, mail_server, name="Aino Virtanen", email=MENTEE, language="fi", role="mentee",
        answers={
            "languages-0-code": "fi", "languages-0-level": "native",
            "languages-1-code": "sv", "languages-1-level": "good",
            "background": "Opiskelin tietojenkäsittelyä ja testasin pankkiohjelmistoja.",
            "goals": "Haluan ensimmäisen työpaikan suomalaisessa ohjelmistotiimissä.",
        },
    )  # fmt: skip

    # The coordinator uses English; the applicants are told in their own languages.
    make_user("anna@luckan.example", locale="en", coordinator_of=programme.organization)
    auth.login("anna@luckan.example")
    for application in db.session.scalars(select(Application)):
        client.post_form(f"/coordinate/applications/{application.id}", {"decision": "accepted"})
    client.post_form(f"/coordinate/programmes/{programme.id}/matching/runs")
    run = db.session.scalars(select(MatchRun)).one()
    (proposal,) = [p for p in run.proposals if p.mentor_id is not None]
    assert proposal.mentee.role == Role.MENTEE
    client.post_form(f"/coordinate/proposals/{proposal.id}/approve")
    client.post_form(f"/coordinate/proposals/{proposal.id}/confirm")

    mentor_mail = messages_to(mail_server, MENTOR, 4)
    mentee_mail = messages_to(mail_server, MENTEE, 4)
    assert [m["Subject"] for m in mentor_mail] == [
        "Bekräfta din e-postadress",
        "Vi har fått din ansökan till FIKA",
        "Du är antagen till FIKA",
        "Här är din mentee: Aino Virtanen",
    ]
    assert [m["Subject"] for m in mentee_mail] == [
        "Vahvista sähköpostiosoitteesi",
        "Saimme hakemuksesi ohjelmaan FIKA",
        "Sinut on hyväksytty ohjelmaan FIKA",
        "Tässä on mentorisi: Mikael Lindholm",
    ]
    for message in mentor_mail:
        body = body_of(message)
        assert message["Content-Language"] == "sv"
        assert body.startswith("Hej Mikael Lindholm,")
        assert "Vänliga hälsningar" in body
        assert "Best regards" not in body
        assert "Hello" not in body
    for message in mentee_mail:
        body = body_of(message)
        assert message["Content-Language"] == "fi"
        assert body.startswith("Hei Aino Virtanen,")
        assert "Ystävällisin terveisin" in body
        assert "Best regards" not in body
        assert "Hello" not in body

    introduction_to_mentor, introduction_to_mentee = (
        body_of(mentor_mail[-1]),
        body_of(mentee_mail[-1]),
    )
    # The other person's profile too, with vocabulary and language names in the reader's language.
    assert (
        "Tack för att du är mentor i FIKA. Din mentee är Aino Virtanen." in introduction_to_mentor
    )
    assert "Språk: Finska (modersmål eller som modersmål), svenska (god)" in introduction_to_mentor
    assert "Yrkesområden: IT och mjukvara" in introduction_to_mentor
    assert "Landskap: Nyland" in introduction_to_mentor
    assert "Hyviä uutisia: mentorisi ohjelmassa FIKA on Mikael Lindholm." in introduction_to_mentee
    assert "Kielet: Suomi (sujuva), ruotsi (äidinkieli tai kuin äidinkieli)" in (
        introduction_to_mentee
    )
    assert "Alat: IT ja ohjelmistot" in introduction_to_mentee
    assert "Maakunta: Uusimaa" in introduction_to_mentee
