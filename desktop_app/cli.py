"""The command line: the window by default, and commands administrators script.

    commission-secretary [--db PATH]                 open the window
    commission-secretary --version | --smoke-test
    commission-secretary demo --db PATH             load the example into a database
    commission-secretary export roster --db PATH --body BODY [--date ДД.ММ.ГГГГ] --out FILE
    commission-secretary export protocol|agenda|notice|extract|attendance|questionnaire|distribution
        --db PATH --body BODY --meeting N/YEAR [--item K] [--version V] --out FILE
    commission-secretary export assignments --db PATH [--body BODY] [--status S]
        [--responsible NAME] [--search WORDS] [--days N] --out FILE
    commission-secretary export reminder --db PATH --responsible NAME [--body BODY]
        [--reply-by ДД.ММ.ГГГГ] --out FILE
    commission-secretary export execution-report --db PATH [--body BODY]
        [--from ДД.ММ.ГГГГ] [--to ДД.ММ.ГГГГ] --out FILE
    commission-secretary backup|restore|check ...      (see cli_backup)

Errors go to stderr in Russian with a non-zero exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import APP_NAME, __version__
from desktop_app.cli_backup import add_backup_commands
from desktop_app.cli_plan import add_plan_commands
from desktop_app.cli_plan_reports import add_plan_report_commands
from desktop_app.cli_registries import add_registry_commands

EXIT_ERROR = 1
EXIT_USAGE = 2

# argparse's own messages, in Russian.
_ARGPARSE_RU = {
    "usage: ": "использование: ",
    "the following arguments are required: %s": "не указаны обязательные аргументы: %s",
    "unrecognized arguments: %s": "неизвестные аргументы: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "недопустимое значение %(value)r (допустимы: %(choices)s)",
    "expected one argument": "требуется одно значение",
    "show this help message and exit": "показать эту справку и выйти",
    "positional arguments": "аргументы",
    "options": "параметры",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ошибка: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
}


def _russian_argparse() -> None:
    original = argparse._

    def translate(message: str) -> str:
        return _ARGPARSE_RU.get(message, original(message))

    argparse._ = translate
    argparse.ngettext = lambda single, plural, n: translate(single if n == 1 else plural)


def build_parser() -> argparse.ArgumentParser:
    _russian_argparse()
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument("--db", type=Path, metavar="ПУТЬ", help="файл базы данных")

    parser = argparse.ArgumentParser(
        prog="commission-secretary",
        description=f"{APP_NAME}: составы, заседания и протоколы постоянных органов.",
        parents=[database],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help="показать версию программы и выйти",
    )
    parser.add_argument(
        "--smoke-test", action="store_true", help="проверить программу на временной базе и выйти"
    )
    commands = parser.add_subparsers(dest="command", metavar="КОМАНДА")

    demo = commands.add_parser("demo", parents=[database], help="загрузить пример в базу данных")
    demo.set_defaults(handler=_demo)

    export = commands.add_parser("export", help="напечатать документ в файл (PDF, DOCX, XLSX)")
    kinds = export.add_subparsers(dest="kind", metavar="ДОКУМЕНТ", required=True)
    roster = kinds.add_parser("roster", parents=[database], help="состав органа")
    roster.add_argument(
        "--body", required=True, metavar="ОРГАН", help="код органа или его краткое наименование"
    )
    roster.add_argument("--date", metavar="ДД.ММ.ГГГГ", help="состав на прошедшую дату")
    roster.add_argument(
        "--out", required=True, type=Path, metavar="ФАЙЛ", help="файл: .pdf, .docx или .xlsx"
    )
    roster.set_defaults(handler=_export_roster)
    for kind, help_text in MEETING_DOCUMENT_HELP.items():
        document = kinds.add_parser(kind, parents=[database], help=help_text)
        document.add_argument(
            "--body", required=True, metavar="ОРГАН", help="код органа или его краткое наименование"
        )
        document.add_argument(
            "--meeting",
            required=True,
            metavar="N/ГОД",
            help="номер заседания и год, например 3/2024",
        )
        if kind == "extract":
            document.add_argument(
                "--item", required=True, type=int, metavar="K", help="номер вопроса повестки"
            )
        if kind == "protocol":
            document.add_argument(
                "--version",
                type=int,
                metavar="V",
                help="подписанная версия (1 — как подписан; далее — после исправлений)",
            )
        formats = ".pdf или .docx" if kind == "protocol" else ".pdf"
        document.add_argument(
            "--out", required=True, type=Path, metavar="ФАЙЛ", help=f"файл: {formats}"
        )
        document.set_defaults(handler=_export_meeting_document)
    _add_assignment_commands(kinds, database)
    add_registry_commands(kinds, database)
    add_plan_report_commands(kinds, database)
    add_plan_commands(commands, kinds, database)
    add_backup_commands(commands, database)
    return parser


def _add_assignment_commands(kinds, database: argparse.ArgumentParser) -> None:
    from desktop_app.domain.assignment import StatusFilter

    def body_option(command, help_text="орган (код или краткое наименование); без него — все"):
        command.add_argument("--body", metavar="ОРГАН", help=help_text)

    listing = kinds.add_parser(
        "assignments", parents=[database], help="перечень поручений на контроле (PDF или XLSX)"
    )
    body_option(listing)
    listing.add_argument(
        "--status",
        default=StatusFilter.OPEN.value,
        choices=[status.value for status in StatusFilter],
        help="отбор: open — на контроле (по умолчанию), overdue — просроченные, "
        "due — срок в ближайшие --days дней, executed — исполненные, "
        "removed — снятые с контроля, all — все",
    )
    listing.add_argument("--days", type=int, default=7, metavar="N", help="для --status due")
    listing.add_argument("--responsible", metavar="ИМЯ", help="ответственный (слова имени)")
    listing.add_argument("--search", metavar="СЛОВА", help="слова текста или отчета")
    listing.add_argument(
        "--out", required=True, type=Path, metavar="ФАЙЛ", help="файл: .pdf или .xlsx"
    )
    listing.set_defaults(handler=_export_assignments)

    reminder = kinds.add_parser(
        "reminder", parents=[database], help="напоминание ответственному (PDF или DOCX)"
    )
    body_option(reminder)
    reminder.add_argument(
        "--responsible", required=True, metavar="ИМЯ", help="ответственный, как в поручениях"
    )
    reminder.add_argument("--reply-by", metavar="ДД.ММ.ГГГГ", help="срок ответа")
    reminder.add_argument(
        "--out", required=True, type=Path, metavar="ФАЙЛ", help="файл: .pdf или .docx"
    )
    reminder.set_defaults(handler=_export_reminder)

    report = kinds.add_parser(
        "execution-report",
        parents=[database],
        help="информация об исполнении поручений за период (PDF или XLSX)",
    )
    body_option(report)
    report.add_argument("--from", dest="start", metavar="ДД.ММ.ГГГГ", help="начало периода")
    report.add_argument("--to", dest="end", metavar="ДД.ММ.ГГГГ", help="конец периода")
    report.add_argument(
        "--out", required=True, type=Path, metavar="ФАЙЛ", help="файл: .pdf или .xlsx"
    )
    report.set_defaults(handler=_export_execution_report)


#: The documents of a meeting the ``export`` command writes (the codes of
#: ``documents.meeting_export``), with their help lines.
MEETING_DOCUMENT_HELP = {
    "protocol": "протокол заседания (PDF или DOCX)",
    "agenda": "повестка дня",
    "notice": "извещения членам о заседании",
    "extract": "выписка из протокола по одному вопросу",
    "attendance": "лист регистрации",
    "questionnaire": "опросные листы заочного заседания",
    "distribution": "лист рассылки протокола",
}


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_stdio()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.smoke_test:
        from desktop_app.smoke import run_smoke_test

        return run_smoke_test()
    handler = getattr(args, "handler", None)
    if handler is None:
        from desktop_app.views.app import run_gui

        return run_gui(args.db)
    try:
        return handler(args)
    except Exception as error:  # every failure of a command ends as a Russian message
        print(f"Ошибка: {_russian_message(error)}", file=sys.stderr)
        return EXIT_ERROR


def _russian_message(error: Exception) -> str:
    from desktop_app.domain.errors import ValidationError
    from desktop_app.store.database import DatabaseError

    if isinstance(error, (ValidationError, DatabaseError, LookupError, ValueError)):
        return str(error).strip("'\"")
    if isinstance(error, OSError):
        return f"не удалось записать или прочитать файл «{error.filename}»: {error.strerror}"
    return f"непредвиденная ошибка ({type(error).__name__}: {error})"


def _utf8_stdio() -> None:
    """Russian messages must print on a cp866/cp1251 Windows console too."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (OSError, ValueError):
                pass


