<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>not opened yet</source>
        <translation>not opened yet</translation>
    </message>
    <message>
        <source>An offline exam-day station for Dutch schools: proctoring, the proces-verbaal, inzage and signed reports, on one computer, without a network.</source>
        <translation>An offline exam-day station for Dutch schools: proctoring, the proces-verbaal, inzage and signed reports, on one computer, without a network.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licence: {licence}</translation>
    </message>
    <message>
        <source>About examdesk</source>
        <translation>About examdesk</translation>
    </message>
</context>
<context>
    <name>Accommodation</name>
    <message>
        <source>extra time</source>
        <translation>extra time</translation>
    </message>
    <message>
        <source>extended duration</source>
        <translation>extended duration</translation>
    </message>
    <message>
        <source>adapted workplace</source>
        <translation>adapted workplace</translation>
    </message>
    <message>
        <source>computer for writing</source>
        <translation>computer for writing</translation>
    </message>
    <message>
        <source>sign-language interpreter</source>
        <translation>sign-language interpreter</translation>
    </message>
    <message>
        <source>help with reading, writing, drawing or structure</source>
        <translation>help with reading, writing, drawing or structure</translation>
    </message>
    <message>
        <source>motor help (buddy)</source>
        <translation>motor help (buddy)</translation>
    </message>
    <message>
        <source>pauses</source>
        <translation>pauses</translation>
    </message>
    <message>
        <source>separate room (low stimulus)</source>
        <translation>separate room (low stimulus)</translation>
    </message>
    <message>
        <source>rekenkaart</source>
        <translation>rekenkaart</translation>
    </message>
    <message>
        <source>reading-aloud exam</source>
        <translation>reading-aloud exam</translation>
    </message>
    <message>
        <source>dyslexia</source>
        <translation>dyslexia</translation>
    </message>
    <message>
        <source>Dutch as a second language (NT2)</source>
        <translation>Dutch as a second language (NT2)</translation>
    </message>
    <message>
        <source>ADHD</source>
        <translation>ADHD</translation>
    </message>
    <message>
        <source>autism</source>
        <translation>autism</translation>
    </message>
    <message>
        <source>mental health</source>
        <translation>mental health</translation>
    </message>
    <message>
        <source>chronic illness</source>
        <translation>chronic illness</translation>
    </message>
    <message>
        <source>other ground</source>
        <translation>other ground</translation>
    </message>
    <message>
        <source>A spelling check is not allowed in an exam of Nederlands (004 §4.4).</source>
        <translation>A spelling check is not allowed in an exam of Nederlands (004 §4.4).</translation>
    </message>
    <message>
        <source>braille</source>
        <translation>braille</translation>
    </message>
    <message>
        <source>accessible exam</source>
        <translation>accessible exam</translation>
    </message>
    <message>
        <source>speech synthesis</source>
        <translation>speech synthesis</translation>
    </message>
    <message>
        <source>spread over periods</source>
        <translation>spread over periods</translation>
    </message>
    <message>
        <source>large print or magnifier</source>
        <translation>large print or magnifier</translation>
    </message>
    <message>
        <source>pre-structured exam</source>
        <translation>pre-structured exam</translation>
    </message>
    <message>
        <source>ear defenders</source>
        <translation>ear defenders</translation>
    </message>
    <message>
        <source>interrupted exam</source>
        <translation>interrupted exam</translation>
    </message>
    <message>
        <source>exam assistant</source>
        <translation>exam assistant</translation>
    </message>
    <message>
        <source>spelling check</source>
        <translation>spelling check</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>The two passwords are not the same. Type them again.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creating the account…</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Give the person a username, their name, one or more roles and a first password.</source>
        <translation>Give the person a username, their name, one or more roles and a first password.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Saving the roles…</source>
        <translation>Saving the roles…</translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation>Roles of {name}</translation>
    </message>
    <message>
        <source>The roles decide which workspaces {user} sees after signing in.</source>
        <translation>The roles decide which workspaces {user} sees after signing in.</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Save roles</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Setting the new password…</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <source>Give {user} the new password in person; they can sign in with it straight away.</source>
        <translation>Give {user} the new password in person; they can sign in with it straight away.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>switched off</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The username or password is wrong.</source>
        <translation>The username or password is wrong.</translation>
    </message>
    <message>
        <source>The username or password is wrong. Wait {seconds} seconds before you try again.</source>
        <translation>The username or password is wrong. Wait {seconds} seconds before you try again.</translation>
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
    <name>Actions</name>
    <message>
        <source>{name} is {state}; this action is not possible now.</source>
        <translation>{name} is {state}; this action is not possible now.</translation>
    </message>
    <message>
        <source>{name} cannot start: the BSN check on the start screen has not been recorded as a match.</source>
        <translation>{name} cannot start: the BSN check on the start screen has not been recorded as a match.</translation>
    </message>
    <message>
        <source>{name}'s BSN did not match; the examensecretaris corrects the roster before the check is done again.</source>
        <translation>{name}'s BSN did not match; the examensecretaris corrects the roster before the check is done again.</translation>
    </message>
    <message>
        <source>{name}'s BSN has not been found wrong; the roster is corrected only after a mismatch.</source>
        <translation>{name}'s BSN has not been found wrong; the roster is corrected only after a mismatch.</translation>
    </message>
    <message>
        <source>Only the examensecretaris corrects the roster.</source>
        <translation>Only the examensecretaris corrects the roster.</translation>
    </message>
    <message>
        <source>{name} has had no storing; compensation gives back the time an ended storing cost.</source>
        <translation>{name} has had no storing; compensation gives back the time an ended storing cost.</translation>
    </message>
    <message>
        <source>{name} has no storing going on.</source>
        <translation>{name} has no storing going on.</translation>
    </message>
</context>
<context>
    <name>Acts</name>
    <message>
        <source>Nothing can be recorded: the session is {state}.</source>
        <translation>Nothing can be recorded: the session is {state}.</translation>
    </message>
    <message>
        <source>Select a candidate in the table first.</source>
        <translation>Select a candidate in the table first.</translation>
    </message>
    <message>
        <source>Select one candidate for this action.</source>
        <translation>Select one candidate for this action.</translation>
    </message>
    <message>
        <source>BSN check</source>
        <translation>BSN check</translation>
    </message>
    <message>
        <source>Show the BSN large for the candidate to compare with their ID document</source>
        <translation>Show the BSN large for the candidate to compare with their ID document</translation>
    </message>
    <message>
        <source>Correct BSN</source>
        <translation>Correct BSN</translation>
    </message>
    <message>
        <source>After a mismatch: correct the BSN on the roster (examensecretaris), then check again</source>
        <translation>After a mismatch: correct the BSN on the roster (examensecretaris), then check again</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start the clock of the selected candidates (after a BSN match)</source>
        <translation>Start the clock of the selected candidates (after a BSN match)</translation>
    </message>
    <message>
        <source>Late arrival</source>
        <translation>Late arrival</translation>
    </message>
    <message>
        <source>Start a late arrival: their time ends as if they had started on time</source>
        <translation>Start a late arrival: their time ends as if they had started on time</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>A supervised pause stops the clock</source>
        <translation>A supervised pause stops the clock</translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation>Extra time</translation>
    </message>
    <message>
        <source>Give extra time, up to what the roster grants</source>
        <translation>Give extra time, up to what the roster grants</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Storing</translation>
    </message>
    <message>
        <source>Record the start or end of a storing (malfunction)</source>
        <translation>Record the start or end of a storing (malfunction)</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Give back the time an ended storing cost</source>
        <translation>Give back the time an ended storing cost</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Hand in</translation>
    </message>
    <message>
        <source>The selected candidates hand in their work</source>
        <translation>The selected candidates hand in their work</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <source>The candidate leaves before their time is up</source>
        <translation>The candidate leaves before their time is up</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>The candidate did not come</source>
        <translation>The candidate did not come</translation>
    </message>
    <message>
        <source>Melding (VOV)</source>
        <translation>Melding (VOV)</translation>
    </message>
    <message>
        <source>A melding for the verklaring van ordentelijk verloop (VOV)</source>
        <translation>A melding for the verklaring van ordentelijk verloop (VOV)</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Irregularity</translation>
    </message>
    <message>
        <source>Record an irregularity (categories a to f, or other)</source>
        <translation>Record an irregularity (categories a to f, or other)</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>A remark for the proces-verbaal</source>
        <translation>A remark for the proces-verbaal</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Correct an earlier event: it stays as recorded, the correction names it</source>
        <translation>Correct an earlier event: it stays as recorded, the correction names it</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Close session</translation>
    </message>
    <message>
        <source>Close the session: every surveillant confirms with their password</source>
        <translation>Close the session: every surveillant confirms with their password</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>End storing</source>
        <translation>End storing</translation>
    </message>
    <message>
        <source>Start {count} candidates</source>
        <translation>Start {count} candidates</translation>
    </message>
    <message>
        <source>Hand in {count} candidates</source>
        <translation>Hand in {count} candidates</translation>
    </message>
    <message>
        <source>Absent: {count} candidates</source>
        <translation>Absent: {count} candidates</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Recording the addendum…</source>
        <translation>Recording the addendum…</translation>
    </message>
    <message>
        <source>Addendum to the proces-verbaal</source>
        <translation>Addendum to the proces-verbaal</translation>
    </message>
    <message>
        <source>The session is closed; what you add now is recorded as an addendum, with your name and the time, and marked as such in the proces-verbaal. Nothing recorded earlier changes.</source>
        <translation>The session is closed; what you add now is recorded as an addendum, with your name and the time, and marked as such in the proces-verbaal. Nothing recorded earlier changes.</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>The whole session</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>No earlier event</source>
        <translation>No earlier event</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Refers to</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Record addendum</source>
        <translation>Record addendum</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>1. A fault or failure of the exam application (werking examenbank)</source>
        <translation>1. A fault or failure of the exam application (werking examenbank)</translation>
    </message>
    <message>
        <source>2. Reported to the surveillant during the exam</source>
        <translation>2. Reported to the surveillant during the exam</translation>
    </message>
    <message>
        <source>3. Not solved during the exam, not even after consulting DUO</source>
        <translation>3. Not solved during the exam, not even after consulting DUO</translation>
    </message>
    <message>
        <source>4. Recorded in a VOV with the question numbers (of this exam)</source>
        <translation>4. Recorded in a VOV with the question numbers (of this exam)</translation>
    </message>
    <message>
        <source>5. Without these questions the exam stays representative of the toetsmatrijs</source>
        <translation>5. Without these questions the exam stays representative of the toetsmatrijs</translation>
    </message>
    <message>
        <source>6. On the remaining questions the result changes from failed to passed</source>
        <translation>6. On the remaining questions the result changes from failed to passed</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>{points} of {maximum} points, grade {grade}, {verdict}</source>
        <translation>{points} of {maximum} points, grade {grade}, {verdict}</translation>
    </message>
    <message>
        <source>Saving the preview…</source>
        <translation>Saving the preview…</translation>
    </message>
    <message>
        <source>{date} {time}: questions {questions} (meldingsnummer {number})</source>
        <translation>{date} {time}: questions {questions} (meldingsnummer {number})</translation>
    </message>
    <message>
        <source>Solved: {how}</source>
        <translation>Solved: {how}</translation>
    </message>
    <message>
        <source>Not solved.</source>
        <translation>Not solved.</translation>
    </message>
    <message>
        <source>DUO / Facet helpdesk consulted.</source>
        <translation>DUO / Facet helpdesk consulted.</translation>
    </message>
    <message>
        <source>DUO / Facet helpdesk not consulted.</source>
        <translation>DUO / Facet helpdesk not consulted.</translation>
    </message>
    <message>
        <source>Candidate: “{candidate}” Surveillant: “{surveillant}” {solved} {duo}</source>
        <translation>Candidate: “{candidate}” Surveillant: “{surveillant}” {solved} {duo}</translation>
    </message>
    <message>
        <source>nothing would be left to score</source>
        <translation>nothing would be left to score</translation>
    </message>
    <message>
        <source>Without questions {questions}</source>
        <translation>Without questions {questions}</translation>
    </message>
    <message>
        <source> Questions {questions} are not in the candidate's exam.</source>
        <translation> Questions {questions} are not in the candidate's exam.</translation>
    </message>
    <message>
        <source>All six conditions are met: DUO may adjust the result from failed to passed.</source>
        <translation>All six conditions are met: DUO may adjust the result from failed to passed.</translation>
    </message>
    <message>
        <source>Not every condition is met: the result would stay as it is.</source>
        <translation>Not every condition is met: the result would stay as it is.</translation>
    </message>
    <message>
        <source>Technical fault: result-adjustment preview</source>
        <translation>Technical fault: result-adjustment preview</translation>
    </message>
    <message>
        <source>{name} ({number}): the result recomputed without the questions of a melding about the working of the exam bank.</source>
        <translation>{name} ({number}): the result recomputed without the questions of a melding about the working of the exam bank.</translation>
    </message>
    <message>
        <source>This is a preview. Only DUO decides on an adjustment, within eight weeks; nothing changes here.</source>
        <translation>This is a preview. Only DUO decides on an adjustment, within eight weeks; nothing changes here.</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>As it stands</source>
        <translation>As it stands</translation>
    </message>
    <message>
        <source>Conditions (002 §3.4.3)</source>
        <translation>Conditions (002 §3.4.3)</translation>
    </message>
    <message>
        <source>Save preview</source>
        <translation>Save preview</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AdminWorkspace</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>In the system keyring of this computer.</source>
        <translation>In the system keyring of this computer.</translation>
    </message>
    <message>
        <source>In an encrypted file in the data folder, unlocked with the station passphrase.</source>
        <translation>In an encrypted file in the data folder, unlocked with the station passphrase.</translation>
    </message>
    <message>
        <source>In an unprotected file in the demo folder (demo only).</source>
        <translation>In an unprotected file in the demo folder (demo only).</translation>
    </message>
    <message>
        <source>In memory only: nothing is kept after closing (test station).</source>
        <translation>In memory only: nothing is kept after closing (test station).</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>Loading the accounts…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Verifying the event log…</source>
        <translation>Verifying the event log…</translation>
    </message>
    <message>
        <source>Intact: {count} events; chain head {head}…</source>
        <translation>Intact: {count} events; chain head {head}…</translation>
    </message>
    <message>
        <source>Broken: {reason}</source>
        <translation>Broken: {reason}</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Switch on</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Switch off</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Everyone who may sign in on this station, with their roles. A switched-off account cannot sign in; its history stays in the event log.</source>
        <translation>Everyone who may sign in on this station, with their roles. A switched-off account cannot sign in; its history stays in the event log.</translation>
    </message>
    <message>
        <source>Columns of the accounts table</source>
        <translation>Columns of the accounts table</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Roles…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Verify the event log</source>
        <translation>Verify the event log</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <source>Every action on this station is recorded in a chained event log. Verifying recomputes the chain and names the first broken link, if there is one.</source>
        <translation>Every action on this station is recorded in a chained event log. Verifying recomputes the chain and names the first broken link, if there is one.</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>This station</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Keys kept</source>
        <translation>Keys kept</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The demo folder stays: {path}</source>
        <translation>The demo folder stays: {path}</translation>
    </message>
</context>
<context>
    <name>AppointmentModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Afnamegroep</source>
        <translation>Afnamegroep</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>The appointment ({on}) cannot lie before the day it was requested ({requested}).</source>
        <translation>The appointment ({on}) cannot lie before the day it was requested ({requested}).</translation>
    </message>
    <message>
        <source>'{value}' is not a time of day as HH:MM (for example 10:30).</source>
        <translation>'{value}' is not a time of day as HH:MM (for example 10:30).</translation>
    </message>
    <message>
        <source>The request cannot be dated after today ({today}): it was made on {requested}.</source>
        <translation>The request cannot be dated after today ({today}): it was made on {requested}.</translation>
    </message>
    <message>
        <source>The appointment of {on} is no longer booked: it is {state}, so nothing changes.</source>
        <translation>The appointment of {on} is no longer booked: it is {state}, so nothing changes.</translation>
    </message>
    <message>
        <source>The appointment is on {on}, not today: a no-show can only be recorded on or after that day.</source>
        <translation>The appointment is on {on}, not today: a no-show can only be recorded on or after that day.</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>Inzage appointments are for PE exams; {exam} is not one (its inzage needs none).</source>
        <translation>Inzage appointments are for PE exams; {exam} is not one (its inzage needs none).</translation>
    </message>
    <message>
        <source>No appointment for {name}: a request on {requested} is not allowed: {reason}</source>
        <translation>No appointment for {name}: a request on {requested} is not allowed: {reason}</translation>
    </message>
    <message>
        <source>There is no inzage appointment {id} on this station.</source>
        <translation>There is no inzage appointment {id} on this station.</translation>
    </message>
    <message>
        <source>Afnamegroep {group} has no candidate with number {number}.</source>
        <translation>Afnamegroep {group} has no candidate with number {number}.</translation>
    </message>
    <message>
        <source>{name} already has a booked appointment on {on}: cancel that one first.</source>
        <translation>{name} already has a booked appointment on {on}: cancel that one first.</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>← Afnamegroepen</source>
        <translation>← Afnamegroepen</translation>
    </message>
    <message>
        <source>Back to the afnamegroepen</source>
        <translation>Back to the afnamegroepen</translation>
    </message>
    <message>
        <source>Show every day</source>
        <translation>Show every day</translation>
    </message>
    <message>
        <source>Inzage appointments</source>
        <translation>Inzage appointments</translation>
    </message>
    <message>
        <source>Inzage appointments today, {day}</source>
        <translation>Inzage appointments today, {day}</translation>
    </message>
    <message>
        <source>A PE inzage is requested within 14 days after the result and held at the appointment. Select today's appointment and choose 'Inzage' to open the candidate's afname.</source>
        <translation>A PE inzage is requested within 14 days after the result and held at the appointment. Select today's appointment and choose 'Inzage' to open the candidate's afname.</translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>Cancelled by the candidate</source>
        <translation>Cancelled by the candidate</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Lapsed (passed since)</source>
        <translation>Lapsed (passed since)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{file} is not an examdesk backup.</source>
        <translation>{file} is not an examdesk backup.</translation>
    </message>
    <message>
        <source>{file} is damaged: {member} does not match what the backup recorded.</source>
        <translation>{file} is damaged: {member} does not match what the backup recorded.</translation>
    </message>
    <message>
        <source>{file} was made by a newer examdesk (backup format {version}); update examdesk first.</source>
        <translation>{file} was made by a newer examdesk (backup format {version}); update examdesk first.</translation>
    </message>
    <message>
        <source>The database in {file} is damaged: {reason}.</source>
        <translation>The database in {file} is damaged: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not empty. A backup is restored only into an empty or new folder.</source>
        <translation>{path} is not empty. A backup is restored only into an empty or new folder.</translation>
    </message>
    <message>
        <source>{path} already exists; examdesk does not overwrite it.</source>
        <translation>{path} already exists; examdesk does not overwrite it.</translation>
    </message>
</context>
<context>
    <name>BookAppointmentDialog</name>
    <message>
        <source>Booking the appointment…</source>
        <translation>Booking the appointment…</translation>
    </message>
    <message>
        <source>Book an inzage appointment</source>
        <translation>Book an inzage appointment</translation>
    </message>
    <message>
        <source>{name} ({number}): the day the candidate asked for inzage must lie within 14 days after the result; the appointment itself may be later.</source>
        <translation>{name} ({number}): the day the candidate asked for inzage must lie within 14 days after the result; the appointment itself may be later.</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Appointment date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
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
    <name>BsnCheckDialog</name>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Other document (say which in the note)</source>
        <translation>Other document (say which in the note)</translation>
    </message>
    <message>
        <source>{accommodation}: VSV {state}. Ask the examensecretaris before the start.</source>
        <translation>{accommodation}: VSV {state}. Ask the examensecretaris before the start.</translation>
    </message>
    <message>
        <source>{accommodation}: NO VSV on the roster. Ask the examensecretaris before the start.</source>
        <translation>{accommodation}: NO VSV on the roster. Ask the examensecretaris before the start.</translation>
    </message>
    <message>
        <source>{accommodation}: VSV {state}</source>
        <translation>{accommodation}: VSV {state}</translation>
    </message>
    <message>
        <source>Opening the BSN…</source>
        <translation>Opening the BSN…</translation>
    </message>
    <message>
        <source>BSN {digits}</source>
        <translation>BSN {digits}</translation>
    </message>
    <message>
        <source>Write in the note what differs between the roster and the ID document.</source>
        <translation>Write in the note what differs between the roster and the ID document.</translation>
    </message>
    <message>
        <source>Recording the BSN check…</source>
        <translation>Recording the BSN check…</translation>
    </message>
    <message>
        <source>No accommodations on the roster.</source>
        <translation>No accommodations on the roster.</translation>
    </message>
    <message>
        <source>Tick each accommodation that matches the candidate's VSV; one not ticked is not applied (no extra time on the clock, no pauses).</source>
        <translation>Tick each accommodation that matches the candidate's VSV; one not ticked is not applied (no extra time on the clock, no pauses).</translation>
    </message>
    <message>
        <source>The VSV does not cover every accommodation. Do not give these accommodations until the examensecretaris has decided.</source>
        <translation>The VSV does not cover every accommodation. Do not give these accommodations until the examensecretaris has decided.</translation>
    </message>
    <message>
        <source>BSN check on the start screen</source>
        <translation>BSN check on the start screen</translation>
    </message>
    <message>
        <source>Ask the candidate to compare this number with the BSN on their ID document, then choose the document and say whether they match.</source>
        <translation>Ask the candidate to compare this number with the BSN on their ID document, then choose the document and say whether they match.</translation>
    </message>
    <message>
        <source>BSN on the roster</source>
        <translation>BSN on the roster</translation>
    </message>
    <message>
        <source>Accommodations and VSV</source>
        <translation>Accommodations and VSV</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>ID document</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Needed when the numbers do not match</source>
        <translation>Needed when the numbers do not match</translation>
    </message>
    <message>
        <source>Alt+M</source>
        <translation>Alt+M</translation>
    </message>
    <message>
        <source>Alt+N</source>
        <translation>Alt+N</translation>
    </message>
    <message>
        <source>Matches ({keys})</source>
        <translation>Matches ({keys})</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Does not match ({keys})</source>
        <translation>Does not match ({keys})</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseCounts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDuoDialog</name>
    <message>
        <source>Recording the step…</source>
        <translation>Recording the step…</translation>
    </message>
    <message>
        <source>A PE exam: DUO decides on the irregularity. Record when you reported it to DUO.</source>
        <translation>A PE exam: DUO decides on the irregularity. Record when you reported it to DUO.</translation>
    </message>
    <message>
        <source>Optional: an aangifte, made in consultation with the CDFD or DUO.</source>
        <translation>Optional: an aangifte, made in consultation with the CDFD or DUO.</translation>
    </message>
    <message>
        <source>DUO's decision: per candidate whether the result is declared invalid, and whether the certificate is withheld or revoked.</source>
        <translation>DUO's decision: per candidate whether the result is declared invalid, and whether the certificate is withheld or revoked.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>In consultation with</source>
        <translation>In consultation with</translation>
    </message>
    <message>
        <source>{name}: result declared invalid</source>
        <translation>{name}: result declared invalid</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>CaseStepDialog</name>
    <message>
        <source>Recording the correction…</source>
        <translation>Recording the correction…</translation>
    </message>
    <message>
        <source>Recording the step…</source>
        <translation>Recording the step…</translation>
    </message>
    <message>
        <source>Correct: {step}</source>
        <translation>Correct: {step}</translation>
    </message>
    <message>
        <source>The entry of {when} stays in the history; this correction is recorded beside it, with your reason.</source>
        <translation>The entry of {when} stays in the history; this correction is recorded beside it, with your reason.</translation>
    </message>
    <message>
        <source>Step 1 of the procedure: record when and how you reported the irregularity to the Inspectie.</source>
        <translation>Step 1 of the procedure: record when and how you reported the irregularity to the Inspectie.</translation>
    </message>
    <message>
        <source>Step 2: record the Inspectie's call with the school and what it decided about the work.</source>
        <translation>Step 2: record the Inspectie's call with the school and what it decided about the work.</translation>
    </message>
    <message>
        <source>Steps 3 and 4: record that you completed the form in the ISD (Internet SchoolDossier).</source>
        <translation>Steps 3 and 4: record that you completed the form in the ISD (Internet SchoolDossier).</translation>
    </message>
    <message>
        <source>Step 5: record the Inspectie's decision letter, its date and, per candidate, whether the work was declared invalid.</source>
        <translation>Step 5: record the Inspectie's decision letter, its date and, per candidate, whether the work was declared invalid.</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Date of the call</source>
        <translation>Date of the call</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Date of the letter</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>A technical irregularity</source>
        <translation>A technical irregularity</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>What the Inspectie decided</source>
        <translation>What the Inspectie decided</translation>
    </message>
    <message>
        <source>Facet meldingsnummer (required)</source>
        <translation>Facet meldingsnummer (required)</translation>
    </message>
    <message>
        <source>Facet meldingsnummer (if any)</source>
        <translation>Facet meldingsnummer (if any)</translation>
    </message>
    <message>
        <source>{name}: work declared invalid</source>
        <translation>{name}: work declared invalid</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Letter reference (optional)</source>
        <translation>Letter reference (optional)</translation>
    </message>
    <message>
        <source>Why corrected</source>
        <translation>Why corrected</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Record correction</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Exam period</source>
        <translation>Exam period</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Step reached</source>
        <translation>Step reached</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Open for</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>{category}, technical</source>
        <translation>{category}, technical</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>a) Aids or information that are not allowed, during the exam</source>
        <translation>a) Aids or information that are not allowed, during the exam</translation>
    </message>
    <message>
        <source>b) Questions or answers available to candidates before or during the exam</source>
        <translation>b) Questions or answers available to candidates before or during the exam</translation>
    </message>
    <message>
        <source>c) Supervision that fell short, so that a) or b) could happen</source>
        <translation>c) Supervision that fell short, so that a) or b) could happen</translation>
    </message>
    <message>
        <source>d) More exam time than allowed</source>
        <translation>d) More exam time than allowed</translation>
    </message>
    <message>
        <source>e) Handed-in work changed by someone else</source>
        <translation>e) Handed-in work changed by someone else</translation>
    </message>
    <message>
        <source>f) A grade or result set against the rules</source>
        <translation>f) A grade or result set against the rules</translation>
    </message>
    <message>
        <source>Other (the Inspectie decides whether it is an irregularity)</source>
        <translation>Other (the Inspectie decides whether it is an irregularity)</translation>
    </message>
    <message>
        <source>an irregularity recorded in the session</source>
        <translation>an irregularity recorded in the session</translation>
    </message>
    <message>
        <source>a storing in the session</source>
        <translation>a storing in the session</translation>
    </message>
    <message>
        <source>a candidate who left early, ill</source>
        <translation>a candidate who left early, ill</translation>
    </message>
    <message>
        <source>a melding (VOV) in the session</source>
        <translation>a melding (VOV) in the session</translation>
    </message>
    <message>
        <source>opened by hand</source>
        <translation>opened by hand</translation>
    </message>
    <message>
        <source>certificate not affected</source>
        <translation>certificate not affected</translation>
    </message>
    <message>
        <source>certificate withheld</source>
        <translation>certificate withheld</translation>
    </message>
    <message>
        <source>certificate revoked</source>
        <translation>certificate revoked</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Reported to the Inspectie</source>
        <translation>Reported to the Inspectie</translation>
    </message>
    <message>
        <source>Discussed with the Inspectie</source>
        <translation>Discussed with the Inspectie</translation>
    </message>
    <message>
        <source>ISD form completed</source>
        <translation>ISD form completed</translation>
    </message>
    <message>
        <source>Decision letter received</source>
        <translation>Decision letter received</translation>
    </message>
    <message>
        <source>Tweede zitting planned</source>
        <translation>Tweede zitting planned</translation>
    </message>
    <message>
        <source>Reported to DUO</source>
        <translation>Reported to DUO</translation>
    </message>
    <message>
        <source>Aangifte (optional)</source>
        <translation>Aangifte (optional)</translation>
    </message>
    <message>
        <source>DUO's decision received</source>
        <translation>DUO's decision received</translation>
    </message>
    <message>
        <source>Examenloket by phone</source>
        <translation>Examenloket by phone</translation>
    </message>
    <message>
        <source>Examenloket by e-mail</source>
        <translation>Examenloket by e-mail</translation>
    </message>
    <message>
        <source>Reported to DUO on {date}.</source>
        <translation>Reported to DUO on {date}.</translation>
    </message>
    <message>
        <source>Aangifte on {date}, in consultation with {consulted}.</source>
        <translation>Aangifte on {date}, in consultation with {consulted}.</translation>
    </message>
    <message>
        <source>DUO's decision of {date}. Declared invalid: {invalid}. Valid: {valid}. {certificate}.</source>
        <translation>DUO's decision of {date}. Declared invalid: {invalid}. Valid: {valid}. {certificate}.</translation>
    </message>
    <message>
        <source>The next step of this case is “{next}”; “{step}” cannot come before it.</source>
        <translation>The next step of this case is “{next}”; “{step}” cannot come before it.</translation>
    </message>
    <message>
        <source>This case is closed; no step follows “{step}”.</source>
        <translation>This case is closed; no step follows “{step}”.</translation>
    </message>
    <message>
        <source>A case is about at least one candidate of the session.</source>
        <translation>A case is about at least one candidate of the session.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <source>The date {date} lies in the future.</source>
        <translation>The date {date} lies in the future.</translation>
    </message>
    <message>
        <source>The date {date} lies before the session of {session} in which it happened.</source>
        <translation>The date {date} lies before the session of {session} in which it happened.</translation>
    </message>
    <message>
        <source>The date {date} lies before the date of the step before it ({previous}, {previous_date}).</source>
        <translation>The date {date} lies before the date of the step before it ({previous}, {previous_date}).</translation>
    </message>
    <message>
        <source>Write down what the Inspectie decided in its call.</source>
        <translation>Write down what the Inspectie decided in its call.</translation>
    </message>
    <message>
        <source>A technical irregularity needs the Facet helpdesk's meldingsnummer on the ISD form; contact the helpdesk Facet first if you have none.</source>
        <translation>A technical irregularity needs the Facet helpdesk's meldingsnummer on the ISD form; contact the helpdesk Facet first if you have none.</translation>
    </message>
    <message>
        <source>The decision must say for every candidate of the case whether their work was declared invalid.</source>
        <translation>The decision must say for every candidate of the case whether their work was declared invalid.</translation>
    </message>
    <message>
        <source>A tweede zitting can only be planned for a candidate whose work the Inspectie declared invalid; the decision letter of this case declares no work invalid.</source>
        <translation>A tweede zitting can only be planned for a candidate whose work the Inspectie declared invalid; the decision letter of this case declares no work invalid.</translation>
    </message>
    <message>
        <source>The tweede zitting is for exactly the candidates whose work was declared invalid: {names}.</source>
        <translation>The tweede zitting is for exactly the candidates whose work was declared invalid: {names}.</translation>
    </message>
    <message>
        <source>The tweede zitting on {date} lies before the decision letter of {decision}.</source>
        <translation>The tweede zitting on {date} lies before the decision letter of {decision}.</translation>
    </message>
    <message>
        <source>Say with whom the aangifte was discussed: the CDFD or DUO.</source>
        <translation>Say with whom the aangifte was discussed: the CDFD or DUO.</translation>
    </message>
    <message>
        <source>Say why the entry is corrected.</source>
        <translation>Say why the entry is corrected.</translation>
    </message>
    <message>
        <source>Entry {id} is not a step of this case.</source>
        <translation>Entry {id} is not a step of this case.</translation>
    </message>
    <message>
        <source>A correction of “{step}” must give that step's facts.</source>
        <translation>A correction of “{step}” must give that step's facts.</translation>
    </message>
    <message>
        <source>A planned tweede zitting is not corrected here; it is a session of its own.</source>
        <translation>A planned tweede zitting is not corrected here; it is a session of its own.</translation>
    </message>
    <message>
        <source>The decision cannot be corrected once the tweede zitting is planned: the planning relies on it.</source>
        <translation>The decision cannot be corrected once the tweede zitting is planned: the planning relies on it.</translation>
    </message>
    <message>
        <source>The session, the candidates and the origin of a case stay as opened; open a new case instead.</source>
        <translation>The session, the candidates and the origin of a case stay as opened; open a new case instead.</translation>
    </message>
    <message>
        <source>Report the irregularity to the Inspectie: call the Examenloket or e-mail examenloket@duo.nl. Then record here the date and how you reported it.</source>
        <translation>Report the irregularity to the Inspectie: call the Examenloket or e-mail examenloket@duo.nl. Then record here the date and how you reported it.</translation>
    </message>
    <message>
        <source>This is a technical irregularity: make sure you have the meldingsnummer of the helpdesk Facet; the ISD form needs it.</source>
        <translation>This is a technical irregularity: make sure you have the meldingsnummer of the helpdesk Facet; the ISD form needs it.</translation>
    </message>
    <message>
        <source>The meldingsnummer known from the session is {number}; check it with the helpdesk Facet.</source>
        <translation>The meldingsnummer known from the session is {number}; check it with the helpdesk Facet.</translation>
    </message>
    <message>
        <source>Wait for the Inspectie's call: it always calls the school to discuss the case and then decides whether the work is declared invalid. Record the date of the call and what was decided.</source>
        <translation>Wait for the Inspectie's call: it always calls the school to discuss the case and then decides whether the work is declared invalid. Record the date of the call and what was decided.</translation>
    </message>
    <message>
        <source>The Inspectie e-mails when the form is ready in the ISD (Internet Schooldossier). Complete it in full and record the date here.</source>
        <translation>The Inspectie e-mails when the form is ready in the ISD (Internet Schooldossier). Complete it in full and record the date here.</translation>
    </message>
    <message>
        <source>Write the Facet helpdesk's meldingsnummer on the form: without it the form cannot be recorded.</source>
        <translation>Write the Facet helpdesk's meldingsnummer on the form: without it the form cannot be recorded.</translation>
    </message>
    <message>
        <source>Wait for the Inspectie's decision letter (sent to the bevoegd gezag, with a copy to you). Record its date and, for each candidate, whether their work was declared invalid.</source>
        <translation>Wait for the Inspectie's decision letter (sent to the bevoegd gezag, with a copy to you). Record its date and, for each candidate, whether their work was declared invalid.</translation>
    </message>
    <message>
        <source>Plan a tweede zitting for {names}: a session of its own, marked as a second sitting, with a variant that shares no question with the one they sat.</source>
        <translation>Plan a tweede zitting for {names}: a session of its own, marked as a second sitting, with a variant that shares no question with the one they sat.</translation>
    </message>
    <message>
        <source>Nothing more to do: the Inspectie declared no work invalid, so the results stand.</source>
        <translation>Nothing more to do: the Inspectie declared no work invalid, so the results stand.</translation>
    </message>
    <message>
        <source>Nothing more to do here: the tweede zitting is planned for {date}, variant {variant}.</source>
        <translation>Nothing more to do here: the tweede zitting is planned for {date}, variant {variant}.</translation>
    </message>
    <message>
        <source>Reported to the Inspectie: date, by phone or e-mail</source>
        <translation>Reported to the Inspectie: date, by phone or e-mail</translation>
    </message>
    <message>
        <source>The Inspectie's call: date and its decision</source>
        <translation>The Inspectie's call: date and its decision</translation>
    </message>
    <message>
        <source>ISD form completed: date</source>
        <translation>ISD form completed: date</translation>
    </message>
    <message>
        <source>ISD form completed: date and the Facet helpdesk's meldingsnummer</source>
        <translation>ISD form completed: date and the Facet helpdesk's meldingsnummer</translation>
    </message>
    <message>
        <source>Decision letter: its date and, per candidate, whether the work was declared invalid</source>
        <translation>Decision letter: its date and, per candidate, whether the work was declared invalid</translation>
    </message>
    <message>
        <source>Tweede zitting for the candidates whose work is declared invalid, with a variant without overlap</source>
        <translation>Tweede zitting for the candidates whose work is declared invalid, with a variant without overlap</translation>
    </message>
    <message>
        <source>This is a PE exam: report the irregularity to DUO, which decides on it. Record the date you reported it.</source>
        <translation>This is a PE exam: report the irregularity to DUO, which decides on it. Record the date you reported it.</translation>
    </message>
    <message>
        <source>If there is reason for an aangifte, make it in consultation with the CDFD or DUO and record it (optional).</source>
        <translation>If there is reason for an aangifte, make it in consultation with the CDFD or DUO and record it (optional).</translation>
    </message>
    <message>
        <source>Wait for DUO's decision: for each candidate valid or invalid, and whether the certificate is withheld or revoked. Record it here.</source>
        <translation>Wait for DUO's decision: for each candidate valid or invalid, and whether the certificate is withheld or revoked. Record it here.</translation>
    </message>
    <message>
        <source>DUO's answer on a result adjustment for this technical fault is due by {date} (eight weeks).</source>
        <translation>DUO's answer on a result adjustment for this technical fault is due by {date} (eight weeks).</translation>
    </message>
    <message>
        <source>DUO's answer was due by {date} and has not been recorded: ask DUO about it.</source>
        <translation>DUO's answer was due by {date} and has not been recorded: ask DUO about it.</translation>
    </message>
    <message>
        <source>Nothing more to do here: DUO decided on {date}.</source>
        <translation>Nothing more to do here: DUO decided on {date}.</translation>
    </message>
    <message>
        <source>Reported to DUO: date</source>
        <translation>Reported to DUO: date</translation>
    </message>
    <message>
        <source>DUO's decision: its date, per candidate valid or invalid, and the certificate</source>
        <translation>DUO's decision: its date, per candidate valid or invalid, and the certificate</translation>
    </message>
    <message>
        <source>The exam has no variant {variant}; it has {variants}.</source>
        <translation>The exam has no variant {variant}; it has {variants}.</translation>
    </message>
    <message>
        <source>Variant {variant} shares {count} questions with variant {sat}, which {names} sat: {items}. A tweede zitting needs a variant without overlap.</source>
        <translation>Variant {variant} shares {count} questions with variant {sat}, which {names} sat: {items}. A tweede zitting needs a variant without overlap.</translation>
    </message>
    <message>
        <source>For {names}. {category}. {technical} What happened: {description}</source>
        <translation>For {names}. {category}. {technical} What happened: {description}</translation>
    </message>
    <message>
        <source>Technical irregularity.</source>
        <translation>Technical irregularity.</translation>
    </message>
    <message>
        <source>Technical irregularity (meldingsnummer {number}).</source>
        <translation>Technical irregularity (meldingsnummer {number}).</translation>
    </message>
    <message>
        <source>Not technical.</source>
        <translation>Not technical.</translation>
    </message>
    <message>
        <source>On {date}, {channel}.</source>
        <translation>On {date}, {channel}.</translation>
    </message>
    <message>
        <source>Call on {date}. The Inspectie decided: {decision}</source>
        <translation>Call on {date}. The Inspectie decided: {decision}</translation>
    </message>
    <message>
        <source>Completed on {date}, meldingsnummer {number}.</source>
        <translation>Completed on {date}, meldingsnummer {number}.</translation>
    </message>
    <message>
        <source>Completed on {date}.</source>
        <translation>Completed on {date}.</translation>
    </message>
    <message>
        <source>Letter of {date}. Declared invalid: {invalid}. Valid: {valid}.</source>
        <translation>Letter of {date}. Declared invalid: {invalid}. Valid: {valid}.</translation>
    </message>
    <message>
        <source>On {date}, variant {variant}, afnamegroep {group}, for {names}.</source>
        <translation>On {date}, variant {variant}, afnamegroep {group}, for {names}.</translation>
    </message>
    <message>
        <source>{text} Note: {note}</source>
        <translation>{text} Note: {note}</translation>
    </message>
    <message>
        <source>{text} Reference: {reference}</source>
        <translation>{text} Reference: {reference}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>There is no case {id} on this station.</source>
        <translation>There is no case {id} on this station.</translation>
    </message>
    <message>
        <source>Candidate {id} does not belong to the session of this case.</source>
        <translation>Candidate {id} does not belong to the session of this case.</translation>
    </message>
    <message>
        <source>Entry {id} of the session is not an irregularity, storing, illness or melding to open a case from.</source>
        <translation>Entry {id} of the session is not an irregularity, storing, illness or melding to open a case from.</translation>
    </message>
    <message>
        <source>Case {case} was already opened from this entry of the session.</source>
        <translation>Case {case} was already opened from this entry of the session.</translation>
    </message>
    <message>
        <source>'{value}' is not one of: {allowed}.</source>
        <translation>'{value}' is not one of: {allowed}.</translation>
    </message>
    <message>
        <source>The afnamegroep {group} is not marked as a second sitting of {first}, the group of the first session.</source>
        <translation>The afnamegroep {group} is not marked as a second sitting of {first}, the group of the first session.</translation>
    </message>
    <message>
        <source>The afnamegroep {group} is marked as a second sitting of {first}; it is planned only as the tweede zitting of a case whose decision declared the work invalid.</source>
        <translation>The afnamegroep {group} is marked as a second sitting of {first}; it is planned only as the tweede zitting of a case whose decision declared the work invalid.</translation>
    </message>
    <message>
        <source>{name} already handed in {exam} ({where}); planning them again needs a case whose decision declares that work invalid.</source>
        <translation>{name} already handed in {exam} ({where}); planning them again needs a case whose decision declares that work invalid.</translation>
    </message>
    <message>
        <source>A tweede zitting needs its variant chosen, so that it can be checked for overlap.</source>
        <translation>A tweede zitting needs its variant chosen, so that it can be checked for overlap.</translation>
    </message>
    <message>
        <source>{name} cannot sit a tweede zitting: no case of the first session holds a decision of the Inspectie that declares their work invalid.</source>
        <translation>{name} cannot sit a tweede zitting: no case of the first session holds a decision of the Inspectie that declares their work invalid.</translation>
    </message>
    <message>
        <source>It is not known which variant {name} sat in the first session; import their result (it names the variant) before planning the tweede zitting.</source>
        <translation>It is not known which variant {name} sat in the first session; import their result (it names the variant) before planning the tweede zitting.</translation>
    </message>
    <message>
        <source>A tweede zitting is already planned for this case.</source>
        <translation>A tweede zitting is already planned for this case.</translation>
    </message>
