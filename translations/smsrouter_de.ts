<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BodyCounter</name>
    <message>
        <source>Use plain quotes and dashes</source>
        <translation>Gerade Anführungszeichen und Striche verwenden</translation>
    </message>
    <message>
        <source>Remove accents…</source>
        <translation>Akzente entfernen…</translation>
    </message>
    <message>
        <source>See the text with ã, á, ç and the like as plain letters, which GSM-7 can send, and choose whether to use it.</source>
        <translation>Den Text mit ã, á, ç usw. als einfache Buchstaben ansehen, die GSM-7 senden kann, und entscheiden, ob Sie ihn verwenden.</translation>
    </message>
    <message>
        <source>Replace typographic quotes, dashes, ellipses and special spaces with their plain GSM-7 equivalents.</source>
        <translation>Typografische Anführungszeichen, Striche, Auslassungspunkte und Sonderleerzeichen durch ihre einfachen GSM-7-Entsprechungen ersetzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4 left)</source>
        <translation>%1 · %2 · %3 (%4 übrig)</translation>
    </message>
    <message>
        <source>%1 at position %2 forces UCS-2</source>
        <translation>%1 an Position %2 erzwingt UCS-2</translation>
    </message>
    <message>
        <source>%1 and %2 force UCS-2 (the first at position %3)</source>
        <translation>%1 und %2 erzwingen UCS-2 (das erste an Position %3)</translation>
    </message>
    <message>
        <source> — %1 segments instead of %2</source>
        <translation> – %1 Segmente statt %2</translation>
    </message>
    <message>
        <source> — 70 characters per segment instead of 160</source>
        <translation> – 70 Zeichen pro Segment statt 160</translation>
    </message>
    <message>
        <source>0 characters</source>
        <translation>0 Zeichen</translation>
    </message>
    <message>
        <source> — over the limit of %1 segments</source>
        <translation> – über dem Limit von %1 Segmenten</translation>
    </message>
    <message>
        <source>Remove accents?</source>
        <translation>Akzente entfernen?</translation>
    </message>
    <message>
        <source>Without accents the text would read:</source>
        <translation>Ohne Akzente würde der Text so lauten:</translation>
    </message>
    <message>
        <source>%1

%2 instead of %3. Removing accents changes words: read it before you choose it.</source>
        <translation>%1

%2 statt %3. Das Entfernen von Akzenten verändert Wörter: Lesen Sie den Text, bevor Sie ihn übernehmen.</translation>
    </message>
    <message>
        <source>Use this text</source>
        <translation>Diesen Text verwenden</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>BulkInserter</name>
    <message>
        <source>The store could not prepare the import&apos;s inserts: %1</source>
        <translation>Die Datenbank konnte die Einfügevorgänge des Imports nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>The store could not store an imported message: %1</source>
        <translation>Die Datenbank konnte eine importierte Nachricht nicht speichern: %1</translation>
    </message>
    <message>
        <source>The store could not store an import reject: %1</source>
        <translation>Die Datenbank konnte eine beim Import abgelehnte Zeile nicht speichern: %1</translation>
    </message>
    <message>
        <source>The store could not store an imported message: its campaign or carrier was removed meanwhile.</source>
        <translation>Die Datenbank konnte eine importierte Nachricht nicht speichern: ihre Kampagne oder ihr Netzbetreiber wurde inzwischen entfernt.</translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>Give the campaign&apos;s id: %1 ID (`campaign list` shows the ids).</source>
        <translation>Geben Sie die ID der Kampagne an: %1 ID (`campaign list` zeigt die IDs).</translation>
    </message>
    <message>
        <source>CARRIER</source>
        <translation>NETZBETREIBER</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTE</translation>
    </message>
    <message>
        <source>COST/%1</source>
        <translation>KOSTEN/%1</translation>
    </message>
    <message>
        <source>Give one file: campaign import FILE --name NAME --from SENDER --body TEMPLATE.</source>
        <translation>Geben Sie genau eine Datei an: campaign import FILE --name NAME --from SENDER --body TEMPLATE.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign import: %1%, %2, %3 accepted, %4 rejected</source>
        <translation>campaign import: %1 %, %2, %3 angenommen, %4 abgelehnt</translation>
    </message>
    <message>
        <source>The import was interrupted; nothing was kept.</source>
        <translation>Der Import wurde unterbrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>TAB</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Imported campaign %1 “%2” from %3 (%4, “%5”, phone column “%6”).</source>
        <translation>Kampagne %1 „%2“ aus %3 importiert (%4, „%5“, Rufnummernspalte „%6“).</translation>
    </message>
    <message>
        <source>rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>accepted:</source>
        <translation>angenommen:</translation>
    </message>
    <message>
        <source>rejected:</source>
        <translation>abgelehnt:</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>estimated cost:</source>
        <translation>geschätzte Kosten:</translation>
    </message>
    <message>
        <source>See why rows were rejected: smsrouter-cli campaign rejects %1</source>
        <translation>Gründe für die abgelehnten Zeilen sehen Sie mit: smsrouter-cli campaign rejects %1</translation>
    </message>
    <message>
        <source>Start it with: smsrouter-cli campaign start %1 [--at ISO8601]</source>
        <translation>Starten Sie die Kampagne mit: smsrouter-cli campaign start %1 [--at ISO8601]</translation>
    </message>
    <message>
        <source>No campaigns yet. Import one with: smsrouter-cli campaign import FILE --name NAME --from SENDER --body TEMPLATE</source>
        <translation>Noch keine Kampagnen. Importieren Sie eine mit: smsrouter-cli campaign import FILE --name NAME --from SENDER --body TEMPLATE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>WARTEND</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>GESENDET</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>CREATED/STARTS</source>
        <translation>ERSTELLT/START</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>%1 (%2 accepted, %3 rejected)</source>
        <translation>%1 (%2 angenommen, %3 abgelehnt)</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Rejected: %1 — `smsrouter-cli campaign rejects %2` lists them.</source>
        <translation>Abgelehnt: %1 – `smsrouter-cli campaign rejects %2` listet sie auf.</translation>
    </message>
    <message>
        <source>--at “%1” is not an ISO 8601 time; write e.g. 2026-03-01T09:00:00Z (a time without Z or an offset is local time).</source>
        <translation>--at „%1“ ist keine Zeitangabe nach ISO 8601; schreiben Sie z. B. 2026-03-01T09:00:00Z (eine Zeit ohne Z oder Zeitzonenversatz gilt als Ortszeit).</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” starts at %3. A running dispatcher (the GUI, or smsrouter-cli dispatch) starts it then.</source>
        <translation>Kampagne %1 „%2“ startet am %3. Ein laufender Versanddienst (die GUI oder smsrouter-cli dispatch) startet sie dann.</translation>
    </message>
    <message numerus="yes">
        <source>Started campaign %1 “%2”: %n message(s) queued. They are sent by a running dispatcher (the GUI, or smsrouter-cli dispatch).</source>
        <translation>
            <numerusform>Kampagne %1 „%2“ gestartet: %n Nachricht in der Warteschlange. Sie wird von einem laufenden Versanddienst (der GUI oder smsrouter-cli dispatch) gesendet.</numerusform>
            <numerusform>Kampagne %1 „%2“ gestartet: %n Nachrichten in der Warteschlange. Sie werden von einem laufenden Versanddienst (der GUI oder smsrouter-cli dispatch) gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused campaign %1: %n message(s) wait; %2 already being submitted finish.</source>
        <translation>
            <numerusform>Kampagne %1 pausiert: %n Nachricht wartet; bereits laufende Übermittlungen (%2) werden abgeschlossen.</numerusform>
            <numerusform>Kampagne %1 pausiert: %n Nachrichten warten; bereits laufende Übermittlungen (%2) werden abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed campaign %1: %n message(s) queued.</source>
        <translation>
            <numerusform>Kampagne %1 fortgesetzt: %n Nachricht in der Warteschlange.</numerusform>
            <numerusform>Kampagne %1 fortgesetzt: %n Nachrichten in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Import a CSV file of recipients as a draft campaign (--name, --from, --body).</source>
        <translation>Eine CSV-Datei mit Empfängern als Kampagnenentwurf importieren (--name, --from, --body).</translation>
    </message>
    <message>
        <source>The campaign&apos;s name.</source>
        <translation>Der Name der Kampagne.</translation>
    </message>
    <message>
        <source>The sender of every message.</source>
        <translation>Der Absender jeder Nachricht.</translation>
    </message>
    <message>
        <source>The message template: {column} is replaced by the row&apos;s value in that column; {{ and }} are literal braces. Without a header row, columns are named by number: {1}, {2}, …</source>
        <translation>Die Nachrichtenvorlage: {Spalte} wird durch den Wert der Zeile in dieser Spalte ersetzt; {{ und }} stehen für geschweifte Klammern. Ohne Kopfzeile werden die Spalten nach Nummer benannt: {1}, {2}, …</translation>
    </message>
    <message>
        <source>List campaigns with their state and counters.</source>
        <translation>Kampagnen mit Status und Zählern auflisten.</translation>
    </message>
    <message>
        <source>Show a campaign: counters per message state, cost per carrier, rejects.</source>
        <translation>Eine Kampagne anzeigen: Zähler je Nachrichtenstatus, Kosten je Netzbetreiber, abgelehnte Zeilen.</translation>
    </message>
    <message>
        <source>Start a draft campaign now, or at a time (--at ISO8601).</source>
        <translation>Einen Kampagnenentwurf jetzt oder zu einem Zeitpunkt starten (--at ISO8601).</translation>
    </message>
    <message>
        <source>Start at this time instead of now, e.g. 2026-03-01T09:00:00Z.</source>
        <translation>Zu diesem Zeitpunkt statt jetzt starten, z. B. 2026-03-01T09:00:00Z.</translation>
    </message>
    <message>
        <source>Pause a running campaign (messages being submitted finish).</source>
        <translation>Eine laufende Kampagne pausieren (Nachrichten in Übermittlung werden abgeschlossen).</translation>
    </message>
    <message>
        <source>Resume a paused campaign.</source>
        <translation>Eine pausierte Kampagne fortsetzen.</translation>
    </message>
    <message>
        <source>Cancel a campaign: its unsent messages are not sent.</source>
        <translation>Eine Kampagne abbrechen: Noch nicht gesendete Nachrichten werden nicht mehr gesendet.</translation>
    </message>
    <message>
        <source>Print a campaign&apos;s rejected rows as CSV: line, raw_value, reason, detail.</source>
        <translation>Die abgelehnten Zeilen einer Kampagne als CSV ausgeben: line, raw_value, reason, detail.</translation>
    </message>
    <message>
        <source>Opt-outs by reply</source>
        <translation>Abmeldungen per Antwort</translation>
    </message>
</context>
<context>
    <name>CampaignDetailPane</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Planen…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel campaign…</source>
        <translation>Kampagne abbrechen…</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Rejected at import</source>
        <translation>Beim Import abgelehnt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Export rejects…</source>
        <translation>Abgelehnte Zeilen exportieren…</translation>
    </message>
    <message>
        <source>Queue every message now; the dispatcher sends them within each carrier&apos;s rate.</source>
        <translation>Alle Nachrichten jetzt in die Warteschlange stellen; der Versanddienst sendet sie im Rahmen der Senderate jedes Netzbetreibers.</translation>
    </message>
    <message>
        <source>Start by itself at a time you choose.</source>
        <translation>Automatisch zu einem von Ihnen gewählten Zeitpunkt starten.</translation>
    </message>
    <message>
        <source>Stop queuing: waiting messages stay; those being submitted finish.</source>
        <translation>Das Einreihen stoppen: Wartende Nachrichten bleiben erhalten, laufende Übermittlungen werden abgeschlossen.</translation>
    </message>
    <message>
        <source>Save the rows the import rejected as CSV (line, raw value, reason, detail).</source>
        <translation>Die beim Import abgelehnten Zeilen als CSV speichern (Zeile, Rohwert, Grund, Detail).</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Zeiten:</translation>
    </message>
    <message>
        <source>Not delivered:</source>
        <translation>Nicht zugestellt:</translation>
    </message>
    <message>
        <source>Failed and undelivered together, as in the Campaigns table and the status bar.</source>
        <translation>Fehlgeschlagene und unzustellbare Nachrichten zusammen, wie in der Kampagnentabelle und in der Statusleiste.</translation>
    </message>
    <message>
        <source>%1 read · %2 accepted · %3 rejected</source>
        <translation>%1 gelesen · %2 angenommen · %3 abgelehnt</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>startet %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <source>%1 failed, %2 undelivered</source>
        <translation>%1 fehlgeschlagen, %2 unzustellbar</translation>
    </message>
    <message>
        <source>carrier #%1</source>
        <translation>Netzbetreiber #%1</translation>
    </message>
    <message>
        <source>Cancelled messages are left out.</source>
        <translation>Abgebrochene Nachrichten sind nicht enthalten.</translation>
    </message>
    <message>
        <source>%1 · estimated %2</source>
        <translation>%1 · geschätzt %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>Es wurden keine Zeilen abgelehnt.</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Neu planen…</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Numbers that answered this campaign with a stop word and were put on the opt-out list</source>
        <translation>Rufnummern, die auf diese Kampagne mit einem Stoppwort geantwortet haben und auf die Abmeldeliste gesetzt wurden</translation>
    </message>
    <message>
        <source>Opt-outs by reply:</source>
        <translation>Abmeldungen per Antwort:</translation>
    </message>
</context>
<context>
    <name>CampaignImportJob</name>
    <message>
        <source>The import did not run.</source>
        <translation>Der Import wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The import had finished when it was cancelled, and its draft (campaign %1) could not be removed: %2 Cancel that campaign on the Campaigns page.</source>
        <translation>Der Import war bereits abgeschlossen, als er abgebrochen wurde, und sein Entwurf (Kampagne %1) konnte nicht entfernt werden: %2 Brechen Sie diese Kampagne auf der Seite „Kampagnen“ ab.</translation>
    </message>
    <message>
        <source>The import has not run.</source>
        <translation>Der Import wurde noch nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>CampaignImportWizard</name>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Stop the import? Nothing of it is stored.</source>
        <translation>Import abbrechen? Es wird nichts davon gespeichert.</translation>
    </message>
    <message>
        <source>Close without starting? Campaign “%1” stays as a draft on the Campaigns page, where you can start or schedule it later.</source>
        <translation>Schließen, ohne zu starten? Die Kampagne „%1“ bleibt als Entwurf auf der Seite „Kampagnen“, wo Sie sie später starten oder planen können.</translation>
    </message>
    <message>
        <source>Discard the message you typed? Nothing has been imported yet.</source>
        <translation>Die eingegebene Nachricht verwerfen? Es wurde noch nichts importiert.</translation>
    </message>
</context>
<context>
    <name>CampaignImporter</name>
    <message>
        <source>The campaign needs a name (--name NAME).</source>
        <translation>Die Kampagne benötigt einen Namen (--name NAME).</translation>
    </message>
    <message>
        <source>The campaign needs a sender, the From of its messages (--from SENDER).</source>
        <translation>Die Kampagne benötigt einen Absender für ihre Nachrichten (--from SENDER).</translation>
    </message>
    <message>
        <source>The message template is empty; write the text to send (--body TEMPLATE), with {column} placeholders for per-row values.</source>
        <translation>Die Nachrichtenvorlage ist leer; schreiben Sie den zu sendenden Text (--body TEMPLATE), mit Platzhaltern der Form {Spalte} für die Werte jeder Zeile.</translation>
    </message>
    <message>
        <source>--region “%1” is not a region with phone numbers; use a two-letter ISO 3166 code such as GB, PT or US.</source>
        <translation>--region „%1“ ist keine Region mit Rufnummern; verwenden Sie einen ISO-3166-Code aus zwei Buchstaben wie GB, PT oder US.</translation>
    </message>
    <message>
        <source>Same recipient as line %1 (%2).</source>
        <translation>Gleicher Empfänger wie in Zeile %1 (%2).</translation>
    </message>
    <message>
        <source>The number %1 has opted out.</source>
        <translation>Die Nummer %1 ist abgemeldet.</translation>
    </message>
    <message>
        <source>The number %1</source>
        <extracomment>%1 is the routing&apos;s reason: &quot;+33612345678 is unroutable: no rule matches …&quot;.</extracomment>
        <translation>Die Nummer %1</translation>
    </message>
    <message>
        <source>The message for this row is empty: the template&apos;s columns are empty here.</source>
        <translation>Die Nachricht für diese Zeile ist leer: Die Spalten der Vorlage sind hier leer.</translation>
    </message>
    <message>
        <source>The message takes %1 segments (%2, %3 characters); the limit is %4. Shorten the template or this row&apos;s values, or raise the maximum in the settings.</source>
        <translation>Die Nachricht umfasst %1 Segmente (%2, %3 Zeichen); das Limit liegt bei %4. Kürzen Sie die Vorlage oder die Werte dieser Zeile, oder erhöhen Sie das Maximum in den Einstellungen.</translation>
    </message>
    <message>
        <source>Campaign %1 was removed while it was being imported (another program took it for abandoned). Import the file again.</source>
        <translation>Kampagne %1 wurde entfernt, während sie importiert wurde (ein anderes Programm hielt sie für verwaist). Importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 has no data rows: there is nothing to import.</source>
        <translation>%1 enthält keine Datenzeilen: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The import failed and nothing was kept: %1</source>
        <translation>Der Import ist fehlgeschlagen, und es wurde nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CampaignLifecycle</name>
    <message>
        <source>There is no campaign %1 (was it removed?); the campaign list shows the ids.</source>
        <translation>Es gibt keine Kampagne %1 (wurde sie entfernt?); die Kampagnenliste zeigt die IDs.</translation>
    </message>
    <message>
        <source>Campaign %1 (“%2”)</source>
        <translation>Kampagne %1 („%2“)</translation>
    </message>
    <message>
        <source>%1 is still being imported; wait until its import finishes.</source>
        <translation>%1 wird noch importiert; warten Sie, bis der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot be %3 any more. Import the list again to send it anew.</source>
        <extracomment>%2 is the state&apos;s label (completed, cancelled); %3 what was asked (started, paused…).</extracomment>
        <translation>%1 hat den Status %2; sie kann nicht mehr %3 werden. Importieren Sie die Liste erneut, um sie neu zu senden.</translation>
    </message>
    <message>
        <source>%1 is already running; pause or cancel it instead.</source>
        <translation>%1 läuft bereits; pausieren Sie sie stattdessen, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>%1 is paused; resume it (or cancel it) instead.</source>
        <translation>%1 ist pausiert; setzen Sie sie stattdessen fort (oder brechen Sie sie ab).</translation>
    </message>
    <message>
        <source>%1 is %2 and has not started; it cannot be %3. Start it first.</source>
        <extracomment>%2 is the state&apos;s label (draft, scheduled); %3 what was asked (paused, resumed…).</extracomment>
        <translation>%1 hat den Status %2 und wurde noch nicht gestartet; sie kann nicht %3 werden. Starten Sie sie zuerst.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; look at it again and retry.</source>
        <translation>%1 wurde zwischenzeitlich von jemand anderem geändert; sehen Sie sie sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1 has no message waiting to be sent: every row of its file was rejected, or its messages were cancelled. Its rejects say why; fix the file and import it again.</source>
        <translation>%1 hat keine Nachricht, die auf den Versand wartet: Jede Zeile ihrer Datei wurde abgelehnt, oder ihre Nachrichten wurden abgebrochen. Die abgelehnten Zeilen nennen den Grund; korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>started</source>
        <comment>it cannot be …</comment>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>campaign started</source>
        <translation>Kampagne gestartet</translation>
    </message>
    <message>
        <source>The start time is not a valid date and time; write it as ISO 8601, e.g. 2026-03-01T09:00:00Z.</source>
        <translation>Die Startzeit ist kein gültiges Datum mit Uhrzeit; schreiben Sie sie im Format ISO 8601, z. B. 2026-03-01T09:00:00Z.</translation>
    </message>
    <message>
        <source>The start time %1 is not in the future (it is now %2). Give a later time, or start the campaign now.</source>
        <translation>Die Startzeit %1 liegt nicht in der Zukunft (jetzt ist es %2). Geben Sie einen späteren Zeitpunkt an oder starten Sie die Kampagne jetzt.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>it cannot be …</comment>
        <translation>geplant</translation>
    </message>
    <message>
        <source>%1 is paused already.</source>
        <translation>%1 ist bereits pausiert.</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>it cannot be …</comment>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>campaign paused</source>
        <translation>Kampagne pausiert</translation>
    </message>
    <message>
        <source>%1 is running already.</source>
        <translation>%1 läuft bereits.</translation>
    </message>
    <message>
        <source>%1 has not started, so there is nothing to resume; start it instead.</source>
        <translation>%1 wurde noch nicht gestartet, daher gibt es nichts fortzusetzen; starten Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>resumed</source>
        <comment>it cannot be …</comment>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>campaign resumed</source>
        <translation>Kampagne fortgesetzt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>it cannot be …</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>campaign cancelled</source>
        <translation>Kampagne abgebrochen</translation>
    </message>
    <message>
        <source>scheduled start</source>
        <translation>geplanter Start</translation>
    </message>
    <message>
        <source>%1 is no longer a draft, so it was kept; cancel it instead.</source>
        <translation>%1 ist kein Entwurf mehr und wurde daher beibehalten; brechen Sie sie stattdessen ab.</translation>
    </message>
    <message>
        <source>%1 finished importing; cancel it instead of removing it.</source>
        <translation>Der Import von %1 ist abgeschlossen; brechen Sie die Kampagne ab, statt sie zu entfernen.</translation>
    </message>
    <message>
        <source>campaign scheduled for %1</source>
        <extracomment>%1 is the time it will start (ISO 8601, UTC)</extracomment>
        <translation>Kampagne geplant für %1</translation>
    </message>
    <message>
        <source>campaign completed</source>
        <translation>Kampagne abgeschlossen</translation>
    </message>
</context>
<context>
    <name>CampaignMonitorWorker</name>
    <message>
        <source>Unknown campaign action.</source>
        <translation>Unbekannte Kampagnenaktion.</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The store could not count a campaign&apos;s messages: %1</source>
        <translation>Die Datenbank konnte die Nachrichten einer Kampagne nicht zählen: %1</translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>There is no campaign %1 (was it removed?); the campaign list shows the ids.</source>
        <translation>Es gibt keine Kampagne %1 (wurde sie entfernt?); die Kampagnenliste zeigt die IDs.</translation>
    </message>
</context>
<context>
    <name>CampaignState</name>
    <message>
        <source>importing</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>wird importiert</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>geplant</translation>
    </message>
    <message>
        <source>running</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a campaign&apos;s state (a short label)</comment>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Messages not released yet (pending) or waiting for the dispatcher (queued).</source>
        <translation>Nachrichten, die noch nicht freigegeben sind (ausstehend) oder auf den Versanddienst warten (in der Warteschlange).</translation>
    </message>
    <message>
        <source>Messages being submitted, or whose outcome is being reconciled (unknown).</source>
        <translation>Nachrichten, die gerade übermittelt werden oder deren Ergebnis abgeglichen wird (unbekannt).</translation>
    </message>
    <message>
        <source>Accepted by Restcomm; delivery not known yet.</source>
        <translation>Von Restcomm angenommen; Zustellung noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Failed (refused or given up) or undelivered (the handset was not reached).</source>
        <translation>Fehlgeschlagen (abgelehnt oder aufgegeben) oder unzustellbar (das Endgerät wurde nicht erreicht).</translation>
    </message>
    <message>
        <source>Segments × the cost per segment of each message&apos;s rule, cancelled messages left out.</source>
        <translation>Segmente × Kosten pro Segment laut der Regel jeder Nachricht, ohne abgebrochene Nachrichten.</translation>
    </message>
    <message>
        <source>For a running campaign: the time until every message is submitted, at the rate of the last minute.</source>
        <translation>Für eine laufende Kampagne: die Zeit, bis alle Nachrichten übermittelt sind, bei der Senderate der letzten Minute.</translation>
    </message>
    <message>
        <source>importing… %1</source>
        <translation>Import läuft… %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Absender %1: %2</translation>
    </message>
    <message>
        <source>%1 pending, %2 queued</source>
        <translation>%1 ausstehend, %2 in der Warteschlange</translation>
    </message>
    <message>
        <source>%1 submitting, %2 unknown (reconciled before anything is sent again)</source>
        <translation>%1 in Übermittlung, %2 unbekannt (werden abgeglichen, bevor erneut etwas gesendet wird)</translation>
    </message>
    <message>
        <source>%1 failed, %2 undelivered</source>
        <translation>%1 fehlgeschlagen, %2 unzustellbar</translation>
    </message>
    <message>
        <source>%1 more rejected before sending</source>
        <translation>%1 weitere vor dem Senden abgelehnt</translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation>Startet am %1</translation>
    </message>
    <message>
        <source>Not enough progress in the last minute to estimate.</source>
        <translation>Zu wenig Fortschritt in der letzten Minute für eine Schätzung.</translation>
    </message>
    <message>
        <source>%1 messages left at %2 messages/s (the last minute&apos;s rate).</source>
        <translation>%1 Nachrichten verbleibend bei %2 Nachrichten/s (Senderate der letzten Minute).</translation>
    </message>
    <message numerus="yes">
        <source>Still importing: %Ln row(s) accepted so far.</source>
        <translation>
            <numerusform>Import läuft noch: bisher %Ln Zeile angenommen.</numerusform>
            <numerusform>Import läuft noch: bisher %Ln Zeilen angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln message(s) sent or settled</source>
        <translation>
            <numerusform>%1 von %Ln Nachricht gesendet oder abgeschlossen</numerusform>
            <numerusform>%1 von %Ln Nachrichten gesendet oder abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Filter campaigns (Ctrl+F)</source>
        <translation>Kampagnen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Recipient lists imported from CSV files and sent through your routing rules: start, schedule, pause, resume or cancel them, and follow each one live.</source>
        <translation>Empfängerlisten aus CSV-Dateien, versendet gemäß Ihren Routing-Regeln: Hier können Sie sie starten, planen, pausieren, fortsetzen oder abbrechen und jede einzelne live verfolgen.</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Neue Kampagne…</translation>
    </message>
    <message>
        <source>Import a CSV file of recipients and write the message (Ctrl+N).</source>
        <translation>Eine CSV-Datei mit Empfängern importieren und die Nachricht schreiben (Strg+N).</translation>
    </message>
    <message>
        <source>No campaigns yet. Import a CSV file of recipients, write the message with the file&apos;s columns, and see what it will cost before anything is sent.</source>
        <translation>Noch keine Kampagnen. Importieren Sie eine CSV-Datei mit Empfängern, schreiben Sie die Nachricht mit den Spalten der Datei und sehen Sie, was sie kosten wird, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Import recipients…</source>
        <translation>Empfänger importieren…</translation>
    </message>
    <message>
        <source>Right-click to choose the columns.</source>
        <translation>Klicken Sie mit der rechten Maustaste, um die Spalten auszuwählen.</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>in Arbeit…</translation>
    </message>
    <message>
        <source>Campaign saved as a draft: start or schedule it here when you are ready.</source>
        <translation>Kampagne als Entwurf gespeichert: Starten oder planen Sie sie hier, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>The campaigns could not be read: %1</source>
        <translation>Die Kampagnen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Started campaign “%1”: its messages are queued for the dispatcher.</source>
        <translation>Kampagne „%1“ gestartet: Die Nachrichten stehen für den Versanddienst in der Warteschlange.</translation>
    </message>
    <message>
        <source>Campaign “%1” starts at %2.</source>
        <translation>Kampagne „%1“ startet am %2.</translation>
    </message>
    <message>
        <source>Paused campaign “%1”: waiting messages stay; those being submitted finish.</source>
        <translation>Kampagne „%1“ pausiert: Wartende Nachrichten bleiben erhalten; Nachrichten in Übermittlung werden abgeschlossen.</translation>
    </message>
    <message>
        <source>Resumed campaign “%1”.</source>
        <translation>Kampagne „%1“ fortgesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel campaign “%1”? %Ln waiting message(s) will not be sent.</source>
        <translation>
            <numerusform>Kampagne „%1“ abbrechen? %Ln wartende Nachricht wird nicht gesendet.</numerusform>
            <numerusform>Kampagne „%1“ abbrechen? %Ln wartende Nachrichten werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 being submitted and %2 awaiting reconciliation finish on their own.</source>
        <translation>In Übermittlung: %1, im Abgleich: %2 – diese werden von selbst abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 already sent are still followed until delivered.</source>
        <translation>Bereits gesendet: %1 – diese werden bis zur Zustellung weiterverfolgt.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1, %2, about %3</source>
        <translation>%1, %2, etwa %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln carrier(s)</source>
        <translation>
            <numerusform>%Ln Netzbetreiber</numerusform>
            <numerusform>%Ln Netzbetreiber</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1, through %2, starting %3?</source>
        <translation>%1 ab %3 über %2 senden?</translation>
    </message>
    <message>
        <source>Send %1, through %2?</source>
        <translation>%1 über %2 senden?</translation>
    </message>
    <message>
        <source>Schedule campaign “%1”</source>
        <translation>Kampagne „%1“ planen</translation>
    </message>
    <message>
        <source>Start campaign “%1”</source>
        <translation>Kampagne „%1“ starten</translation>
    </message>
    <message>
        <source>The cost is estimated from your routing rules; carriers may bill differently.</source>
        <translation>Die Kosten sind anhand Ihrer Routing-Regeln geschätzt; Netzbetreiber können anders abrechnen.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Start sending</source>
        <translation>Versand starten</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>An export is still running; wait for it to finish (or cancel it) first.</source>
        <translation>Ein Export läuft noch. Warten Sie, bis er abgeschlossen ist (oder brechen Sie ihn ab).</translation>
    </message>
    <message>
        <source>Exporting the rejects of “%1”</source>
        <translation>Abgelehnte Zeilen von „%1“ werden exportiert</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rejected row(s) of “%1” to %2.</source>
        <translation>
            <numerusform>%Ln abgelehnte Zeile von „%1“ in %2 gespeichert.</numerusform>
            <numerusform>%Ln abgelehnte Zeilen von „%1“ in %2 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 rejects.csv</source>
        <translation>%1 abgelehnt.csv</translation>
    </message>
    <message>
        <source>Export rejects</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>CancelSummary</name>
    <message numerus="yes">
        <source>Cancelled campaign %1: %n message(s) will not be sent.</source>
        <translation>
            <numerusform>Kampagne %1 abgebrochen: %n Nachricht wird nicht gesendet.</numerusform>
            <numerusform>Kampagne %1 abgebrochen: %n Nachrichten werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being submitted</source>
        <translation>
            <numerusform>%n in Übermittlung</numerusform>
            <numerusform>%n in Übermittlung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting reconciliation</source>
        <translation>
            <numerusform>%n im Abgleich</numerusform>
            <numerusform>%n im Abgleich</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source> %n were already sent; their delivery is still followed.</source>
        <translation>
            <numerusform> %n Nachricht wurde bereits gesendet; ihre Zustellung wird weiter verfolgt.</numerusform>
            <numerusform> %n Nachrichten wurden bereits gesendet; ihre Zustellung wird weiter verfolgt.</numerusform>
        </translation>
    </message>
    <message>
        <source> Finishing on their own: %1.</source>
        <translation> Von selbst abgeschlossen werden noch: %1.</translation>
    </message>
