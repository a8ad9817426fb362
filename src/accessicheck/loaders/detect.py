"""Work out what kind of file we have: from its content first, its name second.

`detect_format` returns one of:

- "pdf", "docx", "pptx", "markdown", "text": formats accessicheck reads;
- "xlsx", "odf", "doc-legacy": formats we recognise but do not read;
- "office-encrypted": a password-protected Word/PowerPoint/Excel file (these
  are OLE2 containers holding an "EncryptedPackage" stream, not zips);
- None: nothing we recognise (binary junk, an unknown archive).

Macro-enabled and template Word files (.docm, .dotm, .dotx) are "docx";
macro-enabled, slide-show and template PowerPoint files (.pptm, .ppsx, .ppsm,
.potx) are "pptx".
"""

from __future__ import annotations

import mmap
import zipfile
from pathlib import Path

_HEAD_BYTES = 1024
_TEXT_SAMPLE = 64 * 1024

_OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# Directory entry names in an OLE2 container are UTF-16-LE.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

_EXTENSIONS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".dotm": "docx",
    ".pptx": "pptx",
    ".pptm": "pptx",
    ".ppsx": "pptx",
    ".ppsm": "pptx",
    ".potx": "pptx",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".doc": "doc-legacy",
    ".dot": "doc-legacy",
    ".ppt": "doc-legacy",
    ".pps": "doc-legacy",
    ".odt": "odf",
    ".odp": "odf",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
}
_MARKDOWN_EXTENSIONS = {".md", ".markdown"}
_TEXT_EXTENSIONS = {".md", ".markdown", ".txt", ".text"}


def format_from_extension(path: Path) -> str | None:
    """The format a file's name suggests, without looking inside it."""
    return _EXTENSIONS.get(path.suffix.lower())


def detect_format(path: Path) -> str | None:
    """The format of `path`, judged from its bytes first and its extension second."""
    path = Path(path)
    with path.open("rb") as f:
        head = f.read(_TEXT_SAMPLE)

    if b"%PDF-" in head[:_HEAD_BYTES]:
        return "pdf"
    if head.startswith(_OLE2_MAGIC):
        return "office-encrypted" if _has_encrypted_stream(path) else "doc-legacy"
    if head.startswith(_ZIP_MAGICS):
        kind = _zip_kind(path)
        if kind is not None:
            return kind
        # A damaged zip: trust the name so the Word loader can say it is damaged.
        ext_kind = format_from_extension(path)
        return ext_kind if ext_kind in {"docx", "pptx", "xlsx", "odf"} else None

    ext = path.suffix.lower()
    by_name = format_from_extension(path)
    if by_name is not None and ext not in _TEXT_EXTENSIONS:
        # e.g. a .pdf or .docx without the right signature: the loader reports it damaged.
        return by_name
    if looks_like_text(head):
        return "markdown" if ext in _MARKDOWN_EXTENSIONS else "text"
    return None


def _zip_kind(path: Path) -> str | None:
    """Which Office/OpenDocument format a zip holds, or None if unknown or unreadable."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "ppt/presentation.xml" in names:
                return "pptx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names:
                mimetype = zf.read("mimetype")[:100]
                if mimetype.startswith(b"application/vnd.oasis.opendocument"):
                    return "odf"
            # Word files whose main part has a non-standard name are rare; the
            # content types part tells us which part is the main document.
            if "[Content_Types].xml" in names:
                types = zf.read("[Content_Types].xml")[:200_000]
                if b"wordprocessingml" in types or b"ms-word." in types:
                    return "docx"
                if b"presentationml" in types or b"ms-powerpoint." in types:
                    return "pptx"
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ):
        return None
    return None


def _has_encrypted_stream(path: Path) -> bool:
    """True when an OLE2 container holds an "EncryptedPackage" stream.

    We search the raw bytes rather than parsing the container: the name is
    distinctive in UTF-16 and the file is memory-mapped, so this is quick.
    """
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        return mm.find(_ENCRYPTED_STREAM) != -1


def looks_like_text(sample: bytes) -> bool:
    """True when `sample` reads as text in some encoding we handle."""
    if not sample:
        return True
    if sample.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if utf16_without_bom(sample) is not None:
        return True
    # Control bytes other than tab, newline, carriage return and form feed are
    # rare in real text in any 8-bit encoding.
    controls = sum(1 for b in sample if b < 0x20 and b not in (9, 10, 12, 13))
    return controls <= max(2, len(sample) // 1000)


def utf16_without_bom(sample: bytes) -> str | None:
    """Say "utf-16-le" or "utf-16-be" when the NUL pattern shows it, else None.

    Mostly-ASCII UTF-16 text has a NUL in every other byte: the odd bytes for
    little-endian, the even bytes for big-endian.
    """
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0 : pairs * 2 : 2].count(0)
    odd_nuls = sample[1 : pairs * 2 : 2].count(0)
    if odd_nuls >= 0.4 * pairs and even_nuls <= 0.05 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.4 * pairs and odd_nuls <= 0.05 * pairs:
        return "utf-16-be"
    return None
