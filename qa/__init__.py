"""Question answering above the index: red-flag triage, answer composition and evaluation."""