</context>
<context>
    <name>CasesWorkspace</name>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Overdue: DUO's answer was due by {date}.</source>
        <translation>Overdue: DUO's answer was due by {date}.</translation>
    </message>
    <message>
        <source>DUO's answer is due by {date}.</source>
        <translation>DUO's answer is due by {date}.</translation>
    </message>
    <message>
        <source>Record the report…</source>
        <translation>Record the report…</translation>
    </message>
    <message>
        <source>Record the Inspectie's call…</source>
        <translation>Record the Inspectie's call…</translation>
    </message>
    <message>
        <source>Record the ISD form…</source>
        <translation>Record the ISD form…</translation>
    </message>
    <message>
        <source>Record the decision letter…</source>
        <translation>Record the decision letter…</translation>
    </message>
    <message>
        <source>Plan the tweede zitting…</source>
        <translation>Plan the tweede zitting…</translation>
    </message>
    <message>
        <source>Record the report to DUO…</source>
        <translation>Record the report to DUO…</translation>
    </message>
    <message>
        <source>Record DUO's decision…</source>
        <translation>Record DUO's decision…</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>Nothing to record</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>What to do now</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Still needed</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>History of the case</translation>
    </message>
    <message>
        <source>Columns of the history</source>
        <translation>Columns of the history</translation>
    </message>
    <message>
        <source>Correct the chosen entry…</source>
        <translation>Correct the chosen entry…</translation>
    </message>
    <message>
        <source>Signed dossier (PDF)…</source>
        <translation>Signed dossier (PDF)…</translation>
    </message>
    <message>
        <source>The whole case as a PDF signed by this station: for the Inspectie and the school's records.</source>
        <translation>The whole case as a PDF signed by this station: for the Inspectie and the school's records.</translation>
    </message>
    <message>
        <source>Choose an entry in the history first. The entry stays; the correction is recorded beside it.</source>
        <translation>Choose an entry in the history first. The entry stays; the correction is recorded beside it.</translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation>No case chosen</translation>
    </message>
    <message>
        <source>Choose a case above to see where it stands.</source>
        <translation>Choose a case above to see where it stands.</translation>
    </message>
    <message>
        <source>Case {id}: {group}, {date}</source>
        <translation>Case {id}: {group}, {date}</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>technical</translation>
    </message>
    <message>
        <source>not technical</source>
        <translation>not technical</translation>
    </message>
    <message>
        <source>{exam}
Candidates: {candidates}
Category: {category} ({technical})
Opened on {opened} from {origin}</source>
        <translation>{exam}
Candidates: {candidates}
Category: {category} ({technical})
Opened on {opened} from {origin}</translation>
    </message>
    <message>
        <source>Closed. Steps: {steps}</source>
        <translation>Closed. Steps: {steps}</translation>
    </message>
    <message>
        <source>Now at: {step}. Steps: {steps}</source>
        <translation>Now at: {step}. Steps: {steps}</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nothing.</translation>
    </message>
    <message>
        <source>Record an aangifte…</source>
        <translation>Record an aangifte…</translation>
    </message>
    <message>
        <source>Loading the cases…</source>
        <translation>Loading the cases…</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <source>Choose the entry to correct in the history first.</source>
        <translation>Choose the entry to correct in the history first.</translation>
    </message>
    <message>
        <source>A planned tweede zitting is not corrected here; it is a session of its own.</source>
        <translation>A planned tweede zitting is not corrected here; it is a session of its own.</translation>
    </message>
    <message>
        <source>Looking up the variants…</source>
        <translation>Looking up the variants…</translation>
    </message>
    <message>
        <source>All exam periods</source>
        <translation>All exam periods</translation>
    </message>
    <message>
        <source>{open} open, {closed} closed</source>
        <translation>{open} open, {closed} closed</translation>
    </message>
    <message>
        <source>Here the examensecretaris follows each irregularity through the Inspectie's procedure: the report to the Examenloket, the Inspectie's call, the ISD form, the decision letter and, when work is declared invalid, the tweede zitting with a variant without overlap.</source>
        <translation>Here the examensecretaris follows each irregularity through the Inspectie's procedure: the report to the Examenloket, the Inspectie's call, the ISD form, the decision letter and, when work is declared invalid, the tweede zitting with a variant without overlap.</translation>
    </message>
    <message>
        <source>There are no cases on this station. Open one when a session recorded an irregularity, a storing or a candidate who left ill, or when you learn of one afterwards.</source>
        <translation>There are no cases on this station. Open one when a session recorded an irregularity, a storing or a candidate who left ill, or when you learn of one afterwards.</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>Open case…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Exam period</source>
        <translation>Exam period</translation>
    </message>
    <message>
        <source>Columns of the cases table</source>
        <translation>Columns of the cases table</translation>
    </message>
    <message>
        <source>Export the signed dossier of the case</source>
        <translation>Export the signed dossier of the case</translation>
    </message>
    <message>
        <source>Case {id}: {group}, {date}. The dossier holds the case's facts, every step with its dates and corrections, the session's entries about these candidates and their masked BSNs.</source>
        <translation>Case {id}: {group}, {date}. The dossier holds the case's facts, every step with its dates and corrections, the session's entries about these candidates and their masked BSNs.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>There is no afnamegroep {code} on this station.</source>
        <translation>There is no afnamegroep {code} on this station.</translation>
    </message>
    <message>
        <source>There is no candidate with number {number} in {group}.</source>
        <translation>There is no candidate with number {number} in {group}.</translation>
    </message>
