"""AC208: words that may be jargon — rare in everyday English, not in the glossary."""

from __future__ import annotations

from collections.abc import Iterator

from ... import glossary
from ...engine.registry import Hit, RuleContext, rule
from ...glossary.matcher import quoted_span
from ...glossary.unknown import DEFAULT_THRESHOLD, rare_words
from ...language.analysis import AnalysedDocument


@rule(
    "AC208",
    "possible-jargon",
    unit="document",
    severity="info",
    summary="A rare word that may be jargon",
    why="Every group has words that insiders use without noticing. A word that is rare in "
    "everyday English is likely to be one of them: explaining it, or using an everyday "
    "word, keeps new members in the conversation.",
    helps=("LD", "COG", "EAL", "NEW"),
    fails=("The survey analysis allowed for heteroscedasticity.",),
    passes=("The survey analysis allowed for uneven spread in the answers.",),
)
def possible_jargon(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A word that is rare in everyday English and is not in the glossary.

    Rarity comes from wordfreq's frequencies (the setting
    `jargon_zipf_threshold`, 2.5 by default: lower flags fewer words).
    Names, numbers, acronyms, capitalised words in running text, words in
    quotes and every glossary term (whatever its status) are left out. Each
    word is reported once per paper. If your readers know the word, add it to
    your glossary with status `allowed`; if not, explain it and add it with a
    plain explanation (`accessicheck glossary suggest` drafts the rows).
    """
    g = glossary.for_config(ctx.config)
    threshold = float(ctx.config.get("jargon_zipf_threshold", DEFAULT_THRESHOLD))
    seen: set[str] = set()
    for ablock in doc.blocks:
        toks = glossary.block_words(ablock)
        covered = {i for m in g.all_matches(ablock) for i in range(m.first, m.last + 1)}
        for i in rare_words(toks, threshold, covered, g.one_word):
            tok = toks[i]
            key = tok.lower
            if key in seen or quoted_span(ablock.text, tok.start, tok.end) or g.allows(tok.text):
                continue
            seen.add(key)
            yield Hit.on(
                ablock,
                f"'{tok.text}' may be jargon: it is rare in everyday English. If your readers "
                "may not know it, use an everyday word or explain it, and add it to the "
                "glossary with a plain explanation.",
                tok.start,
                tok.end,
            )
