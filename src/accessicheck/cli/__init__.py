"""The command line: options and output only; the work is done by `accessicheck.api`.

`run` is the `accessicheck` command (see [project.scripts]) and `python -m
accessicheck`; `main` is the click command group it runs (tests call it).
"""

from .commands import main
from .process_exit import run

__all__ = ["main", "run"]
