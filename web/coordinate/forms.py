from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, IntegerField, RadioField, SelectField
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)

from web import labels, vocab
from web.forms import LongTextField, MultiCheckboxField, PlainForm, TextField, options
from web.models import ApplicationStatus, ProgramStatus, Role
from web.services.programmes import ProgramDetails, slugify


def _required_text(label: object, message: object, max_length: int, **kwargs: Any) -> Any:
    field_class = LongTextField if max_length > 300 else TextField
    return field_class(
        label,
        validators=[
            DataRequired(message=message),
            Length(max=max_length, message=_l("Use at most %(max)d characters.", max=max_length)),
        ],
        **kwargs,
    )


class ProgramForm(FlaskForm):
    organization = SelectField(_l("Organisation"), coerce=int, validate_choice=True)
    name = _required_text(_l("Name"), _l("Give the programme a name."), 200)
    slug = TextField(
        _l("Web address"),
        validators=[
            Optional(),
            Length(max=80, message=_l("Use at most %(max)d characters.", max=80)),
            Regexp(
                r"^[a-z0-9]+(-[a-z0-9]+)*$",
                message=_l("Use small letters a–z, digits and hyphens, such as fika-spring-2027."),
            ),
        ],
        description=_l("The end of the programme's address. Left empty, it is made from the name."),
    )
    summary = _required_text(
        _l("Summary"),
        _l("Write a one-line summary."),
        300,
        description=_l("One sentence for the list of programmes."),
    )
    audience = _required_text(
        _l("Who is the programme for?"), _l("Tell who can take part."), 5000, render_kw={"rows": 4}
    )
    description = _required_text(
        _l("Description"), _l("Describe the programme."), 10000, render_kw={"rows": 6}
    )
    pairing = LongTextField(
        _l("How are pairs made?"),
        validators=[Length(max=5000, message=_l("Use at most %(max)d characters.", max=5000))],
        render_kw={"rows": 3},
    )
    duration_months = IntegerField(
        _l("Length in months"),
        validators=[
            InputRequired(message=_l("Give the length in months.")),
            NumberRange(
                min=1, max=36, message=_l("Give a number from %(min)d to %(max)d.", min=1, max=36)
            ),
        ],
        render_kw={"inputmode": "numeric"},
    )
    commitment = TextField(
        _l("Time needed"),
        validators=[Length(max=200, message=_l("Use at most %(max)d characters.", max=200))],
        description=_l("For example: 4–8 hours a month."),
    )
    languages = MultiCheckboxField(_l("Languages of the programme"), validate_choice=True)
    status = SelectField(_l("Status"), validate_choice=True)
    applications_open_on = DateField(
        _l("Applications open on"), validators=[Optional()], format="%Y-%m-%d"
    )
    applications_close_on = DateField(
        _l("Applications close on"), validators=[Optional()], format="%Y-%m-%d"
    )
    starts_on = DateField(_l("Programme starts on"), validators=[Optional()], format="%Y-%m-%d")
    ends_on = DateField(_l("Programme ends on"), validators=[Optional()], format="%Y-%m-%d")
    asks_gender = BooleanField(
        _l("Ask applicants their gender"),
        description=_l("Only if the programme needs it, for example for pairs of the same gender."),
    )
    allows_gender_wish = BooleanField(
        _l("Mentees may ask for a mentor of a certain gender"),
        description=_l("Matching then only proposes mentors of that gender."),
    )

    def __init__(self, *args: Any, organizations: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.organization.choices = options((org.id, org.name) for org in organizations)
        self.languages.choices = options(vocab.language_choices())
        self.status.choices = options(vocab.choices(labels.PROGRAM_STATUS, sort=False))
        for field in (
            self.applications_open_on,
            self.applications_close_on,
            self.starts_on,
            self.ends_on,
        ):
            field.render_kw = {"autocomplete": "off"}

    def validate_languages(self, field: MultiCheckboxField) -> None:
        if not field.data:
            raise_validation(_l("Choose at least one language."))

    def validate_applications_close_on(self, field: DateField) -> None:
        opens = self.applications_open_on.data
        if field.data and opens and field.data < opens:
            raise_validation(_l("Applications cannot close before they open."))

    def validate_ends_on(self, field: DateField) -> None:
        if field.data and self.starts_on.data and field.data < self.starts_on.data:
            raise_validation(_l("The programme cannot end before it starts."))

    def validate_allows_gender_wish(self, field: BooleanField) -> None:
        if field.data and not self.asks_gender.data:
            raise_validation(_l("To allow this, applicants must also be asked their gender."))

    def details(self) -> ProgramDetails:
        return ProgramDetails(
            name=self.name.data,
            slug=self.slug.data or slugify(self.name.data),
            summary=self.summary.data,
            audience=self.audience.data,
            description=self.description.data,
            pairing=self.pairing.data or "",
            duration_months=self.duration_months.data,
            commitment=self.commitment.data or "",
            languages=list(self.languages.data),
            status=ProgramStatus(self.status.data),
            applications_open_on=self.applications_open_on.data,
            applications_close_on=self.applications_close_on.data,
            starts_on=self.starts_on.data,
            ends_on=self.ends_on.data,
            asks_gender=bool(self.asks_gender.data),
            allows_gender_wish=bool(self.allows_gender_wish.data),
        )


def raise_validation(message: object) -> None:
    raise ValidationError(str(message))


class DecisionForm(FlaskForm):
    decision = RadioField(
        _l("Decision"),
        validators=[InputRequired(message=_l("Choose a decision."))],
        validate_choice=True,
    )
    note = LongTextField(
        _l("Note for coordinators"),
        validators=[Length(max=5000, message=_l("Use at most %(max)d characters.", max=5000))],
        description=_l(
            "Only coordinators see this note. The applicant gets an e-mail about the decision."
        ),
        render_kw={"rows": 3},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.decision.choices = options(
            [
                (ApplicationStatus.ACCEPTED.value, _l("Accept")),
                (ApplicationStatus.WAITLISTED.value, _l("Put on the waiting list")),
                (ApplicationStatus.REJECTED.value, _l("Do not accept")),
            ]
        )


class ApplicationFilterForm(PlainForm):
    """The filters of the application list: read from the query string, no CSRF (GET)."""

    q = TextField(_l("Search by name or e-mail"), validators=[Optional(), Length(max=100)])
    role = SelectField(_l("Role"), validators=[Optional()], validate_choice=True)
    status = SelectField(_l("Status"), validators=[Optional()], validate_choice=True)
    language = SelectField(_l("Language"), validators=[Optional()], validate_choice=True)
    field = SelectField(_l("Field"), validators=[Optional()], validate_choice=True)
    region = SelectField(_l("Region"), validators=[Optional()], validate_choice=True)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        anything = ("", _l("All"))
        self.role.choices = options(
            [anything, *((role.value, labels.ROLE[role.value]) for role in Role)]
        )
        self.status.choices = options(
            [anything, *vocab.choices(labels.APPLICATION_STATUS, sort=False)]
        )
        self.language.choices = options([anything, *vocab.language_choices()])
        self.field.choices = options([anything, *vocab.choices(vocab.FIELDS)])
        self.region.choices = options([anything, *vocab.choices(vocab.REGIONS)])

    def filters(self) -> dict[str, str]:
        """The valid, non-empty filters; an invalid one is dropped (and shown as an error)."""
        self.validate()
        return {
            name: field.data
            for name, field in self._fields.items()
            if field.data and not field.errors
        }
