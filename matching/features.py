"""Turn a cohort of records into numeric features (scikit-learn), fitted on the cohort.

Free text becomes a TF-IDF vector over character n-grams (``char_wb``, 3–5 characters:
they cope with Finnish and Swedish inflection), projected onto the cohort's leading
singular directions (latent semantic analysis) so that all-pair cosines are one dense
matrix product, and quantised so that float32 products are exact integers (see
``QUANT``). Label sets (languages, fields, topics, availability windows) are binarised
with ``MultiLabelBinarizer`` over a vocabulary shared by both sides. Region, meeting
format and gender become small integer codes. Words of the texts are also kept with
word-level TF-IDF weights, only to explain pairs with real shared terms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]  # stubs are a separate package
from numpy.typing import NDArray

# scikit-learn ships neither stubs nor py.typed.
from sklearn.feature_extraction.text import (  # type: ignore[import-untyped]
    CountVectorizer,
    TfidfTransformer,
)
from sklearn.preprocessing import MultiLabelBinarizer  # type: ignore[import-untyped]
from sklearn.utils.extmath import randomized_svd  # type: ignore[import-untyped]

from matching.records import Mentee, Mentor

#: Label-set components, in the order of ``Side.sets``.
SET_COMPONENTS = ("languages", "fields", "topics", "availability")

NGRAM_RANGE = (3, 5)
#: Dimensions of the text embedding. With at most this many non-empty texts the
#: projection keeps every direction and cosines equal the plain TF-IDF cosines.
TEXT_DIMS = 64
#: Texts used to fit the projection on large cohorts (a seeded sample: fitting on all
#: 65,000 texts of a national cohort costs seconds and changes the directions little).
SVD_SAMPLE = 1000
#: Unit embeddings are stored as integers in steps of 1/QUANT, truncated toward zero so
#: that their length stays ≤ QUANT. For two such vectors every partial sum of the dot
#: product is then at most QUANT² = 2²² < 2²⁴ in size (Cauchy–Schwarz), so float32
#: arithmetic computes it exactly in any order: a pair's text score is the same in a
#: block, a row or alone, and never above 1.
QUANT = 2048

MEETING_CODES = {"online": 0, "in_person": 1, "either": 2}
ONLINE, IN_PERSON, EITHER = 0, 1, 2

#: Frequent function words of the three working languages, never shown as shared terms.
_STOP_TEXT = """
    the and for with from that this have has are was were you your our their they them
    will can into about also more most very work working who what when where how want
    ja on ei se ne että kun kuin myös tai mutta ovat olen olet oli ole sekä jossa joka
    haluan minulla minun minä mitä sinä hän tämä olla voi kanssa
    och att det som för med har jag inte till den ett var eller men kan vill också
    mig min mitt hur vad
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

_TERM_STRIP = re.compile(r"^\W+|\W+$")


@dataclass(frozen=True)
class Side:
    """Features of one side of the cohort (mentees or mentors), row i = record i."""

    ids: tuple[str, ...]
    index: dict[str, int]
    text: NDArray[np.float32]  # (n, d) quantised unit embeddings
    text_empty: NDArray[np.bool_]
    sets: dict[str, NDArray[np.float32]]  # component -> (n, vocabulary) 0/1
    sizes: dict[str, NDArray[np.float32]]  # component -> (n,) set sizes
    region: NDArray[np.int32]  # -1 when not given
    meeting: NDArray[np.int8]
    gender: NDArray[np.int32]  # mentors: own gender; mentees: wished gender; -1 none
    capacity: NDArray[np.int64]  # mentors only; zeros for mentees


@dataclass(frozen=True)
class Cohort:
    """Both sides' features plus what is fitted on the whole cohort."""

    mentees: Side
    mentors: Side
    labels: dict[str, list[str]]  # component -> vocabulary, column order of Side.sets
    regions: list[str]
    genders: list[str]
    text_neutral: float  # text part of a pair where one side wrote nothing
    terms: list[str]  # word vocabulary for explanations
    mentee_terms: sp.csr_matrix  # (n_mentees, terms) word TF-IDF
    mentor_terms: sp.csr_matrix