def _open_database(path: Path | None, *, must_exist: bool):
    from desktop_app.resources import default_database_path
    from desktop_app.store.database import Database

    path = path or default_database_path()
    if must_exist and not path.exists():
        raise LookupError(f"файл базы данных «{path}» не найден")
    return Database(path)


def _demo(args: argparse.Namespace) -> int:
    from desktop_app.store.example import load_example

    database = _open_database(args.db, must_exist=False)
    with database.session() as session:
        body_id = load_example(session)
    print(f"Пример загружен в «{database.path}» (орган № {body_id}).")
    return 0


def _export_roster(args: argparse.Namespace) -> int:
    from desktop_app.documents.export import write_roster
    from desktop_app.domain.dates import parse_date
    from desktop_app.store.bodies import find_body
    from desktop_app.store.roster import printed_roster

    day = parse_date(args.date) if args.date else None
    database = _open_database(args.db, must_exist=True)
    with database.session() as session:
        roster = printed_roster(session, find_body(session, args.body), day)
    write_roster(roster, args.out)
    print(f"Состав записан в «{args.out}».")
    return 0


def _export_meeting_document(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop_app.documents.meeting_export import write_meeting_document
    from desktop_app.domain.meeting import parse_meeting_reference
    from desktop_app.store.bodies import find_body
    from desktop_app.store.meetings import find_meeting
    from desktop_app.store.protocol import protocol_data

    number, year = parse_meeting_reference(args.meeting)
    database = _open_database(args.db, must_exist=True)
    with database.session() as session:
        meeting_id = find_meeting(session, find_body(session, args.body), number, year)
        data = protocol_data(session, meeting_id, version=getattr(args, "version", None))
    item = getattr(args, "item", None)
    write_meeting_document(args.kind, data, args.out, item=item, certified_on=date.today())
    print(f"Документ записан в «{args.out}».")
    return 0


def _body_or_all(session, reference: str | None) -> int | None:
    from desktop_app.store.bodies import find_body

    return find_body(session, reference) if reference else None


def write_document(kinds, kind: str, make_data, args: argparse.Namespace) -> int:
    """Check the format of ``--out`` (before the database opens), build the document's
    data in a session of ``--db`` and write the file. ``kinds`` is the family's
    ``documents.formats.DocumentKinds``."""
    from desktop_app.documents.formats import check_format

    check_format(kinds.document(kind), Path(args.out))
    database = _open_database(args.db, must_exist=True)
    try:
        with database.session() as session:
            data = make_data(session)
    finally:
        database.close()
    kinds.write(kind, data, args.out)
    print(f"Документ записан в «{args.out}».")
    return 0


def _write_assignment_document(kind: str, make_data, args: argparse.Namespace) -> int:
    from desktop_app.documents.assignment_export import KINDS

    return write_document(KINDS, kind, make_data, args)


def _export_assignments(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop_app.domain.assignment import StatusFilter
    from desktop_app.store.assignments import AssignmentQuery, assignments_list_data

    def data(session):
        query = AssignmentQuery(
            today=date.today(),
            status=StatusFilter(args.status),
            body_id=_body_or_all(session, args.body),
            responsible=args.responsible or "",
            search=args.search or "",
            due_within=args.days,
        )
        return assignments_list_data(session, query)

    return _write_assignment_document("assignments", data, args)


def _export_reminder(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop_app.domain.dates import parse_date
    from desktop_app.store.assignments import reminder_data

    reply_by = parse_date(args.reply_by) if args.reply_by else None

    def data(session):
        return reminder_data(
            session, args.responsible, date.today(), _body_or_all(session, args.body), reply_by
        )

    return _write_assignment_document("reminder", data, args)


def _export_execution_report(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop_app.domain.dates import parse_date
    from desktop_app.store.assignments import Period, execution_report_data

    period = Period(
        parse_date(args.start) if args.start else None, parse_date(args.end) if args.end else None
    )

    def data(session):
        return execution_report_data(
            session, date.today(), period, _body_or_all(session, args.body)
        )

    return _write_assignment_document("execution-report", data, args)