</context>
<context>
    <name>CertificateBox</name>
    <message>
        <source>Reading the certificate…</source>
        <translation>Reading the certificate…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>No certificate yet: reports cannot be signed. Create one on this station, or import the school's certificate (PKCS#12).</source>
        <translation>No certificate yet: reports cannot be signed. Create one on this station, or import the school's certificate (PKCS#12).</translation>
    </message>
    <message>
        <source>Valid: reports are signed with it.</source>
        <translation>Valid: reports are signed with it.</translation>
    </message>
    <message>
        <source>Not valid now: create or import a new certificate.</source>
        <translation>Not valid now: create or import a new certificate.</translation>
    </message>
    <message>
        <source>the station itself (self-signed)</source>
        <translation>the station itself (self-signed)</translation>
    </message>
    <message>
        <source>{start} until {end}</source>
        <translation>{start} until {end}</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <source>The proces-verbaal, the VOV and the inzage report are signed with this certificate, so that any change to them afterwards shows. Its key is kept encrypted; the passphrase is in the station's keys.</source>
        <translation>The proces-verbaal, the VOV and the inzage report are signed with this certificate, so that any change to them afterwards shows. Its key is kept encrypted; the passphrase is in the station's keys.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Create a certificate…</source>
        <translation>Create a certificate…</translation>
    </message>
    <message>
        <source>Import PKCS#12…</source>
        <translation>Import PKCS#12…</translation>
    </message>
    <message>
        <source>Verify a report…</source>
        <translation>Verify a report…</translation>
    </message>
    <message>
        <source>It replaces the current certificate; reports signed earlier stay recognised as this station's.</source>
        <translation>It replaces the current certificate; reports signed earlier stay recognised as this station's.</translation>
    </message>
    <message>
        <source>Creating the certificate…</source>
        <translation>Creating the certificate…</translation>
    </message>
    <message>
        <source>Create a signing certificate</source>
        <translation>Create a signing certificate</translation>
    </message>
    <message>
        <source>The station makes a key pair and a certificate valid for five years, naming the school and this station.</source>
        <translation>The station makes a key pair and a certificate valid for five years, naming the school and this station.</translation>
    </message>
    <message>
        <source>Kind of key</source>
        <translation>Kind of key</translation>
    </message>
    <message>
        <source>ECDSA P-256 (recommended: small and fast)</source>
        <translation>ECDSA P-256 (recommended: small and fast)</translation>
    </message>
    <message>
        <source>RSA 3072 (for software that needs RSA)</source>
        <translation>RSA 3072 (for software that needs RSA)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file first.</source>
        <translation>Choose the PKCS#12 file first.</translation>
    </message>
    <message>
        <source>Importing the certificate…</source>
        <translation>Importing the certificate…</translation>
    </message>
    <message>
        <source>Import the school's certificate</source>
        <translation>Import the school's certificate</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file (.p12 or .pfx) the school gave you, with its password. It must hold the private key, be valid today and be meant for signing.</source>
        <translation>Choose the PKCS#12 file (.p12 or .pfx) the school gave you, with its password. It must hold the private key, be valid today and be meant for signing.</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12 file</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Password of the file</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>This station has no signing certificate yet. A beheerder creates or imports one under Administration, Signing certificate.</source>
        <translation>This station has no signing certificate yet. A beheerder creates or imports one under Administration, Signing certificate.</translation>
    </message>
    <message>
        <source>The passphrase of the station's signing key is missing from the keyring, so reports cannot be signed. A beheerder creates or imports a new certificate.</source>
        <translation>The passphrase of the station's signing key is missing from the keyring, so reports cannot be signed. A beheerder creates or imports a new certificate.</translation>
    </message>
    <message>
        <source>The station's signing key in {path} cannot be opened: it is damaged.</source>
        <translation>The station's signing key in {path} cannot be opened: it is damaged.</translation>
    </message>
    <message>
        <source>{file} cannot be opened as a PKCS#12 file (.p12/.pfx): the password is wrong or the file is damaged.</source>
        <translation>{file} cannot be opened as a PKCS#12 file (.p12/.pfx): the password is wrong or the file is damaged.</translation>
    </message>
    <message>
        <source>{file} holds no private key with its certificate; the school must export both.</source>
        <translation>{file} holds no private key with its certificate; the school must export both.</translation>
    </message>
    <message>
        <source>The key in {file} is of a kind examdesk cannot sign with; use RSA (2048 bits or more) or ECDSA.</source>
        <translation>The key in {file} is of a kind examdesk cannot sign with; use RSA (2048 bits or more) or ECDSA.</translation>
    </message>
    <message>
        <source>The certificate in {file} is valid only from {start} until {end}.</source>
        <translation>The certificate in {file} is valid only from {start} until {end}.</translation>
    </message>
    <message>
        <source>The certificate in {file} may not be used for signing documents (its key usage).</source>
        <translation>The certificate in {file} may not be used for signing documents (its key usage).</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Unknown key type '{value}': use {allowed}.</source>
        <translation>Unknown key type '{value}': use {allowed}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>invalid: {reason}</source>
        <translation>invalid: {reason}</translation>
    </message>
    <message>
        <source>Unknown command '{command}'. The commands are: {commands}.</source>
        <translation>Unknown command '{command}'. The commands are: {commands}.</translation>
    </message>
    <message>
        <source>The arguments are not right: {detail}. See 'examdesk --help'.</source>
        <translation>The arguments are not right: {detail}. See 'examdesk --help'.</translation>
    </message>
    <message>
        <source>'{command}' needs {what}. See 'examdesk {command} --help'.</source>
        <translation>'{command}' needs {what}. See 'examdesk {command} --help'.</translation>
    </message>
    <message>
        <source>Unknown option '{option}'. See 'examdesk --help'.</source>
        <translation>Unknown option '{option}'. See 'examdesk --help'.</translation>
    </message>
    <message>
        <source>Unknown language '{value}': use nl or en.</source>
        <translation>Unknown language '{value}': use nl or en.</translation>
    </message>
    <message>
        <source>'examdesk demo' needs --data-dir DIR: the new folder to write the demo data into.</source>
        <translation>'examdesk demo' needs --data-dir DIR: the new folder to write the demo data into.</translation>
    </message>
    <message>
        <source>Demo data written to {path}. Sign in as 'demo' with password '{password}'.</source>
        <translation>Demo data written to {path}. Sign in as 'demo' with password '{password}'.</translation>
    </message>
    <message>
        <source>examdesk stopped because of an internal error. Nothing more was written; the details are in {log}.</source>
        <translation>examdesk stopped because of an internal error. Nothing more was written; the details are in {log}.</translation>
    </message>
    <message>
        <source>examdesk: the exam-day station. Without a command it opens the application.</source>
        <translation>examdesk: the exam-day station. Without a command it opens the application.</translation>
    </message>
    <message>
        <source>the data folder (default: the platform's user data folder)</source>
        <translation>the data folder (default: the platform's user data folder)</translation>
    </message>
    <message>
        <source>language of messages and windows: nl or en (default: the system's, Dutch if unsure)</source>
        <translation>language of messages and windows: nl or en (default: the system's, Dutch if unsure)</translation>
    </message>
    <message>
        <source>There is no examdesk station in {path}. Give the folder of an existing station with --data-dir, or make one with 'examdesk import' or the application.</source>
        <translation>There is no examdesk station in {path}. Give the folder of an existing station with --data-dir, or make one with 'examdesk import' or the application.</translation>
    </message>
    <message>
        <source>'{value}' is not a whole number</source>
        <translation>'{value}' is not a whole number</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} is not a folder.</translation>
    </message>
    <message>
        <source>examdesk may not read or write {path} (permission denied).</source>
        <translation>examdesk may not read or write {path} (permission denied).</translation>
    </message>
    <message>
        <source>There is no room left on the disk for {path}.</source>
        <translation>There is no room left on the disk for {path}.</translation>
    </message>
    <message>
        <source>{path} is on a disk that cannot be written to.</source>
        <translation>{path} is on a disk that cannot be written to.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} already exists.</translation>
    </message>
    <message>
        <source>{path} cannot be used: the operating system says '{reason}'.</source>
        <translation>{path} cannot be used: the operating system says '{reason}'.</translation>
    </message>
    <message>
        <source>open the application on a fresh throwaway folder with demo data</source>
        <translation>open the application on a fresh throwaway folder with demo data</translation>
    </message>
    <message>
        <source>with --demo: keep the demo folder when the application closes</source>
        <translation>with --demo: keep the demo folder when the application closes</translation>
    </message>
    <message>
        <source>print the version and stop</source>
        <translation>print the version and stop</translation>
    </message>
    <message>
        <source>check the format of one or more BSNs (11-proef)</source>
        <translation>check the format of one or more BSNs (11-proef)</translation>
    </message>
    <message>
        <source>a BSN; spaces and dots are ignored</source>
        <translation>a BSN; spaces and dots are ignored</translation>
    </message>
    <message>
        <source>check this installation</source>
        <translation>check this installation</translation>
    </message>
    <message>
        <source>write demo data into a new folder (--data-dir) without opening a window</source>
        <translation>write demo data into a new folder (--data-dir) without opening a window</translation>
    </message>
    <message>
        <source>at least one BSN</source>
        <translation>at least one BSN</translation>
    </message>
    <message>
        <source>a package file (.json or .zip)</source>
        <translation>a package file (.json or .zip)</translation>
    </message>
    <message>
        <source>validate a package and import it completely, or nothing</source>
        <translation>validate a package and import it completely, or nothing</translation>
    </message>
    <message>
        <source>score the results in a package without importing anything</source>
        <translation>score the results in a package without importing anything</translation>
    </message>
    <message>
        <source>print the package format's JSON Schema</source>
        <translation>print the package format's JSON Schema</translation>
    </message>
    <message>
        <source>the package: a .json file or a .zip with package.json</source>
        <translation>the package: a .json file or a .zip with package.json</translation>
    </message>
    <message>
        <source>leave this item out of score and maximum (a technical fault, R-SCO-9)</source>
        <translation>leave this item out of score and maximum (a technical fault, R-SCO-9)</translation>
    </message>
    <message>
        <source>also the sessions of every other station on the school server or imported as transfer files</source>
        <translation>also the sessions of every other station on the school server or imported as transfer files</translation>
    </message>
    <message>
        <source>{file} imported: {exams}, {groups}, {candidates} and {results} added; {same}.</source>
        <translation>{file} imported: {exams}, {groups}, {candidates} and {results} added; {same}.</translation>
    </message>
    <message>
        <source>1 exam</source>
        <translation>1 exam</translation>
    </message>
    <message>
        <source>{count} exams</source>
        <translation>{count} exams</translation>
    </message>
    <message>
        <source>1 afnamegroep</source>
        <translation>1 afnamegroep</translation>
    </message>
    <message>
        <source>{count} afnamegroepen</source>
        <translation>{count} afnamegroepen</translation>
    </message>
    <message>
        <source>1 candidate</source>
        <translation>1 candidate</translation>
    </message>
    <message>
        <source>{count} candidates</source>
        <translation>{count} candidates</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 result</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} results</translation>
    </message>
    <message>
        <source>1 was already on this station</source>
        <translation>1 was already on this station</translation>
    </message>
    <message>
        <source>{count} were already on this station</source>
        <translation>{count} were already on this station</translation>
    </message>
    <message>
        <source>A new station was made in {path}. This computer has no usable keyring, so its keys are in an encrypted file protected by the passphrase in EXAMDESK_KEY_PASSPHRASE: keep that passphrase, the station cannot be opened without it.</source>
        <translation>A new station was made in {path}. This computer has no usable keyring, so its keys are in an encrypted file protected by the passphrase in EXAMDESK_KEY_PASSPHRASE: keep that passphrase, the station cannot be opened without it.</translation>
    </message>
    <message>
        <source>{path} holds no station yet, and this computer has no usable keyring: a new station keeps its keys in an encrypted file. Choose a station passphrase of at least 12 characters, set EXAMDESK_KEY_PASSPHRASE to it and import again. Nothing was written.</source>
        <translation>{path} holds no station yet, and this computer has no usable keyring: a new station keeps its keys in an encrypted file. Choose a station passphrase of at least 12 characters, set EXAMDESK_KEY_PASSPHRASE to it and import again. Nothing was written.</translation>
    </message>
    <message>
        <source>machine-readable output on standard output</source>
        <translation>machine-readable output on standard output</translation>
    </message>
    <message>
        <source>list the exam sessions on this station</source>
        <translation>list the exam sessions on this station</translation>
    </message>
    <message>
        <source>Version 1 package: the grounds of extra time were read from the basis text. Check them:</source>
        <translation>Version 1 package: the grounds of extra time were read from the basis text. Check them:</translation>
    </message>
    <message>
        <source>{file} holds nothing new: everything in it is already on this station.</source>
        <translation>{file} holds nothing new: everything in it is already on this station.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>grade {grade}</translation>
    </message>
    <message>
        <source>for each candidate of an afnamegroep: grade, and whether inzage is allowed on a date and why not</source>
        <translation>for each candidate of an afnamegroep: grade, and whether inzage is allowed on a date and why not</translation>
    </message>
    <message>
        <source>book or cancel a PE inzage appointment</source>
        <translation>book or cancel a PE inzage appointment</translation>
    </message>
    <message>
        <source>book the appointment a candidate requested; prints the appointment's number</source>
        <translation>book the appointment a candidate requested; prints the appointment's number</translation>
    </message>
    <message>
        <source>the candidate cancelled the appointment</source>
        <translation>the candidate cancelled the appointment</translation>
    </message>
    <message>
        <source>list the PE inzage appointments (of one day)</source>
        <translation>list the PE inzage appointments (of one day)</translation>
    </message>
    <message>
        <source>the afnamegroep's code</source>
        <translation>the afnamegroep's code</translation>
    </message>
    <message>
        <source>the candidate's number in the afnamegroep</source>
        <translation>the candidate's number in the afnamegroep</translation>
    </message>
    <message>
        <source>the day the candidate asked for inzage, YYYY-MM-DD</source>
        <translation>the day the candidate asked for inzage, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the day of the appointment, YYYY-MM-DD</source>
        <translation>the day of the appointment, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the time of the appointment, HH:MM</source>
        <translation>the time of the appointment, HH:MM</translation>
    </message>
    <message>
        <source>the appointment's number</source>
        <translation>the appointment's number</translation>
    </message>
    <message>
        <source>only the appointments of this day, YYYY-MM-DD</source>
        <translation>only the appointments of this day, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>'{value}' is not an appointment number (a whole number).</source>
        <translation>'{value}' is not an appointment number (a whole number).</translation>
    </message>
    <message>
        <source>Appointment {id} is cancelled.</source>
        <translation>Appointment {id} is cancelled.</translation>
    </message>
    <message>
        <source>an afnamegroep, a candidate number, --requested and --on</source>
        <translation>an afnamegroep, a candidate number, --requested and --on</translation>
    </message>
    <message>
        <source>an appointment number</source>
        <translation>an appointment number</translation>
    </message>
    <message>
        <source>'add' or 'cancel'</source>
        <translation>'add' or 'cancel'</translation>
    </message>
    <message>
        <source>'appointment' needs {what}. See 'examdesk appointment --help'.</source>
        <translation>'appointment' needs {what}. See 'examdesk appointment --help'.</translation>
    </message>
    <message>
        <source>the day to decide for, YYYY-MM-DD (default: today in Amsterdam)</source>
        <translation>the day to decide for, YYYY-MM-DD (default: today in Amsterdam)</translation>
    </message>
    <message>
        <source>'{value}' is not a date: write it as YYYY-MM-DD, for example 2026-06-27.</source>
        <translation>'{value}' is not a date: write it as YYYY-MM-DD, for example 2026-06-27.</translation>
    </message>
    <message>
        <source>export a signed report as PDF</source>
        <translation>export a signed report as PDF</translation>
    </message>
    <message>
        <source>the proces-verbaal of one session</source>
        <translation>the proces-verbaal of one session</translation>
    </message>
    <message>
        <source>list a session's meldingen (VOVs): what 'report vov' takes</source>
        <translation>list a session's meldingen (VOVs): what 'report vov' takes</translation>
    </message>
    <message>
        <source>list an afnamegroep's inzages: what 'report inzage' takes</source>
        <translation>list an afnamegroep's inzages: what 'report inzage' takes</translation>
    </message>
    <message>
        <source>list the irregularity cases: what 'report case' takes</source>
        <translation>list the irregularity cases: what 'report case' takes</translation>
    </message>
    <message>
        <source>the session's id (see 'examdesk sessions')</source>
        <translation>the session's id (see 'examdesk sessions')</translation>
    </message>
    <message>
        <source>a session id</source>
        <translation>a session id</translation>
    </message>
    <message>
        <source>an afnamegroep's code</source>
        <translation>an afnamegroep's code</translation>
    </message>
    <message>
        <source>a session id and --out FILE.pdf</source>
        <translation>a session id and --out FILE.pdf</translation>
    </message>
    <message>
        <source>the report of one inzage</source>
        <translation>the report of one inzage</translation>
    </message>
    <message>
        <source>the inzage's number (as the inzage log shows it)</source>
        <translation>the inzage's number (as the inzage log shows it)</translation>
    </message>
    <message>
        <source>an inzage number and --out FILE.pdf</source>
        <translation>an inzage number and --out FILE.pdf</translation>
    </message>
    <message>
        <source>the verklaring van ordentelijk verloop of one melding</source>
        <translation>the verklaring van ordentelijk verloop of one melding</translation>
    </message>
    <message>
        <source>the melding's number (as the proces-verbaal shows it)</source>
        <translation>the melding's number (as the proces-verbaal shows it)</translation>
    </message>
    <message>
        <source>the dossier of one irregularity case</source>
        <translation>the dossier of one irregularity case</translation>
    </message>
    <message>
        <source>the case's number (as the Cases workspace shows it)</source>
        <translation>the case's number (as the Cases workspace shows it)</translation>
    </message>
    <message>
        <source>a case number and --out FILE.pdf</source>
        <translation>a case number and --out FILE.pdf</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>replace the file when it already exists</source>
        <translation>replace the file when it already exists</translation>
    </message>
    <message>
        <source>check the digital signatures of a PDF report</source>
        <translation>check the digital signatures of a PDF report</translation>
    </message>
    <message>
        <source>the PDF file to check</source>
        <translation>the PDF file to check</translation>
    </message>
    <message>
        <source>a kind of report: proces-verbaal, vov, inzage or case</source>
        <translation>a kind of report: proces-verbaal, vov, inzage or case</translation>
    </message>
    <message>
        <source>a melding number and --out FILE.pdf</source>
        <translation>a melding number and --out FILE.pdf</translation>
    </message>
    <message>
        <source>a PDF file</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <source>Signed report written to {path} (SHA-256 {digest}).</source>
        <translation>Signed report written to {path} (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>{file}: intact; every signature is valid and covers the whole document.</source>
        <translation>{file}: intact; every signature is valid and covers the whole document.</translation>
    </message>
    <message>
        <source>{file}: NOT VALID.</source>
        <translation>{file}: NOT VALID.</translation>
    </message>
    <message>
        <source>{file}: intact, signer not trusted. The signer is neither this station nor in its trusted list ('examdesk trust add CERT' adds a certificate the beheerder trusts).</source>
        <translation>{file}: intact, signer not trusted. The signer is neither this station nor in its trusted list ('examdesk trust add CERT' adds a certificate the beheerder trusts).</translation>
    </message>
    <message>
        <source>signer's fingerprint (SHA-256): {fingerprint}</source>
        <translation>signer's fingerprint (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>trusted signer: {answer}</source>
        <translation>trusted signer: {answer}</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>CHANGED after signing: the signed bytes no longer match the signature</source>
        <translation>CHANGED after signing: the signed bytes no longer match the signature</translation>
    </message>
    <message>
        <source>covers the whole document</source>
        <translation>covers the whole document</translation>
    </message>
    <message>
        <source>does NOT cover the whole document: something was added after signing</source>
        <translation>does NOT cover the whole document: something was added after signing</translation>
    </message>
    <message>
        <source>signer: {signer}</source>
        <translation>signer: {signer}</translation>
    </message>
    <message>
        <source>signed: {time}</source>
        <translation>signed: {time}</translation>
    </message>
    <message>
        <source>this station's certificate: {answer}</source>
        <translation>this station's certificate: {answer}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>show or set the school's and the station's names (R-SIG-5)</source>
        <translation>show or set the school's and the station's names (R-SIG-5)</translation>
    </message>
    <message>
        <source>the school's name, as reports print it</source>
        <translation>the school's name, as reports print it</translation>
    </message>
    <message>
        <source>the station's name, as reports print it</source>
        <translation>the station's name, as reports print it</translation>
    </message>
    <message>
        <source>School: {school}</source>
        <translation>School: {school}</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Station: {name}</translation>
    </message>
    <message>
        <source>(not set yet)</source>
        <translation>(not set yet)</translation>
    </message>
    <message>
        <source>Saved. Reports name them from now on; a certificate made from now on carries them.</source>
        <translation>Saved. Reports name them from now on; a certificate made from now on carries them.</translation>
    </message>
    <message>
        <source>a session's events in order, with the check of the event chain</source>
        <translation>a session's events in order, with the check of the event chain</translation>
    </message>
    <message>
        <source>Event chain intact: {count} events checked, head {head}.</source>
        <translation>Event chain intact: {count} events checked, head {head}.</translation>
    </message>
    <message>
        <source>Event chain BROKEN: {reason}.</source>
        <translation>Event chain BROKEN: {reason}.</translation>
    </message>
    <message>
        <source>Session {session} has no events yet.</source>
        <translation>Session {session} has no events yet.</translation>
    </message>
    <message>
        <source>the signers whose reports this station trusts (R-SIG-4)</source>
        <translation>the signers whose reports this station trusts (R-SIG-4)</translation>
    </message>
    <message>
        <source>trust a certificate (PEM or DER), e.g. another station's of the school</source>
        <translation>trust a certificate (PEM or DER), e.g. another station's of the school</translation>
    </message>
    <message>
        <source>the certificate file (.pem, .crt or .cer)</source>
        <translation>the certificate file (.pem, .crt or .cer)</translation>
    </message>
    <message>
        <source>list the trusted signers with their fingerprints</source>
        <translation>list the trusted signers with their fingerprints</translation>
    </message>
    <message>
        <source>add CERT or list</source>
        <translation>add CERT or list</translation>
    </message>
    <message>
        <source>a certificate file</source>
        <translation>a certificate file</translation>
    </message>
    <message>
        <source>Trusted from now on: {subject} (SHA-256 {fingerprint}).</source>
        <translation>Trusted from now on: {subject} (SHA-256 {fingerprint}).</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>this station</translation>
    </message>
    <message>
        <source>added by the beheerder</source>
        <translation>added by the beheerder</translation>
    </message>
    <message>
        <source>This station trusts no signer yet: it has no certificate of its own.</source>
        <translation>This station trusts no signer yet: it has no certificate of its own.</translation>
    </message>
    <message>
        <source>{fingerprint}  {subject} ({source}; valid until {until})</source>
        <translation>{fingerprint}  {subject} ({source}; valid until {until})</translation>
    </message>
    <message>
        <source>copy the whole station (database, keys file, certificates) into one file</source>
        <translation>copy the whole station (database, keys file, certificates) into one file</translation>
    </message>
    <message>
        <source>restore a backup into an empty folder (--data-dir), after checking it</source>
        <translation>restore a backup into an empty folder (--data-dir), after checking it</translation>
    </message>
    <message>
        <source>the backup file to write (it must not exist yet)</source>
        <translation>the backup file to write (it must not exist yet)</translation>
    </message>
    <message>
        <source>the backup file made by 'examdesk backup'</source>
        <translation>the backup file made by 'examdesk backup'</translation>
    </message>
    <message>
        <source>--out FILE: the backup file to write</source>
        <translation>--out FILE: the backup file to write</translation>
    </message>
    <message>
        <source>the backup file and --data-dir DIR, the empty folder to restore into</source>
        <translation>the backup file and --data-dir DIR, the empty folder to restore into</translation>
    </message>
    <message>
        <source>'examdesk restore' needs --data-dir DIR: the empty or new folder to restore the station into.</source>
        <translation>'examdesk restore' needs --data-dir DIR: the empty or new folder to restore the station into.</translation>
    </message>
    <message>
        <source>Backup of station {station} written to {file}.</source>
        <translation>Backup of station {station} written to {file}.</translation>
    </message>
    <message>
        <source>The backup of {created} was checked and restored into {path}. Start examdesk with --data-dir {path}.</source>
        <translation>The backup of {created} was checked and restored into {path}. Start examdesk with --data-dir {path}.</translation>
    </message>
    <message>
        <source>This station keeps its keys in the system keyring, which a backup cannot hold: restored on another computer, its encrypted database cannot be opened until the keyring entries examdesk/{station} are copied there.</source>
        <translation>This station keeps its keys in the system keyring, which a backup cannot hold: restored on another computer, its encrypted database cannot be opened until the keyring entries examdesk/{station} are copied there.</translation>
    </message>
    <message>
        <source>the school's PostgreSQL server: set it up, connect to it, its state</source>
        <translation>the school's PostgreSQL server: set it up, connect to it, its state</translation>
    </message>
    <message>
        <source>create or upgrade the school database on a PostgreSQL server (school IT, once; again changes nothing)</source>
        <translation>create or upgrade the school database on a PostgreSQL server (school IT, once; again changes nothing)</translation>
    </message>
    <message>
        <source>connect this station to the school server</source>
        <translation>connect this station to the school server</translation>
    </message>
    <message>
        <source>what is still to be copied to the school server</source>
        <translation>what is still to be copied to the school server</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DATABASE (the password from the keyring or EXAMDESK_SERVER_PASSWORD)</source>
        <translation>postgresql://USER@HOST[:PORT]/DATABASE (the password from the keyring or EXAMDESK_SERVER_PASSWORD)</translation>
    </message>
    <message>
        <source>copy what waits to the school server now</source>
        <translation>copy what waits to the school server now</translation>
    </message>
    <message>
        <source>the server's address, postgresql://USER@HOST/DATABASE</source>
        <translation>the server's address, postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>The school database at {url} is ready (schema {revision}). Give each station its own login in the role {role}, then connect it with 'examdesk server set'.</source>
        <translation>The school database at {url} is ready (schema {revision}). Give each station its own login in the role {role}, then connect it with 'examdesk server set'.</translation>
    </message>
    <message>
        <source>This station now copies to the school server {url}; {pending} events wait to be copied.</source>
        <translation>This station now copies to the school server {url}; {pending} events wait to be copied.</translation>
    </message>
    <message>
        <source>This station now copies to the school server {url}. It cannot be reached now ({reason}); the station keeps working and copies as soon as it can.</source>
        <translation>This station now copies to the school server {url}. It cannot be reached now ({reason}); the station keeps working and copies as soon as it can.</translation>
    </message>
    <message>
        <source>{copied} events copied to the school server {url}; {pending} still waiting.</source>
        <translation>{copied} events copied to the school server {url}; {pending} still waiting.</translation>
    </message>
    <message>
        <source>School server {url}: {pending} events waiting; last copied {when}.</source>
        <translation>School server {url}: {pending} events waiting; last copied {when}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>This station is not connected to a school server.</source>
        <translation>This station is not connected to a school server.</translation>
    </message>
    <message>
        <source>carry a session to another station as one signed file, for a station without a network</source>
        <translation>carry a session to another station as one signed file, for a station without a network</translation>
    </message>
    <message>
        <source>write a session's signed transfer file (its events, chain and signed proces-verbaal)</source>
        <translation>write a session's signed transfer file (its events, chain and signed proces-verbaal)</translation>
    </message>
    <message>
        <source>check a transfer file (signer, chain, contents), then keep its session read-only</source>
        <translation>check a transfer file (signer, chain, contents), then keep its session read-only</translation>
    </message>
    <message>
        <source>the session's id (as 'examdesk sessions' lists it)</source>
        <translation>the session's id (as 'examdesk sessions' lists it)</translation>
    </message>
    <message>
        <source>the transfer file to write (it must not exist yet)</source>
        <translation>the transfer file to write (it must not exist yet)</translation>
    </message>
    <message>
        <source>the transfer file made by 'examdesk transfer export'</source>
        <translation>the transfer file made by 'examdesk transfer export'</translation>
    </message>
    <message>
        <source>a session id and --out FILE: the transfer file to write</source>
        <translation>a session id and --out FILE: the transfer file to write</translation>
    </message>
    <message>
        <source>the transfer file to import</source>
        <translation>the transfer file to import</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export or import</translation>
    </message>
    <message>
        <source>Transfer file of session {session} written to {file}: {events} events, the chain up to event {head}, signed by station {station}.</source>
        <translation>Transfer file of session {session} written to {file}: {events} events, the chain up to event {head}, signed by station {station}.</translation>
    </message>
    <message>
        <source>Session {session} of station {station} imported from {file} ({events} events, its chain checked up to event {head}); it is kept read-only, apart from this station's own log.</source>
        <translation>Session {session} of station {station} imported from {file} ({events} events, its chain checked up to event {head}); it is kept read-only, apart from this station's own log.</translation>
    </message>
    <message>
        <source>Session {session} of station {station} brought up to date from {file} ({events} events, its chain checked up to event {head}).</source>
        <translation>Session {session} of station {station} brought up to date from {file} ({events} events, its chain checked up to event {head}).</translation>
    </message>
    <message>
        <source>{file} was imported before: nothing changed (session {session} of station {station}).</source>
        <translation>{file} was imported before: nothing changed (session {session} of station {station}).</translation>
    </message>
    <message>
        <source>This station already holds a later transfer file of session {session} of station {station}: {file} changed nothing.</source>
        <translation>This station already holds a later transfer file of session {session} of station {station}: {file} changed nothing.</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>The session started {minutes} minutes ago; a candidate may start at most {limit} minutes late. Only the examensecretaris can override this, with a reason.</source>
        <translation>The session started {minutes} minutes ago; a candidate may start at most {limit} minutes late. Only the examensecretaris can override this, with a reason.</translation>
    </message>
    <message>
        <source>This candidate's {granted} min of granted extra time is already on the clock, so another {minutes} min would be more time than granted, which is itself an irregularity. Only the examensecretaris can override this, with a reason.</source>
        <translation>This candidate's {granted} min of granted extra time is already on the clock, so another {minutes} min would be more time than granted, which is itself an irregularity. Only the examensecretaris can override this, with a reason.</translation>
    </message>
    <message>
        <source>This candidate was granted no extra time, so {minutes} min more would be more time than granted, which is itself an irregularity. Only the examensecretaris can override this, with a reason.</source>
        <translation>This candidate was granted no extra time, so {minutes} min more would be more time than granted, which is itself an irregularity. Only the examensecretaris can override this, with a reason.</translation>
    </message>
    <message>
        <source>Give a number of minutes above zero.</source>
        <translation>Give a number of minutes above zero.</translation>
    </message>
    <message>
        <source>The storing lasted {storing}; with {given} already compensated, at most {left} more can be given.</source>
        <translation>The storing lasted {storing}; with {given} already compensated, at most {left} more can be given.</translation>
    </message>
    <message>
        <source>Compensation can be given once the storing has ended.</source>
        <translation>Compensation can be given once the storing has ended.</translation>
    </message>
    <message>
        <source>More than 30 minutes of extra time on one ground needs the CvTE consult (date and reference).</source>
        <translation>More than 30 minutes of extra time on one ground needs the CvTE consult (date and reference).</translation>
    </message>
</context>
<context>
    <name>CloseInterruptedDialog</name>
    <message>
        <source>Closing the inzage…</source>
        <translation>Closing the inzage…</translation>
    </message>
    <message>
        <source>Close the interrupted inzage</source>
        <translation>Close the interrupted inzage</translation>
    </message>
    <message>
        <source>The inzage of {name} is closed as interrupted. It counts against the half year only if you record that it does, with the reason.</source>
        <translation>The inzage of {name} is closed as interrupted. It counts against the half year only if you record that it does, with the reason.</translation>
    </message>
    <message>
        <source>It counts against the half year</source>
        <translation>It counts against the half year</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Close as interrupted</source>
        <translation>Close as interrupted</translation>
    </message>
</context>
<context>
    <name>CloseSessionDialog</name>
    <message>
        <source>Closing the session…</source>
        <translation>Closing the session…</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <source>Every candidate must have handed in, run out of time, left or been absent. Each surveillant of the session confirms with their own password. After closing, only the examensecretaris can add to the proces-verbaal.</source>
        <translation>Every candidate must have handed in, run out of time, left or been absent. Each surveillant of the session confirms with their own password. After closing, only the examensecretaris can add to the proces-verbaal.</translation>
    </message>
    <message>
        <source>Password of {user}</source>
        <translation>Password of {user}</translation>
    </message>
    <message>
        <source>Close {group} ({code})</source>
        <translation>Close {group} ({code})</translation>
    </message>
</context>
<context>
    <name>CompensationDialog</name>
    <message>
        <source>Loading the storingen…</source>
        <translation>Loading the storingen…</translation>
    </message>
    <message>
        <source>from {start}, still going on</source>
        <translation>from {start}, still going on</translation>
    </message>
    <message>
        <source>{start}–{end}: lasted {lasted} min, {given} min given</source>
        <translation>{start}–{end}: lasted {lasted} min, {given} min given</translation>
    </message>
    <message>
        <source>Recording the compensation…</source>
        <translation>Recording the compensation…</translation>
    </message>
    <message>
        <source>Compensation for a storing</source>
        <translation>Compensation for a storing</translation>
    </message>
    <message>
        <source>Give back the time the storing cost. It can be at most as long as the storing lasted.</source>
        <translation>Give back the time the storing cost. It can be at most as long as the storing lasted.</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Storing</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Give compensation</source>
        <translation>Give compensation</translation>
    </message>
</context>
<context>
    <name>ConsultDialog</name>
    <message>
        <source>CvTE consulted about more than 60 minutes of pauses; reference: {reference}</source>
        <translation>CvTE consulted about more than 60 minutes of pauses; reference: {reference}</translation>
    </message>
    <message>
        <source>Recording the consult…</source>
        <translation>Recording the consult…</translation>
    </message>
    <message>
        <source>Consult the CvTE</source>
        <translation>Consult the CvTE</translation>
    </message>
    <message>
        <source>This candidate has had more than 60 minutes of pauses in total. The CvTE must be consulted.</source>
        <translation>This candidate has had more than 60 minutes of pauses in total. The CvTE must be consulted.</translation>
    </message>
    <message>
        <source>Ask the CvTE, then record the reference they give; it goes into the proces-verbaal as a remark. You can also do this later with Remark (R).</source>
        <translation>Ask the CvTE, then record the reference they give; it goes into the proces-verbaal as a remark. You can also do this later with Remark (R).</translation>
    </message>
    <message>
        <source>Consult reference</source>
        <translation>Consult reference</translation>
    </message>
    <message>
        <source>Record reference</source>
        <translation>Record reference</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Loading the recorded events…</source>
        <translation>Loading the recorded events…</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>Nothing has been recorded yet.</translation>
    </message>
    <message>
        <source>Recorded by {actor}: {text}</source>
        <translation>Recorded by {actor}: {text}</translation>
    </message>
    <message>
        <source>Recording the correction…</source>
        <translation>Recording the correction…</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Nothing recorded is ever changed or removed: the correction is added to the proces-verbaal and names the event it corrects.</source>
        <translation>Nothing recorded is ever changed or removed: the correction is added to the proces-verbaal and names the event it corrects.</translation>
    </message>
    <message>
        <source>Event to correct</source>
        <translation>Event to correct</translation>
    </message>
    <message>
        <source>What is right</source>
        <translation>What is right</translation>
    </message>
    <message>
        <source>This event did not happen to this candidate: take it out of their clock</source>
        <translation>This event did not happen to this candidate: take it out of their clock</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Record correction</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n exam(s)</source>
        <translation>
            <numerusform>%n exam</numerusform>
            <numerusform>%n exams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n afnamegroep(en)</source>
        <translation>
            <numerusform>%n afnamegroep</numerusform>
            <numerusform>%n afnamegroepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was/were already there</source>
        <translation>
            <numerusform>%n was already there</numerusform>
            <numerusform>%n were already there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Loading the candidates…</source>
        <translation>Loading the candidates…</translation>
    </message>
    <message>
        <source>{candidate}: {what}</source>
        <translation>{candidate}: {what}</translation>
    </message>
    <message>
        <source>BSN check recorded: matches.</source>
        <translation>BSN check recorded: matches.</translation>
    </message>
    <message>
        <source>BSN check recorded: does not match. The candidate cannot start until the examensecretaris has corrected the roster and the check is done again.</source>
        <translation>BSN check recorded: does not match. The candidate cannot start until the examensecretaris has corrected the roster and the check is done again.</translation>
    </message>
    <message>
        <source>roster corrected. Do the BSN check again.</source>
        <translation>roster corrected. Do the BSN check again.</translation>
    </message>
    <message>
        <source>Started as a late arrival at {time}: {names}.</source>
        <translation>Started as a late arrival at {time}: {names}.</translation>
    </message>
    <message>
        <source>Started at {time}: {names}.</source>
        <translation>Started at {time}: {names}.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>paused at {time}; the clock stands still.</source>
        <translation>paused at {time}; the clock stands still.</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Pausing…</translation>
    </message>
    <message>
        <source>back at work at {time}.</source>
        <translation>back at work at {time}.</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Resuming…</translation>
    </message>
    <message>
        <source>CvTE consult recorded.</source>
        <translation>CvTE consult recorded.</translation>
    </message>
    <message>
        <source>{minutes} min extra time given.</source>
        <translation>{minutes} min extra time given.</translation>
    </message>
    <message>
        <source>storing ended. Give compensation with Compensation (C) if time was lost.</source>
        <translation>storing ended. Give compensation with Compensation (C) if time was lost.</translation>
    </message>
    <message>
        <source>storing begun; the clock goes on.</source>
        <translation>storing begun; the clock goes on.</translation>
    </message>
    <message>
        <source>{minutes} min compensation given.</source>
        <translation>{minutes} min compensation given.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Absent: {candidates}</source>
        <translation>Absent: {candidates}</translation>
    </message>
    <message>
        <source>Recording the hand-in…</source>
        <translation>Recording the hand-in…</translation>
    </message>
    <message>
        <source>left early, ill. Open the irregularity case now, or later under Cases.</source>
        <translation>left early, ill. Open the irregularity case now, or later under Cases.</translation>
    </message>
    <message>
        <source>left early, ill. The examensecretaris can open an irregularity case for this (wettige verhindering) under Cases; tell them now.</source>
        <translation>left early, ill. The examensecretaris can open an irregularity case for this (wettige verhindering) under Cases; tell them now.</translation>
    </message>
    <message>
        <source>left early.</source>
        <translation>left early.</translation>
    </message>
    <message>
        <source>Irregularity case {case} opened; follow it under Cases.</source>
        <translation>Irregularity case {case} opened; follow it under Cases.</translation>
    </message>
    <message>
        <source>Absent: {names}.</source>
        <translation>Absent: {names}.</translation>
    </message>
    <message>
        <source>Recording the absence…</source>
        <translation>Recording the absence…</translation>
    </message>
    <message>
        <source>Handed in at {time}: {names}.</source>
        <translation>Handed in at {time}: {names}.</translation>
    </message>
    <message>
        <source>{candidates}: hands in now. The exam ends; this cannot be undone.</source>
        <translation>{candidates}: hands in now. The exam ends; this cannot be undone.</translation>
    </message>
    <message>
        <source>Hand in: {candidates}</source>
        <translation>Hand in: {candidates}</translation>
    </message>
    <message>
        <source>Record as absent: {names}. They cannot start after this.</source>
        <translation>Record as absent: {names}. They cannot start after this.</translation>
    </message>
    <message>
        <source>Melding recorded.</source>
        <translation>Melding recorded.</translation>
    </message>
    <message>
        <source>Irregularity recorded.</source>
        <translation>Irregularity recorded.</translation>
    </message>
    <message>
        <source>Remark recorded.</source>
        <translation>Remark recorded.</translation>
    </message>
    <message>
        <source>Correction recorded.</source>
        <translation>Correction recorded.</translation>
    </message>
    <message>
        <source>The session is closed. Its proces-verbaal is complete.</source>
        <translation>The session is closed. Its proces-verbaal is complete.</translation>
    </message>
    <message>
        <source>{group} ({code})</source>
        <translation>{group} ({code})</translation>
    </message>
    <message>
        <source>{exam} · {date} from {time} · {location} · surveillants: {surveillants} · {state}</source>
        <translation>{exam} · {date} from {time} · {location} · surveillants: {surveillants} · {state}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>closed: nothing can be recorded here any more</source>
        <translation>closed: nothing can be recorded here any more</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>not started yet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>Clock warning: the computer's clock went back {seconds} seconds at {time} ({times}). The station recorded it. Remaining times follow the event log; check the clock with the examensecretaris.</source>
        <translation>Clock warning: the computer's clock went back {seconds} seconds at {time} ({times}). The station recorded it. Remaining times follow the event log; check the clock with the examensecretaris.</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>Nothing can be recorded: the session is {state}.</source>
        <translation>Nothing can be recorded: the session is {state}.</translation>
    </message>
    <message>
        <source>Selected: {candidate} ({state})</source>
        <translation>Selected: {candidate} ({state})</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Selected: {count}</translation>
    </message>
    <message>
        <source>Select a candidate in the table (several with Ctrl or Shift to start them together).</source>
        <translation>Select a candidate in the table (several with Ctrl or Shift to start them together).</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Proces-verbaal</source>
        <translation>Proces-verbaal</translation>
    </message>
    <message>
        <source>The session's proces-verbaal so far: timelines and every recorded event (Ctrl+P)</source>
        <translation>The session's proces-verbaal so far: timelines and every recorded event (Ctrl+P)</translation>
    </message>
    <message>
        <source>Room view</source>
        <translation>Room view</translation>
    </message>
    <message>
        <source>Large remaining times for the whole room, who needs attention first (F10)</source>
        <translation>Large remaining times for the whole room, who needs attention first (F10)</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) today</source>
        <translation>
            <numerusform>%n time today</numerusform>
            <numerusform>%n times today</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up: {names}.</source>
        <translation>Time is up: {names}.</translation>
    </message>
    <message>
        <source>Five minutes left: {names}.</source>
        <translation>Five minutes left: {names}.</translation>
    </message>
    <message>
        <source>← Sessions ({keys})</source>
        <translation>← Sessions ({keys})</translation>
    </message>
    <message>
        <source>Back to the sessions</source>
        <translation>Back to the sessions</translation>
    </message>
    <message>
        <source>Time now</source>
        <translation>Time now</translation>
    </message>
    <message>
        <source>Filter by name or number (Ctrl+F)</source>
        <translation>Filter by name or number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter candidates</source>
        <translation>Filter candidates</translation>
    </message>
    <message>
        <source>Candidates and their clocks</source>
        <translation>Candidates and their clocks</translation>
    </message>
    <message>
        <source>Columns of the candidates table</source>
        <translation>Columns of the candidates table</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Remaining time</source>
        <translation>Remaining time</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Extra</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Storingen</source>
        <translation>Storingen</translation>
    </message>
    <message>
        <source>BSN check</source>
        <translation>BSN check</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Accommodations</source>
        <translation>Accommodations</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>handed in</source>
        <translation>handed in</translation>
    </message>
    <message>
        <source>time up</source>
        <translation>time up</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>left early</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>{granted} min</source>
        <translation>{granted} min</translation>
    </message>
    <message>
        <source>{granted} +{applied} {marker}</source>
        <translation>{granted} +{applied} {marker}</translation>
    </message>
    <message>
        <source>Override by the examensecretaris (see the proces-verbaal): {rules}</source>
        <translation>Override by the examensecretaris (see the proces-verbaal): {rules}</translation>
    </message>
    <message>
        <source>Base end {base}; with the {granted} min granted: {end}.</source>
        <translation>Base end {base}; with the {granted} min granted: {end}.</translation>
    </message>
    <message>
        <source>More time than granted: {applied} min beyond the {granted} min, by the examensecretaris.</source>
        <translation>More time than granted: {applied} min beyond the {granted} min, by the examensecretaris.</translation>
    </message>
    <message>
        <source>{granted} min granted, on the clock from the start.</source>
        <translation>{granted} min granted, on the clock from the start.</translation>
    </message>
    <message>
        <source>{minutes}, consult CvTE</source>
        <translation>{minutes}, consult CvTE</translation>
    </message>
    <message>
        <source>{count} (going on)</source>
        <translation>{count} (going on)</translation>
    </message>
    <message>
        <source>✓ checked</source>
        <translation>✓ checked</translation>
    </message>
    <message>
        <source>✗ mismatch</source>
        <translation>✗ mismatch</translation>
    </message>
    <message>
        <source>VSV expired</source>
        <translation>VSV expired</translation>
    </message>
    <message>
        <source>VSV missing</source>
        <translation>VSV missing</translation>
    </message>
    <message>
        <source>{time} remaining</source>
        <translation>{time} remaining</translation>
    </message>
    <message>
        <source>BSN not checked yet</source>
        <translation>BSN not checked yet</translation>
    </message>
    <message>
        <source>{name}, overridden by the examensecretaris</source>
        <translation>{name}, overridden by the examensecretaris</translation>
    </message>
    <message>
        <source>no accommodations</source>
        <translation>no accommodations</translation>
    </message>
    <message>
        <source>The time this candidate gets once started (without extra time).</source>
        <translation>The time this candidate gets once started (without extra time).</translation>
    </message>
    <message>
        <source>Paused since {time}: the clock stands still.</source>
        <translation>Paused since {time}: the clock stands still.</translation>
    </message>
    <message>
        <source>More than an hour of pauses in total: the CvTE must be consulted; record the consult reference as a remark.</source>
        <translation>More than an hour of pauses in total: the CvTE must be consulted; record the consult reference as a remark.</translation>
    </message>
    <message>
        <source>Compensation given: {minutes} min</source>
        <translation>Compensation given: {minutes} min</translation>
    </message>
    <message>
        <source>The BSN did not match the ID document. The examensecretaris corrects the roster; then check again.</source>
        <translation>The BSN did not match the ID document. The examensecretaris corrects the roster; then check again.</translation>
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
        <source>There is no station database in {path} yet. {reason}</source>
        <translation>There is no station database in {path} yet. {reason}</translation>
    </message>
    <message>
        <source>The database {path} is at schema {found} and this examdesk reads schema {needed}: it cannot be read without updating it, and only the window that holds it may do that. {reason}</source>
        <translation>The database {path} is at schema {found} and this examdesk reads schema {needed}: it cannot be read without updating it, and only the window that holds it may do that. {reason}</translation>
    </message>
    <message>
        <source>The database {path} could not be copied aside before its update ({reason}). Nothing was changed.</source>
        <translation>The database {path} could not be copied aside before its update ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full. Nothing was lost: what was being saved now was not saved, everything saved before is intact. Free some space on that disk (old exported reports, backups you have copied elsewhere, other programs' files) and do it again.</source>
        <translation>The disk that holds {folder} is full. Nothing was lost: what was being saved now was not saved, everything saved before is intact. Free some space on that disk (old exported reports, backups you have copied elsewhere, other programs' files) and do it again.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with this station's key: it is encrypted with another key, or it is damaged. Nothing was changed. Open it with the key file or keyring of the station that made it, or restore the station from its backup.</source>
        <translation>The database {path} cannot be opened with this station's key: it is encrypted with another key, or it is damaged. Nothing was changed. Open it with the key file or keyring of the station that made it, or restore the station from its backup.</translation>
    </message>
    <message>
        <source>The database {path} could not be encrypted ({reason}). It was left as it was, unencrypted; start examdesk again to retry.</source>
        <translation>The database {path} could not be encrypted ({reason}). It was left as it was, unencrypted; start examdesk again to retry.</translation>
    </message>
    <message>
        <source>event {seq} of station {station} names the candidate “{value}”, which is not a candidate id (a whole number), so the candidate ids cannot be stored as numbers</source>
        <translation>event {seq} of station {station} names the candidate “{value}”, which is not a candidate id (a whole number), so the candidate ids cannot be stored as numbers</translation>
    </message>
    <message>
        <source>the copied event {seq} of station {station} names the candidate “{value}”, which is not a candidate id (a whole number), so the candidate ids cannot be stored as numbers</source>
        <translation>the copied event {seq} of station {station} names the candidate “{value}”, which is not a candidate id (a whole number), so the candidate ids cannot be stored as numbers</translation>
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
    <name>Display</name>
    <message>
        <source>examdesk needs a screen, and there is none here: neither DISPLAY nor WAYLAND_DISPLAY is set. Start it from a desktop session (the commands work without one; see 'examdesk --help').</source>
        <translation>examdesk needs a screen, and there is none here: neither DISPLAY nor WAYLAND_DISPLAY is set. Start it from a desktop session (the commands work without one; see 'examdesk --help').</translation>
    </message>
    <message>
        <source>examdesk needs a screen, but the display {display} does not answer. Start it from a desktop session (the commands work without one; see 'examdesk --help').</source>
        <translation>examdesk needs a screen, but the display {display} does not answer. Start it from a desktop session (the commands work without one; see 'examdesk --help').</translation>
    </message>
    <message>
        <source>examdesk cannot open a window on X11 without the library libxcb-cursor0: install it (sudo apt install libxcb-cursor0) and try again.</source>
        <translation>examdesk cannot open a window on X11 without the library libxcb-cursor0: install it (sudo apt install libxcb-cursor0) and try again.</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>What was recorded</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>ADDENDUM</source>
        <translation>ADDENDUM</translation>
    </message>
    <message>
        <source>Corrected by {numbers}.</source>
        <translation>Corrected by {numbers}.</translation>
    </message>
    <message>
        <source>No longer counts for the clock.</source>
        <translation>No longer counts for the clock.</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>examdesk ran into an internal error and could not finish this. The details are in {log}.</source>
        <translation>examdesk ran into an internal error and could not finish this. The details are in {log}.</translation>
    </message>
    <message>
        <source>examdesk: problem</source>
        <translation>examdesk: problem</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
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
    <message>
        <source>event {seq} of station {station} does not carry the station's key: it was changed and re-hashed by someone without the key</source>
        <translation>event {seq} of station {station} does not carry the station's key: it was changed and re-hashed by someone without the key</translation>
    </message>
    <message>
        <source>event {seq} of station {station} was added after the last event the station itself confirmed ({anchor}) by someone without the station's key: a forged append</source>
        <translation>event {seq} of station {station} was added after the last event the station itself confirmed ({anchor}) by someone without the station's key: a forged append</translation>
    </message>
    <message>
        <source>event {seq} of station {station} was recorded as row {recorded} but is now row {row}: row ids were swapped or renumbered, so references to them (VOVs, inzages, corrections) point elsewhere</source>
        <translation>event {seq} of station {station} was recorded as row {recorded} but is now row {row}: row ids were swapped or renumbered, so references to them (VOVs, inzages, corrections) point elsewhere</translation>
    </message>
    <message>
        <source>the events 1 to {through} of station {station}, recorded before the chain was keyed, were changed, re-hashed or renumbered after they were sealed</source>
        <translation>the events 1 to {through} of station {station}, recorded before the chain was keyed, were changed, re-hashed or renumbered after they were sealed</translation>
    </message>
    <message>
        <source>the log of station {station} ends at event {seq}, but the station had recorded {anchor} events: events were removed from the end (or an older copy of the database was put back)</source>
        <translation>the log of station {station} ends at event {seq}, but the station had recorded {anchor} events: events were removed from the end (or an older copy of the database was put back)</translation>
    </message>
    <message>
        <source>event {seq} of station {station} is not the event the station recorded with that number: the chain was replaced</source>
        <translation>event {seq} of station {station} is not the event the station recorded with that number: the chain was replaced</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>There is no event {id} to correct.</source>
        <translation>There is no event {id} to correct.</translation>
    </message>
    <message>
        <source>This session was held on station {station} and is shown here as a read-only copy: record on that station.</source>
        <translation>This session was held on station {station} and is shown here as a read-only copy: record on that station.</translation>
    </message>
</context>
<context>
    <name>ExamTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>Max. points</source>
        <translation>Max. points</translation>
    </message>
    <message>
        <source>Points per section</source>
        <translation>Points per section</translation>
    </message>
    <message>
        <source>PE</source>
        <translation>PE</translation>
    </message>
    <message>
        <source>CE</source>
        <translation>CE</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Wft PE exam or Bijzonder Examen: accommodations need a valid VSV, except large print and magnifier</source>
        <translation>Wft PE exam or Bijzonder Examen: accommodations need a valid VSV, except large print and magnifier</translation>
    </message>
    <message>
        <source>Centraal examen</source>
        <translation>Centraal examen</translation>
    </message>
    <message>
        <source>Another kind of exam</source>
        <translation>Another kind of exam</translation>
    </message>
    <message>
        <source>knowledge</source>
        <translation>knowledge</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>skills</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>generic</translation>
    </message>
    <message>
        <source>without section</source>
        <translation>without section</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>multiple choice</translation>
    </message>
    <message>
        <source>multiple select</source>
        <translation>multiple select</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numeric</translation>
    </message>
    <message>
        <source>drop-down lists</source>
        <translation>drop-down lists</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>ordering</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>ExamsWorkspace</name>
    <message>
        <source>Exams</source>
        <translation>Exams</translation>
    </message>
    <message>
        <source>Loading the exams…</source>
        <translation>Loading the exams…</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>Loading the roster…</translation>
    </message>
    <message>
        <source>On this station: {exams}, {groups}, {candidates}</source>
        <translation>On this station: {exams}, {groups}, {candidates}</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Choose an afnamegroep above to see its candidates.</source>
        <translation>Choose an afnamegroep above to see its candidates.</translation>
    </message>
    <message>
        <source>Candidates of {name} ({code})</source>
        <translation>Candidates of {name} ({code})</translation>
    </message>
    <message>
        <source>This afnamegroep has no candidates yet; import its roster from a CSV file.</source>
        <translation>This afnamegroep has no candidates yet; import its roster from a CSV file.</translation>
    </message>
    <message>
        <source>{candidates} · ISD melding needed: {isd} · VSV expired or missing: {vsv}</source>
        <translation>{candidates} · ISD melding needed: {isd} · VSV expired or missing: {vsv}</translation>
    </message>
    <message>
        <source>Here you see the exams on this station, the afnamegroepen that sit them, and each group's candidates with their accommodations, the validity of their VSV and the ISD meldingen to make. Exams and groups come from an exam package.</source>
        <translation>Here you see the exams on this station, the afnamegroepen that sit them, and each group's candidates with their accommodations, the validity of their VSV and the ISD meldingen to make. Exams and groups come from an exam package.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>What to do now</translation>
    </message>
    <message>
        <source>No exams on this station yet. Import an exam package (a .json or .zip file). Everything in it is checked first; a package with any problem changes nothing.</source>
        <translation>No exams on this station yet. Import an exam package (a .json or .zip file). Everything in it is checked first; a package with any problem changes nothing.</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>Import package…</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>Add candidates from a CSV file to the selected afnamegroep</source>
        <translation>Add candidates from a CSV file to the selected afnamegroep</translation>
    </message>
    <message>
        <source>Afnamegroepen</source>
        <translation>Afnamegroepen</translation>
    </message>
    <message>
        <source>Columns of the exams table</source>
        <translation>Columns of the exams table</translation>
    </message>
    <message>
        <source>Columns of the afnamegroepen table</source>
        <translation>Columns of the afnamegroepen table</translation>
    </message>
    <message>
        <source>Columns of the roster</source>
        <translation>Columns of the roster</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Loading the meldingen…</source>
        <translation>Loading the meldingen…</translation>
    </message>
    <message>
        <source>Making and signing the report…</source>
        <translation>Making and signing the report…</translation>
    </message>
    <message>
        <source>Signed report saved as {path}.</source>
        <translation>Signed report saved as {path}.</translation>
    </message>
    <message>
        <source>whole group</source>
        <translation>whole group</translation>
    </message>
    <message>
        <source>{time} · melding {number} · {kind} · {who}</source>
        <translation>{time} · melding {number} · {kind} · {who}</translation>
    </message>
    <message>
        <source>question {numbers}</source>
        <translation>question {numbers}</translation>
    </message>
    <message>
        <source>Export a signed report</source>
        <translation>Export a signed report</translation>
    </message>
    <message>
        <source>Session {group}, {exam}. The report is saved as a PDF signed by this station, so that any change to it afterwards shows.</source>
        <translation>Session {group}, {exam}. The report is saved as a PDF signed by this station, so that any change to it afterwards shows.</translation>
    </message>
    <message>
        <source>The proces-verbaal of this session</source>
        <translation>The proces-verbaal of this session</translation>
    </message>
    <message>
        <source>The verklaring van ordentelijk verloop (VOV) of a melding</source>
        <translation>The verklaring van ordentelijk verloop (VOV) of a melding</translation>
    </message>
    <message>
        <source>Meldingen of this session</source>
        <translation>Meldingen of this session</translation>
    </message>
    <message>
        <source>This session has no meldingen.</source>
        <translation>This session has no meldingen.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it with the new report?</source>
        <translation>{name} already exists in {folder}. Replace it with the new report?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Keep the existing file</source>
        <translation>Keep the existing file</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>Open the PDF when it is ready</translation>
    </message>
    <message>
        <source>Export and sign</source>
        <translation>Export and sign</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export the signed inzage report</source>
        <translation>Export the signed inzage report</translation>
    </message>
    <message>
        <source>Inzage {number} of {candidate} ({exam}), conducted by {person}. The report lists the items opened and whether the key or marking scheme was shown; it holds no question text.</source>
        <translation>Inzage {number} of {candidate} ({exam}), conducted by {person}. The report lists the items opened and whether the key or marking scheme was shown; it holds no question text.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Recording the extra time…</source>
        <translation>Recording the extra time…</translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation>Extra time</translation>
    </message>
    <message>
        <source>The {granted} min granted are on the clock from the start. More is more time than granted, itself an irregularity: only the examensecretaris can decide it, with a written reason.</source>
        <translation>The {granted} min granted are on the clock from the start. More is more time than granted, itself an irregularity: only the examensecretaris can decide it, with a written reason.</translation>
    </message>
    <message>
        <source>This candidate was granted no extra time. Any extra time is more time than granted, itself an irregularity: only the examensecretaris can decide it, with a written reason.</source>
        <translation>This candidate was granted no extra time. Any extra time is more time than granted, itself an irregularity: only the examensecretaris can decide it, with a written reason.</translation>
    </message>
    <message>
        <source>Extra minutes</source>
        <translation>Extra minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reason to go beyond the grant</source>
        <translation>Reason to go beyond the grant</translation>
    </message>
    <message>
        <source>Give extra time</source>
        <translation>Give extra time</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>{path} is a folder; add a file name after it.</source>
        <translation>{path} is a folder; add a file name after it.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Access to {path} could not be limited to {user}: {reason}. Other users of this computer may be able to read it: ask IT to remove their access.</source>
        <translation>Access to {path} could not be limited to {user}: {reason}. Other users of this computer may be able to read it: ask IT to remove their access.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>The two passwords are not the same. Type them again.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creating the account…</translation>
    </message>
    <message>
        <source>Welcome: create the first account</source>
        <translation>Welcome: create the first account</translation>
    </message>
    <message>
        <source>This station has no accounts yet. The first account is the beheerder (administrator), who then creates the accounts of the surveillanten and the examensecretaris.</source>
        <translation>This station has no accounts yet. The first account is the beheerder (administrator), who then creates the accounts of the surveillanten and the examensecretaris.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>for example: jvisser</source>
        <translation>for example: jvisser</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Create account and sign in</source>
        <translation>Create account and sign in</translation>
    </message>
</context>
<context>
    <name>FirstSetupDialog</name>
    <message>
        <source>Saving the names…</source>
        <translation>Saving the names…</translation>
    </message>
    <message>
        <source>This station's names</source>
        <translation>This station's names</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Every signed report names the school and the station it was made on. Give them now; you can change them later under Beheer.</source>
        <translation>Every signed report names the school and the station it was made on. Give them now; you can change them later under Beheer.</translation>
    </message>
    <message>
        <source>Save the names</source>
        <translation>Save the names</translation>
    </message>
    <message>
        <source>Saved: {school}, station {station}.</source>
        <translation>Saved: {school}, station {station}.</translation>
    </message>
    <message>
        <source>What comes next, under Beheer:
1. Make an account for the examensecretaris and for each surveillant (New account…).
2. Make or import the certificate the reports are signed with (Certificate).
3. The examensecretaris then imports the exam package under Exams (Import…).</source>
        <translation>What comes next, under Beheer:
1. Make an account for the examensecretaris and for each surveillant (New account…).
2. Make or import the certificate the reports are signed with (Certificate).
3. The examensecretaris then imports the exam package under Exams (Import…).</translation>
    </message>
    <message>
        <source>To Beheer</source>
        <translation>To Beheer</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>ISD meldingen</source>
        <translation>ISD meldingen</translation>
    </message>
    <message>
        <source>Second sitting of</source>
        <translation>Second sitting of</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>at home</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>hospital</translation>
    </message>
    <message>
        <source>exam centre</source>
        <translation>exam centre</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>elsewhere</translation>
    </message>
    <message>
        <source>second sitting of {group}</source>
        <translation>second sitting of {group}</translation>
    </message>
    <message>
        <source>No candidate in this group needs an ISD melding.</source>
        <translation>No candidate in this group needs an ISD melding.</translation>
    </message>
    <message>
        <source>{count} of {total} candidates have an accommodation that must be reported to the Inspectie (ISD melding).</source>
        <translation>{count} of {total} candidates have an accommodation that must be reported to the Inspectie (ISD melding).</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>What was recorded</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Correction of {step}</source>
        <translation>Correction of {step}</translation>
    </message>
    <message>
        <source>{facts} (corrected later)</source>
        <translation>{facts} (corrected later)</translation>
    </message>
    <message>
        <source>{facts} Why corrected: {reason}</source>
        <translation>{facts} Why corrected: {reason}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{path} was not imported: {count} problems. Nothing was changed.</source>
        <translation>{path} was not imported: {count} problems. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} was not imported: 1 problem. Nothing was changed.</source>
        <translation>{path} was not imported: 1 problem. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} cannot be scored: {count} problems.</source>
        <translation>{path} cannot be scored: {count} problems.</translation>
    </message>
    <message>
        <source>{path} cannot be scored: 1 problem.</source>
        <translation>{path} cannot be scored: 1 problem.</translation>
    </message>
    <message>
        <source>{path} is not an examdesk package: {problem}.</source>
        <translation>{path} is not an examdesk package: {problem}.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>the file cannot be read: {reason}</source>
        <translation>the file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>the file is {size} MB; a package may be at most {limit} MB</source>
        <translation>the file is {size} MB; a package may be at most {limit} MB</translation>
    </message>
    <message>
        <source>the zip archive is damaged or not a zip archive</source>
        <translation>the zip archive is damaged or not a zip archive</translation>
    </message>
    <message>
        <source>the zip archive has no package.json</source>
        <translation>the zip archive has no package.json</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>this is not valid JSON: {detail} (line {line}, column {column})</source>
        <translation>this is not valid JSON: {detail} (line {line}, column {column})</translation>
    </message>
    <message>
        <source>this is a folder, not a package file</source>
        <translation>this is a folder, not a package file</translation>
    </message>
    <message>
        <source>exam {code} is already on this station with different content; a changed exam needs a new code</source>
        <translation>exam {code} is already on this station with different content; a changed exam needs a new code</translation>
    </message>
    <message>
        <source>afnamegroep {code} is already on this station with other details</source>
        <translation>afnamegroep {code} is already on this station with other details</translation>
    </message>
    <message>
        <source>candidate {number} is already on the roster of {group} with other details; the examensecretaris corrects a roster on the station</source>
        <translation>candidate {number} is already on the roster of {group} with other details; the examensecretaris corrects a roster on the station</translation>
    </message>
    <message>
        <source>the result of candidate {number} for exam {exam} is already on this station with other answers</source>
        <translation>the result of candidate {number} for exam {exam} is already on this station with other answers</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it from the spreadsheet as 'CSV UTF-8'</source>
        <translation>the file is not UTF-8 text; save it from the spreadsheet as 'CSV UTF-8'</translation>
    </message>
    <message>
        <source>the first row must name the columns {columns}, separated by semicolons</source>
        <translation>the first row must name the columns {columns}, separated by semicolons</translation>
    </message>
    <message>
        <source>this row has {count} cells; it needs 3 or 4 (number;name;bsn;accommodations)</source>
        <translation>this row has {count} cells; it needs 3 or 4 (number;name;bsn;accommodations)</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>row {row}, column {column}</translation>
    </message>
    <message>
        <source>the file has no candidates</source>
        <translation>the file has no candidates</translation>
    </message>
    <message>
        <source>'{value}' is not an accommodation; write kind, kind:minutes, kind:minutes:basis or kind:minutes:basis:YYYY-MM-DD, separated by |</source>
        <translation>'{value}' is not an accommodation; write kind, kind:minutes, kind:minutes:basis or kind:minutes:basis:YYYY-MM-DD, separated by |</translation>
    </message>
    <message>
        <source>there is no afnamegroep '{code}' on this station</source>
        <translation>there is no afnamegroep '{code}' on this station</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>the file is {encoding} text, not UTF-8; save it as UTF-8 (in a spreadsheet: 'CSV UTF-8')</source>
        <translation>the file is {encoding} text, not UTF-8; save it as UTF-8 (in a spreadsheet: 'CSV UTF-8')</translation>
    </message>
    <message>
        <source>the file holds NUL bytes: it is probably UTF-16 text without a byte order mark; save it from the spreadsheet as 'CSV UTF-8'</source>
        <translation>the file holds NUL bytes: it is probably UTF-16 text without a byte order mark; save it from the spreadsheet as 'CSV UTF-8'</translation>
    </message>
    <message>
        <source>the file starts as UTF-16 text but is damaged; save it from the spreadsheet as 'CSV UTF-8'</source>
        <translation>the file starts as UTF-16 text but is damaged; save it from the spreadsheet as 'CSV UTF-8'</translation>
    </message>
    <message>
        <source>lists and objects are nested more than {limit} levels deep; a package never needs that</source>
        <translation>lists and objects are nested more than {limit} levels deep; a package never needs that</translation>
    </message>
    <message>
        <source>the file holds more than {limit} values; a package never needs that many</source>
        <translation>the file holds more than {limit} values; a package never needs that many</translation>
    </message>
    <message>
        <source>'{key}' is given more than once in this object</source>
        <translation>'{key}' is given more than once in this object</translation>
    </message>
    <message>
        <source>a field name here {problem}</source>
        <translation>a field name here {problem}</translation>
    </message>
    <message>
        <source>this number has {count} characters; numbers lie within ±10^12 with at most 6 decimals</source>
        <translation>this number has {count} characters; numbers lie within ±10^12 with at most 6 decimals</translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows</source>
        <translation>{value} is not a number JSON allows</translation>
    </message>
    <message>
        <source>the zip archive holds {count} files; a package may hold at most {limit}</source>
        <translation>the zip archive holds {count} files; a package may hold at most {limit}</translation>
    </message>
    <message>
        <source>the zip archive unpacks to {size} MB; a package may be at most {limit} MB</source>
        <translation>the zip archive unpacks to {size} MB; a package may be at most {limit} MB</translation>
    </message>
    <message>
        <source>the zip archive holds this name more than once</source>
        <translation>the zip archive holds this name more than once</translation>
    </message>
    <message>
        <source>this file in the zip archive is encrypted; examdesk reads only unencrypted packages</source>
        <translation>this file in the zip archive is encrypted; examdesk reads only unencrypted packages</translation>
    </message>
    <message>
        <source>this file in the zip archive is compressed in a way examdesk cannot read; use plain zip (deflate)</source>
        <translation>this file in the zip archive is compressed in a way examdesk cannot read; use plain zip (deflate)</translation>
    </message>
    <message>
        <source>this file in the zip archive is damaged and cannot be unpacked</source>
        <translation>this file in the zip archive is damaged and cannot be unpacked</translation>
    </message>
    <message>
        <source>a cell in this row is longer than {limit} characters; a roster never needs that</source>
        <translation>a cell in this row is longer than {limit} characters; a roster never needs that</translation>
    </message>
    <message>
        <source>this row cannot be read as CSV (a quote that is never closed?)</source>
        <translation>this row cannot be read as CSV (a quote that is never closed?)</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows</source>
        <translation>the file has more than {limit} rows</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Version 1 package: the grounds of extra time were read from the basis text. Check them:</source>
        <translation>Version 1 package: the grounds of extra time were read from the basis text. Check them:</translation>
    </message>
    <message>
        <source>Nothing new in {file}: everything in it was already on this station.</source>
        <translation>Nothing new in {file}: everything in it was already on this station.</translation>
    </message>
    <message>
        <source>Imported: {exams}, {groups}, {candidates} and {results}; {already}.</source>
        <translation>Imported: {exams}, {groups}, {candidates} and {results}; {already}.</translation>
    </message>
    <message>
        <source>Imported into {group}: {candidates}; {already}.</source>
        <translation>Imported into {group}: {candidates}; {already}.</translation>
    </message>
    <message>
        <source>Drop one file at a time.</source>
        <translation>Drop one file at a time.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Columns of the problems table</source>
        <translation>Columns of the problems table</translation>
    </message>
    <message>
        <source>Copy problems</source>
        <translation>Copy problems</translation>
    </message>
    <message>
        <source>Put every problem on the clipboard, one line each: place: problem</source>
        <translation>Put every problem on the clipboard, one line each: place: problem</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>File: {file}</translation>
    </message>
    <message>
        <source>examdesk packages (*.json *.zip)</source>
        <translation>examdesk packages (*.json *.zip)</translation>
    </message>
    <message>
        <source>{file} is not an exam package: a package is a .json or .zip file.</source>
        <translation>{file} is not an exam package: a package is a .json or .zip file.</translation>
    </message>
    <message>
        <source>Import an exam package</source>
        <translation>Import an exam package</translation>
    </message>
    <message>
        <source>A package holds exams, afnamegroepen with their candidates, and results. Everything in it is checked first: a package with any problem changes nothing, and every problem is listed. Importing the same package again adds nothing.</source>
        <translation>A package holds exams, afnamegroepen with their candidates, and results. Everything in it is checked first: a package with any problem changes nothing, and every problem is listed. Importing the same package again adds nothing.</translation>
    </message>
    <message>
        <source>Drag a package here or choose a file</source>
        <translation>Drag a package here or choose a file</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} is not a roster: a roster is a .csv file.</source>
        <translation>{file} is not a roster: a roster is a .csv file.</translation>
    </message>
    <message>
        <source>Import a roster into {group}</source>
        <translation>Import a roster into {group}</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Import a roster</translation>
    </message>
    <message>
        <source>Afnamegroep: {group}</source>
        <translation>Afnamegroep: {group}</translation>
    </message>
    <message>
        <source>A CSV file with the columns number;name;bsn;accommodations, separated by semicolons, as a spreadsheet saves it with 'CSV UTF-8'. Every row is checked first: a file with any problem adds nobody, and every problem is listed by row and column.</source>
        <translation>A CSV file with the columns number;name;bsn;accommodations, separated by semicolons, as a spreadsheet saves it with 'CSV UTF-8'. Every row is checked first: a file with any problem adds nobody, and every problem is listed by row and column.</translation>
    </message>
    <message>
        <source>Drag a CSV file here or choose a file</source>
        <translation>Drag a CSV file here or choose a file</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>Inzage allowed until {until} (inclusive).</source>
        <translation>Inzage allowed until {until} (inclusive).</translation>
    </message>
    <message>
        <source>Inzage allowed; this exam sets no last day.</source>
        <translation>Inzage allowed; this exam sets no last day.</translation>
    </message>
    <message>
        <source>Inzage allowed at the appointment requested on {requested}, within the request period.</source>
        <translation>Inzage allowed at the appointment requested on {requested}, within the request period.</translation>
    </message>
    <message>
        <source>This exam does not allow inzage.</source>
        <translation>This exam does not allow inzage.</translation>
    </message>
    <message>
        <source>The inspection period ended on {until}: inzage is no longer allowed.</source>
        <translation>The inspection period ended on {until}: inzage is no longer allowed.</translation>
    </message>
    <message>
        <source>The inspection period ended on {until}: inzage is no longer allowed. The candidate can only request inzage from the College voor Toetsen en Examens (CvTE).</source>
        <translation>The inspection period ended on {until}: inzage is no longer allowed. The candidate can only request inzage from the College voor Toetsen en Examens (CvTE).</translation>
    </message>
    <message>
        <source>This exam does not allow inzage at the station. The candidate can only request inzage from the College voor Toetsen en Examens (CvTE).</source>
        <translation>This exam does not allow inzage at the station. The candidate can only request inzage from the College voor Toetsen en Examens (CvTE).</translation>
    </message>
    <message>
        <source>No result has been made known yet.</source>
        <translation>No result has been made known yet.</translation>
    </message>
    <message>
        <source>Inzage of this exam is only for a grade {grades}; the grade is {grade}.</source>
        <translation>Inzage of this exam is only for a grade {grades}; the grade is {grade}.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} or {last}</translation>
    </message>
    <message>
        <source>The candidate has passed this exam since ({day}), so the inzage lapses.</source>
        <translation>The candidate has passed this exam since ({day}), so the inzage lapses.</translation>
    </message>
    <message>
        <source>Inzage had to be requested within {days} days after the result of {result}, so by {until} at the latest.</source>
        <translation>Inzage had to be requested within {days} days after the result of {result}, so by {until} at the latest.</translation>
    </message>
    <message>
        <source>The candidate already had inzage of this exam on {last}; at most {count} per half year, so the next one is possible from {next}.</source>
        <translation>The candidate already had inzage of this exam on {last}; at most {count} per half year, so the next one is possible from {next}.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Partly right</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Not right</translation>
    </message>
    <message>
        <source>The candidate already had inzage of this exam on {last}; at most {count} per {days} days, so the next one is possible from {next}.</source>
        <translation>The candidate already had inzage of this exam on {last}; at most {count} per {days} days, so the next one is possible from {next}.</translation>
    </message>
    <message>
        <source>{status}: score {score}, maximum {points}.</source>
        <translation>{status}: score {score}, maximum {points}.</translation>
    </message>
    <message>
        <source>Chose {chosen}: score {score}, maximum {points}.</source>
        <translation>Chose {chosen}: score {score}, maximum {points}.</translation>
    </message>
    <message>
        <source>Answered {answer}: score {score}, maximum {points}.</source>
        <translation>Answered {answer}: score {score}, maximum {points}.</translation>
    </message>
