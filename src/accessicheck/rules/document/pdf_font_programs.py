"""AC455-AC457: a tagged PDF's embedded fonts agree with what the PDF says about them.

PDF/UA-1 7.21.4.2, 7.21.5 and 7.21.8 (veraPDF's clause numbers). The facts
come from `loaders/pdf_font_facts.py`, which reads the font programs
themselves. Each message names the font (without the six-letter subset
prefix such as "ABCDEF+") and the first page it is on.

- AC455 pdf-font-glyph-list: the font's list of its glyphs (CharSet, CIDSet)
  matches the font (7.21.4.2).
- AC456 pdf-font-widths: the widths the PDF gives characters match the font (7.21.5).
- AC457 pdf-missing-glyph: no text is drawn with the font's "missing
  character" glyph, .notdef (7.21.8).

Untagged PDFs get none of these (AC420 says they are not tagged).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...core.structure import page_anchor
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument
from .pdf_ua import ua_facts

_LIMIT = 20
_EMBED = (
    "Ask the author to export the PDF again with the fonts embedded (in Word: File > Options "
    "> Save > Embed fonts in the file; most PDF printers and exports embed them by default)."
)


def _quoted(names: tuple[str, ...]) -> str:
    return ", ".join(f'"{n}"' for n in names[:3]) + (" and more" if len(names) > 3 else "")


@rule(
    "AC455",
    "pdf-font-glyph-list",
    unit="document",
    severity="warning",
    summary="A font's list of its characters does not match the font",
    why="A PDF that carries part of a font can list which characters it carries. Readers "
    "and checkers trust that list; when it is wrong they can decide that characters are "
    "missing, or show and read the wrong ones.",
    helps=("SR", "DIG"),
)
def pdf_font_glyph_list(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """An embedded Type 1 font's `/CharSet` names exactly the glyphs in its
    font program, `.notdef` aside; an embedded CID font's `/CIDSet` marks
    every CID the program has a glyph for, and none it has not (veraPDF
    7.21.4.2-t01, t02). TrueType glyphs with no outline are left out both
    ways, since a space has none."""
    ua = ua_facts(doc)
    if ua is None:
        return
    for font in ua.font_programs[:_LIMIT]:
        where = f" on page {font.page}" if font.page else ""
        parts = []
        if font.charset_unlisted:
            parts.append(f"leaves out {_quoted(font.charset_unlisted)}")
        if font.charset_absent:
            parts.append(f"names {_quoted(font.charset_absent)}, which the font does not have")
        if parts:
            yield Hit.on(
                page_anchor(doc, font.page),
                f'The font "{font.name}"{where} has a list of its letters (its CharSet) that '
                f"{' and '.join(parts)}. {_EMBED}",
            )
        counts = []
        if font.cidset_unlisted:
            counts.append(f"leaves out {font.cidset_unlisted} the font has")
        if font.cidset_absent:
            counts.append(f"names {font.cidset_absent} the font does not have")
        if counts:
            yield Hit.on(
                page_anchor(doc, font.page),
                f'The font "{font.name}"{where} has a list of its characters (its CIDSet) that '
                f"{' and '.join(counts)}. {_EMBED}",
            )


@rule(
    "AC456",
    "pdf-font-widths",
    unit="document",
    severity="warning",
    summary="The PDF gives some characters a different width from the font's own",
    why="When the widths a PDF gives its characters differ from the font's, text is drawn "
    "with odd gaps or overlaps, and words can run together or split when the text is "
    "read out, searched or copied.",
    helps=("SR", "LV", "SpLD"),
)
def pdf_font_widths(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """For each character shown in visible text (render mode other than 3)
    with an embedded TrueType font, the width in the font dictionary
    (`/Widths`, or `/W` and `/DW` of a CIDFontType2) is within 1 unit in
    1000 of the font program's advance width (veraPDF 7.21.5-t01). CFF and
    Type 1 widths are not compared."""
    ua = ua_facts(doc)
    if ua is None:
        return
    for font in [f for f in ua.font_programs if f.widths][:_LIMIT]:
        code, theirs, ours = font.widths[0]
        more = len(font.widths) - 1
        others = f", and {more} more" if more else ""
        where = f" on page {font.page}" if font.page else ""
        yield Hit.on(
            page_anchor(doc, font.page),
            f'The font "{font.name}"{where} is given widths that differ from the font\'s own '
            f"(character {code}: {theirs:g} in the PDF, {ours:g} in the font{others}), so "
            f"its text may be spaced wrongly and words may run together when read out or "
            f"copied. {_EMBED}",
        )


@rule(
    "AC457",
    "pdf-missing-glyph",
    unit="document",
    severity="error",
    summary="Some text is drawn with a character the font does not have",
    why="A font draws a character it does not have with its 'missing character' glyph "
    "(.notdef): an empty box or nothing at all. People see a gap, and screen readers may "
    "say nothing or the wrong letter.",
    helps=("SR", "LV", "SpLD"),
)
def pdf_missing_glyph(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """No text is shown with the font program's .notdef glyph, in any render
    mode (veraPDF 7.21.8-t01): a CID the CFF program has no glyph for (or
    CID 0), a TrueType glyph index 0 or past the last glyph, a simple
    TrueType code that none of the font's character maps finds, or a Type 1
    code whose glyph name the program lacks."""
    ua = ua_facts(doc)
    if ua is None:
        return
    for font in [f for f in ua.font_programs if f.notdef_codes][:_LIMIT]:
        where = f" on page {font.page}" if font.page else ""
        codes = ", ".join(str(c) for c in font.notdef_codes[:3])
        yield Hit.on(
            page_anchor(doc, font.page),
            f'Some text{where} in the font "{font.name}" uses characters the font does not '
            f"have (character code{'s' if len(font.notdef_codes) > 1 else ''} {codes}): they "
            "show as empty boxes or gaps, and screen readers may skip them. Ask the author to "
            "use a font that has these characters, and export the PDF again.",
        )
