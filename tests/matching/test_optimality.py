"""The proposal is the true optimum: against scipy's dense Hungarian on many seeded
cohorts, and against brute force on tiny ones."""

from __future__ import annotations

import numpy as np
import pytest

from matching import Mentor, Weights, propose, score, synthetic

OBJECTIVES = ("coverage", "balanced")


def _random_case(seed: int) -> tuple[list, list, list, list, float]:
    """A seeded cohort of random shape, with some locks, forbids and a minimum score."""
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 45)), int(rng.integers(1, 18))
    mentees, mentors = synthetic.cohort(n, m, seed=seed)
    if seed % 4 == 0:  # some paused mentors
        mentors = [
            Mentor(**{**r.__dict__, "capacity": 0}) if k % 3 == 0 else r
            for k, r in enumerate(mentors)
        ]
    locked, forbidden = [], []
    min_score = 0.45 if seed % 5 == 0 else 0.0
    if seed % 3 == 0:
        dense = score(mentees, mentors).dense()
        load = np.zeros(m, dtype=int)
        for i in rng.permutation(n)[: max(1, n // 6)]:
            options = [
                j for j in np.flatnonzero(dense[i] >= min_score) if load[j] < mentors[j].capacity
            ]
            if options:
                j = int(rng.choice(options))
                load[j] += 1
                locked.append((mentees[i].id, mentors[j].id))
        taken = set(locked)
        for _ in range(n // 3):
            pair = (mentees[int(rng.integers(n))].id, mentors[int(rng.integers(m))].id)
            if pair not in taken and all(pair[0] != a for a, _ in locked):
                forbidden.append(pair)
    return mentees, mentors, sorted(set(locked)), sorted(set(forbidden)), min_score


def assert_same_optimum(got, expected, objective):
    """Equal lexicographic value; coverage does not fix the lowest score."""
    assert (got.matched, got.total) == (expected.matched, expected.total)
    if objective == "balanced":
        assert got.lowest == expected.lowest


def _assert_random_case_optimal(seed: int, objective: str, reference, value_of) -> None:
    """The engine and the independent solver agree on the seeded case's optimum."""
    mentees, mentors, locked, forbidden, min_score = _random_case(seed)
    options = dict(locked=locked, forbidden=forbidden, objective=objective, min_score=min_score)
    proposal = propose(mentees, mentors, **options)
    assert_same_optimum(value_of(proposal), reference(mentees, mentors, **options), objective)


@pytest.mark.parametrize("objective", OBJECTIVES)
@pytest.mark.parametrize("seed", range(40))
def test_optimum_equals_dense_hungarian(seed, objective, reference, value_of):
    # Exact: both sum the same integer millionths.
    _assert_random_case_optimal(seed, objective, reference, value_of)


@pytest.mark.parametrize("objective", OBJECTIVES)
@pytest.mark.parametrize("seed", range(12))
def test_optimum_equals_brute_force_on_tiny_cohorts(seed, objective, brute_force, value_of):
    rng = np.random.default_rng(100 + seed)
    mentees, mentors = synthetic.cohort(
        int(rng.integers(1, 6)), int(rng.integers(1, 4)), seed=100 + seed
    )
    got = value_of(propose(mentees, mentors, objective=objective))
    assert_same_optimum(got, brute_force(mentees, mentors, objective=objective), objective)


@pytest.mark.parametrize("objective", OBJECTIVES)
def test_ties_between_identical_records_keep_the_optimum(
    objective, make_mentee, make_mentor, reference, value_of
):
    mentees = [make_mentee(f"e{k}") for k in range(6)]
    mentors = [make_mentor(f"m{k}", capacity=2) for k in range(2)]
    got = value_of(propose(mentees, mentors, objective=objective))
    assert_same_optimum(got, reference(mentees, mentors, objective=objective), objective)
    assert got.matched == 4


@pytest.mark.parametrize("objective", OBJECTIVES)
def test_all_impossible_leaves_everyone_unmatched(objective, make_mentee, make_mentor):
    mentees = [make_mentee(f"e{k}", languages={"so"}) for k in range(3)]
    proposal = propose(mentees, [make_mentor(languages={"fi"})], objective=objective)
    assert proposal.pairs == []
    assert set(proposal.unmatched) == {"e0", "e1", "e2"}


def test_paused_mentors_get_nobody(make_mentee, make_mentor):
    proposal = propose([make_mentee()], [make_mentor(capacity=0)])
    assert proposal.pairs == []


@pytest.mark.parametrize("objective", OBJECTIVES)
def test_one_mentor_takes_the_best_mentees_up_to_capacity(objective, reference, value_of):
    mentees, mentors = synthetic.cohort(25, 1, seed=7)
    mentors = [
        Mentor(
            **{
                **mentors[0].__dict__,
                "capacity": 3,
                "languages": {"en", "fi"},
                "meeting": "online",
                "availability": frozenset(),
            }
        )
    ]
    got = value_of(propose(mentees, mentors, objective=objective))
    assert_same_optimum(got, reference(mentees, mentors, objective=objective), objective)
    assert got.matched == 3


@pytest.mark.parametrize("objective", OBJECTIVES)
def test_more_mentors_than_mentees(objective, reference, value_of):
    mentees, mentors = synthetic.cohort(8, 40, seed=11)
    got = value_of(propose(mentees, mentors, objective=objective))
    assert_same_optimum(got, reference(mentees, mentors, objective=objective), objective)


def test_balanced_trades_total_for_a_higher_lowest_score(value_of):
    """Balanced keeps the count, never lowers the minimum nor raises the total, and on
    some cohorts really differs from coverage."""
    differs = False
    for seed in range(30):
        mentees, mentors = synthetic.cohort(30, 8, seed=seed)
        coverage = value_of(propose(mentees, mentors))
        balanced = value_of(propose(mentees, mentors, objective="balanced"))
        assert balanced.matched == coverage.matched
        assert (balanced.lowest or 0) >= (coverage.lowest or 0)
        assert balanced.total <= coverage.total
        differs |= balanced != coverage
    assert differs


@pytest.mark.parametrize("objective", OBJECTIVES)
def test_optimum_under_other_weights(objective, reference, value_of):
    mentees, mentors = synthetic.cohort(30, 10, seed=3)
    weights = Weights(text=1, fields=0, topics=0, languages=0, availability=0, region=0)
    got = value_of(propose(mentees, mentors, weights, objective=objective))
    assert_same_optimum(got, reference(mentees, mentors, weights, objective=objective), objective)


@pytest.mark.parametrize("objective", OBJECTIVES)
@pytest.mark.parametrize("seed", range(3))
def test_optimum_on_larger_cohorts_where_candidates_are_a_small_subset(
    seed, objective, reference, value_of
):
    mentees, mentors = synthetic.cohort(600, 150, seed=200 + seed)
    proposal = propose(mentees, mentors, objective=objective)
    assert proposal.stats.candidate_pairs < 600 * 150 / 4
    expected = reference(mentees, mentors, objective=objective)
    assert_same_optimum(value_of(proposal), expected, objective)


@pytest.mark.parametrize("objective", OBJECTIVES)
@pytest.mark.parametrize("seed", range(8))
def test_certificate_repairs_deliberately_poor_candidates(
    seed, objective, monkeypatch, reference, value_of
):
    """With one candidate per mentee and per mentor, the first candidate optimum is far
    from the true one: the certificate rounds must add every pair that matters."""
    import matching.proposal

    monkeypatch.setattr(matching.proposal, "CANDIDATES_PER_MENTEE", 1)
    monkeypatch.setattr(matching.proposal, "CANDIDATES_PER_MENTOR", 1)
    _assert_random_case_optimal(300 + seed, objective, reference, value_of)