</context>
<context>
    <name>InspectionViewer</name>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <source>Not counted (the item was worth {points})</source>
        <translation>Not counted (the item was worth {points})</translation>
    </message>
    <message>
        <source>{points} of {maximum}</source>
        <translation>{points} of {maximum}</translation>
    </message>
    <message>
        <source>Score: {score}</source>
        <translation>Score: {score}</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Answer key</translation>
    </message>
    <message>
        <source>Hide the answer key ({keys})</source>
        <translation>Hide the answer key ({keys})</translation>
    </message>
    <message>
        <source>Show the answer key ({keys})</source>
        <translation>Show the answer key ({keys})</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>Marking scheme</translation>
    </message>
    <message>
        <source>Hide the marking scheme ({keys})</source>
        <translation>Hide the marking scheme ({keys})</translation>
    </message>
    <message>
        <source>Show the marking scheme ({keys})</source>
        <translation>Show the marking scheme ({keys})</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>PE inzage: only the questions answered wrongly, each with its right answer.</source>
        <translation>PE inzage: only the questions answered wrongly, each with its right answer.</translation>
    </message>
    <message>
        <source>Arrow keys move through the questions; {first} and {last} go to the first and the last.</source>
        <translation>Arrow keys move through the questions; {first} and {last} go to the first and the last.</translation>
    </message>
    <message>
        <source>Question {number}: {status}, {points}</source>
        <translation>Question {number}: {status}, {points}</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>Previous question ({keys})</source>
        <translation>Previous question ({keys})</translation>
    </message>
    <message>
        <source>Next question ({keys})</source>
        <translation>Next question ({keys})</translation>
    </message>
    <message>
        <source>There are no questions to show.</source>
        <translation>There are no questions to show.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Partly right</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Wrong</translation>
    </message>
    <message>
        <source>Wrong: not a valid number</source>
        <translation>Wrong: not a valid number</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Excluded (technical fault)</source>
        <translation>Excluded (technical fault)</translation>
    </message>
    <message>
        <source>{position} of {count} · item {item}</source>
        <translation>{position} of {count} · item {item}</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>examdesk is already open on the data folder {folder}: by {user} on {host} (process {pid}), since {since}. Use that window, or close it first; two windows on one station would not see each other's actions.</source>
        <translation>examdesk is already open on the data folder {folder}: by {user} on {host} (process {pid}), since {since}. Use that window, or close it first; two windows on one station would not see each other's actions.</translation>
    </message>
    <message>
        <source>examdesk is already open on the data folder {folder}. Use that window, or close it first; two windows on one station would not see each other's actions.</source>
        <translation>examdesk is already open on the data folder {folder}. Use that window, or close it first; two windows on one station would not see each other's actions.</translation>
    </message>
    <message>
        <source>Read only: this station is open in another window (by {user} on {host}, process {pid}, since {since}). Nothing can be recorded or changed here: do it in that window, or close that window first.</source>
        <translation>Read only: this station is open in another window (by {user} on {host}, process {pid}, since {since}). Nothing can be recorded or changed here: do it in that window, or close that window first.</translation>
    </message>
    <message>
        <source>Read only: this station is open in another window. Nothing can be recorded or changed here: do it in that window, or close that window first.</source>
        <translation>Read only: this station is open in another window. Nothing can be recorded or changed here: do it in that window, or close that window first.</translation>
    </message>
