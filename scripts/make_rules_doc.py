"""Write docs/rules.md from the rule registry (run after changing a rule).

python scripts/make_rules_doc.py
"""

from __future__ import annotations

from pathlib import Path

from accessicheck.reporters import rules_markdown

TARGET = Path(__file__).resolve().parents[1] / "docs" / "rules.md"

if __name__ == "__main__":
    TARGET.write_text(rules_markdown.render(), encoding="utf-8")
    print(f"Wrote {TARGET.name}.")
