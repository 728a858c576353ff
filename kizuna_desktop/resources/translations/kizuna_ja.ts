<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt for Python (the window)</source>
        <translation>Qt for Python(ウィンドウ)</translation>
    </message>
    <message>
        <source>LGPL-3.0-only (Qt 6 under the LGPL v3)</source>
        <translation>LGPL-3.0-only（Qt 6 は LGPL v3 のもとで利用）</translation>
    </message>
    <message>
        <source>the journal&apos;s database layer</source>
        <translation>ジャーナルのデータベース層</translation>
    </message>
    <message>
        <source>journal upgrades</source>
        <translation>ジャーナルの更新</translation>
    </message>
    <message>
        <source>encrypted journals (SQLCipher)</source>
        <translation>暗号化ジャーナル(SQLCipher)</translation>
    </message>
    <message>
        <source>PDF briefings and business cards</source>
        <translation>PDFのブリーフィングと名刺</translation>
    </message>
    <message>
        <source>PDF/X for print shops</source>
        <translation>印刷所向けのPDF/X</translation>
    </message>
    <message>
        <source>font coverage for print</source>
        <translation>印刷用フォントの収録文字の確認</translation>
    </message>
    <message>
        <source>Japanese line breaking</source>
        <translation>日本語の改行処理</translation>
    </message>
    <message>
        <source>readings and romaji</source>
        <translation>よみがなとローマ字</translation>
    </message>
    <message>
        <source>kana conversion</source>
        <translation>かな変換</translation>
    </message>
    <message>
        <source>QR codes</source>
        <translation>QRコード</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>calendar export</source>
        <translation>カレンダーのエクスポート</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>CSV files in any encoding</source>
        <translation>さまざまな文字コードのCSVファイル</translation>
    </message>
    <message>
        <source>contact photos</source>
        <translation>連絡先の写真</translation>
    </message>
    <message>
        <source>the app&apos;s folders</source>
        <translation>アプリのフォルダー</translation>
    </message>
    <message>
        <source>the computer&apos;s time zone</source>
        <translation>このコンピューターのタイムゾーン</translation>
    </message>
    <message>
        <source>time zone rules</source>
        <translation>タイムゾーンの規則</translation>
    </message>
    <message>
        <source>Kizuna Names Mincho (derived from IPAmj Mincho)</source>
        <translation>Kizuna Names Mincho（IPAmj明朝からの派生フォント）</translation>
    </message>
    <message>
        <source>An offline relationship journal for business in Japan.</source>
        <translation>日本でのビジネスのための、オフラインの人脈ジャーナルです。</translation>
    </message>
    <message>
        <source>Fonts (in resources/fonts, licence text beside them):</source>
        <translation>フォント(resources/fonts、同じ場所にライセンス文書があります):</translation>
    </message>
    <message>
        <source>Libraries:</source>
        <translation>ライブラリ:</translation>
    </message>
    <message>
        <source>Where things are:</source>
        <translation>保存場所:</translation>
    </message>
    <message>
        <source>  This journal: {0}</source>
        <translation>  このジャーナル: {0}</translation>
    </message>
    <message>
        <source>  Its backups: {0}</source>
        <translation>  そのバックアップ: {0}</translation>
    </message>
    <message>
        <source>  The log: {0}</source>
        <translation>  ログ: {0}</translation>
    </message>
    <message>
        <source>  Preferences: {0}</source>
        <translation>  環境設定: {0}</translation>
    </message>
    <message>
        <source>  The app&apos;s data folder: {0}</source>
        <translation>  アプリのデータフォルダー: {0}</translation>
    </message>
    <message>
        <source>About Kizuna Desktop</source>
        <translation>Kizuna Desktop について</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The journal you used last was not found:
{0}
It may have been moved, renamed or deleted. Open it where it is now, start a new journal ({1}), or look at the demo.</source>
        <translation>前回使ったジャーナルが見つかりません:
{0}
移動、名前の変更、または削除された可能性があります。今ある場所から開くか、新しいジャーナルを作成するか（{1}）、デモをご覧ください。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>新しいジャーナル</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>デモを開く</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>ジャーナルを開く</translation>
    </message>
    <message>
        <source>Kizuna journal (*.kizuna);;All files (*)</source>
        <translation>Kizuna ジャーナル (*.kizuna);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Something went wrong ({0}); what was being done may not have finished. The window keeps running. Details for a bug report are in {1}.</source>
        <translation>問題が発生しました（{0}）。実行中の処理は完了していない可能性があります。ウィンドウはこのままお使いいただけます。不具合報告用の詳細は {1} にあります。</translation>
    </message>
    <message>
        <source>no log (it cannot be written)</source>
        <translation>ログなし（書き込めません）</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <source>Write a pre-meeting briefing</source>
        <translation>面談前のブリーフィングを作成</translation>
    </message>
    <message>
        <source>People attending</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected person from the briefing</source>
        <translation>選択した人をブリーフィングから外します</translation>
    </message>
    <message>
        <source>Atte&amp;nding:</source>
        <translation>出席者(&amp;N):</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>面談の件名</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>件名(&amp;T):</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>面談の日付</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>面談の時刻</translation>
    </message>
    <message>
        <source>at</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>The meeting has a time</source>
        <translation>時刻を指定する</translation>
    </message>
    <message>
        <source>Time zone of the meeting</source>
        <translation>面談のタイムゾーン</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>面談の場所</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>場所(&amp;P):</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>用紙(&amp;A):</translation>
    </message>
    <message>
        <source>Language of the briefing</source>
        <translation>ブリーフィングの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Save the briefing as</source>
        <translation>ブリーフィングの保存先</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose where to save the briefing</source>
        <translation>ブリーフィングの保存先を選択</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>Problem with the briefing</source>
        <translation>ブリーフィングの問題</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nobody is attending: add people from the contacts list.</source>
        <translation>出席者がいません。連絡先一覧から追加してください。</translation>
    </message>
    <message>
        <source>Say where to save the briefing.</source>
        <translation>ブリーフィングの保存先を指定してください。</translation>
    </message>
    <message>
        <source>“{0}” is a folder: give a file name.</source>
        <translation>「{0}」はフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone (e.g. Asia/Tokyo).</source>
        <translation>「{0}」はタイムゾーンではありません(例: Asia/Tokyo)。</translation>
    </message>
</context>
<context>
    <name>CareerTab</name>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>これまでの役職</translation>
    </message>
    <message>
        <source>Record a transfer…</source>
        <translation>異動を記録…</translation>
    </message>
    <message>
        <source>Edit position…</source>
        <translation>役職を編集…</translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation>役職を削除</translation>
    </message>
    <message>
        <source>A new contact&apos;s first position is given on the first tab; its history and transfers are recorded here once it is saved.</source>
        <translation>新しい連絡先の最初の役職は最初のタブで入力します。経歴と異動は、保存後にここで記録できます。</translation>
    </message>
    <message>
        <source> — on Save</source>
        <translation> — 保存時に反映</translation>
    </message>
    <message>
        <source>{0} change(s) take effect when you save; Cancel drops them.</source>
        <translation>{0}件の変更は保存時に反映されます。キャンセルすると破棄されます。</translation>
    </message>
</context>
<context>
    <name>CircleWidget</name>
    <message>
        <source>The %1 strongest of %2 ties are drawn.</source>
        <translation>つながりのある %2 人のうち、強い順に %1 人を描いています。</translation>
    </message>
    <message>
        <source>The %1 strongest of %2 people two hops away are drawn.</source>
        <translation>2段階先の %2 人のうち、強い順に %1 人を描いています。</translation>
    </message>
    <message>
        <source>Circle of the contact</source>
        <translation>この連絡先の人脈</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Select a contact to see their circle.</source>
        <translation>連絡先を選択すると、その人脈が表示されます。</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 を書き出せませんでした</translation>
    </message>
    <message>
        <source>Circle of %1</source>
        <translation>%1 の人脈</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact card</source>
        <translation>連絡先カード</translation>
    </message>
    <message>
        <source>Select a contact to see their card and timeline here. Ctrl+N adds a contact, Ctrl+F finds one.</source>
        <translation>連絡先を選択すると、ここに名刺情報とタイムラインが表示されます。Ctrl+N で連絡先を追加、Ctrl+F で検索できます。</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Address as {0}</source>
        <translation>呼び方: {0}</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the written and spoken forms of address</comment>
        <translation>・</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>ウェブ</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>関心事</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>誕生日</translation>
    </message>
    <message>
        <source> (age {0})</source>
        <translation> ({0}歳)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>知り合ったきっかけ</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>紹介者</translation>
    </message>
    <message>
        <source>(I introduced them)</source>
        <translation>(私が紹介)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終連絡日</translation>
    </message>
    <message>
        <source>; keep in touch {0}</source>
        <translation>、連絡の目安: {0}</translation>
    </message>
    <message>
        <source>Gifts and favours</source>
        <translation>贈答・お世話</translation>
    </message>
    <message>
        <source>every %n day</source>
        <translation>%n日ごと</translation>
    </message>
    <message>
        <source>every %n days</source>
        <translation>%n日ごと</translation>
    </message>
    <message>
        <source>%n day ago</source>
        <translation>%n日前</translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation>%n日前</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Birthday: {0}</source>
        <translation>誕生日: {0}</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Address, number or handle</source>
        <translation>アドレス、番号、またはアカウント</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>E-mail, phone, social</source>
        <translation>メール・電話・SNS</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>経歴</translation>
    </message>
    <message>
        <source>Latin family name</source>
        <translation>姓(ローマ字)</translation>
    </message>
    <message>
        <source>Latin given name</source>
        <translation>名(ローマ字)</translation>
    </message>
    <message>
        <source>E-mails, phones, handles and addresses</source>
        <translation>メール、電話、アカウント、住所</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>連絡先を編集</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <source>Given name first: Taro YAMADA</source>
        <translation>名・姓の順: Taro YAMADA</translation>
    </message>
    <message>
        <source>Family name first: YAMADA Taro</source>
        <translation>姓・名の順: YAMADA Taro</translation>
    </message>
    <message>
        <source>Latin from reading</source>
        <translation>よみがなからローマ字</translation>
    </message>
    <message>
        <source>Fill the Latin name from the kana reading (Hepburn, card form)</source>
        <translation>よみがなからローマ字表記を入力します(ヘボン式、名刺での表記)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family reading (kana)</source>
        <translation>姓のよみがな</translation>
    </message>
    <message>
        <source>Given reading (kana)</source>
        <translation>名のよみがな</translation>
    </message>
    <message>
        <source>Latin (family, given)</source>
        <translation>ローマ字(姓、名)</translation>
    </message>
    <message>
        <source>Latin order</source>
        <translation>ローマ字の順序</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Archived (hidden from the list)</source>
        <translation>アーカイブ済み(一覧に表示しない)</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>年不明</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>no cadence</source>
        <translation>目安なし</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>誕生日</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>連絡の目安</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>関心事</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>知り合ったきっかけ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>row {0}: {1}</source>
        <translation>{0}行目: {1}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>保存されていません: {0}</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>保存されていません。赤く示された欄を修正してください。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save your changes to this contact?</source>
        <translation>この連絡先の変更を保存しますか？</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Title and organisation</source>
        <translation>所属・役職</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終連絡日</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>関係の状態</translation>
    </message>
    <message>
        <source>○ on track</source>
        <translation>○ 順調</translation>
    </message>
    <message>
        <source>△ due</source>
        <translation>△ そろそろ連絡</translation>
    </message>
    <message>
        <source>▲ overdue</source>
        <translation>▲ 連絡期限超過</translation>
    </message>
    <message>
        <source>× going cold</source>
        <translation>× 疎遠になりつつある</translation>
    </message>
    <message>
        <source>· not met yet</source>
        <translation>· 未面会</translation>
    </message>
    <message>
        <source>— no cadence</source>
        <translation>— 目安なし</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>表記どおりの氏名</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Days since last contact: {0}; cadence: {1} days</source>
        <translation>最終連絡からの日数: {0}、連絡の目安: {1} 日</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <source>Search: kanji, kana, romaji, company, e-mail, phone, #tag</source>
        <translation>検索: 漢字、かな、ローマ字、会社名、メール、電話、#タグ</translation>
    </message>
    <message>
        <source>Going cold</source>
        <translation>疎遠になりつつある</translation>
    </message>
    <message>
        <source>Contacts past their keep-in-touch cadence</source>
        <translation>連絡の目安を過ぎた連絡先</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>連絡先を検索</translation>
    </message>
    <message>
        <source>Show contacts with the tag</source>
        <translation>このタグの連絡先を表示</translation>
    </message>
    <message>
        <source>Show contacts at the organisation</source>
        <translation>この組織の連絡先を表示</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>すべての組織</translation>
    </message>
    <message>
        <source>This journal has no contacts yet.</source>
        <translation>このジャーナルにはまだ連絡先がありません。</translation>
    </message>
    <message>
        <source>Add your first contact</source>
        <translation>最初の連絡先を追加</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>連絡先をインポート</translation>
    </message>
    <message>
        <source>From a vCard or CSV file (phone, Outlook, LinkedIn, Excel)</source>
        <translation>vCard または CSV ファイルから(携帯電話、Outlook、LinkedIn、Excel)</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>デモを開く</translation>
    </message>
    <message>
        <source>A separate journal with made-up contacts to try things on</source>
        <translation>架空の連絡先で試せる、別のジャーナルです</translation>
    </message>
    <message>
        <source>The first {0:,} contacts, sorted; narrow the search to sort all that match</source>
        <translation>並べ替えた最初の{0:,}件です。一致するすべてを並べ替えるには、検索を絞り込んでください</translation>
    </message>
    <message>
        <source>{0:,}+ contacts, counting…</source>
        <translation>{0:,}件以上の連絡先(集計中…)</translation>
    </message>
    <message>
        <source>{0:,}+ contacts</source>
        <translation>{0:,}件以上の連絡先</translation>
    </message>
    <message>
        <source>{0:,} contact</source>
        <translation>{0:,}件の連絡先</translation>
    </message>
    <message>
        <source>{0:,} contacts</source>
        <translation>{0:,}件の連絡先</translation>
    </message>
</context>
<context>
    <name>DependencyDialog</name>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Customer only through the partner</source>
        <translation>パートナー経由でしかつながりのない顧客</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Customers only through the partner</source>
        <translation>パートナー経由でしかつながりのない顧客</translation>
    </message>
    <message>
        <source>At the partner</source>
        <translation>パートナー企業側</translation>
    </message>
    <message>
        <source>Lost entirely if they leave</source>
        <translation>退職すると完全に失われる相手</translation>
    </message>
    <message>
        <source>One of several roads to</source>
        <translation>複数の経路の一つ</translation>
    </message>
    <message>
        <source>The people it hangs on</source>
        <translation>鍵となる人</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>注意すべき兆候</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDFを書き出す…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Chart of ties</source>
        <translation>つながりの図</translation>
    </message>
    <message>
        <source>Interactions with the partner&apos;s people per quarter</source>
        <translation>パートナー企業の方々との四半期ごとのやり取り</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Partner dependency: %1</source>
        <translation>パートナーへの依存: %1</translation>
    </message>
    <message>
        <source>Last business review: %1</source>
        <translation>前回のビジネスレビュー: %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(組織なし)</translation>
    </message>
    <message>
        <source>The partner controls all access to the customers</source>
        <translation>顧客との接点をすべてパートナーが握っています</translation>
    </message>
    <message>
        <source>We have no direct contacts of our own at the customers</source>
        <translation>顧客側に自社独自の直接の連絡先がありません</translation>
    </message>
    <message>
        <source>No business review for a year or more</source>
        <translation>1年以上ビジネスレビューがありません</translation>
    </message>
    <message>
        <source>The relationship hangs on one person at the partner</source>
        <translation>関係がパートナー企業の一人に依存しています</translation>
    </message>
    <message>
        <source>Decisions are made from obligation, not from data</source>
        <translation>判断がデータではなく義理で行われています</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>確認日</translation>
    </message>
    <message>
        <source>The day the sign was seen (a tick is dated with it)</source>
        <translation>兆候を確認した日（チェックはこの日付で記録されます）</translation>
    </message>
    <message>
        <source>ticked %1</source>
        <translation>チェック済み %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>レポートを書き出す</translation>
    </message>
</context>
<context>
    <name>FacePreview</name>
    <message>
        <source>No card to show</source>
        <translation>表示する名刺がありません</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>フォルダーを選択</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>What to do</source>
        <translation>次の対応</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>FollowUpsPane</name>
    <message>
        <source>Follow-ups</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;フォローアップ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading follow-ups…</source>
        <translation>フォローアップを読み込んでいます…</translation>
    </message>
    <message>
        <source>Follow-ups: {0}</source>
        <translation>フォローアップ: {0}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>今後</translation>
    </message>
    <message>
        <source>Recently done</source>
        <translation>最近完了</translation>
    </message>
    <message>
        <source>Get in touch ({0})</source>
        <translation>連絡のおすすめ ({0})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1日前</translation>
    </message>
    <message>
        <source>{0} days ago</source>
        <translation>{0}日前</translation>
    </message>
    <message>
        <source>last {0}; every {1} d</source>
        <translation>最終連絡 {0}、目安 {1}日ごと</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>期限切れ {0}件</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>期限切れはありません</translation>
    </message>
    <message>
        <source>Show {0} more…</source>
        <translation>さらに{0}件表示…</translation>
    </message>
    <message>
        <source>Double-click or press Enter</source>
        <translation>ダブルクリックするか Enter キーを押してください</translation>
    </message>
    <message>
        <source> (snoozed)</source>
        <translation>(再通知待ち)</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>Edit gift or favour</source>
        <translation>贈答・お世話を編集</translation>
    </message>
    <message>
        <source>New gift or favour</source>
        <translation>新しい贈答・お世話</translation>
    </message>
    <message>
        <source>Given by me</source>
        <translation>私が贈った</translation>
    </message>
    <message>
        <source>Received by me</source>
        <translation>私がいただいた</translation>
    </message>
    <message>
        <source>A bottle of Niigata sake; help with a visa…</source>
        <translation>新潟の日本酒一本、ビザ取得の手助け…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Add someone else involved: a name, an e-mail or an id</source>
        <translation>ほかの関係者を追加: 名前、メールアドレス、またはID</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>贈った / いただいた</translation>
    </message>
    <message>
        <source>Gift or favour</source>
        <translation>贈答・お世話</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>機会</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Add someone else involved</source>
        <translation>ほかの関係者を追加</translation>
    </message>
    <message>
        <source>  (main)</source>
        <translation>  (本務)</translation>
    </message>
    <message>
        <source>Give the value as a whole number, e.g. 5000.</source>
        <translation>金額は整数で入力してください(例: 5000)。</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>保存されていません。赤く示された欄を修正してください。</translation>
    </message>
</context>
<context>
    <name>HealthSection</name>
    <message>
        <source>Going cold</source>
        <translation>疎遠になりつつある</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Never met</source>
        <translation>面識なし</translation>
    </message>
    <message>
        <source>No cadence set</source>
        <translation>連絡の目安なし</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>まだ連絡なし</translation>
    </message>
    <message>
        <source>%1 days since the last contact, every %2 days</source>
        <translation>最終連絡から%1日(目安は%2日ごと)</translation>
    </message>
    <message>
        <source>%1 days since the last contact</source>
        <translation>最終連絡から%1日</translation>
    </message>
    <message>
        <source>Given %1, received %2 (gifts, favours, introductions)</source>
        <translation>贈った %1、いただいた %2（贈り物・お世話・紹介）</translation>
    </message>
    <message>
        <source>Give before you ask: an introduction, a useful article, a small gift.</source>
        <translation>お願いする前に、まずこちらから: 人の紹介、役立つ記事、ちょっとした贈り物など。</translation>
    </message>
    <message>
        <source>%n promise overdue</source>
        <translation>期限切れの約束 %n 件</translation>
    </message>
    <message>
        <source>%n promises overdue</source>
        <translation>期限切れの約束 %n 件</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>unchanged ({0})</source>
        <translation>変更なし({0})</translation>
    </message>
    <message>
        <source>merged ({0})</source>
        <translation>統合({0})</translation>
    </message>
    <message>
        <source>new (kept apart)</source>
        <translation>新規(別々に保持)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} をインポート</translation>
    </message>
    <message>
        <source>{0}: cannot tell what kind of file this is. Contacts are imported from vCard files (.vcf) and from spreadsheets saved as CSV (.csv, .tsv or .txt).</source>
        <translation>{0}: ファイルの種類を判別できません。連絡先は vCard ファイル(.vcf)と、CSV 形式で保存した表計算ファイル(.csv、.tsv、.txt)からインポートできます。</translation>
    </message>
    <message>
        <source>Whole-journal archives are opened with File &gt; Open journal after `kizuna import FILE.zip --db NEW`.</source>
        <translation>ジャーナル全体のアーカイブは、`kizuna import FILE.zip --db NEW` を実行してから「ファイル &gt; ジャーナルを開く」で開いてください。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>割り当て先</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>例</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ファイル内</translation>
    </message>
    <message>
        <source>Already in the journal</source>
        <translation>ジャーナルにある連絡先</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列の割り当て</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Proposed merges</source>
        <translation>統合の候補</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} を読み込んでいます…</translation>
    </message>
    <message>
        <source>The same person as a contact already there: each merge side by side (untick to keep the two apart)</source>
        <translation>既存の連絡先と同じ人物: 統合ごとに並べて表示します(別々に残す場合はチェックを外してください)</translation>
    </message>
    <message>
        <source>Problems, by what became of them</source>
        <translation>問題(処理結果ごと)</translation>
    </message>
    <message>
        <source>Where column “{0}” goes</source>
        <translation>列「{0}」の割り当て先</translation>
    </message>
    <message>
        <source>Checking the records against the journal…</source>
        <translation>ジャーナルの内容と照合しています…</translation>
    </message>
    <message>
        <source>line {0}: {1}</source>
        <translation>{0}行目: {1}</translation>
    </message>
    <message>
        <source>contact {0}: {1}</source>
        <translation>連絡先 {0}: {1}</translation>
    </message>
    <message>
        <source>line {0} of this file</source>
        <translation>このファイルの{0}行目</translation>
    </message>
    <message>
        <source>contact {0}</source>
        <translation>連絡先 {0}</translation>
    </message>
    <message>
        <source>Cannot check these records: {0}</source>
        <translation>これらのレコードを確認できません: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n contact(s) (and saving a backup of the journal as it was)…</source>
        <translation>
            <numerusform>%n件の連絡先をインポートしています(インポート前のジャーナルもバックアップしています)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Finishing the backup of the journal…</source>
        <translation>ジャーナルのバックアップを仕上げています…</translation>
    </message>
    <message>
        <source>vCard, %n card</source>
        <translation>vCard、%n件</translation>
    </message>
    <message>
        <source>vCard, %n cards</source>
        <translation>vCard、%n件</translation>
    </message>
    <message>
        <source>CSV, {0}, %n row</source>
        <translation>CSV、{0}、%n行</translation>
    </message>
    <message>
        <source>CSV, {0}, %n rows</source>
        <translation>CSV、{0}、%n行</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(取り込まない)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名(全体)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>ミドルネーム</translation>
    </message>
    <message>
        <source>Name prefix (Dr.)</source>
        <translation>名前の前の敬称(Dr. など)</translation>
    </message>
    <message>
        <source>Name suffix (Jr.)</source>
        <translation>名前の後の称号(Jr. など)</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>呼び名</translation>
    </message>
    <message>
        <source>Honorific (様)</source>
        <translation>敬称(様)</translation>
    </message>
    <message>
        <source>Joint name (連名)</source>
        <translation>連名</translation>
    </message>
    <message>
        <source>Joint name&apos;s honorific</source>
        <translation>連名の敬称</translation>
    </message>
    <message>
        <source>Reading (kana, full)</source>
        <translation>よみがな(氏名全体)</translation>
    </message>
    <message>
        <source>Family reading</source>
        <translation>姓のよみがな</translation>
    </message>
    <message>
        <source>Given reading</source>
        <translation>名のよみがな</translation>
    </message>
    <message>
        <source>Latin family name</source>
        <translation>姓(ローマ字)</translation>
    </message>
    <message>
        <source>Latin given name</source>
        <translation>名(ローマ字)</translation>
    </message>
    <message>
        <source>Latin name order</source>
        <translation>ローマ字氏名の順序</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Company (English)</source>
        <translation>会社名(英語)</translation>
    </message>
    <message>
        <source>Company reading</source>
        <translation>会社名のよみがな</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Department (English)</source>
        <translation>部署(英語)</translation>
    </message>
    <message>
        <source>Title (job)</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>役職(英語)</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>メールの種類</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>電話番号の種類</translation>
    </message>
    <message>
        <source>Address (whole)</source>
        <translation>住所(全体)</translation>
    </message>
    <message>
        <source>Address: postal code</source>
        <translation>住所: 郵便番号</translation>
    </message>
    <message>
        <source>Address: prefecture</source>
        <translation>住所: 都道府県</translation>
    </message>
    <message>
        <source>Address: city</source>
        <translation>住所: 市区町村</translation>
    </message>
    <message>
        <source>Address: street</source>
        <translation>住所: 町名・番地</translation>
    </message>
    <message>
        <source>Address: building</source>
        <translation>住所: 建物名</translation>
    </message>
    <message>
        <source>Address: PO box</source>
        <translation>住所: 私書箱</translation>
    </message>
    <message>
        <source>Address: country</source>
        <translation>住所: 国</translation>
    </message>
    <message>
        <source>Address: in Latin letters</source>
        <translation>住所: ローマ字表記</translation>
    </message>
    <message>
        <source>Address label</source>
        <translation>住所の種類</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>ウェブ</translation>
    </message>
    <message>
        <source>Web label</source>
        <translation>ウェブの種類</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>LinkedIn のプロフィール</translation>
    </message>
    <message>
        <source>Handle (IM, social)</source>
        <translation>アカウント(メッセージ、SNS)</translation>
    </message>
    <message>
        <source>Handle kind</source>
        <translation>アカウントのサービス</translation>
    </message>
    <message>
        <source>Handle label</source>
        <translation>アカウントの種類</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>誕生日</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>誕生年</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>誕生月</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation>誕生日(日)</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>記念日</translation>
    </message>
    <message>
        <source>Date (event)</source>
        <translation>日付(出来事)</translation>
    </message>
    <message>
        <source>Date label</source>
        <translation>日付の種類</translation>
    </message>
    <message>
        <source>Related person</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Relation of that person</source>
        <translation>その方との関係</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Notes, with column name</source>
        <translation>メモ(列名付き)</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>関心事</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>知り合ったきっかけ</translation>
    </message>
    <message>
        <source>Met on (date)</source>
        <translation>知り合った日</translation>
    </message>
    <message>
        <source>Meishi exchanged on</source>
        <translation>名刺交換日</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Keep in touch (days)</source>
        <translation>連絡の目安(日数)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>Past positions (Kizuna)</source>
        <translation>過去の所属(Kizuna)</translation>
    </message>
    <message>
        <source>Organisation card</source>
        <translation>組織のカード</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google コンタクト</translation>
    </message>
    <message>
        <source>Google Contacts (older columns)</source>
        <translation>Google コンタクト(旧形式の列)</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook(英語)</translation>
    </message>
    <message>
        <source>Outlook (日本語)</source>
        <translation>Outlook(日本語)</translation>
    </message>
    <message>
        <source>Thunderbird</source>
        <translation>Thunderbird のアドレス帳</translation>
    </message>
    <message>
        <source>Business-card app (Eight, Sansan…)</source>
        <translation>名刺管理アプリ(Eight、Sansan など)</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>LinkedIn のつながり</translation>
    </message>
    <message>
        <source>Kizuna&apos;s own CSV</source>
        <translation>Kizuna の CSV</translation>
    </message>
    <message>
        <source>Kizuna&apos;s earlier CSV</source>
        <translation>Kizuna の旧形式の CSV</translation>
    </message>
    <message>
        <source>Generic CSV</source>
        <translation>一般的な CSV</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Edit introduction</source>
        <translation>紹介を編集</translation>
    </message>
    <message>
        <source>Record an introduction</source>
        <translation>紹介を記録</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>The context: a golf day, the chamber&apos;s New Year party, an e-mail…</source>
        <translation>きっかけ: ゴルフコンペ、商工会議所の賀詞交歓会、メール…</translation>
    </message>
    <message>
        <source>Who introduced</source>
        <translation>紹介者</translation>
    </message>
    <message>
        <source>whom</source>
        <translation>紹介された人</translation>
    </message>
    <message>
        <source>to whom</source>
        <translation>紹介先</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>きっかけ</translation>
    </message>
    <message>
        <source>Who was introduced</source>
        <translation>紹介された人</translation>
    </message>
    <message>
        <source>Introduced to whom</source>
        <translation>紹介先</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>保存されていません。赤く示された欄を修正してください。</translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <source>Import contacts</source>
        <translation>連絡先をインポート</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.txt);;All files (*)</source>
        <translation>連絡先 (*.vcf *.vcard *.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>merged %n</source>
        <translation>
            <numerusform>統合 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z takes the import back.</source>
        <translation>Ctrl+Z でインポートを取り消せます。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Exporting to {0}…</source>
        <translation>{0} にエクスポートしています…</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>{0} にエクスポートしました</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>The daily backup</source>
        <translation>毎日のバックアップ</translation>
    </message>
    <message>
        <source>{0} was written to {1}</source>
        <translation>{0}を {1} に書き出しました</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}. The journal itself is unchanged; File &gt; Back up now tries again.</source>
        <translation>{0}を書き出せませんでした: {1}。ジャーナル自体は変更されていません。「ファイル &gt; 今すぐバックアップ」でもう一度お試しください。</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} を書き出しています…</translation>
    </message>
    <message>
        <source>Finishing the backup…</source>
        <translation>バックアップを書き終えています…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Replace the journal with {0}?
