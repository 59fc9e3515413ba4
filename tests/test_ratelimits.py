"""Rate limits: a polite 429 in the user's language, also across processes sharing Redis."""

from __future__ import annotations

import http.cookiejar
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from web.extensions import limiter

from .mailserver import free_port

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = "redis://127.0.0.1:6379/15"


@pytest.fixture
def limits_on(app) -> Iterator[None]:
    app.config["RATELIMITS"] = True
    limiter.reset()
    yield
    limiter.reset()


def wrong_login(client, email="amina@example.org", address="10.0.0.1", language="en"):
    return client.post_form(
        "/login",
        {"email": email, "password": "not the password at all"},
        environ_base={"REMOTE_ADDR": address},
        headers={"Accept-Language": language},
    )


def test_too_many_log_ins_get_a_429_in_the_users_language(client, make_user, limits_on):
    make_user("amina@example.org")
    answers = [wrong_login(client, address="10.0.0.1").status_code for _ in range(10)]

    blocked = wrong_login(client, address="10.0.0.1", language="fi")

    assert answers == [200] * 10
    assert blocked.status_code == 429
    assert "Liian monta yritystä" in blocked.get_data(as_text=True)


def test_one_account_is_protected_from_many_addresses(client, make_user, limits_on):
    make_user("amina@example.org")
    for n in range(10):
        wrong_login(client, address=f"10.0.1.{n}")

    assert wrong_login(client, address="10.0.2.1").status_code == 429
    assert wrong_login(client, email="other@example.org", address="10.0.2.1").status_code == 200


def test_control_characters_do_not_make_a_new_count(client, make_user, limits_on):
    make_user("amina@example.org")
    for n in range(10):
        wrong_login(client, email=f"amina{chr(1) * n}@example.org", address=f"10.0.3.{n}")

    assert wrong_login(client, address="10.0.4.1").status_code == 429


def test_reading_a_form_is_not_limited(client, limits_on):
    for _ in range(30):
        assert client.get("/login").status_code == 200


@pytest.mark.parametrize(
    ("url", "data", "allowed"),
    [
        ("/register", {"name": "A", "email": "x@example.org"}, 30),
        ("/reset", {"email": "x@example.org"}, 3),  # per e-mail address
    ],
)
def test_registration_and_reset_are_limited(client, limits_on, url, data, allowed):
    codes = [client.post_form(url, data).status_code for _ in range(allowed)]

    assert 429 not in codes
    assert client.post_form(url, data).status_code == 429


def test_applying_is_limited_per_account(client, auth, make_user, make_program, limits_on):
    make_user("amina@example.org")
    auth.login("amina@example.org")
    program = make_program()
    url = f"/programmes/{program.organization.slug}/{program.slug}/apply/mentee"

    codes = [client.post_form(url, {}).status_code for _ in range(20)]

    assert 429 not in codes
    assert client.post_form(url, {}).status_code == 429


# -- two processes, one Redis --------------------------------------------------------------


class Browser:
    """A tiny HTTP client with cookies, for talking to a real server process."""

    def __init__(self) -> None:
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, url: str) -> str:
        with self.opener.open(url, timeout=10) as response:
            return str(response.read().decode())

    def post(self, url: str, data: dict[str, str]) -> int:
        request = urllib.request.Request(  # noqa: S310 (http to our own test server)
            url, data=urllib.parse.urlencode(data).encode()
        )
        try:
            with self.opener.open(request, timeout=10) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return int(error.code)


def start_server(port: int, database_url: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "SILTA_SECRET_KEY": "shared-by-both-processes",
        "SILTA_DATABASE_URL": database_url,
        "SILTA_RATELIMIT_STORAGE_URI": REDIS_URL,
        "SILTA_SESSION_COOKIE_SECURE": "false",
        "SILTA_OUTBOX_DELIVERY": "manual",
    }
    return subprocess.Popen(  # noqa: S603 (our own app, started by the test)
        [sys.executable, "-m", "gunicorn", "--workers", "1", "--bind", f"127.0.0.1:{port}",
         "app:app"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def wait_until_up(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=1)  # noqa: S310
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"the app on port {port} did not start")


def test_the_limit_holds_across_two_processes_sharing_redis(database_url, make_user):
    store = redis.Redis.from_url(REDIS_URL)
    store.ping()  # Redis runs on this machine kind; without it this test fails, never skips
    for key in store.scan_iter("LIMITS:LIMITER/silta/*"):
        store.delete(key)
    make_user("amina@example.org")
    ports = [free_port(), free_port()]
    servers = [start_server(port, database_url) for port in ports]
    try:
        for port in ports:
            wait_until_up(port)
        codes = []
        for attempt in range(11):
            port = ports[attempt % 2]
            browser = Browser()
            page = browser.get(f"http://127.0.0.1:{port}/login")
            token = re.search(r'name="csrf_token" value="([^"]+)"', page)
            assert token
            codes.append(
                browser.post(
                    f"http://127.0.0.1:{port}/login",
                    {"csrf_token": token.group(1), "email": "amina@example.org",
                     "password": "not the password at all"},
                )
            )  # fmt: skip
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=10)
    assert codes[:10] == [200] * 10
    assert codes[10] == 429
