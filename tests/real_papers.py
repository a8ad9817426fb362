"""Real papers to run the language model over: the examples, the test papers, and
public documents from the shared corpus (beside the project, when it is there)."""

from __future__ import annotations

from pathlib import Path

from accessicheck.api import load_documents
from accessicheck.core.config import load as load_config
from accessicheck.engine import registry

from .conftest import CORPUS, ROOT

PAPERS = sorted(
    p
    for pattern in ("examples/*.*", "tests/data/**/*.md", "tests/data/**/*.txt")
    for p in ROOT.glob(pattern)
    if p.suffix in {".md", ".txt", ".docx", ".pdf", ".pptx"}
)
#: Forty Word, PDF and PowerPoint files of the shared corpus, the smaller ones.
CORPUS_PAPERS = sorted(
    p
    for p in CORPUS.glob("**/*")
    if p.suffix in {".docx", ".pdf", ".pptx"} and p.stat().st_size < 400_000
)[:40]


def block_texts(paths: list[Path]) -> list[str]:
    """The text of every block of these papers, as accessicheck reads them."""
    config = load_config(rules=registry.all_rules(), isolated=True)
    texts: list[str] = []
    for document in load_documents(paths, config):
        texts.extend(block.text for block in document.blocks)
    return texts
