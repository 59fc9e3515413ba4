"""How long a coordinator waits for a matching run inside a web request.

    python -m web.bench                       # 2,000 mentees × 700 mentors on SQLite
    python -m web.bench --mentees 10000 --mentors 3000
    python -m web.bench --database-url postgresql+psycopg://postgres@127.0.0.1:5432/test

Fills a throw-away database (a SQLite file, or a fresh schema in the PostgreSQL
database given) with a seeded, realistic cohort of accepted applications
(``matching.synthetic``), logs in as the coordinator and times the real POST that
runs the matching: loading the pool, the engine, and storing every proposal. Then
it times the first page of the review. Each measurement is repeated; the median is
what counts against the target (2,000 × 700 in under 3 s).
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask_migrate import upgrade
from sqlalchemy import create_engine, insert, select, text

from matching import synthetic
from web import create_app
from web.extensions import db
from web.models import (
    Application,
    ApplicationChoice,
    ApplicationLanguage,
    ApplicationStatus,
    ChoiceKind,
    MatchRun,
    Membership,
    Organization,
    Program,
    ProgramStatus,
    Role,
    User,
    utcnow,
)
from web.security import hash_password
from web.vocab import REGIONS

PASSWORD = "benchmark password"  # noqa: S105 (a throw-away account in a throw-away database)
GENDERS = {"f": "woman", "m": "man", "x": "non_binary"}


@contextmanager
def database(url: str | None) -> Iterator[str]:
    """A SQLite file in a temporary folder, or a new schema in the PostgreSQL database."""
    if url is None:
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{folder}/bench.db"
        return
    schema = f"silta_bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        separator = "&" if "?" in url else "?"
        yield f"{url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()


def seed(n_mentees: int, n_mentors: int) -> int:
    """A programme with the cohort as accepted applications; returns the programme id."""
    organization = Organization(name="Bench", slug="bench")
    coordinator = User(
        email="coordinator@bench.example",
        name="Coordinator",
        password_hash=hash_password(PASSWORD),
        email_verified_at=utcnow(),
    )
    program = Program(
        organization=organization, slug="bench", name="Bench", summary="-", audience="-",
        description="-", status=ProgramStatus.OPEN, asks_gender=True, allows_gender_wish=True,
    )  # fmt: skip
    db.session.add_all(
        [
            organization,
            coordinator,
            program,
            Membership(user=coordinator, organization=organization),
        ]
    )
    db.session.flush()
    mentees, mentors = synthetic.cohort(n_mentees, n_mentors, seed=1)
    region_codes = sorted(REGIONS)
    regions: dict[str, str] = {}
    people = [(m, Role.MENTEE) for m in mentees] + [(m, Role.MENTOR) for m in mentors]
    users = [
        {"email": f"{record.id}@bench.example", "name": f"Person {record.id}",
         "password_hash": "-", "locale": "en", "email_verified_at": utcnow()}
        for record, _ in people
    ]  # fmt: skip
    db.session.execute(insert(User), users)
    user_ids = dict(db.session.execute(select(User.email, User.id)).all())
    rows: list[dict[str, Any]] = []
    for record, role in people:
        region = regions.setdefault(record.region or "", region_codes[len(regions) % 19])
        rows.append(
            {
                "program_id": program.id,
                "user_id": user_ids[f"{record.id}@bench.example"],
                "role": role.value,
                "status": ApplicationStatus.ACCEPTED.value,
                "background": record.text,
                "goals": "",
                "region": region,
                "meeting": record.meeting,
                "capacity": getattr(record, "capacity", None) if role == Role.MENTOR else None,
                "gender": GENDERS.get(record.gender or ""),
                "wants_mentor_gender": GENDERS.get(
                    getattr(record, "wants_mentor_gender", None) or ""
                ),
                "consent_at": utcnow(),
                "consent_version": "bench",
            }
        )
    db.session.execute(insert(Application), rows)
    ids = dict(db.session.execute(select(User.email, Application.id).join(Application.user)).all())
    languages, choices = [], []
    for record, _ in people:
        application_id = ids[f"{record.id}@bench.example"]
        languages += [
            {"application_id": application_id, "code": code, "level": "fluent"}
            for code in record.languages
        ]
        for kind, codes in (
            (ChoiceKind.FIELD, record.fields),
            (ChoiceKind.TOPIC, record.topics),
            (ChoiceKind.AVAILABILITY, record.availability),
        ):
            choices += [
                {"application_id": application_id, "kind": kind.value, "code": code}
                for code in codes
            ]
    db.session.execute(insert(ApplicationLanguage), languages)
    db.session.execute(insert(ApplicationChoice), choices)
    db.session.commit()
    return program.id


def measure(n_mentees: int, n_mentors: int, url: str | None, repeats: int) -> None:
    with database(url) as database_url:
        app = create_app(
            {"SECRET_KEY": secrets.token_urlsafe(32), "DATABASE_URL": database_url,
             "WTF_CSRF_ENABLED": False, "OUTBOX_DELIVERY": "manual"}
        )  # fmt: skip
        app.config["SQLALCHEMY_DATABASE_URI"] = database_url
        with app.app_context():
            upgrade()  # the schema as production has it: from the migrations
            started = time.perf_counter()
            program_id = seed(n_mentees, n_mentors)
            print(
                f"seeded {n_mentees} mentees and {n_mentors} mentors "
                f"in {time.perf_counter() - started:.1f} s ({database_url.split(':')[0]})"
            )
        client = app.test_client()
        client.post("/login", data={"email": "coordinator@bench.example", "password": PASSWORD})
        requests, pages = [], []
        for _ in range(repeats):
            started = time.perf_counter()
            response = client.post(f"/coordinate/programmes/{program_id}/matching/runs")
            requests.append(time.perf_counter() - started)
            if response.status_code != 302:
                raise SystemExit(f"the run failed: HTTP {response.status_code}")
            started = time.perf_counter()
            page = client.get(response.headers["Location"])
            pages.append(time.perf_counter() - started)
            if page.status_code != 200:
                raise SystemExit(f"the review page failed: HTTP {page.status_code}")
        with app.app_context():
            run = db.session.scalars(select(MatchRun).order_by(MatchRun.id.desc())).first()
            if run is None:
                raise SystemExit("no run was stored")
            print(
                f"matched {run.matched_count} of {run.mentee_count}; "
                f"mean score {run.mean_score:.3f}, lowest {run.lowest_score:.3f}"
            )
            print(
                "last run, seconds: "
                + ", ".join(f"{k} {v:.3f}" for k, v in run.timings.items() if isinstance(v, float))
            )
            print(
                "engine stages: "
                + ", ".join(f"{k} {v:.3f}" for k, v in run.timings["engine"].items())
            )
            db.session.remove()
            db.engine.dispose()
        print(
            f"POST run (request, {repeats}×): "
            + ", ".join(f"{s:.2f}" for s in requests)
            + f" s; median {statistics.median(requests):.2f} s"
        )
        print(f"GET review page 1 ({repeats}×): median {statistics.median(pages):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentees", type=int, default=2000)
    parser.add_argument("--mentors", type=int, default=700)
    parser.add_argument("--database-url", help="PostgreSQL URL; a fresh schema is used")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    measure(args.mentees, args.mentors, args.database_url, args.repeats)


if __name__ == "__main__":
    main()
