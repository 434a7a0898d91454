<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>A3SummaryBuilder</name>
    <message>
        <source>Not written yet.</source>
        <translation>Not written yet.</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>rank %1 of %2</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Root causes</translation>
    </message>
    <message>
        <source>Other causes</source>
        <translation>Other causes</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A3 summary</source>
        <translation>A3 summary</translation>
    </message>
    <message>
        <source>A3 summary: %1</source>
        <translation>A3 summary: %1</translation>
    </message>
    <message>
        <source>1. Problem</source>
        <translation>1. Problem</translation>
    </message>
    <message>
        <source>2. Analysis</source>
        <translation>2. Analysis</translation>
    </message>
    <message>
        <source>3. Goal</source>
        <translation>3. Goal</translation>
    </message>
    <message>
        <source>4. Actions</source>
        <translation>4. Actions</translation>
    </message>
    <message>
        <source>5. Follow-up</source>
        <translation>5. Follow-up</translation>
    </message>
</context>
<context>
    <name>AnalysisReportBuilder</name>
    <message>
        <source>(root cause)</source>
        <translation>(root cause)</translation>
    </message>
    <message>
        <source>Causes (fishbone)</source>
        <translation>Causes (fishbone)</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Five whys</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Other sources</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Focus municipality</source>
        <translation>Focus municipality</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>completed %1</translation>
    </message>
    <message>
        <source>in progress, step %1 of 5</source>
        <translation>in progress, step %1 of 5</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The file has no values to draw for %1.</source>
        <translation>The file has no values to draw for %1.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Improvement proposals</source>
        <translation>Improvement proposals</translation>
    </message>
    <message>
        <source>The group has not written any proposal yet.</source>
        <translation>The group has not written any proposal yet.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (chosen)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Ongoing work</source>
        <translation>Ongoing work</translation>
    </message>
    <message>
        <source>Suggested actions</source>
        <translation>Suggested actions</translation>
    </message>
    <message>
        <source>Inspiration</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Expected effect</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>No targets are set yet.</source>
        <translation>No targets are set yet.</translation>
    </message>
    <message>
        <source>Notes from follow-up meetings</source>
        <translation>Notes from follow-up meetings</translation>
    </message>
    <message>
        <source>Analysis report</source>
        <translation>Analysis report</translation>
    </message>
    <message>
        <source>Analysis report: %1</source>
        <translation>Analysis report: %1</translation>
    </message>
    <message>
        <source>Prioritised indicators</source>
        <translation>Prioritised indicators</translation>
    </message>
    <message>
        <source>No indicator has been taken forward yet.</source>
        <translation>No indicator has been taken forward yet.</translation>
    </message>
    <message>
        <source>Causes that concern the whole analysis</source>
        <translation>Causes that concern the whole analysis</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>The action plan is empty.</source>
        <translation>The action plan is empty.</translation>
    </message>
    <message>
        <source>Prioritised indicators %1</source>
        <translation>Prioritised indicators %1</translation>
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
        <source>too few values</source>
        <translation>too few values</translation>
    </message>
    <message>
        <source>Compared with: %1. %2</source>
        <translation>Compared with: %1. %2</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>If not met</source>
        <translation>If not met</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Starting value</source>
        <translation>Starting value</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>structure</translation>
    </message>
    <message>
        <source>process</source>
        <translation>process</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
</context>
<context>
    <name>AnalysisReportData</name>
    <message>
        <source>%1: there is no analysis with the id %2</source>
        <translation>%1: there is no analysis with the id %2</translation>
    </message>
    <message>
        <source>The analysis &quot;%1&quot; has no year yet; choose one in step 1 first.</source>
        <translation>The analysis &quot;%1&quot; has no year yet; choose one in step 1 first.</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
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
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
    <message>
        <source>There is no kommungrupp &quot;%1&quot;; SKR&apos;s groups are A1, A2, B3, B4, B5, C6, C7, C8 and C9.</source>
        <translation>There is no kommungrupp &quot;%1&quot;; SKR&apos;s groups are A1, A2, B3, B4, B5, C6, C7, C8 and C9.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 a group&apos;s name, %2 the focus municipality added to it</extracomment>
        <translation>%1 and %2</translation>
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
    <name>CompilationBuilder</name>
    <message>
        <source>%1: there is no area &quot;%2&quot;</source>
        <translation>%1: there is no area &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 per year</translation>
    </message>
    <message>
        <source>%1 of %2 municipalities have a value. Bar colours: ▲ best quarter, ▼ worst quarter of all municipalities.</source>
        <translation>%1 of %2 municipalities have a value. Bar colours: ▲ best quarter, ▼ worst quarter of all municipalities.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <source>Median, quartiles</source>
        <translation>Median, quartiles</translation>
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
        <translation>Municipality</translation>
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
        <source>Change since %1</source>
        <translation>Change since %1</translation>
    </message>
    <message>
        <source>Trend %1–%2</source>
        <translation>Trend %1–%2</translation>
    </message>
    <message>
        <source>%1: the area &quot;%2&quot; has no indicators</source>
        <translation>%1: the area &quot;%2&quot; has no indicators</translation>
    </message>
    <message>
        <source>%1: there is no network &quot;%2&quot;</source>
        <translation>%1: there is no network &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Network report: %1, %2 %3</source>
        <translation>Network report: %1, %2 %3</translation>
    </message>
    <message>
        <source>County report: %1, %2 %3</source>
        <translation>County report: %1, %2 %3</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>No values in %1 for: %2.</source>
        <translation>No values in %1 for: %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>There are no values to compile for %1.</source>
        <translation>There are no values to compile for %1.</translation>
    </message>
    <message>
        <source>Members × indicators</source>
        <translation>Members × indicators</translation>
    </message>
    <message>
        <source>Members × indicators (%1 of %2)</source>
        <translation>Members × indicators (%1 of %2)</translation>
    </message>
