"""accessicheck: check meeting papers for accessibility and plain English."""

__version__ = "0.1.0"
