<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>not opened yet</source>
        <translation>nog niet geopend</translation>
    </message>
    <message>
        <source>An offline exam-day station for Dutch schools: proctoring, the proces-verbaal, inzage and signed reports, on one computer, without a network.</source>
        <translation>Een offline examenstation voor Nederlandse scholen: surveilleren, het proces-verbaal, inzage en ondertekende rapporten, op één computer, zonder netwerk.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Gegevensmap: {path}</translation>
    </message>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licentie: {licence}</translation>
    </message>
    <message>
        <source>About examdesk</source>
        <translation>Over examdesk</translation>
    </message>
</context>
<context>
    <name>Accommodation</name>
    <message>
        <source>extra time</source>
        <translation>verlenging examentijd</translation>
    </message>
    <message>
        <source>extended duration</source>
        <translation>verlengde examenduur</translation>
    </message>
    <message>
        <source>adapted workplace</source>
        <translation>aangepaste werkplek</translation>
    </message>
    <message>
        <source>computer for writing</source>
        <translation>computer als schrijfgerei</translation>
    </message>
    <message>
        <source>sign-language interpreter</source>
        <translation>gebarentolk</translation>
    </message>
    <message>
        <source>help with reading, writing, drawing or structure</source>
        <translation>hulp bij (af)lezen, schrijven, tekenen of structuur</translation>
    </message>
    <message>
        <source>motor help (buddy)</source>
        <translation>motorische hulp (buddy)</translation>
    </message>
    <message>
        <source>pauses</source>
        <translation>pauzes</translation>
    </message>
    <message>
        <source>separate room (low stimulus)</source>
        <translation>aparte ruimte (prikkelarm)</translation>
    </message>
    <message>
        <source>rekenkaart</source>
        <translation>rekenkaart</translation>
    </message>
    <message>
        <source>reading-aloud exam</source>
        <translation>voorleesexamen</translation>
    </message>
    <message>
        <source>dyslexia</source>
        <translation>dyslexie</translation>
    </message>
    <message>
        <source>Dutch as a second language (NT2)</source>
        <translation>Nederlands als tweede taal (NT2)</translation>
    </message>
    <message>
        <source>ADHD</source>
        <translation>ADHD</translation>
    </message>
    <message>
        <source>autism</source>
        <translation>autisme</translation>
    </message>
    <message>
        <source>mental health</source>
        <translation>psychische gezondheid</translation>
    </message>
    <message>
        <source>chronic illness</source>
        <translation>chronische ziekte</translation>
    </message>
    <message>
        <source>other ground</source>
        <translation>andere grond</translation>
    </message>
    <message>
        <source>A spelling check is not allowed in an exam of Nederlands (004 §4.4).</source>
        <translation>Een spellingcontrole is niet toegestaan bij een examen Nederlands (004 §4.4).</translation>
    </message>
    <message>
        <source>braille</source>
        <translation>braille</translation>
    </message>
    <message>
        <source>accessible exam</source>
        <translation>toegankelijk examen</translation>
    </message>
    <message>
        <source>speech synthesis</source>
        <translation>spraaksynthese</translation>
    </message>
    <message>
        <source>spread over periods</source>
        <translation>spreiding over tijdvakken</translation>
    </message>
    <message>
        <source>large print or magnifier</source>
        <translation>vergroting of loep</translation>
    </message>
    <message>
        <source>pre-structured exam</source>
        <translation>voorgestructureerd examen</translation>
    </message>
    <message>
        <source>ear defenders</source>
        <translation>gehoorbescherming</translation>
    </message>
    <message>
        <source>interrupted exam</source>
        <translation>onderbroken examen</translation>
    </message>
    <message>
        <source>exam assistant</source>
        <translation>examenhulp</translation>
    </message>
    <message>
        <source>spelling check</source>
        <translation>spellingcontrole</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Account aanmaken…</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <source>Give the person a username, their name, one or more roles and a first password.</source>
        <translation>Geef de persoon een gebruikersnaam, de naam, een of meer rollen en een eerste wachtwoord.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Account aanmaken</translation>
    </message>
    <message>
        <source>Saving the roles…</source>
        <translation>Rollen opslaan…</translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation>Rollen van {name}</translation>
    </message>
    <message>
        <source>The roles decide which workspaces {user} sees after signing in.</source>
        <translation>De rollen bepalen welke werkruimtes {user} ziet na het aanmelden.</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Rollen opslaan</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Nieuw wachtwoord instellen…</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>Nieuw wachtwoord voor {name}</translation>
    </message>
    <message>
        <source>Give {user} the new password in person; they can sign in with it straight away.</source>
        <translation>Geef het nieuwe wachtwoord persoonlijk aan {user}; daarmee kan meteen worden aangemeld.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Herhaal het nieuwe wachtwoord</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>uitgeschakeld</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The username or password is wrong.</source>
        <translation>De gebruikersnaam of het wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>The username or password is wrong. Wait {seconds} seconds before you try again.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet. Wacht {seconds} seconden voordat u het opnieuw probeert.</translation>
    </message>
    <message>
        <source>The account {user} has been switched off. Ask the beheerder.</source>
        <translation>Het account {user} is uitgeschakeld. Vraag het de beheerder.</translation>
    </message>
    <message>
        <source>Username &apos;{user}&apos;: use 2 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation>Gebruikersnaam &apos;{user}&apos;: gebruik 2 tot 64 kleine letters, cijfers, punten, koppeltekens of lage streepjes, te beginnen met een letter of cijfer.</translation>
    </message>
    <message>
        <source>The username &apos;{user}&apos; is reserved for the station itself.</source>
        <translation>De gebruikersnaam &apos;{user}&apos; is gereserveerd voor het station zelf.</translation>
    </message>
    <message>
        <source>There is already an account &apos;{user}&apos;.</source>
        <translation>Er is al een account &apos;{user}&apos;.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Het wachtwoord moet minstens {count} tekens hebben.</translation>
    </message>
    <message>
        <source>Fill in the person&apos;s name.</source>
        <translation>Vul de naam van de persoon in.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Geef het account minstens één rol.</translation>
    </message>
    <message>
        <source>This station already has accounts; the first beheerder can be created only once.</source>
        <translation>Dit station heeft al accounts; de eerste beheerder kan maar één keer worden aangemaakt.</translation>
    </message>
    <message>
        <source>There is no account &apos;{user}&apos;.</source>
        <translation>Er is geen account &apos;{user}&apos;.</translation>
    </message>
    <message>
        <source>{user} is the last active beheerder; give another account that role first.</source>
        <translation>{user} is de laatste actieve beheerder; geef eerst een ander account die rol.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>{name} is {state}; this action is not possible now.</source>
        <translation>{name} is {state}; dit kan nu niet.</translation>
    </message>
    <message>
        <source>{name} cannot start: the BSN check on the start screen has not been recorded as a match.</source>
        <translation>{name} kan niet beginnen: de BSN-controle op het startscherm is niet als overeenkomend vastgelegd.</translation>
    </message>
    <message>
        <source>{name}&apos;s BSN did not match; the examensecretaris corrects the roster before the check is done again.</source>
        <translation>Het BSN van {name} klopte niet; de examensecretaris verbetert eerst de kandidatenlijst, daarna wordt opnieuw gecontroleerd.</translation>
    </message>
    <message>
        <source>{name}&apos;s BSN has not been found wrong; the roster is corrected only after a mismatch.</source>
        <translation>Het BSN van {name} is niet afwijkend bevonden; de kandidatenlijst wordt alleen na een afwijking verbeterd.</translation>
    </message>
    <message>
        <source>Only the examensecretaris corrects the roster.</source>
        <translation>Alleen de examensecretaris verbetert de kandidatenlijst.</translation>
    </message>
    <message>
        <source>{name} has had no storing; compensation gives back the time an ended storing cost.</source>
        <translation>{name} heeft geen storing gehad; compensatie geeft de tijd terug die een beëindigde storing kostte.</translation>
    </message>
    <message>
        <source>{name} has no storing going on.</source>
        <translation>Bij {name} loopt geen storing.</translation>
    </message>
</context>
<context>
    <name>Acts</name>
    <message>
        <source>Nothing can be recorded: the session is {state}.</source>
        <translation>Er kan niets worden vastgelegd: de afname is {state}.</translation>
    </message>
    <message>
        <source>Select a candidate in the table first.</source>
        <translation>Kies eerst een kandidaat in de tabel.</translation>
    </message>
    <message>
        <source>Select one candidate for this action.</source>
        <translation>Kies voor deze handeling één kandidaat.</translation>
    </message>
    <message>
        <source>BSN check</source>
        <translation>BSN-controle</translation>
    </message>
    <message>
        <source>Show the BSN large for the candidate to compare with their ID document</source>
        <translation>Toon het BSN groot, zodat de kandidaat het met het identiteitsbewijs kan vergelijken</translation>
    </message>
    <message>
        <source>Correct BSN</source>
        <translation>BSN corrigeren</translation>
    </message>
    <message>
        <source>After a mismatch: correct the BSN on the roster (examensecretaris), then check again</source>
        <translation>Na een afwijking: het BSN op de kandidatenlijst corrigeren (examensecretaris), daarna opnieuw controleren</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the clock of the selected candidates (after a BSN match)</source>
        <translation>Start de klok van de gekozen kandidaten (na een overeenkomend BSN)</translation>
    </message>
    <message>
        <source>Late arrival</source>
        <translation>Laatkomer</translation>
    </message>
    <message>
        <source>Start a late arrival: their time ends as if they had started on time</source>
        <translation>Start een laatkomer: de tijd eindigt alsof op tijd was begonnen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>A supervised pause stops the clock</source>
        <translation>Een pauze onder toezicht zet de klok stil</translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>Give extra time, up to what the roster grants</source>
        <translation>Geef verlenging, tot wat de kandidatenlijst toekent</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Storing</translation>
    </message>
    <message>
        <source>Record the start or end of a storing (malfunction)</source>
        <translation>Leg het begin of einde van een storing vast</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensatie</translation>
    </message>
    <message>
        <source>Give back the time an ended storing cost</source>
        <translation>Geef de tijd terug die een afgelopen storing kostte</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Inleveren</translation>
    </message>
    <message>
        <source>The selected candidates hand in their work</source>
        <translation>De gekozen kandidaten leveren hun werk in</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>The candidate leaves before their time is up</source>
        <translation>De kandidaat vertrekt voordat de tijd om is</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>The candidate did not come</source>
        <translation>De kandidaat is niet gekomen</translation>
    </message>
    <message>
        <source>Melding (VOV)</source>
        <translation>Melding (VOV)</translation>
    </message>
    <message>
        <source>A melding for the verklaring van ordentelijk verloop (VOV)</source>
        <translation>Een melding voor de verklaring van ordentelijk verloop (VOV)</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Onregelmatigheid</translation>
    </message>
    <message>
        <source>Record an irregularity (categories a to f, or other)</source>
        <translation>Leg een onregelmatigheid vast (categorie a tot en met f, of anders)</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>A remark for the proces-verbaal</source>
        <translation>Een opmerking voor het proces-verbaal</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>Correct an earlier event: it stays as recorded, the correction names it</source>
        <translation>Een eerdere gebeurtenis corrigeren: die blijft zoals vastgelegd, de correctie noemt haar</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Afname sluiten</translation>
    </message>
    <message>
        <source>Close the session: every surveillant confirms with their password</source>
        <translation>Sluit de afname: elke surveillant bevestigt met het eigen wachtwoord</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>End storing</source>
        <translation>Storing beëindigen</translation>
    </message>
    <message>
        <source>Start {count} candidates</source>
        <translation>{count} kandidaten starten</translation>
    </message>
    <message>
        <source>Hand in {count} candidates</source>
        <translation>{count} kandidaten inleveren</translation>
    </message>
    <message>
        <source>Absent: {count} candidates</source>
        <translation>Afwezig: {count} kandidaten</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Recording the addendum…</source>
        <translation>Aanvulling vastleggen…</translation>
    </message>
    <message>
        <source>Addendum to the proces-verbaal</source>
        <translation>Aanvulling op het proces-verbaal</translation>
    </message>
    <message>
        <source>The session is closed; what you add now is recorded as an addendum, with your name and the time, and marked as such in the proces-verbaal. Nothing recorded earlier changes.</source>
        <translation>De afname is gesloten; wat je nu toevoegt, wordt vastgelegd als aanvulling, met je naam en de tijd, en zo gemarkeerd in het proces-verbaal. Niets van wat eerder is vastgelegd verandert.</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>De hele afname</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>No earlier event</source>
        <translation>Geen eerdere gebeurtenis</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Verwijst naar</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Aanvulling</translation>
    </message>
    <message>
        <source>Record addendum</source>
        <translation>Aanvulling vastleggen</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>1. A fault or failure of the exam application (werking examenbank)</source>
        <translation>1. Een fout of storing van de applicatie (werking examenbank)</translation>
    </message>
    <message>
        <source>2. Reported to the surveillant during the exam</source>
        <translation>2. Tijdens het examen gemeld bij de surveillant</translation>
    </message>
    <message>
        <source>3. Not solved during the exam, not even after consulting DUO</source>
        <translation>3. Tijdens het examen niet opgelost, ook niet na overleg met DUO</translation>
    </message>
    <message>
        <source>4. Recorded in a VOV with the question numbers (of this exam)</source>
        <translation>4. Vastgelegd in een VOV met de vraagnummers (van dit examen)</translation>
    </message>
    <message>
        <source>5. Without these questions the exam stays representative of the toetsmatrijs</source>
        <translation>5. Zonder deze vragen blijft het examen representatief ten opzichte van de toetsmatrijs</translation>
    </message>
    <message>
        <source>6. On the remaining questions the result changes from failed to passed</source>
        <translation>6. Over de resterende vragen wijzigt de uitslag van gezakt naar geslaagd</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gezakt</translation>
    </message>
    <message>
        <source>{points} of {maximum} points, grade {grade}, {verdict}</source>
        <translation>{points} van {maximum} punten, cijfer {grade}, {verdict}</translation>
    </message>
    <message>
        <source>Saving the preview…</source>
        <translation>De voorvertoning opslaan…</translation>
    </message>
    <message>
        <source>{date} {time}: questions {questions} (meldingsnummer {number})</source>
        <translation>{date} {time}: vragen {questions} (meldingsnummer {number})</translation>
    </message>
    <message>
        <source>Solved: {how}</source>
        <translation>Opgelost: {how}</translation>
    </message>
    <message>
        <source>Not solved.</source>
        <translation>Niet opgelost.</translation>
    </message>
    <message>
        <source>DUO / Facet helpdesk consulted.</source>
        <translation>DUO / Facet-helpdesk geraadpleegd.</translation>
    </message>
    <message>
        <source>DUO / Facet helpdesk not consulted.</source>
        <translation>DUO / Facet-helpdesk niet geraadpleegd.</translation>
    </message>
    <message>
        <source>Candidate: “{candidate}” Surveillant: “{surveillant}” {solved} {duo}</source>
        <translation>Kandidaat: ‘{candidate}’ Surveillant: ‘{surveillant}’ {solved} {duo}</translation>
    </message>
    <message>
        <source>nothing would be left to score</source>
        <translation>er blijft niets over om te scoren</translation>
    </message>
    <message>
        <source>Without questions {questions}</source>
        <translation>Zonder vragen {questions}</translation>
    </message>
    <message>
        <source> Questions {questions} are not in the candidate&apos;s exam.</source>
        <translation> Vragen {questions} komen niet voor in het examen van de kandidaat.</translation>
    </message>
    <message>
        <source>All six conditions are met: DUO may adjust the result from failed to passed.</source>
        <translation>Aan alle zes voorwaarden is voldaan: DUO kan de uitslag bijstellen van gezakt naar geslaagd.</translation>
    </message>
    <message>
        <source>Not every condition is met: the result would stay as it is.</source>
        <translation>Niet aan elke voorwaarde is voldaan: de uitslag blijft zoals die is.</translation>
    </message>
    <message>
        <source>Technical fault: result-adjustment preview</source>
        <translation>Technische storing: voorvertoning bijstelling uitslag</translation>
    </message>
    <message>
        <source>{name} ({number}): the result recomputed without the questions of a melding about the working of the exam bank.</source>
        <translation>{name} ({number}): de uitslag opnieuw berekend zonder de vragen uit een melding over de werking van de examenbank.</translation>
    </message>
    <message>
        <source>This is a preview. Only DUO decides on an adjustment, within eight weeks; nothing changes here.</source>
        <translation>Dit is een voorvertoning. Alleen DUO beslist over een bijstelling, binnen acht weken; hier verandert niets.</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitslag</translation>
    </message>
    <message>
        <source>As it stands</source>
        <translation>Zoals die nu is</translation>
    </message>
    <message>
        <source>Conditions (002 §3.4.3)</source>
        <translation>Voorwaarden (002 §3.4.3)</translation>
    </message>
    <message>
        <source>Save preview</source>
        <translation>Voorvertoning opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>AdminWorkspace</name>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>In the system keyring of this computer.</source>
        <translation>In de sleutelbos van het systeem op deze computer.</translation>
    </message>
    <message>
        <source>In an encrypted file in the data folder, unlocked with the station passphrase.</source>
        <translation>In een versleuteld bestand in de gegevensmap, ontgrendeld met de wachtwoordzin van het station.</translation>
    </message>
    <message>
        <source>In an unprotected file in the demo folder (demo only).</source>
        <translation>In een onbeveiligd bestand in de demomap (alleen voor de demo).</translation>
    </message>
    <message>
        <source>In memory only: nothing is kept after closing (test station).</source>
        <translation>Alleen in het geheugen: na het sluiten blijft niets bewaard (teststation).</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>Accounts laden…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Verifying the event log…</source>
        <translation>Logboek controleren…</translation>
    </message>
    <message>
        <source>Intact: {count} events; chain head {head}…</source>
        <translation>Intact: {count} gebeurtenissen; laatste schakel {head}…</translation>
    </message>
    <message>
        <source>Broken: {reason}</source>
        <translation>Verbroken: {reason}</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Inschakelen</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Everyone who may sign in on this station, with their roles. A switched-off account cannot sign in; its history stays in the event log.</source>
        <translation>Iedereen die op dit station mag aanmelden, met de rollen. Een uitgeschakeld account kan niet aanmelden; de geschiedenis ervan blijft in het logboek.</translation>
    </message>
    <message>
        <source>Columns of the accounts table</source>
        <translation>Kolommen van de accounttabel</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nieuw account…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Rollen…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
        <source>Verify the event log</source>
        <translation>Logboek controleren</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Every action on this station is recorded in a chained event log. Verifying recomputes the chain and names the first broken link, if there is one.</source>
        <translation>Elke handeling op dit station wordt vastgelegd in een geketend logboek. Controleren berekent de keten opnieuw en noemt de eerste verbroken schakel, als die er is.</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Dit station</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>nog niet ingesteld</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Keys kept</source>
        <translation>Sleutels bewaard</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The demo folder stays: {path}</source>
        <translation>De demomap blijft bewaard: {path}</translation>
    </message>
</context>
<context>
    <name>AppointmentModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Afnamegroep</source>
        <translation>Afnamegroep</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>The appointment ({on}) cannot lie before the day it was requested ({requested}).</source>
        <translation>De afspraak ({on}) kan niet vóór de dag van de aanvraag ({requested}) liggen.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day as HH:MM (for example 10:30).</source>
        <translation>&apos;{value}&apos; is geen tijdstip als UU:MM (bijvoorbeeld 10:30).</translation>
    </message>
    <message>
        <source>The request cannot be dated after today ({today}): it was made on {requested}.</source>
        <translation>De aanvraag kan niet na vandaag ({today}) gedateerd zijn: opgegeven is {requested}.</translation>
    </message>
    <message>
        <source>The appointment of {on} is no longer booked: it is {state}, so nothing changes.</source>
        <translation>De afspraak van {on} staat niet meer gepland: ze is {state}, dus er verandert niets.</translation>
    </message>
    <message>
        <source>The appointment is on {on}, not today: a no-show can only be recorded on or after that day.</source>
        <translation>De afspraak is op {on}, niet vandaag: niet verschenen kan pas op of na die dag worden vastgelegd.</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgezegd</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>niet verschenen</translation>
    </message>
    <message>
        <source>Inzage appointments are for PE exams; {exam} is not one (its inzage needs none).</source>
        <translation>Inzageafspraken zijn voor PE-examens; {exam} is dat niet (de inzage daarvan heeft geen afspraak nodig).</translation>
    </message>
    <message>
        <source>No appointment for {name}: a request on {requested} is not allowed: {reason}</source>
        <translation>Geen afspraak voor {name}: een aanvraag op {requested} is niet toegestaan: {reason}</translation>
    </message>
    <message>
        <source>There is no inzage appointment {id} on this station.</source>
        <translation>Er is geen inzageafspraak {id} op dit station.</translation>
    </message>
    <message>
        <source>Afnamegroep {group} has no candidate with number {number}.</source>
        <translation>Afnamegroep {group} heeft geen kandidaat met nummer {number}.</translation>
    </message>
    <message>
        <source>{name} already has a booked appointment on {on}: cancel that one first.</source>
        <translation>{name} heeft al een afspraak op {on}: zeg die eerst af.</translation>
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
        <translation>Terug naar de afnamegroepen</translation>
    </message>
    <message>
        <source>Show every day</source>
        <translation>Alle dagen tonen</translation>
    </message>
    <message>
        <source>Inzage appointments</source>
        <translation>Inzageafspraken</translation>
    </message>
    <message>
        <source>Inzage appointments today, {day}</source>
        <translation>Inzageafspraken vandaag, {day}</translation>
    </message>
    <message>
        <source>A PE inzage is requested within 14 days after the result and held at the appointment. Select today&apos;s appointment and choose &apos;Inzage&apos; to open the candidate&apos;s afname.</source>
        <translation>Een PE-inzage wordt binnen 14 dagen na de uitslag aangevraagd en op de afspraak gehouden. Kies de afspraak van vandaag en dan &apos;Inzage&apos; om de afname van de kandidaat te openen.</translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>Cancelled by the candidate</source>
        <translation>Afgezegd door de kandidaat</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Niet verschenen</translation>
    </message>
    <message>
        <source>Lapsed (passed since)</source>
        <translation>Vervallen (inmiddels geslaagd)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{file} is not an examdesk backup.</source>
        <translation>{file} is geen examdesk-back-up.</translation>
    </message>
    <message>
        <source>{file} is damaged: {member} does not match what the backup recorded.</source>
        <translation>{file} is beschadigd: {member} klopt niet met wat de back-up vastlegde.</translation>
    </message>
    <message>
        <source>{file} was made by a newer examdesk (backup format {version}); update examdesk first.</source>
        <translation>{file} is gemaakt door een nieuwere examdesk (back-upformaat {version}); werk examdesk eerst bij.</translation>
    </message>
    <message>
        <source>The database in {file} is damaged: {reason}.</source>
        <translation>De database in {file} is beschadigd: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not empty. A backup is restored only into an empty or new folder.</source>
        <translation>{path} is niet leeg. Een back-up wordt alleen in een lege of nieuwe map teruggezet.</translation>
    </message>
    <message>
        <source>{path} already exists; examdesk does not overwrite it.</source>
        <translation>{path} bestaat al; examdesk overschrijft het niet.</translation>
    </message>
</context>
<context>
    <name>BookAppointmentDialog</name>
    <message>
        <source>Booking the appointment…</source>
        <translation>De afspraak wordt vastgelegd…</translation>
    </message>
    <message>
        <source>Book an inzage appointment</source>
        <translation>Inzageafspraak maken</translation>
    </message>
    <message>
        <source>{name} ({number}): the day the candidate asked for inzage must lie within 14 days after the result; the appointment itself may be later.</source>
        <translation>{name} ({number}): de dag waarop de kandidaat inzage aanvroeg moet binnen 14 dagen na de uitslag liggen; de afspraak zelf mag later zijn.</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Datum van de afspraak</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Afspraak maken</translation>
    </message>
</context>
<context>
    <name>Bsn</name>
    <message>
        <source>it has {count} digits; a BSN has 9 (or 8, read with a leading zero)</source>
        <translation>het heeft {count} cijfers; een BSN heeft er 9 (of 8, gelezen met een voorloopnul)</translation>
    </message>
    <message>
        <source>it has {count} digits; a BSN has 9</source>
        <translation>het heeft {count} cijfers; een BSN heeft er 9</translation>
    </message>
    <message>
        <source>it contains &apos;{char}&apos;; only digits, spaces and dots are allowed</source>
        <translation>het bevat &apos;{char}&apos;; alleen cijfers, spaties en punten zijn toegestaan</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>het is leeg</translation>
    </message>
    <message>
        <source>it fails the 11-proef (its weighted sum is 0)</source>
        <translation>het voldoet niet aan de 11-proef (de gewogen som is 0)</translation>
    </message>
    <message>
        <source>it fails the 11-proef (its weighted sum leaves remainder {rest} on division by 11)</source>
        <translation>het voldoet niet aan de 11-proef (de gewogen som laat bij deling door 11 rest {rest})</translation>
    </message>
    <message>
        <source>A valid BSN format does not prove that the number belongs to this person.</source>
        <translation>Een geldige BSN-vorm bewijst niet dat het nummer bij deze persoon hoort.</translation>
    </message>
</context>
<context>
    <name>BsnCheckDialog</name>
    <message>
        <source>Passport</source>
        <translation>Paspoort</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identiteitskaart</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Verblijfsdocument</translation>
    </message>
    <message>
        <source>Other document (say which in the note)</source>
        <translation>Ander document (noem het in de notitie)</translation>
    </message>
    <message>
        <source>{accommodation}: VSV {state}. Ask the examensecretaris before the start.</source>
        <translation>{accommodation}: VSV {state}. Vraag het de examensecretaris vóór de start.</translation>
    </message>
    <message>
        <source>{accommodation}: NO VSV on the roster. Ask the examensecretaris before the start.</source>
        <translation>{accommodation}: GEEN VSV op de kandidatenlijst. Vraag het de examensecretaris vóór de start.</translation>
    </message>
    <message>
        <source>{accommodation}: VSV {state}</source>
        <translation>{accommodation}: VSV {state}</translation>
    </message>
    <message>
        <source>Opening the BSN…</source>
        <translation>BSN openen…</translation>
    </message>
    <message>
        <source>BSN {digits}</source>
        <translation>BSN {digits}</translation>
    </message>
    <message>
        <source>Write in the note what differs between the roster and the ID document.</source>
        <translation>Schrijf in de notitie wat er verschilt tussen de kandidatenlijst en het identiteitsbewijs.</translation>
    </message>
    <message>
        <source>Recording the BSN check…</source>
        <translation>BSN-controle vastleggen…</translation>
    </message>
    <message>
        <source>No accommodations on the roster.</source>
        <translation>Geen voorzieningen op de kandidatenlijst.</translation>
    </message>
    <message>
        <source>Tick each accommodation that matches the candidate&apos;s VSV; one not ticked is not applied (no extra time on the clock, no pauses).</source>
        <translation>Vink elke voorziening aan die overeenkomt met de VSV van de kandidaat; een voorziening zonder vinkje wordt niet toegepast (geen extra tijd op de klok, geen pauzes).</translation>
    </message>
    <message>
        <source>The VSV does not cover every accommodation. Do not give these accommodations until the examensecretaris has decided.</source>
        <translation>De VSV dekt niet elke voorziening. Geef deze voorzieningen pas als de examensecretaris heeft beslist.</translation>
    </message>
    <message>
        <source>BSN check on the start screen</source>
        <translation>BSN-controle op het startscherm</translation>
    </message>
    <message>
        <source>Ask the candidate to compare this number with the BSN on their ID document, then choose the document and say whether they match.</source>
        <translation>Vraag de kandidaat dit nummer te vergelijken met het BSN op het identiteitsbewijs. Kies daarna het document en geef aan of ze overeenkomen.</translation>
    </message>
    <message>
        <source>BSN on the roster</source>
        <translation>BSN op de kandidatenlijst</translation>
    </message>
    <message>
        <source>Accommodations and VSV</source>
        <translation>Voorzieningen en VSV</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Identiteitsbewijs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Needed when the numbers do not match</source>
        <translation>Nodig als de nummers niet overeenkomen</translation>
    </message>
    <message>
        <source>Alt+M</source>
        <translation>Alt+K</translation>
    </message>
    <message>
        <source>Alt+N</source>
        <translation>Alt+N</translation>
    </message>
    <message>
        <source>Matches ({keys})</source>
        <translation>Komt overeen ({keys})</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Komt overeen</translation>
    </message>
    <message>
        <source>Does not match ({keys})</source>
        <translation>Komt niet overeen ({keys})</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Komt niet overeen</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Volledig scherm (F11)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CaseCounts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDuoDialog</name>
    <message>
        <source>Recording the step…</source>
        <translation>De stap wordt vastgelegd…</translation>
    </message>
    <message>
        <source>A PE exam: DUO decides on the irregularity. Record when you reported it to DUO.</source>
        <translation>Een PE-examen: DUO beslist over de onregelmatigheid. Leg vast wanneer u die bij DUO hebt gemeld.</translation>
    </message>
    <message>
        <source>Optional: an aangifte, made in consultation with the CDFD or DUO.</source>
        <translation>Optioneel: een aangifte, gedaan in overleg met de CDFD of DUO.</translation>
    </message>
    <message>
        <source>DUO&apos;s decision: per candidate whether the result is declared invalid, and whether the certificate is withheld or revoked.</source>
        <translation>Het besluit van DUO: per kandidaat of de uitslag ongeldig is verklaard, en of het certificaat wordt ingehouden of ingetrokken.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>In consultation with</source>
        <translation>In overleg met</translation>
    </message>
    <message>
        <source>{name}: result declared invalid</source>
        <translation>{name}: uitslag ongeldig verklaard</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
