"""Every checklist item: what it counts as there ("flags this": found) and what it does not
("leaves this alone"), with the phrase list in wordlists/checklist-phrases.csv.

Each sentence is our own. The "leaves" lists hold the misfires found on real
agendas: "allergens" is not food provided, "ground floor" alone is not
step-free, a register of interests' "payment" is not payment explained, "no
hearing loop" is not a hearing loop, "mute your microphone" is not a
microphone for everyone.
"""

from __future__ import annotations

import csv
import io

import pytest

from accessicheck import loaders
from accessicheck.agenda.extract import extract_agenda
from accessicheck.agenda.phrases import (
    COLUMNS,
    PHRASE_FILE,
    PhraseDataError,
    compile_phrase,
    find_in_text,
    load_phrases,
    parse_phrases,
)
from accessicheck.checklist.build import build_checklist, item_evidence
from accessicheck.checklist.items import load_items
from accessicheck.checklist.papers import MeetingPapers
from accessicheck.core.wordlists import open_wordlist

from .conftest import ROOT, make_document

ITEMS = {i.id: i for i in load_items()}

#: item id -> (flags this, leaves this alone), for items found by phrases or patterns.
WORDS: dict[str, tuple[list[str], list[str]]] = {
    "PLAN-01": (
        [
            "Please let us know any accessibility requirements when you register.",
            "Tell us what you need so you can take part.",
            "Do you have any access needs? Contact Sam.",
        ],
        [
            "We discussed reasonable adjustments for wheelchair users at the surgery.",
            "The access road is closed.",
        ],
    ),
    "PLAN-02": (
        ["Contact Sam on 0113 496 0000 or sam@example.org.uk."],
        ["Email sam@example.org.uk with questions."],
    ),
    "PLAN-11": (
        [
            "You will be paid £25 per session.",
            "We will pay your travel expenses.",
            "Travel expenses are reimbursed.",
            "You can choose a voucher.",
        ],
        [
            "Details of any payment or provision of any other financial benefit.",
            "The budget has no payment line for this year's building work.",
        ],
    ),
    "PLAN-12": (
        ["Payment may affect your benefits, so ask us for advice. You will be paid £20 an hour."],
        ["You will be paid £20 an hour. The benefit of the new clinic is shorter waits."],
    ),
    "PLAN-13": (
        ["We pay for replacement care.", "Taxis can be booked for you."],
        ["The care home has a new manager."],
    ),
    "PLAN-14": (
        [
            "Carers, friends and family are more than welcome.",
            "You can bring a supporter with you.",
        ],
        ["We will support the new plan."],
    ),
    "PLAN-15": (
        ["The papers are available in Easy Read and large print.", "Ask us for another format."],
        ["The format of the day is a talk and questions."],
    ),
    "PLAN-20": (
        ["Sam can go through the papers with you on the phone.", "New members get a buddy."],
        ["The papers are attached."],
    ),
    "PLAN-21": (
        ["We would like your views on the new clinic.", "This item is for decision."],
        ["The clinic opens in May."],
    ),
    "PLAN-22": (
        ["The notes will be shared with everyone.", "We will tell you what happened next."],
        ["We will meet again in June."],
    ),
    "PLAN-23": (
        ["Our ground rules: one person speaks at a time.", "Please say your name first."],
        ["The ground floor room is booked."],
    ),
    "PLAN-24": (
        ["The meeting will be recorded.", "What you say is kept confidential."],
        ["The meeting is on Tuesday."],
    ),
    "PLAN-25": (
        ["We will talk about suicide. You may find this upsetting; Samaritans are on 116 123."],
        ["We will talk about suicide prevention funding."],
    ),
    "VEN-02": (
        [
            "There is step-free access from the street.",
            "The building has ramped access.",
            "There is a lift to all floors.",
        ],
        [
            "The meeting is in the ground floor rooms.",
            "There is no step-free access.",
            "Sam will lift the boxes.",
        ],
    ),
    "VEN-03": (
        ["There is an accessible toilet next to the room."],
        ["The toilets are on the left."],
    ),
    "VEN-04": (
        ["The room has a hearing loop.", "Everyone will speak into the microphone."],
        [
            "There is no hearing loop.",
            "The hearing loop is not working.",
            "Please mute your microphone.",
        ],
    ),
    "VEN-05": (
        ["There is a quiet room next door.", "You can leave the room at any time."],
        ["The room is quiet and sunny."],
    ),
    "VEN-06": (
        ["The room is well lit with little background noise."],
        ["The room is big."],
    ),
    "VEN-07": (
        [
            "There are wheelchair spaces at the front.",
            "Seats are reserved for people who need them.",
        ],
        ["There are 40 chairs."],
    ),
    "VEN-08": (
        ["If the fire alarm sounds, Sam will help you to the refuge."],
        ["The fire service will talk about home safety."],
    ),
    "VEN-09": (
        ["Someone will meet you at reception.", "Doors open at 9.45am."],
        ["The meeting starts at 10am."],
    ),
    "VEN-10": (
        ["Assistance dogs are welcome."],
        ["Dogs are not allowed in the garden."],
    ),
    "VEN-11": (
        [
            "Lunch is provided.",
            "Tea, coffee and biscuits are provided.",
            "Tell us about any allergies or dietary requirements.",
        ],
        ["Food labelled with allergens is sold in the shop.", "There will be no lunch."],
    ),
    "ONL-02": (
        ["Join a practice call on Monday.", "Call Sam if you have trouble joining."],
        ["The call is on Monday."],
    ),
    "ONL-03": (
        ["Live captions will be on.", "A transcript will be shared afterwards."],
        ["There will be no captions.", "The capital plan is attached."],
    ),
    "ONL-05": (
        ["You can use the chat.", "Send us your questions in advance."],
        ["Everyone will speak in turn."],
    ),
    "ONL-06": (
        ["Cameras are optional.", "You do not have to turn on your camera."],
        ["Please turn on your camera."],
    ),
    "ONL-07": (
        ["The slides will be sent before the meeting."],
        ["There will be slides."],
    ),
    "ONL-08": (
        ["The poll we use works with a screen reader and a keyboard."],
        ["We will use a poll."],
    ),
    "HYB-01": (
        ["Priya is the online chair and will watch the chat."],
        ["Priya is the chair."],
    ),
    "AFT-01": (
        ["The minutes will be sent to everyone.", "An Easy Read summary will follow."],
        ["The minutes of the last meeting are attached for approval? No, they are tabled."],
    ),
    "AFT-02": (
        ["Please fill in the feedback form.", "Tell us how we did."],
        ["We got feedback from the council."],
    ),
    "AFT-03": (
        ["You will be paid by bank transfer within 10 working days."],
        ["You will be paid."],
    ),
}