</context>
<context>
    <name>CarrierAccounts</name>
    <message>
        <source>Restcomm knows the account of “%1”, but it is %2: nothing can be sent through it until it is active again.</source>
        <translation>Restcomm kennt das Konto von „%1“, es ist aber %2: Darüber kann nichts gesendet werden, bis es wieder aktiv ist.</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>nicht aktiv</translation>
    </message>
    <message>
        <source>Restcomm accepted the credentials of “%1”: account “%2” (%3) is active.</source>
        <translation>Restcomm hat die Zugangsdaten von „%1“ angenommen: Das Konto „%2“ (%3) ist aktiv.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; Restcomm uses it as the sub-account&apos;s login.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; Restcomm verwendet sie als Anmeldenamen des Unterkontos.</translation>
    </message>
    <message>
        <source>Give the new sub-account a password (on standard input for the CLI).</source>
        <translation>Geben Sie für das neue Unterkonto ein Passwort an (bei der CLI über die Standardeingabe).</translation>
    </message>
    <message>
        <source>Restcomm sub-account %1 (%2)</source>
        <translation>Restcomm-Unterkonto %1 (%2)</translation>
    </message>
    <message>
        <source>Restcomm created the sub-account %1 (%2), but it could not be saved as a carrier: %3 Add it by hand with that Account SID and md5 of its password as the token.</source>
        <translation>Restcomm hat das Unterkonto %1 (%2) angelegt, es konnte aber nicht als Netzbetreiber gespeichert werden: %3 Fügen Sie es von Hand hinzu, mit dieser Account SID und dem MD5-Hash seines Passworts als Token.</translation>
    </message>
</context>
<context>
    <name>CarrierCommands</name>
    <message numerus="yes">
        <source>%1 (%n in a row)</source>
        <translation>
            <numerusform>%1 (%n in Folge)</numerusform>
            <numerusform>%1 (%n in Folge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restcomm Account SID (AC + 32 hex digits).</source>
        <translation>Restcomm Account SID (AC + 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Restcomm API base (default %1).</source>
        <translation>Basis-URL der Restcomm-API (Standard: %1).</translation>
    </message>
    <message>
        <source>Messages per second (default 10).</source>
        <translation>Nachrichten pro Sekunde (Standard: 10).</translation>
    </message>
    <message>
        <source>Requests open at once, 1–1000 (default 6).</source>
        <translation>Gleichzeitig offene Anfragen, 1–1000 (Standard: 6).</translation>
    </message>
    <message>
        <source>Extra PEM CA certificate(s) for this carrier&apos;s TLS (&quot;&quot; to clear).</source>
        <translation>Zusätzliche PEM-CA-Zertifikate für die TLS-Verbindung dieses Netzbetreibers (&quot;&quot; zum Entfernen).</translation>
    </message>
    <message>
        <source>Free text for operators.</source>
        <translation>Freitext als Notiz für das Betriebsteam.</translation>
    </message>
    <message>
        <source>Keep the carrier but send nothing through it.</source>
        <translation>Netzbetreiber behalten, aber nichts über ihn senden.</translation>
    </message>
    <message>
        <source>Send through the carrier again.</source>
        <translation>Wieder über den Netzbetreiber senden.</translation>
    </message>
    <message>
        <source>Give the carrier a new name.</source>
        <translation>Dem Netzbetreiber einen neuen Namen geben.</translation>
    </message>
    <message>
        <source>Read the Auth Token from standard input (else $SMSROUTER_TOKEN).</source>
        <translation>Auth Token von der Standardeingabe lesen (sonst aus $SMSROUTER_TOKEN).</translation>
    </message>
    <message>
        <source>Create a new Restcomm sub-account under --parent for this carrier (its password on standard input).</source>
        <translation>Für diesen Netzbetreiber ein neues Restcomm-Unterkonto unter --parent anlegen (dessen Passwort über die Standardeingabe).</translation>
    </message>
    <message>
        <source>The carrier whose account creates the sub-account.</source>
        <translation>Der Netzbetreiber, dessen Konto das Unterkonto anlegt.</translation>
    </message>
    <message>
        <source>The sub-account&apos;s e-mail address (its login).</source>
        <translation>Die E-Mail-Adresse des Unterkontos (sein Anmeldename).</translation>
    </message>
    <message>
        <source>--rate takes a number of messages per second, such as 10 or 0.5.</source>
        <translation>--rate erwartet eine Anzahl Nachrichten pro Sekunde, etwa 10 oder 0.5.</translation>
    </message>
    <message>
        <source>--max-in-flight takes a whole number from 1 to 1000.</source>
        <translation>--max-in-flight erwartet eine ganze Zahl von 1 bis 1000.</translation>
    </message>
    <message>
        <source>Give either --enabled or --disabled, not both.</source>
        <translation>Geben Sie entweder --enabled oder --disabled an, nicht beides.</translation>
    </message>
    <message>
        <source>Auth Token:</source>
        <translation>Auth Token:</translation>
    </message>
    <message>
        <source>--create-subaccount needs --parent CARRIER and --email ADDR, and the new password on standard input.</source>
        <translation>--create-subaccount benötigt --parent CARRIER und --email ADDR sowie das neue Passwort über die Standardeingabe.</translation>
    </message>
    <message>
        <source>Restcomm chooses the SID of a new sub-account; leave out --account-sid.</source>
        <translation>Restcomm wählt die SID eines neuen Unterkontos selbst; lassen Sie --account-sid weg.</translation>
    </message>
    <message>
        <source>Password for the new sub-account:</source>
        <translation>Passwort für das neue Unterkonto:</translation>
    </message>
    <message>
        <source>Give the new sub-account&apos;s password on standard input.</source>
        <translation>Geben Sie das Passwort des neuen Unterkontos über die Standardeingabe ein.</translation>
    </message>
    <message>
        <source>Restcomm did not answer in time; check whether the sub-account exists before trying again.</source>
        <translation>Restcomm hat nicht rechtzeitig geantwortet; prüfen Sie, ob das Unterkonto existiert, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Created Restcomm sub-account %1 and added it as carrier “%2”; token kept in the %3.</source>
        <translation>Restcomm-Unterkonto %1 angelegt und als Netzbetreiber „%2“ hinzugefügt; Token gespeichert in: %3.</translation>
    </message>
    <message>
        <source>Name the carrier: carrier add NAME --account-sid SID --token-stdin.</source>
        <translation>Benennen Sie den Netzbetreiber: carrier add NAME --account-sid SID --token-stdin.</translation>
    </message>
    <message>
        <source>--account-sid is required.</source>
        <translation>--account-sid ist erforderlich.</translation>
    </message>
    <message>
        <source>Give the carrier&apos;s token on standard input with --token-stdin, or in $SMSROUTER_TOKEN; it is never taken from the command line.</source>
        <translation>Geben Sie das Token des Netzbetreibers mit --token-stdin über die Standardeingabe oder in $SMSROUTER_TOKEN an; von der Befehlszeile wird es nie übernommen.</translation>
    </message>
    <message>
        <source>No carriers yet. Add one with: smsrouter-cli carrier add NAME --account-sid SID --token-stdin</source>
        <translation>Noch keine Netzbetreiber. Fügen Sie einen hinzu mit: smsrouter-cli carrier add NAME --account-sid SID --token-stdin</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ACCOUNT SID</source>
        <translation>ACCOUNT SID</translation>
    </message>
    <message>
        <source>RATE/S</source>
        <translation>NACHR./S</translation>
    </message>
    <message>
        <source>IN FLIGHT</source>
        <translation>LAUFEND</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>AKTIVIERT</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>BASIS-URL</translation>
    </message>
    <message>
        <source>Name the carrier: carrier show NAME.</source>
        <translation>Benennen Sie den Netzbetreiber: carrier show NAME.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Senderate</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <source>Max in flight</source>
        <translation>Max. laufende Anfragen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Token kept in</source>
        <translation>Token gespeichert in</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Health detail</source>
        <translation>Zustandsdetails</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Name the carrier: carrier update NAME [options].</source>
        <translation>Benennen Sie den Netzbetreiber: carrier update NAME [Optionen].</translation>
    </message>
    <message>
        <source>Nothing to change for carrier “%1”: give the fields to change (--rate, --base-url, --disabled, --token-stdin, …).</source>
        <translation>Für Netzbetreiber „%1“ gibt es nichts zu ändern: Geben Sie die zu ändernden Felder an (--rate, --base-url, --disabled, --token-stdin, …).</translation>
    </message>
    <message>
        <source>Updated carrier “%1”.</source>
        <translation>Netzbetreiber „%1“ aktualisiert.</translation>
    </message>
    <message>
        <source>Name the carrier: carrier remove NAME.</source>
        <translation>Benennen Sie den Netzbetreiber: carrier remove NAME.</translation>
    </message>
    <message>
        <source>Removed carrier “%1” and its token.</source>
        <translation>Netzbetreiber „%1“ und sein Token entfernt.</translation>
    </message>
    <message>
        <source>Name the carrier: carrier test NAME.</source>
        <translation>Benennen Sie den Netzbetreiber: carrier test NAME.</translation>
    </message>
    <message>
        <source>Restcomm did not answer within 60 s.</source>
        <translation>Restcomm hat nicht innerhalb von 60 s geantwortet.</translation>
    </message>
    <message>
        <source>Add a carrier (token from --token-stdin or $SMSROUTER_TOKEN).</source>
        <translation>Einen Netzbetreiber hinzufügen (Token über --token-stdin oder $SMSROUTER_TOKEN).</translation>
    </message>
    <message>
        <source>List the carriers.</source>
        <translation>Die Netzbetreiber auflisten.</translation>
    </message>
    <message>
        <source>Show one carrier.</source>
        <translation>Einen Netzbetreiber anzeigen.</translation>
    </message>
    <message>
        <source>Change a carrier&apos;s fields or token.</source>
        <translation>Felder oder Token eines Netzbetreibers ändern.</translation>
    </message>
    <message>
        <source>Check the carrier&apos;s credentials with Restcomm (account status and name).</source>
        <translation>Die Zugangsdaten des Netzbetreibers bei Restcomm prüfen (Kontostatus und -name).</translation>
    </message>
    <message>
        <source>Remove a carrier no rule uses, and its token.</source>
        <translation>Einen Netzbetreiber, den keine Regel verwendet, samt Token entfernen.</translation>
    </message>
    <message>
        <source>Added carrier “%1” (id %2); token kept in the store&apos;s database.</source>
        <translation>Netzbetreiber „%1“ hinzugefügt (ID %2); das Token liegt in der Datenbank.</translation>
    </message>
    <message>
        <source>Added carrier “%1” (id %2); token kept in the keychain.</source>
        <translation>Netzbetreiber „%1“ hinzugefügt (ID %2); das Token liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Answer a STOP reply with one confirmation message: yes or no (default no).</source>
        <translation>Eine STOP-Antwort mit einer Bestätigungsnachricht beantworten: yes oder no (Standard: no).</translation>
    </message>
    <message>
        <source>--confirm-stop takes “yes” or “no”.</source>
        <translation>--confirm-stop erwartet „yes“ oder „no“.</translation>
    </message>
    <message>
        <source>Confirms STOP replies</source>
        <translation>Bestätigt STOP-Antworten</translation>
    </message>
</context>
<context>
    <name>CarrierEditor</name>
    <message>
        <source>e.g. Carrier UK</source>
        <translation>z. B. Netzbetreiber UK</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> Nachr./s</translation>
    </message>
    <message>
        <source>only if the carrier uses its own certificate authority</source>
        <translation>nur wenn der Netzbetreiber eine eigene Zertifizierungsstelle verwendet</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Send messages through this carrier</source>
        <translation>Über diesen Netzbetreiber senden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Account &amp;SID:</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>Auth &amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>Sende&amp;rate:</translation>
    </message>
    <message>
        <source>Max in &amp;flight:</source>
        <translation>Max. &amp;laufende Anfragen:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Keep tokens in the database instead…</source>
        <translation>Tokens stattdessen in der Datenbank speichern…</translation>
    </message>
    <message>
        <source>New carrier</source>
        <translation>Neuer Netzbetreiber</translation>
    </message>
    <message>
        <source>Edit carrier “%1”</source>
        <translation>Netzbetreiber „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Paste the Auth Token from the Restcomm console</source>
        <translation>Fügen Sie das Auth Token aus der Restcomm-Konsole ein</translation>
    </message>
    <message>
        <source>Paste the carrier&apos;s Auth Token.</source>
        <translation>Fügen Sie das Auth Token des Netzbetreibers ein.</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>Korrigieren Sie zuerst die oben markierten Felder.</translation>
    </message>
    <message>
        <source>Keep tokens in the database?</source>
        <translation>Tokens in der Datenbank speichern?</translation>
    </message>
    <message>
        <source>Tokens kept in the database are stored unencrypted in the store file. Anyone who can read that file (or a copy or backup of it) can send messages through your carriers.</source>
        <translation>In der Datenbank gespeicherte Tokens liegen unverschlüsselt in der Datenbankdatei. Wer diese Datei (oder eine Kopie oder Sicherung davon) lesen kann, kann über Ihre Netzbetreiber Nachrichten senden.</translation>
    </message>
    <message>
        <source>You can move them to the keychain later, under Settings → Keep tokens in.</source>
        <translation>Sie können sie später in den Schlüsselbund verschieben (Einstellungen → Tokens speichern in).</translation>
    </message>
    <message>
        <source>Keep tokens in the database</source>
        <translation>Tokens in der Datenbank speichern</translation>
    </message>
    <message>
        <source>This window was started with a token store chosen on the command line (--secret-store or SMSROUTER_SECRET_STORE); start it without one to change where tokens are kept.</source>
        <translation>Dieses Fenster wurde mit einem auf der Befehlszeile gewählten Token-Speicher gestartet (--secret-store oder SMSROUTER_SECRET_STORE); starten Sie es ohne diese Angabe, um den Speicherort der Tokens zu ändern.</translation>
    </message>
    <message>
        <source>Choose the carrier&apos;s CA certificate</source>
        <translation>CA-Zertifikat des Netzbetreibers auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>●●●●●● stored in the keychain — type to replace</source>
        <translation>●●●●●● im Schlüsselbund gespeichert – zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>●●●●●● stored in the store&apos;s database — type to replace</source>
        <translation>●●●●●● in der Datenbank gespeichert – zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>Confirm STOP replies with a message</source>
        <translation>STOP-Antworten bestätigen</translation>
    </message>
    <message>
        <source>A number that replies with a stop word gets one message through this carrier: “You will receive no more messages.” It is billed like any other.</source>
        <translation>Eine Rufnummer, die mit einem Stoppwort antwortet, erhält über diesen Netzbetreiber eine Nachricht: „You will receive no more messages.“ Sie wird wie jede andere berechnet.</translation>
    </message>
</context>
<context>
    <name>CarrierHealth</name>
    <message>
        <source>The last request failed</source>
        <translation>Die letzte Anfrage ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row failed</source>
        <translation>
            <numerusform>%n Anfrage in Folge ist fehlgeschlagen</numerusform>
            <numerusform>%n Anfragen in Folge sind fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 found nothing answering)</source>
        <translation> (%1 ohne antwortende Gegenstelle)</translation>
    </message>
    <message>
        <source>Its breaker is open: messages go to the fallback carriers, and one probes it after the cooldown.</source>
        <translation>Sein Schutzschalter ist ausgelöst: Nachrichten gehen an die Ausweich-Netzbetreiber, und nach der Wartezeit prüft eine einzelne Nachricht, ob er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Letzter Fehler (%1): %2</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>failing</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>mit Fehlern</translation>
    </message>
    <message>
        <source>breaker open</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>probing</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>throttled</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>no token</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a carrier&apos;s health (a short label)</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> (each found nothing answering)</source>
        <translation> (jedes Mal ohne antwortende Gegenstelle)</translation>
    </message>
</context>
<context>
    <name>CarrierHealthPanel</name>
    <message>
        <source>&lt;b&gt;Carriers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Netzbetreiber&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Waiting for the dispatcher…</source>
        <translation>Warten auf den Versanddienst…</translation>
    </message>
    <message>
        <source>This window does not send, so it shows no carrier activity.</source>
        <translation>Dieses Fenster sendet nicht und zeigt daher keine Aktivität der Netzbetreiber.</translation>
    </message>
    <message>
        <source>%1 of %2 msg/s
%3 of %4 in flight</source>
        <translation>%1 von %2 Nachr./s
%3 von %4 offen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Send through %1 again</source>
        <translation>Wieder über %1 senden</translation>
    </message>
    <message>
        <source>Stop sending through %1 for now (messages wait in the queue)</source>
        <translation>Vorerst nicht mehr über %1 senden (Nachrichten warten in der Warteschlange)</translation>
    </message>
    <message>
        <source>Sending has not started in this window.</source>
        <translation>Der Versand wurde in diesem Fenster nicht gestartet.</translation>
    </message>
    <message>
        <source>All sending is paused.</source>
        <translation>Der gesamte Versand ist pausiert.</translation>
    </message>
    <message>
        <source>No carriers to send through yet.</source>
        <translation>Noch keine Netzbetreiber, über die gesendet werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight.</source>
        <translation>
            <numerusform>%n Anfrage offen.</numerusform>
            <numerusform>%n Anfragen offen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarrierRepository</name>
    <message>
        <source>Carrier %1 no longer exists.</source>
        <translation>Netzbetreiber %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>CarrierRuntime</name>
    <message>
        <source>The token of carrier “%1” cannot be read: %2</source>
        <translation>Das Token des Netzbetreibers „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CarrierSendStateRepository</name>
    <message>
        <source>The store keeps no send state for carrier %1.</source>
        <translation>Die Datenbank enthält keinen Versandstatus für den Netzbetreiber %1.</translation>
    </message>
</context>
<context>
    <name>CarrierService</name>
    <message>
        <source>There is no carrier named “%1”; `smsrouter-cli carrier list` shows them.</source>
        <translation>Es gibt keinen Netzbetreiber namens „%1“; `smsrouter-cli carrier list` zeigt sie an.</translation>
    </message>
    <message>
        <source>Carrier %1 no longer exists.</source>
        <translation>Netzbetreiber %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Enter the carrier&apos;s Auth Token (the Restcomm console shows it beside the Account SID).</source>
        <translation>Geben Sie das Auth Token des Netzbetreibers ein (die Restcomm-Konsole zeigt es neben der Account SID an).</translation>
    </message>
    <message>
        <source>The new token is empty; leave the field alone to keep the current token.</source>
        <translation>Das neue Token ist leer; lassen Sie das Feld unverändert, um das aktuelle Token zu behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Carrier “%1” is still used by %n rule(s): %2. Remove those rules or give them another carrier first.</source>
        <translation>
            <numerusform>Netzbetreiber „%1“ wird noch von %n Regel verwendet: %2. Entfernen Sie diese Regel, oder weisen Sie ihr zuerst einen anderen Netzbetreiber zu.</numerusform>
            <numerusform>Netzbetreiber „%1“ wird noch von %n Regeln verwendet: %2. Entfernen Sie diese Regeln, oder weisen Sie ihnen zuerst einen anderen Netzbetreiber zu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carrier “%1” still has %n message(s) to send or follow (waiting, being sent, unknown, or sent without a final status, including as a fallback). Disable it instead, and delete it once they are final.</source>
        <translation>
            <numerusform>Netzbetreiber „%1“ hat noch %n Nachricht zu senden oder zu verfolgen (wartend, wird gesendet, unbekannt oder gesendet ohne endgültigen Status, auch als Ausweichroute). Deaktivieren Sie ihn stattdessen, und löschen Sie ihn, sobald ihr Status endgültig ist.</numerusform>
            <numerusform>Netzbetreiber „%1“ hat noch %n Nachrichten zu senden oder zu verfolgen (wartend, wird gesendet, unbekannt oder gesendet ohne endgültigen Status, auch als Ausweichroute). Deaktivieren Sie ihn stattdessen, und löschen Sie ihn, sobald ihr Status endgültig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is not available: no keyring such as GNOME Keyring or KWallet answered, or it is locked. This store is on a server, where tokens are kept only in each operator&apos;s keychain: start and unlock your keyring and save again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Kein Schlüsselbunddienst wie GNOME Keyring oder KWallet hat geantwortet, oder er ist gesperrt. Diese Datenbank liegt auf einem Server, und dort werden Tokens nur im Schlüsselbund jedes einzelnen Bedieners gespeichert: Starten und entsperren Sie Ihren Schlüsselbund, und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>CarrierTableModel</name>
    <message>
        <source>%L1 msg/s</source>
        <translation>%L1 Nachr./s</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>The token is kept unencrypted in the store database.</source>
        <translation>Das Token wird unverschlüsselt in der Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>Das Token wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Senderate</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Token kept in</source>
        <translation>Token gespeichert in</translation>
    </message>
</context>
<context>
    <name>CarrierValidator</name>
    <message>
        <source>Give the carrier a name.</source>
        <translation>Geben Sie dem Netzbetreiber einen Namen.</translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end of the name.</source>
        <translation>Entfernen Sie die Leerzeichen am Anfang oder Ende des Namens.</translation>
    </message>
    <message>
        <source>Use a name of at most 100 characters.</source>
        <translation>Verwenden Sie einen Namen mit höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>A carrier named “%1” already exists; choose another name.</source>
        <translation>Ein Netzbetreiber namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the Account SID: “AC” followed by 32 hexadecimal digits.</source>
        <translation>Geben Sie die Account SID ein: „AC“ gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>An Account SID starts with “AC”; copy it from the Restcomm console.</source>
        <translation>Eine Account SID beginnt mit „AC“; kopieren Sie sie aus der Restcomm-Konsole.</translation>
    </message>
    <message numerus="yes">
        <source>An Account SID is “AC” followed by 32 hexadecimal digits (0–9, a–f); this one has %n character(s) after “AC”.</source>
        <translation>
            <numerusform>Eine Account SID besteht aus „AC“ gefolgt von 32 Hexadezimalziffern (0–9, a–f); diese hat %n Zeichen nach „AC“.</numerusform>
            <numerusform>Eine Account SID besteht aus „AC“ gefolgt von 32 Hexadezimalziffern (0–9, a–f); diese hat %n Zeichen nach „AC“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the base URL, for example %1.</source>
        <translation>Geben Sie die Basis-URL ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The base URL is not a valid address; it should look like %1.</source>
        <translation>Die Basis-URL ist keine gültige Adresse; sie sollte etwa so aussehen: %1.</translation>
    </message>
    <message>
        <source>Remove the “?…” or “#…” part from the base URL.</source>
        <translation>Entfernen Sie den Teil „?…“ oder „#…“ aus der Basis-URL.</translation>
    </message>
    <message>
        <source>Use https:// — plain http:// would send the token unencrypted, so it is only allowed to this computer (127.0.0.1, ::1, localhost).</source>
        <translation>Verwenden Sie https:// – mit einfachem http:// würde das Token unverschlüsselt gesendet, daher ist es nur für diesen Computer erlaubt (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>Die Basis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Set a rate above 0 messages per second (fractions such as 0.5 are allowed).</source>
        <translation>Legen Sie eine Senderate über 0 Nachrichten pro Sekunde fest (Dezimalwerte wie 0,5 sind erlaubt).</translation>
    </message>
    <message>
        <source>A rate above 100,000 messages per second is not a real limit; enter the carrier&apos;s agreed rate.</source>
        <translation>Eine Senderate über 100.000 Nachrichten pro Sekunde ist kein reales Limit; geben Sie die mit dem Netzbetreiber vereinbarte Senderate ein.</translation>
    </message>
    <message>
        <source>Allow between 1 and %1 requests in flight.</source>
        <translation>Erlauben Sie zwischen 1 und %1 laufende Anfragen.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist; choose the PEM file your carrier gave you, or leave the field empty.</source>
        <translation>Die CA-Datei %1 existiert nicht; wählen Sie die PEM-Datei, die Sie von Ihrem Netzbetreiber erhalten haben, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read (%2).</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate (“-----BEGIN CERTIFICATE-----”).</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat („-----BEGIN CERTIFICATE-----“).</translation>
    </message>
</context>
<context>
    <name>CarriersJsonImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1). The file must be one JSON object like %2.</source>
        <translation>dies ist kein gültiges JSON (%1). Die Datei muss ein einzelnes JSON-Objekt wie %2 sein.</translation>
    </message>
    <message>
        <source>“%1” is missing; give %2.</source>
        <translation>„%1“ fehlt; geben Sie %2 an.</translation>
    </message>
    <message>
        <source>“%1” must be a string (in quotes).</source>
        <translation>„%1“ muss eine Zeichenkette sein (in Anführungszeichen).</translation>
    </message>
    <message>
        <source>The file must be one JSON object like %1.</source>
        <translation>Die Datei muss ein einzelnes JSON-Objekt wie %1 sein.</translation>
    </message>
    <message>
        <source>The file holds no carriers; expected %1.</source>
        <translation>Die Datei enthält keine Netzbetreiber; erwartet wird %1.</translation>
    </message>
    <message>
        <source>“%1” is not a country this program knows%2; use the country&apos;s English name or its two-letter code (portugal, uk, germany, PT, …).</source>
        <translation>„%1“ ist kein Land, das dieses Programm kennt%2; verwenden Sie den englischen Namen des Landes oder seinen zweibuchstabigen Code (portugal, uk, germany, PT, …).</translation>
    </message>
    <message>
        <source> (did you mean “%1”?)</source>
        <translation> (meinten Sie „%1“?)</translation>
    </message>
    <message>
        <source>“%1” is %2, like “%3”; give each country once.</source>
        <translation>„%1“ bezeichnet %2, ebenso wie „%3“; geben Sie jedes Land nur einmal an.</translation>
    </message>
    <message>
        <source>The value must be an object with “carrier”, “acctsid” and “accttoken”.</source>
        <translation>Der Wert muss ein Objekt mit „carrier“, „acctsid“ und „accttoken“ sein.</translation>
    </message>
    <message>
        <source>the carrier&apos;s name</source>
        <translation>den Namen des Netzbetreibers</translation>
    </message>
    <message>
        <source>the Restcomm Account SID (AC + 32 hexadecimal digits)</source>
        <translation>die Restcomm Account SID (AC + 32 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>the Restcomm Auth Token of that account</source>
        <translation>das Restcomm Auth Token dieses Kontos</translation>
    </message>
    <message>
        <source>The carrier name “%1” is also used by “%2” with another Account SID or token; give each carrier its own name.</source>
        <translation>Der Netzbetreibername „%1“ wird auch von „%2“ mit einer anderen Account SID oder einem anderen Token verwendet; geben Sie jedem Netzbetreiber einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Imported from carriers.json (key “%1”).</source>
        <translation>Aus carriers.json importiert (Schlüssel „%1“).</translation>
    </message>
    <message>
        <source>%1 → country %2: carrier “%3” (%4)</source>
        <translation>%1 → Land %2: Netzbetreiber „%3“ (%4)</translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <source>Carriers</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>Restcomm accounts or sub-accounts that terminate your traffic, each with its own Account SID and token.</source>
        <translation>Restcomm-Konten oder -Unterkonten, die Ihren Verkehr terminieren, jeweils mit eigener Account SID und eigenem Token.</translation>
    </message>
    <message>
        <source>Add carrier…</source>
        <translation>Netzbetreiber hinzufügen…</translation>
    </message>
    <message>
        <source>No carriers yet. A carrier is a Restcomm account or sub-account that sends your messages; you need its Account SID and Auth Token.</source>
        <translation>Noch keine Netzbetreiber. Ein Netzbetreiber ist ein Restcomm-Konto oder -Unterkonto, das Ihre Nachrichten sendet; Sie benötigen dessen Account SID und Auth Token.</translation>
    </message>
    <message>
        <source>Add your first carrier</source>
        <translation>Ersten Netzbetreiber hinzufügen</translation>
    </message>
    <message>
        <source>Filter carriers (Ctrl+F)</source>
        <translation>Netzbetreiber filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Ask Restcomm whether this carrier&apos;s Account SID and token work.</source>
        <translation>Restcomm fragen, ob Account SID und Token dieses Netzbetreibers funktionieren.</translation>
    </message>
    <message>
        <source>New sub-account…</source>
        <translation>Neues Unterkonto…</translation>
    </message>
    <message>
        <source>Create a Restcomm sub-account under this carrier&apos;s account and add it as a carrier.</source>
        <translation>Ein Restcomm-Unterkonto unter dem Konto dieses Netzbetreibers anlegen und als Netzbetreiber hinzufügen.</translation>
    </message>
    <message>
        <source>Select a carrier to see and change its settings.</source>
        <translation>Wählen Sie einen Netzbetreiber aus, um seine Einstellungen zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>No Restcomm account yet? Try the demo…</source>
        <translation>Noch kein Restcomm-Konto? Demo ausprobieren…</translation>
    </message>
    <message>
        <source>Opens a second window on a separate demo store, with three carriers on a Restcomm simulator running on this computer. Your store stays as it is.</source>
        <translation>Öffnet ein zweites Fenster mit einer separaten Demo-Datenbank und drei Netzbetreibern auf einem Restcomm-Simulator, der auf diesem Computer läuft. Ihre Datenbank bleibt unverändert.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Asking Restcomm about “%1”…</source>
        <translation>Restcomm wird zu „%1“ abgefragt…</translation>
    </message>
    <message>
        <source>Created Restcomm sub-account %1 as carrier “%2”.</source>
        <translation>Restcomm-Unterkonto %1 als Netzbetreiber „%2“ angelegt.</translation>
    </message>
    <message>
        <source>Delete carrier</source>
        <translation>Netzbetreiber löschen</translation>
    </message>
    <message>
        <source>Delete carrier “%1”? Its token is removed from the %2 as well. Messages already sent through it stay in the delivery log.</source>
        <translation>Netzbetreiber „%1“ löschen? Sein Token wird auch aus %2 entfernt. Bereits über ihn gesendete Nachrichten bleiben im Zustellprotokoll.</translation>
    </message>
    <message>
        <source>store</source>
        <translation>der Datenbank</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Carrier not deleted</source>
        <translation>Netzbetreiber nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>ClaimRepository</name>
    <message>
        <source>The store could not share the messages out among the dispatchers: %1</source>
        <translation>Die Datenbank konnte die Nachrichten nicht auf die Versanddienste verteilen: %1</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message numerus="yes">
        <source>smsrouter-cli: another program is writing to the store; waiting up to %n second(s) for it…</source>
        <translation>
            <numerusform>smsrouter-cli: ein anderes Programm schreibt in die Datenbank; es wird bis zu %n Sekunde darauf gewartet…</numerusform>
            <numerusform>smsrouter-cli: ein anderes Programm schreibt in die Datenbank; es wird bis zu %n Sekunden darauf gewartet…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (see `%2`)</source>
        <translation>%1 (siehe `%2`)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Store file to use (else $SMSROUTER_DB, else the GUI&apos;s default store).</source>
        <translation>Zu verwendende Datenbankdatei (sonst $SMSROUTER_DB, sonst die Standarddatenbank der GUI).</translation>
    </message>
    <message>
        <source>Where new tokens are kept: keychain or database (else $SMSROUTER_SECRET_STORE, else the store&apos;s setting, else keychain).</source>
        <translation>Wo neue Tokens gespeichert werden: keychain oder database (sonst $SMSROUTER_SECRET_STORE, sonst die Einstellung der Datenbank, sonst keychain).</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>Maschinenlesbare Ausgabe auf stdout.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Usage: smsrouter-cli [--db PATH] [--secret-store keychain|database] [--json] COMMAND …</source>
        <translation>Aufruf: smsrouter-cli [--db PATH] [--secret-store keychain|database] [--json] COMMAND …</translation>
    </message>
    <message>
        <source>SMS Router without a window: carriers, rules, routing, sends, campaigns and the delivery log of one store.</source>
        <translation>SMS Router ohne Fenster: Netzbetreiber, Regeln, Routing, Versand, Kampagnen und das Zustellprotokoll einer Datenbank.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run `smsrouter-cli COMMAND --help` for a command&apos;s options. Exit codes: 0 success, 1 the operation failed, 2 bad usage or invalid input.</source>
        <translation>Mit `smsrouter-cli COMMAND --help` sehen Sie die Optionen eines Befehls. Exit-Codes: 0 Erfolg, 1 Vorgang fehlgeschlagen, 2 falscher Aufruf oder ungültige Eingabe.</translation>
    </message>
    <message>
        <source>Tokens are never taken from the command line: use --token-stdin or $SMSROUTER_TOKEN.</source>
        <translation>Tokens werden nie von der Befehlszeile übernommen: Verwenden Sie --token-stdin oder $SMSROUTER_TOKEN.</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>„%1“ ist kein Befehl.</translation>
    </message>
    <message>
        <source>(see above)</source>
        <translation>(siehe oben)</translation>
    </message>
    <message>
        <source>Usage: smsrouter-cli %1 [options] %2</source>
        <translation>Aufruf: smsrouter-cli %1 [Optionen] %2</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <source>National numbers are &amp;in:</source>
        <translation>&amp;Region nationaler Nummern:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Send one message to one or more numbers now, through your routing rules.</source>
        <translation>Senden Sie jetzt eine Nachricht an eine oder mehrere Nummern; das Routing folgt Ihren Regeln.</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Sender number or name</source>
        <translation>Absendernummer oder -name</translation>
    </message>
    <message>
        <source>A number such as +15550001111, or a name of up to 11 letters and digits.</source>
        <translation>Eine Nummer wie +15550001111 oder ein Name aus bis zu 11 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>One number per line, or separated by commas: %1, %2</source>
        <translation>Eine Nummer pro Zeile oder durch Kommas getrennt: %1, %2</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation>Netz&amp;betreiber:</translation>
    </message>
    <message>
        <source>Choose their country…</source>
        <translation>Land auswählen…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Restcomm SID</source>
        <translation>Restcomm SID</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where it goes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wohin die Nachricht geht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent from this page&lt;/b&gt;</source>
        <translation>&lt;b&gt;Von dieser Seite gesendet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chosen by the routing rules</source>
        <translation>Von den Routing-Regeln gewählt</translation>
    </message>
    <message>
        <source>Always %1</source>
        <translation>Immer %1</translation>
    </message>
    <message>
        <source>Type one or more numbers to see where each message goes and what it costs.</source>
        <translation>Geben Sie eine oder mehrere Nummern ein, um zu sehen, wohin jede Nachricht geht und was sie kostet.</translation>
    </message>
    <message>
        <source>%1 · %2 will be sent · %3 in all</source>
        <translation>%1 · %2 zu senden · insgesamt %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln Empfänger</numerusform>
            <numerusform>%Ln Empfänger</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1 messages</source>
        <translation>%1 Nachrichten senden</translation>
    </message>
    <message>
        <source>This character forces UCS-2.</source>
        <translation>Dieses Zeichen erzwingt UCS-2.</translation>
    </message>
    <message>
        <source>Already sent. Change the text or the recipients to send again.</source>
        <translation>Bereits gesendet. Ändern Sie den Text oder die Empfänger, um erneut zu senden.</translation>
    </message>
    <message>
        <source>Nothing can be sent yet.</source>
        <translation>Noch kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>sent from the Compose page</source>
        <translation>über die Seite „Verfassen“ gesendet</translation>
    </message>
    <message>
        <source>Send it again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <source>Sending again spends money on the same message twice.</source>
        <translation>Wenn Sie erneut senden, zahlen Sie zweimal für dieselbe Nachricht.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Es wurde nichts in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Queued 1 message to %1; follow it below.</source>
        <translation>1 Nachricht an %1 in die Warteschlange gestellt; verfolgen Sie sie unten.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %Ln messages; follow them below.</source>
        <translation>
            <numerusform>%Ln Nachricht in die Warteschlange gestellt; verfolgen Sie sie unten.</numerusform>
            <numerusform>%Ln Nachrichten in die Warteschlange gestellt; verfolgen Sie sie unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) could not be sent to: see the list.</source>
        <translation>
            <numerusform>An %Ln Empfänger konnte nicht gesendet werden: siehe Liste.</numerusform>
            <numerusform>An %Ln Empfänger konnte nicht gesendet werden: siehe Liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <source>The token is empty; paste the carrier&apos;s Auth Token.</source>
        <translation>Das Token ist leer; fügen Sie das Auth Token des Netzbetreibers ein.</translation>
    </message>
    <message>
        <source>No store is available to keep the token.</source>
        <translation>Kein Speicherort für das Token verfügbar.</translation>
    </message>
    <message>
        <source>No token has been saved for this carrier. Enter it in the carrier&apos;s form (or `smsrouter-cli carrier update NAME --token-stdin`).</source>
        <translation>Für diesen Netzbetreiber wurde kein Token gespeichert. Geben Sie es im Formular des Netzbetreibers ein (oder mit `smsrouter-cli carrier update NAME --token-stdin`).</translation>
    </message>
    <message>
        <source>The store&apos;s database cannot keep the token here.</source>
        <translation>Die Datenbank kann das Token hier nicht speichern.</translation>
    </message>
    <message>
        <source>No keychain is available to keep the token.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um das Token zu speichern.</translation>
    </message>
