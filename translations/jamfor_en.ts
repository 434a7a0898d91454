<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ComparisonPopulation</name>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>County %1</source>
        <translation>County %1</translation>
    </message>
    <message>
        <source>Kommungrupp %1</source>
        <translation>Kommungrupp %1</translation>
    </message>
    <message>
        <source>There is no network named "%1" in the file.</source>
        <translation>There is no network named "%1" in the file.</translation>
    </message>
    <message>
        <source>There is no county with the code "%1".</source>
        <translation>There is no county with the code "%1".</translation>
    </message>
    <message>
        <source>There is no group named "%1" in the file.</source>
        <translation>There is no group named "%1" in the file.</translation>
    </message>
</context>
<context>
    <name>CostQuality</name>
    <message>
        <source>High quality, low cost</source>
        <translation>High quality, low cost</translation>
    </message>
    <message>
        <source>High quality, high cost</source>
        <translation>High quality, high cost</translation>
    </message>
    <message>
        <source>Low quality, low cost</source>
        <translation>Low quality, low cost</translation>
    </message>
    <message>
        <source>Low quality, high cost</source>
        <translation>Low quality, high cost</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>the line is longer than %1 characters</source>
        <translation>the line is longer than %1 characters</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>the text is not valid UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>a quoted field is not closed before the end of the file</translation>
    </message>
    <message>
        <source>the file contains binary data (a NUL byte); it is not a text table</source>
        <translation>the file contains binary data (a NUL byte); it is not a text table</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation>a field is longer than %1 characters</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>%1 uses file format %2 and cannot be opened read-only by this version (format %3).</source>
        <translation>%1 uses file format %2 and cannot be opened read-only by this version (format %3).</translation>
    </message>
    <message>
        <source>%1 is not a Jämför file (it is not an SQLite database).</source>
        <translation>%1 is not a Jämför file (it is not an SQLite database).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Jämför file.</source>
        <translation>%1 is an SQLite database but not a Jämför file.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 already exists; choose another name.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Jämför (file format %2; this version reads up to %3). Update Jämför to open it.</source>
        <translation>%1 was saved by a newer version of Jämför (file format %2; this version reads up to %3). Update Jämför to open it.</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Database error: %1 (in: %2)</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Could not start a transaction: %1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Could not save the changes: %1</translation>
    </message>
</context>
<context>
    <name>DemoDataset</name>
    <message>
        <source>Example data – invented values</source>
        <translation>Example data – invented values</translation>
    </message>
    <message>
        <source>Example data: the values are invented for practice and teaching. They are not Kolada's figures.</source>
        <translation>Example data: the values are invented for practice and teaching. They are not Kolada's figures.</translation>
    </message>
</context>
<context>
    <name>ObservationImporter</name>
    <message>
        <source>%1, line 1: the required column "%2" is missing (found: %3)</source>
        <translation>%1, line 1: the required column "%2" is missing (found: %3)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>expected %1 fields as in the header, found %2</translation>
    </message>
    <message>
        <source>the indicator id is empty</source>
        <translation>the indicator id is empty</translation>
    </message>
    <message>
        <source>unknown unit code "%1" (expected a 4-digit municipality, region or country code)</source>
        <translation>unknown unit code "%1" (expected a 4-digit municipality, region or country code)</translation>
    </message>
    <message>
        <source>the year "%1" is not a year between 1900 and 2200</source>
        <translation>the year "%1" is not a year between 1900 and 2200</translation>
    </message>
    <message>
        <source>the gender "%1" is not T, K or M</source>
        <translation>the gender "%1" is not T, K or M</translation>
    </message>
    <message>
        <source>the status "%1" is not one of missing, not_applicable, confidential or empty</source>
        <translation>the status "%1" is not one of missing, not_applicable, confidential or empty</translation>
    </message>
    <message>
        <source>the value "%1" is not a number (use a point as decimal separator)</source>
        <translation>the value "%1" is not a number (use a point as decimal separator)</translation>
    </message>
    <message>
        <source>the row has both a value and the status "%1"</source>
        <translation>the row has both a value and the status "%1"</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4: the value %5 differs from the stored value %6 (choose keep or replace)</source>
        <translation>%1 %2 %3 %4: the value %5 differs from the stored value %6 (choose keep or replace)</translation>
    </message>
    <message>
        <source>%1: the file has a header but no data rows</source>
        <translation>%1: the file has a header but no data rows</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>better</source>
        <translation>better</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>worse</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
