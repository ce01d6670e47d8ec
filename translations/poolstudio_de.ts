<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/api/apierror.cpp" line="44"/>
        <source>The connection is not trusted, so nothing was sent: check the API URL; Pool Studio never ignores a certificate error.</source>
        <translation>Der Verbindung wird nicht vertraut, daher wurde nichts gesendet: Prüfen Sie die API-URL; Pool Studio übergeht nie einen Zertifikatsfehler.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="47"/>
        <source>The server&apos;s paging links are broken: check the API URL and any proxy in front of it.</source>
        <translation>Die Seitenlinks des Servers sind fehlerhaft: Prüfen Sie die API-URL und jeden vorgeschalteten Proxy.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="52"/>
        <source>Check the network connection and the API URL.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die API-URL.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="54"/>
        <source>The access token was refused: sign in again with a valid token.</source>
        <translation>Das Zugriffstoken wurde abgelehnt: Melden Sie sich mit einem gültigen Token erneut an.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="56"/>
        <source>The token is not allowed to do this: use a token with write scope.</source>
        <translation>Dieses Token darf das nicht: Verwenden Sie ein Token mit Schreibrechten (write scope).</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="58"/>
        <source>It no longer exists: refresh to see the current state.</source>
        <translation>Es existiert nicht mehr: Aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="60"/>
        <source>DigitalOcean rejected the values: correct them and try again.</source>
        <translation>DigitalOcean hat die Werte abgelehnt: Korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="62"/>
        <source>Too many requests: wait a moment, Pool Studio will slow down.</source>
        <translation>Zu viele Anfragen: Warten Sie einen Moment, Pool Studio wird langsamer.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="64"/>
        <source>DigitalOcean had a problem: try again in a minute.</source>
        <translation>Bei DigitalOcean ist ein Problem aufgetreten: Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="67"/>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="70"/>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="72"/>
        <source> (request id %1)</source>
        <translation> (Anfrage-ID %1)</translation>
    </message>
    <message>
        <location filename="../src/api/replyreader.cpp" line="110"/>
        <source>the server gave no explanation</source>
        <translation>der Server gab keine Erklärung</translation>
    </message>
    <message>
        <location filename="../src/api/replyreader.cpp" line="122"/>
        <source>the answer is larger than %1 MiB (%2 bytes or more); it was not read</source>
        <translation>die Antwort ist größer als %1 MiB (%2 Byte oder mehr); sie wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../src/api/replyreader.cpp" line="53"/>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../src/api/replyreader.cpp" line="59"/>
        <source>the answer names %1 twice</source>
        <translation>die Antwort nennt %1 zweimal</translation>
    </message>
    <message>
        <location filename="../src/api/replyreader.cpp" line="66"/>
        <source>the answer is not what DigitalOcean sends: %1</source>
        <translation>die Antwort ist nicht das, was DigitalOcean sendet: %1</translation>
    </message>
</context>
<context>
    <name>ApplyRunningDialog</name>
    <message>
        <location filename="../src/app/plan/ApplyRunningDialog.qml" line="12"/>
        <source>Quit anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <location filename="../src/app/plan/ApplyRunningDialog.qml" line="20"/>
        <source>An apply is still running</source>
        <translation>Ein Apply-Lauf ist noch aktiv</translation>
    </message>
    <message>
        <location filename="../src/app/plan/ApplyRunningDialog.qml" line="25"/>
        <source>What was sent goes on in DigitalOcean, but the steps not sent yet are not sent. A blue/green replace stopped now leaves both pools running and billed. The apply is journaled: the next time this context opens, it offers Resume, Roll back or Forget.</source>
        <translation>Was gesendet wurde, läuft bei DigitalOcean weiter, aber die noch nicht gesendeten Schritte werden nicht gesendet. Ein jetzt gestoppter Blue/Green-Austausch lässt beide Pools laufen und berechnet. Der Apply-Lauf ist protokolliert: Beim nächsten Öffnen dieses Kontexts werden Fortsetzen, Zurückrollen oder Verwerfen angeboten.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/ApplyRunningDialog.qml" line="43"/>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>AutoscaleEditor</name>
    <message>
        <location filename="../src/app/editor/AutoscaleEditor.qml" line="40"/>
        <source>Autoscale</source>
        <translation>Autoscaling</translation>
    </message>
    <message>
        <location filename="../src/app/editor/AutoscaleEditor.qml" line="50"/>
        <source>The autoscaler keeps between &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; nodes; %3 run now.</source>
        <translation>Der Autoscaler hält zwischen &lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt; Nodes; jetzt laufen %3.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/AutoscaleEditor.qml" line="52"/>
        <source>A fixed pool of &lt;b&gt;%1&lt;/b&gt; nodes.</source>
        <translation>Ein fester Pool mit &lt;b&gt;%1&lt;/b&gt; Nodes.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/AutoscaleEditor.qml" line="94"/>
        <source>limit %1</source>
        <translation>Grenze %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/AutoscaleEditor.qml" line="135"/>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/AutoscaleEditor.qml" line="147"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../src/app/editor/AutoscaleEditor.qml" line="156"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../src/app/editor/AutoscaleEditor.qml" line="165"/>
        <source>nodes</source>
        <translation>Nodes</translation>
    </message>
</context>
<context>
    <name>BackgroundApplyBanner</name>
    <message>
        <location filename="../src/app/plan/BackgroundApplyBanner.qml" line="47"/>
        <source>Applying in the background: %1</source>
        <translation>Wird im Hintergrund angewendet: %1</translation>
    </message>
    <message>
        <location filename="../src/app/plan/BackgroundApplyBanner.qml" line="49"/>
        <source>waiting to send the first step</source>
        <translation>wartet darauf, den ersten Schritt zu senden</translation>
    </message>
    <message>
        <location filename="../src/app/plan/BackgroundApplyBanner.qml" line="58"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/BackgroundApplyBanner.qml" line="64"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>BilledView</name>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="35"/>
        <source>Billed vs estimated</source>
        <translation>Abgerechnet vs. geschätzt</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="39"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="57"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="62"/>
        <source>Back to estimates</source>
        <translation>Zurück zu den Schätzungen</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="144"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="145"/>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="146"/>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="147"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="148"/>
        <source>What explains it</source>
        <translation>Was es erklärt</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="170"/>
        <source>%1 (gone)</source>
        <translation>%1 (weg)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="182"/>
        <source>No Kubernetes items on this invoice.</source>
        <translation>Keine Kubernetes-Posten auf dieser Rechnung.</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="194"/>
        <source>Billed %1</source>
        <translation>Abgerechnet %1</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="199"/>
        <source>Estimated %1</source>
        <translation>Geschätzt %1</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="204"/>
        <source>Difference %1</source>
        <translation>Differenz %1</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="208"/>
        <source>Estimate: recorded node counts, per second, at most 672 h a node a month, HA control plane $40.00/month.</source>
        <translation>Schätzung: aufgezeichnete Node-Anzahlen, sekundengenau, höchstens 672 h je Node und Monat, HA-Control-Plane $40.00/Monat.</translation>
    </message>
</context>
<context>
    <name>CatalogCache</name>
    <message>
        <location filename="../src/api/catalogcache.cpp" line="87"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../src/api/catalogcache.cpp" line="89"/>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <location filename="../src/api/catalogcache.cpp" line="90"/>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
</context>
<context>
    <name>ClusterAutoscalerDialog</name>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerDialog.qml" line="18"/>
        <source>Cluster autoscaler of %1</source>
        <translation>Cluster-Autoscaler von %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerDialog.qml" line="35"/>
        <source>These settings are the cluster&apos;s: they apply to every autoscaled pool of %1. Each pool keeps its own minimum and maximum.</source>
        <translation>Diese Einstellungen gehören dem Cluster: Sie gelten für jeden Pool mit Autoscaling in %1. Jeder Pool behält sein eigenes Minimum und Maximum.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerDialog.qml" line="50"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerDialog.qml" line="57"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerDialog.qml" line="62"/>
        <source>Review changes…</source>
        <translation>Änderungen prüfen…</translation>
    </message>
</context>
<context>
    <name>ClusterAutoscalerPanel</name>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="20"/>
        <source>Scale down when a node is little used</source>
        <translation>Herunterskalieren, wenn ein Node wenig genutzt wird</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="35"/>
        <source>Scale-down utilization threshold</source>
        <translation>Auslastungsschwelle für das Herunterskalieren</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="47"/>
        <source>The autoscaler will %1.</source>
        <translation>Der Autoscaler wird %1.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="53"/>
        <source>Wait before removing an unneeded node</source>
        <translation>Warten, bevor ein unnötiger Node entfernt wird</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="62"/>
        <source>10m</source>
        <translation>10m</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="65"/>
        <source>Scale-down unneeded time</source>
        <translation>Wartezeit vor dem Herunterskalieren</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="82"/>
        <source>Choosing the pool to grow (expanders)</source>
        <translation>Wahl des zu vergrößernden Pools (Expander)</translation>
    </message>
</context>
<context>
    <name>ClusterAutoscalerSummary</name>
    <message>
        <location filename="../src/app/browse/ClusterAutoscalerSummary.qml" line="33"/>
        <source>Tune…</source>
        <translation>Anpassen…</translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterAutoscalerSummary.qml" line="38"/>
        <source>Change how this cluster&apos;s autoscaler scales down and picks pools</source>
        <translation>Ändern, wie der Autoscaler dieses Clusters herunterskaliert und Pools wählt</translation>
    </message>
</context>
<context>
    <name>ClusterList</name>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="25"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="35"/>
        <source>Filter by name, region, version or tag</source>
        <translation>Nach Name, Region, Version oder Tag filtern</translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="112"/>
        <source>%1 · %2%3</source>
        <translation>%1 · %2%3</translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="113"/>
        <source> · HA</source>
        <translation> · HA</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/browse/ClusterList.qml" line="123"/>
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n Pool</numerusform>
            <numerusform>%n Pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/browse/ClusterList.qml" line="124"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Node</numerusform>
            <numerusform>%n Nodes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="148"/>
        <source>Loading clusters…</source>
        <translation>Cluster werden geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="149"/>
        <source>No cluster matches the filter</source>
        <translation>Kein Cluster passt zum Filter</translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="151"/>
        <source>The clusters could not be loaded:
the red bar above says why</source>
        <translation>Die Cluster konnten nicht geladen werden:
Die rote Leiste oben nennt den Grund</translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="152"/>
        <source>No clusters in this account</source>
        <translation>Keine Cluster in diesem Konto</translation>
    </message>
</context>
<context>
    <name>ContextSwitcher</name>
    <message>
        <location filename="../src/app/signin/ContextSwitcher.qml" line="19"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextSwitcher.qml" line="21"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextSwitcher.qml" line="22"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextSwitcher.qml" line="33"/>
        <source>Switch context, add an account or sign out</source>
        <translation>Kontext wechseln, Konto hinzufügen oder abmelden</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextSwitcher.qml" line="47"/>
        <source>⚠ Contexts read-only</source>
        <translation>⚠ Kontexte schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextPopup.qml" line="29"/>
        <source>Account not loaded yet</source>
        <translation>Konto noch nicht geladen</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextPopup.qml" line="42"/>
        <source>Set for this run only. Unset the variable to use your saved contexts at start; switching below uses their tokens now.</source>
        <translation>Nur für diesen Lauf gesetzt. Entfernen Sie die Variable, um beim Start Ihre gespeicherten Kontexte zu nutzen; ein Wechsel unten verwendet deren Tokens sofort.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextPopup.qml" line="61"/>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextPopup.qml" line="62"/>
        <source>No saved contexts yet</source>
        <translation>Noch keine gespeicherten Kontexte</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextPopup.qml" line="96"/>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextPopup.qml" line="106"/>
        <source>Sign out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextSwitcher.qml" line="98"/>
        <source>Switch anyway</source>
        <translation>Trotzdem wechseln</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignOutDialog.qml" line="19"/>
        <source>Sign out of “%1”?</source>
        <translation>Von „%1“ abmelden?</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignOutDialog.qml" line="24"/>
        <source>Its token is removed from %1 and the context is forgotten. To use it again you will need a token.</source>
        <translation>Sein Token wird aus %1 entfernt und der Kontext vergessen. Um ihn wieder zu nutzen, brauchen Sie ein Token.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignOutDialog.qml" line="30"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>ContextsFileBanner</name>
    <message>
        <location filename="../src/app/signin/ContextsFileBanner.qml" line="41"/>
        <source>Leave it if a newer Pool Studio still uses it. Moving it aside keeps it as a numbered backup beside it (earlier backups stay) and starts a new file with the contexts of this window.</source>
        <translation>Lassen Sie sie, wenn ein neueres Pool Studio sie noch nutzt. Beiseitelegen bewahrt sie als nummerierte Sicherung daneben auf (frühere Sicherungen bleiben) und beginnt eine neue Datei mit den Kontexten dieses Fensters.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextsFileBanner.qml" line="61"/>
        <source>Move aside and start fresh</source>
        <translation>Beiseitelegen und neu beginnen</translation>
    </message>
