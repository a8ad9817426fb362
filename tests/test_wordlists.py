"""The shipped word lists, tested like code.

The four lists in the project's wordlists/ folder are data that people read
(in a spreadsheet, and in the tool's messages), so these tests check both the
shape of every row and the quality of the writing in it:

- the header is exactly the glossary schema, and each file loads cleanly;
- every row fills in the fields its category and status need;
- no term or variant appears twice, in one list or across lists;
- no plain alternative is itself a word we tell people to avoid, and no chain
  of alternatives leads back to where it started;
- explanations are plain: short sentences, no words we flag, British spelling;
- sources and licences are the ones we are allowed to use.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from accessicheck.glossary.tokens import is_acronym_form

WORDLISTS = Path(__file__).resolve().parents[1] / "wordlists"


def _words(text: str) -> list[str]:
    """A list written as words separated by spaces and line breaks."""
    return text.split()


COLUMNS = tuple(
    _words("""term variants category status severity plain_alternatives plain_explanation
    easy_read_explanation expansion fine_when view_for view_against rationale related
    source licence decision_by decision_date decision_how dissent review_date""")
)

#: Each file: the categories and statuses its rows may use, and its minimum size.
FILES = {
    "plain-english.csv": (
        {"bureaucratic", "plain-english"},
        {"avoid", "use-with-explanation"},
        520,
    ),
    "health-social-care-jargon.csv": (
        {"health-jargon", "social-care-jargon", "research-jargon", "legal-term"},
        {"avoid", "use-with-explanation"},
        260,
    ),
    "acronyms.csv": (
        {"acronym"},
        {"avoid", "use-with-explanation"},
        310,
    ),
    "contested-terms.csv": (
        {"inclusive-language"},
        {"avoid", "use-with-explanation", "contested", "preferred", "allowed"},
        85,
    ),
    "gendered-language.csv": ({"inclusive-language"}, {"avoid"}, 20),
    "racially-loaded-terms.csv": ({"inclusive-language"}, {"avoid"}, 18),
    "latin-words.csv": ({"plain-english"}, {"avoid"}, 13),
}

CATEGORIES = set(
    _words("""health-jargon social-care-jargon research-jargon acronym bureaucratic
    inclusive-language legal-term group-specific plain-english""")
)
STATUSES = {"avoid", "use-with-explanation", "contested", "preferred", "allowed"}
SEVERITIES = {"error", "warning", "info"}
#: Categories whose rows must carry an Easy Read explanation as well.
EXPLAINED = {"health-jargon", "social-care-jargon", "research-jargon", "legal-term", "acronym"}

#: The sources a shipped row may name (joined with "; "), and the licence each implies.
SOURCES = {
    "accessicheck team": "CC0-1.0",
    "plainlanguage.gov simple words (informed)": "CC0-1.0; informed by public domain source",
    "GOV.UK style guide A to Z (informed)": "OGL-3.0 (informed by)",
    "GOV.UK inclusive language: words to use and avoid (informed)": "OGL-3.0 (informed by)",
    "GOV.UK writing about ethnicity (informed)": "OGL-3.0 (informed by)",
    "NHS digital service manual health writing A to Z (informed)": "OGL-3.0 (informed by)",
    "NHS digital service manual inclusive language (informed)": "OGL-3.0 (informed by)",
}

#: Copyrighted lists (and their publishers) may only be named in the README,
#: as further reading. Matched case-sensitively, as they are written.
COPYRIGHTED = re.compile(
    r"Plain English Campaign|Plain Language Commission|Think Local Act Personal|\bTLAP\b"
    r"|\bMencap\b|\bCHANGE\b|\bMind\b|Samaritans|retext|\balex\b"
)

REVIEW_DATE = "2027-11-01"

#: Columns read by people, so they must be plain and British.
TEXT_COLUMNS = tuple(
    _words("""plain_alternatives plain_explanation easy_read_explanation expansion fine_when
    view_for view_against rationale""")
)
#: The longest sentence allowed in each column, in words.
SENTENCE_LIMITS = {
    "plain_explanation": 25,
    "easy_read_explanation": 15,
    "fine_when": 25,
    "view_for": 25,
    "view_against": 25,
    "rationale": 25,
}

#: American spellings that must not appear in what people read.
US_WORDS = set(
    _words("""color colors colored behavior behaviors behavioral favor favors favorite honor labor
    neighbor neighborhood humor flavor rumor endeavor harbor center centers centered theater
    fiber liter program programs catalog aging pediatric pediatrics orthopedic gynecology
    hemorrhage hematology hemoglobin anemia anesthetic anesthesia estrogen fetus fetal
    diarrhea edema leukemia cesarean etiology esophagus counselor counselors traveler
    traveled traveling canceled canceling labeled labeling modeling fulfill fulfills enroll
    enrolls enrollment installment skillful willful defense offense practicing practiced
    toward gotten mom gray""")
)
#: British words that happen to end in -ize.
IZE_ALLOWED = set(
    _words("""size sizes sized seize seizes seized prize prizes capsize resize downsize downsized
    maize baize""")
)
IZE = re.compile(r"\b[A-Za-z]+(?:iz|yz)(?:e|es|ed|ing|ation|ations|er|ers)\b")

#: Abbreviations that screen readers say badly and our explanations avoid.
LATIN_ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc)\b\.?", re.IGNORECASE)

#: Terms UK guidance prefers: the lists must not flag them.
KEEP = {
    *_words("stammer carer depressed depression bipolar schizophrenia Deaf non-disabled"),
    *("disabled people", "disabled person", "autistic person", "lived experience"),
    *("expert by experience", "wheelchair user", "older people"),
}
#: Words that must never be flagged on their own.
NEVER_FLAGGED = {"disabled", "disability", "stammering", "autistic", "deaf", "blind"}

FLAGGED = {"avoid", "use-with-explanation", "contested"}


# ---------------------------------------------------------------- helpers


def key(text: str) -> str:
    """How two forms are compared: case, hyphens, curly quotes and spacing ignored."""
    text = text.casefold().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[\s\-‐–]+", " ", text)
    return text.strip()


def split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@cache
def read(name: str) -> tuple[tuple[str, ...], tuple[dict[str, str], ...]]:
    """(header, rows) of a list; each row remembers its file and line."""
    with (WORDLISTS / name).open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = tuple(next(reader))
        rows = []
        for cells in reader:
            row = dict(zip(header, cells, strict=True))
            row["_where"] = f"{name} line {reader.line_num}: {row.get('term', '')!r}"
            rows.append(row)
    return header, tuple(rows)


def rows_of(name: str) -> tuple[dict[str, str], ...]:
    return read(name)[1]


def all_rows() -> list[dict[str, str]]:
    return [row for name in FILES for row in rows_of(name)]


def forms(row: dict[str, str]) -> list[str]:
    return [row["term"], *split(row["variants"])]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def words(sentence: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][\w'’&/+-]*", sentence)


def unquoted(text: str) -> str:
    """Text with quoted words ('like this' or "like this") taken out."""
    text = re.sub(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’", " ", text)
    return re.sub(r"(?<![\w'])'[^']+'(?![\w])", " ", text)


def phrase_pattern(form: str) -> re.Pattern[str]:
    """A whole-word, case-insensitive match for a form and its regular inflections."""
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", form.strip())]
    last = parts[-1]
    if last.endswith("e") and len(last) > 3:
        last = rf"(?:{last}|{last[:-1]}ing)"
    body = r"[\s\-]+".join([*parts[:-1], last])
    return re.compile(rf"(?<![\w-]){body}(?:s|es|d|ed|ing)?(?![\w-])", re.IGNORECASE)


@cache
def avoid_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for row in all_rows():
        if row["status"] == "avoid":
            out += [(f"{f!r} ({row['_where']})", phrase_pattern(f)) for f in forms(row)]
    return tuple(out)


# ---------------------------------------------------------------- shape


@pytest.mark.parametrize("name", FILES)
def test_header_is_the_schema(name: str) -> None:
    header, _ = read(name)
    assert header[: len(COLUMNS)] == COLUMNS
    # Optional columns may follow: the plain English list says which part of
    # speech each single word's plain alternative fits.
    assert header[len(COLUMNS) :] == (("part_of_speech",) if name == "plain-english.csv" else ())


def test_schema_matches_the_glossary_model() -> None:
    from accessicheck.glossary.model import COLUMNS as MODEL_COLUMNS

    assert tuple(MODEL_COLUMNS) == COLUMNS


@pytest.mark.parametrize("name", FILES)
def test_the_glossary_loader_reads_every_row(name: str) -> None:
    from accessicheck.glossary.load_csv import load_csv

    loaded = load_csv(WORDLISTS / name, "shipped", "the shipped list")
    problems = [str(p) for p in loaded.problems]
    assert not problems, "\n".join(problems)
    assert len(loaded.entries) == len(rows_of(name))


@pytest.mark.parametrize("name", FILES)
def test_minimum_counts(name: str) -> None:
    assert len(rows_of(name)) >= FILES[name][2]


@pytest.mark.parametrize("name", FILES)
def test_rows_are_in_alphabetical_order(name: str) -> None:
    terms = [key(r["term"]) for r in rows_of(name)]
    assert terms == sorted(terms)


@pytest.mark.parametrize("name", FILES)
def test_cells_are_tidy(name: str) -> None:
    bad = []
    for row in rows_of(name):
        for column in COLUMNS:
            value = row[column]
            if value != value.strip() or "\n" in value or "  " in value:
                bad.append(f"{row['_where']} [{column}]")
            listed = column in ("variants", "plain_alternatives", "related") and value
            if listed and (
                any(not p.strip() for p in value.split("|")) or re.search(r"\S\||\|\S", value)
            ):
                bad.append(f"{row['_where']} [{column}] separate values with ' | '")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("name", FILES)
def test_categories_statuses_and_severities(name: str) -> None:
    categories, statuses, _ = FILES[name]
    bad = []
    for row in rows_of(name):
        where = row["_where"]
        if row["category"] not in categories or row["category"] not in CATEGORIES:
            bad.append(f"{where}: category {row['category']!r}")
        if row["status"] not in statuses or row["status"] not in STATUSES:
            bad.append(f"{where}: status {row['status']!r}")
        if row["severity"] not in SEVERITIES:
            bad.append(f"{where}: severity {row['severity']!r}")
        if row["status"] in {"contested", "preferred", "allowed"} and row["severity"] != "info":
            bad.append(f"{where}: {row['status']} terms are info")
        if row["severity"] == "error" and not (
            row["status"] == "avoid" and row["category"] == "inclusive-language"
        ):
            bad.append(f"{where}: only slurs (avoid, inclusive-language) are errors")
    assert not bad, "\n".join(bad)


def test_required_fields() -> None:
    bad = []
    for row in all_rows():
        where = row["_where"]
        for column in ("term", "category", "status", "severity", "rationale", "source", "licence"):
            if not row[column]:
                bad.append(f"{where}: {column} is empty")
        status, category = row["status"], row["category"]
        if status == "avoid" and not (row["plain_alternatives"] or row["plain_explanation"]):
            bad.append(f"{where}: avoid needs alternatives or an explanation")
        if status == "use-with-explanation" and not row["plain_explanation"]:
            bad.append(f"{where}: use-with-explanation needs a plain explanation")
        if category in EXPLAINED and not (
            row["plain_explanation"] and row["easy_read_explanation"]
        ):
            bad.append(f"{where}: {category} needs both explanations")
        if status == "contested" and not (row["view_for"] and row["view_against"]):
            bad.append(f"{where}: contested needs view_for and view_against")
        if (category == "acronym") != bool(row["expansion"]):
            bad.append(f"{where}: acronyms, and only acronyms, have an expansion")
    assert not bad, "\n".join(bad)


def test_acronyms_look_like_acronyms() -> None:
    bad = [
        r["_where"]
        for r in rows_of("acronyms.csv")
        if not re.search(r"[A-Z]", r["term"]) or re.search(r"\s", r["term"])
    ]
    assert not bad, "\n".join(bad)


def test_shipped_rows_carry_no_group_decision_and_one_review_date() -> None:
    bad = []
    for row in all_rows():
        for column in ("decision_by", "decision_date", "decision_how", "dissent"):
            if row[column]:
                bad.append(f"{row['_where']}: {column} must be empty in a shipped list")
        if row["review_date"] != REVIEW_DATE:
            bad.append(f"{row['_where']}: review_date {row['review_date']!r}")
        else:
            date.fromisoformat(row["review_date"])
    assert not bad, "\n".join(bad)


def test_sources_and_licences() -> None:
    bad = []
    for row in all_rows():
        parts = [p.strip() for p in row["source"].split(";")]
        unknown = [p for p in parts if p not in SOURCES]
        if unknown:
            bad.append(f"{row['_where']}: unknown source {unknown}")
            continue
        licences = {SOURCES[p] for p in parts}
        if "OGL-3.0 (informed by)" in licences:
            expected = "OGL-3.0 (informed by)"
        elif "CC0-1.0; informed by public domain source" in licences:
            expected = "CC0-1.0; informed by public domain source"
        else:
            expected = "CC0-1.0"
        if row["licence"] != expected:
            bad.append(f"{row['_where']}: licence should be {expected!r}")
    assert not bad, "\n".join(bad)


def test_copyrighted_lists_are_not_named_in_the_data() -> None:
    bad = [
        f"{row['_where']} [{column}]"
        for row in all_rows()
        for column in COLUMNS
        if COPYRIGHTED.search(row[column])
    ]
    assert not bad, "\n".join(bad)


# ---------------------------------------------------------------- duplicates and loops


def test_no_term_or_variant_appears_twice() -> None:
    """Across rows, forms clash if they differ only in case, hyphens or spacing.

    Within a row, variants may differ from the term only by a hyphen or a space
    ("co-production | co production"), but not only by case.
    """
    seen: dict[str, str] = {}
    bad = []
    for row in all_rows():
        mine = set()
        exact = set()
        for form in forms(row):
            if form.casefold() in exact:
                bad.append(f"{form!r} twice in {row['_where']}")
            exact.add(form.casefold())
            k = key(form)
            if k in seen and k not in mine:
                bad.append(f"{form!r} in {row['_where']} and {seen[k]}")
            seen[k] = row["_where"]
            mine.add(k)
    assert not bad, "\n".join(bad)


def test_no_term_is_just_the_plural_of_another() -> None:
    """Regular plurals are matched by lemma, so "stakeholders" and "stakeholder" clash."""
    keys = {key(f): (f, r["_where"]) for r in all_rows() for f in forms(r)}
    bad = []
    for k, (form, where) in keys.items():
        for ending in ("s", "es"):
            stem = k[: -len(ending)]
            if k.endswith(ending) and stem in keys and not re.search(r"[A-Z]", keys[stem][0]):
                bad.append(f"{form!r} ({where}) is a plural of {keys[stem][0]!r} ({keys[stem][1]})")
    assert not bad, "\n".join(bad)


def test_variants_are_not_regular_inflections() -> None:
    bad = []
    for row in all_rows():
        term = key(row["term"])
        for variant in split(row["variants"]):
            v = key(variant)
            stems = {term, term[:-1] if term.endswith("e") else term}
            if any(v == s + end for s in stems for end in ("s", "es", "d", "ed", "ing")):
                bad.append(f"{row['_where']}: {variant!r} is matched by lemma already")
    assert not bad, "\n".join(bad)


def test_no_alternative_is_a_word_we_avoid() -> None:
    bad = []
    for row in all_rows():
        for alternative in split(row["plain_alternatives"]):
            for label, pattern in avoid_patterns():
                if pattern.search(alternative):
                    bad.append(f"{row['_where']}: alternative {alternative!r} contains {label}")
    assert not bad, "\n".join(bad)


def test_no_substitution_loops() -> None:
    owner = {key(f): key(r["term"]) for r in all_rows() for f in forms(r)}
    edges: dict[str, set[str]] = defaultdict(set)
    for row in all_rows():
        for alternative in split(row["plain_alternatives"]):
            target = owner.get(key(alternative))
            if target is not None:
                edges[key(row["term"])].add(target)

    def cycle_from(start: str) -> list[str] | None:
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for nxt in edges.get(node, ()):
                if nxt == start:
                    return [*path, nxt]
                if nxt not in path:
                    stack.append((nxt, [*path, nxt]))
        return None

    loops = [" -> ".join(c) for t in list(edges) if (c := cycle_from(t))]
    assert not loops, "\n".join(loops)


def test_alternatives_differ_from_the_term() -> None:
    bad = [
        r["_where"]
        for r in all_rows()
        for a in split(r["plain_alternatives"])
        if key(a) in {key(f) for f in forms(r)}
    ]
    assert not bad, "\n".join(bad)


def test_related_terms_exist() -> None:
    """Every "see also" points at a term or variant in one of the lists."""
    known = {key(f) for r in all_rows() for f in forms(r)}
    bad = [
        f"{r['_where']}: related {x!r} is not in any list"
        for r in all_rows()
        for x in split(r["related"])
        if key(x) not in known
    ]
    assert not bad, "\n".join(bad)


# ---------------------------------------------------------------- plain writing


def test_sentences_are_short() -> None:
    bad = []
    for row in all_rows():
        for column, limit in SENTENCE_LIMITS.items():
            for sentence in sentences(row[column]):
                n = len(words(sentence))
                if n > limit:
                    bad.append(f"{row['_where']} [{column}] {n} words: {sentence}")
    assert not bad, "\n".join(bad)


def test_explanations_are_short_overall() -> None:
    bad = []
    for row in all_rows():
        if len(sentences(row["plain_explanation"])) > 3:
            bad.append(f"{row['_where']}: plain explanation over 3 sentences")
        if len(sentences(row["easy_read_explanation"])) > 4:
            bad.append(f"{row['_where']}: Easy Read explanation over 4 sentences")
        for column in ("view_for", "view_against"):
            if len(sentences(row[column])) > 2:
                bad.append(f"{row['_where']}: {column} over 2 sentences")
    assert not bad, "\n".join(bad)


def test_explanations_are_full_sentences() -> None:
    bad = []
    for row in all_rows():
        for column in (
            "plain_explanation",
            "easy_read_explanation",
            "view_for",
            "view_against",
            "rationale",
        ):
            text = row[column]
            starts_well = text[:1].isupper() or text[:1].isdigit() or text[:1] in "'\""
            if text and (not starts_well or text[-1] not in ".?!"):
                bad.append(f"{row['_where']} [{column}]")
    assert not bad, "\n".join(bad)


def test_explanations_use_no_words_we_avoid() -> None:
    """An explanation may name its own term (or expansion), but no other word we avoid."""
    bad = []
    for row in all_rows():
        own = [phrase_pattern(f) for f in [*forms(row), row["expansion"]] if f]
        for column in ("plain_explanation", "easy_read_explanation"):
            text = unquoted(row[column])
            for pattern in own:
                text = pattern.sub(" TERM ", text)
            for label, pattern in avoid_patterns():
                if pattern.search(text):
                    bad.append(f"{row['_where']} [{column}] uses {label}")
    assert not bad, "\n".join(bad)


def test_no_latin_abbreviations_in_what_people_read() -> None:
    bad = [
        f"{row['_where']} [{column}]"
        for row in all_rows()
        for column in TEXT_COLUMNS
        if LATIN_ABBREVIATIONS.search(row[column])
    ]
    assert not bad, "\n".join(bad)


def test_british_spelling() -> None:
    bad = []
    for row in all_rows():
        for column in TEXT_COLUMNS:
            text = row[column]
            for word in re.findall(r"[A-Za-z]+", text):
                if word.lower() in US_WORDS:
                    bad.append(f"{row['_where']} [{column}] {word}")
            for match in IZE.finditer(text):
                if match.group(0).lower() not in IZE_ALLOWED:
                    bad.append(f"{row['_where']} [{column}] {match.group(0)}")
    assert not bad, "\n".join(bad)


def test_the_spelling_check_catches_american_spellings() -> None:
    text = "We will organize the program at the center to utilize color."
    found = {w.lower() for w in re.findall(r"[A-Za-z]+", text) if w.lower() in US_WORDS}
    found |= {m.group(0).lower() for m in IZE.finditer(text)}
    assert found == {"organize", "program", "center", "utilize", "color"}


# ---------------------------------------------------------------- UK language choices


def test_uk_preferred_terms_are_kept_not_flagged() -> None:
    status = {key(f): r["status"] for r in all_rows() for f in forms(r)}
    missing = [t for t in KEEP if key(t) not in status]
    flagged = [t for t in KEEP if status.get(key(t)) in FLAGGED]
    assert missing == []
    assert flagged == []


def test_everyday_disability_words_are_never_flagged() -> None:
    bad = [
        f"{w!r} in {r['_where']}"
        for r in all_rows()
        if r["status"] in FLAGGED
        for w in NEVER_FLAGGED
        if key(w) in {key(f) for f in forms(r)}
    ]
    assert not bad, "\n".join(bad)


def test_clinical_words_are_allowed_in_health_papers() -> None:
    rows = {key(r["term"]): r for r in rows_of("contested-terms.csv")}
    for word in ("depressed", "bipolar", "schizophrenia"):
        assert rows[word]["status"] == "allowed"
        assert rows[word]["fine_when"]


def test_contested_terms_stay_contested() -> None:
    rows = {key(f): r for r in rows_of("contested-terms.csv") for f in forms(r)}
    for term in (
        "service user",
        "challenging behaviour",
        "learning difficulty",
        "learning disability",
        "people with disabilities",
        "person with autism",
        "hearing impaired",
        "vulnerable",
        "normal",
    ):
        assert rows[key(term)]["status"] == "contested", term


def test_slurs_are_errors_and_discouraged_terms_warnings() -> None:
    rows = {key(f): r for r in rows_of("contested-terms.csv") for f in forms(r)}
    for term in ("retarded", "mongol", "spastic", "cripple", "lunatic", "psycho"):
        assert (rows[term]["status"], rows[term]["severity"]) == ("avoid", "error"), term
    for term in (
        "wheelchair-bound",
        "confined to a wheelchair",
        "suffer from",
        "victim of",
        "commit suicide",
        "hard to reach",
        "the disabled",
        "the elderly",
        "handicapped",
        "mentally handicapped",
        "mental handicap",
        "BAME",
    ):
        row = rows[key(term)]
        assert (row["status"], row["severity"]) == ("avoid", "warning"), term


# ---------------------------------------------------------------- README


def test_readme_counts_match_the_files() -> None:
    text = (WORDLISTS / "README.md").read_text(encoding="utf-8")
    counts = dict(re.findall(r"`([\w-]+\.csv)`\s*\|\s*(\d+)", text))
    for name in FILES:
        assert counts.get(name) == str(len(rows_of(name))), name


def test_readme_links_but_does_not_copy_the_copyrighted_lists() -> None:
    text = (WORDLISTS / "README.md").read_text(encoding="utf-8")
    for name in ("Plain English Campaign", "Plain Language Commission", "Think Local Act Personal"):
        assert name in text


# ---------------------------------------------------------------- with the glossary engine

#: Everyday sentences from meeting papers. The engine matches by lemma, so a
#: careless entry (such as "screening", whose lemma is "screen") can flag
#: words nobody should be told off for. None of these may be flagged.
EVERYDAY = (
    "Please bring your screen reader, hearing aids or walking aids.",
    "Send the papers in advance to the advanced nurse practitioner.",
    "We raised concerns about learning for the steering group.",
    "The home was rated Outstanding.",
    "Read the code of conduct before you employ a worker.",
    "Our vision is a blind corner no more.",
    "Disabled people, deaf people and blind people led the session.",
    "Autistic people and people who stammer spoke first.",
    "We talked about depression, anxiety and bipolar disorder.",
    "The deputy chair welcomed everyone.",
    "Many Deaf people are proud of the Deaf community.",
)


@cache
def engine():  # noqa: ANN201 - returns the engine's matcher and tokeniser
    """The glossary engine's matcher over the shipped lists, and its tokeniser."""
    layers = pytest.importorskip("accessicheck.glossary.layers")
    matcher_mod = pytest.importorskip("accessicheck.glossary.matcher")
    tokens = pytest.importorskip("accessicheck.glossary.tokens")
    merged = layers.merge([layers.shipped_layer()])
    return matcher_mod.TermMatcher(merged.entries), tokens