def char_tfidf(docs: Sequence[str]) -> tuple[sp.csr_matrix, sp.csr_matrix, list[str]]:
    """TF-IDF over ``char_wb`` n-grams, equal to ``TfidfVectorizer(analyzer="char_wb",
    ngram_range=NGRAM_RANGE, sublinear_tf=True)`` but about ten times faster.

    ``char_wb`` counts the n-grams of each whitespace-separated word on its own, so the
    document–n-gram counts are the document–word counts times the word–n-gram counts;
    only the distinct words go through the slow pure-Python n-gram analyser. Returns
    the TF-IDF matrix, the document–word count matrix and its word vocabulary.
    """
    words = CountVectorizer(tokenizer=str.split, token_pattern=None, dtype=np.float32)
    try:
        counts = sp.csr_matrix(words.fit_transform(docs))
    except ValueError:  # every text empty: no vocabulary
        empty = sp.csr_matrix((len(docs), 0), dtype=np.float32)
        return empty, empty, []
    vocabulary = words.get_feature_names_out()
    grams = CountVectorizer(
        analyzer="char_wb", ngram_range=NGRAM_RANGE, lowercase=False, dtype=np.float32
    )
    word_grams = grams.fit_transform(list(vocabulary))
    tfidf = TfidfTransformer(sublinear_tf=True).fit_transform(counts @ word_grams)
    out = sp.csr_matrix(tfidf, dtype=np.float32)
    return out, counts, [str(word) for word in vocabulary]


def _embed(tfidf: sp.csr_matrix) -> NDArray[np.float32]:
    """Project TF-IDF rows on the cohort's leading directions, normalise, quantise."""
    n = tfidf.shape[0]
    nonempty = np.flatnonzero(tfidf.getnnz(axis=1))
    if nonempty.size == 0:
        return np.zeros((n, 1), dtype=np.float32)
    if nonempty.size <= TEXT_DIMS:
        _, sing, vt = np.linalg.svd(tfidf[nonempty].toarray(), full_matrices=False)
        basis = vt[sing > sing[0] * 1e-6]
    else:
        rng = np.random.default_rng(0)
        take = min(nonempty.size, SVD_SAMPLE)
        sample = np.sort(rng.choice(nonempty, size=take, replace=False))
        _, _, basis = randomized_svd(tfidf[sample], TEXT_DIMS, n_iter=1, random_state=0)
    z = np.asarray(tfidf @ basis.T.astype(np.float32), dtype=np.float64)
    norms = np.linalg.norm(z, axis=1)
    z[norms > 0] /= norms[norms > 0, None]
    return np.trunc(z * QUANT).astype(np.float32)


def _term_matrix(counts: sp.csr_matrix, vocabulary: list[str]) -> tuple[list[str], sp.csr_matrix]:
    """Word TF-IDF over cleaned real words (letters only, 3+ characters, no stop words)."""
    term_ids: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for k, token in enumerate(vocabulary):
        term = _TERM_STRIP.sub("", token)
        if len(term) < 3 or term in STOP_WORDS or not term.replace("-", "").isalpha():
            continue
        rows.append(k)
        cols.append(term_ids.setdefault(term, len(term_ids)))
    if not term_ids:
        return [], sp.csr_matrix((counts.shape[0], 0), dtype=np.float32)
    mapping = sp.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)),
        shape=(len(vocabulary), len(term_ids)),
    )
    weights = TfidfTransformer(sublinear_tf=True).fit_transform(counts @ mapping)
    matrix = sp.csr_matrix(weights, dtype=np.float32)
    return list(term_ids), matrix


def _codes(values: Sequence[str | None], vocabulary: dict[str, int]) -> NDArray[np.int32]:
    return np.array([-1 if v is None else vocabulary[v] for v in values], dtype=np.int32)


