"""Seeded generator of realistic cohorts, for the benchmark, tests and demo data.

The shape follows the programmes Silta models (FIKA, Womento): mentees who moved to
Finland, mostly in Uusimaa, speaking English and their first language and often some
Finnish; mentors mostly Finnish- and English-speaking, spread over the regions; fields
and topics from controlled vocabularies; free texts written in Finnish, Swedish or
English from each field's own vocabulary; weekly availability windows; mentor
capacities 1–5; a share of mentees asking for a woman mentor.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from matching.records import Mentee, Mentor


def _words(text: str) -> list[str]:
    return text.split()


#: Field code -> words in Finnish, Swedish and English used in that field's texts.
FIELD_WORDS: dict[str, dict[str, list[str]]] = {
    "software": {
        "fi": _words(
            "ohjelmistokehitys ohjelmointi koodi testaus pilvipalvelut tietokannat verkkosovellus"
            " ketterä kehittäjä arkkitehtuuri"
        ),
        "sv": _words(
            "programvaruutveckling programmering kod testning molntjänster databaser"
            " webbapplikation utvecklare arkitektur"
        ),
        "en": _words(
            "software development programming code testing cloud databases web application"
            " developer architecture agile"
        ),
    },
    "data": {
        "fi": _words(
            "data-analytiikka tilastot koneoppiminen raportointi tietovarasto visualisointi"
            " ennustemallit"
        ),
        "sv": _words("dataanalys statistik maskininlärning rapportering datalager visualisering"),
        "en": _words(
            "data analytics statistics machine learning reporting warehouse visualisation"
            " python models"
        ),
    },
    "nursing": {
        "fi": _words(
            "sairaanhoitaja hoitotyö potilas sairaala terveyskeskus lääkehoito vuorotyö laillistus"
        ),
        "sv": _words(
            "sjuksköterska vård patient sjukhus hälsocentral läkemedel skiftarbete legitimation"
        ),
        "en": _words("nurse nursing patient hospital health centre medication shifts licence care"),
    },
    "medicine": {
        "fi": _words("lääkäri erikoistuminen valvira kliininen potilastyö terveydenhuolto"),
        "sv": _words("läkare specialisering klinisk patientarbete hälsovård"),
        "en": _words("doctor physician specialisation clinical licensing healthcare residency"),
    },
    "teaching": {
        "fi": _words("opettaja opetus koulu oppilaat kelpoisuus varhaiskasvatus opetussuunnitelma"),
        "sv": _words("lärare undervisning skola elever behörighet småbarnspedagogik läroplan"),
        "en": _words("teacher teaching school pupils qualification early education curriculum"),
    },
    "construction": {
        "fi": _words("rakennus työmaa rakennesuunnittelu urakka työturvallisuus betoni"),
        "sv": _words("byggnad byggplats konstruktion entreprenad arbetssäkerhet betong"),
        "en": _words("construction site structural design contractor safety concrete"),
    },
    "engineering": {
        "fi": _words("insinööri suunnittelu kone automaatio tuotekehitys valmistus laatu"),
        "sv": _words("ingenjör konstruktion maskin automation produktutveckling tillverkning"),
        "en": _words(
            "engineer engineering mechanical automation product development manufacturing quality"
        ),
    },
    "finance": {
        "fi": _words("talous rahoitus pankki sijoitukset riskienhallinta budjetointi"),
        "sv": _words("ekonomi finansiering bank investeringar riskhantering budgetering"),
        "en": _words("finance banking investment risk management budgeting controlling"),
    },
    "accounting": {
        "fi": _words("kirjanpito tilinpäätös palkanlaskenta verotus reskontra tilintarkastus"),
        "sv": _words("bokföring bokslut löneräkning beskattning reskontra revision"),
        "en": _words("accounting bookkeeping financial statements payroll taxation audit"),
    },
    "marketing": {
        "fi": _words("markkinointi brändi viestintä sosiaalinen media kampanja asiakasymmärrys"),
        "sv": _words("marknadsföring varumärke kommunikation sociala medier kampanj"),
        "en": _words("marketing brand communication social media campaign customer insight"),
    },
    "sales": {
        "fi": _words("myynti asiakkuudet neuvottelu b2b asiakaspalvelu tarjous"),
        "sv": _words("försäljning kundrelationer förhandling kundtjänst offert"),
        "en": _words("sales accounts negotiation customer service business development"),
    },
    "logistics": {
        "fi": _words("logistiikka toimitusketju varasto kuljetus hankinta"),
        "sv": _words("logistik leveranskedja lager transport inköp"),
        "en": _words("logistics supply chain warehouse transport procurement"),
    },
    "research": {
        "fi": _words("tutkimus yliopisto väitöskirja julkaisut rahoitushaku laboratorio"),
        "sv": _words(
            "forskning universitet doktorsavhandling publikationer forskningsfinansiering"
        ),
        "en": _words("research university doctoral thesis publications grant laboratory"),
    },
    "law": {
        "fi": _words("juridiikka laki sopimukset oikeus lakimies tietosuoja"),
        "sv": _words("juridik lag avtal rätt jurist dataskydd"),
        "en": _words("law legal contracts court lawyer compliance privacy"),
    },
    "design": {
        "fi": _words("muotoilu käyttöliittymä käyttäjäkokemus graafinen suunnittelu portfolio"),
        "sv": _words("design användargränssnitt användarupplevelse grafisk portfölj"),
        "en": _words("design interface user experience graphic portfolio prototyping"),
    },
    "hospitality": {
        "fi": _words("ravintola hotelli matkailu keittiö asiakaskokemus"),
        "sv": _words("restaurang hotell turism kök kundupplevelse"),
        "en": _words("restaurant hotel tourism kitchen guest experience"),
    },
    "social_work": {
        "fi": _words("sosiaalityö lastensuojelu asiakastyö ohjaus nuoret"),
        "sv": _words("socialt arbete barnskydd klientarbete handledning unga"),
        "en": _words("social work child protection counselling youth services"),
    },
    "hr": {
        "fi": _words("henkilöstöhallinto rekrytointi työhyvinvointi osaamisen kehittäminen"),
        "sv": _words("personaladministration rekrytering arbetsvälmående kompetensutveckling"),
        "en": _words("human resources recruitment wellbeing talent development onboarding"),
    },
    "public_admin": {
        "fi": _words("julkishallinto kunta virasto hallinto päätöksenteko"),
        "sv": _words("offentlig förvaltning kommun myndighet beslutsfattande"),
        "en": _words("public administration municipality agency policy governance"),
    },
    "energy": {
        "fi": _words("energia uusiutuva sähköverkko tuulivoima ilmasto kestävyys"),
        "sv": _words("energi förnybar elnät vindkraft klimat hållbarhet"),
        "en": _words("energy renewable grid wind power climate sustainability"),
    },
}
FIELDS = tuple(FIELD_WORDS)

#: Topic code -> a phrase per language.
TOPIC_WORDS: dict[str, dict[str, str]] = {
    code: {"fi": fi, "sv": sv, "en": en}
    for code, fi, sv, en in [
        ("job_search", "työnhaku", "jobbsökning", "job search"),
        ("cv", "ansioluettelo", "meritförteckning", "cv writing"),
        ("interview", "työhaastattelu", "anställningsintervju", "job interview"),
        ("networking", "verkostoituminen", "nätverkande", "networking"),
        ("finnish_language", "suomen kieli", "finska språket", "finnish language"),
        ("swedish_language", "ruotsin kieli", "svenska språket", "swedish language"),
        ("work_culture", "työkulttuuri", "arbetskultur", "work culture"),
        (
            "degree_recognition",
            "tutkinnon tunnustaminen",
            "erkännande av examen",
            "degree recognition",
        ),
        ("entrepreneurship", "yrittäjyys", "företagande", "entrepreneurship"),
        ("career_change", "alanvaihto", "karriärbyte", "career change"),
        ("leadership", "johtaminen", "ledarskap", "leadership"),
        ("further_studies", "jatko-opinnot", "fortsatta studier", "further studies"),
        ("linkedin", "linkedin-profiili", "linkedin-profil", "linkedin profile"),
        ("salary", "palkkaneuvottelu", "löneförhandling", "salary negotiation"),
        (
            "work_life_balance",
            "työn ja perheen yhteensovitus",
            "balans arbete familj",
            "work life balance",
        ),
        ("confidence", "itsevarmuus", "självförtroende", "self confidence"),
        ("public_speaking", "esiintyminen", "att tala inför publik", "public speaking"),
        ("internship", "työharjoittelu", "praktik", "internship"),
        ("volunteering", "vapaaehtoistyö", "volontärarbete", "volunteering"),
        ("housing", "asuminen", "boende", "housing"),
        ("society", "suomalainen yhteiskunta", "finländska samhället", "finnish society"),
        ("startup", "startup-yritys", "startupföretag", "startups"),
        ("remote_work", "etätyö", "distansarbete", "remote work"),
        ("certification", "sertifikaatit", "certifikat", "certifications"),
        ("mentoring_others", "mentorointi", "mentorskap", "mentoring others"),
        ("digital_skills", "digitaidot", "digitala färdigheter", "digital skills"),
        ("trade_unions", "ammattiliitot", "fackförbund", "trade unions"),
        ("family", "perhe-elämä", "familjeliv", "family life"),
        ("health_system", "terveydenhuoltojärjestelmä", "hälsovårdssystem", "health system"),
        (
            "public_sector_jobs",
            "julkisen sektorin työt",
            "offentliga sektorn",
            "public sector jobs",
        ),
    ]
}
TOPICS = tuple(TOPIC_WORDS)

#: Finnish regions with weights close to where mentors and mentees live.
REGIONS = (
    "uusimaa",
    "pirkanmaa",
    "varsinais-suomi",
    "pohjois-pohjanmaa",
    "keski-suomi",
    "pohjois-savo",
    "paijat-hame",
    "satakunta",
    "pohjanmaa",
    "kanta-hame",
    "lappi",
    "pohjois-karjala",
    "kymenlaakso",
    "etela-pohjanmaa",
    "etela-savo",
    "etela-karjala",
    "keski-pohjanmaa",
    "kainuu",
    "ahvenanmaa",
)
MENTOR_REGION_WEIGHTS = np.array(
    [32, 10, 9, 7.5, 5, 4.5, 3.6, 3.8, 3.2, 3.1, 3.2, 2.9, 3, 3.4, 2.4, 2.3, 1.3, 1.3, 0.5]
)
MENTEE_REGION_WEIGHTS = np.array(
    [55, 9, 9, 5, 3.5, 2.5, 3, 2, 3, 1.5, 1, 1.2, 1.5, 0.8, 0.6, 1, 0.5, 0.3, 0.2]
)

#: Language -> (share of mentees, share of mentors) who speak it.
LANGUAGES: dict[str, tuple[float, float]] = {
    "en": (0.80, 0.85),
    "fi": (0.45, 0.93),
    "sv": (0.07, 0.22),
    "ru": (0.16, 0.04),
    "ar": (0.12, 0.01),
    "uk": (0.10, 0.01),
    "et": (0.06, 0.02),
    "so": (0.05, 0.005),
    "fa": (0.06, 0.005),
    "es": (0.06, 0.04),
    "fr": (0.05, 0.05),
    "de": (0.03, 0.07),
    "zh": (0.04, 0.005),
    "tr": (0.03, 0.005),
    "ku": (0.03, 0.002),
    "vi": (0.03, 0.003),
    "hi": (0.04, 0.004),
    "pt": (0.03, 0.01),
    "tl": (0.02, 0.001),
    "th": (0.02, 0.002),
}

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("morning", "afternoon", "evening")
WINDOWS = tuple(f"{d}_{p}" for d in DAYS for p in PARTS)
_WINDOW_WEIGHTS = np.array(
    [1.0 if p == "morning" else 1.5 if p == "afternoon" else 3.0 for d in DAYS for p in PARTS]
) * np.array([1.0 if d not in ("sat", "sun") else 0.6 for d in DAYS for _ in PARTS])

_OPENINGS = {
    "mentee": {
        "fi": [
            "Olen muuttanut Suomeen ja etsin työtä alalta",
            "Haluan oppia lisää",
            "Tavoitteeni on löytää työpaikka",
            "Minulla on kokemusta",
        ],
        "sv": [
            "Jag har flyttat till Finland och söker arbete inom",
            "Jag vill lära mig mer om",
            "Mitt mål är att hitta ett jobb inom",
            "Jag har erfarenhet av",
        ],
        "en": [
            "I moved to Finland and I am looking for work in",
            "I want to learn more about",
            "My goal is to find a job in",
            "I have several years of experience in",
        ],
    },
    "mentor": {
        "fi": [
            "Olen työskennellyt pitkään alalla",
            "Voin auttaa",
            "Kokemukseni kattaa",
            "Olen mielelläni tukena",
        ],
        "sv": [
            "Jag har arbetat länge inom",
            "Jag kan hjälpa till med",
            "Min erfarenhet omfattar",
            "Jag stöder gärna",
        ],
        "en": [
            "I have worked for many years in",
            "I can help with",
            "My experience covers",
            "Happy to support newcomers with",
        ],
    },
}


def _top_k(rng: np.random.Generator, weights: np.ndarray, sizes: np.ndarray) -> list[list[int]]:
    """Per row, ``sizes[row]`` distinct indices drawn with ``weights`` (Gumbel top-k)."""
    keys = np.log(weights)[None, :] + rng.gumbel(size=(sizes.size, weights.size))
    order = np.argsort(-keys, axis=1)
    return [order[r, : sizes[r]].tolist() for r in range(sizes.size)]


def _languages(rng: np.random.Generator, n: int, side: int) -> list[frozenset[str]]:
    codes = list(LANGUAGES)
    shares = np.array([LANGUAGES[c][side] for c in codes])
    speaks = rng.random((n, len(codes))) < shares[None, :]
    fallback = rng.choice(len(codes), size=n, p=shares / shares.sum())
    speaks[np.arange(n), fallback] |= ~speaks.any(axis=1)
    return [frozenset(codes[c] for c in np.flatnonzero(row)) for row in speaks]


def _availability(rng: np.random.Generator, n: int) -> list[frozenset[str]]:
    sizes = rng.integers(2, 7, size=n)
    sizes[rng.random(n) < 0.2] = 0  # a fifth leave availability open
    return [frozenset(WINDOWS[k] for k in row) for row in _top_k(rng, _WINDOW_WEIGHTS, sizes)]


def _draw(
    rng: np.random.Generator, options: Sequence[str], weights: Sequence[float], n: int
) -> list[str]:
    p = np.asarray(weights, dtype=float)
    return [options[k] for k in rng.choice(len(options), size=n, p=p / p.sum())]


def _texts(
    rng: np.random.Generator,
    role: str,
    writes: list[str],
    fields: list[list[str]],
    topics: list[list[str]],
) -> list[str]:
    """Two to four sentences: an opening, words of one of the person's fields, a topic."""
    n = len(writes)
    sentences = rng.integers(2, 5, size=n)
    draws = rng.integers(0, 1 << 30, size=(n, 4, 10))
    blank = rng.random(n) < 0.05  # a few write nothing
    out = []
    for r in range(n):
        if blank[r]:
            out.append("")
            continue
        lang, words = writes[r], []
        for k in range(sentences[r]):
            d = draws[r, k]
            openings = _OPENINGS[role][lang]
            words.append(openings[d[0] % len(openings)])
            vocabulary = FIELD_WORDS[fields[r][d[1] % len(fields[r])]][lang]
            words.extend(vocabulary[x % len(vocabulary)] for x in d[3 : 3 + 3 + d[2] % 4])
            words.append(TOPIC_WORDS[topics[r][d[9] % len(topics[r])]][lang] + ".")
        out.append(" ".join(words))
    return out