</context>
<context>
    <name>InterruptedPage</name>
    <message>
        <source>An inzage was interrupted</source>
        <translation>An inzage was interrupted</translation>
    </message>
    <message>
        <source>Close as interrupted…</source>
        <translation>Close as interrupted…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>The inzage of {name} ({number}), {exam}, started on {date} at {time} and was never ended: the station stopped during it.</source>
        <translation>The inzage of {name} ({number}), {exam}, started on {date} at {time} and was never ended: the station stopped during it.</translation>
    </message>
    <message>
        <source>Resume ({minutes} min left)</source>
        <translation>Resume ({minutes} min left)</translation>
    </message>
    <message>
        <source>Resume it today for its remaining time, with the candidate present, or close it as interrupted. An interrupted inzage does not count against the half year unless you record that it does.</source>
        <translation>Resume it today for its remaining time, with the candidate present, or close it as interrupted. An interrupted inzage does not count against the half year unless you record that it does.</translation>
    </message>
    <message>
        <source>It can no longer be resumed (another day, or no time left): close it as interrupted. It does not count against the half year unless you record that it does.</source>
        <translation>It can no longer be resumed (another day, or no time left): close it as interrupted. It does not count against the half year unless you record that it does.</translation>
    </message>
</context>
<context>
    <name>Inzage</name>
    <message>
        <source>There is no candidate {id} on this station.</source>
        <translation>There is no candidate {id} on this station.</translation>
    </message>
    <message>
        <source>{name} has no result for {exam} on this station.</source>
        <translation>{name} has no result for {exam} on this station.</translation>
    </message>
    <message>
        <source>Inzage for {name} is not possible: {reason}</source>
        <translation>Inzage for {name} is not possible: {reason}</translation>
    </message>
    <message>
        <source>Inzage for {name} cannot start: the ID check on the start screen has not been recorded as a match.</source>
        <translation>Inzage for {name} cannot start: the ID check on the start screen has not been recorded as a match.</translation>
    </message>
    <message>
        <source>Inzage of a PE exam needs a supervisor present; confirm that one is.</source>
        <translation>Inzage of a PE exam needs a supervisor present; confirm that one is.</translation>
    </message>
    <message>
        <source>There is no inzage session {id} on this station.</source>
        <translation>There is no inzage session {id} on this station.</translation>
    </message>
    <message>
        <source>Inzage session {id} has already ended.</source>
        <translation>Inzage session {id} has already ended.</translation>
    </message>
    <message>
        <source>Item {item} is not part of this inzage.</source>
        <translation>Item {item} is not part of this inzage.</translation>
    </message>
    <message>
        <source>The inzage of {name} (started {started}) is still open: resume it or close it as interrupted first.</source>
        <translation>The inzage of {name} (started {started}) is still open: resume it or close it as interrupted first.</translation>
    </message>
    <message>
        <source>{name} is working on {exam} in the running session of afnamegroep {group}: no inzage with answer keys until they have finished.</source>
        <translation>{name} is working on {exam} in the running session of afnamegroep {group}: no inzage with answer keys until they have finished.</translation>
    </message>
    <message>
        <source>The inzage of {name} started on {day}: it can only be resumed that same day. Close it as interrupted.</source>
        <translation>The inzage of {name} started on {day}: it can only be resumed that same day. Close it as interrupted.</translation>
    </message>
    <message>
        <source>The inzage of {name} has no time left to resume. Close it as interrupted.</source>
        <translation>The inzage of {name} has no time left to resume. Close it as interrupted.</translation>
    </message>
    <message>
        <source>Say why this interrupted inzage counts against the half year.</source>
        <translation>Say why this interrupted inzage counts against the half year.</translation>
    </message>
    <message>
        <source>Write down what the candidate says about the content of the exam.</source>
        <translation>Write down what the candidate says about the content of the exam.</translation>
    </message>
    <message>
        <source>Name the question numbers the VOV is about, as the candidate saw them (for example 3, 7).</source>
        <translation>Name the question numbers the VOV is about, as the candidate saw them (for example 3, 7).</translation>
    </message>
    <message>
        <source>This inzage has no question {number}.</source>
        <translation>This inzage has no question {number}.</translation>
    </message>
    <message>
        <source>'{value}' is not one of: {allowed}.</source>
        <translation>'{value}' is not one of: {allowed}.</translation>
    </message>
    <message>
        <source>Write down what differs between the roster and the ID document.</source>
        <translation>Write down what differs between the roster and the ID document.</translation>
    </message>
    <message>
        <source>There is no melding {id} about the working of the exam bank for this candidate.</source>
        <translation>There is no melding {id} about the working of the exam bank for this candidate.</translation>
    </message>
    <message>
        <source>Without questions {questions} nothing of the exam would be left to score.</source>
        <translation>Without questions {questions} nothing of the exam would be left to score.</translation>
    </message>
</context>
<context>
    <name>InzageGroupModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Afnamegroep</source>
        <translation>Afnamegroep</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>InzageIdCheckDialog</name>
    <message>
        <source>ID check before the inzage</source>
        <translation>ID check before the inzage</translation>
    </message>
    <message>
        <source>Ask the candidate to compare this number with the BSN on their ID document, then choose the document and say whether they match. Without a match the inzage cannot start.</source>
        <translation>Ask the candidate to compare this number with the BSN on their ID document, then choose the document and say whether they match. Without a match the inzage cannot start.</translation>
    </message>
</context>
<context>
    <name>InzageLogModel</name>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>{time} (time up)</source>
        <translation>{time} (time up)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Conducted by</source>
        <translation>Conducted by</translation>
    </message>
    <message>
        <source>Items opened</source>
        <translation>Items opened</translation>
    </message>
    <message>
        <source>Answer key shown</source>
        <translation>Answer key shown</translation>
    </message>
    <message>
        <source>Marking scheme shown</source>
        <translation>Marking scheme shown</translation>
    </message>
    <message>
        <source>{time} (interrupted)</source>
        <translation>{time} (interrupted)</translation>
    </message>
</context>
<context>
    <name>InzageSessionPage</name>
    <message>
        <source>Remaining time {time}</source>
        <translation>Remaining time {time}</translation>
    </message>
    <message>
        <source>Ending the inzage…</source>
        <translation>Ending the inzage…</translation>
    </message>
    <message>
        <source>Remaining time</source>
        <translation>Remaining time</translation>
    </message>
    <message>
        <source>End inzage</source>
        <translation>End inzage</translation>
    </message>
    <message>
        <source>Inzage: {name} ({number})</source>
        <translation>Inzage: {name} ({number})</translation>
    </message>
    <message>
        <source>{exam}, variant {variant}, afnamegroep {group}</source>
        <translation>{exam}, variant {variant}, afnamegroep {group}</translation>
    </message>
    <message>
        <source>PE inzage: only the {count} wrongly answered questions, each with its correct answer; no explanation beyond the key. Nothing can be changed, printed or exported. The inzage ends by itself when the time is up.</source>
        <translation>PE inzage: only the {count} wrongly answered questions, each with its correct answer; no explanation beyond the key. Nothing can be changed, printed or exported. The inzage ends by itself when the time is up.</translation>
    </message>
    <message>
        <source>Every question with the candidate's answer and score. 'Answer key' on closed questions, 'Marking scheme' on open ones. Nothing can be changed.</source>
        <translation>Every question with the candidate's answer and score. 'Answer key' on closed questions, 'Marking scheme' on open ones. Nothing can be changed.</translation>
    </message>
    <message>
        <source>VOV {id} is recorded with this inzage.</source>
        <translation>VOV {id} is recorded with this inzage.</translation>
    </message>
    <message>
        <source>VOV…</source>
        <translation>VOV…</translation>
    </message>
    <message>
        <source>VOV about the content of the exam</source>
        <translation>VOV about the content of the exam</translation>
    </message>
</context>
<context>
    <name>InzageVovDialog</name>
    <message>
        <source>Type the question numbers as the candidate saw them, for example 3, 7.</source>
        <translation>Type the question numbers as the candidate saw them, for example 3, 7.</translation>
    </message>
    <message>
        <source>Recording the VOV…</source>
        <translation>Recording the VOV…</translation>
    </message>
    <message>
        <source>VOV about the content of the exam</source>
        <translation>VOV about the content of the exam</translation>
    </message>
    <message>
        <source>A verklaring van ordentelijk verloop about a question, made during this inzage and linked to it. It goes with the session in which the work was made, when that is known on this station.</source>
        <translation>A verklaring van ordentelijk verloop about a question, made during this inzage and linked to it. It goes with the session in which the work was made, when that is known on this station.</translation>
    </message>
    <message>
        <source>Question numbers</source>
        <translation>Question numbers</translation>
    </message>
    <message>
        <source>What the candidate says</source>
        <translation>What the candidate says</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Your note</translation>
    </message>
    <message>
        <source>Record VOV</source>
        <translation>Record VOV</translation>
    </message>
</context>
<context>
    <name>IrregularityDialog</name>
    <message>
        <source>Recording the irregularity…</source>
        <translation>Recording the irregularity…</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Irregularity</translation>
    </message>
    <message>
        <source>Record what you saw, as it happened. The examensecretaris reports it to the Inspectie.</source>
        <translation>Record what you saw, as it happened. The examensecretaris reports it to the Inspectie.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Record irregularity</source>
        <translation>Record irregularity</translation>
    </message>
</context>
<context>
    <name>IsdMeldingPanel</name>
    <message>
        <source>Loading the ISD meldingen…</source>
        <translation>Loading the ISD meldingen…</translation>
    </message>
    <message>
        <source>No candidate of this afnamegroep has an accommodation that needs an ISD melding.</source>
        <translation>No candidate of this afnamegroep has an accommodation that needs an ISD melding.</translation>
    </message>
    <message>
        <source>{count} of {total} ISD meldingen NOT REPORTED: report them to the Inspectie.</source>
        <translation>{count} of {total} ISD meldingen NOT REPORTED: report them to the Inspectie.</translation>
    </message>
    <message>
        <source>All {total} ISD meldingen are reported.</source>
        <translation>All {total} ISD meldingen are reported.</translation>
    </message>
    <message>
        <source>ISD meldingen</source>
        <translation>ISD meldingen</translation>
    </message>
    <message>
        <source>Columns of the ISD meldingen</source>
        <translation>Columns of the ISD meldingen</translation>
    </message>
</context>
<context>
    <name>IsdMeldingTableModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <source>ISD melding</source>
        <translation>ISD melding</translation>
    </message>
    <message>
        <source>NOT REPORTED</source>
        <translation>NOT REPORTED</translation>
    </message>
    <message>
        <source>reported on {date}</source>
        <translation>reported on {date}</translation>
    </message>
    <message>
        <source>No date of the ISD melding is recorded for this accommodation. Report it to the Inspectie and record the date in the exam package (isd_reported_on).</source>
        <translation>No date of the ISD melding is recorded for this accommodation. Report it to the Inspectie and record the date in the exam package (isd_reported_on).</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <source>The candidate gave no answer.</source>
        <translation>The candidate gave no answer.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>The candidate's answer</source>
        <translation>The candidate's answer</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Answer key</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>Marking scheme</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Not right</translation>
    </message>
    <message>
        <source>chosen by the candidate</source>
        <translation>chosen by the candidate</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Every wrongly chosen option and every right option left out costs {penalty}.</source>
        <translation>Every wrongly chosen option and every right option left out costs {penalty}.</translation>
    </message>
    <message>
        <source>The candidate chose no option.</source>
        <translation>The candidate chose no option.</translation>
    </message>
    <message>
        <source>The results also name {keys}, which is not one of the options.</source>
        <translation>The results also name {keys}, which is not one of the options.</translation>
    </message>
    <message>
        <source>Tolerance {tolerance}: every answer from {low} to {high} counts as right.</source>
        <translation>Tolerance {tolerance}: every answer from {low} to {high} counts as right.</translation>
    </message>
    <message>
        <source>Tolerance 0: only this value counts as right.</source>
        <translation>Tolerance 0: only this value counts as right.</translation>
    </message>
    <message>
        <source>Answer as typed: {text}</source>
        <translation>Answer as typed: {text}</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>This is not a number in Dutch notation, so it scores 0 points.</source>
        <translation>This is not a number in Dutch notation, so it scores 0 points.</translation>
    </message>
    <message>
        <source>(no choice)</source>
        <translation>(no choice)</translation>
    </message>
    <message>
        <source>Key: {key}</source>
        <translation>Key: {key}</translation>
    </message>
    <message>
        <source>Dropdown {position}: {choice}</source>
        <translation>Dropdown {position}: {choice}</translation>
    </message>
    <message>
        <source>The candidate chose nothing in any dropdown.</source>
        <translation>The candidate chose nothing in any dropdown.</translation>
    </message>
    <message>
        <source>Candidate's order</source>
        <translation>Candidate's order</translation>
    </message>
    <message>
        <source>Right place</source>
        <translation>Right place</translation>
    </message>
    <message>
        <source>Wrong place</source>
        <translation>Wrong place</translation>
    </message>
    <message>
        <source>The right order stands beside the candidate's.</source>
        <translation>The right order stands beside the candidate's.</translation>
    </message>
    <message>
        <source>Scored all or nothing.</source>
        <translation>Scored all or nothing.</translation>
    </message>
    <message>
        <source>Scored by the items in their right place.</source>
        <translation>Scored by the items in their right place.</translation>
    </message>
    <message>
        <source>Place {place}: {text}</source>
        <translation>Place {place}: {text}</translation>
    </message>
    <message>
        <source>Key, place {place}: {text}</source>
        <translation>Key, place {place}: {text}</translation>
    </message>
    <message>
        <source>The candidate did not change the order, so the item counts as not answered.</source>
        <translation>The candidate did not change the order, so the item counts as not answered.</translation>
    </message>
    <message>
        <source>Awarded by the corrector: {awarded} of {maximum}.</source>
        <translation>Awarded by the corrector: {awarded} of {maximum}.</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>a value was expected</source>
        <translation>a value was expected</translation>
    </message>
    <message>
        <source>a name in double quotes was expected</source>
        <translation>a name in double quotes was expected</translation>
    </message>
    <message>
        <source>a ':' was expected</source>
        <translation>a ':' was expected</translation>
    </message>
    <message>
        <source>a ',' was expected</source>
        <translation>a ',' was expected</translation>
    </message>
    <message>
        <source>there is more text after the end</source>
        <translation>there is more text after the end</translation>
    </message>
    <message>
        <source>a text is not closed with a double quote</source>
        <translation>a text is not closed with a double quote</translation>
    </message>
    <message>
        <source>a text holds a control character</source>
        <translation>a text holds a control character</translation>
    </message>
    <message>
        <source>a text holds a backslash that escapes nothing</source>
        <translation>a text holds a backslash that escapes nothing</translation>
    </message>
    <message>
        <source>a text holds a broken unicode escape</source>
        <translation>a text holds a broken unicode escape</translation>
    </message>
    <message>
        <source>a ',' before the end of an object</source>
        <translation>a ',' before the end of an object</translation>
    </message>
    <message>
        <source>a ',' before the end of a list</source>
        <translation>a ',' before the end of a list</translation>
    </message>
    <message>
        <source>the text is not JSON</source>
        <translation>the text is not JSON</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>This station's data key is missing from its key store, but its database holds data locked with it. Nothing was changed: put back the key file (or keyring entry) from the station's backup.</source>
        <translation>This station's data key is missing from its key store, but its database holds data locked with it. Nothing was changed: put back the key file (or keyring entry) from the station's backup.</translation>
    </message>
    <message>
        <source>The key store holds another station's data key, not the one this database was locked with. Nothing was changed: put back this station's own key file (or keyring entry).</source>
        <translation>The key store holds another station's data key, not the one this database was locked with. Nothing was changed: put back this station's own key file (or keyring entry).</translation>
    </message>
</context>
<context>
    <name>LeftEarlyDialog</name>
    <message>
        <source>Recording the departure…</source>
        <translation>Recording the departure…</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <source>The candidate stops before their time is up. This ends their exam and cannot be undone.</source>
        <translation>The candidate stops before their time is up. This ends their exam and cannot be undone.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Too ill to go on</source>
        <translation>Too ill to go on</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Illness</translation>
    </message>
    <message>
        <source>Record departure</source>
        <translation>Record departure</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Fill in your username.</source>
        <translation>Fill in your username.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in with the username and password the beheerder gave you.</source>
        <translation>Sign in with the username and password the beheerder gave you.</translation>
    </message>
    <message>
        <source>This window only reads: your sign-in is checked but not recorded.</source>
        <translation>This window only reads: your sign-in is checked but not recorded.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exam-day station</source>
        <translation>Exam-day station</translation>
    </message>
    <message>
        <source>No school name set yet</source>
        <translation>No school name set yet</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Station: {name}</translation>
    </message>
    <message>
        <source>Demo station: every name and result here is invented.</source>
        <translation>Demo station: every name and result here is invented.</translation>
    </message>
    <message>
        <source>Demo station</source>
        <translation>Demo station</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Signed in: {name}</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Roles: {roles}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>Language: {name}</translation>
    </message>
    <message>
        <source>Show the windows in Dutch</source>
        <translation>Show the windows in Dutch</translation>
    </message>
    <message>
        <source>Show the windows in English</source>
        <translation>Show the windows in English</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>View: text size and high contrast</source>
        <translation>View: text size and high contrast</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>About examdesk</source>
        <translation>About examdesk</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Signing out…</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Normal text size (now {percent}%)</source>
        <translation>Normal text size (now {percent}%)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) running. The candidates' clocks go on while examdesk is closed; when it opens again, every remaining time is as it should be. Close examdesk?</source>
        <translation>
            <numerusform>%n session is running. The candidates' clocks go on while examdesk is closed; when it opens again, every remaining time is as it should be. Close examdesk?</numerusform>
            <numerusform>%n sessions are running. The candidates' clocks go on while examdesk is closed; when it opens again, every remaining time is as it should be. Close examdesk?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close examdesk</source>
        <translation>Close examdesk</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Keep it open</translation>
    </message>
</context>
<context>
    <name>MeldingDialog</name>
    <message>
        <source>Exam conditions (noise, heat, an interruption in the room)</source>
        <translation>Exam conditions (noise, heat, an interruption in the room)</translation>
    </message>
    <message>
        <source>An exam question (its content; question number needed)</source>
        <translation>An exam question (its content; question number needed)</translation>
    </message>
    <message>
        <source>The exam application (a technical fault; question numbers needed)</source>
        <translation>The exam application (a technical fault; question numbers needed)</translation>
    </message>
    <message>
        <source>Recording the melding…</source>
        <translation>Recording the melding…</translation>
    </message>
    <message>
        <source>Melding (VOV)</source>
        <translation>Melding (VOV)</translation>
    </message>
    <message>
        <source>Record what happened for the verklaring van ordentelijk verloop: what the candidate says, what you saw, and whether it was resolved.</source>
        <translation>Record what happened for the verklaring van ordentelijk verloop: what the candidate says, what you saw, and whether it was resolved.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Question numbers</source>
        <translation>Question numbers</translation>
    </message>
    <message>
        <source>Separated by commas, for example V3, K1</source>
        <translation>Separated by commas, for example V3, K1</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>What the candidate says</source>
        <translation>What the candidate says</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>What you saw</translation>
    </message>
    <message>
        <source>Resolved during the exam</source>
        <translation>Resolved during the exam</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>DUO or the Facet helpdesk was consulted</source>
        <translation>DUO or the Facet helpdesk was consulted</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulted</translation>
    </message>
    <message>
        <source>Meldingsnummer</source>
        <translation>Meldingsnummer</translation>
    </message>
    <message>
        <source>Record melding</source>
        <translation>Record melding</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Use a full stop as the thousands separator. Example: 25.000. Use a comma as the decimal sign. Example: 0,25.</source>
        <translation>Use a full stop as the thousands separator. Example: 25.000. Use a comma as the decimal sign. Example: 0,25.</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Loading the sessions…</source>
        <translation>Loading the sessions…</translation>
    </message>
    <message>
        <source>There are no sessions on this station yet; a case belongs to a session.</source>
        <translation>There are no sessions on this station yet; a case belongs to a session.</translation>
    </message>
    <message>
        <source>Loading the session's record…</source>
        <translation>Loading the session's record…</translation>
    </message>
    <message>
        <source>already case {case}</source>
        <translation>already case {case}</translation>
    </message>
    <message>
        <source>Question {question}.</source>
        <translation>Question {question}.</translation>
    </message>
    <message>
        <source>Storing during the exam.</source>
        <translation>Storing during the exam.</translation>
    </message>
    <message>
        <source>Left early, ill:</source>
        <translation>Left early, ill:</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>Opening the case…</translation>
    </message>
    <message>
        <source>Nothing recorded: open it by hand</source>
        <translation>Nothing recorded: open it by hand</translation>
    </message>
    <message>
        <source>Open an irregularity case</source>
        <translation>Open an irregularity case</translation>
    </message>
    <message>
        <source>A case follows the Inspectie's procedure from the report to a possible tweede zitting. Open it from what the session recorded, or by hand.</source>
        <translation>A case follows the Inspectie's procedure from the report to a possible tweede zitting. Open it from what the session recorded, or by hand.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>A technical irregularity (the ISD form then needs the Facet meldingsnummer)</source>
        <translation>A technical irregularity (the ISD form then needs the Facet meldingsnummer)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Override</name>
    <message>
        <source>more time than granted ({minutes} min)</source>
        <translation>more time than granted ({minutes} min)</translation>
    </message>
    <message>
        <source>a pause without the pauses accommodation, or past the pause limit</source>
        <translation>a pause without the pauses accommodation, or past the pause limit</translation>
    </message>
    <message>
        <source>a late start beyond 30 minutes</source>
        <translation>a late start beyond 30 minutes</translation>
    </message>
    <message>
        <source>accommodation {number} applied without a valid, confirmed VSV</source>
        <translation>accommodation {number} applied without a valid, confirmed VSV</translation>
    </message>
    <message>
        <source>an off-site session without consultation, surveillants or permission</source>
        <translation>an off-site session without consultation, surveillants or permission</translation>
    </message>
    <message>
        <source>quarantine not reported, or a third exam the same day</source>
        <translation>quarantine not reported, or a third exam the same day</translation>
    </message>
    <message>
        <source>a PE qualification again within four months</source>
        <translation>a PE qualification again within four months</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Write the reason for the override.</source>
        <translation>Write the reason for the override.</translation>
    </message>
    <message>
        <source>Recording the override…</source>
        <translation>Recording the override…</translation>
    </message>
    <message>
        <source>Override by the examensecretaris</source>
        <translation>Override by the examensecretaris</translation>
    </message>
    <message>
        <source>{refusal}

The examensecretaris signs with their own name and password and writes the reason. The override is recorded as such and flagged on the dashboard, the timeline and the proces-verbaal.</source>
        <translation>{refusal}

