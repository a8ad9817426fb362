"""`accessicheck glossary validate | suggest | handout`, through click's CliRunner."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from accessicheck.cli.glossary import glossary
from accessicheck.glossary.handout import Handout, HandoutItem
from accessicheck.glossary.layers import load_file
from accessicheck.glossary.model import COLUMNS
from accessicheck.reporters import handout_docx, handout_html, handout_md

from .test_glossary_fixtures import BASE, GLOSSARIES, write_glossary

PAPER = """# Peer support pilot

The Integrated Care Board (ICB) will fund the pilot. The ICB meets monthly.

Safeguarding matters to everyone. Ask your clinician if you are worried.

The PCN will host the sessions. The PCN has a room. Ask the PCN.

The reablement team and the reablement staff will help.

The care navigator will call you. Every care navigator has training. A care navigator listens.

We asked service users what they thought.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def papers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "paper.md").write_text(PAPER, encoding="utf-8")
    return folder


# validate ------------------------------------------------------------------


def _problem_glossary(tmp_path: Path) -> Path:
    return write_glossary(
        tmp_path / "meeting.csv",
        [
            # line 2: fine
            {
                "term": "respite",
                "category": "social-care-jargon",
                "status": "use-with-explanation",
                "plain_explanation": "Respite is a short break for you and the person you support.",
                "review_date": "2030-01-01",
            },
            # line 3: no explanation
            {"term": "triage", "category": "health-jargon", "status": "use-with-explanation"},
            # line 4: the alternative is itself flagged (base.csv says avoid 'commence')
            {
                "term": "kick off",
                "category": "bureaucratic",
                "status": "avoid",
                "plain_alternatives": "commence",
            },
            # line 5: a long sentence in the explanation
            {
                "term": "personal budget",
                "category": "social-care-jargon",
                "status": "use-with-explanation",
                "plain_explanation": (
                    "A personal budget is the amount of money that the council has worked out "
                    "it will cost to pay for the care and support that you need, which you can "
                    "spend in different ways."
                ),
            },
            # line 6: an Easy Read explanation with a long sentence
            {
                "term": "advocate",
                "category": "social-care-jargon",
                "status": "use-with-explanation",
                "plain_explanation": "An advocate helps you say what you want.",
                "easy_read_explanation": (
                    "An advocate is a person who will help you to say what you want and will "
                    "make sure that people listen to you."
                ),
            },
            # line 7: review date in the past
            {
                "term": "care navigator",
                "category": "group-specific",
                "status": "allowed",
                "review_date": "2020-01-01",
            },
            # line 8: duplicate of line 3
            {"term": "Triage", "category": "health-jargon", "status": "avoid"},
            # line 9: changes the base layer's decision
            {"term": "service user", "category": "inclusive-language", "status": "preferred"},
            # line 10: a bad row
            {"term": "oops", "category": "health-jargon", "status": "maybe"},
        ],
    )


