"""The serif family every printed PDF uses: Liberation Serif, shipped in ``resources/fonts/``.

Liberation Serif has Cyrillic and the metrics of Times New Roman, so a PDF printed by the
program looks like the same text typed in Word. reportlab's built-in faces have no
Cyrillic: call :func:`register_fonts` before building any flowable (page.py does it).
Registration is lazy, done once per process and safe to call from several threads.
"""

from __future__ import annotations

import threading

from desktop_app.resources import font_path

#: The family name used in ParagraphStyle.fontName; <b> and <i> map to the faces below.
SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FACES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


class FontMissingError(RuntimeError):
    """A font file the program ships is not where it should be (a broken install)."""


def register_fonts() -> str:
    """Register the four faces and the family with reportlab; return the family name.

    Idempotent: the files are read the first time only.
    """
    global _registered
    if _registered:
        return SERIF
    with _lock:
        if _registered:
            return SERIF
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for face, file_name in _FACES.items():
            path = font_path(file_name)
            if not path.is_file():
                raise FontMissingError(
                    f"Не найден шрифт {file_name} (ожидался в {path.parent}): "
                    "переустановите программу"
                )
            pdfmetrics.registerFont(TTFont(face, str(path)))
        pdfmetrics.registerFontFamily(
            SERIF,
            normal=SERIF,
            bold=SERIF_BOLD,
            italic=SERIF_ITALIC,
            boldItalic=SERIF_BOLD_ITALIC,
        )
        _registered = True
    return SERIF