</context>
<context>
    <name>CsvArguments</name>
    <message>
        <source>The column holding the numbers: its header name or its number (1 for the first). Default: detected from the header (phone, mobile, msisdn, telemóvel, …) or the content.</source>
        <translation>Die Spalte mit den Nummern: ihr Name in der Kopfzeile oder ihre Nummer (1 für die erste). Standard: anhand der Kopfzeile (phone, mobile, msisdn, telemóvel, …) oder des Inhalts erkannt.</translation>
    </message>
    <message>
        <source>Read numbers without +country in this region (else the store&apos;s default region).</source>
        <translation>Nummern ohne +Ländervorwahl als Nummern dieser Region interpretieren (sonst gilt die Standardregion der Datenbank).</translation>
    </message>
    <message>
        <source>Field separator: one character, or tab, comma, semicolon, pipe. Default: detected.</source>
        <translation>Trennzeichen: ein Zeichen oder tab, comma, semicolon, pipe. Standard: automatisch erkannt.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (UTF-8, UTF-16LE, windows-1252, ISO-8859-1, …). Default: detected (byte-order mark, UTF-16 pattern, UTF-8, else windows-1252).</source>
        <translation>Die Kodierung der Datei (UTF-8, UTF-16LE, windows-1252, ISO-8859-1, …). Standard: automatisch erkannt (Byte-Order-Mark, UTF-16-Muster, UTF-8, sonst windows-1252).</translation>
    </message>
    <message>
        <source>--delimiter “%1” is not a field separator; give one character (, ; |) or the word tab.</source>
        <translation>--delimiter „%1“ ist kein Trennzeichen; geben Sie ein Zeichen (, ; |) oder das Wort tab an.</translation>
    </message>
    <message>
        <source>--encoding needs a name such as UTF-8 or windows-1252.</source>
        <translation>--encoding benötigt einen Namen wie UTF-8 oder windows-1252.</translation>
    </message>
    <message>
        <source>--region “%1” is not a region with phone numbers; use a two-letter ISO 3166 code such as GB, PT or US.</source>
        <translation>--region „%1“ ist keine Region mit Rufnummern; verwenden Sie einen ISO-3166-Code aus zwei Buchstaben wie GB, PT oder US.</translation>
    </message>
</context>
<context>
    <name>CsvEncoding</name>
    <message>
        <source>a spreadsheet workbook (.xlsx or .ods)</source>
        <translation>eine Tabellenkalkulationsmappe (.xlsx oder .ods)</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls)</source>
        <translation>eine alte Excel-Arbeitsmappe (.xls)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 has text after the closing quote of a field. Inside a quoted field write a quote as two quotes (&quot;&quot;); reading went on from the next line.</source>
        <translation>Zeile %1 enthält Text nach dem schließenden Anführungszeichen eines Felds. Schreiben Sie ein Anführungszeichen innerhalb eines Felds in Anführungszeichen doppelt (&quot;&quot;); das Lesen wurde mit der nächsten Zeile fortgesetzt.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted field that is never closed. Add the missing closing quote (&quot;) or remove the opening one; reading went on from the next line.</source>
        <translation>Zeile %1 öffnet ein Feld in Anführungszeichen, das nie geschlossen wird. Ergänzen Sie das fehlende schließende Anführungszeichen (&quot;) oder entfernen Sie das öffnende; das Lesen wurde mit der nächsten Zeile fortgesetzt.</translation>
    </message>
    <message>
        <source>Line %1 starts a record longer than %2 characters, most likely because a quote is never closed. Fix the quotes on that line; reading went on from the next line.</source>
        <translation>Zeile %1 beginnt einen Datensatz mit mehr als %2 Zeichen, wahrscheinlich weil ein Anführungszeichen nie geschlossen wird. Korrigieren Sie die Anführungszeichen in dieser Zeile; das Lesen wurde mit der nächsten Zeile fortgesetzt.</translation>
    </message>
    <message>
        <source>Line %1 has bytes that are not valid %2 (shown as �). Choose the file&apos;s real encoding (for example windows-1252), or save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Zeile %1 enthält Bytes, die kein gültiges %2 sind (als � angezeigt). Wählen Sie die tatsächliche Kodierung der Datei (zum Beispiel windows-1252), oder speichern Sie sie aus der Tabellenkalkulation als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but %3. A value probably contains the delimiter %4: put quotes around that value, or fix the row.</source>
        <extracomment>%3 is “the header has 4” or “the other rows have 4”; %4 the delimiter (“&apos;;&apos;”, “TAB”).</extracomment>
        <translation>Zeile %1 hat %2 Felder, aber %3. Wahrscheinlich enthält ein Wert das Trennzeichen %4: Setzen Sie diesen Wert in Anführungszeichen, oder korrigieren Sie die Zeile.</translation>
    </message>
    <message>
        <source>the other rows have %1</source>
        <translation>die übrigen Zeilen haben %1</translation>
    </message>
    <message>
        <source>the header has %1</source>
        <translation>die Kopfzeile hat %1</translation>
    </message>
    <message>
        <source>TAB</source>
        <extracomment>The tab character, named as a delimiter.</extracomment>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>The CSV file is not open for reading. Check that it exists and that you may read it.</source>
        <translation>Die CSV-Datei ist nicht zum Lesen geöffnet. Prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Could not read the CSV file: %1.</source>
        <translation>Die CSV-Datei konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>This file is %1, not CSV text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; (Excel) or &quot;Text CSV&quot; (LibreOffice) and import that file.</source>
        <translation>Diese Datei ist %1, kein CSV-Text. Speichern Sie sie aus der Tabellenkalkulation als „CSV UTF-8“ (Excel) oder „Text CSV“ (LibreOffice), und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Use a name such as UTF-8, UTF-16LE, windows-1252, ISO-8859-1 or windows-1255, or leave it empty to detect it.</source>
        <translation>Unbekannte Kodierung „%1“. Verwenden Sie einen Namen wie UTF-8, UTF-16LE, windows-1252, ISO-8859-1 oder windows-1255, oder lassen Sie die Angabe leer, damit sie automatisch erkannt wird.</translation>
    </message>
    <message>
        <source>Could not read the file from line %1 on: %2. Nothing after that line was read; check the file and import it again.</source>
        <translation>Die Datei konnte ab Zeile %1 nicht gelesen werden: %2. Nach dieser Zeile wurde nichts mehr gelesen; prüfen Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the CSV file: %1. Check the free disk space and that the folder may be written to, then export again.</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1. Prüfen Sie den freien Speicherplatz und ob in den Ordner geschrieben werden darf, und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation>keine Datei geöffnet</translation>
    </message>
</context>
<context>
    <name>DashboardCampaignModel</name>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>At %1 messages a minute, the rate of the last minutes</source>
        <translation>Bei %1 Nachrichten pro Minute, der Rate der letzten Minuten</translation>
    </message>
    <message>
        <source>No message was sent lately</source>
        <translation>In letzter Zeit wurde keine Nachricht gesendet</translation>
    </message>
    <message>
        <source>%1 of %2 messages done</source>
        <translation>%1 von %2 Nachrichten erledigt</translation>
    </message>
</context>
<context>
    <name>DashboardCarrierModel</name>
    <message>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>Delivered today</source>
        <translation>Zugestellt heute</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Fehlgeschlagen heute</translation>
    </message>
    <message>
        <source>Delivered 7 days</source>
        <translation>Zugestellt 7 Tage</translation>
    </message>
    <message>
        <source>Failed 7 days</source>
        <translation>Fehlgeschlagen 7 Tage</translation>
    </message>
    <message>
        <source>Cost today</source>
        <translation>Kosten heute</translation>
    </message>
    <message>
        <source>Reported today</source>
        <translation>Gemeldet heute</translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation>Kosten diesen Monat</translation>
    </message>
    <message>
        <source>Reported this month</source>
        <translation>Gemeldet diesen Monat</translation>
    </message>
    <message>
        <source>Delivered, of the messages with a final outcome (delivered, undelivered or failed)</source>
        <translation>Zugestellt, bezogen auf die Nachrichten mit endgültigem Ergebnis (zugestellt, unzustellbar oder fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Undelivered or failed, of the messages with a final outcome</source>
        <translation>Unzustellbar oder fehlgeschlagen, bezogen auf die Nachrichten mit endgültigem Ergebnis</translation>
    </message>
    <message>
        <source>What the rules priced the messages sent at (the estimate)</source>
        <translation>Der Preis, den die Regeln für die gesendeten Nachrichten ansetzen (die Schätzung)</translation>
    </message>
    <message>
        <source>What Restcomm reported as the price of those messages, where it did</source>
        <translation>Der Preis, den Restcomm für diese Nachrichten gemeldet hat, soweit gemeldet</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln message(s) with a final outcome today</source>
        <translation>
            <numerusform>Von %Ln Nachricht mit endgültigem Ergebnis heute</numerusform>
            <numerusform>Von %Ln Nachrichten mit endgültigem Ergebnis heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln message(s) with a final outcome in the last 7 days</source>
        <translation>
            <numerusform>Von %Ln Nachricht mit endgültigem Ergebnis in den letzten 7 Tagen</numerusform>
            <numerusform>Von %Ln Nachrichten mit endgültigem Ergebnis in den letzten 7 Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Nothing needs you now: no unknown outcome, no failure today, every breaker closed.</source>
        <translation>Nichts braucht Sie gerade: kein unbekanntes Ergebnis, kein Fehlschlag heute, jeder Schutzschalter geschlossen.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>What is moving, what it costs and what needs you, read from the store every second while this page is open.</source>
        <translation>Was läuft, was es kostet und was Sie braucht – jede Sekunde aus der Datenbank gelesen, solange diese Seite offen ist.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Copy the chart&apos;s data, or save it as PNG or CSV</source>
        <translation>Die Daten des Diagramms kopieren oder als PNG oder CSV speichern</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Copy data</source>
        <translation>Daten kopieren</translation>
    </message>
    <message>
        <source>No carriers yet: rates and costs appear here once one sends.</source>
        <translation>Noch keine Netzbetreiber: Raten und Kosten erscheinen hier, sobald einer sendet.</translation>
    </message>
    <message>
        <source>Set up carriers</source>
        <translation>Netzbetreiber einrichten</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>No campaign is running.</source>
        <translation>Keine Kampagne läuft.</translation>
    </message>
    <message>
        <source>Running campaigns</source>
        <translation>Laufende Kampagnen</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>Die Übersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) with an unknown outcome: look before sending again</source>
        <translation>
            <numerusform>%Ln Nachricht mit unbekanntem Ergebnis: prüfen Sie sie, bevor Sie erneut senden</numerusform>
            <numerusform>%Ln Nachrichten mit unbekanntem Ergebnis: prüfen Sie sie, bevor Sie erneut senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) not delivered today</source>
        <translation>
            <numerusform>%Ln Nachricht heute nicht zugestellt</numerusform>
            <numerusform>%Ln Nachrichten heute nicht zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: breaker open, nothing is sent through it</source>
        <translation>%1: Schutzschalter ausgelöst, darüber wird nichts gesendet</translation>
    </message>
    <message>
        <source>Messages per minute by state</source>
        <translation>Nachrichten pro Minute nach Status</translation>
    </message>
    <message>
        <source>Messages per hour by state</source>
        <translation>Nachrichten pro Stunde nach Status</translation>
    </message>
    <message>
        <source>Messages by state</source>
        <translation>Nachrichten nach Status</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not create the folder %1 for the store. Check that you may write there, or choose another file with --db.</source>
        <translation>Der Ordner %1 für die Datenbank konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>Could not create the store %1: %2. Check the folder&apos;s permissions, or choose another file with --db.</source>
        <translation>Die Datenbank %1 konnte nicht angelegt werden: %2. Prüfen Sie die Berechtigungen des Ordners, oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>Could not read the store %1: %2.</source>
        <translation>Die Datenbank %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not an SMS Router store: it is not a SQLite database. It was left untouched. Choose another file with --db (or SMSROUTER_DB).</source>
        <translation>%1 ist keine Datenbank von SMS Router: Es ist keine SQLite-Datenbank. Die Datei wurde nicht verändert. Wählen Sie mit --db (oder SMSROUTER_DB) eine andere Datei.</translation>
    </message>
    <message>
        <source>No store file was given. Pass --db PATH or set SMSROUTER_DB.</source>
        <translation>Es wurde keine Datenbankdatei angegeben. Übergeben Sie --db PATH, oder setzen Sie SMSROUTER_DB.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing. Install the package libqt6sql6-sqlite (scripts/bootstrap.sh does).</source>
        <translation>Der SQLite-Treiber von Qt fehlt. Installieren Sie das Paket libqt6sql6-sqlite (scripts/bootstrap.sh erledigt das).</translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not open the store %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read as a SQLite database (%2). It was left untouched.</source>
        <translation>%1 konnte nicht als SQLite-Datenbank gelesen werden (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not an SMS Router store (it has no schema_version table). It was left untouched. Choose another file with --db.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Datenbank von SMS Router (ihr fehlt die Tabelle schema_version). Die Datei wurde nicht verändert. Wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 was written by a newer SMS Router (schema %2; this version knows up to %3). It was left untouched. Upgrade SMS Router to open it.</source>
        <translation>%1 wurde von einer neueren Version von SMS Router geschrieben (Schema %2; diese Version kennt Schemas bis %3). Die Datei wurde nicht verändert. Aktualisieren Sie SMS Router, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The store %1 is at schema %2, not %3; open it once with SMS Router to upgrade it.</source>
        <translation>Die Datenbank %1 hat Schema %2, nicht %3; öffnen Sie sie einmal mit SMS Router, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Could not configure the store (%1): %2</source>
        <translation>Die Datenbank konnte nicht konfiguriert werden (%1): %2</translation>
    </message>
    <message>
        <source>Could not set how long the store waits: %1</source>
        <translation>Die Wartezeit der Datenbank konnte nicht festgelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The store is busy: another program has been writing to it for more than %n second(s). Nothing was changed; try again once it has finished.</source>
        <translation>
            <numerusform>Die Datenbank ist belegt: Ein anderes Programm schreibt seit mehr als %n Sekunde in die Datenbank. Es wurde nichts geändert; versuchen Sie es erneut, sobald es fertig ist.</numerusform>
            <numerusform>Die Datenbank ist belegt: Ein anderes Programm schreibt seit mehr als %n Sekunden in die Datenbank. Es wurde nichts geändert; versuchen Sie es erneut, sobald es fertig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store could not begin a change (%1). Nothing was changed.</source>
        <translation>Die Datenbank konnte keine Änderung beginnen (%1). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This change was already finished.</source>
        <translation>Diese Änderung wurde bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>A part of this change failed, so none of it was saved.</source>
        <translation>Ein Teil dieser Änderung ist fehlgeschlagen, daher wurde nichts davon gespeichert.</translation>
    </message>
    <message>
        <source>The store could not save the change (%1). Nothing was changed.</source>
        <translation>Die Datenbank konnte die Änderung nicht speichern (%1). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The store is busy: another program held it for writing for too long. Nothing was changed; try again once it has finished.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm hat sie zu lange für Schreibzugriffe gesperrt. Es wurde nichts geändert; versuchen Sie es erneut, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>The store could not prepare a query: %1</source>
        <translation>Die Datenbank konnte eine Abfrage nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>The store refused a change: %1</source>
        <translation>Die Datenbank hat eine Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing. Install the package libqt6sql6-psql (scripts/bootstrap.sh does).</source>
        <translation>Der PostgreSQL-Treiber von Qt fehlt. Installieren Sie das Paket libqt6sql6-psql (scripts/bootstrap.sh erledigt das).</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 wants a password for %2 (%3). Set PGPASSWORD or add a line to ~/.pgpass; the window asks for it.</source>
        <translation>Der PostgreSQL-Server %1 verlangt ein Passwort für %2 (%3). Setzen Sie PGPASSWORD, oder fügen Sie eine Zeile zu ~/.pgpass hinzu; das Fenster fragt Sie danach.</translation>
    </message>
    <message>
        <source>Could not connect to the store %1: %2. Check that the server runs, the address is right and the database exists (createdb makes one).</source>
        <translation>Keine Verbindung zur Datenbank %1 möglich: %2. Prüfen Sie, ob der Server läuft, die Adresse stimmt und die Datenbank existiert (createdb legt eine an).</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). It was left untouched.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 holds tables but is not an SMS Router store (it has no schema_version table). It was left untouched. Give SMS Router a database of its own.</source>
        <translation>Die Datenbank %1 enthält Tabellen, ist aber keine Datenbank von SMS Router (ihr fehlt die Tabelle schema_version). Sie wurde nicht verändert. Verwenden Sie für SMS Router eine eigene Datenbank.</translation>
    </message>
    <message>
        <source>The connection to the store was lost during a change. Nothing of it was saved.</source>
        <translation>Die Verbindung zur Datenbank ist während einer Änderung abgebrochen. Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not connect to the store %1 again: %2. Check that the server runs.</source>
        <translation>Die Verbindung zur Datenbank %1 konnte nicht wiederhergestellt werden: %2. Prüfen Sie, ob der Server läuft.</translation>
    </message>
