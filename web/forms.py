"""Form building blocks shared by every blueprint."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectChoice, SelectMultipleField, StringField, TextAreaField, widgets

#: C0 and C1 control characters other than tab and newlines, and NUL above all:
#: PostgreSQL refuses NUL in text, and none of them belong in a form answer.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value: Any) -> Any:
    """Strip, normalise to NFC and drop control characters; leaves non-strings alone."""
    if not isinstance(value, str):
        return value
    value = unicodedata.normalize("NFC", _CONTROL.sub("", value))
    return value.replace("\r\n", "\n").strip()


class TextField(StringField):
    """A one-line text field that cleans what it is given."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("filters", [clean_text])
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


NOT_A_VALID_CHOICE = _l("Choose one of the options.")
