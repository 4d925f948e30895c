"""A signed protocol is immutable except through an amendment: the proof.

* every public function of ``store.meetings`` is listed here as a writer (tried on a
  signed protocol: refused, nothing changed), a reader (tried: not one row written), a
  writer of other records (tried: the protocol unchanged) or the amendment's path; a new
  function fails ``test_every_function_of_the_meetings_store_is_covered`` until it is
  listed and so tried;
* the writers are tried again with the store's own rule switched off: the database's
  triggers (migration 0006) refuse them, nothing changed;
* raw SQL: every column of every row of the protocol, and the kept version, updated,
  deleted, inserted again: refused by SQLite, nothing changed;
* the amendment still works, is kept as a new version, and is in the audit trail.

"Nothing changed" compares every row of the protocol's tables and the kept versions,
read by a separate SQLite connection, before and after.
"""

from __future__ import annotations

import contextlib
import importlib.util
import inspect
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.meeting import AbsenceReason, MeetingForm, MeetingStatus, Vote
from desktop_app.domain.person import PersonFields
from desktop_app.resources import migrations_path
from desktop_app.store import audit
from desktop_app.store import meetings as m
from desktop_app.store.database import Database
from desktop_app.store.roster import create_person

PROTOCOL_TABLES = {
    # table: SQL selecting the rows of meeting :m
    "meeting": "SELECT * FROM meeting WHERE id = :m",
    "agenda_item": "SELECT * FROM agenda_item WHERE meeting_id = :m",
    "speaker": "SELECT s.* FROM speaker s JOIN agenda_item i ON i.id = s.item_id "
    "WHERE i.meeting_id = :m",
    "decision": "SELECT d.* FROM decision d JOIN agenda_item i ON i.id = d.item_id "
    "WHERE i.meeting_id = :m",
    "ballot_vote": "SELECT b.* FROM ballot_vote b JOIN decision d ON d.id = b.decision_id "
    "JOIN agenda_item i ON i.id = d.item_id WHERE i.meeting_id = :m",
    "attendance": "SELECT * FROM attendance WHERE meeting_id = :m",
    "invitation": "SELECT * FROM invitation WHERE meeting_id = :m",
    "protocol_version": "SELECT * FROM protocol_version WHERE meeting_id = :m",
}


