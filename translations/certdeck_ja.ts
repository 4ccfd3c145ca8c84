<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AnkiPackage</name>
    <message>
        <source>“%1”</source>
        <extracomment>The quote from the notes line a card comes from, in an Anki export&apos;s Source field</extracomment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>The Anki deck for cards without a topic</extracomment>
        <translation>その他</translation>
    </message>
    <message>
        <source>cannot build the Anki collection: %1</source>
        <extracomment>%1 is SQLite&apos;s reason</extracomment>
        <translation>Anki のコレクションを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot build the Anki package: %1</source>
        <extracomment>%1 is libzip&apos;s reason</extracomment>
        <translation>Anki パッケージを作成できません: %1</translation>
    </message>
</context>
<context>
    <name>CardsCsv</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where a card comes from in a CSV export: the notes file&apos;s name, and the line</extracomment>
        <translation>%1、%2 行目</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;certdeck %1--help&apos;.</source>
        <translation>詳しくは &apos;certdeck %1--help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション &apos;%1&apos; です</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos; があります</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>節</translation>
    </message>
    <message>
        <source>cited</source>
        <translation>引用済</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>multi</source>
        <translation>複数選択</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>formulas</source>
        <translation>計算式</translation>
    </message>
    <message>
        <source>errata</source>
        <translation>訂正</translation>
    </message>
    <message>
        <source>all</source>
        <translation>合計</translation>
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
        <translation>Usage: certdeck content check [DIR]

コンテンツフォルダー（notes/、decks/、topics.yaml、exams.yaml）を、ビルドと
同じように検査します: YAML の構文、既知のキー、ID、必須フィールド、正解の組み合わせ、
試験ドメイン、すべての出典の引用がノートのちょうど 1 行に見つかること。エラーごとに
「ファイル:行: メッセージ」を標準エラー出力に表示し、エラーがあれば 1 で終了します。
DIR の既定値: %1

オプション:
  -h, --help    このヘルプを表示する
</translation>
    </message>
    <message>
        <source>expected at most one folder</source>
        <translation>フォルダーは 1 つまでしか指定できません</translation>
    </message>
    <message>
        <source>certdeck: no content folder at %1</source>
        <translation>certdeck: %1 にコンテンツフォルダーがありません</translation>
    </message>
    <message>
        <source>%1: %2 notes file(s), %3 deck(s), %4 item(s), %5 problem(s)</source>
        <translation>%1: ノートファイル %2 件、デッキ %3 件、項目 %4 件、エラー %5 件</translation>
    </message>
    <message>
        <source>Usage: certdeck content export --format json

Prints the whole bank: exam profiles, topics, cards, questions with their options,
correct flags and whys, limits, formulas and errata, each with its source in the notes.

Options:
  --format json   output format (json is the only one)
  -h, --help      show this help
</source>
        <translation>Usage: certdeck content export --format json

試験プロファイル、トピック、カード、問題（選択肢、正解フラグ、理由を含む）、
制限、計算式、訂正の全コンテンツを、それぞれのノート内の出典とともに出力します。

オプション:
  --format json   出力形式（json のみ対応）
  -h, --help      このヘルプを表示する
</translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos; (supported: json)</source>
        <translation>未対応の形式 &apos;%1&apos; です（対応している形式: json）</translation>
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
        <translation>Usage: certdeck lookup &lt;query&gt; [--json] [--limit N]

検索語句に一致する制限、計算式、カード、訂正、問題、ノートのセクションを、
一致度の高い順に表示します。どんなテキストでも検索語句として使えます。

オプション:
  --json        [{&quot;kind&quot;,&quot;id&quot;,&quot;title&quot;,&quot;answer&quot;,&quot;topic&quot;,&quot;source&quot;}] を出力する
  --limit N     結果を最大 N 件にする（1～%1、既定値 %2）
  -h, --help    このヘルプを表示する
</translation>
    </message>
    <message>
        <source>missing query, e.g. certdeck lookup &quot;visibility timeout&quot;</source>
        <translation>検索語句を指定してください（例: certdeck lookup &quot;visibility timeout&quot;）</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation>--limit には 1～%1 の整数を指定してください（指定された値: &apos;%2&apos;）</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>「%1」に一致する項目はありません。</translation>
    </message>
    <message>
        <source>Schema version: %1
</source>
        <translation>スキーマバージョン: %1
</translation>
    </message>
    <message>
        <source>Cards with a schedule: %1
</source>
        <translation>復習予定のあるカード: %1
</translation>
    </message>
    <message>
        <source>Reviews: %1
</source>
        <translation>復習回数: %1
</translation>
    </message>
    <message>
        <source>Exam attempts: %1
</source>
        <translation>試験の受験回数: %1
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
        <translation>Usage: certdeck progress info [--json]

進捗データベースの場所、スキーマバージョン、保存内容、Certdeck が保存可能かを
表示します。読み取りのみで、ファイルの作成・アップグレード・変更は一切しません。
Certdeck の進捗データベースではないファイルは、報告するだけで変更しません。
別のフォルダーを使うには CERTDECK_DATA_DIR を設定してください。

オプション:
  --json        JSON で出力する
  -h, --help    このヘルプを表示する
</translation>
    </message>
    <message>
        <source>No progress yet: %1 does not exist. Certdeck creates it when you first open the app.
</source>
        <translation>まだ進捗はありません: %1 は存在しません。アプリを初めて開いたときに Certdeck が作成します。
</translation>
    </message>
    <message>
        <source>Progress database: %1
</source>
        <translation>進捗データベース: %1
</translation>
    </message>
    <message>
        <source>Certdeck cannot save to it: the file or its folder is read-only.
</source>
        <translation>Certdeck はここに保存できません: ファイルまたはそのフォルダーが読み取り専用です。
</translation>
    </message>
    <message>
        <source>A change to it was cut short (Certdeck was stopped while saving). The app rolls it back when it next opens the file; nothing else is lost.
</source>
        <translation>Certdeck が保存中に停止したため、変更が途中で中断されています。次にアプリがこのファイルを開くときに元に戻します。ほかに失われるものはありません。
</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>a list of choices, e.g. &quot;stats, check or export&quot;; %1 is all but the last, %2 the last</extracomment>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <source>Certdeck %1: study companion for AWS certifications (SAA-C03, DVA-C02).

Usage: certdeck                        open the app
       certdeck &lt;command&gt; [options]    run a command without a display

Commands:
</source>
        <translation>Certdeck %1: AWS 認定資格（SAA-C03、DVA-C02）の学習支援アプリ。

使い方: certdeck                        アプリを開く
        certdeck &lt;コマンド&gt; [オプション]  画面なしでコマンドを実行する

コマンド:
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
オプション:
  -h, --help        ヘルプを表示（コマンドの後ではそのコマンドのヘルプ）
  -v, --version     バージョンを表示

終了ステータス: 0 成功、1 失敗または問題あり、2 コマンドラインの誤り。
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>不明なコマンド &apos;%1&apos;（コマンド: %2）</translation>
    </message>
    <message>
        <source>missing subcommand (%1)</source>
        <translation>サブコマンドがありません（%1）</translation>
    </message>
    <message>
        <source>Usage: certdeck %1 &lt;%2&gt; [options]
</source>
        <translation>Usage: certdeck %1 &lt;%2&gt; [オプション]
</translation>
    </message>
    <message>
        <source>Run &apos;certdeck %1 &lt;subcommand&gt; --help&apos; for its options.
</source>
        <translation>各サブコマンドのオプションは &apos;certdeck %1 &lt;サブコマンド&gt; --help&apos; で表示します。
</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (%2)</source>
        <translation>不明なサブコマンド &apos;%1&apos;（%2）</translation>
    </message>
    <message>
        <source>counts per topic, and the share of the notes cited</source>
        <translation>トピックごとの件数と、引用されたノートの割合</translation>
    </message>
    <message>
        <source>lint the content sources (file:line: problem)</source>
        <translation>コンテンツのソースを検査する（ファイル:行: 問題）</translation>
    </message>
    <message>
        <source>the whole bank as JSON</source>
        <translation>全コンテンツを JSON で出力</translation>
    </message>
    <message>
        <source>find a limit, formula, card, erratum, question or note</source>
        <translation>制限値・数式・カード・訂正・問題・ノートを検索する</translation>
    </message>
    <message>
        <source>where your progress is kept and what it holds</source>
        <translation>学習記録の保存場所と内容</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>標準入力を読み込めません: %1</translation>
    </message>
    <message>
        <source>standard input is longer than %1 MiB</source>
        <translation>標準入力が %1 MiB を超えています</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>カード %1</translation>
    </message>
    <message>
        <source>card #%1 (no id)</source>
        <extracomment>%1 is the card&apos;s position in the input, from 1</extracomment>
        <translation>%1 番目のカード（ID なし）</translation>
    </message>
    <message>
        <source>standard input is not JSON: %1 at byte %2</source>
        <translation>標準入力が JSON ではありません: %1（%2 バイト目）</translation>
    </message>
    <message>
        <source>expected {&quot;cards&quot;: [...]} on standard input</source>
        <translation>標準入力には {&quot;cards&quot;: [...]} が必要です</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; must be a string or a number</source>
        <translation>%1: &quot;id&quot; は文字列または数値にしてください</translation>
    </message>
    <message>
        <source>%1: &quot;reviews&quot; must be a list</source>
        <translation>%1: &quot;reviews&quot; はリストにしてください</translation>
    </message>
    <message>
        <source>%1, review %2</source>
        <extracomment>%1 names the card, %2 is the review&apos;s position from 1</extracomment>
        <translation>%1、%2 回目の復習</translation>
    </message>
    <message>
        <source>%1: &quot;at&quot; must be an ISO-8601 time with a zone, such as 2025-01-05T09:00:00Z (got %2)</source>
        <translation>%1: &quot;at&quot; はタイムゾーン付きの ISO-8601 時刻にしてください（例: 2025-01-05T09:00:00Z、入力: %2）</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>時刻なし</translation>
    </message>
    <message>
        <source>%1: &quot;rating&quot; must be 1 (again), 2 (hard), 3 (good) or 4 (easy)</source>
        <translation>%1: &quot;rating&quot; は 1（もう一度）、2（難しい）、3（正解）、4（簡単）のいずれかにしてください</translation>
    </message>
    <message>
        <source>%1: reviews are out of order (%2 is before %3)</source>
        <translation>%1: 復習が時刻順になっていません（%2 は %3 より前です）</translation>
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
        <translation>使い方: certdeck srs replay --json &lt; reviews.json

復習履歴を FSRS-6 スケジューラで再生し（既定のパラメータ、目標記憶率 0.9、学習ステップ
1分・10分、再学習ステップ 10分、ゆらぎなし）、復習ごとのスケジュールを出力します。
各カードは最初の復習時に新規カードとして始まります。

入力:  {&quot;cards&quot;:[{&quot;id&quot;:&quot;c1&quot;,&quot;reviews&quot;:[{&quot;at&quot;:&quot;2025-01-05T09:00:00Z&quot;,&quot;rating&quot;:3}]}]}
       評価は 1 もう一度、2 難しい、3 正解、4 簡単。時刻はタイムゾーン付き ISO-8601 で時刻順
出力:  {&quot;cards&quot;:[{&quot;id&quot;:&quot;c1&quot;,&quot;steps&quot;:[{&quot;state&quot;,&quot;due&quot;,&quot;stability&quot;,&quot;difficulty&quot;,
        &quot;reps&quot;,&quot;lapses&quot;,&quot;elapsed_days&quot;,&quot;scheduled_days&quot;,&quot;learning_steps&quot;}]}]}

不正な入力ではカードと問題を 1 行で示し、終了ステータス 2 で終わります。

オプション:
  --json        JSON を出力（唯一の出力形式）
  -h, --help    このヘルプを表示
</translation>
    </message>
    <message>
        <source>--json is required (the output is JSON)</source>
        <translation>--json が必要です（出力は JSON です）</translation>
    </message>
    <message>
        <source>replay review histories through the FSRS scheduler</source>
        <translation>復習履歴を FSRS スケジューラで再生する</translation>
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
        <translation>Usage: certdeck progress backup [--json]

進捗データベースを今すぐバックアップします。検査済みの完全なコピーを次のフォルダーに
%1
作成し、作成時刻に基づく名前を付けます（progress-20261122T153012Z.db、UTC）。
Certdeck を開いたままでも安全です。コピーには開始時点で保存済みの内容が入ります。
続いてローテーションを行います。古いバックアップのうち、最新の %2 件と、直近 %3 日間の
各日の最新のもの、直近 %4 週間の各週の最新のものを残し、それ以外を削除します。
削除するのはバックアップだけで、今回作成したバックアップは削除しません。破損している、
または Certdeck のものではない進捗データベースはバックアップしないため、正常な
バックアップが押し出されることはありません。バックアップの保存先と、ローテーションで
削除したバックアップを表示します（削除できなかったバックアップは標準エラー出力に報告
しますが、新しいバックアップは有効です）。進捗データベースがまだない場合やバックアップ
できない場合は、何も作成せずに 1 で終了します。

オプション:
  --json        JSON で出力する: {&quot;path&quot;: 新しいバックアップ, &quot;removed&quot;: [ローテーションで
                削除したバックアップ]}
  -h, --help    このヘルプを表示する
</translation>
    </message>
    <message>
        <source>No progress yet: %1 does not exist, so there is nothing to back up. Certdeck creates it when you first open the app.</source>
        <translation>まだ進捗はありません: %1 は存在しないため、バックアップするものはありません。アプリを初めて開いたときに Certdeck が作成します。</translation>
    </message>
    <message>
        <source>Backed up your progress to %1
</source>
        <translation>進捗をバックアップしました: %1
</translation>
    </message>
    <message>
        <source>Rotation removed no older backup.
</source>
        <translation>ローテーションで削除された古いバックアップはありません。
</translation>
    </message>
    <message numerus="yes">
        <source>Rotation removed %n older backup(s):
</source>
        <translation>
            <numerusform>ローテーションで古いバックアップを %n 件削除しました:
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
        <translation>Usage: certdeck progress backups [--json]

次のフォルダーにある進捗データベースのバックアップを一覧表示します:
%1
新しい順に、作成日時（ローカル時刻）、含まれる復習の数、サイズ、ファイル名を表示します。
&apos;certdeck progress restore&apos; にはこのファイル名だけを指定すれば十分です。読み込めない
バックアップは理由付きで表示します。読み取りのみで、0 件でもエラーにはしません。

オプション:
  --json        JSON で出力する: 新しい順の配列で、要素は {&quot;path&quot;, &quot;created&quot; (ISO 8601,
                UTC), &quot;reviews&quot;, &quot;size&quot; (バイト数)}。読み込めないバックアップには
                &quot;error&quot; を追加する（&quot;reviews&quot; は null）
  -h, --help    このヘルプを表示する
</translation>
    </message>
    <message>
        <source>No backups yet in %1. Make one with &apos;certdeck progress backup&apos;.
</source>
        <translation>%1 にはまだバックアップがありません。&apos;certdeck progress backup&apos; で作成できます。
</translation>
    </message>
    <message>
        <source>Made (local time)</source>
        <translation>作成日時（ローカル時刻）</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>復習回数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:
</source>
        <translation>%1 のバックアップ（新しい順）:
</translation>
    </message>
    <message>
        <source>Restore one with: certdeck progress restore FILE (the file name is enough)
</source>
        <translation>復元するには certdeck progress restore FILE を実行します（ファイル名だけで指定できます）
</translation>
    </message>
    <message>
        <source>y</source>
        <extracomment>the short answer that confirms a question asked with [y/N]; &quot;y&quot; is accepted as well</extracomment>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>the long answer that confirms a question asked with [y/N]; &quot;yes&quot; is accepted as well</extracomment>
        <translation>はい</translation>
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
        <translation>Usage: certdeck progress restore FILE [--yes]

進捗をバックアップ FILE で置き換えます。FILE にはパス、または &apos;certdeck progress backups&apos;
が一覧表示するバックアップのファイル名だけを指定します（フォルダーを含まない名前で、
現在のフォルダーにファイルとして存在しないものは %1 から探します）。
FILE は完全な Certdeck の進捗データベースでなければなりません。それ以外は拒否され、
何も変更されません。
現在の進捗は先にバックアップされるため、復元自体も元に戻せます。そのバックアップの
場所はコマンドが表示します。（現在のファイルが Certdeck のものとして読み込めない場合は、
代わりに replaced-progress-&lt;time&gt;.db としてバイト単位でそのまま保存します。）
先に Certdeck を終了してください。Certdeck が進捗を開いている間は、復元は拒否されます。
標準入力が端末の場合は、復元の前に確認します。それ以外（スクリプト、パイプなど）では
--yes が必要です。
終了ステータス: 0 復元完了、1 拒否・未確認・失敗（進捗は元のまま）、2 コマンドラインの
誤り、または --yes がなく確認用の端末もない場合。

オプション:
  --yes         確認せずに復元する
  -h, --help    このヘルプを表示する
</translation>
    </message>
    <message>
        <source>missing FILE, the backup to restore</source>
        <translation>FILE（復元するバックアップ）を指定してください</translation>
    </message>
    <message>
        <source>standard input is not a terminal, so there is no one to ask; add --yes to restore without asking</source>
        <translation>標準入力が端末ではないため、確認できません。確認せずに復元するには --yes を付けてください</translation>
    </message>
    <message>
        <source>Certdeck is running; close it first. Your progress database %1 is open (in Certdeck, or another program), and Certdeck would go on saving over the restored progress. Nothing was restored.</source>
        <translation>Certdeck が実行中です。先に終了してください。進捗データベース %1 が（Certdeck または別のプログラムで）開かれているため、このままでは Certdeck が復元した進捗の上に保存し続けてしまいます。何も復元されませんでした。</translation>
    </message>
    <message>
        <source>Restoring %1 into %2.
</source>
        <translation>%1 を %2 に復元します。
</translation>
    </message>
    <message>
        <source>Before restoring, your current progress is kept as a backup, so the restore can be undone.
</source>
        <translation>復元の前に現在の進捗をバックアップとして保存するため、復元は元に戻せます。
</translation>
    </message>
    <message>
        <source>There is no progress database yet; the backup becomes it.
</source>
        <translation>進捗データベースはまだありません。バックアップがそのまま進捗データベースになります。
</translation>
    </message>
    <message>
        <source>Restore it? [y/N] </source>
        <translation>復元しますか？ [y/N] </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>何も復元されませんでした。</translation>
    </message>
    <message>
        <source>Restored %1.
</source>
        <translation>%1 を復元しました。
</translation>
    </message>
    <message>
        <source>There was no progress database before, so there was nothing to keep.
</source>
        <translation>以前の進捗データベースはなかったため、保存するものはありませんでした。
</translation>
    </message>
    <message>
        <source>Your progress as it was is kept in the backup %1
To undo, restore that backup.
</source>
        <translation>元の進捗はバックアップに保存されています: %1
元に戻すには、そのバックアップを復元してください。
</translation>
    </message>
    <message>
        <source>The file it replaced could not be read as a Certdeck progress database; its bytes are kept in %1
</source>
        <translation>置き換えたファイルは Certdeck の進捗データベースとして読み込めませんでした。その内容はそのまま保存されています: %1
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
        <translation>Usage: certdeck progress check [--json]

進捗データベースを変更せずに検査します。対象は SQLite の整合性チェック、外部キー、
対応する受験記録のない試験の解答、復習予定のないカードの復習（card_state 行のない
review_log 行）です。Certdeck を開いたままでも安全です。問題は標準エラー出力に表示し、
問題がある場合や、ファイルを読み込めない場合（Certdeck のものでない、より新しい
Certdeck で作成された、読み込めないほど破損している）は 1 で終了します。
進捗データベースがまだない場合は検査対象がないため、その旨を表示して 0 で終了します。
破損が見つかったら、&apos;certdeck progress backups&apos; で復元できるバックアップを確認できます。

オプション:
  --json        JSON で出力する: {&quot;path&quot;, &quot;exists&quot;, &quot;healthy&quot;, &quot;integrity&quot;: [問題],
                &quot;foreign_keys&quot;: [問題], &quot;answers_without_attempt&quot;: n,
                &quot;reviews_without_card&quot;: n}
  -h, --help    このヘルプを表示する
</translation>
    </message>
    <message>
        <source>No progress yet: %1 does not exist, so there is nothing to check.
</source>
        <translation>まだ進捗はありません: %1 は存在しないため、検査するものはありません。
</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>整合性チェック: %1</translation>
    </message>
    <message>
        <source>foreign key check: %1</source>
        <translation>外部キーチェック: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exam answer(s) (exam_answer) belong to an exam attempt that does not exist (exam_attempt)</source>
        <translation>
            <numerusform>%n 件の試験の解答（exam_answer）が、存在しない受験記録（exam_attempt）に属しています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in review_log are of a card without a schedule (no card_state row)</source>
        <translation>
            <numerusform>review_log の %n 件の復習が、復習予定のないカード（card_state 行なし）のものです</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: healthy (integrity, foreign keys and orphaned rows checked)
</source>
        <translation>%1: 正常です（整合性、外部キー、孤立した行を検査済み）
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found
</source>
        <translation>
            <numerusform>%1: %n 件の問題が見つかりました
</numerusform>
        </translation>
    </message>
    <message>
        <source>back your progress up now; old backups rotate</source>
        <translation>進捗を今すぐバックアップする（古いバックアップはローテーション）</translation>
    </message>
    <message>
        <source>list the backups of your progress</source>
        <translation>進捗のバックアップを一覧表示する</translation>
    </message>
    <message>
        <source>replace your progress with a backup</source>
        <translation>進捗をバックアップで置き換える</translation>
    </message>
    <message>
        <source>check your progress database for problems</source>
        <translation>進捗データベースに問題がないか検査する</translation>
    </message>
    <message>
        <source>missing FILE, the exported history to import</source>
        <translation>FILE（インポートする書き出し済みの履歴）がありません</translation>
    </message>
    <message>
        <source>cannot import %1: it %2</source>
        <translation>%1 をインポートできません（%2）</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <extracomment>%1 is the file, %2 what is wrong with it</extracomment>
        <translation>%1 をインポートできません: %2</translation>
    </message>
    <message>
        <source>Certdeck is running with your progress open; close it first, then import again. Nothing was imported.</source>
        <translation>Certdeck が進捗を開いたまま実行中です。閉じてからもう一度インポートしてください。何もインポートしていません。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何もインポートしていません。</translation>
    </message>
    <message>
        <source>Imported %1 review(s) (%2 already here); %3 card schedule(s) recomputed.
</source>
        <extracomment>%1 new reviews, %2 reviews already there, %3 cards</extracomment>
        <translation>%1 件の復習をインポートしました（%2 件は既存）。%3 枚のカードのスケジュールを計算し直しました。
</translation>
    </message>
    <message>
        <source>your whole review history, to carry to another computer</source>
        <translation>復習履歴のすべてを別のコンピューターへ移すために出力する</translation>
    </message>
    <message>
        <source>merge an exported review history into your progress</source>
        <translation>書き出した復習履歴を進捗に統合する</translation>
    </message>
    <message>
        <source>Usage: certdeck calc %1 %2

%3.

Options:
</source>
        <translation>Usage: certdeck calc %1 %2

%3。

オプション:
</translation>
    </message>
    <message>
        <source> (%1 to %2%3)</source>
        <extracomment>%1 smallest, %2 largest valid value, %3 unit or nothing</extracomment>
        <translation> (%1～%2%3)</translation>
    </message>
    <message>
        <source>; default %1</source>
        <translation>; 既定値 %1</translation>
    </message>
    <message>
        <source>; required</source>
        <translation>; 必須</translation>
    </message>
    <message>
        <source>print the figures, steps, facts and formulas as JSON</source>
        <translation>算出した数値、手順、事実、計算式を JSON で出力する</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>このヘルプを表示する</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>手順:</translation>
    </message>
    <message>
        <source>Figures used:</source>
        <translation>使用した数値:</translation>
    </message>
    <message>
        <source>%1, %2, as of %3</source>
        <extracomment>%1 a page, %2 a region, %3 a month</extracomment>
        <translation>%1、%2、%3 時点</translation>
    </message>
    <message>
        <source>Formulas in your notes:</source>
        <translation>ノート内の計算式:</translation>
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
        <translation>Usage: certdeck calc drill --calculator NAME [--seed N] [--count K] [--json]

計算機から作る試験形式の数値問題です。現実的な入力値、計算過程付きの正解、
典型的な間違いから作った誤答を出題します。同じシードからは同じドリルが作られます。

オプション:
  --calculator NAME   %1
  --seed N            0～18446744073709551615（既定値 1）
  --count K           問題数 1～%2（既定値 10）
  --json              [{&quot;id&quot;,&quot;stem&quot;,&quot;options&quot;:[{&quot;text&quot;,&quot;correct&quot;,&quot;why&quot;}],&quot;explanation&quot;}] を出力する
  -h, --help          このヘルプを表示する
</translation>
    </message>
    <message>
        <source>--calculator must be one of %1 (got &apos;%2&apos;)</source>
        <translation>--calculator には %1 のいずれかを指定してください（指定された値: &apos;%2&apos;）</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615 (got &apos;%1&apos;)</source>
        <translation>--seed には 0～18446744073709551615 の整数を指定してください（指定された値: &apos;%1&apos;）</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation>--count には 1～%1 の整数を指定してください（指定された値: &apos;%2&apos;）</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <extracomment>%1 the letter of the right option</extracomment>
        <translation>正解: %1</translation>
    </message>
    <message>
        <source>exam-style numeric questions from a calculator</source>
        <translation>計算機から作る試験形式の数値問題</translation>
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
        <translation>Usage: certdeck content stats [--json]

トピック、ノートのセクション、カード、問題（うち複数選択問題）、制限、計算式、訂正の
件数を、全体とトピックごとに表示します。あわせて、いずれかの項目が引用している
ノートのセクションの割合（section_coverage、0～1）、デッキが意図的にスキップしている
セクション、試験ドメインとタスクステートメントごとの問題数、どの問題も扱っていない
タスクステートメント、問題の品質指標（シナリオ問題と知識問題の割合、正解の選択肢が
最も長い頻度）、どこからも引用されていないノートのセクションを表示します。

オプション:
  --json        JSON で出力する
  -h, --help    このヘルプを表示する
</translation>
    </message>
    <message>
        <source>%1 topics; %2% of note sections are cited by some item, %3 skipped.</source>
        <translation>トピック %1 件。ノートのセクションの %2% がいずれかの項目から引用されており、%3 件はスキップ対象です。</translation>
    </message>
    <message>
        <source>%1: %2 questions (%3)</source>
        <extracomment>%1 exam code, %2 question count, %3 &quot;domain count, domain count, ...&quot;</extracomment>
        <translation>%1: %2 問（%3）</translation>
    </message>
    <message>
        <source>Task statements no question covers (the notes do not touch them):</source>
        <translation>どの問題も扱っていないタスクステートメント（ノートで触れていません）:</translation>
    </message>
    <message>
        <source>Questions: %1% scenarios, %2% recall; the correct option is the only longest in %3% of single-answer questions and %4 times as long as a distractor on average.</source>
        <translation>問題: シナリオ問題 %1%、知識問題 %2%。択一選択問題の %3% で正解の選択肢だけが最も長く、正解の選択肢の長さは平均で誤答選択肢の %4 倍です。</translation>
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
        <translation>Usage: certdeck exam generate --profile ID --seed N [--json]

プロファイル ID（saa-c03、dva-c02）の模擬試験 1 回分の問題を、まだ 1 問も解答していない
学習者向けにシード N で抽出したとおりに出力します。ドメインごとの問題数はドメインの配分に
従い、各問題の選択肢は表示順に並びます。同じシードからは同じ試験が作られます。

オプション:
  --profile ID  試験プロファイル
  --seed N      0～18446744073709551615 の整数
  --json        {&quot;profile&quot;,&quot;seed&quot;,&quot;minutes&quot;,&quot;questions&quot;:[{&quot;id&quot;,&quot;domain&quot;,&quot;choose&quot;,
                &quot;options&quot;:[表示順の選択肢 ID]}]} を出力する。選択肢の ID は
                デッキ内での位置（0 から）
  -h, --help    このヘルプを表示する
</translation>
    </message>
    <message>
        <source>missing --profile, e.g. --profile saa-c03</source>
        <translation>--profile がありません（例: --profile saa-c03）</translation>
    </message>
    <message>
        <source>no exam profile &apos;%1&apos; (there are: %2)</source>
        <translation>試験プロファイル &apos;%1&apos; はありません（使える値: %2）</translation>
    </message>
    <message>
        <source>%1: %2 questions, %3 minutes (seed %4)</source>
        <extracomment>%1 exam code; %2 number of questions; %3 minutes; %4 the seed</extracomment>
        <translation>%1: %2 問、%3 分（シード %4）</translation>
    </message>
    <message>
        <source>draw a full practice exam of a profile</source>
        <translation>プロファイルの模擬試験を 1 回分作成する</translation>
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
        <translation>Usage: certdeck stats [--json] [--days N]

統計ページと同じ学習統計を表示します。評価別の 1 日あたりの復習数、今後 30 日間の
復習予定のカード、トピックごとの実際の定着率、カードの状態、連続学習日数、試験の
スコアと試験の分野ごとの正答率、試験ごとの合格準備度の推定（Certdeck の採点に基づく
推定値とその 80% 範囲）です。進捗は読み取るだけで、変更しません。

オプション:
  --json        JSON で出力する
  --days N      日々の学習量、定着率、正答率の集計期間（1～3650、既定値 30）
  -h, --help    このヘルプを表示する
</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to %1</source>
        <translation>--days には 1～%1 の整数を指定してください</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s):</source>
        <translation>
            <numerusform>過去 %n 日間:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>復習 %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>True retention: %1% of %n review(s)</source>
        <translation>
            <numerusform>実際の定着率: %1%（復習 %n 回）</numerusform>
        </translation>
    </message>
    <message>
        <source>Due in the next 30 days: %1 (today: %2)</source>
        <translation>今後 30 日間の復習予定: %1 枚（今日: %2 枚）</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>連続学習日数: %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 readiness (estimate): %2, likely %3 to %4; chance to pass about %5%</source>
        <extracomment>%1 exam code, %2 estimated score, %3-%4 its 80% range, %5 pass chance in percent</extracomment>
        <translation>%1 の合格準備度（推定）: %2、見込み %3～%4、合格の可能性 約 %5%</translation>
    </message>
    <message>
        <source>%1 readiness: no estimate yet (study cards or answer questions)</source>
        <translation>%1 の合格準備度: まだ推定できません（カードを学習するか、問題に解答してください）</translation>
    </message>
    <message>
        <source>study statistics and the readiness estimate per exam</source>
        <translation>学習統計と試験ごとの合格準備度の推定</translation>
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
ファイルは RFC 4180 どおりの CSV（カンマ区切り、CRLF 改行、必要な箇所に引用符）で、バイト
オーダーマーク付きの UTF-8 です。そのため Excel や LibreOffice でもアクセント付きの文字や日本語を
正しく読めます。表計算ソフトが数式として実行してしまうテキスト（=、+、-、@ で始まるもの）は、
先頭に &apos; を付けます。時刻は UTC の ISO 8601（2026-11-22T10:00:00Z）、数値の小数点はドット、
はい/いいえは true/false です。
進捗は読み取るだけで、作成も変更もしません。進捗データベースがまだなければ、追加するものが
ないだけで、エラーではありません。

