"""Print preview of any printed document: the PDF the document builder made, shown with
QtPdf, printed through the system print dialog, or saved as a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.messages import show_error


class PrintPreviewDialog(QDialog):
    def __init__(
        self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print_preview")
        self.setWindowTitle(self.tr("Print preview — {0}").format(title))
        self.pdf = pdf
        self.file_name = file_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save_pdf)
        self.pages_label = QLabel(self.tr("Pages: {0}").format(self.document.pageCount()))
        zoom_in = QPushButton("+")
        zoom_in.setToolTip(self.tr("Zoom in"))
        zoom_in.clicked.connect(lambda: self._zoom(1.25))
        zoom_out = QPushButton("−")
        zoom_out.setToolTip(self.tr("Zoom out"))
        zoom_out.clicked.connect(lambda: self._zoom(0.8))
        for widget in (self.print_button, self.save_button, zoom_out, zoom_in, self.pages_label):
            bar.addWidget(widget)
        bar.addStretch()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bar.addWidget(close)
        layout.addLayout(bar)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        self.resize(900, 1000)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.file_name, self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(self.pdf)
        except OSError as error:
            show_error(
                self, self.tr("Could not save the file «{0}»: {1}").format(path, error.strerror)
            )

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        # QPrintDialog.open is overloaded (a receiver and a slot) in PySide6: the plain one.
        QDialog.open(dialog)

    def print_to(self, printer: QPrinter) -> None:
        """Paint every page at the printer's resolution on white (QtPdf renders transparent)."""
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, self.tr("The printer could not be started."))
            return
        try:
            first, last = printer.fromPage(), printer.toPage()
            pages = range(self.document.pageCount())
            if first > 0:
                pages = range(
                    first - 1, min(last or self.document.pageCount(), self.document.pageCount())
                )
            target = painter.viewport()
            for number, page in enumerate(pages):
                if number:
                    printer.newPage()
                size_pt = self.document.pagePointSize(page)
                dpi = min(printer.resolution(), 300)
                image_size = QSize(
                    int(size_pt.width() / 72 * dpi), int(size_pt.height() / 72 * dpi)
                )
                rendered = self.document.render(page, image_size)
                page_image = QImage(image_size, QImage.Format.Format_RGB32)
                page_image.fill(QColor("white"))
                image_painter = QPainter(page_image)
                try:
                    image_painter.drawImage(QPointF(0, 0), rendered)
                finally:
                    image_painter.end()
                scaled = page_image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(
                    target.topLeft().x(),
                    target.topLeft().y(),
                    page_image.scaled(
                        scaled,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    ),
                )
        finally:
            painter.end()
