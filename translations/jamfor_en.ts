<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnalysisLabels</name>
    <message>
        <source>The network</source>
        <translation>The network</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>A county</source>
        <translation>A county</translation>
    </message>
    <message>
        <source>A municipality group (kommungrupp)</source>
        <translation>A municipality group (kommungrupp)</translation>
    </message>
    <message>
        <source>A saved group</source>
        <translation>A saved group</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Not judged</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Good result to keep</source>
        <translation>Good result to keep</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Unclear</translation>
    </message>
    <message>
        <source>Method / ways of working</source>
        <translation>Method / ways of working</translation>
    </message>
    <message>
        <source>People / skills</source>
        <translation>People / skills</translation>
    </message>
    <message>
        <source>Organisation / leadership</source>
        <translation>Organisation / leadership</translation>
    </message>
    <message>
        <source>Environment / surroundings</source>
        <translation>Environment / surroundings</translation>
    </message>
    <message>
        <source>Material / resources</source>
        <translation>Material / resources</translation>
    </message>
    <message>
        <source>Measurement / information</source>
        <translation>Measurement / information</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Do first: high effect, low effort</source>
        <translation>Do first: high effect, low effort</translation>
    </message>
    <message>
        <source>Plan: high effect, high effort</source>
        <translation>Plan: high effect, high effort</translation>
    </message>
    <message>
        <source>If time allows: low effect, low effort</source>
        <translation>If time allows: low effect, low effort</translation>
    </message>
    <message>
        <source>Reconsider: low effect, high effort</source>
        <translation>Reconsider: low effect, high effort</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Every quarter</translation>
    </message>
    <message>
        <source>Twice a year</source>
        <translation>Twice a year</translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>Once a year</translation>
    </message>
    <message>
        <source>When the next Öppna jämförelser is published</source>
        <translation>When the next Öppna jämförelser is published</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No new value yet</source>
        <translation>No new value yet</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>On the way</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Has a value</source>
        <translation>Has a value</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
</context>
<context>
    <name>AnalysisRepository</name>
    <message>
        <source>The analysis is already stored (id %1).</source>
        <translation>The analysis is already stored (id %1).</translation>
    </message>
    <message>
        <source>The analysis &quot;%1&quot; is no longer in the file; it may have been deleted.</source>
        <translation>The analysis &quot;%1&quot; is no longer in the file; it may have been deleted.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Chart made with Jämför</source>
        <translation>Chart made with Jämför</translation>
    </message>
    <message>
        <source>Could not save the chart as &quot;%1&quot;: %2</source>
        <translation>Could not save the chart as &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ChartLabels</name>
    <message>
        <source>Source: Kolada</source>
        <translation>Source: Kolada</translation>
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
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>No better direction</source>
        <translation>No better direction</translation>
    </message>
    <message>
        <source>The file has no indicator with the id &quot;%1&quot;.</source>
        <translation>The file has no indicator with the id &quot;%1&quot;.</translation>
    </message>
</context>
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
        <source>There is no network named &quot;%1&quot; in the file.</source>
        <translation>There is no network named &quot;%1&quot; in the file.</translation>
    </message>
    <message>
        <source>There is no county with the code &quot;%1&quot;.</source>
        <translation>There is no county with the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no group named &quot;%1&quot; in the file.</source>
        <translation>There is no group named &quot;%1&quot; in the file.</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>The file has no indicator %1.</source>
        <translation>The file has no indicator %1.</translation>
    </message>
    <message>
        <source>%1, mean</source>
        <translation>%1, mean</translation>
    </message>
    <message>
        <source>All municipalities, mean</source>
        <translation>All municipalities, mean</translation>
    </message>
    <message>
        <source>All municipalities, median</source>
        <translation>All municipalities, median</translation>
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
        <translation>No network chosen</translation>
    </message>
    <message>
        <source>Cost and quality</source>
        <translation>Cost and quality</translation>
    </message>
    <message>
        <source>cost %1, quality %2</source>
        <translation>cost %1, quality %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dashed lines: the medians. Solid line: least squares.</source>
        <translation>Dashed lines: the medians. Solid line: least squares.</translation>
    </message>
    <message>
        <source>Lower quality values are better, so high quality is at the bottom.</source>
        <translation>Lower quality values are better, so high quality is at the bottom.</translation>
    </message>
    <message>
        <source>The quality indicator has no better direction.</source>
        <translation>The quality indicator has no better direction.</translation>
    </message>
</context>
<context>
    <name>CreateIndicatorCommand</name>
    <message>
        <source>There is already an indicator with id %1.</source>
        <translation>There is already an indicator with id %1.</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
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
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>a record is longer than %1 bytes</source>
        <translation>a record is longer than %1 bytes</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field</source>
        <translation>unexpected text after the closing quote of a field</translation>
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
        <source>Example data: the values are invented for practice and teaching. They are not Kolada&apos;s figures.</source>
        <translation>Example data: the values are invented for practice and teaching. They are not Kolada&apos;s figures.</translation>
    </message>
</context>
<context>
    <name>FormatDetector</name>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: there is no such file</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: this is an Excel 97–2003 workbook (.xls) or another old Office file; open it in a spreadsheet program, save it as .xlsx or CSV and import that</source>
        <translation>%1: this is an Excel 97–2003 workbook (.xls) or another old Office file; open it in a spreadsheet program, save it as .xlsx or CSV and import that</translation>
    </message>
    <message>
        <source>%1: this is a PDF document, not a table</source>
        <translation>%1: this is a PDF document, not a table</translation>
    </message>
    <message>
        <source>%1: this is a compressed file; unpack it first</source>
        <translation>%1: this is a compressed file; unpack it first</translation>
    </message>
    <message>
        <source>%1: the file is empty (it holds only blank lines)</source>
        <translation>%1: the file is empty (it holds only blank lines)</translation>
    </message>
    <message>
        <source>%1: this is a binary file, not text (byte %2 is a NUL byte); expected CSV, XLSX or Kolada JSON</source>
        <translation>%1: this is a binary file, not text (byte %2 is a NUL byte); expected CSV, XLSX or Kolada JSON</translation>
    </message>
    <message>
        <source>%1: this is a binary file, not text (%2 control characters in the first %3 bytes); expected CSV, XLSX or Kolada JSON</source>
        <translation>%1: this is a binary file, not text (%2 control characters in the first %3 bytes); expected CSV, XLSX or Kolada JSON</translation>
    </message>
    <message>
        <source>%1: this is an HTML web page, not an Excel workbook, although the name ends in .xlsx (a page saved from a web browser or an error page from a download?)</source>
        <translation>%1: this is an HTML web page, not an Excel workbook, although the name ends in .xlsx (a page saved from a web browser or an error page from a download?)</translation>
    </message>
    <message>
        <source>%1: this is an HTML web page, not a table</source>
        <translation>%1: this is an HTML web page, not a table</translation>
    </message>
    <message>
        <source>%1: this is an XML document; expected CSV, XLSX or Kolada JSON</source>
        <translation>%1: this is an XML document; expected CSV, XLSX or Kolada JSON</translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <source>The handbook texts (%1) are missing from this build.</source>
        <translation>The handbook texts (%1) are missing from this build.</translation>
    </message>
    <message>
        <source>The handbook texts cannot be read: %1</source>
        <translation>The handbook texts cannot be read: %1</translation>
    </message>
    <message>
        <source>The handbook texts have %1 steps instead of %2.</source>
        <translation>The handbook texts have %1 steps instead of %2.</translation>
    </message>
    <message>
        <source>The handbook texts list step %1 in place %2.</source>
        <translation>The handbook texts list step %1 in place %2.</translation>
    </message>
    <message>
        <source>Step %1 of the handbook texts has no title or purpose.</source>
        <translation>Step %1 of the handbook texts has no title or purpose.</translation>
    </message>
    <message>
        <source>Step %1 of the handbook texts needs 3 to 6 guiding questions.</source>
        <translation>Step %1 of the handbook texts needs 3 to 6 guiding questions.</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was imported</source>
        <translation>%1: the import was cancelled; nothing was imported</translation>
    </message>
    <message>
        <source>%1, %2: %3: the value %4 differs from the stored value %5 (choose keep or replace)</source>
        <translation>%1, %2: %3: the value %4 differs from the stored value %5 (choose keep or replace)</translation>
    </message>
    <message>
        <source>an earlier row</source>
        <translation>an earlier row</translation>
    </message>
    <message>
        <source>%1, %2: %3 appears twice in the file with different values: %4 here and %5 at %6</source>
        <translation>%1, %2: %3 appears twice in the file with different values: %4 here and %5 at %6</translation>
    </message>
