"""The report people read: what to fix first, repeats grouped, notes counted.

The findings here are made by hand (no language model), so each test says
exactly which findings a paper has and what the report must do with them.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from accessicheck.core.model import DocumentMeta, Finding, Location, Severity, Suggestion
from accessicheck.core.profiles import PROFILES
from accessicheck.engine import registry
from accessicheck.engine.report import FileResult, Report
from accessicheck.reporters import View, digest, json_output, plain

E, W, N = Severity.ERROR, Severity.WARNING, Severity.INFO


def finding(
    code: str,
    severity: Severity,
    excerpt: str = "",
    page: int | None = None,
    paragraph: int | None = None,
    message: str = "",
    suggestion: str | None = None,
) -> Finding:
    rule = registry.all_rules()[code]
    return Finding(
        code=code,
        slug=rule.slug,
        severity=severity,
        message=message or f"{rule.summary}.",
        location=Location("paper.pdf", page=page, paragraph=paragraph, start=0, end=1),
        excerpt=excerpt,
        suggestions=(Suggestion(suggestion),) if suggestion else (),
    )


def report_of(findings: list[Finding], path: str = "paper.pdf") -> Report:
    result = FileResult(path, "pdf", findings, DocumentMeta(), readable=True)
    return Report(
        [result],
        "plain",
        PROFILES["plain"],
        Severity.ERROR,
        list(registry.all_rules().values()),
    )


def stakeholders() -> list[Finding]:
    """'stakeholder' nine times, on pages 2 to 7."""
    pages = [2, 2, 3, 4, 4, 5, 6, 7, 7]
    return [
        finding(
            "AC201",
            W,
            "stakeholder",
            page=p,
            paragraph=i,
            message="'stakeholder': use 'people involved'.",
            suggestion="Write 'people involved' instead.",
        )
        for i, p in enumerate(pages, 1)
    ]


def test_repeats_of_one_term_are_one_group_with_count_and_places() -> None:
    paper = digest.build(report_of(stakeholders())).papers[0]
    assert len(paper.groups) == 1
    group = paper.groups[0]
    assert (group.code, group.term, group.count) == ("AC201", "stakeholder", 9)
    assert group.places == "pages 2 to 7"


def test_the_same_term_in_other_capitals_is_the_same_group() -> None:
    fs = [
        finding("AC201", W, "Stakeholder", page=1),
        finding("AC201", W, "stakeholder", page=3),
        finding("AC201", W, "utilise", page=3),
    ]
    groups = digest.build(report_of(fs)).papers[0].groups
    assert sorted((g.term, g.count) for g in groups) == [("Stakeholder", 2), ("utilise", 1)]


def test_sentence_rules_are_grouped_by_rule_not_by_sentence() -> None:
    fs = [
        finding("AC101", W, f"A long sentence number {i} that goes on and on.", paragraph=i)
        for i in (3, 8, 12)
    ]
    group = digest.build(report_of(fs)).papers[0].groups[0]
    assert (group.term, group.count, group.places) == (None, 3, "paragraphs 3, 8 and 12")


@pytest.mark.parametrize(
    ("locations", "expected"),
    [
        pytest.param([Location("p", page=4)], "page 4", id="one-page"),
        pytest.param([Location("p", page=2), Location("p", page=5)], "pages 2 and 5", id="two"),
        pytest.param([Location("p", line=n) for n in range(1, 30)], "lines 1 to 29", id="range"),
        pytest.param(
            [Location("p", paragraph=9), Location("p", paragraph=9)],
            "paragraph 9",
            id="same-place-twice",
        ),
        pytest.param([Location("p")], "whole document", id="whole"),
        pytest.param(
            [Location("p"), Location("p", page=3)],
            "the whole document and page 3",
            id="whole-and-page",
        ),
    ],
)
def test_places_are_said_in_few_words(locations: list[Location], expected: str) -> None:
    assert digest.places_phrase(locations) == expected


def test_barriers_come_before_other_errors_even_when_rarer() -> None:
    fs = [finding("AC101", E, "x " * 40, paragraph=i) for i in range(1, 20)]
    fs.append(finding("AC406", E, "", paragraph=30))  # one picture with no alt text
    first = digest.build(report_of(fs)).papers[0].first
    assert [g.code for g in first] == ["AC406", "AC101"]


def test_errors_come_before_warnings_and_more_often_before_less() -> None:
    fs = [finding("AC201", W, "utilise", paragraph=1)] + stakeholders()
    fs.append(finding("AC408", E, "", paragraph=50))
    first = digest.build(report_of(fs)).papers[0].first
    assert [(g.code, g.term) for g in first] == [
        ("AC408", None),
        ("AC201", "stakeholder"),
        ("AC201", "utilise"),
    ]


def test_at_most_five_fix_first_and_the_rest_still_shown() -> None:
    terms = ["utilise", "facilitate", "in order to", "prior to", "commence", "endeavour", "whilst"]
    fs = [finding("AC201", W, t, paragraph=i) for i, t in enumerate(terms, 1)]
    paper = digest.build(report_of(fs)).papers[0]
    assert len(paper.first) == digest.FIRST == 5
    assert len(paper.first) + len(paper.rest) == 7


def test_notes_never_go_in_fix_first() -> None:
    fs = [finding("AC103", N, "was decided", paragraph=i) for i in range(1, 9)]
    paper = digest.build(report_of(fs), View(show_notes=True)).papers[0]
    assert paper.first == ()
    assert paper.rest[0].count == 8


def test_notes_are_hidden_by_default_and_counted() -> None:
    fs = [finding("AC103", N, "was decided", paragraph=i) for i in range(1, 4)] + [
        finding("AC201", W, "utilise", paragraph=5)
    ]
    hidden = digest.build(report_of(fs))
    shown = digest.build(report_of(fs), View(show_notes=True))
    assert hidden.hidden_notes == 3 and shown.hidden_notes == 0
    assert [g.code for g in hidden.papers[0].groups] == ["AC201"]
    assert {g.code for g in shown.papers[0].groups} == {"AC201", "AC103"}


def test_plain_report_shows_the_grouped_line_and_the_hidden_notes() -> None:
    fs = stakeholders() + [finding("AC103", N, "was decided", paragraph=i) for i in (1, 2)]
    text = plain.render(report_of(fs))
    assert "'stakeholder' - 9 times, pages 2 to 7" in text
    assert text.count("stakeholder") < 5  # one line, not nine findings
    assert "2 notes not shown: add --show-notes to see them" in text
    assert "AC103" not in text
    assert "AC103" in plain.render(report_of(fs), View(show_notes=True))


def test_plain_report_lists_fix_first_before_the_rest() -> None:
    fs = stakeholders() + [finding("AC406", E, "", page=9, message="A picture has no alt text.")]
    fs += [finding("AC201", W, t, page=8) for t in ("utilise", "commence", "whilst", "prior to")]
    text = plain.render(report_of(fs))
    first, rest = text.split("Also found:")
    assert "Fix these first:\n  1. Error AC406" in first
    assert "\n  2. Warning AC201 plain-words: 'stakeholder' - 9 times" in first
    assert rest.count("\n  - Warning AC201") == 1  # five in the first list, one after


def test_json_keeps_every_finding_including_notes() -> None:
    fs = stakeholders() + [finding("AC103", N, "was decided", paragraph=i) for i in (1, 2)]
    data = json.loads(json_output.render(report_of(fs)))
    text = json.dumps(data)
    assert text.count('"AC201"') >= 9
    assert text.count('"AC103"') >= 2


def test_a_paper_with_nothing_found_says_so() -> None:
    text = plain.render(report_of([]))
    assert "nothing to fix" in text.lower()
    assert "Fix these first" not in text


def test_markdown_report_is_grouped_and_escaped() -> None:
    from accessicheck.reporters import report_markdown

    fs = stakeholders() + [finding("AC201", W, "*bold* | pipe", page=9)]
    text = report_markdown.render(report_of(fs, path="a_b.md"))
    assert text.startswith("# Accessibility report\n")
    assert "| a\\_b.md | no text to score | 0 | 10 | 0 |" in text
    assert "'stakeholder' - 9 times, pages 2 to 7" in text
    assert "\\*bold\\* \\| pipe" in text
    assert "\n1. **Warning** AC201 plain-words: " in text


def test_a_grouped_line_further_down_says_what_to_do_even_when_the_message_does() -> None:
    # Six errors fill "fix these first", so the warning goes under "Also found",
    # where only one line is shown: the fix must be on it.
    fs = [finding("AC406", E, "", page=p, message="A picture has no alt text.") for p in (1,)]
    fs += [finding("AC101", E, "", page=p) for p in (2,)]
    fs += [finding("AC201", W, t, page=3) for t in ("utilise", "commence", "whilst", "prior to")]
    fs.append(
        finding(
            "AC108",
            W,
            "making decisions",
            page=5,
            message="'making decisions' hides the action. Write 'deciding' instead.",
            suggestion="Write 'deciding' instead.",
        )
    )
    text = plain.render(report_of(fs))
    _, rest = text.split("Also found:")
    line = next(ln for ln in rest.splitlines() if "AC108" in ln)
    assert "Write 'deciding' instead." in line


def test_one_paper_says_how_many_notes_are_hidden_once() -> None:
    fs = stakeholders() + [finding("AC103", N, "was decided", paragraph=i) for i in (1, 2)]
    text = plain.render(report_of(fs))
    assert text.count("2 notes not shown") == 1


@pytest.mark.parametrize("files", [0, 1, 3])
def test_json_written_one_file_at_a_time_is_the_same_text(files: int) -> None:
    """render() writes each file's part on its own; the text must be what one
    json.dumps of the whole report gives (with non-ASCII text and newlines kept)."""
    one = report_of(
        [
            # U+2028 and U+0085 end a line for str.splitlines but stay as they are in JSON.
            finding(
                "AC201",
                W,
                excerpt="stakeholder “quoted”\nline\u2028and\x85on",
                page=2,
                suggestion="people",
            ),
            finding("AC101", W, message="Sentence is 40 words long.", paragraph=3),
        ]
    )
    report = Report(
        [replace(one.files[0], path=f"paper{i}.pdf") for i in range(files)],
        one.profile,
        one.targets,
        one.fail_on,
        one.rules,
    )
    expected = json.dumps(json_output.as_data(report), indent=2, ensure_ascii=False) + "\n"
    assert json_output.render(report) == expected
    assert len(json.loads(json_output.render(report))["files"]) == files
