<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/api/apierror.cpp" line="44"/>
        <source>The connection is not trusted, so nothing was sent: check the API URL; Pool Studio never ignores a certificate error.</source>
        <translation>La connexion n&apos;est pas fiable, rien n&apos;a donc été envoyé&#xa0;: vérifiez l&apos;URL de l&apos;API&#x202f;; Pool Studio n&apos;ignore jamais une erreur de certificat.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="47"/>
        <source>The server&apos;s paging links are broken: check the API URL and any proxy in front of it.</source>
        <translation>Les liens de pagination du serveur sont cassés&#xa0;: vérifiez l&apos;URL de l&apos;API et tout proxy placé devant.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="52"/>
        <source>Check the network connection and the API URL.</source>
        <translation>Vérifiez la connexion réseau et l&apos;URL de l&apos;API.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="54"/>
        <source>The access token was refused: sign in again with a valid token.</source>
        <translation>Le jeton d&apos;accès a été refusé&#xa0;: reconnectez-vous avec un jeton valide.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="56"/>
        <source>The token is not allowed to do this: use a token with write scope.</source>
        <translation>Ce jeton n&apos;y est pas autorisé&#xa0;: utilisez un jeton avec le droit d&apos;écriture (write scope).</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="58"/>
        <source>It no longer exists: refresh to see the current state.</source>
        <translation>Il n&apos;existe plus&#xa0;: actualisez pour voir l&apos;état actuel.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="60"/>
        <source>DigitalOcean rejected the values: correct them and try again.</source>
        <translation>DigitalOcean a rejeté les valeurs&#xa0;: corrigez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="62"/>
        <source>Too many requests: wait a moment, Pool Studio will slow down.</source>
        <translation>Trop de requêtes&#xa0;: patientez un instant, Pool Studio va ralentir.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="64"/>
        <source>DigitalOcean had a problem: try again in a minute.</source>
        <translation>DigitalOcean a rencontré un problème&#xa0;: réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="67"/>
        <source>Network error: %1</source>
        <translation>Erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="70"/>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="72"/>
        <source> (request id %1)</source>
        <translation> (identifiant de requête %1)</translation>
    </message>
    <message>
        <location filename="../src/api/replyreader.cpp" line="110"/>
        <source>the server gave no explanation</source>
        <translation>le serveur n&apos;a donné aucune explication</translation>
    </message>
    <message>
        <location filename="../src/api/replyreader.cpp" line="122"/>
        <source>the answer is larger than %1 MiB (%2 bytes or more); it was not read</source>
        <translation>la réponse dépasse %1 Mio (%2 octets ou plus)&#x202f;; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <location filename="../src/api/replyreader.cpp" line="53"/>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>la réponse n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <location filename="../src/api/replyreader.cpp" line="59"/>
        <source>the answer names %1 twice</source>
        <translation>la réponse nomme %1 deux fois</translation>
    </message>
    <message>
        <location filename="../src/api/replyreader.cpp" line="66"/>
        <source>the answer is not what DigitalOcean sends: %1</source>
        <translation>la réponse n&apos;est pas ce qu&apos;envoie DigitalOcean&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ApplyRunningDialog</name>
    <message>
        <location filename="../src/app/plan/ApplyRunningDialog.qml" line="12"/>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <location filename="../src/app/plan/ApplyRunningDialog.qml" line="20"/>
        <source>An apply is still running</source>
        <translation>Une application est encore en cours</translation>
    </message>
    <message>
        <location filename="../src/app/plan/ApplyRunningDialog.qml" line="25"/>
        <source>What was sent goes on in DigitalOcean, but the steps not sent yet are not sent. A blue/green replace stopped now leaves both pools running and billed. The apply is journaled: the next time this context opens, it offers Resume, Roll back or Forget.</source>
        <translation>Ce qui a été envoyé se poursuit chez DigitalOcean, mais les étapes pas encore envoyées ne le seront pas. Un remplacement blue/green arrêté maintenant laisse les deux pools en marche et facturés. L&apos;application est journalisée&#xa0;: à la prochaine ouverture de ce contexte, Reprendre, Revenir en arrière ou Oublier sont proposés.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/ApplyRunningDialog.qml" line="43"/>
        <source>Keep running</source>
        <translation>Continuer</translation>
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
        <translation>L&apos;autoscaler maintient entre &lt;b&gt;%1&lt;/b&gt; et &lt;b&gt;%2&lt;/b&gt; nœuds&#x202f;; %3 tournent maintenant.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/AutoscaleEditor.qml" line="52"/>
        <source>A fixed pool of &lt;b&gt;%1&lt;/b&gt; nodes.</source>
        <translation>Un pool fixe de &lt;b&gt;%1&lt;/b&gt; nœuds.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/AutoscaleEditor.qml" line="94"/>
        <source>limit %1</source>
        <translation>limite %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/AutoscaleEditor.qml" line="135"/>
        <source>now %1</source>
        <translation>actuel %1</translation>
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
        <translation>nœuds</translation>
    </message>
</context>
<context>
    <name>BackgroundApplyBanner</name>
    <message>
        <location filename="../src/app/plan/BackgroundApplyBanner.qml" line="47"/>
        <source>Applying in the background: %1</source>
        <translation>Application en arrière-plan&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/plan/BackgroundApplyBanner.qml" line="49"/>
        <source>waiting to send the first step</source>
        <translation>en attente de l&apos;envoi de la première étape</translation>
    </message>
    <message>
        <location filename="../src/app/plan/BackgroundApplyBanner.qml" line="58"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../src/app/plan/BackgroundApplyBanner.qml" line="64"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>BilledView</name>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="35"/>
        <source>Billed vs estimated</source>
        <translation>Facturé / estimé</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="39"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="57"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="62"/>
        <source>Back to estimates</source>
        <translation>Retour aux estimations</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="144"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="145"/>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="146"/>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="147"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="148"/>
        <source>What explains it</source>
        <translation>Ce qui l&apos;explique</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="170"/>
        <source>%1 (gone)</source>
        <translation>%1 (disparu)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="182"/>
        <source>No Kubernetes items on this invoice.</source>
        <translation>Aucune ligne Kubernetes sur cette facture.</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="194"/>
        <source>Billed %1</source>
        <translation>Facturé %1</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="199"/>
        <source>Estimated %1</source>
        <translation>Estimé %1</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="204"/>
        <source>Difference %1</source>
        <translation>Écart %1</translation>
    </message>
    <message>
        <location filename="../src/app/costs/BilledView.qml" line="208"/>
        <source>Estimate: recorded node counts, per second, at most 672 h a node a month, HA control plane $40.00/month.</source>
        <translation>Estimation&#xa0;: nombres de nœuds enregistrés, à la seconde, 672 h au plus par nœud et par mois, plan de contrôle HA à $40.00/mois.</translation>
    </message>
</context>
<context>
    <name>CatalogCache</name>
    <message>
        <location filename="../src/api/catalogcache.cpp" line="87"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location filename="../src/api/catalogcache.cpp" line="89"/>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <location filename="../src/api/catalogcache.cpp" line="90"/>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
</context>
<context>
    <name>ClusterAutoscalerDialog</name>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerDialog.qml" line="18"/>
        <source>Cluster autoscaler of %1</source>
        <translation>Autoscaler de cluster de %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerDialog.qml" line="35"/>
        <source>These settings are the cluster&apos;s: they apply to every autoscaled pool of %1. Each pool keeps its own minimum and maximum.</source>
        <translation>Ces réglages sont ceux du cluster&#xa0;: ils valent pour chaque pool en autoscaling de %1. Chaque pool garde son propre minimum et maximum.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerDialog.qml" line="50"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerDialog.qml" line="57"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerDialog.qml" line="62"/>
        <source>Review changes…</source>
        <translation>Examiner les changements…</translation>
    </message>
</context>
<context>
    <name>ClusterAutoscalerPanel</name>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="20"/>
        <source>Scale down when a node is little used</source>
        <translation>Réduire quand un nœud est peu utilisé</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="35"/>
        <source>Scale-down utilization threshold</source>
        <translation>Seuil d&apos;utilisation pour la réduction</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="47"/>
        <source>The autoscaler will %1.</source>
        <translation>L&apos;autoscaler va %1.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="53"/>
        <source>Wait before removing an unneeded node</source>
        <translation>Attendre avant de retirer un nœud inutile</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="62"/>
        <source>10m</source>
        <translation>10m</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="65"/>
        <source>Scale-down unneeded time</source>
        <translation>Délai avant réduction</translation>
    </message>
    <message>
        <location filename="../src/app/editor/ClusterAutoscalerPanel.qml" line="82"/>
        <source>Choosing the pool to grow (expanders)</source>
        <translation>Choix du pool à agrandir (expanders)</translation>
    </message>
</context>
<context>
    <name>ClusterAutoscalerSummary</name>
    <message>
        <location filename="../src/app/browse/ClusterAutoscalerSummary.qml" line="33"/>
        <source>Tune…</source>
        <translation>Ajuster…</translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterAutoscalerSummary.qml" line="38"/>
        <source>Change how this cluster&apos;s autoscaler scales down and picks pools</source>
        <translation>Modifier la façon dont l&apos;autoscaler de ce cluster réduit et choisit les pools</translation>
    </message>
</context>
<context>
    <name>ClusterList</name>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="25"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="35"/>
        <source>Filter by name, region, version or tag</source>
        <translation>Filtrer par nom, région, version ou tag</translation>
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
            <numerusform>%n pool</numerusform>
            <numerusform>%n pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/browse/ClusterList.qml" line="124"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="148"/>
        <source>Loading clusters…</source>
        <translation>Chargement des clusters…</translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="149"/>
        <source>No cluster matches the filter</source>
        <translation>Aucun cluster ne correspond au filtre</translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="151"/>
        <source>The clusters could not be loaded:
the red bar above says why</source>
        <translation>Les clusters n&apos;ont pas pu être chargés&#xa0;:
la barre rouge ci-dessus indique pourquoi</translation>
    </message>
    <message>
        <location filename="../src/app/browse/ClusterList.qml" line="152"/>
        <source>No clusters in this account</source>
        <translation>Aucun cluster dans ce compte</translation>
    </message>
</context>
<context>
    <name>ContextSwitcher</name>
    <message>
        <location filename="../src/app/signin/ContextSwitcher.qml" line="19"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextSwitcher.qml" line="21"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextSwitcher.qml" line="22"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextSwitcher.qml" line="33"/>
        <source>Switch context, add an account or sign out</source>
        <translation>Changer de contexte, ajouter un compte ou se déconnecter</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextSwitcher.qml" line="47"/>
        <source>⚠ Contexts read-only</source>
        <translation>⚠ Contextes en lecture seule</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextPopup.qml" line="29"/>
        <source>Account not loaded yet</source>
        <translation>Compte pas encore chargé</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextPopup.qml" line="42"/>
        <source>Set for this run only. Unset the variable to use your saved contexts at start; switching below uses their tokens now.</source>
        <translation>Défini pour cette exécution seulement. Supprimez la variable pour utiliser vos contextes enregistrés au démarrage&#x202f;; changer ci-dessous utilise leurs jetons dès maintenant.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextPopup.qml" line="61"/>
        <source>Contexts</source>
        <translation>Contextes</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextPopup.qml" line="62"/>
        <source>No saved contexts yet</source>
        <translation>Aucun contexte enregistré pour le moment</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextPopup.qml" line="96"/>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextPopup.qml" line="106"/>
        <source>Sign out…</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextSwitcher.qml" line="98"/>
        <source>Switch anyway</source>
        <translation>Changer quand même</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignOutDialog.qml" line="19"/>
        <source>Sign out of “%1”?</source>
        <translation>Se déconnecter de «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignOutDialog.qml" line="24"/>
        <source>Its token is removed from %1 and the context is forgotten. To use it again you will need a token.</source>
        <translation>Son jeton est retiré de %1 et le contexte est oublié. Pour l&apos;utiliser à nouveau, il vous faudra un jeton.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignOutDialog.qml" line="30"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>ContextsFileBanner</name>
    <message>
        <location filename="../src/app/signin/ContextsFileBanner.qml" line="41"/>
        <source>Leave it if a newer Pool Studio still uses it. Moving it aside keeps it as a numbered backup beside it (earlier backups stay) and starts a new file with the contexts of this window.</source>
        <translation>Laissez-le si un Pool Studio plus récent l&apos;utilise encore. Le mettre de côté le garde comme sauvegarde numérotée à côté (les sauvegardes précédentes restent) et commence un nouveau fichier avec les contextes de cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/ContextsFileBanner.qml" line="61"/>
        <source>Move aside and start fresh</source>
        <translation>Mettre de côté et repartir de zéro</translation>
    </message>