def engine_matches(text: str):  # noqa: ANN201
    matcher, tokens = engine()
    return matcher.find(tokens.from_text(text), text)


def test_everyday_words_are_not_flagged_by_the_engine() -> None:
    bad = [
        f"{m.text!r} in {text!r} matched {m.entry.term!r} ({m.entry.status})"
        for text in EVERYDAY
        for m in engine_matches(text)
        if m.entry.status in FLAGGED
    ]
    assert not bad, "\n".join(bad)


def test_the_engine_finds_no_avoided_words_in_explanations_or_alternatives() -> None:
    """The engine matches by lemma ("the poorest" is a form of "the poor"), which
    the simple checks above cannot see. Names of the row's own term are fine."""
    bad = []
    for row in all_rows():
        own = {key(f) for f in forms(row)}
        texts = [
            ("plain_explanation", row["plain_explanation"]),
            ("easy_read_explanation", row["easy_read_explanation"]),
        ]
        texts += [("plain_alternatives", a) for a in split(row["plain_alternatives"])]
        for column, text in texts:
            if row["expansion"]:
                text = re.sub(re.escape(row["expansion"]), "TERM", text, flags=re.IGNORECASE)
            for m in engine_matches(text):
                if m.entry.status == "avoid" and key(m.entry.term) not in own:
                    bad.append(
                        f"{row['_where']} [{column}] {m.text!r} is a form of "
                        f"{m.entry.term!r}, which we avoid"
                    )
    assert not bad, "\n".join(bad)


