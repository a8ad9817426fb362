"""The HTML reports: self-contained, escaped, and accessible in a real browser.

The axe-core tests load each page in headless Chromium with axe-core injected
from its local file, and fail on any WCAG 2.2 A or AA violation. They skip,
saying why, when Chromium or axe-core is not installed.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest

from accessicheck.reporters import View, html

from . import browser
from .test_report_digest import E, N, W, finding, report_of, stakeholders

NASTY = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"'


def sample_report():  # type: ignore[no-untyped-def]
    fs = stakeholders() + [
        finding("AC406", E, "", page=1, message="A picture on page 1 has no alternative text."),
        finding("AC101", W, "A long sentence that goes on and on and on.", page=3),
        finding("AC103", N, "was decided", page=4),
        finding("AC201", W, NASTY, page=5, message=f"'{NASTY}': use plain words."),
    ]
    return report_of(fs, path='papers/<b>board</b> "paper".pdf')


class Tags(HTMLParser):
    """Every start tag and its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(page)
    return parser.tags


def test_document_text_is_always_escaped() -> None:
    page = html.render(sample_report())
    assert "<script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;" in page
    assert "&lt;b&gt;board&lt;/b&gt;" in page
    assert [t for t, _ in tags(page)].count("script") == 0


def test_one_file_with_nothing_fetched() -> None:
    page = html.render(sample_report())
    for tag, attrs in tags(page):
        assert tag not in ("link", "script", "img", "iframe"), tag
        for name in ("src", "href"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (tag, value)
    assert "url(" not in page and "@import" not in page


def test_language_title_landmarks_and_skip_link() -> None:
    page = html.render(sample_report())
    found = tags(page)
    names = [t for t, _ in found]
    assert ("html", {"lang": "en-GB"}) in found
    assert re.search(r"<title>[^<]+</title>", page)
    for landmark in ("header", "nav", "main", "footer"):
        assert names.count(landmark) == 1, landmark
    first_link = next(a for t, a in found if t == "a")
    assert first_link == {"class": "skip", "href": "#main"}
    assert ("main", {"id": "main", "tabindex": "-1"}) in found


def test_summary_is_a_table_with_caption_and_header_cells() -> None:
    page = html.render(sample_report())
    table = page[page.index("<table>") : page.index("</table>")]
    assert "<caption>" in table
    assert table.count('<th scope="col">') == 5
    assert '<th scope="row">' in table


def test_levels_are_in_words_and_icons_not_colour_alone() -> None:
    page = html.render(sample_report(), View(show_notes=True))
    for word, icon in (("Error", "✖"), ("Warning", "▲"), ("Note", "ℹ")):
        assert f'<span aria-hidden="true">{icon}</span> {word}</span>' in page


def test_notes_hidden_by_default_and_counted() -> None:
    page = html.render(sample_report())
    assert "AC103" not in page
    assert "1 note not shown: add --show-notes to see it" in page
    assert "AC103" in html.render(sample_report(), View(show_notes=True))


def test_fix_first_comes_first_with_the_barrier_on_top() -> None:
    page = html.render(sample_report())
    first = page[page.index("Fix these first") :]
    first = first[: first.index("</ol>")]
    assert first.index("AC406") < first.index("AC201")
    assert "9 times, pages 2 to 7" in first


def test_print_stylesheet_and_narrow_screens() -> None:
    page = html.render(sample_report())
    assert "@media print" in page
    assert "@media (max-width: 30rem)" in page
    assert 'name="viewport"' in page


def checklist_sample():  # type: ignore[no-untyped-def]
    item = SimpleNamespace(
        id="PLAN-01",
        name="Access requirements asked",
        question="Did you ask?",
        why="People need to say what they need.",
        needs=("ALL",),
    )
    ev = SimpleNamespace(text=NASTY, where=lambda: "agenda.docx, paragraph 3")
    results = [
        SimpleNamespace(item=item, status="found", detail="Asked.", evidence=[ev], level="ok"),
        SimpleNamespace(
            item=item, status="missing", detail="Not asked.", evidence=[], level="warning"
        ),
    ]
    return results


def test_checklist_page_escapes_and_has_landmarks(monkeypatch: pytest.MonkeyPatch) -> None:
    from accessicheck.reporters import checklist_words

    results = checklist_sample()
    cl = SimpleNamespace(
        agenda=SimpleNamespace(title=NASTY),
        problems=[],
        document_checks=[],
        groups=lambda: [("plan", "Before the meeting", results)],
    )
    monkeypatch.setattr(checklist_words, "meeting_lines", lambda c: [("Meeting", NASTY)])
    monkeypatch.setattr(checklist_words, "summary_line", lambda c: "2 checks.")
    monkeypatch.setattr(checklist_words, "outcome_line", lambda c: "Result: needs work.")
    page = html.render_checklist(cl)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert ("html", {"lang": "en-GB"}) in tags(page)
    assert "<caption>" in page
    assert "Question: Did you ask?" in page


def rewrites_sample() -> list[tuple[str, list[SimpleNamespace]]]:
    from accessicheck.core.model import Location

    item = SimpleNamespace(
        location=Location("p.md", line=3),
        original=NASTY,
        rewritten="A short sentence.",
        hint=None,
        reasons=[("AC101", "The sentence has 40 words.")],
        passed_safety=True,
    )
    return [("p.md", [item]), ("q.md", [])]


def test_rewrite_page_escapes_and_has_a_summary_table() -> None:
    page = html.render_rewrites(rewrites_sample())
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<caption>" in page and '<th scope="row">' in page
    assert "No sentences need a rewrite." in page


needs_browser = pytest.mark.skipif(browser.missing() is not None, reason=str(browser.missing()))


@needs_browser
@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: html.render(sample_report()), id="check"),
        pytest.param(lambda: html.render(sample_report(), View(show_notes=True)), id="notes"),
        pytest.param(lambda: html.render(report_of([])), id="nothing-found"),
        pytest.param(lambda: html.render_rewrites(rewrites_sample()), id="rewrite"),
    ],
)
def test_no_wcag_violations_in_a_real_browser(make) -> None:  # type: ignore[no-untyped-def]
    assert browser.axe_violations(make()) == []


