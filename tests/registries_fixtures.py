"""The Belovo example body with its executor units and registries, whoever loads them:
the units come with the example plans (store/example.py); when they are not there yet,
they are added here in the order of the plan."""

from __future__ import annotations

from desktop_app.domain.plan import UnitData
from desktop_app.store import plans, registries
from desktop_app.store.models import ImprovementProposal

ADMINISTRATION = "Администрация Беловского городского округа (отделы, управления, комитет)"
UNITS = (
    UnitData(
        "Управление экономического развития Администрации Беловского городского округа",
        "УЭР",
        ADMINISTRATION,
    ),
    UnitData(
        "Управление образования Администрации Беловского городского округа", "УО", ADMINISTRATION
    ),
    UnitData(
        "Комитет социальной защиты населения Беловского городского округа", "КСЗН", ADMINISTRATION
    ),
    UnitData(
        "Отдел информационных технологий Администрации Беловского городского округа",
        "ОИТ",
        ADMINISTRATION,
    ),
    UnitData(
        "Управление архитектуры и градостроительства Администрации Беловского городского округа",
        "УАиГ",
        ADMINISTRATION,
    ),
    UnitData("МБУ «Информационно-методический центр г.Белово»", "ИМЦ", "Муниципальные учреждения"),
    UnitData(
        "МБУ «Многофункциональный центр предоставления государственных и муниципальных услуг»",
        "МФЦ",
        "Муниципальные учреждения",
    ),
    UnitData(
        "Совет народных депутатов Беловского городского округа",
        "СНД",
        "Совет народных депутатов Беловского городского округа",
    ),
    UnitData("АНО «Центр компетенций Кузбасса»", "ЦКК", "Внешние организации"),
)


def ensure_registries(session, body_id: int) -> dict[str, int]:
    """The example's units (short name → id), the registries loaded once."""
    have = {unit.name for unit in plans.units(session, body_id)}
    for unit in UNITS:
        if unit.name not in have:
            plans.save_unit(session, body_id, unit)
    if session.query(ImprovementProposal).filter_by(body_id=body_id).count() == 0:
        registries.load_example_registries(session, body_id)
    return {unit.short_name: unit.id for unit in plans.units(session, body_id)}
