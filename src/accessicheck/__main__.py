"""Run accessicheck with `python -m accessicheck`."""

from .cli import main

main()
