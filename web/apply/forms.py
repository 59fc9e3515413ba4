"""The application form: one form in sections, for mentees and mentors."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, FieldList, FormField, RadioField, SelectField
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    Optional,
    Regexp,
    ValidationError,
)

from web import vocab
from web.forms import LongTextField, MultiCheckboxField, PlainForm, TextField, options
from web.models import (
    CAPACITY_MAX,
    CAPACITY_MIN,
    Application,
    Gender,
    LanguageLevel,
    Meeting,
    Program,
    Role,
)
from web.services.applications import Profile

LANGUAGE_ROWS = 5
FIELDS_MAX = 3
TOPICS_MAX = 6
TEXT_MIN, TEXT_MAX = 20, 2000
#: The length of the free-text answers (stateless: one validator serves every field).
TEXT_LENGTH = Length(
    min=TEXT_MIN,
    max=TEXT_MAX,
    message=_l("Write between %(min)d and %(max)d characters.", min=TEXT_MIN, max=TEXT_MAX),
)


class LanguageRowForm(PlainForm):
    """One language and how well the person speaks it (a sub-form: no CSRF token of its own)."""

    code = SelectField(_l("Language"), validators=[Optional()], validate_choice=True)
    level = SelectField(_l("Level"), validators=[Optional()], validate_choice=True)


class ProfileForm(FlaskForm):
    # About you
    phone = TextField(
        _l("Phone number"),  # the form adds "(optional)" itself
        validators=[
            Optional(),
            Length(max=40, message=_l("Use at most %(max)d characters.", max=40)),
            Regexp(
                r"^\+?[0-9 ()-]{5,40}$",
                message=_l("Write the number with digits, for example +358 40 123 4567."),
            ),
        ],
        render_kw={"autocomplete": "tel", "inputmode": "tel"},
    )
    gender = RadioField(_l("Your gender"), validators=[Optional()], validate_choice=True)
    region = SelectField(
        _l("Where do you live?"),
        validators=[InputRequired(message=_l("Choose where you live."))],
        validate_choice=True,
        description=_l("If you meet in person, your mentor should live near you."),
    )
    # Languages
    languages = FieldList(
        FormField(LanguageRowForm), min_entries=LANGUAGE_ROWS, max_entries=LANGUAGE_ROWS
    )
    # Field and goals
    fields = MultiCheckboxField(_l("Your professional fields"), validate_choice=True)
    topics = MultiCheckboxField(_l("What do you want to talk about?"), validate_choice=True)
    background = LongTextField(
        _l("Your education and work experience"),
        validators=[
            DataRequired(message=_l("Tell a little about your education and work.")),
            TEXT_LENGTH,
        ],
        render_kw={"rows": 5},
    )
    goals = LongTextField(
        _l("What do you hope to get from mentoring?"),
        validators=[
            DataRequired(message=_l("Tell what you hope to get from mentoring.")),
            TEXT_LENGTH,
        ],
        render_kw={"rows": 5},
    )
    # Where and when
    meeting = RadioField(
        _l("How can you meet?"),
        validators=[InputRequired(message=_l("Choose how you can meet."))],
        validate_choice=True,
    )
    availability = MultiCheckboxField(
        _l("When can you usually meet?"),
        validate_choice=True,
        description=_l("Choose all times that usually suit you. You can change them later."),
    )
    wants_mentor_gender = SelectField(
        _l("Do you wish for a mentor of a certain gender?"),
        validators=[Optional()],
        validate_choice=True,
    )
    capacity = SelectField(
        _l("How many mentees can you have at the same time?"),
        coerce=int,
        validate_choice=True,
        choices=options((n, str(n)) for n in range(CAPACITY_MIN, CAPACITY_MAX + 1)),
    )
    paused = BooleanField(
        _l("Pause: I cannot take new mentees for now"),
        description=_l("Your profile stays, but coordinators do not give you new mentees."),
    )
    # Consent
    consent = BooleanField(
        _l("I agree that the organisation keeps my answers for this programme."),
        validators=[
            DataRequired(message=_l("We can only handle your application with your consent."))
        ],
    )

    def __init__(
        self, *args: Any, program: Program, role: Role, editing: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.program = program
        self.role = role
        self._set_choices()
        self._drop_unused(editing)

    # -- building ----------------------------------------------------------

    def _set_choices(self) -> None:
        languages = options([("", "—"), *vocab.language_choices()])
        levels = options([("", "—"), *vocab.choices(vocab.LANGUAGE_LEVELS, sort=False)])
        for row in self.languages:
            row.form.code.choices = languages
            row.form.level.choices = levels
        self.region.choices = options([("", _l("Choose a region")), *vocab.choices(vocab.REGIONS)])
        self.fields.choices = options(vocab.choices(vocab.FIELDS))
        self.topics.choices = options(vocab.choices(vocab.TOPICS))
        self.meeting.choices = options(vocab.choices(vocab.MEETING_FORMATS, sort=False))
        self.availability.choices = options(
            (code, vocab.availability_label(code)) for code in vocab.AVAILABILITY
        )
        self.gender.choices = options(vocab.choices(vocab.GENDERS, sort=False))
        self.wants_mentor_gender.choices = options(
            [("", _l("No wish")), *vocab.choices(vocab.GENDERS, sort=False)]
        )

    def _drop_unused(self, editing: bool) -> None:
        """Ask only what this programme and role use (data minimisation)."""
        if not self.program.asks_gender:
            del self.gender
        if self.role == Role.MENTOR or not self.program.allows_gender_wish:
            del self.wants_mentor_gender
        if self.role == Role.MENTEE:
            del self.capacity
            del self.paused
        if editing:
            del self.consent
        if self.role == Role.MENTOR:
            self.fields.label.text = str(_l("Your fields of expertise"))
            self.goals.label.text = str(_l("What can you offer as a mentor?"))
            self.topics.label.text = str(_l("What can you help with?"))
            self.region.description = _l("If you meet in person, your mentee should live near you.")

    # -- validation --------------------------------------------------------

    def validate_languages(self, field: FieldList) -> None:
        seen: set[str] = set()
        row_problems = False
        for row in field:
            code, level = row.form.code.data, row.form.level.data
            if code and not level:
                row.form.level.errors = [*row.form.level.errors, str(_l("Choose a level."))]
                row_problems = True
            if code and code in seen:
                row.form.code.errors = [
                    *row.form.code.errors,
                    str(_l("You chose this language twice.")),
                ]
                row_problems = True
            if code:
                seen.add(code)
        if not seen:
            raise ValidationError(str(_l("Add at least one language you speak.")))
        if row_problems:
            raise ValidationError(str(_l("Check the languages marked below.")))

    def validate_fields(self, field: MultiCheckboxField) -> None:
        _require_count(field, 1, FIELDS_MAX)

    def validate_topics(self, field: MultiCheckboxField) -> None:
        _require_count(field, 1, TOPICS_MAX)

    def validate_gender(self, field: RadioField) -> None:
        if not field.data:
            raise ValidationError(str(_l("Choose your gender.")))

    # -- reading and filling -----------------------------------------------

    def profile(self) -> Profile:
        """The answers as a :class:`Profile`, after a successful ``validate()``."""
        languages = {
            row.form.code.data: LanguageLevel(row.form.level.data)
            for row in self.languages
            if row.form.code.data
        }
        gender = getattr(self, "gender", None)
        wish = getattr(self, "wants_mentor_gender", None)
        capacity = getattr(self, "capacity", None)
        paused = getattr(self, "paused", None)
        return Profile(
            phone=self.phone.data or None,
            background=self.background.data,
            goals=self.goals.data,
            region=self.region.data or None,
            meeting=Meeting(self.meeting.data),
            languages=languages,
            fields=list(self.fields.data),
            topics=list(self.topics.data),
            availability=list(self.availability.data or []),
            capacity=capacity.data if capacity is not None else None,
            paused=bool(paused.data) if paused is not None else False,
            gender=Gender(gender.data) if gender is not None and gender.data else None,
            wants_mentor_gender=Gender(wish.data) if wish is not None and wish.data else None,
        )


def initial_data(application: Application) -> dict[str, Any]:
    """The stored answers, in the shape the form takes as ``data``."""
    return {
        "phone": application.phone or "",
        "gender": application.gender.value if application.gender else None,
        "region": application.region or "",
        "languages": [
            {"code": code, "level": level.value} for code, level in application.languages.items()
        ],
        "fields": application.fields,
        "topics": application.topics,
        "background": application.background,
        "goals": application.goals,
        "meeting": application.meeting.value,
        "availability": application.availability,
        "wants_mentor_gender": (
            application.wants_mentor_gender.value if application.wants_mentor_gender else ""
        ),
        "capacity": application.capacity or CAPACITY_MIN,
        "paused": application.paused,
    }


def _require_count(field: MultiCheckboxField, least: int, most: int) -> None:
    count = len(field.data or [])
    if count < least:
        raise ValidationError(str(_l("Choose at least one.")))
    if count > most:
        raise ValidationError(str(_l("Choose at most %(most)d.", most=most)))


class DeclineForm(FlaskForm):
    reason = LongTextField(
        _l("Why can you not take this mentee?"),
        validators=[
            DataRequired(message=_l("Write a short reason for the coordinators.")),
            Length(max=2000, message=_l("Use at most %(max)d characters.", max=2000)),
        ],
        description=_l(
            "Only the coordinators see this. They will find another mentor for the mentee."
        ),
        render_kw={"rows": 3},
    )
