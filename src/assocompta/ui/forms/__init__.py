"""Python forms generated from ``forms/*.ui`` by ``python scripts/build_ui.py``: do not edit."""
