"""Text files as offices have them: the encoding of a .txt or .csv guessed from its bytes.

A roster saved from Word or Notepad on a Russian Windows PC is UTF-8 (with or without the
byte-order mark), UTF-16 («Юникод» in Notepad, always with the mark) or Windows-1251
(«ANSI»). Anything else — a .docx, a PDF, a picture renamed .txt — is refused with a
Russian message rather than read as garbage.

Plain Python: no Qt.
"""

from __future__ import annotations

import codecs
import re

from desktop_app.domain.errors import ValidationError

FIELD = "Файл"
#: A roster or a list is a few kilobytes; a bigger «text» file is not what was meant.
MAX_TEXT_FILE_BYTES = 2 * 1024 * 1024

_SIGNATURES = (
    (b"PK\x03\x04", "архив ZIP (документ Word .docx, книга Excel .xlsx или архив)"),
    (b"\xd0\xcf\x11\xe0", "документ Word или Excel старого формата (.doc, .xls)"),
    (b"%PDF", "документ PDF"),
    (b"{\\rtf", "документ RTF"),
    (b"\x89PNG", "рисунок PNG"),
    (b"\xff\xd8\xff", "рисунок JPEG"),
    (b"GIF8", "рисунок GIF"),
    (b"Rar!", "архив RAR"),
    (b"7z\xbc\xaf", "архив 7-Zip"),
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# Controls that do not occur in text (tab, line breaks and form feed do).
_BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def detect_encoding(data: bytes) -> str:
    """The name of the encoding of ``data`` as a person would call it: «UTF-8»,
    «UTF-16», «UTF-32» or «Windows-1251». ValidationError for what is not text."""
    return _decode(data)[1]


def decode_text(data: bytes) -> str:
    """The text of a .txt/.csv file: UTF-8 with or without the byte-order mark, UTF-16 or
    UTF-32 with the mark (UTF-16 without it when it is plainly UTF-16), else Windows-1251.
    The mark is not part of the text; line breaks are kept as they are.

    Raises ValidationError (field «Файл») with a Russian message for a file that is too
    big, or is not text at all (a Word document, a PDF, a picture …).
    """
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str, str]:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ValidationError(f"ожидается содержимое файла, а не {type(data).__name__}", FIELD)
    data = bytes(data)
    if len(data) > MAX_TEXT_FILE_BYTES:
        raise ValidationError(
            f"файл слишком большой для текста ({len(data) // 1024} КБ, допустимо не больше "
            f"{MAX_TEXT_FILE_BYTES // 1024} КБ): выберите текстовый файл с составом",
            FIELD,
        )
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise ValidationError(
                f"это {what}, а не текст: сохраните документ как «Обычный текст (*.txt)» "
                "или скопируйте текст и вставьте его в окно",
                FIELD,
            )
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), label)
            except UnicodeDecodeError:
                raise ValidationError(
                    f"файл начинается с метки {label}, но не читается в этой кодировке: "
                    "файл поврежден",
                    FIELD,
                ) from None
    if _looks_like_utf16le(data):
        return _checked(data.decode("utf-16-le"), "UTF-16")
    try:
        return _checked(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        pass
    try:
        return _checked(data.decode("cp1251"), "Windows-1251")
    except UnicodeDecodeError:
        # cp1251 leaves only 0x98 undefined: such a file is not Russian text.
        raise ValidationError(
            "не удалось определить кодировку файла: ожидается текст в UTF-8, UTF-16 или "
            "Windows-1251",
            FIELD,
        ) from None


def _looks_like_utf16le(data: bytes) -> bool:
    """UTF-16 without the mark: every second byte of Latin or Cyrillic text is 0x00 or
    0x04."""
    if len(data) < 4 or len(data) % 2:
        return False
    high = data[1::2]
    if high.count(0) + high.count(4) < 0.9 * len(high) or data[::2].count(0) > 0.1 * len(high):
        return False
    try:
        data.decode("utf-16-le")
    except UnicodeDecodeError:
        return False
    return True


def _checked(text: str, label: str) -> tuple[str, str]:
    """Refuse decoded «text» that is binary data: NUL bytes, or many control characters."""
    controls = len(_BINARY_CONTROL.findall(text))
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise ValidationError(
            "файл содержит двоичные данные, а не текст: выберите текстовый файл (.txt, .csv)",
            FIELD,
        )
    return text, label
