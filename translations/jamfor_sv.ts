<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <source>Kommungrupp %1</source>
        <translation>Kommungrupp %1</translation>
    </message>
    <message>
        <source>There is no network named "%1" in the file.</source>
        <translation>Filen har inget nätverk som heter "%1".</translation>
    </message>
    <message>
        <source>There is no county with the code "%1".</source>
        <translation>Det finns inget län med koden "%1".</translation>
    </message>
    <message>
        <source>There is no group named "%1" in the file.</source>
        <translation>Filen har ingen grupp som heter "%1".</translation>
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
    <name>CsvTableReader</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, rad %2: %3</translation>
    </message>
    <message>
        <source>the line is longer than %1 characters</source>
        <translation>raden är längre än %1 tecken</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>texten är inte giltig UTF-8</translation>
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
        <source>Could not open %1: %2</source>
        <translation>Kunde inte öppna %1: %2</translation>
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
</context>
<context>
    <name>DemoDataset</name>
    <message>
        <source>Example data – invented values</source>
        <translation>Exempeldata – fiktiva värden</translation>
    </message>
    <message>
        <source>Example data: the values are invented for practice and teaching. They are not Kolada's figures.</source>
        <translation>Exempeldata: värdena är påhittade för övning och undervisning. De är inte Koladas siffror.</translation>
    </message>
</context>
<context>
    <name>ObservationImporter</name>
    <message>
        <source>%1, line 1: the required column "%2" is missing (found: %3)</source>
        <translation>%1, rad 1: den obligatoriska kolumnen "%2" saknas (hittade: %3)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, rad %2: %3</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>väntade %1 fält som i rubrikraden, hittade %2</translation>
    </message>
    <message>
        <source>the indicator id is empty</source>
        <translation>nyckeltalets id är tomt</translation>
    </message>
    <message>
        <source>unknown unit code "%1" (expected a 4-digit municipality, region or country code)</source>
        <translation>okänd enhetskod "%1" (väntade en fyrsiffrig kod för kommun, region eller riket)</translation>
    </message>
    <message>
        <source>the year "%1" is not a year between 1900 and 2200</source>
        <translation>året "%1" är inte ett år mellan 1900 och 2200</translation>
    </message>
    <message>
        <source>the gender "%1" is not T, K or M</source>
        <translation>könet "%1" är inte T, K eller M</translation>
    </message>
    <message>
        <source>the status "%1" is not one of missing, not_applicable, confidential or empty</source>
        <translation>statusen "%1" är inte missing, not_applicable, confidential eller tom</translation>
    </message>
    <message>
        <source>the value "%1" is not a number (use a point as decimal separator)</source>
        <translation>värdet "%1" är inget tal (använd punkt som decimaltecken)</translation>
    </message>
    <message>
        <source>the row has both a value and the status "%1"</source>
        <translation>raden har både ett värde och statusen "%1"</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4: the value %5 differs from the stored value %6 (choose keep or replace)</source>
        <translation>%1 %2 %3 %4: värdet %5 skiljer sig från det sparade värdet %6 (välj behåll eller ersätt)</translation>
    </message>
    <message>
        <source>%1: the file has a header but no data rows</source>
        <translation>%1: filen har en rubrikrad men inga datarader</translation>
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
    <name>UnitGroupRepository</name>
    <message>
        <source>A group named "%1" already exists.</source>
        <translation>Det finns redan en grupp som heter "%1".</translation>
    </message>
    <message>
        <source>The group "%1" names the unknown unit %2.</source>
        <translation>Gruppen "%1" innehåller den okända enheten %2.</translation>
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
        <source>Imports CSV files into a .jamfor file (created if missing). Each file is imported whole or not at all.</source>
        <translation>Importerar CSV-filer till en .jamfor-fil (skapas om den saknas). Varje fil importeras helt eller inte alls.</translation>
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
        <source>--on-conflict takes keep, replace or fail, not "%1"</source>
        <translation>--on-conflict tar keep, replace eller fail, inte "%1"</translation>
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
        <source>Usage: jamfor-cli COMMAND [OPTIONS]
Commands:
  demo OUT.jamfor                      write the example network
  import --db FILE INPUT...             import CSV files
  export --db FILE [-o OUT.csv]         write every observation as CSV
  info --db FILE                        show what a file holds
Run jamfor-cli COMMAND --help for the options of a command.</source>
        <translation>Användning: jamfor-cli KOMMANDO [FLAGGOR]
Kommandon:
  demo UT.jamfor                       skriv exempelnätverket
  import --db FIL INDATA...             importera CSV-filer
  export --db FIL [-o UT.csv]           skriv alla värden som CSV
  info --db FIL                         visa vad en fil innehåller
Kör jamfor-cli KOMMANDO --help för ett kommandos flaggor.</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>okänt kommando "%1"</translation>
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
        <source>Colours compare each value with all the country's municipalities: ▲ green = best quarter, yellow = middle half, ▼ red = worst quarter, grey = no value (– missing, . not applicable, .. confidential). Indicators without a better direction, such as costs, are not coloured.</source>
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
        <source>The file has no network yet.</source>
        <translation>Filen har inget nätverk än.</translation>
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
        <source>&lt;b&gt;Jämför&lt;/b&gt; %1&lt;p&gt;Compare your municipality's results with your network and the country, and work through the five steps of the handbook for Öppna jämförelser.&lt;/p&gt;&lt;p&gt;Figures from Kolada are credited "Källa: Kolada".&lt;/p&gt;</source>
        <translation>&lt;b&gt;Jämför&lt;/b&gt; %1&lt;p&gt;Jämför kommunens resultat med nätverket och riket, och arbeta er igenom handbokens fem steg för Öppna jämförelser.&lt;/p&gt;&lt;p&gt;Siffror från Kolada anges med "Källa: Kolada".&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>jamfor::OverviewTableModel</name>
    <message>
        <source>best quarter of the country's municipalities</source>
        <translation>bästa fjärdedelen av landets kommuner</translation>
    </message>
    <message>
        <source>middle half of the country's municipalities</source>
        <translation>mittersta hälften av landets kommuner</translation>
    </message>
    <message>
        <source>worst quarter of the country's municipalities</source>
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
    <name>main</name>
    <message>
        <source>Compare municipalities' results and work through the handbook's five steps.</source>
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