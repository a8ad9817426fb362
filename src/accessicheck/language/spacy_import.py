"""Import spaCy without importing its own command line.

`import spacy` also imports spaCy's command line (`spacy.cli`) for the one
`spacy.info` function: typer, weasel, requests, httpx and about 350 modules
in all, about 0.2 s of every start of accessicheck, which never uses them.

`load` puts two stand-ins in their place before spaCy is imported. Neither
imports anything until used; the first use of anything in them (for
example `spacy.info()`, `spacy.cli.download` or `from spacy.cli import
app`) imports the real command line and hands over to it, so code in the
same process that wants spaCy's command line still gets it.

If spaCy is already imported, `load` changes nothing.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
import types
from typing import Any

_CLI = "spacy.cli"
_INFO = "spacy.cli.info"


class _StandIn(types.ModuleType):
    """A module that imports the real one when anything in it is asked for."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # the import system's own questions
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and value.__name__ == f"{self.__name__}.{name}":
            # The import system naming a submodule imported through the stand-in
            # (`import spacy.cli.download`). Left to the real package, whose own
            # names may differ: its `download` is a function, not the module.
            return
        super().__setattr__(name, value)


def _info(*args: Any, **kwargs: Any) -> Any:
    """spaCy's `spacy.info`, from its real command line."""
    return _real(_INFO).info(*args, **kwargs)


def _real(name: str) -> types.ModuleType:
    """The real module `name` (spacy.cli or spacy.cli.info), imported now."""
    for held in (_INFO, _CLI):
        if isinstance(sys.modules.get(held), _StandIn):
            del sys.modules[held]
    real_cli = importlib.import_module(_CLI)
    spacy = sys.modules["spacy"]
    spacy.cli = real_cli  # type: ignore[attr-defined]
    return importlib.import_module(name)


def _stand_ins() -> bool:
    """Put the stand-ins in sys.modules. False when spaCy cannot be found."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return False
    cli_spec = importlib.machinery.PathFinder.find_spec(_CLI, spec.submodule_search_locations)
    if cli_spec is None or not cli_spec.submodule_search_locations:
        return False
    cli = _StandIn(_CLI, "spaCy's command line, imported when first used")
    cli.__spec__ = cli_spec
    # Submodules (`import spacy.cli.download`) are still found where they are.
    cli.__path__ = list(cli_spec.submodule_search_locations)
    info = _StandIn(_INFO)
    info.__spec__ = importlib.machinery.PathFinder.find_spec(_INFO, cli.__path__)
    info.info = _info  # type: ignore[attr-defined]
    sys.modules[_CLI] = cli
    sys.modules[_INFO] = info
    return True


def load() -> types.ModuleType:
    """The spacy package, imported without its command line if not yet imported."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    placed = _stand_ins()
    try:
        import spacy
    except BaseException:
        for name in (_INFO, _CLI):
            if isinstance(sys.modules.get(name), _StandIn):
                del sys.modules[name]
        raise
    if placed and not isinstance(getattr(spacy, "cli", None), types.ModuleType):
        # The import system found the stand-in already in place, so it did not
        # name it on the package: do it here, so `spacy.cli` works as before.
        spacy.cli = sys.modules[_CLI]  # type: ignore[attr-defined]
    return spacy
