"""Run rules over analysed documents and collect findings.

The engine makes one pass per document and hands each rule only the units it
asked for (sentences, blocks or the whole document). It turns each `Hit` into
a `Finding` with a full location. A rule that fails on odd input becomes an
AC900 finding rather than stopping the run, unless `strict` is set (tests).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from ..core.config import Config
from ..core.model import Finding, Location, Severity
from ..language.analysis import AnalysedDocument
from .registry import Hit, Rule, RuleContext, select

EXCERPT_CHARS = 160


def active_rules(all_rules: dict[str, Rule], config: Config) -> list[Rule]:
    """Rules selected by the config and not switched off."""
    chosen = select(all_rules, config["select"], config["ignore"])
    return [r for r in chosen if config.rule_settings(r.code).get("enabled", True)]


def _excerpt(text: str, start: int | None, end: int | None) -> str:
    snippet = text if start is None or end is None else text[start:end]
    snippet = " ".join(snippet.split())
    if len(snippet) > EXCERPT_CHARS:
        snippet = snippet[: EXCERPT_CHARS - 1].rstrip() + "…"
    return snippet


def to_finding(rule: Rule, hit: Hit, doc: AnalysedDocument, severity: Severity) -> Finding:
    """Turn a rule's hit into a finding with a full location."""
    if hit.location is not None:
        loc = replace(hit.location, start=hit.start, end=hit.end)
        excerpt = hit.excerpt if hit.excerpt is not None else _excerpt(hit.text, hit.start, hit.end)
    else:
        loc = Location(path=doc.path)
        excerpt = hit.excerpt or ""
    return Finding(
        code=rule.code,
        slug=rule.slug,
        severity=hit.severity or severity,
        message=hit.message,
        location=loc,
        excerpt=excerpt,
        suggestions=hit.suggestions,
        why=rule.why,
    )


def _hits(rule: Rule, doc: AnalysedDocument, ctx: RuleContext) -> Iterable[Hit]:
    if rule.unit == "document":
        yield from rule.check(doc, ctx)
    elif rule.unit == "block":
        for ab in doc.blocks:
            for hit in rule.check(ab, ctx):
                yield hit.placed(ab)
    else:
        for ab in doc.blocks:
            for sentence in ab.sentences:
                for hit in rule.check(sentence, ctx):
                    yield hit.placed(ab)


def run_rules(
    doc: AnalysedDocument,
    rules: Sequence[Rule],
    config: Config,
    *,
    strict: bool = False,
    rule_done: Callable[[], None] | None = None,
) -> list[Finding]:
    """All findings for one analysed document, in reading order.

    `rule_done()`, if given, is called after each rule, for a progress bar.
    """
    findings: list[Finding] = []
    for rule in rules:
        settings = config.rule_settings(rule.code)
        overrides = {k: v for k, v in settings.items() if k in rule.options}
        ctx = RuleContext(rule.options_for(config.profile, overrides), config.profile, config.data)
        severity = Severity(settings.get("severity", rule.severity.value))
        try:
            for hit in _hits(rule, doc, ctx):
                finding = to_finding(rule, hit, doc, severity)
                if "severity" in settings:  # the user's setting wins over the rule's choice
                    finding = finding.with_severity(severity)
                findings.append(finding)
        except MemoryError:  # the file's memory cap: `parallel` reports the file
            raise
        except Exception as error:  # noqa: BLE001 - one rule must not stop the run
            if strict:
                raise
            findings.append(internal_error(doc.path, rule, error))
        if rule_done is not None:
            rule_done()
    findings.sort(key=Finding.sort_key)
    return findings


def internal_error(path: str, rule: Rule, error: Exception) -> Finding:
    return Finding(
        code="AC900",
        slug="internal-error",
        severity=Severity.WARNING,
        message=(
            f"accessicheck could not finish rule {rule.code} ({rule.slug}) on this file "
            f"({type(error).__name__}). The other rules still ran. Please report this "
            "with the file if you can share it."
        ),
        location=Location(path=path),
    )
