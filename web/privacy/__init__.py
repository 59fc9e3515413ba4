"""Privacy: notices, and each person's own data (export and deletion)."""

from web.privacy.routes import bp

__all__ = ["bp"]