def snapshot(path, meeting_id: int) -> dict[str, list[tuple]]:
    """Every row of the meeting's protocol and its kept versions, in a stable order."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return {
            table: sorted(connection.execute(sql, {"m": meeting_id}).fetchall(), key=repr)
            for table, sql in PROTOCOL_TABLES.items()
        }


@dataclass
class Signed:
    """The example's signed protocols: № 1 (in person, one invited) and № 3 (by
    correspondence, with ballots), and things to try on them."""

    body_id: int
    first: int  # meeting № 1
    third: int  # meeting № 3 (correspondence)
    item: int  # item 1 of № 1
    second_item: int
    decision: int  # decision 1.1 of № 1
    ballot_decision: int  # decision 1.1 of № 3
    member: int  # a member on both days
    outsider: int  # a person who is no member
    invitation: int
    proposal: int


def _prepare(database: Database) -> Signed:
    from desktop_app.store.example import load_example

    with database.session() as s:
        body_id = load_example(s)
    with database.session() as s:
        rows = {r.number: r for r in m.list_meetings(s, body_id, 2024)}
        first, third = rows[1].id, rows[3].id
        assert rows[1].status is rows[3].status is MeetingStatus.SIGNED
        assert m.meeting_state(s, third).form is MeetingForm.CORRESPONDENCE
        items = m.agenda_items(s, first)
        ballot_items = m.agenda_items(s, third)
        member = m.attendance(s, first)[-1].entry.person_id
        outsider = create_person(s, PersonFields(last_name="Посторонний", first_name="Пётр"))
        proposal = m.add_proposal(s, body_id, "О новом вопросе", date(2024, 3, 1))
        return Signed(
            body_id=body_id,
            first=first,
            third=third,
            item=items[0].id,
            second_item=items[1].id,
            decision=items[0].decisions[0].id,
            ballot_decision=ballot_items[0].decisions[0].id,
            member=member,
            outsider=outsider,
            invitation=m.invitations(s, first)[0].id,
            proposal=proposal,
        )


@pytest.fixture(scope="module")
def _template(tmp_path_factory) -> tuple[Path, Signed]:
    """The example loaded once for the module; each test gets a copy of the file."""
    path = tmp_path_factory.mktemp("signed") / "template.sqlite3"
    database = Database(path)
    x = _prepare(database)
    database.close()
    return path, x


@pytest.fixture
def database(tmp_path, _template) -> Database:
    path = tmp_path / "signed.sqlite3"
    shutil.copyfile(_template[0], path)
    db = Database(path)
    yield db
    db.close()


@pytest.fixture
def signed(database, _template) -> Signed:
    return _template[1]


Call = Callable[[object, Signed], object]

# The functions that write the protocol: each must be refused on a signed one.
WRITERS: dict[str, Call] = {
    "update_meeting": lambda s, x: m.update_meeting(
        s, x.first, m.MeetingFields(day=date(2024, 3, 15), venue="другое место")
    ),
    "delete_meeting": lambda s, x: m.delete_meeting(s, x.first),
    "add_item": lambda s, x: m.add_item(s, x.first, m.ItemFields(title="Новый вопрос")),
    "add_progress_item": lambda s, x: m.add_progress_item(s, x.first),
    "update_item": lambda s, x: m.update_item(s, x.item, m.ItemFields(title="Другой вопрос")),
    "delete_item": lambda s, x: m.delete_item(s, x.item),
    "reorder_items": lambda s, x: m.reorder_items(
        s, x.first, [i.id for i in reversed(m.agenda_items(s, x.first))]
    ),
    "move_item": lambda s, x: m.move_item(s, x.second_item, -1),
    "approve_agenda": lambda s, x: m.approve_agenda(s, x.first, date(2024, 3, 2)),
    "withdraw_approval": lambda s, x: m.withdraw_approval(s, x.first),
    "accept_proposal": lambda s, x: m.accept_proposal(s, x.proposal, x.first),
    "invite": lambda s, x: m.invite(s, x.first, person_id=x.outsider),
    "remove_invitation": lambda s, x: m.remove_invitation(s, x.invitation),
    "set_attendance": lambda s, x: m.set_attendance(
        s, x.first, x.member, False, AbsenceReason.VACATION
    ),
    "mark_unmarked_present": lambda s, x: m.mark_unmarked_present(s, x.first),
    "set_presiding": lambda s, x: m.set_presiding(s, x.first, None),
    "update_minutes": lambda s, x: m.update_minutes(s, x.item, "Другое", "Другое"),
    "add_decision": lambda s, x: m.add_decision(s, x.item, m.DecisionFields(text="Новое")),
    "update_decision": lambda s, x: m.update_decision(
        s, x.decision, m.DecisionFields(text="Другое решение")
    ),
    "delete_decision": lambda s, x: m.delete_decision(s, x.decision),
    "move_decision": lambda s, x: m.move_decision(s, x.decision, 1),
    "set_ballot": lambda s, x: m.set_ballot(s, x.ballot_decision, x.member, Vote.AGAINST),
    "set_member_ballot": lambda s, x: m.set_member_ballot(
        s, x.third, x.member, {x.ballot_decision: Vote.ABSTAINED}
    ),
    "set_ballots": lambda s, x: m.set_ballots(s, x.third, {x.member: {x.ballot_decision: None}}),
    "mark_held": lambda s, x: m.mark_held(s, x.first),
    "reopen_held": lambda s, x: m.reopen_held(s, x.first),
    "sign_protocol": lambda s, x: m.sign_protocol(s, x.first, date(2024, 3, 20)),
    "sign_amendment": lambda s, x: m.sign_amendment(s, x.first),
}

# The functions that only read: tried on the signed protocols, not one row is written.
READERS: dict[str, Call] = {
    "agenda_items": lambda s, x: m.agenda_items(s, x.first),
    "attendance": lambda s, x: m.attendance(s, x.first),
    "ballots": lambda s, x: m.ballots(s, x.third),
    "decision_fields": lambda s, x: m.decision_fields(s, x.decision),
    "earlier_invitees": lambda s, x: m.earlier_invitees(s, x.body_id),
    "find_meeting": lambda s, x: m.find_meeting(s, x.body_id, 1, 2024),
    "get_meeting": lambda s, x: m.get_meeting(s, x.first),
    "invitations": lambda s, x: m.invitations(s, x.first),
    "is_locked": lambda s, x: m.is_locked(m.get_meeting(s, x.first)),
    "item_fields": lambda s, x: m.item_fields(s, x.item),
    "list_meetings": lambda s, x: m.list_meetings(s, x.body_id),
    "list_proposals": lambda s, x: m.list_proposals(s, x.body_id, x.first),
    "meeting_fields": lambda s, x: m.meeting_fields(s, x.first),
    "meeting_state": lambda s, x: m.meeting_state(s, x.first),
    "meeting_years": lambda s, x: m.meeting_years(s, x.body_id),
    "members_on_day": lambda s, x: m.members_on_day(s, m.get_meeting(s, x.first)),
    "next_number": lambda s, x: m.next_number(s, x.body_id, 2024),
    "presiding_candidates": lambda s, x: m.presiding_candidates(s, x.first),
    "protocol_versions": lambda s, x: m.protocol_versions(s, x.first),
    "quarter_overview": lambda s, x: m.quarter_overview(s, x.body_id, 2024),
    "quorum": lambda s, x: m.quorum(s, x.third),
    "recorded_votes": lambda s, x: m.recorded_votes(m._decision(s, x.decision)),
    "short_quarters": lambda s, x: m.short_quarters(s, 2024),
}

# The functions that write other records than the protocol (a new meeting, the body's
# proposals): they work, and the signed protocols stay as they were.
OTHER_RECORDS: dict[str, Call] = {
    "create_meeting": lambda s, x: m.create_meeting(
        s, x.body_id, m.MeetingFields(day=date(2024, 3, 14))
    ),
    "add_proposal": lambda s, x: m.add_proposal(s, x.body_id, "Ещё вопрос", date(2024, 3, 1)),
    "defer_proposal": lambda s, x: m.defer_proposal(s, x.proposal, x.first),
    "delete_proposal": lambda s, x: m.delete_proposal(s, x.proposal),
}

# The one way to change a signed protocol: tested below with the amendment.
AMENDMENT = {"begin_amendment"}


def public_functions() -> set[str]:
    return {
        name
        for name, value in vars(m).items()
        if inspect.isfunction(value) and value.__module__ == m.__name__ and not name.startswith("_")
    }


def test_every_function_of_the_meetings_store_is_covered():
    covered = set(WRITERS) | set(READERS) | set(OTHER_RECORDS) | AMENDMENT
    new = public_functions() - covered
    assert not new, f"list these functions in tests/test_signed_protocol.py and try them: {new}"
    assert not covered - public_functions(), "functions gone from store.meetings"


def both(database, x: Signed) -> tuple[dict, dict]:
    return snapshot(database.path, x.first), snapshot(database.path, x.third)


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_writer_is_refused_and_changes_nothing(database, signed, name):
    before = both(database, signed)
    with database.session() as s:
        entries = len(audit.search(s, limit=100_000))
    with pytest.raises(ValidationError) as error:
        with database.session() as s:
            WRITERS[name](s, signed)
    assert error.value.field  # a Russian message naming the field
    assert both(database, signed) == before
    with database.session() as s:
        assert len(audit.search(s, limit=100_000)) == entries  # nothing logged either


# Without the store's rule, these reach the database and its triggers refuse them (the
# others are refused by a rule of their own before they write: listed with the reason).
STOPPED_BEFORE_WRITING = {
    "delete_meeting": "подписанное заседание не удаляется",
    "withdraw_approval": None,  # refused by the database or by its own check
    "sign_protocol": "протокол уже подписан",
    "sign_amendment": "исправление не начато",
    "accept_proposal": None,
    "mark_held": None,
    "reopen_held": None,  # the meeting is not «held»: nothing to do
    "mark_unmarked_present": None,  # everyone is marked: nothing to do
    "set_ballot": None,
    "set_member_ballot": None,
    "set_ballots": None,
}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_without_the_stores_rule_the_database_refuses(database, signed, monkeypatch, name):
    """The store's check switched off, as a future bug might: still nothing changes."""
    monkeypatch.setattr(m, "_ensure_protocol_editable", lambda meeting: None)
    monkeypatch.setattr(m, "_ensure_agenda_editable", lambda meeting: None)
    before = both(database, signed)
    message = ""
    try:
        with database.session() as s:
            WRITERS[name](s, signed)
    except ValidationError as error:
        message = str(error)
    assert both(database, signed) == before
    if name in STOPPED_BEFORE_WRITING:
        expected = STOPPED_BEFORE_WRITING[name]
        if expected:
            assert expected in message
    else:
        assert audit.SIGNED_PROTOCOL_MESSAGE in message


