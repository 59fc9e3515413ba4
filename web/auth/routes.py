from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy.exc import IntegrityError
from werkzeug.wrappers import Response

from web import ratelimits, tokens
from web.access import public
from web.auth.forms import (
    AccountForm,
    ChangeEmailForm,
    ChangePasswordForm,
    LoginForm,
    RegisterForm,
    RequestResetForm,
    ResetPasswordForm,
)
from web.extensions import db
from web.forms import ActionForm
from web.i18n import current_locale, remember_locale
from web.navigation import is_safe_next, next_url
from web.security import check_password, end_session, mark_fresh, start_session
from web.services import ServiceError
from web.services import accounts as account_service

bp = Blueprint("auth", __name__)


@bp.route("/register", methods=["GET", "POST"])
@ratelimits.REGISTER
@public
def register() -> ResponseReturnValue:
    if current_user.is_authenticated:
        return redirect(next_url("apply.my_applications"))
    form = RegisterForm()
    if form.validate_on_submit():
        account_service.register(
            form.name.data,
            form.email.data,
            form.password.data,
            current_locale(),
            next_url("apply.my_applications"),
        )
        try:
            db.session.commit()
        except IntegrityError:  # registered twice at once: the first one stands
            db.session.rollback()
        return render_template("auth/check_email.html", email=form.email.data)
    return render_template("auth/register.html", form=form)


@bp.route("/verify/<token>", methods=["GET", "POST"])
@ratelimits.TOKEN_LINKS
@public
def verify_email(token: str) -> ResponseReturnValue:
    """GET only shows a button: mail scanners that open links must not use up the token."""
    found = tokens.read_token(token, tokens.VERIFY_EMAIL, current_app.config["TOKEN_MAX_AGE_HOURS"])
    if found is None:
        return render_template("auth/link_invalid.html"), 400
    user, payload = found
    form = ActionForm()
    if form.validate_on_submit():
        account_service.verify_email(user)
        start_session(user, password_typed=False)
        db.session.commit()
        flash(_("Thank you! Your e-mail address is confirmed."), "success")
        target = payload.get("n")
        if isinstance(target, str) and is_safe_next(target):
            return redirect(target)
        return redirect(url_for("apply.my_applications"))
    return render_template("auth/verify_email.html", form=form, user=user)


@bp.post("/account/verify")
@ratelimits.PASSWORD_CHECK
@login_required
def resend_verification() -> Response:
    if not current_user.is_verified:
        account_service.send_verification(current_user, next_url("apply.my_applications"))
        db.session.commit()
    flash(_("We sent a new link to %(email)s.", email=current_user.email), "info")
    return redirect(next_url("apply.my_applications"))


@bp.route("/login", methods=["GET", "POST"])
@ratelimits.LOGIN
@ratelimits.LOGIN_PER_EMAIL
@public
def login() -> ResponseReturnValue:
    if current_user.is_authenticated:
        return redirect(next_url("apply.my_applications"))
    form = LoginForm()
    if form.validate_on_submit():
        user = account_service.find_user(form.email.data)
        if check_password(user, form.password.data) and user is not None and user.active:
            start_session(user)
            db.session.commit()
            response = redirect(next_url(_home_endpoint(user)))
            remember_locale(response, user.locale)
            return response
        form.password.errors.append(_("The e-mail address or the password is wrong."))
    return render_template("auth/login.html", form=form)


def _home_endpoint(user: object) -> str:
    return "coordinate.index" if getattr(user, "is_coordinator", False) else "apply.my_applications"


@bp.post("/logout")
@public
def logout() -> Response:
    end_session()
    db.session.commit()
    flash(_("You are logged out."), "info")
    return redirect(url_for("public.index"))


@bp.route("/reset", methods=["GET", "POST"])
@ratelimits.RESET
@ratelimits.RESET_PER_EMAIL
@public
def request_reset() -> ResponseReturnValue:
    form = RequestResetForm()
    if form.validate_on_submit():
        account_service.request_password_reset(form.email.data)
        db.session.commit()
        return render_template("auth/check_email.html", email=form.email.data, reset=True)
    return render_template("auth/request_reset.html", form=form)


@bp.route("/reset/<token>", methods=["GET", "POST"])
@ratelimits.TOKEN_LINKS
@public
def reset_password(token: str) -> ResponseReturnValue:
    max_age = current_app.config["RESET_TOKEN_MAX_AGE_HOURS"]
    found = tokens.read_token(token, tokens.RESET_PASSWORD, max_age)
    if found is None:
        return render_template("auth/link_invalid.html"), 400
    user, _payload = found
    form = ResetPasswordForm(account=user)
    if form.validate_on_submit():
        account_service.set_password(user, form.password.data)
        if user.email_verified_at is None:
            account_service.verify_email(user)  # the link proved the address
        start_session(user)
        db.session.commit()
        flash(_("Your password is changed and you are logged in."), "success")
        return redirect(url_for(_home_endpoint(user)))
    return render_template("auth/reset_password.html", form=form)


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account() -> ResponseReturnValue:
    form = AccountForm(obj=current_user)
    if form.validate_on_submit():
        current_user.name = form.name.data
        current_user.locale = form.locale.data
        db.session.commit()
        flash(_("Your details are saved."), "success")
        response = redirect(url_for("auth.account"))
        remember_locale(response, current_user.locale)
        return response
    return render_template("auth/account.html", form=form)


@bp.route("/account/password", methods=["GET", "POST"])
@ratelimits.PASSWORD_CHECK
@login_required
def change_password() -> ResponseReturnValue:
    form = ChangePasswordForm()
    if form.validate_on_submit():
        if not check_password(current_user, form.current_password.data):
            form.current_password.errors.append(_("This is not your current password."))
        else:
            account_service.set_password(current_user, form.password.data)
            mark_fresh()
            db.session.commit()
            flash(_("Your password is changed. Other devices are logged out."), "success")
            return redirect(url_for("auth.account"))
    return render_template("auth/change_password.html", form=form)


@bp.route("/account/email", methods=["GET", "POST"])
@ratelimits.PASSWORD_CHECK
@login_required
def change_email() -> ResponseReturnValue:
    form = ChangeEmailForm()
    if form.validate_on_submit():
        if not check_password(current_user, form.current_password.data):
            form.current_password.errors.append(_("This is not your current password."))
        else:
            try:
                account_service.request_email_change(current_user, form.email.data)
            except ServiceError as error:
                form.email.errors.append(error.message)
            else:
                mark_fresh()
                db.session.commit()
                return render_template(
                    "auth/check_email.html", email=form.email.data, email_change=True
                )
    return render_template("auth/change_email.html", form=form)


@bp.route("/account/email/<token>", methods=["GET", "POST"])
@ratelimits.TOKEN_LINKS
@login_required
def confirm_email_change(token: str) -> ResponseReturnValue:
    max_age = current_app.config["TOKEN_MAX_AGE_HOURS"]
    found = tokens.read_token(token, tokens.CHANGE_EMAIL, max_age)
    if found is None or found[0].id != current_user.id:
        return render_template("auth/link_invalid.html"), 400
    user, payload = found
    form = ActionForm()
    if form.validate_on_submit():
        try:
            account_service.change_email(user, str(payload.get("e", "")))
        except ServiceError as error:
            flash(error.message, "danger")
            return redirect(url_for("auth.account"))
        db.session.commit()
        flash(_("Your e-mail address is now %(email)s.", email=user.email), "success")
        return redirect(url_for("auth.account"))
    return render_template("auth/confirm_email_change.html", form=form, email=payload.get("e"))