@needs_browser
def test_axe_does_find_violations_on_a_bad_page() -> None:
    """The harness itself works: a page with known faults fails."""
    bad = '<html><head><title>x</title></head><body><img src="a.png"></body></html>'
    ids = {v["id"] for v in browser.axe_violations(bad)}
    assert {"html-has-lang", "image-alt"} <= ids


@needs_browser
def test_screenshots_at_three_sizes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Screenshots at desktop width, 200% zoom and phone width are made without error."""
    path = tmp_path / "report.html"
    path.write_text(html.render(sample_report()), encoding="utf-8")
    for name, width, zoom in (("desktop", 1280, 1.0), ("zoom", 1280, 2.0), ("phone", 375, 1.0)):
        shot = browser.screenshot(path, tmp_path / f"{name}.png", width, 900, zoom)
        assert shot.stat().st_size > 1000


@pytest.fixture(scope="module")
def examples() -> Path:
    return Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["check", "{ex}/agenda.docx", "{ex}/notes.md"], id="check"),
        pytest.param(["checklist", "{ex}/agenda.docx", "{ex}/paper.pdf"], id="checklist"),
        pytest.param(["rewrite", "{ex}/notes.md"], id="rewrite"),
    ],
)
def test_each_command_writes_an_accessible_html_file(
    args: list[str], examples: Path, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from accessicheck.cli.commands import main

    out = tmp_path / "report.html"
    argv = [a.format(ex=examples) for a in args] + ["-o", str(out), "--isolated"]
    result = CliRunner().invoke(main, argv)
    assert result.exit_code in (0, 1), result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en-GB">' in page
    if browser.missing() is None:
        assert browser.axe_violations(page) == []
