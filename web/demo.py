"""Demo data (placeholder until the full generator lands)."""

DEMO_PASSWORD = "demo-silta-2026"  # noqa: S105 (a public demo credential, printed by make run)


def is_loaded() -> bool:
    return False


def clear() -> None:
    pass


def load() -> None:
    pass


def logins_text() -> str:
    return ""