</context>
<context>
    <name>CaseStepDialog</name>
    <message>
        <source>Recording the correction…</source>
        <translation>De correctie wordt vastgelegd…</translation>
    </message>
    <message>
        <source>Recording the step…</source>
        <translation>De stap wordt vastgelegd…</translation>
    </message>
    <message>
        <source>Correct: {step}</source>
        <translation>Corrigeren: {step}</translation>
    </message>
    <message>
        <source>The entry of {when} stays in the history; this correction is recorded beside it, with your reason.</source>
        <translation>De vastlegging van {when} blijft in de geschiedenis staan; deze correctie wordt ernaast vastgelegd, met uw reden.</translation>
    </message>
    <message>
        <source>Step 1 of the procedure: record when and how you reported the irregularity to the Inspectie.</source>
        <translation>Stap 1 van de procedure: leg vast wanneer en hoe u de onregelmatigheid bij de Inspectie meldde.</translation>
    </message>
    <message>
        <source>Step 2: record the Inspectie&apos;s call with the school and what it decided about the work.</source>
        <translation>Stap 2: leg het gesprek van de Inspectie met de school vast en wat zij over het werk besliste.</translation>
    </message>
    <message>
        <source>Steps 3 and 4: record that you completed the form in the ISD (Internet SchoolDossier).</source>
        <translation>Stap 3 en 4: leg vast dat u het formulier in het ISD (Internet SchoolDossier) hebt ingevuld.</translation>
    </message>
    <message>
        <source>Step 5: record the Inspectie&apos;s decision letter, its date and, per candidate, whether the work was declared invalid.</source>
        <translation>Stap 5: leg de besluitbrief van de Inspectie vast, de datum en per kandidaat of het werk ongeldig is verklaard.</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Date of the call</source>
        <translation>Datum van het gesprek</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Ingevuld op</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Datum van de brief</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>A technical irregularity</source>
        <translation>Een onregelmatigheid van technische aard</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Aantekening (niet verplicht)</translation>
    </message>
    <message>
        <source>What the Inspectie decided</source>
        <translation>Wat de Inspectie besliste</translation>
    </message>
    <message>
        <source>Facet meldingsnummer (required)</source>
        <translation>Meldingsnummer Facet (verplicht)</translation>
    </message>
    <message>
        <source>Facet meldingsnummer (if any)</source>
        <translation>Meldingsnummer Facet (indien van toepassing)</translation>
    </message>
    <message>
        <source>{name}: work declared invalid</source>
        <translation>{name}: werk ongeldig verklaard</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Letter reference (optional)</source>
        <translation>Kenmerk van de brief (niet verplicht)</translation>
    </message>
    <message>
        <source>Why corrected</source>
        <translation>Reden van de correctie</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Correctie vastleggen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Exam period</source>
        <translation>Examenperiode</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Afname</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Step reached</source>
        <translation>Bereikte stap</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Looptijd</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>{category}, technical</source>
        <translation>{category}, technisch</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>a) Aids or information that are not allowed, during the exam</source>
        <translation>a) Niet toegestane hulpmiddelen of informatie tijdens het examen</translation>
    </message>
    <message>
        <source>b) Questions or answers available to candidates before or during the exam</source>
        <translation>b) Vragen of antwoorden vooraf of tijdens het examen beschikbaar voor kandidaten</translation>
    </message>
    <message>
        <source>c) Supervision that fell short, so that a) or b) could happen</source>
        <translation>c) Onvoldoende toezicht, waardoor a) of b) kon gebeuren</translation>
    </message>
    <message>
        <source>d) More exam time than allowed</source>
        <translation>d) Meer examentijd dan toegestaan</translation>
    </message>
    <message>
        <source>e) Handed-in work changed by someone else</source>
        <translation>e) Ingeleverd werk door een ander gewijzigd</translation>
    </message>
    <message>
        <source>f) A grade or result set against the rules</source>
        <translation>f) Een cijfer of uitslag in strijd met de regels vastgesteld</translation>
    </message>
    <message>
        <source>Other (the Inspectie decides whether it is an irregularity)</source>
        <translation>Anders (de Inspectie beslist of het een onregelmatigheid is)</translation>
    </message>
    <message>
        <source>an irregularity recorded in the session</source>
        <translation>een onregelmatigheid vastgelegd in de afname</translation>
    </message>
    <message>
        <source>a storing in the session</source>
        <translation>een storing in de afname</translation>
    </message>
    <message>
        <source>a candidate who left early, ill</source>
        <translation>een kandidaat die ziek eerder vertrok</translation>
    </message>
    <message>
        <source>a melding (VOV) in the session</source>
        <translation>een melding (VOV) in de afname</translation>
    </message>
    <message>
        <source>opened by hand</source>
        <translation>met de hand geopend</translation>
    </message>
    <message>
        <source>certificate not affected</source>
        <translation>certificaat blijft geldig</translation>
    </message>
    <message>
        <source>certificate withheld</source>
        <translation>certificaat ingehouden</translation>
    </message>
    <message>
        <source>certificate revoked</source>
        <translation>certificaat ingetrokken</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Reported to the Inspectie</source>
        <translation>Gemeld bij de Inspectie</translation>
    </message>
    <message>
        <source>Discussed with the Inspectie</source>
        <translation>Besproken met de Inspectie</translation>
    </message>
    <message>
        <source>ISD form completed</source>
        <translation>ISD-formulier ingevuld</translation>
    </message>
    <message>
        <source>Decision letter received</source>
        <translation>Besluitbrief ontvangen</translation>
    </message>
    <message>
        <source>Tweede zitting planned</source>
        <translation>Tweede zitting gepland</translation>
    </message>
    <message>
        <source>Reported to DUO</source>
        <translation>Gemeld bij DUO</translation>
    </message>
    <message>
        <source>Aangifte (optional)</source>
        <translation>Aangifte (optioneel)</translation>
    </message>
    <message>
        <source>DUO&apos;s decision received</source>
        <translation>Besluit van DUO ontvangen</translation>
    </message>
    <message>
        <source>Examenloket by phone</source>
        <translation>Examenloket, telefonisch</translation>
    </message>
    <message>
        <source>Examenloket by e-mail</source>
        <translation>Examenloket, per e-mail</translation>
    </message>
    <message>
        <source>Reported to DUO on {date}.</source>
        <translation>Op {date} gemeld bij DUO.</translation>
    </message>
    <message>
        <source>Aangifte on {date}, in consultation with {consulted}.</source>
        <translation>Aangifte op {date}, in overleg met {consulted}.</translation>
    </message>
    <message>
        <source>DUO&apos;s decision of {date}. Declared invalid: {invalid}. Valid: {valid}. {certificate}.</source>
        <translation>Besluit van DUO van {date}. Ongeldig verklaard: {invalid}. Geldig: {valid}. {certificate}.</translation>
    </message>
    <message>
        <source>The next step of this case is “{next}”; “{step}” cannot come before it.</source>
        <translation>De volgende stap van deze zaak is “{next}”; “{step}” kan daar niet aan voorafgaan.</translation>
    </message>
    <message>
        <source>This case is closed; no step follows “{step}”.</source>
        <translation>Deze zaak is afgesloten; na “{step}” volgt geen stap meer.</translation>
    </message>
    <message>
        <source>A case is about at least one candidate of the session.</source>
        <translation>Een zaak gaat over ten minste één kandidaat van de afname.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Beschrijf wat er gebeurde.</translation>
    </message>
    <message>
        <source>The date {date} lies in the future.</source>
        <translation>De datum {date} ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The date {date} lies before the session of {session} in which it happened.</source>
        <translation>De datum {date} ligt vóór de afname van {session} waarin het gebeurde.</translation>
    </message>
    <message>
        <source>The date {date} lies before the date of the step before it ({previous}, {previous_date}).</source>
        <translation>De datum {date} ligt vóór de datum van de stap ervoor ({previous}, {previous_date}).</translation>
    </message>
    <message>
        <source>Write down what the Inspectie decided in its call.</source>
        <translation>Noteer wat de Inspectie in het telefoongesprek besliste.</translation>
    </message>
    <message>
        <source>A technical irregularity needs the Facet helpdesk&apos;s meldingsnummer on the ISD form; contact the helpdesk Facet first if you have none.</source>
        <translation>Voor een onregelmatigheid van technische aard is het meldingsnummer van de helpdesk Facet nodig op het ISD-formulier; neem eerst contact op met de helpdesk Facet als u er geen hebt.</translation>
    </message>
    <message>
        <source>The decision must say for every candidate of the case whether their work was declared invalid.</source>
        <translation>Het besluit moet voor elke kandidaat van de zaak zeggen of het werk ongeldig is verklaard.</translation>
    </message>
    <message>
        <source>A tweede zitting can only be planned for a candidate whose work the Inspectie declared invalid; the decision letter of this case declares no work invalid.</source>
        <translation>Een tweede zitting kan alleen worden gepland voor een kandidaat van wie de Inspectie het werk ongeldig heeft verklaard; de besluitbrief van deze zaak verklaart geen werk ongeldig.</translation>
    </message>
    <message>
        <source>The tweede zitting is for exactly the candidates whose work was declared invalid: {names}.</source>
        <translation>De tweede zitting is precies voor de kandidaten van wie het werk ongeldig is verklaard: {names}.</translation>
    </message>
    <message>
        <source>The tweede zitting on {date} lies before the decision letter of {decision}.</source>
        <translation>De tweede zitting op {date} ligt vóór de besluitbrief van {decision}.</translation>
    </message>
    <message>
        <source>Say with whom the aangifte was discussed: the CDFD or DUO.</source>
        <translation>Geef aan met wie de aangifte is besproken: de CDFD of DUO.</translation>
    </message>
    <message>
        <source>Say why the entry is corrected.</source>
        <translation>Zeg waarom de vastlegging wordt gecorrigeerd.</translation>
    </message>
    <message>
        <source>Entry {id} is not a step of this case.</source>
        <translation>Vastlegging {id} is geen stap van deze zaak.</translation>
    </message>
    <message>
        <source>A correction of “{step}” must give that step&apos;s facts.</source>
        <translation>Een correctie van “{step}” moet de gegevens van die stap geven.</translation>
    </message>
    <message>
        <source>A planned tweede zitting is not corrected here; it is a session of its own.</source>
        <translation>Een geplande tweede zitting wordt hier niet gecorrigeerd; het is een eigen afname.</translation>
    </message>
    <message>
        <source>The decision cannot be corrected once the tweede zitting is planned: the planning relies on it.</source>
        <translation>Het besluit kan niet meer worden gecorrigeerd nu de tweede zitting is gepland: de planning berust erop.</translation>
    </message>
    <message>
        <source>The session, the candidates and the origin of a case stay as opened; open a new case instead.</source>
        <translation>De afname, de kandidaten en de aanleiding van een zaak blijven zoals geopend; open in plaats daarvan een nieuwe zaak.</translation>
    </message>
    <message>
        <source>Report the irregularity to the Inspectie: call the Examenloket or e-mail examenloket@duo.nl. Then record here the date and how you reported it.</source>
        <translation>Meld de onregelmatigheid bij de Inspectie: bel het Examenloket of mail naar examenloket@duo.nl. Leg daarna hier vast op welke datum en hoe u het meldde.</translation>
    </message>
    <message>
        <source>This is a technical irregularity: make sure you have the meldingsnummer of the helpdesk Facet; the ISD form needs it.</source>
        <translation>Dit is een onregelmatigheid van technische aard: zorg dat u het meldingsnummer van de helpdesk Facet hebt; het ISD-formulier vraagt erom.</translation>
    </message>
    <message>
        <source>The meldingsnummer known from the session is {number}; check it with the helpdesk Facet.</source>
        <translation>Het meldingsnummer uit de afname is {number}; controleer het bij de helpdesk Facet.</translation>
    </message>
    <message>
        <source>Wait for the Inspectie&apos;s call: it always calls the school to discuss the case and then decides whether the work is declared invalid. Record the date of the call and what was decided.</source>
        <translation>Wacht op het telefoontje van de Inspectie: die neemt altijd contact op met de school om de casus te bespreken en bepaalt dan of het werk ongeldig wordt verklaard. Leg de datum van het gesprek vast en wat er werd besloten.</translation>
    </message>
    <message>
        <source>The Inspectie e-mails when the form is ready in the ISD (Internet Schooldossier). Complete it in full and record the date here.</source>
        <translation>De Inspectie mailt wanneer het formulier in het ISD (Internet SchoolDossier) klaarstaat. Vul het volledig in en leg de datum hier vast.</translation>
    </message>
    <message>
        <source>Write the Facet helpdesk&apos;s meldingsnummer on the form: without it the form cannot be recorded.</source>
        <translation>Vermeld het meldingsnummer van de helpdesk Facet op het formulier: zonder dat nummer kan het formulier niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>Wait for the Inspectie&apos;s decision letter (sent to the bevoegd gezag, with a copy to you). Record its date and, for each candidate, whether their work was declared invalid.</source>
        <translation>Wacht op de besluitbrief van de Inspectie (aan het bevoegd gezag, met u in cc). Leg de datum vast en per kandidaat of het werk ongeldig is verklaard.</translation>
    </message>
    <message>
        <source>Plan a tweede zitting for {names}: a session of its own, marked as a second sitting, with a variant that shares no question with the one they sat.</source>
        <translation>Plan een tweede zitting voor {names}: een eigen afname, aangemerkt als tweede zitting, met een variant die geen vraag deelt met de eerder gemaakte variant.</translation>
    </message>
    <message>
        <source>Nothing more to do: the Inspectie declared no work invalid, so the results stand.</source>
        <translation>Niets meer te doen: de Inspectie heeft geen werk ongeldig verklaard, dus de resultaten blijven staan.</translation>
    </message>
    <message>
        <source>Nothing more to do here: the tweede zitting is planned for {date}, variant {variant}.</source>
        <translation>Hier is niets meer te doen: de tweede zitting is gepland op {date}, variant {variant}.</translation>
    </message>
    <message>
        <source>Reported to the Inspectie: date, by phone or e-mail</source>
        <translation>Gemeld bij de Inspectie: datum, telefonisch of per e-mail</translation>
    </message>
    <message>
        <source>The Inspectie&apos;s call: date and its decision</source>
        <translation>Gesprek met de Inspectie: datum en besluit</translation>
    </message>
    <message>
        <source>ISD form completed: date</source>
        <translation>ISD-formulier ingevuld: datum</translation>
    </message>
    <message>
        <source>ISD form completed: date and the Facet helpdesk&apos;s meldingsnummer</source>
        <translation>ISD-formulier ingevuld: datum en het meldingsnummer van de helpdesk Facet</translation>
    </message>
    <message>
        <source>Decision letter: its date and, per candidate, whether the work was declared invalid</source>
        <translation>Besluitbrief: de datum en per kandidaat of het werk ongeldig is verklaard</translation>
    </message>
    <message>
        <source>Tweede zitting for the candidates whose work is declared invalid, with a variant without overlap</source>
        <translation>Tweede zitting voor de kandidaten van wie het werk ongeldig is verklaard, met een variant zonder overlap</translation>
    </message>
    <message>
        <source>This is a PE exam: report the irregularity to DUO, which decides on it. Record the date you reported it.</source>
        <translation>Dit is een PE-examen: meld de onregelmatigheid bij DUO, dat erover beslist. Leg de datum van de melding vast.</translation>
    </message>
    <message>
        <source>If there is reason for an aangifte, make it in consultation with the CDFD or DUO and record it (optional).</source>
        <translation>Is er reden voor een aangifte, doe die dan in overleg met de CDFD of DUO en leg hem vast (optioneel).</translation>
    </message>
    <message>
        <source>Wait for DUO&apos;s decision: for each candidate valid or invalid, and whether the certificate is withheld or revoked. Record it here.</source>
        <translation>Wacht op het besluit van DUO: per kandidaat geldig of ongeldig, en of het certificaat wordt ingehouden of ingetrokken. Leg het hier vast.</translation>
    </message>
    <message>
        <source>DUO&apos;s answer on a result adjustment for this technical fault is due by {date} (eight weeks).</source>
        <translation>Het antwoord van DUO over bijstelling van de uitslag bij deze technische storing moet er uiterlijk {date} zijn (acht weken).</translation>
    </message>
    <message>
        <source>DUO&apos;s answer was due by {date} and has not been recorded: ask DUO about it.</source>
        <translation>Het antwoord van DUO had er uiterlijk {date} moeten zijn en is niet vastgelegd: vraag DUO ernaar.</translation>
    </message>
    <message>
        <source>Nothing more to do here: DUO decided on {date}.</source>
        <translation>Hier hoeft niets meer te gebeuren: DUO besliste op {date}.</translation>
    </message>
    <message>
        <source>Reported to DUO: date</source>
        <translation>Gemeld bij DUO: datum</translation>
    </message>
    <message>
        <source>DUO&apos;s decision: its date, per candidate valid or invalid, and the certificate</source>
        <translation>Besluit van DUO: de datum, per kandidaat geldig of ongeldig, en het certificaat</translation>
    </message>
    <message>
        <source>The exam has no variant {variant}; it has {variants}.</source>
        <translation>Het examen heeft geen variant {variant}; het heeft {variants}.</translation>
    </message>
    <message>
        <source>Variant {variant} shares {count} questions with variant {sat}, which {names} sat: {items}. A tweede zitting needs a variant without overlap.</source>
        <translation>Variant {variant} deelt {count} vragen met variant {sat}, die {names} maakte: {items}. Een tweede zitting vraagt een variant zonder overlap.</translation>
    </message>
    <message>
        <source>For {names}. {category}. {technical} What happened: {description}</source>
        <translation>Voor {names}. {category}. {technical} Wat er gebeurde: {description}</translation>
    </message>
    <message>
        <source>Technical irregularity.</source>
        <translation>Onregelmatigheid van technische aard.</translation>
    </message>
    <message>
        <source>Technical irregularity (meldingsnummer {number}).</source>
        <translation>Onregelmatigheid van technische aard (meldingsnummer {number}).</translation>
    </message>
    <message>
        <source>Not technical.</source>
        <translation>Niet van technische aard.</translation>
    </message>
    <message>
        <source>On {date}, {channel}.</source>
        <translation>Op {date}, {channel}.</translation>
    </message>
    <message>
        <source>Call on {date}. The Inspectie decided: {decision}</source>
        <translation>Gesprek op {date}. De Inspectie besliste: {decision}</translation>
    </message>
    <message>
        <source>Completed on {date}, meldingsnummer {number}.</source>
        <translation>Ingevuld op {date}, meldingsnummer {number}.</translation>
    </message>
    <message>
        <source>Completed on {date}.</source>
        <translation>Ingevuld op {date}.</translation>
    </message>
    <message>
        <source>Letter of {date}. Declared invalid: {invalid}. Valid: {valid}.</source>
        <translation>Brief van {date}. Ongeldig verklaard: {invalid}. Geldig: {valid}.</translation>
    </message>
    <message>
        <source>On {date}, variant {variant}, afnamegroep {group}, for {names}.</source>
        <translation>Op {date}, variant {variant}, afnamegroep {group}, voor {names}.</translation>
    </message>
    <message>
        <source>{text} Note: {note}</source>
        <translation>{text} Aantekening: {note}</translation>
    </message>
    <message>
        <source>{text} Reference: {reference}</source>
        <translation>{text} Kenmerk: {reference}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>There is no case {id} on this station.</source>
        <translation>Er is geen zaak {id} op dit station.</translation>
    </message>
    <message>
        <source>Candidate {id} does not belong to the session of this case.</source>
        <translation>Kandidaat {id} hoort niet bij de afname van deze zaak.</translation>
    </message>
    <message>
        <source>Entry {id} of the session is not an irregularity, storing, illness or melding to open a case from.</source>
        <translation>Vastlegging {id} van de afname is geen onregelmatigheid, storing, ziekte of melding waaruit een zaak kan worden geopend.</translation>
    </message>
    <message>
        <source>Case {case} was already opened from this entry of the session.</source>
        <translation>Vanuit deze vastlegging van de afname is al zaak {case} geopend.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>&apos;{value}&apos; is niet een van: {allowed}.</translation>
    </message>
    <message>
        <source>The afnamegroep {group} is not marked as a second sitting of {first}, the group of the first session.</source>
        <translation>De afnamegroep {group} is niet aangemerkt als tweede zitting van {first}, de groep van de eerste afname.</translation>
    </message>
    <message>
        <source>The afnamegroep {group} is marked as a second sitting of {first}; it is planned only as the tweede zitting of a case whose decision declared the work invalid.</source>
        <translation>De afnamegroep {group} is gemarkeerd als tweede zitting van {first}; die wordt alleen gepland als tweede zitting van een zaak waarvan het besluit het werk ongeldig verklaarde.</translation>
    </message>
    <message>
        <source>{name} already handed in {exam} ({where}); planning them again needs a case whose decision declares that work invalid.</source>
        <translation>{name} heeft {exam} al ingeleverd ({where}); opnieuw plannen kan alleen met een zaak waarvan het besluit dat werk ongeldig verklaart.</translation>
    </message>
    <message>
        <source>A tweede zitting needs its variant chosen, so that it can be checked for overlap.</source>
        <translation>Kies de variant van de tweede zitting, zodat op overlap kan worden gecontroleerd.</translation>
    </message>
    <message>
        <source>{name} cannot sit a tweede zitting: no case of the first session holds a decision of the Inspectie that declares their work invalid.</source>
        <translation>{name} kan geen tweede zitting maken: geen zaak van de eerste afname bevat een besluit van de Inspectie dat het werk ongeldig verklaart.</translation>
    </message>
    <message>
        <source>It is not known which variant {name} sat in the first session; import their result (it names the variant) before planning the tweede zitting.</source>
        <translation>Het is niet bekend welke variant {name} in de eerste afname maakte; importeer eerst het resultaat (daarin staat de variant) en plan dan de tweede zitting.</translation>
    </message>
    <message>
        <source>A tweede zitting is already planned for this case.</source>
        <translation>Voor deze zaak is al een tweede zitting gepland.</translation>
    </message>
</context>
<context>
    <name>CasesWorkspace</name>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Onregelmatigheden</translation>
    </message>
    <message>
        <source>Overdue: DUO&apos;s answer was due by {date}.</source>
        <translation>Verlopen: het antwoord van DUO had er uiterlijk {date} moeten zijn.</translation>
    </message>
    <message>
        <source>DUO&apos;s answer is due by {date}.</source>
        <translation>Het antwoord van DUO moet er uiterlijk {date} zijn.</translation>
    </message>
    <message>
        <source>Record the report…</source>
        <translation>Melding vastleggen…</translation>
    </message>
    <message>
        <source>Record the Inspectie&apos;s call…</source>
        <translation>Gesprek met de Inspectie vastleggen…</translation>
    </message>
    <message>
        <source>Record the ISD form…</source>
        <translation>ISD-formulier vastleggen…</translation>
    </message>
    <message>
        <source>Record the decision letter…</source>
        <translation>Besluitbrief vastleggen…</translation>
    </message>
    <message>
        <source>Plan the tweede zitting…</source>
        <translation>Tweede zitting plannen…</translation>
    </message>
    <message>
        <source>Record the report to DUO…</source>
        <translation>Melding bij DUO vastleggen…</translation>
    </message>
    <message>
        <source>Record DUO&apos;s decision…</source>
        <translation>Besluit van DUO vastleggen…</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>Niets vast te leggen</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Wat nu te doen</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Nog nodig</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>Geschiedenis van de zaak</translation>
    </message>
    <message>
        <source>Columns of the history</source>
        <translation>Kolommen van de geschiedenis</translation>
    </message>
    <message>
        <source>Correct the chosen entry…</source>
        <translation>Gekozen vastlegging corrigeren…</translation>
    </message>
    <message>
        <source>Signed dossier (PDF)…</source>
        <translation>Ondertekend dossier (pdf)…</translation>
    </message>
    <message>
        <source>The whole case as a PDF signed by this station: for the Inspectie and the school&apos;s records.</source>
        <translation>De hele zaak als pdf, ondertekend door dit station: voor de Inspectie en het archief van de school.</translation>
    </message>
    <message>
        <source>Choose an entry in the history first. The entry stays; the correction is recorded beside it.</source>
        <translation>Kies eerst een vastlegging in de geschiedenis. De vastlegging blijft staan; de correctie komt ernaast.</translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation>Geen zaak gekozen</translation>
    </message>
    <message>
        <source>Choose a case above to see where it stands.</source>
        <translation>Kies hierboven een zaak om te zien hoe die ervoor staat.</translation>
    </message>
    <message>
        <source>Case {id}: {group}, {date}</source>
        <translation>Zaak {id}: {group}, {date}</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>technisch</translation>
    </message>
    <message>
        <source>not technical</source>
        <translation>niet technisch</translation>
    </message>
    <message>
        <source>{exam}
Candidates: {candidates}
Category: {category} ({technical})
Opened on {opened} from {origin}</source>
        <translation>{exam}
Kandidaten: {candidates}
Categorie: {category} ({technical})
Geopend op {opened} vanuit {origin}</translation>
    </message>
    <message>
        <source>Closed. Steps: {steps}</source>
        <translation>Afgesloten. Stappen: {steps}</translation>
    </message>
    <message>
        <source>Now at: {step}. Steps: {steps}</source>
        <translation>Nu bij: {step}. Stappen: {steps}</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Niets.</translation>
    </message>
    <message>
        <source>Record an aangifte…</source>
        <translation>Aangifte vastleggen…</translation>
    </message>
    <message>
        <source>Loading the cases…</source>
        <translation>De zaken worden geladen…</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>De zaak wordt geladen…</translation>
    </message>
    <message>
        <source>Choose the entry to correct in the history first.</source>
        <translation>Kies eerst in de geschiedenis welke vastlegging u wilt corrigeren.</translation>
    </message>
    <message>
        <source>A planned tweede zitting is not corrected here; it is a session of its own.</source>
        <translation>Een geplande tweede zitting wordt hier niet gecorrigeerd; het is een eigen afname.</translation>
    </message>
    <message>
        <source>Looking up the variants…</source>
        <translation>De varianten worden opgezocht…</translation>
    </message>
    <message>
        <source>All exam periods</source>
        <translation>Alle examenperiodes</translation>
    </message>
    <message>
        <source>{open} open, {closed} closed</source>
        <translation>{open} open, {closed} afgesloten</translation>
    </message>
    <message>
        <source>Here the examensecretaris follows each irregularity through the Inspectie&apos;s procedure: the report to the Examenloket, the Inspectie&apos;s call, the ISD form, the decision letter and, when work is declared invalid, the tweede zitting with a variant without overlap.</source>
        <translation>Hier volgt de examensecretaris elke onregelmatigheid door de procedure van de Inspectie: de melding bij het Examenloket, het gesprek met de Inspectie, het ISD-formulier, de besluitbrief en, als werk ongeldig is verklaard, de tweede zitting met een variant zonder overlap.</translation>
    </message>
    <message>
        <source>There are no cases on this station. Open one when a session recorded an irregularity, a storing or a candidate who left ill, or when you learn of one afterwards.</source>
        <translation>Er zijn geen zaken op dit station. Open er een als in een afname een onregelmatigheid, een storing of een ziek vertrokken kandidaat is vastgelegd, of als u er achteraf van hoort.</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>Zaak openen…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Zaak openen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open zaken</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Afgesloten zaken</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle zaken</translation>
    </message>
    <message>
        <source>Exam period</source>
        <translation>Examenperiode</translation>
    </message>
    <message>
        <source>Columns of the cases table</source>
        <translation>Kolommen van de tabel met zaken</translation>
    </message>
    <message>
        <source>Export the signed dossier of the case</source>
        <translation>Ondertekend dossier van de zaak exporteren</translation>
    </message>
    <message>
        <source>Case {id}: {group}, {date}. The dossier holds the case&apos;s facts, every step with its dates and corrections, the session&apos;s entries about these candidates and their masked BSNs.</source>
        <translation>Zaak {id}: {group}, {date}. Het dossier bevat de gegevens van de zaak, elke stap met de data en correcties, de vermeldingen uit de afname over deze kandidaten en hun afgeschermde BSN&apos;s.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>There is no afnamegroep {code} on this station.</source>
        <translation>Er is geen afnamegroep {code} op dit station.</translation>
    </message>
    <message>
        <source>There is no candidate with number {number} in {group}.</source>
        <translation>Er is geen kandidaat met nummer {number} in {group}.</translation>
    </message>