The examensecretaris signs with their own name and password and writes the reason. The override is recorded as such and flagged on the dashboard, the timeline and the proces-verbaal.</translation>
    </message>
    <message>
        <source>Examensecretaris (user name)</source>
        <translation>Examensecretaris (user name)</translation>
    </message>
    <message>
        <source>Their password</source>
        <translation>Their password</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>is a field of package version 1; version 2 uses ground, note and statement</source>
        <translation>is a field of package version 1; version 2 uses ground, note and statement</translation>
    </message>
    <message>
        <source>is a field of package version 2; this package says version 1</source>
        <translation>is a field of package version 2; this package says version 1</translation>
    </message>
    <message>
        <source>'magnifier' is large_print in package version 2</source>
        <translation>'magnifier' is large_print in package version 2</translation>
    </message>
    <message>
        <source>more than 30 minutes of extra time needs the CvTE consult (date, reference, minutes)</source>
        <translation>more than 30 minutes of extra time needs the CvTE consult (date, reference, minutes)</translation>
    </message>
    <message>
        <source>only extra_time has a ground</source>
        <translation>only extra_time has a ground</translation>
    </message>
    <message>
        <source>the ground nt2 needs nt2_school_years (years of school in the Netherlands)</source>
        <translation>the ground nt2 needs nt2_school_years (years of school in the Netherlands)</translation>
    </message>
    <message>
        <source>{number}: '{basis}' read as ground {ground}</source>
        <translation>{number}: '{basis}' read as ground {ground}</translation>
    </message>
    <message>
        <source>{number}: '{basis}' read as ground nt2 with {years} school years in the Netherlands</source>
        <translation>{number}: '{basis}' read as ground nt2 with {years} school years in the Netherlands</translation>
    </message>
    <message>
        <source>{number}: '{basis}' read as ground nt2; the school years are not stated, so the 60-minute exception does not apply</source>
        <translation>{number}: '{basis}' read as ground nt2; the school years are not stated, so the 60-minute exception does not apply</translation>
    </message>
    <message>
        <source>{number}: '{basis}' matches no keyword: ground other, with the text as its note</source>
        <translation>{number}: '{basis}' matches no keyword: ground other, with the text as its note</translation>
    </message>
    <message>
        <source>is not a field of the package format (a typo?)</source>
        <translation>is not a field of the package format (a typo?)</translation>
    </message>
    <message>
        <source>should be {expected}</source>
        <translation>should be {expected}</translation>
    </message>
    <message>
        <source>is too long: at most {limit}</source>
        <translation>is too long: at most {limit}</translation>
    </message>
    <message>
        <source>is too short: at least {limit}</source>
        <translation>is too short: at least {limit}</translation>
    </message>
    <message>
        <source>is empty: enter a name</source>
        <translation>is empty: enter a name</translation>
    </message>
    <message>
        <source>is empty: fill it in</source>
        <translation>is empty: fill it in</translation>
    </message>
    <message>
        <source>'{value}' is not allowed here; use one of: {allowed}</source>
        <translation>'{value}' is not allowed here; use one of: {allowed}</translation>
    </message>
    <message>
        <source>{value} is out of range ({detail})</source>
        <translation>{value} is out of range ({detail})</translation>
    </message>
    <message>
        <source>is not valid: {detail}</source>
        <translation>is not valid: {detail}</translation>
    </message>
    <message>
        <source>'{value}' does not have the required form: {pattern}</source>
        <translation>'{value}' does not have the required form: {pattern}</translation>
    </message>
    <message>
        <source>letters, digits, '.', '_' or '-', starting with a letter or digit</source>
        <translation>letters, digits, '.', '_' or '-', starting with a letter or digit</translation>
    </message>
    <message>
        <source>letters, digits, '.', '_' or '-'</source>
        <translation>letters, digits, '.', '_' or '-'</translation>
    </message>
    <message>
        <source>hours and minutes as HH:MM, e.g. 09:00</source>
        <translation>hours and minutes as HH:MM, e.g. 09:00</translation>
    </message>
    <message>
        <source>{value} is not a valid BSN of candidate {candidate} ({reason})</source>
        <translation>{value} is not a valid BSN of candidate {candidate} ({reason})</translation>
    </message>
    <message>
        <source>'{value}' occurs more than once</source>
        <translation>'{value}' occurs more than once</translation>
    </message>
    <message>
        <source>'{value}' is not one of this item's options</source>
        <translation>'{value}' is not one of this item's options</translation>
    </message>
    <message>
        <source>must list every option exactly once</source>
        <translation>must list every option exactly once</translation>
    </message>
    <message>
        <source>the stem has a place '{{{value}}}' but there is no dropdown '{value}'</source>
        <translation>the stem has a place '{{{value}}}' but there is no dropdown '{value}'</translation>
    </message>
    <message>
        <source>dropdown '{value}' has no place '{{{value}}}' in the stem</source>
        <translation>dropdown '{value}' has no place '{{{value}}}' in the stem</translation>
    </message>
    <message>
        <source>there is no item '{value}' in exam {exam}</source>
        <translation>there is no item '{value}' in exam {exam}</translation>
    </message>
    <message>
        <source>there is no exam '{value}' in the package or on this station</source>
        <translation>there is no exam '{value}' in the package or on this station</translation>
    </message>
    <message>
        <source>there is no afnamegroep '{value}' in the package or on this station</source>
        <translation>there is no afnamegroep '{value}' in the package or on this station</translation>
    </message>
    <message>
        <source>there is no candidate '{value}' in afnamegroep {group}</source>
        <translation>there is no candidate '{value}' in afnamegroep {group}</translation>
    </message>
    <message>
        <source>exam {exam} has no variant '{value}'</source>
        <translation>exam {exam} has no variant '{value}'</translation>
    </message>
    <message>
        <source>afnamegroep {group} sits exam {expected}, not '{value}'</source>
        <translation>afnamegroep {group} sits exam {expected}, not '{value}'</translation>
    </message>
    <message>
        <source>a {kind} answer should be {expected}</source>
        <translation>a {kind} answer should be {expected}</translation>
    </message>
    <message>
        <source>'{value}' is not an option of this item</source>
        <translation>'{value}' is not an option of this item</translation>
    </message>
    <message>
        <source>awarded {value} points but the item has {points}</source>
        <translation>awarded {value} points but the item has {points}</translation>
    </message>
    <message>
        <source>is not valid JSON: {detail} (line {line}, column {column})</source>
        <translation>is not valid JSON: {detail} (line {line}, column {column})</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601, e.g. 2026-06-12T10:31:00+02:00)</source>
        <translation>a date and time (ISO 8601, e.g. 2026-06-12T10:31:00+02:00)</translation>
    </message>
    <message>
        <source>one option key, e.g. "B"</source>
        <translation>one option key, e.g. "B"</translation>
    </message>
    <message>
        <source>the text as typed, e.g. "10.000,00"</source>
        <translation>the text as typed, e.g. "10.000,00"</translation>
    </message>
    <message>
        <source>a list of option keys, e.g. ["A", "C"]</source>
        <translation>a list of option keys, e.g. ["A", "C"]</translation>
    </message>
    <message>
        <source>the final order as a list of option keys</source>
        <translation>the final order as a list of option keys</translation>
    </message>
    <message>
        <source>an object of dropdown id to chosen text</source>
        <translation>an object of dropdown id to chosen text</translation>
    </message>
    <message>
        <source>an object with text and awarded</source>
        <translation>an object with text and awarded</translation>
    </message>
    <message>
        <source>afnamegroep {group} cannot be a second sitting of itself, not even through {first}</source>
        <translation>afnamegroep {group} cannot be a second sitting of itself, not even through {first}</translation>
    </message>
    <message>
        <source>contains the control character {character}; text may hold no control characters other than new lines and tabs</source>
        <translation>contains the control character {character}; text may hold no control characters other than new lines and tabs</translation>
    </message>
    <message>
        <source>contains a line break or tab ({character}); this text must be a single line</source>
        <translation>contains a line break or tab ({character}); this text must be a single line</translation>
    </message>
    <message>
        <source>contains the invisible direction mark {character}, which can make text read differently from how it is stored</source>
        <translation>contains the invisible direction mark {character}, which can make text read differently from how it is stored</translation>
    </message>
    <message>
        <source>contains {character}, which is not a character (broken text)</source>
        <translation>contains {character}, which is not a character (broken text)</translation>
    </message>
    <message>
        <source>should be a date written as YYYY-MM-DD, e.g. 2026-06-12</source>
        <translation>should be a date written as YYYY-MM-DD, e.g. 2026-06-12</translation>
    </message>
    <message>
        <source>{value} is not between 1900-01-01 and 2199-12-31</source>
        <translation>{value} is not between 1900-01-01 and 2199-12-31</translation>
    </message>
    <message>
        <source>should be a date and time with its UTC offset (ISO 8601), e.g. 2026-06-13T16:00:00+02:00</source>
        <translation>should be a date and time with its UTC offset (ISO 8601), e.g. 2026-06-13T16:00:00+02:00</translation>
    </message>
    <message>
        <source>'{value}' has no UTC offset; write it with one, e.g. 2026-06-13T16:00:00+02:00</source>
        <translation>'{value}' has no UTC offset; write it with one, e.g. 2026-06-13T16:00:00+02:00</translation>
    </message>
    <message>
        <source>should be a number, written without quotes</source>
        <translation>should be a number, written without quotes</translation>
    </message>
    <message>
        <source>should be a number</source>
        <translation>should be a number</translation>
    </message>
    <message>
        <source>'{value}' is not a number</source>
        <translation>'{value}' is not a number</translation>
    </message>
    <message>
        <source>this number has too many digits; numbers lie within ±10^12 with at most 6 decimals</source>
        <translation>this number has too many digits; numbers lie within ±10^12 with at most 6 decimals</translation>
    </message>
    <message>
        <source>{value} has more than {places} decimals</source>
        <translation>{value} has more than {places} decimals</translation>
    </message>
    <message>
        <source>{value} is too small: at least {limit}</source>
        <translation>{value} is too small: at least {limit}</translation>
    </message>
    <message>
        <source>{value} is too small: it must be more than {limit}</source>
        <translation>{value} is too small: it must be more than {limit}</translation>
    </message>
    <message>
        <source>{value} is too large: at most {limit}</source>
        <translation>{value} is too large: at most {limit}</translation>
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
    <message>
        <source>The disk that holds the data folder {path} is full ({free} MB free; examdesk needs {needed} MB to start safely). Free space on that disk: old exported reports, backups in {backups} that you have copied elsewhere, or other programs' files. The station's data is intact: do not restore it from a backup, that would lose its latest events.</source>
        <translation>The disk that holds the data folder {path} is full ({free} MB free; examdesk needs {needed} MB to start safely). Free space on that disk: old exported reports, backups in {backups} that you have copied elsewhere, or other programs' files. The station's data is intact: do not restore it from a backup, that would lose its latest events.</translation>
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
    <name>PersonalData</name>
    <message>
        <source>This candidate's BSN cannot be read with the station's data key: the key store holds another key than the one the BSN was locked with. Nothing was changed; put back the station's own key file (or keyring entry) from its backup.</source>
        <translation>This candidate's BSN cannot be read with the station's data key: the key store holds another key than the one the BSN was locked with. Nothing was changed; put back the station's own key file (or keyring entry) from its backup.</translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <source>Surveillant {number}</source>
        <translation>Surveillant {number}</translation>
    </message>
    <message>
        <source>qualified teacher</source>
        <translation>qualified teacher</translation>
    </message>
    <message>
        <source>A qualified teacher employed by the school; an exam at home or in hospital needs one.</source>
        <translation>A qualified teacher employed by the school; an exam at home or in hospital needs one.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove surveillant {number}</source>
        <translation>Remove surveillant {number}</translation>
    </message>
    <message>
        <source>Loading the afnamegroepen…</source>
        <translation>Loading the afnamegroepen…</translation>
    </message>
    <message>
        <source>{group} ({code}) of {date}, for {candidates}</source>
        <translation>{group} ({code}) of {date}, for {candidates}</translation>
    </message>
    <message>
        <source>Second sitting of</source>
        <translation>Second sitting of</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>{variant}: not allowed, shares {items}</source>
        <translation>{variant}: not allowed, shares {items}</translation>
    </message>
    <message>
        <source>{variant}: no overlap</source>
        <translation>{variant}: no overlap</translation>
    </message>
    <message>
        <source>There are no afnamegroepen yet: import an exam package first.</source>
        <translation>There are no afnamegroepen yet: import an exam package first.</translation>
    </message>
    <message>
        <source>Checking the candidates' other sittings…</source>
        <translation>Checking the candidates' other sittings…</translation>
    </message>
    <message>
        <source>Planning this group is refused unless you override it with a reason:</source>
        <translation>Planning this group is refused unless you override it with a reason:</translation>
    </message>
    <message>
        <source>The session takes the afnamegroep's date and start time. Off-site (at home, in hospital, elsewhere) it needs the Inspectie's consultation and two surveillants, one of them a qualified teacher of the school; at another time than the school's sitting also the Inspectie's permission and quarantine, reported beforehand. It cannot start until all of this holds.</source>
        <translation>The session takes the afnamegroep's date and start time. Off-site (at home, in hospital, elsewhere) it needs the Inspectie's consultation and two surveillants, one of them a qualified teacher of the school; at another time than the school's sitting also the Inspectie's permission and quarantine, reported beforehand. It cannot start until all of this holds.</translation>
    </message>
    <message>
        <source>consulted on</source>
        <translation>consulted on</translation>
    </message>
    <message>
        <source>Inspectie consulted</source>
        <translation>Inspectie consulted</translation>
    </message>
    <message>
        <source>reported on</source>
        <translation>reported on</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <source>Examensecretaris: why the refusal is set aside</source>
        <translation>Examensecretaris: why the refusal is set aside</translation>
    </message>
    <message>
        <source>Needed when not at the date and time of the school's sitting</source>
        <translation>Needed when not at the date and time of the school's sitting</translation>
    </message>
    <message>
        <source>Planning the tweede zitting…</source>
        <translation>Planning the tweede zitting…</translation>
    </message>
    <message>
        <source>{user} is chosen twice; choose each surveillant once.</source>
        <translation>{user} is chosen twice; choose each surveillant once.</translation>
    </message>
    <message>
        <source>Planning the session…</source>
        <translation>Planning the session…</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>Plan a session</translation>
    </message>
    <message>
        <source>Plan a tweede zitting</source>
        <translation>Plan a tweede zitting</translation>
    </message>
    <message>
        <source>Only for candidates whose work the Inspectie declared invalid. The tweede zitting gets its own afnamegroep, marked as a second sitting, and a variant that shares no question with the one they sat.</source>
        <translation>Only for candidates whose work the Inspectie declared invalid. The tweede zitting gets its own afnamegroep, marked as a second sitting, and a variant that shares no question with the one they sat.</translation>
    </message>
    <message>
        <source>Afnamegroep</source>
        <translation>Afnamegroep</translation>
    </message>
    <message>
        <source>Surveillants</source>
        <translation>Surveillants</translation>
    </message>
    <message>
        <source>Add surveillant</source>
        <translation>Add surveillant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>The exam is taken in quarantine</source>
        <translation>The exam is taken in quarantine</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>Quarantine reported</source>
        <translation>Quarantine reported</translation>
    </message>
    <message>
        <source>Inspectie permission reference</source>
        <translation>Inspectie permission reference</translation>
    </message>
    <message>
        <source>Plan tweede zitting</source>
        <translation>Plan tweede zitting</translation>
    </message>
    <message>
        <source>Plan session</source>
        <translation>Plan session</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>the date of the consultation with the Inspectie (an off-site sitting is arranged with it)</source>
        <translation>the date of the consultation with the Inspectie (an off-site sitting is arranged with it)</translation>
    </message>
    <message>
        <source>at least two surveillants (there is {count})</source>
        <translation>at least two surveillants (there is {count})</translation>
    </message>
    <message>
        <source>a surveillant flagged as a qualified teacher employed by the school</source>
        <translation>a surveillant flagged as a qualified teacher employed by the school</translation>
    </message>
    <message>
        <source>the Inspectie's permission reference: the sitting is not at the time of the school's sitting ({school})</source>
        <translation>the Inspectie's permission reference: the sitting is not at the time of the school's sitting ({school})</translation>
    </message>
    <message>
        <source>the Inspectie's permission reference: no school sitting of this exam at the same date and time is known</source>
        <translation>the Inspectie's permission reference: no school sitting of this exam at the same date and time is known</translation>
    </message>
    <message>
        <source>quarantine: the sitting is at another time than the school's, so the candidates are kept apart</source>
        <translation>quarantine: the sitting is at another time than the school's, so the candidates are kept apart</translation>
    </message>
    <message>
        <source>the date on which the quarantine was reported to the Inspectie</source>
        <translation>the date on which the quarantine was reported to the Inspectie</translation>
    </message>
    <message>
        <source>The session cannot start yet; still missing: {missing}.</source>
        <translation>The session cannot start yet; still missing: {missing}.</translation>
    </message>
    <message>
        <source>{name} ({number}) already sits two exams on {date}: {first} and {second}; a third is not allowed.</source>
        <translation>{name} ({number}) already sits two exams on {date}: {first} and {second}; a third is not allowed.</translation>
    </message>
    <message>
        <source>{name} ({number}) sat {qualification} on {earlier} ({group}); the next sitting of that qualification is allowed from {allowed}.</source>
        <translation>{name} ({number}) sat {qualification} on {earlier} ({group}); the next sitting of that qualification is allowed from {allowed}.</translation>
    </message>
    <message>
        <source>This session is planned for {planned}, not today ({today}); starting it needs a confirmation with a reason.</source>
        <translation>This session is planned for {planned}, not today ({today}); starting it needs a confirmation with a reason.</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProcesVerbaal</name>
    <message>
        <source>Candidate {id} does not belong to this session.</source>
        <translation>Candidate {id} does not belong to this session.</translation>
    </message>
    <message>
        <source>Event #{id} is not part of this session's proces-verbaal.</source>
        <translation>Event #{id} is not part of this session's proces-verbaal.</translation>
    </message>
    <message>
        <source>Write the addendum's text.</source>
        <translation>Write the addendum's text.</translation>
    </message>
    <message>
        <source>The session is {state}: an addendum is added to the proces-verbaal only after the session has been closed. While it runs, record a remark instead.</source>
        <translation>The session is {state}: an addendum is added to the proces-verbaal only after the session has been closed. While it runs, record a remark instead.</translation>
    </message>
    <message>
        <source>After a session has been closed only the examensecretaris can add to its proces-verbaal; {user} is not examensecretaris.</source>
        <translation>After a session has been closed only the examensecretaris can add to its proces-verbaal; {user} is not examensecretaris.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>station</source>
        <translation>station</translation>
    </message>
    <message>
        <source>the station</source>
        <translation>the station</translation>
    </message>
    <message>
        <source>{name} (command line)</source>
        <translation>{name} (command line)</translation>
    </message>
    <message>
        <source>Session planned</source>
        <translation>Session planned</translation>
    </message>
    <message>
        <source>Session opened</source>
        <translation>Session opened</translation>
    </message>
    <message>
        <source>Session closed</source>
        <translation>Session closed</translation>
    </message>
    <message>
        <source>BSN check</source>
        <translation>BSN check</translation>
    </message>
    <message>
        <source>Roster corrected</source>
        <translation>Roster corrected</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause begins</source>
        <translation>Pause begins</translation>
    </message>
    <message>
        <source>Pause ends</source>
        <translation>Pause ends</translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation>Extra time</translation>
    </message>
    <message>
        <source>Storing begins</source>
        <translation>Storing begins</translation>
    </message>
    <message>
        <source>Storing ends</source>
        <translation>Storing ends</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>Time up</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Melding (VOV)</source>
        <translation>Melding (VOV)</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Irregularity</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>Clock warning</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>handed in</source>
        <translation>handed in</translation>
    </message>
    <message>
        <source>time up</source>
        <translation>time up</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>left early</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>at home</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>hospital</translation>
    </message>
    <message>
        <source>exam centre</source>
        <translation>exam centre</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passport</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>identity card</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>driving licence</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>residence permit</translation>
    </message>
    <message>
        <source>another document</source>
        <translation>another document</translation>
    </message>
    <message>
        <source>exam conditions</source>
        <translation>exam conditions</translation>
    </message>
    <message>
        <source>an exam question</source>
        <translation>an exam question</translation>
    </message>
    <message>
        <source>the exam application</source>
        <translation>the exam application</translation>
    </message>
    <message>
        <source>a) aids or information that are not allowed</source>
        <translation>a) aids or information that are not allowed</translation>
    </message>
    <message>
        <source>b) questions or answers available beforehand</source>
        <translation>b) questions or answers available beforehand</translation>
    </message>
    <message>
        <source>c) supervision that fell short</source>
        <translation>c) supervision that fell short</translation>
    </message>
    <message>
        <source>d) more exam time than allowed</source>
        <translation>d) more exam time than allowed</translation>
    </message>
    <message>
        <source>e) handed-in work changed by someone else</source>
        <translation>e) handed-in work changed by someone else</translation>
    </message>
    <message>
        <source>f) a grade or result set against the rules</source>
        <translation>f) a grade or result set against the rules</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>Planned for {date} at {time}, {location}, {room}</source>
        <translation>Planned for {date} at {time}, {location}, {room}</translation>
    </message>
    <message>
        <source>surveillants: {names}</source>
        <translation>surveillants: {names}</translation>
    </message>
    <message>
        <source>with quarantine</source>
        <translation>with quarantine</translation>
    </message>
    <message>
        <source>The session was opened</source>
        <translation>The session was opened</translation>
    </message>
    <message>
        <source>Closed; confirmed with their own passwords by {names}</source>
        <translation>Closed; confirmed with their own passwords by {names}</translation>
    </message>
    <message>
        <source>BSN {bsn} matches the {document}</source>
        <translation>BSN {bsn} matches the {document}</translation>
    </message>
    <message>
        <source>BSN {bsn} does NOT match the {document}</source>
        <translation>BSN {bsn} does NOT match the {document}</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>note: {text}</translation>
    </message>
    <message>
        <source>BSN on the roster corrected from {before} to {after}: {reason}</source>
        <translation>BSN on the roster corrected from {before} to {after}: {reason}</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Started as a late arrival, {late} after the planned start; their time ends as if they had started at {planned}</source>
        <translation>Started as a late arrival, {late} after the planned start; their time ends as if they had started at {planned}</translation>
    </message>
    <message>
        <source>Pause begins: the clock stands still</source>
        <translation>Pause begins: the clock stands still</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>until {end}</translation>
    </message>
    <message>
        <source>Pause {start}–{end} ({duration})</source>
        <translation>Pause {start}–{end} ({duration})</translation>
    </message>
    <message>
        <source>Extension +{minutes} min ({basis}, grant {granted})</source>
        <translation>Extension +{minutes} min ({basis}, grant {granted})</translation>
    </message>
    <message>
        <source>Extension +{minutes} min (grant {granted})</source>
        <translation>Extension +{minutes} min (grant {granted})</translation>
    </message>
    <message>
        <source>beyond the grant, by the examensecretaris: {reason}</source>
        <translation>beyond the grant, by the examensecretaris: {reason}</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Storing</translation>
    </message>
    <message>
        <source>Storing at question {question}</source>
        <translation>Storing at question {question}</translation>
    </message>
    <message>
        <source>PC changed from {old} to {new}</source>
        <translation>PC changed from {old} to {new}</translation>
    </message>
    <message>
        <source>PC {pc}</source>
        <translation>PC {pc}</translation>
    </message>
    <message>
        <source>Facet melding {number}</source>
        <translation>Facet melding {number}</translation>
    </message>
    <message>
        <source>Storing {start}–{end} ({duration})</source>
        <translation>Storing {start}–{end} ({duration})</translation>
    </message>
    <message>
        <source>Compensation {duration} for the storing of {start}–{end}</source>
        <translation>Compensation {duration} for the storing of {start}–{end}</translation>
    </message>
    <message>
        <source>Compensation {duration} for the storing from {start}</source>
        <translation>Compensation {duration} for the storing from {start}</translation>
    </message>
    <message>
        <source>Handed in after {worked} of working time</source>
        <translation>Handed in after {worked} of working time</translation>
    </message>
    <message>
        <source>Left early: {reason}</source>
        <translation>Left early: {reason}</translation>
    </message>
    <message>
        <source>too ill to go on</source>
        <translation>too ill to go on</translation>
    </message>
    <message>
        <source>Time up at {deadline}</source>
        <translation>Time up at {deadline}</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Melding about {about}</source>
        <translation>Melding about {about}</translation>
    </message>
    <message>
        <source>questions {questions}</source>
        <translation>questions {questions}</translation>
    </message>
    <message>
        <source>for the whole group</source>
        <translation>for the whole group</translation>
    </message>
    <message>
        <source>the candidate says: “{text}”</source>
        <translation>the candidate says: “{text}”</translation>
    </message>
    <message>
        <source>the surveillant saw: “{text}”</source>
        <translation>the surveillant saw: “{text}”</translation>
    </message>
    <message>
        <source>resolved: {how}</source>
        <translation>resolved: {how}</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>not resolved</translation>
    </message>
    <message>
        <source>DUO or the Facet helpdesk consulted</source>
        <translation>DUO or the Facet helpdesk consulted</translation>
    </message>
    <message>
        <source>meldingsnummer {number}</source>
        <translation>meldingsnummer {number}</translation>
    </message>
    <message>
        <source>Category {category}: {description}</source>
        <translation>Category {category}: {description}</translation>
    </message>
    <message>
        <source>Correction of event #{id} ({what} at {time}): {text}</source>
        <translation>Correction of event #{id} ({what} at {time}): {text}</translation>
    </message>
    <message>
        <source>Correction of event #{id}: {text}</source>
        <translation>Correction of event #{id}: {text}</translation>
    </message>
    <message>
        <source>the corrected event no longer counts for the clock</source>
        <translation>the corrected event no longer counts for the clock</translation>
    </message>
    <message>
        <source>Addendum: {text}</source>
        <translation>Addendum: {text}</translation>
    </message>
    <message>
        <source>about event #{id} ({what} at {time})</source>
        <translation>about event #{id} ({what} at {time})</translation>
    </message>
    <message>
        <source>The computer's clock went back {seconds} seconds</source>
        <translation>The computer's clock went back {seconds} seconds</translation>
    </message>
    <message>
        <source>Recorded: {kind}</source>
        <translation>Recorded: {kind}</translation>
    </message>
    <message>
        <source>Event chain verified: {count} events, intact</source>
        <translation>Event chain verified: {count} events, intact</translation>
    </message>
    <message>
        <source>Event chain broken: {reason}</source>
        <translation>Event chain broken: {reason}</translation>
    </message>
    <message>
        <source>question {question}</source>
        <translation>question {question}</translation>
    </message>
    <message>
        <source>Override by the examensecretaris</source>
        <translation>Override by the examensecretaris</translation>
    </message>
    <message>
        <source>{what}, decided by {person} because: {reason}</source>
        <translation>{what}, decided by {person} because: {reason}</translation>
    </message>
    <message>
        <source>Extension +{minutes} min beyond the grant of {granted} min: more time than granted</source>
        <translation>Extension +{minutes} min beyond the grant of {granted} min: more time than granted</translation>
    </message>
    <message>
        <source>{ground}, {years} school years in the Netherlands</source>
        <translation>{ground}, {years} school years in the Netherlands</translation>
    </message>
    <message>
        <source>Station set up</source>
        <translation>Station set up</translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation>Database updated</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>School or station renamed</source>
        <translation>School or station renamed</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Account roles changed</source>
        <translation>Account roles changed</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Account reactivated</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Exam package imported</source>
        <translation>Exam package imported</translation>
    </message>
    <message>
        <source>Roster imported</source>
        <translation>Roster imported</translation>
    </message>
    <message>
        <source>Started on another day</source>
        <translation>Started on another day</translation>
    </message>
    <message>
        <source>Full BSN viewed</source>
        <translation>Full BSN viewed</translation>
    </message>
    <message>
        <source>Irregularity case opened</source>
        <translation>Irregularity case opened</translation>
    </message>
    <message>
        <source>Case reported to the Inspectie</source>
        <translation>Case reported to the Inspectie</translation>
    </message>
    <message>
        <source>Case discussed with the candidate</source>
        <translation>Case discussed with the candidate</translation>
    </message>
    <message>
        <source>Case form completed</source>
        <translation>Case form completed</translation>
    </message>
    <message>
        <source>Decision on the case received</source>
        <translation>Decision on the case received</translation>
    </message>
    <message>
        <source>Resit planned</source>
        <translation>Resit planned</translation>
    </message>
    <message>
        <source>Case step corrected</source>
        <translation>Case step corrected</translation>
    </message>
    <message>
        <source>Case reported to DUO</source>
        <translation>Case reported to DUO</translation>
    </message>
    <message>
        <source>Aangifte made</source>
        <translation>Aangifte made</translation>
    </message>
    <message>
        <source>DUO's decision received</source>
        <translation>DUO's decision received</translation>
    </message>
    <message>
        <source>Inzage: BSN check</source>
        <translation>Inzage: BSN check</translation>
    </message>
    <message>
        <source>Inzage started</source>
        <translation>Inzage started</translation>
    </message>
    <message>
        <source>Inzage: question opened</source>
        <translation>Inzage: question opened</translation>
    </message>
    <message>
        <source>Inzage: answer key shown</source>
        <translation>Inzage: answer key shown</translation>
    </message>
    <message>
        <source>Inzage: proces-verbaal shown</source>
        <translation>Inzage: proces-verbaal shown</translation>
    </message>
    <message>
        <source>Inzage ended</source>
        <translation>Inzage ended</translation>
    </message>
    <message>
        <source>Inzage resumed</source>
        <translation>Inzage resumed</translation>
    </message>
    <message>
        <source>Inzage appointment booked</source>
        <translation>Inzage appointment booked</translation>
    </message>
    <message>
        <source>Inzage appointment cancelled</source>
        <translation>Inzage appointment cancelled</translation>
    </message>
    <message>
        <source>Inzage appointment lapsed</source>
        <translation>Inzage appointment lapsed</translation>
    </message>
    <message>
        <source>Candidate did not come to the inzage</source>
        <translation>Candidate did not come to the inzage</translation>
    </message>
    <message>
        <source>Result adjustment previewed</source>
        <translation>Result adjustment previewed</translation>
    </message>
    <message>
        <source>Signing certificate created</source>
        <translation>Signing certificate created</translation>
    </message>
    <message>
        <source>Signing certificate imported</source>
        <translation>Signing certificate imported</translation>
    </message>
    <message>
        <source>Signer's certificate trusted</source>
        <translation>Signer's certificate trusted</translation>
    </message>
    <message>
        <source>Signed report exported</source>
        <translation>Signed report exported</translation>
    </message>
    <message>
        <source>Transfer file of another station imported</source>
        <translation>Transfer file of another station imported</translation>
    </message>
    <message>
        <source>Event log sealed with the station's key</source>
        <translation>Event log sealed with the station's key</translation>
    </message>
    <message>
        <source>Full BSN of {candidate} viewed by {actor}</source>
        <translation>Full BSN of {candidate} viewed by {actor}</translation>
    </message>
    <message>
        <source>Started on {today}, not on the planned day {planned}, because: {reason}</source>
        <translation>Started on {today}, not on the planned day {planned}, because: {reason}</translation>
    </message>
    <message>
        <source>{what}, by {actor}</source>
        <translation>{what}, by {actor}</translation>
    </message>
</context>
<context>
    <name>ProcesVerbaalPane</name>
    <message>
        <source>Hide ({keys})</source>
        <translation>Hide ({keys})</translation>
    </message>
    <message>
        <source>Hide the proces-verbaal</source>
        <translation>Hide the proces-verbaal</translation>
    </message>
    <message>
        <source>Proces-verbaal: the part of {name}</source>
        <translation>Proces-verbaal: the part of {name}</translation>
    </message>
    <message>
        <source>What was recorded about the candidate and about the whole group during their session. Read-only: the candidate looks on.</source>
        <translation>What was recorded about the candidate and about the whole group during their session. Read-only: the candidate looks on.</translation>
    </message>
    <message>
        <source>What was recorded about the candidate and about the whole group during their session.</source>
        <translation>What was recorded about the candidate and about the whole group during their session.</translation>
    </message>
    <message>
        <source>The session of afnamegroep {group} in which this result was made is not known on this station, so its proces-verbaal is not shown here. Ask the school where the exam was taken for it.</source>
        <translation>The session of afnamegroep {group} in which this result was made is not known on this station, so its proces-verbaal is not shown here. Ask the school where the exam was taken for it.</translation>
    </message>
    <message>
        <source>This session was held on station {station}: what is shown is a read-only copy of its proces-verbaal.</source>
        <translation>This session was held on station {station}: what is shown is a read-only copy of its proces-verbaal.</translation>
    </message>
    <message>
        <source>Proces-verbaal ({keys})</source>
        <translation>Proces-verbaal ({keys})</translation>
    </message>
    <message>
        <source>Proces-verbaal beside the work</source>
        <translation>Proces-verbaal beside the work</translation>
    </message>
    <message>
        <source>Show or hide the candidate's part of the proces-verbaal ({keys})</source>
        <translation>Show or hide the candidate's part of the proces-verbaal ({keys})</translation>
    </message>
