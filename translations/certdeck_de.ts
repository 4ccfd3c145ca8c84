<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnkiPackage</name>
    <message>
        <source>“%1”</source>
        <extracomment>The quote from the notes line a card comes from, in an Anki export&apos;s Source field</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>The Anki deck for cards without a topic</extracomment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>cannot build the Anki collection: %1</source>
        <extracomment>%1 is SQLite&apos;s reason</extracomment>
        <translation>die Anki-Sammlung kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot build the Anki package: %1</source>
        <extracomment>%1 is libzip&apos;s reason</extracomment>
        <translation>das Anki-Paket kann nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>CardsCsv</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where a card comes from in a CSV export: the notes file&apos;s name, and the line</extracomment>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;certdeck %1--help&apos;.</source>
        <translation>Mehr Informationen mit &apos;certdeck %1--help&apos;.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>Abschn.</translation>
    </message>
    <message>
        <source>cited</source>
        <translation>Zitiert</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>multi</source>
        <translation>Mehrfach</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>Grenzw.</translation>
    </message>
    <message>
        <source>formulas</source>
        <translation>Formeln</translation>
    </message>
    <message>
        <source>errata</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>all</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Usage: certdeck content check [DIR]

Lints a content folder (notes/, decks/, topics.yaml, exams.yaml) the way the build does:
YAML syntax, known keys, ids, required fields, answer sets, exam domains, and every
source quote found on exactly one line of the notes. Prints file:line: message for
each problem on stderr and exits 1 when there is any.
DIR defaults to %1

Options:
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck content check [DIR]

Prüft einen Inhaltsordner (notes/, decks/, topics.yaml, exams.yaml) so wie der Build:
YAML-Syntax, bekannte Schlüssel, IDs, Pflichtfelder, Antwortoptionen, Prüfungsdomänen und
ob jedes Quellzitat auf genau einer Zeile der Notizen steht. Gibt für jedes Problem
Datei:Zeile: Meldung auf stderr aus und endet mit Exit-Status 1, wenn es eines gibt.
Standard für DIR: %1

Optionen:
  -h, --help    zeigt diese Hilfe
</translation>
    </message>
    <message>
        <source>expected at most one folder</source>
        <translation>höchstens ein Ordner erwartet</translation>
    </message>
    <message>
        <source>certdeck: no content folder at %1</source>
        <translation>certdeck: kein Inhaltsordner unter %1</translation>
    </message>
    <message>
        <source>%1: %2 notes file(s), %3 deck(s), %4 item(s), %5 problem(s)</source>
        <translation>%1: Notizdateien: %2, Decks: %3, Einträge: %4, Probleme: %5</translation>
    </message>
    <message>
        <source>Usage: certdeck content export --format json

Prints the whole bank: exam profiles, topics, cards, questions with their options,
correct flags and whys, limits, formulas and errata, each with its source in the notes.

Options:
  --format json   output format (json is the only one)
  -h, --help      show this help
</source>
        <translation>Aufruf: certdeck content export --format json

Gibt den gesamten Bestand aus: Prüfungsprofile, Themen, Karten, Fragen mit Antwortoptionen,
Lösungen und Begründungen, Grenzwerte, Formeln und Korrekturen, jeweils mit Quelle in den Notizen.

Optionen:
  --format json   Ausgabeformat (json ist das einzige)
  -h, --help      zeigt diese Hilfe
</translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos; (supported: json)</source>
        <translation>nicht unterstütztes Format &apos;%1&apos; (unterstützt: json)</translation>
    </message>
    <message>
        <source>Usage: certdeck lookup &lt;query&gt; [--json] [--limit N]

Finds limits, formulas, cards, errata, questions and note sections matching the query,
best first. Any text is a valid query.

Options:
  --json        print [{&quot;kind&quot;,&quot;id&quot;,&quot;title&quot;,&quot;answer&quot;,&quot;topic&quot;,&quot;source&quot;}]
  --limit N     at most N results (1 to %1, default %2)
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck lookup &lt;query&gt; [--json] [--limit N]

Sucht Grenzwerte, Formeln, Karten, Korrekturen, Fragen und Notizabschnitte zur Suchanfrage,
die besten Treffer zuerst. Jeder Text ist eine gültige Suchanfrage.

Optionen:
  --json        gibt [{&quot;kind&quot;,&quot;id&quot;,&quot;title&quot;,&quot;answer&quot;,&quot;topic&quot;,&quot;source&quot;}] aus
  --limit N     höchstens N Ergebnisse (1 bis %1, Standard %2)
  -h, --help    zeigt diese Hilfe
