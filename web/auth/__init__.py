"""Accounts: register, log in and out, verify the e-mail, reset and change the password."""

from web.auth.routes import bp

__all__ = ["bp"]
