"""What CI jobs use: a baseline of old findings, files changed since a git ref, shards."""
