<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnkiPackage</name>
    <message>
        <source>“%1”</source>
        <extracomment>The quote from the notes line a card comes from, in an Anki export&apos;s Source field</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>The Anki deck for cards without a topic</extracomment>
        <translation>Otros</translation>
    </message>
    <message>
        <source>cannot build the Anki collection: %1</source>
        <extracomment>%1 is SQLite&apos;s reason</extracomment>
        <translation>no se puede crear la colección de Anki: %1</translation>
    </message>
    <message>
        <source>cannot build the Anki package: %1</source>
        <extracomment>%1 is libzip&apos;s reason</extracomment>
        <translation>no se puede crear el paquete de Anki: %1</translation>
    </message>
</context>
<context>
    <name>CardsCsv</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where a card comes from in a CSV export: the notes file&apos;s name, and the line</extracomment>
        <translation>%1, línea %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;certdeck %1--help&apos;.</source>
        <translation>Prueba &apos;certdeck %1--help&apos;.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>secciones</translation>
    </message>
    <message>
        <source>cited</source>
        <translation>citadas</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>tarjetas</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>preguntas</translation>
    </message>
    <message>
        <source>multi</source>
        <translation>múltiples</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>límites</translation>
    </message>
    <message>
        <source>formulas</source>
        <translation>fórmulas</translation>
    </message>
    <message>
        <source>errata</source>
        <translation>erratas</translation>
    </message>
    <message>
        <source>all</source>
        <translation>total</translation>
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
        <translation>Uso: certdeck content check [DIR]

Revisa una carpeta de contenido (notes/, decks/, topics.yaml, exams.yaml) igual que la
compilación: sintaxis YAML, claves conocidas, ids, campos obligatorios, conjuntos de
respuestas, dominios de examen y que cada cita de origen (&apos;source&apos;) esté en exactamente
una línea de las notas. Escribe archivo:línea: mensaje en stderr por cada problema y
termina con 1 si hay alguno.
Si no se indica DIR, se usa %1

Opciones:
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>expected at most one folder</source>
        <translation>se esperaba como máximo una carpeta</translation>
    </message>
    <message>
        <source>certdeck: no content folder at %1</source>
        <translation>certdeck: no hay ninguna carpeta de contenido en %1</translation>
    </message>
    <message>
        <source>%1: %2 notes file(s), %3 deck(s), %4 item(s), %5 problem(s)</source>
        <translation>%1: %2 archivo(s) de notas, %3 mazo(s), %4 elemento(s), %5 problema(s)</translation>
    </message>
    <message>
        <source>Usage: certdeck content export --format json

Prints the whole bank: exam profiles, topics, cards, questions with their options,
correct flags and whys, limits, formulas and errata, each with its source in the notes.

Options:
  --format json   output format (json is the only one)
  -h, --help      show this help
</source>
        <translation>Uso: certdeck content export --format json

Imprime todo el banco: perfiles de examen, temas, tarjetas, preguntas con sus opciones,
qué opciones son correctas y por qué (&apos;why&apos;), límites, fórmulas y erratas, cada uno con
su fuente en las notas.

Opciones:
  --format json   formato de salida (json es el único)
  -h, --help      muestra esta ayuda
</translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos; (supported: json)</source>
        <translation>formato no admitido &apos;%1&apos; (admitido: json)</translation>
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
        <translation>Uso: certdeck lookup &lt;query&gt; [--json] [--limit N]

Busca límites, fórmulas, tarjetas, erratas, preguntas y secciones de notas que coincidan
con la búsqueda, de mejor a peor coincidencia. Cualquier texto es una búsqueda válida.

