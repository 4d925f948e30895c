"""The registries' documents on the command line (issue 5):

    commission-secretary export passport --db PATH --project ID [--date ДД.ММ.ГГГГ]
        --out FILE                                            (.pdf or .docx)
    commission-secretary export lean-table --db PATH --unit UNIT [--body BODY]
        --date ДД.ММ.ГГГГ --out FILE                          (.pdf or .xlsx)

UNIT is the executor unit's code, its name or its short name («УО»); with several bodies
holding a unit of that name, --body says whose. Hooked into ``cli.build_parser`` by
``add_registry_commands(kinds, database)``.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path


def add_registry_commands(kinds, database: argparse.ArgumentParser) -> None:
    passport = kinds.add_parser(
        "passport", parents=[database], help="паспорт лин-проекта (PDF или DOCX)"
    )
    passport.add_argument(
        "--project", required=True, type=int, metavar="ID", help="код лин-проекта"
    )
    passport.add_argument(
        "--date", metavar="ДД.ММ.ГГГГ", help="статус на дату (по умолчанию — сегодня)"
    )
    passport.add_argument(
        "--out", required=True, type=Path, metavar="ФАЙЛ", help="файл: .pdf или .docx"
    )
    passport.set_defaults(handler=_export_passport)

    table = kinds.add_parser(
        "lean-table",
        parents=[database],
        help="общие сведения о проводимых лин-проектах исполнителя (PDF или XLSX)",
    )
    table.add_argument(
        "--unit",
        required=True,
        metavar="ИСПОЛНИТЕЛЬ",
        help="код исполнителя, его наименование или сокращение",
    )
    table.add_argument("--body", metavar="ОРГАН", help="код органа или его краткое наименование")
    table.add_argument("--date", required=True, metavar="ДД.ММ.ГГГГ", help="по состоянию на")
    table.add_argument(
        "--out", required=True, type=Path, metavar="ФАЙЛ", help="файл: .pdf или .xlsx"
    )
    table.set_defaults(handler=_export_lean_table)


def find_unit(session, reference: str, body_id: int | None) -> int:
    """A unit's id from its id, name or short name (within ``body_id`` when given);
    LookupError (Russian) when there is none or more than one."""
    from sqlalchemy import select

    from desktop_app.store.models import ExecutorUnit

    reference = reference.strip()
    query = select(ExecutorUnit.id, ExecutorUnit.name, ExecutorUnit.short_name)
    if body_id is not None:
        query = query.where(ExecutorUnit.body_id == body_id)
    units = session.execute(query).all()
    if reference.isascii() and reference.isdigit() and len(reference) <= 15:
        for unit_id, _, _ in units:
            if unit_id == int(reference):
                return unit_id
    folded = reference.casefold()
    # SQLite folds only Latin letters: «уэр» is matched here
    ids = [
        unit_id
        for unit_id, name, short_name in units
        if folded in (name.casefold(), short_name.casefold())
    ]
    if not ids:
        raise LookupError(
            f"Исполнитель «{reference}» не найден: укажите его код, наименование или сокращение"
        )
    if len(ids) > 1:
        raise LookupError(
            f"Исполнителей «{reference}» несколько (в разных органах): укажите орган --body"
        )
    return ids[0]


def _write(kind: str, make_data, args: argparse.Namespace) -> int:
    from desktop_app.cli import write_document
    from desktop_app.documents.registry_export import KINDS

    return write_document(KINDS, kind, make_data, args)


def _day(text: str | None) -> date:
    from desktop_app.domain.dates import parse_date

    return parse_date(text) if text else date.today()


def _export_passport(args: argparse.Namespace) -> int:
    from desktop_app.store.models import LeanProject
    from desktop_app.store.registries import passport_data

    on = _day(args.date)

    def data(session):
        if session.get(LeanProject, args.project) is None:
            raise LookupError(f"Лин-проект с кодом {args.project} не найден")
        return passport_data(session, args.project, on)

    return _write("passport", data, args)


def _export_lean_table(args: argparse.Namespace) -> int:
    from desktop_app.cli import _body_or_all
    from desktop_app.store.registries import lean_table

    on = _day(args.date)

    def data(session):
        unit_id = find_unit(session, args.unit, _body_or_all(session, args.body))
        return lean_table(session, unit_id, on)

    return _write("lean-table", data, args)
