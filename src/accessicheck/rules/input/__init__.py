"""Problems reading the input (AC9xx) and suppressions that hide nothing."""
