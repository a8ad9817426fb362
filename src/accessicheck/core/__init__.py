"""The core values every part shares: documents, blocks, findings, facts, settings."""