</context>
<context>
    <name>DatabaseCredentialStore</name>
    <message>
        <source>The store holds no token under %1. Enter the token again in the carrier&apos;s form (or `smsrouter-cli carrier update NAME --token-stdin`).</source>
        <translation>Die Datenbank enthält kein Token unter %1. Geben Sie das Token im Formular des Netzbetreibers erneut ein (oder mit `smsrouter-cli carrier update NAME --token-stdin`).</translation>
    </message>
</context>
<context>
    <name>DeliveryLogPage</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Every message and what happened to it, live. Select one to see its timeline; act on those that need you.</source>
        <translation>Jede Nachricht und was mit ihr geschehen ist, live. Wählen Sie eine aus, um ihren Verlauf zu sehen; kümmern Sie sich um die, die Ihr Eingreifen erfordern.</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Versand pausieren</translation>
    </message>
    <message>
        <source>Stop claiming new messages on every carrier; requests already sent finish (Ctrl+Shift+P)</source>
        <translation>Für keinen Netzbetreiber mehr neue Nachrichten übernehmen; bereits gesendete Anfragen werden abgeschlossen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Write every message the filters match (not only the rows shown) to a CSV file</source>
        <translation>Alle Nachrichten, auf die die Filter zutreffen (nicht nur die angezeigten Zeilen), in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Queue the selected failed or undelivered messages again, through the same carrier</source>
        <translation>Die ausgewählten fehlgeschlagenen oder nicht zugestellten Nachrichten erneut in die Warteschlange stellen, über denselben Netzbetreiber</translation>
    </message>
    <message>
        <source>Requeue…</source>
        <translation>Erneut einreihen…</translation>
    </message>
    <message>
        <source>You checked Restcomm and it has no record of the selected unknown messages: send them</source>
        <translation>Sie haben in Restcomm geprüft, dass es zu den ausgewählten unbekannten Nachrichten keinen Eintrag gibt: diese senden</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Als gesendet markieren…</translation>
    </message>
    <message>
        <source>You found the selected unknown message in Restcomm: record it as sent</source>
        <translation>Sie haben die ausgewählte unbekannte Nachricht in Restcomm gefunden: als gesendet erfassen</translation>
    </message>
    <message>
        <source>No messages yet. Send a message or start a campaign, and each message&apos;s life shows up here as it happens.</source>
        <translation>Noch keine Nachrichten. Senden Sie eine Nachricht oder starten Sie eine Kampagne – der Weg jeder Nachricht erscheint hier live.</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>Nachricht verfassen</translation>
    </message>
    <message>
        <source>No message matches these filters.</source>
        <translation>Keine Nachricht entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>This window does not send.</source>
        <translation>Dieses Fenster sendet nicht.</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Versand fortsetzen</translation>
    </message>
    <message>
        <source>newest %1 shown · scroll for more</source>
        <translation>neueste %1 angezeigt · für weitere scrollen</translation>
    </message>
    <message>
        <source>%1 queued again.</source>
        <translation>%1 erneut in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Queue unknown messages again</source>
        <translation>Unbekannte Nachrichten erneut einreihen</translation>
    </message>
    <message>
        <source>Queue %1 again?</source>
        <translation>%1 erneut in die Warteschlange stellen?</translation>
    </message>
    <message>
        <source>Do this only after checking the carrier&apos;s Restcomm account for them. A message Restcomm did accept would be sent, and billed, a second time.</source>
        <translation>Tun Sie dies erst, nachdem Sie das Restcomm-Konto des Netzbetreibers auf diese Nachrichten geprüft haben. Eine Nachricht, die Restcomm bereits angenommen hat, würde ein zweites Mal gesendet und berechnet.</translation>
    </message>
    <message>
        <source>Queue again</source>
        <translation>Erneut einreihen</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Message #%1 is in Restcomm. Its SID, if you have it (delivery is then followed):</source>
        <translation>Nachricht #%1 ist in Restcomm vorhanden. SID der Nachricht, falls bekannt (dann wird die Zustellung verfolgt):</translation>
    </message>
    <message>
        <source>Message #%1 marked as sent.</source>
        <translation>Nachricht #%1 als gesendet markiert.</translation>
    </message>
    <message>
        <source>Message #%1 was no longer unknown; nothing changed.</source>
        <translation>Nachricht #%1 war nicht mehr unbekannt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Export the delivery log</source>
        <translation>Zustellprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the delivery log</source>
        <translation>Zustellprotokoll wird exportiert</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>DeliveryTracker</name>
    <message>
        <source>Restcomm error %1: %2</source>
        <translation>Restcomm-Fehler %1: %2</translation>
    </message>
    <message>
        <source>Restcomm reports %1%2</source>
        <translation>Restcomm meldet %1%2</translation>
    </message>
    <message>
        <source>Restcomm status: %1</source>
        <translation>Restcomm-Status: %1</translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <source>Portugal (demo)</source>
        <translation>Portugal (Demo)</translation>
    </message>
    <message>
        <source>United Kingdom (demo)</source>
        <translation>Vereinigtes Königreich (Demo)</translation>
    </message>
    <message>
        <source>Germany (demo)</source>
        <translation>Deutschland (Demo)</translation>
    </message>
    <message>
        <source>The demo never uses your real store; choose another file for it.</source>
        <translation>Die Demo verwendet nie Ihre echte Datenbank; wählen Sie dafür eine andere Datei.</translation>
    </message>
    <message>
        <source>The demo needs smsrouter-sim, the Restcomm simulator that comes with SMS Router, next to this program or in its libexec folder. Reinstall the package, build it (scripts/run.sh), or point SMSROUTER_SIM at it.</source>
        <translation>Die Demo benötigt smsrouter-sim, den mit SMS Router gelieferten Restcomm-Simulator, neben diesem Programm oder in dessen libexec-Ordner. Installieren Sie das Paket neu, erstellen Sie ihn (scripts/run.sh), oder lassen Sie SMSROUTER_SIM auf ihn verweisen.</translation>
    </message>
    <message>
        <source>The Restcomm simulator did not start: %1</source>
        <translation>Der Restcomm-Simulator ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The Restcomm simulator did not say which port it listens on: %1</source>
        <translation>Der Restcomm-Simulator hat nicht gemeldet, auf welchem Port er lauscht: %1</translation>
    </message>
    <message>
        <source>Demo: sub-account %1 on the Restcomm simulator</source>
        <translation>Demo: Unterkonto %1 auf dem Restcomm-Simulator</translation>
    </message>
    <message>
        <source>Your table for Friday is booked. Reply STOP to receive no more messages.</source>
        <translation>Ihr Tisch für Freitag ist reserviert. Antworten Sie STOP, um keine Nachrichten mehr zu erhalten.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The Restcomm simulator did not take the demo&apos;s replies: %1</source>
        <translation>Der Restcomm-Simulator hat die Antworten der Demo nicht angenommen: %1</translation>
    </message>
</context>
<context>
    <name>DispatchEngine</name>
    <message>
        <source>carrier %1</source>
        <translation>Netzbetreiber %1</translation>
    </message>
    <message>
        <source>The dispatcher stopped while this message was being submitted.</source>
        <translation>Der Versanddienst wurde beendet, während diese Nachricht übermittelt wurde.</translation>
    </message>
    <message>
        <source>The dispatcher stopped while submitting it; it is looked up in Restcomm before any resend.</source>
        <translation>Der Versanddienst wurde während der Übermittlung beendet; vor jedem erneuten Senden wird die Nachricht in Restcomm nachgeprüft.</translation>
    </message>
    <message>
        <source>Carrier “%1” is disabled.</source>
        <translation>Netzbetreiber „%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <source>Carrier “%1” is unavailable (%2).</source>
        <translation>Netzbetreiber „%1“ ist nicht verfügbar (%2).</translation>
    </message>
    <message>
        <source>Not sent yet: the opt-out list could not be read (%1).</source>
        <translation>Noch nicht gesendet: Die Abmeldeliste konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>%1 opted out after this message was created.</source>
        <translation>%1 hat sich abgemeldet, nachdem diese Nachricht erstellt wurde.</translation>
    </message>
    <message>
        <source>Not sent: %1 is on the opt-out list.</source>
        <translation>Nicht gesendet: %1 steht auf der Abmeldeliste.</translation>
    </message>
    <message>
        <source>Claimed for sending via %1</source>
        <translation>Zum Senden über %1 reserviert</translation>
    </message>
    <message>
        <source>Restcomm asked to slow down; sending again %1 s from now. %2</source>
        <translation>Restcomm hat um langsameres Senden gebeten; erneuter Versand in %1 s. %2</translation>
    </message>
</context>
<context>
    <name>DispatcherLease</name>
    <message>
        <source>%1 (pid %2 on %3), last seen %4 s ago</source>
        <translation>%1 (PID %2 auf %3), zuletzt aktiv vor %4 s</translation>
    </message>
    <message>
        <source>Another dispatcher is sending from this store: %1. Stop it first; only one dispatcher may hold a store, so no message is sent twice.</source>
        <translation>Ein anderer Versanddienst sendet aus dieser Datenbank: %1. Beenden Sie ihn zuerst; nur ein Versanddienst darf eine Datenbank belegen, damit keine Nachricht doppelt gesendet wird.</translation>
    </message>
    <message>
        <source>Another dispatcher took over this store while this one was not heard from; this one stopped and sends nothing more. Its messages in doubt are looked up by the other.</source>
        <translation>Ein anderer Versanddienst hat diese Datenbank übernommen, weil von diesem hier kein Lebenszeichen kam; dieser Versanddienst wurde beendet und sendet nichts mehr. Seine Nachrichten mit ungewissem Status prüft der andere nach.</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Counting the rows…</source>
        <translation>Zeilen werden gezählt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source> · %1 s left</source>
        <translation> · noch %1 s</translation>
    </message>
    <message>
        <source>%1 of %2 rows%3</source>
        <translation>%1 von %2 Zeilen%3</translation>
    </message>
</context>
<context>
    <name>ImportExportActions</name>
    <message>
        <source>Import &amp;carriers.json…</source>
        <translation>&amp;carriers.json importieren…</translation>
    </message>
    <message>
        <source>Add the carriers and country rules of the tutorial&apos;s carriers.json, all or nothing.</source>
        <translation>Die Netzbetreiber und Länderregeln aus der carriers.json des Tutorials hinzufügen – alles oder nichts.</translation>
    </message>
    <message>
        <source>&amp;Import rate card…</source>
        <translation>Tarifliste &amp;importieren…</translation>
    </message>
    <message>
        <source>Add and update rules from a CSV rate card, all or nothing.</source>
        <translation>Regeln aus einer CSV-Tarifliste hinzufügen und aktualisieren – alles oder nichts.</translation>
    </message>
    <message>
        <source>&amp;Export rate card…</source>
        <translation>Tarifliste &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write every rule to a CSV rate card that imports back unchanged.</source>
        <translation>Alle Regeln in eine CSV-Tarifliste schreiben, die sich unverändert wieder importieren lässt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>carriers.json</source>
        <translation>carriers.json</translation>
    </message>
    <message>
        <source>rate card</source>
        <translation>Tarifliste</translation>
    </message>
    <message>
        <source>Rate card not exported</source>
        <translation>Tarifliste nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>%n Regel nach %1 exportiert.</numerusform>
            <numerusform>%n Regeln nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import carriers.json</source>
        <translation>carriers.json importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import rate card</source>
        <translation>Tarifliste importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export rate card</source>
        <translation>Tarifliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the recipients</source>
        <translation>Empfänger auswählen</translation>
    </message>
    <message>
        <source>A CSV or text file with one recipient a row and a column of phone numbers, as Excel, LibreOffice, Google Contacts or Outlook export it.</source>
        <translation>Eine CSV- oder Textdatei mit einem Empfänger pro Zeile und einer Spalte mit Rufnummern, wie Excel, LibreOffice, Google Contacts oder Outlook sie exportieren.</translation>
    </message>
    <message>
        <source>/home/you/customers.csv</source>
        <translation>/home/benutzer/kunden.csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Spring sale</source>
        <translation>Frühjahrsaktion</translation>
    </message>
    <message>
        <source>Encoding (UTF-8, UTF-16, Windows-1252, …), separator (comma, semicolon, tab, |) and the header row are detected; you can change them on the next page. Nothing is stored until you import.</source>
        <translation>Kodierung (UTF-8, UTF-16, Windows-1252, …), Trennzeichen (Komma, Semikolon, Tabulator, |) und Kopfzeile werden erkannt; Sie können sie auf der nächsten Seite ändern. Gespeichert wird erst beim Import.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>Kampagnen&amp;name:</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check the path, or choose the file with Browse….</source>
        <translation>Die Datei „%1“ gibt es nicht. Prüfen Sie den Pfad, oder wählen Sie die Datei mit „Durchsuchen…“ aus.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Choose a file you have permission to read.</source>
        <translation>„%1“ kann nicht gelesen werden. Wählen Sie eine Datei, für die Sie Leserechte haben.</translation>
    </message>
</context>
<context>
    <name>ImportFormatPage</name>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Prüfen, wie die Datei gelesen wird</translation>
    </message>
    <message>
        <source>If names show odd characters or everything sits in one column, change the encoding or the separator. The numbers&apos; column is marked in bold.</source>
        <translation>Wenn Namen seltsame Zeichen zeigen oder alles in einer Spalte steht, ändern Sie die Kodierung oder das Trennzeichen. Die Spalte mit den Nummern ist fett markiert.</translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation>Erste Zeile ist Kopfzeile</translation>
    </message>
    <message>
        <source>No header row (columns are 1, 2, …)</source>
        <translation>Keine Kopfzeile (Spalten heißen 1, 2, …)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>Kopf&amp;zeile:</translation>
    </message>
    <message>
        <source>Where a number written without +country code (912 345 678, 07400 123456) is read.</source>
        <translation>Für welche Region eine Nummer ohne +Ländervorwahl (912 345 678, 07400 123456) gilt.</translation>
    </message>
    <message>
        <source>&amp;Numbers are in:</source>
        <translation>&amp;Nummern stehen in:</translation>
    </message>
    <message>
        <source>National numbers are &amp;read in:</source>
        <translation>&amp;Region nationaler Nummern:</translation>
    </message>
    <message>
        <source>No default region (Settings): + country code needed</source>
        <translation>Keine Standardregion (Einstellungen): +Ländervorwahl nötig</translation>
    </message>
    <message>
        <source>%1 — the default region</source>
        <translation>%1 – die Standardregion</translation>
    </message>
    <message>
        <source>Detected: %1%2</source>
        <translation>Erkannt: %1%2</translation>
    </message>
    <message>
        <source> (byte-order mark)</source>
        <translation> (mit BOM)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>Detected: first row is the header</source>
        <translation>Erkannt: erste Zeile ist Kopfzeile</translation>
    </message>
    <message>
        <source>Detected: no header row</source>
        <translation>Erkannt: keine Kopfzeile</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Read as %1%2 · separator: %3 · %4 · %5 columns</source>
        <translation>Gelesen als %1%2 · Trennzeichen: %3 · %4 · %5 Spalten</translation>
    </message>
    <message>
        <source> with a byte-order mark</source>
        <translation> mit BOM</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>mit Kopfzeile</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>ohne Kopfzeile</translation>
    </message>
    <message>
        <source>No column looks like phone numbers. Choose the one that holds them.</source>
        <translation>Keine Spalte sieht nach Rufnummern aus. Wählen Sie die Spalte aus, die sie enthält.</translation>
    </message>
    <message>
        <source>%1 of the first %2 numbers have no country code: which country are they in? Choose it under “National numbers are read in”.</source>
        <translation>%1 der ersten %2 Nummern haben keine Ländervorwahl: Aus welchem Land stammen sie? Wählen Sie es unter „Region nationaler Nummern“ aus.</translation>
    </message>
</context>
<context>
    <name>ImportMessagePage</name>
    <message>
        <source>Write the message</source>
        <translation>Nachricht schreiben</translation>
    </message>
    <message>
        <source>{column} is replaced by the row&apos;s value in that column; write {{ and }} for braces. Below: the first rows as they would be sent.</source>
        <translation>{Spalte} wird durch den Wert der Zeile in dieser Spalte ersetzt; schreiben Sie {{ und }} für geschweifte Klammern. Unten: die ersten Zeilen so, wie sie gesendet würden.</translation>
    </message>
    <message>
        <source>+15550001111 or a name of up to 11 characters</source>
        <translation>+15550001111 oder ein Name mit bis zu 11 Zeichen</translation>
    </message>
    <message>
        <source>Hi {Name}, our spring sale starts today.</source>
        <translation>Hallo {Name}, unsere Frühjahrsaktion beginnt heute.</translation>
    </message>
    <message>
        <source>Click a column (or press Enter on it) to insert it at the cursor.</source>
        <translation>Klicken Sie auf eine Spalte (oder drücken Sie darauf die Eingabetaste), um sie an der Cursorposition einzufügen.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Insert a column:</source>
        <translation>Spalte &amp;einfügen:</translation>
    </message>
    <message>
        <source>First row:</source>
        <translation>Erste Zeile:</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Longer than the limit of %1 segments: this row would be rejected as too long.</source>
        <translation>Länger als das Limit von %1 Segmenten: Diese Zeile würde als zu lang abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Every row is checked, de-duplicated, routed and stored as a message of a draft campaign. Nothing is sent yet.</source>
        <translation>Jede Zeile wird geprüft, von Duplikaten bereinigt, geroutet und als Nachricht eines Kampagnenentwurfs gespeichert. Noch wird nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Cancelling: removing what was written so far…</source>
        <translation>Wird abgebrochen: Bisher Geschriebenes wird entfernt…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>%1 of about %2 rows</source>
        <translation>%1 von etwa %2 Zeilen</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · noch %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was stored.</source>
        <translation>Import abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1
Nothing was stored. Go back to change the file or the message, or try again.</source>
        <translation>%1