</context>
<context>
    <name>ConnectionHardening</name>
    <message>
        <source>Database error: the connection is not an open SQLite database</source>
        <translation>Database error: the connection is not an open SQLite database</translation>
    </message>
    <message>
        <source>Database error: SQLite refused a safety setting (%1)</source>
        <translation>Database error: SQLite refused a safety setting (%1)</translation>
    </message>
    <message>
        <source>Jämför cannot open database files on this computer: Qt&apos;s SQLite driver uses another SQLite library (%1) than Jämför itself (%2). Install Jämför and Qt&apos;s SQLite driver (libqt6sql6-sqlite) from the same source, so that both use the system&apos;s libsqlite3.</source>
        <translation>Jämför cannot open database files on this computer: Qt&apos;s SQLite driver uses another SQLite library (%1) than Jämför itself (%2). Install Jämför and Qt&apos;s SQLite driver (libqt6sql6-sqlite) from the same source, so that both use the system&apos;s libsqlite3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
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
    <message>
        <source>%1 cannot be read: you do not have permission to read it.</source>
        <translation>%1 cannot be read: you do not have permission to read it.</translation>
    </message>
    <message>
        <source>%1 is write-protected, so nothing can be saved in it.</source>
        <translation>%1 is write-protected, so nothing can be saved in it.</translation>
    </message>
    <message>
        <source>%1 is write-protected, so it was opened read-only. Nothing can be changed; use Save a copy to work on a copy.</source>
        <translation>%1 is write-protected, so it was opened read-only. Nothing can be changed; use Save a copy to work on a copy.</translation>
    </message>
    <message>
        <source>%1 is open in another Jämför program (process %2). Close it there first.</source>
        <translation>%1 is open in another Jämför program (process %2). Close it there first.</translation>
    </message>
    <message>
        <source>%1 is open in another Jämför window or program (process %2), so it was opened read-only here. Close it there and open it again to make changes.</source>
        <translation>%1 is open in another Jämför window or program (process %2), so it was opened read-only here. Close it there and open it again to make changes.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Close that program or try again later.</source>
        <translation>%1 is locked by another program that is writing to it. Close that program or try again later.</translation>
    </message>
    <message>
        <source>Another program is writing to %1, so it was opened read-only. Close that program and open the file again to make changes.</source>
        <translation>Another program is writing to %1, so it was opened read-only. Close that program and open the file again to make changes.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). It is not a Jämför file, or it was cut off when it was copied or saved.</source>
        <translation>%1 is empty (0 bytes). It is not a Jämför file, or it was cut off when it was copied or saved.</translation>
    </message>
    <message>
        <source>%1 is damaged: it ends inside its header (%2 bytes).</source>
        <translation>%1 is damaged: it ends inside its header (%2 bytes).</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut off (%2 bytes of %3). Open a backup copy instead.</source>
        <translation>%1 is damaged: it is cut off (%2 bytes of %3). Open a backup copy instead.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Open a backup copy instead.</source>
        <translation>%1 is damaged (%2). Open a backup copy instead.</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check that the folder exists and that you may read and write there.</source>
        <translation>Could not open %1: %2. Check that the folder exists and that you may read and write there.</translation>
    </message>
    <message>
        <source>Could not read %1: %2 (a disk or network error).</source>
        <translation>Could not read %1: %2 (a disk or network error).</translation>
    </message>
    <message>
        <source>%1 was not updated to the new file format because no backup copy could be written to %2: %3</source>
        <translation>%1 was not updated to the new file format because no backup copy could be written to %2: %3</translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2): Jämför saves it with a rollback journal instead of WAL and keeps it to itself while it is open.</source>
        <translation>%1 is on a network drive (%2): Jämför saves it with a rollback journal instead of WAL and keeps it to itself while it is open.</translation>
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
        <source>%1: this is an HTML web page, not an Excel workbook, although the name ends in .xlsx (a page saved from a web browser or an error page from a download?)</source>
        <translation>%1: this is an HTML web page, not an Excel workbook, although the name ends in .xlsx (a page saved from a web browser or an error page from a download?)</translation>
    </message>
    <message>
        <source>%1: this is an HTML web page, not a table</source>
        <translation>%1: this is an HTML web page, not a table</translation>
    </message>
    <message>
        <source>%1: this is an OpenDocument file but not a spreadsheet (%2); save the table from LibreOffice Calc as .ods, .xlsx or CSV</source>
        <translation>%1: this is an OpenDocument file but not a spreadsheet (%2); save the table from LibreOffice Calc as .ods, .xlsx or CSV</translation>
    </message>
    <message>
        <source>%1: this is a binary file, not text (byte %2 is a NUL byte); expected CSV, XLSX, ODS or Kolada JSON</source>
        <translation>%1: this is a binary file, not text (byte %2 is a NUL byte); expected CSV, XLSX, ODS or Kolada JSON</translation>
    </message>
    <message>
        <source>%1: this is a binary file, not text (%2 control characters in the first %3 bytes); expected CSV, XLSX, ODS or Kolada JSON</source>
        <translation>%1: this is a binary file, not text (%2 control characters in the first %3 bytes); expected CSV, XLSX, ODS or Kolada JSON</translation>
    </message>
    <message>
        <source>%1: this is an XML document; expected CSV, XLSX, ODS or Kolada JSON</source>
        <translation>%1: this is an XML document; expected CSV, XLSX, ODS or Kolada JSON</translation>
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
    <name>ImportLabels</name>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>Kolada values (JSON)</source>
        <translation>Kolada values (JSON)</translation>
    </message>
    <message>
        <source>Kolada indicator descriptions (JSON)</source>
        <translation>Kolada indicator descriptions (JSON)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <source>%1 indicator descriptions: %2 new, %3 updated (batch %4)</source>
        <translation>%1 indicator descriptions: %2 new, %3 updated (batch %4)</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 unchanged, %4 replaced, %5 kept (batch %6)</source>
        <translation>%1 rows: %2 new, %3 unchanged, %4 replaced, %5 kept (batch %6)</translation>
    </message>
    <message>
        <source>; %1 new indicators</source>
        <translation>; %1 new indicators</translation>
    </message>
    <message>
        <source>Kolada municipality groups (JSON)</source>
        <translation>Kolada municipality groups (JSON)</translation>
    </message>
    <message>
        <source>%1 municipality groups: %2 new, %3 updated. They can be chosen as comparison groups, or made into a network in the Networks tab.</source>
        <translation>%1 municipality groups: %2 new, %3 updated. They can be chosen as comparison groups, or made into a network in the Networks tab.</translation>
    </message>
    <message>
        <source>; %1 values removed that Kolada has withdrawn</source>
        <translation>; %1 values removed that Kolada has withdrawn</translation>
    </message>
    <message>
        <source>; %1 rows of municipality groups skipped</source>
        <translation>; %1 rows of municipality groups skipped</translation>
    </message>
    <message>
        <source>; %1 rows of single schools or homes skipped</source>
        <translation>; %1 rows of single schools or homes skipped</translation>
    </message>
    <message>
        <source>; %1 rows not asked for skipped</source>
        <translation>; %1 rows not asked for skipped</translation>
    </message>
    <message>
        <source>%1 indicators have a suggested kind and direction: check them in the Indicators tab.</source>
        <translation>%1 indicators have a suggested kind and direction: check them in the Indicators tab.</translation>
    </message>
    <message>
        <source>LibreOffice spreadsheet (ODS)</source>
        <translation>LibreOffice spreadsheet (ODS)</translation>
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
    <name>IndicatorKnowledge</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>expected id;kind;direction;unit;note, found %1 fields</source>
        <translation>expected id;kind;direction;unit;note, found %1 fields</translation>
    </message>
    <message>
        <source>the header should be id;kind;direction;unit;note</source>
        <translation>the header should be id;kind;direction;unit;note</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>the id is empty</translation>
    </message>
    <message>
        <source>the KPI %1 is listed twice</source>
        <translation>the KPI %1 is listed twice</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (cost, quality, volume or background)</source>
        <translation>unknown kind &quot;%1&quot; (cost, quality, volume or background)</translation>
    </message>
    <message>
        <source>unknown direction &quot;%1&quot; (higher, lower or none)</source>
        <translation>unknown direction &quot;%1&quot; (higher, lower or none)</translation>
    </message>
    <message>
        <source>%1: the table has no header line</source>
        <translation>%1: the table has no header line</translation>
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
    <name>JamforFileTransfer</name>
    <message>
        <source>%1 refers to the unit %2, which it does not hold.</source>
        <translation>%1 refers to the unit %2, which it does not hold.</translation>
    </message>
    <message>
        <source>%1 refers to the area %2, which it does not hold.</source>
        <translation>%1 refers to the area %2, which it does not hold.</translation>
    </message>
    <message>
        <source>%1 refers to the indicator %2, which it does not describe.</source>
        <translation>%1 refers to the indicator %2, which it does not describe.</translation>
    </message>
    <message>
        <source>%1 is described differently in %2; the description in this file is kept.</source>
        <translation>%1 is described differently in %2; the description in this file is kept.</translation>
    </message>
    <message numerus="yes">
        <source>%n more indicators are described differently; this file&apos;s descriptions are kept.</source>
        <translation>
            <numerusform>%n more indicator is described differently; this file&apos;s description is kept.</numerusform>
            <numerusform>%n more indicators are described differently; this file&apos;s descriptions are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1 (%2)</source>
        <translation>batch %1 (%2)</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>%1, %2: %3 is %4 here and %5 in the other file. Nothing was imported; choose whether to keep or replace differing values.</source>
        <translation>%1, %2: %3 is %4 here and %5 in the other file. Nothing was imported; choose whether to keep or replace differing values.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; exists in both files and differs. Nothing was imported; choose whether to keep this file&apos;s version or take the other file&apos;s.</source>
        <translation>%1: &quot;%2&quot; exists in both files and differs. Nothing was imported; choose whether to keep this file&apos;s version or take the other file&apos;s.</translation>
    </message>
    <message>
        <source>There is no analysis %1 in %2.</source>
        <translation>There is no analysis %1 in %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Jämför file.</source>
        <translation>%1 is a folder, not a Jämför file.</translation>
    </message>
    <message>
        <source>%1 is not a Jämför file (it does not start as one).</source>
        <translation>%1 is not a Jämför file (it does not start as one).</translation>
    </message>
    <message>
        <source>%1 is the file you are importing into; choose another member&apos;s file.</source>
        <translation>%1 is the file you are importing into; choose another member&apos;s file.</translation>
    </message>
    <message>
        <source>Could not copy %1 to a temporary folder to read its older format.</source>
        <translation>Could not copy %1 to a temporary folder to read its older format.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 is a folder.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
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
        <source>%1: this is Kolada&apos;s list of municipalities, not KPI data or KPI descriptions</source>
        <translation>%1: this is Kolada&apos;s list of municipalities, not KPI data or KPI descriptions</translation>
    </message>
    <message>
        <source>%1: this is a list of Kolada&apos;s KPI groups (such as %2), which hold no values; fetch a group&apos;s indicators from Kolada instead</source>
        <translation>%1: this is a list of Kolada&apos;s KPI groups (such as %2), which hold no values; fetch a group&apos;s indicators from Kolada instead</translation>
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
    <message numerus="yes">
        <source>%1: %n rows of municipality groups (such as %2) were skipped; a group&apos;s value is the mean of its members, which Jämför computes itself</source>
        <translation>
            <numerusform>%1: %n row of a municipality group (%2) was skipped; a group&apos;s value is the mean of its members, which Jämför computes itself</numerusform>
            <numerusform>%1: %n rows of municipality groups (such as %2) were skipped; a group&apos;s value is the mean of its members, which Jämför computes itself</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows of organisational units (such as %2, a school or a home) were skipped; Jämför compares municipalities</source>
        <translation>
            <numerusform>%1: %n row of an organisational unit (%2, a school or a home) was skipped; Jämför compares municipalities</numerusform>
            <numerusform>%1: %n rows of organisational units (such as %2, a school or a home) were skipped; Jämför compares municipalities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows that were not asked for (such as %2) were not stored</source>
        <translation>
            <numerusform>%1: %n row that was not asked for (%2) was not stored</numerusform>
            <numerusform>%1: %n rows that were not asked for (such as %2) were not stored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KoladaGroupReader</name>
    <message>
        <source>%1: the Kolada response has no groups</source>
        <translation>%1: the Kolada response has no groups</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>expected an object with id, title and members, found %1</source>
        <translation>expected an object with id, title and members, found %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a non-empty string, not %2</source>
        <translation>&quot;%1&quot; should be a non-empty string, not %2</translation>
    </message>
    <message>
        <source>this is one of Kolada&apos;s KPI groups, not a municipality group; fetch its indicators with Kolada › Fetch (--kpi-group %1)</source>
        <translation>this is one of Kolada&apos;s KPI groups, not a municipality group; fetch its indicators with Kolada › Fetch (--kpi-group %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kolada municipality group id (G followed by digits)</source>
        <translation>&quot;%1&quot; is not a Kolada municipality group id (G followed by digits)</translation>
    </message>
    <message>
        <source>the group %1 appears twice (also in values[%2])</source>
        <translation>the group %1 appears twice (also in values[%2])</translation>
    </message>
    <message>
        <source>&quot;members&quot; is missing</source>
        <translation>&quot;members&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;members&quot; should be a list, not %1</source>
        <translation>&quot;members&quot; should be a list, not %1</translation>
    </message>
    <message>
        <source>%1: expected an object with member_id, found %2</source>
        <translation>%1: expected an object with member_id, found %2</translation>
    </message>
    <message>
        <source>%1: &quot;member_id&quot; is missing or not a string</source>
        <translation>%1: &quot;member_id&quot; is missing or not a string</translation>
    </message>
    <message>
        <source>%1: unknown unit code &quot;%2&quot; (expected a 4-digit municipality, region or country code)</source>
        <translation>%1: unknown unit code &quot;%2&quot; (expected a 4-digit municipality, region or country code)</translation>
    </message>
    <message>
        <source>the group has no members</source>
        <translation>the group has no members</translation>
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
    <name>KoladaUrls</name>
    <message>
        <source>the Kolada address &quot;%1&quot; is not an http or https URL</source>
        <translation>the Kolada address &quot;%1&quot; is not an http or https URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kolada indicator id (such as N15419 or U21468)</source>
        <translation>&quot;%1&quot; is not a Kolada indicator id (such as N15419 or U21468)</translation>
    </message>
    <message>
        <source>unknown unit code &quot;%1&quot; (expected a 4-digit municipality, region or country code)</source>
        <translation>unknown unit code &quot;%1&quot; (expected a 4-digit municipality, region or country code)</translation>
    </message>
    <message>
        <source>the years %1–%2 are not a range between 1900 and 2200</source>
        <translation>the years %1–%2 are not a range between 1900 and 2200</translation>
    </message>
    <message>
        <source>%1 is Kolada&apos;s API v2, which Kolada closed on 31 March 2026; use https://api.kolada.se/v3 (Jämför&apos;s default) instead</source>
        <translation>%1 is Kolada&apos;s API v2, which Kolada closed on 31 March 2026; use https://api.kolada.se/v3 (Jämför&apos;s default) instead</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kolada KPI group id (such as GKPI89)</source>
        <translation>&quot;%1&quot; is not a Kolada KPI group id (such as GKPI89)</translation>
    </message>
    <message>
        <source>choose at least one indicator or a KPI group</source>
        <translation>choose at least one indicator or a KPI group</translation>
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
    <message>
        <source>%1: Kolada has no values for these indicators, units and years</source>
        <translation>%1: Kolada has no values for these indicators, units and years</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows of municipality groups (G…) were skipped; a group&apos;s value is the mean of its members, which Jämför computes itself</source>
        <translation>
            <numerusform>%1: %n row of a municipality group (G…) was skipped; a group&apos;s value is the mean of its members, which Jämför computes itself</numerusform>
            <numerusform>%1: %n rows of municipality groups (G…) were skipped; a group&apos;s value is the mean of its members, which Jämför computes itself</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows of organisational units (schools, homes) were skipped; Jämför compares municipalities</source>
        <translation>
            <numerusform>%1: %n row of an organisational unit (a school or a home) was skipped; Jämför compares municipalities</numerusform>
            <numerusform>%1: %n rows of organisational units (schools, homes) were skipped; Jämför compares municipalities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows for an indicator, unit or year that was not asked for were not stored</source>
        <translation>
            <numerusform>%1: %n row for an indicator, unit or year that was not asked for was not stored</numerusform>
            <numerusform>%1: %n rows for an indicator, unit or year that was not asked for were not stored</numerusform>
        </translation>
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
    <name>OdsReader</name>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument spreadsheet</translation>
    </message>
    <message>
        <source>this is an Excel workbook (.xlsx), not an OpenDocument spreadsheet</source>
        <translation>this is an Excel workbook (.xlsx), not an OpenDocument spreadsheet</translation>
    </message>
    <message>
        <source>this zip archive is not an OpenDocument spreadsheet (it has no content.xml)</source>
        <translation>this zip archive is not an OpenDocument spreadsheet (it has no content.xml)</translation>
    </message>
    <message>
        <source>this zip archive is not an OpenDocument spreadsheet (its mimetype is &quot;%1&quot;)</source>
        <translation>this zip archive is not an OpenDocument spreadsheet (its mimetype is &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>a text document</source>
        <translation>a text document</translation>
    </message>
    <message>
        <source>a presentation</source>
        <translation>a presentation</translation>
    </message>
    <message>
        <source>a drawing</source>
        <translation>a drawing</translation>
    </message>
    <message>
        <source>a chart</source>
        <translation>a chart</translation>
    </message>
    <message>
        <source>a formula</source>
        <translation>a formula</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>an image</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>a database</translation>
    </message>
    <message>
        <source>this OpenDocument file is not a spreadsheet (its mimetype is %1)</source>
        <translation>this OpenDocument file is not a spreadsheet (its mimetype is %1)</translation>
    </message>
    <message>
        <source>this OpenDocument file is %1, not a spreadsheet (its mimetype is %2)</source>
        <translation>this OpenDocument file is %1, not a spreadsheet (its mimetype is %2)</translation>
    </message>
    <message>
        <source>the spreadsheet is protected with a password, so its content cannot be read; open it in LibreOffice, save a copy without a password (File &gt; Save As, without &quot;Save with password&quot;) and import that copy</source>
        <translation>the spreadsheet is protected with a password, so its content cannot be read; open it in LibreOffice, save a copy without a password (File &gt; Save As, without &quot;Save with password&quot;) and import that copy</translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated (%2)</source>
        <translation>the part %1 is damaged or truncated (%2)</translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated: %2 (XML line %3)</source>
        <translation>the part %1 is damaged or truncated: %2 (XML line %3)</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets</source>
        <translation>the spreadsheet has no sheets</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheet named &quot;%1&quot;; its sheets are: %2</source>
        <translation>the spreadsheet has no sheet named &quot;%1&quot;; its sheets are: %2</translation>
    </message>
    <message>
        <source>%1: refused: the sheet repeats its cells into more than %2 cells (a zip bomb?)</source>
        <translation>%1: refused: the sheet repeats its cells into more than %2 cells (a zip bomb?)</translation>
    </message>
    <message>
        <source>%1: refused: the row&apos;s cells with content reach column %2, beyond the %3 columns a sheet may have (a zip bomb?)</source>
        <translation>%1: refused: the row&apos;s cells with content reach column %2, beyond the %3 columns a sheet may have (a zip bomb?)</translation>
    </message>
    <message>
        <source>%1: refused: the rows with content reach row %2, beyond the %3 rows a sheet may have (a zip bomb?)</source>
        <translation>%1: refused: the rows with content reach row %2, beyond the %3 rows a sheet may have (a zip bomb?)</translation>
    </message>
    <message>
        <source>%1: refused: the row holds more than %2 characters of text (a zip bomb?)</source>
        <translation>%1: refused: the row holds more than %2 characters of text (a zip bomb?)</translation>
    </message>
</context>
<context>
    <name>PresentationDeck</name>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Step %1 of %2 · %3</translation>
    </message>
    <message>
        <source>Study circle · Öppna jämförelser</source>
        <translation>Study circle · Öppna jämförelser</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Year: %1</translation>
    </message>
    <message>
        <source>Focus municipality: %1</source>
        <translation>Focus municipality: %1</translation>
    </message>
    <message>
        <source>Keys: → or space for the next slide, ← for the previous, Esc to close.</source>
        <translation>Keys: → or space for the next slide, ← for the previous, Esc to close.</translation>
    </message>
    <message>
        <source>Study circle</source>
        <translation>Study circle</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>Questions to discuss</source>
        <translation>Questions to discuss</translation>
    </message>
    <message>
        <source>Our assignment</source>
        <translation>Our assignment</translation>
    </message>
    <message>
        <source>Mandate: %1</source>
        <translation>Mandate: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Purpose: %1</translation>
    </message>
    <message>
        <source>Taking part: %1</source>
        <translation>Taking part: %1</translation>
    </message>
    <message>
        <source>Are we ready?</source>
        <translation>Are we ready?</translation>
    </message>
    <message>
        <source>Bring your own figures</source>
        <translation>Bring your own figures</translation>
    </message>
    <message>
        <source>Do you have figures of your own – a user survey, your own register or follow-up? Enter them now, and they are compared with the others on the next slides.</source>
        <translation>Do you have figures of your own – a user survey, your own register or follow-up? Enter them now, and they are compared with the others on the next slides.</translation>
    </message>
    <message>
        <source>Enter our own figures…</source>
        <translation>Enter our own figures…</translation>
    </message>
    <message>
        <source>Our results %1</source>
        <translation>Our results %1</translation>
    </message>
    <message>
        <source>The area %1 has no indicators in this file.</source>
        <translation>The area %1 has no indicators in this file.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>%1 in %2. Colour: the value&apos;s quarter among all municipalities – green ▲ the best, red ▼ the weakest, yellow in between. Rank 1 is the best.</source>
        <translation>%1 in %2. Colour: the value&apos;s quarter among all municipalities – green ▲ the best, red ▼ the weakest, yellow in between. Rank 1 is the best.</translation>
    </message>
    <message>
        <source>How do we rank?</source>
        <translation>How do we rank?</translation>
    </message>
    <message>
        <source>How has it developed?</source>
        <translation>How has it developed?</translation>
    </message>
    <message>
        <source>Possible causes (fishbone)</source>
        <translation>Possible causes (fishbone)</translation>
    </message>
    <message>
        <source>%1 (root cause)</source>
        <translation>%1 (root cause)</translation>
    </message>
    <message>
        <source>Ask why five times</source>
        <translation>Ask why five times</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Problem: what do the figures show that we want to change?</source>
        <translation>Problem: what do the figures show that we want to change?</translation>
    </message>
    <message>
        <source>Why? %1</source>
        <translation>Why? %1</translation>
    </message>
    <message>
        <source>Our proposals</source>
        <translation>Our proposals</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <source>%1 – chosen</source>
        <translation>%1 – chosen</translation>
    </message>
    <message>
        <source>Our action plan</source>
        <translation>Our action plan</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Who: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Follow-up: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Target: %1 reaches %2 in %3.</source>
        <translation>Target: %1 reaches %2 in %3.</translation>
    </message>
    <message>
        <source>The worksheet</source>
        <translation>The worksheet</translation>
    </message>
    <message>
        <source>What is to be done, and how?</source>
        <translation>What is to be done, and how?</translation>
    </message>
    <message>
        <source>Who is responsible?</source>
        <translation>Who is responsible?</translation>
    </message>
    <message>
        <source>When is it done, and how often do we follow up?</source>
        <translation>When is it done, and how often do we follow up?</translation>
    </message>
    <message>
        <source>What do we do if it is not done or has no effect?</source>
        <translation>What do we do if it is not done or has no effect?</translation>
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
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuickAnalysis</name>
    <message>
        <source>The analysis compares with network %1, which is no longer in the file.</source>
        <translation>The analysis compares with network %1, which is no longer in the file.</translation>
    </message>
    <message>
        <source>The analysis compares with saved group %1, which is no longer in the file.</source>
        <translation>The analysis compares with saved group %1, which is no longer in the file.</translation>
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
    <name>ReportCells</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>▲ best quarter</source>
        <translation>▲ best quarter</translation>
    </message>
    <message>
        <source>● middle half</source>
        <translation>● middle half</translation>
    </message>
    <message>
        <source>▼ worst quarter</source>
        <translation>▼ worst quarter</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>no colour</source>
        <translation>no colour</translation>
    </message>
</context>
<context>
    <name>ReportSource</name>
    <message>
        <source>Jämför&apos;s example data (invented values)</source>
        <translation>Jämför&apos;s example data (invented values)</translation>
    </message>
    <message>
        <source>own figures</source>
        <translation>own figures</translation>
    </message>
    <message>
        <source>Source: no stored values</source>
        <translation>Source: no stored values</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Colours compare each value with the quartiles of the compared municipalities: ▲ green at or beyond the best quartile, ● yellow in the middle half, ▼ red at or beyond the worst quartile, grey without a value. No colour for indicators without a better direction or with fewer than four values.</source>
        <translation>Colours compare each value with the quartiles of the compared municipalities: ▲ green at or beyond the best quartile, ● yellow in the middle half, ▼ red at or beyond the worst quartile, grey without a value. No colour for indicators without a better direction or with fewer than four values.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: cannot write the file (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation>%1: cannot write the PDF</translation>
    </message>
    <message>
        <source>%1: the report can be written as .pdf or .html, not .%2</source>
        <translation>%1: the report can be written as .pdf or .html, not .%2</translation>
    </message>
</context>
<context>
    <name>SchemaValidator</name>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>%1 was refused: it contains the %2 &quot;%3&quot;. Jämför files have none; one added to a file can change data or run code when the file is used.</source>
        <translation>%1 was refused: it contains the %2 &quot;%3&quot;. Jämför files have none; one added to a file can change data or run code when the file is used.</translation>
    </message>
    <message>
        <source>%1 was refused: it contains the %2 &quot;%3&quot;, which Jämför files (format %4) do not have.</source>
        <translation>%1 was refused: it contains the %2 &quot;%3&quot;, which Jämför files (format %4) do not have.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Jämför file: the %2 &quot;%3&quot; is missing.</source>
        <translation>%1 is damaged or not a Jämför file: the %2 &quot;%3&quot; is missing.</translation>
    </message>
    <message>
        <source>%1 was refused: the %2 &quot;%3&quot; differs from the one Jämför creates (file format %4).</source>
        <translation>%1 was refused: the %2 &quot;%3&quot; differs from the one Jämför creates (file format %4).</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
</context>
<context>
    <name>StepRequirements</name>
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
            <numerusform>%n point of the readiness checklist is not done yet.</numerusform>
            <numerusform>%n points of the readiness checklist are not done yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators are taken forward. The handbook advises keeping to a few (at most %1) so that the analysis can go deep.</source>
        <translation>
            <numerusform>%n indicator is taken forward. The handbook advises keeping to a few (at most %1) so that the analysis can go deep.</numerusform>
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
    <name>TableExport</name>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: cannot write the file (%2)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
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
    <message>
        <source>&quot;%1&quot; stands inside the table but names no municipality and holds no figure (notes and sources belong below the table)</source>
        <translation>&quot;%1&quot; stands inside the table but names no municipality and holds no figure (notes and sources belong below the table)</translation>
    </message>
</context>
<context>
    <name>TableMargins</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows outside the table were skipped: %2</source>
        <translation>
            <numerusform>%1: %n row outside the table was skipped: %2</numerusform>
            <numerusform>%1: %n rows outside the table were skipped: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cells, first %2 “%3”)</source>
        <translation>
            <numerusform>%1 (%n cell, first %2 “%3”)</numerusform>
            <numerusform>%1 (%n cells, first %2 “%3”)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n columns beside the table were not read: %2</source>
        <translation>
            <numerusform>%1: %n column beside the table was not read: %2</numerusform>
            <numerusform>%1: %n columns beside the table were not read: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePreview</name>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Column names</source>
        <translation>Column names</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Not read</translation>
    </message>
    <message numerus="yes">
        <source>The table: %1 to %2, %n rows with %3 values.</source>
        <translation>
            <numerusform>The table: %1 to %2, %n row with %3 values.</numerusform>
            <numerusform>The table: %1 to %2, %n rows with %3 values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped below the table: %n rows (%1).</source>
        <translation>
            <numerusform>Skipped below the table: %n row (%1).</numerusform>
            <numerusform>Skipped below the table: %n rows (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not read beside the table: %n columns (%1).</source>
        <translation>
            <numerusform>Not read beside the table: %n column (%1).</numerusform>
            <numerusform>Not read beside the table: %n columns (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview read the first %1 rows; the import reads the whole file.</source>
        <translation>The preview read the first %1 rows; the import reads the whole file.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1</source>
        <translation>The file cannot be imported as it is: %1</translation>
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
    <name>TrendChartPainter</name>
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
        <source>this zip archive is not an Excel workbook (it has no xl/workbook.xml)</source>
        <translation>this zip archive is not an Excel workbook (it has no xl/workbook.xml)</translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated: %2 (XML line %3)</source>
        <translation>the part %1 is damaged or truncated: %2 (XML line %3)</translation>
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
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated (%2)</source>
        <translation>the part %1 is damaged or truncated (%2)</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbookWriter</name>
    <message>
        <source>%1: a workbook needs at least one sheet</source>
        <translation>%1: a workbook needs at least one sheet</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook (%2)</source>
        <translation>%1: cannot write the workbook (%2)</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>not a readable %1: the zip archive is damaged or truncated (%2)</source>
        <translation>not a readable %1: the zip archive is damaged or truncated (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>refused: the part %1 unpacks to more than %2 MB (a zip bomb?)</source>
        <translation>refused: the part %1 unpacks to more than %2 MB (a zip bomb?)</translation>
    </message>
    <message>
        <source>not a readable %1: the zip directory is damaged</source>
        <translation>not a readable %1: the zip directory is damaged</translation>
    </message>
    <message>
        <source>not a readable %1: the zip directory is damaged (entry %2: %3)</source>
        <translation>not a readable %1: the zip directory is damaged (entry %2: %3)</translation>
    </message>
    <message>
        <source>refused: the part %1 would unpack to %2 MB, more than the %3 MB a part may have (a zip bomb?)</source>
        <translation>refused: the part %1 would unpack to %2 MB, more than the %3 MB a part may have (a zip bomb?)</translation>
    </message>
    <message>
        <source>refused: the part %1 would unpack from %2 MB to %3 MB (%4:1); no real spreadsheet packs that well (a zip bomb?)</source>
        <translation>refused: the part %1 would unpack from %2 MB to %3 MB (%4:1); no real spreadsheet packs that well (a zip bomb?)</translation>
    </message>
    <message>
        <source>refused: the %1 would unpack to more than %2 MB (a zip bomb?)</source>
        <translation>refused: the %1 would unpack to more than %2 MB (a zip bomb?)</translation>
    </message>
    <message>
        <source>the part %1 is missing from the %2</source>
        <translation>the part %1 is missing from the %2</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked (%2); the file is damaged</source>
        <translation>the part %1 cannot be unpacked (%2); the file is damaged</translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated (%2)</source>
        <translation>the part %1 is damaged or truncated (%2)</translation>
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
        <source>Read and check everything and list the conflicts, but import nothing.</source>
        <translation>Read and check everything and list the conflicts, but import nothing.</translation>
    </message>
    <message>
        <source>The Kolada API address (default %1; an address ending in /v2 uses API v2).</source>
        <translation>The Kolada API address (default %1; an address ending in /v2 uses API v2).</translation>
    </message>
    <message>
        <source>Give up a request after this many seconds (default 60).</source>
        <translation>Give up a request after this many seconds (default 60).</translation>
    </message>
    <message>
        <source>Try a request again this many times when Kolada is busy (429) or fails (5xx) (default 4).</source>
        <translation>Try a request again this many times when Kolada is busy (429) or fails (5xx) (default 4).</translation>
    </message>
    <message>
        <source>Seconds to wait before the first retry; doubles for each further one (default 1).</source>
        <translation>Seconds to wait before the first retry; doubles for each further one (default 1).</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds between 0 and 3600, not &quot;%2&quot;</source>
        <translation>--%1 takes a number of seconds between 0 and 3600, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--retries takes a whole number between 0 and 20, not &quot;%1&quot;</source>
        <translation>--retries takes a whole number between 0 and 20, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Downloads indicator descriptions and values from the Kolada API into a .jamfor file (created if missing). The download is stored whole, as one import with source &quot;Kolada API&quot;, or not at all.</source>
        <translation>Downloads indicator descriptions and values from the Kolada API into a .jamfor file (created if missing). The download is stored whole, as one import with source &quot;Kolada API&quot;, or not at all.</translation>
    </message>
    <message>
        <source>Kolada indicator ids, comma-separated (N15419,U21468).</source>
        <translation>Kolada indicator ids, comma-separated (N15419,U21468).</translation>
    </message>
    <message>
        <source>A year or a range of years (2015-2024).</source>
        <translation>A year or a range of years (2015-2024).</translation>
    </message>
    <message>
        <source>--years takes a year or a range such as 2015-2024, not &quot;%1&quot;</source>
        <translation>--years takes a year or a range such as 2015-2024, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 new, %4 unchanged, %5 replaced, %6 kept; %7 indicators new, %8 updated; %9 requests</source>
        <translation>%1: %2 rows, %3 new, %4 unchanged, %5 replaced, %6 kept; %7 indicators new, %8 updated; %9 requests</translation>
    </message>
    <message>
        <source>Lists the Kolada indicators whose title contains TEXT: id, then title.</source>
        <translation>Lists the Kolada indicators whose title contains TEXT: id, then title.</translation>
    </message>
    <message>
        <source>Words from the title.</source>
        <translation>Words from the title.</translation>
    </message>
    <message>
        <source>kolada search needs some words from the title</source>
        <translation>kolada search needs some words from the title</translation>
    </message>
    <message>
        <source>no Kolada indicator has &quot;%1&quot; in its title</source>
        <translation>no Kolada indicator has &quot;%1&quot; in its title</translation>
    </message>
    <message>
        <source>unknown kolada command &quot;%1&quot;
%2</source>
        <translation>unknown kolada command &quot;%1&quot;
%2</translation>
    </message>
    <message>
        <source>%1: the report has no table to export</source>
        <translation>%1: the report has no table to export</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .html, .xlsx (every table) or .csv (the first table).</source>
        <translation>The file to write: .pdf, .html, .xlsx (every table) or .csv (the first table).</translation>
    </message>
    <message>
        <source>Writes the report of an analysis for the municipal executive board, or with --a3 its one-page A3 summary.</source>
        <translation>Writes the report of an analysis for the municipal executive board, or with --a3 its one-page A3 summary.</translation>
    </message>
    <message>
        <source>The analysis id.</source>
        <translation>The analysis id.</translation>
    </message>
    <message>
        <source>The one-page A3 summary instead.</source>
        <translation>The one-page A3 summary instead.</translation>
    </message>
    <message>
        <source>report needs --db FILE --analysis ID -o OUT</source>
        <translation>report needs --db FILE --analysis ID -o OUT</translation>
    </message>
    <message>
        <source>--analysis: &quot;%1&quot; is not an analysis id (a whole number above 0)</source>
        <translation>--analysis: &quot;%1&quot; is not an analysis id (a whole number above 0)</translation>
    </message>
    <message>
        <source>Writes a compilation (länsrapport) of a network or a county for one area and year.</source>
        <translation>Writes a compilation (länsrapport) of a network or a county for one area and year.</translation>
    </message>
    <message>
        <source>The network&apos;s name.</source>
        <translation>The network&apos;s name.</translation>
    </message>
    <message>
        <source>The two-digit county code.</source>
        <translation>The two-digit county code.</translation>
    </message>
    <message>
        <source>The operating area&apos;s id.</source>
        <translation>The operating area&apos;s id.</translation>
    </message>
    <message>
        <source>compile needs --db FILE (--network NAME | --county NN) --area AREA --year YEAR -o OUT</source>
        <translation>compile needs --db FILE (--network NAME | --county NN) --area AREA --year YEAR -o OUT</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year between 1900 and 2200</source>
        <translation>--year: &quot;%1&quot; is not a year between 1900 and 2200</translation>
    </message>
    <message>
        <source>--county: &quot;%1&quot; is not a two-digit county code such as 14</source>
        <translation>--county: &quot;%1&quot; is not a two-digit county code such as 14</translation>
    </message>
    <message>
        <source>%1: %2 indicator descriptions, %3 new, %4 updated, %5 with a suggested kind and direction</source>
        <translation>%1: %2 indicator descriptions, %3 new, %4 updated, %5 with a suggested kind and direction</translation>
    </message>
    <message>
        <source>%1: %2 municipality groups, %3 new, %4 updated</source>
        <translation>%1: %2 municipality groups, %3 new, %4 updated</translation>
    </message>
    <message>
        <source>%1: %2 stored values removed (deleted in Kolada)</source>
        <translation>%1: %2 stored values removed (deleted in Kolada)</translation>
    </message>
    <message>
        <source>Lists every indicator of a .jamfor file: id, kind, direction, unit, area and title. &quot;suggested&quot; marks a kind, direction and unit that Jämför suggested from Kolada&apos;s metadata and the title and that nobody has confirmed yet.</source>
        <translation>Lists every indicator of a .jamfor file: id, kind, direction, unit, area and title. &quot;suggested&quot; marks a kind, direction and unit that Jämför suggested from Kolada&apos;s metadata and the title and that nobody has confirmed yet.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects instead of a table.</source>
        <translation>Print a JSON array of objects instead of a table.</translation>
    </message>
    <message>
        <source>indicators needs --db FILE</source>
        <translation>indicators needs --db FILE</translation>
    </message>
    <message>
        <source>A Kolada KPI group (GKPI89 Öppna jämförelser - Äldreomsorg): every indicator in it.</source>
        <translation>A Kolada KPI group (GKPI89 Öppna jämförelser - Äldreomsorg): every indicator in it.</translation>
    </message>
    <message>
        <source>Municipality, region or country codes, comma-separated (1435,1486,0000). Without it: every municipality, region and the country.</source>
        <translation>Municipality, region or country codes, comma-separated (1435,1486,0000). Without it: every municipality, region and the country.</translation>
    </message>
    <message>
        <source>kolada fetch needs --db FILE, --kpi IDS or --kpi-group ID, and --years YEARS</source>
        <translation>kolada fetch needs --db FILE, --kpi IDS or --kpi-group ID, and --years YEARS</translation>
    </message>
    <message>
        <source>--unit needs at least one code; leave it out to fetch the whole country</source>
        <translation>--unit needs at least one code; leave it out to fetch the whole country</translation>
    </message>
    <message>
        <source>%1 indicators, %2 units with values; %3 removed (deleted in Kolada); %4 indicators with a suggested kind and direction</source>
        <translation>%1 indicators, %2 units with values; %3 removed (deleted in Kolada); %4 indicators with a suggested kind and direction</translation>
    </message>
    <message>
        <source>Downloads Kolada&apos;s municipality groups whose title contains TEXT (kommungrupper, &quot;Liknande kommuner …&quot;, networks such as V9) and saves them in the .jamfor file as groups named by their title, usable as --population group:TITLE. Without --search: every group.</source>
        <translation>Downloads Kolada&apos;s municipality groups whose title contains TEXT (kommungrupper, &quot;Liknande kommuner …&quot;, networks such as V9) and saves them in the .jamfor file as groups named by their title, usable as --population group:TITLE. Without --search: every group.</translation>
    </message>
    <message>
        <source>Words from the group&apos;s title.</source>
        <translation>Words from the group&apos;s title.</translation>
    </message>
    <message>
        <source>kolada groups needs --db FILE</source>
        <translation>kolada groups needs --db FILE</translation>
    </message>
    <message>
        <source>Kolada has no group with &quot;%1&quot; in its title</source>
        <translation>Kolada has no group with &quot;%1&quot; in its title</translation>
    </message>
    <message>
        <source>%1: %2 groups, %3 new, %4 updated</source>
        <translation>%1: %2 groups, %3 new, %4 updated</translation>
    </message>
    <message>
        <source>Usage: jamfor-cli kolada fetch --db FILE (--kpi IDS|--kpi-group ID) --years YEARS
                        [--unit CODES] [--on-conflict keep|replace|fail]
                        [--base-url URL]
       jamfor-cli kolada search TEXT [--base-url URL]
       jamfor-cli kolada groups --db FILE [--search TEXT] [--base-url URL]</source>
        <translation>Usage: jamfor-cli kolada fetch --db FILE (--kpi IDS|--kpi-group ID) --years YEARS
                        [--unit CODES] [--on-conflict keep|replace|fail]
                        [--base-url URL]
       jamfor-cli kolada search TEXT [--base-url URL]
       jamfor-cli kolada groups --db FILE [--search TEXT] [--base-url URL]</translation>
    </message>
    <message>
        <source>XLSX and ODS: the sheet to read (default: the first).</source>
        <translation>XLSX and ODS: the sheet to read (default: the first).</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 unchanged, %4 replaced, %5 kept</source>
        <translation>%1: %2 new, %3 unchanged, %4 replaced, %5 kept</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>analysis</translation>
    </message>
    <message>
        <source>%1: %2 batches read, %3 brought values; %4 rows, %5 new, %6 unchanged, %7 replaced, %8 kept</source>
        <translation>%1: %2 batches read, %3 brought values; %4 rows, %5 new, %6 unchanged, %7 replaced, %8 kept</translation>
    </message>
    <message>
        <source>%1: %2 indicators and %3 areas added</source>
        <translation>%1: %2 indicators and %3 areas added</translation>
    </message>
    <message>
        <source>%1: networks</source>
        <translation>%1: networks</translation>
    </message>
    <message>
        <source>%1: groups</source>
        <translation>%1: groups</translation>
    </message>
    <message>
        <source>%1: analyses</source>
        <translation>%1: analyses</translation>
    </message>
    <message>
        <source>  %1 &quot;%2&quot; differs: changed %3 here, %4 in the file%5</source>
        <translation>  %1 &quot;%2&quot; differs: changed %3 here, %4 in the file%5</translation>
    </message>
    <message>
        <source> (theirs is newer)</source>
        <translation> (theirs is newer)</translation>
    </message>
    <message>
        <source>  %1 &quot;%2&quot; differs</source>
        <translation>  %1 &quot;%2&quot; differs</translation>
    </message>
    <message>
        <source>Writes a small .jamfor file holding one analysis, its network and group, its indicators and their values, to send to a colleague, who imports it with jamfor-cli import or Arkiv › Importera från annan Jämför-fil…</source>
        <translation>Writes a small .jamfor file holding one analysis, its network and group, its indicators and their values, to send to a colleague, who imports it with jamfor-cli import or Arkiv › Importera från annan Jämför-fil…</translation>
    </message>
    <message>
        <source>The analysis&apos;s id.</source>
        <translation>The analysis&apos;s id.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>The file to write (replaced if it exists).</translation>
    </message>
    <message>
        <source>send needs --db FILE, --analysis ID and -o OUT.jamfor</source>
        <translation>send needs --db FILE, --analysis ID and -o OUT.jamfor</translation>
    </message>
    <message>
        <source>%1: analysis %2 with %3 values of %4 indicators</source>
        <translation>%1: analysis %2 with %3 values of %4 indicators</translation>
    </message>
    <message>
        <source>Imports files into a .jamfor file (created if missing): Kolada JSON (data or KPI descriptions, API v2 or v3), CSV, XLSX and ODS tables, and another member&apos;s .jamfor file. The format is told from the content. Each file is imported whole or not at all.</source>
        <translation>Imports files into a .jamfor file (created if missing): Kolada JSON (data or KPI descriptions, API v2 or v3), CSV, XLSX and ODS tables, and another member&apos;s .jamfor file. The format is told from the content. Each file is imported whole or not at all.</translation>
    </message>
    <message>
        <source>Another .jamfor file: what to bring in besides its observations, comma-separated (an analysis always brings its network and group).</source>
        <translation>Another .jamfor file: what to bring in besides its observations, comma-separated (an analysis always brings its network and group).</translation>
    </message>
    <message>
        <source>--include takes networks, groups, analyses or all, separated by commas, not &quot;%1&quot;</source>
        <translation>--include takes networks, groups, analyses or all, separated by commas, not &quot;%1&quot;</translation>
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
        <translation>Usage: jamfor-cli COMMAND [OPTIONS]
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
Run jamfor-cli COMMAND --help for the options of a command.</translation>
    </message>
</context>
<context>
    <name>jamfor::AnalysisEditor</name>
    <message>
        <source>The new analysis could not be stored: %1</source>
        <translation>The new analysis could not be stored: %1</translation>
    </message>
    <message>
        <source>The analysis “%1” could not be stored: %2</source>
        <translation>The analysis “%1” could not be stored: %2</translation>
    </message>
</context>
<context>
    <name>jamfor::AnalysisScopeForm</name>
    <message>
        <source>For example: Elderly care in Tanum 2023</source>
        <translation>For example: Elderly care in Tanum 2023</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>C&amp;ounty:</translation>
    </message>
    <message>
        <source>&amp;Municipality group:</source>
        <translation>&amp;Municipality group:</translation>
    </message>
    <message>
        <source>Saved &amp;group:</source>
        <translation>Saved &amp;group:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Focus municipality:</source>
        <translation>&amp;Focus municipality:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>SKR&apos;s kommungrupper, revision 2023</source>
        <translation>SKR&apos;s kommungrupper, revision 2023</translation>
    </message>
    <message>
        <source>%1 (Kolada&apos;s similar municipalities)</source>
        <translation>%1 (Kolada&apos;s similar municipalities)</translation>
    </message>
</context>
<context>
    <name>jamfor::AnalysisWizard</name>
    <message>
        <source>Analysis:</source>
        <translation>Analysis:</translation>
    </message>
    <message>
        <source>New analysis…</source>
        <translation>New analysis…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No analysis yet&lt;/h3&gt;&lt;p&gt;An analysis takes a group through the five steps of the handbook for Öppna jämförelser: preparation, quick analysis and priorities, in-depth analysis, improvement proposals, and implementation and follow-up.&lt;/p&gt;&lt;p&gt;Start with &lt;b&gt;New analysis…&lt;/b&gt; and choose the network, the area, the focus municipality and the year.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No analysis yet&lt;/h3&gt;&lt;p&gt;An analysis takes a group through the five steps of the handbook for Öppna jämförelser: preparation, quick analysis and priorities, in-depth analysis, improvement proposals, and implementation and follow-up.&lt;/p&gt;&lt;p&gt;Start with &lt;b&gt;New analysis…&lt;/b&gt; and choose the network, the area, the focus municipality and the year.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Analysis %1</source>
        <translation>Analysis %1</translation>
    </message>
    <message>
        <source>%1 (completed)</source>
        <translation>%1 (completed)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · compared with %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · compared with %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;The analysis is completed&lt;/b&gt; (%1). Follow up the targets when new figures are published.</source>
        <translation>&lt;b&gt;The analysis is completed&lt;/b&gt; (%1). Follow up the targets when new figures are published.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you move on:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Before you move on:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The step has what it needs.&lt;/b&gt; Complete the analysis when the plan is agreed.</source>
        <translation>&lt;b&gt;The step has what it needs.&lt;/b&gt; Complete the analysis when the plan is agreed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The step has what it needs.&lt;/b&gt; You can move on.</source>
        <translation>&lt;b&gt;The step has what it needs.&lt;/b&gt; You can move on.</translation>
    </message>
    <message>
        <source>Think about:</source>
        <translation>Think about:</translation>
    </message>
    <message>
        <source>Reopen the analysis</source>
        <translation>Reopen the analysis</translation>
    </message>
    <message>
        <source>Complete the analysis</source>
        <translation>Complete the analysis</translation>
    </message>
    <message>
        <source>Next: %1 →</source>
        <translation>Next: %1 →</translation>
    </message>
    <message>
        <source>Delete analysis</source>
        <translation>Delete analysis</translation>
    </message>
    <message>
        <source>Delete the analysis “%1” and everything the group recorded in it? This cannot be undone.</source>
        <translation>Delete the analysis “%1” and everything the group recorded in it? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>jamfor::CauseAnalysisWidget</name>
    <message>
        <source>Fishbone: possible causes by category</source>
        <translation>Fishbone: possible causes by category</translation>
    </message>
    <message>
        <source>Write every cause the group can think of under its category. Tick the causes you believe are root causes.</source>
        <translation>Write every cause the group can think of under its category. Tick the causes you believe are root causes.</translation>
    </message>
    <message>
        <source>New cause</source>
        <translation>New cause</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Five whys</translation>
    </message>
    <message>
        <source>The problem, as the figures show it</source>
        <translation>The problem, as the figures show it</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Why does the problem occur?</source>
        <translation>Why does the problem occur?</translation>
    </message>
    <message>
        <source>Why is that so?</source>
        <translation>Why is that so?</translation>
    </message>
    <message>
        <source>Why? (%1)</source>
        <translation>Why? (%1)</translation>
    </message>
    <message>
        <source>Tick when the group believes this is a root cause.</source>
        <translation>Tick when the group believes this is a root cause.</translation>
    </message>
    <message>
        <source>Add cause “%1”</source>
        <translation>Add cause “%1”</translation>
    </message>
    <message>
        <source>Remove cause “%1”</source>
        <translation>Remove cause “%1”</translation>
    </message>
    <message>
        <source>Mark root cause</source>
        <translation>Mark root cause</translation>
    </message>
    <message>
        <source>Unmark root cause</source>
        <translation>Unmark root cause</translation>
    </message>
    <message>
        <source>Edit the five whys</source>
        <translation>Edit the five whys</translation>
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
    <message>
        <source>Find municipality…</source>
        <translation>Find municipality…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Saves the table as an Excel workbook (XLSX) or a CSV file.</source>
        <translation>Saves the table as an Excel workbook (XLSX) or a CSV file.</translation>
    </message>
    <message>
        <source>Export the comparison table</source>
        <translation>Export the comparison table</translation>
    </message>
    <message>
        <source>Comparison %1.xlsx</source>
        <translation>Comparison %1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <source>The kommungrupp: %1</source>
        <translation>The kommungrupp: %1</translation>
    </message>
    <message>
        <source>The group: %1</source>
        <translation>The group: %1</translation>
    </message>
</context>
<context>
    <name>jamfor::ConflictDialog</name>
    <message>
        <source>Values that differ</source>
        <translation>Values that differ</translation>
    </message>
    <message>
        <source>Values in %1 differ from the values already stored for the same indicator, municipality, year and gender: %2 in all.</source>
        <translation>Values in %1 differ from the values already stored for the same indicator, municipality, year and gender: %2 in all.</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>The first %1 are listed.</translation>
    </message>
    <message>
        <source>Choose which values to keep. All other rows are imported either way.</source>
        <translation>Choose which values to keep. All other rows are imported either way.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>&amp;Keep current values</source>
        <translation>&amp;Keep current values</translation>
    </message>
    <message>
        <source>&amp;Replace with new values</source>
        <translation>&amp;Replace with new values</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
</context>
<context>
    <name>jamfor::ContextBar</name>
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
        <source>&amp;Focus municipality:</source>
        <translation>&amp;Focus municipality:</translation>
    </message>
    <message>
        <source>The municipality the charts and the analysis look at first.</source>
        <translation>The municipality the charts and the analysis look at first.</translation>
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
    <name>jamfor::DeepAnalysisPage</name>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Similar municipalities</source>
        <translation>Similar municipalities</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <source>Other sources and conclusion</source>
        <translation>Other sources and conclusion</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Trend over the years</source>
        <translation>Trend over the years</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>Women and men</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Cost indicator:</source>
        <translation>Cost indicator:</translation>
    </message>
    <message>
        <source>Choose cost indicator</source>
        <translation>Choose cost indicator</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
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
        <source>Choose similar municipalities</source>
        <translation>Choose similar municipalities</translation>
    </message>
    <message>
        <source>What other sources say</source>
        <translation>What other sources say</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>What it says</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Add source</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Remove source</translation>
    </message>
    <message>
        <source>Edit source note</source>
        <translation>Edit source note</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>What does the group conclude about the causes of this result?</source>
        <translation>What does the group conclude about the causes of this result?</translation>
    </message>
    <message>
        <source>Edit conclusion</source>
        <translation>Edit conclusion</translation>
    </message>
    <message>
        <source>Cost and quality</source>
        <translation>Cost and quality</translation>
    </message>
    <message>
        <source>Take at least one indicator forward in step 2.</source>
        <translation>Take at least one indicator forward in step 2.</translation>
    </message>
    <message>
        <source>%1, %2: women and men</source>
        <translation>%1, %2: women and men</translation>
    </message>
    <message>
        <source>The file has no background figures for %1 in %2, so no similar municipalities can be suggested. Import background indicators (population, tax base, …).</source>
        <translation>The file has no background figures for %1 in %2, so no similar municipalities can be suggested. Import background indicators (population, tax base, …).</translation>
    </message>
    <message>
        <source>The %1 municipalities most like %2 in %3 by: %4. Tick the ones you compare yourselves with.</source>
        <translation>The %1 municipalities most like %2 in %3 by: %4. Tick the ones you compare yourselves with.</translation>
    </message>
    <message>
        <source>%1 (distance %2)</source>
        <translation>%1 (distance %2)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Value %1</translation>
    </message>
    <message>
        <source>Rank among these</source>
        <translation>Rank among these</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>No value</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>New source</translation>
    </message>
    <message>
        <source>Add source note</source>
        <translation>Add source note</translation>
    </message>
    <message>
        <source>Remove source note</source>
        <translation>Remove source note</translation>
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
    <message>
        <source>Made from the group %1.</source>
        <translation>Made from the group %1.</translation>
    </message>
    <message>
        <source>Create network %1 from a group</source>
        <translation>Create network %1 from a group</translation>
    </message>
    <message>
        <source>Confirm the suggestion for %1</source>
        <translation>Confirm the suggestion for %1</translation>
    </message>
    <message numerus="yes">
        <source>Confirm the suggestions for %n indicators</source>
        <translation>
            <numerusform>Confirm the suggestion for %n indicator</numerusform>
            <numerusform>Confirm the suggestions for %n indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jamfor::Enum</name>
    <message>
        <source>No colour</source>
        <translation>No colour</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>No value</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
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
        <source>No better direction</source>
        <translation>No better direction</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
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
        <source>Not set</source>
        <translation>Not set</translation>
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
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>jamfor::ExchangeMenu</name>
    <message>
        <source>Import from &amp;another Jämför file…</source>
        <translation>Import from &amp;another Jämför file…</translation>
    </message>
    <message>
        <source>Bring in another member&apos;s values and, if you like, networks, groups and analyses.</source>
        <translation>Bring in another member&apos;s values and, if you like, networks, groups and analyses.</translation>
    </message>
    <message>
        <source>S&amp;end analysis…</source>
        <translation>S&amp;end analysis…</translation>
    </message>
    <message>
        <source>Write the open analysis and the values it uses to a small file to mail to a colleague.</source>
        <translation>Write the open analysis and the values it uses to a small file to mail to a colleague.</translation>
    </message>
    <message>
        <source>Import from another Jämför file</source>
        <translation>Import from another Jämför file</translation>
    </message>
    <message>
        <source>Jämför files (*.jamfor);;All files (*)</source>
        <translation>Jämför files (*.jamfor);;All files (*)</translation>
    </message>
    <message>
        <source>Open the analysis to send first.</source>
        <translation>Open the analysis to send first.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>%1 holds the analysis with %2 values of %3 indicators. Mail it to your colleague, who brings it in with File › Import from another Jämför file…</source>
        <translation>%1 holds the analysis with %2 values of %3 indicators. Mail it to your colleague, who brings it in with File › Import from another Jämför file…</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Send analysis</source>
        <translation>Send analysis</translation>
    </message>
    <message>
        <source>Jämför files (*.jamfor)</source>
        <translation>Jämför files (*.jamfor)</translation>
    </message>
    <message>
        <source>Choose another name than the open file&apos;s.</source>
        <translation>Choose another name than the open file&apos;s.</translation>
    </message>
    <message>
        <source>The analysis was not written</source>
        <translation>The analysis was not written</translation>
    </message>
</context>
<context>
    <name>jamfor::FocusIndicatorTable</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
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
        <source>Since last year</source>
        <translation>Since last year</translation>
    </message>
    <message>
        <source>Our judgement</source>
        <translation>Our judgement</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>taken forward</source>
        <translation>taken forward</translation>
    </message>
</context>
<context>
    <name>jamfor::GenderGapWidget</name>
    <message>
        <source>No values by gender for this indicator and year.</source>
        <translation>No values by gender for this indicator and year.</translation>
    </message>
    <message>
        <source>W %1 · M %2</source>
        <translation>W %1 · M %2</translation>
    </message>
    <message>
        <source>no value by gender</source>
        <translation>no value by gender</translation>
    </message>
</context>
<context>
    <name>jamfor::GroupChooserDialog</name>
    <message>
        <source>New network from a group</source>
        <translation>New network from a group</translation>
    </message>
    <message>
        <source>The group&apos;s municipalities become the network&apos;s members. Groups come from Kolada (File › Import, or Kolada&apos;s municipality groups) or are saved by you.</source>
        <translation>The group&apos;s municipalities become the network&apos;s members. Groups come from Kolada (File › Import, or Kolada&apos;s municipality groups) or are saved by you.</translation>
    </message>
    <message>
        <source>Words from the group&apos;s name, e.g. V9 or Liknande</source>
        <translation>Words from the group&apos;s name, e.g. V9 or Liknande</translation>
    </message>
    <message>
        <source>&amp;Create network</source>
        <translation>&amp;Create network</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n members)</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jamfor::HandbookPanel</name>
    <message>
        <source>&lt;b&gt;Questions to discuss&lt;/b&gt;</source>
        <translation>&lt;b&gt;Questions to discuss&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The worksheet&lt;/b&gt;</source>
        <translation>&lt;b&gt;The worksheet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
</context>
<context>
    <name>jamfor::ImplementationPage</name>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>If not met</source>
        <translation>If not met</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>Target values</source>
        <translation>Target values</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Remove target</translation>
    </message>
    <message>
        <source>Edit target note</source>
        <translation>Edit target note</translation>
    </message>
    <message>
        <source>Follow-up against the newest values</source>
        <translation>Follow-up against the newest values</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>Start value</translation>
    </message>
    <message>
        <source>Newest value</source>
        <translation>Newest value</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>No proposal</source>
        <translation>No proposal</translation>
    </message>
    <message>
        <source>Change the action&apos;s proposal</source>
        <translation>Change the action&apos;s proposal</translation>
    </message>
    <message>
        <source>Choose date</source>
        <translation>Choose date</translation>
    </message>
    <message>
        <source>Change the action&apos;s date</source>
        <translation>Change the action&apos;s date</translation>
    </message>
    <message>
        <source>Change how often the action is followed up</source>
        <translation>Change how often the action is followed up</translation>
    </message>
    <message>
        <source>Change the action&apos;s status</source>
        <translation>Change the action&apos;s status</translation>
    </message>
    <message>
        <source>Edit what is to be done</source>
        <translation>Edit what is to be done</translation>
    </message>
    <message>
        <source>Edit how it is done</source>
        <translation>Edit how it is done</translation>
    </message>
    <message>
        <source>Edit who is responsible</source>
        <translation>Edit who is responsible</translation>
    </message>
    <message>
        <source>Edit what happens if it is not met</source>
        <translation>Edit what happens if it is not met</translation>
    </message>
    <message>
        <source>Change the target&apos;s indicator</source>
        <translation>Change the target&apos;s indicator</translation>
    </message>
    <message>
        <source>Change the target year</source>
        <translation>Change the target year</translation>
    </message>
    <message>
        <source>Change the target value</source>
        <translation>Change the target value</translation>
    </message>
    <message>
        <source>There is already a target for that indicator and year.</source>
        <translation>There is already a target for that indicator and year.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>No value</translation>
    </message>
    <message>
        <source>%1 % of the way from the start value to the target</source>
        <translation>%1 % of the way from the start value to the target</translation>
    </message>
</context>
<context>
    <name>jamfor::ImportDialog</name>
    <message>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Remove from list</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>What each import did, or why a file was refused, is shown here.</source>
        <translation>What each import did, or why a file was refused, is shown here.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Choose files to import</translation>
    </message>
    <message>
        <source>Kolada JSON</source>
        <translation>Kolada JSON</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>The sheet to import</source>
        <translation>The sheet to import</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Ready to import</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Cannot be imported</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Refused, nothing changed</source>
        <translation>Refused, nothing changed</translation>
    </message>
    <message>
        <source>Cancelled, nothing changed</source>
        <translation>Cancelled, nothing changed</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Cancel and close</source>
        <translation>Cancel and close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Add the files to import.</source>
        <translation>Add the files to import.</translation>
    </message>
    <message>
        <source>Remove the files that cannot be imported from the list to import the others.</source>
        <translation>Remove the files that cannot be imported from the list to import the others.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Listing the values of %1 that differ from stored ones: %2 rows read</source>
        <translation>Listing the values of %1 that differ from stored ones: %2 rows read</translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3): %4 rows read</source>
        <translation>Importing %1 (file %2 of %3): %4 rows read</translation>
    </message>
    <message>
        <source>Importing %1: %2 rows read</source>
        <translation>Importing %1: %2 rows read</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing in the file was changed by it.</source>
        <translation>%1 was not imported; nothing in the file was changed by it.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing from it was stored.</source>
        <translation>The import of %1 was cancelled; nothing from it was stored.</translation>
    </message>
    <message>
        <source>The files marked as imported were stored; the others were not imported.</source>
        <translation>The files marked as imported were stored; the others were not imported.</translation>
    </message>
    <message>
        <source>The files after it were not imported.</source>
        <translation>The files after it were not imported.</translation>
    </message>
    <message>
        <source>Choose one or more files. The format is recognised from the content: values or indicator descriptions from Kolada (JSON), CSV tables, Excel workbooks (XLSX) and LibreOffice spreadsheets (ODS). Each file is imported whole or not at all; the preview shows which rows of a table are taken before anything is written.</source>
        <translation>Choose one or more files. The format is recognised from the content: values or indicator descriptions from Kolada (JSON), CSV tables, Excel workbooks (XLSX) and LibreOffice spreadsheets (ODS). Each file is imported whole or not at all; the preview shows which rows of a table are taken before anything is written.</translation>
    </message>
    <message>
        <source>Kolada, CSV, Excel and LibreOffice files (*.json *.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Kolada, CSV, Excel and LibreOffice files (*.json *.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Sheet of %1</source>
        <translation>Sheet of %1</translation>
    </message>
    <message>
        <source>Choose a file in the list to see which of its rows are taken as the table.</source>
        <translation>Choose a file in the list to see which of its rows are taken as the table.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is Kolada&apos;s own format; it has no table to preview.</source>
        <translation>%1 is Kolada&apos;s own format; it has no table to preview.</translation>
    </message>
</context>
<context>
    <name>jamfor::ImportWorker</name>
    <message>
        <source>%1 is open read-only; nothing can be imported into it.</source>
        <translation>%1 is open read-only; nothing can be imported into it.</translation>
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
    <message>
        <source>How Kolada files the indicator. It helps to choose the category below.</source>
        <translation>How Kolada files the indicator. It helps to choose the category below.</translation>
    </message>
    <message>
        <source>Kolada&apos;s perspective:</source>
        <translation>Kolada&apos;s perspective:</translation>
    </message>
    <message>
        <source>Confirms the suggested kind and direction of every indicator the list shows. One step to undo.</source>
        <translation>Confirms the suggested kind and direction of every indicator the list shows. One step to undo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested:&lt;/b&gt; the kind, direction and unit above are Jämför&apos;s suggestion from Kolada&apos;s description and the title. Check them and confirm, or change them; a confirmed choice is never changed by a later import.</source>
        <translation>&lt;b&gt;Suggested:&lt;/b&gt; the kind, direction and unit above are Jämför&apos;s suggestion from Kolada&apos;s description and the title. Check them and confirm, or change them; a confirmed choice is never changed by a later import.</translation>
    </message>
    <message>
        <source>&amp;Confirm the suggestion</source>
        <translation>&amp;Confirm the suggestion</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 indicators; %n with a suggested kind and direction</source>
        <translation>
            <numerusform>Showing %1 of %2 indicators; %n with a suggested kind and direction</numerusform>
            <numerusform>Showing %1 of %2 indicators; %n with a suggested kind and direction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n suggestions</source>
        <translation>
            <numerusform>Confirm %n suggestion</numerusform>
            <numerusform>Confirm %n suggestions</numerusform>
        </translation>
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
    <message>
        <source>Suggested by Jämför from Kolada&apos;s description and the title. Confirm or change it in the pane on the right.</source>
        <translation>Suggested by Jämför from Kolada&apos;s description and the title. Confirm or change it in the pane on the right.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggested)</translation>
    </message>
</context>
<context>
    <name>jamfor::KoladaClient</name>
    <message>
        <source>%1: the download needs %2 requests, more than the limit of %3 pages; choose fewer indicators, units or years</source>
        <translation>%1: the download needs %2 requests, more than the limit of %3 pages; choose fewer indicators, units or years</translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 seconds</source>
        <translation>%1: no complete answer within %2 seconds</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3</source>
        <translation>%1: the server answered %2 %3</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3: %4</source>
        <translation>%1: the server answered %2 %3: %4</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3 to %4 tries in a row; try again later</source>
        <translation>%1: the server answered %2 %3 to %4 tries in a row; try again later</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3; trying again in %4 s (%5 of %6)</source>
        <translation>%1: the server answered %2 %3; trying again in %4 s (%5 of %6)</translation>
    </message>
    <message>
        <source>%1: the next page is %2, which was fetched already; Kolada&apos;s paging goes round in a circle, so the download stops</source>
        <translation>%1: the next page is %2, which was fetched already; Kolada&apos;s paging goes round in a circle, so the download stops</translation>
    </message>
    <message>
        <source>%1: the download needs more than %2 pages; it stops here. Choose fewer indicators, units or years</source>
        <translation>%1: the download needs more than %2 pages; it stops here. Choose fewer indicators, units or years</translation>
    </message>
    <message>
        <source>Kolada does not describe the indicator %1; check the id</source>
        <translation>Kolada does not describe the indicator %1; check the id</translation>
    </message>
    <message>
        <source>the download from Kolada was cancelled; nothing was imported</source>
        <translation>the download from Kolada was cancelled; nothing was imported</translation>
    </message>
    <message>
        <source>%1: Kolada has no KPI group %2, or the group has no indicators</source>
        <translation>%1: Kolada has no KPI group %2, or the group has no indicators</translation>
    </message>
    <message>
        <source>%1: the group&apos;s download needs %2 requests, more than the limit of %3 pages; choose fewer years</source>
        <translation>%1: the group&apos;s download needs %2 requests, more than the limit of %3 pages; choose fewer years</translation>
    </message>
</context>
<context>
    <name>jamfor::KoladaDownloadDialog</name>
    <message>
        <source>Download from Kolada</source>
        <translation>Download from Kolada</translation>
    </message>
    <message>
        <source>Downloads indicator values from Kolada (api.kolada.se) into this file. Source: Kolada. A download is stored whole or not at all.</source>
        <translation>Downloads indicator values from Kolada (api.kolada.se) into this file. Source: Kolada. A download is stored whole or not at all.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Keep the stored value</source>
        <translation>Keep the stored value</translation>
    </message>
    <message>
        <source>Take Kolada&apos;s value</source>
        <translation>Take Kolada&apos;s value</translation>
    </message>
    <message>
        <source>Stop and store nothing</source>
        <translation>Stop and store nothing</translation>
    </message>
    <message>
        <source>Kolada revises figures now and then. A value in the file that differs from Kolada&apos;s is kept, replaced, or stops the download.</source>
        <translation>Kolada revises figures now and then. A value in the file that differs from Kolada&apos;s is kept, replaced, or stops the download.</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Years:</translation>
    </message>
    <message>
        <source>When a &amp;stored value differs:</source>
        <translation>When a &amp;stored value differs:</translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation>%v of %m pages</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Download</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancel download</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Words from the title, e.g. hemtjänst</source>
        <translation>Words from the title, e.g. hemtjänst</translation>
    </message>
    <message>
        <source>&amp;Search Kolada</source>
        <translation>&amp;Search Kolada</translation>
    </message>
    <message>
        <source>Tick the indicators to download.</source>
        <translation>Tick the indicators to download.</translation>
    </message>
    <message>
        <source>e.g. N15419, U21468</source>
        <translation>e.g. N15419, U21468</translation>
    </message>
    <message>
        <source>Add the file&apos;s Kolada indicators</source>
        <translation>Add the file&apos;s Kolada indicators</translation>
    </message>
    <message>
        <source>Adds every indicator in this file whose source is Kolada, to bring them up to date.</source>
        <translation>Adds every indicator in this file whose source is Kolada, to bring them up to date.</translation>
    </message>
    <message>
        <source>&amp;Indicator ids to download:</source>
        <translation>&amp;Indicator ids to download:</translation>
    </message>
    <message>
        <source>Municipalities and regions</source>
        <translation>Municipalities and regions</translation>
    </message>
    <message>
        <source>Municipality, region or Riket</source>
        <translation>Municipality, region or Riket</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Add the members of a network…</source>
        <translation>Add the members of a network…</translation>
    </message>
    <message>
        <source>No municipality or region is called &quot;%1&quot;</source>
        <translation>No municipality or region is called &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Searching Kolada for &quot;%1&quot;…</source>
        <translation>Searching Kolada for &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>No Kolada indicator has &quot;%1&quot; in its title.</source>
        <translation>No Kolada indicator has &quot;%1&quot; in its title.</translation>
    </message>
    <message numerus="yes">
        <source>%n indicators found; tick those to download.</source>
        <translation>
            <numerusform>%n indicator found; tick it to download it.</numerusform>
            <numerusform>%n indicators found; tick those to download.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the values…</source>
        <translation>Storing the values…</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Nothing was stored: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n values from Kolada: %1 new, %2 unchanged, %3 replaced, %4 kept.</source>
        <translation>
            <numerusform>Stored %n value from Kolada: %1 new, %2 unchanged, %3 replaced, %4 kept.</numerusform>
            <numerusform>Stored %n values from Kolada: %1 new, %2 unchanged, %3 replaced, %4 kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new indicators.</source>
        <translation>
            <numerusform>%n new indicator.</numerusform>
            <numerusform>%n new indicators.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download failed; nothing was stored. %1</source>
        <translation>The download failed; nothing was stored. %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>The download was cancelled; nothing was stored.</source>
        <translation>The download was cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>The search was cancelled.</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>No group</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n indicators)</source>
        <translation>
            <numerusform>%1 (%2, %n indicator)</numerusform>
            <numerusform>%1 (%2, %n indicators)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type words from the title, e.g. Äldreomsorg. The group&apos;s indicators are fetched from Kolada with their values.</source>
        <translation>Type words from the title, e.g. Äldreomsorg. The group&apos;s indicators are fetched from Kolada with their values.</translation>
    </message>
    <message>
        <source>Or a Kolada &amp;KPI group (ÖJ, KKiK):</source>
        <translation>Or a Kolada &amp;KPI group (ÖJ, KKiK):</translation>
    </message>
    <message>
        <source>&amp;The whole country: all 290 municipalities, the 21 regions and Riket</source>
        <translation>&amp;The whole country: all 290 municipalities, the 21 regions and Riket</translation>
    </message>
    <message>
        <source>Colour classes, ranks and quartiles compare with every municipality only when every municipality&apos;s value is in the file.</source>
        <translation>Colour classes, ranks and quartiles compare with every municipality only when every municipality&apos;s value is in the file.</translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation>&amp;Only these:</translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>the KPI group %1</source>
        <translation>the KPI group %1</translation>
    </message>
    <message>
        <source>Downloading %1 for the whole country, %2–%3…</source>
        <translation>Downloading %1 for the whole country, %2–%3…</translation>
    </message>
    <message>
        <source>Downloading %1 for %2 units, %3–%4…</source>
        <translation>Downloading %1 for %2 units, %3–%4…</translation>
    </message>
    <message numerus="yes">
        <source>Values arrived for %n units.</source>
        <translation>
            <numerusform>Values arrived for %n unit.</numerusform>
            <numerusform>Values arrived for %n units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators got a suggested kind and direction; check them in the Indicators tab.</source>
        <translation>
            <numerusform>%n indicator got a suggested kind and direction; check it in the Indicators tab.</numerusform>
            <numerusform>%n indicators got a suggested kind and direction; check them in the Indicators tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values that Kolada has withdrawn were removed.</source>
        <translation>
            <numerusform>%n value that Kolada has withdrawn was removed.</numerusform>
            <numerusform>%n values that Kolada has withdrawn were removed.</numerusform>
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
        <translation>Open a file or the example network to begin.</translation>
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
    <message>
        <source>C&amp;harts</source>
        <translation>C&amp;harts</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;New file…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Type in o&amp;wn figures…</source>
        <translation>Type in o&amp;wn figures…</translation>
    </message>
    <message>
        <source>&amp;Download from Kolada…</source>
        <translation>&amp;Download from Kolada…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>New Jämför file</source>
        <translation>New Jämför file</translation>
    </message>
    <message>
        <source>Jämför files (*.jamfor)</source>
        <translation>Jämför files (*.jamfor)</translation>
    </message>
    <message>
        <source>Could not create the file</source>
        <translation>Could not create the file</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name.</source>
        <translation>%1 exists already. Choose another name.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <source>%1 (read only) – Jämför</source>
        <translation>%1 (read only) – Jämför</translation>
    </message>
    <message>
        <source>&amp;Analysis in five steps</source>
        <translation>&amp;Analysis in five steps</translation>
    </message>
    <message>
        <source>&amp;Networks</source>
        <translation>&amp;Networks</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <source>Writing the example network…</source>
        <translation>Writing the example network…</translation>
    </message>
    <message>
        <source>%1 copy %2.jamfor</source>
        <translation>%1 copy %2.jamfor</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>A copy is saved as %1.</source>
        <translation>A copy is saved as %1.</translation>
    </message>
    <message>
        <source>Could not save a copy</source>
        <translation>Could not save a copy</translation>
    </message>
    <message>
        <source>The figures are imported.</source>
        <translation>The figures are imported.</translation>
    </message>
    <message>
        <source>The file has no network yet. Create one on the Networks tab.</source>
        <translation>The file has no network yet. Create one on the Networks tab.</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Presentation for the study circle</source>
        <translation>&amp;Presentation for the study circle</translation>
    </message>
    <message>
        <source>The file was updated to the new file format; the old one is kept as %1.</source>
        <translation>The file was updated to the new file format; the old one is kept as %1.</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Choose a network, an area and a year with values first.</source>
        <translation>Choose a network, an area and a year with values first.</translation>
    </message>
    <message>
        <source>Network drive</source>
        <translation>Network drive</translation>
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
    <message>
        <source>New network from a group…</source>
        <translation>New network from a group…</translation>
    </message>
</context>
<context>
    <name>jamfor::NewAnalysisDialog</name>
    <message>
        <source>New analysis</source>
        <translation>New analysis</translation>
    </message>
    <message>
        <source>An analysis follows the five steps of the handbook for one area, one focus municipality and one year. Compare with a network, or analyse a single municipality against another comparison population.</source>
        <translation>An analysis follows the five steps of the handbook for one area, one focus municipality and one year. Compare with a network, or analyse a single municipality against another comparison population.</translation>
    </message>
    <message>
        <source>&amp;Create analysis</source>
        <translation>&amp;Create analysis</translation>
    </message>
    <message>
        <source>The file has no areas yet: import indicators first.</source>
        <translation>The file has no areas yet: import indicators first.</translation>
    </message>
    <message>
        <source>The file has no values yet: import data first.</source>
        <translation>The file has no values yet: import data first.</translation>
    </message>
    <message>
        <source>The file has no network: create one, or compare with another population.</source>
        <translation>The file has no network: create one, or compare with another population.</translation>
    </message>
    <message>
        <source>Choose the focus municipality.</source>
        <translation>Choose the focus municipality.</translation>
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
    <name>jamfor::OwnFiguresDialog</name>
    <message>
        <source>Own figures</source>
        <translation>Own figures</translation>
    </message>
    <message>
        <source>Type in figures that are not in Kolada yet, such as this year&apos;s value from your own follow-up. Add each figure to the list; Save stores the list as one import.</source>
        <translation>Type in figures that are not in Kolada yet, such as this year&apos;s value from your own follow-up. Add each figure to the list; Save stores the list as one import.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Choose a status instead of a value when there is no value</source>
        <translation>Choose a status instead of a value when there is no value</translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation>&amp;Add to list</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
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
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Remove from list</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Figures to store:</source>
        <translation>Figures to store:</translation>
    </message>
    <message>
        <source>The file has no indicators yet: import Kolada&apos;s indicator descriptions or create an indicator first.</source>
        <translation>The file has no indicators yet: import Kolada&apos;s indicator descriptions or create an indicator first.</translation>
    </message>
    <message>
        <source>Total only: the indicator is not divided by gender.</source>
        <translation>Total only: the indicator is not divided by gender.</translation>
    </message>
    <message>
        <source>Choose a municipality from the list.</source>
        <translation>Choose a municipality from the list.</translation>
    </message>
    <message>
        <source>Choose an indicator from the list.</source>
        <translation>Choose an indicator from the list.</translation>
    </message>
    <message>
        <source>Enter a value, or choose a status such as Missing.</source>
        <translation>Enter a value, or choose a status such as Missing.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it with a decimal comma, e.g. %2.</source>
        <translation>&quot;%1&quot; is not a number. Write it with a decimal comma, e.g. %2.</translation>
    </message>
    <message>
        <source>The figure for this municipality, indicator, year and gender was already in the list; it now has the new value.</source>
        <translation>The figure for this municipality, indicator, year and gender was already in the list; it now has the new value.</translation>
    </message>
    <message>
        <source>Add at least one figure to the list first.</source>
        <translation>Add at least one figure to the list first.</translation>
    </message>
    <message>
        <source>%1
Nothing was stored.</source>
        <translation>%1
Nothing was stored.</translation>
    </message>
    <message>
        <source>your figures</source>
        <translation>your figures</translation>
    </message>
    <message>
        <source>Saving was cancelled; nothing was stored.</source>
        <translation>Saving was cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>Stored: %1.</source>
        <translation>Stored: %1.</translation>
    </message>
    <message>
        <source>Figures not stored</source>
        <translation>Figures not stored</translation>
    </message>
    <message>
        <source>%1 figures in the list have not been stored. Close without storing them?</source>
        <translation>%1 figures in the list have not been stored. Close without storing them?</translation>
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
    <name>jamfor::PreparationPage</name>
    <message>
        <source>Mandate and purpose</source>
        <translation>Mandate and purpose</translation>
    </message>
    <message>
        <source>Purpose: what do you want to find out, and what should the analysis lead to?</source>
        <translation>Purpose: what do you want to find out, and what should the analysis lead to?</translation>
    </message>
    <message>
        <source>Edit purpose</source>
        <translation>Edit purpose</translation>
    </message>
    <message>
        <source>Mandate: who asked for the analysis, and who receives the result and when?</source>
        <translation>Mandate: who asked for the analysis, and who receives the result and when?</translation>
    </message>
    <message>
        <source>Edit mandate</source>
        <translation>Edit mandate</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Mandate:</source>
        <translation>Mandate:</translation>
    </message>
    <message>
        <source>Area and comparison</source>
        <translation>Area and comparison</translation>
    </message>
    <message>
        <source>Change the frame of the analysis</source>
        <translation>Change the frame of the analysis</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tick the people of the network who take part. Add others by name.</source>
        <translation>Tick the people of the network who take part. Add others by name.</translation>
    </message>
    <message>
        <source>Name of someone outside the network</source>
        <translation>Name of someone outside the network</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Time plan and meetings</source>
        <translation>Time plan and meetings</translation>
    </message>
    <message>
        <source>When do you start and finish, and when do you report?</source>
        <translation>When do you start and finish, and when do you report?</translation>
    </message>
    <message>
        <source>Edit time plan</source>
        <translation>Edit time plan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Add meeting</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Remove meeting</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Readiness checklist</translation>
    </message>
    <message>
        <source>Tick checklist point</source>
        <translation>Tick checklist point</translation>
    </message>
    <message>
        <source>Untick checklist point</source>
        <translation>Untick checklist point</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>Data check</translation>
    </message>
    <message>
        <source>Import data…</source>
        <translation>Import data…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
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
        <translation>Add participant %1</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Change meeting date</source>
        <translation>Change meeting date</translation>
    </message>
    <message>
        <source>Whole analysis</source>
        <translation>Whole analysis</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Change meeting step</source>
        <translation>Change meeting step</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Meeting %1</translation>
    </message>
    <message>
        <source>Choose an area to see which indicators have values.</source>
        <translation>Choose an area to see which indicators have values.</translation>
    </message>
    <message>
        <source>%1 of %2 indicators have a value for %3 in %4.</source>
        <translation>%1 of %2 indicators have a value for %3 in %4.</translation>
    </message>
    <message>
        <source>Import the missing values, or note why they are missing.</source>
        <translation>Import the missing values, or note why they are missing.</translation>
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
        <translation>The presentation could not be made</translation>
    </message>
    <message>
        <source>Previous slide (←)</source>
        <translation>Previous slide (←)</translation>
    </message>
    <message>
        <source>Next slide (→ or space)</source>
        <translation>Next slide (→ or space)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>End the presentation</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Slide %1 of %2</translation>
    </message>
</context>
<context>
    <name>jamfor::PriorityMatrixWidget</name>
    <message>
        <source>Effort: low → high</source>
        <translation>Effort: low → high</translation>
    </message>
    <message>
        <source>Effect: low → high</source>
        <translation>Effect: low → high</translation>
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
    <name>jamfor::ProposalsPage</name>
    <message>
        <source>Priority matrix</source>
        <translation>Priority matrix</translation>
    </message>
    <message>
        <source>Filled circle: chosen. Click a circle to open the proposal.</source>
        <translation>Filled circle: chosen. Click a circle to open the proposal.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Tick the proposals the group takes on.</source>
        <translation>Tick the proposals the group takes on.</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Choose proposal</source>
        <translation>Choose proposal</translation>
    </message>
    <message>
        <source>Leave proposal out</source>
        <translation>Leave proposal out</translation>
    </message>
    <message>
        <source>The proposal</source>
        <translation>The proposal</translation>
    </message>
    <message>
        <source>A short name for the proposal</source>
        <translation>A short name for the proposal</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Edit proposal title</source>
        <translation>Edit proposal title</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Change the proposal&apos;s indicator</source>
        <translation>Change the proposal&apos;s indicator</translation>
    </message>
    <message>
        <source>Which problem should the proposal solve?</source>
        <translation>Which problem should the proposal solve?</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>Edit problem</translation>
    </message>
    <message>
        <source>What do you want to reach, and by when?</source>
        <translation>What do you want to reach, and by when?</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <source>What is already going on that you can build on?</source>
        <translation>What is already going on that you can build on?</translation>
    </message>
    <message>
        <source>Ongoing work:</source>
        <translation>Ongoing work:</translation>
    </message>
    <message>
        <source>Edit ongoing work</source>
        <translation>Edit ongoing work</translation>
    </message>
    <message>
        <source>What could be done?</source>
        <translation>What could be done?</translation>
    </message>
    <message>
        <source>Suggested actions:</source>
        <translation>Suggested actions:</translation>
    </message>
    <message>
        <source>Edit suggested actions</source>
        <translation>Edit suggested actions</translation>
    </message>
    <message>
        <source>What do municipalities with better results do?</source>
        <translation>What do municipalities with better results do?</translation>
    </message>
    <message>
        <source>Inspiration:</source>
        <translation>Inspiration:</translation>
    </message>
    <message>
        <source>Edit inspiration</source>
        <translation>Edit inspiration</translation>
    </message>
    <message>
        <source>Doing better:</source>
        <translation>Doing better:</translation>
    </message>
    <message>
        <source>Choose municipalities to learn from</source>
        <translation>Choose municipalities to learn from</translation>
    </message>
    <message>
        <source>Expected effect:</source>
        <translation>Expected effect:</translation>
    </message>
    <message>
        <source>Effort needed:</source>
        <translation>Effort needed:</translation>
    </message>
    <message>
        <source>Rate proposal</source>
        <translation>Rate proposal</translation>
    </message>
    <message>
        <source>The group takes on this proposal</source>
        <translation>The group takes on this proposal</translation>
    </message>
    <message>
        <source>No particular indicator</source>
        <translation>No particular indicator</translation>
    </message>
    <message>
        <source>Choose the indicator to see who does better.</source>
        <translation>Choose the indicator to see who does better.</translation>
    </message>
    <message>
        <source>No municipality in the comparison does better than %1 in %2.</source>
        <translation>No municipality in the comparison does better than %1 in %2.</translation>
    </message>
    <message>
        <source>Better than %1 in %2; tick those to learn from:</source>
        <translation>Better than %1 in %2; tick those to learn from:</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Proposal %1</translation>
    </message>
    <message>
        <source>Add proposal</source>
        <translation>Add proposal</translation>
    </message>
    <message>
        <source>Remove proposal</source>
        <translation>Remove proposal</translation>
    </message>
</context>
<context>
    <name>jamfor::QuickAnalysisPage</name>
    <message>
        <source>Take
forward</source>
        <translation>Take
forward</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Change since
last year</source>
        <translation>Change since
last year</translation>
    </message>
    <message>
        <source>Women
− men</source>
        <translation>Women
− men</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Green is the best quarter of the comparison group, yellow the middle half and red the worst quarter; no colour when the indicator has no better direction.</source>
        <translation>Green is the best quarter of the comparison group, yellow the middle half and red the worst quarter; no colour when the indicator has no better direction.</translation>
    </message>
    <message>
        <source>%1 in %2 compared with %3. Judge each indicator, then tick the few you take forward to the in-depth analysis.</source>
        <translation>%1 in %2 compared with %3. Judge each indicator, then tick the few you take forward to the in-depth analysis.</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>No value</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Not divided</source>
        <translation>Not divided</translation>
    </message>
    <message>
        <source>Judge %1</source>
        <translation>Judge %1</translation>
    </message>
    <message>
        <source>%1 (indicator)</source>
        <translation>%1 (indicator)</translation>
    </message>
    <message>
        <source>Set the type of %1</source>
        <translation>Set the type of %1</translation>
    </message>
    <message>
        <source>Double-click to write a short note on the judgement.</source>
        <translation>Double-click to write a short note on the judgement.</translation>
    </message>
    <message>
        <source>Take %1 forward</source>
        <translation>Take %1 forward</translation>
    </message>
    <message>
        <source>Leave %1 out</source>
        <translation>Leave %1 out</translation>
    </message>
    <message>
        <source>Edit note on %1</source>
        <translation>Edit note on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) taken forward.</source>
        <translation>
            <numerusform>%n indicator taken forward.</numerusform>
            <numerusform>%n indicators taken forward.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is many: the handbook advises keeping to a few (at most %1) so that the analysis can go deep.</source>
        <translation>That is many: the handbook advises keeping to a few (at most %1) so that the analysis can go deep.</translation>
    </message>
    <message>
        <source>Keep to a few, at most %1.</source>
        <translation>Keep to a few, at most %1.</translation>
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
        <translation>The country&apos;s value (Riket, 0000) in the same year.</translation>
    </message>
    <message>
        <source>Riket and the mean of %1 stand beside the value.</source>
        <translation>Riket and the mean of %1 stand beside the value.</translation>
    </message>
    <message numerus="yes">
        <source>Unweighted mean of %n municipalities of %1</source>
        <translation>
            <numerusform>Unweighted mean of %n municipality of %1</numerusform>
            <numerusform>Unweighted mean of %n municipalities of %1</numerusform>
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
    <name>jamfor::ReportMenu</name>
    <message>
        <source>&amp;Analysis report…</source>
        <translation>&amp;Analysis report…</translation>
    </message>
    <message>
        <source>Analysis report.pdf</source>
        <translation>Analysis report.pdf</translation>
    </message>
    <message>
        <source>The open analysis as a report for the municipal board.</source>
        <translation>The open analysis as a report for the municipal board.</translation>
    </message>
    <message>
        <source>A&amp;3 summary of the analysis…</source>
        <translation>A&amp;3 summary of the analysis…</translation>
    </message>
    <message>
        <source>A3 summary.pdf</source>
        <translation>A3 summary.pdf</translation>
    </message>
    <message>
        <source>&amp;Network compilation…</source>
        <translation>&amp;Network compilation…</translation>
    </message>
    <message>
        <source>Network compilation.pdf</source>
        <translation>Network compilation.pdf</translation>
    </message>
    <message>
        <source>&amp;County compilation (länsrapport)…</source>
        <translation>&amp;County compilation (länsrapport)…</translation>
    </message>
    <message>
        <source>County compilation.pdf</source>
        <translation>County compilation.pdf</translation>
    </message>
    <message>
        <source>Open or create an analysis on the analysis tab first.</source>
        <translation>Open or create an analysis on the analysis tab first.</translation>
    </message>
    <message>
        <source>Choose a network, an area and a year first.</source>
        <translation>Choose a network, an area and a year first.</translation>
    </message>
    <message>
        <source>The comparison group %1 is not known.</source>
        <translation>The comparison group %1 is not known.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Web page (*.html)</translation>
    </message>
    <message>
        <source>Could not write the report</source>
        <translation>Could not write the report</translation>
    </message>
</context>
<context>
    <name>jamfor::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s language</source>
        <translation>Follow the computer&apos;s language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The network&apos;s members</source>
        <translation>The network&apos;s members</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>The focus municipality&apos;s county</source>
        <translation>The focus municipality&apos;s county</translation>
    </message>
    <message>
        <source>&amp;Compare with at first:</source>
        <translation>&amp;Compare with at first:</translation>
    </message>
    <message>
        <source>A new language is used the next time Jämför starts.</source>
        <translation>A new language is used the next time Jämför starts.</translation>
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
        <translation>Done</translation>
    </message>
    <message>
        <source>Can be worked on</source>
        <translation>Can be worked on</translation>
    </message>
    <message>
        <source>Finish the earlier steps first</source>
        <translation>Finish the earlier steps first</translation>
    </message>
</context>
<context>
    <name>jamfor::TablePreviewView</name>
    <message>
        <source>Preview of the table</source>
        <translation>Preview of the table</translation>
    </message>
    <message>
        <source>Choose a file in the list to see which of its rows are taken as the table.</source>
        <translation>Choose a file in the list to see which of its rows are taken as the table.</translation>
    </message>
    <message>
        <source>Taken as</source>
        <translation>Taken as</translation>
    </message>
</context>
<context>
    <name>jamfor::TransferDialog</name>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Saved group</source>
        <translation>Saved group</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 the same, %4 differ</source>
        <translation>%1: %2 new, %3 the same, %4 differ</translation>
    </message>
    <message>
        <source>Import from another Jämför file</source>
        <translation>Import from another Jämför file</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>From &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Bring in</source>
        <translation>Bring in</translation>
    </message>
    <message>
        <source>&amp;Values, batch by batch with their source (always)</source>
        <translation>&amp;Values, batch by batch with their source (always)</translation>
    </message>
    <message>
        <source>&amp;Networks</source>
        <translation>&amp;Networks</translation>
    </message>
    <message>
        <source>Saved &amp;groups</source>
        <translation>Saved &amp;groups</translation>
    </message>
    <message>
        <source>&amp;Analyses, with the network and group each compares within</source>
        <translation>&amp;Analyses, with the network and group each compares within</translation>
    </message>
    <message>
        <source>What differs between the files</source>
        <translation>What differs between the files</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>In this file</source>
        <translation>In this file</translation>
    </message>
    <message>
        <source>In the other file</source>
        <translation>In the other file</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>Import everything that is new; where the files differ, this file&apos;s values, networks, groups and analyses stay as they are.</source>
        <translation>Import everything that is new; where the files differ, this file&apos;s values, networks, groups and analyses stay as they are.</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>Import everything; where the files differ, the other file&apos;s version replaces this file&apos;s.</source>
        <translation>Import everything; where the files differ, the other file&apos;s version replaces this file&apos;s.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was imported.</source>
        <translation>Reading was cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>The file holds %1 values in %2 batches: %3 new, %4 the same as here, %5 differ.</source>
        <translation>The file holds %1 values in %2 batches: %3 new, %4 the same as here, %5 differ.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>Saved groups</source>
        <translation>Saved groups</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>%1 indicators are new to this file.</source>
        <translation>%1 indicators are new to this file.</translation>
    </message>
    <message>
        <source>Choose what to do where the files differ. Everything new is imported either way.</source>
        <translation>Choose what to do where the files differ. Everything new is imported either way.</translation>
    </message>
    <message>
        <source>This file already holds everything in the other file.</source>
        <translation>This file already holds everything in the other file.</translation>
    </message>
    <message>
        <source>Nothing differs: the import only adds.</source>
        <translation>Nothing differs: the import only adds.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>changed %1</translation>
    </message>
    <message>
        <source>changed %1 (newer)</source>
        <translation>changed %1 (newer)</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>exists</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>differs</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>%1: %2 new values, %3 replaced, %4 kept; %5 networks, %6 groups and %7 analyses new or replaced.</source>
        <translation>%1: %2 new values, %3 replaced, %4 kept; %5 networks, %6 groups and %7 analyses new or replaced.</translation>
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
    <name>jamfor::UserGuideDialog</name>
    <message>
        <source>User guide – Jämför</source>
        <translation>User guide – Jämför</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>The user guide is missing from this installation.</translation>
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
