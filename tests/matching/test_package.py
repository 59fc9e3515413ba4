"""The package stays a pure library; the generator and the benchmark run."""

from __future__ import annotations

import ast
import json
import pathlib
import subprocess
import sys

import matching
from matching import synthetic

PACKAGE = pathlib.Path(matching.__file__).parent


def test_importing_matching_loads_neither_flask_nor_sqlalchemy():
    code = (
        "import sys, matching; "
        "print([m for m in sys.modules if m.split('.')[0] in ('flask', 'sqlalchemy')])"
    )
    out = subprocess.run(  # noqa: S603 (our own interpreter running our own snippet)
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
    )
    assert out.stdout.strip() == "[]"


def test_no_module_imports_a_web_framework():
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                assert name.split(".")[0] not in {"flask", "sqlalchemy"}, (path, name)


def test_synthetic_cohorts_are_reproducible_and_realistic():
    first, second = synthetic.cohort(300, 100, seed=3), synthetic.cohort(300, 100, seed=3)
    assert first == second
    mentees, mentors = first
    assert {m.capacity for m in mentors} <= {1, 2, 3, 4, 5}
    assert all(m.languages for m in mentees + mentors)
    assert sum("fi" in m.languages for m in mentors) > 0.8 * len(mentors)
    assert sum(m.region == "uusimaa" for m in mentees) > 0.4 * len(mentees)
    assert any(m.wants_mentor_gender for m in mentees)
    assert any(m.text.startswith(("Olen", "Haluan", "Tavoitteeni", "Minulla")) for m in mentees)
    assert synthetic.cohort(300, 100, seed=4) != first


def test_benchmark_runs_and_agrees_with_the_dense_reference():
    out = subprocess.run(
        [sys.executable, "-m", "matching.bench", "--sizes", "60x20"],
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
        timeout=120,
    )
    assert "EQUAL optimum" in out.stdout, out.stdout + out.stderr
    child = subprocess.run(
        [sys.executable, "-m", "matching.bench", "--child", "engine", "--sizes", "30x10"],
        check=True,
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
        timeout=120,
    )
    assert json.loads(child.stdout)["matched"] > 0
