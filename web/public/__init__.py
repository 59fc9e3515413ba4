"""Pages for everyone: the programmes and the language switcher."""

from web.public.routes import bp

__all__ = ["bp"]
