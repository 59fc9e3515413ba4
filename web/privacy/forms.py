from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField
from wtforms.validators import DataRequired, Email, InputRequired, Length, Optional

from web.forms import LongTextField, clean_text


class PasswordCheckForm(FlaskForm):
    password = PasswordField(
        _l("Your password"),
        validators=[InputRequired(message=_l("Enter your password."))],
        render_kw={"autocomplete": "current-password"},
    )


class DeleteAccountForm(PasswordCheckForm):
    understood = BooleanField(
        _l("I understand that my answers and my account are deleted for good."),
        validators=[DataRequired(message=_l("Tick the box to confirm."))],
    )


class PrivacyNoticeForm(FlaskForm):
    privacy_notice = LongTextField(
        _l("Privacy notice"),
        validators=[Length(max=20000, message=_l("Use at most %(max)d characters.", max=20000))],
        description=_l(
            "What you do with applicants' data, why, how long you keep it, and their rights."
            " Leave it empty to show Silta's general notice."
        ),
        render_kw={"rows": 12},
    )
    privacy_contact = EmailField(
        _l("Contact for questions about data"),
        filters=[clean_text],
        validators=[
            Optional(),
            Length(max=254, message=_l("An e-mail address is at most 254 characters.")),
            Email(message=_l("Enter an e-mail address in the form name@example.com.")),
        ],
        render_kw={"autocomplete": "email"},
    )