# ---------------------------------------------------------------- small word tables

#: Word tables that do not use the glossary columns: each row a word, with
#: its source and licence, and the columns each must have.
SMALL_TABLES = {
    "shorter-words.csv": ("word", "shorter", "source", "licence"),
    "familiar-long-words.csv": ("word", "source", "licence"),
    "vague-link-text.csv": ("text", "source", "licence"),
    "everyday-acronyms.csv": ("acronym", "source", "licence"),
    "acronyms-not-shouting.csv": ("acronym", "source", "licence"),
    "british-forms.csv": ("word", "tag", "form", "why", "source", "licence"),
    "passive-verbs.csv": ("word", "source", "licence"),
}


@pytest.mark.parametrize("name", SMALL_TABLES)
def test_small_tables_are_tidy_sorted_and_licensed(name: str) -> None:
    with (WORDLISTS / name).open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames or ()) == SMALL_TABLES[name]
        rows = list(reader)
    first = SMALL_TABLES[name][0]
    words = [r[first] for r in rows]
    assert words, "the table is empty"
    assert words == sorted(words), "rows must be in alphabetical order"
    assert len(words) == len(set(words)), "no word twice"
    for r in rows:
        word = r[first]
        assert word == word.strip(), r
        if first == "acronym":  # in capitals, or written like one ("PhD")
            assert word == word.upper() or is_acronym_form(word), r
        else:
            assert word == word.lower(), r
        assert r["source"] in SOURCES, r
        assert r["licence"] == SOURCES[r["source"]], r
        if "shorter" in r:
            assert r["shorter"] and r["shorter"] != word, r


def test_meeting_jargon_table() -> None:
    """Each row's pattern compiles and finds its own label; plain words and a licence."""
    with (WORDLISTS / "meeting-jargon.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["label", "pattern", "match_case", "plain", "source", "licence"]
        rows = list(reader)
    assert len(rows) >= 10
    for r in rows:
        assert r["match_case"] in {"yes", "no"}, r
        flags = 0 if r["match_case"] == "yes" else re.IGNORECASE
        assert re.compile(r["pattern"], flags).search(r["label"]), r
        assert r["plain"].strip(), r
        assert r["source"] in SOURCES and r["licence"] == SOURCES[r["source"]], r


def test_shorter_words_are_not_words_we_avoid() -> None:
    with (WORDLISTS / "shorter-words.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    bad = [
        f"{r['word']} -> {r['shorter']} contains {label}"
        for r in rows
        for label, pattern in avoid_patterns()
        if pattern.search(r["shorter"])
    ]
    assert not bad, "\n".join(bad)


def test_no_shorter_word_loops() -> None:
    with (WORDLISTS / "shorter-words.csv").open(encoding="utf-8", newline="") as f:
        table = {r["word"]: r["shorter"] for r in csv.DictReader(f)}
    assert not [w for w, s in table.items() if s in table]
