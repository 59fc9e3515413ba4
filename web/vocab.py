"""Controlled vocabularies: stable codes with translated labels.

Profiles store codes, never free text, so that a Finnish-writing mentor and an
English-writing mentee still match on structure. Language names come from the
Unicode CLDR through Babel; the rest are translated in our catalogues.
"""

from __future__ import annotations

from collections.abc import Mapping

from babel import Locale
from flask_babel import get_locale, gettext, pgettext
from flask_babel import lazy_gettext as _l

#: Languages people can list, by ISO 639-1 code. Finnish and Swedish first:
#: they are the national languages; the rest are the most common mother tongues
#: of people who moved to Finland.
LANGUAGE_CODES: tuple[str, ...] = (
    "fi", "sv", "en", "ru", "et", "ar", "so", "fa", "uk", "ku", "zh", "sq", "vi", "th",
    "tr", "es", "de", "fr", "pt", "it", "pl", "tl", "ne", "hi", "bn", "ur", "ps", "ti",
    "am", "sw", "ro", "bg", "hu", "lv", "lt", "my", "ja", "ko", "nl", "el",
)  # fmt: skip

LANGUAGE_LEVELS: Mapping[str, object] = {
    "basic": _l("Basic"),
    "good": _l("Good"),
    "fluent": _l("Fluent"),
    "native": _l("Native or like native"),
}

FIELDS: Mapping[str, object] = {
    "it": _l("IT and software"),
    "engineering": _l("Engineering and technology"),
    "health": _l("Health and social care"),
    "education": _l("Education and early childhood"),
    "business": _l("Business and management"),
    "finance": _l("Finance and accounting"),
    "marketing": _l("Marketing and communications"),
    "sales": _l("Sales and customer service"),
    "hr": _l("Human resources"),
    "law": _l("Law"),
    "research": _l("Science and research"),
    "construction": _l("Construction and architecture"),
    "design": _l("Design, arts and culture"),
    "hospitality": _l("Hospitality, restaurants and tourism"),
    "logistics": _l("Logistics and transport"),
    "public": _l("Public administration"),
    "ngo": _l("Non-profit organisations"),
    "media": _l("Media and journalism"),
    "environment": _l("Agriculture, forestry and environment"),
    "industry": _l("Industry and manufacturing"),
}

TOPICS: Mapping[str, object] = {
    "job_search": _l("Looking for work"),
    "cv": _l("CV and job applications"),
    "interviews": _l("Job interviews"),
    "networking": _l("Building a professional network"),
    "work_culture": _l("Working culture in Finland"),
    "language": _l("Practising Finnish or Swedish"),
    "vocabulary": _l("Professional vocabulary"),
    "career_change": _l("Changing career"),
    "recognition": _l("Getting a degree recognised"),
    "studies": _l("Studies and training in Finland"),
    "entrepreneurship": _l("Starting a business"),
    "leadership": _l("Leadership"),
    "online_presence": _l("LinkedIn and online profile"),
    "family": _l("Work and family life"),
    "confidence": _l("Confidence and presenting yourself"),
    "working_life_rights": _l("Pay and rights at work"),
    "society": _l("Finnish society and services"),
    "internship": _l("Internships and work try-outs"),
}

#: Finnish regions by ISO 3166-2:FI code.
REGIONS: Mapping[str, object] = {
    "FI-18": _l("Uusimaa"),
    "FI-19": _l("Southwest Finland"),
    "FI-17": _l("Satakunta"),
    "FI-06": _l("Kanta-Häme"),
    "FI-11": _l("Pirkanmaa"),
    "FI-16": _l("Päijät-Häme"),
    "FI-09": _l("Kymenlaakso"),
    "FI-02": _l("South Karelia"),
    "FI-04": _l("South Savo"),
    "FI-15": _l("North Savo"),
    "FI-13": _l("North Karelia"),
    "FI-08": _l("Central Finland"),
    "FI-03": _l("South Ostrobothnia"),
    "FI-12": _l("Ostrobothnia"),
    "FI-07": _l("Central Ostrobothnia"),
    "FI-14": _l("North Ostrobothnia"),
    "FI-05": _l("Kainuu"),
    "FI-10": _l("Lapland"),
    "FI-01": _l("Åland"),
}

MEETING_FORMATS: Mapping[str, object] = {
    "online": _l("Online"),
    "in_person": _l("In person"),
    "either": _l("Online or in person"),
}

GENDERS: Mapping[str, object] = {
    "woman": _l("Woman"),
    "man": _l("Man"),
    "non_binary": _l("Non-binary"),
}