</context>
<context>
    <name>CertificateBox</name>
    <message>
        <source>Reading the certificate…</source>
        <translation>Het certificaat wordt gelezen…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <source>No certificate yet: reports cannot be signed. Create one on this station, or import the school&apos;s certificate (PKCS#12).</source>
        <translation>Nog geen certificaat: rapporten kunnen niet worden ondertekend. Maak er een op dit station, of importeer het certificaat van de school (PKCS#12).</translation>
    </message>
    <message>
        <source>Valid: reports are signed with it.</source>
        <translation>Geldig: rapporten worden ermee ondertekend.</translation>
    </message>
    <message>
        <source>Not valid now: create or import a new certificate.</source>
        <translation>Nu niet geldig: maak of importeer een nieuw certificaat.</translation>
    </message>
    <message>
        <source>the station itself (self-signed)</source>
        <translation>het station zelf (zelfondertekend)</translation>
    </message>
    <message>
        <source>{start} until {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Ondertekeningscertificaat</translation>
    </message>
    <message>
        <source>The proces-verbaal, the VOV and the inzage report are signed with this certificate, so that any change to them afterwards shows. Its key is kept encrypted; the passphrase is in the station&apos;s keys.</source>
        <translation>Het proces-verbaal, de VOV en het inzageverslag worden met dit certificaat ondertekend, zodat elke latere wijziging zichtbaar wordt. De sleutel wordt versleuteld bewaard; het wachtwoord ervan zit bij de sleutels van het station.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Houder</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Uitgegeven door</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Vingerafdruk (SHA-256)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Create a certificate…</source>
        <translation>Certificaat maken…</translation>
    </message>
    <message>
        <source>Import PKCS#12…</source>
        <translation>PKCS#12 importeren…</translation>
    </message>
    <message>
        <source>Verify a report…</source>
        <translation>Rapport controleren…</translation>
    </message>
    <message>
        <source>It replaces the current certificate; reports signed earlier stay recognised as this station&apos;s.</source>
        <translation>Het vervangt het huidige certificaat; eerder ondertekende rapporten blijven herkend als rapporten van dit station.</translation>
    </message>
    <message>
        <source>Creating the certificate…</source>
        <translation>Het certificaat wordt gemaakt…</translation>
    </message>
    <message>
        <source>Create a signing certificate</source>
        <translation>Ondertekeningscertificaat maken</translation>
    </message>
    <message>
        <source>The station makes a key pair and a certificate valid for five years, naming the school and this station.</source>
        <translation>Het station maakt een sleutelpaar en een certificaat dat vijf jaar geldig is, op naam van de school en dit station.</translation>
    </message>
    <message>
        <source>Kind of key</source>
        <translation>Soort sleutel</translation>
    </message>
    <message>
        <source>ECDSA P-256 (recommended: small and fast)</source>
        <translation>ECDSA P-256 (aanbevolen: klein en snel)</translation>
    </message>
    <message>
        <source>RSA 3072 (for software that needs RSA)</source>
        <translation>RSA 3072 (voor software die RSA nodig heeft)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file first.</source>
        <translation>Kies eerst het PKCS#12-bestand.</translation>
    </message>
    <message>
        <source>Importing the certificate…</source>
        <translation>Het certificaat wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Import the school&apos;s certificate</source>
        <translation>Certificaat van de school importeren</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file (.p12 or .pfx) the school gave you, with its password. It must hold the private key, be valid today and be meant for signing.</source>
        <translation>Kies het PKCS#12-bestand (.p12 of .pfx) dat je van de school kreeg, met het wachtwoord ervan. Het moet de privésleutel bevatten, vandaag geldig zijn en bedoeld zijn om te ondertekenen.</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12-bestand</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12-bestanden (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Wachtwoord van het bestand</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>This station has no signing certificate yet. A beheerder creates or imports one under Administration, Signing certificate.</source>
        <translation>Dit station heeft nog geen ondertekeningscertificaat. Een beheerder maakt of importeert er een onder Beheer, Ondertekeningscertificaat.</translation>
    </message>
    <message>
        <source>The passphrase of the station&apos;s signing key is missing from the keyring, so reports cannot be signed. A beheerder creates or imports a new certificate.</source>
        <translation>Het wachtwoord van de ondertekeningssleutel van het station ontbreekt in de sleutelbos, dus rapporten kunnen niet worden ondertekend. Een beheerder maakt of importeert een nieuw certificaat.</translation>
    </message>
    <message>
        <source>The station&apos;s signing key in {path} cannot be opened: it is damaged.</source>
        <translation>De ondertekeningssleutel van het station in {path} kan niet worden geopend: hij is beschadigd.</translation>
    </message>
    <message>
        <source>{file} cannot be opened as a PKCS#12 file (.p12/.pfx): the password is wrong or the file is damaged.</source>
        <translation>{file} kan niet worden geopend als PKCS#12-bestand (.p12/.pfx): het wachtwoord is onjuist of het bestand is beschadigd.</translation>
    </message>
    <message>
        <source>{file} holds no private key with its certificate; the school must export both.</source>
        <translation>{file} bevat geen privésleutel bij het certificaat; de school moet beide exporteren.</translation>
    </message>
    <message>
        <source>The key in {file} is of a kind examdesk cannot sign with; use RSA (2048 bits or more) or ECDSA.</source>
        <translation>Met het soort sleutel in {file} kan examdesk niet ondertekenen; gebruik RSA (2048 bits of meer) of ECDSA.</translation>
    </message>
    <message>
        <source>The certificate in {file} is valid only from {start} until {end}.</source>
        <translation>Het certificaat in {file} is alleen geldig van {start} tot {end}.</translation>
    </message>
    <message>
        <source>The certificate in {file} may not be used for signing documents (its key usage).</source>
        <translation>Het certificaat in {file} mag niet worden gebruikt om documenten te ondertekenen (het sleutelgebruik staat dat niet toe).</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>Unknown key type &apos;{value}&apos;: use {allowed}.</source>
        <translation>Onbekend sleuteltype &apos;{value}&apos;: gebruik {allowed}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>invalid: {reason}</source>
        <translation>ongeldig: {reason}</translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;. The commands are: {commands}.</source>
        <translation>Onbekende opdracht &apos;{command}&apos;. De opdrachten zijn: {commands}.</translation>
    </message>
    <message>
        <source>The arguments are not right: {detail}. See &apos;examdesk --help&apos;.</source>
        <translation>De argumenten kloppen niet: {detail}. Zie &apos;examdesk --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; needs {what}. See &apos;examdesk {command} --help&apos;.</source>
        <translation>&apos;{command}&apos; heeft {what} nodig. Zie &apos;examdesk {command} --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown option &apos;{option}&apos;. See &apos;examdesk --help&apos;.</source>
        <translation>Onbekende optie &apos;{option}&apos;. Zie &apos;examdesk --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown language &apos;{value}&apos;: use nl or en.</source>
        <translation>Onbekende taal &apos;{value}&apos;: gebruik nl of en.</translation>
    </message>
    <message>
        <source>&apos;examdesk demo&apos; needs --data-dir DIR: the new folder to write the demo data into.</source>
        <translation>&apos;examdesk demo&apos; heeft --data-dir DIR nodig: de nieuwe map waarin de demogegevens worden geschreven.</translation>
    </message>
    <message>
        <source>Demo data written to {path}. Sign in as &apos;demo&apos; with password &apos;{password}&apos;.</source>
        <translation>Demogegevens geschreven naar {path}. Meld je aan als &apos;demo&apos; met wachtwoord &apos;{password}&apos;.</translation>
    </message>
    <message>
        <source>examdesk stopped because of an internal error. Nothing more was written; the details are in {log}.</source>
        <translation>examdesk is gestopt door een interne fout. Er is niets meer weggeschreven; de details staan in {log}.</translation>
    </message>
    <message>
        <source>examdesk: the exam-day station. Without a command it opens the application.</source>
        <translation>examdesk: het examenstation. Zonder opdracht opent het de toepassing.</translation>
    </message>
    <message>
        <source>the data folder (default: the platform&apos;s user data folder)</source>
        <translation>de gegevensmap (standaard: de gegevensmap van de gebruiker op dit platform)</translation>
    </message>
    <message>
        <source>language of messages and windows: nl or en (default: the system&apos;s, Dutch if unsure)</source>
        <translation>taal van meldingen en vensters: nl of en (standaard: die van het systeem, bij twijfel Nederlands)</translation>
    </message>
    <message>
        <source>There is no examdesk station in {path}. Give the folder of an existing station with --data-dir, or make one with &apos;examdesk import&apos; or the application.</source>
        <translation>Er is geen examdesk-station in {path}. Geef met --data-dir de map van een bestaand station, of maak er een met &apos;examdesk import&apos; of de toepassing.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; is geen geldig geheel getal</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} bestaat niet.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} is een map, geen bestand.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} is geen map.</translation>
    </message>
    <message>
        <source>examdesk may not read or write {path} (permission denied).</source>
        <translation>examdesk mag {path} niet lezen of schrijven (geen toestemming).</translation>
    </message>
    <message>
        <source>There is no room left on the disk for {path}.</source>
        <translation>Er is geen ruimte meer op de schijf voor {path}.</translation>
    </message>
    <message>
        <source>{path} is on a disk that cannot be written to.</source>
        <translation>{path} staat op een schijf waarop niet geschreven kan worden.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} bestaat al.</translation>
    </message>
    <message>
        <source>{path} cannot be used: the operating system says &apos;{reason}&apos;.</source>
        <translation>{path} kan niet worden gebruikt: het besturingssysteem meldt &apos;{reason}&apos;.</translation>
    </message>
    <message>
        <source>open the application on a fresh throwaway folder with demo data</source>
        <translation>open de toepassing op een nieuwe wegwerpmap met demogegevens</translation>
    </message>
    <message>
        <source>with --demo: keep the demo folder when the application closes</source>
        <translation>met --demo: de demomap bewaren als de toepassing sluit</translation>
    </message>
    <message>
        <source>print the version and stop</source>
        <translation>toon de versie en stop</translation>
    </message>
    <message>
        <source>check the format of one or more BSNs (11-proef)</source>
        <translation>controleer de vorm van een of meer BSN&apos;s (11-proef)</translation>
    </message>
    <message>
        <source>a BSN; spaces and dots are ignored</source>
        <translation>een BSN; spaties en punten worden genegeerd</translation>
    </message>
    <message>
        <source>check this installation</source>
        <translation>controleer deze installatie</translation>
    </message>
    <message>
        <source>write demo data into a new folder (--data-dir) without opening a window</source>
        <translation>schrijf demogegevens in een nieuwe map (--data-dir) zonder een venster te openen</translation>
    </message>
    <message>
        <source>at least one BSN</source>
        <translation>minstens één BSN</translation>
    </message>
    <message>
        <source>a package file (.json or .zip)</source>
        <translation>een pakketbestand (.json of .zip)</translation>
    </message>
    <message>
        <source>validate a package and import it completely, or nothing</source>
        <translation>een pakket controleren en het helemaal importeren, of niets</translation>
    </message>
    <message>
        <source>score the results in a package without importing anything</source>
        <translation>de resultaten in een pakket scoren zonder iets te importeren</translation>
    </message>
    <message>
        <source>print the package format&apos;s JSON Schema</source>
        <translation>het JSON Schema van het pakketformaat tonen</translation>
    </message>
    <message>
        <source>the package: a .json file or a .zip with package.json</source>
        <translation>het pakket: een .json-bestand of een .zip met package.json</translation>
    </message>
    <message>
        <source>leave this item out of score and maximum (a technical fault, R-SCO-9)</source>
        <translation>deze vraag weglaten uit score en maximum (technische storing, R-SCO-9)</translation>
    </message>
    <message>
        <source>also the sessions of every other station on the school server or imported as transfer files</source>
        <translation>ook de afnames van elk ander station op de schoolserver of geïmporteerd als overdrachtsbestand</translation>
    </message>
    <message>
        <source>{file} imported: {exams}, {groups}, {candidates} and {results} added; {same}.</source>
        <translation>{file} geïmporteerd: {exams}, {groups}, {candidates} en {results} toegevoegd; {same}.</translation>
    </message>
    <message>
        <source>1 exam</source>
        <translation>1 examen</translation>
    </message>
    <message>
        <source>{count} exams</source>
        <translation>{count} examens</translation>
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
        <translation>1 kandidaat</translation>
    </message>
    <message>
        <source>{count} candidates</source>
        <translation>{count} kandidaten</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultaat</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} resultaten</translation>
    </message>
    <message>
        <source>1 was already on this station</source>
        <translation>1 stond al op dit station</translation>
    </message>
    <message>
        <source>{count} were already on this station</source>
        <translation>{count} stonden al op dit station</translation>
    </message>
    <message>
        <source>A new station was made in {path}. This computer has no usable keyring, so its keys are in an encrypted file protected by the passphrase in EXAMDESK_KEY_PASSPHRASE: keep that passphrase, the station cannot be opened without it.</source>
        <translation>Er is een nieuw station gemaakt in {path}. Deze computer heeft geen bruikbare sleutelbos, dus de sleutels staan in een versleuteld bestand dat beschermd is met de wachtzin in EXAMDESK_KEY_PASSPHRASE: bewaar die wachtzin, zonder kan het station niet worden geopend.</translation>
    </message>
    <message>
        <source>{path} holds no station yet, and this computer has no usable keyring: a new station keeps its keys in an encrypted file. Choose a station passphrase of at least 12 characters, set EXAMDESK_KEY_PASSPHRASE to it and import again. Nothing was written.</source>
        <translation>{path} bevat nog geen station en deze computer heeft geen bruikbare sleutelbos: een nieuw station bewaart zijn sleutels in een versleuteld bestand. Kies een stationswachtzin van minstens 12 tekens, zet EXAMDESK_KEY_PASSPHRASE daarop en importeer opnieuw. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>machine-readable output on standard output</source>
        <translation>machineleesbare uitvoer op standaarduitvoer</translation>
    </message>
    <message>
        <source>list the exam sessions on this station</source>
        <translation>de afnames op dit station tonen</translation>
    </message>
    <message>
        <source>Version 1 package: the grounds of extra time were read from the basis text. Check them:</source>
        <translation>Pakket versie 1: de gronden van extra tijd zijn uit de tekst van de grondslag gelezen. Controleer ze:</translation>
    </message>
    <message>
        <source>{file} holds nothing new: everything in it is already on this station.</source>
        <translation>{file} bevat niets nieuws: alles erin staat al op dit station.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gezakt</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>cijfer {grade}</translation>
    </message>
    <message>
        <source>for each candidate of an afnamegroep: grade, and whether inzage is allowed on a date and why not</source>
        <translation>voor elke kandidaat van een afnamegroep: cijfer, en of inzage op een datum is toegestaan en zo niet, waarom niet</translation>
    </message>
    <message>
        <source>book or cancel a PE inzage appointment</source>
        <translation>een PE-inzageafspraak maken of afzeggen</translation>
    </message>
    <message>
        <source>book the appointment a candidate requested; prints the appointment&apos;s number</source>
        <translation>de afspraak maken die een kandidaat aanvroeg; drukt het nummer van de afspraak af</translation>
    </message>
    <message>
        <source>the candidate cancelled the appointment</source>
        <translation>de kandidaat heeft de afspraak afgezegd</translation>
    </message>
    <message>
        <source>list the PE inzage appointments (of one day)</source>
        <translation>de PE-inzageafspraken tonen (van één dag)</translation>
    </message>
    <message>
        <source>the afnamegroep&apos;s code</source>
        <translation>de code van de afnamegroep</translation>
    </message>
    <message>
        <source>the candidate&apos;s number in the afnamegroep</source>
        <translation>het nummer van de kandidaat in de afnamegroep</translation>
    </message>
    <message>
        <source>the day the candidate asked for inzage, YYYY-MM-DD</source>
        <translation>de dag waarop de kandidaat inzage aanvroeg, JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>the day of the appointment, YYYY-MM-DD</source>
        <translation>de dag van de afspraak, JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>the time of the appointment, HH:MM</source>
        <translation>het tijdstip van de afspraak, UU:MM</translation>
    </message>
    <message>
        <source>the appointment&apos;s number</source>
        <translation>het nummer van de afspraak</translation>
    </message>
    <message>
        <source>only the appointments of this day, YYYY-MM-DD</source>
        <translation>alleen de afspraken van deze dag, JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an appointment number (a whole number).</source>
        <translation>&apos;{value}&apos; is geen afspraaknummer (een geheel getal).</translation>
    </message>
    <message>
        <source>Appointment {id} is cancelled.</source>
        <translation>Afspraak {id} is afgezegd.</translation>
    </message>
    <message>
        <source>an afnamegroep, a candidate number, --requested and --on</source>
        <translation>een afnamegroep, een kandidaatnummer, --requested en --on</translation>
    </message>
    <message>
        <source>an appointment number</source>
        <translation>een afspraaknummer</translation>
    </message>
    <message>
        <source>&apos;add&apos; or &apos;cancel&apos;</source>
        <translation>&apos;add&apos; of &apos;cancel&apos;</translation>
    </message>
    <message>
        <source>&apos;appointment&apos; needs {what}. See &apos;examdesk appointment --help&apos;.</source>
        <translation>&apos;appointment&apos; heeft {what} nodig. Zie &apos;examdesk appointment --help&apos;.</translation>
    </message>
    <message>
        <source>the day to decide for, YYYY-MM-DD (default: today in Amsterdam)</source>
        <translation>de dag waarvoor het geldt, JJJJ-MM-DD (standaard: vandaag in Amsterdam)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: write it as YYYY-MM-DD, for example 2026-06-27.</source>
        <translation>&apos;{value}&apos; is geen datum: schrijf die als JJJJ-MM-DD, bijvoorbeeld 2026-06-27.</translation>
    </message>
    <message>
        <source>export a signed report as PDF</source>
        <translation>een ondertekend rapport als pdf exporteren</translation>
    </message>
    <message>
        <source>the proces-verbaal of one session</source>
        <translation>het proces-verbaal van één afname</translation>
    </message>
    <message>
        <source>list a session&apos;s meldingen (VOVs): what &apos;report vov&apos; takes</source>
        <translation>de meldingen (VOV&apos;s) van een sessie tonen: wat &apos;report vov&apos; verwacht</translation>
    </message>
    <message>
        <source>list an afnamegroep&apos;s inzages: what &apos;report inzage&apos; takes</source>
        <translation>de inzages van een afnamegroep tonen: wat &apos;report inzage&apos; verwacht</translation>
    </message>
    <message>
        <source>list the irregularity cases: what &apos;report case&apos; takes</source>
        <translation>de onregelmatigheidsdossiers tonen: wat &apos;report case&apos; verwacht</translation>
    </message>
    <message>
        <source>the session&apos;s id (see &apos;examdesk sessions&apos;)</source>
        <translation>de id van de afname (zie &apos;examdesk sessions&apos;)</translation>
    </message>
    <message>
        <source>a session id</source>
        <translation>een sessie-id</translation>
    </message>
    <message>
        <source>an afnamegroep&apos;s code</source>
        <translation>de code van een afnamegroep</translation>
    </message>
    <message>
        <source>a session id and --out FILE.pdf</source>
        <translation>een afname-id en --out BESTAND.pdf</translation>
    </message>
    <message>
        <source>the report of one inzage</source>
        <translation>het verslag van één inzage</translation>
    </message>
    <message>
        <source>the inzage&apos;s number (as the inzage log shows it)</source>
        <translation>het nummer van de inzage (zoals het inzagelogboek het toont)</translation>
    </message>
    <message>
        <source>an inzage number and --out FILE.pdf</source>
        <translation>een inzagenummer en --out BESTAND.pdf</translation>
    </message>
    <message>
        <source>the verklaring van ordentelijk verloop of one melding</source>
        <translation>de verklaring van ordentelijk verloop van één melding</translation>
    </message>
    <message>
        <source>the melding&apos;s number (as the proces-verbaal shows it)</source>
        <translation>het nummer van de melding (zoals het proces-verbaal het toont)</translation>
    </message>
    <message>
        <source>the dossier of one irregularity case</source>
        <translation>het dossier van één onregelmatigheid</translation>
    </message>
    <message>
        <source>the case&apos;s number (as the Cases workspace shows it)</source>
        <translation>het nummer van de zaak (zoals het werkblad Onregelmatigheden het toont)</translation>
    </message>
    <message>
        <source>a case number and --out FILE.pdf</source>
        <translation>een zaaknummer en --out BESTAND.pdf</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>het pdf-bestand dat wordt geschreven</translation>
    </message>
    <message>
        <source>replace the file when it already exists</source>
        <translation>het bestand vervangen als het al bestaat</translation>
    </message>
    <message>
        <source>check the digital signatures of a PDF report</source>
        <translation>de digitale handtekeningen van een pdf-rapport controleren</translation>
    </message>
    <message>
        <source>the PDF file to check</source>
        <translation>het pdf-bestand dat wordt gecontroleerd</translation>
    </message>
    <message>
        <source>a kind of report: proces-verbaal, vov, inzage or case</source>
        <translation>een soort verslag: proces-verbaal, vov, inzage of case</translation>
    </message>
    <message>
        <source>a melding number and --out FILE.pdf</source>
        <translation>een meldingsnummer en --out BESTAND.pdf</translation>
    </message>
    <message>
        <source>a PDF file</source>
        <translation>een pdf-bestand</translation>
    </message>
    <message>
        <source>Signed report written to {path} (SHA-256 {digest}).</source>
        <translation>Ondertekend rapport geschreven naar {path} (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>{file}: intact; every signature is valid and covers the whole document.</source>
        <translation>{file}: ongeschonden; elke handtekening is geldig en dekt het hele document.</translation>
    </message>
    <message>
        <source>{file}: NOT VALID.</source>
        <translation>{file}: NIET GELDIG.</translation>
    </message>
    <message>
        <source>{file}: intact, signer not trusted. The signer is neither this station nor in its trusted list (&apos;examdesk trust add CERT&apos; adds a certificate the beheerder trusts).</source>
        <translation>{file}: ongeschonden, ondertekenaar niet vertrouwd. De ondertekenaar is niet dit station en staat niet in de lijst van vertrouwde ondertekenaars (&apos;examdesk trust add CERT&apos; voegt een certificaat toe dat de beheerder vertrouwt).</translation>
    </message>
    <message>
        <source>signer&apos;s fingerprint (SHA-256): {fingerprint}</source>
        <translation>vingerafdruk van de ondertekenaar (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>trusted signer: {answer}</source>
        <translation>vertrouwde ondertekenaar: {answer}</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>ongeschonden</translation>
    </message>
    <message>
        <source>CHANGED after signing: the signed bytes no longer match the signature</source>
        <translation>GEWIJZIGD na ondertekening: de ondertekende bytes passen niet meer bij de handtekening</translation>
    </message>
    <message>
        <source>covers the whole document</source>
        <translation>dekt het hele document</translation>
    </message>
    <message>
        <source>does NOT cover the whole document: something was added after signing</source>
        <translation>dekt NIET het hele document: er is na ondertekening iets toegevoegd</translation>
    </message>
    <message>
        <source>signer: {signer}</source>
        <translation>ondertekenaar: {signer}</translation>
    </message>
    <message>
        <source>signed: {time}</source>
        <translation>ondertekend: {time}</translation>
    </message>
    <message>
        <source>this station&apos;s certificate: {answer}</source>
        <translation>certificaat van dit station: {answer}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>show or set the school&apos;s and the station&apos;s names (R-SIG-5)</source>
        <translation>de naam van de school en van het station tonen of instellen (R-SIG-5)</translation>
    </message>
    <message>
        <source>the school&apos;s name, as reports print it</source>
        <translation>de naam van de school, zoals rapporten die afdrukken</translation>
    </message>
    <message>
        <source>the station&apos;s name, as reports print it</source>
        <translation>de naam van het station, zoals rapporten die afdrukken</translation>
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
        <translation>(nog niet ingesteld)</translation>
    </message>
    <message>
        <source>Saved. Reports name them from now on; a certificate made from now on carries them.</source>
        <translation>Opgeslagen. Rapporten noemen ze vanaf nu; een certificaat dat vanaf nu wordt gemaakt, draagt ze.</translation>
    </message>
    <message>
        <source>a session&apos;s events in order, with the check of the event chain</source>
        <translation>de gebeurtenissen van een afname op volgorde, met de controle van de gebeurtenisketen</translation>
    </message>
    <message>
        <source>Event chain intact: {count} events checked, head {head}.</source>
        <translation>Gebeurtenisketen intact: {count} gebeurtenissen gecontroleerd, kop {head}.</translation>
    </message>
    <message>
        <source>Event chain BROKEN: {reason}.</source>
        <translation>Gebeurtenisketen GEBROKEN: {reason}.</translation>
    </message>
    <message>
        <source>Session {session} has no events yet.</source>
        <translation>Afname {session} heeft nog geen gebeurtenissen.</translation>
    </message>
    <message>
        <source>the signers whose reports this station trusts (R-SIG-4)</source>
        <translation>de ondertekenaars van wie dit station de rapporten vertrouwt (R-SIG-4)</translation>
    </message>
    <message>
        <source>trust a certificate (PEM or DER), e.g. another station&apos;s of the school</source>
        <translation>een certificaat vertrouwen (PEM of DER), bijvoorbeeld dat van een ander station van de school</translation>
    </message>
    <message>
        <source>the certificate file (.pem, .crt or .cer)</source>
        <translation>het certificaatbestand (.pem, .crt of .cer)</translation>
    </message>
    <message>
        <source>list the trusted signers with their fingerprints</source>
        <translation>de vertrouwde ondertekenaars met hun vingerafdrukken tonen</translation>
    </message>
    <message>
        <source>add CERT or list</source>
        <translation>add CERT of list</translation>
    </message>
    <message>
        <source>a certificate file</source>
        <translation>een certificaatbestand</translation>
    </message>
    <message>
        <source>Trusted from now on: {subject} (SHA-256 {fingerprint}).</source>
        <translation>Vanaf nu vertrouwd: {subject} (SHA-256 {fingerprint}).</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>dit station</translation>
    </message>
    <message>
        <source>added by the beheerder</source>
        <translation>toegevoegd door de beheerder</translation>
    </message>
    <message>
        <source>This station trusts no signer yet: it has no certificate of its own.</source>
        <translation>Dit station vertrouwt nog geen ondertekenaar: het heeft nog geen eigen certificaat.</translation>
    </message>
    <message>
        <source>{fingerprint}  {subject} ({source}; valid until {until})</source>
        <translation>{fingerprint}  {subject} ({source}; geldig tot {until})</translation>
    </message>
    <message>
        <source>copy the whole station (database, keys file, certificates) into one file</source>
        <translation>het hele station (database, sleutelbestand, certificaten) naar één bestand kopiëren</translation>
    </message>
    <message>
        <source>restore a backup into an empty folder (--data-dir), after checking it</source>
        <translation>een back-up na controle terugzetten in een lege map (--data-dir)</translation>
    </message>
    <message>
        <source>the backup file to write (it must not exist yet)</source>
        <translation>het back-upbestand dat geschreven wordt (het mag nog niet bestaan)</translation>
    </message>
    <message>
        <source>the backup file made by &apos;examdesk backup&apos;</source>
        <translation>het back-upbestand gemaakt met &apos;examdesk backup&apos;</translation>
    </message>
    <message>
        <source>--out FILE: the backup file to write</source>
        <translation>--out BESTAND: het back-upbestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>the backup file and --data-dir DIR, the empty folder to restore into</source>
        <translation>het back-upbestand en --data-dir MAP, de lege map om in terug te zetten</translation>
    </message>
    <message>
        <source>&apos;examdesk restore&apos; needs --data-dir DIR: the empty or new folder to restore the station into.</source>
        <translation>&apos;examdesk restore&apos; heeft --data-dir MAP nodig: de lege of nieuwe map waarin het station wordt teruggezet.</translation>
    </message>
    <message>
        <source>Backup of station {station} written to {file}.</source>
        <translation>Back-up van station {station} geschreven naar {file}.</translation>
    </message>
    <message>
        <source>The backup of {created} was checked and restored into {path}. Start examdesk with --data-dir {path}.</source>
        <translation>De back-up van {created} is gecontroleerd en teruggezet in {path}. Start examdesk met --data-dir {path}.</translation>
    </message>
    <message>
        <source>This station keeps its keys in the system keyring, which a backup cannot hold: restored on another computer, its encrypted database cannot be opened until the keyring entries examdesk/{station} are copied there.</source>
        <translation>Dit station bewaart zijn sleutels in de sleutelbos van het systeem, en die kan niet in een back-up: teruggezet op een andere computer kan de versleutelde database pas worden geopend als de sleutelbosvermeldingen examdesk/{station} daarheen zijn gekopieerd.</translation>
    </message>
    <message>
        <source>the school&apos;s PostgreSQL server: set it up, connect to it, its state</source>
        <translation>de PostgreSQL-server van de school: inrichten, verbinden, stand van zaken</translation>
    </message>
    <message>
        <source>create or upgrade the school database on a PostgreSQL server (school IT, once; again changes nothing)</source>
        <translation>de schooldatabase op een PostgreSQL-server aanmaken of bijwerken (ICT van de school, eenmalig; opnieuw verandert niets)</translation>
    </message>
    <message>
        <source>connect this station to the school server</source>
        <translation>dit station met de schoolserver verbinden</translation>
    </message>
    <message>
        <source>what is still to be copied to the school server</source>
        <translation>wat nog naar de schoolserver gekopieerd moet worden</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DATABASE (the password from the keyring or EXAMDESK_SERVER_PASSWORD)</source>
        <translation>postgresql://GEBRUIKER@HOST[:POORT]/DATABASE (het wachtwoord uit de sleutelbos of EXAMDESK_SERVER_PASSWORD)</translation>
    </message>
    <message>
        <source>copy what waits to the school server now</source>
        <translation>kopieer nu wat wacht naar de schoolserver</translation>
    </message>
    <message>
        <source>the server&apos;s address, postgresql://USER@HOST/DATABASE</source>
        <translation>het adres van de server, postgresql://GEBRUIKER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>The school database at {url} is ready (schema {revision}). Give each station its own login in the role {role}, then connect it with &apos;examdesk server set&apos;.</source>
        <translation>De schooldatabase op {url} is klaar (schema {revision}). Geef elk station een eigen login in de rol {role} en verbind het daarna met &apos;examdesk server set&apos;.</translation>
    </message>
    <message>
        <source>This station now copies to the school server {url}; {pending} events wait to be copied.</source>
        <translation>Dit station kopieert nu naar de schoolserver {url}; {pending} gebeurtenissen wachten op kopiëren.</translation>
    </message>
    <message>
        <source>This station now copies to the school server {url}. It cannot be reached now ({reason}); the station keeps working and copies as soon as it can.</source>
        <translation>Dit station kopieert nu naar de schoolserver {url}. Die is nu niet bereikbaar ({reason}); het station werkt gewoon door en kopieert zodra het kan.</translation>
    </message>
    <message>
        <source>{copied} events copied to the school server {url}; {pending} still waiting.</source>
        <translation>{copied} gebeurtenissen gekopieerd naar de schoolserver {url}; {pending} wachten nog.</translation>
    </message>
    <message>
        <source>School server {url}: {pending} events waiting; last copied {when}.</source>
        <translation>Schoolserver {url}: {pending} gebeurtenissen wachten; laatst gekopieerd {when}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>This station is not connected to a school server.</source>
        <translation>Dit station is niet met een schoolserver verbonden.</translation>
    </message>
    <message>
        <source>carry a session to another station as one signed file, for a station without a network</source>
        <translation>een sessie als één ondertekend bestand naar een ander station brengen, voor een station zonder netwerk</translation>
    </message>
    <message>
        <source>write a session&apos;s signed transfer file (its events, chain and signed proces-verbaal)</source>
        <translation>het ondertekende overdrachtsbestand van een sessie schrijven (de gebeurtenissen, de keten en het ondertekende proces-verbaal)</translation>
    </message>
    <message>
        <source>check a transfer file (signer, chain, contents), then keep its session read-only</source>
        <translation>een overdrachtsbestand controleren (ondertekenaar, keten, inhoud) en de sessie daarna alleen-lezen bewaren</translation>
    </message>
    <message>
        <source>the session&apos;s id (as &apos;examdesk sessions&apos; lists it)</source>
        <translation>het id van de sessie (zoals &apos;examdesk sessions&apos; het toont)</translation>
    </message>
    <message>
        <source>the transfer file to write (it must not exist yet)</source>
        <translation>het overdrachtsbestand dat geschreven wordt (het mag nog niet bestaan)</translation>
    </message>
    <message>
        <source>the transfer file made by &apos;examdesk transfer export&apos;</source>
        <translation>het overdrachtsbestand gemaakt met &apos;examdesk transfer export&apos;</translation>
    </message>
    <message>
        <source>a session id and --out FILE: the transfer file to write</source>
        <translation>een sessie-id en --out BESTAND: het overdrachtsbestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>the transfer file to import</source>
        <translation>het overdrachtsbestand dat ingelezen wordt</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export of import</translation>
    </message>
    <message>
        <source>Transfer file of session {session} written to {file}: {events} events, the chain up to event {head}, signed by station {station}.</source>
        <translation>Overdrachtsbestand van sessie {session} geschreven naar {file}: {events} gebeurtenissen, de keten tot en met gebeurtenis {head}, ondertekend door station {station}.</translation>
    </message>
    <message>
        <source>Session {session} of station {station} imported from {file} ({events} events, its chain checked up to event {head}); it is kept read-only, apart from this station&apos;s own log.</source>
        <translation>Sessie {session} van station {station} ingelezen uit {file} ({events} gebeurtenissen, de keten gecontroleerd tot en met gebeurtenis {head}); ze wordt alleen-lezen bewaard, los van het eigen logboek van dit station.</translation>
    </message>
    <message>
        <source>Session {session} of station {station} brought up to date from {file} ({events} events, its chain checked up to event {head}).</source>
        <translation>Sessie {session} van station {station} bijgewerkt uit {file} ({events} gebeurtenissen, de keten gecontroleerd tot en met gebeurtenis {head}).</translation>
    </message>
    <message>
        <source>{file} was imported before: nothing changed (session {session} of station {station}).</source>
        <translation>{file} was al eerder ingelezen: er is niets veranderd (sessie {session} van station {station}).</translation>
    </message>
    <message>
        <source>This station already holds a later transfer file of session {session} of station {station}: {file} changed nothing.</source>
        <translation>Dit station heeft al een later overdrachtsbestand van sessie {session} van station {station}: {file} heeft niets veranderd.</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>The session started {minutes} minutes ago; a candidate may start at most {limit} minutes late. Only the examensecretaris can override this, with a reason.</source>
        <translation>De afname is {minutes} minuten geleden begonnen; een kandidaat mag hoogstens {limit} minuten te laat beginnen. Alleen de examensecretaris kan hiervan afwijken, met een reden.</translation>
    </message>
    <message>
        <source>This candidate&apos;s {granted} min of granted extra time is already on the clock, so another {minutes} min would be more time than granted, which is itself an irregularity. Only the examensecretaris can override this, with a reason.</source>
        <translation>De {granted} min toegekende extra tijd van deze kandidaat staat al op de klok; nog {minutes} min erbij is meer tijd dan toegekend, en dat is op zich een onregelmatigheid. Alleen de examensecretaris kan hiervan afwijken, met een reden.</translation>
    </message>
    <message>
        <source>This candidate was granted no extra time, so {minutes} min more would be more time than granted, which is itself an irregularity. Only the examensecretaris can override this, with a reason.</source>
        <translation>Deze kandidaat heeft geen extra tijd toegekend gekregen; {minutes} min erbij is meer tijd dan toegekend, en dat is op zich een onregelmatigheid. Alleen de examensecretaris kan hiervan afwijken, met een reden.</translation>
    </message>
    <message>
        <source>Give a number of minutes above zero.</source>
        <translation>Geef een aantal minuten groter dan nul.</translation>
    </message>
    <message>
        <source>The storing lasted {storing}; with {given} already compensated, at most {left} more can be given.</source>
        <translation>De storing duurde {storing}; met {given} al gecompenseerd kan er hoogstens {left} bij.</translation>
    </message>
    <message>
        <source>Compensation can be given once the storing has ended.</source>
        <translation>Compensatie kan pas worden gegeven als de storing voorbij is.</translation>
    </message>
    <message>
        <source>More than 30 minutes of extra time on one ground needs the CvTE consult (date and reference).</source>
        <translation>Meer dan 30 minuten extra tijd op één grond vraagt het overleg met het CvTE (datum en kenmerk).</translation>
    </message>
</context>
<context>
    <name>CloseInterruptedDialog</name>
    <message>
        <source>Closing the inzage…</source>
        <translation>De inzage wordt afgesloten…</translation>
    </message>
    <message>
        <source>Close the interrupted inzage</source>
        <translation>Onderbroken inzage afsluiten</translation>
    </message>
    <message>
        <source>The inzage of {name} is closed as interrupted. It counts against the half year only if you record that it does, with the reason.</source>
        <translation>De inzage van {name} wordt als onderbroken afgesloten. Ze telt alleen mee voor het halfjaar als u dat vastlegt, met de reden.</translation>
    </message>
    <message>
        <source>It counts against the half year</source>
        <translation>Telt mee voor het halfjaar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Close as interrupted</source>
        <translation>Afsluiten als onderbroken</translation>
    </message>
</context>
<context>
    <name>CloseSessionDialog</name>
    <message>
        <source>Closing the session…</source>
        <translation>Afname sluiten…</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Afname sluiten</translation>
    </message>
    <message>
        <source>Every candidate must have handed in, run out of time, left or been absent. Each surveillant of the session confirms with their own password. After closing, only the examensecretaris can add to the proces-verbaal.</source>
        <translation>Elke kandidaat moet hebben ingeleverd, door de tijd heen zijn, vertrokken zijn of afwezig zijn. Elke surveillant van de afname bevestigt met het eigen wachtwoord. Na het sluiten kan alleen de examensecretaris nog iets aan het proces-verbaal toevoegen.</translation>
    </message>
    <message>
        <source>Password of {user}</source>
        <translation>Wachtwoord van {user}</translation>
    </message>
    <message>
        <source>Close {group} ({code})</source>
        <translation>{group} ({code}) sluiten</translation>
    </message>
</context>
<context>
    <name>CompensationDialog</name>
    <message>
        <source>Loading the storingen…</source>
        <translation>Storingen laden…</translation>
    </message>
    <message>
        <source>from {start}, still going on</source>
        <translation>vanaf {start}, nog bezig</translation>
    </message>
    <message>
        <source>{start}–{end}: lasted {lasted} min, {given} min given</source>
        <translation>{start}–{end}: duurde {lasted} min, {given} min gegeven</translation>
    </message>
    <message>
        <source>Recording the compensation…</source>
        <translation>Compensatie vastleggen…</translation>
    </message>
    <message>
        <source>Compensation for a storing</source>
        <translation>Compensatie voor een storing</translation>
    </message>
    <message>
        <source>Give back the time the storing cost. It can be at most as long as the storing lasted.</source>
        <translation>Geef de tijd terug die de storing kostte. Dat is hoogstens zo lang als de storing duurde.</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Storing</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Give compensation</source>
        <translation>Compensatie geven</translation>
    </message>
</context>
<context>
    <name>ConsultDialog</name>
    <message>
        <source>CvTE consulted about more than 60 minutes of pauses; reference: {reference}</source>
        <translation>CvTE geraadpleegd over meer dan 60 minuten pauze; kenmerk: {reference}</translation>
    </message>
    <message>
        <source>Recording the consult…</source>
        <translation>Overleg vastleggen…</translation>
    </message>
    <message>
        <source>Consult the CvTE</source>
        <translation>Overleg met het CvTE</translation>
    </message>
    <message>
        <source>This candidate has had more than 60 minutes of pauses in total. The CvTE must be consulted.</source>
        <translation>Deze kandidaat heeft in totaal meer dan 60 minuten pauze gehad. Het CvTE moet worden geraadpleegd.</translation>
    </message>
    <message>
        <source>Ask the CvTE, then record the reference they give; it goes into the proces-verbaal as a remark. You can also do this later with Remark (R).</source>
        <translation>Vraag het CvTE en leg het kenmerk vast dat je krijgt; het komt als opmerking in het proces-verbaal. Je kunt dit ook later doen met Opmerking (R).</translation>
    </message>
    <message>
        <source>Consult reference</source>
        <translation>Kenmerk van het overleg</translation>
    </message>
    <message>
        <source>Record reference</source>
        <translation>Kenmerk vastleggen</translation>
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
        <translation>De vastgelegde gebeurtenissen worden geladen…</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>Er is nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>Recorded by {actor}: {text}</source>
        <translation>Vastgelegd door {actor}: {text}</translation>
    </message>
    <message>
        <source>Recording the correction…</source>
        <translation>Correctie vastleggen…</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>Nothing recorded is ever changed or removed: the correction is added to the proces-verbaal and names the event it corrects.</source>
        <translation>Wat is vastgelegd, wordt nooit gewijzigd of verwijderd: de correctie komt erbij in het proces-verbaal en noemt de gebeurtenis die zij corrigeert.</translation>
    </message>
    <message>
        <source>Event to correct</source>
        <translation>Te corrigeren gebeurtenis</translation>
    </message>
    <message>
        <source>What is right</source>
        <translation>Wat juist is</translation>
    </message>
    <message>
        <source>This event did not happen to this candidate: take it out of their clock</source>
        <translation>Dit is deze kandidaat niet overkomen: haal het uit de klok van de kandidaat</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Klok</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Correctie vastleggen</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n exam(s)</source>
        <translation>
            <numerusform>%n examen</numerusform>
            <numerusform>%n examens</numerusform>
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
            <numerusform>%n kandidaat</numerusform>
            <numerusform>%n kandidaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was/were already there</source>
        <translation>
            <numerusform>%n stond er al</numerusform>
            <numerusform>%n stonden er al</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Loading the candidates…</source>
        <translation>Kandidaten laden…</translation>
    </message>
    <message>
        <source>{candidate}: {what}</source>
        <translation>{candidate}: {what}</translation>
    </message>
    <message>
        <source>BSN check recorded: matches.</source>
        <translation>BSN-controle vastgelegd: komt overeen.</translation>
    </message>
    <message>
        <source>BSN check recorded: does not match. The candidate cannot start until the examensecretaris has corrected the roster and the check is done again.</source>
        <translation>BSN-controle vastgelegd: komt niet overeen. De kandidaat kan pas beginnen als de examensecretaris de kandidatenlijst heeft gecorrigeerd en de controle opnieuw is gedaan.</translation>
    </message>
    <message>
        <source>roster corrected. Do the BSN check again.</source>
        <translation>kandidatenlijst gecorrigeerd. Doe de BSN-controle opnieuw.</translation>
    </message>
    <message>
        <source>Started as a late arrival at {time}: {names}.</source>
        <translation>Om {time} gestart als laatkomer: {names}.</translation>
    </message>
    <message>
        <source>Started at {time}: {names}.</source>
        <translation>Om {time} gestart: {names}.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>paused at {time}; the clock stands still.</source>
        <translation>om {time} met pauze; de klok staat stil.</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Pauze vastleggen…</translation>
    </message>
    <message>
        <source>back at work at {time}.</source>
        <translation>om {time} weer aan het werk.</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Hervatten…</translation>
    </message>
    <message>
        <source>CvTE consult recorded.</source>
        <translation>Overleg met het CvTE vastgelegd.</translation>
    </message>
    <message>
        <source>{minutes} min extra time given.</source>
        <translation>{minutes} min verlenging gegeven.</translation>
    </message>
    <message>
        <source>storing ended. Give compensation with Compensation (C) if time was lost.</source>
        <translation>storing voorbij. Geef compensatie met Compensatie (C) als er tijd verloren ging.</translation>
    </message>
    <message>
        <source>storing begun; the clock goes on.</source>
        <translation>storing begonnen; de klok loopt door.</translation>
    </message>
    <message>
        <source>{minutes} min compensation given.</source>
        <translation>{minutes} min compensatie gegeven.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Absent: {candidates}</source>
        <translation>{candidates} afwezig melden</translation>
    </message>
    <message>
        <source>Recording the hand-in…</source>
        <translation>Inleveren vastleggen…</translation>
    </message>
    <message>
        <source>left early, ill. Open the irregularity case now, or later under Cases.</source>
        <translation>ziek eerder vertrokken. Open nu de zaak over deze onregelmatigheid, of later onder Onregelmatigheden.</translation>
    </message>
    <message>
        <source>left early, ill. The examensecretaris can open an irregularity case for this (wettige verhindering) under Cases; tell them now.</source>
        <translation>ziek eerder vertrokken. De examensecretaris kan hiervoor onder Onregelmatigheden een zaak openen (wettige verhindering); meld het nu.</translation>
    </message>
    <message>
        <source>left early.</source>
        <translation>vertrokken.</translation>
    </message>
    <message>
        <source>Irregularity case {case} opened; follow it under Cases.</source>
        <translation>Zaak {case} over de onregelmatigheid geopend; volg die onder Onregelmatigheden.</translation>
    </message>
    <message>
        <source>Absent: {names}.</source>
        <translation>Afwezig: {names}.</translation>
    </message>
    <message>
        <source>Recording the absence…</source>
        <translation>Afwezigheid vastleggen…</translation>
    </message>
    <message>
        <source>Handed in at {time}: {names}.</source>
        <translation>Ingeleverd om {time}: {names}.</translation>
    </message>
    <message>
        <source>{candidates}: hands in now. The exam ends; this cannot be undone.</source>
        <translation>{candidates} levert nu in. Het examen is dan afgelopen; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Hand in: {candidates}</source>
        <translation>{candidates} inleveren</translation>
    </message>
    <message>
        <source>Record as absent: {names}. They cannot start after this.</source>
        <translation>Als afwezig vastleggen: {names}. Daarna kunnen ze niet meer beginnen.</translation>
    </message>
    <message>
        <source>Melding recorded.</source>
        <translation>Melding vastgelegd.</translation>
    </message>
    <message>
        <source>Irregularity recorded.</source>
        <translation>Onregelmatigheid vastgelegd.</translation>
    </message>
    <message>
        <source>Remark recorded.</source>
        <translation>Opmerking vastgelegd.</translation>
    </message>
    <message>
        <source>Correction recorded.</source>
        <translation>Correctie vastgelegd.</translation>
    </message>
    <message>
        <source>The session is closed. Its proces-verbaal is complete.</source>
        <translation>De afname is gesloten. Het proces-verbaal is compleet.</translation>
    </message>
    <message>
        <source>{group} ({code})</source>
        <translation>{group} ({code})</translation>
    </message>
    <message>
        <source>{exam} · {date} from {time} · {location} · surveillants: {surveillants} · {state}</source>
        <translation>{exam} · {date} vanaf {time} · {location} · surveillanten: {surveillants} · {state}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>closed: nothing can be recorded here any more</source>
        <translation>gesloten: hier kan niets meer worden vastgelegd</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>nog niet begonnen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>loopt</translation>
    </message>
    <message>
        <source>Clock warning: the computer&apos;s clock went back {seconds} seconds at {time} ({times}). The station recorded it. Remaining times follow the event log; check the clock with the examensecretaris.</source>
        <translation>Klokwaarschuwing: de klok van de computer ging om {time} {seconds} seconden terug ({times}). Het station heeft dit vastgelegd. De resterende tijden volgen het gebeurtenissenlogboek; controleer de klok met de examensecretaris.</translation>
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
        <translation>Er kan niets worden vastgelegd: de afname is {state}.</translation>
    </message>
    <message>
        <source>Selected: {candidate} ({state})</source>
        <translation>Gekozen: {candidate} ({state})</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Gekozen: {count}</translation>
    </message>
    <message>
        <source>Select a candidate in the table (several with Ctrl or Shift to start them together).</source>
        <translation>Kies een kandidaat in de tabel (meerdere met Ctrl of Shift om ze samen te starten).</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Afname:</translation>
    </message>
    <message>
        <source>Proces-verbaal</source>
        <translation>Proces-verbaal</translation>
    </message>
    <message>
        <source>The session&apos;s proces-verbaal so far: timelines and every recorded event (Ctrl+P)</source>
        <translation>Het proces-verbaal van de afname tot nu toe: tijdlijnen en alles wat is vastgelegd (Ctrl+P)</translation>
    </message>
    <message>
        <source>Room view</source>
        <translation>Zaalweergave</translation>
    </message>
    <message>
        <source>Large remaining times for the whole room, who needs attention first (F10)</source>
        <translation>Grote resterende tijden voor de hele zaal, wie aandacht nodig heeft eerst (F10)</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n kandidaat</numerusform>
            <numerusform>%n kandidaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) today</source>
        <translation>
            <numerusform>%n keer vandaag</numerusform>
            <numerusform>%n keer vandaag</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up: {names}.</source>
        <translation>De tijd is om: {names}.</translation>
    </message>
    <message>
        <source>Five minutes left: {names}.</source>
        <translation>Nog vijf minuten: {names}.</translation>
    </message>
    <message>
        <source>← Sessions ({keys})</source>
        <translation>← Afnames ({keys})</translation>
    </message>
    <message>
        <source>Back to the sessions</source>
        <translation>Terug naar de afnames</translation>
    </message>
    <message>
        <source>Time now</source>
        <translation>Tijd nu</translation>
    </message>
    <message>
        <source>Filter by name or number (Ctrl+F)</source>
        <translation>Zoek op naam of nummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter candidates</source>
        <translation>Kandidaten zoeken</translation>
    </message>
    <message>
        <source>Candidates and their clocks</source>
        <translation>Kandidaten en hun klokken</translation>
    </message>
    <message>
        <source>Columns of the candidates table</source>
        <translation>Kolommen van de tabel met kandidaten</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remaining time</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Storingen</source>
        <translation>Storingen</translation>
    </message>
    <message>
        <source>BSN check</source>
        <translation>BSN-controle</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Accommodations</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>niet gestart</translation>
    </message>
    <message>
        <source>working</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pauze</translation>
    </message>
    <message>
        <source>handed in</source>
        <translation>ingeleverd</translation>
    </message>
    <message>
        <source>time up</source>
        <translation>tijd om</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>vertrokken</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
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
        <translation>Afwijking door de examensecretaris (zie het proces-verbaal): {rules}</translation>
    </message>
    <message>
        <source>Base end {base}; with the {granted} min granted: {end}.</source>
        <translation>Gewoon einde {base}; met de {granted} min toegekend: {end}.</translation>
    </message>
    <message>
        <source>More time than granted: {applied} min beyond the {granted} min, by the examensecretaris.</source>
        <translation>Meer tijd dan toegekend: {applied} min boven de {granted} min, door de examensecretaris.</translation>
    </message>
    <message>
        <source>{granted} min granted, on the clock from the start.</source>
        <translation>{granted} min toegekend, vanaf de start op de klok.</translation>
    </message>
    <message>
        <source>{minutes}, consult CvTE</source>
        <translation>{minutes}, CvTE raadplegen</translation>
    </message>
    <message>
        <source>{count} (going on)</source>
        <translation>{count} (loopt nog)</translation>
    </message>
    <message>
        <source>✓ checked</source>
        <translation>✓ gecontroleerd</translation>
    </message>
    <message>
        <source>✗ mismatch</source>
        <translation>✗ afwijkend</translation>
    </message>
    <message>
        <source>VSV expired</source>
        <translation>VSV verlopen</translation>
    </message>
    <message>
        <source>VSV missing</source>
        <translation>VSV ontbreekt</translation>
    </message>
    <message>
        <source>{time} remaining</source>
        <translation>nog {time}</translation>
    </message>
    <message>
        <source>BSN not checked yet</source>
        <translation>BSN nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>{name}, overridden by the examensecretaris</source>
        <translation>{name}, afwijking door de examensecretaris</translation>
    </message>
    <message>
        <source>no accommodations</source>
        <translation>geen voorzieningen</translation>
    </message>
    <message>
        <source>The time this candidate gets once started (without extra time).</source>
        <translation>De tijd die deze kandidaat krijgt na de start (zonder verlenging).</translation>
    </message>
    <message>
        <source>Paused since {time}: the clock stands still.</source>
        <translation>Pauze sinds {time}: de klok staat stil.</translation>
    </message>
    <message>
        <source>More than an hour of pauses in total: the CvTE must be consulted; record the consult reference as a remark.</source>
        <translation>In totaal meer dan een uur pauze: het CvTE moet worden geraadpleegd; leg het kenmerk van het overleg vast als opmerking.</translation>
    </message>
    <message>
        <source>Compensation given: {minutes} min</source>
        <translation>Compensatie gegeven: {minutes} min</translation>
    </message>
    <message>
        <source>The BSN did not match the ID document. The examensecretaris corrects the roster; then check again.</source>
        <translation>Het BSN kwam niet overeen met het identiteitsbewijs. De examensecretaris corrigeert de kandidatenlijst; controleer daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is not an examdesk database. Nothing was changed; choose another data folder with --data-dir.</source>
        <translation>{path} is geen examdesk-database. Er is niets veranderd; kies een andere gegevensmap met --data-dir.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({reason}). Nothing was changed; restore it from {backups}.</source>
        <translation>De database {path} kan niet worden gelezen ({reason}). Er is niets veranderd; zet de database terug uit {backups}.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer examdesk (schema {revision}). Install that version or newer; this one does not change the database.</source>
        <translation>De database {path} is gemaakt door een nieuwere examdesk (schema {revision}). Installeer die versie of een nieuwere; deze versie verandert de database niet.</translation>
    </message>
    <message>
        <source>Updating the database {path} failed ({reason}). It was left as it was; a copy is in {backup}.</source>
        <translation>Het bijwerken van de database {path} is mislukt ({reason}). De database is gelaten zoals hij was; een kopie staat in {backup}.</translation>
    </message>
    <message>
        <source>There is no station database in {path} yet. {reason}</source>
        <translation>Er is nog geen stationsdatabase in {path}. {reason}</translation>
    </message>
    <message>
        <source>The database {path} is at schema {found} and this examdesk reads schema {needed}: it cannot be read without updating it, and only the window that holds it may do that. {reason}</source>
        <translation>De database {path} heeft schema {found} en deze examdesk leest schema {needed}: hij is niet te lezen zonder hem bij te werken, en dat mag alleen het venster dat hem geopend heeft. {reason}</translation>
    </message>
    <message>
        <source>The database {path} could not be copied aside before its update ({reason}). Nothing was changed.</source>
        <translation>De database {path} kon vóór het bijwerken niet apart worden gekopieerd ({reason}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full. Nothing was lost: what was being saved now was not saved, everything saved before is intact. Free some space on that disk (old exported reports, backups you have copied elsewhere, other programs&apos; files) and do it again.</source>
        <translation>De schijf waarop {folder} staat is vol. Er is niets verloren: wat nu werd opgeslagen is niet opgeslagen, alles wat eerder is opgeslagen is intact. Maak ruimte vrij op die schijf (oude geëxporteerde rapporten, back-ups die u elders hebt bewaard, bestanden van andere programma&apos;s) en doe het opnieuw.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with this station&apos;s key: it is encrypted with another key, or it is damaged. Nothing was changed. Open it with the key file or keyring of the station that made it, or restore the station from its backup.</source>
        <translation>De database {path} kan niet worden geopend met de sleutel van dit station: hij is met een andere sleutel versleuteld, of hij is beschadigd. Er is niets gewijzigd. Open hem met het sleutelbestand of de sleutelbos van het station dat hem heeft gemaakt, of zet het station terug uit zijn back-up.</translation>
    </message>
    <message>
        <source>The database {path} could not be encrypted ({reason}). It was left as it was, unencrypted; start examdesk again to retry.</source>
        <translation>De database {path} kon niet worden versleuteld ({reason}). Hij is gelaten zoals hij was, onversleuteld; start examdesk opnieuw om het nog eens te proberen.</translation>
    </message>
    <message>
        <source>event {seq} of station {station} names the candidate “{value}”, which is not a candidate id (a whole number), so the candidate ids cannot be stored as numbers</source>
        <translation>gebeurtenis {seq} van station {station} noemt de kandidaat „{value}”, en dat is geen kandidaat-id (een geheel getal), dus de kandidaat-id’s kunnen niet als getal worden opgeslagen</translation>
    </message>
    <message>
        <source>the copied event {seq} of station {station} names the candidate “{value}”, which is not a candidate id (a whole number), so the candidate ids cannot be stored as numbers</source>
        <translation>de gekopieerde gebeurtenis {seq} van station {station} noemt de kandidaat „{value}”, en dat is geen kandidaat-id (een geheel getal), dus de kandidaat-id’s kunnen niet als getal worden opgeslagen</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The folder {path} already holds an examdesk database; demo data goes only into a new folder.</source>
        <translation>De map {path} bevat al een examdesk-database; demogegevens gaan alleen in een nieuwe map.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>examdesk needs a screen, and there is none here: neither DISPLAY nor WAYLAND_DISPLAY is set. Start it from a desktop session (the commands work without one; see &apos;examdesk --help&apos;).</source>
        <translation>examdesk heeft een beeldscherm nodig en dat is er hier niet: DISPLAY en WAYLAND_DISPLAY zijn geen van beide gezet. Start het vanuit een bureaubladsessie (de opdrachten werken ook zonder; zie &apos;examdesk --help&apos;).</translation>
    </message>
    <message>
        <source>examdesk needs a screen, but the display {display} does not answer. Start it from a desktop session (the commands work without one; see &apos;examdesk --help&apos;).</source>
        <translation>examdesk heeft een beeldscherm nodig, maar het beeldscherm {display} antwoordt niet. Start het vanuit een bureaubladsessie (de opdrachten werken ook zonder; zie &apos;examdesk --help&apos;).</translation>
    </message>
    <message>
        <source>examdesk cannot open a window on X11 without the library libxcb-cursor0: install it (sudo apt install libxcb-cursor0) and try again.</source>
        <translation>examdesk kan op X11 geen venster openen zonder de bibliotheek libxcb-cursor0: installeer die (sudo apt install libxcb-cursor0) en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>Wat is vastgelegd</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>ADDENDUM</source>
        <translation>AANVULLING</translation>
    </message>
    <message>
        <source>Corrected by {numbers}.</source>
        <translation>Gecorrigeerd door {numbers}.</translation>
    </message>
    <message>
        <source>No longer counts for the clock.</source>
        <translation>Telt niet meer mee voor de klok.</translation>
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
        <translation>examdesk liep tegen een interne fout aan en kon dit niet afmaken. De details staan in {log}.</translation>
    </message>
    <message>
        <source>examdesk: problem</source>
        <translation>examdesk: probleem</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>EventChain</name>
    <message>
        <source>event {seq} of station {station} follows event {previous}: events are missing</source>
        <translation>gebeurtenis {seq} van station {station} volgt op gebeurtenis {previous}: er ontbreken gebeurtenissen</translation>
    </message>
    <message>
        <source>event {seq} of station {station} does not point to the event before it: the chain was cut or reordered</source>
        <translation>gebeurtenis {seq} van station {station} verwijst niet naar de gebeurtenis ervoor: de keten is doorgeknipt of van volgorde veranderd</translation>
    </message>
    <message>
        <source>event {seq} of station {station} no longer matches its hash: it was changed after it was recorded</source>
        <translation>gebeurtenis {seq} van station {station} klopt niet meer met haar hash: ze is na het vastleggen veranderd</translation>
    </message>
    <message>
        <source>the first event of station {station} has number {seq} instead of 1</source>
        <translation>de eerste gebeurtenis van station {station} heeft nummer {seq} in plaats van 1</translation>
    </message>
    <message>
        <source>event {seq} of station {station} does not carry the station&apos;s key: it was changed and re-hashed by someone without the key</source>
        <translation>gebeurtenis {seq} van station {station} draagt de sleutel van het station niet: ze is gewijzigd en opnieuw gehasht door iemand zonder de sleutel</translation>
    </message>
    <message>
        <source>event {seq} of station {station} was added after the last event the station itself confirmed ({anchor}) by someone without the station&apos;s key: a forged append</source>
        <translation>gebeurtenis {seq} van station {station} is na de laatste gebeurtenis die het station zelf bevestigde ({anchor}) toegevoegd door iemand zonder de sleutel van het station: een vervalste toevoeging</translation>
    </message>
    <message>
        <source>event {seq} of station {station} was recorded as row {recorded} but is now row {row}: row ids were swapped or renumbered, so references to them (VOVs, inzages, corrections) point elsewhere</source>
        <translation>gebeurtenis {seq} van station {station} is vastgelegd als rij {recorded} maar is nu rij {row}: rijnummers zijn verwisseld of vernummerd, zodat verwijzingen ernaar (VOV&apos;s, inzages, correcties) ergens anders heen wijzen</translation>
    </message>
    <message>
        <source>the events 1 to {through} of station {station}, recorded before the chain was keyed, were changed, re-hashed or renumbered after they were sealed</source>
        <translation>de gebeurtenissen 1 tot en met {through} van station {station}, vastgelegd voordat de keten een sleutel kreeg, zijn na hun verzegeling gewijzigd, opnieuw gehasht of vernummerd</translation>
    </message>
    <message>
        <source>the log of station {station} ends at event {seq}, but the station had recorded {anchor} events: events were removed from the end (or an older copy of the database was put back)</source>
        <translation>het logboek van station {station} eindigt bij gebeurtenis {seq}, maar het station had {anchor} gebeurtenissen vastgelegd: er zijn gebeurtenissen van het eind verwijderd (of een oudere kopie van de database is teruggezet)</translation>
    </message>
    <message>
        <source>event {seq} of station {station} is not the event the station recorded with that number: the chain was replaced</source>
        <translation>gebeurtenis {seq} van station {station} is niet de gebeurtenis die het station met dat nummer vastlegde: de keten is vervangen</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>There is no event {id} to correct.</source>
        <translation>Er is geen gebeurtenis {id} om te corrigeren.</translation>
    </message>
    <message>
        <source>This session was held on station {station} and is shown here as a read-only copy: record on that station.</source>
        <translation>Deze afname is gehouden op station {station} en wordt hier als alleen-lezen kopie getoond: leg vast op dat station.</translation>
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
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Max. points</source>
        <translation>Max. punten</translation>
    </message>
    <message>
        <source>Points per section</source>
        <translation>Punten per onderdeel</translation>
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
        <translation>overig</translation>
    </message>
    <message>
        <source>Wft PE exam or Bijzonder Examen: accommodations need a valid VSV, except large print and magnifier</source>
        <translation>Wft-PE-examen of Bijzonder Examen: voorzieningen vragen een geldige VSV, behalve grootbeeld en loepfunctie</translation>
    </message>
    <message>
        <source>Centraal examen</source>
        <translation>Centraal examen</translation>
    </message>
    <message>
        <source>Another kind of exam</source>
        <translation>Een ander soort examen</translation>
    </message>
    <message>
        <source>knowledge</source>
        <translation>kennis/begrip</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>vaardigheden</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>generiek</translation>
    </message>
    <message>
        <source>without section</source>
        <translation>zonder onderdeel</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>meerkeuze</translation>
    </message>
    <message>
        <source>multiple select</source>
        <translation>meerdere antwoorden</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numeriek</translation>
    </message>
    <message>
        <source>drop-down lists</source>
        <translation>keuzelijsten</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>volgorde</translation>
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
        <translation>Examens</translation>
    </message>
    <message>
        <source>Loading the exams…</source>
        <translation>Examens laden…</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>Kandidatenlijst laden…</translation>
    </message>
    <message>
        <source>On this station: {exams}, {groups}, {candidates}</source>
        <translation>Op dit station: {exams}, {groups}, {candidates}</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Choose an afnamegroep above to see its candidates.</source>
        <translation>Kies hierboven een afnamegroep om de kandidaten te zien.</translation>
    </message>
    <message>
        <source>Candidates of {name} ({code})</source>
        <translation>Kandidaten van {name} ({code})</translation>
    </message>
    <message>
        <source>This afnamegroep has no candidates yet; import its roster from a CSV file.</source>
        <translation>Deze afnamegroep heeft nog geen kandidaten; importeer de kandidatenlijst uit een CSV-bestand.</translation>
    </message>
    <message>
        <source>{candidates} · ISD melding needed: {isd} · VSV expired or missing: {vsv}</source>
        <translation>{candidates} · ISD-melding nodig: {isd} · VSV verlopen of ontbrekend: {vsv}</translation>
    </message>
    <message>
        <source>Here you see the exams on this station, the afnamegroepen that sit them, and each group&apos;s candidates with their accommodations, the validity of their VSV and the ISD meldingen to make. Exams and groups come from an exam package.</source>
        <translation>Hier zie je de examens op dit station, de afnamegroepen die ze maken, en per groep de kandidaten met hun voorzieningen, de geldigheid van hun VSV en de ISD-meldingen die gedaan moeten worden. Examens en groepen komen uit een examenpakket.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Wat je nu kunt doen</translation>
    </message>
    <message>
        <source>No exams on this station yet. Import an exam package (a .json or .zip file). Everything in it is checked first; a package with any problem changes nothing.</source>
        <translation>Er zijn nog geen examens op dit station. Importeer een examenpakket (een .json- of .zip-bestand). Alles erin wordt eerst gecontroleerd; een pakket met ook maar één probleem verandert niets.</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>Pakket importeren…</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Kandidatenlijst importeren…</translation>
    </message>
    <message>
        <source>Add candidates from a CSV file to the selected afnamegroep</source>
        <translation>Kandidaten uit een CSV-bestand toevoegen aan de gekozen afnamegroep</translation>
    </message>
    <message>
        <source>Afnamegroepen</source>
        <translation>Afnamegroepen</translation>
    </message>
    <message>
        <source>Columns of the exams table</source>
        <translation>Kolommen van de examentabel</translation>
    </message>
    <message>
        <source>Columns of the afnamegroepen table</source>
        <translation>Kolommen van de tabel met afnamegroepen</translation>
    </message>
    <message>
        <source>Columns of the roster</source>
        <translation>Kolommen van de kandidatenlijst</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Loading the meldingen…</source>
        <translation>De meldingen worden geladen…</translation>
    </message>
    <message>
        <source>Making and signing the report…</source>
        <translation>Het rapport wordt gemaakt en ondertekend…</translation>
    </message>
    <message>
        <source>Signed report saved as {path}.</source>
        <translation>Ondertekend rapport opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>whole group</source>
        <translation>hele groep</translation>
    </message>
    <message>
        <source>{time} · melding {number} · {kind} · {who}</source>
        <translation>{time} · melding {number} · {kind} · {who}</translation>
    </message>
    <message>
        <source>question {numbers}</source>
        <translation>vraag {numbers}</translation>
    </message>
    <message>
        <source>Export a signed report</source>
        <translation>Ondertekend rapport exporteren</translation>
    </message>
    <message>
        <source>Session {group}, {exam}. The report is saved as a PDF signed by this station, so that any change to it afterwards shows.</source>
        <translation>Afname {group}, {exam}. Het rapport wordt opgeslagen als pdf, ondertekend door dit station, zodat elke latere wijziging zichtbaar wordt.</translation>
    </message>
    <message>
        <source>The proces-verbaal of this session</source>
        <translation>Het proces-verbaal van deze afname</translation>
    </message>
    <message>
        <source>The verklaring van ordentelijk verloop (VOV) of a melding</source>
        <translation>De verklaring van ordentelijk verloop (VOV) van een melding</translation>
    </message>
    <message>
        <source>Meldingen of this session</source>
        <translation>Meldingen van deze afname</translation>
    </message>
    <message>
        <source>This session has no meldingen.</source>
        <translation>Deze afname heeft geen meldingen.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it with the new report?</source>
        <translation>{name} bestaat al in {folder}. Vervangen door het nieuwe rapport?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Keep the existing file</source>
        <translation>Het bestaande bestand houden</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>De pdf openen zodra hij klaar is</translation>
    </message>
    <message>
        <source>Export and sign</source>
        <translation>Exporteren en ondertekenen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Export the signed inzage report</source>
        <translation>Ondertekend inzageverslag exporteren</translation>
    </message>
    <message>
        <source>Inzage {number} of {candidate} ({exam}), conducted by {person}. The report lists the items opened and whether the key or marking scheme was shown; it holds no question text.</source>
        <translation>Inzage {number} van {candidate} ({exam}), afgenomen door {person}. Het verslag noemt de geopende vragen en of de sleutel of het correctievoorschrift is getoond; het bevat geen vraagtekst.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Recording the extra time…</source>
        <translation>Verlenging vastleggen…</translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>The {granted} min granted are on the clock from the start. More is more time than granted, itself an irregularity: only the examensecretaris can decide it, with a written reason.</source>
        <translation>De {granted} toegekende minuten staan vanaf de start op de klok. Meer is meer tijd dan toegekend, op zich al een onregelmatigheid: alleen de examensecretaris kan dat beslissen, met een geschreven reden.</translation>
    </message>
    <message>
        <source>This candidate was granted no extra time. Any extra time is more time than granted, itself an irregularity: only the examensecretaris can decide it, with a written reason.</source>
        <translation>Deze kandidaat heeft geen extra tijd toegekend gekregen. Elke verlenging is meer tijd dan toegekend, op zich al een onregelmatigheid: alleen de examensecretaris kan dat beslissen, met een geschreven reden.</translation>
    </message>
    <message>
        <source>Extra minutes</source>
        <translation>Extra minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reason to go beyond the grant</source>
        <translation>Reden om boven de toekenning te gaan</translation>
    </message>
    <message>
        <source>Give extra time</source>
        <translation>Verlenging geven</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>{path} is a folder; add a file name after it.</source>
        <translation>{path} is een map; zet er een bestandsnaam achter.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Bestand kiezen</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Access to {path} could not be limited to {user}: {reason}. Other users of this computer may be able to read it: ask IT to remove their access.</source>
        <translation>Toegang tot {path} kon niet worden beperkt tot {user}: {reason}. Andere gebruikers van deze computer kunnen het misschien lezen: vraag de ICT-afdeling hun toegang weg te halen.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Account aanmaken…</translation>
    </message>
    <message>
        <source>Welcome: create the first account</source>
        <translation>Welkom: maak het eerste account aan</translation>
    </message>
    <message>
        <source>This station has no accounts yet. The first account is the beheerder (administrator), who then creates the accounts of the surveillanten and the examensecretaris.</source>
        <translation>Dit station heeft nog geen accounts. Het eerste account is dat van de beheerder, die daarna de accounts van de surveillanten en de examensecretaris aanmaakt.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>for example: jvisser</source>
        <translation>bijvoorbeeld: jvisser</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <source>Create account and sign in</source>
        <translation>Account aanmaken en aanmelden</translation>
    </message>
</context>
<context>
    <name>FirstSetupDialog</name>
    <message>
        <source>Saving the names…</source>
        <translation>De namen worden bewaard…</translation>
    </message>
    <message>
        <source>This station&apos;s names</source>
        <translation>De namen van dit station</translation>
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
        <translation>Elk ondertekend verslag noemt de school en het station waarop het is gemaakt. Geef ze nu; u kunt ze later wijzigen onder Beheer.</translation>
    </message>
    <message>
        <source>Save the names</source>
        <translation>Namen bewaren</translation>
    </message>
    <message>
        <source>Saved: {school}, station {station}.</source>
        <translation>Bewaard: {school}, station {station}.</translation>
    </message>
    <message>
        <source>What comes next, under Beheer:
1. Make an account for the examensecretaris and for each surveillant (New account…).
2. Make or import the certificate the reports are signed with (Certificate).
3. The examensecretaris then imports the exam package under Exams (Import…).</source>
        <translation>Wat nu komt, onder Beheer:
1. Maak een account voor de examensecretaris en voor elke surveillant (Nieuw account…).
2. Maak of importeer het certificaat waarmee de verslagen worden ondertekend (Certificaat).
3. Daarna importeert de examensecretaris het examenpakket onder Examens (Importeren…).</translation>
    </message>
    <message>
        <source>To Beheer</source>
        <translation>Naar Beheer</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>ISD meldingen</source>
        <translation>ISD-meldingen</translation>
    </message>
    <message>
        <source>Second sitting of</source>
        <translation>Tweede zitting van</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>ziekenhuis</translation>
    </message>
    <message>
        <source>exam centre</source>
        <translation>examencentrum</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>elders</translation>
    </message>
    <message>
        <source>second sitting of {group}</source>
        <translation>tweede zitting van {group}</translation>
    </message>
    <message>
        <source>No candidate in this group needs an ISD melding.</source>
        <translation>Geen kandidaat in deze groep heeft een ISD-melding nodig.</translation>
    </message>
    <message>
        <source>{count} of {total} candidates have an accommodation that must be reported to the Inspectie (ISD melding).</source>
        <translation>{count} van de {total} kandidaten hebben een voorziening die aan de Inspectie gemeld moet worden (ISD-melding).</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>Wat is vastgelegd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Correction of {step}</source>
        <translation>Correctie van {step}</translation>
    </message>
    <message>
        <source>{facts} (corrected later)</source>
        <translation>{facts} (later gecorrigeerd)</translation>
    </message>
    <message>
        <source>{facts} Why corrected: {reason}</source>
        <translation>{facts} Reden van de correctie: {reason}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{path} was not imported: {count} problems. Nothing was changed.</source>
        <translation>{path} is niet geïmporteerd: {count} problemen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{path} was not imported: 1 problem. Nothing was changed.</source>
        <translation>{path} is niet geïmporteerd: 1 probleem. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{path} cannot be scored: {count} problems.</source>
        <translation>{path} kan niet worden gescoord: {count} problemen.</translation>
    </message>
    <message>
        <source>{path} cannot be scored: 1 problem.</source>
        <translation>{path} kan niet worden gescoord: 1 probleem.</translation>
    </message>
    <message>
        <source>{path} is not an examdesk package: {problem}.</source>
        <translation>{path} is geen examdesk-pakket: {problem}.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>the file cannot be read: {reason}</source>
        <translation>het bestand kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>the file is {size} MB; a package may be at most {limit} MB</source>
        <translation>het bestand is {size} MB; een pakket mag hoogstens {limit} MB zijn</translation>
    </message>
    <message>
        <source>the zip archive is damaged or not a zip archive</source>
        <translation>het zip-archief is beschadigd of geen zip-archief</translation>
    </message>
    <message>
        <source>the zip archive has no package.json</source>
        <translation>het zip-archief bevat geen package.json</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>het bestand is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>this is not valid JSON: {detail} (line {line}, column {column})</source>
        <translation>dit is geen geldige JSON: {detail} (regel {line}, kolom {column})</translation>
    </message>
    <message>
        <source>this is a folder, not a package file</source>
        <translation>dit is een map, geen pakketbestand</translation>
    </message>
    <message>
        <source>exam {code} is already on this station with different content; a changed exam needs a new code</source>
        <translation>examen {code} staat al op dit station met een andere inhoud; een gewijzigd examen krijgt een nieuwe code</translation>
    </message>
    <message>
        <source>afnamegroep {code} is already on this station with other details</source>
        <translation>afnamegroep {code} staat al op dit station met andere gegevens</translation>
    </message>
    <message>
        <source>candidate {number} is already on the roster of {group} with other details; the examensecretaris corrects a roster on the station</source>
        <translation>kandidaat {number} staat al op de lijst van {group} met andere gegevens; de examensecretaris corrigeert een kandidatenlijst op het station</translation>
    </message>
    <message>
        <source>the result of candidate {number} for exam {exam} is already on this station with other answers</source>
        <translation>het resultaat van kandidaat {number} voor examen {exam} staat al op dit station met andere antwoorden</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it from the spreadsheet as &apos;CSV UTF-8&apos;</source>
        <translation>het bestand is geen UTF-8-tekst; sla het in het rekenblad op als &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>the first row must name the columns {columns}, separated by semicolons</source>
        <translation>de eerste rij moet de kolommen {columns} noemen, gescheiden door puntkomma’s</translation>
    </message>
    <message>
        <source>this row has {count} cells; it needs 3 or 4 (number;name;bsn;accommodations)</source>
        <translation>deze rij heeft {count} cellen; er zijn er 3 of 4 nodig (number;name;bsn;accommodations)</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rij {row}</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>rij {row}, kolom {column}</translation>
    </message>
    <message>
        <source>the file has no candidates</source>
        <translation>het bestand bevat geen kandidaten</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an accommodation; write kind, kind:minutes, kind:minutes:basis or kind:minutes:basis:YYYY-MM-DD, separated by |</source>
        <translation>&apos;{value}&apos; is geen voorziening; schrijf soort, soort:minuten, soort:minuten:grond of soort:minuten:grond:JJJJ-MM-DD, gescheiden door |</translation>
    </message>
    <message>
        <source>there is no afnamegroep &apos;{code}&apos; on this station</source>
        <translation>er is geen afnamegroep &apos;{code}&apos; op dit station</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>the file is {encoding} text, not UTF-8; save it as UTF-8 (in a spreadsheet: &apos;CSV UTF-8&apos;)</source>
        <translation>het bestand is {encoding}-tekst, geen UTF-8; sla het op als UTF-8 (in een spreadsheet: &apos;CSV UTF-8&apos;)</translation>
    </message>
    <message>
        <source>the file holds NUL bytes: it is probably UTF-16 text without a byte order mark; save it from the spreadsheet as &apos;CSV UTF-8&apos;</source>
        <translation>het bestand bevat NUL-bytes: het is waarschijnlijk UTF-16-tekst zonder byte order mark; sla het vanuit de spreadsheet op als &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>the file starts as UTF-16 text but is damaged; save it from the spreadsheet as &apos;CSV UTF-8&apos;</source>
        <translation>het bestand begint als UTF-16-tekst maar is beschadigd; sla het vanuit de spreadsheet op als &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>lists and objects are nested more than {limit} levels deep; a package never needs that</source>
        <translation>lijsten en objecten zijn meer dan {limit} niveaus diep genest; een pakket heeft dat nooit nodig</translation>
    </message>
    <message>
        <source>the file holds more than {limit} values; a package never needs that many</source>
        <translation>het bestand bevat meer dan {limit} waarden; zoveel heeft een pakket nooit nodig</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is given more than once in this object</source>
        <translation>&apos;{key}&apos; staat meer dan eens in dit object</translation>
    </message>
    <message>
        <source>a field name here {problem}</source>
        <translation>een veldnaam hier {problem}</translation>
    </message>
    <message>
        <source>this number has {count} characters; numbers lie within ±10^12 with at most 6 decimals</source>
        <translation>dit getal heeft {count} tekens; getallen liggen binnen ±10^12 met ten hoogste 6 decimalen</translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows</source>
        <translation>{value} is geen getal dat JSON toestaat</translation>
    </message>
    <message>
        <source>the zip archive holds {count} files; a package may hold at most {limit}</source>
        <translation>het zip-archief bevat {count} bestanden; een pakket mag er ten hoogste {limit} bevatten</translation>
    </message>
    <message>
        <source>the zip archive unpacks to {size} MB; a package may be at most {limit} MB</source>
        <translation>het zip-archief pakt uit tot {size} MB; een pakket mag ten hoogste {limit} MB zijn</translation>
    </message>
    <message>
        <source>the zip archive holds this name more than once</source>
        <translation>het zip-archief bevat deze naam meer dan eens</translation>
    </message>
    <message>
        <source>this file in the zip archive is encrypted; examdesk reads only unencrypted packages</source>
        <translation>dit bestand in het zip-archief is versleuteld; examdesk leest alleen onversleutelde pakketten</translation>
    </message>
    <message>
        <source>this file in the zip archive is compressed in a way examdesk cannot read; use plain zip (deflate)</source>
        <translation>dit bestand in het zip-archief is gecomprimeerd op een manier die examdesk niet kan lezen; gebruik gewone zip (deflate)</translation>
    </message>
    <message>
        <source>this file in the zip archive is damaged and cannot be unpacked</source>
        <translation>dit bestand in het zip-archief is beschadigd en kan niet worden uitgepakt</translation>
    </message>
    <message>
        <source>a cell in this row is longer than {limit} characters; a roster never needs that</source>
        <translation>een cel in deze rij is langer dan {limit} tekens; een rooster heeft dat nooit nodig</translation>
    </message>
    <message>
        <source>this row cannot be read as CSV (a quote that is never closed?)</source>
        <translation>deze rij kan niet als CSV worden gelezen (een aanhalingsteken dat nooit wordt gesloten?)</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows</source>
        <translation>het bestand heeft meer dan {limit} rijen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Version 1 package: the grounds of extra time were read from the basis text. Check them:</source>
        <translation>Pakket versie 1: de gronden van extra tijd zijn uit de tekst van de grondslag gelezen. Controleer ze:</translation>
    </message>
    <message>
        <source>Nothing new in {file}: everything in it was already on this station.</source>
        <translation>Niets nieuws in {file}: alles erin stond al op dit station.</translation>
    </message>
    <message>
        <source>Imported: {exams}, {groups}, {candidates} and {results}; {already}.</source>
        <translation>Geïmporteerd: {exams}, {groups}, {candidates} en {results}; {already}.</translation>
    </message>
    <message>
        <source>Imported into {group}: {candidates}; {already}.</source>
        <translation>Geïmporteerd in {group}: {candidates}; {already}.</translation>
    </message>
    <message>
        <source>Drop one file at a time.</source>
        <translation>Sleep één bestand tegelijk hierheen.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Columns of the problems table</source>
        <translation>Kolommen van de tabel met problemen</translation>
    </message>
    <message>
        <source>Copy problems</source>
        <translation>Problemen kopiëren</translation>
    </message>
    <message>
        <source>Put every problem on the clipboard, one line each: place: problem</source>
        <translation>Zet elk probleem op het klembord, één regel per probleem: plaats: probleem</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} importeren…</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Bestand: {file}</translation>
    </message>
    <message>
        <source>examdesk packages (*.json *.zip)</source>
        <translation>examdesk-pakketten (*.json *.zip)</translation>
    </message>
    <message>
        <source>{file} is not an exam package: a package is a .json or .zip file.</source>
        <translation>{file} is geen examenpakket: een pakket is een .json- of .zip-bestand.</translation>
    </message>
    <message>
        <source>Import an exam package</source>
        <translation>Examenpakket importeren</translation>
    </message>
    <message>
        <source>A package holds exams, afnamegroepen with their candidates, and results. Everything in it is checked first: a package with any problem changes nothing, and every problem is listed. Importing the same package again adds nothing.</source>
        <translation>Een pakket bevat examens, afnamegroepen met hun kandidaten, en resultaten. Alles erin wordt eerst gecontroleerd: een pakket met ook maar één probleem verandert niets, en elk probleem wordt genoemd. Hetzelfde pakket nog eens importeren voegt niets toe.</translation>
    </message>
    <message>
        <source>Drag a package here or choose a file</source>
        <translation>Sleep een pakket hierheen of kies een bestand</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} is not a roster: a roster is a .csv file.</source>
        <translation>{file} is geen kandidatenlijst: een kandidatenlijst is een .csv-bestand.</translation>
    </message>
    <message>
        <source>Import a roster into {group}</source>
        <translation>Kandidatenlijst importeren in {group}</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Kandidatenlijst importeren</translation>
    </message>
    <message>
        <source>Afnamegroep: {group}</source>
        <translation>Afnamegroep: {group}</translation>
    </message>
    <message>
        <source>A CSV file with the columns number;name;bsn;accommodations, separated by semicolons, as a spreadsheet saves it with &apos;CSV UTF-8&apos;. Every row is checked first: a file with any problem adds nobody, and every problem is listed by row and column.</source>
        <translation>Een CSV-bestand met de kolommen number;name;bsn;accommodations, gescheiden door puntkomma’s, zoals een rekenblad het opslaat met &apos;CSV UTF-8&apos;. Elke rij wordt eerst gecontroleerd: een bestand met ook maar één probleem voegt niemand toe, en elk probleem wordt genoemd met rij en kolom.</translation>
    </message>
    <message>
        <source>Drag a CSV file here or choose a file</source>
        <translation>Sleep een CSV-bestand hierheen of kies een bestand</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>Inzage allowed until {until} (inclusive).</source>
        <translation>Inzage toegestaan tot en met {until}.</translation>
    </message>
    <message>
        <source>Inzage allowed; this exam sets no last day.</source>
        <translation>Inzage toegestaan; dit examen kent geen laatste dag.</translation>
    </message>
    <message>
        <source>Inzage allowed at the appointment requested on {requested}, within the request period.</source>
        <translation>Inzage toegestaan op de afspraak die op {requested} binnen de aanvraagtermijn is aangevraagd.</translation>
    </message>
    <message>
        <source>This exam does not allow inzage.</source>
        <translation>Voor dit examen is inzage niet toegestaan.</translation>
    </message>
    <message>
        <source>The inspection period ended on {until}: inzage is no longer allowed.</source>
        <translation>De inzageperiode is verstreken op {until}: inzage is niet meer toegestaan.</translation>
    </message>
    <message>
        <source>The inspection period ended on {until}: inzage is no longer allowed. The candidate can only request inzage from the College voor Toetsen en Examens (CvTE).</source>
        <translation>De inzageperiode is verstreken op {until}: inzage is niet meer toegestaan. De kandidaat kan alleen nog inzage aanvragen bij het College voor Toetsen en Examens (CvTE).</translation>
    </message>
    <message>
        <source>This exam does not allow inzage at the station. The candidate can only request inzage from the College voor Toetsen en Examens (CvTE).</source>
        <translation>Voor dit examen is inzage op het station niet toegestaan. De kandidaat kan alleen inzage aanvragen bij het College voor Toetsen en Examens (CvTE).</translation>
    </message>
    <message>
        <source>No result has been made known yet.</source>
        <translation>Er is nog geen uitslag bekendgemaakt.</translation>
    </message>
    <message>
        <source>Inzage of this exam is only for a grade {grades}; the grade is {grade}.</source>
        <translation>Inzage van dit examen kan alleen bij een {grades}; het cijfer is {grade}.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} of {last}</translation>
    </message>
    <message>
        <source>The candidate has passed this exam since ({day}), so the inzage lapses.</source>
        <translation>De kandidaat is inmiddels geslaagd voor dit examen ({day}); de inzage vervalt.</translation>
    </message>
    <message>
        <source>Inzage had to be requested within {days} days after the result of {result}, so by {until} at the latest.</source>
        <translation>Inzage moest binnen {days} dagen na de uitslag van {result} worden aangevraagd, dus uiterlijk op {until}.</translation>
    </message>
    <message>
        <source>The candidate already had inzage of this exam on {last}; at most {count} per half year, so the next one is possible from {next}.</source>
        <translation>De kandidaat had al inzage van dit examen op {last}; hoogstens {count} per halfjaar, dus de volgende kan vanaf {next}.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Deels goed</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Niet goed</translation>
    </message>
    <message>
        <source>The candidate already had inzage of this exam on {last}; at most {count} per {days} days, so the next one is possible from {next}.</source>
        <translation>De kandidaat heeft dit examen al ingezien op {last}; maximaal {count} keer per {days} dagen, dus de volgende inzage kan vanaf {next}.</translation>
    </message>
    <message>
        <source>{status}: score {score}, maximum {points}.</source>
        <translation>{status}: score {score}, maximaal {points}.</translation>
    </message>
    <message>
        <source>Chose {chosen}: score {score}, maximum {points}.</source>
        <translation>{chosen} gekozen: score {score}, maximaal {points}.</translation>
    </message>
    <message>
        <source>Answered {answer}: score {score}, maximum {points}.</source>
        <translation>{answer} geantwoord: score {score}, maximaal {points}.</translation>
    </message>
