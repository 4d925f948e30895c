"""Files attached to a meeting or an agenda item: presentations, reports, drafts.

A file is copied into the storage folder next to the database (``<database>.files``), under
a name made of its SHA-256, so the record never points to a file that may move or be
edited, and the same file attached twice is stored once. The row keeps the original name.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import ValidationError
from desktop_app.store.meetings import get_meeting
from desktop_app.store.models import AgendaItem, Material

#: Larger files are refused: the storage is meant for documents, not video.
MAX_MATERIAL_BYTES = 200 * 1024 * 1024


def storage_dir(database_path: Path) -> Path:
    """``secretary.sqlite3`` → ``secretary.files`` beside it."""
    return database_path.with_name(database_path.stem + ".files")


@dataclass(frozen=True)
class MaterialRow:
    id: int
    item_id: int | None
    item_number: int | None
    file_name: str
    stored_name: str
    size: int
    added_at: datetime


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class StoredFile:
    file_name: str  # the original name
    stored_name: str  # relative to the storage folder
    size: int
    sha256: str


def store_file(storage: Path, source: Path) -> StoredFile:
    """Copy ``source`` into the storage under its SHA-256 (once per content). The copy is
    harmless if the transaction that records it then fails (an unreferenced file)."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError(f"файл «{source}» не найден", "Файл")
    size = source.stat().st_size
    if size > MAX_MATERIAL_BYTES:
        raise ValidationError(
            f"файл «{source.name}» больше {MAX_MATERIAL_BYTES // (1024 * 1024)} МБ", "Файл"
        )
    sha = file_sha256(source)
    stored_name = f"{sha[:2]}/{sha}{source.suffix.lower()}"
    target = storage / stored_name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        shutil.copyfile(source, partial)
        partial.replace(target)
    return StoredFile(source.name, stored_name, size, sha)


def attach_material(
    session: Session, storage: Path, meeting_id: int, source: Path, item_id: int | None = None
) -> int:
    """Copy ``source`` into the storage and record it."""
    get_meeting(session, meeting_id)
    if item_id is not None:
        item = session.get(AgendaItem, item_id)
        if item is None or item.meeting_id != meeting_id:
            raise ValidationError("этого вопроса нет в повестке заседания", "Вопрос")
    stored = store_file(storage, source)
    existing = session.scalar(
        select(Material.id).where(
            Material.meeting_id == meeting_id,
            Material.stored_name == stored.stored_name,
        )
    )
    if existing:
        raise ValidationError(f"файл «{stored.file_name}» уже приложен к заседанию", "Файл")
    # The same content attached to two meetings is one file with two rows.
    material = Material(
        meeting_id=meeting_id,
        item_id=item_id,
        file_name=stored.file_name,
        stored_name=stored.stored_name,
        size=stored.size,
        sha256=stored.sha256,
    )
    session.add(material)
    session.flush()
    return material.id


def material_path(storage: Path, material: MaterialRow) -> Path:
    return storage / material.stored_name


def materials(session: Session, meeting_id: int) -> list[MaterialRow]:
    rows = session.execute(
        select(Material, AgendaItem.position)
        .outerjoin(AgendaItem, Material.item_id == AgendaItem.id)
        .where(Material.meeting_id == meeting_id)
        .order_by(AgendaItem.position.nulls_first(), Material.id)
    )
    return [
        MaterialRow(m.id, m.item_id, position, m.file_name, m.stored_name, m.size, m.added_at)
        for m, position in rows
    ]


def remove_material(session: Session, material_id: int) -> None:
    """Forget the attachment. The stored copy stays in the storage folder: deleting a file
    cannot be rolled back with the transaction, and a copy nobody refers to harms nothing."""
    material = session.get(Material, material_id)
    if material is not None:
        session.delete(material)
