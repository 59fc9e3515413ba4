"""The entry point for ``flask --app app`` and ``gunicorn app:app``."""

from web import create_app

app = create_app()
