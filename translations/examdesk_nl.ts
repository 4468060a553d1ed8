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
</TS>