</context>
<context>
    <name>IndicatorLabels</name>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Neither</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>The indicator %1 cannot be removed: the file holds values of it.</source>
        <translation>The indicator %1 cannot be removed: the file holds values of it.</translation>
    </message>
</context>
<context>
    <name>JsonDocumentLoader</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: the JSON file is larger than %2 MB; fetch it in smaller pages</source>
        <translation>%1: the JSON file is larger than %2 MB; fetch it in smaller pages</translation>
    </message>
    <message>
        <source> (NaN and Infinity are not JSON numbers; a missing value is written null)</source>
        <translation> (NaN and Infinity are not JSON numbers; a missing value is written null)</translation>
    </message>
    <message>
        <source> (the file ends in the middle of the JSON: is the download truncated?)</source>
        <translation> (the file ends in the middle of the JSON: is the download truncated?)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the JSON is not valid: %4%5</source>
        <translation>%1, line %2, column %3: the JSON is not valid: %4%5</translation>
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
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
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
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1: this JSON is not a Kolada response: expected an object with a &quot;values&quot; list</source>
        <translation>%1: this JSON is not a Kolada response: expected an object with a &quot;values&quot; list</translation>
    </message>
    <message>
        <source>%1: this is a list of Kolada groups, not KPI data or KPI descriptions</source>
        <translation>%1: this is a list of Kolada groups, not KPI data or KPI descriptions</translation>
    </message>
    <message>
        <source>%1: this is Kolada&apos;s list of municipalities, not KPI data or KPI descriptions</source>
        <translation>%1: this is Kolada&apos;s list of municipalities, not KPI data or KPI descriptions</translation>
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
        <translation>%1 is one page of a longer Kolada response; the next page (%2) was not imported</translation>
    </message>
    <message>
        <source>%1: the Kolada response has no values</source>
        <translation>%1: the Kolada response has no values</translation>
    </message>
    <message>
        <source>expected an object with kpi, municipality, period and values, found %1</source>
        <translation>expected an object with kpi, municipality, period and values, found %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a non-empty string, not %2%3</source>
        <translation>&quot;%1&quot; should be a non-empty string, not %2%3</translation>
    </message>
    <message>
        <source>&quot;period&quot; %1 is not a year between 1900 and 2200</source>
        <translation>&quot;period&quot; %1 is not a year between 1900 and 2200</translation>
    </message>
    <message>
        <source>&quot;period&quot; should be a year (a whole number), not %1%2</source>
        <translation>&quot;period&quot; should be a year (a whole number), not %1%2</translation>
    </message>
    <message>
        <source>values for organisational units (&quot;ou&quot;) cannot be imported; fetch the municipality&apos;s values instead</source>
        <translation>values for organisational units (&quot;ou&quot;) cannot be imported; fetch the municipality&apos;s values instead</translation>
    </message>
    <message>
        <source>unknown unit code &quot;%1&quot; (expected a 4-digit municipality, region or country code)</source>
        <translation>unknown unit code &quot;%1&quot; (expected a 4-digit municipality, region or country code)</translation>
    </message>
    <message>
        <source>&quot;values&quot; is missing</source>
        <translation>&quot;values&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;values&quot; should be a list, not %1</source>
        <translation>&quot;values&quot; should be a list, not %1</translation>
    </message>
    <message>
        <source>expected an object with gender and value, found %1</source>
        <translation>expected an object with gender and value, found %1</translation>
    </message>
    <message>
        <source>&quot;period&quot; is missing (neither the item nor the value has one)</source>
        <translation>&quot;period&quot; is missing (neither the item nor the value has one)</translation>
    </message>
    <message>
        <source>the gender &quot;%1&quot; is not T, K or M</source>
        <translation>the gender &quot;%1&quot; is not T, K or M</translation>
    </message>
    <message>
        <source>&quot;status&quot; should be a string or null, not %1%2</source>
        <translation>&quot;status&quot; should be a string or null, not %1%2</translation>
    </message>
    <message>
        <source>&quot;value&quot; should be a number or null, not %1%2</source>
        <translation>&quot;value&quot; should be a number or null, not %1%2</translation>
    </message>
</context>
<context>
    <name>KoladaKpiReader</name>
    <message>
        <source>%1: the Kolada response has no KPI descriptions</source>
        <translation>%1: the Kolada response has no KPI descriptions</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>expected an object with id and title, found %1</source>
        <translation>expected an object with id and title, found %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a string or null, not %2</source>
        <translation>&quot;%1&quot; should be a string or null, not %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or empty</source>
        <translation>&quot;id&quot; is missing or empty</translation>
    </message>
    <message>
        <source>the KPI %1 is described twice (also in values[%2])</source>
        <translation>the KPI %1 is described twice (also in values[%2])</translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing or empty</source>
        <translation>&quot;title&quot; is missing or empty</translation>
    </message>
    <message>
        <source>&quot;is_divided_by_gender&quot; should be 0, 1, true or false, not %1</source>
        <translation>&quot;is_divided_by_gender&quot; should be 0, 1, true or false, not %1</translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a number</source>
        <translation>the value &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is ambiguous: it is %2 if &quot;%3&quot; is the decimal separator and %4 if it separates thousands, and no value in the first rows of the file shows which decimal separator it uses; write it without thousands separators</source>
        <translation>the value &quot;%1&quot; is ambiguous: it is %2 if &quot;%3&quot; is the decimal separator and %4 if it separates thousands, and no value in the first rows of the file shows which decimal separator it uses; write it without thousands separators</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; does not fit the file&apos;s decimal %2 (%3 shows it); the file mixes number formats</source>
        <translation>the value &quot;%1&quot; does not fit the file&apos;s decimal %2 (%3 shows it); the file mixes number formats</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