</context>
<context>
    <name>InspectionViewer</name>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Vraag {number}</translation>
    </message>
    <message>
        <source>Not counted (the item was worth {points})</source>
        <translation>Telt niet mee (de vraag was {points} waard)</translation>
    </message>
    <message>
        <source>{points} of {maximum}</source>
        <translation>{points} van {maximum}</translation>
    </message>
    <message>
        <source>Score: {score}</source>
        <translation>Score: {score}</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Antwoordsleutel</translation>
    </message>
    <message>
        <source>Hide the answer key ({keys})</source>
        <translation>Antwoordsleutel verbergen ({keys})</translation>
    </message>
    <message>
        <source>Show the answer key ({keys})</source>
        <translation>Antwoordsleutel tonen ({keys})</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>Correctievoorschrift</translation>
    </message>
    <message>
        <source>Hide the marking scheme ({keys})</source>
        <translation>Correctievoorschrift verbergen ({keys})</translation>
    </message>
    <message>
        <source>Show the marking scheme ({keys})</source>
        <translation>Correctievoorschrift tonen ({keys})</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>PE inzage: only the questions answered wrongly, each with its right answer.</source>
        <translation>PE-inzage: alleen de fout beantwoorde vragen, elk met het juiste antwoord.</translation>
    </message>
    <message>
        <source>Arrow keys move through the questions; {first} and {last} go to the first and the last.</source>
        <translation>Met de pijltoetsen gaat u langs de vragen; {first} en {last} gaan naar de eerste en de laatste.</translation>
    </message>
    <message>
        <source>Question {number}: {status}, {points}</source>
        <translation>Vraag {number}: {status}, {points}</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorige vraag</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Volgende vraag</translation>
    </message>
    <message>
        <source>Previous question ({keys})</source>
        <translation>Vorige vraag ({keys})</translation>
    </message>
    <message>
        <source>Next question ({keys})</source>
        <translation>Volgende vraag ({keys})</translation>
    </message>
    <message>
        <source>There are no questions to show.</source>
        <translation>Er zijn geen vragen om te tonen.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Deels goed</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Wrong: not a valid number</source>
        <translation>Fout: geen geldig getal</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <source>Excluded (technical fault)</source>
        <translation>Vervallen (technische storing)</translation>
    </message>
    <message>
        <source>{position} of {count} · item {item}</source>
        <translation>{position} van {count} · item {item}</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>examdesk is already open on the data folder {folder}: by {user} on {host} (process {pid}), since {since}. Use that window, or close it first; two windows on one station would not see each other&apos;s actions.</source>
        <translation>examdesk is al geopend op de gegevensmap {folder}: door {user} op {host} (proces {pid}), sinds {since}. Gebruik dat venster of sluit het eerst; twee vensters op één station zouden elkaars handelingen niet zien.</translation>
    </message>
    <message>
        <source>examdesk is already open on the data folder {folder}. Use that window, or close it first; two windows on one station would not see each other&apos;s actions.</source>
        <translation>examdesk is al geopend op de gegevensmap {folder}. Gebruik dat venster of sluit het eerst; twee vensters op één station zouden elkaars handelingen niet zien.</translation>
    </message>
    <message>
        <source>Read only: this station is open in another window (by {user} on {host}, process {pid}, since {since}). Nothing can be recorded or changed here: do it in that window, or close that window first.</source>
        <translation>Alleen lezen: dit station is geopend in een ander venster (door {user} op {host}, proces {pid}, sinds {since}). Hier kan niets worden vastgelegd of gewijzigd: doe het in dat venster, of sluit dat venster eerst.</translation>
    </message>
    <message>
        <source>Read only: this station is open in another window. Nothing can be recorded or changed here: do it in that window, or close that window first.</source>
        <translation>Alleen lezen: dit station is geopend in een ander venster. Hier kan niets worden vastgelegd of gewijzigd: doe het in dat venster, of sluit dat venster eerst.</translation>
    </message>
