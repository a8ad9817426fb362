"""Run accessicheck with `python -m accessicheck` (the same as the `accessicheck` command)."""

from .cli.process_exit import run

# Guarded: worker processes (--jobs) import this module again under another name.
if __name__ == "__main__":
    run()