</context>
<context>
    <name>UnitGroupRepository</name>
    <message>
        <source>A group named "%1" already exists.</source>
        <translation>A group named "%1" already exists.</translation>
    </message>
    <message>
        <source>The group "%1" names the unknown unit %2.</source>
        <translation>The group "%1" names the unknown unit %2.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Writes the example network Bohusnätverket with invented values to a new file.</source>
        <translation>Writes the example network Bohusnätverket with invented values to a new file.</translation>
    </message>
    <message>
        <source>The file to create.</source>
        <translation>The file to create.</translation>
    </message>
    <message>
        <source>demo takes exactly one file name</source>
        <translation>demo takes exactly one file name</translation>
    </message>
    <message>
        <source>%1 already exists; the demo is only written to a new file</source>
        <translation>%1 already exists; the demo is only written to a new file</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>Wrote %1 (%2)</translation>
    </message>
    <message>
        <source>Writes every observation as CSV: indicator,unit,year,gender,value,status.</source>
        <translation>Writes every observation as CSV: indicator,unit,year,gender,value,status.</translation>
    </message>
    <message>
        <source>The .jamfor file.</source>
        <translation>The .jamfor file.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Write to this file instead of standard output.</translation>
    </message>
    <message>
        <source>export needs --db FILE</source>
        <translation>export needs --db FILE</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: cannot be written: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>cannot write to standard output</translation>
    </message>
    <message>
        <source>Imports CSV files into a .jamfor file (created if missing). Each file is imported whole or not at all.</source>
        <translation>Imports CSV files into a .jamfor file (created if missing). Each file is imported whole or not at all.</translation>
    </message>
    <message>
        <source>When a value differs from the stored one: fail (default), keep the stored value or replace it.</source>
        <translation>When a value differs from the stored one: fail (default), keep the stored value or replace it.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Files to import.</translation>
    </message>
    <message>
        <source>import needs --db FILE and at least one input file</source>
        <translation>import needs --db FILE and at least one input file</translation>
    </message>
    <message>
        <source>--on-conflict takes keep, replace or fail, not "%1"</source>
        <translation>--on-conflict takes keep, replace or fail, not "%1"</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 new, %4 unchanged, %5 replaced, %6 kept</source>
        <translation>%1: %2 rows, %3 new, %4 unchanged, %5 replaced, %6 kept</translation>
    </message>
    <message>
        <source>Prints what a .jamfor file holds.</source>
        <translation>Prints what a .jamfor file holds.</translation>
    </message>
    <message>
        <source>info needs --db FILE</source>
        <translation>info needs --db FILE</translation>
    </message>
    <message>
        <source>Usage: jamfor-cli COMMAND [OPTIONS]
Commands:
  demo OUT.jamfor                      write the example network
  import --db FILE INPUT...             import CSV files
  export --db FILE [-o OUT.csv]         write every observation as CSV
  info --db FILE                        show what a file holds
Run jamfor-cli COMMAND --help for the options of a command.</source>
        <translation>Usage: jamfor-cli COMMAND [OPTIONS]
Commands:
  demo OUT.jamfor                      write the example network
  import --db FILE INPUT...             import CSV files
  export --db FILE [-o OUT.csv]         write every observation as CSV
  info --db FILE                        show what a file holds
