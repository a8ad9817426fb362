"""Run accessicheck with `python -m accessicheck` (the same as the `accessicheck` command)."""

from .cli import main

if __name__ == "__main__":
    main()
