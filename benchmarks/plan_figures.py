"""The figures of the plans of measures on the large database (50 bodies × 10 years of
plans × 40 items × 20 executors with quarterly reports): where a plan stands, who has not
reported, the registries' summary, the quarterly note in Excel and the plan tab. Called by
``run.py`` with its own ``Row``, ``repeat`` and ``median_ms`` (one table, one way of
measuring)."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from datetime import date
from io import BytesIO

STATUS_TARGET_MS = 200.0
NOTE_TARGET_MS = 1000.0


def plan_rows(app, window, many: int, Row, repeat, median_ms) -> tuple[list, list[str]]:
    from desktop_app.domain.plan import last_reported_quarter
    from desktop_app.store import plans
    from desktop_app.store.models import Plan, PlanItem, PlanItemExecutor

    database = window.database
    settle = app.processEvents
    today = date.today()
    rows: list = []
    errors: list[str] = []
    year, quarter = last_reported_quarter(today)

    with database.session() as session:
        plan = (
            session.query(Plan)
            .filter(Plan.first_year <= year, Plan.last_year >= year)
            .order_by(Plan.id)
            .first()
        )
        if plan is None:
            return ["plans of measures: no plan in the database"], []
        plan_id, body_id = plan.id, plan.body_id
        items = session.query(PlanItem).filter(PlanItem.plan_id == plan_id).count()
        pairs = (
            session.query(PlanItemExecutor)
            .join(PlanItem, PlanItemExecutor.item_id == PlanItem.id)
            .filter(PlanItem.plan_id == plan_id)
            .count()
        )
    rows.append(
        f"plans of measures: plan {plan_id} of body {body_id}, {items} items, "
        f"{pairs} measure × executor pairs; the year {year}, quarter {quarter}"
    )

    def store_samples(call: Callable, count: int = many) -> list[float]:
        def once():
            with database.session() as session:
                call(session)

        return repeat(once, count, lambda: None)

    def part(title: str, build: Callable[[], list]) -> None:
        try:
            rows.extend(build())
        except Exception:
            errors.append(f"{title}: {traceback.format_exc(limit=4)}")
            rows.append(Row(title, None, note="broke: see Failures below the table"))

    def store_rows() -> list:
        found = [
            Row(
                "plan status, a year (store): 40 items × 20 executors",
                median_ms(store_samples(lambda s: plans.plan_status(s, plan_id, year, today))),
                STATUS_TARGET_MS,
                many,
            ),
            Row(
                "who has not reported, all bodies (store): missing_reports",
                median_ms(store_samples(lambda s: plans.missing_reports(s, today))),
                STATUS_TARGET_MS,
                many,
            ),
        ]
        try:
            from desktop_app.store.registries import registry_summary
        except ImportError:
            return found
        found.append(
            Row(
                "registries' summary of a body's year (store)",
                median_ms(
                    store_samples(
                        lambda s: registry_summary(
                            s, body_id, date(year, 1, 1), date(year, 12, 31)
                        )
                    )
                ),
                STATUS_TARGET_MS,
                many,
            )
        )
        return found

    part("plans (store)", store_rows)

    def note_rows() -> list:
        from desktop_app.documents.plan_export import plan_document_bytes
        from desktop_app.store.plan_reports import plan_note_data

        def note(suffix: str) -> Callable[[], None]:
            def once() -> None:
                with database.session() as session:
                    data = plan_note_data(session, plan_id, year, quarter, today)
                BytesIO(plan_document_bytes("plan-note", data, suffix))

            return once

        return [
            Row(
                f"quarterly note, {suffix} (data + document)",
                median_ms(repeat(note(suffix), 3, lambda: None)),
                target,
                3,
                note=note_text,
            )
            for suffix, target, note_text in (
                (".xlsx", NOTE_TARGET_MS, ""),
                (".pdf", NOTE_TARGET_MS, ""),
                (".docx", None, "python-docx: saved in a worker with a progress dialog"),
            )
        ]

    part("quarterly note", note_rows)

    def view_rows() -> list:
        page = getattr(window, "plan_page", None)
        if page is None:
            raise RuntimeError("the main window has no plan tab")
        window.refresh_bodies(body_id)
        window.tabs.setCurrentWidget(page)
        settle()
        page.choose(plan_id, year)
        settle()
        return [
            Row(
                "«План мероприятий» tab: refresh (a year of the plan)",
                median_ms(repeat(page.refresh, many, settle)),
                STATUS_TARGET_MS,
                many,
            )
        ]

    part("plan tab", view_rows)
    return rows, errors
