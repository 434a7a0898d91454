<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>A3SummaryBuilder</name>
    <message>
        <source>Not written yet.</source>
        <translation>Inget skrivet än.</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>rang %1 av %2</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Grundorsaker</translation>
    </message>
    <message>
        <source>Other causes</source>
        <translation>Andra orsaker</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Slutsatser</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 år %3</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>A3 summary</source>
        <translation>A3-sammanfattning</translation>
    </message>
    <message>
        <source>A3 summary: %1</source>
        <translation>A3-sammanfattning: %1</translation>
    </message>
    <message>
        <source>1. Problem</source>
        <translation>1. Problem</translation>
    </message>
    <message>
        <source>2. Analysis</source>
        <translation>2. Analys</translation>
    </message>
    <message>
        <source>3. Goal</source>
        <translation>3. Mål</translation>
    </message>
    <message>
        <source>4. Actions</source>
        <translation>4. Åtgärder</translation>
    </message>
    <message>
        <source>5. Follow-up</source>
        <translation>5. Uppföljning</translation>
    </message>
</context>
<context>
    <name>AnalysisReportBuilder</name>
    <message>
        <source>(root cause)</source>
        <translation>(grundorsak)</translation>
    </message>
    <message>
        <source>Causes (fishbone)</source>
        <translation>Orsaker (fiskbensdiagram)</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Fem varför</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Andra källor</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Focus municipality</source>
        <translation>Fokuskommun</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Jämförs med</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>slutförd %1</translation>
    </message>
    <message>
        <source>in progress, step %1 of 5</source>
        <translation>pågår, steg %1 av 5</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Rapportdatum</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>The file has no values to draw for %1.</source>
        <translation>Filen har inga värden att visa i diagram för %1.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Slutsats</translation>
    </message>
    <message>
        <source>Improvement proposals</source>
        <translation>Förbättringsförslag</translation>
    </message>
    <message>
        <source>The group has not written any proposal yet.</source>
        <translation>Gruppen har inte skrivit något förslag än.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ingen rubrik)</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (valt)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Ongoing work</source>
        <translation>Pågående arbete</translation>
    </message>
    <message>
        <source>Suggested actions</source>
        <translation>Tänkbara åtgärder</translation>
    </message>
    <message>
        <source>Inspiration</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Förväntad effekt</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>No targets are set yet.</source>
        <translation>Inga mål är satta än.</translation>
    </message>
    <message>
        <source>Notes from follow-up meetings</source>
        <translation>Anteckningar från uppföljningsmöten</translation>
    </message>
    <message>
        <source>Analysis report</source>
        <translation>Analysrapport</translation>
    </message>
    <message>
        <source>Analysis report: %1</source>
        <translation>Analysrapport: %1</translation>
    </message>
    <message>
        <source>Prioritised indicators</source>
        <translation>Prioriterade nyckeltal</translation>
    </message>
    <message>
        <source>No indicator has been taken forward yet.</source>
        <translation>Inget nyckeltal har tagits vidare än.</translation>
    </message>
    <message>
        <source>Causes that concern the whole analysis</source>
        <translation>Orsaker som gäller hela analysen</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>The action plan is empty.</source>
        <translation>Handlingsplanen är tom.</translation>
    </message>
    <message>
        <source>Prioritised indicators %1</source>
        <translation>Prioriterade nyckeltal %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>Förändring sedan %1</translation>
    </message>
    <message>
        <source>too few values</source>
        <translation>för få värden</translation>
    </message>
    <message>
        <source>Compared with: %1. %2</source>
        <translation>Jämfört med: %1. %2</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>If not met</source>
        <translation>Om det inte nås</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Starting value</source>
        <translation>Startvärde</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Senaste värde</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Måluppfyllelse</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>struktur</translation>
    </message>
    <message>
        <source>process</source>
        <translation>process</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultat</translation>
    </message>
</context>
<context>
    <name>AnalysisReportData</name>
    <message>
        <source>%1: there is no analysis with the id %2</source>
        <translation>%1: det finns ingen analys med id %2</translation>
    </message>
    <message>
        <source>The analysis &quot;%1&quot; has no year yet; choose one in step 1 first.</source>
        <translation>Analysen ”%1” har inget år än; välj ett i steg 1 först.</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
</context>
<context>
    <name>AnalysisRepository</name>
    <message>
        <source>The analysis is already stored (id %1).</source>
        <translation>Analysen är redan sparad (id %1).</translation>
    </message>
    <message>
        <source>The analysis &quot;%1&quot; is no longer in the file; it may have been deleted.</source>
        <translation>Analysen ”%1” finns inte längre i filen; den kan ha tagits bort.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Chart made with Jämför</source>
        <translation>Diagram skapat med Jämför</translation>
    </message>
    <message>
        <source>Could not save the chart as &quot;%1&quot;: %2</source>
        <translation>Diagrammet kunde inte sparas som ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>ChartLabels</name>
    <message>
        <source>Source: Kolada</source>
        <translation>Källa: Kolada</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The file has no indicator with the id &quot;%1&quot;.</source>
        <translation>Filen har inget nyckeltal med id ”%1”.</translation>
    </message>
</context>
<context>
    <name>ComparisonPopulation</name>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>County %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>There is no network named &quot;%1&quot; in the file.</source>
        <translation>Filen har inget nätverk som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no county with the code &quot;%1&quot;.</source>
        <translation>Det finns inget län med koden &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no group named &quot;%1&quot; in the file.</source>
        <translation>Filen har ingen grupp som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no kommungrupp &quot;%1&quot;; SKR&apos;s groups are A1, A2, B3, B4, B5, C6, C7, C8 and C9.</source>
        <translation>Det finns ingen kommungrupp ”%1”; SKR:s grupper är A1, A2, B3, B4, B5, C6, C7, C8 och C9.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 a group&apos;s name, %2 the focus municipality added to it</extracomment>
        <translation>%1 och %2</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>The file has no indicator %1.</source>
        <translation>Filen har inget nyckeltal %1.</translation>
    </message>
    <message>
        <source>%1, mean</source>
        <translation>%1, medelvärde</translation>
    </message>
    <message>
        <source>All municipalities, mean</source>
        <translation>Alla kommuner, medelvärde</translation>
    </message>
    <message>
        <source>All municipalities, median</source>
        <translation>Alla kommuner, median</translation>
    </message>
</context>
<context>
    <name>CompilationBuilder</name>
    <message>
        <source>%1: there is no area &quot;%2&quot;</source>
        <translation>%1: det finns inget område ”%2”</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 per år</translation>
    </message>
    <message>
        <source>%1 of %2 municipalities have a value. Bar colours: ▲ best quarter, ▼ worst quarter of all municipalities.</source>
        <translation>%1 av %2 kommuner har ett värde. Stapelfärger: ▲ bästa fjärdedelen, ▼ sämsta fjärdedelen av alla kommuner.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Median, quartiles</source>
        <translation>Median, kvartiler</translation>
    </message>
    <message>
        <source>%1 (Q1 %2, Q3 %3), n = %4</source>
        <translation>%1 (Q1 %2, Q3 %3), n = %4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>Förändring sedan %1</translation>
    </message>
    <message>
        <source>Trend %1–%2</source>
        <translation>Trend %1–%2</translation>
    </message>
    <message>
        <source>%1: the area &quot;%2&quot; has no indicators</source>
        <translation>%1: området ”%2” har inga nyckeltal</translation>
    </message>
    <message>
        <source>%1: there is no network &quot;%2&quot;</source>
        <translation>%1: det finns inget nätverk ”%2”</translation>
    </message>
    <message>
        <source>Network report: %1, %2 %3</source>
        <translation>Nätverksrapport: %1, %2 %3</translation>
    </message>
    <message>
        <source>County report: %1, %2 %3</source>
        <translation>Länsrapport: %1, %2 %3</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Rapportdatum</translation>
    </message>
    <message>
        <source>No values in %1 for: %2.</source>
        <translation>Inga värden år %1 för: %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>There are no values to compile for %1.</source>
        <translation>Det finns inga värden att sammanställa för %1.</translation>
    </message>
    <message>
        <source>Members × indicators</source>
        <translation>Medlemmar × nyckeltal</translation>
    </message>
    <message>
        <source>Members × indicators (%1 of %2)</source>
        <translation>Medlemmar × nyckeltal (%1 av %2)</translation>
    </message>
</context>
<context>
    <name>ConnectionHardening</name>
    <message>
        <source>Database error: the connection is not an open SQLite database</source>
        <translation>Databasfel: anslutningen är ingen öppen SQLite-databas</translation>
    </message>
    <message>
        <source>Database error: SQLite refused a safety setting (%1)</source>
        <translation>Databasfel: SQLite godtog inte en säkerhetsinställning (%1)</translation>
    </message>
    <message>
        <source>Jämför cannot open database files on this computer: Qt&apos;s SQLite driver uses another SQLite library (%1) than Jämför itself (%2). Install Jämför and Qt&apos;s SQLite driver (libqt6sql6-sqlite) from the same source, so that both use the system&apos;s libsqlite3.</source>
        <translation>Jämför kan inte öppna databasfiler på den här datorn: Qts SQLite-drivrutin använder ett annat SQLite-bibliotek (%1) än Jämför självt (%2). Installera Jämför och Qts SQLite-drivrutin (libqt6sql6-sqlite) från samma källa, så att båda använder systemets libsqlite3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
</context>
<context>
    <name>CostQuality</name>
    <message>
        <source>High quality, low cost</source>
        <translation>Hög kvalitet, låg kostnad</translation>
    </message>
    <message>
        <source>High quality, high cost</source>
        <translation>Hög kvalitet, hög kostnad</translation>
    </message>
    <message>
        <source>Low quality, low cost</source>
        <translation>Låg kvalitet, låg kostnad</translation>
    </message>
    <message>
        <source>Low quality, high cost</source>
        <translation>Låg kvalitet, hög kostnad</translation>
    </message>
</context>
<context>
    <name>CostQualitySeries</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>r = %1 · ρ = %2 · n = %3</source>
        <translation>r = %1 · ρ = %2 · n = %3</translation>
    </message>
    <message>
        <source>No network chosen</source>
        <translation>Inget nätverk valt</translation>
    </message>
    <message>
        <source>Cost and quality</source>
        <translation>Kostnad och kvalitet</translation>
    </message>
    <message>
        <source>cost %1, quality %2</source>
        <translation>kostnad %1, kvalitet %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dashed lines: the medians. Solid line: least squares.</source>
        <translation>Streckade linjer: medianerna. Heldragen linje: regressionslinjen (minsta kvadratmetoden).</translation>
    </message>
    <message>
        <source>Lower quality values are better, so high quality is at the bottom.</source>
        <translation>Lägre kvalitetsvärden är bättre, så hög kvalitet ligger längst ned.</translation>
    </message>
    <message>
        <source>The quality indicator has no better direction.</source>
        <translation>Kvalitetsnyckeltalet har ingen bättre riktning.</translation>
    </message>
</context>
<context>
    <name>CreateIndicatorCommand</name>
    <message>
        <source>There is already an indicator with id %1.</source>
        <translation>Det finns redan ett nyckeltal med id %1.</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan inte läsas: %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ett fält inom citattecken avslutas inte före filens slut</translation>
    </message>
    <message>
        <source>the file contains binary data (a NUL byte); it is not a text table</source>
        <translation>filen innehåller binära data (en NUL-byte); den är ingen texttabell</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation>ett fält är längre än %1 tecken</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>a record is longer than %1 bytes</source>
        <translation>en post är längre än %1 byte</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field</source>
        <translation>oväntad text efter det avslutande citattecknet i ett fält</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 är ingen fil.</translation>
    </message>
    <message>
        <source>%1 uses file format %2 and cannot be opened read-only by this version (format %3).</source>
        <translation>%1 har filformat %2 och kan inte öppnas skrivskyddad av den här versionen (format %3).</translation>
    </message>
    <message>
        <source>%1 is not a Jämför file (it is not an SQLite database).</source>
        <translation>%1 är ingen Jämför-fil (det är ingen SQLite-databas).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunde inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 är skadad: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Jämför file.</source>
        <translation>%1 är en SQLite-databas men ingen Jämför-fil.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 finns redan; välj ett annat namn.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Jämför (file format %2; this version reads up to %3). Update Jämför to open it.</source>
        <translation>%1 sparades av en nyare version av Jämför (filformat %2; den här versionen läser upp till %3). Uppdatera Jämför för att öppna den.</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Databasfel: %1 (i: %2)</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Kunde inte påbörja en transaktion: %1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Kunde inte spara ändringarna: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: you do not have permission to read it.</source>
        <translation>%1 kan inte läsas: du har inte behörighet att läsa den.</translation>
    </message>
    <message>
        <source>%1 is write-protected, so nothing can be saved in it.</source>
        <translation>%1 är skrivskyddad, så ingenting kan sparas i den.</translation>
    </message>
    <message>
        <source>%1 is write-protected, so it was opened read-only. Nothing can be changed; use Save a copy to work on a copy.</source>
        <translation>%1 är skrivskyddad och öppnades därför bara för läsning. Ingenting kan ändras; använd Spara en kopia för att arbeta i en kopia.</translation>
    </message>
    <message>
        <source>%1 is open in another Jämför program (process %2). Close it there first.</source>
        <translation>%1 är öppen i ett annat Jämför-program (process %2). Stäng den där först.</translation>
    </message>
    <message>
        <source>%1 is open in another Jämför window or program (process %2), so it was opened read-only here. Close it there and open it again to make changes.</source>
        <translation>%1 är öppen i ett annat Jämför-fönster eller Jämför-program (process %2), så den öppnades bara för läsning här. Stäng den där och öppna den igen för att kunna göra ändringar.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Close that program or try again later.</source>
        <translation>%1 är låst av ett annat program som skriver i den. Stäng det programmet eller försök igen senare.</translation>
    </message>
    <message>
        <source>Another program is writing to %1, so it was opened read-only. Close that program and open the file again to make changes.</source>
        <translation>Ett annat program skriver i %1, så den öppnades bara för läsning. Stäng det programmet och öppna filen igen för att kunna göra ändringar.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). It is not a Jämför file, or it was cut off when it was copied or saved.</source>
        <translation>%1 är tom (0 byte). Den är ingen Jämför-fil, eller så blev den avkortad när den kopierades eller sparades.</translation>
    </message>
    <message>
        <source>%1 is damaged: it ends inside its header (%2 bytes).</source>
        <translation>%1 är skadad: den tar slut mitt i filhuvudet (%2 byte).</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut off (%2 bytes of %3). Open a backup copy instead.</source>
        <translation>%1 är skadad: den är avkortad (%2 byte av %3). Öppna en säkerhetskopia i stället.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Open a backup copy instead.</source>
        <translation>%1 är skadad (%2). Öppna en säkerhetskopia i stället.</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check that the folder exists and that you may read and write there.</source>
        <translation>Kunde inte öppna %1: %2. Kontrollera att mappen finns och att du får läsa och skriva där.</translation>
    </message>
    <message>
        <source>Could not read %1: %2 (a disk or network error).</source>
        <translation>Kunde inte läsa %1: %2 (ett disk- eller nätverksfel).</translation>
    </message>
    <message>
        <source>%1 was not updated to the new file format because no backup copy could be written to %2: %3</source>
        <translation>%1 uppdaterades inte till det nya filformatet eftersom ingen säkerhetskopia kunde skrivas till %2: %3</translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2): Jämför saves it with a rollback journal instead of WAL and keeps it to itself while it is open.</source>
        <translation>%1 ligger på en nätverksenhet (%2): Jämför sparar den med en återställningsjournal i stället för WAL och håller den för sig själv medan den är öppen.</translation>
    </message>
</context>
<context>
    <name>DemoDataset</name>
    <message>
        <source>Example data – invented values</source>
        <translation>Exempeldata – fiktiva värden</translation>
    </message>
    <message>
        <source>Example data: the values are invented for practice and teaching. They are not Kolada&apos;s figures.</source>
        <translation>Exempeldata: värdena är påhittade för övning och undervisning. De är inte Koladas siffror.</translation>
    </message>
</context>
<context>
    <name>FormatDetector</name>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: filen finns inte</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: filen är tom</translation>
    </message>
    <message>
        <source>%1: this is an Excel 97–2003 workbook (.xls) or another old Office file; open it in a spreadsheet program, save it as .xlsx or CSV and import that</source>
        <translation>%1: det här är en Excel 97–2003-arbetsbok (.xls) eller en annan äldre Office-fil; öppna den i ett kalkylprogram, spara den som .xlsx eller CSV och importera den filen</translation>
    </message>
    <message>
        <source>%1: this is a PDF document, not a table</source>
        <translation>%1: det här är ett PDF-dokument, inte en tabell</translation>
    </message>
    <message>
        <source>%1: this is a compressed file; unpack it first</source>
        <translation>%1: det här är en komprimerad fil; packa upp den först</translation>
    </message>
    <message>
        <source>%1: the file is empty (it holds only blank lines)</source>
        <translation>%1: filen är tom (den innehåller bara tomma rader)</translation>
    </message>
    <message>
        <source>%1: this is an HTML web page, not an Excel workbook, although the name ends in .xlsx (a page saved from a web browser or an error page from a download?)</source>
        <translation>%1: det här är en HTML-webbsida, inte en Excel-arbetsbok, trots att namnet slutar på .xlsx (en sida som sparats från en webbläsare eller en felsida från en nedladdning?)</translation>
    </message>
    <message>
        <source>%1: this is an HTML web page, not a table</source>
        <translation>%1: det här är en HTML-webbsida, inte en tabell</translation>
    </message>
    <message>
        <source>%1: this is an OpenDocument file but not a spreadsheet (%2); save the table from LibreOffice Calc as .ods, .xlsx or CSV</source>
        <translation>%1: det här är en OpenDocument-fil men inget kalkylark (%2); spara tabellen från LibreOffice Calc som .ods, .xlsx eller CSV</translation>
    </message>
    <message>
        <source>%1: this is a binary file, not text (byte %2 is a NUL byte); expected CSV, XLSX, ODS or Kolada JSON</source>
        <translation>%1: det här är en binärfil, inte text (byte %2 är en NUL-byte); förväntade CSV, XLSX, ODS eller Kolada-JSON</translation>
    </message>
    <message>
        <source>%1: this is a binary file, not text (%2 control characters in the first %3 bytes); expected CSV, XLSX, ODS or Kolada JSON</source>
        <translation>%1: det här är en binärfil, inte text (%2 styrtecken bland de första %3 byten); förväntade CSV, XLSX, ODS eller Kolada-JSON</translation>
    </message>
    <message>
        <source>%1: this is an XML document; expected CSV, XLSX, ODS or Kolada JSON</source>
        <translation>%1: det här är ett XML-dokument; förväntade CSV, XLSX, ODS eller Kolada-JSON</translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <source>The handbook texts (%1) are missing from this build.</source>
        <translation>Handbokstexterna (%1) saknas i den här versionen av Jämför.</translation>
    </message>
    <message>
        <source>The handbook texts cannot be read: %1</source>
        <translation>Handbokstexterna kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The handbook texts have %1 steps instead of %2.</source>
        <translation>Handbokstexterna har %1 steg i stället för %2.</translation>
    </message>
    <message>
        <source>The handbook texts list step %1 in place %2.</source>
        <translation>Handbokstexterna har steg %1 på plats %2.</translation>
    </message>
    <message>
        <source>Step %1 of the handbook texts has no title or purpose.</source>
        <translation>Steg %1 i handbokstexterna saknar rubrik eller syfte.</translation>
    </message>
    <message>
        <source>Step %1 of the handbook texts needs 3 to 6 guiding questions.</source>
        <translation>Steg %1 i handbokstexterna behöver 3 till 6 vägledande frågor.</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-arbetsbok (XLSX)</translation>
    </message>
    <message>
        <source>Kolada values (JSON)</source>
        <translation>Värden från Kolada (JSON)</translation>
    </message>
    <message>
        <source>Kolada indicator descriptions (JSON)</source>
        <translation>Nyckeltalsbeskrivningar från Kolada (JSON)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-tabell</translation>
    </message>
    <message>
        <source>%1 indicator descriptions: %2 new, %3 updated (batch %4)</source>
        <translation>%1 nyckeltalsbeskrivningar: %2 nya, %3 uppdaterade (import %4)</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 unchanged, %4 replaced, %5 kept (batch %6)</source>
        <translation>%1 rader: %2 nya, %3 oförändrade, %4 ersatta, %5 behållna (import %6)</translation>
    </message>
    <message>
        <source>; %1 new indicators</source>
        <translation>; %1 nya nyckeltal</translation>
    </message>
    <message>
        <source>Kolada municipality groups (JSON)</source>
        <translation>Koladas kommungrupper (JSON)</translation>
    </message>
    <message>
        <source>%1 municipality groups: %2 new, %3 updated. They can be chosen as comparison groups, or made into a network in the Networks tab.</source>
        <translation>%1 kommungrupper: %2 nya, %3 uppdaterade. De kan väljas som jämförelsegrupper eller göras till nätverk under fliken Nätverk.</translation>
    </message>
    <message>
        <source>; %1 values removed that Kolada has withdrawn</source>
        <translation>; %1 värden som Kolada dragit tillbaka togs bort</translation>
    </message>
    <message>
        <source>; %1 rows of municipality groups skipped</source>
        <translation>; %1 rader för kommungrupper hoppades över</translation>
    </message>
    <message>
        <source>; %1 rows of single schools or homes skipped</source>
        <translation>; %1 rader för enskilda skolor eller boenden hoppades över</translation>
    </message>
    <message>
        <source>; %1 rows not asked for skipped</source>
        <translation>; %1 rader som inte efterfrågades hoppades över</translation>
    </message>
    <message>
        <source>%1 indicators have a suggested kind and direction: check them in the Indicators tab.</source>
        <translation>%1 nyckeltal har föreslagen kategori och riktning: granska dem under fliken Nyckeltal.</translation>
    </message>
    <message>
        <source>LibreOffice spreadsheet (ODS)</source>
        <translation>LibreOffice-kalkylark (ODS)</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was imported</source>
        <translation>%1: importen avbröts; ingenting importerades</translation>
    </message>
    <message>
        <source>%1, %2: %3: the value %4 differs from the stored value %5 (choose keep or replace)</source>
        <translation>%1, %2: %3: värdet %4 skiljer sig från det sparade värdet %5 (välj att behålla eller ersätta: keep eller replace)</translation>
    </message>
    <message>
        <source>an earlier row</source>
        <translation>en tidigare rad</translation>
    </message>
    <message>
        <source>%1, %2: %3 appears twice in the file with different values: %4 here and %5 at %6</source>
        <translation>%1, %2: %3 förekommer två gånger i filen med olika värden: %4 här och %5 på %6</translation>
    </message>