</context>
<context>
    <name>CostExports</name>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="28"/>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="29"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="37"/>
        <location filename="../src/app/costs/CostExports.qml" line="53"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="38"/>
        <source>Could not save %1</source>
        <translation>Impossible d&apos;enregistrer %1</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="47"/>
        <source>Save table</source>
        <translation>Enregistrer le tableau</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="48"/>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostExports.qml" line="54"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CostModel</name>
    <message>
        <location filename="../src/app/costs/costcharts.cpp" line="47"/>
        <location filename="../src/app/costs/costcharts.cpp" line="55"/>
        <source>control plane</source>
        <translation>plan de contrôle</translation>
    </message>
    <message>
        <location filename="../src/app/costs/costcharts.cpp" line="131"/>
        <source>other pools</source>
        <translation>autres pools</translation>
    </message>
    <message>
        <location filename="../src/app/costs/costcharts.cpp" line="182"/>
        <source>%1–%2 nodes, now %3: %4–%5</source>
        <translation>%1–%2 nœuds, actuellement %3&#xa0;: %4–%5</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/costs/costcharts.cpp" line="187"/>
        <source>%n node(s): %1</source>
        <translation>
            <numerusform>%n nœud&#xa0;: %1</numerusform>
            <numerusform>%n nœuds&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/costs/costcharts.cpp" line="192"/>
        <source>Charts show the largest %1 of %2 clusters and %3 of %4 pools; the summary table holds every pool.</source>
        <translation>Les graphiques montrent les %1 plus grands clusters sur %2 et %3 pools sur %4&#x202f;; le tableau récapitulatif contient tous les pools.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/costs/costcharts.cpp" line="228"/>
        <source>other (%n value(s))</source>
        <translation>
            <numerusform>autres (%n valeur)</numerusform>
            <numerusform>autres (%n valeurs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostPage</name>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="162"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="168"/>
        <source>%1 a month (estimate)</source>
        <translation>%1 par mois (estimation)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="176"/>
        <source>Tag key</source>
        <translation>Clé de tag</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="184"/>
        <source>Keep history (days)</source>
        <translation>Garder l&apos;historique (jours)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="195"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="205"/>
        <source>This month so far: %1</source>
        <translation>Ce mois-ci jusqu&apos;à présent&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="209"/>
        <source>Last 30 days: %1</source>
        <translation>30 derniers jours&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="213"/>
        <source>Billed vs estimated</source>
        <translation>Facturé / estimé</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="224"/>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="275"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="288"/>
        <source>By cluster, stacked by pool</source>
        <translation>Par cluster, empilé par pool</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="326"/>
        <source>By tag “%1”</source>
        <translation>Par tag «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="391"/>
        <source>Autoscaling band of the %1 dearest pools (nodes; dot = now)</source>
        <translation>Plage d&apos;autoscaling des %1 pools les plus chers (nœuds&#x202f;; point = maintenant)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="392"/>
        <source>Autoscaling band per pool (nodes; dot = now)</source>
        <translation>Plage d&apos;autoscaling par pool (nœuds&#x202f;; point = maintenant)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="470"/>
        <source>By size family</source>
        <translation>Par famille de tailles</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="488"/>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="498"/>
        <source>Over time, the %1 pools with the highest run-rate (measured history)</source>
        <translation>Dans le temps, les %1 pools au rythme le plus élevé (historique mesuré)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="499"/>
        <source>Over time per pool (measured history)</source>
        <translation>Dans le temps par pool (historique mesuré)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="508"/>
        <source>Node count</source>
        <translation>Nombre de nœuds</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="508"/>
        <source>Run-rate ($/month)</source>
        <translation>Rythme actuel ($/mois)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="541"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="547"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="553"/>
        <source>CSV by tag</source>
        <translation>CSV par tag</translation>
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
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="566"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="566"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location filename="../src/app/costs/CostPage.qml" line="604"/>
        <source>autoscaling %1</source>
        <translation>autoscaling %1</translation>
    </message>
</context>
<context>
    <name>DriftPanel</name>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="36"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="43"/>
        <source>A folder of manifests (*.yaml, *.yml; subfolders are not read)</source>
        <translation>Un dossier de manifestes (*.yaml, *.yml&#x202f;; les sous-dossiers ne sont pas lus)</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="49"/>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="54"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="74"/>
        <source>Waiting for the live pools…</source>
        <translation>En attente des pools en ligne…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="79"/>
        <source>Show pools in sync</source>
        <translation>Afficher les pools synchronisés</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="85"/>
        <source>Apply all (%1)…</source>
        <translation>Tout appliquer (%1)…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="116"/>
        <source>Changes read live → manifest: applying the manifest makes the right side live; rewriting it from live makes the left side the manifest.</source>
        <translation>Les changements se lisent en ligne → manifeste&#xa0;: appliquer le manifeste met le côté droit en ligne&#x202f;; le réécrire depuis l&apos;état en ligne fait du côté gauche le manifeste.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="170"/>
        <source>(no pool name)</source>
        <translation>(aucun nom de pool)</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="175"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="189"/>
        <source>Create from the manifest…</source>
        <translation>Créer depuis le manifeste…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="190"/>
        <source>Apply the manifest…</source>
        <translation>Appliquer le manifeste…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="199"/>
        <source>Rewrite from live…</source>
        <translation>Réécrire depuis l&apos;état en ligne…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="236"/>
        <source>Live in %1, described by no manifest in this folder.</source>
        <translation>En ligne dans %1, décrit par aucun manifeste de ce dossier.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="251"/>
        <source>Every manifest matches its live pool.</source>
        <translation>Chaque manifeste correspond à son pool en ligne.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="252"/>
        <source>Choose a folder of manifests and press Check to compare them with the live pools.</source>
        <translation>Choisissez un dossier de manifestes et appuyez sur Vérifier pour les comparer aux pools en ligne.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="278"/>
        <source>Rewrite %1 from live?</source>
        <translation>Réécrire %1 depuis l&apos;état en ligne&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="294"/>
        <source>The manifest of pool %1 in %2 is replaced with what is live now. The other documents in the file stay as they are; comments inside this manifest are not kept.</source>
        <translation>Le manifeste du pool %1 dans %2 est remplacé par ce qui est en ligne maintenant. Les autres documents du fichier restent tels quels&#x202f;; les commentaires de ce manifeste ne sont pas conservés.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="301"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="306"/>
        <source>Rewrite %1</source>
        <translation>Réécrire %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/DriftPanel.qml" line="322"/>
        <source>Folder of manifests</source>
        <translation>Dossier de manifestes</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../src/api/endpoint.cpp" line="37"/>
        <source>The API URL &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;URL de l&apos;API &quot;%1&quot; n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <location filename="../src/api/endpoint.cpp" line="43"/>
        <source>Plain http:// is only allowed to loopback addresses; use https:// for %1.</source>
        <translation>Le http:// simple n&apos;est permis que vers les adresses de bouclage&#x202f;; utilisez https:// pour %1.</translation>
    </message>
    <message>
        <location filename="../src/api/endpoint.cpp" line="45"/>
        <source>The API URL must start with https://.</source>
        <translation>L&apos;URL de l&apos;API doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../src/app/shell/ErrorBanner.qml" line="39"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ErrorBanner.qml" line="45"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>InterruptedApplyBanner</name>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="33"/>
        <source>INTERRUPTED</source>
        <translation>INTERROMPUE</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="68"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="75"/>
        <source>Send what was not sent yet; what was sent is looked at first, so nothing is made twice</source>
        <translation>Envoie ce qui ne l&apos;a pas encore été&#x202f;; ce qui a été envoyé est d&apos;abord vérifié, pour que rien ne soit créé deux fois</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="83"/>
        <source>Roll back…</source>
        <translation>Revenir en arrière…</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="92"/>
        <source>Forget…</source>
        <translation>Oublier…</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="107"/>
        <source>Roll back the interrupted apply?</source>
        <translation>Revenir sur l&apos;application interrompue&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="116"/>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="152"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="121"/>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="142"/>
        <source>Forget the interrupted apply?</source>
        <translation>Oublier l&apos;application interrompue&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="146"/>
        <source>The cluster is left as it is now; nothing is sent. Pools the apply created stay, and steps it did not send are not sent.</source>
        <translation>Le cluster reste tel qu&apos;il est&#x202f;; rien n&apos;est envoyé. Les pools créés par l&apos;application restent, et les étapes non envoyées ne le sont pas.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="157"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../src/app/shell/Main.qml" line="20"/>
        <source>Pool Studio — demo</source>
        <translation>Pool Studio — démo</translation>
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
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../src/app/shell/Main.qml" line="235"/>
        <location filename="../src/app/shell/Main.qml" line="245"/>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/Main.qml" line="250"/>
        <source>Manifests</source>
        <translation>Manifestes</translation>
    </message>
    <message>
        <location filename="../src/app/shell/Main.qml" line="257"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DraftBanner.qml" line="30"/>
        <source>An unapplied edit of pool %1 was kept from your last session.</source>
        <translation>Une modification non appliquée du pool %1 a été conservée depuis votre dernière session.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DraftBanner.qml" line="38"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../src/app/shell/Main.qml" line="283"/>
        <source>The pool or cluster of that edit no longer exists.</source>
        <translation>Le pool ou le cluster de cette modification n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DraftBanner.qml" line="43"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>ManifestExportTab</name>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="22"/>
        <source>Pools to export</source>
        <translation>Pools à exporter</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="30"/>
        <source>This pool</source>
        <translation>Ce pool</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="33"/>
        <source>The pool selected in the main window</source>
        <translation>Le pool sélectionné dans la fenêtre principale</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="37"/>
        <source>This cluster</source>
        <translation>Ce cluster</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="42"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="47"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="88"/>
        <source>%n pool(s) chosen</source>
        <translation>
            <numerusform>%n pool choisi</numerusform>
            <numerusform>%n pools choisis</numerusform>
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
        <translation>YAML de manifeste</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="108"/>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="109"/>
        <source>doctl command</source>
        <translation>commande doctl</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="116"/>
        <source>Include status.outputs</source>
        <translation>Inclure status.outputs</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="121"/>
        <source>Also write the pool&apos;s and nodes&apos; ids, as they are now</source>
        <translation>Écrire aussi les identifiants actuels du pool et des nœuds</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="137"/>
        <source>Choose pools on the left to see them here.</source>
        <translation>Choisissez des pools à gauche pour les voir ici.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="154"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="160"/>
        <source>Save as one file…</source>
        <translation>Enregistrer en un fichier…</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="166"/>
        <source>Save one file per pool…</source>
        <translation>Enregistrer un fichier par pool…</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="210"/>
        <source>Replace existing files?</source>
        <translation>Remplacer les fichiers existants&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="215"/>
        <source>These files exist and would be replaced:
%1</source>
        <translation>Ces fichiers existent et seraient remplacés&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="220"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestExportTab.qml" line="225"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
</context>
<context>
    <name>ManifestImportTab</name>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="32"/>
        <source>Open files…</source>
        <translation>Ouvrir des fichiers…</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="37"/>
        <source>Open folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="42"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="47"/>
        <source>Clear</source>
        <translation>Effacer</translation>
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
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="153"/>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="163"/>
        <source>Delete live pools the manifests leave out</source>
        <translation>Supprimer les pools en ligne absents des manifestes</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="167"/>
        <source>Only in the clusters the manifests name. Off by default: a manifest of one pool leaves the others alone.</source>
        <translation>Seulement dans les clusters nommés par les manifestes. Désactivé par défaut&#xa0;: le manifeste d&apos;un pool laisse les autres tranquilles.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="171"/>
        <source>Set counts of autoscaled pools</source>
        <translation>Fixer le nombre des pools en autoscaling</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="175"/>
        <source>Off by default: the autoscaler&apos;s choice stands.</source>
        <translation>Désactivé par défaut&#xa0;: le choix de l&apos;autoscaler est conservé.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="180"/>
        <source>Plan…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="190"/>
        <source>Fix the errors first</source>
        <translation>Corrigez d&apos;abord les erreurs</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="198"/>
        <source>Manifests (*.yaml *.yml)</source>
        <translation>Manifestes (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestImportTab.qml" line="198"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ManifestPage</name>
    <message>
        <location filename="../src/app/manifests/ManifestPage.qml" line="47"/>
        <source>Manifests</source>
        <translation>Manifestes</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestPage.qml" line="57"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestPage.qml" line="62"/>
        <source>Import and plan</source>
        <translation>Import et plan</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestPage.qml" line="67"/>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/ManifestPage.qml" line="74"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NodeList</name>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="22"/>
        <source>Nodes of %1</source>
        <translation>Nœuds de %1</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="23"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeDeleteDialog.qml" line="31"/>
        <source>Replace node %1?</source>
        <translation>Remplacer le nœud %1&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeDeleteDialog.qml" line="31"/>
        <source>Delete node %1?</source>
        <translation>Supprimer le nœud %1&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeDeleteDialog.qml" line="43"/>
        <source>Its pods are evicted, the droplet is deleted and a new node is created.</source>
        <translation>Ses pods sont évincés, le droplet est supprimé et un nouveau nœud est créé.</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeDeleteDialog.qml" line="44"/>
        <source>Its pods are evicted and the droplet is deleted. The pool&apos;s count drops by one.</source>
        <translation>Ses pods sont évincés et le droplet est supprimé. Le nombre de nœuds du pool baisse de un.</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeDeleteDialog.qml" line="51"/>
        <source>Skip draining (pods are killed at once)</source>
        <translation>Ne pas drainer (les pods sont tués immédiatement)</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="94"/>
        <source> · droplet %1</source>
        <translation> · droplet %1</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="114"/>
        <source>Replace: drain, delete, and a new node takes its place</source>
        <translation>Remplacer&#xa0;: drainer, supprimer, et un nouveau nœud prend sa place</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="124"/>
        <source>Delete: drain and delete; the pool shrinks by one</source>
        <translation>Supprimer&#xa0;: drainer et supprimer&#x202f;; le pool diminue de un</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="135"/>
        <source>This pool has no nodes yet</source>
        <translation>Ce pool n&apos;a pas encore de nœuds</translation>
    </message>
    <message>
        <location filename="../src/app/browse/NodeList.qml" line="136"/>
        <source>Select a pool to see its nodes</source>
        <translation>Sélectionnez un pool pour voir ses nœuds</translation>
    </message>
</context>
<context>
    <name>PageLinks</name>
    <message>
        <location filename="../src/api/pagelinks.cpp" line="34"/>
        <source>the listing has more than %1 pages; stopped there</source>
        <translation>la liste a plus de %1 pages&#x202f;; arrêt à ce point</translation>
    </message>
    <message>
        <location filename="../src/api/pagelinks.cpp" line="41"/>
        <source>the link to the next page names no page number (%1)</source>
        <translation>le lien vers la page suivante ne donne aucun numéro de page (%1)</translation>
    </message>
    <message>
        <location filename="../src/api/pagelinks.cpp" line="44"/>
        <source>page %1 links back to page %2 as the next one; the listing would never end</source>
        <translation>la page %1 renvoie à la page %2 comme suivante&#x202f;; la liste ne finirait jamais</translation>
    </message>
    <message>
        <location filename="../src/api/pagelinks.cpp" line="62"/>
        <source>the listing says it holds %1 items but its pages gave %2; it may have changed while it was read: refresh to read it again</source>
        <translation>la liste annonce %1 éléments mais ses pages en ont donné %2&#x202f;; elle a pu changer pendant la lecture&#xa0;: actualisez pour la relire</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="46"/>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="51"/>
        <source>Copy the plan as poolctl plan prints it</source>
        <translation>Copier le plan tel que poolctl plan l&apos;affiche</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="56"/>
        <source>Stop sending</source>
        <translation>Arrêter l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="60"/>
        <source>Send no further request. What was sent goes on; Resume sends the rest.</source>
        <translation>N&apos;envoyer aucune autre requête. Ce qui a été envoyé se poursuit&#x202f;; Reprendre envoie le reste.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="64"/>
        <source>Stop watching</source>
        <translation>Cesser d&apos;observer</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="65"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="65"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="68"/>
        <source>Close this view; the steps go on in the background</source>
        <translation>Fermer cette vue&#x202f;; les étapes se poursuivent en arrière-plan</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="73"/>
        <source>Delete pool</source>
        <translation>Supprimer le pool</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="73"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="81"/>
        <source>This token cannot change anything: it has no write scope</source>
        <translation>Ce jeton ne peut rien modifier&#xa0;: il n&apos;a pas le droit d&apos;écriture</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="93"/>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="103"/>
        <source>Read-only: this token cannot apply changes. Review the plan here, or create a token with write scope and sign in again to apply it.</source>
        <translation>Lecture seule&#xa0;: ce jeton ne peut pas appliquer de changements. Examinez le plan ici, ou créez un jeton avec le droit d&apos;écriture et reconnectez-vous pour l&apos;appliquer.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="126"/>
        <source>Droplet limit: %1</source>
        <translation>Limite de droplets&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/plan/PlanDialog.qml" line="151"/>
        <source>%n step(s), in the order they run</source>
        <translation>
            <numerusform>%n étape, dans l&apos;ordre d&apos;exécution</numerusform>
            <numerusform>%n étapes, dans l&apos;ordre d&apos;exécution</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="157"/>
        <source>Show as text</source>
        <translation>Afficher en texte</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="191"/>
        <source> (estimate)</source>
        <translation> (estimation)</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="221"/>
        <source>DigitalOcean drains every node before deleting it. When pods have nowhere else to go this can take a quarter of an hour or more; Pool Studio shows it happening.</source>
        <translation>DigitalOcean draine chaque nœud avant de le supprimer. Quand les pods n&apos;ont nulle part où aller, cela peut prendre un quart d&apos;heure ou plus&#x202f;; Pool Studio le montre en direct.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="233"/>
        <source>I understand that this removes nodes or pools</source>
        <translation>Je comprends que cela supprime des nœuds ou des pools</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="241"/>
        <source>Type %1 to confirm</source>
        <translation>Tapez %1 pour confirmer</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanDialog.qml" line="265"/>
        <source>%1 of %2 nodes running</source>
        <translation>%1 nœuds sur %2 en marche</translation>
    </message>
</context>
<context>
    <name>PlanStepTable</name>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="80"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="81"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="82"/>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="84"/>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="92"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="220"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="228"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="289"/>
        <location filename="../src/app/plan/PlanStepTable.qml" line="312"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>%1 par mois</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="348"/>
        <source>%1 while both run</source>
        <translation>%1 tant que les deux tournent</translation>
    </message>
    <message>
        <location filename="../src/app/plan/PlanStepTable.qml" line="357"/>
        <source>%1 once %2 is gone</source>
        <translation>%1 une fois %2 disparu</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/plan/PlanStepTable.qml" line="366"/>
        <source>−%n node(s) meanwhile</source>
        <translation>
            <numerusform>−%n nœud entre-temps</numerusform>
            <numerusform>−%n nœuds entre-temps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolCard</name>
    <message>
        <location filename="../src/app/browse/PoolCard.qml" line="84"/>
        <source>autoscale %1–%2</source>
        <translation>autoscaling %1–%2</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolCard.qml" line="85"/>
        <source>fixed</source>
        <translation>nombre fixe</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/browse/PoolCard.qml" line="101"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolCard.qml" line="181"/>
        <source>Estimate: nodes × the size&apos;s monthly list price</source>
        <translation>Estimation&#xa0;: nœuds × prix catalogue mensuel de la taille</translation>
    </message>
</context>
<context>
    <name>PoolEditorDialog</name>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="19"/>
        <source>New node pool in %1</source>
        <translation>Nouveau pool de nœuds dans %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="20"/>
        <source>Edit node pool %1</source>
        <translation>Modifier le pool de nœuds %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="29"/>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="38"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="43"/>
        <source>Review changes…</source>
        <translation>Examiner les changements…</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="90"/>
        <source>Your changes are kept in this window; they would be lost if it closed.</source>
        <translation>Vos changements sont gardés dans cette fenêtre&#x202f;; ils seraient perdus si elle se fermait.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="100"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="107"/>
        <source>e.g. web-workers</source>
        <translation>p. ex. web-workers</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="137"/>
        <source>Droplet size (available in this cluster&apos;s region)</source>
        <translation>Taille de droplet (disponible dans la région de ce cluster)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="220"/>
        <source>A pool&apos;s size cannot change. Keeping the name deletes %1 first and creates it anew at this size: the cluster runs without its %n node(s) until the new ones run.</source>
        <translation>
            <numerusform>La taille d&apos;un pool ne peut pas changer. Garder le nom supprime d&apos;abord %1 et le recrée à cette taille&#xa0;: le cluster tourne sans son %n nœud jusqu&apos;à ce que les nouveaux tournent.</numerusform>
            <numerusform>La taille d&apos;un pool ne peut pas changer. Garder le nom supprime d&apos;abord %1 et le recrée à cette taille&#xa0;: le cluster tourne sans ses %n nœuds jusqu&apos;à ce que les nouveaux tournent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="224"/>
        <source>A pool&apos;s size cannot change. Applying this creates a new pool of this size, then deletes the old one once the new nodes run.</source>
        <translation>La taille d&apos;un pool ne peut pas changer. Appliquer ceci crée un nouveau pool de cette taille, puis supprime l&apos;ancien une fois les nouveaux nœuds en marche.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="239"/>
        <source>New pool&apos;s name</source>
        <translation>Nom du nouveau pool</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="257"/>
        <source>Keep the name (in-place): delete %1 first, then create it anew</source>
        <translation>Garder le nom (in-place)&#xa0;: supprimer d&apos;abord %1, puis le recréer</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="265"/>
        <source>For manifests or tools that key on the pool name. Needs the destructive confirmation in the plan.</source>
        <translation>Pour les manifestes ou outils qui se fient au nom du pool. Demande la confirmation destructive dans le plan.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="267"/>
        <source>Only where another pool of the cluster carries the workload while this one is gone; this cluster has no other pool.</source>
        <translation>Seulement si un autre pool du cluster porte la charge pendant l&apos;absence de celui-ci&#x202f;; ce cluster n&apos;a pas d&apos;autre pool.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="273"/>
        <source>Keeping the name is not offered: this cluster has no other pool to carry the workload meanwhile.</source>
        <translation>Garder le nom n&apos;est pas proposé&#xa0;: ce cluster n&apos;a pas d&apos;autre pool pour porter la charge entre-temps.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="284"/>
        <source>Capacity dip: −%n node(s) from the delete until the new pool runs.</source>
        <translation>
            <numerusform>Baisse de capacité&#xa0;: −%n nœud de la suppression jusqu&apos;au démarrage du nouveau pool.</numerusform>
            <numerusform>Baisse de capacité&#xa0;: −%n nœuds de la suppression jusqu&apos;au démarrage du nouveau pool.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="299"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="337"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="340"/>
        <source>Add label</source>
        <translation>Ajouter un label</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="356"/>
        <source>key, e.g. workload</source>
        <translation>clé, p. ex. workload</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="365"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="374"/>
        <source>Remove this label</source>
        <translation>Retirer ce label</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="385"/>
        <source>Removing a label from the pool does not remove it from nodes that already run; new and recycled nodes get the pool&apos;s labels.</source>
        <translation>Retirer un label du pool ne le retire pas des nœuds déjà en marche&#x202f;; les nœuds nouveaux et recyclés reçoivent les labels du pool.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="399"/>
        <source>Taints</source>
        <translation>Taints</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="402"/>
        <source>Add taint</source>
        <translation>Ajouter un taint</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="410"/>
        <source>Presets:</source>
        <translation>Préréglages&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="445"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="454"/>
        <source>value (optional)</source>
        <translation>valeur (facultative)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="471"/>
        <source>Remove this taint</source>
        <translation>Retirer ce taint</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="486"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="501"/>
        <source>Click to remove</source>
        <translation>Cliquer pour retirer</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="512"/>
        <source>Added by DigitalOcean; read-only</source>
        <translation>Ajouté par DigitalOcean&#x202f;; lecture seule</translation>
    </message>
    <message>
        <location filename="../src/app/editor/PoolEditorDialog.qml" line="519"/>
        <source>Add a tag, e.g. team:payments, and press Enter</source>
        <translation>Ajoutez un tag, p. ex. team:payments, puis appuyez sur Entrée</translation>
    </message>
</context>
<context>
    <name>PoolList</name>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="20"/>
        <source>This token cannot change anything (it has no write scope): see the read-only bar</source>
        <translation>Ce jeton ne peut rien modifier (il n&apos;a pas le droit d&apos;écriture)&#xa0;: voir la barre de lecture seule</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="35"/>
        <source>Node pools of %1</source>
        <translation>Pools de nœuds de %1</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="36"/>
        <source>Node pools</source>
        <translation>Pools de nœuds</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="44"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="54"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="63"/>
        <source>New pool…</source>
        <translation>Nouveau pool…</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="114"/>
        <source>This cluster has no node pools</source>
        <translation>Ce cluster n&apos;a aucun pool de nœuds</translation>
    </message>
    <message>
        <location filename="../src/app/browse/PoolList.qml" line="115"/>
        <source>Select a cluster to see its node pools</source>
        <translation>Sélectionnez un cluster pour voir ses pools de nœuds</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../src/app/shell/ReadOnlyBanner.qml" line="31"/>
        <source>READ-ONLY</source>
        <translation>LECTURE SEULE</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ReadOnlyBanner.qml" line="51"/>
        <source>Create a token…</source>
        <translation>Créer un jeton…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ReadOnlyBanner.qml" line="54"/>
        <source>Opens cloud.digitalocean.com/account/api/tokens in the browser: create a token with write scope there</source>
        <translation>Ouvre cloud.digitalocean.com/account/api/tokens dans le navigateur&#xa0;: créez-y un jeton avec le droit d&apos;écriture</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ReadOnlyBanner.qml" line="60"/>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
</context>
<context>
    <name>Redirects</name>
    <message>
        <location filename="../src/api/redirects.cpp" line="52"/>
        <source>The server answered %1 %2 with a redirect (HTTP %3) that names no valid address.</source>
        <translation>Le serveur a répondu à %1 %2 par une redirection (HTTP %3) qui ne donne aucune adresse valide.</translation>
    </message>
    <message>
        <location filename="../src/api/redirects.cpp" line="63"/>
        <source>The server answered %1 %2 with a redirect to %3; a change is never sent on to another address, and nothing was changed. Point the API URL at the API itself (the address that redirect names, if you trust it).</source>
        <translation>Le serveur a répondu à %1 %2 par une redirection vers %3&#x202f;; une modification n&apos;est jamais renvoyée vers une autre adresse, et rien n&apos;a été modifié. Faites pointer l&apos;URL de l&apos;API sur l&apos;API elle-même (l&apos;adresse de cette redirection, si vous lui faites confiance).</translation>
    </message>
    <message>
        <location filename="../src/api/redirects.cpp" line="72"/>
        <source>The server redirected %1 to another server, %2; it was not followed, so the access token went nowhere else. If that server is the API, set the API URL to it.</source>
        <translation>Le serveur a redirigé %1 vers un autre serveur, %2&#x202f;; la redirection n&apos;a pas été suivie, le jeton d&apos;accès n&apos;est donc allé nulle part ailleurs. Si ce serveur est l&apos;API, réglez l&apos;URL de l&apos;API sur lui.</translation>
    </message>
    <message>
        <location filename="../src/api/redirects.cpp" line="81"/>
        <source>%1 was redirected more than %2 times (last to %3); check the API URL and any proxy in front of it.</source>
        <translation>%1 a été redirigé plus de %2 fois (en dernier vers %3)&#x202f;; vérifiez l&apos;URL de l&apos;API et tout proxy placé devant.</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../src/app/shell/SaveFileDialog.qml" line="25"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="14"/>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="15"/>
        <source>Pool editor</source>
        <translation>Éditeur de pool</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="16"/>
        <source>Plan review</source>
        <translation>Examen du plan</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="17"/>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="21"/>
        <source>Fetch clusters and pools again</source>
        <translation>Récupérer à nouveau clusters et pools</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="26"/>
        <source>Create a node pool in this cluster</source>
        <translation>Créer un pool de nœuds dans ce cluster</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="31"/>
        <source>Edit the selected pool</source>
        <translation>Modifier le pool sélectionné</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="33"/>
        <source>F2; Enter in the pool list</source>
        <translation>F2&#x202f;; Entrée dans la liste des pools</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="36"/>
        <source>Delete the selected pool (after a review)</source>
        <translation>Supprimer le pool sélectionné (après examen)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="41"/>
        <source>Filter the clusters</source>
        <translation>Filtrer les clusters</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="46"/>
        <source>Export pools as YAML, Terraform or doctl; import and plan; drift</source>
        <translation>Exporter les pools en YAML, Terraform ou doctl&#x202f;; importer et planifier&#x202f;; dérive</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="52"/>
        <source>Cost review: charts, history and exports</source>
        <translation>Revue des coûts&#xa0;: graphiques, historique et exports</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="57"/>
        <source>Show these shortcuts</source>
        <translation>Afficher ces raccourcis</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="62"/>
        <source>Next or previous field, button or list</source>
        <translation>Champ, bouton ou liste suivant ou précédent</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="64"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="67"/>
        <source>Move in a list; press a button or tick a box</source>
        <translation>Se déplacer dans une liste&#x202f;; appuyer sur un bouton ou cocher une case</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="69"/>
        <source>Arrow keys; Space</source>
        <translation>Flèches&#x202f;; Espace</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="72"/>
        <source>Accept a dialog (review the change, apply the plan, save)</source>
        <translation>Valider une boîte de dialogue (examiner le changement, appliquer le plan, enregistrer)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="75"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="78"/>
        <source>Close a dialog or panel without changing anything</source>
        <translation>Fermer une boîte de dialogue ou un panneau sans rien changer</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="81"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="84"/>
        <source>Undo the last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="89"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="94"/>
        <source>Review the change</source>
        <translation>Examiner le changement</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="99"/>
        <source>Apply the reviewed plan</source>
        <translation>Appliquer le plan examiné</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="104"/>
        <source>Tick the confirmation of a destructive plan</source>
        <translation>Cocher la confirmation d&apos;un plan destructif</translation>
    </message>
    <message>
        <location filename="../src/app/shell/shortcuttable.cpp" line="106"/>
        <source>Tab to it, then Space</source>
        <translation>Y aller avec Tab, puis Espace</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../src/app/shell/ShortcutsSheet.qml" line="13"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ShortcutsSheet.qml" line="23"/>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Connectez-vous avec un jeton d&apos;accès personnel DigitalOcean pour voir et modifier les pools de nœuds de vos clusters Kubernetes.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="99"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="109"/>
        <source>dop_v1_…</source>
        <translation>dop_v1_…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="112"/>
        <source>Personal access token</source>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="117"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="125"/>
        <source>Create one at cloud.digitalocean.com/account/api/tokens. Read scope is enough to look; changing pools needs write scope.</source>
        <translation>Créez-en un sur cloud.digitalocean.com/account/api/tokens. Le droit de lecture suffit pour consulter&#x202f;; modifier des pools demande le droit d&apos;écriture.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="134"/>
        <source>API: %1</source>
        <translation>API&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="140"/>
        <source>Context name</source>
        <translation>Nom du contexte</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="150"/>
        <source>e.g. work (empty: the team&apos;s name)</source>
        <translation>p. ex. travail (vide&#xa0;: le nom de l&apos;équipe)</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="160"/>
        <source>Looking for a keychain…</source>
        <translation>Recherche d&apos;un trousseau…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="161"/>
        <source>The token will be kept in the desktop keychain (Secret Service or KWallet), never in a settings file.</source>
        <translation>Le jeton sera gardé dans le trousseau du bureau (Secret Service ou KWallet), jamais dans un fichier de réglages.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="194"/>
        <source>Store in a file (mode 0600) in %1</source>
        <translation>Stocker dans un fichier (mode 0600) dans %1</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="204"/>
        <source>Only your user can read that file, but unlike a keychain it is not encrypted: anything running as you can read the token.</source>
        <translation>Seul votre utilisateur peut lire ce fichier, mais contrairement à un trousseau il n&apos;est pas chiffré&#xa0;: tout ce qui tourne sous votre compte peut lire le jeton.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="219"/>
        <source>Check and sign in</source>
        <translation>Vérifier et se connecter</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="250"/>
        <source>Saved contexts</source>
        <translation>Contextes enregistrés</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="263"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="268"/>
        <source>%1, token in the %2</source>
        <translation>%1, jeton dans %2</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="269"/>
        <source>token file</source>
        <translation>fichier de jetons</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="270"/>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="286"/>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="291"/>
        <source>A simulated account with three clusters; nothing leaves this computer.</source>
        <translation>Un compte simulé avec trois clusters&#x202f;; rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="302"/>
        <source>Import from doctl…</source>
        <translation>Importer depuis doctl…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="310"/>
        <source>Reads doctl&apos;s config.yaml (never changes it) and keeps the chosen contexts&apos; tokens where a sign-in would.</source>
        <translation>Lit le config.yaml de doctl (sans jamais le modifier) et garde les jetons des contextes choisis là où le ferait une connexion.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="329"/>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="335"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="352"/>
        <source>No context with a token was found there.</source>
        <translation>Aucun contexte avec jeton n&apos;y a été trouvé.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="365"/>
        <source> (doctl&apos;s current context)</source>
        <translation> (contexte actuel de doctl)</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="374"/>
        <source>Check and import the chosen contexts</source>
        <translation>Vérifier et importer les contextes choisis</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="392"/>
        <source>doctl config file</source>
        <translation>fichier de configuration doctl</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="393"/>
        <source>doctl config (*.yaml *.yml)</source>
        <translation>configuration doctl (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../src/app/signin/SignInPage.qml" line="393"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../src/app/signin/SignInWindow.qml" line="16"/>
        <source>Pool Studio — sign in</source>
        <translation>Pool Studio — connexion</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="30"/>
        <source>DEMO · simulated account</source>
        <translation>DÉMO · compte simulé</translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="43"/>
        <source>Refreshed at %1</source>
        <translation>Actualisé à %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="44"/>
        <source>Not refreshed yet</source>
        <translation>Pas encore actualisé</translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="52"/>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="59"/>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="66"/>
        <source>The last successful refresh is more than a minute old</source>
        <translation>La dernière actualisation réussie date de plus d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/shell/StatusBar.qml" line="73"/>
        <source>%n operation(s) running</source>
        <translation>
            <numerusform>%n opération en cours</numerusform>
            <numerusform>%n opérations en cours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="80"/>
        <source>API requests left: %1 of %2</source>
        <translation>Requêtes API restantes&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/app/shell/StatusBar.qml" line="85"/>
        <source>DigitalOcean allows 5,000 requests an hour and 250 a minute per token</source>
        <translation>DigitalOcean autorise 5 000 requêtes par heure et 250 par minute et par jeton</translation>
    </message>
</context>
<context>
    <name>accounts::ContextStore</name>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="49"/>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>ce n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="55"/>
        <source>it is not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="62"/>
        <source>its &quot;version&quot; is not a format version number</source>
        <translation>sa &quot;version&quot; n&apos;est pas un numéro de version de format</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="67"/>
        <source>it was written by a newer Pool Studio (format version %1; this one reads version %2)</source>
        <translation>il a été écrit par un Pool Studio plus récent (version de format %1&#x202f;; celui-ci lit la version %2)</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="76"/>
        <source>&quot;contexts&quot; is not a list</source>
        <translation>&quot;contexts&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="82"/>
        <source>context %1 is not a JSON object</source>
        <translation>le contexte %1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="93"/>
        <source>context %1 has no name</source>
        <translation>le contexte %1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="97"/>
        <source>context “%1” has storage “%2”; expected “keychain” or “file”</source>
        <translation>le contexte «&#xa0;%1&#xa0;» a le stockage «&#xa0;%2&#xa0;»&#x202f;; attendu&#xa0;: «&#xa0;keychain&#xa0;» ou «&#xa0;file&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="103"/>
        <source>the context name “%1” appears twice</source>
        <translation>le nom de contexte «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="152"/>
        <source>Cannot read the contexts file %1: %2. It is left as it is; contexts are read-only until it can be read or you move it aside.</source>
        <translation>Impossible de lire le fichier des contextes %1&#xa0;: %2. Il est laissé tel quel&#x202f;; les contextes sont en lecture seule jusqu&apos;à ce qu&apos;il soit lisible ou que vous le mettiez de côté.</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="161"/>
        <source>The contexts file %1 cannot be used: %2. It is left as it is; contexts are read-only until you fix it, or let Pool Studio move it aside and start a new one.</source>
        <translation>Le fichier des contextes %1 est inutilisable&#xa0;: %2. Il est laissé tel quel&#x202f;; les contextes sont en lecture seule jusqu&apos;à ce que vous le corrigiez, ou laissiez Pool Studio le mettre de côté et en commencer un nouveau.</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="241"/>
        <source>Not saving the contexts file %1: %2</source>
        <translation>Le fichier des contextes %1 n&apos;est pas enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="248"/>
        <source>Not saving the contexts: the file %1 cannot be used (%2) and would be lost. It is left as it is until you decide.</source>
        <translation>Les contextes ne sont pas enregistrés&#xa0;: le fichier %1 est inutilisable (%2) et serait perdu. Il est laissé tel quel jusqu&apos;à votre décision.</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="259"/>
        <location filename="../src/accounts/contextstore.cpp" line="265"/>
        <source>Cannot write the contexts file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier des contextes %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="349"/>
        <source>Cannot move the contexts file %1 aside: %2</source>
        <translation>Impossible de mettre de côté le fichier des contextes %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/contextstore.cpp" line="360"/>
        <source>Cannot move the contexts file %1 aside to %2</source>
        <translation>Impossible de mettre de côté le fichier des contextes %1 vers %2</translation>
    </message>
</context>
<context>
    <name>accounts::DoctlConfig</name>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="22"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="34"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="36"/>
        <source>a mapping</source>
        <translation>un dictionnaire (mapping)</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="38"/>
        <source>a single value</source>
        <translation>une valeur simple</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="50"/>
        <source>%1: “%2” should be a single value, not %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» devrait être une valeur simple, pas %3</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="62"/>
        <source>line %1: the token of context “%2” is empty; skipped</source>
        <translation>ligne %1&#xa0;: le jeton du contexte «&#xa0;%2&#xa0;» est vide&#x202f;; ignoré</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="73"/>
        <source>%1: doctl&apos;s config should be a mapping of settings, not %2</source>
        <translation>%1&#xa0;: la configuration de doctl devrait être un dictionnaire de réglages, pas %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="94"/>
        <source>%1: a context name should be a single value</source>
        <translation>%1&#xa0;: un nom de contexte devrait être une valeur simple</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="100"/>
        <source>%1: doctl takes the token of context “default” from access-token, not from auth-contexts; skipped</source>
        <translation>%1&#xa0;: doctl prend le jeton du contexte «&#xa0;default&#xa0;» dans access-token, pas dans auth-contexts&#x202f;; ignoré</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="110"/>
        <source>%1: “auth-contexts” should be a mapping of context name to token, not %2</source>
        <translation>%1&#xa0;: «&#xa0;auth-contexts&#xa0;» devrait associer des noms de contexte à des jetons, pas %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="128"/>
        <source>%1: the current context “%2” has no token here</source>
        <translation>%1&#xa0;: le contexte actuel «&#xa0;%2&#xa0;» n&apos;a pas de jeton ici</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="138"/>
        <source>doctl&apos;s config is %1, more than the %2 Pool Studio reads; it was not read</source>
        <translation>la configuration de doctl fait %1, plus que les %2 que lit Pool Studio&#x202f;; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="149"/>
        <source>doctl&apos;s config is not valid YAML: %1</source>
        <translation>la configuration de doctl n&apos;est pas du YAML valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="151"/>
        <source>line %1: doctl&apos;s config is not valid YAML: %2</source>
        <translation>ligne %1&#xa0;: la configuration de doctl n&apos;est pas du YAML valide&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="156"/>
        <source>doctl&apos;s config holds no access token.</source>
        <translation>La configuration de doctl ne contient aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <location filename="../src/accounts/doctlconfig.cpp" line="165"/>
        <source>cannot read doctl&apos;s config %1: %2</source>
        <translation>impossible de lire la configuration doctl %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>accounts::FileTokenStore</name>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="64"/>
        <source>The token file %1 may be read or changed by other users (mode %2), so Pool Studio does not use it. Make it private with: chmod 600 %1</source>
        <translation>Le fichier de jetons %1 peut être lu ou modifié par d&apos;autres utilisateurs (mode %2), Pool Studio ne l&apos;utilise donc pas. Rendez-le privé avec&#xa0;: chmod 600 %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="71"/>
        <source>The token file %1 belongs to another user, so Pool Studio does not use it. Remove it, or give it to yourself with: chown $USER %1</source>
        <translation>Le fichier de jetons %1 appartient à un autre utilisateur, Pool Studio ne l&apos;utilise donc pas. Supprimez-le, ou attribuez-le-vous avec&#xa0;: chown $USER %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="81"/>
        <source>Cannot read the token file %1: %2. It is left as it is.</source>
        <translation>Impossible de lire le fichier de jetons %1&#xa0;: %2. Il est laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="89"/>
        <source>The token file %1 is damaged (not the JSON Pool Studio writes). It is left as it is; remove it and sign in again.</source>
        <translation>Le fichier de jetons %1 est endommagé (ce n&apos;est pas le JSON qu&apos;écrit Pool Studio). Il est laissé tel quel&#x202f;; supprimez-le et reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="103"/>
        <location filename="../src/accounts/filetokenstore.cpp" line="116"/>
        <source>Cannot write the token file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de jetons %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="108"/>
        <source>Cannot make the token file %1 private (mode 0600): %2</source>
        <translation>Impossible de rendre privé le fichier de jetons %1 (mode 0600)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="152"/>
        <source>Cannot store the token in %1: %2</source>
        <translation>Impossible de stocker le jeton dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/accounts/filetokenstore.cpp" line="171"/>
        <source>Cannot remove the token from %1: %2</source>
        <translation>Impossible de retirer le jeton de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>accounts::FileWriteLock</name>
    <message>
        <location filename="../src/accounts/filewritelock.cpp" line="75"/>
        <source>the lock %1 was not free after %2 seconds: %3</source>
        <translation>le verrou %1 n&apos;était pas libre après %2 secondes&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>accounts::KeychainTokenStore</name>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="35"/>
        <source>No keychain service (such as GNOME Keyring or KWallet) is available: %1</source>
        <translation>Aucun service de trousseau (comme GNOME Keyring ou KWallet) n&apos;est disponible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="39"/>
        <source>The keychain refused access (is it locked?): %1</source>
        <translation>Le trousseau a refusé l&apos;accès (est-il verrouillé&#x202f;?)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="41"/>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="139"/>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Le trousseau n&apos;a pas répondu en %1 secondes.</translation>
    </message>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="150"/>
        <source>No D-Bus session bus runs here, so there is no keychain (such as GNOME Keyring or KWallet) to keep the token in.</source>
        <translation>Aucun bus de session D-Bus ne tourne ici, il n&apos;y a donc pas de trousseau (comme GNOME Keyring ou KWallet) pour garder le jeton.</translation>
    </message>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="179"/>
        <source>No keychain service (Secret Service such as GNOME Keyring, or KWallet) runs on this desktop.</source>
        <translation>Aucun service de trousseau (Secret Service comme GNOME Keyring, ou KWallet) ne tourne sur ce bureau.</translation>
    </message>
    <message>
        <location filename="../src/accounts/keychaintokenstore.cpp" line="199"/>
        <source>The keychain did not give back what was stored.</source>
        <translation>Le trousseau n&apos;a pas rendu ce qui avait été stocké.</translation>
    </message>
</context>
<context>
    <name>accounts::TokenSource</name>
    <message>
        <location filename="../src/accounts/tokensource.cpp" line="41"/>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location filename="../src/accounts/tokensource.cpp" line="43"/>
        <source>token from %1</source>
        <translation>jeton de %1</translation>
    </message>
    <message>
        <location filename="../src/accounts/tokensource.cpp" line="45"/>
        <source>token of context “%1” from the keychain</source>
        <translation>jeton du contexte «&#xa0;%1&#xa0;» depuis le trousseau</translation>
    </message>
    <message>
        <location filename="../src/accounts/tokensource.cpp" line="47"/>
        <source>token of context “%1” from the token file (no keychain)</source>
        <translation>jeton du contexte «&#xa0;%1&#xa0;» depuis le fichier de jetons (pas de trousseau)</translation>
    </message>
    <message>
        <location filename="../src/accounts/tokensource.cpp" line="49"/>
        <source>demo: the built-in simulator, no token</source>
        <translation>démo&#xa0;: le simulateur intégré, sans jeton</translation>
    </message>
</context>
<context>
    <name>api::BillingClient</name>
    <message>
        <location filename="../src/api/billingclient.cpp" line="14"/>
        <source>The billing answer could not be read: %1</source>
        <translation>La réponse de facturation n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/api/billingclient.cpp" line="25"/>
        <source>This token may not read billing (DigitalOcean answered 403: it lacks the billing:read scope). Create a token with billing:read to compare the bill with the estimate; everything else works without it.</source>
        <translation>Ce jeton ne peut pas lire la facturation (DigitalOcean a répondu 403&#xa0;: il lui manque le scope billing:read). Créez un jeton avec billing:read pour comparer la facture à l&apos;estimation&#x202f;; tout le reste fonctionne sans.</translation>
    </message>
</context>
<context>
    <name>api::DoClient</name>
    <message>
        <location filename="../src/api/doclient.cpp" line="48"/>
        <source>the answer holds no &quot;%1&quot;</source>
        <translation>la réponse ne contient pas de &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/api/doclient.cpp" line="70"/>
        <source>The list at %1 could not be read: %2.</source>
        <translation>La liste à %1 n&apos;a pas pu être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../src/api/doclient.cpp" line="721"/>
        <source>the create was answered without the new pool</source>
        <translation>la création a reçu une réponse sans le nouveau pool</translation>
    </message>
    <message>
        <location filename="../src/api/doclient.cpp" line="740"/>
        <source>%1; whether the pool &quot;%2&quot; was created is unknown, as listing the pools failed too (%3)</source>
        <translation>%1&#x202f;; on ne sait pas si le pool &quot;%2&quot; a été créé, car la liste des pools a échoué aussi (%3)</translation>
    </message>
    <message>
        <location filename="../src/api/doclient.cpp" line="757"/>
        <source>%1; a pool named &quot;%2&quot; is in the cluster, but with size %3 and %4 nodes, not what was sent: it is someone else&apos;s, and nothing was created again. Choose another name, or change or delete that pool.</source>
        <translation>%1&#x202f;; un pool nommé &quot;%2&quot; est dans le cluster, mais avec la taille %3 et %4 nœuds, pas ce qui a été envoyé&#xa0;: il appartient à quelqu&apos;un d&apos;autre, et rien n&apos;a été recréé. Choisissez un autre nom, ou modifiez ou supprimez ce pool.</translation>
    </message>
</context>
<context>
    <name>api::OperationWatcher</name>
    <message>
        <location filename="../src/api/operationwatcher.cpp" line="18"/>
        <source>the change had not settled after %1 s; it goes on at DigitalOcean</source>
        <translation>le changement n&apos;était pas stabilisé après %1 s&#x202f;; il se poursuit chez DigitalOcean</translation>
    </message>
    <message>
        <location filename="../src/api/operationwatcher.cpp" line="55"/>
        <source>the API client is gone</source>
        <translation>le client de l&apos;API n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>api::PlanRunner</name>
    <message>
        <location filename="../src/api/planrunner.cpp" line="58"/>
        <source>Creating pool %1</source>
        <translation>Création du pool %1</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="61"/>
        <source>Updating pool %1</source>
        <translation>Mise à jour du pool %1</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="65"/>
        <source>Replacing pool %1 in place (%2 → %3): deleting the old pool, then creating the new one under the same name</source>
        <translation>Remplacement du pool %1 sur place (%2 → %3)&#xa0;: suppression de l&apos;ancien pool, puis création du nouveau sous le même nom</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="68"/>
        <source>Replacing pool %1 (%2 → %3): creating %4, then deleting %1 once its nodes run</source>
        <translation>Remplacement du pool %1 (%2 → %3)&#xa0;: création de %4, puis suppression de %1 une fois ses nœuds en marche</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="73"/>
        <source>Deleting pool %1 (nodes are drained first; this can take many minutes)</source>
        <translation>Suppression du pool %1 (les nœuds sont drainés d&apos;abord&#x202f;; cela peut prendre de nombreuses minutes)</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="77"/>
        <source>Configuring the cluster autoscaler of %1</source>
        <translation>Configuration de l&apos;autoscaler de cluster de %1</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="83"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="104"/>
        <source>nothing was sent: the droplet-limit check could not read the account: %1</source>
        <translation>rien n&apos;a été envoyé&#xa0;: la vérification de la limite de droplets n&apos;a pas pu lire le compte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="130"/>
        <source>nothing was sent: %1</source>
        <translation>rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="165"/>
        <source>the apply journal cannot be written, so nothing more is sent: %1</source>
        <translation>le journal d&apos;application ne peut pas être écrit, rien de plus n&apos;est donc envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/api/planrunner.cpp" line="384"/>
        <source>sent, but it had not settled after %1 min</source>
        <translation>envoyé, mais pas stabilisé après %1 min</translation>
    </message>
</context>
<context>
    <name>app::AccountController</name>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="75"/>
        <source>Your contexts could not be read: %1</source>
        <translation>Vos contextes n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="109"/>
        <source>Your contexts file %1 cannot be used: %2. It is left as it is, and contexts are read-only here: nothing you add or switch to is saved.</source>
        <translation>Votre fichier de contextes %1 est inutilisable&#xa0;: %2. Il est laissé tel quel, et les contextes sont ici en lecture seule&#xa0;: rien de ce que vous ajoutez ou choisissez n&apos;est enregistré.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="125"/>
        <source>The old contexts file was moved to %1; a new one was started.</source>
        <translation>L&apos;ancien fichier de contextes a été déplacé vers %1&#x202f;; un nouveau a été commencé.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="165"/>
        <location filename="../src/app/signin/accountcontroller.cpp" line="310"/>
        <location filename="../src/app/signin/accountcontroller.cpp" line="357"/>
        <source>the keychain</source>
        <translation>le trousseau</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="167"/>
        <location filename="../src/app/signin/accountcontroller.cpp" line="309"/>
        <location filename="../src/app/signin/accountcontroller.cpp" line="356"/>
        <source>the token file</source>
        <translation>le fichier de jetons</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="303"/>
        <source>There is no context named “%1”.</source>
        <translation>Il n&apos;y a pas de contexte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="306"/>
        <source>Opening “%1”…</source>
        <translation>Ouverture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="315"/>
        <source>The token of “%1” could not be read from %2: %3</source>
        <translation>Le jeton de «&#xa0;%1&#xa0;» n&apos;a pas pu être lu depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="319"/>
        <source>%1 holds no token for “%2”: sign in again to use it.</source>
        <translation>%1 ne contient aucun jeton pour «&#xa0;%2&#xa0;»&#xa0;: reconnectez-vous pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="330"/>
        <source>This build has no demo mode.</source>
        <translation>Cette version n&apos;a pas de mode démo.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="361"/>
        <source>Not signed out: the token could not be removed from %1: %2</source>
        <translation>Non déconnecté&#xa0;: le jeton n&apos;a pas pu être retiré de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="368"/>
        <source>Signed out of “%1”: its token was removed from %2.</source>
        <translation>Déconnecté de «&#xa0;%1&#xa0;»&#xa0;: son jeton a été retiré de %2.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="376"/>
        <source>Storing the token…</source>
        <translation>Stockage du jeton…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/accountcontroller.cpp" line="380"/>
        <source>The token could not be stored: %1</source>
        <translation>Le jeton n&apos;a pas pu être stocké&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>app::BilledCostModel</name>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="57"/>
        <source>no history</source>
        <translation>pas d&apos;historique</translation>
    </message>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="63"/>
        <source>Billed as estimated.</source>
        <translation>Facturé comme estimé.</translation>
    </message>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="92"/>
        <source>%1 (so far)</source>
        <translation>%1 (jusqu&apos;ici)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="110"/>
        <source>%1 so far: the invoice preview as of %2 (updated_at); the estimate runs to the same instant.</source>
        <translation>%1 jusqu&apos;ici&#xa0;: l&apos;aperçu de facture au %2 (updated_at)&#x202f;; l&apos;estimation court jusqu&apos;au même instant.</translation>
    </message>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="113"/>
        <source>%1: invoice of %2 to %3.</source>
        <translation>%1&#xa0;: facture du %2 au %3.</translation>
    </message>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="143"/>
        <source>DigitalOcean answered HTTP %1 %2: %3 (request id %4).</source>
        <translation>DigitalOcean a répondu HTTP %1 %2&#xa0;: %3 (identifiant de requête %4).</translation>
    </message>
    <message>
        <location filename="../src/app/costs/billedcostmodel.cpp" line="147"/>
        <source>The bill could not be read: %1</source>
        <translation>La facture n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>app::ClusterAutoscalerEditor</name>
    <message>
        <location filename="../src/app/editor/clusterautoscalereditor.cpp" line="65"/>
        <source>Cluster autoscaler: %1, once unneeded for %2; expanders: %3</source>
        <translation>Autoscaler de cluster&#xa0;: %1, une fois inutile pendant %2&#x202f;; expanders&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/app/editor/clusterautoscalereditor.cpp" line="108"/>
        <source>a node must be unneeded for %1 before it is removed</source>
        <translation>un nœud doit être inutile pendant %1 avant d&apos;être retiré</translation>
    </message>
    <message>
        <location filename="../src/app/editor/clusterautoscalereditor.cpp" line="130"/>
        <source>none chosen: the autoscaler uses random</source>
        <translation>aucun choisi&#xa0;: l&apos;autoscaler utilise random</translation>
    </message>
    <message>
        <location filename="../src/app/editor/clusterautoscalereditor.cpp" line="131"/>
        <source>applied in this order: %1</source>
        <translation>appliqués dans cet ordre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/clusterautoscalereditor.cpp" line="195"/>
        <source>Cluster autoscaler of %1</source>
        <translation>Autoscaler de cluster de %1</translation>
    </message>
</context>
<context>
    <name>app::ClusterListModel</name>
    <message>
        <location filename="../src/app/browse/clusterlistmodel.cpp" line="86"/>
        <source>≈ %1/mo</source>
        <translation>≈ %1/mois</translation>
    </message>
</context>
<context>
    <name>app::CostModel</name>
    <message>
        <location filename="../src/app/costs/costmodel.cpp" line="158"/>
        <source>control plane (HA)</source>
        <translation>plan de contrôle (HA)</translation>
    </message>
    <message>
        <location filename="../src/app/costs/costmodel.cpp" line="203"/>
        <source>autoscaling: %1 – %2</source>
        <translation>autoscaling&#xa0;: %1 – %2</translation>
    </message>
    <message>
        <location filename="../src/app/costs/costmodel.cpp" line="209"/>
        <source>Estimates: node count × monthly price (DigitalOcean bills per second up to 672 hours a month); HA control plane %1/month assumed.</source>
        <translation>Estimations&#xa0;: nombre de nœuds × prix mensuel (DigitalOcean facture à la seconde, jusqu&apos;à 672 heures par mois)&#x202f;; plan de contrôle HA supposé à %1/mois.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/costs/costmodel.cpp" line="223"/>
        <source>%n pool(s) selected: %1 a month</source>
        <translation>
            <numerusform>%n pool sélectionné&#xa0;: %1 par mois</numerusform>
            <numerusform>%n pools sélectionnés&#xa0;: %1 par mois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/costs/costmodel.cpp" line="277"/>
        <source>The cost history %1 was damaged: it was moved to %2 and a new history was started.</source>
        <translation>L&apos;historique des coûts %1 était endommagé&#xa0;: il a été déplacé vers %2 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <location filename="../src/app/costs/costmodel.cpp" line="432"/>
        <source>%1 (%2 node-hours measured)</source>
        <translation>%1 (%L2 heures-nœud mesurées)</translation>
    </message>
</context>
<context>
    <name>app::DoctlImportController</name>
    <message>
        <location filename="../src/app/signin/doctlimportcontroller.cpp" line="63"/>
        <source>Choose at least one doctl context to import.</source>
        <translation>Choisissez au moins un contexte doctl à importer.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/doctlimportcontroller.cpp" line="68"/>
        <source>No keychain can keep the tokens here: choose to store them in a file, or start a keychain service and try again.</source>
        <translation>Aucun trousseau ne peut garder les jetons ici&#xa0;: choisissez de les stocker dans un fichier, ou démarrez un service de trousseau et réessayez.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/doctlimportcontroller.cpp" line="83"/>
        <source>Nothing was imported. %1</source>
        <translation>Rien n&apos;a été importé. %1</translation>
    </message>
    <message>
        <location filename="../src/app/signin/doctlimportcontroller.cpp" line="98"/>
        <source>Importing “%1” from doctl…</source>
        <translation>Import de «&#xa0;%1&#xa0;» depuis doctl…</translation>
    </message>
    <message>
        <location filename="../src/app/signin/doctlimportcontroller.cpp" line="103"/>
        <source>“%1” was not imported: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/signin/doctlimportcontroller.cpp" line="116"/>
        <source>“%1” was not imported: its token could not be stored: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été importé&#xa0;: son jeton n&apos;a pas pu être stocké&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>app::DraftStore</name>
    <message>
        <location filename="../src/app/editor/draftstore.cpp" line="89"/>
        <source>The draft could not be saved to %1: %2</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/editor/draftstore.cpp" line="95"/>
        <source>cannot create its folder</source>
        <translation>impossible de créer son dossier</translation>
    </message>
</context>
<context>
    <name>app::DriftController</name>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="90"/>
        <source>No manifests in these files.</source>
        <translation>Aucun manifeste dans ces fichiers.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="93"/>
        <source>1 pool in sync</source>
        <translation>1 pool synchronisé</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="94"/>
        <source>%1 pools in sync</source>
        <translation>%1 pools synchronisés</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="96"/>
        <source>1 differs</source>
        <translation>1 diffère</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="96"/>
        <source>%1 differ</source>
        <translation>%1 diffèrent</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="98"/>
        <source>%1 not live</source>
        <translation>%1 pas en ligne</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="100"/>
        <source>%1 with an unknown cluster</source>
        <translation>%1 avec un cluster inconnu</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="102"/>
        <source>%1 invalid</source>
        <translation>%1 invalide(s)</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="105"/>
        <source>1 live pool without a manifest</source>
        <translation>1 pool en ligne sans manifeste</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="106"/>
        <source>%1 live pools without a manifest</source>
        <translation>%1 pools en ligne sans manifeste</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="116"/>
        <source>Choose a folder of manifests first.</source>
        <translation>Choisissez d&apos;abord un dossier de manifestes.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="120"/>
        <location filename="../src/app/drift/driftcontroller.cpp" line="143"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="145"/>
        <source>No .yaml or .yml files in %1.</source>
        <translation>Aucun fichier .yaml ou .yml dans %1.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="156"/>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="211"/>
        <source>Apply %1 to pool %2 in %3</source>
        <translation>Appliquer %1 au pool %2 dans %3</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="221"/>
        <source>Apply 1 manifest</source>
        <translation>Appliquer 1 manifeste</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="222"/>
        <source>Apply %1 manifests</source>
        <translation>Appliquer %1 manifestes</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="241"/>
        <source>Pool %1 is no longer live; check again.</source>
        <translation>Le pool %1 n&apos;est plus en ligne&#x202f;; vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="249"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="261"/>
        <location filename="../src/app/drift/driftcontroller.cpp" line="269"/>
        <source>%1 was not rewritten: %2</source>
        <translation>%1 n&apos;a pas été réécrit&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftcontroller.cpp" line="273"/>
        <source>Rewrote %1 from the live pool %2. Comments inside that manifest were not kept.</source>
        <translation>%1 réécrit depuis le pool en ligne %2. Les commentaires de ce manifeste n&apos;ont pas été conservés.</translation>
    </message>
</context>
<context>
    <name>app::DriftListModel</name>
    <message>
        <location filename="../src/app/drift/driftlistmodel.cpp" line="84"/>
        <source>replaced by %1</source>
        <translation>remplacé par %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftlistmodel.cpp" line="85"/>
        <source>differs (replace)</source>
        <translation>diffère (remplacement)</translation>
    </message>
</context>
<context>
    <name>app::HistoryStore</name>
    <message>
        <location filename="../src/app/costs/historystore.cpp" line="153"/>
        <source>%1 is damaged and could not be moved aside</source>
        <translation>%1 est endommagé et n&apos;a pas pu être mis de côté</translation>
    </message>
</context>
<context>
    <name>app::InterruptedApply</name>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="24"/>
        <source>%1 (%2 × %3): %4 of %5 nodes running</source>
        <translation>%1 (%2 × %3)&#xa0;: %4 nœuds sur %5 en marche</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="28"/>
        <source>%1: not live</source>
        <translation>%1&#xa0;: pas en ligne</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="30"/>
        <source>%1: its cluster is not in this account</source>
        <translation>%1&#xa0;: son cluster n&apos;est pas dans ce compte</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="80"/>
        <source>The journal of an earlier apply cannot be read (%1). Look at the cluster, then forget the journal.</source>
        <translation>Le journal d&apos;une application précédente est illisible (%1). Examinez le cluster, puis oubliez le journal.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="97"/>
        <source>Roll back deletes %1.</source>
        <translation>Revenir en arrière supprime %1.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="101"/>
        <source>It cannot be rolled back: %1.</source>
        <translation>Impossible de revenir en arrière&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="117"/>
        <source>Live now: not read yet.</source>
        <translation>En ligne maintenant&#xa0;: pas encore lu.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="130"/>
        <source>Live now: %1.</source>
        <translation>En ligne maintenant&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="143"/>
        <source>Resume the interrupted apply</source>
        <translation>Reprendre l&apos;application interrompue</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="155"/>
        <source>Roll back the interrupted apply</source>
        <translation>Revenir sur l&apos;application interrompue</translation>
    </message>
    <message>
        <location filename="../src/app/plan/interruptedapply.cpp" line="170"/>
        <source>The apply journal cannot be removed: %1</source>
        <translation>Le journal d&apos;application ne peut pas être supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>app::ManifestExportController</name>
    <message>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="182"/>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="193"/>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="242"/>
        <source>Choose at least one pool to export.</source>
        <translation>Choisissez au moins un pool à exporter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="186"/>
        <source>Copied %n pool(s) to the clipboard.</source>
        <translation>
            <numerusform>%n pool copié dans le presse-papiers.</numerusform>
            <numerusform>%n pools copiés dans le presse-papiers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="200"/>
        <source>Choose a file name to save to.</source>
        <translation>Choisissez un nom de fichier pour l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="205"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="208"/>
        <source>Saved %n pool(s) to %1.</source>
        <translation>
            <numerusform>%n pool enregistré dans %1.</numerusform>
            <numerusform>%n pools enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="246"/>
        <source>Choose a folder to save into.</source>
        <translation>Choisissez un dossier où enregistrer.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="251"/>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="260"/>
        <source>Saved %1 of %2 files; %3 failed: %4</source>
        <translation>%1 fichiers sur %2 enregistrés&#x202f;; %3 en échec&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="268"/>
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1.</numerusform>
            <numerusform>%n fichiers enregistrés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ManifestImportController</name>
    <message>
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="124"/>
        <source>Open manifest files or a folder, or paste YAML.</source>
        <translation>Ouvrez des fichiers de manifestes ou un dossier, ou collez du YAML.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="126"/>
        <source>%n pool(s) ready</source>
        <translation>
            <numerusform>%n pool prêt</numerusform>
            <numerusform>%n pools prêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="128"/>
        <source>%n error(s) to fix before planning</source>
        <translation>
            <numerusform>%n erreur à corriger avant de planifier</numerusform>
            <numerusform>%n erreurs à corriger avant de planifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="131"/>
        <source>%1; %n finding(s) worth a look</source>
        <translation>
            <numerusform>%1&#x202f;; %n remarque à examiner</numerusform>
            <numerusform>%1&#x202f;; %n remarques à examiner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="132"/>
        <source>%1; no problems found</source>
        <translation>%1&#x202f;; aucun problème trouvé</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="161"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="177"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="188"/>
        <source>No .yaml or .yml files in %1.</source>
        <translation>Aucun fichier .yaml ou .yml dans %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="228"/>
        <source>Apply %n manifest(s) to %1</source>
        <translation>
            <numerusform>Appliquer %n manifeste à %1</numerusform>
            <numerusform>Appliquer %n manifestes à %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::NodeListModel</name>
    <message>
        <location filename="../src/app/browse/nodelistmodel.cpp" line="14"/>
        <source>%1d %2h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location filename="../src/app/browse/nodelistmodel.cpp" line="16"/>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../src/app/browse/nodelistmodel.cpp" line="18"/>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../src/app/browse/nodelistmodel.cpp" line="19"/>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/app/browse/nodelistmodel.cpp" line="47"/>
        <source>(being created)</source>
        <translation>(en création)</translation>
    </message>
</context>
<context>
    <name>app::PlanController</name>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="98"/>
        <source>%1 was replaced by %2 in a blue/green size change: applying this manifest creates %1 again beside it. Rewrite the manifest from the live pool instead (Drift tab, or poolctl apply --rewrite).</source>
        <translation>%1 a été remplacé par %2 lors d&apos;un changement de taille blue/green&#xa0;: appliquer ce manifeste recrée %1 à côté. Réécrivez plutôt le manifeste depuis le pool en ligne (onglet Dérive, ou poolctl apply --rewrite).</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="146"/>
        <source>Create pool %1 in %2</source>
        <translation>Créer le pool %1 dans %2</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="147"/>
        <source>Change pool %1 in %2</source>
        <translation>Modifier le pool %1 dans %2</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="168"/>
        <source>Delete pool %1 from %2</source>
        <translation>Supprimer le pool %1 de %2</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="175"/>
        <source>Nothing to change: the pool already looks like this.</source>
        <translation>Rien à changer&#xa0;: le pool est déjà ainsi.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="177"/>
        <source>Nothing to change: the pools already look like this.</source>
        <translation>Rien à changer&#xa0;: les pools sont déjà ainsi.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="187"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="202"/>
        <source>Cluster estimate: %1 → %2 a month</source>
        <translation>Cluster&#xa0;: %1 → %2 par mois</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="203"/>
        <source>Estimate for these clusters: %1 → %2 a month</source>
        <translation>Ces clusters&#xa0;: %1 → %2 par mois</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="259"/>
        <source>An earlier apply was interrupted. Resume, roll back or forget it (the banner above the pools) before applying another.</source>
        <translation>Une application précédente a été interrompue. Reprenez-la, revenez en arrière ou oubliez-la (le bandeau au-dessus des pools) avant d&apos;en appliquer une autre.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="290"/>
        <source>a new node</source>
        <translation>un nouveau nœud</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="292"/>
        <source>  %1 appeared (%2)</source>
        <translation>  %1 est apparu (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="294"/>
        <source>  %1 is gone</source>
        <translation>  %1 a disparu</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="296"/>
        <source>  %1: %2 → %3</source>
        <translation>  %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="333"/>
        <source>Done. Every change has settled.</source>
        <translation>Terminé. Chaque changement est stabilisé.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="335"/>
        <source>Stopped sending. Changes already sent go on in DigitalOcean; Resume sends the rest.</source>
        <translation>Envoi arrêté. Les changements déjà envoyés se poursuivent chez DigitalOcean&#x202f;; Reprendre envoie le reste.</translation>
    </message>
    <message>
        <location filename="../src/app/plan/plancontroller.cpp" line="338"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>app::PlanStepModel</name>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="20"/>
        <source>%1 (autoscaled %2–%3)</source>
        <translation>%1 (autoscaling %2–%3)</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="62"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="64"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="66"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="68"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="70"/>
        <source>Configure</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="81"/>
        <source>in place: old pool first</source>
        <translation>sur place&#xa0;: l&apos;ancien pool d&apos;abord</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="82"/>
        <source>blue/green: new pool first</source>
        <translation>blue/green&#xa0;: le nouveau pool d&apos;abord</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="104"/>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="106"/>
        <source>sent, settling</source>
        <translation>envoyé, en cours de stabilisation</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="108"/>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="112"/>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="113"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="140"/>
        <source>new pool: %1 × %2</source>
        <translation>nouveau pool&#xa0;: %1 × %2</translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="144"/>
        <source>%1 × %2 go</source>
        <translation>%1 × %2 disparaissent</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/plan/planstepmodel.cpp" line="151"/>
        <source>%n field(s) change</source>
        <translation>
            <numerusform>%n champ change</numerusform>
            <numerusform>%n champs changent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/plan/planstepmodel.cpp" line="154"/>
        <source>planned</source>
        <translation>planifié</translation>
    </message>
</context>
<context>
    <name>app::PoolEditor</name>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="227"/>
        <source>%1 vCPU · %2 GiB</source>
        <translation>%1 vCPU · %2 Gio</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="229"/>
        <source> · %1× GPU %2 GiB</source>
        <translation> · %1× GPU %2 Gio</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="234"/>
        <source>%1/mo</source>
        <translation>%1/mois</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="236"/>
        <source>$%1/h</source>
        <translation>%1 $/h</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="429"/>
        <source>Keeping the name replaces the pool in place, which needs another pool in the cluster to carry the workload while %1 is gone.</source>
        <translation>Garder le nom remplace le pool sur place, ce qui demande un autre pool dans le cluster pour porter la charge pendant l&apos;absence de %1.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="432"/>
        <source>Replace it under a new name instead.</source>
        <translation>Remplacez-le plutôt sous un nouveau nom.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="439"/>
        <source>The new pool&apos;s name: %1.</source>
        <translation>Le nom du nouveau pool&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="440"/>
        <source>Choose another name for the pool that replaces %1.</source>
        <translation>Choisissez un autre nom pour le pool qui remplace %1.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="466"/>
        <source>The label key &quot;%1&quot; is used twice.</source>
        <translation>La clé de label &quot;%1&quot; est utilisée deux fois.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="467"/>
        <source>Remove one of the rows.</source>
        <translation>Retirez l&apos;une des lignes.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="482"/>
        <source>%1 (fix: %2)</source>
        <translation>%1 (correctif&#xa0;: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/editor/pooleditor.cpp" line="491"/>
        <source>%n problem(s) to fix before review. %1: %2</source>
        <translation>
            <numerusform>%n problème à corriger avant l&apos;examen. %1&#xa0;: %2</numerusform>
            <numerusform>%n problèmes à corriger avant l&apos;examen. %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="559"/>
        <source>Cost unknown for this size</source>
        <translation>Coût inconnu pour cette taille</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="567"/>
        <source>≈ %1 a month (estimate)</source>
        <translation>≈ %1 par mois (estimation)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="569"/>
        <source>≈ %1 a month now (estimate)</source>
        <translation>≈ %1 par mois actuellement (estimation)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="570"/>
        <source>≈ %1 → %2 a month (estimate)</source>
        <translation>≈ %1 → %2 par mois (estimation)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="576"/>
        <source>autoscaling band %1 – %2 a month</source>
        <translation>plage d&apos;autoscaling %1 – %2 par mois</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="592"/>
        <source>%1 nodes would pass the account&apos;s droplet limit of %2 (other pools use %3). DigitalOcean refuses droplets past it; ask support to raise the limit or lower the number.</source>
        <translation>%1 nœuds dépasseraient la limite de droplets du compte, %2 (les autres pools en utilisent %3). DigitalOcean refuse les droplets au-delà&#x202f;; demandez au support de relever la limite ou baissez le nombre.</translation>
    </message>
    <message>
        <location filename="../src/app/editor/pooleditor.cpp" line="600"/>
        <source>Setting a count on an autoscaled pool overrides what the autoscaler chose (%1 now). Leave the count alone unless you mean it.</source>
        <translation>Fixer un nombre sur un pool en autoscaling remplace le choix de l&apos;autoscaler (%1 actuellement). Ne touchez pas au nombre sauf si c&apos;est voulu.</translation>
    </message>
</context>
<context>
    <name>app::PoolListModel</name>
    <message>
        <location filename="../src/app/browse/poollistmodel.cpp" line="21"/>
        <source>%1 vCPU · %2 GiB</source>
        <translation>%1 vCPU · %2 Gio</translation>
    </message>
    <message>
        <location filename="../src/app/browse/poollistmodel.cpp" line="23"/>
        <source> · %1 GPU</source>
        <translation> · %1 GPU</translation>
    </message>
    <message>
        <location filename="../src/app/browse/poollistmodel.cpp" line="34"/>
        <source>≈ %1/mo</source>
        <translation>≈ %1/mois</translation>
    </message>
    <message>
        <location filename="../src/app/browse/poollistmodel.cpp" line="35"/>
        <source>≈ %1/mo (%2–%3)</source>
        <translation>≈ %1/mois (%2–%3)</translation>
    </message>
</context>
<context>
    <name>app::SignInController</name>
    <message>
        <location filename="../src/app/signin/signincontroller.cpp" line="93"/>
        <source>HTTP 401 %1: %2</source>
        <translation>HTTP 401 %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/signin/signincontroller.cpp" line="95"/>
        <source>, request id %1</source>
        <translation>, identifiant de requête %1</translation>
    </message>
    <message>
        <location filename="../src/app/signin/signincontroller.cpp" line="96"/>
        <source>This token is not valid (%1). Check that it was pasted whole, or create a new one at cloud.digitalocean.com/account/api/tokens.</source>
        <translation>Ce jeton n&apos;est pas valide (%1). Vérifiez qu&apos;il a été collé en entier, ou créez-en un nouveau sur cloud.digitalocean.com/account/api/tokens.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/signincontroller.cpp" line="109"/>
        <source>Paste a personal access token first.</source>
        <translation>Collez d&apos;abord un jeton d&apos;accès personnel.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/signincontroller.cpp" line="114"/>
        <source>No keychain can keep the token here: choose to store it in a file, or start a keychain service and try again.</source>
        <translation>Aucun trousseau ne peut garder le jeton ici&#xa0;: choisissez de le stocker dans un fichier, ou démarrez un service de trousseau et réessayez.</translation>
    </message>
    <message>
        <location filename="../src/app/signin/signincontroller.cpp" line="119"/>
        <source>Checking the token with DigitalOcean…</source>
        <translation>Vérification du jeton auprès de DigitalOcean…</translation>
    </message>
</context>
<context>
    <name>app::Workspace</name>
    <message>
        <location filename="../src/app/shell/workspace.cpp" line="198"/>
        <source>The node was not deleted: %1</source>
        <translation>Le nœud n&apos;a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/workspace.cpp" line="209"/>
        <source>DigitalOcean refused a change with HTTP 403</source>
        <translation>DigitalOcean a refusé un changement avec HTTP 403</translation>
    </message>
    <message>
        <location filename="../src/app/shell/workspace.cpp" line="211"/>
        <source> (“%1”)</source>
        <translation> («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/workspace.cpp" line="212"/>
        <source>This token can read but not change anything: %1. To make changes, create a token with write scope at cloud.digitalocean.com/account/api/tokens and sign in again with it.</source>
        <translation>Ce jeton peut lire mais rien modifier&#xa0;: %1. Pour faire des changements, créez un jeton avec le droit d&apos;écriture sur cloud.digitalocean.com/account/api/tokens et reconnectez-vous avec.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/workspace.cpp" line="259"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/workspace.cpp" line="272"/>
        <source>Prices and sizes could not be loaded: %1</source>
        <translation>Les prix et les tailles n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>apply</name>
    <message>
        <location filename="../src/cli/applycommands.cpp" line="46"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/applycommands.cpp" line="73"/>
        <source>No changes: the pools match the manifests.
</source>
        <translation>Aucun changement&#xa0;: les pools correspondent aux manifestes.
</translation>
    </message>
    <message>
        <location filename="../src/cli/applycommands.cpp" line="138"/>
        <source>apply needs manifest files (or --resume, --rollback or --forget)</source>
        <translation>apply demande des fichiers de manifestes (ou --resume, --rollback ou --forget)</translation>
    </message>
    <message>
        <location filename="../src/cli/applycommands.cpp" line="158"/>
        <source>the plan is refused; nothing was changed</source>
        <translation>le plan est refusé&#x202f;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../src/cli/applycommands.cpp" line="167"/>
        <source>The plan is destructive:
  %1
Apply it?</source>
        <translation>Le plan est destructif&#xa0;:
  %1
L&apos;appliquer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>applyjournal</name>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="140"/>
        <source>a step of an unknown kind</source>
        <translation>une étape d&apos;un type inconnu</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="182"/>
        <source>a request of an unknown kind or state</source>
        <translation>une requête d&apos;un type ou d&apos;un état inconnu</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="201"/>
        <source>%1 not created</source>
        <translation>%1 non créé</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="203"/>
        <source>the create of %1 was sent, its answer not seen</source>
        <translation>la création de %1 a été envoyée, sa réponse n&apos;a pas été vue</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="205"/>
        <source>%1 created, its nodes not all running yet</source>
        <translation>%1 créé, ses nœuds ne sont pas encore tous en marche</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="206"/>
        <source>%1 created, its nodes still coming up</source>
        <translation>%1 créé, ses nœuds démarrent encore</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="208"/>
        <source>%1 runs</source>
        <translation>%1 tourne</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="210"/>
        <source>creating %1 failed%2</source>
        <translation>la création de %1 a échoué%2</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="211"/>
        <source>%1 was created but its nodes did not all run%2</source>
        <translation>%1 a été créé mais ses nœuds n&apos;ont pas tous démarré%2</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="218"/>
        <source>%1 not updated</source>
        <translation>%1 non mis à jour</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="220"/>
        <source>the update of %1 was sent, its answer not seen</source>
        <translation>la mise à jour de %1 a été envoyée, sa réponse n&apos;a pas été vue</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="222"/>
        <source>%1 updated, still settling</source>
        <translation>%1 mis à jour, en cours de stabilisation</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="224"/>
        <source>%1 updated</source>
        <translation>%1 mis à jour</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="226"/>
        <source>updating %1 failed%2</source>
        <translation>la mise à jour de %1 a échoué%2</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="232"/>
        <source>%1 not deleted</source>
        <translation>%1 non supprimé</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="234"/>
        <source>the delete of %1 was sent, its answer not seen</source>
        <translation>la suppression de %1 a été envoyée, sa réponse n&apos;a pas été vue</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="236"/>
        <source>%1 is being drained and deleted</source>
        <translation>%1 est en cours de drainage et de suppression</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="238"/>
        <source>%1 is deleted</source>
        <translation>%1 est supprimé</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="240"/>
        <source>deleting %1 failed%2</source>
        <translation>la suppression de %1 a échoué%2</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="258"/>
        <source>nothing was deleted: %1 runs as before</source>
        <translation>rien n&apos;a été supprimé&#xa0;: %1 tourne comme avant</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="260"/>
        <source>%1 was not deleted; both pools are billed: resume once the new nodes run, or roll back to delete %2</source>
        <translation>%1 n&apos;a pas été supprimé&#x202f;; les deux pools sont facturés&#xa0;: reprenez une fois les nouveaux nœuds en marche, ou revenez en arrière pour supprimer %2</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="264"/>
        <source>both pools remain and are billed: resume to delete %1, or delete it yourself</source>
        <translation>les deux pools restent et sont facturés&#xa0;: reprenez pour supprimer %1, ou supprimez-le vous-même</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="268"/>
        <source>both pools remain and are billed: resume to delete %1</source>
        <translation>les deux pools restent et sont facturés&#xa0;: reprenez pour supprimer %1</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="272"/>
        <source>nothing changed: %1 runs as before</source>
        <translation>rien n&apos;a changé&#xa0;: %1 tourne comme avant</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="274"/>
        <source>the cluster has no pool %1 now: resume to create it</source>
        <translation>le cluster n&apos;a plus de pool %1&#xa0;: reprenez pour le créer</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="284"/>
        <source>replace %1 in place</source>
        <translation>remplacer %1 sur place</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="285"/>
        <source>replace %1 with %2</source>
        <translation>remplacer %1 par %2</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="369"/>
        <source>the apply already deleted (or began to delete) pool %1 and nothing brings it back; resume the apply instead</source>
        <translation>l&apos;application a déjà supprimé (ou commencé à supprimer) le pool %1 et rien ne le ramène&#x202f;; reprenez plutôt l&apos;application</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="375"/>
        <source>the update of %1 stays as it was sent</source>
        <translation>la mise à jour de %1 reste telle qu&apos;elle a été envoyée</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="385"/>
        <source>deletes pool %1, which the interrupted apply created</source>
        <translation>supprime le pool %1, créé par l&apos;application interrompue</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="393"/>
        <source>the apply created no pool; there is nothing to roll back</source>
        <translation>l&apos;application n&apos;a créé aucun pool&#x202f;; il n&apos;y a rien à annuler</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="422"/>
        <source>not an apply journal of this version</source>
        <translation>pas un journal d&apos;application de cette version</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="448"/>
        <source>a step without its cluster or requests</source>
        <translation>une étape sans son cluster ni ses requêtes</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="470"/>
        <source>✓ %1: applied</source>
        <translation>✓ %1&#xa0;: appliqué</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="472"/>
        <source>· %1: not sent</source>
        <translation>· %1&#xa0;: non envoyé</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="474"/>
        <source>✗ %1: failed: %2%3</source>
        <translation>✗ %1&#xa0;: échec&#xa0;: %2%3</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="476"/>
        <source>✓ %1: sent, still settling (%2)</source>
        <translation>✓ %1&#xa0;: envoyé, en cours de stabilisation (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="477"/>
        <source>… %1: sent, still settling: %2%3</source>
        <translation>… %1&#xa0;: envoyé, en cours de stabilisation&#xa0;: %2%3</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="500"/>
        <source>A rollback</source>
        <translation>Un retour en arrière</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="500"/>
        <source>An apply</source>
        <translation>Une application</translation>
    </message>
    <message>
        <location filename="../src/core/applyjournal.cpp" line="501"/>
        <source>%1 was interrupted at step %2 of %3 (%4): %5</source>
        <translation>%1 a été interrompu(e) à l&apos;étape %2 sur %3 (%4)&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>autoscaler</name>
    <message>
        <location filename="../src/cli/autoscalercommand.cpp" line="41"/>
        <source>--threshold %1: not a number; give a share of a node between 0 and 1, such as 0.65</source>
        <translation>--threshold %1&#xa0;: pas un nombre&#x202f;; donnez une part de nœud entre 0 et 1, comme 0.65</translation>
    </message>
    <message>
        <location filename="../src/cli/autoscalercommand.cpp" line="67"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location filename="../src/cli/autoscalercommand.cpp" line="92"/>
        <source>Cluster autoscaler of %1 (%2)
</source>
        <translation>Autoscaler de cluster de %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../src/cli/autoscalercommand.cpp" line="100"/>
        <source>a node must be unneeded for %1 before it is removed</source>
        <translation>un nœud doit être inutile pendant %1 avant d&apos;être retiré</translation>
    </message>
    <message>
        <location filename="../src/cli/autoscalercommand.cpp" line="120"/>
        <source>No changes: the cluster autoscaler of %1 is already set so.
</source>
        <translation>Aucun changement&#xa0;: l&apos;autoscaler de cluster de %1 est déjà réglé ainsi.
</translation>
    </message>
    <message>
        <location filename="../src/cli/autoscalercommand.cpp" line="126"/>
        <source>Change the cluster autoscaler of %1?</source>
        <translation>Modifier l&apos;autoscaler de cluster de %1&#x202f;?</translation>
    </message>
</context>
<context>
    <name>autoscalerconfig</name>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="77"/>
        <source>picks one of the pools that could take the pods at random</source>
        <translation>choisit au hasard un des pools qui pourraient accueillir les pods</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="79"/>
        <source>picks the pool with the highest priority in the cluster-autoscaler-priority-expander ConfigMap</source>
        <translation>choisit le pool de plus haute priorité dans la ConfigMap cluster-autoscaler-priority-expander</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="82"/>
        <source>picks the pool that leaves the least CPU and memory idle</source>
        <translation>choisit le pool qui laisse le moins de CPU et de mémoire inutilisés</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="90"/>
        <source>a duration is empty; write it as 30s, 5m or 1h30m</source>
        <translation>une durée est vide&#x202f;; écrivez-la 30s, 5m ou 1h30m</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="93"/>
        <source>&quot;%1&quot; has spaces around it; write it as 30s, 5m or 1h30m</source>
        <translation>&quot;%1&quot; est entouré d&apos;espaces&#x202f;; écrivez-le 30s, 5m ou 1h30m</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="97"/>
        <source>&quot;%1&quot; is negative; a wait cannot be</source>
        <translation>&quot;%1&quot; est négatif&#x202f;; une attente ne peut pas l&apos;être</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="104"/>
        <source>&quot;%1&quot; is not a duration; write it as 30s, 5m or 1h30m</source>
        <translation>&quot;%1&quot; n&apos;est pas une durée&#x202f;; écrivez-le 30s, 5m ou 1h30m</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="113"/>
        <location filename="../src/core/autoscalerconfig.cpp" line="149"/>
        <source>&quot;%1&quot; is too long a duration</source>
        <translation>&quot;%1&quot; est une durée trop longue</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="131"/>
        <source>&quot;%1&quot; is not a duration: a number is missing at &quot;%2&quot;; write it as 30s, 5m or 1h30m</source>
        <translation>&quot;%1&quot; n&apos;est pas une durée&#xa0;: un nombre manque à &quot;%2&quot;&#x202f;; écrivez-le 30s, 5m ou 1h30m</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="139"/>
        <source>&quot;%1&quot; has no unit after %2; write it as 30s, 5m or 1h30m (units: h, m, s, ms)</source>
        <translation>&quot;%1&quot; n&apos;a pas d&apos;unité après %2&#x202f;; écrivez-le 30s, 5m ou 1h30m (unités&#xa0;: h, m, s, ms)</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="144"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a unit DigitalOcean reads; use h, m, s, ms, us or ns (30s, 5m, 1h30m)</source>
        <translation>&quot;%1&quot;&#xa0;: &quot;%2&quot; n&apos;est pas une unité lue par DigitalOcean&#x202f;; utilisez h, m, s, ms, us ou ns (30s, 5m, 1h30m)</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="184"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="190"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="190"/>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="192"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="192"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="194"/>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="194"/>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="205"/>
        <source>scale down a node when less than %1 % of it is requested</source>
        <translation>réduire un nœud quand moins de %1 % en est demandé</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="216"/>
        <source>%1 is not a share of a node: the threshold is between 0 and 1</source>
        <translation>%1 n&apos;est pas une part de nœud&#xa0;: le seuil est entre 0 et 1</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="217"/>
        <source>0.65 scales down nodes less than 65 % requested</source>
        <translation>0.65 réduit les nœuds demandés à moins de 65 %</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="222"/>
        <source>a number with a unit: 30s, 5m, 1h30m</source>
        <translation>un nombre avec une unité&#xa0;: 30s, 5m, 1h30m</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="232"/>
        <source>&quot;%1&quot; is not an expander DigitalOcean knows</source>
        <translation>&quot;%1&quot; n&apos;est pas un expander connu de DigitalOcean</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="233"/>
        <source>one of %1</source>
        <translation>l&apos;un de %1</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerconfig.cpp" line="235"/>
        <source>%1 is listed twice</source>
        <translation>%1 est listé deux fois</translation>
    </message>
</context>
<context>
    <name>autoscalerplan</name>
    <message>
        <location filename="../src/core/autoscalerplan.cpp" line="34"/>
        <source>[] (the default, random)</source>
        <translation>[] (par défaut, random)</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerplan.cpp" line="100"/>
        <source>the autoscaler will %1</source>
        <translation>l&apos;autoscaler va %1</translation>
    </message>
    <message>
        <location filename="../src/core/autoscalerplan.cpp" line="103"/>
        <source>a node must be unneeded for %1 before it is removed</source>
        <translation>un nœud doit être inutile pendant %1 avant d&apos;être retiré</translation>
    </message>
</context>
<context>
    <name>cli::ContextCommand</name>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="51"/>
        <source>there are none yet</source>
        <translation>il n&apos;y en a pas encore</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="52"/>
        <source>there are: %1</source>
        <translation>il y a&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="61"/>
        <source>CURRENT</source>
        <translation>ACTUEL</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="61"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="61"/>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="61"/>
        <source>TEAM</source>
        <translation>ÉQUIPE</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="62"/>
        <source>TOKEN IN</source>
        <translation>JETON DANS</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="62"/>
        <source>API URL</source>
        <translation>URL DE L&apos;API</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="73"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="85"/>
        <source>no context named “%1”; %2</source>
        <translation>aucun contexte nommé «&#xa0;%1&#xa0;»&#x202f;; %2</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="93"/>
        <source>current context: %1
</source>
        <translation>contexte actuel&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="116"/>
        <source>cannot store the token of context “%1”: %2</source>
        <translation>impossible de stocker le jeton du contexte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="146"/>
        <source>imported %1 from doctl, tokens in the %2: %3
</source>
        <translation>%1 importé(s) depuis doctl, jetons dans %2&#xa0;: %3
</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="147"/>
        <source>1 context</source>
        <translation>1 contexte</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="148"/>
        <source>%1 contexts</source>
        <translation>%1 contextes</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="166"/>
        <source>nothing imported</source>
        <translation>rien importé</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="182"/>
        <source>%1 Run again with --store-in-file to keep the tokens in %2 instead: readable only by you (mode 0600), but not encrypted.</source>
        <translation>%1 Relancez avec --store-in-file pour garder plutôt les jetons dans %2&#xa0;: lisible par vous seul (mode 0600), mais non chiffré.</translation>
    </message>
    <message>
        <location filename="../src/cli/contextcommand.cpp" line="204"/>
        <source>usage: poolctl context list | use NAME | import-doctl [FILE]</source>
        <translation>usage&#xa0;: poolctl context list | use NOM | import-doctl [FICHIER]</translation>
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
Contextes (comptes auxquels Pool Studio s&apos;est connecté&#x202f;; sans réseau)&#xa0;:
  context list
      Les contextes, l&apos;actuel marqué d&apos;une étoile (-o json|yaml aussi).
  context use NOM
      Fait de NOM le contexte actuel.
  context import-doctl [FICHIER]
      Importe les contextes de doctl (FICHIER&#xa0;: %1 s&apos;il n&apos;est pas donné)&#x202f;;
      les jetons vont dans le trousseau (--store-in-file&#xa0;: un fichier en mode 0600).
</translation>
    </message>
</context>
<context>
    <name>cli::TokenResolution</name>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="33"/>
        <source>no access token; set DIGITALOCEAN_ACCESS_TOKEN, pass --token-file, or sign in with Pool Studio and choose a context (--context NAME)</source>
        <translation>pas de jeton d&apos;accès&#x202f;; définissez DIGITALOCEAN_ACCESS_TOKEN, passez --token-file, ou connectez-vous avec Pool Studio et choisissez un contexte (--context NOM)</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="50"/>
        <source>cannot read the token of context “%1”: %2</source>
        <translation>impossible de lire le jeton du contexte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="53"/>
        <source>context “%1” has no token in the %2; sign in to it again in Pool Studio</source>
        <translation>le contexte «&#xa0;%1&#xa0;» n&apos;a pas de jeton dans %2&#x202f;; reconnectez-vous-y dans Pool Studio</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="55"/>
        <source>token file</source>
        <translation>fichier de jetons</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="55"/>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="77"/>
        <source>cannot read the token file %1: %2</source>
        <translation>impossible de lire le fichier de jetons %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="88"/>
        <source>using the token from %1, not the one of context “%2”</source>
        <translation>utilisation du jeton de %1, pas de celui du contexte «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="109"/>
        <source>no context named “%1”; there are none yet (sign in with Pool Studio)</source>
        <translation>aucun contexte nommé «&#xa0;%1&#xa0;»&#x202f;; il n&apos;y en a pas encore (connectez-vous avec Pool Studio)</translation>
    </message>
    <message>
        <location filename="../src/cli/tokenresolution.cpp" line="112"/>
        <source>no context named “%1”; there are: %2</source>
        <translation>aucun contexte nommé «&#xa0;%1&#xa0;»&#x202f;; il y a&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../src/cli/commands.cpp" line="24"/>
        <source>list clusters with their pools and nodes</source>
        <translation>lister les clusters avec leurs pools et nœuds</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="28"/>
        <source>list a cluster&apos;s node pools</source>
        <translation>lister les pools de nœuds d&apos;un cluster</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="30"/>
        <source>list a pool&apos;s nodes</source>
        <translation>lister les nœuds d&apos;un pool</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="32"/>
        <source>show one pool in full</source>
        <translation>afficher un pool en entier</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="36"/>
        <source>write pools as manifest YAML (default), Terraform digitalocean_kubernetes_node_pool resources or doctl node-pool create commands: one pool, a cluster&apos;s, or all</source>
        <translation>écrire les pools en YAML de manifeste (par défaut), en ressources Terraform digitalocean_kubernetes_node_pool ou en commandes doctl node-pool create&#xa0;: un pool, ceux d&apos;un cluster, ou tous</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="41"/>
        <source>show what applying the manifests would change</source>
        <translation>montrer ce que changerait l&apos;application des manifestes</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="45"/>
        <source>make the pools match the manifests. A size change creates the new pool (NAME-SIZE) and deletes the old one once the new nodes run (--replace=in-place: delete first, keep the name; needs another pool). --rewrite names the new pool in the files. Each apply is journaled: an interrupted one must be finished (--resume), undone (--rollback: delete what it created) or dropped (--forget) before the next</source>
        <translation>aligner les pools sur les manifestes. Un changement de taille crée le nouveau pool (NOM-TAILLE) et supprime l&apos;ancien une fois les nouveaux nœuds en marche (--replace=in-place&#xa0;: supprimer d&apos;abord, garder le nom&#x202f;; demande un autre pool). --rewrite inscrit le nouveau pool dans les fichiers. Chaque application est journalisée&#xa0;: une application interrompue doit être terminée (--resume), annulée (--rollback&#xa0;: supprime ce qu&apos;elle a créé) ou abandonnée (--forget) avant la suivante</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="55"/>
        <source>show the cluster autoscaler&apos;s settings, or change them (a plan, --yes to confirm)</source>
        <translation>afficher les réglages de l&apos;autoscaler de cluster, ou les modifier (un plan, --yes pour confirmer)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="59"/>
        <source>delete a pool and its nodes (--yes)</source>
        <translation>supprimer un pool et ses nœuds (--yes)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="61"/>
        <source>delete one node (--skip-drain, --replace, --yes)</source>
        <translation>supprimer un nœud (--skip-drain, --replace, --yes)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="64"/>
        <source>list droplet sizes and prices (cached for a day)</source>
        <translation>lister les tailles et prix des droplets (en cache pour une journée)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="70"/>
        <source>monthly cost estimate grouped by pool, cluster, size or a tag key</source>
        <translation>estimation du coût mensuel groupée par pool, cluster, taille ou clé de tag</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="79"/>
        <source>check manifests offline: file:line:column: field: problem</source>
        <translation>vérifier les manifestes hors ligne&#xa0;: fichier:ligne:colonne: champ: problème</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="81"/>
        <source>best-practice findings with rule id, severity and fix (--droplet-limit N)</source>
        <translation>remarques de bonnes pratiques avec identifiant de règle, gravité et correctif (--droplet-limit N)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands.cpp" line="84"/>
        <source>print the manifest in canonical form, or rewrite it with --write (comments are not kept)</source>
        <translation>afficher le manifeste sous forme canonique, ou le réécrire avec --write (les commentaires ne sont pas conservés)</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <location filename="../src/cli/confirm.cpp" line="42"/>
        <source>declined; nothing was changed</source>
        <translation>refusé&#x202f;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../src/cli/confirm.cpp" line="46"/>
        <source>refused: this needs a confirmation and stdin is not a terminal; nothing was changed. Pass --yes to confirm.</source>
        <translation>refusé&#xa0;: une confirmation est nécessaire et stdin n&apos;est pas un terminal&#x202f;; rien n&apos;a été modifié. Passez --yes pour confirmer.</translation>
    </message>
</context>
<context>
    <name>core::BoundedFile</name>
    <message>
        <location filename="../src/core/boundedfile.cpp" line="19"/>
        <source>it is %1, more than the %2 allowed; it was not read</source>
        <translation>il fait %1, plus que les %2 permis&#x202f;; il n&apos;a pas été lu</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/boundedfile.cpp" line="39"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/boundedfile.cpp" line="64"/>
        <source>it is larger than the %1 allowed; reading stopped there</source>
        <translation>il dépasse les %1 permis&#x202f;; la lecture s&apos;est arrêtée là</translation>
    </message>
</context>
<context>
    <name>core::billing</name>
    <message>
        <location filename="../src/core/billedcost.cpp" line="219"/>
        <source>cluster %1… (no longer listed)</source>
        <translation>cluster %1… (plus listé)</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="237"/>
        <source>The cluster no longer exists: deleted mid-month, billed until %1.</source>
        <translation>Le cluster n&apos;existe plus&#xa0;: supprimé en cours de mois, facturé jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="240"/>
        <source>No cluster of this name exists now (deleted or renamed); its billed rows are kept.</source>
        <translation>Aucun cluster de ce nom n&apos;existe maintenant (supprimé ou renommé)&#x202f;; ses lignes facturées sont conservées.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="244"/>
        <source>No recorded history for this period: nothing to estimate from.</source>
        <translation>Aucun historique enregistré pour cette période&#xa0;: rien sur quoi fonder une estimation.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="248"/>
        <source>Nothing billed under this name in this period.</source>
        <translation>Rien n&apos;a été facturé sous ce nom sur cette période.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="260"/>
        <source>The recorded history starts on %1: the estimate has nothing from before then.</source>
        <translation>L&apos;historique enregistré commence le %1&#xa0;: l&apos;estimation ne couvre rien avant cette date.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="266"/>
        <source>%1 nodes billed, %2 in the estimate: nodes that came and went (replaced, recycled, or removed and added again) are separate droplets, each billed up to 672 h.</source>
        <translation>%1 nœuds facturés, %2 dans l&apos;estimation&#xa0;: les nœuds venus et partis (remplacés, recyclés, ou retirés puis rajoutés) sont des droplets distincts, chacun facturé jusqu&apos;à 672 h.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="273"/>
        <source>%1 nodes billed, %2 in the estimate: the estimate counted nodes that were not billed in this period.</source>
        <translation>%1 nœuds facturés, %2 dans l&apos;estimation&#xa0;: l&apos;estimation a compté des nœuds non facturés sur cette période.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/billedcost.cpp" line="279"/>
        <source>%n node(s) ran for part of the period (created or removed during it).</source>
        <translation>
            <numerusform>%n nœud a tourné une partie de la période (créé ou retiré pendant celle-ci).</numerusform>
            <numerusform>%n nœuds ont tourné une partie de la période (créés ou retirés pendant celle-ci).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="284"/>
        <source>The same node-hours (%1 h) at a different amount: sizes were billed at other prices than the ones the estimate used.</source>
        <translation>Les mêmes heures-nœud (%1 h) pour un autre montant&#xa0;: des tailles ont été facturées à d&apos;autres prix que ceux de l&apos;estimation.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="289"/>
        <source>Within rounding: every item is rounded to the cent.</source>
        <translation>Dans l&apos;arrondi&#xa0;: chaque ligne est arrondie au centime.</translation>
    </message>
    <message>
        <location filename="../src/core/billedcost.cpp" line="291"/>
        <source>Billed %1 node-hours, the estimate counts %2.</source>
        <translation>%1 heures-nœud facturées, l&apos;estimation en compte %2.</translation>
    </message>
    <message>
        <location filename="../src/core/billedinvoice.cpp" line="18"/>
        <source>%1: expected an amount in dollars such as &quot;12.34&quot;, found &quot;%2&quot;</source>
        <translation>%1&#xa0;: attendu un montant en dollars comme &quot;12.34&quot;, trouvé &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/billedinvoice.cpp" line="46"/>
        <source>%1.%2: expected a time such as &quot;2020-01-01T00:00:00Z&quot;, found &quot;%3&quot;</source>
        <translation>%1.%2&#xa0;: attendu une heure comme &quot;2020-01-01T00:00:00Z&quot;, trouvé &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/billedinvoice.cpp" line="58"/>
        <source>%1.invoice_period: expected a month such as &quot;2020-01&quot;, found &quot;%2&quot;</source>
        <translation>%1.invoice_period&#xa0;: attendu un mois comme &quot;2020-01&quot;, trouvé &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/billedinvoice.cpp" line="142"/>
        <source>%1.duration: expected a number of hours such as &quot;744&quot;, found &quot;%2&quot;</source>
        <translation>%1.duration&#xa0;: attendu un nombre d&apos;heures comme &quot;744&quot;, trouvé &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>core::dojson</name>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="130"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="132"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="134"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="136"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="138"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="140"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="172"/>
        <source>%1: expected %2, found %3</source>
        <translation>%1&#xa0;: attendu %2, trouvé %3</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="214"/>
        <source>%1: expected a whole number of at most 10 digits, found %2</source>
        <translation>%1&#xa0;: attendu un nombre entier de 10 chiffres au plus, trouvé %2</translation>
    </message>
    <message>
        <location filename="../src/core/dojsoncheck.cpp" line="220"/>
        <source>%1: the number is too large</source>
        <translation>%1&#xa0;: le nombre est trop grand</translation>
    </message>
</context>
<context>
    <name>cost</name>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="133"/>
        <source>invoice preview %1 (%2 to %3), updated_at %4
</source>
        <translation>aperçu de facture %1 (%2 au %3), updated_at %4
</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="135"/>
        <source>invoice %1 (%2 to %3)
</source>
        <translation>facture %1 (%2 au %3)
</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="140"/>
        <source> (gone)</source>
        <translation> (disparu)</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="196"/>
        <source>no invoice for %1; invoices: %2; this month: %3</source>
        <translation>aucune facture pour %1&#x202f;; factures&#xa0;: %2&#x202f;; ce mois-ci&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="197"/>
        <source>this month</source>
        <translation>ce mois-ci</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="198"/>
        <location filename="../src/cli/costcommand.cpp" line="199"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="262"/>
        <source>estimate: the nodes the API shows now, each from its created_at, per second, at most 672 h a node a month, HA control plane $40.00/month; nodes removed since are on the bill only
</source>
        <translation>estimation&#xa0;: les nœuds que l&apos;API montre maintenant, chacun depuis son created_at, à la seconde, 672 h au plus par nœud et par mois, plan de contrôle HA à $40.00/mois&#x202f;; les nœuds retirés depuis ne sont que sur la facture
</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="281"/>
        <source>unknown grouping &quot;%1&quot;; use pool, cluster, size or tag:KEY</source>
        <translation>regroupement inconnu &quot;%1&quot;&#x202f;; utilisez pool, cluster, size ou tag:CLÉ</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="310"/>
        <source>estimate: count x monthly price; HA control plane $40.00/month assumed; DigitalOcean bills per second up to 672 hours a month
</source>
        <translation>estimation&#xa0;: nombre x prix mensuel&#x202f;; plan de contrôle HA supposé à $40.00/mois&#x202f;; DigitalOcean facture à la seconde, jusqu&apos;à 672 heures par mois
</translation>
    </message>
    <message>
        <location filename="../src/cli/costcommand.cpp" line="314"/>
        <source>not in the size catalogue (counted as $0): %1
</source>
        <translation>absent du catalogue des tailles (compté à $0)&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>delete</name>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="36"/>
        <source>Delete pool %1 (%2) and its %3 nodes from cluster %4? Pods are drained; this can take a quarter of an hour when they have nowhere to go.</source>
        <translation>Supprimer le pool %1 (%2) et ses %3 nœuds du cluster %4&#x202f;? Les pods sont drainés&#x202f;; cela peut prendre un quart d&apos;heure quand ils n&apos;ont nulle part où aller.</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="50"/>
        <source>pool %1 deleted; its nodes are draining
</source>
        <translation>pool %1 supprimé&#x202f;; ses nœuds sont en cours de drainage
</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="73"/>
        <source>without draining</source>
        <translation>sans drainage</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="73"/>
        <source>after draining</source>
        <translation>après drainage</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="74"/>
        <source>a new node takes its place</source>
        <translation>un nouveau nœud prend sa place</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="75"/>
        <source>the pool shrinks to %1</source>
        <translation>le pool passe à %1</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="78"/>
        <source>Delete node %1 of pool %2 (%3)?</source>
        <translation>Supprimer le nœud %1 du pool %2 (%3)&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/cli/deletecommands.cpp" line="89"/>
        <source>node %1 is being deleted
</source>
        <translation>le nœud %1 est en cours de suppression
</translation>
    </message>
</context>
<context>
    <name>demo::DemoBackend</name>
    <message>
        <location filename="../src/demo/demobackend.cpp" line="56"/>
        <source>The demo simulator could not listen on a loopback port.</source>
        <translation>Le simulateur de démo n&apos;a pas pu écouter sur un port de bouclage.</translation>
    </message>
</context>
<context>
    <name>drift</name>
    <message>
        <location filename="../src/core/drift.cpp" line="135"/>
        <source>replaced by %1 (a blue/green size change); rewrite the manifest from it</source>
        <translation>remplacé par %1 (un changement de taille blue/green)&#x202f;; réécrivez le manifeste depuis celui-ci</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="229"/>
        <source>pool %1 of cluster %2 is declared again; first at %3</source>
        <translation>le pool %1 du cluster %2 est déclaré à nouveau&#x202f;; la première fois à %3</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="231"/>
        <source>keep one document per pool</source>
        <translation>gardez un document par pool</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="272"/>
        <source>in sync</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="274"/>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="276"/>
        <source>not live</source>
        <translation>pas en ligne</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="278"/>
        <source>cluster unknown</source>
        <translation>cluster inconnu</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="280"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="282"/>
        <source>live only</source>
        <translation>en ligne seulement</translation>
    </message>
    <message>
        <location filename="../src/core/drift.cpp" line="289"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../src/cli/filecommands.cpp" line="93"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/filecommands.cpp" line="142"/>
        <source>%n pool(s) in %1 file(s): valid
</source>
        <translation>
            <numerusform>%n pool dans %1 fichier(s)&#xa0;: valide
</numerusform>
            <numerusform>%n pools dans %1 fichier(s)&#xa0;: valides
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/filecommands.cpp" line="188"/>
        <source>no findings
</source>
        <translation>aucune remarque
</translation>
    </message>
    <message>
        <location filename="../src/cli/filecommands.cpp" line="196"/>
        <source>poolctl: cannot read %1: %2
</source>
        <translation>poolctl&#xa0;: impossible de lire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/filecommands.cpp" line="213"/>
        <source>%1: already formatted
</source>
        <translation>%1&#xa0;: déjà formaté
</translation>
    </message>
    <message>
        <location filename="../src/cli/filecommands.cpp" line="219"/>
        <source>poolctl: cannot write %1: %2
</source>
        <translation>poolctl&#xa0;: impossible d&apos;écrire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/filecommands.cpp" line="222"/>
        <source>%1: formatted
</source>
        <translation>%1&#xa0;: formaté
</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../src/app/manifests/importsources.cpp" line="61"/>
        <source>line %1:%2</source>
        <translation>ligne %1:%2</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="57"/>
        <source>No interrupted apply: nothing to resume, roll back or forget.
</source>
        <translation>Aucune application interrompue&#xa0;: rien à reprendre, annuler ou oublier.
</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="70"/>
        <source>Forgot the interrupted apply; the cluster is left as it is:
  %1
</source>
        <translation>Application interrompue oubliée&#x202f;; le cluster reste tel quel&#xa0;:
  %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="72"/>
        <source>Forgot the unreadable apply journal.
</source>
        <translation>Journal d&apos;application illisible oublié.
</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="79"/>
        <source>the journal of an earlier apply cannot be read (%1); look at the cluster and run poolctl apply --forget to drop it</source>
        <translation>le journal d&apos;une application précédente est illisible (%1)&#x202f;; examinez le cluster et lancez poolctl apply --forget pour l&apos;abandonner</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="90"/>
        <source>. Resuming.
</source>
        <translation>. Reprise.
</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="99"/>
        <source>. It cannot be rolled back: %1</source>
        <translation>. Impossible de revenir en arrière&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="105"/>
        <source>%1.
Rolling back deletes %2.</source>
        <translation>%1.
Revenir en arrière supprime %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="109"/>
        <source>
Roll back?</source>
        <translation>
Revenir en arrière&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/cli/journalcommands.cpp" line="115"/>
        <source>.
Nothing was sent now. Finish it with poolctl apply --resume, delete what it created with --rollback, or leave the cluster as it is with --forget.</source>
        <translation>.
Rien n&apos;a été envoyé maintenant. Terminez-la avec poolctl apply --resume, supprimez ce qu&apos;elle a créé avec --rollback, ou laissez le cluster tel quel avec --forget.</translation>
    </message>
</context>
<context>
    <name>journalfile</name>
    <message>
        <location filename="../src/core/journalfile.cpp" line="43"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/journalfile.cpp" line="49"/>
        <source>%1 is not JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/journalfile.cpp" line="55"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/journalfile.cpp" line="62"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../src/core/journalfile.cpp" line="67"/>
        <location filename="../src/core/journalfile.cpp" line="72"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/journalfile.cpp" line="83"/>
        <source>cannot remove %1: %2</source>
        <translation>impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>k8snames</name>
    <message>
        <location filename="../src/core/k8snames.cpp" line="60"/>
        <location filename="../src/core/k8snames.cpp" line="74"/>
        <location filename="../src/core/k8snames.cpp" line="96"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="62"/>
        <location filename="../src/core/k8snames.cpp" line="126"/>
        <source>must be at most 63 characters (has %1)</source>
        <translation>doit faire au plus 63 caractères (en a %1)</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="65"/>
        <source>must consist of lower-case letters, digits and &apos;-&apos;, and start and end with a letter or digit</source>
        <translation>doit se composer de lettres minuscules, chiffres et &apos;-&apos;, et commencer et finir par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="76"/>
        <source>must be at most 253 characters (has %1)</source>
        <translation>doit faire au plus 253 caractères (en a %1)</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="80"/>
        <source>must be a DNS subdomain: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, each part starting and ending with a letter or digit</source>
        <translation>doit être un sous-domaine DNS&#xa0;: lettres minuscules, chiffres, &apos;-&apos; et &apos;.&apos;, chaque partie commençant et finissant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="99"/>
        <source>may contain at most one &apos;/&apos; (prefix/name)</source>
        <translation>ne peut contenir qu&apos;un seul &apos;/&apos; (préfixe/nom)</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="103"/>
        <source>has an empty prefix before &apos;/&apos;</source>
        <translation>a un préfixe vide avant &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="109"/>
        <source>has an empty name after &apos;/&apos;</source>
        <translation>a un nom vide après &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="111"/>
        <source>name part must be at most 63 characters (has %1)</source>
        <translation>la partie nom doit faire au plus 63 caractères (en a %1)</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="115"/>
        <source>name part must consist of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, and start and end with a letter or digit</source>
        <translation>la partie nom doit se composer de lettres, chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;, et commencer et finir par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../src/core/k8snames.cpp" line="129"/>
        <source>must consist of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, and start and end with a letter or digit</source>
        <translation>doit se composer de lettres, chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;, et commencer et finir par une lettre ou un chiffre</translation>
    </message>
</context>
<context>
    <name>lint</name>
    <message>
        <location filename="../src/core/lint.cpp" line="102"/>
        <source>a production pool with room for one node: an upgrade, a recycle or a failed droplet takes everything on it down</source>
        <translation>un pool de production avec de la place pour un seul nœud&#xa0;: une mise à niveau, un recyclage ou un droplet en panne arrête tout ce qui tourne dessus</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="105"/>
        <source>run at least 2 nodes (3 to survive an upgrade with headroom), or autoscale with maxNodes 2 or more</source>
        <translation>faites tourner au moins 2 nœuds (3 pour passer une mise à niveau avec de la marge), ou activez l&apos;autoscaling avec maxNodes à 2 ou plus</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="110"/>
        <source>a single node with no autoscaling: a node upgrade or failure stops every pod on it</source>
        <translation>un seul nœud sans autoscaling&#xa0;: une mise à niveau ou une panne du nœud arrête chaque pod dessus</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="113"/>
        <source>use nodeCount 2 or more, or enable autoScale</source>
        <translation>utilisez nodeCount à 2 ou plus, ou activez autoScale</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="116"/>
        <source>maxNodes %1 is below nodeCount %2: DigitalOcean resets the count to minNodes</source>
        <translation>maxNodes %1 est inférieur à nodeCount %2&#xa0;: DigitalOcean ramène le nombre à minNodes</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="121"/>
        <source>raise maxNodes to at least %1</source>
        <translation>relevez maxNodes à au moins %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="124"/>
        <source>minNodes/maxNodes are set but autoScale is off; DigitalOcean stores them as 0</source>
        <translation>minNodes/maxNodes sont définis mais autoScale est désactivé&#x202f;; DigitalOcean les enregistre à 0</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="127"/>
        <source>set autoScale: true, or remove minNodes and maxNodes</source>
        <translation>réglez autoScale: true, ou retirez minNodes et maxNodes</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="138"/>
        <source>GPU size %1 has no NoSchedule taint (such as %2): ordinary pods will fill these costly nodes</source>
        <translation>la taille GPU %1 n&apos;a pas de taint NoSchedule (comme %2)&#xa0;: des pods ordinaires rempliront ces nœuds coûteux</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="143"/>
        <source>add taint {key: %1, value: &quot;true&quot;, effect: NoSchedule}</source>
        <translation>ajoutez le taint {key: %1, value: &quot;true&quot;, effect: NoSchedule}</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="149"/>
        <source>a GPU taint on %1, which has no GPU</source>
        <translation>un taint GPU sur %1, qui n&apos;a pas de GPU</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="151"/>
        <source>remove the taint or pick a GPU size</source>
        <translation>retirez le taint ou choisissez une taille GPU</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="155"/>
        <source>no key:value tag (such as team:web), so this pool&apos;s cost cannot be attributed</source>
        <translation>aucun tag clé:valeur (comme team:web), le coût de ce pool ne peut donc pas être attribué</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="158"/>
        <source>add a tag such as team:platform or cost-center:eng</source>
        <translation>ajoutez un tag comme team:platform ou cost-center:eng</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="164"/>
        <source>the pool may need %1 droplets; the account allows %2</source>
        <translation>le pool peut demander %1 droplets&#x202f;; le compte en permet %2</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="168"/>
        <source>lower it, or ask DigitalOcean support to raise the droplet limit</source>
        <translation>baissez-le, ou demandez au support DigitalOcean de relever la limite de droplets</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="174"/>
        <source>the cluster&apos;s only pool may scale to zero: system pods (DNS, CNI) would have nowhere to run</source>
        <translation>le seul pool du cluster peut descendre à zéro&#xa0;: les pods système (DNS, CNI) n&apos;auraient nulle part où tourner</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="177"/>
        <source>keep minNodes at 1 or more, or add another pool</source>
        <translation>gardez minNodes à 1 ou plus, ou ajoutez un autre pool</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="180"/>
        <source>minNodes 0 on a pool without taints: any pod may be placed here, so the pool seldom scales back to zero, and pods wait for a droplet to boot when it is at zero</source>
        <translation>minNodes 0 sur un pool sans taints&#xa0;: n&apos;importe quel pod peut y être placé, le pool redescend donc rarement à zéro, et à zéro les pods attendent le démarrage d&apos;un droplet</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="184"/>
        <source>taint the pool so only workloads that tolerate it (and can wait) use it, or keep minNodes at 1 or more</source>
        <translation>posez un taint sur le pool pour que seules les charges qui le tolèrent (et peuvent attendre) l&apos;utilisent, ou gardez minNodes à 1 ou plus</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="191"/>
        <source>&apos;%1&apos; is under a prefix Kubernetes or DOKS reserves; nodes with it may fail to join, and DigitalOcean may refuse it</source>
        <translation>&apos;%1&apos; est sous un préfixe réservé par Kubernetes ou DOKS&#x202f;; les nœuds qui le portent risquent de ne pas rejoindre le cluster, et DigitalOcean peut le refuser</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="195"/>
        <source>use a prefix of your own, such as example.com/%1</source>
        <translation>utilisez votre propre préfixe, comme example.com/%1</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="206"/>
        <source>%1 is the cluster&apos;s first (default) pool, and it %2: workloads run on the pool that is most disruptive to change</source>
        <translation>%1 est le premier pool (par défaut) du cluster, et il %2&#xa0;: des charges tournent sur le pool le plus perturbant à modifier</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="211"/>
        <source>autoscales with them</source>
        <translation>se met à l&apos;échelle avec eux</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="212"/>
        <source>carries labels they select</source>
        <translation>porte des labels qu&apos;ils sélectionnent</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="213"/>
        <source>keep the default pool small and plain (2 nodes, no labels) and move workloads to pools you can replace</source>
        <translation>gardez le pool par défaut petit et simple (2 nœuds, sans labels) et déplacez les charges vers des pools remplaçables</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="219"/>
        <source>this changes the cluster&apos;s first pool; changing it is disruptive</source>
        <translation>ceci modifie le premier pool du cluster&#x202f;; le modifier est perturbant</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="221"/>
        <source>keep a small default pool untouched and put workloads on pools you can replace</source>
        <translation>gardez intact un petit pool par défaut et placez les charges sur des pools remplaçables</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="227"/>
        <source>%1 is not offered in %2</source>
        <translation>%1 n&apos;est pas proposé dans %2</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="229"/>
        <source>pick a size listed for %1</source>
        <translation>choisissez une taille listée pour %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="234"/>
        <source>%1 is currently not available</source>
        <translation>%1 n&apos;est pas disponible actuellement</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="235"/>
        <source>pick another size; new nodes may fail to provision</source>
        <translation>choisissez une autre taille&#x202f;; de nouveaux nœuds risquent de ne pas pouvoir être provisionnés</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="245"/>
        <source>removed label(s) %1 stay on the pool&apos;s existing nodes</source>
        <translation>le(s) label(s) retiré(s) %1 restent sur les nœuds existants du pool</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="248"/>
        <source>remove them with kubectl label node ... KEY- or recycle the nodes</source>
        <translation>retirez-les avec kubectl label node ... KEY- ou recyclez les nœuds</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="259"/>
        <source>NoExecute evicts running pods that do not tolerate %1</source>
        <translation>NoExecute évince les pods en marche qui ne tolèrent pas %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="262"/>
        <source>use NoSchedule unless running pods must leave</source>
        <translation>utilisez NoSchedule sauf si les pods en marche doivent partir</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="329"/>
        <source>the cluster has only one pool: it is the default pool, so every change to it disrupts the whole cluster</source>
        <translation>le cluster n&apos;a qu&apos;un pool&#xa0;: c&apos;est le pool par défaut, chaque changement perturbe donc tout le cluster</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="332"/>
        <source>add a second pool for workloads and keep this one as a small, untouched default pool</source>
        <translation>ajoutez un second pool pour les charges et gardez celui-ci comme petit pool par défaut intact</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="339"/>
        <source>together the pools may need %1 droplets; the account allows %2</source>
        <translation>ensemble les pools peuvent demander %1 droplets&#x202f;; le compte en permet %2</translation>
    </message>
    <message>
        <location filename="../src/core/lint.cpp" line="343"/>
        <source>lower the counts or maxima, or ask DigitalOcean to raise the droplet limit</source>
        <translation>baissez les nombres ou maxima, ou demandez à DigitalOcean de relever la limite de droplets</translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <location filename="../src/core/lookup.h" line="43"/>
        <source>no %1 &quot;%2&quot;; known: %3</source>
        <translation>aucun %1 &quot;%2&quot;&#x202f;; connus&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/lookup.h" line="45"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../src/core/lookup.h" line="50"/>
        <source>%1 name &quot;%2&quot; is used %3 times; name it by id: %4</source>
        <translation>le nom de %1 &quot;%2&quot; est utilisé %3 fois&#x202f;; désignez-le par identifiant&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../src/core/lookup.h" line="63"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/cli/main.cpp" line="26"/>
        <source>poolctl: DigitalOcean Kubernetes node pools from the command line.

Commands (clusters and pools are named by id or by name):
</source>
        <translation>poolctl&#xa0;: les pools de nœuds DigitalOcean Kubernetes en ligne de commande.

Commandes (clusters et pools sont désignés par identifiant ou par nom)&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="31"/>
        <source>
Commands on manifest files only (no token, no network):
</source>
        <translation>
Commandes sur les fichiers de manifestes seulement (sans jeton, sans réseau)&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="37"/>
        <source>
The token is read from --token-file, else DIGITALOCEAN_ACCESS_TOKEN (or DIGITALOCEAN_TOKEN), else the keychain (or token file) of the context named by --context or, without it, of the current context Pool Studio signed in to. It is never printed.
Exit codes of the API commands: 0 done; 1 the API refused or failed, or a cluster, pool or node is unknown; 2 wrong usage; 3 refused, or a destructive step needs a confirmation (--yes); 4 validation errors in the input files of plan/apply.
Exit codes of validate, lint and fmt (as linters do): 0 clean; 1 findings (validation errors; for lint also best-practice findings); 2 unusable input (a file that cannot be read, a YAML syntax error, a document that is not a mapping) or wrong usage.</source>
        <translation>
Le jeton est lu depuis --token-file, sinon DIGITALOCEAN_ACCESS_TOKEN (ou DIGITALOCEAN_TOKEN), sinon le trousseau (ou le fichier de jetons) du contexte nommé par --context ou, à défaut, du contexte actuel auquel Pool Studio s&apos;est connecté. Il n&apos;est jamais affiché.
Codes de sortie des commandes API&#xa0;: 0 terminé&#x202f;; 1 l&apos;API a refusé ou échoué, ou un cluster, pool ou nœud est inconnu&#x202f;; 2 mauvaise utilisation&#x202f;; 3 refusé, ou une étape destructive demande une confirmation (--yes)&#x202f;; 4 erreurs de validation dans les fichiers d&apos;entrée de plan/apply.
Codes de sortie de validate, lint et fmt (comme les linters)&#xa0;: 0 propre&#x202f;; 1 remarques (erreurs de validation&#x202f;; pour lint aussi les remarques de bonnes pratiques)&#x202f;; 2 entrée inutilisable (un fichier illisible, une erreur de syntaxe YAML, un document qui n&apos;est pas un dictionnaire) ou mauvaise utilisation.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="69"/>
        <source>API base URL (default %1, or DIGITALOCEAN_API_URL).</source>
        <translation>URL de base de l&apos;API (par défaut %1, ou DIGITALOCEAN_API_URL).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="73"/>
        <source>Read the access token from FILE.</source>
        <translation>Lire le jeton d&apos;accès depuis FILE.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="77"/>
        <source>Use the token (and API URL) of context NAME, as Pool Studio signed in to it; the environment still overrides it.</source>
        <translation>Utiliser le jeton (et l&apos;URL de l&apos;API) du contexte NAME, tel que Pool Studio s&apos;y est connecté&#x202f;; l&apos;environnement reste prioritaire.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="82"/>
        <source>context import-doctl: keep the tokens in a file only you may read (mode 0600) instead of the keychain, where no keychain runs.</source>
        <translation>context import-doctl&#xa0;: garder les jetons dans un fichier lisible par vous seul (mode 0600) au lieu du trousseau, là où aucun trousseau ne tourne.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="85"/>
        <source>Output format: table (default), json or yaml.</source>
        <translation>Format de sortie&#xa0;: table (par défaut), json ou yaml.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="89"/>
        <source>Confirm destructive steps (deleting, shrinking, replacing) without asking.</source>
        <translation>Confirmer les étapes destructives (suppression, réduction, remplacement) sans demander.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="91"/>
        <source>apply/plan: delete pools of the named clusters that no manifest declares.</source>
        <translation>apply/plan&#xa0;: supprimer les pools des clusters nommés qu&apos;aucun manifeste ne déclare.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="95"/>
        <source>apply/plan: send nodeCount for autoscaled pools too (overrides the autoscaler).</source>
        <translation>apply/plan&#xa0;: envoyer nodeCount aussi pour les pools en autoscaling (remplace l&apos;autoscaler).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="97"/>
        <source>delete-node: do not evict pods first.</source>
        <translation>delete-node&#xa0;: ne pas évincer les pods d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="100"/>
        <source>delete-node: a new node takes its place. plan/apply: --replace=blue-green (default: the new pool first, under a new name) or --replace=in-place (delete first, keep the name; only where another pool carries the load).</source>
        <translation>delete-node&#xa0;: un nouveau nœud prend sa place. plan/apply&#xa0;: --replace=blue-green (par défaut&#xa0;: le nouveau pool d&apos;abord, sous un nouveau nom) ou --replace=in-place (supprimer d&apos;abord, garder le nom&#x202f;; seulement si un autre pool porte la charge).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="106"/>
        <source>apply: after a blue/green replace, name the new pool in the applied files.</source>
        <translation>apply&#xa0;: après un remplacement blue/green, inscrire le nouveau pool dans les fichiers appliqués.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="108"/>
        <source>apply: finish the interrupted apply.</source>
        <translation>apply&#xa0;: terminer l&apos;application interrompue.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="111"/>
        <source>apply: delete the pools the interrupted apply created (not after it deleted one).</source>
        <translation>apply&#xa0;: supprimer les pools créés par l&apos;application interrompue (pas après qu&apos;elle en a supprimé un).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="115"/>
        <source>apply: drop the interrupted apply&apos;s journal; change nothing.</source>
        <translation>apply&#xa0;: abandonner le journal de l&apos;application interrompue&#x202f;; ne rien modifier.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="118"/>
        <source>apply: keep the apply journal in DIR (default: per context, in $XDG_DATA_HOME/poolctl/journals).</source>
        <translation>apply&#xa0;: garder le journal d&apos;application dans DIR (par défaut&#xa0;: par contexte, dans $XDG_DATA_HOME/poolctl/journals).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="123"/>
        <source>apply: seconds between looks at a settling pool (default 10).</source>
        <translation>apply&#xa0;: secondes entre deux coups d&apos;œil à un pool en cours de stabilisation (10 par défaut).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="127"/>
        <source>apply: seconds a replacement&apos;s nodes may take to run (default 1800).</source>
        <translation>apply&#xa0;: secondes accordées aux nœuds d&apos;un remplaçant pour démarrer (1800 par défaut).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="130"/>
        <source>sizes: ask the API even if the cache is fresh.</source>
        <translation>sizes&#xa0;: interroger l&apos;API même si le cache est récent.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="133"/>
        <source>cost: group by pool (default), cluster, size or tag:KEY; cost also takes -o csv.</source>
        <translation>cost&#xa0;: grouper par pool (par défaut), cluster, size ou tag:KEY&#x202f;; cost accepte aussi -o csv.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="138"/>
        <source>cost: what DigitalOcean billed per cluster beside the estimate (needs a token with billing:read).</source>
        <translation>cost&#xa0;: ce que DigitalOcean a facturé par cluster à côté de l&apos;estimation (demande un jeton avec billing:read).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="142"/>
        <source>cost --billed: the invoice of YYYY-MM (default: this month so far).</source>
        <translation>cost --billed&#xa0;: la facture de YYYY-MM (par défaut&#xa0;: ce mois-ci jusqu&apos;à présent).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="147"/>
        <source>autoscaler: scale down nodes requested less than this share (0 to 1, e.g. 0.65).</source>
        <translation>autoscaler&#xa0;: réduire les nœuds demandés à moins de cette part (0 à 1, p. ex. 0.65).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="151"/>
        <source>autoscaler: how long a node is unneeded before it goes (5m, 1h30m).</source>
        <translation>autoscaler&#xa0;: combien de temps un nœud est inutile avant de partir (5m, 1h30m).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="155"/>
        <source>autoscaler: random, priority, least_waste, comma-separated (&quot;&quot; clears).</source>
        <translation>autoscaler&#xa0;: random, priority, least_waste, séparés par des virgules (&quot;&quot; vide).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="159"/>
        <source>fmt: rewrite the file instead of printing it.</source>
        <translation>fmt&#xa0;: réécrire le fichier au lieu de l&apos;afficher.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="161"/>
        <source>lint: the account&apos;s droplet limit (default 25).</source>
        <translation>lint&#xa0;: la limite de droplets du compte (25 par défaut).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="165"/>
        <source>export: yaml (manifests, default), terraform (digitalocean_kubernetes_node_pool resources) or doctl (node-pool create commands).</source>
        <translation>export&#xa0;: yaml (manifestes, par défaut), terraform (ressources digitalocean_kubernetes_node_pool) ou doctl (commandes node-pool create).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="174"/>
        <source>What to do (see above).</source>
        <translation>Ce qu&apos;il faut faire (voir ci-dessus).</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="45"/>
        <source>Pool Studio: DigitalOcean Kubernetes node pools on the desktop. DIGITALOCEAN_ACCESS_TOKEN (or DIGITALOCEAN_TOKEN) signs in for one run; without it, the saved context or the sign-in page opens.</source>
        <translation>Pool Studio&#xa0;: les pools de nœuds DigitalOcean Kubernetes sur le bureau. DIGITALOCEAN_ACCESS_TOKEN (ou DIGITALOCEAN_TOKEN) connecte pour une exécution&#x202f;; sans lui, le contexte enregistré ou la page de connexion s&apos;ouvre.</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="53"/>
        <source>Run against the built-in simulator with demo data.</source>
        <translation>Utiliser le simulateur intégré avec des données de démo.</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="56"/>
        <source>DigitalOcean API base URL (default %1).</source>
        <translation>URL de base de l&apos;API DigitalOcean (par défaut %1).</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="61"/>
        <source>Colour theme: system (default), light or dark.</source>
        <translation>Thème de couleurs&#xa0;: system (par défaut), light ou dark.</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="65"/>
        <source>Save the window to FILE once the first refresh has finished, then quit (for documentation).</source>
        <translation>Enregistrer la fenêtre dans FILE une fois la première actualisation terminée, puis quitter (pour la documentation).</translation>
    </message>
</context>
<context>
    <name>manifest</name>
    <message>
        <location filename="../src/core/manifest.cpp" line="185"/>
        <source>a manifest document must be a mapping</source>
        <translation>un document de manifeste doit être un dictionnaire (mapping)</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="186"/>
        <source>start with apiVersion: %1</source>
        <translation>commencez par apiVersion: %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="195"/>
        <source>unsupported apiVersion &apos;%1&apos;</source>
        <translation>apiVersion non prise en charge &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="196"/>
        <source>use apiVersion: %1</source>
        <translation>utilisez apiVersion: %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="199"/>
        <source>unsupported kind &apos;%1&apos;</source>
        <translation>kind non pris en charge &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="200"/>
        <source>use kind: %1</source>
        <translation>utilisez kind: %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="241"/>
        <source>keys must be plain words</source>
        <translation>les clés doivent être des mots simples</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="247"/>
        <source>key &apos;%1&apos; appears twice</source>
        <translation>la clé &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="248"/>
        <location filename="../src/core/manifest.cpp" line="423"/>
        <location filename="../src/core/manifest.cpp" line="531"/>
        <source>remove one of them</source>
        <translation>retirez l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="257"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>clé inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="259"/>
        <source>allowed here: %1</source>
        <translation>permis ici&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="260"/>
        <location filename="../src/core/manifest.cpp" line="481"/>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>vouliez-vous dire &apos;%1&apos;&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="275"/>
        <source>&apos;%1&apos; is required</source>
        <translation>&apos;%1&apos; est obligatoire</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="283"/>
        <location filename="../src/core/manifest.cpp" line="488"/>
        <source>expected a mapping, got %1</source>
        <translation>attendu un dictionnaire, reçu %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="291"/>
        <source>expected a list, got %1</source>
        <translation>attendu une liste, reçu %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="292"/>
        <source>write one item per line, each starting with &apos;- &apos;</source>
        <translation>écrivez un élément par ligne, chacun commençant par &apos;- &apos;</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="300"/>
        <source>a mapping</source>
        <translation>un dictionnaire (mapping)</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="302"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="304"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="309"/>
        <location filename="../src/core/yamlscalar.cpp" line="143"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="324"/>
        <source>expected a string, got %1</source>
        <translation>attendu une chaîne, reçu %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="346"/>
        <source>%1 is out of range</source>
        <translation>%1 est hors limites</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="350"/>
        <source>expected a whole number, got %1</source>
        <translation>attendu un nombre entier, reçu %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="351"/>
        <source>remove the quotes</source>
        <translation>retirez les guillemets</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="365"/>
        <source>expected true or false, got %1</source>
        <translation>attendu true ou false, reçu %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="366"/>
        <source>write true or false without quotes</source>
        <translation>écrivez true ou false sans guillemets</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="422"/>
        <source>%1 &apos;%2&apos; appears twice</source>
        <translation>%1 &apos;%2&apos; apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="479"/>
        <source>unknown relationship type &apos;%1&apos;</source>
        <translation>type de relation inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="480"/>
        <source>use one of: %1</source>
        <translation>utilisez l&apos;un de&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="489"/>
        <source>write cluster: {value: CLUSTER-ID}</source>
        <translation>écrivez cluster: {value: CLUSTER-ID}</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="495"/>
        <source>cluster has both value and valueFrom</source>
        <translation>cluster a à la fois value et valueFrom</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="496"/>
        <source>keep one of them</source>
        <translation>gardez l&apos;un des deux</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="498"/>
        <source>cluster needs value or valueFrom</source>
        <translation>cluster demande value ou valueFrom</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="530"/>
        <source>label &apos;%1&apos; appears twice</source>
        <translation>le label &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="652"/>
        <source>the document expands to more than %1 YAML nodes</source>
        <translation>le document s&apos;étend à plus de %1 nœuds YAML</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="738"/>
        <source>the file is %1 bytes; manifests larger than %2 bytes are not read</source>
        <translation>le fichier fait %1 octets&#x202f;; les manifestes de plus de %2 octets ne sont pas lus</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="741"/>
        <source>split it into smaller files</source>
        <translation>découpez-le en fichiers plus petits</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="767"/>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="768"/>
        <source>check the indentation and quotes near this line</source>
        <translation>vérifiez l&apos;indentation et les guillemets près de cette ligne</translation>
    </message>
    <message>
        <location filename="../src/core/manifest.cpp" line="777"/>
        <source>the file has %1 documents; at most %2 are read</source>
        <translation>le fichier a %1 documents&#x202f;; %2 au plus sont lus</translation>
    </message>
    <message>
        <location filename="../src/core/yamlscalar.cpp" line="135"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location filename="../src/core/yamlscalar.cpp" line="137"/>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <location filename="../src/core/yamlscalar.cpp" line="139"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
</context>
<context>
    <name>manifestfollow</name>
    <message>
        <location filename="../src/cli/manifestfollow.cpp" line="50"/>
        <source>cannot rewrite %1: %2</source>
        <translation>impossible de réécrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/manifestfollow.cpp" line="82"/>
        <source>cannot read %1 again to rewrite it: %2</source>
        <translation>impossible de relire %1 pour le réécrire&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/manifestfollow.cpp" line="96"/>
        <source>%1 is left as it was: %2</source>
        <translation>%1 est laissé tel quel&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/manifestfollow.cpp" line="101"/>
        <source>rewrote %1: pool %2 is now %3</source>
        <translation>%1 réécrit&#xa0;: le pool %2 est maintenant %3</translation>
    </message>
</context>
<context>
    <name>manifestplan</name>
    <message>
        <location filename="../src/core/manifestplan.cpp" line="89"/>
        <source>the cluster is not named</source>
        <translation>le cluster n&apos;est pas nommé</translation>
    </message>
    <message>
        <location filename="../src/core/manifestplan.cpp" line="95"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../src/core/manifestplan.cpp" line="114"/>
        <source>name a cluster of this account by id or by name</source>
        <translation>désignez un cluster de ce compte par identifiant ou par nom</translation>
    </message>
    <message>
        <location filename="../src/core/manifestplan.cpp" line="119"/>
        <source>pool %1 is declared twice for cluster %2</source>
        <translation>le pool %1 est déclaré deux fois pour le cluster %2</translation>
    </message>
    <message>
        <location filename="../src/core/manifestplan.cpp" line="123"/>
        <source>keep one document per pool</source>
        <translation>gardez un document par pool</translation>
    </message>
    <message>
        <location filename="../src/core/manifestplan.cpp" line="151"/>
        <source>cluster %1 (%2):
</source>
        <translation>cluster %1 (%2)&#xa0;:
</translation>
    </message>
</context>
<context>
    <name>manifestrewrite</name>
    <message>
        <location filename="../src/core/manifestrewrite.cpp" line="86"/>
        <source>pool %1 is described twice in the file; rewrite it by hand</source>
        <translation>le pool %1 est décrit deux fois dans le fichier&#x202f;; réécrivez-le à la main</translation>
    </message>
    <message>
        <location filename="../src/core/manifestrewrite.cpp" line="93"/>
        <source>the file no longer holds this manifest of pool %1; check again</source>
        <translation>le fichier ne contient plus ce manifeste du pool %1&#x202f;; vérifiez à nouveau</translation>
    </message>
    <message>
        <location filename="../src/core/manifestrewrite.cpp" line="125"/>
        <source>the file&apos;s layout could not be kept while rewriting pool %1; it was left as it was</source>
        <translation>la mise en forme du fichier n&apos;a pas pu être conservée en réécrivant le pool %1&#x202f;; il est resté tel quel</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../src/core/plan.cpp" line="88"/>
        <source>nodeCount is left to the autoscaler (live %1, declared %2)</source>
        <translation>nodeCount est laissé à l&apos;autoscaler (en ligne %1, déclaré %2)</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="93"/>
        <source>sets nodeCount on an autoscaled pool: it overrides what the autoscaler chose</source>
        <translation>fixe nodeCount sur un pool en autoscaling&#xa0;: cela remplace le choix de l&apos;autoscaler</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="96"/>
        <source>lowers the node count from %1 to %2: %3 drained and deleted</source>
        <translation>réduit le nombre de nœuds de %1 à %2&#xa0;: %3 drainé(s) et supprimé(s)</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="133"/>
        <source>removed labels stay on the pool&apos;s existing nodes; only new nodes go without them</source>
        <translation>les labels retirés restent sur les nœuds existants du pool&#x202f;; seuls les nouveaux nœuds en sont dépourvus</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="149"/>
        <source>adds NoExecute taint %1: running pods without a toleration are evicted</source>
        <translation>ajoute le taint NoExecute %1&#xa0;: les pods en marche sans tolérance sont évincés</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="314"/>
        <source>deletes the pool and its %1; draining can take a quarter of an hour when pods have nowhere to go</source>
        <translation>supprime le pool et ses %1&#x202f;; le drainage peut prendre un quart d&apos;heure quand les pods n&apos;ont nulle part où aller</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="338"/>
        <source>the plan deletes every pool of the cluster; DOKS needs at least one</source>
        <translation>le plan supprime tous les pools du cluster&#x202f;; DOKS en demande au moins un</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="348"/>
        <source>&apos;%1&apos; is the last pool of cluster &apos;%2&apos;; DOKS needs at least one pool</source>
        <translation>&apos;%1&apos; est le dernier pool du cluster &apos;%2&apos;&#x202f;; DOKS demande au moins un pool</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="365"/>
        <source>+ create %1 (%2 x %3)</source>
        <translation>+ créer %1 (%2 x %3)</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="370"/>
        <source>~ update %1</source>
        <translation>~ mettre à jour %1</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="374"/>
        <source>-/+ replace %1 (in place)</source>
        <translation>-/+ remplacer %1 (sur place)</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="376"/>
        <source>-/+ replace %1 with %2 (blue/green: the new pool first)</source>
        <translation>-/+ remplacer %1 par %2 (blue/green&#xa0;: le nouveau pool d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="381"/>
        <source>- delete %1 (%2 x %3)</source>
        <translation>- supprimer %1 (%2 x %3)</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="386"/>
        <source>~ configure the cluster autoscaler</source>
        <translation>~ configurer l&apos;autoscaler de cluster</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="390"/>
        <source>  [%1/mo -&gt; %2/mo]</source>
        <translation>  [%1/mois -&gt; %2/mois]</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="403"/>
        <source>No changes. The live pools match the declared ones.
</source>
        <translation>Aucun changement. Les pools en ligne correspondent à ceux déclarés.
</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="406"/>
        <source>
Plan: %1 to create, %2 to update, %3 to replace, %4 to delete.
</source>
        <translation>
Plan&#xa0;: %1 à créer, %2 à mettre à jour, %3 à remplacer, %4 à supprimer.
</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="413"/>
        <source>The cluster autoscaler&apos;s settings change in %1.
</source>
        <translation>Les réglages de l&apos;autoscaler de cluster changent dans %1.
</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="415"/>
        <source>one cluster</source>
        <translation>un cluster</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="416"/>
        <source>%1 clusters</source>
        <translation>%1 clusters</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="418"/>
        <source>Monthly cost: %1 -&gt; %2 (%3)
</source>
        <translation>Coût mensuel&#xa0;: %1 -&gt; %2 (%3)
</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="422"/>
        <source>No price known for: %1 (counted as $0.00)
</source>
        <translation>Aucun prix connu pour&#xa0;: %1 (compté à $0.00)
</translation>
    </message>
    <message>
        <location filename="../src/core/plan.cpp" line="425"/>
        <source>Steps marked ! are destructive and need confirmation.
</source>
        <translation>Les étapes marquées&#x202f;! sont destructives et demandent une confirmation.
</translation>
    </message>
</context>
<context>
    <name>preflight</name>
    <message>
        <location filename="../src/core/preflight.cpp" line="67"/>
        <source>%1/%2: %3 → %4</source>
        <translation>%1/%2&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <location filename="../src/core/preflight.cpp" line="73"/>
        <source>%1/%2 (new): %3</source>
        <translation>%1/%2 (nouveau)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/preflight.cpp" line="84"/>
        <source>%1/%2 (replacing %3, both at once): %4</source>
        <translation>%1/%2 (remplace %3, les deux à la fois)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../src/core/preflight.cpp" line="126"/>
        <source>the plan needs room for %1 droplets at once (the node counts of every pool of the account&apos;s clusters as its steps run), but the account&apos;s droplet limit is %2 (%3 nodes before the plan); DigitalOcean would refuse it half way. The pools that would pass it: %4. Lower their counts, or ask DigitalOcean to raise the limit</source>
        <translation>le plan demande de la place pour %1 droplets à la fois (le nombre de nœuds de chaque pool des clusters du compte pendant ses étapes), mais la limite de droplets du compte est %2 (%3 nœuds avant le plan)&#x202f;; DigitalOcean le refuserait à mi-chemin. Les pools qui la dépasseraient&#xa0;: %4. Baissez leurs nombres, ou demandez à DigitalOcean de relever la limite</translation>
    </message>
    <message>
        <location filename="../src/core/preflight.cpp" line="137"/>
        <source>at their autoscaling maxima the account&apos;s pools would need %1 droplets, past the droplet limit of %2: the autoscaler will not be able to grow them all that far (%3)</source>
        <translation>à leurs maxima d&apos;autoscaling, les pools du compte demanderaient %1 droplets, au-delà de la limite de droplets de %2&#xa0;: l&apos;autoscaler ne pourra pas tous les agrandir autant (%3)</translation>
    </message>
</context>
<context>
    <name>resolve</name>
    <message>
        <location filename="../src/cli/resolve.cpp" line="38"/>
        <source>node pool in cluster %1:</source>
        <translation>pool de nœuds dans le cluster %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/cli/resolve.cpp" line="46"/>
        <source>node in pool %1:</source>
        <translation>nœud dans le pool %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <location filename="../src/cli/sizescommand.cpp" line="45"/>
        <source>prices fetched %1
</source>
        <translation>prix récupérés %1
</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../src/core/validation.cpp" line="73"/>
        <source>a droplet size is required</source>
        <translation>une taille de droplet est obligatoire</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="74"/>
        <source>pick a size slug such as s-2vcpu-4gb</source>
        <translation>choisissez un slug de taille comme s-2vcpu-4gb</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="79"/>
        <source>&apos;%1&apos; is not a size slug</source>
        <translation>&apos;%1&apos; n&apos;est pas un slug de taille</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="80"/>
        <source>slugs are lower-case letters, digits and &apos;-&apos;, e.g. s-2vcpu-4gb</source>
        <translation>les slugs sont faits de lettres minuscules, chiffres et &apos;-&apos;, p. ex. s-2vcpu-4gb</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="91"/>
        <source>unknown droplet size &apos;%1&apos;</source>
        <translation>taille de droplet inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="93"/>
        <source>choose one of the sizes DigitalOcean lists</source>
        <translation>choisissez une des tailles listées par DigitalOcean</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="95"/>
        <location filename="../src/core/validation.cpp" line="262"/>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>vouliez-vous dire &apos;%1&apos;&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="103"/>
        <source>a pool needs at least one node (nodeCount is %1)</source>
        <translation>un pool demande au moins un nœud (nodeCount vaut %1)</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="106"/>
        <source>set nodeCount to 1 or more, or enable autoScale with minNodes 0</source>
        <translation>réglez nodeCount à 1 ou plus, ou activez autoScale avec minNodes 0</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="115"/>
        <source>minNodes must not be negative (is %1)</source>
        <translation>minNodes ne doit pas être négatif (vaut %1)</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="117"/>
        <source>use 0 to let the pool scale to zero</source>
        <translation>utilisez 0 pour laisser le pool descendre à zéro</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="122"/>
        <source>maxNodes must be at least 1 when autoScale is on (is %1)</source>
        <translation>maxNodes doit valoir au moins 1 quand autoScale est activé (vaut %1)</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="125"/>
        <source>set maxNodes to the most nodes the pool may grow to</source>
        <translation>réglez maxNodes sur le plus grand nombre de nœuds jusqu&apos;auquel le pool peut croître</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="132"/>
        <source>minNodes (%1) is greater than maxNodes (%2)</source>
        <translation>minNodes (%1) est supérieur à maxNodes (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="135"/>
        <source>lower minNodes or raise maxNodes</source>
        <translation>baissez minNodes ou relevez maxNodes</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="141"/>
        <source>nodeCount must not be negative (is %1)</source>
        <translation>nodeCount ne doit pas être négatif (vaut %1)</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="148"/>
        <source>nodeCount %1 is outside the autoscaling range %2..%3</source>
        <translation>nodeCount %1 est hors de la plage d&apos;autoscaling %2..%3</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="153"/>
        <source>DigitalOcean would replace it with minNodes; set nodeCount within the range</source>
        <translation>DigitalOcean le remplacerait par minNodes&#x202f;; réglez nodeCount dans la plage</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="177"/>
        <source>a pool name is required</source>
        <translation>un nom de pool est obligatoire</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="178"/>
        <source>use lower-case letters, digits and &apos;-&apos;, e.g. app-workers</source>
        <translation>utilisez des lettres minuscules, des chiffres et &apos;-&apos;, p. ex. app-workers</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="187"/>
        <source>pool name &apos;%1&apos; %2</source>
        <translation>le nom de pool &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="188"/>
        <source>the name becomes a node-name prefix and a label value, so it must be a DNS-1123 label</source>
        <translation>le nom devient un préfixe des noms de nœuds et une valeur de label, il doit donc être un label DNS-1123</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="196"/>
        <source>the cluster already has a pool named &apos;%1&apos;</source>
        <translation>le cluster a déjà un pool nommé &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="198"/>
        <location filename="../src/core/validation.cpp" line="379"/>
        <source>pool names must be unique within a cluster</source>
        <translation>les noms de pools doivent être uniques au sein d&apos;un cluster</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="211"/>
        <source>label key &apos;%1&apos; %2</source>
        <translation>la clé de label &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="212"/>
        <source>keys look like app or example.com/app</source>
        <translation>les clés ressemblent à app ou example.com/app</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="218"/>
        <source>labels under &apos;%1/&apos; are owned by DOKS</source>
        <translation>les labels sous &apos;%1/&apos; appartiennent à DOKS</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="220"/>
        <source>labels under &apos;%1/&apos; are reserved by Kubernetes and stop nodes from joining the cluster</source>
        <translation>les labels sous &apos;%1/&apos; sont réservés par Kubernetes et empêchent les nœuds de rejoindre le cluster</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="225"/>
        <source>use your own prefix, e.g. example.com/role</source>
        <translation>utilisez votre propre préfixe, p. ex. example.com/role</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="230"/>
        <source>label value &apos;%1&apos; %2</source>
        <translation>la valeur de label &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="242"/>
        <source>taint key &apos;%1&apos; %2</source>
        <translation>la clé de taint &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="243"/>
        <source>keys look like dedicated or nvidia.com/gpu</source>
        <translation>les clés ressemblent à dedicated ou nvidia.com/gpu</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="248"/>
        <source>taint value &apos;%1&apos; %2</source>
        <translation>la valeur de taint &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="256"/>
        <source>a taint effect is required</source>
        <translation>un effet de taint est obligatoire</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="257"/>
        <source>unknown taint effect &apos;%1&apos;</source>
        <translation>effet de taint inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="260"/>
        <source>use NoSchedule, PreferNoSchedule or NoExecute</source>
        <translation>utilisez NoSchedule, PreferNoSchedule ou NoExecute</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="274"/>
        <source>a tag must not be empty</source>
        <translation>un tag ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="276"/>
        <source>tag is %1 characters; at most 255 are allowed</source>
        <translation>le tag fait %1 caractères&#x202f;; 255 au plus sont permis</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="279"/>
        <source>tag &apos;%1&apos; may contain only letters, digits, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;</source>
        <translation>le tag &apos;%1&apos; ne peut contenir que des lettres, chiffres, &apos;_&apos;, &apos;:&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="282"/>
        <source>tags look like team:ml or env-prod</source>
        <translation>les tags ressemblent à team:ml ou env-prod</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="286"/>
        <source>&apos;%1&apos; is a tag DOKS adds by itself</source>
        <translation>&apos;%1&apos; est un tag que DOKS ajoute lui-même</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="287"/>
        <source>remove it: tags starting with k8s are DOKS&apos;s own</source>
        <translation>retirez-le&#xa0;: les tags commençant par k8s sont ceux de DOKS</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="304"/>
        <source>the cluster is not named</source>
        <translation>le cluster n&apos;est pas nommé</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="305"/>
        <source>set cluster.value to the cluster&apos;s id or name</source>
        <translation>réglez cluster.value sur l&apos;identifiant ou le nom du cluster</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="310"/>
        <source>cluster has both value and valueFrom</source>
        <translation>cluster a à la fois value et valueFrom</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="311"/>
        <source>keep one of them</source>
        <translation>gardez l&apos;un des deux</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="314"/>
        <source>valueFrom needs the name of the cluster resource</source>
        <translation>valueFrom demande le nom de la ressource cluster</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="333"/>
        <source>a taint with key &apos;%1&apos; and effect %2 is already listed</source>
        <translation>un taint de clé &apos;%1&apos; et d&apos;effet %2 est déjà listé</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="336"/>
        <source>taints are unique by key and effect; remove one</source>
        <translation>les taints sont uniques par clé et effet&#x202f;; retirez-en un</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="352"/>
        <source>tag &apos;%1&apos; is listed twice</source>
        <translation>le tag &apos;%1&apos; est listé deux fois</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="353"/>
        <source>remove the duplicate</source>
        <translation>retirez le doublon</translation>
    </message>
    <message>
        <location filename="../src/core/validation.cpp" line="376"/>
        <source>pool name &apos;%1&apos; is declared more than once</source>
        <translation>le nom de pool &apos;%1&apos; est déclaré plus d&apos;une fois</translation>
    </message>
</context>
</TS>
