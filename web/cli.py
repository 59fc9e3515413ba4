"""Command-line tasks: ``flask create-org``, ``flask outbox send``, ``flask demo``."""

from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import AppGroup
from sqlalchemy import select

from web import mail
from web.extensions import db
from web.models import Membership, Organization, Program, RunSource, User, utcnow
from web.passwords import is_too_easy
from web.security import hash_password
from web.services.accounts import find_user, normalise_email
from web.services.programmes import slugify

outbox_cli = AppGroup("outbox", help="The e-mail outbox.")


@click.command("create-org")
@click.argument("name")
@click.option("--slug", help="Short name used in web addresses; made from the name if left out.")
@click.option("--coordinator-email", required=True, help="E-mail of the first coordinator.")
@click.option("--coordinator-name", required=True, help="Name of the first coordinator.")
@click.password_option(
    "--password",
    help="Password of the coordinator when the account is new (asked if not given).",
)
def create_org(
    name: str, slug: str | None, coordinator_email: str, coordinator_name: str, password: str
) -> None:
    """Create an organisation with its first coordinator (the platform admin's job)."""
    slug = slug or slugify(name)
    if db.session.scalar(select(Organization).where(Organization.slug == slug)):
        raise click.ClickException(f"An organisation with the slug {slug!r} already exists.")
    if len(password) < 10:
        raise click.ClickException("The password must have at least 10 characters.")
    if is_too_easy(password, [coordinator_email, coordinator_name, name]):
        raise click.ClickException("The password is too easy to guess: add a few unrelated words.")
    organization = Organization(name=name, slug=slug)
    user = find_user(coordinator_email)
    if user is None:
        user = User(
            email=normalise_email(coordinator_email),
            name=coordinator_name,
            password_hash=hash_password(password),
            email_verified_at=utcnow(),
        )
    db.session.add_all([organization, user])
    db.session.add(Membership(user=user, organization=organization))
    db.session.commit()
    click.echo(f"Created {name} ({slug}) with coordinator {user.email}.")


@outbox_cli.command("send")
def outbox_send() -> None:
    """Send the e-mails that are due (for cron, or after the mail server was down)."""
    sent = mail.deliver_due(current_app._get_current_object())  # type: ignore[attr-defined]
    click.echo(f"Sent {sent} message(s).")


@click.command("demo")
@click.option("--reset", is_flag=True, help="Delete everything first (development only).")
@click.option("--force", is_flag=True, help="Load even though the app is not in debug mode.")
def demo(reset: bool, force: bool) -> None:
    """Load the demo organisations, programmes and applications (skipped if already there)."""
    from web import demo as demo_data

    if not (current_app.debug or current_app.testing or force):
        raise click.ClickException("Demo data is for development: run with --debug or --force.")
    if reset:
        demo_data.clear()
    if demo_data.is_loaded():
        click.echo("Demo data is already loaded.")
    else:
        demo_data.load()
        db.session.commit()
        click.echo("Demo data loaded.")
    click.echo(demo_data.logins_text())


@click.command("match")
@click.argument("programme")
def match(programme: str) -> None:
    """Run the matching for PROGRAMME (its id, or ORGANISATION/PROGRAMME slugs).

    For programmes too large to run inside a web request; the run shows up on the
    same review page as one started from the browser.
    """
    from web.services.matching import run_matching

    program = _find_program(programme)
    run = run_matching(program, None, RunSource.CLI)
    db.session.commit()
    click.echo(
        f"Run {run.id} of {program.name}: {run.matched_count} of {run.mentee_count} mentees "
        f"paired, mean score {run.mean_score or 0:.3f}, lowest {run.lowest_score or 0:.3f}, "
        f"{run.timings['total']:.2f} s."
    )
    click.echo(f"Review it at /coordinate/runs/{run.id}")


def _find_program(reference: str) -> Program:
    query = select(Program).join(Program.organization)
    if reference.isdigit():
        query = query.where(Program.id == int(reference))
    else:
        org_slug, _, slug = reference.partition("/")
        query = query.where(Organization.slug == org_slug, Program.slug == slug)
    program = db.session.scalar(query)
    if program is None:
        raise click.ClickException(f"No programme {reference!r}: give its id or org/programme.")
    return program


@click.command("purge-expired")
@click.option(
    "--months",
    type=click.IntRange(min=1),
    default=None,
    help="Months after a programme's end (default: SILTA_RETENTION_MONTHS, 12).",
)
def purge_expired(months: int | None) -> None:
    """Erase personal data of programmes that ended long ago, and old e-mails and audit events."""
    from web.services.privacy import purge_expired as purge
    from web.timeutil import today

    months = months or current_app.config["RETENTION_MONTHS"]
    result = purge(months, today())
    db.session.commit()
    click.echo(
        f"{result.programmes} programme(s) past {months} months: erased {result.applications} "
        f"application(s) and {result.runs} matching run(s), anonymised {result.people} "
        f"person(s); deleted {result.messages} e-mail(s) and {result.events} audit event(s)."
    )


def init_app(app: Flask) -> None:
    app.cli.add_command(purge_expired)
    app.cli.add_command(create_org)
    app.cli.add_command(match)
    app.cli.add_command(outbox_cli)
    app.cli.add_command(demo)
