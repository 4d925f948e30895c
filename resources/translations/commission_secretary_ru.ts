<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../desktop_app/views/exception_dialog.py" line="28"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/exception_dialog.py" line="32"/>
        <source>The program ran into an unexpected error. Your data is safe: the last operation was cancelled. Copy the details below and send them to your administrator. The details are also written to the log file:
{0}</source>
        <translation>В программе произошла непредвиденная ошибка. Ваши данные в сохранности: последнее действие отменено. Скопируйте подробности ниже и отправьте их администратору. Подробности также записаны в файл журнала:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/exception_dialog.py" line="44"/>
        <source>Copy details</source>
        <translation>Скопировать подробности</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="62"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="81"/>
        <source>&amp;New database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="85"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="91"/>
        <source>&amp;Print the roster…</source>
        <translation>&amp;Печать состава…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="97"/>
        <source>&amp;Export the roster (PDF, Word, Excel)…</source>
        <translation>&amp;Экспорт состава (PDF, Word, Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="101"/>
        <source>E&amp;xit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="103"/>
        <source>&amp;New body…</source>
        <translation>&amp;Новый орган…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="105"/>
        <source>Body &amp;settings…</source>
        <translation>&amp;Сведения об органе…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="106"/>
        <source>Open the &amp;example</source>
        <translation>&amp;Открыть пример</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="107"/>
        <source>&amp;Add a member…</source>
        <translation>&amp;Добавить члена…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="109"/>
        <source>&amp;Edit the member…</source>
        <translation>&amp;Изменить сведения о члене…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="113"/>
        <source>&amp;Remove from the roster…</source>
        <translation>Ис&amp;ключить из состава…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="118"/>
        <source>&amp;Change the roster by an act…</source>
        <translation>Изменить &amp;состав…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="122"/>
        <source>&amp;Paste the roster from an act…</source>
        <translation>&amp;Вставить из акта…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="127"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="129"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="133"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="144"/>
        <source>&amp;Body</source>
        <translation>&amp;Орган</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="147"/>
        <source>&amp;Roster</source>
        <translation>&amp;Состав</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="159"/>
        <source>&amp;Help</source>
        <translation>С&amp;правка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="161"/>
        <source>Main toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="185"/>
        <source>&lt;h2&gt;The database has no bodies yet&lt;/h2&gt;&lt;p&gt;Create the body you serve, or open the example: the working group on lean management of the Belovo city district with its roster of 23 people.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;В базе данных пока нет ни одного органа&lt;/h2&gt;&lt;p&gt;Создайте орган, секретарем которого вы являетесь, или откройте пример: рабочую группу по бережливому управлению Беловского городского округа (в составе 23 человека).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="195"/>
        <source>Open the example</source>
        <translation>Открыть пример</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="198"/>
        <source>Create a body…</source>
        <translation>Создать орган…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="239"/>
        <source>Roster on:</source>
        <translation>Состав на:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="243"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="249"/>
        <source>Filter: surname, position, organisation…</source>
        <translation>Поиск: фамилия, должность, организация…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="280"/>
        <source>Roster</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="285"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="285"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="285"/>
        <source>Joined</source>
        <translation>Включено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="285"/>
        <source>Left</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="291"/>
        <source>Roster history</source>
        <translation>История состава</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="308"/>
        <location filename="../../desktop_app/views/main_window.py" line="312"/>
        <source>The database is not open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="313"/>
        <source>Could not open the database «{0}»: {1}</source>
        <translation>Не удалось открыть базу данных «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="322"/>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="330"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="330"/>
        <source>Databases (*.sqlite3)</source>
        <translation>Базы данных (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="340"/>
        <source>The file «{0}» already exists: choose another name or open it.</source>
        <translation>Файл «{0}» уже существует: выберите другое имя или откройте этот файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="348"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="348"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="372"/>
        <source>{0}; members: {1}</source>
        <translation>{0}; членов: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="410"/>
        <source>Created by {0}</source>
        <translation>Акт о создании: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="440"/>
        <source>The roster on {0} has no {1}.</source>
        <translation>В составе на {0} нет {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="441"/>
        <source> and no </source>
        <translation> и нет </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="465"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="467"/>
        <source>Members: {0}</source>
        <translation>Членов: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="512"/>
        <source>The example is loaded</source>
        <translation>Пример загружен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="582"/>
        <source>Added to the roster: {0}.</source>
        <translation>Добавлено в состав: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="584"/>
        <source>Already in the database (position taken from the act): {0}.</source>
        <translation>Уже были в базе (должность взята из акта): {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="623"/>
        <source>Export the roster</source>
        <translation>Экспорт состава</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="640"/>
        <source>Written: {0}</source>
        <translation>Файл сохранен: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="647"/>
        <source>{0}, version {1}.
The work of a commission secretary: rosters, meetings, protocols and the control of decisions.</source>
        <translation>{0}, версия {1}.
Работа секретаря комиссии: составы, заседания, протоколы и контроль исполнения решений.</translation>
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
    <name>PasteRosterDialog</name>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="48"/>
        <source>Paste the roster from an act</source>
        <translation>Вставка состава из акта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="55"/>
        <source>Paste the roster as the act prints it: «Фамилия Имя Отчество - должность, роль;». Check the table on the right and correct it if needed.</source>
        <translation>Вставьте состав так, как он напечатан в акте: «Фамилия Имя Отчество - должность, роль;». Проверьте таблицу справа и при необходимости исправьте ее.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="65"/>
        <source>Roster text from the act</source>
        <translation>Текст состава из акта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="71"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="72"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="73"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="74"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="75"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="89"/>
        <source>Members since (the act&apos;s date):</source>
        <translation>В составе с (дата акта):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="91"/>
        <source>by act:</source>
        <translation>утвержден актом:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="95"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="98"/>
        <source>Act:</source>
        <translation>Акт:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="107"/>
        <source>Add to the roster</source>
        <translation>Добавить в состав</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="128"/>
        <source>Recognised: {0}</source>
        <translation>Распознано: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="172"/>
        <source>no members recognised in the text</source>
        <translation>в тексте не распознано ни одного члена</translation>
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
        <location filename="../../desktop_app/views/print_preview.py" line="103"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось начать печать.</translation>
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
    <name>messages</name>
    <message>
        <location filename="../../desktop_app/views/messages.py" line="30"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
</TS>
