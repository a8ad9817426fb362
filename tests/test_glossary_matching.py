"""Matching: lemma- and case-aware, multi-word, longest first, uses only."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from accessicheck.core.model import Severity
from accessicheck.glossary.matcher import TermMatcher
from accessicheck.glossary.model import Entry, Origin
from accessicheck.glossary.tokens import from_text, protected_spans

from .test_glossary_fixtures import glint, spans, write_glossary

FLAGS = [
    pytest.param("The meeting will commence at 10am.", "AC201", "commence", id="base-form"),
    pytest.param("We commenced the review in May.", "AC201", "commenced", id="past-tense"),
    pytest.param("The group is commencing a review.", "AC201", "commencing", id="-ing"),
    pytest.param("Work commences on Monday.", "AC201", "commences", id="-s"),
    pytest.param(
        "Please don't utilize the side door.", "AC201", "utilize", id="us-spelling-variant"
    ),
    pytest.param("Ask your clinicians.", "AC202", "clinicians", id="plural"),
    pytest.param("COMMENCE THE TEST NOW.", "AC201", "COMMENCE", id="any-case"),
    pytest.param("We want to reach hard-to-reach groups.", "AC302", "hard-to-reach", id="hyphens"),
    pytest.param("We want to reach hard to reach groups.", "AC302", "hard to reach", id="spaces"),
    pytest.param("This is about coproduction.", "AC203", "coproduction", id="joined-up"),
    pytest.param("This is about co production.", "AC203", "co production", id="hyphen-as-space"),
    pytest.param("He suffered from anxiety.", "AC302", "suffered from", id="multi-word-verb"),
    pytest.param("The disabled are welcome.", "AC302", "The disabled", id="group-noun"),
    pytest.param("The PPIs were late.", "AC202", "PPIs", id="acronym-plural"),
    pytest.param(
        "Service users told us.", "AC301", "Service users", id="capital-at-sentence-start"
    ),
    pytest.param("Read the papers prior to the meeting.", "AC201", "prior to", id="two-words"),
]

LEAVES = [
    pytest.param("See https://example.org/commence-prior-to for details.", id="url"),
    pytest.param("Read it at www.example.org.uk/clinician today.", id="www-url"),
    pytest.param("Visit nhs.uk/clinician today.", id="bare-domain"),
    pytest.param("Email commence@nhs.net with questions.", id="email"),
    pytest.param("Type `commence` in the box.", id="inline-code"),
    pytest.param("Open clinician-notes.docx first.", id="file-name"),
    pytest.param("We will stop saying 'service users'.", id="quoted-mention"),
    pytest.param("We will stop saying “hard to reach”.", id="curly-quotes"),
    pytest.param('One member said: "stop calling us hard to reach".', id="short-quotation"),
    pytest.param("We will stop using the term service user.", id="the-term-x"),
    pytest.param("We met the Leeds Service Users Network in May.", id="organisation-name"),
    pytest.param("Dr Clinician will see you.", id="person-name"),
    pytest.param("Service Users Forum members came.", id="name-at-sentence-start"),
    pytest.param("The disabled toilet is upstairs.", id="the-x-before-a-noun"),
    pytest.param("Ask about ppi.", id="acronyms-are-case-sensitive"),
    pytest.param("The meeting will start at 10am.", id="plain"),
    pytest.param("Please begin.", id="plain-2"),
]


@pytest.mark.parametrize(("text", "code", "span"), FLAGS)
def test_flags(text: str, code: str, span: str) -> None:
    found = glint(text, select=[code])
    assert spans(found) == [span]


@pytest.mark.parametrize("text", LEAVES)
def test_leaves_alone(text: str) -> None:
    found = [f for f in glint(text) if f.code not in {"AC204", "AC208"}]
    assert found == [], [f.message for f in found]


def test_longest_match_first(tmp_path: Path) -> None:
    g = write_glossary(
        tmp_path / "g.csv",
        [
            {
                "term": "care",
                "category": "group-specific",
                "status": "avoid",
                "plain_alternatives": "support",
            },
            {"term": "care package", "category": "social-care-jargon", "status": "avoid"},
            {"term": "package", "category": "group-specific", "status": "avoid"},
        ],
    )
    found = glint("Your care package starts today.", [g], select=["AC202"])
    assert spans(found) == ["care package"]
    assert "line 3" in found[0].message


def test_each_finding_names_its_glossary_and_line() -> None:
    (finding,) = glint("Ask your clinician.", select=["AC202"])
    assert "your glossary (base.csv, line 6)" in finding.message
    assert "'doctor', 'nurse' or 'healthcare professional'" in finding.message


def test_shipped_list_is_named() -> None:
    found = glint("The meeting will commence at 10am.", [], shipped=True, select=["AC201"])
    assert spans(found) == ["commence"]
    assert "the shipped plain English list (plain-english.csv, line" in found[0].message


@pytest.mark.parametrize(
    ("text", "replacement", "safe"),
    [
        pytest.param("We commenced in May.", "started", True, id="past"),
        pytest.param("Commence now.", "Start", True, id="capital"),
        pytest.param("Ask your clinicians.", "doctors", True, id="plural"),
        pytest.param("Read it prior to the meeting.", "before", True, id="phrase-to-word"),
        pytest.param("He suffered from anxiety.", "had", False, id="inclusive-never-safe"),
    ],
)
def test_suggestions_keep_the_form(text: str, replacement: str, safe: bool) -> None:
    (finding,) = [f for f in glint(text) if f.code in {"AC201", "AC202", "AC302"}]
    first = finding.suggestions[0]
    assert (first.replacement, first.safe) == (replacement, safe)
    assert not any(s.safe for s in finding.suggestions[1:])


def test_a_suggestion_says_what_to_write_instead() -> None:
    # "Use 'Use'." read oddly where the plain word is "use" itself.
    (finding,) = glint("Utilisation of the room is high.", [], shipped=True, select=["AC201"])
    first = finding.suggestions[0]
    assert (first.text, first.replacement) == ("Write 'Use' instead.", "Use")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "still be": the verb is "be", so "still" keeps its form ("stilled be" before).
        pytest.param("The door remains open.", ["stays", "still is", "is left"], id="remains"),
        pytest.param(
            "It has remained open.", ["stayed", "still been", "been left"], id="has-remained"
        ),
        # "was" or "were" depends on who: "be" is left for the writer to fit.
        pytest.param("The doors remained open.", ["stayed", "still be", "be left"], id="remained"),
    ],
)
def test_a_phrase_passes_the_form_to_its_verb(text: str, expected: list[str]) -> None:
    (finding,) = glint(text, [], shipped=True, select=["AC201"])
    assert [s.replacement for s in finding.suggestions] == expected


def test_an_exception_makes_the_fix_report_only() -> None:
    (finding,) = glint("Here is the agenda for the year.", select=["AC201"])
    assert "It is fine for a meeting." in finding.message
    assert not any(s.safe for s in finding.suggestions)


def test_protected_spans() -> None:
    text = "Mail a.b@nhs.net, see https://x.org/a, LS1 4AP and `code`."
    found = [text[s:e] for s, e in protected_spans(text)]
    assert found == ["a.b@nhs.net", "https://x.org/a", "LS1 4AP", "`code`"]


def _entry(term: str, n: int) -> Entry:
    return Entry(term, "group-specific", "avoid", Severity.WARNING, Origin("g.csv", n, "g", "g"))


def test_compiling_thousands_of_terms_is_fast() -> None:
    words = [
        "care",
        "plan",
        "review",
        "support",
        "service",
        "team",
        "group",
        "board",
        "panel",
        "health",
    ]
    entries = [
        _entry(f"{words[i % 10]} {words[(i // 10) % 10]}-{words[(i // 100) % 10]} x{i}", i)
        for i in range(3000)
    ]
    start = time.perf_counter()
    matcher = TermMatcher(entries)
    assert time.perf_counter() - start < 1.5
    text = f"The {entries[1234].term} starts."
    (m,) = matcher.find(from_text(text), text)
    assert m.entry is entries[1234]


def test_matcher_works_without_the_language_model() -> None:
    matcher = TermMatcher([_entry("suffer from", 1), _entry("ICB", 2)])
    text = "She suffers from it. The ICBs' plans; the icb."
    assert [m.text for m in matcher.find(from_text(text), text)] == ["suffers from", "ICBs"]


def test_block_words_are_the_model_s_words_with_hyphens_split(analyse) -> None:  # type: ignore[no-untyped-def]
    from accessicheck.glossary.tokens import from_doc

    text = (
        "Co-production isn't  hard. The carers' forum met on 12‑03‑2026 "
        + "=" * 40
        + " Service-users   asked questions."
    )
    [block] = analyse(text).blocks
    words = from_doc(block.doc, block.text)
    # What the words should be, read from the model's Token objects one by one.
    expected = []
    sent = -1
    for t in block.doc:
        if t.is_sent_start or sent < 0:
            sent += 1
        if t.is_space or t.text in {"-", "‐", "‑"}:
            continue
        pieces = [p for p in re.split("[-‐‑]", t.text) if p] if len(t.text) > 1 else [t.text]
        expected += [(p, t.tag_, sent) for p in pieces]
    assert [(w.text, w.tag, w.sent) for w in words] == expected
    assert [w.text for w in words][:4] == ["Co", "production", "is", "n't"]
    assert all(block.text[w.start : w.end] == w.text for w in words)
    assert [w.text for w in words if w.first] == ["Co", "The"]


def test_block_words_are_the_same_when_the_table_of_pieces_is_full(analyse, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from accessicheck.glossary import tokens

    text = "Co-production isn't hard. Carers and service-users asked the carers' forum again."
    [block] = analyse(text).blocks
    monkeypatch.setattr(tokens, "_PIECES", {})
    roomy = tokens.from_doc(block.doc, block.text)
    monkeypatch.setattr(tokens, "_PIECES", {})
    monkeypatch.setattr(tokens, "_MAX_REMEMBERED", 3)
    sizes = []
    real = tokens._pieces

    def watched(word: str, lemma: str):  # type: ignore[no-untyped-def]
        sizes.append(len(tokens._PIECES))
        return real(word, lemma)

    monkeypatch.setattr(tokens, "_pieces", watched)
    assert tokens.from_doc(block.doc, block.text) == roomy
    assert max(sizes) <= 3 and len(tokens._PIECES) <= 3
    assert len(sizes) > 3  # the table was emptied and filled again
