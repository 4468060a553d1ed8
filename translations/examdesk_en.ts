<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>The username or password is wrong.</source>
        <translation>The username or password is wrong.</translation>
    </message>
    <message>
        <source>The account {user} has been switched off. Ask the beheerder.</source>
        <translation>The account {user} has been switched off. Ask the beheerder.</translation>
    </message>
    <message>
        <source>Username '{user}': use 2 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation>Username '{user}': use 2 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>The username '{user}' is reserved for the station itself.</source>
        <translation>The username '{user}' is reserved for the station itself.</translation>
    </message>
    <message>
        <source>There is already an account '{user}'.</source>
        <translation>There is already an account '{user}'.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>The password must have at least {count} characters.</translation>
    </message>
    <message>
        <source>Fill in the person's name.</source>
        <translation>Fill in the person's name.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Give the account at least one role.</translation>
    </message>
    <message>
        <source>This station already has accounts; the first beheerder can be created only once.</source>
        <translation>This station already has accounts; the first beheerder can be created only once.</translation>
    </message>
    <message>
        <source>There is no account '{user}'.</source>
        <translation>There is no account '{user}'.</translation>
    </message>
    <message>
        <source>{user} is the last active beheerder; give another account that role first.</source>
        <translation>{user} is the last active beheerder; give another account that role first.</translation>
    </message>
</context>
<context>
    <name>Bsn</name>
    <message>
        <source>it has {count} digits; a BSN has 9 (or 8, read with a leading zero)</source>
        <translation>it has {count} digits; a BSN has 9 (or 8, read with a leading zero)</translation>
    </message>
    <message>
        <source>it has {count} digits; a BSN has 9</source>
        <translation>it has {count} digits; a BSN has 9</translation>
    </message>
    <message>
        <source>it contains '{char}'; only digits, spaces and dots are allowed</source>
        <translation>it contains '{char}'; only digits, spaces and dots are allowed</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>it fails the 11-proef (its weighted sum is 0)</source>
        <translation>it fails the 11-proef (its weighted sum is 0)</translation>
    </message>
    <message>
        <source>it fails the 11-proef (its weighted sum leaves remainder {rest} on division by 11)</source>
        <translation>it fails the 11-proef (its weighted sum leaves remainder {rest} on division by 11)</translation>
    </message>
    <message>
        <source>A valid BSN format does not prove that the number belongs to this person.</source>
        <translation>A valid BSN format does not prove that the number belongs to this person.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is not an examdesk database. Nothing was changed; choose another data folder with --data-dir.</source>
        <translation>{path} is not an examdesk database. Nothing was changed; choose another data folder with --data-dir.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({reason}). Nothing was changed; restore it from {backups}.</source>
        <translation>The database {path} cannot be read ({reason}). Nothing was changed; restore it from {backups}.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer examdesk (schema {revision}). Install that version or newer; this one does not change the database.</source>
        <translation>The database {path} was made by a newer examdesk (schema {revision}). Install that version or newer; this one does not change the database.</translation>
    </message>
    <message>
        <source>Updating the database {path} failed ({reason}). It was left as it was; a copy is in {backup}.</source>
        <translation>Updating the database {path} failed ({reason}). It was left as it was; a copy is in {backup}.</translation>
    </message>
    <message>
        <source>The database {path} could not be copied aside before its update ({reason}). Nothing was changed.</source>
        <translation>The database {path} could not be copied aside before its update ({reason}). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The folder {path} already holds an examdesk database; demo data goes only into a new folder.</source>
        <translation>The folder {path} already holds an examdesk database; demo data goes only into a new folder.</translation>
    </message>
</context>
<context>
    <name>EventChain</name>
    <message>
        <source>event {seq} of station {station} follows event {previous}: events are missing</source>
        <translation>event {seq} of station {station} follows event {previous}: events are missing</translation>
    </message>
    <message>
        <source>event {seq} of station {station} does not point to the event before it: the chain was cut or reordered</source>
        <translation>event {seq} of station {station} does not point to the event before it: the chain was cut or reordered</translation>
    </message>
    <message>
        <source>event {seq} of station {station} no longer matches its hash: it was changed after it was recorded</source>
        <translation>event {seq} of station {station} no longer matches its hash: it was changed after it was recorded</translation>
    </message>
    <message>
        <source>the first event of station {station} has number {seq} instead of 1</source>
        <translation>the first event of station {station} has number {seq} instead of 1</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>There is no event {id} to correct.</source>
        <translation>There is no event {id} to correct.</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>The data folder {path} is a file, not a folder.</source>
        <translation>The data folder {path} is a file, not a folder.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation>The data folder {path} cannot be created: {reason}.</translation>
    </message>
    <message>
        <source>examdesk cannot write in the data folder {path}. Choose another folder with --data-dir or ask IT for write access.</source>
        <translation>examdesk cannot write in the data folder {path}. Choose another folder with --data-dir or ask IT for write access.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>This needs the role {roles}; {user} does not have it.</source>
        <translation>This needs the role {roles}; {user} does not have it.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Surveillant (invigilator)</source>
        <translation>Surveillant (invigilator)</translation>
    </message>
    <message>
        <source>Examensecretaris (exam secretary)</source>
        <translation>Examensecretaris (exam secretary)</translation>
    </message>
    <message>
        <source>Beheerder (administrator)</source>
        <translation>Beheerder (administrator)</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>This computer has no usable keyring, so the station's keys are kept in an encrypted file that needs the station passphrase. Set the environment variable EXAMDESK_KEY_PASSPHRASE to it.</source>
        <translation>This computer has no usable keyring, so the station's keys are kept in an encrypted file that needs the station passphrase. Set the environment variable EXAMDESK_KEY_PASSPHRASE to it.</translation>
    </message>
    <message>
        <source>The station passphrase is wrong.</source>
        <translation>The station passphrase is wrong.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged and cannot be read.</source>
        <translation>The key file {path} is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>Choose a station passphrase of at least {count} characters.</source>
        <translation>Choose a station passphrase of at least {count} characters.</translation>
    </message>
    <message>
        <source>The system keyring did not answer: {reason}</source>
        <translation>The system keyring did not answer: {reason}</translation>
    </message>
    <message>
        <source>No system keyring: the station's keys are in an encrypted file in the data folder, unlocked with the station passphrase.</source>
        <translation>No system keyring: the station's keys are in an encrypted file in the data folder, unlocked with the station passphrase.</translation>
    </message>
    <message>
        <source>Demo station: its keys are kept unprotected in the demo folder.</source>
        <translation>Demo station: its keys are kept unprotected in the demo folder.</translation>
    </message>
    <message>
        <source>The station's keys are locked: enter the station passphrase first.</source>
        <translation>The station's keys are locked: enter the station passphrase first.</translation>
    </message>
</context>
</TS>
