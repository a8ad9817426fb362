"""AC455-AC457 and the font-program reader they rest on (loaders/font_programs.py).

The expected values were checked by hand against a second reader (fontTools,
used only while writing these tests, not a dependency) and, for the widths,
against page-validation's report on the same file. The fail files are
veraPDF's PDF/UA-1 test files; tests/test_verapdf_agreement.py measures the
clauses over all of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, StreamObject

from accessicheck.loaders import font_programs, pdf_facts, pdf_font_facts

from .test_doc_rules import check
from .test_pdf_ua_rules import STRUCTURE, verapdf

FONT_CODES = ("AC455", "AC456", "AC457")


def _program(path: Path, key: str) -> bytes:
    """The first embedded font program under `key` (/FontFile2, /FontFile3) on page 1."""
    reader = PdfReader(path)
    for ref in reader.pages[0]["/Resources"]["/Font"].values():
        font = ref.get_object()
        if font["/Subtype"] == "/Type0":
            font = font["/DescendantFonts"][0].get_object()
        descriptor = font["/FontDescriptor"].get_object()
        if key in descriptor:
            return descriptor[key].get_object().get_data()
    raise AssertionError(f"no {key} in {path.name}")


@pytest.mark.parametrize(
    ("name", "code", "says"),
    [
        pytest.param(
            "7.21.4.2-t01-fail-a.pdf",
            "AC455",
            'The font "AdobeNaskh-Medium" on page 1 has a list of its letters (its CharSet) '
            'that leaves out "a"',
            id="charset-leaves-out",
        ),
        pytest.param(
            "7.21.4.2-t01-fail-b.pdf",
            "AC455",
            'names "d", which the font does not have',
            id="charset-extra",
        ),
        pytest.param(
            "7.21.4.2-t02-fail-a.pdf",
            "AC455",
            'The font "FreeMonoBold" on page 1 has a list of its characters (its CIDSet) that '
            "leaves out 7 the font has",
            id="cidset",
        ),
        pytest.param(
            "7.21.5-t01-fail-a.pdf",
            "AC456",
            '"TimesNewRomanPSMT" on page 1 is given widths that differ from the font\'s own '
            "(character 32: 192 in the PDF, 250 in the font)",
            id="widths",
        ),
        pytest.param(
            "7.21.8-t01-fail-a.pdf",
            "AC457",
            'Some text on page 1 in the font "KozMinPro-Bold" uses characters the font does '
            "not have (character code 0)",
            id="notdef",
        ),
    ],
)
def test_each_font_message_names_the_font_and_what_is_wrong(
    name: str, code: str, says: str
) -> None:
    findings = check(verapdf(name), FONT_CODES)
    assert [f.code for f in findings] == [code]
    assert says in findings[0].message
    assert "export the PDF again" in findings[0].message


@pytest.mark.parametrize(
    "name",
    ["7.21.4.2-t01-pass-a.pdf", "7.21.4.2-t02-pass-a.pdf", "7.21.5-t01-pass-a.pdf"],
)
def test_the_matching_pass_files_are_left_alone(name: str) -> None:
    assert check(verapdf(name), FONT_CODES) == []


def test_a_libreoffice_tagged_export_has_fonts_that_agree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # LibreOffice embeds subsets of its TrueType fonts: widths, glyph lists and
    # the text shown all agree, so none of the three rules speaks.
    path = STRUCTURE / "export-tagged.pdf"
    facts = pdf_facts.read(path, 10)
    assert facts.ua is not None and facts.ua.fonts
    assert facts.ua.font_programs == []
    assert check(path, FONT_CODES) == []
    # ... and they were compared: with no tolerance at all, rounding shows.
    monkeypatch.setattr(pdf_font_facts, "WIDTH_TOLERANCE", -1.0)
    strict = pdf_facts.read(path, 10)
    assert strict.ua is not None
    assert strict.ua.font_programs and all(f.widths for f in strict.ua.font_programs)


def test_untagged_pdfs_get_no_font_program_findings() -> None:
    assert check(STRUCTURE / "export-untagged.pdf", FONT_CODES) == []


# --- the reader ---------------------------------------------------------------------------------


def test_a_cff_program_gives_its_glyph_names() -> None:
    data = _program(verapdf("7.21.4.2-t01-pass-a.pdf"), "/FontFile3")
    program = font_programs.read(data, "cff")
    assert program is not None and program.kind == "cff"
    assert program.glyph_count == 12  # with .notdef
    assert program.names == {"space", "slash", "C", "S", "a", "e", "h", "n", "r", "t", "y"}
    assert program.cids is None


def test_a_cid_keyed_cff_program_gives_its_cids() -> None:
    data = _program(verapdf("7.21.4.2-t02-pass-a.pdf"), "/FontFile3")
    program = font_programs.read(data, "cff")
    assert program is not None and program.names is None
    assert program.cids == {0, 1, 41, 56, 69, 70, 77, 80, 83}


def test_a_truetype_program_gives_widths_outlines_and_character_maps() -> None:
    data = _program(verapdf("7.21.5-t01-fail-a.pdf"), "/FontFile2")
    program = font_programs.read(data, "truetype")
    assert program is not None and program.units_per_em == 2048
    space = next(gid for (platform, _), table in program.cmaps.items() for code, gid in
                 table.items() if code in (32, 0xF020))  # fmt: skip
    assert program.advance(space) == 512  # 250 in 1000ths of 2048
    assert program.outlined is not None and space not in program.outlined  # a space has no outline
    assert program.advance(program.glyph_count) is None


def test_the_cff_standard_strings_are_the_391_of_the_specification() -> None:
    strings = font_programs.standard_strings()
    assert len(strings) == 391
    assert strings[:3] == (".notdef", "space", "exclam")
    assert strings[228] == "zcaron"  # the end of the ISOAdobe character set
    assert strings[-1] == "Semibold"


@pytest.mark.parametrize("kind", ["cff", "truetype", "type1", "other"])
@pytest.mark.parametrize(
    "data",
    [b"", b"garbage", b"\x01\x00\x04\x04" + b"\xff" * 40, b"\x00\x01\x00\x00\x00\x09" + b"\x00" * 8,
     b"%!PS-AdobeFont-1.0 eexec " + b"\x00" * 100],
    ids=["empty", "text", "bad-cff", "bad-truetype", "bad-type1"],
)  # fmt: skip
def test_broken_programs_give_nothing_and_never_raise(kind: str, data: bytes) -> None:
    program = font_programs.read(data, kind)
    assert program is None or program.glyph_count >= 0


def test_a_cut_off_program_never_raises() -> None:
    data = _program(verapdf("7.21.5-t01-fail-a.pdf"), "/FontFile2")
    for cut in (12, 100, len(data) // 2):
        program = font_programs.read(data[:cut], "truetype")
        assert program is None or program.glyph_count >= 0
    cff = _program(verapdf("7.21.4.2-t01-pass-a.pdf"), "/FontFile3")
    for cut in (4, 30, len(cff) // 2):
        font_programs.read(cff[:cut], "cff")  # returns something or None, never raises


def test_programs_over_the_size_limit_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _program(verapdf("7.21.4.2-t01-pass-a.pdf"), "/FontFile3")
    assert font_programs.read(data, "cff") is not None
    monkeypatch.setattr(font_programs, "MAX_PROGRAM", len(data) - 1)
    assert font_programs.read(data, "cff") is None


# --- the comparisons, on dictionaries built by hand ---------------------------------------------


def _cid_font(cidset: set[int]) -> tuple[DictionaryObject, DictionaryObject]:
    bits = bytearray(8)
    for cid in cidset:
        bits[cid >> 3] |= 0x80 >> (cid & 7)
    stream = StreamObject()
    stream.set_data(bytes(bits))
    descriptor = DictionaryObject({NameObject("/CIDSet"): stream})
    cid = DictionaryObject(
        {
            NameObject("/Subtype"): NameObject("/CIDFontType2"),
            NameObject("/CIDToGIDMap"): NameObject("/Identity"),
            NameObject("/FontDescriptor"): descriptor,
        }
    )
    return cid, descriptor


def _truetype(outlined: set[int], components: frozenset[int] = frozenset()) -> Any:
    return font_programs.FontProgram(
        "truetype", 40, outlined=frozenset(outlined), components=frozenset(components),
        advances=(500,) * 40,
    )  # fmt: skip


def test_a_cidset_must_list_each_glyph_with_an_outline() -> None:
    cid, descriptor = _cid_font({3, 5})
    facts = pdf_font_facts._composite(cid, descriptor, _truetype({0, 5, 7}), b"", b"")
    assert facts["cidset_unlisted"] == 1  # glyph 7
    assert facts["cidset_absent"] == 0  # 3 has no outline (a space) but is in the font


def test_parts_of_composite_glyphs_need_not_be_in_the_cidset() -> None:
    # Glyph 9 is an accent that glyph 7 ("é") is built from: no text uses it alone.
    cid, descriptor = _cid_font({5, 7})
    program = _truetype({0, 5, 7, 9}, frozenset({9}))
    facts = pdf_font_facts._composite(cid, descriptor, program, b"", b"")
    assert facts["cidset_unlisted"] == 0


def test_a_cidset_naming_glyphs_past_the_end_of_the_font_is_flagged() -> None:
    cid, descriptor = _cid_font({5, 60})
    facts = pdf_font_facts._composite(cid, descriptor, _truetype({0, 5}), b"", b"")
    assert facts["cidset_absent"] == 1


def test_cid_zero_and_glyphs_past_the_end_are_the_missing_glyph() -> None:
    cid, descriptor = _cid_font({5})
    shown = bytes([0, 5, 0, 0, 0, 50])  # CIDs 5, 0 and 50
    facts = pdf_font_facts._composite(cid, descriptor, _truetype({0, 5}), b"", shown)
    assert facts["notdef_codes"] == (0, 50)


def test_widths_come_from_w_and_dw() -> None:
    cid, descriptor = _cid_font({5, 6})
    cid[NameObject("/W")] = ArrayObject(
        [NumberObject(5), ArrayObject([NumberObject(500)]), NumberObject(6), NumberObject(7),
         NumberObject(300)]
    )  # fmt: skip
    shown = bytes([0, 5, 0, 6, 0, 8])  # 5: 500 (agrees), 6: 300 (differs), 8: DW 1000
    facts = pdf_font_facts._composite(cid, descriptor, _truetype({0, 5, 6, 8}), shown, shown)
    assert facts["widths"] == ((6, 300.0, 500.0), (8, 1000.0, 500.0))


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        (rb"(plain)", b"plain"),
        (rb"(a\(b\)c\\)", b"a(b)c\\"),
        (rb"(\101\12\0)", b"A\n\x00"),
        (b"(line\\\nbreak)", b"linebreak"),
        (rb"(\n\t\q)", b"\n\tq"),
        (b"<48 65>", b"He"),
        (b"<486>", b"H`"),
        (b"<<", None),
        (b"12", None),
    ],
)
def test_content_strings_are_decoded_as_pdf_strings(token: bytes, expected: bytes | None) -> None:
    assert pdf_font_facts.string_bytes(token) == expected


def test_font_reading_is_bounded_by_count_and_by_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    path = verapdf("7.21.5-t01-fail-a.pdf")
    monkeypatch.setattr(pdf_font_facts, "MAX_FONTS", 0)
    facts = pdf_facts.read(path, 10)
    assert facts.ua is not None and facts.ua.font_programs == []
    monkeypatch.setattr(pdf_font_facts, "MAX_FONTS", 300)

    def out_of_time() -> None:
        raise TimeoutError

    fonts = {1: (PdfReader(path).pages[0]["/Resources"]["/Font"]["/TT0"].get_object(), 1)}
    with pytest.raises(TimeoutError):
        pdf_font_facts.read(fonts, pdf_font_facts.Shown(), out_of_time)