オプション:
  --out ファイル  ファイルに書き込む（全体を置き換え、書き込みに失敗したら元のまま）。
                  指定しないか --out - なら CSV を標準出力に出す
  -h, --help      このヘルプを表示
</translation>
    </message>
    <message>
        <source>A change to your progress database %1 was cut short (Certdeck was stopped while saving). Open Certdeck once so that it rolls the change back, then export again.</source>
        <translation>進捗データベース %1 への変更が途中で止まっています（保存中に Certdeck が停止しました）。Certdeck を一度開いて変更を取り消してから、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file, %2 why it cannot be written</extracomment>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 is there, not a file (use --out - for standard output)</source>
        <extracomment>%1 is what stands at the path, e.g. &quot;a folder&quot;</extracomment>
        <translation>そこにあるのはファイルではなく%1です（標準出力には --out - を使用）</translation>
    </message>
    <message>
        <source>Usage: certdeck export cards [--out FILE]

Writes every card of the bank with your schedule as CSV, one row a card, for a
spreadsheet. Columns: id, topic, topic_title, front, back, source, source_file,
source_line, state (new, learning, review or relearning), due, last_review,
stability, difficulty, reviews, lapses, suspended, leech. A card you have not
studied yet is new, with no due time, stability or difficulty.
</source>
        <translation>使い方: certdeck export cards [--out ファイル]

バンクのすべてのカードを、あなたのスケジュールとともに CSV で書き出します（1 行に 1 枚、
表計算ソフト向け）。列: id, topic, topic_title, front, back, source, source_file,
source_line, state（new、learning、review、relearning）, due, last_review,
stability, difficulty, reviews, lapses, suspended, leech。まだ学習していないカードは new で、
期日、安定度、難易度は空です。
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1</source>
        <translation>
            <numerusform>%n 枚のカードを %1 に書き出しました</numerusform>
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
        <translation>使い方: certdeck export exams [--out ファイル]

試験の履歴を CSV で書き出します（終了または中断した試験、練習、ドリルごとに 1 行、古い順、
表計算ソフト向け）。列: id, started, finished, status（finished または abandoned）, profile,
mode（timed、practice、drill）, title, questions, answered, correct, percent_correct,
scaled_score, passed, duration_seconds, time_limit_minutes、続いて各試験のドメインごとに
1 列（&quot;SAA-C03 secure %&quot;: そのドメインの問題の正答率）。スコアは提出時に記録されたものです。
試験がまだなければ、ファイルにはヘッダーだけが入ります。
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exam attempt(s) to %1</source>
        <translation>
            <numerusform>%n 件の試験を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>your cards and their schedule as CSV, for a spreadsheet</source>
        <translation>カードとそのスケジュールを CSV で（表計算ソフト向け）</translation>
    </message>
    <message>
        <source>your exam history as CSV, for a spreadsheet</source>
        <translation>試験の履歴を CSV で（表計算ソフト向け）</translation>
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
        <translation>使い方: certdeck notes import ファイル...

自分のノートを Certdeck に追加します。同梱ノートと同じ 2 つの書式（ダッシュで囲んだタイトル、
またはインデントした本文の上の見出し）か、Markdown の見出し（&apos;# SQS&apos;）で書かれたテキスト
ファイルを読み込みます。各見出しは、その見出しが示すトピックのセクションになり、
&apos;certdeck lookup&apos; で検索でき、ノートページで読めます。同じ名前のファイルをもう一度
インポートすると置き換わります。テキストでないファイルは理由を示して拒否し、ほかのファイルは
そのままインポートします。
ノートは学習の進捗と一緒に保存されるため、バックアップと &apos;progress export&apos; にも含まれます。

オプション:
  -h, --help    このヘルプを表示
</translation>
    </message>
    <message>
        <source>missing FILE, the notes to import</source>
        <translation>ファイルがありません（インポートするノート）</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n line(s))</source>
        <extracomment>%1 is a file name; %n its number of lines</extracomment>
        <translation>
            <numerusform>%1 をインポートしました（%n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 (%n line(s))</source>
        <translation>
            <numerusform>%1 を更新しました（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already imported as it is</source>
        <translation>%1 はこの内容ですでにインポート済みです</translation>
    </message>
    <message numerus="yes">
        <source>Your notes: %n file(s), </source>
        <translation>
            <numerusform>あなたのノート: %n ファイル、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s), searchable with &apos;certdeck lookup&apos;.</source>
        <translation>
            <numerusform>%n セクション。&apos;certdeck lookup&apos; で検索できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: certdeck notes list [--json]

Lists the notes you imported: name, title, lines and when.

Options:
  --json        print JSON
  -h, --help    show this help
</source>
        <translation>使い方: certdeck notes list [--json]

インポートしたノートを一覧表示します: 名前、タイトル、行数、インポートした日時。

オプション:
  --json        JSON を出力
  -h, --help    このヘルプを表示
</translation>
    </message>
    <message>
        <source>No notes of your own yet: add some with &apos;certdeck notes import FILE&apos;.</source>
        <translation>自分のノートはまだありません。&apos;certdeck notes import ファイル&apos; で追加できます。</translation>
    </message>
    <message numerus="yes">
        <source>%1  imported %2, %n line(s)</source>
        <extracomment>%1 file name, %2 the date it was imported; then its number of lines</extracomment>
        <translation>
            <numerusform>%1  %2 にインポート、%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: certdeck notes remove NAME

Removes the notes file NAME you imported (as &apos;certdeck notes list&apos;
names it). Cards you made from its lines stay.

Options:
  -h, --help    show this help
</source>
        <translation>使い方: certdeck notes remove 名前

インポートしたノートファイル「名前」（&apos;certdeck notes list&apos; が示す名前）を
削除します。その行から作ったカードは残ります。

オプション:
  -h, --help    このヘルプを表示
</translation>
    </message>
    <message>
        <source>missing NAME, the notes file to remove</source>
        <translation>名前がありません（削除するノートファイル）</translation>
    </message>
    <message>
        <source>no notes of yours are named &apos;%1&apos; (see &apos;certdeck notes list&apos;)</source>
        <translation>&apos;%1&apos; という名前のノートはありません（&apos;certdeck notes list&apos; を参照）</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>add your own notes (text or Markdown) to lookup and the Notes page</source>
        <translation>自分のノート（テキストまたは Markdown）を検索とノートページに追加</translation>
    </message>
    <message>
        <source>the notes you imported</source>
        <translation>インポートしたノート</translation>
    </message>
    <message>
        <source>remove notes you imported</source>
        <translation>インポートしたノートを削除</translation>
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
        <translation>使い方: certdeck progress export --json &gt; progress.json

復習履歴のすべて（各評価のカード、時刻、評価、所要時間）、カードに設定した内容（保留、
リーチ）、インポートしたノートを JSON で出力します。&apos;certdeck progress import&apos; で別の
コンピューターに進捗を持っていくためのものです。読み取るだけで、進捗は変更しません。

オプション:
  --json        JSON を出力（唯一の形式）
  -h, --help    このヘルプを表示
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
        <translation>使い方: certdeck progress import ファイル

&apos;certdeck progress export --json&apos; が（このコンピューターまたは別のコンピューターで）書き出した
復習履歴を進捗に統合します。すでにある復習はスキップし（同じカードの同じ時刻の復習は 1 回だけ
保存）、復習が増えたカードは履歴全体からスケジュールを再計算します。保留とリーチの印も追加
します。向こうでインポートしたノートもこちらに追加し、同じ名前のノートファイルが 2 つあれば、
後からインポートしたほうを残します。
先に進捗をバックアップします。復習の統合は 1 つのトランザクションなので、すべて行われるか
まったく行われないかのどちらかです。ノートは別のトランザクションで統合します。
先に Certdeck を閉じてください。進捗を開いている間はインポートを拒否します。

オプション:
  -h, --help    このヘルプを表示
</translation>
    </message>
    <message>
        <source>Imported %1 of %2 notes file(s).
</source>
        <extracomment>%1 notes files taken from the export, %2 in it</extracomment>
        <translation>%2 個のノートファイルのうち %1 個をインポートしました。
</translation>
    </message>
    <message>
        <source>%1 is there, not a file</source>
        <extracomment>%1 is what stands at the path, e.g. &quot;a folder&quot;</extracomment>
        <translation>そこにあるのはファイルではなく%1です</translation>
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
        <translation>使い方: certdeck export anki --out ファイル.apkg [--with-history]

バンクのすべてのカード（と自分のカード）を Anki パッケージとして書き出します。パソコンの Anki
（2.1.50 以降）ではファイル &gt; インポート、スマートフォンの AnkiDroid ではメニューのインポートで
読み込めます。各トピックは &quot;Certdeck&quot; の下のデッキ（&quot;Certdeck::Amazon SQS&quot;）になり、各カードは
ノートタイプ &quot;Certdeck&quot; のノートで、フィールドは Front、Back、Source（ノートのどこから来たか、
引用付き）、Certdeck ID です。タグはトピックと、そのトピックが対象とする試験
（sqs saa-c03 dva-c02）です。ID はどのエクスポートでも同じなので、新しいエクスポートを
インポートすると、ノートが二重にならず更新されます。

--with-history を付けると、スケジュールと復習も含めます。各カードの状態、期日、間隔、復習回数、
失敗回数、FSRS の記憶状態（安定度と難易度）、保留かどうか、そして Anki の復習ログにすべての
復習を書き込むので、Certdeck で止めたところから Anki で続けられます。インポート時に
「学習の進捗をインポート」にチェックを入れ、デッキのオプションで FSRS をオンにしてください。
付けなければ、すべてのカードが新規になります。進捗は読み取るだけで、作成も変更もしません。
進捗データベースがまだなければ、追加する履歴はありません。

オプション:
  --out ファイル     パッケージをファイルに書き込む（全体を置き換え、書き込みに失敗したら
                     元のまま）
  --with-history     スケジュールと復習履歴を追加
  -h, --help         このヘルプを表示
</translation>
    </message>
    <message>
        <source>--out FILE is needed: an Anki package is a file, not text</source>
        <translation>--out ファイル が必要です: Anki パッケージはテキストではなくファイルです</translation>
    </message>
    <message numerus="yes">
        <source>With your schedule and %n review(s).</source>
        <translation>
            <numerusform>スケジュールと %n 件の復習を含みます。</numerusform>
        </translation>
    </message>
    <message>
        <source>the cards as an Anki package, with your schedule if you like</source>
        <translation>カードを Anki パッケージで（必要ならスケジュールも）</translation>
    </message>
    <message>
        <source>Imported %1 of %2 card(s) of your own.
</source>
        <extracomment>%1 own cards taken from the export, %2 in it</extracomment>
        <translation>%2 枚の自分のカードのうち %1 枚をインポートしました。
</translation>
    </message>
