"""Dates as our users see them: in Finland's time zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


def today() -> date:
    return datetime.now(HELSINKI).date()
