"""Whether an e-mail address has an account is not told by the answer, nor by its timing."""

from __future__ import annotations

import statistics
import time

import pytest

from .factories import PASSWORD

#: Differences below this are lost in the noise of a network; above it, an attacker
#: could tell known addresses from unknown ones.
TOLERANCE_SECONDS = 0.03


def median_time(call, rounds: int = 7) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/login", {"password": "not the password at all"}),
        ("/reset", {}),
        ("/register", {"name": "A", "password": PASSWORD, "confirm": PASSWORD}),
    ],
)
def test_known_and_unknown_addresses_take_comparable_time(client, make_user, url, data):
    make_user("known@example.org")
    client.post_form(url, {**data, "email": "warm-up@example.org"})

    known = median_time(lambda: client.post_form(url, {**data, "email": "known@example.org"}))
    unknown = median_time(
        lambda: client.post_form(url, {**data, "email": f"nobody-{time.time_ns()}@example.org"})
    )

    assert abs(known - unknown) < max(TOLERANCE_SECONDS, 0.3 * min(known, unknown)), (
        known,
        unknown,
    )