The journal as it is now is backed up first.</source>
        <translation>ジャーナルを {0} で置き換えますか？
現在のジャーナルは先にバックアップされます。</translation>
    </message>
    <message>
        <source>Checking {0}, backing up the journal as it is, then restoring…</source>
        <translation>{0} を確認し、現在のジャーナルをバックアップしてから復元しています…</translation>
    </message>
    <message>
        <source>Restored from {0}; the previous journal is kept in {1}</source>
        <translation>{0} から復元しました。以前のジャーナルは {1} に保管されています</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>This journal is already encrypted.</source>
        <translation>このジャーナルはすでに暗号化されています。</translation>
    </message>
    <message>
        <source>Encrypt journal</source>
        <translation>ジャーナルを暗号化</translation>
    </message>
    <message>
        <source>A passphrase (8 characters or more). Without it the journal cannot be read, so keep it safe:</source>
        <translation>パスフレーズ(8文字以上)。これがないとジャーナルを読めなくなりますので、大切に保管してください:</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>パスフレーズをもう一度入力してください:</translation>
    </message>
    <message>
        <source>The passphrases differ or are shorter than 8 characters; nothing was changed.</source>
        <translation>パスフレーズが一致しないか、8文字未満です。何も変更していません。</translation>
    </message>
    <message>
        <source>Encrypting the journal and its backups…</source>
        <translation>ジャーナルとバックアップを暗号化しています…</translation>
    </message>
    <message>
        <source>The journal and its backups are now encrypted.</source>
        <translation>ジャーナルとバックアップを暗号化しました。</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>新しいジャーナル</translation>
    </message>
    <message>
        <source>Kizuna journal (*.kizuna)</source>
        <translation>Kizuna ジャーナル (*.kizuna)</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>ジャーナルを開く</translation>
    </message>
    <message>
        <source>Kizuna journal (*.kizuna);;All files (*)</source>
        <translation>Kizuna ジャーナル (*.kizuna);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Shown as changed by another program just now.</source>
        <translation>別のプログラムによる変更を反映しました。</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>コピーを保存…</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>コピーの保存先</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>A copy was saved to {0}</source>
        <translation>コピーを {0} に保存しました</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>{0} The journal has no good backup; File &gt; Save a copy as… keeps what can still be read.</source>
        <translation>{0} 正常なバックアップがありません。「ファイル &gt; コピーを保存…」で、読み取れる内容を保存できます。</translation>
    </message>
    <message>
        <source>The journal is damaged; restore the newest good backup from {0}?

{1}</source>
        <translation>ジャーナルが破損しています。{0} の最新の正常なバックアップから復元しますか？

