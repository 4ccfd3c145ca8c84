<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;certdeck %1--help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certdeck %1: study companion for AWS certifications (SAA-C03, DVA-C02).

Usage: certdeck                        open the app
       certdeck &lt;command&gt; [options]    run a command without a display

Commands:
  content stats [--json]               what the content holds per topic, and how much of the notes
                                       its items cite
  content check [DIR]                  lint the content sources (file:line: message per problem)
  content export --format json         the whole bank: cards, questions, limits, formulas, errata,
                                       exam profiles
  lookup &lt;query&gt; [--json] [--limit N]  find a limit, formula, card, erratum, question or note
  progress info [--json]               where your progress is kept and what it holds

Options:
  -h, --help        show help; after a command, that command&apos;s help
  -v, --version     show the version

Exit status: 0 success, 1 failure or problems found, 2 wrong command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: content, lookup, progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: certdeck content &lt;stats|check|export&gt; [options]

  stats [--json]          counts of topics, sections, cards, questions, multi-response
                          questions, limits, formulas and errata, per topic, and the share
                          of note sections some item cites
  check [DIR]             lint the content sources; exit 1 with file:line messages
  export --format json    the whole bank as JSON
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand (stats, check or export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (stats, check or export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: certdeck content stats [--json]

Counts of topics, note sections, cards, questions (and multi-response questions),
limits, formulas and errata, in all and per topic, with the share of note sections that
some item cites (section_coverage, 0 to 1).

Options:
  --json        print JSON
  -h, --help    show this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 topics; %2% of note sections are cited by some item.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certdeck: no content folder at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 notes file(s), %3 deck(s), %4 item(s), %5 problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: certdeck content export --format json

Prints the whole bank: exam profiles, topics, cards, questions with their options,
correct flags and whys, limits, formulas and errata, each with its source in the notes.

Options:
  --format json   output format (json is the only one)
  -h, --help      show this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos; (supported: json)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing query, e.g. certdeck lookup &quot;visibility timeout&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: certdeck progress info [--json]

  info [--json]    where your progress database is, its schema version, and how many
                   cards, reviews and exam attempts it holds
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand (info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: certdeck progress info [--json]

Opens your progress database (creating or upgrading it when needed) and reports its
path, schema version and contents. A file that is not a Certdeck progress database is
reported and never overwritten. Set CERTDECK_DATA_DIR to use another folder.

Options:
  --json        print JSON
  -h, --help    show this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress database: %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards with a schedule: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam attempts: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentCompiler</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source of &apos;%1&apos; is not in the notes: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source of &apos;%1&apos; is ambiguous: &quot;%2&quot; is on %3 lines (%4); quote more of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no notes: expected notes/*.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; must be declared: it holds notes before any heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at %2:%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown topic &apos;%1&apos; (declare it in topics.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deck for topic &apos;%1&apos; must be named %1.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; already has a deck: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &apos;%1&apos; names unknown exam profile &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: &apos;%2&apos; is not a domain of %3 (one of: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentRepository</name>
    <message>
        <source>The content database %1 is missing.</source>
        <translation>コンテンツデータベース %1 が見つかりません。</translation>
    </message>
    <message>
        <source>The content database %1 cannot be opened: %2.</source>
        <translation>コンテンツデータベース %1 を開けません: %2。</translation>
    </message>
    <message>
        <source>The content database %1 cannot be read: %2.</source>
        <translation>コンテンツデータベース %1 を読み込めません: %2。</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck content database.</source>
        <translation>%1 は Certdeck のコンテンツデータベースではありません。</translation>
    </message>
    <message>
        <source>The content database %1 has schema %2, but this Certdeck reads schema %3. Reinstall Certdeck, or rebuild content.db from its sources.</source>
        <translation>コンテンツデータベース %1 のスキーマは %2 ですが、この Certdeck が読めるのはスキーマ %3 です。Certdeck を再インストールするか、ソースから content.db を再構築してください。</translation>
    </message>
</context>
<context>
    <name>DeckLoader</name>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is not of the form &lt;topic&gt;.&lt;name&gt; (lowercase letters, digits, &apos;-&apos;, &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &apos;%1&apos; must start with the deck&apos;s topic &apos;%2.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &apos;%1&apos; needs &apos;domains&apos;: a mapping of exam profile to domain, e.g. {saa-c03: resilient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option&apos;s &apos;why&apos; must be one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has the option &apos;%2&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;choose&apos; must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &apos;%1&apos; says choose %2 but marks %3 option(s) correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &apos;%1&apos; needs at least %2 options to choose %3 (has %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;where&apos; in formula must map each variable to its meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the topics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the topics file has no &apos;topics&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic id &apos;%1&apos; must be lowercase letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; is declared twice (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias of topic &apos;%1&apos; has no words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias &apos;%1&apos; names two topics: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exams file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exams file has no &apos;profiles&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; needs a positive question count and duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; needs &apos;score: {min, max, pass}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores must satisfy min &lt; pass &lt;= max (%1, %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain &apos;%1&apos; appears twice in &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; has no domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain weights of &apos;%1&apos; add up to %2, not 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDatabase</name>
    <message>
        <source>Cannot read your progress database %1: %2</source>
        <translation>進捗データベース %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be opened: %2. It was left untouched.</source>
        <translation>進捗データベース %1 を開けません：%2。このファイルは変更していません。</translation>
    </message>
    <message>
        <source>Your progress database %1 was written by a newer Certdeck (schema %2; this version reads up to %3). It was left untouched; update Certdeck to use it.</source>
        <translation>進捗データベース %1 は新しいバージョンの Certdeck で作成されています（スキーマ %2。このバージョンが読み込めるのはスキーマ %3 までです）。このファイルは変更していません。使用するには Certdeck を更新してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder for your progress database: %1</source>
        <translation>進捗データベース用のフォルダーを作成できません：%1</translation>
    </message>
    <message>
        <source>Cannot set up your progress database %1: %2</source>
        <translation>進捗データベース %1 をセットアップできません：%2</translation>
    </message>
    <message>
        <source>Certdeck keeps your progress in the file %1, but a folder or other non-file is at that path. Rename or move it, then start Certdeck again.</source>
        <translation>Certdeck は学習の進捗をファイル %1 に保存しますが、そのパスにはフォルダーなどファイル以外のものがあります。名前を変更するか移動してから、Certdeck を再起動してください。</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck progress database (it is not an SQLite database at all). It was left untouched; rename or move it to start a new one.</source>
        <translation>%1 は Certdeck の進捗データベースではありません（SQLite データベースでもありません）。ファイルは変更していません。新しく作成するには、名前を変更するか移動してください。</translation>
    </message>
    <message>
        <source>Your progress database %1 is damaged (%2). It was left untouched; restore a backup, or rename or move it to start a new one.</source>
        <translation>進捗データベース %1 が破損しています（%2）。ファイルは変更していません。バックアップから復元するか、名前を変更または移動して新しく作成してください。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Certdeck progress database. It was left untouched; rename or move it to start a new one.</source>
        <translation>%1 は別のプログラムの SQLite データベースで、Certdeck の進捗データベースではありません。ファイルは変更していません。新しく作成するには、名前を変更するか移動してください。</translation>
    </message>
</context>
<context>
    <name>certdeck-compile</name>
    <message>
        <source>usage: certdeck-compile &lt;content dir&gt; &lt;output content.db&gt; [--sections]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certdeck-compile: %1 problem(s); %2 not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::LookupPage</name>
    <message>
        <source>Lookup</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Lookup query</source>
        <translation>検索語句</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Results appear as you type. Press Enter on a result to read the notes it comes from.</source>
        <translation>入力に合わせて結果が表示されます。結果を選んで Enter キーを押すと、その出典のノートを表示します。</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try fewer or other words.</source>
        <translation>「%1」に一致する項目はありません。語句を減らすか、別の語句でお試しください。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 件の結果</numerusform>
        </translation>
    </message>
    <message>
        <source>Search limits, formulas and facts, e.g. &quot;visibility timeout&quot; or &quot;rcu&quot;</source>
        <translation>上限値・計算式・事実を検索（例: 「visibility timeout」、「rcu」）</translation>
    </message>
    <message>
        <source>Try one of these:</source>
        <translation>例えば次を試してください:</translation>
    </message>
</context>
<context>
    <name>certdeck::LookupResultModel</name>
    <message>
        <source>Limit</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>計算式</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>訂正</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Label of a search result that is a section of the learner&apos;s notes</extracomment>
        <translation>ノート</translation>
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
        <translation>検索</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ノート</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Certdeck</source>
        <translation>Certdeck について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Your progress cannot be opened</source>
        <translation>学習の進捗を開けません</translation>
    </message>
    <message>
        <source>Certdeck works without saving progress until this is resolved.</source>
        <translation>この問題が解決するまで、Certdeck は進捗を保存せずに動作します。</translation>
    </message>
    <message>
        <source>About Certdeck</source>
        <translation>Certdeck について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Certdeck %1&lt;/h3&gt;&lt;p&gt;A study companion for AWS certifications, built from your own notes: look up limits, formulas and facts as you type, and read your notes with corrections beside the lines that are wrong or out of date.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Certdeck %1&lt;/h3&gt;&lt;p&gt;自分のノートから作る AWS 認定の学習パートナーです。上限値・計算式・事実を入力しながら検索でき、誤りや古い記述のある行の横に訂正を表示してノートを読めます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>certdeck::NoteSectionTreeModel</name>
    <message>
        <source>%1, lines %2–%3</source>
        <extracomment>Tooltip of a note section: notes file, lines first–last</extracomment>
        <translation>%1、%2～%3 行目</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A topic in the notes tree: its title and (number of note sections)</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>certdeck::NotesPage</name>
    <message>
        <source>Filter topics and sections</source>
        <translation>トピックとセクションを絞り込み</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Topics and sections</source>
        <translation>トピックとセクション</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>ノートの本文</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your notes&lt;/b&gt;&lt;br&gt;Pick a section on the left. Corrections to outdated or wrong lines appear beside them.</source>
        <translation>&lt;b&gt;ノート&lt;/b&gt;&lt;br&gt;左側でセクションを選択してください。古くなった行や誤った行には、その横に訂正が表示されます。</translation>
    </message>
    <message>
        <source>%1 · %2, lines %3–%4</source>
        <extracomment>Under a note section&apos;s title: topic · notes file, lines first–last</extracomment>
        <translation>%1 · %2、%3～%4 行目</translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation>訂正：</translation>
    </message>
    <message>
        <source>The note says: %1 · Source: %2</source>
        <translation>ノートの記述：%1 · 出典：%2</translation>
    </message>
</context>
</TS>
