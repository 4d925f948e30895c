"""Backups and checks on the command line (for the Windows task scheduler and the IT person):

    commission-secretary backup --db PATH --out FILE|FOLDER [--keep-daily N]
        [--keep-weekly N] [--keep-monthly N]
    commission-secretary restore --db PATH --from FILE [--backups FOLDER]
    commission-secretary check --db PATH [--quick]

``backup`` into a folder names the copy itself («по расписанию») and thins out the folder's
automatic copies; into a file it writes just that file. ``restore`` refuses while the
program has the database open, keeps the current file as a copy first and upgrades an
older copy. ``check`` exits 0 when the file is sound, 1 with a Russian message when not.
Hooked into ``cli.build_parser`` by ``add_backup_commands(commands, database)``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_DAMAGED = 1


def add_backup_commands(commands, database: argparse.ArgumentParser) -> None:
    from desktop_app.domain.backups import RetentionPolicy

    backup = commands.add_parser(
        "backup", parents=[database], help="резервная копия базы данных (можно во время работы)"
    )
    backup.add_argument(
        "--out",
        required=True,
        metavar="ФАЙЛ|ПАПКА",
        help="файл копии или папка копий (в папке имя даётся по дате, старые копии прореживаются)",
    )
    defaults = RetentionPolicy()
    for name, label in (("daily", "дням"), ("weekly", "неделям"), ("monthly", "месяцам")):
        backup.add_argument(
            f"--keep-{name}",
            type=int,
            default=getattr(defaults, name),
            metavar="N",
            help=f"в папке: хранить по одной копии за последние N {label} "
            f"(по умолчанию {getattr(defaults, name)})",
        )
    backup.set_defaults(handler=_backup)

    restore = commands.add_parser(
        "restore", parents=[database], help="восстановить базу данных из резервной копии"
    )
    restore.add_argument(
        "--from", dest="source", required=True, type=Path, metavar="ФАЙЛ", help="файл копии"
    )
    restore.add_argument(
        "--backups",
        type=Path,
        metavar="ПАПКА",
        help="куда сохранить текущую базу перед восстановлением (по умолчанию папка копий рядом с базой)",
    )
    restore.set_defaults(handler=_restore)

    check = commands.add_parser(
        "check", parents=[database], help="проверить целостность базы данных"
    )
    check.add_argument(
        "--quick", action="store_true", help="быстрая проверка (без сверки индексов)"
    )
    check.set_defaults(handler=_check)


def _database_path(args: argparse.Namespace) -> Path:
    from desktop_app.resources import default_database_path

    return args.db or default_database_path()


def _backup(args: argparse.Namespace) -> int:
    from desktop_app.domain.backups import BackupKind, RetentionPolicy
    from desktop_app.store.backup import backup_to_file, make_backup, prune_backups

    path = _database_path(args)
    out = Path(args.out)
    if out.is_dir() or args.out.endswith(("/", "\\")):
        policy = RetentionPolicy(args.keep_daily, args.keep_weekly, args.keep_monthly)
        info = make_backup(path, out, BackupKind.SCHEDULED)
        deleted = prune_backups(out, path.stem, policy)
        print(f"Копия создана: «{info.path}» ({_size(info.size)}).")
        if deleted:
            print(f"Удалено старых копий: {len(deleted)}.")
        return 0
    if out.suffix.lower() not in (".sqlite3", ".db"):
        raise ValueError("файл копии должен иметь расширение .sqlite3 (или укажите папку)")
    backup_to_file(path, out)
    print(f"Копия создана: «{out}» ({_size(out.stat().st_size)}).")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from desktop_app.store.backup import default_backup_folder, restore_backup
    from desktop_app.store.instance_lock import InstanceLock

    path = _database_path(args)
    folder = args.backups or default_backup_folder(path)
    with InstanceLock(path):  # DatabaseInUse while the program has it open
        restored = restore_backup(path, args.source, folder)
    info = restored.restored
    contents = f" ({info.contents.describe()})" if info.contents else ""
    print(f"База данных «{path}» восстановлена из «{args.source}»{contents}.")
    if restored.previous:
        print(f"Прежняя база сохранена как копия «{restored.previous}».")
    return 0


def _check(args: argparse.Namespace) -> int:
    from desktop_app.store.backup import check_database

    path = _database_path(args)
    result = check_database(path, level="quick" if args.quick else "full")
    if result.ok:
        print(f"База данных «{path}» исправна (версия схемы {result.revision}).")
        return 0
    print(f"Ошибка: база данных «{path}» неисправна: {result.describe()}.", file=sys.stderr)
    print(
        "Восстановите её из последней исправной резервной копии: "
        "commission-secretary restore --db ФАЙЛ --from КОПИЯ",
        file=sys.stderr,
    )
    return EXIT_DAMAGED


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} МБ".replace(".", ",")
