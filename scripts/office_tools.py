"""What the scripts that build test files share: LibreOffice and Word files.

Used by examples/make_examples.py, the make scripts in tests/data/ and
benchmarks/bench_check.py. Each of them puts this folder on `sys.path`.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from typing import Any

#: The zip timestamp written into every .docx, so a script gives the same bytes.
ZIP_TIME = (2026, 2, 20, 9, 30, 0)


def find_soffice(*, required: bool = False) -> str | None:
    """LibreOffice's `soffice`: the SOFFICE environment variable, or the PATH."""
    found = os.environ.get("SOFFICE") or shutil.which("soffice") or shutil.which("libreoffice")
    if found is None and required:
        raise SystemExit("LibreOffice (soffice) is needed. Install it, or set SOFFICE to it.")
    return found


def convert(
    sources: list[Path],
    out_dir: Path,
    target: str = "pdf",
    *,
    soffice: str | None = None,
    timeout: float = 300,
) -> list[Path]:
    """`soffice --convert-to TARGET` in a private profile, so it never clashes
    with another LibreOffice. Returns the files written; raises if one is missing.

    A brand-new profile sometimes makes the first start exit early, so a
    conversion that wrote nothing is tried once more.
    """
    soffice = soffice or find_soffice(required=True)
    assert soffice is not None
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = "." + target.split(":", 1)[0]
    wanted = [out_dir / (source.stem + suffix) for source in sources]
    with tempfile.TemporaryDirectory(prefix="accessicheck-lo-") as profile:
        cmd = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(out_dir),
            *map(str, sources),
        ]
        for _attempt in range(2):
            result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
            if all(path.exists() for path in wanted):
                return wanted
    missing = ", ".join(path.name for path in wanted if not path.exists())
    raise RuntimeError(
        f"LibreOffice did not write {missing}: {result.stderr.strip() or result.stdout.strip()}"
    )


def save_docx(document: Any, path: Path, date_time: tuple[int, ...] = ZIP_TIME) -> None:
    """Save a python-docx document with fixed zip timestamps (same script, same bytes)."""
    buf = io.BytesIO()
    document.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=date_time)  # type: ignore[arg-type]
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())
