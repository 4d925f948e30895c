"""The chart of a plan's year: how far each counted measure (or each executor) has come,
the fact to date against the year's target in per cent, drawn with QPainter as horizontal
bars in the colour of the status, with a mark where the part of the year passed stands.

Only what is counted has a per cent: at least N, an exact count, a share, a recurring
period («ежеквартально» — four a year). A dated or qualitative measure has none.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop_app.domain.plan_target import (
    Fact,
    Target,
    TargetKind,
    TargetStatus,
    completed_quarters,
)
from desktop_app.views.plan_model import format_number, format_share

BAR_COLOURS = {
    TargetStatus.DONE: QColor("#3f8f4f"),
    TargetStatus.ON_TRACK: QColor("#4a7ab5"),
    TargetStatus.BEHIND: QColor("#d08a1c"),
    TargetStatus.FAILED: QColor("#9b1c1c"),
}
NEUTRAL = QColor("#8c8c8c")


def progress(target: Target | None, fact: Fact) -> float | None:
    """The fact to date against the year's target, per cent (None: not counted)."""
    if target is None:
        return None
    if target.kind is TargetKind.SHARE:
        if not target.value:
            return None
        share = fact.share()
        return 0.0 if share is None else 100.0 * share / target.value
    required = target.per_year()
    if not required:
        return None
    return 100.0 * fact.total / required


@dataclass(frozen=True)
class ChartBar:
    label: str  # «1.3 Предоставление…» or «УЭР»
    tip: str
    percent: float  # may pass 100
    status: TargetStatus | None


def item_bars(status) -> list[ChartBar]:
    """A bar per counted measure: its total (a target for all) or the mean of its
    executors, each capped at 100 % (a target for each)."""
    bars = []
    for item in status.items:
        if item.is_section or not item.executors:
            continue
        if item.per_executor:
            values = [progress(item.target, e.fact) for e in item.executors]
            if any(value is None for value in values):
                continue
            percent = sum(min(value, 100.0) for value in values) / len(values)
            lines = [
                f"{e.label}: {format_share(value)}"
                for e, value in zip(item.executors, values, strict=True)
            ]
        else:
            percent = progress(item.target, item.total)
            if percent is None:
                continue
            lines = [
                f"{e.label}: {format_number(e.fact.total)}"
                for e in item.executors
                if item.target.kind is not TargetKind.SHARE
            ]
        name = " ".join(item.name.split())
        tip = "\n".join([f"{item.number}. {name}", item.target_text, format_share(percent), *lines])
        bars.append(ChartBar(f"{item.number} {name}", tip, percent, item.status))
    return bars


def executor_bars(status) -> list[ChartBar]:
    """A bar per executor: the mean of its counted measures with a target of their own,
    each capped at 100 %; the status its worst."""
    order: list[int] = []
    values: dict[int, list[tuple[str, float, TargetStatus | None]]] = {}
    labels: dict[int, tuple[str, str]] = {}
    for item in status.items:
        if not item.per_executor:
            continue
        for executor in item.executors:
            value = progress(item.target, executor.fact)
            if value is None:
                continue
            if executor.unit_id not in values:
                order.append(executor.unit_id)
                values[executor.unit_id] = []
                labels[executor.unit_id] = (executor.label, executor.name)
            values[executor.unit_id].append((item.number, value, executor.status))
    bars = []
    worst_first = (
        TargetStatus.FAILED,
        TargetStatus.BEHIND,
        TargetStatus.ON_TRACK,
        TargetStatus.DONE,
    )
    for unit_id in order:
        lines = values[unit_id]
        percent = sum(min(value, 100.0) for _, value, _ in lines) / len(lines)
        statuses = [state for _, _, state in lines if state is not None]
        worst = next((state for state in worst_first if state in statuses), None)
        label, name = labels[unit_id]
        tip = "\n".join(
            [name, format_share(percent)]
            + [f"{number}: {format_share(value)}" for number, value, _ in lines]
        )
        bars.append(ChartBar(label, tip, percent, worst))
    return bars


class PlanChart(QWidget):
    """Horizontal bars 0–100 % (a bar past 100 % is drawn full, its figure says how far),
    a dashed line at the part of the year passed; the details of a bar in its tooltip."""

    GRID = QColor("#d6d6d6")
    TEXT = QColor("#333333")
    MUTED = QColor("#777777")
    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_chart")
        self.bars: list[ChartBar] = []
        self.expected: float | None = None  # per cent of the year passed, by quarters
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_bars(self, bars: list[ChartBar], year: int | None = None, today=None) -> None:
        self.bars = bars
        self.expected = (
            25.0 * completed_quarters(year, today) if year is not None and today else None
        )
        self.updateGeometry()
        self.update()

    def _top(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def sizeHint(self) -> QSize:
        return QSize(640, self._top() + max(len(self.bars), 1) * self.ROW + 24)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def _label_width(self) -> int:
        return min(max(int(self.width() * 0.42), 120), 520)

    def bar_at(self, point: QPoint) -> int | None:
        index = (point.y() - self._top()) // self.ROW
        if point.y() < self._top() or not 0 <= index < len(self.bars):
            return None
        return int(index)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.bar_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.bars[index].tip, self)
            return True
        return super().event(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        top = self._top()
        labels = self._label_width()
        figure = metrics.horizontalAdvance("100\u00a0%") + 12
        left = labels + 12
        width = max(self.width() - left - figure - 8, 40)
        bottom = top + max(len(self.bars), 1) * self.ROW
        for step in range(5):  # the scale: 0, 25, 50, 75, 100 %
            x = left + width * step / 4
            painter.setPen(QPen(self.GRID, 1))
            painter.drawLine(int(x), top - 2, int(x), bottom)
            painter.setPen(self.MUTED)
            painter.drawText(
                QRectF(x - 30, 2, 60, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                f"{25 * step}\u00a0%",
            )
        if not self.bars:
            painter.setPen(self.MUTED)
            painter.drawText(
                QRectF(0, top, self.width(), self.ROW),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No counted measures in this year"),
            )
            return
        for index, bar in enumerate(self.bars):
            y = top + index * self.ROW
            painter.setPen(self.TEXT)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, labels - 4)
            painter.drawText(
                QRectF(4, y, labels - 4, self.ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            length = width * min(bar.percent, 100.0) / 100.0
            colour = BAR_COLOURS.get(bar.status, NEUTRAL)
            painter.fillRect(QRectF(left, y + 4, max(length, 1.0), self.ROW - 8), colour)
            painter.setPen(self.TEXT)
            painter.drawText(
                QRectF(left + width + 6, y, figure, self.ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                format_share(round(bar.percent)),
            )
        if self.expected is not None:
            x = left + width * self.expected / 100.0
            pen = QPen(QColor("#444444"), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(int(x), top - 2, int(x), bottom)