</context>
<context>
    <name>InterruptedPage</name>
    <message>
        <source>An inzage was interrupted</source>
        <translation>Een inzage is onderbroken</translation>
    </message>
    <message>
        <source>Close as interrupted…</source>
        <translation>Afsluiten als onderbroken…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>The inzage of {name} ({number}), {exam}, started on {date} at {time} and was never ended: the station stopped during it.</source>
        <translation>De inzage van {name} ({number}), {exam}, begon op {date} om {time} en is nooit beëindigd: het station stopte tijdens de inzage.</translation>
    </message>
    <message>
        <source>Resume ({minutes} min left)</source>
        <translation>Hervatten (nog {minutes} min)</translation>
    </message>
    <message>
        <source>Resume it today for its remaining time, with the candidate present, or close it as interrupted. An interrupted inzage does not count against the half year unless you record that it does.</source>
        <translation>Hervat haar vandaag voor de resterende tijd, met de kandidaat erbij, of sluit haar af als onderbroken. Een onderbroken inzage telt niet mee voor het halfjaar, tenzij u vastlegt dat ze meetelt.</translation>
    </message>
    <message>
        <source>It can no longer be resumed (another day, or no time left): close it as interrupted. It does not count against the half year unless you record that it does.</source>
        <translation>Ze kan niet meer worden hervat (een andere dag, of geen tijd meer over): sluit haar af als onderbroken. Ze telt niet mee voor het halfjaar, tenzij u vastlegt dat ze meetelt.</translation>
    </message>
</context>
<context>
    <name>Inzage</name>
    <message>
        <source>There is no candidate {id} on this station.</source>
        <translation>Kandidaat {id} staat niet op dit station.</translation>
    </message>
    <message>
        <source>{name} has no result for {exam} on this station.</source>
        <translation>{name} heeft op dit station geen resultaat voor {exam}.</translation>
    </message>
    <message>
        <source>Inzage for {name} is not possible: {reason}</source>
        <translation>Inzage voor {name} is niet mogelijk: {reason}</translation>
    </message>
    <message>
        <source>Inzage for {name} cannot start: the ID check on the start screen has not been recorded as a match.</source>
        <translation>De inzage voor {name} kan niet starten: de legitimatiecontrole op het startscherm is niet als overeenkomend vastgelegd.</translation>
    </message>
    <message>
        <source>Inzage of a PE exam needs a supervisor present; confirm that one is.</source>
        <translation>Bij inzage van een PE-examen moet een toezichthouder aanwezig zijn; bevestig dat er een is.</translation>
    </message>
    <message>
        <source>There is no inzage session {id} on this station.</source>
        <translation>Inzage {id} bestaat niet op dit station.</translation>
    </message>
    <message>
        <source>Inzage session {id} has already ended.</source>
        <translation>Inzage {id} is al beëindigd.</translation>
    </message>
    <message>
        <source>Item {item} is not part of this inzage.</source>
        <translation>Vraag {item} hoort niet bij deze inzage.</translation>
    </message>
    <message>
        <source>The inzage of {name} (started {started}) is still open: resume it or close it as interrupted first.</source>
        <translation>De inzage van {name} (begonnen {started}) staat nog open: hervat haar of sluit haar eerst af als onderbroken.</translation>
    </message>
    <message>
        <source>{name} is working on {exam} in the running session of afnamegroep {group}: no inzage with answer keys until they have finished.</source>
        <translation>{name} werkt aan {exam} in de lopende sessie van afnamegroep {group}: geen inzage met antwoordsleutels tot de kandidaat klaar is.</translation>
    </message>
    <message>
        <source>The inzage of {name} started on {day}: it can only be resumed that same day. Close it as interrupted.</source>
        <translation>De inzage van {name} begon op {day}: ze kan alleen dezelfde dag worden hervat. Sluit haar af als onderbroken.</translation>
    </message>
    <message>
        <source>The inzage of {name} has no time left to resume. Close it as interrupted.</source>
        <translation>De inzage van {name} heeft geen tijd meer over om te hervatten. Sluit haar af als onderbroken.</translation>
    </message>
    <message>
        <source>Say why this interrupted inzage counts against the half year.</source>
        <translation>Geef aan waarom deze onderbroken inzage meetelt voor het halfjaar.</translation>
    </message>
    <message>
        <source>Write down what the candidate says about the content of the exam.</source>
        <translation>Schrijf op wat de kandidaat zegt over de inhoud van het examen.</translation>
    </message>
    <message>
        <source>Name the question numbers the VOV is about, as the candidate saw them (for example 3, 7).</source>
        <translation>Noem de vraagnummers waar de VOV over gaat, zoals de kandidaat ze zag (bijvoorbeeld 3, 7).</translation>
    </message>
    <message>
        <source>This inzage has no question {number}.</source>
        <translation>Deze inzage heeft geen vraag {number}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>&apos;{value}&apos; is niet een van: {allowed}.</translation>
    </message>
    <message>
        <source>Write down what differs between the roster and the ID document.</source>
        <translation>Noteer wat er verschilt tussen de kandidatenlijst en het legitimatiebewijs.</translation>
    </message>
    <message>
        <source>There is no melding {id} about the working of the exam bank for this candidate.</source>
        <translation>Er is voor deze kandidaat geen melding {id} over de werking van de examenbank.</translation>
    </message>
    <message>
        <source>Without questions {questions} nothing of the exam would be left to score.</source>
        <translation>Zonder vraag {questions} blijft er van het examen niets over om te scoren.</translation>
    </message>
</context>
<context>
    <name>InzageGroupModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Afnamegroep</source>
        <translation>Afnamegroep</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
</context>
<context>
    <name>InzageIdCheckDialog</name>
    <message>
        <source>ID check before the inzage</source>
        <translation>Legitimatiecontrole voor de inzage</translation>
    </message>
    <message>
        <source>Ask the candidate to compare this number with the BSN on their ID document, then choose the document and say whether they match. Without a match the inzage cannot start.</source>
        <translation>Vraag de kandidaat dit nummer te vergelijken met het BSN op het legitimatiebewijs, kies daarna het document en geef aan of ze overeenkomen. Zonder overeenkomst kan de inzage niet starten.</translation>
    </message>
</context>
<context>
    <name>InzageLogModel</name>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>{time} (time up)</source>
        <translation>{time} (tijd om)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Conducted by</source>
        <translation>Verleend door</translation>
    </message>
    <message>
        <source>Items opened</source>
        <translation>Geopende vragen</translation>
    </message>
    <message>
        <source>Answer key shown</source>
        <translation>Antwoordsleutel getoond</translation>
    </message>
    <message>
        <source>Marking scheme shown</source>
        <translation>Correctievoorschrift getoond</translation>
    </message>
    <message>
        <source>{time} (interrupted)</source>
        <translation>{time} (onderbroken)</translation>
    </message>
</context>
<context>
    <name>InzageSessionPage</name>
    <message>
        <source>Remaining time {time}</source>
        <translation>Resterende tijd {time}</translation>
    </message>
    <message>
        <source>Ending the inzage…</source>
        <translation>De inzage beëindigen…</translation>
    </message>
    <message>
        <source>Remaining time</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>End inzage</source>
        <translation>Inzage beëindigen</translation>
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
        <translation>PE-inzage: alleen de {count} fout beantwoorde vragen, elk met het juiste antwoord; geen uitleg buiten de antwoordsleutel. Er kan niets worden gewijzigd, afgedrukt of geëxporteerd. De inzage stopt vanzelf als de tijd om is.</translation>
    </message>
    <message>
        <source>Every question with the candidate&apos;s answer and score. &apos;Answer key&apos; on closed questions, &apos;Marking scheme&apos; on open ones. Nothing can be changed.</source>
        <translation>Elke vraag met het antwoord van de kandidaat en de score. ‘Antwoordsleutel’ bij gesloten vragen, ‘Correctievoorschrift’ bij open vragen. Er kan niets worden gewijzigd.</translation>
    </message>
    <message>
        <source>VOV {id} is recorded with this inzage.</source>
        <translation>VOV {id} is bij deze inzage vastgelegd.</translation>
    </message>
    <message>
        <source>VOV…</source>
        <translation>VOV…</translation>
    </message>
    <message>
        <source>VOV about the content of the exam</source>
        <translation>VOV over de inhoud van het examen</translation>
    </message>
</context>
<context>
    <name>InzageVovDialog</name>
    <message>
        <source>Type the question numbers as the candidate saw them, for example 3, 7.</source>
        <translation>Typ de vraagnummers zoals de kandidaat ze zag, bijvoorbeeld 3, 7.</translation>
    </message>
    <message>
        <source>Recording the VOV…</source>
        <translation>De VOV wordt vastgelegd…</translation>
    </message>
    <message>
        <source>VOV about the content of the exam</source>
        <translation>VOV over de inhoud van het examen</translation>
    </message>
    <message>
        <source>A verklaring van ordentelijk verloop about a question, made during this inzage and linked to it. It goes with the session in which the work was made, when that is known on this station.</source>
        <translation>Een verklaring van ordentelijk verloop over een vraag, opgesteld tijdens deze inzage en eraan gekoppeld. Ze hoort bij de sessie waarin het werk is gemaakt, als die op dit station bekend is.</translation>
    </message>
    <message>
        <source>Question numbers</source>
        <translation>Vraagnummers</translation>
    </message>
    <message>
        <source>What the candidate says</source>
        <translation>Wat de kandidaat zegt</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Uw aantekening</translation>
    </message>
    <message>
        <source>Record VOV</source>
        <translation>VOV vastleggen</translation>
    </message>
</context>
<context>
    <name>IrregularityDialog</name>
    <message>
        <source>Recording the irregularity…</source>
        <translation>Onregelmatigheid vastleggen…</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Onregelmatigheid</translation>
    </message>
    <message>
        <source>Record what you saw, as it happened. The examensecretaris reports it to the Inspectie.</source>
        <translation>Leg vast wat je zag, zoals het gebeurde. De examensecretaris meldt het aan de Inspectie.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Record irregularity</source>
        <translation>Onregelmatigheid vastleggen</translation>
    </message>
</context>
<context>
    <name>IsdMeldingPanel</name>
    <message>
        <source>Loading the ISD meldingen…</source>
        <translation>De ISD-meldingen worden geladen…</translation>
    </message>
    <message>
        <source>No candidate of this afnamegroep has an accommodation that needs an ISD melding.</source>
        <translation>Geen kandidaat van deze afnamegroep heeft een voorziening waarvoor een ISD-melding nodig is.</translation>
    </message>
    <message>
        <source>{count} of {total} ISD meldingen NOT REPORTED: report them to the Inspectie.</source>
        <translation>{count} van {total} ISD-meldingen NIET GEMELD: meld ze bij de Inspectie.</translation>
    </message>
    <message>
        <source>All {total} ISD meldingen are reported.</source>
        <translation>Alle {total} ISD-meldingen zijn gemeld.</translation>
    </message>
    <message>
        <source>ISD meldingen</source>
        <translation>ISD-meldingen</translation>
    </message>
    <message>
        <source>Columns of the ISD meldingen</source>
        <translation>Kolommen van de ISD-meldingen</translation>
    </message>
</context>
<context>
    <name>IsdMeldingTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Voorziening</translation>
    </message>
    <message>
        <source>ISD melding</source>
        <translation>ISD-melding</translation>
    </message>
    <message>
        <source>NOT REPORTED</source>
        <translation>NIET GEMELD</translation>
    </message>
    <message>
        <source>reported on {date}</source>
        <translation>gemeld op {date}</translation>
    </message>
    <message>
        <source>No date of the ISD melding is recorded for this accommodation. Report it to the Inspectie and record the date in the exam package (isd_reported_on).</source>
        <translation>Voor deze voorziening is geen datum van de ISD-melding vastgelegd. Meld haar bij de Inspectie en leg de datum vast in het examenpakket (isd_reported_on).</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <source>1 point</source>
        <translation>1 punt</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} punten</translation>
    </message>
    <message>
        <source>The candidate gave no answer.</source>
        <translation>De kandidaat heeft geen antwoord gegeven.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer</source>
        <translation>Antwoord van de kandidaat</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Antwoordsleutel</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>Correctievoorschrift</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gekozen</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Juiste antwoord</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Niet juist</translation>
    </message>
    <message>
        <source>chosen by the candidate</source>
        <translation>gekozen door de kandidaat</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>niet gekozen</translation>
    </message>
    <message>
        <source>Every wrongly chosen option and every right option left out costs {penalty}.</source>
        <translation>Elk onjuist gekozen antwoord en elk niet gekozen juist antwoord kost {penalty}.</translation>
    </message>
    <message>
        <source>The candidate chose no option.</source>
        <translation>De kandidaat heeft geen antwoord gekozen.</translation>
    </message>
    <message>
        <source>The results also name {keys}, which is not one of the options.</source>
        <translation>In de resultaten staat ook {keys}; dat is geen van de antwoordmogelijkheden.</translation>
    </message>
    <message>
        <source>Tolerance {tolerance}: every answer from {low} to {high} counts as right.</source>
        <translation>Marge {tolerance}: elk antwoord van {low} tot en met {high} telt als juist.</translation>
    </message>
    <message>
        <source>Tolerance 0: only this value counts as right.</source>
        <translation>Marge 0: alleen precies deze waarde telt als juist.</translation>
    </message>
    <message>
        <source>Answer as typed: {text}</source>
        <translation>Antwoord zoals getypt: {text}</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Juist</translation>
    </message>
    <message>
        <source>This is not a number in Dutch notation, so it scores 0 points.</source>
        <translation>Dit is geen getal in Nederlandse schrijfwijze en levert daarom 0 punten op.</translation>
    </message>
    <message>
        <source>(no choice)</source>
        <translation>(geen keuze)</translation>
    </message>
    <message>
        <source>Key: {key}</source>
        <translation>Juist is: {key}</translation>
    </message>
    <message>
        <source>Dropdown {position}: {choice}</source>
        <translation>Keuzelijst {position}: {choice}</translation>
    </message>
    <message>
        <source>The candidate chose nothing in any dropdown.</source>
        <translation>De kandidaat heeft in geen enkele keuzelijst iets gekozen.</translation>
    </message>
    <message>
        <source>Candidate&apos;s order</source>
        <translation>Volgorde van de kandidaat</translation>
    </message>
    <message>
        <source>Right place</source>
        <translation>Goede plaats</translation>
    </message>
    <message>
        <source>Wrong place</source>
        <translation>Verkeerde plaats</translation>
    </message>
    <message>
        <source>The right order stands beside the candidate&apos;s.</source>
        <translation>De juiste volgorde staat naast die van de kandidaat.</translation>
    </message>
    <message>
        <source>Scored all or nothing.</source>
        <translation>Beoordeeld als alles of niets.</translation>
    </message>
    <message>
        <source>Scored by the items in their right place.</source>
        <translation>Beoordeeld naar het aantal onderdelen op de goede plaats.</translation>
    </message>
    <message>
        <source>Place {place}: {text}</source>
        <translation>Plaats {place}: {text}</translation>
    </message>
    <message>
        <source>Key, place {place}: {text}</source>
        <translation>Sleutel, plaats {place}: {text}</translation>
    </message>
    <message>
        <source>The candidate did not change the order, so the item counts as not answered.</source>
        <translation>De kandidaat heeft de volgorde niet veranderd; de vraag telt daarom als niet beantwoord.</translation>
    </message>
    <message>
        <source>Awarded by the corrector: {awarded} of {maximum}.</source>
        <translation>Toegekend door de corrector: {awarded} van {maximum}.</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>a value was expected</source>
        <translation>er werd een waarde verwacht</translation>
    </message>
    <message>
        <source>a name in double quotes was expected</source>
        <translation>er werd een naam tussen dubbele aanhalingstekens verwacht</translation>
    </message>
    <message>
        <source>a &apos;:&apos; was expected</source>
        <translation>er werd een &apos;:&apos; verwacht</translation>
    </message>
    <message>
        <source>a &apos;,&apos; was expected</source>
        <translation>er werd een &apos;,&apos; verwacht</translation>
    </message>
    <message>
        <source>there is more text after the end</source>
        <translation>er staat nog tekst na het einde</translation>
    </message>
    <message>
        <source>a text is not closed with a double quote</source>
        <translation>een tekst is niet afgesloten met een dubbel aanhalingsteken</translation>
    </message>
    <message>
        <source>a text holds a control character</source>
        <translation>een tekst bevat een stuurteken</translation>
    </message>
    <message>
        <source>a text holds a backslash that escapes nothing</source>
        <translation>een tekst bevat een backslash die niets betekent</translation>
    </message>
    <message>
        <source>a text holds a broken unicode escape</source>
        <translation>een tekst bevat een kapotte unicode-code</translation>
    </message>
    <message>
        <source>a &apos;,&apos; before the end of an object</source>
        <translation>een &apos;,&apos; vlak voor het einde van een object</translation>
    </message>
    <message>
        <source>a &apos;,&apos; before the end of a list</source>
        <translation>een &apos;,&apos; vlak voor het einde van een lijst</translation>
    </message>
    <message>
        <source>the text is not JSON</source>
        <translation>de tekst is geen JSON</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>This station&apos;s data key is missing from its key store, but its database holds data locked with it. Nothing was changed: put back the key file (or keyring entry) from the station&apos;s backup.</source>
        <translation>De gegevenssleutel van dit station ontbreekt in de sleutelopslag, maar de database bevat gegevens die ermee zijn vergrendeld. Er is niets gewijzigd: zet het sleutelbestand (of de sleutelbosvermelding) terug uit de back-up van het station.</translation>
    </message>
    <message>
        <source>The key store holds another station&apos;s data key, not the one this database was locked with. Nothing was changed: put back this station&apos;s own key file (or keyring entry).</source>
        <translation>De sleutelopslag bevat de gegevenssleutel van een ander station, niet die waarmee deze database is vergrendeld. Er is niets gewijzigd: zet het eigen sleutelbestand (of de sleutelbosvermelding) van dit station terug.</translation>
    </message>
</context>
<context>
    <name>LeftEarlyDialog</name>
    <message>
        <source>Recording the departure…</source>
        <translation>Vertrek vastleggen…</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>The candidate stops before their time is up. This ends their exam and cannot be undone.</source>
        <translation>De kandidaat stopt voordat de tijd om is. Daarmee is het examen afgelopen; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Too ill to go on</source>
        <translation>Te ziek om door te gaan</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Ziekte</translation>
    </message>
    <message>
        <source>Record departure</source>
        <translation>Vertrek vastleggen</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Fill in your username.</source>
        <translation>Vul je gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Sign in with the username and password the beheerder gave you.</source>
        <translation>Meld je aan met de gebruikersnaam en het wachtwoord die je van de beheerder hebt gekregen.</translation>
    </message>
    <message>
        <source>This window only reads: your sign-in is checked but not recorded.</source>
        <translation>Dit venster is alleen om te lezen: uw wachtwoord wordt gecontroleerd, maar de aanmelding wordt niet vastgelegd.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exam-day station</source>
        <translation>Examenstation</translation>
    </message>
    <message>
        <source>No school name set yet</source>
        <translation>Nog geen schoolnaam ingesteld</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Station: {name}</translation>
    </message>
    <message>
        <source>Demo station: every name and result here is invented.</source>
        <translation>Demostation: elke naam en elk resultaat hier is verzonnen.</translation>
    </message>
    <message>
        <source>Demo station</source>
        <translation>Demostation</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Aangemeld: {name}</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Rollen: {roles}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>Taal: {name}</translation>
    </message>
    <message>
        <source>Show the windows in Dutch</source>
        <translation>Toon de vensters in het Nederlands</translation>
    </message>
    <message>
        <source>Show the windows in English</source>
        <translation>Toon de vensters in het Engels</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Beeld</translation>
    </message>
    <message>
        <source>View: text size and high contrast</source>
        <translation>Beeld: tekstgrootte en hoog contrast</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>About examdesk</source>
        <translation>Over examdesk</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Afmelden…</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <source>Normal text size (now {percent}%)</source>
        <translation>Normale tekstgrootte (nu {percent}%)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) running. The candidates&apos; clocks go on while examdesk is closed; when it opens again, every remaining time is as it should be. Close examdesk?</source>
        <translation>
            <numerusform>Er loopt %n afname. De klokken van de kandidaten lopen door terwijl examdesk gesloten is; als het weer opent, is elke resterende tijd zoals hij hoort. examdesk sluiten?</numerusform>
            <numerusform>Er lopen %n afnames. De klokken van de kandidaten lopen door terwijl examdesk gesloten is; als het weer opent, is elke resterende tijd zoals hij hoort. examdesk sluiten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close examdesk</source>
        <translation>examdesk sluiten</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Open laten</translation>
    </message>
</context>
<context>
    <name>MeldingDialog</name>
    <message>
        <source>Exam conditions (noise, heat, an interruption in the room)</source>
        <translation>Examenomstandigheden (lawaai, warmte, een onderbreking in het lokaal)</translation>
    </message>
    <message>
        <source>An exam question (its content; question number needed)</source>
        <translation>Een examenvraag (de inhoud; vraagnummer nodig)</translation>
    </message>
    <message>
        <source>The exam application (a technical fault; question numbers needed)</source>
        <translation>De examenapplicatie (een technische storing; vraagnummers nodig)</translation>
    </message>
    <message>
        <source>Recording the melding…</source>
        <translation>Melding vastleggen…</translation>
    </message>
    <message>
        <source>Melding (VOV)</source>
        <translation>Melding (VOV)</translation>
    </message>
    <message>
        <source>Record what happened for the verklaring van ordentelijk verloop: what the candidate says, what you saw, and whether it was resolved.</source>
        <translation>Leg vast wat er gebeurde voor de verklaring van ordentelijk verloop: wat de kandidaat zegt, wat je zag en of het is opgelost.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Question numbers</source>
        <translation>Vraagnummers</translation>
    </message>
    <message>
        <source>Separated by commas, for example V3, K1</source>
        <translation>Gescheiden door komma&apos;s, bijvoorbeeld V3, K1</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>What the candidate says</source>
        <translation>Wat de kandidaat zegt</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Wat je zag</translation>
    </message>
    <message>
        <source>Resolved during the exam</source>
        <translation>Tijdens het examen opgelost</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>DUO or the Facet helpdesk was consulted</source>
        <translation>DUO of de Facet-helpdesk is geraadpleegd</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Geraadpleegd</translation>
    </message>
    <message>
        <source>Meldingsnummer</source>
        <translation>Meldingsnummer</translation>
    </message>
    <message>
        <source>Record melding</source>
        <translation>Melding vastleggen</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Use a full stop as the thousands separator. Example: 25.000. Use a comma as the decimal sign. Example: 0,25.</source>
        <translation>Gebruik een punt als scheidingsteken voor duizendtallen. Voorbeeld: 25.000. Gebruik een komma als decimaalteken. Voorbeeld: 0,25.</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Loading the sessions…</source>
        <translation>De afnames worden geladen…</translation>
    </message>
    <message>
        <source>There are no sessions on this station yet; a case belongs to a session.</source>
        <translation>Er zijn nog geen afnames op dit station; een zaak hoort bij een afname.</translation>
    </message>
    <message>
        <source>Loading the session&apos;s record…</source>
        <translation>De vastleggingen van de afname worden geladen…</translation>
    </message>
    <message>
        <source>already case {case}</source>
        <translation>al zaak {case}</translation>
    </message>
    <message>
        <source>Question {question}.</source>
        <translation>Vraag {question}.</translation>
    </message>
    <message>
        <source>Storing during the exam.</source>
        <translation>Storing tijdens het examen.</translation>
    </message>
    <message>
        <source>Left early, ill:</source>
        <translation>Ziek eerder vertrokken:</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>De zaak wordt geopend…</translation>
    </message>
    <message>
        <source>Nothing recorded: open it by hand</source>
        <translation>Niets vastgelegd: met de hand openen</translation>
    </message>
    <message>
        <source>Open an irregularity case</source>
        <translation>Zaak over een onregelmatigheid openen</translation>
    </message>
    <message>
        <source>A case follows the Inspectie&apos;s procedure from the report to a possible tweede zitting. Open it from what the session recorded, or by hand.</source>
        <translation>Een zaak volgt de procedure van de Inspectie, van de melding tot een eventuele tweede zitting. Open haar vanuit wat in de afname is vastgelegd, of met de hand.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Afname</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanuit</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>A technical irregularity (the ISD form then needs the Facet meldingsnummer)</source>
        <translation>Een onregelmatigheid van technische aard (het ISD-formulier vraagt dan het meldingsnummer van Facet)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Zaak openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Override</name>
    <message>
        <source>more time than granted ({minutes} min)</source>
        <translation>meer tijd dan toegekend ({minutes} min)</translation>
    </message>
    <message>
        <source>a pause without the pauses accommodation, or past the pause limit</source>
        <translation>een pauze zonder de voorziening pauzes, of voorbij de pauzegrens</translation>
    </message>
    <message>
        <source>a late start beyond 30 minutes</source>
        <translation>een late start van meer dan 30 minuten</translation>
    </message>
    <message>
        <source>accommodation {number} applied without a valid, confirmed VSV</source>
        <translation>voorziening {number} toegepast zonder geldige, bevestigde VSV</translation>
    </message>
    <message>
        <source>an off-site session without consultation, surveillants or permission</source>
        <translation>een afname buiten de school zonder overleg, surveillanten of toestemming</translation>
    </message>
    <message>
        <source>quarantine not reported, or a third exam the same day</source>
        <translation>quarantaine niet gemeld, of een derde examen op dezelfde dag</translation>
    </message>
    <message>
        <source>a PE qualification again within four months</source>
        <translation>opnieuw een PE-kwalificatie binnen vier maanden</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Write the reason for the override.</source>
        <translation>Schrijf de reden van de afwijking op.</translation>
    </message>
    <message>
        <source>Recording the override…</source>
        <translation>De afwijking wordt vastgelegd…</translation>
    </message>
    <message>
        <source>Override by the examensecretaris</source>
        <translation>Afwijking door de examensecretaris</translation>
    </message>
    <message>
        <source>{refusal}

The examensecretaris signs with their own name and password and writes the reason. The override is recorded as such and flagged on the dashboard, the timeline and the proces-verbaal.</source>
        <translation>{refusal}