def _side(
    records: Sequence[Mentee] | Sequence[Mentor],
    text: NDArray[np.float32],
    binarizers: dict[str, MultiLabelBinarizer],
    regions: dict[str, int],
    genders: dict[str, int],
) -> Side:
    sets: dict[str, NDArray[np.float32]] = {}
    sizes: dict[str, NDArray[np.float32]] = {}
    for name in SET_COMPONENTS:
        matrix = binarizers[name].transform([getattr(r, name) for r in records])
        width = len(binarizers[name].classes_)
        dense = np.asarray(matrix, dtype=np.float32).reshape(len(records), width)
        sets[name] = dense
        sizes[name] = dense.sum(axis=1, dtype=np.float32)
    gender = [r.wants_mentor_gender if isinstance(r, Mentee) else r.gender for r in records]
    ids = tuple(r.id for r in records)
    return Side(
        ids=ids,
        index={ident: k for k, ident in enumerate(ids)},
        text=text,
        text_empty=~np.any(text != 0, axis=1) if text.size else np.ones(len(ids), bool),
        sets=sets,
        sizes=sizes,
        region=_codes([r.region for r in records], regions),
        meeting=np.array([MEETING_CODES[r.meeting] for r in records], dtype=np.int8),
        gender=_codes(gender, genders),
        capacity=np.array([getattr(r, "capacity", 0) for r in records], dtype=np.int64),
    )


def encode(mentees: Sequence[Mentee], mentors: Sequence[Mentor]) -> Cohort:
    """Fit every feature on the cohort (both sides) and encode both sides."""
    docs = [m.text for m in mentees] + [m.text for m in mentors]
    tfidf, counts, vocabulary = char_tfidf(docs)
    embedding = _embed(tfidf)
    terms, term_matrix = _term_matrix(counts, vocabulary)
    n = len(mentees)

    binarizers: dict[str, MultiLabelBinarizer] = {}
    labels: dict[str, list[str]] = {}
    for name in SET_COMPONENTS:
        vocabulary = sorted(
            set().union(*(getattr(r, name) for r in mentees), *(getattr(r, name) for r in mentors))
        )
        binarizers[name] = MultiLabelBinarizer(classes=vocabulary).fit([])
        labels[name] = vocabulary
    region_names = sorted(
        {m.region for m in mentees if m.region is not None}
        | {m.region for m in mentors if m.region is not None}
    )
    gender_names = sorted(
        {m.wants_mentor_gender for m in mentees if m.wants_mentor_gender is not None}
        | {m.gender for m in mentors if m.gender is not None}
    )
    regions = {name: k for k, name in enumerate(region_names)}
    genders = {name: k for k, name in enumerate(gender_names)}
    mentee_side = _side(mentees, embedding[:n], binarizers, regions, genders)
    mentor_side = _side(mentors, embedding[n:], binarizers, regions, genders)
    return Cohort(
        mentees=mentee_side,
        mentors=mentor_side,
        labels=labels,
        regions=region_names,
        genders=gender_names,
        text_neutral=_mean_text_similarity(mentee_side, mentor_side),
        terms=terms,
        mentee_terms=term_matrix[:n],
        mentor_terms=term_matrix[n:],
    )


def _mean_text_similarity(mentees: Side, mentors: Side) -> float:
    """Mean text cosine over the cohort's pairs that both wrote something.

    Used as the text part when one side wrote nothing: a blank text then neither helps
    nor hurts compared with an average pair. Character n-gram cosines of unrelated
    texts are well above zero, so a fixed 0.5 or 0 would not be neutral.
    """
    a = mentees.text[~mentees.text_empty].astype(np.float64)
    b = mentors.text[~mentors.text_empty].astype(np.float64)
    if a.shape[0] == 0 or b.shape[0] == 0:
        return 0.5
    mean = float(a.sum(axis=0) @ b.sum(axis=0)) / (a.shape[0] * b.shape[0] * QUANT * QUANT)
    return float(np.float32(min(max(mean, 0.0), 1.0)))
