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
