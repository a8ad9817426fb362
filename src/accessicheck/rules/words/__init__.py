"""Rules about jargon, acronyms and inclusive language (AC2xx, AC3xx)."""
