<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../desktop_app/views/body_dialog.py" line="23"/>
        <source>New body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/body_dialog.py" line="23"/>
        <source>Body settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyForm</name>
    <message>
        <location filename="../../ui/body_form.ui" line="6"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="10"/>
        <source>Kind of body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="12"/>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="13"/>
        <source>working group on ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="14"/>
        <source>Full name in the genitive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="15"/>
        <source>filled in automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="16"/>
        <source>Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="18"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="20"/>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="21"/>
        <source>city of ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="22"/>
        <source>Creating act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="23"/>
        <source>Kind of act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="25"/>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="27"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="29"/>
        <source>Rules of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="30"/>
        <source>Quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="32"/>
        <source>Reports due on day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="33"/>
        <source>Executors report by this day of the month after the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_form.ui" line="34"/>
        <source>Meetings per quarter, at least:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../desktop_app/views/exception_dialog.py" line="28"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/exception_dialog.py" line="32"/>
        <source>The program ran into an unexpected error. Your data is safe: the last operation was cancelled. Copy the details below and send them to your administrator. The details are also written to the log file:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/exception_dialog.py" line="43"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="63"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="84"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="86"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="88"/>
        <source>&amp;Print the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="90"/>
        <source>&amp;Export the roster (PDF, Word, Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="92"/>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="93"/>
        <source>&amp;New body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="95"/>
        <source>Body &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="97"/>
        <source>Open the &amp;example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="98"/>
        <source>&amp;Add a member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="100"/>
        <source>&amp;Edit the member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="102"/>
        <source>&amp;Remove from the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="104"/>
        <source>&amp;Change the roster by an act…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="106"/>
        <source>&amp;Paste the roster from an act…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="108"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="110"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="114"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="118"/>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="121"/>
        <source>&amp;Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="126"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="128"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="145"/>
        <source>&lt;h2&gt;The database has no bodies yet&lt;/h2&gt;&lt;p&gt;Create the body you serve, or open the example: the working group on lean management of the Belovo city district with its roster of 23 people.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="153"/>
        <source>Open the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="156"/>
        <source>Create a body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="189"/>
        <source>Roster on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="196"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="202"/>
        <source>Filter: surname, position, organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="233"/>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="238"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="238"/>
        <source>Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="238"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="238"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="243"/>
        <source>Roster history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="257"/>
        <location filename="../../desktop_app/views/main_window.py" line="261"/>
        <source>The database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="262"/>
        <source>Could not open the database «{0}»: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="269"/>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="276"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="277"/>
        <source>Databases (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="283"/>
        <source>The file «{0}» already exists: choose another name or open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="289"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="290"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="313"/>
        <source>{0}; members: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="356"/>
        <source>The roster on {0} has no {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="357"/>
        <source> and no </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="382"/>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="383"/>
        <source>Members: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="420"/>
        <source>The example is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="519"/>
        <source>Export the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="520"/>
        <source>PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="532"/>
        <source>Written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="536"/>
        <source>{0}, version {1}.
The work of a commission secretary: rosters, meetings, protocols and the control of decisions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop_app/views/member_dialog.py" line="44"/>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/member_dialog.py" line="44"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/member_dialog.py" line="46"/>
        <source>by patronymic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../ui/member_form.ui" line="6"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="10"/>
        <source>Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="12"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="14"/>
        <source>Patronymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="16"/>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="18"/>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="20"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="22"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="24"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="26"/>
        <source>In the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="27"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="29"/>
        <source>Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="31"/>
        <source>Member since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="33"/>
        <source>Name in other cases (filled automatically; type to correct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="34"/>
        <source>Genitive (кого?):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="36"/>
        <source>Dative (кому?):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_form.ui" line="38"/>
        <source>Accusative (кого? — СЛУШАЛИ):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteRosterDialog</name>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="43"/>
        <source>Paste the roster from an act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="49"/>
        <source>Paste the roster as the act prints it: «Фамилия Имя Отчество - должность, роль;». Check the table on the right and correct it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="57"/>
        <source>Roster text from the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="62"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="62"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="62"/>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="62"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="63"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="77"/>
        <source>Members since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="79"/>
        <source>approved by the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="83"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="86"/>
        <source>Act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="96"/>
        <source>Add to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="116"/>
        <source>Recognised: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/paste_roster_dialog.py" line="151"/>
        <source>no members recognised in the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="31"/>
        <source>Print preview — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="42"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="45"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="48"/>
        <source>Pages: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="50"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="53"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="58"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="75"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="76"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="86"/>
        <source>Could not save the file «{0}»: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/print_preview.py" line="100"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="31"/>
        <source>Remove from the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="35"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; leaves the body. The record stays in the roster&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="44"/>
        <source>Not a member from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="53"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="54"/>
        <source>Delete the record (entered by mistake)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="72"/>
        <source>Delete the record of {0} from the roster completely? Do this only for a record entered by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/remove_member_dialog.py" line="74"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterChangeDialog</name>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="49"/>
        <source>Change the roster by an act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="67"/>
        <source>for example: in connection with staff changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="68"/>
        <source>Kind of act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="69"/>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="70"/>
        <source>Date (changes take effect):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="71"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="74"/>
        <source>&lt;b&gt;Members on the act&apos;s date&lt;/b&gt; — choose who leaves or gets a new role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="79"/>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="89"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="79"/>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="89"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="79"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="85"/>
        <source>&lt;b&gt;Joining the body:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="89"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="95"/>
        <source>Add a new member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="98"/>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="112"/>
        <source>Record the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="127"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="127"/>
        <source>leaves the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_change_dialog.py" line="128"/>
        <source>new role: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../../desktop_app/views/roster_model.py" line="37"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_model.py" line="38"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_model.py" line="39"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_model.py" line="40"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_model.py" line="41"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/roster_model.py" line="42"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop_app/views/messages.py" line="26"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