@pytest.mark.parametrize("name", sorted(READERS))
def test_a_reader_writes_nothing(database, signed, name):
    before = both(database, signed)
    with database.session() as s:
        connection = s.connection().connection.dbapi_connection
        changes = connection.total_changes
        READERS[name](s, signed)
        assert not (s.new or s.dirty or s.deleted)
        s.flush()
        assert connection.total_changes == changes
    assert both(database, signed) == before


@pytest.mark.parametrize("name", sorted(OTHER_RECORDS))
def test_other_records_are_written_and_the_protocol_stays(database, signed, name):
    before = both(database, signed)
    with database.session() as s:
        OTHER_RECORDS[name](s, signed)
    assert both(database, signed) == before


# ----- raw SQL ------------------------------------------------------------------------------


def _other_value(value):
    if value is None:
        return 1
    if isinstance(value, int | float):
        return value + 1
    return f"{value}x"


def _refused(connection: sqlite3.Connection, sql: str, parameters=()) -> None:
    with pytest.raises(sqlite3.IntegrityError, match=audit.SIGNED_PROTOCOL_REFUSAL):
        connection.execute(sql, parameters)


def test_raw_sql_cannot_change_a_signed_protocol(database, signed):
    """Every column of every row of the protocol (and of its kept version) changed, every
    row deleted and inserted again, by plain SQL: SQLite refuses each."""
    before = both(database, signed)
    tried = 0
    tables = set()
    with contextlib.closing(sqlite3.connect(database.path)) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.row_factory = sqlite3.Row
        for meeting_id in (signed.first, signed.third):
            for table, sql in PROTOCOL_TABLES.items():
                star = sql.split()[1]  # «*» or «s.*»
                select = sql.replace(star, f"{star[:-1]}rowid AS row_id, {star}", 1)
                rows = connection.execute(select, {"m": meeting_id}).fetchall()
                if rows:
                    tables.add(table)
                for row in rows:
                    columns = [c for c in row.keys() if c != "row_id"]
                    for column in columns:
                        if table == "meeting" and column in ("amendment_on", "amendment_reason"):
                            continue
                        _refused(
                            connection,
                            f'UPDATE {table} SET "{column}" = ? WHERE rowid = ?',
                            (_other_value(row[column]), row["row_id"]),
                        )
                        tried += 1
                    _refused(connection, f"DELETE FROM {table} WHERE rowid = ?", (row["row_id"],))
                    # (a new version is how a signature and an amendment are kept)
                    if table not in ("meeting", "protocol_version"):
                        copy = {c: row[c] for c in columns}
                        for key in ("id",):  # a new row like the old one
                            if key in copy:
                                copy[key] = None
                        if isinstance(copy.get("position"), int):
                            copy["position"] += 100
                        if table in ("attendance", "ballot_vote"):
                            copy["person_id"] = signed.outsider
                        names = ", ".join(f'"{c}"' for c in copy)
                        marks = ", ".join("?" for _ in copy)
                        _refused(
                            connection,
                            f"INSERT INTO {table} ({names}) VALUES ({marks})",
                            tuple(copy.values()),
                        )
                    tried += 2
        # the reason of an amendment without the amendment; un-signing; a forged signature
        _refused(
            connection, "UPDATE meeting SET amendment_reason = 'x' WHERE id = ?", (signed.first,)
        )
        _refused(
            connection,
            "INSERT INTO meeting (body_id, year, number, day, venue, form, status, "
            "protocol_form, amendment_reason, note) "
            "VALUES (?, 2024, 99, '2024-05-01', '', 'in_person', 'signed', 'full', '', '')",
            (signed.body_id,),
        )
        _refused(connection, "DELETE FROM body WHERE id = ?", (signed.body_id,))
        connection.rollback()
    assert tables == set(PROTOCOL_TABLES) and tried > 300
    assert both(database, signed) == before