</context>
<context>
    <name>ProcesVerbaalView</name>
    <message>
        <source>Reading the proces-verbaal…</source>
        <translation>Reading the proces-verbaal…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Addendum recorded as #{number}, with your name and the time.</source>
        <translation>Addendum recorded as #{number}, with your name and the time.</translation>
    </message>
    <message>
        <source>Proces-verbaal</source>
        <translation>Proces-verbaal</translation>
    </message>
    <message>
        <source>Proces-verbaal: {group} ({code})</source>
        <translation>Proces-verbaal: {group} ({code})</translation>
    </message>
    <message>
        <source>{time} by {name}</source>
        <translation>{time} by {name}</translation>
    </message>
    <message>
        <source>not yet: the session is {state}</source>
        <translation>not yet: the session is {state}</translation>
    </message>
    <message>
        <source>at closing, by every surveillant</source>
        <translation>at closing, by every surveillant</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Signed off by</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>chain head {hash}</source>
        <translation>chain head {hash}</translation>
    </message>
    <message>
        <source>After closing, the examensecretaris can add an addendum; it is marked as such (Ctrl+Shift+A)</source>
        <translation>After closing, the examensecretaris can add an addendum; it is marked as such (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>All candidates</translation>
    </message>
    <message>
        <source>Only the whole group</source>
        <translation>Only the whole group</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>{shown} of {total} events</translation>
    </message>
    <message>
        <source>{total} events</source>
        <translation>{total} events</translation>
    </message>
    <message>
        <source>← Back ({keys})</source>
        <translation>← Back ({keys})</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>What was recorded</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>Filter by text (Ctrl+F)</source>
        <translation>Filter by text (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filter by text</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Add addendum…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Events of the session</source>
        <translation>Events of the session</translation>
    </message>
    <message>
        <source>Columns of the events table</source>
        <translation>Columns of the events table</translation>
    </message>
    <message>
        <source>Timeline and events</source>
        <translation>Timeline and events</translation>
    </message>
    <message>
        <source>Details of the session</source>
        <translation>Details of the session</translation>
    </message>
    <message>
        <source>Legend of the timeline</source>
        <translation>Legend of the timeline</translation>
    </message>
</context>
<context>
    <name>ProctorDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{action}: {candidate}</source>
        <translation>{action}: {candidate}</translation>
    </message>
    <message>
        <source>Only {candidate}</source>
        <translation>Only {candidate}</translation>
    </message>
    <message>
        <source>The whole group (collective)</source>
        <translation>The whole group (collective)</translation>
    </message>
</context>
<context>
    <name>ProctorWorkspace</name>
    <message>
        <source>Proctor</source>
        <translation>Proctor</translation>
    </message>
    <message>
        <source>Loading the sessions…</source>
        <translation>Loading the sessions…</translation>
    </message>
    <message>
        <source>Starting the session…</source>
        <translation>Starting the session…</translation>
    </message>
    <message>
        <source>Start on another day</source>
        <translation>Start on another day</translation>
    </message>
    <message>
        <source>Here you run the exam sessions of an afnamegroep: each candidate's own clock, the BSN check on the start screen, pauses and extra time, storingen and meldingen, and the proces-verbaal that is written as the session goes.</source>
        <translation>Here you run the exam sessions of an afnamegroep: each candidate's own clock, the BSN check on the start screen, pauses and extra time, storingen and meldingen, and the proces-verbaal that is written as the session goes.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>What to do now</translation>
    </message>
    <message>
        <source>No exam sessions on this station yet. Plan a session for an afnamegroep from an imported exam package.</source>
        <translation>No exam sessions on this station yet. Plan a session for an afnamegroep from an imported exam package.</translation>
    </message>
    <message>
        <source>No exam sessions on this station yet. Exam packages and sessions come from the examensecretaris; once a session is planned it appears here.</source>
        <translation>No exam sessions on this station yet. Exam packages and sessions come from the examensecretaris; once a session is planned it appears here.</translation>
    </message>
    <message>
        <source>Exam sessions</source>
        <translation>Exam sessions</translation>
    </message>
    <message>
        <source>Choose the session you supervise. A planned session starts when you press Start session; then each candidate starts after their BSN check.</source>
        <translation>Choose the session you supervise. A planned session starts when you press Start session; then each candidate starts after their BSN check.</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>Open dashboard</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Start session</translation>
    </message>
    <message>
        <source>Plan session…</source>
        <translation>Plan session…</translation>
    </message>
    <message>
        <source>Proces-verbaal</source>
        <translation>Proces-verbaal</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Signed reports…</source>
        <translation>Signed reports…</translation>
    </message>
    <message>
        <source>Verify a report…</source>
        <translation>Verify a report…</translation>
    </message>
    <message>
        <source>Columns of the sessions table</source>
        <translation>Columns of the sessions table</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>This exam has no question {numbers}; its questions are {known}. Name them as the exam does.</source>
        <translation>This exam has no question {numbers}; its questions are {known}. Name them as the exam does.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read only: this station is open in another window, so this is recorded there, not here.</source>
        <translation>Read only: this station is open in another window, so this is recorded there, not here.</translation>
    </message>
    <message>
        <source>Read only — this station is open in another window (by {user} on {host} since {since}).</source>
        <translation>Read only — this station is open in another window (by {user} on {host} since {since}).</translation>
    </message>
    <message>
        <source>Read only — this station is open in another window.</source>
        <translation>Read only — this station is open in another window.</translation>
    </message>
    <message>
        <source>Nothing you do here is recorded. To work here, close that window, then close and start this one again.</source>
        <translation>Nothing you do here is recorded. To work here, close that window, then close and start this one again.</translation>
    </message>
    <message>
        <source>READ ONLY</source>
        <translation>READ ONLY</translation>
    </message>
    <message>
        <source>You can open it here read-only: you sign in with your own account and see the sessions, the proces-verbaal, results and logs, and nothing is recorded.</source>
        <translation>You can open it here read-only: you sign in with your own account and see the sessions, the proces-verbaal, results and logs, and nothing is recorded.</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Open read-only</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>RemarkDialog</name>
    <message>
        <source>Recording the remark…</source>
        <translation>Recording the remark…</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>A remark goes into the proces-verbaal as you write it.</source>
        <translation>A remark goes into the proces-verbaal as you write it.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Record remark</source>
        <translation>Record remark</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>page {page} of {pages}</source>
        <translation>page {page} of {pages}</translation>
    </message>
    <message>
        <source>Made {date} at {time}</source>
        <translation>Made {date} at {time}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>This document carries the digital signature of the station. Any change after signing is detected by every PDF signature verifier (examdesk verify, Adobe Reader, pdfsig).</source>
        <translation>This document carries the digital signature of the station. Any change after signing is detected by every PDF signature verifier (examdesk verify, Adobe Reader, pdfsig).</translation>
    </message>
    <message>
        <source>closed by the examensecretaris</source>
        <translation>closed by the examensecretaris</translation>
    </message>
    <message>
        <source>closed by the station when the time was up</source>
        <translation>closed by the station when the time was up</translation>
    </message>
    <message>
        <source>Report of an inzage</source>
        <translation>Report of an inzage</translation>
    </message>
    <message>
        <source>Inzage {number} · {exam} · {date}</source>
        <translation>Inzage {number} · {exam} · {date}</translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>{code} · {title} ({kind}), variant {variant}</source>
        <translation>{code} · {title} ({kind}), variant {variant}</translation>
    </message>
    <message>
        <source>Afnamegroep</source>
        <translation>Afnamegroep</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>{name}, candidate {number}, BSN {bsn}</source>
        <translation>{name}, candidate {number}, BSN {bsn}</translation>
    </message>
    <message>
        <source>Conducted by</source>
        <translation>Conducted by</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>not recorded (the inzage was not closed on this station)</source>
        <translation>not recorded (the inzage was not closed on this station)</translation>
    </message>
    <message>
        <source>{time}, {how}</source>
        <translation>{time}, {how}</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>{minutes} minutes, with a visible countdown</source>
        <translation>{minutes} minutes, with a visible countdown</translation>
    </message>
    <message>
        <source>Only wrongly answered items shown</source>
        <translation>Only wrongly answered items shown</translation>
    </message>
    <message>
        <source>Supervisor present</source>
        <translation>Supervisor present</translation>
    </message>
    <message>
        <source>ID check on the start screen</source>
        <translation>ID check on the start screen</translation>
    </message>
    <message>
        <source>match ({document})</source>
        <translation>match ({document})</translation>
    </message>
    <message>
        <source>not required for this exam</source>
        <translation>not required for this exam</translation>
    </message>
    <message>
        <source>Proces-verbaal of the session shown</source>
        <translation>Proces-verbaal of the session shown</translation>
    </message>
    <message>
        <source>Items opened</source>
        <translation>Items opened</translation>
    </message>
    <message>
        <source>Items are named by their number only: this report holds no question text, answer or key.</source>
        <translation>Items are named by their number only: this report holds no question text, answer or key.</translation>
    </message>
    <message>
        <source>Key shown</source>
        <translation>Key shown</translation>
    </message>
    <message>
        <source>Marking scheme shown</source>
        <translation>Marking scheme shown</translation>
    </message>
    <message>
        <source>No item was opened.</source>
        <translation>No item was opened.</translation>
    </message>
    <message>
        <source>Last event of this inzage in the event chain</source>
        <translation>Last event of this inzage in the event chain</translation>
    </message>
    <message>
        <source>Proces-verbaal</source>
        <translation>Proces-verbaal</translation>
    </message>
    <message>
        <source>{exam} · {group} · {date}</source>
        <translation>{exam} · {group} · {date}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>{code} · {title} ({kind}), {minutes} minutes</source>
        <translation>{code} · {title} ({kind}), {minutes} minutes</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Planned start and duration</source>
        <translation>Planned start and duration</translation>
    </message>
    <message>
        <source>{start}, {minutes} minutes</source>
        <translation>{start}, {minutes} minutes</translation>
    </message>
    <message>
        <source>Location and room</source>
        <translation>Location and room</translation>
    </message>
    <message>
        <source>Inspectie's permission</source>
        <translation>Inspectie's permission</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>Surveillants</source>
        <translation>Surveillants</translation>
    </message>
    <message>
        <source>{name} (qualified teacher)</source>
        <translation>{name} (qualified teacher)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>{time} by {person}</source>
        <translation>{time} by {person}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Signed off by</translation>
    </message>
    <message>
        <source>The session was still running when this proces-verbaal was made: it shows the record up to then.</source>
        <translation>The session was still running when this proces-verbaal was made: it shows the record up to then.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Proces-verbaal (PROVISIONAL)</source>
        <translation>Proces-verbaal (PROVISIONAL)</translation>
    </message>
    <message>
        <source>PROVISIONAL: the session was still running</source>
        <translation>PROVISIONAL: the session was still running</translation>
    </message>
    <message>
        <source>{number} {name} · {state}</source>
        <translation>{number} {name} · {state}</translation>
    </message>
    <message>
        <source>BSN check</source>
        <translation>BSN check</translation>
    </message>
    <message>
        <source>BSN {bsn}: matched the {document} at {time} ({person})</source>
        <translation>BSN {bsn}: matched the {document} at {time} ({person})</translation>
    </message>
    <message>
        <source>BSN {bsn}: did NOT match the {document} at {time} ({person})</source>
        <translation>BSN {bsn}: did NOT match the {document} at {time} ({person})</translation>
    </message>
    <message>
        <source>BSN {bsn}: no check recorded</source>
        <translation>BSN {bsn}: no check recorded</translation>
    </message>
    <message>
        <source>the roster was corrected by the examensecretaris</source>
        <translation>the roster was corrected by the examensecretaris</translation>
    </message>
    <message>
        <source>Start · deadline · end</source>
        <translation>Start · deadline · end</translation>
    </message>
    <message>
        <source>{start} · {deadline} · {end}</source>
        <translation>{start} · {deadline} · {end}</translation>
    </message>
    <message>
        <source>{time}, late arrival: {minutes} min after the planned start</source>
        <translation>{time}, late arrival: {minutes} min after the planned start</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>basis: {basis}</source>
        <translation>basis: {basis}</translation>
    </message>
    <message>
        <source>{granted} min granted, on the clock from the start; {used} min of it used</source>
        <translation>{granted} min granted, on the clock from the start; {used} min of it used</translation>
    </message>
    <message>
        <source>{answer}, reported to the Inspectie on {date}</source>
        <translation>{answer}, reported to the Inspectie on {date}</translation>
    </message>
    <message>
        <source>Inspectie consulted on</source>
        <translation>Inspectie consulted on</translation>
    </message>
    <message>
        <source>MORE TIME THAN GRANTED, by the examensecretaris because: {reason}</source>
        <translation>MORE TIME THAN GRANTED, by the examensecretaris because: {reason}</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>{start}–{end} ({minutes})</source>
        <translation>{start}–{end} ({minutes})</translation>
    </message>
    <message>
        <source>{start}– (still going on)</source>
        <translation>{start}– (still going on)</translation>
    </message>
    <message>
        <source>total {minutes}</source>
        <translation>total {minutes}</translation>
    </message>
    <message>
        <source>Storingen</source>
        <translation>Storingen</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>question {question}</source>
        <translation>question {question}</translation>
    </message>
    <message>
        <source>computer {old} → {new}</source>
        <translation>computer {old} → {new}</translation>
    </message>
    <message>
        <source>meldingsnummer {numbers}</source>
        <translation>meldingsnummer {numbers}</translation>
    </message>
    <message>
        <source>compensation {minutes}</source>
        <translation>compensation {minutes}</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <source>{reason} (ill)</source>
        <translation>{reason} (ill)</translation>
    </message>
    <message>
        <source>Absent: the candidate did not start.</source>
        <translation>Absent: the candidate did not start.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Meldingen and irregularities</source>
        <translation>Meldingen and irregularities</translation>
    </message>
    <message>
        <source>Remarks and corrections</source>
        <translation>Remarks and corrections</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <source>The event log in time order</source>
        <translation>The event log in time order</translation>
    </message>
    <message>
        <source>None were recorded.</source>
        <translation>None were recorded.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>What was recorded</translation>
    </message>
    <message>
        <source>Dossier of an irregularity case</source>
        <translation>Dossier of an irregularity case</translation>
    </message>
    <message>
        <source>Case {number} · {exam} · {group} · {date}</source>
        <translation>Case {number} · {exam} · {group} · {date}</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>The case</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>{code} · {title} ({kind})</source>
        <translation>{code} · {title} ({kind})</translation>
    </message>
    <message>
        <source>Category (Beleidsregel art. 2)</source>
        <translation>Category (Beleidsregel art. 2)</translation>
    </message>
    <message>
        <source>Technical irregularity</source>
        <translation>Technical irregularity</translation>
    </message>
    <message>
        <source>yes; meldingsnummer {number} known from the session</source>
        <translation>yes; meldingsnummer {number} known from the session</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>Opened from</translation>
    </message>
    <message>
        <source>{origin} (entry no. {number} of the session)</source>
        <translation>{origin} (entry no. {number} of the session)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>{time} by {person} (no. {number})</source>
        <translation>{time} by {person} (no. {number})</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>{step}; next: {next}</source>
        <translation>{step}; next: {next}</translation>
    </message>
    <message>
        <source>{step}; the case is closed</source>
        <translation>{step}; the case is closed</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Work declared invalid</source>
        <translation>Work declared invalid</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <source>Tweede zitting</source>
        <translation>Tweede zitting</translation>
    </message>
    <message>
        <source>{date}, variant {variant}</source>
        <translation>{date}, variant {variant}</translation>
    </message>
    <message>
        <source>The procedure step by step</source>
        <translation>The procedure step by step</translation>
    </message>
    <message>
        <source>The steps of the DUO procedure in their order; a step cannot be skipped. Each shows its facts as they stand now; a corrected step also names its correction.</source>
        <translation>The steps of the DUO procedure in their order; a step cannot be skipped. Each shows its facts as they stand now; a corrected step also names its correction.</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>{number}. {step} (done)</source>
        <translation>{number}. {step} (done)</translation>
    </message>
    <message>
        <source>{number}. {step} (next)</source>
        <translation>{number}. {step} (next)</translation>
    </message>
    <message>
        <source>{number}. {step} (not yet)</source>
        <translation>{number}. {step} (not yet)</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Not recorded yet.</translation>
    </message>
    <message>
        <source>Not needed: the Inspectie declared no work invalid, so the results stand.</source>
        <translation>Not needed: the Inspectie declared no work invalid, so the results stand.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The Inspectie's decision</source>
        <translation>The Inspectie's decision</translation>
    </message>
    <message>
        <source>Facet meldingsnummer</source>
        <translation>Facet meldingsnummer</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Date of the letter</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Work of {name}</source>
        <translation>Work of {name}</translation>
    </message>
    <message>
        <source>declared invalid</source>
        <translation>declared invalid</translation>
    </message>
    <message>
        <source>not declared invalid: the result stands</source>
        <translation>not declared invalid: the result stands</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>no. {number} on {time} by {person}, because: {reason}</source>
        <translation>no. {number} on {time} by {person}, because: {reason}</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>What to do now</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Still needed</translation>
    </message>
    <message>
        <source>Nothing: the case is closed.</source>
        <translation>Nothing: the case is closed.</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>History of the case</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>CORRECTION of no. {number}. Reason: {reason}</source>
        <translation>CORRECTION of no. {number}. Reason: {reason}</translation>
    </message>
    <message>
        <source>corrected by no. {numbers}</source>
        <translation>corrected by no. {numbers}</translation>
    </message>
    <message>
        <source>Entries of the session about this case</source>
        <translation>Entries of the session about this case</translation>
    </message>
    <message>
        <source>What was recorded in the session about these candidates or the whole group (irregularities, storingen, meldingen, remarks and corrections), as the proces-verbaal says it.</source>
        <translation>What was recorded in the session about these candidates or the whole group (irregularities, storingen, meldingen, remarks and corrections), as the proces-verbaal says it.</translation>
    </message>
    <message>
        <source>corrects no. {number}</source>
        <translation>corrects no. {number}</translation>
    </message>
    <message>
        <source>Verification of the record</source>
        <translation>Verification of the record</translation>
    </message>
    <message>
        <source>Events of this case</source>
        <translation>Events of this case</translation>
    </message>
    <message>
        <source>Last event of this case</source>
        <translation>Last event of this case</translation>
    </message>
    <message>
        <source>no longer counts for the clock</source>
        <translation>no longer counts for the clock</translation>
    </message>
    <message>
        <source>Closing and event chain</source>
        <translation>Closing and event chain</translation>
    </message>
    <message>
        <source>Event chain</source>
        <translation>Event chain</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Chain head</translation>
    </message>
    <message>
        <source>Events of this session</source>
        <translation>Events of this session</translation>
    </message>
    <message>
        <source>Last event of this session</source>
        <translation>Last event of this session</translation>
    </message>
    <message>
        <source>no. {seq}, hash {hash}</source>
        <translation>no. {seq}, hash {hash}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <source>pause (clock stopped)</source>
        <translation>pause (clock stopped)</translation>
    </message>
    <message>
        <source>storing (clock runs)</source>
        <translation>storing (clock runs)</translation>
    </message>
    <message>
        <source>late start</source>
        <translation>late start</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>extension</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>compensation</translation>
    </message>
    <message>
        <source>time left</source>
        <translation>time left</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>Exam conditions (examenomstandigheden)</source>
        <translation>Exam conditions (examenomstandigheden)</translation>
    </message>
    <message>
        <source>An exam question (examenvraag)</source>
        <translation>An exam question (examenvraag)</translation>
    </message>
    <message>
        <source>The exam application (werking examenbank)</source>
        <translation>The exam application (werking examenbank)</translation>
    </message>
    <message>
        <source>Verklaring van ordentelijk verloop (VOV)</source>
        <translation>Verklaring van ordentelijk verloop (VOV)</translation>
    </message>
    <message>
        <source>Melding {number} · {exam} · {date}</source>
        <translation>Melding {number} · {exam} · {date}</translation>
    </message>
    <message>
        <source>Date and room</source>
        <translation>Date and room</translation>
    </message>
    <message>
        <source>{date}, {start}, {room}</source>
        <translation>{date}, {start}, {room}</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>The whole group (collective melding)</source>
        <translation>The whole group (collective melding)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Question numbers</source>
        <translation>Question numbers</translation>
    </message>
    <message>
        <source>The candidate's description</source>
        <translation>The candidate's description</translation>
    </message>
    <message>
        <source>The surveillant's description</source>
        <translation>The surveillant's description</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>How it was resolved</translation>
    </message>
    <message>
        <source>DUO / Facet helpdesk consulted</source>
        <translation>DUO / Facet helpdesk consulted</translation>
    </message>
    <message>
        <source>Meldingsnummer</source>
        <translation>Meldingsnummer</translation>
    </message>
    <message>
        <source>Surveillant</source>
        <translation>Surveillant</translation>
    </message>
    <message>
        <source>Corrections to this melding</source>
        <translation>Corrections to this melding</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>interrupted, closed afterwards by the examensecretaris</source>
        <translation>interrupted, closed afterwards by the examensecretaris</translation>
    </message>
    <message>
        <source>Question (item)</source>
        <translation>Question (item)</translation>
    </message>
    <message>
        <source>not shown: the session in which this result was made is not known on this station</source>
        <translation>not shown: the session in which this result was made is not known on this station</translation>
    </message>
    <message>
        <source>Added by the examensecretaris after the session was closed; marked as addenda.</source>
        <translation>Added by the examensecretaris after the session was closed; marked as addenda.</translation>
    </message>
    <message>
        <source>Every event of this session as recorded, with the station's clock (Amsterdam time). A correction never replaces an event; both are shown. Addenda are shaded.</source>
        <translation>Every event of this session as recorded, with the station's clock (Amsterdam time). A correction never replaces an event; both are shown. Addenda are shaded.</translation>
    </message>
    <message>
        <source>{date} at {time}, {room}</source>
        <translation>{date} at {time}, {room}</translation>
    </message>
    <message>
        <source>Only the last four digits of a BSN are shown.</source>
        <translation>Only the last four digits of a BSN are shown.</translation>
    </message>
    <message>
        <source>Every entry as recorded. A wrong entry is never changed: its correction is recorded beside it, shaded and marked as a correction.</source>
        <translation>Every entry as recorded. A wrong entry is never changed: its correction is recorded beside it, shaded and marked as a correction.</translation>
    </message>
    <message>
        <source>A correction never replaces the melding; both are shown.</source>
        <translation>A correction never replaces the melding; both are shown.</translation>
    </message>
</context>
<context>
    <name>ReportHead</name>
    <message>
        <source>This report was made when the station's event log went up to event {seq}; the log now ends at event {last}: events were removed after the report was made (or an older copy of the database was put back).</source>
        <translation>This report was made when the station's event log went up to event {seq}; the log now ends at event {last}: events were removed after the report was made (or an older copy of the database was put back).</translation>
    </message>
    <message>
        <source>This report was made at event {seq} of the station's event log, but the log now holds another event with that number: the log was replaced after the report was made.</source>
        <translation>This report was made at event {seq} of the station's event log, but the log now holds another event with that number: the log was replaced after the report was made.</translation>
    </message>
    <message>
        <source>The station's event log, which this report was made from, is no longer intact: {reason}.</source>
        <translation>The station's event log, which this report was made from, is no longer intact: {reason}.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>There is no melding (VOV) {id} on this station.</source>
        <translation>There is no melding (VOV) {id} on this station.</translation>
    </message>
    <message>
        <source>{user} is not a surveillant of this session, so cannot export its reports.</source>
        <translation>{user} is not a surveillant of this session, so cannot export its reports.</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {reason}.</source>
        <translation>The report cannot be written to {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>{path} already exists, so the report was not written: choose another file name, or say that the existing file is to be replaced (--force).</source>
        <translation>{path} already exists, so the report was not written: choose another file name, or say that the existing file is to be replaced (--force).</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>The file carries no digital signature.</translation>
    </message>
    <message>
        <source>Proces-verbaal of the exam session</source>
        <translation>Proces-verbaal of the exam session</translation>
    </message>
    <message>
        <source>Verklaring van ordentelijk verloop</source>
        <translation>Verklaring van ordentelijk verloop</translation>
    </message>
    <message>
        <source>Report of an inzage</source>
        <translation>Report of an inzage</translation>
    </message>
    <message>
        <source>Dossier of an irregularity case</source>
        <translation>Dossier of an irregularity case</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>allowed until {day}</source>
        <translation>allowed until {day}</translation>
    </message>
    <message>
        <source>not allowed for this exam</source>
        <translation>not allowed for this exam</translation>
    </message>
    <message>
        <source>inspection period expired (CvTE)</source>
        <translation>inspection period expired (CvTE)</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>no result</translation>
    </message>
    <message>
        <source>not for this grade</source>
        <translation>not for this grade</translation>
    </message>
    <message>
        <source>lapsed: passed since</source>
        <translation>lapsed: passed since</translation>
    </message>
    <message>
        <source>request period over</source>
        <translation>request period over</translation>
    </message>
    <message>
        <source>had inzage; again from {day}</source>
        <translation>had inzage; again from {day}</translation>
    </message>
    <message>
        <source>not allowed: {reason}</source>
        <translation>not allowed: {reason}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation>Inzage</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Inzage: choose the afnamegroep</source>
        <translation>Inzage: choose the afnamegroep</translation>
    </message>
    <message>
        <source>Select an afnamegroep and choose 'View exam results' to see its candidates, their results and whether they may have inzage.</source>
        <translation>Select an afnamegroep and choose 'View exam results' to see its candidates, their results and whether they may have inzage.</translation>
    </message>
    <message>
        <source>View exam results</source>
        <translation>View exam results</translation>
    </message>
    <message>
        <source>Afnamegroepen</source>
        <translation>Afnamegroepen</translation>
    </message>
    <message>
        <source>Columns of the afnamegroepen table</source>
        <translation>Columns of the afnamegroepen table</translation>
    </message>
    <message>
        <source>← Afnamegroepen</source>
        <translation>← Afnamegroepen</translation>
    </message>
    <message>
        <source>Back to the afnamegroepen</source>
        <translation>Back to the afnamegroepen</translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>Inzage for the selected candidate</source>
        <translation>Inzage for the selected candidate</translation>
    </message>
    <message>
        <source>Technical fault…</source>
        <translation>Technical fault…</translation>
    </message>
    <message>
        <source>Technical fault: result-adjustment preview</source>
        <translation>Technical fault: result-adjustment preview</translation>
    </message>
    <message>
        <source>Exam results</source>
        <translation>Exam results</translation>
    </message>
    <message>
        <source>Inzage log of this afnamegroep</source>
        <translation>Inzage log of this afnamegroep</translation>
    </message>
    <message>
        <source>Columns of the exam results</source>
        <translation>Columns of the exam results</translation>
    </message>
    <message>
        <source>Columns of the inzage log</source>
        <translation>Columns of the inzage log</translation>
    </message>
    <message>
        <source>No inzage has been held yet.</source>
        <translation>No inzage has been held yet.</translation>
    </message>
    <message>
        <source>Signed inzage report…</source>
        <translation>Signed inzage report…</translation>
    </message>
    <message>
        <source>Signed report of the selected inzage</source>
        <translation>Signed report of the selected inzage</translation>
    </message>
    <message>
        <source>Exam results: {name} ({code})</source>
        <translation>Exam results: {name} ({code})</translation>
    </message>
    <message>
        <source>PE: inzage only for a grade 4 or 5, within {days} days after the result, once per half year.</source>
        <translation>PE: inzage only for a grade 4 or 5, within {days} days after the result, once per half year.</translation>
    </message>
    <message>
        <source>Inspection period until {day}.</source>
        <translation>Inspection period until {day}.</translation>
    </message>
    <message>
        <source>{exam} ({code}), sat on {date}. Inzage status on {today}. {rule}</source>
        <translation>{exam} ({code}), sat on {date}. Inzage status on {today}. {rule}</translation>
    </message>
    <message>
        <source>← Exam results</source>
        <translation>← Exam results</translation>
    </message>
    <message>
        <source>Back to the exam results</source>
        <translation>Back to the exam results</translation>
    </message>
    <message>
        <source>Start inzage</source>
        <translation>Start inzage</translation>
    </message>
    <message>
        <source>Before the start (PE inzage)</source>
        <translation>Before the start (PE inzage)</translation>
    </message>
    <message>
        <source>Check ID…</source>
        <translation>Check ID…</translation>
    </message>
    <message>
        <source>Check the candidate's ID on the start screen</source>
        <translation>Check the candidate's ID on the start screen</translation>
    </message>
    <message>
        <source>A supervisor is present during the inzage</source>
        <translation>A supervisor is present during the inzage</translation>
    </message>
    <message>
        <source>Afname of {name} ({number})</source>
        <translation>Afname of {name} ({number})</translation>
    </message>
    <message>
        <source>{exam}, variant {variant}, afnamegroep {group}</source>
        <translation>{exam}, variant {variant}, afnamegroep {group}</translation>
    </message>
    <message>
        <source>Score {points} of {maximum} ({percent}), grade {grade}: {verdict}</source>
        <translation>Score {points} of {maximum} ({percent}), grade {grade}: {verdict}</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>The ID matches the roster.</source>
        <translation>The ID matches the roster.</translation>
    </message>
    <message>
        <source>The ID did NOT match the roster: the inzage cannot start.</source>
        <translation>The ID did NOT match the roster: the inzage cannot start.</translation>
    </message>
    <message>
        <source>The inzage shows the {count} wrongly answered of {total} questions, each with its correct answer, for at most {minutes} minutes.</source>
        <translation>The inzage shows the {count} wrongly answered of {total} questions, each with its correct answer, for at most {minutes} minutes.</translation>
    </message>
    <message>
        <source>The inzage shows all {total} questions with the candidate's answers and scores.</source>
        <translation>The inzage shows all {total} questions with the candidate's answers and scores.</translation>
    </message>
    <message>
        <source>Loading the afnamegroepen…</source>
        <translation>Loading the afnamegroepen…</translation>
    </message>
    <message>
        <source>Inzage as in Facet: choose an afnamegroep, view its results, and open one candidate's work read-only with the answer key and the correctievoorschrift.</source>
        <translation>Inzage as in Facet: choose an afnamegroep, view its results, and open one candidate's work read-only with the answer key and the correctievoorschrift.</translation>
    </message>
    <message>
        <source>No afnamegroepen on this station yet. Import a package with results in the Exams workspace.</source>
        <translation>No afnamegroepen on this station yet. Import a package with results in the Exams workspace.</translation>
    </message>
    <message>
        <source>Inzage shows candidates' answers and keys: only the examensecretaris holds it.</source>
        <translation>Inzage shows candidates' answers and keys: only the examensecretaris holds it.</translation>
    </message>
    <message>
        <source>Loading the exam results…</source>
        <translation>Loading the exam results…</translation>
    </message>
    <message>
        <source>The preview for {name} is saved in the log. DUO decides.</source>
        <translation>The preview for {name} is saved in the log. DUO decides.</translation>
    </message>
    <message>
        <source>Opening the afname…</source>
        <translation>Opening the afname…</translation>
    </message>
    <message>
        <source>Starting the inzage…</source>
        <translation>Starting the inzage…</translation>
    </message>
    <message>
        <source>The inzage of {name} ended by itself: the time was up.</source>
        <translation>The inzage of {name} ended by itself: the time was up.</translation>
    </message>
    <message>
        <source>The inzage of {name} has ended.</source>
        <translation>The inzage of {name} has ended.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>What to do now</translation>
    </message>
    <message>
        <source>Appointments (today: {count})</source>
        <translation>Appointments (today: {count})</translation>
    </message>
    <message>
        <source>Book appointment…</source>
        <translation>Book appointment…</translation>
    </message>
    <message>
        <source>Book an inzage appointment for the selected candidate</source>
        <translation>Book an inzage appointment for the selected candidate</translation>
    </message>
    <message>
        <source>Resuming the inzage…</source>
        <translation>Resuming the inzage…</translation>
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
    <name>RoomView</name>
    <message>
        <source>BSN mismatch</source>
        <translation>BSN mismatch</translation>
    </message>
    <message>
        <source>storing</source>
        <translation>storing</translation>
    </message>
    <message>
        <source>Room view: every candidate's time</source>
        <translation>Room view: every candidate's time</translation>
    </message>
</context>
<context>
    <name>RosterCorrectionDialog</name>
    <message>
        <source>Type the correct BSN.</source>
        <translation>Type the correct BSN.</translation>
    </message>
    <message>
        <source>Correcting the roster…</source>
        <translation>Correcting the roster…</translation>
    </message>
    <message>
        <source>Correct the BSN on the roster</source>
        <translation>Correct the BSN on the roster</translation>
    </message>
    <message>
        <source>Only after checking the candidate's ID document against the school's records. The correction and its reason go into the proces-verbaal; afterwards the BSN check is done again.</source>
        <translation>Only after checking the candidate's ID document against the school's records. The correction and its reason go into the proces-verbaal; afterwards the BSN check is done again.</translation>
    </message>
    <message>
        <source>BSN on the roster now: {bsn}</source>
        <translation>BSN on the roster now: {bsn}</translation>
    </message>
    <message>
        <source>Correct BSN</source>
        <translation>Correct BSN</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Correct roster</source>
        <translation>Correct roster</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Accommodations</source>
        <translation>Accommodations</translation>
    </message>
    <message>
        <source>VSV</source>
        <translation>VSV</translation>
    </message>
    <message>
        <source>ISD melding</source>
        <translation>ISD melding</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>valid until {date}</translation>
    </message>
    <message>
        <source>EXPIRED (valid until {date})</source>
        <translation>EXPIRED (valid until {date})</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>not needed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no ISD melding needed</source>
        <translation>no ISD melding needed</translation>
    </message>
    <message>
        <source>no accommodations</source>
        <translation>no accommodations</translation>
    </message>
    <message>
        <source>This PE exam needs a valid Verklaring Speciale Voorzieningen for these accommodations. Check the VSV with the candidate before the start.</source>
        <translation>This PE exam needs a valid Verklaring Speciale Voorzieningen for these accommodations. Check the VSV with the candidate before the start.</translation>
    </message>
    <message>
        <source>VSV dated {dates}</source>
        <translation>VSV dated {dates}</translation>
    </message>
    <message>
        <source>To be reported to the Inspectie (ISD melding): {accommodations}</source>
        <translation>To be reported to the Inspectie (ISD melding): {accommodations}</translation>
    </message>
    <message>
        <source>{ground}, {years} school years in NL</source>
        <translation>{ground}, {years} school years in NL</translation>
    </message>
</context>
<context>
    <name>SchoolServer</name>
    <message>
        <source>'{url}' is not the address of a PostgreSQL database: write it as postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>'{url}' is not the address of a PostgreSQL database: write it as postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>The address '{url}' names no database: add it at the end, as in postgresql://USER@HOST/examdesk.</source>
        <translation>The address '{url}' names no database: add it at the end, as in postgresql://USER@HOST/examdesk.</translation>
    </message>
    <message>
        <source>The address '{url}' names no user: write it as postgresql://USER@HOST/DATABASE.</source>
        <translation>The address '{url}' names no user: write it as postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>The school server at {url} cannot be reached: {reason}</source>
        <translation>The school server at {url} cannot be reached: {reason}</translation>
    </message>
    <message>
        <source>The database at {url} is not set up for examdesk (revision {found}, this examdesk needs {needed}): school IT runs 'examdesk server init' on it first.</source>
        <translation>The database at {url} is not set up for examdesk (revision {found}, this examdesk needs {needed}): school IT runs 'examdesk server init' on it first.</translation>
    </message>
    <message>
        <source>The database at {url} was set up by a newer examdesk (revision {found}): update this station first.</source>
        <translation>The database at {url} was set up by a newer examdesk (revision {found}): update this station first.</translation>
    </message>
    <message>
        <source>This station is not connected to a school server: connect it with 'examdesk server set URL'.</source>
        <translation>This station is not connected to a school server: connect it with 'examdesk server set URL'.</translation>
    </message>
    <message>
        <source>The user in {url} may not create the role {role}: run 'examdesk server init' as the database's owner with the right to create roles (CREATEROLE), or create the role {role} first.</source>
        <translation>The user in {url} may not create the role {role}: run 'examdesk server init' as the database's owner with the right to create roles (CREATEROLE), or create the role {role} first.</translation>
    </message>
    <message>
        <source>The school database at {url} could not be set up: {reason}</source>
        <translation>The school database at {url} could not be set up: {reason}</translation>
    </message>
</context>
<context>
    <name>SchoolSessionModel</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Open storingen</source>
        <translation>Open storingen</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Last event</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{exam} ({code}); afnamegroep {group} ({group_code})</source>
        <translation>{exam} ({code}); afnamegroep {group} ({group_code})</translation>
    </message>
    <message>
        <source>Station {name} ({id})</source>
        <translation>Station {name} ({id})</translation>
    </message>
</context>
<context>
    <name>SchoolView</name>
    <message>
        <source>Session {session} of station {station} is not on the school server or among the imported ones.</source>
        <translation>Session {session} of station {station} is not on the school server or among the imported ones.</translation>
    </message>
    <message>
        <source>event {seq} of station {station} does not follow the event before it in the copy: the copy was changed</source>
        <translation>event {seq} of station {station} does not follow the event before it in the copy: the copy was changed</translation>
    </message>
</context>
<context>
    <name>SchoolWorkspace</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>Not answered: 0 points.</source>
        <translation>Not answered: 0 points.</translation>
    </message>
    <message>
        <source>Excluded because of a technical fault: counts neither in the score nor in the maximum.</source>
        <translation>Excluded because of a technical fault: counts neither in the score nor in the maximum.</translation>
    </message>
    <message>
        <source>Chose {chosen}, the right answer: full marks ({points}).</source>
        <translation>Chose {chosen}, the right answer: full marks ({points}).</translation>
    </message>
    <message>
        <source>Chose {chosen}; the right answer is {key}: 0 points.</source>
        <translation>Chose {chosen}; the right answer is {key}: 0 points.</translation>
    </message>
    <message>
        <source>Exactly the right options selected: full marks ({points}).</source>
        <translation>Exactly the right options selected: full marks ({points}).</translation>
    </message>
    <message>
        <source>{errors} errors ({wrong} wrongly selected, {missed} right ones not selected): {points} − {errors} × {penalty} = {score}.</source>
        <translation>{errors} errors ({wrong} wrongly selected, {missed} right ones not selected): {points} − {errors} × {penalty} = {score}.</translation>
    </message>
    <message>
        <source>{errors} errors ({wrong} wrongly selected, {missed} right ones not selected): {points} − {errors} × {penalty} is below 0, so 0.</source>
        <translation>{errors} errors ({wrong} wrongly selected, {missed} right ones not selected): {points} − {errors} × {penalty} is below 0, so 0.</translation>
    </message>
    <message>
        <source>{answer} is within {tolerance} of {key}: full marks ({points}).</source>
        <translation>{answer} is within {tolerance} of {key}: full marks ({points}).</translation>
    </message>
    <message>
        <source>{answer} is not within {tolerance} of {key}: 0 points.</source>
        <translation>{answer} is not within {tolerance} of {key}: 0 points.</translation>
    </message>
    <message>
        <source>'{text}' is not a number in Dutch notation: 0 points. {warning}</source>
        <translation>'{text}' is not a number in Dutch notation: 0 points. {warning}</translation>
    </message>
    <message>
        <source>{correct} of {total} dropdowns right: {correct} × {points}/{total} = {score}.</source>
        <translation>{correct} of {total} dropdowns right: {correct} × {points}/{total} = {score}.</translation>
    </message>
    <message>
        <source>The order was not changed, so the item counts as not answered: 0 points.</source>
        <translation>The order was not changed, so the item counts as not answered: 0 points.</translation>
    </message>
    <message>
        <source>All {total} in the right order: full marks ({points}).</source>
        <translation>All {total} in the right order: full marks ({points}).</translation>
    </message>
    <message>
        <source>{correct} of {total} in the right place: {correct} × {points}/{total} = {score}.</source>
        <translation>{correct} of {total} in the right place: {correct} × {points}/{total} = {score}.</translation>
    </message>
    <message>
        <source>Not entirely in the right order, and this item scores all or nothing: 0 points.</source>
        <translation>Not entirely in the right order, and this item scores all or nothing: 0 points.</translation>
    </message>
    <message>
        <source>Awarded by the corrector: {score} out of a maximum of {points}.</source>
        <translation>Awarded by the corrector: {score} out of a maximum of {points}.</translation>
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
        <source>The key file {path} is missing, but this station's data was locked with it. Put the key file back (from the station's backup); examdesk does not make a new one, because the data locked with the old one could then never be read again.</source>
        <translation>The key file {path} is missing, but this station's data was locked with it. Put the key file back (from the station's backup); examdesk does not make a new one, because the data locked with the old one could then never be read again.</translation>
    </message>
    <message>
        <source>The key file {path} was replaced by another one while examdesk was running. Nothing was changed; put the station's own key file back and start examdesk again.</source>
        <translation>The key file {path} was replaced by another one while examdesk was running. Nothing was changed; put the station's own key file back and start examdesk again.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be written ({reason}). It was left as it was.</source>
        <translation>The key file {path} cannot be written ({reason}). It was left as it was.</translation>
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
    <message>
        <source>The station passphrase is wrong. Wait {seconds} seconds before you try again.</source>
        <translation>The station passphrase is wrong. Wait {seconds} seconds before you try again.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Qt platform plugin and translations</source>
        <translation>Qt platform plugin and translations</translation>
    </message>
    <message>
        <source>database opens, migrates and keeps its event chain</source>
        <translation>database opens, migrates and keeps its event chain</translation>
    </message>
    <message>
        <source>translations for messages without a window</source>
        <translation>translations for messages without a window</translation>
    </message>
    <message>
        <source>a PDF signs and verifies</source>
        <translation>a PDF signs and verifies</translation>
    </message>
    <message>
        <source>the school server's PostgreSQL driver loads</source>
        <translation>the school server's PostgreSQL driver loads</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>{passed} of {total} checks passed.</source>
        <translation>{passed} of {total} checks passed.</translation>
    </message>
    <message>
        <source>the Dutch message catalogue is missing or empty</source>
        <translation>the Dutch message catalogue is missing or empty</translation>
    </message>
    <message>
        <source>the event chain did not verify: {reason}</source>
        <translation>the event chain did not verify: {reason}</translation>
    </message>
    <message>
        <source>the calendar data that writes dates and plural forms is missing: {reason}</source>
        <translation>the calendar data that writes dates and plural forms is missing: {reason}</translation>
    </message>
    <message>
        <source>a date was written as {written} instead of {expected}</source>
        <translation>a date was written as {written} instead of {expected}</translation>
    </message>
    <message>
        <source>schema {schema}, {count} events</source>
        <translation>schema {schema}, {count} events</translation>
    </message>
    <message>
        <source>{algorithm} signature verified; a changed byte was detected</source>
        <translation>{algorithm} signature verified; a changed byte was detected</translation>
    </message>
    <message>
        <source>the freshly signed PDF did not verify</source>
        <translation>the freshly signed PDF did not verify</translation>
    </message>
    <message>
        <source>a changed byte in a signed PDF was not detected</source>
        <translation>a changed byte in a signed PDF was not detected</translation>
    </message>
    <message>
        <source>psycopg {version} ({implementation}), libpq {libpq}</source>
        <translation>psycopg {version} ({implementation}), libpq {libpq}</translation>
    </message>
    <message>
        <source>the PostgreSQL driver cannot be loaded: {reason}</source>
        <translation>the PostgreSQL driver cannot be loaded: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Afnamegroep</source>
        <translation>Afnamegroep</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Surveillants</source>
        <translation>Surveillants</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>{place} (quarantine)</source>
        <translation>{place} (quarantine)</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>There is no session {id} on this station.</source>
        <translation>There is no session {id} on this station.</translation>
    </message>
    <message>
        <source>Candidate {id} does not belong to this session.</source>
        <translation>Candidate {id} does not belong to this session.</translation>
    </message>
    <message>
        <source>A session needs at least one surveillant.</source>
        <translation>A session needs at least one surveillant.</translation>
    </message>
    <message>
        <source>{user} is not a surveillant on this station.</source>
        <translation>{user} is not a surveillant on this station.</translation>
    </message>
    <message>
        <source>{user} is planned twice on this session; name each surveillant once.</source>
        <translation>{user} is planned twice on this session; name each surveillant once.</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>The session is {state}; this can only be done while it is running.</source>
        <translation>The session is {state}; this can only be done while it is running.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>The session has already started.</translation>
    </message>
    <message>
        <source>{name} cannot start: the BSN check on the start screen has not been recorded as a match.</source>
        <translation>{name} cannot start: the BSN check on the start screen has not been recorded as a match.</translation>
    </message>
    <message>
        <source>The BSN did not match; the examensecretaris corrects the roster before the check is done again.</source>
        <translation>The BSN did not match; the examensecretaris corrects the roster before the check is done again.</translation>
    </message>
    <message>
        <source>'{value}' is not one of: {allowed}.</source>
        <translation>'{value}' is not one of: {allowed}.</translation>
    </message>
    <message>
        <source>{name} has no pauses accommodation applied, so a pause would stop the clock without a right to it; a toilet visit is a remark. Only the examensecretaris can override this, with a reason.</source>
        <translation>{name} has no pauses accommodation applied, so a pause would stop the clock without a right to it; a toilet visit is a remark. Only the examensecretaris can override this, with a reason.</translation>
    </message>
    <message>
        <source>{name} has paused {minutes} minutes in total; more than {limit} needs the CvTE consult on the pauses accommodation. Only the examensecretaris can override this, with a reason.</source>
        <translation>{name} has paused {minutes} minutes in total; more than {limit} needs the CvTE consult on the pauses accommodation. Only the examensecretaris can override this, with a reason.</translation>
    </message>
    <message>
        <source>{name} has no accommodation number {index}.</source>
        <translation>{name} has no accommodation number {index}.</translation>
    </message>
    <message>
        <source>That accommodation of {name} is already applied; there is nothing to override.</source>
        <translation>That accommodation of {name} is already applied; there is nothing to override.</translation>
    </message>
    <message>
        <source>The session is closed; only the examensecretaris can read a candidate's full BSN now.</source>
        <translation>The session is closed; only the examensecretaris can read a candidate's full BSN now.</translation>
    </message>
    <message>
        <source>A melding of this kind needs the question numbers it is about.</source>
        <translation>A melding of this kind needs the question numbers it is about.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <source>An override needs a written reason.</source>
        <translation>An override needs a written reason.</translation>
    </message>
    <message>
        <source>There is no storing {id} of this candidate.</source>
        <translation>There is no storing {id} of this candidate.</translation>
    </message>
    <message>
        <source>That storing has already ended.</source>
        <translation>That storing has already ended.</translation>
    </message>
    <message>
        <source>The session cannot close: {count} candidates are not finished yet.</source>
        <translation>The session cannot close: {count} candidates are not finished yet.</translation>
    </message>
    <message>
        <source>The password of {user} is wrong (or missing): every surveillant of the session confirms with their own.</source>
        <translation>The password of {user} is wrong (or missing): every surveillant of the session confirms with their own.</translation>
    </message>
    <message>
        <source>Event {id} is not part of this session's proces-verbaal.</source>
        <translation>Event {id} is not part of this session's proces-verbaal.</translation>
    </message>
    <message>
        <source>Only an event of a candidate's clock (start, pause, extra time, compensation, hand-in, leaving, absence, time up) can be taken out of the clock; event {id} is not one.</source>
        <translation>Only an event of a candidate's clock (start, pause, extra time, compensation, hand-in, leaving, absence, time up) can be taken out of the clock; event {id} is not one.</translation>
    </message>
    <message>
        <source>The corrected BSN is not valid: {reason}.</source>
        <translation>The corrected BSN is not valid: {reason}.</translation>
    </message>
    <message>
        <source>{user} is not planned on this session; only its surveillants and the examensecretaris act in it.</source>
        <translation>{user} is not planned on this session; only its surveillants and the examensecretaris act in it.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The file cannot be read as a PDF: it is damaged, or it was changed after it was made.</source>
        <translation>The file cannot be read as a PDF: it is damaged, or it was changed after it was made.</translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation>The file is not a PDF.</translation>
    </message>
    <message>
        <source>The signature cannot be read: it is damaged.</source>
        <translation>The signature cannot be read: it is damaged.</translation>
    </message>
</context>
<context>
    <name>StartingPage</name>
    <message>
        <source>The station could not be opened</source>
        <translation>The station could not be opened</translation>
    </message>
    <message>
        <source>Read what went wrong below, then try again or quit.</source>
        <translation>Read what went wrong below, then try again or quit.</translation>
    </message>
    <message>
        <source>Opening the station…</source>
        <translation>Opening the station…</translation>
    </message>
    <message>
        <source>examdesk is opening its data folder. This takes a moment.</source>
        <translation>examdesk is opening its data folder. This takes a moment.</translation>
    </message>
    <message>
        <source>Busy opening the station</source>
        <translation>Busy opening the station</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>The {what} cannot be empty.</translation>
    </message>
    <message>
        <source>The {what} is {length} characters long; at most {limit} fit.</source>
        <translation>The {what} is {length} characters long; at most {limit} fit.</translation>
    </message>
    <message>
        <source>The {what} holds a control character; type it again as plain text.</source>
        <translation>The {what} holds a control character; type it again as plain text.</translation>
    </message>
    <message>
        <source>school's name</source>
        <translation>school's name</translation>
    </message>
    <message>
        <source>station's name</source>
        <translation>station's name</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes). Nothing was changed and no new station was started over it: put the station's database back from its backup, or, if this station never held any data, remove the empty file.</source>
        <translation>The database {path} is empty (0 bytes). Nothing was changed and no new station was started over it: put the station's database back from its backup, or, if this station never held any data, remove the empty file.</translation>
    </message>
    <message>
        <source>The data folder {folder} holds a station's key file but no database. Nothing was changed and no new station was started beside the old keys: put the database back from the station's backup, or choose another data folder.</source>
        <translation>The data folder {folder} holds a station's key file but no database. Nothing was changed and no new station was started beside the old keys: put the database back from the station's backup, or choose another data folder.</translation>
    </message>
    <message>
        <source>The data folder {folder} holds an encrypted database but not its identity file {file}. Nothing was changed: put the identity file back from the station's backup.</source>
        <translation>The data folder {folder} holds an encrypted database but not its identity file {file}. Nothing was changed: put the identity file back from the station's backup.</translation>
    </message>
    <message>
        <source>The station's secret store has no key for its encrypted database. Nothing was changed and no new key was made: put the key file back from the station's backup, or use the keyring of the computer that made the station.</source>
        <translation>The station's secret store has no key for its encrypted database. Nothing was changed and no new key was made: put the key file back from the station's backup, or use the keyring of the computer that made the station.</translation>
    </message>
    <message>
        <source>The data folder {folder} belongs to a station (its identity file {file} is there) but its database is missing. Nothing was changed and no new station was started: put the database back from the station's backup, or choose another data folder.</source>
        <translation>The data folder {folder} belongs to a station (its identity file {file} is there) but its database is missing. Nothing was changed and no new station was started: put the database back from the station's backup, or choose another data folder.</translation>
    </message>
    <message>
        <source>The station's database is still locked: enter the station passphrase first.</source>
        <translation>The station's database is still locked: enter the station passphrase first.</translation>
    </message>
</context>
<context>
    <name>StationNamesBox</name>
    <message>
        <source>School and station names</source>
        <translation>School and station names</translation>
    </message>
    <message>
        <source>Every report names the school and this station, and a certificate made on this station carries both.</source>
        <translation>Every report names the school and this station, and a certificate made on this station carries both.</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation>S&amp;tation</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Save the names</source>
        <translation>Save the names</translation>
    </message>
    <message>
        <source>Saved. Reports made from now on name the school and the station.</source>
        <translation>Saved. Reports made from now on name the school and the station.</translation>
    </message>
</context>
<context>
    <name>StoringDialog</name>
    <message>
        <source>Recording the storing…</source>
        <translation>Recording the storing…</translation>
    </message>
    <message>
        <source>Storing begins</source>
        <translation>Storing begins</translation>
    </message>
    <message>
        <source>The candidate's clock goes on during a storing. When it has ended you can give compensation time, at most as long as the storing lasted. Every field is optional.</source>
        <translation>The candidate's clock goes on during a storing. When it has ended you can give compensation time, at most as long as the storing lasted. Every field is optional.</translation>
    </message>
    <message>
        <source>At question</source>
        <translation>At question</translation>
    </message>
    <message>
        <source>Old workstation</source>
        <translation>Old workstation</translation>
    </message>
    <message>
        <source>New workstation</source>
        <translation>New workstation</translation>
    </message>
    <message>
        <source>Facet helpdesk meldingsnummer</source>
        <translation>Facet helpdesk meldingsnummer</translation>
    </message>
    <message>
        <source>Start storing</source>
        <translation>Start storing</translation>
    </message>
    <message>
        <source>Recording the end of the storing…</source>
        <translation>Recording the end of the storing…</translation>
    </message>
    <message>
        <source>Storing ends</source>
        <translation>Storing ends</translation>
    </message>
    <message>
        <source>The storing ends now. Afterwards, give compensation time with Compensation (C) if the candidate lost time.</source>
        <translation>The storing ends now. Afterwards, give compensation time with Compensation (C) if the candidate lost time.</translation>
    </message>
    <message>
        <source>End storing</source>
        <translation>End storing</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The school server holds a different event {seq} for station {station} than this station recorded: nothing was copied. Ask school IT to compare the two (examdesk log) before anything else is copied.</source>
        <translation>The school server holds a different event {seq} for station {station} than this station recorded: nothing was copied. Ask school IT to compare the two (examdesk log) before anything else is copied.</translation>
    </message>
    <message>
        <source>The school server holds {server} events of station {station}, this station only {local}: its database was put back from an older copy. Nothing was copied.</source>
        <translation>The school server holds {server} events of station {station}, this station only {local}: its database was put back from an older copy. Nothing was copied.</translation>
    </message>
    <message>
        <source>This station's event chain does not verify, so nothing was copied to the school server: {reason}.</source>
        <translation>This station's event chain does not verify, so nothing was copied to the school server: {reason}.</translation>
    </message>
    <message>
        <source>The school server refused the copy, and nothing of it was kept: {reason}. Ask school IT.</source>
        <translation>The school server refused the copy, and nothing of it was kept: {reason}. Ask school IT.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>School server: %n event(s) waiting, the station's keys are locked</source>
        <translation>
            <numerusform>School server: %n event waiting, the station's keys are locked</numerusform>
            <numerusform>School server: %n events waiting, the station's keys are locked</numerusform>
        </translation>
    </message>
    <message>
        <source>School server unreachable since {time}; nothing waiting</source>
        <translation>School server unreachable since {time}; nothing waiting</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting, school server unreachable since {time}</source>
        <translation>
            <numerusform>%n event waiting, school server unreachable since {time}</numerusform>
            <numerusform>%n events waiting, school server unreachable since {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>School server: %n event(s) waiting</source>
        <translation>
            <numerusform>School server: %n event waiting</numerusform>
            <numerusform>School server: %n events waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>School server: up to date</source>
        <translation>School server: up to date</translation>
    </message>
    <message>
        <source>School server: {address}</source>
        <translation>School server: {address}</translation>
    </message>
    <message>
        <source>Last copied at {time}</source>
        <translation>Last copied at {time}</translation>
    </message>
    <message>
        <source>Nothing copied yet</source>
        <translation>Nothing copied yet</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>Throttle</name>
    <message>
        <source>Too many wrong attempts. Wait {seconds} seconds before you try again.</source>
        <translation>Too many wrong attempts. Wait {seconds} seconds before you try again.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>storing</source>
        <translation>storing</translation>
    </message>
    <message>
        <source>late start</source>
        <translation>late start</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>extension</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>compensation</translation>
    </message>
    <message>
        <source>time remaining</source>
        <translation>time remaining</translation>
    </message>
    <message>
        <source>handed in</source>
        <translation>handed in</translation>
    </message>
    <message>
        <source>time up</source>
        <translation>time up</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>left early</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>{start}–{end} ({duration})</source>
        <translation>{start}–{end} ({duration})</translation>
    </message>
    <message>
        <source>No candidates in this session.</source>
        <translation>No candidates in this session.</translation>
    </message>
    <message>
        <source>absent: did not come</source>
        <translation>absent: did not come</translation>
    </message>
    <message>
        <source>not started: the BSN did not match</source>
        <translation>not started: the BSN did not match</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>Planned start {time}</source>
        <translation>Planned start {time}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>question {question}</source>
        <translation>question {question}</translation>
    </message>
    <message>
        <source>compensation {minutes}</source>
        <translation>compensation {minutes}</translation>
    </message>
    <message>
        <source>a late arrival's time ends as if they had started on time</source>
        <translation>a late arrival's time ends as if they had started on time</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>working time {minutes}</source>
        <translation>working time {minutes}</translation>
    </message>
    <message>
        <source>deadline {time}</source>
        <translation>deadline {time}</translation>
    </message>
    <message>
        <source>⚑ override by the examensecretaris</source>
        <translation>⚑ override by the examensecretaris</translation>
    </message>
    <message>
        <source>Timeline of the candidates</source>
        <translation>Timeline of the candidates</translation>
    </message>
    <message>
        <source>extension (under the bar)</source>
        <translation>extension (under the bar)</translation>
    </message>
    <message>
        <source>compensation (under the bar)</source>
        <translation>compensation (under the bar)</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>planned start</translation>
    </message>
    <message>
        <source>Legend of the timeline</source>
        <translation>Legend of the timeline</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>{problem} The table shows what was known at {time}.</source>
        <translation>{problem} The table shows what was known at {time}.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Read at {time}; read again every few seconds</source>
        <translation>Read at {time}; read again every few seconds</translation>
    </message>
    <message>
        <source>No sessions of other stations on {date}: nothing has been copied to the school server for that day, and no transfer file of it was imported.</source>
        <translation>No sessions of other stations on {date}: nothing has been copied to the school server for that day, and no transfer file of it was imported.</translation>
    </message>
    <message>
        <source>Today at the school</source>
        <translation>Today at the school</translation>
    </message>
    <message>
        <source>Every station's sessions of the day, as copied to the school server or imported from a transfer file. Enter opens the proces-verbaal of the chosen session, read-only.</source>
        <translation>Every station's sessions of the day, as copied to the school server or imported from a transfer file. Enter opens the proces-verbaal of the chosen session, read-only.</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Open proces-verbaal ({keys})</source>
        <translation>Open proces-verbaal ({keys})</translation>
    </message>
    <message>
        <source>Open proces-verbaal</source>
        <translation>Open proces-verbaal</translation>
    </message>
    <message>
        <source>Read again ({keys})</source>
        <translation>Read again ({keys})</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>Sessions of every station</source>
        <translation>Sessions of every station</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The session's description cannot be read: {reason}.</source>
        <translation>The session's description cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>{path} already exists, so the transfer file was not written: choose another file name.</source>
        <translation>{path} already exists, so the transfer file was not written: choose another file name.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>This station's event chain does not verify, so no transfer file was made: {reason}.</source>
        <translation>This station's event chain does not verify, so no transfer file was made: {reason}.</translation>
    </message>
    <message>
        <source>{file} is signed by {signer} (fingerprint {fingerprint}), which this station does not trust: a beheerder adds that station's certificate with 'examdesk trust add CERT' first.</source>
        <translation>{file} is signed by {signer} (fingerprint {fingerprint}), which this station does not trust: a beheerder adds that station's certificate with 'examdesk trust add CERT' first.</translation>
    </message>
    <message>
        <source>{file} comes from this station itself ({station}): its session is already here.</source>
        <translation>{file} comes from this station itself ({station}): its session is already here.</translation>
    </message>
    <message>
        <source>The session's description in {file} is of another station or session than the file names.</source>
        <translation>The session's description in {file} is of another station or session than the file names.</translation>
    </message>
    <message>
        <source>The proces-verbaal in {file} does not carry an intact signature of a trusted signer: it was changed.</source>
        <translation>The proces-verbaal in {file} does not carry an intact signature of a trusted signer: it was changed.</translation>
    </message>
    <message>
        <source>{file} does not continue the chain of station {station} that this station already holds from an earlier transfer file (they differ from event {seq} on): nothing was imported. Ask the beheerder of that station to compare them (examdesk log).</source>
        <translation>{file} does not continue the chain of station {station} that this station already holds from an earlier transfer file (they differ from event {seq} on): nothing was imported. Ask the beheerder of that station to compare them (examdesk log).</translation>
    </message>
    <message>
        <source>{file} is not an examdesk transfer file: it cannot be read as one ({reason}).</source>
        <translation>{file} is not an examdesk transfer file: it cannot be read as one ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a transfer file of this examdesk version (format {format}, version {version}).</source>
        <translation>{file} is not a transfer file of this examdesk version (format {format}, version {version}).</translation>
    </message>
    <message>
        <source>{file} is incomplete: it does not hold {member}.</source>
        <translation>{file} is incomplete: it does not hold {member}.</translation>
    </message>
    <message>
        <source>{file} holds {member}, which its signed list of contents does not name: it was changed.</source>
        <translation>{file} holds {member}, which its signed list of contents does not name: it was changed.</translation>
    </message>
    <message>
        <source>{member} in {file} is not what the station signed: it was changed after the file was made.</source>
        <translation>{member} in {file} is not what the station signed: it was changed after the file was made.</translation>
    </message>
    <message>
        <source>The signature of {file} does not match its contents: the file was changed after it was signed.</source>
        <translation>The signature of {file} does not match its contents: the file was changed after it was signed.</translation>
    </message>
    <message>
        <source>The signature of {file} cannot be read: it is damaged or missing ({reason}).</source>
        <translation>The signature of {file} cannot be read: it is damaged or missing ({reason}).</translation>
    </message>
    <message>
        <source>{member} in {file} cannot be read: {reason}.</source>
        <translation>{member} in {file} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>The chain of station {station} in {file} has event {seq} where event {expected} belongs: events are missing.</source>
        <translation>The chain of station {station} in {file} has event {seq} where event {expected} belongs: events are missing.</translation>
    </message>
    <message>
        <source>The chain of station {station} in {file}: event {seq} does not point to the event before it.</source>
        <translation>The chain of station {station} in {file}: event {seq} does not point to the event before it.</translation>
    </message>
    <message>
        <source>The chain of station {station} in {file} does not end at the head its list of contents names (event {seq}).</source>
        <translation>The chain of station {station} in {file} does not end at the head its list of contents names (event {seq}).</translation>
    </message>
    <message>
        <source>Event {seq} of station {station} in {file} is not the event the station's chain holds with that number: it was changed.</source>
        <translation>Event {seq} of station {station} in {file} is not the event the station's chain holds with that number: it was changed.</translation>
    </message>
    <message>
        <source>Event {seq} in {file} belongs to another station or session than the file names.</source>
        <translation>Event {seq} in {file} belongs to another station or session than the file names.</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>{file} holds no certificate: give a certificate file in PEM or DER form (.pem, .crt, .cer).</source>
        <translation>{file} holds no certificate: give a certificate file in PEM or DER form (.pem, .crt, .cer).</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Too many wrong passphrases. Wait until {time} before you try again.</source>
        <translation>Too many wrong passphrases. Wait until {time} before you try again.</translation>
    </message>
    <message>
        <source>Enter the station passphrase.</source>
        <translation>Enter the station passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <source>Unlocking the station's keys…</source>
        <translation>Unlocking the station's keys…</translation>
    </message>
    <message>
        <source>Unlock the station's keys</source>
        <translation>Unlock the station's keys</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so the station's keys are kept in an encrypted file in the data folder. The station passphrase unlocks them.</source>
        <translation>This computer has no system keyring, so the station's keys are kept in an encrypted file in the data folder. The station passphrase unlocks them.</translation>
    </message>
    <message>
        <source>This is the first start: choose a station passphrase of at least {count} characters and keep it somewhere safe. Without it the station's data cannot be read.</source>
        <translation>This is the first start: choose a station passphrase of at least {count} characters and keep it somewhere safe. Without it the station's data cannot be read.</translation>
    </message>
    <message>
        <source>New station passphrase</source>
        <translation>New station passphrase</translation>
    </message>
    <message>
        <source>Station passphrase</source>
        <translation>Station passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <source>Set passphrase and unlock</source>
        <translation>Set passphrase and unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <source>Checking the signatures…</source>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <source>Intact: the report is exactly as it was signed.</source>
        <translation>Intact: the report is exactly as it was signed.</translation>
    </message>
    <message>
        <source>Not valid: this report was changed after signing, or it is not a signed report.</source>
        <translation>Not valid: this report was changed after signing, or it is not a signed report.</translation>
    </message>
    <message>
        <source>Signature is intact.</source>
        <translation>Signature is intact.</translation>
    </message>
    <message>
        <source>The signed content no longer matches the signature: the file was changed.</source>
        <translation>The signed content no longer matches the signature: the file was changed.</translation>
    </message>
    <message>
        <source>Something was added to the file after it was signed.</source>
        <translation>Something was added to the file after it was signed.</translation>
    </message>
    <message>
        <source>Signed by: {signer}</source>
        <translation>Signed by: {signer}</translation>
    </message>
    <message>
        <source>Signed on: {date} at {time}</source>
        <translation>Signed on: {date} at {time}</translation>
    </message>
    <message>
        <source>Signed with this station's certificate.</source>
        <translation>Signed with this station's certificate.</translation>
    </message>
    <message>
        <source>Not signed with this station's certificate.</source>
        <translation>Not signed with this station's certificate.</translation>
    </message>
    <message>
        <source>Verify a report</source>
        <translation>Verify a report</translation>
    </message>
    <message>
        <source>Choose a PDF report (proces-verbaal, VOV or inzage report). examdesk checks its digital signature: whether the file is still exactly as it was signed, who signed it and when, and whether it was this station.</source>
        <translation>Choose a PDF report (proces-verbaal, VOV or inzage report). examdesk checks its digital signature: whether the file is still exactly as it was signed, who signed it and when, and whether it was this station.</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation>Report (PDF)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Intact, but the signer is not trusted: neither this station nor a certificate in its trusted list signed it.</source>
        <translation>Intact, but the signer is not trusted: neither this station nor a certificate in its trusted list signed it.</translation>
    </message>
    <message>
        <source>Signer's fingerprint (SHA-256): {fingerprint}</source>
        <translation>Signer's fingerprint (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>The signer is trusted by this station.</source>
        <translation>The signer is trusted by this station.</translation>
    </message>
    <message>
        <source>The signer is NOT trusted by this station.</source>
        <translation>The signer is NOT trusted by this station.</translation>
    </message>
</context>
<context>
    <name>VsvConfirmation</name>
    <message>
        <source>{accommodation} matches the VSV ({state})</source>
        <translation>{accommodation} matches the VSV ({state})</translation>
    </message>
    <message>
        <source>{accommodation} (no VSV needed)</source>
        <translation>{accommodation} (no VSV needed)</translation>
    </message>
    <message>
        <source>{accommodation}: VSV {state}. Not applied unless the examensecretaris overrides.</source>
        <translation>{accommodation}: VSV {state}. Not applied unless the examensecretaris overrides.</translation>
    </message>
    <message>
        <source>{accommodation}: NO VSV on the roster. Not applied unless the examensecretaris overrides.</source>
        <translation>{accommodation}: NO VSV on the roster. Not applied unless the examensecretaris overrides.</translation>
    </message>
</context>
<context>
    <name>WorkspacesPage</name>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>{workspace} ({keys})</source>
        <translation>{workspace} ({keys})</translation>
    </message>
    <message>
        <source>An inzage is running</source>
        <translation>An inzage is running</translation>
    </message>
    <message>
        <source>An inzage is running. End it first? It is then logged as ended, and counts against the half year.</source>
        <translation>An inzage is running. End it first? It is then logged as ended, and counts against the half year.</translation>
    </message>
    <message>
        <source>End the inzage and sign out</source>
        <translation>End the inzage and sign out</translation>
    </message>
    <message>
        <source>Go back to the inzage</source>
        <translation>Go back to the inzage</translation>
    </message>
    <message>
        <source>Not while an inzage runs: the candidate is watching the screen.</source>
        <translation>Not while an inzage runs: the candidate is watching the screen.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
</context>
</TS>
