"""Rules about the agenda and the meeting (AC5xx): times, breaks, notice, joining details."""
