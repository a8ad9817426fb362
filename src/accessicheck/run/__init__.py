"""Running a check over many files: finding them, caching results, one process a file."""