</context>
<context>
    <name>ObservationImporter</name>
    <message>
        <source>the indicator id is empty</source>
        <translation>the indicator id is empty</translation>
    </message>
    <message>
        <source>unknown unit code &quot;%1&quot; (expected a 4-digit municipality, region or country code)</source>
        <translation>unknown unit code &quot;%1&quot; (expected a 4-digit municipality, region or country code)</translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was imported</source>
        <translation>%1: the import was cancelled; nothing was imported</translation>
    </message>
    <message>
        <source>own figures</source>
        <translation>own figures</translation>
    </message>
    <message>
        <source>%1: there are no figures to store</source>
        <translation>%1: there are no figures to store</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <source>the year %1 is not a year between 1900 and 2200</source>
        <translation>the year %1 is not a year between 1900 and 2200</translation>
    </message>
    <message>
        <source>the value is not a finite number</source>
        <translation>the value is not a finite number</translation>
    </message>
    <message>
        <source>a figure with a value cannot also be marked %1</source>
        <translation>a figure with a value cannot also be marked %1</translation>
    </message>
</context>
<context>
    <name>ObservationWriter</name>
    <message>
        <source>Database error: the connection is not an open SQLite database</source>
        <translation>Database error: the connection is not an open SQLite database</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Database error: %1 (in: %2)</translation>
    </message>
    <message>
        <source>The year %1 is outside 1900–2200.</source>
        <translation>The year %1 is outside 1900–2200.</translation>
    </message>
    <message>
        <source>An observation has a value exactly when its status is Ok (%1 %2 %3).</source>
        <translation>An observation has a value exactly when its status is Ok (%1 %2 %3).</translation>
    </message>
    <message>
        <source>The value of %1 %2 %3 is not a finite number.</source>
        <translation>The value of %1 %2 %3 is not a finite number.</translation>
    </message>
    <message>
        <source>Database error: %1 %2 %3 was neither inserted nor found</source>
        <translation>Database error: %1 %2 %3 was neither inserted nor found</translation>
    </message>
    <message>
        <source>Database error: %1 is not in the file&apos;s list (in: %2)</source>
        <translation>Database error: %1 is not in the file&apos;s list (in: %2)</translation>
    </message>
    <message>
        <source>Database error: the import batch %1 is missing</source>
        <translation>Database error: the import batch %1 is missing</translation>
    </message>
</context>
<context>
    <name>PersonRoleLabels</name>
    <message>
        <source>Politician</source>
        <translation>Politician</translation>
    </message>
    <message>
        <source>Municipal CEO</source>
        <translation>Municipal CEO</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Project leader</translation>
    </message>
    <message>
        <source>Process leader</source>
        <translation>Process leader</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ProfileSeries</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Profile of %1</translation>
    </message>
    <message>
        <source>Percentile among all municipalities (100 = best)</source>
        <translation>Percentile among all municipalities (100 = best)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Value %1 %2 · rank %3 of %4</source>
        <translation>Value %1 %2 · rank %3 of %4</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>No value</translation>
    </message>
    <message>
        <source>The percentile is the share of the country&apos;s municipalities with a value that %1 is better than or equal to. Colours: the quartiles of all municipalities.</source>
        <translation>The percentile is the share of the country&apos;s municipalities with a value that %1 is better than or equal to. Colours: the quartiles of all municipalities.</translation>
    </message>
</context>
<context>
    <name>RankingSeries</name>
    <message>
        <source>Best to the left (higher is better)</source>
        <translation>Best to the left (higher is better)</translation>
    </message>
    <message>
        <source>Best to the left (lower is better)</source>
        <translation>Best to the left (lower is better)</translation>
    </message>
    <message>
        <source>Highest to the left (no better direction)</source>
        <translation>Highest to the left (no better direction)</translation>
    </message>
    <message>
        <source>No network chosen</source>
        <translation>No network chosen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Mean of all municipalities: %1</source>
        <translation>Mean of all municipalities: %1</translation>
    </message>
    <message>
        <source>%1 of %2 municipalities have a value.</source>
        <translation>%1 of %2 municipalities have a value.</translation>
    </message>
    <message>
        <source>%1 of %2 members have a value.</source>
        <translation>%1 of %2 members have a value.</translation>
    </message>
    <message>
        <source>Without a value: %1.</source>
        <translation>Without a value: %1.</translation>
    </message>
    <message>
        <source>%1 is ranked %2 of %3.</source>
        <translation>%1 is ranked %2 of %3.</translation>
    </message>
    <message>
        <source>▲ best quarter, ▼ worst quarter of all municipalities.</source>
        <translation>▲ best quarter, ▼ worst quarter of all municipalities.</translation>
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
        <translation>the text is not valid UTF-8 (the file mixes encodings?)</translation>
    </message>
    <message>
        <source>no header row in the first %1 rows; expected columns such as kpi, municipality, period, gender, value or Nyckeltals-id, Kommun-id, År, Kön, Värde</source>
        <translation>no header row in the first %1 rows; expected columns such as kpi, municipality, period, gender, value or Nyckeltals-id, Kommun-id, År, Kön, Värde</translation>
    </message>
    <message>
        <source>%1: no header row found; expected columns such as kpi, municipality, period, gender, value or Nyckeltals-id, Kommun-id, År, Kön, Värde</source>
        <translation>%1: no header row found; expected columns such as kpi, municipality, period, gender, value or Nyckeltals-id, Kommun-id, År, Kön, Värde</translation>
    </message>
    <message>
        <source>%1: the file has a header but no data rows</source>
        <translation>%1: the file has a header but no data rows</translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; mean the same; keep one</source>
        <translation>the columns &quot;%1&quot; and &quot;%2&quot; mean the same; keep one</translation>
    </message>
    <message>
        <source>the required column %1 is missing (found: %2)</source>
        <translation>the required column %1 is missing (found: %2)</translation>
    </message>
    <message>
        <source>&quot;municipality&quot; (or Kommun-id, Kommun, unit)</source>
        <translation>&quot;municipality&quot; (or Kommun-id, Kommun, unit)</translation>
    </message>
    <message>
        <source>&quot;period&quot; (or År, year)</source>
        <translation>&quot;period&quot; (or År, year)</translation>
    </message>
    <message>
        <source>&quot;value&quot; (or Värde)</source>
        <translation>&quot;value&quot; (or Värde)</translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; are for the same %3</source>
        <translation>the columns &quot;%1&quot; and &quot;%2&quot; are for the same %3</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>the required column &quot;kpi&quot; (or Nyckeltals-id, indicator) is missing and no title row above the header names an indicator id such as N15419 (found: %1)</source>
        <translation>the required column &quot;kpi&quot; (or Nyckeltals-id, indicator) is missing and no title row above the header names an indicator id such as N15419 (found: %1)</translation>
    </message>
    <message>
        <source>the table has no indicator column and the title rows name more than one indicator (%1); add a Nyckeltals-id column</source>
        <translation>the table has no indicator column and the title rows name more than one indicator (%1); add a Nyckeltals-id column</translation>
    </message>
    <message>
        <source>the indicator id is empty</source>
        <translation>the indicator id is empty</translation>
    </message>
    <message>
        <source>the indicator id &quot;%1&quot; is longer than %2 characters</source>
        <translation>the indicator id &quot;%1&quot; is longer than %2 characters</translation>
    </message>
    <message>
        <source>the indicator id &quot;%1&quot; contains control characters</source>
        <translation>the indicator id &quot;%1&quot; contains control characters</translation>
    </message>
    <message>
        <source>unknown municipality &quot;%1&quot; (expected the name of a Swedish municipality, region or Riket, or add a Kommun-id column)</source>
        <translation>unknown municipality &quot;%1&quot; (expected the name of a Swedish municipality, region or Riket, or add a Kommun-id column)</translation>
    </message>
    <message>
        <source>unknown unit code &quot;%1&quot; (expected a 4-digit municipality, region or country code)</source>
        <translation>unknown unit code &quot;%1&quot; (expected a 4-digit municipality, region or country code)</translation>
    </message>
    <message>
        <source>the year &quot;%1&quot; is not a year between 1900 and 2200</source>
        <translation>the year &quot;%1&quot; is not a year between 1900 and 2200</translation>
    </message>
    <message>
        <source>the gender &quot;%1&quot; is not T, K or M (Totalt, Kvinnor, Män)</source>
        <translation>the gender &quot;%1&quot; is not T, K or M (Totalt, Kvinnor, Män)</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header (%2), found %3</source>
        <translation>expected %1 fields as in the header (%2), found %3</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is not one of missing, not_applicable, confidential or empty</source>
        <translation>the status &quot;%1&quot; is not one of missing, not_applicable, confidential or empty</translation>
    </message>
    <message>
        <source>the row has both a value and the status &quot;%1&quot;</source>
        <translation>the row has both a value and the status &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TextStreamDecoder</name>
    <message>
        <source>This build of Jämför cannot read Windows-1252 text; save the file as UTF-8</source>
        <translation>This build of Jämför cannot read Windows-1252 text; save the file as UTF-8</translation>
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
    <name>TrendSeries</name>
    <message>
        <source>Mean of all municipalities</source>
        <translation>Mean of all municipalities</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No network chosen</source>
        <translation>No network chosen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 per year %4–%5.</source>
        <translation>%1: %2 %3 per year %4–%5.</translation>
    </message>
    <message>
        <source>%1: %2 %3 per year %4–%5 (%6).</source>
        <translation>%1: %2 %3 per year %4–%5 (%6).</translation>
    </message>
    <message>
        <source>The mean is the unweighted mean of all municipalities with a value.</source>
        <translation>The mean is the unweighted mean of all municipalities with a value.</translation>
    </message>
