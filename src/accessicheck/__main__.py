"""Run accessicheck with `python -m accessicheck` (the same as the `accessicheck` command)."""

from .cli.commands import main

# Guarded: worker processes (--jobs) import this module again under another name.
if __name__ == "__main__":
    main()