</context>
<context>
    <name>IndicatorKnowledge</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: filen kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, rad %2: %3</translation>
    </message>
    <message>
        <source>expected id;kind;direction;unit;note, found %1 fields</source>
        <translation>väntade id;kind;direction;unit;note, fann %1 fält</translation>
    </message>
    <message>
        <source>the header should be id;kind;direction;unit;note</source>
        <translation>rubrikraden ska vara id;kind;direction;unit;note</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>id är tomt</translation>
    </message>
    <message>
        <source>the KPI %1 is listed twice</source>
        <translation>nyckeltalet %1 finns två gånger</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (cost, quality, volume or background)</source>
        <translation>okänd kategori ”%1” (cost, quality, volume eller background)</translation>
    </message>
    <message>
        <source>unknown direction &quot;%1&quot; (higher, lower or none)</source>
        <translation>okänd riktning ”%1” (higher, lower eller none)</translation>
    </message>
    <message>
        <source>%1: the table has no header line</source>
        <translation>%1: tabellen saknar rubrikrad</translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>The indicator %1 cannot be removed: the file holds values of it.</source>
        <translation>Nyckeltalet %1 kan inte tas bort: filen innehåller värden för det.</translation>
    </message>
</context>
<context>
    <name>JamforFileTransfer</name>
    <message>
        <source>%1 refers to the unit %2, which it does not hold.</source>
        <translation>%1 hänvisar till enheten %2, som inte finns i filen.</translation>
    </message>
    <message>
        <source>%1 refers to the area %2, which it does not hold.</source>
        <translation>%1 hänvisar till området %2, som inte finns i filen.</translation>
    </message>
    <message>
        <source>%1 refers to the indicator %2, which it does not describe.</source>
        <translation>%1 hänvisar till nyckeltalet %2, som inte beskrivs i filen.</translation>
    </message>
    <message>
        <source>%1 is described differently in %2; the description in this file is kept.</source>
        <translation>%1 beskrivs annorlunda i %2; beskrivningen i den här filen behålls.</translation>
    </message>
    <message numerus="yes">
        <source>%n more indicators are described differently; this file&apos;s descriptions are kept.</source>
        <translation>
            <numerusform>%n nyckeltal till beskrivs annorlunda; den här filens beskrivning behålls.</numerusform>
            <numerusform>%n nyckeltal till beskrivs annorlunda; den här filens beskrivningar behålls.</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1 (%2)</source>
        <translation>import %1 (%2)</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen avbröts; ingenting ändrades.</translation>
    </message>
    <message>
        <source>%1, %2: %3 is %4 here and %5 in the other file. Nothing was imported; choose whether to keep or replace differing values.</source>
        <translation>%1, %2: %3 är %4 här och %5 i den andra filen. Ingenting importerades; välj om värden som skiljer sig ska behållas eller ersättas.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; exists in both files and differs. Nothing was imported; choose whether to keep this file&apos;s version or take the other file&apos;s.</source>
        <translation>%1: ”%2” finns i båda filerna och skiljer sig. Ingenting importerades; välj om den här filens version ska behållas eller den andra filens tas in.</translation>
    </message>
    <message>
        <source>There is no analysis %1 in %2.</source>
        <translation>Det finns ingen analys %1 i %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Jämför file.</source>
        <translation>%1 är en mapp, inte en Jämför-fil.</translation>
    </message>
    <message>
        <source>%1 is not a Jämför file (it does not start as one).</source>
        <translation>%1 är inte en Jämför-fil (den börjar inte som en sådan).</translation>
    </message>
    <message>
        <source>%1 is the file you are importing into; choose another member&apos;s file.</source>
        <translation>%1 är filen du importerar till; välj en annan medlems fil.</translation>
    </message>
    <message>
        <source>Could not copy %1 to a temporary folder to read its older format.</source>
        <translation>Kunde inte kopiera %1 till en tillfällig mapp för att läsa dess äldre format.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 är en mapp.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonDocumentLoader</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1: the JSON file is larger than %2 MB; fetch it in smaller pages</source>
        <translation>%1: JSON-filen är större än %2 MB; hämta den i mindre sidor</translation>
    </message>
    <message>
        <source> (NaN and Infinity are not JSON numbers; a missing value is written null)</source>
        <translation> (NaN och Infinity är inga JSON-tal; ett saknat värde skrivs null)</translation>
    </message>
    <message>
        <source> (the file ends in the middle of the JSON: is the download truncated?)</source>
        <translation> (filen slutar mitt i JSON-texten: är nedladdningen avbruten?)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the JSON is not valid: %4%5</source>
        <translation>%1, rad %2, kolumn %3: JSON-texten är ogiltig: %4%5</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en sträng</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>%1: this JSON is not a Kolada response: expected an object with a &quot;values&quot; list</source>
        <translation>%1: den här JSON-filen är inget svar från Kolada: väntade ett objekt med en lista ”values”</translation>
    </message>
    <message>
        <source>%1: this is Kolada&apos;s list of municipalities, not KPI data or KPI descriptions</source>
        <translation>%1: det här är Koladas lista över kommuner, inte nyckeltalsdata eller nyckeltalsbeskrivningar</translation>
    </message>
    <message>
        <source>%1: this is a list of Kolada&apos;s KPI groups (such as %2), which hold no values; fetch a group&apos;s indicators from Kolada instead</source>
        <translation>%1: detta är en lista över Koladas nyckeltalsgrupper (till exempel %2), som inte innehåller några värden; hämta gruppens nyckeltal från Kolada i stället</translation>
    </message>
</context>
<context>
    <name>KoladaDataReader</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 is one page of a longer Kolada response; the next page (%2) was not imported</source>
        <translation>%1 är en sida av ett längre svar från Kolada; nästa sida (%2) importerades inte</translation>
    </message>
    <message>
        <source>%1: the Kolada response has no values</source>
        <translation>%1: svaret från Kolada innehåller inga värden</translation>
    </message>
    <message>
        <source>expected an object with kpi, municipality, period and values, found %1</source>
        <translation>väntade ett objekt med kpi, municipality, period och values, hittade %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>”%1” saknas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a non-empty string, not %2%3</source>
        <translation>”%1” ska vara en sträng som inte är tom, inte %2%3</translation>
    </message>
    <message>
        <source>&quot;period&quot; %1 is not a year between 1900 and 2200</source>
        <translation>”period” %1 är inte ett år mellan 1900 och 2200</translation>
    </message>
    <message>
        <source>&quot;period&quot; should be a year (a whole number), not %1%2</source>
        <translation>”period” ska vara ett år (ett heltal), inte %1%2</translation>
    </message>
    <message>
        <source>unknown unit code &quot;%1&quot; (expected a 4-digit municipality, region or country code)</source>
        <translation>okänd enhetskod ”%1” (väntade en fyrsiffrig kod för kommun, region eller riket)</translation>
    </message>
    <message>
        <source>&quot;values&quot; is missing</source>
        <translation>”values” saknas</translation>
    </message>
    <message>
        <source>&quot;values&quot; should be a list, not %1</source>
        <translation>”values” ska vara en lista, inte %1</translation>
    </message>
    <message>
        <source>expected an object with gender and value, found %1</source>
        <translation>väntade ett objekt med gender och value, hittade %1</translation>
    </message>
    <message>
        <source>&quot;period&quot; is missing (neither the item nor the value has one)</source>
        <translation>”period” saknas (varken posten eller värdet har någon)</translation>
    </message>
    <message>
        <source>the gender &quot;%1&quot; is not T, K or M</source>
        <translation>könet ”%1” är inte T, K eller M</translation>
    </message>
    <message>
        <source>&quot;status&quot; should be a string or null, not %1%2</source>
        <translation>”status” ska vara en sträng eller null, inte %1%2</translation>
    </message>
    <message>
        <source>&quot;value&quot; should be a number or null, not %1%2</source>
        <translation>”value” ska vara ett tal eller null, inte %1%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows of municipality groups (such as %2) were skipped; a group&apos;s value is the mean of its members, which Jämför computes itself</source>
        <translation>
            <numerusform>%1: %n rad för kommungrupper (till exempel %2) hoppades över; en grupps värde är medelvärdet av medlemmarna, som Jämför räknar ut själv</numerusform>
            <numerusform>%1: %n rader för kommungrupper (till exempel %2) hoppades över; en grupps värde är medelvärdet av medlemmarna, som Jämför räknar ut själv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows of organisational units (such as %2, a school or a home) were skipped; Jämför compares municipalities</source>
        <translation>
            <numerusform>%1: %n rad för en organisatorisk enhet (till exempel %2, en skola eller ett boende) hoppades över; Jämför jämför kommuner</numerusform>
            <numerusform>%1: %n rader för organisatoriska enheter (till exempel %2, en skola eller ett boende) hoppades över; Jämför jämför kommuner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows that were not asked for (such as %2) were not stored</source>
        <translation>
            <numerusform>%1: %n rad som inte efterfrågades (till exempel %2) sparades inte</numerusform>
            <numerusform>%1: %n rader som inte efterfrågades (till exempel %2) sparades inte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KoladaGroupReader</name>
    <message>
        <source>%1: the Kolada response has no groups</source>
        <translation>%1: Koladas svar innehåller inga grupper</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>expected an object with id, title and members, found %1</source>
        <translation>väntade ett objekt med id, title och members, fann %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>”%1” saknas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a non-empty string, not %2</source>
        <translation>”%1” ska vara en sträng som inte är tom, inte %2</translation>
    </message>
    <message>
        <source>this is one of Kolada&apos;s KPI groups, not a municipality group; fetch its indicators with Kolada › Fetch (--kpi-group %1)</source>
        <translation>detta är en av Koladas nyckeltalsgrupper, inte en kommungrupp; hämta dess nyckeltal med Hämta från Kolada (--kpi-group %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kolada municipality group id (G followed by digits)</source>
        <translation>”%1” är inget id för en kommungrupp i Kolada (G följt av siffror)</translation>
    </message>
    <message>
        <source>the group %1 appears twice (also in values[%2])</source>
        <translation>gruppen %1 finns två gånger (även i values[%2])</translation>
    </message>
    <message>
        <source>&quot;members&quot; is missing</source>
        <translation>”members” saknas</translation>
    </message>
    <message>
        <source>&quot;members&quot; should be a list, not %1</source>
        <translation>”members” ska vara en lista, inte %1</translation>
    </message>
    <message>
        <source>%1: expected an object with member_id, found %2</source>
        <translation>%1: väntade ett objekt med member_id, fann %2</translation>
    </message>
    <message>
        <source>%1: &quot;member_id&quot; is missing or not a string</source>
        <translation>%1: ”member_id” saknas eller är ingen sträng</translation>
    </message>
    <message>
        <source>%1: unknown unit code &quot;%2&quot; (expected a 4-digit municipality, region or country code)</source>
        <translation>%1: okänd enhetskod ”%2” (väntade en fyrsiffrig kod för kommun, region eller riket)</translation>
    </message>
    <message>
        <source>the group has no members</source>
        <translation>gruppen har inga medlemmar</translation>
    </message>
</context>
<context>
    <name>KoladaKpiReader</name>
    <message>
        <source>%1: the Kolada response has no KPI descriptions</source>
        <translation>%1: svaret från Kolada innehåller inga nyckeltalsbeskrivningar</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>expected an object with id and title, found %1</source>
        <translation>väntade ett objekt med id och title, hittade %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a string or null, not %2</source>
        <translation>”%1” ska vara en sträng eller null, inte %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or empty</source>
        <translation>”id” saknas eller är tomt</translation>
    </message>
    <message>
        <source>the KPI %1 is described twice (also in values[%2])</source>
        <translation>nyckeltalet %1 beskrivs två gånger (även i values[%2])</translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing or empty</source>
        <translation>”title” saknas eller är tom</translation>
    </message>
    <message>
        <source>&quot;is_divided_by_gender&quot; should be 0, 1, true or false, not %1</source>
        <translation>”is_divided_by_gender” ska vara 0, 1, true eller false, inte %1</translation>
    </message>
</context>
<context>
    <name>KoladaUrls</name>
    <message>
        <source>the Kolada address &quot;%1&quot; is not an http or https URL</source>
        <translation>Kolada-adressen ”%1” är ingen http- eller https-adress</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kolada indicator id (such as N15419 or U21468)</source>
        <translation>”%1” är inget nyckeltals-id i Kolada (som N15419 eller U21468)</translation>
    </message>
    <message>
        <source>unknown unit code &quot;%1&quot; (expected a 4-digit municipality, region or country code)</source>
        <translation>okänd enhetskod ”%1” (väntade en fyrsiffrig kod för kommun, region eller riket)</translation>
    </message>
    <message>
        <source>the years %1–%2 are not a range between 1900 and 2200</source>
        <translation>åren %1–%2 är inget intervall mellan 1900 och 2200</translation>
    </message>
    <message>
        <source>%1 is Kolada&apos;s API v2, which Kolada closed on 31 March 2026; use https://api.kolada.se/v3 (Jämför&apos;s default) instead</source>
        <translation>%1 är Koladas API version 2, som Kolada stängde den 31 mars 2026; använd https://api.kolada.se/v3 (Jämförs standard) i stället</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kolada KPI group id (such as GKPI89)</source>
        <translation>”%1” är inget id för en nyckeltalsgrupp i Kolada (som GKPI89)</translation>
    </message>
    <message>
        <source>choose at least one indicator or a KPI group</source>
        <translation>välj minst ett nyckeltal eller en nyckeltalsgrupp</translation>
    </message>
</context>
<context>
    <name>Kommungrupper</name>
    <message>
        <source>Kommungrupp %1 (%2)</source>
        <extracomment>%1 is the group&apos;s code and name, e.g. &quot;C9 Landsbygdskommun med besöksnäring&quot;; %2 the revision, &quot;SKR 2023&quot;</extracomment>
        <translation>Kommungrupp %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a number</source>
        <translation>värdet ”%1” är inte ett tal</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is ambiguous: it is %2 if &quot;%3&quot; is the decimal separator and %4 if it separates thousands, and no value in the first rows of the file shows which decimal separator it uses; write it without thousands separators</source>
        <translation>värdet ”%1” är tvetydigt: det är %2 om ”%3” är decimaltecken och %4 om det skiljer tusental, och inget värde på filens första rader visar vilket decimaltecken filen använder; skriv värdet utan tusentalsavgränsare</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; does not fit the file&apos;s decimal %2 (%3 shows it); the file mixes number formats</source>
        <translation>värdet ”%1” stämmer inte med filens decimaltecken, %2 (som %3 visar); filen blandar talformat</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punkt</translation>
    </message>
</context>
<context>
    <name>ObservationImporter</name>
    <message>
        <source>the indicator id is empty</source>
        <translation>nyckeltalets id är tomt</translation>
    </message>
    <message>
        <source>unknown unit code &quot;%1&quot; (expected a 4-digit municipality, region or country code)</source>
        <translation>okänd enhetskod &quot;%1&quot; (väntade en fyrsiffrig kod för kommun, region eller riket)</translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was imported</source>
        <translation>%1: importen avbröts; ingenting importerades</translation>
    </message>
    <message>
        <source>own figures</source>
        <translation>egna siffror</translation>
    </message>
    <message>
        <source>%1: there are no figures to store</source>
        <translation>%1: det finns inga siffror att spara</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, rad %2: %3</translation>
    </message>
    <message>
        <source>the year %1 is not a year between 1900 and 2200</source>
        <translation>året %1 är inte ett år mellan 1900 och 2200</translation>
    </message>
    <message>
        <source>the value is not a finite number</source>
        <translation>värdet är inte ett ändligt tal</translation>
    </message>
    <message>
        <source>a figure with a value cannot also be marked %1</source>
        <translation>en siffra med ett värde kan inte samtidigt vara markerad %1</translation>
    </message>
    <message>
        <source>%1: Kolada has no values for these indicators, units and years</source>
        <translation>%1: Kolada har inga värden för de här nyckeltalen, enheterna och åren</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows of municipality groups (G…) were skipped; a group&apos;s value is the mean of its members, which Jämför computes itself</source>
        <translation>
            <numerusform>%1: %n rad för kommungrupper (G…) hoppades över; en grupps värde är medelvärdet av medlemmarna, som Jämför räknar ut själv</numerusform>
            <numerusform>%1: %n rader för kommungrupper (G…) hoppades över; en grupps värde är medelvärdet av medlemmarna, som Jämför räknar ut själv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows of organisational units (schools, homes) were skipped; Jämför compares municipalities</source>
        <translation>
            <numerusform>%1: %n rad för organisatoriska enheter (skolor, boenden) hoppades över; Jämför jämför kommuner</numerusform>
            <numerusform>%1: %n rader för organisatoriska enheter (skolor, boenden) hoppades över; Jämför jämför kommuner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows for an indicator, unit or year that was not asked for were not stored</source>
        <translation>
            <numerusform>%1: %n rad för ett nyckeltal, en enhet eller ett år som inte efterfrågades sparades inte</numerusform>
            <numerusform>%1: %n rader för ett nyckeltal, en enhet eller ett år som inte efterfrågades sparades inte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservationWriter</name>
    <message>
        <source>Database error: the connection is not an open SQLite database</source>
        <translation>Databasfel: anslutningen är ingen öppen SQLite-databas</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Databasfel: %1 (i: %2)</translation>
    </message>
    <message>
        <source>The year %1 is outside 1900–2200.</source>
        <translation>Året %1 ligger utanför 1900–2200.</translation>
    </message>
    <message>
        <source>An observation has a value exactly when its status is Ok (%1 %2 %3).</source>
        <translation>En observation har ett värde om och endast om dess status är Ok (%1 %2 %3).</translation>
    </message>
    <message>
        <source>The value of %1 %2 %3 is not a finite number.</source>
        <translation>Värdet för %1 %2 %3 är inte ett ändligt tal.</translation>
    </message>
    <message>
        <source>Database error: %1 %2 %3 was neither inserted nor found</source>
        <translation>Databasfel: %1 %2 %3 varken infogades eller hittades</translation>
    </message>
    <message>
        <source>Database error: %1 is not in the file&apos;s list (in: %2)</source>
        <translation>Databasfel: %1 finns inte i filens lista (i: %2)</translation>
    </message>
    <message>
        <source>Database error: the import batch %1 is missing</source>
        <translation>Databasfel: importen %1 saknas</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument-kalkylark</translation>
    </message>
    <message>
        <source>this is an Excel workbook (.xlsx), not an OpenDocument spreadsheet</source>
        <translation>det här är en Excel-arbetsbok (.xlsx), inte ett OpenDocument-kalkylark</translation>
    </message>
    <message>
        <source>this zip archive is not an OpenDocument spreadsheet (it has no content.xml)</source>
        <translation>det här zip-arkivet är inget OpenDocument-kalkylark (det saknar content.xml)</translation>
    </message>
    <message>
        <source>this zip archive is not an OpenDocument spreadsheet (its mimetype is &quot;%1&quot;)</source>
        <translation>det här zip-arkivet är inget OpenDocument-kalkylark (dess mimetyp är ”%1”)</translation>
    </message>
    <message>
        <source>a text document</source>
        <translation>ett textdokument</translation>
    </message>
    <message>
        <source>a presentation</source>
        <translation>en presentation</translation>
    </message>
    <message>
        <source>a drawing</source>
        <translation>en teckning</translation>
    </message>
    <message>
        <source>a chart</source>
        <translation>ett diagram</translation>
    </message>
    <message>
        <source>a formula</source>
        <translation>en formel</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>en bild</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>en databas</translation>
    </message>
    <message>
        <source>this OpenDocument file is not a spreadsheet (its mimetype is %1)</source>
        <translation>den här OpenDocument-filen är inget kalkylark (dess mimetyp är %1)</translation>
    </message>
    <message>
        <source>this OpenDocument file is %1, not a spreadsheet (its mimetype is %2)</source>
        <translation>den här OpenDocument-filen är %1, inte ett kalkylark (dess mimetyp är %2)</translation>
    </message>
    <message>
        <source>the spreadsheet is protected with a password, so its content cannot be read; open it in LibreOffice, save a copy without a password (File &gt; Save As, without &quot;Save with password&quot;) and import that copy</source>
        <translation>kalkylarket är skyddat med lösenord, så innehållet kan inte läsas; öppna det i LibreOffice, spara en kopia utan lösenord (Arkiv &gt; Spara som, utan ”Spara med lösenord”) och importera kopian</translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated (%2)</source>
        <translation>delen %1 är skadad eller avkortad (%2)</translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated: %2 (XML line %3)</source>
        <translation>delen %1 är skadad eller avkortad: %2 (XML-rad %3)</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets</source>
        <translation>kalkylarket har inga blad</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheet named &quot;%1&quot;; its sheets are: %2</source>
        <translation>kalkylarket har inget blad som heter ”%1”; dess blad är: %2</translation>
    </message>
    <message>
        <source>%1: refused: the sheet repeats its cells into more than %2 cells (a zip bomb?)</source>
        <translation>%1: avvisad: bladet upprepar sina celler till mer än %2 celler (en zip-bomb?)</translation>
    </message>
    <message>
        <source>%1: refused: the row&apos;s cells with content reach column %2, beyond the %3 columns a sheet may have (a zip bomb?)</source>
        <translation>%1: avvisad: radens celler med innehåll når kolumn %2, bortom de %3 kolumner ett blad får ha (en zip-bomb?)</translation>
    </message>
    <message>
        <source>%1: refused: the rows with content reach row %2, beyond the %3 rows a sheet may have (a zip bomb?)</source>
        <translation>%1: avvisad: raderna med innehåll når rad %2, bortom de %3 rader ett blad får ha (en zip-bomb?)</translation>
    </message>
    <message>
        <source>%1: refused: the row holds more than %2 characters of text (a zip bomb?)</source>
        <translation>%1: avvisad: raden har mer än %2 tecken text (en zip-bomb?)</translation>
    </message>
</context>
<context>
    <name>PresentationDeck</name>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Steg %1 av %2 · %3</translation>
    </message>
    <message>
        <source>Study circle · Öppna jämförelser</source>
        <translation>Studiecirkel · Öppna jämförelser</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Område: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>År: %1</translation>
    </message>
    <message>
        <source>Focus municipality: %1</source>
        <translation>Fokuskommun: %1</translation>
    </message>
    <message>
        <source>Keys: → or space for the next slide, ← for the previous, Esc to close.</source>
        <translation>Tangenter: → eller mellanslag för nästa bild, ← för föregående, Esc för att stänga.</translation>
    </message>
    <message>
        <source>Study circle</source>
        <translation>Studiecirkel</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Steg %1: %2</translation>
    </message>
    <message>
        <source>Questions to discuss</source>
        <translation>Frågor att diskutera</translation>
    </message>
    <message>
        <source>Our assignment</source>
        <translation>Vårt uppdrag</translation>
    </message>
    <message>
        <source>Mandate: %1</source>
        <translation>Uppdrag: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Syfte: %1</translation>
    </message>
    <message>
        <source>Taking part: %1</source>
        <translation>Deltagare: %1</translation>
    </message>
    <message>
        <source>Are we ready?</source>
        <translation>Är vi redo?</translation>
    </message>
    <message>
        <source>Bring your own figures</source>
        <translation>Ta med egna siffror</translation>
    </message>
    <message>
        <source>Do you have figures of your own – a user survey, your own register or follow-up? Enter them now, and they are compared with the others on the next slides.</source>
        <translation>Har ni egna siffror – en brukarundersökning, ett eget register eller en egen uppföljning? Skriv in dem nu, så jämförs de med de andra på de följande bilderna.</translation>
    </message>
    <message>
        <source>Enter our own figures…</source>
        <translation>Skriv in våra egna siffror…</translation>
    </message>
    <message>
        <source>Our results %1</source>
        <translation>Våra resultat %1</translation>
    </message>
    <message>
        <source>The area %1 has no indicators in this file.</source>
        <translation>Området %1 har inga nyckeltal i den här filen.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 av %3)</translation>
    </message>
    <message>
        <source>%1 in %2. Colour: the value&apos;s quarter among all municipalities – green ▲ the best, red ▼ the weakest, yellow in between. Rank 1 is the best.</source>
        <translation>%1 inom %2. Färg: värdets fjärdedel bland alla kommuner – grön ▲ den bästa, röd ▼ den svagaste, gul däremellan. Rang 1 är bäst.</translation>
    </message>
    <message>
        <source>How do we rank?</source>
        <translation>Hur placerar vi oss?</translation>
    </message>
    <message>
        <source>How has it developed?</source>
        <translation>Hur har det utvecklats?</translation>
    </message>
    <message>
        <source>Possible causes (fishbone)</source>
        <translation>Tänkbara orsaker (fiskbensdiagram)</translation>
    </message>
    <message>
        <source>%1 (root cause)</source>
        <translation>%1 (grundorsak)</translation>
    </message>
    <message>
        <source>Ask why five times</source>
        <translation>Fråga varför fem gånger</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Problem: what do the figures show that we want to change?</source>
        <translation>Problem: vad visar siffrorna som vi vill ändra på?</translation>
    </message>
    <message>
        <source>Why? %1</source>
        <translation>Varför? %1</translation>
    </message>
    <message>
        <source>Our proposals</source>
        <translation>Våra förslag</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>%1 – chosen</source>
        <translation>%1 – valt</translation>
    </message>
    <message>
        <source>Our action plan</source>
        <translation>Vår handlingsplan</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Vem: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>När: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Uppföljning: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Target: %1 reaches %2 in %3.</source>
        <translation>Mål: %1 når %2 år %3.</translation>
    </message>
    <message>
        <source>The worksheet</source>
        <translation>Arbetsbladet</translation>
    </message>
    <message>
        <source>What is to be done, and how?</source>
        <translation>Vad ska göras, och hur?</translation>
    </message>
    <message>
        <source>Who is responsible?</source>
        <translation>Vem ansvarar?</translation>
    </message>
    <message>
        <source>When is it done, and how often do we follow up?</source>
        <translation>När ska det vara klart, och hur ofta följer vi upp?</translation>
    </message>
    <message>
        <source>What do we do if it is not done or has no effect?</source>
        <translation>Vad gör vi om det inte blir gjort eller inte får någon effekt?</translation>
    </message>
