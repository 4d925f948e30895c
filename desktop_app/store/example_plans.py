"""The example's plans of measures, shipped as ``resources/example/plans.json``.

- The Belovo plan 2022–2024 (seed 002) and the Novokuznetsk district plan 2019–2021
  (seed 003) as the documents word them: every item, its number as printed (Belovo has
  two items «1.2»), name, expected result, term, executors and each year's target.
- The Belovo plan 2025–2027 that the working group decided to draw up at its meeting of
  December 2024 (illustrative, modelled on the first one), so that the plan's statuses on
  today's date are alive.
- The second example body, the Novokuznetsk working group (постановление коллегии от
  21.05.2019 № 16), with its executor units: departments and rural settlements.
- The executors' quarterly reports: a realistic mix of done, on time, behind and failed,
  a unit that joined in the middle of 2023 (МФЦ) and one that has not reported for the
  III quarter of 2026 (ОИТ).

The reports are written in one bulk insert: they follow the rules of
``store.plans.save_report`` by construction (the executors of the item, a done date
within its quarter) and ``tests/test_example_data.py`` checks that they do.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop_app.domain.body import BodyFields
from desktop_app.domain.meeting import quarter_end, quarter_start
from desktop_app.domain.plan import (
    PlanData,
    PlanItemData,
    Registry,
    UnitData,
    parse_item_target,
    report_due,
)
from desktop_app.domain.plan_target import TargetKind
from desktop_app.domain.vocabulary import ActKind, BodyKind, QuorumRule
from desktop_app.resources import resource_path
from desktop_app.store.bodies import body_id_by_name, create_body
from desktop_app.store.models import Body, ExecutorUnit, PlanItem, PlanReport
from desktop_app.store.plans import create_plan

PLANS_FILE = "plans.json"
ANY = "*"


def load_plans_data() -> dict[str, Any]:
    return json.loads(resource_path("example", PLANS_FILE).read_text(encoding="utf-8"))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def example_units(data: dict[str, Any], body: str) -> tuple[UnitData, ...]:
    return tuple(
        UnitData(
            name=unit["name"],
            short_name=unit.get("short_name", ""),
            group=unit.get("group", ""),
            joined_on=_day(unit.get("joined_on")),
            left_on=_day(unit.get("left_on")),
        )
        for unit in data["units"][body]
    )


def example_plans(data: dict[str, Any] | None = None) -> list[tuple[str, PlanData]]:
    """(body's short name, the plan) for every plan of the example, in the file's order."""
    data = data or load_plans_data()
    result = []
    for plan in data["plans"]:
        units = example_units(data, plan["body"])
        names = {unit.short_name: unit.name for unit in units}
        items = tuple(
            PlanItemData(
                number=entry["number"],
                name=entry["name"],
                expected_result=entry.get("expected_result", ""),
                term=entry.get("term", ""),
                executors_text=entry.get("executors_text", ""),
                executors=tuple(names[short] for short in entry.get("executors", ())),
                targets={int(year): text for year, text in entry.get("targets", {}).items()},
                registry=Registry(entry["registry"]) if entry.get("registry") else None,
            )
            for entry in plan["items"]
        )
        result.append(
            (
                plan["body"],
                PlanData(
                    title=plan["title"],
                    first_year=plan["first_year"],
                    last_year=plan["last_year"],
                    approved_by=plan["approved_by"],
                    items=items,
                    units=units,
                ),
            )
        )
    return result


def load_example_plans(session: Session, body_id: int) -> dict[str, int]:
    """Add the example's plans to the example body ``body_id`` (and the second example
    body with its plan); return body short name → id."""
    data = load_plans_data()
    bodies = {session.get(Body, body_id).short_name: body_id}
    for fields in data["bodies"]:
        if body_id_by_name(session, fields["short_name"]) is not None:
            from desktop_app.domain.errors import ValidationError

            raise ValidationError(f"пример «{fields['short_name']}» уже загружен", "Пример")
        bodies[fields["short_name"]] = create_body(
            session,
            BodyFields(
                kind=BodyKind(fields["kind"]),
                full_name=fields["full_name"],
                full_name_genitive=fields.get("full_name_genitive", ""),
                short_name=fields["short_name"],
                organisation=fields["organisation"],
                place=fields["place"],
                act_kind=ActKind(fields["act_kind"]),
                act_number=fields["act_number"],
                act_date=_day(fields["act_date"]),
                quorum_rule=QuorumRule(fields["quorum_rule"]),
                report_day=fields["report_day"],
                meetings_per_quarter=fields["meetings_per_quarter"],
            ),
        )
    # The units in one insert, in the order of the file (create_plan then finds them).
    session.execute(
        insert(ExecutorUnit),
        [
            {
                "body_id": bodies[body],
                "position": position,
                "name": unit.name,
                "short_name": unit.short_name,
                "group_name": unit.group,
                "joined_on": unit.joined_on,
                "left_on": unit.left_on,
            }
            for body in data["units"]
            for position, unit in enumerate(example_units(data, body), start=1)
        ],
    )
    stored: dict[str, list[tuple[int, PlanData]]] = {}
    for body, plan in example_plans(data):
        plan_id = create_plan(session, bodies[body], plan)
        stored.setdefault(body, []).append((plan_id, plan))
    rows: list[dict[str, Any]] = []
    for spec in data["reports"]:
        body = spec["body"]
        rows += _report_rows(session, bodies[body], stored.get(body, []), spec)
    if rows:
        session.execute(insert(PlanReport), rows)
    return bodies


# ----- the reports -----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Unit:
    id: int
    short_name: str
    joined_on: date | None
    left_on: date | None

    def active(self, year: int, quarter: int) -> bool:
        return (self.joined_on is None or self.joined_on <= quarter_end(year, quarter)) and (
            self.left_on is None or self.left_on >= quarter_start(year, quarter)
        )


def _matches(pattern: Any, value: Any) -> bool:
    return pattern == ANY or pattern == value


def _report_rows(
    session: Session, body_id: int, plans: list[tuple[int, PlanData]], spec: dict[str, Any]
) -> list[dict[str, Any]]:
    """The quarterly reports of ``spec`` on the measures of ``plans`` without a registry:
    every executor, every quarter from ``from`` to ``through``, but the skipped ones."""
    report_day = session.get(Body, body_id).report_day
    units = {
        row.name: _Unit(row.id, row.short_name, row.joined_on, row.left_on)
        for row in session.execute(
            select(
                ExecutorUnit.id,
                ExecutorUnit.name,
                ExecutorUnit.short_name,
                ExecutorUnit.joined_on,
                ExecutorUnit.left_on,
            ).where(ExecutorUnit.body_id == body_id)
        )
    }
    first, last = tuple(spec["from"]), tuple(spec["through"])
    texts: dict[str, Any] = spec["texts"]
    done = {}
    for key, unit, day in spec["done"]:
        done[key, unit, int(day[:4])] = date.fromisoformat(day)
    facts = spec.get("facts", [])
    skips = spec.get("skip", [])
    rows: list[dict[str, Any]] = []
    for plan_id, plan in plans:
        item_ids = dict(
            session.execute(
                select(PlanItem.position, PlanItem.id).where(PlanItem.plan_id == plan_id)
            ).all()
        )
        seen: dict[str, int] = {}
        for position, item in enumerate(plan.items, start=1):
            seen[item.number] = seen.get(item.number, 0) + 1
            key = item.number if seen[item.number] == 1 else f"{item.number}/{seen[item.number]}"
            if item.registry is not None or key not in texts:
                continue
            for year, target_text in sorted(item.targets.items()):
                target = parse_item_target(target_text, item.registry)
                if target is None:
                    continue
                for quarter in range(1, 5):
                    if not first <= (year, quarter) <= last:
                        continue
                    for index, name in enumerate(item.executors):
                        unit = units[name]
                        if not unit.active(year, quarter) or any(
                            _matches(s_unit, unit.short_name)
                            and _matches(s_key, key)
                            and _matches(s_year, year)
                            and _matches(s_quarter, quarter)
                            for s_unit, s_key, s_year, s_quarter in skips
                        ):
                            continue
                        row = _report(
                            target.kind,
                            target.per_year() is not None,
                            texts[key],
                            done.get((key, unit.short_name, year)),
                            facts,
                            key,
                            unit.short_name,
                            year,
                            quarter,
                            index,
                        )
                        due = report_due(year, quarter, report_day)
                        row |= {
                            "item_id": item_ids[position],
                            "unit_id": unit.id,
                            "year": year,
                            "quarter": quarter,
                            "base": None,
                            "reported_on": due - timedelta(days=(index + quarter) % 3),
                        }
                        rows.append(row)
    return rows


def _report(
    kind: TargetKind,
    counted: bool,
    words: Any,
    done_on: date | None,
    facts: list[list[Any]],
    key: str,
    unit: str,
    year: int,
    quarter: int,
    index: int,
) -> dict[str, Any]:
    """One report's fact, date and text."""
    if counted:  # a count: the fact of the quarter, 0 unless the file says otherwise
        fact = 0.0
        for f_key, f_unit, f_year, f_quarter, value in facts:
            if f_key == key and all(
                _matches(p, v) for p, v in ((f_unit, unit), (f_year, year), (f_quarter, quarter))
            ):
                fact = float(value)  # the last line that matches wins
        return {"fact": fact, "done_on": None, "text": words["fact" if fact else "none"]}
    if kind in (TargetKind.DATE, TargetKind.PERIOD):  # done once, by a date
        if done_on is not None:
            if quarter_start(year, quarter) <= done_on <= quarter_end(year, quarter):
                return {"fact": None, "done_on": done_on, "text": words["done"]}
            if done_on < quarter_start(year, quarter):
                return {"fact": None, "done_on": None, "text": words["after"]}
        return {"fact": None, "done_on": None, "text": words["pending"]}
    variants = words if isinstance(words, list) else words.get("texts") or [words["after"]]
    return {
        "fact": None,
        "done_on": None,
        "text": variants[(index + quarter + year) % len(variants)],
    }