Opciones:
  --json        muestra [{&quot;kind&quot;,&quot;id&quot;,&quot;title&quot;,&quot;answer&quot;,&quot;topic&quot;,&quot;source&quot;}]
  --limit N     como máximo N resultados (de 1 a %1; por omisión, %2)
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>missing query, e.g. certdeck lookup &quot;visibility timeout&quot;</source>
        <translation>falta el término de búsqueda, p. ej., certdeck lookup &quot;visibility timeout&quot;</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation>--limit debe ser un número entero de 1 a %1 (se ha indicado &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>No hay resultados para «%1».</translation>
    </message>
    <message>
        <source>Schema version: %1
</source>
        <translation>Versión del esquema: %1
</translation>
    </message>
    <message>
        <source>Cards with a schedule: %1
</source>
        <translation>Tarjetas con repasos programados: %1
</translation>
    </message>
    <message>
        <source>Reviews: %1
</source>
        <translation>Repasos: %1
</translation>
    </message>
    <message>
        <source>Exam attempts: %1
</source>
        <translation>Intentos de examen: %1
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
        <translation>Uso: certdeck progress info [--json]

Indica dónde está tu base de datos de progreso, su versión del esquema, qué contiene y
si Certdeck puede guardar en ella. Solo lee: nunca crea, actualiza ni modifica ningún
archivo. Si un archivo no es una base de datos de progreso de Certdeck, lo indica, pero
nunca lo toca.
Define CERTDECK_DATA_DIR para usar otra carpeta.

Opciones:
  --json        muestra la salida en JSON
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>No progress yet: %1 does not exist. Certdeck creates it when you first open the app.
</source>
        <translation>Aún no hay progreso: %1 no existe. Certdeck lo crea la primera vez que abres la aplicación.
</translation>
    </message>
    <message>
        <source>Progress database: %1
</source>
        <translation>Base de datos de progreso: %1
</translation>
    </message>
    <message>
        <source>Certdeck cannot save to it: the file or its folder is read-only.
</source>
        <translation>Certdeck no puede guardar en ella: el archivo o su carpeta son de solo lectura.
</translation>
    </message>
    <message>
        <source>A change to it was cut short (Certdeck was stopped while saving). The app rolls it back when it next opens the file; nothing else is lost.
</source>
        <translation>Un cambio en ella quedó a medias (Certdeck se detuvo mientras guardaba). La aplicación lo deshace la próxima vez que abra el archivo; no se pierde nada más.
</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>a list of choices, e.g. &quot;stats, check or export&quot;; %1 is all but the last, %2 the last</extracomment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Certdeck %1: study companion for AWS certifications (SAA-C03, DVA-C02).

Usage: certdeck                        open the app
       certdeck &lt;command&gt; [options]    run a command without a display

Commands:
</source>
        <translation>Certdeck %1: compañero de estudio para las certificaciones de AWS (SAA-C03, DVA-C02).

Uso: certdeck                           abre la aplicación
     certdeck &lt;orden&gt; [opciones]        ejecuta una orden sin pantalla

Órdenes:
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
Opciones:
  -h, --help        muestra la ayuda; tras una orden, la ayuda de esa orden
  -v, --version     muestra la versión

Código de salida: 0 éxito, 1 fallo o problemas encontrados, 2 línea de órdenes incorrecta.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>orden desconocida &apos;%1&apos; (órdenes: %2)</translation>
    </message>
    <message>
        <source>missing subcommand (%1)</source>
        <translation>falta la suborden (%1)</translation>
    </message>
    <message>
        <source>Usage: certdeck %1 &lt;%2&gt; [options]
</source>
        <translation>Uso: certdeck %1 &lt;%2&gt; [opciones]
</translation>
    </message>
    <message>
        <source>Run &apos;certdeck %1 &lt;subcommand&gt; --help&apos; for its options.
</source>
        <translation>Ejecute &apos;certdeck %1 &lt;suborden&gt; --help&apos; para ver sus opciones.
</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (%2)</source>
        <translation>suborden desconocida &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>counts per topic, and the share of the notes cited</source>
        <translation>recuentos por tema y la parte de las notas citada</translation>
    </message>
    <message>
        <source>lint the content sources (file:line: problem)</source>
        <translation>revisa las fuentes del contenido (archivo:línea: problema)</translation>
    </message>
    <message>
        <source>the whole bank as JSON</source>
        <translation>todo el banco en JSON</translation>
    </message>
    <message>
        <source>find a limit, formula, card, erratum, question or note</source>
        <translation>busca un límite, fórmula, tarjeta, corrección, pregunta o apunte</translation>
    </message>
    <message>
        <source>where your progress is kept and what it holds</source>
        <translation>dónde se guarda su progreso y qué contiene</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>no se puede leer la entrada estándar: %1</translation>
    </message>
    <message>
        <source>standard input is longer than %1 MiB</source>
        <translation>la entrada estándar supera %1 MiB</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>tarjeta %1</translation>
    </message>
    <message>
        <source>card #%1 (no id)</source>
        <extracomment>%1 is the card&apos;s position in the input, from 1</extracomment>
        <translation>tarjeta n.º %1 (sin id)</translation>
    </message>
    <message>
        <source>standard input is not JSON: %1 at byte %2</source>
        <translation>la entrada estándar no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>expected {&quot;cards&quot;: [...]} on standard input</source>
        <translation>se esperaba {&quot;cards&quot;: [...]} en la entrada estándar</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; must be a string or a number</source>
        <translation>%1: &quot;id&quot; debe ser una cadena o un número</translation>
    </message>
    <message>
        <source>%1: &quot;reviews&quot; must be a list</source>
        <translation>%1: &quot;reviews&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>%1, review %2</source>
        <extracomment>%1 names the card, %2 is the review&apos;s position from 1</extracomment>
        <translation>%1, repaso %2</translation>
    </message>
    <message>
        <source>%1: &quot;at&quot; must be an ISO-8601 time with a zone, such as 2025-01-05T09:00:00Z (got %2)</source>
        <translation>%1: &quot;at&quot; debe ser una hora ISO-8601 con zona, como 2025-01-05T09:00:00Z (se recibió %2)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>ninguna hora</translation>
    </message>
    <message>
        <source>%1: &quot;rating&quot; must be 1 (again), 2 (hard), 3 (good) or 4 (easy)</source>
        <translation>%1: &quot;rating&quot; debe ser 1 (otra vez), 2 (difícil), 3 (bien) o 4 (fácil)</translation>
    </message>
    <message>
        <source>%1: reviews are out of order (%2 is before %3)</source>
        <translation>%1: los repasos no están en orden (%2 es anterior a %3)</translation>
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
        <translation>Uso: certdeck srs replay --json &lt; reviews.json

Reproduce historiales de repaso con el planificador FSRS-6 (parámetros por defecto,
retención deseada 0,9, pasos de aprendizaje 1m 10m, paso de reaprendizaje 10m, sin
variación aleatoria) e imprime la planificación tras cada repaso. Cada tarjeta empieza
nueva en su primer repaso.

Entrada: {&quot;cards&quot;:[{&quot;id&quot;:&quot;c1&quot;,&quot;reviews&quot;:[{&quot;at&quot;:&quot;2025-01-05T09:00:00Z&quot;,&quot;rating&quot;:3}]}]}
         valoraciones 1 otra vez, 2 difícil, 3 bien, 4 fácil; horas ISO-8601 con zona, en orden
Salida:  {&quot;cards&quot;:[{&quot;id&quot;:&quot;c1&quot;,&quot;steps&quot;:[{&quot;state&quot;,&quot;due&quot;,&quot;stability&quot;,&quot;difficulty&quot;,
        &quot;reps&quot;,&quot;lapses&quot;,&quot;elapsed_days&quot;,&quot;scheduled_days&quot;,&quot;learning_steps&quot;}]}]}

Una entrada no válida imprime una línea con la tarjeta y el problema, y sale con 2.

Opciones:
  --json        imprime JSON (la única salida)
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>--json is required (the output is JSON)</source>
        <translation>--json es obligatorio (la salida es JSON)</translation>
    </message>
    <message>
        <source>replay review histories through the FSRS scheduler</source>
        <translation>reproduce historiales de repaso con el planificador FSRS</translation>
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
        <translation>Uso: certdeck progress backup [--json]

Copia ahora tu base de datos de progreso, entera y comprobada, en la carpeta
%1
con la hora de su creación como nombre (progress-20261122T153012Z.db, en UTC). Puedes
hacerlo con Certdeck abierto: la copia contiene lo que estaba guardado cuando empezó.
Después rota: de las copias anteriores conserva las %2 más recientes, la más reciente de
cada uno de los últimos %3 días y la más reciente de cada una de las últimas %4 semanas,
y elimina el resto. Solo elimina copias de seguridad, nunca la nueva. Si la base de
datos de progreso está dañada o no es de Certdeck, no se copia, para que nunca desplace
a las copias en buen estado. Muestra dónde ha quedado la copia y qué copias ha eliminado
la rotación (si no puede eliminar alguna, lo indica en stderr; la nueva copia vale igual).
Termina con 1, sin crear nada, si aún no hay base de datos de progreso o no se puede
hacer la copia.

Opciones:
  --json        muestra la salida en JSON: {&quot;path&quot;: la nueva copia, &quot;removed&quot;: [las copias
                que ha eliminado la rotación]}
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>No progress yet: %1 does not exist, so there is nothing to back up. Certdeck creates it when you first open the app.</source>
        <translation>Aún no hay progreso: %1 no existe, así que no hay nada de lo que hacer una copia de seguridad. Certdeck lo crea la primera vez que abres la aplicación.</translation>
    </message>
    <message>
        <source>Backed up your progress to %1
</source>
        <translation>Copia de seguridad de tu progreso guardada en %1
</translation>
    </message>
    <message>
        <source>Rotation removed no older backup.
</source>
        <translation>La rotación no ha eliminado ninguna copia anterior.
</translation>
    </message>
    <message numerus="yes">
        <source>Rotation removed %n older backup(s):
</source>
        <translation>
            <numerusform>La rotación ha eliminado %n copia anterior:
</numerusform>
            <numerusform>La rotación ha eliminado %n copias anteriores:
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
        <translation>Uso: certdeck progress backups [--json]

Lista las copias de seguridad de tu base de datos de progreso en la carpeta
%1
primero la más reciente: cuándo se hizo cada una (en hora local), cuántos repasos contiene,
su tamaño y su nombre de archivo, lo único que necesita &apos;certdeck progress restore&apos;. Una
copia ilegible aparece con el motivo. Solo lee; no tener copias no es un error.

Opciones:
  --json        muestra la salida en JSON: un array, primero la más reciente, de {&quot;path&quot;,
                &quot;created&quot; (ISO 8601, UTC), &quot;reviews&quot;, &quot;size&quot; (bytes)}, con &quot;error&quot; (y
                &quot;reviews&quot; null) en las copias que no se pueden leer
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>No backups yet in %1. Make one with &apos;certdeck progress backup&apos;.
</source>
        <translation>Aún no hay copias de seguridad en %1. Haz una con &apos;certdeck progress backup&apos;.
</translation>
    </message>
    <message>
        <source>Made (local time)</source>
        <translation>Creada (hora local)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Repasos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:
</source>
        <translation>Copias de seguridad en %1, primero la más reciente:
</translation>
    </message>
    <message>
        <source>Restore one with: certdeck progress restore FILE (the file name is enough)
</source>
        <translation>Restaura una con: certdeck progress restore FILE (basta con el nombre del archivo)
</translation>
    </message>
    <message>
        <source>y</source>
        <extracomment>the short answer that confirms a question asked with [y/N]; &quot;y&quot; is accepted as well</extracomment>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>the long answer that confirms a question asked with [y/N]; &quot;yes&quot; is accepted as well</extracomment>
        <translation>sí</translation>
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
        <translation>Uso: certdeck progress restore FILE [--yes]

Sustituye tu progreso por la copia de seguridad FILE: una ruta, o solo el nombre de archivo
de una copia que muestre &apos;certdeck progress backups&apos; (un nombre sin carpeta que no sea un
archivo de la carpeta actual se toma de %1).
FILE debe ser una base de datos de progreso de Certdeck completa; cualquier otra cosa se
rechaza y no cambia nada.
Antes se hace una copia de seguridad de tu progreso actual, así que la propia restauración
se puede deshacer: la orden indica dónde está esa copia. (Si el archivo actual no se puede
leer como de Certdeck, se conserva byte a byte como replaced-progress-&lt;time&gt;.db.)
Cierra Certdeck antes: mientras tenga tu progreso abierto, la restauración se rechaza.
Pregunta antes de restaurar si la entrada estándar es un terminal; en cualquier otro
caso (un script, una tubería) hace falta --yes.
Código de salida: 0 restaurado; 1 rechazado, no confirmado o fallido (tu progreso sigue
como estaba); 2 línea de órdenes incorrecta, o sin --yes y sin terminal donde preguntar.

Opciones:
  --yes         restaura sin preguntar
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>missing FILE, the backup to restore</source>
        <translation>falta FILE, la copia de seguridad que se va a restaurar</translation>
    </message>
    <message>
        <source>standard input is not a terminal, so there is no one to ask; add --yes to restore without asking</source>
        <translation>la entrada estándar no es un terminal, así que no hay a quién preguntar; añade --yes para restaurar sin preguntar</translation>
    </message>
    <message>
        <source>Certdeck is running; close it first. Your progress database %1 is open (in Certdeck, or another program), and Certdeck would go on saving over the restored progress. Nothing was restored.</source>
        <translation>Certdeck se está ejecutando; ciérralo primero. Tu base de datos de progreso %1 está abierta (en Certdeck o en otro programa), y Certdeck seguiría guardando encima del progreso restaurado. No se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Restoring %1 into %2.
</source>
        <translation>Restaurando %1 en %2.
</translation>
    </message>
    <message>
        <source>Before restoring, your current progress is kept as a backup, so the restore can be undone.
</source>
        <translation>Antes de restaurar, se guarda una copia de seguridad de tu progreso actual, para que la restauración se pueda deshacer.
</translation>
    </message>
    <message>
        <source>There is no progress database yet; the backup becomes it.
</source>
        <translation>Aún no hay base de datos de progreso; la copia de seguridad pasará a serlo.
</translation>
    </message>
    <message>
        <source>Restore it? [y/N] </source>
        <translation>¿Restaurarla? [s/N] </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>No se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Restored %1.
</source>
        <translation>Se ha restaurado %1.
</translation>
    </message>
    <message>
        <source>There was no progress database before, so there was nothing to keep.
</source>
        <translation>Antes no había ninguna base de datos de progreso, así que no había nada que conservar.
</translation>
    </message>
    <message>
        <source>Your progress as it was is kept in the backup %1
To undo, restore that backup.
</source>
        <translation>Tu progreso tal como estaba se conserva en la copia de seguridad %1
Para deshacerlo, restaura esa copia.
</translation>
    </message>
    <message>
        <source>The file it replaced could not be read as a Certdeck progress database; its bytes are kept in %1
</source>
        <translation>El archivo reemplazado no se podía leer como base de datos de progreso de Certdeck; sus bytes se conservan en %1
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
        <translation>Uso: certdeck progress check [--json]

Comprueba tu base de datos de progreso sin modificarla: integridad de SQLite, claves
foráneas, respuestas de examen cuyo intento no existe y repasos de tarjetas sin repasos
programados (filas de review_log sin fila en card_state). Se puede usar con Certdeck
abierto. Muestra cada problema en stderr y termina con 1 si hay alguno o si el archivo no
se puede leer (no es de Certdeck, es de un Certdeck más nuevo o está dañado e ilegible).
Sin base de datos de progreso no hay nada que comprobar: lo indica y termina con 0.
Si encuentra daños, &apos;certdeck progress backups&apos; lista las copias que puedes restaurar.

Opciones:
  --json        muestra la salida en JSON: {&quot;path&quot;, &quot;exists&quot;, &quot;healthy&quot;, &quot;integrity&quot;:
                [problemas], &quot;foreign_keys&quot;: [problemas], &quot;answers_without_attempt&quot;: n,
                &quot;reviews_without_card&quot;: n}
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>No progress yet: %1 does not exist, so there is nothing to check.
</source>
        <translation>Aún no hay progreso: %1 no existe, así que no hay nada que comprobar.
</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>comprobación de integridad: %1</translation>
    </message>
    <message>
        <source>foreign key check: %1</source>
        <translation>comprobación de claves foráneas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exam answer(s) (exam_answer) belong to an exam attempt that does not exist (exam_attempt)</source>
        <translation>
            <numerusform>%n respuesta de examen (exam_answer) pertenece a un intento de examen que no existe (exam_attempt)</numerusform>
            <numerusform>%n respuestas de examen (exam_answer) pertenecen a intentos de examen que no existen (exam_attempt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in review_log are of a card without a schedule (no card_state row)</source>
        <translation>
            <numerusform>%n repaso de review_log es de una tarjeta sin repasos programados (sin fila en card_state)</numerusform>
            <numerusform>%n repasos de review_log son de tarjetas sin repasos programados (sin fila en card_state)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: healthy (integrity, foreign keys and orphaned rows checked)
</source>
        <translation>%1: en buen estado (integridad, claves foráneas y filas huérfanas comprobadas)
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found
</source>
        <translation>
            <numerusform>%1: se ha encontrado %n problema
</numerusform>
            <numerusform>%1: se han encontrado %n problemas
</numerusform>
        </translation>
    </message>
    <message>
        <source>back your progress up now; old backups rotate</source>
        <translation>hace ahora una copia de seguridad de tu progreso; las copias antiguas rotan</translation>
    </message>
    <message>
        <source>list the backups of your progress</source>
        <translation>lista las copias de seguridad de tu progreso</translation>
    </message>
    <message>
        <source>replace your progress with a backup</source>
        <translation>sustituye tu progreso por una copia de seguridad</translation>
    </message>
    <message>
        <source>check your progress database for problems</source>
        <translation>comprueba si hay problemas en tu base de datos de progreso</translation>
    </message>
    <message>
        <source>missing FILE, the exported history to import</source>
        <translation>falta FILE, el historial exportado que importar</translation>
    </message>
    <message>
        <source>cannot import %1: it %2</source>
        <translation>no se puede importar %1: %2</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <extracomment>%1 is the file, %2 what is wrong with it</extracomment>
        <translation>no se puede importar %1: %2</translation>
    </message>
    <message>
        <source>Certdeck is running with your progress open; close it first, then import again. Nothing was imported.</source>
        <translation>Certdeck está abierto con tu progreso; ciérralo y vuelve a importar. No se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Imported %1 review(s) (%2 already here); %3 card schedule(s) recomputed.
</source>
        <extracomment>%1 new reviews, %2 reviews already there, %3 cards</extracomment>
        <translation>Importados %1 repaso(s) (%2 ya estaban); %3 planificación(es) de tarjeta recalculada(s).
</translation>
    </message>
    <message>
        <source>your whole review history, to carry to another computer</source>
        <translation>todo tu historial de repasos, para llevarlo a otro ordenador</translation>
    </message>
    <message>
        <source>merge an exported review history into your progress</source>
        <translation>fusiona un historial de repasos exportado con tu progreso</translation>
    </message>
    <message>
        <source>Usage: certdeck calc %1 %2

%3.

Options:
</source>
        <translation>Uso: certdeck calc %1 %2

%3.

Opciones:
</translation>
    </message>
    <message>
        <source> (%1 to %2%3)</source>
        <extracomment>%1 smallest, %2 largest valid value, %3 unit or nothing</extracomment>
        <translation> (de %1 a %2%3)</translation>
    </message>
    <message>
        <source>; default %1</source>
        <translation>; por omisión, %1</translation>
    </message>
    <message>
        <source>; required</source>
        <translation>; obligatorio</translation>
    </message>
    <message>
        <source>print the figures, steps, facts and formulas as JSON</source>
        <translation>muestra en JSON las cifras, los pasos, los datos y las fórmulas</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>muestra esta ayuda</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>Figures used:</source>
        <translation>Cifras utilizadas:</translation>
    </message>
    <message>
        <source>%1, %2, as of %3</source>
        <extracomment>%1 a page, %2 a region, %3 a month</extracomment>
        <translation>%1, %2, a fecha de %3</translation>
    </message>
    <message>
        <source>Formulas in your notes:</source>
        <translation>Fórmulas de tus notas:</translation>
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
        <translation>Uso: certdeck calc drill --calculator NAME [--seed N] [--count K] [--json]

Preguntas numéricas de estilo examen a partir de una calculadora: datos realistas, la
respuesta correcta resuelta paso a paso y respuestas incorrectas basadas en errores
típicos. La misma semilla da las mismas preguntas.

Opciones:
  --calculator NAME   %1
  --seed N            de 0 a 18446744073709551615 (por omisión, 1)
  --count K           de 1 a %2 preguntas (por omisión, 10)
  --json              muestra [{&quot;id&quot;,&quot;stem&quot;,&quot;options&quot;:[{&quot;text&quot;,&quot;correct&quot;,&quot;why&quot;}],&quot;explanation&quot;}]
  -h, --help          muestra esta ayuda
</translation>
    </message>
    <message>
        <source>--calculator must be one of %1 (got &apos;%2&apos;)</source>
        <translation>--calculator debe ser una de estas: %1 (se ha indicado &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615 (got &apos;%1&apos;)</source>
        <translation>--seed debe ser un número entero de 0 a 18446744073709551615 (se ha indicado &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation>--count debe ser un número entero de 1 a %1 (se ha indicado &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <extracomment>%1 the letter of the right option</extracomment>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>exam-style numeric questions from a calculator</source>
        <translation>preguntas numéricas de estilo examen a partir de una calculadora</translation>
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
        <translation>Uso: certdeck content stats [--json]

Recuentos de temas, secciones de notas, tarjetas, preguntas (y preguntas de respuesta
múltiple), límites, fórmulas y erratas, en total y por tema, con la parte de las secciones
de notas que cita algún elemento (section_coverage, de 0 a 1) y las secciones que un mazo
omite a propósito; preguntas por dominio de examen y por enunciado de tarea, y los
enunciados de tarea que no cubre ninguna pregunta; las cifras de calidad de las preguntas
(proporción de preguntas de escenario y de memoria, con qué frecuencia la opción correcta
es la más larga); las secciones de notas que no cita ningún elemento.

Opciones:
  --json        muestra la salida en JSON
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>%1 topics; %2% of note sections are cited by some item, %3 skipped.</source>
        <translation>%1 temas; algún elemento cita el %2 % de las secciones de notas, %3 omitidas.</translation>
    </message>
    <message>
        <source>%1: %2 questions (%3)</source>
        <extracomment>%1 exam code, %2 question count, %3 &quot;domain count, domain count, ...&quot;</extracomment>
        <translation>%1: %2 preguntas (%3)</translation>
    </message>
    <message>
        <source>Task statements no question covers (the notes do not touch them):</source>
        <translation>Enunciados de tarea que no cubre ninguna pregunta (las notas no los tratan):</translation>
    </message>
    <message>
        <source>Questions: %1% scenarios, %2% recall; the correct option is the only longest in %3% of single-answer questions and %4 times as long as a distractor on average.</source>
        <translation>Preguntas: %1 % de escenario, %2 % de memoria; la opción correcta es la única más larga en el %3 % de las preguntas de respuesta única y, de media, su longitud es %4 veces la de un distractor.</translation>
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
        <translation>Uso: certdeck exam generate --profile ID --seed N [--json]

Muestra las preguntas de un examen de práctica completo del perfil ID (saa-c03, dva-c02) tal como
las elige la semilla N para quien aún no ha respondido ninguna: preguntas por dominio según sus
pesos y opciones de cada pregunta en el orden mostrado. La misma semilla da el mismo examen.

Opciones:
  --profile ID  el perfil de examen
  --seed N      un número entero de 0 a 18446744073709551615
  --json        muestra {&quot;profile&quot;,&quot;seed&quot;,&quot;minutes&quot;,&quot;questions&quot;:[{&quot;id&quot;,&quot;domain&quot;,&quot;choose&quot;,
                &quot;options&quot;:[ids de las opciones en el orden mostrado]}]}; el id de una
                opción es su posición en el mazo, desde 0
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>missing --profile, e.g. --profile saa-c03</source>
        <translation>falta --profile, p. ej., --profile saa-c03</translation>
    </message>
    <message>
        <source>no exam profile &apos;%1&apos; (there are: %2)</source>
        <translation>no existe el perfil de examen &apos;%1&apos; (hay: %2)</translation>
    </message>
    <message>
        <source>%1: %2 questions, %3 minutes (seed %4)</source>
        <extracomment>%1 exam code; %2 number of questions; %3 minutes; %4 the seed</extracomment>
        <translation>%1: %2 preguntas, %3 minutos (semilla %4)</translation>
    </message>
    <message>
        <source>draw a full practice exam of a profile</source>
        <translation>genera un examen de práctica completo de un perfil</translation>
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
        <translation>Uso: certdeck stats [--json] [--days N]

Tus estadísticas de estudio, tal como las muestra la página Estadísticas: repasos por día
según la calificación, tarjetas pendientes en los próximos 30 días, retención real por tema,
estados de las tarjetas, la racha, puntuaciones de examen y porcentaje de aciertos por
dominio del examen, y la estimación de preparación de cada examen (una estimación según la
puntuación de Certdeck, con su intervalo del 80 %). Solo lee tu progreso, sin modificarlo.

Opciones:
  --json        muestra la salida en JSON
  --days N      el periodo de la actividad diaria, la retención y los aciertos
                (1-3650, 30 por defecto)
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to %1</source>
        <translation>--days debe ser un número entero de 1 a %1</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s):</source>
        <translation>
            <numerusform>Último %n día:</numerusform>
            <numerusform>Últimos %n días:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n repaso</numerusform>
            <numerusform>%n repasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>True retention: %1% of %n review(s)</source>
        <translation>
            <numerusform>Retención real: %1 % en %n repaso</numerusform>
            <numerusform>Retención real: %1 % en %n repasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Due in the next 30 days: %1 (today: %2)</source>
        <translation>Pendientes en los próximos 30 días: %1 (hoy: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Racha: %n día</numerusform>
            <numerusform>Racha: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 readiness (estimate): %2, likely %3 to %4; chance to pass about %5%</source>
        <extracomment>%1 exam code, %2 estimated score, %3-%4 its 80% range, %5 pass chance in percent</extracomment>
        <translation>Preparación para %1 (estimación): %2, probablemente de %3 a %4; probabilidad de aprobar: alrededor del %5 %</translation>
    </message>
    <message>
        <source>%1 readiness: no estimate yet (study cards or answer questions)</source>
        <translation>Preparación para %1: aún no hay estimación (estudia tarjetas o responde preguntas)</translation>
    </message>
    <message>
        <source>study statistics and the readiness estimate per exam</source>
        <translation>estadísticas de estudio y estimación de preparación por examen</translation>
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
El archivo es CSV tal como lo escribe RFC 4180 (comas, finales de línea CRLF, comillas donde hace
falta), en UTF-8 con marca de orden de bytes, para que Excel y LibreOffice lean bien los acentos y
el texto japonés. El texto que una hoja de cálculo ejecutaría como fórmula (que empieza por =, +,
-, @) empieza en su lugar con &apos;. Las horas son ISO 8601 en UTC (2026-11-22T10:00:00Z), los
números usan punto, sí/no es true/false.
Solo lee tu progreso: nunca lo crea ni lo cambia. Sin base de datos de progreso aún no hay nada
tuyo que añadir, y eso no es un error.

Opciones:
  --out ARCHIVO escribe en ARCHIVO (reemplazado entero, o tal como estaba si la escritura
                falla); sin ella, o con --out -, el CSV va a la salida estándar
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>A change to your progress database %1 was cut short (Certdeck was stopped while saving). Open Certdeck once so that it rolls the change back, then export again.</source>
        <translation>Un cambio en tu base de datos de progreso %1 quedó a medias (Certdeck se detuvo mientras guardaba). Abre Certdeck una vez para que deshaga el cambio y vuelve a exportar.</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>no se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file, %2 why it cannot be written</extracomment>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is there, not a file (use --out - for standard output)</source>
        <extracomment>%1 is what stands at the path, e.g. &quot;a folder&quot;</extracomment>
        <translation>ahí hay %1, no un archivo (usa --out - para la salida estándar)</translation>
    </message>
    <message>
        <source>Usage: certdeck export cards [--out FILE]

Writes every card of the bank with your schedule as CSV, one row a card, for a
spreadsheet. Columns: id, topic, topic_title, front, back, source, source_file,
source_line, state (new, learning, review or relearning), due, last_review,
stability, difficulty, reviews, lapses, suspended, leech. A card you have not
studied yet is new, with no due time, stability or difficulty.
</source>
        <translation>Uso: certdeck export cards [--out ARCHIVO]

Escribe cada tarjeta del banco con tu planificación en CSV, una fila por tarjeta, para una
hoja de cálculo. Columnas: id, topic, topic_title, front, back, source, source_file,
source_line, state (new, learning, review o relearning), due, last_review,
stability, difficulty, reviews, lapses, suspended, leech. Una tarjeta que aún no has
estudiado es new, sin vencimiento, estabilidad ni dificultad.
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1</source>
        <translation>
            <numerusform>Escrita %n tarjeta en %1</numerusform>
            <numerusform>Escritas %n tarjetas en %1</numerusform>
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
        <translation>Uso: certdeck export exams [--out ARCHIVO]

Escribe tu historial de exámenes en CSV, una fila por examen, práctica o ejercicio que
terminaste o abandonaste, del más antiguo al más reciente, para una hoja de cálculo. Columnas:
id, started, finished, status (finished o abandoned), profile, mode (timed, practice o drill),
title, questions, answered, correct, percent_correct, scaled_score, passed, duration_seconds,
time_limit_minutes, y luego una por dominio de cada examen (&quot;SAA-C03 secure %&quot;: el porcentaje
de preguntas de ese dominio acertadas). Las puntuaciones son las registradas al entregar. Sin
exámenes aún, el archivo contiene solo la cabecera.
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exam attempt(s) to %1</source>
        <translation>
            <numerusform>Escrito %n intento de examen en %1</numerusform>
            <numerusform>Escritos %n intentos de examen en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>your cards and their schedule as CSV, for a spreadsheet</source>
        <translation>tus tarjetas y su planificación en CSV, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>your exam history as CSV, for a spreadsheet</source>
        <translation>tu historial de exámenes en CSV, para una hoja de cálculo</translation>
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
        <translation>Uso: certdeck notes import ARCHIVO...

Añade tus propias notas a Certdeck: archivos de texto en cualquiera de los dos estilos de las
notas incluidas (títulos entre guiones, o encabezados sobre texto sangrado) o con encabezados
Markdown (&apos;# SQS&apos;). Cada encabezado se convierte en una sección del tema que nombra, que se
puede buscar con &apos;certdeck lookup&apos; y leer en la página Notas. Importar de nuevo un archivo con
el mismo nombre lo reemplaza. Un archivo que no es texto se rechaza indicando el motivo; los
demás se importan igualmente.
Tus notas se guardan con tu progreso, así que las copias de seguridad y &apos;progress export&apos; las
incluyen.

Opciones:
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>missing FILE, the notes to import</source>
        <translation>falta ARCHIVO, las notas que importar</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n line(s))</source>
        <extracomment>%1 is a file name; %n its number of lines</extracomment>
        <translation>
            <numerusform>%1 importado (%n línea)</numerusform>
            <numerusform>%1 importado (%n líneas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 (%n line(s))</source>
        <translation>
            <numerusform>%1 actualizado (%n línea)</numerusform>
            <numerusform>%1 actualizado (%n líneas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already imported as it is</source>
        <translation>%1 ya está importado tal como está</translation>
    </message>
    <message numerus="yes">
        <source>Your notes: %n file(s), </source>
        <translation>
            <numerusform>Tus notas: %n archivo, </numerusform>
            <numerusform>Tus notas: %n archivos, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s), searchable with &apos;certdeck lookup&apos;.</source>
        <translation>
            <numerusform>%n sección, que se puede buscar con &apos;certdeck lookup&apos;.</numerusform>
            <numerusform>%n secciones, que se pueden buscar con &apos;certdeck lookup&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: certdeck notes list [--json]

Lists the notes you imported: name, title, lines and when.

Options:
  --json        print JSON
  -h, --help    show this help
</source>
        <translation>Uso: certdeck notes list [--json]

Lista las notas que importaste: nombre, título, líneas y cuándo.

Opciones:
  --json        imprime JSON
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>No notes of your own yet: add some with &apos;certdeck notes import FILE&apos;.</source>
        <translation>Aún no tienes notas propias: añade algunas con &apos;certdeck notes import ARCHIVO&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1  imported %2, %n line(s)</source>
        <extracomment>%1 file name, %2 the date it was imported; then its number of lines</extracomment>
        <translation>
            <numerusform>%1  importado %2, %n línea</numerusform>
            <numerusform>%1  importado %2, %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: certdeck notes remove NAME

Removes the notes file NAME you imported (as &apos;certdeck notes list&apos;
names it). Cards you made from its lines stay.

Options:
  -h, --help    show this help
</source>
        <translation>Uso: certdeck notes remove NOMBRE

Quita el archivo de notas NOMBRE que importaste (tal como lo nombra
&apos;certdeck notes list&apos;). Las tarjetas que creaste con sus líneas se quedan.

Opciones:
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>missing NAME, the notes file to remove</source>
        <translation>falta NOMBRE, el archivo de notas que quitar</translation>
    </message>
    <message>
        <source>no notes of yours are named &apos;%1&apos; (see &apos;certdeck notes list&apos;)</source>
        <translation>ninguna de tus notas se llama &apos;%1&apos; (mira &apos;certdeck notes list&apos;)</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 quitado</translation>
    </message>
    <message>
        <source>add your own notes (text or Markdown) to lookup and the Notes page</source>
        <translation>añade tus propias notas (texto o Markdown) a la búsqueda y a la página Notas</translation>
    </message>
    <message>
        <source>the notes you imported</source>
        <translation>las notas que importaste</translation>
    </message>
    <message>
        <source>remove notes you imported</source>
        <translation>quita notas que importaste</translation>
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
        <translation>Uso: certdeck progress export --json &gt; progress.json

Imprime todo tu historial de repasos (tarjeta, momento, calificación y tiempo de cada
calificación), lo que marcaste en las tarjetas (suspendida, sanguijuela) y las notas que
importaste, en JSON, para llevar tu progreso a otro ordenador con &apos;certdeck progress import&apos;.
Solo lee: nunca cambia tu progreso.

Opciones:
  --json        imprime JSON (el único formato)
  -h, --help    muestra esta ayuda
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
        <translation>Uso: certdeck progress import ARCHIVO

Combina con tu progreso un historial de repasos que escribió &apos;certdeck progress export --json&apos;
(en este ordenador o en otro): los repasos que ya tienes se omiten (la misma tarjeta en el
mismo momento se guarda una vez), y cada tarjeta que gana repasos recalcula su planificación a
partir de todo su historial. Se añaden las marcas de suspendida y sanguijuela. Las notas que
importaste allí se añaden aquí; de dos archivos de notas con el mismo nombre se conserva el
importado por último.
Primero se hace una copia de seguridad de tu progreso; los repasos se combinan en una
transacción, así que se combinan enteros o nada, y las notas en otra.
Cierra Certdeck antes: mientras tenga tu progreso abierto, la importación se rechaza.

Opciones:
  -h, --help    muestra esta ayuda
</translation>
    </message>
    <message>
        <source>Imported %1 of %2 notes file(s).
</source>
        <extracomment>%1 notes files taken from the export, %2 in it</extracomment>
        <translation>Importados %1 de %2 archivos de notas.
</translation>
    </message>
    <message>
        <source>%1 is there, not a file</source>
        <extracomment>%1 is what stands at the path, e.g. &quot;a folder&quot;</extracomment>
        <translation>ahí hay %1, no un archivo</translation>
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
        <translation>Uso: certdeck export anki --out ARCHIVO.apkg [--with-history]

Escribe cada tarjeta del banco (y tus propias tarjetas) como paquete de Anki, para Anki en el
ordenador (2.1.50 o posterior) o AnkiDroid en el teléfono: Archivo &gt; Importar en Anki, o
Importar en el menú de AnkiDroid. Cada tema es un mazo bajo &quot;Certdeck&quot; (&quot;Certdeck::Amazon
SQS&quot;); cada tarjeta es una nota del tipo &quot;Certdeck&quot; con los campos Front, Back, Source (de
dónde viene en las notas, con la cita) y Certdeck ID, etiquetada con su tema y los exámenes a
los que sirve su tema (sqs saa-c03 dva-c02). Los identificadores son los mismos en cada
exportación, así que importar una exportación más reciente actualiza las notas en lugar de
añadirlas dos veces.

Con --with-history vienen también tu planificación y tus repasos: el estado, el vencimiento,
el intervalo, los repasos y los fallos de cada tarjeta, su memoria FSRS (estabilidad y
dificultad), si está suspendida, y cada repaso en el registro de Anki, para que Anki siga
donde lo dejó Certdeck. Marca &quot;Importar el progreso de aprendizaje&quot; al importar y activa FSRS
en las opciones del mazo. Sin la opción, cada tarjeta es nueva. Solo lee tu progreso: nunca lo
crea ni lo cambia; sin base de datos de progreso aún no hay historial que añadir.

Opciones:
  --out ARCHIVO    escribe el paquete en ARCHIVO (reemplazado entero, o tal como estaba si
                   la escritura falla)
  --with-history   añade tu planificación y tu historial de repasos
  -h, --help       muestra esta ayuda
</translation>
    </message>
    <message>
        <source>--out FILE is needed: an Anki package is a file, not text</source>
        <translation>hace falta --out ARCHIVO: un paquete de Anki es un archivo, no texto</translation>
    </message>
    <message numerus="yes">
        <source>With your schedule and %n review(s).</source>
        <translation>
            <numerusform>Con tu planificación y %n repaso.</numerusform>
            <numerusform>Con tu planificación y %n repasos.</numerusform>
        </translation>
    </message>
    <message>
        <source>the cards as an Anki package, with your schedule if you like</source>
        <translation>las tarjetas como paquete de Anki, con tu planificación si quieres</translation>
    </message>
    <message>
        <source>Imported %1 of %2 card(s) of your own.
</source>
        <extracomment>%1 own cards taken from the export, %2 in it</extracomment>
        <translation>Importadas %1 de %2 tarjetas propias.
</translation>
    </message>
</context>
<context>
    <name>ContentCompiler</name>
    <message>
        <source>source of &apos;%1&apos; is not in the notes: &quot;%2&quot;</source>
        <translation>la fuente de &apos;%1&apos; no está en las notas: «%2»</translation>
    </message>
    <message>
        <source>source of &apos;%1&apos; is ambiguous: &quot;%2&quot; is on %3 lines (%4); quote more of the line</source>
        <translation>la fuente de &apos;%1&apos; es ambigua: «%2» aparece en %3 líneas (%4); cita más texto de la línea</translation>
    </message>
    <message>
        <source>no notes: expected notes/*.txt</source>
        <translation>no hay notas: se esperaban archivos notes/*.txt</translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; must be declared: it holds notes before any heading</source>
        <translation>el tema &apos;%1&apos; debe estar declarado: contiene las notas que hay antes del primer encabezado</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at %2:%3)</source>
        <translation>id duplicado &apos;%1&apos; (se usó por primera vez en %2:%3)</translation>
    </message>
    <message>
        <source>unknown topic &apos;%1&apos; (declare it in topics.yaml)</source>
        <translation>tema desconocido &apos;%1&apos; (decláralo en topics.yaml)</translation>
    </message>
    <message>
        <source>deck for topic &apos;%1&apos; must be named %1.yaml</source>
        <translation>el mazo del tema &apos;%1&apos; debe llamarse %1.yaml</translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; already has a deck: %2</source>
        <translation>el tema &apos;%1&apos; ya tiene un mazo: %2</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; names unknown exam profile &apos;%2&apos;</source>
        <translation>la pregunta &apos;%1&apos; indica un perfil de examen desconocido: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>no se puede reemplazar %1</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: &apos;%2&apos; is not a task statement of %3 (one of: %4)</source>
        <translation>pregunta &apos;%1&apos;: &apos;%2&apos; no es un enunciado de tarea de %3 (se esperaba uno de estos: %4)</translation>
    </message>
    <message>
        <source>skipped section</source>
        <extracomment>names a skipped note section in messages, by the quote that marks it</extracomment>
        <translation>la sección omitida</translation>
    </message>
</context>
<context>
    <name>ContentRepository</name>
    <message>
        <source>The content database %1 cannot be opened: %2.</source>
        <translation>No se puede abrir la base de datos de contenido %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck content database.</source>
        <translation>%1 no es una base de datos de contenido de Certdeck.</translation>
    </message>
    <message>
        <source>The content database %1 has schema %2, but this Certdeck reads schema %3. Reinstall Certdeck, or rebuild content.db from its sources.</source>
        <translation>La base de datos de contenido %1 tiene el esquema %2, pero esta versión de Certdeck lee el esquema %3. Reinstala Certdeck o vuelve a generar content.db a partir de sus fuentes.</translation>
    </message>
    <message>
        <source>The content database %1 is missing. Reinstall Certdeck, or rebuild content.db from its sources.</source>
        <translation>Falta la base de datos de contenido %1. Reinstala Certdeck o vuelve a generar content.db a partir de sus fuentes.</translation>
    </message>
    <message>
        <source>The content database %1 %2.</source>
        <extracomment>%2 says what is wrong, e.g. &quot;is a folder, not a regular file&quot;</extracomment>
        <translation>La base de datos de contenido %1 %2.</translation>
    </message>
    <message>
        <source>The content database %1 is damaged (%2). Reinstall Certdeck, or rebuild content.db from its sources.</source>
        <extracomment>%1 is the file; %2 says what is wrong with it</extracomment>
        <translation>La base de datos de contenido %1 está dañada (%2). Reinstala Certdeck o vuelve a generar content.db a partir de sus fuentes.</translation>
    </message>
    <message>
        <source>tables missing: %1</source>
        <translation>faltan tablas: %1</translation>
    </message>
    <message>
        <source>its schema version or content hash is missing</source>
        <translation>falta su versión del esquema o su hash de contenido</translation>
    </message>
    <message>
        <source>Reading the content database %1 failed: %2. Reinstall Certdeck, or rebuild content.db from its sources.</source>
        <extracomment>%1 is the file; %2 is SQLite&apos;s message</extracomment>
        <translation>No se pudo leer la base de datos de contenido %1: %2. Reinstale Certdeck o vuelva a generar content.db a partir de sus fuentes.</translation>
    </message>
</context>
<context>
    <name>ContentSources</name>
    <message>
        <source>cannot list this folder: permission denied</source>
        <translation>no se puede ver el contenido de esta carpeta: permiso denegado</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>%1 says what is wrong (&quot;is a folder, not a regular file&quot;), %2 what the folder holds</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>deck files end in %1, not %2: rename it to %3</source>
        <translation>los archivos de mazo terminan en %1, no en %2: cámbiale el nombre a %3</translation>
    </message>
    <message>
        <source>not content: %1</source>
        <translation>no es contenido: %1</translation>
    </message>
    <message>
        <source>notes/ holds plain-text notes files named *.txt (hidden files are ignored)</source>
        <translation>notes/ contiene archivos de notas en texto sin formato llamados *.txt (los archivos ocultos se ignoran)</translation>
    </message>
    <message>
        <source>decks/ holds one file per topic named &lt;topic&gt;.yaml (hidden files are ignored)</source>
        <translation>decks/ contiene un archivo por tema llamado &lt;topic&gt;.yaml (los archivos ocultos se ignoran)</translation>
    </message>
</context>
<context>
    <name>DeckLoader</name>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>error de sintaxis YAML: %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 debe ser un mapeo de claves a valores</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (expected one of: %3)</source>
        <translation>clave desconocida &apos;%1&apos; en %2 (se esperaba una de estas: %3)</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation>%1 no tiene &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be text</source>
        <translation>&apos;%1&apos; en %2 debe ser texto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is empty</source>
        <translation>&apos;%1&apos; en %2 está vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be true or false</source>
        <translation>&apos;%1&apos; en %2 debe ser true o false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a list</source>
        <translation>&apos;%1&apos; en %2 debe ser una lista</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is not of the form &lt;topic&gt;.&lt;name&gt; (lowercase letters, digits, &apos;-&apos;, &apos;.&apos;)</source>
        <translation>el id &apos;%1&apos; no tiene la forma &lt;topic&gt;.&lt;name&gt; (letras minúsculas, dígitos, &apos;-&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; must start with the deck&apos;s topic &apos;%2.&apos;</source>
        <translation>el id &apos;%1&apos; debe empezar por el tema del mazo: &apos;%2.&apos;</translation>
    </message>
    <message>
        <source>question</source>
        <translation>la pregunta</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has no options</source>
        <translation>la pregunta &apos;%1&apos; no tiene opciones</translation>
    </message>
    <message>
        <source>option</source>
        <translation>la opción</translation>
    </message>
    <message>
        <source>an option&apos;s &apos;why&apos; must be one sentence</source>
        <translation>el &apos;why&apos; de una opción debe ser una sola frase</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has the option &apos;%2&apos; twice</source>
        <translation>la pregunta &apos;%1&apos; tiene la opción &apos;%2&apos; repetida</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; says choose %2 but marks %3 option(s) correct</source>
        <translation>la pregunta &apos;%1&apos; pide elegir %2 (&apos;choose&apos;), pero marca %3 opción(es) como correcta(s)</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; needs at least %2 options to choose %3 (has %4)</source>
        <translation>la pregunta &apos;%1&apos; necesita al menos %2 opciones para elegir %3 (tiene %4)</translation>
    </message>
    <message>
        <source>card</source>
        <translation>la tarjeta</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>el límite</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>la fórmula</translation>
    </message>
    <message>
        <source>&apos;where&apos; in formula must map each variable to its meaning</source>
        <translation>&apos;where&apos; en la fórmula debe asignar a cada variable su significado</translation>
    </message>
    <message>
        <source>erratum</source>
        <translation>la errata</translation>
    </message>
    <message>
        <source>the topics file</source>
        <translation>el archivo de temas</translation>
    </message>
    <message>
        <source>the topics file has no &apos;topics&apos; list</source>
        <translation>el archivo de temas no tiene la lista &apos;topics&apos;</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>el tema</translation>
    </message>
    <message>
        <source>topic id &apos;%1&apos; must be lowercase letters, digits and &apos;-&apos;</source>
        <translation>el id de tema &apos;%1&apos; solo puede tener letras minúsculas, dígitos y &apos;-&apos;</translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; is declared twice (first at line %2)</source>
        <translation>el tema &apos;%1&apos; está declarado dos veces (la primera, en la línea %2)</translation>
    </message>
    <message>
        <source>alias of topic &apos;%1&apos; has no words</source>
        <translation>un alias del tema &apos;%1&apos; no tiene palabras</translation>
    </message>
    <message>
        <source>alias &apos;%1&apos; names two topics: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>el alias &apos;%1&apos; designa dos temas: &apos;%2&apos; y &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the exams file</source>
        <translation>el archivo de exámenes</translation>
    </message>
    <message>
        <source>the exams file has no &apos;profiles&apos; list</source>
        <translation>el archivo de exámenes no tiene la lista &apos;profiles&apos;</translation>
    </message>
    <message>
        <source>exam profile</source>
        <translation>el perfil de examen</translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; needs a positive question count and duration</source>
        <translation>el perfil de examen &apos;%1&apos; necesita un número de preguntas y una duración mayores que cero</translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; needs &apos;score: {min, max, pass}&apos;</source>
        <translation>el perfil de examen &apos;%1&apos; necesita &apos;score: {min, max, pass}&apos;</translation>
    </message>
    <message>
        <source>score</source>
        <translation>la puntuación</translation>
    </message>
    <message>
        <source>scores must satisfy min &lt; pass &lt;= max (%1, %2, %3)</source>
        <translation>las puntuaciones deben cumplir min &lt; pass &lt;= max (%1, %2, %3)</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>el dominio</translation>
    </message>
    <message>
        <source>domain &apos;%1&apos; appears twice in &apos;%2&apos;</source>
        <translation>el dominio &apos;%1&apos; aparece dos veces en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; has no domains</source>
        <translation>el perfil de examen &apos;%1&apos; no tiene dominios</translation>
    </message>
    <message>
        <source>domain weights of &apos;%1&apos; add up to %2, not 100</source>
        <translation>los pesos de los dominios de &apos;%1&apos; suman %2, no 100</translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; is declared twice</source>
        <translation>el perfil de examen &apos;%1&apos; está declarado dos veces</translation>
    </message>
    <message>
        <source>a deck</source>
        <translation>un mazo</translation>
    </message>
    <message>
        <source>the deck</source>
        <translation>el mazo</translation>
    </message>
    <message>
        <source>a second YAML document (after &apos;---&apos;): a content file is one document</source>
        <translation>un segundo documento YAML (después de &apos;---&apos;): un archivo de contenido es un solo documento</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2); a mapping holds each key once</source>
        <translation>clave duplicada &apos;%1&apos; (la primera, en la línea %2); un mapeo contiene cada clave una sola vez</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 %3</source>
        <extracomment>%3 says what is wrong, e.g. &quot;holds U+001B (escape); write plain text&quot;</extracomment>
        <translation>&apos;%1&apos; en %2 %3</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 debe ser texto</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a whole number from %3 to %4</source>
        <translation>&apos;%1&apos; en %2 debe ser un número entero de %3 a %4</translation>
    </message>
    <message>
        <source>an exam profile id</source>
        <translation>un id de perfil de examen</translation>
    </message>
    <message>
        <source>limit value &apos;%1&apos; is not a finite number; write a number, or words such as &quot;no limit&quot;</source>
        <translation>el valor del límite &apos;%1&apos; no es un número finito; escribe un número o palabras como «sin límite»</translation>
    </message>
    <message>
        <source>a variable</source>
        <translation>una variable</translation>
    </message>
    <message>
        <source>a variable&apos;s meaning</source>
        <translation>el significado de una variable</translation>
    </message>
    <message>
        <source>&apos;inputs&apos; in formula must map each calculator input to a value</source>
        <translation>&apos;inputs&apos; en la fórmula debe asignar un valor a cada entrada de la calculadora</translation>
    </message>
    <message>
        <source>&apos;inputs&apos; in formula needs a &apos;calculator&apos; to give them to</source>
        <translation>&apos;inputs&apos; en la fórmula necesita la clave &apos;calculator&apos; (la calculadora que recibe esas entradas)</translation>
    </message>
    <message>
        <source>an input</source>
        <translation>una entrada</translation>
    </message>
    <message>
        <source>an input&apos;s value</source>
        <translation>el valor de una entrada</translation>
    </message>
    <message>
        <source>the calculators file</source>
        <translation>el archivo de calculadoras</translation>
    </message>
    <message>
        <source>the calculators file has no &apos;facts&apos; list</source>
        <translation>el archivo de calculadoras no tiene la lista &apos;facts&apos;</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>el dato</translation>
    </message>
    <message>
        <source>fact id &apos;%1&apos; must be lowercase words joined by dots, such as ebs.gp2.max-iops</source>
        <translation>el id de dato &apos;%1&apos; debe estar formado por palabras en minúsculas unidas por puntos, como ebs.gp2.max-iops</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at line %2)</source>
        <translation>id duplicado &apos;%1&apos; (usado por primera vez en la línea %2)</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos; needs a finite number as its value</source>
        <translation>el dato &apos;%1&apos; necesita un número finito como valor</translation>
    </message>
    <message>
        <source>the url of &apos;%1&apos; must start with https://</source>
        <translation>la url de &apos;%1&apos; debe empezar por https://</translation>
    </message>
    <message>
        <source>price &apos;%1&apos; needs its region and as_of (the month it was read, YYYY-MM)</source>
        <translation>el precio &apos;%1&apos; necesita region y as_of (el mes en que se consultó, YYYY-MM)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a region or as_of but is not a price (its unit names no USD)</source>
        <translation>&apos;%1&apos; tiene region o as_of, pero no es un precio (su unidad no menciona USD)</translation>
    </message>
    <message>
        <source>as_of of &apos;%1&apos; must be a month, YYYY-MM</source>
        <translation>el as_of de &apos;%1&apos; debe ser un mes, YYYY-MM</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; needs &apos;tasks&apos;: a mapping of exam profile to task statement, e.g. {saa-c03: &quot;2.1&quot;}</source>
        <translation>la pregunta &apos;%1&apos; necesita &apos;tasks&apos;: un mapeo de perfil de examen a enunciado de tarea, p. ej. {saa-c03: &quot;2.1&quot;}</translation>
    </message>
    <message>
        <source>a task statement id</source>
        <translation>un id de enunciado de tarea</translation>
    </message>
    <message>
        <source>skipped section</source>
        <translation>la sección omitida</translation>
    </message>
    <message>
        <source>task statement</source>
        <translation>el enunciado de tarea</translation>
    </message>
    <message>
        <source>task statement &apos;%1&apos; appears twice in &apos;%2&apos;</source>
        <translation>el enunciado de tarea &apos;%1&apos; aparece dos veces en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>domain &apos;%1&apos; of &apos;%2&apos; lists no task statements (&apos;tasks&apos;)</source>
        <translation>el dominio &apos;%1&apos; de &apos;%2&apos; no enumera ningún enunciado de tarea (&apos;tasks&apos;)</translation>
    </message>
    <message>
        <source>the lookup file</source>
        <translation>el archivo de búsqueda</translation>
    </message>
    <message>
        <source>a lookup term</source>
        <translation>un término de búsqueda</translation>
    </message>
    <message>
        <source>lookup term &apos;%1&apos; has no word in it</source>
        <translation>el término de búsqueda &apos;%1&apos; no contiene ninguna palabra</translation>
    </message>
    <message>
        <source>lookup term &apos;%1&apos; is already listed at line %2; a term belongs to one list or group only</source>
        <translation>el término de búsqueda &apos;%1&apos; ya aparece en la línea %2; un término pertenece a una sola lista o grupo</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must be a list of at least two terms</source>
        <translation>cada entrada de &apos;%1&apos; debe ser una lista de al menos dos términos</translation>
    </message>
    <message>
        <source>the notes file list</source>
        <translation>la lista de archivos de notas</translation>
    </message>
    <message>
        <source>the notes file list has no &apos;files&apos; list</source>
        <translation>la lista de archivos de notas no tiene la lista &apos;files&apos;</translation>
    </message>
    <message>
        <source>notes file entry</source>
        <translation>la entrada de archivo de notas</translation>
    </message>
    <message>
        <source>notes file &apos;%1&apos; is listed twice</source>
        <translation>el archivo de notas &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>notes file &apos;%1&apos; is not in notes/</source>
        <translation>el archivo de notas &apos;%1&apos; no está en notes/</translation>
    </message>
    <message>
        <source>the content release</source>
        <translation>la versión del contenido</translation>
    </message>
    <message>
        <source>&apos;checked&apos; must be the day the facts were checked, as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>&apos;checked&apos; debe ser el día en que se comprobaron los datos, como AAAA-MM-DD (YYYY-MM-DD), no «%1»</translation>
    </message>
</context>
<context>
    <name>DynamoDbCapacity</name>
    <message>
        <source>DynamoDB capacity</source>
        <translation>Capacidad de DynamoDB</translation>
    </message>
    <message>
        <source>Read and write capacity units for a provisioned table, and request units on demand</source>
        <translation>Unidades de capacidad de lectura y escritura de una tabla aprovisionada, y unidades de solicitud bajo demanda</translation>
    </message>
    <message>
        <source>Item size</source>
        <translation>Tamaño del elemento</translation>
    </message>
    <message>
        <source>Size of one item; reads round it up to the next 4 KB, writes to the next 1 KB</source>
        <translation>Tamaño de un elemento; las lecturas lo redondean al alza al siguiente múltiplo de 4 KB, y las escrituras, al siguiente KB entero</translation>
    </message>
    <message>
        <source>Reads per second</source>
        <translation>Lecturas por segundo</translation>
    </message>
    <message>
        <source>Items read each second (divide a per-minute rate by 60)</source>
        <translation>Elementos leídos cada segundo (divide una tasa por minuto entre 60)</translation>
    </message>
    <message>
        <source>Read consistency</source>
        <translation>Consistencia de lectura</translation>
    </message>
    <message>
        <source>Eventually consistent</source>
        <translation>Consistencia final</translation>
    </message>
    <message>
        <source>Strongly consistent</source>
        <translation>Consistencia alta</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transaccional</translation>
    </message>
    <message>
        <source>Writes per second</source>
        <translation>Escrituras por segundo</translation>
    </message>
    <message>
        <source>Items written each second</source>
        <translation>Elementos escritos cada segundo</translation>
    </message>
    <message>
        <source>Write type</source>
        <translation>Tipo de escritura</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message numerus="yes">
        <source>%1 KB is %3 unit(s) of %4 KB</source>
        <extracomment>%1 an item size, %2 the size rounded up to whole units, %3 how many units of %4 KB</extracomment>
        <translation>
            <numerusform>un elemento de %1 KB ocupa %3 unidad de %4 KB</numerusform>
            <numerusform>un elemento de %1 KB ocupa %3 unidades de %4 KB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 KB rounds up to %2 KB = %3 unit(s) of %4 KB</source>
        <translation>
            <numerusform>un elemento de %1 KB se redondea al alza a %2 KB = %3 unidad de %4 KB</numerusform>
            <numerusform>un elemento de %1 KB se redondea al alza a %2 KB = %3 unidades de %4 KB</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads: %1; a strongly consistent read uses one unit per 4 KB block.</source>
        <extracomment>%1 says how an item size rounds to read units</extracomment>
        <translation>Lecturas: %1; una lectura de consistencia alta usa una unidad por cada bloque de 4 KB.</translation>
    </message>
    <message>
        <source>Eventually consistent reads cost half: %1 x %2 = %3 per read.</source>
        <translation>Las lecturas de consistencia final cuestan la mitad: %1 x %2 = %3 por lectura.</translation>
    </message>
    <message>
        <source>Transactional reads cost twice: %1 x %2 = %3 per read.</source>
        <translation>Las lecturas transaccionales cuestan el doble: %1 x %2 = %3 por lectura.</translation>
    </message>
    <message>
        <source>%1 reads/s x %2 = %3, provisioned as %4 RCU (whole units, rounded up).</source>
        <translation>%1 lecturas/s x %2 = %3; se aprovisionan %4 RCU (unidades enteras, redondeando al alza).</translation>
    </message>
    <message>
        <source>Writes: %1.</source>
        <translation>Escrituras: %1.</translation>
    </message>
    <message>
        <source>Transactional writes cost twice: %1 x %2 = %3 per write.</source>
        <translation>Las escrituras transaccionales cuestan el doble: %1 x %2 = %3 por escritura.</translation>
    </message>
    <message>
        <source>%1 writes/s x %2 = %3, provisioned as %4 WCU (whole units, rounded up).</source>
        <translation>%1 escrituras/s x %2 = %3; se aprovisionan %4 WCU (unidades enteras, redondeando al alza).</translation>
    </message>
    <message>
        <source>On demand, the same load uses %1 read request units and %2 write request units each second.</source>
        <translation>Bajo demanda, la misma carga usa %1 unidades de solicitud de lectura y %2 unidades de solicitud de escritura cada segundo.</translation>
    </message>
    <message>
        <source>Read capacity units</source>
        <translation>Unidades de capacidad de lectura</translation>
    </message>
    <message>
        <source>Write capacity units</source>
        <translation>Unidades de capacidad de escritura</translation>
    </message>
    <message>
        <source>Read units per item</source>
        <translation>Unidades de lectura por elemento</translation>
    </message>
    <message>
        <source>Write units per item</source>
        <translation>Unidades de escritura por elemento</translation>
    </message>
    <message>
        <source>On-demand read request units per second</source>
        <translation>Unidades de solicitud de lectura bajo demanda por segundo</translation>
    </message>
    <message>
        <source>On-demand write request units per second</source>
        <translation>Unidades de solicitud de escritura bajo demanda por segundo</translation>
    </message>
    <message>
        <source>eventually consistent</source>
        <translation>de consistencia final</translation>
    </message>
    <message>
        <source>strongly consistent</source>
        <translation>de consistencia alta</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>transaccionales</translation>
    </message>
    <message>
        <source>An application makes %1 %3 reads per second of items that are %2 KB each. How many read capacity units must the table provision?</source>
        <extracomment>%1 reads per second, %2 an item size in KB, %3 the kind of read</extracomment>
        <translation>Una aplicación hace %1 lecturas %3 por segundo de elementos de %2 KB cada uno. ¿Cuántas unidades de capacidad de lectura debe aprovisionar la tabla?</translation>
    </message>
    <message>
        <source>Item sizes are not rounded up to the next 4 KB.</source>
        <translation>Falta redondear al alza el tamaño del elemento al siguiente múltiplo de 4 KB.</translation>
    </message>
    <message>
        <source>That is the figure for eventually consistent reads.</source>
        <translation>Esa es la cifra para lecturas de consistencia final.</translation>
    </message>
    <message>
        <source>That is the figure for strongly consistent reads.</source>
        <translation>Esa es la cifra para lecturas de consistencia alta.</translation>
    </message>
    <message>
        <source>A read unit covers 4 KB; 1 KB is the write unit&apos;s size.</source>
        <translation>Una unidad de lectura cubre 4 KB; 1 KB es el tamaño de la unidad de escritura.</translation>
    </message>
    <message>
        <source>Transactional reads cost twice a strongly consistent read.</source>
        <translation>Las lecturas transaccionales cuestan el doble que una lectura de consistencia alta.</translation>
    </message>
    <message>
        <source>Only transactional reads cost twice.</source>
        <translation>Solo las lecturas transaccionales cuestan el doble.</translation>
    </message>
    <message>
        <source>The rate is already per second; do not multiply by 60.</source>
        <translation>La tasa ya es por segundo; no multipliques por 60.</translation>
    </message>
    <message>
        <source>An application writes %1 items per second in transactions (TransactWriteItems); each item is %2 KB. How many write capacity units must the table provision?</source>
        <extracomment>%1 writes per second, %2 an item size in KB</extracomment>
        <translation>Una aplicación escribe %1 elementos por segundo en transacciones (TransactWriteItems); cada elemento ocupa %2 KB. ¿Cuántas unidades de capacidad de escritura debe aprovisionar la tabla?</translation>
    </message>
    <message>
        <source>An application writes %1 items per second; each item is %2 KB. How many write capacity units must the table provision?</source>
        <translation>Una aplicación escribe %1 elementos por segundo; cada elemento ocupa %2 KB. ¿Cuántas unidades de capacidad de escritura debe aprovisionar la tabla?</translation>
    </message>
    <message>
        <source>Item sizes are not rounded up to the next 1 KB.</source>
        <translation>Falta redondear al alza el tamaño del elemento al siguiente KB entero.</translation>
    </message>
    <message>
        <source>A write unit covers 1 KB; 4 KB is the read unit&apos;s size.</source>
        <translation>Una unidad de escritura cubre 1 KB; 4 KB es el tamaño de la unidad de lectura.</translation>
    </message>
    <message>
        <source>Transactional writes cost twice a standard write.</source>
        <translation>Las escrituras transaccionales cuestan el doble que una escritura estándar.</translation>
    </message>
    <message>
        <source>Only transactional writes cost twice.</source>
        <translation>Solo las escrituras transaccionales cuestan el doble.</translation>
    </message>
    <message>
        <source>Writes are never halved; only eventually consistent reads cost half.</source>
        <translation>Las escrituras nunca se dividen entre dos; solo cuestan la mitad las lecturas de consistencia final.</translation>
    </message>
</context>
<context>
    <name>DynamoDbPartitions</name>
    <message>
        <source>DynamoDB partitions (historical rule)</source>
        <translation>Particiones de DynamoDB (regla histórica)</translation>
    </message>
    <message>
        <source>The partition count the notes&apos; formula gives: by throughput and by size, whichever is more</source>
        <translation>El número de particiones que da la fórmula de las notas: por rendimiento y por tamaño, el que sea mayor</translation>
    </message>
    <message>
        <source>Read capacity units</source>
        <translation>Unidades de capacidad de lectura</translation>
    </message>
    <message>
        <source>Write capacity units</source>
        <translation>Unidades de capacidad de escritura</translation>
    </message>
    <message>
        <source>Table size</source>
        <translation>Tamaño de la tabla</translation>
    </message>
    <message>
        <source>This is the rule the notes teach; AWS no longer documents it (DynamoDB manages partitions and splits them for heat), so read it as an estimate, not a quota.</source>
        <translation>Esta es la regla que enseñan las notas; AWS ya no la documenta (DynamoDB gestiona las particiones y divide las que reciben mucho tráfico), así que tómala como una estimación, no como una cuota.</translation>
    </message>
    <message numerus="yes">
        <source>By throughput: %1 RCU / %2 + %3 WCU / %4 = %5, rounded up: %6 partition(s).</source>
        <translation>
            <numerusform>Por rendimiento: %1 RCU / %2 + %3 WCU / %4 = %5, redondeado al alza: %6 partición.</numerusform>
            <numerusform>Por rendimiento: %1 RCU / %2 + %3 WCU / %4 = %5, redondeado al alza: %6 particiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By size: %1 GB / %2 GB = %3, rounded up: %4 partition(s).</source>
        <translation>
            <numerusform>Por tamaño: %1 GB / %2 GB = %3, redondeado al alza: %4 partición.</numerusform>
            <numerusform>Por tamaño: %1 GB / %2 GB = %3, redondeado al alza: %4 particiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partitions: the larger of the two = %1.</source>
        <translation>Particiones: el mayor de los dos = %1.</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Particiones</translation>
    </message>
    <message>
        <source>Partitions by throughput</source>
        <translation>Particiones por rendimiento</translation>
    </message>
    <message>
        <source>Partitions by size</source>
        <translation>Particiones por tamaño</translation>
    </message>
    <message>
        <source>By the partition rule in the notes (a historical rule AWS no longer documents), how many partitions does a table with %1 RCU, %2 WCU and %3 GB of data need?</source>
        <extracomment>%1 RCU, %2 WCU, %3 table size in GB</extracomment>
        <translation>Según la regla de particiones de las notas (una regla histórica que AWS ya no documenta), ¿cuántas particiones necesita una tabla con %1 RCU, %2 WCU y %3 GB de datos?</translation>
    </message>
    <message>
        <source>The rule takes the larger of the two counts, not their sum.</source>
        <translation>La regla toma el mayor de los dos recuentos, no su suma.</translation>
    </message>
    <message>
        <source>The rule takes the larger of the two counts, not the smaller.</source>
        <translation>La regla toma el mayor de los dos recuentos, no el menor.</translation>
    </message>
    <message>
        <source>A partition serves 3,000 RCU and 1,000 WCU, not the other way round.</source>
        <translation>Una partición atiende 3000 RCU y 1000 WCU, no al revés.</translation>
    </message>
    <message>
        <source>The throughput parts are added before rounding up.</source>
        <translation>Las partes de rendimiento se suman antes de redondear al alza.</translation>
    </message>
</context>
<context>
    <name>ExamGenerator</name>
    <message>
        <source>The %1 profile asks no questions.</source>
        <translation>El perfil %1 no tiene preguntas.</translation>
    </message>
    <message>
        <source>%1: needs %2, the bank has %3</source>
        <extracomment>one line per short domain: %1 domain name; %2 questions it needs; %3 how many the bank has</extracomment>
        <translation>%1: necesita %2, el banco tiene %3</translation>
    </message>
    <message numerus="yes">
        <source>The question bank is %n question(s) short of a full %1 exam of %2 questions:</source>
        <extracomment>%1 exam code (SAA-C03); %2 its number of questions; then one line per short domain</extracomment>
        <translation>
            <numerusform>Al banco de preguntas le falta %n pregunta para un examen %1 completo de %2 preguntas:</numerusform>
            <numerusform>Al banco de preguntas le faltan %n preguntas para un examen %1 completo de %2 preguntas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamSession</name>
    <message>
        <source>There are no questions to ask.</source>
        <translation>No hay preguntas que plantear.</translation>
    </message>
    <message>
        <source>The question %1 is not in the bank.</source>
        <translation>La pregunta %1 no está en el banco.</translation>
    </message>
    <message>
        <source>This exam is no longer in progress.</source>
        <translation>Este examen ya no está en curso.</translation>
    </message>
    <message>
        <source>The question %1 has changed or left the bank since this exam began, so it cannot go on.</source>
        <translation>La pregunta %1 ha cambiado o ha salido del banco desde que empezó este examen, así que no puede continuar.</translation>
    </message>
</context>
<context>
    <name>ExamStore</name>
    <message>
        <source>Reading your exams failed: %1</source>
        <extracomment>%1 is SQLite&apos;s message</extracomment>
        <translation>No se han podido leer tus exámenes: %1</translation>
    </message>
    <message>
        <source>Saving your exam failed: %1</source>
        <extracomment>%1 is SQLite&apos;s message</extracomment>
        <translation>No se ha podido guardar tu examen: %1</translation>
    </message>
</context>
<context>
    <name>Gp2</name>
    <message>
        <source>EBS gp2 IOPS and burst</source>
        <translation>IOPS y ráfagas de EBS gp2</translation>
    </message>
    <message>
        <source>A gp2 volume&apos;s baseline IOPS, burst duration, refill time and throughput, and what gp3, io1, io2, st1 and sc1 give at the same size</source>
        <translation>IOPS de referencia, duración de la ráfaga, tiempo de recarga y rendimiento de un volumen gp2, y lo que dan gp3, io1, io2, st1 y sc1 con el mismo tamaño</translation>
    </message>
    <message>
        <source>Volume size</source>
        <translation>Tamaño del volumen</translation>
    </message>
    <message>
        <source>Size of the gp2 volume in GiB (1 TiB = 1,024 GiB)</source>
        <translation>Tamaño del volumen gp2 en GiB (1 TiB = 1024 GiB)</translation>
    </message>
    <message>
        <source>IOPS demand</source>
        <translation>Demanda de IOPS</translation>
    </message>
    <message>
        <source>IOPS the workload asks for while it bursts; without it, the burst level (3,000). At most the burst level, or the baseline when that is higher</source>
        <translation>IOPS que pide la carga de trabajo durante la ráfaga; si no se indica, el nivel de ráfaga (3000). Como máximo, el nivel de ráfaga, o el de referencia si es mayor</translation>
    </message>
    <message>
        <source>Baseline: %1 IOPS/GiB x %2 GiB = %3 IOPS, below the gp2 minimum, so %4 IOPS.</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 the product in IOPS, %4 the gp2 minimum IOPS</extracomment>
        <translation>IOPS de referencia: %1 IOPS/GiB x %2 GiB = %3 IOPS, por debajo del mínimo de gp2, así que %4 IOPS.</translation>
    </message>
    <message>
        <source>Baseline: %1 IOPS/GiB x %2 GiB = %3 IOPS, above the gp2 maximum, so %4 IOPS (reached at %5 GiB).</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 the product in IOPS, %4 the gp2 maximum IOPS, %5 the size in GiB that reaches it</extracomment>
        <translation>IOPS de referencia: %1 IOPS/GiB x %2 GiB = %3 IOPS, por encima del máximo de gp2, así que %4 IOPS (se alcanza con %5 GiB).</translation>
    </message>
    <message>
        <source>Baseline: %1 IOPS/GiB x %2 GiB = %3 IOPS.</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 the baseline IOPS</extracomment>
        <translation>IOPS de referencia: %1 IOPS/GiB x %2 GiB = %3 IOPS.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1 IOPS for a gp2 volume of %2 GiB, its burst level (got &apos;%3&apos;)</source>
        <extracomment>%1 the largest valid IOPS demand, %2 a size in GiB, %3 the demand given</extracomment>
        <translation>debe ser un número entero de 1 a %1 IOPS para un volumen gp2 de %2 GiB, su nivel de ráfaga (se ha indicado &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1 IOPS for a gp2 volume of %2 GiB, its baseline (it does not burst) (got &apos;%3&apos;)</source>
        <translation>debe ser un número entero de 1 a %1 IOPS para un volumen gp2 de %2 GiB, su nivel de referencia (no usa ráfagas) (se ha indicado &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>The %1 IOPS baseline is below %2 IOPS, so the volume can burst to %2 IOPS while it has I/O credits; a full bucket (and a new volume) holds %3 credits.</source>
        <extracomment>%1 the baseline IOPS, %2 the burst IOPS, %3 the credits a full bucket holds</extracomment>
        <translation>El nivel de referencia de %1 IOPS es inferior a %2 IOPS, así que el volumen puede subir en ráfaga a %2 IOPS mientras tenga créditos de E/S; un depósito lleno (y un volumen nuevo) contiene %3 créditos.</translation>
    </message>
    <message>
        <source>No IOPS demand given: the burst level, %1 IOPS.</source>
        <extracomment>%1 the burst IOPS</extracomment>
        <translation>No se ha indicado demanda de IOPS: se toma el nivel de ráfaga, %1 IOPS.</translation>
    </message>
    <message>
        <source>Burst duration = credits / (demand - baseline) = %1 / (%2 - %3) = %1 / %4 = %5 s (%6 min).</source>
        <extracomment>%1 credits, %2 the IOPS demand, %3 the baseline IOPS, %4 demand minus baseline, %5 seconds, %6 the same in minutes</extracomment>
        <translation>Duración de la ráfaga = créditos / (demanda - referencia) = %1 / (%2 - %3) = %1 / %4 = %5 s (%6 min).</translation>
    </message>
    <message>
        <source>A demand of %1 IOPS is at or below the %2 IOPS baseline: the volume serves it without spending credits, indefinitely (no burst duration).</source>
        <extracomment>%1 the IOPS demand, %2 the baseline IOPS</extracomment>
        <translation>Una demanda de %1 IOPS no supera el nivel de referencia de %2 IOPS: el volumen la atiende sin gastar créditos, indefinidamente (sin duración de ráfaga).</translation>
    </message>
    <message>
        <source>Refill of an empty bucket while idle: the volume earns credits at its baseline rate, so credits / baseline = %1 / %2 = %3 s (%4 h).</source>
        <extracomment>%1 credits, %2 the baseline IOPS, %3 seconds, %4 the same in hours</extracomment>
        <translation>Recarga de un depósito vacío en reposo: el volumen gana créditos al ritmo de su nivel de referencia, así que créditos / referencia = %1 / %2 = %3 s (%4 h).</translation>
    </message>
    <message>
        <source>The %1 IOPS baseline is at or above the %2 IOPS burst level: the volume does not burst; it delivers its baseline all the time (no burst duration, no refill time).</source>
        <extracomment>%1 the baseline IOPS, %2 the burst IOPS</extracomment>
        <translation>El nivel de referencia de %1 IOPS iguala o supera el nivel de ráfaga de %2 IOPS: el volumen no usa ráfagas; ofrece su nivel de referencia todo el tiempo (sin duración de ráfaga ni tiempo de recarga).</translation>
    </message>
    <message>
        <source>A demand of %1 IOPS is within the %2 IOPS baseline: served indefinitely.</source>
        <extracomment>%1 the IOPS demand, %2 the baseline IOPS</extracomment>
        <translation>Una demanda de %1 IOPS cabe en el nivel de referencia de %2 IOPS: se atiende indefinidamente.</translation>
    </message>
    <message>
        <source>Throughput: a gp2 volume of %2 GiB or less (this one is %1 GiB) delivers at most %3 MiB/s.</source>
        <extracomment>%1 a size in GiB, %2 the size limit in GiB, %3 MiB/s</extracomment>
        <translation>Rendimiento: un volumen gp2 de %2 GiB o menos (este tiene %1 GiB) ofrece como máximo %3 MiB/s.</translation>
    </message>
    <message>
        <source>Throughput: a gp2 volume of %1 GiB or more delivers %5 MiB/s (its %2 IOPS baseline x %3 KiB per I/O = %4 MiB/s reaches the %5 MiB/s limit).</source>
        <extracomment>%1 the size limit in GiB, %2 the baseline IOPS, %3 the largest I/O in KiB, %4 their product in MiB/s, %5 the throughput limit in MiB/s</extracomment>
        <translation>Rendimiento: un volumen gp2 de %1 GiB o más ofrece %5 MiB/s (su nivel de referencia de %2 IOPS x %3 KiB por E/S = %4 MiB/s alcanza el límite de %5 MiB/s).</translation>
    </message>
    <message>
        <source>Throughput: between %1 and %2 GiB a gp2 volume reaches %3 MiB/s only while it bursts; out of credits, its %4 IOPS baseline x %5 KiB per I/O gives %6 MiB/s. The figure here is the %3 MiB/s maximum.</source>
        <extracomment>%1 and %2 the size limits in GiB, %3 the throughput limit in MiB/s, %4 the baseline IOPS, %5 the largest I/O in KiB, %6 their product in MiB/s</extracomment>
        <translation>Rendimiento: entre %1 y %2 GiB, un volumen gp2 alcanza %3 MiB/s solo durante las ráfagas; sin créditos, su nivel de referencia de %4 IOPS x %5 KiB por E/S da %6 MiB/s. La cifra que se muestra aquí es el máximo de %3 MiB/s.</translation>
    </message>
    <message>
        <source>Baseline IOPS</source>
        <translation>IOPS de referencia</translation>
    </message>
    <message>
        <source>Burst IOPS</source>
        <translation>IOPS en ráfaga</translation>
    </message>
    <message>
        <source>Highest IOPS (burst or baseline)</source>
        <translation>IOPS máximas (en ráfaga o de referencia)</translation>
    </message>
    <message>
        <source>Burst duration from a full bucket</source>
        <translation>Duración de la ráfaga con el depósito lleno</translation>
    </message>
    <message>
        <source>Time to refill an empty bucket</source>
        <translation>Tiempo de recarga de un depósito vacío</translation>
    </message>
    <message>
        <source>Maximum throughput</source>
        <translation>Rendimiento máximo</translation>
    </message>
    <message>
        <source>%1 volumes are %2 to %3 GiB: no %1 figures for %4 GiB.</source>
        <extracomment>%1 a volume type (&quot;io1&quot;), %2 and %3 its smallest and largest size in GiB, %4 the size given</extracomment>
        <translation>Los volúmenes %1 miden de %2 a %3 GiB: no hay cifras de %1 para %4 GiB.</translation>
    </message>
    <message>
        <source>min(%1 x %2, %3) = %4 IOPS</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 the largest IOPS, %4 the result</extracomment>
        <translation>min(%1 x %2, %3) = %4 IOPS</translation>
    </message>
    <message>
        <source>%4 IOPS (%1 x %2 = %3 is below the %4 every gp3 volume gets)</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 their product, %4 the baseline IOPS</extracomment>
        <translation>%4 IOPS (%1 x %2 = %3 es menos que las %4 que recibe todo volumen gp3)</translation>
    </message>
    <message>
        <source>gp3, %1 GiB: %2 IOPS and %3 MiB/s at any size; provisioned up to %4 and min(%5 x %6, %7) = %8 MiB/s.</source>
        <extracomment>%1 a size in GiB, %2 baseline IOPS, %3 baseline MiB/s, %4 how the largest IOPS is worked out, %5 the largest IOPS, %6 MiB/s per IOPS, %7 the largest MiB/s, %8 the result</extracomment>
        <translation>gp3, %1 GiB: %2 IOPS y %3 MiB/s con cualquier tamaño; se pueden aprovisionar hasta %4 y min(%5 x %6, %7) = %8 MiB/s.</translation>
    </message>
    <message>
        <source>io1, %1 GiB: up to min(%2 x %1, %3) = %4 IOPS.</source>
        <extracomment>%1 a size in GiB, %2 IOPS per GiB, %3 the largest IOPS, %4 the result</extracomment>
        <translation>io1, %1 GiB: hasta min(%2 x %1, %3) = %4 IOPS.</translation>
    </message>
    <message>
        <source>io2 Block Express, %1 GiB: up to min(%2 x %1, %3) = %4 IOPS and min(%4 x %5, %6) = %7 MiB/s.</source>
        <extracomment>%1 a size in GiB, %2 IOPS per GiB, %3 the largest IOPS, %4 the result, %5 MiB/s per IOPS, %6 the largest MiB/s, %7 the result</extracomment>
        <translation>io2 Block Express, %1 GiB: hasta min(%2 x %1, %3) = %4 IOPS y min(%4 x %5, %6) = %7 MiB/s.</translation>
    </message>
    <message>
        <source>%1, %2 GiB = %3 TiB: baseline min(%4 x %3, %8) = %5 MiB/s, burst min(%6 x %3, %8) = %7 MiB/s.</source>
        <extracomment>%1 a volume type, %2 a size in GiB, %3 the same in TiB, %4 and %6 MiB/s per TiB, %5 and %7 the results, %8 the largest MiB/s</extracomment>
        <translation>%1, %2 GiB = %3 TiB: referencia min(%4 x %3, %8) = %5 MiB/s, ráfaga min(%6 x %3, %8) = %7 MiB/s.</translation>
    </message>
    <message>
        <source>gp3 baseline IOPS</source>
        <translation>IOPS de referencia de gp3</translation>
    </message>
    <message>
        <source>gp3 maximum IOPS at this size</source>
        <translation>IOPS máximas de gp3 con este tamaño</translation>
    </message>
    <message>
        <source>gp3 baseline throughput</source>
        <translation>Rendimiento de referencia de gp3</translation>
    </message>
    <message>
        <source>gp3 maximum throughput at this size</source>
        <translation>Rendimiento máximo de gp3 con este tamaño</translation>
    </message>
    <message>
        <source>io1 maximum IOPS at this size</source>
        <translation>IOPS máximas de io1 con este tamaño</translation>
    </message>
    <message>
        <source>io2 maximum IOPS at this size</source>
        <translation>IOPS máximas de io2 con este tamaño</translation>
    </message>
    <message>
        <source>io2 maximum throughput at this size</source>
        <translation>Rendimiento máximo de io2 con este tamaño</translation>
    </message>
    <message>
        <source>st1 baseline throughput</source>
        <translation>Rendimiento de referencia de st1</translation>
    </message>
    <message>
        <source>st1 burst throughput</source>
        <translation>Rendimiento en ráfaga de st1</translation>
    </message>
    <message>
        <source>sc1 baseline throughput</source>
        <translation>Rendimiento de referencia de sc1</translation>
    </message>
    <message>
        <source>sc1 burst throughput</source>
        <translation>Rendimiento en ráfaga de sc1</translation>
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
        <translation>1 TiB son 1024 GiB, no 1000.</translation>
    </message>
    <message>
        <source>The size is already in GiB; converting it to GB first inflates it.</source>
        <translation>El tamaño ya está en GiB; convertirlo antes a GB lo infla.</translation>
    </message>
    <message>
        <source>Forgot the 100 IOPS floor of volumes of 33 GiB and smaller.</source>
        <translation>Se ha olvidado el mínimo de 100 IOPS de los volúmenes de 33 GiB o menos.</translation>
    </message>
    <message>
        <source>Forgot the 16,000 IOPS cap, reached at 5,334 GiB.</source>
        <translation>Se ha olvidado el tope de 16.000 IOPS, que se alcanza con 5334 GiB.</translation>
    </message>
    <message>
        <source>What is the baseline IOPS of a gp2 volume of %1?</source>
        <extracomment>%1 a volume size with its unit</extracomment>
        <translation>¿Qué IOPS de referencia tiene un volumen gp2 de %1?</translation>
    </message>
    <message>
        <source>3,000 IOPS is the burst level of smaller gp2 volumes (and gp3&apos;s baseline), not the gp2 baseline.</source>
        <translation>3000 IOPS es el nivel de ráfaga de los volúmenes gp2 más pequeños (y el de referencia de gp3), no el de referencia de gp2.</translation>
    </message>
    <message>
        <source>16,000 IOPS is the gp2 maximum, which only volumes of 5,334 GiB and larger get.</source>
        <translation>16.000 IOPS es el máximo de gp2, que solo alcanzan los volúmenes de 5334 GiB o más.</translation>
    </message>
    <message>
        <source>100 IOPS is the minimum, which only volumes of 33 GiB and smaller get.</source>
        <translation>100 IOPS es el mínimo, que solo tienen los volúmenes de 33 GiB o menos.</translation>
    </message>
    <message>
        <source>A gp2 volume of %1 starts with a full I/O credit bucket (%2 million credits). For how many seconds can it sustain %3 IOPS before it falls back to its baseline?</source>
        <extracomment>%1 a volume size with its unit, %2 millions of I/O credits, %3 the IOPS demand</extracomment>
        <translation>Un volumen gp2 de %1 empieza con el depósito de créditos de E/S lleno (%2 millones de créditos). ¿Durante cuántos segundos puede mantener %3 IOPS antes de volver a su nivel de referencia?</translation>
    </message>
    <message>
        <source>Credits drain only by the IOPS above the baseline: divide by (demand - baseline), not by the demand.</source>
        <translation>Los créditos solo se gastan con las IOPS que superan el nivel de referencia: divide entre (demanda - referencia), no entre la demanda.</translation>
    </message>
    <message>
        <source>That is the time to refill an empty bucket at the baseline rate, not the burst duration.</source>
        <translation>Ese es el tiempo de recarga de un depósito vacío al ritmo de referencia, no la duración de la ráfaga.</translation>
    </message>
    <message>
        <source>The baseline is subtracted from the demand, not added.</source>
        <translation>El nivel de referencia se resta de la demanda, no se suma.</translation>
    </message>
    <message>
        <source>Can a gp2 volume of %1 burst above its baseline? What is the highest IOPS it delivers?</source>
        <extracomment>%1 a volume size with its unit</extracomment>
        <translation>¿Puede un volumen gp2 de %1 superar en ráfaga su nivel de referencia? ¿Cuántas IOPS ofrece como máximo?</translation>
    </message>
    <message>
        <source>Bursting does not add 3,000 IOPS to the baseline; 3,000 IOPS is the burst level in total.</source>
        <translation>La ráfaga no suma 3000 IOPS al nivel de referencia; 3000 IOPS es el nivel de ráfaga total.</translation>
    </message>
    <message>
        <source>Forgot the burst: gp2 volumes with a baseline below 3,000 IOPS burst to 3,000 IOPS while they have credits.</source>
        <translation>Se ha olvidado la ráfaga: los volúmenes gp2 con un nivel de referencia inferior a 3000 IOPS suben en ráfaga a 3000 IOPS mientras tienen créditos.</translation>
    </message>
    <message>
        <source>16,000 IOPS is the gp2 maximum, for volumes of 5,334 GiB and larger.</source>
        <translation>16.000 IOPS es el máximo de gp2, para volúmenes de 5334 GiB o más.</translation>
    </message>
    <message>
        <source>Volumes with a baseline of 3,000 IOPS or more do not burst; their baseline is the most they deliver.</source>
        <translation>Los volúmenes con un nivel de referencia de 3000 IOPS o más no usan ráfagas; su nivel de referencia es lo máximo que ofrecen.</translation>
    </message>
    <message>
        <source>A gp2 volume of %1 has used up all its I/O credits. If it then sits idle, how many seconds until its bucket is full again (%2 million credits)?</source>
        <extracomment>%1 a volume size with its unit, %2 millions of I/O credits</extracomment>
        <translation>Un volumen gp2 de %1 ha gastado todos sus créditos de E/S. Si después queda inactivo, ¿cuántos segundos tarda en volver a llenarse su depósito (%2 millones de créditos)?</translation>
    </message>
    <message>
        <source>That is the burst duration at 3,000 IOPS, not the refill time.</source>
        <translation>Esa es la duración de la ráfaga a 3000 IOPS, no el tiempo de recarga.</translation>
    </message>
    <message>
        <source>Credits are earned at the baseline rate, not at the burst rate.</source>
        <translation>Los créditos se ganan al ritmo del nivel de referencia, no al de ráfaga.</translation>
    </message>
    <message>
        <source>That is in minutes; the question asks for seconds.</source>
        <translation>Eso está en minutos; la pregunta pide segundos.</translation>
    </message>
</context>
<context>
    <name>IntervalText</name>
    <message>
        <source>&lt;1m</source>
        <extracomment>An interval of less than a minute, on an answer button</extracomment>
        <translation>&lt;1 min</translation>
    </message>
    <message>
        <source>%1m</source>
        <extracomment>An interval in whole minutes, abbreviated, on an answer button: &quot;6m&quot;</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1h</source>
        <extracomment>An interval in hours (one decimal at most), abbreviated, on an answer button: &quot;1.5h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1d</source>
        <extracomment>An interval in whole days, abbreviated, on an answer button: &quot;12d&quot;</extracomment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1mo</source>
        <extracomment>An interval in months (one decimal at most), abbreviated, on an answer button: &quot;3.2mo&quot;</extracomment>
        <translation>%1 mes</translation>
    </message>
    <message>
        <source>%1y</source>
        <extracomment>An interval in years (one decimal at most), abbreviated, on an answer button: &quot;1.5y&quot;</extracomment>
        <translation>%1 a</translation>
    </message>
</context>
<context>
    <name>KinesisShards</name>
    <message>
        <source>Kinesis Data Streams shards</source>
        <translation>Fragmentos de Kinesis Data Streams</translation>
    </message>
    <message>
        <source>Shards a provisioned stream needs for its writes, its records per second and its readers</source>
        <translation>Fragmentos que necesita un flujo aprovisionado para sus escrituras, sus registros por segundo y sus lectores</translation>
    </message>
    <message>
        <source>Average record size</source>
        <translation>Tamaño medio del registro</translation>
    </message>
    <message>
        <source>Average size of one record&apos;s data; the sizing guide rounds it up to the next 1 KiB</source>
        <translation>Tamaño medio de los datos de un registro; la guía de dimensionamiento lo redondea al alza al siguiente KiB entero</translation>
    </message>
    <message>
        <source>Records per second</source>
        <translation>Registros por segundo</translation>
    </message>
    <message>
        <source>Records the producers write each second</source>
        <translation>Registros que escriben los productores cada segundo</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumidores</translation>
    </message>
    <message>
        <source>Applications that each read every record of the stream</source>
        <translation>Aplicaciones que leen, cada una, todos los registros del flujo</translation>
    </message>
    <message>
        <source>Enhanced fan-out</source>
        <translation>Distribución ramificada mejorada</translation>
    </message>
    <message>
        <source>Each consumer gets its own read throughput per shard (SubscribeToShard)</source>
        <translation>Cada consumidor recibe su propio rendimiento de lectura por fragmento (SubscribeToShard)</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %2 with enhanced fan-out: a provisioned stream registers at most %2 enhanced fan-out consumers (got &apos;%1&apos;)</source>
        <extracomment>%1 the consumers given, %2 the registered-consumer quota of a provisioned stream</extracomment>
        <translation>debe ser un número entero de 1 a %2 con distribución ramificada mejorada: un flujo aprovisionado registra como máximo %2 consumidores de distribución ramificada mejorada (se ha indicado &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>Records average %1 KiB.</source>
        <extracomment>%1 a record size in KiB</extracomment>
        <translation>Los registros miden %1 KiB de media.</translation>
    </message>
    <message>
        <source>The sizing guide rounds the average record size up to the next 1 KiB: %1 KiB counts as %2 KiB.</source>
        <extracomment>%1 a record size, %2 the size rounded up to whole KiB</extracomment>
        <translation>La guía de dimensionamiento redondea al alza el tamaño medio del registro al siguiente KiB entero: %1 KiB cuentan como %2 KiB.</translation>
    </message>
    <message>
        <source>Records above %1 MiB need the stream&apos;s maximum record size raised (the default is %1 MiB; a stream can be set to up to %2 MiB). A shard still averages its write limit: large records only burst above it.</source>
        <extracomment>%1 the default maximum record size in MiB, %2 the largest a stream can be set to</extracomment>
        <translation>Los registros de más de %1 MiB requieren aumentar el tamaño máximo de registro del flujo (por defecto es %1 MiB; se puede configurar hasta %2 MiB). Aun así, un fragmento no supera de media su límite de escritura: los registros grandes solo lo superan en ráfagas.</translation>
    </message>
    <message>
        <source>Write bandwidth: %1 KiB x %2 records/s = %3 KiB/s.</source>
        <extracomment>%1 KiB per record, %2 records per second, %3 the product in KiB/s</extracomment>
        <translation>Ancho de banda de escritura: %1 KiB x %2 registros/s = %3 KiB/s.</translation>
    </message>
    <message numerus="yes">
        <source>By write bandwidth: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shard(s).</source>
        <extracomment>%1 write KiB/s, %2 KiB/s one shard takes (1 MiB/s), %3 the quotient, %n shards (rounded up)</extracomment>
        <translation>
            <numerusform>Por ancho de banda de escritura: %1 KiB/s / %2 KiB/s por fragmento = %3, redondeado al alza: %n fragmento.</numerusform>
            <numerusform>Por ancho de banda de escritura: %1 KiB/s / %2 KiB/s por fragmento = %3, redondeado al alza: %n fragmentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By records: %1 records/s / %2 records/s per shard = %3, rounded up: %n shard(s).</source>
        <extracomment>%1 records per second, %2 records per second one shard takes, %3 the quotient, %n shards</extracomment>
        <translation>
            <numerusform>Por registros: %1 registros/s / %2 registros/s por fragmento = %3, redondeado al alza: %n fragmento.</numerusform>
            <numerusform>Por registros: %1 registros/s / %2 registros/s por fragmento = %3, redondeado al alza: %n fragmentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With enhanced fan-out each of the %n consumer(s) gets its own %1 MiB/s per shard, more than a shard can take in, so reads add no shards (%2 KiB/s read in total).</source>
        <extracomment>%n consumers, %1 MiB/s each gets per shard, %2 the read bandwidth of all consumers in KiB/s</extracomment>
        <translation>
            <numerusform>Con distribución ramificada mejorada, el consumidor (%n) recibe sus propios %1 MiB/s por fragmento, más de lo que un fragmento puede ingerir, así que las lecturas no añaden fragmentos (%2 KiB/s leídos en total).</numerusform>
            <numerusform>Con distribución ramificada mejorada, cada uno de los %n consumidores recibe sus propios %1 MiB/s por fragmento, más de lo que un fragmento puede ingerir, así que las lecturas no añaden fragmentos (%2 KiB/s leídos en total).</numerusform>
        </translation>
    </message>
    <message>
        <source>A stream registers up to %1 enhanced fan-out consumers (%2 in On-demand Advantage mode).</source>
        <extracomment>%1 registered consumers per provisioned stream, %2 in On-demand Advantage mode</extracomment>
        <translation>Un flujo registra hasta %1 consumidores de distribución ramificada mejorada (%2 en el modo On-demand Advantage).</translation>
    </message>
    <message numerus="yes">
        <source>Read bandwidth: %1 KiB/s x %n consumer(s) = %2 KiB/s, all sharing each shard&apos;s read throughput.</source>
        <extracomment>%1 write KiB/s, %n consumers, %2 the read bandwidth in KiB/s</extracomment>
        <translation>
            <numerusform>Ancho de banda de lectura: %1 KiB/s x %n consumidor = %2 KiB/s, con el rendimiento de lectura compartido de cada fragmento.</numerusform>
            <numerusform>Ancho de banda de lectura: %1 KiB/s x %n consumidores = %2 KiB/s; todos comparten el rendimiento de lectura de cada fragmento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By reads: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shard(s).</source>
        <extracomment>%1 read KiB/s, %2 KiB/s one shard serves (2 MiB/s), %3 the quotient, %n shards</extracomment>
        <translation>
            <numerusform>Por lecturas: %1 KiB/s / %2 KiB/s por fragmento = %3, redondeado al alza: %n fragmento.</numerusform>
            <numerusform>Por lecturas: %1 KiB/s / %2 KiB/s por fragmento = %3, redondeado al alza: %n fragmentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n consumers also share %1 GetRecords calls per second per shard; with several consumers, enhanced fan-out avoids read throttling.</source>
        <extracomment>%n consumers, %1 GetRecords calls per second per shard</extracomment>
        <translation>
            <numerusform>El consumidor (%n) también comparte las %1 llamadas a GetRecords por segundo y fragmento; con varios consumidores, la distribución ramificada mejorada evita la limitación (throttling) de las lecturas.</numerusform>
            <numerusform>Los %n consumidores también comparten las %1 llamadas a GetRecords por segundo y fragmento; con varios consumidores, la distribución ramificada mejorada evita la limitación (throttling) de las lecturas.</numerusform>
        </translation>
    </message>
    <message>
        <source>write bandwidth</source>
        <translation>ancho de banda de escritura</translation>
    </message>
    <message>
        <source>records per second</source>
        <translation>registros por segundo</translation>
    </message>
    <message>
        <source>read bandwidth</source>
        <translation>ancho de banda de lectura</translation>
    </message>
    <message numerus="yes">
        <source>Shards: the largest count = %n shard(s); decided by %1.</source>
        <extracomment>%n shards, %1 the limit(s) that decide: &quot;read bandwidth&quot; or &quot;write bandwidth, records per second&quot;</extracomment>
        <translation>
            <numerusform>Fragmentos: el recuento mayor = %n fragmento; determinado por: %1.</numerusform>
            <numerusform>Fragmentos: el recuento mayor = %n fragmentos; determinado por: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Write bandwidth</source>
        <translation>Ancho de banda de escritura</translation>
    </message>
    <message>
        <source>Read bandwidth (all consumers)</source>
        <translation>Ancho de banda de lectura (todos los consumidores)</translation>
    </message>
    <message>
        <source>Shards for write bandwidth</source>
        <translation>Fragmentos para el ancho de banda de escritura</translation>
    </message>
    <message>
        <source>Shards for records per second</source>
        <translation>Fragmentos para los registros por segundo</translation>
    </message>
    <message>
        <source>Shards for shared reads</source>
        <translation>Fragmentos para las lecturas compartidas</translation>
    </message>
    <message numerus="yes">
        <source>Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data stream. %n consumer application(s) read every record using enhanced fan-out. How many shards does the stream need?</source>
        <extracomment>%1 records per second, %2 record size in KiB, %n consumer applications</extracomment>
        <translation>
            <numerusform>Los productores escriben %1 registros por segundo de %2 KiB cada uno en un flujo de datos de Kinesis aprovisionado. %n aplicación consumidora lee todos los registros con distribución ramificada mejorada. ¿Cuántos fragmentos necesita el flujo?</numerusform>
            <numerusform>Los productores escriben %1 registros por segundo de %2 KiB cada uno en un flujo de datos de Kinesis aprovisionado. %n aplicaciones consumidoras leen todos los registros con distribución ramificada mejorada. ¿Cuántos fragmentos necesita el flujo?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data stream. %n consumer application(s) read every record with GetRecords (shared throughput). How many shards does the stream need?</source>
        <translation>
            <numerusform>Los productores escriben %1 registros por segundo de %2 KiB cada uno en un flujo de datos de Kinesis aprovisionado. %n aplicación consumidora lee todos los registros con GetRecords (rendimiento compartido). ¿Cuántos fragmentos necesita el flujo?</numerusform>
            <numerusform>Los productores escriben %1 registros por segundo de %2 KiB cada uno en un flujo de datos de Kinesis aprovisionado. %n aplicaciones consumidoras leen todos los registros con GetRecords (rendimiento compartido). ¿Cuántos fragmentos necesita el flujo?</numerusform>
        </translation>
    </message>
    <message>
        <source>A shard takes 1 MiB/s = 1,024 KiB/s (and serves 2,048 KiB/s); 1,000 and 2,000 are decimal units.</source>
        <translation>Un fragmento admite 1 MiB/s = 1024 KiB/s de escritura (y sirve 2048 KiB/s de lectura); 1000 y 2000 son unidades decimales.</translation>
    </message>
    <message>
        <source>Shard limits are megabytes per second, not megabits: do not multiply by 8.</source>
        <translation>Los límites de un fragmento son megabytes por segundo, no megabits: no multipliques por 8.</translation>
    </message>
    <message>
        <source>A shard also takes at most 1,000 records per second, whatever their size.</source>
        <translation>Un fragmento también admite como máximo 1000 registros por segundo, sea cual sea su tamaño.</translation>
    </message>
    <message>
        <source>The sizing guide rounds the average record size up to the next 1 KiB.</source>
        <translation>La guía de dimensionamiento redondea al alza el tamaño medio del registro al siguiente KiB entero.</translation>
    </message>
    <message>
        <source>Enhanced fan-out consumers each get their own 2 MiB/s per shard; they do not share it.</source>
        <translation>Cada consumidor de distribución ramificada mejorada recibe sus propios 2 MiB/s por fragmento; no los comparte.</translation>
    </message>
    <message>
        <source>Without enhanced fan-out, all consumers share each shard&apos;s 2 MiB/s of reads.</source>
        <translation>Sin distribución ramificada mejorada, todos los consumidores comparten los 2 MiB/s de lectura de cada fragmento.</translation>
    </message>
    <message>
        <source>The needs are not added: the largest one decides.</source>
        <translation>Las necesidades no se suman: decide la mayor.</translation>
    </message>
    <message>
        <source>A shard serves 2 MiB/s of reads, twice its 1 MiB/s of writes.</source>
        <translation>Un fragmento sirve 2 MiB/s de lectura, el doble de su 1 MiB/s de escritura.</translation>
    </message>
</context>
<context>
    <name>LambdaConcurrency</name>
    <message>
        <source>Lambda concurrency</source>
        <translation>Simultaneidad de Lambda</translation>
    </message>
    <message>
        <source>Concurrent executions a load needs (requests per second x duration), against the account limit and the scaling rate</source>
        <translation>Ejecuciones simultáneas que necesita una carga (solicitudes por segundo x duración), frente al límite de la cuenta y al ritmo de escalado</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Solicitudes por segundo</translation>
    </message>
    <message>
        <source>Average invocations each second (divide a per-minute rate by 60)</source>
        <translation>Invocaciones medias por segundo (divide una tasa por minuto entre 60)</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Duración media</translation>
    </message>
    <message>
        <source>How long each invocation runs</source>
        <translation>Cuánto dura cada invocación</translation>
    </message>
    <message>
        <source>Account concurrency limit</source>
        <translation>Límite de simultaneidad de la cuenta</translation>
    </message>
    <message>
        <source>Concurrent executions for all functions in the Region; 1,000 unless raised</source>
        <translation>Ejecuciones simultáneas de todas las funciones de la Región; 1000 salvo que se haya aumentado</translation>
    </message>
    <message>
        <source>Little&apos;s law: the number of requests in progress at once = how many arrive per second x how long each one stays. Each request in progress holds its own execution environment, so concurrency = requests per second x duration in seconds.</source>
        <translation>Ley de Little: el número de solicitudes en curso a la vez = cuántas llegan por segundo x cuánto tiempo permanece cada una. Cada solicitud en curso ocupa su propio entorno de ejecución, así que simultaneidad = solicitudes por segundo x duración en segundos.</translation>
    </message>
    <message>
        <source>%1 ms = %2 s; %3 requests/s x %2 s = %4 concurrent executions.</source>
        <extracomment>%1 duration in ms, %2 in seconds, %3 requests per second, %4 concurrency</extracomment>
        <translation>%1 ms = %2 s; %3 solicitudes/s x %2 s = %4 ejecuciones simultáneas.</translation>
    </message>
    <message>
        <source>Account limit: %1 concurrent executions, shared by every function in the Region (the default is %2, raised on request).</source>
        <extracomment>%1 the account limit, %2 the default limit</extracomment>
        <translation>Límite de la cuenta: %1 ejecuciones simultáneas, compartidas por todas las funciones de la Región (por defecto, %2; se puede aumentar previa solicitud).</translation>
    </message>
    <message>
        <source>%1 of %2 fits, with %3 to spare.</source>
        <extracomment>%1 concurrency, %2 limit, %3 headroom</extracomment>
        <translation>%1 cabe en %2, con %3 de margen.</translation>
    </message>
    <message>
        <source>%1 does not fit in %2: at the limit, %2 / %4 s = %3 requests/s are served; the other %5 - %3 = %6 requests/s are throttled (429 TooManyRequestsException).</source>
        <extracomment>%1 concurrency, %2 limit, %3 requests per second served at the limit, %4 duration in s, %5 requests per second, %6 throttled requests per second</extracomment>
        <translation>%1 no cabe en %2: en el límite se atienden %2 / %4 s = %3 solicitudes/s; las otras %5 - %3 = %6 solicitudes/s se rechazan por limitación (429 TooManyRequestsException).</translation>
    </message>
    <message>
        <source>Scaling from zero at %2 new execution environments per %3 s (per function): %1 / %2 x %3 s = %4 s.</source>
        <extracomment>%1 the concurrency to reach, %2 environments per period, %3 the period in seconds, %4 seconds</extracomment>
        <translation>Escalado desde cero a %2 entornos de ejecución nuevos cada %3 s (por función): %1 / %2 x %3 s = %4 s.</translation>
    </message>
    <message>
        <source>Scaling from zero at %2 new execution environments per %3 s (per function), it reaches the limit in %1 / %2 x %3 s = %4 s.</source>
        <translation>Escalado desde cero a %2 entornos de ejecución nuevos cada %3 s (por función): alcanza el límite en %1 / %2 x %3 s = %4 s.</translation>
    </message>
    <message>
        <source>Concurrent executions needed</source>
        <translation>Ejecuciones simultáneas necesarias</translation>
    </message>
    <message>
        <source>Headroom (limit - needed)</source>
        <translation>Margen (límite - necesarias)</translation>
    </message>
    <message>
        <source>Fits in the limit (1 yes, 0 no)</source>
        <translation>Cabe en el límite (1 sí, 0 no)</translation>
    </message>
    <message>
        <source>Time to scale from zero</source>
        <translation>Tiempo de escalado desde cero</translation>
    </message>
    <message>
        <source>Throttled requests per second</source>
        <translation>Solicitudes por segundo rechazadas por limitación</translation>
    </message>
    <message>
        <source>A Lambda function receives %1 requests per second, and each invocation runs for %2 ms on average. How many concurrent executions does it need?</source>
        <extracomment>%1 requests per second, %2 a duration in ms</extracomment>
        <translation>Una función de Lambda recibe %1 solicitudes por segundo y cada invocación dura %2 ms de media. ¿Cuántas ejecuciones simultáneas necesita?</translation>
    </message>
    <message>
        <source>The duration must be in seconds before multiplying.</source>
        <translation>La duración debe estar en segundos antes de multiplicar.</translation>
    </message>
    <message>
        <source>Concurrency is the rate multiplied by the duration, not divided by it.</source>
        <translation>La simultaneidad es la tasa multiplicada por la duración, no dividida entre ella.</translation>
    </message>
    <message>
        <source>Requests per second are not concurrency: each request holds an execution environment for its whole duration.</source>
        <translation>Las solicitudes por segundo no son simultaneidad: cada solicitud ocupa un entorno de ejecución durante toda su duración.</translation>
    </message>
    <message>
        <source>The rate is already per second; do not multiply by 60.</source>
        <translation>La tasa ya es por segundo; no multipliques por 60.</translation>
    </message>
    <message>
        <source>A Lambda function receives %1 requests per second, and each invocation runs for %2 ms. The account&apos;s concurrency limit in the Region is %3 and no other function runs. How many requests per second are throttled?</source>
        <extracomment>%1 requests per second, %2 a duration in ms, %3 the account&apos;s concurrency limit</extracomment>
        <translation>Una función de Lambda recibe %1 solicitudes por segundo y cada invocación dura %2 ms. El límite de simultaneidad de la cuenta en la Región es %3 y no se ejecuta ninguna otra función. ¿Cuántas solicitudes por segundo se rechazan por limitación (throttling)?</translation>
    </message>
    <message>
        <source>The account&apos;s concurrency limit caps the function; the load needs more than it.</source>
        <translation>El límite de simultaneidad de la cuenta pone un tope a la función; la carga necesita más de lo que permite.</translation>
    </message>
    <message>
        <source>The excess is in concurrent executions; divide it by the duration to get requests per second.</source>
        <translation>El exceso está en ejecuciones simultáneas; divídelo entre la duración para obtener solicitudes por segundo.</translation>
    </message>
    <message>
        <source>The limit counts concurrent executions, not requests per second.</source>
        <translation>El límite cuenta ejecuciones simultáneas, no solicitudes por segundo.</translation>
    </message>
    <message>
        <source>The duration must be in seconds.</source>
        <translation>La duración debe estar en segundos.</translation>
    </message>
</context>
<context>
    <name>LambdaCost</name>
    <message>
        <source>Lambda monthly cost</source>
        <translation>Coste mensual de Lambda</translation>
    </message>
    <message>
        <source>One function&apos;s month on demand: requests, duration in GB-seconds, ephemeral storage, with the free tier and the price tiers</source>
        <translation>Un mes de una función bajo demanda: solicitudes, duración en GB-segundos y almacenamiento efímero, con la capa gratuita y los niveles de precios</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Solicitudes al mes</translation>
    </message>
    <message>
        <source>Invocations in one month</source>
        <translation>Invocaciones en un mes</translation>
    </message>
    <message>
        <source>Duration of each invocation</source>
        <translation>Duración de cada invocación</translation>
    </message>
    <message>
        <source>Average run time; each invocation is billed rounded up to the next 1 ms</source>
        <translation>Tiempo medio de ejecución; cada invocación se factura redondeada al alza al siguiente ms entero</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>The function&apos;s memory setting, in 1 MB steps</source>
        <translation>La configuración de memoria de la función, en incrementos de 1 MB</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
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
        <translation>Almacenamiento efímero (/tmp)</translation>
    </message>
    <message>
        <source>Storage configured for /tmp; only the part above the free 512 MB is billed</source>
        <translation>Almacenamiento configurado para /tmp; solo se factura la parte que supera los 512 MB gratuitos</translation>
    </message>
    <message>
        <source>Without the free tier</source>
        <translation>Sin la capa gratuita</translation>
    </message>
    <message>
        <source>The free tier is the account&apos;s, shared by all its functions; switch it off when other functions already use it</source>
        <translation>La capa gratuita es de la cuenta y la comparten todas sus funciones; desactívala si otras funciones ya la usan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a Region code (us-east-1), %2 the month the price was read (YYYY-MM)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Each invocation is billed for its duration, %1 ms (billed per %2 ms, rounded up).</source>
        <extracomment>%1 a duration in ms, %2 the billing step in ms</extracomment>
        <translation>Cada invocación se factura por su duración, %1 ms (en incrementos de %2 ms, redondeando hacia arriba).</translation>
    </message>
    <message>
        <source>Each invocation&apos;s %1 ms is billed as %2 ms (rounded up to the next %3 ms).</source>
        <extracomment>%1 a duration in ms, %2 the duration rounded up, %3 the billing step in ms</extracomment>
        <translation>Los %1 ms de cada invocación se facturan como %2 ms (redondeados hacia arriba al siguiente múltiplo de %3 ms).</translation>
    </message>
    <message numerus="yes">
        <source>Compute time: %1 request(s) x %2 s = %3 s.</source>
        <extracomment>%1 requests, %2 billed seconds per request, %3 total seconds</extracomment>
        <translation>
            <numerusform>Tiempo de cómputo: %1 solicitud x %2 s = %3 s.</numerusform>
            <numerusform>Tiempo de cómputo: %1 solicitudes x %2 s = %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory %1 MB / %2 = %3 GB; %4 s x %3 GB = %5 GB-s.</source>
        <extracomment>%1 memory in MB, %2 MB per GB (1,024), %3 memory in GB, %4 seconds, %5 GB-seconds</extracomment>
        <translation>Memoria %1 MB / %2 = %3 GB; %4 s x %3 GB = %5 GB-s.</translation>
    </message>
    <message>
        <source>Free tier: %1 GB-s - %2 free GB-s = %3 billable GB-s (the free tier is the account&apos;s, shared by all its functions).</source>
        <extracomment>%1 GB-seconds used, %2 the free tier&apos;s GB-seconds, %3 billable GB-seconds</extracomment>
        <translation>Capa gratuita: %1 GB-s - %2 GB-s gratuitos = %3 GB-s facturables (la capa gratuita es de la cuenta y la comparten todas sus funciones).</translation>
    </message>
    <message>
        <source>No free tier: all %1 GB-s are billable.</source>
        <translation>Sin capa gratuita: los %1 GB-s son todos facturables.</translation>
    </message>
    <message>
        <source>arm64</source>
        <translation>arm64</translation>
    </message>
    <message>
        <source>Duration: %1 GB-s x %2 (%4 price per GB-s, %5) = %3.</source>
        <extracomment>%1 billable GB-s, %2 the price per GB-s, %3 the charge, %4 x86_64 or arm64, %5 region and date</extracomment>
        <translation>Duración: %1 GB-s x %2 (precio por GB-s de %4, %5) = %3.</translation>
    </message>
    <message>
        <source>The month&apos;s %2 GB-s pass the first %1 price tier (%3 GB-s); the tiers count every GB-second of the month and the free tier comes off the first.</source>
        <extracomment>%1 x86_64 or arm64, %2 GB-s in the month, %3 the first tier&apos;s size in GB-s</extracomment>
        <translation>Los %2 GB-s del mes superan el primer tramo de precios de %1 (%3 GB-s); los tramos cuentan todos los GB-segundos del mes y la capa gratuita se descuenta del primero.</translation>
    </message>
    <message>
        <source>First tier</source>
        <translation>Primer tramo</translation>
    </message>
    <message>
        <source>Second tier</source>
        <translation>Segundo tramo</translation>
    </message>
    <message>
        <source>Third tier</source>
        <translation>Tercer tramo</translation>
    </message>
    <message>
        <source>%1: %2 GB-s x %3 (%5) = %4.</source>
        <extracomment>%1 &quot;First tier&quot; and so on, %2 billable GB-s, %3 price per GB-s, %4 charge, %5 region and date</extracomment>
        <translation>%1: %2 GB-s x %3 (%5) = %4.</translation>
    </message>
    <message>
        <source>Duration charge: %1.</source>
        <translation>Cargo por duración: %1.</translation>
    </message>
    <message>
        <source>Requests: %1 - %2 free = %3 billable x %4 per million (%6) = %5.</source>
        <extracomment>%1 requests, %2 free requests, %3 billable requests, %4 price per million, %5 charge, %6 region and date</extracomment>
        <translation>Solicitudes: %1 - %2 gratuitas = %3 facturables x %4 por millón (%6) = %5.</translation>
    </message>
    <message>
        <source>Requests: %1 x %2 per million (%4) = %3.</source>
        <extracomment>%1 requests, %2 price per million, %3 charge, %4 region and date</extracomment>
        <translation>Solicitudes: %1 x %2 por millón (%4) = %3.</translation>
    </message>
    <message>
        <source>Ephemeral storage: %1 MB - %2 MB free = %3 MB = %4 GB; %5 s x %4 GB = %6 GB-s x %7 (%9) = %8.</source>
        <extracomment>%1 ephemeral storage in MB, %2 free MB, %3 billed MB, %4 billed GB, %5 seconds, %6 GB-s, %7 price per GB-s, %8 charge, %9 region and date</extracomment>
        <translation>Almacenamiento efímero: %1 MB - %2 MB gratuitos = %3 MB = %4 GB; %5 s x %4 GB = %6 GB-s x %7 (%9) = %8.</translation>
    </message>
    <message>
        <source>Ephemeral storage: the first %1 MB cost nothing.</source>
        <extracomment>%1 the free ephemeral storage in MB</extracomment>
        <translation>Almacenamiento efímero: los primeros %1 MB no cuestan nada.</translation>
    </message>
    <message>
        <source>Total: %1 + %2 + %3 = %4 per month.</source>
        <extracomment>%1 duration, %2 requests, %3 ephemeral storage, %4 total (all in dollars)</extracomment>
        <translation>Total: %1 + %2 + %3 = %4 al mes.</translation>
    </message>
    <message>
        <source>Billed duration per invocation</source>
        <translation>Duración facturada por invocación</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>Billable compute</source>
        <translation>Cómputo facturable</translation>
    </message>
    <message>
        <source>Duration charge</source>
        <translation>Cargo por duración</translation>
    </message>
    <message>
        <source>Billable requests</source>
        <translation>Solicitudes facturables</translation>
    </message>
    <message>
        <source>Request charge</source>
        <translation>Cargo por solicitudes</translation>
    </message>
    <message>
        <source>Billable ephemeral storage</source>
        <translation>Almacenamiento efímero facturable</translation>
    </message>
    <message>
        <source>Ephemeral storage charge</source>
        <translation>Cargo por almacenamiento efímero</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>Total al mes</translation>
    </message>
    <message>
        <source>A Lambda function (%1, %2 MB of memory) is invoked %3 times a month and runs %4 ms each time.</source>
        <extracomment>%1 an architecture, %2 memory in MB, %3 requests per month, %4 a duration in ms</extracomment>
        <translation>Una función de Lambda (%1, %2 MB de memoria) se invoca %3 veces al mes y se ejecuta durante %4 ms cada vez.</translation>
    </message>
    <message>
        <source>It is configured with %1 MB of ephemeral storage.</source>
        <extracomment>%1 ephemeral storage in MB</extracomment>
        <translation>Tiene configurados %1 MB de almacenamiento efímero.</translation>
    </message>
    <message>
        <source>What does it cost per month in us-east-1, after the monthly free tier?</source>
        <translation>¿Cuánto cuesta al mes en us-east-1, después de aplicar la capa gratuita mensual?</translation>
    </message>
    <message>
        <source>The account&apos;s free tier is already used by other functions. What does it cost per month in us-east-1?</source>
        <translation>La capa gratuita de la cuenta ya la usan otras funciones. ¿Cuánto cuesta al mes en us-east-1?</translation>
    </message>
    <message>
        <source>The free tier&apos;s 1 million requests and 400,000 GB-s come off first.</source>
        <translation>Primero se descuentan el millón de solicitudes y los 400&#xa0;000 GB-s de la capa gratuita.</translation>
    </message>
    <message>
        <source>The free tier is already used up, so nothing comes off.</source>
        <translation>La capa gratuita ya está agotada, así que no se descuenta nada.</translation>
    </message>
    <message>
        <source>Requests are charged on top of duration, per million beyond the free tier.</source>
        <translation>Las solicitudes se cobran además de la duración, por cada millón que supere la capa gratuita.</translation>
    </message>
    <message>
        <source>Duration has been billed per 1 ms since December 2020, not rounded up to 100 ms.</source>
        <translation>Desde diciembre de 2020 la duración se factura en incrementos de 1 ms, sin redondear a 100 ms.</translation>
    </message>
    <message>
        <source>arm64 (Graviton) duration is priced lower than x86_64; that is the x86_64 price.</source>
        <translation>La duración en arm64 (Graviton) tiene un precio más bajo que en x86_64; ese es el precio de x86_64.</translation>
    </message>
    <message>
        <source>That is the arm64 (Graviton) price; x86_64 duration costs more per GB-s.</source>
        <translation>Ese es el precio de arm64 (Graviton); la duración en x86_64 cuesta más por GB-s.</translation>
    </message>
    <message>
        <source>Duration is priced per GB-second: divide the memory in MB by 1,024 first.</source>
        <translation>La duración se cobra por GB-segundo: primero divide la memoria en MB entre 1024.</translation>
    </message>
</context>
<context>
    <name>LookupDetails</name>
    <message>
        <source>The content has no item &apos;%1&apos;.</source>
        <extracomment>%1 is an item id such as sqs.visibility-timeout-default</extracomment>
        <translation>El contenido no tiene ningún elemento &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>LookupIndex</name>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Label of a search result that is a section of the learner&apos;s notes</extracomment>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>OwnCardStore</name>
    <message>
        <source>Your cards cannot be read: %1</source>
        <translation>No se pueden leer tus tarjetas: %1</translation>
    </message>
    <message>
        <source>Your card could not be saved: %1</source>
        <translation>No se pudo guardar tu tarjeta: %1</translation>
    </message>
    <message>
        <source>Your cards could not be saved: %1</source>
        <translation>No se pudieron guardar tus tarjetas: %1</translation>
    </message>
    <message>
        <source>Your card could not be deleted: %1</source>
        <translation>No se pudo eliminar tu tarjeta: %1</translation>
    </message>
</context>
<context>
    <name>OwnCards</name>
    <message>
        <source>Write the question or cue on the front.</source>
        <translation>Escribe la pregunta o la pista en el anverso.</translation>
    </message>
    <message>
        <source>The front is %1 characters long; keep it to %2.</source>
        <translation>El anverso tiene %1 caracteres; déjalo en %2 como mucho.</translation>
    </message>
    <message>
        <source>Write the answer on the back.</source>
        <translation>Escribe la respuesta en el reverso.</translation>
    </message>
    <message>
        <source>The back is %1 characters long; keep it to %2.</source>
        <translation>El reverso tiene %1 caracteres; déjalo en %2 como mucho.</translation>
    </message>
    <message>
        <source>Choose the topic the card belongs to.</source>
        <translation>Elige el tema al que pertenece la tarjeta.</translation>
    </message>
</context>
<context>
    <name>OwnNotes</name>
    <message>
        <source>%1 was not imported: %2</source>
        <extracomment>%1 is a file name; %2 says why it is refused</extracomment>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, more than any notes file</source>
        <translation>ocupa más de %1 MiB, más que cualquier archivo de notas</translation>
    </message>
    <message>
        <source>it is not text (it starts like UTF-16 but is not)</source>
        <translation>no es texto (empieza como UTF-16 pero no lo es)</translation>
    </message>
    <message>
        <source>it is not a text file (it holds binary data)</source>
        <translation>no es un archivo de texto (contiene datos binarios)</translation>
    </message>
    <message>
        <source>it is not a UTF-8 text file</source>
        <translation>no es un archivo de texto UTF-8</translation>
    </message>
    <message>
        <source>it holds no text</source>
        <translation>no contiene texto</translation>
    </message>
    <message>
        <source>%1 was not imported: it %2</source>
        <extracomment>%1 is a file, %2 says what it is instead (&quot;is a folder, not a regular file&quot;)</extracomment>
        <translation>%1 no se importó: %2</translation>
    </message>
</context>
<context>
    <name>OwnNotesStore</name>
    <message>
        <source>Your notes cannot be read: %1</source>
        <translation>No se pueden leer tus notas: %1</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <extracomment>%1 is a file name, %2 the database&apos;s error</extracomment>
        <translation>no se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>no se pudo quitar %1: %2</translation>
    </message>
</context>
<context>
    <name>PersonalContent</name>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>%1 (escape)</source>
        <translation>%1 (escape)</translation>
    </message>
    <message>
        <source>%1 (NUL)</source>
        <translation>%1 (NUL)</translation>
    </message>
    <message>
        <source>%1 (carriage return)</source>
        <translation>%1 (retorno de carro)</translation>
    </message>
    <message>
        <source>%1 (a bidirectional text control)</source>
        <translation>%1 (un carácter de control de texto bidireccional)</translation>
    </message>
    <message>
        <source>%1 (a control character)</source>
        <translation>%1 (un carácter de control)</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1 at column %2); save the file as UTF-8</source>
        <translation>no es UTF-8 válido (byte 0x%1 en la columna %2); guarda el archivo como UTF-8</translation>
    </message>
    <message>
        <source>%1 at column %2: text files hold no control characters</source>
        <translation>%1 en la columna %2: los archivos de texto no pueden contener caracteres de control</translation>
    </message>
    <message>
        <source>holds a line break; write it on one line</source>
        <translation>contiene un salto de línea; escríbelo en una sola línea</translation>
    </message>
    <message>
        <source>holds %1; write plain text</source>
        <translation>contiene %1; escribe texto sin formato</translation>
    </message>
</context>
<context>
    <name>ProgressBackups</name>
    <message>
        <source>its schema version is %1</source>
        <translation>su versión del esquema es %1</translation>
    </message>
    <message>
        <source>Certdeck keeps your backups in the folder %1, but %2 is at that path. Rename or move it, then try again.</source>
        <extracomment>%2 is what stands at the path, e.g. &quot;a folder&quot; or &quot;a named pipe (FIFO)&quot;</extracomment>
        <translation>Certdeck guarda tus copias de seguridad en la carpeta %1, pero en esa ruta hay %2. Cambia su nombre o su ubicación y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1: the disk is full. Free some space, then try again.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1: el disco está lleno. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that %2 exists and is writable, then try again.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1. Comprueba que %2 existe y que se puede escribir en ella, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck progress database, so Certdeck did not back it up.</source>
        <translation>%1 no es una base de datos de progreso de Certdeck, así que Certdeck no ha hecho ninguna copia de seguridad de ella.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Certdeck (schema %2; this version reads schema %3 or older), so this version did not back it up.</source>
        <translation>%1 la creó una versión más reciente de Certdeck (esquema %2; esta versión lee hasta el esquema %3), así que esta versión no ha hecho ninguna copia de seguridad de ella.</translation>
    </message>
    <message>
        <source>Your progress database %1 is damaged (%2), so Certdeck did not back it up: a damaged copy would push your good backups out. Restore one of your backups instead.</source>
        <translation>Tu base de datos de progreso %1 está dañada (%2), así que Certdeck no ha hecho ninguna copia de seguridad de ella: una copia dañada desplazaría a tus copias de seguridad en buen estado. En su lugar, restaura una de tus copias de seguridad.</translation>
    </message>
    <message>
        <source>Another program holds a lock on your progress database %1, so Certdeck could not back it up. Try again in a moment.</source>
        <translation>Otro programa tiene bloqueada tu base de datos de progreso %1, así que Certdeck no ha podido hacer una copia de seguridad de ella. Vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>Certdeck could not read your progress database %1 to back it up: %2</source>
        <translation>Certdeck no ha podido leer tu base de datos de progreso %1 para hacer una copia de seguridad: %2</translation>
    </message>
    <message>
        <source>The backup folder %1 is read-only, so Certdeck cannot back up your progress there. Make the folder writable, then try again.</source>
        <translation>La carpeta de copias de seguridad %1 es de solo lectura, así que Certdeck no puede guardar allí una copia de seguridad de tu progreso. Da permiso de escritura en la carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk that holds the backup folder %1 is full, so Certdeck could not back up your progress. Free some space, then try again.</source>
        <translation>El disco que contiene la carpeta de copias de seguridad %1 está lleno, así que Certdeck no ha podido hacer una copia de seguridad de tu progreso. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Certdeck could not write a backup of your progress in %1: %2</source>
        <translation>Certdeck no ha podido escribir una copia de seguridad de tu progreso en %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La copia de seguridad %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck progress database, so it cannot be restored.</source>
        <translation>%1 no es una base de datos de progreso de Certdeck, así que no se puede restaurar.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Certdeck (schema %2); this version reads schema %3 or older.</source>
        <translation>La copia de seguridad %1 la creó una versión más reciente de Certdeck (esquema %2); esta versión lee hasta el esquema %3.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>La copia de seguridad %1 está dañada: %2</translation>
    </message>
    <message>
        <source>Certdeck cannot read the backup %1: %2</source>
        <translation>Certdeck no puede leer la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>There is no progress database at %1 to back up.</source>
        <translation>No hay ninguna base de datos de progreso en %1 de la que hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>Certdeck cannot back up your progress database %1: it %2</source>
        <translation>Certdeck no puede hacer una copia de seguridad de tu base de datos de progreso %1: %2</translation>
    </message>
    <message>
        <source>Certdeck could not delete the old backup %1: %2</source>
        <translation>Certdeck no ha podido eliminar la copia de seguridad antigua %1: %2</translation>
    </message>
    <message>
        <source>%1 is your progress database itself, not a backup of it.</source>
        <translation>%1 es tu propia base de datos de progreso, no una copia de seguridad de ella.</translation>
    </message>
    <message>
        <source>Certdeck cannot restore %1: it %2</source>
        <translation>Certdeck no puede restaurar %1: %2</translation>
    </message>
    <message>
        <source>Certdeck did not restore the backup: it could not first keep a copy of your current progress database %1 in %2: %3</source>
        <translation>Certdeck no ha restaurado la copia de seguridad: antes no ha podido guardar una copia de tu base de datos de progreso actual %1 en %2: %3</translation>
    </message>
    <message>
        <source>Certdeck did not restore the backup: it could not first back up your current progress database. %1</source>
        <translation>Certdeck no ha restaurado la copia de seguridad: antes no ha podido hacer una copia de seguridad de tu base de datos de progreso actual. %1</translation>
    </message>
    <message>
        <source>Certdeck keeps your progress in the file %1, but it %2. Rename or move it, then try again.</source>
        <translation>Certdeck guarda tu progreso en el archivo %1, pero %2. Cambia su nombre o su ubicación y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Certdeck could not restore %1 into %2: %3. Your progress database was left as it was.</source>
        <translation>Certdeck no ha podido restaurar %1 en %2: %3. Tu base de datos de progreso no se ha modificado.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>no se puede crear su carpeta</translation>
    </message>
    <message>
        <source>Certdeck cannot check your progress database %1: it %2</source>
        <translation>Certdeck no puede comprobar tu base de datos de progreso %1: %2</translation>
    </message>
    <message>
        <source>Certdeck cannot check your progress database %1: %2</source>
        <translation>Certdeck no puede comprobar tu base de datos de progreso %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck progress database.</source>
        <translation>%1 no es una base de datos de progreso de Certdeck.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Certdeck (schema %2); this version checks schema %3 or older.</source>
        <translation>%1 la creó una versión más reciente de Certdeck (esquema %2); esta versión comprueba hasta el esquema %3.</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>una fila de %1 hace referencia a una fila de %2 que no existe</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>la fila %1 de %2 hace referencia a una fila de %3 que no existe</translation>
    </message>
</context>
<context>
    <name>ProgressDatabase</name>
    <message>
        <source>Your progress database %1 was written by a newer Certdeck (schema %2; this version reads up to %3). It was left untouched; update Certdeck to use it.</source>
        <translation>Tu base de datos de progreso %1 la creó una versión más reciente de Certdeck (esquema %2; esta versión lee hasta el esquema %3). No se ha modificado; actualiza Certdeck para usarla.</translation>
    </message>
    <message>
        <source>Cannot set up your progress database %1: %2</source>
        <translation>No se puede preparar tu base de datos de progreso %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck progress database (it is not an SQLite database at all). It was left untouched; rename or move it to start a new one.</source>
        <translation>%1 no es una base de datos de progreso de Certdeck (ni siquiera es una base de datos SQLite). No se ha modificado; cámbiale el nombre o muévela para empezar una nueva.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Certdeck progress database. It was left untouched; rename or move it to start a new one.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no una base de datos de progreso de Certdeck. No se ha modificado; cámbiale el nombre o muévela para empezar una nueva.</translation>
    </message>
    <message>
        <source>The folder %1, where Certdeck keeps your progress, is read-only, so Certdeck cannot create or update its database there. Make the folder writable, or set CERTDECK_DATA_DIR to a writable folder, then try again.</source>
        <translation>La carpeta %1, donde Certdeck guarda tu progreso, es de solo lectura, así que Certdeck no puede crear ni actualizar allí su base de datos. Da permiso de escritura en la carpeta o define CERTDECK_DATA_DIR con una carpeta en la que se pueda escribir, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your progress database %1 is on a read-only file system, so nothing you study could be saved. Remount it read-write, or set CERTDECK_DATA_DIR to a folder on a writable disk, then try again.</source>
        <translation>Tu base de datos de progreso %1 está en un sistema de archivos de solo lectura, así que no se podría guardar nada de lo que estudies. Vuelve a montarlo en modo de lectura y escritura o define CERTDECK_DATA_DIR con una carpeta de un disco en el que se pueda escribir, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your progress database %1 is read-only, so nothing you study could be saved. Give yourself permission to write it (for example: chmod u+w %1), then try again.</source>
        <translation>Tu base de datos de progreso %1 es de solo lectura, así que no se podría guardar nada de lo que estudies. Date permiso de escritura sobre ella (por ejemplo: chmod u+w %1) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Another program holds a lock on your progress database %1 (a Certdeck that is busy, or a database tool with a change in progress), so Certdeck could not save to it. Close that program or finish its change, then try again.</source>
        <translation>Otro programa tiene bloqueada tu base de datos de progreso %1 (otro Certdeck ocupado o una herramienta de bases de datos con un cambio en curso), así que Certdeck no ha podido guardar en ella. Cierra ese programa o termina su cambio, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk that holds your progress database %1 is full, so Certdeck could not save to it. Free some space on that disk, then try again.</source>
        <translation>El disco que contiene tu base de datos de progreso %1 está lleno, así que Certdeck no ha podido guardar en ella. Libera espacio en ese disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your progress database %1 is damaged (%2). Certdeck left it untouched. To start afresh, rename or move it; the sqlite3 tool&apos;s .recover command may rescue what is still readable.</source>
        <translation>Tu base de datos de progreso %1 está dañada (%2). Certdeck no la ha modificado. Para empezar de cero, cámbiale el nombre o muévela; el comando .recover de la herramienta sqlite3 puede rescatar lo que aún se pueda leer.</translation>
    </message>
    <message>
        <source>its schema version is %1, which no Certdeck writes</source>
        <translation>su versión del esquema es %1, que no escribe ninguna versión de Certdeck</translation>
    </message>
    <message>
        <source>Certdeck may not look at your progress database %1 (%2). Give your user permission to read and write it, then try again.</source>
        <translation>Certdeck no tiene permiso para acceder a tu base de datos de progreso %1 (%2). Da a tu usuario permiso de lectura y escritura sobre ella y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Certdeck keeps your progress in the file %1, but %2 is at that path. Rename or move it, then try again.</source>
        <extracomment>%2 is what stands at the path, e.g. &quot;a folder&quot; or &quot;a named pipe (FIFO)&quot;</extracomment>
        <translation>Certdeck guarda tu progreso en el archivo %1, pero en esa ruta hay %2. Cambia su nombre o su ubicación y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Certdeck cannot read your progress database %1: it %2. Give your user permission to read and write it, then try again.</source>
        <translation>Certdeck no puede leer tu base de datos de progreso %1: %2. Da a tu usuario permiso de lectura y escritura sobre ella y vuelve a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>it is cut short: %n byte(s)</source>
        <translation>
            <numerusform>está truncada: %n byte</numerusform>
            <numerusform>está truncada: %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for your progress database. Check that its parent folder exists and is writable, or set CERTDECK_DATA_DIR to another folder.</source>
        <translation>No se puede crear la carpeta %1 para tu base de datos de progreso. Comprueba que su carpeta superior existe y que se puede escribir en ella, o define CERTDECK_DATA_DIR con otra carpeta.</translation>
    </message>
    <message>
        <source>Cannot set up your progress database %1: its journal cannot be switched to write-ahead logging (it stays &apos;%2&apos;).</source>
        <translation>No se puede preparar tu base de datos de progreso %1: su diario no se puede cambiar al registro de escritura anticipada (WAL); sigue en modo &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Your progress database %1 is already open in another Certdeck (or another program). This one does not write beside it: close the other, then try again.</source>
        <translation>Tu base de datos de progreso %1 ya está abierta en otro Certdeck (u otro programa). Este no escribe a la vez: cierra el otro y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 was written by an older Certdeck (schema %2): open Certdeck once to upgrade it, then run this again.</source>
        <translation>%1 la creó una versión anterior de Certdeck (esquema %2): abre Certdeck una vez para actualizarla y vuelve a ejecutar este comando.</translation>
    </message>
</context>
<context>
    <name>ProgressTransfer</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>not a Certdeck progress export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>no es una exportación de progreso de Certdeck (falta &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>written in format version %1; this Certdeck reads version %2</source>
        <translation>escrito en la versión de formato %1; este Certdeck lee la versión %2</translation>
    </message>
    <message>
        <source>review %1</source>
        <extracomment>%1 is the review&apos;s position in the file, from 1</extracomment>
        <translation>repaso %1</translation>
    </message>
    <message>
        <source>%1: &quot;card&quot; must name a card</source>
        <translation>%1: &quot;card&quot; debe nombrar una tarjeta</translation>
    </message>
    <message>
        <source>%1: &quot;at&quot; must be an ISO-8601 time</source>
        <translation>%1: &quot;at&quot; debe ser una hora ISO-8601</translation>
    </message>
    <message>
        <source>%1: &quot;rating&quot; must be 1 to 4</source>
        <translation>%1: &quot;rating&quot; debe ser de 1 a 4</translation>
    </message>
    <message>
        <source>card %1: &quot;card&quot; must name a card</source>
        <extracomment>%1 is the card entry&apos;s position in the file, from 1</extracomment>
        <translation>tarjeta %1: &quot;card&quot; debe nombrar una tarjeta</translation>
    </message>
    <message>
        <source>notes %1</source>
        <extracomment>%1 is the notes entry&apos;s position in the file, from 1</extracomment>
        <translation>notas %1</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; must be a file name</source>
        <translation>%1: &quot;name&quot; debe ser un nombre de archivo</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must hold the notes</source>
        <translation>%1: &quot;text&quot; debe contener las notas</translation>
    </message>
    <message>
        <source>%1: &quot;imported_at&quot; must be an ISO-8601 time</source>
        <translation>%1: &quot;imported_at&quot; debe ser una hora ISO 8601</translation>
    </message>
    <message>
        <source>own card %1</source>
        <extracomment>%1 is the own card&apos;s position in the file, from 1</extracomment>
        <translation>tarjeta propia %1</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; must be an own card&apos;s id (own.…)</source>
        <translation>%1: &quot;id&quot; debe ser el identificador de una tarjeta propia (own.…)</translation>
    </message>
    <message>
        <source>%1: a card needs a topic, a front and a back</source>
        <translation>%1: una tarjeta necesita un tema, un anverso y un reverso</translation>
    </message>
    <message>
        <source>%1: &quot;created_at&quot; and &quot;updated_at&quot; must be ISO-8601 times</source>
        <translation>%1: &quot;created_at&quot; y &quot;updated_at&quot; deben ser horas ISO 8601</translation>
    </message>
</context>
<context>
    <name>QualityGate</name>
    <message>
        <source>question &apos;%1&apos;: a single-answer question has exactly %2 options, like the exam (has %3)</source>
        <translation>pregunta &apos;%1&apos;: una pregunta de respuesta única tiene exactamente %2 opciones, como en el examen (tiene %3)</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has one correct option but its stem says &quot;(Choose ...)&quot;</source>
        <translation>la pregunta &apos;%1&apos; tiene una sola opción correcta, pero su enunciado dice «(Choose ...)»</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: the exam asks to choose two or three, not %2</source>
        <translation>pregunta &apos;%1&apos;: el examen pide elegir dos o tres, no %2</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: a multi-response question has %2 or %3 options (has %4)</source>
        <translation>pregunta &apos;%1&apos;: una pregunta de respuesta múltiple tiene %2 o %3 opciones (tiene %4)</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has %2 correct options: its stem must say &quot;%3&quot;</source>
        <translation>la pregunta &apos;%1&apos; tiene %2 opciones correctas: su enunciado debe decir «%3»</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: &quot;%2&quot; is not an answer the exam uses; write a real design instead</source>
        <translation>pregunta &apos;%1&apos;: «%2» no es una respuesta que use el examen; escribe en su lugar un diseño real</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: the option &quot;%2&quot; is under %3 of the correct option&apos;s length, a distractor nobody would pick</source>
        <translation>pregunta &apos;%1&apos;: la opción «%2» no llega al %3 de la longitud de la opción correcta; es un distractor que nadie elegiría</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the same %2 as the item at %3:%4</source>
        <extracomment>%2 is &quot;stem&quot; or &quot;front&quot;</extracomment>
        <translation>&apos;%1&apos; tiene el mismo %2 que el elemento de %3:%4</translation>
    </message>
    <message>
        <source>front</source>
        <translation>anverso</translation>
    </message>
    <message>
        <source>stem</source>
        <translation>enunciado</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: %2</source>
        <translation>pregunta &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>not a scenario, and only %1 of the bank&apos;s questions are (at least %2): set a situation and a requirement such as &quot;MOST cost-effective&quot;</source>
        <translation>no es una pregunta de escenario, y solo el %1 de las preguntas del banco lo son (al menos %2): plantea una situación y un requisito como «MOST cost-effective»</translation>
    </message>
    <message>
        <source>a recall stem, and %1 of the bank&apos;s questions are (at most %2): make it a scenario, or a card</source>
        <translation>es una pregunta de memoria, y el %1 de las preguntas del banco lo son (como máximo %2): conviértela en una pregunta de escenario o en una tarjeta</translation>
    </message>
    <message>
        <source>the correct option is the longest, as in %1 of single-answer questions (at most %2)</source>
        <translation>la opción correcta es la más larga, como en el %1 de las preguntas de respuesta única (como máximo %2)</translation>
    </message>
    <message>
        <source>the correct option is over %1 times as long as the others; across the bank correct options are %2 times as long as distractors (at most %1)</source>
        <translation>la opción correcta mide más de %1 veces lo que las demás; en todo el banco, las opciones correctas miden %2 veces lo que los distractores (como máximo %1)</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a symbolic link to a missing file</source>
        <translation>un enlace simbólico a un archivo que no existe</translation>
    </message>
    <message>
        <source>a symbolic link that loops</source>
        <translation>un enlace simbólico que forma un bucle</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>something Certdeck may not look at</source>
        <translation>algo a lo que Certdeck no tiene permiso para acceder</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is %1, not a regular file</source>
        <extracomment>%1 is what stands at the path, e.g. &quot;a folder&quot; or &quot;a named pipe (FIFO)&quot;</extracomment>
        <translation>es %1, no un archivo normal</translation>
    </message>
    <message>
        <source>is too large: %1 MiB (at most %2 MiB)</source>
        <translation>es demasiado grande: %1 MiB (como máximo, %2 MiB)</translation>
    </message>
    <message>
        <source>is too large: more than %1 MiB</source>
        <translation>es demasiado grande: más de %1 MiB</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un archivo especial</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>There is no card to grade.</source>
        <translation>No hay ninguna tarjeta que valorar.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>There is no card to suspend.</source>
        <translation>No hay ninguna tarjeta que suspender.</translation>
    </message>
    <message>
        <source>There is no card to bury.</source>
        <translation>No hay ninguna tarjeta que posponer.</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Reading your progress failed: %1</source>
        <extracomment>%1 is SQLite&apos;s message</extracomment>
        <translation>No se ha podido leer tu progreso: %1</translation>
    </message>
    <message>
        <source>Saving your progress failed: %1</source>
        <extracomment>%1 is SQLite&apos;s message</extracomment>
        <translation>No se ha podido guardar tu progreso: %1</translation>
    </message>
</context>
<context>
    <name>S3Prefixes</name>
    <message>
        <source>S3 request rates per prefix</source>
        <translation>Tasas de solicitudes de S3 por prefijo</translation>
    </message>
    <message>
        <source>Prefixes a bucket&apos;s keys must spread over for a rate of reads and writes</source>
        <translation>Prefijos entre los que deben repartirse las claves de un bucket para una tasa de lecturas y escrituras</translation>
    </message>
    <message>
        <source>GET/HEAD requests per second</source>
        <translation>Solicitudes GET/HEAD por segundo</translation>
    </message>
    <message>
        <source>Reads of objects (GET and HEAD) each second</source>
        <translation>Lecturas de objetos (GET y HEAD) por segundo</translation>
    </message>
    <message>
        <source>PUT/COPY/POST/DELETE requests per second</source>
        <translation>Solicitudes PUT/COPY/POST/DELETE por segundo</translation>
    </message>
    <message>
        <source>Writes and deletes of objects each second</source>
        <translation>Escrituras y eliminaciones de objetos por segundo</translation>
    </message>
    <message>
        <source>S3 gives at least %1 GET/HEAD and %2 PUT/COPY/POST/DELETE requests per second per partitioned prefix: the limits are per prefix, not per bucket.</source>
        <extracomment>%1 GET/HEAD per second per prefix, %2 PUT/COPY/POST/DELETE per second per prefix</extracomment>
        <translation>S3 admite al menos %1 solicitudes GET/HEAD y %2 PUT/COPY/POST/DELETE por segundo y por prefijo particionado: los límites son por prefijo, no por bucket.</translation>
    </message>
    <message numerus="yes">
        <source>Reads: %1 GET/HEAD per second / %2 per prefix = %3, rounded up: %n prefix(es).</source>
        <extracomment>%1 GET requests per second, %2 per prefix, %3 the quotient, %n prefixes (rounded up)</extracomment>
        <translation>
            <numerusform>Lecturas: %1 GET/HEAD por segundo / %2 por prefijo = %3, redondeado hacia arriba: %n prefijo.</numerusform>
            <numerusform>Lecturas: %1 GET/HEAD por segundo / %2 por prefijo = %3, redondeado hacia arriba: %n prefijos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes: %1 PUT/COPY/POST/DELETE per second / %2 per prefix = %3, rounded up: %n prefix(es).</source>
        <extracomment>%1 PUT requests per second, %2 per prefix, %3 the quotient, %n prefixes (rounded up)</extracomment>
        <translation>
            <numerusform>Escrituras: %1 PUT/COPY/POST/DELETE por segundo / %2 por prefijo = %3, redondeado hacia arriba: %n prefijo.</numerusform>
            <numerusform>Escrituras: %1 PUT/COPY/POST/DELETE por segundo / %2 por prefijo = %3, redondeado hacia arriba: %n prefijos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prefixes: the larger of the two = %n prefix(es); each prefix serves its reads and its writes, so the counts are not added.</source>
        <extracomment>%n prefixes</extracomment>
        <translation>
            <numerusform>Prefijos: el mayor de los dos = %n prefijo; cada prefijo atiende sus lecturas y sus escrituras, así que los recuentos no se suman.</numerusform>
            <numerusform>Prefijos: el mayor de los dos = %n prefijos; cada prefijo atiende sus lecturas y sus escrituras, así que los recuentos no se suman.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A bucket may hold any number of prefixes: spread the keys evenly over %n prefixes (for example a hash or date part at the start of the key) so that none carries more than %1 reads or %2 writes per second.</source>
        <extracomment>%n prefixes, %1 reads per second per prefix, %2 writes per second per prefix</extracomment>
        <translation>
            <numerusform>Un bucket puede tener cualquier número de prefijos: reparte las claves de forma uniforme en %n prefijo (por ejemplo, con un hash o una fecha al principio de la clave) para que ninguno soporte más de %1 lecturas o %2 escrituras por segundo.</numerusform>
            <numerusform>Un bucket puede tener cualquier número de prefijos: reparte las claves de forma uniforme entre %n prefijos (por ejemplo, con un hash o una fecha al principio de la clave) para que ninguno soporte más de %1 lecturas o %2 escrituras por segundo.</numerusform>
        </translation>
    </message>
    <message>
        <source>S3 adds partitions for a prefix gradually; during a sudden rise it may answer 503 Slow Down, so ramp up and retry with exponential backoff.</source>
        <translation>S3 añade particiones a un prefijo de forma gradual; ante un aumento repentino puede responder 503 Slow Down, así que aumenta la carga poco a poco y reintenta con retroceso exponencial.</translation>
    </message>
    <message>
        <source>Prefixes needed</source>
        <translation>Prefijos necesarios</translation>
    </message>
    <message>
        <source>Prefixes for GET/HEAD</source>
        <translation>Prefijos para GET/HEAD</translation>
    </message>
    <message>
        <source>Prefixes for PUT/COPY/POST/DELETE</source>
        <translation>Prefijos para PUT/COPY/POST/DELETE</translation>
    </message>
    <message>
        <source>GET/HEAD per second per prefix</source>
        <translation>GET/HEAD por segundo y por prefijo</translation>
    </message>
    <message>
        <source>PUT/COPY/POST/DELETE per second per prefix</source>
        <translation>PUT/COPY/POST/DELETE por segundo y por prefijo</translation>
    </message>
    <message>
        <source>An application makes %1 GET requests and %2 PUT requests per second to objects in one S3 bucket. Across at least how many prefixes must it spread the keys?</source>
        <translation>Una aplicación hace %1 solicitudes GET y %2 solicitudes PUT por segundo a objetos de un bucket de S3. ¿Entre cuántos prefijos como mínimo debe repartir las claves?</translation>
    </message>
    <message>
        <source>An application makes %1 GET requests per second to objects in one S3 bucket. Across at least how many prefixes must it spread the keys?</source>
        <translation>Una aplicación hace %1 solicitudes GET por segundo a objetos de un bucket de S3. ¿Entre cuántos prefijos como mínimo debe repartir las claves?</translation>
    </message>
    <message>
        <source>The request rates are per prefix, not per bucket.</source>
        <translation>Las tasas de solicitudes son por prefijo, no por bucket.</translation>
    </message>
    <message>
        <source>Reads get 5,500 requests per second per prefix and writes 3,500, not the other way round.</source>
        <translation>Las lecturas tienen 5500 solicitudes por segundo y por prefijo y las escrituras 3500, no al revés.</translation>
    </message>
    <message>
        <source>Each prefix serves both its reads and its writes: take the larger count, not the sum.</source>
        <translation>Cada prefijo atiende tanto sus lecturas como sus escrituras: toma el recuento mayor, no la suma.</translation>
    </message>
    <message>
        <source>Writes have their own, lower limit of 3,500 per second.</source>
        <translation>Las escrituras tienen su propio límite, más bajo, de 3500 por segundo.</translation>
    </message>
    <message>
        <source>A part of a prefix&apos;s rate needs a whole prefix: round up.</source>
        <translation>Una fracción de la tasa de un prefijo necesita un prefijo entero: redondea hacia arriba.</translation>
    </message>
    <message>
        <source>Reads and writes have separate limits; reads get 5,500.</source>
        <translation>Las lecturas y las escrituras tienen límites separados; las lecturas tienen 5500.</translation>
    </message>
</context>
<context>
    <name>SqsThroughput</name>
    <message>
        <source>SQS throughput</source>
        <translation>Rendimiento de SQS</translation>
    </message>
    <message>
        <source>API calls a message rate needs with batching, whether the queue type takes them, and the requests billed</source>
        <translation>Llamadas a la API que necesita una tasa de mensajes con lotes, si el tipo de cola las admite y las solicitudes facturadas</translation>
    </message>
    <message>
        <source>Queue type</source>
        <translation>Tipo de cola</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>FIFO, high throughput mode</source>
        <translation>FIFO, modo de alto rendimiento</translation>
    </message>
    <message>
        <source>FIFO keeps order and removes duplicates but limits API calls; standard is nearly unlimited</source>
        <translation>FIFO mantiene el orden y elimina duplicados, pero limita las llamadas a la API; la estándar es casi ilimitada</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <source>Messages sent (and received, and deleted) each second</source>
        <translation>Mensajes enviados (y recibidos y eliminados) por segundo</translation>
    </message>
    <message>
        <source>Messages per batch</source>
        <translation>Mensajes por lote</translation>
    </message>
    <message>
        <source>Messages in one SendMessageBatch, ReceiveMessage or DeleteMessageBatch call</source>
        <translation>Mensajes en una llamada a SendMessageBatch, ReceiveMessage o DeleteMessageBatch</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Tamaño del mensaje</translation>
    </message>
    <message>
        <source>Size of one message with its attributes</source>
        <translation>Tamaño de un mensaje con sus atributos</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %5 for messages of %2 KiB: %1 of them make %3 KiB, more than the %4 KiB one batch request may carry (got &apos;%1&apos;)</source>
        <extracomment>%1 messages per batch, %2 KiB per message, %3 their total in KiB, %4 the batch limit in KiB, %5 the largest batch that fits</extracomment>
        <translation>debe ser un número entero de 1 a %5 para mensajes de %2 KiB: %1 de ellos suman %3 KiB, más de los %4 KiB que puede llevar una solicitud por lotes (se ha indicado &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>%1 messages/s, one message per call = %2 API calls per second for each action (send, receive, delete).</source>
        <extracomment>%1 messages per second, %2 API calls per second</extracomment>
        <translation>%1 mensajes/s, un mensaje por llamada = %2 llamadas a la API por segundo para cada acción (enviar, recibir, eliminar).</translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s in batches of %n = %2 API calls per second for each action (send, receive, delete).</source>
        <extracomment>%1 messages per second, %n messages per batch, %2 API calls per second</extracomment>
        <translation>
            <numerusform>%1 mensajes/s en lotes de %n = %2 llamadas a la API por segundo para cada acción (enviar, recibir, eliminar).</numerusform>
            <numerusform>%1 mensajes/s en lotes de %n = %2 llamadas a la API por segundo para cada acción (enviar, recibir, eliminar).</numerusform>
        </translation>
    </message>
    <message>
        <source>A standard queue supports a nearly unlimited number of API calls per second per action, so there is no ceiling to compare with; it delivers at least once, in best-effort order.</source>
        <translation>Una cola estándar admite un número casi ilimitado de llamadas a la API por segundo y por acción, así que no hay límite con el que comparar; entrega cada mensaje al menos una vez, con una ordenación de mejor esfuerzo.</translation>
    </message>
    <message numerus="yes">
        <source>In high throughput mode a FIFO queue takes up to %1 API calls per second per action in US East (N. Virginia), US West (Oregon) and Europe (Ireland); other Regions take fewer. Its limits count API calls, not messages: with batches of %n that is %2 messages per second.</source>
        <extracomment>%1 API calls per second per action, %n messages per batch, %2 messages per second</extracomment>
        <translation>
            <numerusform>En modo de alto rendimiento, una cola FIFO admite hasta %1 llamadas a la API por segundo y por acción en Este de EE. UU. (Norte de Virginia), Oeste de EE. UU. (Oregón) y Europa (Irlanda); otras regiones admiten menos. Sus límites cuentan llamadas a la API, no mensajes: con lotes de %n son %2 mensajes por segundo.</numerusform>
            <numerusform>En modo de alto rendimiento, una cola FIFO admite hasta %1 llamadas a la API por segundo y por acción en Este de EE. UU. (Norte de Virginia), Oeste de EE. UU. (Oregón) y Europa (Irlanda); otras regiones admiten menos. Sus límites cuentan llamadas a la API, no mensajes: con lotes de %n son %2 mensajes por segundo.</numerusform>
        </translation>
    </message>
    <message>
        <source>High throughput spreads a queue over partitions by message group ID: messages of one group are delivered in order, one after another, so the rate needs many distinct MessageGroupId values.</source>
        <translation>El alto rendimiento reparte una cola entre particiones según el ID de grupo de mensajes: los mensajes de un mismo grupo se entregan en orden, uno tras otro, así que la tasa necesita muchos valores de MessageGroupId distintos.</translation>
    </message>
    <message numerus="yes">
        <source>A FIFO queue takes %1 API calls per second per action; with batches of %n that is %2 messages per second.</source>
        <extracomment>%1 API calls per second per action, %n messages per batch, %2 messages per second</extracomment>
        <translation>
            <numerusform>Una cola FIFO admite %1 llamadas a la API por segundo y por acción; con lotes de %n son %2 mensajes por segundo.</numerusform>
            <numerusform>Una cola FIFO admite %1 llamadas a la API por segundo y por acción; con lotes de %n son %2 mensajes por segundo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batches of %1 would raise it to %2 messages per second.</source>
        <extracomment>%1 messages per batch at most, %2 messages per second documented with full batches</extracomment>
        <translation>Con lotes de %1 subiría a %2 mensajes por segundo.</translation>
    </message>
    <message>
        <source>%1 messages/s fit within %2 messages/s.</source>
        <extracomment>%1 messages per second wanted, %2 the queue&apos;s maximum</extracomment>
        <translation>%1 mensajes/s caben dentro de los %2 mensajes/s.</translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s exceed %2 messages/s: larger batches, a quota increase, or %n FIFO queues, each keeping order only for its own messages.</source>
        <extracomment>%1 messages per second wanted, %2 the queue&apos;s maximum, %n queues needed</extracomment>
        <translation>
            <numerusform>%1 mensajes/s superan los %2 mensajes/s: lotes más grandes, un aumento de cuota o %n cola FIFO, que mantiene el orden solo de sus propios mensajes.</numerusform>
            <numerusform>%1 mensajes/s superan los %2 mensajes/s: lotes más grandes, un aumento de cuota o %n colas FIFO, cada una de las cuales mantiene el orden solo de sus propios mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s exceed %2 messages/s: enable high throughput mode, or split the messages over %n FIFO queues, each keeping order only for its own messages.</source>
        <extracomment>%1 messages per second wanted, %2 the queue&apos;s maximum, %n queues needed</extracomment>
        <translation>
            <numerusform>%1 mensajes/s superan los %2 mensajes/s: activa el modo de alto rendimiento o reparte los mensajes en %n cola FIFO, que mantiene el orden solo de sus propios mensajes.</numerusform>
            <numerusform>%1 mensajes/s superan los %2 mensajes/s: activa el modo de alto rendimiento o reparte los mensajes entre %n colas FIFO, cada una de las cuales mantiene el orden solo de sus propios mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billing: each %4 KiB chunk of a call&apos;s payload is one request; a call carrying %1 KiB (%2 x %3 KiB) is billed as %n request(s).</source>
        <extracomment>%1 KiB in one call, %2 messages, %3 KiB each, %4 KiB per billed chunk, %n requests billed per call</extracomment>
        <translation>
            <numerusform>Facturación: cada fragmento de %4 KiB de la carga útil de una llamada es una solicitud; una llamada que lleva %1 KiB (%2 x %3 KiB) se factura como %n solicitud.</numerusform>
            <numerusform>Facturación: cada fragmento de %4 KiB de la carga útil de una llamada es una solicitud; una llamada que lleva %1 KiB (%2 x %3 KiB) se factura como %n solicitudes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calls/s x %2 = %3 billed requests per second for each action.</source>
        <extracomment>%1 API calls per second, %2 requests per call, %3 billed requests per second</extracomment>
        <translation>%1 llamadas/s x %2 = %3 solicitudes facturadas por segundo para cada acción.</translation>
    </message>
    <message>
        <source>API calls per second per action</source>
        <translation>Llamadas a la API por segundo y por acción</translation>
    </message>
    <message>
        <source>Most messages per second per action</source>
        <translation>Máximo de mensajes por segundo y por acción</translation>
    </message>
    <message>
        <source>API call limit per second per action</source>
        <translation>Límite de llamadas a la API por segundo y por acción</translation>
    </message>
    <message>
        <source>Fits (1 yes, 0 no)</source>
        <translation>Cabe (1 sí, 0 no)</translation>
    </message>
    <message>
        <source>Queues needed</source>
        <translation>Colas necesarias</translation>
    </message>
    <message>
        <source>Billed requests per call</source>
        <translation>Solicitudes facturadas por llamada</translation>
    </message>
    <message>
        <source>Billed requests per second per action</source>
        <translation>Solicitudes facturadas por segundo y por acción</translation>
    </message>
    <message numerus="yes">
        <source>A producer sends to an SQS FIFO queue with high throughput mode enabled in US East (N. Virginia), using SendMessageBatch with %n message(s) per call. At most how many messages per second can it send?</source>
        <extracomment>%n messages per batch</extracomment>
        <translation>
            <numerusform>Un productor envía mensajes a una cola FIFO de SQS con el modo de alto rendimiento activado en Este de EE. UU. (Norte de Virginia), con SendMessageBatch y %n mensaje por llamada. ¿Cuántos mensajes por segundo puede enviar como máximo?</numerusform>
            <numerusform>Un productor envía mensajes a una cola FIFO de SQS con el modo de alto rendimiento activado en Este de EE. UU. (Norte de Virginia), con SendMessageBatch y %n mensajes por llamada. ¿Cuántos mensajes por segundo puede enviar como máximo?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A producer sends to an SQS FIFO queue (high throughput mode off) using SendMessageBatch with %n message(s) per call. At most how many messages per second can it send?</source>
        <translation>
            <numerusform>Un productor envía mensajes a una cola FIFO de SQS (con el modo de alto rendimiento desactivado) con SendMessageBatch y %n mensaje por llamada. ¿Cuántos mensajes por segundo puede enviar como máximo?</numerusform>
            <numerusform>Un productor envía mensajes a una cola FIFO de SQS (con el modo de alto rendimiento desactivado) con SendMessageBatch y %n mensajes por llamada. ¿Cuántos mensajes por segundo puede enviar como máximo?</numerusform>
        </translation>
    </message>
    <message>
        <source>FIFO limits count API calls; each call carries a whole batch.</source>
        <translation>Los límites de FIFO cuentan llamadas a la API; cada llamada lleva un lote entero.</translation>
    </message>
    <message>
        <source>The batch here is smaller than 10 messages.</source>
        <translation>Aquí el lote tiene menos de 10 mensajes.</translation>
    </message>
    <message>
        <source>300 calls per second is the limit without high throughput mode.</source>
        <translation>300 llamadas por segundo es el límite sin el modo de alto rendimiento.</translation>
    </message>
    <message>
        <source>70,000 calls per second needs high throughput mode (and one of its largest Regions).</source>
        <translation>70&#xa0;000 llamadas por segundo requieren el modo de alto rendimiento (y una de sus regiones más grandes).</translation>
    </message>
    <message>
        <source>Batching multiplies the messages per call; it does not divide them.</source>
        <translation>El uso de lotes multiplica los mensajes por llamada; no los divide.</translation>
    </message>
    <message>
        <source>The FIFO limit is 300 calls per second per action, not 330.</source>
        <translation>El límite de FIFO es de 300 llamadas por segundo y por acción, no de 330.</translation>
    </message>
    <message numerus="yes">
        <source>An application sends %1 messages per second to an SQS queue with SendMessageBatch, %n messages per call. How many SendMessageBatch calls per second does it make?</source>
        <extracomment>%1 messages per second, %n messages per batch</extracomment>
        <translation>
            <numerusform>Una aplicación envía %1 mensajes por segundo a una cola de SQS con SendMessageBatch, %n mensaje por llamada. ¿Cuántas llamadas a SendMessageBatch hace por segundo?</numerusform>
            <numerusform>Una aplicación envía %1 mensajes por segundo a una cola de SQS con SendMessageBatch, %n mensajes por llamada. ¿Cuántas llamadas a SendMessageBatch hace por segundo?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each batch call carries several messages, so fewer calls are needed.</source>
        <translation>Cada llamada por lotes lleva varios mensajes, así que se necesitan menos llamadas.</translation>
    </message>
    <message>
        <source>Divide the messages by the batch size; do not multiply.</source>
        <translation>Divide los mensajes entre el tamaño del lote; no multipliques.</translation>
    </message>
    <message>
        <source>The batch here is not the maximum of 10 messages.</source>
        <translation>Aquí el lote no es el máximo de 10 mensajes.</translation>
    </message>
    <message>
        <source>The question asks for the send calls only, not send, receive and delete together.</source>
        <translation>La pregunta pide solo las llamadas de envío, no las de envío, recepción y eliminación juntas.</translation>
    </message>
    <message numerus="yes">
        <source>A system must send %1 messages per second through SQS FIFO queues without high throughput mode, in batches of %n message(s). Each queue keeps its own order. At least how many FIFO queues are needed?</source>
        <extracomment>%1 messages per second, %n messages per batch</extracomment>
        <translation>
            <numerusform>Un sistema debe enviar %1 mensajes por segundo a través de colas FIFO de SQS sin el modo de alto rendimiento, en lotes de %n mensaje. Cada cola mantiene su propio orden. ¿Cuántas colas FIFO se necesitan como mínimo?</numerusform>
            <numerusform>Un sistema debe enviar %1 mensajes por segundo a través de colas FIFO de SQS sin el modo de alto rendimiento, en lotes de %n mensajes. Cada cola mantiene su propio orden. ¿Cuántas colas FIFO se necesitan como mínimo?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each call carries a batch: a queue takes 300 calls per second, not 300 messages.</source>
        <translation>Cada llamada lleva un lote: una cola admite 300 llamadas por segundo, no 300 mensajes.</translation>
    </message>
    <message>
        <source>3,000 messages per second needs batches of 10.</source>
        <translation>3000 mensajes por segundo requieren lotes de 10.</translation>
    </message>
    <message>
        <source>A part of a queue&apos;s load needs a whole queue: round up.</source>
        <translation>Una fracción de la carga de una cola necesita una cola entera: redondea hacia arriba.</translation>
    </message>
    <message>
        <source>FIFO queues without high throughput mode are limited; a standard queue is the one with nearly unlimited throughput.</source>
        <translation>Las colas FIFO sin el modo de alto rendimiento están limitadas; la cola estándar es la que tiene un rendimiento casi ilimitado.</translation>
    </message>
    <message numerus="yes">
        <source>A producer sends %1 messages per second of %2 KiB each to an SQS standard queue with SendMessageBatch, %n message(s) per call. How many requests per second are billed for the sends?</source>
        <extracomment>%1 messages per second, %n messages per batch, %2 message size in KiB</extracomment>
        <translation>
            <numerusform>Un productor envía %1 mensajes por segundo de %2 KiB cada uno a una cola estándar de SQS con SendMessageBatch, %n mensaje por llamada. ¿Cuántas solicitudes por segundo se facturan por los envíos?</numerusform>
            <numerusform>Un productor envía %1 mensajes por segundo de %2 KiB cada uno a una cola estándar de SQS con SendMessageBatch, %n mensajes por llamada. ¿Cuántas solicitudes por segundo se facturan por los envíos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each 64 KB chunk of a call&apos;s payload is billed as one request.</source>
        <translation>Cada fragmento de 64 KB de la carga útil de una llamada se factura como una solicitud.</translation>
    </message>
    <message>
        <source>A batch call is billed by its 64 KB chunks, not by its messages.</source>
        <translation>Una llamada por lotes se factura por sus fragmentos de 64 KB, no por sus mensajes.</translation>
    </message>
    <message>
        <source>The chunks are counted over the whole call&apos;s payload, not message by message.</source>
        <translation>Los fragmentos se cuentan sobre la carga útil de toda la llamada, no mensaje a mensaje.</translation>
    </message>
    <message>
        <source>The billing chunk is 64 KiB (65,536 bytes), the unit of the message size: do not convert KiB to decimal KB.</source>
        <translation>El fragmento de facturación es de 64 KiB (65&#xa0;536 bytes), la unidad del tamaño de los mensajes: no conviertas los KiB a KB decimales.</translation>
    </message>
    <message>
        <source>The question asks for the sends only, not send, receive and delete together.</source>
        <translation>La pregunta pide solo los envíos, no el envío, la recepción y la eliminación juntos.</translation>
    </message>
</context>
<context>
    <name>StandardStreams</name>
    <message>
        <source>standard output is closed</source>
        <translation>la salida estándar está cerrada</translation>
    </message>
    <message>
        <source>%1: cannot write the output: %2</source>
        <translation>%1: no se puede escribir la salida: %2</translation>
    </message>
</context>
<context>
    <name>StatsChartsLoader</name>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>The charts could not be loaded: %1.</source>
        <translation>No se han podido cargar los gráficos: %1.</translation>
    </message>
</context>
<context>
    <name>StatsStore</name>
    <message>
        <source>cannot read the progress database: %1</source>
        <translation>no se puede leer la base de datos de progreso: %1</translation>
    </message>
    <message>
        <source>the progress database is not open</source>
        <translation>la base de datos de progreso no está abierta</translation>
    </message>
</context>
<context>
    <name>StudyAdvice</name>
    <message>
        <source>Drill %1 (%2)</source>
        <extracomment>%1 an exam domain (&quot;Design Secure Architectures&quot;), %2 the exam code</extracomment>
        <translation>Practicar %1 (%2)</translation>
    </message>
    <message>
        <source>Learn your first cards</source>
        <translation>Aprende tus primeras tarjetas</translation>
    </message>
    <message>
        <source>Start with a few flashcards, then answer practice questions: after both, Certdeck estimates your exam score and shows your weakest domains here.</source>
        <translation>Empieza con unas cuantas tarjetas y luego responde preguntas de práctica: con ambas cosas, Certdeck estima tu puntuación en el examen y muestra aquí tus dominios más débiles.</translation>
    </message>
    <message numerus="yes">
        <source>Review %n due card(s)</source>
        <translation>
            <numerusform>Repasa %n tarjeta pendiente</numerusform>
            <numerusform>Repasa %n tarjetas pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>These cards are at the point of being forgotten: a review now takes seconds, relearning a forgotten card takes minutes.</source>
        <translation>Estas tarjetas están a punto de olvidarse: repasarlas ahora lleva segundos; volver a aprender una tarjeta olvidada lleva minutos.</translation>
    </message>
    <message>
        <source>%1 is your weakest %2 domain: about %3% right estimated, where passing needs about %4%, and it is %5% of the exam.</source>
        <extracomment>%1 domain name, %2 exam code, %3 estimated percent right, %4 percent the pass line needs, %5 the domain&apos;s percent of the exam</extracomment>
        <translation>%1 es tu dominio más débil de %2: se estima que aciertas alrededor del %3 %, cuando para aprobar hace falta alrededor del %4 %, y supone el %5 % del examen.</translation>
    </message>
    <message numerus="yes">
        <source>Learn %n new card(s)</source>
        <translation>
            <numerusform>Aprende %n tarjeta nueva</numerusform>
            <numerusform>Aprende %n tarjetas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>No card is due and every domain is estimated above the pass line: new cards widen what you know.</source>
        <translation>No tienes tarjetas pendientes y se estima que superas el aprobado en todos los dominios: las tarjetas nuevas amplían lo que sabes.</translation>
    </message>
    <message>
        <source>Take a timed %1 exam</source>
        <extracomment>%1 exam code</extracomment>
        <translation>Haz un examen cronometrado %1</translation>
    </message>
    <message>
        <source>Your estimate is %1 (likely %2 to %3): a timed exam of %4 checks it under exam conditions.</source>
        <extracomment>%1 estimated score, %2 and %3 its range, %4 exam code</extracomment>
        <translation>Tu estimación es %1 (probablemente de %2 a %3): un examen cronometrado %4 la comprueba en condiciones de examen.</translation>
    </message>
    <message>
        <source>Done for today</source>
        <translation>Has terminado por hoy</translation>
    </message>
    <message>
        <source>Nothing is due. To keep sharp, drill your weakest domain: %1.</source>
        <translation>No tienes nada pendiente. Para mantenerte en forma, practica tu dominio más débil: %1.</translation>
    </message>
    <message>
        <source>Nothing is due and no new card is left for today.</source>
        <translation>No tienes nada pendiente y no quedan tarjetas nuevas para hoy.</translation>
    </message>
</context>
<context>
    <name>VpcSubnets</name>
    <message>
        <source>VPC subnets (IPv4)</source>
        <translation>Subredes de VPC (IPv4)</translation>
    </message>
    <message>
        <source>Addresses in a CIDR block, the five AWS reserves in each subnet, equal subnets of a block, and overlap with another block</source>
        <translation>Direcciones de un bloque de CIDR, las cinco que AWS reserva en cada subred, subredes iguales de un bloque y solapamiento con otro bloque</translation>
    </message>
    <message>
        <source>CIDR block</source>
        <translation>Bloque de CIDR</translation>
    </message>
    <message>
        <source>The VPC&apos;s or subnet&apos;s IPv4 block, from /16 to /28, such as 10.0.0.0/16</source>
        <translation>El bloque IPv4 de la VPC o de la subred, de /16 a /28, como 10.0.0.0/16</translation>
    </message>
    <message>
        <source>Split into subnets of prefix</source>
        <translation>Dividir en subredes de prefijo</translation>
    </message>
    <message>
        <source>The prefix length of equal subnets to split the block into, such as 24; from the block&apos;s own prefix to 28</source>
        <translation>La longitud de prefijo de las subredes iguales en las que se divide el bloque, como 24; desde el prefijo del propio bloque hasta 28</translation>
    </message>
    <message>
        <source>Check overlap with</source>
        <translation>Comprobar solapamiento con</translation>
    </message>
    <message>
        <source>Another IPv4 block (a peer VPC, an on-premises network), any prefix from /0 to /32</source>
        <translation>Otro bloque IPv4 (una VPC interconectada, una red en las instalaciones), con cualquier prefijo de /0 a /32</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2: a subnet of %3 is at most as large as the block and at least a /%2 (got %4)</source>
        <extracomment>%1 and %2 are the shortest and longest prefix lengths allowed, %3 the block, %4 what was given</extracomment>
        <translation>debe ser un número entero de %1 a %2: una subred de %3 es como mucho tan grande como el bloque y como mínimo una /%2 (se ha indicado %4)</translation>
    </message>
    <message>
        <source>%1: 32 - %2 = %3 host bits, so 2^%3 = %4 addresses, from %5 to %6.</source>
        <extracomment>%1 a block such as 10.0.0.0/16, %2 its prefix length, %3 the host bits (32 - %2), %4 the address count, %5 and %6 its first and last address</extracomment>
        <translation>%1: 32 - %2 = %3 bits de host, así que 2^%3 = %4 direcciones, de %5 a %6.</translation>
    </message>
    <message>
        <source>AWS reserves %1 addresses in every subnet, the first four and the last; in the first subnet, %2, they are:</source>
        <extracomment>%1 the number of reserved addresses, %2 the first subnet of a split such as 10.0.0.0/24</extracomment>
        <translation>AWS reserva %1 direcciones en cada subred, las cuatro primeras y la última; en la primera subred, %2, son:</translation>
    </message>
    <message>
        <source>AWS reserves %1 addresses in every subnet, the first four and the last; in %2 as one subnet they are:</source>
        <extracomment>%1 the number of reserved addresses, %2 a block such as 10.0.0.0/16</extracomment>
        <translation>AWS reserva %1 direcciones en cada subred, las cuatro primeras y la última; en %2 como una sola subred son:</translation>
    </message>
    <message>
        <source>%1: the network address.</source>
        <extracomment>%1 an IPv4 address</extracomment>
        <translation>%1: la dirección de red.</translation>
    </message>
    <message>
        <source>%1: the VPC router.</source>
        <translation>%1: el enrutador de la VPC.</translation>
    </message>
    <message>
        <source>%1: the Amazon DNS server (the base plus two).</source>
        <translation>%1: el servidor DNS de Amazon (la base más dos).</translation>
    </message>
    <message>
        <source>%1: reserved by AWS for future use.</source>
        <translation>%1: reservada por AWS para uso futuro.</translation>
    </message>
    <message>
        <source>%1: the broadcast address (a VPC does not support broadcast, so it is reserved).</source>
        <translation>%1: la dirección de difusión (una VPC no admite difusión, así que se reserva).</translation>
    </message>
    <message>
        <source>Usable: %1 - %2 = %3 addresses, from %4 (first usable) to %5 (last usable).</source>
        <extracomment>%1 addresses in the block, %2 reserved addresses, %3 the difference, %4 and %5 the first and last address an instance can have</extracomment>
        <translation>Utilizables: %1 - %2 = %3 direcciones, de %4 (primera utilizable) a %5 (última utilizable).</translation>
    </message>
    <message numerus="yes">
        <source>Split into /%1: 2^(%1 - %2) = 2^%3 = %n subnet(s) of 2^(32 - %1) = %4 addresses each.</source>
        <extracomment>%1 the subnets&apos; prefix length, %2 the block&apos;s, %3 the difference, %n the subnet count, %4 addresses in each subnet</extracomment>
        <translation>
            <numerusform>División en /%1: 2^(%1 - %2) = 2^%3 = %n subred de 2^(32 - %1) = %4 direcciones.</numerusform>
            <numerusform>División en /%1: 2^(%1 - %2) = 2^%3 = %n subredes de 2^(32 - %1) = %4 direcciones cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each subnet: %1 - %2 = %3 usable; %4 x %3 = %5 usable in all.</source>
        <extracomment>%1 addresses per subnet, %2 reserved per subnet, %3 usable per subnet, %4 the subnet count, %5 usable in all subnets</extracomment>
        <translation>Cada subred: %1 - %2 = %3 utilizables; %4 x %3 = %5 utilizables en total.</translation>
    </message>
    <message>
        <source>Subnet %1: %2, usable %3 to %4.</source>
        <extracomment>%1 the subnet&apos;s number, %2 a subnet such as 10.0.1.0/24, %3 and %4 its first and last usable addresses</extracomment>
        <translation>Subred %1: %2, utilizables de %3 a %4.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more, up to %1.</source>
        <extracomment>%n how many subnets are not listed, %1 the last subnet such as 10.0.255.0/24</extracomment>
        <translation>
            <numerusform>... y %n más, hasta %1.</numerusform>
            <numerusform>... y %n más, hasta %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to %3) and %4 (%5 to %6)</source>
        <extracomment>%1 and %4 blocks such as 10.0.0.0/16, %2 %3 and %5 %6 their first and last addresses</extracomment>
        <translation>%1 (de %2 a %3) y %4 (de %5 a %6)</translation>
    </message>
    <message>
        <source>%1 overlap: they share %2 addresses, %3 to %4. VPCs whose CIDR blocks overlap cannot be peered.</source>
        <extracomment>%1 names both blocks with their ranges, %2 the shared address count, %3 and %4 the first and last shared address</extracomment>
        <translation>%1 se solapan: comparten %2 direcciones, de %3 a %4. Las VPC cuyos bloques de CIDR se solapan no se pueden interconectar.</translation>
    </message>
    <message>
        <source>%1 do not overlap: no address is in both.</source>
        <extracomment>%1 names both blocks with their ranges</extracomment>
        <translation>%1 no se solapan: ninguna dirección está en ambos.</translation>
    </message>
    <message>
        <source>Addresses in the block</source>
        <translation>Direcciones del bloque</translation>
    </message>
    <message>
        <source>Reserved by AWS per subnet</source>
        <translation>Reservadas por AWS por subred</translation>
    </message>
    <message>
        <source>Usable addresses (block as one subnet)</source>
        <translation>Direcciones utilizables (el bloque como una sola subred)</translation>
    </message>
    <message>
        <source>Subnets in the split</source>
        <translation>Subredes de la división</translation>
    </message>
    <message>
        <source>Usable addresses per subnet</source>
        <translation>Direcciones utilizables por subred</translation>
    </message>
    <message>
        <source>Usable addresses in all subnets</source>
        <translation>Direcciones utilizables en todas las subredes</translation>
    </message>
    <message>
        <source>Overlaps the other block (1 yes, 0 no)</source>
        <translation>Se solapa con el otro bloque (1 sí, 0 no)</translation>
    </message>
    <message>
        <source>A subnet in a VPC has the CIDR block %1. How many IP addresses in it can be assigned to instances?</source>
        <extracomment>%1 a subnet&apos;s CIDR block such as 10.0.32.0/22</extracomment>
        <translation>Una subred de una VPC tiene el bloque de CIDR %1. ¿Cuántas direcciones IP de la subred se pueden asignar a instancias?</translation>
    </message>
    <message>
        <source>a /%1 has 2^(32 - %1) = 2^%2 addresses</source>
        <extracomment>%1 a prefix length such as 26, %2 the host bits (32 - %1)</extracomment>
        <translation>un /%1 tiene 2^(32 - %1) = 2^%2 direcciones</translation>
    </message>
    <message>
        <source>AWS reserves %1 addresses in every subnet; they cannot be assigned.</source>
        <extracomment>%1 the number of reserved addresses (5)</extracomment>
        <translation>AWS reserva %1 direcciones en cada subred; no se pueden asignar.</translation>
    </message>
    <message>
        <source>AWS reserves %1 addresses per subnet, not only the network and broadcast addresses an on-premises network loses.</source>
        <translation>AWS reserva %1 direcciones por subred, no solo las direcciones de red y de difusión que se pierden en una red en las instalaciones.</translation>
    </message>
    <message>
        <source>Off by one power of two: %1, not half as many.</source>
        <extracomment>%1 says how many addresses a block has, such as &quot;a /26 has 2^(32 - 26) = 2^6 addresses&quot;</extracomment>
        <translation>Desfase de una potencia de dos: %1, no la mitad.</translation>
    </message>
    <message>
        <source>Off by one power of two: %1, not twice as many.</source>
        <translation>Desfase de una potencia de dos: %1, no el doble.</translation>
    </message>
    <message>
        <source>The last address, the broadcast address, is reserved too: %1 in all.</source>
        <extracomment>%1 the number of reserved addresses (5)</extracomment>
        <translation>La última dirección, la de difusión, también está reservada: %1 en total.</translation>
    </message>
    <message>
        <source>A VPC has the CIDR block %1. How many subnets of size /%2 can it be divided into, without overlap?</source>
        <extracomment>%1 a VPC&apos;s CIDR block such as 10.20.0.0/16, %2 a longer prefix length such as 24</extracomment>
        <translation>Una VPC tiene el bloque de CIDR %1. ¿En cuántas subredes de tamaño /%2 se puede dividir sin solapamiento?</translation>
    </message>
    <message>
        <source>2^(%1 - %2) = 2^%3</source>
        <extracomment>%1 the subnets&apos; prefix length, %2 the VPC&apos;s, %3 the difference</extracomment>
        <translation>2^(%1 - %2) = 2^%3</translation>
    </message>
    <message>
        <source>Off by one power of two: the count is %1, not half of it.</source>
        <extracomment>%1 the count as a power of two, such as &quot;2^(24 - 16) = 2^8&quot;</extracomment>
        <translation>Desfase de una potencia de dos: el número es %1, no la mitad.</translation>
    </message>
    <message>
        <source>Off by one power of two: the count is %1, not twice it.</source>
        <translation>Desfase de una potencia de dos: el número es %1, no el doble.</translation>
    </message>
    <message>
        <source>The reserved addresses are inside each subnet; they do not take a subnet away from the VPC.</source>
        <translation>Las direcciones reservadas están dentro de cada subred; no le quitan ninguna subred a la VPC.</translation>
    </message>
    <message>
        <source>That is the number of addresses in each subnet, not the number of subnets.</source>
        <translation>Ese es el número de direcciones de cada subred, no el número de subredes.</translation>
    </message>
    <message>
        <source>Each extra prefix bit doubles the count; %1 - %2 only counts the bits.</source>
        <extracomment>%1 the subnets&apos; prefix length, %2 the VPC&apos;s</extracomment>
        <translation>Cada bit de prefijo adicional duplica el número; %1 - %2 solo cuenta los bits.</translation>
    </message>
    <message>
        <source>must be an IPv4 CIDR block: four numbers from 0 to 255, a slash and a prefix length, such as 10.0.0.0/16 (got &apos;%1&apos;)</source>
        <extracomment>%1 what was given</extracomment>
        <translation>debe ser un bloque de CIDR IPv4: cuatro números de 0 a 255, una barra y una longitud de prefijo, como 10.0.0.0/16 (se ha indicado &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>must have four numbers from 0 to 255 (got %1 in &apos;%2&apos;)</source>
        <extracomment>%1 the number given, %2 the whole text</extracomment>
        <translation>debe tener cuatro números de 0 a 255 (se ha indicado %1 en &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>must end in a prefix length from /%1 to /%2; /%3 is not an IPv4 prefix length</source>
        <extracomment>%1 and %2 the range of prefix lengths accepted here, %3 the prefix length given</extracomment>
        <translation>debe terminar en una longitud de prefijo de /%1 a /%2; /%3 no es una longitud de prefijo IPv4</translation>
    </message>
    <message>
        <source>must be from /%1 (%2 addresses) to /%3 (%4 addresses): /%5 is too big for a VPC</source>
        <extracomment>%1 and %3 the shortest and longest prefix lengths of a VPC, %2 and %4 their address counts, %5 the prefix length given</extracomment>
        <translation>debe ser de /%1 (%2 direcciones) a /%3 (%4 direcciones): /%5 es demasiado grande para una VPC</translation>
    </message>
    <message>
        <source>must be from /%1 (%2 addresses) to /%3 (%4 addresses): /%5 is too small for a VPC</source>
        <translation>debe ser de /%1 (%2 direcciones) a /%3 (%4 direcciones): /%5 es demasiado pequeño para una VPC</translation>
    </message>
    <message>
        <source>must start at the first address of a /%1 block, and %2 does not: did you mean %3?</source>
        <extracomment>%1 a prefix length, %2 the address given, %3 the block it lies in, such as 10.0.0.0/16</extracomment>
        <translation>debe empezar en la primera dirección de un bloque /%1, y %2 no lo hace: ¿querías decir %3?</translation>
    </message>
    <message>
        <source>Addresses in both blocks</source>
        <translation>Direcciones en ambos bloques</translation>
    </message>
</context>
<context>
    <name>Work</name>
    <message>
        <source>a whole number from %1 to %2%3</source>
        <translation>un número entero de %1 a %2%3</translation>
    </message>
    <message>
        <source>a number from %1 to %2%3</source>
        <translation>un número de %1 a %2%3</translation>
    </message>
    <message>
        <source>is required: one of %1</source>
        <translation>es obligatorio: uno de %1</translation>
    </message>
    <message>
        <source>must be one of %1 (got &apos;%2&apos;)</source>
        <extracomment>%1 lists the accepted words, %2 what was given</extracomment>
        <translation>debe ser uno de %1 (se ha indicado &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is required: %1</source>
        <extracomment>%1 is a range such as &quot;a number from 0.001 to 400 KB&quot;</extracomment>
        <translation>es obligatorio: %1</translation>
    </message>
    <message>
        <source>must be %1 (got &apos;%2&apos;)</source>
        <extracomment>%1 is a range such as &quot;a number from 0.001 to 400 KB&quot;, %2 what was given</extracomment>
        <translation>debe ser %1 (se ha indicado &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>is not an input of this calculator</source>
        <translation>no es un dato de entrada de esta calculadora</translation>
    </message>
    <message>
        <source>the content has no figure &apos;%1&apos; (calculators.yaml); rebuild the content</source>
        <extracomment>%1 is a fact id such as ebs.gp2.max-iops</extracomment>
        <translation>el contenido no tiene la cifra &apos;%1&apos; (calculators.yaml); vuelve a generar el contenido</translation>
    </message>
    <message>
        <source>This is what the formula gives.</source>
        <translation>Esto es lo que da la fórmula.</translation>
    </message>
    <message>
        <source>%1 can make %3 different questions for this seed, not %2</source>
        <extracomment>%1 a calculator&apos;s name, %2 how many questions were asked for, %3 how many it could make</extracomment>
        <translation>%1 puede generar %3 preguntas distintas con esta semilla, no %2</translation>
    </message>
</context>
<context>
    <name>certdeck-compile</name>
    <message>
        <source>usage: certdeck-compile &lt;content dir&gt; &lt;output content.db&gt; [--sections]</source>
        <translation>uso: certdeck-compile &lt;carpeta de contenido&gt; &lt;content.db de salida&gt; [--sections]</translation>
    </message>
    <message>
        <source>certdeck-compile: %1 problem(s); %2 not written</source>
        <translation>certdeck-compile: %1 problema(s); no se ha escrito %2</translation>
    </message>
</context>
<context>
    <name>certdeck::AppContext</name>
    <message>
        <source>Your progress is not open yet; try again in a moment.</source>
        <translation>Tu progreso aún no está abierto; inténtalo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>certdeck::CalcDrillDialog</name>
    <message>
        <source>Drill: %1</source>
        <extracomment>The drill dialog&apos;s title: %1 a calculator&apos;s name</extracomment>
        <translation>Práctica: %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>See whether your answer is right (Enter)</source>
        <translation>Comprueba si tu respuesta es correcta (Intro)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Drill &amp;Again</source>
        <translation>Practicar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Ten new questions</source>
        <translation>Diez preguntas nuevas</translation>
    </message>
    <message>
        <source>No drill can be made: %1</source>
        <translation>No se puede crear una práctica: %1</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 right so far</source>
        <extracomment>%1 the question&apos;s number, %2 how many there are; %3 the right answers so far</extracomment>
        <translation>Pregunta %1 de %2 · %3 correctas hasta ahora</translation>
    </message>
    <message>
        <source>✓ Right: %1</source>
        <extracomment>Under the right option after checking: %1 why it is right</extracomment>
        <translation>✓ Correcto: %1</translation>
    </message>
    <message>
        <source>✗ Your answer: %1</source>
        <extracomment>Under the wrong option the learner chose: %1 the mistake that gives it</extracomment>
        <translation>✗ Tu respuesta: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <extracomment>Under another wrong option: %1 the mistake that gives it</extracomment>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Right!</source>
        <extracomment>After a wrong answer: %1 the right one</extracomment>
        <translation>¡Correcto!</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>No exactamente: la respuesta es %1.</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>Cómo se calcula</translation>
    </message>
    <message>
        <source>Drill over</source>
        <translation>Práctica terminada</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions right.</source>
        <extracomment>The end of a drill: %1 right answers, %2 questions</extracomment>
        <translation>Has acertado %1 de %2 preguntas.</translation>
    </message>
    <message>
        <source>Every one. Try the calculator with inputs of your own, or another drill.</source>
        <translation>Todas. Prueba la calculadora con tus propios datos o haz otra práctica.</translation>
    </message>
    <message>
        <source>Go through the steps of the ones you missed in the calculator, then drill again.</source>
        <translation>Repasa en la calculadora los pasos de las que has fallado y vuelve a practicar.</translation>
    </message>
    <message>
        <source>See the &amp;Score</source>
        <translation>Ver la &amp;puntuación</translation>
    </message>
</context>
<context>
    <name>certdeck::CalculatorsPage</name>
    <message>
        <source>&amp;Calculators</source>
        <translation>&amp;Calculadoras</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>Calculadoras</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the answer, its steps and the figures used, with their sources, as text</source>
        <translation>Copia la respuesta, sus pasos y las cifras utilizadas, con sus fuentes, como texto</translation>
    </message>
    <message>
        <source>&amp;Drill Me…</source>
        <translation>&amp;Practicar…</translation>
    </message>
    <message>
        <source>Exam-style questions worked out by this calculator, one after another</source>
        <translation>Preguntas de estilo examen resueltas con esta calculadora, una tras otra</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Datos de entrada</translation>
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
        <translation>Las calculadoras necesitan las cifras del contenido, que no se puede leer.</translation>
    </message>
    <message>
        <source>Choose a calculator.</source>
        <translation>Elige una calculadora.</translation>
    </message>
    <message>
        <source>To see the answer, fix what is marked in red:</source>
        <translation>Para ver la respuesta, corrige lo que está marcado en rojo:</translation>
    </message>
    <message>
        <source>No answer:</source>
        <translation>Sin respuesta:</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Figures used</source>
        <translation>Cifras utilizadas</translation>
    </message>
    <message>
        <source>%1, %2, as of %3</source>
        <extracomment>Where a price comes from: %1 the AWS page, %2 a region, %3 a month (2026-11)</extracomment>
        <translation>%1, %2, a fecha de %3</translation>
    </message>
    <message>
        <source>(no longer documented by AWS)</source>
        <translation>(AWS ya no lo documenta)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>One figure a calculator used: %1 its name, %2 its value and unit, %3 the page it comes from</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>In your notes</source>
        <translation>En tus notas</translation>
    </message>
    <message>
        <source>(in “%1”)</source>
        <extracomment>After a formula&apos;s name: the section of the notes it comes from</extracomment>
        <translation>(en «%1»)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A line of copied text: %1 a label, %2 a value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>Figures used:</source>
        <translation>Cifras utilizadas:</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
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
            <numerusform>%Ln repaso</numerusform>
            <numerusform>%Ln repasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln pregunta</numerusform>
            <numerusform>%Ln preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>certdeck::CardBrowserDialog</name>
    <message>
        <source>Card Browser</source>
        <translation>Explorador de tarjetas</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrar tarjetas</translation>
    </message>
    <message>
        <source>Words in the front, back or id</source>
        <translation>Palabras del anverso, del reverso o del id</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;ltro:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Card browser state filter: every card</extracomment>
        <translation>Todas</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Card browser state filter: cards never studied</extracomment>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Learning</source>
        <extracomment>Card browser state filter: cards on learning or relearning steps</extracomment>
        <translation>Aprendiendo</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>Card browser state filter: cards reviewed at intervals of days</extracomment>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Suspended</source>
        <extracomment>Card browser state filter: cards left out of study</extracomment>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Leeches</source>
        <extracomment>Card browser state filter: cards forgotten again and again</extracomment>
        <translation>Sanguijuelas</translation>
    </message>
    <message>
        <source>Buried</source>
        <extracomment>Card browser state filter: cards left out of study until the next study day</extracomment>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Show in &amp;Notes</source>
        <translation>Mostrar en &amp;notas</translation>
    </message>
    <message>
        <source>Show the line of your notes this card comes from</source>
        <translation>Muestra la línea de tus notas de la que procede esta tarjeta</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every review of this card (Return, or double-click the card)</source>
        <translation>Todos los repasos de esta tarjeta (Intro o doble clic en la tarjeta)</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspender</translation>
    </message>
    <message>
        <source>Leave the selected cards out of study until they are unsuspended</source>
        <translation>Deja las tarjetas seleccionadas fuera del estudio hasta que las reactives</translation>
    </message>
    <message>
        <source>&amp;Unsuspend</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>Bring the selected cards back into study</source>
        <translation>Devuelve las tarjetas seleccionadas al estudio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The cards are shown as new, and nothing can be changed.</source>
        <translation>Las tarjetas se muestran como nuevas y no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>Your progress cannot be opened: %1</source>
        <extracomment>%1 says why (it names the file)</extracomment>
        <translation>No se puede abrir tu progreso: %1</translation>
    </message>
    <message>
        <source>Your progress is not open yet: the cards are shown as new, and nothing can be changed.</source>
        <translation>Tu progreso aún no está abierto: las tarjetas se muestran como nuevas y no se puede cambiar nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be suspended: %1</source>
        <extracomment>%1 says why (SQLite&apos;s message)</extracomment>
        <translation>
            <numerusform>No se ha podido suspender %n tarjeta: %1</numerusform>
            <numerusform>No se han podido suspender %n tarjetas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be unsuspended: %1</source>
        <translation>
            <numerusform>No se ha podido reactivar %n tarjeta: %1</numerusform>
            <numerusform>No se han podido reactivar %n tarjetas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s)</source>
        <extracomment>%1 cards shown of %n in all: &quot;42 of 74 cards&quot;</extracomment>
        <translation>
            <numerusform>%1 de %n tarjeta</numerusform>
            <numerusform>%1 de %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n selected</source>
        <extracomment>After the card count: &quot;42 of 74 cards, 3 selected&quot;</extracomment>
        <translation>
            <numerusform>%1, %n seleccionada</numerusform>
            <numerusform>%1, %n seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the cards</source>
        <translation>Buscar en las tarjetas</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change one of your own cards (cards you made from the notes)</source>
        <translation>Cambia una de tus propias tarjetas (las que creaste a partir de las notas)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete one of your own cards with its review history</source>
        <translation>Elimina una de tus propias tarjetas con su historial de repasos</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where an own card comes from: notes file, line</extracomment>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>Eliminar tarjeta</translation>
    </message>
    <message>
        <source>Delete your card “%1” with its review history?</source>
        <extracomment>%1 is the card&apos;s front</extracomment>
        <translation>¿Eliminar tu tarjeta «%1» con su historial de repasos?</translation>
    </message>
</context>
<context>
    <name>certdeck::CardBrowserModel</name>
    <message>
        <source>New</source>
        <extracomment>A card&apos;s state: never studied</extracomment>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Learning</source>
        <extracomment>A card&apos;s state: on its first short steps</extracomment>
        <translation>Aprendiendo</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>A card&apos;s state: reviewed at intervals of days</extracomment>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Relearning</source>
        <extracomment>A card&apos;s state: forgotten, back on a short step</extracomment>
        <translation>Reaprendiendo</translation>
    </message>
    <message>
        <source>Leech</source>
        <extracomment>Tag in the card browser&apos;s State column: a card forgotten again and again</extracomment>
        <translation>Sanguijuela</translation>
    </message>
    <message>
        <source>Suspended</source>
        <extracomment>Tag in the card browser&apos;s State column: left out of study</extracomment>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Buried</source>
        <extracomment>Tag in the card browser&apos;s State column: left out of study until the next study day</extracomment>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates a card&apos;s state from its tags in the card browser: &quot;Review · Leech · Suspended&quot;</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>A card&apos;s due time: within a minute of now</extracomment>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n minute(s)</source>
        <translation>
            <numerusform>tocaba hace %n minuto</numerusform>
            <numerusform>tocaba hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>en %n minuto</numerusform>
            <numerusform>en %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n hour(s)</source>
        <translation>
            <numerusform>tocaba hace %n hora</numerusform>
            <numerusform>tocaba hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>en %n hora</numerusform>
            <numerusform>en %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>tocaba hace %n día</numerusform>
            <numerusform>tocaba hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>A card&apos;s memory stability in days, abbreviated: &quot;2.3 d&quot;</extracomment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 (no longer in the content)</source>
        <extracomment>The card browser&apos;s Card column for a card removed from the content; %1 is its id</extracomment>
        <translation>%1 (ya no está en el contenido)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <extracomment>The card browser&apos;s Topic column for a card removed from the content</extracomment>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <source>%1
This card is no longer in the content (removed or renamed). Its schedule and history are kept.</source>
        <translation>%1
Esta tarjeta ya no está en el contenido (se eliminó o se le cambió el nombre). Se conservan su planificación y su historial.</translation>
    </message>
    <message>
        <source>%1

%2

Id: %3</source>
        <extracomment>Tooltip of a card in the browser: front, back, then the card&apos;s id</extracomment>
        <translation>%1

%2

Id: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a topic: its title, then its id</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n time(s)</source>
        <translation>
            <numerusform>Repasada %n vez</numerusform>
            <numerusform>Repasada %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgotten %n time(s)</source>
        <translation>
            <numerusform>Olvidada %n vez</numerusform>
            <numerusform>Olvidada %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Leech: forgotten so often that it was taken out of study. Rewrite it, or unsuspend it to try again.</source>
        <translation>Sanguijuela: se ha olvidado tantas veces que se ha sacado del estudio. Reescríbela o reactívala para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Suspended: left out of study until unsuspended.</source>
        <translation>Suspendida: fuera del estudio hasta que la reactives.</translation>
    </message>
    <message>
        <source>Buried: left out of study until the next study day.</source>
        <translation>Pospuesta: fuera del estudio hasta el próximo día de estudio.</translation>
    </message>
    <message>
        <source>Not studied yet: it comes with the new cards.</source>
        <translation>Aún no estudiada: llegará con las tarjetas nuevas.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Toca el %1</translation>
    </message>
    <message>
        <source>Not studied yet.</source>
        <translation>Aún no estudiada.</translation>
    </message>
    <message>
        <source>%1 days until the chance of recalling it falls to 90%.
Chance of recalling it now: %2%.</source>
        <extracomment>%1 is a number of days, %2 a percentage</extracomment>
        <translation>%1 días hasta que la probabilidad de recordarla baje al 90 %.
Probabilidad de recordarla ahora: %2 %.</translation>
    </message>
    <message>
        <source>Difficulty %1, from 1 (easy) to 10 (hard).</source>
        <extracomment>%1 is a number from 1 to 10</extracomment>
        <translation>Dificultad %1, de 1 (fácil) a 10 (difícil).</translation>
    </message>
    <message numerus="yes">
        <source>Forgotten %n time(s) after it was learned</source>
        <translation>
            <numerusform>Olvidada %n vez después de aprenderla</numerusform>
            <numerusform>Olvidada %n veces después de aprenderla</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Último repaso: %1</translation>
    </message>
    <message>
        <source>Never reviewed.</source>
        <translation>Nunca repasada.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Toca</translation>
    </message>
    <message>
        <source>Stability</source>
        <extracomment>Column header: a card&apos;s memory stability, in days</extracomment>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Lapses</source>
        <extracomment>Column header: how often a learned card was forgotten</extracomment>
        <translation>Olvidos</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Último repaso</translation>
    </message>
    <message>
        <source>When the card is next due for review</source>
        <translation>Cuándo le toca a la tarjeta su próximo repaso</translation>
    </message>
    <message>
        <source>Days (d) until the chance of recalling the card falls to 90%</source>
        <translation>Días (d) hasta que la probabilidad de recordar la tarjeta baje al 90 %</translation>
    </message>
    <message>
        <source>How hard the card is for you, from 1 (easy) to 10 (hard)</source>
        <translation>Lo difícil que te resulta la tarjeta, de 1 (fácil) a 10 (difícil)</translation>
    </message>
    <message>
        <source>How often the card was forgotten after it was learned</source>
        <translation>Cuántas veces se olvidó la tarjeta después de aprenderla</translation>
    </message>
    <message>
        <source>Wrong exam answer</source>
        <translation>Respuesta de examen incorrecta</translation>
    </message>
    <message>
        <source>Due on its own schedule.</source>
        <translation>Toca según su propia planificación.</translation>
    </message>
    <message>
        <source>Brought forward on %2 because the exam question %1 was answered wrong; it was due %3.</source>
        <extracomment>%1 question id, %2 and %3 dates and times</extracomment>
        <translation>Adelantada el %2 porque se respondió mal la pregunta de examen %1; le tocaba el %3.</translation>
    </message>
    <message>
        <source>Why due</source>
        <extracomment>Column header: why a card came due sooner than its schedule said</extracomment>
        <translation>Por qué toca</translation>
    </message>
    <message>
        <source>A card comes due sooner when you answer an exam question on the same notes wrong</source>
        <translation>Una tarjeta te toca antes cuando respondes mal una pregunta de examen sobre las mismas notas</translation>
    </message>
</context>
<context>
    <name>certdeck::CardHistoryDialog</name>
    <message>
        <source>unknown</source>
        <extracomment>The interval a review set is not known</extracomment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>under a minute</source>
        <extracomment>The interval a review set: under a minute</extracomment>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Again</source>
        <extracomment>A review&apos;s rating: not recalled</extracomment>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <extracomment>A review&apos;s rating: recalled with difficulty</extracomment>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <extracomment>A review&apos;s rating: recalled</extracomment>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <extracomment>A review&apos;s rating: recalled at once</extracomment>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>History of %1</source>
        <extracomment>Window title; %1 is a card&apos;s id</extracomment>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Repasos</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>State before</source>
        <extracomment>Column header: the card&apos;s state when it was reviewed</extracomment>
        <translation>Estado previo</translation>
    </message>
    <message>
        <source>Interval set</source>
        <extracomment>Column header: the time until the card was due again</extracomment>
        <translation>Intervalo fijado</translation>
    </message>
    <message>
        <source>Your progress is not open, so there is no history to show.</source>
        <translation>Tu progreso no está abierto, así que no hay historial que mostrar.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Aún no se ha repasado.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), oldest first</source>
        <translation>
            <numerusform>%n repaso, primero el más antiguo</numerusform>
            <numerusform>%n repasos, primero el más antiguo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::CommandPalette</name>
    <message>
        <source>Quick lookup</source>
        <translation>Búsqueda rápida</translation>
    </message>
    <message>
        <source>Look up a limit, formula or fact: &quot;lambda max timeout&quot;, &quot;rcu&quot;…</source>
        <translation>Busca un límite, una fórmula o un dato: «lambda max timeout», «rcu»…</translation>
    </message>
    <message>
        <source>Quick lookup query</source>
        <translation>Término de la búsqueda rápida</translation>
    </message>
    <message>
        <source>Quick lookup results</source>
        <translation>Resultados de la búsqueda rápida</translation>
    </message>
    <message>
        <source>Look up &quot;%1&quot; again</source>
        <translation>Vuelve a buscar «%1»</translation>
    </message>
    <message>
        <source>Recent lookups. Type to search; Enter opens, Esc closes.</source>
        <translation>Búsquedas recientes. Escribe para buscar; Intro abre, Esc cierra.</translation>
    </message>
    <message>
        <source>Type to search limits, formulas, cards, questions and notes. Enter opens, Esc closes.</source>
        <translation>Escribe para buscar límites, fórmulas, tarjetas, preguntas y notas. Intro abre, Esc cierra.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try fewer or other words.</source>
        <translation>No hay resultados para «%1». Prueba con menos palabras o con otras distintas.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the selected one.</source>
        <translation>
            <numerusform>%n resultado. Intro abre el seleccionado.</numerusform>
            <numerusform>%n resultados. Intro abre el seleccionado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation>Recorrer los resultados</translation>
    </message>
    <message>
        <source>Open the result where it can be read</source>
        <translation>Abrir el resultado donde se puede leer</translation>
    </message>
    <message>
        <source>Close quick lookup</source>
        <translation>Cerrar la búsqueda rápida</translation>
    </message>
</context>
<context>
    <name>certdeck::ExamNavigator</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Question %1: answered</source>
        <translation>Pregunta %1: respondida</translation>
    </message>
    <message>
        <source>Question %1: not answered</source>
        <translation>Pregunta %1: sin responder</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Marcada para revisar</translation>
    </message>
    <message>
        <source>Question %1: right</source>
        <translation>Pregunta %1: correcta</translation>
    </message>
    <message>
        <source>Question %1: wrong</source>
        <translation>Pregunta %1: incorrecta</translation>
    </message>
</context>
<context>
    <name>certdeck::ExamPage</name>
    <message>
        <source>Back to Practice Exams</source>
        <translation>Volver a Exámenes de práctica</translation>
    </message>
    <message>
        <source>Your progress cannot be opened, so exams cannot be saved.</source>
        <translation>No se puede abrir tu progreso, así que no se pueden guardar exámenes.</translation>
    </message>
    <message>
        <source>Opening your progress…</source>
        <translation>Abriendo tu progreso…</translation>
    </message>
    <message>
        <source>The question bank cannot be read.</source>
        <translation>No se puede leer el banco de preguntas.</translation>
    </message>
    <message>
        <source>Practice Exams</source>
        <translation>Exámenes de práctica</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abandonar</translation>
    </message>
    <message>
        <source>&amp;Exam:</source>
        <translation>&amp;Examen:</translation>
    </message>
    <message>
        <source>+30 &amp;minutes (English is not my first language)</source>
        <translation>+30 &amp;minutos (el inglés no es mi lengua materna)</translation>
    </message>
    <message>
        <source>AWS grants 30 extra minutes to candidates whose first language is not English, when they ask for it before booking.</source>
        <translation>AWS concede 30 minutos adicionales a los candidatos cuya lengua materna no es el inglés si los solicitan antes de reservar el examen.</translation>
    </message>
    <message>
        <source>&amp;Start Exam</source>
        <translation>&amp;Comenzar examen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n question(s)</source>
        <extracomment>a domain of the exam and how many questions it gets: &quot;Design Secure Architectures: 20&quot;</extracomment>
        <translation>
            <numerusform>%1: %n pregunta</numerusform>
            <numerusform>%1: %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 questions in %2 minutes, drawn by the exam guide&apos;s domain weights; no answers are shown until you submit. Passing is %3 on a scale of 100 to %4.</source>
        <extracomment>%1 questions, %2 minutes, %3 pass score, %4 max score; then one line per domain</extracomment>
        <translation>%1 preguntas en %2 minutos, elegidas según el peso de cada dominio en la guía del examen; no se muestra ninguna respuesta hasta que lo envías. Para aprobar necesitas %3 en una escala de 100 a %4.</translation>
    </message>
    <message>
        <source>Timed Exam</source>
        <translation>Examen cronometrado</translation>
    </message>
    <message>
        <source>&amp;Questions from:</source>
        <translation>&amp;Preguntas de:</translation>
    </message>
    <message>
        <source>&amp;Number of questions:</source>
        <translation>&amp;Número de preguntas:</translation>
    </message>
    <message>
        <source>Untimed. After each answer, see whether it is right, why each option is right or wrong, and the line of your notes it comes from.</source>
        <translation>Sin límite de tiempo. Después de cada respuesta, ves si es correcta, por qué cada opción es correcta o incorrecta y la línea de tus notas de la que procede.</translation>
    </message>
    <message>
        <source>Start &amp;Practice</source>
        <translation>&amp;Comenzar práctica</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <source>&amp;Calculation drill:</source>
        <translation>Ejercicios de cá&amp;lculo:</translation>
    </message>
    <message>
        <source>Topics to drill</source>
        <translation>Temas para ejercitar</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Start &amp;Drill</source>
        <translation>&amp;Comenzar ejercicios</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Past attempts</source>
        <translation>Intentos anteriores</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Tiempo empleado</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>an exam profile in a list: &quot;SAA-C03 · AWS Certified Solutions Architect – Associate&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (all domains)</source>
        <translation>%1 (todos los dominios)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a topic and its number of questions: &quot;SQS (12)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; was interrupted: %2 of %n question(s) answered.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; se interrumpió: respondidas %2 de %n pregunta.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; se interrumpió: respondidas %2 de %n preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left on the clock.</source>
        <translation>Tiempo restante: %1.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Below the pass line</source>
        <translation>Por debajo del aprobado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>%1 timed exam (+%2 min)</source>
        <translation>Examen cronometrado %1 (+%2 min)</translation>
    </message>
    <message>
        <source>%1 timed exam</source>
        <translation>Examen cronometrado %1</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Práctica: %1</translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation>Ejercicios: %1</translation>
    </message>
    <message numerus="yes">
        <source>My &amp;mistakes (%n question(s) answered wrong and not right since)</source>
        <translation>
            <numerusform>Mis &amp;errores (%n pregunta fallada y no acertada desde entonces)</numerusform>
            <numerusform>Mis &amp;errores (%n preguntas falladas y no acertadas desde entonces)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Flagged questions (%n)</source>
        <translation>
            <numerusform>Preguntas &amp;marcadas (%n)</numerusform>
            <numerusform>Preguntas &amp;marcadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no questions to practise here yet.</source>
        <translation>Aún no hay preguntas para practicar aquí.</translation>
    </message>
    <message>
        <source>my mistakes</source>
        <translation>mis errores</translation>
    </message>
    <message>
        <source>flagged questions</source>
        <translation>preguntas marcadas</translation>
    </message>
    <message>
        <source>There are no questions to drill here yet.</source>
        <translation>Aún no hay preguntas para ejercitar aquí.</translation>
    </message>
    <message>
        <source>That exam is no longer there.</source>
        <translation>Ese examen ya no existe.</translation>
    </message>
    <message>
        <source>Abandon this exam?</source>
        <translation>¿Abandonar este examen?</translation>
    </message>
    <message>
        <source>The exam is kept in your history as abandoned, with the answers you gave; it is not scored.</source>
        <translation>El examen se guarda en tu historial como abandonado, con las respuestas que diste; no se puntúa.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Show in &amp;Notes</source>
        <translation>Mostrar en &amp;notas</translation>
    </message>
    <message>
        <source>&amp;Flag for Review</source>
        <translation>&amp;Marcar para revisar</translation>
    </message>
    <message>
        <source>Mark this question to come back to it (F)</source>
        <translation>Marca esta pregunta para volver a ella más tarde (F)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>The previous question (P)</source>
        <translation>La pregunta anterior (P)</translation>
    </message>
    <message>
        <source>Check Answer</source>
        <translation>Comprobar respuesta</translation>
    </message>
    <message>
        <source>See whether your answer is right, and why (Enter)</source>
        <translation>Comprueba si tu respuesta es correcta y por qué (Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>The next question (N)</source>
        <translation>La pregunta siguiente (N)</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n option(s).</source>
        <extracomment>a multi-response question: &quot;Choose 2 options.&quot;</extracomment>
        <translation>
            <numerusform>Elige %n opción.</numerusform>
            <numerusform>Elige %n opciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Correcta.</translation>
    </message>
    <message>
        <source>Incorrect.</source>
        <translation>Incorrecta.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>¡Correcto!</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>No del todo.</translation>
    </message>
    <message>
        <source>The answer is %1.</source>
        <translation>La respuesta correcta es %1.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n marcada</numerusform>
            <numerusform>%n marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Review &amp;&amp; Submit…</source>
        <translation>Revisar &amp;&amp; enviar…</translation>
    </message>
    <message>
        <source>End this set and see the results (Ctrl+Enter)</source>
        <translation>Termina esta serie y mira los resultados (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>See unanswered and flagged questions before submitting (Ctrl+Enter)</source>
        <translation>Revisa las preguntas sin responder y las marcadas antes de enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Time spent (untimed)</source>
        <translation>Tiempo empleado (sin límite)</translation>
    </message>
    <message>
        <source>Your answer was not saved</source>
        <translation>Tu respuesta no se ha guardado</translation>
    </message>
    <message>
        <source>The flag was not saved</source>
        <translation>La marca no se ha guardado</translation>
    </message>
    <message>
        <source>Your exam was not saved</source>
        <translation>Tu examen no se ha guardado</translation>
    </message>
    <message>
        <source>15 minutes left</source>
        <translation>Quedan 15 minutos</translation>
    </message>
    <message>
        <source>5 minutes left</source>
        <translation>Quedan 5 minutos</translation>
    </message>
    <message>
        <source>Time is up: your exam was submitted with the answers you had given.</source>
        <translation>Se acabó el tiempo: tu examen se ha enviado con las respuestas que habías dado.</translation>
    </message>
    <message>
        <source>Review Before Submitting</source>
        <translation>Revisión antes de enviar</translation>
    </message>
    <message>
        <source>&amp;Unanswered</source>
        <translation>Sin &amp;responder</translation>
    </message>
    <message>
        <source>F&amp;lagged for review</source>
        <translation>&amp;Marcadas para revisar</translation>
    </message>
    <message>
        <source>&amp;Return to the Exam</source>
        <translation>&amp;Volver al examen</translation>
    </message>
    <message>
        <source>&amp;Submit Exam</source>
        <translation>&amp;Enviar examen</translation>
    </message>
    <message>
        <source>End the exam and see your score (Ctrl+Enter)</source>
        <translation>Termina el examen y mira tu puntuación (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>You have answered %1 of %2 questions.</source>
        <translation>Has respondido %1 de %2 preguntas.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are unanswered and will count as wrong.</source>
        <translation>
            <numerusform>%n pregunta está sin responder y contará como incorrecta.</numerusform>
            <numerusform>%n preguntas están sin responder y contarán como incorrectas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>Tiempo restante: %1.</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Pregunta %1: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>&amp;Back to Practice Exams</source>
        <translation>&amp;Volver a Exámenes de práctica</translation>
    </message>
    <message>
        <source>Drill My &amp;Mistakes</source>
        <translation>Ejercitar mis &amp;errores</translation>
    </message>
    <message>
        <source>That attempt is no longer there.</source>
        <translation>Ese intento ya no existe.</translation>
    </message>
    <message>
        <source>This attempt was abandoned.</source>
        <translation>Este intento se abandonó.</translation>
    </message>
    <message>
        <source>%1 of 1000: pass</source>
        <translation>%1 de 1000: aprobado</translation>
    </message>
    <message>
        <source>%1 of 1000: below the pass line of %2</source>
        <translation>%1 de 1000: por debajo de la nota de aprobado (%2)</translation>
    </message>
    <message>
        <source>An estimate, not an AWS score: %1 of %2 answers right (%3%), mapped straight onto 100 to 1000, so %4 needs %5% right. AWS scales each exam form differently and leaves 15 questions unscored, which no estimate can know.</source>
        <translation>Una estimación, no una puntuación de AWS: %1 de %2 respuestas correctas (%3 %), llevadas directamente a la escala de 100 a 1000, así que %4 requiere un %5 % de aciertos. AWS escala cada versión del examen de forma distinta y deja 15 preguntas sin puntuar, algo que ninguna estimación puede saber.</translation>
    </message>
    <message>
        <source>%1 of %2 right (%3%)</source>
        <translation>%1 de %2 correctas (%3 %)</translation>
    </message>
    <message>
        <source>Practice sets get no scaled score: they are too short to estimate one. The pass line of a real exam is about %1% right.</source>
        <translation>Las series de práctica no tienen puntuación escalada: son demasiado cortas para estimarla. El aprobado de un examen real está en torno al %1 % de aciertos.</translation>
    </message>
    <message>
        <source>Time used: %1 of %2, %3 per question on average.</source>
        <translation>Tiempo empleado: %1 de %2, %3 por pregunta de media.</translation>
    </message>
    <message>
        <source>Time used: %1, %2 per question on average.</source>
        <translation>Tiempo empleado: %1, %2 por pregunta de media.</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>Por dominio</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Por tema</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Meets competencies</source>
        <translation>Cumple las competencias</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>Necesita mejorar</translation>
    </message>
    <message>
        <source>A domain meets competencies when at least %1% of its questions are right, the share the pass line needs. As on the exam, the total decides the result, not each domain.</source>
        <translation>Un dominio «cumple las competencias» cuando se acierta al menos el %1 % de sus preguntas, la proporción que exige el aprobado. Como en el examen, el resultado lo decide el total, no cada dominio.</translation>
    </message>
    <message>
        <source>Every question</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>(%1 is no longer in the bank)</source>
        <translation>(%1 ya no está en el banco)</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcada</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>tu respuesta</translation>
    </message>
    <message>
        <source>Your answer: %1. Correct answer: %2.</source>
        <translation>Tu respuesta: %1. Respuesta correcta: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Show in notes</source>
        <translation>Mostrar en las notas</translation>
    </message>
    <message>
        <source>No attempts yet: your exams, practice and drills will be listed here.</source>
        <translation>Aún no hay intentos: aquí aparecerán tus exámenes, prácticas y ejercicios.</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>%1 chosen.</source>
        <translation>%1 elegidas.</translation>
    </message>
    <message>
        <source>Start a new attempt?</source>
        <translation>¿Empezar un nuevo intento?</translation>
    </message>
    <message>
        <source>An interrupted exam is waiting. Starting a new attempt keeps it in your history as abandoned, with the answers you gave.</source>
        <translation>Hay un examen interrumpido pendiente. Si empiezas un nuevo intento, se guardará en tu historial como abandonado, con las respuestas que diste.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a drill&apos;s title in the history: %1 exam code, %2 domain name</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A to %1</source>
        <extracomment>In the keyboard help: the letter keys from A to the last answer&apos;s letter</extracomment>
        <translation>A a %1</translation>
    </message>
    <message>
        <source>Choose that answer, or take it back</source>
        <translation>Elegir esa respuesta o retirarla</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Flag the question for review, or unflag it</source>
        <translation>Marcar la pregunta para revisar, o quitar la marca</translation>
    </message>
    <message>
        <source>In practice and drills: check the answer, then go on</source>
        <translation>En práctica y práctica dirigida: comprobar la respuesta y seguir</translation>
    </message>
    <message>
        <source>Review the answers and submit</source>
        <translation>Revisar las respuestas y enviar</translation>
    </message>
</context>
<context>
    <name>certdeck::ExportActions</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 why it cannot be written</extracomment>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv);;All files (*)</source>
        <translation>CSV para una hoja de cálculo (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Cards as CSV…</source>
        <translation>&amp;Tarjetas en CSV…</translation>
    </message>
    <message>
        <source>Export Cards</source>
        <translation>Exportar tarjetas</translation>
    </message>
    <message>
        <source>certdeck-cards.csv</source>
        <translation>certdeck-tarjetas.csv</translation>
    </message>
    <message>
        <source>Every card with your schedule, one row a card</source>
        <translation>Cada tarjeta con tu planificación, una fila por tarjeta</translation>
    </message>
    <message>
        <source>&amp;Exam History as CSV…</source>
        <translation>&amp;Historial de exámenes en CSV…</translation>
    </message>
    <message>
        <source>Export Exam History</source>
        <translation>Exportar historial de exámenes</translation>
    </message>
    <message>
        <source>certdeck-exams.csv</source>
        <translation>certdeck-examenes.csv</translation>
    </message>
    <message>
        <source>Every exam, practice and drill you finished, with its score per domain</source>
        <translation>Cada examen, práctica y ejercicio que terminaste, con su puntuación por dominio</translation>
    </message>
    <message>
        <source>To &amp;Anki…</source>
        <translation>A &amp;Anki…</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>Exportar a Anki</translation>
    </message>
    <message>
        <source>Add your schedule and review history, so that Anki or AnkiDroid carries on where Certdeck stopped? (Tick “Import any learning progress” when you import it.) Without them every card starts new.</source>
        <translation>¿Añadir tu planificación y tu historial de repasos para que Anki o AnkiDroid siga donde lo dejó Certdeck? (Marca «Importar el progreso de aprendizaje» al importarlo.) Sin ellos, cada tarjeta empieza nueva.</translation>
    </message>
    <message>
        <source>certdeck.apkg</source>
        <translation>certdeck.apkg</translation>
    </message>
    <message>
        <source>Anki package (*.apkg)</source>
        <translation>Paquete de Anki (*.apkg)</translation>
    </message>
    <message>
        <source>Every card as an Anki package: one deck per topic, tagged by topic and exam</source>
        <translation>Cada tarjeta como paquete de Anki: un mazo por tema, etiquetada por tema y examen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1.</source>
        <extracomment>%1 is the file written</extracomment>
        <translation>
            <numerusform>Escrita %n tarjeta en %1.</numerusform>
            <numerusform>Escritas %n tarjetas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exam(s) to %1.</source>
        <translation>
            <numerusform>Escrito %n examen en %1.</numerusform>
            <numerusform>Escritos %n exámenes en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your progress is not open yet; try again in a moment.</source>
        <translation>Tu progreso aún no está abierto; inténtalo de nuevo en un momento.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 card(s) with your schedule and %n review(s) to %2.</source>
        <extracomment>%1 is the file written; %n the reviews in it (the cards&apos; count comes first)</extracomment>
        <translation>
            <numerusform>Escritas %1 tarjetas con tu planificación y %n repaso en %2.</numerusform>
            <numerusform>Escritas %1 tarjetas con tu planificación y %n repasos en %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::FlashcardsPage</name>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>New card</source>
        <extracomment>The kind of card on show, after the topic: &quot;Amazon SQS · New card&quot;</extracomment>
        <translation>Tarjeta nueva</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendiendo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation>Reaprendiendo</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Study time of an hour or more: %1 hours, %2 minutes</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>E&amp;studiar:</translation>
    </message>
    <message>
        <source>Cards to study</source>
        <translation>Tarjetas que estudiar</translation>
    </message>
    <message>
        <source>Study everything, the topics of one exam, or one topic</source>
        <translation>Estudia todo, los temas de un examen o un solo tema</translation>
    </message>
    <message>
        <source>&amp;Browse Cards</source>
        <translation>Explorar tar&amp;jetas</translation>
    </message>
    <message>
        <source>Search, look over and unsuspend cards</source>
        <translation>Busca, revisa y reactiva tarjetas suspendidas</translation>
    </message>
    <message>
        <source>Setti&amp;ngs…</source>
        <translation>Co&amp;nfiguración…</translation>
    </message>
    <message>
        <source>Desired retention, daily limits and when a study day starts</source>
        <translation>Retención deseada, límites diarios y cuándo empieza un día de estudio</translation>
    </message>
    <message>
        <source>New cards, cards in learning and reviews left today</source>
        <translation>Tarjetas nuevas, en aprendizaje y repasos que quedan hoy</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Reinten&amp;tar</translation>
    </message>
    <message>
        <source>Show Answer</source>
        <translation>Mostrar respuesta</translation>
    </message>
    <message>
        <source>Show the back of the card (Space or Enter)</source>
        <translation>Muestra el reverso de la tarjeta (Espacio o Intro)</translation>
    </message>
    <message>
        <source>You did not remember it: see it again soon</source>
        <translation>No la recordabas: la verás de nuevo pronto</translation>
    </message>
    <message>
        <source>You remembered it, with real effort</source>
        <translation>La recordaste, con mucho esfuerzo</translation>
    </message>
    <message>
        <source>You remembered it</source>
        <translation>La recordaste</translation>
    </message>
    <message>
        <source>You remembered it at once: see it much later</source>
        <translation>La recordaste al instante: la verás mucho más tarde</translation>
    </message>
    <message>
        <source>%1, Space or Enter</source>
        <extracomment>The keys that grade Good, in a tooltip: &quot;3, Space or Enter&quot;</extracomment>
        <translation>%1, Espacio o Intro</translation>
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
        <translation> o </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Take the last grade back</source>
        <translation>Deshace la última calificación</translation>
    </message>
    <message>
        <source>Bury</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Put this card away until tomorrow</source>
        <translation>Pospón esta tarjeta hasta mañana</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Leave this card out of study until you unsuspend it in the card browser</source>
        <translation>Deja esta tarjeta fuera del estudio hasta que la reactives en el explorador de tarjetas</translation>
    </message>
    <message>
        <source>Show in Notes</source>
        <translation>Mostrar en las notas</translation>
    </message>
    <message>
        <source>Read the notes this card was written from</source>
        <translation>Lee las notas de las que sale esta tarjeta</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Every card of every topic</source>
        <translation>Todas las tarjetas de todos los temas</translation>
    </message>
    <message>
        <source>Exam: %1</source>
        <extracomment>A choice of what to study: the topics one exam asks about. %1 is the exam&apos;s code (SAA-C03)</extracomment>
        <translation>Examen: %1</translation>
    </message>
    <message>
        <source>Your grade could not be saved, so the card stays: %1</source>
        <extracomment>%1 is the database&apos;s message</extracomment>
        <translation>No se pudo guardar tu calificación, así que la tarjeta se queda: %1</translation>
    </message>
    <message>
        <source>The last grade could not be taken back: %1</source>
        <translation>No se pudo deshacer la última calificación: %1</translation>
    </message>
    <message>
        <source>Card suspended: it stays out of study until you unsuspend it in the card browser.</source>
        <translation>Tarjeta suspendida: queda fuera del estudio hasta que la reactives en el explorador de tarjetas.</translation>
    </message>
    <message>
        <source>The card could not be suspended: %1</source>
        <translation>No se pudo suspender la tarjeta: %1</translation>
    </message>
    <message>
        <source>Card buried: it comes back tomorrow.</source>
        <translation>Tarjeta pospuesta: volverá mañana.</translation>
    </message>
    <message>
        <source>The card could not be buried: %1</source>
        <translation>No se pudo posponer la tarjeta: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>%1 new, %2 learning, %3 due</source>
        <extracomment>What is left today, for screen readers: &quot;20 new, 3 learning, 41 due&quot;</extracomment>
        <translation>%1 nuevas, %2 aprendiendo, %3 para hoy</translation>
    </message>
    <message>
        <source>No counts yet</source>
        <translation>Aún no hay recuentos</translation>
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
        <translation>%1, siguiente en %2</translation>
    </message>
    <message>
        <source>Opening your progress…</source>
        <translation>Abriendo tu progreso…</translation>
    </message>
    <message>
        <source>Studying needs your progress database, where every grade and schedule is kept, and it could not be opened.</source>
        <translation>Para estudiar hace falta tu base de datos de progreso, donde se guardan todas las calificaciones y la programación, y no se pudo abrir.</translation>
    </message>
    <message>
        <source>The cards cannot be read.</source>
        <translation>No se pueden leer las tarjetas.</translation>
    </message>
    <message>
        <source>Your progress could not be read, so studying cannot start.</source>
        <translation>No se pudo leer tu progreso, así que no se puede empezar a estudiar.</translation>
    </message>
    <message>
        <source>Next card at %1</source>
        <extracomment>%1 is a time of day (or a date and time when it is not today)</extracomment>
        <translation>Siguiente tarjeta a las %1</translation>
    </message>
    <message>
        <source>A card you are learning comes back then; the page shows it when it is due.</source>
        <translation>Entonces vuelve una tarjeta que estás aprendiendo; la página la mostrará cuando toque.</translation>
    </message>
    <message>
        <source>Congratulations! You have finished these cards for now.</source>
        <translation>¡Enhorabuena! Has terminado estas tarjetas por ahora.</translation>
    </message>
    <message>
        <source>There are no cards to study here.</source>
        <translation>Aquí no hay tarjetas que estudiar.</translation>
    </message>
    <message>
        <source>Choose another topic or exam above.</source>
        <translation>Elige otro tema u otro examen arriba.</translation>
    </message>
    <message>
        <source>Nothing due now</source>
        <translation>Nada para ahora</translation>
    </message>
    <message>
        <source>Cards studied</source>
        <translation>Tarjetas estudiadas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Para mañana</translation>
    </message>
    <message>
        <source>Leeches tagged</source>
        <translation>Marcadas como sanguijuela</translation>
    </message>
    <message>
        <source>(suspended: cards you keep forgetting; rewrite or look them over in the card browser)</source>
        <translation>(suspendidas: tarjetas que olvidas una y otra vez; reescríbelas o revísalas en el explorador de tarjetas)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) come due by the end of tomorrow.</source>
        <translation>
            <numerusform>%n tarjeta vence antes de que acabe mañana.</numerusform>
            <numerusform>%n tarjetas vencen antes de que acabe mañana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing comes due tomorrow.</source>
        <translation>Mañana no vence nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) wait; today&apos;s limit of %1 new cards is reached (change it in Settings).</source>
        <extracomment>%n new cards wait; %1 is the daily limit of new cards</extracomment>
        <translation>
            <numerusform>%n tarjeta nueva espera; has alcanzado el límite de hoy de %1 tarjetas nuevas (cámbialo en Configuración).</numerusform>
            <numerusform>%n tarjetas nuevas esperan; has alcanzado el límite de hoy de %1 tarjetas nuevas (cámbialo en Configuración).</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the answer; once it shows, grade Good</source>
        <translation>Mostrar la respuesta; una vez visible, calificar con «Bien»</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Calificar: %1</translation>
    </message>
    <message>
        <source>Scroll a long card</source>
        <translation>Desplazar una tarjeta larga</translation>
    </message>
</context>
<context>
    <name>certdeck::LookupPage</name>
    <message>
        <source>Lookup</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Lookup query</source>
        <translation>Término de búsqueda</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Results appear as you type. Press Enter on a result to read the notes it comes from.</source>
        <translation>Los resultados aparecen mientras escribes. Pulsa Intro sobre un resultado para leer las notas de las que procede.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try fewer or other words.</source>
        <translation>No hay resultados para «%1». Prueba con menos palabras o con otras distintas.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Search limits, formulas and facts, e.g. &quot;visibility timeout&quot; or &quot;rcu&quot;</source>
        <translation>Busca límites, fórmulas y datos, p. ej., «visibility timeout» o «rcu»</translation>
    </message>
    <message>
        <source>Try one of these:</source>
        <translation>Prueba con una de estas:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>AWS page:</source>
        <translation>Página de AWS:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <source>Work it out in the calculator</source>
        <translation>Calcúlalo en la calculadora</translation>
    </message>
    <message>
        <source>The notes say:</source>
        <translation>Las notas dicen:</translation>
    </message>
    <message>
        <source>Correct:</source>
        <translation>Lo correcto:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>From %1, in “%2”:</source>
        <extracomment>%1 is where in the notes (&quot;Developer notes, line 1722&quot;); %2 the section&apos;s title</extracomment>
        <translation>De %1, en la sección «%2»:</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>De %1:</translation>
    </message>
    <message>
        <source>Line %1 is corrected: %2</source>
        <translation>Corrección de la línea %1: %2</translation>
    </message>
    <message>
        <source>Read the section in Notes</source>
        <translation>Lee la sección en Notas</translation>
    </message>
    <message>
        <source>Selected result</source>
        <translation>Resultado seleccionado</translation>
    </message>
</context>
<context>
    <name>certdeck::LookupResultModel</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where an item comes from: the notes file&apos;s name, and the line</extracomment>
        <translation>%1, línea %2</translation>
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
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Certdeck</source>
        <translation>&amp;Acerca de Certdeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Your progress cannot be opened</source>
        <translation>No se puede abrir tu progreso</translation>
    </message>
    <message>
        <source>Certdeck works without saving progress until this is resolved.</source>
        <translation>Hasta que se resuelva, Certdeck funcionará sin guardar tu progreso.</translation>
    </message>
    <message>
        <source>About Certdeck</source>
        <translation>Acerca de Certdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Certdeck %1&lt;/h3&gt;&lt;p&gt;A study companion for AWS certifications, built from your own notes: look up limits, formulas and facts as you type, and read your notes with corrections beside the lines that are wrong or out of date.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Certdeck %1&lt;/h3&gt;&lt;p&gt;Un compañero de estudio para las certificaciones de AWS, creado a partir de tus propias notas: consulta límites, fórmulas y datos mientras escribes, y lee tus notas con correcciones junto a las líneas incorrectas u obsoletas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Continue Without Saving</source>
        <translation>&amp;Continuar sin guardar</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Browse Cards…</source>
        <translation>&amp;Explorar tarjetas…</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>Calculadoras</translation>
    </message>
    <message>
        <source>Practice Exams</source>
        <translation>Exámenes de práctica</translation>
    </message>
    <message>
        <source>&amp;Quick Lookup…</source>
        <translation>Búsqueda &amp;rápida…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>A question of a practice exam</source>
        <translation>Una pregunta de un examen de práctica</translation>
    </message>
    <message>
        <source>Quick lookup</source>
        <translation>Búsqueda rápida</translation>
    </message>
    <message>
        <source>Card browser</source>
        <translation>Explorador de tarjetas</translation>
    </message>
    <message>
        <source>Its facts were last checked against the AWS documentation on %1.</source>
        <extracomment>%1 a date in the learner&apos;s language</extracomment>
        <translation>Sus datos se comprobaron por última vez con la documentación de AWS el %1.</translation>
    </message>
    <message>
        <source>The content does not say when its facts were last checked.</source>
        <translation>El contenido no indica cuándo se comprobaron sus datos por última vez.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;Seguir al sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>Notes (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation>Notas (*.txt *.md *.markdown *.text);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>No se pudo importar %n archivo.</numerusform>
            <numerusform>No se pudieron importar %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes are already imported as they are.</source>
        <translation>Tus notas ya están importadas tal como están.</translation>
    </message>
    <message>
        <source>Adding your notes to lookup and the Notes page…</source>
        <translation>Añadiendo tus notas a la búsqueda y a la página Notas…</translation>
    </message>
    <message numerus="yes">
        <source>Your notes: %n file(s), </source>
        <extracomment>After importing notes: files and sections of the learner&apos;s own notes</extracomment>
        <translation>
            <numerusform>Tus notas: %n archivo, </numerusform>
            <numerusform>Tus notas: %n archivos, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s), now in lookup and on the Notes page.</source>
        <translation>
            <numerusform>%n sección, ya en la búsqueda y en la página Notas.</numerusform>
            <numerusform>%n secciones, ya en la búsqueda y en la página Notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>&amp;Importar notas…</translation>
    </message>
    <message>
        <source>Add your own notes (text or Markdown) to lookup and the Notes page</source>
        <translation>Añade tus propias notas (texto o Markdown) a la búsqueda y a la página Notas</translation>
    </message>
</context>
<context>
    <name>certdeck::NoteSectionTreeModel</name>
    <message>
        <source>%1, lines %2–%3</source>
        <extracomment>Tooltip of a note section: notes file, lines first–last</extracomment>
        <translation>%1, líneas %2–%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A topic in the notes tree: its title and (number of note sections)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (your notes)</source>
        <extracomment>The title of a notes file the learner imported</extracomment>
        <translation>%1 (tus notas)</translation>
    </message>
</context>
<context>
    <name>certdeck::NotesPage</name>
    <message>
        <source>Filter topics and sections</source>
        <translation>Filtrar temas y secciones</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Topics and sections</source>
        <translation>Temas y secciones</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>%1 · %2, lines %3–%4</source>
        <extracomment>Under a note section&apos;s title: topic · notes file, lines first–last</extracomment>
        <translation>%1 · %2, líneas %3–%4</translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <source>The note says: %1 · Source: %2</source>
        <translation>La nota dice: %1 · Fuente: %2</translation>
    </message>
    <message>
        <source>What the exam guide asks</source>
        <translation>Lo que pide la guía del examen</translation>
    </message>
    <message>
        <source>The exam guides&apos; task statements that no question from these notes covers</source>
        <translation>Los enunciados de tarea de las guías del examen que no cubre ninguna pregunta de estas notas</translation>
    </message>
    <message>
        <source>What the exam guide asks that these notes do not cover</source>
        <translation>Lo que pide la guía del examen y estas notas no cubren</translation>
    </message>
    <message>
        <source>Pick a section on the left to read your notes. Corrections to outdated or wrong lines appear beside them.</source>
        <translation>Elige una sección a la izquierda para leer tus notas. Las correcciones de las líneas obsoletas o incorrectas aparecen a su lado.</translation>
    </message>
    <message>
        <source>Every task statement of the %1 exam guide has questions from your notes.</source>
        <translation>Todos los enunciados de tarea de la guía del examen %1 tienen preguntas de tus notas.</translation>
    </message>
    <message numerus="yes">
        <source>%n task statement(s) of the exam guide have no question from your notes. Study them from the AWS documentation too:</source>
        <translation>
            <numerusform>%n enunciado de tarea de la guía del examen no tiene ninguna pregunta de tus notas. Estúdialo también con la documentación de AWS:</numerusform>
            <numerusform>%n enunciados de tarea de la guía del examen no tienen ninguna pregunta de tus notas. Estúdialos también con la documentación de AWS:</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions per task statement:</source>
        <translation>Preguntas por enunciado de tarea:</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <extracomment>A task statement: its number, its name, and the exam domain it belongs to</extracomment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Make a Card…</source>
        <translation>&amp;Crear tarjeta…</translation>
    </message>
    <message>
        <source>Write a flashcard of your own from the selected lines (or the line the cursor is on)</source>
        <translation>Escribe una tarjeta propia a partir de las líneas seleccionadas (o de la línea del cursor)</translation>
    </message>
    <message>
        <source>Make a Card from These Lines…</source>
        <translation>Crear una tarjeta con estas líneas…</translation>
    </message>
    <message>
        <source>Make a Card</source>
        <translation>Crear tarjeta</translation>
    </message>
    <message>
        <source>Your progress is not open yet; try again in a moment.</source>
        <translation>Tu progreso aún no está abierto; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where a card comes from: notes file, line</extracomment>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1, lines %2–%3</source>
        <translation>%1, líneas %2–%3</translation>
    </message>
    <message>
        <source>Card saved: “%1”. It is in your cards (Go &gt; Browse Cards) and comes up in Flashcards like any new card.</source>
        <extracomment>After saving an own card; %1 is its front</extracomment>
        <translation>Tarjeta guardada: «%1». Está entre tus tarjetas (Ir &gt; Explorar tarjetas) y aparece en Tarjetas como cualquier tarjeta nueva.</translation>
    </message>
</context>
<context>
    <name>certdeck::OptionRow</name>
    <message>
        <source>Option %1: %2</source>
        <translation>Opción %1: %2</translation>
    </message>
</context>
<context>
    <name>certdeck::OwnCardDialog</name>
    <message>
        <source>New Card</source>
        <translation>Nueva tarjeta</translation>
    </message>
    <message>
        <source>Edit Card</source>
        <translation>Editar tarjeta</translation>
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
        <translation>Anverso</translation>
    </message>
    <message>
        <source>&amp;Front:</source>
        <translation>&amp;Anverso:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Reverso</translation>
    </message>
    <message>
        <source>&amp;Back:</source>
        <translation>&amp;Reverso:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
</context>
<context>
    <name>certdeck::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Certdeck backs up your progress when it opens and every 30 minutes while you study. Restoring a backup replaces your progress with it; your current progress is kept as a backup first, so you can go back.</source>
        <translation>Certdeck hace una copia de seguridad de tu progreso al abrirse y cada 30 minutos mientras estudias. Restaurar una copia sustituye tu progreso por ella; antes se guarda tu progreso actual como copia, así que puedes volver atrás.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Repasos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Copiar ahora</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n copia de seguridad en %1</numerusform>
            <numerusform>%n copias de seguridad en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace your progress with the backup made %1? Your current progress is kept as a backup first.</source>
        <translation>¿Sustituir tu progreso por la copia hecha el %1? Antes se guarda tu progreso actual como copia.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
    <message>
        <source>Restored. Your progress as it was is kept in %1</source>
        <translation>Restaurado. Tu progreso anterior se guarda en %1</translation>
    </message>
</context>
<context>
    <name>certdeck::ReviewSettingsDialog</name>
    <message>
        <source>Flashcard Settings</source>
        <translation>Configuración de tarjetas</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>Retención deseada</translation>
    </message>
    <message>
        <source>&amp;Desired retention:</source>
        <extracomment>%1 and %2 are the lowest and highest desired retention (0.70, 0.97)</extracomment>
        <translation>Retención &amp;deseada:</translation>
    </message>
    <message>
        <source>%1 to %2. The chance of still remembering a card when it comes due: higher means more reviews. 0.90 suits most learners.</source>
        <translation>De %1 a %2. La probabilidad de recordar aún una tarjeta cuando vence: más alta significa más repasos. 0,90 va bien para la mayoría.</translation>
    </message>
    <message>
        <source>New cards per day</source>
        <translation>Tarjetas nuevas por día</translation>
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <extracomment>%1 is the highest number of new cards per day</extracomment>
        <translation>Tarjetas &amp;nuevas por día:</translation>
    </message>
    <message>
        <source>0 to %1. Cards you have never seen, introduced each study day.</source>
        <translation>De 0 a %1. Tarjetas que nunca has visto, presentadas cada día de estudio.</translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation>Repasos por día</translation>
    </message>
    <message>
        <source>&amp;Reviews per day:</source>
        <extracomment>%1 is the highest number of reviews per day</extracomment>
        <translation>&amp;Repasos por día:</translation>
    </message>
    <message>
        <source>0 to %1. The most reviews shown each study day; the rest wait for the next day.</source>
        <translation>De 0 a %1. El máximo de repasos que se muestran cada día de estudio; el resto espera al día siguiente.</translation>
    </message>
    <message>
        <source>Next day starts at</source>
        <translation>El día siguiente empieza a las</translation>
    </message>
    <message>
        <source>Next day &amp;starts at:</source>
        <translation>El día &amp;siguiente empieza a las:</translation>
    </message>
    <message>
        <source>Any time from 00:00 to 23:59. Study after midnight but before this time counts for the evening before.</source>
        <translation>Cualquier hora de 00:00 a 23:59. Lo que estudies después de medianoche pero antes de esta hora cuenta para la noche anterior.</translation>
    </message>
</context>
<context>
    <name>certdeck::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <extracomment>Between the last two keys that do the same thing in the keyboard help: &quot;N or Right&quot;</extracomment>
        <translation> o </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
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
        <translation>Repasos por día</translation>
    </message>
    <message numerus="yes">
        <source>Due forecast, next %Ln day(s)</source>
        <translation>
            <numerusform>Previsión de pendientes, próximo %Ln día</numerusform>
            <numerusform>Previsión de pendientes, próximos %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>True retention per topic</source>
        <translation>Retención real por tema</translation>
    </message>
    <message>
        <source>Card states</source>
        <translation>Estados de las tarjetas</translation>
    </message>
    <message>
        <source>Study time per day</source>
        <translation>Tiempo de estudio por día</translation>
    </message>
    <message>
        <source>Study calendar</source>
        <translation>Calendario de estudio</translation>
    </message>
    <message>
        <source>Exam score history</source>
        <translation>Historial de puntuaciones de examen</translation>
    </message>
    <message>
        <source>Accuracy per exam domain</source>
        <translation>Porcentaje de aciertos por dominio del examen</translation>
    </message>
    <message>
        <source>The exam whose domains are shown</source>
        <translation>El examen cuyos dominios se muestran</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Guarda este gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Cards graded each day, by grade.</source>
        <translation>Tarjetas calificadas cada día, por calificación.</translation>
    </message>
    <message numerus="yes">
        <source>No reviews in the last %Ln day(s)</source>
        <translation>
            <numerusform>Ningún repaso en el último %Ln día</numerusform>
            <numerusform>Ningún repaso en los últimos %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln review(s) (Again %2, Hard %3, Good %4, Easy %5)</source>
        <translation>
            <numerusform>%1: %Ln repaso (Otra vez %2, Difícil %3, Bien %4, Fácil %5)</numerusform>
            <numerusform>%1: %Ln repasos (Otra vez %2, Difícil %3, Bien %4, Fácil %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Repasos</translation>
    </message>
    <message>
        <source>Cards coming due each day; today&apos;s bar includes every overdue card.</source>
        <translation>Tarjetas que pasan a estar pendientes cada día; la barra de hoy incluye todas las tarjetas atrasadas.</translation>
    </message>
    <message numerus="yes">
        <source>No cards due in the next %Ln day(s)</source>
        <translation>
            <numerusform>Ninguna tarjeta pendiente en el próximo %Ln día</numerusform>
            <numerusform>Ninguna tarjeta pendiente en los próximos %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards due</source>
        <translation>Tarjetas pendientes</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln card(s) due, overdue cards included</source>
        <translation>
            <numerusform>Hoy: %Ln tarjeta pendiente, incluidas las atrasadas</numerusform>
            <numerusform>Hoy: %Ln tarjetas pendientes, incluidas las atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln card(s) due</source>
        <translation>
            <numerusform>%1: %Ln tarjeta pendiente</numerusform>
            <numerusform>%1: %Ln tarjetas pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of review-card grades recalled (Hard, Good or Easy). Overall: %1 of %Ln grade(s).</source>
        <translation>
            <numerusform>Proporción de calificaciones de tarjetas en repaso en las que se recordó la respuesta (Difícil, Bien o Fácil). En total: %1 de %Ln calificación.</numerusform>
            <numerusform>Proporción de calificaciones de tarjetas en repaso en las que se recordó la respuesta (Difícil, Bien o Fácil). En total: %1 de %Ln calificaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of review-card grades recalled (Hard, Good or Easy).</source>
        <translation>Proporción de calificaciones de tarjetas en repaso en las que se recordó la respuesta (Difícil, Bien o Fácil).</translation>
    </message>
    <message numerus="yes">
        <source>No review-card grades in the last %Ln day(s)</source>
        <translation>
            <numerusform>Ninguna calificación de tarjetas en repaso en el último %Ln día</numerusform>
            <numerusform>Ninguna calificación de tarjetas en repaso en los últimos %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln grade(s) recalled (%3)</source>
        <translation>
            <numerusform>%1: se recordó en %2 de %Ln calificación (%3)</numerusform>
            <numerusform>%1: se recordó en %2 de %Ln calificaciones (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Retention (%)</source>
        <translation>Retención (%)</translation>
    </message>
    <message>
        <source>Every card by where it is in learning. Leeches: %1</source>
        <translation>Todas las tarjetas según su fase de aprendizaje. Sanguijuelas: %1</translation>
    </message>
    <message>
        <source>No cards yet</source>
        <translation>Aún no hay tarjetas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendiendo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation>Reaprendiendo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendidas</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln card(s) (%2)</source>
        <translation>
            <numerusform>%1: %Ln tarjeta (%2)</numerusform>
            <numerusform>%1: %Ln tarjetas (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes spent grading flashcards and answering exam questions each day.</source>
        <translation>Minutos dedicados cada día a calificar tarjetas y responder preguntas de examen.</translation>
    </message>
    <message numerus="yes">
        <source>No study time in the last %Ln day(s)</source>
        <translation>
            <numerusform>Sin tiempo de estudio en el último %Ln día</numerusform>
            <numerusform>Sin tiempo de estudio en los últimos %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Exam questions</source>
        <translation>Preguntas de examen</translation>
    </message>
    <message>
        <source>%1: %2 on flashcards, %3 on exam questions</source>
        <translation>%1: %2 en tarjetas, %3 en preguntas de examen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Days with study in the last year: the darker, the more reviews and questions.</source>
        <translation>Días con estudio en el último año: cuanto más oscuro, más repasos y preguntas.</translation>
    </message>
    <message>
        <source>No study in the last year</source>
        <translation>Sin estudio en el último año</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %Ln day(s)</source>
        <translation>
            <numerusform>Racha actual: %Ln día</numerusform>
            <numerusform>Racha actual: %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest: %Ln day(s)</source>
        <translation>
            <numerusform>Más larga: %Ln día</numerusform>
            <numerusform>Más larga: %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>The scaled score of each timed exam, by exam.</source>
        <translation>La puntuación escalada de cada examen cronometrado, por examen.</translation>
    </message>
    <message>
        <source>No timed exam yet: take one on the Practice Exams page to see your scores here.</source>
        <translation>Aún no hay ningún examen cronometrado: haz uno en la página Exámenes de práctica para ver aquí tus puntuaciones.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Scaled score</source>
        <translation>Puntuación escalada</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%4 of %Ln right), passed</source>
        <translation>
            <numerusform>%1, %2: %3 (%4 de %Ln correcta), aprobado</numerusform>
            <numerusform>%1, %2: %3 (%4 de %Ln correctas), aprobado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%4 of %Ln right), not passed</source>
        <translation>
            <numerusform>%1, %2: %3 (%4 de %Ln correcta), no aprobado</numerusform>
            <numerusform>%1, %2: %3 (%4 de %Ln correctas), no aprobado</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass (%1)</source>
        <translation>Aprobado (%1)</translation>
    </message>
    <message>
        <source>Pass mark: %1</source>
        <translation>Nota de aprobado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Share of answers right per domain, last %Ln day(s); dashed: the share that passes.</source>
        <translation>
            <numerusform>Proporción de aciertos por dominio, último %Ln día; línea discontinua: la proporción necesaria para aprobar.</numerusform>
            <numerusform>Proporción de aciertos por dominio, últimos %Ln días; línea discontinua: la proporción necesaria para aprobar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No exam to show</source>
        <translation>No hay ningún examen que mostrar</translation>
    </message>
    <message numerus="yes">
        <source>No %1 questions answered in the last %Ln day(s)</source>
        <translation>
            <numerusform>No has respondido preguntas de %1 en el último %Ln día</numerusform>
            <numerusform>No has respondido preguntas de %1 en los últimos %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers right</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <source>%1: no answers yet, %2 of the exam</source>
        <translation>%1: aún sin respuestas, %2 del examen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln right (%3), %4 of the exam</source>
        <translation>
            <numerusform>%1: %2 de %Ln correcta (%3), %4 del examen</numerusform>
            <numerusform>%1: %2 de %Ln correctas (%3), %4 del examen</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Answers right (%)</source>
        <translation>Aciertos (%)</translation>
    </message>
    <message>
        <source>Pass share (%1)</source>
        <translation>Proporción para aprobar (%1)</translation>
    </message>
    <message>
        <source>A scaled score of %1 needs about %2 of the questions right</source>
        <translation>Una puntuación escalada de %1 requiere acertar aproximadamente %2 de las preguntas</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>No se pudo guardar el gráfico en %1.</translation>
    </message>
</context>
<context>
    <name>certdeck::StatsPage</name>
    <message>
        <source>Stats</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Días mostrados</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Últimos 365 días</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Opening your progress…</source>
        <translation>Abriendo tu progreso…</translation>
    </message>
</context>
<context>
    <name>certdeck::TodayPage</name>
    <message>
        <source>Estimated score %1 of %2, likely %3 to %4; pass at %5</source>
        <translation>Puntuación estimada %1 de %2, probablemente entre %3 y %4; se aprueba con %5</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>cards due now</source>
        <translation>tarjetas pendientes ahora</translation>
    </message>
    <message>
        <source>new cards for today</source>
        <translation>tarjetas nuevas para hoy</translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation>días seguidos</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Weakest spots</source>
        <translation>Puntos más débiles</translation>
    </message>
    <message>
        <source>Opening your progress…</source>
        <translation>Abriendo tu progreso…</translation>
    </message>
    <message>
        <source>Your progress cannot be read</source>
        <translation>No se puede leer tu progreso</translation>
    </message>
    <message>
        <source>&amp;Learn Cards</source>
        <translation>&amp;Aprender tarjetas</translation>
    </message>
    <message>
        <source>&amp;Review Now</source>
        <translation>&amp;Repasar ahora</translation>
    </message>
    <message>
        <source>&amp;Start Drill</source>
        <translation>&amp;Empezar práctica dirigida</translation>
    </message>
    <message>
        <source>&amp;Set Up the Exam</source>
        <translation>&amp;Configurar el examen</translation>
    </message>
    <message>
        <source>&amp;Drill Weakest Domain</source>
        <translation>&amp;Practicar el dominio más débil</translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %n day(s)</source>
        <translation>
            <numerusform>Racha más larga: %n día</numerusform>
            <numerusform>Racha más larga: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>An estimate of Certdeck&apos;s scoring from your recent answers and how well you recall the cards of each domain, with the range a real attempt would likely fall in. AWS does not publish its scaling: treat it as a guide.</source>
        <translation>Una estimación de la puntuación de Certdeck a partir de tus respuestas recientes y de lo bien que recuerdas las tarjetas de cada dominio, con el intervalo en el que probablemente caería un intento real. AWS no publica su escalado: tómala como orientación.</translation>
    </message>
    <message>
        <source>%1: no estimate yet. Study its cards or answer a few of its questions.</source>
        <extracomment>%1 exam code</extracomment>
        <translation>%1: aún no hay estimación. Estudia sus tarjetas o responde algunas de sus preguntas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: about &lt;b&gt;%2&lt;/b&gt; (likely %3 to %4), chance to pass about %5%</source>
        <extracomment>%1 exam code, %2 estimated scaled score, %3 and %4 its likely range, %5 chance to pass in percent</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: unos &lt;b&gt;%2&lt;/b&gt; (probablemente entre %3 y %4), probabilidad de aprobar de alrededor del %5 %</translation>
    </message>
    <message numerus="yes">
        <source>From %n answer(s) in the last 90 days</source>
        <translation>
            <numerusform>A partir de %n respuesta de los últimos 90 días</numerusform>
            <numerusform>A partir de %n respuestas de los últimos 90 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) studied</source>
        <translation>
            <numerusform>%n tarjeta estudiada</numerusform>
            <numerusform>%n tarjetas estudiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3% of the exam): about %4% right</source>
        <extracomment>%1 domain name, %2 exam code, %3 the domain&apos;s percent of the exam, %4 estimated percent right</extracomment>
        <translation>%1 (%2, %3 % del examen): alrededor del %4 % de aciertos</translation>
    </message>
    <message>
        <source>%1 (topic): about %2% right</source>
        <extracomment>%1 topic name, %2 estimated percent right</extracomment>
        <translation>%1 (tema): alrededor del %2 % de aciertos</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>Drill %1</source>
        <translation>Practicar %1</translation>
    </message>
    <message>
        <source>How to start:
1. Flashcards (%1): learn a few cards a day; Certdeck schedules each review just before you would forget it.
2. Practice Exams (%2): drill a topic or take a timed exam of 65 questions.
3. Come back here: your readiness per exam and your weakest domains appear once you have studied.
%3 looks up any limit or formula from any page; %4 lists every keyboard shortcut.</source>
        <extracomment>%1 %2 %3 %4 are keys as the keyboard names them (Ctrl+2, Ctrl+3, Ctrl+K, F1)</extracomment>
        <translation>Cómo empezar:
1. Tarjetas (%1): aprende unas pocas tarjetas al día; Certdeck programa cada repaso justo antes de que la olvides.
2. Exámenes de práctica (%2): practica un tema o haz un examen cronometrado de 65 preguntas.
3. Vuelve aquí: tu preparación para cada examen y tus dominios más débiles aparecen en cuanto hayas estudiado.
%3 busca cualquier límite o fórmula desde cualquier página; %4 muestra todos los atajos de teclado.</translation>
    </message>
</context>
</TS>
