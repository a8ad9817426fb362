"""Make a folder of hostile papers, and hostile settings, glossaries and needs.

Nothing here is committed as a file: the tests and the benchmark call
`make_papers(folder)` and `make_side_files(folder)` to build the set in a
temporary folder each time. Every paper is small on disk (a few hundred KB
at most) but aims at one of the ways a file can stop or stall a run.

    python tests/hostile/make_hostile.py OUT_FOLDER
"""

from __future__ import annotations

import io
import os
import struct
import sys
import zipfile
from pathlib import Path

#: A sentence of our own, repeated to make long text.
SENTENCE = "The group met to talk about the plan and agreed the next steps. "
#: More than spaCy's limit of 1,000,000 characters in one text.
LONG = 1_200_000


def _long_prose(chars: int = LONG) -> str:
    return (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]


# --- Word and PowerPoint -----------------------------------------------------------------


def _docx(path: Path, paragraphs: list[str]) -> None:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))


def _pptx(path: Path, texts: list[str]) -> None:
    from pptx import Presentation

    prs = Presentation()
    for text in texts:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = "A slide"
        slide.placeholders[1].text = text
    prs.save(str(path))


def _rezip(source: Path, target: Path, *, extra: dict[str, bytes], types: dict[str, str]) -> None:
    """Copy an Office package, adding parts and changing [Content_Types].xml text."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                text = data.decode("utf-8")
                for old, new in types.items():
                    text = text.replace(old, new)
                data = text.encode("utf-8")
            zout.writestr(info.filename, data)
        for name, data in extra.items():
            zout.writestr(name, data)


def _understate(path: Path, member: str, size: int) -> None:
    """Make a zip's headers say `member` unpacks to only `size` bytes (a lie)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    # Local file header: signature, then uncompressed size at offset 22.
    i = 0
    while (i := data.find(b"PK\x03\x04", i)) != -1:
        name_len = struct.unpack_from("<H", data, i + 26)[0]
        if data[i + 30 : i + 30 + name_len] == name:
            struct.pack_into("<I", data, i + 22, size)
        i += 4
    # Central directory record: uncompressed size at offset 24.
    i = 0
    while (i := data.find(b"PK\x01\x02", i)) != -1:
        name_len = struct.unpack_from("<H", data, i + 28)[0]
        if data[i + 46 : i + 46 + name_len] == name:
            struct.pack_into("<I", data, i + 24, size)
        i += 4
    path.write_bytes(bytes(data))


# --- PDF, written by hand (one font, text in content streams) ---------------------------------