De examensecretaris tekent met de eigen naam en het eigen wachtwoord en schrijft de reden op. De afwijking wordt als zodanig vastgelegd en gemarkeerd op het overzicht, de tijdlijn en het proces-verbaal.</translation>
    </message>
    <message>
        <source>Examensecretaris (user name)</source>
        <translation>Examensecretaris (gebruikersnaam)</translation>
    </message>
    <message>
        <source>Their password</source>
        <translation>Diens wachtwoord</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Afwijken</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>is a field of package version 1; version 2 uses ground, note and statement</source>
        <translation>is een veld van pakketversie 1; versie 2 gebruikt ground, note en statement</translation>
    </message>
    <message>
        <source>is a field of package version 2; this package says version 1</source>
        <translation>is een veld van pakketversie 2; dit pakket zegt versie 1</translation>
    </message>
    <message>
        <source>&apos;magnifier&apos; is large_print in package version 2</source>
        <translation>&apos;magnifier&apos; is large_print in pakketversie 2</translation>
    </message>
    <message>
        <source>more than 30 minutes of extra time needs the CvTE consult (date, reference, minutes)</source>
        <translation>meer dan 30 minuten extra tijd vraagt het overleg met het CvTE (datum, kenmerk, minuten)</translation>
    </message>
    <message>
        <source>only extra_time has a ground</source>
        <translation>alleen extra_time heeft een grond</translation>
    </message>
    <message>
        <source>the ground nt2 needs nt2_school_years (years of school in the Netherlands)</source>
        <translation>de grond nt2 vraagt nt2_school_years (jaren onderwijs in Nederland)</translation>
    </message>
    <message>
        <source>{number}: &apos;{basis}&apos; read as ground {ground}</source>
        <translation>{number}: &apos;{basis}&apos; gelezen als grond {ground}</translation>
    </message>
    <message>
        <source>{number}: &apos;{basis}&apos; read as ground nt2 with {years} school years in the Netherlands</source>
        <translation>{number}: &apos;{basis}&apos; gelezen als grond nt2 met {years} jaar onderwijs in Nederland</translation>
    </message>
    <message>
        <source>{number}: &apos;{basis}&apos; read as ground nt2; the school years are not stated, so the 60-minute exception does not apply</source>
        <translation>{number}: &apos;{basis}&apos; gelezen als grond nt2; de jaren onderwijs staan er niet bij, dus de uitzondering van 60 minuten geldt niet</translation>
    </message>
    <message>
        <source>{number}: &apos;{basis}&apos; matches no keyword: ground other, with the text as its note</source>
        <translation>{number}: &apos;{basis}&apos; past bij geen trefwoord: grond other, met de tekst als toelichting</translation>
    </message>
    <message>
        <source>is not a field of the package format (a typo?)</source>
        <translation>is geen veld van het pakketformaat (een typefout?)</translation>
    </message>
    <message>
        <source>should be {expected}</source>
        <translation>moet {expected} zijn</translation>
    </message>
    <message>
        <source>is too long: at most {limit}</source>
        <translation>is te lang: hoogstens {limit}</translation>
    </message>
    <message>
        <source>is too short: at least {limit}</source>
        <translation>is te kort: minstens {limit}</translation>
    </message>
    <message>
        <source>is empty: enter a name</source>
        <translation>is leeg: vul een naam in</translation>
    </message>
    <message>
        <source>is empty: fill it in</source>
        <translation>is leeg: vul het in</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed here; use one of: {allowed}</source>
        <translation>&apos;{value}&apos; is hier niet toegestaan; gebruik een van: {allowed}</translation>
    </message>
    <message>
        <source>{value} is out of range ({detail})</source>
        <translation>{value} valt buiten het bereik ({detail})</translation>
    </message>
    <message>
        <source>is not valid: {detail}</source>
        <translation>is niet geldig: {detail}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not have the required form: {pattern}</source>
        <translation>&apos;{value}&apos; heeft niet de vereiste vorm: {pattern}</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;, beginnend met een letter of cijfer</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;</translation>
    </message>
    <message>
        <source>hours and minutes as HH:MM, e.g. 09:00</source>
        <translation>uren en minuten als UU:MM, bijvoorbeeld 09:00</translation>
    </message>
    <message>
        <source>{value} is not a valid BSN of candidate {candidate} ({reason})</source>
        <translation>{value} is geen geldig BSN van kandidaat {candidate} ({reason})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; occurs more than once</source>
        <translation>&apos;{value}&apos; komt meer dan eens voor</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of this item&apos;s options</source>
        <translation>&apos;{value}&apos; is geen antwoordmogelijkheid van deze vraag</translation>
    </message>
    <message>
        <source>must list every option exactly once</source>
        <translation>moet elke antwoordmogelijkheid precies één keer noemen</translation>
    </message>
    <message>
        <source>the stem has a place &apos;{{{value}}}&apos; but there is no dropdown &apos;{value}&apos;</source>
        <translation>de vraagtekst heeft een plek &apos;{{{value}}}&apos; maar er is geen keuzelijst &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>dropdown &apos;{value}&apos; has no place &apos;{{{value}}}&apos; in the stem</source>
        <translation>keuzelijst &apos;{value}&apos; heeft geen plek &apos;{{{value}}}&apos; in de vraagtekst</translation>
    </message>
    <message>
        <source>there is no item &apos;{value}&apos; in exam {exam}</source>
        <translation>examen {exam} heeft geen vraag &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>there is no exam &apos;{value}&apos; in the package or on this station</source>
        <translation>er is geen examen &apos;{value}&apos; in het pakket of op dit station</translation>
    </message>
    <message>
        <source>there is no afnamegroep &apos;{value}&apos; in the package or on this station</source>
        <translation>er is geen afnamegroep &apos;{value}&apos; in het pakket of op dit station</translation>
    </message>
    <message>
        <source>there is no candidate &apos;{value}&apos; in afnamegroep {group}</source>
        <translation>afnamegroep {group} heeft geen kandidaat &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>exam {exam} has no variant &apos;{value}&apos;</source>
        <translation>examen {exam} heeft geen variant &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>afnamegroep {group} sits exam {expected}, not &apos;{value}&apos;</source>
        <translation>afnamegroep {group} maakt examen {expected}, niet &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>a {kind} answer should be {expected}</source>
        <translation>een antwoord op een vraag van het type {kind} moet {expected} zijn</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an option of this item</source>
        <translation>&apos;{value}&apos; is geen antwoordmogelijkheid van deze vraag</translation>
    </message>
    <message>
        <source>awarded {value} points but the item has {points}</source>
        <translation>{value} punten toegekend, maar de vraag is {points} punten waard</translation>
    </message>
    <message>
        <source>is not valid JSON: {detail} (line {line}, column {column})</source>
        <translation>is geen geldige JSON: {detail} (regel {line}, kolom {column})</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>een datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601, e.g. 2026-06-12T10:31:00+02:00)</source>
        <translation>een datum en tijd (ISO 8601, bijvoorbeeld 2026-06-12T10:31:00+02:00)</translation>
    </message>
    <message>
        <source>one option key, e.g. &quot;B&quot;</source>
        <translation>één antwoordletter, bijvoorbeeld &quot;B&quot;</translation>
    </message>
    <message>
        <source>the text as typed, e.g. &quot;10.000,00&quot;</source>
        <translation>de tekst zoals getypt, bijvoorbeeld &quot;10.000,00&quot;</translation>
    </message>
    <message>
        <source>a list of option keys, e.g. [&quot;A&quot;, &quot;C&quot;]</source>
        <translation>een lijst van antwoordletters, bijvoorbeeld [&quot;A&quot;, &quot;C&quot;]</translation>
    </message>
    <message>
        <source>the final order as a list of option keys</source>
        <translation>de eindvolgorde als lijst van antwoordletters</translation>
    </message>
    <message>
        <source>an object of dropdown id to chosen text</source>
        <translation>een object van keuzelijst naar gekozen tekst</translation>
    </message>
    <message>
        <source>an object with text and awarded</source>
        <translation>een object met text en awarded</translation>
    </message>
    <message>
        <source>afnamegroep {group} cannot be a second sitting of itself, not even through {first}</source>
        <translation>afnamegroep {group} kan geen tweede afname van zichzelf zijn, ook niet via {first}</translation>
    </message>
    <message>
        <source>contains the control character {character}; text may hold no control characters other than new lines and tabs</source>
        <translation>bevat het stuurteken {character}; tekst mag geen stuurtekens bevatten behalve regeleinden en tabs</translation>
    </message>
    <message>
        <source>contains a line break or tab ({character}); this text must be a single line</source>
        <translation>bevat een regeleinde of tab ({character}); deze tekst moet één regel zijn</translation>
    </message>
    <message>
        <source>contains the invisible direction mark {character}, which can make text read differently from how it is stored</source>
        <translation>bevat het onzichtbare richtingsteken {character}, waardoor tekst anders kan worden gelezen dan hij is opgeslagen</translation>
    </message>
    <message>
        <source>contains {character}, which is not a character (broken text)</source>
        <translation>bevat {character}, wat geen teken is (beschadigde tekst)</translation>
    </message>
    <message>
        <source>should be a date written as YYYY-MM-DD, e.g. 2026-06-12</source>
        <translation>moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-06-12</translation>
    </message>
    <message>
        <source>{value} is not between 1900-01-01 and 2199-12-31</source>
        <translation>{value} ligt niet tussen 1900-01-01 en 2199-12-31</translation>
    </message>
    <message>
        <source>should be a date and time with its UTC offset (ISO 8601), e.g. 2026-06-13T16:00:00+02:00</source>
        <translation>moet een datum en tijd met UTC-verschil zijn (ISO 8601), bijvoorbeeld 2026-06-13T16:00:00+02:00</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no UTC offset; write it with one, e.g. 2026-06-13T16:00:00+02:00</source>
        <translation>&apos;{value}&apos; mist het verschil met UTC; schrijf het erbij, bijvoorbeeld 2026-06-13T16:00:00+02:00</translation>
    </message>
    <message>
        <source>should be a number, written without quotes</source>
        <translation>moet een getal zijn, geschreven zonder aanhalingstekens</translation>
    </message>
    <message>
        <source>should be a number</source>
        <translation>moet een getal zijn</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; is geen getal</translation>
    </message>
    <message>
        <source>this number has too many digits; numbers lie within ±10^12 with at most 6 decimals</source>
        <translation>dit getal heeft te veel cijfers; getallen liggen binnen ±10^12 met ten hoogste 6 decimalen</translation>
    </message>
    <message>
        <source>{value} has more than {places} decimals</source>
        <translation>{value} heeft meer dan {places} decimalen</translation>
    </message>
    <message>
        <source>{value} is too small: at least {limit}</source>
        <translation>{value} is te klein: ten minste {limit}</translation>
    </message>
    <message>
        <source>{value} is too small: it must be more than {limit}</source>
        <translation>{value} is te klein: het moet meer zijn dan {limit}</translation>
    </message>
    <message>
        <source>{value} is too large: at most {limit}</source>
        <translation>{value} is te groot: ten hoogste {limit}</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>The data folder {path} is a file, not a folder.</source>
        <translation>De gegevensmap {path} is een bestand, geen map.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation>De gegevensmap {path} kan niet worden aangemaakt: {reason}.</translation>
    </message>
    <message>
        <source>examdesk cannot write in the data folder {path}. Choose another folder with --data-dir or ask IT for write access.</source>
        <translation>examdesk kan niet schrijven in de gegevensmap {path}. Kies een andere map met --data-dir of vraag ICT om schrijfrechten.</translation>
    </message>
    <message>
        <source>The disk that holds the data folder {path} is full ({free} MB free; examdesk needs {needed} MB to start safely). Free space on that disk: old exported reports, backups in {backups} that you have copied elsewhere, or other programs&apos; files. The station&apos;s data is intact: do not restore it from a backup, that would lose its latest events.</source>
        <translation>De schijf waarop de gegevensmap {path} staat is vol ({free} MB vrij; examdesk heeft {needed} MB nodig om veilig te starten). Maak ruimte vrij op die schijf: oude geëxporteerde rapporten, back-ups in {backups} die u elders hebt bewaard, of bestanden van andere programma&apos;s. De gegevens van het station zijn intact: zet geen back-up terug, dan gaan de laatste gebeurtenissen verloren.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>This needs the role {roles}; {user} does not have it.</source>
        <translation>Hiervoor is de rol {roles} nodig; {user} heeft die niet.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>This candidate&apos;s BSN cannot be read with the station&apos;s data key: the key store holds another key than the one the BSN was locked with. Nothing was changed; put back the station&apos;s own key file (or keyring entry) from its backup.</source>
        <translation>Het BSN van deze kandidaat kan niet worden gelezen met de gegevenssleutel van het station: de sleutelopslag bevat een andere sleutel dan die waarmee het BSN is vergrendeld. Er is niets gewijzigd; zet het eigen sleutelbestand (of de sleutelbosvermelding) van het station terug uit de back-up.</translation>
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
        <translation>bevoegde docent</translation>
    </message>
    <message>
        <source>A qualified teacher employed by the school; an exam at home or in hospital needs one.</source>
        <translation>Een bevoegde docent in dienst van de school; een examen thuis of in het ziekenhuis heeft er een nodig.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove surveillant {number}</source>
        <translation>Surveillant {number} verwijderen</translation>
    </message>
    <message>
        <source>Loading the afnamegroepen…</source>
        <translation>Afnamegroepen laden…</translation>
    </message>
    <message>
        <source>{group} ({code}) of {date}, for {candidates}</source>
        <translation>{group} ({code}) van {date}, voor {candidates}</translation>
    </message>
    <message>
        <source>Second sitting of</source>
        <translation>Tweede zitting van</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>{variant}: not allowed, shares {items}</source>
        <translation>{variant}: niet toegestaan, deelt {items}</translation>
    </message>
    <message>
        <source>{variant}: no overlap</source>
        <translation>{variant}: geen overlap</translation>
    </message>
    <message>
        <source>There are no afnamegroepen yet: import an exam package first.</source>
        <translation>Er zijn nog geen afnamegroepen: importeer eerst een examenpakket.</translation>
    </message>
    <message>
        <source>Checking the candidates&apos; other sittings…</source>
        <translation>De andere zittingen van de kandidaten worden nagekeken…</translation>
    </message>
    <message>
        <source>Planning this group is refused unless you override it with a reason:</source>
        <translation>Deze groep plannen wordt geweigerd, tenzij u dat met een reden doorbreekt:</translation>
    </message>
    <message>
        <source>The session takes the afnamegroep&apos;s date and start time. Off-site (at home, in hospital, elsewhere) it needs the Inspectie&apos;s consultation and two surveillants, one of them a qualified teacher of the school; at another time than the school&apos;s sitting also the Inspectie&apos;s permission and quarantine, reported beforehand. It cannot start until all of this holds.</source>
        <translation>De afname neemt de datum en begintijd van de afnamegroep over. Buiten de school (thuis, in het ziekenhuis, elders) is overleg met de Inspectie nodig en zijn er twee surveillanten, van wie één een bevoegde docent van de school; op een ander tijdstip dan de zitting op school ook toestemming van de Inspectie en quarantaine, vooraf gemeld. De afname kan pas beginnen als dat allemaal klopt.</translation>
    </message>
    <message>
        <source>consulted on</source>
        <translation>overlegd op</translation>
    </message>
    <message>
        <source>Inspectie consulted</source>
        <translation>Overleg met de Inspectie</translation>
    </message>
    <message>
        <source>reported on</source>
        <translation>gemeld op</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Reden voor doorbreken</translation>
    </message>
    <message>
        <source>Examensecretaris: why the refusal is set aside</source>
        <translation>Examensecretaris: waarom de weigering opzij wordt gezet</translation>
    </message>
    <message>
        <source>Needed when not at the date and time of the school&apos;s sitting</source>
        <translation>Nodig als de afname niet op de datum en tijd van de zitting op school is</translation>
    </message>
    <message>
        <source>Planning the tweede zitting…</source>
        <translation>De tweede zitting wordt gepland…</translation>
    </message>
    <message>
        <source>{user} is chosen twice; choose each surveillant once.</source>
        <translation>{user} is twee keer gekozen; kies elke surveillant één keer.</translation>
    </message>
    <message>
        <source>Planning the session…</source>
        <translation>Afname plannen…</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>Afname plannen</translation>
    </message>
    <message>
        <source>Plan a tweede zitting</source>
        <translation>Tweede zitting plannen</translation>
    </message>
    <message>
        <source>Only for candidates whose work the Inspectie declared invalid. The tweede zitting gets its own afnamegroep, marked as a second sitting, and a variant that shares no question with the one they sat.</source>
        <translation>Alleen voor kandidaten van wie de Inspectie het werk ongeldig heeft verklaard. De tweede zitting krijgt een eigen afnamegroep, aangemerkt als tweede zitting, en een variant die geen vraag deelt met de eerder gemaakte variant.</translation>
    </message>
    <message>
        <source>Afnamegroep</source>
        <translation>Afnamegroep</translation>
    </message>
    <message>
        <source>Surveillants</source>
        <translation>Surveillanten</translation>
    </message>
    <message>
        <source>Add surveillant</source>
        <translation>Surveillant toevoegen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokaal</translation>
    </message>
    <message>
        <source>The exam is taken in quarantine</source>
        <translation>Het examen wordt in quarantaine afgenomen</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Quarantine reported</source>
        <translation>Quarantaine gemeld</translation>
    </message>
    <message>
        <source>Inspectie permission reference</source>
        <translation>Kenmerk toestemming Inspectie</translation>
    </message>
    <message>
        <source>Plan tweede zitting</source>
        <translation>Tweede zitting plannen</translation>
    </message>
    <message>
        <source>Plan session</source>
        <translation>Afname plannen</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>the date of the consultation with the Inspectie (an off-site sitting is arranged with it)</source>
        <translation>de datum van het overleg met de Inspectie (een afname buiten de school wordt met haar afgesproken)</translation>
    </message>
    <message>
        <source>at least two surveillants (there is {count})</source>
        <translation>ten minste twee surveillanten (er is er {count})</translation>
    </message>
    <message>
        <source>a surveillant flagged as a qualified teacher employed by the school</source>
        <translation>een surveillant die als bevoegde docent in dienst van de school is aangemerkt</translation>
    </message>
    <message>
        <source>the Inspectie&apos;s permission reference: the sitting is not at the time of the school&apos;s sitting ({school})</source>
        <translation>het kenmerk van de toestemming van de Inspectie: de afname is niet op het tijdstip van de zitting op school ({school})</translation>
    </message>
    <message>
        <source>the Inspectie&apos;s permission reference: no school sitting of this exam at the same date and time is known</source>
        <translation>het kenmerk van de toestemming van de Inspectie: er is geen zitting op school van dit examen op dezelfde datum en tijd bekend</translation>
    </message>
    <message>
        <source>quarantine: the sitting is at another time than the school&apos;s, so the candidates are kept apart</source>
        <translation>quarantaine: de afname is op een ander tijdstip dan op school, dus de kandidaten worden afgezonderd</translation>
    </message>
    <message>
        <source>the date on which the quarantine was reported to the Inspectie</source>
        <translation>de datum waarop de quarantaine bij de Inspectie is gemeld</translation>
    </message>
    <message>
        <source>The session cannot start yet; still missing: {missing}.</source>
        <translation>De afname kan nog niet beginnen; nog nodig: {missing}.</translation>
    </message>
    <message>
        <source>{name} ({number}) already sits two exams on {date}: {first} and {second}; a third is not allowed.</source>
        <translation>{name} ({number}) maakt op {date} al twee examens: {first} en {second}; een derde is niet toegestaan.</translation>
    </message>
    <message>
        <source>{name} ({number}) sat {qualification} on {earlier} ({group}); the next sitting of that qualification is allowed from {allowed}.</source>
        <translation>{name} ({number}) deed {qualification} op {earlier} ({group}); de volgende afname van die kwalificatie mag vanaf {allowed}.</translation>
    </message>
    <message>
        <source>This session is planned for {planned}, not today ({today}); starting it needs a confirmation with a reason.</source>
        <translation>Deze afname is gepland op {planned}, niet vandaag ({today}); starten kan alleen na een bevestiging met een reden.</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>ProcesVerbaal</name>
    <message>
        <source>Candidate {id} does not belong to this session.</source>
        <translation>Kandidaat {id} hoort niet bij deze afname.</translation>
    </message>
    <message>
        <source>Event #{id} is not part of this session&apos;s proces-verbaal.</source>
        <translation>Gebeurtenis #{id} hoort niet bij het proces-verbaal van deze afname.</translation>
    </message>
    <message>
        <source>Write the addendum&apos;s text.</source>
        <translation>Schrijf de tekst van de aanvulling.</translation>
    </message>
    <message>
        <source>The session is {state}: an addendum is added to the proces-verbaal only after the session has been closed. While it runs, record a remark instead.</source>
        <translation>De afname is {state}: een aanvulling op het proces-verbaal komt pas nadat de afname is gesloten. Leg zolang de afname loopt een opmerking vast.</translation>
    </message>
    <message>
        <source>After a session has been closed only the examensecretaris can add to its proces-verbaal; {user} is not examensecretaris.</source>
        <translation>Na het sluiten van een afname kan alleen de examensecretaris het proces-verbaal aanvullen; {user} is geen examensecretaris.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <source>station</source>
        <translation>station</translation>
    </message>
    <message>
        <source>the station</source>
        <translation>het station</translation>
    </message>
    <message>
        <source>{name} (command line)</source>
        <translation>{name} (opdrachtregel)</translation>
    </message>
    <message>
        <source>Session planned</source>
        <translation>Afname gepland</translation>
    </message>
    <message>
        <source>Session opened</source>
        <translation>Afname geopend</translation>
    </message>
    <message>
        <source>Session closed</source>
        <translation>Afname gesloten</translation>
    </message>
    <message>
        <source>BSN check</source>
        <translation>BSN-controle</translation>
    </message>
    <message>
        <source>Roster corrected</source>
        <translation>Kandidatenlijst gecorrigeerd</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause begins</source>
        <translation>Pauze begint</translation>
    </message>
    <message>
        <source>Pause ends</source>
        <translation>Pauze eindigt</translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>Storing begins</source>
        <translation>Storing begint</translation>
    </message>
    <message>
        <source>Storing ends</source>
        <translation>Storing eindigt</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensatie</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Ingeleverd</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>Tijd om</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Melding (VOV)</source>
        <translation>Melding (VOV)</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Onregelmatigheid</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Aanvulling</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>Klokwaarschuwing</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>niet begonnen</translation>
    </message>
    <message>
        <source>working</source>
        <translation>aan het werk</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pauze</translation>
    </message>
    <message>
        <source>handed in</source>
        <translation>ingeleverd</translation>
    </message>
    <message>
        <source>time up</source>
        <translation>tijd om</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>vertrokken</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>running</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>ziekenhuis</translation>
    </message>
    <message>
        <source>exam centre</source>
        <translation>examencentrum</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>paspoort</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>identiteitskaart</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>rijbewijs</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>verblijfsvergunning</translation>
    </message>
    <message>
        <source>another document</source>
        <translation>een ander document</translation>
    </message>
    <message>
        <source>exam conditions</source>
        <translation>de examenomstandigheden</translation>
    </message>
    <message>
        <source>an exam question</source>
        <translation>een examenvraag</translation>
    </message>
    <message>
        <source>the exam application</source>
        <translation>de werking van de examenapplicatie</translation>
    </message>
    <message>
        <source>a) aids or information that are not allowed</source>
        <translation>a) niet toegestane hulpmiddelen of informatie</translation>
    </message>
    <message>
        <source>b) questions or answers available beforehand</source>
        <translation>b) vragen of antwoorden vooraf beschikbaar</translation>
    </message>
    <message>
        <source>c) supervision that fell short</source>
        <translation>c) tekortschietend toezicht</translation>
    </message>
    <message>
        <source>d) more exam time than allowed</source>
        <translation>d) meer examentijd dan toegestaan</translation>
    </message>
    <message>
        <source>e) handed-in work changed by someone else</source>
        <translation>e) ingeleverd werk door een ander gewijzigd</translation>
    </message>
    <message>
        <source>f) a grade or result set against the rules</source>
        <translation>f) een cijfer of uitslag in strijd met de regels vastgesteld</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
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
        <translation>Gepland op {date} om {time}, {location}, {room}</translation>
    </message>
    <message>
        <source>surveillants: {names}</source>
        <translation>surveillanten: {names}</translation>
    </message>
    <message>
        <source>with quarantine</source>
        <translation>met quarantaine</translation>
    </message>
    <message>
        <source>The session was opened</source>
        <translation>De afname is geopend</translation>
    </message>
    <message>
        <source>Closed; confirmed with their own passwords by {names}</source>
        <translation>Gesloten; met het eigen wachtwoord bevestigd door {names}</translation>
    </message>
    <message>
        <source>BSN {bsn} matches the {document}</source>
        <translation>BSN {bsn} komt overeen met het identiteitsbewijs ({document})</translation>
    </message>
    <message>
        <source>BSN {bsn} does NOT match the {document}</source>
        <translation>BSN {bsn} komt NIET overeen met het identiteitsbewijs ({document})</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>notitie: {text}</translation>
    </message>
    <message>
        <source>BSN on the roster corrected from {before} to {after}: {reason}</source>
        <translation>BSN op de kandidatenlijst gecorrigeerd van {before} naar {after}: {reason}</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Started as a late arrival, {late} after the planned start; their time ends as if they had started at {planned}</source>
        <translation>Begonnen als laatkomer, {late} na de geplande start; de tijd eindigt alsof om {planned} was begonnen</translation>
    </message>
    <message>
        <source>Pause begins: the clock stands still</source>
        <translation>Pauze begint: de klok staat stil</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>tot {end}</translation>
    </message>
    <message>
        <source>Pause {start}–{end} ({duration})</source>
        <translation>Pauze {start}–{end} ({duration})</translation>
    </message>
    <message>
        <source>Extension +{minutes} min ({basis}, grant {granted})</source>
        <translation>Verlenging +{minutes} min ({basis}, toegekend {granted})</translation>
    </message>
    <message>
        <source>Extension +{minutes} min (grant {granted})</source>
        <translation>Verlenging +{minutes} min (toegekend {granted})</translation>
    </message>
    <message>
        <source>beyond the grant, by the examensecretaris: {reason}</source>
        <translation>boven het toegekende, door de examensecretaris: {reason}</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Storing</translation>
    </message>
    <message>
        <source>Storing at question {question}</source>
        <translation>Storing bij vraag {question}</translation>
    </message>
    <message>
        <source>PC changed from {old} to {new}</source>
        <translation>pc gewisseld van {old} naar {new}</translation>
    </message>
    <message>
        <source>PC {pc}</source>
        <translation>pc {pc}</translation>
    </message>
    <message>
        <source>Facet melding {number}</source>
        <translation>Facet-melding {number}</translation>
    </message>
    <message>
        <source>Storing {start}–{end} ({duration})</source>
        <translation>Storing {start}–{end} ({duration})</translation>
    </message>
    <message>
        <source>Compensation {duration} for the storing of {start}–{end}</source>
        <translation>Compensatie {duration} voor de storing van {start}–{end}</translation>
    </message>
    <message>
        <source>Compensation {duration} for the storing from {start}</source>
        <translation>Compensatie {duration} voor de storing vanaf {start}</translation>
    </message>
    <message>
        <source>Handed in after {worked} of working time</source>
        <translation>Ingeleverd na {worked} werktijd</translation>
    </message>
    <message>
        <source>Left early: {reason}</source>
        <translation>Eerder vertrokken: {reason}</translation>
    </message>
    <message>
        <source>too ill to go on</source>
        <translation>te ziek om door te gaan</translation>
    </message>
    <message>
        <source>Time up at {deadline}</source>
        <translation>Tijd om (eindtijd {deadline})</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Niet verschenen</translation>
    </message>
    <message>
        <source>Melding about {about}</source>
        <translation>Melding over {about}</translation>
    </message>
    <message>
        <source>questions {questions}</source>
        <translation>vragen {questions}</translation>
    </message>
    <message>
        <source>for the whole group</source>
        <translation>voor de hele groep</translation>
    </message>
    <message>
        <source>the candidate says: “{text}”</source>
        <translation>de kandidaat zegt: ‘{text}’</translation>
    </message>
    <message>
        <source>the surveillant saw: “{text}”</source>
        <translation>de surveillant zag: ‘{text}’</translation>
    </message>
    <message>
        <source>resolved: {how}</source>
        <translation>opgelost: {how}</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>opgelost</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>niet opgelost</translation>
    </message>
    <message>
        <source>DUO or the Facet helpdesk consulted</source>
        <translation>DUO of de Facet-helpdesk geraadpleegd</translation>
    </message>
    <message>
        <source>meldingsnummer {number}</source>
        <translation>meldingsnummer {number}</translation>
    </message>
    <message>
        <source>Category {category}: {description}</source>
        <translation>Categorie {category}: {description}</translation>
    </message>
    <message>
        <source>Correction of event #{id} ({what} at {time}): {text}</source>
        <translation>Correctie van gebeurtenis #{id} ({what} om {time}): {text}</translation>
    </message>
    <message>
        <source>Correction of event #{id}: {text}</source>
        <translation>Correctie van gebeurtenis #{id}: {text}</translation>
    </message>
    <message>
        <source>the corrected event no longer counts for the clock</source>
        <translation>de gecorrigeerde gebeurtenis telt niet meer mee voor de klok</translation>
    </message>
    <message>
        <source>Addendum: {text}</source>
        <translation>Aanvulling: {text}</translation>
    </message>
    <message>
        <source>about event #{id} ({what} at {time})</source>
        <translation>over gebeurtenis #{id} ({what} om {time})</translation>
    </message>
    <message>
        <source>The computer&apos;s clock went back {seconds} seconds</source>
        <translation>De klok van de computer ging {seconds} seconden terug</translation>
    </message>
    <message>
        <source>Recorded: {kind}</source>
        <translation>Vastgelegd: {kind}</translation>
    </message>
    <message>
        <source>Event chain verified: {count} events, intact</source>
        <translation>Gebeurtenissenketen gecontroleerd: {count} gebeurtenissen, intact</translation>
    </message>
    <message>
        <source>Event chain broken: {reason}</source>
        <translation>Gebeurtenissenketen verbroken: {reason}</translation>
    </message>
    <message>
        <source>question {question}</source>
        <translation>vraag {question}</translation>
    </message>
    <message>
        <source>Override by the examensecretaris</source>
        <translation>Afwijking door de examensecretaris</translation>
    </message>
    <message>
        <source>{what}, decided by {person} because: {reason}</source>
        <translation>{what}, besloten door {person} omdat: {reason}</translation>
    </message>
    <message>
        <source>Extension +{minutes} min beyond the grant of {granted} min: more time than granted</source>
        <translation>Verlenging +{minutes} min boven de toegekende {granted} min: meer tijd dan toegekend</translation>
    </message>
    <message>
        <source>{ground}, {years} school years in the Netherlands</source>
        <translation>{ground}, {years} jaar onderwijs in Nederland</translation>
    </message>
    <message>
        <source>Station set up</source>
        <translation>Station ingericht</translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation>Database bijgewerkt</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Instellingen gewijzigd</translation>
    </message>
    <message>
        <source>School or station renamed</source>
        <translation>Naam van school of station gewijzigd</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account aangemaakt</translation>
    </message>
    <message>
        <source>Account roles changed</source>
        <translation>Rollen van account gewijzigd</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Account gedeactiveerd</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Account weer geactiveerd</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Wachtwoord opnieuw ingesteld</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Aanmelden mislukt</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Exam package imported</source>
        <translation>Examenpakket geïmporteerd</translation>
    </message>
    <message>
        <source>Roster imported</source>
        <translation>Kandidatenlijst geïmporteerd</translation>
    </message>
    <message>
        <source>Started on another day</source>
        <translation>Gestart op een andere dag</translation>
    </message>
    <message>
        <source>Full BSN viewed</source>
        <translation>Volledig BSN ingezien</translation>
    </message>
    <message>
        <source>Irregularity case opened</source>
        <translation>Onregelmatigheidsdossier geopend</translation>
    </message>
    <message>
        <source>Case reported to the Inspectie</source>
        <translation>Dossier gemeld bij de Inspectie</translation>
    </message>
    <message>
        <source>Case discussed with the candidate</source>
        <translation>Dossier besproken met de kandidaat</translation>
    </message>
    <message>
        <source>Case form completed</source>
        <translation>Formulier van het dossier ingevuld</translation>
    </message>
    <message>
        <source>Decision on the case received</source>
        <translation>Besluit over het dossier ontvangen</translation>
    </message>
    <message>
        <source>Resit planned</source>
        <translation>Herkansing gepland</translation>
    </message>
    <message>
        <source>Case step corrected</source>
        <translation>Stap in het dossier gecorrigeerd</translation>
    </message>
    <message>
        <source>Case reported to DUO</source>
        <translation>Dossier gemeld bij DUO</translation>
    </message>
    <message>
        <source>Aangifte made</source>
        <translation>Aangifte gedaan</translation>
    </message>
    <message>
        <source>DUO&apos;s decision received</source>
        <translation>Besluit van DUO ontvangen</translation>
    </message>
    <message>
        <source>Inzage: BSN check</source>
        <translation>Inzage: BSN-controle</translation>
    </message>
    <message>
        <source>Inzage started</source>
        <translation>Inzage begonnen</translation>
    </message>
    <message>
        <source>Inzage: question opened</source>
        <translation>Inzage: vraag geopend</translation>
    </message>
    <message>
        <source>Inzage: answer key shown</source>
        <translation>Inzage: antwoordsleutel getoond</translation>
    </message>
    <message>
        <source>Inzage: proces-verbaal shown</source>
        <translation>Inzage: proces-verbaal getoond</translation>
    </message>
    <message>
        <source>Inzage ended</source>
        <translation>Inzage beëindigd</translation>
    </message>
    <message>
        <source>Inzage resumed</source>
        <translation>Inzage hervat</translation>
    </message>
    <message>
        <source>Inzage appointment booked</source>
        <translation>Inzage-afspraak gemaakt</translation>
    </message>
    <message>
        <source>Inzage appointment cancelled</source>
        <translation>Inzage-afspraak geannuleerd</translation>
    </message>
    <message>
        <source>Inzage appointment lapsed</source>
        <translation>Inzage-afspraak vervallen</translation>
    </message>
    <message>
        <source>Candidate did not come to the inzage</source>
        <translation>Kandidaat niet verschenen bij de inzage</translation>
    </message>
    <message>
        <source>Result adjustment previewed</source>
        <translation>Aanpassing van het resultaat vooraf bekeken</translation>
    </message>
    <message>
        <source>Signing certificate created</source>
        <translation>Ondertekeningscertificaat aangemaakt</translation>
    </message>
    <message>
        <source>Signing certificate imported</source>
        <translation>Ondertekeningscertificaat geïmporteerd</translation>
    </message>
    <message>
        <source>Signer&apos;s certificate trusted</source>
        <translation>Certificaat van ondertekenaar vertrouwd</translation>
    </message>
    <message>
        <source>Signed report exported</source>
        <translation>Ondertekend rapport geëxporteerd</translation>
    </message>
    <message>
        <source>Transfer file of another station imported</source>
        <translation>Overdrachtsbestand van een ander station ingelezen</translation>
    </message>
    <message>
        <source>Event log sealed with the station&apos;s key</source>
        <translation>Gebeurtenissenlog verzegeld met de sleutel van het station</translation>
    </message>
    <message>
        <source>Full BSN of {candidate} viewed by {actor}</source>
        <translation>Volledig BSN van {candidate} ingezien door {actor}</translation>
    </message>
    <message>
        <source>Started on {today}, not on the planned day {planned}, because: {reason}</source>
        <translation>Gestart op {today}, niet op de geplande dag {planned}, omdat: {reason}</translation>
    </message>
    <message>
        <source>{what}, by {actor}</source>
        <translation>{what}, door {actor}</translation>
    </message>
</context>
<context>
    <name>ProcesVerbaalPane</name>
    <message>
        <source>Hide ({keys})</source>
        <translation>Verbergen ({keys})</translation>
    </message>
    <message>
        <source>Hide the proces-verbaal</source>
        <translation>Proces-verbaal verbergen</translation>
    </message>
    <message>
        <source>Proces-verbaal: the part of {name}</source>
        <translation>Proces-verbaal: het deel van {name}</translation>
    </message>
    <message>
        <source>What was recorded about the candidate and about the whole group during their session. Read-only: the candidate looks on.</source>
        <translation>Wat er tijdens de afname over de kandidaat en over de hele groep is vastgelegd. Alleen lezen: de kandidaat kijkt mee.</translation>
    </message>
    <message>
        <source>What was recorded about the candidate and about the whole group during their session.</source>
        <translation>Wat er tijdens de afname over de kandidaat en over de hele groep is vastgelegd.</translation>
    </message>
    <message>
        <source>The session of afnamegroep {group} in which this result was made is not known on this station, so its proces-verbaal is not shown here. Ask the school where the exam was taken for it.</source>
        <translation>De sessie van afnamegroep {group} waarin dit resultaat is gemaakt is op dit station niet bekend, dus het proces-verbaal ervan wordt hier niet getoond. Vraag het op bij de school waar het examen is afgenomen.</translation>
    </message>
    <message>
        <source>This session was held on station {station}: what is shown is a read-only copy of its proces-verbaal.</source>
        <translation>Deze sessie is afgenomen op station {station}: wat hier staat is een alleen-lezen kopie van het proces-verbaal.</translation>
    </message>
    <message>
        <source>Proces-verbaal ({keys})</source>
        <translation>Proces-verbaal ({keys})</translation>
    </message>
    <message>
        <source>Proces-verbaal beside the work</source>
        <translation>Proces-verbaal naast het werk</translation>
    </message>
    <message>
        <source>Show or hide the candidate&apos;s part of the proces-verbaal ({keys})</source>
        <translation>Het deel van de kandidaat in het proces-verbaal tonen of verbergen ({keys})</translation>
    </message>
