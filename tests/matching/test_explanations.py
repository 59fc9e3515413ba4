"""Reasons for pairs and for unmatched mentees, on hand-made cohorts."""

from __future__ import annotations

import json
import math

import pytest

from matching import Reason, ReasonCode, propose, score, synthetic

R = ReasonCode


def codes(reasons):
    return [r.code for r in reasons]


def test_every_reason_of_a_fitting_pair(make_mentee, make_mentor):
    mentee = make_mentee(
        languages={"fi", "en", "ar"},
        fields={"software"},
        topics={"job_search", "networking"},
        text="Software developer looking for work in cloud software development",
        region="uusimaa",
        meeting="either",
        availability={"mon_evening", "tue_evening"},
        gender="f",
        wants_mentor_gender="f",
    )
    mentor = make_mentor(
        languages={"fi", "sv", "en"},
        fields={"software", "data"},
        topics={"job_search"},
        text="Cloud software development lead, happy to help developers",
        region="uusimaa",
        meeting="in_person",
        availability={"mon_evening"},
        gender="f",
    )
    pair = propose([mentee], [mentor]).pairs[0]
    assert pair.reasons == (
        Reason(R.SHARED_FIELDS, {"fields": ["software"]}),
        Reason(R.SHARED_TOPICS, {"topics": ["job_search"]}),
        Reason(R.TEXT_TERMS, {"terms": pair.reasons[2].params["terms"]}),
        Reason(R.SHARED_LANGUAGES, {"languages": ["en", "fi"]}),
        Reason(R.SHARED_AVAILABILITY, {"windows": ["mon_evening"]}),
        Reason(R.SAME_REGION, {"region": "uusimaa"}),
        Reason(R.MEETING_FORMAT, {"format": "in_person"}),
        Reason(R.GENDER_WISH_MET, {"gender": "f"}),
    )
    terms = pair.reasons[2].params["terms"]
    assert {"software", "cloud", "development"} <= set(terms)
    assert all(t.isalpha() for t in terms)  # real words, not n-grams
    assert pair.parts["fields"] == 1.0  # one field, which the mentor has among two


def test_locked_pair_says_so_first(make_mentee, make_mentor):
    proposal = propose([make_mentee()], [make_mentor()], locked=[("e1", "m1")])
    assert proposal.pairs[0].reasons[0] == Reason(R.LOCKED)


def test_online_format_when_either_side_is_online_only(make_mentee, make_mentor):
    pair = propose([make_mentee(meeting="online")], [make_mentor()]).pairs[0]
    assert Reason(R.MEETING_FORMAT, {"format": "online"}) in pair.reasons


def test_finnish_mentor_and_english_mentee_match_on_structure(make_mentee, make_mentor):
    mentee = make_mentee(
        languages={"en", "fi"},
        fields={"nursing"},
        topics={"degree_recognition", "finnish_language"},
        text="I am a registered nurse from the Philippines and want my licence recognised.",
    )
    finnish = make_mentor(
        "fi_nurse",
        languages={"fi", "en"},
        fields={"nursing"},
        topics={"degree_recognition", "finnish_language"},
        text="Olen sairaanhoitaja ja autan mielelläni laillistuksessa ja suomen kielessä.",
    )
    english = make_mentor(
        "en_coder",
        languages={"fi", "en"},
        fields={"software"},
        topics={"salary"},
        text="I am a software developer from Helsinki, happy to help with recognition.",
    )
    proposal = propose([mentee], [finnish, english])
    pair = proposal.pairs[0]
    assert pair.mentor_id == "fi_nurse"
    assert pair.parts["fields"] == 1.0
    assert pair.parts["topics"] == 1.0
    assert R.SHARED_FIELDS in codes(pair.reasons)


def test_explain_an_impossible_pair_lists_every_rule_it_breaks(make_mentee, make_mentor):
    mentee = make_mentee(
        languages={"so"},
        wants_mentor_gender="f",
        meeting="in_person",
        region="lappi",
        availability={"sat_morning"},
    )
    mentor = make_mentor(
        gender="m", meeting="online", region="uusimaa", availability={"mon_evening"}, capacity=0
    )
    pair = score([mentee], [mentor]).explain("e1", "m1")
    assert math.isnan(pair.score)
    assert codes(pair.reasons) == [
        R.NO_SHARED_LANGUAGE,
        R.GENDER_WISH_UNAVAILABLE,
        R.NO_MEETING_MATCH,
        R.NO_COMMON_AVAILABILITY,
        R.MENTOR_PAUSED,
    ]


def test_explain_matches_the_dense_score(make_mentee, make_mentor):
    table = score([make_mentee()], [make_mentor(), make_mentor("m2", fields={"law"})])
    for j, mentor_id in enumerate(["m1", "m2"]):
        assert table.explain("e1", mentor_id).score == table.dense()[0, j]


def test_explain_unknown_id_is_a_value_error(make_mentee, make_mentor):
    with pytest.raises(ValueError, match="unknown mentor id 'nobody'"):
        score([make_mentee()], [make_mentor()]).explain("e1", "nobody")