def _pdf(path: Path, pages: list[str]) -> None:
    """A small valid PDF with one line of text on each page."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pages_id = 1 + 2 * len(pages) + 1  # the font, a content and a page for each, then this
    kids = []
    for text in pages:
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = f"BT /F1 10 Tf 40 780 Td ({escaped}) Tj ET".encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, font, content)
            )
        )
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, catalog, xref)
    )
    path.write_bytes(out.getvalue())


# --- the papers ----------------------------------------------------------------------------


def make_papers(folder: Path) -> list[Path]:
    """Write the hostile papers into `folder`; return every path a run should report.

    Links and special files are included: a run must name each of them.
    """
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []

    def text(name: str, content: str) -> None:
        path = folder / name
        path.write_text(content, encoding="utf-8")
        made.append(path)

    # One paragraph longer than the language model's limit, in every text format.
    prose = _long_prose()
    text("long-paragraph.txt", prose + "\n")
    text("long-paragraph.md", "# A long paper\n\n" + prose + "\n")
    _docx(folder / "long-paragraph.docx", [prose])
    made.append(folder / "long-paragraph.docx")
    # Runs of punctuation the tokenizer is slow on.
    text("equals.txt", "Before the line. " + "=" * 20_000 + " After the line.\n")
    text("backticks.md", "# Code\n\nSome text " + "`" * 50_000 + " more text.\n")
    text("symbols.txt", "Costs " + "$%" * 5_000 + " were agreed.\n")
    # Markdown the parser is slow or greedy on.
    text("unclosed-emphasis.md", "*a _b " * 150_000 + "\n")
    header = "|" + "|".join(f"c{i}" for i in range(20_000)) + "|\n"
    rule = "|" + "-|" * 20_000 + "\n"
    text("wide-table.md", header + rule + "|x|\n" * 200)
    text("nested-quotes.md", ">" * 10_000 + " deep\n")
    # Word files: many words in few bytes, and packages that lie about their size.
    _docx(folder / "many-words.docx", ["word " * 1000] * 1200)
    made.append(folder / "many-words.docx")
    _docx(folder / "plain.docx", ["We will meet on Monday at ten in the small hall."])
    _rezip(
        folder / "plain.docx",
        folder / "many-parts.docx",
        extra={f"customXml/padding{i}.xml": b"<a>" + b" " * 9_000_000 + b"</a>" for i in range(12)},
        types={},
    )
    made.append(folder / "many-parts.docx")
    _rezip(
        folder / "plain.docx",
        folder / "understated.docx",
        extra={"word/padding.xml": b"<a>" + b" " * 5_000_000 + b"</a>"},
        types={},
    )
    _understate(folder / "understated.docx", "word/padding.xml", 1_000)
    made.append(folder / "understated.docx")
    made.append(folder / "plain.docx")
    # Office variants, one with a macro part that must be ignored, never run.
    _rezip(
        folder / "plain.docx",
        folder / "macro.docm",
        extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 not a real macro project"},
        types={
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": (
                "application/vnd.ms-word.document.macroEnabled.main+xml"
            )
        },
    )
    made.append(folder / "macro.docm")
    _pptx(folder / "slides.ppsx", ["Welcome to the meeting.", "Tea break at eleven."])
    made.append(folder / "slides.ppsx")
    # PDFs: a very long line, and very many pages.
    _pdf(folder / "long-line.pdf", [_long_prose(300_000)])
    made.append(folder / "long-line.pdf")
    _pdf(folder / "many-pages.pdf", [f"Page {n}. We met and agreed the plan." for n in range(2000)])
    made.append(folder / "many-pages.pdf")
    # Damaged and empty files.
    (folder / "junk.docx").write_bytes(b"PK\x03\x04" + os.urandom(2000))
    made.append(folder / "junk.docx")
    (folder / "cut-short.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    made.append(folder / "cut-short.pdf")
    (folder / "empty.md").write_bytes(b"")
    made.append(folder / "empty.md")
    # Text that tries to reach the terminal, a spreadsheet or a Markdown report.
    # (Long enough that three control characters still look like text.)
    text(
        "escapes.txt",
        "We agreed the plan \x1b]52;c;ZWNobyBoYWNrZWQ=\x07 and the budget.\n\n"
        '=HYPERLINK("http://example.invalid","Click") came from the ZQRB team.\n\n'
        "-ZQRB+ and @ZQRB are what the ZQRB team call it.\n\n" + SENTENCE * 60 + "\n",
    )
    text(
        "links.md",
        "# Links\n\nThe utilisation of <script>alert(1)</script> resources "
        "[here](javascript:alert(1)) ![x](data:text/html,hi) was facilitated going forward.\n",
    )
    # Things in the folder that are not ordinary files.
    loop = folder / "loop.md"
    os.symlink("loop.md", loop)
    made.append(loop)
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")
    os.symlink("nowhere.txt", folder / "dangling.txt")
    made.append(folder / "dangling.txt")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")
        made.append(folder / "pipe.txt")
    odd = os.fsencode(folder) + b"/caf\xe9-not-utf8.txt"
    with open(odd, "wb") as f:
        f.write(b"We will meet on Monday.\n")
    made.append(Path(os.fsdecode(odd)))
    return made


# --- settings, glossaries and needs ---------------------------------------------------------


def make_side_files(folder: Path) -> dict[str, Path]:
    """Hostile settings, glossary and needs files, by name."""
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}

    def write(name: str, data: str | bytes) -> None:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        out[name] = path

    lol = '["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
    levels = [f"a0: &a0 {lol}"]
    for i in range(1, 9):
        levels.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    write("alias-bomb.yaml", "\n".join(levels) + "\nentries: *a8\n")
    write("deep.yaml", "[" * 50_000 + "]" * 50_000 + "\n")
    write("deep.toml", "a = " + "[" * 50_000 + "]" * 50_000 + "\n")
    rows = "".join(f"term{i},meaning {i}\n" for i in range(200_000))
    write("many-rows.csv", "term,explanation\n" + rows)
    write("huge.csv", "term,explanation\n" + "x" * 11_000_000 + "\n")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.toml")
        out["pipe.toml"] = folder / "pipe.toml"
        os.mkfifo(folder / "pipe.csv")
        out["pipe.csv"] = folder / "pipe.csv"
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1])
    for made in make_papers(target / "papers"):
        print(made)
    for made in make_side_files(target / "side").values():
        print(made)
