"""Profiles: named sets of targets for different readers.

- `plain` (the default): public papers for a co-produced meeting.
- `easy-read`: papers for people with a learning disability (stricter).
- `professional`: papers mainly for staff (looser).

Sources for the figures are in docs/targets.md. Rules read their limits from
their options; a profile overrides those options (see each rule's
`profiles=`), and `targets` below feed the readability rules and reports.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Targets:
    """What a paper should reach under a profile."""

    max_reading_age: float  # UK reading age = Flesch-Kincaid grade + 5
    min_reading_ease: float  # Flesch Reading Ease
    max_average_sentence_length: float  # words
    min_body_font_pt: float  # for the document-structure checks

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


PROFILES: dict[str, Targets] = {
    # NHS, Patient Information Forum and GOV.UK: reading age 9 to 11 for the
    # public; Flesch 60+ is "plain English"; Oxford Guide: 15-20 words.
    "plain": Targets(11, 60, 20, 12),
    # GOV.UK Easy Read guidance and Department of Health (2009): at most 15
    # words a sentence, 14-18pt text (16 by default).
    "easy-read": Targets(9, 70, 15, 16),
    # Our own looser setting for papers mainly read by staff.
    "professional": Targets(14, 50, 25, 11),
}


def targets(profile: str) -> Targets:
    return PROFILES[profile]
