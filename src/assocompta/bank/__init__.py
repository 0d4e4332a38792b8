"""Bank statements as banks export them (CSV today; OFX and QIF come with their readers)."""