def _pack(text: str) -> MeetingPapers:
    doc = make_document(text)
    return MeetingPapers(extract_agenda(doc), doc, ())


def _cases(which: int) -> list[object]:
    return [
        pytest.param(item, text, id=f"{item}-{k}")
        for item, pair in WORDS.items()
        for k, text in enumerate(pair[which])
    ]


@pytest.mark.parametrize(("item", "text"), _cases(0))
def test_flags_this(item: str, text: str) -> None:
    assert item_evidence(ITEMS[item], _pack(text))


@pytest.mark.parametrize(("item", "text"), _cases(1))
def test_leaves_this_alone(item: str, text: str) -> None:
    assert not item_evidence(ITEMS[item], _pack(text))


# --- the items the checklist works out (CALC), and the ASK item with nothing to find ----

CALC: dict[str, tuple[str, str]] = {
    "PLAN-03": ("Carers forum on Thursday 12 March 2026, 10am to 12pm", "Carers forum soon."),
    "PLAN-04": (
        "Carers forum on Thursday 12 March 2026, 10.30am to 12.30pm",
        "Carers forum on Thursday 12 March 2026, 8am to 9am",
    ),
    "PLAN-05": (
        "Sent: 1 February 2026\n\nCarers forum on Thursday 12 March 2026, 10am to 12pm",
        "Sent: 10 March 2026\n\nCarers forum on Thursday 12 March 2026, 10am to 12pm",
    ),
    "PLAN-06": (
        "Papers sent: 2 March 2026\n\nCarers forum on Thursday 12 March 2026, 10am to 12pm",
        "Carers forum on Thursday 12 March 2026, 10am to 12pm\n\nPapers to follow.",
    ),
    "PLAN-07": (
        "Carers forum agenda\n\n10:00 Welcome. Sam will say hello and explain the day.\n\n"
        "10:30 Bus passes. We will decide what to ask the council for.\n\n11:00 Close",
        "Carers forum agenda\n\n10:00 Welcome\n\n10:30 Bus passes\n\n11:00 Close",
    ),
    "PLAN-08": (
        "Carers forum agenda\n\n10:00 Welcome\n\n10:30 Bus passes\n\n11:00 Close",
        "Carers forum agenda\n\n- Welcome\n\n- Bus passes",
    ),
    "PLAN-09": (
        "Carers forum agenda\n\n10:00 Welcome\n\n10:45 Break\n\n11:00 Bus passes\n\n11:30 Close",
        "Carers forum agenda\n\n10:00 Welcome\n\n10:30 Bus passes\n\n12:30 Close",
    ),
    "PLAN-10": (
        "Carers forum on Thursday 12 March 2026, 10am to 12pm",
        "Carers forum on Thursday 12 March 2026, 9am to 5pm",
    ),
    "PLAN-17": (
        "We met on Tuesday. We talked about buses. Sam read the plan. Priya asked a question. "
        "We agreed to meet again.",
        "The partnership board, having considered the extensive consultation responses received "
        "from stakeholders across the integrated care system over the preceding quarter, resolved "
        "to defer its determination. " * 5,
    ),
    "PLAN-18": (
        "We will talk about the ICB (Integrated Care Board).",
        "The ICB and the PCN will report to the JSNA group.",
    ),
    "PLAN-19": ("Easy Read agenda\n\nWe will meet on Tuesday.", "Agenda\n\nWe will meet."),
    "ONL-04": ("BSL interpreters will be there.", "There will be no BSL interpreter."),
    "VEN-01": (
        "Venue: The Hub, Leeds LS2 7DZ. The nearest station is Leeds.",
        "Venue: The Hub, Leeds LS2 7DZ.",
    ),
    "ONL-01": (
        "Join on Zoom: https://zoom.us/j/123456. Join by phone: 0131 460 1196.",
        "We will meet on Zoom.",
    ),
    "HYB-02": (
        "The same papers will be e-mailed to everyone.",
        "Handouts on the day in the room.",
    ),
}


