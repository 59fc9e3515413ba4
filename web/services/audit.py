"""Recording what coordinators do."""

from __future__ import annotations

from typing import Any

from flask_login import current_user

from web.extensions import db
from web.models import AuditEvent


def record(
    action: str,
    *,
    organization_id: int | None,
    object_type: str,
    object_id: int | None,
    **details: Any,
) -> AuditEvent:
    actor_id = current_user.id if current_user and current_user.is_authenticated else None
    event = AuditEvent(
        organization_id=organization_id,
        actor_id=actor_id,
        action=action,
        object_type=object_type,
        object_id=object_id,
        details=details,
    )
    db.session.add(event)
    return event
