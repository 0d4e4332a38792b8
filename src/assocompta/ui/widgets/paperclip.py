"""The paperclip that marks entries with justificatifs, drawn in code (no icon file to ship)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


@cache
def paperclip_icon(size: int = 16) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: crisp on HiDPI too
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size * 2 / 16
    pen = QPen(QColor("#4a5a6a"), 1.6 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    path = QPainterPath(QPointF(10 * s, 5 * s))
    path.lineTo(10 * s, 12 * s)
    path.arcTo(QRectF(6 * s, 10 * s, 4 * s, 4 * s), 0, -180)
    path.lineTo(6 * s, 3.5 * s)
    path.arcTo(QRectF(6 * s, 1.5 * s, 6 * s, 4 * s), 180, -180)
    path.lineTo(12 * s, 12.5 * s)
    path.arcTo(QRectF(4 * s, 8.5 * s, 8 * s, 6 * s), 0, -180)
    path.lineTo(4 * s, 6 * s)
    p.drawPath(path)
    p.end()
    return QIcon(pixmap)
