"""Features and scores: what each component means, the hard constraints, and the
bit-for-bit agreement of every path that computes a score."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from matching import Weights, propose, score, synthetic
from matching.features import NGRAM_RANGE, char_tfidf
from matching.scoring import Scorer


def test_fast_char_tfidf_equals_scikit_learn():
    mentees, mentors = synthetic.cohort(40, 15, seed=4)
    docs = [m.text for m in mentees + mentors] + ["", "Hyvä  päivä,\\tvärlden!"]
    ours, _, _ = char_tfidf(docs)
    theirs = TfidfVectorizer(
        analyzer="char_wb", ngram_range=NGRAM_RANGE, sublinear_tf=True
    ).fit_transform(docs)
    assert ours.shape == theirs.shape
    assert abs(ours - theirs).max() < 1e-6


def test_text_part_is_the_tfidf_cosine_on_small_cohorts(make_mentee, make_mentor):
    texts = [
        "Sairaanhoitaja etsii työtä sairaalasta",
        "Hoitotyön johtaja sairaalassa",
        "Ohjelmistokehittäjä pilvipalveluissa",
    ]
    mentees = [make_mentee("e1", text=texts[0])]
    mentors = [make_mentor(f"m{k}", text=t) for k, t in enumerate(texts[1:])]
    vectors = TfidfVectorizer(
        analyzer="char_wb", ngram_range=NGRAM_RANGE, sublinear_tf=True
    ).fit_transform(texts)
    cosine = cosine_similarity(vectors[:1], vectors[1:])[0]
    table = score(mentees, mentors)
    for k, mentor in enumerate(mentors):
        assert table.explain("e1", mentor.id).parts["text"] == pytest.approx(cosine[k], abs=2e-3)
    assert cosine[0] > cosine[1]


@pytest.mark.parametrize(
    ("mentee", "mentor"),
    [
        ({"languages": {"so"}}, {}),
        ({"wants_mentor_gender": "f"}, {"gender": "m"}),
        ({"wants_mentor_gender": "f"}, {"gender": None}),
        ({"meeting": "in_person", "region": "uusimaa"}, {"region": "pirkanmaa"}),
        ({"meeting": "in_person"}, {"meeting": "either"}),  # no region known
        ({"meeting": "online"}, {"meeting": "in_person", "region": "uusimaa"}),
        ({"region": "lappi"}, {"meeting": "in_person", "region": "uusimaa"}),
        ({"availability": {"mon_evening"}}, {"availability": {"sat_morning"}}),
        ({}, {"capacity": 0}),
    ],
)
def test_hard_constraints_make_the_pair_impossible(mentee, mentor, make_mentee, make_mentor):
    assert np.isnan(score([make_mentee(**mentee)], [make_mentor(**mentor)]).dense()[0, 0])


@pytest.mark.parametrize(
    ("mentee", "mentor"),
    [
        ({"meeting": "in_person", "region": "uusimaa"}, {"meeting": "either", "region": "uusimaa"}),
        ({"meeting": "online", "region": "lappi"}, {"meeting": "either", "region": "uusimaa"}),
        ({"availability": set()}, {"availability": {"sat_morning"}}),
        ({"wants_mentor_gender": "f"}, {"gender": "f"}),
    ],
)
def test_compatible_pairs_are_possible(mentee, mentor, make_mentee, make_mentor):
    assert not np.isnan(score([make_mentee(**mentee)], [make_mentor(**mentor)]).dense()[0, 0])


def test_parts_mean_what_a_coordinator_expects(make_mentee, make_mentor):
    mentee = make_mentee(
        languages={"en", "ar"},
        fields={"nursing"},
        topics={"cv", "interview", "networking", "salary"},
        availability={"mon_evening", "tue_evening", "sat_morning"},
        region="uusimaa",
    )
    mentor = make_mentor(
        languages={"en", "fi"},
        fields={"nursing", "medicine", "teaching"},
        topics={"cv"},
        availability={"mon_evening"},
        region="pirkanmaa",
    )
    parts = score([mentee], [mentor]).explain("e1", "m1").parts
    assert parts["fields"] == 1.0  # her one field is among the mentor's three
    assert parts["topics"] == 0.25  # one of her four topics
    assert parts["languages"] == 0.5  # one of her two languages
    assert parts["availability"] == 1.0  # the mentor's only window is one of hers
    assert parts["region"] == 0.0


def test_a_side_that_gave_nothing_is_neutral_not_a_constraint(make_mentee, make_mentor):
    parts = (
        score(
            [make_mentee(fields=set(), availability=set())],
            [make_mentor(topics=set(), availability={"mon_evening"})],
        )
        .explain("e1", "m1")
        .parts
    )
    assert parts["fields"] == parts["topics"] == parts["availability"] == 0.5
    assert parts["region"] == 0.5


def test_score_is_the_weighted_mean_of_the_parts():
    mentees, mentors = synthetic.cohort(30, 10, seed=8)
    weights = Weights(text=3, fields=1, topics=2, languages=0, availability=1, region=1)
    table = score(mentees, mentors, weights)
    normalised = weights.normalised()
    dense = table.dense()
    for i, j in zip(*np.nonzero(~np.isnan(dense)), strict=True):
        pair = table.explain(mentees[i].id, mentors[j].id)
        expected = sum(normalised[k] * v for k, v in pair.parts.items())
        assert pair.score == pytest.approx(expected, abs=2e-5)
        assert 0.0 <= pair.score <= 1.0


def test_every_path_gives_the_same_score_bit_for_bit():
    mentees, mentors = synthetic.cohort(300, 90, seed=9)
    table = score(mentees, mentors)
    dense = table.dense()
    scorer: Scorer = table._scorer
    rows = np.arange(len(mentees))
    blocks = np.concatenate([scorer.block(rows[k : k + 7]) for k in range(0, rows.size, 7)])
    single = np.concatenate([scorer.block(rows[k : k + 1]) for k in range(rows.size)])
    ii, jj = np.divmod(np.arange(rows.size * len(mentors)), len(mentors))
    pairs = scorer.pair_scores(ii, jj).reshape(blocks.shape)
    assert (blocks == single).all()
    assert (blocks == pairs).all()
    units = np.where(np.isnan(dense), -1, np.rint(dense * 1e6)).astype(np.int64)
    paused = np.array([m.capacity == 0 for m in mentors])
    assert (units[:, ~paused] == blocks[:, ~paused]).all()
    proposal = propose(mentees, mentors)
    index = {m.id: k for k, m in enumerate(mentors)}
    for k, pair in enumerate(proposal.pairs):
        i = int(pair.mentee_id[1:])
        assert pair.score == dense[i, index[pair.mentor_id]], k


def test_ranked_lists_the_best_possible_mentors_of_one_mentee_among_those_given():
    mentees, mentors = synthetic.cohort(30, 12, seed=9)
    table = score(mentees, mentors)
    dense = table.dense()
    wanted = [m.id for m in mentors[::2]]

    ranked = table.ranked(mentees[0].id, wanted, k=3)

    columns = [k for k, m in enumerate(mentors) if m.id in wanted and not np.isnan(dense[0, k])]
    expected = sorted(columns, key=lambda k: (-dense[0, k], k))[:3]
    assert [p.mentor_id for p in ranked] == [mentors[k].id for k in expected]
    assert [p.score for p in ranked] == [pytest.approx(dense[0, k], abs=1e-9) for k in expected]
    assert all(p.reasons for p in ranked)


def test_ranked_refuses_unknown_ids():
    mentees, mentors = synthetic.cohort(5, 3, seed=1)
    table = score(mentees, mentors)

    with pytest.raises(ValueError, match="unknown mentee"):
        table.ranked("nobody")
    with pytest.raises(ValueError, match="unknown mentor"):
        table.ranked(mentees[0].id, ["nobody"])
