"""AC408-AC409: tables in Word documents and PowerPoint presentations.

- AC408 table-header: a table of two or more rows and columns with no header
  row. Word marks a header row in two places, and the message says which is
  missing: "Repeat as header row" on the first row (`w:trPr/w:tblHeader`),
  which screen readers and tagged PDF exports use, and the table style's
  "Header Row" option (`w:tblPr/w:tblLook/@w:firstRow`), which only changes
  the look. PowerPoint: "Header Row" (`a:tblPr/@firstRow`).
- AC409 complex-table: merged cells (`w:gridSpan`, `w:vMerge`, `w:hMerge`;
  PowerPoint `@gridSpan`, `@rowSpan`), rows with split or missing cells
  (rows that do not fill `w:tblGrid`), and tables inside tables.

PDF tables are AC426.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...core.model import Severity
from ...core.structure import Table, of, where
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument

_LIMIT = 20


def _name(table: Table, fmt: str) -> str:
    on_slide = f" on slide {table.page}" if fmt == "pptx" and table.page else ""
    return f"Table {table.number}{on_slide}"


@rule(
    "AC408",
    "table-header",
    unit="document",
    severity="error",
    summary="A table has no header row",
    why="Screen readers read a table's header cell before each data cell, so listeners know "
    "which column they are in. Without a marked header row they hear a list of values.",
    helps=("SR", "LV", "COG"),
)
def table_header(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A table with at least two rows and two columns must mark its first
    row as a header row. In Word that is "Repeat as header row at the top of
    each page" (Table Properties > Row), stored as `w:tblHeader`; the table
    style's "Header Row" tick box only changes how the row looks. When only
    the style option is on, the finding is a warning; when neither is set,
    an error. In PowerPoint: Table Design > Header Row."""
    facts = of(doc)
    if facts is None or facts.format not in ("docx", "pptx"):
        return
    count = 0
    for table in facts.tables:
        if table.header_row or table.rows < 2 or table.columns < 2:
            continue
        count += 1
        if count > _LIMIT:
            continue
        block = where(doc, table.paragraph, table.page)
        name = _name(table, facts.format)
        if facts.format == "pptx":
            yield Hit.on(
                block,
                f"{name} has no header row. Select the table, then tick Header Row on the "
                "Table Design tab, and put the column names in the first row.",
            )
        elif table.style_first_row:
            yield Hit.on(
                block,
                f"{name} has its first row styled as a header (the table style's Header Row "
                'option is on), but it is not marked as a header row ("Repeat as header row" '
                "is off), so screen readers and PDF exports treat it as data. Select the first "
                "row, then Table Properties > Row > Repeat as header row at the top of each page.",
                severity=Severity.WARNING,
            )
        else:
            yield Hit.on(
                block,
                f'{name} has no header row: its first row is not marked "Repeat as header '
                "row\" and the table style's Header Row option is off. Put the column names in "
                "the first row, select it, then Table Properties > Row > Repeat as header row "
                "at the top of each page.",
            )
    if count > _LIMIT:
        yield Hit(f"{count - _LIMIT} more tables have no header row.")


@rule(
    "AC409",
    "complex-table",
    unit="document",
    severity="warning",
    summary="A table has merged or split cells, or a table inside it",
    why="Screen readers move through a table by rows and columns. Merged cells, split cells "
    "and tables inside tables break that grid, so listeners lose their place.",
    helps=("SR", "LV", "COG"),
)
def complex_table(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Word or PowerPoint table has cells merged across columns or down
    rows, rows whose cells were split (or left out) so they do not line up
    with the others, or another table inside one of its cells. Keep tables
    to a simple grid: one header row, one value per cell."""
    facts = of(doc)
    if facts is None or facts.format not in ("docx", "pptx"):
        return
    for n, table in enumerate(facts.tables, start=1):
        problems = []
        if table.merged_cells:
            s = "s" if table.merged_cells > 1 else ""
            problems.append(f"{table.merged_cells} merged cell{s}")
        if table.split_rows:
            s = "s" if table.split_rows > 1 else ""
            problems.append(f"{table.split_rows} row{s} with split or missing cells")
        if table.nested:
            problems.append("a table inside one of its cells")
        if not problems:
            continue
        if n > _LIMIT:
            yield Hit("More tables have merged or split cells.")
            return
        yield Hit.on(
            where(doc, table.paragraph, table.page),
            f"{_name(table, facts.format)} has {' and '.join(problems)}. Screen reader users "
            "can lose their place. Make it a simple grid: unmerge the cells, repeat a value "
            "where needed, or split it into separate tables.",
        )
