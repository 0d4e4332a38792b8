"""The domain stays pure Python: no Qt, no SQLAlchemy (imports point down only)."""

import ast
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "src" / "assocompta" / "domain"
FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "sqlite3", "openpyxl", "reportlab")


def test_domain_imports_no_framework():
    offenders = []
    for path in DOMAIN.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []
    assert len(list(DOMAIN.glob("*.py"))) >= 5
