"""AC108 nominalisation: "make a decision" → "decide", keeping the tense."""

from __future__ import annotations

import csv
import io

import pytest

from accessicheck.core.wordlists import open_wordlist
from accessicheck.rules.sentences import nominalisation

CODE = "AC108"


@pytest.fixture
def flagged(lint, analyse):
    """(flagged text, replacement) for each finding (blocks are numbered from 1)."""

    def run(text: str, **kwargs) -> list[tuple[str, str | None]]:
        blocks = analyse(text).blocks
        return [
            (
                blocks[f.location.paragraph - 1].text[f.location.start : f.location.end],
                f.suggestions[0].replacement,
            )
            for f in lint(text, select=CODE, **kwargs)
            if f.code == CODE
        ]

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The group will make a decision in May.", [("make a decision", "decide")], id="future"
        ),
        pytest.param("The board made a decision.", [("made a decision", "decided")], id="past"),
        pytest.param(
            "The panel makes decisions about funding.",
            [("makes decisions", "decides")],
            id="present-plural-noun",
        ),
        pytest.param(
            "We are having a discussion about the budget.",
            [("having a discussion about", "discussing")],
            id="progressive-drops-about",
        ),
        pytest.param(
            "Staff carried out an assessment of the needs of each carer.",
            [("carried out an assessment of", "assessed")],
            id="phrasal-light-verb",
        ),
        pytest.param(
            "She has given consideration to the request.",
            [("given consideration to", "considered")],
            id="perfect",
        ),
        pytest.param(
            "We took into account the views of carers.",
            [("took into account", "considered")],
            id="take-into-account",
        ),
        pytest.param("Make a decision by Friday.", [("Make a decision", "Decide")], id="capital"),
        pytest.param(
            "Staff provide support for carers.",
            [("provide support for", "support")],
            id="drops-for",
        ),
        pytest.param(
            "The board made a final decision.", [("made a final decision", None)], id="adjective"
        ),
        pytest.param(
            "We will make use of your feedback and provide support to carers.",
            [("make use of", "use"), ("provide support to", "support")],
            id="two-in-one-sentence",
        ),
    ],
)
def test_flags_this(flagged, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The group will decide in May.", id="plain-verb"),
        pytest.param("The decision-making group meets in May.", id="compound-noun"),
        pytest.param("We made no decision about the budget.", id="no-decision"),
        pytest.param("We held a review meeting.", id="noun-modifier"),
        pytest.param("The decision we made was final.", id="noun-first"),
        pytest.param("We need to make reasonable adjustments.", id="reasonable-adjustments"),
        pytest.param("We offer support groups for carers.", id="support-groups"),
        pytest.param("Staff provide support and advice.", id="shared-verb"),
    ],
)
def test_leaves_this_alone(flagged, text: str) -> None:
    assert flagged(text) == []


def test_suggestions_are_report_only(lint) -> None:
    (finding,) = lint("The board made a decision.", select=CODE)
    assert not finding.suggestions[0].safe


def test_inflect_keeps_the_form() -> None:
    assert nominalisation.inflect("analyse", "VBD") == "analysed"
    assert nominalisation.inflect("think about", "VBG") == "thinking about"
    assert nominalisation.inflect("decide", "VB") == "decide"
    assert nominalisation.inflect("decide", "VBZ") == "decides"


def test_word_list_is_well_formed() -> None:
    rows = list(csv.DictReader(io.StringIO(open_wordlist(nominalisation.WORDLIST))))
    assert len(rows) >= 40
    assert list(rows[0]) == [
        "verb_lemma",
        "noun",
        "plain_verb",
        "drop_preposition",
        "example",
        "source",
        "licence",
    ]
    keys = [(r["verb_lemma"], r["noun"]) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate rows"
    assert keys == sorted(keys), "keep the list sorted by verb, then noun"
    for r in rows:
        assert all(r[k].strip() == r[k] and r[k] for k in ("verb_lemma", "noun", "plain_verb"))
        assert r["source"] and r["licence"]
        assert "→" in r["example"], f"example for {r['noun']} should show Before → After"
        for word in ("ize", "yze"):
            assert word not in r["plain_verb"], "use British spellings"


def _examples() -> list[object]:
    rows = csv.DictReader(io.StringIO(open_wordlist(nominalisation.WORDLIST)))
    return [
        pytest.param(
            *[part.strip() for part in r["example"].split("→")],
            r["plain_verb"],
            id=f"{r['verb_lemma']}-{r['noun']}",
        )
        for r in rows
    ]


@pytest.mark.parametrize(("before", "after", "plain"), _examples())
def test_every_word_list_example_works(lint, before: str, after: str, plain: str) -> None:
    found = [f for f in lint(before, select=CODE) if f.code == CODE]
    assert found and f"'{plain}'" in found[0].message
    assert not lint(after, select=CODE), "the plain version should not be flagged"


def test_open_wordlist_names_a_missing_list() -> None:
    with pytest.raises(FileNotFoundError, match="no-such-list.csv"):
        open_wordlist("no-such-list.csv")
