"""The command line: options and output only; the work is done by `accessicheck.api`."""
