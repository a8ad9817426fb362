"""Run accessicheck with `python -m accessicheck`."""

from .cli import main

# Guarded: worker processes (--jobs) import this module again under another name.
if __name__ == "__main__":
    main()