</translation>
    </message>
    <message>
        <source>missing query, e.g. certdeck lookup &quot;visibility timeout&quot;</source>
        <translation>Suchanfrage fehlt, z. B. certdeck lookup &quot;visibility timeout&quot;</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation>--limit muss eine ganze Zahl von 1 bis %1 sein (angegeben: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>Schema version: %1
</source>
        <translation>Schemaversion: %1
</translation>
    </message>
    <message>
        <source>Cards with a schedule: %1
</source>
        <translation>Karten mit Wiederholungsplan: %1
</translation>
    </message>
    <message>
        <source>Reviews: %1
</source>
        <translation>Wiederholungen: %1
</translation>
    </message>
    <message>
        <source>Exam attempts: %1
</source>
        <translation>Prüfungsversuche: %1
</translation>
    </message>
    <message>
        <source>Usage: certdeck progress info [--json]

Reports where your progress database is, its schema version and what it holds, and
whether Certdeck can save to it. Only reads: it never creates, upgrades or changes a
file. A file that is not a Certdeck progress database is reported, never touched.
Set CERTDECK_DATA_DIR to use another folder.

Options:
  --json        print JSON
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck progress info [--json]

Zeigt, wo die Fortschrittsdatenbank liegt, ihre Schemaversion, was sie enthält und ob
Certdeck darin speichern kann. Nur lesend: Es wird nie eine Datei angelegt, aktualisiert
oder geändert. Eine Datei, die keine Certdeck-Fortschrittsdatenbank ist, wird gemeldet,
aber nie angetastet. Mit CERTDECK_DATA_DIR lässt sich ein anderer Ordner verwenden.

Optionen:
  --json        gibt JSON aus
  -h, --help    zeigt diese Hilfe
</translation>
    </message>
    <message>
        <source>No progress yet: %1 does not exist. Certdeck creates it when you first open the app.
</source>
        <translation>Noch kein Lernfortschritt: %1 existiert nicht. Certdeck legt die Datei beim ersten Öffnen der App an.
</translation>
    </message>
    <message>
        <source>Progress database: %1
</source>
        <translation>Fortschrittsdatenbank: %1
</translation>
    </message>
    <message>
        <source>Certdeck cannot save to it: the file or its folder is read-only.
</source>
        <translation>Certdeck kann nicht darin speichern: Die Datei oder ihr Ordner ist schreibgeschützt.
</translation>
    </message>
    <message>
        <source>A change to it was cut short (Certdeck was stopped while saving). The app rolls it back when it next opens the file; nothing else is lost.
</source>
        <translation>Eine Änderung daran wurde abgebrochen (Certdeck wurde beim Speichern beendet). Die App macht sie rückgängig, wenn sie die Datei das nächste Mal öffnet; sonst geht nichts verloren.
</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>a list of choices, e.g. &quot;stats, check or export&quot;; %1 is all but the last, %2 the last</extracomment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Certdeck %1: study companion for AWS certifications (SAA-C03, DVA-C02).

Usage: certdeck                        open the app
       certdeck &lt;command&gt; [options]    run a command without a display

Commands:
</source>
        <translation>Certdeck %1: Lernbegleiter für AWS-Zertifizierungen (SAA-C03, DVA-C02).

Aufruf: certdeck                        öffnet die App
        certdeck &lt;Befehl&gt; [Optionen]     führt einen Befehl ohne Bildschirm aus

Befehle:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help        show help; after a command, that command&apos;s help
  -v, --version     show the version

Exit status: 0 success, 1 failure or problems found, 2 wrong command line.
</source>
        <translation>
Optionen:
  -h, --help        Hilfe anzeigen; nach einem Befehl dessen Hilfe
  -v, --version     Version anzeigen

Rückgabewert: 0 Erfolg, 1 Fehler oder Probleme gefunden, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (Befehle: %2)</translation>
    </message>
    <message>
        <source>missing subcommand (%1)</source>
        <translation>Unterbefehl fehlt (%1)</translation>
    </message>
    <message>
        <source>Usage: certdeck %1 &lt;%2&gt; [options]
</source>
        <translation>Aufruf: certdeck %1 &lt;%2&gt; [Optionen]
</translation>
    </message>
    <message>
        <source>Run &apos;certdeck %1 &lt;subcommand&gt; --help&apos; for its options.
</source>
        <translation>Die Optionen eines Unterbefehls zeigt &apos;certdeck %1 &lt;Unterbefehl&gt; --help&apos;.
</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (%2)</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>counts per topic, and the share of the notes cited</source>
        <translation>Anzahlen je Thema und der Anteil der zitierten Notizen</translation>
    </message>
    <message>
        <source>lint the content sources (file:line: problem)</source>
        <translation>Inhaltsquellen prüfen (Datei:Zeile: Problem)</translation>
    </message>
    <message>
        <source>the whole bank as JSON</source>
        <translation>der ganze Bestand als JSON</translation>
    </message>
    <message>
        <source>find a limit, formula, card, erratum, question or note</source>
        <translation>ein Limit, eine Formel, Karte, Korrektur, Frage oder Notiz finden</translation>
    </message>
    <message>
        <source>where your progress is kept and what it holds</source>
        <translation>wo Ihr Lernfortschritt liegt und was er enthält</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>Standardeingabe nicht lesbar: %1</translation>
    </message>
    <message>
        <source>standard input is longer than %1 MiB</source>
        <translation>die Standardeingabe ist länger als %1 MiB</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>card #%1 (no id)</source>
        <extracomment>%1 is the card&apos;s position in the input, from 1</extracomment>
        <translation>Karte Nr. %1 (ohne ID)</translation>
    </message>
    <message>
        <source>standard input is not JSON: %1 at byte %2</source>
        <translation>die Standardeingabe ist kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected {&quot;cards&quot;: [...]} on standard input</source>
        <translation>erwartet wird {&quot;cards&quot;: [...]} auf der Standardeingabe</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; must be a string or a number</source>
        <translation>%1: &quot;id&quot; muss eine Zeichenkette oder Zahl sein</translation>
    </message>
    <message>
        <source>%1: &quot;reviews&quot; must be a list</source>
        <translation>%1: &quot;reviews&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1, review %2</source>
        <extracomment>%1 names the card, %2 is the review&apos;s position from 1</extracomment>
        <translation>%1, Wiederholung %2</translation>
    </message>
    <message>
        <source>%1: &quot;at&quot; must be an ISO-8601 time with a zone, such as 2025-01-05T09:00:00Z (got %2)</source>
        <translation>%1: &quot;at&quot; muss eine ISO-8601-Zeit mit Zone sein, etwa 2025-01-05T09:00:00Z (erhalten: %2)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>%1: &quot;rating&quot; must be 1 (again), 2 (hard), 3 (good) or 4 (easy)</source>
        <translation>%1: &quot;rating&quot; muss 1 (nochmal), 2 (schwer), 3 (gut) oder 4 (leicht) sein</translation>
    </message>
    <message>
        <source>%1: reviews are out of order (%2 is before %3)</source>
        <translation>%1: Wiederholungen nicht in zeitlicher Reihenfolge (%2 liegt vor %3)</translation>
    </message>
    <message>
        <source>Usage: certdeck srs replay --json &lt; reviews.json

Replays review histories through the FSRS-6 scheduler (default parameters, desired
retention 0.9, learning steps 1m 10m, relearning step 10m, no fuzz) and prints the
schedule after every review. Each card starts new at its first review.

Input:  {&quot;cards&quot;:[{&quot;id&quot;:&quot;c1&quot;,&quot;reviews&quot;:[{&quot;at&quot;:&quot;2025-01-05T09:00:00Z&quot;,&quot;rating&quot;:3}]}]}
        ratings 1 again, 2 hard, 3 good, 4 easy; times ISO-8601 with a zone, in order
Output: {&quot;cards&quot;:[{&quot;id&quot;:&quot;c1&quot;,&quot;steps&quot;:[{&quot;state&quot;,&quot;due&quot;,&quot;stability&quot;,&quot;difficulty&quot;,
        &quot;reps&quot;,&quot;lapses&quot;,&quot;elapsed_days&quot;,&quot;scheduled_days&quot;,&quot;learning_steps&quot;}]}]}

Input that is not valid prints one line naming the card and the problem, and exits 2.

Options:
  --json        print JSON (the only output)
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck srs replay --json &lt; reviews.json

Spielt Wiederholungsverläufe mit dem FSRS-6-Planer ab (Standardparameter, gewünschte
Behaltensrate 0,9, Lernschritte 1m 10m, Wiederlernschritt 10m, ohne Streuung) und gibt
den Plan nach jeder Wiederholung aus. Jede Karte beginnt neu bei ihrer ersten Wiederholung.

Eingabe: {&quot;cards&quot;:[{&quot;id&quot;:&quot;c1&quot;,&quot;reviews&quot;:[{&quot;at&quot;:&quot;2025-01-05T09:00:00Z&quot;,&quot;rating&quot;:3}]}]}
         Bewertungen 1 nochmal, 2 schwer, 3 gut, 4 leicht; Zeiten ISO-8601 mit Zone, in Reihenfolge
Ausgabe: {&quot;cards&quot;:[{&quot;id&quot;:&quot;c1&quot;,&quot;steps&quot;:[{&quot;state&quot;,&quot;due&quot;,&quot;stability&quot;,&quot;difficulty&quot;,
        &quot;reps&quot;,&quot;lapses&quot;,&quot;elapsed_days&quot;,&quot;scheduled_days&quot;,&quot;learning_steps&quot;}]}]}

Ungültige Eingabe gibt eine Zeile mit Karte und Problem aus und endet mit Status 2.

Optionen:
  --json        JSON ausgeben (die einzige Ausgabe)
  -h, --help    diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>--json is required (the output is JSON)</source>
        <translation>--json ist erforderlich (die Ausgabe ist JSON)</translation>
    </message>
    <message>
        <source>replay review histories through the FSRS scheduler</source>
        <translation>Wiederholungsverläufe mit dem FSRS-Planer abspielen</translation>
    </message>
    <message>
        <source>Usage: certdeck progress backup [--json]

Backs your progress database up now: a whole, checked copy in the folder
%1
named after the time it was made (progress-20261122T153012Z.db, in UTC). Safe while
Certdeck is open: the copy holds what was saved when it began.
Then rotates: of the older backups it keeps the newest %2, the newest of each of
the last %3 days and the newest of each of the last %4 weeks, and removes the rest.
Only backups are ever removed, never the new one. A progress database that is
damaged or not Certdeck&apos;s is not backed up, so it never pushes good backups out.
Prints where the backup went and which backups rotation removed (a backup it could
not remove is reported on stderr; the new backup counts all the same).
Exits 1, creating nothing, when there is no progress database yet or it cannot be
backed up.

Options:
  --json        print JSON: {&quot;path&quot;: the new backup, &quot;removed&quot;: [the backups
                rotation removed]}
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck progress backup [--json]

Sichert die Fortschrittsdatenbank sofort: eine vollständige, geprüfte Kopie im Ordner
%1
mit dem Erstellungszeitpunkt als Namen (progress-20261122T153012Z.db, in UTC). Auch bei
geöffnetem Certdeck unbedenklich: Die Kopie enthält den Stand zu Beginn der Sicherung.
Danach wird rotiert: Von den älteren Sicherungen bleiben die neuesten %2 erhalten, dazu
die neueste je Tag der letzten %3 Tage und je Woche der letzten %4 Wochen; der Rest
wird gelöscht. Gelöscht werden nur Sicherungen, nie die neue. Eine Fortschrittsdatenbank,
die beschädigt ist oder nicht von Certdeck stammt, wird nicht gesichert und verdrängt so
nie intakte Sicherungen. Gibt aus, wohin gesichert wurde und welche Sicherungen die
Rotation gelöscht hat (eine nicht löschbare Sicherung wird auf stderr gemeldet; die neue
Sicherung gilt trotzdem). Endet mit Exit-Status 1 und legt nichts an, wenn es noch keine
Fortschrittsdatenbank gibt oder sie nicht gesichert werden kann.

Optionen:
  --json        gibt JSON aus: {&quot;path&quot;: die neue Sicherung, &quot;removed&quot;: [die von der
                Rotation gelöschten Sicherungen]}
  -h, --help    zeigt diese Hilfe
</translation>
    </message>
    <message>
        <source>No progress yet: %1 does not exist, so there is nothing to back up. Certdeck creates it when you first open the app.</source>
        <translation>Noch kein Lernfortschritt: %1 existiert nicht, daher gibt es nichts zu sichern. Certdeck legt die Datei beim ersten Öffnen der App an.</translation>
    </message>
    <message>
        <source>Backed up your progress to %1
</source>
        <translation>Lernfortschritt gesichert in %1
</translation>
    </message>
    <message>
        <source>Rotation removed no older backup.
</source>
        <translation>Die Rotation hat keine ältere Sicherung gelöscht.
</translation>
    </message>
    <message numerus="yes">
        <source>Rotation removed %n older backup(s):
</source>
        <translation>
            <numerusform>Die Rotation hat %n ältere Sicherung gelöscht:
</numerusform>
            <numerusform>Die Rotation hat %n ältere Sicherungen gelöscht:
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: certdeck progress backups [--json]

Lists the backups of your progress database in the folder
%1
newest first: when each was made (in local time), how many reviews it holds, its size
and its file name, which is all &apos;certdeck progress restore&apos; needs. A backup that cannot
be read is listed with the reason. Only reads; no backups is not an error.

Options:
  --json        print JSON: an array, newest first, of {&quot;path&quot;, &quot;created&quot; (ISO 8601,
                UTC), &quot;reviews&quot;, &quot;size&quot; (bytes)}, with &quot;error&quot; added (and &quot;reviews&quot;
                null) for a backup that cannot be read
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck progress backups [--json]

Listet die Sicherungen der Fortschrittsdatenbank im Ordner
%1
auf, die neueste zuerst: Erstellungszeit (Ortszeit), Anzahl der Wiederholungen darin,
Größe und Dateiname (mehr braucht &apos;certdeck progress restore&apos; nicht). Eine nicht lesbare
Sicherung wird mit Grund aufgeführt. Nur lesend; fehlende Sicherungen sind kein Fehler.

Optionen:
  --json        gibt JSON aus: ein Array, neueste zuerst, aus {&quot;path&quot;, &quot;created&quot; (ISO 8601,
                UTC), &quot;reviews&quot;, &quot;size&quot; (Bytes)}, bei nicht lesbaren Sicherungen mit
                zusätzlichem &quot;error&quot; (und &quot;reviews&quot; null)
  -h, --help    zeigt diese Hilfe
</translation>
    </message>
    <message>
        <source>No backups yet in %1. Make one with &apos;certdeck progress backup&apos;.
</source>
        <translation>Noch keine Sicherungen in %1. Eine Sicherung erstellt &apos;certdeck progress backup&apos;.
</translation>
    </message>
    <message>
        <source>Made (local time)</source>
        <translation>Erstellt (Ortszeit)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:
</source>
        <translation>Sicherungen in %1, neueste zuerst:
</translation>
    </message>
    <message>
        <source>Restore one with: certdeck progress restore FILE (the file name is enough)
</source>
        <translation>Wiederherstellen mit: certdeck progress restore FILE (der Dateiname genügt)
</translation>
    </message>
    <message>
        <source>y</source>
        <extracomment>the short answer that confirms a question asked with [y/N]; &quot;y&quot; is accepted as well</extracomment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>the long answer that confirms a question asked with [y/N]; &quot;yes&quot; is accepted as well</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Usage: certdeck progress restore FILE [--yes]

Replaces your progress with the backup FILE: a path, or just the file name of a backup
&apos;certdeck progress backups&apos; lists (a name without a folder that is not a file in the
current folder is taken from %1).
FILE must be a whole Certdeck progress database; anything else is refused and nothing
changes.
Your current progress is backed up first, so a restore can itself be undone: the
command prints where that backup is. (A current file that cannot be read as
Certdeck&apos;s is kept byte for byte as replaced-progress-&lt;time&gt;.db instead.)
Close Certdeck first: while it has your progress open, the restore is refused.
Asks before restoring when standard input is a terminal; anywhere else (a script, a
pipe) --yes is required.
Exit status: 0 restored; 1 refused, not confirmed or failed (your progress stays as
it was); 2 wrong command line, or no --yes and no terminal to ask on.

Options:
  --yes         restore without asking
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck progress restore FILE [--yes]

Ersetzt den Lernfortschritt durch die Sicherung FILE: ein Pfad oder nur der Dateiname
einer Sicherung aus &apos;certdeck progress backups&apos; (ein Name ohne Ordner, der keine Datei
im aktuellen Ordner ist, wird in %1 gesucht).
FILE muss eine vollständige Certdeck-Fortschrittsdatenbank sein; alles andere wird
abgelehnt, und es ändert sich nichts.
Der aktuelle Lernfortschritt wird zuerst gesichert, sodass sich auch das Wiederherstellen
rückgängig machen lässt: Der Befehl gibt aus, wo diese Sicherung liegt. (Eine aktuelle
Datei, die nicht als Certdeck-Datenbank lesbar ist, wird stattdessen bytegenau als
replaced-progress-&lt;time&gt;.db aufbewahrt.) Certdeck vorher schließen: Solange es den
Lernfortschritt geöffnet hat, wird das Wiederherstellen abgelehnt. Fragt vorher nach,
wenn die Standardeingabe ein Terminal ist; überall sonst (Skript, Pipe) ist --yes nötig.
Rückgabewert: 0 wiederhergestellt; 1 abgelehnt, nicht bestätigt oder fehlgeschlagen
(Lernfortschritt unverändert); 2 falscher Aufruf oder ohne --yes kein Terminal zum Fragen.

Optionen:
  --yes         stellt ohne Nachfrage wieder her
  -h, --help    zeigt diese Hilfe
</translation>
    </message>
    <message>
        <source>missing FILE, the backup to restore</source>
        <translation>FILE fehlt, die wiederherzustellende Sicherung</translation>
    </message>
    <message>
        <source>standard input is not a terminal, so there is no one to ask; add --yes to restore without asking</source>
        <translation>die Standardeingabe ist kein Terminal, daher kann niemand gefragt werden; mit --yes wird ohne Nachfrage wiederhergestellt</translation>
    </message>
    <message>
        <source>Certdeck is running; close it first. Your progress database %1 is open (in Certdeck, or another program), and Certdeck would go on saving over the restored progress. Nothing was restored.</source>
        <translation>Certdeck läuft; bitte zuerst schließen. Die Fortschrittsdatenbank %1 ist geöffnet (in Certdeck oder einem anderen Programm), und Certdeck würde weiter über den wiederhergestellten Lernfortschritt speichern. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring %1 into %2.
</source>
        <translation>%1 wird in %2 wiederhergestellt.
</translation>
    </message>
    <message>
        <source>Before restoring, your current progress is kept as a backup, so the restore can be undone.
</source>
        <translation>Vor dem Wiederherstellen wird der aktuelle Lernfortschritt gesichert, sodass sich das Wiederherstellen rückgängig machen lässt.
</translation>
    </message>
    <message>
        <source>There is no progress database yet; the backup becomes it.
</source>
        <translation>Es gibt noch keine Fortschrittsdatenbank; die Sicherung wird zur Fortschrittsdatenbank.
</translation>
    </message>
    <message>
        <source>Restore it? [y/N] </source>
        <translation>Wiederherstellen? [j/N] </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored %1.
</source>
        <translation>%1 wurde wiederhergestellt.
</translation>
    </message>
    <message>
        <source>There was no progress database before, so there was nothing to keep.
</source>
        <translation>Zuvor gab es keine Fortschrittsdatenbank, daher war nichts aufzubewahren.
</translation>
    </message>
    <message>
        <source>Your progress as it was is kept in the backup %1
To undo, restore that backup.
</source>
        <translation>Der bisherige Lernfortschritt ist aufbewahrt in der Sicherung %1
Zum Rückgängigmachen diese Sicherung wiederherstellen.
</translation>
    </message>
    <message>
        <source>The file it replaced could not be read as a Certdeck progress database; its bytes are kept in %1
</source>
        <translation>Die ersetzte Datei war nicht als Certdeck-Fortschrittsdatenbank lesbar; ihr Inhalt ist bytegenau aufbewahrt in %1
</translation>
    </message>
    <message>
        <source>Usage: certdeck progress check [--json]

Checks your progress database without changing it: SQLite&apos;s integrity check, its
foreign keys, exam answers whose exam attempt is missing, and reviews of cards that
have no schedule (review_log rows without a card_state row). Safe while Certdeck is
open. Prints each problem on stderr and exits 1 when there is any, or when the file
cannot be read (not Certdeck&apos;s, from a newer Certdeck, damaged beyond reading).
With no progress database yet there is nothing to check: it says so and exits 0.
Should it find damage, &apos;certdeck progress backups&apos; lists the backups you can restore.

Options:
  --json        print JSON: {&quot;path&quot;, &quot;exists&quot;, &quot;healthy&quot;, &quot;integrity&quot;: [problems],
                &quot;foreign_keys&quot;: [problems], &quot;answers_without_attempt&quot;: n,
                &quot;reviews_without_card&quot;: n}
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck progress check [--json]

Prüft die Fortschrittsdatenbank, ohne sie zu ändern: SQLite-Integritätsprüfung,
Fremdschlüssel, Prüfungsantworten ohne Prüfungsversuch und Wiederholungen von Karten
ohne Wiederholungsplan (review_log-Zeilen ohne card_state-Zeile). Auch bei geöffnetem
Certdeck unbedenklich. Gibt jedes Problem auf stderr aus und endet mit Status 1, wenn es
eines gibt oder die Datei nicht lesbar ist (nicht von Certdeck, von einer neueren Version,
unlesbar beschädigt). Ohne Fortschrittsdatenbank gibt es nichts zu prüfen: Das wird
gemeldet, Status 0. Bei Schäden listet &apos;certdeck progress backups&apos; die Sicherungen auf.

Optionen:
  --json        gibt JSON aus: {&quot;path&quot;, &quot;exists&quot;, &quot;healthy&quot;, &quot;integrity&quot;: [Probleme],
                &quot;foreign_keys&quot;: [Probleme], &quot;answers_without_attempt&quot;: n,
                &quot;reviews_without_card&quot;: n}
  -h, --help    zeigt diese Hilfe
</translation>
    </message>
    <message>
        <source>No progress yet: %1 does not exist, so there is nothing to check.
</source>
        <translation>Noch kein Lernfortschritt: %1 existiert nicht, daher gibt es nichts zu prüfen.
</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>foreign key check: %1</source>
        <translation>Fremdschlüsselprüfung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exam answer(s) (exam_answer) belong to an exam attempt that does not exist (exam_attempt)</source>
        <translation>
            <numerusform>%n Prüfungsantwort (exam_answer) gehört zu einem Prüfungsversuch, der nicht existiert (exam_attempt)</numerusform>
            <numerusform>%n Prüfungsantworten (exam_answer) gehören zu Prüfungsversuchen, die nicht existieren (exam_attempt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in review_log are of a card without a schedule (no card_state row)</source>
        <translation>
            <numerusform>%n Wiederholung in review_log gehört zu einer Karte ohne Wiederholungsplan (keine card_state-Zeile)</numerusform>
            <numerusform>%n Wiederholungen in review_log gehören zu Karten ohne Wiederholungsplan (keine card_state-Zeile)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: healthy (integrity, foreign keys and orphaned rows checked)
</source>
        <translation>%1: in Ordnung (Integrität, Fremdschlüssel und verwaiste Zeilen geprüft)
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found
</source>
        <translation>
            <numerusform>%1: %n Problem gefunden
</numerusform>
            <numerusform>%1: %n Probleme gefunden
</numerusform>
        </translation>
    </message>
    <message>
        <source>back your progress up now; old backups rotate</source>
        <translation>Lernfortschritt jetzt sichern; alte Sicherungen rotieren</translation>
    </message>
    <message>
        <source>list the backups of your progress</source>
        <translation>Sicherungen des Lernfortschritts auflisten</translation>
    </message>
    <message>
        <source>replace your progress with a backup</source>
        <translation>Lernfortschritt durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>check your progress database for problems</source>
        <translation>Fortschrittsdatenbank auf Probleme prüfen</translation>
    </message>
    <message>
        <source>missing FILE, the exported history to import</source>
        <translation>FILE fehlt, der exportierte Verlauf zum Importieren</translation>
    </message>
    <message>
        <source>cannot import %1: it %2</source>
        <translation>%1 kann nicht importiert werden: Die Datei %2</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <extracomment>%1 is the file, %2 what is wrong with it</extracomment>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Certdeck is running with your progress open; close it first, then import again. Nothing was imported.</source>
        <translation>Certdeck läuft und hat den Lernfortschritt geöffnet; bitte Certdeck schließen und erneut importieren. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported %1 review(s) (%2 already here); %3 card schedule(s) recomputed.
</source>
        <extracomment>%1 new reviews, %2 reviews already there, %3 cards</extracomment>
        <translation>%1 Wiederholung(en) importiert (%2 schon vorhanden); %3 Kartenplan/-pläne neu berechnet.
</translation>
    </message>
    <message>
        <source>your whole review history, to carry to another computer</source>
        <translation>der ganze Wiederholungsverlauf, zum Mitnehmen auf einen anderen Computer</translation>
    </message>
    <message>
        <source>merge an exported review history into your progress</source>
        <translation>einen exportierten Wiederholungsverlauf mit dem Lernfortschritt zusammenführen</translation>
    </message>
    <message>
        <source>Usage: certdeck calc %1 %2

%3.

Options:
</source>
        <translation>Aufruf: certdeck calc %1 %2

%3.

Optionen:
</translation>
    </message>
    <message>
        <source> (%1 to %2%3)</source>
        <extracomment>%1 smallest, %2 largest valid value, %3 unit or nothing</extracomment>
        <translation> (%1 bis %2%3)</translation>
    </message>
    <message>
        <source>; default %1</source>
        <translation>; Standard %1</translation>
    </message>
    <message>
        <source>; required</source>
        <translation>; erforderlich</translation>
    </message>
    <message>
        <source>print the figures, steps, facts and formulas as JSON</source>
        <translation>gibt Werte, Rechenschritte, Fakten und Formeln als JSON aus</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>zeigt diese Hilfe</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Rechenschritte:</translation>
    </message>
    <message>
        <source>Figures used:</source>
        <translation>Verwendete Werte:</translation>
    </message>
    <message>
        <source>%1, %2, as of %3</source>
        <extracomment>%1 a page, %2 a region, %3 a month</extracomment>
        <translation>%1, %2, Stand %3</translation>
    </message>
    <message>
        <source>Formulas in your notes:</source>
        <translation>Formeln in den Notizen:</translation>
    </message>
    <message>
        <source>Usage: certdeck calc drill --calculator NAME [--seed N] [--count K] [--json]

Exam-style numeric questions from a calculator: realistic inputs, the right answer
worked out, wrong answers from typical mistakes. The same seed gives the same drill.

Options:
  --calculator NAME   %1
  --seed N            0 to 18446744073709551615 (default 1)
  --count K           1 to %2 questions (default 10)
  --json              print [{&quot;id&quot;,&quot;stem&quot;,&quot;options&quot;:[{&quot;text&quot;,&quot;correct&quot;,&quot;why&quot;}],&quot;explanation&quot;}]
  -h, --help          show this help
</source>
        <translation>Aufruf: certdeck calc drill --calculator NAME [--seed N] [--count K] [--json]

Prüfungsnahe Rechenaufgaben aus einem Rechner: realistische Eingaben, die richtige
Antwort mit Rechenweg, falsche Antworten aus typischen Fehlern. Derselbe Seed ergibt
dieselben Aufgaben.

Optionen:
  --calculator NAME   %1
  --seed N            0 bis 18446744073709551615 (Standard 1)
  --count K           1 bis %2 Fragen (Standard 10)
  --json              gibt [{&quot;id&quot;,&quot;stem&quot;,&quot;options&quot;:[{&quot;text&quot;,&quot;correct&quot;,&quot;why&quot;}],&quot;explanation&quot;}] aus
  -h, --help          zeigt diese Hilfe
</translation>
    </message>
    <message>
        <source>--calculator must be one of %1 (got &apos;%2&apos;)</source>
        <translation>--calculator muss einer von %1 sein (angegeben: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615 (got &apos;%1&apos;)</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 18446744073709551615 sein (angegeben: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation>--count muss eine ganze Zahl von 1 bis %1 sein (angegeben: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <extracomment>%1 the letter of the right option</extracomment>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>exam-style numeric questions from a calculator</source>
        <translation>prüfungsnahe Rechenaufgaben aus einem Rechner</translation>
    </message>
    <message>
        <source>Usage: certdeck content stats [--json]

Counts of topics, note sections, cards, questions (and multi-response questions),
limits, formulas and errata, in all and per topic, with the share of note sections that
some item cites (section_coverage, 0 to 1) and the sections a deck skips on purpose;
questions per exam domain and task statement, and the task statements no question
covers; the quality figures of the questions (scenario and recall shares, how often the
correct option is the longest); the note sections nothing cites.

Options:
  --json        print JSON
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck content stats [--json]

Anzahl der Themen, Notizabschnitte, Karten, Fragen (und Mehrfachauswahlfragen),
Grenzwerte, Formeln und Korrekturen, insgesamt und je Thema, mit dem Anteil der
Notizabschnitte, die ein Eintrag zitiert (section_coverage, 0 bis 1), und den Abschnitten,
die ein Deck bewusst auslässt; Fragen je Prüfungsdomäne und Aufgabenbereich sowie die
Aufgabenbereiche, die keine Frage abdeckt; die Qualitätskennzahlen der Fragen (Anteil der
Szenario- und Wissensfragen, wie oft die richtige Antwortoption die längste ist); die
Notizabschnitte, die nichts zitiert.

Optionen:
  --json        gibt JSON aus
  -h, --help    zeigt diese Hilfe
</translation>
    </message>
    <message>
        <source>%1 topics; %2% of note sections are cited by some item, %3 skipped.</source>
        <translation>%1 Themen; %2 % der Notizabschnitte werden von einem Eintrag zitiert, %3 ausgelassen.</translation>
    </message>
    <message>
        <source>%1: %2 questions (%3)</source>
        <extracomment>%1 exam code, %2 question count, %3 &quot;domain count, domain count, ...&quot;</extracomment>
        <translation>%1: %2 Fragen (%3)</translation>
    </message>
    <message>
        <source>Task statements no question covers (the notes do not touch them):</source>
        <translation>Aufgabenbereiche, die keine Frage abdeckt (die Notizen behandeln sie nicht):</translation>
    </message>
    <message>
        <source>Questions: %1% scenarios, %2% recall; the correct option is the only longest in %3% of single-answer questions and %4 times as long as a distractor on average.</source>
        <translation>Fragen: %1 % Szenariofragen, %2 % Wissensfragen; die richtige Antwortoption ist bei %3 % der Einfachauswahlfragen als einzige die längste und im Durchschnitt %4-mal so lang wie ein Distraktor.</translation>
    </message>
    <message>
        <source>Usage: certdeck exam generate --profile ID --seed N [--json]

Prints the questions of a full practice exam of profile ID (saa-c03, dva-c02) as seed N draws
them for a learner who has answered none yet: questions per domain by the domain weights, each
question&apos;s options in the order shown. The same seed gives the same exam.

Options:
  --profile ID  the exam profile
  --seed N      a whole number from 0 to 18446744073709551615
  --json        print {&quot;profile&quot;,&quot;seed&quot;,&quot;minutes&quot;,&quot;questions&quot;:[{&quot;id&quot;,&quot;domain&quot;,&quot;choose&quot;,
                &quot;options&quot;:[option ids in the order shown]}]}; an option&apos;s id is its position
                in the deck, from 0
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck exam generate --profile ID --seed N [--json]

Gibt die Fragen einer vollständigen Übungsprüfung des Profils ID (saa-c03, dva-c02) so aus, wie
Seed N sie für jemanden zieht, der noch nichts beantwortet hat: Fragen je Domäne nach den
Domänengewichten, Antwortoptionen in angezeigter Reihenfolge. Gleicher Seed, gleiche Prüfung.

Optionen:
  --profile ID  das Prüfungsprofil
  --seed N      eine ganze Zahl von 0 bis 18446744073709551615
  --json        gibt {&quot;profile&quot;,&quot;seed&quot;,&quot;minutes&quot;,&quot;questions&quot;:[{&quot;id&quot;,&quot;domain&quot;,&quot;choose&quot;,
                &quot;options&quot;:[IDs der Antwortoptionen in angezeigter Reihenfolge]}]} aus;
                die ID einer Antwortoption ist ihre Position im Deck, ab 0
  -h, --help    zeigt diese Hilfe
</translation>
    </message>
    <message>
        <source>missing --profile, e.g. --profile saa-c03</source>
        <translation>--profile fehlt, z. B. --profile saa-c03</translation>
    </message>
    <message>
        <source>no exam profile &apos;%1&apos; (there are: %2)</source>
        <translation>kein Prüfungsprofil &apos;%1&apos; (vorhanden: %2)</translation>
    </message>
    <message>
        <source>%1: %2 questions, %3 minutes (seed %4)</source>
        <extracomment>%1 exam code; %2 number of questions; %3 minutes; %4 the seed</extracomment>
        <translation>%1: %2 Fragen, %3 Minuten (Seed %4)</translation>
    </message>
    <message>
        <source>draw a full practice exam of a profile</source>
        <translation>eine vollständige Übungsprüfung zu einem Profil zusammenstellen</translation>
    </message>
    <message>
        <source>Usage: certdeck stats [--json] [--days N]

Your study statistics, as the Stats page shows them: reviews per day by rating, cards due
in the next 30 days, true retention per topic, card states, the streak, exam scores and
accuracy per exam domain, and the readiness estimate per exam (an estimate of Certdeck&apos;s
scoring, with its 80% range). Only reads your progress.

Options:
  --json        print JSON
  --days N      the window of daily activity, retention and accuracy (1-3650, default 30)
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck stats [--json] [--days N]

Die Lernstatistik, wie sie die Seite „Statistik“ zeigt: Wiederholungen pro Tag nach
Bewertung, in den nächsten 30 Tagen fällige Karten, tatsächliche Behaltensquote je Thema,
Kartenstatus, die Lernserie, Prüfungsergebnisse und Trefferquote je Prüfungsdomäne sowie
die Schätzung der Prüfungsreife je Prüfung (eine Schätzung nach der Bewertung von Certdeck,
mit ihrem 80-%-Bereich). Liest den Lernfortschritt nur, ohne ihn zu ändern.

Optionen:
  --json        gibt JSON aus
  --days N      Zeitraum für tägliche Aktivität, Behaltensquote und Trefferquote
                (1-3650, Standard 30)
  -h, --help    zeigt diese Hilfe
</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to %1</source>
        <translation>--days muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s):</source>
        <translation>
            <numerusform>Letzter %n Tag:</numerusform>
            <numerusform>Letzte %n Tage:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>True retention: %1% of %n review(s)</source>
        <translation>
            <numerusform>Tatsächliche Behaltensquote: %1 % bei %n Wiederholung</numerusform>
            <numerusform>Tatsächliche Behaltensquote: %1 % bei %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Due in the next 30 days: %1 (today: %2)</source>
        <translation>In den nächsten 30 Tagen fällig: %1 (heute: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Lernserie: %n Tag</numerusform>
            <numerusform>Lernserie: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 readiness (estimate): %2, likely %3 to %4; chance to pass about %5%</source>
        <extracomment>%1 exam code, %2 estimated score, %3-%4 its 80% range, %5 pass chance in percent</extracomment>
        <translation>Prüfungsreife %1 (Schätzung): %2, wahrscheinlich %3 bis %4; Bestehenschance etwa %5 %</translation>
    </message>
    <message>
        <source>%1 readiness: no estimate yet (study cards or answer questions)</source>
        <translation>Prüfungsreife %1: noch keine Schätzung (Karten lernen oder Fragen beantworten)</translation>
    </message>
    <message>
        <source>study statistics and the readiness estimate per exam</source>
        <translation>Lernstatistik und Schätzung der Prüfungsreife je Prüfung</translation>
    </message>
    <message>
        <source>
The file is CSV as RFC 4180 writes it (commas, CRLF line ends, quotes where needed), in UTF-8
with a byte-order mark, so Excel and LibreOffice read accented and Japanese text right. Text
that a spreadsheet would run as a formula (starting with =, +, -, @) starts with a &apos; instead.
Times are ISO 8601 in UTC (2026-11-22T10:00:00Z), numbers use a dot, yes/no is true/false.
Only reads your progress: it never creates or changes it. With no progress database yet
there is nothing of yours to add, which is not an error.

Options:
  --out FILE    write to FILE (replaced whole, or left as it was when writing fails);
                without it, or with --out -, the CSV goes to standard output
  -h, --help    show this help
</source>
        <translation>
Die Datei ist CSV nach RFC 4180 (Kommas, CRLF-Zeilenenden, Anführungszeichen wo nötig), in UTF-8
mit Byte-Order-Mark, damit Excel und LibreOffice Umlaute und japanischen Text richtig lesen. Text,
den eine Tabellenkalkulation als Formel ausführen würde (beginnend mit =, +, -, @), beginnt
stattdessen mit einem &apos;. Zeiten sind ISO 8601 in UTC (2026-11-22T10:00:00Z), Zahlen haben einen
Punkt, Ja/Nein ist true/false.
Liest Ihren Fortschritt nur: er wird nie angelegt oder verändert. Ohne Fortschrittsdatenbank gibt
es noch nichts von Ihnen hinzuzufügen; das ist kein Fehler.

Optionen:
  --out DATEI   nach DATEI schreiben (ganz ersetzt, oder unverändert, wenn das Schreiben
                scheitert); ohne sie oder mit --out - geht die CSV auf die Standardausgabe
  -h, --help    diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>A change to your progress database %1 was cut short (Certdeck was stopped while saving). Open Certdeck once so that it rolls the change back, then export again.</source>
        <translation>Eine Änderung an Ihrer Fortschrittsdatenbank %1 wurde abgebrochen (Certdeck wurde beim Speichern beendet). Öffnen Sie Certdeck einmal, damit es die Änderung zurücknimmt, und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>kann nicht auf die Standardausgabe schreiben: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file, %2 why it cannot be written</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is there, not a file (use --out - for standard output)</source>
        <extracomment>%1 is what stands at the path, e.g. &quot;a folder&quot;</extracomment>
        <translation>dort steht %1, keine Datei (--out - schreibt auf die Standardausgabe)</translation>
    </message>
    <message>
        <source>Usage: certdeck export cards [--out FILE]

Writes every card of the bank with your schedule as CSV, one row a card, for a
spreadsheet. Columns: id, topic, topic_title, front, back, source, source_file,
source_line, state (new, learning, review or relearning), due, last_review,
stability, difficulty, reviews, lapses, suspended, leech. A card you have not
studied yet is new, with no due time, stability or difficulty.
</source>
        <translation>Aufruf: certdeck export cards [--out DATEI]

Schreibt jede Karte der Sammlung mit Ihrem Plan als CSV, eine Zeile je Karte, für eine
Tabellenkalkulation. Spalten: id, topic, topic_title, front, back, source, source_file,
source_line, state (new, learning, review oder relearning), due, last_review,
stability, difficulty, reviews, lapses, suspended, leech. Eine Karte, die Sie noch nicht
gelernt haben, ist new, ohne Fälligkeit, Stabilität und Schwierigkeit.
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1</source>
        <translation>
            <numerusform>%n Karte nach %1 geschrieben</numerusform>
            <numerusform>%n Karten nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: certdeck export exams [--out FILE]

Writes your exam history as CSV, one row per exam, practice or drill you finished or
abandoned, oldest first, for a spreadsheet. Columns: id, started, finished, status
(finished or abandoned), profile, mode (timed, practice or drill), title, questions,
answered, correct, percent_correct, scaled_score, passed, duration_seconds,
time_limit_minutes, then one per domain of each exam (&quot;SAA-C03 secure %&quot;: the percent
of that domain&apos;s questions answered right). Scores are the ones recorded when you
submitted. With no exams yet, the file holds only the header.
</source>
        <translation>Aufruf: certdeck export exams [--out DATEI]

Schreibt Ihren Prüfungsverlauf als CSV, eine Zeile je beendeter oder abgebrochener Prüfung,
Übung oder Drill, die älteste zuerst, für eine Tabellenkalkulation. Spalten: id, started,
finished, status (finished oder abandoned), profile, mode (timed, practice oder drill), title,
questions, answered, correct, percent_correct, scaled_score, passed, duration_seconds,
time_limit_minutes, dann eine je Domäne jeder Prüfung (&quot;SAA-C03 secure %&quot;: der Anteil der
Fragen dieser Domäne, der richtig beantwortet wurde, in Prozent). Die Ergebnisse sind die beim
Abgeben gespeicherten. Ohne Prüfungen enthält die Datei nur die Kopfzeile.
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exam attempt(s) to %1</source>
        <translation>
            <numerusform>%n Prüfungsversuch nach %1 geschrieben</numerusform>
            <numerusform>%n Prüfungsversuche nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>your cards and their schedule as CSV, for a spreadsheet</source>
        <translation>Ihre Karten und ihr Plan als CSV, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>your exam history as CSV, for a spreadsheet</source>
        <translation>Ihr Prüfungsverlauf als CSV, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Usage: certdeck notes import FILE...

Adds your own notes to Certdeck: plain-text files in either style the bank&apos;s notes use
(titles between dashes, or headings over indented text) or with Markdown headings (&apos;# SQS&apos;).
Each heading becomes a section under the topic it names, searchable with &apos;certdeck lookup&apos;
and readable on the Notes page. Importing a file of the same name again replaces it. A file
that is not text is refused with the reason; the others are imported all the same.
Your notes are kept with your progress, so backups and &apos;progress export&apos; include them.

Options:
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck notes import DATEI...

Fügt Certdeck eigene Notizen hinzu: Textdateien in einem der beiden Stile der mitgelieferten
Notizen (Titel zwischen Strichen oder Überschriften über eingerücktem Text) oder mit
Markdown-Überschriften (&apos;# SQS&apos;). Jede Überschrift wird ein Abschnitt unter dem Thema, das sie
nennt, durchsuchbar mit &apos;certdeck lookup&apos; und lesbar auf der Seite Notizen. Eine Datei
gleichen Namens erneut zu importieren ersetzt sie. Eine Datei, die kein Text ist, wird mit
Begründung abgelehnt; die übrigen werden trotzdem importiert.
Ihre Notizen werden mit Ihrem Fortschritt gespeichert, Sicherungen und &apos;progress export&apos;
enthalten sie also.

Optionen:
  -h, --help    diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>missing FILE, the notes to import</source>
        <translation>DATEI fehlt, die zu importierenden Notizen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n line(s))</source>
        <extracomment>%1 is a file name; %n its number of lines</extracomment>
        <translation>
            <numerusform>%1 importiert (%n Zeile)</numerusform>
            <numerusform>%1 importiert (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 (%n line(s))</source>
        <translation>
            <numerusform>%1 aktualisiert (%n Zeile)</numerusform>
            <numerusform>%1 aktualisiert (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already imported as it is</source>
        <translation>%1 ist bereits so importiert</translation>
    </message>
    <message numerus="yes">
        <source>Your notes: %n file(s), </source>
        <translation>
            <numerusform>Ihre Notizen: %n Datei, </numerusform>
            <numerusform>Ihre Notizen: %n Dateien, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s), searchable with &apos;certdeck lookup&apos;.</source>
        <translation>
            <numerusform>%n Abschnitt, durchsuchbar mit &apos;certdeck lookup&apos;.</numerusform>
            <numerusform>%n Abschnitte, durchsuchbar mit &apos;certdeck lookup&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: certdeck notes list [--json]

Lists the notes you imported: name, title, lines and when.

Options:
  --json        print JSON
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck notes list [--json]

Listet die importierten Notizen auf: Name, Titel, Zeilen und wann.

Optionen:
  --json        JSON ausgeben
  -h, --help    diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>No notes of your own yet: add some with &apos;certdeck notes import FILE&apos;.</source>
        <translation>Noch keine eigenen Notizen: fügen Sie welche mit &apos;certdeck notes import DATEI&apos; hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%1  imported %2, %n line(s)</source>
        <extracomment>%1 file name, %2 the date it was imported; then its number of lines</extracomment>
        <translation>
            <numerusform>%1  importiert %2, %n Zeile</numerusform>
            <numerusform>%1  importiert %2, %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: certdeck notes remove NAME

Removes the notes file NAME you imported (as &apos;certdeck notes list&apos;
names it). Cards you made from its lines stay.

Options:
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck notes remove NAME

Entfernt die importierte Notizdatei NAME (wie &apos;certdeck notes list&apos; sie
nennt). Karten, die Sie aus ihren Zeilen erstellt haben, bleiben.

Optionen:
  -h, --help    diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>missing NAME, the notes file to remove</source>
        <translation>NAME fehlt, die zu entfernende Notizdatei</translation>
    </message>
    <message>
        <source>no notes of yours are named &apos;%1&apos; (see &apos;certdeck notes list&apos;)</source>
        <translation>keine Ihrer Notizen heißt &apos;%1&apos; (siehe &apos;certdeck notes list&apos;)</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>add your own notes (text or Markdown) to lookup and the Notes page</source>
        <translation>eigene Notizen (Text oder Markdown) zur Suche und zur Seite Notizen hinzufügen</translation>
    </message>
    <message>
        <source>the notes you imported</source>
        <translation>die importierten Notizen</translation>
    </message>
    <message>
        <source>remove notes you imported</source>
        <translation>importierte Notizen entfernen</translation>
    </message>
    <message>
        <source>Usage: certdeck progress export --json &gt; progress.json

Prints your whole review history (card, time, rating and time taken of every grade), what
you set on cards (suspended, leech) and the notes you imported as JSON, to carry your
progress to another computer with &apos;certdeck progress import&apos;. Only reads: it never changes
your progress.

Options:
  --json        print JSON (the only format)
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck progress export --json &gt; progress.json

Gibt Ihren gesamten Wiederholungsverlauf (Karte, Zeitpunkt, Bewertung und Dauer jeder
Bewertung), was Sie an Karten eingestellt haben (ausgesetzt, Leech) und Ihre importierten
Notizen als JSON aus, um Ihren Fortschritt mit &apos;certdeck progress import&apos; auf einen anderen
Computer mitzunehmen. Liest nur: Ihr Fortschritt wird nie verändert.

Optionen:
  --json        JSON ausgeben (das einzige Format)
  -h, --help    diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>Usage: certdeck progress import FILE

Merges a review history that &apos;certdeck progress export --json&apos; wrote (on this computer or
another) into your progress: reviews you already have are skipped (the same card at the
same time is stored once), and every card that gained reviews gets its schedule
recomputed from its whole history. Suspended and leech marks are added. Notes you imported
there are added here; of two notes files of the same name, the one imported last is kept.
Your progress is backed up first; the reviews merge in one transaction, so they are merged
whole or not at all, and the notes in another.
Close Certdeck first: while it has your progress open, the import is refused.

Options:
  -h, --help    show this help
</source>
        <translation>Aufruf: certdeck progress import DATEI

Führt einen Wiederholungsverlauf, den &apos;certdeck progress export --json&apos; (auf diesem oder einem
anderen Computer) geschrieben hat, mit Ihrem Fortschritt zusammen: Wiederholungen, die Sie
schon haben, werden übersprungen (dieselbe Karte zur selben Zeit wird einmal gespeichert), und
jede Karte mit neuen Wiederholungen erhält ihren Plan neu aus ihrem ganzen Verlauf berechnet.
Markierungen als ausgesetzt und Leech werden übernommen. Dort importierte Notizen kommen hier
hinzu; von zwei Notizdateien gleichen Namens bleibt die zuletzt importierte.
Ihr Fortschritt wird zuerst gesichert; die Wiederholungen werden in einer Transaktion
zusammengeführt, also ganz oder gar nicht, die Notizen in einer weiteren.
Schließen Sie Certdeck zuerst: solange es Ihren Fortschritt geöffnet hat, wird der Import
abgelehnt.

Optionen:
  -h, --help    diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>Imported %1 of %2 notes file(s).
</source>
        <extracomment>%1 notes files taken from the export, %2 in it</extracomment>
        <translation>%1 von %2 Notizdatei(en) importiert.
</translation>
    </message>
    <message>
        <source>%1 is there, not a file</source>
        <extracomment>%1 is what stands at the path, e.g. &quot;a folder&quot;</extracomment>
        <translation>dort steht %1, keine Datei</translation>
    </message>
    <message>
        <source>Usage: certdeck export anki --out FILE.apkg [--with-history]

Writes every card of the bank (and your own cards) as an Anki package, for Anki on a
computer (2.1.50 or later) or AnkiDroid on a phone: File &gt; Import in Anki, or Import in
AnkiDroid&apos;s menu. Each topic is a deck under &quot;Certdeck&quot; (&quot;Certdeck::Amazon SQS&quot;); each
card is a note of the type &quot;Certdeck&quot; with the fields Front, Back, Source (where in the
notes it comes from, with the quote) and Certdeck ID, tagged with its topic and the exams
its topic serves (sqs saa-c03 dva-c02). The ids are the same in every export, so importing
a newer export updates the notes instead of adding them twice.

With --with-history, your schedule and your reviews come too: each card&apos;s state, due date,
interval, reviews and lapses, its FSRS memory (stability and difficulty), whether it is
suspended, and every review in Anki&apos;s review log, so that Anki can go on where Certdeck
stopped. Tick &quot;Import any learning progress&quot; when importing, and turn FSRS on in the deck
options. Without it, every card is new. Only reads your progress: it never creates or
changes it; with no progress database yet there is no history to add.

Options:
  --out FILE       write the package to FILE (replaced whole, or left as it was when
                   writing fails)
  --with-history   add your schedule and review history
  -h, --help       show this help
</source>
        <translation>Aufruf: certdeck export anki --out DATEI.apkg [--with-history]

Schreibt jede Karte der Sammlung (und Ihre eigenen Karten) als Anki-Paket, für Anki auf dem
Computer (2.1.50 oder neuer) oder AnkiDroid auf dem Telefon: Datei &gt; Importieren in Anki oder
Importieren im Menü von AnkiDroid. Jedes Thema ist ein Stapel unter &quot;Certdeck&quot;
(&quot;Certdeck::Amazon SQS&quot;); jede Karte ist eine Notiz des Typs &quot;Certdeck&quot; mit den Feldern
Front, Back, Source (woher in den Notizen sie stammt, mit dem Zitat) und Certdeck ID, mit
ihrem Thema und den Prüfungen verschlagwortet, denen ihr Thema dient (sqs saa-c03 dva-c02).
Die IDs sind in jedem Export gleich, ein neuerer Export aktualisiert die Notizen also, statt
sie doppelt anzulegen.

Mit --with-history kommen Ihr Plan und Ihre Wiederholungen mit: Zustand, Fälligkeit,
Intervall, Wiederholungen und Fehler jeder Karte, ihr FSRS-Gedächtnis (Stabilität und
Schwierigkeit), ob sie ausgesetzt ist, und jede Wiederholung im Verlauf von Anki, damit Anki
dort weitermachen kann, wo Certdeck aufgehört hat. Wählen Sie beim Import &quot;Lernfortschritt
importieren&quot; und schalten Sie FSRS in den Stapeloptionen ein. Ohne die Option ist jede Karte
neu. Liest Ihren Fortschritt nur: er wird nie angelegt oder verändert; ohne
Fortschrittsdatenbank gibt es keinen Verlauf hinzuzufügen.

Optionen:
  --out DATEI      das Paket nach DATEI schreiben (ganz ersetzt, oder unverändert, wenn das
                   Schreiben scheitert)
  --with-history   Ihren Plan und Ihren Wiederholungsverlauf hinzufügen
  -h, --help       diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>--out FILE is needed: an Anki package is a file, not text</source>
        <translation>--out DATEI ist nötig: ein Anki-Paket ist eine Datei, kein Text</translation>
    </message>
    <message numerus="yes">
        <source>With your schedule and %n review(s).</source>
        <translation>
            <numerusform>Mit Ihrem Plan und %n Wiederholung.</numerusform>
            <numerusform>Mit Ihrem Plan und %n Wiederholungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the cards as an Anki package, with your schedule if you like</source>
        <translation>die Karten als Anki-Paket, auf Wunsch mit Ihrem Plan</translation>
    </message>
    <message>
        <source>Imported %1 of %2 card(s) of your own.
</source>
        <extracomment>%1 own cards taken from the export, %2 in it</extracomment>
        <translation>%1 von %2 eigenen Karte(n) importiert.
</translation>
    </message>
</context>
<context>
    <name>ContentCompiler</name>
    <message>
        <source>source of &apos;%1&apos; is not in the notes: &quot;%2&quot;</source>
        <translation>Quelle von &apos;%1&apos; steht nicht in den Notizen: „%2“</translation>
    </message>
    <message>
        <source>source of &apos;%1&apos; is ambiguous: &quot;%2&quot; is on %3 lines (%4); quote more of the line</source>
        <translation>Quelle von &apos;%1&apos; ist mehrdeutig: „%2“ steht auf %3 Zeilen (%4); bitte mehr von der Zeile zitieren</translation>
    </message>
    <message>
        <source>no notes: expected notes/*.txt</source>
        <translation>keine Notizen: erwartet wird notes/*.txt</translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; must be declared: it holds notes before any heading</source>
        <translation>Thema &apos;%1&apos; muss deklariert sein: Es nimmt die Notizen vor der ersten Überschrift auf</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at %2:%3)</source>
        <translation>doppelte ID &apos;%1&apos; (zuerst verwendet in %2:%3)</translation>
    </message>
    <message>
        <source>unknown topic &apos;%1&apos; (declare it in topics.yaml)</source>
        <translation>unbekanntes Thema &apos;%1&apos; (bitte in topics.yaml deklarieren)</translation>
    </message>
    <message>
        <source>deck for topic &apos;%1&apos; must be named %1.yaml</source>
        <translation>das Deck für Thema &apos;%1&apos; muss %1.yaml heißen</translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; already has a deck: %2</source>
        <translation>Thema &apos;%1&apos; hat bereits ein Deck: %2</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; names unknown exam profile &apos;%2&apos;</source>
        <translation>Frage &apos;%1&apos; nennt das unbekannte Prüfungsprofil &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: &apos;%2&apos; is not a task statement of %3 (one of: %4)</source>
        <translation>Frage &apos;%1&apos;: &apos;%2&apos; ist kein Aufgabenbereich von %3 (erlaubt: %4)</translation>
    </message>
    <message>
        <source>skipped section</source>
        <extracomment>names a skipped note section in messages, by the quote that marks it</extracomment>
        <translation>ausgelassener Abschnitt</translation>
    </message>
</context>
<context>
    <name>ContentRepository</name>
    <message>
        <source>The content database %1 cannot be opened: %2.</source>
        <translation>Die Inhaltsdatenbank %1 lässt sich nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck content database.</source>
        <translation>%1 ist keine Certdeck-Inhaltsdatenbank.</translation>
    </message>
    <message>
        <source>The content database %1 has schema %2, but this Certdeck reads schema %3. Reinstall Certdeck, or rebuild content.db from its sources.</source>
        <translation>Die Inhaltsdatenbank %1 hat das Schema %2, diese Certdeck-Version liest jedoch Schema %3. Bitte Certdeck neu installieren oder content.db aus den Quellen neu erstellen.</translation>
    </message>
    <message>
        <source>The content database %1 is missing. Reinstall Certdeck, or rebuild content.db from its sources.</source>
        <translation>Die Inhaltsdatenbank %1 fehlt. Bitte Certdeck neu installieren oder content.db aus den Quellen neu erstellen.</translation>
    </message>
    <message>
        <source>The content database %1 %2.</source>
        <extracomment>%2 says what is wrong, e.g. &quot;is a folder, not a regular file&quot;</extracomment>
        <translation>Die Inhaltsdatenbank %1 %2.</translation>
    </message>
    <message>
        <source>The content database %1 is damaged (%2). Reinstall Certdeck, or rebuild content.db from its sources.</source>
        <extracomment>%1 is the file; %2 says what is wrong with it</extracomment>
        <translation>Die Inhaltsdatenbank %1 ist beschädigt (%2). Bitte Certdeck neu installieren oder content.db aus den Quellen neu erstellen.</translation>
    </message>
    <message>
        <source>tables missing: %1</source>
        <translation>fehlende Tabellen: %1</translation>
    </message>
    <message>
        <source>its schema version or content hash is missing</source>
        <translation>Schemaversion oder Inhalts-Hash fehlt</translation>
    </message>
    <message>
        <source>Reading the content database %1 failed: %2. Reinstall Certdeck, or rebuild content.db from its sources.</source>
        <extracomment>%1 is the file; %2 is SQLite&apos;s message</extracomment>
        <translation>Die Inhaltsdatenbank %1 konnte nicht gelesen werden: %2. Installieren Sie Certdeck neu oder erstellen Sie content.db neu aus den Quellen.</translation>
    </message>
</context>
<context>
    <name>ContentSources</name>
    <message>
        <source>cannot list this folder: permission denied</source>
        <translation>Ordnerinhalt kann nicht aufgelistet werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>%1 says what is wrong (&quot;is a folder, not a regular file&quot;), %2 what the folder holds</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>deck files end in %1, not %2: rename it to %3</source>
        <translation>Deck-Dateien enden auf %1, nicht auf %2: bitte in %3 umbenennen</translation>
    </message>
    <message>
        <source>not content: %1</source>
        <translation>kein Inhalt: %1</translation>
    </message>
    <message>
        <source>notes/ holds plain-text notes files named *.txt (hidden files are ignored)</source>
        <translation>notes/ enthält Notizdateien als reinen Text mit Namen *.txt (versteckte Dateien werden ignoriert)</translation>
    </message>
    <message>
        <source>decks/ holds one file per topic named &lt;topic&gt;.yaml (hidden files are ignored)</source>
        <translation>decks/ enthält je Thema eine Datei mit Namen &lt;topic&gt;.yaml (versteckte Dateien werden ignoriert)</translation>
    </message>
</context>
<context>
    <name>DeckLoader</name>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (expected one of: %3)</source>
        <translation>%2: unbekannter Schlüssel &apos;%1&apos; (erlaubt: %3)</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation>%1: Schlüssel &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be text</source>
        <translation>%2: &apos;%1&apos; muss Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is empty</source>
        <translation>%2: &apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be true or false</source>
        <translation>%2: &apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a list</source>
        <translation>%2: &apos;%1&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is not of the form &lt;topic&gt;.&lt;name&gt; (lowercase letters, digits, &apos;-&apos;, &apos;.&apos;)</source>
        <translation>ID &apos;%1&apos; hat nicht die Form &lt;topic&gt;.&lt;name&gt; (Kleinbuchstaben, Ziffern, &apos;-&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; must start with the deck&apos;s topic &apos;%2.&apos;</source>
        <translation>ID &apos;%1&apos; muss mit dem Thema des Decks beginnen: &apos;%2.&apos;</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has no options</source>
        <translation>Frage &apos;%1&apos; hat keine Antwortoptionen</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Antwortoption</translation>
    </message>
    <message>
        <source>an option&apos;s &apos;why&apos; must be one sentence</source>
        <translation>&apos;why&apos; einer Antwortoption muss ein einzelner Satz sein</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has the option &apos;%2&apos; twice</source>
        <translation>Frage &apos;%1&apos; enthält die Antwortoption &apos;%2&apos; zweimal</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; says choose %2 but marks %3 option(s) correct</source>
        <translation>Frage &apos;%1&apos; hat &apos;choose&apos; %2, markiert aber %3 Antwortoption(en) als richtig</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; needs at least %2 options to choose %3 (has %4)</source>
        <translation>Frage &apos;%1&apos; braucht mindestens %2 Antwortoptionen für &apos;choose&apos; %3 (hat %4)</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>&apos;where&apos; in formula must map each variable to its meaning</source>
        <translation>&apos;where&apos; einer Formel muss jede Variable ihrer Bedeutung zuordnen</translation>
    </message>
    <message>
        <source>erratum</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>the topics file</source>
        <translation>Themendatei</translation>
    </message>
    <message>
        <source>the topics file has no &apos;topics&apos; list</source>
        <translation>die Themendatei hat keine Liste &apos;topics&apos;</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>topic id &apos;%1&apos; must be lowercase letters, digits and &apos;-&apos;</source>
        <translation>Themen-ID &apos;%1&apos; darf nur Kleinbuchstaben, Ziffern und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; is declared twice (first at line %2)</source>
        <translation>Thema &apos;%1&apos; ist doppelt deklariert (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>alias of topic &apos;%1&apos; has no words</source>
        <translation>ein Alias von Thema &apos;%1&apos; enthält keine Wörter</translation>
    </message>
    <message>
        <source>alias &apos;%1&apos; names two topics: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>Alias &apos;%1&apos; bezeichnet zwei Themen: &apos;%2&apos; und &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the exams file</source>
        <translation>Prüfungsdatei</translation>
    </message>
    <message>
        <source>the exams file has no &apos;profiles&apos; list</source>
        <translation>die Prüfungsdatei hat keine Liste &apos;profiles&apos;</translation>
    </message>
    <message>
        <source>exam profile</source>
        <translation>Prüfungsprofil</translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; needs a positive question count and duration</source>
        <translation>Prüfungsprofil &apos;%1&apos; braucht eine positive Fragenanzahl und Dauer</translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; needs &apos;score: {min, max, pass}&apos;</source>
        <translation>Prüfungsprofil &apos;%1&apos; braucht &apos;score: {min, max, pass}&apos;</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>scores must satisfy min &lt; pass &lt;= max (%1, %2, %3)</source>
        <translation>die Punktzahlen müssen min &lt; pass &lt;= max erfüllen (%1, %2, %3)</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>domain &apos;%1&apos; appears twice in &apos;%2&apos;</source>
        <translation>Domäne &apos;%1&apos; kommt in &apos;%2&apos; zweimal vor</translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; has no domains</source>
        <translation>Prüfungsprofil &apos;%1&apos; hat keine Domänen</translation>
    </message>
    <message>
        <source>domain weights of &apos;%1&apos; add up to %2, not 100</source>
        <translation>die Domänengewichte von &apos;%1&apos; ergeben zusammen %2, nicht 100</translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; is declared twice</source>
        <translation>Prüfungsprofil &apos;%1&apos; ist doppelt deklariert</translation>
    </message>
    <message>
        <source>a deck</source>
        <translation>Deck</translation>
    </message>
    <message>
        <source>the deck</source>
        <translation>Deck</translation>
    </message>
    <message>
        <source>a second YAML document (after &apos;---&apos;): a content file is one document</source>
        <translation>ein zweites YAML-Dokument (nach &apos;---&apos;): eine Inhaltsdatei besteht aus genau einem Dokument</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2); a mapping holds each key once</source>
        <translation>doppelter Schlüssel &apos;%1&apos; (zuerst in Zeile %2); eine Zuordnung enthält jeden Schlüssel nur einmal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 %3</source>
        <extracomment>%3 says what is wrong, e.g. &quot;holds U+001B (escape); write plain text&quot;</extracomment>
        <translation>%2: &apos;%1&apos; %3</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a whole number from %3 to %4</source>
        <translation>%2: &apos;%1&apos; muss eine ganze Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>an exam profile id</source>
        <translation>eine Prüfungsprofil-ID</translation>
    </message>
    <message>
        <source>limit value &apos;%1&apos; is not a finite number; write a number, or words such as &quot;no limit&quot;</source>
        <translation>der Wert &apos;%1&apos; des Grenzwerts ist keine endliche Zahl; bitte eine Zahl angeben oder Wörter wie „unbegrenzt“</translation>
    </message>
    <message>
        <source>a variable</source>
        <translation>eine Variable</translation>
    </message>
    <message>
        <source>a variable&apos;s meaning</source>
        <translation>die Bedeutung einer Variablen</translation>
    </message>
    <message>
        <source>&apos;inputs&apos; in formula must map each calculator input to a value</source>
        <translation>&apos;inputs&apos; einer Formel muss jeder Eingabe des Rechners einen Wert zuordnen</translation>
    </message>
    <message>
        <source>&apos;inputs&apos; in formula needs a &apos;calculator&apos; to give them to</source>
        <translation>&apos;inputs&apos; einer Formel braucht einen &apos;calculator&apos;, an den die Eingaben gehen</translation>
    </message>
    <message>
        <source>an input</source>
        <translation>eine Eingabe</translation>
    </message>
    <message>
        <source>an input&apos;s value</source>
        <translation>der Wert einer Eingabe</translation>
    </message>
    <message>
        <source>the calculators file</source>
        <translation>Rechnerdatei</translation>
    </message>
    <message>
        <source>the calculators file has no &apos;facts&apos; list</source>
        <translation>die Rechnerdatei hat keine Liste &apos;facts&apos;</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>fact id &apos;%1&apos; must be lowercase words joined by dots, such as ebs.gp2.max-iops</source>
        <translation>Fakt-ID &apos;%1&apos; muss aus kleingeschriebenen, durch Punkte verbundenen Wörtern bestehen, etwa ebs.gp2.max-iops</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at line %2)</source>
        <translation>doppelte ID &apos;%1&apos; (zuerst verwendet in Zeile %2)</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos; needs a finite number as its value</source>
        <translation>Fakt &apos;%1&apos; braucht eine endliche Zahl als Wert</translation>
    </message>
    <message>
        <source>the url of &apos;%1&apos; must start with https://</source>
        <translation>die URL von &apos;%1&apos; muss mit https:// beginnen</translation>
    </message>
    <message>
        <source>price &apos;%1&apos; needs its region and as_of (the month it was read, YYYY-MM)</source>
        <translation>Preis &apos;%1&apos; braucht region und as_of (den Monat, in dem er abgelesen wurde, JJJJ-MM)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a region or as_of but is not a price (its unit names no USD)</source>
        <translation>&apos;%1&apos; hat region oder as_of, ist aber kein Preis (seine Einheit enthält kein USD)</translation>
    </message>
    <message>
        <source>as_of of &apos;%1&apos; must be a month, YYYY-MM</source>
        <translation>as_of von &apos;%1&apos; muss ein Monat sein, JJJJ-MM</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; needs &apos;tasks&apos;: a mapping of exam profile to task statement, e.g. {saa-c03: &quot;2.1&quot;}</source>
        <translation>Frage &apos;%1&apos; braucht &apos;tasks&apos;: eine Zuordnung von Prüfungsprofil zu Aufgabenbereich, z. B. {saa-c03: &quot;2.1&quot;}</translation>
    </message>
    <message>
        <source>a task statement id</source>
        <translation>eine Aufgabenbereichs-ID</translation>
    </message>
    <message>
        <source>skipped section</source>
        <translation>ausgelassener Abschnitt</translation>
    </message>
    <message>
        <source>task statement</source>
        <translation>Aufgabenbereich</translation>
    </message>
    <message>
        <source>task statement &apos;%1&apos; appears twice in &apos;%2&apos;</source>
        <translation>Aufgabenbereich &apos;%1&apos; kommt in &apos;%2&apos; zweimal vor</translation>
    </message>
    <message>
        <source>domain &apos;%1&apos; of &apos;%2&apos; lists no task statements (&apos;tasks&apos;)</source>
        <translation>Domäne &apos;%1&apos; von &apos;%2&apos; nennt keine Aufgabenbereiche (&apos;tasks&apos;)</translation>
    </message>
    <message>
        <source>the lookup file</source>
        <translation>Nachschlagedatei</translation>
    </message>
    <message>
        <source>a lookup term</source>
        <translation>ein Suchbegriff</translation>
    </message>
    <message>
        <source>lookup term &apos;%1&apos; has no word in it</source>
        <translation>Suchbegriff &apos;%1&apos; enthält kein Wort</translation>
    </message>
    <message>
        <source>lookup term &apos;%1&apos; is already listed at line %2; a term belongs to one list or group only</source>
        <translation>Suchbegriff &apos;%1&apos; steht bereits in Zeile %2; ein Begriff gehört nur zu einer einzigen Liste oder Gruppe</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must be a list of at least two terms</source>
        <translation>jeder Eintrag von &apos;%1&apos; muss eine Liste mit mindestens zwei Begriffen sein</translation>
    </message>
    <message>
        <source>the notes file list</source>
        <translation>Notizdateiliste</translation>
    </message>
    <message>
        <source>the notes file list has no &apos;files&apos; list</source>
        <translation>die Notizdateiliste hat keine Liste &apos;files&apos;</translation>
    </message>
    <message>
        <source>notes file entry</source>
        <translation>Notizdatei-Eintrag</translation>
    </message>
    <message>
        <source>notes file &apos;%1&apos; is listed twice</source>
        <translation>Notizdatei &apos;%1&apos; ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>notes file &apos;%1&apos; is not in notes/</source>
        <translation>Notizdatei &apos;%1&apos; liegt nicht in notes/</translation>
    </message>
    <message>
        <source>the content release</source>
        <translation>die Inhaltsfreigabe</translation>
    </message>
    <message>
        <source>&apos;checked&apos; must be the day the facts were checked, as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>&apos;checked&apos; muss der Tag sein, an dem die Fakten geprüft wurden, als JJJJ-MM-TT (YYYY-MM-DD), nicht „%1“</translation>
    </message>
</context>
<context>
    <name>DynamoDbCapacity</name>
    <message>
        <source>DynamoDB capacity</source>
        <translation>DynamoDB-Kapazität</translation>
    </message>
    <message>
        <source>Read and write capacity units for a provisioned table, and request units on demand</source>
        <translation>Lese- und Schreibkapazitätseinheiten für eine Tabelle im bereitgestellten Modus und Anforderungseinheiten bei On-Demand</translation>
    </message>
    <message>
        <source>Item size</source>
        <translation>Elementgröße</translation>
    </message>
    <message>
        <source>Size of one item; reads round it up to the next 4 KB, writes to the next 1 KB</source>
        <translation>Größe eines Elements; Lesevorgänge runden sie auf volle 4 KB auf, Schreibvorgänge auf volle 1 KB</translation>
    </message>
    <message>
        <source>Reads per second</source>
        <translation>Lesevorgänge pro Sekunde</translation>
    </message>
    <message>
        <source>Items read each second (divide a per-minute rate by 60)</source>
        <translation>Pro Sekunde gelesene Elemente (eine Rate pro Minute durch 60 teilen)</translation>
    </message>
    <message>
        <source>Read consistency</source>
        <translation>Lesekonsistenz</translation>
    </message>
    <message>
        <source>Eventually consistent</source>
        <translation>Letztendlich konsistent</translation>
    </message>
    <message>
        <source>Strongly consistent</source>
        <translation>Strikt konsistent</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transaktional</translation>
    </message>
    <message>
        <source>Writes per second</source>
        <translation>Schreibvorgänge pro Sekunde</translation>
    </message>
    <message>
        <source>Items written each second</source>
        <translation>Pro Sekunde geschriebene Elemente</translation>
    </message>
    <message>
        <source>Write type</source>
        <translation>Schreibart</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message numerus="yes">
        <source>%1 KB is %3 unit(s) of %4 KB</source>
        <extracomment>%1 an item size, %2 the size rounded up to whole units, %3 how many units of %4 KB</extracomment>
        <translation>
            <numerusform>%1 KB: genau %3 Einheit zu %4 KB</numerusform>
            <numerusform>%1 KB: genau %3 Einheiten zu %4 KB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 KB rounds up to %2 KB = %3 unit(s) of %4 KB</source>
        <translation>
            <numerusform>%1 KB aufgerundet auf %2 KB = %3 Einheit zu %4 KB</numerusform>
            <numerusform>%1 KB aufgerundet auf %2 KB = %3 Einheiten zu %4 KB</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads: %1; a strongly consistent read uses one unit per 4 KB block.</source>
        <extracomment>%1 says how an item size rounds to read units</extracomment>
        <translation>Lesen: %1; ein strikt konsistenter Lesevorgang verbraucht eine Einheit je 4-KB-Block.</translation>
    </message>
    <message>
        <source>Eventually consistent reads cost half: %1 x %2 = %3 per read.</source>
        <translation>Letztendlich konsistente Lesevorgänge kosten die Hälfte: %1 x %2 = %3 je Lesevorgang.</translation>
    </message>
    <message>
        <source>Transactional reads cost twice: %1 x %2 = %3 per read.</source>
        <translation>Transaktionale Lesevorgänge kosten das Doppelte: %1 x %2 = %3 je Lesevorgang.</translation>
    </message>
    <message>
        <source>%1 reads/s x %2 = %3, provisioned as %4 RCU (whole units, rounded up).</source>
        <translation>%1 Lesevorgänge/s x %2 = %3, bereitgestellt als %4 RCU (ganze Einheiten, aufgerundet).</translation>
    </message>
    <message>
        <source>Writes: %1.</source>
        <translation>Schreiben: %1.</translation>
    </message>
    <message>
        <source>Transactional writes cost twice: %1 x %2 = %3 per write.</source>
        <translation>Transaktionale Schreibvorgänge kosten das Doppelte: %1 x %2 = %3 je Schreibvorgang.</translation>
    </message>
    <message>
        <source>%1 writes/s x %2 = %3, provisioned as %4 WCU (whole units, rounded up).</source>
        <translation>%1 Schreibvorgänge/s x %2 = %3, bereitgestellt als %4 WCU (ganze Einheiten, aufgerundet).</translation>
    </message>
    <message>
        <source>On demand, the same load uses %1 read request units and %2 write request units each second.</source>
        <translation>Bei On-Demand verbraucht dieselbe Last pro Sekunde %1 Leseanforderungseinheiten und %2 Schreibanforderungseinheiten.</translation>
    </message>
    <message>
        <source>Read capacity units</source>
        <translation>Lesekapazitätseinheiten</translation>
    </message>
    <message>
        <source>Write capacity units</source>
        <translation>Schreibkapazitätseinheiten</translation>
    </message>
    <message>
        <source>Read units per item</source>
        <translation>Leseeinheiten je Element</translation>
    </message>
    <message>
        <source>Write units per item</source>
        <translation>Schreibeinheiten je Element</translation>
    </message>
    <message>
        <source>On-demand read request units per second</source>
        <translation>On-Demand-Leseanforderungseinheiten pro Sekunde</translation>
    </message>
    <message>
        <source>On-demand write request units per second</source>
        <translation>On-Demand-Schreibanforderungseinheiten pro Sekunde</translation>
    </message>
    <message>
        <source>eventually consistent</source>
        <translation>letztendlich konsistente</translation>
    </message>
    <message>
        <source>strongly consistent</source>
        <translation>strikt konsistente</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>transaktionale</translation>
    </message>
    <message>
        <source>An application makes %1 %3 reads per second of items that are %2 KB each. How many read capacity units must the table provision?</source>
        <extracomment>%1 reads per second, %2 an item size in KB, %3 the kind of read</extracomment>
        <translation>Eine Anwendung führt %1 %3 Lesevorgänge pro Sekunde für Elemente von je %2 KB aus. Wie viele Lesekapazitätseinheiten muss die Tabelle bereitstellen?</translation>
    </message>
    <message>
        <source>Item sizes are not rounded up to the next 4 KB.</source>
        <translation>Die Elementgröße wurde nicht auf volle 4 KB aufgerundet.</translation>
    </message>
    <message>
        <source>That is the figure for eventually consistent reads.</source>
        <translation>Das ist der Wert für letztendlich konsistente Lesevorgänge.</translation>
    </message>
    <message>
        <source>That is the figure for strongly consistent reads.</source>
        <translation>Das ist der Wert für strikt konsistente Lesevorgänge.</translation>
    </message>
    <message>
        <source>A read unit covers 4 KB; 1 KB is the write unit&apos;s size.</source>
        <translation>Eine Leseeinheit umfasst 4 KB; 1 KB ist die Größe einer Schreibeinheit.</translation>
    </message>
    <message>
        <source>Transactional reads cost twice a strongly consistent read.</source>
        <translation>Transaktionale Lesevorgänge kosten das Doppelte eines strikt konsistenten Lesevorgangs.</translation>
    </message>
    <message>
        <source>Only transactional reads cost twice.</source>
        <translation>Nur transaktionale Lesevorgänge kosten das Doppelte.</translation>
    </message>
    <message>
        <source>The rate is already per second; do not multiply by 60.</source>
        <translation>Die Rate gilt bereits pro Sekunde; nicht mit 60 multiplizieren.</translation>
    </message>
    <message>
        <source>An application writes %1 items per second in transactions (TransactWriteItems); each item is %2 KB. How many write capacity units must the table provision?</source>
        <extracomment>%1 writes per second, %2 an item size in KB</extracomment>
        <translation>Eine Anwendung schreibt %1 Elemente pro Sekunde in Transaktionen (TransactWriteItems); jedes Element ist %2 KB groß. Wie viele Schreibkapazitätseinheiten muss die Tabelle bereitstellen?</translation>
    </message>
    <message>
        <source>An application writes %1 items per second; each item is %2 KB. How many write capacity units must the table provision?</source>
        <translation>Eine Anwendung schreibt %1 Elemente pro Sekunde; jedes Element ist %2 KB groß. Wie viele Schreibkapazitätseinheiten muss die Tabelle bereitstellen?</translation>
    </message>
    <message>
        <source>Item sizes are not rounded up to the next 1 KB.</source>
        <translation>Die Elementgröße wurde nicht auf volle 1 KB aufgerundet.</translation>
    </message>
    <message>
        <source>A write unit covers 1 KB; 4 KB is the read unit&apos;s size.</source>
        <translation>Eine Schreibeinheit umfasst 1 KB; 4 KB ist die Größe einer Leseeinheit.</translation>
    </message>
    <message>
        <source>Transactional writes cost twice a standard write.</source>
        <translation>Transaktionale Schreibvorgänge kosten das Doppelte eines Standard-Schreibvorgangs.</translation>
    </message>
    <message>
        <source>Only transactional writes cost twice.</source>
        <translation>Nur transaktionale Schreibvorgänge kosten das Doppelte.</translation>
    </message>
    <message>
        <source>Writes are never halved; only eventually consistent reads cost half.</source>
        <translation>Schreibvorgänge werden nie halbiert; nur letztendlich konsistente Lesevorgänge kosten die Hälfte.</translation>
    </message>
</context>
<context>
    <name>DynamoDbPartitions</name>
    <message>
        <source>DynamoDB partitions (historical rule)</source>
        <translation>DynamoDB-Partitionen (historische Regel)</translation>
    </message>
    <message>
        <source>The partition count the notes&apos; formula gives: by throughput and by size, whichever is more</source>
        <translation>Die Partitionsanzahl nach der Formel aus den Notizen: nach Durchsatz und nach Größe, der größere Wert zählt</translation>
    </message>
    <message>
        <source>Read capacity units</source>
        <translation>Lesekapazitätseinheiten</translation>
    </message>
    <message>
        <source>Write capacity units</source>
        <translation>Schreibkapazitätseinheiten</translation>
    </message>
    <message>
        <source>Table size</source>
        <translation>Tabellengröße</translation>
    </message>
    <message>
        <source>This is the rule the notes teach; AWS no longer documents it (DynamoDB manages partitions and splits them for heat), so read it as an estimate, not a quota.</source>
        <translation>Das ist die Regel aus den Notizen; AWS dokumentiert sie nicht mehr (DynamoDB verwaltet Partitionen selbst und teilt stark beanspruchte auf), daher ist sie als Schätzung zu verstehen, nicht als Kontingent.</translation>
    </message>
    <message numerus="yes">
        <source>By throughput: %1 RCU / %2 + %3 WCU / %4 = %5, rounded up: %6 partition(s).</source>
        <translation>
            <numerusform>Nach Durchsatz: %1 RCU / %2 + %3 WCU / %4 = %5, aufgerundet: %6 Partition.</numerusform>
            <numerusform>Nach Durchsatz: %1 RCU / %2 + %3 WCU / %4 = %5, aufgerundet: %6 Partitionen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By size: %1 GB / %2 GB = %3, rounded up: %4 partition(s).</source>
        <translation>
            <numerusform>Nach Größe: %1 GB / %2 GB = %3, aufgerundet: %4 Partition.</numerusform>
            <numerusform>Nach Größe: %1 GB / %2 GB = %3, aufgerundet: %4 Partitionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partitions: the larger of the two = %1.</source>
        <translation>Partitionen: der größere der beiden Werte = %1.</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Partitions by throughput</source>
        <translation>Partitionen nach Durchsatz</translation>
    </message>
    <message>
        <source>Partitions by size</source>
        <translation>Partitionen nach Größe</translation>
    </message>
    <message>
        <source>By the partition rule in the notes (a historical rule AWS no longer documents), how many partitions does a table with %1 RCU, %2 WCU and %3 GB of data need?</source>
        <extracomment>%1 RCU, %2 WCU, %3 table size in GB</extracomment>
        <translation>Wie viele Partitionen braucht nach der Partitionsregel aus den Notizen (einer historischen Regel, die AWS nicht mehr dokumentiert) eine Tabelle mit %1 RCU, %2 WCU und %3 GB Daten?</translation>
    </message>
    <message>
        <source>The rule takes the larger of the two counts, not their sum.</source>
        <translation>Die Regel nimmt den größeren der beiden Werte, nicht ihre Summe.</translation>
    </message>
    <message>
        <source>The rule takes the larger of the two counts, not the smaller.</source>
        <translation>Die Regel nimmt den größeren der beiden Werte, nicht den kleineren.</translation>
    </message>
    <message>
        <source>A partition serves 3,000 RCU and 1,000 WCU, not the other way round.</source>
        <translation>Eine Partition bedient 3.000 RCU und 1.000 WCU, nicht umgekehrt.</translation>
    </message>
    <message>
        <source>The throughput parts are added before rounding up.</source>
        <translation>Die Durchsatzanteile werden vor dem Aufrunden addiert.</translation>
    </message>
</context>
<context>
    <name>ExamGenerator</name>
    <message>
        <source>The %1 profile asks no questions.</source>
        <translation>Das Profil %1 stellt keine Fragen.</translation>
    </message>
    <message>
        <source>%1: needs %2, the bank has %3</source>
        <extracomment>one line per short domain: %1 domain name; %2 questions it needs; %3 how many the bank has</extracomment>
        <translation>%1: benötigt %2, der Fragenbestand hat %3</translation>
    </message>
    <message numerus="yes">
        <source>The question bank is %n question(s) short of a full %1 exam of %2 questions:</source>
        <extracomment>%1 exam code (SAA-C03); %2 its number of questions; then one line per short domain</extracomment>
        <translation>
            <numerusform>Dem Fragenbestand fehlt %n Frage für eine vollständige %1-Prüfung mit %2 Fragen:</numerusform>
            <numerusform>Dem Fragenbestand fehlen %n Fragen für eine vollständige %1-Prüfung mit %2 Fragen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamSession</name>
    <message>
        <source>There are no questions to ask.</source>
        <translation>Es gibt keine Fragen, die gestellt werden könnten.</translation>
    </message>
    <message>
        <source>The question %1 is not in the bank.</source>
        <translation>Die Frage %1 ist nicht im Fragenbestand.</translation>
    </message>
    <message>
        <source>This exam is no longer in progress.</source>
        <translation>Diese Prüfung läuft nicht mehr.</translation>
    </message>
    <message>
        <source>The question %1 has changed or left the bank since this exam began, so it cannot go on.</source>
        <translation>Die Frage %1 wurde seit Beginn dieser Prüfung geändert oder aus dem Fragenbestand entfernt, daher kann die Prüfung nicht fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>ExamStore</name>
    <message>
        <source>Reading your exams failed: %1</source>
        <extracomment>%1 is SQLite&apos;s message</extracomment>
        <translation>Die Prüfungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saving your exam failed: %1</source>
        <extracomment>%1 is SQLite&apos;s message</extracomment>
        <translation>Die Prüfung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Gp2</name>
    <message>
        <source>EBS gp2 IOPS and burst</source>
        <translation>EBS gp2: IOPS und Burst</translation>
    </message>
    <message>
        <source>A gp2 volume&apos;s baseline IOPS, burst duration, refill time and throughput, and what gp3, io1, io2, st1 and sc1 give at the same size</source>
        <translation>Basis-IOPS, Burst-Dauer, Wiederauffüllzeit und Durchsatz eines gp2-Volumes und was gp3, io1, io2, st1 und sc1 bei gleicher Größe bieten</translation>
    </message>
    <message>
        <source>Volume size</source>
        <translation>Volume-Größe</translation>
    </message>
    <message>
        <source>Size of the gp2 volume in GiB (1 TiB = 1,024 GiB)</source>
        <translation>Größe des gp2-Volumes in GiB (1 TiB = 1.024 GiB)</translation>
    </message>
    <message>
        <source>IOPS demand</source>
        <translation>IOPS-Bedarf</translation>
    </message>
    <message>
        <source>IOPS the workload asks for while it bursts; without it, the burst level (3,000). At most the burst level, or the baseline when that is higher</source>
        <translation>IOPS, die die Last während des Bursts anfordert; ohne Angabe das Burst-Niveau (3.000). Höchstens das Burst-Niveau bzw. die Basisleistung, wenn diese höher ist</translation>
    </message>
    <message>
        <source>Baseline: %1 IOPS/GiB x %2 GiB = %3 IOPS, below the gp2 minimum, so %4 IOPS.</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 the product in IOPS, %4 the gp2 minimum IOPS</extracomment>
        <translation>Basisleistung: %1 IOPS/GiB x %2 GiB = %3 IOPS, unter dem gp2-Minimum, also %4 IOPS.</translation>
    </message>
    <message>
        <source>Baseline: %1 IOPS/GiB x %2 GiB = %3 IOPS, above the gp2 maximum, so %4 IOPS (reached at %5 GiB).</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 the product in IOPS, %4 the gp2 maximum IOPS, %5 the size in GiB that reaches it</extracomment>
        <translation>Basisleistung: %1 IOPS/GiB x %2 GiB = %3 IOPS, über dem gp2-Maximum, also %4 IOPS (erreicht bei %5 GiB).</translation>
    </message>
    <message>
        <source>Baseline: %1 IOPS/GiB x %2 GiB = %3 IOPS.</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 the baseline IOPS</extracomment>
        <translation>Basisleistung: %1 IOPS/GiB x %2 GiB = %3 IOPS.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1 IOPS for a gp2 volume of %2 GiB, its burst level (got &apos;%3&apos;)</source>
        <extracomment>%1 the largest valid IOPS demand, %2 a size in GiB, %3 the demand given</extracomment>
        <translation>muss eine ganze Zahl von 1 bis %1 IOPS sein, dem Burst-Niveau eines gp2-Volumes mit %2 GiB (angegeben: &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1 IOPS for a gp2 volume of %2 GiB, its baseline (it does not burst) (got &apos;%3&apos;)</source>
        <translation>muss eine ganze Zahl von 1 bis %1 IOPS sein, der Basisleistung eines gp2-Volumes mit %2 GiB (es nutzt keinen Burst) (angegeben: &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>The %1 IOPS baseline is below %2 IOPS, so the volume can burst to %2 IOPS while it has I/O credits; a full bucket (and a new volume) holds %3 credits.</source>
        <extracomment>%1 the baseline IOPS, %2 the burst IOPS, %3 the credits a full bucket holds</extracomment>
        <translation>Die Basisleistung von %1 IOPS liegt unter %2 IOPS, daher kann das Volume auf %2 IOPS bursten, solange es I/O-Guthaben hat; ein voller Bucket (und ein neues Volume) enthält %3 Guthaben.</translation>
    </message>
    <message>
        <source>No IOPS demand given: the burst level, %1 IOPS.</source>
        <extracomment>%1 the burst IOPS</extracomment>
        <translation>Kein IOPS-Bedarf angegeben: das Burst-Niveau, %1 IOPS.</translation>
    </message>
    <message>
        <source>Burst duration = credits / (demand - baseline) = %1 / (%2 - %3) = %1 / %4 = %5 s (%6 min).</source>
        <extracomment>%1 credits, %2 the IOPS demand, %3 the baseline IOPS, %4 demand minus baseline, %5 seconds, %6 the same in minutes</extracomment>
        <translation>Burst-Dauer = Guthaben / (Bedarf - Basisleistung) = %1 / (%2 - %3) = %1 / %4 = %5 s (%6 min).</translation>
    </message>
    <message>
        <source>A demand of %1 IOPS is at or below the %2 IOPS baseline: the volume serves it without spending credits, indefinitely (no burst duration).</source>
        <extracomment>%1 the IOPS demand, %2 the baseline IOPS</extracomment>
        <translation>Ein Bedarf von %1 IOPS liegt auf oder unter der Basisleistung von %2 IOPS: Das Volume bedient ihn ohne Guthabenverbrauch unbegrenzt lange (keine Burst-Dauer).</translation>
    </message>
    <message>
        <source>Refill of an empty bucket while idle: the volume earns credits at its baseline rate, so credits / baseline = %1 / %2 = %3 s (%4 h).</source>
        <extracomment>%1 credits, %2 the baseline IOPS, %3 seconds, %4 the same in hours</extracomment>
        <translation>Wiederauffüllen eines leeren Buckets im Leerlauf: Das Volume erhält Guthaben mit seiner Basisrate, also Guthaben / Basisleistung = %1 / %2 = %3 s (%4 h).</translation>
    </message>
    <message>
        <source>The %1 IOPS baseline is at or above the %2 IOPS burst level: the volume does not burst; it delivers its baseline all the time (no burst duration, no refill time).</source>
        <extracomment>%1 the baseline IOPS, %2 the burst IOPS</extracomment>
        <translation>Die Basisleistung von %1 IOPS liegt auf oder über dem Burst-Niveau von %2 IOPS: Das Volume nutzt keinen Burst, sondern liefert ständig seine Basisleistung (keine Burst-Dauer, keine Wiederauffüllzeit).</translation>
    </message>
    <message>
        <source>A demand of %1 IOPS is within the %2 IOPS baseline: served indefinitely.</source>
        <extracomment>%1 the IOPS demand, %2 the baseline IOPS</extracomment>
        <translation>Ein Bedarf von %1 IOPS liegt innerhalb der Basisleistung von %2 IOPS: unbegrenzt lange bedient.</translation>
    </message>
    <message>
        <source>Throughput: a gp2 volume of %2 GiB or less (this one is %1 GiB) delivers at most %3 MiB/s.</source>
        <extracomment>%1 a size in GiB, %2 the size limit in GiB, %3 MiB/s</extracomment>
        <translation>Durchsatz: Ein gp2-Volume mit %2 GiB oder weniger (dieses hat %1 GiB) liefert höchstens %3 MiB/s.</translation>
    </message>
    <message>
        <source>Throughput: a gp2 volume of %1 GiB or more delivers %5 MiB/s (its %2 IOPS baseline x %3 KiB per I/O = %4 MiB/s reaches the %5 MiB/s limit).</source>
        <extracomment>%1 the size limit in GiB, %2 the baseline IOPS, %3 the largest I/O in KiB, %4 their product in MiB/s, %5 the throughput limit in MiB/s</extracomment>
        <translation>Durchsatz: Ein gp2-Volume ab %1 GiB liefert %5 MiB/s (seine Basisleistung von %2 IOPS x %3 KiB je I/O = %4 MiB/s erreicht das Limit von %5 MiB/s).</translation>
    </message>
    <message>
        <source>Throughput: between %1 and %2 GiB a gp2 volume reaches %3 MiB/s only while it bursts; out of credits, its %4 IOPS baseline x %5 KiB per I/O gives %6 MiB/s. The figure here is the %3 MiB/s maximum.</source>
        <extracomment>%1 and %2 the size limits in GiB, %3 the throughput limit in MiB/s, %4 the baseline IOPS, %5 the largest I/O in KiB, %6 their product in MiB/s</extracomment>
        <translation>Durchsatz: Zwischen %1 und %2 GiB erreicht ein gp2-Volume %3 MiB/s nur im Burst; ohne Guthaben ergibt seine Basisleistung von %4 IOPS x %5 KiB je I/O %6 MiB/s. Angegeben ist hier das Maximum von %3 MiB/s.</translation>
    </message>
    <message>
        <source>Baseline IOPS</source>
        <translation>Basis-IOPS</translation>
    </message>
    <message>
        <source>Burst IOPS</source>
        <translation>Burst-IOPS</translation>
    </message>
    <message>
        <source>Highest IOPS (burst or baseline)</source>
        <translation>Höchste IOPS (Burst oder Basisleistung)</translation>
    </message>
    <message>
        <source>Burst duration from a full bucket</source>
        <translation>Burst-Dauer bei vollem Bucket</translation>
    </message>
    <message>
        <source>Time to refill an empty bucket</source>
        <translation>Zeit zum Wiederauffüllen eines leeren Buckets</translation>
    </message>
    <message>
        <source>Maximum throughput</source>
        <translation>Maximaler Durchsatz</translation>
    </message>
    <message>
        <source>%1 volumes are %2 to %3 GiB: no %1 figures for %4 GiB.</source>
        <extracomment>%1 a volume type (&quot;io1&quot;), %2 and %3 its smallest and largest size in GiB, %4 the size given</extracomment>
        <translation>%1-Volumes haben %2 bis %3 GiB: keine %1-Werte für %4 GiB.</translation>
    </message>
    <message>
        <source>min(%1 x %2, %3) = %4 IOPS</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 the largest IOPS, %4 the result</extracomment>
        <translation>min(%1 x %2, %3) = %4 IOPS</translation>
    </message>
    <message>
        <source>%4 IOPS (%1 x %2 = %3 is below the %4 every gp3 volume gets)</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 their product, %4 the baseline IOPS</extracomment>
        <translation>%4 IOPS (%1 x %2 = %3 liegt unter den %4, die jedes gp3-Volume erhält)</translation>
    </message>
    <message>
        <source>gp3, %1 GiB: %2 IOPS and %3 MiB/s at any size; provisioned up to %4 and min(%5 x %6, %7) = %8 MiB/s.</source>
        <extracomment>%1 a size in GiB, %2 baseline IOPS, %3 baseline MiB/s, %4 how the largest IOPS is worked out, %5 the largest IOPS, %6 MiB/s per IOPS, %7 the largest MiB/s, %8 the result</extracomment>
        <translation>gp3, %1 GiB: %2 IOPS und %3 MiB/s bei jeder Größe; bereitstellbar bis %4 und min(%5 x %6, %7) = %8 MiB/s.</translation>
    </message>
    <message>
        <source>io1, %1 GiB: up to min(%2 x %1, %3) = %4 IOPS.</source>
        <extracomment>%1 a size in GiB, %2 IOPS per GiB, %3 the largest IOPS, %4 the result</extracomment>
        <translation>io1, %1 GiB: bis zu min(%2 x %1, %3) = %4 IOPS.</translation>
    </message>
    <message>
        <source>io2 Block Express, %1 GiB: up to min(%2 x %1, %3) = %4 IOPS and min(%4 x %5, %6) = %7 MiB/s.</source>
        <extracomment>%1 a size in GiB, %2 IOPS per GiB, %3 the largest IOPS, %4 the result, %5 MiB/s per IOPS, %6 the largest MiB/s, %7 the result</extracomment>
        <translation>io2 Block Express, %1 GiB: bis zu min(%2 x %1, %3) = %4 IOPS und min(%4 x %5, %6) = %7 MiB/s.</translation>
    </message>
    <message>
        <source>%1, %2 GiB = %3 TiB: baseline min(%4 x %3, %8) = %5 MiB/s, burst min(%6 x %3, %8) = %7 MiB/s.</source>
        <extracomment>%1 a volume type, %2 a size in GiB, %3 the same in TiB, %4 and %6 MiB/s per TiB, %5 and %7 the results, %8 the largest MiB/s</extracomment>
        <translation>%1, %2 GiB = %3 TiB: Basis min(%4 x %3, %8) = %5 MiB/s, Burst min(%6 x %3, %8) = %7 MiB/s.</translation>
    </message>
    <message>
        <source>gp3 baseline IOPS</source>
        <translation>gp3-Basis-IOPS</translation>
    </message>
    <message>
        <source>gp3 maximum IOPS at this size</source>
        <translation>Maximale gp3-IOPS bei dieser Größe</translation>
    </message>
    <message>
        <source>gp3 baseline throughput</source>
        <translation>gp3-Basisdurchsatz</translation>
    </message>
    <message>
        <source>gp3 maximum throughput at this size</source>
        <translation>Maximaler gp3-Durchsatz bei dieser Größe</translation>
    </message>
    <message>
        <source>io1 maximum IOPS at this size</source>
        <translation>Maximale io1-IOPS bei dieser Größe</translation>
    </message>
    <message>
        <source>io2 maximum IOPS at this size</source>
        <translation>Maximale io2-IOPS bei dieser Größe</translation>
    </message>
    <message>
        <source>io2 maximum throughput at this size</source>
        <translation>Maximaler io2-Durchsatz bei dieser Größe</translation>
    </message>
    <message>
        <source>st1 baseline throughput</source>
        <translation>st1-Basisdurchsatz</translation>
    </message>
    <message>
        <source>st1 burst throughput</source>
        <translation>st1-Burst-Durchsatz</translation>
    </message>
    <message>
        <source>sc1 baseline throughput</source>
        <translation>sc1-Basisdurchsatz</translation>
    </message>
    <message>
        <source>sc1 burst throughput</source>
        <translation>sc1-Burst-Durchsatz</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <extracomment>%1 a volume size in TiB</extracomment>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>%1 a volume size in GiB</extracomment>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>1 TiB is 1,024 GiB, not 1,000.</source>
        <translation>1 TiB sind 1.024 GiB, nicht 1.000.</translation>
    </message>
    <message>
        <source>The size is already in GiB; converting it to GB first inflates it.</source>
        <translation>Die Größe ist bereits in GiB angegeben; eine Umrechnung in GB macht sie zu groß.</translation>
    </message>
    <message>
        <source>Forgot the 100 IOPS floor of volumes of 33 GiB and smaller.</source>
        <translation>Die Untergrenze von 100 IOPS für Volumes mit 33 GiB und weniger wurde vergessen.</translation>
    </message>
    <message>
        <source>Forgot the 16,000 IOPS cap, reached at 5,334 GiB.</source>
        <translation>Die Obergrenze von 16.000 IOPS, erreicht bei 5.334 GiB, wurde vergessen.</translation>
    </message>
    <message>
        <source>What is the baseline IOPS of a gp2 volume of %1?</source>
        <extracomment>%1 a volume size with its unit</extracomment>
        <translation>Welche Basisleistung in IOPS hat ein gp2-Volume mit %1?</translation>
    </message>
    <message>
        <source>3,000 IOPS is the burst level of smaller gp2 volumes (and gp3&apos;s baseline), not the gp2 baseline.</source>
        <translation>3.000 IOPS ist das Burst-Niveau kleinerer gp2-Volumes (und die Basisleistung von gp3), nicht die gp2-Basisleistung.</translation>
    </message>
    <message>
        <source>16,000 IOPS is the gp2 maximum, which only volumes of 5,334 GiB and larger get.</source>
        <translation>16.000 IOPS ist das gp2-Maximum, das nur Volumes ab 5.334 GiB erreichen.</translation>
    </message>
    <message>
        <source>100 IOPS is the minimum, which only volumes of 33 GiB and smaller get.</source>
        <translation>100 IOPS ist das Minimum, das nur für Volumes mit 33 GiB und weniger gilt.</translation>
    </message>
    <message>
        <source>A gp2 volume of %1 starts with a full I/O credit bucket (%2 million credits). For how many seconds can it sustain %3 IOPS before it falls back to its baseline?</source>
        <extracomment>%1 a volume size with its unit, %2 millions of I/O credits, %3 the IOPS demand</extracomment>
        <translation>Ein gp2-Volume mit %1 startet mit vollem I/O-Guthaben-Bucket (%2 Millionen Guthaben). Wie viele Sekunden kann es %3 IOPS halten, bevor es auf seine Basisleistung zurückfällt?</translation>
    </message>
    <message>
        <source>Credits drain only by the IOPS above the baseline: divide by (demand - baseline), not by the demand.</source>
        <translation>Guthaben wird nur durch die IOPS oberhalb der Basisleistung verbraucht: durch (Bedarf - Basisleistung) teilen, nicht durch den Bedarf.</translation>
    </message>
    <message>
        <source>That is the time to refill an empty bucket at the baseline rate, not the burst duration.</source>
        <translation>Das ist die Zeit zum Wiederauffüllen eines leeren Buckets mit der Basisrate, nicht die Burst-Dauer.</translation>
    </message>
    <message>
        <source>The baseline is subtracted from the demand, not added.</source>
        <translation>Die Basisleistung wird vom Bedarf abgezogen, nicht addiert.</translation>
    </message>
    <message>
        <source>Can a gp2 volume of %1 burst above its baseline? What is the highest IOPS it delivers?</source>
        <extracomment>%1 a volume size with its unit</extracomment>
        <translation>Kann ein gp2-Volume mit %1 über seine Basisleistung hinaus bursten? Wie viele IOPS liefert es höchstens?</translation>
    </message>
    <message>
        <source>Bursting does not add 3,000 IOPS to the baseline; 3,000 IOPS is the burst level in total.</source>
        <translation>Der Burst addiert keine 3.000 IOPS zur Basisleistung; 3.000 IOPS ist das Burst-Niveau insgesamt.</translation>
    </message>
    <message>
        <source>Forgot the burst: gp2 volumes with a baseline below 3,000 IOPS burst to 3,000 IOPS while they have credits.</source>
        <translation>Burst vergessen: gp2-Volumes mit einer Basisleistung unter 3.000 IOPS bursten auf 3.000 IOPS, solange sie Guthaben haben.</translation>
    </message>
    <message>
        <source>16,000 IOPS is the gp2 maximum, for volumes of 5,334 GiB and larger.</source>
        <translation>16.000 IOPS ist das gp2-Maximum, für Volumes ab 5.334 GiB.</translation>
    </message>
    <message>
        <source>Volumes with a baseline of 3,000 IOPS or more do not burst; their baseline is the most they deliver.</source>
        <translation>Volumes mit einer Basisleistung ab 3.000 IOPS bursten nicht; mehr als ihre Basisleistung liefern sie nicht.</translation>
    </message>
    <message>
        <source>A gp2 volume of %1 has used up all its I/O credits. If it then sits idle, how many seconds until its bucket is full again (%2 million credits)?</source>
        <extracomment>%1 a volume size with its unit, %2 millions of I/O credits</extracomment>
        <translation>Ein gp2-Volume mit %1 hat sein gesamtes I/O-Guthaben verbraucht. Wie viele Sekunden dauert es im anschließenden Leerlauf, bis sein Bucket wieder voll ist (%2 Millionen Guthaben)?</translation>
    </message>
    <message>
        <source>That is the burst duration at 3,000 IOPS, not the refill time.</source>
        <translation>Das ist die Burst-Dauer bei 3.000 IOPS, nicht die Wiederauffüllzeit.</translation>
    </message>
    <message>
        <source>Credits are earned at the baseline rate, not at the burst rate.</source>
        <translation>Guthaben wird mit der Basisrate erworben, nicht mit der Burst-Rate.</translation>
    </message>
    <message>
        <source>That is in minutes; the question asks for seconds.</source>
        <translation>Das ist in Minuten; gefragt sind Sekunden.</translation>
    </message>
</context>
<context>
    <name>IntervalText</name>
    <message>
        <source>&lt;1m</source>
        <extracomment>An interval of less than a minute, on an answer button</extracomment>
        <translation>&lt;1 Min</translation>
    </message>
    <message>
        <source>%1m</source>
        <extracomment>An interval in whole minutes, abbreviated, on an answer button: &quot;6m&quot;</extracomment>
        <translation>%1 Min</translation>
    </message>
    <message>
        <source>%1h</source>
        <extracomment>An interval in hours (one decimal at most), abbreviated, on an answer button: &quot;1.5h&quot;</extracomment>
        <translation>%1 Std</translation>
    </message>
    <message>
        <source>%1d</source>
        <extracomment>An interval in whole days, abbreviated, on an answer button: &quot;12d&quot;</extracomment>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1mo</source>
        <extracomment>An interval in months (one decimal at most), abbreviated, on an answer button: &quot;3.2mo&quot;</extracomment>
        <translation>%1 Mon</translation>
    </message>
    <message>
        <source>%1y</source>
        <extracomment>An interval in years (one decimal at most), abbreviated, on an answer button: &quot;1.5y&quot;</extracomment>
        <translation>%1 J</translation>
    </message>
</context>
<context>
    <name>KinesisShards</name>
    <message>
        <source>Kinesis Data Streams shards</source>
        <translation>Kinesis Data Streams: Shards</translation>
    </message>
    <message>
        <source>Shards a provisioned stream needs for its writes, its records per second and its readers</source>
        <translation>Shards, die ein Stream im bereitgestellten Modus für seine Schreibvorgänge, seine Datensätze pro Sekunde und seine Leser braucht</translation>
    </message>
    <message>
        <source>Average record size</source>
        <translation>Durchschnittliche Datensatzgröße</translation>
    </message>
    <message>
        <source>Average size of one record&apos;s data; the sizing guide rounds it up to the next 1 KiB</source>
        <translation>Durchschnittliche Datengröße eines Datensatzes; der Dimensionierungsleitfaden rundet sie auf volle 1 KiB auf</translation>
    </message>
    <message>
        <source>Records per second</source>
        <translation>Datensätze pro Sekunde</translation>
    </message>
    <message>
        <source>Records the producers write each second</source>
        <translation>Datensätze, die die Producer pro Sekunde schreiben</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Applications that each read every record of the stream</source>
        <translation>Anwendungen, die jeweils jeden Datensatz des Streams lesen</translation>
    </message>
    <message>
        <source>Enhanced fan-out</source>
        <translation>Enhanced Fan-Out</translation>
    </message>
    <message>
        <source>Each consumer gets its own read throughput per shard (SubscribeToShard)</source>
        <translation>Jeder Consumer erhält seinen eigenen Lesedurchsatz je Shard (SubscribeToShard)</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %2 with enhanced fan-out: a provisioned stream registers at most %2 enhanced fan-out consumers (got &apos;%1&apos;)</source>
        <extracomment>%1 the consumers given, %2 the registered-consumer quota of a provisioned stream</extracomment>
        <translation>muss mit Enhanced Fan-Out eine ganze Zahl von 1 bis %2 sein: Ein Stream im bereitgestellten Modus registriert höchstens %2 Enhanced-Fan-Out-Consumer (angegeben: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>Records average %1 KiB.</source>
        <extracomment>%1 a record size in KiB</extracomment>
        <translation>Datensätze haben im Durchschnitt %1 KiB.</translation>
    </message>
    <message>
        <source>The sizing guide rounds the average record size up to the next 1 KiB: %1 KiB counts as %2 KiB.</source>
        <extracomment>%1 a record size, %2 the size rounded up to whole KiB</extracomment>
        <translation>Der Dimensionierungsleitfaden rundet die durchschnittliche Datensatzgröße auf volle 1 KiB auf: %1 KiB zählen als %2 KiB.</translation>
    </message>
    <message>
        <source>Records above %1 MiB need the stream&apos;s maximum record size raised (the default is %1 MiB; a stream can be set to up to %2 MiB). A shard still averages its write limit: large records only burst above it.</source>
        <extracomment>%1 the default maximum record size in MiB, %2 the largest a stream can be set to</extracomment>
        <translation>Datensätze über %1 MiB erfordern eine höhere maximale Datensatzgröße des Streams (Standard ist %1 MiB; einstellbar bis %2 MiB). Ein Shard bleibt im Mittel dennoch bei seinem Schreiblimit: Große Datensätze überschreiten es nur kurzzeitig als Burst.</translation>
    </message>
    <message>
        <source>Write bandwidth: %1 KiB x %2 records/s = %3 KiB/s.</source>
        <extracomment>%1 KiB per record, %2 records per second, %3 the product in KiB/s</extracomment>
        <translation>Schreibbandbreite: %1 KiB x %2 Datensätze/s = %3 KiB/s.</translation>
    </message>
    <message numerus="yes">
        <source>By write bandwidth: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shard(s).</source>
        <extracomment>%1 write KiB/s, %2 KiB/s one shard takes (1 MiB/s), %3 the quotient, %n shards (rounded up)</extracomment>
        <translation>
            <numerusform>Nach Schreibbandbreite: %1 KiB/s / %2 KiB/s je Shard = %3, aufgerundet: %n Shard.</numerusform>
            <numerusform>Nach Schreibbandbreite: %1 KiB/s / %2 KiB/s je Shard = %3, aufgerundet: %n Shards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By records: %1 records/s / %2 records/s per shard = %3, rounded up: %n shard(s).</source>
        <extracomment>%1 records per second, %2 records per second one shard takes, %3 the quotient, %n shards</extracomment>
        <translation>
            <numerusform>Nach Datensätzen: %1 Datensätze/s / %2 Datensätze/s je Shard = %3, aufgerundet: %n Shard.</numerusform>
            <numerusform>Nach Datensätzen: %1 Datensätze/s / %2 Datensätze/s je Shard = %3, aufgerundet: %n Shards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With enhanced fan-out each of the %n consumer(s) gets its own %1 MiB/s per shard, more than a shard can take in, so reads add no shards (%2 KiB/s read in total).</source>
        <extracomment>%n consumers, %1 MiB/s each gets per shard, %2 the read bandwidth of all consumers in KiB/s</extracomment>
        <translation>
            <numerusform>Mit Enhanced Fan-Out erhält %n Consumer eigene %1 MiB/s je Shard, mehr als ein Shard aufnehmen kann, daher erfordern die Lesevorgänge keine zusätzlichen Shards (insgesamt %2 KiB/s gelesen).</numerusform>
            <numerusform>Mit Enhanced Fan-Out erhält jeder der %n Consumer eigene %1 MiB/s je Shard, mehr als ein Shard aufnehmen kann, daher erfordern die Lesevorgänge keine zusätzlichen Shards (insgesamt %2 KiB/s gelesen).</numerusform>
        </translation>
    </message>
    <message>
        <source>A stream registers up to %1 enhanced fan-out consumers (%2 in On-demand Advantage mode).</source>
        <extracomment>%1 registered consumers per provisioned stream, %2 in On-demand Advantage mode</extracomment>
        <translation>Ein Stream registriert bis zu %1 Enhanced-Fan-Out-Consumer (%2 im Modus On-demand Advantage).</translation>
    </message>
    <message numerus="yes">
        <source>Read bandwidth: %1 KiB/s x %n consumer(s) = %2 KiB/s, all sharing each shard&apos;s read throughput.</source>
        <extracomment>%1 write KiB/s, %n consumers, %2 the read bandwidth in KiB/s</extracomment>
        <translation>
            <numerusform>Lesebandbreite: %1 KiB/s x %n Consumer = %2 KiB/s aus dem gemeinsamen Lesedurchsatz jedes Shards.</numerusform>
            <numerusform>Lesebandbreite: %1 KiB/s x %n Consumer = %2 KiB/s; alle teilen sich den Lesedurchsatz jedes Shards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By reads: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shard(s).</source>
        <extracomment>%1 read KiB/s, %2 KiB/s one shard serves (2 MiB/s), %3 the quotient, %n shards</extracomment>
        <translation>
            <numerusform>Nach Lesevorgängen: %1 KiB/s / %2 KiB/s je Shard = %3, aufgerundet: %n Shard.</numerusform>
            <numerusform>Nach Lesevorgängen: %1 KiB/s / %2 KiB/s je Shard = %3, aufgerundet: %n Shards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n consumers also share %1 GetRecords calls per second per shard; with several consumers, enhanced fan-out avoids read throttling.</source>
        <extracomment>%n consumers, %1 GetRecords calls per second per shard</extracomment>
        <translation>
            <numerusform>%n Consumer nutzt außerdem die %1 GetRecords-Aufrufe pro Sekunde je Shard; bei mehreren Consumern vermeidet Enhanced Fan-Out eine Drosselung der Lesevorgänge.</numerusform>
            <numerusform>Die %n Consumer teilen sich außerdem %1 GetRecords-Aufrufe pro Sekunde je Shard; bei mehreren Consumern vermeidet Enhanced Fan-Out eine Drosselung der Lesevorgänge.</numerusform>
        </translation>
    </message>
    <message>
        <source>write bandwidth</source>
        <translation>Schreibbandbreite</translation>
    </message>
    <message>
        <source>records per second</source>
        <translation>Datensätze pro Sekunde</translation>
    </message>
    <message>
        <source>read bandwidth</source>
        <translation>Lesebandbreite</translation>
    </message>
    <message numerus="yes">
        <source>Shards: the largest count = %n shard(s); decided by %1.</source>
        <extracomment>%n shards, %1 the limit(s) that decide: &quot;read bandwidth&quot; or &quot;write bandwidth, records per second&quot;</extracomment>
        <translation>
            <numerusform>Shards: der größte Wert = %n Shard; entscheidend: %1.</numerusform>
            <numerusform>Shards: der größte Wert = %n Shards; entscheidend: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Write bandwidth</source>
        <translation>Schreibbandbreite</translation>
    </message>
    <message>
        <source>Read bandwidth (all consumers)</source>
        <translation>Lesebandbreite (alle Consumer)</translation>
    </message>
    <message>
        <source>Shards for write bandwidth</source>
        <translation>Shards für die Schreibbandbreite</translation>
    </message>
    <message>
        <source>Shards for records per second</source>
        <translation>Shards für die Datensätze pro Sekunde</translation>
    </message>
    <message>
        <source>Shards for shared reads</source>
        <translation>Shards für geteilte Lesevorgänge</translation>
    </message>
    <message numerus="yes">
        <source>Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data stream. %n consumer application(s) read every record using enhanced fan-out. How many shards does the stream need?</source>
        <extracomment>%1 records per second, %2 record size in KiB, %n consumer applications</extracomment>
        <translation>
            <numerusform>Producer schreiben %1 Datensätze pro Sekunde mit je %2 KiB in einen Kinesis-Datenstream im bereitgestellten Modus. %n Consumer-Anwendung liest jeden Datensatz mit Enhanced Fan-Out. Wie viele Shards braucht der Stream?</numerusform>
            <numerusform>Producer schreiben %1 Datensätze pro Sekunde mit je %2 KiB in einen Kinesis-Datenstream im bereitgestellten Modus. %n Consumer-Anwendungen lesen jeden Datensatz mit Enhanced Fan-Out. Wie viele Shards braucht der Stream?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data stream. %n consumer application(s) read every record with GetRecords (shared throughput). How many shards does the stream need?</source>
        <translation>
            <numerusform>Producer schreiben %1 Datensätze pro Sekunde mit je %2 KiB in einen Kinesis-Datenstream im bereitgestellten Modus. %n Consumer-Anwendung liest jeden Datensatz mit GetRecords (geteilter Durchsatz). Wie viele Shards braucht der Stream?</numerusform>
            <numerusform>Producer schreiben %1 Datensätze pro Sekunde mit je %2 KiB in einen Kinesis-Datenstream im bereitgestellten Modus. %n Consumer-Anwendungen lesen jeden Datensatz mit GetRecords (geteilter Durchsatz). Wie viele Shards braucht der Stream?</numerusform>
        </translation>
    </message>
    <message>
        <source>A shard takes 1 MiB/s = 1,024 KiB/s (and serves 2,048 KiB/s); 1,000 and 2,000 are decimal units.</source>
        <translation>Ein Shard nimmt 1 MiB/s = 1.024 KiB/s auf (und liefert 2.048 KiB/s); 1.000 und 2.000 sind Dezimaleinheiten.</translation>
    </message>
    <message>
        <source>Shard limits are megabytes per second, not megabits: do not multiply by 8.</source>
        <translation>Shard-Limits sind Megabyte pro Sekunde, nicht Megabit: nicht mit 8 multiplizieren.</translation>
    </message>
    <message>
        <source>A shard also takes at most 1,000 records per second, whatever their size.</source>
        <translation>Ein Shard nimmt außerdem höchstens 1.000 Datensätze pro Sekunde auf, unabhängig von ihrer Größe.</translation>
    </message>
    <message>
        <source>The sizing guide rounds the average record size up to the next 1 KiB.</source>
        <translation>Der Dimensionierungsleitfaden rundet die durchschnittliche Datensatzgröße auf volle 1 KiB auf.</translation>
    </message>
    <message>
        <source>Enhanced fan-out consumers each get their own 2 MiB/s per shard; they do not share it.</source>
        <translation>Enhanced-Fan-Out-Consumer erhalten jeweils eigene 2 MiB/s je Shard; sie teilen sie nicht.</translation>
    </message>
    <message>
        <source>Without enhanced fan-out, all consumers share each shard&apos;s 2 MiB/s of reads.</source>
        <translation>Ohne Enhanced Fan-Out teilen sich alle Consumer die 2 MiB/s Lesedurchsatz jedes Shards.</translation>
    </message>
    <message>
        <source>The needs are not added: the largest one decides.</source>
        <translation>Die einzelnen Bedarfe werden nicht addiert: Der größte entscheidet.</translation>
    </message>
    <message>
        <source>A shard serves 2 MiB/s of reads, twice its 1 MiB/s of writes.</source>
        <translation>Ein Shard liefert beim Lesen 2 MiB/s, doppelt so viel wie seine 1 MiB/s beim Schreiben.</translation>
    </message>
</context>
<context>
    <name>LambdaConcurrency</name>
    <message>
        <source>Lambda concurrency</source>
        <translation>Lambda-Parallelität</translation>
    </message>
    <message>
        <source>Concurrent executions a load needs (requests per second x duration), against the account limit and the scaling rate</source>
        <translation>Gleichzeitige Ausführungen, die eine Last braucht (Anfragen pro Sekunde x Dauer), verglichen mit dem Kontolimit und der Skalierungsrate</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Average invocations each second (divide a per-minute rate by 60)</source>
        <translation>Durchschnittliche Aufrufe pro Sekunde (eine Rate pro Minute durch 60 teilen)</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Durchschnittliche Dauer</translation>
    </message>
    <message>
        <source>How long each invocation runs</source>
        <translation>Wie lange jeder Aufruf läuft</translation>
    </message>
    <message>
        <source>Account concurrency limit</source>
        <translation>Parallelitätslimit des Kontos</translation>
    </message>
    <message>
        <source>Concurrent executions for all functions in the Region; 1,000 unless raised</source>
        <translation>Gleichzeitige Ausführungen aller Funktionen in der Region; 1.000, sofern nicht erhöht</translation>
    </message>
    <message>
        <source>Little&apos;s law: the number of requests in progress at once = how many arrive per second x how long each one stays. Each request in progress holds its own execution environment, so concurrency = requests per second x duration in seconds.</source>
        <translation>Littles Gesetz: Anzahl gleichzeitig laufender Anfragen = wie viele pro Sekunde eintreffen x wie lange jede bleibt. Jede laufende Anfrage belegt eine eigene Ausführungsumgebung, also gilt: Parallelität = Anfragen pro Sekunde x Dauer in Sekunden.</translation>
    </message>
    <message>
        <source>%1 ms = %2 s; %3 requests/s x %2 s = %4 concurrent executions.</source>
        <extracomment>%1 duration in ms, %2 in seconds, %3 requests per second, %4 concurrency</extracomment>
        <translation>%1 ms = %2 s; %3 Anfragen/s x %2 s = %4 gleichzeitige Ausführungen.</translation>
    </message>
    <message>
        <source>Account limit: %1 concurrent executions, shared by every function in the Region (the default is %2, raised on request).</source>
        <extracomment>%1 the account limit, %2 the default limit</extracomment>
        <translation>Kontolimit: %1 gleichzeitige Ausführungen, geteilt von allen Funktionen in der Region (Standard ist %2, auf Antrag erhöhbar).</translation>
    </message>
    <message>
        <source>%1 of %2 fits, with %3 to spare.</source>
        <extracomment>%1 concurrency, %2 limit, %3 headroom</extracomment>
        <translation>%1 von %2 passt, mit %3 Reserve.</translation>
    </message>
    <message>
        <source>%1 does not fit in %2: at the limit, %2 / %4 s = %3 requests/s are served; the other %5 - %3 = %6 requests/s are throttled (429 TooManyRequestsException).</source>
        <extracomment>%1 concurrency, %2 limit, %3 requests per second served at the limit, %4 duration in s, %5 requests per second, %6 throttled requests per second</extracomment>
        <translation>%1 passt nicht in %2: Am Limit werden %2 / %4 s = %3 Anfragen/s bedient; die übrigen %5 - %3 = %6 Anfragen/s werden gedrosselt (429 TooManyRequestsException).</translation>
    </message>
    <message>
        <source>Scaling from zero at %2 new execution environments per %3 s (per function): %1 / %2 x %3 s = %4 s.</source>
        <extracomment>%1 the concurrency to reach, %2 environments per period, %3 the period in seconds, %4 seconds</extracomment>
        <translation>Skalierung von null mit %2 neuen Ausführungsumgebungen je %3 s (pro Funktion): %1 / %2 x %3 s = %4 s.</translation>
    </message>
    <message>
        <source>Scaling from zero at %2 new execution environments per %3 s (per function), it reaches the limit in %1 / %2 x %3 s = %4 s.</source>
        <translation>Bei Skalierung von null mit %2 neuen Ausführungsumgebungen je %3 s (pro Funktion) ist das Limit nach %1 / %2 x %3 s = %4 s erreicht.</translation>
    </message>
    <message>
        <source>Concurrent executions needed</source>
        <translation>Benötigte gleichzeitige Ausführungen</translation>
    </message>
    <message>
        <source>Headroom (limit - needed)</source>
        <translation>Reserve (Limit - Bedarf)</translation>
    </message>
    <message>
        <source>Fits in the limit (1 yes, 0 no)</source>
        <translation>Passt ins Limit (1 ja, 0 nein)</translation>
    </message>
    <message>
        <source>Time to scale from zero</source>
        <translation>Zeit zum Skalieren von null</translation>
    </message>
    <message>
        <source>Throttled requests per second</source>
        <translation>Gedrosselte Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>A Lambda function receives %1 requests per second, and each invocation runs for %2 ms on average. How many concurrent executions does it need?</source>
        <extracomment>%1 requests per second, %2 a duration in ms</extracomment>
        <translation>Eine Lambda-Funktion erhält %1 Anfragen pro Sekunde, und jeder Aufruf läuft im Durchschnitt %2 ms. Wie viele gleichzeitige Ausführungen braucht sie?</translation>
    </message>
    <message>
        <source>The duration must be in seconds before multiplying.</source>
        <translation>Die Dauer muss vor dem Multiplizieren in Sekunden umgerechnet werden.</translation>
    </message>
    <message>
        <source>Concurrency is the rate multiplied by the duration, not divided by it.</source>
        <translation>Parallelität ist die Rate multipliziert mit der Dauer, nicht geteilt durch sie.</translation>
    </message>
    <message>
        <source>Requests per second are not concurrency: each request holds an execution environment for its whole duration.</source>
        <translation>Anfragen pro Sekunde sind keine Parallelität: Jede Anfrage belegt eine Ausführungsumgebung für ihre gesamte Dauer.</translation>
    </message>
    <message>
        <source>The rate is already per second; do not multiply by 60.</source>
        <translation>Die Rate gilt bereits pro Sekunde; nicht mit 60 multiplizieren.</translation>
    </message>
    <message>
        <source>A Lambda function receives %1 requests per second, and each invocation runs for %2 ms. The account&apos;s concurrency limit in the Region is %3 and no other function runs. How many requests per second are throttled?</source>
        <extracomment>%1 requests per second, %2 a duration in ms, %3 the account&apos;s concurrency limit</extracomment>
        <translation>Eine Lambda-Funktion erhält %1 Anfragen pro Sekunde, und jeder Aufruf läuft %2 ms. Das Parallelitätslimit des Kontos in der Region beträgt %3, und keine andere Funktion läuft. Wie viele Anfragen pro Sekunde werden gedrosselt?</translation>
    </message>
    <message>
        <source>The account&apos;s concurrency limit caps the function; the load needs more than it.</source>
        <translation>Das Parallelitätslimit des Kontos begrenzt die Funktion, und die Last braucht mehr als dieses Limit.</translation>
    </message>
    <message>
        <source>The excess is in concurrent executions; divide it by the duration to get requests per second.</source>
        <translation>Der Überschuss ist in gleichzeitigen Ausführungen angegeben; durch die Dauer teilen, um Anfragen pro Sekunde zu erhalten.</translation>
    </message>
    <message>
        <source>The limit counts concurrent executions, not requests per second.</source>
        <translation>Das Limit zählt gleichzeitige Ausführungen, nicht Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source>The duration must be in seconds.</source>
        <translation>Die Dauer muss in Sekunden umgerechnet werden.</translation>
    </message>
</context>
<context>
    <name>LambdaCost</name>
    <message>
        <source>Lambda monthly cost</source>
        <translation>Lambda-Monatskosten</translation>
    </message>
    <message>
        <source>One function&apos;s month on demand: requests, duration in GB-seconds, ephemeral storage, with the free tier and the price tiers</source>
        <translation>Ein Monat einer Funktion bei On-Demand: Anfragen, Dauer in GB-Sekunden, flüchtiger Speicher, mit kostenlosem Kontingent und Preisstufen</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Anfragen pro Monat</translation>
    </message>
    <message>
        <source>Invocations in one month</source>
        <translation>Aufrufe in einem Monat</translation>
    </message>
    <message>
        <source>Duration of each invocation</source>
        <translation>Dauer jedes Aufrufs</translation>
    </message>
    <message>
        <source>Average run time; each invocation is billed rounded up to the next 1 ms</source>
        <translation>Durchschnittliche Laufzeit; jeder Aufruf wird auf die nächste volle 1 ms aufgerundet abgerechnet</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>The function&apos;s memory setting, in 1 MB steps</source>
        <translation>Die Speichereinstellung der Funktion, in Schritten von 1 MB</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>x86_64</source>
        <translation>x86_64</translation>
    </message>
    <message>
        <source>arm64 (Graviton)</source>
        <translation>arm64 (Graviton)</translation>
    </message>
    <message>
        <source>Ephemeral storage (/tmp)</source>
        <translation>Flüchtiger Speicher (/tmp)</translation>
    </message>
    <message>
        <source>Storage configured for /tmp; only the part above the free 512 MB is billed</source>
        <translation>Für /tmp konfigurierter Speicher; abgerechnet wird nur der Teil über den kostenlosen 512 MB</translation>
    </message>
    <message>
        <source>Without the free tier</source>
        <translation>Ohne kostenloses Kontingent</translation>
    </message>
    <message>
        <source>The free tier is the account&apos;s, shared by all its functions; switch it off when other functions already use it</source>
        <translation>Das kostenlose Kontingent gehört zum Konto und wird von allen seinen Funktionen geteilt; ausschalten, wenn andere Funktionen es bereits nutzen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a Region code (us-east-1), %2 the month the price was read (YYYY-MM)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Each invocation is billed for its duration, %1 ms (billed per %2 ms, rounded up).</source>
        <extracomment>%1 a duration in ms, %2 the billing step in ms</extracomment>
        <translation>Jeder Aufruf wird nach seiner Dauer abgerechnet, %1 ms (in Schritten von %2 ms, aufgerundet).</translation>
    </message>
    <message>
        <source>Each invocation&apos;s %1 ms is billed as %2 ms (rounded up to the next %3 ms).</source>
        <extracomment>%1 a duration in ms, %2 the duration rounded up, %3 the billing step in ms</extracomment>
        <translation>Die %1 ms jedes Aufrufs werden als %2 ms abgerechnet (aufgerundet auf das nächste Vielfache von %3 ms).</translation>
    </message>
    <message numerus="yes">
        <source>Compute time: %1 request(s) x %2 s = %3 s.</source>
        <extracomment>%1 requests, %2 billed seconds per request, %3 total seconds</extracomment>
        <translation>
            <numerusform>Rechenzeit: %1 Anfrage x %2 s = %3 s.</numerusform>
            <numerusform>Rechenzeit: %1 Anfragen x %2 s = %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory %1 MB / %2 = %3 GB; %4 s x %3 GB = %5 GB-s.</source>
        <extracomment>%1 memory in MB, %2 MB per GB (1,024), %3 memory in GB, %4 seconds, %5 GB-seconds</extracomment>
        <translation>Speicher %1 MB / %2 = %3 GB; %4 s x %3 GB = %5 GB-s.</translation>
    </message>
    <message>
        <source>Free tier: %1 GB-s - %2 free GB-s = %3 billable GB-s (the free tier is the account&apos;s, shared by all its functions).</source>
        <extracomment>%1 GB-seconds used, %2 the free tier&apos;s GB-seconds, %3 billable GB-seconds</extracomment>
        <translation>Kostenloses Kontingent: %1 GB-s - %2 kostenlose GB-s = %3 abrechenbare GB-s (das kostenlose Kontingent gehört zum Konto und wird von allen seinen Funktionen geteilt).</translation>
    </message>
    <message>
        <source>No free tier: all %1 GB-s are billable.</source>
        <translation>Kein kostenloses Kontingent: Alle %1 GB-s sind abrechenbar.</translation>
    </message>
    <message>
        <source>arm64</source>
        <translation>arm64</translation>
    </message>
    <message>
        <source>Duration: %1 GB-s x %2 (%4 price per GB-s, %5) = %3.</source>
        <extracomment>%1 billable GB-s, %2 the price per GB-s, %3 the charge, %4 x86_64 or arm64, %5 region and date</extracomment>
        <translation>Dauer: %1 GB-s x %2 (%4-Preis pro GB-s, %5) = %3.</translation>
    </message>
    <message>
        <source>The month&apos;s %2 GB-s pass the first %1 price tier (%3 GB-s); the tiers count every GB-second of the month and the free tier comes off the first.</source>
        <extracomment>%1 x86_64 or arm64, %2 GB-s in the month, %3 the first tier&apos;s size in GB-s</extracomment>
        <translation>Die %2 GB-s des Monats überschreiten die erste %1-Preisstufe (%3 GB-s); die Stufen zählen jede GB-Sekunde des Monats, und das kostenlose Kontingent wird von der ersten abgezogen.</translation>
    </message>
    <message>
        <source>First tier</source>
        <translation>Erste Stufe</translation>
    </message>
    <message>
        <source>Second tier</source>
        <translation>Zweite Stufe</translation>
    </message>
    <message>
        <source>Third tier</source>
        <translation>Dritte Stufe</translation>
    </message>
    <message>
        <source>%1: %2 GB-s x %3 (%5) = %4.</source>
        <extracomment>%1 &quot;First tier&quot; and so on, %2 billable GB-s, %3 price per GB-s, %4 charge, %5 region and date</extracomment>
        <translation>%1: %2 GB-s x %3 (%5) = %4.</translation>
    </message>
    <message>
        <source>Duration charge: %1.</source>
        <translation>Gebühr für die Dauer: %1.</translation>
    </message>
    <message>
        <source>Requests: %1 - %2 free = %3 billable x %4 per million (%6) = %5.</source>
        <extracomment>%1 requests, %2 free requests, %3 billable requests, %4 price per million, %5 charge, %6 region and date</extracomment>
        <translation>Anfragen: %1 - %2 kostenlos = %3 abrechenbar x %4 pro Million (%6) = %5.</translation>
    </message>
    <message>
        <source>Requests: %1 x %2 per million (%4) = %3.</source>
        <extracomment>%1 requests, %2 price per million, %3 charge, %4 region and date</extracomment>
        <translation>Anfragen: %1 x %2 pro Million (%4) = %3.</translation>
    </message>
    <message>
        <source>Ephemeral storage: %1 MB - %2 MB free = %3 MB = %4 GB; %5 s x %4 GB = %6 GB-s x %7 (%9) = %8.</source>
        <extracomment>%1 ephemeral storage in MB, %2 free MB, %3 billed MB, %4 billed GB, %5 seconds, %6 GB-s, %7 price per GB-s, %8 charge, %9 region and date</extracomment>
        <translation>Flüchtiger Speicher: %1 MB - %2 MB kostenlos = %3 MB = %4 GB; %5 s x %4 GB = %6 GB-s x %7 (%9) = %8.</translation>
    </message>
    <message>
        <source>Ephemeral storage: the first %1 MB cost nothing.</source>
        <extracomment>%1 the free ephemeral storage in MB</extracomment>
        <translation>Flüchtiger Speicher: Die ersten %1 MB kosten nichts.</translation>
    </message>
    <message>
        <source>Total: %1 + %2 + %3 = %4 per month.</source>
        <extracomment>%1 duration, %2 requests, %3 ephemeral storage, %4 total (all in dollars)</extracomment>
        <translation>Gesamt: %1 + %2 + %3 = %4 pro Monat.</translation>
    </message>
    <message>
        <source>Billed duration per invocation</source>
        <translation>Abgerechnete Dauer pro Aufruf</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Billable compute</source>
        <translation>Abrechenbare Rechenleistung</translation>
    </message>
    <message>
        <source>Duration charge</source>
        <translation>Gebühr für die Dauer</translation>
    </message>
    <message>
        <source>Billable requests</source>
        <translation>Abrechenbare Anfragen</translation>
    </message>
    <message>
        <source>Request charge</source>
        <translation>Gebühr für Anfragen</translation>
    </message>
    <message>
        <source>Billable ephemeral storage</source>
        <translation>Abrechenbarer flüchtiger Speicher</translation>
    </message>
    <message>
        <source>Ephemeral storage charge</source>
        <translation>Gebühr für flüchtigen Speicher</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>Gesamt pro Monat</translation>
    </message>
    <message>
        <source>A Lambda function (%1, %2 MB of memory) is invoked %3 times a month and runs %4 ms each time.</source>
        <extracomment>%1 an architecture, %2 memory in MB, %3 requests per month, %4 a duration in ms</extracomment>
        <translation>Eine Lambda-Funktion (%1, %2 MB Speicher) wird %3-mal im Monat aufgerufen und läuft jedes Mal %4 ms.</translation>
    </message>
    <message>
        <source>It is configured with %1 MB of ephemeral storage.</source>
        <extracomment>%1 ephemeral storage in MB</extracomment>
        <translation>Sie ist mit %1 MB flüchtigem Speicher konfiguriert.</translation>
    </message>
    <message>
        <source>What does it cost per month in us-east-1, after the monthly free tier?</source>
        <translation>Was kostet die Funktion pro Monat in us-east-1 nach Abzug des monatlichen kostenlosen Kontingents?</translation>
    </message>
    <message>
        <source>The account&apos;s free tier is already used by other functions. What does it cost per month in us-east-1?</source>
        <translation>Das kostenlose Kontingent des Kontos wird bereits von anderen Funktionen genutzt. Was kostet die Funktion pro Monat in us-east-1?</translation>
    </message>
    <message>
        <source>The free tier&apos;s 1 million requests and 400,000 GB-s come off first.</source>
        <translation>Die 1 Million Anfragen und 400.000 GB-s des kostenlosen Kontingents werden zuerst abgezogen.</translation>
    </message>
    <message>
        <source>The free tier is already used up, so nothing comes off.</source>
        <translation>Das kostenlose Kontingent ist bereits aufgebraucht, daher wird nichts abgezogen.</translation>
    </message>
    <message>
        <source>Requests are charged on top of duration, per million beyond the free tier.</source>
        <translation>Anfragen werden zusätzlich zur Dauer berechnet, pro Million über das kostenlose Kontingent hinaus.</translation>
    </message>
    <message>
        <source>Duration has been billed per 1 ms since December 2020, not rounded up to 100 ms.</source>
        <translation>Die Dauer wird seit Dezember 2020 pro 1 ms abgerechnet, nicht auf 100 ms aufgerundet.</translation>
    </message>
    <message>
        <source>arm64 (Graviton) duration is priced lower than x86_64; that is the x86_64 price.</source>
        <translation>Die Dauer mit arm64 (Graviton) ist günstiger als mit x86_64; das ist der x86_64-Preis.</translation>
    </message>
    <message>
        <source>That is the arm64 (Graviton) price; x86_64 duration costs more per GB-s.</source>
        <translation>Das ist der Preis für arm64 (Graviton); die Dauer mit x86_64 kostet mehr pro GB-s.</translation>
    </message>
    <message>
        <source>Duration is priced per GB-second: divide the memory in MB by 1,024 first.</source>
        <translation>Die Dauer wird pro GB-Sekunde berechnet: zuerst den Speicher in MB durch 1.024 teilen.</translation>
    </message>
</context>
<context>
    <name>LookupDetails</name>
    <message>
        <source>The content has no item &apos;%1&apos;.</source>
        <extracomment>%1 is an item id such as sqs.visibility-timeout-default</extracomment>
        <translation>Die Inhalte enthalten keinen Eintrag &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>LookupIndex</name>
    <message>
        <source>Limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Label of a search result that is a section of the learner&apos;s notes</extracomment>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>OwnCardStore</name>
    <message>
        <source>Your cards cannot be read: %1</source>
        <translation>Ihre Karten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your card could not be saved: %1</source>
        <translation>Ihre Karte konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your cards could not be saved: %1</source>
        <translation>Ihre Karten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your card could not be deleted: %1</source>
        <translation>Ihre Karte konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>OwnCards</name>
    <message>
        <source>Write the question or cue on the front.</source>
        <translation>Schreiben Sie die Frage oder das Stichwort auf die Vorderseite.</translation>
    </message>
    <message>
        <source>The front is %1 characters long; keep it to %2.</source>
        <translation>Die Vorderseite ist %1 Zeichen lang; höchstens %2 sind möglich.</translation>
    </message>
    <message>
        <source>Write the answer on the back.</source>
        <translation>Schreiben Sie die Antwort auf die Rückseite.</translation>
    </message>
    <message>
        <source>The back is %1 characters long; keep it to %2.</source>
        <translation>Die Rückseite ist %1 Zeichen lang; höchstens %2 sind möglich.</translation>
    </message>
    <message>
        <source>Choose the topic the card belongs to.</source>
        <translation>Wählen Sie das Thema, zu dem die Karte gehört.</translation>
    </message>
</context>
<context>
    <name>OwnNotes</name>
    <message>
        <source>%1 was not imported: %2</source>
        <extracomment>%1 is a file name; %2 says why it is refused</extracomment>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, more than any notes file</source>
        <translation>sie ist größer als %1 MiB, mehr als jede Notizdatei</translation>
    </message>
    <message>
        <source>it is not text (it starts like UTF-16 but is not)</source>
        <translation>sie ist kein Text (sie beginnt wie UTF-16, ist es aber nicht)</translation>
    </message>
    <message>
        <source>it is not a text file (it holds binary data)</source>
        <translation>sie ist keine Textdatei (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <source>it is not a UTF-8 text file</source>
        <translation>sie ist keine UTF-8-Textdatei</translation>
    </message>
    <message>
        <source>it holds no text</source>
        <translation>sie enthält keinen Text</translation>
    </message>
    <message>
        <source>%1 was not imported: it %2</source>
        <extracomment>%1 is a file, %2 says what it is instead (&quot;is a folder, not a regular file&quot;)</extracomment>
        <translation>%1 wurde nicht importiert: Die Datei %2</translation>
    </message>
</context>
<context>
    <name>OwnNotesStore</name>
    <message>
        <source>Your notes cannot be read: %1</source>
        <translation>Ihre Notizen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <extracomment>%1 is a file name, %2 the database&apos;s error</extracomment>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>PersonalContent</name>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>%1 (escape)</source>
        <translation>%1 (Escape)</translation>
    </message>
    <message>
        <source>%1 (NUL)</source>
        <translation>%1 (NUL)</translation>
    </message>
    <message>
        <source>%1 (carriage return)</source>
        <translation>%1 (Wagenrücklauf)</translation>
    </message>
    <message>
        <source>%1 (a bidirectional text control)</source>
        <translation>%1 (ein Steuerzeichen für bidirektionalen Text)</translation>
    </message>
    <message>
        <source>%1 (a control character)</source>
        <translation>%1 (ein Steuerzeichen)</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1 at column %2); save the file as UTF-8</source>
        <translation>kein gültiges UTF-8 (Byte 0x%1 in Spalte %2); bitte die Datei als UTF-8 speichern</translation>
    </message>
    <message>
        <source>%1 at column %2: text files hold no control characters</source>
        <translation>%1 in Spalte %2: Textdateien enthalten keine Steuerzeichen</translation>
    </message>
    <message>
        <source>holds a line break; write it on one line</source>
        <translation>enthält einen Zeilenumbruch; bitte in eine Zeile schreiben</translation>
    </message>
    <message>
        <source>holds %1; write plain text</source>
        <translation>enthält %1; bitte nur reinen Text schreiben</translation>
    </message>
</context>
<context>
    <name>ProgressBackups</name>
    <message>
        <source>its schema version is %1</source>
        <translation>ihre Schemaversion ist %1</translation>
    </message>
    <message>
        <source>Certdeck keeps your backups in the folder %1, but %2 is at that path. Rename or move it, then try again.</source>
        <extracomment>%2 is what stands at the path, e.g. &quot;a folder&quot; or &quot;a named pipe (FIFO)&quot;</extracomment>
        <translation>Certdeck speichert die Sicherungen im Ordner %1, an diesem Pfad befindet sich aber %2. Bitte umbenennen oder verschieben und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1: the disk is full. Free some space, then try again.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden: Der Datenträger ist voll. Bitte Speicherplatz freigeben und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that %2 exists and is writable, then try again.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden. Bitte prüfen, ob %2 existiert und beschreibbar ist, und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck progress database, so Certdeck did not back it up.</source>
        <translation>%1 ist keine Certdeck-Fortschrittsdatenbank, daher hat Certdeck sie nicht gesichert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Certdeck (schema %2; this version reads schema %3 or older), so this version did not back it up.</source>
        <translation>%1 stammt von einer neueren Certdeck-Version (Schema %2; diese Version liest bis Schema %3), daher hat diese Version die Datei nicht gesichert.</translation>
    </message>
    <message>
        <source>Your progress database %1 is damaged (%2), so Certdeck did not back it up: a damaged copy would push your good backups out. Restore one of your backups instead.</source>
        <translation>Die Fortschrittsdatenbank %1 ist beschädigt (%2), daher hat Certdeck sie nicht gesichert: Eine beschädigte Kopie würde die intakten Sicherungen verdrängen. Bitte stattdessen eine der Sicherungen wiederherstellen.</translation>
    </message>
    <message>
        <source>Another program holds a lock on your progress database %1, so Certdeck could not back it up. Try again in a moment.</source>
        <translation>Ein anderes Programm sperrt die Fortschrittsdatenbank %1, daher konnte Certdeck sie nicht sichern. Bitte es gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Certdeck could not read your progress database %1 to back it up: %2</source>
        <translation>Certdeck konnte die Fortschrittsdatenbank %1 zum Sichern nicht lesen: %2</translation>
    </message>
    <message>
        <source>The backup folder %1 is read-only, so Certdeck cannot back up your progress there. Make the folder writable, then try again.</source>
        <translation>Der Sicherungsordner %1 ist schreibgeschützt, daher kann Certdeck den Lernfortschritt dort nicht sichern. Bitte den Ordner beschreibbar machen und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The disk that holds the backup folder %1 is full, so Certdeck could not back up your progress. Free some space, then try again.</source>
        <translation>Der Datenträger mit dem Sicherungsordner %1 ist voll, daher konnte Certdeck den Lernfortschritt nicht sichern. Bitte Speicherplatz freigeben und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Certdeck could not write a backup of your progress in %1: %2</source>
        <translation>Certdeck konnte keine Sicherung des Lernfortschritts in %1 schreiben: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Die Sicherung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck progress database, so it cannot be restored.</source>
        <translation>%1 ist keine Certdeck-Fortschrittsdatenbank und kann daher nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Certdeck (schema %2); this version reads schema %3 or older.</source>
        <translation>Die Sicherung %1 stammt von einer neueren Certdeck-Version (Schema %2); diese Version liest bis Schema %3.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>Die Sicherung %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Certdeck cannot read the backup %1: %2</source>
        <translation>Certdeck kann die Sicherung %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>There is no progress database at %1 to back up.</source>
        <translation>Unter %1 gibt es keine Fortschrittsdatenbank, die gesichert werden könnte.</translation>
    </message>
    <message>
        <source>Certdeck cannot back up your progress database %1: it %2</source>
        <translation>Certdeck kann die Fortschrittsdatenbank %1 nicht sichern: Die Datei %2</translation>
    </message>
    <message>
        <source>Certdeck could not delete the old backup %1: %2</source>
        <translation>Certdeck konnte die alte Sicherung %1 nicht löschen: %2</translation>
    </message>
    <message>
        <source>%1 is your progress database itself, not a backup of it.</source>
        <translation>%1 ist die Fortschrittsdatenbank selbst, keine Sicherung davon.</translation>
    </message>
    <message>
        <source>Certdeck cannot restore %1: it %2</source>
        <translation>Certdeck kann %1 nicht wiederherstellen: Die Datei %2</translation>
    </message>
    <message>
        <source>Certdeck did not restore the backup: it could not first keep a copy of your current progress database %1 in %2: %3</source>
        <translation>Certdeck hat die Sicherung nicht wiederhergestellt: Es konnte zuvor keine Kopie der aktuellen Fortschrittsdatenbank %1 in %2 ablegen: %3</translation>
    </message>
    <message>
        <source>Certdeck did not restore the backup: it could not first back up your current progress database. %1</source>
        <translation>Certdeck hat die Sicherung nicht wiederhergestellt: Die aktuelle Fortschrittsdatenbank konnte zuvor nicht gesichert werden. %1</translation>
    </message>
    <message>
        <source>Certdeck keeps your progress in the file %1, but it %2. Rename or move it, then try again.</source>
        <translation>Certdeck speichert den Lernfortschritt in der Datei %1, aber sie %2. Bitte umbenennen oder verschieben und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Certdeck could not restore %1 into %2: %3. Your progress database was left as it was.</source>
        <translation>Certdeck konnte %1 nicht in %2 wiederherstellen: %3. Die Fortschrittsdatenbank bleibt unverändert.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>der zugehörige Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Certdeck cannot check your progress database %1: it %2</source>
        <translation>Certdeck kann die Fortschrittsdatenbank %1 nicht prüfen: Die Datei %2</translation>
    </message>
    <message>
        <source>Certdeck cannot check your progress database %1: %2</source>
        <translation>Certdeck kann die Fortschrittsdatenbank %1 nicht prüfen: %2</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck progress database.</source>
        <translation>%1 ist keine Certdeck-Fortschrittsdatenbank.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Certdeck (schema %2); this version checks schema %3 or older.</source>
        <translation>%1 stammt von einer neueren Certdeck-Version (Schema %2); diese Version prüft bis Schema %3.</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>eine Zeile in %1 verweist auf eine fehlende Zeile in %2</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>Zeile %1 in %2 verweist auf eine fehlende Zeile in %3</translation>
    </message>
</context>
<context>
    <name>ProgressDatabase</name>
    <message>
        <source>Your progress database %1 was written by a newer Certdeck (schema %2; this version reads up to %3). It was left untouched; update Certdeck to use it.</source>
        <translation>Die Fortschrittsdatenbank %1 stammt von einer neueren Certdeck-Version (Schema %2; diese Version liest bis Schema %3). Die Datei bleibt unverändert; zum Verwenden bitte Certdeck aktualisieren.</translation>
    </message>
    <message>
        <source>Cannot set up your progress database %1: %2</source>
        <translation>Die Fortschrittsdatenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck progress database (it is not an SQLite database at all). It was left untouched; rename or move it to start a new one.</source>
        <translation>%1 ist keine Certdeck-Fortschrittsdatenbank (es ist überhaupt keine SQLite-Datenbank). Die Datei bleibt unverändert; zum Anlegen einer neuen bitte umbenennen oder verschieben.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Certdeck progress database. It was left untouched; rename or move it to start a new one.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Certdeck-Fortschrittsdatenbank. Sie bleibt unverändert; zum Anlegen einer neuen bitte umbenennen oder verschieben.</translation>
    </message>
    <message>
        <source>The folder %1, where Certdeck keeps your progress, is read-only, so Certdeck cannot create or update its database there. Make the folder writable, or set CERTDECK_DATA_DIR to a writable folder, then try again.</source>
        <translation>Der Ordner %1, in dem Certdeck den Lernfortschritt speichert, ist schreibgeschützt, daher kann Certdeck dort keine Datenbank anlegen oder aktualisieren. Bitte den Ordner beschreibbar machen oder CERTDECK_DATA_DIR auf einen beschreibbaren Ordner setzen und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Your progress database %1 is on a read-only file system, so nothing you study could be saved. Remount it read-write, or set CERTDECK_DATA_DIR to a folder on a writable disk, then try again.</source>
        <translation>Die Fortschrittsdatenbank %1 liegt auf einem schreibgeschützten Dateisystem, daher könnte nichts vom Gelernten gespeichert werden. Bitte das Dateisystem mit Schreibzugriff neu einhängen oder CERTDECK_DATA_DIR auf einen Ordner auf einem beschreibbaren Datenträger setzen und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Your progress database %1 is read-only, so nothing you study could be saved. Give yourself permission to write it (for example: chmod u+w %1), then try again.</source>
        <translation>Die Fortschrittsdatenbank %1 ist schreibgeschützt, daher könnte nichts vom Gelernten gespeichert werden. Bitte dem eigenen Benutzer Schreibrechte für die Datei geben (zum Beispiel: chmod u+w %1) und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Another program holds a lock on your progress database %1 (a Certdeck that is busy, or a database tool with a change in progress), so Certdeck could not save to it. Close that program or finish its change, then try again.</source>
        <translation>Ein anderes Programm sperrt die Fortschrittsdatenbank %1 (eine gerade beschäftigte Certdeck-Instanz oder ein Datenbankwerkzeug mit einer laufenden Änderung), daher konnte Certdeck nicht darin speichern. Bitte dieses Programm schließen oder seine Änderung abschließen und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The disk that holds your progress database %1 is full, so Certdeck could not save to it. Free some space on that disk, then try again.</source>
        <translation>Der Datenträger mit der Fortschrittsdatenbank %1 ist voll, daher konnte Certdeck nicht darin speichern. Bitte auf diesem Datenträger Speicherplatz freigeben und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Your progress database %1 is damaged (%2). Certdeck left it untouched. To start afresh, rename or move it; the sqlite3 tool&apos;s .recover command may rescue what is still readable.</source>
        <translation>Die Fortschrittsdatenbank %1 ist beschädigt (%2). Certdeck hat sie unverändert gelassen. Für einen Neuanfang die Datei umbenennen oder verschieben; der Befehl .recover des Werkzeugs sqlite3 kann eventuell retten, was noch lesbar ist.</translation>
    </message>
    <message>
        <source>its schema version is %1, which no Certdeck writes</source>
        <translation>ihre Schemaversion %1 wird von keiner Certdeck-Version geschrieben</translation>
    </message>
    <message>
        <source>Certdeck may not look at your progress database %1 (%2). Give your user permission to read and write it, then try again.</source>
        <translation>Certdeck hat keinen Zugriff auf die Fortschrittsdatenbank %1 (%2). Bitte dem eigenen Benutzer Lese- und Schreibrechte für die Datei geben und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Certdeck keeps your progress in the file %1, but %2 is at that path. Rename or move it, then try again.</source>
        <extracomment>%2 is what stands at the path, e.g. &quot;a folder&quot; or &quot;a named pipe (FIFO)&quot;</extracomment>
        <translation>Certdeck speichert den Lernfortschritt in der Datei %1, an diesem Pfad befindet sich aber %2. Bitte umbenennen oder verschieben und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Certdeck cannot read your progress database %1: it %2. Give your user permission to read and write it, then try again.</source>
        <translation>Certdeck kann die Fortschrittsdatenbank %1 nicht lesen: Die Datei %2. Bitte dem eigenen Benutzer Lese- und Schreibrechte für die Datei geben und es dann erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>it is cut short: %n byte(s)</source>
        <translation>
            <numerusform>die Datei ist abgeschnitten: nur %n Byte</numerusform>
            <numerusform>die Datei ist abgeschnitten: nur %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for your progress database. Check that its parent folder exists and is writable, or set CERTDECK_DATA_DIR to another folder.</source>
        <translation>Der Ordner %1 für die Fortschrittsdatenbank kann nicht angelegt werden. Bitte prüfen, ob der übergeordnete Ordner existiert und beschreibbar ist, oder CERTDECK_DATA_DIR auf einen anderen Ordner setzen.</translation>
    </message>
    <message>
        <source>Cannot set up your progress database %1: its journal cannot be switched to write-ahead logging (it stays &apos;%2&apos;).</source>
        <translation>Die Fortschrittsdatenbank %1 kann nicht eingerichtet werden: Das Journal lässt sich nicht auf Write-Ahead-Logging umstellen (es bleibt &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>Your progress database %1 is already open in another Certdeck (or another program). This one does not write beside it: close the other, then try again.</source>
        <translation>Die Fortschrittsdatenbank %1 ist bereits in einem anderen Certdeck (oder einem anderen Programm) geöffnet. Dieses schreibt nicht daneben: Bitte das andere schließen und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 was written by an older Certdeck (schema %2): open Certdeck once to upgrade it, then run this again.</source>
        <translation>%1 stammt von einer älteren Certdeck-Version (Schema %2): Certdeck einmal öffnen, um die Datei zu aktualisieren, und den Befehl dann erneut ausführen.</translation>
    </message>
</context>
<context>
    <name>ProgressTransfer</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a Certdeck progress export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>kein Certdeck-Fortschrittsexport (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>written in format version %1; this Certdeck reads version %2</source>
        <translation>in Formatversion %1 geschrieben; dieses Certdeck liest Version %2</translation>
    </message>
    <message>
        <source>review %1</source>
        <extracomment>%1 is the review&apos;s position in the file, from 1</extracomment>
        <translation>Wiederholung %1</translation>
    </message>
    <message>
        <source>%1: &quot;card&quot; must name a card</source>
        <translation>%1: &quot;card&quot; muss eine Karte nennen</translation>
    </message>
    <message>
        <source>%1: &quot;at&quot; must be an ISO-8601 time</source>
        <translation>%1: &quot;at&quot; muss eine ISO-8601-Zeit sein</translation>
    </message>
    <message>
        <source>%1: &quot;rating&quot; must be 1 to 4</source>
        <translation>%1: &quot;rating&quot; muss 1 bis 4 sein</translation>
    </message>
    <message>
        <source>card %1: &quot;card&quot; must name a card</source>
        <extracomment>%1 is the card entry&apos;s position in the file, from 1</extracomment>
        <translation>Karte %1: &quot;card&quot; muss eine Karte nennen</translation>
    </message>
    <message>
        <source>notes %1</source>
        <extracomment>%1 is the notes entry&apos;s position in the file, from 1</extracomment>
        <translation>Notizen %1</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; must be a file name</source>
        <translation>%1: &quot;name&quot; muss ein Dateiname sein</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must hold the notes</source>
        <translation>%1: &quot;text&quot; muss die Notizen enthalten</translation>
    </message>
    <message>
        <source>%1: &quot;imported_at&quot; must be an ISO-8601 time</source>
        <translation>%1: &quot;imported_at&quot; muss eine ISO-8601-Zeit sein</translation>
    </message>
    <message>
        <source>own card %1</source>
        <extracomment>%1 is the own card&apos;s position in the file, from 1</extracomment>
        <translation>eigene Karte %1</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; must be an own card&apos;s id (own.…)</source>
        <translation>%1: &quot;id&quot; muss die ID einer eigenen Karte sein (own.…)</translation>
    </message>
    <message>
        <source>%1: a card needs a topic, a front and a back</source>
        <translation>%1: eine Karte braucht ein Thema, eine Vorder- und eine Rückseite</translation>
    </message>
    <message>
        <source>%1: &quot;created_at&quot; and &quot;updated_at&quot; must be ISO-8601 times</source>
        <translation>%1: &quot;created_at&quot; und &quot;updated_at&quot; müssen ISO-8601-Zeiten sein</translation>
    </message>
</context>
<context>
    <name>QualityGate</name>
    <message>
        <source>question &apos;%1&apos;: a single-answer question has exactly %2 options, like the exam (has %3)</source>
        <translation>Frage &apos;%1&apos;: Eine Einfachauswahlfrage hat wie in der Prüfung genau %2 Antwortoptionen (hat %3)</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has one correct option but its stem says &quot;(Choose ...)&quot;</source>
        <translation>Frage &apos;%1&apos; hat eine richtige Antwortoption, aber die Fragestellung enthält „(Choose ...)“</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: the exam asks to choose two or three, not %2</source>
        <translation>Frage &apos;%1&apos;: Die Prüfung verlangt die Auswahl von zwei oder drei Antworten, nicht %2</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: a multi-response question has %2 or %3 options (has %4)</source>
        <translation>Frage &apos;%1&apos;: Eine Mehrfachauswahlfrage hat %2 oder %3 Antwortoptionen (hat %4)</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has %2 correct options: its stem must say &quot;%3&quot;</source>
        <translation>Frage &apos;%1&apos; hat %2 richtige Antwortoptionen: Die Fragestellung muss „%3“ enthalten</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: &quot;%2&quot; is not an answer the exam uses; write a real design instead</source>
        <translation>Frage &apos;%1&apos;: „%2“ ist keine Antwort, die in der Prüfung vorkommt; stattdessen einen echten Lösungsentwurf formulieren</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: the option &quot;%2&quot; is under %3 of the correct option&apos;s length, a distractor nobody would pick</source>
        <translation>Frage &apos;%1&apos;: Die Antwortoption „%2“ ist kürzer als %3 der Länge der richtigen Antwortoption – ein Distraktor, den niemand wählen würde</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the same %2 as the item at %3:%4</source>
        <extracomment>%2 is &quot;stem&quot; or &quot;front&quot;</extracomment>
        <translation>&apos;%1&apos; hat dieselbe %2 wie der Eintrag in %3:%4</translation>
    </message>
    <message>
        <source>front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>stem</source>
        <translation>Fragestellung</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: %2</source>
        <translation>Frage &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>not a scenario, and only %1 of the bank&apos;s questions are (at least %2): set a situation and a requirement such as &quot;MOST cost-effective&quot;</source>
        <translation>keine Szenariofrage, und nur %1 der Fragen im Bestand sind es (mindestens %2): eine Situation und eine Anforderung wie „MOST cost-effective“ vorgeben</translation>
    </message>
    <message>
        <source>a recall stem, and %1 of the bank&apos;s questions are (at most %2): make it a scenario, or a card</source>
        <translation>eine Wissensfrage, und %1 der Fragen im Bestand sind es (höchstens %2): daraus eine Szenariofrage oder eine Karte machen</translation>
    </message>
    <message>
        <source>the correct option is the longest, as in %1 of single-answer questions (at most %2)</source>
        <translation>die richtige Antwortoption ist die längste, wie bei %1 der Einfachauswahlfragen (höchstens %2)</translation>
    </message>
    <message>
        <source>the correct option is over %1 times as long as the others; across the bank correct options are %2 times as long as distractors (at most %1)</source>
        <translation>die richtige Antwortoption ist mehr als %1-mal so lang wie die anderen; im gesamten Bestand sind richtige Antwortoptionen %2-mal so lang wie Distraktoren (höchstens %1)</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a symbolic link to a missing file</source>
        <translation>ein symbolischer Link auf eine fehlende Datei</translation>
    </message>
    <message>
        <source>a symbolic link that loops</source>
        <translation>ein symbolischer Link, der eine Schleife bildet</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>eine Gerätedatei</translation>
    </message>
    <message>
        <source>something Certdeck may not look at</source>
        <translation>etwas, worauf Certdeck nicht zugreifen darf</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is %1, not a regular file</source>
        <extracomment>%1 is what stands at the path, e.g. &quot;a folder&quot; or &quot;a named pipe (FIFO)&quot;</extracomment>
        <translation>ist %1, keine reguläre Datei</translation>
    </message>
    <message>
        <source>is too large: %1 MiB (at most %2 MiB)</source>
        <translation>ist zu groß: %1 MiB (höchstens %2 MiB)</translation>
    </message>
    <message>
        <source>is too large: more than %1 MiB</source>
        <translation>ist zu groß: mehr als %1 MiB</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>There is no card to grade.</source>
        <translation>Es gibt keine Karte zum Bewerten.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>There is no card to suspend.</source>
        <translation>Es gibt keine Karte zum Aussetzen.</translation>
    </message>
    <message>
        <source>There is no card to bury.</source>
        <translation>Es gibt keine Karte zum Zurückstellen.</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Reading your progress failed: %1</source>
        <extracomment>%1 is SQLite&apos;s message</extracomment>
        <translation>Der Lernfortschritt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saving your progress failed: %1</source>
        <extracomment>%1 is SQLite&apos;s message</extracomment>
        <translation>Der Lernfortschritt konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>S3Prefixes</name>
    <message>
        <source>S3 request rates per prefix</source>
        <translation>S3-Anfrageraten pro Präfix</translation>
    </message>
    <message>
        <source>Prefixes a bucket&apos;s keys must spread over for a rate of reads and writes</source>
        <translation>Präfixe, auf die sich die Schlüssel eines Buckets für eine bestimmte Lese- und Schreibrate verteilen müssen</translation>
    </message>
    <message>
        <source>GET/HEAD requests per second</source>
        <translation>GET/HEAD-Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Reads of objects (GET and HEAD) each second</source>
        <translation>Lesezugriffe auf Objekte (GET und HEAD) pro Sekunde</translation>
    </message>
    <message>
        <source>PUT/COPY/POST/DELETE requests per second</source>
        <translation>PUT/COPY/POST/DELETE-Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Writes and deletes of objects each second</source>
        <translation>Schreib- und Löschvorgänge an Objekten pro Sekunde</translation>
    </message>
    <message>
        <source>S3 gives at least %1 GET/HEAD and %2 PUT/COPY/POST/DELETE requests per second per partitioned prefix: the limits are per prefix, not per bucket.</source>
        <extracomment>%1 GET/HEAD per second per prefix, %2 PUT/COPY/POST/DELETE per second per prefix</extracomment>
        <translation>S3 bietet mindestens %1 GET/HEAD- und %2 PUT/COPY/POST/DELETE-Anfragen pro Sekunde und partitioniertem Präfix: Die Limits gelten pro Präfix, nicht pro Bucket.</translation>
    </message>
    <message numerus="yes">
        <source>Reads: %1 GET/HEAD per second / %2 per prefix = %3, rounded up: %n prefix(es).</source>
        <extracomment>%1 GET requests per second, %2 per prefix, %3 the quotient, %n prefixes (rounded up)</extracomment>
        <translation>
            <numerusform>Lesen: %1 GET/HEAD pro Sekunde / %2 pro Präfix = %3, aufgerundet: %n Präfix.</numerusform>
            <numerusform>Lesen: %1 GET/HEAD pro Sekunde / %2 pro Präfix = %3, aufgerundet: %n Präfixe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes: %1 PUT/COPY/POST/DELETE per second / %2 per prefix = %3, rounded up: %n prefix(es).</source>
        <extracomment>%1 PUT requests per second, %2 per prefix, %3 the quotient, %n prefixes (rounded up)</extracomment>
        <translation>
            <numerusform>Schreiben: %1 PUT/COPY/POST/DELETE pro Sekunde / %2 pro Präfix = %3, aufgerundet: %n Präfix.</numerusform>
            <numerusform>Schreiben: %1 PUT/COPY/POST/DELETE pro Sekunde / %2 pro Präfix = %3, aufgerundet: %n Präfixe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prefixes: the larger of the two = %n prefix(es); each prefix serves its reads and its writes, so the counts are not added.</source>
        <extracomment>%n prefixes</extracomment>
        <translation>
            <numerusform>Präfixe: der größere der beiden Werte = %n Präfix; jedes Präfix bedient seine Lese- und seine Schreibzugriffe, daher werden die Anzahlen nicht addiert.</numerusform>
            <numerusform>Präfixe: der größere der beiden Werte = %n Präfixe; jedes Präfix bedient seine Lese- und seine Schreibzugriffe, daher werden die Anzahlen nicht addiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A bucket may hold any number of prefixes: spread the keys evenly over %n prefixes (for example a hash or date part at the start of the key) so that none carries more than %1 reads or %2 writes per second.</source>
        <extracomment>%n prefixes, %1 reads per second per prefix, %2 writes per second per prefix</extracomment>
        <translation>
            <numerusform>Ein Bucket kann beliebig viele Präfixe enthalten: Die Schlüssel gleichmäßig auf %n Präfix verteilen (zum Beispiel mit einem Hash- oder Datumsteil am Anfang des Schlüssels), sodass keines mehr als %1 Lese- oder %2 Schreibzugriffe pro Sekunde trägt.</numerusform>
            <numerusform>Ein Bucket kann beliebig viele Präfixe enthalten: Die Schlüssel gleichmäßig auf %n Präfixe verteilen (zum Beispiel mit einem Hash- oder Datumsteil am Anfang des Schlüssels), sodass keines mehr als %1 Lese- oder %2 Schreibzugriffe pro Sekunde trägt.</numerusform>
        </translation>
    </message>
    <message>
        <source>S3 adds partitions for a prefix gradually; during a sudden rise it may answer 503 Slow Down, so ramp up and retry with exponential backoff.</source>
        <translation>S3 fügt einem Präfix nach und nach Partitionen hinzu; bei einem plötzlichen Anstieg kann es mit 503 Slow Down antworten, daher die Last schrittweise steigern und Anfragen mit exponentiellem Backoff wiederholen.</translation>
    </message>
    <message>
        <source>Prefixes needed</source>
        <translation>Benötigte Präfixe</translation>
    </message>
    <message>
        <source>Prefixes for GET/HEAD</source>
        <translation>Präfixe für GET/HEAD</translation>
    </message>
    <message>
        <source>Prefixes for PUT/COPY/POST/DELETE</source>
        <translation>Präfixe für PUT/COPY/POST/DELETE</translation>
    </message>
    <message>
        <source>GET/HEAD per second per prefix</source>
        <translation>GET/HEAD pro Sekunde und Präfix</translation>
    </message>
    <message>
        <source>PUT/COPY/POST/DELETE per second per prefix</source>
        <translation>PUT/COPY/POST/DELETE pro Sekunde und Präfix</translation>
    </message>
    <message>
        <source>An application makes %1 GET requests and %2 PUT requests per second to objects in one S3 bucket. Across at least how many prefixes must it spread the keys?</source>
        <translation>Eine Anwendung stellt pro Sekunde %1 GET-Anfragen und %2 PUT-Anfragen an Objekte in einem S3-Bucket. Auf wie viele Präfixe muss sie die Schlüssel mindestens verteilen?</translation>
    </message>
    <message>
        <source>An application makes %1 GET requests per second to objects in one S3 bucket. Across at least how many prefixes must it spread the keys?</source>
        <translation>Eine Anwendung stellt pro Sekunde %1 GET-Anfragen an Objekte in einem S3-Bucket. Auf wie viele Präfixe muss sie die Schlüssel mindestens verteilen?</translation>
    </message>
    <message>
        <source>The request rates are per prefix, not per bucket.</source>
        <translation>Die Anfrageraten gelten pro Präfix, nicht pro Bucket.</translation>
    </message>
    <message>
        <source>Reads get 5,500 requests per second per prefix and writes 3,500, not the other way round.</source>
        <translation>Lesezugriffe erhalten 5.500 Anfragen pro Sekunde und Präfix, Schreibzugriffe 3.500, nicht umgekehrt.</translation>
    </message>
    <message>
        <source>Each prefix serves both its reads and its writes: take the larger count, not the sum.</source>
        <translation>Jedes Präfix bedient sowohl seine Lese- als auch seine Schreibzugriffe: den größeren Wert nehmen, nicht die Summe.</translation>
    </message>
    <message>
        <source>Writes have their own, lower limit of 3,500 per second.</source>
        <translation>Schreibzugriffe haben ein eigenes, niedrigeres Limit von 3.500 pro Sekunde.</translation>
    </message>
    <message>
        <source>A part of a prefix&apos;s rate needs a whole prefix: round up.</source>
        <translation>Ein Teil der Rate eines Präfixes braucht ein ganzes Präfix: aufrunden.</translation>
    </message>
    <message>
        <source>Reads and writes have separate limits; reads get 5,500.</source>
        <translation>Lese- und Schreibzugriffe haben getrennte Limits; Lesezugriffe erhalten 5.500.</translation>
    </message>
</context>
<context>
    <name>SqsThroughput</name>
    <message>
        <source>SQS throughput</source>
        <translation>SQS-Durchsatz</translation>
    </message>
    <message>
        <source>API calls a message rate needs with batching, whether the queue type takes them, and the requests billed</source>
        <translation>API-Aufrufe, die eine Nachrichtenrate mit Batching braucht, ob der Warteschlangentyp sie verkraftet, und die abgerechneten Anfragen</translation>
    </message>
    <message>
        <source>Queue type</source>
        <translation>Warteschlangentyp</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>FIFO, high throughput mode</source>
        <translation>FIFO, Hochdurchsatzmodus</translation>
    </message>
    <message>
        <source>FIFO keeps order and removes duplicates but limits API calls; standard is nearly unlimited</source>
        <translation>FIFO hält die Reihenfolge ein und entfernt Duplikate, begrenzt aber die API-Aufrufe; Standard ist nahezu unbegrenzt</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>Messages sent (and received, and deleted) each second</source>
        <translation>Pro Sekunde gesendete (sowie empfangene und gelöschte) Nachrichten</translation>
    </message>
    <message>
        <source>Messages per batch</source>
        <translation>Nachrichten pro Batch</translation>
    </message>
    <message>
        <source>Messages in one SendMessageBatch, ReceiveMessage or DeleteMessageBatch call</source>
        <translation>Nachrichten in einem Aufruf von SendMessageBatch, ReceiveMessage oder DeleteMessageBatch</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Nachrichtengröße</translation>
    </message>
    <message>
        <source>Size of one message with its attributes</source>
        <translation>Größe einer Nachricht samt ihren Attributen</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %5 for messages of %2 KiB: %1 of them make %3 KiB, more than the %4 KiB one batch request may carry (got &apos;%1&apos;)</source>
        <extracomment>%1 messages per batch, %2 KiB per message, %3 their total in KiB, %4 the batch limit in KiB, %5 the largest batch that fits</extracomment>
        <translation>muss bei Nachrichten von %2 KiB eine ganze Zahl von 1 bis %5 sein: %1 davon ergeben %3 KiB, mehr als die %4 KiB, die eine Batch-Anfrage enthalten darf (angegeben: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>%1 messages/s, one message per call = %2 API calls per second for each action (send, receive, delete).</source>
        <extracomment>%1 messages per second, %2 API calls per second</extracomment>
        <translation>%1 Nachrichten/s, eine Nachricht pro Aufruf = %2 API-Aufrufe pro Sekunde für jede Aktion (Senden, Empfangen, Löschen).</translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s in batches of %n = %2 API calls per second for each action (send, receive, delete).</source>
        <extracomment>%1 messages per second, %n messages per batch, %2 API calls per second</extracomment>
        <translation>
            <numerusform>%1 Nachrichten/s in Batches zu je %n Nachricht = %2 API-Aufrufe pro Sekunde für jede Aktion (Senden, Empfangen, Löschen).</numerusform>
            <numerusform>%1 Nachrichten/s in Batches zu je %n Nachrichten = %2 API-Aufrufe pro Sekunde für jede Aktion (Senden, Empfangen, Löschen).</numerusform>
        </translation>
    </message>
    <message>
        <source>A standard queue supports a nearly unlimited number of API calls per second per action, so there is no ceiling to compare with; it delivers at least once, in best-effort order.</source>
        <translation>Eine Standard-Warteschlange unterstützt eine nahezu unbegrenzte Zahl von API-Aufrufen pro Sekunde und Aktion, daher gibt es keine Obergrenze zum Vergleichen; sie stellt mindestens einmal zu, in bestmöglicher Reihenfolge (Best Effort).</translation>
    </message>
    <message numerus="yes">
        <source>In high throughput mode a FIFO queue takes up to %1 API calls per second per action in US East (N. Virginia), US West (Oregon) and Europe (Ireland); other Regions take fewer. Its limits count API calls, not messages: with batches of %n that is %2 messages per second.</source>
        <extracomment>%1 API calls per second per action, %n messages per batch, %2 messages per second</extracomment>
        <translation>
            <numerusform>Im Hochdurchsatzmodus verarbeitet eine FIFO-Warteschlange in USA Ost (Nord-Virginia), USA West (Oregon) und Europa (Irland) bis zu %1 API-Aufrufe pro Sekunde und Aktion; andere Regionen verarbeiten weniger. Ihre Limits zählen API-Aufrufe, nicht Nachrichten: Bei Batches zu je %n Nachricht sind das %2 Nachrichten pro Sekunde.</numerusform>
            <numerusform>Im Hochdurchsatzmodus verarbeitet eine FIFO-Warteschlange in USA Ost (Nord-Virginia), USA West (Oregon) und Europa (Irland) bis zu %1 API-Aufrufe pro Sekunde und Aktion; andere Regionen verarbeiten weniger. Ihre Limits zählen API-Aufrufe, nicht Nachrichten: Bei Batches zu je %n Nachrichten sind das %2 Nachrichten pro Sekunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>High throughput spreads a queue over partitions by message group ID: messages of one group are delivered in order, one after another, so the rate needs many distinct MessageGroupId values.</source>
        <translation>Hoher Durchsatz verteilt eine Warteschlange anhand der Nachrichtengruppen-ID auf Partitionen: Die Nachrichten einer Gruppe werden der Reihe nach, eine nach der anderen, zugestellt, daher braucht die Rate viele verschiedene MessageGroupId-Werte.</translation>
    </message>
    <message numerus="yes">
        <source>A FIFO queue takes %1 API calls per second per action; with batches of %n that is %2 messages per second.</source>
        <extracomment>%1 API calls per second per action, %n messages per batch, %2 messages per second</extracomment>
        <translation>
            <numerusform>Eine FIFO-Warteschlange verarbeitet %1 API-Aufrufe pro Sekunde und Aktion; bei Batches zu je %n Nachricht sind das %2 Nachrichten pro Sekunde.</numerusform>
            <numerusform>Eine FIFO-Warteschlange verarbeitet %1 API-Aufrufe pro Sekunde und Aktion; bei Batches zu je %n Nachrichten sind das %2 Nachrichten pro Sekunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batches of %1 would raise it to %2 messages per second.</source>
        <extracomment>%1 messages per batch at most, %2 messages per second documented with full batches</extracomment>
        <translation>Batches zu je %1 Nachrichten würden das auf %2 Nachrichten pro Sekunde erhöhen.</translation>
    </message>
    <message>
        <source>%1 messages/s fit within %2 messages/s.</source>
        <extracomment>%1 messages per second wanted, %2 the queue&apos;s maximum</extracomment>
        <translation>%1 Nachrichten/s liegen innerhalb von %2 Nachrichten/s.</translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s exceed %2 messages/s: larger batches, a quota increase, or %n FIFO queues, each keeping order only for its own messages.</source>
        <extracomment>%1 messages per second wanted, %2 the queue&apos;s maximum, %n queues needed</extracomment>
        <translation>
            <numerusform>%1 Nachrichten/s übersteigen %2 Nachrichten/s: größere Batches, eine Kontingenterhöhung oder %n FIFO-Warteschlange, die die Reihenfolge nur für ihre eigenen Nachrichten einhält.</numerusform>
            <numerusform>%1 Nachrichten/s übersteigen %2 Nachrichten/s: größere Batches, eine Kontingenterhöhung oder %n FIFO-Warteschlangen, die die Reihenfolge jeweils nur für ihre eigenen Nachrichten einhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s exceed %2 messages/s: enable high throughput mode, or split the messages over %n FIFO queues, each keeping order only for its own messages.</source>
        <extracomment>%1 messages per second wanted, %2 the queue&apos;s maximum, %n queues needed</extracomment>
        <translation>
            <numerusform>%1 Nachrichten/s übersteigen %2 Nachrichten/s: den Hochdurchsatzmodus aktivieren oder die Nachrichten auf %n FIFO-Warteschlange verteilen, die die Reihenfolge nur für ihre eigenen Nachrichten einhält.</numerusform>
            <numerusform>%1 Nachrichten/s übersteigen %2 Nachrichten/s: den Hochdurchsatzmodus aktivieren oder die Nachrichten auf %n FIFO-Warteschlangen verteilen, die die Reihenfolge jeweils nur für ihre eigenen Nachrichten einhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billing: each %4 KiB chunk of a call&apos;s payload is one request; a call carrying %1 KiB (%2 x %3 KiB) is billed as %n request(s).</source>
        <extracomment>%1 KiB in one call, %2 messages, %3 KiB each, %4 KiB per billed chunk, %n requests billed per call</extracomment>
        <translation>
            <numerusform>Abrechnung: Jeder Block von %4 KiB der Nutzlast eines Aufrufs zählt als eine Anfrage; ein Aufruf mit %1 KiB (%2 x %3 KiB) wird als %n Anfrage abgerechnet.</numerusform>
            <numerusform>Abrechnung: Jeder Block von %4 KiB der Nutzlast eines Aufrufs zählt als eine Anfrage; ein Aufruf mit %1 KiB (%2 x %3 KiB) wird als %n Anfragen abgerechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calls/s x %2 = %3 billed requests per second for each action.</source>
        <extracomment>%1 API calls per second, %2 requests per call, %3 billed requests per second</extracomment>
        <translation>%1 Aufrufe/s x %2 = %3 abgerechnete Anfragen pro Sekunde für jede Aktion.</translation>
    </message>
    <message>
        <source>API calls per second per action</source>
        <translation>API-Aufrufe pro Sekunde und Aktion</translation>
    </message>
    <message>
        <source>Most messages per second per action</source>
        <translation>Höchstzahl an Nachrichten pro Sekunde und Aktion</translation>
    </message>
    <message>
        <source>API call limit per second per action</source>
        <translation>API-Aufruflimit pro Sekunde und Aktion</translation>
    </message>
    <message>
        <source>Fits (1 yes, 0 no)</source>
        <translation>Passt (1 ja, 0 nein)</translation>
    </message>
    <message>
        <source>Queues needed</source>
        <translation>Benötigte Warteschlangen</translation>
    </message>
    <message>
        <source>Billed requests per call</source>
        <translation>Abgerechnete Anfragen pro Aufruf</translation>
    </message>
    <message>
        <source>Billed requests per second per action</source>
        <translation>Abgerechnete Anfragen pro Sekunde und Aktion</translation>
    </message>
    <message numerus="yes">
        <source>A producer sends to an SQS FIFO queue with high throughput mode enabled in US East (N. Virginia), using SendMessageBatch with %n message(s) per call. At most how many messages per second can it send?</source>
        <extracomment>%n messages per batch</extracomment>
        <translation>
            <numerusform>Ein Producer sendet in USA Ost (Nord-Virginia) an eine SQS-FIFO-Warteschlange mit aktiviertem Hochdurchsatzmodus, per SendMessageBatch mit %n Nachricht pro Aufruf. Wie viele Nachrichten pro Sekunde kann er höchstens senden?</numerusform>
            <numerusform>Ein Producer sendet in USA Ost (Nord-Virginia) an eine SQS-FIFO-Warteschlange mit aktiviertem Hochdurchsatzmodus, per SendMessageBatch mit %n Nachrichten pro Aufruf. Wie viele Nachrichten pro Sekunde kann er höchstens senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A producer sends to an SQS FIFO queue (high throughput mode off) using SendMessageBatch with %n message(s) per call. At most how many messages per second can it send?</source>
        <translation>
            <numerusform>Ein Producer sendet an eine SQS-FIFO-Warteschlange (ohne Hochdurchsatzmodus), per SendMessageBatch mit %n Nachricht pro Aufruf. Wie viele Nachrichten pro Sekunde kann er höchstens senden?</numerusform>
            <numerusform>Ein Producer sendet an eine SQS-FIFO-Warteschlange (ohne Hochdurchsatzmodus), per SendMessageBatch mit %n Nachrichten pro Aufruf. Wie viele Nachrichten pro Sekunde kann er höchstens senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>FIFO limits count API calls; each call carries a whole batch.</source>
        <translation>FIFO-Limits zählen API-Aufrufe; jeder Aufruf überträgt einen ganzen Batch.</translation>
    </message>
    <message>
        <source>The batch here is smaller than 10 messages.</source>
        <translation>Der Batch ist hier kleiner als 10 Nachrichten.</translation>
    </message>
    <message>
        <source>300 calls per second is the limit without high throughput mode.</source>
        <translation>300 Aufrufe pro Sekunde sind das Limit ohne Hochdurchsatzmodus.</translation>
    </message>
    <message>
        <source>70,000 calls per second needs high throughput mode (and one of its largest Regions).</source>
        <translation>70.000 Aufrufe pro Sekunde erfordern den Hochdurchsatzmodus (und eine seiner größten Regionen).</translation>
    </message>
    <message>
        <source>Batching multiplies the messages per call; it does not divide them.</source>
        <translation>Batching vervielfacht die Nachrichten pro Aufruf; es teilt sie nicht.</translation>
    </message>
    <message>
        <source>The FIFO limit is 300 calls per second per action, not 330.</source>
        <translation>Das FIFO-Limit liegt bei 300 Aufrufen pro Sekunde und Aktion, nicht bei 330.</translation>
    </message>
    <message numerus="yes">
        <source>An application sends %1 messages per second to an SQS queue with SendMessageBatch, %n messages per call. How many SendMessageBatch calls per second does it make?</source>
        <extracomment>%1 messages per second, %n messages per batch</extracomment>
        <translation>
            <numerusform>Eine Anwendung sendet %1 Nachrichten pro Sekunde per SendMessageBatch an eine SQS-Warteschlange, %n Nachricht pro Aufruf. Wie viele SendMessageBatch-Aufrufe pro Sekunde macht sie?</numerusform>
            <numerusform>Eine Anwendung sendet %1 Nachrichten pro Sekunde per SendMessageBatch an eine SQS-Warteschlange, %n Nachrichten pro Aufruf. Wie viele SendMessageBatch-Aufrufe pro Sekunde macht sie?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each batch call carries several messages, so fewer calls are needed.</source>
        <translation>Jeder Batch-Aufruf überträgt mehrere Nachrichten, daher sind weniger Aufrufe nötig.</translation>
    </message>
    <message>
        <source>Divide the messages by the batch size; do not multiply.</source>
        <translation>Die Nachrichten durch die Batch-Größe teilen, nicht damit multiplizieren.</translation>
    </message>
    <message>
        <source>The batch here is not the maximum of 10 messages.</source>
        <translation>Der Batch ist hier nicht das Maximum von 10 Nachrichten.</translation>
    </message>
    <message>
        <source>The question asks for the send calls only, not send, receive and delete together.</source>
        <translation>Gefragt sind nur die Sendeaufrufe, nicht Senden, Empfangen und Löschen zusammen.</translation>
    </message>
    <message numerus="yes">
        <source>A system must send %1 messages per second through SQS FIFO queues without high throughput mode, in batches of %n message(s). Each queue keeps its own order. At least how many FIFO queues are needed?</source>
        <extracomment>%1 messages per second, %n messages per batch</extracomment>
        <translation>
            <numerusform>Ein System muss %1 Nachrichten pro Sekunde über SQS-FIFO-Warteschlangen ohne Hochdurchsatzmodus senden, in Batches zu je %n Nachricht. Jede Warteschlange hält ihre eigene Reihenfolge ein. Wie viele FIFO-Warteschlangen werden mindestens benötigt?</numerusform>
            <numerusform>Ein System muss %1 Nachrichten pro Sekunde über SQS-FIFO-Warteschlangen ohne Hochdurchsatzmodus senden, in Batches zu je %n Nachrichten. Jede Warteschlange hält ihre eigene Reihenfolge ein. Wie viele FIFO-Warteschlangen werden mindestens benötigt?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each call carries a batch: a queue takes 300 calls per second, not 300 messages.</source>
        <translation>Jeder Aufruf überträgt einen Batch: Eine Warteschlange verarbeitet 300 Aufrufe pro Sekunde, nicht 300 Nachrichten.</translation>
    </message>
    <message>
        <source>3,000 messages per second needs batches of 10.</source>
        <translation>3.000 Nachrichten pro Sekunde erfordern Batches zu je 10.</translation>
    </message>
    <message>
        <source>A part of a queue&apos;s load needs a whole queue: round up.</source>
        <translation>Ein Teil der Last einer Warteschlange braucht eine ganze Warteschlange: aufrunden.</translation>
    </message>
    <message>
        <source>FIFO queues without high throughput mode are limited; a standard queue is the one with nearly unlimited throughput.</source>
        <translation>FIFO-Warteschlangen ohne Hochdurchsatzmodus sind begrenzt; nahezu unbegrenzten Durchsatz bietet die Standard-Warteschlange.</translation>
    </message>
    <message numerus="yes">
        <source>A producer sends %1 messages per second of %2 KiB each to an SQS standard queue with SendMessageBatch, %n message(s) per call. How many requests per second are billed for the sends?</source>
        <extracomment>%1 messages per second, %n messages per batch, %2 message size in KiB</extracomment>
        <translation>
            <numerusform>Ein Producer sendet %1 Nachrichten pro Sekunde zu je %2 KiB per SendMessageBatch an eine SQS-Standard-Warteschlange, %n Nachricht pro Aufruf. Wie viele Anfragen pro Sekunde werden für das Senden abgerechnet?</numerusform>
            <numerusform>Ein Producer sendet %1 Nachrichten pro Sekunde zu je %2 KiB per SendMessageBatch an eine SQS-Standard-Warteschlange, %n Nachrichten pro Aufruf. Wie viele Anfragen pro Sekunde werden für das Senden abgerechnet?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each 64 KB chunk of a call&apos;s payload is billed as one request.</source>
        <translation>Jeder 64-KB-Block der Nutzlast eines Aufrufs wird als eine Anfrage abgerechnet.</translation>
    </message>
    <message>
        <source>A batch call is billed by its 64 KB chunks, not by its messages.</source>
        <translation>Ein Batch-Aufruf wird nach seinen 64-KB-Blöcken abgerechnet, nicht nach seinen Nachrichten.</translation>
    </message>
    <message>
        <source>The chunks are counted over the whole call&apos;s payload, not message by message.</source>
        <translation>Die Blöcke werden über die gesamte Nutzlast des Aufrufs gezählt, nicht Nachricht für Nachricht.</translation>
    </message>
    <message>
        <source>The billing chunk is 64 KiB (65,536 bytes), the unit of the message size: do not convert KiB to decimal KB.</source>
        <translation>Der Abrechnungsblock ist 64 KiB (65.536 Bytes) groß, in der Einheit der Nachrichtengröße: KiB nicht in dezimale KB umrechnen.</translation>
    </message>
    <message>
        <source>The question asks for the sends only, not send, receive and delete together.</source>
        <translation>Gefragt ist nur das Senden, nicht Senden, Empfangen und Löschen zusammen.</translation>
    </message>
</context>
<context>
    <name>StandardStreams</name>
    <message>
        <source>standard output is closed</source>
        <translation>die Standardausgabe ist geschlossen</translation>
    </message>
    <message>
        <source>%1: cannot write the output: %2</source>
        <translation>%1: Ausgabe kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>StatsChartsLoader</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>The charts could not be loaded: %1.</source>
        <translation>Die Diagramme konnten nicht geladen werden: %1.</translation>
    </message>
</context>
<context>
    <name>StatsStore</name>
    <message>
        <source>cannot read the progress database: %1</source>
        <translation>die Fortschrittsdatenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the progress database is not open</source>
        <translation>die Fortschrittsdatenbank ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>StudyAdvice</name>
    <message>
        <source>Drill %1 (%2)</source>
        <extracomment>%1 an exam domain (&quot;Design Secure Architectures&quot;), %2 the exam code</extracomment>
        <translation>%1 üben (%2)</translation>
    </message>
    <message>
        <source>Learn your first cards</source>
        <translation>Die ersten Karten lernen</translation>
    </message>
    <message>
        <source>Start with a few flashcards, then answer practice questions: after both, Certdeck estimates your exam score and shows your weakest domains here.</source>
        <translation>Zuerst einige Karteikarten lernen, dann Übungsfragen beantworten: Danach schätzt Certdeck die Prüfungspunktzahl und zeigt hier die schwächsten Domänen.</translation>
    </message>
    <message numerus="yes">
        <source>Review %n due card(s)</source>
        <translation>
            <numerusform>%n fällige Karte wiederholen</numerusform>
            <numerusform>%n fällige Karten wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>These cards are at the point of being forgotten: a review now takes seconds, relearning a forgotten card takes minutes.</source>
        <translation>Diese Karten sind kurz davor, vergessen zu werden: Eine Wiederholung dauert jetzt Sekunden, das erneute Lernen einer vergessenen Karte Minuten.</translation>
    </message>
    <message>
        <source>%1 is your weakest %2 domain: about %3% right estimated, where passing needs about %4%, and it is %5% of the exam.</source>
        <extracomment>%1 domain name, %2 exam code, %3 estimated percent right, %4 percent the pass line needs, %5 the domain&apos;s percent of the exam</extracomment>
        <translation>%1 ist die schwächste Domäne von %2: geschätzt etwa %3 % richtig, während zum Bestehen etwa %4 % nötig sind, und sie macht %5 % der Prüfung aus.</translation>
    </message>
    <message numerus="yes">
        <source>Learn %n new card(s)</source>
        <translation>
            <numerusform>%n neue Karte lernen</numerusform>
            <numerusform>%n neue Karten lernen</numerusform>
        </translation>
    </message>
    <message>
        <source>No card is due and every domain is estimated above the pass line: new cards widen what you know.</source>
        <translation>Keine Karte ist fällig, und jede Domäne liegt geschätzt über der Bestehensgrenze: Neue Karten erweitern das Wissen.</translation>
    </message>
    <message>
        <source>Take a timed %1 exam</source>
        <extracomment>%1 exam code</extracomment>
        <translation>Eine %1-Prüfung auf Zeit ablegen</translation>
    </message>
    <message>
        <source>Your estimate is %1 (likely %2 to %3): a timed exam of %4 checks it under exam conditions.</source>
        <extracomment>%1 estimated score, %2 and %3 its range, %4 exam code</extracomment>
        <translation>Die Schätzung liegt bei %1 (wahrscheinlich %2 bis %3): Eine %4-Prüfung auf Zeit überprüft sie unter Prüfungsbedingungen.</translation>
    </message>
    <message>
        <source>Done for today</source>
        <translation>Für heute fertig</translation>
    </message>
    <message>
        <source>Nothing is due. To keep sharp, drill your weakest domain: %1.</source>
        <translation>Nichts ist fällig. Um in Übung zu bleiben, die schwächste Domäne üben: %1.</translation>
    </message>
    <message>
        <source>Nothing is due and no new card is left for today.</source>
        <translation>Nichts ist fällig, und für heute ist keine neue Karte mehr übrig.</translation>
    </message>
</context>
<context>
    <name>VpcSubnets</name>
    <message>
        <source>VPC subnets (IPv4)</source>
        <translation>VPC-Subnetze (IPv4)</translation>
    </message>
    <message>
        <source>Addresses in a CIDR block, the five AWS reserves in each subnet, equal subnets of a block, and overlap with another block</source>
        <translation>Adressen in einem CIDR-Block, die fünf, die AWS in jedem Subnetz reserviert, gleich große Subnetze eines Blocks und Überschneidung mit einem anderen Block</translation>
    </message>
    <message>
        <source>CIDR block</source>
        <translation>CIDR-Block</translation>
    </message>
    <message>
        <source>The VPC&apos;s or subnet&apos;s IPv4 block, from /16 to /28, such as 10.0.0.0/16</source>
        <translation>Der IPv4-Block der VPC oder des Subnetzes, von /16 bis /28, etwa 10.0.0.0/16</translation>
    </message>
    <message>
        <source>Split into subnets of prefix</source>
        <translation>Aufteilen in Subnetze mit Präfix</translation>
    </message>
    <message>
        <source>The prefix length of equal subnets to split the block into, such as 24; from the block&apos;s own prefix to 28</source>
        <translation>Die Präfixlänge der gleich großen Subnetze, in die der Block aufgeteilt wird, etwa 24; vom eigenen Präfix des Blocks bis 28</translation>
    </message>
    <message>
        <source>Check overlap with</source>
        <translation>Überschneidung prüfen mit</translation>
    </message>
    <message>
        <source>Another IPv4 block (a peer VPC, an on-premises network), any prefix from /0 to /32</source>
        <translation>Ein anderer IPv4-Block (eine Peer-VPC, ein lokales Netzwerk), beliebiges Präfix von /0 bis /32</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2: a subnet of %3 is at most as large as the block and at least a /%2 (got %4)</source>
        <extracomment>%1 and %2 are the shortest and longest prefix lengths allowed, %3 the block, %4 what was given</extracomment>
        <translation>muss eine ganze Zahl von %1 bis %2 sein: Ein Subnetz von %3 ist höchstens so groß wie der Block und mindestens ein /%2 (angegeben: %4)</translation>
    </message>
    <message>
        <source>%1: 32 - %2 = %3 host bits, so 2^%3 = %4 addresses, from %5 to %6.</source>
        <extracomment>%1 a block such as 10.0.0.0/16, %2 its prefix length, %3 the host bits (32 - %2), %4 the address count, %5 and %6 its first and last address</extracomment>
        <translation>%1: 32 - %2 = %3 Host-Bits, also 2^%3 = %4 Adressen, von %5 bis %6.</translation>
    </message>
    <message>
        <source>AWS reserves %1 addresses in every subnet, the first four and the last; in the first subnet, %2, they are:</source>
        <extracomment>%1 the number of reserved addresses, %2 the first subnet of a split such as 10.0.0.0/24</extracomment>
        <translation>AWS reserviert in jedem Subnetz %1 Adressen, die ersten vier und die letzte; im ersten Subnetz, %2, sind es:</translation>
    </message>
    <message>
        <source>AWS reserves %1 addresses in every subnet, the first four and the last; in %2 as one subnet they are:</source>
        <extracomment>%1 the number of reserved addresses, %2 a block such as 10.0.0.0/16</extracomment>
        <translation>AWS reserviert in jedem Subnetz %1 Adressen, die ersten vier und die letzte; in %2 als einzigem Subnetz sind es:</translation>
    </message>
    <message>
        <source>%1: the network address.</source>
        <extracomment>%1 an IPv4 address</extracomment>
        <translation>%1: die Netzwerkadresse.</translation>
    </message>
    <message>
        <source>%1: the VPC router.</source>
        <translation>%1: der VPC-Router.</translation>
    </message>
    <message>
        <source>%1: the Amazon DNS server (the base plus two).</source>
        <translation>%1: der Amazon-DNS-Server (die Basisadresse plus zwei).</translation>
    </message>
    <message>
        <source>%1: reserved by AWS for future use.</source>
        <translation>%1: von AWS für künftige Nutzung reserviert.</translation>
    </message>
    <message>
        <source>%1: the broadcast address (a VPC does not support broadcast, so it is reserved).</source>
        <translation>%1: die Broadcast-Adresse (eine VPC unterstützt keinen Broadcast, daher ist sie reserviert).</translation>
    </message>
    <message>
        <source>Usable: %1 - %2 = %3 addresses, from %4 (first usable) to %5 (last usable).</source>
        <extracomment>%1 addresses in the block, %2 reserved addresses, %3 the difference, %4 and %5 the first and last address an instance can have</extracomment>
        <translation>Nutzbar: %1 - %2 = %3 Adressen, von %4 (erste nutzbare) bis %5 (letzte nutzbare).</translation>
    </message>
    <message numerus="yes">
        <source>Split into /%1: 2^(%1 - %2) = 2^%3 = %n subnet(s) of 2^(32 - %1) = %4 addresses each.</source>
        <extracomment>%1 the subnets&apos; prefix length, %2 the block&apos;s, %3 the difference, %n the subnet count, %4 addresses in each subnet</extracomment>
        <translation>
            <numerusform>Aufteilung in /%1: 2^(%1 - %2) = 2^%3 = %n Subnetz mit je 2^(32 - %1) = %4 Adressen.</numerusform>
            <numerusform>Aufteilung in /%1: 2^(%1 - %2) = 2^%3 = %n Subnetze mit je 2^(32 - %1) = %4 Adressen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each subnet: %1 - %2 = %3 usable; %4 x %3 = %5 usable in all.</source>
        <extracomment>%1 addresses per subnet, %2 reserved per subnet, %3 usable per subnet, %4 the subnet count, %5 usable in all subnets</extracomment>
        <translation>Je Subnetz: %1 - %2 = %3 nutzbar; %4 x %3 = %5 nutzbar insgesamt.</translation>
    </message>
    <message>
        <source>Subnet %1: %2, usable %3 to %4.</source>
        <extracomment>%1 the subnet&apos;s number, %2 a subnet such as 10.0.1.0/24, %3 and %4 its first and last usable addresses</extracomment>
        <translation>Subnetz %1: %2, nutzbar %3 bis %4.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more, up to %1.</source>
        <extracomment>%n how many subnets are not listed, %1 the last subnet such as 10.0.255.0/24</extracomment>
        <translation>
            <numerusform>... und %n weiteres, bis %1.</numerusform>
            <numerusform>... und %n weitere, bis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to %3) and %4 (%5 to %6)</source>
        <extracomment>%1 and %4 blocks such as 10.0.0.0/16, %2 %3 and %5 %6 their first and last addresses</extracomment>
        <translation>%1 (%2 bis %3) und %4 (%5 bis %6)</translation>
    </message>
    <message>
        <source>%1 overlap: they share %2 addresses, %3 to %4. VPCs whose CIDR blocks overlap cannot be peered.</source>
        <extracomment>%1 names both blocks with their ranges, %2 the shared address count, %3 and %4 the first and last shared address</extracomment>
        <translation>%1 überschneiden sich: Sie haben %2 Adressen gemeinsam, %3 bis %4. VPCs mit sich überschneidenden CIDR-Blöcken können nicht per Peering verbunden werden.</translation>
    </message>
    <message>
        <source>%1 do not overlap: no address is in both.</source>
        <extracomment>%1 names both blocks with their ranges</extracomment>
        <translation>%1 überschneiden sich nicht: Keine Adresse liegt in beiden.</translation>
    </message>
    <message>
        <source>Addresses in the block</source>
        <translation>Adressen im Block</translation>
    </message>
    <message>
        <source>Reserved by AWS per subnet</source>
        <translation>Von AWS reserviert je Subnetz</translation>
    </message>
    <message>
        <source>Usable addresses (block as one subnet)</source>
        <translation>Nutzbare Adressen (Block als ein Subnetz)</translation>
    </message>
    <message>
        <source>Subnets in the split</source>
        <translation>Subnetze in der Aufteilung</translation>
    </message>
    <message>
        <source>Usable addresses per subnet</source>
        <translation>Nutzbare Adressen je Subnetz</translation>
    </message>
    <message>
        <source>Usable addresses in all subnets</source>
        <translation>Nutzbare Adressen in allen Subnetzen</translation>
    </message>
    <message>
        <source>Overlaps the other block (1 yes, 0 no)</source>
        <translation>Überschneidet sich mit dem anderen Block (1 ja, 0 nein)</translation>
    </message>
    <message>
        <source>A subnet in a VPC has the CIDR block %1. How many IP addresses in it can be assigned to instances?</source>
        <extracomment>%1 a subnet&apos;s CIDR block such as 10.0.32.0/22</extracomment>
        <translation>Ein Subnetz in einer VPC hat den CIDR-Block %1. Wie viele IP-Adressen darin können Instances zugewiesen werden?</translation>
    </message>
    <message>
        <source>a /%1 has 2^(32 - %1) = 2^%2 addresses</source>
        <extracomment>%1 a prefix length such as 26, %2 the host bits (32 - %1)</extracomment>
        <translation>ein /%1-Block hat 2^(32 - %1) = 2^%2 Adressen</translation>
    </message>
    <message>
        <source>AWS reserves %1 addresses in every subnet; they cannot be assigned.</source>
        <extracomment>%1 the number of reserved addresses (5)</extracomment>
        <translation>AWS reserviert in jedem Subnetz %1 Adressen; sie können nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>AWS reserves %1 addresses per subnet, not only the network and broadcast addresses an on-premises network loses.</source>
        <translation>AWS reserviert %1 Adressen je Subnetz, nicht nur die Netzwerk- und die Broadcast-Adresse, die in einem lokalen Netzwerk wegfallen.</translation>
    </message>
    <message>
        <source>Off by one power of two: %1, not half as many.</source>
        <extracomment>%1 says how many addresses a block has, such as &quot;a /26 has 2^(32 - 26) = 2^6 addresses&quot;</extracomment>
        <translation>Um eine Zweierpotenz verrechnet: %1, nicht halb so viele.</translation>
    </message>
    <message>
        <source>Off by one power of two: %1, not twice as many.</source>
        <translation>Um eine Zweierpotenz verrechnet: %1, nicht doppelt so viele.</translation>
    </message>
    <message>
        <source>The last address, the broadcast address, is reserved too: %1 in all.</source>
        <extracomment>%1 the number of reserved addresses (5)</extracomment>
        <translation>Auch die letzte Adresse, die Broadcast-Adresse, ist reserviert: insgesamt %1.</translation>
    </message>
    <message>
        <source>A VPC has the CIDR block %1. How many subnets of size /%2 can it be divided into, without overlap?</source>
        <extracomment>%1 a VPC&apos;s CIDR block such as 10.20.0.0/16, %2 a longer prefix length such as 24</extracomment>
        <translation>Eine VPC hat den CIDR-Block %1. In wie viele Subnetze der Größe /%2 lässt sie sich ohne Überschneidung aufteilen?</translation>
    </message>
    <message>
        <source>2^(%1 - %2) = 2^%3</source>
        <extracomment>%1 the subnets&apos; prefix length, %2 the VPC&apos;s, %3 the difference</extracomment>
        <translation>2^(%1 - %2) = 2^%3</translation>
    </message>
    <message>
        <source>Off by one power of two: the count is %1, not half of it.</source>
        <extracomment>%1 the count as a power of two, such as &quot;2^(24 - 16) = 2^8&quot;</extracomment>
        <translation>Um eine Zweierpotenz verrechnet: Die Anzahl ist %1, nicht die Hälfte davon.</translation>
    </message>
    <message>
        <source>Off by one power of two: the count is %1, not twice it.</source>
        <translation>Um eine Zweierpotenz verrechnet: Die Anzahl ist %1, nicht das Doppelte davon.</translation>
    </message>
    <message>
        <source>The reserved addresses are inside each subnet; they do not take a subnet away from the VPC.</source>
        <translation>Die reservierten Adressen liegen innerhalb jedes Subnetzes; sie nehmen der VPC kein Subnetz weg.</translation>
    </message>
    <message>
        <source>That is the number of addresses in each subnet, not the number of subnets.</source>
        <translation>Das ist die Anzahl der Adressen je Subnetz, nicht die Anzahl der Subnetze.</translation>
    </message>
    <message>
        <source>Each extra prefix bit doubles the count; %1 - %2 only counts the bits.</source>
        <extracomment>%1 the subnets&apos; prefix length, %2 the VPC&apos;s</extracomment>
        <translation>Jedes zusätzliche Präfix-Bit verdoppelt die Anzahl; %1 - %2 zählt nur die Bits.</translation>
    </message>
    <message>
        <source>must be an IPv4 CIDR block: four numbers from 0 to 255, a slash and a prefix length, such as 10.0.0.0/16 (got &apos;%1&apos;)</source>
        <extracomment>%1 what was given</extracomment>
        <translation>muss ein IPv4-CIDR-Block sein: vier Zahlen von 0 bis 255, ein Schrägstrich und eine Präfixlänge, etwa 10.0.0.0/16 (angegeben: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>must have four numbers from 0 to 255 (got %1 in &apos;%2&apos;)</source>
        <extracomment>%1 the number given, %2 the whole text</extracomment>
        <translation>muss vier Zahlen von 0 bis 255 enthalten (angegeben: %1 in &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>must end in a prefix length from /%1 to /%2; /%3 is not an IPv4 prefix length</source>
        <extracomment>%1 and %2 the range of prefix lengths accepted here, %3 the prefix length given</extracomment>
        <translation>muss auf eine Präfixlänge von /%1 bis /%2 enden; /%3 ist keine IPv4-Präfixlänge</translation>
    </message>
    <message>
        <source>must be from /%1 (%2 addresses) to /%3 (%4 addresses): /%5 is too big for a VPC</source>
        <extracomment>%1 and %3 the shortest and longest prefix lengths of a VPC, %2 and %4 their address counts, %5 the prefix length given</extracomment>
        <translation>muss zwischen /%1 (%2 Adressen) und /%3 (%4 Adressen) liegen: /%5 ist zu groß für eine VPC</translation>
    </message>
    <message>
        <source>must be from /%1 (%2 addresses) to /%3 (%4 addresses): /%5 is too small for a VPC</source>
        <translation>muss zwischen /%1 (%2 Adressen) und /%3 (%4 Adressen) liegen: /%5 ist zu klein für eine VPC</translation>
    </message>
    <message>
        <source>must start at the first address of a /%1 block, and %2 does not: did you mean %3?</source>
        <extracomment>%1 a prefix length, %2 the address given, %3 the block it lies in, such as 10.0.0.0/16</extracomment>
        <translation>muss an der ersten Adresse eines /%1-Blocks beginnen, %2 tut das nicht: War %3 gemeint?</translation>
    </message>
    <message>
        <source>Addresses in both blocks</source>
        <translation>Adressen in beiden Blöcken</translation>
    </message>
</context>
<context>
    <name>Work</name>
    <message>
        <source>a whole number from %1 to %2%3</source>
        <translation>eine ganze Zahl von %1 bis %2%3</translation>
    </message>
    <message>
        <source>a number from %1 to %2%3</source>
        <translation>eine Zahl von %1 bis %2%3</translation>
    </message>
    <message>
        <source>is required: one of %1</source>
        <translation>ist erforderlich: einer der Werte %1</translation>
    </message>
    <message>
        <source>must be one of %1 (got &apos;%2&apos;)</source>
        <extracomment>%1 lists the accepted words, %2 what was given</extracomment>
        <translation>muss einer der Werte %1 sein (angegeben: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is required: %1</source>
        <extracomment>%1 is a range such as &quot;a number from 0.001 to 400 KB&quot;</extracomment>
        <translation>ist erforderlich: %1</translation>
    </message>
    <message>
        <source>must be %1 (got &apos;%2&apos;)</source>
        <extracomment>%1 is a range such as &quot;a number from 0.001 to 400 KB&quot;, %2 what was given</extracomment>
        <translation>muss %1 sein (angegeben: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>is not an input of this calculator</source>
        <translation>ist keine Eingabe dieses Rechners</translation>
    </message>
    <message>
        <source>the content has no figure &apos;%1&apos; (calculators.yaml); rebuild the content</source>
        <extracomment>%1 is a fact id such as ebs.gp2.max-iops</extracomment>
        <translation>der Inhalt enthält keinen Wert &apos;%1&apos; (calculators.yaml); den Inhalt neu erstellen</translation>
    </message>
    <message>
        <source>This is what the formula gives.</source>
        <translation>Das ergibt die Formel.</translation>
    </message>
    <message>
        <source>%1 can make %3 different questions for this seed, not %2</source>
        <extracomment>%1 a calculator&apos;s name, %2 how many questions were asked for, %3 how many it could make</extracomment>
        <translation>%1 kann für diesen Seed %3 verschiedene Fragen erstellen, nicht %2</translation>
    </message>
</context>
<context>
    <name>certdeck-compile</name>
    <message>
        <source>usage: certdeck-compile &lt;content dir&gt; &lt;output content.db&gt; [--sections]</source>
        <translation>Aufruf: certdeck-compile &lt;content dir&gt; &lt;output content.db&gt; [--sections]</translation>
    </message>
    <message>
        <source>certdeck-compile: %1 problem(s); %2 not written</source>
        <translation>certdeck-compile: Probleme: %1; %2 wurde nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>certdeck::AppContext</name>
    <message>
        <source>Your progress is not open yet; try again in a moment.</source>
        <translation>Ihr Fortschritt ist noch nicht geöffnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>certdeck::CalcDrillDialog</name>
    <message>
        <source>Drill: %1</source>
        <extracomment>The drill dialog&apos;s title: %1 a calculator&apos;s name</extracomment>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>See whether your answer is right (Enter)</source>
        <translation>Prüfen, ob die Antwort richtig ist (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Drill &amp;Again</source>
        <translation>&amp;Noch einmal üben</translation>
    </message>
    <message>
        <source>Ten new questions</source>
        <translation>Zehn neue Fragen</translation>
    </message>
    <message>
        <source>No drill can be made: %1</source>
        <translation>Es lässt sich keine Übung erstellen: %1</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 right so far</source>
        <extracomment>%1 the question&apos;s number, %2 how many there are; %3 the right answers so far</extracomment>
        <translation>Frage %1 von %2 · bisher %3 richtig</translation>
    </message>
    <message>
        <source>✓ Right: %1</source>
        <extracomment>Under the right option after checking: %1 why it is right</extracomment>
        <translation>✓ Richtig: %1</translation>
    </message>
    <message>
        <source>✗ Your answer: %1</source>
        <extracomment>Under the wrong option the learner chose: %1 the mistake that gives it</extracomment>
        <translation>✗ Gewählte Antwort: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <extracomment>Under another wrong option: %1 the mistake that gives it</extracomment>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Right!</source>
        <extracomment>After a wrong answer: %1 the right one</extracomment>
        <translation>Richtig!</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>Nicht ganz: Die Antwort ist %1.</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>So wird es berechnet</translation>
    </message>
    <message>
        <source>Drill over</source>
        <translation>Übung beendet</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions right.</source>
        <extracomment>The end of a drill: %1 right answers, %2 questions</extracomment>
        <translation>%1 von %2 Fragen richtig beantwortet.</translation>
    </message>
    <message>
        <source>Every one. Try the calculator with inputs of your own, or another drill.</source>
        <translation>Alle. Als Nächstes den Rechner mit eigenen Eingaben ausprobieren oder eine weitere Übung machen.</translation>
    </message>
    <message>
        <source>Go through the steps of the ones you missed in the calculator, then drill again.</source>
        <translation>Die Rechenschritte der falsch beantworteten Fragen im Rechner nachvollziehen und dann erneut üben.</translation>
    </message>
    <message>
        <source>See the &amp;Score</source>
        <translation>&amp;Ergebnis anzeigen</translation>
    </message>
</context>
<context>
    <name>certdeck::CalculatorsPage</name>
    <message>
        <source>&amp;Calculators</source>
        <translation>&amp;Rechner</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the answer, its steps and the figures used, with their sources, as text</source>
        <translation>Die Antwort, ihre Rechenschritte und die verwendeten Werte samt Quellen als Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Drill Me…</source>
        <translation>Ü&amp;ben…</translation>
    </message>
    <message>
        <source>Exam-style questions worked out by this calculator, one after another</source>
        <translation>Prüfungsähnliche Fragen, von diesem Rechner durchgerechnet, eine nach der anderen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A field&apos;s accessible name with its unit: &quot;Item size (KB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s label in a calculator&apos;s form: &quot;Item size:&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An error under a field: %1 the field&apos;s label, %2 what is wrong (&quot;must be a number from 0.001 to 400 KB (got &apos;abc&apos;)&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The calculators need the figures in the content, which cannot be read.</source>
        <translation>Die Rechner benötigen die Werte aus dem Inhalt, der sich nicht lesen lässt.</translation>
    </message>
    <message>
        <source>Choose a calculator.</source>
        <translation>Einen Rechner wählen.</translation>
    </message>
    <message>
        <source>To see the answer, fix what is marked in red:</source>
        <translation>Um die Antwort zu sehen, die rot markierten Angaben korrigieren:</translation>
    </message>
    <message>
        <source>No answer:</source>
        <translation>Keine Antwort:</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Figures used</source>
        <translation>Verwendete Werte</translation>
    </message>
    <message>
        <source>%1, %2, as of %3</source>
        <extracomment>Where a price comes from: %1 the AWS page, %2 a region, %3 a month (2026-11)</extracomment>
        <translation>%1, %2, Stand %3</translation>
    </message>
    <message>
        <source>(no longer documented by AWS)</source>
        <translation>(von AWS nicht mehr dokumentiert)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>One figure a calculator used: %1 its name, %2 its value and unit, %3 the page it comes from</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>In your notes</source>
        <translation>In den Notizen</translation>
    </message>
    <message>
        <source>(in “%1”)</source>
        <extracomment>After a formula&apos;s name: the section of the notes it comes from</extracomment>
        <translation>(in „%1“)</translation>
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
        <source>%1: %2</source>
        <extracomment>A line of copied text: %1 a label, %2 a value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Rechenschritte:</translation>
    </message>
    <message>
        <source>Figures used:</source>
        <translation>Verwendete Werte:</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>certdeck::CalendarHeatmap</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln Wiederholung</numerusform>
            <numerusform>%Ln Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln Frage</numerusform>
            <numerusform>%Ln Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>certdeck::CardBrowserDialog</name>
    <message>
        <source>Card Browser</source>
        <translation>Kartenübersicht</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Karten filtern</translation>
    </message>
    <message>
        <source>Words in the front, back or id</source>
        <translation>Wörter auf Vorder- oder Rückseite oder in der ID</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Card browser state filter: every card</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Card browser state filter: cards never studied</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Learning</source>
        <extracomment>Card browser state filter: cards on learning or relearning steps</extracomment>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>Card browser state filter: cards reviewed at intervals of days</extracomment>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Suspended</source>
        <extracomment>Card browser state filter: cards left out of study</extracomment>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Leeches</source>
        <extracomment>Card browser state filter: cards forgotten again and again</extracomment>
        <translation>Leeches</translation>
    </message>
    <message>
        <source>Buried</source>
        <extracomment>Card browser state filter: cards left out of study until the next study day</extracomment>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Show in &amp;Notes</source>
        <translation>In &amp;Notizen zeigen</translation>
    </message>
    <message>
        <source>Show the line of your notes this card comes from</source>
        <translation>Die Zeile in den Notizen zeigen, aus der diese Karte stammt</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Every review of this card (Return, or double-click the card)</source>
        <translation>Alle Wiederholungen dieser Karte (Eingabetaste oder Doppelklick auf die Karte)</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Aussetzen</translation>
    </message>
    <message>
        <source>Leave the selected cards out of study until they are unsuspended</source>
        <translation>Die ausgewählten Karten vom Lernen ausnehmen, bis sie reaktiviert werden</translation>
    </message>
    <message>
        <source>&amp;Unsuspend</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Bring the selected cards back into study</source>
        <translation>Die ausgewählten Karten wieder ins Lernen aufnehmen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The cards are shown as new, and nothing can be changed.</source>
        <translation>Die Karten werden als neu angezeigt, und es lässt sich nichts ändern.</translation>
    </message>
    <message>
        <source>Your progress cannot be opened: %1</source>
        <extracomment>%1 says why (it names the file)</extracomment>
        <translation>Der Lernfortschritt kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Your progress is not open yet: the cards are shown as new, and nothing can be changed.</source>
        <translation>Der Lernfortschritt ist noch nicht geöffnet: Die Karten werden als neu angezeigt, und es lässt sich nichts ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be suspended: %1</source>
        <extracomment>%1 says why (SQLite&apos;s message)</extracomment>
        <translation>
            <numerusform>%n Karte konnte nicht ausgesetzt werden: %1</numerusform>
            <numerusform>%n Karten konnten nicht ausgesetzt werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be unsuspended: %1</source>
        <translation>
            <numerusform>%n Karte konnte nicht reaktiviert werden: %1</numerusform>
            <numerusform>%n Karten konnten nicht reaktiviert werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s)</source>
        <extracomment>%1 cards shown of %n in all: &quot;42 of 74 cards&quot;</extracomment>
        <translation>
            <numerusform>%1 von %n Karte</numerusform>
            <numerusform>%1 von %n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n selected</source>
        <extracomment>After the card count: &quot;42 of 74 cards, 3 selected&quot;</extracomment>
        <translation>
            <numerusform>%1, %n ausgewählt</numerusform>
            <numerusform>%1, %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the cards</source>
        <translation>Karten durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Change one of your own cards (cards you made from the notes)</source>
        <translation>Eine Ihrer eigenen Karten ändern (Karten, die Sie aus den Notizen erstellt haben)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete one of your own cards with its review history</source>
        <translation>Eine Ihrer eigenen Karten samt Wiederholungsverlauf löschen</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where an own card comes from: notes file, line</extracomment>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <source>Delete your card “%1” with its review history?</source>
        <extracomment>%1 is the card&apos;s front</extracomment>
        <translation>Ihre Karte „%1“ samt Wiederholungsverlauf löschen?</translation>
    </message>
</context>
<context>
    <name>certdeck::CardBrowserModel</name>
    <message>
        <source>New</source>
        <extracomment>A card&apos;s state: never studied</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Learning</source>
        <extracomment>A card&apos;s state: on its first short steps</extracomment>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>A card&apos;s state: reviewed at intervals of days</extracomment>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Relearning</source>
        <extracomment>A card&apos;s state: forgotten, back on a short step</extracomment>
        <translation>Neu lernen</translation>
    </message>
    <message>
        <source>Leech</source>
        <extracomment>Tag in the card browser&apos;s State column: a card forgotten again and again</extracomment>
        <translation>Leech</translation>
    </message>
    <message>
        <source>Suspended</source>
        <extracomment>Tag in the card browser&apos;s State column: left out of study</extracomment>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Buried</source>
        <extracomment>Tag in the card browser&apos;s State column: left out of study until the next study day</extracomment>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates a card&apos;s state from its tags in the card browser: &quot;Review · Leech · Suspended&quot;</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>A card&apos;s due time: within a minute of now</extracomment>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n minute(s)</source>
        <translation>
            <numerusform>%n Minute überfällig</numerusform>
            <numerusform>%n Minuten überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n hour(s)</source>
        <translation>
            <numerusform>%n Stunde überfällig</numerusform>
            <numerusform>%n Stunden überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>A card&apos;s memory stability in days, abbreviated: &quot;2.3 d&quot;</extracomment>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 (no longer in the content)</source>
        <extracomment>The card browser&apos;s Card column for a card removed from the content; %1 is its id</extracomment>
        <translation>%1 (nicht mehr im Inhalt)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <extracomment>The card browser&apos;s Topic column for a card removed from the content</extracomment>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>%1
This card is no longer in the content (removed or renamed). Its schedule and history are kept.</source>
        <translation>%1
Diese Karte ist nicht mehr im Inhalt (entfernt oder umbenannt). Ihr Wiederholungsplan und ihr Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1

%2

Id: %3</source>
        <extracomment>Tooltip of a card in the browser: front, back, then the card&apos;s id</extracomment>
        <translation>%1

%2

ID: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a topic: its title, then its id</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n time(s)</source>
        <translation>
            <numerusform>%n-mal wiederholt</numerusform>
            <numerusform>%n-mal wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgotten %n time(s)</source>
        <translation>
            <numerusform>%n-mal vergessen</numerusform>
            <numerusform>%n-mal vergessen</numerusform>
        </translation>
    </message>
    <message>
        <source>Leech: forgotten so often that it was taken out of study. Rewrite it, or unsuspend it to try again.</source>
        <translation>Leech: so oft vergessen, dass die Karte vom Lernen ausgenommen wurde. Zum erneuten Versuch die Karte umschreiben oder reaktivieren.</translation>
    </message>
    <message>
        <source>Suspended: left out of study until unsuspended.</source>
        <translation>Ausgesetzt: vom Lernen ausgenommen, bis die Karte reaktiviert wird.</translation>
    </message>
    <message>
        <source>Buried: left out of study until the next study day.</source>
        <translation>Zurückgestellt: bis zum nächsten Lerntag vom Lernen ausgenommen.</translation>
    </message>
    <message>
        <source>Not studied yet: it comes with the new cards.</source>
        <translation>Noch nicht gelernt: Die Karte kommt mit den neuen Karten an die Reihe.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>Not studied yet.</source>
        <translation>Noch nicht gelernt.</translation>
    </message>
    <message>
        <source>%1 days until the chance of recalling it falls to 90%.
Chance of recalling it now: %2%.</source>
        <extracomment>%1 is a number of days, %2 a percentage</extracomment>
        <translation>%1 Tage, bis die Erinnerungswahrscheinlichkeit auf 90 % sinkt.
Erinnerungswahrscheinlichkeit jetzt: %2 %.</translation>
    </message>
    <message>
        <source>Difficulty %1, from 1 (easy) to 10 (hard).</source>
        <extracomment>%1 is a number from 1 to 10</extracomment>
        <translation>Schwierigkeit %1, von 1 (leicht) bis 10 (schwer).</translation>
    </message>
    <message numerus="yes">
        <source>Forgotten %n time(s) after it was learned</source>
        <translation>
            <numerusform>Nach dem Lernen %n-mal vergessen</numerusform>
            <numerusform>Nach dem Lernen %n-mal vergessen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Zuletzt wiederholt: %1</translation>
    </message>
    <message>
        <source>Never reviewed.</source>
        <translation>Noch nie wiederholt.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Stability</source>
        <extracomment>Column header: a card&apos;s memory stability, in days</extracomment>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Lapses</source>
        <extracomment>Column header: how often a learned card was forgotten</extracomment>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Letzte Wiederholung</translation>
    </message>
    <message>
        <source>When the card is next due for review</source>
        <translation>Wann die Karte das nächste Mal zur Wiederholung fällig ist</translation>
    </message>
    <message>
        <source>Days (d) until the chance of recalling the card falls to 90%</source>
        <translation>Tage (T), bis die Erinnerungswahrscheinlichkeit für die Karte auf 90 % sinkt</translation>
    </message>
    <message>
        <source>How hard the card is for you, from 1 (easy) to 10 (hard)</source>
        <translation>Wie schwer die Karte fällt, von 1 (leicht) bis 10 (schwer)</translation>
    </message>
    <message>
        <source>How often the card was forgotten after it was learned</source>
        <translation>Wie oft die Karte nach dem Lernen vergessen wurde</translation>
    </message>
    <message>
        <source>Wrong exam answer</source>
        <translation>Falsche Prüfungsantwort</translation>
    </message>
    <message>
        <source>Due on its own schedule.</source>
        <translation>Nach dem eigenen Wiederholungsplan fällig.</translation>
    </message>
    <message>
        <source>Brought forward on %2 because the exam question %1 was answered wrong; it was due %3.</source>
        <extracomment>%1 question id, %2 and %3 dates and times</extracomment>
        <translation>Am %2 vorgezogen, weil die Prüfungsfrage %1 falsch beantwortet wurde; fällig war die Karte am %3.</translation>
    </message>
    <message>
        <source>Why due</source>
        <extracomment>Column header: why a card came due sooner than its schedule said</extracomment>
        <translation>Warum fällig</translation>
    </message>
    <message>
        <source>A card comes due sooner when you answer an exam question on the same notes wrong</source>
        <translation>Eine Karte wird früher fällig, wenn eine Prüfungsfrage zu denselben Notizen falsch beantwortet wird</translation>
    </message>
</context>
<context>
    <name>certdeck::CardHistoryDialog</name>
    <message>
        <source>unknown</source>
        <extracomment>The interval a review set is not known</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>under a minute</source>
        <extracomment>The interval a review set: under a minute</extracomment>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Again</source>
        <extracomment>A review&apos;s rating: not recalled</extracomment>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <extracomment>A review&apos;s rating: recalled with difficulty</extracomment>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <extracomment>A review&apos;s rating: recalled</extracomment>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <extracomment>A review&apos;s rating: recalled at once</extracomment>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>History of %1</source>
        <extracomment>Window title; %1 is a card&apos;s id</extracomment>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Wiederholt am</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>State before</source>
        <extracomment>Column header: the card&apos;s state when it was reviewed</extracomment>
        <translation>Status davor</translation>
    </message>
    <message>
        <source>Interval set</source>
        <extracomment>Column header: the time until the card was due again</extracomment>
        <translation>Neues Intervall</translation>
    </message>
    <message>
        <source>Your progress is not open, so there is no history to show.</source>
        <translation>Der Lernfortschritt ist nicht geöffnet, daher gibt es keinen Verlauf anzuzeigen.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Noch nicht wiederholt.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), oldest first</source>
        <translation>
            <numerusform>%n Wiederholung, älteste zuerst</numerusform>
            <numerusform>%n Wiederholungen, älteste zuerst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::CommandPalette</name>
    <message>
        <source>Quick lookup</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>Look up a limit, formula or fact: &quot;lambda max timeout&quot;, &quot;rcu&quot;…</source>
        <translation>Grenzwert, Formel oder Fakt nachschlagen: „lambda max timeout“, „rcu“…</translation>
    </message>
    <message>
        <source>Quick lookup query</source>
        <translation>Suchbegriff der Schnellsuche</translation>
    </message>
    <message>
        <source>Quick lookup results</source>
        <translation>Ergebnisse der Schnellsuche</translation>
    </message>
    <message>
        <source>Look up &quot;%1&quot; again</source>
        <translation>„%1“ erneut nachschlagen</translation>
    </message>
    <message>
        <source>Recent lookups. Type to search; Enter opens, Esc closes.</source>
        <translation>Letzte Suchen. Zum Suchen tippen; Eingabetaste öffnet, Esc schließt.</translation>
    </message>
    <message>
        <source>Type to search limits, formulas, cards, questions and notes. Enter opens, Esc closes.</source>
        <translation>Zum Suchen von Grenzwerten, Formeln, Karten, Fragen und Notizen tippen. Eingabetaste öffnet, Esc schließt.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try fewer or other words.</source>
        <translation>Keine Treffer für „%1“. Weniger oder andere Suchwörter führen eventuell zum Ziel.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the selected one.</source>
        <translation>
            <numerusform>%n Ergebnis. Die Eingabetaste öffnet das ausgewählte.</numerusform>
            <numerusform>%n Ergebnisse. Die Eingabetaste öffnet das ausgewählte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation>Durch die Ergebnisse gehen</translation>
    </message>
    <message>
        <source>Open the result where it can be read</source>
        <translation>Das Ergebnis dort öffnen, wo es sich lesen lässt</translation>
    </message>
    <message>
        <source>Close quick lookup</source>
        <translation>Schnellsuche schließen</translation>
    </message>
</context>
<context>
    <name>certdeck::ExamNavigator</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Question %1: answered</source>
        <translation>Frage %1: beantwortet</translation>
    </message>
    <message>
        <source>Question %1: not answered</source>
        <translation>Frage %1: nicht beantwortet</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Zur Überprüfung markiert</translation>
    </message>
    <message>
        <source>Question %1: right</source>
        <translation>Frage %1: richtig</translation>
    </message>
    <message>
        <source>Question %1: wrong</source>
        <translation>Frage %1: falsch</translation>
    </message>
</context>
<context>
    <name>certdeck::ExamPage</name>
    <message>
        <source>Back to Practice Exams</source>
        <translation>Zurück zu den Übungsprüfungen</translation>
    </message>
    <message>
        <source>Your progress cannot be opened, so exams cannot be saved.</source>
        <translation>Der Lernfortschritt kann nicht geöffnet werden, daher können keine Prüfungen gespeichert werden.</translation>
    </message>
    <message>
        <source>Opening your progress…</source>
        <translation>Lernfortschritt wird geöffnet…</translation>
    </message>
    <message>
        <source>The question bank cannot be read.</source>
        <translation>Der Fragenbestand kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Practice Exams</source>
        <translation>Übungsprüfungen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Aufgeben</translation>
    </message>
    <message>
        <source>&amp;Exam:</source>
        <translation>&amp;Prüfung:</translation>
    </message>
    <message>
        <source>+30 &amp;minutes (English is not my first language)</source>
        <translation>+30 &amp;Minuten (Englisch ist nicht meine Muttersprache)</translation>
    </message>
    <message>
        <source>AWS grants 30 extra minutes to candidates whose first language is not English, when they ask for it before booking.</source>
        <translation>AWS gewährt 30 Minuten zusätzlich, wenn Englisch nicht die Muttersprache ist und die Verlängerung vor der Buchung beantragt wird.</translation>
    </message>
    <message>
        <source>&amp;Start Exam</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n question(s)</source>
        <extracomment>a domain of the exam and how many questions it gets: &quot;Design Secure Architectures: 20&quot;</extracomment>
        <translation>
            <numerusform>%1: %n Frage</numerusform>
            <numerusform>%1: %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 questions in %2 minutes, drawn by the exam guide&apos;s domain weights; no answers are shown until you submit. Passing is %3 on a scale of 100 to %4.</source>
        <extracomment>%1 questions, %2 minutes, %3 pass score, %4 max score; then one line per domain</extracomment>
        <translation>%1 Fragen in %2 Minuten, ausgewählt nach den Domänengewichten des Prüfungsleitfadens; Antworten werden erst nach dem Abgeben angezeigt. Bestanden ist ab %3 auf einer Skala von 100 bis %4.</translation>
    </message>
    <message>
        <source>Timed Exam</source>
        <translation>Prüfung auf Zeit</translation>
    </message>
    <message>
        <source>&amp;Questions from:</source>
        <translation>&amp;Fragen aus:</translation>
    </message>
    <message>
        <source>&amp;Number of questions:</source>
        <translation>&amp;Anzahl der Fragen:</translation>
    </message>
    <message>
        <source>Untimed. After each answer, see whether it is right, why each option is right or wrong, and the line of your notes it comes from.</source>
        <translation>Ohne Zeitlimit. Nach jeder Antwort wird angezeigt, ob sie richtig ist, warum jede Antwortoption richtig oder falsch ist und aus welcher Zeile der Notizen die Frage stammt.</translation>
    </message>
    <message>
        <source>Start &amp;Practice</source>
        <translation>&amp;Training starten</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <source>&amp;Calculation drill:</source>
        <translation>&amp;Rechenübung:</translation>
    </message>
    <message>
        <source>Topics to drill</source>
        <translation>Themen zum Üben</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Bis zu:</translation>
    </message>
    <message>
        <source>Start &amp;Drill</source>
        <translation>Übung &amp;starten</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Past attempts</source>
        <translation>Bisherige Versuche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Benötigte Zeit</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>an exam profile in a list: &quot;SAA-C03 · AWS Certified Solutions Architect – Associate&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (all domains)</source>
        <translation>%1 (alle Domänen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a topic and its number of questions: &quot;SQS (12)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; was interrupted: %2 of %n question(s) answered.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; wurde unterbrochen: %2 von %n Frage beantwortet.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; wurde unterbrochen: %2 von %n Fragen beantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left on the clock.</source>
        <translation>Verbleibende Zeit: %1.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Below the pass line</source>
        <translation>Unter der Bestehensgrenze</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>%1 timed exam (+%2 min)</source>
        <translation>%1-Prüfung auf Zeit (+%2 Min.)</translation>
    </message>
    <message>
        <source>%1 timed exam</source>
        <translation>%1-Prüfung auf Zeit</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Training: %1</translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message numerus="yes">
        <source>My &amp;mistakes (%n question(s) answered wrong and not right since)</source>
        <translation>
            <numerusform>Meine &amp;Fehler (%n Frage falsch beantwortet und seitdem nicht richtig)</numerusform>
            <numerusform>Meine &amp;Fehler (%n Fragen falsch beantwortet und seitdem nicht richtig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Flagged questions (%n)</source>
        <translation>
            <numerusform>&amp;Markierte Fragen (%n)</numerusform>
            <numerusform>&amp;Markierte Fragen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no questions to practise here yet.</source>
        <translation>Hier gibt es noch keine Fragen zum Trainieren.</translation>
    </message>
    <message>
        <source>my mistakes</source>
        <translation>meine Fehler</translation>
    </message>
    <message>
        <source>flagged questions</source>
        <translation>markierte Fragen</translation>
    </message>
    <message>
        <source>There are no questions to drill here yet.</source>
        <translation>Hier gibt es noch keine Fragen zum Üben.</translation>
    </message>
    <message>
        <source>That exam is no longer there.</source>
        <translation>Diese Prüfung ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Abandon this exam?</source>
        <translation>Diese Prüfung aufgeben?</translation>
    </message>
    <message>
        <source>The exam is kept in your history as abandoned, with the answers you gave; it is not scored.</source>
        <translation>Die Prüfung bleibt mit den gegebenen Antworten als aufgegeben im Verlauf; sie wird nicht bewertet.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Show in &amp;Notes</source>
        <translation>In &amp;Notizen zeigen</translation>
    </message>
    <message>
        <source>&amp;Flag for Review</source>
        <translation>Zur Überprüfung &amp;markieren</translation>
    </message>
    <message>
        <source>Mark this question to come back to it (F)</source>
        <translation>Diese Frage markieren, um später zu ihr zurückzukehren (F)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The previous question (P)</source>
        <translation>Die vorherige Frage (P)</translation>
    </message>
    <message>
        <source>Check Answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>See whether your answer is right, and why (Enter)</source>
        <translation>Zeigt, ob die Antwort richtig ist und warum (Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The next question (N)</source>
        <translation>Die nächste Frage (N)</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n option(s).</source>
        <extracomment>a multi-response question: &quot;Choose 2 options.&quot;</extracomment>
        <translation>
            <numerusform>%n Antwortoption auswählen.</numerusform>
            <numerusform>%n Antwortoptionen auswählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Incorrect.</source>
        <translation>Falsch.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig!</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Nicht ganz.</translation>
    </message>
    <message>
        <source>The answer is %1.</source>
        <translation>Die richtige Antwort ist %1.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n markiert</numerusform>
            <numerusform>%n markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Review &amp;&amp; Submit…</source>
        <translation>Überprüfen &amp;&amp; abgeben…</translation>
    </message>
    <message>
        <source>End this set and see the results (Ctrl+Enter)</source>
        <translation>Diese Runde beenden und die Ergebnisse anzeigen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>See unanswered and flagged questions before submitting (Ctrl+Enter)</source>
        <translation>Vor dem Abgeben unbeantwortete und markierte Fragen ansehen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Time spent (untimed)</source>
        <translation>Benötigte Zeit (ohne Zeitlimit)</translation>
    </message>
    <message>
        <source>Your answer was not saved</source>
        <translation>Die Antwort wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The flag was not saved</source>
        <translation>Die Markierung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Your exam was not saved</source>
        <translation>Die Prüfung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>15 minutes left</source>
        <translation>Noch 15 Minuten</translation>
    </message>
    <message>
        <source>5 minutes left</source>
        <translation>Noch 5 Minuten</translation>
    </message>
    <message>
        <source>Time is up: your exam was submitted with the answers you had given.</source>
        <translation>Die Zeit ist abgelaufen: Die Prüfung wurde mit den bis dahin gegebenen Antworten abgegeben.</translation>
    </message>
    <message>
        <source>Review Before Submitting</source>
        <translation>Vor dem Abgeben überprüfen</translation>
    </message>
    <message>
        <source>&amp;Unanswered</source>
        <translation>&amp;Unbeantwortet</translation>
    </message>
    <message>
        <source>F&amp;lagged for review</source>
        <translation>Zur Überprüfung &amp;markiert</translation>
    </message>
    <message>
        <source>&amp;Return to the Exam</source>
        <translation>&amp;Zurück zur Prüfung</translation>
    </message>
    <message>
        <source>&amp;Submit Exam</source>
        <translation>Prüfung &amp;abgeben</translation>
    </message>
    <message>
        <source>End the exam and see your score (Ctrl+Enter)</source>
        <translation>Die Prüfung beenden und die Punktzahl anzeigen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>You have answered %1 of %2 questions.</source>
        <translation>%1 von %2 Fragen beantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are unanswered and will count as wrong.</source>
        <translation>
            <numerusform>%n Frage ist unbeantwortet und zählt als falsch.</numerusform>
            <numerusform>%n Fragen sind unbeantwortet und zählen als falsch.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>Verbleibende Zeit: %1.</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Frage %1: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Back to Practice Exams</source>
        <translation>&amp;Zurück zu den Übungsprüfungen</translation>
    </message>
    <message>
        <source>Drill My &amp;Mistakes</source>
        <translation>Meine &amp;Fehler üben</translation>
    </message>
    <message>
        <source>That attempt is no longer there.</source>
        <translation>Dieser Versuch ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>This attempt was abandoned.</source>
        <translation>Dieser Versuch wurde aufgegeben.</translation>
    </message>
    <message>
        <source>%1 of 1000: pass</source>
        <translation>%1 von 1000: bestanden</translation>
    </message>
    <message>
        <source>%1 of 1000: below the pass line of %2</source>
        <translation>%1 von 1000: unter der Bestehensgrenze von %2</translation>
    </message>
    <message>
        <source>An estimate, not an AWS score: %1 of %2 answers right (%3%), mapped straight onto 100 to 1000, so %4 needs %5% right. AWS scales each exam form differently and leaves 15 questions unscored, which no estimate can know.</source>
        <translation>Eine Schätzung, keine AWS-Punktzahl: %1 von %2 Antworten richtig (%3 %), linear auf 100 bis 1000 abgebildet; für %4 sind also %5 % richtige Antworten nötig. AWS skaliert jede Prüfungsform anders und wertet 15 Fragen nicht, was keine Schätzung wissen kann.</translation>
    </message>
    <message>
        <source>%1 of %2 right (%3%)</source>
        <translation>%1 von %2 richtig (%3 %)</translation>
    </message>
    <message>
        <source>Practice sets get no scaled score: they are too short to estimate one. The pass line of a real exam is about %1% right.</source>
        <translation>Übungsrunden erhalten keine skalierte Punktzahl: Sie sind zu kurz für eine Schätzung. Die Bestehensgrenze einer echten Prüfung liegt bei etwa %1 % richtigen Antworten.</translation>
    </message>
    <message>
        <source>Time used: %1 of %2, %3 per question on average.</source>
        <translation>Benötigte Zeit: %1 von %2, im Durchschnitt %3 pro Frage.</translation>
    </message>
    <message>
        <source>Time used: %1, %2 per question on average.</source>
        <translation>Benötigte Zeit: %1, im Durchschnitt %2 pro Frage.</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>Nach Domäne</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Nach Thema</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Meets competencies</source>
        <translation>Kompetenzen erfüllt</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>Verbesserungsbedarf</translation>
    </message>
    <message>
        <source>A domain meets competencies when at least %1% of its questions are right, the share the pass line needs. As on the exam, the total decides the result, not each domain.</source>
        <translation>Eine Domäne gilt als „Kompetenzen erfüllt“, wenn mindestens %1 % ihrer Fragen richtig beantwortet sind – der Anteil, den die Bestehensgrenze verlangt. Wie in der Prüfung entscheidet das Gesamtergebnis, nicht jede einzelne Domäne.</translation>
    </message>
    <message>
        <source>Every question</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>(%1 is no longer in the bank)</source>
        <translation>(%1 ist nicht mehr im Fragenbestand)</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>Your answer: %1. Correct answer: %2.</source>
        <translation>Gegebene Antwort: %1. Richtige Antwort: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Show in notes</source>
        <translation>In den Notizen zeigen</translation>
    </message>
    <message>
        <source>No attempts yet: your exams, practice and drills will be listed here.</source>
        <translation>Noch keine Versuche: Prüfungen, Trainings und Übungen werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 chosen.</source>
        <translation>%1 gewählt.</translation>
    </message>
    <message>
        <source>Start a new attempt?</source>
        <translation>Einen neuen Versuch beginnen?</translation>
    </message>
    <message>
        <source>An interrupted exam is waiting. Starting a new attempt keeps it in your history as abandoned, with the answers you gave.</source>
        <translation>Eine unterbrochene Prüfung wartet noch. Ein neuer Versuch behält sie im Verlauf als aufgegeben, mit den gegebenen Antworten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a drill&apos;s title in the history: %1 exam code, %2 domain name</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A to %1</source>
        <extracomment>In the keyboard help: the letter keys from A to the last answer&apos;s letter</extracomment>
        <translation>A bis %1</translation>
    </message>
    <message>
        <source>Choose that answer, or take it back</source>
        <translation>Diese Antwort wählen oder zurücknehmen</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorige Frage</translation>
    </message>
    <message>
        <source>Flag the question for review, or unflag it</source>
        <translation>Frage zum Überprüfen markieren oder die Markierung entfernen</translation>
    </message>
    <message>
        <source>In practice and drills: check the answer, then go on</source>
        <translation>In Übung und Drill: Antwort prüfen, dann weiter</translation>
    </message>
    <message>
        <source>Review the answers and submit</source>
        <translation>Antworten überprüfen und abgeben</translation>
    </message>
</context>
<context>
    <name>certdeck::ExportActions</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 why it cannot be written</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv);;All files (*)</source>
        <translation>CSV für eine Tabellenkalkulation (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Cards as CSV…</source>
        <translation>&amp;Karten als CSV …</translation>
    </message>
    <message>
        <source>Export Cards</source>
        <translation>Karten exportieren</translation>
    </message>
    <message>
        <source>certdeck-cards.csv</source>
        <translation>certdeck-karten.csv</translation>
    </message>
    <message>
        <source>Every card with your schedule, one row a card</source>
        <translation>Jede Karte mit Ihrem Plan, eine Zeile je Karte</translation>
    </message>
    <message>
        <source>&amp;Exam History as CSV…</source>
        <translation>&amp;Prüfungsverlauf als CSV …</translation>
    </message>
    <message>
        <source>Export Exam History</source>
        <translation>Prüfungsverlauf exportieren</translation>
    </message>
    <message>
        <source>certdeck-exams.csv</source>
        <translation>certdeck-pruefungen.csv</translation>
    </message>
    <message>
        <source>Every exam, practice and drill you finished, with its score per domain</source>
        <translation>Jede beendete Prüfung, Übung und jeder Drill mit dem Ergebnis je Domäne</translation>
    </message>
    <message>
        <source>To &amp;Anki…</source>
        <translation>Nach &amp;Anki …</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>Nach Anki exportieren</translation>
    </message>
    <message>
        <source>Add your schedule and review history, so that Anki or AnkiDroid carries on where Certdeck stopped? (Tick “Import any learning progress” when you import it.) Without them every card starts new.</source>
        <translation>Ihren Plan und Wiederholungsverlauf hinzufügen, damit Anki oder AnkiDroid dort weitermacht, wo Certdeck aufgehört hat? (Wählen Sie beim Import „Lernfortschritt importieren“.) Ohne sie beginnt jede Karte neu.</translation>
    </message>
    <message>
        <source>certdeck.apkg</source>
        <translation>certdeck.apkg</translation>
    </message>
    <message>
        <source>Anki package (*.apkg)</source>
        <translation>Anki-Paket (*.apkg)</translation>
    </message>
    <message>
        <source>Every card as an Anki package: one deck per topic, tagged by topic and exam</source>
        <translation>Jede Karte als Anki-Paket: ein Stapel je Thema, verschlagwortet nach Thema und Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1.</source>
        <extracomment>%1 is the file written</extracomment>
        <translation>
            <numerusform>%n Karte nach %1 geschrieben.</numerusform>
            <numerusform>%n Karten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exam(s) to %1.</source>
        <translation>
            <numerusform>%n Prüfung nach %1 geschrieben.</numerusform>
            <numerusform>%n Prüfungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your progress is not open yet; try again in a moment.</source>
        <translation>Ihr Fortschritt ist noch nicht geöffnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 card(s) with your schedule and %n review(s) to %2.</source>
        <extracomment>%1 is the file written; %n the reviews in it (the cards&apos; count comes first)</extracomment>
        <translation>
            <numerusform>%1 Karte(n) mit Ihrem Plan und %n Wiederholung nach %2 geschrieben.</numerusform>
            <numerusform>%1 Karte(n) mit Ihrem Plan und %n Wiederholungen nach %2 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::FlashcardsPage</name>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>New card</source>
        <extracomment>The kind of card on show, after the topic: &quot;Amazon SQS · New card&quot;</extracomment>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation>Erneutes Lernen</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Study time of an hour or more: %1 hours, %2 minutes</extracomment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>Lern&amp;stoff:</translation>
    </message>
    <message>
        <source>Cards to study</source>
        <translation>Zu lernende Karten</translation>
    </message>
    <message>
        <source>Study everything, the topics of one exam, or one topic</source>
        <translation>Alles lernen, die Themen einer Prüfung oder ein einzelnes Thema</translation>
    </message>
    <message>
        <source>&amp;Browse Cards</source>
        <translation>Kartenü&amp;bersicht</translation>
    </message>
    <message>
        <source>Search, look over and unsuspend cards</source>
        <translation>Karten suchen, durchsehen und wieder aufnehmen</translation>
    </message>
    <message>
        <source>Setti&amp;ngs…</source>
        <translation>Einstellu&amp;ngen…</translation>
    </message>
    <message>
        <source>Desired retention, daily limits and when a study day starts</source>
        <translation>Gewünschte Behaltensrate, Tageslimits und Beginn eines Lerntags</translation>
    </message>
    <message>
        <source>New cards, cards in learning and reviews left today</source>
        <translation>Heute verbleibende neue Karten, Karten im Lernen und Wiederholungen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Erneu&amp;t versuchen</translation>
    </message>
    <message>
        <source>Show Answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <source>Show the back of the card (Space or Enter)</source>
        <translation>Rückseite der Karte zeigen (Leertaste oder Eingabetaste)</translation>
    </message>
    <message>
        <source>You did not remember it: see it again soon</source>
        <translation>Nicht gewusst: bald noch einmal zeigen</translation>
    </message>
    <message>
        <source>You remembered it, with real effort</source>
        <translation>Mit viel Mühe gewusst</translation>
    </message>
    <message>
        <source>You remembered it</source>
        <translation>Gewusst</translation>
    </message>
    <message>
        <source>You remembered it at once: see it much later</source>
        <translation>Sofort gewusst: erst viel später wieder zeigen</translation>
    </message>
    <message>
        <source>%1, Space or Enter</source>
        <extracomment>The keys that grade Good, in a tooltip: &quot;3, Space or Enter&quot;</extracomment>
        <translation>%1, Leertaste oder Eingabetaste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A grade button&apos;s tooltip: what it means (%1), then its keys (%2)
----------
A tooltip: what the button does (%1), then its keys (%2)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Between two keys that do the same, in a tooltip: &quot;@ or Ctrl+J&quot;</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Take the last grade back</source>
        <translation>Letzte Bewertung zurücknehmen</translation>
    </message>
    <message>
        <source>Bury</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Put this card away until tomorrow</source>
        <translation>Diese Karte bis morgen zurückstellen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Aussetzen</translation>
    </message>
    <message>
        <source>Leave this card out of study until you unsuspend it in the card browser</source>
        <translation>Diese Karte vom Lernen ausnehmen, bis sie in der Kartenübersicht wieder aufgenommen wird</translation>
    </message>
    <message>
        <source>Show in Notes</source>
        <translation>In den Notizen zeigen</translation>
    </message>
    <message>
        <source>Read the notes this card was written from</source>
        <translation>Die Notizen lesen, aus denen diese Karte stammt</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Every card of every topic</source>
        <translation>Alle Karten aller Themen</translation>
    </message>
    <message>
        <source>Exam: %1</source>
        <extracomment>A choice of what to study: the topics one exam asks about. %1 is the exam&apos;s code (SAA-C03)</extracomment>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>Your grade could not be saved, so the card stays: %1</source>
        <extracomment>%1 is the database&apos;s message</extracomment>
        <translation>Die Bewertung konnte nicht gespeichert werden, daher bleibt die Karte: %1</translation>
    </message>
    <message>
        <source>The last grade could not be taken back: %1</source>
        <translation>Die letzte Bewertung konnte nicht zurückgenommen werden: %1</translation>
    </message>
    <message>
        <source>Card suspended: it stays out of study until you unsuspend it in the card browser.</source>
        <translation>Karte ausgesetzt: Sie bleibt vom Lernen ausgenommen, bis sie in der Kartenübersicht wieder aufgenommen wird.</translation>
    </message>
    <message>
        <source>The card could not be suspended: %1</source>
        <translation>Die Karte konnte nicht ausgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Card buried: it comes back tomorrow.</source>
        <translation>Karte zurückgestellt: Sie kommt morgen wieder.</translation>
    </message>
    <message>
        <source>The card could not be buried: %1</source>
        <translation>Die Karte konnte nicht zurückgestellt werden: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>%1 new, %2 learning, %3 due</source>
        <extracomment>What is left today, for screen readers: &quot;20 new, 3 learning, 41 due&quot;</extracomment>
        <translation>%1 neu, %2 im Lernen, %3 fällig</translation>
    </message>
    <message>
        <source>No counts yet</source>
        <translation>Noch keine Zahlen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Above the card: its topic and what kind of card it is (&quot;Amazon SQS · New card&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>A grade button: the grade, then on a second line the interval it gives (&quot;Good
10m&quot;)</extracomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, next in %2</source>
        <extracomment>A grade button for screen readers: &quot;Good, next in 10m&quot;</extracomment>
        <translation>%1, nächste in %2</translation>
    </message>
    <message>
        <source>Opening your progress…</source>
        <translation>Lernfortschritt wird geöffnet…</translation>
    </message>
    <message>
        <source>Studying needs your progress database, where every grade and schedule is kept, and it could not be opened.</source>
        <translation>Zum Lernen wird die Lernfortschritt-Datenbank benötigt, in der alle Bewertungen und Termine gespeichert sind, und sie konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The cards cannot be read.</source>
        <translation>Die Karten können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Your progress could not be read, so studying cannot start.</source>
        <translation>Der Lernfortschritt konnte nicht gelesen werden, daher kann das Lernen nicht beginnen.</translation>
    </message>
    <message>
        <source>Next card at %1</source>
        <extracomment>%1 is a time of day (or a date and time when it is not today)</extracomment>
        <translation>Nächste Karte um %1</translation>
    </message>
    <message>
        <source>A card you are learning comes back then; the page shows it when it is due.</source>
        <translation>Dann kommt eine Karte wieder, die gerade gelernt wird; die Seite zeigt sie an, sobald sie fällig ist.</translation>
    </message>
    <message>
        <source>Congratulations! You have finished these cards for now.</source>
        <translation>Glückwunsch! Diese Karten sind für jetzt erledigt.</translation>
    </message>
    <message>
        <source>There are no cards to study here.</source>
        <translation>Hier gibt es keine Karten zum Lernen.</translation>
    </message>
    <message>
        <source>Choose another topic or exam above.</source>
        <translation>Oben ein anderes Thema oder eine andere Prüfung wählen.</translation>
    </message>
    <message>
        <source>Nothing due now</source>
        <translation>Derzeit nichts fällig</translation>
    </message>
    <message>
        <source>Cards studied</source>
        <translation>Gelernte Karten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Morgen fällig</translation>
    </message>
    <message>
        <source>Leeches tagged</source>
        <translation>Als Leech markiert</translation>
    </message>
    <message>
        <source>(suspended: cards you keep forgetting; rewrite or look them over in the card browser)</source>
        <translation>(ausgesetzt: Karten, die immer wieder vergessen werden; in der Kartenübersicht umschreiben oder durchsehen)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) come due by the end of tomorrow.</source>
        <translation>
            <numerusform>%n Karte wird bis Ende morgen fällig.</numerusform>
            <numerusform>%n Karten werden bis Ende morgen fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing comes due tomorrow.</source>
        <translation>Morgen wird nichts fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) wait; today&apos;s limit of %1 new cards is reached (change it in Settings).</source>
        <extracomment>%n new cards wait; %1 is the daily limit of new cards</extracomment>
        <translation>
            <numerusform>%n neue Karte wartet; das heutige Limit von %1 neuen Karten ist erreicht (in den Einstellungen änderbar).</numerusform>
            <numerusform>%n neue Karten warten; das heutige Limit von %1 neuen Karten ist erreicht (in den Einstellungen änderbar).</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the answer; once it shows, grade Good</source>
        <translation>Antwort zeigen; sobald sie zu sehen ist, mit „Gut“ bewerten</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Bewerten: %1</translation>
    </message>
    <message>
        <source>Scroll a long card</source>
        <translation>Eine lange Karte blättern</translation>
    </message>
</context>
<context>
    <name>certdeck::LookupPage</name>
    <message>
        <source>Lookup</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Lookup query</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Results appear as you type. Press Enter on a result to read the notes it comes from.</source>
        <translation>Ergebnisse erscheinen bereits während der Eingabe. Die Eingabetaste öffnet die Notizen, aus denen das gewählte Ergebnis stammt.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try fewer or other words.</source>
        <translation>Keine Treffer für „%1“. Weniger oder andere Suchwörter führen eventuell zum Ziel.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Search limits, formulas and facts, e.g. &quot;visibility timeout&quot; or &quot;rcu&quot;</source>
        <translation>Grenzwerte, Formeln und Fakten suchen, z. B. „visibility timeout“ oder „rcu“</translation>
    </message>
    <message>
        <source>Try one of these:</source>
        <translation>Zum Beispiel:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>AWS page:</source>
        <translation>AWS-Seite:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Work it out in the calculator</source>
        <translation>Im Rechner ausrechnen</translation>
    </message>
    <message>
        <source>The notes say:</source>
        <translation>In den Notizen steht:</translation>
    </message>
    <message>
        <source>Correct:</source>
        <translation>Richtig:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>From %1, in “%2”:</source>
        <extracomment>%1 is where in the notes (&quot;Developer notes, line 1722&quot;); %2 the section&apos;s title</extracomment>
        <translation>Aus %1, Abschnitt „%2“:</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>Aus %1:</translation>
    </message>
    <message>
        <source>Line %1 is corrected: %2</source>
        <translation>Korrektur zu Zeile %1: %2</translation>
    </message>
    <message>
        <source>Read the section in Notes</source>
        <translation>Den Abschnitt in den Notizen lesen</translation>
    </message>
    <message>
        <source>Selected result</source>
        <translation>Ausgewähltes Ergebnis</translation>
    </message>
</context>
<context>
    <name>certdeck::LookupResultModel</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where an item comes from: the notes file&apos;s name, and the line</extracomment>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>certdeck::MainWindow</name>
    <message>
        <source>Certdeck</source>
        <translation>Certdeck</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
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
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Certdeck</source>
        <translation>&amp;Über Certdeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Your progress cannot be opened</source>
        <translation>Lernfortschritt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Certdeck works without saving progress until this is resolved.</source>
        <translation>Bis das Problem behoben ist, speichert Certdeck keinen Lernfortschritt.</translation>
    </message>
    <message>
        <source>About Certdeck</source>
        <translation>Über Certdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Certdeck %1&lt;/h3&gt;&lt;p&gt;A study companion for AWS certifications, built from your own notes: look up limits, formulas and facts as you type, and read your notes with corrections beside the lines that are wrong or out of date.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Certdeck %1&lt;/h3&gt;&lt;p&gt;Eine Lernhilfe für AWS-Zertifizierungen, erstellt aus den eigenen Notizen: Grenzwerte, Formeln und Fakten schon beim Tippen nachschlagen und die Notizen mit Korrekturen neben falschen oder veralteten Zeilen lesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Continue Without Saving</source>
        <translation>&amp;Ohne Speichern fortfahren</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Browse Cards…</source>
        <translation>Karten &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Karteikarten</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Practice Exams</source>
        <translation>Übungsprüfungen</translation>
    </message>
    <message>
        <source>&amp;Quick Lookup…</source>
        <translation>&amp;Schnellsuche…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>A question of a practice exam</source>
        <translation>Eine Frage einer Übungsprüfung</translation>
    </message>
    <message>
        <source>Quick lookup</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>Card browser</source>
        <translation>Kartenübersicht</translation>
    </message>
    <message>
        <source>Its facts were last checked against the AWS documentation on %1.</source>
        <extracomment>%1 a date in the learner&apos;s language</extracomment>
        <translation>Die Fakten wurden zuletzt am %1 mit der AWS-Dokumentation abgeglichen.</translation>
    </message>
    <message>
        <source>The content does not say when its facts were last checked.</source>
        <translation>Der Inhalt gibt nicht an, wann seine Fakten zuletzt geprüft wurden.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <source>Notes (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation>Notizen (*.txt *.md *.markdown *.text);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes are already imported as they are.</source>
        <translation>Ihre Notizen sind bereits so importiert.</translation>
    </message>
    <message>
        <source>Adding your notes to lookup and the Notes page…</source>
        <translation>Ihre Notizen werden zur Suche und zur Seite Notizen hinzugefügt …</translation>
    </message>
    <message numerus="yes">
        <source>Your notes: %n file(s), </source>
        <extracomment>After importing notes: files and sections of the learner&apos;s own notes</extracomment>
        <translation>
            <numerusform>Ihre Notizen: %n Datei, </numerusform>
            <numerusform>Ihre Notizen: %n Dateien, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s), now in lookup and on the Notes page.</source>
        <translation>
            <numerusform>%n Abschnitt, jetzt in der Suche und auf der Seite Notizen.</numerusform>
            <numerusform>%n Abschnitte, jetzt in der Suche und auf der Seite Notizen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>Notizen &amp;importieren …</translation>
    </message>
    <message>
        <source>Add your own notes (text or Markdown) to lookup and the Notes page</source>
        <translation>Eigene Notizen (Text oder Markdown) zur Suche und zur Seite Notizen hinzufügen</translation>
    </message>
</context>
<context>
    <name>certdeck::NoteSectionTreeModel</name>
    <message>
        <source>%1, lines %2–%3</source>
        <extracomment>Tooltip of a note section: notes file, lines first–last</extracomment>
        <translation>%1, Zeilen %2–%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A topic in the notes tree: its title and (number of note sections)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (your notes)</source>
        <extracomment>The title of a notes file the learner imported</extracomment>
        <translation>%1 (Ihre Notizen)</translation>
    </message>
</context>
<context>
    <name>certdeck::NotesPage</name>
    <message>
        <source>Filter topics and sections</source>
        <translation>Themen und Abschnitte filtern</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Topics and sections</source>
        <translation>Themen und Abschnitte</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>%1 · %2, lines %3–%4</source>
        <extracomment>Under a note section&apos;s title: topic · notes file, lines first–last</extracomment>
        <translation>%1 · %2, Zeilen %3–%4</translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>The note says: %1 · Source: %2</source>
        <translation>In der Notiz steht: %1 · Quelle: %2</translation>
    </message>
    <message>
        <source>What the exam guide asks</source>
        <translation>Was der Prüfungsleitfaden verlangt</translation>
    </message>
    <message>
        <source>The exam guides&apos; task statements that no question from these notes covers</source>
        <translation>Die Aufgabenbereiche der Prüfungsleitfäden, die keine Frage aus diesen Notizen abdeckt</translation>
    </message>
    <message>
        <source>What the exam guide asks that these notes do not cover</source>
        <translation>Was der Prüfungsleitfaden verlangt und diese Notizen nicht abdecken</translation>
    </message>
    <message>
        <source>Pick a section on the left to read your notes. Corrections to outdated or wrong lines appear beside them.</source>
        <translation>Links einen Abschnitt wählen, um die Notizen zu lesen. Korrekturen zu veralteten oder falschen Zeilen erscheinen daneben.</translation>
    </message>
    <message>
        <source>Every task statement of the %1 exam guide has questions from your notes.</source>
        <translation>Zu jedem Aufgabenbereich des Prüfungsleitfadens für %1 gibt es Fragen aus den Notizen.</translation>
    </message>
    <message numerus="yes">
        <source>%n task statement(s) of the exam guide have no question from your notes. Study them from the AWS documentation too:</source>
        <translation>
            <numerusform>%n Aufgabenbereich des Prüfungsleitfadens hat keine Frage aus den Notizen. Dafür auch die AWS-Dokumentation lesen:</numerusform>
            <numerusform>%n Aufgabenbereiche des Prüfungsleitfadens haben keine Frage aus den Notizen. Dafür auch die AWS-Dokumentation lesen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions per task statement:</source>
        <translation>Fragen je Aufgabenbereich:</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <extracomment>A task statement: its number, its name, and the exam domain it belongs to</extracomment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Make a Card…</source>
        <translation>Karte &amp;erstellen …</translation>
    </message>
    <message>
        <source>Write a flashcard of your own from the selected lines (or the line the cursor is on)</source>
        <translation>Aus den markierten Zeilen (oder der Zeile mit dem Cursor) eine eigene Karteikarte schreiben</translation>
    </message>
    <message>
        <source>Make a Card from These Lines…</source>
        <translation>Karte aus diesen Zeilen erstellen …</translation>
    </message>
    <message>
        <source>Make a Card</source>
        <translation>Karte erstellen</translation>
    </message>
    <message>
        <source>Your progress is not open yet; try again in a moment.</source>
        <translation>Ihr Fortschritt ist noch nicht geöffnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where a card comes from: notes file, line</extracomment>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1, lines %2–%3</source>
        <translation>%1, Zeilen %2–%3</translation>
    </message>
    <message>
        <source>Card saved: “%1”. It is in your cards (Go &gt; Browse Cards) and comes up in Flashcards like any new card.</source>
        <extracomment>After saving an own card; %1 is its front</extracomment>
        <translation>Karte gespeichert: „%1“. Sie steht bei Ihren Karten (Gehe zu &gt; Karten durchsuchen) und kommt bei den Karteikarten wie jede neue Karte dran.</translation>
    </message>
</context>
<context>
    <name>certdeck::OptionRow</name>
    <message>
        <source>Option %1: %2</source>
        <translation>Antwortoption %1: %2</translation>
    </message>
</context>
<context>
    <name>certdeck::OwnCardDialog</name>
    <message>
        <source>New Card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Edit Card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <extracomment>Where an own card comes from: the notes and line, then the line&apos;s text on the next line</extracomment>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>&amp;Front:</source>
        <translation>&amp;Vorderseite:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>&amp;Back:</source>
        <translation>&amp;Rückseite:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
</context>
<context>
    <name>certdeck::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Certdeck backs up your progress when it opens and every 30 minutes while you study. Restoring a backup replaces your progress with it; your current progress is kept as a backup first, so you can go back.</source>
        <translation>Certdeck sichert den Lernfortschritt beim Öffnen und alle 30 Minuten, während gelernt wird. Eine Sicherung wiederherzustellen ersetzt den Lernfortschritt durch sie; der aktuelle Stand wird vorher gesichert, so dass man zurück kann.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n Sicherung in %1</numerusform>
            <numerusform>%n Sicherungen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace your progress with the backup made %1? Your current progress is kept as a backup first.</source>
        <translation>Den Lernfortschritt durch die Sicherung vom %1 ersetzen? Der aktuelle Stand wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored. Your progress as it was is kept in %1</source>
        <translation>Wiederhergestellt. Der bisherige Lernfortschritt liegt in %1</translation>
    </message>
</context>
<context>
    <name>certdeck::ReviewSettingsDialog</name>
    <message>
        <source>Flashcard Settings</source>
        <translation>Karteikarten-Einstellungen</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>Gewünschte Behaltensrate</translation>
    </message>
    <message>
        <source>&amp;Desired retention:</source>
        <extracomment>%1 and %2 are the lowest and highest desired retention (0.70, 0.97)</extracomment>
        <translation>&amp;Gewünschte Behaltensrate:</translation>
    </message>
    <message>
        <source>%1 to %2. The chance of still remembering a card when it comes due: higher means more reviews. 0.90 suits most learners.</source>
        <translation>%1 bis %2. Die Wahrscheinlichkeit, eine Karte bei Fälligkeit noch zu wissen: höher bedeutet mehr Wiederholungen. 0,90 passt für die meisten.</translation>
    </message>
    <message>
        <source>New cards per day</source>
        <translation>Neue Karten pro Tag</translation>
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <extracomment>%1 is the highest number of new cards per day</extracomment>
        <translation>&amp;Neue Karten pro Tag:</translation>
    </message>
    <message>
        <source>0 to %1. Cards you have never seen, introduced each study day.</source>
        <translation>0 bis %1. Noch nie gesehene Karten, die pro Lerntag eingeführt werden.</translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation>Wiederholungen pro Tag</translation>
    </message>
    <message>
        <source>&amp;Reviews per day:</source>
        <extracomment>%1 is the highest number of reviews per day</extracomment>
        <translation>&amp;Wiederholungen pro Tag:</translation>
    </message>
    <message>
        <source>0 to %1. The most reviews shown each study day; the rest wait for the next day.</source>
        <translation>0 bis %1. Höchstzahl der Wiederholungen pro Lerntag; der Rest wartet auf den nächsten Tag.</translation>
    </message>
    <message>
        <source>Next day starts at</source>
        <translation>Neuer Tag beginnt um</translation>
    </message>
    <message>
        <source>Next day &amp;starts at:</source>
        <translation>Neuer Tag beginnt &amp;um:</translation>
    </message>
    <message>
        <source>Any time from 00:00 to 23:59. Study after midnight but before this time counts for the evening before.</source>
        <translation>Jede Uhrzeit von 00:00 bis 23:59. Lernen nach Mitternacht, aber vor dieser Uhrzeit zählt zum Vorabend.</translation>
    </message>
</context>
<context>
    <name>certdeck::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <extracomment>Between the last two keys that do the same thing in the keyboard help: &quot;N or Right&quot;</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between keys in a longer list in the keyboard help: &quot;Up, Down, Page Up or Page Down&quot;</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>certdeck::StatsCharts</name>
    <message>
        <source>Reviews per day</source>
        <translation>Wiederholungen pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>Due forecast, next %Ln day(s)</source>
        <translation>
            <numerusform>Fälligkeitsprognose, nächster %Ln Tag</numerusform>
            <numerusform>Fälligkeitsprognose, nächste %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>True retention per topic</source>
        <translation>Tatsächliche Behaltensquote je Thema</translation>
    </message>
    <message>
        <source>Card states</source>
        <translation>Kartenstatus</translation>
    </message>
    <message>
        <source>Study time per day</source>
        <translation>Lernzeit pro Tag</translation>
    </message>
    <message>
        <source>Study calendar</source>
        <translation>Lernkalender</translation>
    </message>
    <message>
        <source>Exam score history</source>
        <translation>Verlauf der Prüfungsergebnisse</translation>
    </message>
    <message>
        <source>Accuracy per exam domain</source>
        <translation>Trefferquote je Prüfungsdomäne</translation>
    </message>
    <message>
        <source>The exam whose domains are shown</source>
        <translation>Die Prüfung, deren Domänen angezeigt werden</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Cards graded each day, by grade.</source>
        <translation>Bewertete Karten pro Tag, nach Bewertung.</translation>
    </message>
    <message numerus="yes">
        <source>No reviews in the last %Ln day(s)</source>
        <translation>
            <numerusform>Keine Wiederholungen im letzten %Ln Tag</numerusform>
            <numerusform>Keine Wiederholungen in den letzten %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln review(s) (Again %2, Hard %3, Good %4, Easy %5)</source>
        <translation>
            <numerusform>%1: %Ln Wiederholung (Nochmal %2, Schwer %3, Gut %4, Leicht %5)</numerusform>
            <numerusform>%1: %Ln Wiederholungen (Nochmal %2, Schwer %3, Gut %4, Leicht %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Cards coming due each day; today&apos;s bar includes every overdue card.</source>
        <translation>Pro Tag fällig werdende Karten; der Balken für heute enthält alle überfälligen Karten.</translation>
    </message>
    <message numerus="yes">
        <source>No cards due in the next %Ln day(s)</source>
        <translation>
            <numerusform>Im nächsten %Ln Tag keine fälligen Karten</numerusform>
            <numerusform>In den nächsten %Ln Tagen keine fälligen Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards due</source>
        <translation>Fällige Karten</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln card(s) due, overdue cards included</source>
        <translation>
            <numerusform>Heute: %Ln Karte fällig, überfällige Karten eingeschlossen</numerusform>
            <numerusform>Heute: %Ln Karten fällig, überfällige Karten eingeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln card(s) due</source>
        <translation>
            <numerusform>%1: %Ln Karte fällig</numerusform>
            <numerusform>%1: %Ln Karten fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of review-card grades recalled (Hard, Good or Easy). Overall: %1 of %Ln grade(s).</source>
        <translation>
            <numerusform>Anteil der Bewertungen von Wiederholungskarten, bei denen die Antwort gewusst wurde (Schwer, Gut oder Leicht). Insgesamt: %1 von %Ln Bewertung.</numerusform>
            <numerusform>Anteil der Bewertungen von Wiederholungskarten, bei denen die Antwort gewusst wurde (Schwer, Gut oder Leicht). Insgesamt: %1 von %Ln Bewertungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of review-card grades recalled (Hard, Good or Easy).</source>
        <translation>Anteil der Bewertungen von Wiederholungskarten, bei denen die Antwort gewusst wurde (Schwer, Gut oder Leicht).</translation>
    </message>
    <message numerus="yes">
        <source>No review-card grades in the last %Ln day(s)</source>
        <translation>
            <numerusform>Keine Bewertungen von Wiederholungskarten im letzten %Ln Tag</numerusform>
            <numerusform>Keine Bewertungen von Wiederholungskarten in den letzten %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Behaltensquote</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln grade(s) recalled (%3)</source>
        <translation>
            <numerusform>%1: bei %2 von %Ln Bewertung gewusst (%3)</numerusform>
            <numerusform>%1: bei %2 von %Ln Bewertungen gewusst (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Retention (%)</source>
        <translation>Behaltensquote (%)</translation>
    </message>
    <message>
        <source>Every card by where it is in learning. Leeches: %1</source>
        <translation>Alle Karten nach Lernstand. Leeches: %1</translation>
    </message>
    <message>
        <source>No cards yet</source>
        <translation>Noch keine Karten</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation>Erneutes Lernen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln card(s) (%2)</source>
        <translation>
            <numerusform>%1: %Ln Karte (%2)</numerusform>
            <numerusform>%1: %Ln Karten (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes spent grading flashcards and answering exam questions each day.</source>
        <translation>Minuten pro Tag für das Bewerten von Karteikarten und das Beantworten von Prüfungsfragen.</translation>
    </message>
    <message numerus="yes">
        <source>No study time in the last %Ln day(s)</source>
        <translation>
            <numerusform>Keine Lernzeit im letzten %Ln Tag</numerusform>
            <numerusform>Keine Lernzeit in den letzten %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Karteikarten</translation>
    </message>
    <message>
        <source>Exam questions</source>
        <translation>Prüfungsfragen</translation>
    </message>
    <message>
        <source>%1: %2 on flashcards, %3 on exam questions</source>
        <translation>%1: %2 für Karteikarten, %3 für Prüfungsfragen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln Min.</numerusform>
            <numerusform>%Ln Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Days with study in the last year: the darker, the more reviews and questions.</source>
        <translation>Lerntage im letzten Jahr: je dunkler, desto mehr Wiederholungen und Fragen.</translation>
    </message>
    <message>
        <source>No study in the last year</source>
        <translation>Im letzten Jahr nicht gelernt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %Ln day(s)</source>
        <translation>
            <numerusform>Aktuelle Lernserie: %Ln Tag</numerusform>
            <numerusform>Aktuelle Lernserie: %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest: %Ln day(s)</source>
        <translation>
            <numerusform>Längste: %Ln Tag</numerusform>
            <numerusform>Längste: %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>The scaled score of each timed exam, by exam.</source>
        <translation>Die skalierte Punktzahl jeder Prüfung auf Zeit, nach Prüfung getrennt.</translation>
    </message>
    <message>
        <source>No timed exam yet: take one on the Practice Exams page to see your scores here.</source>
        <translation>Noch keine Prüfung auf Zeit: Nach einer Prüfung auf der Seite „Übungsprüfungen“ erscheinen die Punktzahlen hier.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Scaled score</source>
        <translation>Skalierte Punktzahl</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%4 of %Ln right), passed</source>
        <translation>
            <numerusform>%1, %2: %3 (%4 von %Ln richtig), bestanden</numerusform>
            <numerusform>%1, %2: %3 (%4 von %Ln richtig), bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%4 of %Ln right), not passed</source>
        <translation>
            <numerusform>%1, %2: %3 (%4 von %Ln richtig), nicht bestanden</numerusform>
            <numerusform>%1, %2: %3 (%4 von %Ln richtig), nicht bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass (%1)</source>
        <translation>Bestehensgrenze (%1)</translation>
    </message>
    <message>
        <source>Pass mark: %1</source>
        <translation>Bestehensgrenze: %1</translation>
    </message>
    <message numerus="yes">
        <source>Share of answers right per domain, last %Ln day(s); dashed: the share that passes.</source>
        <translation>
            <numerusform>Anteil richtiger Antworten je Domäne, letzter %Ln Tag; gestrichelt: der zum Bestehen nötige Anteil.</numerusform>
            <numerusform>Anteil richtiger Antworten je Domäne, letzte %Ln Tage; gestrichelt: der zum Bestehen nötige Anteil.</numerusform>
        </translation>
    </message>
    <message>
        <source>No exam to show</source>
        <translation>Keine Prüfung zum Anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>No %1 questions answered in the last %Ln day(s)</source>
        <translation>
            <numerusform>Keine %1-Fragen im letzten %Ln Tag beantwortet</numerusform>
            <numerusform>Keine %1-Fragen in den letzten %Ln Tagen beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers right</source>
        <translation>Richtige Antworten</translation>
    </message>
    <message>
        <source>%1: no answers yet, %2 of the exam</source>
        <translation>%1: noch keine Antworten, %2 der Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln right (%3), %4 of the exam</source>
        <translation>
            <numerusform>%1: %2 von %Ln richtig (%3), %4 der Prüfung</numerusform>
            <numerusform>%1: %2 von %Ln richtig (%3), %4 der Prüfung</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Answers right (%)</source>
        <translation>Richtige Antworten (%)</translation>
    </message>
    <message>
        <source>Pass share (%1)</source>
        <translation>Anteil zum Bestehen (%1)</translation>
    </message>
    <message>
        <source>A scaled score of %1 needs about %2 of the questions right</source>
        <translation>Für eine skalierte Punktzahl von %1 müssen etwa %2 der Fragen richtig beantwortet sein</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>certdeck::StatsPage</name>
    <message>
        <source>Stats</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Angezeigte Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Opening your progress…</source>
        <translation>Lernfortschritt wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>certdeck::TodayPage</name>
    <message>
        <source>Estimated score %1 of %2, likely %3 to %4; pass at %5</source>
        <translation>Geschätzte Punktzahl %1 von %2, wahrscheinlich %3 bis %4; bestanden ab %5</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>cards due now</source>
        <translation>jetzt fällige Karten</translation>
    </message>
    <message>
        <source>new cards for today</source>
        <translation>neue Karten für heute</translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Prüfungsreife</translation>
    </message>
    <message>
        <source>Weakest spots</source>
        <translation>Größte Schwachstellen</translation>
    </message>
    <message>
        <source>Opening your progress…</source>
        <translation>Lernfortschritt wird geöffnet…</translation>
    </message>
    <message>
        <source>Your progress cannot be read</source>
        <translation>Der Lernfortschritt kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&amp;Learn Cards</source>
        <translation>Karten &amp;lernen</translation>
    </message>
    <message>
        <source>&amp;Review Now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <source>&amp;Start Drill</source>
        <translation>&amp;Drill starten</translation>
    </message>
    <message>
        <source>&amp;Set Up the Exam</source>
        <translation>Prüfung &amp;einrichten</translation>
    </message>
    <message>
        <source>&amp;Drill Weakest Domain</source>
        <translation>Schwächste &amp;Domäne üben</translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %n day(s)</source>
        <translation>
            <numerusform>Längste Lernserie: %n Tag</numerusform>
            <numerusform>Längste Lernserie: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>An estimate of Certdeck&apos;s scoring from your recent answers and how well you recall the cards of each domain, with the range a real attempt would likely fall in. AWS does not publish its scaling: treat it as a guide.</source>
        <translation>Eine Schätzung nach Certdecks Bewertung, berechnet aus den letzten Antworten und daraus, wie gut die Karten jeder Domäne sitzen, mit dem Bereich, in den ein echter Prüfungsversuch wahrscheinlich fiele. AWS veröffentlicht seine Skalierung nicht: Die Schätzung dient nur als Anhaltspunkt.</translation>
    </message>
    <message>
        <source>%1: no estimate yet. Study its cards or answer a few of its questions.</source>
        <extracomment>%1 exam code</extracomment>
        <translation>%1: noch keine Schätzung. Dazu die Karten dieser Prüfung lernen oder einige ihrer Fragen beantworten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: about &lt;b&gt;%2&lt;/b&gt; (likely %3 to %4), chance to pass about %5%</source>
        <extracomment>%1 exam code, %2 estimated scaled score, %3 and %4 its likely range, %5 chance to pass in percent</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: etwa &lt;b&gt;%2&lt;/b&gt; (wahrscheinlich %3 bis %4), Chance zu bestehen etwa %5 %</translation>
    </message>
    <message numerus="yes">
        <source>From %n answer(s) in the last 90 days</source>
        <translation>
            <numerusform>Aus %n Antwort der letzten 90 Tage</numerusform>
            <numerusform>Aus %n Antworten der letzten 90 Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) studied</source>
        <translation>
            <numerusform>%n Karte gelernt</numerusform>
            <numerusform>%n Karten gelernt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3% of the exam): about %4% right</source>
        <extracomment>%1 domain name, %2 exam code, %3 the domain&apos;s percent of the exam, %4 estimated percent right</extracomment>
        <translation>%1 (%2, %3 % der Prüfung): etwa %4 % richtig</translation>
    </message>
    <message>
        <source>%1 (topic): about %2% right</source>
        <extracomment>%1 topic name, %2 estimated percent right</extracomment>
        <translation>%1 (Thema): etwa %2 % richtig</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Drill %1</source>
        <translation>%1 üben</translation>
    </message>
    <message>
        <source>How to start:
1. Flashcards (%1): learn a few cards a day; Certdeck schedules each review just before you would forget it.
2. Practice Exams (%2): drill a topic or take a timed exam of 65 questions.
3. Come back here: your readiness per exam and your weakest domains appear once you have studied.
%3 looks up any limit or formula from any page; %4 lists every keyboard shortcut.</source>
        <extracomment>%1 %2 %3 %4 are keys as the keyboard names them (Ctrl+2, Ctrl+3, Ctrl+K, F1)</extracomment>
        <translation>So geht es los:
1. Karteikarten (%1): täglich ein paar Karten lernen; Certdeck plant jede Wiederholung kurz bevor die Karte vergessen würde.
2. Übungsprüfungen (%2): ein Thema im Drill üben oder eine Prüfung auf Zeit mit 65 Fragen ablegen.
3. Hierher zurückkehren: Die Prüfungsreife je Prüfung und die schwächsten Domänen erscheinen, sobald gelernt wurde.
%3 schlägt von jeder Seite aus beliebige Grenzwerte oder Formeln nach; %4 zeigt alle Tastenkürzel.</translation>
    </message>
</context>
</TS>
