"""What every template can use: vocabulary labels and state names."""

from __future__ import annotations

from flask import Flask

from web import labels, vocab


def init_app(app: Flask) -> None:
    env = app.jinja_env
    env.filters.update(
        field_label=lambda code: vocab.label(vocab.FIELDS, code),
        topic_label=lambda code: vocab.label(vocab.TOPICS, code),
        region_label=lambda code: vocab.label(vocab.REGIONS, code),
        meeting_label=lambda code: vocab.label(vocab.MEETING_FORMATS, code),
        gender_label=lambda code: vocab.label(vocab.GENDERS, code),
        level_label=lambda code: vocab.label(vocab.LANGUAGE_LEVELS, code),
        language_label=vocab.language_name,
        language_list=vocab.language_list,
        availability_label=vocab.availability_label,
        program_status_label=lambda code: vocab.label(labels.PROGRAM_STATUS, code),
        application_status_label=lambda code: vocab.label(labels.APPLICATION_STATUS, code),
        role_label=lambda code: vocab.label(labels.ROLE, code),
    )
    env.globals.update(DAYS=vocab.DAYS, DAY_PARTS=vocab.DAY_PARTS)
