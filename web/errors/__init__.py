"""Error pages: translated, with an id to quote, and never a traceback."""

from web.errors.routes import bp

__all__ = ["bp"]