def _status(item: str, text: str) -> str:
    checklist = build_checklist(make_document(text), [], (), {}, mode="hybrid")
    return next(r.status for r in checklist.results if r.item.id == item)


@pytest.mark.parametrize(("item", "text"), [pytest.param(i, t[0], id=i) for i, t in CALC.items()])
def test_calc_flags_this(item: str, text: str) -> None:
    assert _status(item, text) == "found"


@pytest.mark.parametrize(("item", "text"), [pytest.param(i, t[1], id=i) for i, t in CALC.items()])
def test_calc_leaves_this_alone(item: str, text: str) -> None:
    assert _status(item, text) != "found"


def test_papers_in_an_untagged_pdf_are_not_editable() -> None:
    pdf = loaders.load(ROOT / "tests" / "data" / "structure" / "export-untagged.pdf")
    checklist = build_checklist(make_document("Agenda"), [pdf], (), {}, mode="hybrid")
    assert next(r.status for r in checklist.results if r.item.id == "PLAN-16") == "missing"
    alone = build_checklist(make_document("Agenda"), [], (), {}, mode="hybrid")
    assert next(r.status for r in alone.results if r.item.id == "PLAN-16") == "found"


def test_the_date_clash_question_names_the_date() -> None:
    found = build_checklist(make_document("Forum on Thursday 12 March 2026"), [], (), {})
    blank = build_checklist(make_document("Forum soon"), [], (), {})
    clash = next(r for r in found.results if r.item.id == "PLAN-27")
    assert clash.status == "ask" and "12 March 2026" in clash.detail
    assert "12 March" not in next(r for r in blank.results if r.item.id == "PLAN-27").detail


