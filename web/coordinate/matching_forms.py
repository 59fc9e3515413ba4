"""Forms of the matching workflow: settings, and a reason for ending a match."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, RadioField, SelectField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, ValidationError

from web.forms import LongTextField, options
from web.models import COMPONENTS

#: What each weight means, in the words a coordinator uses.
WEIGHT_LABELS = {
    "fields": (
        _l("Same professional field"),
        _l("How much it matters that the mentor works in the mentee's field."),
    ),
    "topics": (
        _l("Same topics"),
        _l(
            "How much it matters that the mentor can help with what the mentee wants to talk about."
        ),
    ),
    "text": (
        _l("Similar own words"),
        _l("How much it matters that they describe their work and goals in similar words."),
    ),
    "languages": (
        _l("More shared languages"),
        _l("A shared language is always required. This gives points for sharing more of them."),
    ),
    "availability": (
        _l("Same free times"),
        _l("How much it matters that they are free at the same times of the week."),
    ),
    "region": (
        _l("Same region"),
        _l("How much it matters that they live in the same region, even when they meet online."),
    ),
}

WEIGHT_CHOICES = [(n, str(n)) for n in range(11)]


class MatchSettingsForm(FlaskForm):
    weight_fields = SelectField(coerce=int, validate_choice=True)
    weight_topics = SelectField(coerce=int, validate_choice=True)
    weight_text = SelectField(coerce=int, validate_choice=True)
    weight_languages = SelectField(coerce=int, validate_choice=True)
    weight_availability = SelectField(coerce=int, validate_choice=True)
    weight_region = SelectField(coerce=int, validate_choice=True)
    objective = RadioField(
        _l("What matters most?"),
        validators=[InputRequired(message=_l("Choose one."))],
        validate_choice=True,
    )
    min_score = IntegerField(
        _l("Lowest acceptable score (%)"),
        validators=[
            InputRequired(message=_l("Give a number from 0 to 100.")),
            NumberRange(min=0, max=100, message=_l("Give a number from 0 to 100.")),
        ],
        description=_l(
            "Pairs that score less are not proposed; the mentee stays without a pair instead."
            " 0 proposes every possible pair."
        ),
        render_kw={"inputmode": "numeric"},
    )
    allows_gender_wish = BooleanField(
        _l("Mentees may ask for a mentor of a certain gender"),
        description=_l(
            "If a mentee asks, only mentors of that gender are proposed to her or him."
            " Applicants are then asked their gender."
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in COMPONENTS:
            field = getattr(self, f"weight_{name}")
            label, help_text = WEIGHT_LABELS[name]
            field.label.text = str(label)
            field.description = help_text
            field.choices = options(WEIGHT_CHOICES)
        self.objective.choices = options(
            [
                ("coverage", _l("As many pairs as possible, then the best pairs in total")),
                ("balanced", _l("As many pairs as possible, then no one gets a weak pair")),
            ]
        )

    def weight_fields_list(self) -> list[Any]:
        return [getattr(self, f"weight_{name}") for name in COMPONENTS]

    def validate_weight_region(self, field: SelectField) -> None:
        if not any(f.data for f in self.weight_fields_list()):
            raise ValidationError(str(_l("At least one weight must be more than 0.")))


class CloseMatchForm(FlaskForm):
    reason = LongTextField(
        _l("Reason (both people get it by e-mail)"),
        validators=[
            DataRequired(message=_l("Write a short reason.")),
            Length(max=2000, message=_l("Use at most %(max)d characters.", max=2000)),
        ],
        render_kw={"rows": 2},
    )
    cancel = BooleanField(
        _l("Cancel instead of end"),
        description=_l("Cancel if the pair never really started. End if they met and finished."),
    )