</context>
<context>
    <name>ContentCompiler</name>
    <message>
        <source>source of &apos;%1&apos; is not in the notes: &quot;%2&quot;</source>
        <translation>&apos;%1&apos; の出典（source）がノートに見つかりません: 「%2」</translation>
    </message>
    <message>
        <source>source of &apos;%1&apos; is ambiguous: &quot;%2&quot; is on %3 lines (%4); quote more of the line</source>
        <translation>&apos;%1&apos; の出典（source）が 1 行に絞れません: 「%2」は %3 行にあります（%4）。その行をもっと長く引用してください</translation>
    </message>
    <message>
        <source>no notes: expected notes/*.txt</source>
        <translation>ノートがありません: notes/*.txt が必要です</translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; must be declared: it holds notes before any heading</source>
        <translation>トピック &apos;%1&apos; を宣言してください: 最初の見出しより前のノートはこのトピックに入ります</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at %2:%3)</source>
        <translation>ID &apos;%1&apos; が重複しています（最初の使用箇所: %2:%3）</translation>
    </message>
    <message>
        <source>unknown topic &apos;%1&apos; (declare it in topics.yaml)</source>
        <translation>不明なトピック &apos;%1&apos; です（topics.yaml で宣言してください）</translation>
    </message>
    <message>
        <source>deck for topic &apos;%1&apos; must be named %1.yaml</source>
        <translation>トピック &apos;%1&apos; のデッキのファイル名は %1.yaml にしてください</translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; already has a deck: %2</source>
        <translation>トピック &apos;%1&apos; にはすでにデッキがあります: %2</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; names unknown exam profile &apos;%2&apos;</source>
        <translation>問題 &apos;%1&apos; が不明な試験プロファイル &apos;%2&apos; を指定しています</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 を置き換えられません</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: &apos;%2&apos; is not a task statement of %3 (one of: %4)</source>
        <translation>問題 &apos;%1&apos;: &apos;%2&apos; は %3 のタスクステートメントではありません（使える値: %4）</translation>
    </message>
    <message>
        <source>skipped section</source>
        <extracomment>names a skipped note section in messages, by the quote that marks it</extracomment>
        <translation>スキップ対象のセクション</translation>
    </message>
</context>
<context>
    <name>ContentRepository</name>
    <message>
        <source>The content database %1 cannot be opened: %2.</source>
        <translation>コンテンツデータベース %1 を開けません: %2。</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck content database.</source>
        <translation>%1 は Certdeck のコンテンツデータベースではありません。</translation>
    </message>
    <message>
        <source>The content database %1 has schema %2, but this Certdeck reads schema %3. Reinstall Certdeck, or rebuild content.db from its sources.</source>
        <translation>コンテンツデータベース %1 のスキーマは %2 ですが、この Certdeck が読めるのはスキーマ %3 です。Certdeck を再インストールするか、ソースから content.db を再構築してください。</translation>
    </message>
    <message>
        <source>The content database %1 is missing. Reinstall Certdeck, or rebuild content.db from its sources.</source>
        <translation>コンテンツデータベース %1 がありません。Certdeck を再インストールするか、ソースから content.db を再構築してください。</translation>
    </message>
    <message>
        <source>The content database %1 %2.</source>
        <extracomment>%2 says what is wrong, e.g. &quot;is a folder, not a regular file&quot;</extracomment>
        <translation>コンテンツデータベース %1 は%2。</translation>
    </message>
    <message>
        <source>The content database %1 is damaged (%2). Reinstall Certdeck, or rebuild content.db from its sources.</source>
        <extracomment>%1 is the file; %2 says what is wrong with it</extracomment>
        <translation>コンテンツデータベース %1 は破損しています（%2）。Certdeck を再インストールするか、ソースから content.db を再構築してください。</translation>
    </message>
    <message>
        <source>tables missing: %1</source>
        <translation>テーブルがありません: %1</translation>
    </message>
    <message>
        <source>its schema version or content hash is missing</source>
        <translation>スキーマバージョンまたはコンテンツハッシュがありません</translation>
    </message>
    <message>
        <source>Reading the content database %1 failed: %2. Reinstall Certdeck, or rebuild content.db from its sources.</source>
        <extracomment>%1 is the file; %2 is SQLite&apos;s message</extracomment>
        <translation>コンテンツデータベース %1 を読み込めませんでした: %2。Certdeck を再インストールするか、ソースから content.db を作り直してください。</translation>
    </message>
</context>
<context>
    <name>ContentSources</name>
    <message>
        <source>cannot list this folder: permission denied</source>
        <translation>このフォルダーの内容を一覧できません: アクセスが拒否されました</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>%1 says what is wrong (&quot;is a folder, not a regular file&quot;), %2 what the folder holds</extracomment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>deck files end in %1, not %2: rename it to %3</source>
        <translation>デッキファイルの拡張子は %2 ではなく %1 です: 名前を %3 に変更してください</translation>
    </message>
    <message>
        <source>not content: %1</source>
        <translation>コンテンツではありません: %1</translation>
    </message>
    <message>
        <source>notes/ holds plain-text notes files named *.txt (hidden files are ignored)</source>
        <translation>notes/ には *.txt という名前のプレーンテキストのノートファイルを置きます（隠しファイルは無視されます）</translation>
    </message>
    <message>
        <source>decks/ holds one file per topic named &lt;topic&gt;.yaml (hidden files are ignored)</source>
        <translation>decks/ にはトピックごとに &lt;topic&gt;.yaml という名前のファイルを 1 つずつ置きます（隠しファイルは無視されます）</translation>
    </message>
</context>
<context>
    <name>DeckLoader</name>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML の構文エラー: %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 はキーと値のマッピングでなければなりません</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (expected one of: %3)</source>
        <translation>%2 に不明なキー &apos;%1&apos; があります（使えるキー: %3）</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation>%1 に &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be text</source>
        <translation>%2 の &apos;%1&apos; はテキストでなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is empty</source>
        <translation>%2 の &apos;%1&apos; が空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be true or false</source>
        <translation>%2 の &apos;%1&apos; は true または false でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a list</source>
        <translation>%2 の &apos;%1&apos; はリストでなければなりません</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is not of the form &lt;topic&gt;.&lt;name&gt; (lowercase letters, digits, &apos;-&apos;, &apos;.&apos;)</source>
        <translation>ID &apos;%1&apos; が &lt;topic&gt;.&lt;name&gt; の形式になっていません（使える文字: 英小文字、数字、&apos;-&apos;、&apos;.&apos;）</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; must start with the deck&apos;s topic &apos;%2.&apos;</source>
        <translation>ID &apos;%1&apos; はデッキのトピック &apos;%2.&apos; で始めてください</translation>
    </message>
    <message>
        <source>question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has no options</source>
        <translation>問題 &apos;%1&apos; に選択肢（options）がありません</translation>
    </message>
    <message>
        <source>option</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>an option&apos;s &apos;why&apos; must be one sentence</source>
        <translation>選択肢の &apos;why&apos; は 1 文で書いてください</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has the option &apos;%2&apos; twice</source>
        <translation>問題 &apos;%1&apos; に選択肢 &apos;%2&apos; が 2 回出てきます</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; says choose %2 but marks %3 option(s) correct</source>
        <translation>問題 &apos;%1&apos; は choose が %2 ですが、正解の選択肢が %3 個あります</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; needs at least %2 options to choose %3 (has %4)</source>
        <translation>問題 &apos;%1&apos; で %3 個を選ばせるには、選択肢が %2 個以上必要です（現在 %4 個）</translation>
    </message>
    <message>
        <source>card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>計算式</translation>
    </message>
    <message>
        <source>&apos;where&apos; in formula must map each variable to its meaning</source>
        <translation>計算式の &apos;where&apos; は、各変数をその意味に対応付けるマッピングでなければなりません</translation>
    </message>
    <message>
        <source>erratum</source>
        <translation>訂正</translation>
    </message>
    <message>
        <source>the topics file</source>
        <translation>トピックファイル</translation>
    </message>
    <message>
        <source>the topics file has no &apos;topics&apos; list</source>
        <translation>トピックファイルに &apos;topics&apos; のリストがありません</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>topic id &apos;%1&apos; must be lowercase letters, digits and &apos;-&apos;</source>
        <translation>トピック ID &apos;%1&apos; には英小文字、数字、&apos;-&apos; だけを使ってください</translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; is declared twice (first at line %2)</source>
        <translation>トピック &apos;%1&apos; が 2 回宣言されています（最初は %2 行目）</translation>
    </message>
    <message>
        <source>alias of topic &apos;%1&apos; has no words</source>
        <translation>トピック &apos;%1&apos; の別名に単語が含まれていません</translation>
    </message>
    <message>
        <source>alias &apos;%1&apos; names two topics: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>別名 &apos;%1&apos; が 2 つのトピックを指しています: &apos;%2&apos; と &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the exams file</source>
        <translation>試験ファイル</translation>
    </message>
    <message>
        <source>the exams file has no &apos;profiles&apos; list</source>
        <translation>試験ファイルに &apos;profiles&apos; のリストがありません</translation>
    </message>
    <message>
        <source>exam profile</source>
        <translation>試験プロファイル</translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; needs a positive question count and duration</source>
        <translation>試験プロファイル &apos;%1&apos; には 1 以上の問題数と試験時間が必要です</translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; needs &apos;score: {min, max, pass}&apos;</source>
        <translation>試験プロファイル &apos;%1&apos; には &apos;score: {min, max, pass}&apos; が必要です</translation>
    </message>
    <message>
        <source>score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>scores must satisfy min &lt; pass &lt;= max (%1, %2, %3)</source>
        <translation>スコアは min &lt; pass &lt;= max を満たす必要があります（%1、%2、%3）</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>domain &apos;%1&apos; appears twice in &apos;%2&apos;</source>
        <translation>ドメイン &apos;%1&apos; が &apos;%2&apos; に 2 回出てきます</translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; has no domains</source>
        <translation>試験プロファイル &apos;%1&apos; にドメインがありません</translation>
    </message>
    <message>
        <source>domain weights of &apos;%1&apos; add up to %2, not 100</source>
        <translation>&apos;%1&apos; のドメインの配分の合計が 100 ではなく %2 になっています</translation>
    </message>
    <message>
        <source>exam profile &apos;%1&apos; is declared twice</source>
        <translation>試験プロファイル &apos;%1&apos; が 2 回宣言されています</translation>
    </message>
    <message>
        <source>a deck</source>
        <translation>デッキ</translation>
    </message>
    <message>
        <source>the deck</source>
        <translation>デッキ</translation>
    </message>
    <message>
        <source>a second YAML document (after &apos;---&apos;): a content file is one document</source>
        <translation>2 つ目の YAML ドキュメントがあります（&apos;---&apos; の後）: コンテンツファイルは 1 つのドキュメントにしてください</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2); a mapping holds each key once</source>
        <translation>キー &apos;%1&apos; が重複しています（最初は %2 行目）。1 つのマッピングで同じキーは 1 回しか使えません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 %3</source>
        <extracomment>%3 says what is wrong, e.g. &quot;holds U+001B (escape); write plain text&quot;</extracomment>
        <translation>%2 の &apos;%1&apos;: %3</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 はテキストでなければなりません</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a whole number from %3 to %4</source>
        <translation>%2 の &apos;%1&apos; は %3～%4 の整数でなければなりません</translation>
    </message>
    <message>
        <source>an exam profile id</source>
        <translation>試験プロファイル ID</translation>
    </message>
    <message>
        <source>limit value &apos;%1&apos; is not a finite number; write a number, or words such as &quot;no limit&quot;</source>
        <translation>制限の値 &apos;%1&apos; は有限の数値ではありません。数値か、「no limit」のような言葉を書いてください</translation>
    </message>
    <message>
        <source>a variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>a variable&apos;s meaning</source>
        <translation>変数の意味</translation>
    </message>
    <message>
        <source>&apos;inputs&apos; in formula must map each calculator input to a value</source>
        <translation>計算式の &apos;inputs&apos; は、計算機の各入力を値に対応付けるマッピングでなければなりません</translation>
    </message>
    <message>
        <source>&apos;inputs&apos; in formula needs a &apos;calculator&apos; to give them to</source>
        <translation>計算式の &apos;inputs&apos; には、値を渡す先の &apos;calculator&apos; が必要です</translation>
    </message>
    <message>
        <source>an input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>an input&apos;s value</source>
        <translation>入力の値</translation>
    </message>
    <message>
        <source>the calculators file</source>
        <translation>計算機ファイル</translation>
    </message>
    <message>
        <source>the calculators file has no &apos;facts&apos; list</source>
        <translation>計算機ファイルに &apos;facts&apos; のリストがありません</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>事実</translation>
    </message>
    <message>
        <source>fact id &apos;%1&apos; must be lowercase words joined by dots, such as ebs.gp2.max-iops</source>
        <translation>事実 ID &apos;%1&apos; は、ebs.gp2.max-iops のように、小文字の単語をドットでつないだ形にしてください</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at line %2)</source>
        <translation>ID &apos;%1&apos; が重複しています（最初の使用箇所: %2 行目）</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos; needs a finite number as its value</source>
        <translation>事実 &apos;%1&apos; の値には有限の数値が必要です</translation>
    </message>
    <message>
        <source>the url of &apos;%1&apos; must start with https://</source>
        <translation>&apos;%1&apos; の url は https:// で始めてください</translation>
    </message>
    <message>
        <source>price &apos;%1&apos; needs its region and as_of (the month it was read, YYYY-MM)</source>
        <translation>価格 &apos;%1&apos; には region と as_of（価格を確認した月、YYYY-MM）が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a region or as_of but is not a price (its unit names no USD)</source>
        <translation>&apos;%1&apos; には region または as_of がありますが、価格ではありません（unit に USD が含まれていません）</translation>
    </message>
    <message>
        <source>as_of of &apos;%1&apos; must be a month, YYYY-MM</source>
        <translation>&apos;%1&apos; の as_of は YYYY-MM 形式の月にしてください</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; needs &apos;tasks&apos;: a mapping of exam profile to task statement, e.g. {saa-c03: &quot;2.1&quot;}</source>
        <translation>問題 &apos;%1&apos; には &apos;tasks&apos; が必要です: 試験プロファイルからタスクステートメントへのマッピング（例: {saa-c03: &quot;2.1&quot;}）</translation>
    </message>
    <message>
        <source>a task statement id</source>
        <translation>タスクステートメント ID</translation>
    </message>
    <message>
        <source>skipped section</source>
        <translation>スキップ対象のセクション</translation>
    </message>
    <message>
        <source>task statement</source>
        <translation>タスクステートメント</translation>
    </message>
    <message>
        <source>task statement &apos;%1&apos; appears twice in &apos;%2&apos;</source>
        <translation>タスクステートメント &apos;%1&apos; が &apos;%2&apos; に 2 回出てきます</translation>
    </message>
    <message>
        <source>domain &apos;%1&apos; of &apos;%2&apos; lists no task statements (&apos;tasks&apos;)</source>
        <translation>&apos;%2&apos; のドメイン &apos;%1&apos; にタスクステートメント（&apos;tasks&apos;）がありません</translation>
    </message>
    <message>
        <source>the lookup file</source>
        <translation>検索語ファイル</translation>
    </message>
    <message>
        <source>a lookup term</source>
        <translation>検索語</translation>
    </message>
    <message>
        <source>lookup term &apos;%1&apos; has no word in it</source>
        <translation>検索語 &apos;%1&apos; に単語が含まれていません</translation>
    </message>
    <message>
        <source>lookup term &apos;%1&apos; is already listed at line %2; a term belongs to one list or group only</source>
        <translation>検索語 &apos;%1&apos; は %2 行目ですでに記載されています。1 つの語が属せるリストまたはグループは 1 つだけです</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must be a list of at least two terms</source>
        <translation>&apos;%1&apos; の各エントリは、2 つ以上の語からなるリストでなければなりません</translation>
    </message>
    <message>
        <source>the notes file list</source>
        <translation>ノートファイル一覧</translation>
    </message>
    <message>
        <source>the notes file list has no &apos;files&apos; list</source>
        <translation>ノートファイル一覧に &apos;files&apos; のリストがありません</translation>
    </message>
    <message>
        <source>notes file entry</source>
        <translation>ノートファイルのエントリ</translation>
    </message>
    <message>
        <source>notes file &apos;%1&apos; is listed twice</source>
        <translation>ノートファイル &apos;%1&apos; が 2 回記載されています</translation>
    </message>
    <message>
        <source>notes file &apos;%1&apos; is not in notes/</source>
        <translation>ノートファイル &apos;%1&apos; が notes/ にありません</translation>
    </message>
    <message>
        <source>the content release</source>
        <translation>コンテンツのリリース情報</translation>
    </message>
    <message>
        <source>&apos;checked&apos; must be the day the facts were checked, as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>&apos;checked&apos; には事実を確認した日を YYYY-MM-DD 形式で指定してください（「%1」は使えません）</translation>
    </message>
</context>
<context>
    <name>DynamoDbCapacity</name>
    <message>
        <source>DynamoDB capacity</source>
        <translation>DynamoDB キャパシティ</translation>
    </message>
    <message>
        <source>Read and write capacity units for a provisioned table, and request units on demand</source>
        <translation>プロビジョニングされたテーブルの読み込み・書き込みキャパシティユニットと、オンデマンドでのリクエストユニット</translation>
    </message>
    <message>
        <source>Item size</source>
        <translation>項目のサイズ</translation>
    </message>
    <message>
        <source>Size of one item; reads round it up to the next 4 KB, writes to the next 1 KB</source>
        <translation>1 項目のサイズ。読み込みでは次の 4 KB 単位に、書き込みでは次の 1 KB 単位に切り上げます</translation>
    </message>
    <message>
        <source>Reads per second</source>
        <translation>1 秒あたりの読み込み数</translation>
    </message>
    <message>
        <source>Items read each second (divide a per-minute rate by 60)</source>
        <translation>1 秒間に読み込む項目数（1 分あたりの値は 60 で割ります）</translation>
    </message>
    <message>
        <source>Read consistency</source>
        <translation>読み込みの整合性</translation>
    </message>
    <message>
        <source>Eventually consistent</source>
        <translation>結果整合性</translation>
    </message>
    <message>
        <source>Strongly consistent</source>
        <translation>強力な整合性</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <source>Writes per second</source>
        <translation>1 秒あたりの書き込み数</translation>
    </message>
    <message>
        <source>Items written each second</source>
        <translation>1 秒間に書き込む項目数</translation>
    </message>
    <message>
        <source>Write type</source>
        <translation>書き込みの種類</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message numerus="yes">
        <source>%1 KB is %3 unit(s) of %4 KB</source>
        <extracomment>%1 an item size, %2 the size rounded up to whole units, %3 how many units of %4 KB</extracomment>
        <translation>
            <numerusform>%1 KB は %4 KB 単位 %3 個分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 KB rounds up to %2 KB = %3 unit(s) of %4 KB</source>
        <translation>
            <numerusform>%1 KB は切り上げて %2 KB = %4 KB 単位 %3 個分</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads: %1; a strongly consistent read uses one unit per 4 KB block.</source>
        <extracomment>%1 says how an item size rounds to read units</extracomment>
        <translation>読み込み: %1。強力な整合性のある読み込みでは、4 KB のブロックごとに 1 ユニットを使います。</translation>
    </message>
    <message>
        <source>Eventually consistent reads cost half: %1 x %2 = %3 per read.</source>
        <translation>結果整合性のある読み込みのコストは半分です: 読み込み 1 回あたり %1 x %2 = %3。</translation>
    </message>
    <message>
        <source>Transactional reads cost twice: %1 x %2 = %3 per read.</source>
        <translation>トランザクション読み込みのコストは 2 倍です: 読み込み 1 回あたり %1 x %2 = %3。</translation>
    </message>
    <message>
        <source>%1 reads/s x %2 = %3, provisioned as %4 RCU (whole units, rounded up).</source>
        <translation>%1 読み込み/秒 x %2 = %3。%4 RCU としてプロビジョニングします（整数ユニットに切り上げ）。</translation>
    </message>
    <message>
        <source>Writes: %1.</source>
        <translation>書き込み: %1。</translation>
    </message>
    <message>
        <source>Transactional writes cost twice: %1 x %2 = %3 per write.</source>
        <translation>トランザクション書き込みのコストは 2 倍です: 書き込み 1 回あたり %1 x %2 = %3。</translation>
    </message>
    <message>
        <source>%1 writes/s x %2 = %3, provisioned as %4 WCU (whole units, rounded up).</source>
        <translation>%1 書き込み/秒 x %2 = %3。%4 WCU としてプロビジョニングします（整数ユニットに切り上げ）。</translation>
    </message>
    <message>
        <source>On demand, the same load uses %1 read request units and %2 write request units each second.</source>
        <translation>オンデマンドでは、同じ負荷で 1 秒あたり %1 読み込みリクエストユニットと %2 書き込みリクエストユニットを使います。</translation>
    </message>
    <message>
        <source>Read capacity units</source>
        <translation>読み込みキャパシティユニット</translation>
    </message>
    <message>
        <source>Write capacity units</source>
        <translation>書き込みキャパシティユニット</translation>
    </message>
    <message>
        <source>Read units per item</source>
        <translation>1 項目あたりの読み込みユニット</translation>
    </message>
    <message>
        <source>Write units per item</source>
        <translation>1 項目あたりの書き込みユニット</translation>
    </message>
    <message>
        <source>On-demand read request units per second</source>
        <translation>1 秒あたりのオンデマンド読み込みリクエストユニット</translation>
    </message>
    <message>
        <source>On-demand write request units per second</source>
        <translation>1 秒あたりのオンデマンド書き込みリクエストユニット</translation>
    </message>
    <message>
        <source>eventually consistent</source>
        <translation>結果整合性のある</translation>
    </message>
    <message>
        <source>strongly consistent</source>
        <translation>強力な整合性のある</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <source>An application makes %1 %3 reads per second of items that are %2 KB each. How many read capacity units must the table provision?</source>
        <extracomment>%1 reads per second, %2 an item size in KB, %3 the kind of read</extracomment>
        <translation>アプリケーションは、サイズが %2 KB の項目に対して%3読み込みを 1 秒あたり %1 回実行します。テーブルにプロビジョニングする必要がある読み込みキャパシティユニットはいくつですか？</translation>
    </message>
    <message>
        <source>Item sizes are not rounded up to the next 4 KB.</source>
        <translation>項目のサイズを次の 4 KB 単位に切り上げていません。</translation>
    </message>
    <message>
        <source>That is the figure for eventually consistent reads.</source>
        <translation>それは結果整合性のある読み込みの場合の値です。</translation>
    </message>
    <message>
        <source>That is the figure for strongly consistent reads.</source>
        <translation>それは強力な整合性のある読み込みの場合の値です。</translation>
    </message>
    <message>
        <source>A read unit covers 4 KB; 1 KB is the write unit&apos;s size.</source>
        <translation>読み込みユニット 1 つは 4 KB 分で、1 KB は書き込みユニットのサイズです。</translation>
    </message>
    <message>
        <source>Transactional reads cost twice a strongly consistent read.</source>
        <translation>トランザクション読み込みのコストは、強力な整合性のある読み込みの 2 倍です。</translation>
    </message>
    <message>
        <source>Only transactional reads cost twice.</source>
        <translation>コストが 2 倍になるのはトランザクション読み込みだけです。</translation>
    </message>
    <message>
        <source>The rate is already per second; do not multiply by 60.</source>
        <translation>レートはすでに 1 秒あたりの値なので、60 を掛けてはいけません。</translation>
    </message>
    <message>
        <source>An application writes %1 items per second in transactions (TransactWriteItems); each item is %2 KB. How many write capacity units must the table provision?</source>
        <extracomment>%1 writes per second, %2 an item size in KB</extracomment>
        <translation>アプリケーションは、トランザクション（TransactWriteItems）で 1 秒あたり %1 個の項目を書き込みます。各項目のサイズは %2 KB です。テーブルにプロビジョニングする必要がある書き込みキャパシティユニットはいくつですか？</translation>
    </message>
    <message>
        <source>An application writes %1 items per second; each item is %2 KB. How many write capacity units must the table provision?</source>
        <translation>アプリケーションは、1 秒あたり %1 個の項目を書き込みます。各項目のサイズは %2 KB です。テーブルにプロビジョニングする必要がある書き込みキャパシティユニットはいくつですか？</translation>
    </message>
    <message>
        <source>Item sizes are not rounded up to the next 1 KB.</source>
        <translation>項目のサイズを次の 1 KB 単位に切り上げていません。</translation>
    </message>
    <message>
        <source>A write unit covers 1 KB; 4 KB is the read unit&apos;s size.</source>
        <translation>書き込みユニット 1 つは 1 KB 分で、4 KB は読み込みユニットのサイズです。</translation>
    </message>
    <message>
        <source>Transactional writes cost twice a standard write.</source>
        <translation>トランザクション書き込みのコストは、標準の書き込みの 2 倍です。</translation>
    </message>
    <message>
        <source>Only transactional writes cost twice.</source>
        <translation>コストが 2 倍になるのはトランザクション書き込みだけです。</translation>
    </message>
    <message>
        <source>Writes are never halved; only eventually consistent reads cost half.</source>
        <translation>書き込みのコストが半分になることはなく、半分になるのは結果整合性のある読み込みだけです。</translation>
    </message>
</context>
<context>
    <name>DynamoDbPartitions</name>
    <message>
        <source>DynamoDB partitions (historical rule)</source>
        <translation>DynamoDB パーティション（過去のルール）</translation>
    </message>
    <message>
        <source>The partition count the notes&apos; formula gives: by throughput and by size, whichever is more</source>
        <translation>ノートの計算式によるパーティション数: スループットによる数とサイズによる数の多いほう</translation>
    </message>
    <message>
        <source>Read capacity units</source>
        <translation>読み込みキャパシティユニット</translation>
    </message>
    <message>
        <source>Write capacity units</source>
        <translation>書き込みキャパシティユニット</translation>
    </message>
    <message>
        <source>Table size</source>
        <translation>テーブルのサイズ</translation>
    </message>
    <message>
        <source>This is the rule the notes teach; AWS no longer documents it (DynamoDB manages partitions and splits them for heat), so read it as an estimate, not a quota.</source>
        <translation>これはノートで教えているルールですが、AWS はもう文書化していません（DynamoDB はパーティションを自動で管理し、アクセスが集中すると分割します）。クォータではなく目安として読んでください。</translation>
    </message>
    <message numerus="yes">
        <source>By throughput: %1 RCU / %2 + %3 WCU / %4 = %5, rounded up: %6 partition(s).</source>
        <translation>
            <numerusform>スループット基準: %1 RCU / %2 + %3 WCU / %4 = %5、切り上げて %6 パーティション。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By size: %1 GB / %2 GB = %3, rounded up: %4 partition(s).</source>
        <translation>
            <numerusform>サイズ基準: %1 GB / %2 GB = %3、切り上げて %4 パーティション。</numerusform>
        </translation>
    </message>
    <message>
        <source>Partitions: the larger of the two = %1.</source>
        <translation>パーティション数: 2 つのうち大きいほう = %1。</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>パーティション数</translation>
    </message>
    <message>
        <source>Partitions by throughput</source>
        <translation>スループットによるパーティション数</translation>
    </message>
    <message>
        <source>Partitions by size</source>
        <translation>サイズによるパーティション数</translation>
    </message>
    <message>
        <source>By the partition rule in the notes (a historical rule AWS no longer documents), how many partitions does a table with %1 RCU, %2 WCU and %3 GB of data need?</source>
        <extracomment>%1 RCU, %2 WCU, %3 table size in GB</extracomment>
        <translation>ノートのパーティションのルール（AWS がもう文書化していない過去のルール）によると、%1 RCU、%2 WCU、データ %3 GB のテーブルに必要なパーティションはいくつですか？</translation>
    </message>
    <message>
        <source>The rule takes the larger of the two counts, not their sum.</source>
        <translation>このルールでは、2 つの数の合計ではなく大きいほうを使います。</translation>
    </message>
    <message>
        <source>The rule takes the larger of the two counts, not the smaller.</source>
        <translation>このルールでは、2 つの数の小さいほうではなく大きいほうを使います。</translation>
    </message>
    <message>
        <source>A partition serves 3,000 RCU and 1,000 WCU, not the other way round.</source>
        <translation>1 つのパーティションが処理するのは 3,000 RCU と 1,000 WCU で、逆ではありません。</translation>
    </message>
    <message>
        <source>The throughput parts are added before rounding up.</source>
        <translation>スループットの 2 つの項は、足してから切り上げます。</translation>
    </message>
</context>
<context>
    <name>ExamGenerator</name>
    <message>
        <source>The %1 profile asks no questions.</source>
        <translation>プロファイル %1 には出題する問題がありません。</translation>
    </message>
    <message>
        <source>%1: needs %2, the bank has %3</source>
        <extracomment>one line per short domain: %1 domain name; %2 questions it needs; %3 how many the bank has</extracomment>
        <translation>%1: %2 問必要、問題集には %3 問</translation>
    </message>
    <message numerus="yes">
        <source>The question bank is %n question(s) short of a full %1 exam of %2 questions:</source>
        <extracomment>%1 exam code (SAA-C03); %2 its number of questions; then one line per short domain</extracomment>
        <translation>
            <numerusform>%2 問の %1 試験を 1 回分作るには、問題集の問題が %n 問足りません:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamSession</name>
    <message>
        <source>There are no questions to ask.</source>
        <translation>出題できる問題がありません。</translation>
    </message>
    <message>
        <source>The question %1 is not in the bank.</source>
        <translation>問題 %1 は問題集にありません。</translation>
    </message>
    <message>
        <source>This exam is no longer in progress.</source>
        <translation>この試験はもう進行中ではありません。</translation>
    </message>
    <message>
        <source>The question %1 has changed or left the bank since this exam began, so it cannot go on.</source>
        <translation>この試験の開始後に問題 %1 が変更されたか問題集から削除されたため、試験を続行できません。</translation>
    </message>
</context>
<context>
    <name>ExamStore</name>
    <message>
        <source>Reading your exams failed: %1</source>
        <extracomment>%1 is SQLite&apos;s message</extracomment>
        <translation>試験の読み込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>Saving your exam failed: %1</source>
        <extracomment>%1 is SQLite&apos;s message</extracomment>
        <translation>試験の保存に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>Gp2</name>
    <message>
        <source>EBS gp2 IOPS and burst</source>
        <translation>EBS gp2 の IOPS とバースト</translation>
    </message>
    <message>
        <source>A gp2 volume&apos;s baseline IOPS, burst duration, refill time and throughput, and what gp3, io1, io2, st1 and sc1 give at the same size</source>
        <translation>gp2 ボリュームのベースライン IOPS、バースト時間、補充時間、スループットと、同じサイズの gp3、io1、io2、st1、sc1 の性能</translation>
    </message>
    <message>
        <source>Volume size</source>
        <translation>ボリュームサイズ</translation>
    </message>
    <message>
        <source>Size of the gp2 volume in GiB (1 TiB = 1,024 GiB)</source>
        <translation>gp2 ボリュームのサイズ（GiB 単位、1 TiB = 1,024 GiB）</translation>
    </message>
    <message>
        <source>IOPS demand</source>
        <translation>要求 IOPS</translation>
    </message>
    <message>
        <source>IOPS the workload asks for while it bursts; without it, the burst level (3,000). At most the burst level, or the baseline when that is higher</source>
        <translation>バースト中にワークロードが要求する IOPS。省略するとバーストレベル（3,000）。上限はバーストレベル、ベースラインのほうが高い場合はベースライン</translation>
    </message>
    <message>
        <source>Baseline: %1 IOPS/GiB x %2 GiB = %3 IOPS, below the gp2 minimum, so %4 IOPS.</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 the product in IOPS, %4 the gp2 minimum IOPS</extracomment>
        <translation>ベースライン: %1 IOPS/GiB x %2 GiB = %3 IOPS で gp2 の最小値を下回るため、%4 IOPS。</translation>
    </message>
    <message>
        <source>Baseline: %1 IOPS/GiB x %2 GiB = %3 IOPS, above the gp2 maximum, so %4 IOPS (reached at %5 GiB).</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 the product in IOPS, %4 the gp2 maximum IOPS, %5 the size in GiB that reaches it</extracomment>
        <translation>ベースライン: %1 IOPS/GiB x %2 GiB = %3 IOPS で gp2 の最大値を上回るため、%4 IOPS（%5 GiB で到達）。</translation>
    </message>
    <message>
        <source>Baseline: %1 IOPS/GiB x %2 GiB = %3 IOPS.</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 the baseline IOPS</extracomment>
        <translation>ベースライン: %1 IOPS/GiB x %2 GiB = %3 IOPS。</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1 IOPS for a gp2 volume of %2 GiB, its burst level (got &apos;%3&apos;)</source>
        <extracomment>%1 the largest valid IOPS demand, %2 a size in GiB, %3 the demand given</extracomment>
        <translation>は 1～%1 IOPS の整数でなければなりません。%2 GiB の gp2 ボリュームでは、バーストレベルが上限です（指定された値: &apos;%3&apos;）</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1 IOPS for a gp2 volume of %2 GiB, its baseline (it does not burst) (got &apos;%3&apos;)</source>
        <translation>は 1～%1 IOPS の整数でなければなりません。%2 GiB の gp2 ボリュームでは、ベースラインが上限です（このボリュームはバーストしません）（指定された値: &apos;%3&apos;）</translation>
    </message>
    <message>
        <source>The %1 IOPS baseline is below %2 IOPS, so the volume can burst to %2 IOPS while it has I/O credits; a full bucket (and a new volume) holds %3 credits.</source>
        <extracomment>%1 the baseline IOPS, %2 the burst IOPS, %3 the credits a full bucket holds</extracomment>
        <translation>ベースライン %1 IOPS は %2 IOPS を下回るため、I/O クレジットがある間は %2 IOPS までバーストできます。満杯のバケット（および新しいボリューム）には %3 クレジットがあります。</translation>
    </message>
    <message>
        <source>No IOPS demand given: the burst level, %1 IOPS.</source>
        <extracomment>%1 the burst IOPS</extracomment>
        <translation>要求 IOPS の指定なし: バーストレベルの %1 IOPS を使います。</translation>
    </message>
    <message>
        <source>Burst duration = credits / (demand - baseline) = %1 / (%2 - %3) = %1 / %4 = %5 s (%6 min).</source>
        <extracomment>%1 credits, %2 the IOPS demand, %3 the baseline IOPS, %4 demand minus baseline, %5 seconds, %6 the same in minutes</extracomment>
        <translation>バースト時間 = クレジット / (要求 - ベースライン) = %1 / (%2 - %3) = %1 / %4 = %5 秒（%6 分）。</translation>
    </message>
    <message>
        <source>A demand of %1 IOPS is at or below the %2 IOPS baseline: the volume serves it without spending credits, indefinitely (no burst duration).</source>
        <extracomment>%1 the IOPS demand, %2 the baseline IOPS</extracomment>
        <translation>要求 %1 IOPS はベースライン %2 IOPS 以下です: ボリュームはクレジットを消費せずに無期限に処理できます（バースト時間なし）。</translation>
    </message>
    <message>
        <source>Refill of an empty bucket while idle: the volume earns credits at its baseline rate, so credits / baseline = %1 / %2 = %3 s (%4 h).</source>
        <extracomment>%1 credits, %2 the baseline IOPS, %3 seconds, %4 the same in hours</extracomment>
        <translation>アイドル時の空のバケットの補充: ボリュームはベースラインのレートでクレジットを獲得するため、クレジット / ベースライン = %1 / %2 = %3 秒（%4 時間）。</translation>
    </message>
    <message>
        <source>The %1 IOPS baseline is at or above the %2 IOPS burst level: the volume does not burst; it delivers its baseline all the time (no burst duration, no refill time).</source>
        <extracomment>%1 the baseline IOPS, %2 the burst IOPS</extracomment>
        <translation>ベースライン %1 IOPS はバーストレベル %2 IOPS 以上です: ボリュームはバーストせず、常にベースラインの性能を提供します（バースト時間も補充時間もありません）。</translation>
    </message>
    <message>
        <source>A demand of %1 IOPS is within the %2 IOPS baseline: served indefinitely.</source>
        <extracomment>%1 the IOPS demand, %2 the baseline IOPS</extracomment>
        <translation>要求 %1 IOPS はベースライン %2 IOPS の範囲内です: 無期限に処理できます。</translation>
    </message>
    <message>
        <source>Throughput: a gp2 volume of %2 GiB or less (this one is %1 GiB) delivers at most %3 MiB/s.</source>
        <extracomment>%1 a size in GiB, %2 the size limit in GiB, %3 MiB/s</extracomment>
        <translation>スループット: %2 GiB 以下の gp2 ボリューム（このボリュームは %1 GiB）のスループットは最大 %3 MiB/s です。</translation>
    </message>
    <message>
        <source>Throughput: a gp2 volume of %1 GiB or more delivers %5 MiB/s (its %2 IOPS baseline x %3 KiB per I/O = %4 MiB/s reaches the %5 MiB/s limit).</source>
        <extracomment>%1 the size limit in GiB, %2 the baseline IOPS, %3 the largest I/O in KiB, %4 their product in MiB/s, %5 the throughput limit in MiB/s</extracomment>
        <translation>スループット: %1 GiB 以上の gp2 ボリュームは %5 MiB/s を提供します（ベースライン %2 IOPS x I/O あたり %3 KiB = %4 MiB/s が上限の %5 MiB/s に達するため）。</translation>
    </message>
    <message>
        <source>Throughput: between %1 and %2 GiB a gp2 volume reaches %3 MiB/s only while it bursts; out of credits, its %4 IOPS baseline x %5 KiB per I/O gives %6 MiB/s. The figure here is the %3 MiB/s maximum.</source>
        <extracomment>%1 and %2 the size limits in GiB, %3 the throughput limit in MiB/s, %4 the baseline IOPS, %5 the largest I/O in KiB, %6 their product in MiB/s</extracomment>
        <translation>スループット: %1～%2 GiB の gp2 ボリュームが %3 MiB/s に達するのはバースト中だけです。クレジットがなくなると、ベースライン %4 IOPS x I/O あたり %5 KiB = %6 MiB/s になります。ここでの値は最大値の %3 MiB/s です。</translation>
    </message>
    <message>
        <source>Baseline IOPS</source>
        <translation>ベースライン IOPS</translation>
    </message>
    <message>
        <source>Burst IOPS</source>
        <translation>バースト IOPS</translation>
    </message>
    <message>
        <source>Highest IOPS (burst or baseline)</source>
        <translation>最大 IOPS（バーストまたはベースライン）</translation>
    </message>
    <message>
        <source>Burst duration from a full bucket</source>
        <translation>満杯のバケットからのバースト時間</translation>
    </message>
    <message>
        <source>Time to refill an empty bucket</source>
        <translation>空のバケットの補充時間</translation>
    </message>
    <message>
        <source>Maximum throughput</source>
        <translation>最大スループット</translation>
    </message>
    <message>
        <source>%1 volumes are %2 to %3 GiB: no %1 figures for %4 GiB.</source>
        <extracomment>%1 a volume type (&quot;io1&quot;), %2 and %3 its smallest and largest size in GiB, %4 the size given</extracomment>
        <translation>%1 ボリュームのサイズは %2～%3 GiB です: %4 GiB での %1 の値はありません。</translation>
    </message>
    <message>
        <source>min(%1 x %2, %3) = %4 IOPS</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 the largest IOPS, %4 the result</extracomment>
        <translation>min(%1 x %2, %3) = %4 IOPS</translation>
    </message>
    <message>
        <source>%4 IOPS (%1 x %2 = %3 is below the %4 every gp3 volume gets)</source>
        <extracomment>%1 IOPS per GiB, %2 a size in GiB, %3 their product, %4 the baseline IOPS</extracomment>
        <translation>%4 IOPS（%1 x %2 = %3 は、すべての gp3 ボリュームに提供される %4 を下回ります）</translation>
    </message>
    <message>
        <source>gp3, %1 GiB: %2 IOPS and %3 MiB/s at any size; provisioned up to %4 and min(%5 x %6, %7) = %8 MiB/s.</source>
        <extracomment>%1 a size in GiB, %2 baseline IOPS, %3 baseline MiB/s, %4 how the largest IOPS is worked out, %5 the largest IOPS, %6 MiB/s per IOPS, %7 the largest MiB/s, %8 the result</extracomment>
        <translation>gp3、%1 GiB: サイズにかかわらず %2 IOPS と %3 MiB/s。プロビジョニングにより最大 %4、min(%5 x %6, %7) = %8 MiB/s。</translation>
    </message>
    <message>
        <source>io1, %1 GiB: up to min(%2 x %1, %3) = %4 IOPS.</source>
        <extracomment>%1 a size in GiB, %2 IOPS per GiB, %3 the largest IOPS, %4 the result</extracomment>
        <translation>io1、%1 GiB: 最大 min(%2 x %1, %3) = %4 IOPS。</translation>
    </message>
    <message>
        <source>io2 Block Express, %1 GiB: up to min(%2 x %1, %3) = %4 IOPS and min(%4 x %5, %6) = %7 MiB/s.</source>
        <extracomment>%1 a size in GiB, %2 IOPS per GiB, %3 the largest IOPS, %4 the result, %5 MiB/s per IOPS, %6 the largest MiB/s, %7 the result</extracomment>
        <translation>io2 Block Express、%1 GiB: 最大 min(%2 x %1, %3) = %4 IOPS、min(%4 x %5, %6) = %7 MiB/s。</translation>
    </message>
    <message>
        <source>%1, %2 GiB = %3 TiB: baseline min(%4 x %3, %8) = %5 MiB/s, burst min(%6 x %3, %8) = %7 MiB/s.</source>
        <extracomment>%1 a volume type, %2 a size in GiB, %3 the same in TiB, %4 and %6 MiB/s per TiB, %5 and %7 the results, %8 the largest MiB/s</extracomment>
        <translation>%1、%2 GiB = %3 TiB: ベースライン min(%4 x %3, %8) = %5 MiB/s、バースト min(%6 x %3, %8) = %7 MiB/s。</translation>
    </message>
    <message>
        <source>gp3 baseline IOPS</source>
        <translation>gp3 のベースライン IOPS</translation>
    </message>
    <message>
        <source>gp3 maximum IOPS at this size</source>
        <translation>このサイズでの gp3 の最大 IOPS</translation>
    </message>
    <message>
        <source>gp3 baseline throughput</source>
        <translation>gp3 のベースラインスループット</translation>
    </message>
    <message>
        <source>gp3 maximum throughput at this size</source>
        <translation>このサイズでの gp3 の最大スループット</translation>
    </message>
    <message>
        <source>io1 maximum IOPS at this size</source>
        <translation>このサイズでの io1 の最大 IOPS</translation>
    </message>
    <message>
        <source>io2 maximum IOPS at this size</source>
        <translation>このサイズでの io2 の最大 IOPS</translation>
    </message>
    <message>
        <source>io2 maximum throughput at this size</source>
        <translation>このサイズでの io2 の最大スループット</translation>
    </message>
    <message>
        <source>st1 baseline throughput</source>
        <translation>st1 のベースラインスループット</translation>
    </message>
    <message>
        <source>st1 burst throughput</source>
        <translation>st1 のバーストスループット</translation>
    </message>
    <message>
        <source>sc1 baseline throughput</source>
        <translation>sc1 のベースラインスループット</translation>
    </message>
    <message>
        <source>sc1 burst throughput</source>
        <translation>sc1 のバーストスループット</translation>
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
        <translation>1 TiB は 1,000 GiB ではなく 1,024 GiB です。</translation>
    </message>
    <message>
        <source>The size is already in GiB; converting it to GB first inflates it.</source>
        <translation>サイズはすでに GiB 単位なので、先に GB に換算すると値が大きくなりすぎます。</translation>
    </message>
    <message>
        <source>Forgot the 100 IOPS floor of volumes of 33 GiB and smaller.</source>
        <translation>33 GiB 以下のボリュームに適用される下限の 100 IOPS を考慮していません。</translation>
    </message>
    <message>
        <source>Forgot the 16,000 IOPS cap, reached at 5,334 GiB.</source>
        <translation>5,334 GiB で到達する上限の 16,000 IOPS を考慮していません。</translation>
    </message>
    <message>
        <source>What is the baseline IOPS of a gp2 volume of %1?</source>
        <extracomment>%1 a volume size with its unit</extracomment>
        <translation>%1 の gp2 ボリュームのベースライン IOPS はいくつですか？</translation>
    </message>
    <message>
        <source>3,000 IOPS is the burst level of smaller gp2 volumes (and gp3&apos;s baseline), not the gp2 baseline.</source>
        <translation>3,000 IOPS は小さめの gp2 ボリュームのバーストレベル（および gp3 のベースライン）であり、gp2 のベースラインではありません。</translation>
    </message>
    <message>
        <source>16,000 IOPS is the gp2 maximum, which only volumes of 5,334 GiB and larger get.</source>
        <translation>16,000 IOPS は gp2 の最大値で、5,334 GiB 以上のボリュームにだけ適用されます。</translation>
    </message>
    <message>
        <source>100 IOPS is the minimum, which only volumes of 33 GiB and smaller get.</source>
        <translation>100 IOPS は最小値で、33 GiB 以下のボリュームにだけ適用されます。</translation>
    </message>
    <message>
        <source>A gp2 volume of %1 starts with a full I/O credit bucket (%2 million credits). For how many seconds can it sustain %3 IOPS before it falls back to its baseline?</source>
        <extracomment>%1 a volume size with its unit, %2 millions of I/O credits, %3 the IOPS demand</extracomment>
        <translation>%1 の gp2 ボリュームは、I/O クレジットバケットが満杯の状態（%2 百万クレジット）から始まります。ベースラインに戻るまでに、%3 IOPS を何秒間維持できますか？</translation>
    </message>
    <message>
        <source>Credits drain only by the IOPS above the baseline: divide by (demand - baseline), not by the demand.</source>
        <translation>クレジットが減るのはベースラインを超える IOPS の分だけなので、要求ではなく (要求 - ベースライン) で割ります。</translation>
    </message>
    <message>
        <source>That is the time to refill an empty bucket at the baseline rate, not the burst duration.</source>
        <translation>それは空のバケットをベースラインのレートで補充する時間であり、バースト時間ではありません。</translation>
    </message>
    <message>
        <source>The baseline is subtracted from the demand, not added.</source>
        <translation>ベースラインは要求から引くもので、足すものではありません。</translation>
    </message>
    <message>
        <source>Can a gp2 volume of %1 burst above its baseline? What is the highest IOPS it delivers?</source>
        <extracomment>%1 a volume size with its unit</extracomment>
        <translation>%1 の gp2 ボリュームは、ベースラインを超えてバーストできますか？ 提供できる最大 IOPS はいくつですか？</translation>
    </message>
    <message>
        <source>Bursting does not add 3,000 IOPS to the baseline; 3,000 IOPS is the burst level in total.</source>
        <translation>バーストはベースラインに 3,000 IOPS を上乗せするものではなく、3,000 IOPS はバーストレベルの合計値です。</translation>
    </message>
    <message>
        <source>Forgot the burst: gp2 volumes with a baseline below 3,000 IOPS burst to 3,000 IOPS while they have credits.</source>
        <translation>バーストを考慮していません: ベースラインが 3,000 IOPS 未満の gp2 ボリュームは、クレジットがある間は 3,000 IOPS までバーストします。</translation>
    </message>
    <message>
        <source>16,000 IOPS is the gp2 maximum, for volumes of 5,334 GiB and larger.</source>
        <translation>16,000 IOPS は gp2 の最大値で、5,334 GiB 以上のボリュームが対象です。</translation>
    </message>
    <message>
        <source>Volumes with a baseline of 3,000 IOPS or more do not burst; their baseline is the most they deliver.</source>
        <translation>ベースラインが 3,000 IOPS 以上のボリュームはバーストせず、ベースラインがそのボリュームの提供できる最大値です。</translation>
    </message>
    <message>
        <source>A gp2 volume of %1 has used up all its I/O credits. If it then sits idle, how many seconds until its bucket is full again (%2 million credits)?</source>
        <extracomment>%1 a volume size with its unit, %2 millions of I/O credits</extracomment>
        <translation>%1 の gp2 ボリュームが I/O クレジットをすべて使い切りました。その後アイドル状態が続いた場合、バケットが再び満杯（%2 百万クレジット）になるまで何秒かかりますか？</translation>
    </message>
    <message>
        <source>That is the burst duration at 3,000 IOPS, not the refill time.</source>
        <translation>それは 3,000 IOPS でのバースト時間であり、補充時間ではありません。</translation>
    </message>
    <message>
        <source>Credits are earned at the baseline rate, not at the burst rate.</source>
        <translation>クレジットはバーストのレートではなく、ベースラインのレートで獲得されます。</translation>
    </message>
    <message>
        <source>That is in minutes; the question asks for seconds.</source>
        <translation>それは分単位の値ですが、問題は秒数を尋ねています。</translation>
    </message>
</context>
<context>
    <name>IntervalText</name>
    <message>
        <source>&lt;1m</source>
        <extracomment>An interval of less than a minute, on an answer button</extracomment>
        <translation>&lt;1分</translation>
    </message>
    <message>
        <source>%1m</source>
        <extracomment>An interval in whole minutes, abbreviated, on an answer button: &quot;6m&quot;</extracomment>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1h</source>
        <extracomment>An interval in hours (one decimal at most), abbreviated, on an answer button: &quot;1.5h&quot;</extracomment>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1d</source>
        <extracomment>An interval in whole days, abbreviated, on an answer button: &quot;12d&quot;</extracomment>
        <translation>%1日</translation>
    </message>
    <message>
        <source>%1mo</source>
        <extracomment>An interval in months (one decimal at most), abbreviated, on an answer button: &quot;3.2mo&quot;</extracomment>
        <translation>%1か月</translation>
    </message>
    <message>
        <source>%1y</source>
        <extracomment>An interval in years (one decimal at most), abbreviated, on an answer button: &quot;1.5y&quot;</extracomment>
        <translation>%1年</translation>
    </message>
</context>
<context>
    <name>KinesisShards</name>
    <message>
        <source>Kinesis Data Streams shards</source>
        <translation>Kinesis のシャード数</translation>
    </message>
    <message>
        <source>Shards a provisioned stream needs for its writes, its records per second and its readers</source>
        <translation>プロビジョンドモードのストリームが、書き込み量、1 秒あたりのレコード数、読み取り側のために必要とするシャード数</translation>
    </message>
    <message>
        <source>Average record size</source>
        <translation>平均レコードサイズ</translation>
    </message>
    <message>
        <source>Average size of one record&apos;s data; the sizing guide rounds it up to the next 1 KiB</source>
        <translation>1 レコードのデータの平均サイズ。サイジングガイドでは次の 1 KiB 単位に切り上げます</translation>
    </message>
    <message>
        <source>Records per second</source>
        <translation>1 秒あたりのレコード数</translation>
    </message>
    <message>
        <source>Records the producers write each second</source>
        <translation>プロデューサーが 1 秒間に書き込むレコード数</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>コンシューマー</translation>
    </message>
    <message>
        <source>Applications that each read every record of the stream</source>
        <translation>それぞれがストリームのすべてのレコードを読み取るアプリケーション</translation>
    </message>
    <message>
        <source>Enhanced fan-out</source>
        <translation>拡張ファンアウト</translation>
    </message>
    <message>
        <source>Each consumer gets its own read throughput per shard (SubscribeToShard)</source>
        <translation>各コンシューマーが、シャードごとに専用の読み取りスループットを得ます（SubscribeToShard）</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %2 with enhanced fan-out: a provisioned stream registers at most %2 enhanced fan-out consumers (got &apos;%1&apos;)</source>
        <extracomment>%1 the consumers given, %2 the registered-consumer quota of a provisioned stream</extracomment>
        <translation>は 1～%2 の整数でなければなりません: 拡張ファンアウトの場合、プロビジョンドモードのストリームに登録できる拡張ファンアウトコンシューマーは最大 %2 個です（指定された値: &apos;%1&apos;）</translation>
    </message>
    <message>
        <source>Records average %1 KiB.</source>
        <extracomment>%1 a record size in KiB</extracomment>
        <translation>レコードの平均サイズは %1 KiB です。</translation>
    </message>
    <message>
        <source>The sizing guide rounds the average record size up to the next 1 KiB: %1 KiB counts as %2 KiB.</source>
        <extracomment>%1 a record size, %2 the size rounded up to whole KiB</extracomment>
        <translation>サイジングガイドでは平均レコードサイズを次の 1 KiB 単位に切り上げます: %1 KiB は %2 KiB として数えます。</translation>
    </message>
    <message>
        <source>Records above %1 MiB need the stream&apos;s maximum record size raised (the default is %1 MiB; a stream can be set to up to %2 MiB). A shard still averages its write limit: large records only burst above it.</source>
        <extracomment>%1 the default maximum record size in MiB, %2 the largest a stream can be set to</extracomment>
        <translation>%1 MiB を超えるレコードには、ストリームの最大レコードサイズの引き上げが必要です（既定値は %1 MiB で、ストリームでは最大 %2 MiB まで設定できます）。それでもシャードの書き込み上限は平均で適用されます: 大きなレコードは一時的に上限を超えられるだけです。</translation>
    </message>
    <message>
        <source>Write bandwidth: %1 KiB x %2 records/s = %3 KiB/s.</source>
        <extracomment>%1 KiB per record, %2 records per second, %3 the product in KiB/s</extracomment>
        <translation>書き込み帯域幅: %1 KiB x %2 レコード/秒 = %3 KiB/s。</translation>
    </message>
    <message numerus="yes">
        <source>By write bandwidth: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shard(s).</source>
        <extracomment>%1 write KiB/s, %2 KiB/s one shard takes (1 MiB/s), %3 the quotient, %n shards (rounded up)</extracomment>
        <translation>
            <numerusform>書き込み帯域幅基準: %1 KiB/s / シャードあたり %2 KiB/s = %3、切り上げて %n シャード。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By records: %1 records/s / %2 records/s per shard = %3, rounded up: %n shard(s).</source>
        <extracomment>%1 records per second, %2 records per second one shard takes, %3 the quotient, %n shards</extracomment>
        <translation>
            <numerusform>レコード数基準: %1 レコード/秒 / シャードあたり %2 レコード/秒 = %3、切り上げて %n シャード。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With enhanced fan-out each of the %n consumer(s) gets its own %1 MiB/s per shard, more than a shard can take in, so reads add no shards (%2 KiB/s read in total).</source>
        <extracomment>%n consumers, %1 MiB/s each gets per shard, %2 the read bandwidth of all consumers in KiB/s</extracomment>
        <translation>
            <numerusform>拡張ファンアウトでは、%n 個のコンシューマーそれぞれがシャードごとに専用の %1 MiB/s を得ます。これはシャードが受け入れられる量を上回るため、読み取りによってシャードは増えません（読み取りの合計は %2 KiB/s）。</numerusform>
        </translation>
    </message>
    <message>
        <source>A stream registers up to %1 enhanced fan-out consumers (%2 in On-demand Advantage mode).</source>
        <extracomment>%1 registered consumers per provisioned stream, %2 in On-demand Advantage mode</extracomment>
        <translation>ストリームに登録できる拡張ファンアウトコンシューマーは最大 %1 個です（On-demand Advantage モードでは %2 個）。</translation>
    </message>
    <message numerus="yes">
        <source>Read bandwidth: %1 KiB/s x %n consumer(s) = %2 KiB/s, all sharing each shard&apos;s read throughput.</source>
        <extracomment>%1 write KiB/s, %n consumers, %2 the read bandwidth in KiB/s</extracomment>
        <translation>
            <numerusform>読み取り帯域幅: %1 KiB/s x %n コンシューマー = %2 KiB/s。すべてのコンシューマーが各シャードの読み取りスループットを共有します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By reads: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shard(s).</source>
        <extracomment>%1 read KiB/s, %2 KiB/s one shard serves (2 MiB/s), %3 the quotient, %n shards</extracomment>
        <translation>
            <numerusform>読み取り基準: %1 KiB/s / シャードあたり %2 KiB/s = %3、切り上げて %n シャード。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n consumers also share %1 GetRecords calls per second per shard; with several consumers, enhanced fan-out avoids read throttling.</source>
        <extracomment>%n consumers, %1 GetRecords calls per second per shard</extracomment>
        <translation>
            <numerusform>%n 個のコンシューマーは、シャードごとに 1 秒あたり %1 回の GetRecords 呼び出しも共有します。コンシューマーが複数ある場合は、拡張ファンアウトを使うと読み取りのスロットリングを避けられます。</numerusform>
        </translation>
    </message>
    <message>
        <source>write bandwidth</source>
        <translation>書き込み帯域幅</translation>
    </message>
    <message>
        <source>records per second</source>
        <translation>1 秒あたりのレコード数</translation>
    </message>
    <message>
        <source>read bandwidth</source>
        <translation>読み取り帯域幅</translation>
    </message>
    <message numerus="yes">
        <source>Shards: the largest count = %n shard(s); decided by %1.</source>
        <extracomment>%n shards, %1 the limit(s) that decide: &quot;read bandwidth&quot; or &quot;write bandwidth, records per second&quot;</extracomment>
        <translation>
            <numerusform>シャード数: 最も大きい数 = %n シャード（%1 で決まります）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>シャード数</translation>
    </message>
    <message>
        <source>Write bandwidth</source>
        <translation>書き込み帯域幅</translation>
    </message>
    <message>
        <source>Read bandwidth (all consumers)</source>
        <translation>読み取り帯域幅（全コンシューマー）</translation>
    </message>
    <message>
        <source>Shards for write bandwidth</source>
        <translation>書き込み帯域幅に必要なシャード数</translation>
    </message>
    <message>
        <source>Shards for records per second</source>
        <translation>1 秒あたりのレコード数に必要なシャード数</translation>
    </message>
    <message>
        <source>Shards for shared reads</source>
        <translation>共有読み取りに必要なシャード数</translation>
    </message>
    <message numerus="yes">
        <source>Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data stream. %n consumer application(s) read every record using enhanced fan-out. How many shards does the stream need?</source>
        <extracomment>%1 records per second, %2 record size in KiB, %n consumer applications</extracomment>
        <translation>
            <numerusform>プロデューサーが、プロビジョンドモードの Kinesis データストリームに、サイズ %2 KiB のレコードを 1 秒あたり %1 件書き込みます。%n 個のコンシューマーアプリケーションが、拡張ファンアウトを使ってすべてのレコードを読み取ります。このストリームに必要なシャードはいくつですか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data stream. %n consumer application(s) read every record with GetRecords (shared throughput). How many shards does the stream need?</source>
        <translation>
            <numerusform>プロデューサーが、プロビジョンドモードの Kinesis データストリームに、サイズ %2 KiB のレコードを 1 秒あたり %1 件書き込みます。%n 個のコンシューマーアプリケーションが、GetRecords（共有スループット）ですべてのレコードを読み取ります。このストリームに必要なシャードはいくつですか？</numerusform>
        </translation>
    </message>
    <message>
        <source>A shard takes 1 MiB/s = 1,024 KiB/s (and serves 2,048 KiB/s); 1,000 and 2,000 are decimal units.</source>
        <translation>シャードが受け入れるのは 1 MiB/s = 1,024 KiB/s（提供するのは 2,048 KiB/s）で、1,000 と 2,000 は 10 進の単位による値です。</translation>
    </message>
    <message>
        <source>Shard limits are megabytes per second, not megabits: do not multiply by 8.</source>
        <translation>シャードの上限はメガビット毎秒ではなくメガバイト毎秒です: 8 を掛けないでください。</translation>
    </message>
    <message>
        <source>A shard also takes at most 1,000 records per second, whatever their size.</source>
        <translation>シャードには、レコードのサイズにかかわらず、1 秒あたり最大 1,000 レコードという上限もあります。</translation>
    </message>
    <message>
        <source>The sizing guide rounds the average record size up to the next 1 KiB.</source>
        <translation>サイジングガイドでは平均レコードサイズを次の 1 KiB 単位に切り上げます。</translation>
    </message>
    <message>
        <source>Enhanced fan-out consumers each get their own 2 MiB/s per shard; they do not share it.</source>
        <translation>拡張ファンアウトのコンシューマーは、シャードごとにそれぞれ専用の 2 MiB/s を得るため、共有はしません。</translation>
    </message>
    <message>
        <source>Without enhanced fan-out, all consumers share each shard&apos;s 2 MiB/s of reads.</source>
        <translation>拡張ファンアウトを使わない場合、すべてのコンシューマーが各シャードの読み取り 2 MiB/s を共有します。</translation>
    </message>
    <message>
        <source>The needs are not added: the largest one decides.</source>
        <translation>必要数は合計しません: 最も大きいものがシャード数を決めます。</translation>
    </message>
    <message>
        <source>A shard serves 2 MiB/s of reads, twice its 1 MiB/s of writes.</source>
        <translation>シャードの読み取りは 2 MiB/s で、書き込みの 1 MiB/s の 2 倍です。</translation>
    </message>
</context>
<context>
    <name>LambdaConcurrency</name>
    <message>
        <source>Lambda concurrency</source>
        <translation>Lambda の同時実行</translation>
    </message>
    <message>
        <source>Concurrent executions a load needs (requests per second x duration), against the account limit and the scaling rate</source>
        <translation>負荷に必要な同時実行数（1 秒あたりのリクエスト数 x 実行時間）を、アカウントの上限およびスケーリングレートと比較します</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>1 秒あたりのリクエスト数</translation>
    </message>
    <message>
        <source>Average invocations each second (divide a per-minute rate by 60)</source>
        <translation>1 秒あたりの平均呼び出し数（1 分あたりの値は 60 で割ります）</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>平均実行時間</translation>
    </message>
    <message>
        <source>How long each invocation runs</source>
        <translation>各呼び出しの実行時間</translation>
    </message>
    <message>
        <source>Account concurrency limit</source>
        <translation>アカウントの同時実行数の上限</translation>
    </message>
    <message>
        <source>Concurrent executions for all functions in the Region; 1,000 unless raised</source>
        <translation>リージョン内のすべての関数の同時実行数。引き上げていなければ 1,000</translation>
    </message>
    <message>
        <source>Little&apos;s law: the number of requests in progress at once = how many arrive per second x how long each one stays. Each request in progress holds its own execution environment, so concurrency = requests per second x duration in seconds.</source>
        <translation>リトルの法則: 同時に処理中のリクエスト数 = 1 秒あたりの到着数 x 1 件あたりの滞在時間。処理中の各リクエストはそれぞれ専用の実行環境を占有するため、同時実行数 = 1 秒あたりのリクエスト数 x 実行時間（秒）です。</translation>
    </message>
    <message>
        <source>%1 ms = %2 s; %3 requests/s x %2 s = %4 concurrent executions.</source>
        <extracomment>%1 duration in ms, %2 in seconds, %3 requests per second, %4 concurrency</extracomment>
        <translation>%1 ms = %2 秒。%3 リクエスト/秒 x %2 秒 = 同時実行数 %4。</translation>
    </message>
    <message>
        <source>Account limit: %1 concurrent executions, shared by every function in the Region (the default is %2, raised on request).</source>
        <extracomment>%1 the account limit, %2 the default limit</extracomment>
        <translation>アカウントの上限: 同時実行数 %1。リージョン内のすべての関数で共有します（既定値は %2 で、申請により引き上げられます）。</translation>
    </message>
    <message>
        <source>%1 of %2 fits, with %3 to spare.</source>
        <extracomment>%1 concurrency, %2 limit, %3 headroom</extracomment>
        <translation>%1 は上限 %2 に収まり、余裕は %3 です。</translation>
    </message>
    <message>
        <source>%1 does not fit in %2: at the limit, %2 / %4 s = %3 requests/s are served; the other %5 - %3 = %6 requests/s are throttled (429 TooManyRequestsException).</source>
        <extracomment>%1 concurrency, %2 limit, %3 requests per second served at the limit, %4 duration in s, %5 requests per second, %6 throttled requests per second</extracomment>
        <translation>%1 は上限 %2 に収まりません: 上限では %2 / %4 秒 = %3 リクエスト/秒が処理され、残りの %5 - %3 = %6 リクエスト/秒はスロットリングされます（429 TooManyRequestsException）。</translation>
    </message>
    <message>
        <source>Scaling from zero at %2 new execution environments per %3 s (per function): %1 / %2 x %3 s = %4 s.</source>
        <extracomment>%1 the concurrency to reach, %2 environments per period, %3 the period in seconds, %4 seconds</extracomment>
        <translation>ゼロからのスケーリングは %3 秒ごとに新しい実行環境 %2 個（関数ごと）: %1 / %2 x %3 秒 = %4 秒。</translation>
    </message>
    <message>
        <source>Scaling from zero at %2 new execution environments per %3 s (per function), it reaches the limit in %1 / %2 x %3 s = %4 s.</source>
        <translation>ゼロからのスケーリングは %3 秒ごとに新しい実行環境 %2 個（関数ごと）で、上限に達するまで %1 / %2 x %3 秒 = %4 秒かかります。</translation>
    </message>
    <message>
        <source>Concurrent executions needed</source>
        <translation>必要な同時実行数</translation>
    </message>
    <message>
        <source>Headroom (limit - needed)</source>
        <translation>余裕（上限 - 必要数）</translation>
    </message>
    <message>
        <source>Fits in the limit (1 yes, 0 no)</source>
        <translation>上限内に収まるか（1 = はい、0 = いいえ）</translation>
    </message>
    <message>
        <source>Time to scale from zero</source>
        <translation>ゼロからのスケーリング時間</translation>
    </message>
    <message>
        <source>Throttled requests per second</source>
        <translation>スロットリングされる 1 秒あたりのリクエスト数</translation>
    </message>
    <message>
        <source>A Lambda function receives %1 requests per second, and each invocation runs for %2 ms on average. How many concurrent executions does it need?</source>
        <extracomment>%1 requests per second, %2 a duration in ms</extracomment>
        <translation>Lambda 関数は 1 秒あたり %1 件のリクエストを受け取り、各呼び出しの実行時間は平均 %2 ms です。必要な同時実行数はいくつですか？</translation>
    </message>
    <message>
        <source>The duration must be in seconds before multiplying.</source>
        <translation>掛ける前に、実行時間を秒に換算する必要があります。</translation>
    </message>
    <message>
        <source>Concurrency is the rate multiplied by the duration, not divided by it.</source>
        <translation>同時実行数は、レートを実行時間で割るのではなく、掛けて求めます。</translation>
    </message>
    <message>
        <source>Requests per second are not concurrency: each request holds an execution environment for its whole duration.</source>
        <translation>1 秒あたりのリクエスト数は同時実行数ではありません: 各リクエストは実行時間の間ずっと実行環境を占有します。</translation>
    </message>
    <message>
        <source>The rate is already per second; do not multiply by 60.</source>
        <translation>レートはすでに 1 秒あたりの値なので、60 を掛けてはいけません。</translation>
    </message>
    <message>
        <source>A Lambda function receives %1 requests per second, and each invocation runs for %2 ms. The account&apos;s concurrency limit in the Region is %3 and no other function runs. How many requests per second are throttled?</source>
        <extracomment>%1 requests per second, %2 a duration in ms, %3 the account&apos;s concurrency limit</extracomment>
        <translation>Lambda 関数は 1 秒あたり %1 件のリクエストを受け取り、各呼び出しの実行時間は %2 ms です。このリージョンのアカウントの同時実行数の上限は %3 で、ほかに実行中の関数はありません。1 秒あたり何件のリクエストがスロットリングされますか？</translation>
    </message>
    <message>
        <source>The account&apos;s concurrency limit caps the function; the load needs more than it.</source>
        <translation>関数はアカウントの同時実行数の上限で制限され、この負荷に必要な同時実行数は上限を超えています。</translation>
    </message>
    <message>
        <source>The excess is in concurrent executions; divide it by the duration to get requests per second.</source>
        <translation>超過分は同時実行数です: 実行時間で割って 1 秒あたりのリクエスト数にします。</translation>
    </message>
    <message>
        <source>The limit counts concurrent executions, not requests per second.</source>
        <translation>上限が数えるのは 1 秒あたりのリクエスト数ではなく、同時実行数です。</translation>
    </message>
    <message>
        <source>The duration must be in seconds.</source>
        <translation>実行時間は秒単位にする必要があります。</translation>
    </message>
</context>
<context>
    <name>LambdaCost</name>
    <message>
        <source>Lambda monthly cost</source>
        <translation>Lambda の月額料金</translation>
    </message>
    <message>
        <source>One function&apos;s month on demand: requests, duration in GB-seconds, ephemeral storage, with the free tier and the price tiers</source>
        <translation>1 つの関数のオンデマンドでの 1 か月分: リクエスト、GB-秒単位の実行時間、エフェメラルストレージ。無料利用枠と料金階層も考慮します</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>1 か月あたりのリクエスト数</translation>
    </message>
    <message>
        <source>Invocations in one month</source>
        <translation>1 か月間の呼び出し数</translation>
    </message>
    <message>
        <source>Duration of each invocation</source>
        <translation>各呼び出しの実行時間</translation>
    </message>
    <message>
        <source>Average run time; each invocation is billed rounded up to the next 1 ms</source>
        <translation>平均実行時間。各呼び出しは次の 1 ms 単位に切り上げて課金されます</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>The function&apos;s memory setting, in 1 MB steps</source>
        <translation>関数のメモリ設定 (1 MB 単位)</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
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
        <translation>エフェメラルストレージ (/tmp)</translation>
    </message>
    <message>
        <source>Storage configured for /tmp; only the part above the free 512 MB is billed</source>
        <translation>/tmp に設定したストレージ。無料の 512 MB を超える部分のみ課金されます</translation>
    </message>
    <message>
        <source>Without the free tier</source>
        <translation>無料利用枠なし</translation>
    </message>
    <message>
        <source>The free tier is the account&apos;s, shared by all its functions; switch it off when other functions already use it</source>
        <translation>無料利用枠はアカウント単位で、そのすべての関数で共有されます。他の関数がすでに使っている場合はオフにしてください</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a Region code (us-east-1), %2 the month the price was read (YYYY-MM)</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Each invocation is billed for its duration, %1 ms (billed per %2 ms, rounded up).</source>
        <extracomment>%1 a duration in ms, %2 the billing step in ms</extracomment>
        <translation>各呼び出しは実行時間 %1 ms に対して課金されます (%2 ms 単位で切り上げ)。</translation>
    </message>
    <message>
        <source>Each invocation&apos;s %1 ms is billed as %2 ms (rounded up to the next %3 ms).</source>
        <extracomment>%1 a duration in ms, %2 the duration rounded up, %3 the billing step in ms</extracomment>
        <translation>各呼び出しの %1 ms は %2 ms として課金されます (%3 ms 単位で切り上げ)。</translation>
    </message>
    <message numerus="yes">
        <source>Compute time: %1 request(s) x %2 s = %3 s.</source>
        <extracomment>%1 requests, %2 billed seconds per request, %3 total seconds</extracomment>
        <translation>
            <numerusform>コンピューティング時間: %1 リクエスト x %2 s = %3 s。</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory %1 MB / %2 = %3 GB; %4 s x %3 GB = %5 GB-s.</source>
        <extracomment>%1 memory in MB, %2 MB per GB (1,024), %3 memory in GB, %4 seconds, %5 GB-seconds</extracomment>
        <translation>メモリ %1 MB / %2 = %3 GB。%4 s x %3 GB = %5 GB-s。</translation>
    </message>
    <message>
        <source>Free tier: %1 GB-s - %2 free GB-s = %3 billable GB-s (the free tier is the account&apos;s, shared by all its functions).</source>
        <extracomment>%1 GB-seconds used, %2 the free tier&apos;s GB-seconds, %3 billable GB-seconds</extracomment>
        <translation>無料利用枠: %1 GB-s - 無料分 %2 GB-s = 課金対象 %3 GB-s (無料利用枠はアカウント単位で、そのすべての関数で共有されます)。</translation>
    </message>
    <message>
        <source>No free tier: all %1 GB-s are billable.</source>
        <translation>無料利用枠なし: %1 GB-s すべてが課金対象です。</translation>
    </message>
    <message>
        <source>arm64</source>
        <translation>arm64</translation>
    </message>
    <message>
        <source>Duration: %1 GB-s x %2 (%4 price per GB-s, %5) = %3.</source>
        <extracomment>%1 billable GB-s, %2 the price per GB-s, %3 the charge, %4 x86_64 or arm64, %5 region and date</extracomment>
        <translation>実行時間: %1 GB-s x %2 (%4 の GB-s あたりの料金、%5) = %3。</translation>
    </message>
    <message>
        <source>The month&apos;s %2 GB-s pass the first %1 price tier (%3 GB-s); the tiers count every GB-second of the month and the free tier comes off the first.</source>
        <extracomment>%1 x86_64 or arm64, %2 GB-s in the month, %3 the first tier&apos;s size in GB-s</extracomment>
        <translation>その月の %2 GB-s は %1 の最初の料金階層 (%3 GB-s) を超えます。階層はその月のすべての GB 秒を数え、無料利用枠は最初の階層から差し引かれます。</translation>
    </message>
    <message>
        <source>First tier</source>
        <translation>第 1 階層</translation>
    </message>
    <message>
        <source>Second tier</source>
        <translation>第 2 階層</translation>
    </message>
    <message>
        <source>Third tier</source>
        <translation>第 3 階層</translation>
    </message>
    <message>
        <source>%1: %2 GB-s x %3 (%5) = %4.</source>
        <extracomment>%1 &quot;First tier&quot; and so on, %2 billable GB-s, %3 price per GB-s, %4 charge, %5 region and date</extracomment>
        <translation>%1: %2 GB-s x %3 (%5) = %4。</translation>
    </message>
    <message>
        <source>Duration charge: %1.</source>
        <translation>実行時間の料金: %1。</translation>
    </message>
    <message>
        <source>Requests: %1 - %2 free = %3 billable x %4 per million (%6) = %5.</source>
        <extracomment>%1 requests, %2 free requests, %3 billable requests, %4 price per million, %5 charge, %6 region and date</extracomment>
        <translation>リクエスト: %1 - 無料分 %2 = 課金対象 %3 x 100 万件あたり %4 (%6) = %5。</translation>
    </message>
    <message>
        <source>Requests: %1 x %2 per million (%4) = %3.</source>
        <extracomment>%1 requests, %2 price per million, %3 charge, %4 region and date</extracomment>
        <translation>リクエスト: %1 x 100 万件あたり %2 (%4) = %3。</translation>
    </message>
    <message>
        <source>Ephemeral storage: %1 MB - %2 MB free = %3 MB = %4 GB; %5 s x %4 GB = %6 GB-s x %7 (%9) = %8.</source>
        <extracomment>%1 ephemeral storage in MB, %2 free MB, %3 billed MB, %4 billed GB, %5 seconds, %6 GB-s, %7 price per GB-s, %8 charge, %9 region and date</extracomment>
        <translation>エフェメラルストレージ: %1 MB - 無料分 %2 MB = %3 MB = %4 GB。%5 s x %4 GB = %6 GB-s x %7 (%9) = %8。</translation>
    </message>
    <message>
        <source>Ephemeral storage: the first %1 MB cost nothing.</source>
        <extracomment>%1 the free ephemeral storage in MB</extracomment>
        <translation>エフェメラルストレージ: 最初の %1 MB は無料です。</translation>
    </message>
    <message>
        <source>Total: %1 + %2 + %3 = %4 per month.</source>
        <extracomment>%1 duration, %2 requests, %3 ephemeral storage, %4 total (all in dollars)</extracomment>
        <translation>合計: %1 + %2 + %3 = 月額 %4。</translation>
    </message>
    <message>
        <source>Billed duration per invocation</source>
        <translation>呼び出しあたりの課金対象の実行時間</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>コンピューティング</translation>
    </message>
    <message>
        <source>Billable compute</source>
        <translation>課金対象のコンピューティング</translation>
    </message>
    <message>
        <source>Duration charge</source>
        <translation>実行時間の料金</translation>
    </message>
    <message>
        <source>Billable requests</source>
        <translation>課金対象のリクエスト</translation>
    </message>
    <message>
        <source>Request charge</source>
        <translation>リクエストの料金</translation>
    </message>
    <message>
        <source>Billable ephemeral storage</source>
        <translation>課金対象のエフェメラルストレージ</translation>
    </message>
    <message>
        <source>Ephemeral storage charge</source>
        <translation>エフェメラルストレージの料金</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>月額合計</translation>
    </message>
    <message>
        <source>A Lambda function (%1, %2 MB of memory) is invoked %3 times a month and runs %4 ms each time.</source>
        <extracomment>%1 an architecture, %2 memory in MB, %3 requests per month, %4 a duration in ms</extracomment>
        <translation>ある Lambda 関数 (%1、メモリ %2 MB) は月に %3 回呼び出され、毎回 %4 ms 実行されます。</translation>
    </message>
    <message>
        <source>It is configured with %1 MB of ephemeral storage.</source>
        <extracomment>%1 ephemeral storage in MB</extracomment>
        <translation>エフェメラルストレージは %1 MB に設定されています。</translation>
    </message>
    <message>
        <source>What does it cost per month in us-east-1, after the monthly free tier?</source>
        <translation>月間の無料利用枠を差し引いた後、us-east-1 での月額料金はいくらですか？</translation>
    </message>
    <message>
        <source>The account&apos;s free tier is already used by other functions. What does it cost per month in us-east-1?</source>
        <translation>アカウントの無料利用枠はすでに他の関数で使われています。us-east-1 での月額料金はいくらですか？</translation>
    </message>
    <message>
        <source>The free tier&apos;s 1 million requests and 400,000 GB-s come off first.</source>
        <translation>無料利用枠の 100 万リクエストと 400,000 GB-s を先に差し引きます。</translation>
    </message>
    <message>
        <source>The free tier is already used up, so nothing comes off.</source>
        <translation>無料利用枠はすでに使い切っているため、何も差し引かれません。</translation>
    </message>
    <message>
        <source>Requests are charged on top of duration, per million beyond the free tier.</source>
        <translation>リクエストには実行時間とは別に、無料利用枠を超えた分について 100 万件あたりの料金がかかります。</translation>
    </message>
    <message>
        <source>Duration has been billed per 1 ms since December 2020, not rounded up to 100 ms.</source>
        <translation>2020 年 12 月以降、実行時間は 1 ms 単位で課金されており、100 ms 単位に切り上げられることはありません。</translation>
    </message>
    <message>
        <source>arm64 (Graviton) duration is priced lower than x86_64; that is the x86_64 price.</source>
        <translation>arm64 (Graviton) の実行時間は x86_64 より安く設定されています。これは x86_64 の料金です。</translation>
    </message>
    <message>
        <source>That is the arm64 (Graviton) price; x86_64 duration costs more per GB-s.</source>
        <translation>これは arm64 (Graviton) の料金です。x86_64 の実行時間は GB-s あたりの料金がより高くなります。</translation>
    </message>
    <message>
        <source>Duration is priced per GB-second: divide the memory in MB by 1,024 first.</source>
        <translation>実行時間は GB 秒あたりで課金されます。まずメモリの MB 値を 1,024 で割ってください。</translation>
    </message>
</context>
<context>
    <name>LookupDetails</name>
    <message>
        <source>The content has no item &apos;%1&apos;.</source>
        <extracomment>%1 is an item id such as sqs.visibility-timeout-default</extracomment>
        <translation>コンテンツに項目 &apos;%1&apos; がありません。</translation>
    </message>
</context>
<context>
    <name>LookupIndex</name>
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
    <name>OwnCardStore</name>
    <message>
        <source>Your cards cannot be read: %1</source>
        <translation>カードを読み込めません: %1</translation>
    </message>
    <message>
        <source>Your card could not be saved: %1</source>
        <translation>カードを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Your cards could not be saved: %1</source>
        <translation>カードを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Your card could not be deleted: %1</source>
        <translation>カードを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>OwnCards</name>
    <message>
        <source>Write the question or cue on the front.</source>
        <translation>表面に質問かヒントを書いてください。</translation>
    </message>
    <message>
        <source>The front is %1 characters long; keep it to %2.</source>
        <translation>表面が %1 文字あります。%2 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Write the answer on the back.</source>
        <translation>裏面に答えを書いてください。</translation>
    </message>
    <message>
        <source>The back is %1 characters long; keep it to %2.</source>
        <translation>裏面が %1 文字あります。%2 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Choose the topic the card belongs to.</source>
        <translation>カードが属するトピックを選んでください。</translation>
    </message>
</context>
<context>
    <name>OwnNotes</name>
    <message>
        <source>%1 was not imported: %2</source>
        <extracomment>%1 is a file name; %2 says why it is refused</extracomment>
        <translation>%1 はインポートされませんでした: %2</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, more than any notes file</source>
        <translation>%1 MiB を超えており、ノートファイルとしては大きすぎます</translation>
    </message>
    <message>
        <source>it is not text (it starts like UTF-16 but is not)</source>
        <translation>テキストではありません（UTF-16 のように始まりますが、UTF-16 ではありません）</translation>
    </message>
    <message>
        <source>it is not a text file (it holds binary data)</source>
        <translation>テキストファイルではありません（バイナリデータを含みます）</translation>
    </message>
    <message>
        <source>it is not a UTF-8 text file</source>
        <translation>UTF-8 のテキストファイルではありません</translation>
    </message>
    <message>
        <source>it holds no text</source>
        <translation>テキストが含まれていません</translation>
    </message>
    <message>
        <source>%1 was not imported: it %2</source>
        <extracomment>%1 is a file, %2 says what it is instead (&quot;is a folder, not a regular file&quot;)</extracomment>
        <translation>%1 はインポートされませんでした（%2）</translation>
    </message>
</context>
<context>
    <name>OwnNotesStore</name>
    <message>
        <source>Your notes cannot be read: %1</source>
        <translation>ノートを読み込めません: %1</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <extracomment>%1 is a file name, %2 the database&apos;s error</extracomment>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>PersonalContent</name>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 を削除できません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>%1 (escape)</source>
        <translation>%1（エスケープ）</translation>
    </message>
    <message>
        <source>%1 (NUL)</source>
        <translation>%1（NUL）</translation>
    </message>
    <message>
        <source>%1 (carriage return)</source>
        <translation>%1（キャリッジリターン）</translation>
    </message>
    <message>
        <source>%1 (a bidirectional text control)</source>
        <translation>%1（双方向テキストの制御文字）</translation>
    </message>
    <message>
        <source>%1 (a control character)</source>
        <translation>%1（制御文字）</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1 at column %2); save the file as UTF-8</source>
        <translation>有効な UTF-8 ではありません（%2 列目のバイト 0x%1）。ファイルを UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>%1 at column %2: text files hold no control characters</source>
        <translation>%2 列目に %1 があります: テキストファイルに制御文字は使えません</translation>
    </message>
    <message>
        <source>holds a line break; write it on one line</source>
        <translation>改行が含まれています。1 行で書いてください</translation>
    </message>
    <message>
        <source>holds %1; write plain text</source>
        <translation>%1 が含まれています。プレーンテキストで書いてください</translation>
    </message>
</context>
<context>
    <name>ProgressBackups</name>
    <message>
        <source>its schema version is %1</source>
        <translation>スキーマバージョンが %1 です</translation>
    </message>
    <message>
        <source>Certdeck keeps your backups in the folder %1, but %2 is at that path. Rename or move it, then try again.</source>
        <extracomment>%2 is what stands at the path, e.g. &quot;a folder&quot; or &quot;a named pipe (FIFO)&quot;</extracomment>
        <translation>Certdeck はバックアップをフォルダー %1 に保存しますが、そのパスには%2があります。名前を変更するか移動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1: the disk is full. Free some space, then try again.</source>
        <translation>バックアップフォルダー %1 を作成できません: ディスクがいっぱいです。空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that %2 exists and is writable, then try again.</source>
        <translation>バックアップフォルダー %1 を作成できません。%2 が存在し、書き込み可能であることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck progress database, so Certdeck did not back it up.</source>
        <translation>%1 は Certdeck の進捗データベースではないため、Certdeck はバックアップしませんでした。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Certdeck (schema %2; this version reads schema %3 or older), so this version did not back it up.</source>
        <translation>%1 は新しいバージョンの Certdeck で作成されています（スキーマ %2。このバージョンが読み込めるのはスキーマ %3 までです）。そのため、このバージョンではバックアップしませんでした。</translation>
    </message>
    <message>
        <source>Your progress database %1 is damaged (%2), so Certdeck did not back it up: a damaged copy would push your good backups out. Restore one of your backups instead.</source>
        <translation>進捗データベース %1 は破損しているため（%2）、Certdeck はバックアップしませんでした。破損したコピーを保存すると、正常なバックアップが削除されてしまうおそれがあります。代わりに、いずれかのバックアップを復元してください。</translation>
    </message>
    <message>
        <source>Another program holds a lock on your progress database %1, so Certdeck could not back it up. Try again in a moment.</source>
        <translation>別のプログラムが進捗データベース %1 をロックしているため、Certdeck はバックアップできませんでした。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Certdeck could not read your progress database %1 to back it up: %2</source>
        <translation>Certdeck はバックアップのために進捗データベース %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>The backup folder %1 is read-only, so Certdeck cannot back up your progress there. Make the folder writable, then try again.</source>
        <translation>バックアップフォルダー %1 は読み取り専用のため、Certdeck はそこに進捗をバックアップできません。フォルダーを書き込み可能にしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk that holds the backup folder %1 is full, so Certdeck could not back up your progress. Free some space, then try again.</source>
        <translation>バックアップフォルダー %1 があるディスクがいっぱいのため、Certdeck は進捗をバックアップできませんでした。空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Certdeck could not write a backup of your progress in %1: %2</source>
        <translation>Certdeck は %1 に進捗のバックアップを書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>バックアップ %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck progress database, so it cannot be restored.</source>
        <translation>%1 は Certdeck の進捗データベースではないため、復元できません。</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Certdeck (schema %2); this version reads schema %3 or older.</source>
        <translation>バックアップ %1 は新しいバージョンの Certdeck で作成されています（スキーマ %2）。このバージョンが読み込めるのはスキーマ %3 までです。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>バックアップ %1 は破損しています: %2</translation>
    </message>
    <message>
        <source>Certdeck cannot read the backup %1: %2</source>
        <translation>Certdeck はバックアップ %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>There is no progress database at %1 to back up.</source>
        <translation>%1 にはバックアップする進捗データベースがありません。</translation>
    </message>
    <message>
        <source>Certdeck cannot back up your progress database %1: it %2</source>
        <translation>Certdeck は進捗データベース %1 をバックアップできません（%2）</translation>
    </message>
    <message>
        <source>Certdeck could not delete the old backup %1: %2</source>
        <translation>Certdeck は古いバックアップ %1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is your progress database itself, not a backup of it.</source>
        <translation>%1 は進捗データベースそのものであり、そのバックアップではありません。</translation>
    </message>
    <message>
        <source>Certdeck cannot restore %1: it %2</source>
        <translation>Certdeck は %1 を復元できません（%2）</translation>
    </message>
    <message>
        <source>Certdeck did not restore the backup: it could not first keep a copy of your current progress database %1 in %2: %3</source>
        <translation>現在の進捗データベース %1 のコピーを先に %2 に保存できなかったため、Certdeck はバックアップを復元しませんでした: %3</translation>
    </message>
    <message>
        <source>Certdeck did not restore the backup: it could not first back up your current progress database. %1</source>
        <translation>現在の進捗データベースを先にバックアップできなかったため、Certdeck はバックアップを復元しませんでした。%1</translation>
    </message>
    <message>
        <source>Certdeck keeps your progress in the file %1, but it %2. Rename or move it, then try again.</source>
        <translation>Certdeck は進捗をファイル %1 に保存しますが、そのファイルは%2。名前を変更するか移動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Certdeck could not restore %1 into %2: %3. Your progress database was left as it was.</source>
        <translation>Certdeck は %1 を %2 に復元できませんでした: %3。進捗データベースは元のままです。</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>保存先のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>Certdeck cannot check your progress database %1: it %2</source>
        <translation>Certdeck は進捗データベース %1 を検査できません（%2）</translation>
    </message>
    <message>
        <source>Certdeck cannot check your progress database %1: %2</source>
        <translation>Certdeck は進捗データベース %1 を検査できません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck progress database.</source>
        <translation>%1 は Certdeck の進捗データベースではありません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Certdeck (schema %2); this version checks schema %3 or older.</source>
        <translation>%1 は新しいバージョンの Certdeck で作成されています（スキーマ %2）。このバージョンが検査できるのはスキーマ %3 までです。</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>%1 のある行が、%2 に存在しない行を参照しています</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>%2 の行 %1 が、%3 に存在しない行を参照しています</translation>
    </message>
</context>
<context>
    <name>ProgressDatabase</name>
    <message>
        <source>Your progress database %1 was written by a newer Certdeck (schema %2; this version reads up to %3). It was left untouched; update Certdeck to use it.</source>
        <translation>進捗データベース %1 は新しいバージョンの Certdeck で作成されています（スキーマ %2。このバージョンが読み込めるのはスキーマ %3 までです）。このファイルは変更していません。使用するには Certdeck を更新してください。</translation>
    </message>
    <message>
        <source>Cannot set up your progress database %1: %2</source>
        <translation>進捗データベース %1 をセットアップできません：%2</translation>
    </message>
    <message>
        <source>%1 is not a Certdeck progress database (it is not an SQLite database at all). It was left untouched; rename or move it to start a new one.</source>
        <translation>%1 は Certdeck の進捗データベースではありません（SQLite データベースでもありません）。ファイルは変更していません。新しく作成するには、名前を変更するか移動してください。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Certdeck progress database. It was left untouched; rename or move it to start a new one.</source>
        <translation>%1 は別のプログラムの SQLite データベースで、Certdeck の進捗データベースではありません。ファイルは変更していません。新しく作成するには、名前を変更するか移動してください。</translation>
    </message>
    <message>
        <source>The folder %1, where Certdeck keeps your progress, is read-only, so Certdeck cannot create or update its database there. Make the folder writable, or set CERTDECK_DATA_DIR to a writable folder, then try again.</source>
        <translation>Certdeck が進捗を保存するフォルダー %1 は読み取り専用のため、そこにデータベースを作成したり更新したりできません。フォルダーを書き込み可能にするか、CERTDECK_DATA_DIR に書き込み可能なフォルダーを設定してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your progress database %1 is on a read-only file system, so nothing you study could be saved. Remount it read-write, or set CERTDECK_DATA_DIR to a folder on a writable disk, then try again.</source>
        <translation>進捗データベース %1 は読み取り専用のファイルシステム上にあるため、学習した内容を保存できません。読み書き可能な状態で再マウントするか、CERTDECK_DATA_DIR に書き込み可能なディスク上のフォルダーを設定してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your progress database %1 is read-only, so nothing you study could be saved. Give yourself permission to write it (for example: chmod u+w %1), then try again.</source>
        <translation>進捗データベース %1 は読み取り専用のため、学習した内容を保存できません。このファイルへの書き込み権限を自分に付与してから（例: chmod u+w %1）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Another program holds a lock on your progress database %1 (a Certdeck that is busy, or a database tool with a change in progress), so Certdeck could not save to it. Close that program or finish its change, then try again.</source>
        <translation>別のプログラム（処理中の Certdeck や、変更を実行中のデータベースツールなど）が進捗データベース %1 をロックしているため、Certdeck は保存できませんでした。そのプログラムを終了するか、その変更を完了してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk that holds your progress database %1 is full, so Certdeck could not save to it. Free some space on that disk, then try again.</source>
        <translation>進捗データベース %1 があるディスクがいっぱいのため、Certdeck は保存できませんでした。そのディスクの空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your progress database %1 is damaged (%2). Certdeck left it untouched. To start afresh, rename or move it; the sqlite3 tool&apos;s .recover command may rescue what is still readable.</source>
        <translation>進捗データベース %1 は破損しています（%2）。Certdeck はこのファイルを変更していません。最初からやり直すには、名前を変更するか移動してください。sqlite3 ツールの .recover コマンドで、まだ読み取れるデータを救出できる場合があります。</translation>
    </message>
    <message>
        <source>its schema version is %1, which no Certdeck writes</source>
        <translation>スキーマバージョンが %1 ですが、このバージョンを書き込む Certdeck はありません</translation>
    </message>
    <message>
        <source>Certdeck may not look at your progress database %1 (%2). Give your user permission to read and write it, then try again.</source>
        <translation>Certdeck には進捗データベース %1 を参照する権限がありません（%2）。お使いのユーザーにこのファイルの読み書き権限を付与してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Certdeck keeps your progress in the file %1, but %2 is at that path. Rename or move it, then try again.</source>
        <extracomment>%2 is what stands at the path, e.g. &quot;a folder&quot; or &quot;a named pipe (FIFO)&quot;</extracomment>
        <translation>Certdeck は進捗をファイル %1 に保存しますが、そのパスには%2があります。名前を変更するか移動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Certdeck cannot read your progress database %1: it %2. Give your user permission to read and write it, then try again.</source>
        <translation>Certdeck は進捗データベース %1 を読み込めません（%2）。お使いのユーザーにこのファイルの読み書き権限を付与してから、もう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>it is cut short: %n byte(s)</source>
        <translation>
            <numerusform>途中で切れています: %n バイトしかありません</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for your progress database. Check that its parent folder exists and is writable, or set CERTDECK_DATA_DIR to another folder.</source>
        <translation>進捗データベース用のフォルダー %1 を作成できません。親フォルダーが存在し、書き込み可能であることを確認するか、CERTDECK_DATA_DIR に別のフォルダーを設定してください。</translation>
    </message>
    <message>
        <source>Cannot set up your progress database %1: its journal cannot be switched to write-ahead logging (it stays &apos;%2&apos;).</source>
        <translation>進捗データベース %1 をセットアップできません：ジャーナルを先行書き込みログ（WAL）に切り替えられません（&apos;%2&apos; のままです）。</translation>
    </message>
    <message>
        <source>Your progress database %1 is already open in another Certdeck (or another program). This one does not write beside it: close the other, then try again.</source>
        <translation>進捗データベース %1 は別の Certdeck（または別のプログラム）ですでに開かれています。同時に書き込まないよう、こちらでは開きません。もう一方を閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 was written by an older Certdeck (schema %2): open Certdeck once to upgrade it, then run this again.</source>
        <translation>%1 は古いバージョンの Certdeck で作成されています（スキーマ %2）。Certdeck を一度開いて更新してから、もう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>ProgressTransfer</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON ではありません: %1（%2 バイト目）</translation>
    </message>
    <message>
        <source>not a Certdeck progress export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>Certdeck の進捗の書き出しではありません（&quot;format&quot;: &quot;%1&quot; がありません）</translation>
    </message>
    <message>
        <source>written in format version %1; this Certdeck reads version %2</source>
        <translation>形式バージョン %1 で書かれています。この Certdeck が読めるのはバージョン %2 です</translation>
    </message>
    <message>
        <source>review %1</source>
        <extracomment>%1 is the review&apos;s position in the file, from 1</extracomment>
        <translation>復習 %1</translation>
    </message>
    <message>
        <source>%1: &quot;card&quot; must name a card</source>
        <translation>%1: &quot;card&quot; にはカードを指定してください</translation>
    </message>
    <message>
        <source>%1: &quot;at&quot; must be an ISO-8601 time</source>
        <translation>%1: &quot;at&quot; は ISO-8601 の時刻にしてください</translation>
    </message>
    <message>
        <source>%1: &quot;rating&quot; must be 1 to 4</source>
        <translation>%1: &quot;rating&quot; は 1 から 4 にしてください</translation>
    </message>
    <message>
        <source>card %1: &quot;card&quot; must name a card</source>
        <extracomment>%1 is the card entry&apos;s position in the file, from 1</extracomment>
        <translation>カード %1: &quot;card&quot; にはカードを指定してください</translation>
    </message>
    <message>
        <source>notes %1</source>
        <extracomment>%1 is the notes entry&apos;s position in the file, from 1</extracomment>
        <translation>ノート %1</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; must be a file name</source>
        <translation>%1: &quot;name&quot; はファイル名でなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must hold the notes</source>
        <translation>%1: &quot;text&quot; にはノートが必要です</translation>
    </message>
    <message>
        <source>%1: &quot;imported_at&quot; must be an ISO-8601 time</source>
        <translation>%1: &quot;imported_at&quot; は ISO 8601 の時刻でなければなりません</translation>
    </message>
    <message>
        <source>own card %1</source>
        <extracomment>%1 is the own card&apos;s position in the file, from 1</extracomment>
        <translation>自分のカード %1</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; must be an own card&apos;s id (own.…)</source>
        <translation>%1: &quot;id&quot; は自分のカードの ID（own.…）でなければなりません</translation>
    </message>
    <message>
        <source>%1: a card needs a topic, a front and a back</source>
        <translation>%1: カードにはトピック、表面、裏面が必要です</translation>
    </message>
    <message>
        <source>%1: &quot;created_at&quot; and &quot;updated_at&quot; must be ISO-8601 times</source>
        <translation>%1: &quot;created_at&quot; と &quot;updated_at&quot; は ISO 8601 の時刻でなければなりません</translation>
    </message>
</context>
<context>
    <name>QualityGate</name>
    <message>
        <source>question &apos;%1&apos;: a single-answer question has exactly %2 options, like the exam (has %3)</source>
        <translation>問題 &apos;%1&apos;: 択一選択問題の選択肢は、試験と同じくちょうど %2 個です（現在 %3 個）</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has one correct option but its stem says &quot;(Choose ...)&quot;</source>
        <translation>問題 &apos;%1&apos; は正解の選択肢が 1 つですが、問題文に「(Choose ...)」とあります</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: the exam asks to choose two or three, not %2</source>
        <translation>問題 &apos;%1&apos;: 試験で選ばせる数は 2 つか 3 つです（%2 ではありません）</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: a multi-response question has %2 or %3 options (has %4)</source>
        <translation>問題 &apos;%1&apos;: 複数選択問題の選択肢は %2 個か %3 個です（現在 %4 個）</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has %2 correct options: its stem must say &quot;%3&quot;</source>
        <translation>問題 &apos;%1&apos; は正解の選択肢が %2 個あります: 問題文に「%3」と書く必要があります</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: &quot;%2&quot; is not an answer the exam uses; write a real design instead</source>
        <translation>問題 &apos;%1&apos;: 「%2」は試験で使われる解答ではありません。代わりに実際の設計を書いてください</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: the option &quot;%2&quot; is under %3 of the correct option&apos;s length, a distractor nobody would pick</source>
        <translation>問題 &apos;%1&apos;: 選択肢「%2」の長さは正解の選択肢の %3 未満で、誰も選ばない誤答選択肢です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the same %2 as the item at %3:%4</source>
        <extracomment>%2 is &quot;stem&quot; or &quot;front&quot;</extracomment>
        <translation>&apos;%1&apos; の%2は %3:%4 の項目と同じです</translation>
    </message>
    <message>
        <source>front</source>
        <translation>表面</translation>
    </message>
    <message>
        <source>stem</source>
        <translation>問題文</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: %2</source>
        <translation>問題 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>not a scenario, and only %1 of the bank&apos;s questions are (at least %2): set a situation and a requirement such as &quot;MOST cost-effective&quot;</source>
        <translation>シナリオ問題ではありません。シナリオ問題は問題全体の %1 しかありません（%2 以上必要）。状況と「MOST cost-effective」のような要件を設定してください</translation>
    </message>
    <message>
        <source>a recall stem, and %1 of the bank&apos;s questions are (at most %2): make it a scenario, or a card</source>
        <translation>知識問題です。知識問題は問題全体の %1 あります（上限 %2）。シナリオ問題にするか、カードにしてください</translation>
    </message>
    <message>
        <source>the correct option is the longest, as in %1 of single-answer questions (at most %2)</source>
        <translation>正解の選択肢が最も長くなっています。択一選択問題の %1 がそうなっています（上限 %2）</translation>
    </message>
    <message>
        <source>the correct option is over %1 times as long as the others; across the bank correct options are %2 times as long as distractors (at most %1)</source>
        <translation>正解の選択肢の長さが他の選択肢の %1 倍を超えています。問題全体では、正解の選択肢は誤答選択肢の %2 倍の長さです（上限 %1 倍）</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a symbolic link to a missing file</source>
        <translation>存在しないファイルへのシンボリックリンク</translation>
    </message>
    <message>
        <source>a symbolic link that loops</source>
        <translation>ループしているシンボリックリンク</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>名前付きパイプ（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>something Certdeck may not look at</source>
        <translation>Certdeck に参照する権限がないもの</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>is %1, not a regular file</source>
        <extracomment>%1 is what stands at the path, e.g. &quot;a folder&quot; or &quot;a named pipe (FIFO)&quot;</extracomment>
        <translation>通常のファイルではなく%1です</translation>
    </message>
    <message>
        <source>is too large: %1 MiB (at most %2 MiB)</source>
        <translation>大きすぎます: %1 MiB（上限は %2 MiB）</translation>
    </message>
    <message>
        <source>is too large: more than %1 MiB</source>
        <translation>大きすぎます: %1 MiB を超えています</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊ファイル</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>There is no card to grade.</source>
        <translation>評価するカードがありません。</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>元に戻す操作はありません。</translation>
    </message>
    <message>
        <source>There is no card to suspend.</source>
        <translation>保留するカードがありません。</translation>
    </message>
    <message>
        <source>There is no card to bury.</source>
        <translation>延期するカードがありません。</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Reading your progress failed: %1</source>
        <extracomment>%1 is SQLite&apos;s message</extracomment>
        <translation>学習の進捗を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Saving your progress failed: %1</source>
        <extracomment>%1 is SQLite&apos;s message</extracomment>
        <translation>学習の進捗を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>S3Prefixes</name>
    <message>
        <source>S3 request rates per prefix</source>
        <translation>S3 のプレフィックスあたりのリクエストレート</translation>
    </message>
    <message>
        <source>Prefixes a bucket&apos;s keys must spread over for a rate of reads and writes</source>
        <translation>読み取りと書き込みのレートに応じて、バケットのキーを分散させる必要があるプレフィックス数</translation>
    </message>
    <message>
        <source>GET/HEAD requests per second</source>
        <translation>1 秒あたりの GET/HEAD リクエスト数</translation>
    </message>
    <message>
        <source>Reads of objects (GET and HEAD) each second</source>
        <translation>1 秒ごとのオブジェクトの読み取り (GET と HEAD)</translation>
    </message>
    <message>
        <source>PUT/COPY/POST/DELETE requests per second</source>
        <translation>1 秒あたりの PUT/COPY/POST/DELETE リクエスト数</translation>
    </message>
    <message>
        <source>Writes and deletes of objects each second</source>
        <translation>1 秒ごとのオブジェクトの書き込みと削除</translation>
    </message>
    <message>
        <source>S3 gives at least %1 GET/HEAD and %2 PUT/COPY/POST/DELETE requests per second per partitioned prefix: the limits are per prefix, not per bucket.</source>
        <extracomment>%1 GET/HEAD per second per prefix, %2 PUT/COPY/POST/DELETE per second per prefix</extracomment>
        <translation>S3 は、パーティション化されたプレフィックスごとに 1 秒あたり少なくとも %1 件の GET/HEAD リクエストと %2 件の PUT/COPY/POST/DELETE リクエストを処理できます。上限はバケット単位ではなくプレフィックス単位です。</translation>
    </message>
    <message numerus="yes">
        <source>Reads: %1 GET/HEAD per second / %2 per prefix = %3, rounded up: %n prefix(es).</source>
        <extracomment>%1 GET requests per second, %2 per prefix, %3 the quotient, %n prefixes (rounded up)</extracomment>
        <translation>
            <numerusform>読み取り: 1 秒あたり %1 GET/HEAD / プレフィックスあたり %2 = %3、切り上げて %n プレフィックス。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes: %1 PUT/COPY/POST/DELETE per second / %2 per prefix = %3, rounded up: %n prefix(es).</source>
        <extracomment>%1 PUT requests per second, %2 per prefix, %3 the quotient, %n prefixes (rounded up)</extracomment>
        <translation>
            <numerusform>書き込み: 1 秒あたり %1 PUT/COPY/POST/DELETE / プレフィックスあたり %2 = %3、切り上げて %n プレフィックス。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prefixes: the larger of the two = %n prefix(es); each prefix serves its reads and its writes, so the counts are not added.</source>
        <extracomment>%n prefixes</extracomment>
        <translation>
            <numerusform>プレフィックス: 2 つのうち大きい方 = %n プレフィックス。各プレフィックスが自身の読み取りと書き込みの両方を処理するため、数は合計しません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A bucket may hold any number of prefixes: spread the keys evenly over %n prefixes (for example a hash or date part at the start of the key) so that none carries more than %1 reads or %2 writes per second.</source>
        <extracomment>%n prefixes, %1 reads per second per prefix, %2 writes per second per prefix</extracomment>
        <translation>
            <numerusform>バケットにはいくつでもプレフィックスを作成できます。どのプレフィックスも 1 秒あたり %1 件の読み取りまたは %2 件の書き込みを超えないように、キーを %n 個のプレフィックスに均等に分散させてください (たとえば、キーの先頭にハッシュや日付の部分を置きます)。</numerusform>
        </translation>
    </message>
    <message>
        <source>S3 adds partitions for a prefix gradually; during a sudden rise it may answer 503 Slow Down, so ramp up and retry with exponential backoff.</source>
        <translation>S3 はプレフィックスのパーティションを徐々に追加します。急激に増加している間は 503 Slow Down を返すことがあるため、リクエストレートを段階的に上げ、エクスポネンシャルバックオフで再試行してください。</translation>
    </message>
    <message>
        <source>Prefixes needed</source>
        <translation>必要なプレフィックス数</translation>
    </message>
    <message>
        <source>Prefixes for GET/HEAD</source>
        <translation>GET/HEAD 用のプレフィックス数</translation>
    </message>
    <message>
        <source>Prefixes for PUT/COPY/POST/DELETE</source>
        <translation>PUT/COPY/POST/DELETE 用のプレフィックス数</translation>
    </message>
    <message>
        <source>GET/HEAD per second per prefix</source>
        <translation>プレフィックスあたりの 1 秒間の GET/HEAD 数</translation>
    </message>
    <message>
        <source>PUT/COPY/POST/DELETE per second per prefix</source>
        <translation>プレフィックスあたりの 1 秒間の PUT/COPY/POST/DELETE 数</translation>
    </message>
    <message>
        <source>An application makes %1 GET requests and %2 PUT requests per second to objects in one S3 bucket. Across at least how many prefixes must it spread the keys?</source>
        <translation>あるアプリケーションが、1 つの S3 バケット内のオブジェクトに対して 1 秒あたり %1 件の GET リクエストと %2 件の PUT リクエストを送信します。キーを少なくともいくつのプレフィックスに分散させる必要がありますか？</translation>
    </message>
    <message>
        <source>An application makes %1 GET requests per second to objects in one S3 bucket. Across at least how many prefixes must it spread the keys?</source>
        <translation>あるアプリケーションが、1 つの S3 バケット内のオブジェクトに対して 1 秒あたり %1 件の GET リクエストを送信します。キーを少なくともいくつのプレフィックスに分散させる必要がありますか？</translation>
    </message>
    <message>
        <source>The request rates are per prefix, not per bucket.</source>
        <translation>リクエストレートはバケット単位ではなくプレフィックス単位です。</translation>
    </message>
    <message>
        <source>Reads get 5,500 requests per second per prefix and writes 3,500, not the other way round.</source>
        <translation>プレフィックスあたり 1 秒間に、読み取りは 5,500 リクエスト、書き込みは 3,500 リクエストです。逆ではありません。</translation>
    </message>
    <message>
        <source>Each prefix serves both its reads and its writes: take the larger count, not the sum.</source>
        <translation>各プレフィックスは読み取りと書き込みの両方を処理します。合計ではなく、大きい方の数を取ります。</translation>
    </message>
    <message>
        <source>Writes have their own, lower limit of 3,500 per second.</source>
        <translation>書き込みには、1 秒あたり 3,500 という読み取りより低い独自の上限があります。</translation>
    </message>
    <message>
        <source>A part of a prefix&apos;s rate needs a whole prefix: round up.</source>
        <translation>1 プレフィックス分に満たない端数のレートにも、プレフィックスが丸ごと 1 つ必要です。切り上げてください。</translation>
    </message>
    <message>
        <source>Reads and writes have separate limits; reads get 5,500.</source>
        <translation>読み取りと書き込みの上限は別々です。読み取りは 5,500 です。</translation>
    </message>
</context>
<context>
    <name>SqsThroughput</name>
    <message>
        <source>SQS throughput</source>
        <translation>SQS のスループット</translation>
    </message>
    <message>
        <source>API calls a message rate needs with batching, whether the queue type takes them, and the requests billed</source>
        <translation>バッチ処理を使った場合にメッセージレートが必要とする API 呼び出し数、キュータイプがそれを処理できるかどうか、課金されるリクエスト数</translation>
    </message>
    <message>
        <source>Queue type</source>
        <translation>キュータイプ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>FIFO, high throughput mode</source>
        <translation>FIFO、高スループットモード</translation>
    </message>
    <message>
        <source>FIFO keeps order and removes duplicates but limits API calls; standard is nearly unlimited</source>
        <translation>FIFO は順序を保ち重複を除去しますが、API 呼び出し数に上限があります。標準はほぼ無制限です</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>1 秒あたりのメッセージ数</translation>
    </message>
    <message>
        <source>Messages sent (and received, and deleted) each second</source>
        <translation>1 秒ごとに送信 (および受信、削除) されるメッセージ数</translation>
    </message>
    <message>
        <source>Messages per batch</source>
        <translation>バッチあたりのメッセージ数</translation>
    </message>
    <message>
        <source>Messages in one SendMessageBatch, ReceiveMessage or DeleteMessageBatch call</source>
        <translation>1 回の SendMessageBatch、ReceiveMessage、DeleteMessageBatch 呼び出しに含まれるメッセージ数</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>メッセージサイズ</translation>
    </message>
    <message>
        <source>Size of one message with its attributes</source>
        <translation>属性を含むメッセージ 1 件のサイズ</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %5 for messages of %2 KiB: %1 of them make %3 KiB, more than the %4 KiB one batch request may carry (got &apos;%1&apos;)</source>
        <extracomment>%1 messages per batch, %2 KiB per message, %3 their total in KiB, %4 the batch limit in KiB, %5 the largest batch that fits</extracomment>
        <translation>%2 KiB のメッセージでは 1～%5 の整数である必要があります。%1 件では %3 KiB となり、1 回のバッチリクエストで運べる %4 KiB を超えます (入力値: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>%1 messages/s, one message per call = %2 API calls per second for each action (send, receive, delete).</source>
        <extracomment>%1 messages per second, %2 API calls per second</extracomment>
        <translation>%1 メッセージ/s、1 呼び出しあたり 1 メッセージ = アクション (送信、受信、削除) ごとに 1 秒あたり %2 回の API 呼び出し。</translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s in batches of %n = %2 API calls per second for each action (send, receive, delete).</source>
        <extracomment>%1 messages per second, %n messages per batch, %2 API calls per second</extracomment>
        <translation>
            <numerusform>%1 メッセージ/s を %n 件ずつのバッチで = アクション (送信、受信、削除) ごとに 1 秒あたり %2 回の API 呼び出し。</numerusform>
        </translation>
    </message>
    <message>
        <source>A standard queue supports a nearly unlimited number of API calls per second per action, so there is no ceiling to compare with; it delivers at least once, in best-effort order.</source>
        <translation>標準キューはアクションごとに 1 秒あたりほぼ無制限の API 呼び出しをサポートするため、比較する上限はありません。配信は少なくとも 1 回 (at-least-once) で、順序はベストエフォートです。</translation>
    </message>
    <message numerus="yes">
        <source>In high throughput mode a FIFO queue takes up to %1 API calls per second per action in US East (N. Virginia), US West (Oregon) and Europe (Ireland); other Regions take fewer. Its limits count API calls, not messages: with batches of %n that is %2 messages per second.</source>
        <extracomment>%1 API calls per second per action, %n messages per batch, %2 messages per second</extracomment>
        <translation>
            <numerusform>高スループットモードの FIFO キューは、米国東部 (バージニア北部)、米国西部 (オレゴン)、欧州 (アイルランド) ではアクションごとに 1 秒あたり最大 %1 回の API 呼び出しを処理します。その他のリージョンではこれより少なくなります。上限はメッセージではなく API 呼び出しを数えるため、%n 件ずつのバッチでは 1 秒あたり %2 メッセージになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>High throughput spreads a queue over partitions by message group ID: messages of one group are delivered in order, one after another, so the rate needs many distinct MessageGroupId values.</source>
        <translation>高スループットモードでは、メッセージグループ ID によってキューがパーティションに分散されます。1 つのグループのメッセージは順番に 1 件ずつ配信されるため、このレートには多数の異なる MessageGroupId 値が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>A FIFO queue takes %1 API calls per second per action; with batches of %n that is %2 messages per second.</source>
        <extracomment>%1 API calls per second per action, %n messages per batch, %2 messages per second</extracomment>
        <translation>
            <numerusform>FIFO キューはアクションごとに 1 秒あたり %1 回の API 呼び出しを処理します。%n 件ずつのバッチでは 1 秒あたり %2 メッセージになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Batches of %1 would raise it to %2 messages per second.</source>
        <extracomment>%1 messages per batch at most, %2 messages per second documented with full batches</extracomment>
        <translation>%1 件ずつのバッチにすれば、1 秒あたり %2 メッセージまで増やせます。</translation>
    </message>
    <message>
        <source>%1 messages/s fit within %2 messages/s.</source>
        <extracomment>%1 messages per second wanted, %2 the queue&apos;s maximum</extracomment>
        <translation>%1 メッセージ/s は %2 メッセージ/s 以内に収まります。</translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s exceed %2 messages/s: larger batches, a quota increase, or %n FIFO queues, each keeping order only for its own messages.</source>
        <extracomment>%1 messages per second wanted, %2 the queue&apos;s maximum, %n queues needed</extracomment>
        <translation>
            <numerusform>%1 メッセージ/s は %2 メッセージ/s を超えます。より大きなバッチ、クォータの引き上げ、または %n 個の FIFO キュー (各キューは自身のメッセージについてのみ順序を保持します) が必要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s exceed %2 messages/s: enable high throughput mode, or split the messages over %n FIFO queues, each keeping order only for its own messages.</source>
        <extracomment>%1 messages per second wanted, %2 the queue&apos;s maximum, %n queues needed</extracomment>
        <translation>
            <numerusform>%1 メッセージ/s は %2 メッセージ/s を超えます。高スループットモードを有効にするか、メッセージを %n 個の FIFO キューに分割してください (各キューは自身のメッセージについてのみ順序を保持します)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billing: each %4 KiB chunk of a call&apos;s payload is one request; a call carrying %1 KiB (%2 x %3 KiB) is billed as %n request(s).</source>
        <extracomment>%1 KiB in one call, %2 messages, %3 KiB each, %4 KiB per billed chunk, %n requests billed per call</extracomment>
        <translation>
            <numerusform>課金: 呼び出しのペイロードは %4 KiB のチャンクごとに 1 リクエストです。%1 KiB (%2 x %3 KiB) を運ぶ呼び出しは %n リクエストとして課金されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calls/s x %2 = %3 billed requests per second for each action.</source>
        <extracomment>%1 API calls per second, %2 requests per call, %3 billed requests per second</extracomment>
        <translation>%1 呼び出し/s x %2 = アクションごとに 1 秒あたり %3 件の課金リクエスト。</translation>
    </message>
    <message>
        <source>API calls per second per action</source>
        <translation>アクションごとの 1 秒あたりの API 呼び出し数</translation>
    </message>
    <message>
        <source>Most messages per second per action</source>
        <translation>アクションごとの 1 秒あたりの最大メッセージ数</translation>
    </message>
    <message>
        <source>API call limit per second per action</source>
        <translation>アクションごとの 1 秒あたりの API 呼び出し上限</translation>
    </message>
    <message>
        <source>Fits (1 yes, 0 no)</source>
        <translation>上限内に収まる (1 はい、0 いいえ)</translation>
    </message>
    <message>
        <source>Queues needed</source>
        <translation>必要なキュー数</translation>
    </message>
    <message>
        <source>Billed requests per call</source>
        <translation>呼び出しあたりの課金リクエスト数</translation>
    </message>
    <message>
        <source>Billed requests per second per action</source>
        <translation>アクションごとの 1 秒あたりの課金リクエスト数</translation>
    </message>
    <message numerus="yes">
        <source>A producer sends to an SQS FIFO queue with high throughput mode enabled in US East (N. Virginia), using SendMessageBatch with %n message(s) per call. At most how many messages per second can it send?</source>
        <extracomment>%n messages per batch</extracomment>
        <translation>
            <numerusform>プロデューサーが、米国東部 (バージニア北部) にある高スループットモードを有効にした SQS FIFO キューに、1 回の呼び出しあたり %n 件のメッセージで SendMessageBatch を使って送信します。1 秒あたり最大でいくつのメッセージを送信できますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A producer sends to an SQS FIFO queue (high throughput mode off) using SendMessageBatch with %n message(s) per call. At most how many messages per second can it send?</source>
        <translation>
            <numerusform>プロデューサーが、SQS FIFO キュー (高スループットモードはオフ) に、1 回の呼び出しあたり %n 件のメッセージで SendMessageBatch を使って送信します。1 秒あたり最大でいくつのメッセージを送信できますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>FIFO limits count API calls; each call carries a whole batch.</source>
        <translation>FIFO の上限は API 呼び出しを数えます。各呼び出しはバッチ全体を運びます。</translation>
    </message>
    <message>
        <source>The batch here is smaller than 10 messages.</source>
        <translation>この問題のバッチは 10 メッセージより小さいです。</translation>
    </message>
    <message>
        <source>300 calls per second is the limit without high throughput mode.</source>
        <translation>1 秒あたり 300 回の呼び出しは、高スループットモードなしの場合の上限です。</translation>
    </message>
    <message>
        <source>70,000 calls per second needs high throughput mode (and one of its largest Regions).</source>
        <translation>1 秒あたり 70,000 回の呼び出しには、高スループットモード (と、その上限が最も高いリージョンのいずれか) が必要です。</translation>
    </message>
    <message>
        <source>Batching multiplies the messages per call; it does not divide them.</source>
        <translation>バッチ処理では呼び出しあたりのメッセージ数を掛けます。割るのではありません。</translation>
    </message>
    <message>
        <source>The FIFO limit is 300 calls per second per action, not 330.</source>
        <translation>FIFO の上限はアクションごとに 1 秒あたり 300 回の呼び出しで、330 回ではありません。</translation>
    </message>
    <message numerus="yes">
        <source>An application sends %1 messages per second to an SQS queue with SendMessageBatch, %n messages per call. How many SendMessageBatch calls per second does it make?</source>
        <extracomment>%1 messages per second, %n messages per batch</extracomment>
        <translation>
            <numerusform>あるアプリケーションが、SendMessageBatch を使って 1 回の呼び出しあたり %n 件のメッセージで、1 秒あたり %1 件のメッセージを SQS キューに送信します。1 秒あたり何回の SendMessageBatch 呼び出しを行いますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Each batch call carries several messages, so fewer calls are needed.</source>
        <translation>各バッチ呼び出しは複数のメッセージを運ぶため、必要な呼び出しは少なくなります。</translation>
    </message>
    <message>
        <source>Divide the messages by the batch size; do not multiply.</source>
        <translation>メッセージ数をバッチサイズで割ります。掛けるのではありません。</translation>
    </message>
    <message>
        <source>The batch here is not the maximum of 10 messages.</source>
        <translation>この問題のバッチは最大の 10 メッセージではありません。</translation>
    </message>
    <message>
        <source>The question asks for the send calls only, not send, receive and delete together.</source>
        <translation>問われているのは送信の呼び出しだけで、送信・受信・削除の合計ではありません。</translation>
    </message>
    <message numerus="yes">
        <source>A system must send %1 messages per second through SQS FIFO queues without high throughput mode, in batches of %n message(s). Each queue keeps its own order. At least how many FIFO queues are needed?</source>
        <extracomment>%1 messages per second, %n messages per batch</extracomment>
        <translation>
            <numerusform>あるシステムが、高スループットモードなしの SQS FIFO キューを通じて、%n 件ずつのバッチで 1 秒あたり %1 件のメッセージを送信する必要があります。各キューはそれぞれ独自の順序を保持します。FIFO キューは少なくともいくつ必要ですか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Each call carries a batch: a queue takes 300 calls per second, not 300 messages.</source>
        <translation>各呼び出しはバッチを運びます。キューが 1 秒あたりに処理するのは 300 メッセージではなく 300 回の呼び出しです。</translation>
    </message>
    <message>
        <source>3,000 messages per second needs batches of 10.</source>
        <translation>1 秒あたり 3,000 メッセージには 10 件ずつのバッチが必要です。</translation>
    </message>
    <message>
        <source>A part of a queue&apos;s load needs a whole queue: round up.</source>
        <translation>1 キュー分に満たない端数の負荷にも、キューが丸ごと 1 つ必要です。切り上げてください。</translation>
    </message>
    <message>
        <source>FIFO queues without high throughput mode are limited; a standard queue is the one with nearly unlimited throughput.</source>
        <translation>高スループットモードなしの FIFO キューには上限があります。スループットがほぼ無制限なのは標準キューです。</translation>
    </message>
    <message numerus="yes">
        <source>A producer sends %1 messages per second of %2 KiB each to an SQS standard queue with SendMessageBatch, %n message(s) per call. How many requests per second are billed for the sends?</source>
        <extracomment>%1 messages per second, %n messages per batch, %2 message size in KiB</extracomment>
        <translation>
            <numerusform>プロデューサーが、SendMessageBatch を使って 1 回の呼び出しあたり %n 件のメッセージで、1 件 %2 KiB のメッセージを 1 秒あたり %1 件、SQS 標準キューに送信します。送信に対して 1 秒あたり何件のリクエストが課金されますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Each 64 KB chunk of a call&apos;s payload is billed as one request.</source>
        <translation>呼び出しのペイロードは 64 KB のチャンクごとに 1 リクエストとして課金されます。</translation>
    </message>
    <message>
        <source>A batch call is billed by its 64 KB chunks, not by its messages.</source>
        <translation>バッチ呼び出しはメッセージ数ではなく、64 KB のチャンク単位で課金されます。</translation>
    </message>
    <message>
        <source>The chunks are counted over the whole call&apos;s payload, not message by message.</source>
        <translation>チャンクはメッセージごとではなく、呼び出しのペイロード全体で数えます。</translation>
    </message>
    <message>
        <source>The billing chunk is 64 KiB (65,536 bytes), the unit of the message size: do not convert KiB to decimal KB.</source>
        <translation>課金のチャンクはメッセージサイズと同じ単位の 64 KiB (65,536 バイト) です。KiB を 10 進数の KB に換算しないでください。</translation>
    </message>
    <message>
        <source>The question asks for the sends only, not send, receive and delete together.</source>
        <translation>問われているのは送信だけで、送信・受信・削除の合計ではありません。</translation>
    </message>
</context>
<context>
    <name>StandardStreams</name>
    <message>
        <source>standard output is closed</source>
        <translation>標準出力が閉じられています</translation>
    </message>
    <message>
        <source>%1: cannot write the output: %2</source>
        <translation>%1: 出力を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>StatsChartsLoader</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <source>The charts could not be loaded: %1.</source>
        <translation>グラフを読み込めませんでした: %1。</translation>
    </message>
</context>
<context>
    <name>StatsStore</name>
    <message>
        <source>cannot read the progress database: %1</source>
        <translation>進捗データベースを読み込めません: %1</translation>
    </message>
    <message>
        <source>the progress database is not open</source>
        <translation>進捗データベースが開かれていません</translation>
    </message>
</context>
<context>
    <name>StudyAdvice</name>
    <message>
        <source>Drill %1 (%2)</source>
        <extracomment>%1 an exam domain (&quot;Design Secure Architectures&quot;), %2 the exam code</extracomment>
        <translation>%1 をドリルで練習する（%2）</translation>
    </message>
    <message>
        <source>Learn your first cards</source>
        <translation>最初のカードを学習する</translation>
    </message>
    <message>
        <source>Start with a few flashcards, then answer practice questions: after both, Certdeck estimates your exam score and shows your weakest domains here.</source>
        <translation>まずフラッシュカードをいくつか学習し、次に練習問題に解答してください。両方を行うと、Certdeck が試験のスコアを推定し、最も弱い分野をここに表示します。</translation>
    </message>
    <message numerus="yes">
        <source>Review %n due card(s)</source>
        <translation>
            <numerusform>復習予定のカード %n 枚を復習する</numerusform>
        </translation>
    </message>
    <message>
        <source>These cards are at the point of being forgotten: a review now takes seconds, relearning a forgotten card takes minutes.</source>
        <translation>これらのカードは忘れかけています。今復習すれば数秒で済みますが、忘れたカードを覚え直すには数分かかります。</translation>
    </message>
    <message>
        <source>%1 is your weakest %2 domain: about %3% right estimated, where passing needs about %4%, and it is %5% of the exam.</source>
        <extracomment>%1 domain name, %2 exam code, %3 estimated percent right, %4 percent the pass line needs, %5 the domain&apos;s percent of the exam</extracomment>
        <translation>%1 は %2 で最も弱い分野です。推定正答率は約 %3% で、合格には約 %4% が必要です。この分野は試験の %5% を占めます。</translation>
    </message>
    <message numerus="yes">
        <source>Learn %n new card(s)</source>
        <translation>
            <numerusform>新規カード %n 枚を学習する</numerusform>
        </translation>
    </message>
    <message>
        <source>No card is due and every domain is estimated above the pass line: new cards widen what you know.</source>
        <translation>復習予定のカードはなく、すべての分野が合格ラインを上回ると推定されています。新規カードで知識の幅を広げましょう。</translation>
    </message>
    <message>
        <source>Take a timed %1 exam</source>
        <extracomment>%1 exam code</extracomment>
        <translation>%1 の時間制限付き試験を受ける</translation>
    </message>
    <message>
        <source>Your estimate is %1 (likely %2 to %3): a timed exam of %4 checks it under exam conditions.</source>
        <extracomment>%1 estimated score, %2 and %3 its range, %4 exam code</extracomment>
        <translation>推定スコアは %1（見込み %2～%3）です。%4 の時間制限付き試験を受けると、本番と同じ条件で確かめられます。</translation>
    </message>
    <message>
        <source>Done for today</source>
        <translation>今日の学習は完了です</translation>
    </message>
    <message>
        <source>Nothing is due. To keep sharp, drill your weakest domain: %1.</source>
        <translation>復習予定のカードはありません。感覚を保つため、最も弱い分野をドリルで練習しましょう: %1。</translation>
    </message>
    <message>
        <source>Nothing is due and no new card is left for today.</source>
        <translation>復習予定のカードはなく、今日の新規カードも残っていません。</translation>
    </message>
</context>
<context>
    <name>VpcSubnets</name>
    <message>
        <source>VPC subnets (IPv4)</source>
        <translation>VPC サブネット (IPv4)</translation>
    </message>
    <message>
        <source>Addresses in a CIDR block, the five AWS reserves in each subnet, equal subnets of a block, and overlap with another block</source>
        <translation>CIDR ブロック内のアドレス数、各サブネットで AWS が予約する 5 つのアドレス、ブロックの均等なサブネットへの分割、別のブロックとの重複</translation>
    </message>
    <message>
        <source>CIDR block</source>
        <translation>CIDR ブロック</translation>
    </message>
    <message>
        <source>The VPC&apos;s or subnet&apos;s IPv4 block, from /16 to /28, such as 10.0.0.0/16</source>
        <translation>VPC またはサブネットの IPv4 ブロック (/16～/28)。例: 10.0.0.0/16</translation>
    </message>
    <message>
        <source>Split into subnets of prefix</source>
        <translation>分割するサブネットのプレフィックス</translation>
    </message>
    <message>
        <source>The prefix length of equal subnets to split the block into, such as 24; from the block&apos;s own prefix to 28</source>
        <translation>ブロックを均等に分割するサブネットのプレフィックス長 (例: 24)。ブロック自体のプレフィックスから 28 まで</translation>
    </message>
    <message>
        <source>Check overlap with</source>
        <translation>重複を確認するブロック</translation>
    </message>
    <message>
        <source>Another IPv4 block (a peer VPC, an on-premises network), any prefix from /0 to /32</source>
        <translation>別の IPv4 ブロック (ピア VPC、オンプレミスネットワーク)。プレフィックスは /0～/32 の任意の値</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2: a subnet of %3 is at most as large as the block and at least a /%2 (got %4)</source>
        <extracomment>%1 and %2 are the shortest and longest prefix lengths allowed, %3 the block, %4 what was given</extracomment>
        <translation>%1～%2 の整数である必要があります。%3 のサブネットの大きさは、最大でブロックと同じ、最小で /%2 です (入力値: %4)</translation>
    </message>
    <message>
        <source>%1: 32 - %2 = %3 host bits, so 2^%3 = %4 addresses, from %5 to %6.</source>
        <extracomment>%1 a block such as 10.0.0.0/16, %2 its prefix length, %3 the host bits (32 - %2), %4 the address count, %5 and %6 its first and last address</extracomment>
        <translation>%1: 32 - %2 = %3 ホストビット、したがって 2^%3 = %4 アドレス (%5～%6)。</translation>
    </message>
    <message>
        <source>AWS reserves %1 addresses in every subnet, the first four and the last; in the first subnet, %2, they are:</source>
        <extracomment>%1 the number of reserved addresses, %2 the first subnet of a split such as 10.0.0.0/24</extracomment>
        <translation>AWS はすべてのサブネットで、最初の 4 つと最後の 1 つ、計 %1 個のアドレスを予約します。最初のサブネット %2 では次のとおりです:</translation>
    </message>
    <message>
        <source>AWS reserves %1 addresses in every subnet, the first four and the last; in %2 as one subnet they are:</source>
        <extracomment>%1 the number of reserved addresses, %2 a block such as 10.0.0.0/16</extracomment>
        <translation>AWS はすべてのサブネットで、最初の 4 つと最後の 1 つ、計 %1 個のアドレスを予約します。%2 を 1 つのサブネットとした場合は次のとおりです:</translation>
    </message>
    <message>
        <source>%1: the network address.</source>
        <extracomment>%1 an IPv4 address</extracomment>
        <translation>%1: ネットワークアドレス。</translation>
    </message>
    <message>
        <source>%1: the VPC router.</source>
        <translation>%1: VPC ルーター。</translation>
    </message>
    <message>
        <source>%1: the Amazon DNS server (the base plus two).</source>
        <translation>%1: Amazon DNS サーバー (ベースアドレス + 2)。</translation>
    </message>
    <message>
        <source>%1: reserved by AWS for future use.</source>
        <translation>%1: 将来の使用のために AWS が予約。</translation>
    </message>
    <message>
        <source>%1: the broadcast address (a VPC does not support broadcast, so it is reserved).</source>
        <translation>%1: ブロードキャストアドレス (VPC はブロードキャストをサポートしていないため予約されています)。</translation>
    </message>
    <message>
        <source>Usable: %1 - %2 = %3 addresses, from %4 (first usable) to %5 (last usable).</source>
        <extracomment>%1 addresses in the block, %2 reserved addresses, %3 the difference, %4 and %5 the first and last address an instance can have</extracomment>
        <translation>使用可能: %1 - %2 = %3 アドレス、%4 (最初の使用可能アドレス) から %5 (最後の使用可能アドレス) まで。</translation>
    </message>
    <message numerus="yes">
        <source>Split into /%1: 2^(%1 - %2) = 2^%3 = %n subnet(s) of 2^(32 - %1) = %4 addresses each.</source>
        <extracomment>%1 the subnets&apos; prefix length, %2 the block&apos;s, %3 the difference, %n the subnet count, %4 addresses in each subnet</extracomment>
        <translation>
            <numerusform>/%1 に分割: 2^(%1 - %2) = 2^%3 = %n 個のサブネット、各 2^(32 - %1) = %4 アドレス。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each subnet: %1 - %2 = %3 usable; %4 x %3 = %5 usable in all.</source>
        <extracomment>%1 addresses per subnet, %2 reserved per subnet, %3 usable per subnet, %4 the subnet count, %5 usable in all subnets</extracomment>
        <translation>各サブネット: %1 - %2 = %3 個が使用可能。%4 x %3 = 合計 %5 個が使用可能。</translation>
    </message>
    <message>
        <source>Subnet %1: %2, usable %3 to %4.</source>
        <extracomment>%1 the subnet&apos;s number, %2 a subnet such as 10.0.1.0/24, %3 and %4 its first and last usable addresses</extracomment>
        <translation>サブネット %1: %2、使用可能 %3～%4。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more, up to %1.</source>
        <extracomment>%n how many subnets are not listed, %1 the last subnet such as 10.0.255.0/24</extracomment>
        <translation>
            <numerusform>... ほか %n 個、%1 まで。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to %3) and %4 (%5 to %6)</source>
        <extracomment>%1 and %4 blocks such as 10.0.0.0/16, %2 %3 and %5 %6 their first and last addresses</extracomment>
        <translation>%1 (%2～%3) と %4 (%5～%6)</translation>
    </message>
    <message>
        <source>%1 overlap: they share %2 addresses, %3 to %4. VPCs whose CIDR blocks overlap cannot be peered.</source>
        <extracomment>%1 names both blocks with their ranges, %2 the shared address count, %3 and %4 the first and last shared address</extracomment>
        <translation>%1 は重複しています: %2 個のアドレス (%3～%4) を共有しています。CIDR ブロックが重複する VPC はピアリングできません。</translation>
    </message>
    <message>
        <source>%1 do not overlap: no address is in both.</source>
        <extracomment>%1 names both blocks with their ranges</extracomment>
        <translation>%1 は重複していません: 両方に含まれるアドレスはありません。</translation>
    </message>
    <message>
        <source>Addresses in the block</source>
        <translation>ブロック内のアドレス数</translation>
    </message>
    <message>
        <source>Reserved by AWS per subnet</source>
        <translation>サブネットごとに AWS が予約するアドレス数</translation>
    </message>
    <message>
        <source>Usable addresses (block as one subnet)</source>
        <translation>使用可能なアドレス数 (ブロックを 1 つのサブネットとした場合)</translation>
    </message>
    <message>
        <source>Subnets in the split</source>
        <translation>分割後のサブネット数</translation>
    </message>
    <message>
        <source>Usable addresses per subnet</source>
        <translation>サブネットあたりの使用可能なアドレス数</translation>
    </message>
    <message>
        <source>Usable addresses in all subnets</source>
        <translation>全サブネットの使用可能なアドレス数</translation>
    </message>
    <message>
        <source>Overlaps the other block (1 yes, 0 no)</source>
        <translation>別のブロックと重複 (1 はい、0 いいえ)</translation>
    </message>
    <message>
        <source>A subnet in a VPC has the CIDR block %1. How many IP addresses in it can be assigned to instances?</source>
        <extracomment>%1 a subnet&apos;s CIDR block such as 10.0.32.0/22</extracomment>
        <translation>VPC 内のあるサブネットの CIDR ブロックは %1 です。このサブネット内でインスタンスに割り当てられる IP アドレスはいくつですか？</translation>
    </message>
    <message>
        <source>a /%1 has 2^(32 - %1) = 2^%2 addresses</source>
        <extracomment>%1 a prefix length such as 26, %2 the host bits (32 - %1)</extracomment>
        <translation>/%1 のアドレス数は 2^(32 - %1) = 2^%2</translation>
    </message>
    <message>
        <source>AWS reserves %1 addresses in every subnet; they cannot be assigned.</source>
        <extracomment>%1 the number of reserved addresses (5)</extracomment>
        <translation>AWS はすべてのサブネットで %1 個のアドレスを予約しており、それらは割り当てられません。</translation>
    </message>
    <message>
        <source>AWS reserves %1 addresses per subnet, not only the network and broadcast addresses an on-premises network loses.</source>
        <translation>AWS はサブネットごとに %1 個のアドレスを予約します。オンプレミスネットワークで使えなくなるネットワークアドレスとブロードキャストアドレスだけではありません。</translation>
    </message>
    <message>
        <source>Off by one power of two: %1, not half as many.</source>
        <extracomment>%1 says how many addresses a block has, such as &quot;a /26 has 2^(32 - 26) = 2^6 addresses&quot;</extracomment>
        <translation>2 の累乗が 1 つずれています。%1 であり、その半分ではありません。</translation>
    </message>
    <message>
        <source>Off by one power of two: %1, not twice as many.</source>
        <translation>2 の累乗が 1 つずれています。%1 であり、その 2 倍ではありません。</translation>
    </message>
    <message>
        <source>The last address, the broadcast address, is reserved too: %1 in all.</source>
        <extracomment>%1 the number of reserved addresses (5)</extracomment>
        <translation>最後のアドレス (ブロードキャストアドレス) も予約されます。合計 %1 個です。</translation>
    </message>
    <message>
        <source>A VPC has the CIDR block %1. How many subnets of size /%2 can it be divided into, without overlap?</source>
        <extracomment>%1 a VPC&apos;s CIDR block such as 10.20.0.0/16, %2 a longer prefix length such as 24</extracomment>
        <translation>ある VPC の CIDR ブロックは %1 です。重複なしで、サイズ /%2 のサブネットにいくつ分割できますか？</translation>
    </message>
    <message>
        <source>2^(%1 - %2) = 2^%3</source>
        <extracomment>%1 the subnets&apos; prefix length, %2 the VPC&apos;s, %3 the difference</extracomment>
        <translation>2^(%1 - %2) = 2^%3</translation>
    </message>
    <message>
        <source>Off by one power of two: the count is %1, not half of it.</source>
        <extracomment>%1 the count as a power of two, such as &quot;2^(24 - 16) = 2^8&quot;</extracomment>
        <translation>2 の累乗が 1 つずれています。数は %1 であり、その半分ではありません。</translation>
    </message>
    <message>
        <source>Off by one power of two: the count is %1, not twice it.</source>
        <translation>2 の累乗が 1 つずれています。数は %1 であり、その 2 倍ではありません。</translation>
    </message>
    <message>
        <source>The reserved addresses are inside each subnet; they do not take a subnet away from the VPC.</source>
        <translation>予約アドレスは各サブネットの内部にあり、VPC のサブネット数を減らすものではありません。</translation>
    </message>
    <message>
        <source>That is the number of addresses in each subnet, not the number of subnets.</source>
        <translation>それは各サブネットのアドレス数であり、サブネットの数ではありません。</translation>
    </message>
    <message>
        <source>Each extra prefix bit doubles the count; %1 - %2 only counts the bits.</source>
        <extracomment>%1 the subnets&apos; prefix length, %2 the VPC&apos;s</extracomment>
        <translation>プレフィックスが 1 ビット増えるごとに数は 2 倍になります。%1 - %2 はビット数を数えているだけです。</translation>
    </message>
    <message>
        <source>must be an IPv4 CIDR block: four numbers from 0 to 255, a slash and a prefix length, such as 10.0.0.0/16 (got &apos;%1&apos;)</source>
        <extracomment>%1 what was given</extracomment>
        <translation>IPv4 CIDR ブロックである必要があります。0～255 の 4 つの数値、スラッシュ、プレフィックス長で、10.0.0.0/16 のように指定します (入力値: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>must have four numbers from 0 to 255 (got %1 in &apos;%2&apos;)</source>
        <extracomment>%1 the number given, %2 the whole text</extracomment>
        <translation>0～255 の 4 つの数値が必要です (入力値: &apos;%2&apos; 内の %1)</translation>
    </message>
    <message>
        <source>must end in a prefix length from /%1 to /%2; /%3 is not an IPv4 prefix length</source>
        <extracomment>%1 and %2 the range of prefix lengths accepted here, %3 the prefix length given</extracomment>
        <translation>末尾は /%1～/%2 のプレフィックス長である必要があります。/%3 は IPv4 のプレフィックス長ではありません</translation>
    </message>
    <message>
        <source>must be from /%1 (%2 addresses) to /%3 (%4 addresses): /%5 is too big for a VPC</source>
        <extracomment>%1 and %3 the shortest and longest prefix lengths of a VPC, %2 and %4 their address counts, %5 the prefix length given</extracomment>
        <translation>/%1 (%2 アドレス)～/%3 (%4 アドレス) である必要があります。/%5 は VPC には大きすぎます</translation>
    </message>
    <message>
        <source>must be from /%1 (%2 addresses) to /%3 (%4 addresses): /%5 is too small for a VPC</source>
        <translation>/%1 (%2 アドレス)～/%3 (%4 アドレス) である必要があります。/%5 は VPC には小さすぎます</translation>
    </message>
    <message>
        <source>must start at the first address of a /%1 block, and %2 does not: did you mean %3?</source>
        <extracomment>%1 a prefix length, %2 the address given, %3 the block it lies in, such as 10.0.0.0/16</extracomment>
        <translation>/%1 ブロックの最初のアドレスで始まる必要がありますが、%2 はそうではありません。%3 のことですか？</translation>
    </message>
    <message>
        <source>Addresses in both blocks</source>
        <translation>両方のブロックに含まれるアドレス</translation>
    </message>
</context>
<context>
    <name>Work</name>
    <message>
        <source>a whole number from %1 to %2%3</source>
        <translation>%1～%2%3 の整数</translation>
    </message>
    <message>
        <source>a number from %1 to %2%3</source>
        <translation>%1～%2%3 の数値</translation>
    </message>
    <message>
        <source>is required: one of %1</source>
        <translation>必須です: %1 のいずれか</translation>
    </message>
    <message>
        <source>must be one of %1 (got &apos;%2&apos;)</source>
        <extracomment>%1 lists the accepted words, %2 what was given</extracomment>
        <translation>%1 のいずれかである必要があります (入力値: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>is required: %1</source>
        <extracomment>%1 is a range such as &quot;a number from 0.001 to 400 KB&quot;</extracomment>
        <translation>必須です: %1</translation>
    </message>
    <message>
        <source>must be %1 (got &apos;%2&apos;)</source>
        <extracomment>%1 is a range such as &quot;a number from 0.001 to 400 KB&quot;, %2 what was given</extracomment>
        <translation>%1である必要があります (入力値: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>is not an input of this calculator</source>
        <translation>この計算機の入力項目ではありません</translation>
    </message>
    <message>
        <source>the content has no figure &apos;%1&apos; (calculators.yaml); rebuild the content</source>
        <extracomment>%1 is a fact id such as ebs.gp2.max-iops</extracomment>
        <translation>コンテンツに数値 &apos;%1&apos; (calculators.yaml) がありません。コンテンツを再ビルドしてください</translation>
    </message>
    <message>
        <source>This is what the formula gives.</source>
        <translation>これが公式から得られる値です。</translation>
    </message>
    <message>
        <source>%1 can make %3 different questions for this seed, not %2</source>
        <extracomment>%1 a calculator&apos;s name, %2 how many questions were asked for, %3 how many it could make</extracomment>
        <translation>%1 がこのシードで作成できる異なる問題は %2 問ではなく %3 問です</translation>
    </message>
</context>
<context>
    <name>certdeck-compile</name>
    <message>
        <source>usage: certdeck-compile &lt;content dir&gt; &lt;output content.db&gt; [--sections]</source>
        <translation>usage: certdeck-compile &lt;コンテンツフォルダー&gt; &lt;出力先の content.db&gt; [--sections]</translation>
    </message>
    <message>
        <source>certdeck-compile: %1 problem(s); %2 not written</source>
        <translation>certdeck-compile: エラー %1 件。%2 は書き込まれていません</translation>
    </message>
</context>
<context>
    <name>certdeck::AppContext</name>
    <message>
        <source>Your progress is not open yet; try again in a moment.</source>
        <translation>進捗がまだ開いていません。少し待ってからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>certdeck::CalcDrillDialog</name>
    <message>
        <source>Drill: %1</source>
        <extracomment>The drill dialog&apos;s title: %1 a calculator&apos;s name</extracomment>
        <translation>ドリル: %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>See whether your answer is right (Enter)</source>
        <translation>解答が正しいかどうかを確認します (Enter)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Drill &amp;Again</source>
        <translation>もう一度ドリル(&amp;A)</translation>
    </message>
    <message>
        <source>Ten new questions</source>
        <translation>新しい問題 10 問</translation>
    </message>
    <message>
        <source>No drill can be made: %1</source>
        <translation>ドリルを作成できません: %1</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 right so far</source>
        <extracomment>%1 the question&apos;s number, %2 how many there are; %3 the right answers so far</extracomment>
        <translation>問題 %1/%2 · これまでの正解 %3 問</translation>
    </message>
    <message>
        <source>✓ Right: %1</source>
        <extracomment>Under the right option after checking: %1 why it is right</extracomment>
        <translation>✓ 正解: %1</translation>
    </message>
    <message>
        <source>✗ Your answer: %1</source>
        <extracomment>Under the wrong option the learner chose: %1 the mistake that gives it</extracomment>
        <translation>✗ あなたの解答: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <extracomment>Under another wrong option: %1 the mistake that gives it</extracomment>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Right!</source>
        <extracomment>After a wrong answer: %1 the right one</extracomment>
        <translation>正解です！</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>不正解です。正解は %1 です。</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>解き方</translation>
    </message>
    <message>
        <source>Drill over</source>
        <translation>ドリル終了</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions right.</source>
        <extracomment>The end of a drill: %1 right answers, %2 questions</extracomment>
        <translation>%2 問中 %1 問正解しました。</translation>
    </message>
    <message>
        <source>Every one. Try the calculator with inputs of your own, or another drill.</source>
        <translation>全問正解です。自分で入力した値で計算機を試すか、別のドリルに挑戦してください。</translation>
    </message>
    <message>
        <source>Go through the steps of the ones you missed in the calculator, then drill again.</source>
        <translation>間違えた問題の計算手順を計算機で確認してから、もう一度ドリルに挑戦してください。</translation>
    </message>
    <message>
        <source>See the &amp;Score</source>
        <translation>スコアを表示(&amp;S)</translation>
    </message>
</context>
<context>
    <name>certdeck::CalculatorsPage</name>
    <message>
        <source>&amp;Calculators</source>
        <translation>計算機(&amp;C)</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>計算機</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>コピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the answer, its steps and the figures used, with their sources, as text</source>
        <translation>答え、計算手順、使用した数値とその出典をテキストとしてコピーします</translation>
    </message>
    <message>
        <source>&amp;Drill Me…</source>
        <translation>ドリル(&amp;D)…</translation>
    </message>
    <message>
        <source>Exam-style questions worked out by this calculator, one after another</source>
        <translation>この計算機で解く試験形式の問題を 1 問ずつ出題します</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答え</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The calculators need the figures in the content, which cannot be read.</source>
        <translation>計算機にはコンテンツ内の数値が必要ですが、読み込めません。</translation>
    </message>
    <message>
        <source>Choose a calculator.</source>
        <translation>計算機を選んでください。</translation>
    </message>
    <message>
        <source>To see the answer, fix what is marked in red:</source>
        <translation>答えを表示するには、赤で示された箇所を修正してください:</translation>
    </message>
    <message>
        <source>No answer:</source>
        <translation>答えを出せません:</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>計算手順</translation>
    </message>
    <message>
        <source>Figures used</source>
        <translation>使用した数値</translation>
    </message>
    <message>
        <source>%1, %2, as of %3</source>
        <extracomment>Where a price comes from: %1 the AWS page, %2 a region, %3 a month (2026-11)</extracomment>
        <translation>%1、%2、%3 時点</translation>
    </message>
    <message>
        <source>(no longer documented by AWS)</source>
        <translation>(AWS のドキュメントに記載がなくなりました)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>One figure a calculator used: %1 its name, %2 its value and unit, %3 the page it comes from</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>In your notes</source>
        <translation>ノートの該当箇所</translation>
    </message>
    <message>
        <source>(in “%1”)</source>
        <extracomment>After a formula&apos;s name: the section of the notes it comes from</extracomment>
        <translation>(「%1」内)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A line of copied text: %1 a label, %2 a value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>手順:</translation>
    </message>
    <message>
        <source>Figures used:</source>
        <translation>使用した数値:</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
</context>
<context>
    <name>certdeck::CalendarHeatmap</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>復習 %Ln 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>問題 %Ln 問</numerusform>
        </translation>
    </message>
    <message>
        <source>Less</source>
        <translation>少ない</translation>
    </message>
    <message>
        <source>More</source>
        <translation>多い</translation>
    </message>
</context>
<context>
    <name>certdeck::CardBrowserDialog</name>
    <message>
        <source>Card Browser</source>
        <translation>カードブラウザー</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>カードを絞り込み</translation>
    </message>
    <message>
        <source>Words in the front, back or id</source>
        <translation>表面・裏面・ID の語句</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>絞り込み(&amp;L):</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>すべてのトピック</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>トピック(&amp;O):</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Card browser state filter: every card</extracomment>
        <translation>すべて</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Card browser state filter: cards never studied</extracomment>
        <translation>新規</translation>
    </message>
    <message>
        <source>Learning</source>
        <extracomment>Card browser state filter: cards on learning or relearning steps</extracomment>
        <translation>学習中</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>Card browser state filter: cards reviewed at intervals of days</extracomment>
        <translation>復習</translation>
    </message>
    <message>
        <source>Suspended</source>
        <extracomment>Card browser state filter: cards left out of study</extracomment>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Leeches</source>
        <extracomment>Card browser state filter: cards forgotten again and again</extracomment>
        <translation>リーチ</translation>
    </message>
    <message>
        <source>Buried</source>
        <extracomment>Card browser state filter: cards left out of study until the next study day</extracomment>
        <translation>延期中</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>状態(&amp;A):</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Show in &amp;Notes</source>
        <translation>ノートで表示(&amp;N)</translation>
    </message>
    <message>
        <source>Show the line of your notes this card comes from</source>
        <translation>このカードの出典となるノートの行を表示します</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Every review of this card (Return, or double-click the card)</source>
        <translation>このカードのすべての復習（Enter キー、またはカードをダブルクリック）</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>保留(&amp;S)</translation>
    </message>
    <message>
        <source>Leave the selected cards out of study until they are unsuspended</source>
        <translation>選択したカードを、保留を解除するまで学習から外します</translation>
    </message>
    <message>
        <source>&amp;Unsuspend</source>
        <translation>保留を解除(&amp;U)</translation>
    </message>
    <message>
        <source>Bring the selected cards back into study</source>
        <translation>選択したカードを学習に戻します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The cards are shown as new, and nothing can be changed.</source>
        <translation>カードは新規として表示され、何も変更できません。</translation>
    </message>
    <message>
        <source>Your progress cannot be opened: %1</source>
        <extracomment>%1 says why (it names the file)</extracomment>
        <translation>学習の進捗を開けません: %1</translation>
    </message>
    <message>
        <source>Your progress is not open yet: the cards are shown as new, and nothing can be changed.</source>
        <translation>学習の進捗はまだ開かれていません: カードは新規として表示され、何も変更できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be suspended: %1</source>
        <extracomment>%1 says why (SQLite&apos;s message)</extracomment>
        <translation>
            <numerusform>%n 枚のカードを保留にできませんでした: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be unsuspended: %1</source>
        <translation>
            <numerusform>%n 枚のカードの保留を解除できませんでした: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 枚のカード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s)</source>
        <extracomment>%1 cards shown of %n in all: &quot;42 of 74 cards&quot;</extracomment>
        <translation>
            <numerusform>%n 枚中 %1 枚のカード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n selected</source>
        <extracomment>After the card count: &quot;42 of 74 cards, 3 selected&quot;</extracomment>
        <translation>
            <numerusform>%1、%n 枚を選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the cards</source>
        <translation>カードを検索する</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change one of your own cards (cards you made from the notes)</source>
        <translation>自分のカード（ノートから作ったカード）を変更</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete one of your own cards with its review history</source>
        <translation>自分のカードを復習履歴ごと削除</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where an own card comes from: notes file, line</extracomment>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>カードの削除</translation>
    </message>
    <message>
        <source>Delete your card “%1” with its review history?</source>
        <extracomment>%1 is the card&apos;s front</extracomment>
        <translation>カード「%1」を復習履歴ごと削除しますか？</translation>
    </message>
</context>
<context>
    <name>certdeck::CardBrowserModel</name>
    <message>
        <source>New</source>
        <extracomment>A card&apos;s state: never studied</extracomment>
        <translation>新規</translation>
    </message>
    <message>
        <source>Learning</source>
        <extracomment>A card&apos;s state: on its first short steps</extracomment>
        <translation>学習中</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>A card&apos;s state: reviewed at intervals of days</extracomment>
        <translation>復習</translation>
    </message>
    <message>
        <source>Relearning</source>
        <extracomment>A card&apos;s state: forgotten, back on a short step</extracomment>
        <translation>再学習</translation>
    </message>
    <message>
        <source>Leech</source>
        <extracomment>Tag in the card browser&apos;s State column: a card forgotten again and again</extracomment>
        <translation>リーチ</translation>
    </message>
    <message>
        <source>Suspended</source>
        <extracomment>Tag in the card browser&apos;s State column: left out of study</extracomment>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Buried</source>
        <extracomment>Tag in the card browser&apos;s State column: left out of study until the next study day</extracomment>
        <translation>延期中</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates a card&apos;s state from its tags in the card browser: &quot;Review · Leech · Suspended&quot;</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>A card&apos;s due time: within a minute of now</extracomment>
        <translation>今</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n minute(s)</source>
        <translation>
            <numerusform>%n 分遅れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n 分後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n hour(s)</source>
        <translation>
            <numerusform>%n 時間遅れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n 時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>%n 日遅れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 日後</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>A card&apos;s memory stability in days, abbreviated: &quot;2.3 d&quot;</extracomment>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 (no longer in the content)</source>
        <extracomment>The card browser&apos;s Card column for a card removed from the content; %1 is its id</extracomment>
        <translation>%1（コンテンツにありません）</translation>
    </message>
    <message>
        <source>(removed)</source>
        <extracomment>The card browser&apos;s Topic column for a card removed from the content</extracomment>
        <translation>（削除済み）</translation>
    </message>
    <message>
        <source>%1
This card is no longer in the content (removed or renamed). Its schedule and history are kept.</source>
        <translation>%1
このカードはコンテンツにありません（削除されたか、名前が変更されました）。復習予定と履歴は保持されています。</translation>
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
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n time(s)</source>
        <translation>
            <numerusform>復習回数: %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgotten %n time(s)</source>
        <translation>
            <numerusform>忘却回数: %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Leech: forgotten so often that it was taken out of study. Rewrite it, or unsuspend it to try again.</source>
        <translation>リーチ: 何度も忘れたため、学習から外されました。カードを書き直すか、保留を解除してもう一度挑戦してください。</translation>
    </message>
    <message>
        <source>Suspended: left out of study until unsuspended.</source>
        <translation>保留中: 保留を解除するまで学習から外されています。</translation>
    </message>
    <message>
        <source>Buried: left out of study until the next study day.</source>
        <translation>延期中: 次の学習日まで学習から外されています。</translation>
    </message>
    <message>
        <source>Not studied yet: it comes with the new cards.</source>
        <translation>未学習です: 新規カードとして出題されます。</translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>期日: %1</translation>
    </message>
    <message>
        <source>Not studied yet.</source>
        <translation>未学習です。</translation>
    </message>
    <message>
        <source>%1 days until the chance of recalling it falls to 90%.
Chance of recalling it now: %2%.</source>
        <extracomment>%1 is a number of days, %2 a percentage</extracomment>
        <translation>%1 日で、思い出せる確率が 90% まで下がります。
現在、思い出せる確率: %2%。</translation>
    </message>
    <message>
        <source>Difficulty %1, from 1 (easy) to 10 (hard).</source>
        <extracomment>%1 is a number from 1 to 10</extracomment>
        <translation>難易度 %1（1: 簡単～10: 難しい）。</translation>
    </message>
    <message numerus="yes">
        <source>Forgotten %n time(s) after it was learned</source>
        <translation>
            <numerusform>習得後に忘れた回数: %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>最終復習: %1</translation>
    </message>
    <message>
        <source>Never reviewed.</source>
        <translation>まだ復習していません。</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Stability</source>
        <extracomment>Column header: a card&apos;s memory stability, in days</extracomment>
        <translation>安定度</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>難易度</translation>
    </message>
    <message>
        <source>Lapses</source>
        <extracomment>Column header: how often a learned card was forgotten</extracomment>
        <translation>忘却回数</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>最終復習</translation>
    </message>
    <message>
        <source>When the card is next due for review</source>
        <translation>カードの次の復習期日</translation>
    </message>
    <message>
        <source>Days (d) until the chance of recalling the card falls to 90%</source>
        <translation>カードを思い出せる確率が 90% に下がるまでの日数</translation>
    </message>
    <message>
        <source>How hard the card is for you, from 1 (easy) to 10 (hard)</source>
        <translation>このカードの難しさ（1: 簡単～10: 難しい）</translation>
    </message>
    <message>
        <source>How often the card was forgotten after it was learned</source>
        <translation>習得後にカードを忘れた回数</translation>
    </message>
    <message>
        <source>Wrong exam answer</source>
        <translation>試験での誤答</translation>
    </message>
    <message>
        <source>Due on its own schedule.</source>
        <translation>通常のスケジュールどおりの期日です。</translation>
    </message>
    <message>
        <source>Brought forward on %2 because the exam question %1 was answered wrong; it was due %3.</source>
        <extracomment>%1 question id, %2 and %3 dates and times</extracomment>
        <translation>試験問題 %1 に誤答したため、%2 に前倒しされました（元の期日: %3）。</translation>
    </message>
    <message>
        <source>Why due</source>
        <extracomment>Column header: why a card came due sooner than its schedule said</extracomment>
        <translation>期日の理由</translation>
    </message>
    <message>
        <source>A card comes due sooner when you answer an exam question on the same notes wrong</source>
        <translation>同じノートに基づく試験問題に誤答すると、カードの期日が早まります</translation>
    </message>
</context>
<context>
    <name>certdeck::CardHistoryDialog</name>
    <message>
        <source>unknown</source>
        <extracomment>The interval a review set is not known</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>under a minute</source>
        <extracomment>The interval a review set: under a minute</extracomment>
        <translation>1 分未満</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Again</source>
        <extracomment>A review&apos;s rating: not recalled</extracomment>
        <translation>もう一度</translation>
    </message>
    <message>
        <source>Hard</source>
        <extracomment>A review&apos;s rating: recalled with difficulty</extracomment>
        <translation>難しい</translation>
    </message>
    <message>
        <source>Good</source>
        <extracomment>A review&apos;s rating: recalled</extracomment>
        <translation>正解</translation>
    </message>
    <message>
        <source>Easy</source>
        <extracomment>A review&apos;s rating: recalled at once</extracomment>
        <translation>簡単</translation>
    </message>
    <message>
        <source>History of %1</source>
        <extracomment>Window title; %1 is a card&apos;s id</extracomment>
        <translation>%1 の履歴</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>復習履歴</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>復習日時</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>State before</source>
        <extracomment>Column header: the card&apos;s state when it was reviewed</extracomment>
        <translation>復習前の状態</translation>
    </message>
    <message>
        <source>Interval set</source>
        <extracomment>Column header: the time until the card was due again</extracomment>
        <translation>設定された間隔</translation>
    </message>
    <message>
        <source>Your progress is not open, so there is no history to show.</source>
        <translation>学習の進捗が開かれていないため、表示できる履歴はありません。</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>まだ復習していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), oldest first</source>
        <translation>
            <numerusform>%n 回の復習（古い順）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::CommandPalette</name>
    <message>
        <source>Quick lookup</source>
        <translation>クイック検索</translation>
    </message>
    <message>
        <source>Look up a limit, formula or fact: &quot;lambda max timeout&quot;, &quot;rcu&quot;…</source>
        <translation>制限・計算式・事実を検索（例: 「lambda max timeout」、「rcu」…）</translation>
    </message>
    <message>
        <source>Quick lookup query</source>
        <translation>クイック検索の検索語句</translation>
    </message>
    <message>
        <source>Quick lookup results</source>
        <translation>クイック検索の結果</translation>
    </message>
    <message>
        <source>Look up &quot;%1&quot; again</source>
        <translation>「%1」をもう一度検索します</translation>
    </message>
    <message>
        <source>Recent lookups. Type to search; Enter opens, Esc closes.</source>
        <translation>最近の検索。入力すると検索します。Enter で開き、Esc で閉じます。</translation>
    </message>
    <message>
        <source>Type to search limits, formulas, cards, questions and notes. Enter opens, Esc closes.</source>
        <translation>入力すると、制限、計算式、カード、問題、ノートを検索します。Enter で開き、Esc で閉じます。</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try fewer or other words.</source>
        <translation>「%1」に一致する項目はありません。語句を減らすか、別の語句でお試しください。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the selected one.</source>
        <translation>
            <numerusform>%n 件の結果。Enter で選択した結果を開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation>結果の間を移動する</translation>
    </message>
    <message>
        <source>Open the result where it can be read</source>
        <translation>結果を読める場所で開く</translation>
    </message>
    <message>
        <source>Close quick lookup</source>
        <translation>クイック検索を閉じる</translation>
    </message>
</context>
<context>
    <name>certdeck::ExamNavigator</name>
    <message>
        <source>Questions</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Question %1: answered</source>
        <translation>問題 %1: 解答済み</translation>
    </message>
    <message>
        <source>Question %1: not answered</source>
        <translation>問題 %1: 未解答</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>見直しマーク付き</translation>
    </message>
    <message>
        <source>Question %1: right</source>
        <translation>問題 %1: 正解</translation>
    </message>
    <message>
        <source>Question %1: wrong</source>
        <translation>問題 %1: 不正解</translation>
    </message>
</context>
<context>
    <name>certdeck::ExamPage</name>
    <message>
        <source>Back to Practice Exams</source>
        <translation>模擬試験に戻る</translation>
    </message>
    <message>
        <source>Your progress cannot be opened, so exams cannot be saved.</source>
        <translation>進捗を開けないため、試験を保存できません。</translation>
    </message>
    <message>
        <source>Opening your progress…</source>
        <translation>進捗を開いています…</translation>
    </message>
    <message>
        <source>The question bank cannot be read.</source>
        <translation>問題集を読み込めません。</translation>
    </message>
    <message>
        <source>Practice Exams</source>
        <translation>模擬試験</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>放棄</translation>
    </message>
    <message>
        <source>&amp;Exam:</source>
        <translation>試験(&amp;E):</translation>
    </message>
    <message>
        <source>+30 &amp;minutes (English is not my first language)</source>
        <translation>+30 分（英語が母国語ではない）(&amp;M)</translation>
    </message>
    <message>
        <source>AWS grants 30 extra minutes to candidates whose first language is not English, when they ask for it before booking.</source>
        <translation>AWS は、英語を母国語としない受験者が予約前に申請すると、試験時間を 30 分延長します。</translation>
    </message>
    <message>
        <source>&amp;Start Exam</source>
        <translation>試験を開始(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n question(s)</source>
        <extracomment>a domain of the exam and how many questions it gets: &quot;Design Secure Architectures: 20&quot;</extracomment>
        <translation>
            <numerusform>%1: %n 問</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 questions in %2 minutes, drawn by the exam guide&apos;s domain weights; no answers are shown until you submit. Passing is %3 on a scale of 100 to %4.</source>
        <extracomment>%1 questions, %2 minutes, %3 pass score, %4 max score; then one line per domain</extracomment>
        <translation>%1 問、%2 分。試験ガイドのドメイン配分に従って出題され、送信するまで正解は表示されません。合格点は 100～%4 のスケールで %3 点です。</translation>
    </message>
    <message>
        <source>Timed Exam</source>
        <translation>時間制限付き試験</translation>
    </message>
    <message>
        <source>&amp;Questions from:</source>
        <translation>出題範囲(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Number of questions:</source>
        <translation>問題数(&amp;N):</translation>
    </message>
    <message>
        <source>Untimed. After each answer, see whether it is right, why each option is right or wrong, and the line of your notes it comes from.</source>
        <translation>時間制限なし。解答するたびに、正解かどうか、各選択肢が正しい理由または誤りである理由、出典となるノートの行を確認できます。</translation>
    </message>
    <message>
        <source>Start &amp;Practice</source>
        <translation>練習を開始(&amp;P)</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>練習</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>トピック(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Calculation drill:</source>
        <translation>計算ドリル(&amp;C):</translation>
    </message>
    <message>
        <source>Topics to drill</source>
        <translation>ドリルのトピック</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>最大(&amp;A):</translation>
    </message>
    <message>
        <source>Start &amp;Drill</source>
        <translation>ドリルを開始(&amp;D)</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>ドリル</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Past attempts</source>
        <translation>過去の受験</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>受験内容</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>an exam profile in a list: &quot;SAA-C03 · AWS Certified Solutions Architect – Associate&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (all domains)</source>
        <translation>%1（全ドメイン）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a topic and its number of questions: &quot;SQS (12)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; was interrupted: %2 of %n question(s) answered.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; は中断されました: %n 問中 %2 問に解答済みです。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left on the clock.</source>
        <translation>残り時間: %1。</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Below the pass line</source>
        <translation>合格ライン未満</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放棄済み</translation>
    </message>
    <message>
        <source>%1 timed exam (+%2 min)</source>
        <translation>%1 時間制限付き試験（+%2 分）</translation>
    </message>
    <message>
        <source>%1 timed exam</source>
        <translation>%1 時間制限付き試験</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>練習: %1</translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation>ドリル: %1</translation>
    </message>
    <message numerus="yes">
        <source>My &amp;mistakes (%n question(s) answered wrong and not right since)</source>
        <translation>
            <numerusform>間違えた問題（誤答後にまだ正解していない問題 %n 問）(&amp;M)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Flagged questions (%n)</source>
        <translation>
            <numerusform>マーク付きの問題 (%n)(&amp;F)</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no questions to practise here yet.</source>
        <translation>ここにはまだ練習できる問題がありません。</translation>
    </message>
    <message>
        <source>my mistakes</source>
        <translation>間違えた問題</translation>
    </message>
    <message>
        <source>flagged questions</source>
        <translation>マーク付きの問題</translation>
    </message>
    <message>
        <source>There are no questions to drill here yet.</source>
        <translation>ここにはまだドリルにできる問題がありません。</translation>
    </message>
    <message>
        <source>That exam is no longer there.</source>
        <translation>その試験はもう存在しません。</translation>
    </message>
    <message>
        <source>Abandon this exam?</source>
        <translation>この試験を放棄しますか？</translation>
    </message>
    <message>
        <source>The exam is kept in your history as abandoned, with the answers you gave; it is not scored.</source>
        <translation>この試験は、それまでの解答とともに「放棄済み」として履歴に残ります。採点はされません。</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Show in &amp;Notes</source>
        <translation>ノートで表示(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Flag for Review</source>
        <translation>見直しマークを付ける(&amp;F)</translation>
    </message>
    <message>
        <source>Mark this question to come back to it (F)</source>
        <translation>後で見直すためにこの問題にマークを付けます (F)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>The previous question (P)</source>
        <translation>前の問題 (P)</translation>
    </message>
    <message>
        <source>Check Answer</source>
        <translation>解答を確認</translation>
    </message>
    <message>
        <source>See whether your answer is right, and why (Enter)</source>
        <translation>解答が正しいかどうかとその理由を表示します (Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>The next question (N)</source>
        <translation>次の問題 (N)</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>問題 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n option(s).</source>
        <extracomment>a multi-response question: &quot;Choose 2 options.&quot;</extracomment>
        <translation>
            <numerusform>選択肢を %n 個選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>正解。</translation>
    </message>
    <message>
        <source>Incorrect.</source>
        <translation>不正解。</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>正解です。</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>不正解です。</translation>
    </message>
    <message>
        <source>The answer is %1.</source>
        <translation>正解は %1 です。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%2 問中 %1 問解答済み</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>マーク付き %n 問</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Review &amp;&amp; Submit…</source>
        <translation>見直し &amp;&amp; 送信…</translation>
    </message>
    <message>
        <source>End this set and see the results (Ctrl+Enter)</source>
        <translation>このセットを終了して結果を表示します (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>See unanswered and flagged questions before submitting (Ctrl+Enter)</source>
        <translation>送信する前に未解答の問題とマーク付きの問題を確認します (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Time spent (untimed)</source>
        <translation>経過時間（時間制限なし）</translation>
    </message>
    <message>
        <source>Your answer was not saved</source>
        <translation>解答を保存できませんでした</translation>
    </message>
    <message>
        <source>The flag was not saved</source>
        <translation>マークを保存できませんでした</translation>
    </message>
    <message>
        <source>Your exam was not saved</source>
        <translation>試験を保存できませんでした</translation>
    </message>
    <message>
        <source>15 minutes left</source>
        <translation>残り 15 分</translation>
    </message>
    <message>
        <source>5 minutes left</source>
        <translation>残り 5 分</translation>
    </message>
    <message>
        <source>Time is up: your exam was submitted with the answers you had given.</source>
        <translation>時間切れです。それまでの解答で試験を送信しました。</translation>
    </message>
    <message>
        <source>Review Before Submitting</source>
        <translation>送信前の見直し</translation>
    </message>
    <message>
        <source>&amp;Unanswered</source>
        <translation>未解答(&amp;U)</translation>
    </message>
    <message>
        <source>F&amp;lagged for review</source>
        <translation>見直しマーク付き(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Return to the Exam</source>
        <translation>試験に戻る(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Submit Exam</source>
        <translation>試験を送信(&amp;S)</translation>
    </message>
    <message>
        <source>End the exam and see your score (Ctrl+Enter)</source>
        <translation>試験を終了してスコアを表示します (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>You have answered %1 of %2 questions.</source>
        <translation>%2 問中 %1 問に解答しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are unanswered and will count as wrong.</source>
        <translation>
            <numerusform>未解答の問題が %n 問あり、不正解として扱われます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>残り時間: %1。</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>問題 %1: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Back to Practice Exams</source>
        <translation>模擬試験に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Drill My &amp;Mistakes</source>
        <translation>間違えた問題をドリル(&amp;M)</translation>
    </message>
    <message>
        <source>That attempt is no longer there.</source>
        <translation>その受験記録はもう存在しません。</translation>
    </message>
    <message>
        <source>This attempt was abandoned.</source>
        <translation>この受験は放棄されました。</translation>
    </message>
    <message>
        <source>%1 of 1000: pass</source>
        <translation>1000 点中 %1 点: 合格</translation>
    </message>
    <message>
        <source>%1 of 1000: below the pass line of %2</source>
        <translation>1000 点中 %1 点: 合格ライン（%2 点）未満</translation>
    </message>
    <message>
        <source>An estimate, not an AWS score: %1 of %2 answers right (%3%), mapped straight onto 100 to 1000, so %4 needs %5% right. AWS scales each exam form differently and leaves 15 questions unscored, which no estimate can know.</source>
        <translation>AWS のスコアではなく推定値です: %2 問中 %1 問正解（%3%）をそのまま 100～1000 に換算しているため、%4 点には %5% の正解が必要です。AWS は試験フォームごとに異なる方法でスコアを換算し、15 問を採点対象外とします。これはどの推定でも知り得ません。</translation>
    </message>
    <message>
        <source>%1 of %2 right (%3%)</source>
        <translation>%2 問中 %1 問正解（%3%）</translation>
    </message>
    <message>
        <source>Practice sets get no scaled score: they are too short to estimate one. The pass line of a real exam is about %1% right.</source>
        <translation>練習セットには換算スコアがありません。推定するには問題数が少なすぎるためです。実際の試験の合格ラインは正答率およそ %1% です。</translation>
    </message>
    <message>
        <source>Time used: %1 of %2, %3 per question on average.</source>
        <translation>所要時間: %1（制限時間 %2）、1 問あたり平均 %3。</translation>
    </message>
    <message>
        <source>Time used: %1, %2 per question on average.</source>
        <translation>所要時間: %1、1 問あたり平均 %2。</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>ドメイン別</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>トピック別</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 問中 %1 問</translation>
    </message>
    <message>
        <source>Meets competencies</source>
        <translation>コンピテンシーを満たしている</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>改善が必要</translation>
    </message>
    <message>
        <source>A domain meets competencies when at least %1% of its questions are right, the share the pass line needs. As on the exam, the total decides the result, not each domain.</source>
        <translation>ドメイン内の問題の %1% 以上（合格ラインに必要な割合）に正解すると、そのドメインは「コンピテンシーを満たしている」になります。実際の試験と同じく、合否を決めるのは各ドメインではなく全体の結果です。</translation>
    </message>
    <message>
        <source>Every question</source>
        <translation>全問題</translation>
    </message>
    <message>
        <source>(%1 is no longer in the bank)</source>
        <translation>（%1 は問題集にもうありません）</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未解答</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>不正解</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>マーク付き</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>あなたの解答</translation>
    </message>
    <message>
        <source>Your answer: %1. Correct answer: %2.</source>
        <translation>あなたの解答: %1。正解: %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Show in notes</source>
        <translation>ノートで表示</translation>
    </message>
    <message>
        <source>No attempts yet: your exams, practice and drills will be listed here.</source>
        <translation>まだ受験記録はありません。模擬試験、練習、ドリルの記録がここに表示されます。</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>%1 chosen.</source>
        <translation>%1 個選択済み。</translation>
    </message>
    <message>
        <source>Start a new attempt?</source>
        <translation>新しく受験を開始しますか？</translation>
    </message>
    <message>
        <source>An interrupted exam is waiting. Starting a new attempt keeps it in your history as abandoned, with the answers you gave.</source>
        <translation>中断した試験があります。新しく受験を開始すると、中断した試験は回答済みの内容とともに「放棄」として履歴に残ります。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a drill&apos;s title in the history: %1 exam code, %2 domain name</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A to %1</source>
        <extracomment>In the keyboard help: the letter keys from A to the last answer&apos;s letter</extracomment>
        <translation>A～%1</translation>
    </message>
    <message>
        <source>Choose that answer, or take it back</source>
        <translation>その選択肢を選ぶ、または取り消す</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>次の問題</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>前の問題</translation>
    </message>
    <message>
        <source>Flag the question for review, or unflag it</source>
        <translation>問題に見直しのフラグを付ける、または外す</translation>
    </message>
    <message>
        <source>In practice and drills: check the answer, then go on</source>
        <translation>練習とドリルで: 解答を確認し、次へ進む</translation>
    </message>
    <message>
        <source>Review the answers and submit</source>
        <translation>解答を見直して送信する</translation>
    </message>
</context>
<context>
    <name>certdeck::ExportActions</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 why it cannot be written</extracomment>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv);;All files (*)</source>
        <translation>表計算ソフト用 CSV (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Cards as CSV…</source>
        <translation>カードを CSV で(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Cards</source>
        <translation>カードのエクスポート</translation>
    </message>
    <message>
        <source>certdeck-cards.csv</source>
        <translation>certdeck-cards.csv</translation>
    </message>
    <message>
        <source>Every card with your schedule, one row a card</source>
        <translation>すべてのカードとスケジュール（1 行に 1 枚）</translation>
    </message>
    <message>
        <source>&amp;Exam History as CSV…</source>
        <translation>試験の履歴を CSV で(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Exam History</source>
        <translation>試験の履歴のエクスポート</translation>
    </message>
    <message>
        <source>certdeck-exams.csv</source>
        <translation>certdeck-exams.csv</translation>
    </message>
    <message>
        <source>Every exam, practice and drill you finished, with its score per domain</source>
        <translation>終了したすべての試験、練習、ドリルとドメインごとのスコア</translation>
    </message>
    <message>
        <source>To &amp;Anki…</source>
        <translation>Anki 用(&amp;A)…</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>Anki へのエクスポート</translation>
    </message>
    <message>
        <source>Add your schedule and review history, so that Anki or AnkiDroid carries on where Certdeck stopped? (Tick “Import any learning progress” when you import it.) Without them every card starts new.</source>
        <translation>Certdeck で止めたところから Anki や AnkiDroid で続けられるよう、スケジュールと復習履歴も追加しますか？（インポート時に「学習の進捗をインポート」にチェックを入れてください。）追加しなければ、すべてのカードが新規から始まります。</translation>
    </message>
    <message>
        <source>certdeck.apkg</source>
        <translation>certdeck.apkg</translation>
    </message>
    <message>
        <source>Anki package (*.apkg)</source>
        <translation>Anki パッケージ (*.apkg)</translation>
    </message>
    <message>
        <source>Every card as an Anki package: one deck per topic, tagged by topic and exam</source>
        <translation>すべてのカードを Anki パッケージで（トピックごとのデッキ、トピックと試験のタグ付き）</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1.</source>
        <extracomment>%1 is the file written</extracomment>
        <translation>
            <numerusform>%n 枚のカードを %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exam(s) to %1.</source>
        <translation>
            <numerusform>%n 件の試験を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your progress is not open yet; try again in a moment.</source>
        <translation>進捗がまだ開いていません。少し待ってからもう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 card(s) with your schedule and %n review(s) to %2.</source>
        <extracomment>%1 is the file written; %n the reviews in it (the cards&apos; count comes first)</extracomment>
        <translation>
            <numerusform>%1 枚のカードをスケジュールと %n 件の復習とともに %2 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::FlashcardsPage</name>
    <message>
        <source>Again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>難しい</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>簡単</translation>
    </message>
    <message>
        <source>New card</source>
        <extracomment>The kind of card on show, after the topic: &quot;Amazon SQS · New card&quot;</extracomment>
        <translation>新規カード</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>復習</translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation>再学習中</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Study time of an hour or more: %1 hours, %2 minutes</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>学習対象(&amp;S):</translation>
    </message>
    <message>
        <source>Cards to study</source>
        <translation>学習するカード</translation>
    </message>
    <message>
        <source>Study everything, the topics of one exam, or one topic</source>
        <translation>すべて、1 つの試験のトピック、または 1 つのトピックを学習します</translation>
    </message>
    <message>
        <source>&amp;Browse Cards</source>
        <translation>カードを参照(&amp;B)</translation>
    </message>
    <message>
        <source>Search, look over and unsuspend cards</source>
        <translation>カードを検索・確認し、保留を解除します</translation>
    </message>
    <message>
        <source>Setti&amp;ngs…</source>
        <translation>設定(&amp;N)…</translation>
    </message>
    <message>
        <source>Desired retention, daily limits and when a study day starts</source>
        <translation>目標記憶率、1 日の上限、学習日の開始時刻</translation>
    </message>
    <message>
        <source>New cards, cards in learning and reviews left today</source>
        <translation>今日残りの新規カード、学習中のカード、復習</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Show Answer</source>
        <translation>解答を表示</translation>
    </message>
    <message>
        <source>Show the back of the card (Space or Enter)</source>
        <translation>カードの裏面を表示します (Space または Enter)</translation>
    </message>
    <message>
        <source>You did not remember it: see it again soon</source>
        <translation>思い出せませんでした: すぐにもう一度表示します</translation>
    </message>
    <message>
        <source>You remembered it, with real effort</source>
        <translation>かなり苦労して思い出しました</translation>
    </message>
    <message>
        <source>You remembered it</source>
        <translation>思い出しました</translation>
    </message>
    <message>
        <source>You remembered it at once: see it much later</source>
        <translation>すぐに思い出しました: ずっと後に表示します</translation>
    </message>
    <message>
        <source>%1, Space or Enter</source>
        <extracomment>The keys that grade Good, in a tooltip: &quot;3, Space or Enter&quot;</extracomment>
        <translation>%1、Space または Enter</translation>
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
        <translation> または </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Take the last grade back</source>
        <translation>最後の評価を取り消します</translation>
    </message>
    <message>
        <source>Bury</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Put this card away until tomorrow</source>
        <translation>このカードを明日まで延期します</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Leave this card out of study until you unsuspend it in the card browser</source>
        <translation>カードブラウザーで保留を解除するまで、このカードを学習から外します</translation>
    </message>
    <message>
        <source>Show in Notes</source>
        <translation>ノートで表示</translation>
    </message>
    <message>
        <source>Read the notes this card was written from</source>
        <translation>このカードの元になったノートを読みます</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Every card of every topic</source>
        <translation>全トピックの全カード</translation>
    </message>
    <message>
        <source>Exam: %1</source>
        <extracomment>A choice of what to study: the topics one exam asks about. %1 is the exam&apos;s code (SAA-C03)</extracomment>
        <translation>試験: %1</translation>
    </message>
    <message>
        <source>Your grade could not be saved, so the card stays: %1</source>
        <extracomment>%1 is the database&apos;s message</extracomment>
        <translation>評価を保存できなかったため、カードはそのままです: %1</translation>
    </message>
    <message>
        <source>The last grade could not be taken back: %1</source>
        <translation>最後の評価を取り消せませんでした: %1</translation>
    </message>
    <message>
        <source>Card suspended: it stays out of study until you unsuspend it in the card browser.</source>
        <translation>カードを保留にしました: カードブラウザーで保留を解除するまで学習に出てきません。</translation>
    </message>
    <message>
        <source>The card could not be suspended: %1</source>
        <translation>カードを保留にできませんでした: %1</translation>
    </message>
    <message>
        <source>Card buried: it comes back tomorrow.</source>
        <translation>カードを延期しました: 明日また表示されます。</translation>
    </message>
    <message>
        <source>The card could not be buried: %1</source>
        <translation>カードを延期できませんでした: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>%1 new, %2 learning, %3 due</source>
        <extracomment>What is left today, for screen readers: &quot;20 new, 3 learning, 41 due&quot;</extracomment>
        <translation>新規 %1、学習中 %2、期日 %3</translation>
    </message>
    <message>
        <source>No counts yet</source>
        <translation>まだ件数がありません</translation>
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
        <translation>%1、次回は %2 後</translation>
    </message>
    <message>
        <source>Opening your progress…</source>
        <translation>進捗を開いています…</translation>
    </message>
    <message>
        <source>Studying needs your progress database, where every grade and schedule is kept, and it could not be opened.</source>
        <translation>学習には、すべての評価とスケジュールを記録する進捗データベースが必要ですが、開けませんでした。</translation>
    </message>
    <message>
        <source>The cards cannot be read.</source>
        <translation>カードを読み込めません。</translation>
    </message>
    <message>
        <source>Your progress could not be read, so studying cannot start.</source>
        <translation>進捗を読み込めなかったため、学習を開始できません。</translation>
    </message>
    <message>
        <source>Next card at %1</source>
        <extracomment>%1 is a time of day (or a date and time when it is not today)</extracomment>
        <translation>次のカード: %1</translation>
    </message>
    <message>
        <source>A card you are learning comes back then; the page shows it when it is due.</source>
        <translation>学習中のカードがその時刻に戻ってきます。期日になるとこのページに表示されます。</translation>
    </message>
    <message>
        <source>Congratulations! You have finished these cards for now.</source>
        <translation>おめでとうございます! これらのカードはひとまず完了です。</translation>
    </message>
    <message>
        <source>There are no cards to study here.</source>
        <translation>ここには学習するカードがありません。</translation>
    </message>
    <message>
        <source>Choose another topic or exam above.</source>
        <translation>上で別のトピックまたは試験を選んでください。</translation>
    </message>
    <message>
        <source>Nothing due now</source>
        <translation>今は期日のカードはありません</translation>
    </message>
    <message>
        <source>Cards studied</source>
        <translation>学習したカード</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>明日が期日</translation>
    </message>
    <message>
        <source>Leeches tagged</source>
        <translation>リーチに指定</translation>
    </message>
    <message>
        <source>(suspended: cards you keep forgetting; rewrite or look them over in the card browser)</source>
        <translation>(保留済み: 何度も忘れるカードです。カードブラウザーで書き直すか見直してください)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) come due by the end of tomorrow.</source>
        <translation>
            <numerusform>明日の終わりまでに %n 枚のカードが期日になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing comes due tomorrow.</source>
        <translation>明日が期日のカードはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) wait; today&apos;s limit of %1 new cards is reached (change it in Settings).</source>
        <extracomment>%n new cards wait; %1 is the daily limit of new cards</extracomment>
        <translation>
            <numerusform>%n 枚の新規カードが待っています。今日の新規カードの上限 %1 枚に達しました (設定で変更できます)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the answer; once it shows, grade Good</source>
        <translation>答えを表示する。表示後は「正解」で評価する</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>「%1」で評価する</translation>
    </message>
    <message>
        <source>Scroll a long card</source>
        <translation>長いカードをスクロールする</translation>
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
    <message>
        <source>Note:</source>
        <translation>補足:</translation>
    </message>
    <message>
        <source>AWS page:</source>
        <translation>AWS のページ:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>Work it out in the calculator</source>
        <translation>計算機で計算する</translation>
    </message>
    <message>
        <source>The notes say:</source>
        <translation>ノートの記述:</translation>
    </message>
    <message>
        <source>Correct:</source>
        <translation>正しくは:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>From %1, in “%2”:</source>
        <extracomment>%1 is where in the notes (&quot;Developer notes, line 1722&quot;); %2 the section&apos;s title</extracomment>
        <translation>%1、「%2」より:</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>%1より:</translation>
    </message>
    <message>
        <source>Line %1 is corrected: %2</source>
        <translation>%1 行目の訂正: %2</translation>
    </message>
    <message>
        <source>Read the section in Notes</source>
        <translation>ノートでセクションを読む</translation>
    </message>
    <message>
        <source>Selected result</source>
        <translation>選択した結果</translation>
    </message>
</context>
<context>
    <name>certdeck::LookupResultModel</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where an item comes from: the notes file&apos;s name, and the line</extracomment>
        <translation>%1、%2 行目</translation>
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
    <message>
        <source>&amp;Try Again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Continue Without Saving</source>
        <translation>保存せずに続行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Browse Cards…</source>
        <translation>カードを閲覧(&amp;B)…</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>フラッシュカード</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>計算機</translation>
    </message>
    <message>
        <source>Practice Exams</source>
        <translation>模擬試験</translation>
    </message>
    <message>
        <source>&amp;Quick Lookup…</source>
        <translation>クイック検索(&amp;Q)…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>どこでも</translation>
    </message>
    <message>
        <source>A question of a practice exam</source>
        <translation>模擬試験の問題</translation>
    </message>
    <message>
        <source>Quick lookup</source>
        <translation>クイック検索</translation>
    </message>
    <message>
        <source>Card browser</source>
        <translation>カードブラウザー</translation>
    </message>
    <message>
        <source>Its facts were last checked against the AWS documentation on %1.</source>
        <extracomment>%1 a date in the learner&apos;s language</extracomment>
        <translation>事実は %1 に AWS のドキュメントで最後に確認されました。</translation>
    </message>
    <message>
        <source>The content does not say when its facts were last checked.</source>
        <translation>このコンテンツには、事実を最後に確認した日が記録されていません。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外観(&amp;A)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>ノートのインポート</translation>
    </message>
    <message>
        <source>Notes (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation>ノート (*.txt *.md *.markdown *.text);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 個のファイルをインポートできませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes are already imported as they are.</source>
        <translation>ノートはこの内容ですでにインポート済みです。</translation>
    </message>
    <message>
        <source>Adding your notes to lookup and the Notes page…</source>
        <translation>ノートを検索とノートページに追加しています…</translation>
    </message>
    <message numerus="yes">
        <source>Your notes: %n file(s), </source>
        <extracomment>After importing notes: files and sections of the learner&apos;s own notes</extracomment>
        <translation>
            <numerusform>あなたのノート: %n ファイル、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s), now in lookup and on the Notes page.</source>
        <translation>
            <numerusform>%n セクション。検索とノートページで使えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>ノートのインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Add your own notes (text or Markdown) to lookup and the Notes page</source>
        <translation>自分のノート（テキストまたは Markdown）を検索とノートページに追加</translation>
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
    <message>
        <source>%1 (your notes)</source>
        <extracomment>The title of a notes file the learner imported</extracomment>
        <translation>%1（あなたのノート）</translation>
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
    <message>
        <source>What the exam guide asks</source>
        <translation>試験ガイドが求める内容</translation>
    </message>
    <message>
        <source>The exam guides&apos; task statements that no question from these notes covers</source>
        <translation>試験ガイドのタスクステートメントのうち、このノートのどの問題も扱っていないもの</translation>
    </message>
    <message>
        <source>What the exam guide asks that these notes do not cover</source>
        <translation>試験ガイドが求める内容のうち、このノートで扱っていないもの</translation>
    </message>
    <message>
        <source>Pick a section on the left to read your notes. Corrections to outdated or wrong lines appear beside them.</source>
        <translation>左側でセクションを選ぶと、ノートを読めます。古い行や誤った行の訂正は、その横に表示されます。</translation>
    </message>
    <message>
        <source>Every task statement of the %1 exam guide has questions from your notes.</source>
        <translation>%1 の試験ガイドのすべてのタスクステートメントに、ノートから作った問題があります。</translation>
    </message>
    <message numerus="yes">
        <source>%n task statement(s) of the exam guide have no question from your notes. Study them from the AWS documentation too:</source>
        <translation>
            <numerusform>試験ガイドのタスクステートメントのうち %n 件には、ノートから作った問題がありません。AWS のドキュメントでも学習してください:</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions per task statement:</source>
        <translation>タスクステートメントごとの問題数:</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <extracomment>A task statement: its number, its name, and the exam domain it belongs to</extracomment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Make a Card…</source>
        <translation>カードを作成(&amp;M)…</translation>
    </message>
    <message>
        <source>Write a flashcard of your own from the selected lines (or the line the cursor is on)</source>
        <translation>選択した行（またはカーソルのある行）から自分のフラッシュカードを作成</translation>
    </message>
    <message>
        <source>Make a Card from These Lines…</source>
        <translation>この行からカードを作成…</translation>
    </message>
    <message>
        <source>Make a Card</source>
        <translation>カードを作成</translation>
    </message>
    <message>
        <source>Your progress is not open yet; try again in a moment.</source>
        <translation>進捗がまだ開いていません。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where a card comes from: notes file, line</extracomment>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>%1, lines %2–%3</source>
        <translation>%1、%2–%3 行目</translation>
    </message>
    <message>
        <source>Card saved: “%1”. It is in your cards (Go &gt; Browse Cards) and comes up in Flashcards like any new card.</source>
        <extracomment>After saving an own card; %1 is its front</extracomment>
        <translation>カードを保存しました:「%1」。カード一覧（移動 &gt; カードを閲覧）にあり、フラッシュカードでほかの新規カードと同じように出題されます。</translation>
    </message>
</context>
<context>
    <name>certdeck::OptionRow</name>
    <message>
        <source>Option %1: %2</source>
        <translation>選択肢 %1: %2</translation>
    </message>
</context>
<context>
    <name>certdeck::OwnCardDialog</name>
    <message>
        <source>New Card</source>
        <translation>新しいカード</translation>
    </message>
    <message>
        <source>Edit Card</source>
        <translation>カードの編集</translation>
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
        <translation>表面</translation>
    </message>
    <message>
        <source>&amp;Front:</source>
        <translation>表面(&amp;F):</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>裏面</translation>
    </message>
    <message>
        <source>&amp;Back:</source>
        <translation>裏面(&amp;B):</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>トピック(&amp;T):</translation>
    </message>
</context>
<context>
    <name>certdeck::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Certdeck backs up your progress when it opens and every 30 minutes while you study. Restoring a backup replaces your progress with it; your current progress is kept as a backup first, so you can go back.</source>
        <translation>Certdeck は起動時と、学習中は 30 分ごとに進捗をバックアップします。バックアップを復元すると進捗がその内容に置き換わります。現在の進捗は先にバックアップされるので、元に戻せます。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>復習数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップ中…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>バックアップはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%1 に %n 件のバックアップ</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace your progress with the backup made %1? Your current progress is kept as a backup first.</source>
        <translation>進捗を %1 に作成したバックアップで置き換えますか？現在の進捗は先にバックアップされます。</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>復元しました。</translation>
    </message>
    <message>
        <source>Restored. Your progress as it was is kept in %1</source>
        <translation>復元しました。以前の進捗は %1 に保存されています</translation>
    </message>
</context>
<context>
    <name>certdeck::ReviewSettingsDialog</name>
    <message>
        <source>Flashcard Settings</source>
        <translation>フラッシュカードの設定</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>目標記憶率</translation>
    </message>
    <message>
        <source>&amp;Desired retention:</source>
        <extracomment>%1 and %2 are the lowest and highest desired retention (0.70, 0.97)</extracomment>
        <translation>目標記憶率(&amp;D):</translation>
    </message>
    <message>
        <source>%1 to %2. The chance of still remembering a card when it comes due: higher means more reviews. 0.90 suits most learners.</source>
        <translation>%1～%2。期日にまだカードを覚えている確率です。高いほど復習が増えます。ほとんどの学習者には 0.90 が適しています。</translation>
    </message>
    <message>
        <source>New cards per day</source>
        <translation>1 日の新規カード数</translation>
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <extracomment>%1 is the highest number of new cards per day</extracomment>
        <translation>1 日の新規カード数(&amp;N):</translation>
    </message>
    <message>
        <source>0 to %1. Cards you have never seen, introduced each study day.</source>
        <translation>0～%1。まだ見たことのないカードを、学習日ごとにこの数だけ導入します。</translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation>1 日の復習数</translation>
    </message>
    <message>
        <source>&amp;Reviews per day:</source>
        <extracomment>%1 is the highest number of reviews per day</extracomment>
        <translation>1 日の復習数(&amp;R):</translation>
    </message>
    <message>
        <source>0 to %1. The most reviews shown each study day; the rest wait for the next day.</source>
        <translation>0～%1。学習日ごとに表示する復習の上限です。残りは翌日に回ります。</translation>
    </message>
    <message>
        <source>Next day starts at</source>
        <translation>翌日の開始時刻</translation>
    </message>
    <message>
        <source>Next day &amp;starts at:</source>
        <translation>翌日の開始時刻(&amp;S):</translation>
    </message>
    <message>
        <source>Any time from 00:00 to 23:59. Study after midnight but before this time counts for the evening before.</source>
        <translation>00:00～23:59 の任意の時刻。午前 0 時を過ぎてもこの時刻より前の学習は前日の夜として数えます。</translation>
    </message>
</context>
<context>
    <name>certdeck::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <extracomment>Between the last two keys that do the same thing in the keyboard help: &quot;N or Right&quot;</extracomment>
        <translation> または </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between keys in a longer list in the keyboard help: &quot;Up, Down, Page Up or Page Down&quot;</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>certdeck::StatsCharts</name>
    <message>
        <source>Reviews per day</source>
        <translation>1 日の復習数</translation>
    </message>
    <message numerus="yes">
        <source>Due forecast, next %Ln day(s)</source>
        <translation>
            <numerusform>復習予定の予測（今後 %Ln 日間）</numerusform>
        </translation>
    </message>
    <message>
        <source>True retention per topic</source>
        <translation>トピックごとの実際の定着率</translation>
    </message>
    <message>
        <source>Card states</source>
        <translation>カードの状態</translation>
    </message>
    <message>
        <source>Study time per day</source>
        <translation>1 日の学習時間</translation>
    </message>
    <message>
        <source>Study calendar</source>
        <translation>学習カレンダー</translation>
    </message>
    <message>
        <source>Exam score history</source>
        <translation>試験スコアの推移</translation>
    </message>
    <message>
        <source>Accuracy per exam domain</source>
        <translation>試験の分野ごとの正答率</translation>
    </message>
    <message>
        <source>The exam whose domains are shown</source>
        <translation>分野を表示する試験</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG として保存…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>このグラフを PNG 画像として保存します</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Cards graded each day, by grade.</source>
        <translation>1 日ごとに評価したカードの数（評価別）。</translation>
    </message>
    <message numerus="yes">
        <source>No reviews in the last %Ln day(s)</source>
        <translation>
            <numerusform>過去 %Ln 日間に復習はありません</numerusform>
        </translation>
    </message>
    <message>
        <source>Again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>難しい</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>簡単</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln review(s) (Again %2, Hard %3, Good %4, Easy %5)</source>
        <translation>
            <numerusform>%1: 復習 %Ln 回（もう一度 %2、難しい %3、正解 %4、簡単 %5）</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>復習数</translation>
    </message>
    <message>
        <source>Cards coming due each day; today&apos;s bar includes every overdue card.</source>
        <translation>日ごとに復習予定になるカードの数です。今日の棒には、期限を過ぎたカードもすべて含まれます。</translation>
    </message>
    <message numerus="yes">
        <source>No cards due in the next %Ln day(s)</source>
        <translation>
            <numerusform>今後 %Ln 日間に復習予定のカードはありません</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards due</source>
        <translation>復習予定のカード</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln card(s) due, overdue cards included</source>
        <translation>
            <numerusform>今日: 復習予定 %Ln 枚（期限を過ぎたカードを含む）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln card(s) due</source>
        <translation>
            <numerusform>%1: 復習予定 %Ln 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of review-card grades recalled (Hard, Good or Easy). Overall: %1 of %Ln grade(s).</source>
        <translation>
            <numerusform>復習段階のカードの評価のうち、思い出せた評価（難しい、正解、簡単）の割合です。全体: %1（評価 %Ln 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of review-card grades recalled (Hard, Good or Easy).</source>
        <translation>復習段階のカードの評価のうち、思い出せた評価（難しい、正解、簡単）の割合です。</translation>
    </message>
    <message numerus="yes">
        <source>No review-card grades in the last %Ln day(s)</source>
        <translation>
            <numerusform>過去 %Ln 日間に復習段階のカードの評価はありません</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>定着率</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln grade(s) recalled (%3)</source>
        <translation>
            <numerusform>%1: 評価 %Ln 件中 %2 件で想起（%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Retention (%)</source>
        <translation>定着率 (%)</translation>
    </message>
    <message>
        <source>Every card by where it is in learning. Leeches: %1</source>
        <translation>すべてのカードを学習段階別に示します。リーチ: %1</translation>
    </message>
    <message>
        <source>No cards yet</source>
        <translation>カードはまだありません</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>復習</translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation>再学習中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln card(s) (%2)</source>
        <translation>
            <numerusform>%1: %Ln 枚（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes spent grading flashcards and answering exam questions each day.</source>
        <translation>フラッシュカードの評価と試験問題の解答に費やした 1 日あたりの時間（分）です。</translation>
    </message>
    <message numerus="yes">
        <source>No study time in the last %Ln day(s)</source>
        <translation>
            <numerusform>過去 %Ln 日間に学習時間はありません</numerusform>
        </translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>フラッシュカード</translation>
    </message>
    <message>
        <source>Exam questions</source>
        <translation>試験問題</translation>
    </message>
    <message>
        <source>%1: %2 on flashcards, %3 on exam questions</source>
        <translation>%1: フラッシュカード %2、試験問題 %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Days with study in the last year: the darker, the more reviews and questions.</source>
        <translation>過去 1 年間の学習日です。色が濃いほど、復習と問題の数が多いことを示します。</translation>
    </message>
    <message>
        <source>No study in the last year</source>
        <translation>過去 1 年間に学習はありません</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %Ln day(s)</source>
        <translation>
            <numerusform>現在の連続学習日数: %Ln 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest: %Ln day(s)</source>
        <translation>
            <numerusform>最長: %Ln 日</numerusform>
        </translation>
    </message>
    <message>
        <source>The scaled score of each timed exam, by exam.</source>
        <translation>時間制限付き試験ごとの換算スコアを、試験別に表示します。</translation>
    </message>
    <message>
        <source>No timed exam yet: take one on the Practice Exams page to see your scores here.</source>
        <translation>時間制限付き試験の記録はまだありません。模擬試験ページで受験すると、ここにスコアが表示されます。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Scaled score</source>
        <translation>換算スコア</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%4 of %Ln right), passed</source>
        <translation>
            <numerusform>%1、%2: %3（%Ln 問中 %4 問正解）、合格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%4 of %Ln right), not passed</source>
        <translation>
            <numerusform>%1、%2: %3（%Ln 問中 %4 問正解）、不合格</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass (%1)</source>
        <translation>合格ライン（%1）</translation>
    </message>
    <message>
        <source>Pass mark: %1</source>
        <translation>合格点: %1</translation>
    </message>
    <message numerus="yes">
        <source>Share of answers right per domain, last %Ln day(s); dashed: the share that passes.</source>
        <translation>
            <numerusform>過去 %Ln 日間の分野別の正答率です。破線は合格に必要な正答率を示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>No exam to show</source>
        <translation>表示する試験がありません</translation>
    </message>
    <message numerus="yes">
        <source>No %1 questions answered in the last %Ln day(s)</source>
        <translation>
            <numerusform>過去 %Ln 日間に解答した %1 の問題はありません</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers right</source>
        <translation>正答</translation>
    </message>
    <message>
        <source>%1: no answers yet, %2 of the exam</source>
        <translation>%1: まだ解答がありません（試験の %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln right (%3), %4 of the exam</source>
        <translation>
            <numerusform>%1: %Ln 問中 %2 問正解（%3）、試験の %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Answers right (%)</source>
        <translation>正答率 (%)</translation>
    </message>
    <message>
        <source>Pass share (%1)</source>
        <translation>合格に必要な正答率（%1）</translation>
    </message>
    <message>
        <source>A scaled score of %1 needs about %2 of the questions right</source>
        <translation>換算スコア %1 には、問題のおよそ %2 に正解する必要があります</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>グラフを PNG として保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>グラフを %1 に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>certdeck::StatsPage</name>
    <message>
        <source>Stats</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>表示期間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>過去 365 日間</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Opening your progress…</source>
        <translation>進捗を開いています…</translation>
    </message>
</context>
<context>
    <name>certdeck::TodayPage</name>
    <message>
        <source>Estimated score %1 of %2, likely %3 to %4; pass at %5</source>
        <translation>推定スコア %1（%2 点満点）、予想範囲 %3～%4、合格点 %5</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>cards due now</source>
        <translation>今すぐ復習予定のカード</translation>
    </message>
    <message>
        <source>new cards for today</source>
        <translation>今日の新規カード</translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation>連続学習日数</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>合格準備度</translation>
    </message>
    <message>
        <source>Weakest spots</source>
        <translation>主な弱点</translation>
    </message>
    <message>
        <source>Opening your progress…</source>
        <translation>進捗を開いています…</translation>
    </message>
    <message>
        <source>Your progress cannot be read</source>
        <translation>進捗を読み込めません</translation>
    </message>
    <message>
        <source>&amp;Learn Cards</source>
        <translation>カードを学習(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Review Now</source>
        <translation>今すぐ復習(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start Drill</source>
        <translation>ドリルを開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Set Up the Exam</source>
        <translation>試験を設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Drill Weakest Domain</source>
        <translation>最も弱い分野をドリル(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %n day(s)</source>
        <translation>
            <numerusform>最長の連続学習日数: %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>An estimate of Certdeck&apos;s scoring from your recent answers and how well you recall the cards of each domain, with the range a real attempt would likely fall in. AWS does not publish its scaling: treat it as a guide.</source>
        <translation>最近の解答と、各分野のカードをどれだけ覚えているかをもとにした、Certdeck の採点方式による推定です。実際に受験した場合にスコアが入りそうな範囲も示します。AWS はスコアの換算方法を公開していないため、目安としてご利用ください。</translation>
    </message>
    <message>
        <source>%1: no estimate yet. Study its cards or answer a few of its questions.</source>
        <extracomment>%1 exam code</extracomment>
        <translation>%1: まだ推定がありません。この試験のカードを学習するか、問題にいくつか解答してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: about &lt;b&gt;%2&lt;/b&gt; (likely %3 to %4), chance to pass about %5%</source>
        <extracomment>%1 exam code, %2 estimated scaled score, %3 and %4 its likely range, %5 chance to pass in percent</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 約 &lt;b&gt;%2&lt;/b&gt;（予想範囲 %3～%4）、合格の可能性 約 %5%</translation>
    </message>
    <message numerus="yes">
        <source>From %n answer(s) in the last 90 days</source>
        <translation>
            <numerusform>過去 90 日間の %n 件の解答から算出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) studied</source>
        <translation>
            <numerusform>%n 枚のカードを学習済み</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3% of the exam): about %4% right</source>
        <extracomment>%1 domain name, %2 exam code, %3 the domain&apos;s percent of the exam, %4 estimated percent right</extracomment>
        <translation>%1（%2、試験の %3%）: 正答率 約 %4%</translation>
    </message>
    <message>
        <source>%1 (topic): about %2% right</source>
        <extracomment>%1 topic name, %2 estimated percent right</extracomment>
        <translation>%1（トピック）: 正答率 約 %2%</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>ドリル</translation>
    </message>
    <message>
        <source>Drill %1</source>
        <translation>%1 をドリル</translation>
    </message>
    <message>
        <source>How to start:
1. Flashcards (%1): learn a few cards a day; Certdeck schedules each review just before you would forget it.
2. Practice Exams (%2): drill a topic or take a timed exam of 65 questions.
3. Come back here: your readiness per exam and your weakest domains appear once you have studied.
%3 looks up any limit or formula from any page; %4 lists every keyboard shortcut.</source>
        <extracomment>%1 %2 %3 %4 are keys as the keyboard names them (Ctrl+2, Ctrl+3, Ctrl+K, F1)</extracomment>
        <translation>はじめ方:
1. フラッシュカード (%1): 1 日に数枚ずつカードを学習します。Certdeck は、忘れかける直前に各カードの復習を予定します。
2. 模擬試験 (%2): トピックをドリルで練習するか、65 問の時間制限付き試験を受験します。
3. ここに戻ります: 学習を始めると、試験ごとの合格準備度と最も弱い分野が表示されます。
%3 で、どのページからでも制限や計算式を調べられます。%4 ですべてのキーボードショートカットを表示します。</translation>
    </message>
</context>
</TS>
