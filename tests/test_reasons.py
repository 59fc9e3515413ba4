"""Every reason the matching engine can give has words in every language."""

from __future__ import annotations

import pytest

from matching import ReasonCode
from web.reasons import KNOWN_CODES, describe

PARAMS = {
    "languages": ["fi", "so"], "fields": ["health"], "topics": ["cv"], "terms": ["hoitaja"],
    "windows": ["mon_evening"], "region": "FI-18", "format": "online", "gender": "woman",
    "meeting": "in_person", "candidates": 3, "min_score": 0.4, "best_score": 0.31,
}  # fmt: skip


def test_the_web_layer_knows_every_code_of_the_engine():
    assert {code.value for code in ReasonCode} == KNOWN_CODES


@pytest.mark.parametrize("locale", ["fi", "sv", "en"])
@pytest.mark.parametrize("code", sorted(KNOWN_CODES))
def test_every_reason_is_a_sentence_in_every_language(app, locale, code):
    with app.test_request_context(headers={"Accept-Language": locale}):
        text = describe({"code": code, "params": PARAMS})

    assert text
    assert text != code
    assert "%(" not in text


def test_an_unknown_code_is_shown_as_it_is(app):
    with app.test_request_context():
        assert describe({"code": "brand_new", "params": {}}) == "brand_new"


WRITTEN = {
    # Inside a sentence Finnish and Swedish write languages and days in lower case;
    # Finnish joins day and part of day into one word, with a hyphen where vowels meet.
    "fi": (
        "Yhteiset kielet: suomi, ruotsi, englanti.",
        "Molemmille sopii: maanantai-ilta, keskiviikkoilta, tiistaiaamupäivä.",
    ),
    "sv": (
        "Gemensamma språk: finska, svenska, engelska.",
        "Båda har tid: måndag kväll, onsdag kväll, tisdag förmiddag.",
    ),
    "en": (
        "Both speak Finnish, Swedish, English.",
        "Both are free: Monday evening, Wednesday evening, Tuesday morning.",
    ),
}


@pytest.mark.parametrize("locale", sorted(WRITTEN))
def test_languages_and_times_read_as_the_language_writes_them(app, locale):
    languages = {"code": "shared_languages", "params": {"languages": ["en", "sv", "fi"]}}
    windows = ["mon_evening", "wed_evening", "tue_morning"]
    times = {"code": "shared_availability", "params": {"windows": windows}}
    with app.test_request_context(headers={"Accept-Language": locale}):
        assert (describe(languages), describe(times)) == WRITTEN[locale]
