"""Loading glossaries from CSV and YAML into one model, with errors that name the line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accessicheck.core.model import Severity
from accessicheck.glossary.layers import load_file
from accessicheck.glossary.load_csv import parse_csv
from accessicheck.glossary.load_yaml import parse_yaml

from .test_glossary_fixtures import GLOSSARIES, write_glossary


def test_csv_loads_every_field() -> None:
    loaded = load_file(GLOSSARIES / "organisation.csv")
    assert not [p for p in loaded.problems if p.level == "error"]
    entry = next(e for e in loaded.entries if e.term == "service user")
    assert entry.variants == ("service users",)
    assert entry.category == "inclusive-language"
    assert entry.status == "avoid"
    assert entry.severity is Severity.WARNING
    assert entry.plain_alternatives == (
        "people who use services",
        "people who draw on care and support",
    )
    assert entry.fine_when == "when a person describes themselves this way"
    assert entry.decision.by == "Lived Experience Advisory Group"
    assert entry.decision.on == date(2026, 1, 20)
    assert entry.decision.how == "consensus"
    assert "Two members" in entry.decision.dissent
    assert entry.review_date == date(2027, 1, 20)
    assert entry.origin.line == 2
    assert entry.origin.file_name == "organisation.csv"


def test_yaml_loads_to_the_same_model() -> None:
    loaded = load_file(GLOSSARIES / "meeting.yaml")
    assert not loaded.problems
    assert loaded.name == "Peer support pilot meeting glossary"
    by_term = {e.term: e for e in loaded.entries}
    service_user = by_term["service user"]
    assert service_user.status == "preferred"
    assert service_user.decision.how == "vote"
    assert service_user.decision.on == date(2026, 3, 12)
    assert service_user.origin.line == 4
    assert "meeting glossary" in service_user.origin.label
    college = by_term["recovery college"]
    assert college.variants == ("recovery colleges",)  # " | " text works in YAML too
    assert college.decision.by == "Peer support pilot steering group"  # agreed_by alias
    assert college.licence == "group-authored"
    assert by_term["commence"].severity is Severity.ERROR


def test_yaml_plain_list_of_entries() -> None:
    text = "- term: triage\n  category: health-jargon\n  status: avoid\n"
    loaded = parse_yaml(text, "g.yaml", "g", "your glossary")
    assert [e.term for e in loaded.entries] == ["triage"]
    assert loaded.entries[0].severity is Severity.WARNING  # from the status


def test_yaml_never_runs_code() -> None:
    text = "- !!python/object/apply:os.system ['echo hacked']\n"
    loaded = parse_yaml(text, "evil.yaml", "g", "your glossary")
    assert not loaded.entries
    assert loaded.problems and "not valid YAML" in loaded.problems[0].message


def test_bad_rows_name_the_file_and_line() -> None:
    loaded = load_file(GLOSSARIES / "bad.csv")
    assert [e.term for e in loaded.entries] == ["commence"]
    errors = {(p.line, p.level): p.message for p in loaded.problems}
    assert "'term' column is empty" in errors[(3, "error")]
    assert "status 'avodi'" in errors[(4, "error")]
    assert "severity 'loud'" in errors[(5, "error")]
    assert "'next spring'" in errors[(6, "error")]
    assert all(p.path.endswith("bad.csv") for p in loaded.problems)
    assert str(loaded.problems[0]).startswith(str(GLOSSARIES / "bad.csv") + ", line 3:")


def test_yaml_bad_entry_has_its_line() -> None:
    text = (
        "entries:\n"
        "  - term: a\n    category: acronym\n    status: allowed\n"
        "  - term: b\n    category: nonsense\n    status: avoid\n"
    )
    loaded = parse_yaml(text, "g.yaml", "g", "your glossary")
    assert [e.term for e in loaded.entries] == ["a"]
    assert loaded.problems[0].line == 5
    assert "category 'nonsense'" in loaded.problems[0].message


def test_multi_line_cells_keep_line_numbers() -> None:
    text = (
        "term,category,status,plain_explanation\n"
        'respite,social-care-jargon,use-with-explanation,"A break\nfor carers."\n'
        "triage,health-jargon,avoid,\n"
        "oops,health-jargon,sometimes,\n"
    )
    loaded = parse_csv(text, "g.csv", "g", "your glossary")
    assert [e.origin.line for e in loaded.entries] == [2, 4]
    assert loaded.entries[0].plain_explanation == "A break for carers."
    assert loaded.problems[0].line == 5


def test_spreadsheet_exports(tmp_path: Path) -> None:
    # Excel's "CSV UTF-8" adds a byte-order mark; older Excel saves Windows-1252.
    bom = tmp_path / "bom.csv"
    bom.write_bytes("\ufeffterm,category,status\ncafé,group-specific,allowed\n".encode())
    assert load_file(bom).entries[0].term == "café"
    windows = tmp_path / "windows.csv"
    windows.write_bytes("term,category,status\ncafé,group-specific,allowed\n".encode("cp1252"))
    loaded = load_file(windows)
    assert loaded.entries[0].term == "café"
    assert loaded.problems[0].level == "warning" and "UTF-8" in loaded.problems[0].message


def test_column_names_are_forgiving(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text(
        "Term,Category,Status,Plain alternatives,When OK,Favourite colour\n"
        "utilise,Plain English,Avoid,use,,blue\n",
        encoding="utf-8",
    )
    loaded = load_file(path)
    entry = loaded.entries[0]
    assert (entry.category, entry.status, entry.plain_alternatives) == (
        "plain-english",
        "avoid",
        ("use",),
    )
    assert [p.message for p in loaded.problems] == [
        "the column 'Favourite colour' is not a glossary column; it was ignored."
    ]


def test_uk_dates_and_missing_files(tmp_path: Path) -> None:
    path = write_glossary(
        tmp_path / "g.csv",
        [
            {
                "term": "respite",
                "category": "social-care-jargon",
                "status": "allowed",
                "review_date": "12/03/2027",
            },
        ],
    )
    assert load_file(path).entries[0].review_date == date(2027, 3, 12)
    missing = load_file(tmp_path / "nope.csv")
    assert "not found" in missing.problems[0].message
    wrong = tmp_path / "g.txt"
    wrong.write_text("x")
    assert ".csv, .yaml or .yml" in load_file(wrong).problems[0].message


@pytest.mark.parametrize("header", ["", "variants,category\nx,y\n"])
def test_files_without_a_header(header: str) -> None:
    loaded = parse_csv(header, "g.csv", "g", "your glossary")
    assert not loaded.entries
    assert loaded.problems[0].level == "error"


@pytest.mark.parametrize(
    ("text", "term", "status", "category"),
    [
        pytest.param("term,status\nco-production,preferred\n", "co-production", "preferred", "",
                     id="term-and-status-only"),
        pytest.param("term,category,status\ncommence,,avoid\n", "commence", "avoid", "",
                     id="empty-category"),
        pytest.param("term,category,status\ntriage,health-jargon,avoid\n", "triage", "avoid",
                     "health-jargon", id="category-given"),
    ],
)  # fmt: skip
def test_a_row_needs_only_a_term_and_a_status(
    text: str, term: str, status: str, category: str
) -> None:
    loaded = parse_csv(text, "g.csv", "g", "your glossary")
    assert not loaded.problems
    (entry,) = loaded.entries
    assert (entry.term, entry.status, entry.category) == (term, status, category)


def test_a_row_without_a_category_keeps_the_earlier_one() -> None:
    from accessicheck.glossary.layers import Layer, merge

    shipped = parse_csv(
        "term,category,status,plain_alternatives\n"
        "stakeholder,plain-english,avoid,people involved\n",
        "shipped.csv",
        "shipped",
        "the shipped list",
    )
    ours = parse_csv("term,status\nstakeholder,allowed\nICS,avoid\n", "ours.csv", "ours", "ours")
    merged = merge([Layer("shipped", [shipped]), Layer("ours", [ours])])
    by_term = {e.term: e for e in merged.entries}
    assert by_term["stakeholder"].status == "allowed"
    assert by_term["stakeholder"].category == "plain-english"
    assert by_term["stakeholder"].plain_alternatives == ("people involved",)
    # With no earlier entry, a term written in capitals is taken as an acronym.
    assert by_term["ICS"].category == "" and by_term["ICS"].is_acronym


def test_a_row_still_needs_a_status() -> None:
    loaded = parse_csv("term,status\nco-production,\n", "g.csv", "g", "your glossary")
    assert not loaded.entries
    assert "'status' column is empty" in loaded.problems[0].message
