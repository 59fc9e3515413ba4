"""The coordinator area: programmes, screening and matching, scoped to the organisation."""

from web.coordinate import matching, programmes  # noqa: F401  (register their views on bp)
from web.coordinate.blueprint import bp

__all__ = ["bp"]
