"""Bank statements as banks export them: CSV, OFX and QIF readers and CSV presets."""
