"""The roster item model on its own: Qt's model checks, sorting, filtering, and the
PySide6 defect that loses references to None (the process died after a few dozen screens)."""

from __future__ import annotations

import gc
import sys
from datetime import date

from desktop_app.domain.roster import RosterEntry
from desktop_app.domain.vocabulary import Role
from desktop_app.views.roster_model import RosterFilterModel, RosterTableModel


def entry(number: int, last: str, role: Role = Role.MEMBER, position: str = "") -> RosterEntry:
    return RosterEntry(
        membership_id=number,
        person_id=number,
        last_name=last,
        first_name="Иван",
        middle_name="Иванович",
        gender=None,
        position=position,
        organisation="Администрация",
        role=role,
        side=None,
        start=date(2022, 10, 18),
    )


ROWS = [
    entry(1, "Ёлкин"),
    entry(2, "Абрамов", Role.SECRETARY),
    entry(3, "Жуков", Role.CHAIR),
    entry(4, "Елизаров", position="директор МБУ «Школа № 1»"),
]


def test_model_passes_qt_checks(qtmodeltester):
    model = RosterTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=True)


def test_filter_and_sort(qtbot):
    model = RosterTableModel()
    model.set_rows(ROWS)
    proxy = RosterFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(RosterTableModel.NAME)
    assert [proxy.index(r, 0).data().split()[0] for r in range(4)] == [
        "Абрамов",
        "Елизаров",
        "Ёлкин",
        "Жуков",
    ]
    proxy.sort(RosterTableModel.ROLE)
    assert proxy.index(0, 0).data().startswith("Жуков")
    proxy.set_filter_text("ЁЛК")
    assert proxy.rowCount() == 1
    proxy.set_filter_text("школа директор")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data().startswith("Елизаров")


def test_refreshing_views_does_not_lose_references_to_none(example_window):
    window = example_window
    for _ in range(3):
        window.refresh_roster()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(30):
        window.refresh_roster()
        window.roster_view.viewport().repaint()
    gc.collect()
    # PySide6 6.12.0 lost about 450 a refresh here; a few dozen come and go with caches.
    assert (before - sys.getrefcount(None)) / 30 < 100