def test_validate_finds_each_problem(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    meeting = _problem_glossary(tmp_path)
    result = runner.invoke(
        glossary, ["validate", str(BASE), str(meeting), "--no-shipped", "--today", "2026-06-01"]
    )
    out = result.stdout
    assert result.exit_code == 1  # a bad row is an error
    lines = [line for line in out.splitlines() if line.startswith(str(meeting))]
    by_line: dict[int, list[str]] = {}
    for line in lines:
        n = int(line[len(str(meeting)) + 1 :].split(":")[0])
        by_line.setdefault(n, []).append(line)
    assert 2 not in by_line
    assert "no plain explanation" in by_line[3][0]
    assert "'commence'" in by_line[4][0] and "base.csv, line 2" in by_line[4][0]
    assert "words; keep it to 25 or fewer" in " ".join(by_line[5])
    assert "Easy Read explanation has" in by_line[6][0]
    assert "review date (2020-01-01) has passed" in by_line[7][0]
    assert "already in this glossary" in by_line[8][0]
    assert (
        ": note: 'service user' changes your glossary (base.csv, line 8) "
        "from contested to preferred" in by_line[9][0]
    )
    assert ": error: status 'maybe'" in by_line[10][0]
    assert "1 error," in out.splitlines()[-1]


def test_validate_clean_file_passes(runner: CliRunner) -> None:
    result = runner.invoke(
        glossary, ["validate", str(GLOSSARIES / "meeting.yaml"), "--today", "2026-06-01"]
    )
    assert result.exit_code == 0, result.stdout
    assert result.stdout.splitlines()[-1].startswith("0 errors, 0 warnings")


def test_validate_strict_fails_on_warnings(runner: CliRunner, tmp_path: Path) -> None:
    g = write_glossary(
        tmp_path / "g.csv",
        [
            {"term": "triage", "category": "health-jargon", "status": "use-with-explanation"},
        ],
    )
    assert runner.invoke(glossary, ["validate", str(g), "--no-shipped"]).exit_code == 0
    assert runner.invoke(glossary, ["validate", str(g), "--no-shipped", "--strict"]).exit_code == 1


def test_validate_leaves_an_acronyms_own_name_and_contested_words_alone(
    runner: CliRunner, tmp_path: Path
) -> None:
    g = write_glossary(
        tmp_path / "g.csv",
        [
            # line 2: the official name is long and uses 'commence'; the rest is plain
            {
                "term": "CIRA",
                "category": "acronym",
                "status": "use-with-explanation",
                "expansion": "Commencement Implementation and Reimbursement Arrangements",
                "plain_explanation": "Commencement Implementation and Reimbursement "
                "Arrangements: the rules for when a new service can start.",
            },
            # line 3: a contested term used correctly in an explanation
            {
                "term": "annual check",
                "category": "health-jargon",
                "status": "use-with-explanation",
                "plain_explanation": "A yearly check-up for a service user with the GP.",
            },
            # line 4: an avoided word outside any name is still found
            {
                "term": "triage",
                "category": "health-jargon",
                "status": "use-with-explanation",
                "plain_explanation": "Staff commence by asking how urgent your need is.",
            },
        ],
    )
    result = runner.invoke(glossary, ["validate", str(BASE), str(g), "--no-shipped"])
    mine = [line for line in result.stdout.splitlines() if line.startswith(str(g))]
    assert not [line for line in mine if line.startswith(f"{g}:2:") or line.startswith(f"{g}:3:")]
    assert any(line.startswith(f"{g}:4:") and "'commence'" in line for line in mine)


# suggest -------------------------------------------------------------------


def test_suggest_writes_ranked_csv(runner: CliRunner, papers: Path) -> None:
    result = runner.invoke(
        glossary,
        [
            "suggest",
            "papers",
            "--isolated",
            "--no-shipped",
            "--glossary",
            str(BASE),
            "-o",
            "new.csv",
        ],
    )
    assert result.exit_code == 0, result.output
    text = (papers.parent / "new.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == [*COLUMNS, "count", "example", "found_as"]
    terms = [r["term"] for r in rows]
    assert terms[0] == "PCN"  # acronyms first, then by count
    pcn = rows[0]
    assert (pcn["category"], pcn["count"], pcn["found_as"]) == ("acronym", "3", "acronym")
    assert pcn["example"] == "The PCN will host the sessions."
    assert "ICB" not in terms  # already in the glossary
    assert "reablement" in terms
    assert terms.index("reablement") < terms.index("care navigator")
    navigator = rows[terms.index("care navigator")]
    assert (navigator["count"], navigator["found_as"]) == ("3", "frequent phrase")
    # The rows load straight back as a glossary.
    loaded = load_file(papers.parent / "new.csv")
    assert not [p for p in loaded.problems if p.level != "info"]
    assert len(loaded.entries) == len(rows)


def test_suggest_prints_to_the_screen(runner: CliRunner, papers: Path) -> None:
    result = runner.invoke(
        glossary, ["suggest", "papers", "--isolated", "--no-shipped", "--limit", "1"]
    )
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["term"] for r in rows] == ["ICB"] or len(rows) == 1


def test_suggest_refuses_to_write_over_an_input(runner: CliRunner, papers: Path) -> None:
    result = runner.invoke(
        glossary, ["suggest", "papers/paper.md", "-o", "papers/paper.md", "--isolated"]
    )
    assert result.exit_code == 2
    assert (papers / "paper.md").read_text(encoding="utf-8") == PAPER


# handout -------------------------------------------------------------------


def _handout_args(out: str) -> list[str]:
    return ["handout", "papers", "--isolated", "--no-shipped", "--glossary", str(BASE), "-o", out]


def test_handout_markdown(runner: CliRunner, papers: Path) -> None:
    result = runner.invoke(glossary, _handout_args("words.md"))
    assert result.exit_code == 0, result.output
    text = (papers.parent / "words.md").read_text(encoding="utf-8")
    assert text.startswith("# Words we use in this meeting\n")
    headings = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["ICB", "safeguarding"]  # used terms with an explanation, A to Z
    assert "**Integrated Care Board.** An ICB plans and pays" in text
    again = runner.invoke(glossary, _handout_args("again.md"))
    assert again.exit_code == 0
    assert (papers.parent / "again.md").read_text(encoding="utf-8") == text  # stable


def test_handout_html(runner: CliRunner, papers: Path) -> None:
    assert runner.invoke(glossary, _handout_args("words.html")).exit_code == 0
    html = (papers.parent / "words.html").read_text(encoding="utf-8")
    assert '<html lang="en-GB">' in html
    assert "<title>Words we use in this meeting</title>" in html
    assert "<dl>" in html and "<dt>ICB</dt>" in html
    assert "font-size: 18pt" in html


def test_handout_docx(runner: CliRunner, papers: Path) -> None:
    import docx
    from docx.oxml.ns import qn

    assert runner.invoke(glossary, _handout_args("words.docx")).exit_code == 0
    doc = docx.Document(str(papers.parent / "words.docx"))
    styled = [(p.style.name, p.text) for p in doc.paragraphs]
    assert styled[0] == ("Heading 1", "Words we use in this meeting")
    assert [t for s, t in styled if s == "Heading 2"] == ["ICB", "safeguarding"]
    assert doc.styles["Normal"].font.size.pt >= 16
    assert doc.styles["Heading 2"].font.size.pt > doc.styles["Normal"].font.size.pt
    assert doc.core_properties.title == "Words we use in this meeting"
    assert doc.core_properties.language == "en-GB"
    lang = doc.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-GB"
    assert not list(papers.parent.glob(".words.docx.tmp-*"))


def test_handout_to_screen_and_easy_read(runner: CliRunner, papers: Path) -> None:
    result = runner.invoke(
        glossary,
        [
            "handout",
            "papers",
            "--isolated",
            "--no-shipped",
            "--glossary",
            str(BASE),
            "--easy-read",
            "--title",
            "Our words",
        ],
    )
    assert result.exit_code == 0
    assert result.stdout.startswith("# Our words")
    assert "Safeguarding means keeping people safe.\n" in result.stdout  # the Easy Read text


def test_handout_refuses_unknown_formats(runner: CliRunner, papers: Path) -> None:
    result = runner.invoke(glossary, _handout_args("words.pdf"))
    assert result.exit_code == 2
    assert ".docx, .md or .html" in result.output


def test_writers_escape_what_they_are_given() -> None:
    data = Handout(
        "Words <b>", "Intro & more", (HandoutItem("<script>alert(1)</script>", "x < y"),)
    )
    html = handout_html.render(data)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<title>Words &lt;b&gt;</title>" in html
    md = handout_md.render(data)
    assert "<script>" not in md and r"\<script\>" in md


def test_empty_handout_says_so(tmp_path: Path) -> None:
    data = Handout("Words", "Intro", ())
    assert "None of the glossary's words" in handout_md.render(data)
    assert "None of the glossary's words" in handout_html.render(data)
    handout_docx.write(data, tmp_path / "w.docx")
    assert (tmp_path / "w.docx").stat().st_size > 0


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["suggest", "papers", "--isolated", "--no-shipped"], id="suggest"),
        pytest.param(["handout", "papers", "--isolated", "--glossary", str(BASE)], id="handout"),
    ],
)
def test_suggest_and_handout_hold_one_papers_analysis_at_a_time(
    runner: CliRunner, papers: Path, monkeypatch, args: list[str]
) -> None:  # type: ignore[no-untyped-def]
    from accessicheck import api
    from accessicheck.language import analysis

    for n in range(3):
        (papers / f"more-{n}.md").write_text(PAPER, encoding="utf-8")
    built: list[analysis.AnalysedDocument] = []
    held: list[int] = []
    real_build, real_load = analysis.build, api.load_one

    def build(*a, **k):  # type: ignore[no-untyped-def]
        built.append(real_build(*a, **k))
        return built[-1]

    def load_one(*a, **k):  # type: ignore[no-untyped-def]
        held.append(sum(1 for adoc in built if adoc.blocks))  # analyses still in memory
        return real_load(*a, **k)

    monkeypatch.setattr(analysis, "build", build)
    monkeypatch.setattr(api, "load_one", load_one)
    result = runner.invoke(glossary, args)
    assert result.exit_code == 0, result.output
    assert len(built) == len(held) >= 4
    assert held == [0] * len(held)  # each paper's analysis was let go before the next was read