Run jamfor-cli COMMAND --help for the options of a command.</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>unknown command "%1"</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>File format: %1</source>
        <translation>File format: %1</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Units: %1</translation>
    </message>
    <message>
        <source>Areas: %1</source>
        <translation>Areas: %1</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Indicators: %1</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Observations: %1</translation>
    </message>
    <message>
        <source>Years: %1</source>
        <translation>Years: %1</translation>
    </message>
    <message>
        <source>Import batches: %1</source>
        <translation>Import batches: %1</translation>
    </message>
    <message>
        <source>Networks: %1</source>
        <translation>Networks: %1</translation>
    </message>
    <message>
        <source>  %1: %2 members, %3 people</source>
        <translation>  %1: %2 members, %3 people</translation>
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
        <translation>Open a file or the example network to begin.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>Colours compare each value with all the country's municipalities: ▲ green = best quarter, yellow = middle half, ▼ red = worst quarter, grey = no value (– missing, . not applicable, .. confidential). Indicators without a better direction, such as costs, are not coloured.</source>
        <translation>Colours compare each value with all the country's municipalities: ▲ green = best quarter, yellow = middle half, ▼ red = worst quarter, grey = no value (– missing, . not applicable, .. confidential). Indicators without a better direction, such as costs, are not coloured.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open the &amp;example network</source>
        <translation>Open the &amp;example network</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Jämför</source>
        <translation>&amp;About Jämför</translation>
    </message>
    <message>
        <source>Open Jämför file</source>
        <translation>Open Jämför file</translation>
    </message>
    <message>
        <source>Jämför files (*.jamfor);;All files (*)</source>
        <translation>Jämför files (*.jamfor);;All files (*)</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <source>%1 – Jämför</source>
        <translation>%1 – Jämför</translation>
    </message>
    <message>
        <source>Could not create the example network</source>
        <translation>Could not create the example network</translation>
    </message>
    <message>
        <source>Welcome to Jämför</source>
        <translation>Welcome to Jämför</translation>
    </message>
    <message>
        <source>Do you want to open the example network Bohusnätverket? Its values are invented, so you can practise and teach before you import your own figures.</source>
        <translation>Do you want to open the example network Bohusnätverket? Its values are invented, so you can practise and teach before you import your own figures.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>The file has no network yet.</source>
        <translation>The file has no network yet.</translation>
    </message>
    <message>
        <source>The file has no areas with indicators yet.</source>
        <translation>The file has no areas with indicators yet.</translation>
    </message>
    <message>
        <source>The file has no values yet. Import figures to compare.</source>
        <translation>The file has no values yet. Import figures to compare.</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>Could not read the file</translation>
    </message>
    <message>
        <source>%1 members × %2 indicators, %3</source>
        <translation>%1 members × %2 indicators, %3</translation>
    </message>
    <message>
        <source>About Jämför</source>
        <translation>About Jämför</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jämför&lt;/b&gt; %1&lt;p&gt;Compare your municipality's results with your network and the country, and work through the five steps of the handbook for Öppna jämförelser.&lt;/p&gt;&lt;p&gt;Figures from Kolada are credited "Källa: Kolada".&lt;/p&gt;</source>
        <translation>&lt;b&gt;Jämför&lt;/b&gt; %1&lt;p&gt;Compare your municipality's results with your network and the country, and work through the five steps of the handbook for Öppna jämförelser.&lt;/p&gt;&lt;p&gt;Figures from Kolada are credited "Källa: Kolada".&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>jamfor::OverviewTableModel</name>
    <message>
        <source>best quarter of the country's municipalities</source>
        <translation>best quarter of the country's municipalities</translation>
    </message>
    <message>
        <source>middle half of the country's municipalities</source>
        <translation>middle half of the country's municipalities</translation>
    </message>
    <message>
        <source>worst quarter of the country's municipalities</source>
        <translation>worst quarter of the country's municipalities</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>no colour: the indicator has no better direction</source>
        <translation>no colour: the indicator has no better direction</translation>
    </message>
    <message>
        <source>no colour: fewer than 4 values to compare with</source>
        <translation>no colour: fewer than 4 values to compare with</translation>
    </message>
    <message>
        <source>All municipalities: n = %1, median %2, Q1 %3, Q3 %4</source>
        <translation>All municipalities: n = %1, median %2, Q1 %3, Q3 %4</translation>
    </message>
    <message>
        <source>Country median</source>
        <translation>Country median</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>no better direction</source>
        <translation>no better direction</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare municipalities' results and work through the handbook's five steps.</source>
        <translation>Compare municipalities' results and work through the handbook's five steps.</translation>
    </message>
    <message>
        <source>Open the example network.</source>
        <translation>Open the example network.</translation>
    </message>
    <message>
        <source>The file to open.</source>
        <translation>The file to open.</translation>
    </message>
</context>
</TS>