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
    p.translate(size, size)
    p.rotate(35)  # slanted, as a paperclip usually lies on a sheet
    p.translate(-size, -size)
    pen = QPen(QColor("#37474f"), 1.4 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    # Outer loop down, round the bottom, up the left, round the top, then the inner loop.
    path = QPainterPath(QPointF(11 * s, 4 * s))
    path.lineTo(11 * s, 11.5 * s)
    path.arcTo(QRectF(5 * s, 8.5 * s, 6 * s, 6 * s), 0, -180)
    path.lineTo(5 * s, 3.5 * s)
    path.arcTo(QRectF(5 * s, 1.5 * s, 4 * s, 4 * s), 180, -180)
    path.lineTo(9 * s, 10.5 * s)
    path.arcTo(QRectF(7 * s, 9.5 * s, 2 * s, 2 * s), 0, -180)
    path.lineTo(7 * s, 5 * s)
    p.drawPath(path)
    p.end()
    return QIcon(pixmap)
