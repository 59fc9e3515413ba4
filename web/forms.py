"""Form building blocks shared by every blueprint."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.i18n import translations as wtforms_translations
from wtforms import Form, SelectChoice, SelectMultipleField, StringField, TextAreaField, widgets

#: C0 and C1 control characters other than tab and newlines, and NUL above all:
#: PostgreSQL refuses NUL in text, and none of them belong in a form answer.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value: Any) -> Any:
    """Strip, normalise to NFC and drop control characters; leaves non-strings alone."""
    if not isinstance(value, str):
        return value
    value = unicodedata.normalize("NFC", _CONTROL.sub("", value))
    return value.replace("\r\n", "\n").strip()


def clean_line(value: Any) -> Any:
    """:func:`clean_text`, and any run of whitespace (line breaks too) as one space:
    a one-line answer can end up in an e-mail header."""
    cleaned = clean_text(value)
    return " ".join(cleaned.split()) if isinstance(cleaned, str) else cleaned


class TextField(StringField):
    """A one-line text field that cleans what it is given."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("filters", [clean_line])
        super().__init__(*args, **kwargs)


class LongTextField(TextAreaField):
    """A multi-line text field that cleans what it is given."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("filters", [clean_text])
        super().__init__(*args, **kwargs)


class MultiCheckboxField(SelectMultipleField):
    """Checkboxes for a multiple choice; an unknown code is refused by ``pre_validate``."""

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


def options(pairs: Iterable[tuple[Any, object]]) -> list[SelectChoice]:
    """(value, label) pairs as WTForms choices; labels may be lazy translations."""
    return [SelectChoice(value=value, label=label) for value, label in pairs]


class ActionForm(FlaskForm):
    """An empty form for a button that posts: it carries only the CSRF token."""


class PlainForm(Form):
    """A form without a CSRF token of its own (a sub-form, or filters read from a GET),
    whose WTForms messages still come in the user's language as FlaskForm's do."""

    class Meta:
        def get_translations(self, form: Form) -> Any:
            return wtforms_translations
