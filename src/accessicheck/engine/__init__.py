"""The rule registry, the engine that runs rules over analysed documents, and results."""
