"""Plain-language rewrites: the better sentence, not just a flag.

`rewrite_document(adoc, config)` runs the checks over an analysed document,
turns the findings it can act on into `Edit`s (one small module per
transformation in `transforms/`), applies the ones that do not overlap,
re-parses every rewritten sentence in one batch and keeps only rewrites that
pass the safety checks (`safety`). `docx_tracked` writes a Word copy with each
rewrite as a tracked change and a comment. No language model service is used.
See docs/rewrite.md.
"""

from __future__ import annotations

from .rewriter import SentenceRewrite, rewrite_document, rewrite_documents

__all__ = ["SentenceRewrite", "rewrite_document", "rewrite_documents"]