DAYS: Mapping[str, object] = {
    "mon": _l("Monday"),
    "tue": _l("Tuesday"),
    "wed": _l("Wednesday"),
    "thu": _l("Thursday"),
    "fri": _l("Friday"),
    "sat": _l("Saturday"),
    "sun": _l("Sunday"),
}

DAY_PARTS: Mapping[str, object] = {
    "morning": _l("Morning"),
    "afternoon": _l("Afternoon"),
    "evening": _l("Evening"),
}

#: Weekly availability windows such as ``mon_evening``.
AVAILABILITY: tuple[str, ...] = tuple(f"{day}_{part}" for day in DAYS for part in DAY_PARTS)


def language_name(code: str, locale: str | None = None, *, in_text: bool = False) -> str:
    """The name of a language in the interface language, from CLDR.

    Capitalised on its own (a menu option, the start of a list); ``in_text`` keeps CLDR's
    case for use inside a sentence or further along a list ("suomi", "svenska", "English").
    """
    display = Locale.parse(locale or str(get_locale()))
    name = display.languages.get(code)
    if not name:
        return code
    return name if in_text else name[:1].upper() + name[1:]


def language_list(codes: list[str], *, in_text: bool = False) -> str:
    """ "Finnish, Swedish, English" ("Suomi, ruotsi, englanti"): national languages first,
    then in vocabulary order; ``in_text`` for a list inside a sentence ("suomi, ruotsi")."""
    order = {code: index for index, code in enumerate(LANGUAGE_CODES)}
    ordered = sorted(codes, key=lambda code: order.get(code, len(order)))
    return ", ".join(
        language_name(code, in_text=in_text or index > 0) for index, code in enumerate(ordered)
    )


def language_choices() -> list[tuple[str, str]]:
    """Languages as (code, name) pairs, national languages first, then by name."""
    national = [(code, language_name(code)) for code in LANGUAGE_CODES[:3]]
    others = sorted(
        ((code, language_name(code)) for code in LANGUAGE_CODES[3:]), key=lambda pair: pair[1]
    )
    return national + others


def choices(vocabulary: Mapping[str, object], *, sort: bool = True) -> list[tuple[str, str]]:
    """(code, translated label) pairs, sorted by label in the current language."""
    pairs = [(code, str(label)) for code, label in vocabulary.items()]
    return sorted(pairs, key=lambda pair: pair[1].casefold()) if sort else pairs


def label(vocabulary: Mapping[str, object], code: str | None) -> str:
    """The translated label of a code; the code itself if it is unknown."""
    if code is None:
        return ""
    value = vocabulary.get(code)
    return str(value) if value is not None else code


def _day_in_text(day: str) -> str:
    """A day's name inside a sentence or a list: "Monday", but "maanantai", "måndag"."""
    names = {
        "mon": pgettext("inside a sentence", "Monday"),
        "tue": pgettext("inside a sentence", "Tuesday"),
        "wed": pgettext("inside a sentence", "Wednesday"),
        "thu": pgettext("inside a sentence", "Thursday"),
        "fri": pgettext("inside a sentence", "Friday"),
        "sat": pgettext("inside a sentence", "Saturday"),
        "sun": pgettext("inside a sentence", "Sunday"),
    }
    return names.get(day, day)


def availability_label(code: str, *, in_text: bool = False) -> str:
    """``mon_evening`` as "Monday evening" in the interface language; ``in_text`` inside a
    sentence or further along a list, where Finnish and Swedish write days in lower case."""
    day, _, part = code.partition("_")
    day_name = _day_in_text(day) if in_text else label(DAYS, day)
    part_name = label(DAY_PARTS, part).lower()
    if str(get_locale()) == "fi":
        return finnish_compound(day_name, part_name)
    return gettext("%(day)s %(part)s", day=day_name, part=part_name)


def finnish_compound(first: str, second: str) -> str:
    """Two Finnish words as one compound: "keskiviikkoilta", "tiistaiaamupäivä", but with a
    hyphen where the same vowel meets ("maanantai-ilta"). A catalogue pattern cannot say
    this, so the rule lives here."""
    same_vowel = first[-1:].lower() == second[:1].lower() and second[:1].lower() in "aeiouyäö"
    return f"{first}-{second}" if same_vowel else f"{first}{second}"


def availability_list(codes: list[str], *, in_text: bool = False) -> str:
    """ "Monday evening, Tuesday morning" ("Maanantai-ilta, tiistai-aamupäivä")."""
    return ", ".join(
        availability_label(code, in_text=in_text or index > 0) for index, code in enumerate(codes)
    )
