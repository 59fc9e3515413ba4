from __future__ import annotations

from web.models import ProgramStatus


def test_front_page_lists_open_programmes_but_not_drafts(client, make_program):
    make_program(name="FIKA spring", status=ProgramStatus.OPEN)
    make_program(name="Secret draft", status=ProgramStatus.DRAFT)

    page = client.get("/").get_data(as_text=True)

    assert "FIKA spring" in page
    assert "Secret draft" not in page


def test_programme_page_shows_who_it_is_for_length_languages_and_window(client, make_program):
    program = make_program(
        name="Womento",
        audience="Educated women who moved to Finland.",
        duration_months=8,
        languages=["fi", "en"],
    )

    response = client.get(f"/programmes/{program.organization.slug}/{program.slug}")
    page = response.get_data(as_text=True)

    assert response.status_code == 200
    assert "Educated women who moved to Finland." in page
    assert "8 months" in page
    assert "Finnish, English" in page
    assert "Apply to find a mentor" in page


def test_draft_programme_page_is_not_found(client, make_program):
    program = make_program(status=ProgramStatus.DRAFT)

    response = client.get(f"/programmes/{program.organization.slug}/{program.slug}")

    assert response.status_code == 404


def test_language_switcher_remembers_the_choice_for_a_visitor(client):
    response = client.post_form("/language", {"locale": "sv", "next": "/"})

    assert response.status_code == 302
    assert "silta_lang=sv" in response.headers["Set-Cookie"]
    assert '<html lang="sv">' in client.get("/").get_data(as_text=True)


def test_language_defaults_from_the_browser(client):
    page = client.get("/", headers={"Accept-Language": "fi-FI,fi;q=0.9,en;q=0.5"})

    assert '<html lang="fi">' in page.get_data(as_text=True)


def test_language_switcher_refuses_a_post_without_csrf_token(client):
    response = client.post("/language", data={"locale": "sv"})

    assert response.status_code == 400
    assert "silta_lang" not in response.headers.get("Set-Cookie", "")
