"""A real headless Chromium for the HTML report tests: axe-core checks and screenshots.

axe-core is read from a local file (the npm package), never from the web:
the file named by $AXE_CORE_JS, or node_modules/axe-core/axe.min.js in the
project folder (`npm install --no-save axe-core`). Chromium is Debian's
`chromium` package (or $CHROMIUM).

The page is copied with axe and a small script added at the end of the
body; Chromium loads it with --dump-dom, the script writes axe's results
into the page, and we read them back from the dumped page.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: WCAG 2.0, 2.1 and 2.2, levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]

RUNNER = """
<script>
axe.run(document, {runOnly: {type: "tag", values: %s}, resultTypes: ["violations"]})
  .then(function (r) { report(r.violations.map(function (v) {
      return {id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.map(function (n) { return n.target.join(" "); })}; })); })
  .catch(function (e) { report({error: String(e)}); });
function report(data) {
  var pre = document.createElement("pre");
  pre.id = "axe-result";
  pre.textContent = JSON.stringify(data);
  document.body.appendChild(pre);
}
</script>
"""


def chromium() -> str | None:
    return (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )


def axe_path() -> Path | None:
    for candidate in (
        os.environ.get("AXE_CORE_JS"),
        ROOT / "node_modules" / "axe-core" / "axe.min.js",
    ):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if chromium() is None:
        return "Chromium is not installed (Debian: apt-get install chromium)"
    if axe_path() is None:
        return "axe-core is not installed (npm install --no-save axe-core in the project folder)"
    return None


def _run(args: list[str], profile: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    exe = chromium()
    assert exe is not None
    return subprocess.run(
        [exe, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def axe_violations(html: str) -> list[dict[str, object]]:
    """axe-core's WCAG 2.2 A and AA violations on a page, from a real Chromium."""
    axe = axe_path()
    assert axe is not None
    script = f"<script>{axe.read_text(encoding='utf-8')}</script>" + RUNNER % json.dumps(WCAG_TAGS)
    page = html.replace("</body>", script + "</body>")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(page, encoding="utf-8")
        done = _run(
            ["--virtual-time-budget=30000", "--dump-dom", path.as_uri()], Path(tmp) / "profile"
        )
    found = re.search(r'<pre id="axe-result">(.*?)</pre>', done.stdout, re.S)
    if found is None:
        raise AssertionError(f"axe did not report. Chromium said: {done.stderr[-2000:]}")
    import html as htmllib

    data = json.loads(htmllib.unescape(found.group(1)))
    if isinstance(data, dict):
        raise AssertionError(f"axe failed: {data}")
    return data


def screenshot(html_path: Path, out: Path, width: int, height: int, zoom: float = 1.0) -> Path:
    """A PNG of the page at a window size and zoom (2.0 is 200%)."""
    with tempfile.TemporaryDirectory() as tmp:
        done = _run(
            [
                f"--window-size={width},{height}",
                f"--force-device-scale-factor={zoom}",
                f"--screenshot={out}",
                html_path.as_uri(),
            ],
            Path(tmp) / "profile",
        )
    if not out.exists():
        raise AssertionError(f"no screenshot. Chromium said: {done.stderr[-2000:]}")
    return out
