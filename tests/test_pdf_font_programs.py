"""AC455-AC457 and the font-program reader they rest on (loaders/font_programs.py).

The expected values were checked by hand against a second reader (fontTools,
used only while writing these tests, not a dependency) and, for the widths,
against page-validation's report on the same file. The fail files are
veraPDF's PDF/UA-1 test files; tests/test_verapdf_agreement.py measures the
clauses over all of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

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
