<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>The username or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {user} has been switched off. Ask the beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username &apos;{user}&apos;: use 2 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username &apos;{user}&apos; is reserved for the station itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account &apos;{user}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station already has accounts; the first beheerder can be created only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &apos;{user}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is the last active beheerder; give another account that role first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bsn</name>
    <message>
        <source>it has {count} digits; a BSN has 9 (or 8, read with a leading zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has {count} digits; a BSN has 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains &apos;{char}&apos;; only digits, spaces and dots are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it fails the 11-proef (its weighted sum is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it fails the 11-proef (its weighted sum leaves remainder {rest} on division by 11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid BSN format does not prove that the number belongs to this person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;. The commands are: {commands}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arguments are not right: {detail}. See &apos;examdesk --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{command}&apos; needs {what}. See &apos;examdesk {command} --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;{option}&apos;. See &apos;examdesk --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;{value}&apos;: use nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;examdesk demo&apos; needs --data-dir DIR: the new folder to write the demo data into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to {path}. Sign in as &apos;demo&apos; with password &apos;{password}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examdesk stopped because of an internal error. Nothing more was written; the details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examdesk: the exam-day station. Without a command it opens the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder (default: the platform&apos;s user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages and windows: nl or en (default: the system&apos;s, Dutch if unsure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the application on a fresh throwaway folder with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version and stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the format of one or more BSNs (11-proef)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a BSN; spaces and dots are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check this installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write demo data into a new folder (--data-dir) without opening a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one BSN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is not an examdesk database. Nothing was changed; choose another data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({reason}). Nothing was changed; restore it from {backups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was made by a newer examdesk (schema {revision}). Install that version or newer; this one does not change the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database {path} failed ({reason}). It was left as it was; a copy is in {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} could not be copied aside before its update ({reason}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The folder {path} already holds an examdesk database; demo data goes only into a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>examdesk ran into an internal error and could not finish this. The details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examdesk: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventChain</name>
    <message>
        <source>event {seq} of station {station} follows event {previous}: events are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {seq} of station {station} does not point to the event before it: the chain was cut or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {seq} of station {station} no longer matches its hash: it was changed after it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first event of station {station} has number {seq} instead of 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>There is no event {id} to correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome: create the first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has no accounts yet. The first account is the beheerder (administrator), who then creates the accounts of the surveillanten and the examensecretaris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: jvisser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account and sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Fill in your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the username and password the beheerder gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exam-day station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school name set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo station: every name and result here is invented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About examdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>The data folder {path} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examdesk cannot write in the data folder {path}. Choose another folder with --data-dir or ask IT for write access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>This needs the role {roles}; {user} does not have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProctorWorkspace</name>
    <message>
        <source>Proctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will run the exam sessions of an afnamegroep: each candidate&apos;s own clock, the BSN check on the start screen, pauses and extra time, storingen and meldingen, and the proces-verbaal that is written as the session goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exam sessions on this station yet. Exam packages and sessions come from the examensecretaris; once a session is planned it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here the examensecretaris will hold inzage: choose an afnamegroep, see its results, and open one candidate&apos;s work read-only, next to the answer key and the correctievoorschrift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results on this station yet. Results appear here once an exam session has been taken and scored on this station.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Surveillant (invigilator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examensecretaris (exam secretary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beheerder (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>This computer has no usable keyring, so the station&apos;s keys are kept in an encrypted file that needs the station passphrase. Set the environment variable EXAMDESK_KEY_PASSPHRASE to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a station passphrase of at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not answer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring: the station&apos;s keys are in an encrypted file in the data folder, unlocked with the station passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo station: its keys are kept unprotected in the demo folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s keys are locked: enter the station passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Qt platform plugin and translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database opens, migrates and keeps its event chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translations for messages without a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{passed} of {total} checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Dutch message catalogue is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event chain did not verify: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartingPage</name>
    <message>
        <source>The station could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Read what went wrong below, then try again or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examdesk is opening its data folder. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy opening the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Enter the station passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the station&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the station&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring, so the station&apos;s keys are kept in an encrypted file in the data folder. The station passphrase unlocks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first start: choose a station passphrase of at least {count} characters and keep it somewhere safe. Without it the station&apos;s data cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New station passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set passphrase and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
