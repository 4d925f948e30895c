<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="75"/>
        <source>Absence</source>
        <translation>Отсутствие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="80"/>
        <source>Absent: {0}</source>
        <translation>Отсутствует: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="82"/>
        <source>Absent ({0}): {1}</source>
        <translation>Отсутствуют ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="95"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="98"/>
        <source>For another reason: what it is</source>
        <translation>Для иной причины — какая именно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="101"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="104"/>
        <source>Mark absent</source>
        <translation>Отметить отсутствие</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="146"/>
        <source>New agenda item</source>
        <translation>Новый вопрос повестки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="148"/>
        <source>Agenda item {0}</source>
        <translation>Вопрос повестки {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="156"/>
        <source>&amp;Item of the agenda:</source>
        <translation>&amp;Вопрос повестки:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="161"/>
        <source>For example: On the progress of the plan of measures in the third quarter</source>
        <translation>Например: О ходе реализации плана мероприятий за III квартал 2023 года</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="168"/>
        <source>&amp;Speakers:</source>
        <translation>&amp;Докладчики:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="181"/>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="183"/>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="185"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="203"/>
        <source>A member, an invited person or any text…</source>
        <translation>Член состава, приглашенный или любой текст…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="212"/>
        <source>Add speaker</source>
        <translation>Добавить докладчика</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="220"/>
        <source>Choose a member of the roster on {0} or a person invited to the meeting, or type the speaker as text (e.g. «a representative of ANO …»), then press Enter.</source>
        <translation>Выберите члена состава на {0} или приглашенного на заседание либо введите докладчика текстом (например, «представитель АНО …») и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="233"/>
        <source>&amp;Materials prepared by:</source>
        <translation>&amp;Материалы готовит:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="278"/>
        <source>{0} — invited</source>
        <translation>{0} — приглашенный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="346"/>
        <source>{0} is already a speaker on this item</source>
        <translation>{0} уже в числе докладчиков по этому вопросу</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop_app/views/agenda_model.py" line="53"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/agenda_model.py" line="54"/>
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/agenda_model.py" line="55"/>
        <source>Speakers</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/agenda_model.py" line="56"/>
        <source>Materials prepared by</source>
        <translation>Материалы готовит</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="633"/>
        <source>Add item…</source>
        <translation>Добавить вопрос…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="636"/>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="841"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="639"/>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="719"/>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="931"/>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="979"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="644"/>
        <source>Progress of decisions</source>
        <translation>Ход исполнения решений</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="649"/>
        <source>Add the item «On the progress of the decisions»: the secretary reports, and the minutes list the assignments on control</source>
        <translation>Добавить вопрос «О ходе исполнения решений»: докладывает секретарь, в протокол (СЛУШАЛИ) вносится перечень поручений на контроле</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="655"/>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="657"/>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>Переместить вопрос выше (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="659"/>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="661"/>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>Переместить вопрос ниже (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="692"/>
        <source>The agenda has no items yet: add them with «Add item…».</source>
        <translation>В повестке пока нет вопросов: добавьте их кнопкой «Добавить вопрос…».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="700"/>
        <source>Proposals for the agenda</source>
        <translation>Предложения в повестку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="705"/>
        <source>Add a proposal…</source>
        <translation>Добавить предложение…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="710"/>
        <source>Put on the agenda</source>
        <translation>Включить в повестку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="714"/>
        <source>Defer…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="768"/>
        <source>The protocol was signed on {0}: the agenda does not change. A correction is made only by an amendment.</source>
        <translation>Протокол подписан {0}: повестка не меняется. Изменения вносятся только исправлением.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="775"/>
        <source>The agenda was approved on {0}. To change it, withdraw the approval (after the changes the agenda must be approved again).</source>
        <translation>Повестка утверждена {0}. Чтобы изменить её, отмените утверждение (после изменений повестку нужно утвердить снова).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="780"/>
        <source>Items: {0}</source>
        <translation>Вопросов: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="841"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="920"/>
        <source>Delete item {0} «{1}» from the agenda?</source>
        <translation>Удалить из повестки вопрос {0} «{1}»?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="924"/>
        <source>Its minutes and decisions are deleted with it.</source>
        <translation>Вместе с ним удаляются записи протокола и решения по нему.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="977"/>
        <source>Delete the proposal «{0}»?</source>
        <translation>Удалить предложение «{0}»?</translation>
    </message>
</context>
<context>
    <name>AssignmentCard</name>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="714"/>
        <source>Assignment</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="738"/>
        <source>Record execution…</source>
        <translation>Отметить исполнение…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="739"/>
        <source>Extend the deadline…</source>
        <translation>Продлить срок…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="740"/>
        <source>Take off control…</source>
        <translation>Снять с контроля…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="741"/>
        <source>Return to control</source>
        <translation>Вернуть на контроль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="742"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="743"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="753"/>
        <source>History of changes…</source>
        <translation>История изменений…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="762"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="813"/>
        <source>Only an assignment entered by hand and without reports is deleted</source>
        <translation>Удалить можно только поручение, введенное вручную и без отчетов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="836"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="838"/>
        <source>Grounds:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="842"/>
        <source>entered by hand</source>
        <translation>введено вручную</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="847"/>
        <source>Open the protocol</source>
        <translation>Открыть протокол</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="852"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="853"/>
        <source>Body:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="854"/>
        <source>Given on:</source>
        <translation>Дата поручения:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="858"/>
        <source>(responsible)</source>
        <translation>(ответственный)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="858"/>
        <source>(co-executor)</source>
        <translation>(соисполнитель)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="861"/>
        <source>Executors:</source>
        <translation>Исполнители:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="863"/>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="868"/>
        <source>Extensions of the deadline</source>
        <translation>Продление срока</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="875"/>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="927"/>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="877"/>
        <source>{0} → {1}, decided on {2}</source>
        <translation>{0} → {1}, решение от {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="892"/>
        <source>Reports of execution</source>
        <translation>Отчеты об исполнении</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="896"/>
        <source>No reports yet</source>
        <translation>Отчетов пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="905"/>
        <source>executed on {0}</source>
        <translation>исполнено {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="907"/>
        <source>taken off control on {0}</source>
        <translation>снято с контроля {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="910"/>
        <source>overdue: the deadline was {0} ({1} days ago)</source>
        <translation>просрочено: срок истек {0} (прошло {1} дн.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="919"/>
        <source>next: {0} — the report for {1}</source>
        <translation>очередной срок {0} — отчет за {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="929"/>
        <source>extended {0} time(s)</source>
        <translation>продлений срока: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="938"/>
        <source>Report of {0}</source>
        <translation>Отчет от {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="940"/>
        <source>for {0} (due {1})</source>
        <translation>за {0} (срок {1})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="945"/>
        <source>(deadline {0})</source>
        <translation>(срок {0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="951"/>
        <source>late</source>
        <translation>с нарушением срока</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="958"/>
        <source>Accepted by: {0}</source>
        <translation>Принял: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="965"/>
        <source>File: {0}</source>
        <translation>Файл: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="967"/>
        <source>Open the file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="971"/>
        <source>Save a copy as…</source>
        <translation>Сохранить копию как…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="992"/>
        <source>No program opens «{0}»; save a copy and open it yourself.</source>
        <translation>Нет программы, которая открывает «{0}»; сохраните копию и откройте ее сами.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="1000"/>
        <source>The stored copy of «{0}» is missing: {1}</source>
        <translation>Сохраненная копия «{0}» не найдена: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="1008"/>
        <source>Save a copy of the file</source>
        <translation>Сохранить копию файла</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="1015"/>
        <source>Could not save «{0}»: {1}</source>
        <translation>Не удалось сохранить «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="209"/>
        <source>New assignment</source>
        <extracomment>QSettings keys: who accepts the reports, the folder of the last attached file. The card&apos;s width and the range of its height (a longer card scrolls). How long a text of an assignment is quoted at the top of the small dialogs.</extracomment>
        <translation>Новое поручение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="209"/>
        <source>Assignment</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="286"/>
        <source>The assignment comes from a protocol: its text and source change only by an amendment of the protocol, its deadline by an extension.</source>
        <translation>Поручение из протокола: его текст и источник меняются только исправлением протокола, срок — продлением.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="294"/>
        <source>The deadline has reports or extensions: it moves only by an extension («Extend the deadline…»), which keeps the old date.</source>
        <translation>По сроку есть отчеты или продления: срок меняется только продлением («Продлить срок…»), прежняя дата сохраняется.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="358"/>
        <source>{0}; the next report is due on {1} (for {2})</source>
        <translation>{0}; очередной отчет — {1} (за {2})</translation>
    </message>
</context>
<context>
    <name>AssignmentDialogs</name>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="1086"/>
        <source>The assignment is {0}: return it to control first.</source>
        <translation>Поручение уже {0}: сначала верните его на контроль.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="1103"/>
        <source>Create a commission or a working group first.</source>
        <translation>Сначала создайте комиссию или рабочую группу.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="1177"/>
        <source>Return the assignment «{0}» to control? It is now {1}; its reports stay.</source>
        <translation>Вернуть поручение «{0}» на контроль? Сейчас оно {1}; его отчеты сохранятся.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="1184"/>
        <source>Return to control</source>
        <translation>Вернуть на контроль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="1202"/>
        <source>Delete the assignment «{0}»? This cannot be undone.</source>
        <translation>Удалить поручение «{0}»? Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="1205"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>AssignmentForm</name>
    <message>
        <location filename="../../ui/assignment_form.ui" line="6"/>
        <source>Assignment</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="18"/>
        <source>Body:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="20"/>
        <source>Assignment:</source>
        <translation>Поручение:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="21"/>
        <source>What is to be done: prepare, submit, ensure…</source>
        <translation>Что нужно сделать: подготовить, представить, обеспечить…</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="22"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="23"/>
        <source>e.g. instruction of the chair of 12.03.2025</source>
        <translation>например, поручение председателя от 12.03.2025</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="24"/>
        <source>Given on:</source>
        <translation>Дата поручения:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="31"/>
        <source>Responsible:</source>
        <translation>Ответственные:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="35"/>
        <source>Romanov V.V., economy department</source>
        <translation>Романов В.В., управление экономического развития</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="36"/>
        <source>Separated by commas: the responsible first, then the co-executors.</source>
        <translation>Через запятую: первым — ответственный за исполнение, за ним соисполнители.</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="39"/>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="44"/>
        <source>date:</source>
        <translation>дата:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="51"/>
        <source>recurring:</source>
        <translation>периодически:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="56"/>
        <source>by the</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="58"/>
        <source>day</source>
        <translation>числа</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="64"/>
        <source>no date:</source>
        <translation>без даты:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_form.ui" line="65"/>
        <source>permanently</source>
        <translation>постоянно</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="58"/>
        <source>Assignment</source>
        <extracomment>Overdue lines are written in this dark red (and marked «⚠» in the status column). Lines no longer on control (executed, taken off control) are greyed. The store&apos;s sort key of each column that can be sorted by a click on its header.</extracomment>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="59"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="60"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="61"/>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="62"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="63"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="64"/>
        <source>Executed</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="135"/>
        <source>Click to sort by this column</source>
        <translation>Щелкните, чтобы упорядочить по этому столбцу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="185"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="193"/>
        <source>monthly</source>
        <translation>ежемес.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="195"/>
        <source>quarterly</source>
        <translation>ежекв.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="197"/>
        <source>yearly</source>
        <translation>ежегодно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="198"/>
        <source>recurring</source>
        <translation>периодич.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="209"/>
        <source>{0} (responsible)</source>
        <translation>{0} (ответственный)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="210"/>
        <source>{0} (co-executor)</source>
        <translation>{0} (соисполнитель)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="215"/>
        <source>The deadline was extended (↻): the card shows the history</source>
        <translation>Срок продлевался (↻): история — в карточке поручения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_model.py" line="218"/>
        <source>Overdue: the deadline {0} has passed</source>
        <translation>Просрочено: срок {0} истек</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="102"/>
        <source>&amp;New assignment…</source>
        <translation>&amp;Новое поручение…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="104"/>
        <source>An instruction put on control by hand, between meetings (Ins)</source>
        <translation>Поручение, поставленное на контроль вручную, между заседаниями (Ins)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="111"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="113"/>
        <source>The card of the assignment: reports, extensions, history (Enter)</source>
        <translation>Карточка поручения: отчеты, продления, история (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="117"/>
        <source>Record &amp;execution…</source>
        <translation>Отметить &amp;исполнение…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="119"/>
        <source>Record the report of execution: the assignment is executed</source>
        <translation>Записать отчет об исполнении: поручение исполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="123"/>
        <source>E&amp;xtend the deadline…</source>
        <translation>Продлить &amp;срок…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="125"/>
        <source>A new deadline; the old one and the reason are kept</source>
        <translation>Новый срок; прежний срок и причина продления сохраняются</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="129"/>
        <source>&amp;Take off control…</source>
        <translation>Снять с &amp;контроля…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="131"/>
        <source>Take off control without execution, giving the reason</source>
        <translation>Снять с контроля без исполнения, указав основание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="135"/>
        <source>&amp;Return to control</source>
        <translation>&amp;Вернуть на контроль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="137"/>
        <source>Undo an execution or a removal recorded by mistake</source>
        <translation>Отменить исполнение или снятие с контроля, отмеченные по ошибке</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="141"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="143"/>
        <source>Delete an assignment entered by mistake (only one entered by hand)</source>
        <translation>Удалить поручение, введенное по ошибке (только введенное вручную)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="147"/>
        <source>&amp;Print the list…</source>
        <translation>&amp;Печать перечня…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="149"/>
        <source>Print preview of the list as filtered</source>
        <translation>Предварительный просмотр перечня с примененным отбором</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="153"/>
        <source>Sa&amp;ve the list (PDF, Excel)…</source>
        <translation>Со&amp;хранить перечень (PDF, Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="155"/>
        <source>Save the list as filtered as a PDF or Excel file</source>
        <translation>Сохранить перечень с примененным отбором в файл PDF или Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="159"/>
        <source>Re&amp;minder to a responsible…</source>
        <translation>Напо&amp;минание ответственному…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="161"/>
        <source>A letter to a responsible listing their open assignments (PDF, Word)</source>
        <translation>Письмо ответственному с перечнем его поручений на контроле (PDF, Word)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="183"/>
        <source>Control of execution</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="211"/>
        <source>on control</source>
        <translation>на контроле</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="212"/>
        <source>overdue ones</source>
        <translation>просроченные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="213"/>
        <source>deadline approaching</source>
        <translation>срок подходит</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="214"/>
        <source>executed ones</source>
        <translation>исполненные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="215"/>
        <source>taken off control</source>
        <translation>снятые с контроля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="216"/>
        <source>all statuses</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="220"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="226"/>
        <source>within </source>
        <translation>в ближайшие </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="227"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="228"/>
        <source>The deadline comes within this many days from today</source>
        <translation>Срок наступает в течение стольких дней, считая от сегодняшнего</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="241"/>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="253"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="266"/>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="269"/>
        <source>A part of the name of a responsible (a person or a unit), any case</source>
        <translation>Часть имени ответственного (человека или подразделения), в любом регистре</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="283"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="288"/>
        <source>words of the text, source or reports</source>
        <translation>слова текста, источника или отчетов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="292"/>
        <source>Finds the assignments containing every word typed (or a word beginning with it) in the text, the source, the responsibles or the reports; any case, ё = е; from two letters on</source>
        <translation>Находит поручения, в тексте, источнике, ответственных или отчетах которых есть каждое набранное слово (или слово, которое с него начинается); регистр не важен, ё = е; поиск начинается со второй буквы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="299"/>
        <source>Sea&amp;rch:</source>
        <translation>По&amp;иск:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="301"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="303"/>
        <source>Show all the assignments on control again</source>
        <translation>Снова показать все поручения на контроле</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="333"/>
        <source>More</source>
        <translation>Еще</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="347"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="348"/>
        <source>The list as filtered, a reminder letter</source>
        <translation>Перечень с примененным отбором, письмо-напоминание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="642"/>
        <source>All bodies</source>
        <extracomment>The widths of the dates and the status; the other columns share the rest.</extracomment>
        <translation>Все органы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="653"/>
        <location filename="../../desktop_app/views/assignments_page.py" line="669"/>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="755"/>
        <source>Nothing found: change the filters or press «Reset».</source>
        <translation>Ничего не найдено: измените отбор или нажмите «Сбросить».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="757"/>
        <source>No assignments on control.</source>
        <translation>Поручений на контроле нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="760"/>
        <source>Shown {0} of {1} (scroll down for more)</source>
        <translation>Показано {0} из {1} (прокрутите вниз, чтобы увидеть остальные)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="764"/>
        <source>Assignments: {0}</source>
        <translation>Поручений: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="910"/>
        <source>The list holds {0} assignments: the document will be long and take a while. Narrow the list with the filters, or make it anyway?</source>
        <translation>В перечне {0} поручений: документ будет большим и займет время. Сузить перечень отбором или все же сформировать документ?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="914"/>
        <source>Make the document</source>
        <translation>Сформировать документ</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="34"/>
        <source>Attendance</source>
        <translation>Явка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="35"/>
        <source>Voted (ballot)</source>
        <translation>Голосовал (опросный лист)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="37"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="38"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="39"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="41"/>
        <source>Reason for absence</source>
        <translation>Причина отсутствия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="82"/>
        <source>voted</source>
        <translation>голосовал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="82"/>
        <source>no ballot</source>
        <translation>не голосовал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="84"/>
        <source>not marked</source>
        <translation>не отмечен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="85"/>
        <source>present</source>
        <translation>присутствовал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="85"/>
        <source>absent</source>
        <translation>отсутствовал</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="385"/>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="386"/>
        <source>Mark absence…</source>
        <translation>Отметить отсутствие…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="387"/>
        <source>Clear the mark</source>
        <translation>Снять отметку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="390"/>
        <source>Mark the selected members present (Space)</source>
        <translation>Отметить выбранных присутствующими (Пробел)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="394"/>
        <source>Mark the rest present</source>
        <translation>Отметить остальных присутствующими</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="427"/>
        <source>Invited</source>
        <translation>Приглашенные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="431"/>
        <source>Invite…</source>
        <translation>Пригласить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="435"/>
        <source>Remove from the invited</source>
        <translation>Удалить из приглашенных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="492"/>
        <source>A meeting by correspondence: the members who returned a ballot take part. The votes of the ballots are recorded on the «Protocol» tab, and this list follows them.</source>
        <translation>Заседание заочное: участвуют члены, вернувшие опросный лист. Голоса по опросным листам отмечаются на вкладке «Протокол», и этот список следует за ними.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="500"/>
        <source>The protocol was signed on {0}: attendance does not change. A correction is made only by an amendment.</source>
        <translation>Протокол подписан {0}: явка не меняется. Изменения вносятся только исправлением.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="508"/>
        <source>Absent: {0}; not marked: {1}</source>
        <translation>Отсутствуют: {0}; не отмечены: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="521"/>
        <source>The quorum rule of the body: {0}. Members on the roster on {1}: {2}; a quorum needs at least {3} present.</source>
        <translation>Правило кворума органа: {0}. Членов в составе на {1}: {2}; для кворума нужно не менее {3} присутствующих.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="537"/>
        <source>Presiding: nobody (the chair and the deputies are absent or not on the roster)</source>
        <translation>Председательствующий не определен: председатель и заместители отсутствуют или не входят в состав</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="540"/>
        <source>Presiding: {0} ({1})</source>
        <translation>Председательствует: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="544"/>
        <source> — the chair {0} is absent</source>
        <translation> — председатель {0} отсутствует</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="715"/>
        <source>Remove {0} from the people invited to the meeting?</source>
        <translation>Удалить {0} из приглашенных на заседание?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="719"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="79"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="80"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="81"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="82"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="82"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="83"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="84"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="85"/>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="86"/>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="41"/>
        <source>&amp;Back up now</source>
        <extracomment>Files up to this size are checked page by page on every opening (a few milliseconds per megabyte); larger ones are checked in the background through their start-up copy.</extracomment>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="47"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="52"/>
        <source>Backup &amp;settings…</source>
        <translation>&amp;Резервное копирование…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="57"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Проверить базу данных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="89"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="91"/>
        <source>The database «{0}» is already open in another copy of the program ({1}).

Two programs must not change one database. Open it read-only: you can see and print everything, but not change it?</source>
        <translation>База данных «{0}» уже открыта в другой программе ({1}).

Две программы не должны одновременно изменять одну базу. Открыть её только для чтения: всё можно смотреть и печатать, но не изменять?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="101"/>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="119"/>
        <source>Backing up the database and upgrading it to this version…</source>
        <translation>Резервная копия базы данных и обновление до этой версии программы…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="135"/>
        <source>{0} — {1} (read-only)</source>
        <translation>{0} — {1} (только чтение)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="140"/>
        <source>Read-only: the database is open elsewhere</source>
        <translation>Только чтение: база данных открыта в другой программе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="157"/>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="158"/>
        <source>The database «{0}» cannot be opened: {1}.

Nothing has been changed in it. The way out is to restore the latest sound backup; the damaged file will be kept among the copies.</source>
        <translation>База данных «{0}» не может быть открыта: {1}.

В ней ничего не изменено. Выход — восстановить последнюю исправную резервную копию; повреждённый файл будет сохранён среди копий.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="165"/>
        <source>The latest copy: {0} ({1}).</source>
        <translation>Последняя копия: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="172"/>
        <source>Restore the latest copy</source>
        <translation>Восстановить из последней копии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="177"/>
        <source>Choose a copy…</source>
        <translation>Выбрать копию…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="205"/>
        <location filename="../../desktop_app/views/backup_commands.py" line="359"/>
        <source>Backing up the database…</source>
        <translation>Резервное копирование базы данных…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="211"/>
        <source>The backup was not made: {0}</source>
        <translation>Резервная копия не создана: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="219"/>
        <source>The backup is saved:
{0}</source>
        <translation>Резервная копия сохранена:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="244"/>
        <source>Replace the database «{0}» with the copy of {1} ({2})?

The current database is kept as one more copy first.</source>
        <translation>Заменить базу данных «{0}» копией от {1} ({2})?

Текущая база сначала будет сохранена как ещё одна копия.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="253"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="267"/>
        <source>Restoring the database…</source>
        <translation>Восстановление базы данных…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="273"/>
        <source>The database was not restored: {0}</source>
        <translation>База данных не восстановлена: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="280"/>
        <source>The database is restored from the copy of {0}.</source>
        <translation>База данных восстановлена из копии от {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="284"/>
        <source>The database as it was is kept as the copy «{0}».</source>
        <translation>Прежняя база данных сохранена как копия «{0}».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="314"/>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="320"/>
        <source>The database «{0}» is sound.</source>
        <translation>База данных «{0}» исправна: ошибок не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="327"/>
        <source>The database «{0}» has errors: {1}.

Restore it from the latest sound backup («Service» → «Restore from a backup»).</source>
        <translation>В базе данных «{0}» найдены ошибки: {1}.

Восстановите её из последней исправной резервной копии («Сервис» → «Восстановить из копии»).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="337"/>
        <source>Backup saved: {0}</source>
        <translation>Резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="342"/>
        <source>The backup failed: {0}</source>
        <translation>Резервная копия не создана: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_commands.py" line="346"/>
        <source>The automatic backup failed: {0}.

Check the folder of copies («Service» → «Backup settings»); if the check found the database damaged, restore it from the latest sound copy.</source>
        <translation>Автоматическое резервное копирование не удалось: {0}.

Проверьте папку копий («Сервис» → «Резервное копирование»); если проверка нашла повреждение базы, восстановите её из последней исправной копии.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="52"/>
        <source>Backups</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="56"/>
        <source>Back up automatically: at start-up, once a day and on exit</source>
        <translation>Создавать копии автоматически: при запуске, раз в день и при выходе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="66"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="77"/>
        <source>Folder of copies:</source>
        <translation>Папка копий:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="78"/>
        <source>One copy a day, for the last days:</source>
        <translation>По одной копии за день, дней:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="79"/>
        <source>One copy a week, for the last weeks:</source>
        <translation>По одной копии за неделю, недель:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="80"/>
        <source>One copy a month, for the last months:</source>
        <translation>По одной копии за месяц, месяцев:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="83"/>
        <source>An empty folder means the folder beside the database. A network share or a USB drive keeps the copies safe when the computer fails. The copies made by hand, before a restore and before an upgrade are never deleted.</source>
        <translation>Если папка не указана, копии хранятся в папке рядом с базой данных. Сетевая папка или USB-диск сохранят копии, если откажет сам компьютер. Копии, созданные вручную, перед восстановлением и перед обновлением программы, не удаляются.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="116"/>
        <source>Folder of copies</source>
        <translation>Папка копий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="126"/>
        <source>There are no copies of this database in the folder yet.</source>
        <translation>В папке пока нет копий этой базы данных.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="128"/>
        <source>Copies in the folder: {0}; the last one {1} ({2}).</source>
        <translation>Копий в папке: {0}; последняя — {1} ({2}).</translation>
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="232"/>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="261"/>
        <source>Double-click or F2 to change; or select cells and use the buttons</source>
        <translation>Двойной щелчок или F2 — изменить; или выделите ячейки и нажмите кнопку ниже</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../desktop_app/views/body_dialog.py" line="24"/>
        <source>New body</source>
        <translation>Новый орган</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/body_dialog.py" line="24"/>
        <source>Body settings</source>
        <translation>Сведения об органе</translation>
    </message>
</context>
<context>
    <name>BodyForm</name>
    <message>
        <location filename="../../ui/body_form.ui" line="6"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="10"/>
        <source>Kind of body:</source>
        <translation>Вид органа:</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="12"/>
        <source>Full name:</source>
        <translation>Полное наименование:</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="13"/>
        <source>working group on ...</source>
        <translation>рабочая группа по ...</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="14"/>
        <source>Full name in the genitive:</source>
        <translation>Наименование в родительном падеже:</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="15"/>
        <source>filled in automatically</source>
        <translation>заполняется автоматически</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="16"/>
        <source>Short name:</source>
        <translation>Краткое наименование:</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="18"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="20"/>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="21"/>
        <source>city of ...</source>
        <translation>г. ...</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="22"/>
        <source>Creating act</source>
        <translation>Акт о создании</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="23"/>
        <source>Kind of act:</source>
        <translation>Вид акта:</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="25"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="27"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="29"/>
        <source>Rules of work</source>
        <translation>Порядок работы</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="30"/>
        <source>Quorum:</source>
        <translation>Кворум:</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="32"/>
        <source>Reports due on day:</source>
        <translation>Срок отчетов, число:</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="33"/>
        <source>Executors report by this day of the month after the quarter</source>
        <translation>Исполнители представляют отчеты до этого числа месяца, следующего за отчетным кварталом</translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="34"/>
        <source>Meetings per quarter, at least:</source>
        <translation>Заседаний в квартал, не менее:</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="897"/>
        <source>New decision</source>
        <translation>Новое решение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="897"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../ui/decision_form.ui" line="6"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="10"/>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="11"/>
        <source>Take the information into account</source>
        <translation>Информацию принять к сведению</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="12"/>
        <source>Responsible:</source>
        <translation>Ответственные:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="13"/>
        <source>people or units, e.g. the economy department</source>
        <translation>люди или подразделения, например: управление экономики</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="14"/>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="18"/>
        <source>none</source>
        <translation>без срока</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="19"/>
        <source>date:</source>
        <translation>дата:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="22"/>
        <source>in words:</source>
        <translation>текстом:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="23"/>
        <source>quarterly by the 3rd day</source>
        <translation>ежеквартально до 3 числа</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="28"/>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="34"/>
        <source>for:</source>
        <translation>за:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="37"/>
        <source>against:</source>
        <translation>против:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="40"/>
        <source>abstained:</source>
        <translation>воздержались:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="43"/>
        <source>Unanimous</source>
        <translation>Единогласно</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="43"/>
        <source>Everyone present voted for</source>
        <translation>Все присутствующие проголосовали «за»</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="46"/>
        <source>no vote was taken / record the vote later</source>
        <translation>голосование не проводилось / записать позже</translation>
    </message>
    <message>
        <location filename="../../ui/decision_form.ui" line="50"/>
        <source>A correspondence meeting: the votes come from the members&apos; ballots (the grid under the decisions on the «Minutes» tab).</source>
        <translation>Заочное заседание: голоса берутся из опросных листов членов (таблица под решениями на вкладке «Протокол»).</translation>
    </message>
</context>
<context>
    <name>DeferDialog</name>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="508"/>
        <source>Defer the proposal</source>
        <translation>Перенос предложения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="528"/>
        <source>No. {0} of {1}</source>
        <translation>№ {0} от {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="529"/>
        <source>a later meeting (not planned yet)</source>
        <translation>на более позднее заседание (еще не назначено)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="531"/>
        <source>&amp;Defer to:</source>
        <translation>&amp;Перенести на:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="534"/>
        <source>Defer</source>
        <translation>Перенести</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="111"/>
        <source>Add a recipient</source>
        <translation>Добавить получателя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="114"/>
        <source>Member or invited person:</source>
        <translation>Член или приглашенный:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="120"/>
        <source>Other recipient:</source>
        <translation>Другой получатель:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="124"/>
        <source>e.g. the city prosecutor&apos;s office</source>
        <translation>например, прокуратура г. Белово</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="131"/>
        <source>Method:</source>
        <translation>Способ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="133"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="136"/>
        <source>e.g. outgoing No. 12-345</source>
        <translation>например, исх. № 12-345</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="137"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>DisciplinePage</name>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="331"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="335"/>
        <source>whole year</source>
        <translation>весь год</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="337"/>
        <source>{0} quarter</source>
        <translation>{0} квартал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="341"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="343"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="358"/>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="361"/>
        <source>&amp;Print the report…</source>
        <translation>&amp;Печать отчета…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="364"/>
        <source>Print preview of «Information on the execution of assignments» for the period</source>
        <translation>Просмотр перед печатью информации об исполнении поручений за период</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="367"/>
        <source>&amp;Save the report…</source>
        <translation>&amp;Сохранить отчет…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="369"/>
        <source>Save the execution report of the period as a file</source>
        <translation>Сохранить информацию об исполнении поручений за период в файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="399"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="400"/>
        <source>Lead responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="401"/>
        <source>By body</source>
        <translation>По органам</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="402"/>
        <source>By responsible</source>
        <translation>По ответственным</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="415"/>
        <source>Put on
control</source>
        <translation>Поставлено
на контроль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="416"/>
        <source>Executed
on time</source>
        <translation>Исполнено
в срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="417"/>
        <source>Executed
late</source>
        <translation>С нарушением
срока</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="418"/>
        <source>Taken off
control</source>
        <translation>Снято
с контроля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="419"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="420"/>
        <source>On
control</source>
        <translation>На
контроле</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="421"/>
        <source>% of
execution</source>
        <translation>%
исполнения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="426"/>
        <source>«Taken off control»: executed or taken off control without execution; «On control»: overdue or not yet due. The % of execution is the share taken off control of those put on control.</source>
        <translation>«Снято с контроля» — исполненные и снятые без исполнения; «На контроле» — просроченные и со сроком, который не наступил. % исполнения — доля снятых с контроля среди поставленных на контроль.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="527"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="530"/>
        <source>From … to …</source>
        <translation>С … по …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="538"/>
        <source>All bodies</source>
        <translation>Все органы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="607"/>
        <source>Taken off control, % of those put on control in the quarter</source>
        <translation>Снято с контроля, % от поставленных на контроль в квартале</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="631"/>
        <source>from {0} to {1}</source>
        <translation>с {0} по {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="634"/>
        <source>for all time</source>
        <translation>за все время</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="640"/>
        <source>No assignments were put on control {0}.</source>
        <translation>Поручения на контроль {0} не ставились.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="646"/>
        <source>Of {0} assignment put on control, {1} were taken off control, which is {2}.</source>
        <translation>Из {0} поручения, поставленного на контроль, снято с контроля {1}, что составило {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="650"/>
        <source>Of {0} assignments put on control, {1} were taken off control, which is {2}.</source>
        <translation>Из {0} поручений, поставленных на контроль, снято с контроля {1}, что составило {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="663"/>
        <source>Put on control {0}. Executed on time: {1}, late: {2}; taken off control without execution: {3}; overdue: {4}; on control, not yet due: {5}.</source>
        <translation>Поставлены на контроль {0}. Исполнено в срок: {1}, с нарушением срока: {2}; снято с контроля без исполнения: {3}; просрочено: {4}; на контроле, срок не наступил: {5}.</translation>
    </message>
</context>
<context>
    <name>DistributionTab</name>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="168"/>
        <source>A copy of the protocol is sent to every member after the chair signs it. Sign the protocol first; then record here to whom, how and when copies went.</source>
        <translation>Копия протокола направляется всем членам после того, как его подпишет председатель. Сначала подпишите протокол; затем отмечайте здесь, кому, как и когда отправлены копии.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="185"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="185"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="185"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="185"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="199"/>
        <source>Send to all members…</source>
        <translation>Разослать всем членам…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="202"/>
        <source>Add a recipient…</source>
        <translation>Добавить получателя…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="205"/>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="311"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="239"/>
        <source>Sent to members: {0} of {1}</source>
        <translation>Отправлено членам: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="244"/>
        <source>{0} (invited)</source>
        <translation>{0} (приглашенный)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="247"/>
        <source>{0} — has a copy</source>
        <translation>{0} — копия уже отправлена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="281"/>
        <source>Copies recorded for {0} members; those who already had one are skipped.</source>
        <translation>Отмечена отправка копий членам: {0}. Те, кому копия уже отправлена, пропущены.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="285"/>
        <source>Every member already has a copy: nobody was added.</source>
        <translation>Копия уже отправлена всем членам: никто не добавлен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="297"/>
        <source>The recipient is added.</source>
        <translation>Получатель добавлен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="307"/>
        <source>Delete the record of the copy sent to {0} on {1}?</source>
        <translation>Удалить отметку о копии для «{0}» от {1}?</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../../desktop_app/views/document_files.py" line="44"/>
        <source>Save: {0}</source>
        <translation>Сохранение: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/document_files.py" line="62"/>
        <source>Saving «{0}»…</source>
        <translation>Сохранение «{0}»…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/document_files.py" line="71"/>
        <source>Could not save the file «{0}»: {1}</source>
        <translation>Не удалось сохранить файл «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../desktop_app/views/exception_dialog.py" line="30"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/exception_dialog.py" line="34"/>
        <source>The program ran into an unexpected error. Your data is safe: the last operation was cancelled. Copy the details below and send them to your administrator. The details are also written to the log file:
{0}</source>
        <translation>В программе произошла непредвиденная ошибка. Ваши данные в сохранности: последнее действие отменено. Скопируйте подробности ниже и отправьте их администратору. Подробности также записаны в файл журнала:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/exception_dialog.py" line="46"/>
        <source>Copy details</source>
        <translation>Скопировать подробности</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/exception_dialog.py" line="89"/>
        <source>The database file is damaged ({0}). The operation was cancelled. Restore the database from the latest sound backup: «Service» → «Restore from a backup».</source>
        <extracomment>What SQLite says when the file itself is broken (a disk failure, a power cut on a disk that lies about writes): the way out is a copy, not the administrator.</extracomment>
        <translation>Файл базы данных повреждён ({0}). Действие отменено. Восстановите базу данных из последней исправной резервной копии: «Сервис» → «Восстановить из копии».</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="588"/>
        <source>Extension of the deadline</source>
        <translation>Продление срока</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="594"/>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="600"/>
        <source>Current deadline: {0}</source>
        <translation>Текущий срок: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="596"/>
        <source>(the report for {0})</source>
        <translation>(отчет за {0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="606"/>
        <source>Extended before:</source>
        <translation>Срок уже продлевался:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="615"/>
        <source>New deadline:</source>
        <translation>Новый срок:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="617"/>
        <source>Decided on:</source>
        <translation>Дата решения:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="620"/>
        <source>e.g. at the request of the responsible (letter of 01.10.2024 No. 123)</source>
        <translation>например, по просьбе ответственного (письмо от 01.10.2024 № 123)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="622"/>
        <source>Reason of the extension:</source>
        <translation>Причина продления:</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="929"/>
        <source>Extract from the protocol</source>
        <translation>Выписка из протокола</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="944"/>
        <source>Item of the agenda:</source>
        <translation>Вопрос повестки:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="946"/>
        <source>The date next to «Верно» and the signature</source>
        <translation>Дата рядом с «Верно» и подписью</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="950"/>
        <source>Certified on:</source>
        <translation>Дата заверения:</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="196"/>
        <source>History of changes: {0}</source>
        <translation>История изменений: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="222"/>
        <source>Changes recorded: {0}</source>
        <translation>Записано изменений: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="224"/>
        <source>No changes have been recorded yet.</source>
        <translation>Изменений пока не записано.</translation>
    </message>
</context>
<context>
    <name>InvitationModel</name>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="150"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="150"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/attendance_model.py" line="150"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="131"/>
        <source>Invite to the meeting</source>
        <translation>Пригласить на заседание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="143"/>
        <source>Invited to earlier meetings</source>
        <translation>Приглашались на прежние заседания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="148"/>
        <source>Find: surname, position, organisation…</source>
        <translation>Поиск: фамилия, должность, организация…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="171"/>
        <source>The invited person</source>
        <translation>Приглашенный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="180"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="181"/>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="182"/>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="183"/>
        <source>P&amp;osition:</source>
        <translation>Д&amp;олжность:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="184"/>
        <source>Or&amp;ganisation:</source>
        <translation>Ор&amp;ганизация:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="190"/>
        <source>Another person</source>
        <translation>Другой человек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="198"/>
        <source>Invite</source>
        <translation>Пригласить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="254"/>
        <source>Invited before; check the position and the organisation.</source>
        <translation>Приглашался ранее; проверьте должность и организацию.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_attendance.py" line="274"/>
        <source>A new person: type the name.</source>
        <translation>Новый человек: введите фамилию, имя и отчество.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="559"/>
        <source>Measure of the plan</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="581"/>
        <source>№:</source>
        <translation>№:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="586"/>
        <source>Measure:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="591"/>
        <source>Expected result:</source>
        <translation>Ожидаемый результат:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="594"/>
        <source>Terms:</source>
        <translation>Сроки:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="599"/>
        <source>Executor (as the plan words it):</source>
        <translation>Исполнитель (как в плане):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="615"/>
        <source>Executors (from the list):</source>
        <translation>Исполнители (из списка):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="620"/>
        <source>e.g. «Не менее 2 в год», «15%», «До 01.12.2022»</source>
        <translation>например, «Не менее 2 в год», «15%», «До 01.12.2022»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="622"/>
        <source>Target for {0}:</source>
        <translation>Показатель на {0} год:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="625"/>
        <source>the executors&apos; quarterly reports</source>
        <translation>ежеквартальным отчетам исполнителей</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="630"/>
        <source>Fact counted from:</source>
        <translation>Факт считается по:</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="236"/>
        <source>Journal of changes</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="242"/>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="247"/>
        <source>words of the record, the field, the values or the user</source>
        <translation>слова записи, поля, значений или имя пользователя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="252"/>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="263"/>
        <source>f&amp;rom</source>
        <translation>&amp;с</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="266"/>
        <source>&amp;to</source>
        <translation>п&amp;о</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="303"/>
        <source>All bodies</source>
        <translation>Все органы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="327"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="331"/>
        <source>The latest {0} changes are shown: narrow the search to see older ones.</source>
        <translation>Показаны последние {0} изменений: уточните поиск, чтобы увидеть более ранние.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="335"/>
        <source>Changes found: {0}</source>
        <translation>Найдено изменений: {0}</translation>
    </message>
</context>
<context>
    <name>LeanProject</name>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="56"/>
        <source>passport in preparation</source>
        <translation>подготовка паспорта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="57"/>
        <source>in progress</source>
        <translation>реализуется</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="58"/>
        <source>closed</source>
        <translation>завершен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="59"/>
        <source>cancelled</source>
        <translation>прекращен</translation>
    </message>
</context>
<context>
    <name>LeanProjectDialog</name>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="141"/>
        <source>Lean project passport</source>
        <translation>Паспорт лин-проекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="141"/>
        <source>New lean project</source>
        <translation>Новый лин-проект</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="148"/>
        <source>General data</source>
        <translation>Общие данные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="149"/>
        <source>Justification, goals and effects</source>
        <translation>Обоснование, цели и эффекты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="150"/>
        <source>Terms</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="151"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="184"/>
        <source>own project</source>
        <translation>собственный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="185"/>
        <source>pilot</source>
        <translation>пилотный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="186"/>
        <source>replication of a project</source>
        <translation>тиражирование проекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="199"/>
        <source>— not in the registry (name it in words) —</source>
        <translation>— нет в реестре (назовите словами) —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="207"/>
        <source>«Project name» of another organisation</source>
        <translation>«Название проекта» другой организации</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="223"/>
        <source>Executor:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="224"/>
        <source>Lean project:</source>
        <translation>Название лин-проекта:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="225"/>
        <source>Sector:</source>
        <translation>Направление деятельности:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="226"/>
        <source>Kind:</source>
        <translation>Вид проекта:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="227"/>
        <source>Customer:</source>
        <translation>Заказчик:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="228"/>
        <source>Customer&apos;s head position:</source>
        <translation>Должность руководителя заказчика:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="229"/>
        <source>Process:</source>
        <translation>Процесс:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="230"/>
        <source>Process boundaries:</source>
        <translation>Границы процесса:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="231"/>
        <source>Project leader:</source>
        <translation>Руководитель лин-проекта:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="232"/>
        <source>Project team:</source>
        <translation>Команда лин-проекта:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="255"/>
        <source>Goal</source>
        <translation>Наименование цели</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="256"/>
        <source>Unit of measure</source>
        <translation>Ед. измерения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="257"/>
        <source>Current</source>
        <translation>Текущий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="258"/>
        <source>Target</source>
        <translation>Целевой</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="259"/>
        <source>Reached</source>
        <translation>Достигнуто</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="271"/>
        <source>Add goal</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="274"/>
        <source>Remove goal</source>
        <translation>Удалить цель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="286"/>
        <source>Justification:</source>
        <translation>Обоснование:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="287"/>
        <source>Goals:</source>
        <translation>Цели:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="288"/>
        <source>Effects:</source>
        <translation>Эффекты:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="346"/>
        <source>Dates of the passport&apos;s terms; a stage without dates is left open.</source>
        <translation>Сроки по паспорту; этап без дат остается неуказанным.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="373"/>
        <source>recommended on</source>
        <translation>рекомендован к тиражированию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="379"/>
        <source>meeting not chosen</source>
        <translation>заседание не выбрано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="383"/>
        <source>by the meeting</source>
        <translation>решением заседания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="388"/>
        <source>cancelled on</source>
        <translation>прекращен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="390"/>
        <source>Before:</source>
        <translation>Было:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="391"/>
        <source>After:</source>
        <translation>Стало:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="393"/>
        <source>Most significant results:</source>
        <translation>Наиболее значимые результаты:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="397"/>
        <source>Replication:</source>
        <translation>Тиражирование:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="398"/>
        <source>Cancelled:</source>
        <translation>Прекращен:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/lean_project_dialog.py" line="418"/>
        <source>Status on {0}: {1}</source>
        <translation>Статус на {0}: {1}</translation>
    </message>
</context>
<context>
    <name>LeanTableDialog</name>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="277"/>
        <source>General information on lean projects</source>
        <translation>Общие сведения о проводимых лин-проектах</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="284"/>
        <source>Record the unit&apos;s self-assessment on this date</source>
        <translation>Записать самооценку исполнителя на эту дату</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="297"/>
        <source>Executor:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="298"/>
        <source>As of:</source>
        <translation>По состоянию на:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="299"/>
        <source>Self-assessment:</source>
        <translation>Самооценка:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="301"/>
        <source>Share of lean practice:</source>
        <translation>Степень распространения бережливого производства:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="302"/>
        <source>Lean culture level (0–10):</source>
        <translation>Уровень бережливой культуры (0–10):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="313"/>
        <source>Preview…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="314"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="338"/>
        <source>none on or before this date</source>
        <translation>нет на эту дату и ранее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="343"/>
        <source>share {0}, level {1} (as of {2})</source>
        <translation>распространение {0}, уровень культуры {1} (на {2})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="71"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="90"/>
        <source>&amp;New database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="94"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="100"/>
        <source>&amp;Print the roster…</source>
        <translation>&amp;Печать состава…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="106"/>
        <source>&amp;Export the roster (PDF, Word, Excel)…</source>
        <translation>&amp;Экспорт состава (PDF, Word, Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="110"/>
        <source>E&amp;xit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="112"/>
        <source>&amp;New body…</source>
        <translation>&amp;Новый орган…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="114"/>
        <source>Body &amp;settings…</source>
        <translation>&amp;Сведения об органе…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="115"/>
        <source>Open the &amp;example</source>
        <translation>&amp;Открыть пример</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="116"/>
        <source>&amp;Add a member…</source>
        <translation>&amp;Добавить члена…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="118"/>
        <source>&amp;Edit the member…</source>
        <translation>&amp;Изменить сведения о члене…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="122"/>
        <source>&amp;Remove from the roster…</source>
        <translation>Ис&amp;ключить из состава…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="127"/>
        <source>&amp;Change the roster by an act…</source>
        <translation>Изменить &amp;состав…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="131"/>
        <source>&amp;Paste the roster from an act…</source>
        <translation>&amp;Вставить из акта…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="136"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="138"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="139"/>
        <source>To&amp;day</source>
        <translation>Сегодн&amp;я</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="149"/>
        <source>Roster change histor&amp;y…</source>
        <translation>Ис&amp;тория изменений состава…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="154"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="165"/>
        <source>&amp;Body</source>
        <translation>&amp;Орган</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="168"/>
        <source>&amp;Roster</source>
        <translation>&amp;Состав</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="183"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Заседания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="203"/>
        <source>&amp;Help</source>
        <translation>С&amp;правка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="206"/>
        <source>Main toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="240"/>
        <source>&lt;h2&gt;The database has no bodies yet&lt;/h2&gt;&lt;p&gt;Create the body you serve, or open the example: the working group on lean management of the Belovo city district with its roster of 23 people and its four meetings of 2024.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;В базе данных пока нет ни одного органа&lt;/h2&gt;&lt;p&gt;Создайте орган, секретарем которого вы являетесь, или откройте пример: рабочую группу по бережливому управлению Беловского городского округа (в составе 23 человека) с четырьмя заседаниями 2024 года.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="251"/>
        <source>Open the example</source>
        <translation>Открыть пример</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="254"/>
        <source>Create a body…</source>
        <translation>Создать орган…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="342"/>
        <source>Roster on:</source>
        <translation>Состав на:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="282"/>
        <location filename="../../desktop_app/views/main_window.py" line="346"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="141"/>
        <source>&amp;Control of execution</source>
        <translation>Конт&amp;роль исполнения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="144"/>
        <source>Execution &amp;discipline</source>
        <translation>Исполни&amp;тельская дисциплина</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="147"/>
        <source>&amp;Journal of changes…</source>
        <translation>&amp;Журнал изменений…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="189"/>
        <source>&amp;Control</source>
        <translation>&amp;Контроль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="195"/>
        <source>&amp;Service</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="221"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="282"/>
        <source>What is overdue and due, what waits (Ctrl+1)</source>
        <translation>Что просрочено, у чего подходит срок, что ждет (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="284"/>
        <source>Control of execution</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="286"/>
        <source>The assignments on control of every body (Ctrl+2)</source>
        <translation>Поручения на контроле всех органов (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="289"/>
        <source>Execution discipline</source>
        <translation>Исполнительская дисциплина</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="292"/>
        <source>The share of assignments executed, by body, responsible, quarter (Ctrl+3)</source>
        <translation>Доля исполненных поручений по органам, ответственным, кварталам (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="307"/>
        <source>Bodies</source>
        <translation>Органы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="352"/>
        <source>Filter: surname, position, organisation…</source>
        <translation>Поиск: фамилия, должность, организация…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="383"/>
        <source>Roster</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="388"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="388"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="388"/>
        <source>Joined</source>
        <translation>Включено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="388"/>
        <source>Left</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="394"/>
        <source>Roster history</source>
        <translation>История состава</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="414"/>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="430"/>
        <source>Plan of measures</source>
        <translation>План мероприятий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="433"/>
        <source>Registries</source>
        <translation>Реестры</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="662"/>
        <location filename="../../desktop_app/views/main_window.py" line="669"/>
        <location filename="../../desktop_app/views/main_window.py" line="681"/>
        <source>The database is not open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="685"/>
        <source>Could not open the database «{0}»: {1}</source>
        <translation>Не удалось открыть базу данных «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="696"/>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="719"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="719"/>
        <source>Databases (*.sqlite3)</source>
        <translation>Базы данных (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="729"/>
        <source>The file «{0}» already exists: choose another name or open it.</source>
        <translation>Файл «{0}» уже существует: выберите другое имя или откройте этот файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="737"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="737"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="768"/>
        <source>{0}; members: {1}</source>
        <translation>{0}; членов: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="772"/>
        <source>no meeting: {0} quarter {1}</source>
        <translation>нет заседания: {0} квартал {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="829"/>
        <source>Created by {0}</source>
        <translation>Акт о создании: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="859"/>
        <source>The roster on {0} has no {1}.</source>
        <translation>В составе на {0} нет {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="860"/>
        <source> and no </source>
        <translation> и нет </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="884"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="886"/>
        <source>Members: {0}</source>
        <translation>Членов: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="960"/>
        <source>The example is loaded</source>
        <translation>Пример загружен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="1030"/>
        <source>Added to the roster: {0}.</source>
        <translation>Добавлено в состав: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="1033"/>
        <source>Already in the database (position taken from the act): {0}.</source>
        <translation>Уже были в базе (должность взята из акта): {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="1072"/>
        <source>Export the roster</source>
        <translation>Экспорт состава</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="1089"/>
        <source>Written: {0}</source>
        <translation>Файл сохранен: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="1096"/>
        <source>{0}, version {1}.
The work of a commission secretary: rosters, meetings, protocols and the control of decisions.</source>
        <translation>{0}, версия {1}.
Работа секретаря комиссии: составы, заседания, протоколы и контроль исполнения решений.</translation>
    </message>
</context>
<context>
    <name>MaterialsTab</name>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="190"/>
        <source>Attach to:</source>
        <translation>Приложить:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="196"/>
        <source>Attach files…</source>
        <translation>Приложить файл…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="204"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="204"/>
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="204"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="204"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="220"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="222"/>
        <source>Save a copy as…</source>
        <translation>Сохранить копию как…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="224"/>
        <location filename="../../desktop_app/views/meeting_materials.py" line="481"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="233"/>
        <source>Copies of the files are kept in the folder {0}</source>
        <translation>Копии файлов хранятся в папке {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="259"/>
        <source>to the meeting</source>
        <translation>к заседанию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="272"/>
        <source>the meeting</source>
        <translation>к заседанию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="275"/>
        <source>item {0}: {1}</source>
        <translation>к вопросу {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="309"/>
        <source>Attach files to the meeting</source>
        <translation>Приложить файлы к заседанию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="309"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="134"/>
        <location filename="../../desktop_app/views/meeting_materials.py" line="334"/>
        <source>Copying «{0}»…</source>
        <extracomment>Files at least this big are copied by a worker thread with a progress dialog.</extracomment>
        <translation>Копирование «{0}»…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="344"/>
        <source>Copying «{0}» was cancelled.</source>
        <translation>Копирование «{0}» отменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="347"/>
        <location filename="../../desktop_app/views/meeting_materials.py" line="362"/>
        <source>Could not copy «{0}»: {1}</source>
        <translation>Не удалось скопировать «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="369"/>
        <source>Attached: {0}</source>
        <translation>Приложено: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="135"/>
        <location filename="../../desktop_app/views/meeting_materials.py" line="379"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="381"/>
        <source>Copying</source>
        <translation>Копирование</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="430"/>
        <source>No program opens «{0}»; save a copy and open it yourself.</source>
        <translation>Нет программы, которая открывает «{0}»; сохраните копию и откройте ее сами.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="436"/>
        <source>The stored copy of «{0}» is missing: {1}</source>
        <translation>Сохраненная копия «{0}» не найдена: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="443"/>
        <source>Save a copy of the file</source>
        <translation>Сохранить копию файла</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="457"/>
        <location filename="../../desktop_app/views/meeting_materials.py" line="469"/>
        <source>Could not save «{0}»: {1}</source>
        <translation>Не удалось сохранить «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="459"/>
        <location filename="../../desktop_app/views/meeting_materials.py" line="471"/>
        <source>Saved: {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="463"/>
        <source>Saving «{0}»…</source>
        <translation>Сохранение «{0}»…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_materials.py" line="479"/>
        <source>Remove «{0}» from the meeting&apos;s materials?</source>
        <translation>Убрать «{0}» из материалов заседания?</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsForm</name>
    <message>
        <location filename="../../ui/meeting_form.ui" line="6"/>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.ui" line="11"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.ui" line="17"/>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.ui" line="18"/>
        <source>Hours and minutes, e.g. 10:00; may stay empty</source>
        <translation>Часы и минуты, например 10:00; можно не указывать</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.ui" line="22"/>
        <source>Protocol number:</source>
        <translation>Номер протокола:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.ui" line="25"/>
        <source>Protocols are numbered in sequence within the calendar year</source>
        <translation>Протоколы нумеруются по порядку в пределах календарного года</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.ui" line="30"/>
        <source>Form of the meeting:</source>
        <translation>Форма проведения:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.ui" line="32"/>
        <source>Venue:</source>
        <translation>Место проведения:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.ui" line="33"/>
        <source>e.g. city administration, room 305</source>
        <translation>например, администрация города, каб. 305</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.ui" line="34"/>
        <source>Form of the protocol:</source>
        <translation>Форма протокола:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.ui" line="35"/>
        <source>Full: HEARD, SPOKE and DECIDED; short: HEARD and DECIDED only</source>
        <translation>Полная: СЛУШАЛИ, ВЫСТУПИЛИ, РЕШИЛИ; краткая: только СЛУШАЛИ и РЕШИЛИ</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.ui" line="36"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop_app/views/meeting_dialog.py" line="43"/>
        <source>Plan a meeting</source>
        <translation>Планирование заседания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_dialog.py" line="43"/>
        <source>Meeting details</source>
        <translation>Сведения о заседании</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_dialog.py" line="107"/>
        <source>the next free number in {0}: {1}</source>
        <translation>следующий свободный номер в {0} году: {1}</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="144"/>
        <source>&amp;Approve the agenda…</source>
        <translation>&amp;Утвердить повестку…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="146"/>
        <source>The chair approved the agenda: record the date of approval</source>
        <translation>Председатель утвердил повестку: укажите дату утверждения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="152"/>
        <source>Open the approved agenda for changes; it is then approved again</source>
        <translation>Открыть утвержденную повестку для изменений; после них ее утверждают снова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="156"/>
        <source>Mark as &amp;held</source>
        <translation>Отметить «&amp;проведено»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="158"/>
        <source>The meeting took place: attendance is marked</source>
        <translation>Заседание состоялось: явка отмечена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="162"/>
        <source>&amp;Not held yet</source>
        <translation>&amp;Снять отметку «проведено»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="164"/>
        <source>Back to «agenda approved» (marked held by mistake)</source>
        <translation>Вернуть статус «повестка утверждена» (отмечено проведенным по ошибке)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="168"/>
        <source>&amp;Sign the protocol…</source>
        <translation>По&amp;дписать протокол…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="170"/>
        <source>The chair signed the protocol: it is kept as signed and locked</source>
        <translation>Председатель подписал протокол: он сохраняется в подписанном виде и закрывается для изменений</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="174"/>
        <source>&amp;Begin an amendment…</source>
        <translation>Внести &amp;исправление…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="176"/>
        <source>Correct the signed protocol: a date and a reason are recorded</source>
        <translation>Исправить подписанный протокол: записываются дата и причина</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="180"/>
        <source>Sign the a&amp;mendment…</source>
        <translation>Подписать испр&amp;авление…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="182"/>
        <source>The corrected protocol is signed: a new version is kept</source>
        <translation>Исправленный протокол подписан: сохраняется новая версия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="186"/>
        <source>Protocol &amp;versions…</source>
        <translation>&amp;Версии протокола…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="188"/>
        <source>Every signed version of the protocol, to view, print or save</source>
        <translation>Все подписанные версии протокола: просмотр, печать, сохранение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="192"/>
        <source>Change histor&amp;y…</source>
        <translation>Ис&amp;тория изменений…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="198"/>
        <source>Meeting &amp;details…</source>
        <translation>Свед&amp;ения о заседании…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="201"/>
        <source>Date, time, venue, form and number of the meeting</source>
        <translation>Дата, время, место, форма и номер заседания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="204"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="207"/>
        <source>&amp;Protocol…</source>
        <translation>&amp;Протокол…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="208"/>
        <source>&amp;Agenda…</source>
        <translation>Пов&amp;естка дня…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="209"/>
        <source>&amp;Notices to the members…</source>
        <translation>&amp;Извещения членам…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="210"/>
        <source>&amp;Extract from the protocol…</source>
        <translation>&amp;Выписка из протокола…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="211"/>
        <source>Attendance &amp;sheet…</source>
        <translation>Лист &amp;регистрации…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="212"/>
        <source>&amp;Questionnaires…</source>
        <translation>&amp;Опросные листы…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="213"/>
        <source>&amp;Distribution sheet…</source>
        <translation>Лист р&amp;ассылки…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="226"/>
        <source>Print preview: {0}</source>
        <translation>Предварительный просмотр: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="233"/>
        <source>Save as a file: {0}</source>
        <translation>Сохранить в файл: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="238"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Заседание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="258"/>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="263"/>
        <source>Save &amp;as</source>
        <translation>&amp;Сохранить как</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="268"/>
        <source>Print the protocol</source>
        <translation>Печать протокола</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="269"/>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="327"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="308"/>
        <source>Presiding:</source>
        <translation>Председательствующий:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="150"/>
        <source>&amp;Withdraw approval…</source>
        <translation>&amp;Отменить утверждение…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="194"/>
        <source>Who changed what in the meeting and its protocol, and when</source>
        <translation>Кто, когда и что изменил в заседании и его протоколе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="314"/>
        <source>The chair presides; in the chair&apos;s absence, a deputy chair</source>
        <translation>Председательствует председатель, в его отсутствие — заместитель председателя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="328"/>
        <source>Print preview and saving of the meeting&apos;s documents</source>
        <translation>Предварительный просмотр, печать и сохранение документов заседания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="358"/>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="359"/>
        <source>Attendance and invited</source>
        <translation>Явка и приглашенные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="360"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="361"/>
        <source>Distribution</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="362"/>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="444"/>
        <source>{0} on {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="446"/>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="447"/>
        <source>form: {0}</source>
        <translation>форма: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="448"/>
        <source>protocol: {0}</source>
        <translation>протокол: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="452"/>
        <source>agenda approved on {0}</source>
        <translation>повестка утверждена {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="460"/>
        <source>— not chosen —</source>
        <translation>— не выбран —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="471"/>
        <source>The protocol was signed on {0}. Changes only through an amendment</source>
        <translation>Протокол подписан {0}. Изменения — только через исправление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="476"/>
        <source>An amendment of {0} is open: {1}. Make the corrections and sign the amendment</source>
        <translation>Вносится исправление от {0}: {1}. Внесите изменения и подпишите исправление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="497"/>
        <source>The protocol is signed: changes only through an amendment</source>
        <translation>Протокол подписан: изменения — только через исправление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="502"/>
        <source>An amendment is open: sign the amendment when the corrections are made</source>
        <translation>Вносится исправление: подпишите его, когда изменения внесены</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="506"/>
        <source>The meeting is marked held; first «Not held yet»</source>
        <translation>Заседание отмечено проведенным; сначала снимите отметку «проведено»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="517"/>
        <source>The agenda is approved on {0}</source>
        <translation>Повестка утверждена {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="530"/>
        <source>The agenda is not approved</source>
        <translation>Повестка не утверждена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="538"/>
        <source>First approve the agenda</source>
        <translation>Сначала утвердите повестку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="539"/>
        <source>The meeting is already marked held</source>
        <translation>Заседание уже отмечено проведенным</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="549"/>
        <source>The meeting is not marked held</source>
        <translation>Заседание не отмечено проведенным</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="557"/>
        <source>The protocol is already signed</source>
        <translation>Протокол уже подписан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="558"/>
        <source>A protocol is signed after the meeting: first mark it held</source>
        <translation>Протокол подписывается после заседания: сначала отметьте «проведено»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="567"/>
        <source>An amendment corrects a signed protocol</source>
        <translation>Исправление вносится в подписанный протокол</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="572"/>
        <source>No amendment is open</source>
        <translation>Исправление не начато</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="576"/>
        <source>The protocol is not signed yet</source>
        <translation>Протокол еще не подписан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="584"/>
        <source>Questionnaires are for a meeting by correspondence</source>
        <translation>Опросные листы — только для заочного заседания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="591"/>
        <source>Copies are sent after the protocol is signed</source>
        <translation>Копии рассылаются после подписания протокола</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="626"/>
        <source>Approval of the agenda</source>
        <translation>Утверждение повестки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="628"/>
        <source>The chair approved the agenda of the meeting. After the approval the agenda changes only when the approval is withdrawn.</source>
        <translation>Председатель утвердил повестку заседания. После утверждения повестка меняется только после отмены утверждения.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="631"/>
        <source>Approved on:</source>
        <translation>Дата утверждения:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="637"/>
        <source>The agenda is approved</source>
        <translation>Повестка утверждена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="647"/>
        <source>Withdraw the approval of the agenda of {0}? The agenda can then be changed; after the changes the chair approves it again and the new date is recorded.</source>
        <translation>Отменить утверждение повестки от {0}? Повестку можно будет изменить; после изменений председатель утверждает ее снова, и записывается новая дата.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="652"/>
        <source>The approval is withdrawn: the agenda can be changed</source>
        <translation>Утверждение отменено: повестку можно изменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="654"/>
        <source>Withdraw</source>
        <translation>Отменить утверждение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="663"/>
        <source>The meeting is held</source>
        <translation>Заседание отмечено проведенным</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="677"/>
        <source>Signing of the protocol</source>
        <translation>Подписание протокола</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="679"/>
        <source>The chair signed the protocol. The signed protocol is kept as it is printed now and becomes read-only: later corrections are made only by an amendment with its date and reason.</source>
        <translation>Председатель подписал протокол. Подписанный протокол сохраняется в том виде, в каком он печатается сейчас, и закрывается для изменений: исправления вносятся только через «Внести исправление» с датой и причиной.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="683"/>
        <source>Signed on:</source>
        <translation>Дата подписания:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="689"/>
        <source>The protocol is signed</source>
        <translation>Протокол подписан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="697"/>
        <source>Amendment of the protocol</source>
        <translation>Исправление протокола</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="699"/>
        <source>The signed protocol is opened for a correction. The date and the reason are recorded; when the corrections are made, sign the amendment: a new version of the protocol is kept, the earlier ones stay as they were signed.</source>
        <translation>Подписанный протокол открывается для исправления. Дата и причина записываются; когда изменения внесены, подпишите исправление: сохранится новая версия протокола, прежние остаются такими, как были подписаны.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="703"/>
        <source>Amendment of:</source>
        <translation>Дата исправления:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="706"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="711"/>
        <source>The amendment is open: make the corrections</source>
        <translation>Исправление начато: внесите изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="725"/>
        <source>Sign the amendment «{0}»? The corrected protocol is kept as a new version and becomes read-only again.</source>
        <translation>Подписать исправление «{0}»? Исправленный протокол сохранится как новая версия и снова закроется для изменений.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="730"/>
        <source>The amendment is signed: a new version is kept</source>
        <translation>Исправление подписано: сохранена новая версия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="732"/>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="771"/>
        <source>The agenda has no items: there is nothing to extract.</source>
        <translation>В повестке нет вопросов: выписку сделать не из чего.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="846"/>
        <source>Written: {0}</source>
        <translation>Записано: {0}</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="93"/>
        <source>&amp;Plan a meeting…</source>
        <translation>&amp;Запланировать заседание…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="97"/>
        <source>&amp;Open the meeting</source>
        <translation>&amp;Открыть заседание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="100"/>
        <source>The agenda, attendance, protocol and documents of the meeting (Enter)</source>
        <translation>Повестка, явка, протокол и документы заседания (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="103"/>
        <source>&amp;Edit the meeting…</source>
        <translation>&amp;Изменить заседание…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="106"/>
        <source>&amp;Delete the meeting…</source>
        <translation>&amp;Удалить заседание…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="124"/>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="162"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="163"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="164"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="165"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="166"/>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="167"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="168"/>
        <source>Items</source>
        <translation>Вопросов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="252"/>
        <source>{0}, amendment open</source>
        <translation>{0}, вносится исправление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="277"/>
        <source>No meetings in {0}. Plan one: «Plan a meeting…».</source>
        <translation>В {0} году заседаний нет. Запланируйте: «Запланировать заседание…».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="294"/>
        <source>fewer meetings than required: {0}</source>
        <translation>заседаний меньше положенного: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="296"/>
        <source>Plan a meeting…</source>
        <translation>Запланировать заседание…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="300"/>
        <source>No meeting held or planned in this quarter: the body meets at least once a quarter</source>
        <translation>В этом квартале нет ни проведенного, ни запланированного заседания: заседания проводятся не реже одного раза в квартал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="355"/>
        <source>meeting No. {0} of {1}</source>
        <translation>заседание № {0} от {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="402"/>
        <source>Delete {0}? Its agenda, attendance, minutes and decisions are deleted with it; proposals for its agenda go back to the list of proposals.</source>
        <translation>Удалить {0}? Вместе с ним удаляются повестка, явка, протокол и решения; предложения в его повестку вернутся в список предложений.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meetings_tab.py" line="406"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop_app/views/member_dialog.py" line="51"/>
        <source>New member</source>
        <translation>Добавление члена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/member_dialog.py" line="51"/>
        <source>Member</source>
        <translation>Сведения о члене</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/member_dialog.py" line="55"/>
        <source>by patronymic</source>
        <translation>по отчеству</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../ui/member_form.ui" line="6"/>
        <source>Member</source>
        <translation>Сведения о члене</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="10"/>
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="12"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="14"/>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="16"/>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="18"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="20"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="22"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="24"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="26"/>
        <source>In the body</source>
        <translation>В составе органа</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="27"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="29"/>
        <source>Side:</source>
        <translation>Сторона:</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="31"/>
        <source>Member since:</source>
        <translation>Член с:</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="33"/>
        <source>Name in other cases (filled automatically; type to correct)</source>
        <translation>ФИО в других падежах (заполняется автоматически; можно исправить)</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="34"/>
        <source>Genitive (кого?):</source>
        <translation>Родительный падеж (кого?):</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="36"/>
        <source>Dative (кому?):</source>
        <translation>Дательный падеж (кому?):</translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="38"/>
        <source>Accusative (кого? — СЛУШАЛИ):</source>
        <translation>Винительный падеж (кого? — СЛУШАЛИ):</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="64"/>
        <source>no vote</source>
        <translation>не голосовали</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="65"/>
        <source>for {0}, against {1}, abst. {2}</source>
        <translation>за {0}, против {1}, возд. {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="74"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="75"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="285"/>
        <source>— (not returned)</source>
        <translation>— (не вернул)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="328"/>
        <source>Agenda items</source>
        <translation>Вопросы повестки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="347"/>
        <source>The agenda has no items yet: add them on the «Agenda» tab.</source>
        <translation>В повестке пока нет вопросов: добавьте их на вкладке «Повестка».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="369"/>
        <source>HEARD:</source>
        <translation>СЛУШАЛИ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="375"/>
        <source>The speakers as the protocol prints them; they are set on the «Agenda» tab</source>
        <translation>Докладчики так, как их печатает протокол; задаются на вкладке «Повестка»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="382"/>
        <source>What the speaker reported: the summary printed after the name</source>
        <translation>О чем доложил докладчик: текст, который печатается после его имени</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="386"/>
        <source>SPOKE:</source>
        <translation>ВЫСТУПИЛИ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="392"/>
        <source>Who else spoke and what they said (full form of the protocol)</source>
        <translation>Кто еще выступил и что сказал (полная форма протокола)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="398"/>
        <source>The protocol is in the short form: it prints HEARD and DECIDED only, so there is no SPOKE part. The form can be changed in the meeting&apos;s details.</source>
        <translation>Протокол в краткой форме: печатаются только СЛУШАЛИ и РЕШИЛИ, раздела ВЫСТУПИЛИ нет. Форму протокола можно изменить в сведениях о заседании.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="411"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="413"/>
        <source>Save the texts of the item (Ctrl+S)</source>
        <translation>Сохранить тексты вопроса (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="426"/>
        <source>DECIDED:</source>
        <translation>РЕШИЛИ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="428"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="429"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="430"/>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="431"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="432"/>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="433"/>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="451"/>
        <source>Add a decision…</source>
        <translation>Добавить решение…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="454"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="457"/>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="822"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="461"/>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="464"/>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="474"/>
        <source>Members&apos; ballots</source>
        <translation>Опросные листы членов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="498"/>
        <source>Mark in the selected cells:</source>
        <translation>Отметить в выделенных ячейках:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="506"/>
        <source>not returned</source>
        <translation>не вернул</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="588"/>
        <source>{0}
Decisions: {1}</source>
        <translation>{0}
Решений: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="623"/>
        <source>Item {0}. {1}</source>
        <translation>Вопрос {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="626"/>
        <source>no speaker (set one on the «Agenda» tab)</source>
        <translation>докладчик не указан (укажите его на вкладке «Повестка»)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="673"/>
        <source>Ballots returned: {0} of {1}.</source>
        <translation>Листы вернули: {0} из {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="676"/>
        <source>{0}: {1} — {2}</source>
        <translation>{0}: {1} — {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="679"/>
        <source>adopted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="679"/>
        <source>not adopted</source>
        <translation>не принято</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="683"/>
        <source>Add the decisions first: each is a column of the ballots.</source>
        <translation>Сначала добавьте решения: каждое из них — столбец опросного листа.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="693"/>
        <source>(not filled in)</source>
        <translation>(не заполнено)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="699"/>
        <source>The protocol is signed: it changes only by an amendment.</source>
        <translation>Протокол подписан: изменения вносятся только исправлением.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="730"/>
        <source>Unsaved changes</source>
        <translation>Изменения не сохранены</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_minutes.py" line="818"/>
        <source>Delete the decision {0} «{1}»?</source>
        <translation>Удалить решение {0} «{1}»?</translation>
    </message>
</context>
<context>
    <name>PasteRosterDialog</name>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="64"/>
        <source>Paste the roster from an act</source>
        <translation>Вставка состава из акта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="71"/>
        <source>Paste the roster as the act prints it: «Фамилия Имя Отчество - должность, роль;». Check the table on the right and correct it if needed.</source>
        <translation>Вставьте состав так, как он напечатан в акте: «Фамилия Имя Отчество - должность, роль;». Проверьте таблицу справа и при необходимости исправьте ее.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="78"/>
        <source>Load from a file…</source>
        <translation>Загрузить из файла…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="81"/>
        <source>A text file (.txt or .csv) in UTF-8, UTF-16 or Windows-1251</source>
        <translation>Текстовый файл (.txt или .csv) в кодировке UTF-8, UTF-16 или Windows-1251</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="94"/>
        <source>Roster text from the act</source>
        <translation>Текст состава из акта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="100"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="101"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="102"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="103"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="104"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="118"/>
        <source>Members since (the act&apos;s date):</source>
        <translation>В составе с (дата акта):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="120"/>
        <source>by act:</source>
        <translation>утвержден актом:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="124"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="127"/>
        <source>Act:</source>
        <translation>Акт:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="136"/>
        <source>Add to the roster</source>
        <translation>Добавить в состав</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="155"/>
        <source>Load the roster from a file</source>
        <translation>Загрузить состав из файла</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="157"/>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Текстовые файлы (*.txt *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="173"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="173"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="176"/>
        <source>Could not read the file «{0}»: {1}</source>
        <translation>Не удалось прочитать файл «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="190"/>
        <source>Loaded from «{0}» (encoding {1})</source>
        <translation>Загружено из «{0}» (кодировка {1})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="205"/>
        <source>Recognised: {0}</source>
        <translation>Распознано: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="251"/>
        <source>Some lines of the text are not recognised ({0}), see the list under the text. Add only the recognised people ({1})?</source>
        <translation>Некоторые строки текста не распознаны ({0}), см. список под текстом. Добавить только распознанных ({1})?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="255"/>
        <source>Add the recognised</source>
        <translation>Добавить распознанных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="270"/>
        <source>no members recognised in the text</source>
        <translation>в тексте не распознано ни одного члена</translation>
    </message>
</context>
<context>
    <name>PlanChart</name>
    <message>
        <location filename="../../desktop_app/views/plan_chart.py" line="215"/>
        <source>No counted measures in this year</source>
        <translation>В этом году нет мероприятий с количественным показателем</translation>
    </message>
</context>
<context>
    <name>PlanDocumentDialog</name>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="914"/>
        <source>Analytical information on the plan for a quarter</source>
        <translation>Аналитическая информация о выполнении плана за квартал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="916"/>
        <source>Report on the body&apos;s work for a year</source>
        <translation>Отчет о работе за год</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="924"/>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="928"/>
        <source>{0} quarter</source>
        <translation>{0} квартал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="931"/>
        <source>Quarter:</source>
        <translation>Квартал:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="935"/>
        <source>As of:</source>
        <translation>По состоянию на:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="940"/>
        <source>Preview and print…</source>
        <translation>Просмотр и печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="943"/>
        <source>Save to a file…</source>
        <translation>Сохранить в файл…</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <location filename="../../desktop_app/views/plan_import.py" line="38"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_import.py" line="92"/>
        <source>Plan template</source>
        <translation>Шаблон плана</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_import.py" line="118"/>
        <source>Plan of measures</source>
        <translation>План мероприятий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_import.py" line="142"/>
        <source>Import a plan of measures</source>
        <translation>Загрузка плана мероприятий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_import.py" line="153"/>
        <source>Reading «{0}»…</source>
        <translation>Чтение «{0}»…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_import.py" line="162"/>
        <source>Could not read the file «{0}»: {1}</source>
        <translation>Не удалось прочитать файл «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="77"/>
        <source>&amp;Reports for the quarter…</source>
        <translation>&amp;Отчеты за квартал…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="79"/>
        <source>Enter the executors&apos; reports for a quarter; see who has not reported</source>
        <translation>Ввести отчеты исполнителей за квартал; видно, кто не отчитался</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="81"/>
        <source>&amp;Edit the measure…</source>
        <translation>&amp;Изменить пункт…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="84"/>
        <source>Histor&amp;y of the measure&apos;s reports…</source>
        <translation>Ис&amp;тория отчетов по пункту…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="86"/>
        <source>Who entered or changed the executors&apos; reports on the measure, and when</source>
        <translation>Кто и когда вносил или менял отчеты исполнителей по пункту плана</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="88"/>
        <source>E&amp;xecutors…</source>
        <translation>Исп&amp;олнители…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="89"/>
        <source>&amp;Delete the plan…</source>
        <translation>&amp;Удалить план…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="91"/>
        <source>&amp;Import a plan from Excel…</source>
        <translation>&amp;Импорт плана из Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="93"/>
        <source>&amp;Save the plan to Excel…</source>
        <translation>&amp;Сохранить план в Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="95"/>
        <source>Plan &amp;template (Excel)…</source>
        <translation>&amp;Шаблон плана (Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="99"/>
        <source>&amp;Analytical information for the quarter…</source>
        <translation>&amp;Аналитическая информация за квартал…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="104"/>
        <source>&amp;Report on the work for the year…</source>
        <translation>&amp;Отчет о работе за год…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="111"/>
        <source>&amp;Plan:</source>
        <translation>&amp;План:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="122"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="130"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="148"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="152"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="208"/>
        <source>by measure</source>
        <translation>по мероприятиям</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="209"/>
        <source>by executor</source>
        <translation>по исполнителям</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="406"/>
        <source>The body has no plan of measures yet. Import it from an Excel file (the template shows the columns).</source>
        <translation>У органа пока нет плана мероприятий. Импортируйте его из файла Excel (шаблон показывает столбцы).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="417"/>
        <source>Measures with a target in {0}: {1}. Done: {2}, on track: {3}, behind: {4}, failed: {5}.</source>
        <translation>Мероприятий с показателем на {0} год: {1}. Выполнено: {2}, в срок: {3}, отставание: {4}, не выполнено: {5}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="431"/>
        <source>all measures</source>
        <translation>все мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="432"/>
        <source>behind and failed only</source>
        <translation>только отставание и невыполнение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="469"/>
        <source>Progress by executor in {0}, per cent of the year&apos;s target</source>
        <translation>Выполнение по исполнителям в {0} году, % от показателя на год</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="471"/>
        <source>Progress by measure in {0}, per cent of the year&apos;s target</source>
        <translation>Выполнение по мероприятиям в {0} году, % от показателя на год</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="474"/>
        <source>(dashed: the part of the year passed)</source>
        <translation>(пунктир — прошедшая часть года)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="605"/>
        <source>Delete the plan «{0}» with all its measures and the executors&apos; reports? The registries stay.</source>
        <translation>Удалить план «{0}» со всеми пунктами и отчетами исполнителей? Реестры сохранятся.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_page.py" line="609"/>
        <source>Delete the plan</source>
        <translation>Удалить план</translation>
    </message>
</context>
<context>
    <name>PlanProblemsDialog</name>
    <message>
        <location filename="../../desktop_app/views/plan_import.py" line="48"/>
        <source>The plan is not imported</source>
        <translation>План не загружен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_import.py" line="53"/>
        <source>The file «{0}» is not imported, problems: {1}. Nothing is changed: correct the file and import it again.</source>
        <translation>Файл «{0}» не загружен, ошибок: {1}. Ничего не изменено: исправьте файл и загрузите его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_import.py" line="67"/>
        <source>&amp;Copy the list</source>
        <translation>&amp;Копировать список</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../desktop_app/views/plan_model.py" line="87"/>
        <source>№</source>
        <extracomment>The colours of the statuses: done green, on track neutral, behind amber, failed dark red. The filter: every measure, only those behind or failed, or one executor&apos;s (its unit id).</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_model.py" line="88"/>
        <source>Measure / executor</source>
        <translation>Мероприятие / исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_model.py" line="89"/>
        <source>Target for the year</source>
        <translation>Показатель на год</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_model.py" line="90"/>
        <source>Q{0}</source>
        <translation>{0} кв.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_model.py" line="91"/>
        <source>Year to date</source>
        <translation>С начала года</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_model.py" line="92"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_model.py" line="232"/>
        <source>no target</source>
        <translation>нет показателя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_model.py" line="269"/>
        <source>{0}
Counted from the registry: {1}</source>
        <translation>{0}
Считается по реестру: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_model.py" line="280"/>
        <source>No report for the quarter</source>
        <translation>Нет отчета за квартал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_model.py" line="284"/>
        <source>{0} quarter: {1}</source>
        <translation>{0} квартал: {1}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="32"/>
        <source>Print preview — {0}</source>
        <translation>Предварительный просмотр — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="43"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="46"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="49"/>
        <source>Pages: {0}</source>
        <translation>Страниц: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="51"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="54"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="59"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="77"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="77"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="89"/>
        <source>Could not save the file «{0}»: {1}</source>
        <translation>Не удалось сохранить файл «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="104"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось начать печать.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="426"/>
        <source>Proposal for the agenda</source>
        <translation>Предложение в повестку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="454"/>
        <source>&amp;Proposed by:</source>
        <translation>&amp;Кто предложил:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="456"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="461"/>
        <source>&amp;Proposal:</source>
        <translation>&amp;Предложение:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="468"/>
        <source>No. {0} of {1}</source>
        <translation>№ {0} от {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="469"/>
        <source> (this meeting)</source>
        <translation> (это заседание)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="474"/>
        <source>not chosen yet</source>
        <translation>не определено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_agenda.py" line="477"/>
        <source>&amp;For the meeting:</source>
        <translation>&amp;На заседание:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="111"/>
        <source>Improvement proposal</source>
        <translation>Предложение по улучшению</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="111"/>
        <source>New improvement proposal</source>
        <translation>Новое предложение по улучшению</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="119"/>
        <source>e.g. 3/2024</source>
        <translation>например, 3/2024</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="128"/>
        <source>decided on</source>
        <translation>дата решения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="131"/>
        <source>Executor:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="132"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="133"/>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="134"/>
        <source>Submitted on:</source>
        <translation>Дата подачи:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="135"/>
        <source>Proposal:</source>
        <translation>Содержание предложения:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="136"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="137"/>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="138"/>
        <source>Effect:</source>
        <translation>Эффект:</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <location filename="../../desktop_app/views/agenda_model.py" line="196"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/agenda_model.py" line="197"/>
        <source>Proposed by</source>
        <translation>Кто предложил</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/agenda_model.py" line="198"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/agenda_model.py" line="199"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/agenda_model.py" line="233"/>
        <source>deferred to a later meeting</source>
        <translation>перенесено на более позднее заседание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/agenda_model.py" line="235"/>
        <source>deferred to meeting {0}</source>
        <translation>перенесено на заседание {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/agenda_model.py" line="236"/>
        <source>deferred to this meeting</source>
        <translation>перенесено на это заседание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/agenda_model.py" line="238"/>
        <source>under consideration, no meeting chosen</source>
        <translation>на рассмотрении, заседание не определено</translation>
    </message>
</context>
<context>
    <name>QuarterChart</name>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="129"/>
        <source>{0} quarter {1}</source>
        <translation>{0} квартал {1} года</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="135"/>
        <source>{0}: no assignments were put on control</source>
        <translation>{0}: поручения на контроль не ставились</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="140"/>
        <source>Put on control: {0}</source>
        <translation>Поставлено на контроль: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="141"/>
        <source>Executed on time: {0}</source>
        <translation>Исполнено в срок: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="142"/>
        <source>Executed late: {0}</source>
        <translation>Исполнено с нарушением срока: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="143"/>
        <source>Taken off control without execution: {0}</source>
        <translation>Снято с контроля без исполнения: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="146"/>
        <source>Overdue: {0}</source>
        <translation>Просрочено: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="147"/>
        <source>On control, not yet due: {0}</source>
        <translation>На контроле, срок не наступил: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="148"/>
        <source>Taken off control: {0} ({1})</source>
        <translation>Снято с контроля: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="193"/>
        <source>No assignments in the period</source>
        <translation>Поручений за период нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discipline_page.py" line="240"/>
        <source>Q{0}</source>
        <translation>{0} кв.</translation>
    </message>
</context>
<context>
    <name>QuarterReportsDialog</name>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="105"/>
        <source>Reports for the quarter</source>
        <translation>Отчеты за квартал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="132"/>
        <source>{0} quarter {1}</source>
        <translation>{0} квартал {1} года</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="135"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="147"/>
        <source>&amp;Executor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="163"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="164"/>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="165"/>
        <source>Target for the year</source>
        <translation>Показатель на год</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="166"/>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="469"/>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="167"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="475"/>
        <source>Total (for a share)</source>
        <translation>Всего (для доли)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="168"/>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="481"/>
        <source>Done on</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="169"/>
        <source>Information on execution</source>
        <translation>Информация о выполнении</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="219"/>
        <source>Double-click a cell to enter the fact, the date it was done (DD.MM.YYYY) or the words of the report. A measure counted from a registry takes its fact from there.</source>
        <translation>Дважды щелкните ячейку, чтобы ввести факт, дату исполнения (ДД.ММ.ГГГГ) или текст отчета. Для мероприятия, которое считается по реестру, факт берется из реестра.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="308"/>
        <source>Reports for the {0} quarter of {1} are due on {2}.</source>
        <translation>Отчеты за {0} квартал {1} г. представляются до {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="312"/>
        <source>The deadline has passed.</source>
        <translation>Срок прошел.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="317"/>
        <source>{0} — measures: {1}</source>
        <translation>{0} — мероприятий: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="325"/>
        <source>Have not reported for the {0} quarter ({1}), due {2}:</source>
        <translation>Не отчитались за {0} квартал ({1}), срок — {2}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="331"/>
        <source>Every executor has reported for the {0} quarter.</source>
        <translation>За {0} квартал отчитались все исполнители.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="390"/>
        <source>Counted from the registry: {0}</source>
        <translation>Считается по реестру: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="193"/>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="397"/>
        <source>For a share: the count the fact is a part of</source>
        <translation>Для доли: общее количество, частью которого является факт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="469"/>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="475"/>
        <source>a number is expected</source>
        <translation>ожидается число</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="527"/>
        <source>Measure {0}</source>
        <translation>Пункт {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="540"/>
        <source>Close without saving what was entered?</source>
        <translation>Закрыть, не сохранив введенное?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="542"/>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>RegistriesPage</name>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="267"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="268"/>
        <source>Submitted</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="269"/>
        <location filename="../../desktop_app/views/registries_page.py" line="283"/>
        <location filename="../../desktop_app/views/registries_page.py" line="300"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="270"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="271"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="272"/>
        <location filename="../../desktop_app/views/registries_page.py" line="288"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="273"/>
        <source>Decided</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="274"/>
        <source>Effect</source>
        <translation>Эффект</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="282"/>
        <source>Lean project</source>
        <translation>Лин-проект</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="284"/>
        <source>Sector</source>
        <translation>Направление деятельности</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="285"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="286"/>
        <source>Passport agreed</source>
        <translation>Паспорт согласован</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="287"/>
        <source>Closing</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="289"/>
        <source>For replication</source>
        <translation>К тиражированию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="292"/>
        <source>recommended for replication</source>
        <translation>рекомендованные к тиражированию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="298"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="299"/>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="301"/>
        <location filename="../../desktop_app/views/registries_page.py" line="311"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="302"/>
        <source>Course</source>
        <translation>Программа обучения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="303"/>
        <source>Taught by</source>
        <translation>Кто обучал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="307"/>
        <source>Training:</source>
        <translation>Обучение:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="309"/>
        <source>Improvement proposals</source>
        <translation>Предложения по улучшению</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="310"/>
        <source>Lean projects</source>
        <translation>Лин-проекты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="314"/>
        <source>Passport…</source>
        <translation>Паспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="316"/>
        <source>Preview and print the project&apos;s passport</source>
        <translation>Просмотр и печать паспорта лин-проекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="317"/>
        <source>Save passport…</source>
        <translation>Сохранить паспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="319"/>
        <source>Save the passport as PDF or DOCX</source>
        <translation>Сохранить паспорт в PDF или DOCX</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="320"/>
        <source>General information on lean projects…</source>
        <translation>Общие сведения о лин-проектах…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="417"/>
        <source>pilot</source>
        <translation>пилотный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="419"/>
        <source>replication</source>
        <translation>тиражирование</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="425"/>
        <source>Replication of {0}</source>
        <translation>Тиражирование проекта {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="480"/>
        <source>Add the body&apos;s executors first (the plan tab)</source>
        <translation>Сначала добавьте исполнителей органа (вкладка плана мероприятий)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="528"/>
        <source>Delete the chosen improvement proposal?</source>
        <translation>Удалить выбранное предложение по улучшению?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="530"/>
        <location filename="../../desktop_app/views/registries_page.py" line="578"/>
        <location filename="../../desktop_app/views/registries_page.py" line="686"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="545"/>
        <source>No. {0} of {1}</source>
        <translation>№ {0} от {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="574"/>
        <source>Delete the chosen lean project with its passport? Its replications keep its name in words.</source>
        <translation>Удалить выбранный лин-проект с его паспортом? В проектах, тиражирующих его, название останется словами.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="600"/>
        <location filename="../../desktop_app/views/registries_page.py" line="607"/>
        <source>Lean project passport</source>
        <translation>Паспорт лин-проекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="653"/>
        <source>General information on lean projects</source>
        <translation>Общие сведения о проводимых лин-проектах</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="684"/>
        <source>Delete the chosen training record?</source>
        <translation>Удалить выбранную запись об обучении?</translation>
    </message>
</context>
<context>
    <name>RegistryDialogs</name>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="169"/>
        <source>submitted</source>
        <translation>подано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="170"/>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="171"/>
        <source>implemented</source>
        <translation>реализовано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="172"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="178"/>
        <source>external</source>
        <translation>внешнее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="180"/>
        <source>internal</source>
        <translation>внутреннее</translation>
    </message>
</context>
<context>
    <name>RegistryTable</name>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="88"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="93"/>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="96"/>
        <source>Executor:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="97"/>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="98"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="123"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="125"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="127"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="153"/>
        <source>All executors</source>
        <translation>Все исполнители</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="158"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registries_page.py" line="192"/>
        <source>Shown: {0} of {1}</source>
        <translation>Показано: {0} из {1}</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="1039"/>
        <source>Reminder to a responsible</source>
        <translation>Напоминание ответственному</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="1056"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="1060"/>
        <source>Reply &amp;by:</source>
        <translation>Ответить &amp;до:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="1065"/>
        <source>Open assignments of every body</source>
        <translation>Поручения на контроле всех органов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="1071"/>
        <source>Assignments:</source>
        <translation>Поручения:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="1075"/>
        <source>Preview and print…</source>
        <translation>Просмотр и печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="1077"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignments_page.py" line="1095"/>
        <source>the reply date has passed</source>
        <translation>дата ответа уже прошла</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="648"/>
        <source>Removal from control</source>
        <translation>Снятие с контроля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="651"/>
        <source>The assignment is taken off control without a report of execution (it is no longer relevant or is replaced by another). Its reports and history stay.</source>
        <translation>Поручение снимается с контроля без отчета об исполнении (утратило актуальность или заменено другим). Его отчеты и история сохраняются.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="658"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="661"/>
        <source>e.g. decision of the working group, protocol No. 4 of 12.12.2024</source>
        <translation>например, решение рабочей группы, протокол № 4 от 12.12.2024</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="663"/>
        <source>Grounds:</source>
        <translation>Основание:</translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="31"/>
        <source>Remove from the roster</source>
        <translation>Исключение из состава</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="36"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; leaves the body. The record stays in the roster&apos;s history.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; исключается из состава. Запись сохранится в истории состава.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="44"/>
        <source>Not a member from:</source>
        <translation>Не входит в состав с:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="51"/>
        <source>Remove</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="53"/>
        <source>Delete the record (entered by mistake)…</source>
        <translation>Удалить запись (внесена по ошибке)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="74"/>
        <source>Delete the record of {0} from the roster completely? Do this only for a record entered by mistake.</source>
        <translation>Полностью удалить из состава запись «{0}»? Делайте это, только если запись внесена по ошибке.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="78"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="453"/>
        <source>Report of execution</source>
        <translation>Отчет об исполнении</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="462"/>
        <source>Report for {0} (due {1})</source>
        <translation>Отчет за {0} (срок {1})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="468"/>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="470"/>
        <source>Deadline: {0}</source>
        <translation>Срок: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="474"/>
        <source>Executed on:</source>
        <translation>Дата исполнения:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="477"/>
        <source>What was done: the letter, the document, the measures taken</source>
        <translation>Что сделано: письмо, документ, принятые меры</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="479"/>
        <source>Report:</source>
        <translation>Отчет:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="482"/>
        <source>e.g. the secretary Khmeleva K.V.</source>
        <translation>например, секретарь Хмелева К.В.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="483"/>
        <source>Accepted by:</source>
        <translation>Принял:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="487"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="490"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="498"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="500"/>
        <source>Last report: take the assignment off control</source>
        <translation>Последний отчет: снять с контроля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="518"/>
        <source>not attached</source>
        <translation>не приложен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="529"/>
        <source>Attach a file to the report</source>
        <translation>Приложить файл к отчету</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="553"/>
        <source>copying the file was cancelled</source>
        <translation>копирование файла отменено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="556"/>
        <location filename="../../desktop_app/views/assignment_dialogs.py" line="564"/>
        <source>could not copy the file: {0}</source>
        <translation>не удалось скопировать файл: {0}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="147"/>
        <source>Restore from a backup</source>
        <translation>Восстановить из копии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="153"/>
        <source>Copies in «{0}». The database will be replaced by the chosen copy; the current database is kept as one more copy first.</source>
        <translation>Копии в папке «{0}». База данных будет заменена выбранной копией; текущая база сначала сохранится как ещё одна копия.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="170"/>
        <source>Another file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="175"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="182"/>
        <source>There are no copies in this folder. Choose a copy file with «Another file…».</source>
        <translation>В этой папке нет копий. Выберите файл копии кнопкой «Другой файл…».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="199"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="200"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="201"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="202"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="203"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="208"/>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="210"/>
        <source>sound</source>
        <translation>исправна</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="212"/>
        <source>damaged</source>
        <translation>повреждена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="213"/>
        <source>not checked yet</source>
        <translation>ещё не проверена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="250"/>
        <source>A copy of the database</source>
        <translation>Копия базы данных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/backup_dialogs.py" line="252"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>RosterChangeDialog</name>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="55"/>
        <source>Change the roster by an act</source>
        <translation>Изменение состава</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="71"/>
        <source>for example: in connection with staff changes</source>
        <translation>например: в связи с кадровыми изменениями</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="72"/>
        <source>Kind of act:</source>
        <translation>Вид акта:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="73"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="74"/>
        <source>Effective date:</source>
        <translation>Дата вступления в силу:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="75"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="80"/>
        <source>&lt;b&gt;Members on the act&apos;s date&lt;/b&gt; — choose who leaves or gets a new role:</source>
        <translation>&lt;b&gt;Члены на дату акта&lt;/b&gt; — укажите, кто исключается из состава или получает новую роль:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="86"/>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="98"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="86"/>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="98"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="86"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="94"/>
        <source>&lt;b&gt;Joining the body:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Включаются в состав:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="98"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="106"/>
        <source>Add a new member…</source>
        <translation>Добавить нового члена…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="109"/>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="121"/>
        <source>Record the act</source>
        <translation>Внести изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="136"/>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="136"/>
        <source>leaves the body</source>
        <translation>исключается из состава</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="138"/>
        <source>new role: {0}</source>
        <translation>новая роль: {0}</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../../desktop_app/views/roster_model.py" line="34"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_model.py" line="35"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_model.py" line="36"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_model.py" line="37"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_model.py" line="38"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_model.py" line="39"/>
        <source>Since</source>
        <translation>С какой даты</translation>
    </message>
</context>
<context>
    <name>SendToAllDialog</name>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="71"/>
        <source>Send to all members</source>
        <translation>Разослать всем членам</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="77"/>
        <source>A copy of the protocol is marked as sent to every member of the roster on the meeting&apos;s date. Members who already have a copy are skipped.</source>
        <translation>Отправка копии протокола отмечается для каждого члена по составу на дату заседания. Те, кому копия уже отправлена, пропускаются.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="84"/>
        <source>Method:</source>
        <translation>Способ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_distribution.py" line="86"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="223"/>
        <source>Deadline</source>
        <extracomment>body id, plan id, year, quarter, unit id: the plan&apos;s reports of the quarter</extracomment>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="224"/>
        <source>Assignment</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="225"/>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="228"/>
        <source>No overdue assignments</source>
        <translation>Просроченных поручений нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="230"/>
        <source>All overdue…</source>
        <translation>Все просроченные…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="233"/>
        <source>No deadlines this week</source>
        <translation>Поручений со сроком на этой неделе нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="234"/>
        <source>All due soon…</source>
        <translation>Все, срок которых подходит…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="239"/>
        <source>Report for</source>
        <translation>Отчет за</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="239"/>
        <source>From whom</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="240"/>
        <source>No periodic reports are expected in the coming days</source>
        <translation>Периодических отчетов в ближайшие дни не ожидается</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="254"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="247"/>
        <location filename="../../desktop_app/views/today_page.py" line="254"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="247"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="247"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="248"/>
        <source>Every executor of the plans of measures has reported for the quarter</source>
        <translation>Все исполнители планов мероприятий отчитались за квартал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="256"/>
        <source>Every protocol of a held meeting is signed</source>
        <translation>Протоколы всех проведенных заседаний подписаны</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="259"/>
        <source>Every signed protocol has been sent</source>
        <translation>Все подписанные протоколы разосланы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="265"/>
        <source>Quarters</source>
        <translation>Кварталы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="266"/>
        <source>Every body has a meeting held or planned in each quarter of the year</source>
        <translation>У каждого органа в каждом квартале года заседание проведено или запланировано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="297"/>
        <source>Today, {0}, {1}</source>
        <translation>Сегодня, {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="326"/>
        <source>Monday</source>
        <translation>понедельник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="327"/>
        <source>Tuesday</source>
        <translation>вторник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="328"/>
        <source>Wednesday</source>
        <translation>среда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="329"/>
        <source>Thursday</source>
        <translation>четверг</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="330"/>
        <source>Friday</source>
        <translation>пятница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="331"/>
        <source>Saturday</source>
        <translation>суббота</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="332"/>
        <source>Sunday</source>
        <translation>воскресенье</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="341"/>
        <source>Overdue ({0})</source>
        <translation>Просрочено ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="343"/>
        <source>Due this week ({0})</source>
        <translation>Срок на этой неделе ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="345"/>
        <source>Reports expected ({0})</source>
        <translation>Ожидаются отчеты ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="346"/>
        <source>Protocols not signed ({0})</source>
        <translation>Протоколы не подписаны ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="347"/>
        <source>Protocols not sent ({0})</source>
        <translation>Протоколы не разосланы ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="351"/>
        <source>the first {0}</source>
        <translation>первые {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="354"/>
        <source>No meeting in a quarter of {0}</source>
        <translation>Нет заседания в квартале {0} года</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="361"/>
        <source>№ {0} of {1}</source>
        <translation>№ {0} от {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="365"/>
        <source>{0} quarter</source>
        <translation>{0} квартал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="377"/>
        <source>{0} assignment(s) overdue; {1} due this week. Click a line to open it.</source>
        <translation>Просрочено поручений: {0}; срок на этой неделе: {1}. Щелкните строку, чтобы открыть.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="380"/>
        <source>{0} assignment(s) overdue. Click a line to open it.</source>
        <translation>Просрочено поручений: {0}. Щелкните строку, чтобы открыть.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="383"/>
        <source>Nothing is overdue; {0} due this week. Click a line to open it.</source>
        <translation>Просроченных поручений нет; срок на этой неделе: {0}. Щелкните строку, чтобы открыть.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="385"/>
        <source>Nothing is overdue and nothing is due this week.</source>
        <translation>Просроченных поручений нет, на этой неделе сроков нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="405"/>
        <source>Body: {0}</source>
        <translation>Орган: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="406"/>
        <source>Responsible: {0}</source>
        <translation>Ответственные: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="407"/>
        <source>Deadline: {0}</source>
        <translation>Срок: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="435"/>
        <source>Reports on the plan of measures expected ({0})</source>
        <translation>Ожидаются отчеты по плану мероприятий ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="440"/>
        <source>{0} quarter {1}</source>
        <translation>{0} квартал {1} года</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="445"/>
        <source>Report for the {0} quarter of {1} is due on {2}</source>
        <translation>Отчет за {0} квартал {1} г. — до {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="448"/>
        <source>Measures without a report: {0}</source>
        <translation>Мероприятий без отчета: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/today_page.py" line="395"/>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="199"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="199"/>
        <source>New training</source>
        <translation>Новая запись об обучении</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="215"/>
        <source>who taught: organisation or colleague</source>
        <translation>кто обучал: организация или коллега</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="219"/>
        <source>Executor:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="220"/>
        <source>Employee:</source>
        <translation>Сотрудник:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="221"/>
        <source>Training:</source>
        <translation>Обучение:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="222"/>
        <source>Course:</source>
        <translation>Программа обучения:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="223"/>
        <source>Taught by:</source>
        <translation>Кто обучал:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/registry_dialogs.py" line="224"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="685"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="685"/>
        <source>New executor</source>
        <translation>Новый исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="694"/>
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="698"/>
        <source>Short name:</source>
        <translation>Сокращение:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="701"/>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="703"/>
        <source>Joined on:</source>
        <translation>Включен с:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="706"/>
        <source>Left on:</source>
        <translation>Выбыл:</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="760"/>
        <source>Executors</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="770"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="771"/>
        <source>Short name</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="772"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="773"/>
        <source>Joined</source>
        <translation>Включен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="774"/>
        <source>Left</source>
        <translation>Выбыл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="797"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="798"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="799"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="806"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="874"/>
        <source>Delete the executor «{0}»? Its place in the plan&apos;s measures and its reports are deleted with it.</source>
        <translation>Удалить исполнителя «{0}»? Вместе с ним из пунктов плана удаляются его участие и его отчеты.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/plan_dialogs.py" line="878"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="972"/>
        <source>Protocol versions</source>
        <translation>Версии протокола</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="977"/>
        <source>Each version is kept as it was signed and prints the same years later. The last version is the protocol in force.</source>
        <translation>Каждая версия хранится такой, какой была подписана, и печатается так же спустя годы. Последняя версия — действующий протокол.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="986"/>
        <source>Version {0}. {1}</source>
        <translation>Версия {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="994"/>
        <source>View and print…</source>
        <translation>Просмотр и печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="997"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/meeting_window.py" line="1000"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>_AuditView</name>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="150"/>
        <source>Choose a line to see the whole change</source>
        <translation>Выберите строку, чтобы увидеть изменение целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="170"/>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="173"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="176"/>
        <source>Was:</source>
        <translation>Было:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/audit_dialog.py" line="178"/>
        <source>Became:</source>
        <translation>Стало:</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop_app/views/messages.py" line="30"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
</TS>