</context>
<context>
    <name>ProfileSeries</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Profil för %1</translation>
    </message>
    <message>
        <source>Percentile among all municipalities (100 = best)</source>
        <translation>Percentil bland alla kommuner (100 = bäst)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Value %1 %2 · rank %3 of %4</source>
        <translation>Värde %1 %2 · rang %3 av %4</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Inget värde</translation>
    </message>
    <message>
        <source>The percentile is the share of the country&apos;s municipalities with a value that %1 is better than or equal to. Colours: the quartiles of all municipalities.</source>
        <translation>Percentilen är andelen av landets kommuner med värde som %1 är lika bra som eller bättre än. Färger: kvartilerna bland alla kommuner.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>QuickAnalysis</name>
    <message>
        <source>The analysis compares with network %1, which is no longer in the file.</source>
        <translation>Analysen jämför med nätverket %1, som inte längre finns i filen.</translation>
    </message>
    <message>
        <source>The analysis compares with saved group %1, which is no longer in the file.</source>
        <translation>Analysen jämför med den sparade gruppen %1, som inte längre finns i filen.</translation>
    </message>
</context>
<context>
    <name>RankingChartPainter</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No municipality has a value of this indicator for the chosen year.</source>
        <translation>Ingen kommun har ett värde för det här nyckeltalet det valda året.</translation>
    </message>
    <message>
        <source>Best quarter of the country</source>
        <translation>Landets bästa fjärdedel</translation>
    </message>
    <message>
        <source>Worst quarter of the country</source>
        <translation>Landets sämsta fjärdedel</translation>
    </message>
    <message>
        <source>%1 (focus)</source>
        <translation>%1 (fokus)</translation>
    </message>
    <message>
        <source>Network members</source>
        <translation>Nätverkets medlemmar</translation>
    </message>
    <message>
        <source>Other municipalities</source>
        <translation>Övriga kommuner</translation>
    </message>
</context>
<context>
    <name>RankingSeries</name>
    <message>
        <source>Best to the left (higher is better)</source>
        <translation>Bäst till vänster (högre är bättre)</translation>
    </message>
    <message>
        <source>Best to the left (lower is better)</source>
        <translation>Bäst till vänster (lägre är bättre)</translation>
    </message>
    <message>
        <source>Highest to the left (no better direction)</source>
        <translation>Högst till vänster (ingen bättre riktning)</translation>
    </message>
    <message>
        <source>No network chosen</source>
        <translation>Inget nätverk valt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Mean of all municipalities: %1</source>
        <translation>Medelvärde för alla kommuner: %1</translation>
    </message>
    <message>
        <source>%1 of %2 municipalities have a value.</source>
        <translation>%1 av %2 kommuner har ett värde.</translation>
    </message>
    <message>
        <source>%1 of %2 members have a value.</source>
        <translation>%1 av %2 medlemmar har ett värde.</translation>
    </message>
    <message>
        <source>Without a value: %1.</source>
        <translation>Utan värde: %1.</translation>
    </message>
    <message>
        <source>%1 is ranked %2 of %3.</source>
        <translation>%1 har rang %2 av %3.</translation>
    </message>
    <message>
        <source>▲ best quarter, ▼ worst quarter of all municipalities.</source>
        <translation>▲ bästa fjärdedelen, ▼ sämsta fjärdedelen av alla kommuner.</translation>
    </message>
</context>
<context>
    <name>ReportCells</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>▲ best quarter</source>
        <translation>▲ bästa fjärdedelen</translation>
    </message>
    <message>
        <source>● middle half</source>
        <translation>● mittersta hälften</translation>
    </message>
    <message>
        <source>▼ worst quarter</source>
        <translation>▼ sämsta fjärdedelen</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>inget värde</translation>
    </message>
    <message>
        <source>no colour</source>
        <translation>ingen färg</translation>
    </message>