def test_respectful_language_is_always_a_question() -> None:
    assert _status("PLAN-26", "We will talk about the new clinic.") == "ask"


def test_the_agenda_fact_for_papers_in_advance() -> None:
    said = extract_agenda(
        make_document("The papers for our meetings are published a week before each meeting.")
    )
    assert said.papers_in_advance is not None
    assert "published a week before" in said.papers_in_advance.text
    asked = extract_agenda(make_document("Items for the agenda must be submitted a week before."))
    assert asked.papers_in_advance is None


def test_every_item_has_a_flags_and_a_leaves_case() -> None:
    covered = set(WORDS) | set(CALC) | {"PLAN-16", "PLAN-26", "PLAN-27"}
    assert covered == set(ITEMS)
    assert all(pair[0] and pair[1] for pair in WORDS.values())


# --- the phrase list itself ---------------------------------------------------------------


def test_the_phrase_list_is_tidy() -> None:
    text = open_wordlist(PHRASE_FILE)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0].keys()) == COLUMNS
    keys = [(r["item"], r["kind"], r["phrase"]) for r in rows]
    assert len(keys) == len(set(keys)), "a phrase is listed twice"
    items = [k[0] for k in keys]
    assert items == sorted(items), "rows are grouped by item, in order"
    for r in rows:
        assert r["item"] in ITEMS or r["item"] == "PAPERS", r
        assert r["source"] == "accessicheck team" and r["licence"] == "CC0-1.0", r
        assert r["phrase"] == r["phrase"].strip() and "  " not in r["phrase"], r
    assert len(load_phrases()) == len(rows)


@pytest.mark.parametrize(
    ("phrase", "text", "matches"),
    [
        pytest.param("step-free", "step free access", True, id="hyphen-or-space"),
        pytest.param("reimburse*", "we reimbursed it", True, id="prefix"),
        pytest.param("repeat the? questions", "repeat questions", True, id="optional-word"),
        pytest.param("let us know | tell us", "please tell us", True, id="ways-of-saying"),
        pytest.param("papers ... published", "papers for the forum are published", True, id="gap"),
        pytest.param(
            "papers ... published", "papers " + "x " * 9 + "published", False, id="gap-max"
        ),
        pytest.param("re:£\\d+", "£25", True, id="regex"),
        pytest.param("loop", "loophole", False, id="whole-words"),
    ],
)
def test_phrase_syntax(phrase: str, text: str, matches: bool) -> None:
    assert bool(compile_phrase(phrase).search(text)) is matches


@pytest.mark.parametrize(
    "row",
    [
        pytest.param("VEN-02,maybe,step-free,,accessicheck team,CC0-1.0", id="bad-kind"),
        pytest.param("VEN-02,find,a ...,,accessicheck team,CC0-1.0", id="dangling-gap"),
        pytest.param("VEN-02,find,re:(,,accessicheck team,CC0-1.0", id="bad-regex"),
    ],
)
def test_a_bad_row_is_named(row: str) -> None:
    with pytest.raises(PhraseDataError, match="row 2"):
        parse_phrases(",".join(COLUMNS) + "\n" + row + "\n")


def test_negation_is_in_the_same_sentence() -> None:
    finds = tuple(p for p in load_phrases() if p.item == "VEN-04" and p.kind == "find")
    assert find_in_text("There is no lift. The room has a hearing loop.", finds) is not None
    assert find_in_text("There is no hearing loop.", finds) is None


def test_the_readme_counts_the_phrases() -> None:
    from .conftest import ROOT

    text = (ROOT / "wordlists" / "README.md").read_text(encoding="utf-8")
    assert f"`{PHRASE_FILE}` | {len(load_phrases())} |" in text
