"""Applying to a programme and following one's applications."""

from web.apply.routes import bp

__all__ = ["bp"]
