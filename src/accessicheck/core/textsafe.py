"""Make text from papers safe to show on a terminal or write to a file.

Papers, glossaries and file names are untrusted. A terminal obeys control
characters: an escape sequence in a paper could change the window title, set
the clipboard (OSC 52) or hide text. So every piece of text we print passes
through `for_terminal`, which keeps only the plain colour and cursor codes our
own terminal report and progress bar use; files we write pass through
`for_file`, which keeps no control characters but tab and line breaks.

Both also replace the "surrogate escapes" Python uses for file names that
are not valid UTF-8 with U+FFFD (the replacement character), so such a name
can always be printed and written.

`markdown` escapes a paper's text for our Markdown reports; `spreadsheet_cell`
stops a CSV cell from running as a formula.

`SafeStream` wraps sys.stdout and sys.stderr so nothing the command line
echoes can skip this: the command line installs it once, at the start.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

#: C0 controls but tab, line feed and carriage return; DEL; C1 controls.
_CONTROLS = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]"
_SURROGATES = re.compile("[\ud800-\udfff]")

#: Escape sequences a terminal report of ours may use: colours and styles (SGR),
#: and the cursor moves and line clearing a progress bar uses.
_OUR_CSI = r"\x1b\[[0-9;?]*[mKABCDGHJhl]"
#: Any other escape sequence: OSC ... (BEL or ST), DCS/SOS/PM/APC ... ST, other CSI, or a
#: lone ESC and the character after it.
_OTHER_ESCAPE = (
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b\[[0-9;?:<=>]*[ -/]*[@-~]?"
    r"|\x1b.?"
)
_TERMINAL = re.compile(rf"({_OUR_CSI})|{_OTHER_ESCAPE}|{_CONTROLS}", re.DOTALL)
_FILE = re.compile(rf"{_OTHER_ESCAPE}|{_CONTROLS}", re.DOTALL)


def _no_surrogates(text: str) -> str:
    return _SURROGATES.sub("\ufffd", text)


def for_terminal(text: str) -> str:
    """`text` without control characters or escape sequences but our own colours."""
    text = _TERMINAL.sub(lambda m: m.group(1) or "", text)
    return _no_surrogates(text)


def for_file(text: str) -> str:
    """`text` without any control characters but tab and line breaks."""
    return _no_surrogates(_FILE.sub("", text))


def plain(text: str) -> str:
    """`text` with every control character (line breaks too) made a space: for one cell or line."""
    return _no_surrogates(re.sub(rf"{_OTHER_ESCAPE}|{_CONTROLS}|[\t\n\r]", " ", text))


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()!|])")


def markdown(text: str) -> str:
    """Text from a paper for one line of Markdown: it shows as written.

    Markdown and HTML characters are escaped, so raw HTML, links (including
    `javascript:` and `data:` ones) and images in a paper never become live
    in our Markdown; "&" becomes "&amp;" so no character reference can
    spell them either. Line breaks become spaces.
    """
    text = plain(text).replace("&", "&amp;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


#: What a spreadsheet reads as the start of a formula (OWASP's CSV injection list).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: str) -> str:
    """A CSV cell a spreadsheet will show as text, never run as a formula.

    A cell that starts like a formula gets a leading apostrophe, which
    spreadsheets hide and read as "this is text" (OWASP's advice).
    """
    return "'" + value if value.startswith(_FORMULA_START) else value


class SafeStream:
    """A text stream that passes everything written through `for_terminal`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError("SafeStream takes text")
        self._stream.write(for_terminal(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def install(sys_module: Any) -> None:
    """Wrap sys.stdout and sys.stderr in `SafeStream` (once)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys_module, name)
        if stream is not None and not isinstance(stream, SafeStream):
            setattr(sys_module, name, SafeStream(stream))