</context>
<context>
    <name>ReportSource</name>
    <message>
        <source>Jämför&apos;s example data (invented values)</source>
        <translation>Jämförs exempeldata (fiktiva värden)</translation>
    </message>
    <message>
        <source>own figures</source>
        <translation>egna siffror</translation>
    </message>
    <message>
        <source>Source: no stored values</source>
        <translation>Källa: inga sparade värden</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Colours compare each value with the quartiles of the compared municipalities: ▲ green at or beyond the best quartile, ● yellow in the middle half, ▼ red at or beyond the worst quartile, grey without a value. No colour for indicators without a better direction or with fewer than four values.</source>
        <translation>Färgerna jämför varje värde med kvartilerna för de jämförda kommunerna: ▲ grön vid eller bortom den bästa kvartilen, ● gul i mittersta hälften, ▼ röd vid eller bortom den sämsta kvartilen, grå utan värde. Ingen färg för nyckeltal utan bättre riktning eller med färre än fyra värden.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: filen kan inte skrivas (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation>%1: PDF-filen kan inte skrivas</translation>
    </message>
    <message>
        <source>%1: the report can be written as .pdf or .html, not .%2</source>
        <translation>%1: rapporten kan skrivas som .pdf eller .html, inte .%2</translation>
    </message>
</context>
<context>
    <name>SchemaValidator</name>
    <message>
        <source>trigger</source>
        <translation>triggern</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vyn</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indexet</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabellen</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Databasfel: %1</translation>
    </message>
    <message>
        <source>%1 was refused: it contains the %2 &quot;%3&quot;. Jämför files have none; one added to a file can change data or run code when the file is used.</source>
        <translation>%1 avvisades: den innehåller %2 ”%3”. Jämför-filer har inga sådana; en som har lagts till i en fil kan ändra data eller köra kod när filen används.</translation>
    </message>
    <message>
        <source>%1 was refused: it contains the %2 &quot;%3&quot;, which Jämför files (format %4) do not have.</source>
        <translation>%1 avvisades: den innehåller %2 ”%3”, som Jämför-filer (format %4) inte har.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Jämför file: the %2 &quot;%3&quot; is missing.</source>
        <translation>%1 är skadad eller ingen Jämför-fil: %2 ”%3” saknas.</translation>
    </message>
    <message>
        <source>%1 was refused: the %2 &quot;%3&quot; differs from the one Jämför creates (file format %4).</source>
        <translation>%1 avvisades: %2 ”%3” skiljer sig från Jämförs egen definition (filformat %4).</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1, rad %2</translation>
    </message>
</context>
<context>
    <name>StepRequirements</name>
    <message>
        <source>proposal %1</source>
        <translation>förslag %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>åtgärd %1</translation>
    </message>
    <message>
        <source>Describe the purpose of the analysis: what do you want to find out?</source>
        <translation>Beskriv syftet med analysen: vad vill ni ta reda på?</translation>
    </message>
    <message>
        <source>Describe the mandate: who asked for the analysis and who receives the result?</source>
        <translation>Beskriv uppdraget: vem har beställt analysen och vem tar emot resultatet?</translation>
    </message>
    <message>
        <source>Choose the area to analyse.</source>
        <translation>Välj vilket område som ska analyseras.</translation>
    </message>
    <message>
        <source>Choose the focus municipality.</source>
        <translation>Välj fokuskommun.</translation>
    </message>
    <message>
        <source>Choose the year to analyse.</source>
        <translation>Välj vilket år som ska analyseras.</translation>
    </message>
    <message>
        <source>Choose the network to compare with, or another comparison population.</source>
        <translation>Välj vilket nätverk ni jämför er med, eller en annan jämförelsegrupp.</translation>
    </message>
    <message>
        <source>Choose the county to compare with.</source>
        <translation>Välj vilket län ni jämför er med.</translation>
    </message>
    <message>
        <source>Choose the municipality group (kommungrupp) to compare with.</source>
        <translation>Välj vilken kommungrupp ni jämför er med.</translation>
    </message>
    <message>
        <source>Choose the saved group of municipalities to compare with.</source>
        <translation>Välj vilken sparad grupp av kommuner ni jämför er med.</translation>
    </message>
    <message>
        <source>Take at least one indicator forward to the in-depth analysis.</source>
        <translation>Ta minst ett nyckeltal vidare till den fördjupade analysen.</translation>
    </message>
    <message>
        <source>Judge %1: a problem, a good result to keep, or unclear?</source>
        <translation>Bedöm %1: ett problem, ett bra resultat att behålla eller oklart?</translation>
    </message>
    <message>
        <source>Record at least one cause for %1, on the fishbone or as five whys.</source>
        <translation>Skriv in minst en orsak för %1, i fiskbensdiagrammet eller med fem varför.</translation>
    </message>
    <message>
        <source>Give %1 a title.</source>
        <translation>Ge %1 en rubrik.</translation>
    </message>
    <message>
        <source>Rate the expected effect of %1.</source>
        <translation>Bedöm den förväntade effekten av %1.</translation>
    </message>
    <message>
        <source>Rate the effort that %1 needs.</source>
        <translation>Bedöm vilken insats %1 kräver.</translation>
    </message>
    <message>
        <source>Choose at least one proposal to carry out.</source>
        <translation>Välj minst ett förslag att genomföra.</translation>
    </message>
    <message>
        <source>Plan at least one action for %1.</source>
        <translation>Planera minst en åtgärd för %1.</translation>
    </message>
    <message>
        <source>Describe what is to be done in %1.</source>
        <translation>Beskriv vad som ska göras i %1.</translation>
    </message>
    <message>
        <source>Name who is responsible for %1.</source>
        <translation>Ange vem som ansvarar för %1.</translation>
    </message>
    <message>
        <source>Set a date for %1.</source>
        <translation>Sätt ett datum för %1.</translation>
    </message>
    <message>
        <source>No participants yet: who takes part in the analysis?</source>
        <translation>Inga deltagare än: vilka är med i analysen?</translation>
    </message>
    <message>
        <source>No meetings planned yet: put the dates in the time plan.</source>
        <translation>Inga möten planerade än: för in datumen i tidsplanen.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of the readiness checklist are not done yet.</source>
        <translation>
            <numerusform>%n punkt i checklistan för att vara redo är inte avklarad än.</numerusform>
            <numerusform>%n punkter i checklistan för att vara redo är inte avklarade än.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators are taken forward. The handbook advises keeping to a few (at most %1) so that the analysis can go deep.</source>
        <translation>
            <numerusform>%n nyckeltal tas vidare. Handboken råder er att hålla er till ett fåtal (högst %1) så att analysen kan gå på djupet.</numerusform>
            <numerusform>%n nyckeltal tas vidare. Handboken råder er att hålla er till ett fåtal (högst %1) så att analysen kan gå på djupet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conclusion written yet for %1.</source>
        <translation>Ingen slutsats skriven än för %1.</translation>
    </message>
    <message>
        <source>%1 has a low expected effect and needs a high effort: is it worth doing?</source>
        <translation>%1 har liten förväntad effekt och kräver stor insats: är det värt att göra?</translation>
    </message>
    <message>
        <source>%1 has no target value yet.</source>
        <translation>%1 har inget målvärde än.</translation>
    </message>
    <message>
        <source>Say how often %1 is followed up.</source>
        <translation>Ange hur ofta %1 följs upp.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: filen kan inte skrivas (%2)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
</context>
<context>
    <name>TableInterpreter</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (the file mixes encodings?)</source>
        <translation>texten är inte giltig UTF-8 (blandar filen teckenkodningar?)</translation>
    </message>
    <message>
        <source>no header row in the first %1 rows; expected columns such as kpi, municipality, period, gender, value or Nyckeltals-id, Kommun-id, År, Kön, Värde</source>
        <translation>ingen rubrikrad bland de första %1 raderna; väntade kolumner som kpi, municipality, period, gender, value eller Nyckeltals-id, Kommun-id, År, Kön, Värde</translation>
    </message>
    <message>
        <source>%1: no header row found; expected columns such as kpi, municipality, period, gender, value or Nyckeltals-id, Kommun-id, År, Kön, Värde</source>
        <translation>%1: ingen rubrikrad hittades; väntade kolumner som kpi, municipality, period, gender, value eller Nyckeltals-id, Kommun-id, År, Kön, Värde</translation>
    </message>
    <message>
        <source>%1: the file has a header but no data rows</source>
        <translation>%1: filen har en rubrikrad men inga datarader</translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; mean the same; keep one</source>
        <translation>kolumnerna ”%1” och ”%2” betyder samma sak; behåll en av dem</translation>
    </message>
    <message>
        <source>the required column %1 is missing (found: %2)</source>
        <translation>den obligatoriska kolumnen %1 saknas (hittade: %2)</translation>
    </message>
    <message>
        <source>&quot;municipality&quot; (or Kommun-id, Kommun, unit)</source>
        <translation>”municipality” (eller Kommun-id, Kommun, unit)</translation>
    </message>
    <message>
        <source>&quot;period&quot; (or År, year)</source>
        <translation>”period” (eller År, year)</translation>
    </message>
    <message>
        <source>&quot;value&quot; (or Värde)</source>
        <translation>”value” (eller Värde)</translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; are for the same %3</source>
        <translation>kolumnerna ”%1” och ”%2” gäller samma %3</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>the required column &quot;kpi&quot; (or Nyckeltals-id, indicator) is missing and no title row above the header names an indicator id such as N15419 (found: %1)</source>
        <translation>den obligatoriska kolumnen ”kpi” (eller Nyckeltals-id, indicator) saknas och ingen titelrad ovanför rubrikraden anger ett nyckeltals-id som N15419 (hittade: %1)</translation>
    </message>
    <message>
        <source>the table has no indicator column and the title rows name more than one indicator (%1); add a Nyckeltals-id column</source>
        <translation>tabellen har ingen kolumn för nyckeltal och titelraderna anger mer än ett nyckeltal (%1); lägg till en kolumn Nyckeltals-id</translation>
    </message>
    <message>
        <source>the indicator id is empty</source>
        <translation>nyckeltalets id är tomt</translation>
    </message>
    <message>
        <source>the indicator id &quot;%1&quot; is longer than %2 characters</source>
        <translation>nyckeltalets id ”%1” är längre än %2 tecken</translation>
    </message>
    <message>
        <source>the indicator id &quot;%1&quot; contains control characters</source>
        <translation>nyckeltalets id ”%1” innehåller styrtecken</translation>
    </message>
    <message>
        <source>unknown municipality &quot;%1&quot; (expected the name of a Swedish municipality, region or Riket, or add a Kommun-id column)</source>
        <translation>okänd kommun ”%1” (väntade namnet på en svensk kommun, en region eller Riket, eller lägg till en kolumn Kommun-id)</translation>
    </message>
    <message>
        <source>unknown unit code &quot;%1&quot; (expected a 4-digit municipality, region or country code)</source>
        <translation>okänd enhetskod ”%1” (väntade en fyrsiffrig kod för kommun, region eller riket)</translation>
    </message>
    <message>
        <source>the year &quot;%1&quot; is not a year between 1900 and 2200</source>
        <translation>året ”%1” är inte ett år mellan 1900 och 2200</translation>
    </message>
    <message>
        <source>the gender &quot;%1&quot; is not T, K or M (Totalt, Kvinnor, Män)</source>
        <translation>könet ”%1” är inte T, K eller M (Totalt, Kvinnor, Män)</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header (%2), found %3</source>
        <translation>väntade %1 fält som i rubrikraden (%2), hittade %3</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is not one of missing, not_applicable, confidential or empty</source>
        <translation>statusen ”%1” är inte någon av missing, not_applicable, confidential eller tom</translation>
    </message>
    <message>
        <source>the row has both a value and the status &quot;%1&quot;</source>
        <translation>raden har både ett värde och statusen ”%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands inside the table but names no municipality and holds no figure (notes and sources belong below the table)</source>
        <translation>”%1” står inne i tabellen men namnger ingen kommun och har inget värde (kommentarer och källor hör hemma under tabellen)</translation>
    </message>
</context>
<context>
    <name>TableMargins</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 ”%2”</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows outside the table were skipped: %2</source>
        <translation>
            <numerusform>%1: %n rad utanför tabellen hoppades över: %2</numerusform>
            <numerusform>%1: %n rader utanför tabellen hoppades över: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cells, first %2 “%3”)</source>
        <translation>
            <numerusform>%1 (%n cell, först %2 ”%3”)</numerusform>
            <numerusform>%1 (%n celler, först %2 ”%3”)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n columns beside the table were not read: %2</source>
        <translation>
            <numerusform>%1: %n kolumn bredvid tabellen lästes inte: %2</numerusform>
            <numerusform>%1: %n kolumner bredvid tabellen lästes inte: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePreview</name>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Column names</source>
        <translation>Kolumnrubriker</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppas över</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Inte läst</translation>
    </message>
    <message numerus="yes">
        <source>The table: %1 to %2, %n rows with %3 values.</source>
        <translation>
            <numerusform>Tabellen: %1 till %2, %n rad med %3 värden.</numerusform>
            <numerusform>Tabellen: %1 till %2, %n rader med %3 värden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped below the table: %n rows (%1).</source>
        <translation>
            <numerusform>Hoppas över under tabellen: %n rad (%1).</numerusform>
            <numerusform>Hoppas över under tabellen: %n rader (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not read beside the table: %n columns (%1).</source>
        <translation>
            <numerusform>Läses inte bredvid tabellen: %n kolumn (%1).</numerusform>
            <numerusform>Läses inte bredvid tabellen: %n kolumner (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview read the first %1 rows; the import reads the whole file.</source>
        <translation>Förhandsvisningen läste de första %1 raderna; importen läser hela filen.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1</source>
        <translation>Filen kan inte importeras som den är: %1</translation>
    </message>
</context>
<context>
    <name>TextStreamDecoder</name>
    <message>
        <source>This build of Jämför cannot read Windows-1252 text; save the file as UTF-8</source>
        <translation>Den här versionen av Jämför kan inte läsa text i Windows-1252; spara filen som UTF-8</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>better</source>
        <translation>bättre</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>sämre</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrat</translation>
    </message>
</context>
<context>
    <name>TrendChartPainter</name>
    <message>
        <source>There are no values of this indicator for the network&apos;s members in these years.</source>
        <translation>Det finns inga värden för det här nyckeltalet för nätverkets medlemmar de här åren.</translation>
    </message>
    <message>
        <source>%1 (focus)</source>
        <translation>%1 (fokus)</translation>
    </message>
</context>
<context>
    <name>TrendSeries</name>
    <message>
        <source>Mean of all municipalities</source>
        <translation>Medelvärde för alla kommuner</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No network chosen</source>
        <translation>Inget nätverk valt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 per year %4–%5.</source>
        <translation>%1: %2 %3 per år %4–%5.</translation>
    </message>
    <message>
        <source>%1: %2 %3 per year %4–%5 (%6).</source>
        <translation>%1: %2 %3 per år %4–%5 (%6).</translation>
    </message>
    <message>
        <source>The mean is the unweighted mean of all municipalities with a value.</source>
        <translation>Medelvärdet är det ovägda medelvärdet för alla kommuner med värde.</translation>
    </message>
</context>
<context>
    <name>UnitGroupRepository</name>
    <message>
        <source>A group named &quot;%1&quot; already exists.</source>
        <translation>Det finns redan en grupp som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; names the unknown unit %2.</source>
        <translation>Gruppen &quot;%1&quot; innehåller den okända enheten %2.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>this zip archive is not an Excel workbook (it has no xl/workbook.xml)</source>
        <translation>det här zip-arkivet är ingen Excel-arbetsbok (det saknar xl/workbook.xml)</translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated: %2 (XML line %3)</source>
        <translation>delen %1 är skadad eller avkortad: %2 (XML-rad %3)</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>arbetsboken har inga blad</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot;; its sheets are: %2</source>
        <translation>arbetsboken har inget blad som heter ”%1”; dess blad är: %2</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is missing from the workbook (no part %2)</source>
        <translation>bladet ”%1” saknas i arbetsboken (ingen del %2)</translation>
    </message>
    <message>
        <source>%1: the cell reference &quot;%2&quot; is not valid</source>
        <translation>%1: cellreferensen ”%2” är ogiltig</translation>
    </message>
    <message>
        <source>%1: the cell refers to shared string %2, but the workbook has %3</source>
        <translation>%1: cellen hänvisar till delad sträng %2, men arbetsboken har %3 delade strängar</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-arbetsbok</translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated (%2)</source>
        <translation>delen %1 är skadad eller avkortad (%2)</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbookWriter</name>
    <message>
        <source>%1: a workbook needs at least one sheet</source>
        <translation>%1: en arbetsbok behöver minst ett blad</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook (%2)</source>
        <translation>%1: arbetsboken kan inte skrivas (%2)</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kan inte läsas (%1)</translation>
    </message>
    <message>
        <source>not a readable %1: the zip archive is damaged or truncated (%2)</source>
        <translation>kan inte läsas som %1: zip-arkivet är skadat eller avkortat (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>refused: the part %1 unpacks to more than %2 MB (a zip bomb?)</source>
        <translation>avvisad: delen %1 packas upp till mer än %2 MB (en zip-bomb?)</translation>
    </message>
    <message>
        <source>not a readable %1: the zip directory is damaged</source>
        <translation>kan inte läsas som %1: zip-katalogen är skadad</translation>
    </message>
    <message>
        <source>not a readable %1: the zip directory is damaged (entry %2: %3)</source>
        <translation>kan inte läsas som %1: zip-katalogen är skadad (post %2: %3)</translation>
    </message>
    <message>
        <source>refused: the part %1 would unpack to %2 MB, more than the %3 MB a part may have (a zip bomb?)</source>
        <translation>avvisad: delen %1 skulle packas upp till %2 MB, mer än de %3 MB en del får ha (en zip-bomb?)</translation>
    </message>
    <message>
        <source>refused: the part %1 would unpack from %2 MB to %3 MB (%4:1); no real spreadsheet packs that well (a zip bomb?)</source>
        <translation>avvisad: delen %1 skulle packas upp från %2 MB till %3 MB (%4:1); inget riktigt kalkylark packas så tätt (en zip-bomb?)</translation>
    </message>
    <message>
        <source>refused: the %1 would unpack to more than %2 MB (a zip bomb?)</source>
        <translation>avvisad: filen (%1) skulle packas upp till mer än %2 MB (en zip-bomb?)</translation>
    </message>
    <message>
        <source>the part %1 is missing from the %2</source>
        <translation>delen %1 saknas i filen (%2)</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked (%2); the file is damaged</source>
        <translation>delen %1 kan inte packas upp (%2); filen är skadad</translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated (%2)</source>
        <translation>delen %1 är skadad eller avkortad (%2)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Writes the example network Bohusnätverket with invented values to a new file.</source>
        <translation>Skriver exempelnätverket Bohusnätverket med fiktiva värden till en ny fil.</translation>
    </message>
    <message>
        <source>The file to create.</source>
        <translation>Filen som ska skapas.</translation>
    </message>
    <message>
        <source>demo takes exactly one file name</source>
        <translation>demo tar exakt ett filnamn</translation>
    </message>
    <message>
        <source>%1 already exists; the demo is only written to a new file</source>
        <translation>%1 finns redan; exemplet skrivs bara till en ny fil</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>Skrev %1 (%2)</translation>
    </message>
    <message>
        <source>Writes every observation as CSV: indicator,unit,year,gender,value,status.</source>
        <translation>Skriver alla värden som CSV: indicator,unit,year,gender,value,status.</translation>
    </message>
    <message>
        <source>The .jamfor file.</source>
        <translation>.jamfor-filen.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Skriv till den här filen i stället för standard ut.</translation>
    </message>
    <message>
        <source>export needs --db FILE</source>
        <translation>export behöver --db FIL</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>kan inte skriva till standard ut</translation>
    </message>
    <message>
        <source>When a value differs from the stored one: fail (default), keep the stored value or replace it.</source>
        <translation>När ett värde skiljer sig från det sparade: avbryt (fail, standard), behåll det sparade (keep) eller ersätt det (replace).</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Filer att importera.</translation>
    </message>
    <message>
        <source>import needs --db FILE and at least one input file</source>
        <translation>import behöver --db FIL och minst en fil att importera</translation>
    </message>
    <message>
        <source>--on-conflict takes keep, replace or fail, not &quot;%1&quot;</source>
        <translation>--on-conflict tar keep, replace eller fail, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 new, %4 unchanged, %5 replaced, %6 kept</source>
        <translation>%1: %2 rader, %3 nya, %4 oförändrade, %5 ersatta, %6 behållna</translation>
    </message>
    <message>
        <source>Prints what a .jamfor file holds.</source>
        <translation>Visar vad en .jamfor-fil innehåller.</translation>
    </message>
    <message>
        <source>info needs --db FILE</source>
        <translation>info behöver --db FIL</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>okänt kommando &quot;%1&quot;</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>File format: %1</source>
        <translation>Filformat: %1</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Enheter: %1</translation>
    </message>
    <message>
        <source>Areas: %1</source>
        <translation>Områden: %1</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Nyckeltal: %1</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Värden: %1</translation>
    </message>
    <message>
        <source>Years: %1</source>
        <translation>År: %1</translation>
    </message>
    <message>
        <source>Import batches: %1</source>
        <translation>Importer: %1</translation>
    </message>
    <message>
        <source>Networks: %1</source>
        <translation>Nätverk: %1</translation>
    </message>
    <message>
        <source>  %1: %2 members, %3 people</source>
        <translation>  %1: %2 medlemmar, %3 personer</translation>
    </message>
    <message>
        <source>Compare with: network:NAME, country (all municipalities, the default), county:NN, kommungrupp:GROUP or group:NAME.</source>
        <translation>Jämför med: network:NAMN, country (alla kommuner, standard), county:NN, kommungrupp:GRUPP eller group:NAMN.</translation>
    </message>
    <message>
        <source>The operating area for network membership (default: the indicator&apos;s area).</source>
        <translation>Verksamhetsområdet för medlemskapet i nätverket (standard: nyckeltalets område).</translation>
    </message>
    <message>
        <source>--population &quot;%1&quot; is not one of network:NAME, country, county:NN, kommungrupp:GROUP, group:NAME</source>
        <translation>--population ”%1” är inte någon av network:NAMN, country, county:NN, kommungrupp:GRUPP, group:NAMN</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>--%1 ”%2” måste vara ett heltal från %3 till %4</translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot; (not in the file)</source>
        <translation>okänt nyckeltal ”%1” (finns inte i filen)</translation>
    </message>
    <message>
        <source>green ▲</source>
        <translation>grön ▲</translation>
    </message>
    <message>
        <source>red ▼</source>
        <translation>röd ▼</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>grå</translation>
    </message>
    <message>
        <source>Compares the units of a population for one indicator and year: value, rank, colour class and change since the previous year, with n, mean, median and quartiles.</source>
        <translation>Jämför enheterna i en jämförelsegrupp för ett nyckeltal och ett år: värde, rang, färgklass och förändring sedan året före, med n, medelvärde, median och kvartiler.</translation>
    </message>
    <message>
        <source>The indicator id.</source>
        <translation>Nyckeltalets id.</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>Året.</translation>
    </message>
    <message>
        <source>T (total, the default), K (women) or M (men).</source>
        <translation>T (totalt, standard), K (kvinnor) eller M (män).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Skriv ut JSON.</translation>
    </message>
    <message>
        <source>compare needs --%1</source>
        <translation>compare behöver --%1</translation>
    </message>
    <message>
        <source>compare takes no file arguments: &quot;%1&quot;</source>
        <translation>compare tar inga filargument: ”%1”</translation>
    </message>
    <message>
        <source>--gender &quot;%1&quot; must be T, K or M</source>
        <translation>--gender ”%1” måste vara T, K eller M</translation>
    </message>
    <message>
        <source>the population %1 has no units</source>
        <translation>jämförelsegruppen %1 har inga enheter</translation>
    </message>
    <message>
        <source>no values of %1 for %2 (gender %3) in %4</source>
        <translation>inga värden för %1 år %2 (kön %3) i %4</translation>
    </message>
    <message>
        <source>Year %1, gender %2, compared with %3 (%4 units)</source>
        <translation>År %1, kön %2, jämfört med %3 (%4 enheter)</translation>
    </message>
    <message>
        <source>The indicator has no direction: ranked by value, highest first; no colours.</source>
        <translation>Nyckeltalet har ingen riktning: rangordnat efter värde, högst först; inga färger.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>Förändring sedan %1</translation>
    </message>
    <message>
        <source>n %1  mean %2  median %3  Q1 %4  Q3 %5  min %6  max %7</source>
        <translation>n %1  medelvärde %2  median %3  Q1 %4  Q3 %5  min %6  max %7</translation>
    </message>
    <message>
        <source>Relates a cost indicator (x) to a quality indicator (y): the units&apos; quadrants around the median lines, Pearson r, Spearman rho, n and the least-squares line with each unit&apos;s residual.</source>
        <translation>Ställer ett kostnadsnyckeltal (x) mot ett kvalitetsnyckeltal (y): enheternas kvadranter kring medianlinjerna, Pearsons r, Spearmans rho, n och regressionslinjen (minsta kvadratmetoden) med varje enhets residual.</translation>
    </message>
    <message>
        <source>The cost indicator id (x).</source>
        <translation>Kostnadsnyckeltalets id (x).</translation>
    </message>
    <message>
        <source>The quality indicator id (y).</source>
        <translation>Kvalitetsnyckeltalets id (y).</translation>
    </message>
    <message>
        <source>The year of the costs.</source>
        <translation>Året för kostnaderna.</translation>
    </message>
    <message>
        <source>Years from the costs to the quality: the quality year is YEAR + N (default 0).</source>
        <translation>Antal år från kostnaderna till kvaliteten: kvalitetsåret är YEAR + N (standard 0).</translation>
    </message>
    <message>
        <source>costquality needs --%1</source>
        <translation>costquality behöver --%1</translation>
    </message>
    <message>
        <source>costquality takes no file arguments: &quot;%1&quot;</source>
        <translation>costquality tar inga filargument: ”%1”</translation>
    </message>
    <message>
        <source>no unit in %1 has both a value of %2 for %3 and a value of %4 for %5</source>
        <translation>ingen enhet i %1 har både ett värde för %2 år %3 och ett värde för %4 år %5</translation>
    </message>
    <message>
        <source>Cost (x): %1 %2, %3</source>
        <translation>Kostnad (x): %1 %2, %3</translation>
    </message>
    <message>
        <source>Quality (y): %1 %2, %3</source>
        <translation>Kvalitet (y): %1 %2, %3</translation>
    </message>
    <message>
        <source>Compared with %1 (%2 units)</source>
        <translation>Jämfört med %1 (%2 enheter)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kvadrant</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>n %1  median cost %2  median quality %3</source>
        <translation>n %1  mediankostnad %2  mediankvalitet %3</translation>
    </message>
    <message>
        <source>Pearson r %1  Spearman rho %2</source>
        <translation>Pearsons r %1  Spearmans rho %2</translation>
    </message>
    <message>
        <source>Line: quality = %1 %2 %3 × cost</source>
        <translation>Linje: kvalitet = %1 %2 %3 × kostnad</translation>
    </message>
    <message>
        <source>Line: not defined (fewer than 2 points or every cost equal)</source>
        <translation>Linje: inte definierad (färre än 2 punkter eller alla kostnader lika)</translation>
    </message>
    <message>
        <source>  conflict at %1: %2 %3 %4 %5: stored %6, file %7</source>
        <translation>  konflikt på %1: %2 %3 %4 %5: sparat %6, i filen %7</translation>
    </message>
    <message>
        <source>  … and %1 more conflicts</source>
        <translation>  … och %1 konflikter till</translation>
    </message>
    <message>
        <source>%1: dry run, nothing was imported</source>
        <translation>%1: provkörning, ingenting importerades</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varning: %1</translation>
    </message>
    <message>
        <source>Read and check everything and list the conflicts, but import nothing.</source>
        <translation>Läs och kontrollera allt och lista konflikterna, men importera ingenting.</translation>
    </message>
    <message>
        <source>The Kolada API address (default %1; an address ending in /v2 uses API v2).</source>
        <translation>Adressen till Koladas API (standard %1; en adress som slutar på /v2 använder API v2).</translation>
    </message>
    <message>
        <source>Give up a request after this many seconds (default 60).</source>
        <translation>Ge upp ett anrop efter så här många sekunder (standard 60).</translation>
    </message>
    <message>
        <source>Try a request again this many times when Kolada is busy (429) or fails (5xx) (default 4).</source>
        <translation>Försök igen med ett anrop så här många gånger när Kolada är upptaget (429) eller svarar med fel (5xx) (standard 4).</translation>
    </message>
    <message>
        <source>Seconds to wait before the first retry; doubles for each further one (default 1).</source>
        <translation>Sekunder att vänta före det första nya försöket; fördubblas för varje följande försök (standard 1).</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds between 0 and 3600, not &quot;%2&quot;</source>
        <translation>--%1 tar ett antal sekunder mellan 0 och 3600, inte ”%2”</translation>
    </message>
    <message>
        <source>--retries takes a whole number between 0 and 20, not &quot;%1&quot;</source>
        <translation>--retries tar ett heltal mellan 0 och 20, inte ”%1”</translation>
    </message>
    <message>
        <source>Downloads indicator descriptions and values from the Kolada API into a .jamfor file (created if missing). The download is stored whole, as one import with source &quot;Kolada API&quot;, or not at all.</source>
        <translation>Hämtar nyckeltalsbeskrivningar och värden från Koladas API till en .jamfor-fil (som skapas om den saknas). Hämtningen sparas i sin helhet, som en import med källan ”Kolada API”, eller inte alls.</translation>
    </message>
    <message>
        <source>Kolada indicator ids, comma-separated (N15419,U21468).</source>
        <translation>Nyckeltals-id i Kolada, kommaseparerade (N15419,U21468).</translation>
    </message>
    <message>
        <source>A year or a range of years (2015-2024).</source>
        <translation>Ett år eller ett intervall av år (2015-2024).</translation>
    </message>
    <message>
        <source>--years takes a year or a range such as 2015-2024, not &quot;%1&quot;</source>
        <translation>--years tar ett år eller ett intervall som 2015-2024, inte ”%1”</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 new, %4 unchanged, %5 replaced, %6 kept; %7 indicators new, %8 updated; %9 requests</source>
        <translation>%1: %2 rader, %3 nya, %4 oförändrade, %5 ersatta, %6 behållna; %7 nya nyckeltal, %8 uppdaterade; %9 anrop</translation>
    </message>
    <message>
        <source>Lists the Kolada indicators whose title contains TEXT: id, then title.</source>
        <translation>Listar nyckeltalen i Kolada vars rubrik innehåller TEXT: id, sedan rubrik.</translation>
    </message>
    <message>
        <source>Words from the title.</source>
        <translation>Ord ur rubriken.</translation>
    </message>
    <message>
        <source>kolada search needs some words from the title</source>
        <translation>kolada search behöver några ord ur rubriken</translation>
    </message>
    <message>
        <source>no Kolada indicator has &quot;%1&quot; in its title</source>
        <translation>inget nyckeltal i Kolada har ”%1” i rubriken</translation>
    </message>
    <message>
        <source>unknown kolada command &quot;%1&quot;
%2</source>
        <translation>okänt kolada-kommando ”%1”
%2</translation>
    </message>
    <message>
        <source>%1: the report has no table to export</source>
        <translation>%1: rapporten har ingen tabell att exportera</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .html, .xlsx (every table) or .csv (the first table).</source>
        <translation>Filen som ska skrivas: .pdf, .html, .xlsx (alla tabeller) eller .csv (den första tabellen).</translation>
    </message>
    <message>
        <source>Writes the report of an analysis for the municipal executive board, or with --a3 its one-page A3 summary.</source>
        <translation>Skriver rapporten om en analys till kommunstyrelsen, eller med --a3 dess A3-sammanfattning på en sida.</translation>
    </message>
    <message>
        <source>The analysis id.</source>
        <translation>Analysens id.</translation>
    </message>
    <message>
        <source>The one-page A3 summary instead.</source>
        <translation>A3-sammanfattningen på en sida i stället.</translation>
    </message>
    <message>
        <source>report needs --db FILE --analysis ID -o OUT</source>
        <translation>report behöver --db FIL --analysis ID -o UT</translation>
    </message>
    <message>
        <source>--analysis: &quot;%1&quot; is not an analysis id (a whole number above 0)</source>
        <translation>--analysis: ”%1” är inget analys-id (ett heltal större än 0)</translation>
    </message>
    <message>
        <source>Writes a compilation (länsrapport) of a network or a county for one area and year.</source>
        <translation>Skriver en sammanställning (länsrapport) för ett nätverk eller ett län, för ett område och ett år.</translation>
    </message>
    <message>
        <source>The network&apos;s name.</source>
        <translation>Nätverkets namn.</translation>
    </message>
    <message>
        <source>The two-digit county code.</source>
        <translation>Den tvåsiffriga länskoden.</translation>
    </message>
    <message>
        <source>The operating area&apos;s id.</source>
        <translation>Verksamhetsområdets id.</translation>
    </message>
    <message>
        <source>compile needs --db FILE (--network NAME | --county NN) --area AREA --year YEAR -o OUT</source>
        <translation>compile behöver --db FIL (--network NAMN | --county NN) --area OMRÅDE --year ÅR -o UT</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year between 1900 and 2200</source>
        <translation>--year: ”%1” är inte ett år mellan 1900 och 2200</translation>
    </message>
    <message>
        <source>--county: &quot;%1&quot; is not a two-digit county code such as 14</source>
        <translation>--county: ”%1” är ingen tvåsiffrig länskod som 14</translation>
    </message>
    <message>
        <source>%1: %2 indicator descriptions, %3 new, %4 updated, %5 with a suggested kind and direction</source>
        <translation>%1: %2 nyckeltalsbeskrivningar, %3 nya, %4 uppdaterade, %5 med föreslagen kategori och riktning</translation>
    </message>
    <message>
        <source>%1: %2 municipality groups, %3 new, %4 updated</source>
        <translation>%1: %2 kommungrupper, %3 nya, %4 uppdaterade</translation>
    </message>
    <message>
        <source>%1: %2 stored values removed (deleted in Kolada)</source>
        <translation>%1: %2 sparade värden togs bort (borttagna i Kolada)</translation>
    </message>
    <message>
        <source>Lists every indicator of a .jamfor file: id, kind, direction, unit, area and title. &quot;suggested&quot; marks a kind, direction and unit that Jämför suggested from Kolada&apos;s metadata and the title and that nobody has confirmed yet.</source>
        <translation>Listar alla nyckeltal i en .jamfor-fil: id, kategori, riktning, måttenhet, område och titel. ”suggested” markerar kategori, riktning och enhet som Jämför föreslagit utifrån Koladas beskrivning och titeln och som ingen ännu har bekräftat.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects instead of a table.</source>
        <translation>Skriv en JSON-lista med objekt i stället för en tabell.</translation>
    </message>
    <message>
        <source>indicators needs --db FILE</source>
        <translation>indicators behöver --db FIL</translation>
    </message>
    <message>
        <source>A Kolada KPI group (GKPI89 Öppna jämförelser - Äldreomsorg): every indicator in it.</source>
        <translation>En nyckeltalsgrupp i Kolada (GKPI89 Öppna jämförelser - Äldreomsorg): alla nyckeltal i den.</translation>
    </message>
    <message>
        <source>Municipality, region or country codes, comma-separated (1435,1486,0000). Without it: every municipality, region and the country.</source>
        <translation>Koder för kommuner, regioner eller riket, åtskilda med komma (1435,1486,0000). Utan den: alla kommuner, regioner och riket.</translation>
    </message>
    <message>
        <source>kolada fetch needs --db FILE, --kpi IDS or --kpi-group ID, and --years YEARS</source>
        <translation>kolada fetch behöver --db FIL, --kpi ID eller --kpi-group ID, och --years ÅR</translation>
    </message>
    <message>
        <source>--unit needs at least one code; leave it out to fetch the whole country</source>
        <translation>--unit behöver minst en kod; utelämna den för att hämta hela landet</translation>
    </message>
    <message>
        <source>%1 indicators, %2 units with values; %3 removed (deleted in Kolada); %4 indicators with a suggested kind and direction</source>
        <translation>%1 nyckeltal, %2 enheter med värden; %3 borttagna (borttagna i Kolada); %4 nyckeltal med föreslagen kategori och riktning</translation>
    </message>
    <message>
        <source>Downloads Kolada&apos;s municipality groups whose title contains TEXT (kommungrupper, &quot;Liknande kommuner …&quot;, networks such as V9) and saves them in the .jamfor file as groups named by their title, usable as --population group:TITLE. Without --search: every group.</source>
        <translation>Hämtar Koladas kommungrupper vars titel innehåller TEXT (kommungrupper, ”Liknande kommuner …”, nätverk som V9) och sparar dem i .jamfor-filen som grupper med titeln som namn, användbara som --population group:TITEL. Utan --search: alla grupper.</translation>
    </message>
    <message>
        <source>Words from the group&apos;s title.</source>
        <translation>Ord ur gruppens titel.</translation>
    </message>
    <message>
        <source>kolada groups needs --db FILE</source>
        <translation>kolada groups behöver --db FIL</translation>
    </message>
    <message>
        <source>Kolada has no group with &quot;%1&quot; in its title</source>
        <translation>Kolada har ingen grupp med ”%1” i titeln</translation>
    </message>
    <message>
        <source>%1: %2 groups, %3 new, %4 updated</source>
        <translation>%1: %2 grupper, %3 nya, %4 uppdaterade</translation>
    </message>
    <message>
        <source>Usage: jamfor-cli kolada fetch --db FILE (--kpi IDS|--kpi-group ID) --years YEARS
                        [--unit CODES] [--on-conflict keep|replace|fail]
                        [--base-url URL]
       jamfor-cli kolada search TEXT [--base-url URL]
       jamfor-cli kolada groups --db FILE [--search TEXT] [--base-url URL]</source>
        <translation>Användning: jamfor-cli kolada fetch --db FIL (--kpi ID|--kpi-group ID) --years ÅR
                        [--unit KODER] [--on-conflict keep|replace|fail]
                        [--base-url URL]
       jamfor-cli kolada search TEXT [--base-url URL]
       jamfor-cli kolada groups --db FIL [--search TEXT] [--base-url URL]</translation>
    </message>
    <message>
        <source>XLSX and ODS: the sheet to read (default: the first).</source>
        <translation>XLSX och ODS: bladet som ska läsas (standard: det första).</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 unchanged, %4 replaced, %5 kept</source>
        <translation>%1: %2 nya, %3 oförändrade, %4 ersatta, %5 behållna</translation>
    </message>
    <message>
        <source>network</source>
        <translation>nätverk</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupp</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>analys</translation>
    </message>
    <message>
        <source>%1: %2 batches read, %3 brought values; %4 rows, %5 new, %6 unchanged, %7 replaced, %8 kept</source>
        <translation>%1: %2 importer lästa, %3 gav värden; %4 rader, %5 nya, %6 oförändrade, %7 ersatta, %8 behållna</translation>
    </message>
    <message>
        <source>%1: %2 indicators and %3 areas added</source>
        <translation>%1: %2 nyckeltal och %3 områden tillagda</translation>
    </message>
    <message>
        <source>%1: networks</source>
        <translation>%1: nätverk</translation>
    </message>
    <message>
        <source>%1: groups</source>
        <translation>%1: grupper</translation>
    </message>
    <message>
        <source>%1: analyses</source>
        <translation>%1: analyser</translation>
    </message>
    <message>
        <source>  %1 &quot;%2&quot; differs: changed %3 here, %4 in the file%5</source>
        <translation>  %1 ”%2” skiljer sig: ändrad %3 här, %4 i filen%5</translation>
    </message>
    <message>
        <source> (theirs is newer)</source>
        <translation> (deras är nyare)</translation>
    </message>
    <message>
        <source>  %1 &quot;%2&quot; differs</source>
        <translation>  %1 ”%2” skiljer sig</translation>
    </message>
    <message>
        <source>Writes a small .jamfor file holding one analysis, its network and group, its indicators and their values, to send to a colleague, who imports it with jamfor-cli import or Arkiv › Importera från annan Jämför-fil…</source>
        <translation>Skriver en liten .jamfor-fil med en analys, dess nätverk och grupp, dess nyckeltal och deras värden, att skicka till en kollega som importerar den med jamfor-cli import eller Arkiv › Importera från annan Jämför-fil…</translation>
    </message>
    <message>
        <source>The analysis&apos;s id.</source>
        <translation>Analysens id.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>Filen som skrivs (ersätts om den finns).</translation>
    </message>
    <message>
        <source>send needs --db FILE, --analysis ID and -o OUT.jamfor</source>
        <translation>send behöver --db FIL, --analysis ID och -o UT.jamfor</translation>
    </message>
    <message>
        <source>%1: analysis %2 with %3 values of %4 indicators</source>
        <translation>%1: analys %2 med %3 värden för %4 nyckeltal</translation>
    </message>
    <message>
        <source>Imports files into a .jamfor file (created if missing): Kolada JSON (data or KPI descriptions, API v2 or v3), CSV, XLSX and ODS tables, and another member&apos;s .jamfor file. The format is told from the content. Each file is imported whole or not at all.</source>
        <translation>Importerar filer till en .jamfor-fil (som skapas om den saknas): Kolada-JSON (data eller nyckeltalsbeskrivningar, API v2 eller v3), CSV-, XLSX- och ODS-tabeller och en annan medlems .jamfor-fil. Formatet känns igen på innehållet. Varje fil importeras hel eller inte alls.</translation>
    </message>
    <message>
        <source>Another .jamfor file: what to bring in besides its observations, comma-separated (an analysis always brings its network and group).</source>
        <translation>En annan .jamfor-fil: vad som ska tas in utöver observationerna, kommaseparerat (en analys tar alltid med sitt nätverk och sin grupp).</translation>
    </message>
    <message>
        <source>--include takes networks, groups, analyses or all, separated by commas, not &quot;%1&quot;</source>
        <translation>--include tar networks, groups, analyses eller all, åtskilda med komma, inte ”%1”</translation>
    </message>
    <message>
        <source>Usage: jamfor-cli COMMAND [OPTIONS]
Commands:
  demo OUT.jamfor                      write the example network
  import --db FILE INPUT...             import Kolada JSON, CSV, XLSX and ODS files
          [--include networks,groups,analyses|all]
                                        and other members&apos; .jamfor files
  send --db FILE --analysis ID -o OUT.jamfor
                                        one analysis and its values, to mail
  export --db FILE [-o OUT.csv]         write every observation as CSV
  info --db FILE                        show what a file holds
  indicators --db FILE [--json]         list the indicators, their kind and
                                        direction, and which are suggestions
  compare --db FILE --indicator ID --year YEAR [--gender T|K|M]
          [--population SPEC] [--area AREA] [--json]
                                        rank, colour and change of one indicator
  costquality --db FILE --cost ID --quality ID --year YEAR [--lag N]
          [--population SPEC] [--area AREA] [--json]
                                        cost against quality: quadrants, r, rho
  report --db FILE --analysis ID -o OUT.pdf|.html|.xlsx|.csv [--a3]
                                        the analysis report or its A3 summary
  compile --db FILE (--network NAME|--county NN) --area AREA --year YEAR
          -o OUT.pdf|.html|.xlsx|.csv   a network or county compilation
  kolada fetch --db FILE (--kpi IDS|--kpi-group ID) --years YEARS
          [--unit CODES] [--on-conflict keep|replace|fail] [--base-url URL]
                                        download from the Kolada API (without
                                        --unit: every municipality and region)
  kolada search TEXT                    find Kolada indicators by title
  kolada groups --db FILE [--search TEXT]
                                        save Kolada&apos;s municipality groups
  SPEC: country (default), network:NAME, county:NN, kommungrupp:A1…C9, group:NAME
Run jamfor-cli COMMAND --help for the options of a command.</source>
        <translation>Användning: jamfor-cli KOMMANDO [FLAGGOR]
Kommandon:
  demo UT.jamfor                       skriv exempelnätverket
  import --db FIL INDATA...             importera Kolada-JSON, CSV, XLSX och ODS
          [--include networks,groups,analyses|all]
                                        och andra medlemmars .jamfor-filer
  send --db FIL --analysis ID -o UT.jamfor
                                        en analys och dess värden, att mejla
  export --db FIL [-o UT.csv]           skriv alla observationer som CSV
  info --db FIL                         visa vad en fil innehåller
  indicators --db FIL [--json]          lista nyckeltalen, deras kategori och
                                        riktning, och vilka som är förslag
  compare --db FIL --indicator ID --year ÅR [--gender T|K|M]
          [--population SPEC] [--area OMRÅDE] [--json]
                                        rang, färg och förändring för ett nyckeltal
  costquality --db FIL --cost ID --quality ID --year ÅR [--lag N]
          [--population SPEC] [--area OMRÅDE] [--json]
                                        kostnad mot kvalitet: kvadranter, r, rho
  report --db FIL --analysis ID -o UT.pdf|.html|.xlsx|.csv [--a3]
                                        analysrapporten eller dess A3-sammanfattning
  compile --db FIL (--network NAMN|--county NN) --area OMRÅDE --year ÅR
          -o UT.pdf|.html|.xlsx|.csv    en sammanställning för nätverk eller län
  kolada fetch --db FIL (--kpi ID|--kpi-group ID) --years ÅR
          [--unit KODER] [--on-conflict keep|replace|fail] [--base-url URL]
                                        hämta från Koladas API (utan --unit:
                                        alla kommuner och regioner)
  kolada search TEXT                    sök nyckeltal i Kolada på titel
  kolada groups --db FIL [--search TEXT]
                                        spara Koladas kommungrupper
  SPEC: country (standard), network:NAMN, county:NN, kommungrupp:A1…C9, group:NAMN
Kör jamfor-cli KOMMANDO --help för ett kommandos flaggor.</translation>
    </message>
</context>
<context>
    <name>jamfor::AnalysisEditor</name>
    <message>
        <source>The new analysis could not be stored: %1</source>
        <translation>Den nya analysen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The analysis “%1” could not be stored: %2</source>
        <translation>Analysen ”%1” kunde inte sparas: %2</translation>
    </message>
</context>
<context>
    <name>jamfor::AnalysisScopeForm</name>
    <message>
        <source>For example: Elderly care in Tanum 2023</source>
        <translation>Till exempel: Äldreomsorg i Tanum 2023</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Jämför med:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Nätverk:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>&amp;Län:</translation>
    </message>
    <message>
        <source>&amp;Municipality group:</source>
        <translation>&amp;Kommungrupp:</translation>
    </message>
    <message>
        <source>Saved &amp;group:</source>
        <translation>Sparad &amp;grupp:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>&amp;Focus municipality:</source>
        <translation>&amp;Fokuskommun:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>SKR&apos;s kommungrupper, revision 2023</source>
        <translation>SKR:s kommungrupper, revidering 2023</translation>
    </message>
    <message>
        <source>%1 (Kolada&apos;s similar municipalities)</source>
        <translation>%1 (Koladas liknande kommuner)</translation>
    </message>
</context>
<context>
    <name>jamfor::AnalysisWizard</name>
    <message>
        <source>Analysis:</source>
        <translation>Analys:</translation>
    </message>
    <message>
        <source>New analysis…</source>
        <translation>Ny analys…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No analysis yet&lt;/h3&gt;&lt;p&gt;An analysis takes a group through the five steps of the handbook for Öppna jämförelser: preparation, quick analysis and priorities, in-depth analysis, improvement proposals, and implementation and follow-up.&lt;/p&gt;&lt;p&gt;Start with &lt;b&gt;New analysis…&lt;/b&gt; and choose the network, the area, the focus municipality and the year.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ingen analys än&lt;/h3&gt;&lt;p&gt;En analys leder en grupp genom de fem stegen i handboken för Öppna jämförelser: förberedelser, snabbanalys och prioritering, fördjupad analys, förbättringsförslag samt genomförande och uppföljning.&lt;/p&gt;&lt;p&gt;Börja med &lt;b&gt;Ny analys…&lt;/b&gt; och välj nätverk, område, fokuskommun och år.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <source>Analysis %1</source>
        <translation>Analys %1</translation>
    </message>
    <message>
        <source>%1 (completed)</source>
        <translation>%1 (slutförd)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · compared with %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · jämförs med %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;The analysis is completed&lt;/b&gt; (%1). Follow up the targets when new figures are published.</source>
        <translation>&lt;b&gt;Analysen är slutförd&lt;/b&gt; (%1). Följ upp målen när nya siffror publiceras.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>och %n till.</numerusform>
            <numerusform>och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you move on:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Innan ni går vidare:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The step has what it needs.&lt;/b&gt; Complete the analysis when the plan is agreed.</source>
        <translation>&lt;b&gt;Steget har det som behövs.&lt;/b&gt; Slutför analysen när ni är överens om planen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The step has what it needs.&lt;/b&gt; You can move on.</source>
        <translation>&lt;b&gt;Steget har det som behövs.&lt;/b&gt; Ni kan gå vidare.</translation>
    </message>
    <message>
        <source>Think about:</source>
        <translation>Tänk på:</translation>
    </message>
    <message>
        <source>Reopen the analysis</source>
        <translation>Öppna analysen igen</translation>
    </message>
    <message>
        <source>Complete the analysis</source>
        <translation>Slutför analysen</translation>
    </message>
    <message>
        <source>Next: %1 →</source>
        <translation>Nästa: %1 →</translation>
    </message>
    <message>
        <source>Delete analysis</source>
        <translation>Ta bort analysen</translation>
    </message>
    <message>
        <source>Delete the analysis “%1” and everything the group recorded in it? This cannot be undone.</source>
        <translation>Vill du ta bort analysen ”%1” och allt som gruppen har skrivit in i den? Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>jamfor::CauseAnalysisWidget</name>
    <message>
        <source>Fishbone: possible causes by category</source>
        <translation>Fiskbensdiagram: tänkbara orsaker per kategori</translation>
    </message>
    <message>
        <source>Write every cause the group can think of under its category. Tick the causes you believe are root causes.</source>
        <translation>Skriv in alla orsaker som gruppen kommer på under rätt kategori. Markera de orsaker som ni tror är grundorsaker.</translation>
    </message>
    <message>
        <source>New cause</source>
        <translation>Ny orsak</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Fem varför</translation>
    </message>
    <message>
        <source>The problem, as the figures show it</source>
        <translation>Problemet så som siffrorna visar det</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Why does the problem occur?</source>
        <translation>Varför uppstår problemet?</translation>
    </message>
    <message>
        <source>Why is that so?</source>
        <translation>Varför är det så?</translation>
    </message>
    <message>
        <source>Why? (%1)</source>
        <translation>Varför? (%1)</translation>
    </message>
    <message>
        <source>Tick when the group believes this is a root cause.</source>
        <translation>Markera när gruppen tror att detta är en grundorsak.</translation>
    </message>
    <message>
        <source>Add cause “%1”</source>
        <translation>Lägg till orsaken ”%1”</translation>
    </message>
    <message>
        <source>Remove cause “%1”</source>
        <translation>Ta bort orsaken ”%1”</translation>
    </message>
    <message>
        <source>Mark root cause</source>
        <translation>Markera grundorsak</translation>
    </message>
    <message>
        <source>Unmark root cause</source>
        <translation>Avmarkera grundorsak</translation>
    </message>
    <message>
        <source>Edit the five whys</source>
        <translation>Ändra fem varför</translation>
    </message>
</context>
<context>
    <name>jamfor::ChartPanel</name>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagram:</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>Trend over time</source>
        <translation>Trend över tid</translation>
    </message>
    <message>
        <source>Cost and quality</source>
        <translation>Kostnad och kvalitet</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Nyckeltal:</translation>
    </message>
    <message>
        <source>C&amp;ost (x):</source>
        <translation>Ko&amp;stnad (x):</translation>
    </message>
    <message>
        <source>&amp;Quality (y):</source>
        <translation>Kvali&amp;tet (y):</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Jäm&amp;för med:</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>Nätverket</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Ko&amp;mmun:</translation>
    </message>
    <message>
        <source>I&amp;ndicators:</source>
        <translation>N&amp;yckeltal:</translation>
    </message>
    <message>
        <source>The area&apos;s</source>
        <translation>Områdets</translation>
    </message>
    <message>
        <source>All areas&apos;</source>
        <translation>Alla områdens</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Spara som &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Spara som &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kop&amp;iera</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Kopiera diagrammet till urklipp som en bild</translation>
    </message>
    <message>
        <source>The chart is copied to the clipboard.</source>
        <translation>Diagrammet är kopierat till urklipp.</translation>
    </message>
    <message>
        <source>Could not copy the chart</source>
        <translation>Diagrammet kunde inte kopieras</translation>
    </message>
    <message>
        <source>Open a file to see charts.</source>
        <translation>Öppna en fil för att se diagram.</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>diagram</translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation>Spara diagrammet som SVG</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Spara diagrammet som PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>The chart is saved as %1.</source>
        <translation>Diagrammet är sparat som %1.</translation>
    </message>
    <message>
        <source>Could not save the chart</source>
        <translation>Diagrammet kunde inte sparas</translation>
    </message>
</context>
<context>
    <name>jamfor::ComparisonTableModel</name>
    <message>
        <source>Rank %1 of %2 in %3</source>
        <translation>Rang %1 av %2 i %3</translation>
    </message>
    <message>
        <source>Change since %1: %2 (%3)</source>
        <translation>Förändring sedan %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: n = %2, Q1 %3, median %4, Q3 %5</source>
        <translation>%1: n = %2, Q1 %3, median %4, Q3 %5</translation>
    </message>
    <message>
        <source>No colour: fewer than 4 values to compare with.</source>
        <translation>Ingen färg: färre än 4 värden att jämföra med.</translation>
    </message>
    <message>
        <source>Focus municipality</source>
        <translation>Fokuskommun</translation>
    </message>
    <message>
        <source>Member of the network</source>
        <translation>Medlem i nätverket</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
</context>
<context>
    <name>jamfor::ComparisonView</name>
    <message>
        <source>Com&amp;pare with:</source>
        <translation>Jäm&amp;för med:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>K&amp;olumner:</translation>
    </message>
    <message>
        <source>All indicators, one year</source>
        <translation>Alla nyckeltal, ett år</translation>
    </message>
    <message>
        <source>One indicator over the years</source>
        <translation>Ett nyckeltal över åren</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Nyckeltal:</translation>
    </message>
    <message>
        <source>Cop&amp;y selection</source>
        <translation>Kop&amp;iera markering</translation>
    </message>
    <message>
        <source>Copies the selected cells as a table that pastes into Excel.</source>
        <translation>Kopierar de markerade cellerna som en tabell som kan klistras in i Excel.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>The network: %1</source>
        <translation>Nätverket: %1</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>The county: %1</source>
        <translation>Länet: %1</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>Jämförelsen kunde inte göras</translation>
    </message>
    <message>
        <source>Colours and ranks among: %1. ▲ best quarter, ▼ worst quarter; ↑ ↓ change since the year before (the tooltip says whether it is better or worse). Click a column header to sort.</source>
        <translation>Färger och rang bland: %1. ▲ bästa fjärdedelen, ▼ sämsta fjärdedelen; ↑ ↓ förändring sedan året före (verktygstipset säger om det är bättre eller sämre). Klicka på en kolumnrubrik för att sortera.</translation>
    </message>
    <message>
        <source>Find municipality…</source>
        <translation>Sök kommun…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Saves the table as an Excel workbook (XLSX) or a CSV file.</source>
        <translation>Sparar tabellen som en Excel-arbetsbok (XLSX) eller en CSV-fil.</translation>
    </message>
    <message>
        <source>Export the comparison table</source>
        <translation>Exportera jämförelsetabellen</translation>
    </message>
    <message>
        <source>Comparison %1.xlsx</source>
        <translation>Jämförelse %1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Tabellen kunde inte exporteras</translation>
    </message>
    <message>
        <source>The kommungrupp: %1</source>
        <translation>Kommungruppen: %1</translation>
    </message>
    <message>
        <source>The group: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
</context>
<context>
    <name>jamfor::ConflictDialog</name>
    <message>
        <source>Values that differ</source>
        <translation>Värden som skiljer sig</translation>
    </message>
    <message>
        <source>Values in %1 differ from the values already stored for the same indicator, municipality, year and gender: %2 in all.</source>
        <translation>Värden i %1 skiljer sig från de värden som redan är sparade för samma nyckeltal, kommun, år och kön: %2 totalt.</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>De första %1 visas.</translation>
    </message>
    <message>
        <source>Choose which values to keep. All other rows are imported either way.</source>
        <translation>Välj vilka värden som ska behållas. Alla andra rader importeras i vilket fall som helst.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Nuvarande värde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>&amp;Keep current values</source>
        <translation>&amp;Behåll nuvarande värden</translation>
    </message>
    <message>
        <source>&amp;Replace with new values</source>
        <translation>&amp;Ersätt med nya värden</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Avbryt importen</translation>
    </message>
</context>
<context>
    <name>jamfor::ContextBar</name>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Nätverk:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Kön:</translation>
    </message>
    <message>
        <source>&amp;Focus municipality:</source>
        <translation>&amp;Fokuskommun:</translation>
    </message>
    <message>
        <source>The municipality the charts and the analysis look at first.</source>
        <translation>Kommunen som diagrammen och analysen utgår från.</translation>
    </message>
</context>
<context>
    <name>jamfor::CostQualityChartView</name>
    <message>
        <source>No municipality has values of both indicators for the chosen years.</source>
        <translation>Ingen kommun har värden för båda nyckeltalen de valda åren.</translation>
    </message>
    <message>
        <source>%1 (focus)</source>
        <translation>%1 (fokus)</translation>
    </message>
    <message>
        <source>Network members</source>
        <translation>Nätverkets medlemmar</translation>
    </message>
    <message>
        <source>Other municipalities</source>
        <translation>Övriga kommuner</translation>
    </message>
    <message>
        <source>Medians</source>
        <translation>Medianer</translation>
    </message>
    <message>
        <source>Least-squares line</source>
        <translation>Regressionslinje</translation>
    </message>
    <message>
        <source>%1: cost %2, quality %3 (%4)</source>
        <translation>%1: kostnad %2, kvalitet %3 (%4)</translation>
    </message>
</context>
<context>
    <name>jamfor::DeepAnalysisPage</name>
    <message>
        <source>Indicator:</source>
        <translation>Nyckeltal:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Similar municipalities</source>
        <translation>Liknande kommuner</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>Orsaksanalys</translation>
    </message>
    <message>
        <source>Other sources and conclusion</source>
        <translation>Andra källor och slutsats</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagram:</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>Trend over the years</source>
        <translation>Trend över åren</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>Kvinnor och män</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Kön:</translation>
    </message>
    <message>
        <source>Cost indicator:</source>
        <translation>Kostnadsnyckeltal:</translation>
    </message>
    <message>
        <source>Choose cost indicator</source>
        <translation>Välj kostnadsnyckeltal</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Choose similar municipalities</source>
        <translation>Välj liknande kommuner</translation>
    </message>
    <message>
        <source>What other sources say</source>
        <translation>Vad andra källor säger</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Vad den säger</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Lägg till källa</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Ta bort källa</translation>
    </message>
    <message>
        <source>Edit source note</source>
        <translation>Ändra anteckningen om källan</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Slutsats</translation>
    </message>
    <message>
        <source>What does the group conclude about the causes of this result?</source>
        <translation>Vilka slutsatser drar gruppen om orsakerna till resultatet?</translation>
    </message>
    <message>
        <source>Edit conclusion</source>
        <translation>Ändra slutsatsen</translation>
    </message>
    <message>
        <source>Cost and quality</source>
        <translation>Kostnad och kvalitet</translation>
    </message>
    <message>
        <source>Take at least one indicator forward in step 2.</source>
        <translation>Ta minst ett nyckeltal vidare i steg 2.</translation>
    </message>
    <message>
        <source>%1, %2: women and men</source>
        <translation>%1, %2: kvinnor och män</translation>
    </message>
    <message>
        <source>The file has no background figures for %1 in %2, so no similar municipalities can be suggested. Import background indicators (population, tax base, …).</source>
        <translation>Filen har inga bakgrundsuppgifter för %1 år %2, så inga liknande kommuner kan föreslås. Importera bakgrundsnyckeltal (folkmängd, skattekraft, …).</translation>
    </message>
    <message>
        <source>The %1 municipalities most like %2 in %3 by: %4. Tick the ones you compare yourselves with.</source>
        <translation>De %1 kommuner som mest liknar %2 år %3 utifrån: %4. Markera dem som ni jämför er med.</translation>
    </message>
    <message>
        <source>%1 (distance %2)</source>
        <translation>%1 (avstånd %2)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Värde %1</translation>
    </message>
    <message>
        <source>Rank among these</source>
        <translation>Rang bland dessa</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Inget värde</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Ny källa</translation>
    </message>
    <message>
        <source>Add source note</source>
        <translation>Lägg till källa</translation>
    </message>
    <message>
        <source>Remove source note</source>
        <translation>Ta bort källa</translation>
    </message>
</context>
<context>
    <name>jamfor::EditSession</name>
    <message>
        <source>Give the network a name.</source>
        <translation>Ge nätverket ett namn.</translation>
    </message>
    <message>
        <source>There is already a network named %1.</source>
        <translation>Det finns redan ett nätverk som heter %1.</translation>
    </message>
    <message>
        <source>Give the indicator an id.</source>
        <translation>Ge nyckeltalet ett id.</translation>
    </message>
    <message>
        <source>An id may only contain letters, digits, - and _.</source>
        <translation>Ett id får bara innehålla bokstäver, siffror, - och _.</translation>
    </message>
    <message>
        <source>There is already an indicator with id %1.</source>
        <translation>Det finns redan ett nyckeltal med id %1.</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Nytt nätverk</translation>
    </message>
    <message>
        <source>New network %1</source>
        <translation>Nytt nätverk %1</translation>
    </message>
    <message>
        <source>The network is no longer in the file.</source>
        <translation>Nätverket finns inte längre i filen.</translation>
    </message>
    <message>
        <source>The indicator %1 is no longer in the file.</source>
        <translation>Nyckeltalet %1 finns inte längre i filen.</translation>
    </message>
    <message>
        <source>Create network %1</source>
        <translation>Skapa nätverket %1</translation>
    </message>
    <message>
        <source>Rename network %1 to %2</source>
        <translation>Byt namn på nätverket %1 till %2</translation>
    </message>
    <message>
        <source>Change the description of %1</source>
        <translation>Ändra beskrivningen av %1</translation>
    </message>
    <message>
        <source>Delete network %1</source>
        <translation>Ta bort nätverket %1</translation>
    </message>
    <message>
        <source>%1 is not a municipality.</source>
        <translation>%1 är ingen kommun.</translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation>%1 är redan medlem i %2.</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Lägg till medlemmen %1</translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation>Ta bort medlemmen %1</translation>
    </message>
    <message>
        <source>Let %1 take part in all areas</source>
        <translation>Låt %1 delta i alla områden</translation>
    </message>
    <message>
        <source>Limit %1 to %2</source>
        <translation>Begränsa %1 till %2</translation>
    </message>
    <message>
        <source>Add person %1</source>
        <translation>Lägg till personen %1</translation>
    </message>
    <message>
        <source>The person is no longer in the network.</source>
        <translation>Personen finns inte längre i nätverket.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Byt namn på %1 till %2</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Ändra rollen för %1</translation>
    </message>
    <message>
        <source>Change the municipality of %1</source>
        <translation>Ändra kommunen för %1</translation>
    </message>
    <message>
        <source>Change the e-mail address of %1</source>
        <translation>Ändra e-postadressen för %1</translation>
    </message>
    <message>
        <source>Change the phone number of %1</source>
        <translation>Ändra telefonnumret för %1</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Ta bort personen %1</translation>
    </message>
    <message>
        <source>Create indicator %1</source>
        <translation>Skapa nyckeltalet %1</translation>
    </message>
    <message>
        <source>Change the direction of %1</source>
        <translation>Ändra riktningen för %1</translation>
    </message>
    <message>
        <source>Change the kind of %1</source>
        <translation>Ändra kategorin för %1</translation>
    </message>
    <message>
        <source>Change the indicator type of %1</source>
        <translation>Ändra nyckeltalstypen för %1</translation>
    </message>
    <message>
        <source>Change the area of %1</source>
        <translation>Ändra området för %1</translation>
    </message>
    <message>
        <source>Made from the group %1.</source>
        <translation>Skapat från gruppen %1.</translation>
    </message>
    <message>
        <source>Create network %1 from a group</source>
        <translation>Skapa nätverket %1 från en grupp</translation>
    </message>
    <message>
        <source>Confirm the suggestion for %1</source>
        <translation>Bekräfta förslaget för %1</translation>
    </message>
    <message numerus="yes">
        <source>Confirm the suggestions for %n indicators</source>
        <translation>
            <numerusform>Bekräfta förslagen för %n nyckeltal</numerusform>
            <numerusform>Bekräfta förslagen för %n nyckeltal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jamfor::Enum</name>
    <message>
        <source>No colour</source>
        <translation>Ingen färg</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Inget värde</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Röd</translation>
    </message>
    <message>
        <source>Has a value</source>
        <translation>Har värde</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ej tillämpligt</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretess</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Ej importerat</translation>
    </message>
    <message>
        <source>No new value yet</source>
        <translation>Inget nytt värde än</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Ej nått</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>På väg</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nått</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>Nätverket</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>A county</source>
        <translation>Ett län</translation>
    </message>
    <message>
        <source>A municipality group (kommungrupp)</source>
        <translation>En kommungrupp</translation>
    </message>
    <message>
        <source>A saved group</source>
        <translation>En sparad grupp</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Ej bedömt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Good result to keep</source>
        <translation>Bra resultat att behålla</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Oklart</translation>
    </message>
    <message>
        <source>Method / ways of working</source>
        <translation>Metod / arbetssätt</translation>
    </message>
    <message>
        <source>People / skills</source>
        <translation>Människor / kompetens</translation>
    </message>
    <message>
        <source>Organisation / leadership</source>
        <translation>Organisation / ledarskap</translation>
    </message>
    <message>
        <source>Environment / surroundings</source>
        <translation>Miljö / omgivning</translation>
    </message>
    <message>
        <source>Material / resources</source>
        <translation>Material / resurser</translation>
    </message>
    <message>
        <source>Measurement / information</source>
        <translation>Mätning / information</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ej bedömd</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Do first: high effect, low effort</source>
        <translation>Gör först: stor effekt, liten insats</translation>
    </message>
    <message>
        <source>Plan: high effect, high effort</source>
        <translation>Planera: stor effekt, stor insats</translation>
    </message>
    <message>
        <source>If time allows: low effect, low effort</source>
        <translation>Om tiden räcker: liten effekt, liten insats</translation>
    </message>
    <message>
        <source>Reconsider: low effect, high effort</source>
        <translation>Ompröva: liten effekt, stor insats</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Ej bestämt</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Varje månad</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Varje kvartal</translation>
    </message>
    <message>
        <source>Twice a year</source>
        <translation>Två gånger om året</translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>En gång om året</translation>
    </message>
    <message>
        <source>When the next Öppna jämförelser is published</source>
        <translation>När nästa Öppna jämförelser publiceras</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ej påbörjad</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Högre är bättre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lägre är bättre</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ingen riktning</translation>
    </message>
    <message>
        <source>No better direction</source>
        <translation>Ingen bättre riktning</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volym</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Politician</source>
        <translation>Politiker</translation>
    </message>
    <message>
        <source>Municipal CEO</source>
        <translation>Kommundirektör</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Projektledare</translation>
    </message>
    <message>
        <source>Process leader</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riket</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
</context>
<context>
    <name>jamfor::ExchangeMenu</name>
    <message>
        <source>Import from &amp;another Jämför file…</source>
        <translation>Importera från annan &amp;Jämför-fil…</translation>
    </message>
    <message>
        <source>Bring in another member&apos;s values and, if you like, networks, groups and analyses.</source>
        <translation>Ta in en annan medlems värden och, om du vill, nätverk, grupper och analyser.</translation>
    </message>
    <message>
        <source>S&amp;end analysis…</source>
        <translation>Skicka a&amp;nalys…</translation>
    </message>
    <message>
        <source>Write the open analysis and the values it uses to a small file to mail to a colleague.</source>
        <translation>Skriv den öppna analysen och värdena den använder till en liten fil att mejla till en kollega.</translation>
    </message>
    <message>
        <source>Import from another Jämför file</source>
        <translation>Importera från annan Jämför-fil</translation>
    </message>
    <message>
        <source>Jämför files (*.jamfor);;All files (*)</source>
        <translation>Jämför-filer (*.jamfor);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Open the analysis to send first.</source>
        <translation>Öppna först analysen som ska skickas.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>%1 holds the analysis with %2 values of %3 indicators. Mail it to your colleague, who brings it in with File › Import from another Jämför file…</source>
        <translation>%1 innehåller analysen med %2 värden för %3 nyckeltal. Mejla den till din kollega, som tar in den med Arkiv › Importera från annan Jämför-fil…</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <source>Send analysis</source>
        <translation>Skicka analys</translation>
    </message>
    <message>
        <source>Jämför files (*.jamfor)</source>
        <translation>Jämför-filer (*.jamfor)</translation>
    </message>
    <message>
        <source>Choose another name than the open file&apos;s.</source>
        <translation>Välj ett annat namn än den öppna filens.</translation>
    </message>
    <message>
        <source>The analysis was not written</source>
        <translation>Analysen skrevs inte</translation>
    </message>
</context>
<context>
    <name>jamfor::FocusIndicatorTable</name>
    <message>
        <source>Indicator</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Since last year</source>
        <translation>Sedan förra året</translation>
    </message>
    <message>
        <source>Our judgement</source>
        <translation>Vår bedömning</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>taken forward</source>
        <translation>tas vidare</translation>
    </message>
</context>
<context>
    <name>jamfor::GenderGapWidget</name>
    <message>
        <source>No values by gender for this indicator and year.</source>
        <translation>Inga värden per kön för det här nyckeltalet och året.</translation>
    </message>
    <message>
        <source>W %1 · M %2</source>
        <translation>K %1 · M %2</translation>
    </message>
    <message>
        <source>no value by gender</source>
        <translation>inget värde per kön</translation>
    </message>
</context>
<context>
    <name>jamfor::GroupChooserDialog</name>
    <message>
        <source>New network from a group</source>
        <translation>Nytt nätverk från en grupp</translation>
    </message>
    <message>
        <source>The group&apos;s municipalities become the network&apos;s members. Groups come from Kolada (File › Import, or Kolada&apos;s municipality groups) or are saved by you.</source>
        <translation>Gruppens kommuner blir nätverkets medlemmar. Grupper kommer från Kolada (Arkiv › Importera filer, eller Koladas kommungrupper) eller är sparade av dig.</translation>
    </message>
    <message>
        <source>Words from the group&apos;s name, e.g. V9 or Liknande</source>
        <translation>Ord ur gruppens namn, t.ex. V9 eller Liknande</translation>
    </message>
    <message>
        <source>&amp;Create network</source>
        <translation>&amp;Skapa nätverk</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n members)</source>
        <translation>
            <numerusform>%1 (%n medlem)</numerusform>
            <numerusform>%1 (%n medlemmar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jamfor::HandbookPanel</name>
    <message>
        <source>&lt;b&gt;Questions to discuss&lt;/b&gt;</source>
        <translation>&lt;b&gt;Frågor att diskutera&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The worksheet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Arbetsbladet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Steg %1: %2</translation>
    </message>
</context>
<context>
    <name>jamfor::ImplementationPage</name>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Följs upp</translation>
    </message>
    <message>
        <source>If not met</source>
        <translation>Om det inte nås</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>Target values</source>
        <translation>Målvärden</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Lägg till mål</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Ta bort mål</translation>
    </message>
    <message>
        <source>Edit target note</source>
        <translation>Ändra kommentaren till målet</translation>
    </message>
    <message>
        <source>Follow-up against the newest values</source>
        <translation>Uppföljning mot de senaste värdena</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>Startvärde</translation>
    </message>
    <message>
        <source>Newest value</source>
        <translation>Senaste värde</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Måluppfyllelse</translation>
    </message>
    <message>
        <source>No proposal</source>
        <translation>Inget förslag</translation>
    </message>
    <message>
        <source>Change the action&apos;s proposal</source>
        <translation>Byt förslag för åtgärden</translation>
    </message>
    <message>
        <source>Choose date</source>
        <translation>Välj datum</translation>
    </message>
    <message>
        <source>Change the action&apos;s date</source>
        <translation>Ändra datum för åtgärden</translation>
    </message>
    <message>
        <source>Change how often the action is followed up</source>
        <translation>Ändra hur ofta åtgärden följs upp</translation>
    </message>
    <message>
        <source>Change the action&apos;s status</source>
        <translation>Ändra status för åtgärden</translation>
    </message>
    <message>
        <source>Edit what is to be done</source>
        <translation>Ändra vad som ska göras</translation>
    </message>
    <message>
        <source>Edit how it is done</source>
        <translation>Ändra hur det ska göras</translation>
    </message>
    <message>
        <source>Edit who is responsible</source>
        <translation>Ändra vem som ansvarar</translation>
    </message>
    <message>
        <source>Edit what happens if it is not met</source>
        <translation>Ändra vad som händer om det inte nås</translation>
    </message>
    <message>
        <source>Change the target&apos;s indicator</source>
        <translation>Byt nyckeltal för målet</translation>
    </message>
    <message>
        <source>Change the target year</source>
        <translation>Ändra målåret</translation>
    </message>
    <message>
        <source>Change the target value</source>
        <translation>Ändra målvärdet</translation>
    </message>
    <message>
        <source>There is already a target for that indicator and year.</source>
        <translation>Det finns redan ett mål för det nyckeltalet och året.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Inget värde</translation>
    </message>
    <message>
        <source>%1 % of the way from the start value to the target</source>
        <translation>%1 % av vägen från startvärdet till målet</translation>
    </message>
</context>
<context>
    <name>jamfor::ImportDialog</name>
    <message>
        <source>Import files</source>
        <translation>Importera filer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Lägg till filer…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Ta bort från listan</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Avbryt importen</translation>
    </message>
    <message>
        <source>What each import did, or why a file was refused, is shown here.</source>
        <translation>Här visas vad varje import gjorde, eller varför en fil avvisades.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Välj filer att importera</translation>
    </message>
    <message>
        <source>Kolada JSON</source>
        <translation>Kolada-JSON</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Känns inte igen</translation>
    </message>
    <message>
        <source>The sheet to import</source>
        <translation>Bladet som ska importeras</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Klar att importera</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Kan inte importeras</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Refused, nothing changed</source>
        <translation>Avvisad, inget ändrat</translation>
    </message>
    <message>
        <source>Cancelled, nothing changed</source>
        <translation>Avbruten, inget ändrat</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Ej importerad</translation>
    </message>
    <message>
        <source>Cancel and close</source>
        <translation>Avbryt och stäng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Add the files to import.</source>
        <translation>Lägg till filerna som ska importeras.</translation>
    </message>
    <message>
        <source>Remove the files that cannot be imported from the list to import the others.</source>
        <translation>Ta bort filerna som inte kan importeras från listan för att importera de andra.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Listing the values of %1 that differ from stored ones: %2 rows read</source>
        <translation>Listar de värden i %1 som skiljer sig från de sparade: %2 rader lästa</translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3): %4 rows read</source>
        <translation>Importerar %1 (fil %2 av %3): %4 rader lästa</translation>
    </message>
    <message>
        <source>Importing %1: %2 rows read</source>
        <translation>Importerar %1: %2 rader lästa</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observera: %1</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing in the file was changed by it.</source>
        <translation>%1 importerades inte; ingenting i filen ändrades av den.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing from it was stored.</source>
        <translation>Importen av %1 avbröts; ingenting från den sparades.</translation>
    </message>
    <message>
        <source>The files marked as imported were stored; the others were not imported.</source>
        <translation>Filerna som är markerade som importerade sparades; de andra importerades inte.</translation>
    </message>
    <message>
        <source>The files after it were not imported.</source>
        <translation>Filerna efter den importerades inte.</translation>
    </message>
    <message>
        <source>Choose one or more files. The format is recognised from the content: values or indicator descriptions from Kolada (JSON), CSV tables, Excel workbooks (XLSX) and LibreOffice spreadsheets (ODS). Each file is imported whole or not at all; the preview shows which rows of a table are taken before anything is written.</source>
        <translation>Välj en eller flera filer. Formatet känns igen på innehållet: värden eller nyckeltalsbeskrivningar från Kolada (JSON), CSV-tabeller, Excel-arbetsböcker (XLSX) och LibreOffice-kalkylark (ODS). Varje fil importeras helt eller inte alls; förhandsvisningen visar vilka rader i en tabell som tas med innan något sparas.</translation>
    </message>
    <message>
        <source>Kolada, CSV, Excel and LibreOffice files (*.json *.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Kolada-, CSV-, Excel- och LibreOffice-filer (*.json *.csv *.tsv *.txt *.xlsx *.ods);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Sheet of %1</source>
        <translation>Blad i %1</translation>
    </message>
    <message>
        <source>Choose a file in the list to see which of its rows are taken as the table.</source>
        <translation>Välj en fil i listan för att se vilka av dess rader som tas med som tabell.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is Kolada&apos;s own format; it has no table to preview.</source>
        <translation>%1 är i Koladas eget format; den har ingen tabell att förhandsvisa.</translation>
    </message>
</context>
<context>
    <name>jamfor::ImportWorker</name>
    <message>
        <source>%1 is open read-only; nothing can be imported into it.</source>
        <translation>%1 är öppen skrivskyddad; ingenting kan importeras till den.</translation>
    </message>
</context>
<context>
    <name>jamfor::IndicatorBrowser</name>
    <message>
        <source>Id or words from the title</source>
        <translation>Id eller ord ur rubriken</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>New indicator…</source>
        <translation>Nytt nyckeltal…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Unit of measure:</source>
        <translation>Måttenhet:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Källa:</translation>
    </message>
    <message>
        <source>By gender:</source>
        <translation>Per kön:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>O&amp;mråde:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>Kat&amp;egori:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Riktning:</translation>
    </message>
    <message>
        <source>Indicator &amp;type:</source>
        <translation>Nyckeltals&amp;typ:</translation>
    </message>
    <message>
        <source>The direction decides the colours: with &quot;higher is better&quot; the best quarter of the country is green ▲ and the worst red ▼. Indicators without a direction, such as most costs, are not coloured. The indicator type is the handbook&apos;s: structure, process or outcome.</source>
        <translation>Riktningen avgör färgerna: med ”högre är bättre” är landets bästa fjärdedel grön ▲ och den sämsta röd ▼. Nyckeltal utan riktning, till exempel de flesta kostnader, färgas inte. Nyckeltalstypen är handbokens: struktur, process eller resultat.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>Inget område</translation>
    </message>
    <message>
        <source>Showing %1 of %2 indicators</source>
        <translation>Visar %1 av %2 nyckeltal</translation>
    </message>
    <message>
        <source>No indicator chosen</source>
        <translation>Inget nyckeltal valt</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>Kvinnor och män</translation>
    </message>
    <message>
        <source>Total only</source>
        <translation>Bara totalt</translation>
    </message>
    <message>
        <source>How Kolada files the indicator. It helps to choose the category below.</source>
        <translation>Hur Kolada ordnar in nyckeltalet. Det hjälper er att välja kategori nedan.</translation>
    </message>
    <message>
        <source>Kolada&apos;s perspective:</source>
        <translation>Koladas perspektiv:</translation>
    </message>
    <message>
        <source>Confirms the suggested kind and direction of every indicator the list shows. One step to undo.</source>
        <translation>Bekräftar föreslagen kategori och riktning för alla nyckeltal som listan visar. Ett steg att ångra.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested:&lt;/b&gt; the kind, direction and unit above are Jämför&apos;s suggestion from Kolada&apos;s description and the title. Check them and confirm, or change them; a confirmed choice is never changed by a later import.</source>
        <translation>&lt;b&gt;Förslag:&lt;/b&gt; kategori, riktning och måttenhet ovan är Jämförs förslag utifrån Koladas beskrivning och titeln. Granska och bekräfta dem, eller ändra dem; ett bekräftat val ändras aldrig av en senare import.</translation>
    </message>
    <message>
        <source>&amp;Confirm the suggestion</source>
        <translation>&amp;Bekräfta förslaget</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 indicators; %n with a suggested kind and direction</source>
        <translation>
            <numerusform>Visar %1 av %2 nyckeltal; %n med föreslagen kategori och riktning</numerusform>
            <numerusform>Visar %1 av %2 nyckeltal; %n med föreslagen kategori och riktning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n suggestions</source>
        <translation>
            <numerusform>Bekräfta %n förslag</numerusform>
            <numerusform>Bekräfta %n förslag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jamfor::IndicatorTableModel</name>
    <message>
        <source>No area</source>
        <translation>Inget område</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Suggested by Jämför from Kolada&apos;s description and the title. Confirm or change it in the pane on the right.</source>
        <translation>Föreslaget av Jämför utifrån Koladas beskrivning och titeln. Bekräfta eller ändra i rutan till höger.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (förslag)</translation>
    </message>
</context>
<context>
    <name>jamfor::KoladaClient</name>
    <message>
        <source>%1: the download needs %2 requests, more than the limit of %3 pages; choose fewer indicators, units or years</source>
        <translation>%1: hämtningen behöver %2 anrop, fler än gränsen på %3 sidor; välj färre nyckeltal, enheter eller år</translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 seconds</source>
        <translation>%1: inget fullständigt svar inom %2 sekunder</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3</source>
        <translation>%1: servern svarade %2 %3</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3: %4</source>
        <translation>%1: servern svarade %2 %3: %4</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3 to %4 tries in a row; try again later</source>
        <translation>%1: servern svarade %2 %3 på %4 försök i rad; försök igen senare</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3; trying again in %4 s (%5 of %6)</source>
        <translation>%1: servern svarade %2 %3; försöker igen om %4 s (%5 av %6)</translation>
    </message>
    <message>
        <source>%1: the next page is %2, which was fetched already; Kolada&apos;s paging goes round in a circle, so the download stops</source>
        <translation>%1: nästa sida är %2, som redan har hämtats; Koladas sidindelning går runt i en cirkel, så hämtningen avbryts</translation>
    </message>
    <message>
        <source>%1: the download needs more than %2 pages; it stops here. Choose fewer indicators, units or years</source>
        <translation>%1: hämtningen behöver fler än %2 sidor och avbryts här. Välj färre nyckeltal, enheter eller år</translation>
    </message>
    <message>
        <source>Kolada does not describe the indicator %1; check the id</source>
        <translation>Kolada har ingen beskrivning av nyckeltalet %1; kontrollera id:t</translation>
    </message>
    <message>
        <source>the download from Kolada was cancelled; nothing was imported</source>
        <translation>hämtningen från Kolada avbröts; ingenting importerades</translation>
    </message>
    <message>
        <source>%1: Kolada has no KPI group %2, or the group has no indicators</source>
        <translation>%1: Kolada har ingen nyckeltalsgrupp %2, eller så har gruppen inga nyckeltal</translation>
    </message>
    <message>
        <source>%1: the group&apos;s download needs %2 requests, more than the limit of %3 pages; choose fewer years</source>
        <translation>%1: gruppens nedladdning behöver %2 anrop, fler än gränsen på %3 sidor; välj färre år</translation>
    </message>
</context>
<context>
    <name>jamfor::KoladaDownloadDialog</name>
    <message>
        <source>Download from Kolada</source>
        <translation>Hämta från Kolada</translation>
    </message>
    <message>
        <source>Downloads indicator values from Kolada (api.kolada.se) into this file. Source: Kolada. A download is stored whole or not at all.</source>
        <translation>Hämtar nyckeltalsvärden från Kolada (api.kolada.se) till den här filen. Källa: Kolada. En hämtning sparas i sin helhet eller inte alls.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Keep the stored value</source>
        <translation>Behåll det sparade värdet</translation>
    </message>
    <message>
        <source>Take Kolada&apos;s value</source>
        <translation>Ta Koladas värde</translation>
    </message>
    <message>
        <source>Stop and store nothing</source>
        <translation>Avbryt och spara ingenting</translation>
    </message>
    <message>
        <source>Kolada revises figures now and then. A value in the file that differs from Kolada&apos;s is kept, replaced, or stops the download.</source>
        <translation>Kolada reviderar siffror ibland. Ett värde i filen som skiljer sig från Koladas behålls, ersätts eller stoppar hämtningen.</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>When a &amp;stored value differs:</source>
        <translation>När ett sparat &amp;värde skiljer sig:</translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation>%v av %m sidor</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Hämta</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Avbryt hämtningen</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Words from the title, e.g. hemtjänst</source>
        <translation>Ord ur rubriken, t.ex. hemtjänst</translation>
    </message>
    <message>
        <source>&amp;Search Kolada</source>
        <translation>&amp;Sök i Kolada</translation>
    </message>
    <message>
        <source>Tick the indicators to download.</source>
        <translation>Markera de nyckeltal som ska hämtas.</translation>
    </message>
    <message>
        <source>e.g. N15419, U21468</source>
        <translation>t.ex. N15419, U21468</translation>
    </message>
    <message>
        <source>Add the file&apos;s Kolada indicators</source>
        <translation>Lägg till filens nyckeltal från Kolada</translation>
    </message>
    <message>
        <source>Adds every indicator in this file whose source is Kolada, to bring them up to date.</source>
        <translation>Lägger till alla nyckeltal i filen som har Kolada som källa, så att de kan uppdateras.</translation>
    </message>
    <message>
        <source>&amp;Indicator ids to download:</source>
        <translation>&amp;Id för nyckeltal att hämta:</translation>
    </message>
    <message>
        <source>Municipalities and regions</source>
        <translation>Kommuner och regioner</translation>
    </message>
    <message>
        <source>Municipality, region or Riket</source>
        <translation>Kommun, region eller Riket</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Add the members of a network…</source>
        <translation>Lägg till medlemmarna i ett nätverk…</translation>
    </message>
    <message>
        <source>No municipality or region is called &quot;%1&quot;</source>
        <translation>Ingen kommun eller region heter ”%1”</translation>
    </message>
    <message>
        <source>Searching Kolada for &quot;%1&quot;…</source>
        <translation>Söker efter ”%1” i Kolada…</translation>
    </message>
    <message>
        <source>No Kolada indicator has &quot;%1&quot; in its title.</source>
        <translation>Inget nyckeltal i Kolada har ”%1” i rubriken.</translation>
    </message>
    <message numerus="yes">
        <source>%n indicators found; tick those to download.</source>
        <translation>
            <numerusform>%n nyckeltal hittades; markera det för att hämta det.</numerusform>
            <numerusform>%n nyckeltal hittades; markera dem som ska hämtas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the values…</source>
        <translation>Sparar värdena…</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Ingenting sparades: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n values from Kolada: %1 new, %2 unchanged, %3 replaced, %4 kept.</source>
        <translation>
            <numerusform>Sparade %n värde från Kolada: %1 nya, %2 oförändrade, %3 ersatta, %4 behållna.</numerusform>
            <numerusform>Sparade %n värden från Kolada: %1 nya, %2 oförändrade, %3 ersatta, %4 behållna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new indicators.</source>
        <translation>
            <numerusform>%n nytt nyckeltal.</numerusform>
            <numerusform>%n nya nyckeltal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download failed; nothing was stored. %1</source>
        <translation>Hämtningen misslyckades; ingenting sparades. %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Sökningen misslyckades: %1</translation>
    </message>
    <message>
        <source>The download was cancelled; nothing was stored.</source>
        <translation>Hämtningen avbröts; ingenting sparades.</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Sökningen avbröts.</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ingen grupp</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n indicators)</source>
        <translation>
            <numerusform>%1 (%2, %n nyckeltal)</numerusform>
            <numerusform>%1 (%2, %n nyckeltal)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type words from the title, e.g. Äldreomsorg. The group&apos;s indicators are fetched from Kolada with their values.</source>
        <translation>Skriv ord ur titeln, t.ex. Äldreomsorg. Gruppens nyckeltal hämtas från Kolada med sina värden.</translation>
    </message>
    <message>
        <source>Or a Kolada &amp;KPI group (ÖJ, KKiK):</source>
        <translation>Eller en &amp;nyckeltalsgrupp i Kolada (ÖJ, KKiK):</translation>
    </message>
    <message>
        <source>&amp;The whole country: all 290 municipalities, the 21 regions and Riket</source>
        <translation>&amp;Hela landet: alla 290 kommuner, de 21 regionerna och riket</translation>
    </message>
    <message>
        <source>Colour classes, ranks and quartiles compare with every municipality only when every municipality&apos;s value is in the file.</source>
        <translation>Färgklasser, rangordning och kvartiler jämför med alla kommuner bara när alla kommuners värden finns i filen.</translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation>Bara &amp;dessa:</translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n nyckeltal</numerusform>
            <numerusform>%n nyckeltal</numerusform>
        </translation>
    </message>
    <message>
        <source>the KPI group %1</source>
        <translation>nyckeltalsgruppen %1</translation>
    </message>
    <message>
        <source>Downloading %1 for the whole country, %2–%3…</source>
        <translation>Hämtar %1 för hela landet, %2–%3…</translation>
    </message>
    <message>
        <source>Downloading %1 for %2 units, %3–%4…</source>
        <translation>Hämtar %1 för %2 enheter, %3–%4…</translation>
    </message>
    <message numerus="yes">
        <source>Values arrived for %n units.</source>
        <translation>
            <numerusform>Värden kom för %n enhet.</numerusform>
            <numerusform>Värden kom för %n enheter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators got a suggested kind and direction; check them in the Indicators tab.</source>
        <translation>
            <numerusform>%n nyckeltal fick föreslagen kategori och riktning; granska dem under fliken Nyckeltal.</numerusform>
            <numerusform>%n nyckeltal fick föreslagen kategori och riktning; granska dem under fliken Nyckeltal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values that Kolada has withdrawn were removed.</source>
        <translation>
            <numerusform>%n värde som Kolada dragit tillbaka togs bort.</numerusform>
            <numerusform>%n värden som Kolada dragit tillbaka togs bort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jamfor::MainWindow</name>
    <message>
        <source>Jämför</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>Open a file or the example network to begin.</source>
        <translation>Öppna en fil eller exempelnätverket för att börja.</translation>
    </message>
    <message>
        <source>Colours compare each value with all the country&apos;s municipalities: ▲ green = best quarter, yellow = middle half, ▼ red = worst quarter, grey = no value (– missing, . not applicable, .. confidential). Indicators without a better direction, such as costs, are not coloured.</source>
        <translation>Färgerna jämför varje värde med landets alla kommuner: ▲ grön = bästa fjärdedelen, gul = mittersta hälften, ▼ röd = sämsta fjärdedelen, grå = värde saknas (– saknas, . ej tillämpligt, .. sekretess). Nyckeltal utan en bättre riktning, till exempel kostnader, färgas inte.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open the &amp;example network</source>
        <translation>Öppna &amp;exempelnätverket</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Senaste filer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Jämför</source>
        <translation>&amp;Om Jämför</translation>
    </message>
    <message>
        <source>Open Jämför file</source>
        <translation>Öppna Jämför-fil</translation>
    </message>
    <message>
        <source>Jämför files (*.jamfor);;All files (*)</source>
        <translation>Jämför-filer (*.jamfor);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Filen kunde inte öppnas</translation>
    </message>
    <message>
        <source>%1 – Jämför</source>
        <translation>%1 – Jämför</translation>
    </message>
    <message>
        <source>Could not create the example network</source>
        <translation>Exempelnätverket kunde inte skapas</translation>
    </message>
    <message>
        <source>Welcome to Jämför</source>
        <translation>Välkommen till Jämför</translation>
    </message>
    <message>
        <source>Do you want to open the example network Bohusnätverket? Its values are invented, so you can practise and teach before you import your own figures.</source>
        <translation>Vill du öppna exempelnätverket Bohusnätverket? Värdena är påhittade, så du kan öva och undervisa innan du importerar era egna siffror.</translation>
    </message>
    <message>
        <source>The file has no areas with indicators yet.</source>
        <translation>Filen har inga områden med nyckeltal än.</translation>
    </message>
    <message>
        <source>The file has no values yet. Import figures to compare.</source>
        <translation>Filen har inga värden än. Importera siffror att jämföra.</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>Filen kunde inte läsas</translation>
    </message>
    <message>
        <source>%1 members × %2 indicators, %3</source>
        <translation>%1 medlemmar × %2 nyckeltal, %3</translation>
    </message>
    <message>
        <source>About Jämför</source>
        <translation>Om Jämför</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jämför&lt;/b&gt; %1&lt;p&gt;Compare your municipality&apos;s results with your network and the country, and work through the five steps of the handbook for Öppna jämförelser.&lt;/p&gt;&lt;p&gt;Figures from Kolada are credited &quot;Källa: Kolada&quot;.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Jämför&lt;/b&gt; %1&lt;p&gt;Jämför kommunens resultat med nätverket och riket, och arbeta er igenom handbokens fem steg för Öppna jämförelser.&lt;/p&gt;&lt;p&gt;Siffror från Kolada anges med &quot;Källa: Kolada&quot;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <source>&amp;Comparison table</source>
        <translation>&amp;Jämförelsetabell</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagram</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;Ny fil…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importera filer…</translation>
    </message>
    <message>
        <source>Type in o&amp;wn figures…</source>
        <translation>Skriv in e&amp;gna siffror…</translation>
    </message>
    <message>
        <source>&amp;Download from Kolada…</source>
        <translation>&amp;Hämta från Kolada…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarguide</translation>
    </message>
    <message>
        <source>New Jämför file</source>
        <translation>Ny Jämför-fil</translation>
    </message>
    <message>
        <source>Jämför files (*.jamfor)</source>
        <translation>Jämför-filer (*.jamfor)</translation>
    </message>
    <message>
        <source>Could not create the file</source>
        <translation>Filen kunde inte skapas</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name.</source>
        <translation>%1 finns redan. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerar %1…</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Ändringen sparades inte</translation>
    </message>
    <message>
        <source>%1 (read only) – Jämför</source>
        <translation>%1 (skrivskyddad) – Jämför</translation>
    </message>
    <message>
        <source>&amp;Analysis in five steps</source>
        <translation>&amp;Analys i fem steg</translation>
    </message>
    <message>
        <source>&amp;Networks</source>
        <translation>&amp;Nätverk</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>N&amp;yckeltal</translation>
    </message>
    <message>
        <source>Writing the example network…</source>
        <translation>Skriver exempelnätverket…</translation>
    </message>
    <message>
        <source>%1 copy %2.jamfor</source>
        <translation>%1 kopia %2.jamfor</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>A copy is saved as %1.</source>
        <translation>En kopia är sparad som %1.</translation>
    </message>
    <message>
        <source>Could not save a copy</source>
        <translation>Kopian kunde inte sparas</translation>
    </message>
    <message>
        <source>The figures are imported.</source>
        <translation>Siffrorna är importerade.</translation>
    </message>
    <message>
        <source>The file has no network yet. Create one on the Networks tab.</source>
        <translation>Filen har inget nätverk än. Skapa ett under fliken Nätverk.</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Ra&amp;pporter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Presentation for the study circle</source>
        <translation>&amp;Presentation för studiecirkeln</translation>
    </message>
    <message>
        <source>The file was updated to the new file format; the old one is kept as %1.</source>
        <translation>Filen uppdaterades till det nya filformatet; den gamla finns kvar som %1.</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Choose a network, an area and a year with values first.</source>
        <translation>Välj först ett nätverk, ett område och ett år med värden.</translation>
    </message>
    <message>
        <source>Network drive</source>
        <translation>Nätverksenhet</translation>
    </message>
</context>
<context>
    <name>jamfor::MemberTableModel</name>
    <message>
        <source>All areas</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>Municipality code %1</source>
        <translation>Kommunkod %1</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Takes part in</source>
        <translation>Deltar i</translation>
    </message>
</context>
<context>
    <name>jamfor::MunicipalityTableModel</name>
    <message>
        <source>%1 is already a member of the network</source>
        <translation>%1 är redan medlem i nätverket</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
</context>
<context>
    <name>jamfor::NetworkEditor</name>
    <message>
        <source>&amp;Networks</source>
        <translation>&amp;Nätverk</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Nytt nätverk</translation>
    </message>
    <message>
        <source>Delete network</source>
        <translation>Ta bort nätverk</translation>
    </message>
    <message>
        <source>The file has no network yet. Click &lt;b&gt;New network&lt;/b&gt; to create one, then add its member municipalities.</source>
        <translation>Filen har inget nätverk än. Klicka på &lt;b&gt;Nytt nätverk&lt;/b&gt; för att skapa ett och lägg sedan till medlemskommunerna.</translation>
    </message>
    <message>
        <source>What the network compares, and who takes part</source>
        <translation>Vad nätverket jämför och vilka som deltar</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;amn:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Ta bort medlem</translation>
    </message>
    <message>
        <source>Uncheck the areas in which the municipality does not compare itself.</source>
        <translation>Avmarkera de områden där kommunen inte jämför sig.</translation>
    </message>
    <message>
        <source>Add a municipality</source>
        <translation>Lägg till en kommun</translation>
    </message>
    <message>
        <source>Search by name, code or county</source>
        <translation>Sök på namn, kod eller län</translation>
    </message>
    <message>
        <source>Add to the network</source>
        <translation>Lägg till i nätverket</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Ta bort person</translation>
    </message>
    <message>
        <source>Steering group: politicians and municipal CEOs. Project group: project leaders and the process leader. Double-click a cell to change it.</source>
        <translation>Styrgrupp: politiker och kommundirektörer. Projektgrupp: projektledare och processledaren. Dubbelklicka på en cell för att ändra den.</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Medlemmar (%1)</translation>
    </message>
    <message>
        <source>Choose a member to see the areas it takes part in.</source>
        <translation>Välj en medlem för att se vilka områden den deltar i.</translation>
    </message>
    <message>
        <source>%1 &amp;takes part in:</source>
        <translation>%1 &amp;deltar i:</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n analyses. They keep everything the group wrote but no longer belong to a network. Delete the network anyway?</source>
        <translation>
            <numerusform>%1 används av %n analys. Den behåller allt som gruppen har skrivit men hör inte längre till något nätverk. Vill du ta bort nätverket ändå?</numerusform>
            <numerusform>%1 används av %n analyser. De behåller allt som gruppen har skrivit men hör inte längre till något nätverk. Vill du ta bort nätverket ändå?</numerusform>
        </translation>
    </message>
    <message>
        <source>A member takes part in at least one area. To leave the network altogether, remove the member.</source>
        <translation>En medlem deltar i minst ett område. Ta bort medlemmen om den ska lämna nätverket helt.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>New network from a group…</source>
        <translation>Nytt nätverk från en grupp…</translation>
    </message>
</context>
<context>
    <name>jamfor::NewAnalysisDialog</name>
    <message>
        <source>New analysis</source>
        <translation>Ny analys</translation>
    </message>
    <message>
        <source>An analysis follows the five steps of the handbook for one area, one focus municipality and one year. Compare with a network, or analyse a single municipality against another comparison population.</source>
        <translation>En analys följer handbokens fem steg för ett område, en fokuskommun och ett år. Jämför med ett nätverk, eller analysera en enskild kommun mot en annan jämförelsegrupp.</translation>
    </message>
    <message>
        <source>&amp;Create analysis</source>
        <translation>&amp;Skapa analys</translation>
    </message>
    <message>
        <source>The file has no areas yet: import indicators first.</source>
        <translation>Filen har inga områden än: importera nyckeltal först.</translation>
    </message>
    <message>
        <source>The file has no values yet: import data first.</source>
        <translation>Filen har inga värden än: importera data först.</translation>
    </message>
    <message>
        <source>The file has no network: create one, or compare with another population.</source>
        <translation>Filen har inget nätverk: skapa ett eller jämför med en annan jämförelsegrupp.</translation>
    </message>
    <message>
        <source>Choose the focus municipality.</source>
        <translation>Välj fokuskommun.</translation>
    </message>
</context>
<context>
    <name>jamfor::NewIndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>Nytt nyckeltal</translation>
    </message>
    <message>
        <source>e.g. EGEN001</source>
        <translation>t.ex. EGEN001</translation>
    </message>
    <message>
        <source>e.g. andel (%), kr/inv</source>
        <translation>t.ex. andel (%), kr/inv</translation>
    </message>
    <message>
        <source>Own survey</source>
        <translation>Egen undersökning</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>Inget område</translation>
    </message>
    <message>
        <source>Values are given for women and men</source>
        <translation>Värden anges för kvinnor och män</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Unit of measure:</source>
        <translation>&amp;Måttenhet:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Kat&amp;egori:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Rikt&amp;ning:</translation>
    </message>
    <message>
        <source>Indicator &amp;type:</source>
        <translation>Nyckeltals&amp;typ:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Give the indicator a title.</source>
        <translation>Ge nyckeltalet en rubrik.</translation>
    </message>
</context>
<context>
    <name>jamfor::OverviewTableModel</name>
    <message>
        <source>best quarter of the country&apos;s municipalities</source>
        <translation>bästa fjärdedelen av landets kommuner</translation>
    </message>
    <message>
        <source>middle half of the country&apos;s municipalities</source>
        <translation>mittersta hälften av landets kommuner</translation>
    </message>
    <message>
        <source>worst quarter of the country&apos;s municipalities</source>
        <translation>sämsta fjärdedelen av landets kommuner</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>inget värde</translation>
    </message>
    <message>
        <source>no colour: the indicator has no better direction</source>
        <translation>ingen färg: nyckeltalet har ingen bättre riktning</translation>
    </message>
    <message>
        <source>no colour: fewer than 4 values to compare with</source>
        <translation>ingen färg: färre än 4 värden att jämföra med</translation>
    </message>
    <message>
        <source>All municipalities: n = %1, median %2, Q1 %3, Q3 %4</source>
        <translation>Alla kommuner: n = %1, median %2, Q1 %3, Q3 %4</translation>
    </message>
    <message>
        <source>Country median</source>
        <translation>Median riket</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>högre är bättre</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lägre är bättre</translation>
    </message>
    <message>
        <source>no better direction</source>
        <translation>ingen bättre riktning</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Nyckeltal</translation>
    </message>
</context>
<context>
    <name>jamfor::OwnFiguresDialog</name>
    <message>
        <source>Own figures</source>
        <translation>Egna siffror</translation>
    </message>
    <message>
        <source>Type in figures that are not in Kolada yet, such as this year&apos;s value from your own follow-up. Add each figure to the list; Save stores the list as one import.</source>
        <translation>Skriv in siffror som inte finns i Kolada än, till exempel årets värde från er egen uppföljning. Lägg till varje siffra i listan; Spara sparar listan som en import.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Choose a status instead of a value when there is no value</source>
        <translation>Välj en status i stället för ett värde när värde saknas</translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation>&amp;Lägg till i listan</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Ko&amp;mmun:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Nyckeltal:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Kön:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Ta bort från listan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Figures to store:</source>
        <translation>Siffror att spara:</translation>
    </message>
    <message>
        <source>The file has no indicators yet: import Kolada&apos;s indicator descriptions or create an indicator first.</source>
        <translation>Filen har inga nyckeltal än: importera Koladas nyckeltalsbeskrivningar eller skapa ett nyckeltal först.</translation>
    </message>
    <message>
        <source>Total only: the indicator is not divided by gender.</source>
        <translation>Bara totalt: nyckeltalet är inte uppdelat på kön.</translation>
    </message>
    <message>
        <source>Choose a municipality from the list.</source>
        <translation>Välj en kommun i listan.</translation>
    </message>
    <message>
        <source>Choose an indicator from the list.</source>
        <translation>Välj ett nyckeltal i listan.</translation>
    </message>
    <message>
        <source>Enter a value, or choose a status such as Missing.</source>
        <translation>Skriv ett värde eller välj en status som Saknas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it with a decimal comma, e.g. %2.</source>
        <translation>”%1” är inget tal. Skriv det med decimalkomma, t.ex. %2.</translation>
    </message>
    <message>
        <source>The figure for this municipality, indicator, year and gender was already in the list; it now has the new value.</source>
        <translation>Siffran för den här kommunen, nyckeltalet, året och könet fanns redan i listan; den har nu det nya värdet.</translation>
    </message>
    <message>
        <source>Add at least one figure to the list first.</source>
        <translation>Lägg först till minst en siffra i listan.</translation>
    </message>
    <message>
        <source>%1
Nothing was stored.</source>
        <translation>%1
Ingenting sparades.</translation>
    </message>
    <message>
        <source>your figures</source>
        <translation>era siffror</translation>
    </message>
    <message>
        <source>Saving was cancelled; nothing was stored.</source>
        <translation>Sparandet avbröts; ingenting sparades.</translation>
    </message>
    <message>
        <source>Stored: %1.</source>
        <translation>Sparat: %1.</translation>
    </message>
    <message>
        <source>Figures not stored</source>
        <translation>Siffror som inte har sparats</translation>
    </message>
    <message>
        <source>%1 figures in the list have not been stored. Close without storing them?</source>
        <translation>%1 siffror i listan har inte sparats. Vill du stänga utan att spara dem?</translation>
    </message>
</context>
<context>
    <name>jamfor::PersonTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>jamfor::PreparationPage</name>
    <message>
        <source>Mandate and purpose</source>
        <translation>Uppdrag och syfte</translation>
    </message>
    <message>
        <source>Purpose: what do you want to find out, and what should the analysis lead to?</source>
        <translation>Syfte: vad vill ni ta reda på, och vad ska analysen leda till?</translation>
    </message>
    <message>
        <source>Edit purpose</source>
        <translation>Ändra syftet</translation>
    </message>
    <message>
        <source>Mandate: who asked for the analysis, and who receives the result and when?</source>
        <translation>Uppdrag: vem har beställt analysen, och vem tar emot resultatet och när?</translation>
    </message>
    <message>
        <source>Edit mandate</source>
        <translation>Ändra uppdraget</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Syfte:</translation>
    </message>
    <message>
        <source>Mandate:</source>
        <translation>Uppdrag:</translation>
    </message>
    <message>
        <source>Area and comparison</source>
        <translation>Område och jämförelse</translation>
    </message>
    <message>
        <source>Change the frame of the analysis</source>
        <translation>Ändra analysens ramar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Tick the people of the network who take part. Add others by name.</source>
        <translation>Markera de personer i nätverket som deltar. Lägg till andra med namn.</translation>
    </message>
    <message>
        <source>Name of someone outside the network</source>
        <translation>Namn på någon utanför nätverket</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Time plan and meetings</source>
        <translation>Tidsplan och möten</translation>
    </message>
    <message>
        <source>When do you start and finish, and when do you report?</source>
        <translation>När börjar och slutar ni, och när redovisar ni?</translation>
    </message>
    <message>
        <source>Edit time plan</source>
        <translation>Ändra tidsplanen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Lägg till möte</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Ändra möte</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Checklista inför starten</translation>
    </message>
    <message>
        <source>Tick checklist point</source>
        <translation>Markera punkt i checklistan</translation>
    </message>
    <message>
        <source>Untick checklist point</source>
        <translation>Avmarkera punkt i checklistan</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>Datakontroll</translation>
    </message>
    <message>
        <source>Import data…</source>
        <translation>Importera data…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source> – %1, %2</source>
        <translation> – %1, %2</translation>
    </message>
    <message>
        <source> – %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Lägg till deltagaren %1</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <source>Change meeting date</source>
        <translation>Ändra mötesdatum</translation>
    </message>
    <message>
        <source>Whole analysis</source>
        <translation>Hela analysen</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Steg %1</translation>
    </message>
    <message>
        <source>Change meeting step</source>
        <translation>Ändra mötets steg</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Möte %1</translation>
    </message>
    <message>
        <source>Choose an area to see which indicators have values.</source>
        <translation>Välj ett område för att se vilka nyckeltal som har värden.</translation>
    </message>
    <message>
        <source>%1 of %2 indicators have a value for %3 in %4.</source>
        <translation>%1 av %2 nyckeltal har ett värde för %3 år %4.</translation>
    </message>
    <message>
        <source>Import the missing values, or note why they are missing.</source>
        <translation>Importera de värden som saknas, eller anteckna varför de saknas.</translation>
    </message>
</context>
<context>
    <name>jamfor::PresentationWindow</name>
    <message>
        <source>Presentation – Jämför</source>
        <translation>Presentation – Jämför</translation>
    </message>
    <message>
        <source>The presentation could not be made</source>
        <translation>Presentationen kunde inte skapas</translation>
    </message>
    <message>
        <source>Previous slide (←)</source>
        <translation>Föregående bild (←)</translation>
    </message>
    <message>
        <source>Next slide (→ or space)</source>
        <translation>Nästa bild (→ eller mellanslag)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>Avsluta presentationen</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Bild %1 av %2</translation>
    </message>
</context>
<context>
    <name>jamfor::PriorityMatrixWidget</name>
    <message>
        <source>Effort: low → high</source>
        <translation>Insats: liten → stor</translation>
    </message>
    <message>
        <source>Effect: low → high</source>
        <translation>Effekt: liten → stor</translation>
    </message>
</context>
<context>
    <name>jamfor::ProfileChartView</name>
    <message>
        <source>Choose a focus municipality or a network to see a profile.</source>
        <translation>Välj en fokuskommun eller ett nätverk för att se en profil.</translation>
    </message>
    <message>
        <source>The area has no indicators with a better direction.</source>
        <translation>Området har inga nyckeltal med en bättre riktning.</translation>
    </message>
    <message>
        <source>Best quarter (green)</source>
        <translation>Bästa fjärdedelen (grön)</translation>
    </message>
    <message>
        <source>Middle half (yellow)</source>
        <translation>Mittersta hälften (gul)</translation>
    </message>
    <message>
        <source>Worst quarter (red)</source>
        <translation>Sämsta fjärdedelen (röd)</translation>
    </message>
    <message>
        <source>No colour (fewer than 4 values)</source>
        <translation>Ingen färg (färre än 4 värden)</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Inget värde</translation>
    </message>
</context>
<context>
    <name>jamfor::ProposalsPage</name>
    <message>
        <source>Priority matrix</source>
        <translation>Prioriteringsmatris</translation>
    </message>
    <message>
        <source>Filled circle: chosen. Click a circle to open the proposal.</source>
        <translation>Fylld cirkel: valt förslag. Klicka på en cirkel för att öppna förslaget.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Tick the proposals the group takes on.</source>
        <translation>Markera de förslag som gruppen tar sig an.</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nytt förslag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Choose proposal</source>
        <translation>Välj förslaget</translation>
    </message>
    <message>
        <source>Leave proposal out</source>
        <translation>Välj bort förslaget</translation>
    </message>
    <message>
        <source>The proposal</source>
        <translation>Förslaget</translation>
    </message>
    <message>
        <source>A short name for the proposal</source>
        <translation>Ett kort namn på förslaget</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <source>Edit proposal title</source>
        <translation>Ändra förslagets rubrik</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Nyckeltal:</translation>
    </message>
    <message>
        <source>Change the proposal&apos;s indicator</source>
        <translation>Byt nyckeltal för förslaget</translation>
    </message>
    <message>
        <source>Which problem should the proposal solve?</source>
        <translation>Vilket problem ska förslaget lösa?</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>Ändra problemet</translation>
    </message>
    <message>
        <source>What do you want to reach, and by when?</source>
        <translation>Vad vill ni uppnå, och till när?</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ändra målet</translation>
    </message>
    <message>
        <source>What is already going on that you can build on?</source>
        <translation>Vad pågår redan som ni kan bygga vidare på?</translation>
    </message>
    <message>
        <source>Ongoing work:</source>
        <translation>Pågående arbete:</translation>
    </message>
    <message>
        <source>Edit ongoing work</source>
        <translation>Ändra pågående arbete</translation>
    </message>
    <message>
        <source>What could be done?</source>
        <translation>Vad skulle kunna göras?</translation>
    </message>
    <message>
        <source>Suggested actions:</source>
        <translation>Tänkbara åtgärder:</translation>
    </message>
    <message>
        <source>Edit suggested actions</source>
        <translation>Ändra tänkbara åtgärder</translation>
    </message>
    <message>
        <source>What do municipalities with better results do?</source>
        <translation>Vad gör kommuner med bättre resultat?</translation>
    </message>
    <message>
        <source>Inspiration:</source>
        <translation>Inspiration:</translation>
    </message>
    <message>
        <source>Edit inspiration</source>
        <translation>Ändra inspiration</translation>
    </message>
    <message>
        <source>Doing better:</source>
        <translation>Bättre resultat:</translation>
    </message>
    <message>
        <source>Choose municipalities to learn from</source>
        <translation>Välj kommuner att lära av</translation>
    </message>
    <message>
        <source>Expected effect:</source>
        <translation>Förväntad effekt:</translation>
    </message>
    <message>
        <source>Effort needed:</source>
        <translation>Insats som krävs:</translation>
    </message>
    <message>
        <source>Rate proposal</source>
        <translation>Bedöm förslaget</translation>
    </message>
    <message>
        <source>The group takes on this proposal</source>
        <translation>Gruppen tar sig an förslaget</translation>
    </message>
    <message>
        <source>No particular indicator</source>
        <translation>Inget särskilt nyckeltal</translation>
    </message>
    <message>
        <source>Choose the indicator to see who does better.</source>
        <translation>Välj nyckeltal för att se vilka som har bättre resultat.</translation>
    </message>
    <message>
        <source>No municipality in the comparison does better than %1 in %2.</source>
        <translation>Ingen kommun i jämförelsen har bättre resultat än %1 år %2.</translation>
    </message>
    <message>
        <source>Better than %1 in %2; tick those to learn from:</source>
        <translation>Bättre än %1 år %2; markera dem ni vill lära av:</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Förslag %1</translation>
    </message>
    <message>
        <source>Add proposal</source>
        <translation>Lägg till förslag</translation>
    </message>
    <message>
        <source>Remove proposal</source>
        <translation>Ta bort förslag</translation>
    </message>
</context>
<context>
    <name>jamfor::QuickAnalysisPage</name>
    <message>
        <source>Take
forward</source>
        <translation>Ta
vidare</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Change since
last year</source>
        <translation>Förändring
sedan förra året</translation>
    </message>
    <message>
        <source>Women
− men</source>
        <translation>Kvinnor
− män</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Green is the best quarter of the comparison group, yellow the middle half and red the worst quarter; no colour when the indicator has no better direction.</source>
        <translation>Grönt är den bästa fjärdedelen av jämförelsegruppen, gult den mittersta hälften och rött den sämsta fjärdedelen; ingen färg när nyckeltalet saknar bättre riktning.</translation>
    </message>
    <message>
        <source>%1 in %2 compared with %3. Judge each indicator, then tick the few you take forward to the in-depth analysis.</source>
        <translation>%1 år %2 jämfört med %3. Bedöm varje nyckeltal och markera sedan de få som ni tar vidare till den fördjupade analysen.</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Inget värde</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Not divided</source>
        <translation>Ej uppdelat</translation>
    </message>
    <message>
        <source>Judge %1</source>
        <translation>Bedöm %1</translation>
    </message>
    <message>
        <source>%1 (indicator)</source>
        <translation>%1 (nyckeltalets)</translation>
    </message>
    <message>
        <source>Set the type of %1</source>
        <translation>Ange typ för %1</translation>
    </message>
    <message>
        <source>Double-click to write a short note on the judgement.</source>
        <translation>Dubbelklicka för att skriva en kort kommentar till bedömningen.</translation>
    </message>
    <message>
        <source>Take %1 forward</source>
        <translation>Ta %1 vidare</translation>
    </message>
    <message>
        <source>Leave %1 out</source>
        <translation>Välj bort %1</translation>
    </message>
    <message>
        <source>Edit note on %1</source>
        <translation>Ändra kommentaren till %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) taken forward.</source>
        <translation>
            <numerusform>%n nyckeltal tas vidare.</numerusform>
            <numerusform>%n nyckeltal tas vidare.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is many: the handbook advises keeping to a few (at most %1) so that the analysis can go deep.</source>
        <translation>Det är många: handboken råder er att hålla er till ett fåtal (högst %1) så att analysen kan gå på djupet.</translation>
    </message>
    <message>
        <source>Keep to a few, at most %1.</source>
        <translation>Håll er till ett fåtal, högst %1.</translation>
    </message>
    <message>
        <source>Riket</source>
        <translation>Riket</translation>
    </message>
    <message>
        <source>Kommun-
gruppen</source>
        <translation>Kommun-
gruppen</translation>
    </message>
    <message>
        <source>The country&apos;s value (Riket, 0000) in the same year.</source>
        <translation>Rikets värde (Riket, 0000) samma år.</translation>
    </message>
    <message>
        <source>Riket and the mean of %1 stand beside the value.</source>
        <translation>Riket och medelvärdet för %1 står bredvid värdet.</translation>
    </message>
    <message numerus="yes">
        <source>Unweighted mean of %n municipalities of %1</source>
        <translation>
            <numerusform>Ovägt medelvärde av %n kommun i %1</numerusform>
            <numerusform>Ovägt medelvärde av %n kommuner i %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jamfor::RankingChartView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No municipality has a value of this indicator for the chosen year.</source>
        <translation>Ingen kommun har ett värde för det här nyckeltalet det valda året.</translation>
    </message>
    <message>
        <source>Best quarter of the country</source>
        <translation>Landets bästa fjärdedel</translation>
    </message>
    <message>
        <source>Worst quarter of the country</source>
        <translation>Landets sämsta fjärdedel</translation>
    </message>
    <message>
        <source>%1 (focus)</source>
        <translation>%1 (fokus)</translation>
    </message>
    <message>
        <source>Network members</source>
        <translation>Nätverkets medlemmar</translation>
    </message>
    <message>
        <source>Other municipalities</source>
        <translation>Övriga kommuner</translation>
    </message>
    <message>
        <source>%1: %2 %3, rank %4</source>
        <translation>%1: %2 %3, rang %4</translation>
    </message>
</context>
<context>
    <name>jamfor::ReportMenu</name>
    <message>
        <source>&amp;Analysis report…</source>
        <translation>&amp;Analysrapport…</translation>
    </message>
    <message>
        <source>Analysis report.pdf</source>
        <translation>Analysrapport.pdf</translation>
    </message>
    <message>
        <source>The open analysis as a report for the municipal board.</source>
        <translation>Den öppna analysen som en rapport till kommunstyrelsen.</translation>
    </message>
    <message>
        <source>A&amp;3 summary of the analysis…</source>
        <translation>A&amp;3-sammanfattning av analysen…</translation>
    </message>
    <message>
        <source>A3 summary.pdf</source>
        <translation>A3-sammanfattning.pdf</translation>
    </message>
    <message>
        <source>&amp;Network compilation…</source>
        <translation>&amp;Nätverkssammanställning…</translation>
    </message>
    <message>
        <source>Network compilation.pdf</source>
        <translation>Nätverkssammanställning.pdf</translation>
    </message>
    <message>
        <source>&amp;County compilation (länsrapport)…</source>
        <translation>&amp;Länssammanställning (länsrapport)…</translation>
    </message>
    <message>
        <source>County compilation.pdf</source>
        <translation>Länssammanställning.pdf</translation>
    </message>
    <message>
        <source>Open or create an analysis on the analysis tab first.</source>
        <translation>Öppna eller skapa först en analys under fliken Analys i fem steg.</translation>
    </message>
    <message>
        <source>Choose a network, an area and a year first.</source>
        <translation>Välj först ett nätverk, ett område och ett år.</translation>
    </message>
    <message>
        <source>The comparison group %1 is not known.</source>
        <translation>Jämförelsegruppen %1 är okänd.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Webbsida (*.html)</translation>
    </message>
    <message>
        <source>Could not write the report</source>
        <translation>Rapporten kunde inte skrivas</translation>
    </message>
</context>
<context>
    <name>jamfor::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s language</source>
        <translation>Samma språk som datorn</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The network&apos;s members</source>
        <translation>Nätverkets medlemmar</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>The focus municipality&apos;s county</source>
        <translation>Fokuskommunens län</translation>
    </message>
    <message>
        <source>&amp;Compare with at first:</source>
        <translation>&amp;Jämför först med:</translation>
    </message>
    <message>
        <source>A new language is used the next time Jämför starts.</source>
        <translation>Ett nytt språk används nästa gång Jämför startar.</translation>
    </message>
</context>
<context>
    <name>jamfor::StepNavigator</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Can be worked on</source>
        <translation>Går att arbeta med</translation>
    </message>
    <message>
        <source>Finish the earlier steps first</source>
        <translation>Gör klart de tidigare stegen först</translation>
    </message>
</context>
<context>
    <name>jamfor::TablePreviewView</name>
    <message>
        <source>Preview of the table</source>
        <translation>Förhandsvisning av tabellen</translation>
    </message>
    <message>
        <source>Choose a file in the list to see which of its rows are taken as the table.</source>
        <translation>Välj en fil i listan för att se vilka av dess rader som tas med som tabell.</translation>
    </message>
    <message>
        <source>Taken as</source>
        <translation>Tolkas som</translation>
    </message>
</context>
<context>
    <name>jamfor::TransferDialog</name>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Saved group</source>
        <translation>Sparad grupp</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 the same, %4 differ</source>
        <translation>%1: %2 nya, %3 likadana, %4 skiljer sig</translation>
    </message>
    <message>
        <source>Import from another Jämför file</source>
        <translation>Importera från annan Jämför-fil</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>Från &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Bring in</source>
        <translation>Ta in</translation>
    </message>
    <message>
        <source>&amp;Values, batch by batch with their source (always)</source>
        <translation>&amp;Värden, import för import med sin källa (alltid)</translation>
    </message>
    <message>
        <source>&amp;Networks</source>
        <translation>&amp;Nätverk</translation>
    </message>
    <message>
        <source>Saved &amp;groups</source>
        <translation>Sparade &amp;grupper</translation>
    </message>
    <message>
        <source>&amp;Analyses, with the network and group each compares within</source>
        <translation>&amp;Analyser, med nätverket och gruppen som var och en jämför inom</translation>
    </message>
    <message>
        <source>What differs between the files</source>
        <translation>Det som skiljer filerna åt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Vilken</translation>
    </message>
    <message>
        <source>In this file</source>
        <translation>I den här filen</translation>
    </message>
    <message>
        <source>In the other file</source>
        <translation>I den andra filen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behåll mina</translation>
    </message>
    <message>
        <source>Import everything that is new; where the files differ, this file&apos;s values, networks, groups and analyses stay as they are.</source>
        <translation>Importera allt som är nytt; där filerna skiljer sig förblir den här filens värden, nätverk, grupper och analyser som de är.</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Ta deras</translation>
    </message>
    <message>
        <source>Import everything; where the files differ, the other file&apos;s version replaces this file&apos;s.</source>
        <translation>Importera allt; där filerna skiljer sig ersätter den andra filens version den här filens.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen avbröts; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was imported.</source>
        <translation>Läsningen avbröts. Ingenting importerades.</translation>
    </message>
    <message>
        <source>The file holds %1 values in %2 batches: %3 new, %4 the same as here, %5 differ.</source>
        <translation>Filen innehåller %1 värden i %2 importer: %3 nya, %4 likadana som här, %5 skiljer sig.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Saved groups</source>
        <translation>Sparade grupper</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>%1 indicators are new to this file.</source>
        <translation>%1 nyckeltal är nya för den här filen.</translation>
    </message>
    <message>
        <source>Choose what to do where the files differ. Everything new is imported either way.</source>
        <translation>Välj vad som ska gälla där filerna skiljer sig. Allt nytt importeras i båda fallen.</translation>
    </message>
    <message>
        <source>This file already holds everything in the other file.</source>
        <translation>Den här filen innehåller redan allt i den andra filen.</translation>
    </message>
    <message>
        <source>Nothing differs: the import only adds.</source>
        <translation>Ingenting skiljer sig: importen lägger bara till.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>ändrad %1</translation>
    </message>
    <message>
        <source>changed %1 (newer)</source>
        <translation>ändrad %1 (nyare)</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>finns</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>skiljer sig</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>%1: %2 new values, %3 replaced, %4 kept; %5 networks, %6 groups and %7 analyses new or replaced.</source>
        <translation>%1: %2 nya värden, %3 ersatta, %4 behållna; %5 nätverk, %6 grupper och %7 analyser nya eller ersatta.</translation>
    </message>
</context>
<context>
    <name>jamfor::TrendChartView</name>
    <message>
        <source>There are no values of this indicator for the network&apos;s members in these years.</source>
        <translation>Det finns inga värden för det här nyckeltalet för nätverkets medlemmar de här åren.</translation>
    </message>
    <message>
        <source>%1 (focus)</source>
        <translation>%1 (fokus)</translation>
    </message>
</context>
<context>
    <name>jamfor::UserGuideDialog</name>
    <message>
        <source>User guide – Jämför</source>
        <translation>Användarguide – Jämför</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Användarguiden saknas i den här installationen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare municipalities&apos; results and work through the handbook&apos;s five steps.</source>
        <translation>Jämför kommuners resultat och arbeta igenom handbokens fem steg.</translation>
    </message>
    <message>
        <source>Open the example network.</source>
        <translation>Öppna exempelnätverket.</translation>
    </message>
    <message>
        <source>The file to open.</source>
        <translation>Filen som ska öppnas.</translation>
    </message>
</context>
</TS>
