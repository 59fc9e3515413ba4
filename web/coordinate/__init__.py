"""The coordinator area: programmes and screening, scoped to the coordinator's organisation."""

from web.coordinate.routes import bp

__all__ = ["bp"]
