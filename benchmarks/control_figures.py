"""The figures of the control of decisions on the large database (200 000 assignments):
the lists the secretary asks for (overdue, a responsible's, a full-text search), the
start page and the discipline figures, in the store and in the views. Called by
``run.py`` with its own ``Row``, ``repeat`` and ``median_ms`` (one table, one way of
measuring)."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from datetime import date

LIST_TARGET_MS = 100.0
START_PAGE_TARGET_MS = 200.0


def control_rows(app, window, many: int, Row, repeat, median_ms) -> tuple[list, list[str]]:
    from desktop_app.domain.assignment import StatusFilter
    from desktop_app.store import assignments as store

    database = window.database
    settle = app.processEvents
    today = date.today()
    rows: list = []
    errors: list[str] = []

    with database.session() as session:
        total = store.count_assignments(
            session, store.AssignmentQuery(today=today, status=StatusFilter.ALL)
        )
        if total == 0:
            return ["control of decisions: no assignments in the database"], []
        leads = store.discipline_by_responsible(
            session, today, store.Period(date(today.year - 1, 1, 1), today)
        )
    busiest = max(leads, key=lambda entry: entry[1].total)[0]
    rows.append(f"control of decisions: {total} assignments; the busiest responsible «{busiest}»")

    def store_samples(call: Callable) -> list[float]:
        def once():
            with database.session() as session:
                call(session)

        return repeat(once, many, lambda: None)

    def part(title: str, build: Callable[[], list]) -> None:
        try:
            rows.extend(build())
        except Exception:
            errors.append(f"{title}: {traceback.format_exc(limit=4)}")
            rows.append(Row(title, None, note="broke: see Failures below the table"))

    def query(**fields) -> store.AssignmentQuery:
        return store.AssignmentQuery(today=today, **fields)

    def page_and_count(q) -> Callable:
        def call(session):
            store.count_assignments(session, q)
            store.list_assignments(session, q, 0, store.PAGE_SIZE)

        return call

    def count_of(q) -> int:
        with database.session() as session:
            return store.count_assignments(session, q)

    lists = [
        ("overdue list (store): count + first page", query(status=StatusFilter.OVERDUE)),
        ("on control (store): count + first page", query()),
        ("all, by deadline (store): count + first page", query(status=StatusFilter.ALL)),
        (
            "a responsible's list, all statuses (store)",
            query(status=StatusFilter.ALL, responsible=busiest),
        ),
        (
            "a responsible's list, exact name (store)",
            query(status=StatusFilter.ALL, responsible=busiest, exact_responsible=True),
        ),
        ("full-text search «обучение», all (store)", query(status=StatusFilter.ALL, search="обуч")),
        (
            "full-text search, two words, all (store)",
            query(status=StatusFilter.ALL, search="анализ бережл"),
        ),
    ]

    def list_store() -> list:
        return [
            Row(
                name,
                median_ms(store_samples(page_and_count(q))),
                LIST_TARGET_MS,
                many,
                note=f"{count_of(q)} found; page of {store.PAGE_SIZE}",
            )
            for name, q in lists
        ]

    part("assignment lists (store)", list_store)

    def start_store() -> list:
        return [
            Row(
                "start page «Сегодня» (store): today_overview",
                median_ms(store_samples(lambda s: store.today_overview(s, today))),
                START_PAGE_TARGET_MS,
                many,
            ),
        ]

    part("start page (store)", start_store)

    year = store.Period(date(today.year, 1, 1), date(today.year, 12, 31))
    everything = store.Period()

    def discipline_store() -> list:
        def figures(period):
            def call(session):
                store.discipline(session, today, period)
                store.discipline_by_body(session, today, period)
                store.discipline_by_responsible(session, today, period)
                store.discipline_by_quarter(session, today, period)

            return call

        return [
            Row(
                "discipline, this year (store): total, by body, by responsible, by quarter",
                median_ms(store_samples(figures(year))),
                LIST_TARGET_MS * 2,
                many,
            ),
            Row(
                "discipline, all ten years (store): the same four",
                median_ms(repeat(lambda: _once(database, figures(everything)), 3, lambda: None)),
                None,
                3,
                note="a choice the user makes; the page shows a wait cursor",
            ),
        ]

    part("discipline (store)", discipline_store)

    def views() -> list:
        found = []
        page = getattr(window, "assignments_page", None)
        if page is not None:
            window.show_assignments() if hasattr(window, "show_assignments") else None
            settle()
            found.append(
                Row(
                    "«Контроль исполнения» page: refresh (on control)",
                    median_ms(repeat(page.refresh, many, settle)),
                    LIST_TARGET_MS,
                    many,
                )
            )
            page.show_filter(status=StatusFilter.OVERDUE)
            settle()
            found.append(
                Row(
                    "«Контроль исполнения» page: refresh (overdue)",
                    median_ms(repeat(page.refresh, many, settle)),
                    LIST_TARGET_MS,
                    many,
                )
            )
            page.show_filter(status=StatusFilter.ALL, responsible=busiest)
            settle()
            found.append(
                Row(
                    "«Контроль исполнения» page: a responsible, all statuses",
                    median_ms(repeat(page.refresh, many, settle)),
                    LIST_TARGET_MS,
                    many,
                )
            )
            page.show_filter(status=StatusFilter.OPEN, responsible="")
        today_page = getattr(window, "today_page", None)
        if today_page is not None:
            found.append(
                Row(
                    "start page «Сегодня»: refresh (store + view)",
                    median_ms(repeat(today_page.refresh, many, settle)),
                    START_PAGE_TARGET_MS,
                    many,
                )
            )
        discipline_page = getattr(window, "discipline_page", None)
        if discipline_page is not None:
            found.append(
                Row(
                    "«Исполнительская дисциплина» page: refresh (this year)",
                    median_ms(repeat(discipline_page.refresh, many, settle)),
                    LIST_TARGET_MS * 2,
                    many,
                )
            )
        if not found:
            raise RuntimeError("the main window has no control pages")
        return found

    part("control views", views)
    return rows, errors


def _once(database, call) -> None:
    with database.session() as session:
        call(session)
