"""Rules about sentences and words (AC1xx): length, passive voice, hard words."""
