"""Get a process ready to check files: load and use everything once, on made-up papers.

Files are checked in child processes forked from the main process
(`parallel`). Anything a check builds the first time it runs (the language
model, the glossary, a format's reader and its libraries, the parser's first
use) is built here instead, once, in the main process, so every child starts
with it ready instead of building it again for each file.

`warm_up` writes a tiny paper in each format about to be checked (made here,
never one of the user's files) to a temporary folder and checks it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..core.config import Config

#: A few sentences that wake most rules: acronyms, jargon, a passive, a long sentence.
TEXT = (
    "The report was written by the ICB. We will utilise the MDT to facilitate a holistic "
    "approach, notwithstanding the budget, on 03/04/2025. It was not unclear. The "
    "implementation of the plan is discussed by everyone who attends the meeting."
)
HEADING = "Meeting notes"
ITEMS = ("10:00 Welcome and apologies", "10:15 Minutes of the last meeting")

#: The smallest PDF with a line of text, in a standard font.
_PDF_TEXT = b"BT /F1 12 Tf 72 720 Td (Meeting notes. The report was written by the ICB.) Tj ET"


def _pdf() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(_PDF_TEXT) + _PDF_TEXT + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def write_sample(fmt: str, folder: Path) -> Path | None:
    """A tiny paper in format `fmt` in `folder`, or None for a format we cannot make."""
    if fmt == "markdown":
        path = folder / "sample.md"
        items = "\n".join(f"- {item}" for item in ITEMS)
        path.write_text(f"# {HEADING}\n\n{TEXT}\n\n{items}\n", encoding="utf-8")
    elif fmt == "text":
        path = folder / "sample.txt"
        path.write_text(f"{HEADING}\n\n{TEXT}\n\n" + "\n".join(ITEMS) + "\n", encoding="utf-8")
    elif fmt == "docx":
        import docx

        path = folder / "sample.docx"
        document = docx.Document()
        document.add_heading(HEADING, level=1)
        document.add_paragraph(TEXT)
        for item in ITEMS:
            document.add_paragraph(item, style="List Bullet")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Time", "Item"
        table.cell(1, 0).text, table.cell(1, 1).text = "10:00", "Welcome"
        document.save(str(path))
    elif fmt == "pptx":
        import pptx

        path = folder / "sample.pptx"
        deck = pptx.Presentation()
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = HEADING
        slide.placeholders[1].text = TEXT
        deck.save(str(path))
    elif fmt == "pdf":
        path = folder / "sample.pdf"
        path.write_bytes(_pdf())
    else:
        return None
    return path


def load_model(with_ner: bool = False) -> None:
    """Load the language model and the rules (what every file needs)."""
    from ..engine import registry
    from ..language import nlp

    registry.all_rules()
    nlp.pipeline(with_ner)


def warm_up(config: Config, formats: Iterable[str], with_ner: bool = False) -> None:
    """Load the model, rules and word forms, then check a tiny paper of each format."""
    from .. import api

    load_model(with_ner)
    if config.get("glossaries"):
        # lemminflect's tables (about half a second to load): the shipped
        # word lists' forms are in our own table (`inflect`), but a group's
        # own plain alternatives may need lemminflect's.
        try:
            from lemminflect import getAllLemmas, getInflection

            getAllLemmas("used", upos="VERB")
            getInflection("use", "VBD")
        except ImportError:  # pragma: no cover - it is a declared dependency
            pass
    with tempfile.TemporaryDirectory(prefix="accessicheck-warm-up-") as tmp:
        for fmt in sorted(set(formats)):
            try:
                path = write_sample(fmt, Path(tmp))
                if path is not None:
                    api.check_documents([api.load_one(path, config)], config)
            except Exception:  # noqa: BLE001, S112 - warming up is only ever a saving
                continue