def cohort(n_mentees: int, n_mentors: int, seed: int = 0) -> tuple[list[Mentee], list[Mentor]]:
    """A reproducible cohort: the same arguments always give the same records."""
    rng = np.random.default_rng(seed)
    # Mentees' wishes concentrate on a few fields and topics; mentors spread evenly.
    field_w = np.linspace(3.0, 0.5, len(FIELDS))
    topic_w = np.linspace(3.0, 0.3, len(TOPICS))
    even_fields = np.ones(len(FIELDS))

    e_fields = [
        [FIELDS[f] for f in row] for row in _top_k(rng, field_w, rng.integers(1, 3, size=n_mentees))
    ]
    e_topics = [
        [TOPICS[t] for t in row] for row in _top_k(rng, topic_w, rng.integers(1, 5, size=n_mentees))
    ]
    e_texts = _texts(
        rng,
        "mentee",
        _draw(rng, ("en", "fi", "sv"), (0.65, 0.28, 0.07), n_mentees),
        e_fields,
        e_topics,
    )
    e_gender = _draw(rng, ("f", "m", "x"), (0.6, 0.38, 0.02), n_mentees)
    e_wish = rng.random(n_mentees) < 0.25
    mentees = [
        Mentee(
            id=f"e{k}",
            languages=langs,
            fields=frozenset(e_fields[k]),
            topics=frozenset(e_topics[k]),
            text=e_texts[k],
            region=region,
            meeting=meeting,
            availability=avail,
            gender=e_gender[k],
            wants_mentor_gender="f" if e_gender[k] == "f" and e_wish[k] else None,
        )
        for k, (langs, region, meeting, avail) in enumerate(
            zip(
                _languages(rng, n_mentees, 0),
                _draw(rng, REGIONS, MENTEE_REGION_WEIGHTS.tolist(), n_mentees),
                _draw(rng, ("online", "in_person", "either"), (0.3, 0.15, 0.55), n_mentees),
                _availability(rng, n_mentees),
                strict=True,
            )
        )
    ]

    r_fields = [
        [FIELDS[f] for f in row]
        for row in _top_k(rng, even_fields, rng.integers(1, 4, size=n_mentors))
    ]
    r_topics = [
        [TOPICS[t] for t in row] for row in _top_k(rng, topic_w, rng.integers(2, 7, size=n_mentors))
    ]
    r_texts = _texts(
        rng,
        "mentor",
        _draw(rng, ("fi", "en", "sv"), (0.55, 0.35, 0.10), n_mentors),
        r_fields,
        r_topics,
    )
    capacities = rng.choice([1, 2, 3, 4, 5], size=n_mentors, p=[0.45, 0.3, 0.15, 0.06, 0.04])
    mentors = [
        Mentor(
            id=f"m{k}",
            languages=langs,
            fields=frozenset(r_fields[k]),
            topics=frozenset(r_topics[k]),
            text=r_texts[k],
            region=region,
            meeting=meeting,
            availability=avail,
            gender=gender,
            capacity=int(capacities[k]),
        )
        for k, (langs, region, meeting, avail, gender) in enumerate(
            zip(
                _languages(rng, n_mentors, 1),
                _draw(rng, REGIONS, MENTOR_REGION_WEIGHTS.tolist(), n_mentors),
                _draw(rng, ("online", "in_person", "either"), (0.25, 0.15, 0.6), n_mentors),
                _availability(rng, n_mentors),
                _draw(rng, ("f", "m", "x"), (0.55, 0.43, 0.02), n_mentors),
                strict=True,
            )
        )
    ]
    return mentees, mentors