def test_raw_sql_through_the_program_is_a_russian_message(database, signed):
    with pytest.raises(ValidationError, match="изменения вносятся только исправлением") as error:
        with database.session() as s:
            s.execute(
                text("UPDATE decision SET text = 'подделка' WHERE id = :d"), {"d": signed.decision}
            )
    assert error.value.field == "Протокол"


def test_the_newest_schema_has_every_trigger(database):
    spec = importlib.util.spec_from_file_location(
        "migration_0006", migrations_path() / "versions" / "0006_audit_trail.py"
    )
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    with contextlib.closing(sqlite3.connect(database.path)) as connection:
        present = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            )
        }
        columns = {row[1] for row in connection.execute("PRAGMA table_info(meeting)")}
    assert set(migration.trigger_names()) <= present
    # a column added to the meeting later must be added to the triggers' list too
    assert columns - set(migration.MEETING_COLUMNS) == {"amendment_on", "amendment_reason"}


# ----- the amendment ---------------------------------------------------------------------------


def test_the_amendment_changes_it_keeps_both_versions_and_is_logged(database, signed):
    kept = snapshot(database.path, signed.first)["protocol_version"]
    with database.session() as s:
        m.begin_amendment(s, signed.first, date(2024, 4, 2), "опечатка в решении 1.1")
    with database.session() as s:
        fields = m.decision_fields(s, signed.decision)
        fields.text = "Принять к сведению информацию докладчика."
        m.update_decision(s, signed.decision, fields)
    with database.session() as s:
        assert m.sign_amendment(s, signed.first) == 2
    with database.session() as s:
        assert m.decision_fields(s, signed.decision).text == fields.text
        assert [v.version for v in m.protocol_versions(s, signed.first)] == [1, 2]
        assert m.is_locked(m.get_meeting(s, signed.first))
        rows = audit.history(s, audit.MEETING, signed.first)
    assert snapshot(database.path, signed.first)["protocol_version"][0] == kept[0]  # kept as is
    by_field = {(r.field, r.new_value): r for r in rows}
    assert ("Исправление от", "02.04.2024") in by_field
    assert ("Причина исправления", "опечатка в решении 1.1") in by_field
    assert ("Решение", fields.text) in by_field
    assert by_field[("Решение", fields.text)].detail == "вопрос 1, решение 1.1"
    assert ("Подписанная редакция", "2") in by_field
    assert all(r.user == audit.current_user() for r in rows)
    # locked again: the database refuses once more
    with pytest.raises(ValidationError, match="только исправлением"):
        with database.session() as s:
            s.execute(text("UPDATE decision SET text = 'x' WHERE id = :d"), {"d": signed.decision})


@pytest.mark.parametrize("call", ["withdraw_approval", "mark_held"])
def test_an_open_amendment_does_not_unsign_the_protocol(database, signed, call):
    """Inside an amendment the protocol is editable, but it stays signed on its date."""
    with database.session() as s:
        m.begin_amendment(s, signed.first, date(2024, 4, 2), "уточнение")
    before = snapshot(database.path, signed.first)
    with pytest.raises(ValidationError):
        with database.session() as s:
            getattr(m, call)(s, signed.first)
    assert snapshot(database.path, signed.first) == before
    with database.session() as s:
        assert m.meeting_state(s, signed.first).status is MeetingStatus.SIGNED
