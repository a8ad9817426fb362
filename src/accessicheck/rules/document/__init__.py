"""Rules about the document itself (AC4xx): Word, PDF, PowerPoint and Markdown structure."""