{1}</translation>
    </message>
    <message>
        <source>Imported %n new contact</source>
        <translation>新しい連絡先を%n件インポートしました</translation>
    </message>
    <message>
        <source>Imported %n new contacts</source>
        <translation>新しい連絡先を%n件インポートしました</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>会食</translation>
    </message>
    <message>
        <source>Nomikai</source>
        <translation>飲み会</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Meishi exchange</source>
        <translation>名刺交換</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Business review</source>
        <translation>ビジネスレビュー</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>贈り物</translation>
    </message>
    <message>
        <source>Favour</source>
        <translation>お世話</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>販売代理店</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>提携先</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>仕入先</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Chamber of commerce</source>
        <translation>商工会議所</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>公的機関</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New journal…</source>
        <translation>新しいジャーナル(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>ジャーナルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>連絡先をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>vCard or CSV (LinkedIn, business-card apps, Excel)</source>
        <translation>vCard または CSV(LinkedIn、名刺管理アプリ、Excel)</translation>
    </message>
    <message>
        <source>Contacts as vCard 3.0…</source>
        <translation>連絡先を vCard 3.0 で…</translation>
    </message>
    <message>
        <source>Contacts as vCard 4.0…</source>
        <translation>連絡先を vCard 4.0 で…</translation>
    </message>
    <message>
        <source>Contacts as CSV (Excel)…</source>
        <translation>連絡先をCSV(Excel)で…</translation>
    </message>
    <message>
        <source>Follow-ups and birthdays as a calendar (.ics)…</source>
        <translation>フォローアップと誕生日をカレンダー(.ics)で…</translation>
    </message>
    <message>
        <source>Whole journal as an archive…</source>
        <translation>ジャーナル全体をアーカイブで…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>コピーを保存(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Encrypt journal…</source>
        <translation>ジャーナルを暗号化(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>連絡先を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>新しい連絡先(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>連絡先を追加します</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>連絡先を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Archive or unarchive</source>
        <translation>アーカイブ / アーカイブ解除(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected contact, interaction or follow-up</source>
        <translation>選択した連絡先、やり取り、またはフォローアップを削除します</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>やり取りを記録(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a meeting, meal, call… with the selected contact</source>
        <translation>選択した連絡先との面談、会食、電話などを記録します</translation>
    </message>
    <message>
        <source>Edit &amp;interaction…</source>
        <translation>やり取りを編集(&amp;I)…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>新しいフォローアップ(&amp;F)…</translation>
    </message>
    <message>
        <source>New &amp;gift or favour…</source>
        <translation>新しい贈答・お世話(&amp;G)…</translation>
    </message>
    <message>
        <source>Record a gift or favour given to or received from the contact</source>
        <translation>この連絡先に贈った、またはいただいた贈答・お世話を記録します</translation>
    </message>
    <message>
        <source>Record an &amp;introduction…</source>
        <translation>紹介を記録(&amp;I)…</translation>
    </message>
    <message>
        <source>Who introduced whom to whom</source>
        <translation>誰が誰を誰に紹介したか</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>組織(&amp;O)</translation>
    </message>
    <message>
        <source>Organisations, their kinds and groups</source>
        <translation>組織とその種類・グループ</translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation>ブリーフィング(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a pre-meeting briefing PDF for the selected contacts</source>
        <translation>選択した連絡先について、面談前のブリーフィングPDFを作成します</translation>
    </message>
    <message>
        <source>Briefing for this &amp;meeting…</source>
        <translation>この面談のブリーフィング(&amp;M)…</translation>
    </message>
    <message>
        <source>Mark &amp;done / not done</source>
        <translation>完了 / 未完了にする(&amp;D)</translation>
    </message>
    <message>
        <source>Snooze &amp;1 day</source>
        <translation>1日後に再通知(&amp;1)</translation>
    </message>
    <message>
        <source>Snooze 1 &amp;week</source>
        <translation>1週間後に再通知(&amp;W)</translation>
    </message>
    <message>
        <source>Snooze &amp;until…</source>
        <translation>再通知の日を指定(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Edit follow-up…</source>
        <translation>フォローアップを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Show &amp;Latin names first</source>
        <translation>一覧でローマ字名を先に表示(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Meishi…</source>
        <translation>名刺(&amp;M)…</translation>
    </message>
    <message>
        <source>Design and print your bilingual business cards</source>
        <translation>日英の名刺をデザインして印刷します</translation>
    </message>
    <message>
        <source>&amp;Check journal</source>
        <translation>ジャーナルを検査(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Kizuna Desktop</source>
        <translation>Kizuna Desktop について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったジャーナル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>連絡先(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Merge contacts…</source>
        <translation>連絡先を統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>フォローアップ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Go to contacts</source>
        <translation>連絡先へ移動</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>タイムラインへ移動</translation>
    </message>
    <message>
        <source>Go to follow-ups</source>
        <translation>フォローアップへ移動</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>次のペイン</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>前のペイン</translation>
    </message>
    <message>
        <source>{0} is not in the list as it is filtered; shown in the card and timeline.</source>
        <translation>{0} は絞り込みのため一覧にありませんが、名刺情報とタイムラインに表示しています。</translation>
    </message>
    <message>
        <source>The search was cleared to show {0}.</source>
        <translation>{0} を表示するため、検索を解除しました。</translation>
    </message>
    <message>
        <source>{0} follow-ups overdue</source>
        <translation>期限切れのフォローアップ {0}件</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>元に戻しました: {0}</translation>
    </message>
    <message>
        <source>Open the selected contact or entry</source>
        <translation>選択した連絡先または項目を開く</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>From the search box into the list</source>
        <translation>検索欄から一覧へ移動</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>完了: {0}</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>read-only: open in another window</source>
        <translation>読み取り専用: 別のウィンドウで開かれています</translation>
    </message>
    <message>
        <source>{0}{1} — Kizuna Desktop</source>
        <translation>{0}{1} — Kizuna Desktop</translation>
    </message>
    <message>
        <source>Kizuna Desktop {0}
An offline relationship journal for business in Japan.
Japanese fonts: IPAex (IPA Font License).</source>
        <translation>Kizuna Desktop {0}
日本でのビジネスのための、オフラインの人脈ジャーナルです。
日本語フォント: IPAex(IPAフォントライセンス)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>選択したフォローアップを完了にします</translation>
    </message>
    <message>
        <source>%n follow-up overdue</source>
        <translation>期限切れのフォローアップ %n件</translation>
    </message>
    <message>
        <source>%n follow-ups overdue</source>
        <translation>期限切れのフォローアップ %n件</translation>
    </message>
</context>
<context>
    <name>MeetingReviewDialog</name>
    <message>
        <source>How did it go?</source>
        <translation>面談はいかがでしたか？</translation>
    </message>
    <message>
        <source>{0}
{1}{2}
With {3}</source>
        <translation>{0}
{1}{2}
{3} と</translation>
    </message>
    <message>
        <source>What was discussed, what was promised, personal details worth remembering:</source>
        <translation>話した内容、約束したこと、覚えておきたい個人的なこと:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Add a thank-you follow-up for tomorrow</source>
        <translation>明日のお礼状のフォローアップを追加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>今後は確認しない</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Card at a glance</source>
        <translation>名刺情報の概要</translation>
    </message>
    <message>
        <source>Meetings ahead</source>
        <translation>今後の面談</translation>
    </message>
    <message>
        <source>Briefing…</source>
        <translation>ブリーフィング…</translation>
    </message>
    <message>
        <source>Write the briefing for the selected meeting: its title, time, place and everyone present</source>
        <translation>選択した面談のブリーフィングを作成します(件名、時刻、場所、出席者全員)</translation>
    </message>
    <message>
        <source>Print the day…</source>
        <translation>今日の分を印刷…</translation>
    </message>
    <message>
        <source>Today&apos;s meetings as one PDF: a roster page, then one briefing per meeting</source>
        <translation>今日の面談を1つのPDFに: 出席者一覧のページと、面談ごとのブリーフィング</translation>
    </message>
    <message>
        <source>Import calendar…</source>
        <translation>カレンダーをインポート…</translation>
    </message>
    <message>
        <source>Days of the calendar to import</source>
        <translation>取り込むカレンダーの日数</translation>
    </message>
    <message>
        <source>Import the next</source>
        <translation>取り込む期間: 今日から</translation>
    </message>
    <message>
        <source>Also events without a contact</source>
        <translation>連絡先のいない予定も取り込む</translation>
    </message>
    <message>
        <source>Import the calendar&apos;s events even when no attendee is among your contacts</source>
        <translation>出席者に連絡先が一人もいない予定も取り込みます</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日間</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>連絡先を作成</translation>
    </message>
    <message>
        <source>Match…</source>
        <translation>対応付け…</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Attendee not among your contacts:</source>
        <translation>連絡先にない出席者:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Now: {0} until {1}</source>
        <translation>ただいま: {0}（{1}まで）</translation>
    </message>
    <message>
        <source>Now: {0} until {1}; then {2} in {3}</source>
        <translation>ただいま: {0}（{1}まで）。次の面談まで{3}: {2}</translation>
    </message>
    <message>
        <source>No meetings ahead</source>
        <translation>今後の面談はありません</translation>
    </message>
    <message>
        <source>Next meeting in {0}: {1} at {2}</source>
        <translation>次の面談まで{0}: {1}({2})</translation>
    </message>
    <message>
        <source>Next meeting in {0}: {1}</source>
        <translation>次の面談まで{0}: {1}</translation>
    </message>
    <message>
        <source>All day {0}</source>
        <translation>終日 {0}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>終日</translation>
    </message>
    <message>
        <source>{0} ({1} here)</source>
        <translation>{0}(ここでは {1})</translation>
    </message>
    <message numerus="yes">
        <source>%n attending</source>
        <translation>
            <numerusform>出席 %n名</numerusform>
        </translation>
    </message>
    <message>
        <source>Be there by {0}</source>
        <translation>{0}までに到着</translation>
    </message>
    <message>
        <source>never met</source>
        <translation>面識なし</translation>
    </message>
    <message>
        <source>last contact {0} ({1})</source>
        <translation>最終連絡 {0}({1})</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>期限切れ %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>not among your contacts: create, match or ignore</source>
        <translation>連絡先にありません: 作成、対応付け、または無視</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>PDFを保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>{0} に書き出しました</translation>
    </message>
    <message>
        <source>The PDF could not be written: {0}</source>
        <translation>PDFを書き出せませんでした: {0}</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>カレンダーをインポート</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>Reading the calendar…</source>
        <translation>カレンダーを読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Importing meetings: %n of %1 events</source>
        <translation>
            <numerusform>面談を取り込んでいます: %1 件中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking the calendar: %n of %1 events</source>
        <translation>
            <numerusform>カレンダーを確認しています: %1 件中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) already named “{0}”. Create another one anyway? (Match… adds this attendee to one of them.)</source>
        <translation>
            <numerusform>「{0}」という名前の連絡先がすでに %n 件あります。それでも新しく作成しますか？（「対応付け…」を使うと、この出席者をそのいずれかに加えられます。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Match to a contact</source>
        <translation>連絡先と対応付け</translation>
    </message>
    <message>
        <source>Which contact is this? (a name in any script, an e-mail or an id)</source>
        <translation>どの連絡先ですか？(名前(表記は問いません)、メールアドレス、またはID)</translation>
    </message>
    <message>
        <source>Calendar import (%n meeting)</source>
        <translation>カレンダーの取り込み（面談 %n 件）</translation>
    </message>
    <message>
        <source>Calendar import (%n meetings)</source>
        <translation>カレンダーの取り込み（面談 %n 件）</translation>
    </message>
    <message>
        <source>Ignore {0}</source>
        <translation>{0} を無視</translation>
    </message>
    <message>
        <source>Create contact for {0}</source>
        <translation>{0} の連絡先を作成</translation>
    </message>
    <message>
        <source>Match {0}</source>
        <translation>{0} を連絡先と照合</translation>
    </message>
    <message>
        <source>How did it go? “{0}”</source>
        <translation>「{0}」はいかがでしたか？</translation>
    </message>
    <message>
        <source>%n meeting in the next %1 days</source>
        <translation>今後 %1 日間の面談 %n 件</translation>
    </message>
    <message>
        <source>%n meetings in the next %1 days</source>
        <translation>今後 %1 日間の面談 %n 件</translation>
    </message>
    <message>
        <source>%n open promise</source>
        <translation>未完了の約束 %n 件</translation>
    </message>
    <message>
        <source>%n open promises</source>
        <translation>未完了の約束 %n 件</translation>
    </message>
    <message>
        <source>%n day ago</source>
        <translation>%n 日前</translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation>%n 日前</translation>
    </message>
</context>
<context>
    <name>MeishiDialog</name>
    <message>
        <source>Profile name</source>
        <translation>プロフィール名</translation>
    </message>
    <message>
        <source>Name (Japanese / katakana)</source>
        <translation>氏名(日本語 / カタカナ)</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>氏名(英語)</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>役職(日本語)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>役職(英語)</translation>
    </message>
    <message>
        <source>Department (Japanese)</source>
        <translation>部署(日本語)</translation>
    </message>
    <message>
        <source>Department (English)</source>
        <translation>部署(英語)</translation>
    </message>
    <message>
        <source>Company (Japanese)</source>
        <translation>会社名(日本語)</translation>
    </message>
    <message>
        <source>Company (English)</source>
        <translation>会社名(英語)</translation>
    </message>
    <message>
        <source>Address (Japanese)</source>
        <translation>住所(日本語)</translation>
    </message>
    <message>
        <source>Address (English)</source>
        <translation>住所(英語)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>ウェブ</translation>
    </message>
    <message>
        <source>LINE ID</source>
        <translation>LINE ID</translation>
    </message>
    <message>
        <source>Meishi — business card layouts</source>
        <translation>名刺 — レイアウト</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロフィール:</translation>
    </message>
    <message>
        <source>Print a QR code with my vCard on the English side</source>
        <translation>英語面に自分の vCard のQRコードを印刷する</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>ロゴなし</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>ロゴを選択…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <source>Two-sided (Japanese front, English back)</source>
        <translation>両面(表: 日本語、裏: 英語)</translation>
    </message>
    <message>
        <source>Bilingual on one side</source>
        <translation>片面に日英併記</translation>
    </message>
    <message>
        <source>Horizontal (yokogaki)</source>
        <translation>横書き</translation>
    </message>
    <message>
        <source>Vertical (tategaki)</source>
        <translation>縦書き</translation>
    </message>
    <message>
        <source>Japan 91 × 55 mm</source>
        <translation>日本 91 × 55 mm</translation>
    </message>
    <message>
        <source>US 3.5 × 2 in</source>
        <translation>米国 3.5 × 2 インチ</translation>
    </message>
    <message>
        <source>Europe 85 × 55 mm</source>
        <translation>欧州 85 × 55 mm</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向き</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦向き</translation>
    </message>
    <message>
        <source>Upright digits (1-2-3)</source>
        <translation>算用数字(1-2-3)</translation>
    </message>
    <message>
        <source>Kanji numerals (一―二―三)</source>
        <translation>漢数字(一―二―三)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>USレター</translation>
    </message>
    <message>
        <source>Set cards apart so the colour band bleeds past each cut</source>
        <translation>色帯が断ち切り線の外まで届くよう、名刺の間隔をあける</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <source>Japanese side</source>
        <translation>日本語面</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>向き</translation>
    </message>
    <message>
        <source>Vertical address numbers</source>
        <translation>縦書き住所の数字</translation>
    </message>
    <message>
        <source>Sheet paper</source>
        <translation>シートの用紙</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Export proof…</source>
        <translation>校正用PDFを書き出す…</translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation>面付けシートを書き出す…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Logo set</source>
        <translation>ロゴ設定済み</translation>
    </message>
    <message>
        <source>New meishi profile</source>
        <translation>新しい名刺プロフィール</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>プロフィール名:</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロフィール</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロフィールを削除</translation>
    </message>
    <message>
        <source>Delete the meishi profile “{0}”?</source>
        <translation>名刺プロフィール「{0}」を削除しますか？</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>注意: {0}</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>保存されていません。赤く示された欄を修正してください。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>ロゴを選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>ロゴはPNGまたはJPEG画像にしてください。</translation>
    </message>
    <message>
        <source>Export sheet</source>
        <translation>面付けシートを書き出す</translation>
    </message>
    <message>
        <source>Export proof</source>
        <translation>校正用PDFを書き出す</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} を書き出しています…</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>{0} に書き出しました</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>エクスポートできませんでした: {0}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to this profile?</source>
        <translation>このプロフィールの変更を保存しますか？</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>呼び名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>現在の所属</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>誕生日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>関心事</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>連絡先を統合</translation>
    </message>
    <message>
        <source>These two contacts become one. The one you keep keeps its id and list place; it gains the other&apos;s e-mails, phones, addresses, tags, positions, interactions, follow-ups, gifts and introductions, and its empty fields are filled. Undo (Ctrl+Z) splits them again.</source>
        <translation>この2件の連絡先を1件に統合します。残す側はIDと一覧での位置をそのまま保ち、もう一方のメール、電話、住所、タグ、役職、やり取り、フォローアップ、贈答、紹介を引き継ぎ、空欄が埋められます。元に戻す(Ctrl+Z)で再び分けられます。</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>残す:</translation>
    </message>
    <message>
        <source>  (contact {0})</source>
        <translation>  (連絡先 {0})</translation>
    </message>
    <message>
        <source>The two contacts and the result, field by field</source>
        <translation>2件の連絡先と統合後の内容(項目ごと)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Kept (contact {0})</source>
        <translation>残す側(連絡先 {0})</translation>
    </message>
    <message>
        <source>Merged in (contact {0})</source>
        <translation>統合される側(連絡先 {0})</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>統合後</translation>
    </message>
    <message>
        <source>Merge {0} into {1}</source>
        <translation>{0} を {1} に統合</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Chain</source>
        <translation>つながり</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>強さ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Who can introduce you</source>
        <translation>紹介してくれそうな人</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNGを書き出す…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVGを書き出す…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDFを書き出す…</translation>
    </message>
    <message>
        <source>Circle of the contact</source>
        <translation>この連絡先の人脈</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>連絡先が選択されていません</translation>
    </message>
    <message>
        <source>Circle of %1</source>
        <translation>%1 の人脈</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation>1段階</translation>
    </message>
    <message>
        <source>%1 hops</source>
        <translation>%1段階</translation>
    </message>
    <message>
        <source>Export the circle</source>
        <translation>人脈を書き出す</translation>
    </message>
    <message>
        <source>Circle and introductions</source>
        <translation>人脈と紹介</translation>
    </message>
    <message>
        <source>Who can introduce me…</source>
        <translation>紹介してくれそうな人…</translation>
    </message>
    <message>
        <source>Chains of introductions to the selected contact</source>
        <translation>選択した連絡先へ紹介でつながる経路</translation>
    </message>
    <message>
        <source>Relationship health</source>
        <translation>関係の健全度</translation>
    </message>
</context>
<context>
    <name>NewYearView</name>
    <message>
        <source>New Year cards</source>
        <translation>年賀状</translation>
    </message>
    <message>
        <source>New Year mark</source>
        <translation>年賀状の記録</translation>
    </message>
    <message>
        <source>Add as follow-up</source>
        <translation>フォローアップに追加</translation>
    </message>
    <message>
        <source>Year of the New Year cards</source>
        <translation>年賀状の年</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>印</translation>
    </message>
    <message>
        <source>New Year list</source>
        <translation>年賀状リスト</translation>
    </message>
    <message>
        <source>Add the 寒中見舞い as follow-ups</source>
        <translation>寒中見舞いをフォローアップに追加</translation>
    </message>
    <message>
        <source>Seasonal reminders</source>
        <translation>季節のご挨拶</translation>
    </message>
    <message>
        <source>Yea&amp;r:</source>
        <translation>年(&amp;R):</translation>
    </message>
    <message>
        <source>Year of the seasonal reminders</source>
        <translation>季節のご挨拶の年</translation>
    </message>
    <message>
        <source>Space ticks a reminder; Add as follow-up adds the ticked ones (or the selected one)</source>
        <translation>スペースキーでチェックを付けられます。「フォローアップに追加」でチェックしたもの（または選択中のもの）を追加します</translation>
    </message>
    <message>
        <source>&amp;Add as follow-up</source>
        <translation>フォローアップに追加(&amp;A)</translation>
    </message>
    <message>
        <source>Sender and printing</source>
        <translation>差出人と印刷</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name:</source>
        <translation>差出人の氏名(&amp;N):</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;postal code:</source>
        <translation>差出人の郵便番号(&amp;P):</translation>
    </message>
    <message>
        <source>Sender&apos;s a&amp;ddress:</source>
        <translation>差出人の住所(&amp;D):</translation>
    </message>
    <message>
        <source>Offset &amp;right:</source>
        <translation>右へのずれ(&amp;R):</translation>
    </message>
    <message>
        <source>Offset do&amp;wn:</source>
        <translation>下へのずれ(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Save sender and offsets</source>
        <translation>差出人とずれを保存(&amp;S)</translation>
    </message>
    <message>
        <source>%1 to print, %2 sent, %3 in mourning, %4 without an address</source>
        <translation>印刷 %1 件、送付済み %2 件、喪中 %3 件、住所なし %4 件</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>住所なし</translation>
    </message>
    <message>
        <source>New Year card details</source>
        <translation>年賀状の宛名の詳細</translation>
    </message>
    <message>
        <source>New &amp;Year:</source>
        <translation>年賀の年(&amp;Y):</translation>
    </message>
    <message>
        <source>S sent, R received, M mourning, D to send, N do not send (keys in the list)</source>
        <translation>一覧で S 送付済み、R 受け取り、M 喪中、D 送付予定、N 今年は送らない</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>送付済み(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>受け取り(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Mourning (喪中)</source>
        <translation>喪中(&amp;M)</translation>
    </message>
    <message>
        <source>To sen&amp;d</source>
        <translation>送付予定(&amp;D)</translation>
    </message>
    <message>
        <source>Do &amp;not send</source>
        <translation>今年は送らない(&amp;N)</translation>
    </message>
    <message>
        <source>Mark or unmark the selected card</source>
        <translation>選択した宛先の印を付ける／外す</translation>
    </message>
    <message>
        <source>&amp;Joint names (連名):</source>
        <translation>連名(&amp;J):</translation>
    </message>
    <message>
        <source>花子、健太 (given names), or 鈴木 一郎</source>
        <translation>花子、健太（名のみ）、または 鈴木 一郎</translation>
    </message>
    <message>
        <source>Joint names on the same card</source>
        <translation>同じはがきに並べる連名</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>部署(&amp;P):</translation>
    </message>
    <message>
        <source>総務部 (empty: the company)</source>
        <translation>総務部（空欄なら会社宛て）</translation>
    </message>
    <message>
        <source>Department the card is addressed to</source>
        <translation>宛先の部署</translation>
    </message>
    <message>
        <source>To the c&amp;ompany alone (御中)</source>
        <translation>会社・部署宛て（御中）(&amp;O)</translation>
    </message>
    <message>
        <source>Address the card to the company or department (御中), without the person&apos;s name and 様</source>
        <translation>個人名と「様」を付けず、会社または部署宛て（御中）にします</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Save the joint names, 御中 or department of the selected card (Ctrl+Z undoes it)</source>
        <translation>選択した宛先の連名・御中・部署を保存します（Ctrl+Z で元に戻せます）</translation>
    </message>
    <message>
        <source>Add to the &amp;list:</source>
        <translation>一覧に追加(&amp;L):</translation>
    </message>
    <message>
        <source>a contact or an organisation (name, e-mail, id, org:ID)</source>
        <translation>連絡先または組織（名前、メール、ID、org:ID）</translation>
    </message>
    <message>
        <source>Contact or organisation to add to the list</source>
        <translation>一覧に追加する連絡先または組織</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>印刷(&amp;I)…</translation>
    </message>
    <message>
        <source>New Year &amp;cards…</source>
        <translation>年賀状(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Test print (box outlines)…</source>
        <translation>テスト印刷（枠線）(&amp;T)…</translation>
    </message>
    <message>
        <source>Address &amp;labels…</source>
        <translation>宛名ラベル(&amp;L)…</translation>
    </message>
    <message>
        <source>New Year status</source>
        <translation>年賀状の状況</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>%1 (%2 labels, %3 × %4 mm)</source>
        <translation>%1（%2 面、%3 × %4 mm）</translation>
    </message>
    <message>
        <source>&amp;Label sheet:</source>
        <translation>ラベル用紙(&amp;L):</translation>
    </message>
    <message>
        <source>Vert&amp;ical labels (tategaki)</source>
        <translation>縦書きラベル(&amp;I)</translation>
    </message>
    <message>
        <source>to send</source>
        <translation>送付予定</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送付済み</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受け取った</translation>
    </message>
    <message>
        <source>mourning</source>
        <translation>喪中</translation>
    </message>
    <message>
        <source>not sending</source>
        <translation>今年は送らない</translation>
    </message>
    <message>
        <source>sent one last year</source>
        <translation>昨年送付あり</translation>
    </message>
    <message>
        <source>reply owed</source>
        <translation>返礼</translation>
    </message>
    <message>
        <source>Proposed: %1 to %2 from %3</source>
        <translation>提案: %2 様へ%1（%3 以降）</translation>
    </message>
    <message>
        <source>Saved: the cards print with this sender and these offsets.</source>
        <translation>保存しました。はがきはこの差出人とずれで印刷されます。</translation>
    </message>
    <message>
        <source>Saved for %1.</source>
        <translation>%1 の設定を保存しました。</translation>
    </message>
    <message>
        <source>%1 is on the list.</source>
        <translation>%1 を一覧に追加しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) added</source>
        <translation>
            <numerusform>フォローアップを %n 件追加しました</numerusform>
        </translation>
    </message>
    <message>
        <source>New Year cards %1.pdf</source>
        <translation>年賀状 %1.pdf</translation>
    </message>
    <message>
        <source>New Year test print %1.pdf</source>
        <translation>年賀状 テスト印刷 %1.pdf</translation>
    </message>
    <message>
        <source>Address labels %1.pdf</source>
        <translation>宛名ラベル %1.pdf</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF の保存先</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き出しています…</translation>
    </message>
    <message>
        <source>Nothing to print; no file written.</source>
        <translation>印刷するものがないため、ファイルは書き出していません。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n label(s) to %1.</source>
        <translation>
            <numerusform>ラベル %n 枚を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the test print to %1.</source>
        <translation>テスト印刷を %1 に書き出しました。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1.</source>
        <translation>
            <numerusform>年賀状 %n 枚を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n):</source>
        <translation>
            <numerusform>印刷しなかった宛先（%n 件）:</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>注意:</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>書き出せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>OpenJournal</name>
    <message>
        <source>Wrong passphrase. Passphrase for {0}:</source>
        <translation>パスフレーズが違います。{0} のパスフレーズ:</translation>
    </message>
    <message>
        <source>Passphrase for {0}:</source>
        <translation>{0} のパスフレーズ:</translation>
    </message>
    <message>
        <source>Encrypted journal</source>
        <translation>暗号化されたジャーナル</translation>
    </message>
    <message>
        <source>{0} was not opened: {1} passphrases were tried.</source>
        <translation>{0} を開けませんでした。パスフレーズを{1}回試しました。</translation>
    </message>
    <message>
        <source>The restore failed: {0}</source>
        <translation>復元できませんでした: {0}</translation>
    </message>
    <message>
        <source>The damaged file is kept beside the backups.</source>
        <translation>破損したファイルはバックアップと同じ場所に保管されます。</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>最新のバックアップを復元</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>Edit organisation</source>
        <translation>組織を編集</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>新しい組織</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>氏名(日本語)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>氏名(英語)</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Group or parent</source>
        <translation>グループまたは親会社</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>People at this organisation</source>
        <translation>この組織の人</translation>
    </message>
    <message>
        <source>Positions here: {0} current, {1} earlier</source>
        <translation>この組織の役職: 現在 {0}件、過去 {1}件</translation>
    </message>
    <message>
        <source>People appear here once a position names this organisation.</source>
        <translation>この組織の役職が登録されると、ここに人が表示されます。</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>保存されていません。赤く示された欄を修正してください。</translation>
    </message>
</context>
<context>
    <name>OrganizationPathsDialog</name>
    <message>
        <source>Who can introduce you to %1</source>
        <translation>%1 に紹介してくれそうな人</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>つながり</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>強さ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Who can introduce you</source>
        <translation>紹介してくれそうな人</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation>1段階</translation>
    </message>
    <message>
        <source>%1 hops</source>
        <translation>%1段階</translation>
    </message>
    <message>
        <source>No chain of at most 3 hops reaches anyone there.</source>
        <translation>3段階以内でそこに届くつながりはありません。</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>Organisations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Search names, readings or a group…</source>
        <translation>名前、よみがな、グループで検索…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英語名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>組織を検索</translation>
    </message>
    <message>
        <source>Show organisations of kind</source>
        <translation>表示する組織の種類</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>統合先を選ぶ…</translation>
    </message>
    <message>
        <source>Merge the selected organisation into another: its people follow</source>
        <translation>選択した組織を別の組織に統合します(所属する人も移ります)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete an organisation nobody has a position at</source>
        <translation>誰も役職に就いていない組織を削除します</translation>
    </message>
    <message>
        <source>{0} now, {1} before</source>
        <translation>現在 {0}、過去 {1}</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>組織を削除</translation>
    </message>
    <message>
        <source>{0} has people with positions there; merge it into another instead.</source>
        <translation>{0} には役職に就いている人がいます。削除せず、別の組織に統合してください。</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>組織を統合</translation>
    </message>
    <message>
        <source>Merge {0} into:</source>
        <translation>{0} の統合先:</translation>
    </message>
    <message>
        <source>Merge {0} into {1}? The people there now and before ({2}) move with their positions; {0} is removed. You can undo this (Ctrl+Z).</source>
        <translation>{0} を {1} に統合しますか？ 現在および過去の所属者({2}名)は役職ごと移り、{0} は削除されます。元に戻せます(Ctrl+Z)。</translation>
    </message>
    <message>
        <source>Merge {0} into {1}</source>
        <translation>{0} を {1} に統合</translation>
    </message>
    <message>
        <source>Dependency…</source>
        <translation>依存度…</translation>
    </message>
    <message>
        <source>Where the road to customers runs only through this partner</source>
        <translation>顧客への道がこのパートナー経由しかない箇所</translation>
    </message>
    <message>
        <source>Who can introduce me…</source>
        <translation>紹介してくれそうな人…</translation>
    </message>
    <message>
        <source>%n organisation</source>
        <translation>%n件の組織</translation>
    </message>
    <message>
        <source>%n organisations</source>
        <translation>%n件の組織</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Me</source>
        <translation>私</translation>
    </message>
    <message>
        <source>A name, an e-mail or an id</source>
        <translation>名前、メールアドレス、またはID</translation>
    </message>
    <message>
        <source>Choose someone.</source>
        <translation>人を選択してください。</translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <source>Set photo…</source>
        <translation>写真を設定…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>写真を削除</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>写真なし</translation>
    </message>
    <message>
        <source>Replace photo…</source>
        <translation>写真を差し替え…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>写真を選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Cannot read the file: {0}</source>
        <translation>ファイルを読み込めません: {0}</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Choose, or type a new organisation&apos;s name</source>
        <translation>選択するか、新しい組織名を入力してください</translation>
    </message>
    <message>
        <source>Record a transfer or promotion</source>
        <translation>異動または昇進を記録</translation>
    </message>
    <message>
        <source>Edit position</source>
        <translation>役職を編集</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>兼務: held alongside the main position</source>
        <translation>兼務: 本務と並行して務める役職</translation>
    </message>
    <message>
        <source>The current position ends the day before. For a promotion, change only the title.</source>
        <translation>現在の役職はその前日で終了します。昇進の場合は役職名だけを変更してください。</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Department (Japanese)</source>
        <translation>部署(日本語)</translation>
    </message>
    <message>
        <source>Department (English)</source>
        <translation>部署(英語)</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>役職(日本語)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>役職(英語)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Choose or name the organisation.</source>
        <translation>組織を選択するか、名前を入力してください。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>システムに合わせる({0})</translation>
    </message>
    <message>
        <source>Show Latin names first (Taro Yamada)</source>
        <translation>一覧でローマ字名を先に表示する（Taro YAMADA ／ 山田 太郎）</translation>
    </message>
    <message>
        <source>Japanese dates with the era (令和8年12月1日)</source>
        <translation>日付を和暦で表示（令和8年12月1日）</translation>
    </message>
    <message>
        <source>Applied at the next start.</source>
        <translation>次回の起動時に反映されます。</translation>
    </message>
    <message>
        <source>Kept in the journal: times without a zone are read in it, on every computer.</source>
        <translation>ジャーナルに保存されます。タイムゾーンのない時刻は、どのコンピューターでもこのタイムゾーンで読み取ります。</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>USレター</translation>
    </message>
    <message>
        <source>Japan 91 × 55 mm</source>
        <translation>日本 91 × 55 mm</translation>
    </message>
    <message>
        <source>US 3.5 × 2 in</source>
        <translation>米国 3.5 × 2 インチ</translation>
    </message>
    <message>
        <source>Europe 85 × 55 mm</source>
        <translation>欧州 85 × 55 mm</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>no cadence</source>
        <translation>目安なし</translation>
    </message>
    <message>
        <source>the folder used last</source>
        <translation>前回使ったフォルダー</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>ホームフォルダー</translation>
    </message>
    <message>
        <source>the app&apos;s data folder (backups)</source>
        <translation>アプリのデータフォルダー(backups)</translation>
    </message>
    <message>
        <source>Of each kind: daily, weekly and monthly backups, and those made before an import, a restore or an encryption change.</source>
        <translation>種類ごと: 毎日・毎週・毎月のバックアップと、インポート・復元・暗号化の変更の前に作成されるバックアップ。</translation>
    </message>
    <message>
        <source>Language and names</source>
        <translation>言語と氏名</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>This journal</source>
        <translation>このジャーナル</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>基準のタイムゾーン</translation>
    </message>
    <message>
        <source>New documents and contacts</source>
        <translation>新しい書類と連絡先</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Business card size</source>
        <translation>名刺のサイズ</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>連絡の目安</translation>
    </message>
    <message>
        <source>Briefings go to</source>
        <translation>ブリーフィングの保存先</translation>
    </message>
    <message>
        <source>Meishi proofs go to</source>
        <translation>名刺の校正PDFの保存先</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>バックアップの保存先</translation>
    </message>
    <message>
        <source>Backups kept of each kind (daily, weekly, monthly, before a change)</source>
        <translation>種類ごとに残すバックアップの数（毎日・毎週・毎月・変更前）</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not a full folder path; give one from the root (such as /home/…) or leave it empty.</source>
        <translation>{0}: 「{1}」は完全なフォルダーのパスではありません。ルートから始まるパス（/home/… など）を指定するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Home time zone: {0}</source>
        <translation>基準のタイムゾーン: {0}</translation>
    </message>
    <message>
        <source>The preferences could not be saved ({0}).</source>
        <translation>環境設定を保存できませんでした({0})。</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, home time zone, paper, card size, folders and backups</source>
        <translation>言語、基準のタイムゾーン、用紙、名刺のサイズ、保存先、バックアップを設定します</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Drive</source>
        <comment>All other platforms</comment>
        <translation>ドライブ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QuarterBars</name>
    <message>
        <source>Interactions per quarter: %1</source>
        <translation>四半期ごとのやり取り: %1</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>やり取りを編集</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>やり取りを記録</translation>
    </message>
    <message>
        <source>The zone where it happened: the time is read in it</source>
        <translation>その場所のタイムゾーン(時刻はこのタイムゾーンで読み取ります)</translation>
    </message>
    <message>
        <source>Their office, an izakaya in Shimbashi, video call…</source>
        <translation>先方の会社、新橋の居酒屋、ビデオ会議…</translation>
    </message>
    <message>
        <source>Add someone else who was there…</source>
        <translation>ほかの同席者を追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>What it was about, in one line</source>
        <translation>内容を一行で</translation>
    </message>
    <message>
        <source>What was discussed, what was promised, personal details worth remembering…</source>
        <translation>話した内容、約束したこと、覚えておきたい個人的なこと…</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Time zone where it happened</source>
        <translation>その場所のタイムゾーン</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>同席者</translation>
    </message>
    <message>
        <source>Add someone else who was there</source>
        <translation>ほかの同席者を追加</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Make home zone</source>
        <translation>基準のタイムゾーンにする</translation>
    </message>
    <message>
        <source>New entries will default to this zone</source>
        <translation>新しい記録の既定のタイムゾーンになります</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Not saved: “{0}” is not among the people yet: pick them with Enter, or clear the field.</source>
        <translation>保存されていません: 「{0}」はまだ出席者に加わっていません。Enter で選ぶか、欄を空にしてください。</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>保存されていません: {0}</translation>
    </message>
    <message>
        <source>Unsaved interaction</source>
        <translation>未保存のやり取り</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>入力した内容を破棄しますか？</translation>
    </message>
</context>
<context>
    <name>RecordController</name>
    <message>
        <source>Edit contact</source>
        <translation>連絡先を編集</translation>
    </message>
    <message>
        <source>Follow-up deleted. Ctrl+Z brings it back.</source>
        <translation>フォローアップを削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>やり取りを削除</translation>
    </message>
    <message>
        <source>“{0}” is shared with {1}. Deleting it removes it from their timelines too. Delete it?
You can undo this (Ctrl+Z).</source>
        <translation>「{0}」は {1} と共有されています。削除すると、その方々のタイムラインからも削除されます。削除しますか？
元に戻せます(Ctrl+Z)。</translation>
    </message>
    <message>
        <source>Interaction deleted. Ctrl+Z brings it back.</source>
        <translation>やり取りを削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>連絡先を削除</translation>
    </message>
    <message>
        <source>Delete {0} with their positions, follow-ups and gifts?
Interactions others attended stay. You can undo this (Ctrl+Z).</source>
        <translation>{0} を、役職・フォローアップ・贈答とともに削除しますか？
ほかの人も出席したやり取りは残ります。元に戻せます(Ctrl+Z)。</translation>
    </message>
    <message>
        <source>Deleted {0}. Ctrl+Z brings them back.</source>
        <translation>{0} を削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Select the two contacts who are one person (Ctrl+click), then Merge contacts.</source>
        <translation>同一人物である2件の連絡先を選択(Ctrl+クリック)してから、「連絡先を統合」を選んでください。</translation>
    </message>
    <message>
        <source>{0}. Ctrl+Z splits them again.</source>
        <translation>{0}。Ctrl+Z で再び分けられます。</translation>
    </message>
    <message>
        <source>Thank-you note: {0}</source>
        <translation>お礼状: {0}</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>お礼状</translation>
    </message>
    <message>
        <source>Thank-you follow-up</source>
        <translation>お礼状のフォローアップ</translation>
    </message>
    <message>
        <source>Thank-you follow-ups</source>
        <translation>お礼状のフォローアップ</translation>
    </message>
    <message>
        <source>Select a contact for the follow-up.</source>
        <translation>フォローアップの対象の連絡先を選択してください。</translation>
    </message>
    <message>
        <source>Follow up on: {0}</source>
        <translation>フォローアップ: {0}</translation>
    </message>
    <message>
        <source>Get in touch</source>
        <translation>連絡する</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>新しいフォローアップ</translation>
    </message>
    <message>
        <source>Reopen follow-up</source>
        <translation>フォローアップを未完了に戻す</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>フォローアップを完了にする</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>再通知の日</translation>
    </message>
    <message>
        <source>Snooze until {0}</source>
        <translation>{0}まで再通知を延期</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>フォローアップを編集</translation>
    </message>
    <message>
        <source>Select the contact the gift or favour was given to or received from.</source>
        <translation>贈答・お世話の相手の連絡先を選択してください。</translation>
    </message>
    <message>
        <source>Add a follow-up to send a thank-you tomorrow to the person who was there?</source>
        <translation>同席した方に明日お礼状を送るフォローアップを追加しますか？</translation>
    </message>
    <message>
        <source>Add a follow-up to send a thank-you tomorrow to each of the %n people who were there?</source>
        <translation>同席した%n名それぞれに明日お礼状を送るフォローアップを追加しますか？</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>検査済み</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未検査</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>インポート前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>before encrypting</source>
        <translation>暗号化の変更前</translation>
    </message>
    <message>
        <source>before a repair</source>
        <translation>修復前</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>破損</translation>
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
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>ほかのファイル…</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>ファイルから復元</translation>
    </message>
    <message>
        <source>Kizuna journal (*.kizuna);;All files (*)</source>
        <translation>Kizuna ジャーナル (*.kizuna);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>ウィンドウ内のどこでも</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>Interactions per quarter: %1</source>
        <translation>四半期ごとのやり取り: %1</translation>
    </message>
</context>
<context>
    <name>TiesChart</name>
    <message>
        <source>Chart of ties: %1 at the partner, %2 only through them</source>
        <translation>つながりの図: パートナー企業側 %1 名、その人経由のみ %2 名</translation>
    </message>
    <message>
        <source>you</source>
        <translation>自分</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;タイムライン&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Select a contact in the list (or a follow-up) to see their interactions, gifts and introductions here. Ctrl+L logs an interaction.</source>
        <translation>一覧で連絡先(またはフォローアップ)を選択すると、やり取り・贈答・紹介がここに表示されます。Ctrl+L でやり取りを記録できます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; — {0}</source>
        <translation>&lt;b&gt;タイムライン&lt;/b&gt; — {0}</translation>
    </message>
    <message>
        <source>Show older entries…</source>
        <translation>さらに前の記録を表示…</translation>
    </message>
    <message>
        <source>Nothing logged yet. Press Ctrl+L to log an interaction.</source>
        <translation>まだ記録がありません。Ctrl+L でやり取りを記録できます。</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(概要なし)</translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation>{0} と</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>贈った</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>いただいた</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>昇進</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>異動</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>新しい組織</translation>
    </message>
    <message>
        <source>Concurrent role (兼務)</source>
        <translation>兼務</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Exchanged meishi</source>
        <translation>名刺を交換しました</translation>
    </message>
    <message>
        <source>▴ Show less</source>
        <translation>▴ 折りたたむ</translation>
    </message>
    <message>
        <source>▾ Show the whole note ({0:,} characters)</source>
        <translation>▾ メモ全体を表示({0:,}文字)</translation>
    </message>
</context>
<context>
    <name>ToolController</name>
    <message>
        <source>Select one or more contacts for a briefing.</source>
        <translation>ブリーフィングの対象とする連絡先を1件以上選択してください。</translation>
    </message>
    <message>
        <source>Select a meeting in the timeline first.</source>
        <translation>先にタイムラインで面談を選択してください。</translation>
    </message>
    <message>
        <source>Writing the briefing to {0}…</source>
        <translation>ブリーフィングを {0} に書き出しています…</translation>
    </message>
    <message>
        <source>Briefing written to {0}</source>
        <translation>ブリーフィングを {0} に書き出しました</translation>
    </message>
    <message>
        <source>The briefing could not be written: {0}</source>
        <translation>ブリーフィングを書き出せませんでした: {0}</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <source>Check journal</source>
        <translation>ジャーナルを検査</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Checked: </source>
        <translation>検査した項目: </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>WorkFields</name>
    <message>
        <source>Department (Japanese)</source>
        <translation>部署(日本語)</translation>
    </message>
    <message>
        <source>Department (English)</source>
        <translation>部署(英語)</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>役職(日本語)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>役職(英語)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work&lt;/b&gt; (from the meishi)</source>
        <translation>&lt;b&gt;勤務先&lt;/b&gt;(名刺から)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Department (ja, en)</source>
        <translation>部署(日本語、英語)</translation>
    </message>
    <message>
        <source>Title (ja, en)</source>
        <translation>役職(日本語、英語)</translation>
    </message>
    <message>
        <source>Position began</source>
        <translation>就任日</translation>
    </message>
</context>
<context>
    <name>ZoneChooser</name>
    <message>
        <source>home</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了します</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>バージョンを表示して終了します</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数です: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と同時には指定できません</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>明示された引数 %r は無視されました</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>引数が 1 つ必要です</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>引数は 1 つまでです</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>引数が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>引数が %s 個必要です</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>引数が %s 個必要です</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>あいまいなオプションです: %(option)s は %(matches)s のどれにも当てはまります</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>想定外のオプションです: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s として無効な値です: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無効な選択です: %(value)r（%(choices)s から選んでください）</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: エラー: %(message)s
</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>New: {n}</source>
        <translation>新規: {n} 件</translation>
    </message>
    <message>
        <source>Updated: {n}</source>
        <translation>更新: {n} 件</translation>
    </message>
    <message>
        <source>Removed (cancelled): {n}</source>
        <translation>削除（キャンセル）: {n} 件</translation>
    </message>
    <message>
        <source>Moved after the days imported (import more days to see them where they are now): {n}</source>
        <translation>取り込んだ期間より後に移動（移動先を見るには、より長い期間を取り込んでください）: {n}</translation>
    </message>
    <message>
        <source>Skipped (no attendee among your contacts; --all imports them): {n}</source>
        <translation>除外（連絡先に出席者なし。--all で取り込めます）: {n} 件</translation>
    </message>
    <message>
        <source>Skipped (no attendee among your contacts; “Also events without a contact” imports them): {n}</source>
        <translation>除外（連絡先に出席者なし。「連絡先のいない予定も取り込む」で取り込めます）: {n} 件</translation>
    </message>
    <message>
        <source>Attendees not matched to a contact (review them in the window&apos;s Meetings view): {n}</source>
        <translation>連絡先と照合できなかった出席者（ウィンドウの「今後の面談」ビューでご確認ください）: {n} 名</translation>
    </message>
    <message>
        <source>Problems: {n}</source>
        <translation>問題: {n} 件</translation>
    </message>
    <message>
        <source>Imported {new} new and {updated} updated meetings from {start} to {end} ({unchanged} unchanged, {removed} removed, {skipped} skipped, {unmatched} attendees unmatched).</source>
        <translation>{start} から {end} までの面談を取り込みました: 新規 {new} 件、更新 {updated} 件（変更なし {unchanged} 件、削除 {removed} 件、除外 {skipped} 件、未照合の出席者 {unmatched} 名）。</translation>
    </message>
    <message>
        <source>Would import {new} new and {updated} updated meetings from {start} to {end} ({unchanged} unchanged, {removed} removed, {skipped} skipped, {unmatched} attendees unmatched).</source>
        <translation>{start} から {end} までの面談を取り込むと: 新規 {new} 件、更新 {updated} 件（変更なし {unchanged} 件、削除 {removed} 件、除外 {skipped} 件、未照合の出席者 {unmatched} 名）。</translation>
    </message>
    <message>
        <source>it has no UID</source>
        <translation>UID がありません</translation>
    </message>
    <message>
        <source>its {name} “{value}” is not a date or time</source>
        <translation>{name}「{value}」が日付でも時刻でもありません</translation>
    </message>
    <message>
        <source>it has no start (DTSTART)</source>
        <translation>開始日時（DTSTART）がありません</translation>
    </message>
    <message>
        <source>it ends before it begins</source>
        <translation>終了が開始より前になっています</translation>
    </message>
    <message>
        <source>it repeats more often than Kizuna imports</source>
        <translation>Kizuna が取り込める回数より多く繰り返されます</translation>
    </message>
    <message>
        <source>“{title}”: the calendar defines zone “{zone}” as {theirs}, but {name} is {ours}: read as {name} (the clock time as written).</source>
        <translation>「{title}」: カレンダーはタイムゾーン「{zone}」を {theirs} と定義していますが、{name} は {ours} です。{name} として（記載の時刻のまま）読み込みました。</translation>
    </message>
    <message>
        <source>“{title}”: zone “{zone}” unknown, read as {home}.</source>
        <translation>「{title}」: タイムゾーン「{zone}」は不明のため、{home} として読み込みました。</translation>
    </message>
    <message>
        <source>{path} is larger than {mb} MB: not a calendar Kizuna imports.</source>
        <translation>{path} は {mb} MB を超えています。Kizuna で取り込めるカレンダーではありません。</translation>
    </message>
    <message>
        <source>This is not an iCalendar file that can be read (not UTF-8, UTF-16 or Shift_JIS text).</source>
        <translation>読み込める iCalendar ファイルではありません（UTF-8、UTF-16、シフトJIS のいずれのテキストでもありません）。</translation>
    </message>
    <message>
        <source>The file is not UTF-8: it was read as Shift_JIS (cp932).</source>
        <translation>このファイルは UTF-8 ではないため、シフトJIS（cp932）として読み込みました。</translation>
    </message>
    <message>
        <source>The calendar&apos;s zone “{tzid}” changes its clocks more often than once a year, as no real zone does: its definition is left out.</source>
        <translation>カレンダーのタイムゾーン「{tzid}」は年に1回より頻繁に時刻が切り替わる定義で、実在のタイムゾーンではありえないため、その定義は読み込みませんでした。</translation>
    </message>
    <message>
        <source>The calendar file is cut short (it does not end with END:VCALENDAR): an unfinished download or copy? Export it again.</source>
        <translation>カレンダーファイルが途中で切れています（END:VCALENDAR で終わっていません）。ダウンロードやコピーが完了していない可能性があります。もう一度書き出してください。</translation>
    </message>
    <message>
        <source>This is not an iCalendar file that can be read ({error}).</source>
        <translation>読み込める iCalendar ファイルではありません（{error}）。</translation>
    </message>
    <message>
        <source>{label} is in the journal already, typed by hand (meeting {id}): not imported beside it.</source>
        <translation>{label} は手入力の面談（{id}）としてジャーナルにすでにあるため、重ねて取り込みませんでした。</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (no VCALENDAR).</source>
        <translation>iCalendar ファイルではありません（VCALENDAR がありません）。</translation>
    </message>
    <message>
        <source>“{title}” left out: {why}.</source>
        <translation>「{title}」は除外しました: {why}。</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>The calendar&apos;s repeating events cannot be read ({error}).</source>
        <translation>カレンダーの繰り返し予定を読み込めません（{error}）。</translation>
    </message>
    <message>
        <source>%n event of Kizuna&apos;s own calendar export left out: the journal has it already.</source>
        <translation>Kizuna 自身が書き出したカレンダーの予定 %n 件は取り込みませんでした（ジャーナルにすでにあります）。</translation>
    </message>
    <message>
        <source>%n events of Kizuna&apos;s own calendar export left out: the journal has them already.</source>
        <translation>Kizuna 自身が書き出したカレンダーの予定 %n 件は取り込みませんでした（ジャーナルにすでにあります）。</translation>
    </message>
    <message>
        <source>{n} contacts have the e-mail address {email}</source>
        <translation>メールアドレス {email} の連絡先が {n} 件あります</translation>
    </message>
    <message>
        <source>no contact has this e-mail address</source>
        <translation>このメールアドレスの連絡先はありません</translation>
    </message>
    <message>
        <source>no contact has this e-mail address or name</source>
        <translation>このメールアドレスや氏名の連絡先はありません</translation>
    </message>
    <message>
        <source>the name matches {n} contacts</source>
        <translation>この氏名に一致する連絡先が {n} 件あります</translation>
    </message>
    <message>
        <source>The calendar import was cancelled: nothing was written.</source>
        <translation>カレンダーの取り込みを中止しました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source> (cancelled in a newer copy of the calendar)</source>
        <translation>（新しいカレンダーではキャンセル済み）</translation>
    </message>
    <message>
        <source> (no attendees)</source>
        <translation>（出席者なし）</translation>
    </message>
    <message>
        <source> (the file&apos;s copy is older)</source>
        <translation>（ファイルの方が古い版です）</translation>
    </message>
    <message>
        <source>{label} was moved after the days imported; it is kept as it was because it has notes of yours (meeting {id}): import more days to move it.</source>
        <translation>{label} は取り込んだ期間より後に移動されましたが、メモがあるため元のまま残しています（面談 {id}）。移動するには、より長い期間を取り込んでください。</translation>
    </message>
    <message>
        <source>{label} was cancelled but is kept: it has notes of yours (meeting {id}).</source>
        <translation>{label} はキャンセルされましたが、メモが書かれているため残しています（面談 {id}）。</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>SQLite integrity</source>
        <translation>SQLite の整合性</translation>
    </message>
    <message>
        <source>tables, triggers and views</source>
        <translation>テーブル・トリガー・ビュー</translation>
    </message>
    <message>
        <source>references between records</source>
        <translation>レコード間の参照</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>スキーマのバージョン</translation>
    </message>
    <message>
        <source>last-contact dates</source>
        <translation>最終連絡日</translation>
    </message>
    <message>
        <source>due dates and cadences</source>
        <translation>期日と連絡の目安</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>検索インデックス</translation>
    </message>
    <message>
        <source>list order</source>
        <translation>一覧の並び順</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>kizuna: error: {message} (see: {prog} --help)</source>
        <translation>kizuna: エラー: {message}（{prog} --help を参照）</translation>
    </message>
    <message>
        <source>kizuna: error: {message}</source>
        <translation>kizuna: エラー: {message}</translation>
    </message>
    <message>
        <source>kizuna: interrupted</source>
        <translation>kizuna: 中断しました</translation>
    </message>
    <message>
        <source>kizuna: error: an unexpected {kind}; nothing more was done. Details for a bug report are in {where}.</source>
        <translation>kizuna: エラー: 予期しない {kind} が発生したため、それ以上の処理は行っていません。不具合報告用の詳細は {where} にあります。</translation>
    </message>
    <message>
        <source>no log (it cannot be written)</source>
        <translation>ログなし（書き込めません）</translation>
    </message>
    <message>
        <source>Passphrase for {0}: </source>
        <translation>{0} のパスフレーズ: </translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>連絡先 {n} 件</translation>
    </message>
    <message>
        <source>{n} organizations</source>
        <translation>組織 {n} 件</translation>
    </message>
    <message>
        <source>{n} interactions</source>
        <translation>やり取り {n} 件</translation>
    </message>
    <message>
        <source>{n} follow ups</source>
        <translation>フォローアップ {n} 件</translation>
    </message>
    <message>
        <source>{n} introductions</source>
        <translation>紹介 {n} 件</translation>
    </message>
    <message>
        <source>{n} ledger</source>
        <translation>贈答・お世話の記録 {n} 件</translation>
    </message>
    <message>
        <source>{n} meishi profiles</source>
        <translation>名刺プロフィール {n} 件</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Demo journal written to {path}: {summary}.</source>
        <translation>デモ用ジャーナルを {path} に書き込みました: {summary}。</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation>一致する連絡先はありません。</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>連絡先はまだありません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>READING</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>LATIN</source>
        <translation>ローマ字</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>所属・役職</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>最終連絡</translation>
    </message>
    <message>
        <source>Journal {target} made from {source}: {contacts} contacts, {interactions} interactions.</source>
        <translation>{source} からジャーナル {target} を作成しました: 連絡先 {contacts} 件、やり取り {interactions} 件。</translation>
    </message>
    <message>
        <source>To be merged: {n}</source>
        <translation>統合予定: {n} 件</translation>
    </message>
    <message>
        <source>line {line}: {label} ({reason})</source>
        <translation>{line} 行目: {label}（{reason}）</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… ほか {n} 件</translation>
    </message>
    <message>
        <source>Nothing to import; the journal is unchanged.</source>
        <translation>取り込むものはありません。ジャーナルは変更されていません。</translation>
    </message>
    <message>
        <source>Nothing imported: run again with --yes to import the {n} valid contact(s).</source>
        <translation>何も取り込んでいません。有効な連絡先 {n} 件を取り込むには --yes を付けて再実行してください。</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Imported: {created} new, {merged} merged into existing contacts</source>
        <translation>取り込み完了: 新規 {created} 件、既存の連絡先に統合 {merged} 件</translation>
    </message>
    <message>
        <source>, {n} unchanged</source>
        <translation>、変更なし {n} 件</translation>
    </message>
    <message>
        <source>, {n} organisation(s)</source>
        <translation>、組織 {n} 件</translation>
    </message>
    <message>
        <source>, {n} meishi exchange(s) recorded</source>
        <translation>、名刺交換 {n} 件を記録</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>The journal as it was before is backed up in {path}.</source>
        <translation>取り込み前のジャーナルは {path} にバックアップしてあります。</translation>
    </message>
    <message>
        <source>Whole journal written to {path}.</source>
        <translation>ジャーナル全体を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source> ({0} left out: not calendar events)</source>
        <translation>（{0}はカレンダーの予定ではないため除外）</translation>
    </message>
    <message>
        <source>{what} written to standard output.</source>
        <translation>{what} を標準出力に書き出しました。</translation>
    </message>
    <message>
        <source>{what} written to {path}.</source>
        <translation>{what} を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Photos are not part of CSV; export as vCard to carry them.</source>
        <translation>写真は CSV に含まれません。写真も移すには vCard で書き出してください。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新しいパスフレーズ: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>確認のため、もう一度入力してください: </translation>
    </message>
    <message>
        <source>kizuna: note: {note}</source>
        <translation>kizuna: 注意: {note}</translation>
    </message>
    <message>
        <source>Briefing for {names} written to {path}.</source>
        <translation>{names} のブリーフィングを {path} に書き出しました。</translation>
    </message>
    <message>
        <source>kizuna: warning: {warning}</source>
        <translation>kizuna: 警告: {warning}</translation>
    </message>
    <message>
        <source>sheet on {paper}</source>
        <translation>{paper} の面付け</translation>
    </message>
    <message>
        <source>proof</source>
        <translation>校正刷り</translation>
    </message>
    <message>
        <source>two-sided</source>
        <translation>両面</translation>
    </message>
    <message>
        <source>bilingual</source>
        <translation>片面に日英併記</translation>
    </message>
    <message>
        <source>horizontal</source>
        <translation>横書き</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>縦書き</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>横向き</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>縦向き</translation>
    </message>
    <message>
        <source>Japan 91 × 55 mm</source>
        <translation>日本 91 × 55 mm</translation>
    </message>
    <message>
        <source>US 3.5 × 2 in</source>
        <translation>米国 3.5 × 2 インチ</translation>
    </message>
    <message>
        <source>Europe 85 × 55 mm</source>
        <translation>欧州 85 × 55 mm</translation>
    </message>
    <message>
        <source>Meishi {what} ({style}, Japanese {ja}, {size}, {orientation}) for “{profile}” written to {path}.</source>
        <translation>「{profile}」の名刺の{what}（{style}、和文 {ja}、{size}、{orientation}）を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}、終日</translation>
    </message>
    <message>
        <source> ({time} here)</source>
        <translation>（ここでは {time}）</translation>
    </message>
    <message>
        <source>Nothing was written: run again with --yes to import.</source>
        <translation>何も書き込んでいません。取り込むには --yes を付けて再実行してください。</translation>
    </message>
    <message>
        <source>(meeting {0})</source>
        <translation>（面談 {0}）</translation>
    </message>
    <message>
        <source>1 attendee matches no contact; review them in the window&apos;s Meetings view (create a contact, match by hand, ignore).</source>
        <translation>1 名の出席者がどの連絡先とも一致しません。ウィンドウの「今後の面談」ビューでご確認ください（連絡先の作成、手動での照合、無視）。</translation>
    </message>
    <message>
        <source>{n} attendees match no contact; review them in the window&apos;s Meetings view (create a contact, match by hand, ignore).</source>
        <translation>{n} 名の出席者がどの連絡先とも一致しません。ウィンドウの「今後の面談」ビューでご確認ください（連絡先の作成、手動での照合、無視）。</translation>
    </message>
    <message>
        <source>1 meeting on {day} (a roster, then its briefing) written to {path}.</source>
        <translation>{day} の面談 1 件（出席者一覧とブリーフィング）を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>{n} meetings on {day} (a roster, then a briefing each) written to {path}.</source>
        <translation>{day} の面談 {n} 件（出席者一覧と各面談のブリーフィング）を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>それ以降</translation>
    </message>
    <message>
        <source>No meetings in the next {n} days.</source>
        <translation>今後 {n} 日間に面談はありません。</translation>
    </message>
    <message>
        <source>No backups of {path} yet (they are kept in {folder}).</source>
        <translation>{path} のバックアップはまだありません（保存先は {folder}）。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>FAILED its check</source>
        <translation>検査に失敗</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未検査</translation>
    </message>
    <message>
        <source>{n} contacts, </source>
        <translation>連絡先 {n} 件、</translation>
    </message>
    <message>
        <source>encrypted, </source>
        <translation>暗号化済み、</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>before-import</source>
        <translation>取り込み前</translation>
    </message>
    <message>
        <source>before-restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>before-encryption-change</source>
        <translation>暗号化の変更前</translation>
    </message>
    <message>
        <source>before-repair</source>
        <translation>修復前</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>Backup written to {path} and verified.</source>
        <translation>バックアップを {path} に書き込み、検証しました。</translation>
    </message>
    <message>
        <source> (the journal as it was is kept in {path})</source>
        <translation>（元のジャーナルは {path} に保存してあります）</translation>
    </message>
    <message>
        <source>{target} restored from {source}{note}.</source>
        <translation>{source} から {target} を復元しました{note}。</translation>
    </message>
    <message>
        <source>{path} was already encrypted; its {n} plain backups are now encrypted too.</source>
        <translation>{path} はすでに暗号化されていました。暗号化されていなかったバックアップ {n} 件も暗号化しました。</translation>
    </message>
    <message>
        <source>{path} is now encrypted. Keep the passphrase safe: without it the journal cannot be read. Its older backups were encrypted too.</source>
        <translation>{path} を暗号化しました。パスフレーズは大切に保管してください。パスフレーズがないとジャーナルを読むことはできません。以前のバックアップも暗号化しました。</translation>
    </message>
    <message>
        <source>{path} is no longer encrypted (its backups stay encrypted with the old passphrase).</source>
        <translation>{path} の暗号化を解除しました（バックアップは以前のパスフレーズで暗号化されたままです）。</translation>
    </message>
    <message>
        <source>Backed the journal up to {path} before repairing it.</source>
        <translation>修復の前にジャーナルを {path} にバックアップしました。</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Rebuilt the search index and last-contact dates of {n} contacts.</source>
        <translation>連絡先 {n} 件の検索索引と最終連絡日を再構築しました。</translation>
    </message>
    <message>
        <source>Checked {path}: {items}.</source>
        <translation>{path} を検査しました: {items}。</translation>
    </message>
    <message>
        <source>not checked now: {item}</source>
        <translation>今回は未検査: {item}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>問題: {problem}</translation>
    </message>
    <message>
        <source> Restore the newest good backup from {when}: kizuna restore &apos;{path}&apos;</source>
        <translation> {when} の最新の正常なバックアップから復元してください: kizuna restore &apos;{path}&apos;</translation>
    </message>
    <message>
        <source> It has no good backup.</source>
        <translation> 正常なバックアップはありません。</translation>
    </message>
    <message>
        <source>kizuna: error: the journal is damaged.{hint}</source>
        <translation>kizuna: エラー: ジャーナルが破損しています。{hint}</translation>
    </message>
    <message>
        <source>{n} problem(s) found.</source>
        <translation>問題が {n} 件見つかりました。</translation>
    </message>
    <message>
        <source>Home zone set to {zone}: new entries happen there unless told otherwise.</source>
        <translation>基準のタイムゾーンを {zone} にしました。指定がない限り、新しい記録はこのタイムゾーンで付けます。</translation>
    </message>
    <message>
        <source>Home zone: {home}; this computer: {system}; used lately: {recent}.</source>
        <translation>基準のタイムゾーン: {home}、このコンピューター: {system}、最近使用: {recent}。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>--kind: “{kind}” is not a kind of interaction (one of {kinds}).</source>
        <translation>--kind: 「{kind}」はやり取りの種類ではありません（{kinds} のいずれかを指定してください）。</translation>
    </message>
    <message>
        <source>kizuna: error: {message} Nothing was logged.</source>
        <translation>kizuna: エラー: {message} 記録はしていません。</translation>
    </message>
    <message>
        <source>kizuna: nothing was logged.</source>
        <translation>kizuna: 何も記録していません。</translation>
    </message>
    <message>
        <source>Logged {kind} with {names} on {when} ({zone}).</source>
        <translation>{names} との{kind}を {when}（{zone}）に記録しました。</translation>
    </message>
    <message>
        <source>{option}: “{text}” is not a date: use YYYY-MM-DD, e.g. 2026-04-01.</source>
        <translation>{option}: 「{text}」は日付ではありません。YYYY-MM-DD の形式（例: 2026-04-01）で指定してください。</translation>
    </message>
    <message>
        <source>{option}: “{text}” is not a real date (no such day).</source>
        <translation>{option}: 「{text}」は存在しない日付です。</translation>
    </message>
    <message>
        <source>--since needs --org or --title (the position it dates).</source>
        <translation>--since には --org か --title が必要です（日付を付ける役職を指定してください）。</translation>
    </message>
    <message>
        <source>--photo: cannot read {path}: {reason}.</source>
        <translation>--photo: {path} を読み込めません: {reason}。</translation>
    </message>
    <message>
        <source>Added {name} (id {id}){role}.</source>
        <translation>{name}（ID {id}）{role} を追加しました。</translation>
    </message>
    <message>
        <source>--since needs --org or --title: the contact has no current position to date.</source>
        <translation>--since には --org か --title が必要です。この連絡先には、日付を付けられる現在の役職がありません。</translation>
    </message>
    <message>
        <source>Saved {name} (id {id}){role}.</source>
        <translation>{name}（ID {id}）{role} を保存しました。</translation>
    </message>
    <message>
        <source>Cleared {what} (no longer matching); give {option} to set it.</source>
        <translation>{what}を消去しました（一致しなくなったため）。設定するには {option} を指定してください。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name}: {what} from {date}.</source>
        <translation>{name}: {date} から{what}。</translation>
    </message>
    <message>
        <source>ID: “{id}” is not a follow-up id (a number).</source>
        <translation>ID: 「{id}」はフォローアップの ID（数字）ではありません。</translation>
    </message>
    <message>
        <source>Done: {title} ({name}).</source>
        <translation>完了: {title}（{name}）。</translation>
    </message>
    <message>
        <source>Follow-up {id} for {name}: {title}, due {due}.</source>
        <translation>{name} のフォローアップ {id}: {title}、期日 {due}。</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>未完了のフォローアップはありません。</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>--value: “{text}” is not a whole number (e.g. 5000).</source>
        <translation>--value: 「{text}」は整数ではありません（例: 5000）。</translation>
    </message>
    <message>
        <source>--value: A value cannot be negative.</source>
        <translation>--value: 金額にマイナスは指定できません。</translation>
    </message>
    <message>
        <source>--with: “me” is you, who give or receive it; --with names the other people involved.</source>
        <translation>--with: 「me」は贈った・いただいたご自身を指します。--with にはほかの関係者を指定してください。</translation>
    </message>
    <message>
        <source>{what} — {name}, {date} (id {id}).</source>
        <translation>{what} — {name}、{date}（ID {id}）。</translation>
    </message>
    <message>
        <source>{what} on {date} (id {id}).</source>
        <translation>{date}: {what}（ID {id}）。</translation>
    </message>
    <message>
        <source>{what} (id {id}).</source>
        <translation>{what}（ID {id}）。</translation>
    </message>
    <message>
        <source>No organisations match.</source>
        <translation>該当する組織はありません。</translation>
    </message>
    <message>
        <source>No organisations yet.</source>
        <translation>組織はまだありません。</translation>
    </message>
    <message>
        <source>{now} now, {before} before</source>
        <translation>現在 {now} 名、以前 {before} 名</translation>
    </message>
    <message>
        <source>ENGLISH</source>
        <translation>英語名</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Merged {name} into {into}: {n} position(s) moved.</source>
        <translation>{name} を {into} に統合しました。所属 {n} 件を移しました。</translation>
    </message>
    <message>
        <source>{name} (id {id}) — {kind}</source>
        <translation>{name}（ID {id}）— {kind}</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>以前</translation>
    </message>
    <message>
        <source>Saved {name} (id {id}): {kind}, in {group}.</source>
        <translation>{name}（ID {id}）を保存しました: {kind}、{group} グループ。</translation>
    </message>
    <message>
        <source>Saved {name} (id {id}): {kind}.</source>
        <translation>{name}（ID {id}）を保存しました: {kind}。</translation>
    </message>
    <message>
        <source>Wrote {n} labels on {pages} sheet(s) of {sheet} to {path}.</source>
        <translation>{sheet} の用紙 {pages} 枚に宛名ラベル {n} 枚分を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Not printed: {what}</source>
        <translation>印刷しなかったもの: {what}</translation>
    </message>
    <message>
        <source>Nothing to print: no contact for these labels; no file written.</source>
        <translation>印刷するものはありません（このラベルに該当する連絡先がありません）。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>送付予定</translation>
    </message>
    <message>
        <source>sent one last year</source>
        <translation>昨年送付あり</translation>
    </message>
    <message>
        <source>reply to their card</source>
        <translation>先方の年賀状への返礼</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>住所なし</translation>
    </message>
    <message>
        <source>To print:</source>
        <translation>印刷するもの:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>送付済み:</translation>
    </message>
    <message>
        <source>New Year cards for {year}: {n} to print, {sent} sent, {mourning} in mourning, {none} without a usable address.</source>
        <translation>{year}年の年賀状: 印刷 {n} 件、送付済み {sent} 件、喪中 {mourning} 件、使える住所なし {none} 件。</translation>
    </message>
    <message>
        <source>kizuna seasons: --year {0} is out of range (1900–9998).</source>
        <translation>kizuna seasons: --year {0} は範囲外です（1900～9998）。</translation>
    </message>
    <message>
        <source>Seasonal reminders for {year}: {n} (accept with --accept KEY).</source>
        <translation>{year}年の季節のリマインダー: {n} 件（受け入れるには --accept に各行のキーを指定してください）。</translation>
    </message>
    <message>
        <source>Follow-up {id}: {title} — {name}, due {due}.</source>
        <translation>フォローアップ {id}: {title} — {name}（期日 {due}）を追加しました。</translation>
    </message>
    <message>
        <source>kizuna seasons: no reminder {key} in {year} (already a follow-up, or not a key from the list); nothing added for it.</source>
        <translation>kizuna seasons: {year} 年のリマインダーに {key} はありません（フォローアップに追加済みか、一覧のキーではありません）。これについては何も追加していません。</translation>
    </message>
    <message>
        <source>Note: {what}</source>
        <translation>注意: {what}</translation>
    </message>
    <message>
        <source>{n} label(s) left out (named above); the other {printed} are in {path}.</source>
        <translation>{n} 件のラベルを除きました（上記のとおり）。ほかの {printed} 件は {path} にあります。</translation>
    </message>
    <message>
        <source>Postal codes to check ({n}; their boxes would stay empty):</source>
        <translation>確認が必要な郵便番号（{n} 件。郵便番号枠は空欄のままになります）:</translation>
    </message>
    <message>
        <source>Without a usable address (not printed):</source>
        <translation>使える住所なし（印刷しません）:</translation>
    </message>
    <message>
        <source>In mourning (喪中, not printed):</source>
        <translation>喪中（印刷しません）:</translation>
    </message>
    <message>
        <source>Not sending this year (--skip):</source>
        <translation>今年は送らない（--skip）:</translation>
    </message>
    <message>
        <source>How the cards are addressed:</source>
        <translation>宛名の書き方について:</translation>
    </message>
    <message>
        <source>Proposed: {title} to {name} from {date}</source>
        <translation>提案: {name} 様へ{title}（{date} から）</translation>
    </message>
    <message>
        <source>send</source>
        <translation>送る</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送付済み</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受け取った</translation>
    </message>
    <message>
        <source>mourning</source>
        <translation>喪中</translation>
    </message>
    <message>
        <source>not sending this year</source>
        <translation>今年は送らない</translation>
    </message>
    <message>
        <source>Addressed to {name} 御中 (an organisation: never 様).</source>
        <translation>{name} 御中 宛てにします（組織宛てのため、様は付けません）。</translation>
    </message>
    <message>
        <source>Addressed to the company or department alone (御中), without the person&apos;s name.</source>
        <translation>個人名を入れず、会社・部署宛て（御中）にします。</translation>
    </message>
    <message>
        <source>Addressed to the person (様).</source>
        <translation>個人宛て（様）にします。</translation>
    </message>
    <message>
        <source>In mourning: left out of the print run; `kizuna nengajo list` proposes a 寒中見舞い.</source>
        <translation>喪中: 印刷から外しました。`kizuna nengajo list` で寒中見舞いをご提案します。</translation>
    </message>
    <message>
        <source>No sender set: cards print without the sender block. Set one with `kizuna nengajo sender --name NAME --address ADDRESS`.</source>
        <translation>差出人が設定されていません。差出人欄なしで印刷されます。`kizuna nengajo sender --name 氏名 --address 住所` で設定してください。</translation>
    </message>
    <message>
        <source>Sender (from the meishi profile)</source>
        <translation>差出人（名刺プロフィールから）</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>test print (box outlines)</source>
        <translation>試し刷り（枠線）</translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation>{n} 枚</translation>
    </message>
    <message>
        <source>Wrote {what} to {path} (offset {x} mm right, {y} mm down; remembered).</source>
        <translation>{what}を {path} に書き出しました（右へ {x} mm、下へ {y} mm のずれ補正。記憶しました）。</translation>
    </message>
    <message>
        <source>No sender set: the cards print without the sender block (`kizuna nengajo sender --name NAME --address ADDRESS`).</source>
        <translation>差出人が設定されていないため、差出人欄なしで印刷されます（`kizuna nengajo sender --name 氏名 --address 住所`）。</translation>
    </message>
    <message>
        <source>Left out (喪中): {name}</source>
        <translation>除外（喪中）: {name}</translation>
    </message>
    <message>
        <source>Left out (no usable address): {name}</source>
        <translation>除外（使える住所なし）: {name}</translation>
    </message>
    <message>
        <source>Postal-code boxes left empty: {name} ({why})</source>
        <translation>郵便番号枠を空欄にしたもの: {name}（{why}）</translation>
    </message>
    <message>
        <source>{n} card(s) left out (named above); the other {printed} are in {path}.</source>
        <translation>{n} 枚のはがきを除きました（上記のとおり）。ほかの {printed} 枚は {path} にあります。</translation>
    </message>
    <message>
        <source>Nothing to print: no card has an address to print.</source>
        <translation>印刷するものはありません（印刷できる住所のあるはがきがありません）。</translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation>1 段階</translation>
    </message>
    <message>
        <source>{n} hops</source>
        <translation>{n} 段階</translation>
    </message>
    <message>
        <source>No chain of at most {hops} reaches {name}.</source>
        <translation>{hops}以内で {name} につながる経路はありません。</translation>
    </message>
    <message>
        <source>Who can introduce you to {name}:</source>
        <translation>{name} を紹介してくれそうな人:</translation>
    </message>
    <message>
        <source>you</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Nobody is going cold.</source>
        <translation>疎遠になりつつある人はいません。</translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation>連絡先はありません。</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>疎遠</translation>
    </message>
    <message>
        <source>due</source>
        <translation>要連絡</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>順調</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未面会</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>間隔なし</translation>
    </message>
    <message>
        <source>never met</source>
        <translation>未面会</translation>
    </message>
    <message>
        <source>{n} d since</source>
        <translation>{n} 日経過</translation>
    </message>
    <message>
        <source> / every {n} d</source>
        <translation> / {n} 日ごと</translation>
    </message>
    <message>
        <source>given {given}, received {received} (gifts, favours, introductions)</source>
        <translation>贈った {given}・いただいた {received}（贈答・お世話・紹介）</translation>
    </message>
    <message>
        <source>1 promise overdue</source>
        <translation>期限切れの約束 1 件</translation>
    </message>
    <message>
        <source>{n} promises overdue</source>
        <translation>期限切れの約束 {n} 件</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>quarters {q}</source>
        <translation>四半期 {q}</translation>
    </message>
    <message>
        <source>Partner dependency: {name}</source>
        <translation>パートナー依存度: {name}</translation>
    </message>
    <message>
        <source>Customers only through the partner: </source>
        <translation>パートナー経由でしかつながらない顧客: </translation>
    </message>
    <message>
        <source>People only through the partner: </source>
        <translation>パートナー経由でしかつながらない人: </translation>
    </message>
    <message>
        <source>lost entirely if they leave: </source>
        <translation>この人が離れると完全に失われるもの: </translation>
    </message>
    <message>
        <source>one of several roads to: </source>
        <translation>複数ある経路の一つ: </translation>
    </message>
    <message>
        <source>Hangs on {name}: </source>
        <translation>{name} 頼み: </translation>
    </message>
    <message>
        <source>Last business review: </source>
        <translation>直近のビジネスレビュー: </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Interactions per quarter: </source>
        <translation>四半期ごとのやり取り: </translation>
    </message>
    <message>
        <source>The partner controls all access to the customers</source>
        <translation>顧客との接点をすべてパートナーが握っています</translation>
    </message>
    <message>
        <source>We have no direct contacts of our own at the customers</source>
        <translation>顧客側に自社独自の直接の連絡先がありません</translation>
    </message>
    <message>
        <source>No business review for a year or more</source>
        <translation>1年以上ビジネスレビューがありません</translation>
    </message>
    <message>
        <source>The relationship hangs on one person at the partner</source>
        <translation>関係がパートナー企業の一人に依存しています</translation>
    </message>
    <message>
        <source>Decisions are made from obligation, not from data</source>
        <translation>判断がデータではなく義理で行われています</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>レポートを {path} に書き出しました。</translation>
    </message>
    <message>
        <source>(planned)</source>
        <translation>（予定）</translation>
    </message>
    <message>
        <source>{name}: {failed} of {n} checks failed.</source>
        <translation>{name}: {n} 項目中 {failed} 項目が不合格です。</translation>
    </message>
    <message>
        <source>{name}: all {n} checks passed.</source>
        <translation>{name}: 全 {n} 項目に合格しました。</translation>
    </message>
    <message>
        <source> (default: other)</source>
        <translation>（既定: other）</translation>
    </message>
    <message>
        <source>kizuna: the journal used last was not found: {0}</source>
        <translation>kizuna: 前回使用したジャーナルが見つかりません: {0}</translation>
    </message>
    <message>
        <source>kizuna: error: the journal {0} was not opened.</source>
        <translation>kizuna: エラー: ジャーナル {0} は開かれませんでした。</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>Kizuna Desktop: a relationship journal for business in Japan. With no command, opens the window.</source>
        <translation>Kizuna Desktop: 日本でのビジネスのための人脈ジャーナルです。コマンドを指定しないとウィンドウを開きます。</translation>
    </message>
    <message>
        <source>the journal file (default: $KIZUNA_DB, else the user data folder)</source>
        <translation>ジャーナルのファイル（既定: $KIZUNA_DB、なければユーザーのデータフォルダー）</translation>
    </message>
    <message>
        <source>when the journal does not exist yet, open (and if needed write) the demo journal instead</source>
        <translation>ジャーナルがまだないときは、代わりにデモ用ジャーナルを開きます（必要なら書き込みます）</translation>
    </message>
    <message>
        <source>write the demo journal (only into an empty journal)</source>
        <translation>デモ用ジャーナルを書き込みます（空のジャーナルにのみ）</translation>
    </message>
    <message>
        <source>list contacts (in gojūon / alphabetical order)</source>
        <translation>連絡先の一覧（五十音順・アルファベット順）</translation>
    </message>
    <message>
        <source>kanji, kana, romaji, organisation, e-mail or #tag</source>
        <translation>漢字、かな、ローマ字、組織、メール、または #タグ</translation>
    </message>
    <message>
        <source>only contacts with this tag</source>
        <translation>このタグの連絡先のみ</translation>
    </message>
    <message>
        <source>only contacts past their keep-in-touch cadence</source>
        <translation>連絡の目安を過ぎた連絡先のみ</translation>
    </message>
    <message>
        <source>include archived contacts</source>
        <translation>アーカイブ済みの連絡先も含めます</translation>
    </message>
    <message>
        <source>at most this many (default: all)</source>
        <translation>最大件数（既定: すべて）</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>表の代わりに JSON を出力します</translation>
    </message>
    <message>
        <source>write a pre-meeting briefing PDF</source>
        <translation>面談前のブリーフィング PDF を書き出します</translation>
    </message>
    <message>
        <source>an id, or a search that matches exactly one contact</source>
        <translation>ID、または連絡先 1 件だけに一致する検索語</translation>
    </message>
    <message>
        <source>the meeting&apos;s date and local time (or just the date); ISO 8601 with an offset (2026-12-03T14:00+09:00) or a zone (… JST) too</source>
        <translation>面談の日付と現地時刻（日付のみも可）。時差付きの ISO 8601（2026-12-03T14:00+09:00）やタイムゾーン付き（… JST）でも指定できます</translation>
    </message>
    <message>
        <source>the zone the meeting&apos;s time is in (default: the journal&apos;s home zone)</source>
        <translation>面談の時刻のタイムゾーン（既定: ジャーナルの基準タイムゾーン）</translation>
    </message>
    <message>
        <source>the meeting&apos;s title</source>
        <translation>面談の件名</translation>
    </message>
    <message>
        <source>where the meeting is</source>
        <translation>面談の場所</translation>
    </message>
    <message>
        <source>write the briefing in English or Japanese (default: the interface&apos;s language, LANG or Preferences)</source>
        <translation>ブリーフィングを英語または日本語で書き出します（既定: 画面の言語。LANG または環境設定）</translation>
    </message>
    <message>
        <source>write a print-ready business card proof or sheet</source>
        <translation>入稿用の名刺の校正刷りまたは面付けを書き出します</translation>
    </message>
    <message>
        <source>a meishi profile&apos;s id or a unique name match</source>
        <translation>名刺プロフィールの ID、または 1 件だけに一致する名前</translation>
    </message>
    <message>
        <source>the Japanese face: yokogaki or tategaki</source>
        <translation>和文面: 横書き（yokogaki）または縦書き（tategaki）</translation>
    </message>
    <message>
        <source>91 × 55 mm, 3.5 × 2 in or 85 × 55 mm (default: Preferences&apos;)</source>
        <translation>91 × 55 mm、3.5 × 2 インチ、または 85 × 55 mm（既定: 環境設定の値）</translation>
    </message>
    <message>
        <source>default: portrait for vertical Japanese, else landscape</source>
        <translation>既定: 縦書きの和文は縦向き、それ以外は横向き</translation>
    </message>
    <message>
        <source>a page of cards for card stock (10 on A4, 8 Japanese-size on Letter)</source>
        <translation>名刺用紙に面付けしたページ（A4 に 10 枚、Letter に日本サイズ 8 枚）</translation>
    </message>
    <message>
        <source>for --sheet (default: Preferences&apos;)</source>
        <translation>--sheet 用（既定: 環境設定の値）</translation>
    </message>
    <message>
        <source>the vertical address&apos;s numbers: upright digits or kanji (一―二―三)</source>
        <translation>縦書き住所の数字: 縦中横の数字、または漢数字（一―二―三）</translation>
    </message>
    <message>
        <source>for --sheet: cards set apart so the colour band bleeds past each cut</source>
        <translation>--sheet 用: 色帯が各裁ち線の外まで塗り足されるよう名刺の間隔を空けます</translation>
    </message>
    <message>
        <source>import contacts (vCard, CSV) or a whole-journal archive</source>
        <translation>連絡先（vCard、CSV）またはジャーナル全体のアーカイブを取り込みます</translation>
    </message>
    <message>
        <source>default: from the file&apos;s name and content</source>
        <translation>既定: ファイル名と内容から判断</translation>
    </message>
    <message>
        <source>import what is valid without asking (duplicates are merged)</source>
        <translation>確認せずに有効なものを取り込みます（重複は統合されます）</translation>
    </message>
    <message>
        <source>export contacts, follow-ups or the whole journal</source>
        <translation>連絡先、フォローアップ、またはジャーナル全体を書き出します</translation>
    </message>
    <message>
        <source>where to write (- for standard output, not for an archive)</source>
        <translation>書き出し先（- で標準出力。アーカイブには使えません）</translation>
    </message>
    <message>
        <source>back up the journal now</source>
        <translation>ジャーナルを今すぐバックアップします</translation>
    </message>
    <message>
        <source>where (default: the journal&apos;s backups folder)</source>
        <translation>保存先（既定: ジャーナルのバックアップフォルダー）</translation>
    </message>
    <message>
        <source>replace the journal with a backup (after backing it up)</source>
        <translation>ジャーナルをバックアップで置き換えます（置き換える前にバックアップします）</translation>
    </message>
    <message>
        <source>protect the journal with a passphrase (SQLCipher)</source>
        <translation>ジャーナルをパスフレーズで保護します（SQLCipher）</translation>
    </message>
    <message>
        <source>remove the journal&apos;s passphrase</source>
        <translation>ジャーナルのパスフレーズを解除します</translation>
    </message>
    <message>
        <source>check the journal&apos;s integrity</source>
        <translation>ジャーナルの整合性を検査します</translation>
    </message>
    <message>
        <source>rebuild the search index and last-contact dates</source>
        <translation>検索インデックスと最終連絡日を作り直します</translation>
    </message>
    <message>
        <source>import meetings from an iCalendar (.ics) file</source>
        <translation>iCalendar（.ics）ファイルから面談を取り込みます</translation>
    </message>
    <message>
        <source>events of the next days become planned meetings</source>
        <translation>この先数日の予定が予定の面談になります</translation>
    </message>
    <message>
        <source>Reads an iCalendar file (an Outlook or Google export, a .ics attachment, a subscribed calendar saved to disk). Events from today through --days become planned meetings, attendees matched to contacts by e-mail, then by name. Importing the same file again updates by UID and never doubles; cancelled events are removed. Without --yes nothing is written.</source>
        <translation>iCalendar ファイル（Outlook や Google から書き出したもの、.ics の添付ファイル、ディスクに保存した購読カレンダー）を読み込みます。今日から --days 日後までの予定が予定の面談になり、出席者はメールアドレス、次に氏名で連絡先と照合されます。同じファイルをもう一度取り込むと UID で更新され、重複はしません。キャンセルされた予定は削除されます。--yes を付けないと何も書き込みません。</translation>
    </message>
    <message>
        <source>how many days ahead (default 14)</source>
        <translation>何日先まで（既定 14）</translation>
    </message>
    <message>
        <source>write the meetings (else a dry run)</source>
        <translation>面談を書き込みます（付けなければ試行のみ）</translation>
    </message>
    <message>
        <source>also events with no attendee among your contacts</source>
        <translation>連絡先に出席者がいない予定も含めます</translation>
    </message>
    <message>
        <source>attendees of meetings ahead that match no contact</source>
        <translation>今後の面談の出席者のうち、どの連絡先とも一致しない人</translation>
    </message>
    <message>
        <source>the meetings ahead (today, tomorrow, this week)</source>
        <translation>今後の面談（今日、明日、今週）</translation>
    </message>
    <message>
        <source>how many days ahead (default 7: a week)</source>
        <translation>何日先まで（既定 7: 1 週間）</translation>
    </message>
    <message>
        <source>JSON: id, title, start, zone, place, attendees</source>
        <translation>JSON: ID、件名、開始、タイムゾーン、場所、出席者</translation>
    </message>
    <message>
        <source>write the day&apos;s meetings as one PDF: a roster page, then a briefing per meeting</source>
        <translation>その日の面談を 1 つの PDF に書き出します: 出席者一覧のページと、面談ごとのブリーフィング</translation>
    </message>
    <message>
        <source>with --pdf: the day (default today)</source>
        <translation>--pdf と一緒に: 日付（既定: 今日）</translation>
    </message>
    <message>
        <source>with --pdf (default: Preferences&apos; paper)</source>
        <translation>--pdf と一緒に（既定: 環境設定の用紙）</translation>
    </message>
    <message>
        <source>the briefing for this planned meeting (kizuna meetings lists them): its title, time, place and everyone in it</source>
        <translation>この予定の面談のブリーフィング（kizuna meetings で一覧できます）: 件名、日時、場所、全出席者</translation>
    </message>
    <message>
        <source>list the journal&apos;s backups (newest first)</source>
        <translation>ジャーナルのバックアップの一覧（新しい順）</translation>
    </message>
    <message>
        <source>print JSON: path, kind, created, encrypted, verified, contacts</source>
        <translation>JSON を出力します: パス、種類、作成日時、暗号化、検証、連絡先数</translation>
    </message>
    <message>
        <source>log an interaction at its local time and zone</source>
        <translation>やり取りを現地の時刻とタイムゾーンで記録します</translation>
    </message>
    <message>
        <source>who was there: an id, an e-mail or a name matching exactly one</source>
        <translation>同席した人: ID、メールアドレス、または 1 件だけに一致する氏名</translation>
    </message>
    <message>
        <source>when it began, as the clocks there read (ISO 8601 with an offset, or a zone after the time, are taken too)</source>
        <translation>始まった時刻（現地の時計で）。時差付きの ISO 8601 や、時刻の後にタイムゾーンを付けた形でも指定できます</translation>
    </message>
    <message>
        <source>where it happened, e.g. Asia/Tokyo or JST (default: the home zone)</source>
        <translation>場所のタイムゾーン。例: Asia/Tokyo、JST（既定: 基準タイムゾーン）</translation>
    </message>
    <message>
        <source>what it was about, in one line</source>
        <translation>内容の要約（1 行）</translation>
    </message>
    <message>
        <source>where: their office, an izakaya in Shimbashi…</source>
        <translation>場所: 先方の事務所、新橋の居酒屋…</translation>
    </message>
    <message>
        <source>what was discussed, what was promised…</source>
        <translation>話した内容、約束したこと…</translation>
    </message>
    <message>
        <source>print the logged interaction as JSON</source>
        <translation>記録したやり取りを JSON で出力します</translation>
    </message>
    <message>
        <source>show or set the journal&apos;s home zone (where new entries happen unless another zone is given)</source>
        <translation>ジャーナルの基準タイムゾーンを表示または設定します（ほかのタイムゾーンを指定しない限り、新しい記録はこのタイムゾーンで扱われます）</translation>
    </message>
    <message>
        <source>the new home zone, e.g. Asia/Tokyo or JST</source>
        <translation>新しい基準タイムゾーン。例: Asia/Tokyo、JST</translation>
    </message>
    <message>
        <source>New Year cards: the list, marks, the sender, printing</source>
        <translation>年賀状: 送付先リスト、印、差出人、印刷</translation>
    </message>
    <message>
        <source>New Year cards (nengajō) for a year: who to send to (contacts marked for it, plus everyone who sent one the year before), sent / received / mourning marks, the sender, and the address side of postcards.</source>
        <translation>その年の年賀状: 送付先（印を付けた連絡先と、前年に年賀状をくださった方）、送付済み・受け取り・喪中の印、差出人、はがきの宛名面。</translation>
    </message>
    <message>
        <source>who to send to for a year</source>
        <translation>その年の送付先</translation>
    </message>
    <message>
        <source>the New Year the cards greet (default: the coming one)</source>
        <translation>年賀状で祝う新年（既定: 次の新年）</translation>
    </message>
    <message>
        <source>one JSON object</source>
        <translation>JSON オブジェクト 1 つ</translation>
    </message>
    <message>
        <source>mark a contact&apos;s card for a year</source>
        <translation>連絡先のその年の年賀状に印を付けます</translation>
    </message>
    <message>
        <source>an id, an e-mail, or a name matching exactly one; an organisation (its name, or org:ID) when no contact has that name</source>
        <translation>ID、メールアドレス、または 1 件だけに一致する氏名。その名前の連絡先がないときは組織（名前、または org:ID）</translation>
    </message>
    <message>
        <source>do not send this year (takes someone carried over from last year off the list; --send puts them back)</source>
        <translation>今年は送りません（昨年から引き継いだ方をリストから外します。--send で戻せます）</translation>
    </message>
    <message>
        <source>CONTACT names an organisation: the card goes to the company (or --department) with 御中</source>
        <translation>CONTACT に組織を指定すると、会社（または --department の部署）宛てに御中で送ります</translation>
    </message>
    <message>
        <source>with an organisation: the department the card is addressed to (総務部 御中); &apos;&apos; for the company itself</source>
        <translation>組織宛てのとき、宛先の部署（総務部 御中）。会社そのものに宛てるときは &apos;&apos;</translation>
    </message>
    <message>
        <source>avery-l7160 (21 labels, 63.5 × 38.1 mm), avery-l7163 (14, 99.1 × 38.1 mm), a-one-28185 (エーワン, 18, 70 × 42.3 mm), kokuyo-kpc-e1121 (KOKUYO, 12, 86.4 × 42.3 mm) or custom:ROWS,COLS,W,H,PITCH_X,PITCH_Y,LEFT,TOP (mm)</source>
        <translation>avery-l7160（21 面、63.5 × 38.1 mm）、avery-l7163（14 面、99.1 × 38.1 mm）、a-one-28185（エーワン、18 面、70 × 42.3 mm）、kokuyo-kpc-e1121（コクヨ、12 面、86.4 × 42.3 mm）、または custom:行,列,幅,高さ,横ピッチ,縦ピッチ,左余白,上余白（mm）</translation>
    </message>
    <message>
        <source>an id, an e-mail, or a name matching exactly one</source>
        <translation>ID、メールアドレス、または 1 件だけに一致する氏名</translation>
    </message>
    <message>
        <source>put the contact on the list</source>
        <translation>連絡先を送付先リストに入れます</translation>
    </message>
    <message>
        <source>the paper (default: %(default)s, as set in Preferences)</source>
        <translation>用紙（既定: %(default)s。環境設定で変更できます）</translation>
    </message>
    <message>
        <source>with --pdf: the roster&apos;s and briefings&apos; language (default: the interface&apos;s)</source>
        <translation>--pdf と共に: 一覧と資料の言語（既定: 画面の言語）</translation>
    </message>
    <message>
        <source>a card was sent</source>
        <translation>年賀状を送りました</translation>
    </message>
    <message>
        <source>a card came from them</source>
        <translation>先方から年賀状が届きました</translation>
    </message>
    <message>
        <source>in mourning (喪中): no card; a 寒中見舞い is proposed</source>
        <translation>喪中: 年賀状は送らず、寒中見舞いをご提案します</translation>
    </message>
    <message>
        <source>clear the marks named (or all)</source>
        <translation>指定した印（またはすべて）を消します</translation>
    </message>
    <message>
        <source>a joint name (連名) on the same card: a given name (under the family name) or a full name &apos;FAMILY GIVEN&apos;; repeat for more</source>
        <translation>同じはがきの連名: 名（姓の下に）、または「姓 名」の氏名。複数あれば繰り返します</translation>
    </message>
    <message>
        <source>address the company or department alone (御中), not the person</source>
        <translation>個人ではなく会社や部署宛て（御中）にします</translation>
    </message>
    <message>
        <source>show or set the sender printed on the cards</source>
        <translation>はがきに印刷する差出人を表示または設定します</translation>
    </message>
    <message>
        <source>the sender&apos;s name</source>
        <translation>差出人の氏名</translation>
    </message>
    <message>
        <source>the sender&apos;s address on one line</source>
        <translation>差出人の住所（1 行）</translation>
    </message>
    <message>
        <source>the address side of postcards (100 × 148 mm) as PDF</source>
        <translation>はがき（100 × 148 mm）の宛名面を PDF で書き出します</translation>
    </message>
    <message>
        <source>move everything right by MM (remembered)</source>
        <translation>全体を MM だけ右へずらします（記憶されます）</translation>
    </message>
    <message>
        <source>move everything down by MM (remembered)</source>
        <translation>全体を MM だけ下へずらします（記憶されます）</translation>
    </message>
    <message>
        <source>one card with the postal-code boxes&apos; outlines, to hold against a real card</source>
        <translation>郵便番号枠の輪郭を描いた 1 枚（実物のはがきに重ねて確認用）</translation>
    </message>
    <message>
        <source>the left edge of the card&apos;s first sender postal-code box (default 5.7; remembered)</source>
        <translation>差出人郵便番号の最初の枠の左端（既定 5.7、記憶されます）</translation>
    </message>
    <message>
        <source>the top edge of the sender boxes (default 128.0; remembered)</source>
        <translation>差出人郵便番号枠の上端（既定 128.0、記憶されます）</translation>
    </message>
    <message>
        <source>address labels on A4 sheets (ochūgen, oseibo)</source>
        <translation>A4 用紙の宛名ラベル（お中元、お歳暮）</translation>
    </message>
    <message>
        <source>Address labels for a year&apos;s New Year list or a tag, on a maker&apos;s A4 sheet or a custom layout, horizontal or vertical, with a calibration print of the labels&apos; outlines.</source>
        <translation>その年の年賀状リストやタグの宛名ラベルを、市販の A4 ラベル用紙またはカスタムの配置で、横書きか縦書きで作ります。ラベルの輪郭を描いた位置合わせ用の印刷もできます。</translation>
    </message>
    <message>
        <source>the New Year list&apos;s cards to print</source>
        <translation>この年の年賀状リストのうち印刷するもの</translation>
    </message>
    <message>
        <source>every contact with this tag</source>
        <translation>このタグのすべての連絡先</translation>
    </message>
    <message>
        <source>vertical text (tategaki)</source>
        <translation>縦書き</translation>
    </message>
    <message>
        <source>draw every label&apos;s outline (hold the print against a sheet)</source>
        <translation>すべてのラベルの輪郭を描きます（印刷を用紙に重ねて確認します）</translation>
    </message>
    <message>
        <source>seasonal reminders (ochūgen, oseibo, nengajō, 寒中見舞い, birthdays)</source>
        <translation>季節のリマインダー（お中元、お歳暮、年賀状、寒中見舞い、誕生日）</translation>
    </message>
    <message>
        <source>The year&apos;s seasonal reminders by each contact&apos;s region (ochūgen: Kantō 1–15 July, Kansai 15 July – 15 August; oseibo 1–20 December; nengajō posting 15–25 December; 寒中見舞い for contacts in mourning from 8 January, 16 January in Kansai; birthdays). Nothing is added until you accept a reminder with --accept KEY (the key each line shows) or --accept all.</source>
        <translation>その年の季節のリマインダーを連絡先の地域ごとに表示します（お中元: 関東 7月1日〜15日、関西 7月15日〜8月15日、お歳暮 12月1日〜20日、年賀状の投函 12月15日〜25日、喪中の方への寒中見舞い 1月8日から（関西は1月16日から）、誕生日）。--accept キー（各行に表示）または --accept all で受け入れるまで、何も追加しません。</translation>
    </message>
    <message>
        <source>the calendar year (default: this year)</source>
        <translation>暦年（既定: 今年）</translation>
    </message>
    <message>
        <source>make the reminder with this key (CONTACT_ID:CUSTOM, as listed) a follow-up; repeat for more, or &apos;all&apos;</source>
        <translation>このキー（一覧に表示される 連絡先ID:種類）のリマインダーをフォローアップにします。複数あれば繰り返すか、all を指定します</translation>
    </message>
    <message>
        <source>who can introduce you to a contact or to anyone at an organisation</source>
        <translation>連絡先や組織の人を紹介してくれそうな人</translation>
    </message>
    <message>
        <source>Ranked chains from you to a contact, or to anyone now at an organisation (or in its group), strongest first: a chain is as strong as its weakest link; equal chains with fewer hops first. Each link shows its evidence.</source>
        <translation>ご自身から連絡先、または組織（そのグループを含む）に現在いる人へのつながりを、強い順に表示します。つながりの強さは最も弱い箇所で決まり、同じ強さなら段階の少ない順です。各つながりには根拠を示します。</translation>
    </message>
    <message>
        <source>an organisation (id or name) instead</source>
        <translation>代わりに組織（ID または名前）</translation>
    </message>
    <message>
        <source>1 to 3 (default 3)</source>
        <translation>1〜3（既定 3）</translation>
    </message>
    <message>
        <source>at most N chains (default 10)</source>
        <translation>最大 N 件のつながり（既定 10）</translation>
    </message>
    <message>
        <source>chains may run through archived contacts</source>
        <translation>アーカイブ済みの連絡先を経由するつながりも含めます</translation>
    </message>
    <message>
        <source>how each relationship is doing (days since, cadence, balance)</source>
        <translation>各関係の状態（経過日数、連絡の目安、貸し借り）</translation>
    </message>
    <message>
        <source>One entry per contact, most in need of attention first: days since the last contact against the cadence (planned meetings do not count), interactions per quarter over the last year, given and received, overdue promises, and a hint when the balance leans to receiving.</source>
        <translation>連絡先ごとに 1 件、注意が必要な順に表示します: 連絡の目安に対する最終連絡からの日数（予定の面談は数えません）、過去 1 年の四半期ごとのやり取り、贈った・いただいた件数、期限切れの約束、いただく方に偏っているときのヒント。</translation>
    </message>
    <message>
        <source>only those due or past their cadence, the longest lapsed first</source>
        <translation>連絡時期が来たか過ぎた人のみ、間が空いた順</translation>
    </message>
    <message>
        <source>at most N entries (1 or more)</source>
        <translation>最大 N 件（1 以上）</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>JSON 配列</translation>
    </message>
    <message>
        <source>where the road to customers runs only through one partner</source>
        <translation>顧客への道が 1 社のパートナー経由しかないところ</translation>
    </message>
    <message>
        <source>For a partner organisation (a distributor, say): the customers and people reached only through its people, the people it hangs on, the last business review, interactions per quarter and the warning signs.</source>
        <translation>パートナー組織（販売代理店など）について: その組織の人を通してしかつながらない顧客と人、依存している人、直近のビジネスレビュー、四半期ごとのやり取り、注意すべき兆候。</translation>
    </message>
    <message>
        <source>the partner organisation (id or name)</source>
        <translation>パートナー組織（ID または名前）</translation>
    </message>
    <message>
        <source>write the report as a PDF</source>
        <translation>レポートを PDF で書き出します</translation>
    </message>
    <message>
        <source>tick a warning sign (dated today, or --on)</source>
        <translation>注意すべき兆候にチェックを付けます（日付は今日、または --on）</translation>
    </message>
    <message>
        <source>the date of the ticks</source>
        <translation>チェックの日付</translation>
    </message>
    <message>
        <source>check a PDF as a print shop would (fonts, glyphs, CMYK, PDF/X)</source>
        <translation>印刷所と同じように PDF を検査します（フォント、グリフ、CMYK、PDF/X）</translation>
    </message>
    <message>
        <source>Checks a PDF as a print shop&apos;s preflight does: fonts embedded, no .notdef glyph drawn, CMYK only and no transparency, text at least 6 pt and small text solid black, images at least 300 ppi, TrimBox and BleedBox, PDF/X-1a version and OutputIntent. One line per check; exit status 1 when any fails.</source>
        <translation>印刷所のプリフライトと同じ項目で PDF を検査します: フォントの埋め込み、.notdef グリフがないこと、CMYK のみで透明なし、文字は 6 pt 以上で小さい文字はスミ 1 色、画像は 300 ppi 以上、TrimBox と BleedBox、PDF/X-1a のバージョンと OutputIntent。検査ごとに 1 行。1 つでも失敗すると終了ステータスは 1 です。</translation>
    </message>
    <message>
        <source>the findings as a JSON array</source>
        <translation>結果を JSON 配列で出力します</translation>
    </message>
    <message>
        <source>name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>family name as written (山田)</source>
        <translation>姓（表記のとおり、例: 山田）</translation>
    </message>
    <message>
        <source>given name as written (太郎)</source>
        <translation>名（表記のとおり、例: 太郎）</translation>
    </message>
    <message>
        <source>family name in kana (やまだ)</source>
        <translation>姓のよみがな（やまだ）</translation>
    </message>
    <message>
        <source>given name in kana (たろう)</source>
        <translation>名のよみがな（たろう）</translation>
    </message>
    <message>
        <source>family name in Latin letters (Yamada)</source>
        <translation>姓のローマ字（Yamada）</translation>
    </message>
    <message>
        <source>given name in Latin letters (Taro)</source>
        <translation>名のローマ字（Taro）</translation>
    </message>
    <message>
        <source>様 by default</source>
        <translation>既定は 様</translation>
    </message>
    <message>
        <source>details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>prefecture or region (東京都)</source>
        <translation>都道府県または地域（東京都）</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>an e-mail address (repeat for more)</source>
        <translation>メールアドレス（複数あれば繰り返します）</translation>
    </message>
    <message>
        <source>a phone number (repeat for more)</source>
        <translation>電話番号（複数あれば繰り返します）</translation>
    </message>
    <message>
        <source>a tag (repeat)</source>
        <translation>タグ（繰り返し可）</translation>
    </message>
    <message>
        <source>a photo (PNG, JPEG or WebP)</source>
        <translation>写真（PNG、JPEG、WebP）</translation>
    </message>
    <message>
        <source>the organisation (found by name, else made)</source>
        <translation>組織（名前で探し、なければ作成します）</translation>
    </message>
    <message>
        <source>department in Japanese (営業部)</source>
        <translation>部署（日本語、例: 営業部）</translation>
    </message>
    <message>
        <source>department in English</source>
        <translation>部署（英語）</translation>
    </message>
    <message>
        <source>title in Japanese (部長)</source>
        <translation>役職（日本語、例: 部長）</translation>
    </message>
    <message>
        <source>title in English</source>
        <translation>役職（英語）</translation>
    </message>
    <message>
        <source>when the position began (default: unknown)</source>
        <translation>就任日（既定: 不明）</translation>
    </message>
    <message>
        <source>print the contact as JSON</source>
        <translation>連絡先を JSON で出力します</translation>
    </message>
    <message>
        <source>add a contact (with company and title, from a meishi)</source>
        <translation>連絡先を追加します（名刺の会社名・役職も）</translation>
    </message>
    <message>
        <source>change a contact&apos;s fields (only those given)</source>
        <translation>連絡先の項目を変更します（指定した項目のみ）</translation>
    </message>
    <message>
        <source>add a follow-up or mark one done</source>
        <translation>フォローアップを追加、または完了にします</translation>
    </message>
    <message>
        <source>a follow-up for a contact</source>
        <translation>連絡先のフォローアップ</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>すること</translation>
    </message>
    <message>
        <source>by when (YYYY-MM-DD)</source>
        <translation>期日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>mark a follow-up done</source>
        <translation>フォローアップを完了にします</translation>
    </message>
    <message>
        <source>list open follow-ups (soonest first)</source>
        <translation>未完了のフォローアップの一覧（期日の近い順）</translation>
    </message>
    <message>
        <source>done ones too</source>
        <translation>完了したものも含めます</translation>
    </message>
    <message>
        <source>record a gift or favour given or received</source>
        <translation>贈った・いただいた贈答やお世話を記録します</translation>
    </message>
    <message>
        <source>you gave it</source>
        <translation>ご自身が贈った</translation>
    </message>
    <message>
        <source>you received it</source>
        <translation>ご自身がいただいた</translation>
    </message>
    <message>
        <source>what it was (a sake set, help with a visa…)</source>
        <translation>内容（日本酒のセット、ビザ取得の手助け…）</translation>
    </message>
    <message>
        <source>its value, a whole number (5000)</source>
        <translation>金額（整数、例: 5000）</translation>
    </message>
    <message>
        <source>three letters (default JPY)</source>
        <translation>通貨コード 3 文字（既定 JPY）</translation>
    </message>
    <message>
        <source>the date (default: today)</source>
        <translation>日付（既定: 今日）</translation>
    </message>
    <message>
        <source>another person involved (repeat)</source>
        <translation>ほかの関係者（繰り返し可）</translation>
    </message>
    <message>
        <source>record who introduced whom to whom</source>
        <translation>誰が誰を誰に紹介したかを記録します</translation>
    </message>
    <message>
        <source>who was introduced (a contact or &apos;me&apos;)</source>
        <translation>紹介された人（連絡先、または自分なら me）</translation>
    </message>
    <message>
        <source>to whom (a contact or &apos;me&apos;)</source>
        <translation>紹介先（連絡先、または自分なら me）</translation>
    </message>
    <message>
        <source>who made the introduction (default: me)</source>
        <translation>紹介した人（既定: 自分）</translation>
    </message>
    <message>
        <source>when (default: unknown)</source>
        <translation>日付（既定: 不明）</translation>
    </message>
    <message>
        <source>the context: a golf day, the chamber&apos;s party…</source>
        <translation>きっかけ: ゴルフ、商工会議所のパーティー…</translation>
    </message>
    <message>
        <source>list organisations with kind, group and people</source>
        <translation>組織の一覧（種類、グループ、人数）</translation>
    </message>
    <message>
        <source>show, edit or merge an organisation</source>
        <translation>組織の表示、編集、統合</translation>
    </message>
    <message>
        <source>an organisation with its people now and before</source>
        <translation>組織と、現在・以前の所属者</translation>
    </message>
    <message>
        <source>change an organisation&apos;s fields (only those given)</source>
        <translation>組織の項目を変更します（指定した項目のみ）</translation>
    </message>
    <message>
        <source>in kana</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>its group or parent (&apos;&apos; for none)</source>
        <translation>グループまたは親会社（なしは &apos;&apos;）</translation>
    </message>
    <message>
        <source>merge ORG into INTO-ORG (its people follow)</source>
        <translation>ORG を INTO-ORG に統合します（所属者も移ります）</translation>
    </message>
    <message>
        <source>record a transfer or promotion from a date</source>
        <translation>異動や昇進を日付とともに記録します</translation>
    </message>
    <message>
        <source>the organisation (default: the current one)</source>
        <translation>組織（既定: 現在の組織）</translation>
    </message>
    <message>
        <source>department in Japanese (default: the current one)</source>
        <translation>部署（日本語、既定: 現在の部署）</translation>
    </message>
    <message>
        <source>the new title in Japanese</source>
        <translation>新しい役職（日本語）</translation>
    </message>
    <message>
        <source>when it takes effect</source>
        <translation>発令日</translation>
    </message>
    <message>
        <source>兼務: held alongside the current position (ends nothing)</source>
        <translation>兼務: 現在の所属と兼ねます（何も終了しません）</translation>
    </message>
    <message>
        <source>remove the photo</source>
        <translation>写真を削除します</translation>
    </message>
    <message>
        <source>work</source>
        <translation>勤務先</translation>
    </message>
    <message>
        <source>current position (corrects it)</source>
        <translation>現在の所属（訂正します）</translation>
    </message>
    <message>
        <source>everything about one contact (for scripts: --json)</source>
        <translation>連絡先 1 件のすべて（スクリプト用: --json）</translation>
    </message>
    <message>
        <source>an id, an e-mail, or a name in any script matching exactly one</source>
        <translation>ID、メールアドレス、または 1 件だけに一致する氏名（どの文字でも）</translation>
    </message>
    <message>
        <source>one JSON object (UTF-8, characters as they are)</source>
        <translation>JSON オブジェクト 1 つ（UTF-8、文字はそのまま）</translation>
    </message>
    <message>
        <source>an id, or a search that matches exactly one contact (none with --meeting-id)</source>
        <translation>ID、または連絡先 1 件だけに一致する検索語（--meeting-id を指定するときは不要）</translation>
    </message>
    <message>
        <source>what it was: {0}</source>
        <translation>やり取りの種類: {0}</translation>
    </message>
</context>
<context>
    <name>dependency_report</name>
    <message>
        <source>only through them</source>
        <translation>この人経由のみ</translation>
    </message>
    <message>
        <source>you</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Partner dependency: {partner}</source>
        <translation>パートナーへの依存: {partner}</translation>
    </message>
    <message>
        <source>As of {day} · {staff} people at the partner · customer organisations only through it: {orgs} · people: {people}</source>
        <translation>{day} 現在・パートナー企業の方 {staff} 名・パートナー経由でしかつながらない顧客組織: {orgs}・人: {people}</translation>
    </message>
    <message>
        <source>Last business review</source>
        <translation>直近のビジネスレビュー</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>記録はありません。</translation>
    </message>
    <message>
        <source>Customers only through the partner</source>
        <translation>パートナー経由でしかつながりのない顧客</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>People there only through it</source>
        <translation>パートナー経由でしかつながらない人</translation>
    </message>
    <message>
        <source>Customers lost entirely</source>
        <translation>完全に失われる顧客</translation>
    </message>
    <message>
        <source>None: every customer can be reached without the partner.</source>
        <translation>ありません。どの顧客にもパートナーを介さずに連絡できます。</translation>
    </message>
    <message>
        <source>People with no organisation, only through the partner: </source>
        <translation>組織に属さず、パートナー経由でしかつながらない人: </translation>
    </message>
    <message>
        <source>The people it hangs on</source>
        <translation>関係を支えている人</translation>
    </message>
    <message>
        <source>At the partner</source>
        <translation>パートナー企業側</translation>
    </message>
    <message>
        <source>Lost entirely if they leave</source>
        <translation>その人が離れるとすべて失われる</translation>
    </message>
    <message>
        <source>One of several roads to</source>
        <translation>複数ある経路の一つ</translation>
    </message>
    <message>
        <source>No tie rests on one person at the partner.</source>
        <translation>パートナー企業の一人だけに依存している関係はありません。</translation>
    </message>
    <message>
        <source>Chart of ties</source>
        <translation>つながりの図</translation>
    </message>
    <message>
        <source>Interactions with the partner&apos;s people per quarter</source>
        <translation>パートナー企業の方々との四半期ごとのやり取り</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>注意すべき兆候</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>兆候</translation>
    </message>
    <message>
        <source>Ticked on</source>
        <translation>確認日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>dossier</name>
    <message>
        <source>{name}  (contact {id})</source>
        <translation>{name}  （ID {id}）</translation>
    </message>
    <message>
        <source>family reading</source>
        <translation>姓のよみがな</translation>
    </message>
    <message>
        <source>given reading</source>
        <translation>名のよみがな</translation>
    </message>
    <message>
        <source>family latin</source>
        <translation>姓のローマ字</translation>
    </message>
    <message>
        <source>given latin</source>
        <translation>名のローマ字</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>joint names</source>
        <translation>連名</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>呼び名</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>ミドルネーム</translation>
    </message>
    <message>
        <source>name prefix</source>
        <translation>名前の前置き</translation>
    </message>
    <message>
        <source>name suffix</source>
        <translation>名前の後置き</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>誕生日</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>記念日</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>cadence days</source>
        <translation>連絡の目安（日）</translation>
    </message>
    <message>
        <source>interests</source>
        <translation>関心事</translation>
    </message>
    <message>
        <source>how we met</source>
        <translation>知り合ったきっかけ</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>position</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>やり取り</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>贈答</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation>（現職）</translation>
    </message>
    <message>
        <source>given</source>
        <translation>贈った</translation>
    </message>
    <message>
        <source>received</source>
        <translation>いただいた</translation>
    </message>
    <message>
        <source>Exchanged meishi</source>
        <translation>名刺を交換しました</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Wrong passphrase for {path} (or it is not a Kizuna journal).</source>
        <translation>{path} のパスフレーズが違います(または Kizuna のジャーナルではありません)。</translation>
    </message>
    <message>
        <source>{path} is not a Kizuna journal: it is {kind}. Nothing in it was changed.</source>
        <translation>{path} は Kizuna のジャーナルではありません（{kind}です）。ファイルには何も変更を加えていません。</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a Kizuna journal. Nothing in it was changed; to start a new journal, choose a new file name.</source>
        <translation>{path} は空のファイルで、Kizuna のジャーナルではありません。ファイルには何も変更を加えていません。新しいジャーナルを作成するには、新しいファイル名を指定してください。</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Kizuna journal: it does not begin as a journal does. Nothing in it was changed.</source>
        <translation>{path} は破損しているか、Kizuna のジャーナルではありません（先頭がジャーナルの形式になっていません）。ファイルには何も変更を加えていません。</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>テキストファイル</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>a ZIP archive or an office document</source>
        <translation>ZIP アーカイブまたは Office 文書</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>画像ファイル</translation>
    </message>
    <message>
        <source>another kind of file</source>
        <translation>別の種類のファイル</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} を読み込めません: {reason}。</translation>
    </message>
    <message>
        <source>{path} is not encrypted (or no passphrase was given).</source>
        <translation>{path} は暗号化されていません（またはパスフレーズが指定されていません）。</translation>
    </message>
    <message>
        <source>There is no contact with id {id}.</source>
        <translation>ID {id} の連絡先はありません。</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>ファイルまたはフォルダーがありません</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>アクセスが許可されていません</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>フォルダーではありません</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>ディスクの空き容量がありません</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>読み取り専用のファイルシステムです</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>ファイルがすでにあります</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>フォルダーが空ではありません</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>ディスクの割り当て容量を超えました</translation>
    </message>
    <message>
        <source>read</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>encrypt</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>decrypt</source>
        <translation>暗号化の解除</translation>
    </message>
    <message>
        <source>import the archive into</source>
        <translation>アーカイブの取り込み</translation>
    </message>
    <message>
        <source>make the backups folder</source>
        <translation>バックアップフォルダーの作成</translation>
    </message>
    <message>
        <source>write the demo into</source>
        <translation>デモの書き込み</translation>
    </message>
    <message>
        <source>deleted or moved away</source>
        <translation>削除または移動され</translation>
    </message>
    <message>
        <source>replaced by another file</source>
        <translation>別のファイルに置き換えられ</translation>
    </message>
    <message>
        <source>objects not Kizuna&apos;s</source>
        <translation>Kizuna のものではないオブジェクト</translation>
    </message>
    <message>
        <source>month must be in 1..12</source>
        <translation>月は 1〜12 で指定してください</translation>
    </message>
    <message>
        <source>day is out of range for month</source>
        <translation>その月にない日です</translation>
    </message>
    <message>
        <source>hour must be in 0..23</source>
        <translation>時は 0〜23 で指定してください</translation>
    </message>
    <message>
        <source>minute must be in 0..59</source>
        <translation>分は 0〜59 で指定してください</translation>
    </message>
    <message>
        <source>second must be in 0..59</source>
        <translation>秒は 0〜59 で指定してください</translation>
    </message>
    <message>
        <source>year 0 is out of range</source>
        <translation>0 年は範囲外です</translation>
    </message>
    <message>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Kizuna from a desktop session, or use its commands (kizuna --help).</source>
        <translation>ウィンドウを表示する画面がありません（DISPLAY も WAYLAND_DISPLAY も設定されていません）。デスクトップのセッションから Kizuna を起動するか、コマンド（kizuna --help）をお使いください。</translation>
    </message>
    <message>
        <source>An archive is written to a file: give -o FILE.zip.</source>
        <translation>アーカイブはファイルに書き出します。-o ファイル.zip を指定してください。</translation>
    </message>
    <message>
        <source>Set KIZUNA_NEW_PASSPHRASE or run in a terminal to give a passphrase.</source>
        <translation>パスフレーズを指定するには、KIZUNA_NEW_PASSPHRASE を設定するか、端末から実行してください。</translation>
    </message>
    <message>
        <source>Use a passphrase of at least 8 characters.</source>
        <translation>パスフレーズは 8 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>2 つのパスフレーズが一致しません。何も変更していません。</translation>
    </message>
    <message>
        <source>--meeting-id takes the meeting&apos;s attendees, time, title and place: give no contacts, --meeting, --title or --place with it.</source>
        <translation>--meeting-id は面談の出席者・日時・件名・場所を使います。連絡先や --meeting、--title、--place と一緒には指定しないでください。</translation>
    </message>
    <message>
        <source>--day goes with --pdf.</source>
        <translation>--day は --pdf と一緒に指定してください。</translation>
    </message>
    <message>
        <source>--days is between 1 and 366 (was {0}).</source>
        <translation>--days は 1 から 366 の間で指定してください（指定値: {0}）。</translation>
    </message>
    <message>
        <source>Name at least one contact, or give --meeting-id.</source>
        <translation>連絡先を 1 件以上指定するか、--meeting-id を指定してください。</translation>
    </message>
    <message>
        <source>--day “{0}” is not a date: use YYYY-MM-DD.</source>
        <translation>--day 「{0}」は日付ではありません。YYYY-MM-DD の形式で指定してください。</translation>
    </message>
    <message>
        <source>{0} is already encrypted, and so are its backups.</source>
        <translation>{0} はすでに暗号化されており、バックアップも暗号化済みです。</translation>
    </message>
    <message>
        <source>{0} is encrypted but {1} of its backups are not: give its passphrase (KIZUNA_PASSPHRASE) to encrypt them.</source>
        <translation>{0} は暗号化されていますが、バックアップのうち {1} 件は暗号化されていません。暗号化するには、パスフレーズ（KIZUNA_PASSPHRASE）を指定してください。</translation>
    </message>
    <message>
        <source>{0} backups of {1} are still plain.</source>
        <translation>{1} のバックアップ {0} 件がまだ暗号化されていません。</translation>
    </message>
    <message>
        <source>No sheet {0}: {1} or custom:…</source>
        <translation>用紙 {0} はありません。{1} または custom:… を指定してください。</translation>
    </message>
    <message>
        <source>Say what to mark: --send, --sent, --received, --mourning, --skip, --joint or --onchu.</source>
        <translation>付ける印を指定してください: --send、--sent、--received、--mourning、--skip、--joint、--onchu のいずれか。</translation>
    </message>
    <message>
        <source>A custom sheet is custom:ROWS,COLS,W,H,PITCH_X,PITCH_Y,LEFT,TOP in mm, e.g. custom:6,2,86.4,42.3,86.4,42.3,18.6,21.6.</source>
        <translation>カスタム用紙は custom:行数,列数,幅,高さ,横ピッチ,縦ピッチ,左余白,上余白（mm 単位）で指定します。例: custom:6,2,86.4,42.3,86.4,42.3,18.6,21.6</translation>
    </message>
    <message>
        <source>An organisation&apos;s card has no person on it: --mourning, --joint and --onchu do not apply (it is always 御中).</source>
        <translation>組織宛ての年賀状には個人名が入らないため、--mourning、--joint、--onchu は使えません（常に御中です）。</translation>
    </message>
    <message>
        <source>“{0}” is not a date and time: write YYYY-MM-DD HH:MM (e.g. 2026-12-02 14:00).</source>
        <translation>「{0}」は日時ではありません。YYYY-MM-DD HH:MM の形式で入力してください（例: 2026-12-02 14:00）。</translation>
    </message>
    <message>
        <source>--department is for an organisation as the recipient; a contact&apos;s department comes from their position.</source>
        <translation>--department は組織宛てのときに使います。連絡先の部署は、その方の役職から取ります。</translation>
    </message>
    <message>
        <source>Give both --name and --address.</source>
        <translation>--name と --address の両方を指定してください。</translation>
    </message>
    <message>
        <source>Give --name and --address with the postal code: no sender is set yet.</source>
        <translation>差出人がまだ設定されていません。郵便番号と一緒に --name と --address を指定してください。</translation>
    </message>
    <message>
        <source>{0} is not at least 1</source>
        <translation>{0} は 1 以上ではありません</translation>
    </message>
    <message>
        <source>Name a contact, or an organisation with --org (not both).</source>
        <translation>連絡先、または --org で組織のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--max-hops takes 1, 2 or 3.</source>
        <translation>--max-hops には 1、2、3 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Both --tick and --untick name {0}: choose one.</source>
        <translation>--tick と --untick の両方に {0} が指定されています。どちらか一方にしてください。</translation>
    </message>
    <message>
        <source>{0} is not a whole number</source>
        <translation>{0} は整数ではありません</translation>
    </message>
    <message>
        <source>--on dates the ticks: give it with --tick SIGN.</source>
        <translation>--on はチェックの日付です。--tick 項目 と一緒に指定してください。</translation>
    </message>
    <message>
        <source>--on {0} is in the future: a sign is ticked when seen.</source>
        <translation>--on {0} は未来の日付です。チェックは確認した時点で付けてください。</translation>
    </message>
    <message>
        <source>--on {0}: use YYYY-MM-DD.</source>
        <translation>--on {0}: YYYY-MM-DD の形式で指定してください。</translation>
    </message>
    <message>
        <source>not the list Kizuna writes ({0})</source>
        <translation>Kizuna が書き出す形式の一覧ではありません（{0}）</translation>
    </message>
    <message>
        <source>timed items must be timezone-aware</source>
        <translation>日時にはタイムゾーンが必要です</translation>
    </message>
    <message>
        <source>not a whole date: {0}</source>
        <translation>年月日のそろった日付ではありません: {0}</translation>
    </message>
    <message>
        <source>vCard version {0} is not written; use 3.0 or 4.0</source>
        <translation>vCard バージョン {0} では書き出せません。3.0 または 4.0 をお使いください</translation>
    </message>
    <message>
        <source>Unknown organisation kind “{0}”; use one of: {1}.</source>
        <translation>「{0}」という組織の種類はありません。次のいずれかを指定してください: {1}。</translation>
    </message>
    <message>
        <source>Unknown occasion “{0}”; use one of: {1}.</source>
        <translation>「{0}」という贈答の機会はありません。次のいずれかを指定してください: {1}。</translation>
    </message>
    <message>
        <source>paper is one of {0}</source>
        <translation>用紙は {0} のいずれかです</translation>
    </message>
    <message>
        <source>Sheet {0}: rows, columns and a label larger than {1} mm are needed.</source>
        <translation>用紙 {0}: 行数・列数と、{1} mm より大きいラベルが必要です。</translation>
    </message>
    <message>
        <source>Sheet {0}: the pitch is smaller than the label.</source>
        <translation>用紙 {0}: ピッチがラベルより小さくなっています。</translation>
    </message>
    <message>
        <source>Sheet {0}: the labels run off the A4 page (right edge {1} mm, bottom {2} mm).</source>
        <translation>用紙 {0}: ラベルが A4 の用紙からはみ出します（右端 {1} mm、下端 {2} mm）。</translation>
    </message>
    <message>
        <source>a {0} × {1} mm card does not fit {2}</source>
        <translation>{0} × {1} mm の名刺は {2} に収まりません</translation>
    </message>
    <message>
        <source>paper is one of a4, letter</source>
        <translation>用紙は a4、letter のいずれかです</translation>
    </message>
    <message>
        <source>A bilingual card carries both scripts on one horizontal face; for a vertical Japanese face choose the two-sided style (Japanese front, English back).</source>
        <translation>バイリンガルの名刺は横書きの片面に両方の言語を載せます。和文を縦書きにするには、両面スタイル（表が和文、裏が英文）をお選びください。</translation>
    </message>
    <message>
        <source>{0} is one of {1}</source>
        <translation>{0} は {1} のいずれかです</translation>
    </message>
    <message>
        <source>{0} is not a readable Kizuna archive ({1}).</source>
        <translation>{0} は読み込める Kizuna アーカイブではありません（{1}）。</translation>
    </message>
    <message>
        <source>{0} already has data; an archive is imported into a new or empty journal (use --db to choose one).</source>
        <translation>{0} にはすでにデータがあります。アーカイブは新規または空のジャーナルに取り込みます（--db で指定してください）。</translation>
    </message>
    <message>
        <source>Not enough free space in {0} to import {1}: its journal is {2} MB and {3} MB are free (Kizuna keeps {4} MB free); nothing was imported.</source>
        <translation>{0} の空き容量が足りないため、{1} を取り込めません。ジャーナルは {2} MB、空き容量は {3} MB です（Kizuna は {4} MB の空きを残します）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>{0} is not a Kizuna archive (it lacks {1} or {2}).</source>
        <translation>{0} は Kizuna アーカイブではありません（{1} または {2} がありません）。</translation>
    </message>
    <message>
        <source>{0} holds a journal that is not as Kizuna makes it ({1}); it was not imported and {2} is unchanged.</source>
        <translation>{0} の中のジャーナルは Kizuna が作る形ではありません（{1}）。取り込みませんでした。{2} は変更されていません。</translation>
    </message>
    <message>
        <source>{0} holds a journal that is not as Kizuna makes it ({1}); it was not imported.</source>
        <translation>{0} の中のジャーナルは Kizuna が作る形ではありません（{1}）。取り込みませんでした。</translation>
    </message>
    <message>
        <source>The backups folder {0} is not a folder.</source>
        <translation>バックアップフォルダー {0} はフォルダーではありません。</translation>
    </message>
    <message>
        <source>The backup {0} was written but failed its check, so it was removed; the journal itself is unchanged.</source>
        <translation>バックアップ {0} は書き込まれましたが検査に失敗したため、削除しました。ジャーナル自体は変更されていません。</translation>
    </message>
    <message>
        <source>The journal {0} is damaged ({1}); no backup was made of it, so the good ones stay.</source>
        <translation>ジャーナル {0} は破損しています（{1}）。破損したジャーナルのバックアップは作成していないため、正常なバックアップはそのまま残っています。</translation>
    </message>
    <message>
        <source>The backup is the journal itself.</source>
        <translation>バックアップ先がジャーナル自体になっています。</translation>
    </message>
    <message>
        <source>{0} does not exist or is not a file: nothing was restored.</source>
        <translation>{0} が見つからないか、ファイルではありません。何も復元していません。</translation>
    </message>
    <message>
        <source>The backup {0} was written but failed its check.</source>
        <translation>バックアップ {0} は書き込まれましたが、検査に失敗しました。</translation>
    </message>
    <message>
        <source>The backup {0} is damaged and cannot be restored; the journal is unchanged.</source>
        <translation>バックアップ {0} は破損しているため復元できません。ジャーナルは変更していません。</translation>
    </message>
    <message>
        <source>{0} has problems and was not restored: {1}</source>
        <translation>{0} に問題があるため、復元しませんでした: {1}</translation>
    </message>
    <message>
        <source>A briefing is written in one of: {0} (not “{1}”).</source>
        <translation>ブリーフィングの言語は {0} のいずれかです（「{1}」ではありません）。</translation>
    </message>
    <message>
        <source>not a date or time: {0}</source>
        <translation>日付でも時刻でもありません: {0}</translation>
    </message>
    <message>
        <source>--days is between 1 and {0} (was {1}).</source>
        <translation>--days は 1 から {0} の間で指定してください（指定値: {1}）。</translation>
    </message>
    <message>
        <source>Meishi profile {0} does not exist.</source>
        <translation>名刺プロフィール {0} はありません。</translation>
    </message>
    <message>
        <source>Choose or name the organisation.</source>
        <translation>組織を選ぶか、名前を入力してください。</translation>
    </message>
    <message>
        <source>Contact {0} does not exist.</source>
        <translation>連絡先 {0} はありません。</translation>
    </message>
    <message>
        <source>{0} already has data; the demo is only written into an empty journal.</source>
        <translation>{0} にはすでにデータがあります。デモは空のジャーナルにのみ書き込みます。</translation>
    </message>
    <message>
        <source>There is no organisation with id {0}.</source>
        <translation>ID {0} の組織はありません。</translation>
    </message>
    <message>
        <source>Unknown warning sign “{0}”; use one of: {1}.</source>
        <translation>「{0}」という警告はありません。次のいずれかを指定してください: {1}。</translation>
    </message>
    <message>
        <source>{0} is in the future: a sign is ticked when it is seen.</source>
        <translation>{0} は未来の日付です。兆候のチェックは確認した時点で付けてください。</translation>
    </message>
    <message>
        <source>Unknown export format {0}; use one of {1}.</source>
        <translation>不明な書き出し形式 {0} です。{1} のいずれかをお使いください。</translation>
    </message>
    <message>
        <source>Cannot write {0}: it is a folder.</source>
        <translation>{0} に書き込めません: フォルダーです。</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation>{0} に書き込めません: {1}。</translation>
    </message>
    <message>
        <source>Follow-up {0} does not exist.</source>
        <translation>フォローアップ {0} はありません。</translation>
    </message>
    <message>
        <source>interaction times must be timezone-aware</source>
        <translation>やり取りの日時にはタイムゾーンが必要です</translation>
    </message>
    <message>
        <source>Interaction {0} does not exist.</source>
        <translation>やり取り {0} はありません。</translation>
    </message>
    <message>
        <source>{0} in its zone falls outside the years 0001-9999 in UTC.</source>
        <translation>{0}（そのタイムゾーンで）は、UTC で 0001〜9999 年の範囲外になります。</translation>
    </message>
    <message>
        <source>Introduction {0} does not exist.</source>
        <translation>紹介 {0} はありません。</translation>
    </message>
    <message>
        <source>Gift or favour {0} does not exist.</source>
        <translation>贈答・お世話の記録 {0} はありません。</translation>
    </message>
    <message>
        <source>Name a contact (an id, an e-mail address or a name).</source>
        <translation>連絡先を指定してください（ID、メールアドレス、または氏名）。</translation>
    </message>
    <message>
        <source>“me” is you, not a contact: name the contact (an id, an e-mail address or a name).</source>
        <translation>「me」はご自身のことで、連絡先ではありません。連絡先を指定してください（ID、メールアドレス、または氏名）。</translation>
    </message>
    <message>
        <source>No contact has the e-mail address {0}.</source>
        <translation>メールアドレス {0} の連絡先はありません。</translation>
    </message>
    <message>
        <source>now must be timezone-aware</source>
        <translation>現在時刻にはタイムゾーンが必要です</translation>
    </message>
    <message>
        <source>There is no meeting with id {0}.</source>
        <translation>ID {0} の面談はありません。</translation>
    </message>
    <message>
        <source>There is no unmatched attendee with id {0}.</source>
        <translation>ID {0} の未照合の出席者はいません。</translation>
    </message>
    <message>
        <source>Meeting {0} has no attendee among your contacts: match one first.</source>
        <translation>面談 {0} には連絡先の出席者がいません。先に照合してください。</translation>
    </message>
    <message>
        <source>There are no meetings on {0}.</source>
        <translation>{0} の面談はありません。</translation>
    </message>
    <message>
        <source>“{0}” matches several meishi profiles ({1}); give its id.</source>
        <translation>「{0}」に当てはまる名刺プロフィールが複数あります（{1}）。ID を指定してください。</translation>
    </message>
    <message>
        <source>No meishi profile matches “{0}”.</source>
        <translation>「{0}」に当てはまる名刺プロフィールはありません。</translation>
    </message>
    <message>
        <source>A profile named “{0}” already exists.</source>
        <translation>「{0}」という名前のプロフィールはすでにあります。</translation>
    </message>
    <message>
        <source>Contact {0} no longer exists.</source>
        <translation>連絡先 {0} はもうありません。</translation>
    </message>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation>統合する連絡先を 2 件、別々に選んでください。</translation>
    </message>
    <message>
        <source>{0} is not a year to send New Year cards for.</source>
        <translation>{0} は年賀状を送る年として指定できません。</translation>
    </message>
    <message>
        <source>{0} is not a postal code of seven digits (NNN-NNNN).</source>
        <translation>{0} は 7 桁の郵便番号（NNN-NNNN）ではありません。</translation>
    </message>
    <message>
        <source>No contact {0}.</source>
        <translation>連絡先 {0} はありません。</translation>
    </message>
    <message>
        <source>A card cannot be both sent (or to send) and withheld for mourning (喪中) in one year; clear one of the marks first.</source>
        <translation>同じ年に「送付（予定）」と「喪中のため控える」の両方の印は付けられません。先にどちらかの印を消してください。</translation>
    </message>
    <message>
        <source>No organisation {0}.</source>
        <translation>組織「{0}」はありません。</translation>
    </message>
    <message>
        <source>{0} {1} mm is off the card.</source>
        <translation>{0} {1} mm ははがきの外になります。</translation>
    </message>
    <message>
        <source>give a contact or an organisation</source>
        <translation>連絡先または組織を指定してください</translation>
    </message>
    <message>
        <source>There is no contact with id {0}.</source>
        <translation>ID {0} の連絡先はありません。</translation>
    </message>
    <message>
        <source>Paths have 1 to 3 hops.</source>
        <translation>つながりの段階は 1〜3 です。</translation>
    </message>
    <message>
        <source>Organisation {0} does not exist.</source>
        <translation>組織 {0} はありません。</translation>
    </message>
    <message>
        <source>Name an organisation (an id or a name).</source>
        <translation>組織を指定してください（ID または名称）。</translation>
    </message>
    <message>
        <source>No organisation matches “{0}”.</source>
        <translation>「{0}」に当てはまる組織はありません。</translation>
    </message>
    <message>
        <source>Name the organisation.</source>
        <translation>組織の名前を入力してください。</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation>組織をそれ自身に統合することはできません。</translation>
    </message>
    <message>
        <source>{0} is still in {1} position(s); move or delete them first.</source>
        <translation>{0} にはまだ所属が {1} 件あります。先に移すか削除してください。</translation>
    </message>
    <message>
        <source>The merged organisation&apos;s id is in use again; cannot undo the merge.</source>
        <translation>統合した組織の ID がすでに別の組織で使われているため、統合を元に戻せません。</translation>
    </message>
    <message>
        <source>The photo is larger than {0} MB.</source>
        <translation>写真が {0} MB を超えています。</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or WebP image that can be read.</source>
        <translation>このファイルは読み込める PNG、JPEG、WebP の画像ではありません。</translation>
    </message>
    <message>
        <source>A photo must be PNG, JPEG or WebP, not {0}.</source>
        <translation>写真は PNG、JPEG、WebP のいずれかにしてください（{0} は使えません）。</translation>
    </message>
    <message>
        <source>Position {0} does not exist.</source>
        <translation>所属 {0} はありません。</translation>
    </message>
    <message>
        <source>A transfer needs the date it takes effect.</source>
        <translation>異動には発令日が必要です。</translation>
    </message>
    <message>
        <source>It starts before the current position, {0}. Give it an end date, or mark it 兼務 (concurrent) if both are held at once.</source>
        <translation>現在の所属（{0}）より前に始まっています。終了日を入力するか、同時に務める場合は兼務にしてください。</translation>
    </message>
    <message>
        <source>It overlaps {0}. Change the dates, or mark it 兼務 (concurrent) if both are held at once.</source>
        <translation>{0} と期間が重なっています。日付を変更するか、同時に務める場合は兼務にしてください。</translation>
    </message>
    <message>
        <source>The transfer date {0} is not after the start of the current position, {1}. Edit that position instead, or mark the new one 兼務 (concurrent).</source>
        <translation>異動日 {0} が現在の所属（{1}）の開始より後になっていません。その所属を編集するか、新しい所属を兼務にしてください。</translation>
    </message>
    <message>
        <source>No contact matches “{0}”.</source>
        <translation>「{0}」に当てはまる連絡先はありません。</translation>
    </message>
    <message>
        <source>Tag {0} does not exist.</source>
        <translation>タグ {0} はありません。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>タグには名前が必要です。</translation>
    </message>
    <message>
        <source>{0} = {1} is not a valid preference</source>
        <translation>{0} = {1} は有効な設定値ではありません</translation>
    </message>
    <message>
        <source>Cannot convert {0}: {1}</source>
        <translation>{0} を変換できません: {1}</translation>
    </message>
    <message>
        <source>Cannot start the backup {0}: {1}</source>
        <translation>バックアップ {0} を開始できません: {1}</translation>
    </message>
    <message>
        <source>Cannot write the backup {0}: {1}</source>
        <translation>バックアップ {0} を書き込めません: {1}</translation>
    </message>
    <message>
        <source>The journal {0} is closed.</source>
        <translation>ジャーナル {0} は閉じられています。</translation>
    </message>
    <message>
        <source>insert_many into {0}: give {1}</source>
        <translation>{0} への insert_many: {1} を指定してください</translation>
    </message>
    <message>
        <source>The journal {0} is damaged: its first page, which says what the file is, cannot be read.</source>
        <translation>ジャーナル {0} は破損しています（ファイルの種類を示す先頭のページが読み取れません）。</translation>
    </message>
    <message>
        <source>{0} is not a Kizuna journal: it is not an SQLite database. If it is an encrypted journal, open it with its passphrase; otherwise it may be damaged or another kind of file.</source>
        <translation>{0} は Kizuna のジャーナルではありません（SQLite データベースではありません）。暗号化されたジャーナルであれば、パスフレーズを指定して開いてください。そうでなければ、破損しているか、別の種類のファイルの可能性があります。</translation>
    </message>
    <message>
        <source>{0} is an SQLite database but not a Kizuna journal (it has other tables).</source>
        <translation>{0} は SQLite データベースですが、Kizuna のジャーナルではありません（別のテーブルがあります）。</translation>
    </message>
    <message>
        <source>The journal {0} was written by a newer version of Kizuna Desktop (schema {1}); update the app to open it.</source>
        <translation>ジャーナル {0} は新しいバージョンの Kizuna Desktop で書き込まれています（スキーマ {1}）。開くにはアプリを更新してください。</translation>
    </message>
    <message>
        <source>This window shows {0} read-only: it is open in another window. Nothing was saved.</source>
        <translation>このウィンドウでは {0} を読み取り専用で表示しています（別のウィンドウで開かれています）。何も保存していません。</translation>
    </message>
    <message>
        <source>The journal {0} was {1} after it was opened here. Nothing more is written into the old file: use File &gt; Save a copy as… to keep what this window shows, then open the journal again.</source>
        <translation>ジャーナル {0} は、ここで開いた後に{1}ました。以前のファイルにはこれ以上書き込みません。このウィンドウの内容を残すには「ファイル &gt; コピーを保存…」をお使いになり、その後ジャーナルを開き直してください。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a journal file.</source>
        <translation>{0} はフォルダーで、ジャーナルのファイルではありません。</translation>
    </message>
    <message>
        <source>There is no journal at {0}.</source>
        <translation>{0} にジャーナルはありません。</translation>
    </message>
    <message>
        <source>The journal {0} cannot be opened ({1}).</source>
        <translation>ジャーナル {0} を開けません（{1}）。</translation>
    </message>
    <message>
        <source>The journal {0} is damaged and cannot be opened ({1}).</source>
        <translation>ジャーナル {0} は破損しているため開けません（{1}）。</translation>
    </message>
    <message>
        <source>Cannot {0} {1}: {2}.</source>
        <translation>{1} の{0}ができません: {2}。</translation>
    </message>
    <message>
        <source>The journal {0} is damaged (SQLite reports {1}).</source>
        <translation>ジャーナル {0} は破損しています（SQLite の報告: {1}）。</translation>
    </message>
    <message>
        <source>The disk holding {0} is full: nothing was saved. Free some space and try again.</source>
        <translation>{0} のあるディスクがいっぱいです。何も保存していません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The journal {0} is busy: another program is writing to it. Nothing was saved; try again in a moment.</source>
        <translation>ジャーナル {0} は使用中です（別のプログラムが書き込んでいます）。何も保存していません。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The folder of the journal {0} is gone (moved, deleted or a removed drive). Nothing was saved.</source>
        <translation>ジャーナル {0} のフォルダーが見つかりません（移動・削除されたか、ドライブが取り外されました）。何も保存していません。</translation>
    </message>
    <message>
        <source>The journal {0} cannot be written (a read-only file, folder or drive). Nothing was saved.</source>
        <translation>ジャーナル {0} に書き込めません（読み取り専用のファイル、フォルダー、またはドライブです）。何も保存していません。</translation>
    </message>
    <message>
        <source>The journal {0} cannot be read or written: the drive reported an error ({1}). The journal was not changed; check the drive and try again.</source>
        <translation>ジャーナル {0} の読み書きができません。ドライブがエラーを報告しました（{1}）。ジャーナルは変更されていません。ドライブを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk holding {0} is full: cannot {1} it. Free some space and try again.</source>
        <translation>{0} のあるディスクがいっぱいのため、{1}ができません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{0} cannot be written (a read-only file, folder or drive): cannot {1} it.</source>
        <translation>{0} に書き込めないため（読み取り専用のファイル、フォルダー、またはドライブ）、{1}ができません。</translation>
    </message>
    <message>
        <source>The folder of {0} does not exist (moved, deleted or a removed drive): cannot {1} it.</source>
        <translation>{0} のフォルダーがないため（移動・削除されたか、ドライブが取り外されました）、{1}ができません。</translation>
    </message>
    <message>
        <source>The journal {0} is being locked by another process; try again.</source>
        <translation>ジャーナル {0} は別のプロセスがロックしています。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot {0} {1}: it is open in {2}; close it there first.</source>
        <translation>{1} は {2} で開かれているため、{0}ができません。先にそちらで閉じてください。</translation>
    </message>
    <message>
        <source>The journal {0} is in use by {1}; close it there first.</source>
        <translation>ジャーナル {0} は {1} で使用中です。先にそちらで閉じてください。</translation>
    </message>
    <message>
        <source>“{0}” could be {1}: give the zone&apos;s name.</source>
        <translation>「{0}」は {1} のいずれとも取れます。タイムゾーン名で指定してください。</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone (an IANA name such as Asia/Tokyo).</source>
        <translation>「{0}」はタイムゾーンではありません（Asia/Tokyo のような IANA 名で指定してください）。</translation>
    </message>
    <message>
        <source>instants must be timezone-aware</source>
        <translation>日時にはタイムゾーンが必要です</translation>
    </message>
    <message>
        <source>“{0}” is not a UTC offset (from -14:00 to +14:00).</source>
        <translation>「{0}」は UTC からの時差（-14:00 から +14:00）ではありません。</translation>
    </message>
    <message>
        <source>“{0}” is not a time: write YYYY-MM-DD HH:MM, optionally with a zone (JST, Asia/Tokyo) or an offset (+09:00).</source>
        <translation>「{0}」は日時ではありません。YYYY-MM-DD HH:MM の形式で、必要であればタイムゾーン（JST、Asia/Tokyo）または時差（+09:00）を添えて入力してください。</translation>
    </message>
    <message>
        <source>“{0}”: the year must have four digits, 0001 to 9999.</source>
        <translation>「{0}」: 年は 0001 から 9999 までの 4 桁で入力してください。</translation>
    </message>
    <message>
        <source>“{0}” names {1} but the zone given is {2}.</source>
        <translation>「{0}」は {1} を示していますが、指定されたタイムゾーンは {2} です。</translation>
    </message>
    <message>
        <source>“{0}” is not a real date and time ({1}).</source>
        <translation>「{0}」は存在しない日時です（{1}）。</translation>
    </message>
    <message>
        <source>“{0}”: {1} is not at {2} then (it is at {3}): give the offset or the zone, not both.</source>
        <translation>「{0}」: その時点の {1} は {2} ではありません（{3} です）。時差かタイムゾーンのどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>{0} “{1}” was not done: what it would put back was changed since (in another window, by a script or an import), and doing it would write over that change.</source>
        <translation>{0}「{1}」は実行しませんでした。元に戻す内容がその後（別のウィンドウ、スクリプト、または取り込みで）変更されており、実行するとその変更を上書きしてしまうためです。</translation>
    </message>
    <message>
        <source>{name}: cannot tell what kind of file this is; give --format vcard, csv, linkedin, cards or archive.</source>
        <translation>{name}: ファイルの種類を判別できません。--format で vcard、csv、linkedin、cards、archive のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>{name} is {size} MB; files over {limit} MB are not imported.</source>
        <translation>{name} は {size} MB です。{limit} MB を超えるファイルは取り込みません。</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a Kizuna archive (it holds no journal and manifest.json as Kizuna writes them); nothing was imported.</source>
        <translation>{name} は zip ファイルですが、Kizuna アーカイブではありません（Kizuna が書き出すジャーナルと manifest.json が含まれていません）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>{format} is not a contacts format.</source>
        <translation>{format} は連絡先の形式ではありません。</translation>
    </message>
    <message>
        <source>The journal is busy: another program (an import, or a window saving) is writing to it. Nothing was imported; try again when it is done.</source>
        <translation>ジャーナルは使用中です。別のプログラム（取り込み中、または保存中のウィンドウ）が書き込んでいます。何も取り込んでいません。終わってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The journal is busy: another program is writing to it. Nothing was imported; try again when it is done.</source>
        <translation>ジャーナルは使用中です。別のプログラムが書き込んでいます。何も取り込んでいません。終わってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>取り込みを取り消しました。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The PDF fails the print checks:
  {failures}</source>
        <translation>この PDF は印刷前の検査に合格しません:
  {failures}</translation>
    </message>
    <message>
        <source>“{spec}” matches {total} contacts; give an id or a narrower search:</source>
        <translation>「{spec}」に当てはまる連絡先が {total} 件あります。ID を指定するか、検索語を絞り込んでください:</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>…ほか {n} 件</translation>
    </message>
    <message>
        <source>The journal {path} is not as Kizuna makes it: {shown}. Restore a backup of it.</source>
        <translation>ジャーナル {path} は Kizuna が作成したとおりの形ではありません: {shown}。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The journal {path} is not as Kizuna makes it: {shown}. Run: kizuna check --repair (it backs the journal up first), or restore a backup.</source>
        <translation>ジャーナル {path} は Kizuna が作成したとおりの形ではありません: {shown}。kizuna check --repair を実行するか（先にジャーナルをバックアップします）、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>unknown {type} “{name}” (not made by Kizuna)</source>
        <translation>Kizuna が作成していない{type}「{name}」</translation>
    </message>
    <message>
        <source>missing {type} “{name}”</source>
        <translation>{type}「{name}」がありません</translation>
    </message>
    <message>
        <source>{type} “{name}” differs from Kizuna&apos;s</source>
        <translation>{type}「{name}」が Kizuna のものと異なります</translation>
    </message>
    <message>
        <source>table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>view</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>A card cannot be both to send and not to send in one year; give one of --send and --skip.</source>
        <translation>同じ年の年賀状を「送る」と「送らない」の両方にはできません。--send と --skip のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>A card cannot be both To send and Do not send in one year; choose one of the two.</source>
        <translation>1 年のうちに「送付予定」と「今年は送らない」の両方にはできません。どちらか一方を選んでください。</translation>
    </message>
    <message>
        <source>A card already sent cannot be marked not to send; clear --sent first.</source>
        <translation>送付済みの年賀状は「送らない」にできません。先に --sent を解除してください。</translation>
    </message>
    <message>
        <source>A card already sent cannot be marked Do not send; unmark Sent first (the Sent button, or S in the list).</source>
        <translation>送付済みのはがきは「今年は送らない」にできません。先に「送付済み」を外してください（「送付済み」ボタン、または一覧で S）。</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>value</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>ジャーナル</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <source>contact detail</source>
        <translation>連絡先の項目</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住所</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Kept as text</source>
        <translation>テキストとして保存</translation>
    </message>
    <message>
        <source>Not imported (no field for it)</source>
        <translation>取り込まない項目（対応する欄がありません）</translation>
    </message>
    <message>
        <source>Possible duplicates (kept apart)</source>
        <translation>重複の可能性（別々に保存）</translation>
    </message>
    <message>
        <source>Conflicts (the journal&apos;s value kept, the file&apos;s added to notes)</source>
        <translation>値の食い違い（ジャーナルの値を残し、ファイルの値はメモに追加）</translation>
    </message>
    <message>
        <source>{n} left out</source>
        <translation>除外 {n} 件</translation>
    </message>
    <message>
        <source>{n} kept as text</source>
        <translation>テキストとして保存 {n} 件</translation>
    </message>
    <message>
        <source>{n} not imported</source>
        <translation>取り込まない項目 {n} 件</translation>
    </message>
    <message>
        <source>{n} possible duplicates</source>
        <translation>重複の可能性 {n} 件</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>値の食い違い {n} 件</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>…ほか {n} 件</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>photo left out: {why}</source>
        <translation>写真を除外しました: {why}</translation>
    </message>
    <message>
        <source>reading “{reading}” is not kana; left out</source>
        <translation>読み「{reading}」がかなではないため、除外しました</translation>
    </message>
    <message>
        <source>no name in the file; named by its reading</source>
        <translation>ファイルに氏名がないため、読みを氏名にしました</translation>
    </message>
    <message>
        <source>no name in the file; named after its nickname</source>
        <translation>ファイルに氏名がないため、ニックネームを氏名にしました</translation>
    </message>
    <message>
        <source>no name in the file; named after its organisation</source>
        <translation>ファイルに氏名がないため、所属先の名前を氏名にしました</translation>
    </message>
    <message>
        <source>no name in the file; named after its e-mail</source>
        <translation>ファイルに氏名がないため、メールアドレスを氏名にしました</translation>
    </message>
    <message>
        <source>no name in the file; named after its phone</source>
        <translation>ファイルに氏名がないため、電話番号を氏名にしました</translation>
    </message>
    <message>
        <source>title “{title}” has no organisation; kept in notes</source>
        <translation>役職「{title}」に所属先がないため、メモに残しました</translation>
    </message>
    <message>
        <source>e-mail “{value}” is not an e-mail address; kept in notes</source>
        <translation>メールアドレス「{value}」がメールアドレスではないため、メモに残しました</translation>
    </message>
    <message>
        <source>phone “{value}” is written in letters; kept as {number}</source>
        <translation>電話番号「{value}」は英字で書かれているため、{number} として残しました</translation>
    </message>
    <message>
        <source>phone “{value}” is an e-mail address (a pager&apos;s); kept as an e-mail</source>
        <translation>電話番号「{value}」は（ポケベルの）メールアドレスのため、メールアドレスとして残しました</translation>
    </message>
    <message>
        <source>phone “{value}” is not a phone number; kept in notes</source>
        <translation>電話番号「{value}」が電話番号ではないため、メモに残しました</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>family name reading</source>
        <translation>姓の読み</translation>
    </message>
    <message>
        <source>given name reading</source>
        <translation>名の読み</translation>
    </message>
    <message>
        <source>family name in Latin letters</source>
        <translation>姓（ローマ字）</translation>
    </message>
    <message>
        <source>given name in Latin letters</source>
        <translation>名（ローマ字）</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>ミドルネーム</translation>
    </message>
    <message>
        <source>name prefix</source>
        <translation>名前の前の肩書き</translation>
    </message>
    <message>
        <source>name suffix</source>
        <translation>名前の後の称号</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>interests</source>
        <translation>関心事</translation>
    </message>
    <message>
        <source>how we met</source>
        <translation>出会いのきっかけ</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>所属先</translation>
    </message>
    <message>
        <source>organisation (English)</source>
        <translation>所属先（英語）</translation>
    </message>
    <message>
        <source>organisation reading</source>
        <translation>所属先の読み</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>department (English)</source>
        <translation>部署（英語）</translation>
    </message>
    <message>
        <source>title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>title (English)</source>
        <translation>役職（英語）</translation>
    </message>
    <message>
        <source> of past position {n}</source>
        <translation>（過去の所属 {n}）</translation>
    </message>
    <message>
        <source>{what}{where} “{value}”: too long ({n} characters; at most {limit}). Left out.</source>
        <translation>{what}{where}「{value}」: 長すぎます（{n} 文字、上限は {limit} 文字）。除外しました。</translation>
    </message>
    <message>
        <source>{label}: {why} Not imported.</source>
        <translation>{label}: {why}取り込みませんでした。</translation>
    </message>
    <message>
        <source>{label}: {field}{value}: {why} Left out.</source>
        <translation>{label}: {field}{value}: {why}除外しました。</translation>
    </message>
    <message>
        <source>same name and e-mail</source>
        <translation>氏名とメールアドレスが一致</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>氏名と所属先が一致</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>氏名と電話番号が一致</translation>
    </message>
    <message>
        <source>organisation card {label}: {emails} e-mail(s) and {phones} phone(s) kept in the organisation&apos;s notes (an organisation has no e-mail or phone of its own)</source>
        <translation>組織のカード {label}: メールアドレス {emails} 件と電話番号 {phones} 件を組織のメモに残しました（組織にはメールアドレスと電話番号の欄がありません）</translation>
    </message>
    <message>
        <source>organisation card {label}: {emails} e-mail(s) kept in the organisation&apos;s notes (an organisation has no e-mail or phone of its own)</source>
        <translation>組織のカード {label}: メールアドレス {emails} 件を組織のメモに残しました（組織にはメールアドレスと電話番号の欄がありません）</translation>
    </message>
    <message>
        <source>organisation card {label}: {phones} phone(s) kept in the organisation&apos;s notes (an organisation has no e-mail or phone of its own)</source>
        <translation>組織のカード {label}: 電話番号 {phones} 件を組織のメモに残しました（組織にはメールアドレスと電話番号の欄がありません）</translation>
    </message>
    <message>
        <source>family reading</source>
        <translation>姓の読み</translation>
    </message>
    <message>
        <source>given reading</source>
        <translation>名の読み</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>誕生日</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>記念日</translation>
    </message>
    <message>
        <source>title at {organization}</source>
        <translation>{organization}での役職</translation>
    </message>
    <message>
        <source>department at {organization}</source>
        <translation>{organization}での部署</translation>
    </message>
    <message>
        <source>{label}: {what}: the journal has “{mine}”, the file “{theirs}”; the journal&apos;s kept, the file&apos;s added to notes</source>
        <translation>{label}: {what}: ジャーナルでは「{mine}」、ファイルでは「{theirs}」です。ジャーナルの値を残し、ファイルの値はメモに追加しました</translation>
    </message>
    <message>
        <source>same e-mail, and the same name in another script</source>
        <translation>メールアドレスが一致し、別の表記の氏名も一致</translation>
    </message>
    <message>
        <source>same name; nothing new</source>
        <translation>氏名が一致（新しい情報なし）</translation>
    </message>
    <message>
        <source>the same record</source>
        <translation>同じレコード</translation>
    </message>
    <message>
        <source>{why}, as the record on line {line}</source>
        <translation>{why}（{line} 行目のレコードと同一）</translation>
    </message>
    <message>
        <source>{label}: the same name as contact {ids} but no e-mail, phone or organisation in common; kept apart (merge by hand if they are one person)</source>
        <translation>{label}: 連絡先 {ids} と同じ氏名ですが、共通のメールアドレス・電話番号・所属先がありません。別々に保存します（同一人物であれば手動で統合してください）</translation>
    </message>
    <message>
        <source>{label}: the same name as the record on line {lines} but no e-mail, phone or organisation in common; both kept (merge by hand if they are one person)</source>
        <translation>{label}: {lines} 行目のレコードと同じ氏名ですが、共通のメールアドレス・電話番号・所属先がありません。両方とも保存します（同一人物であれば手動で統合してください）</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8（BOM 付き）</translation>
    </message>
    <message>
        <source>UTF-16 (with BOM)</source>
        <translation>UTF-16（BOM 付き）</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16（リトルエンディアン）</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16（ビッグエンディアン）</translation>
    </message>
    <message>
        <source>Shift_JIS (Windows, as Excel in Japan writes)</source>
        <translation>Shift_JIS（Windows、日本語版 Excel の形式）</translation>
    </message>
    <message>
        <source>ISO-2022-JP (JIS)</source>
        <translation>ISO-2022-JP（JIS）</translation>
    </message>
    <message>
        <source>Western (Windows-1252)</source>
        <translation>西欧（Windows-1252）</translation>
    </message>
    <message>
        <source>Western (ISO-8859-1)</source>
        <translation>西欧（ISO-8859-1）</translation>
    </message>
    <message>
        <source>Western (ISO-8859-15)</source>
        <translation>西欧（ISO-8859-15）</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>中欧（Windows-1250）</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>キリル文字（Windows-1251）</translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5)</source>
        <translation>繁体字中国語（Big5）</translation>
    </message>
    <message>
        <source>Simplified Chinese (GB18030)</source>
        <translation>簡体字中国語（GB18030）</translation>
    </message>
    <message>
        <source>Korean (EUC-KR)</source>
        <translation>韓国語（EUC-KR）</translation>
    </message>
    <message>
        <source>Korean (Windows-949)</source>
        <translation>韓国語（Windows-949）</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>work</source>
        <translation>勤務先</translation>
    </message>
    <message>
        <source>home</source>
        <translation>自宅</translation>
    </message>
    <message>
        <source>office</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>携帯</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>携帯</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>private</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>business</source>
        <translation>仕事</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>line</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>{0}: an address abroad in Latin letters, printed horizontally on the vertical sheet</source>
        <translation>{0}: 海外のローマ字の住所のため、縦書きのシートでも横書きで印刷しました</translation>
    </message>
    <message>
        <source>{0}: an address in Latin letters, printed horizontally on the vertical sheet</source>
        <translation>{0}: ローマ字の住所のため、縦書きのシートでも横書きで印刷しました</translation>
    </message>
    <message>
        <source>{0}: written {1} (an address abroad: no 様)</source>
        <translation>{0}: 「{1}」と印刷しました（海外の住所のため 様 は付けません）</translation>
    </message>
    <message>
        <source>{0}: no address</source>
        <translation>{0} 様: 住所がありません</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d}日{h}時間</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d}日</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}時間{m}分</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h}時間</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m}分</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>The journal {path} is damaged; restore the newest good backup from {when}?</source>
        <translation>ジャーナル {path} は破損しています。{when} の最新の正常なバックアップから復元しますか？</translation>
    </message>
    <message>
        <source>The journal {path} is damaged, and it has no good backup.</source>
        <translation>ジャーナル {path} は破損しており、正常なバックアップがありません。</translation>
    </message>
    <message>
        <source>The journal is open in {holder}; this window shows it read-only until that one closes it.</source>
        <translation>このジャーナルは {holder} で開かれています。そちらが閉じるまで、このウィンドウでは読み取り専用で表示します。</translation>
    </message>
    <message>
        <source> Run: kizuna restore &apos;{path}&apos;</source>
        <translation> 復元するには、次のコマンドを実行してください: kizuna restore &apos;{path}&apos;</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Japanese</source>
        <translation>和文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation>和英併記</translation>
    </message>
    <message>
        <source>Japanese (vertical)</source>
        <translation>和文（縦書き）</translation>
    </message>
    <message>
        <source>{0} face · proof</source>
        <translation>{0}面・校正刷り</translation>
    </message>
    <message>
        <source>{0} × {1} mm, bleed 3 mm</source>
        <translation>{0} × {1} mm、塗り足し 3 mm</translation>
    </message>
    <message>
        <source>{0}: the address is in Latin letters, printed horizontally</source>
        <translation>{0}: ローマ字の住所のため、横書きで印刷しました</translation>
    </message>
    <message>
        <source>{0}: an address abroad, printed horizontally in Latin letters (the red boxes stay empty; a card abroad needs international postage)</source>
        <translation>{0}: 海外の住所のため、ローマ字で横書きに印刷しました（郵便番号の赤枠は空欄です。海外へは国際郵便の料金が必要です）</translation>
    </message>
    <message>
        <source>{0}: written {1} (an address abroad: no 様)</source>
        <translation>{0}: 「{1}」と印刷しました（海外の住所のため 様 は付けません）</translation>
    </message>
</context>
<context>
    <name>positions</name>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
</context>
<context>
    <name>preflight</name>
    <message>
        <source>ok  </source>
        <translation>合格  </translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>pdfx</source>
        <translation>PDF/X</translation>
    </message>
    <message>
        <source>trapped</source>
        <translation>トラッピング</translation>
    </message>
    <message>
        <source>output intent</source>
        <translation>出力インテント</translation>
    </message>
    <message>
        <source>boxes</source>
        <translation>仕上がり枠・裁ち落とし枠</translation>
    </message>
    <message>
        <source>fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <source>glyphs</source>
        <translation>グリフ</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>transparency</source>
        <translation>透明効果</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <source>black text</source>
        <translation>黒文字</translation>
    </message>
    <message>
        <source>images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>{n} ページ</translation>
    </message>
    <message>
        <source>{where}: colour space {space}</source>
        <translation>{where}: 色空間 {space}</translation>
    </message>
    <message>
        <source>{where}: soft mask in a graphics state</source>
        <translation>{where}: グラフィックステートにソフトマスクがあります</translation>
    </message>
    <message>
        <source>{where}: blend mode {mode}</source>
        <translation>{where}: 描画モード {mode}</translation>
    </message>
    <message>
        <source>{where}: transparency group</source>
        <translation>{where}: 透明グループがあります</translation>
    </message>
    <message>
        <source>{where}: {size} pt in {font}</source>
        <translation>{where}: {font} の {size} pt の文字</translation>
    </message>
    <message>
        <source>{where}: {size} pt text in {colour}</source>
        <translation>{where}: {size} pt の文字の色が {colour} です</translation>
    </message>
    <message>
        <source>{where}: code {code} in {font} draws .notdef</source>
        <translation>{where}: {font} のコード {code} が .notdef（欠けた文字の箱）になります</translation>
    </message>
    <message>
        <source>{where}: image {w}×{h} px in {space}</source>
        <translation>{where}: {w}×{h} px の画像が {space} です</translation>
    </message>
    <message>
        <source>{where}: image with a soft mask</source>
        <translation>{where}: ソフトマスク付きの画像があります</translation>
    </message>
    <message>
        <source>{where}: image {w}×{h} px at {mw}×{mh} mm = {ppi} ppi</source>
        <translation>{where}: {w}×{h} px の画像を {mw}×{mh} mm で配置（{ppi} ppi）</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation>（ほか {n} 件）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>not a PDF: the file does not start with a PDF header (%PDF-); export the PDF again</source>
        <translation>PDF ではありません: ファイルが PDF のヘッダー（%PDF-）で始まっていません。PDF を書き出し直してください</translation>
    </message>
    <message>
        <source>damaged PDF: it cannot be read ({reason}); export it again</source>
        <translation>破損した PDF です: 読み込めません（{reason}）。書き出し直してください</translation>
    </message>
    <message>
        <source>no %%EOF at its end</source>
        <translation>末尾に %%EOF がありません</translation>
    </message>
    <message>
        <source>damaged PDF: truncated or broken ({why}); what follows was read from a repaired copy. Export it again</source>
        <translation>破損した PDF です: 途中で切れているか壊れています（{why}）。以下は修復したコピーから読み取った結果です。書き出し直してください</translation>
    </message>
    <message>
        <source>; PDF/X-1a:2001 needs PDF 1.3</source>
        <translation>（PDF/X-1a:2001 には PDF 1.3 が必要です）</translation>
    </message>
    <message>
        <source> (PDF/X-1a:2001 is version PDF/X-1:2001 with conformance PDF/X-1a:2001)</source>
        <translation>（PDF/X-1a:2001 は、バージョン PDF/X-1:2001 と準拠レベル PDF/X-1a:2001 の組み合わせです）</translation>
    </message>
    <message>
        <source>no GTS_PDFXVersion in Info</source>
        <translation>Info に GTS_PDFXVersion がありません</translation>
    </message>
    <message>
        <source>no Trapped key in Info</source>
        <translation>Info に Trapped キーがありません</translation>
    </message>
    <message>
        <source>no GTS_PDFX OutputIntent</source>
        <translation>GTS_PDFX の OutputIntent（出力インテント）がありません</translation>
    </message>
    <message>
        <source>no OutputConditionIdentifier</source>
        <translation>OutputConditionIdentifier がありません</translation>
    </message>
    <message>
        <source>, profile embedded</source>
        <translation>、プロフィール埋め込み済み</translation>
    </message>
    <message>
        <source>page {n}: no TrimBox</source>
        <translation>{n} ページ: TrimBox（仕上がり枠）がありません</translation>
    </message>
    <message>
        <source>page {n}: TrimBox {trim} not inside BleedBox {bleed} inside MediaBox {media}</source>
        <translation>{n} ページ: TrimBox {trim} が BleedBox {bleed}、MediaBox {media} の内側に収まっていません</translation>
    </message>
    <message>
        <source>page {n}: no BleedBox</source>
        <translation>{n} ページ: BleedBox（裁ち落とし枠）がありません</translation>
    </message>
    <message>
        <source>TrimBox and BleedBox on all {n} pages</source>
        <translation>全 {n} ページに TrimBox と BleedBox があります</translation>
    </message>
    <message>
        <source>not embedded: {fonts}</source>
        <translation>埋め込まれていないフォント: {fonts}</translation>
    </message>
    <message>
        <source>{n} fonts, all embedded</source>
        <translation>フォント {n} 個、すべて埋め込み済み</translation>
    </message>
    <message>
        <source>{n} glyphs drawn, none is .notdef</source>
        <translation>{n} 文字を描画、.notdef（欠けた文字）はありません</translation>
    </message>
    <message>
        <source>CMYK and grey only, no RGB</source>
        <translation>CMYK とグレーのみ（RGB なし）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>smallest {size} pt (at least {min} pt)</source>
        <translation>最小 {size} pt（{min} pt 以上が必要）</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>文字なし</translation>
    </message>
    <message>
        <source>text under {size} pt is solid black (K100)</source>
        <translation>{size} pt 未満の文字はすべて K100 の黒です</translation>
    </message>
    <message>
        <source>{n} images, all at least {ppi} ppi</source>
        <translation>画像 {n} 点、すべて {ppi} ppi 以上</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>vCard cut off: another BEGIN:VCARD (line {line}) comes before its END:VCARD; read as far as it goes, the card inside as a card of its own</source>
        <translation>vCard が途中で切れています: END:VCARD の前に次の BEGIN:VCARD（{line} 行目）があります。読める所まで取り込み、内側のカードは別のカードとして読みました</translation>
    </message>
    <message>
        <source>vCard cut off (no END:VCARD); read as far as it goes</source>
        <translation>vCard が途中で切れています（END:VCARD がありません）。読める所まで取り込みました</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <source>… and {0} more problems like these</source>
        <translation>… ほかに同様の問題が {0} 件あります</translation>
    </message>
    <message>
        <source>“{0}” in the e-mail column is a LinkedIn member id, not an e-mail; kept as a LinkedIn handle</source>
        <translation>メールの列の「{0}」はメールアドレスではなく LinkedIn のメンバー ID です。LinkedIn のアカウントとして残しました</translation>
    </message>
    <message>
        <source>“{0}” is not an e-mail address; left out</source>
        <translation>「{0}」はメールアドレスではないため、除外しました</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>a quote opened in this row is never closed; the row is read with its quote as text, so that the rows after it come in</source>
        <translation>この行で開いた引用符が閉じられていません。以降の行も取り込めるよう、この行は引用符を文字として読みました</translation>
    </message>
    <message>
        <source>Google&apos;s label &apos;{0}&apos; (on {1} rows) not imported: Google puts it on every contact</source>
        <translation>Google のラベル「{0}」（{1} 行）は取り込みません。Google がすべての連絡先に付けるラベルです</translation>
    </message>
    <message>
        <source>Google&apos;s label &apos;{0}&apos; (on 1 row) not imported: Google puts it on every contact</source>
        <translation>Google のラベル「{0}」（1 行）は取り込みません。Google がすべての連絡先に付けるラベルです</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos; ({1} values) kept in notes</source>
        <translation>列「{0}」（{1} 件の値）はメモに残しました</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos; (1 value) kept in notes</source>
        <translation>列「{0}」（1 件の値）はメモに残しました</translation>
    </message>
    <message>
        <source>{0} cells where the header has {1}: a value holds a delimiter without quotes, so the values after it may sit {2} column(s) late; the row is kept as the header reads it (check the contact) and what is past the last column is kept in notes: {3}</source>
        <translation>見出しは {1} 列ですが、この行は {0} 列です。引用符のない値に区切り文字が入っているため、その後ろの値が {2} 列ずれているかもしれません。行は見出しのとおりに読みました（連絡先を確かめてください）。最後の列より後ろはメモに残しました: {3}</translation>
    </message>
    <message>
        <source>no name, e-mail, phone or company; the row is left out ({0})</source>
        <translation>氏名、メール、電話番号、会社名のいずれもないため、この行は除外しました（{0}）</translation>
    </message>
    <message>
        <source>this is a binary file, not a CSV</source>
        <translation>バイナリファイルで、CSV ではありません</translation>
    </message>
    <message>
        <source>some bytes are not {0}; they show as �</source>
        <translation>{0} として読めないバイトがあり、� と表示されます</translation>
    </message>
    <message>
        <source>unreadable CSV from here on: {0}</source>
        <translation>ここから先は CSV として読めません: {0}</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos; ({1} values) not imported</source>
        <translation>列「{0}」（{1} 件の値）は取り込みません</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos; (1 value) not imported</source>
        <translation>列「{0}」（1 件の値）は取り込みません</translation>
    </message>
    <message>
        <source>keep-in-touch days “{0}” is not a number; left out</source>
        <translation>連絡の目安の日数「{0}」が数値ではないため、除外しました</translation>
    </message>
    <message>
        <source>birthday “{0}” is not a date; left out</source>
        <translation>誕生日「{0}」が日付ではないため、除外しました</translation>
    </message>
    <message>
        <source>{0} “{1}” is not a whole date; this card exchange is left out</source>
        <translation>{0}「{1}」は年月日のそろった日付ではないため、この名刺交換は除外しました</translation>
    </message>
    <message>
        <source>past positions: {0}; left out</source>
        <translation>過去の所属: {0}。除外しました</translation>
    </message>
    <message>
        <source>joint name (連名) {0}: honorific “{1}” kept in notes; the New Year card writes 様 after every name</source>
        <translation>連名 {0}: 敬称「{1}」はメモに残しました（年賀状では名前ごとに 様 と書きます）</translation>
    </message>
    <message>
        <source>{0}: {1}; kept in notes</source>
        <translation>{0}: {1}。メモに残しました</translation>
    </message>
    <message>
        <source>postal code {0} is not seven digits (NNN-NNNN); kept as written, a New Year card&apos;s postal-code boxes stay empty</source>
        <translation>郵便番号 {0} が7桁（NNN-NNNN）ではありません。書かれたとおりに残しますが、年賀状の郵便番号欄は空欄になります</translation>
    </message>
    <message>
        <source>{0}: {1}; left out</source>
        <translation>{0}: {1}。除外しました</translation>
    </message>
    <message>
        <source>the cell in column &apos;{0}&apos; holds lines that look like rows of their own (is a quote missing?); kept as written</source>
        <translation>列「{0}」のセルに、別の行のように見える複数行が入っています（引用符が抜けていませんか）。書かれたとおりに残しました</translation>
    </message>
    <message>
        <source>the cell in column &apos;{0}&apos; is {1} KiB, over {2} KiB; left out</source>
        <translation>列「{0}」のセルが {1} KiB あり、上限の {2} KiB を超えるため除外しました</translation>
    </message>
    <message>
        <source>{0} cells where the header has {1}: the company “{2}” has a comma but no quotes; read as one company, the values after it in their own columns (check the contact)</source>
        <translation>見出しは {1} 列ですが、この行は {0} 列です。会社名「{2}」に引用符のないカンマがあるため、一つの会社名として読み、後ろの値はそれぞれの列に読みました（連絡先を確かめてください）</translation>
    </message>
    <message>
        <source>KIND:{0} card read as a person</source>
        <translation>KIND:{0} のカードを個人として読みました</translation>
    </message>
    <message>
        <source>organisation card {0}: {1} not imported (an organisation keeps its name, one address, one web address and notes)</source>
        <translation>組織のカード {0}: {1} は取り込みません（組織に残るのは名前、住所 1 件、ウェブアドレス 1 件とメモです）</translation>
    </message>
    <message>
        <source>{0} “{1}” is not a kana reading of “{2}”; left out</source>
        <translation>{0}「{1}」は「{2}」のかなのよみではないため、除外しました</translation>
    </message>
    <message>
        <source>a second PHOTO left out</source>
        <translation>2 枚目の PHOTO は除外しました</translation>
    </message>
    <message>
        <source>PHOTO is not a JPEG, PNG, GIF or WebP image; left out</source>
        <translation>PHOTO が JPEG、PNG、GIF、WebP の画像ではないため、除外しました</translation>
    </message>
    <message>
        <source>no vCard found (no BEGIN:VCARD line)</source>
        <translation>vCard が見つかりません（BEGIN:VCARD の行がありません）</translation>
    </message>
    <message>
        <source>{0} on {1} kept in notes</source>
        <translation>{0}（{1}）はメモに残しました</translation>
    </message>
    <message>
        <source>{0} on {1} not imported</source>
        <translation>{0}（{1}）は取り込みません</translation>
    </message>
    <message>
        <source>text that is not UTF-8 and names no CHARSET read as {0}</source>
        <translation>UTF-8 ではなく CHARSET の指定もない文字を {0} として読みました</translation>
    </message>
    <message>
        <source>{0} “{1}” is not a date; left out</source>
        <translation>{0}「{1}」が日付ではないため、除外しました</translation>
    </message>
    <message>
        <source>PHOTO of {0} MB is over the {1} MB limit; left out</source>
        <translation>PHOTO が {0} MB あり、上限の {1} MB を超えるため除外しました</translation>
    </message>
    <message>
        <source>PHOTO data: URI is not base64; left out</source>
        <translation>PHOTO の data: URI が base64 ではないため、除外しました</translation>
    </message>
    <message>
        <source>X-KIZUNA-CADENCE “{0}” is not a number of days; left out</source>
        <translation>X-KIZUNA-CADENCE「{0}」が日数ではないため、除外しました</translation>
    </message>
    <message>
        <source>{0}: not valid {1}; characters replaced by �</source>
        <translation>{0}: {1} として正しくないため、文字を � に置き換えました</translation>
    </message>
    <message>
        <source>{0}: characters in no known encoding replaced by �</source>
        <translation>{0}: どの文字コードでも読めない文字を � に置き換えました</translation>
    </message>
    <message>
        <source>line is not a vCard property; skipped</source>
        <translation>vCard のプロパティではない行のため、読み飛ばしました</translation>
    </message>
    <message>
        <source>PHOTO at {0} not fetched (a link, not a picture); not imported</source>
        <translation>{0} の PHOTO は画像ではなくリンクのため、取得せず取り込みません</translation>
    </message>
    <message>
        <source>PHOTO is not valid base64; left out</source>
        <translation>PHOTO が正しい base64 ではないため、除外しました</translation>
    </message>
    <message>
        <source>unreadable vCard: {0}</source>
        <translation>読めない vCard です: {0}</translation>
    </message>
    <message>
        <source>vCard without BEGIN:VCARD (its start cut off); read from this line to its END:VCARD</source>
        <translation>vCard の先頭が切れています（BEGIN:VCARD がありません）。この行から END:VCARD までを取り込みました</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>BEGIN:VCARD のない END:VCARD があります</translation>
    </message>
    <message>
        <source>{0}: unknown CHARSET {1}; read as UTF-8</source>
        <translation>{0}: CHARSET {1} は不明なため、UTF-8 として読みました</translation>
    </message>
    <message>
        <source>{0} cells where the header has {1}: the last column ({2}) is read as empty and nothing is left out; if a delimiter is missing inside the row, check the contact</source>
        <translation>見出しは {1} 列ですが、この行は {0} 列です。最後の列（{2}）は空として読み、除外したものはありません。行の途中で区切り文字が抜けている場合は、連絡先を確かめてください</translation>
    </message>
    <message>
        <source>{0} cells where the header has {1}: the last {2} columns ({3}) are read as empty and nothing is left out; if a delimiter is missing inside the row, check the contact</source>
        <translation>見出しは {1} 列ですが、この行は {0} 列です。最後の {2} 列（{3}）は空として読み、除外したものはありません。行の途中で区切り文字が抜けている場合は、連絡先を確かめてください</translation>
    </message>
    <message>
        <source>text outside any vCard; ignored</source>
        <translation>vCard の外にある文字は無視しました</translation>
    </message>
    <message>
        <source>this is a binary file, not a vCard</source>
        <translation>バイナリファイルで、vCard ではありません</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>「{value}」は日付ではありません</translation>
    </message>
    <message>
        <source>“{value}” is not a date (the year {year} is not between 1800 and 2200)</source>
        <translation>「{value}」は日付ではありません（{year} 年は 1800 年から 2200 年の範囲外です）</translation>
    </message>
    <message>
        <source>“{value}” is not a real date</source>
        <translation>「{value}」は存在しない日付です</translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <source>Hokkaido</source>
        <translation>北海道</translation>
    </message>
    <message>
        <source>Tohoku</source>
        <translation>東北</translation>
    </message>
    <message>
        <source>Kanto</source>
        <translation>関東</translation>
    </message>
    <message>
        <source>Chubu</source>
        <translation>中部</translation>
    </message>
    <message>
        <source>Kansai</source>
        <translation>関西</translation>
    </message>
    <message>
        <source>Chugoku</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Shikoku</source>
        <translation>四国</translation>
    </message>
    <message>
        <source>Kyushu-Okinawa</source>
        <translation>九州・沖縄</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>Meetings on {day}</source>
        <translation>{day} の面談</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>…ほか {n} 名</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Be there by</source>
        <translation>到着目安</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>({time} here)</source>
        <translation>（ここでは {time}）</translation>
    </message>
    <message>
        <source>%n meeting; its briefing follows.</source>
        <translation>面談 %n 件。続いてブリーフィングを掲載します。</translation>
    </message>
    <message>
        <source>%n meetings; a briefing for each follows.</source>
        <translation>面談 %n 件。続いて各面談のブリーフィングを掲載します。</translation>
    </message>
    <message>
        <source>{who} (not a contact)</source>
        <translation>{who}（連絡先にない方）</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>met together once, on {last}</source>
        <translation>同席1回（最終 {last}）</translation>
    </message>
    <message>
        <source>met together {count} times, last {last}</source>
        <translation>同席{count}回（最終 {last}）</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>you introduced {introduced} to {introduced_to} in {year}</source>
        <translation>あなたが{introduced}を{introduced_to}に紹介（{year}年）</translation>
    </message>
    <message>
        <source>introduced {introduced} to {introduced_to} in {year}</source>
        <translation>{introduced}を{introduced_to}に紹介（{year}年）</translation>
    </message>
    <message>
        <source>{introducer} introduced {introduced} to {introduced_to} in {year}</source>
        <translation>{introducer}が{introduced}を{introduced_to}に紹介（{year}年）</translation>
    </message>
    <message>
        <source>you introduced {introduced} to {introduced_to}, date unknown</source>
        <translation>あなたが{introduced}を{introduced_to}に紹介（時期不明）</translation>
    </message>
    <message>
        <source>introduced {introduced} to {introduced_to}, date unknown</source>
        <translation>{introduced}を{introduced_to}に紹介（時期不明）</translation>
    </message>
    <message>
        <source>{introducer} introduced {introduced} to {introduced_to}, date unknown</source>
        <translation>{introducer}が{introduced}を{introduced_to}に紹介（時期不明）</translation>
    </message>
    <message>
        <source>colleagues at {org} {first}–{last}</source>
        <translation>{org}で同僚 {first}–{last}</translation>
    </message>
    <message>
        <source>colleagues at {org} in {year}</source>
        <translation>{org}で同僚 {year}年</translation>
    </message>
    <message>
        <source>colleagues at {org} since {year}</source>
        <translation>{org}で同僚（{year}年から）</translation>
    </message>
    <message>
        <source>colleagues at {org} until {year} (start unknown)</source>
        <translation>{org}で同僚（{year}年まで、開始は不明）</translation>
    </message>
    <message>
        <source>colleagues at {org}, dates unknown</source>
        <translation>{org}で同僚（期間不明）</translation>
    </message>
    <message>
        <source>Give at least a family or given name.</source>
        <translation>姓か名の少なくとも一方を入力してください。</translation>
    </message>
    <message>
        <source>Keep-in-touch cadence is a number of days from 1 to 3650.</source>
        <translation>連絡の目安は1〜3650の日数で指定してください。</translation>
    </message>
    <message>
        <source>Tag “{0}…” is too long (at most 100 characters).</source>
        <translation>タグ「{0}…」が長すぎます(100文字以内)。</translation>
    </message>
    <message>
        <source>Say what to do.</source>
        <translation>次の対応の内容を入力してください。</translation>
    </message>
    <message>
        <source>The due date must be a date.</source>
        <translation>期日には日付を指定してください。</translation>
    </message>
    <message>
        <source>A follow-up that is done cannot be snoozed.</source>
        <translation>完了したフォローアップは再通知できません。</translation>
    </message>
    <message>
        <source>Say who was there (at least one contact).</source>
        <translation>同席者を指定してください(連絡先を1件以上)。</translation>
    </message>
    <message>
        <source>I introduced {who} to {to}</source>
        <translation>自分が {who} を {to} に紹介</translation>
    </message>
    <message>
        <source>{by} introduced me to {to}</source>
        <translation>{by} から {to} を紹介された</translation>
    </message>
    <message>
        <source>{by} introduced {who} to me</source>
        <translation>{by} から {who} を紹介された</translation>
    </message>
    <message>
        <source>{by} introduced {who} to {to}</source>
        <translation>{by} が {who} を {to} に紹介</translation>
    </message>
    <message>
        <source>A person cannot be introduced to themselves.</source>
        <translation>本人を本人に紹介することはできません。</translation>
    </message>
    <message>
        <source>The introducer is one of the two people introduced.</source>
        <translation>紹介者が、紹介された2人のうちの1人になっています。</translation>
    </message>
    <message>
        <source>, {n} organisation card(s)</source>
        <translation>、組織のカード {n} 件</translation>
    </message>
    <message>
        <source>, {n} unchanged (already in the journal as they are)</source>
        <translation>、変更なし {n} 件（すでに同じ内容でジャーナルにあります）</translation>
    </message>
    <message>
        <source>{file}: {n} contact(s) to import — {new} new, {dup} the same person as a contact already there (to be merged, never doubled){same}{orgs}; {problems} problem(s){found}.</source>
        <translation>{file}: 取り込む連絡先 {n} 件 — 新規 {new} 件、既存の連絡先と同一人物 {dup} 件（統合され、重複しません）{same}{orgs}。問題 {problems} 件{found}。</translation>
    </message>
    <message>
        <source>{n} meishi exchange(s) (名刺交換日) to record as interactions on their days.</source>
        <translation>名刺交換 {n} 件（名刺交換日）を、その日の交流として記録します。</translation>
    </message>
    <message>
        <source>Given {kind}</source>
        <translation>{kind}（贈った）</translation>
    </message>
    <message>
        <source>Received {kind}</source>
        <translation>{kind}（いただいた）</translation>
    </message>
    <message>
        <source>{n} given</source>
        <translation>贈った {n} 件</translation>
    </message>
    <message>
        <source>{n} received</source>
        <translation>いただいた {n} 件</translation>
    </message>
    <message>
        <source>{given}, {received}</source>
        <translation>{given}、{received}</translation>
    </message>
    <message>
        <source>Promoted to {title} (was {was}) at {where}</source>
        <translation>{where} で {title} に昇進（前職: {was}）</translation>
    </message>
    <message>
        <source>Promoted to {title} at {where}</source>
        <translation>{where} で {title} に昇進</translation>
    </message>
    <message>
        <source>Transferred to {where} as {title}</source>
        <translation>{where} に {title} として異動</translation>
    </message>
    <message>
        <source>Transferred to {where}</source>
        <translation>{where} に異動</translation>
    </message>
    <message>
        <source>Moved from {old} to {where} as {title}</source>
        <translation>{old} から {where} に {title} として転籍</translation>
    </message>
    <message>
        <source>Moved from {old} to {where}</source>
        <translation>{old} から {where} に転籍</translation>
    </message>
    <message>
        <source>Also (兼務) {title} at {where}</source>
        <translation>{where} {title} を兼務</translation>
    </message>
    <message>
        <source>Joined {where} as {title}</source>
        <translation>{where} に {title} として入社</translation>
    </message>
    <message>
        <source>Joined {where}</source>
        <translation>{where} に入社</translation>
    </message>
    <message>
        <source>Received {received}, given {given}: give before you ask — an introduction, a useful article, a small gift.</source>
        <translation>いただいた {received} 件・贈った {given} 件: お願いする前にこちらから — ご紹介、役に立つ記事、ちょっとした贈り物などを。</translation>
    </message>
    <message>
        <source>{due} open follow-ups, {births} birthdays and {timed} interaction of the last year and ahead</source>
        <translation>未完了のフォローアップ {due} 件、誕生日 {births} 件、過去 1 年とこの先のやり取り {timed} 件</translation>
    </message>
    <message>
        <source>{due} open follow-ups, {births} birthdays and {timed} interactions of the last year and ahead</source>
        <translation>未完了のフォローアップ {due} 件、誕生日 {births} 件、過去 1 年とこの先のやり取り {timed} 件</translation>
    </message>
    <message>
        <source>; {n} organisations&apos; websites, addresses and notes not exported (CSV has one row per contact; export vCard to keep them)</source>
        <translation>（組織 {n} 件のウェブサイト・住所・メモは含まれません。CSV は連絡先 1 件につき 1 行のため、残すには vCard で書き出してください）</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>連絡先 {n} 件</translation>
    </message>
    <message>
        <source>{n} contacts and {orgs} organisation cards</source>
        <translation>連絡先 {n} 件と組織のカード {orgs} 件</translation>
    </message>
    <message>
        <source>{name}: the card is addressed to {to}, without the person&apos;s name or 様</source>
        <translation>{name}: はがきの宛名は {to} です（個人名と 様 は書きません）</translation>
    </message>
    <message>
        <source>{name}: joint names not printed on a 御中 card ({names})</source>
        <translation>{name}: 御中のはがきには連名（{names}）を印刷しません</translation>
    </message>
    <message>
        <source>{name}: 御中 needs a company or department; the card goes to the person, with 様</source>
        <translation>{name}: 御中には会社名か部署名が必要です。はがきは個人宛て（様）にします</translation>
    </message>
    <message>
        <source>{name}: the name is written in {script} script; printed from its Latin form</source>
        <translation>{name}: 名前が {script} の文字で書かれているため、ローマ字表記で印刷します</translation>
    </message>
    <message>
        <source>{name}: the card writes 様 (the contact&apos;s honorific {honorific} is not used on a card)</source>
        <translation>{name}: はがきには 様 と書きます（連絡先の敬称「{honorific}」は使いません）</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Send ochūgen (summer gift)</source>
        <translation>お中元を贈る</translation>
    </message>
    <message>
        <source>Send oseibo (year-end gift)</source>
        <translation>お歳暮を贈る</translation>
    </message>
    <message>
        <source>Post the nengajō (New Year card)</source>
        <translation>年賀状を投函する</translation>
    </message>
    <message>
        <source>Send a kanchū mimai (in mourning)</source>
        <translation>寒中見舞いを送る（喪中）</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>誕生日</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>meal</source>
        <translation>会食</translation>
    </message>
    <message>
        <source>nomikai</source>
        <translation>飲み会</translation>
    </message>
    <message>
        <source>call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>meishi exchange</source>
        <translation>名刺交換</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>business review</source>
        <translation>ビジネスレビュー</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>贈り物</translation>
    </message>
    <message>
        <source>favour</source>
        <translation>お世話</translation>
    </message>
    <message>
        <source>New contact {0}</source>
        <translation>新しい連絡先 {0}</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>連絡先の編集</translation>
    </message>
    <message>
        <source>Archive contact</source>
        <translation>連絡先のアーカイブ</translation>
    </message>
    <message>
        <source>Unarchive contact</source>
        <translation>連絡先のアーカイブ解除</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>{0} の削除</translation>
    </message>
    <message>
        <source>Log {0}</source>
        <translation>{0}の記録</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>やり取りの編集</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>やり取りの削除</translation>
    </message>
    <message>
        <source>New follow-up “{0}”</source>
        <translation>新しいフォローアップ「{0}」</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>フォローアップの削除</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} の取り込み</translation>
    </message>
    <message>
        <source>Tick a warning sign</source>
        <translation>注意すべき兆候にチェック</translation>
    </message>
    <message>
        <source>Untick a warning sign</source>
        <translation>注意すべき兆候のチェックを外す</translation>
    </message>
    <message>
        <source>New organisation {0}</source>
        <translation>新しい組織 {0}</translation>
    </message>
    <message>
        <source>Delete organisation {0}</source>
        <translation>組織 {0} の削除</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>組織の編集</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>新しい{0}</translation>
    </message>
    <message>
        <source>Edit gift or favour</source>
        <translation>贈答・お世話の編集</translation>
    </message>
    <message>
        <source>Delete gift or favour</source>
        <translation>贈答・お世話の削除</translation>
    </message>
    <message>
        <source>Record an introduction</source>
        <translation>紹介の記録</translation>
    </message>
    <message>
        <source>Edit introduction</source>
        <translation>紹介の編集</translation>
    </message>
    <message>
        <source>Delete introduction</source>
        <translation>紹介の削除</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>写真の削除</translation>
    </message>
    <message>
        <source>Set photo</source>
        <translation>写真の設定</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Holds control characters ({0}), which were removed.</source>
        <translation>制御文字({0})が含まれていたため、取り除きました。</translation>
    </message>
    <message>
        <source>Use kana only (hiragana or katakana).</source>
        <translation>かな(ひらがなまたはカタカナ)だけで入力してください。</translation>
    </message>
    <message>
        <source>“{0}” does not look like an e-mail address.</source>
        <translation>「{0}」はメールアドレスの形式ではないようです。</translation>
    </message>
    <message>
        <source>“{0}” does not look like a phone number.</source>
        <translation>「{0}」は電話番号の形式ではないようです。</translation>
    </message>
    <message>
        <source>Too long ({0:,} characters; at most {1:,}).</source>
        <translation>長すぎます({0:,}文字。上限は{1:,}文字です)。</translation>
    </message>
    <message>
        <source>{0} is not a plausible year of birth.</source>
        <translation>{0}年は生年として考えにくい年です。</translation>
    </message>
    <message>
        <source>{0} is not a plausible year for an anniversary.</source>
        <translation>{0}年は記念日の年として考えにくい年です。</translation>
    </message>
    <message>
        <source>Give the month of the day.</source>
        <translation>日付の月を入力してください。</translation>
    </message>
    <message>
        <source>{0} is not a month.</source>
        <translation>{0}は月として正しくありません。</translation>
    </message>
    <message>
        <source>Give the day or the year with the month.</source>
        <translation>月と一緒に日または年を入力してください。</translation>
    </message>
    <message>
        <source>{0}/{1} is not a real date.</source>
        <translation>{0}月{1}日は存在しない日付です。</translation>
    </message>
    <message>
        <source>{0} is not a real date.</source>
        <translation>{0}は存在しない日付です。</translation>
    </message>
    <message>
        <source>“{0}” is not a real date (use YYYY-MM-DD).</source>
        <translation>「{0}」は正しい日付ではありません(YYYY-MM-DD の形式で入力してください)。</translation>
    </message>
    <message>
        <source>settings: {key} = {value} is not a valid value; {default} is used</source>
        <translation>設定: {key} = {value} は有効な値ではありません。{default} を使用します</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Dependency…</source>
        <translation>依存度…</translation>
    </message>
    <message>
        <source>Where the road to customers runs only through this partner</source>
        <translation>顧客への道がこのパートナー経由しかない箇所</translation>
    </message>
    <message>
        <source>Who can introduce me…</source>
        <translation>紹介してくれそうな人…</translation>
    </message>
    <message>
        <source>Circle and introductions</source>
        <translation>人脈と紹介</translation>
    </message>
    <message>
        <source>Chains of introductions to the selected contact</source>
        <translation>選択した連絡先へ紹介でつながる経路</translation>
    </message>
    <message>
        <source>Relationship health</source>
        <translation>関係の健全度</translation>
    </message>
    <message>
        <source>New Year cards</source>
        <translation>年賀状</translation>
    </message>
</context>
<context>
    <name>zones</name>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n}日前</translation>
    </message>
</context>
</TS>
