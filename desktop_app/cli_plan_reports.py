"""The plan's documents on the command line (issue 5):

    commission-secretary export plan-note --db PATH --body BODY --year Y --quarter Q
        [--plan ID] [--date ДД.ММ.ГГГГ] --out FILE        (.pdf, .xlsx or .docx)
    commission-secretary export year-report --db PATH --body BODY --year Y
        [--date ДД.ММ.ГГГГ] --out FILE                    (.pdf, .docx or .xlsx)

Hooked into ``cli.build_parser`` by ``add_plan_report_commands(kinds, database)``.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path


def add_plan_report_commands(kinds, database: argparse.ArgumentParser) -> None:
    note = kinds.add_parser(
        "plan-note",
        parents=[database],
        help="аналитическая информация о выполнении плана мероприятий за квартал "
        "(PDF, XLSX или DOCX)",
    )
    _body(note)
    _year(note)
    note.add_argument(
        "--quarter", required=True, type=int, choices=(1, 2, 3, 4), metavar="Q", help="квартал 1–4"
    )
    note.add_argument(
        "--plan", type=int, metavar="ID", help="код плана; без него — план органа на этот год"
    )
    _date(note)
    note.add_argument(
        "--out", required=True, type=Path, metavar="ФАЙЛ", help="файл: .pdf, .xlsx или .docx"
    )
    note.set_defaults(handler=_export_plan_note)

    report = kinds.add_parser(
        "year-report", parents=[database], help="отчет о работе органа за год (PDF, DOCX или XLSX)"
    )
    _body(report)
    _year(report)
    _date(report)
    report.add_argument(
        "--out", required=True, type=Path, metavar="ФАЙЛ", help="файл: .pdf, .docx или .xlsx"
    )
    report.set_defaults(handler=_export_year_report)


def _body(command) -> None:
    command.add_argument(
        "--body", required=True, metavar="ОРГАН", help="код органа или его краткое наименование"
    )


def _year(command) -> None:
    command.add_argument("--year", required=True, type=int, metavar="ГОД", help="год")


def _date(command) -> None:
    command.add_argument(
        "--date", metavar="ДД.ММ.ГГГГ", help="по состоянию на дату (по умолчанию — сегодня)"
    )


def _as_of(args: argparse.Namespace) -> date:
    from desktop_app.domain.dates import parse_date

    return parse_date(args.date) if args.date else date.today()


def _write(kind: str, make_data, args: argparse.Namespace) -> int:
    from desktop_app.cli import write_document
    from desktop_app.documents.plan_export import KINDS

    as_of = _as_of(args)
    return write_document(KINDS, kind, lambda session: make_data(session, as_of), args)


def _export_plan_note(args: argparse.Namespace) -> int:
    from desktop_app.domain.errors import ValidationError
    from desktop_app.store.bodies import find_body
    from desktop_app.store.plan_reports import plan_for_year, plan_note_data
    from desktop_app.store.plans import get_plan

    def data(session, as_of: date):
        body_id = find_body(session, args.body)
        if args.plan is not None:
            plan_id = args.plan
            if get_plan(session, plan_id).body_id != body_id:
                raise ValidationError(f"план {plan_id} не относится к органу «{args.body}»")
        else:
            plan_id = plan_for_year(session, body_id, args.year)
        return plan_note_data(session, plan_id, args.year, args.quarter, as_of)

    return _write("plan-note", data, args)


def _export_year_report(args: argparse.Namespace) -> int:
    from desktop_app.store.bodies import find_body
    from desktop_app.store.plan_reports import year_report_data

    def data(session, as_of: date):
        return year_report_data(session, find_body(session, args.body), args.year, as_of)

    return _write("year-report", data, args)
