"""AssoCompta: bookkeeping and budgets for French associations (loi 1901)."""

__version__ = "0.1.0"
