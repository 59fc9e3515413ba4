"""An organisation's own settings: its privacy notice."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from web.coordinate.blueprint import bp, coordinator_required
from web.extensions import db
from web.privacy.forms import PrivacyNoticeForm
from web.services import scoping
from web.services.audit import record


@bp.route("/organisations/<int:organization_id>/privacy", methods=["GET", "POST"])
@coordinator_required
def privacy_notice(organization_id: int) -> ResponseReturnValue:
    organization = scoping.get_organization_or_404(organization_id)
    form = PrivacyNoticeForm(obj=organization if request.method == "GET" else None)
    if form.validate_on_submit():
        organization.privacy_notice = form.privacy_notice.data or ""
        organization.privacy_contact = form.privacy_contact.data or ""
        record(
            "organization.privacy_updated",
            organization_id=organization.id,
            object_type="organization",
            object_id=organization.id,
        )
        db.session.commit()
        flash(_("The privacy notice is saved."), "success")
        return redirect(url_for("coordinate.index"))
    return render_template("coordinate/privacy_notice.html", organization=organization, form=form)
