"""Plans of measures on the command line (issue 5):

    commission-secretary import plan --db PATH --body BODY --file FILE.xlsx
    commission-secretary export plan-template --out FILE.xlsx [--year Y]
    commission-secretary export plan --db PATH --plan ID --out FILE.xlsx

A bad file is refused whole: every problem is printed to stderr on a line of its own
(sheet, row, column) and the exit code is 1; nothing is stored. Hooked into
``cli.build_parser`` by ``add_plan_commands(commands, kinds, database)``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_plan_commands(commands, kinds, database: argparse.ArgumentParser) -> None:
    importing = commands.add_parser("import", help="загрузить данные из файла")
    sources = importing.add_subparsers(dest="source", metavar="ДАННЫЕ", required=True)
    plan = sources.add_parser(
        "plan", parents=[database], help="план мероприятий из книги Excel по шаблону программы"
    )
    plan.add_argument(
        "--body", required=True, metavar="ОРГАН", help="код органа или его краткое наименование"
    )
    plan.add_argument(
        "--file", required=True, type=Path, metavar="ФАЙЛ", help="книга Excel (.xlsx)"
    )
    plan.set_defaults(handler=_import_plan)

    template = kinds.add_parser("plan-template", help="пустой шаблон плана мероприятий (XLSX)")
    template.add_argument(
        "--year", type=int, metavar="ГОД", help="первый год плана (по умолчанию — текущий)"
    )
    template.add_argument(
        "--years", type=int, default=3, metavar="N", help="сколько лет охватывает план (3)"
    )
    template.add_argument("--out", required=True, type=Path, metavar="ФАЙЛ", help="файл .xlsx")
    template.set_defaults(handler=_export_template)

    export = kinds.add_parser(
        "plan", parents=[database], help="план мероприятий в книгу Excel (для правки и загрузки)"
    )
    export.add_argument("--plan", required=True, type=int, metavar="ID", help="код плана")
    export.add_argument("--out", required=True, type=Path, metavar="ФАЙЛ", help="файл .xlsx")
    export.set_defaults(handler=_export_plan)


def _check_xlsx(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise ValueError(f"«{path.name}»: план записывается в книгу Excel — укажите файл .xlsx")


def _import_plan(args: argparse.Namespace) -> int:
    from desktop_app.cli import EXIT_ERROR, _open_database
    from desktop_app.documents.plan_xlsx import PlanFileError, read_plan_xlsx
    from desktop_app.store.bodies import find_body
    from desktop_app.store.plans import PlanError, create_plan

    if not args.file.exists():
        raise LookupError(f"файл «{args.file}» не найден")
    database = _open_database(args.db, must_exist=True)
    try:
        data = read_plan_xlsx(args.file)
        with database.session() as session:
            body_id = find_body(session, args.body)
            plan_id = create_plan(session, body_id, data)
    except (PlanFileError, PlanError) as error:
        print(
            f"Ошибка: план из «{args.file.name}» не загружен, ничего не изменено. "
            f"Исправьте ({len(error.problems)}):",
            file=sys.stderr,
        )
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_ERROR
    measures = sum(1 for item in data.items if not item.is_section)
    print(
        f"План «{data.title}» ({data.first_year}–{data.last_year}) загружен: код {plan_id}, "
        f"пунктов {len(data.items)}, из них мероприятий {measures}, "
        f"исполнителей {len(data.units)}."
    )
    return 0


def _export_template(args: argparse.Namespace) -> int:
    from desktop_app.documents.plan_xlsx import write_plan_template

    _check_xlsx(args.out)
    if args.year is not None and not 1990 <= args.year <= 2100:
        raise ValueError("--year: ожидается год от 1990 до 2100")
    if not 1 <= args.years <= 10:
        raise ValueError("--years: план охватывает от 1 до 10 лет")
    write_plan_template(args.out, args.year, args.years)
    print(f"Шаблон плана записан в «{args.out}».")
    return 0


def _export_plan(args: argparse.Namespace) -> int:
    from desktop_app.cli import _open_database
    from desktop_app.documents.plan_xlsx import write_plan_xlsx
    from desktop_app.store.plans import plan_data

    _check_xlsx(args.out)
    database = _open_database(args.db, must_exist=True)
    with database.session() as session:
        data = plan_data(session, args.plan)
    write_plan_xlsx(data, args.out)
    print(f"План «{data.title}» записан в «{args.out}».")
    return 0
