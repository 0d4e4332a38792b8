"""Data shipped with AssoCompta (charts of accounts, report layouts, icons)."""