</context>
<context>
    <name>CostExports</name>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="28"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="29"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="37"/>
        <location filename="../src/app/costs/CostExports.qml" line="53"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="38"/>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="47"/>
        <source>Save table</source>
        <translation>Tabelle speichern</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="48"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="54"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>CostModel</name>
    <message>
        <location filename="../src/app/costs/costcharts.cpp" line="47"/>
        <location filename="../src/app/costs/costcharts.cpp" line="55"/>
        <source>control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <location filename="../src/app/costs/costcharts.cpp" line="131"/>
        <source>other pools</source>
        <translation>andere Pools</translation>
    </message>
    <message>
        <location filename="../src/app/costs/costcharts.cpp" line="182"/>
        <source>%1–%2 nodes, now %3: %4–%5</source>
        <translation>%1–%2 Nodes, jetzt %3: %4–%5</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/costs/costcharts.cpp" line="187"/>
        <source>%n node(s): %1</source>
        <translation>
            <numerusform>%n Node: %1</numerusform>
            <numerusform>%n Nodes: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/costs/costcharts.cpp" line="192"/>
        <source>Charts show the largest %1 of %2 clusters and %3 of %4 pools; the summary table holds every pool.</source>
        <translation>Die Diagramme zeigen die größten %1 von %2 Clustern und %3 von %4 Pools; die Übersichtstabelle enthält jeden Pool.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/costs/costcharts.cpp" line="228"/>
        <source>other (%n value(s))</source>
        <translation>
            <numerusform>andere (%n Wert)</numerusform>
            <numerusform>andere (%n Werte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostPage</name>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="162"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="168"/>
        <source>%1 a month (estimate)</source>
        <translation>%1 pro Monat (Schätzung)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="176"/>
        <source>Tag key</source>
        <translation>Tag-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="184"/>
        <source>Keep history (days)</source>
        <translation>Verlauf behalten (Tage)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="195"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="205"/>
        <source>This month so far: %1</source>
        <translation>Bisher in diesem Monat: %1</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="209"/>
        <source>Last 30 days: %1</source>
        <translation>Letzte 30 Tage: %1</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="213"/>
        <source>Billed vs estimated</source>
        <translation>Abgerechnet vs. geschätzt</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="224"/>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="275"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="288"/>
        <source>By cluster, stacked by pool</source>
        <translation>Nach Cluster, gestapelt nach Pool</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="326"/>
        <source>By tag “%1”</source>
        <translation>Nach Tag „%1“</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="391"/>
        <source>Autoscaling band of the %1 dearest pools (nodes; dot = now)</source>
        <translation>Autoscaling-Spanne der %1 teuersten Pools (Nodes; Punkt = jetzt)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="392"/>
        <source>Autoscaling band per pool (nodes; dot = now)</source>
        <translation>Autoscaling-Spanne je Pool (Nodes; Punkt = jetzt)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="470"/>
        <source>By size family</source>
        <translation>Nach Größenfamilie</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="488"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="498"/>
        <source>Over time, the %1 pools with the highest run-rate (measured history)</source>
        <translation>Im Zeitverlauf: die %1 Pools mit der höchsten laufenden Rate (gemessener Verlauf)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="499"/>
        <source>Over time per pool (measured history)</source>
        <translation>Im Zeitverlauf je Pool (gemessener Verlauf)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="508"/>
        <source>Node count</source>
        <translation>Anzahl Nodes</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="508"/>
        <source>Run-rate ($/month)</source>
        <translation>Laufende Rate ($/Monat)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="541"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="547"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="553"/>
        <source>CSV by tag</source>
        <translation>CSV nach Tag</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="566"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="566"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="566"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="566"/>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="566"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="604"/>
        <source>autoscaling %1</source>
        <translation>Autoscaling %1</translation>
    </message>
</context>
<context>
    <name>DriftPanel</name>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="36"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="43"/>
        <source>A folder of manifests (*.yaml, *.yml; subfolders are not read)</source>
        <translation>Ein Ordner mit Manifesten (*.yaml, *.yml; Unterordner werden nicht gelesen)</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="49"/>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="54"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="74"/>
        <source>Waiting for the live pools…</source>
        <translation>Warten auf die Live-Pools…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="79"/>
        <source>Show pools in sync</source>
        <translation>Synchrone Pools anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="85"/>
        <source>Apply all (%1)…</source>
        <translation>Alle anwenden (%1)…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="116"/>
        <source>Changes read live → manifest: applying the manifest makes the right side live; rewriting it from live makes the left side the manifest.</source>
        <translation>Änderungen lesen sich Live → Manifest: Das Anwenden des Manifests macht die rechte Seite live; das Neuschreiben aus Live macht die linke Seite zum Manifest.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="170"/>
        <source>(no pool name)</source>
        <translation>(kein Poolname)</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="175"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="189"/>
        <source>Create from the manifest…</source>
        <translation>Aus dem Manifest erstellen…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="190"/>
        <source>Apply the manifest…</source>
        <translation>Manifest anwenden…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="199"/>
        <source>Rewrite from live…</source>
        <translation>Aus Live neu schreiben…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="236"/>
        <source>Live in %1, described by no manifest in this folder.</source>
        <translation>Live in %1, von keinem Manifest in diesem Ordner beschrieben.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="251"/>
        <source>Every manifest matches its live pool.</source>
        <translation>Jedes Manifest entspricht seinem Live-Pool.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="252"/>
        <source>Choose a folder of manifests and press Check to compare them with the live pools.</source>
        <translation>Wählen Sie einen Ordner mit Manifesten und klicken Sie auf Prüfen, um sie mit den Live-Pools zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="278"/>
        <source>Rewrite %1 from live?</source>
        <translation>%1 aus Live neu schreiben?</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="294"/>
        <source>The manifest of pool %1 in %2 is replaced with what is live now. The other documents in the file stay as they are; comments inside this manifest are not kept.</source>
        <translation>Das Manifest von Pool %1 in %2 wird durch den aktuellen Live-Stand ersetzt. Die anderen Dokumente der Datei bleiben, wie sie sind; Kommentare in diesem Manifest bleiben nicht erhalten.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="301"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="306"/>
        <source>Rewrite %1</source>
        <translation>%1 neu schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="322"/>
        <source>Folder of manifests</source>
        <translation>Ordner mit Manifesten</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../src/api/endpoint.cpp" line="37"/>
        <source>The API URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Die API-URL &quot;%1&quot; ist keine gültige URL.</translation>
    </message>
    <message>
        <location filename="../src/api/endpoint.cpp" line="43"/>
        <source>Plain http:// is only allowed to loopback addresses; use https:// for %1.</source>
        <translation>Einfaches http:// ist nur für Loopback-Adressen erlaubt; verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <location filename="../src/api/endpoint.cpp" line="45"/>
        <source>The API URL must start with https://.</source>
        <translation>Die API-URL muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../src/app/shell/ErrorBanner.qml" line="39"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ErrorBanner.qml" line="45"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>InterruptedApplyBanner</name>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="33"/>
        <source>INTERRUPTED</source>
        <translation>UNTERBROCHEN</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="68"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="75"/>
        <source>Send what was not sent yet; what was sent is looked at first, so nothing is made twice</source>
        <translation>Sendet, was noch nicht gesendet wurde; das bereits Gesendete wird zuerst geprüft, damit nichts doppelt entsteht</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="83"/>
        <source>Roll back…</source>
        <translation>Zurückrollen…</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="92"/>
        <source>Forget…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="107"/>
        <source>Roll back the interrupted apply?</source>
        <translation>Den unterbrochenen Apply-Lauf zurückrollen?</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="116"/>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="152"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="121"/>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="142"/>
        <source>Forget the interrupted apply?</source>
        <translation>Den unterbrochenen Apply-Lauf verwerfen?</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="146"/>
        <source>The cluster is left as it is now; nothing is sent. Pools the apply created stay, and steps it did not send are not sent.</source>
        <translation>Der Cluster bleibt, wie er jetzt ist; nichts wird gesendet. Vom Apply-Lauf erstellte Pools bleiben, und nicht gesendete Schritte werden nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="157"/>
        <source>Forget</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../src/app/shell/Main.qml" line="20"/>
        <source>Pool Studio — demo</source>
        <translation>Pool Studio — Demo</translation>
    </message>
    <message>
        <location filename="../src/app/shell/Main.qml" line="22"/>
        <source>Pool Studio — %1</source>
        <translation>Pool Studio — %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/Main.qml" line="22"/>
        <location filename="../src/app/shell/Main.qml" line="198"/>
        <source>Pool Studio</source>
        <translation>Pool Studio</translation>
    </message>
    <message>
        <location filename="../src/app/shell/Main.qml" line="235"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/app/shell/Main.qml" line="235"/>
        <location filename="../src/app/shell/Main.qml" line="245"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/Main.qml" line="250"/>
        <source>Manifests</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <location filename="../src/app/shell/Main.qml" line="257"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DraftBanner.qml" line="30"/>
        <source>An unapplied edit of pool %1 was kept from your last session.</source>
        <translation>Eine nicht angewendete Bearbeitung von Pool %1 aus Ihrer letzten Sitzung wurde aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DraftBanner.qml" line="38"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/shell/Main.qml" line="283"/>
        <source>The pool or cluster of that edit no longer exists.</source>
        <translation>Der Pool oder Cluster dieser Bearbeitung existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DraftBanner.qml" line="43"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>ManifestExportTab</name>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="22"/>
        <source>Pools to export</source>
        <translation>Zu exportierende Pools</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="30"/>
        <source>This pool</source>
        <translation>Dieser Pool</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="33"/>
        <source>The pool selected in the main window</source>
        <translation>Der im Hauptfenster ausgewählte Pool</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="37"/>
        <source>This cluster</source>
        <translation>Dieser Cluster</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="42"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="47"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="88"/>
        <source>%n pool(s) chosen</source>
        <translation>
            <numerusform>%n Pool gewählt</numerusform>
            <numerusform>%n Pools gewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="99"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="107"/>
        <source>Manifest YAML</source>
        <translation>Manifest-YAML</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="108"/>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="109"/>
        <source>doctl command</source>
        <translation>doctl-Befehl</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="116"/>
        <source>Include status.outputs</source>
        <translation>status.outputs einschließen</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="121"/>
        <source>Also write the pool&apos;s and nodes&apos; ids, as they are now</source>
        <translation>Auch die aktuellen IDs des Pools und der Nodes schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="137"/>
        <source>Choose pools on the left to see them here.</source>
        <translation>Wählen Sie links Pools, um sie hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="154"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="160"/>
        <source>Save as one file…</source>
        <translation>Als eine Datei speichern…</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="166"/>
        <source>Save one file per pool…</source>
        <translation>Eine Datei je Pool speichern…</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="210"/>
        <source>Replace existing files?</source>
        <translation>Vorhandene Dateien ersetzen?</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="215"/>
        <source>These files exist and would be replaced:
%1</source>
        <translation>Diese Dateien existieren und würden ersetzt:
%1</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="220"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="225"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>ManifestImportTab</name>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="32"/>
        <source>Open files…</source>
        <translation>Dateien öffnen…</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="37"/>
        <source>Open folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="42"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="47"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="76"/>
        <source>apiVersion: digital-ocean.project-planton.org/v1
kind: DigitalOceanKubernetesNodePool
…</source>
        <translation>apiVersion: digital-ocean.project-planton.org/v1
kind: DigitalOceanKubernetesNodePool
…</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="126"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="153"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="163"/>
        <source>Delete live pools the manifests leave out</source>
        <translation>Live-Pools löschen, die die Manifeste auslassen</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="167"/>
        <source>Only in the clusters the manifests name. Off by default: a manifest of one pool leaves the others alone.</source>
        <translation>Nur in den Clustern, die die Manifeste nennen. Standardmäßig aus: Ein Manifest für einen Pool lässt die anderen in Ruhe.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="171"/>
        <source>Set counts of autoscaled pools</source>
        <translation>Anzahl bei Pools mit Autoscaling setzen</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="175"/>
        <source>Off by default: the autoscaler&apos;s choice stands.</source>
        <translation>Standardmäßig aus: Die Wahl des Autoscalers gilt.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="180"/>
        <source>Plan…</source>
        <translation>Planen…</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="190"/>
        <source>Fix the errors first</source>
        <translation>Beheben Sie zuerst die Fehler</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="198"/>
        <source>Manifests (*.yaml *.yml)</source>
        <translation>Manifeste (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="198"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ManifestPage</name>
    <message>
        <location filename="../src/app/manifests/ManifestPage.qml" line="47"/>
        <source>Manifests</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestPage.qml" line="57"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestPage.qml" line="62"/>
        <source>Import and plan</source>
        <translation>Import und Plan</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestPage.qml" line="67"/>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestPage.qml" line="74"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NodeList</name>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="22"/>
        <source>Nodes of %1</source>
        <translation>Nodes von %1</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="23"/>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeDeleteDialog.qml" line="31"/>
        <source>Replace node %1?</source>
        <translation>Node %1 ersetzen?</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeDeleteDialog.qml" line="31"/>
        <source>Delete node %1?</source>
        <translation>Node %1 löschen?</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeDeleteDialog.qml" line="43"/>
        <source>Its pods are evicted, the droplet is deleted and a new node is created.</source>
        <translation>Seine Pods werden verdrängt, das Droplet wird gelöscht und ein neuer Node erstellt.</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeDeleteDialog.qml" line="44"/>
        <source>Its pods are evicted and the droplet is deleted. The pool&apos;s count drops by one.</source>
        <translation>Seine Pods werden verdrängt und das Droplet wird gelöscht. Die Anzahl des Pools sinkt um eins.</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeDeleteDialog.qml" line="51"/>
        <source>Skip draining (pods are killed at once)</source>
        <translation>Drain überspringen (Pods werden sofort beendet)</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="94"/>
        <source> · droplet %1</source>
        <translation> · Droplet %1</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="114"/>
        <source>Replace: drain, delete, and a new node takes its place</source>
        <translation>Ersetzen: drainen, löschen, und ein neuer Node tritt an seine Stelle</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="124"/>
        <source>Delete: drain and delete; the pool shrinks by one</source>
        <translation>Löschen: drainen und löschen; der Pool schrumpft um eins</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="135"/>
        <source>This pool has no nodes yet</source>
        <translation>Dieser Pool hat noch keine Nodes</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="136"/>
        <source>Select a pool to see its nodes</source>
        <translation>Wählen Sie einen Pool, um seine Nodes zu sehen</translation>
    </message>
</context>
<context>
    <name>PageLinks</name>
    <message>
        <location filename="../src/api/pagelinks.cpp" line="34"/>
        <source>the listing has more than %1 pages; stopped there</source>
        <translation>die Liste hat mehr als %1 Seiten; dort angehalten</translation>
    </message>
    <message>
        <location filename="../src/api/pagelinks.cpp" line="41"/>
        <source>the link to the next page names no page number (%1)</source>
        <translation>der Link zur nächsten Seite nennt keine Seitennummer (%1)</translation>
    </message>
    <message>
        <location filename="../src/api/pagelinks.cpp" line="44"/>
        <source>page %1 links back to page %2 as the next one; the listing would never end</source>
        <translation>Seite %1 verweist als nächste zurück auf Seite %2; die Liste würde nie enden</translation>
    </message>
    <message>
        <location filename="../src/api/pagelinks.cpp" line="62"/>
        <source>the listing says it holds %1 items but its pages gave %2; it may have changed while it was read: refresh to read it again</source>
        <translation>die Liste gibt %1 Einträge an, ihre Seiten lieferten aber %2; sie hat sich beim Lesen vielleicht geändert: Aktualisieren Sie, um sie neu zu lesen</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="46"/>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="51"/>
        <source>Copy the plan as poolctl plan prints it</source>
        <translation>Den Plan so kopieren, wie poolctl plan ihn ausgibt</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="56"/>
        <source>Stop sending</source>
        <translation>Senden anhalten</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="60"/>
        <source>Send no further request. What was sent goes on; Resume sends the rest.</source>
        <translation>Keine weitere Anfrage senden. Bereits Gesendetes läuft weiter; Fortsetzen sendet den Rest.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="64"/>
        <source>Stop watching</source>
        <translation>Nicht mehr beobachten</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="65"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="65"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="68"/>
        <source>Close this view; the steps go on in the background</source>
        <translation>Diese Ansicht schließen; die Schritte laufen im Hintergrund weiter</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="73"/>
        <source>Delete pool</source>
        <translation>Pool löschen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="73"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="81"/>
        <source>This token cannot change anything: it has no write scope</source>
        <translation>Dieses Token kann nichts ändern: Es hat keine Schreibrechte</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="93"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="103"/>
        <source>Read-only: this token cannot apply changes. Review the plan here, or create a token with write scope and sign in again to apply it.</source>
        <translation>Schreibgeschützt: Dieses Token kann keine Änderungen anwenden. Prüfen Sie den Plan hier, oder erstellen Sie ein Token mit Schreibrechten und melden Sie sich erneut an, um ihn anzuwenden.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="126"/>
        <source>Droplet limit: %1</source>
        <translation>Droplet-Limit: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/plan/PlanDialog.qml" line="151"/>
        <source>%n step(s), in the order they run</source>
        <translation>
            <numerusform>%n Schritt, in Ausführungsreihenfolge</numerusform>
            <numerusform>%n Schritte, in Ausführungsreihenfolge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="157"/>
        <source>Show as text</source>
        <translation>Als Text anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="191"/>
        <source> (estimate)</source>
        <translation> (Schätzung)</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="221"/>
        <source>DigitalOcean drains every node before deleting it. When pods have nowhere else to go this can take a quarter of an hour or more; Pool Studio shows it happening.</source>
        <translation>DigitalOcean draint jeden Node, bevor es ihn löscht. Wenn Pods nirgendwo anders hinkönnen, kann das eine Viertelstunde oder länger dauern; Pool Studio zeigt den Fortschritt.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="233"/>
        <source>I understand that this removes nodes or pools</source>
        <translation>Mir ist klar, dass dies Nodes oder Pools entfernt</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="241"/>
        <source>Type %1 to confirm</source>
        <translation>Zum Bestätigen %1 eingeben</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="265"/>
        <source>%1 of %2 nodes running</source>
        <translation>%1 von %2 Nodes laufen</translation>
    </message>
</context>
<context>
    <name>PlanStepTable</name>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="80"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="81"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="82"/>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="84"/>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="92"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="220"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="228"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="289"/>
        <location filename="../src/app/plan/PlanStepTable.qml" line="312"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="328"/>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="329"/>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="331"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="339"/>
        <source>%1 a month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="348"/>
        <source>%1 while both run</source>
        <translation>%1, solange beide laufen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="357"/>
        <source>%1 once %2 is gone</source>
        <translation>%1, sobald %2 weg ist</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/plan/PlanStepTable.qml" line="366"/>
        <source>−%n node(s) meanwhile</source>
        <translation>
            <numerusform>−%n Node währenddessen</numerusform>
            <numerusform>−%n Nodes währenddessen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolCard</name>
    <message>
        <location filename="../src/app/browse/PoolCard.qml" line="84"/>
        <source>autoscale %1–%2</source>
        <translation>Autoscaling %1–%2</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolCard.qml" line="85"/>
        <source>fixed</source>
        <translation>feste Anzahl</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/browse/PoolCard.qml" line="101"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Node</numerusform>
            <numerusform>%n Nodes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolCard.qml" line="181"/>
        <source>Estimate: nodes × the size&apos;s monthly list price</source>
        <translation>Schätzung: Nodes × monatlicher Listenpreis der Größe</translation>
    </message>
</context>
<context>
    <name>PoolEditorDialog</name>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="19"/>
        <source>New node pool in %1</source>
        <translation>Neuer Node-Pool in %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="20"/>
        <source>Edit node pool %1</source>
        <translation>Node-Pool %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="29"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="38"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="43"/>
        <source>Review changes…</source>
        <translation>Änderungen prüfen…</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="90"/>
        <source>Your changes are kept in this window; they would be lost if it closed.</source>
        <translation>Ihre Änderungen bleiben in diesem Fenster erhalten; sie gingen verloren, wenn es geschlossen würde.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="100"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="107"/>
        <source>e.g. web-workers</source>
        <translation>z. B. web-workers</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="137"/>
        <source>Droplet size (available in this cluster&apos;s region)</source>
        <translation>Droplet-Größe (in der Region dieses Clusters verfügbar)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="220"/>
        <source>A pool&apos;s size cannot change. Keeping the name deletes %1 first and creates it anew at this size: the cluster runs without its %n node(s) until the new ones run.</source>
        <translation>
            <numerusform>Die Größe eines Pools kann sich nicht ändern. Den Namen zu behalten löscht zuerst %1 und erstellt ihn in dieser Größe neu: Der Cluster läuft ohne seinen %n Node, bis die neuen laufen.</numerusform>
            <numerusform>Die Größe eines Pools kann sich nicht ändern. Den Namen zu behalten löscht zuerst %1 und erstellt ihn in dieser Größe neu: Der Cluster läuft ohne seine %n Nodes, bis die neuen laufen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="224"/>
        <source>A pool&apos;s size cannot change. Applying this creates a new pool of this size, then deletes the old one once the new nodes run.</source>
        <translation>Die Größe eines Pools kann sich nicht ändern. Das Anwenden erstellt einen neuen Pool in dieser Größe und löscht den alten, sobald die neuen Nodes laufen.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="239"/>
        <source>New pool&apos;s name</source>
        <translation>Name des neuen Pools</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="257"/>
        <source>Keep the name (in-place): delete %1 first, then create it anew</source>
        <translation>Namen behalten (in-place): zuerst %1 löschen, dann neu erstellen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="265"/>
        <source>For manifests or tools that key on the pool name. Needs the destructive confirmation in the plan.</source>
        <translation>Für Manifeste oder Werkzeuge, die am Poolnamen hängen. Erfordert die Bestätigung für destruktive Schritte im Plan.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="267"/>
        <source>Only where another pool of the cluster carries the workload while this one is gone; this cluster has no other pool.</source>
        <translation>Nur wenn ein anderer Pool des Clusters die Last trägt, solange dieser weg ist; dieser Cluster hat keinen anderen Pool.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="273"/>
        <source>Keeping the name is not offered: this cluster has no other pool to carry the workload meanwhile.</source>
        <translation>Den Namen zu behalten wird nicht angeboten: Dieser Cluster hat keinen anderen Pool, der die Last währenddessen trägt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="284"/>
        <source>Capacity dip: −%n node(s) from the delete until the new pool runs.</source>
        <translation>
            <numerusform>Kapazitätseinbruch: −%n Node vom Löschen bis der neue Pool läuft.</numerusform>
            <numerusform>Kapazitätseinbruch: −%n Nodes vom Löschen bis der neue Pool läuft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="299"/>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="337"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="340"/>
        <source>Add label</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="356"/>
        <source>key, e.g. workload</source>
        <translation>Schlüssel, z. B. workload</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="365"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="374"/>
        <source>Remove this label</source>
        <translation>Dieses Label entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="385"/>
        <source>Removing a label from the pool does not remove it from nodes that already run; new and recycled nodes get the pool&apos;s labels.</source>
        <translation>Ein Label aus dem Pool zu entfernen entfernt es nicht von bereits laufenden Nodes; neue und recycelte Nodes erhalten die Labels des Pools.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="399"/>
        <source>Taints</source>
        <translation>Taints</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="402"/>
        <source>Add taint</source>
        <translation>Taint hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="410"/>
        <source>Presets:</source>
        <translation>Vorlagen:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="445"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="454"/>
        <source>value (optional)</source>
        <translation>Wert (optional)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="471"/>
        <source>Remove this taint</source>
        <translation>Dieses Taint entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="486"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="501"/>
        <source>Click to remove</source>
        <translation>Zum Entfernen klicken</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="512"/>
        <source>Added by DigitalOcean; read-only</source>
        <translation>Von DigitalOcean hinzugefügt; schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="519"/>
        <source>Add a tag, e.g. team:payments, and press Enter</source>
        <translation>Tag eingeben, z. B. team:payments, und Eingabe drücken</translation>
    </message>
</context>
<context>
    <name>PoolList</name>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="20"/>
        <source>This token cannot change anything (it has no write scope): see the read-only bar</source>
        <translation>Dieses Token kann nichts ändern (es hat keine Schreibrechte): siehe die Schreibschutz-Leiste</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="35"/>
        <source>Node pools of %1</source>
        <translation>Node-Pools von %1</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="36"/>
        <source>Node pools</source>
        <translation>Node-Pools</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="44"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="54"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="63"/>
        <source>New pool…</source>
        <translation>Neuer Pool…</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="114"/>
        <source>This cluster has no node pools</source>
        <translation>Dieser Cluster hat keine Node-Pools</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="115"/>
        <source>Select a cluster to see its node pools</source>
        <translation>Wählen Sie einen Cluster, um seine Node-Pools zu sehen</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../src/app/shell/ReadOnlyBanner.qml" line="31"/>
        <source>READ-ONLY</source>
        <translation>SCHREIBGESCHÜTZT</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ReadOnlyBanner.qml" line="51"/>
        <source>Create a token…</source>
        <translation>Token erstellen…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ReadOnlyBanner.qml" line="54"/>
        <source>Opens cloud.digitalocean.com/account/api/tokens in the browser: create a token with write scope there</source>
        <translation>Öffnet cloud.digitalocean.com/account/api/tokens im Browser: Erstellen Sie dort ein Token mit Schreibrechten</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ReadOnlyBanner.qml" line="60"/>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
</context>
<context>
    <name>Redirects</name>
    <message>
        <location filename="../src/api/redirects.cpp" line="52"/>
        <source>The server answered %1 %2 with a redirect (HTTP %3) that names no valid address.</source>
        <translation>Der Server beantwortete %1 %2 mit einer Weiterleitung (HTTP %3), die keine gültige Adresse nennt.</translation>
    </message>
    <message>
        <location filename="../src/api/redirects.cpp" line="63"/>
        <source>The server answered %1 %2 with a redirect to %3; a change is never sent on to another address, and nothing was changed. Point the API URL at the API itself (the address that redirect names, if you trust it).</source>
        <translation>Der Server beantwortete %1 %2 mit einer Weiterleitung nach %3; eine Änderung wird nie an eine andere Adresse weitergesendet, und nichts wurde geändert. Richten Sie die API-URL auf die API selbst (die Adresse der Weiterleitung, wenn Sie ihr vertrauen).</translation>
    </message>
    <message>
        <location filename="../src/api/redirects.cpp" line="72"/>
        <source>The server redirected %1 to another server, %2; it was not followed, so the access token went nowhere else. If that server is the API, set the API URL to it.</source>
        <translation>Der Server leitete %1 auf einen anderen Server um, %2; dem wurde nicht gefolgt, das Zugriffstoken ging also nirgendwo anders hin. Wenn dieser Server die API ist, setzen Sie die API-URL darauf.</translation>
    </message>
    <message>
        <location filename="../src/api/redirects.cpp" line="81"/>
        <source>%1 was redirected more than %2 times (last to %3); check the API URL and any proxy in front of it.</source>
        <translation>%1 wurde mehr als %2-mal weitergeleitet (zuletzt nach %3); prüfen Sie die API-URL und jeden vorgeschalteten Proxy.</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../src/app/shell/SaveFileDialog.qml" line="25"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="14"/>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="15"/>
        <source>Pool editor</source>
        <translation>Pool-Editor</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="16"/>
        <source>Plan review</source>
        <translation>Plan prüfen</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="17"/>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="21"/>
        <source>Fetch clusters and pools again</source>
        <translation>Cluster und Pools neu abrufen</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="26"/>
        <source>Create a node pool in this cluster</source>
        <translation>Einen Node-Pool in diesem Cluster erstellen</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="31"/>
        <source>Edit the selected pool</source>
        <translation>Den ausgewählten Pool bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="33"/>
        <source>F2; Enter in the pool list</source>
        <translation>F2; Eingabe in der Pool-Liste</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="36"/>
        <source>Delete the selected pool (after a review)</source>
        <translation>Den ausgewählten Pool löschen (nach einer Prüfung)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="41"/>
        <source>Filter the clusters</source>
        <translation>Die Cluster filtern</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="46"/>
        <source>Export pools as YAML, Terraform or doctl; import and plan; drift</source>
        <translation>Pools als YAML, Terraform oder doctl exportieren; importieren und planen; Drift</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="52"/>
        <source>Cost review: charts, history and exports</source>
        <translation>Kostenübersicht: Diagramme, Verlauf und Exporte</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="57"/>
        <source>Show these shortcuts</source>
        <translation>Diese Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="62"/>
        <source>Next or previous field, button or list</source>
        <translation>Nächstes oder vorheriges Feld, Knopf oder Liste</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="64"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="67"/>
        <source>Move in a list; press a button or tick a box</source>
        <translation>In einer Liste bewegen; einen Knopf drücken oder ein Kästchen ankreuzen</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="69"/>
        <source>Arrow keys; Space</source>
        <translation>Pfeiltasten; Leertaste</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="72"/>
        <source>Accept a dialog (review the change, apply the plan, save)</source>
        <translation>Einen Dialog bestätigen (Änderung prüfen, Plan anwenden, speichern)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="75"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="78"/>
        <source>Close a dialog or panel without changing anything</source>
        <translation>Einen Dialog oder Bereich schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="81"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="84"/>
        <source>Undo the last edit</source>
        <translation>Die letzte Bearbeitung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="89"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="94"/>
        <source>Review the change</source>
        <translation>Die Änderung prüfen</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="99"/>
        <source>Apply the reviewed plan</source>
        <translation>Den geprüften Plan anwenden</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="104"/>
        <source>Tick the confirmation of a destructive plan</source>
        <translation>Die Bestätigung eines destruktiven Plans ankreuzen</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="106"/>
        <source>Tab to it, then Space</source>
        <translation>Mit Tab dorthin, dann Leertaste</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../src/app/shell/ShortcutsSheet.qml" line="13"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ShortcutsSheet.qml" line="23"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="71"/>
        <source>Pool Studio</source>
        <translation>Pool Studio</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="76"/>
        <source>Sign in with a DigitalOcean personal access token to see and change the node pools of your Kubernetes clusters.</source>
        <translation>Melden Sie sich mit einem persönlichen Zugriffstoken von DigitalOcean an, um die Node-Pools Ihrer Kubernetes-Cluster zu sehen und zu ändern.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="99"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="109"/>
        <source>dop_v1_…</source>
        <translation>dop_v1_…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="112"/>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="117"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="125"/>
        <source>Create one at cloud.digitalocean.com/account/api/tokens. Read scope is enough to look; changing pools needs write scope.</source>
        <translation>Erstellen Sie eines unter cloud.digitalocean.com/account/api/tokens. Zum Ansehen genügen Leserechte; Pools zu ändern braucht Schreibrechte.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="134"/>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="140"/>
        <source>Context name</source>
        <translation>Kontextname</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="150"/>
        <source>e.g. work (empty: the team&apos;s name)</source>
        <translation>z. B. arbeit (leer: der Name des Teams)</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="160"/>
        <source>Looking for a keychain…</source>
        <translation>Schlüsselbund wird gesucht…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="161"/>
        <source>The token will be kept in the desktop keychain (Secret Service or KWallet), never in a settings file.</source>
        <translation>Das Token wird im Schlüsselbund des Desktops (Secret Service oder KWallet) aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="194"/>
        <source>Store in a file (mode 0600) in %1</source>
        <translation>In einer Datei (Modus 0600) in %1 speichern</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="204"/>
        <source>Only your user can read that file, but unlike a keychain it is not encrypted: anything running as you can read the token.</source>
        <translation>Nur Ihr Benutzer kann diese Datei lesen, aber anders als ein Schlüsselbund ist sie nicht verschlüsselt: Alles, was unter Ihrem Benutzer läuft, kann das Token lesen.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="219"/>
        <source>Check and sign in</source>
        <translation>Prüfen und anmelden</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="250"/>
        <source>Saved contexts</source>
        <translation>Gespeicherte Kontexte</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="263"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="268"/>
        <source>%1, token in the %2</source>
        <translation>%1, Token in %2</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="269"/>
        <source>token file</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="270"/>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="286"/>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="291"/>
        <source>A simulated account with three clusters; nothing leaves this computer.</source>
        <translation>Ein simuliertes Konto mit drei Clustern; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="302"/>
        <source>Import from doctl…</source>
        <translation>Aus doctl importieren…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="310"/>
        <source>Reads doctl&apos;s config.yaml (never changes it) and keeps the chosen contexts&apos; tokens where a sign-in would.</source>
        <translation>Liest die config.yaml von doctl (ändert sie nie) und bewahrt die Tokens der gewählten Kontexte dort auf, wo es eine Anmeldung täte.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="329"/>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="335"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="352"/>
        <source>No context with a token was found there.</source>
        <translation>Dort wurde kein Kontext mit Token gefunden.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="365"/>
        <source> (doctl&apos;s current context)</source>
        <translation> (aktueller Kontext von doctl)</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="374"/>
        <source>Check and import the chosen contexts</source>
        <translation>Gewählte Kontexte prüfen und importieren</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="392"/>
        <source>doctl config file</source>
        <translation>doctl-Konfigurationsdatei</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="393"/>
        <source>doctl config (*.yaml *.yml)</source>
        <translation>doctl-Konfiguration (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="393"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../src/app/signin/SignInWindow.qml" line="16"/>
        <source>Pool Studio — sign in</source>
        <translation>Pool Studio — Anmeldung</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="30"/>
        <source>DEMO · simulated account</source>
        <translation>DEMO · simuliertes Konto</translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="43"/>
        <source>Refreshed at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="44"/>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="52"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="59"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="66"/>
        <source>The last successful refresh is more than a minute old</source>
        <translation>Die letzte erfolgreiche Aktualisierung ist über eine Minute alt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/shell/StatusBar.qml" line="73"/>
        <source>%n operation(s) running</source>
        <translation>
            <numerusform>%n Vorgang läuft</numerusform>
            <numerusform>%n Vorgänge laufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="80"/>
        <source>API requests left: %1 of %2</source>
        <translation>Verbleibende API-Anfragen: %1 von %2</translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="85"/>
        <source>DigitalOcean allows 5,000 requests an hour and 250 a minute per token</source>
        <translation>DigitalOcean erlaubt je Token 5.000 Anfragen pro Stunde und 250 pro Minute</translation>
    </message>
</context>
<context>
    <name>accounts::ContextStore</name>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="49"/>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="55"/>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="62"/>
        <source>its &quot;version&quot; is not a format version number</source>
        <translation>ihre &quot;version&quot; ist keine Formatversion</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="67"/>
        <source>it was written by a newer Pool Studio (format version %1; this one reads version %2)</source>
        <translation>sie wurde von einem neueren Pool Studio geschrieben (Formatversion %1; dieses liest Version %2)</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="76"/>
        <source>&quot;contexts&quot; is not a list</source>
        <translation>&quot;contexts&quot; ist keine Liste</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="82"/>
        <source>context %1 is not a JSON object</source>
        <translation>Kontext %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="93"/>
        <source>context %1 has no name</source>
        <translation>Kontext %1 hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="97"/>
        <source>context “%1” has storage “%2”; expected “keychain” or “file”</source>
        <translation>Kontext „%1“ hat die Ablage „%2“; erwartet: „keychain“ oder „file“</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="103"/>
        <source>the context name “%1” appears twice</source>
        <translation>der Kontextname „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="152"/>
        <source>Cannot read the contexts file %1: %2. It is left as it is; contexts are read-only until it can be read or you move it aside.</source>
        <translation>Die Kontextdatei %1 kann nicht gelesen werden: %2. Sie bleibt, wie sie ist; Kontexte sind schreibgeschützt, bis sie lesbar ist oder Sie sie beiseitelegen.</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="161"/>
        <source>The contexts file %1 cannot be used: %2. It is left as it is; contexts are read-only until you fix it, or let Pool Studio move it aside and start a new one.</source>
        <translation>Die Kontextdatei %1 ist nicht verwendbar: %2. Sie bleibt, wie sie ist; Kontexte sind schreibgeschützt, bis Sie sie reparieren oder Pool Studio sie beiseitelegen und eine neue beginnen lassen.</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="241"/>
        <source>Not saving the contexts file %1: %2</source>
        <translation>Die Kontextdatei %1 wird nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="248"/>
        <source>Not saving the contexts: the file %1 cannot be used (%2) and would be lost. It is left as it is until you decide.</source>
        <translation>Die Kontexte werden nicht gespeichert: Die Datei %1 ist nicht verwendbar (%2) und ginge verloren. Sie bleibt, wie sie ist, bis Sie entscheiden.</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="259"/>
        <location filename="../src/accounts/contextstore.cpp" line="265"/>
        <source>Cannot write the contexts file %1: %2</source>
        <translation>Die Kontextdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="349"/>
        <source>Cannot move the contexts file %1 aside: %2</source>
        <translation>Die Kontextdatei %1 kann nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="360"/>
        <source>Cannot move the contexts file %1 aside to %2</source>
        <translation>Die Kontextdatei %1 kann nicht nach %2 beiseitegelegt werden</translation>
    </message>
</context>
<context>
    <name>accounts::DoctlConfig</name>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="22"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="34"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="36"/>
        <source>a mapping</source>
        <translation>eine Zuordnung (Mapping)</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="38"/>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="50"/>
        <source>%1: “%2” should be a single value, not %3</source>
        <translation>%1: „%2“ sollte ein einzelner Wert sein, nicht %3</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="62"/>
        <source>line %1: the token of context “%2” is empty; skipped</source>
        <translation>Zeile %1: Das Token von Kontext „%2“ ist leer; übersprungen</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="73"/>
        <source>%1: doctl&apos;s config should be a mapping of settings, not %2</source>
        <translation>%1: Die Konfiguration von doctl sollte eine Zuordnung von Einstellungen sein, nicht %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="94"/>
        <source>%1: a context name should be a single value</source>
        <translation>%1: Ein Kontextname sollte ein einzelner Wert sein</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="100"/>
        <source>%1: doctl takes the token of context “default” from access-token, not from auth-contexts; skipped</source>
        <translation>%1: doctl nimmt das Token von Kontext „default“ aus access-token, nicht aus auth-contexts; übersprungen</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="110"/>
        <source>%1: “auth-contexts” should be a mapping of context name to token, not %2</source>
        <translation>%1: „auth-contexts“ sollte Kontextnamen Tokens zuordnen, nicht %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="128"/>
        <source>%1: the current context “%2” has no token here</source>
        <translation>%1: Der aktuelle Kontext „%2“ hat hier kein Token</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="138"/>
        <source>doctl&apos;s config is %1, more than the %2 Pool Studio reads; it was not read</source>
        <translation>Die Konfiguration von doctl ist %1 groß, mehr als die %2, die Pool Studio liest; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="149"/>
        <source>doctl&apos;s config is not valid YAML: %1</source>
        <translation>Die Konfiguration von doctl ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="151"/>
        <source>line %1: doctl&apos;s config is not valid YAML: %2</source>
        <translation>Zeile %1: Die Konfiguration von doctl ist kein gültiges YAML: %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="156"/>
        <source>doctl&apos;s config holds no access token.</source>
        <translation>Die Konfiguration von doctl enthält kein Zugriffstoken.</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="165"/>
        <source>cannot read doctl&apos;s config %1: %2</source>
        <translation>die Konfiguration %1 von doctl kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>accounts::FileTokenStore</name>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="64"/>
        <source>The token file %1 may be read or changed by other users (mode %2), so Pool Studio does not use it. Make it private with: chmod 600 %1</source>
        <translation>Die Token-Datei %1 kann von anderen Benutzern gelesen oder geändert werden (Modus %2), daher verwendet Pool Studio sie nicht. Machen Sie sie privat mit: chmod 600 %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="71"/>
        <source>The token file %1 belongs to another user, so Pool Studio does not use it. Remove it, or give it to yourself with: chown $USER %1</source>
        <translation>Die Token-Datei %1 gehört einem anderen Benutzer, daher verwendet Pool Studio sie nicht. Entfernen Sie sie oder übernehmen Sie sie mit: chown $USER %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="81"/>
        <source>Cannot read the token file %1: %2. It is left as it is.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2. Sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="89"/>
        <source>The token file %1 is damaged (not the JSON Pool Studio writes). It is left as it is; remove it and sign in again.</source>
        <translation>Die Token-Datei %1 ist beschädigt (nicht das JSON, das Pool Studio schreibt). Sie bleibt, wie sie ist; entfernen Sie sie und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="103"/>
        <location filename="../src/accounts/filetokenstore.cpp" line="116"/>
        <source>Cannot write the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="108"/>
        <source>Cannot make the token file %1 private (mode 0600): %2</source>
        <translation>Die Token-Datei %1 kann nicht privat gemacht werden (Modus 0600): %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="152"/>
        <source>Cannot store the token in %1: %2</source>
        <translation>Das Token kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="171"/>
        <source>Cannot remove the token from %1: %2</source>
        <translation>Das Token kann nicht aus %1 entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>accounts::FileWriteLock</name>
    <message>
        <location filename="../src/accounts/filewritelock.cpp" line="75"/>
        <source>the lock %1 was not free after %2 seconds: %3</source>
        <translation>die Sperre %1 war nach %2 Sekunden nicht frei: %3</translation>
    </message>
</context>
<context>
    <name>accounts::KeychainTokenStore</name>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="35"/>
        <source>No keychain service (such as GNOME Keyring or KWallet) is available: %1</source>
        <translation>Kein Schlüsselbunddienst (wie GNOME Keyring oder KWallet) verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="39"/>
        <source>The keychain refused access (is it locked?): %1</source>
        <translation>Der Schlüsselbund verweigerte den Zugriff (ist er gesperrt?): %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="41"/>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="139"/>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="150"/>
        <source>No D-Bus session bus runs here, so there is no keychain (such as GNOME Keyring or KWallet) to keep the token in.</source>
        <translation>Hier läuft kein D-Bus-Sitzungsbus, daher gibt es keinen Schlüsselbund (wie GNOME Keyring oder KWallet), der das Token aufbewahren könnte.</translation>
    </message>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="179"/>
        <source>No keychain service (Secret Service such as GNOME Keyring, or KWallet) runs on this desktop.</source>
        <translation>Auf diesem Desktop läuft kein Schlüsselbunddienst (Secret Service wie GNOME Keyring, oder KWallet).</translation>
    </message>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="199"/>
        <source>The keychain did not give back what was stored.</source>
        <translation>Der Schlüsselbund gab nicht zurück, was gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>accounts::TokenSource</name>
    <message>
        <location filename="../src/accounts/tokensource.cpp" line="41"/>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../src/accounts/tokensource.cpp" line="43"/>
        <source>token from %1</source>
        <translation>Token aus %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/tokensource.cpp" line="45"/>
        <source>token of context “%1” from the keychain</source>
        <translation>Token von Kontext „%1“ aus dem Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../src/accounts/tokensource.cpp" line="47"/>
        <source>token of context “%1” from the token file (no keychain)</source>
        <translation>Token von Kontext „%1“ aus der Token-Datei (kein Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../src/accounts/tokensource.cpp" line="49"/>
        <source>demo: the built-in simulator, no token</source>
        <translation>Demo: der eingebaute Simulator, kein Token</translation>
    </message>
</context>
<context>
    <name>api::BillingClient</name>
    <message>
        <location filename="../src/api/billingclient.cpp" line="14"/>
        <source>The billing answer could not be read: %1</source>
        <translation>Die Antwort zur Abrechnung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/api/billingclient.cpp" line="25"/>
        <source>This token may not read billing (DigitalOcean answered 403: it lacks the billing:read scope). Create a token with billing:read to compare the bill with the estimate; everything else works without it.</source>
        <translation>Dieses Token darf die Abrechnung nicht lesen (DigitalOcean antwortete 403: Es fehlt der Scope billing:read). Erstellen Sie ein Token mit billing:read, um die Rechnung mit der Schätzung zu vergleichen; alles andere funktioniert ohne.</translation>
    </message>
</context>
<context>
    <name>api::DoClient</name>
    <message>
        <location filename="../src/api/doclient.cpp" line="48"/>
        <source>the answer holds no &quot;%1&quot;</source>
        <translation>die Antwort enthält kein &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/api/doclient.cpp" line="70"/>
        <source>The list at %1 could not be read: %2.</source>
        <translation>Die Liste unter %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/api/doclient.cpp" line="721"/>
        <source>the create was answered without the new pool</source>
        <translation>das Erstellen wurde ohne den neuen Pool beantwortet</translation>
    </message>
    <message>
        <location filename="../src/api/doclient.cpp" line="740"/>
        <source>%1; whether the pool &quot;%2&quot; was created is unknown, as listing the pools failed too (%3)</source>
        <translation>%1; ob der Pool &quot;%2&quot; erstellt wurde, ist unbekannt, da auch das Auflisten der Pools fehlschlug (%3)</translation>
    </message>
    <message>
        <location filename="../src/api/doclient.cpp" line="757"/>
        <source>%1; a pool named &quot;%2&quot; is in the cluster, but with size %3 and %4 nodes, not what was sent: it is someone else&apos;s, and nothing was created again. Choose another name, or change or delete that pool.</source>
        <translation>%1; im Cluster ist ein Pool namens &quot;%2&quot;, aber mit Größe %3 und %4 Nodes, nicht wie gesendet: Er gehört jemand anderem, und nichts wurde erneut erstellt. Wählen Sie einen anderen Namen, oder ändern oder löschen Sie diesen Pool.</translation>
    </message>
</context>
<context>
    <name>api::OperationWatcher</name>
    <message>
        <location filename="../src/api/operationwatcher.cpp" line="18"/>
        <source>the change had not settled after %1 s; it goes on at DigitalOcean</source>
        <translation>die Änderung war nach %1 s nicht abgeschlossen; sie läuft bei DigitalOcean weiter</translation>
    </message>
    <message>
        <location filename="../src/api/operationwatcher.cpp" line="55"/>
        <source>the API client is gone</source>
        <translation>der API-Client existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>api::PlanRunner</name>
    <message>
        <location filename="../src/api/planrunner.cpp" line="58"/>
        <source>Creating pool %1</source>
        <translation>Pool %1 wird erstellt</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="61"/>
        <source>Updating pool %1</source>
        <translation>Pool %1 wird aktualisiert</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="65"/>
        <source>Replacing pool %1 in place (%2 → %3): deleting the old pool, then creating the new one under the same name</source>
        <translation>Pool %1 wird in-place ersetzt (%2 → %3): Der alte Pool wird gelöscht, dann der neue unter demselben Namen erstellt</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="68"/>
        <source>Replacing pool %1 (%2 → %3): creating %4, then deleting %1 once its nodes run</source>
        <translation>Pool %1 wird ersetzt (%2 → %3): %4 wird erstellt, dann %1 gelöscht, sobald dessen Nodes laufen</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="73"/>
        <source>Deleting pool %1 (nodes are drained first; this can take many minutes)</source>
        <translation>Pool %1 wird gelöscht (Nodes werden zuerst gedraint; das kann viele Minuten dauern)</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="77"/>
        <source>Configuring the cluster autoscaler of %1</source>
        <translation>Cluster-Autoscaler von %1 wird konfiguriert</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="83"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="104"/>
        <source>nothing was sent: the droplet-limit check could not read the account: %1</source>
        <translation>nichts wurde gesendet: Die Prüfung des Droplet-Limits konnte das Konto nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="130"/>
        <source>nothing was sent: %1</source>
        <translation>nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="165"/>
        <source>the apply journal cannot be written, so nothing more is sent: %1</source>
        <translation>das Apply-Journal kann nicht geschrieben werden, daher wird nichts mehr gesendet: %1</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="384"/>
        <source>sent, but it had not settled after %1 min</source>
        <translation>gesendet, aber nach %1 Min. nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>app::AccountController</name>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="75"/>
        <source>Your contexts could not be read: %1</source>
        <translation>Ihre Kontexte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="109"/>
        <source>Your contexts file %1 cannot be used: %2. It is left as it is, and contexts are read-only here: nothing you add or switch to is saved.</source>
        <translation>Ihre Kontextdatei %1 ist nicht verwendbar: %2. Sie bleibt, wie sie ist, und Kontexte sind hier schreibgeschützt: Nichts, was Sie hinzufügen oder wohin Sie wechseln, wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="125"/>
        <source>The old contexts file was moved to %1; a new one was started.</source>
        <translation>Die alte Kontextdatei wurde nach %1 verschoben; eine neue wurde begonnen.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="165"/>
        <location filename="../src/app/signin/accountcontroller.cpp" line="310"/>
        <location filename="../src/app/signin/accountcontroller.cpp" line="357"/>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="167"/>
        <location filename="../src/app/signin/accountcontroller.cpp" line="309"/>
        <location filename="../src/app/signin/accountcontroller.cpp" line="356"/>
        <source>the token file</source>
        <translation>der Token-Datei</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="303"/>
        <source>There is no context named “%1”.</source>
        <translation>Es gibt keinen Kontext namens „%1“.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="306"/>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="315"/>
        <source>The token of “%1” could not be read from %2: %3</source>
        <translation>Das Token von „%1“ konnte nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="319"/>
        <source>%1 holds no token for “%2”: sign in again to use it.</source>
        <translation>%1 enthält kein Token für „%2“: Melden Sie sich erneut an, um ihn zu nutzen.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="330"/>
        <source>This build has no demo mode.</source>
        <translation>Dieser Build hat keinen Demo-Modus.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="361"/>
        <source>Not signed out: the token could not be removed from %1: %2</source>
        <translation>Nicht abgemeldet: Das Token konnte nicht aus %1 entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="368"/>
        <source>Signed out of “%1”: its token was removed from %2.</source>
        <translation>Von „%1“ abgemeldet: Sein Token wurde aus %2 entfernt.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="376"/>
        <source>Storing the token…</source>
        <translation>Token wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="380"/>
        <source>The token could not be stored: %1</source>
        <translation>Das Token konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>app::BilledCostModel</name>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="57"/>
        <source>no history</source>
        <translation>kein Verlauf</translation>
    </message>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="63"/>
        <source>Billed as estimated.</source>
        <translation>Wie geschätzt abgerechnet.</translation>
    </message>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="92"/>
        <source>%1 (so far)</source>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="110"/>
        <source>%1 so far: the invoice preview as of %2 (updated_at); the estimate runs to the same instant.</source>
        <translation>%1 bisher: die Rechnungsvorschau mit Stand %2 (updated_at); die Schätzung reicht bis zum selben Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="113"/>
        <source>%1: invoice of %2 to %3.</source>
        <translation>%1: Rechnung vom %2 bis %3.</translation>
    </message>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="143"/>
        <source>DigitalOcean answered HTTP %1 %2: %3 (request id %4).</source>
        <translation>DigitalOcean antwortete mit HTTP %1 %2: %3 (Anfrage-ID %4).</translation>
    </message>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="147"/>
        <source>The bill could not be read: %1</source>
        <translation>Die Rechnung konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>app::ClusterAutoscalerEditor</name>
    <message>
        <location filename="../src/app/editor/clusterautoscalereditor.cpp" line="65"/>
        <source>Cluster autoscaler: %1, once unneeded for %2; expanders: %3</source>
        <translation>Cluster-Autoscaler: %1, sobald %2 lang unnötig; Expander: %3</translation>
    </message>
    <message>
        <location filename="../src/app/editor/clusterautoscalereditor.cpp" line="108"/>
        <source>a node must be unneeded for %1 before it is removed</source>
        <translation>ein Node muss %1 lang unnötig sein, bevor er entfernt wird</translation>
    </message>
    <message>
        <location filename="../src/app/editor/clusterautoscalereditor.cpp" line="130"/>
        <source>none chosen: the autoscaler uses random</source>
        <translation>keiner gewählt: Der Autoscaler verwendet random</translation>
    </message>
    <message>
        <location filename="../src/app/editor/clusterautoscalereditor.cpp" line="131"/>
        <source>applied in this order: %1</source>
        <translation>in dieser Reihenfolge angewendet: %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/clusterautoscalereditor.cpp" line="195"/>
        <source>Cluster autoscaler of %1</source>
        <translation>Cluster-Autoscaler von %1</translation>
    </message>
</context>
<context>
    <name>app::ClusterListModel</name>
    <message>
        <location filename="../src/app/browse/clusterlistmodel.cpp" line="86"/>
        <source>≈ %1/mo</source>
        <translation>≈ %1/Monat</translation>
    </message>
</context>
<context>
    <name>app::CostModel</name>
    <message>
        <location filename="../src/app/costs/costmodel.cpp" line="158"/>
        <source>control plane (HA)</source>
        <translation>Control Plane (HA)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/costmodel.cpp" line="203"/>
        <source>autoscaling: %1 – %2</source>
        <translation>Autoscaling: %1 – %2</translation>
    </message>
    <message>
        <location filename="../src/app/costs/costmodel.cpp" line="209"/>
        <source>Estimates: node count × monthly price (DigitalOcean bills per second up to 672 hours a month); HA control plane %1/month assumed.</source>
        <translation>Schätzungen: Anzahl Nodes × Monatspreis (DigitalOcean rechnet sekundengenau ab, bis 672 Stunden im Monat); HA-Control-Plane mit %1/Monat angenommen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/costs/costmodel.cpp" line="223"/>
        <source>%n pool(s) selected: %1 a month</source>
        <translation>
            <numerusform>%n Pool ausgewählt: %1 pro Monat</numerusform>
            <numerusform>%n Pools ausgewählt: %1 pro Monat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/costs/costmodel.cpp" line="277"/>
        <source>The cost history %1 was damaged: it was moved to %2 and a new history was started.</source>
        <translation>Der Kostenverlauf %1 war beschädigt: Er wurde nach %2 verschoben und ein neuer Verlauf begonnen.</translation>
    </message>
    <message>
        <location filename="../src/app/costs/costmodel.cpp" line="432"/>
        <source>%1 (%2 node-hours measured)</source>
        <translation>%1 (%L2 Node-Stunden gemessen)</translation>
    </message>
</context>
<context>
    <name>app::DoctlImportController</name>
    <message>
        <location filename="../src/app/signin/doctlimportcontroller.cpp" line="63"/>
        <source>Choose at least one doctl context to import.</source>
        <translation>Wählen Sie mindestens einen doctl-Kontext zum Importieren.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/doctlimportcontroller.cpp" line="68"/>
        <source>No keychain can keep the tokens here: choose to store them in a file, or start a keychain service and try again.</source>
        <translation>Hier kann kein Schlüsselbund die Tokens aufbewahren: Speichern Sie sie in einer Datei, oder starten Sie einen Schlüsselbunddienst und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/doctlimportcontroller.cpp" line="83"/>
        <source>Nothing was imported. %1</source>
        <translation>Nichts wurde importiert. %1</translation>
    </message>
    <message>
        <location filename="../src/app/signin/doctlimportcontroller.cpp" line="98"/>
        <source>Importing “%1” from doctl…</source>
        <translation>„%1“ wird aus doctl importiert…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/doctlimportcontroller.cpp" line="103"/>
        <source>“%1” was not imported: %2</source>
        <translation>„%1“ wurde nicht importiert: %2</translation>
    </message>
    <message>
        <location filename="../src/app/signin/doctlimportcontroller.cpp" line="116"/>
        <source>“%1” was not imported: its token could not be stored: %2</source>
        <translation>„%1“ wurde nicht importiert: Sein Token konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>app::DraftStore</name>
    <message>
        <location filename="../src/app/editor/draftstore.cpp" line="89"/>
        <source>The draft could not be saved to %1: %2</source>
        <translation>Der Entwurf konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/editor/draftstore.cpp" line="95"/>
        <source>cannot create its folder</source>
        <translation>sein Ordner kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>app::DriftController</name>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="90"/>
        <source>No manifests in these files.</source>
        <translation>Keine Manifeste in diesen Dateien.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="93"/>
        <source>1 pool in sync</source>
        <translation>1 Pool synchron</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="94"/>
        <source>%1 pools in sync</source>
        <translation>%1 Pools synchron</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="96"/>
        <source>1 differs</source>
        <translation>1 weicht ab</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="96"/>
        <source>%1 differ</source>
        <translation>%1 weichen ab</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="98"/>
        <source>%1 not live</source>
        <translation>%1 nicht live</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="100"/>
        <source>%1 with an unknown cluster</source>
        <translation>%1 mit unbekanntem Cluster</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="102"/>
        <source>%1 invalid</source>
        <translation>%1 ungültig</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="105"/>
        <source>1 live pool without a manifest</source>
        <translation>1 Live-Pool ohne Manifest</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="106"/>
        <source>%1 live pools without a manifest</source>
        <translation>%1 Live-Pools ohne Manifest</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="116"/>
        <source>Choose a folder of manifests first.</source>
        <translation>Wählen Sie zuerst einen Ordner mit Manifesten.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="120"/>
        <location filename="../src/app/drift/driftcontroller.cpp" line="143"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="145"/>
        <source>No .yaml or .yml files in %1.</source>
        <translation>Keine .yaml- oder .yml-Dateien in %1.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="156"/>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="211"/>
        <source>Apply %1 to pool %2 in %3</source>
        <translation>%1 auf Pool %2 in %3 anwenden</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="221"/>
        <source>Apply 1 manifest</source>
        <translation>1 Manifest anwenden</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="222"/>
        <source>Apply %1 manifests</source>
        <translation>%1 Manifeste anwenden</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="241"/>
        <source>Pool %1 is no longer live; check again.</source>
        <translation>Pool %1 ist nicht mehr live; prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="249"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="261"/>
        <location filename="../src/app/drift/driftcontroller.cpp" line="269"/>
        <source>%1 was not rewritten: %2</source>
        <translation>%1 wurde nicht neu geschrieben: %2</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="273"/>
        <source>Rewrote %1 from the live pool %2. Comments inside that manifest were not kept.</source>
        <translation>%1 aus dem Live-Pool %2 neu geschrieben. Kommentare in diesem Manifest blieben nicht erhalten.</translation>
    </message>
</context>
<context>
    <name>app::DriftListModel</name>
    <message>
        <location filename="../src/app/drift/driftlistmodel.cpp" line="84"/>
        <source>replaced by %1</source>
        <translation>ersetzt durch %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftlistmodel.cpp" line="85"/>
        <source>differs (replace)</source>
        <translation>weicht ab (Austausch)</translation>
    </message>
</context>
<context>
    <name>app::HistoryStore</name>
    <message>
        <location filename="../src/app/costs/historystore.cpp" line="153"/>
        <source>%1 is damaged and could not be moved aside</source>
        <translation>%1 ist beschädigt und konnte nicht beiseitegelegt werden</translation>
    </message>
</context>
<context>
    <name>app::InterruptedApply</name>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="24"/>
        <source>%1 (%2 × %3): %4 of %5 nodes running</source>
        <translation>%1 (%2 × %3): %4 von %5 Nodes laufen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="28"/>
        <source>%1: not live</source>
        <translation>%1: nicht live</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="30"/>
        <source>%1: its cluster is not in this account</source>
        <translation>%1: Sein Cluster ist nicht in diesem Konto</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="80"/>
        <source>The journal of an earlier apply cannot be read (%1). Look at the cluster, then forget the journal.</source>
        <translation>Das Journal eines früheren Apply-Laufs ist nicht lesbar (%1). Sehen Sie sich den Cluster an und verwerfen Sie dann das Journal.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="97"/>
        <source>Roll back deletes %1.</source>
        <translation>Zurückrollen löscht %1.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="101"/>
        <source>It cannot be rolled back: %1.</source>
        <translation>Er kann nicht zurückgerollt werden: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="117"/>
        <source>Live now: not read yet.</source>
        <translation>Jetzt live: noch nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="130"/>
        <source>Live now: %1.</source>
        <translation>Jetzt live: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="143"/>
        <source>Resume the interrupted apply</source>
        <translation>Den unterbrochenen Apply-Lauf fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="155"/>
        <source>Roll back the interrupted apply</source>
        <translation>Den unterbrochenen Apply-Lauf zurückrollen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="170"/>
        <source>The apply journal cannot be removed: %1</source>
        <translation>Das Apply-Journal kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>app::ManifestExportController</name>
    <message>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="182"/>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="193"/>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="242"/>
        <source>Choose at least one pool to export.</source>
        <translation>Wählen Sie mindestens einen Pool zum Exportieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="186"/>
        <source>Copied %n pool(s) to the clipboard.</source>
        <translation>
            <numerusform>%n Pool in die Zwischenablage kopiert.</numerusform>
            <numerusform>%n Pools in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="200"/>
        <source>Choose a file name to save to.</source>
        <translation>Wählen Sie einen Dateinamen zum Speichern.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="205"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="208"/>
        <source>Saved %n pool(s) to %1.</source>
        <translation>
            <numerusform>%n Pool in %1 gespeichert.</numerusform>
            <numerusform>%n Pools in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="246"/>
        <source>Choose a folder to save into.</source>
        <translation>Wählen Sie einen Ordner zum Speichern.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="251"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="260"/>
        <source>Saved %1 of %2 files; %3 failed: %4</source>
        <translation>%1 von %2 Dateien gespeichert; %3 fehlgeschlagen: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="268"/>
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert.</numerusform>
            <numerusform>%n Dateien in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ManifestImportController</name>
    <message>
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="124"/>
        <source>Open manifest files or a folder, or paste YAML.</source>
        <translation>Öffnen Sie Manifestdateien oder einen Ordner, oder fügen Sie YAML ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="126"/>
        <source>%n pool(s) ready</source>
        <translation>
            <numerusform>%n Pool bereit</numerusform>
            <numerusform>%n Pools bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="128"/>
        <source>%n error(s) to fix before planning</source>
        <translation>
            <numerusform>%n Fehler vor dem Planen zu beheben</numerusform>
            <numerusform>%n Fehler vor dem Planen zu beheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="131"/>
        <source>%1; %n finding(s) worth a look</source>
        <translation>
            <numerusform>%1; %n Hinweis, der einen Blick wert ist</numerusform>
            <numerusform>%1; %n Hinweise, die einen Blick wert sind</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="132"/>
        <source>%1; no problems found</source>
        <translation>%1; keine Probleme gefunden</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="161"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="177"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="188"/>
        <source>No .yaml or .yml files in %1.</source>
        <translation>Keine .yaml- oder .yml-Dateien in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="228"/>
        <source>Apply %n manifest(s) to %1</source>
        <translation>
            <numerusform>%n Manifest auf %1 anwenden</numerusform>
            <numerusform>%n Manifeste auf %1 anwenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::NodeListModel</name>
    <message>
        <location filename="../src/app/browse/nodelistmodel.cpp" line="14"/>
        <source>%1d %2h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <location filename="../src/app/browse/nodelistmodel.cpp" line="16"/>
        <source>%1h %2m</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../src/app/browse/nodelistmodel.cpp" line="18"/>
        <source>%1m</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../src/app/browse/nodelistmodel.cpp" line="19"/>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/app/browse/nodelistmodel.cpp" line="47"/>
        <source>(being created)</source>
        <translation>(wird erstellt)</translation>
    </message>
</context>
<context>
    <name>app::PlanController</name>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="98"/>
        <source>%1 was replaced by %2 in a blue/green size change: applying this manifest creates %1 again beside it. Rewrite the manifest from the live pool instead (Drift tab, or poolctl apply --rewrite).</source>
        <translation>%1 wurde bei einer Blue/Green-Größenänderung durch %2 ersetzt: Dieses Manifest anzuwenden erstellt %1 daneben erneut. Schreiben Sie das Manifest stattdessen aus dem Live-Pool neu (Reiter Drift oder poolctl apply --rewrite).</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="146"/>
        <source>Create pool %1 in %2</source>
        <translation>Pool %1 in %2 erstellen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="147"/>
        <source>Change pool %1 in %2</source>
        <translation>Pool %1 in %2 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="168"/>
        <source>Delete pool %1 from %2</source>
        <translation>Pool %1 aus %2 löschen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="175"/>
        <source>Nothing to change: the pool already looks like this.</source>
        <translation>Nichts zu ändern: Der Pool sieht bereits so aus.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="177"/>
        <source>Nothing to change: the pools already look like this.</source>
        <translation>Nichts zu ändern: Die Pools sehen bereits so aus.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="187"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="202"/>
        <source>Cluster estimate: %1 → %2 a month</source>
        <translation>Cluster: %1 → %2 pro Monat</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="203"/>
        <source>Estimate for these clusters: %1 → %2 a month</source>
        <translation>Diese Cluster: %1 → %2 pro Monat</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="259"/>
        <source>An earlier apply was interrupted. Resume, roll back or forget it (the banner above the pools) before applying another.</source>
        <translation>Ein früherer Apply-Lauf wurde unterbrochen. Setzen Sie ihn fort, rollen Sie ihn zurück oder verwerfen Sie ihn (das Banner über den Pools), bevor Sie etwas anderes anwenden.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="290"/>
        <source>a new node</source>
        <translation>ein neuer Node</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="292"/>
        <source>  %1 appeared (%2)</source>
        <translation>  %1 ist erschienen (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="294"/>
        <source>  %1 is gone</source>
        <translation>  %1 ist weg</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="296"/>
        <source>  %1: %2 → %3</source>
        <translation>  %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="333"/>
        <source>Done. Every change has settled.</source>
        <translation>Fertig. Jede Änderung ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="335"/>
        <source>Stopped sending. Changes already sent go on in DigitalOcean; Resume sends the rest.</source>
        <translation>Senden angehalten. Bereits gesendete Änderungen laufen bei DigitalOcean weiter; Fortsetzen sendet den Rest.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="338"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>app::PlanStepModel</name>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="20"/>
        <source>%1 (autoscaled %2–%3)</source>
        <translation>%1 (Autoscaling %2–%3)</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="62"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="64"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="66"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="68"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="70"/>
        <source>Configure</source>
        <translation>Konfigurieren</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="81"/>
        <source>in place: old pool first</source>
        <translation>in-place: zuerst der alte Pool</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="82"/>
        <source>blue/green: new pool first</source>
        <translation>Blue/Green: zuerst der neue Pool</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="104"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="106"/>
        <source>sent, settling</source>
        <translation>gesendet, wird abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="108"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="112"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="113"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="140"/>
        <source>new pool: %1 × %2</source>
        <translation>neuer Pool: %1 × %2</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="144"/>
        <source>%1 × %2 go</source>
        <translation>%1 × %2 fallen weg</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/plan/planstepmodel.cpp" line="151"/>
        <source>%n field(s) change</source>
        <translation>
            <numerusform>%n Feld ändert sich</numerusform>
            <numerusform>%n Felder ändern sich</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="154"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
</context>
<context>
    <name>app::PoolEditor</name>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="227"/>
        <source>%1 vCPU · %2 GiB</source>
        <translation>%1 vCPU · %2 GiB</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="229"/>
        <source> · %1× GPU %2 GiB</source>
        <translation> · %1× GPU %2 GiB</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="234"/>
        <source>%1/mo</source>
        <translation>%1/Monat</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="236"/>
        <source>$%1/h</source>
        <translation>%1 $/h</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="429"/>
        <source>Keeping the name replaces the pool in place, which needs another pool in the cluster to carry the workload while %1 is gone.</source>
        <translation>Den Namen zu behalten ersetzt den Pool in-place; dafür muss ein anderer Pool im Cluster die Last tragen, solange %1 weg ist.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="432"/>
        <source>Replace it under a new name instead.</source>
        <translation>Ersetzen Sie ihn stattdessen unter einem neuen Namen.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="439"/>
        <source>The new pool&apos;s name: %1.</source>
        <translation>Der Name des neuen Pools: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="440"/>
        <source>Choose another name for the pool that replaces %1.</source>
        <translation>Wählen Sie einen anderen Namen für den Pool, der %1 ersetzt.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="466"/>
        <source>The label key &quot;%1&quot; is used twice.</source>
        <translation>Der Label-Schlüssel &quot;%1&quot; wird zweimal verwendet.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="467"/>
        <source>Remove one of the rows.</source>
        <translation>Entfernen Sie eine der Zeilen.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="482"/>
        <source>%1 (fix: %2)</source>
        <translation>%1 (Lösung: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/editor/pooleditor.cpp" line="491"/>
        <source>%n problem(s) to fix before review. %1: %2</source>
        <translation>
            <numerusform>%n Problem vor der Prüfung zu beheben. %1: %2</numerusform>
            <numerusform>%n Probleme vor der Prüfung zu beheben. %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="559"/>
        <source>Cost unknown for this size</source>
        <translation>Kosten für diese Größe unbekannt</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="567"/>
        <source>≈ %1 a month (estimate)</source>
        <translation>≈ %1 pro Monat (Schätzung)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="569"/>
        <source>≈ %1 a month now (estimate)</source>
        <translation>≈ %1 pro Monat derzeit (Schätzung)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="570"/>
        <source>≈ %1 → %2 a month (estimate)</source>
        <translation>≈ %1 → %2 pro Monat (Schätzung)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="576"/>
        <source>autoscaling band %1 – %2 a month</source>
        <translation>Autoscaling-Spanne %1 – %2 pro Monat</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="592"/>
        <source>%1 nodes would pass the account&apos;s droplet limit of %2 (other pools use %3). DigitalOcean refuses droplets past it; ask support to raise the limit or lower the number.</source>
        <translation>%1 Nodes würden das Droplet-Limit des Kontos von %2 überschreiten (andere Pools nutzen %3). DigitalOcean lehnt Droplets darüber ab; bitten Sie den Support, das Limit anzuheben, oder senken Sie die Zahl.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="600"/>
        <source>Setting a count on an autoscaled pool overrides what the autoscaler chose (%1 now). Leave the count alone unless you mean it.</source>
        <translation>Eine Anzahl für einen Pool mit Autoscaling zu setzen überschreibt die Wahl des Autoscalers (jetzt %1). Lassen Sie die Anzahl, wie sie ist, wenn Sie es nicht so meinen.</translation>
    </message>
</context>
<context>
    <name>app::PoolListModel</name>
    <message>
        <location filename="../src/app/browse/poollistmodel.cpp" line="21"/>
        <source>%1 vCPU · %2 GiB</source>
        <translation>%1 vCPU · %2 GiB</translation>
    </message>
    <message>
        <location filename="../src/app/browse/poollistmodel.cpp" line="23"/>
        <source> · %1 GPU</source>
        <translation> · %1 GPU</translation>
    </message>
    <message>
        <location filename="../src/app/browse/poollistmodel.cpp" line="34"/>
        <source>≈ %1/mo</source>
        <translation>≈ %1/Monat</translation>
    </message>
    <message>
        <location filename="../src/app/browse/poollistmodel.cpp" line="35"/>
        <source>≈ %1/mo (%2–%3)</source>
        <translation>≈ %1/Monat (%2–%3)</translation>
    </message>
</context>
<context>
    <name>app::SignInController</name>
    <message>
        <location filename="../src/app/signin/signincontroller.cpp" line="93"/>
        <source>HTTP 401 %1: %2</source>
        <translation>HTTP 401 %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/signin/signincontroller.cpp" line="95"/>
        <source>, request id %1</source>
        <translation>, Anfrage-ID %1</translation>
    </message>
    <message>
        <location filename="../src/app/signin/signincontroller.cpp" line="96"/>
        <source>This token is not valid (%1). Check that it was pasted whole, or create a new one at cloud.digitalocean.com/account/api/tokens.</source>
        <translation>Dieses Token ist ungültig (%1). Prüfen Sie, ob es vollständig eingefügt wurde, oder erstellen Sie ein neues unter cloud.digitalocean.com/account/api/tokens.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/signincontroller.cpp" line="109"/>
        <source>Paste a personal access token first.</source>
        <translation>Fügen Sie zuerst ein persönliches Zugriffstoken ein.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/signincontroller.cpp" line="114"/>
        <source>No keychain can keep the token here: choose to store it in a file, or start a keychain service and try again.</source>
        <translation>Hier kann kein Schlüsselbund das Token aufbewahren: Speichern Sie es in einer Datei, oder starten Sie einen Schlüsselbunddienst und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/signincontroller.cpp" line="119"/>
        <source>Checking the token with DigitalOcean…</source>
        <translation>Token wird bei DigitalOcean geprüft…</translation>
    </message>
</context>
<context>
    <name>app::Workspace</name>
    <message>
        <location filename="../src/app/shell/workspace.cpp" line="198"/>
        <source>The node was not deleted: %1</source>
        <translation>Der Node wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/workspace.cpp" line="209"/>
        <source>DigitalOcean refused a change with HTTP 403</source>
        <translation>DigitalOcean hat eine Änderung mit HTTP 403 abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/app/shell/workspace.cpp" line="211"/>
        <source> (“%1”)</source>
        <translation> („%1“)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/workspace.cpp" line="212"/>
        <source>This token can read but not change anything: %1. To make changes, create a token with write scope at cloud.digitalocean.com/account/api/tokens and sign in again with it.</source>
        <translation>Dieses Token kann lesen, aber nichts ändern: %1. Um Änderungen vorzunehmen, erstellen Sie unter cloud.digitalocean.com/account/api/tokens ein Token mit Schreibrechten und melden Sie sich damit erneut an.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/workspace.cpp" line="259"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/workspace.cpp" line="272"/>
        <source>Prices and sizes could not be loaded: %1</source>
        <translation>Preise und Größen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>apply</name>
    <message>
        <location filename="../src/cli/applycommands.cpp" line="46"/>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/applycommands.cpp" line="73"/>
        <source>No changes: the pools match the manifests.
</source>
        <translation>Keine Änderungen: Die Pools entsprechen den Manifesten.
</translation>
    </message>
    <message>
        <location filename="../src/cli/applycommands.cpp" line="138"/>
        <source>apply needs manifest files (or --resume, --rollback or --forget)</source>
        <translation>apply braucht Manifestdateien (oder --resume, --rollback oder --forget)</translation>
    </message>
    <message>
        <location filename="../src/cli/applycommands.cpp" line="158"/>
        <source>the plan is refused; nothing was changed</source>
        <translation>der Plan wird abgelehnt; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/cli/applycommands.cpp" line="167"/>
        <source>The plan is destructive:
  %1
Apply it?</source>
        <translation>Der Plan ist destruktiv:
  %1
Anwenden?</translation>
    </message>
</context>
<context>
    <name>applyjournal</name>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="140"/>
        <source>a step of an unknown kind</source>
        <translation>ein Schritt unbekannter Art</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="182"/>
        <source>a request of an unknown kind or state</source>
        <translation>eine Anfrage unbekannter Art oder unbekannten Zustands</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="201"/>
        <source>%1 not created</source>
        <translation>%1 nicht erstellt</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="203"/>
        <source>the create of %1 was sent, its answer not seen</source>
        <translation>das Erstellen von %1 wurde gesendet, seine Antwort nicht gesehen</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="205"/>
        <source>%1 created, its nodes not all running yet</source>
        <translation>%1 erstellt, noch laufen nicht alle Nodes</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="206"/>
        <source>%1 created, its nodes still coming up</source>
        <translation>%1 erstellt, seine Nodes fahren noch hoch</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="208"/>
        <source>%1 runs</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="210"/>
        <source>creating %1 failed%2</source>
        <translation>Erstellen von %1 fehlgeschlagen%2</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="211"/>
        <source>%1 was created but its nodes did not all run%2</source>
        <translation>%1 wurde erstellt, aber nicht alle Nodes liefen%2</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="218"/>
        <source>%1 not updated</source>
        <translation>%1 nicht aktualisiert</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="220"/>
        <source>the update of %1 was sent, its answer not seen</source>
        <translation>die Aktualisierung von %1 wurde gesendet, ihre Antwort nicht gesehen</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="222"/>
        <source>%1 updated, still settling</source>
        <translation>%1 aktualisiert, noch nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="224"/>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="226"/>
        <source>updating %1 failed%2</source>
        <translation>Aktualisieren von %1 fehlgeschlagen%2</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="232"/>
        <source>%1 not deleted</source>
        <translation>%1 nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="234"/>
        <source>the delete of %1 was sent, its answer not seen</source>
        <translation>das Löschen von %1 wurde gesendet, seine Antwort nicht gesehen</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="236"/>
        <source>%1 is being drained and deleted</source>
        <translation>%1 wird gedraint und gelöscht</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="238"/>
        <source>%1 is deleted</source>
        <translation>%1 ist gelöscht</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="240"/>
        <source>deleting %1 failed%2</source>
        <translation>Löschen von %1 fehlgeschlagen%2</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="258"/>
        <source>nothing was deleted: %1 runs as before</source>
        <translation>nichts wurde gelöscht: %1 läuft wie zuvor</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="260"/>
        <source>%1 was not deleted; both pools are billed: resume once the new nodes run, or roll back to delete %2</source>
        <translation>%1 wurde nicht gelöscht; beide Pools werden berechnet: Setzen Sie fort, sobald die neuen Nodes laufen, oder rollen Sie zurück, um %2 zu löschen</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="264"/>
        <source>both pools remain and are billed: resume to delete %1, or delete it yourself</source>
        <translation>beide Pools bleiben und werden berechnet: Setzen Sie fort, um %1 zu löschen, oder löschen Sie ihn selbst</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="268"/>
        <source>both pools remain and are billed: resume to delete %1</source>
        <translation>beide Pools bleiben und werden berechnet: Setzen Sie fort, um %1 zu löschen</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="272"/>
        <source>nothing changed: %1 runs as before</source>
        <translation>nichts hat sich geändert: %1 läuft wie zuvor</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="274"/>
        <source>the cluster has no pool %1 now: resume to create it</source>
        <translation>der Cluster hat jetzt keinen Pool %1: Setzen Sie fort, um ihn zu erstellen</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="284"/>
        <source>replace %1 in place</source>
        <translation>%1 in-place ersetzen</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="285"/>
        <source>replace %1 with %2</source>
        <translation>%1 durch %2 ersetzen</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="369"/>
        <source>the apply already deleted (or began to delete) pool %1 and nothing brings it back; resume the apply instead</source>
        <translation>der Apply-Lauf hat Pool %1 bereits gelöscht (oder zu löschen begonnen), und nichts bringt ihn zurück; setzen Sie den Apply-Lauf stattdessen fort</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="375"/>
        <source>the update of %1 stays as it was sent</source>
        <translation>die Aktualisierung von %1 bleibt, wie sie gesendet wurde</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="385"/>
        <source>deletes pool %1, which the interrupted apply created</source>
        <translation>löscht Pool %1, den der unterbrochene Apply-Lauf erstellt hat</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="393"/>
        <source>the apply created no pool; there is nothing to roll back</source>
        <translation>der Apply-Lauf hat keinen Pool erstellt; es gibt nichts zurückzurollen</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="422"/>
        <source>not an apply journal of this version</source>
        <translation>kein Apply-Journal dieser Version</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="448"/>
        <source>a step without its cluster or requests</source>
        <translation>ein Schritt ohne Cluster oder Anfragen</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="470"/>
        <source>✓ %1: applied</source>
        <translation>✓ %1: angewendet</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="472"/>
        <source>· %1: not sent</source>
        <translation>· %1: nicht gesendet</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="474"/>
        <source>✗ %1: failed: %2%3</source>
        <translation>✗ %1: fehlgeschlagen: %2%3</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="476"/>
        <source>✓ %1: sent, still settling (%2)</source>
        <translation>✓ %1: gesendet, noch nicht abgeschlossen (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="477"/>
        <source>… %1: sent, still settling: %2%3</source>
        <translation>… %1: gesendet, noch nicht abgeschlossen: %2%3</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="500"/>
        <source>A rollback</source>
        <translation>Ein Zurückrollen</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="500"/>
        <source>An apply</source>
        <translation>Ein Apply-Lauf</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="501"/>
        <source>%1 was interrupted at step %2 of %3 (%4): %5</source>
        <translation>%1 wurde bei Schritt %2 von %3 unterbrochen (%4): %5</translation>
    </message>
</context>
<context>
    <name>autoscaler</name>
    <message>
        <location filename="../src/cli/autoscalercommand.cpp" line="41"/>
        <source>--threshold %1: not a number; give a share of a node between 0 and 1, such as 0.65</source>
        <translation>--threshold %1: keine Zahl; geben Sie einen Anteil eines Nodes zwischen 0 und 1 an, etwa 0.65</translation>
    </message>
    <message>
        <location filename="../src/cli/autoscalercommand.cpp" line="67"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../src/cli/autoscalercommand.cpp" line="92"/>
        <source>Cluster autoscaler of %1 (%2)
</source>
        <translation>Cluster-Autoscaler von %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../src/cli/autoscalercommand.cpp" line="100"/>
        <source>a node must be unneeded for %1 before it is removed</source>
        <translation>ein Node muss %1 lang unnötig sein, bevor er entfernt wird</translation>
    </message>
    <message>
        <location filename="../src/cli/autoscalercommand.cpp" line="120"/>
        <source>No changes: the cluster autoscaler of %1 is already set so.
</source>
        <translation>Keine Änderungen: Der Cluster-Autoscaler von %1 ist bereits so eingestellt.
</translation>
    </message>
    <message>
        <location filename="../src/cli/autoscalercommand.cpp" line="126"/>
        <source>Change the cluster autoscaler of %1?</source>
        <translation>Den Cluster-Autoscaler von %1 ändern?</translation>
    </message>
</context>
<context>
    <name>autoscalerconfig</name>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="77"/>
        <source>picks one of the pools that could take the pods at random</source>
        <translation>wählt zufällig einen der Pools, die die Pods aufnehmen könnten</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="79"/>
        <source>picks the pool with the highest priority in the cluster-autoscaler-priority-expander ConfigMap</source>
        <translation>wählt den Pool mit der höchsten Priorität in der ConfigMap cluster-autoscaler-priority-expander</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="82"/>
        <source>picks the pool that leaves the least CPU and memory idle</source>
        <translation>wählt den Pool, der am wenigsten CPU und Speicher ungenutzt lässt</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="90"/>
        <source>a duration is empty; write it as 30s, 5m or 1h30m</source>
        <translation>eine Dauer ist leer; schreiben Sie sie als 30s, 5m oder 1h30m</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="93"/>
        <source>&quot;%1&quot; has spaces around it; write it as 30s, 5m or 1h30m</source>
        <translation>&quot;%1&quot; hat Leerzeichen darum; schreiben Sie es als 30s, 5m oder 1h30m</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="97"/>
        <source>&quot;%1&quot; is negative; a wait cannot be</source>
        <translation>&quot;%1&quot; ist negativ; eine Wartezeit kann das nicht sein</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="104"/>
        <source>&quot;%1&quot; is not a duration; write it as 30s, 5m or 1h30m</source>
        <translation>&quot;%1&quot; ist keine Dauer; schreiben Sie es als 30s, 5m oder 1h30m</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="113"/>
        <location filename="../src/core/autoscalerconfig.cpp" line="149"/>
        <source>&quot;%1&quot; is too long a duration</source>
        <translation>&quot;%1&quot; ist eine zu lange Dauer</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="131"/>
        <source>&quot;%1&quot; is not a duration: a number is missing at &quot;%2&quot;; write it as 30s, 5m or 1h30m</source>
        <translation>&quot;%1&quot; ist keine Dauer: Bei &quot;%2&quot; fehlt eine Zahl; schreiben Sie es als 30s, 5m oder 1h30m</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="139"/>
        <source>&quot;%1&quot; has no unit after %2; write it as 30s, 5m or 1h30m (units: h, m, s, ms)</source>
        <translation>&quot;%1&quot; hat keine Einheit nach %2; schreiben Sie es als 30s, 5m oder 1h30m (Einheiten: h, m, s, ms)</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="144"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a unit DigitalOcean reads; use h, m, s, ms, us or ns (30s, 5m, 1h30m)</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; ist keine Einheit, die DigitalOcean liest; verwenden Sie h, m, s, ms, us oder ns (30s, 5m, 1h30m)</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="184"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="190"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="190"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="192"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="192"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="194"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="194"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="205"/>
        <source>scale down a node when less than %1 % of it is requested</source>
        <translation>einen Node herunterskalieren, wenn weniger als %1 % davon angefordert sind</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="216"/>
        <source>%1 is not a share of a node: the threshold is between 0 and 1</source>
        <translation>%1 ist kein Anteil eines Nodes: Der Schwellwert liegt zwischen 0 und 1</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="217"/>
        <source>0.65 scales down nodes less than 65 % requested</source>
        <translation>0.65 skaliert Nodes herunter, die zu weniger als 65 % angefordert sind</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="222"/>
        <source>a number with a unit: 30s, 5m, 1h30m</source>
        <translation>eine Zahl mit Einheit: 30s, 5m, 1h30m</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="232"/>
        <source>&quot;%1&quot; is not an expander DigitalOcean knows</source>
        <translation>&quot;%1&quot; ist kein Expander, den DigitalOcean kennt</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="233"/>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="235"/>
        <source>%1 is listed twice</source>
        <translation>%1 ist zweimal aufgeführt</translation>
    </message>
</context>
<context>
    <name>autoscalerplan</name>
    <message>
        <location filename="../src/core/autoscalerplan.cpp" line="34"/>
        <source>[] (the default, random)</source>
        <translation>[] (der Standard, random)</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerplan.cpp" line="100"/>
        <source>the autoscaler will %1</source>
        <translation>der Autoscaler wird %1</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerplan.cpp" line="103"/>
        <source>a node must be unneeded for %1 before it is removed</source>
        <translation>ein Node muss %1 lang unnötig sein, bevor er entfernt wird</translation>
    </message>
</context>
<context>
    <name>cli::ContextCommand</name>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="51"/>
        <source>there are none yet</source>
        <translation>es gibt noch keine</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="52"/>
        <source>there are: %1</source>
        <translation>vorhanden sind: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="61"/>
        <source>CURRENT</source>
        <translation>AKTUELL</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="61"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="61"/>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="61"/>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="62"/>
        <source>TOKEN IN</source>
        <translation>TOKEN IN</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="62"/>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="73"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="85"/>
        <source>no context named “%1”; %2</source>
        <translation>kein Kontext namens „%1“; %2</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="93"/>
        <source>current context: %1
</source>
        <translation>aktueller Kontext: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="116"/>
        <source>cannot store the token of context “%1”: %2</source>
        <translation>das Token von Kontext „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="146"/>
        <source>imported %1 from doctl, tokens in the %2: %3
</source>
        <translation>%1 aus doctl importiert, Tokens in %2: %3
</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="147"/>
        <source>1 context</source>
        <translation>1 Kontext</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="148"/>
        <source>%1 contexts</source>
        <translation>%1 Kontexte</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="166"/>
        <source>nothing imported</source>
        <translation>nichts importiert</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="182"/>
        <source>%1 Run again with --store-in-file to keep the tokens in %2 instead: readable only by you (mode 0600), but not encrypted.</source>
        <translation>%1 Starten Sie erneut mit --store-in-file, um die Tokens stattdessen in %2 aufzubewahren: nur für Sie lesbar (Modus 0600), aber nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="204"/>
        <source>usage: poolctl context list | use NAME | import-doctl [FILE]</source>
        <translation>Aufruf: poolctl context list | use NAME | import-doctl [DATEI]</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="210"/>
        <source>
Contexts (accounts Pool Studio signed in to; no network):
  context list
      The contexts, the current one starred (-o json|yaml too).
  context use NAME
      Make NAME the current context.
  context import-doctl [FILE]
      Import doctl&apos;s contexts (FILE: %1 if not given);
      tokens go to the keychain (--store-in-file: a mode-0600 file).
</source>
        <translation>
Kontexte (Konten, bei denen Pool Studio angemeldet ist; kein Netzwerk):
  context list
      Die Kontexte, der aktuelle mit Stern (auch -o json|yaml).
  context use NAME
      Macht NAME zum aktuellen Kontext.
  context import-doctl [DATEI]
      Importiert die Kontexte von doctl (DATEI: %1, wenn nicht angegeben);
      Tokens kommen in den Schlüsselbund (--store-in-file: eine Datei mit Modus 0600).
</translation>
    </message>
</context>
<context>
    <name>cli::TokenResolution</name>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="33"/>
        <source>no access token; set DIGITALOCEAN_ACCESS_TOKEN, pass --token-file, or sign in with Pool Studio and choose a context (--context NAME)</source>
        <translation>kein Zugriffstoken; setzen Sie DIGITALOCEAN_ACCESS_TOKEN, übergeben Sie --token-file, oder melden Sie sich mit Pool Studio an und wählen Sie einen Kontext (--context NAME)</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="50"/>
        <source>cannot read the token of context “%1”: %2</source>
        <translation>das Token von Kontext „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="53"/>
        <source>context “%1” has no token in the %2; sign in to it again in Pool Studio</source>
        <translation>Kontext „%1“ hat kein Token in %2; melden Sie sich in Pool Studio erneut an</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="55"/>
        <source>token file</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="55"/>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="77"/>
        <source>cannot read the token file %1: %2</source>
        <translation>die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="88"/>
        <source>using the token from %1, not the one of context “%2”</source>
        <translation>verwende das Token aus %1, nicht das von Kontext „%2“</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="109"/>
        <source>no context named “%1”; there are none yet (sign in with Pool Studio)</source>
        <translation>kein Kontext namens „%1“; es gibt noch keine (melden Sie sich mit Pool Studio an)</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="112"/>
        <source>no context named “%1”; there are: %2</source>
        <translation>kein Kontext namens „%1“; vorhanden sind: %2</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../src/cli/commands.cpp" line="24"/>
        <source>list clusters with their pools and nodes</source>
        <translation>Cluster mit ihren Pools und Nodes auflisten</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="28"/>
        <source>list a cluster&apos;s node pools</source>
        <translation>die Node-Pools eines Clusters auflisten</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="30"/>
        <source>list a pool&apos;s nodes</source>
        <translation>die Nodes eines Pools auflisten</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="32"/>
        <source>show one pool in full</source>
        <translation>einen Pool vollständig zeigen</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="36"/>
        <source>write pools as manifest YAML (default), Terraform digitalocean_kubernetes_node_pool resources or doctl node-pool create commands: one pool, a cluster&apos;s, or all</source>
        <translation>Pools als Manifest-YAML (Standard), als Terraform-Ressourcen digitalocean_kubernetes_node_pool oder als doctl-Befehle node-pool create schreiben: einen Pool, die eines Clusters oder alle</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="41"/>
        <source>show what applying the manifests would change</source>
        <translation>zeigen, was das Anwenden der Manifeste ändern würde</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="45"/>
        <source>make the pools match the manifests. A size change creates the new pool (NAME-SIZE) and deletes the old one once the new nodes run (--replace=in-place: delete first, keep the name; needs another pool). --rewrite names the new pool in the files. Each apply is journaled: an interrupted one must be finished (--resume), undone (--rollback: delete what it created) or dropped (--forget) before the next</source>
        <translation>die Pools an die Manifeste angleichen. Eine Größenänderung erstellt den neuen Pool (NAME-GRÖSSE) und löscht den alten, sobald die neuen Nodes laufen (--replace=in-place: zuerst löschen, Namen behalten; braucht einen anderen Pool). --rewrite trägt den neuen Pool in die Dateien ein. Jeder Apply-Lauf wird protokolliert: Ein unterbrochener muss vor dem nächsten beendet (--resume), rückgängig gemacht (--rollback: löscht, was er erstellt hat) oder verworfen (--forget) werden</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="55"/>
        <source>show the cluster autoscaler&apos;s settings, or change them (a plan, --yes to confirm)</source>
        <translation>die Einstellungen des Cluster-Autoscalers zeigen oder ändern (ein Plan, --yes zum Bestätigen)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="59"/>
        <source>delete a pool and its nodes (--yes)</source>
        <translation>einen Pool und seine Nodes löschen (--yes)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="61"/>
        <source>delete one node (--skip-drain, --replace, --yes)</source>
        <translation>einen Node löschen (--skip-drain, --replace, --yes)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="64"/>
        <source>list droplet sizes and prices (cached for a day)</source>
        <translation>Droplet-Größen und Preise auflisten (einen Tag zwischengespeichert)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="70"/>
        <source>monthly cost estimate grouped by pool, cluster, size or a tag key</source>
        <translation>monatliche Kostenschätzung nach Pool, Cluster, Größe oder Tag-Schlüssel gruppiert</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="79"/>
        <source>check manifests offline: file:line:column: field: problem</source>
        <translation>Manifeste offline prüfen: Datei:Zeile:Spalte: Feld: Problem</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="81"/>
        <source>best-practice findings with rule id, severity and fix (--droplet-limit N)</source>
        <translation>Best-Practice-Hinweise mit Regel-ID, Schweregrad und Lösung (--droplet-limit N)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="84"/>
        <source>print the manifest in canonical form, or rewrite it with --write (comments are not kept)</source>
        <translation>das Manifest in kanonischer Form ausgeben oder mit --write neu schreiben (Kommentare bleiben nicht erhalten)</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <location filename="../src/cli/confirm.cpp" line="42"/>
        <source>declined; nothing was changed</source>
        <translation>abgelehnt; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/cli/confirm.cpp" line="46"/>
        <source>refused: this needs a confirmation and stdin is not a terminal; nothing was changed. Pass --yes to confirm.</source>
        <translation>abgelehnt: Das braucht eine Bestätigung, und stdin ist kein Terminal; nichts wurde geändert. Übergeben Sie --yes zum Bestätigen.</translation>
    </message>
</context>
<context>
    <name>core::BoundedFile</name>
    <message>
        <location filename="../src/core/boundedfile.cpp" line="19"/>
        <source>it is %1, more than the %2 allowed; it was not read</source>
        <translation>sie ist %1 groß, mehr als die erlaubten %2; sie wurde nicht gelesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/boundedfile.cpp" line="39"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/boundedfile.cpp" line="64"/>
        <source>it is larger than the %1 allowed; reading stopped there</source>
        <translation>sie ist größer als die erlaubten %1; das Lesen stoppte dort</translation>
    </message>
</context>
<context>
    <name>core::billing</name>
    <message>
        <location filename="../src/core/billedcost.cpp" line="219"/>
        <source>cluster %1… (no longer listed)</source>
        <translation>Cluster %1… (nicht mehr aufgeführt)</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="237"/>
        <source>The cluster no longer exists: deleted mid-month, billed until %1.</source>
        <translation>Der Cluster existiert nicht mehr: mitten im Monat gelöscht, abgerechnet bis %1.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="240"/>
        <source>No cluster of this name exists now (deleted or renamed); its billed rows are kept.</source>
        <translation>Kein Cluster dieses Namens existiert jetzt (gelöscht oder umbenannt); seine abgerechneten Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="244"/>
        <source>No recorded history for this period: nothing to estimate from.</source>
        <translation>Kein aufgezeichneter Verlauf für diesen Zeitraum: nichts, woraus sich schätzen ließe.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="248"/>
        <source>Nothing billed under this name in this period.</source>
        <translation>Unter diesem Namen wurde in diesem Zeitraum nichts abgerechnet.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="260"/>
        <source>The recorded history starts on %1: the estimate has nothing from before then.</source>
        <translation>Der aufgezeichnete Verlauf beginnt am %1: Für die Zeit davor hat die Schätzung nichts.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="266"/>
        <source>%1 nodes billed, %2 in the estimate: nodes that came and went (replaced, recycled, or removed and added again) are separate droplets, each billed up to 672 h.</source>
        <translation>%1 Nodes abgerechnet, %2 in der Schätzung: Nodes, die kamen und gingen (ersetzt, recycelt oder entfernt und wieder hinzugefügt), sind getrennte Droplets, jedes bis zu 672 h abgerechnet.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="273"/>
        <source>%1 nodes billed, %2 in the estimate: the estimate counted nodes that were not billed in this period.</source>
        <translation>%1 Nodes abgerechnet, %2 in der Schätzung: Die Schätzung zählte Nodes, die in diesem Zeitraum nicht abgerechnet wurden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/billedcost.cpp" line="279"/>
        <source>%n node(s) ran for part of the period (created or removed during it).</source>
        <translation>
            <numerusform>%n Node lief nur einen Teil des Zeitraums (währenddessen erstellt oder entfernt).</numerusform>
            <numerusform>%n Nodes liefen nur einen Teil des Zeitraums (währenddessen erstellt oder entfernt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="284"/>
        <source>The same node-hours (%1 h) at a different amount: sizes were billed at other prices than the ones the estimate used.</source>
        <translation>Dieselben Node-Stunden (%1 h) zu einem anderen Betrag: Größen wurden zu anderen Preisen abgerechnet, als die Schätzung verwendete.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="289"/>
        <source>Within rounding: every item is rounded to the cent.</source>
        <translation>Im Rahmen der Rundung: Jeder Posten wird auf den Cent gerundet.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="291"/>
        <source>Billed %1 node-hours, the estimate counts %2.</source>
        <translation>%1 Node-Stunden abgerechnet, die Schätzung zählt %2.</translation>
    </message>
    <message>
        <location filename="../src/core/billedinvoice.cpp" line="18"/>
        <source>%1: expected an amount in dollars such as &quot;12.34&quot;, found &quot;%2&quot;</source>
        <translation>%1: erwartet einen Dollarbetrag wie &quot;12.34&quot;, gefunden &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/billedinvoice.cpp" line="46"/>
        <source>%1.%2: expected a time such as &quot;2020-01-01T00:00:00Z&quot;, found &quot;%3&quot;</source>
        <translation>%1.%2: erwartet eine Zeit wie &quot;2020-01-01T00:00:00Z&quot;, gefunden &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/billedinvoice.cpp" line="58"/>
        <source>%1.invoice_period: expected a month such as &quot;2020-01&quot;, found &quot;%2&quot;</source>
        <translation>%1.invoice_period: erwartet einen Monat wie &quot;2020-01&quot;, gefunden &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/billedinvoice.cpp" line="142"/>
        <source>%1.duration: expected a number of hours such as &quot;744&quot;, found &quot;%2&quot;</source>
        <translation>%1.duration: erwartet eine Stundenzahl wie &quot;744&quot;, gefunden &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>core::dojson</name>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="130"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="132"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="134"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="136"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="138"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="140"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="172"/>
        <source>%1: expected %2, found %3</source>
        <translation>%1: erwartet %2, gefunden %3</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="214"/>
        <source>%1: expected a whole number of at most 10 digits, found %2</source>
        <translation>%1: erwartet eine ganze Zahl mit höchstens 10 Ziffern, gefunden %2</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="220"/>
        <source>%1: the number is too large</source>
        <translation>%1: Die Zahl ist zu groß</translation>
    </message>
</context>
<context>
    <name>cost</name>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="133"/>
        <source>invoice preview %1 (%2 to %3), updated_at %4
</source>
        <translation>Rechnungsvorschau %1 (%2 bis %3), updated_at %4
</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="135"/>
        <source>invoice %1 (%2 to %3)
</source>
        <translation>Rechnung %1 (%2 bis %3)
</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="140"/>
        <source> (gone)</source>
        <translation> (weg)</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="196"/>
        <source>no invoice for %1; invoices: %2; this month: %3</source>
        <translation>keine Rechnung für %1; Rechnungen: %2; dieser Monat: %3</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="197"/>
        <source>this month</source>
        <translation>dieser Monat</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="198"/>
        <location filename="../src/cli/costcommand.cpp" line="199"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="262"/>
        <source>estimate: the nodes the API shows now, each from its created_at, per second, at most 672 h a node a month, HA control plane $40.00/month; nodes removed since are on the bill only
</source>
        <translation>Schätzung: die Nodes, die die API jetzt zeigt, jeder ab seinem created_at, sekundengenau, höchstens 672 h je Node und Monat, HA-Control-Plane $40.00/Monat; seither entfernte Nodes stehen nur auf der Rechnung
</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="281"/>
        <source>unknown grouping &quot;%1&quot;; use pool, cluster, size or tag:KEY</source>
        <translation>unbekannte Gruppierung &quot;%1&quot;; verwenden Sie pool, cluster, size oder tag:SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="310"/>
        <source>estimate: count x monthly price; HA control plane $40.00/month assumed; DigitalOcean bills per second up to 672 hours a month
</source>
        <translation>Schätzung: Anzahl x Monatspreis; HA-Control-Plane mit $40.00/Monat angenommen; DigitalOcean rechnet sekundengenau ab, bis 672 Stunden im Monat
</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="314"/>
        <source>not in the size catalogue (counted as $0): %1
</source>
        <translation>nicht im Größenkatalog (als $0 gezählt): %1
</translation>
    </message>
</context>
<context>
    <name>delete</name>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="36"/>
        <source>Delete pool %1 (%2) and its %3 nodes from cluster %4? Pods are drained; this can take a quarter of an hour when they have nowhere to go.</source>
        <translation>Pool %1 (%2) und seine %3 Nodes aus Cluster %4 löschen? Pods werden gedraint; das kann eine Viertelstunde dauern, wenn sie nirgendwo hinkönnen.</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="50"/>
        <source>pool %1 deleted; its nodes are draining
</source>
        <translation>Pool %1 gelöscht; seine Nodes werden gedraint
</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="73"/>
        <source>without draining</source>
        <translation>ohne Drain</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="73"/>
        <source>after draining</source>
        <translation>nach dem Drain</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="74"/>
        <source>a new node takes its place</source>
        <translation>ein neuer Node tritt an seine Stelle</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="75"/>
        <source>the pool shrinks to %1</source>
        <translation>der Pool schrumpft auf %1</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="78"/>
        <source>Delete node %1 of pool %2 (%3)?</source>
        <translation>Node %1 von Pool %2 löschen (%3)?</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="89"/>
        <source>node %1 is being deleted
</source>
        <translation>Node %1 wird gelöscht
</translation>
    </message>
</context>
<context>
    <name>demo::DemoBackend</name>
    <message>
        <location filename="../src/demo/demobackend.cpp" line="56"/>
        <source>The demo simulator could not listen on a loopback port.</source>
        <translation>Der Demo-Simulator konnte auf keinem Loopback-Port lauschen.</translation>
    </message>
</context>
<context>
    <name>drift</name>
    <message>
        <location filename="../src/core/drift.cpp" line="135"/>
        <source>replaced by %1 (a blue/green size change); rewrite the manifest from it</source>
        <translation>ersetzt durch %1 (eine Blue/Green-Größenänderung); schreiben Sie das Manifest daraus neu</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="229"/>
        <source>pool %1 of cluster %2 is declared again; first at %3</source>
        <translation>Pool %1 von Cluster %2 wird erneut deklariert; zuerst bei %3</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="231"/>
        <source>keep one document per pool</source>
        <translation>behalten Sie ein Dokument je Pool</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="272"/>
        <source>in sync</source>
        <translation>synchron</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="274"/>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="276"/>
        <source>not live</source>
        <translation>nicht live</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="278"/>
        <source>cluster unknown</source>
        <translation>Cluster unbekannt</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="280"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="282"/>
        <source>live only</source>
        <translation>nur live</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="289"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../src/cli/filecommands.cpp" line="93"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/filecommands.cpp" line="142"/>
        <source>%n pool(s) in %1 file(s): valid
</source>
        <translation>
            <numerusform>%n Pool in %1 Datei(en): gültig
</numerusform>
            <numerusform>%n Pools in %1 Datei(en): gültig
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/filecommands.cpp" line="188"/>
        <source>no findings
</source>
        <translation>keine Hinweise
</translation>
    </message>
    <message>
        <location filename="../src/cli/filecommands.cpp" line="196"/>
        <source>poolctl: cannot read %1: %2
</source>
        <translation>poolctl: kann %1 nicht lesen: %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/filecommands.cpp" line="213"/>
        <source>%1: already formatted
</source>
        <translation>%1: bereits formatiert
</translation>
    </message>
    <message>
        <location filename="../src/cli/filecommands.cpp" line="219"/>
        <source>poolctl: cannot write %1: %2
</source>
        <translation>poolctl: kann %1 nicht schreiben: %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/filecommands.cpp" line="222"/>
        <source>%1: formatted
</source>
        <translation>%1: formatiert
</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../src/app/manifests/importsources.cpp" line="61"/>
        <source>line %1:%2</source>
        <translation>Zeile %1:%2</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="57"/>
        <source>No interrupted apply: nothing to resume, roll back or forget.
</source>
        <translation>Kein unterbrochener Apply-Lauf: nichts fortzusetzen, zurückzurollen oder zu verwerfen.
</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="70"/>
        <source>Forgot the interrupted apply; the cluster is left as it is:
  %1
</source>
        <translation>Unterbrochener Apply-Lauf verworfen; der Cluster bleibt, wie er ist:
  %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="72"/>
        <source>Forgot the unreadable apply journal.
</source>
        <translation>Unlesbares Apply-Journal verworfen.
</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="79"/>
        <source>the journal of an earlier apply cannot be read (%1); look at the cluster and run poolctl apply --forget to drop it</source>
        <translation>das Journal eines früheren Apply-Laufs ist nicht lesbar (%1); sehen Sie sich den Cluster an und verwerfen Sie es mit poolctl apply --forget</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="90"/>
        <source>. Resuming.
</source>
        <translation>. Wird fortgesetzt.
</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="99"/>
        <source>. It cannot be rolled back: %1</source>
        <translation>. Er kann nicht zurückgerollt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="105"/>
        <source>%1.
Rolling back deletes %2.</source>
        <translation>%1.
Zurückrollen löscht %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="109"/>
        <source>
Roll back?</source>
        <translation>
Zurückrollen?</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="115"/>
        <source>.
Nothing was sent now. Finish it with poolctl apply --resume, delete what it created with --rollback, or leave the cluster as it is with --forget.</source>
        <translation>.
Jetzt wurde nichts gesendet. Beenden Sie ihn mit poolctl apply --resume, löschen Sie, was er erstellt hat, mit --rollback, oder lassen Sie den Cluster mit --forget, wie er ist.</translation>
    </message>
</context>
<context>
    <name>journalfile</name>
    <message>
        <location filename="../src/core/journalfile.cpp" line="43"/>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/journalfile.cpp" line="49"/>
        <source>%1 is not JSON: %2</source>
        <translation>%1 ist kein JSON: %2</translation>
    </message>
    <message>
        <location filename="../src/core/journalfile.cpp" line="55"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/journalfile.cpp" line="62"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../src/core/journalfile.cpp" line="67"/>
        <location filename="../src/core/journalfile.cpp" line="72"/>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../src/core/journalfile.cpp" line="83"/>
        <source>cannot remove %1: %2</source>
        <translation>kann %1 nicht entfernen: %2</translation>
    </message>
</context>
<context>
    <name>k8snames</name>
    <message>
        <location filename="../src/core/k8snames.cpp" line="60"/>
        <location filename="../src/core/k8snames.cpp" line="74"/>
        <location filename="../src/core/k8snames.cpp" line="96"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="62"/>
        <location filename="../src/core/k8snames.cpp" line="126"/>
        <source>must be at most 63 characters (has %1)</source>
        <translation>darf höchstens 63 Zeichen haben (hat %1)</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="65"/>
        <source>must consist of lower-case letters, digits and &apos;-&apos;, and start and end with a letter or digit</source>
        <translation>darf nur aus Kleinbuchstaben, Ziffern und &apos;-&apos; bestehen und muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="76"/>
        <source>must be at most 253 characters (has %1)</source>
        <translation>darf höchstens 253 Zeichen haben (hat %1)</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="80"/>
        <source>must be a DNS subdomain: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, each part starting and ending with a letter or digit</source>
        <translation>muss eine DNS-Subdomain sein: Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos;, jeder Teil beginnt und endet mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="99"/>
        <source>may contain at most one &apos;/&apos; (prefix/name)</source>
        <translation>darf höchstens ein &apos;/&apos; enthalten (Präfix/Name)</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="103"/>
        <source>has an empty prefix before &apos;/&apos;</source>
        <translation>hat ein leeres Präfix vor &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="109"/>
        <source>has an empty name after &apos;/&apos;</source>
        <translation>hat einen leeren Namen nach &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="111"/>
        <source>name part must be at most 63 characters (has %1)</source>
        <translation>der Namensteil darf höchstens 63 Zeichen haben (hat %1)</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="115"/>
        <source>name part must consist of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, and start and end with a letter or digit</source>
        <translation>der Namensteil darf nur aus Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; bestehen und muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="129"/>
        <source>must consist of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, and start and end with a letter or digit</source>
        <translation>darf nur aus Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; bestehen und muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
</context>
<context>
    <name>lint</name>
    <message>
        <location filename="../src/core/lint.cpp" line="102"/>
        <source>a production pool with room for one node: an upgrade, a recycle or a failed droplet takes everything on it down</source>
        <translation>ein Produktionspool mit Platz für einen Node: Ein Upgrade, ein Recycling oder ein ausgefallenes Droplet legt alles darauf lahm</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="105"/>
        <source>run at least 2 nodes (3 to survive an upgrade with headroom), or autoscale with maxNodes 2 or more</source>
        <translation>betreiben Sie mindestens 2 Nodes (3, um ein Upgrade mit Reserve zu überstehen), oder nutzen Sie Autoscaling mit maxNodes 2 oder mehr</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="110"/>
        <source>a single node with no autoscaling: a node upgrade or failure stops every pod on it</source>
        <translation>ein einzelner Node ohne Autoscaling: Ein Upgrade oder Ausfall des Nodes stoppt jeden Pod darauf</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="113"/>
        <source>use nodeCount 2 or more, or enable autoScale</source>
        <translation>verwenden Sie nodeCount 2 oder mehr, oder schalten Sie autoScale ein</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="116"/>
        <source>maxNodes %1 is below nodeCount %2: DigitalOcean resets the count to minNodes</source>
        <translation>maxNodes %1 liegt unter nodeCount %2: DigitalOcean setzt die Anzahl auf minNodes zurück</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="121"/>
        <source>raise maxNodes to at least %1</source>
        <translation>erhöhen Sie maxNodes auf mindestens %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="124"/>
        <source>minNodes/maxNodes are set but autoScale is off; DigitalOcean stores them as 0</source>
        <translation>minNodes/maxNodes sind gesetzt, aber autoScale ist aus; DigitalOcean speichert sie als 0</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="127"/>
        <source>set autoScale: true, or remove minNodes and maxNodes</source>
        <translation>setzen Sie autoScale: true, oder entfernen Sie minNodes und maxNodes</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="138"/>
        <source>GPU size %1 has no NoSchedule taint (such as %2): ordinary pods will fill these costly nodes</source>
        <translation>GPU-Größe %1 hat kein NoSchedule-Taint (wie %2): Gewöhnliche Pods werden diese teuren Nodes füllen</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="143"/>
        <source>add taint {key: %1, value: &quot;true&quot;, effect: NoSchedule}</source>
        <translation>fügen Sie das Taint {key: %1, value: &quot;true&quot;, effect: NoSchedule} hinzu</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="149"/>
        <source>a GPU taint on %1, which has no GPU</source>
        <translation>ein GPU-Taint auf %1, das keine GPU hat</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="151"/>
        <source>remove the taint or pick a GPU size</source>
        <translation>entfernen Sie das Taint oder wählen Sie eine GPU-Größe</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="155"/>
        <source>no key:value tag (such as team:web), so this pool&apos;s cost cannot be attributed</source>
        <translation>kein Tag der Form key:value (wie team:web), daher lassen sich die Kosten dieses Pools nicht zuordnen</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="158"/>
        <source>add a tag such as team:platform or cost-center:eng</source>
        <translation>fügen Sie ein Tag wie team:platform oder cost-center:eng hinzu</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="164"/>
        <source>the pool may need %1 droplets; the account allows %2</source>
        <translation>der Pool braucht womöglich %1 Droplets; das Konto erlaubt %2</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="168"/>
        <source>lower it, or ask DigitalOcean support to raise the droplet limit</source>
        <translation>senken Sie sie, oder bitten Sie den DigitalOcean-Support, das Droplet-Limit anzuheben</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="174"/>
        <source>the cluster&apos;s only pool may scale to zero: system pods (DNS, CNI) would have nowhere to run</source>
        <translation>der einzige Pool des Clusters kann auf null skalieren: System-Pods (DNS, CNI) hätten keinen Platz zum Laufen</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="177"/>
        <source>keep minNodes at 1 or more, or add another pool</source>
        <translation>behalten Sie minNodes bei 1 oder mehr, oder fügen Sie einen weiteren Pool hinzu</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="180"/>
        <source>minNodes 0 on a pool without taints: any pod may be placed here, so the pool seldom scales back to zero, and pods wait for a droplet to boot when it is at zero</source>
        <translation>minNodes 0 bei einem Pool ohne Taints: Jeder Pod kann hier landen, daher skaliert der Pool selten auf null zurück, und bei null warten Pods, bis ein Droplet hochgefahren ist</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="184"/>
        <source>taint the pool so only workloads that tolerate it (and can wait) use it, or keep minNodes at 1 or more</source>
        <translation>versehen Sie den Pool mit einem Taint, damit nur Workloads, die es tolerieren (und warten können), ihn nutzen, oder behalten Sie minNodes bei 1 oder mehr</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="191"/>
        <source>&apos;%1&apos; is under a prefix Kubernetes or DOKS reserves; nodes with it may fail to join, and DigitalOcean may refuse it</source>
        <translation>&apos;%1&apos; liegt unter einem Präfix, das Kubernetes oder DOKS reserviert; Nodes damit treten dem Cluster womöglich nicht bei, und DigitalOcean lehnt es womöglich ab</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="195"/>
        <source>use a prefix of your own, such as example.com/%1</source>
        <translation>verwenden Sie ein eigenes Präfix, etwa example.com/%1</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="206"/>
        <source>%1 is the cluster&apos;s first (default) pool, and it %2: workloads run on the pool that is most disruptive to change</source>
        <translation>%1 ist der erste (Standard-)Pool des Clusters und %2: Workloads laufen auf dem Pool, dessen Änderung am störendsten ist</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="211"/>
        <source>autoscales with them</source>
        <translation>skaliert mit ihnen automatisch</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="212"/>
        <source>carries labels they select</source>
        <translation>trägt Labels, die sie auswählen</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="213"/>
        <source>keep the default pool small and plain (2 nodes, no labels) and move workloads to pools you can replace</source>
        <translation>halten Sie den Standardpool klein und schlicht (2 Nodes, keine Labels) und verlegen Sie Workloads auf Pools, die Sie ersetzen können</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="219"/>
        <source>this changes the cluster&apos;s first pool; changing it is disruptive</source>
        <translation>dies ändert den ersten Pool des Clusters; das ist störend</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="221"/>
        <source>keep a small default pool untouched and put workloads on pools you can replace</source>
        <translation>lassen Sie einen kleinen Standardpool unangetastet und legen Sie Workloads auf Pools, die Sie ersetzen können</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="227"/>
        <source>%1 is not offered in %2</source>
        <translation>%1 wird in %2 nicht angeboten</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="229"/>
        <source>pick a size listed for %1</source>
        <translation>wählen Sie eine für %1 aufgeführte Größe</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="234"/>
        <source>%1 is currently not available</source>
        <translation>%1 ist derzeit nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="235"/>
        <source>pick another size; new nodes may fail to provision</source>
        <translation>wählen Sie eine andere Größe; neue Nodes lassen sich womöglich nicht bereitstellen</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="245"/>
        <source>removed label(s) %1 stay on the pool&apos;s existing nodes</source>
        <translation>entfernte Labels %1 bleiben auf den vorhandenen Nodes des Pools</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="248"/>
        <source>remove them with kubectl label node ... KEY- or recycle the nodes</source>
        <translation>entfernen Sie sie mit kubectl label node ... KEY- oder recyceln Sie die Nodes</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="259"/>
        <source>NoExecute evicts running pods that do not tolerate %1</source>
        <translation>NoExecute verdrängt laufende Pods, die %1 nicht tolerieren</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="262"/>
        <source>use NoSchedule unless running pods must leave</source>
        <translation>verwenden Sie NoSchedule, außer laufende Pods müssen weichen</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="329"/>
        <source>the cluster has only one pool: it is the default pool, so every change to it disrupts the whole cluster</source>
        <translation>der Cluster hat nur einen Pool: Er ist der Standardpool, daher stört jede Änderung daran den ganzen Cluster</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="332"/>
        <source>add a second pool for workloads and keep this one as a small, untouched default pool</source>
        <translation>fügen Sie einen zweiten Pool für Workloads hinzu und behalten Sie diesen als kleinen, unangetasteten Standardpool</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="339"/>
        <source>together the pools may need %1 droplets; the account allows %2</source>
        <translation>zusammen brauchen die Pools womöglich %1 Droplets; das Konto erlaubt %2</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="343"/>
        <source>lower the counts or maxima, or ask DigitalOcean to raise the droplet limit</source>
        <translation>senken Sie die Anzahlen oder Maxima, oder bitten Sie DigitalOcean, das Droplet-Limit anzuheben</translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <location filename="../src/core/lookup.h" line="43"/>
        <source>no %1 &quot;%2&quot;; known: %3</source>
        <translation>kein %1 &quot;%2&quot;; bekannt: %3</translation>
    </message>
    <message>
        <location filename="../src/core/lookup.h" line="45"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/core/lookup.h" line="50"/>
        <source>%1 name &quot;%2&quot; is used %3 times; name it by id: %4</source>
        <translation>%1-Name &quot;%2&quot; wird %3-mal verwendet; geben Sie ihn per ID an: %4</translation>
    </message>
    <message>
        <location filename="../src/core/lookup.h" line="63"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/cli/main.cpp" line="26"/>
        <source>poolctl: DigitalOcean Kubernetes node pools from the command line.

Commands (clusters and pools are named by id or by name):
</source>
        <translation>poolctl: Node-Pools von DigitalOcean Kubernetes auf der Kommandozeile.

Befehle (Cluster und Pools werden per ID oder Name angegeben):
</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="31"/>
        <source>
Commands on manifest files only (no token, no network):
</source>
        <translation>
Befehle nur für Manifestdateien (kein Token, kein Netzwerk):
</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="37"/>
        <source>
The token is read from --token-file, else DIGITALOCEAN_ACCESS_TOKEN (or DIGITALOCEAN_TOKEN), else the keychain (or token file) of the context named by --context or, without it, of the current context Pool Studio signed in to. It is never printed.
Exit codes of the API commands: 0 done; 1 the API refused or failed, or a cluster, pool or node is unknown; 2 wrong usage; 3 refused, or a destructive step needs a confirmation (--yes); 4 validation errors in the input files of plan/apply.
Exit codes of validate, lint and fmt (as linters do): 0 clean; 1 findings (validation errors; for lint also best-practice findings); 2 unusable input (a file that cannot be read, a YAML syntax error, a document that is not a mapping) or wrong usage.</source>
        <translation>
Das Token wird aus --token-file gelesen, sonst aus DIGITALOCEAN_ACCESS_TOKEN (oder DIGITALOCEAN_TOKEN), sonst aus dem Schlüsselbund (oder der Token-Datei) des mit --context genannten Kontexts oder, ohne diese Option, des aktuellen Kontexts, bei dem Pool Studio angemeldet ist. Es wird nie ausgegeben.
Exit-Codes der API-Befehle: 0 erledigt; 1 die API lehnte ab oder scheiterte, oder ein Cluster, Pool oder Node ist unbekannt; 2 falscher Aufruf; 3 abgelehnt, oder ein destruktiver Schritt braucht eine Bestätigung (--yes); 4 Validierungsfehler in den Eingabedateien von plan/apply.
Exit-Codes von validate, lint und fmt (wie bei Lintern): 0 sauber; 1 Befunde (Validierungsfehler; bei lint auch Best-Practice-Hinweise); 2 unbrauchbare Eingabe (eine nicht lesbare Datei, ein YAML-Syntaxfehler, ein Dokument, das keine Zuordnung ist) oder falscher Aufruf.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="69"/>
        <source>API base URL (default %1, or DIGITALOCEAN_API_URL).</source>
        <translation>Basis-URL der API (Standard %1, oder DIGITALOCEAN_API_URL).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="73"/>
        <source>Read the access token from FILE.</source>
        <translation>Das Zugriffstoken aus FILE lesen.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="77"/>
        <source>Use the token (and API URL) of context NAME, as Pool Studio signed in to it; the environment still overrides it.</source>
        <translation>Das Token (und die API-URL) des Kontexts NAME verwenden, wie Pool Studio sich dort angemeldet hat; die Umgebung hat weiterhin Vorrang.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="82"/>
        <source>context import-doctl: keep the tokens in a file only you may read (mode 0600) instead of the keychain, where no keychain runs.</source>
        <translation>context import-doctl: die Tokens statt im Schlüsselbund in einer nur für Sie lesbaren Datei (Modus 0600) aufbewahren, wo kein Schlüsselbund läuft.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="85"/>
        <source>Output format: table (default), json or yaml.</source>
        <translation>Ausgabeformat: table (Standard), json oder yaml.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="89"/>
        <source>Confirm destructive steps (deleting, shrinking, replacing) without asking.</source>
        <translation>Destruktive Schritte (Löschen, Verkleinern, Ersetzen) ohne Rückfrage bestätigen.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="91"/>
        <source>apply/plan: delete pools of the named clusters that no manifest declares.</source>
        <translation>apply/plan: Pools der genannten Cluster löschen, die kein Manifest deklariert.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="95"/>
        <source>apply/plan: send nodeCount for autoscaled pools too (overrides the autoscaler).</source>
        <translation>apply/plan: nodeCount auch für Pools mit Autoscaling senden (überschreibt den Autoscaler).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="97"/>
        <source>delete-node: do not evict pods first.</source>
        <translation>delete-node: Pods nicht zuerst verdrängen.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="100"/>
        <source>delete-node: a new node takes its place. plan/apply: --replace=blue-green (default: the new pool first, under a new name) or --replace=in-place (delete first, keep the name; only where another pool carries the load).</source>
        <translation>delete-node: Ein neuer Node tritt an seine Stelle. plan/apply: --replace=blue-green (Standard: zuerst der neue Pool, unter neuem Namen) oder --replace=in-place (zuerst löschen, Namen behalten; nur wenn ein anderer Pool die Last trägt).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="106"/>
        <source>apply: after a blue/green replace, name the new pool in the applied files.</source>
        <translation>apply: nach einem Blue/Green-Austausch den neuen Pool in die angewendeten Dateien eintragen.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="108"/>
        <source>apply: finish the interrupted apply.</source>
        <translation>apply: den unterbrochenen Apply-Lauf beenden.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="111"/>
        <source>apply: delete the pools the interrupted apply created (not after it deleted one).</source>
        <translation>apply: die Pools löschen, die der unterbrochene Apply-Lauf erstellt hat (nicht, nachdem er einen gelöscht hat).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="115"/>
        <source>apply: drop the interrupted apply&apos;s journal; change nothing.</source>
        <translation>apply: das Journal des unterbrochenen Apply-Laufs verwerfen; nichts ändern.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="118"/>
        <source>apply: keep the apply journal in DIR (default: per context, in $XDG_DATA_HOME/poolctl/journals).</source>
        <translation>apply: das Apply-Journal in DIR aufbewahren (Standard: je Kontext, in $XDG_DATA_HOME/poolctl/journals).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="123"/>
        <source>apply: seconds between looks at a settling pool (default 10).</source>
        <translation>apply: Sekunden zwischen den Blicken auf einen sich einpendelnden Pool (Standard 10).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="127"/>
        <source>apply: seconds a replacement&apos;s nodes may take to run (default 1800).</source>
        <translation>apply: Sekunden, die die Nodes eines Ersatzpools bis zum Laufen brauchen dürfen (Standard 1800).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="130"/>
        <source>sizes: ask the API even if the cache is fresh.</source>
        <translation>sizes: die API fragen, auch wenn der Cache frisch ist.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="133"/>
        <source>cost: group by pool (default), cluster, size or tag:KEY; cost also takes -o csv.</source>
        <translation>cost: nach pool (Standard), cluster, size oder tag:KEY gruppieren; cost kennt auch -o csv.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="138"/>
        <source>cost: what DigitalOcean billed per cluster beside the estimate (needs a token with billing:read).</source>
        <translation>cost: was DigitalOcean je Cluster abgerechnet hat, neben der Schätzung (braucht ein Token mit billing:read).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="142"/>
        <source>cost --billed: the invoice of YYYY-MM (default: this month so far).</source>
        <translation>cost --billed: die Rechnung von YYYY-MM (Standard: dieser Monat bisher).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="147"/>
        <source>autoscaler: scale down nodes requested less than this share (0 to 1, e.g. 0.65).</source>
        <translation>autoscaler: Nodes herunterskalieren, die zu weniger als diesem Anteil angefordert sind (0 bis 1, z. B. 0.65).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="151"/>
        <source>autoscaler: how long a node is unneeded before it goes (5m, 1h30m).</source>
        <translation>autoscaler: wie lange ein Node unnötig ist, bevor er geht (5m, 1h30m).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="155"/>
        <source>autoscaler: random, priority, least_waste, comma-separated (&quot;&quot; clears).</source>
        <translation>autoscaler: random, priority, least_waste, durch Kommas getrennt (&quot;&quot; leert).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="159"/>
        <source>fmt: rewrite the file instead of printing it.</source>
        <translation>fmt: die Datei neu schreiben, statt sie auszugeben.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="161"/>
        <source>lint: the account&apos;s droplet limit (default 25).</source>
        <translation>lint: das Droplet-Limit des Kontos (Standard 25).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="165"/>
        <source>export: yaml (manifests, default), terraform (digitalocean_kubernetes_node_pool resources) or doctl (node-pool create commands).</source>
        <translation>export: yaml (Manifeste, Standard), terraform (Ressourcen digitalocean_kubernetes_node_pool) oder doctl (Befehle node-pool create).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="174"/>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="45"/>
        <source>Pool Studio: DigitalOcean Kubernetes node pools on the desktop. DIGITALOCEAN_ACCESS_TOKEN (or DIGITALOCEAN_TOKEN) signs in for one run; without it, the saved context or the sign-in page opens.</source>
        <translation>Pool Studio: Node-Pools von DigitalOcean Kubernetes auf dem Desktop. DIGITALOCEAN_ACCESS_TOKEN (oder DIGITALOCEAN_TOKEN) meldet für einen Lauf an; ohne es öffnet sich der gespeicherte Kontext oder die Anmeldeseite.</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="53"/>
        <source>Run against the built-in simulator with demo data.</source>
        <translation>Gegen den eingebauten Simulator mit Demodaten laufen.</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="56"/>
        <source>DigitalOcean API base URL (default %1).</source>
        <translation>Basis-URL der DigitalOcean-API (Standard %1).</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="61"/>
        <source>Colour theme: system (default), light or dark.</source>
        <translation>Farbschema: system (Standard), light oder dark.</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="65"/>
        <source>Save the window to FILE once the first refresh has finished, then quit (for documentation).</source>
        <translation>Das Fenster nach der ersten Aktualisierung in FILE speichern, dann beenden (für die Dokumentation).</translation>
    </message>
</context>
<context>
    <name>manifest</name>
    <message>
        <location filename="../src/core/manifest.cpp" line="185"/>
        <source>a manifest document must be a mapping</source>
        <translation>ein Manifest-Dokument muss eine Zuordnung (Mapping) sein</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="186"/>
        <source>start with apiVersion: %1</source>
        <translation>beginnen Sie mit apiVersion: %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="195"/>
        <source>unsupported apiVersion &apos;%1&apos;</source>
        <translation>nicht unterstützte apiVersion &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="196"/>
        <source>use apiVersion: %1</source>
        <translation>verwenden Sie apiVersion: %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="199"/>
        <source>unsupported kind &apos;%1&apos;</source>
        <translation>nicht unterstütztes kind &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="200"/>
        <source>use kind: %1</source>
        <translation>verwenden Sie kind: %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="241"/>
        <source>keys must be plain words</source>
        <translation>Schlüssel müssen einfache Wörter sein</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="247"/>
        <source>key &apos;%1&apos; appears twice</source>
        <translation>Schlüssel &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="248"/>
        <location filename="../src/core/manifest.cpp" line="423"/>
        <location filename="../src/core/manifest.cpp" line="531"/>
        <source>remove one of them</source>
        <translation>entfernen Sie einen davon</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="257"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="259"/>
        <source>allowed here: %1</source>
        <translation>hier erlaubt: %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="260"/>
        <location filename="../src/core/manifest.cpp" line="481"/>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="275"/>
        <source>&apos;%1&apos; is required</source>
        <translation>&apos;%1&apos; ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="283"/>
        <location filename="../src/core/manifest.cpp" line="488"/>
        <source>expected a mapping, got %1</source>
        <translation>erwartet eine Zuordnung, erhalten %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="291"/>
        <source>expected a list, got %1</source>
        <translation>erwartet eine Liste, erhalten %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="292"/>
        <source>write one item per line, each starting with &apos;- &apos;</source>
        <translation>schreiben Sie ein Element je Zeile, jedes beginnend mit &apos;- &apos;</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="300"/>
        <source>a mapping</source>
        <translation>eine Zuordnung (Mapping)</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="302"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="304"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="309"/>
        <location filename="../src/core/yamlscalar.cpp" line="143"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="324"/>
        <source>expected a string, got %1</source>
        <translation>erwartet eine Zeichenkette, erhalten %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="346"/>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="350"/>
        <source>expected a whole number, got %1</source>
        <translation>erwartet eine ganze Zahl, erhalten %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="351"/>
        <source>remove the quotes</source>
        <translation>entfernen Sie die Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="365"/>
        <source>expected true or false, got %1</source>
        <translation>erwartet true oder false, erhalten %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="366"/>
        <source>write true or false without quotes</source>
        <translation>schreiben Sie true oder false ohne Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="422"/>
        <source>%1 &apos;%2&apos; appears twice</source>
        <translation>%1 &apos;%2&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="479"/>
        <source>unknown relationship type &apos;%1&apos;</source>
        <translation>unbekannter Beziehungstyp &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="480"/>
        <source>use one of: %1</source>
        <translation>verwenden Sie eines von: %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="489"/>
        <source>write cluster: {value: CLUSTER-ID}</source>
        <translation>schreiben Sie cluster: {value: CLUSTER-ID}</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="495"/>
        <source>cluster has both value and valueFrom</source>
        <translation>cluster hat sowohl value als auch valueFrom</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="496"/>
        <source>keep one of them</source>
        <translation>behalten Sie eines davon</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="498"/>
        <source>cluster needs value or valueFrom</source>
        <translation>cluster braucht value oder valueFrom</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="530"/>
        <source>label &apos;%1&apos; appears twice</source>
        <translation>Label &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="652"/>
        <source>the document expands to more than %1 YAML nodes</source>
        <translation>das Dokument wächst auf mehr als %1 YAML-Knoten an</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="738"/>
        <source>the file is %1 bytes; manifests larger than %2 bytes are not read</source>
        <translation>die Datei hat %1 Byte; Manifeste über %2 Byte werden nicht gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="741"/>
        <source>split it into smaller files</source>
        <translation>teilen Sie sie in kleinere Dateien auf</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="767"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="768"/>
        <source>check the indentation and quotes near this line</source>
        <translation>prüfen Sie die Einrückung und Anführungszeichen nahe dieser Zeile</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="777"/>
        <source>the file has %1 documents; at most %2 are read</source>
        <translation>die Datei hat %1 Dokumente; höchstens %2 werden gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/yamlscalar.cpp" line="135"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../src/core/yamlscalar.cpp" line="137"/>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/yamlscalar.cpp" line="139"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
</context>
<context>
    <name>manifestfollow</name>
    <message>
        <location filename="../src/cli/manifestfollow.cpp" line="50"/>
        <source>cannot rewrite %1: %2</source>
        <translation>kann %1 nicht neu schreiben: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/manifestfollow.cpp" line="82"/>
        <source>cannot read %1 again to rewrite it: %2</source>
        <translation>kann %1 zum Neuschreiben nicht erneut lesen: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/manifestfollow.cpp" line="96"/>
        <source>%1 is left as it was: %2</source>
        <translation>%1 bleibt, wie es war: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/manifestfollow.cpp" line="101"/>
        <source>rewrote %1: pool %2 is now %3</source>
        <translation>%1 neu geschrieben: Pool %2 ist jetzt %3</translation>
    </message>
</context>
<context>
    <name>manifestplan</name>
    <message>
        <location filename="../src/core/manifestplan.cpp" line="89"/>
        <source>the cluster is not named</source>
        <translation>der Cluster ist nicht genannt</translation>
    </message>
    <message>
        <location filename="../src/core/manifestplan.cpp" line="95"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../src/core/manifestplan.cpp" line="114"/>
        <source>name a cluster of this account by id or by name</source>
        <translation>nennen Sie einen Cluster dieses Kontos per ID oder Name</translation>
    </message>
    <message>
        <location filename="../src/core/manifestplan.cpp" line="119"/>
        <source>pool %1 is declared twice for cluster %2</source>
        <translation>Pool %1 wird für Cluster %2 zweimal deklariert</translation>
    </message>
    <message>
        <location filename="../src/core/manifestplan.cpp" line="123"/>
        <source>keep one document per pool</source>
        <translation>behalten Sie ein Dokument je Pool</translation>
    </message>
    <message>
        <location filename="../src/core/manifestplan.cpp" line="151"/>
        <source>cluster %1 (%2):
</source>
        <translation>Cluster %1 (%2):
</translation>
    </message>
</context>
<context>
    <name>manifestrewrite</name>
    <message>
        <location filename="../src/core/manifestrewrite.cpp" line="86"/>
        <source>pool %1 is described twice in the file; rewrite it by hand</source>
        <translation>Pool %1 wird in der Datei zweimal beschrieben; schreiben Sie ihn von Hand neu</translation>
    </message>
    <message>
        <location filename="../src/core/manifestrewrite.cpp" line="93"/>
        <source>the file no longer holds this manifest of pool %1; check again</source>
        <translation>die Datei enthält dieses Manifest von Pool %1 nicht mehr; prüfen Sie erneut</translation>
    </message>
    <message>
        <location filename="../src/core/manifestrewrite.cpp" line="125"/>
        <source>the file&apos;s layout could not be kept while rewriting pool %1; it was left as it was</source>
        <translation>der Aufbau der Datei ließ sich beim Neuschreiben von Pool %1 nicht erhalten; sie blieb, wie sie war</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../src/core/plan.cpp" line="88"/>
        <source>nodeCount is left to the autoscaler (live %1, declared %2)</source>
        <translation>nodeCount bleibt dem Autoscaler überlassen (live %1, deklariert %2)</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="93"/>
        <source>sets nodeCount on an autoscaled pool: it overrides what the autoscaler chose</source>
        <translation>setzt nodeCount bei einem Pool mit Autoscaling: Das überschreibt die Wahl des Autoscalers</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="96"/>
        <source>lowers the node count from %1 to %2: %3 drained and deleted</source>
        <translation>senkt die Anzahl der Nodes von %1 auf %2: %3 gedraint und gelöscht</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="133"/>
        <source>removed labels stay on the pool&apos;s existing nodes; only new nodes go without them</source>
        <translation>entfernte Labels bleiben auf den vorhandenen Nodes des Pools; nur neue Nodes kommen ohne sie</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="149"/>
        <source>adds NoExecute taint %1: running pods without a toleration are evicted</source>
        <translation>fügt das NoExecute-Taint %1 hinzu: Laufende Pods ohne Toleration werden verdrängt</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="314"/>
        <source>deletes the pool and its %1; draining can take a quarter of an hour when pods have nowhere to go</source>
        <translation>löscht den Pool und seine %1; das Drainen kann eine Viertelstunde dauern, wenn Pods nirgendwo hinkönnen</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="338"/>
        <source>the plan deletes every pool of the cluster; DOKS needs at least one</source>
        <translation>der Plan löscht jeden Pool des Clusters; DOKS braucht mindestens einen</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="348"/>
        <source>&apos;%1&apos; is the last pool of cluster &apos;%2&apos;; DOKS needs at least one pool</source>
        <translation>&apos;%1&apos; ist der letzte Pool von Cluster &apos;%2&apos;; DOKS braucht mindestens einen Pool</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="365"/>
        <source>+ create %1 (%2 x %3)</source>
        <translation>+ %1 erstellen (%2 x %3)</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="370"/>
        <source>~ update %1</source>
        <translation>~ %1 aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="374"/>
        <source>-/+ replace %1 (in place)</source>
        <translation>-/+ %1 ersetzen (in-place)</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="376"/>
        <source>-/+ replace %1 with %2 (blue/green: the new pool first)</source>
        <translation>-/+ %1 durch %2 ersetzen (Blue/Green: zuerst der neue Pool)</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="381"/>
        <source>- delete %1 (%2 x %3)</source>
        <translation>- %1 löschen (%2 x %3)</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="386"/>
        <source>~ configure the cluster autoscaler</source>
        <translation>~ Cluster-Autoscaler konfigurieren</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="390"/>
        <source>  [%1/mo -&gt; %2/mo]</source>
        <translation>  [%1/Monat -&gt; %2/Monat]</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="403"/>
        <source>No changes. The live pools match the declared ones.
</source>
        <translation>Keine Änderungen. Die Live-Pools entsprechen den deklarierten.
</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="406"/>
        <source>
Plan: %1 to create, %2 to update, %3 to replace, %4 to delete.
</source>
        <translation>
Plan: %1 zu erstellen, %2 zu aktualisieren, %3 zu ersetzen, %4 zu löschen.
</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="413"/>
        <source>The cluster autoscaler&apos;s settings change in %1.
</source>
        <translation>Die Einstellungen des Cluster-Autoscalers ändern sich in %1.
</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="415"/>
        <source>one cluster</source>
        <translation>einem Cluster</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="416"/>
        <source>%1 clusters</source>
        <translation>%1 Clustern</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="418"/>
        <source>Monthly cost: %1 -&gt; %2 (%3)
</source>
        <translation>Monatliche Kosten: %1 -&gt; %2 (%3)
</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="422"/>
        <source>No price known for: %1 (counted as $0.00)
</source>
        <translation>Kein Preis bekannt für: %1 (als $0.00 gezählt)
</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="425"/>
        <source>Steps marked ! are destructive and need confirmation.
</source>
        <translation>Mit ! markierte Schritte sind destruktiv und brauchen eine Bestätigung.
</translation>
    </message>
</context>
<context>
    <name>preflight</name>
    <message>
        <location filename="../src/core/preflight.cpp" line="67"/>
        <source>%1/%2: %3 → %4</source>
        <translation>%1/%2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../src/core/preflight.cpp" line="73"/>
        <source>%1/%2 (new): %3</source>
        <translation>%1/%2 (neu): %3</translation>
    </message>
    <message>
        <location filename="../src/core/preflight.cpp" line="84"/>
        <source>%1/%2 (replacing %3, both at once): %4</source>
        <translation>%1/%2 (ersetzt %3, beide gleichzeitig): %4</translation>
    </message>
    <message>
        <location filename="../src/core/preflight.cpp" line="126"/>
        <source>the plan needs room for %1 droplets at once (the node counts of every pool of the account&apos;s clusters as its steps run), but the account&apos;s droplet limit is %2 (%3 nodes before the plan); DigitalOcean would refuse it half way. The pools that would pass it: %4. Lower their counts, or ask DigitalOcean to raise the limit</source>
        <translation>der Plan braucht Platz für %1 Droplets gleichzeitig (die Node-Anzahlen jedes Pools in den Clustern des Kontos, während seine Schritte laufen), aber das Droplet-Limit des Kontos ist %2 (%3 Nodes vor dem Plan); DigitalOcean würde ihn auf halbem Weg ablehnen. Die Pools, die es überschreiten würden: %4. Senken Sie deren Anzahl, oder bitten Sie DigitalOcean, das Limit anzuheben</translation>
    </message>
    <message>
        <location filename="../src/core/preflight.cpp" line="137"/>
        <source>at their autoscaling maxima the account&apos;s pools would need %1 droplets, past the droplet limit of %2: the autoscaler will not be able to grow them all that far (%3)</source>
        <translation>bei ihren Autoscaling-Maxima bräuchten die Pools des Kontos %1 Droplets, mehr als das Droplet-Limit von %2: Der Autoscaler wird sie nicht alle so weit vergrößern können (%3)</translation>
    </message>
</context>
<context>
    <name>resolve</name>
    <message>
        <location filename="../src/cli/resolve.cpp" line="38"/>
        <source>node pool in cluster %1:</source>
        <translation>Node-Pool in Cluster %1:</translation>
    </message>
    <message>
        <location filename="../src/cli/resolve.cpp" line="46"/>
        <source>node in pool %1:</source>
        <translation>Node in Pool %1:</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <location filename="../src/cli/sizescommand.cpp" line="45"/>
        <source>prices fetched %1
</source>
        <translation>Preise abgerufen %1
</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../src/core/validation.cpp" line="73"/>
        <source>a droplet size is required</source>
        <translation>eine Droplet-Größe ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="74"/>
        <source>pick a size slug such as s-2vcpu-4gb</source>
        <translation>wählen Sie einen Größen-Slug wie s-2vcpu-4gb</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="79"/>
        <source>&apos;%1&apos; is not a size slug</source>
        <translation>&apos;%1&apos; ist kein Größen-Slug</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="80"/>
        <source>slugs are lower-case letters, digits and &apos;-&apos;, e.g. s-2vcpu-4gb</source>
        <translation>Slugs bestehen aus Kleinbuchstaben, Ziffern und &apos;-&apos;, z. B. s-2vcpu-4gb</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="91"/>
        <source>unknown droplet size &apos;%1&apos;</source>
        <translation>unbekannte Droplet-Größe &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="93"/>
        <source>choose one of the sizes DigitalOcean lists</source>
        <translation>wählen Sie eine der Größen, die DigitalOcean auflistet</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="95"/>
        <location filename="../src/core/validation.cpp" line="262"/>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="103"/>
        <source>a pool needs at least one node (nodeCount is %1)</source>
        <translation>ein Pool braucht mindestens einen Node (nodeCount ist %1)</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="106"/>
        <source>set nodeCount to 1 or more, or enable autoScale with minNodes 0</source>
        <translation>setzen Sie nodeCount auf 1 oder mehr, oder schalten Sie autoScale mit minNodes 0 ein</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="115"/>
        <source>minNodes must not be negative (is %1)</source>
        <translation>minNodes darf nicht negativ sein (ist %1)</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="117"/>
        <source>use 0 to let the pool scale to zero</source>
        <translation>verwenden Sie 0, damit der Pool auf null skalieren kann</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="122"/>
        <source>maxNodes must be at least 1 when autoScale is on (is %1)</source>
        <translation>maxNodes muss bei eingeschaltetem autoScale mindestens 1 sein (ist %1)</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="125"/>
        <source>set maxNodes to the most nodes the pool may grow to</source>
        <translation>setzen Sie maxNodes auf die größte Node-Zahl, auf die der Pool wachsen darf</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="132"/>
        <source>minNodes (%1) is greater than maxNodes (%2)</source>
        <translation>minNodes (%1) ist größer als maxNodes (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="135"/>
        <source>lower minNodes or raise maxNodes</source>
        <translation>senken Sie minNodes oder erhöhen Sie maxNodes</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="141"/>
        <source>nodeCount must not be negative (is %1)</source>
        <translation>nodeCount darf nicht negativ sein (ist %1)</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="148"/>
        <source>nodeCount %1 is outside the autoscaling range %2..%3</source>
        <translation>nodeCount %1 liegt außerhalb des Autoscaling-Bereichs %2..%3</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="153"/>
        <source>DigitalOcean would replace it with minNodes; set nodeCount within the range</source>
        <translation>DigitalOcean würde sie durch minNodes ersetzen; setzen Sie nodeCount innerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="177"/>
        <source>a pool name is required</source>
        <translation>ein Poolname ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="178"/>
        <source>use lower-case letters, digits and &apos;-&apos;, e.g. app-workers</source>
        <translation>verwenden Sie Kleinbuchstaben, Ziffern und &apos;-&apos;, z. B. app-workers</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="187"/>
        <source>pool name &apos;%1&apos; %2</source>
        <translation>Poolname &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="188"/>
        <source>the name becomes a node-name prefix and a label value, so it must be a DNS-1123 label</source>
        <translation>der Name wird zum Präfix der Node-Namen und zu einem Label-Wert, daher muss er ein DNS-1123-Label sein</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="196"/>
        <source>the cluster already has a pool named &apos;%1&apos;</source>
        <translation>der Cluster hat bereits einen Pool namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="198"/>
        <location filename="../src/core/validation.cpp" line="379"/>
        <source>pool names must be unique within a cluster</source>
        <translation>Poolnamen müssen innerhalb eines Clusters eindeutig sein</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="211"/>
        <source>label key &apos;%1&apos; %2</source>
        <translation>Label-Schlüssel &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="212"/>
        <source>keys look like app or example.com/app</source>
        <translation>Schlüssel sehen aus wie app oder example.com/app</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="218"/>
        <source>labels under &apos;%1/&apos; are owned by DOKS</source>
        <translation>Labels unter &apos;%1/&apos; gehören DOKS</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="220"/>
        <source>labels under &apos;%1/&apos; are reserved by Kubernetes and stop nodes from joining the cluster</source>
        <translation>Labels unter &apos;%1/&apos; sind von Kubernetes reserviert und hindern Nodes am Beitritt zum Cluster</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="225"/>
        <source>use your own prefix, e.g. example.com/role</source>
        <translation>verwenden Sie ein eigenes Präfix, z. B. example.com/role</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="230"/>
        <source>label value &apos;%1&apos; %2</source>
        <translation>Label-Wert &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="242"/>
        <source>taint key &apos;%1&apos; %2</source>
        <translation>Taint-Schlüssel &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="243"/>
        <source>keys look like dedicated or nvidia.com/gpu</source>
        <translation>Schlüssel sehen aus wie dedicated oder nvidia.com/gpu</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="248"/>
        <source>taint value &apos;%1&apos; %2</source>
        <translation>Taint-Wert &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="256"/>
        <source>a taint effect is required</source>
        <translation>ein Taint-Effekt ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="257"/>
        <source>unknown taint effect &apos;%1&apos;</source>
        <translation>unbekannter Taint-Effekt &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="260"/>
        <source>use NoSchedule, PreferNoSchedule or NoExecute</source>
        <translation>verwenden Sie NoSchedule, PreferNoSchedule oder NoExecute</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="274"/>
        <source>a tag must not be empty</source>
        <translation>ein Tag darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="276"/>
        <source>tag is %1 characters; at most 255 are allowed</source>
        <translation>das Tag hat %1 Zeichen; höchstens 255 sind erlaubt</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="279"/>
        <source>tag &apos;%1&apos; may contain only letters, digits, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;</source>
        <translation>Tag &apos;%1&apos; darf nur Buchstaben, Ziffern, &apos;_&apos;, &apos;:&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="282"/>
        <source>tags look like team:ml or env-prod</source>
        <translation>Tags sehen aus wie team:ml oder env-prod</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="286"/>
        <source>&apos;%1&apos; is a tag DOKS adds by itself</source>
        <translation>&apos;%1&apos; ist ein Tag, das DOKS selbst hinzufügt</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="287"/>
        <source>remove it: tags starting with k8s are DOKS&apos;s own</source>
        <translation>entfernen Sie es: Tags, die mit k8s beginnen, gehören DOKS</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="304"/>
        <source>the cluster is not named</source>
        <translation>der Cluster ist nicht genannt</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="305"/>
        <source>set cluster.value to the cluster&apos;s id or name</source>
        <translation>setzen Sie cluster.value auf die ID oder den Namen des Clusters</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="310"/>
        <source>cluster has both value and valueFrom</source>
        <translation>cluster hat sowohl value als auch valueFrom</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="311"/>
        <source>keep one of them</source>
        <translation>behalten Sie eines davon</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="314"/>
        <source>valueFrom needs the name of the cluster resource</source>
        <translation>valueFrom braucht den Namen der Cluster-Ressource</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="333"/>
        <source>a taint with key &apos;%1&apos; and effect %2 is already listed</source>
        <translation>ein Taint mit Schlüssel &apos;%1&apos; und Effekt %2 ist bereits aufgeführt</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="336"/>
        <source>taints are unique by key and effect; remove one</source>
        <translation>Taints sind nach Schlüssel und Effekt eindeutig; entfernen Sie eines</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="352"/>
        <source>tag &apos;%1&apos; is listed twice</source>
        <translation>Tag &apos;%1&apos; ist zweimal aufgeführt</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="353"/>
        <source>remove the duplicate</source>
        <translation>entfernen Sie das Duplikat</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="376"/>
        <source>pool name &apos;%1&apos; is declared more than once</source>
        <translation>Poolname &apos;%1&apos; wird mehr als einmal deklariert</translation>
    </message>
</context>
</TS>
