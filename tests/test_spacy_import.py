"""spaCy is imported without its command line, which still works when asked for.

Each test runs in a fresh Python, since the point is what a new process imports.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("spacy")


def _fresh(code: str) -> dict:
    """Run `code` in a new interpreter; it prints one JSON object."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_loading_the_model_leaves_spacys_command_line_out() -> None:
    out = _fresh(
        """
        import json, sys
        from accessicheck.language import nlp
        doc = nlp.pipeline()("The minutes were agreed by the group.")
        print(json.dumps({
            "tags": [t.tag_ for t in doc],
            "cli_modules": sorted(m for m in ("typer", "weasel", "requests", "httpx")
                                  if m in sys.modules),
        }))
        """
    )
    assert out["cli_modules"] == []
    assert out["tags"][:3] == ["DT", "NNS", "VBD"]


def test_spacy_info_and_the_command_line_still_work_after_it() -> None:
    out = _fresh(
        """
        import json, sys
        from accessicheck.language import nlp
        nlp.pipeline()
        import spacy
        info = spacy.info(silent=True)
        import spacy.cli
        from spacy.cli import setup_cli
        import spacy.cli.download
        download_module = sys.modules["spacy.cli.download"]
        print(json.dumps({
            "version": info["spacy_version"],
            "real": spacy.__version__,
            "cli_file": spacy.cli.__file__.replace("\\\\", "/"),
            "same": sys.modules["spacy.cli"] is spacy.cli,
            "setup": callable(setup_cli),
            "download": callable(download_module.download),
            "function": callable(spacy.cli.download),
            "typer": "typer" in sys.modules,
        }))
        """
    )
    assert out["version"] == out["real"]
    assert out["cli_file"].endswith("spacy/cli/__init__.py")
    assert out["same"] and out["setup"] and out["download"] and out["typer"]


def test_a_submodule_of_the_command_line_can_be_imported_first() -> None:
    out = _fresh(
        """
        import json, sys
        from accessicheck.language import spacy_import
        spacy = spacy_import.load()
        from spacy.cli.download import get_model_filename
        from spacy.cli import download
        module = sys.modules["spacy.cli.download"]
        print(json.dumps({"f": callable(get_model_filename), "d": download is module.download,
                          "once": spacy.cli.download_module is module}))
        """
    )
    # As in spaCy itself: `spacy.cli.download` is the function, the module is loaded once.
    assert out == {"f": True, "d": True, "once": True}


def test_spacy_imported_before_is_left_as_it_is() -> None:
    out = _fresh(
        """
        import json, sys, types
        import spacy
        from accessicheck.language import spacy_import
        same = spacy_import.load() is spacy
        print(json.dumps({"same": same, "typer": "typer" in sys.modules,
                          "kind": type(sys.modules["spacy.cli"]).__name__}))
        """
    )
    assert out == {"same": True, "typer": True, "kind": "module"}