Es wurde nichts gespeichert. Gehen Sie zurück, um die Datei oder die Nachricht zu ändern, oder versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s).</source>
        <translation>
            <numerusform>%Ln Zeile importiert.</numerusform>
            <numerusform>%Ln Zeilen importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowProcessor</name>
    <message>
        <source>%1 is not an E.164 number.</source>
        <translation>%1 ist keine E.164-Nummer.</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>%1 is a folder, not a CSV file. Give the file&apos;s path.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei. Geben Sie den Pfad der Datei an.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and that you may read the file.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>Could not tell which column of %1 holds the phone numbers (columns: %2). Name it with --phone-column NAME, or give its number (1 for the first).</source>
        <translation>Es ließ sich nicht erkennen, welche Spalte von %1 die Rufnummern enthält (Spalten: %2). Geben Sie sie mit --phone-column NAME an oder nennen Sie ihre Nummer (1 für die erste).</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n carrier(s) added</source>
        <translation>
            <numerusform>%n Netzbetreiber hinzugefügt</numerusform>
            <numerusform>%n Netzbetreiber hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) added</source>
        <translation>
            <numerusform>%n Regel hinzugefügt</numerusform>
            <numerusform>%n Regeln hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>%1 not imported</source>
        <translation>%1 nicht importiert</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>%1 importiert: %2.</translation>
    </message>
    <message>
        <source>%1 could not be imported, and nothing was changed: the store or the keychain failed. Try again; if it fails again, check the disk and the keychain.</source>
        <translation>%1 konnte nicht importiert werden, und es wurde nichts geändert: Die Datenbank oder der Schlüsselbund hat einen Fehler gemeldet. Versuchen Sie es erneut; schlägt es wieder fehl, prüfen Sie den Datenträger und den Schlüsselbund.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %1 has %n problem(s). Fix them in the file and import it again.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %1 enthält %n Problem. Beheben Sie es in der Datei und importieren Sie die Datei erneut.</numerusform>
            <numerusform>Es wurde nichts importiert: %1 enthält %n Probleme. Beheben Sie diese in der Datei und importieren Sie die Datei erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the text above, to fix the file or to send it to someone.</source>
        <translation>Den obigen Text kopieren, etwa um die Datei zu korrigieren oder ihn weiterzugeben.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Export rejects…</source>
        <translation>Abgelehnte Zeilen exportieren…</translation>
    </message>
    <message>
        <source>&amp;Save as draft — start it later from the Campaigns page</source>
        <translation>Als Entwurf &amp;speichern – später auf der Seite „Kampagnen“ starten</translation>
    </message>
    <message>
        <source>Start &amp;now</source>
        <translation>&amp;Jetzt starten</translation>
    </message>
    <message>
        <source>Start &amp;at:</source>
        <translation>Starten &amp;um:</translation>
    </message>
    <message>
        <source>Review and start</source>
        <translation>Prüfen und starten</translation>
    </message>
    <message>
        <source>The campaign is stored as a draft. Check what was rejected and what it will cost.</source>
        <translation>Die Kampagne ist als Entwurf gespeichert. Prüfen Sie, was abgelehnt wurde und was sie kosten wird.</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Save the rejected rows as CSV (line, raw value, reason, detail) to fix them in a spreadsheet.</source>
        <translation>Die abgelehnten Zeilen als CSV speichern (Zeile, Rohwert, Grund, Detail), um sie in einer Tabellenkalkulation zu korrigieren.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>&lt;b&gt;What next&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nächster Schritt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>carrier #%1</source>
        <translation>Netzbetreiber #%1</translation>
    </message>
    <message>
        <source>None of the %1 rows can be sent. The campaign is kept as an empty draft; see why below.</source>
        <translation>Keine der %1 Zeilen kann gesendet werden. Die Kampagne bleibt als leerer Entwurf erhalten; die Gründe sehen Sie unten.</translation>
    </message>
    <message>
        <source>%1 of %2 rows become messages of the draft campaign “%3”; %4 rejected.</source>
        <translation>%1 von %2 Zeilen werden zu Nachrichten des Kampagnenentwurfs „%3“; %4 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 · %2 · estimated cost %3</source>
        <translation>%1 · %2 · geschätzte Kosten %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a time in the future, or start now.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft oder starten Sie jetzt.</translation>
    </message>
    <message>
        <source>Exporting the rejects</source>
        <translation>Abgelehnte Zeilen werden exportiert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>-rejects.csv</source>
        <translation>-abgelehnt.csv</translation>
    </message>
    <message>
        <source>Export rejects</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rejected row(s) to %1</source>
        <translation>
            <numerusform>%Ln abgelehnte Zeile in %1 gespeichert</numerusform>
            <numerusform>%Ln abgelehnte Zeilen in %1 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboundRepository</name>
    <message>
        <source>The store could not read the replies: %1</source>
        <translation>Die Datenbank konnte die Antworten nicht lesen: %1</translation>
    </message>
    <message>
        <source>The store refused a change: %1</source>
        <translation>Die Datenbank hat eine Änderung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>InboxCommands</name>
    <message>
        <source>No enabled carrier to read replies from.</source>
        <translation>Kein aktivierter Netzbetreiber, von dem Antworten gelesen werden könnten.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new reply(s)</source>
        <translation>
            <numerusform>%1: %n neue Antwort</numerusform>
            <numerusform>%1: %n neue Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a stop word</source>
        <translation>
            <numerusform>, %n davon mit Stoppwort</numerusform>
            <numerusform>, %n davon mit Stoppwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(s) in all</source>
        <translation>
            <numerusform>insgesamt %n neue Antwort</numerusform>
            <numerusform>insgesamt %n neue Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) opted out by a stop word</source>
        <translation>
            <numerusform>%n Rufnummer durch ein Stoppwort abgemeldet</numerusform>
            <numerusform>%n Rufnummern durch ein Stoppwort abgemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) back in by START</source>
        <translation>
            <numerusform>%n Rufnummer durch START wieder angemeldet</numerusform>
            <numerusform>%n Rufnummern durch START wieder angemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation(s) queued</source>
        <translation>
            <numerusform>%n Bestätigung in die Warteschlange gestellt</numerusform>
            <numerusform>%n Bestätigungen in die Warteschlange gestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>The carriers did not answer in time.</source>
        <translation>Die Netzbetreiber haben nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Carrier “%1” could not be read: %2</source>
        <translation>Netzbetreiber „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--campaign takes a campaign id (`smsrouter-cli campaign list`).</source>
        <translation>--campaign erwartet eine Kampagnen-ID (`smsrouter-cli campaign list`).</translation>
    </message>
    <message>
        <source>--since “%1” is not an ISO 8601 time; write e.g. 2026-03-01 or 2026-03-01T09:00:00Z.</source>
        <translation>--since „%1“ ist keine Zeit nach ISO 8601; schreiben Sie z. B. 2026-03-01 oder 2026-03-01T09:00:00Z.</translation>
    </message>
    <message>
        <source>No replies.</source>
        <translation>Keine Antworten.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Stop word</source>
        <translation>Stoppwort</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Read new replies from every enabled carrier (exit 1 if one could not be read); STOP replies opt their senders out.</source>
        <translation>Neue Antworten von jedem aktivierten Netzbetreiber lesen (Exit-Code 1, wenn einer nicht gelesen werden konnte); STOP-Antworten melden ihre Absender ab.</translation>
    </message>
    <message>
        <source>List the stored replies, newest first.</source>
        <translation>Die gespeicherten Antworten auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only replies to this campaign.</source>
        <translation>Nur Antworten auf diese Kampagne.</translation>
    </message>
    <message>
        <source>Only replies received at or after this ISO 8601 time (a date alone is midnight UTC).</source>
        <translation>Nur Antworten, die zu oder nach dieser Zeit nach ISO 8601 empfangen wurden (ein Datum allein bedeutet Mitternacht UTC).</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Unread only</source>
        <translation>Nur ungelesene</translation>
    </message>
    <message>
        <source>Filter text and numbers (Ctrl+F)</source>
        <translation>Text und Rufnummern filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Fetch replies now</source>
        <translation>Antworten jetzt abrufen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Replies from handsets, fetched from Restcomm once a minute. A reply that starts with a stop word puts its number on the opt-out list by itself.</source>
        <translation>Antworten von Mobiltelefonen, einmal pro Minute von Restcomm abgerufen. Eine Antwort, die mit einem Stoppwort beginnt, setzt ihre Rufnummer selbsttätig auf die Abmeldeliste.</translation>
    </message>
    <message>
        <source>Ask every enabled carrier for its new replies now</source>
        <translation>Jeden aktivierten Netzbetreiber jetzt nach neuen Antworten fragen</translation>
    </message>
    <message>
        <source>This window does not send, so it does not fetch replies either</source>
        <translation>Dieses Fenster sendet nicht und ruft daher auch keine Antworten ab</translation>
    </message>
    <message>
        <source>Write the replies the filter matches to a CSV file</source>
        <translation>Die Antworten, auf die der Filter passt, in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>Alle Netzbetreiber</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>No replies yet. When a handset answers a message, its reply appears here: the dispatcher asks each carrier for new replies once a minute.</source>
        <translation>Noch keine Antworten. Wenn ein Mobiltelefon auf eine Nachricht antwortet, erscheint die Antwort hier: Der Versanddienst fragt jeden Netzbetreiber einmal pro Minute nach neuen Antworten.</translation>
    </message>
    <message>
        <source>No reply matches the filter.</source>
        <translation>Keine Antwort passt auf den Filter.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Select a reply to see the conversation with its number.</source>
        <translation>Wählen Sie eine Antwort, um die Unterhaltung mit ihrer Rufnummer zu sehen.</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Posteingang (%1)</translation>
    </message>
    <message>
        <source>The replies could not be read: %1</source>
        <translation>Die Antworten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>newest %1 replies shown · narrow the filter for older ones</source>
        <translation>die neuesten %1 Antworten angezeigt · für ältere den Filter eingrenzen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>%Ln Antwort</numerusform>
            <numerusform>%Ln Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply could not be marked read: %1</source>
        <translation>Die Antwort konnte nicht als gelesen markiert werden: %1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>Die Unterhaltung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>“%1”: put on the opt-out list</source>
        <translation>„%1“: auf die Abmeldeliste gesetzt</translation>
    </message>
    <message>
        <source>Nothing was sent to this number from this store.</source>
        <translation>An diese Rufnummer wurde aus dieser Datenbank nichts gesendet.</translation>
    </message>
    <message>
        <source>Asking the carriers for new replies…</source>
        <translation>Netzbetreiber werden nach neuen Antworten gefragt…</translation>
    </message>
    <message>
        <source>Export replies</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting replies to %1…</source>
        <translation>Antworten werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>The replies could not be exported to %1: %2</source>
        <translation>Die Antworten konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln reply(s) to %1.</source>
        <translation>
            <numerusform>%Ln Antwort nach %1 exportiert.</numerusform>
            <numerusform>%Ln Antworten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No carrier is enabled, so no reply was fetched.</source>
        <translation>Kein Netzbetreiber ist aktiviert, daher wurde keine Antwort abgerufen.</translation>
    </message>
    <message>
        <source>No new reply.</source>
        <translation>Keine neue Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(s).</source>
        <translation>
            <numerusform>%n neue Antwort.</numerusform>
            <numerusform>%n neue Antworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(s), %1 of them asking to stop.</source>
        <translation>
            <numerusform>%n neue Antwort, davon %1 mit der Bitte um Abmeldung.</numerusform>
            <numerusform>%n neue Antworten, davon %1 mit der Bitte um Abmeldung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxService</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you may write to.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not finish writing %1: %2. Check the free disk space and export again.</source>
        <translation>%1 konnte nicht fertig geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und exportieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>“%1”: this number was put on the opt-out list</source>
        <translation>„%1“: diese Rufnummer wurde auf die Abmeldeliste gesetzt</translation>
    </message>
    <message>
        <source>Campaign #%1</source>
        <translation>Kampagne #%1</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>The system keychain is not available: no keyring such as GNOME Keyring or KWallet answered, or it is locked. Start and unlock your keyring and try again, or keep tokens in the store&apos;s database instead (Settings → Keep tokens in; for smsrouter-cli, --secret-store database).</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Kein Schlüsselbunddienst wie GNOME Keyring oder KWallet hat geantwortet, oder er ist gesperrt. Starten und entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut, oder speichern Sie die Tokens stattdessen in der Datenbank (Einstellungen → Tokens speichern in; bei smsrouter-cli --secret-store database).</translation>
    </message>
    <message>
        <source>The keychain holds no token under %1. Enter the token again in the carrier&apos;s form (or `smsrouter-cli carrier update NAME --token-stdin`).</source>
        <translation>Der Schlüsselbund enthält kein Token unter %1. Geben Sie das Token im Formular des Netzbetreibers erneut ein (oder mit `smsrouter-cli carrier update NAME --token-stdin`).</translation>
    </message>
    <message>
        <source>The keychain could not read %1: %2</source>
        <translation>Der Schlüsselbund konnte %1 nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo window could not be started.</source>
        <translation>Das Demo-Fenster konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>store: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>Nachricht verfassen</translation>
    </message>
    <message>
        <source>Start a campaign</source>
        <translation>Kampagne starten</translation>
    </message>
    <message>
        <source>Set up carriers</source>
        <translation>Netzbetreiber einrichten</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SMS Router</source>
        <translation>&amp;Über SMS Router</translation>
    </message>
    <message>
        <source>About SMS Router</source>
        <translation>Über SMS Router</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation>&amp;Versand</translation>
    </message>
    <message>
        <source>&amp;Pause all sending</source>
        <translation>Gesamten Versand &amp;pausieren</translation>
    </message>
    <message>
        <source>Tokens are kept unencrypted in the store database: anyone who can read %1 can send through your carriers. Choose the system keychain under Settings → Keep tokens in.</source>
        <translation>Tokens werden unverschlüsselt in der Datenbank gespeichert: Wer %1 lesen kann, kann über Ihre Netzbetreiber senden. Wählen Sie unter „Einstellungen → Tokens speichern in“ den Schlüsselbund des Systems.</translation>
    </message>
    <message numerus="yes">
        <source>Finishing %n request(s)…</source>
        <translation>
            <numerusform>%n Anfrage wird abgeschlossen…</numerusform>
            <numerusform>%n Anfragen werden abgeschlossen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Wird geschlossen…</translation>
    </message>
    <message>
        <source>the store&apos;s database (unencrypted)</source>
        <translation>in der Datenbank (unverschlüsselt)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMS Router %1&lt;/b&gt;&lt;p&gt;Multitenant SMS termination through Restcomm: carriers, destination rules, campaigns and a live delivery log.&lt;/p&gt;&lt;p&gt;Qt %2 · libphonenumber %3 · SQLite %4&lt;/p&gt;&lt;p&gt;Store: %5&lt;br&gt;Tokens kept in %6&lt;/p&gt;</source>
        <translation>&lt;b&gt;SMS Router %1&lt;/b&gt;&lt;p&gt;Mandantenfähige SMS-Terminierung über Restcomm: Netzbetreiber, Zielregeln, Kampagnen und ein Live-Zustellprotokoll.&lt;/p&gt;&lt;p&gt;Qt %2 · libphonenumber %3 · SQLite %4&lt;/p&gt;&lt;p&gt;Datenbank: %5&lt;br&gt;Tokens werden %6 gespeichert&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Campaign “%1” is running.</source>
        <translation>Kampagne „%1“ läuft.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns are running.</source>
        <translation>
            <numerusform>%n Kampagne läuft.</numerusform>
            <numerusform>%n Kampagnen laufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) are still waiting to be sent.</source>
        <translation>
            <numerusform>%Ln Nachricht wartet noch auf den Versand.</numerusform>
            <numerusform>%Ln Nachrichten warten noch auf den Versand.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store is busy, so what is still waiting to be sent could not be counted.</source>
        <translation>Die Datenbank ist belegt, daher konnte nicht gezählt werden, was noch auf den Versand wartet.</translation>
    </message>
    <message>
        <source>If you quit, sending stops; the waiting messages are sent when SMS Router starts again (or by smsrouter-cli dispatch). Nothing is lost.</source>
        <translation>Wenn Sie das Programm beenden, stoppt der Versand; die wartenden Nachrichten werden gesendet, wenn SMS Router wieder startet (oder durch smsrouter-cli dispatch). Es geht nichts verloren.</translation>
    </message>
    <message>
        <source>Quit while sending?</source>
        <translation>Während des Versands beenden?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Weiter senden</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>Datenbank &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Move store to server…</source>
        <translation>Datenbank auf Server &amp;verschieben…</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Retried by hand (it was %1: %2)</source>
        <translation>Manuell erneut versucht (vorher %1: %2)</translation>
    </message>
    <message>
        <source>Queued again by hand: the operator found no record of it in Restcomm.</source>
        <translation>Manuell erneut eingereiht: Der Bediener hat in Restcomm keinen Eintrag dazu gefunden.</translation>
    </message>
    <message>
        <source>Marked as sent by hand: the operator found it in Restcomm.</source>
        <translation>Manuell als gesendet markiert: Der Bediener hat sie in Restcomm gefunden.</translation>
    </message>
    <message>
        <source>Marked as sent by hand: found in Restcomm as %1.</source>
        <translation>Manuell als gesendet markiert: in Restcomm als %1 gefunden.</translation>
    </message>
    <message>
        <source>Cancelled by hand.</source>
        <translation>Manuell abgebrochen.</translation>
    </message>
</context>
<context>
    <name>MessageDetailPane</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Our estimate</source>
        <translation>Unsere Schätzung</translation>
    </message>
    <message>
        <source>Carrier price</source>
        <translation>Preis des Netzbetreibers</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Restcomm SID</source>
        <translation>Restcomm SID</translation>
    </message>
    <message>
        <source>Restcomm status</source>
        <translation>Restcomm-Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>What the routing rule&apos;s price per segment predicted, in this store&apos;s currency.</source>
        <translation>Der nach dem Segmentpreis der Routing-Regel erwartete Betrag, in der Währung dieser Datenbank.</translation>
    </message>
    <message>
        <source>What Restcomm reported charging for the message, in the carrier&apos;s own currency.</source>
        <translation>Der Betrag, den Restcomm laut eigener Meldung für die Nachricht berechnet hat, in der Währung des Netzbetreibers.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a message to see its fields and everything that happened to it.</source>
        <translation>Wählen Sie eine Nachricht aus, um ihre Felder und alles zu sehen, was mit ihr geschehen ist.</translation>
    </message>
    <message>
        <source>none (not routable)</source>
        <translation>keiner (keine Route)</translation>
    </message>
    <message>
        <source>single send</source>
        <translation>Einzelversand</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n segment(s)</source>
        <translation>
            <numerusform>%1 · %n Segment</numerusform>
            <numerusform>%1 · %n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (from the routing rule)</source>
        <translation>%1 (aus der Routing-Regel)</translation>
    </message>
    <message>
        <source>— (not reported yet)</source>
        <translation>— (noch nicht gemeldet)</translation>
    </message>
    <message>
        <source>%1 (reported by Restcomm)</source>
        <translation>%1 (von Restcomm gemeldet)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vorher: %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
