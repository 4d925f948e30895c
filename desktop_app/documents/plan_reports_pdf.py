"""The plan's documents as PDF: the quarterly note on plan execution (landscape A4: its
table is wide) and the year report (portrait A4). The parts come from
:mod:`plan_reports_layout`; they are set as the letters of the control of decisions are
(:func:`assignments_pdf.letter_flowables`: text blocks as the protocol's, ruled tables by
:mod:`paged_table`, a heading kept with the first row of its table).
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.assignments_pdf import landscape_signature, letter_flowables
from desktop_app.documents.page import build_pdf
from desktop_app.documents.plan_reports_layout import note_name, note_parts, year_name, year_parts
from desktop_app.domain.plan_documents import PlanNoteData, YearReportData

if TYPE_CHECKING:
    from os import PathLike


def note_flowables(data: PlanNoteData) -> list[Any]:
    story = letter_flowables(note_parts(data))
    signature = landscape_signature(data.signer_position, data.signer_name)
    if signature and story:
        story[-1].keepWithNext = 1  # the signature never stands alone on a page
    return story + signature


def write_plan_note_pdf(data: PlanNoteData, out: str | PathLike[str] | IO[bytes]) -> None:
    """«Аналитическая информация о выполнении плана мероприятий за … квартал»."""
    build_pdf(
        out,
        note_flowables(data),
        title=note_name(data),
        author=data.organisation,
        landscape=True,
    )


def write_year_report_pdf(data: YearReportData, out: str | PathLike[str] | IO[bytes]) -> None:
    """«Отчет о работе … за год» (portrait A4)."""
    build_pdf(
        out, letter_flowables(year_parts(data)), title=year_name(data), author=data.organisation
    )