@pytest.mark.parametrize(
    ("mentee", "mentors", "expected"),
    [
        (
            {"languages": {"so"}},
            [{}, {"id": "m2"}],
            Reason(R.NO_SHARED_LANGUAGE, {"candidates": 2, "languages": ["so"]}),
        ),
        (
            {"wants_mentor_gender": "f"},
            [{"gender": "m"}, {"id": "m2", "gender": None}],
            Reason(R.GENDER_WISH_UNAVAILABLE, {"candidates": 2, "gender": "f"}),
        ),
        (
            {"meeting": "in_person", "region": "lappi"},
            [{"region": "uusimaa"}, {"id": "m2", "meeting": "online", "region": "lappi"}],
            Reason(
                R.NO_MEETING_MATCH, {"candidates": 2, "meeting": "in_person", "region": "lappi"}
            ),
        ),
        (
            {"availability": {"sat_morning"}},
            [{"availability": {"mon_evening"}}],
            Reason(R.NO_COMMON_AVAILABILITY, {"candidates": 1, "windows": ["sat_morning"]}),
        ),
        (
            {},
            [{"capacity": 0}, {"id": "m2", "languages": {"ru"}}],
            Reason(R.SUITABLE_MENTORS_PAUSED, {"candidates": 1}),
        ),
    ],
)
def test_unmatched_reason_names_the_rule_that_removed_the_last_mentors(
    mentee, mentors, expected, make_mentee, make_mentor
):
    proposal = propose([make_mentee(**mentee)], [make_mentor(**m) for m in mentors])
    assert proposal.unmatched == {"e1": expected}


def test_unmatched_when_every_suitable_mentor_is_forbidden(make_mentee, make_mentor):
    proposal = propose([make_mentee()], [make_mentor()], forbidden=[("e1", "m1")])
    assert proposal.unmatched == {"e1": Reason(R.ALL_FORBIDDEN, {"candidates": 1})}


def test_unmatched_below_min_score_reports_the_best_score(make_mentee, make_mentor):
    table = score([make_mentee()], [make_mentor()])
    best = float(table.dense()[0, 0])
    proposal = propose([make_mentee()], [make_mentor()], min_score=0.99)
    assert proposal.unmatched == {
        "e1": Reason(R.BELOW_MIN_SCORE, {"candidates": 1, "min_score": 0.99, "best_score": best})
    }


def test_unmatched_when_suitable_mentors_went_to_others(make_mentee, make_mentor):
    weaker = make_mentee("e2", fields={"law"}, topics={"housing"})
    proposal = propose([make_mentee(), weaker], [make_mentor()])
    assert [p.mentee_id for p in proposal.pairs] == ["e1"]
    assert proposal.unmatched == {"e2": Reason(R.SUITABLE_MENTORS_FULL, {"candidates": 1})}


def test_unmatched_when_a_lock_filled_the_only_mentor(make_mentee, make_mentor):
    proposal = propose([make_mentee(), make_mentee("e2")], [make_mentor()], locked=[("e2", "m1")])
    assert proposal.unmatched == {"e1": Reason(R.SUITABLE_MENTORS_FULL, {"candidates": 1})}


def test_no_mentors_at_all(make_mentee):
    assert propose([make_mentee()], []).unmatched == {"e1": Reason(R.NO_MENTORS)}


def test_every_reason_is_json_ready():
    mentees, mentors = synthetic.cohort(80, 20, seed=5)
    proposal = propose(mentees, mentors, min_score=0.3)
    reasons = [r for p in proposal.pairs for r in p.reasons] + list(proposal.unmatched.values())
    text = json.dumps([r.as_dict() for r in reasons])
    assert {c for c in R} >= {json.loads(text)[k]["code"] for k in range(len(reasons))}


def test_alternatives_are_the_next_best_mentors_with_room(make_mentee, make_mentor):
    mentors = [
        make_mentor("best"),
        make_mentor("good", topics={"job_search", "salary"}),
        make_mentor("full", capacity=1),
        make_mentor("forbidden"),
        make_mentor("other_field", fields={"law"}),
    ]
    mentees = [make_mentee(), make_mentee("e2", fields={"law"}, topics={"salary"})]
    proposal = propose(mentees, mentors, locked=[("e2", "full")], forbidden=[("e1", "forbidden")])
    assigned = {p.mentee_id: p.mentor_id for p in proposal.pairs}
    alternatives = proposal.alternatives("e1", k=5)
    ids = [a.mentor_id for a in alternatives]
    assert assigned["e1"] not in ids
    assert "full" not in ids
    assert "forbidden" not in ids
    assert [a.score for a in alternatives] == sorted((a.score for a in alternatives), reverse=True)
    assert all(a.reasons and set(a.parts) == set(alternatives[0].parts) for a in alternatives)
    assert len(proposal.alternatives("e1", k=1)) == 1


def test_alternatives_of_an_unknown_mentee_is_a_value_error(make_mentee, make_mentor):
    with pytest.raises(ValueError, match="unknown mentee id"):
        propose([make_mentee()], [make_mentor()]).alternatives("ghost")


def test_stats_sum_up_the_proposal():
    mentees, mentors = synthetic.cohort(60, 15, seed=2)
    proposal = propose(mentees, mentors)
    stats = proposal.stats
    scores = [p.score for p in proposal.pairs]
    assert stats.matched == len(scores)
    assert stats.unmatched == len(proposal.unmatched)
    assert stats.total == pytest.approx(sum(scores), abs=1e-6)
    assert stats.lowest == min(scores)
    assert stats.mean == pytest.approx(sum(scores) / len(scores), abs=1e-6)
    assert {"features", "candidates", "assignment", "explanations", "total"} <= set(stats.seconds)
    json.dumps(stats.as_dict())
