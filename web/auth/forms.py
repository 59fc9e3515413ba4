from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, SelectField
from wtforms.validators import (
    DataRequired,
    Email,
    EqualTo,
    InputRequired,
    Length,
    ValidationError,
)

from web.forms import TextField, clean_text, options
from web.i18n import LOCALE_NAMES
from web.passwords import is_too_easy

PASSWORD_MIN, PASSWORD_MAX = 10, 1000

#: Autofill works, and the field says what it is for (WCAG 1.3.5).
_EMAIL_ATTRS = {"autocomplete": "email", "spellcheck": "false", "autocapitalize": "none"}


def _email_field(label: object) -> EmailField:
    return EmailField(
        label,
        filters=[clean_text],
        validators=[
            DataRequired(message=_l("Enter your e-mail address.")),
            Length(max=254, message=_l("An e-mail address is at most 254 characters.")),
            Email(message=_l("Enter an e-mail address in the form name@example.com.")),
        ],
        render_kw=_EMAIL_ATTRS,
    )


class NotTooEasy:
    """Refuse common and easily guessed passwords (see web.passwords)."""

    def __call__(self, form: FlaskForm, field: PasswordField) -> None:
        inputs = [getattr(form, name).data for name in ("name", "email") if hasattr(form, name)]
        account = getattr(form, "account", None) or (
            current_user if current_user.is_authenticated else None
        )
        if account is not None:
            inputs += [account.name, account.email]
        if field.data and is_too_easy(field.data, [str(i) for i in inputs if i]):
            raise ValidationError(
                str(_l("This password is too easy to guess. Add a few unrelated words."))
            )


def _new_password_fields() -> tuple[PasswordField, PasswordField]:
    password = PasswordField(
        _l("New password"),
        validators=[
            InputRequired(message=_l("Choose a password.")),
            Length(
                min=PASSWORD_MIN,
                max=PASSWORD_MAX,
                message=_l("Use at least %(min)d characters.", min=PASSWORD_MIN),
            ),
            NotTooEasy(),
        ],
        description=_l(
            "At least %(min)d characters. A few unrelated words are easy to remember"
            " and hard to guess.",
            min=PASSWORD_MIN,
        ),
        render_kw={"autocomplete": "new-password"},
    )
    confirm = PasswordField(
        _l("New password again"),
        validators=[
            InputRequired(message=_l("Type the password again.")),
            EqualTo("password", message=_l("The two passwords are not the same.")),
        ],
        render_kw={"autocomplete": "new-password"},
    )
    return password, confirm


def _current_password_field() -> PasswordField:
    return PasswordField(
        _l("Current password"),
        validators=[InputRequired(message=_l("Enter your current password."))],
        render_kw={"autocomplete": "current-password"},
    )


class RegisterForm(FlaskForm):
    name = TextField(
        _l("Your name"),
        validators=[
            DataRequired(message=_l("Enter your name.")),
            Length(max=120, message=_l("Use at most %(max)d characters.", max=120)),
        ],
        render_kw={"autocomplete": "name"},
    )
    email = _email_field(_l("E-mail address"))
    password, confirm = _new_password_fields()


class LoginForm(FlaskForm):
    email = _email_field(_l("E-mail address"))
    password = PasswordField(
        _l("Password"),
        validators=[InputRequired(message=_l("Enter your password."))],
        render_kw={"autocomplete": "current-password"},
    )


class RequestResetForm(FlaskForm):
    email = _email_field(_l("E-mail address"))


class ResetPasswordForm(FlaskForm):
    password, confirm = _new_password_fields()

    def __init__(self, *args: Any, account: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: Whose password this is (nobody is logged in on the reset page).
        self.account = account


class AccountForm(FlaskForm):
    name = TextField(
        _l("Your name"),
        validators=[
            DataRequired(message=_l("Enter your name.")),
            Length(max=120, message=_l("Use at most %(max)d characters.", max=120)),
        ],
        render_kw={"autocomplete": "name"},
    )
    locale = SelectField(
        _l("Language of the service and of e-mails"),
        choices=options(LOCALE_NAMES.items()),
        validate_choice=True,
    )


class ChangePasswordForm(FlaskForm):
    current_password = _current_password_field()
    password, confirm = _new_password_fields()


class ChangeEmailForm(FlaskForm):
    email = _email_field(_l("New e-mail address"))
    current_password = _current_password_field()