</context>
<context>
    <name>MessageLogExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>MessageLogFilterBar</name>
    <message>
        <source>Created at or after (local time)</source>
        <translation>Erstellt ab (Ortszeit)</translation>
    </message>
    <message>
        <source>Created before (local time)</source>
        <translation>Erstellt vor (Ortszeit)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Show messages in these states</source>
        <translation>Nachrichten mit diesen Status anzeigen</translation>
    </message>
    <message>
        <source>Any carrier</source>
        <translation>Alle Netzbetreiber</translation>
    </message>
    <message>
        <source>Campaign #</source>
        <translation>Kampagne #</translation>
    </message>
    <message>
        <source>Number contains (Ctrl+F)</source>
        <translation>Nummer enthält (Strg+F)</translation>
    </message>
    <message>
        <source>Show every message again</source>
        <translation>Wieder alle Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>Cr&amp;eated:</source>
        <translation>&amp;Erstellt:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Restcomm status: %1</source>
        <translation>Restcomm-Status: %1</translation>
    </message>
    <message>
        <source>A single send, not part of a campaign</source>
        <translation>Einzelversand, nicht Teil einer Kampagne</translation>
    </message>
    <message numerus="yes">
        <source>Estimated: %n segment(s) at the rule&apos;s price</source>
        <translation>
            <numerusform>Geschätzt: %n Segment zum Preis der Regel</numerusform>
            <numerusform>Geschätzt: %n Segmente zum Preis der Regel</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Provider SID</source>
        <translation>Anbieter-SID</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>MessageRepository</name>
    <message>
        <source>The store could not record the message&apos;s first event: %1</source>
        <translation>Die Datenbank konnte das erste Ereignis der Nachricht nicht erfassen: %1</translation>
    </message>
    <message>
        <source>The store could not change a message&apos;s state: %1</source>
        <translation>Die Datenbank konnte den Status einer Nachricht nicht ändern: %1</translation>
    </message>
    <message>
        <source>The store could not remember a retired provider SID: %1</source>
        <translation>Die Datenbank konnte eine nicht mehr verwendete Anbieter-SID nicht speichern: %1</translation>
    </message>
    <message>
        <source>The store could not record a message event: %1</source>
        <translation>Die Datenbank konnte ein Nachrichtenereignis nicht erfassen: %1</translation>
    </message>
    <message>
        <source>The store could not prepare the message list: %1</source>
        <translation>Die Datenbank konnte die Nachrichtenliste nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>The store could not list messages: %1</source>
        <translation>Die Datenbank konnte die Nachrichten nicht auflisten: %1</translation>
    </message>
    <message>
        <source>The store could not prepare the message count: %1</source>
        <translation>Die Datenbank konnte die Zählung der Nachrichten nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>The store could not count messages: %1</source>
        <translation>Die Datenbank konnte die Nachrichten nicht zählen: %1</translation>
    </message>
    <message>
        <source>The store could not prepare reading messages by id: %1</source>
        <translation>Die Datenbank konnte das Lesen von Nachrichten nach ID nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>The store could not read messages by id: %1</source>
        <translation>Die Datenbank konnte Nachrichten nicht nach ID lesen: %1</translation>
    </message>
    <message>
        <source>The store could not prepare reading due messages: %1</source>
        <translation>Die Datenbank konnte das Lesen fälliger Nachrichten nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>The store could not read due messages: %1</source>
        <translation>Die Datenbank konnte die fälligen Nachrichten nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>MessageState</name>
    <message>
        <source>pending</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>queued</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>submitting</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>in Übermittlung</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>undelivered</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a message&apos;s state (a short label)</comment>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The &quot;{&quot; at position %1 of the message template opens a placeholder that is never closed. Close it with &quot;}&quot; after the column name, or write &quot;{{&quot; for a literal &quot;{&quot;.</source>
        <translation>Das „{“ an Position %1 der Nachrichtenvorlage öffnet einen Platzhalter, der nie geschlossen wird. Schließen Sie ihn mit „}“ nach dem Spaltennamen, oder schreiben Sie „{{“ für ein wörtliches „{“.</translation>
    </message>
    <message>
        <source>The &quot;{&quot; at position %1 of the message template is inside the placeholder opened at position %2. Close that placeholder with &quot;}&quot; first, or write &quot;{{&quot; for a literal &quot;{&quot;.</source>
        <translation>Das „{“ an Position %1 der Nachrichtenvorlage steht innerhalb des Platzhalters, der an Position %2 geöffnet wurde. Schließen Sie diesen Platzhalter zuerst mit „}“, oder schreiben Sie „{{“ für ein wörtliches „{“.</translation>
    </message>
    <message>
        <source>The placeholder &quot;%1&quot; at position %2 of the message template names no column. Put a column name inside, or write &quot;{{}}&quot; for literal braces.</source>
        <translation>Der Platzhalter „%1“ an Position %2 der Nachrichtenvorlage nennt keine Spalte. Setzen Sie einen Spaltennamen ein, oder schreiben Sie „{{}}“ für wörtliche geschweifte Klammern.</translation>
    </message>
    <message>
        <source>The &quot;}&quot; at position %1 of the message template closes no placeholder. Write &quot;}}&quot; for a literal &quot;}&quot;.</source>
        <translation>Das „}“ an Position %1 der Nachrichtenvorlage schließt keinen Platzhalter. Schreiben Sie „}}“ für ein wörtliches „}“.</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;</source>
        <translation>Spalte %1 „%2“</translation>
    </message>
    <message>
        <source>The placeholder %1 matches more than one column of the file (%2). Rename the duplicate column so that each name is unique.</source>
        <translation>Der Platzhalter %1 passt auf mehr als eine Spalte der Datei (%2). Benennen Sie die doppelte Spalte um, sodass jeder Name eindeutig ist.</translation>
    </message>
    <message>
        <source>The message template uses columns the file does not have: %1. The file&apos;s columns are: %2. Correct the placeholder names (case and surrounding spaces do not matter) or the file&apos;s header row.</source>
        <translation>Die Nachrichtenvorlage verwendet Spalten, die die Datei nicht enthält: %1. Die Spalten der Datei sind: %2. Korrigieren Sie die Platzhalternamen (Groß-/Kleinschreibung und umgebende Leerzeichen spielen keine Rolle) oder die Kopfzeile der Datei.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not create the schema_version table: %1</source>
        <translation>Die Tabelle schema_version konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not start migration %1: %2</source>
        <translation>Migration %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>Migration %1 ist fehlgeschlagen und wurde zurückgesetzt: %2</translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded.</source>
        <translation>Migration %1 konnte nicht protokolliert werden.</translation>
    </message>
</context>
<context>
    <name>MoveStoreDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Move store to server</source>
        <translation>Datenbank auf Server verschieben</translation>
    </message>
    <message>
        <source>Copies this store — carriers, rules, campaigns, every message with its events, opt-outs, replies and settings — into an empty database on a PostgreSQL server, where a team can share it. This store is only read and stays as it is. Carriers&apos; tokens stay in this computer&apos;s keychain; the server gets their references only.</source>
        <translation>Kopiert diese Datenbank – Netzbetreiber, Regeln, Kampagnen, jede Nachricht mit ihren Ereignissen, Abmeldungen, Antworten und Einstellungen – in eine leere Datenbank auf einem PostgreSQL-Server, wo ein Team sie gemeinsam nutzen kann. Diese Datenbank wird nur gelesen und bleibt unverändert. Die Tokens der Netzbetreiber bleiben im Schlüsselbund dieses Computers; der Server erhält nur Verweise darauf.</translation>
    </message>
    <message>
        <source>&amp;Server database:</source>
        <translation>&amp;Server-Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Open the new store</source>
        <translation>Neue Datenbank &amp;öffnen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancelling: the server&apos;s database is being emptied again…</source>
        <translation>Abbruch: Die Datenbank auf dem Server wird wieder geleert…</translation>
    </message>
    <message>
        <source> · %1 s left</source>
        <translation> · noch %1 s</translation>
    </message>
    <message>
        <source>Copying %1… %2 of %3 rows%4</source>
        <translation>%1 wird kopiert… %2 von %3 Zeilen%4</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>Die Datenbank</translation>
    </message>
    <message>
        <source>The copy did not finish.</source>
        <translation>Das Kopieren wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The server wants a password for %1. It is kept for as long as SMS Router runs, and never saved.</source>
        <translation>Der Server verlangt ein Passwort für %1. Es wird aufbewahrt, solange SMS Router läuft, und nie gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) to %1 in %2 s. The row counts of every table match.</source>
        <translation>
            <numerusform>%Ln Zeile in %2 s nach %1 kopiert. Die Zeilenzahlen aller Tabellen stimmen überein.</numerusform>
            <numerusform>%Ln Zeilen in %2 s nach %1 kopiert. Die Zeilenzahlen aller Tabellen stimmen überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the new store here, or on another computer with File → Open store… and %1. What this store sends after the copy is not on the server: move once, then work there.</source>
        <translation>Öffnen Sie die neue Datenbank hier oder auf einem anderen Computer mit „Datei → Datenbank öffnen…“ und %1. Was aus dieser Datenbank nach dem Kopieren gesendet wird, gelangt nicht auf den Server: Verschieben Sie die Datenbank einmal, und arbeiten Sie danach nur noch dort.</translation>
    </message>
</context>
<context>
    <name>NumberRefusal</name>
    <message>
        <source>The number is empty; enter the destination, e.g. +351912345678.</source>
        <translation>Die Nummer ist leer; geben Sie das Ziel ein, z. B. +351912345678.</translation>
    </message>
    <message>
        <source>%1 is not a phone number; enter digits, optionally starting with “+” and the country code.</source>
        <translation>%1 ist keine Rufnummer; geben Sie Ziffern ein, optional beginnend mit „+“ und der Ländervorwahl.</translation>
    </message>
    <message>
        <source>%1 does not start with a known country calling code; check the digits after “+” (44 for the United Kingdom, 1 for North America, …).</source>
        <translation>%1 beginnt nicht mit einer bekannten Ländervorwahl; prüfen Sie die Ziffern nach „+“ (44 für das Vereinigte Königreich, 1 für Nordamerika, …).</translation>
    </message>
    <message>
        <source>%1 has no country code and no default region is set; write it in international form (+, country code, number) or set the default region.</source>
        <translation>%1 hat keine Ländervorwahl, und es ist keine Standardregion festgelegt; schreiben Sie die Nummer im internationalen Format (+, Ländervorwahl, Nummer), oder legen Sie die Standardregion fest.</translation>
    </message>
    <message>
        <source>%1 is too short to be a phone number; check for missing digits.</source>
        <translation>%1 ist zu kurz für eine Rufnummer; prüfen Sie, ob Ziffern fehlen.</translation>
    </message>
    <message>
        <source>%1 is too long to be a phone number; check for extra digits.</source>
        <translation>%1 ist zu lang für eine Rufnummer; prüfen Sie, ob Ziffern zu viel sind.</translation>
    </message>
    <message>
        <source>%1 is too short for a number in %2; check for missing digits.</source>
        <translation>%1 ist zu kurz für eine Nummer in der Region %2; prüfen Sie, ob Ziffern fehlen.</translation>
    </message>
    <message>
        <source>%1 is too long for a number in %2; check for extra digits.</source>
        <translation>%1 ist zu lang für eine Nummer in der Region %2; prüfen Sie, ob Ziffern zu viel sind.</translation>
    </message>
    <message>
        <source>%1 does not start with a known country calling code; check the digits after “+”.</source>
        <translation>%1 beginnt nicht mit einer bekannten Ländervorwahl; prüfen Sie die Ziffern nach „+“.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a valid number in %3: no number range there looks like this; check the digits.</source>
        <translation>%1 (%2) ist keine gültige Nummer in der Region %3: Kein dortiger Nummernbereich sieht so aus; prüfen Sie die Ziffern.</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>A store is a file on this computer, or a database on a PostgreSQL server that a team shares (postgresql://user@host:5432/dbname). SMS Router opens it at its next starts too, unless --db or SMSROUTER_DB names another.</source>
        <translation>Die Datenbank von SMS Router ist eine Datei auf diesem Computer oder eine Datenbank auf einem PostgreSQL-Server, die ein Team gemeinsam nutzt (postgresql://user@host:5432/dbname). SMS Router öffnet sie auch bei den nächsten Starts, sofern nicht --db oder SMSROUTER_DB eine andere angibt.</translation>
    </message>
    <message>
        <source>~/smsrouter.sqlite or postgresql://user@host:5432/dbname</source>
        <translation>~/smsrouter.sqlite oder postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Open a store file</source>
        <translation>Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>SMS Router stores (*.sqlite *.db);;All files (*)</source>
        <translation>Datenbanken von SMS Router (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The server wants a password for %1. It is kept for as long as SMS Router runs, and never saved.</source>
        <translation>Der Server verlangt ein Passwort für %1. Es wird aufbewahrt, solange SMS Router läuft, und nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>OptOutCommands</name>
    <message>
        <source>Read a number without +country in this region (else the store&apos;s default region).</source>
        <translation>Eine Nummer ohne +Ländervorwahl als Nummer dieser Region interpretieren (sonst gilt die Standardregion der Datenbank).</translation>
    </message>
    <message>
        <source>Give the number: optout add NUMBER [--reason TEXT].</source>
        <translation>Geben Sie die Nummer an: optout add NUMBER [--reason TEXT].</translation>
    </message>
    <message>
        <source>Opted out %1: no campaign or send will reach it.</source>
        <translation>%1 abgemeldet: Keine Kampagne und kein Einzelversand erreicht diese Nummer.</translation>
    </message>
    <message>
        <source>%1 was already opted out (since %2).</source>
        <translation>%1 war bereits abgemeldet (seit %2).</translation>
    </message>
    <message>
        <source>Give the number: optout remove NUMBER.</source>
        <translation>Geben Sie die Nummer an: optout remove NUMBER.</translation>
    </message>
    <message>
        <source>Removed the opt-out of %1.</source>
        <translation>Abmeldung von %1 entfernt.</translation>
    </message>
    <message>
        <source>No opt-outs. Add one with: smsrouter-cli optout add NUMBER --reason TEXT</source>
        <translation>Keine Abmeldungen. Fügen Sie eine hinzu mit: smsrouter-cli optout add NUMBER --reason TEXT</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>HINZUGEFÜGT</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>Give one file: optout import FILE.</source>
        <translation>Geben Sie genau eine Datei an: optout import FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Opted out %n number(s) from %1 (column “%2”); %3 already were.</source>
        <translation>
            <numerusform>%n Nummer aus %1 abgemeldet (Spalte „%2“); %3 waren bereits abgemeldet.</numerusform>
            <numerusform>%n Nummern aus %1 abgemeldet (Spalte „%2“); %3 waren bereits abgemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped.</source>
        <translation>
            <numerusform>%n Zeile übersprungen.</numerusform>
            <numerusform>%n Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt a number out: no campaign or send reaches it.</source>
        <translation>Eine Nummer abmelden: Keine Kampagne und kein Einzelversand erreicht sie.</translation>
    </message>
    <message>
        <source>Why (kept with the number).</source>
        <translation>Grund (wird mit der Nummer gespeichert).</translation>
    </message>
    <message>
        <source>Remove a number&apos;s opt-out.</source>
        <translation>Die Abmeldung einer Nummer entfernen.</translation>
    </message>
    <message>
        <source>List opted-out numbers.</source>
        <translation>Abgemeldete Nummern auflisten.</translation>
    </message>
    <message>
        <source>Opt out every number of a CSV file (bad lines are listed and skipped).</source>
        <translation>Alle Nummern einer CSV-Datei abmelden (fehlerhafte Zeilen werden aufgeführt und übersprungen).</translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <source>Add an opt-out</source>
        <translation>Abmeldung hinzufügen</translation>
    </message>
    <message>
        <source>+351 912 345 678, or a national number</source>
        <translation>+351 912 345 678 oder eine nationale Nummer</translation>
    </message>
    <message>
        <source>Replied STOP on 3 March</source>
        <translation>Hat am 3. März mit STOP geantwortet</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Numbers without +country are read as %1 numbers (Settings → Default region).</source>
        <translation>Nummern ohne +Ländervorwahl werden als Nummern aus %1 interpretiert (Einstellungen → Standardregion).</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt…</translation>
    </message>
    <message>
        <source>%1 is opted out: it will not receive messages.</source>
        <translation>%1 ist abgemeldet: Diese Nummer erhält keine Nachrichten.</translation>
    </message>
    <message>
        <source>%1 was already opted out.</source>
        <translation>%1 war bereits abgemeldet.</translation>
    </message>
</context>
<context>
    <name>OptOutImportJob</name>
    <message>
        <source>The import did not run.</source>
        <translation>Der Import wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The import has not run.</source>
        <translation>Der Import wurde noch nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>OptOutRepository</name>
    <message>
        <source>The store could not prepare a query: %1</source>
        <translation>Die Datenbank konnte eine Abfrage nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>The store refused a change: %1</source>
        <translation>Die Datenbank hat eine Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The store could not look up opt-outs: %1</source>
        <translation>Die Datenbank konnte die Abmeldungen nicht abfragen: %1</translation>
    </message>
    <message>
        <source>The store could not prepare the import&apos;s inserts: %1</source>
        <translation>Die Datenbank konnte die Einfügevorgänge des Imports nicht vorbereiten: %1</translation>
    </message>
</context>
<context>
    <name>OptOutService</name>
    <message>
        <source>“%1” is not a region with phone numbers; use a two-letter ISO 3166 code such as GB, PT or US.</source>
        <translation>„%1“ ist keine Region mit Rufnummern; verwenden Sie einen ISO-3166-Code aus zwei Buchstaben wie GB, PT oder US.</translation>
    </message>
    <message>
        <source>%1 is not opted out; nothing to remove.</source>
        <translation>%1 ist nicht abgemeldet; es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) of the file are longer than E.164 allows; nothing was imported.</source>
        <translation>
            <numerusform>%n Nummer der Datei ist länger, als E.164 erlaubt; es wurde nichts importiert.</numerusform>
            <numerusform>%n Nummern der Datei sind länger, als E.164 erlaubt; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 was removed while it ran (another program took it for abandoned). Import the file again.</source>
        <translation>Import %1 wurde während der Ausführung entfernt (ein anderes Programm hielt ihn für abgebrochen). Importieren Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>OptOutTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message>
        <source>Filter numbers and reasons (Ctrl+F)</source>
        <translation>Nummern und Gründe filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Numbers that never receive messages: campaign imports reject them, and the dispatcher checks again just before sending.</source>
        <translation>Nummern, die nie Nachrichten erhalten: Kampagnenimporte lehnen sie ab, und der Versanddienst prüft unmittelbar vor dem Senden erneut.</translation>
    </message>
    <message>
        <source>Add number…</source>
        <translation>Nummer hinzufügen…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add every number of a CSV file (a column of numbers; a “reason” column is kept).</source>
        <translation>Alle Nummern einer CSV-Datei hinzufügen (eine Spalte mit Nummern; eine Spalte „reason“ wird übernommen).</translation>
    </message>
    <message>
        <source>No opt-outs yet. A number you add here never receives a message, from a campaign or from Compose. Numbers without +country are read in the default region.</source>
        <translation>Noch keine Abmeldungen. Eine Nummer, die Sie hier hinzufügen, erhält nie eine Nachricht – weder aus einer Kampagne noch über „Verfassen“. Nummern ohne +Ländervorwahl gelten als Nummern der Standardregion.</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Liste importieren…</translation>
    </message>
    <message>
        <source>Remove the selected numbers (Delete): they can receive messages again.</source>
        <translation>Die ausgewählten Nummern entfernen (Entf); sie können danach wieder Nachrichten erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) opted out</source>
        <translation>
            <numerusform>%Ln Nummer abgemeldet</numerusform>
            <numerusform>%Ln Nummern abgemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n…</source>
        <translation>
            <numerusform>%n entfernen…</numerusform>
            <numerusform>%n entfernen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln row(s) from %1: %2 added, %3 already opted out</source>
        <translation>
            <numerusform>%Ln Zeile aus %1 gelesen: %2 hinzugefügt, %3 bereits abgemeldet</numerusform>
            <numerusform>%Ln Zeilen aus %1 gelesen: %2 hinzugefügt, %3 bereits abgemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln line(s) could not be read as a number</source>
        <translation>
            <numerusform>; %Ln Zeile konnte nicht als Nummer gelesen werden</numerusform>
            <numerusform>; %Ln Zeilen konnten nicht als Nummer gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: “%2” — %3</source>
        <translation>Zeile %1: „%2“ – %3</translation>
    </message>
    <message>
        <source>Importing opt-outs from %1…</source>
        <translation>Abmeldungen werden aus %1 importiert…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Import opt-outs</source>
        <translation>Abmeldungen importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Opt-outs imported</source>
        <translation>Abmeldungen importiert</translation>
    </message>
    <message>
        <source>Fix these lines in the file and import it again; numbers already added are skipped.</source>
        <translation>Korrigieren Sie diese Zeilen in der Datei und importieren Sie die Datei erneut; bereits hinzugefügte Nummern werden übersprungen.</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remove %1 from the opt-outs? It can receive messages again.</source>
        <translation>%1 aus der Abmeldeliste entfernen? Die Nummer kann dann wieder Nachrichten erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln numbers from the opt-outs? They can receive messages again.</source>
        <translation>
            <numerusform>%Ln Nummer aus der Abmeldeliste entfernen? Diese kann dann wieder Nachrichten erhalten.</numerusform>
            <numerusform>%Ln Nummern aus der Abmeldeliste entfernen? Diese können dann wieder Nachrichten erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln number(s) from the opt-outs.</source>
        <translation>
            <numerusform>%Ln Nummer aus der Abmeldeliste entfernt.</numerusform>
            <numerusform>%Ln Nummern aus der Abmeldeliste entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove opt-outs</source>
        <translation>Abmeldungen entfernen</translation>
    </message>
</context>
<context>
    <name>PhoneColumn</name>
    <message numerus="yes">
        <source>--phone-column %1: the file has %n column(s); give a number from 1 to %n or a column name (%2).</source>
        <translation>
            <numerusform>--phone-column %1: Die Datei hat %n Spalte; geben Sie eine Zahl von 1 bis %n oder einen Spaltennamen an (%2).</numerusform>
            <numerusform>--phone-column %1: Die Datei hat %n Spalten; geben Sie eine Zahl von 1 bis %n oder einen Spaltennamen an (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no column “%1”. Its columns are: %2. Give one of these names, or the column&apos;s number (1 for the first).</source>
        <translation>Die Datei hat keine Spalte „%1“. Vorhandene Spalten: %2. Geben Sie einen dieser Namen an oder die Nummer der Spalte (1 für die erste).</translation>
    </message>
</context>
<context>
    <name>PlainHttpClient</name>
    <message>
        <source>No answer in time</source>
        <translation>Keine Antwort in der vorgesehenen Zeit</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>any time</source>
        <translation>beliebig</translation>
    </message>
</context>
<context>
    <name>RateCardFile</name>
    <message>
        <source>Line %1 </source>
        <extracomment>How the CSV reader&apos;s messages begin (“Line %1 has …”), with the space after the number.</extracomment>
        <translation>Zeile %1 </translation>
    </message>
    <message>
        <source>This line </source>
        <extracomment>Replaces “Line 7 ” at the start of the CSV reader&apos;s messages.</extracomment>
        <translation>Diese Zeile </translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free space and the folder&apos;s permissions.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>RateCardImporter</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>prefix or country, carrier, priority, weight, cost, enabled</source>
        <extracomment>The column names stay in English: they are the file&apos;s headers.</extracomment>
        <translation>prefix oder country, carrier, priority, weight, cost, enabled</translation>
    </message>
    <message>
        <source>“%1” is not a rate-card column; the columns are %2.</source>
        <translation>„%1“ ist keine Spalte einer Tarifliste; die Spalten sind %2.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>Die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>A rate card needs a “prefix” or a “country” column (or both); the columns are %1.</source>
        <translation>Eine Tarifliste benötigt eine Spalte „prefix“ oder „country“ (oder beide); die Spalten sind %1.</translation>
    </message>
    <message>
        <source>A rate card needs a “carrier” column.</source>
        <translation>Eine Tarifliste benötigt eine Spalte „carrier“.</translation>
    </message>
    <message>
        <source>A rate card needs a “cost” column (price per segment).</source>
        <translation>Eine Tarifliste benötigt eine Spalte „cost“ (Preis pro Segment).</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1; check for a missing or extra delimiter.</source>
        <translation>
            <numerusform>%n Feld, aber die Kopfzeile hat %1; prüfen Sie, ob ein Trennzeichen fehlt oder zu viel ist.</numerusform>
            <numerusform>%n Felder, aber die Kopfzeile hat %1; prüfen Sie, ob ein Trennzeichen fehlt oder zu viel ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a prefix or a country (or * for the default rule).</source>
        <translation>Geben Sie ein Präfix oder ein Land an (oder * für die Standardregel).</translation>
    </message>
    <message>
        <source>Give either a prefix (%1) or a country (%2), not both.</source>
        <translation>Geben Sie entweder ein Präfix (%1) oder ein Land (%2) an, nicht beides.</translation>
    </message>
    <message>
        <source>Give the carrier&apos;s name.</source>
        <translation>Geben Sie den Namen des Netzbetreibers an.</translation>
    </message>
    <message>
        <source>There is no carrier named “%1”; add it first or correct the name.</source>
        <translation>Es gibt keinen Netzbetreiber namens „%1“; fügen Sie ihn zuerst hinzu oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <source>The %1 “%2” is not a whole number.</source>
        <extracomment>%1 is the column&apos;s name in the file (priority or weight), which stays in English.</extracomment>
        <translation>Der Wert „%2“ in der Spalte %1 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Give the cost per segment (e.g. 0.021).</source>
        <translation>Geben Sie die Kosten pro Segment an (z. B. 0.021).</translation>
    </message>
    <message>
        <source>“enabled” is “%1”; write yes or no.</source>
        <translation>„enabled“ ist „%1“; schreiben Sie yes oder no.</translation>
    </message>
    <message>
        <source>The same rule as line %1 (%2, carrier “%3”); keep one of them.</source>
        <translation>Dieselbe Regel wie in Zeile %1 (%2, Netzbetreiber „%3“); behalten Sie nur eine davon.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) added, %1 updated, %2 unchanged.</source>
        <translation>
            <numerusform>%n Regel hinzugefügt, %1 aktualisiert, %2 unverändert.</numerusform>
            <numerusform>%n Regeln hinzugefügt, %1 aktualisiert, %2 unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>Found in Restcomm as %1 (status %2): it was accepted, so it is not sent again.</source>
        <translation>In Restcomm als %1 gefunden (Status %2): Die Nachricht wurde angenommen und wird daher nicht erneut gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Restcomm lists more than %n message(s) to %1 since %2, too many to tell whether this one arrived. Check the carrier&apos;s Restcomm log, then Requeue… or Mark as sent… in the Delivery log.</source>
        <translation>
            <numerusform>Restcomm führt seit %2 mehr als %n Nachricht an %1 auf – zu viele, um festzustellen, ob diese angekommen ist. Prüfen Sie das Restcomm-Protokoll des Netzbetreibers, und verwenden Sie dann im Zustellprotokoll „Erneut einreihen…“ oder „Als gesendet markieren…“.</numerusform>
            <numerusform>Restcomm führt seit %2 mehr als %n Nachrichten an %1 auf – zu viele, um festzustellen, ob diese angekommen ist. Prüfen Sie das Restcomm-Protokoll des Netzbetreibers, und verwenden Sie dann im Zustellprotokoll „Erneut einreihen…“ oder „Als gesendet markieren…“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer could be had for any of its %n attempt(s), and Restcomm has no record of it: not sent, and not tried again.</source>
        <translation>
            <numerusform>Auf %n Versuch kam keine Antwort, und Restcomm hat keinen Eintrag dazu: nicht gesendet und nicht erneut versucht.</numerusform>
            <numerusform>Auf keinen der %n Versuche kam eine Antwort, und Restcomm hat keinen Eintrag dazu: nicht gesendet und nicht erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restcomm has no record of it %1 s after the request ended, so it is queued to be sent again.</source>
        <translation>Auch %1 s nach Ende der Anfrage hat Restcomm keinen Eintrag dazu; die Nachricht wird daher erneut zum Senden eingereiht.</translation>
    </message>
</context>
<context>
    <name>RegionQuestion</name>
    <message>
        <source>Use this country</source>
        <translation>Dieses Land verwenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which country are most of your numbers in?&lt;/b&gt; Numbers written without a country code are read as numbers of that country (you can change it in Settings).</source>
        <translation>&lt;b&gt;In welchem Land sind die meisten Ihrer Nummern?&lt;/b&gt; Nummern, die ohne Ländervorwahl geschrieben sind, werden als Nummern dieses Landes interpretiert (Sie können das in den Einstellungen ändern).</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Land auswählen…</translation>
    </message>
</context>
<context>
    <name>RejectsExporter</name>
    <message>
        <source>There is no campaign %1 (was it removed?); the campaign list shows the ids.</source>
        <translation>Es gibt keine Kampagne %1 (wurde sie entfernt?); die Kampagnenliste zeigt die IDs.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ReplyProcessor</name>
    <message>
        <source>Queued for %1: confirms the %2 reply of %3</source>
        <translation>In der Warteschlange für %1: bestätigt die %2-Antwort von %3</translation>
    </message>
</context>
<context>
    <name>RestcommClient</name>
    <message>
        <source>The e-mail address %1 is already used by another Restcomm account (HTTP 409). Choose another address.</source>
        <translation>Die E-Mail-Adresse %1 wird bereits von einem anderen Restcomm-Konto verwendet (HTTP 409). Wählen Sie eine andere Adresse.</translation>
    </message>
    <message>
        <source>Restcomm refused the new account (HTTP 400: %1). Use a valid e-mail address and a stronger password (letters, digits and symbols); Restcomm also allows at most three levels of accounts.</source>
        <translation>Restcomm hat das neue Konto abgelehnt (HTTP 400: %1). Verwenden Sie eine gültige E-Mail-Adresse und ein stärkeres Passwort (Buchstaben, Ziffern und Sonderzeichen); Restcomm erlaubt außerdem höchstens drei Kontoebenen.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The account of carrier “%1” may not create sub-accounts (HTTP 403). Use an account with the Administrator role as the parent.</source>
        <translation>Das Konto des Netzbetreibers „%1“ darf keine Unterkonten anlegen (HTTP 403). Verwenden Sie als übergeordnetes Konto eines mit der Rolle „Administrator“.</translation>
    </message>
</context>
<context>
    <name>RestcommParser</name>
    <message>
        <source>Restcomm answered with something that is not the expected %1 JSON (%2).</source>
        <translation>Die Antwort von Restcomm ist nicht das erwartete JSON für %1 (%2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>message</source>
        <translation>eine Nachricht</translation>
    </message>
    <message>
        <source>Restcomm&apos;s answer has no message SID.</source>
        <translation>Die Antwort von Restcomm enthält keine Nachrichten-SID.</translation>
    </message>
    <message>
        <source>message list</source>
        <translation>eine Nachrichtenliste</translation>
    </message>
    <message>
        <source>account</source>
        <translation>ein Konto</translation>
    </message>
    <message>
        <source>Restcomm&apos;s answer has no account SID.</source>
        <translation>Die Antwort von Restcomm enthält keine Konto-SID.</translation>
    </message>
    <message>
        <source>; the message was not sent</source>
        <translation>; die Nachricht wurde nicht gesendet</translation>
    </message>
    <message>
        <source>this carrier</source>
        <translation>diesem Netzbetreiber</translation>
    </message>
    <message>
        <source>carrier “%1”</source>
        <translation>Netzbetreiber „%1“</translation>
    </message>
    <message>
        <source>Restcomm refused the message as too large (HTTP 413). Shorten it; it is not retried.</source>
        <translation>Restcomm hat die Nachricht als zu groß abgelehnt (HTTP 413). Kürzen Sie sie; sie wird nicht erneut versucht.</translation>
    </message>
    <message>
        <source>Restcomm refused the message (HTTP 400: %1). Correct it; it is not retried.</source>
        <translation>Restcomm hat die Nachricht abgelehnt (HTTP 400: %1). Korrigieren Sie sie; sie wird nicht erneut versucht.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Restcomm refused the credentials (HTTP 401). Check the Account SID and token of %1.</source>
        <translation>Restcomm hat die Zugangsdaten abgelehnt (HTTP 401). Prüfen Sie die Account SID und das Token von %1.</translation>
    </message>
    <message>
        <source>Restcomm&apos;s sending limit for %1 is reached (HTTP 403 SMS_LIMIT_EXCEEDED); sending resumes later.</source>
        <translation>Das Sendelimit von Restcomm bei %1 ist erreicht (HTTP 403 SMS_LIMIT_EXCEEDED); der Versand wird später fortgesetzt.</translation>
    </message>
    <message>
        <source>The Restcomm account of %1 is not active (HTTP 403). Reactivate it in Restcomm, or disable the carrier.</source>
        <translation>Das Restcomm-Konto von %1 ist nicht aktiv (HTTP 403). Reaktivieren Sie es in Restcomm, oder deaktivieren Sie den Netzbetreiber.</translation>
    </message>
    <message>
        <source>Restcomm refused the request (HTTP 403): the account of %1 may not send SMS, or the Account SID belongs to another account tree. Check its role and SID.</source>
        <translation>Restcomm hat die Anfrage abgelehnt (HTTP 403): Das Konto von %1 darf keine SMS senden, oder die Account SID gehört zu einem anderen Kontobaum. Prüfen Sie die Rolle und die SID des Kontos.</translation>
    </message>
    <message>
        <source>Restcomm does not know this address (HTTP 404). Check the base URL and Account SID of %1.</source>
        <translation>Restcomm kennt diese Adresse nicht (HTTP 404). Prüfen Sie die Basis-URL und die Account SID von %1.</translation>
    </message>
    <message>
        <source>Restcomm asked %1 to slow down (HTTP %2)%3.</source>
        <translation>Restcomm verlangt von %1 langsameres Senden (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>; retrying after %1 s</source>
        <translation>; neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>Restcomm failed while handling the request (HTTP %1: %2).</source>
        <translation>Bei Restcomm ist während der Bearbeitung der Anfrage ein Fehler aufgetreten (HTTP %1: %2).</translation>
    </message>
    <message>
        <source> It may or may not have accepted the message; it is looked up before any resend.</source>
        <translation> Die Nachricht wurde möglicherweise angenommen; vor jedem erneuten Senden wird das nachgeprüft.</translation>
    </message>
    <message>
        <source> Try again in a moment.</source>
        <translation> Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Restcomm answered HTTP %1, which this program does not expect for %2 (%3). Check the carrier&apos;s base URL.</source>
        <translation>Restcomm hat mit HTTP %1 geantwortet, was dieses Programm bei %2 nicht erwartet (%3). Prüfen Sie die Basis-URL des Netzbetreibers.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2)%3. If the carrier uses its own certificate authority, set its CA file.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen (%2)%3. Wenn der Netzbetreiber eine eigene Zertifizierungsstelle verwendet, legen Sie deren CA-Datei fest.</translation>
    </message>
    <message>
        <source>Nothing answers at the address of %1 (connection refused)%2. Check its base URL.</source>
        <translation>Unter der Adresse von %1 antwortet nichts (Verbindung abgelehnt)%2. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The host of %1 was not found%2. Check its base URL and this computer&apos;s network.</source>
        <translation>Der Host von %1 wurde nicht gefunden%2. Prüfen Sie die Basis-URL und das Netzwerk dieses Computers.</translation>
    </message>
    <message>
        <source>after the request was sent</source>
        <translation>nachdem die Anfrage gesendet wurde</translation>
    </message>
    <message>
        <source>while the request was on its way</source>
        <translation>während die Anfrage unterwegs war</translation>
    </message>
    <message>
        <source> Restcomm may have accepted the message; it is looked up before any resend.</source>
        <translation> Restcomm hat die Nachricht möglicherweise angenommen; vor jedem erneuten Senden wird das nachgeprüft.</translation>
    </message>
    <message>
        <source>No answer from %1 in time (%2).</source>
        <translation>Keine rechtzeitige Antwort von %1 (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 broke %2 (%3).</source>
        <translation>Die Verbindung zu %1 ist abgebrochen, %2 (%3).</translation>
    </message>
</context>
<context>
    <name>RestcommRequests</name>
    <message>
        <source>The CA file %1 cannot be read (%2).</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Refusing to send to %1 over %2: only https:// is allowed, and http:// only to this computer. Fix the base URL of carrier “%3”.</source>
        <translation>Senden an %1 über %2 verweigert: Nur https:// ist erlaubt, http:// nur zu diesem Computer. Korrigieren Sie die Basis-URL von Netzbetreiber „%3“.</translation>
    </message>
    <message>
        <source>an unknown scheme</source>
        <translation>ein unbekanntes Schema</translation>
    </message>
</context>
<context>
    <name>RouteIndex</name>
    <message>
        <source>“%1” is not an E.164 number: write “+”, the country code and the number, at most 15 digits.</source>
        <translation>„%1“ ist keine E.164-Nummer: Schreiben Sie „+“, die Ländervorwahl und die Nummer, höchstens 15 Ziffern.</translation>
    </message>
    <message>
        <source>disabled</source>
        <extracomment>Why a carrier was skipped: it is switched off.</extracomment>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>no country rule for %1</source>
        <translation>keine Länderregel für %1</translation>
    </message>
    <message>
        <source>no region for a country rule</source>
        <translation>keine Region für eine Länderregel</translation>
    </message>
    <message>
        <source>%1 is unroutable: no enabled rule matches it (no prefix rule for its digits, %2, no default rule); add a prefix, country or default rule that covers it.</source>
        <translation>%1 ist nicht routbar: Keine aktivierte Regel trifft auf sie zu (keine Präfixregel für ihre Ziffern, %2, keine Standardregel); fügen Sie eine Präfix-, Länder- oder Standardregel hinzu, die sie abdeckt.</translation>
    </message>
    <message>
        <source>%1 is unroutable: no carrier that its rules name can take it — %2. Enable a carrier or add a rule for another one.</source>
        <translation>%1 ist nicht routbar: Kein Netzbetreiber, den ihre Regeln nennen, kann sie übernehmen – %2. Aktivieren Sie einen Netzbetreiber oder fügen Sie eine Regel für einen anderen hinzu.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 (priority %4, %5/segment</source>
        <extracomment>Followed by “, picked by weight …” and a closing parenthesis.</extracomment>
        <translation>%1 → %2: %3 (Priorität %4, %5/Segment</translation>
    </message>
    <message>
        <source>, picked by weight %1 of %2</source>
        <translation>, gewählt nach Gewichtung %1 von %2</translation>
    </message>
    <message>
        <source>; fallbacks: </source>
        <translation>; Ausweichrouten: </translation>
    </message>
    <message>
        <source>; skipped </source>
        <translation>; übersprungen </translation>
    </message>
</context>
<context>
    <name>RoutePreviewModel</name>
    <message>
        <source>not a valid number</source>
        <translation>keine gültige Nummer</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>doppelt aufgeführt</translation>
    </message>
    <message>
        <source>no rule routes it</source>
        <translation>keine passende Regel</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Not sent because</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>RouteTester</name>
    <message>
        <source>Test a number</source>
        <translation>Nummer testen</translation>
    </message>
    <message>
        <source>Type a number, e.g. %1</source>
        <translation>Geben Sie eine Nummer ein, z. B. %1</translation>
    </message>
    <message>
        <source>Where a number written without +country code is read.</source>
        <translation>Für welche Region eine Nummer ohne +Ländervorwahl gilt.</translation>
    </message>
    <message>
        <source>read in:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Cost/segment</source>
        <translation>Kosten/Segment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Default region (none)</source>
        <translation>Standardregion (keine)</translation>
    </message>
    <message>
        <source>Default region (%1)</source>
        <translation>Standardregion (%1)</translation>
    </message>
    <message>
        <source>Type a number to see which carrier it goes to, which rule chose it, and why other carriers were skipped.</source>
        <translation>Geben Sie eine Nummer ein, um zu sehen, an welchen Netzbetreiber sie geht, welche Regel ihn gewählt hat und warum andere Netzbetreiber übersprungen wurden.</translation>
    </message>
    <message>
        <source>Read as %1 · %2 · %3</source>
        <translation>Interpretiert als %1 · %2 · %3</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>Ausweichroute</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>RoutingCommands</name>
    <message>
        <source>Match numbers starting with these E.164 digits, country code first (447).</source>
        <translation>Nummern zuordnen, die mit diesen E.164-Ziffern beginnen, Ländervorwahl zuerst (447).</translation>
    </message>
    <message>
        <source>Match numbers of this region, as libphonenumber reports it (GB, GG, US).</source>
        <translation>Nummern dieser Region zuordnen, wie libphonenumber sie meldet (GB, GG, US).</translation>
    </message>
    <message>
        <source>Match every number no other rule matches.</source>
        <translation>Jede Nummer zuordnen, auf die keine andere Regel zutrifft.</translation>
    </message>
    <message>
        <source>The carrier that terminates them.</source>
        <translation>Der Netzbetreiber, der sie terminiert.</translation>
    </message>
    <message>
        <source>1 is tried first (default 1).</source>
        <translation>1 wird zuerst versucht (Standard: 1).</translation>
    </message>
    <message>
        <source>Share of traffic among rules of equal priority and cost (default 1).</source>
        <translation>Anteil am Verkehr unter Regeln gleicher Priorität und gleicher Kosten (Standard: 1).</translation>
    </message>
    <message>
        <source>Price per segment, e.g. 0.021 (default 0).</source>
        <translation>Preis pro Segment, z. B. 0.021 (Standard: 0).</translation>
    </message>
    <message>
        <source>Keep the rule but do not route with it.</source>
        <translation>Die Regel behalten, aber nicht für das Routing verwenden.</translation>
    </message>
    <message>
        <source>rule add takes no arguments besides its options.</source>
        <translation>rule add akzeptiert außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>Give exactly one of --prefix DIGITS, --country ISO2 or --default.</source>
        <translation>Geben Sie genau eine der Optionen --prefix DIGITS, --country ISO2 oder --default an.</translation>
    </message>
    <message>
        <source>--carrier NAME is required.</source>
        <translation>--carrier NAME ist erforderlich.</translation>
    </message>
    <message>
        <source>--priority takes a whole number, 1 for first.</source>
        <translation>--priority erwartet eine ganze Zahl (1 = zuerst).</translation>
    </message>
    <message>
        <source>--weight takes a whole number.</source>
        <translation>--weight erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Added rule #%1: %2 → %3 (priority %4, weight %5, %6/segment).</source>
        <translation>Regel #%1 hinzugefügt: %2 → %3 (Priorität %4, Gewichtung %5, %6/Segment).</translation>
    </message>
    <message>
        <source>Added rule #%1: %2 → %3 (priority %4, weight %5, %6/segment, disabled).</source>
        <translation>Regel #%1 hinzugefügt: %2 → %3 (Priorität %4, Gewichtung %5, %6/Segment, deaktiviert).</translation>
    </message>
    <message>
        <source>No rules yet. Add one with: smsrouter-cli rule add --prefix 447 --carrier NAME --cost 0.021</source>
        <translation>Noch keine Regeln. Fügen Sie eine hinzu mit: smsrouter-cli rule add --prefix 447 --carrier NAME --cost 0.021</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>KRITERIUM</translation>
    </message>
    <message>
        <source>CARRIER</source>
        <translation>NETZBETREIBER</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÄT</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>GEWICHTUNG</translation>
    </message>
    <message>
        <source>COST/%1</source>
        <translation>KOSTEN/%1</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>AKTIVIERT</translation>
    </message>
    <message>
        <source>Give the rule&apos;s id: rule remove ID (`rule list` shows the ids).</source>
        <translation>Geben Sie die ID der Regel an: rule remove ID (`rule list` zeigt die IDs).</translation>
    </message>
    <message>
        <source>Removed rule #%1 (%2 → %3).</source>
        <translation>Regel #%1 entfernt (%2 → %3).</translation>
    </message>
    <message>
        <source>Give the number: route NUMBER [--region ISO2].</source>
        <translation>Geben Sie die Nummer an: route NUMBER [--region ISO2].</translation>
    </message>
    <message>
        <source>--region “%1” is not a region with phone numbers; use a two-letter ISO 3166 code such as GB, PT or US.</source>
        <translation>--region „%1“ ist keine Region mit Rufnummern; verwenden Sie einen ISO-3166-Code aus zwei Buchstaben wie GB, PT oder US.</translation>
    </message>
    <message>
        <source>Number: %1, %2, %3</source>
        <translation>Nummer: %1, %2, %3</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>Ausweichroute</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported (%n problem(s)).</source>
        <translation>
            <numerusform>es wurde nichts importiert (%n Problem).</numerusform>
            <numerusform>es wurde nichts importiert (%n Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the file: import carriers-json FILE.</source>
        <translation>Geben Sie die Datei an: import carriers-json FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3:</source>
        <translation>%1 und %2 aus %3 importiert:</translation>
    </message>
    <message numerus="yes">
        <source>%n carrier(s)</source>
        <translation>
            <numerusform>%n Netzbetreiber</numerusform>
            <numerusform>%n Netzbetreiber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country rule(s)</source>
        <translation>
            <numerusform>%n Länderregel</numerusform>
            <numerusform>%n Länderregeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the file: import rates-csv FILE.</source>
        <translation>Geben Sie die Datei an: import rates-csv FILE.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message>
        <source>Give at most one file: export rates-csv [FILE] (standard output without one).</source>
        <translation>Geben Sie höchstens eine Datei an: export rates-csv [FILE] (ohne Datei die Standardausgabe).</translation>
    </message>
    <message>
        <source>Without FILE the rate card itself goes to standard output; drop --json, or use `rule list --json` for the rules as JSON.</source>
        <translation>Ohne FILE wird die Tarifliste selbst in die Standardausgabe geschrieben; lassen Sie --json weg, oder verwenden Sie `rule list --json` für die Regeln als JSON.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>%n Regel nach %1 exportiert.</numerusform>
            <numerusform>%n Regeln nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a routing rule (--prefix DIGITS | --country ISO2 | --default) --carrier NAME.</source>
        <translation>Eine Routing-Regel hinzufügen (--prefix DIGITS | --country ISO2 | --default) --carrier NAME.</translation>
    </message>
    <message>
        <source>List the routing rules.</source>
        <translation>Die Routing-Regeln auflisten.</translation>
    </message>
    <message>
        <source>Remove a routing rule.</source>
        <translation>Eine Routing-Regel entfernen.</translation>
    </message>
    <message>
        <source>Show which carrier a number goes to, and why.</source>
        <translation>Anzeigen, an welchen Netzbetreiber eine Nummer geht und warum.</translation>
    </message>
    <message>
        <source>Read a number without +country in this region (else the store&apos;s default region).</source>
        <translation>Eine Nummer ohne +Ländervorwahl als Nummer dieser Region interpretieren (sonst gilt die Standardregion der Datenbank).</translation>
    </message>
    <message>
        <source>Import the tutorial&apos;s carriers.json: carriers, tokens and one country rule each.</source>
        <translation>Die carriers.json des Tutorials importieren: Netzbetreiber, Tokens und je eine Länderregel.</translation>
    </message>
    <message>
        <source>Import a rate card (prefix or country, carrier, priority, weight, cost): all or nothing.</source>
        <translation>Eine Tarifliste importieren (Präfix oder Land, Netzbetreiber, Priorität, Gewichtung, Kosten): alles oder nichts.</translation>
    </message>
    <message>
        <source>Write every rule as a rate card that `import rates-csv` reads back (stdout without FILE).</source>
        <translation>Alle Regeln als Tarifliste schreiben, die `import rates-csv` wieder einlesen kann (ohne FILE in die Standardausgabe).</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Choose a carrier</source>
        <translation>Netzbetreiber auswählen</translation>
    </message>
    <message>
        <source>1 is tried first; higher numbers are fallbacks.</source>
        <translation>1 wird zuerst versucht; höhere Zahlen sind Ausweichrouten.</translation>
    </message>
    <message>
        <source>Share of traffic among rules of equal priority and cost; 0 takes none while others can.</source>
        <translation>Anteil am Verkehr unter Regeln mit gleicher Priorität und gleichen Kosten; 0 erhält nichts, solange andere übernehmen können.</translation>
    </message>
    <message>
        <source>e.g. 0.021</source>
        <translation>z. B. 0,021</translation>
    </message>
    <message>
        <source>Route numbers with this rule</source>
        <translation>Nummern mit dieser Regel routen</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation>&amp;Netzbetreiber:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>%1/segment</source>
        <translation>%1/Segment</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Edit rule “%1”</source>
        <translation>Regel „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>digits, country code first: 447 for UK mobiles</source>
        <translation>Ziffern, Ländervorwahl zuerst: 447 für britische Mobilnummern</translation>
    </message>
    <message>
        <source>two-letter code or name: GB, Portugal, …</source>
        <translation>Code aus zwei Buchstaben oder Name: GB, Portugal, …</translation>
    </message>
    <message>
        <source>every number no other rule matches</source>
        <translation>jede Nummer, auf die keine andere Regel zutrifft</translation>
    </message>
    <message>
        <source>Numbers starting with +%1.</source>
        <translation>Nummern, die mit +%1 beginnen.</translation>
    </message>
    <message>
        <source>Every number of %1 (country code +%2), whatever its prefix.</source>
        <translation>Jede Nummer aus %1 (Ländervorwahl +%2), unabhängig vom Präfix.</translation>
    </message>
    <message>
        <source>Numbers no prefix or country rule matches.</source>
        <translation>Nummern, auf die keine Präfix- oder Länderregel zutrifft.</translation>
    </message>
    <message>
        <source>Enter the price of one segment, e.g. 0.021 (0 if it costs nothing).</source>
        <translation>Geben Sie den Preis eines Segments ein, z. B. 0,021 (0, wenn es nichts kostet).</translation>
    </message>
    <message>
        <source>“%1” is not a price.</source>
        <translation>„%1“ ist kein Preis.</translation>
    </message>
    <message>
        <source>This carrier is disabled: routing skips the rule until the carrier is enabled again.</source>
        <translation>Dieser Netzbetreiber ist deaktiviert: Das Routing überspringt die Regel, bis der Netzbetreiber wieder aktiviert ist.</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>Korrigieren Sie zuerst die oben markierten Felder.</translation>
    </message>
</context>
<context>
    <name>RuleRepository</name>
    <message>
        <source>Rule %1 does not exist.</source>
        <translation>Regel %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no rule %1; `smsrouter-cli rule list` shows the ids.</source>
        <translation>Es gibt keine Regel %1; `smsrouter-cli rule list` zeigt die IDs.</translation>
    </message>
</context>
<context>
    <name>RuleService</name>
    <message>
        <source>There is no rule %1; `smsrouter-cli rule list` shows the ids.</source>
        <translation>Es gibt keine Regel %1; `smsrouter-cli rule list` zeigt die IDs.</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: rule %2 does not exist.</source>
        <translation>%1: Regel %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1: the carrier already has this rule (#%2).</source>
        <translation>%1: Der Netzbetreiber hat diese Regel bereits (#%2).</translation>
    </message>
    <message>
        <source>%1: the same rule is given twice.</source>
        <translation>%1: Dieselbe Regel ist zweimal angegeben.</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>all other numbers</source>
        <translation>alle übrigen Nummern</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>This rule is disabled: routing skips it.</source>
        <translation>Diese Regel ist deaktiviert: Das Routing überspringt sie.</translation>
    </message>
    <message>
        <source>Carrier “%1” is disabled: routing skips this rule until the carrier is enabled again.</source>
        <translation>Netzbetreiber „%1“ ist deaktiviert: Das Routing überspringt diese Regel, bis der Netzbetreiber wieder aktiviert ist.</translation>
    </message>
    <message>
        <source>Numbers starting with +%1</source>
        <translation>Nummern, die mit +%1 beginnen</translation>
    </message>
    <message>
        <source>%1 %2 per segment</source>
        <translation>%1 %2 pro Segment</translation>
    </message>
    <message>
        <source>The prefix (E.164 digits, country code first) or the region the rule matches.</source>
        <translation>Das Präfix (E.164-Ziffern, Ländervorwahl zuerst) oder die Region, auf die die Regel zutrifft.</translation>
    </message>
    <message>
        <source>1 is tried first; higher numbers are fallbacks.</source>
        <translation>1 wird zuerst versucht; höhere Zahlen sind Ausweichrouten.</translation>
    </message>
    <message>
        <source>Share of traffic among rules of equal priority and cost.</source>
        <translation>Anteil am Verkehr unter Regeln gleicher Priorität und gleicher Kosten.</translation>
    </message>
    <message>
        <source>Price of one segment, in the store&apos;s currency.</source>
        <translation>Preis eines Segments, in der Währung der Datenbank.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>#%1 (missing)</source>
        <translation>#%1 (fehlt)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a rule&apos;s kind and value: Prefix 351</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RuleValidator</name>
    <message>
        <source>Enter the prefix: the first digits of the numbers, country code first (447 for UK mobiles, 351 for Portugal).</source>
        <translation>Geben Sie das Präfix ein: die ersten Ziffern der Nummern, Ländervorwahl zuerst (447 für britische Mobilnummern, 351 für Portugal).</translation>
    </message>
    <message>
        <source>A prefix holds digits only, country code first, without “+” (e.g. 447): “%1” has “%2”.</source>
        <translation>Ein Präfix enthält nur Ziffern, Ländervorwahl zuerst, ohne „+“ (z. B. 447): „%1“ enthält „%2“.</translation>
    </message>
    <message>
        <source>A prefix cannot start with 0: numbers are matched in international form, country code first (447…, not 07… or 0044…).</source>
        <translation>Ein Präfix kann nicht mit 0 beginnen: Nummern werden in internationaler Form verglichen, Ländervorwahl zuerst (447…, nicht 07… oder 0044…).</translation>
    </message>
    <message>
        <source>A prefix has at most 15 digits (the length of the longest E.164 number).</source>
        <translation>Ein Präfix hat höchstens 15 Ziffern (die Länge der längsten E.164-Nummer).</translation>
    </message>
    <message>
        <source>Enter the country as a two-letter ISO 3166 code (GB, PT, US, …).</source>
        <translation>Geben Sie das Land als ISO-3166-Code aus zwei Buchstaben ein (GB, PT, US, …).</translation>
    </message>
    <message>
        <source>Use the two-letter code: “%1” is %2.</source>
        <translation>Verwenden Sie den Code aus zwei Buchstaben: „%1“ ist %2.</translation>
    </message>
    <message>
        <source>“%1” is not a region with phone numbers; use a two-letter ISO 3166 code such as GB, PT or US.</source>
        <translation>„%1“ ist keine Region mit Rufnummern; verwenden Sie einen ISO-3166-Code aus zwei Buchstaben wie GB, PT oder US.</translation>
    </message>
    <message>
        <source>A default rule matches every number and takes no value.</source>
        <translation>Eine Standardregel trifft auf jede Nummer zu und hat keinen Wert.</translation>
    </message>
    <message>
        <source>Choose the carrier that terminates these numbers.</source>
        <translation>Wählen Sie den Netzbetreiber, der diese Nummern terminiert.</translation>
    </message>
    <message>
        <source>Carrier %1 no longer exists; choose another carrier.</source>
        <translation>Netzbetreiber %1 existiert nicht mehr; wählen Sie einen anderen Netzbetreiber.</translation>
    </message>
    <message>
        <source>Use a priority from 1 (tried first) to %1.</source>
        <translation>Verwenden Sie eine Priorität von 1 (wird zuerst versucht) bis %1.</translation>
    </message>
    <message>
        <source>Use a weight from 0 to %1; equal rules share traffic in proportion to their weights (0: only when the others cannot take it).</source>
        <translation>Verwenden Sie eine Gewichtung von 0 bis %1; gleichrangige Regeln teilen sich den Verkehr im Verhältnis ihrer Gewichtungen (0: nur, wenn die anderen ihn nicht übernehmen können).</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A price above %1 per segment is surely a typo; enter the price of one segment (e.g. 0.021).</source>
        <translation>Ein Preis über %1 pro Segment ist sicher ein Tippfehler; geben Sie den Preis eines Segments ein (z. B. 0,021).</translation>
    </message>
    <message>
        <source>Carrier “%1” already has a rule for %2 (#%3); change that rule instead.</source>
        <translation>Netzbetreiber „%1“ hat bereits eine Regel für %2 (#%3); ändern Sie stattdessen diese Regel.</translation>
    </message>
    <message>
        <source>“%1” is not a price; write the price of one segment as a number with up to six decimals, such as 0.021.</source>
        <translation>„%1“ ist kein Preis; schreiben Sie den Preis eines Segments als Zahl mit bis zu sechs Nachkommastellen, etwa 0,021.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Which carrier terminates which prefix or country, in what order and at what price. The longest matching prefix wins, then the country, then the default.</source>
        <translation>Welcher Netzbetreiber welches Präfix oder Land terminiert, in welcher Reihenfolge und zu welchem Preis. Das längste passende Präfix gewinnt, dann das Land, dann die Standardregel.</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Regel hinzufügen…</translation>
    </message>
    <message>
        <source>Add your first rule</source>
        <translation>Erste Regel hinzufügen</translation>
    </message>
    <message>
        <source>Filter rules (Ctrl+F)</source>
        <translation>Regeln filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Select a rule to see and change it.</source>
        <translation>Wählen Sie eine Regel aus, um sie zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>No rules yet. A rule sends the numbers of a prefix or a country to a carrier, in an order and at a price; a default rule takes every other number. You can also import a rate card from the File menu.</source>
        <translation>Noch keine Regeln. Eine Regel leitet die Nummern eines Präfixes oder Landes an einen Netzbetreiber weiter, in einer Reihenfolge und zu einem Preis; eine Standardregel übernimmt alle übrigen Nummern. Sie können auch über das Menü „Datei“ eine Tarifliste importieren.</translation>
    </message>
    <message>
        <source>No rules yet, and no carrier to send to: add a carrier on the Carriers page first. Then a rule says which numbers go to it, in what order and at what price.</source>
        <translation>Noch keine Regeln und kein Netzbetreiber, an den gesendet werden kann: Fügen Sie zuerst auf der Seite „Netzbetreiber“ einen Netzbetreiber hinzu. Danach legt eine Regel fest, welche Nummern an ihn gehen, in welcher Reihenfolge und zu welchem Preis.</translation>
    </message>
    <message>
        <source>Add a carrier first: a rule sends numbers to a carrier.</source>
        <translation>Fügen Sie zuerst einen Netzbetreiber hinzu: Eine Regel leitet Nummern an einen Netzbetreiber weiter.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Delete the rule “%1 → %2”? Numbers it matches go to the next matching rule, or are refused as unroutable when none matches. Messages already sent stay in the delivery log.</source>
        <translation>Die Regel „%1 → %2“ löschen? Nummern, auf die sie zutrifft, gehen an die nächste passende Regel oder werden als nicht routbar abgelehnt, wenn keine passt. Bereits gesendete Nachrichten bleiben im Zustellprotokoll.</translation>
    </message>
    <message>
        <source>Rule not deleted</source>
        <translation>Regel nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule campaign</source>
        <translation>Kampagne planen</translation>
    </message>
    <message>
        <source>“%1” starts by itself at this time, if SMS Router or a headless &lt;tt&gt;smsrouter-cli dispatch&lt;/tt&gt; is running then.</source>
        <translation>„%1“ startet zu diesem Zeitpunkt von selbst, sofern dann SMS Router oder ein &lt;tt&gt;smsrouter-cli dispatch&lt;/tt&gt; ohne Oberfläche läuft.</translation>
    </message>
    <message>
        <source>&amp;Start at:</source>
        <translation>Starten &amp;um:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Choose a time in the future, or start the campaign now.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft oder starten Sie die Kampagne jetzt.</translation>
    </message>
</context>
<context>
    <name>SecretBackend</name>
    <message>
        <source>database</source>
        <comment>where a token is kept (a short label)</comment>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>keychain</source>
        <comment>where a token is kept (a short label)</comment>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Tokens are never kept in a store on a PostgreSQL server: everyone who can read that database (its other users, its administrators, its backups) could read them and send through your carriers. Each operator keeps them in the system keychain of their own computer, and the store keeps only a reference. Choose the keychain (Settings → Keep tokens in, or --secret-store keychain).</source>
        <translation>Tokens werden nie in einer Datenbank auf einem PostgreSQL-Server gespeichert: Wer diese Datenbank lesen kann (ihre anderen Benutzer, ihre Administratoren, ihre Sicherungen), könnte sie lesen und damit über Ihre Netzbetreiber senden. Jeder Bediener speichert sie im Schlüsselbund des Systems auf seinem eigenen Computer, und die Datenbank enthält nur einen Verweis. Wählen Sie den Schlüsselbund („Einstellungen → Tokens speichern in“ oder --secret-store keychain).</translation>
    </message>
</context>
<context>
    <name>SendCommands</name>
    <message>
        <source>Message %1 to %2 via %3: %4</source>
        <translation>Nachricht %1 an %2 über %3: %4</translation>
    </message>
    <message>
        <source>Message %1 to %2: %3</source>
        <translation>Nachricht %1 an %2: %3</translation>
    </message>
    <message>
        <source>send needs --to NUMBER, --from SENDER and --body TEXT.</source>
        <translation>send benötigt --to NUMBER, --from SENDER und --body TEXT.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent; add --allow-repeat to send it again on purpose.</source>
        <translation>%1 Es wurde nichts gesendet; fügen Sie --allow-repeat hinzu, um den Text bewusst erneut zu senden.</translation>
    </message>
    <message>
        <source>the message is queued; %1</source>
        <translation>die Nachricht steht in der Warteschlange; %1</translation>
    </message>
    <message>
        <source>--campaign takes a campaign id (`smsrouter-cli campaign list`).</source>
        <translation>--campaign erwartet eine Kampagnen-ID (`smsrouter-cli campaign list`).</translation>
    </message>
    <message>
        <source>--max-seconds takes a number of seconds above 0.</source>
        <translation>--max-seconds erwartet eine Anzahl Sekunden größer als 0.</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds above 0.</source>
        <translation>--%1 erwartet eine Anzahl Sekunden größer als 0.</translation>
    </message>
    <message>
        <source>stopping; waiting for requests in flight…</source>
        <translation>wird beendet; Warten auf laufende Anfragen…</translation>
    </message>
    <message>
        <source>submitted %1, accepted %2, in flight %3</source>
        <translation>übermittelt %1, angenommen %2, laufend %3</translation>
    </message>
    <message>
        <source>The dispatcher did not start.</source>
        <translation>Der Versanddienst konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Dispatching from %1 until idle for at most %2 s.</source>
        <translation>Versand aus %1, bis nichts mehr zu tun ist, höchstens %2 s.</translation>
    </message>
    <message>
        <source>Dispatching from %1 until idle.</source>
        <translation>Versand aus %1, bis nichts mehr zu tun ist.</translation>
    </message>
    <message>
        <source>Dispatching from %1 for at most %2 s.</source>
        <translation>Versand aus %1 für höchstens %2 s.</translation>
    </message>
    <message>
        <source>Dispatching from %1.</source>
        <translation>Versand aus %1.</translation>
    </message>
    <message>
        <source>Stopped: submitted %1, accepted %2, nothing left to do.</source>
        <translation>Beendet: %1 übermittelt, %2 angenommen, nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>Stopped: submitted %1, accepted %2.</source>
        <translation>Beendet: %1 übermittelt, %2 angenommen.</translation>
    </message>
    <message>
        <source>“%1” is not a message state; use pending, queued, submitting, sent, delivered, undelivered, failed, unknown, rejected or cancelled.</source>
        <translation>„%1“ ist kein Nachrichtenstatus; verwenden Sie pending, queued, submitting, sent, delivered, undelivered, failed, unknown, rejected oder cancelled.</translation>
    </message>
    <message>
        <source>--limit takes a number above 0.</source>
        <translation>--limit erwartet eine Zahl größer als 0.</translation>
    </message>
    <message>
        <source>--format is table, csv or json.</source>
        <translation>--format erwartet table, csv oder json.</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>In die Standardausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>Keine passenden Nachrichten.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>EMPFÄNGER</translation>
    </message>
    <message>
        <source>CARRIER</source>
        <translation>NETZBETREIBER</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTE</translation>
    </message>
    <message>
        <source>PROVIDER SID</source>
        <translation>ANBIETER-SID</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Send one message (to one or more numbers) now, through the routing rules.</source>
        <translation>Eine Nachricht (an eine oder mehrere Nummern) jetzt senden, gemäß den Routing-Regeln.</translation>
    </message>
    <message>
        <source>Recipient(s), comma separated.</source>
        <translation>Empfänger, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Sender: a number or a name of up to 11 characters.</source>
        <translation>Absender: eine Nummer oder ein Name mit bis zu 11 Zeichen.</translation>
    </message>
    <message>
        <source>The text.</source>
        <translation>Der Text.</translation>
    </message>
    <message>
        <source>Use this carrier instead of the rules.</source>
        <translation>Diesen Netzbetreiber statt der Regeln verwenden.</translation>
    </message>
    <message>
        <source>Wait up to N seconds for the delivery report.</source>
        <translation>Bis zu N Sekunden auf den Zustellbericht warten.</translation>
    </message>
    <message>
        <source>Send even if the same text went to the same number from the same sender in the last 10 minutes.</source>
        <translation>Auch senden, wenn derselbe Text in den letzten 10 Minuten vom selben Absender an dieselbe Nummer ging.</translation>
    </message>
    <message>
        <source>Send queued messages, follow deliveries and settle unknown outcomes.</source>
        <translation>Nachrichten aus der Warteschlange senden, Zustellungen verfolgen und unbekannte Ergebnisse abgleichen.</translation>
    </message>
    <message>
        <source>Only this campaign.</source>
        <translation>Nur diese Kampagne.</translation>
    </message>
    <message>
        <source>Stop when nothing is left to send, settle or follow.</source>
        <translation>Beenden, wenn nichts mehr zu senden, abzugleichen oder zu verfolgen ist.</translation>
    </message>
    <message>
        <source>Stop after N seconds.</source>
        <translation>Nach N Sekunden beenden.</translation>
    </message>
    <message>
        <source>Give up waiting for Restcomm&apos;s answer after N seconds (default 30).</source>
        <translation>Nach N Sekunden nicht mehr auf die Antwort von Restcomm warten (Standard: 30).</translation>
    </message>
    <message>
        <source>Before resending a message whose outcome is unknown, wait this long after its request timed out for it to show up in Restcomm (default 30).</source>
        <translation>Vor dem erneuten Senden einer Nachricht mit unbekanntem Ergebnis so lange nach dem Timeout ihrer Anfrage warten, damit sie in Restcomm erscheinen kann (Standard: 30).</translation>
    </message>
    <message>
        <source>Show messages, newest first.</source>
        <translation>Nachrichten anzeigen, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only these states (comma separated).</source>
        <translation>Nur diese Status (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Numbers containing these digits.</source>
        <translation>Nummern, die diese Ziffern enthalten.</translation>
    </message>
    <message>
        <source>At most N messages (default 100).</source>
        <translation>Höchstens N Nachrichten (Standard: 100).</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>A dispatcher not heard from for N seconds is taken for dead: another one takes its messages over, looking up those it was sending before any resend (default 30).</source>
        <translation>Ein Versanddienst, von dem N Sekunden lang kein Lebenszeichen kommt, gilt als ausgefallen: Ein anderer übernimmt seine Nachrichten und prüft die, die er gerade sendete, vor jedem erneuten Senden nach (Standard: 30).</translation>
    </message>
</context>
<context>
    <name>SendService</name>
    <message>
        <source>Enter a sender: a number such as +15550001111, or a name of up to 11 letters and digits.</source>
        <translation>Geben Sie einen Absender ein: eine Nummer wie +15550001111 oder einen Namen aus bis zu 11 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>A sender name may have at most 11 characters (“%1” has %2).</source>
        <translation>Ein Absendername darf höchstens 11 Zeichen haben („%1“ hat %2).</translation>
    </message>
    <message>
        <source>“%1” is not a usable sender: use a number (3–15 digits, optionally with +) or a name of up to 11 plain letters, digits and spaces.</source>
        <translation>„%1“ ist kein verwendbarer Absender: Verwenden Sie eine Nummer (3–15 Ziffern, optional mit +) oder einen Namen aus bis zu 11 einfachen Buchstaben, Ziffern und Leerzeichen.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>Schreiben Sie den Nachrichtentext.</translation>
    </message>
    <message>
        <source>The text needs %1 segments; the limit is %2 (Settings → Longest message). Shorten it%3.</source>
        <translation>Der Text benötigt %1 Segmente; das Limit liegt bei %2 (Einstellungen → Längste Nachricht). Kürzen Sie ihn%3.</translation>
    </message>
    <message>
        <source> or replace the characters that force UCS-2</source>
        <translation> oder ersetzen Sie die Zeichen, die UCS-2 erzwingen</translation>
    </message>
    <message>
        <source>Enter at least one recipient number.</source>
        <translation>Geben Sie mindestens eine Empfängernummer ein.</translation>
    </message>
    <message>
        <source>Carrier “%1” is disabled; enable it or let the rules choose.</source>
        <translation>Netzbetreiber „%1“ ist deaktiviert; aktivieren Sie ihn oder lassen Sie die Regeln wählen.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 steht bereits in der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) have no country code and no default region is set: which country are they in? Set the default region, or write them with + and the country code.</source>
        <translation>
            <numerusform>%n Nummer hat keine Ländervorwahl, und es ist keine Standardregion festgelegt: In welchem Land liegt sie? Legen Sie die Standardregion fest oder schreiben Sie die Nummer mit + und der Ländervorwahl.</numerusform>
            <numerusform>%n Nummern haben keine Ländervorwahl, und es ist keine Standardregion festgelegt: In welchem Land liegen sie? Legen Sie die Standardregion fest oder schreiben Sie die Nummern mit + und der Ländervorwahl.</numerusform>
        </translation>
    </message>
    <message>
        <source>The opt-out list could not be read (%1), so nothing was sent. Try again; if it keeps failing, check the store file and its disk.</source>
        <translation>Die Abmeldeliste konnte nicht gelesen werden (%1), daher wurde nichts gesendet. Versuchen Sie es erneut; wenn der Fehler bestehen bleibt, prüfen Sie die Datenbankdatei und ihren Datenträger.</translation>
    </message>
    <message>
        <source>%1 is on the opt-out list.</source>
        <translation>%1 steht auf der Abmeldeliste.</translation>
    </message>
    <message>
        <source>Earlier sends could not be read (%1), so nothing was sent. Try again in a moment.</source>
        <translation>Frühere Sendevorgänge konnten nicht gelesen werden (%1), daher wurde nichts gesendet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>vor weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 sent this text from “%2” to %3 %4.</source>
        <translation>Nachricht %1 hat diesen Text %4 von „%2“ an %3 gesendet.</translation>
    </message>
    <message>
        <source>%1 of these numbers got this text from “%2” in the last 10 minutes (messages %3).</source>
        <translation>%1 dieser Nummern haben diesen Text in den letzten 10 Minuten von „%2“ erhalten (Nachrichten %3).</translation>
    </message>
    <message>
        <source> Nothing was sent, to avoid a double send.</source>
        <translation> Es wurde nichts gesendet, um einen doppelten Versand zu vermeiden.</translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Queued for %1, chosen by hand (%2)</source>
        <translation>Für %1 in die Warteschlange gestellt, manuell gewählt (%2)</translation>
    </message>
    <message>
        <source>Rejected (unroutable): %1</source>
        <translation>Abgelehnt (nicht routbar): %1</translation>
    </message>
    <message>
        <source>Queued (%1): %2</source>
        <translation>In die Warteschlange gestellt (%1): %2</translation>
    </message>
    <message>
        <source>sent by hand</source>
        <translation>manuell gesendet</translation>
    </message>
</context>
<context>
    <name>SendingStatus</name>
    <message>
        <source>Messages whose outcome is unknown, and messages not delivered today. Click to see them.</source>
        <translation>Nachrichten mit unbekanntem Ergebnis und heute nicht zugestellte Nachrichten. Klicken Sie, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>sending: off</source>
        <translation>Versand: aus</translation>
    </message>
    <message>
        <source>not sending: another dispatcher holds this store</source>
        <translation>kein Versand: ein anderer Versanddienst belegt diese Datenbank</translation>
    </message>
    <message>
        <source>sending: starting…</source>
        <translation>Versand: startet…</translation>
    </message>
    <message>
        <source>sending: paused</source>
        <translation>Versand: pausiert</translation>
    </message>
    <message numerus="yes">
        <source>sending: %n carrier(s), %1 msg/s</source>
        <translation>
            <numerusform>Versand: %n Netzbetreiber, %1 Nachr./s</numerusform>
            <numerusform>Versand: %n Netzbetreiber, %1 Nachr./s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unknown, %2 not delivered today</source>
        <translation>%1 unbekannt, %2 heute nicht zugestellt</translation>
    </message>
    <message>
        <source>Outcome unknown: %1. Not delivered today: %2 failed, %3 undelivered. Click to see them.</source>
        <translation>Ergebnis unbekannt: %1. Heute nicht zugestellt: %2 fehlgeschlagen, %3 unzustellbar. Klicken Sie, um sie anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 “%2” is not a token storage; use “keychain” or “database”.</source>
        <translation>%1 „%2“ ist kein gültiger Token-Speicher; verwenden Sie „keychain“ oder „database“.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“%1” is not a region code; use two letters such as PT, GB or US.</source>
        <translation>„%1“ ist kein Regionscode; verwenden Sie zwei Buchstaben wie PT, GB oder US.</translation>
    </message>
    <message>
        <source>Allow between 1 and 255 segments per message.</source>
        <translation>Erlauben Sie zwischen 1 und 255 Segmente pro Nachricht.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three letters such as EUR or USD.</source>
        <translation>„%1“ ist kein Währungscode; verwenden Sie drei Buchstaben wie EUR oder USD.</translation>
    </message>
    <message>
        <source>Allow between 1 and 100 attempts per message.</source>
        <translation>Erlauben Sie zwischen 1 und 100 Versuche pro Nachricht.</translation>
    </message>
    <message>
        <source>List at least one stop word; without one, no reply would opt its sender out.</source>
        <translation>Geben Sie mindestens ein Stoppwort an; ohne Stoppwort würde keine Antwort ihren Absender abmelden.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>How this store reads numbers, limits messages and keeps tokens; the language you read.</source>
        <translation>Wie diese Datenbank Nummern interpretiert, Nachrichten begrenzt und Tokens speichert; dazu die Sprache der Oberfläche.</translation>
    </message>
    <message>
        <source>Numbers written without a country code are read as numbers of this region.</source>
        <translation>Nummern, die ohne Ländervorwahl geschrieben sind, werden als Nummern dieser Region interpretiert.</translation>
    </message>
    <message>
        <source>Numbers written without a country code (such as %1) are read as numbers of this region.</source>
        <translation>Nummern, die ohne Ländervorwahl geschrieben sind (etwa %1), werden als Nummern dieser Region interpretiert.</translation>
    </message>
    <message>
        <source> segments</source>
        <translation> Segmente</translation>
    </message>
    <message>
        <source> attempts</source>
        <translation> Versuche</translation>
    </message>
    <message>
        <source>System keychain (recommended)</source>
        <translation>Schlüsselbund des Systems (empfohlen)</translation>
    </message>
    <message>
        <source>Store database (unencrypted)</source>
        <translation>Datenbank (unverschlüsselt)</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <source>Longest &amp;message:</source>
        <translation>Längste &amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Attempts per message:</source>
        <translation>&amp;Versuche pro Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Keep &amp;tokens in:</source>
        <translation>&amp;Tokens speichern in:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <source>SMS Router speaks %1 from its next start.</source>
        <translation>SMS Router verwendet ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>%1 — not set</source>
        <translation>%1 – nicht festgelegt</translation>
    </message>
    <message>
        <source>New tokens are written unencrypted into the store file. Anyone who can read that file can send through your carriers. Use this only where no keychain exists (a server without a desktop).</source>
        <translation>Neue Tokens werden unverschlüsselt in die Datenbankdatei geschrieben. Wer diese Datei lesen kann, kann über Ihre Netzbetreiber senden. Verwenden Sie dies nur, wo es keinen Schlüsselbund gibt (auf einem Server ohne Desktop).</translation>
    </message>
    <message>
        <source>New tokens go to the desktop&apos;s Secret Service (GNOME Keyring, KWallet); the store keeps only a reference.</source>
        <translation>Neue Tokens werden im Secret Service des Desktops gespeichert (GNOME Keyring, KWallet); die Datenbank enthält nur einen Verweis.</translation>
    </message>
    <message>
        <source>This choice is set by SMSROUTER_SECRET_STORE for this session.</source>
        <translation>Diese Auswahl ist für diese Sitzung durch SMSROUTER_SECRET_STORE festgelegt.</translation>
    </message>
    <message>
        <source>Tokens already saved stay where they are.</source>
        <translation>Bereits gespeicherte Tokens bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Separated by commas. A reply whose first word is one of these (in any case, with or without accents) puts its number on the opt-out list.</source>
        <translation>Durch Kommas getrennt. Eine Antwort, deren erstes Wort eines davon ist (gleich in welcher Schreibweise, mit oder ohne Akzente), setzt ihre Rufnummer auf die Abmeldeliste.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Stop words:</source>
        <translation>St&amp;oppwörter:</translation>
    </message>
    <message>
        <source>Give at least one word, or every STOP reply would be ignored. Restore defaults brings back STOP, UNSUBSCRIBE and the others.</source>
        <translation>Geben Sie mindestens ein Wort an, sonst würde jede STOP-Antwort übergangen. „Standard wiederherstellen“ bringt STOP, UNSUBSCRIBE und die anderen zurück.</translation>
    </message>
    <message>
        <source>“%1” is more than one word: only the first word of a reply is compared. Separate words with commas.</source>
        <translation>„%1“ ist mehr als ein Wort: Nur das erste Wort einer Antwort wird verglichen. Trennen Sie Wörter durch Kommas.</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>This store is on a server, so tokens always stay in each operator&apos;s system keychain: a shared database, its administrators and its backups must never hold them in plain text. The store keeps only a reference; on another computer, enter each carrier&apos;s token once.</source>
        <translation>Diese Datenbank liegt auf einem Server, daher bleiben Tokens immer im Schlüsselbund des Systems jedes einzelnen Bedieners: Eine gemeinsam genutzte Datenbank, ihre Administratoren und ihre Sicherungen dürfen sie nie im Klartext enthalten. Die Datenbank enthält nur einen Verweis; geben Sie auf einem anderen Computer das Token jedes Netzbetreibers einmal ein.</translation>
    </message>
</context>
<context>
    <name>StoreChoice</name>
    <message>
        <source>Give a store file, or a PostgreSQL server as postgresql://user@host:5432/dbname.</source>
        <translation>Geben Sie eine Datenbankdatei an oder einen PostgreSQL-Server in der Form postgresql://user@host:5432/dbname.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a store file in it (smsrouter.sqlite).</source>
        <translation>%1 ist ein Ordner; geben Sie eine Datenbankdatei darin an (smsrouter.sqlite).</translation>
    </message>
    <message>
        <source>Name a PostgreSQL server as postgresql://user@host:5432/dbname, not a file.</source>
        <translation>Geben Sie einen PostgreSQL-Server in der Form postgresql://user@host:5432/dbname an, keine Datei.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a database on a server</comment>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>Reading the store and preparing the server…</source>
        <translation>Datenbank wird gelesen und Server wird vorbereitet…</translation>
    </message>
    <message>
        <source>Copying %1… %2 of %3 rows (%4%)</source>
        <translation>%1 wird kopiert… %2 von %3 Zeilen (%4 %)</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>Die Datenbank</translation>
    </message>
    <message>
        <source>Name the PostgreSQL database to copy into with --to postgresql://user@host:5432/dbname.</source>
        <translation>Geben Sie die PostgreSQL-Datenbank, in die kopiert werden soll, mit --to postgresql://user@host:5432/dbname an.</translation>
    </message>
    <message>
        <source>--to takes a PostgreSQL server written as postgresql://user@host:5432/dbname, not a file.</source>
        <translation>--to erwartet einen PostgreSQL-Server in der Form postgresql://user@host:5432/dbname, keine Datei.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) of %1 to %2 in %3 s; the row counts of all %4 tables match.</source>
        <translation>
            <numerusform>%n Zeile von %1 in %3 s nach %2 kopiert; die Zeilenzahlen aller %4 Tabellen stimmen überein.</numerusform>
            <numerusform>%n Zeilen von %1 in %3 s nach %2 kopiert; die Zeilenzahlen aller %4 Tabellen stimmen überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use it with --db %1 (or SMSROUTER_DB, or File → Open store… in the window). Carriers whose tokens are in this computer&apos;s keychain work here; on other computers enter each token once.</source>
        <translation>Verwenden Sie sie mit --db %1 (oder SMSROUTER_DB oder „Datei → Datenbank öffnen…“ im Fenster). Netzbetreiber, deren Tokens im Schlüsselbund dieses Computers liegen, funktionieren hier; geben Sie auf anderen Computern jedes Token einmal ein.</translation>
    </message>
    <message>
        <source>Copy the store (--db, an SQLite file) into an empty PostgreSQL database, in one transaction; the store itself is not changed.</source>
        <translation>Die Datenbank (--db, eine SQLite-Datei) in einer einzigen Transaktion in eine leere PostgreSQL-Datenbank kopieren; die Ausgangsdatenbank selbst wird nicht verändert.</translation>
    </message>
    <message>
        <source>The empty PostgreSQL database to copy into; the password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Die leere PostgreSQL-Datenbank, in die kopiert wird; das Passwort stammt aus PGPASSWORD oder ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>StoreCopier</name>
    <message>
        <source>The store %1 does not exist. Name the store to copy with --db (or SMSROUTER_DB).</source>
        <translation>Die Datenbank %1 existiert nicht. Geben Sie die zu kopierende Datenbank mit --db (oder SMSROUTER_DB) an.</translation>
    </message>
    <message>
        <source>Could not open the store %1 for reading: %2</source>
        <translation>Die Datenbank %1 konnte nicht zum Lesen geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not start reading the store %1: %2</source>
        <translation>Das Lesen der Datenbank %1 konnte nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>The table %1 has a column “%2” that SMS Router did not create. Nothing was copied.</source>
        <translation>Die Tabelle %1 hat eine Spalte „%2“, die SMS Router nicht angelegt hat. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The store&apos;s tables refer to each other in a circle (%1); the copy cannot order them. Nothing was copied.</source>
        <translation>Die Tabellen der Datenbank verweisen ringförmig aufeinander (%1); beim Kopieren lässt sich keine Reihenfolge für sie bestimmen. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The store %1 is already on a PostgreSQL server. store copy moves a store file (SQLite) to a server; to copy one PostgreSQL database to another use pg_dump.</source>
        <translation>Die Datenbank %1 liegt bereits auf einem PostgreSQL-Server. store copy verschiebt eine Datenbankdatei (SQLite) auf einen Server; um eine PostgreSQL-Datenbank in eine andere zu kopieren, verwenden Sie pg_dump.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL server. store copy moves the store to a server: give --to postgresql://user@host:5432/dbname.</source>
        <translation>„%1“ ist kein PostgreSQL-Server. store copy verschiebt die Datenbank auf einen Server: Geben Sie --to postgresql://user@host:5432/dbname an.</translation>
    </message>
    <message>
        <source>%1 could not be read as an SMS Router store (%2). It was left untouched.</source>
        <translation>%1 konnte nicht als Datenbank von SMS Router gelesen werden (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not an SMS Router store (it has no schema_version table). It was left untouched.</source>
        <translation>%1 ist keine Datenbank von SMS Router (ihr fehlt die Tabelle schema_version). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer SMS Router (schema %2; this version knows up to %3). Copy it with that version.</source>
        <translation>%1 wurde von einer neueren Version von SMS Router geschrieben (Schema %2; diese Version kennt Schemas bis %3). Kopieren Sie die Datenbank mit jener Version.</translation>
    </message>
    <message>
        <source>The store %1 is at schema %2, not %3. Open it once with this version of SMS Router (for example smsrouter-cli carrier list --db FILE) to upgrade it, then copy it.</source>
        <translation>Die Datenbank %1 hat Schema %2, nicht %3. Öffnen Sie sie einmal mit dieser Version von SMS Router (zum Beispiel mit smsrouter-cli carrier list --db FILE), um sie zu aktualisieren, und kopieren Sie sie dann.</translation>
    </message>
    <message>
        <source>The store holds a table “%1” that store copy does not know how to copy, so nothing was copied. This is a fault in SMS Router: every table a migration adds must be taught to the copy (StoreCopier). Please report it.</source>
        <translation>Die Datenbank enthält eine Tabelle „%1“, die store copy nicht kopieren kann, daher wurde nichts kopiert. Dies ist ein Fehler in SMS Router: Jede Tabelle, die eine Migration hinzufügt, muss dem Kopiervorgang (StoreCopier) bekannt gemacht werden. Bitte melden Sie den Fehler.</translation>
    </message>
    <message>
        <source>This store keeps carrier tokens in its own database, unencrypted. A shared PostgreSQL server must never hold them in plain text, so store copy refuses them and nothing was copied. Move them to the system keychain first: choose “System keychain” under Settings → Keep tokens in (or run with --secret-store keychain), enter each carrier&apos;s token again (Carriers → Edit, or smsrouter-cli carrier update NAME --token-stdin), then copy again.</source>
        <translation>Diese Datenbank speichert die Tokens der Netzbetreiber unverschlüsselt in sich selbst. Ein gemeinsam genutzter PostgreSQL-Server darf sie nie im Klartext enthalten, daher lehnt store copy sie ab, und es wurde nichts kopiert. Verschieben Sie sie zuerst in den Schlüsselbund des Systems: Wählen Sie „Schlüsselbund des Systems“ unter „Einstellungen → Tokens speichern in“ (oder starten Sie mit --secret-store keychain), geben Sie das Token jedes Netzbetreibers erneut ein („Netzbetreiber → Bearbeiten“ oder smsrouter-cli carrier update NAME --token-stdin), und kopieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 (pid %2 on %3) holds this store for sending. Stop it first (quit that window, or stop smsrouter-cli dispatch): what it sends after the copy began would be sent again from the new store. Nothing was copied.</source>
        <translation>%1 (PID %2 auf %3) belegt diese Datenbank für den Versand. Beenden Sie dieses Programm zuerst (schließen Sie das betreffende Fenster, oder beenden Sie smsrouter-cli dispatch): Was es nach Beginn des Kopierens sendet, würde aus der neuen Datenbank erneut gesendet. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The target is at schema %1, the store at %2. Nothing was copied.</source>
        <translation>Die Zieldatenbank hat Schema %1, die Quelldatenbank Schema %2. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The target holds a table “%1” that store copy does not know how to copy, so nothing was copied. This is a fault in SMS Router: every table a migration adds must be taught to the copy (StoreCopier). Please report it.</source>
        <translation>Die Zieldatenbank enthält eine Tabelle „%1“, die store copy nicht kopieren kann, daher wurde nichts kopiert. Dies ist ein Fehler in SMS Router: Jede Tabelle, die eine Migration hinzufügt, muss dem Kopiervorgang (StoreCopier) bekannt gemacht werden. Bitte melden Sie den Fehler.</translation>
    </message>
    <message>
        <source>The target has no table %1 although it is at the store&apos;s schema. Nothing was copied.</source>
        <translation>Der Zieldatenbank fehlt die Tabelle %1, obwohl sie das Schema der Quelldatenbank hat. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The table %1 has other columns on the target than in the store. Nothing was copied.</source>
        <translation>Die Tabelle %1 hat in der Zieldatenbank andere Spalten als in der Quelldatenbank. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The target has a table %1 the store does not have. Nothing was copied.</source>
        <translation>Die Zieldatenbank hat eine Tabelle %1, die es in der Quelldatenbank nicht gibt. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Could not lock the target&apos;s tables: %1</source>
        <translation>Die Tabellen der Zieldatenbank konnten nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>The database %1 already holds an SMS Router store (%2). store copy only fills an empty database, so nothing was changed. Create a new database (createdb NAME) and copy into it.</source>
        <translation>Die Datenbank %1 enthält bereits Daten von SMS Router (%2). store copy füllt nur eine leere Datenbank, daher wurde nichts geändert. Legen Sie eine neue Datenbank an (createdb NAME), und kopieren Sie in diese.</translation>
    </message>
    <message>
        <source>The copy was cancelled. The target was left empty.</source>
        <translation>Das Kopieren wurde abgebrochen. Die Zieldatenbank ist leer geblieben.</translation>
    </message>
    <message>
        <source>Could not read the table %1 of the store: %2</source>
        <translation>Die Tabelle %1 der Datenbank konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not prepare the copy of %1: %2</source>
        <translation>Das Kopieren von %1 konnte nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The target refused a row of %1: %2</source>
        <translation>Die Zieldatenbank hat eine Zeile von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Could not switch the triggers of %1 back on: %2</source>
        <translation>Die Trigger von %1 konnten nicht wieder eingeschaltet werden: %2</translation>
    </message>
    <message>
        <source>After the copy the row counts differ (%1, target minus store). Nothing was kept on the target.</source>
        <translation>Nach dem Kopieren weichen die Zeilenzahlen ab (%1, Ziel minus Quelle). In der Zieldatenbank wurde nichts behalten.</translation>
    </message>
</context>
<context>
    <name>StoreCopyReportModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>In this store</source>
        <translation>In dieser Datenbank</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
</context>
<context>
    <name>StoreExportJob</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you may write to.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not finish writing %1: %2. Check the free disk space and export again.</source>
        <translation>%1 konnte nicht fertig geschrieben werden: %2. Prüfen Sie den freien Speicherplatz, und exportieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>“%1” is not a store SMS Router can use: a store is a file (SQLite) or a PostgreSQL server written as %2.</source>
        <translation>„%1“ ist keine Datenbank, die SMS Router verwenden kann: Eine Datenbank ist eine Datei (SQLite) oder ein PostgreSQL-Server in der Form %2.</translation>
    </message>
    <message>
        <source>The store address is not a valid URL (%1); write it as %2.</source>
        <translation>Die Adresse der Datenbank ist keine gültige URL (%1); schreiben Sie sie als %2.</translation>
    </message>
    <message>
        <source>The store address holds a password. Remove it from the address and put it in PGPASSWORD or ~/.pgpass instead (a command line is visible to every user of the machine).</source>
        <translation>Die Adresse der Datenbank enthält ein Passwort. Entfernen Sie es aus der Adresse, und legen Sie es stattdessen in PGPASSWORD oder ~/.pgpass ab (eine Befehlszeile ist für alle Benutzer des Rechners sichtbar).</translation>
    </message>
    <message>
        <source>The store address names no database; write it as %1.</source>
        <translation>Die Adresse der Datenbank nennt keine Datenbank; schreiben Sie sie als %1.</translation>
    </message>
    <message>
        <source>The store address has an option “%1” that SMS Router does not know; use sslmode, sslrootcert, sslcert, sslkey or connect_timeout.</source>
        <translation>Die Adresse der Datenbank enthält eine Option „%1“, die SMS Router nicht kennt; verwenden Sie sslmode, sslrootcert, sslcert, sslkey oder connect_timeout.</translation>
    </message>
</context>
<context>
    <name>SubAccountDialog</name>
    <message>
        <source>New Restcomm sub-account</source>
        <translation>Neues Restcomm-Unterkonto</translation>
    </message>
    <message>
        <source>the sub-account&apos;s login, e.g. pt-traffic@example.com</source>
        <translation>Anmeldename des Unterkontos, z. B. pt-traffic@example.com</translation>
    </message>
    <message>
        <source>8 characters or more: letters, digits and symbols</source>
        <translation>mindestens 8 Zeichen: Buchstaben, Ziffern und Sonderzeichen</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> Nachr./s</translation>
    </message>
    <message>
        <source>Restcomm creates the account under the parent&apos;s account, which must be allowed to create sub-accounts (the Administrator role). The new carrier sends with the sub-account&apos;s own credentials.</source>
        <translation>Restcomm legt das Konto unter dem Konto des übergeordneten Netzbetreibers an; dieses muss Unterkonten anlegen dürfen (Rolle „Administrator“). Der neue Netzbetreiber sendet mit den eigenen Zugangsdaten des Unterkontos.</translation>
    </message>
    <message>
        <source>&amp;Parent carrier:</source>
        <translation>Ü&amp;bergeordneter Netzbetreiber:</translation>
    </message>
    <message>
        <source>New carrier &amp;name:</source>
        <translation>&amp;Name des neuen Netzbetreibers:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort wieder&amp;holen:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>Sende&amp;rate:</translation>
    </message>
    <message>
        <source>Max in &amp;flight:</source>
        <translation>Max. &amp;laufende Anfragen:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Add the parent carrier first.</source>
        <translation>Fügen Sie zuerst den übergeordneten Netzbetreiber hinzu.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Asking Restcomm…</source>
        <translation>Restcomm wird abgefragt…</translation>
    </message>
</context>
<context>
    <name>SubmissionPolicy</name>
    <message>
        <source>attempt %1 via %2</source>
        <translation>Versuch %1 über %2</translation>
    </message>
    <message>
        <source>Restcomm accepted it as %1 (status %2), %3</source>
        <translation>Restcomm hat die Nachricht als %1 angenommen (Status %2), %3</translation>
    </message>
    <message>
        <source>%1 Next try in %2 s (%3).</source>
        <translation>%1 Nächster Versuch in %2 s (%3).</translation>
    </message>
    <message>
        <source>%1 No other carrier can take it.</source>
        <translation>%1 Kein anderer Netzbetreiber kann sie übernehmen.</translation>
    </message>
    <message>
        <source>%1 Moved from %2 to %3.</source>
        <translation>%1 Von %2 auf %3 umgeleitet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Nach %n Versuch aufgegeben.</numerusform>
            <numerusform>%1 Nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrafficChart</name>
    <message>
        <source>Copy data</source>
        <translation>Daten kopieren</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>No messages yet. Once messages are sent, this chart shows how many reach each state per minute.</source>
        <translation>Noch keine Nachrichten. Sobald Nachrichten gesendet werden, zeigt dieses Diagramm, wie viele pro Minute jeden Status erreichen.</translation>
    </message>
    <message>
        <source>No message reached a state in the last hour.</source>
        <translation>In der letzten Stunde hat keine Nachricht einen Status erreicht.</translation>
    </message>
    <message>
        <source>No message reached a state in the last 24 hours.</source>
        <translation>In den letzten 24 Stunden hat keine Nachricht einen Status erreicht.</translation>
    </message>
    <message>
        <source>No message reached a state in the last 7 days.</source>
        <translation>In den letzten 7 Tagen hat keine Nachricht einen Status erreicht.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Diagramm in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1. Choose a folder you can write to.</source>
        <translation>Das Diagramm konnte nicht in %1 gespeichert werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>Diagrammdaten als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Chart data saved to %1.</source>
        <translation>Diagrammdaten in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The chart data could not be saved to %1: %2</source>
        <translation>Die Diagrammdaten konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>displaytext</name>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>Keine gültige Rufnummer</translation>
    </message>
    <message>
        <source>Duplicate (the number is earlier in the file)</source>
        <translation>Duplikat (die Nummer steht weiter oben in der Datei)</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>No route (no rule matches the number)</source>
        <translation>Keine Route (keine Regel passt zur Nummer)</translation>
    </message>
    <message>
        <source>Empty message</source>
        <translation>Leere Nachricht</translation>
    </message>
    <message>
        <source>Too long (more than %1 segments)</source>
        <translation>Zu lang (mehr als %1 Segmente)</translation>
    </message>
    <message>
        <source>CSV problem: %1</source>
        <translation>CSV-Problem: %1</translation>
    </message>
</context>
<context>
    <name>smsrouter</name>
    <message>
        <source>SMS Router: multitenant SMS termination through Restcomm.</source>
        <translation>SMS Router: mandantenfähige SMS-Terminierung über Restcomm.</translation>
    </message>
    <message>
        <source>Store file (else $SMSROUTER_DB, else the default store).</source>
        <translation>Datenbankdatei (sonst $SMSROUTER_DB, sonst die Standarddatenbank).</translation>
    </message>
    <message>
        <source>Keep new tokens in: keychain or database (else $SMSROUTER_SECRET_STORE).</source>
        <translation>Neue Tokens speichern in: keychain oder database (sonst $SMSROUTER_SECRET_STORE).</translation>
    </message>
    <message>
        <source>Page to open first (carriers, settings, …).</source>
        <translation>Zuerst zu öffnende Seite (carriers, settings, …).</translation>
    </message>
    <message>
        <source>Open the first page on TEXT (the Rules page tests this number).</source>
        <translation>Die erste Seite mit TEXT öffnen (die Seite „Regeln“ testet diese Nummer).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once it is shown, then quit (for docs).</source>
        <translation>Ein Bild des Fensters in FILE speichern, sobald es angezeigt wird, dann beenden (für die Dokumentation).</translation>
    </message>
    <message>
        <source>Try SMS Router without a Restcomm account: a separate demo store with three carriers on a Restcomm simulator started on this computer.</source>
        <translation>SMS Router ohne Restcomm-Konto ausprobieren: eine separate Demo-Datenbank mit drei Netzbetreibern auf einem Restcomm-Simulator, der auf diesem Computer gestartet wird.</translation>
    </message>
    <message>
        <source>Seconds to wait before --screenshot (default 0.6), e.g. to catch sending.</source>
        <translation>Sekunden Wartezeit vor --screenshot (Standard: 0.6), z. B. um einen Sendevorgang festzuhalten.</translation>
    </message>
    <message>
        <source>The demo could not be set up.

%1</source>
        <translation>Die Demo konnte nicht eingerichtet werden.

%1</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <source>Demo: a separate store with three carriers (Portugal, United Kingdom, Germany) on a Restcomm simulator at %1. Nothing leaves this computer. Send a message from Compose to a Portuguese, British or German number and watch it being delivered.</source>
        <translation>Demo: eine separate Datenbank mit drei Netzbetreibern (Portugal, Vereinigtes Königreich, Deutschland) auf einem Restcomm-Simulator unter %1. Nichts verlässt diesen Computer. Senden Sie über „Verfassen“ eine Nachricht an eine portugiesische, britische oder deutsche Nummer und sehen Sie zu, wie sie zugestellt wird.</translation>
    </message>
    <message>
        <source>Password for %1 (the store %2):</source>
        <translation>Passwort für %1 (Datenbank %2):</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1

SMS Router opens %2 again.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.

%1

SMS Router öffnet wieder %2.</translation>
    </message>
</context>
</TS>
