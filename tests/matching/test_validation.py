"""Bad input gets a ValueError naming the record and the field; empty cohorts are fine."""

from __future__ import annotations

import pytest

from matching import Mentee, Mentor, Reason, Weights, propose, score


def test_duplicate_mentee_id(make_mentee, make_mentor):
    with pytest.raises(ValueError, match=r"Mentee 'e1': id: duplicate id"):
        propose([make_mentee(), make_mentee()], [make_mentor()])


def test_duplicate_mentor_id_in_score(make_mentee, make_mentor):
    with pytest.raises(ValueError, match=r"Mentor 'm1': id: duplicate id"):
        score([make_mentee()], [make_mentor(), make_mentor()])


def test_unknown_meeting(make_mentee):
    with pytest.raises(ValueError, match=r"Mentee 'e1': meeting must be one of"):
        make_mentee(meeting="video")


def test_negative_capacity(make_mentor):
    with pytest.raises(ValueError, match=r"Mentor 'm1': capacity must be >= 0, got -1"):
        make_mentor(capacity=-1)


def test_capacity_must_be_an_integer(make_mentor):
    with pytest.raises(ValueError, match=r"Mentor 'm1': capacity must be an integer"):
        make_mentor(capacity=1.5)


def test_a_string_is_not_a_set_of_labels():
    with pytest.raises(ValueError, match=r"Mentee 'e1': languages must be a set of strings"):
        Mentee("e1", languages="fi", fields=set(), topics=set())  # type: ignore[arg-type]


def test_empty_id():
    with pytest.raises(ValueError, match="Mentor: id must be a non-empty string"):
        Mentor("", languages={"fi"}, fields=set(), topics=set())


def test_negative_weight_names_the_field():
    with pytest.raises(ValueError, match=r"Weights: fields must be a finite number >= 0"):
        Weights(fields=-0.1)


def test_all_zero_weights():
    with pytest.raises(ValueError, match="at least one weight must be positive"):
        Weights(text=0, fields=0, topics=0, languages=0, availability=0, region=0)


def test_weights_are_normalised():
    weights = Weights(text=2, fields=2, topics=0, languages=0, availability=0, region=0)
    assert weights.normalised() == {
        "text": 0.5,
        "fields": 0.5,
        "topics": 0.0,
        "languages": 0.0,
        "availability": 0.0,
        "region": 0.0,
    }
    assert sum(Weights().normalised().values()) == pytest.approx(1.0)


def test_unknown_reason_code():
    with pytest.raises(ValueError, match="unknown code 'because'"):
        Reason("because")  # type: ignore[arg-type]


def test_locked_impossible_pair_names_the_rule(make_mentee, make_mentor):
    with pytest.raises(
        ValueError,
        match=r"locked: pair \('e1', 'm1'\) is impossible "
        r"\(no_shared_language\)",
    ):
        propose([make_mentee(languages={"so"})], [make_mentor()], locked=[("e1", "m1")])


def test_locked_pair_under_min_score(make_mentee, make_mentor):
    with pytest.raises(ValueError, match=r"locked: pair \('e1', 'm1'\) scores .* under min_score"):
        propose([make_mentee()], [make_mentor()], locked=[("e1", "m1")], min_score=0.999)


def test_locked_over_capacity(make_mentee, make_mentor):
    with pytest.raises(ValueError, match=r"Mentor 'm1': capacity 1 is less than its 2 locked"):
        propose(
            [make_mentee(), make_mentee("e2")], [make_mentor()], locked=[("e1", "m1"), ("e2", "m1")]
        )


def test_locked_to_a_paused_mentor(make_mentee, make_mentor):
    with pytest.raises(ValueError, match=r"Mentor 'm1': capacity 0 is less than its 1 locked"):
        propose([make_mentee()], [make_mentor(capacity=0)], locked=[("e1", "m1")])


def test_mentee_locked_twice(make_mentee, make_mentor):
    with pytest.raises(ValueError, match=r"locked: mentee 'e1' is locked twice"):
        propose(
            [make_mentee()], [make_mentor(), make_mentor("m2")], locked=[("e1", "m1"), ("e1", "m2")]
        )


def test_locked_and_forbidden_same_pair(make_mentee, make_mentor):
    with pytest.raises(ValueError, match=r"locked and forbidden both name \('e1', 'm1'\)"):
        propose([make_mentee()], [make_mentor()], locked=[("e1", "m1")], forbidden=[("e1", "m1")])


@pytest.mark.parametrize("name", ["locked", "forbidden"])
def test_pairs_naming_unknown_ids(name, make_mentee, make_mentor):
    with pytest.raises(ValueError, match=rf"{name}: unknown mentor id 'm9'"):
        propose([make_mentee()], [make_mentor()], **{name: [("e1", "m9")]})
    with pytest.raises(ValueError, match=rf"{name}: unknown mentee id 'e9'"):
        propose([make_mentee()], [make_mentor()], **{name: [("e9", "m1")]})


def test_pairs_must_be_pairs(make_mentee, make_mentor):
    with pytest.raises(ValueError, match=r"forbidden: expected \(mentee_id, mentor_id\) pairs"):
        propose([make_mentee()], [make_mentor()], forbidden=["e1"])  # type: ignore[list-item]


def test_unknown_objective(make_mentee, make_mentor):
    with pytest.raises(ValueError, match="objective must be one of coverage, balanced"):
        propose([make_mentee()], [make_mentor()], objective="fair")


@pytest.mark.parametrize("value", [-0.1, 1.5, "0.5"])
def test_min_score_out_of_range(value, make_mentee, make_mentor):
    with pytest.raises(ValueError, match="min_score must be a number in"):
        propose([make_mentee()], [make_mentor()], min_score=value)


def test_empty_cohorts_give_an_empty_proposal(make_mentor):
    for mentors in ([], [make_mentor()]):
        proposal = propose([], mentors)
        assert proposal.pairs == []
        assert proposal.unmatched == {}
        assert proposal.stats.matched == 0
        assert proposal.stats.lowest is None
    assert score([], []).dense().shape == (0, 0)
