"""The command line: options and output only; the work is done by `accessicheck.api`.

`main` is the `accessicheck` command (see [project.scripts]).
"""

from .commands import main

__all__ = ["main"]