</context>
<context>
    <name>ProcesVerbaalView</name>
    <message>
        <source>Reading the proces-verbaal…</source>
        <translation>Proces-verbaal lezen…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Addendum recorded as #{number}, with your name and the time.</source>
        <translation>Aanvulling vastgelegd als #{number}, met je naam en de tijd.</translation>
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
        <translation>{time} door {name}</translation>
    </message>
    <message>
        <source>not yet: the session is {state}</source>
        <translation>nog niet: de afname is {state}</translation>
    </message>
    <message>
        <source>at closing, by every surveillant</source>
        <translation>bij het sluiten, door elke surveillant</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Afgetekend door</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>chain head {hash}</source>
        <translation>kop van de keten {hash}</translation>
    </message>
    <message>
        <source>After closing, the examensecretaris can add an addendum; it is marked as such (Ctrl+Shift+A)</source>
        <translation>Na het sluiten kan de examensecretaris een aanvulling toevoegen; die wordt als zodanig gemarkeerd (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>Alle kandidaten</translation>
    </message>
    <message>
        <source>Only the whole group</source>
        <translation>Alleen de hele groep</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>{shown} van {total} gebeurtenissen</translation>
    </message>
    <message>
        <source>{total} events</source>
        <translation>{total} gebeurtenissen</translation>
    </message>
    <message>
        <source>← Back ({keys})</source>
        <translation>← Terug ({keys})</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>Wat is vastgelegd</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Soort gebeurtenis</translation>
    </message>
    <message>
        <source>Filter by text (Ctrl+F)</source>
        <translation>Filter op tekst (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filter op tekst</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Aanvulling toevoegen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Events of the session</source>
        <translation>Gebeurtenissen van de afname</translation>
    </message>
    <message>
        <source>Columns of the events table</source>
        <translation>Kolommen van de tabel met gebeurtenissen</translation>
    </message>
    <message>
        <source>Timeline and events</source>
        <translation>Tijdlijn en gebeurtenissen</translation>
    </message>
    <message>
        <source>Details of the session</source>
        <translation>Gegevens van de afname</translation>
    </message>
    <message>
        <source>Legend of the timeline</source>
        <translation>Legenda van de tijdlijn</translation>
    </message>
</context>
<context>
    <name>ProctorDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>{action}: {candidate}</source>
        <translation>{action}: {candidate}</translation>
    </message>
    <message>
        <source>Only {candidate}</source>
        <translation>Alleen {candidate}</translation>
    </message>
    <message>
        <source>The whole group (collective)</source>
        <translation>De hele groep (collectief)</translation>
    </message>
</context>
<context>
    <name>ProctorWorkspace</name>
    <message>
        <source>Proctor</source>
        <translation>Surveilleren</translation>
    </message>
    <message>
        <source>Loading the sessions…</source>
        <translation>Afnames laden…</translation>
    </message>
    <message>
        <source>Starting the session…</source>
        <translation>Afname starten…</translation>
    </message>
    <message>
        <source>Start on another day</source>
        <translation>Starten op een andere dag</translation>
    </message>
    <message>
        <source>Here you run the exam sessions of an afnamegroep: each candidate&apos;s own clock, the BSN check on the start screen, pauses and extra time, storingen and meldingen, and the proces-verbaal that is written as the session goes.</source>
        <translation>Hier neem je de examens van een afnamegroep af: de eigen klok van elke kandidaat, de BSN-controle op het startscherm, pauzes en verlenging, storingen en meldingen, en het proces-verbaal dat tijdens de afname wordt geschreven.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Wat je nu kunt doen</translation>
    </message>
    <message>
        <source>No exam sessions on this station yet. Plan a session for an afnamegroep from an imported exam package.</source>
        <translation>Er zijn nog geen afnames op dit station. Plan een afname voor een afnamegroep uit een geïmporteerd examenpakket.</translation>
    </message>
    <message>
        <source>No exam sessions on this station yet. Exam packages and sessions come from the examensecretaris; once a session is planned it appears here.</source>
        <translation>Er zijn nog geen afnames op dit station. Examenpakketten en afnames komen van de examensecretaris; zodra een afname is gepland, verschijnt die hier.</translation>
    </message>
    <message>
        <source>Exam sessions</source>
        <translation>Afnames</translation>
    </message>
    <message>
        <source>Choose the session you supervise. A planned session starts when you press Start session; then each candidate starts after their BSN check.</source>
        <translation>Kies de afname waarbij je surveilleert. Een geplande afname begint als je op Afname starten drukt; daarna begint elke kandidaat na de BSN-controle.</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>Overzicht openen</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Afname starten</translation>
    </message>
    <message>
        <source>Plan session…</source>
        <translation>Afname plannen…</translation>
    </message>
    <message>
        <source>Proces-verbaal</source>
        <translation>Proces-verbaal</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Signed reports…</source>
        <translation>Ondertekende rapporten…</translation>
    </message>
    <message>
        <source>Verify a report…</source>
        <translation>Rapport controleren…</translation>
    </message>
    <message>
        <source>Columns of the sessions table</source>
        <translation>Kolommen van de tabel met afnames</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>This exam has no question {numbers}; its questions are {known}. Name them as the exam does.</source>
        <translation>Dit examen heeft geen vraag {numbers}; de vragen zijn {known}. Noem ze zoals het examen ze noemt.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read only: this station is open in another window, so this is recorded there, not here.</source>
        <translation>Alleen lezen: dit station is geopend in een ander venster, dus dit wordt daar vastgelegd, niet hier.</translation>
    </message>
    <message>
        <source>Read only — this station is open in another window (by {user} on {host} since {since}).</source>
        <translation>Alleen lezen — dit station is geopend in een ander venster (door {user} op {host} sinds {since}).</translation>
    </message>
    <message>
        <source>Read only — this station is open in another window.</source>
        <translation>Alleen lezen — dit station is geopend in een ander venster.</translation>
    </message>
    <message>
        <source>Nothing you do here is recorded. To work here, close that window, then close and start this one again.</source>
        <translation>Wat u hier doet, wordt niet vastgelegd. Wilt u hier werken: sluit dat venster, en sluit en start dit venster daarna opnieuw.</translation>
    </message>
    <message>
        <source>READ ONLY</source>
        <translation>ALLEEN LEZEN</translation>
    </message>
    <message>
        <source>You can open it here read-only: you sign in with your own account and see the sessions, the proces-verbaal, results and logs, and nothing is recorded.</source>
        <translation>U kunt het hier openen om alleen te lezen: u meldt zich aan met uw eigen account en ziet de afnames, het proces-verbaal, de resultaten en de logboeken, en er wordt niets vastgelegd.</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Alleen lezen openen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>RemarkDialog</name>
    <message>
        <source>Recording the remark…</source>
        <translation>Opmerking vastleggen…</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>A remark goes into the proces-verbaal as you write it.</source>
        <translation>Een opmerking komt in het proces-verbaal zoals je haar schrijft.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Record remark</source>
        <translation>Opmerking vastleggen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>page {page} of {pages}</source>
        <translation>pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Made {date} at {time}</source>
        <translation>Gemaakt {date} om {time}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>This document carries the digital signature of the station. Any change after signing is detected by every PDF signature verifier (examdesk verify, Adobe Reader, pdfsig).</source>
        <translation>Dit document draagt de digitale handtekening van het station. Elke wijziging na ondertekening wordt opgemerkt door elke controle van pdf-handtekeningen (examdesk verify, Adobe Reader, pdfsig).</translation>
    </message>
    <message>
        <source>closed by the examensecretaris</source>
        <translation>gesloten door de examensecretaris</translation>
    </message>
    <message>
        <source>closed by the station when the time was up</source>
        <translation>door het station gesloten toen de tijd om was</translation>
    </message>
    <message>
        <source>Report of an inzage</source>
        <translation>Verslag van een inzage</translation>
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
        <translation>Examen</translation>
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
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>{name}, candidate {number}, BSN {bsn}</source>
        <translation>{name}, kandidaat {number}, BSN {bsn}</translation>
    </message>
    <message>
        <source>Conducted by</source>
        <translation>Verleend door</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>not recorded (the inzage was not closed on this station)</source>
        <translation>niet vastgelegd (de inzage is op dit station niet gesloten)</translation>
    </message>
    <message>
        <source>{time}, {how}</source>
        <translation>{time}, {how}</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Tijdslimiet</translation>
    </message>
    <message>
        <source>{minutes} minutes, with a visible countdown</source>
        <translation>{minutes} minuten, met zichtbaar aftellen</translation>
    </message>
    <message>
        <source>Only wrongly answered items shown</source>
        <translation>Alleen fout beantwoorde vragen getoond</translation>
    </message>
    <message>
        <source>Supervisor present</source>
        <translation>Toezichthouder aanwezig</translation>
    </message>
    <message>
        <source>ID check on the start screen</source>
        <translation>Identiteitscontrole op het startscherm</translation>
    </message>
    <message>
        <source>match ({document})</source>
        <translation>overeenstemming ({document})</translation>
    </message>
    <message>
        <source>not required for this exam</source>
        <translation>niet vereist voor dit examen</translation>
    </message>
    <message>
        <source>Proces-verbaal of the session shown</source>
        <translation>Proces-verbaal van de afname getoond</translation>
    </message>
    <message>
        <source>Items opened</source>
        <translation>Geopende vragen</translation>
    </message>
    <message>
        <source>Items are named by their number only: this report holds no question text, answer or key.</source>
        <translation>Vragen worden alleen met hun nummer genoemd: dit verslag bevat geen vraagtekst, antwoord of sleutel.</translation>
    </message>
    <message>
        <source>Key shown</source>
        <translation>Sleutel getoond</translation>
    </message>
    <message>
        <source>Marking scheme shown</source>
        <translation>Correctievoorschrift getoond</translation>
    </message>
    <message>
        <source>No item was opened.</source>
        <translation>Er is geen vraag geopend.</translation>
    </message>
    <message>
        <source>Last event of this inzage in the event chain</source>
        <translation>Laatste gebeurtenis van deze inzage in de gebeurtenissenketen</translation>
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
        <translation>Afname</translation>
    </message>
    <message>
        <source>{code} · {title} ({kind}), {minutes} minutes</source>
        <translation>{code} · {title} ({kind}), {minutes} minuten</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Planned start and duration</source>
        <translation>Geplande aanvang en duur</translation>
    </message>
    <message>
        <source>{start}, {minutes} minutes</source>
        <translation>{start}, {minutes} minuten</translation>
    </message>
    <message>
        <source>Location and room</source>
        <translation>Locatie en lokaal</translation>
    </message>
    <message>
        <source>Inspectie&apos;s permission</source>
        <translation>Toestemming van de Inspectie</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Surveillants</source>
        <translation>Surveillanten</translation>
    </message>
    <message>
        <source>{name} (qualified teacher)</source>
        <translation>{name} (bevoegd docent)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>{time} by {person}</source>
        <translation>{time} door {person}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Afgetekend door</translation>
    </message>
    <message>
        <source>The session was still running when this proces-verbaal was made: it shows the record up to then.</source>
        <translation>De afname liep nog toen dit proces-verbaal werd gemaakt: het toont de vastlegging tot dat moment.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Proces-verbaal (PROVISIONAL)</source>
        <translation>Proces-verbaal (VOORLOPIG)</translation>
    </message>
    <message>
        <source>PROVISIONAL: the session was still running</source>
        <translation>VOORLOPIG: de afname liep nog</translation>
    </message>
    <message>
        <source>{number} {name} · {state}</source>
        <translation>{number} {name} · {state}</translation>
    </message>
    <message>
        <source>BSN check</source>
        <translation>BSN-controle</translation>
    </message>
    <message>
        <source>BSN {bsn}: matched the {document} at {time} ({person})</source>
        <translation>BSN {bsn}: kwam overeen met het identiteitsbewijs ({document}) om {time} ({person})</translation>
    </message>
    <message>
        <source>BSN {bsn}: did NOT match the {document} at {time} ({person})</source>
        <translation>BSN {bsn}: kwam NIET overeen met het identiteitsbewijs ({document}) om {time} ({person})</translation>
    </message>
    <message>
        <source>BSN {bsn}: no check recorded</source>
        <translation>BSN {bsn}: geen controle vastgelegd</translation>
    </message>
    <message>
        <source>the roster was corrected by the examensecretaris</source>
        <translation>de examensecretaris heeft de presentielijst gecorrigeerd</translation>
    </message>
    <message>
        <source>Start · deadline · end</source>
        <translation>Begin · eindtijd · einde</translation>
    </message>
    <message>
        <source>{start} · {deadline} · {end}</source>
        <translation>{start} · {deadline} · {end}</translation>
    </message>
    <message>
        <source>{time}, late arrival: {minutes} min after the planned start</source>
        <translation>{time}, te laat: {minutes} min na de geplande aanvang</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>basis: {basis}</source>
        <translation>grond: {basis}</translation>
    </message>
    <message>
        <source>{granted} min granted, on the clock from the start; {used} min of it used</source>
        <translation>{granted} min toegekend, vanaf de start op de klok; daarvan {used} min gebruikt</translation>
    </message>
    <message>
        <source>{answer}, reported to the Inspectie on {date}</source>
        <translation>{answer}, gemeld aan de Inspectie op {date}</translation>
    </message>
    <message>
        <source>Inspectie consulted on</source>
        <translation>Inspectie geraadpleegd op</translation>
    </message>
    <message>
        <source>MORE TIME THAN GRANTED, by the examensecretaris because: {reason}</source>
        <translation>MEER TIJD DAN TOEGEKEND, door de examensecretaris omdat: {reason}</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <source>{start}–{end} ({minutes})</source>
        <translation>{start}–{end} ({minutes})</translation>
    </message>
    <message>
        <source>{start}– (still going on)</source>
        <translation>{start}– (loopt nog)</translation>
    </message>
    <message>
        <source>total {minutes}</source>
        <translation>totaal {minutes}</translation>
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
        <translation>vraag {question}</translation>
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
        <translation>compensatie {minutes}</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensatie</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Eerder vertrokken</translation>
    </message>
    <message>
        <source>{reason} (ill)</source>
        <translation>{reason} (ziek)</translation>
    </message>
    <message>
        <source>Absent: the candidate did not start.</source>
        <translation>Afwezig: de kandidaat is niet begonnen.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Meldingen and irregularities</source>
        <translation>Meldingen en onregelmatigheden</translation>
    </message>
    <message>
        <source>Remarks and corrections</source>
        <translation>Opmerkingen en correcties</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Aanvullingen</translation>
    </message>
    <message>
        <source>The event log in time order</source>
        <translation>Het logboek in volgorde van tijd</translation>
    </message>
    <message>
        <source>None were recorded.</source>
        <translation>Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>Wat is vastgelegd</translation>
    </message>
    <message>
        <source>Dossier of an irregularity case</source>
        <translation>Dossier onregelmatigheid</translation>
    </message>
    <message>
        <source>Case {number} · {exam} · {group} · {date}</source>
        <translation>Zaak {number} · {exam} · {group} · {date}</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>De zaak</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>{code} · {title} ({kind})</source>
        <translation>{code} · {title} ({kind})</translation>
    </message>
    <message>
        <source>Category (Beleidsregel art. 2)</source>
        <translation>Categorie (Beleidsregel art. 2)</translation>
    </message>
    <message>
        <source>Technical irregularity</source>
        <translation>Technische onregelmatigheid</translation>
    </message>
    <message>
        <source>yes; meldingsnummer {number} known from the session</source>
        <translation>ja; meldingsnummer {number} bekend uit de afname</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>Geopend vanuit</translation>
    </message>
    <message>
        <source>{origin} (entry no. {number} of the session)</source>
        <translation>{origin} (vermelding nr. {number} van de afname)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>{time} by {person} (no. {number})</source>
        <translation>{time} door {person} (nr. {number})</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Huidige stap</translation>
    </message>
    <message>
        <source>{step}; next: {next}</source>
        <translation>{step}; volgende: {next}</translation>
    </message>
    <message>
        <source>{step}; the case is closed</source>
        <translation>{step}; de zaak is afgesloten</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Work declared invalid</source>
        <translation>Werk ongeldig verklaard</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>nog niet besloten</translation>
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
        <translation>De procedure stap voor stap</translation>
    </message>
    <message>
        <source>The steps of the DUO procedure in their order; a step cannot be skipped. Each shows its facts as they stand now; a corrected step also names its correction.</source>
        <translation>De stappen van de DUO-procedure in hun volgorde; geen stap kan worden overgeslagen. Bij elke stap staan de gegevens zoals ze nu gelden; bij een gecorrigeerde stap staat ook de correctie.</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>{number}. {step} (done)</source>
        <translation>{number}. {step} (gedaan)</translation>
    </message>
    <message>
        <source>{number}. {step} (next)</source>
        <translation>{number}. {step} (volgende)</translation>
    </message>
    <message>
        <source>{number}. {step} (not yet)</source>
        <translation>{number}. {step} (nog niet)</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Nog niet vastgelegd.</translation>
    </message>
    <message>
        <source>Not needed: the Inspectie declared no work invalid, so the results stand.</source>
        <translation>Niet nodig: de Inspectie heeft geen werk ongeldig verklaard, dus de resultaten blijven staan.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <source>The Inspectie&apos;s decision</source>
        <translation>Besluit van de Inspectie</translation>
    </message>
    <message>
        <source>Facet meldingsnummer</source>
        <translation>Facet-meldingsnummer</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Datum van de brief</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Work of {name}</source>
        <translation>Werk van {name}</translation>
    </message>
    <message>
        <source>declared invalid</source>
        <translation>ongeldig verklaard</translation>
    </message>
    <message>
        <source>not declared invalid: the result stands</source>
        <translation>niet ongeldig verklaard: het resultaat blijft staan</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Gecorrigeerd</translation>
    </message>
    <message>
        <source>no. {number} on {time} by {person}, because: {reason}</source>
        <translation>nr. {number} op {time} door {person}, omdat: {reason}</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Wat nu te doen</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Nog nodig</translation>
    </message>
    <message>
        <source>Nothing: the case is closed.</source>
        <translation>Niets: de zaak is afgesloten.</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>Geschiedenis van de zaak</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>CORRECTION of no. {number}. Reason: {reason}</source>
        <translation>CORRECTIE van nr. {number}. Reden: {reason}</translation>
    </message>
    <message>
        <source>corrected by no. {numbers}</source>
        <translation>gecorrigeerd door nr. {numbers}</translation>
    </message>
    <message>
        <source>Entries of the session about this case</source>
        <translation>Vermeldingen uit de afname over deze zaak</translation>
    </message>
    <message>
        <source>What was recorded in the session about these candidates or the whole group (irregularities, storingen, meldingen, remarks and corrections), as the proces-verbaal says it.</source>
        <translation>Wat er in de afname is vastgelegd over deze kandidaten of de hele groep (onregelmatigheden, storingen, meldingen, opmerkingen en correcties), zoals het proces-verbaal het zegt.</translation>
    </message>
    <message>
        <source>corrects no. {number}</source>
        <translation>corrigeert nr. {number}</translation>
    </message>
    <message>
        <source>Verification of the record</source>
        <translation>Controle van de vastlegging</translation>
    </message>
    <message>
        <source>Events of this case</source>
        <translation>Gebeurtenissen van deze zaak</translation>
    </message>
    <message>
        <source>Last event of this case</source>
        <translation>Laatste gebeurtenis van deze zaak</translation>
    </message>
    <message>
        <source>no longer counts for the clock</source>
        <translation>telt niet meer mee voor de klok</translation>
    </message>
    <message>
        <source>Closing and event chain</source>
        <translation>Sluiting en gebeurtenissenketen</translation>
    </message>
    <message>
        <source>Event chain</source>
        <translation>Gebeurtenissenketen</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Kop van de keten</translation>
    </message>
    <message>
        <source>Events of this session</source>
        <translation>Gebeurtenissen van deze afname</translation>
    </message>
    <message>
        <source>Last event of this session</source>
        <translation>Laatste gebeurtenis van deze afname</translation>
    </message>
    <message>
        <source>no. {seq}, hash {hash}</source>
        <translation>nr. {seq}, hash {hash}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>working</source>
        <translation>aan het werk</translation>
    </message>
    <message>
        <source>pause (clock stopped)</source>
        <translation>pauze (klok staat stil)</translation>
    </message>
    <message>
        <source>storing (clock runs)</source>
        <translation>storing (klok loopt door)</translation>
    </message>
    <message>
        <source>late start</source>
        <translation>later begonnen</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>verlenging</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>compensatie</translation>
    </message>
    <message>
        <source>time left</source>
        <translation>resterende tijd</translation>
    </message>
    <message>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <source>Exam conditions (examenomstandigheden)</source>
        <translation>Examenomstandigheden</translation>
    </message>
    <message>
        <source>An exam question (examenvraag)</source>
        <translation>Examenvraag</translation>
    </message>
    <message>
        <source>The exam application (werking examenbank)</source>
        <translation>Werking examenbank</translation>
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
        <translation>Datum en lokaal</translation>
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
        <translation>Betreft</translation>
    </message>
    <message>
        <source>The whole group (collective melding)</source>
        <translation>De hele groep (collectieve melding)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Question numbers</source>
        <translation>Vraagnummers</translation>
    </message>
    <message>
        <source>The candidate&apos;s description</source>
        <translation>Omschrijving door de kandidaat</translation>
    </message>
    <message>
        <source>The surveillant&apos;s description</source>
        <translation>Omschrijving door de surveillant</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Hoe het is opgelost</translation>
    </message>
    <message>
        <source>DUO / Facet helpdesk consulted</source>
        <translation>DUO / Facet-helpdesk geraadpleegd</translation>
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
        <translation>Correcties op deze melding</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>interrupted, closed afterwards by the examensecretaris</source>
        <translation>onderbroken, achteraf afgesloten door de examensecretaris</translation>
    </message>
    <message>
        <source>Question (item)</source>
        <translation>Vraag (item)</translation>
    </message>
    <message>
        <source>not shown: the session in which this result was made is not known on this station</source>
        <translation>niet getoond: de afname waarin dit resultaat is gemaakt, is op dit station niet bekend</translation>
    </message>
    <message>
        <source>Added by the examensecretaris after the session was closed; marked as addenda.</source>
        <translation>Toegevoegd door de examensecretaris nadat de afname was gesloten; gemarkeerd als aanvulling.</translation>
    </message>
    <message>
        <source>Every event of this session as recorded, with the station&apos;s clock (Amsterdam time). A correction never replaces an event; both are shown. Addenda are shaded.</source>
        <translation>Elke gebeurtenis van deze afname zoals vastgelegd, met de klok van het station (Amsterdamse tijd). Een correctie vervangt een gebeurtenis nooit; beide worden getoond. Aanvullingen zijn gearceerd.</translation>
    </message>
    <message>
        <source>{date} at {time}, {room}</source>
        <translation>{date} om {time}, {room}</translation>
    </message>
    <message>
        <source>Only the last four digits of a BSN are shown.</source>
        <translation>Van een BSN staan alleen de laatste vier cijfers hier.</translation>
    </message>
    <message>
        <source>Every entry as recorded. A wrong entry is never changed: its correction is recorded beside it, shaded and marked as a correction.</source>
        <translation>Elke vermelding zoals vastgelegd. Een onjuiste vermelding wordt nooit gewijzigd: de correctie staat ernaast, gearceerd en gemarkeerd als correctie.</translation>
    </message>
    <message>
        <source>A correction never replaces the melding; both are shown.</source>
        <translation>Een correctie vervangt de melding nooit; beide worden getoond.</translation>
    </message>
</context>
<context>
    <name>ReportHead</name>
    <message>
        <source>This report was made when the station&apos;s event log went up to event {seq}; the log now ends at event {last}: events were removed after the report was made (or an older copy of the database was put back).</source>
        <translation>Dit rapport is gemaakt toen het gebeurtenislogboek van het station tot en met gebeurtenis {seq} ging; het logboek eindigt nu bij gebeurtenis {last}: er zijn gebeurtenissen verwijderd nadat het rapport is gemaakt (of een oudere kopie van de database is teruggezet).</translation>
    </message>
    <message>
        <source>This report was made at event {seq} of the station&apos;s event log, but the log now holds another event with that number: the log was replaced after the report was made.</source>
        <translation>Dit rapport is gemaakt bij gebeurtenis {seq} van het gebeurtenislogboek van het station, maar het logboek bevat nu een andere gebeurtenis met dat nummer: het logboek is vervangen nadat het rapport is gemaakt.</translation>
    </message>
    <message>
        <source>The station&apos;s event log, which this report was made from, is no longer intact: {reason}.</source>
        <translation>Het gebeurtenislogboek van het station, waaruit dit rapport is gemaakt, is niet meer intact: {reason}.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>There is no melding (VOV) {id} on this station.</source>
        <translation>Er is geen melding (VOV) {id} op dit station.</translation>
    </message>
    <message>
        <source>{user} is not a surveillant of this session, so cannot export its reports.</source>
        <translation>{user} is geen surveillant van deze afname en kan de rapporten ervan dus niet exporteren.</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {reason}.</source>
        <translation>Het rapport kan niet worden geschreven naar {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>{path} already exists, so the report was not written: choose another file name, or say that the existing file is to be replaced (--force).</source>
        <translation>{path} bestaat al, dus het rapport is niet geschreven: kies een andere bestandsnaam, of geef aan dat het bestaande bestand moet worden vervangen (--force).</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>Het bestand draagt geen digitale handtekening.</translation>
    </message>
    <message>
        <source>Proces-verbaal of the exam session</source>
        <translation>Proces-verbaal van de examenafname</translation>
    </message>
    <message>
        <source>Verklaring van ordentelijk verloop</source>
        <translation>Verklaring van ordentelijk verloop</translation>
    </message>
    <message>
        <source>Report of an inzage</source>
        <translation>Verslag van een inzage</translation>
    </message>
    <message>
        <source>Dossier of an irregularity case</source>
        <translation>Dossier onregelmatigheid</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <source>passed</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gezakt</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>toegestaan</translation>
    </message>
    <message>
        <source>allowed until {day}</source>
        <translation>toegestaan t/m {day}</translation>
    </message>
    <message>
        <source>not allowed for this exam</source>
        <translation>niet toegestaan voor dit examen</translation>
    </message>
    <message>
        <source>inspection period expired (CvTE)</source>
        <translation>inzageperiode verstreken (CvTE)</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>geen uitslag</translation>
    </message>
    <message>
        <source>not for this grade</source>
        <translation>niet bij dit cijfer</translation>
    </message>
    <message>
        <source>lapsed: passed since</source>
        <translation>vervallen: inmiddels geslaagd</translation>
    </message>
    <message>
        <source>request period over</source>
        <translation>aanvraagtermijn verstreken</translation>
    </message>
    <message>
        <source>had inzage; again from {day}</source>
        <translation>al ingezien; weer vanaf {day}</translation>
    </message>
    <message>
        <source>not allowed: {reason}</source>
        <translation>niet toegestaan: {reason}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
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
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitslag</translation>
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
        <translation>Inzage</translation>
    </message>
    <message>
        <source>Inzage: choose the afnamegroep</source>
        <translation>Inzage: kies de afnamegroep</translation>
    </message>
    <message>
        <source>Select an afnamegroep and choose &apos;View exam results&apos; to see its candidates, their results and whether they may have inzage.</source>
        <translation>Selecteer een afnamegroep en kies ‘Inzien examenresultaten’ voor de kandidaten, hun resultaten en of ze inzage mogen krijgen.</translation>
    </message>
    <message>
        <source>View exam results</source>
        <translation>Inzien examenresultaten</translation>
    </message>
    <message>
        <source>Afnamegroepen</source>
        <translation>Afnamegroepen</translation>
    </message>
    <message>
        <source>Columns of the afnamegroepen table</source>
        <translation>Kolommen van de tabel met afnamegroepen</translation>
    </message>
    <message>
        <source>← Afnamegroepen</source>
        <translation>← Afnamegroepen</translation>
    </message>
    <message>
        <source>Back to the afnamegroepen</source>
        <translation>Terug naar de afnamegroepen</translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>Inzage for the selected candidate</source>
        <translation>Inzage voor de geselecteerde kandidaat</translation>
    </message>
    <message>
        <source>Technical fault…</source>
        <translation>Technische storing…</translation>
    </message>
    <message>
        <source>Technical fault: result-adjustment preview</source>
        <translation>Technische storing: voorvertoning bijstelling uitslag</translation>
    </message>
    <message>
        <source>Exam results</source>
        <translation>Examenresultaten</translation>
    </message>
    <message>
        <source>Inzage log of this afnamegroep</source>
        <translation>Inzagelogboek van deze afnamegroep</translation>
    </message>
    <message>
        <source>Columns of the exam results</source>
        <translation>Kolommen van de examenresultaten</translation>
    </message>
    <message>
        <source>Columns of the inzage log</source>
        <translation>Kolommen van het inzagelogboek</translation>
    </message>
    <message>
        <source>No inzage has been held yet.</source>
        <translation>Er is nog geen inzage gehouden.</translation>
    </message>
    <message>
        <source>Signed inzage report…</source>
        <translation>Ondertekend inzageverslag…</translation>
    </message>
    <message>
        <source>Signed report of the selected inzage</source>
        <translation>Ondertekend verslag van de gekozen inzage</translation>
    </message>
    <message>
        <source>Exam results: {name} ({code})</source>
        <translation>Examenresultaten: {name} ({code})</translation>
    </message>
    <message>
        <source>PE: inzage only for a grade 4 or 5, within {days} days after the result, once per half year.</source>
        <translation>PE: inzage alleen bij een 4 of 5, binnen {days} dagen na de uitslag, eens per half jaar.</translation>
    </message>
    <message>
        <source>Inspection period until {day}.</source>
        <translation>Inzageperiode tot en met {day}.</translation>
    </message>
    <message>
        <source>{exam} ({code}), sat on {date}. Inzage status on {today}. {rule}</source>
        <translation>{exam} ({code}), afgenomen op {date}. Inzagestatus op {today}. {rule}</translation>
    </message>
    <message>
        <source>← Exam results</source>
        <translation>← Examenresultaten</translation>
    </message>
    <message>
        <source>Back to the exam results</source>
        <translation>Terug naar de examenresultaten</translation>
    </message>
    <message>
        <source>Start inzage</source>
        <translation>Start inzage</translation>
    </message>
    <message>
        <source>Before the start (PE inzage)</source>
        <translation>Voor de start (PE-inzage)</translation>
    </message>
    <message>
        <source>Check ID…</source>
        <translation>Legitimatie controleren…</translation>
    </message>
    <message>
        <source>Check the candidate&apos;s ID on the start screen</source>
        <translation>De legitimatie van de kandidaat controleren op het startscherm</translation>
    </message>
    <message>
        <source>A supervisor is present during the inzage</source>
        <translation>Er is een toezichthouder aanwezig tijdens de inzage</translation>
    </message>
    <message>
        <source>Afname of {name} ({number})</source>
        <translation>Afname van {name} ({number})</translation>
    </message>
    <message>
        <source>{exam}, variant {variant}, afnamegroep {group}</source>
        <translation>{exam}, variant {variant}, afnamegroep {group}</translation>
    </message>
    <message>
        <source>Score {points} of {maximum} ({percent}), grade {grade}: {verdict}</source>
        <translation>Score {points} van {maximum} ({percent}), cijfer {grade}: {verdict}</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Nog niet gecontroleerd.</translation>
    </message>
    <message>
        <source>The ID matches the roster.</source>
        <translation>De legitimatie komt overeen met de kandidatenlijst.</translation>
    </message>
    <message>
        <source>The ID did NOT match the roster: the inzage cannot start.</source>
        <translation>De legitimatie kwam NIET overeen met de kandidatenlijst: de inzage kan niet starten.</translation>
    </message>
    <message>
        <source>The inzage shows the {count} wrongly answered of {total} questions, each with its correct answer, for at most {minutes} minutes.</source>
        <translation>De inzage toont de {count} fout beantwoorde van de {total} vragen, elk met het juiste antwoord, gedurende hooguit {minutes} minuten.</translation>
    </message>
    <message>
        <source>The inzage shows all {total} questions with the candidate&apos;s answers and scores.</source>
        <translation>De inzage toont alle {total} vragen met de antwoorden van de kandidaat en de scores.</translation>
    </message>
    <message>
        <source>Loading the afnamegroepen…</source>
        <translation>De afnamegroepen laden…</translation>
    </message>
    <message>
        <source>Inzage as in Facet: choose an afnamegroep, view its results, and open one candidate&apos;s work read-only with the answer key and the correctievoorschrift.</source>
        <translation>Inzage zoals in Facet: kies een afnamegroep, bekijk de resultaten en open het werk van een kandidaat alleen-lezen, met de antwoordsleutel en het correctievoorschrift.</translation>
    </message>
    <message>
        <source>No afnamegroepen on this station yet. Import a package with results in the Exams workspace.</source>
        <translation>Er staan nog geen afnamegroepen op dit station. Importeer een pakket met resultaten in de werkruimte Examens.</translation>
    </message>
    <message>
        <source>Inzage shows candidates&apos; answers and keys: only the examensecretaris holds it.</source>
        <translation>Inzage toont antwoorden van kandidaten en antwoordsleutels: alleen de examensecretaris verleent inzage.</translation>
    </message>
    <message>
        <source>Loading the exam results…</source>
        <translation>De examenresultaten laden…</translation>
    </message>
    <message>
        <source>The preview for {name} is saved in the log. DUO decides.</source>
        <translation>De voorvertoning voor {name} is vastgelegd in het logboek. DUO beslist.</translation>
    </message>
    <message>
        <source>Opening the afname…</source>
        <translation>De afname openen…</translation>
    </message>
    <message>
        <source>Starting the inzage…</source>
        <translation>De inzage starten…</translation>
    </message>
    <message>
        <source>The inzage of {name} ended by itself: the time was up.</source>
        <translation>De inzage van {name} is vanzelf gestopt: de tijd was om.</translation>
    </message>
    <message>
        <source>The inzage of {name} has ended.</source>
        <translation>De inzage van {name} is beëindigd.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Wat je nu kunt doen</translation>
    </message>
    <message>
        <source>Appointments (today: {count})</source>
        <translation>Afspraken (vandaag: {count})</translation>
    </message>
    <message>
        <source>Book appointment…</source>
        <translation>Afspraak maken…</translation>
    </message>
    <message>
        <source>Book an inzage appointment for the selected candidate</source>
        <translation>Inzageafspraak maken voor de gekozen kandidaat</translation>
    </message>
    <message>
        <source>Resuming the inzage…</source>
        <translation>De inzage wordt hervat…</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Surveillant (invigilator)</source>
        <translation>Surveillant</translation>
    </message>
    <message>
        <source>Examensecretaris (exam secretary)</source>
        <translation>Examensecretaris</translation>
    </message>
    <message>
        <source>Beheerder (administrator)</source>
        <translation>Beheerder</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>BSN mismatch</source>
        <translation>BSN afwijkend</translation>
    </message>
    <message>
        <source>storing</source>
        <translation>storing</translation>
    </message>
    <message>
        <source>Room view: every candidate&apos;s time</source>
        <translation>Zaalweergave: de tijd van elke kandidaat</translation>
    </message>
</context>
<context>
    <name>RosterCorrectionDialog</name>
    <message>
        <source>Type the correct BSN.</source>
        <translation>Typ het juiste BSN.</translation>
    </message>
    <message>
        <source>Correcting the roster…</source>
        <translation>Kandidatenlijst corrigeren…</translation>
    </message>
    <message>
        <source>Correct the BSN on the roster</source>
        <translation>BSN op de kandidatenlijst corrigeren</translation>
    </message>
    <message>
        <source>Only after checking the candidate&apos;s ID document against the school&apos;s records. The correction and its reason go into the proces-verbaal; afterwards the BSN check is done again.</source>
        <translation>Alleen nadat u het identiteitsbewijs van de kandidaat met de administratie van de school hebt vergeleken. De correctie en de reden komen in het proces-verbaal; daarna wordt de BSN-controle opnieuw gedaan.</translation>
    </message>
    <message>
        <source>BSN on the roster now: {bsn}</source>
        <translation>BSN nu op de kandidatenlijst: {bsn}</translation>
    </message>
    <message>
        <source>Correct BSN</source>
        <translation>Juiste BSN</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Correct roster</source>
        <translation>Kandidatenlijst corrigeren</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Accommodations</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <source>VSV</source>
        <translation>VSV</translation>
    </message>
    <message>
        <source>ISD melding</source>
        <translation>ISD-melding</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>geldig t/m {date}</translation>
    </message>
    <message>
        <source>EXPIRED (valid until {date})</source>
        <translation>VERLOPEN (geldig t/m {date})</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>niet nodig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no ISD melding needed</source>
        <translation>geen ISD-melding nodig</translation>
    </message>
    <message>
        <source>no accommodations</source>
        <translation>geen voorzieningen</translation>
    </message>
    <message>
        <source>This PE exam needs a valid Verklaring Speciale Voorzieningen for these accommodations. Check the VSV with the candidate before the start.</source>
        <translation>Voor deze voorzieningen is bij dit PE-examen een geldige Verklaring Speciale Voorzieningen nodig. Controleer de VSV met de kandidaat vóór de start.</translation>
    </message>
    <message>
        <source>VSV dated {dates}</source>
        <translation>VSV gedateerd {dates}</translation>
    </message>
    <message>
        <source>To be reported to the Inspectie (ISD melding): {accommodations}</source>
        <translation>Te melden aan de Inspectie (ISD-melding): {accommodations}</translation>
    </message>
    <message>
        <source>{ground}, {years} school years in NL</source>
        <translation>{ground}, {years} jaar onderwijs in NL</translation>
    </message>
</context>
<context>
    <name>SchoolServer</name>
    <message>
        <source>&apos;{url}&apos; is not the address of a PostgreSQL database: write it as postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>&apos;{url}&apos; is geen adres van een PostgreSQL-database: schrijf het als postgresql://GEBRUIKER@HOST[:POORT]/DATABASE.</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; names no database: add it at the end, as in postgresql://USER@HOST/examdesk.</source>
        <translation>Het adres &apos;{url}&apos; noemt geen database: zet die aan het eind, zoals in postgresql://GEBRUIKER@HOST/examdesk.</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; names no user: write it as postgresql://USER@HOST/DATABASE.</source>
        <translation>Het adres &apos;{url}&apos; noemt geen gebruiker: schrijf het als postgresql://GEBRUIKER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>The school server at {url} cannot be reached: {reason}</source>
        <translation>De schoolserver op {url} is niet bereikbaar: {reason}</translation>
    </message>
    <message>
        <source>The database at {url} is not set up for examdesk (revision {found}, this examdesk needs {needed}): school IT runs &apos;examdesk server init&apos; on it first.</source>
        <translation>De database op {url} is niet ingericht voor examdesk (revisie {found}, deze examdesk heeft {needed} nodig): de ICT van de school voert er eerst &apos;examdesk server init&apos; op uit.</translation>
    </message>
    <message>
        <source>The database at {url} was set up by a newer examdesk (revision {found}): update this station first.</source>
        <translation>De database op {url} is ingericht door een nieuwere examdesk (revisie {found}): werk eerst dit station bij.</translation>
    </message>
    <message>
        <source>This station is not connected to a school server: connect it with &apos;examdesk server set URL&apos;.</source>
        <translation>Dit station is niet met een schoolserver verbonden: verbind het met &apos;examdesk server set URL&apos;.</translation>
    </message>
    <message>
        <source>The user in {url} may not create the role {role}: run &apos;examdesk server init&apos; as the database&apos;s owner with the right to create roles (CREATEROLE), or create the role {role} first.</source>
        <translation>De gebruiker in {url} mag de rol {role} niet aanmaken: voer &apos;examdesk server init&apos; uit als eigenaar van de database met het recht om rollen te maken (CREATEROLE), of maak eerst de rol {role} aan.</translation>
    </message>
    <message>
        <source>The school database at {url} could not be set up: {reason}</source>
        <translation>De schooldatabase op {url} kon niet worden ingericht: {reason}</translation>
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
        <translation>Lokaal</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pauze</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet begonnen</translation>
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
        <translation>Laatste gebeurtenis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
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
        <translation>Afname {session} van station {station} staat niet op de schoolserver en niet tussen de geïmporteerde.</translation>
    </message>
    <message>
        <source>event {seq} of station {station} does not follow the event before it in the copy: the copy was changed</source>
        <translation>gebeurtenis {seq} van station {station} volgt in de kopie niet op de gebeurtenis ervoor: de kopie is gewijzigd</translation>
    </message>
</context>
<context>
    <name>SchoolWorkspace</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>Not answered: 0 points.</source>
        <translation>Niet beantwoord: 0 punten.</translation>
    </message>
    <message>
        <source>Excluded because of a technical fault: counts neither in the score nor in the maximum.</source>
        <translation>Vervallen door een technische storing: telt niet mee in de score en niet in het maximum.</translation>
    </message>
    <message>
        <source>Chose {chosen}, the right answer: full marks ({points}).</source>
        <translation>{chosen} gekozen, het juiste antwoord: volle score ({points}).</translation>
    </message>
    <message>
        <source>Chose {chosen}; the right answer is {key}: 0 points.</source>
        <translation>{chosen} gekozen; het juiste antwoord is {key}: 0 punten.</translation>
    </message>
    <message>
        <source>Exactly the right options selected: full marks ({points}).</source>
        <translation>Precies de juiste antwoorden aangevinkt: volle score ({points}).</translation>
    </message>
    <message>
        <source>{errors} errors ({wrong} wrongly selected, {missed} right ones not selected): {points} − {errors} × {penalty} = {score}.</source>
        <translation>{errors} fouten ({wrong} onjuist aangevinkt, {missed} juiste niet aangevinkt): {points} − {errors} × {penalty} = {score}.</translation>
    </message>
    <message>
        <source>{errors} errors ({wrong} wrongly selected, {missed} right ones not selected): {points} − {errors} × {penalty} is below 0, so 0.</source>
        <translation>{errors} fouten ({wrong} onjuist aangevinkt, {missed} juiste niet aangevinkt): {points} − {errors} × {penalty} is minder dan 0, dus 0.</translation>
    </message>
    <message>
        <source>{answer} is within {tolerance} of {key}: full marks ({points}).</source>
        <translation>{answer} ligt binnen {tolerance} van {key}: volle score ({points}).</translation>
    </message>
    <message>
        <source>{answer} is not within {tolerance} of {key}: 0 points.</source>
        <translation>{answer} ligt niet binnen {tolerance} van {key}: 0 punten.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number in Dutch notation: 0 points. {warning}</source>
        <translation>&apos;{text}&apos; is geen getal in Nederlandse schrijfwijze: 0 punten. {warning}</translation>
    </message>
    <message>
        <source>{correct} of {total} dropdowns right: {correct} × {points}/{total} = {score}.</source>
        <translation>{correct} van {total} keuzelijsten juist: {correct} × {points}/{total} = {score}.</translation>
    </message>
    <message>
        <source>The order was not changed, so the item counts as not answered: 0 points.</source>
        <translation>De volgorde is niet veranderd, dus de vraag telt als niet beantwoord: 0 punten.</translation>
    </message>
    <message>
        <source>All {total} in the right order: full marks ({points}).</source>
        <translation>Alle {total} in de juiste volgorde: volle score ({points}).</translation>
    </message>
    <message>
        <source>{correct} of {total} in the right place: {correct} × {points}/{total} = {score}.</source>
        <translation>{correct} van {total} op de juiste plaats: {correct} × {points}/{total} = {score}.</translation>
    </message>
    <message>
        <source>Not entirely in the right order, and this item scores all or nothing: 0 points.</source>
        <translation>Niet helemaal in de juiste volgorde, en deze vraag is alles of niets: 0 punten.</translation>
    </message>
    <message>
        <source>Awarded by the corrector: {score} out of a maximum of {points}.</source>
        <translation>Toegekend door de corrector: {score} van maximaal {points}.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>This computer has no usable keyring, so the station&apos;s keys are kept in an encrypted file that needs the station passphrase. Set the environment variable EXAMDESK_KEY_PASSPHRASE to it.</source>
        <translation>Deze computer heeft geen bruikbare sleutelbos, dus de sleutels van het station staan in een versleuteld bestand dat de wachtwoordzin van het station nodig heeft. Zet de omgevingsvariabele EXAMDESK_KEY_PASSPHRASE op die wachtwoordzin.</translation>
    </message>
    <message>
        <source>The station passphrase is wrong.</source>
        <translation>De wachtwoordzin van het station is onjuist.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged and cannot be read.</source>
        <translation>Het sleutelbestand {path} is beschadigd en kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The key file {path} is missing, but this station&apos;s data was locked with it. Put the key file back (from the station&apos;s backup); examdesk does not make a new one, because the data locked with the old one could then never be read again.</source>
        <translation>Het sleutelbestand {path} ontbreekt, maar de gegevens van dit station zijn ermee vergrendeld. Zet het sleutelbestand terug (uit de back-up van het station); examdesk maakt geen nieuw, want dan zouden de gegevens die met het oude zijn vergrendeld nooit meer te lezen zijn.</translation>
    </message>
    <message>
        <source>The key file {path} was replaced by another one while examdesk was running. Nothing was changed; put the station&apos;s own key file back and start examdesk again.</source>
        <translation>Het sleutelbestand {path} is vervangen door een ander terwijl examdesk draaide. Er is niets gewijzigd; zet het eigen sleutelbestand van het station terug en start examdesk opnieuw.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be written ({reason}). It was left as it was.</source>
        <translation>Het sleutelbestand {path} kan niet worden geschreven ({reason}). Het is gelaten zoals het was.</translation>
    </message>
    <message>
        <source>Choose a station passphrase of at least {count} characters.</source>
        <translation>Kies een wachtwoordzin voor het station van minstens {count} tekens.</translation>
    </message>
    <message>
        <source>The system keyring did not answer: {reason}</source>
        <translation>De sleutelbos van het systeem gaf geen antwoord: {reason}</translation>
    </message>
    <message>
        <source>No system keyring: the station&apos;s keys are in an encrypted file in the data folder, unlocked with the station passphrase.</source>
        <translation>Geen sleutelbos van het systeem: de sleutels van het station staan in een versleuteld bestand in de gegevensmap, ontgrendeld met de wachtwoordzin van het station.</translation>
    </message>
    <message>
        <source>Demo station: its keys are kept unprotected in the demo folder.</source>
        <translation>Demostation: de sleutels staan onbeveiligd in de demomap.</translation>
    </message>
    <message>
        <source>The station&apos;s keys are locked: enter the station passphrase first.</source>
        <translation>De sleutels van het station zijn vergrendeld: voer eerst de wachtwoordzin van het station in.</translation>
    </message>
    <message>
        <source>The station passphrase is wrong. Wait {seconds} seconds before you try again.</source>
        <translation>Het stationswachtwoord klopt niet. Wacht {seconds} seconden voordat u het opnieuw probeert.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Qt platform plugin and translations</source>
        <translation>Qt-platformplug-in en vertalingen</translation>
    </message>
    <message>
        <source>database opens, migrates and keeps its event chain</source>
        <translation>database opent, migreert en houdt de gebeurtenissenketen intact</translation>
    </message>
    <message>
        <source>translations for messages without a window</source>
        <translation>vertalingen voor meldingen zonder venster</translation>
    </message>
    <message>
        <source>a PDF signs and verifies</source>
        <translation>een pdf wordt ondertekend en gecontroleerd</translation>
    </message>
    <message>
        <source>the school server&apos;s PostgreSQL driver loads</source>
        <translation>het PostgreSQL-stuurprogramma voor de schoolserver laadt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>goed</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FOUT</translation>
    </message>
    <message>
        <source>{passed} of {total} checks passed.</source>
        <translation>{passed} van {total} controles geslaagd.</translation>
    </message>
    <message>
        <source>the Dutch message catalogue is missing or empty</source>
        <translation>de Nederlandse meldingencatalogus ontbreekt of is leeg</translation>
    </message>
    <message>
        <source>the event chain did not verify: {reason}</source>
        <translation>de gebeurtenissenketen klopt niet: {reason}</translation>
    </message>
    <message>
        <source>the calendar data that writes dates and plural forms is missing: {reason}</source>
        <translation>de kalendergegevens waarmee datums en meervoudsvormen worden geschreven ontbreken: {reason}</translation>
    </message>
    <message>
        <source>a date was written as {written} instead of {expected}</source>
        <translation>een datum werd geschreven als {written} in plaats van {expected}</translation>
    </message>
    <message>
        <source>schema {schema}, {count} events</source>
        <translation>schema {schema}, {count} gebeurtenissen</translation>
    </message>
    <message>
        <source>{algorithm} signature verified; a changed byte was detected</source>
        <translation>{algorithm}-handtekening gecontroleerd; een gewijzigde byte werd opgemerkt</translation>
    </message>
    <message>
        <source>the freshly signed PDF did not verify</source>
        <translation>de zojuist ondertekende pdf bleek niet geldig</translation>
    </message>
    <message>
        <source>a changed byte in a signed PDF was not detected</source>
        <translation>een gewijzigde byte in een ondertekende pdf werd niet opgemerkt</translation>
    </message>
    <message>
        <source>psycopg {version} ({implementation}), libpq {libpq}</source>
        <translation>psycopg {version} ({implementation}), libpq {libpq}</translation>
    </message>
    <message>
        <source>the PostgreSQL driver cannot be loaded: {reason}</source>
        <translation>het PostgreSQL-stuurprogramma kan niet worden geladen: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Afnamegroep</source>
        <translation>Afnamegroep</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Surveillants</source>
        <translation>Surveillanten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{place} (quarantine)</source>
        <translation>{place} (quarantaine)</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>There is no session {id} on this station.</source>
        <translation>Er is geen afname {id} op dit station.</translation>
    </message>
    <message>
        <source>Candidate {id} does not belong to this session.</source>
        <translation>Kandidaat {id} hoort niet bij deze afname.</translation>
    </message>
    <message>
        <source>A session needs at least one surveillant.</source>
        <translation>Een afname heeft minstens één surveillant nodig.</translation>
    </message>
    <message>
        <source>{user} is not a surveillant on this station.</source>
        <translation>{user} is geen surveillant op dit station.</translation>
    </message>
    <message>
        <source>{user} is planned twice on this session; name each surveillant once.</source>
        <translation>{user} staat twee keer op deze afname; noem elke surveillant één keer.</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>The session is {state}; this can only be done while it is running.</source>
        <translation>De afname is {state}; dit kan alleen terwijl de afname loopt.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>De afname is al begonnen.</translation>
    </message>
    <message>
        <source>{name} cannot start: the BSN check on the start screen has not been recorded as a match.</source>
        <translation>{name} kan niet beginnen: de BSN-controle op het startscherm is niet als overeenkomend vastgelegd.</translation>
    </message>
    <message>
        <source>The BSN did not match; the examensecretaris corrects the roster before the check is done again.</source>
        <translation>Het BSN kwam niet overeen; de examensecretaris corrigeert eerst de kandidatenlijst, daarna wordt de controle opnieuw gedaan.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>&apos;{value}&apos; is niet een van: {allowed}.</translation>
    </message>
    <message>
        <source>{name} has no pauses accommodation applied, so a pause would stop the clock without a right to it; a toilet visit is a remark. Only the examensecretaris can override this, with a reason.</source>
        <translation>Voor {name} is geen voorziening pauzes toegepast, dus een pauze zou de klok stilzetten zonder recht daarop; een toiletbezoek is een opmerking. Alleen de examensecretaris kan hiervan afwijken, met een reden.</translation>
    </message>
    <message>
        <source>{name} has paused {minutes} minutes in total; more than {limit} needs the CvTE consult on the pauses accommodation. Only the examensecretaris can override this, with a reason.</source>
        <translation>{name} heeft in totaal {minutes} minuten gepauzeerd; meer dan {limit} vraagt het overleg met het CvTE op de voorziening pauzes. Alleen de examensecretaris kan hiervan afwijken, met een reden.</translation>
    </message>
    <message>
        <source>{name} has no accommodation number {index}.</source>
        <translation>{name} heeft geen voorziening nummer {index}.</translation>
    </message>
    <message>
        <source>That accommodation of {name} is already applied; there is nothing to override.</source>
        <translation>Die voorziening van {name} wordt al toegepast; er valt niets af te wijken.</translation>
    </message>
    <message>
        <source>The session is closed; only the examensecretaris can read a candidate&apos;s full BSN now.</source>
        <translation>De afname is gesloten; alleen de examensecretaris kan nu het volledige BSN van een kandidaat inzien.</translation>
    </message>
    <message>
        <source>A melding of this kind needs the question numbers it is about.</source>
        <translation>Een melding van deze soort vraagt de vraagnummers waar ze over gaat.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Beschrijf wat er gebeurde.</translation>
    </message>
    <message>
        <source>An override needs a written reason.</source>
        <translation>Afwijken vraagt een geschreven reden.</translation>
    </message>
    <message>
        <source>There is no storing {id} of this candidate.</source>
        <translation>Er is geen storing {id} van deze kandidaat.</translation>
    </message>
    <message>
        <source>That storing has already ended.</source>
        <translation>Die storing is al voorbij.</translation>
    </message>
    <message>
        <source>The session cannot close: {count} candidates are not finished yet.</source>
        <translation>De afname kan niet worden gesloten: {count} kandidaten zijn nog niet klaar.</translation>
    </message>
    <message>
        <source>The password of {user} is wrong (or missing): every surveillant of the session confirms with their own.</source>
        <translation>Het wachtwoord van {user} is onjuist (of ontbreekt): elke surveillant van de afname bevestigt met het eigen wachtwoord.</translation>
    </message>
    <message>
        <source>Event {id} is not part of this session&apos;s proces-verbaal.</source>
        <translation>Gebeurtenis {id} hoort niet bij het proces-verbaal van deze afname.</translation>
    </message>
    <message>
        <source>Only an event of a candidate&apos;s clock (start, pause, extra time, compensation, hand-in, leaving, absence, time up) can be taken out of the clock; event {id} is not one.</source>
        <translation>Alleen een gebeurtenis van de klok van een kandidaat (start, pauze, verlenging, compensatie, inleveren, vertrek, afwezigheid, tijd om) kan uit de klok worden gehaald; gebeurtenis {id} is dat niet.</translation>
    </message>
    <message>
        <source>The corrected BSN is not valid: {reason}.</source>
        <translation>Het gecorrigeerde BSN is niet geldig: {reason}.</translation>
    </message>
    <message>
        <source>{user} is not planned on this session; only its surveillants and the examensecretaris act in it.</source>
        <translation>{user} is niet op deze afname ingepland; alleen de eigen surveillanten en de examensecretaris handelen erin.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The file cannot be read as a PDF: it is damaged, or it was changed after it was made.</source>
        <translation>Het bestand kan niet als pdf worden gelezen: het is beschadigd, of het is gewijzigd nadat het is gemaakt.</translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation>Het bestand is geen pdf.</translation>
    </message>
    <message>
        <source>The signature cannot be read: it is damaged.</source>
        <translation>De handtekening kan niet worden gelezen: ze is beschadigd.</translation>
    </message>
</context>
<context>
    <name>StartingPage</name>
    <message>
        <source>The station could not be opened</source>
        <translation>Het station kon niet worden geopend</translation>
    </message>
    <message>
        <source>Read what went wrong below, then try again or quit.</source>
        <translation>Lees hieronder wat er misging en probeer het daarna opnieuw of sluit af.</translation>
    </message>
    <message>
        <source>Opening the station…</source>
        <translation>Het station wordt geopend…</translation>
    </message>
    <message>
        <source>examdesk is opening its data folder. This takes a moment.</source>
        <translation>examdesk opent de gegevensmap. Dit duurt even.</translation>
    </message>
    <message>
        <source>Busy opening the station</source>
        <translation>Bezig met openen van het station</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>De {what} mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>The {what} is {length} characters long; at most {limit} fit.</source>
        <translation>De {what} is {length} tekens lang; er passen er hoogstens {limit}.</translation>
    </message>
    <message>
        <source>The {what} holds a control character; type it again as plain text.</source>
        <translation>De {what} bevat een stuurteken; typ hem opnieuw als gewone tekst.</translation>
    </message>
    <message>
        <source>school&apos;s name</source>
        <translation>naam van de school</translation>
    </message>
    <message>
        <source>station&apos;s name</source>
        <translation>naam van het station</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes). Nothing was changed and no new station was started over it: put the station&apos;s database back from its backup, or, if this station never held any data, remove the empty file.</source>
        <translation>De database {path} is leeg (0 bytes). Er is niets gewijzigd en er is geen nieuw station overheen gestart: zet de database van het station terug uit de back-up, of verwijder het lege bestand als dit station nooit gegevens heeft gehad.</translation>
    </message>
    <message>
        <source>The data folder {folder} holds a station&apos;s key file but no database. Nothing was changed and no new station was started beside the old keys: put the database back from the station&apos;s backup, or choose another data folder.</source>
        <translation>De gegevensmap {folder} bevat het sleutelbestand van een station maar geen database. Er is niets gewijzigd en er is geen nieuw station naast de oude sleutels gestart: zet de database terug uit de back-up van het station, of kies een andere gegevensmap.</translation>
    </message>
    <message>
        <source>The data folder {folder} holds an encrypted database but not its identity file {file}. Nothing was changed: put the identity file back from the station&apos;s backup.</source>
        <translation>De gegevensmap {folder} bevat een versleutelde database maar niet het identiteitsbestand {file} ervan. Er is niets gewijzigd: zet het identiteitsbestand terug uit de back-up van het station.</translation>
    </message>
    <message>
        <source>The station&apos;s secret store has no key for its encrypted database. Nothing was changed and no new key was made: put the key file back from the station&apos;s backup, or use the keyring of the computer that made the station.</source>
        <translation>De sleutelopslag van het station bevat geen sleutel voor de versleutelde database. Er is niets gewijzigd en er is geen nieuwe sleutel gemaakt: zet het sleutelbestand terug uit de back-up van het station, of gebruik de sleutelbos van de computer die het station heeft gemaakt.</translation>
    </message>
    <message>
        <source>The data folder {folder} belongs to a station (its identity file {file} is there) but its database is missing. Nothing was changed and no new station was started: put the database back from the station&apos;s backup, or choose another data folder.</source>
        <translation>De gegevensmap {folder} hoort bij een station (het identiteitsbestand {file} staat er) maar de database ontbreekt. Er is niets gewijzigd en er is geen nieuw station begonnen: zet de database terug uit de back-up van het station, of kies een andere gegevensmap.</translation>
    </message>
    <message>
        <source>The station&apos;s database is still locked: enter the station passphrase first.</source>
        <translation>De database van het station is nog vergrendeld: voer eerst de stationswachtzin in.</translation>
    </message>
</context>
<context>
    <name>StationNamesBox</name>
    <message>
        <source>School and station names</source>
        <translation>Naam van school en station</translation>
    </message>
    <message>
        <source>Every report names the school and this station, and a certificate made on this station carries both.</source>
        <translation>Elk rapport noemt de school en dit station, en een certificaat dat op dit station wordt gemaakt, draagt beide.</translation>
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
        <translation>Namen opslaan</translation>
    </message>
    <message>
        <source>Saved. Reports made from now on name the school and the station.</source>
        <translation>Opgeslagen. Rapporten die vanaf nu worden gemaakt, noemen de school en het station.</translation>
    </message>
</context>
<context>
    <name>StoringDialog</name>
    <message>
        <source>Recording the storing…</source>
        <translation>Storing vastleggen…</translation>
    </message>
    <message>
        <source>Storing begins</source>
        <translation>Storing begint</translation>
    </message>
    <message>
        <source>The candidate&apos;s clock goes on during a storing. When it has ended you can give compensation time, at most as long as the storing lasted. Every field is optional.</source>
        <translation>De klok van de kandidaat loopt door tijdens een storing. Als de storing voorbij is, kun je compensatie geven, hoogstens zo lang als de storing duurde. Elk veld is optioneel.</translation>
    </message>
    <message>
        <source>At question</source>
        <translation>Bij vraag</translation>
    </message>
    <message>
        <source>Old workstation</source>
        <translation>Oude werkplek</translation>
    </message>
    <message>
        <source>New workstation</source>
        <translation>Nieuwe werkplek</translation>
    </message>
    <message>
        <source>Facet helpdesk meldingsnummer</source>
        <translation>Meldingsnummer Facet-helpdesk</translation>
    </message>
    <message>
        <source>Start storing</source>
        <translation>Storing starten</translation>
    </message>
    <message>
        <source>Recording the end of the storing…</source>
        <translation>Einde van de storing vastleggen…</translation>
    </message>
    <message>
        <source>Storing ends</source>
        <translation>Storing eindigt</translation>
    </message>
    <message>
        <source>The storing ends now. Afterwards, give compensation time with Compensation (C) if the candidate lost time.</source>
        <translation>De storing eindigt nu. Geef daarna compensatie met Compensatie (C) als de kandidaat tijd verloor.</translation>
    </message>
    <message>
        <source>End storing</source>
        <translation>Storing beëindigen</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The school server holds a different event {seq} for station {station} than this station recorded: nothing was copied. Ask school IT to compare the two (examdesk log) before anything else is copied.</source>
        <translation>De schoolserver heeft een andere gebeurtenis {seq} van station {station} dan dit station vastlegde: er is niets gekopieerd. Laat de ICT van de school de twee vergelijken (examdesk log) voordat er verder iets wordt gekopieerd.</translation>
    </message>
    <message>
        <source>The school server holds {server} events of station {station}, this station only {local}: its database was put back from an older copy. Nothing was copied.</source>
        <translation>De schoolserver heeft {server} gebeurtenissen van station {station}, dit station maar {local}: de database is teruggezet uit een oudere kopie. Er is niets gekopieerd.</translation>
    </message>
    <message>
        <source>This station&apos;s event chain does not verify, so nothing was copied to the school server: {reason}.</source>
        <translation>De gebeurtenisketen van dit station klopt niet, dus er is niets naar de schoolserver gekopieerd: {reason}.</translation>
    </message>
    <message>
        <source>The school server refused the copy, and nothing of it was kept: {reason}. Ask school IT.</source>
        <translation>De schoolserver weigerde de kopie en bewaarde er niets van: {reason}. Vraag de ICT van de school.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>School server: %n event(s) waiting, the station&apos;s keys are locked</source>
        <translation>
            <numerusform>Schoolserver: %n gebeurtenis wacht, de sleutels van het station zijn vergrendeld</numerusform>
            <numerusform>Schoolserver: %n gebeurtenissen wachten, de sleutels van het station zijn vergrendeld</numerusform>
        </translation>
    </message>
    <message>
        <source>School server unreachable since {time}; nothing waiting</source>
        <translation>Schoolserver onbereikbaar sinds {time}; er wacht niets</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting, school server unreachable since {time}</source>
        <translation>
            <numerusform>%n gebeurtenis wacht, schoolserver onbereikbaar sinds {time}</numerusform>
            <numerusform>%n gebeurtenissen wachten, schoolserver onbereikbaar sinds {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>School server: %n event(s) waiting</source>
        <translation>
            <numerusform>Schoolserver: %n gebeurtenis wacht</numerusform>
            <numerusform>Schoolserver: %n gebeurtenissen wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>School server: up to date</source>
        <translation>Schoolserver: bijgewerkt</translation>
    </message>
    <message>
        <source>School server: {address}</source>
        <translation>Schoolserver: {address}</translation>
    </message>
    <message>
        <source>Last copied at {time}</source>
        <translation>Laatst gekopieerd om {time}</translation>
    </message>
    <message>
        <source>Nothing copied yet</source>
        <translation>Nog niets gekopieerd</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
</context>
<context>
    <name>Throttle</name>
    <message>
        <source>Too many wrong attempts. Wait {seconds} seconds before you try again.</source>
        <translation>Te veel verkeerde pogingen. Wacht {seconds} seconden voordat u het opnieuw probeert.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>working</source>
        <translation>aan het werk</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pauze</translation>
    </message>
    <message>
        <source>storing</source>
        <translation>storing</translation>
    </message>
    <message>
        <source>late start</source>
        <translation>te laat begonnen</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>verlenging</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>compensatie</translation>
    </message>
    <message>
        <source>time remaining</source>
        <translation>resterende tijd</translation>
    </message>
    <message>
        <source>handed in</source>
        <translation>ingeleverd</translation>
    </message>
    <message>
        <source>time up</source>
        <translation>tijd om</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>vertrokken</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>{start}–{end} ({duration})</source>
        <translation>{start}–{end} ({duration})</translation>
    </message>
    <message>
        <source>No candidates in this session.</source>
        <translation>Geen kandidaten in deze afname.</translation>
    </message>
    <message>
        <source>absent: did not come</source>
        <translation>afwezig: niet verschenen</translation>
    </message>
    <message>
        <source>not started: the BSN did not match</source>
        <translation>niet begonnen: het BSN kwam niet overeen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>niet begonnen</translation>
    </message>
    <message>
        <source>Planned start {time}</source>
        <translation>Geplande start {time}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>question {question}</source>
        <translation>vraag {question}</translation>
    </message>
    <message>
        <source>compensation {minutes}</source>
        <translation>compensatie {minutes}</translation>
    </message>
    <message>
        <source>a late arrival&apos;s time ends as if they had started on time</source>
        <translation>voor een laatkomer eindigt de tijd alsof op tijd was begonnen</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>van {start} tot {end}</translation>
    </message>
    <message>
        <source>working time {minutes}</source>
        <translation>werktijd {minutes}</translation>
    </message>
    <message>
        <source>deadline {time}</source>
        <translation>eindtijd {time}</translation>
    </message>
    <message>
        <source>⚑ override by the examensecretaris</source>
        <translation>⚑ afwijking door de examensecretaris</translation>
    </message>
    <message>
        <source>Timeline of the candidates</source>
        <translation>Tijdlijn van de kandidaten</translation>
    </message>
    <message>
        <source>extension (under the bar)</source>
        <translation>verlenging (onder de balk)</translation>
    </message>
    <message>
        <source>compensation (under the bar)</source>
        <translation>compensatie (onder de balk)</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>geplande start</translation>
    </message>
    <message>
        <source>Legend of the timeline</source>
        <translation>Legenda van de tijdlijn</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>{problem} The table shows what was known at {time}.</source>
        <translation>{problem} De tabel toont wat om {time} bekend was.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <source>Read at {time}; read again every few seconds</source>
        <translation>Gelezen om {time}; wordt om de paar seconden opnieuw gelezen</translation>
    </message>
    <message>
        <source>No sessions of other stations on {date}: nothing has been copied to the school server for that day, and no transfer file of it was imported.</source>
        <translation>Geen afnames van andere stations op {date}: voor die dag is niets naar de schoolserver gekopieerd en geen overdrachtsbestand ingelezen.</translation>
    </message>
    <message>
        <source>Today at the school</source>
        <translation>Vandaag op school</translation>
    </message>
    <message>
        <source>Every station&apos;s sessions of the day, as copied to the school server or imported from a transfer file. Enter opens the proces-verbaal of the chosen session, read-only.</source>
        <translation>De afnames van de dag op elk station, zoals gekopieerd naar de schoolserver of ingelezen uit een overdrachtsbestand. Enter opent het proces-verbaal van de gekozen afname, alleen-lezen.</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Open proces-verbaal ({keys})</source>
        <translation>Proces-verbaal openen ({keys})</translation>
    </message>
    <message>
        <source>Open proces-verbaal</source>
        <translation>Proces-verbaal openen</translation>
    </message>
    <message>
        <source>Read again ({keys})</source>
        <translation>Opnieuw lezen ({keys})</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Opnieuw lezen</translation>
    </message>
    <message>
        <source>Sessions of every station</source>
        <translation>Afnames van elk station</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The session&apos;s description cannot be read: {reason}.</source>
        <translation>De beschrijving van de afname kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>{path} already exists, so the transfer file was not written: choose another file name.</source>
        <translation>{path} bestaat al, dus het overdrachtsbestand is niet geschreven: kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} is niet te lezen: {reason}.</translation>
    </message>
    <message>
        <source>This station&apos;s event chain does not verify, so no transfer file was made: {reason}.</source>
        <translation>De gebeurtenissenketen van dit station klopt niet, dus er is geen overdrachtsbestand gemaakt: {reason}.</translation>
    </message>
    <message>
        <source>{file} is signed by {signer} (fingerprint {fingerprint}), which this station does not trust: a beheerder adds that station&apos;s certificate with &apos;examdesk trust add CERT&apos; first.</source>
        <translation>{file} is ondertekend door {signer} (vingerafdruk {fingerprint}), die dit station niet vertrouwt: een beheerder voegt eerst het certificaat van dat station toe met &apos;examdesk trust add CERT&apos;.</translation>
    </message>
    <message>
        <source>{file} comes from this station itself ({station}): its session is already here.</source>
        <translation>{file} komt van dit station zelf ({station}): de sessie staat hier al.</translation>
    </message>
    <message>
        <source>The session&apos;s description in {file} is of another station or session than the file names.</source>
        <translation>De beschrijving van de sessie in {file} hoort bij een ander station of een andere sessie dan het bestand noemt.</translation>
    </message>
    <message>
        <source>The proces-verbaal in {file} does not carry an intact signature of a trusted signer: it was changed.</source>
        <translation>Het proces-verbaal in {file} draagt geen ongeschonden handtekening van een vertrouwde ondertekenaar: het is veranderd.</translation>
    </message>
    <message>
        <source>{file} does not continue the chain of station {station} that this station already holds from an earlier transfer file (they differ from event {seq} on): nothing was imported. Ask the beheerder of that station to compare them (examdesk log).</source>
        <translation>{file} sluit niet aan op de keten van station {station} die dit station al heeft uit een eerder overdrachtsbestand (ze verschillen vanaf gebeurtenis {seq}): er is niets ingelezen. Vraag de beheerder van dat station ze te vergelijken (examdesk log).</translation>
    </message>
    <message>
        <source>{file} is not an examdesk transfer file: it cannot be read as one ({reason}).</source>
        <translation>{file} is geen overdrachtsbestand van examdesk: het is niet als zodanig te lezen ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a transfer file of this examdesk version (format {format}, version {version}).</source>
        <translation>{file} is geen overdrachtsbestand van deze versie van examdesk (formaat {format}, versie {version}).</translation>
    </message>
    <message>
        <source>{file} is incomplete: it does not hold {member}.</source>
        <translation>{file} is onvolledig: {member} ontbreekt.</translation>
    </message>
    <message>
        <source>{file} holds {member}, which its signed list of contents does not name: it was changed.</source>
        <translation>{file} bevat {member}, dat niet in de ondertekende inhoudsopgave staat: het bestand is veranderd.</translation>
    </message>
    <message>
        <source>{member} in {file} is not what the station signed: it was changed after the file was made.</source>
        <translation>{member} in {file} is niet wat het station ondertekende: het is veranderd nadat het bestand gemaakt werd.</translation>
    </message>
    <message>
        <source>The signature of {file} does not match its contents: the file was changed after it was signed.</source>
        <translation>De handtekening van {file} past niet bij de inhoud: het bestand is veranderd nadat het ondertekend werd.</translation>
    </message>
    <message>
        <source>The signature of {file} cannot be read: it is damaged or missing ({reason}).</source>
        <translation>De handtekening van {file} is niet te lezen: ze is beschadigd of ontbreekt ({reason}).</translation>
    </message>
    <message>
        <source>{member} in {file} cannot be read: {reason}.</source>
        <translation>{member} in {file} is niet te lezen: {reason}.</translation>
    </message>
    <message>
        <source>The chain of station {station} in {file} has event {seq} where event {expected} belongs: events are missing.</source>
        <translation>De keten van station {station} in {file} heeft gebeurtenis {seq} waar gebeurtenis {expected} hoort: er ontbreken gebeurtenissen.</translation>
    </message>
    <message>
        <source>The chain of station {station} in {file}: event {seq} does not point to the event before it.</source>
        <translation>De keten van station {station} in {file}: gebeurtenis {seq} verwijst niet naar de gebeurtenis ervoor.</translation>
    </message>
    <message>
        <source>The chain of station {station} in {file} does not end at the head its list of contents names (event {seq}).</source>
        <translation>De keten van station {station} in {file} eindigt niet bij de kop die de inhoudsopgave noemt (gebeurtenis {seq}).</translation>
    </message>
    <message>
        <source>Event {seq} of station {station} in {file} is not the event the station&apos;s chain holds with that number: it was changed.</source>
        <translation>Gebeurtenis {seq} van station {station} in {file} is niet de gebeurtenis die de keten van het station onder dat nummer heeft: ze is veranderd.</translation>
    </message>
    <message>
        <source>Event {seq} in {file} belongs to another station or session than the file names.</source>
        <translation>Gebeurtenis {seq} in {file} hoort bij een ander station of een andere sessie dan het bestand noemt.</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>{file} holds no certificate: give a certificate file in PEM or DER form (.pem, .crt, .cer).</source>
        <translation>{file} bevat geen certificaat: geef een certificaatbestand in PEM- of DER-vorm (.pem, .crt, .cer).</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Too many wrong passphrases. Wait until {time} before you try again.</source>
        <translation>Te vaak een verkeerde wachtwoordzin. Wacht tot {time} voordat u het opnieuw probeert.</translation>
    </message>
    <message>
        <source>Enter the station passphrase.</source>
        <translation>Voer de wachtwoordzin van het station in.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Unlocking the station&apos;s keys…</source>
        <translation>Sleutels van het station ontgrendelen…</translation>
    </message>
    <message>
        <source>Unlock the station&apos;s keys</source>
        <translation>Ontgrendel de sleutels van het station</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so the station&apos;s keys are kept in an encrypted file in the data folder. The station passphrase unlocks them.</source>
        <translation>Deze computer heeft geen sleutelbos van het systeem, dus de sleutels van het station staan in een versleuteld bestand in de gegevensmap. De wachtwoordzin van het station ontgrendelt ze.</translation>
    </message>
    <message>
        <source>This is the first start: choose a station passphrase of at least {count} characters and keep it somewhere safe. Without it the station&apos;s data cannot be read.</source>
        <translation>Dit is de eerste start: kies een wachtwoordzin voor het station van minstens {count} tekens en bewaar die op een veilige plek. Zonder die wachtwoordzin zijn de gegevens van het station niet te lezen.</translation>
    </message>
    <message>
        <source>New station passphrase</source>
        <translation>Nieuwe wachtwoordzin van het station</translation>
    </message>
    <message>
        <source>Station passphrase</source>
        <translation>Wachtwoordzin van het station</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Set passphrase and unlock</source>
        <translation>Wachtwoordzin instellen en ontgrendelen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <source>Checking the signatures…</source>
        <translation>De handtekeningen worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Intact: the report is exactly as it was signed.</source>
        <translation>Ongeschonden: het rapport is precies zoals het is ondertekend.</translation>
    </message>
    <message>
        <source>Not valid: this report was changed after signing, or it is not a signed report.</source>
        <translation>Niet geldig: dit rapport is na ondertekening gewijzigd, of het is geen ondertekend rapport.</translation>
    </message>
    <message>
        <source>Signature is intact.</source>
        <translation>De handtekening is ongeschonden.</translation>
    </message>
    <message>
        <source>The signed content no longer matches the signature: the file was changed.</source>
        <translation>De ondertekende inhoud past niet meer bij de handtekening: het bestand is gewijzigd.</translation>
    </message>
    <message>
        <source>Something was added to the file after it was signed.</source>
        <translation>Er is na ondertekening iets aan het bestand toegevoegd.</translation>
    </message>
    <message>
        <source>Signed by: {signer}</source>
        <translation>Ondertekend door: {signer}</translation>
    </message>
    <message>
        <source>Signed on: {date} at {time}</source>
        <translation>Ondertekend op: {date} om {time}</translation>
    </message>
    <message>
        <source>Signed with this station&apos;s certificate.</source>
        <translation>Ondertekend met het certificaat van dit station.</translation>
    </message>
    <message>
        <source>Not signed with this station&apos;s certificate.</source>
        <translation>Niet ondertekend met het certificaat van dit station.</translation>
    </message>
    <message>
        <source>Verify a report</source>
        <translation>Rapport controleren</translation>
    </message>
    <message>
        <source>Choose a PDF report (proces-verbaal, VOV or inzage report). examdesk checks its digital signature: whether the file is still exactly as it was signed, who signed it and when, and whether it was this station.</source>
        <translation>Kies een pdf-rapport (proces-verbaal, VOV of inzageverslag). examdesk controleert de digitale handtekening: of het bestand nog precies is zoals het is ondertekend, wie het ondertekende en wanneer, en of dat dit station was.</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation>Rapport (pdf)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Intact, but the signer is not trusted: neither this station nor a certificate in its trusted list signed it.</source>
        <translation>Ongeschonden, maar de ondertekenaar wordt niet vertrouwd: niet dit station en geen certificaat uit de lijst van vertrouwde ondertekenaars heeft het ondertekend.</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint (SHA-256): {fingerprint}</source>
        <translation>Vingerafdruk van de ondertekenaar (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>The signer is trusted by this station.</source>
        <translation>Dit station vertrouwt de ondertekenaar.</translation>
    </message>
    <message>
        <source>The signer is NOT trusted by this station.</source>
        <translation>Dit station vertrouwt de ondertekenaar NIET.</translation>
    </message>
</context>
<context>
    <name>VsvConfirmation</name>
    <message>
        <source>{accommodation} matches the VSV ({state})</source>
        <translation>{accommodation} komt overeen met de VSV ({state})</translation>
    </message>
    <message>
        <source>{accommodation} (no VSV needed)</source>
        <translation>{accommodation} (geen VSV nodig)</translation>
    </message>
    <message>
        <source>{accommodation}: VSV {state}. Not applied unless the examensecretaris overrides.</source>
        <translation>{accommodation}: VSV {state}. Niet toegepast, tenzij de examensecretaris afwijkt.</translation>
    </message>
    <message>
        <source>{accommodation}: NO VSV on the roster. Not applied unless the examensecretaris overrides.</source>
        <translation>{accommodation}: GEEN VSV op de lijst. Niet toegepast, tenzij de examensecretaris afwijkt.</translation>
    </message>
</context>
<context>
    <name>WorkspacesPage</name>
    <message>
        <source>Workspaces</source>
        <translation>Werkruimtes</translation>
    </message>
    <message>
        <source>{workspace} ({keys})</source>
        <translation>{workspace} ({keys})</translation>
    </message>
    <message>
        <source>An inzage is running</source>
        <translation>Er loopt een inzage</translation>
    </message>
    <message>
        <source>An inzage is running. End it first? It is then logged as ended, and counts against the half year.</source>
        <translation>Er loopt een inzage. Eerst beëindigen? Ze wordt dan als beëindigd vastgelegd en telt mee voor het halfjaar.</translation>
    </message>
    <message>
        <source>End the inzage and sign out</source>
        <translation>Inzage beëindigen en afmelden</translation>
    </message>
    <message>
        <source>Go back to the inzage</source>
        <translation>Terug naar de inzage</translation>
    </message>
    <message>
        <source>Not while an inzage runs: the candidate is watching the screen.</source>
        <translation>Niet zolang er een inzage loopt: de kandidaat kijkt mee.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>toon deze hulp en stop</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>de volgende argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r is geen geldig %(type)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één waarde</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één waarde</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwacht hoogstens één waarde</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>genegeerd argument %r</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>verwacht %s waarde</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>verwacht %s waarden</translation>
    </message>
</context>
</TS>
