"""The coordinator area: programmes, screening and matching, scoped to the organisation."""

from web.coordinate import matching, organisations, programmes  # noqa: F401  (register views)
from web.coordinate.blueprint import bp

__all__ = ["bp"]