</context>
<context>
    <name>UnitGroupRepository</name>
    <message>
        <source>A group named &quot;%1&quot; already exists.</source>
        <translation>A group named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; names the unknown unit %2.</source>
        <translation>The group &quot;%1&quot; names the unknown unit %2.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>not a readable Excel workbook: the zip archive is damaged or truncated (zip error %1)</source>
        <translation>not a readable Excel workbook: the zip archive is damaged or truncated (zip error %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <source>not a readable Excel workbook: the zip directory is damaged (zip error %1)</source>
        <translation>not a readable Excel workbook: the zip directory is damaged (zip error %1)</translation>
    </message>
    <message>
        <source>refused: the part %1 would unpack to %2 MB, more than the %3 MB a workbook part may have (a zip bomb?)</source>
        <translation>refused: the part %1 would unpack to %2 MB, more than the %3 MB a workbook part may have (a zip bomb?)</translation>
    </message>
    <message>
        <source>refused: the part %1 would unpack from %2 MB to %3 MB (%4:1); no real worksheet packs that well (a zip bomb?)</source>
        <translation>refused: the part %1 would unpack from %2 MB to %3 MB (%4:1); no real worksheet packs that well (a zip bomb?)</translation>
    </message>
    <message>
        <source>refused: the workbook would unpack to more than %1 MB (a zip bomb?)</source>
        <translation>refused: the workbook would unpack to more than %1 MB (a zip bomb?)</translation>
    </message>
    <message>
        <source>this zip archive is not an Excel workbook (it has no xl/workbook.xml)</source>
        <translation>this zip archive is not an Excel workbook (it has no xl/workbook.xml)</translation>
    </message>
    <message>
        <source>refused: the part %1 unpacks to more than %2 MB (a zip bomb?)</source>
        <translation>refused: the part %1 unpacks to more than %2 MB (a zip bomb?)</translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated: %2 (XML line %3)</source>
        <translation>the part %1 is damaged or truncated: %2 (XML line %3)</translation>
    </message>
    <message>
        <source>the part %1 is missing from the workbook</source>
        <translation>the part %1 is missing from the workbook</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked (zip error %2); the file is damaged</source>
        <translation>the part %1 cannot be unpacked (zip error %2); the file is damaged</translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated (zip error %2)</source>
        <translation>the part %1 is damaged or truncated (zip error %2)</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>the workbook has no sheets</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot;; its sheets are: %2</source>
        <translation>the workbook has no sheet named &quot;%1&quot;; its sheets are: %2</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is missing from the workbook (no part %2)</source>
        <translation>the sheet &quot;%1&quot; is missing from the workbook (no part %2)</translation>
    </message>
    <message>
        <source>%1: the cell reference &quot;%2&quot; is not valid</source>
        <translation>%1: the cell reference &quot;%2&quot; is not valid</translation>
    </message>
    <message>
        <source>%1: the cell refers to shared string %2, but the workbook has %3</source>
        <translation>%1: the cell refers to shared string %2, but the workbook has %3</translation>
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
        <source>--on-conflict takes keep, replace or fail, not &quot;%1&quot;</source>
        <translation>--on-conflict takes keep, replace or fail, not &quot;%1&quot;</translation>
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
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
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
    <message>
        <source>Compare with: network:NAME, country (all municipalities, the default), county:NN, kommungrupp:GROUP or group:NAME.</source>
        <translation>Compare with: network:NAME, country (all municipalities, the default), county:NN, kommungrupp:GROUP or group:NAME.</translation>
    </message>
    <message>
        <source>The operating area for network membership (default: the indicator&apos;s area).</source>
        <translation>The operating area for network membership (default: the indicator&apos;s area).</translation>
    </message>
    <message>
        <source>--population &quot;%1&quot; is not one of network:NAME, country, county:NN, kommungrupp:GROUP, group:NAME</source>
        <translation>--population &quot;%1&quot; is not one of network:NAME, country, county:NN, kommungrupp:GROUP, group:NAME</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>--%1 &quot;%2&quot; must be a whole number from %3 to %4</translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot; (not in the file)</source>
        <translation>unknown indicator &quot;%1&quot; (not in the file)</translation>
    </message>
    <message>
        <source>green ▲</source>
        <translation>green ▲</translation>
    </message>
    <message>
        <source>red ▼</source>
        <translation>red ▼</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>grey</translation>
    </message>
    <message>
        <source>Compares the units of a population for one indicator and year: value, rank, colour class and change since the previous year, with n, mean, median and quartiles.</source>
        <translation>Compares the units of a population for one indicator and year: value, rank, colour class and change since the previous year, with n, mean, median and quartiles.</translation>
    </message>
    <message>
        <source>The indicator id.</source>
        <translation>The indicator id.</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>The year.</translation>
    </message>
    <message>
        <source>T (total, the default), K (women) or M (men).</source>
        <translation>T (total, the default), K (women) or M (men).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>compare needs --%1</source>
        <translation>compare needs --%1</translation>
    </message>
    <message>
        <source>compare takes no file arguments: &quot;%1&quot;</source>
        <translation>compare takes no file arguments: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--gender &quot;%1&quot; must be T, K or M</source>
        <translation>--gender &quot;%1&quot; must be T, K or M</translation>
    </message>
    <message>
        <source>the population %1 has no units</source>
        <translation>the population %1 has no units</translation>
    </message>
    <message>
        <source>no values of %1 for %2 (gender %3) in %4</source>
        <translation>no values of %1 for %2 (gender %3) in %4</translation>
    </message>
    <message>
        <source>Year %1, gender %2, compared with %3 (%4 units)</source>
        <translation>Year %1, gender %2, compared with %3 (%4 units)</translation>
    </message>
    <message>
        <source>The indicator has no direction: ranked by value, highest first; no colours.</source>
        <translation>The indicator has no direction: ranked by value, highest first; no colours.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>Change since %1</translation>
    </message>
    <message>
        <source>n %1  mean %2  median %3  Q1 %4  Q3 %5  min %6  max %7</source>
        <translation>n %1  mean %2  median %3  Q1 %4  Q3 %5  min %6  max %7</translation>
    </message>
    <message>
        <source>Relates a cost indicator (x) to a quality indicator (y): the units&apos; quadrants around the median lines, Pearson r, Spearman rho, n and the least-squares line with each unit&apos;s residual.</source>
        <translation>Relates a cost indicator (x) to a quality indicator (y): the units&apos; quadrants around the median lines, Pearson r, Spearman rho, n and the least-squares line with each unit&apos;s residual.</translation>
    </message>
    <message>
        <source>The cost indicator id (x).</source>
        <translation>The cost indicator id (x).</translation>
    </message>
    <message>
        <source>The quality indicator id (y).</source>
        <translation>The quality indicator id (y).</translation>
    </message>
    <message>
        <source>The year of the costs.</source>
        <translation>The year of the costs.</translation>
    </message>
    <message>
        <source>Years from the costs to the quality: the quality year is YEAR + N (default 0).</source>
        <translation>Years from the costs to the quality: the quality year is YEAR + N (default 0).</translation>
    </message>
    <message>
        <source>costquality needs --%1</source>
        <translation>costquality needs --%1</translation>
    </message>
    <message>
        <source>costquality takes no file arguments: &quot;%1&quot;</source>
        <translation>costquality takes no file arguments: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no unit in %1 has both a value of %2 for %3 and a value of %4 for %5</source>
        <translation>no unit in %1 has both a value of %2 for %3 and a value of %4 for %5</translation>
    </message>
    <message>
        <source>Cost (x): %1 %2, %3</source>
        <translation>Cost (x): %1 %2, %3</translation>
    </message>
    <message>
        <source>Quality (y): %1 %2, %3</source>
        <translation>Quality (y): %1 %2, %3</translation>
    </message>
    <message>
        <source>Compared with %1 (%2 units)</source>
        <translation>Compared with %1 (%2 units)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>n %1  median cost %2  median quality %3</source>
        <translation>n %1  median cost %2  median quality %3</translation>
    </message>
    <message>
        <source>Pearson r %1  Spearman rho %2</source>
        <translation>Pearson r %1  Spearman rho %2</translation>
    </message>
    <message>
        <source>Line: quality = %1 %2 %3 × cost</source>
        <translation>Line: quality = %1 %2 %3 × cost</translation>
    </message>
    <message>
        <source>Line: not defined (fewer than 2 points or every cost equal)</source>
        <translation>Line: not defined (fewer than 2 points or every cost equal)</translation>
    </message>
    <message>
        <source>Usage: jamfor-cli COMMAND [OPTIONS]
Commands:
  demo OUT.jamfor                      write the example network
  import --db FILE INPUT...             import CSV files
  export --db FILE [-o OUT.csv]         write every observation as CSV
  info --db FILE                        show what a file holds
  compare --db FILE --indicator ID --year YEAR [--gender T|K|M]
          [--population SPEC] [--area AREA] [--json]
                                        rank, colour and change of one indicator
  costquality --db FILE --cost ID --quality ID --year YEAR [--lag N]
          [--population SPEC] [--area AREA] [--json]
                                        cost against quality: quadrants, r, rho
  SPEC: country (default), network:NAME, county:NN, kommungrupp:GROUP, group:NAME
Run jamfor-cli COMMAND --help for the options of a command.</source>
        <translation>Usage: jamfor-cli COMMAND [OPTIONS]
Commands:
  demo OUT.jamfor                      write the example network
  import --db FILE INPUT...             import CSV files
  export --db FILE [-o OUT.csv]         write every observation as CSV
  info --db FILE                        show what a file holds
  compare --db FILE --indicator ID --year YEAR [--gender T|K|M]
          [--population SPEC] [--area AREA] [--json]
                                        rank, colour and change of one indicator
  costquality --db FILE --cost ID --quality ID --year YEAR [--lag N]
          [--population SPEC] [--area AREA] [--json]
                                        cost against quality: quadrants, r, rho
  SPEC: country (default), network:NAME, county:NN, kommungrupp:GROUP, group:NAME
Run jamfor-cli COMMAND --help for the options of a command.</translation>
    </message>
    <message>
        <source>%1: %2 indicator descriptions, %3 new, %4 updated</source>
        <translation>%1: %2 indicator descriptions, %3 new, %4 updated</translation>
    </message>
    <message>
        <source>  conflict at %1: %2 %3 %4 %5: stored %6, file %7</source>
        <translation>  conflict at %1: %2 %3 %4 %5: stored %6, file %7</translation>
    </message>
    <message>
        <source>  … and %1 more conflicts</source>
        <translation>  … and %1 more conflicts</translation>
    </message>
    <message>
        <source>%1: dry run, nothing was imported</source>
        <translation>%1: dry run, nothing was imported</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Imports files into a .jamfor file (created if missing): Kolada JSON (data or KPI descriptions, API v2 or v3), CSV and XLSX tables. The format is told from the content. Each file is imported whole or not at all.</source>
        <translation>Imports files into a .jamfor file (created if missing): Kolada JSON (data or KPI descriptions, API v2 or v3), CSV and XLSX tables. The format is told from the content. Each file is imported whole or not at all.</translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation>XLSX: the sheet to read (default: the first).</translation>
    </message>
    <message>
        <source>Read and check everything and list the conflicts, but import nothing.</source>
        <translation>Read and check everything and list the conflicts, but import nothing.</translation>
    </message>
</context>
<context>
    <name>jamfor::AnalysisState</name>
    <message>
        <source>proposal %1</source>
        <translation>proposal %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>action %1</translation>
    </message>
    <message>
        <source>Describe the purpose of the analysis: what do you want to find out?</source>
        <translation>Describe the purpose of the analysis: what do you want to find out?</translation>
    </message>
    <message>
        <source>Describe the mandate: who asked for the analysis and who receives the result?</source>
        <translation>Describe the mandate: who asked for the analysis and who receives the result?</translation>
    </message>
    <message>
        <source>Choose the area to analyse.</source>
        <translation>Choose the area to analyse.</translation>
    </message>
    <message>
        <source>Choose the focus municipality.</source>
        <translation>Choose the focus municipality.</translation>
    </message>
    <message>
        <source>Choose the year to analyse.</source>
        <translation>Choose the year to analyse.</translation>
    </message>
    <message>
        <source>Choose the network to compare with, or another comparison population.</source>
        <translation>Choose the network to compare with, or another comparison population.</translation>
    </message>
    <message>
        <source>Choose the county to compare with.</source>
        <translation>Choose the county to compare with.</translation>
    </message>
    <message>
        <source>Choose the municipality group (kommungrupp) to compare with.</source>
        <translation>Choose the municipality group (kommungrupp) to compare with.</translation>
    </message>
    <message>
        <source>Choose the saved group of municipalities to compare with.</source>
        <translation>Choose the saved group of municipalities to compare with.</translation>
    </message>
    <message>
        <source>Take at least one indicator forward to the in-depth analysis.</source>
        <translation>Take at least one indicator forward to the in-depth analysis.</translation>
    </message>
    <message>
        <source>Judge %1: a problem, a good result to keep, or unclear?</source>
        <translation>Judge %1: a problem, a good result to keep, or unclear?</translation>
    </message>
    <message>
        <source>Record at least one cause for %1, on the fishbone or as five whys.</source>
        <translation>Record at least one cause for %1, on the fishbone or as five whys.</translation>
    </message>
    <message>
        <source>Give %1 a title.</source>
        <translation>Give %1 a title.</translation>
    </message>
    <message>
        <source>Rate the expected effect of %1.</source>
        <translation>Rate the expected effect of %1.</translation>
    </message>
    <message>
        <source>Rate the effort that %1 needs.</source>
        <translation>Rate the effort that %1 needs.</translation>
    </message>
    <message>
        <source>Choose at least one proposal to carry out.</source>
        <translation>Choose at least one proposal to carry out.</translation>
    </message>
    <message>
        <source>Plan at least one action for %1.</source>
        <translation>Plan at least one action for %1.</translation>
    </message>
    <message>
        <source>Describe what is to be done in %1.</source>
        <translation>Describe what is to be done in %1.</translation>
    </message>
    <message>
        <source>Name who is responsible for %1.</source>
        <translation>Name who is responsible for %1.</translation>
    </message>
    <message>
        <source>Set a date for %1.</source>
        <translation>Set a date for %1.</translation>
    </message>
    <message>
        <source>No participants yet: who takes part in the analysis?</source>
        <translation>No participants yet: who takes part in the analysis?</translation>
    </message>
    <message>
        <source>No meetings planned yet: put the dates in the time plan.</source>
        <translation>No meetings planned yet: put the dates in the time plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of the readiness checklist are not done yet.</source>
        <translation>
            <numerusform>%n point(s) of the readiness checklist are not done yet.</numerusform>
            <numerusform>%n point(s) of the readiness checklist are not done yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators are taken forward. The handbook advises keeping to a few (at most %1) so that the analysis can go deep.</source>
        <translation>
            <numerusform>%n indicators are taken forward. The handbook advises keeping to a few (at most %1) so that the analysis can go deep.</numerusform>
            <numerusform>%n indicators are taken forward. The handbook advises keeping to a few (at most %1) so that the analysis can go deep.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conclusion written yet for %1.</source>
        <translation>No conclusion written yet for %1.</translation>
    </message>
    <message>
        <source>%1 has a low expected effect and needs a high effort: is it worth doing?</source>
        <translation>%1 has a low expected effect and needs a high effort: is it worth doing?</translation>
    </message>
    <message>
        <source>%1 has no target value yet.</source>
        <translation>%1 has no target value yet.</translation>
    </message>
    <message>
        <source>Say how often %1 is followed up.</source>
        <translation>Say how often %1 is followed up.</translation>
    </message>
</context>
<context>
    <name>jamfor::ChartPanel</name>
    <message>
        <source>C&amp;hart:</source>
        <translation>C&amp;hart:</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Trend over time</source>
        <translation>Trend over time</translation>
    </message>
    <message>
        <source>Cost and quality</source>
        <translation>Cost and quality</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>C&amp;ost (x):</source>
        <translation>C&amp;ost (x):</translation>
    </message>
    <message>
        <source>&amp;Quality (y):</source>
        <translation>&amp;Quality (y):</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Compare &amp;with:</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>The network</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>I&amp;ndicators:</source>
        <translation>I&amp;ndicators:</translation>
    </message>
    <message>
        <source>The area&apos;s</source>
        <translation>The area&apos;s</translation>
    </message>
    <message>
        <source>All areas&apos;</source>
        <translation>All areas&apos;</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Save as &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Copy the chart to the clipboard as an image</translation>
    </message>
    <message>
        <source>The chart is copied to the clipboard.</source>
        <translation>The chart is copied to the clipboard.</translation>
    </message>
    <message>
        <source>Could not copy the chart</source>
        <translation>Could not copy the chart</translation>
    </message>
    <message>
        <source>Open a file to see charts.</source>
        <translation>Open a file to see charts.</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>chart</translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation>Save the chart as SVG</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Save the chart as PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>The chart is saved as %1.</source>
        <translation>The chart is saved as %1.</translation>
    </message>
    <message>
        <source>Could not save the chart</source>
        <translation>Could not save the chart</translation>
    </message>
</context>
<context>
    <name>jamfor::ComparisonTableModel</name>
    <message>
        <source>Rank %1 of %2 in %3</source>
        <translation>Rank %1 of %2 in %3</translation>
    </message>
    <message>
        <source>Change since %1: %2 (%3)</source>
        <translation>Change since %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: n = %2, Q1 %3, median %4, Q3 %5</source>
        <translation>%1: n = %2, Q1 %3, median %4, Q3 %5</translation>
    </message>
    <message>
        <source>No colour: fewer than 4 values to compare with.</source>
        <translation>No colour: fewer than 4 values to compare with.</translation>
    </message>
    <message>
        <source>Focus municipality</source>
        <translation>Focus municipality</translation>
    </message>
    <message>
        <source>Member of the network</source>
        <translation>Member of the network</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>jamfor::ComparisonView</name>
    <message>
        <source>Com&amp;pare with:</source>
        <translation>Com&amp;pare with:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Columns:</translation>
    </message>
    <message>
        <source>All indicators, one year</source>
        <translation>All indicators, one year</translation>
    </message>
    <message>
        <source>One indicator over the years</source>
        <translation>One indicator over the years</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Focus:</translation>
    </message>
    <message>
        <source>Cop&amp;y selection</source>
        <translation>Cop&amp;y selection</translation>
    </message>
    <message>
        <source>Copies the selected cells as a table that pastes into Excel.</source>
        <translation>Copies the selected cells as a table that pastes into Excel.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>The network: %1</source>
        <translation>The network: %1</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>The county: %1</source>
        <translation>The county: %1</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>Could not compare</translation>
    </message>
    <message>
        <source>Colours and ranks among: %1. ▲ best quarter, ▼ worst quarter; ↑ ↓ change since the year before (the tooltip says whether it is better or worse). Click a column header to sort.</source>
        <translation>Colours and ranks among: %1. ▲ best quarter, ▼ worst quarter; ↑ ↓ change since the year before (the tooltip says whether it is better or worse). Click a column header to sort.</translation>
    </message>
</context>
<context>
    <name>jamfor::CostQualityChartView</name>
    <message>
        <source>No municipality has values of both indicators for the chosen years.</source>
        <translation>No municipality has values of both indicators for the chosen years.</translation>
    </message>
    <message>
        <source>%1 (focus)</source>
        <translation>%1 (focus)</translation>
    </message>
    <message>
        <source>Network members</source>
        <translation>Network members</translation>
    </message>
    <message>
        <source>Other municipalities</source>
        <translation>Other municipalities</translation>
    </message>
    <message>
        <source>Medians</source>
        <translation>Medians</translation>
    </message>
    <message>
        <source>Least-squares line</source>
        <translation>Least-squares line</translation>
    </message>
    <message>
        <source>%1: cost %2, quality %3 (%4)</source>
        <translation>%1: cost %2, quality %3 (%4)</translation>
    </message>
</context>
<context>
    <name>jamfor::EditSession</name>
    <message>
        <source>Give the network a name.</source>
        <translation>Give the network a name.</translation>
    </message>
    <message>
        <source>There is already a network named %1.</source>
        <translation>There is already a network named %1.</translation>
    </message>
    <message>
        <source>Give the indicator an id.</source>
        <translation>Give the indicator an id.</translation>
    </message>
    <message>
        <source>An id may only contain letters, digits, - and _.</source>
        <translation>An id may only contain letters, digits, - and _.</translation>
    </message>
    <message>
        <source>There is already an indicator with id %1.</source>
        <translation>There is already an indicator with id %1.</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>New network</translation>
    </message>
    <message>
        <source>New network %1</source>
        <translation>New network %1</translation>
    </message>
    <message>
        <source>The network is no longer in the file.</source>
        <translation>The network is no longer in the file.</translation>
    </message>
    <message>
        <source>The indicator %1 is no longer in the file.</source>
        <translation>The indicator %1 is no longer in the file.</translation>
    </message>
    <message>
        <source>Create network %1</source>
        <translation>Create network %1</translation>
    </message>
    <message>
        <source>Rename network %1 to %2</source>
        <translation>Rename network %1 to %2</translation>
    </message>
    <message>
        <source>Change the description of %1</source>
        <translation>Change the description of %1</translation>
    </message>
    <message>
        <source>Delete network %1</source>
        <translation>Delete network %1</translation>
    </message>
    <message>
        <source>%1 is not a municipality.</source>
        <translation>%1 is not a municipality.</translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation>%1 is already a member of %2.</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Add member %1</translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation>Remove member %1</translation>
    </message>
    <message>
        <source>Let %1 take part in all areas</source>
        <translation>Let %1 take part in all areas</translation>
    </message>
    <message>
        <source>Limit %1 to %2</source>
        <translation>Limit %1 to %2</translation>
    </message>
    <message>
        <source>Add person %1</source>
        <translation>Add person %1</translation>
    </message>
    <message>
        <source>The person is no longer in the network.</source>
        <translation>The person is no longer in the network.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Change the role of %1</translation>
    </message>
    <message>
        <source>Change the municipality of %1</source>
        <translation>Change the municipality of %1</translation>
    </message>
    <message>
        <source>Change the e-mail address of %1</source>
        <translation>Change the e-mail address of %1</translation>
    </message>
    <message>
        <source>Change the phone number of %1</source>
        <translation>Change the phone number of %1</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Remove person %1</translation>
    </message>
    <message>
        <source>Create indicator %1</source>
        <translation>Create indicator %1</translation>
    </message>
    <message>
        <source>Change the direction of %1</source>
        <translation>Change the direction of %1</translation>
    </message>
    <message>
        <source>Change the kind of %1</source>
        <translation>Change the kind of %1</translation>
    </message>
    <message>
        <source>Change the indicator type of %1</source>
        <translation>Change the indicator type of %1</translation>
    </message>
    <message>
        <source>Change the area of %1</source>
        <translation>Change the area of %1</translation>
    </message>
</context>
<context>
    <name>jamfor::IndicatorBrowser</name>
    <message>
        <source>Id or words from the title</source>
        <translation>Id or words from the title</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>New indicator…</source>
        <translation>New indicator…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Unit of measure:</source>
        <translation>Unit of measure:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>By gender:</source>
        <translation>By gender:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>A&amp;rea:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>Indicator &amp;type:</source>
        <translation>Indicator &amp;type:</translation>
    </message>
    <message>
        <source>The direction decides the colours: with &quot;higher is better&quot; the best quarter of the country is green ▲ and the worst red ▼. Indicators without a direction, such as most costs, are not coloured. The indicator type is the handbook&apos;s: structure, process or outcome.</source>
        <translation>The direction decides the colours: with &quot;higher is better&quot; the best quarter of the country is green ▲ and the worst red ▼. Indicators without a direction, such as most costs, are not coloured. The indicator type is the handbook&apos;s: structure, process or outcome.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>No area</translation>
    </message>
    <message>
        <source>Showing %1 of %2 indicators</source>
        <translation>Showing %1 of %2 indicators</translation>
    </message>
    <message>
        <source>No indicator chosen</source>
        <translation>No indicator chosen</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>Women and men</translation>
    </message>
    <message>
        <source>Total only</source>
        <translation>Total only</translation>
    </message>
</context>
<context>
    <name>jamfor::IndicatorTableModel</name>
    <message>
        <source>No area</source>
        <translation>No area</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
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
        <source>Colours compare each value with all the country&apos;s municipalities: ▲ green = best quarter, yellow = middle half, ▼ red = worst quarter, grey = no value (– missing, . not applicable, .. confidential). Indicators without a better direction, such as costs, are not coloured.</source>
        <translation>Colours compare each value with all the country&apos;s municipalities: ▲ green = best quarter, yellow = middle half, ▼ red = worst quarter, grey = no value (– missing, . not applicable, .. confidential). Indicators without a better direction, such as costs, are not coloured.</translation>
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
        <source>&lt;b&gt;Jämför&lt;/b&gt; %1&lt;p&gt;Compare your municipality&apos;s results with your network and the country, and work through the five steps of the handbook for Öppna jämförelser.&lt;/p&gt;&lt;p&gt;Figures from Kolada are credited &quot;Källa: Kolada&quot;.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Jämför&lt;/b&gt; %1&lt;p&gt;Compare your municipality&apos;s results with your network and the country, and work through the five steps of the handbook for Öppna jämförelser.&lt;/p&gt;&lt;p&gt;Figures from Kolada are credited &quot;Källa: Kolada&quot;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <source>&amp;Comparison table</source>
        <translation>&amp;Comparison table</translation>
    </message>
</context>
<context>
    <name>jamfor::MemberTableModel</name>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Municipality code %1</source>
        <translation>Municipality code %1</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Takes part in</source>
        <translation>Takes part in</translation>
    </message>
</context>
<context>
    <name>jamfor::MunicipalityTableModel</name>
    <message>
        <source>%1 is already a member of the network</source>
        <translation>%1 is already a member of the network</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
</context>
<context>
    <name>jamfor::NetworkEditor</name>
    <message>
        <source>&amp;Networks</source>
        <translation>&amp;Networks</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>New network</translation>
    </message>
    <message>
        <source>Delete network</source>
        <translation>Delete network</translation>
    </message>
    <message>
        <source>The file has no network yet. Click &lt;b&gt;New network&lt;/b&gt; to create one, then add its member municipalities.</source>
        <translation>The file has no network yet. Click &lt;b&gt;New network&lt;/b&gt; to create one, then add its member municipalities.</translation>
    </message>
    <message>
        <source>What the network compares, and who takes part</source>
        <translation>What the network compares, and who takes part</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Uncheck the areas in which the municipality does not compare itself.</source>
        <translation>Uncheck the areas in which the municipality does not compare itself.</translation>
    </message>
    <message>
        <source>Add a municipality</source>
        <translation>Add a municipality</translation>
    </message>
    <message>
        <source>Search by name, code or county</source>
        <translation>Search by name, code or county</translation>
    </message>
    <message>
        <source>Add to the network</source>
        <translation>Add to the network</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Steering group: politicians and municipal CEOs. Project group: project leaders and the process leader. Double-click a cell to change it.</source>
        <translation>Steering group: politicians and municipal CEOs. Project group: project leaders and the process leader. Double-click a cell to change it.</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Members (%1)</translation>
    </message>
    <message>
        <source>Choose a member to see the areas it takes part in.</source>
        <translation>Choose a member to see the areas it takes part in.</translation>
    </message>
    <message>
        <source>%1 &amp;takes part in:</source>
        <translation>%1 &amp;takes part in:</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n analyses. They keep everything the group wrote but no longer belong to a network. Delete the network anyway?</source>
        <translation>
            <numerusform>%1 is used by %n analysis. It keeps everything the group wrote but no longer belongs to a network. Delete the network anyway?</numerusform>
            <numerusform>%1 is used by %n analyses. They keep everything the group wrote but no longer belong to a network. Delete the network anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>A member takes part in at least one area. To leave the network altogether, remove the member.</source>
        <translation>A member takes part in at least one area. To leave the network altogether, remove the member.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
</context>
<context>
    <name>jamfor::NewIndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>e.g. EGEN001</source>
        <translation>e.g. EGEN001</translation>
    </message>
    <message>
        <source>e.g. andel (%), kr/inv</source>
        <translation>e.g. andel (%), kr/inv</translation>
    </message>
    <message>
        <source>Own survey</source>
        <translation>Own survey</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>No area</translation>
    </message>
    <message>
        <source>Values are given for women and men</source>
        <translation>Values are given for women and men</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Unit of measure:</source>
        <translation>&amp;Unit of measure:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rection:</translation>
    </message>
    <message>
        <source>Indicator &amp;type:</source>
        <translation>Indicator &amp;type:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Give the indicator a title.</source>
        <translation>Give the indicator a title.</translation>
    </message>
</context>
<context>
    <name>jamfor::OverviewTableModel</name>
    <message>
        <source>best quarter of the country&apos;s municipalities</source>
        <translation>best quarter of the country&apos;s municipalities</translation>
    </message>
    <message>
        <source>middle half of the country&apos;s municipalities</source>
        <translation>middle half of the country&apos;s municipalities</translation>
    </message>
    <message>
        <source>worst quarter of the country&apos;s municipalities</source>
        <translation>worst quarter of the country&apos;s municipalities</translation>
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
    <name>jamfor::PersonTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>jamfor::ProfileChartView</name>
    <message>
        <source>Choose a focus municipality or a network to see a profile.</source>
        <translation>Choose a focus municipality or a network to see a profile.</translation>
    </message>
    <message>
        <source>The area has no indicators with a better direction.</source>
        <translation>The area has no indicators with a better direction.</translation>
    </message>
    <message>
        <source>Best quarter (green)</source>
        <translation>Best quarter (green)</translation>
    </message>
    <message>
        <source>Middle half (yellow)</source>
        <translation>Middle half (yellow)</translation>
    </message>
    <message>
        <source>Worst quarter (red)</source>
        <translation>Worst quarter (red)</translation>
    </message>
    <message>
        <source>No colour (fewer than 4 values)</source>
        <translation>No colour (fewer than 4 values)</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>No value</translation>
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
        <translation>No municipality has a value of this indicator for the chosen year.</translation>
    </message>
    <message>
        <source>Best quarter of the country</source>
        <translation>Best quarter of the country</translation>
    </message>
    <message>
        <source>Worst quarter of the country</source>
        <translation>Worst quarter of the country</translation>
    </message>
    <message>
        <source>%1 (focus)</source>
        <translation>%1 (focus)</translation>
    </message>
    <message>
        <source>Network members</source>
        <translation>Network members</translation>
    </message>
    <message>
        <source>Other municipalities</source>
        <translation>Other municipalities</translation>
    </message>
    <message>
        <source>%1: %2 %3, rank %4</source>
        <translation>%1: %2 %3, rank %4</translation>
    </message>
</context>
<context>
    <name>jamfor::TrendChartView</name>
    <message>
        <source>There are no values of this indicator for the network&apos;s members in these years.</source>
        <translation>There are no values of this indicator for the network&apos;s members in these years.</translation>
    </message>
    <message>
        <source>%1 (focus)</source>
        <translation>%1 (focus)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare municipalities&apos; results and work through the handbook&apos;s five steps.</source>
        <translation>Compare municipalities&apos; results and work through the handbook&apos;s five steps.</translation>
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
