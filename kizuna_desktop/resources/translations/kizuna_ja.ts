<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a pre-meeting briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person from the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atte&amp;nding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the briefing as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is attending: add people from the contacts list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to save the briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is a folder: give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a time zone (e.g. Asia/Tokyo).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareerTab</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new contact&apos;s first position is given on the first tab; its history and transfers are recorded here once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — on Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} change(s) take effect when you save; Cancel drops them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Select a contact to see their card and timeline here. Ctrl+N adds a contact, Ctrl+F finds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (age {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(I introduced them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; keep in touch {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts and favours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>Edit gift or favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New gift or favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bottle of Niigata sake; help with a visa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone else involved: a name, an e-mail or an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift or favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (main)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the value as a whole number, e.g. 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Edit introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context: a golf day, the chamber&apos;s New Year party, an e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group or parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions here: {0} current, {1} earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People appear here once a position names this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, readings or a group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected organisation into another: its people follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an organisation nobody has a position at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} now, {1} before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has people with positions there; merge it into another instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {0} into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {0} into {1}? The people there now and before ({2}) move with their positions; {0} is removed. You can undo this (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, an e-mail or an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <source>Set photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Record a transfer or promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>兼務: held alongside the main position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current position ends the day before. For a promotion, change only the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or name the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordController</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the contact the gift or favour was given to or received from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent role (兼務)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolController</name>
    <message>
        <source>Select one or more contacts for a briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a meeting in the timeline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the briefing to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkFields</name>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Work&lt;/b&gt; (from the meishi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department (ja, en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (ja, en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position began</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>combo</name>
    <message>
        <source>Choose, or type a new organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Wrong passphrase for {path} (or it is not a Kizuna journal).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>The journal {path} is damaged; restore the newest good backup from {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal {path} is damaged, and it has no good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is open in {holder}; this window shows it read-only until that one closes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
