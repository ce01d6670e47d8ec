<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>ApiError</name>
        <message>
            <location filename="../src/api/apierror.cpp" line="44" />
            <source>The connection is not trusted, so nothing was sent: check the API URL; Pool Studio never ignores a certificate error.</source>
            <translation>La connexion n'est pas fiable, rien n'a donc été envoyé : vérifiez l'URL de l'API ; Pool Studio n'ignore jamais une erreur de certificat.</translation>
        </message>
        <message>
            <location filename="../src/api/apierror.cpp" line="47" />
            <source>The server's paging links are broken: check the API URL and any proxy in front of it.</source>
            <translation>Les liens de pagination du serveur sont cassés : vérifiez l'URL de l'API et tout proxy placé devant.</translation>
        </message>
        <message>
            <location filename="../src/api/apierror.cpp" line="52" />
            <source>Check the network connection and the API URL.</source>
            <translation>Vérifiez la connexion réseau et l'URL de l'API.</translation>
        </message>
        <message>
            <location filename="../src/api/apierror.cpp" line="54" />
            <source>The access token was refused: sign in again with a valid token.</source>
            <translation>Le jeton d'accès a été refusé : reconnectez-vous avec un jeton valide.</translation>
        </message>
        <message>
            <location filename="../src/api/apierror.cpp" line="56" />
            <source>The token is not allowed to do this: use a token with write scope.</source>
            <translation>Ce jeton n'y est pas autorisé : utilisez un jeton avec le droit d'écriture (write scope).</translation>
        </message>
        <message>
            <location filename="../src/api/apierror.cpp" line="58" />
            <source>It no longer exists: refresh to see the current state.</source>
            <translation>Il n'existe plus : actualisez pour voir l'état actuel.</translation>
        </message>
        <message>
            <location filename="../src/api/apierror.cpp" line="60" />
            <source>DigitalOcean rejected the values: correct them and try again.</source>
            <translation>DigitalOcean a rejeté les valeurs : corrigez-les et réessayez.</translation>
        </message>
        <message>
            <location filename="../src/api/apierror.cpp" line="62" />
            <source>Too many requests: wait a moment, Pool Studio will slow down.</source>
            <translation>Trop de requêtes : patientez un instant, Pool Studio va ralentir.</translation>
        </message>
        <message>
            <location filename="../src/api/apierror.cpp" line="64" />
            <source>DigitalOcean had a problem: try again in a minute.</source>
            <translation>DigitalOcean a rencontré un problème : réessayez dans une minute.</translation>
        </message>
        <message>
            <location filename="../src/api/apierror.cpp" line="67" />
            <source>Network error: %1</source>
            <translation>Erreur réseau : %1</translation>
        </message>
        <message>
            <location filename="../src/api/apierror.cpp" line="70" />
            <source>HTTP %1 %2: %3</source>
            <translation>HTTP %1 %2 : %3</translation>
        </message>
        <message>
            <location filename="../src/api/apierror.cpp" line="72" />
            <source> (request id %1)</source>
            <translation> (identifiant de requête %1)</translation>
        </message>
        <message>
            <location filename="../src/api/replyreader.cpp" line="63" />
            <source>the server gave no explanation</source>
            <translation>le serveur n'a donné aucune explication</translation>
        </message>
        <message>
            <location filename="../src/api/replyreader.cpp" line="75" />
            <source>the answer is larger than %1 MiB (%2 bytes or more); it was not read</source>
            <translation>la réponse dépasse %1 Mio (%2 octets ou plus) ; elle n'a pas été lue</translation>
        </message>
        <message>
            <location filename="../src/api/replyreader.cpp" line="109" />
            <source>the answer is not valid JSON (%1 at byte %2)</source>
            <translation>la réponse n'est pas du JSON valide (%1 à l'octet %2)</translation>
        </message>
        <message>
            <location filename="../src/api/replyreader.cpp" line="115" />
            <source>the answer names %1 twice</source>
            <translation>la réponse nomme %1 deux fois</translation>
        </message>
        <message>
            <location filename="../src/api/replyreader.cpp" line="122" />
            <source>the answer is not what DigitalOcean sends: %1</source>
            <translation>la réponse n'est pas ce qu'envoie DigitalOcean : %1</translation>
        </message>
    </context>
    <context>
        <name>ApplyRunningDialog</name>
        <message>
            <location filename="../src/app/plan/ApplyRunningDialog.qml" line="12" />
            <source>Quit anyway</source>
            <translation>Quitter quand même</translation>
        </message>
        <message>
            <location filename="../src/app/plan/ApplyRunningDialog.qml" line="20" />
            <source>An apply is still running</source>
            <translation>Une application est encore en cours</translation>
        </message>
        <message>
            <location filename="../src/app/plan/ApplyRunningDialog.qml" line="25" />
            <source>What was sent goes on in DigitalOcean, but the steps not sent yet are not sent. A blue/green replace stopped now leaves both pools running and billed. The apply is journaled: the next time this context opens, it offers Resume, Roll back or Forget.</source>
            <translation>Ce qui a été envoyé se poursuit chez DigitalOcean, mais les étapes pas encore envoyées ne le seront pas. Un remplacement blue/green arrêté maintenant laisse les deux pools en marche et facturés. L'application est journalisée : à la prochaine ouverture de ce contexte, Reprendre, Revenir en arrière ou Oublier sont proposés.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/ApplyRunningDialog.qml" line="43" />
            <source>Keep running</source>
            <translation>Continuer</translation>
        </message>
    </context>
    <context>
        <name>AutoscaleEditor</name>
        <message>
            <location filename="../src/app/editor/AutoscaleEditor.qml" line="40" />
            <source>Autoscale</source>
            <translation>Autoscaling</translation>
        </message>
        <message>
            <location filename="../src/app/editor/AutoscaleEditor.qml" line="50" />
            <source>The autoscaler keeps between &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; nodes; %3 run now.</source>
            <translation>L'autoscaler maintient entre &lt;b&gt;%1&lt;/b&gt; et &lt;b&gt;%2&lt;/b&gt; nœuds ; %3 tournent maintenant.</translation>
        </message>
        <message>
            <location filename="../src/app/editor/AutoscaleEditor.qml" line="52" />
            <source>A fixed pool of &lt;b&gt;%1&lt;/b&gt; nodes.</source>
            <translation>Un pool fixe de &lt;b&gt;%1&lt;/b&gt; nœuds.</translation>
        </message>
        <message>
            <location filename="../src/app/editor/AutoscaleEditor.qml" line="94" />
            <source>limit %1</source>
            <translation>limite %1</translation>
        </message>
        <message>
            <location filename="../src/app/editor/AutoscaleEditor.qml" line="135" />
            <source>now %1</source>
            <translation>actuel %1</translation>
        </message>
        <message>
            <location filename="../src/app/editor/AutoscaleEditor.qml" line="147" />
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <location filename="../src/app/editor/AutoscaleEditor.qml" line="156" />
            <source>max</source>
            <translation>max</translation>
        </message>
        <message>
            <location filename="../src/app/editor/AutoscaleEditor.qml" line="165" />
            <source>nodes</source>
            <translation>nœuds</translation>
        </message>
    </context>
    <context>
        <name>BackgroundApplyBanner</name>
        <message>
            <location filename="../src/app/plan/BackgroundApplyBanner.qml" line="47" />
            <source>Applying in the background: %1</source>
            <translation>Application en arrière-plan : %1</translation>
        </message>
        <message>
            <location filename="../src/app/plan/BackgroundApplyBanner.qml" line="56" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../src/app/plan/BackgroundApplyBanner.qml" line="62" />
            <source>Dismiss</source>
            <translation>Masquer</translation>
        </message>
    </context>
    <context>
        <name>CatalogCache</name>
        <message>
            <location filename="../src/api/catalogcache.cpp" line="87" />
            <source>just now</source>
            <translation>à l'instant</translation>
        </message>
        <message>
            <location filename="../src/api/catalogcache.cpp" line="89" />
            <source>%1 min ago</source>
            <translation>il y a %1 min</translation>
        </message>
        <message>
            <location filename="../src/api/catalogcache.cpp" line="90" />
            <source>%1 h ago</source>
            <translation>il y a %1 h</translation>
        </message>
    </context>
    <context>
        <name>ClusterList</name>
        <message>
            <location filename="../src/app/browse/ClusterList.qml" line="25" />
            <source>Clusters</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <location filename="../src/app/browse/ClusterList.qml" line="35" />
            <source>Filter by name, region, version or tag</source>
            <translation>Filtrer par nom, région, version ou tag</translation>
        </message>
        <message>
            <location filename="../src/app/browse/ClusterList.qml" line="99" />
            <source>%1 · %2%3</source>
            <translation>%1 · %2%3</translation>
        </message>
        <message>
            <location filename="../src/app/browse/ClusterList.qml" line="100" />
            <source> · HA</source>
            <translation> · HA</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/browse/ClusterList.qml" line="107" />
            <source>%n pool(s)</source>
            <translation>
                <numerusform>%n pool</numerusform>
                <numerusform>%n pools</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/browse/ClusterList.qml" line="108" />
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n nœud</numerusform>
                <numerusform>%n nœuds</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/app/browse/ClusterList.qml" line="129" />
            <source>Loading clusters…</source>
            <translation>Chargement des clusters…</translation>
        </message>
        <message>
            <location filename="../src/app/browse/ClusterList.qml" line="130" />
            <source>No cluster matches the filter</source>
            <translation>Aucun cluster ne correspond au filtre</translation>
        </message>
        <message>
            <location filename="../src/app/browse/ClusterList.qml" line="132" />
            <source>The clusters could not be loaded:
the red bar above says why</source>
            <translation>Les clusters n'ont pas pu être chargés :
la barre rouge ci-dessus indique pourquoi</translation>
        </message>
        <message>
            <location filename="../src/app/browse/ClusterList.qml" line="133" />
            <source>No clusters in this account</source>
            <translation>Aucun cluster dans ce compte</translation>
        </message>
    </context>
    <context>
        <name>ContextSwitcher</name>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="19" />
            <source>Demo</source>
            <translation>Démo</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="21" />
            <source>Environment</source>
            <translation>Environnement</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="22" />
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="33" />
            <source>Switch context, add an account or sign out</source>
            <translation>Changer de contexte, ajouter un compte ou se déconnecter</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="47" />
            <source>⚠ Contexts read-only</source>
            <translation>⚠ Contextes en lecture seule</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="71" />
            <source>Account not loaded yet</source>
            <translation>Compte pas encore chargé</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="84" />
            <source>Set for this run only. Unset the variable to use your saved contexts at start; switching below uses their tokens now.</source>
            <translation>Défini pour cette exécution seulement. Supprimez la variable pour utiliser vos contextes enregistrés au démarrage ; changer ci-dessous utilise leurs jetons dès maintenant.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="102" />
            <source>Contexts</source>
            <translation>Contextes</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="102" />
            <source>No saved contexts yet</source>
            <translation>Aucun contexte enregistré pour le moment</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="142" />
            <source>Add account…</source>
            <translation>Ajouter un compte…</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="152" />
            <source>Sign out…</source>
            <translation>Se déconnecter…</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="165" />
            <source>Switch anyway</source>
            <translation>Changer quand même</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="179" />
            <source>Sign out of “%1”?</source>
            <translation>Se déconnecter de « %1 » ?</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="184" />
            <source>Its token is removed from %1 and the context is forgotten. To use it again you will need a token.</source>
            <translation>Son jeton est retiré de %1 et le contexte est oublié. Pour l'utiliser à nouveau, il vous faudra un jeton.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextSwitcher.qml" line="189" />
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
    </context>
    <context>
        <name>ContextsFileBanner</name>
        <message>
            <location filename="../src/app/signin/ContextsFileBanner.qml" line="41" />
            <source>Leave it if a newer Pool Studio still uses it. Moving it aside keeps it as a numbered backup beside it (earlier backups stay) and starts a new file with the contexts of this window.</source>
            <translation>Laissez-le si un Pool Studio plus récent l'utilise encore. Le mettre de côté le garde comme sauvegarde numérotée à côté (les sauvegardes précédentes restent) et commence un nouveau fichier avec les contextes de cette fenêtre.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/ContextsFileBanner.qml" line="61" />
            <source>Move aside and start fresh</source>
            <translation>Mettre de côté et repartir de zéro</translation>
        </message>
    </context>
    <context>
        <name>CostModel</name>
        <message>
            <location filename="../src/app/costs/costcharts.cpp" line="154" />
            <source>%1–%2 nodes, now %3: %4–%5</source>
            <translation>%1–%2 nœuds, actuellement %3 : %4–%5</translation>
        </message>
        <message>
            <location filename="../src/app/costs/costcharts.cpp" line="165" />
            <source>Charts show the largest %1 of %2 clusters and %3 of %4 pools; the summary table holds every pool.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CostPage</name>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="38" />
            <location filename="../src/app/costs/CostPage.qml" line="45" />
            <source>Saved %1</source>
            <translation>%1 enregistré</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="39" />
            <source>Could not save %1</source>
            <translation>Impossible d'enregistrer %1</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="146" />
            <source>Costs</source>
            <translation>Coûts</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="152" />
            <source>%1 a month (estimate)</source>
            <translation>%1 par mois (estimation)</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="160" />
            <source>Tag key</source>
            <translation>Clé de tag</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="168" />
            <source>Keep history (days)</source>
            <translation>Garder l'historique (jours)</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="179" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="189" />
            <source>This month so far: %1</source>
            <translation>Ce mois-ci jusqu'à présent : %1</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="193" />
            <source>Last 30 days: %1</source>
            <translation>30 derniers jours : %1</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="203" />
            <source>Clear selection</source>
            <translation>Effacer la sélection</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="251" />
            <source>PNG</source>
            <translation>PNG</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="264" />
            <source>By cluster, stacked by pool</source>
            <translation>Par cluster, empilé par pool</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="298" />
            <source>By tag “%1”</source>
            <translation>Par tag « %1 »</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="363" />
            <source>Autoscaling band of the %1 dearest pools (nodes; dot = now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="364" />
            <source>Autoscaling band per pool (nodes; dot = now)</source>
            <translation>Plage d'autoscaling par pool (nœuds ; point = maintenant)</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="408" />
            <source>By size family</source>
            <translation>Par famille de tailles</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="426" />
            <source>monthly</source>
            <translation>mensuel</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="436" />
            <source>Over time, the %1 pools with the highest run-rate (measured history)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="437" />
            <source>Over time per pool (measured history)</source>
            <translation>Dans le temps par pool (historique mesuré)</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="446" />
            <source>Node count</source>
            <translation>Nombre de nœuds</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="446" />
            <source>Run-rate ($/month)</source>
            <translation>Rythme actuel ($/mois)</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="472" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="478" />
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="484" />
            <source>CSV by tag</source>
            <translation>CSV par tag</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="497" />
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="497" />
            <source>Pool</source>
            <translation>Pool</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="497" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="497" />
            <source>Nodes</source>
            <translation>Nœuds</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="497" />
            <source>Monthly</source>
            <translation>Mensuel</translation>
        </message>
        <message>
            <location filename="../src/app/costs/CostPage.qml" line="535" />
            <source>autoscaling %1</source>
            <translation>autoscaling %1</translation>
        </message>
    </context>
    <context>
        <name>DriftPanel</name>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="36" />
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="43" />
            <source>A folder of manifests (*.yaml, *.yml; subfolders are not read)</source>
            <translation>Un dossier de manifestes (*.yaml, *.yml ; les sous-dossiers ne sont pas lus)</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="49" />
            <source>Choose folder…</source>
            <translation>Choisir un dossier…</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="54" />
            <source>Check</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="74" />
            <source>Waiting for the live pools…</source>
            <translation>En attente des pools en ligne…</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="79" />
            <source>Show pools in sync</source>
            <translation>Afficher les pools synchronisés</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="85" />
            <source>Apply all (%1)…</source>
            <translation>Tout appliquer (%1)…</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="116" />
            <source>Changes read live → manifest: applying the manifest makes the right side live; rewriting it from live makes the left side the manifest.</source>
            <translation>Les changements se lisent en ligne → manifeste : appliquer le manifeste met le côté droit en ligne ; le réécrire depuis l'état en ligne fait du côté gauche le manifeste.</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="170" />
            <source>(no pool name)</source>
            <translation>(aucun nom de pool)</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="175" />
            <source>in %1</source>
            <translation>dans %1</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="189" />
            <source>Create from the manifest…</source>
            <translation>Créer depuis le manifeste…</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="190" />
            <source>Apply the manifest…</source>
            <translation>Appliquer le manifeste…</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="199" />
            <source>Rewrite from live…</source>
            <translation>Réécrire depuis l'état en ligne…</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="236" />
            <source>Live in %1, described by no manifest in this folder.</source>
            <translation>En ligne dans %1, décrit par aucun manifeste de ce dossier.</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="251" />
            <source>Every manifest matches its live pool.</source>
            <translation>Chaque manifeste correspond à son pool en ligne.</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="252" />
            <source>Choose a folder of manifests and press Check to compare them with the live pools.</source>
            <translation>Choisissez un dossier de manifestes et appuyez sur Vérifier pour les comparer aux pools en ligne.</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="278" />
            <source>Rewrite %1 from live?</source>
            <translation>Réécrire %1 depuis l'état en ligne ?</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="294" />
            <source>The manifest of pool %1 in %2 is replaced with what is live now. The other documents in the file stay as they are; comments inside this manifest are not kept.</source>
            <translation>Le manifeste du pool %1 dans %2 est remplacé par ce qui est en ligne maintenant. Les autres documents du fichier restent tels quels ; les commentaires de ce manifeste ne sont pas conservés.</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="301" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="306" />
            <source>Rewrite %1</source>
            <translation>Réécrire %1</translation>
        </message>
        <message>
            <location filename="../src/app/drift/DriftPanel.qml" line="317" />
            <source>Folder of manifests</source>
            <translation>Dossier de manifestes</translation>
        </message>
    </context>
    <context>
        <name>Endpoint</name>
        <message>
            <location filename="../src/api/endpoint.cpp" line="37" />
            <source>The API URL "%1" is not a valid URL.</source>
            <translation>L'URL de l'API "%1" n'est pas une URL valide.</translation>
        </message>
        <message>
            <location filename="../src/api/endpoint.cpp" line="43" />
            <source>Plain http:// is only allowed to loopback addresses; use https:// for %1.</source>
            <translation>Le http:// simple n'est permis que vers les adresses de bouclage ; utilisez https:// pour %1.</translation>
        </message>
        <message>
            <location filename="../src/api/endpoint.cpp" line="45" />
            <source>The API URL must start with https://.</source>
            <translation>L'URL de l'API doit commencer par https://.</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <location filename="../src/app/shell/ErrorBanner.qml" line="37" />
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location filename="../src/app/shell/ErrorBanner.qml" line="42" />
            <source>Dismiss</source>
            <translation>Masquer</translation>
        </message>
    </context>
    <context>
        <name>InterruptedApplyBanner</name>
        <message>
            <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="33" />
            <source>INTERRUPTED</source>
            <translation>INTERROMPUE</translation>
        </message>
        <message>
            <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="68" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="75" />
            <source>Send what was not sent yet; what was sent is looked at first, so nothing is made twice</source>
            <translation>Envoie ce qui ne l'a pas encore été ; ce qui a été envoyé est d'abord vérifié, pour que rien ne soit créé deux fois</translation>
        </message>
        <message>
            <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="83" />
            <source>Roll back…</source>
            <translation>Revenir en arrière…</translation>
        </message>
        <message>
            <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="92" />
            <source>Forget…</source>
            <translation>Oublier…</translation>
        </message>
        <message>
            <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="107" />
            <source>Roll back the interrupted apply?</source>
            <translation>Revenir sur l'application interrompue ?</translation>
        </message>
        <message>
            <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="116" />
            <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="148" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="121" />
            <source>Roll back</source>
            <translation>Revenir en arrière</translation>
        </message>
        <message>
            <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="138" />
            <source>Forget the interrupted apply?</source>
            <translation>Oublier l'application interrompue ?</translation>
        </message>
        <message>
            <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="142" />
            <source>The cluster is left as it is now; nothing is sent. Pools the apply created stay, and steps it did not send are not sent.</source>
            <translation>Le cluster reste tel qu'il est ; rien n'est envoyé. Les pools créés par l'application restent, et les étapes non envoyées ne le sont pas.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/InterruptedApplyBanner.qml" line="153" />
            <source>Forget</source>
            <translation>Oublier</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../src/app/shell/Main.qml" line="20" />
            <source>Pool Studio — demo</source>
            <translation>Pool Studio — démo</translation>
        </message>
        <message>
            <location filename="../src/app/shell/Main.qml" line="22" />
            <source>Pool Studio — %1</source>
            <translation>Pool Studio — %1</translation>
        </message>
        <message>
            <location filename="../src/app/shell/Main.qml" line="22" />
            <location filename="../src/app/shell/Main.qml" line="121" />
            <source>Pool Studio</source>
            <translation>Pool Studio</translation>
        </message>
        <message>
            <location filename="../src/app/shell/Main.qml" line="146" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../src/app/shell/Main.qml" line="150" />
            <source>Fetch clusters and pools again (F5)</source>
            <translation>Récupérer à nouveau clusters et pools (F5)</translation>
        </message>
        <message>
            <location filename="../src/app/shell/Main.qml" line="154" />
            <source>Manifests</source>
            <translation>Manifestes</translation>
        </message>
        <message>
            <location filename="../src/app/shell/Main.qml" line="157" />
            <source>Export pools as YAML, Terraform or doctl; import and plan; drift (Ctrl+E)</source>
            <translation>Exporter les pools en YAML, Terraform ou doctl ; importer et planifier ; dérive (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../src/app/shell/Main.qml" line="161" />
            <source>Costs</source>
            <translation>Coûts</translation>
        </message>
        <message>
            <location filename="../src/app/shell/Main.qml" line="164" />
            <source>Cost review: charts, history and exports</source>
            <translation>Revue des coûts : graphiques, historique et exports</translation>
        </message>
        <message>
            <location filename="../src/app/shell/Main.qml" line="186" />
            <source>An unapplied edit of pool %1 was kept from your last session.</source>
            <translation>Une modification non appliquée du pool %1 a été conservée depuis votre dernière session.</translation>
        </message>
        <message>
            <location filename="../src/app/shell/Main.qml" line="194" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../src/app/shell/Main.qml" line="199" />
            <source>The pool or cluster of that edit no longer exists.</source>
            <translation>Le pool ou le cluster de cette modification n'existe plus.</translation>
        </message>
        <message>
            <location filename="../src/app/shell/Main.qml" line="204" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
    </context>
    <context>
        <name>ManifestExportTab</name>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="22" />
            <source>Pools to export</source>
            <translation>Pools à exporter</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="30" />
            <source>This pool</source>
            <translation>Ce pool</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="33" />
            <source>The pool selected in the main window</source>
            <translation>Le pool sélectionné dans la fenêtre principale</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="37" />
            <source>This cluster</source>
            <translation>Ce cluster</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="42" />
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="47" />
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="88" />
            <source>%n pool(s) chosen</source>
            <translation>
                <numerusform>%n pool choisi</numerusform>
                <numerusform>%n pools choisis</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="99" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="107" />
            <source>Manifest YAML</source>
            <translation>YAML de manifeste</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="108" />
            <source>Terraform</source>
            <translation>Terraform</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="109" />
            <source>doctl command</source>
            <translation>commande doctl</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="116" />
            <source>Include status.outputs</source>
            <translation>Inclure status.outputs</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="121" />
            <source>Also write the pool's and nodes' ids, as they are now</source>
            <translation>Écrire aussi les identifiants actuels du pool et des nœuds</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="137" />
            <source>Choose pools on the left to see them here.</source>
            <translation>Choisissez des pools à gauche pour les voir ici.</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="154" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="160" />
            <source>Save as one file…</source>
            <translation>Enregistrer en un fichier…</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="166" />
            <source>Save one file per pool…</source>
            <translation>Enregistrer un fichier par pool…</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="205" />
            <source>Replace existing files?</source>
            <translation>Remplacer les fichiers existants ?</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="210" />
            <source>These files exist and would be replaced:
%1</source>
            <translation>Ces fichiers existent et seraient remplacés :
%1</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="215" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestExportTab.qml" line="220" />
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
    </context>
    <context>
        <name>ManifestImportTab</name>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="32" />
            <source>Open files…</source>
            <translation>Ouvrir des fichiers…</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="37" />
            <source>Open folder…</source>
            <translation>Ouvrir un dossier…</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="42" />
            <source>Paste</source>
            <translation>Coller</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="47" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="76" />
            <source>apiVersion: digital-ocean.project-planton.org/v1
kind: DigitalOceanKubernetesNodePool
…</source>
            <translation>apiVersion: digital-ocean.project-planton.org/v1
kind: DigitalOceanKubernetesNodePool
…</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="126" />
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="153" />
            <source>No problems found.</source>
            <translation>Aucun problème trouvé.</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="163" />
            <source>Delete live pools the manifests leave out</source>
            <translation>Supprimer les pools en ligne absents des manifestes</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="167" />
            <source>Only in the clusters the manifests name. Off by default: a manifest of one pool leaves the others alone.</source>
            <translation>Seulement dans les clusters nommés par les manifestes. Désactivé par défaut : le manifeste d'un pool laisse les autres tranquilles.</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="171" />
            <source>Set counts of autoscaled pools</source>
            <translation>Fixer le nombre des pools en autoscaling</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="175" />
            <source>Off by default: the autoscaler's choice stands.</source>
            <translation>Désactivé par défaut : le choix de l'autoscaler est conservé.</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="180" />
            <source>Plan…</source>
            <translation>Planifier…</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="190" />
            <source>Fix the errors first</source>
            <translation>Corrigez d'abord les erreurs</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="198" />
            <source>Manifests (*.yaml *.yml)</source>
            <translation>Manifestes (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestImportTab.qml" line="198" />
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>ManifestPage</name>
        <message>
            <location filename="../src/app/manifests/ManifestPage.qml" line="47" />
            <source>Manifests</source>
            <translation>Manifestes</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestPage.qml" line="57" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestPage.qml" line="62" />
            <source>Import and plan</source>
            <translation>Import et plan</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestPage.qml" line="67" />
            <source>Drift</source>
            <translation>Dérive</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/ManifestPage.qml" line="74" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>NodeList</name>
        <message>
            <location filename="../src/app/browse/NodeList.qml" line="22" />
            <source>Nodes of %1</source>
            <translation>Nœuds de %1</translation>
        </message>
        <message>
            <location filename="../src/app/browse/NodeList.qml" line="23" />
            <source>Nodes</source>
            <translation>Nœuds</translation>
        </message>
        <message>
            <location filename="../src/app/browse/NodeList.qml" line="49" />
            <source>Replace node %1?</source>
            <translation>Remplacer le nœud %1 ?</translation>
        </message>
        <message>
            <location filename="../src/app/browse/NodeList.qml" line="49" />
            <source>Delete node %1?</source>
            <translation>Supprimer le nœud %1 ?</translation>
        </message>
        <message>
            <location filename="../src/app/browse/NodeList.qml" line="56" />
            <source>Its pods are evicted, the droplet is deleted and a new node is created.</source>
            <translation>Ses pods sont évincés, le droplet est supprimé et un nouveau nœud est créé.</translation>
        </message>
        <message>
            <location filename="../src/app/browse/NodeList.qml" line="57" />
            <source>Its pods are evicted and the droplet is deleted. The pool's count drops by one.</source>
            <translation>Ses pods sont évincés et le droplet est supprimé. Le nombre de nœuds du pool baisse de un.</translation>
        </message>
        <message>
            <location filename="../src/app/browse/NodeList.qml" line="64" />
            <source>Skip draining (pods are killed at once)</source>
            <translation>Ne pas drainer (les pods sont tués immédiatement)</translation>
        </message>
        <message>
            <location filename="../src/app/browse/NodeList.qml" line="106" />
            <source> · droplet %1</source>
            <translation> · droplet %1</translation>
        </message>
        <message>
            <location filename="../src/app/browse/NodeList.qml" line="126" />
            <source>Replace: drain, delete, and a new node takes its place</source>
            <translation>Remplacer : drainer, supprimer, et un nouveau nœud prend sa place</translation>
        </message>
        <message>
            <location filename="../src/app/browse/NodeList.qml" line="136" />
            <source>Delete: drain and delete; the pool shrinks by one</source>
            <translation>Supprimer : drainer et supprimer ; le pool diminue de un</translation>
        </message>
        <message>
            <location filename="../src/app/browse/NodeList.qml" line="147" />
            <source>This pool has no nodes yet</source>
            <translation>Ce pool n'a pas encore de nœuds</translation>
        </message>
        <message>
            <location filename="../src/app/browse/NodeList.qml" line="148" />
            <source>Select a pool to see its nodes</source>
            <translation>Sélectionnez un pool pour voir ses nœuds</translation>
        </message>
    </context>
    <context>
        <name>PageLinks</name>
        <message>
            <location filename="../src/api/pagelinks.cpp" line="34" />
            <source>the listing has more than %1 pages; stopped there</source>
            <translation>la liste a plus de %1 pages ; arrêt à ce point</translation>
        </message>
        <message>
            <location filename="../src/api/pagelinks.cpp" line="41" />
            <source>the link to the next page names no page number (%1)</source>
            <translation>le lien vers la page suivante ne donne aucun numéro de page (%1)</translation>
        </message>
        <message>
            <location filename="../src/api/pagelinks.cpp" line="44" />
            <source>page %1 links back to page %2 as the next one; the listing would never end</source>
            <translation>la page %1 renvoie à la page %2 comme suivante ; la liste ne finirait jamais</translation>
        </message>
        <message>
            <location filename="../src/api/pagelinks.cpp" line="62" />
            <source>the listing says it holds %1 items but its pages gave %2; it may have changed while it was read: refresh to read it again</source>
            <translation>la liste annonce %1 éléments mais ses pages en ont donné %2 ; elle a pu changer pendant la lecture : actualisez pour la relire</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="46" />
            <source>Copy as text</source>
            <translation>Copier en texte</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="51" />
            <source>Copy the plan as poolctl plan prints it</source>
            <translation>Copier le plan tel que poolctl plan l'affiche</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="56" />
            <source>Stop sending</source>
            <translation>Arrêter l'envoi</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="60" />
            <source>Send no further request. What was sent goes on; Resume sends the rest.</source>
            <translation>N'envoyer aucune autre requête. Ce qui a été envoyé se poursuit ; Reprendre envoie le reste.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="64" />
            <source>Stop watching</source>
            <translation>Cesser d'observer</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="65" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="65" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="68" />
            <source>Close this view; the steps go on in the background</source>
            <translation>Fermer cette vue ; les étapes se poursuivent en arrière-plan</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="73" />
            <source>Delete pool</source>
            <translation>Supprimer le pool</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="73" />
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="81" />
            <source>This token cannot change anything: it has no write scope</source>
            <translation>Ce jeton ne peut rien modifier : il n'a pas le droit d'écriture</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="92" />
            <source>Refused: %1</source>
            <translation>Refusé : %1</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="102" />
            <source>Read-only: this token cannot apply changes. Review the plan here, or create a token with write scope and sign in again to apply it.</source>
            <translation>Lecture seule : ce jeton ne peut pas appliquer de changements. Examinez le plan ici, ou créez un jeton avec le droit d'écriture et reconnectez-vous pour l'appliquer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/plan/PlanDialog.qml" line="138" />
            <source>%n step(s), in the order they run</source>
            <translation>
                <numerusform>%n étape, dans l'ordre d'exécution</numerusform>
                <numerusform>%n étapes, dans l'ordre d'exécution</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="144" />
            <source>Show as text</source>
            <translation>Afficher en texte</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="178" />
            <source> (estimate)</source>
            <translation> (estimation)</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="208" />
            <source>DigitalOcean drains every node before deleting it. When pods have nowhere else to go this can take a quarter of an hour or more; Pool Studio shows it happening.</source>
            <translation>DigitalOcean draine chaque nœud avant de le supprimer. Quand les pods n'ont nulle part où aller, cela peut prendre un quart d'heure ou plus ; Pool Studio le montre en direct.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="220" />
            <source>I understand that this removes nodes or pools</source>
            <translation>Je comprends que cela supprime des nœuds ou des pools</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="228" />
            <source>Type %1 to confirm</source>
            <translation>Tapez %1 pour confirmer</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanDialog.qml" line="252" />
            <source>%1 of %2 nodes running</source>
            <translation>%1 nœuds sur %2 en marche</translation>
        </message>
    </context>
    <context>
        <name>PlanStepTable</name>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="63" />
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="64" />
            <source>Pool</source>
            <translation>Pool</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="65" />
            <source>Before → after</source>
            <translation>Avant → après</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="67" />
            <source>Monthly cost</source>
            <translation>Coût mensuel</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="75" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="196" />
            <source>→ %1</source>
            <translation>→ %1</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="204" />
            <source>in %1</source>
            <translation>dans %1</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="253" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="271" />
            <source>+ %1</source>
            <translation>+ %1</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="272" />
            <source>− %1</source>
            <translation>− %1</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="274" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="282" />
            <source>%1 a month</source>
            <translation>%1 par mois</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="291" />
            <source>%1 while both run</source>
            <translation>%1 tant que les deux tournent</translation>
        </message>
        <message>
            <location filename="../src/app/plan/PlanStepTable.qml" line="300" />
            <source>%1 once %2 is gone</source>
            <translation>%1 une fois %2 disparu</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/plan/PlanStepTable.qml" line="309" />
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
            <location filename="../src/app/browse/PoolCard.qml" line="62" />
            <source>autoscale %1–%2</source>
            <translation>autoscaling %1–%2</translation>
        </message>
        <message>
            <location filename="../src/app/browse/PoolCard.qml" line="63" />
            <source>fixed</source>
            <translation>fixe</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/browse/PoolCard.qml" line="72" />
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n nœud</numerusform>
                <numerusform>%n nœuds</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/app/browse/PoolCard.qml" line="85" />
            <source>Estimate: nodes × the size's monthly list price</source>
            <translation>Estimation : nœuds × prix catalogue mensuel de la taille</translation>
        </message>
    </context>
    <context>
        <name>PoolEditorDialog</name>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="19" />
            <source>New node pool in %1</source>
            <translation>Nouveau pool de nœuds dans %1</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="20" />
            <source>Edit node pool %1</source>
            <translation>Modifier le pool de nœuds %1</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="29" />
            <source>Undo</source>
            <translation>Annuler la modification</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="36" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="41" />
            <source>Review changes…</source>
            <translation>Examiner les changements…</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="85" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="92" />
            <source>e.g. web-workers</source>
            <translation>p. ex. web-workers</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="122" />
            <source>Droplet size (available in this cluster's region)</source>
            <translation>Taille de droplet (disponible dans la région de ce cluster)</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="194" />
            <source>A pool's size cannot change. Keeping the name deletes %1 first and creates it anew at this size: the cluster runs without its %n node(s) until the new ones run.</source>
            <translation>
                <numerusform>La taille d'un pool ne peut pas changer. Garder le nom supprime d'abord %1 et le recrée à cette taille : le cluster tourne sans son %n nœud jusqu'à ce que les nouveaux tournent.</numerusform>
                <numerusform>La taille d'un pool ne peut pas changer. Garder le nom supprime d'abord %1 et le recrée à cette taille : le cluster tourne sans ses %n nœuds jusqu'à ce que les nouveaux tournent.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="198" />
            <source>A pool's size cannot change. Applying this creates a new pool of this size, then deletes the old one once the new nodes run.</source>
            <translation>La taille d'un pool ne peut pas changer. Appliquer ceci crée un nouveau pool de cette taille, puis supprime l'ancien une fois les nouveaux nœuds en marche.</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="212" />
            <source>New pool's name</source>
            <translation>Nom du nouveau pool</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="231" />
            <source>Keep the name (in-place): delete %1 first, then create it anew</source>
            <translation>Garder le nom (in-place) : supprimer d'abord %1, puis le recréer</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="239" />
            <source>For manifests or tools that key on the pool name. Needs the destructive confirmation in the plan.</source>
            <translation>Pour les manifestes ou outils qui se fient au nom du pool. Demande la confirmation destructive dans le plan.</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="241" />
            <source>Only where another pool of the cluster carries the workload while this one is gone; this cluster has no other pool.</source>
            <translation>Seulement si un autre pool du cluster porte la charge pendant l'absence de celui-ci ; ce cluster n'a pas d'autre pool.</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="249" />
            <source>Keeping the name is not offered: this cluster has no other pool to carry the workload meanwhile.</source>
            <translation>Garder le nom n'est pas proposé : ce cluster n'a pas d'autre pool pour porter la charge entre-temps.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="261" />
            <source>Capacity dip: −%n node(s) from the delete until the new pool runs.</source>
            <translation>
                <numerusform>Baisse de capacité : −%n nœud de la suppression jusqu'au démarrage du nouveau pool.</numerusform>
                <numerusform>Baisse de capacité : −%n nœuds de la suppression jusqu'au démarrage du nouveau pool.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="275" />
            <source>Nodes</source>
            <translation>Nœuds</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="308" />
            <source>Labels</source>
            <translation>Labels</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="311" />
            <source>Add label</source>
            <translation>Ajouter un label</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="327" />
            <source>key, e.g. workload</source>
            <translation>clé, p. ex. workload</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="336" />
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="345" />
            <source>Remove this label</source>
            <translation>Retirer ce label</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="356" />
            <source>Removing a label from the pool does not remove it from nodes that already run; new and recycled nodes get the pool's labels.</source>
            <translation>Retirer un label du pool ne le retire pas des nœuds déjà en marche ; les nœuds nouveaux et recyclés reçoivent les labels du pool.</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="370" />
            <source>Taints</source>
            <translation>Taints</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="373" />
            <source>Add taint</source>
            <translation>Ajouter un taint</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="381" />
            <source>Presets:</source>
            <translation>Préréglages :</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="416" />
            <source>key</source>
            <translation>clé</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="425" />
            <source>value (optional)</source>
            <translation>valeur (facultative)</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="442" />
            <source>Remove this taint</source>
            <translation>Retirer ce taint</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="457" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="472" />
            <source>Click to remove</source>
            <translation>Cliquer pour retirer</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="483" />
            <source>Added by DigitalOcean; read-only</source>
            <translation>Ajouté par DigitalOcean ; lecture seule</translation>
        </message>
        <message>
            <location filename="../src/app/editor/PoolEditorDialog.qml" line="490" />
            <source>Add a tag, e.g. team:payments, and press Enter</source>
            <translation>Ajoutez un tag, p. ex. team:payments, puis appuyez sur Entrée</translation>
        </message>
    </context>
    <context>
        <name>PoolList</name>
        <message>
            <location filename="../src/app/browse/PoolList.qml" line="19" />
            <source>This token cannot change anything (it has no write scope): see the read-only bar</source>
            <translation>Ce jeton ne peut rien modifier (il n'a pas le droit d'écriture) : voir la barre de lecture seule</translation>
        </message>
        <message>
            <location filename="../src/app/browse/PoolList.qml" line="34" />
            <source>Node pools of %1</source>
            <translation>Pools de nœuds de %1</translation>
        </message>
        <message>
            <location filename="../src/app/browse/PoolList.qml" line="35" />
            <source>Node pools</source>
            <translation>Pools de nœuds</translation>
        </message>
        <message>
            <location filename="../src/app/browse/PoolList.qml" line="43" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <location filename="../src/app/browse/PoolList.qml" line="49" />
            <source>Delete the selected pool (Delete)</source>
            <translation>Supprimer le pool sélectionné (Suppr)</translation>
        </message>
        <message>
            <location filename="../src/app/browse/PoolList.qml" line="53" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../src/app/browse/PoolList.qml" line="58" />
            <source>Edit the selected pool (Enter)</source>
            <translation>Modifier le pool sélectionné (Entrée)</translation>
        </message>
        <message>
            <location filename="../src/app/browse/PoolList.qml" line="62" />
            <source>New pool…</source>
            <translation>Nouveau pool…</translation>
        </message>
        <message>
            <location filename="../src/app/browse/PoolList.qml" line="68" />
            <source>Add a node pool to this cluster (Ctrl+N)</source>
            <translation>Ajouter un pool de nœuds à ce cluster (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../src/app/browse/PoolList.qml" line="104" />
            <source>This cluster has no node pools</source>
            <translation>Ce cluster n'a aucun pool de nœuds</translation>
        </message>
        <message>
            <location filename="../src/app/browse/PoolList.qml" line="105" />
            <source>Select a cluster to see its node pools</source>
            <translation>Sélectionnez un cluster pour voir ses pools de nœuds</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <location filename="../src/app/shell/ReadOnlyBanner.qml" line="31" />
            <source>READ-ONLY</source>
            <translation>LECTURE SEULE</translation>
        </message>
        <message>
            <location filename="../src/app/shell/ReadOnlyBanner.qml" line="51" />
            <source>Create a token…</source>
            <translation>Créer un jeton…</translation>
        </message>
        <message>
            <location filename="../src/app/shell/ReadOnlyBanner.qml" line="54" />
            <source>Opens cloud.digitalocean.com/account/api/tokens in the browser: create a token with write scope there</source>
            <translation>Ouvre cloud.digitalocean.com/account/api/tokens dans le navigateur : créez-y un jeton avec le droit d'écriture</translation>
        </message>
        <message>
            <location filename="../src/app/shell/ReadOnlyBanner.qml" line="60" />
            <source>Sign in again…</source>
            <translation>Se reconnecter…</translation>
        </message>
    </context>
    <context>
        <name>Redirects</name>
        <message>
            <location filename="../src/api/redirects.cpp" line="52" />
            <source>The server answered %1 %2 with a redirect (HTTP %3) that names no valid address.</source>
            <translation>Le serveur a répondu à %1 %2 par une redirection (HTTP %3) qui ne donne aucune adresse valide.</translation>
        </message>
        <message>
            <location filename="../src/api/redirects.cpp" line="63" />
            <source>The server answered %1 %2 with a redirect to %3; a change is never sent on to another address, and nothing was changed. Point the API URL at the API itself (the address that redirect names, if you trust it).</source>
            <translation>Le serveur a répondu à %1 %2 par une redirection vers %3 ; une modification n'est jamais renvoyée vers une autre adresse, et rien n'a été modifié. Faites pointer l'URL de l'API sur l'API elle-même (l'adresse de cette redirection, si vous lui faites confiance).</translation>
        </message>
        <message>
            <location filename="../src/api/redirects.cpp" line="72" />
            <source>The server redirected %1 to another server, %2; it was not followed, so the access token went nowhere else. If that server is the API, set the API URL to it.</source>
            <translation>Le serveur a redirigé %1 vers un autre serveur, %2 ; la redirection n'a pas été suivie, le jeton d'accès n'est donc allé nulle part ailleurs. Si ce serveur est l'API, réglez l'URL de l'API sur lui.</translation>
        </message>
        <message>
            <location filename="../src/api/redirects.cpp" line="81" />
            <source>%1 was redirected more than %2 times (last to %3); check the API URL and any proxy in front of it.</source>
            <translation>%1 a été redirigé plus de %2 fois (en dernier vers %3) ; vérifiez l'URL de l'API et tout proxy placé devant.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="14" />
            <source>Main window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="15" />
            <source>Pool editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="16" />
            <source>Plan review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="17" />
            <source>Anywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="19" />
            <source>Fetch clusters and pools again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="21" />
            <source>Create a node pool in this cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="23" />
            <source>Edit the selected pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="25" />
            <source>Delete the selected pool (after a review)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="27" />
            <source>Filter the clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="30" />
            <source>Export pools as YAML, Terraform or doctl; import and plan; drift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="32" />
            <source>Cost review: charts, history and exports</source>
            <translation>Revue des coûts : graphiques, historique et exports</translation>
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="34" />
            <source>Show these shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="36" />
            <source>Next or previous field, button or list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="37" />
            <source>Tab / Shift+Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="38" />
            <source>Move in a list; press a button or tick a box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="39" />
            <source>Arrow keys; Space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="41" />
            <source>Accept a dialog (review the change, apply the plan, save)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="41" />
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="42" />
            <source>Close a dialog or panel without changing anything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="43" />
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="44" />
            <source>Undo the last edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="46" />
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="48" />
            <source>Review the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="50" />
            <source>Apply the reviewed plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="52" />
            <source>Tick the confirmation of a destructive plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/shell/shortcuttable.cpp" line="53" />
            <source>Tab to it, then Space</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="71" />
            <source>Pool Studio</source>
            <translation>Pool Studio</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="76" />
            <source>Sign in with a DigitalOcean personal access token to see and change the node pools of your Kubernetes clusters.</source>
            <translation>Connectez-vous avec un jeton d'accès personnel DigitalOcean pour voir et modifier les pools de nœuds de vos clusters Kubernetes.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="99" />
            <source>Token</source>
            <translation>Jeton</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="109" />
            <source>dop_v1_…</source>
            <translation>dop_v1_…</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="112" />
            <source>Personal access token</source>
            <translation>Jeton d'accès personnel</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="117" />
            <source>Paste</source>
            <translation>Coller</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="125" />
            <source>Create one at cloud.digitalocean.com/account/api/tokens. Read scope is enough to look; changing pools needs write scope.</source>
            <translation>Créez-en un sur cloud.digitalocean.com/account/api/tokens. Le droit de lecture suffit pour consulter ; modifier des pools demande le droit d'écriture.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="134" />
            <source>API: %1</source>
            <translation>API : %1</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="140" />
            <source>Context name</source>
            <translation>Nom du contexte</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="150" />
            <source>e.g. work (empty: the team's name)</source>
            <translation>p. ex. travail (vide : le nom de l'équipe)</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="160" />
            <source>Looking for a keychain…</source>
            <translation>Recherche d'un trousseau…</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="161" />
            <source>The token will be kept in the desktop keychain (Secret Service or KWallet), never in a settings file.</source>
            <translation>Le jeton sera gardé dans le trousseau du bureau (Secret Service ou KWallet), jamais dans un fichier de réglages.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="194" />
            <source>Store in a file (mode 0600) in %1</source>
            <translation>Stocker dans un fichier (mode 0600) dans %1</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="204" />
            <source>Only your user can read that file, but unlike a keychain it is not encrypted: anything running as you can read the token.</source>
            <translation>Seul votre utilisateur peut lire ce fichier, mais contrairement à un trousseau il n'est pas chiffré : tout ce qui tourne sous votre compte peut lire le jeton.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="219" />
            <source>Check and sign in</source>
            <translation>Vérifier et se connecter</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="250" />
            <source>Saved contexts</source>
            <translation>Contextes enregistrés</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="263" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="268" />
            <source>%1, token in the %2</source>
            <translation>%1, jeton dans %2</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="269" />
            <source>token file</source>
            <translation>fichier de jetons</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="270" />
            <source>keychain</source>
            <translation>trousseau</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="286" />
            <source>Try the demo</source>
            <translation>Essayer la démo</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="291" />
            <source>A simulated account with three clusters; nothing leaves this computer.</source>
            <translation>Un compte simulé avec trois clusters ; rien ne quitte cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="302" />
            <source>Import from doctl…</source>
            <translation>Importer depuis doctl…</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="310" />
            <source>Reads doctl's config.yaml (never changes it) and keeps the chosen contexts' tokens where a sign-in would.</source>
            <translation>Lit le config.yaml de doctl (sans jamais le modifier) et garde les jetons des contextes choisis là où le ferait une connexion.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="329" />
            <source>From %1</source>
            <translation>Depuis %1</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="335" />
            <source>Choose file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="352" />
            <source>No context with a token was found there.</source>
            <translation>Aucun contexte avec jeton n'y a été trouvé.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="365" />
            <source> (doctl's current context)</source>
            <translation> (contexte actuel de doctl)</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="374" />
            <source>Check and import the chosen contexts</source>
            <translation>Vérifier et importer les contextes choisis</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="392" />
            <source>doctl config file</source>
            <translation>fichier de configuration doctl</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="393" />
            <source>doctl config (*.yaml *.yml)</source>
            <translation>configuration doctl (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../src/app/signin/SignInPage.qml" line="393" />
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>SignInWindow</name>
        <message>
            <location filename="../src/app/signin/SignInWindow.qml" line="16" />
            <source>Pool Studio — sign in</source>
            <translation>Pool Studio — connexion</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../src/app/shell/StatusBar.qml" line="24" />
            <source>DEMO · simulated account</source>
            <translation>DÉMO · compte simulé</translation>
        </message>
        <message>
            <location filename="../src/app/shell/StatusBar.qml" line="37" />
            <source>Refreshed at %1</source>
            <translation>Actualisé à %1</translation>
        </message>
        <message>
            <location filename="../src/app/shell/StatusBar.qml" line="38" />
            <source>Not refreshed yet</source>
            <translation>Pas encore actualisé</translation>
        </message>
        <message>
            <location filename="../src/app/shell/StatusBar.qml" line="44" />
            <source>stale</source>
            <translation>périmé</translation>
        </message>
        <message>
            <location filename="../src/app/shell/StatusBar.qml" line="51" />
            <source>The last successful refresh is more than a minute old</source>
            <translation>La dernière actualisation réussie date de plus d'une minute</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/shell/StatusBar.qml" line="58" />
            <source>%n operation(s) running</source>
            <translation>
                <numerusform>%n opération en cours</numerusform>
                <numerusform>%n opérations en cours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/app/shell/StatusBar.qml" line="65" />
            <source>API requests left: %1 of %2</source>
            <translation>Requêtes API restantes : %1 sur %2</translation>
        </message>
        <message>
            <location filename="../src/app/shell/StatusBar.qml" line="70" />
            <source>DigitalOcean allows 5,000 requests an hour and 250 a minute per token</source>
            <translation>DigitalOcean autorise 5 000 requêtes par heure et 250 par minute et par jeton</translation>
        </message>
    </context>
    <context>
        <name>accounts::ContextStore</name>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="49" />
            <source>it is not valid JSON (%1 at byte %2)</source>
            <translation>ce n'est pas du JSON valide (%1 à l'octet %2)</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="55" />
            <source>it is not a JSON object</source>
            <translation>ce n'est pas un objet JSON</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="62" />
            <source>its "version" is not a format version number</source>
            <translation>sa "version" n'est pas un numéro de version de format</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="67" />
            <source>it was written by a newer Pool Studio (format version %1; this one reads version %2)</source>
            <translation>il a été écrit par un Pool Studio plus récent (version de format %1 ; celui-ci lit la version %2)</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="76" />
            <source>"contexts" is not a list</source>
            <translation>"contexts" n'est pas une liste</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="82" />
            <source>context %1 is not a JSON object</source>
            <translation>le contexte %1 n'est pas un objet JSON</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="93" />
            <source>context %1 has no name</source>
            <translation>le contexte %1 n'a pas de nom</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="97" />
            <source>context “%1” has storage “%2”; expected “keychain” or “file”</source>
            <translation>le contexte « %1 » a le stockage « %2 » ; attendu : « keychain » ou « file »</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="103" />
            <source>the context name “%1” appears twice</source>
            <translation>le nom de contexte « %1 » apparaît deux fois</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="152" />
            <source>Cannot read the contexts file %1: %2. It is left as it is; contexts are read-only until it can be read or you move it aside.</source>
            <translation>Impossible de lire le fichier des contextes %1 : %2. Il est laissé tel quel ; les contextes sont en lecture seule jusqu'à ce qu'il soit lisible ou que vous le mettiez de côté.</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="161" />
            <source>The contexts file %1 cannot be used: %2. It is left as it is; contexts are read-only until you fix it, or let Pool Studio move it aside and start a new one.</source>
            <translation>Le fichier des contextes %1 est inutilisable : %2. Il est laissé tel quel ; les contextes sont en lecture seule jusqu'à ce que vous le corrigiez, ou laissiez Pool Studio le mettre de côté et en commencer un nouveau.</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="241" />
            <source>Not saving the contexts file %1: %2</source>
            <translation>Le fichier des contextes %1 n'est pas enregistré : %2</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="248" />
            <source>Not saving the contexts: the file %1 cannot be used (%2) and would be lost. It is left as it is until you decide.</source>
            <translation>Les contextes ne sont pas enregistrés : le fichier %1 est inutilisable (%2) et serait perdu. Il est laissé tel quel jusqu'à votre décision.</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="259" />
            <location filename="../src/accounts/contextstore.cpp" line="265" />
            <source>Cannot write the contexts file %1: %2</source>
            <translation>Impossible d'écrire le fichier des contextes %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="349" />
            <source>Cannot move the contexts file %1 aside: %2</source>
            <translation>Impossible de mettre de côté le fichier des contextes %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/accounts/contextstore.cpp" line="360" />
            <source>Cannot move the contexts file %1 aside to %2</source>
            <translation>Impossible de mettre de côté le fichier des contextes %1 vers %2</translation>
        </message>
    </context>
    <context>
        <name>accounts::DoctlConfig</name>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="22" />
            <source>line %1</source>
            <translation>ligne %1</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="34" />
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="36" />
            <source>a mapping</source>
            <translation>un dictionnaire (mapping)</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="38" />
            <source>a single value</source>
            <translation>une valeur simple</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="50" />
            <source>%1: “%2” should be a single value, not %3</source>
            <translation>%1 : « %2 » devrait être une valeur simple, pas %3</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="62" />
            <source>line %1: the token of context “%2” is empty; skipped</source>
            <translation>ligne %1 : le jeton du contexte « %2 » est vide ; ignoré</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="73" />
            <source>%1: doctl's config should be a mapping of settings, not %2</source>
            <translation>%1 : la configuration de doctl devrait être un dictionnaire de réglages, pas %2</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="94" />
            <source>%1: a context name should be a single value</source>
            <translation>%1 : un nom de contexte devrait être une valeur simple</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="100" />
            <source>%1: doctl takes the token of context “default” from access-token, not from auth-contexts; skipped</source>
            <translation>%1 : doctl prend le jeton du contexte « default » dans access-token, pas dans auth-contexts ; ignoré</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="110" />
            <source>%1: “auth-contexts” should be a mapping of context name to token, not %2</source>
            <translation>%1 : « auth-contexts » devrait associer des noms de contexte à des jetons, pas %2</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="128" />
            <source>%1: the current context “%2” has no token here</source>
            <translation>%1 : le contexte actuel « %2 » n'a pas de jeton ici</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="138" />
            <source>doctl's config is %1, more than the %2 Pool Studio reads; it was not read</source>
            <translation>la configuration de doctl fait %1, plus que les %2 que lit Pool Studio ; elle n'a pas été lue</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="149" />
            <source>doctl's config is not valid YAML: %1</source>
            <translation>la configuration de doctl n'est pas du YAML valide : %1</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="151" />
            <source>line %1: doctl's config is not valid YAML: %2</source>
            <translation>ligne %1 : la configuration de doctl n'est pas du YAML valide : %2</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="156" />
            <source>doctl's config holds no access token.</source>
            <translation>La configuration de doctl ne contient aucun jeton d'accès.</translation>
        </message>
        <message>
            <location filename="../src/accounts/doctlconfig.cpp" line="165" />
            <source>cannot read doctl's config %1: %2</source>
            <translation>impossible de lire la configuration doctl %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>accounts::FileTokenStore</name>
        <message>
            <location filename="../src/accounts/filetokenstore.cpp" line="64" />
            <source>The token file %1 may be read or changed by other users (mode %2), so Pool Studio does not use it. Make it private with: chmod 600 %1</source>
            <translation>Le fichier de jetons %1 peut être lu ou modifié par d'autres utilisateurs (mode %2), Pool Studio ne l'utilise donc pas. Rendez-le privé avec : chmod 600 %1</translation>
        </message>
        <message>
            <location filename="../src/accounts/filetokenstore.cpp" line="71" />
            <source>The token file %1 belongs to another user, so Pool Studio does not use it. Remove it, or give it to yourself with: chown $USER %1</source>
            <translation>Le fichier de jetons %1 appartient à un autre utilisateur, Pool Studio ne l'utilise donc pas. Supprimez-le, ou attribuez-le-vous avec : chown $USER %1</translation>
        </message>
        <message>
            <location filename="../src/accounts/filetokenstore.cpp" line="81" />
            <source>Cannot read the token file %1: %2. It is left as it is.</source>
            <translation>Impossible de lire le fichier de jetons %1 : %2. Il est laissé tel quel.</translation>
        </message>
        <message>
            <location filename="../src/accounts/filetokenstore.cpp" line="89" />
            <source>The token file %1 is damaged (not the JSON Pool Studio writes). It is left as it is; remove it and sign in again.</source>
            <translation>Le fichier de jetons %1 est endommagé (ce n'est pas le JSON qu'écrit Pool Studio). Il est laissé tel quel ; supprimez-le et reconnectez-vous.</translation>
        </message>
        <message>
            <location filename="../src/accounts/filetokenstore.cpp" line="103" />
            <location filename="../src/accounts/filetokenstore.cpp" line="116" />
            <source>Cannot write the token file %1: %2</source>
            <translation>Impossible d'écrire le fichier de jetons %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/accounts/filetokenstore.cpp" line="108" />
            <source>Cannot make the token file %1 private (mode 0600): %2</source>
            <translation>Impossible de rendre privé le fichier de jetons %1 (mode 0600) : %2</translation>
        </message>
        <message>
            <location filename="../src/accounts/filetokenstore.cpp" line="152" />
            <source>Cannot store the token in %1: %2</source>
            <translation>Impossible de stocker le jeton dans %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/accounts/filetokenstore.cpp" line="171" />
            <source>Cannot remove the token from %1: %2</source>
            <translation>Impossible de retirer le jeton de %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>accounts::FileWriteLock</name>
        <message>
            <location filename="../src/accounts/filewritelock.cpp" line="75" />
            <source>the lock %1 was not free after %2 seconds: %3</source>
            <translation>le verrou %1 n'était pas libre après %2 secondes : %3</translation>
        </message>
    </context>
    <context>
        <name>accounts::KeychainTokenStore</name>
        <message>
            <location filename="../src/accounts/keychaintokenstore.cpp" line="35" />
            <source>No keychain service (such as GNOME Keyring or KWallet) is available: %1</source>
            <translation>Aucun service de trousseau (comme GNOME Keyring ou KWallet) n'est disponible : %1</translation>
        </message>
        <message>
            <location filename="../src/accounts/keychaintokenstore.cpp" line="39" />
            <source>The keychain refused access (is it locked?): %1</source>
            <translation>Le trousseau a refusé l'accès (est-il verrouillé ?) : %1</translation>
        </message>
        <message>
            <location filename="../src/accounts/keychaintokenstore.cpp" line="41" />
            <source>The keychain failed: %1</source>
            <translation>Le trousseau a échoué : %1</translation>
        </message>
        <message>
            <location filename="../src/accounts/keychaintokenstore.cpp" line="139" />
            <source>The keychain did not answer within %1 seconds.</source>
            <translation>Le trousseau n'a pas répondu en %1 secondes.</translation>
        </message>
        <message>
            <location filename="../src/accounts/keychaintokenstore.cpp" line="150" />
            <source>No D-Bus session bus runs here, so there is no keychain (such as GNOME Keyring or KWallet) to keep the token in.</source>
            <translation>Aucun bus de session D-Bus ne tourne ici, il n'y a donc pas de trousseau (comme GNOME Keyring ou KWallet) pour garder le jeton.</translation>
        </message>
        <message>
            <location filename="../src/accounts/keychaintokenstore.cpp" line="179" />
            <source>No keychain service (Secret Service such as GNOME Keyring, or KWallet) runs on this desktop.</source>
            <translation>Aucun service de trousseau (Secret Service comme GNOME Keyring, ou KWallet) ne tourne sur ce bureau.</translation>
        </message>
        <message>
            <location filename="../src/accounts/keychaintokenstore.cpp" line="199" />
            <source>The keychain did not give back what was stored.</source>
            <translation>Le trousseau n'a pas rendu ce qui avait été stocké.</translation>
        </message>
    </context>
    <context>
        <name>accounts::TokenSource</name>
        <message>
            <location filename="../src/accounts/tokensource.cpp" line="41" />
            <source>not signed in</source>
            <translation>non connecté</translation>
        </message>
        <message>
            <location filename="../src/accounts/tokensource.cpp" line="43" />
            <source>token from %1</source>
            <translation>jeton de %1</translation>
        </message>
        <message>
            <location filename="../src/accounts/tokensource.cpp" line="45" />
            <source>token of context “%1” from the keychain</source>
            <translation>jeton du contexte « %1 » depuis le trousseau</translation>
        </message>
        <message>
            <location filename="../src/accounts/tokensource.cpp" line="47" />
            <source>token of context “%1” from the token file (no keychain)</source>
            <translation>jeton du contexte « %1 » depuis le fichier de jetons (pas de trousseau)</translation>
        </message>
        <message>
            <location filename="../src/accounts/tokensource.cpp" line="49" />
            <source>demo: the built-in simulator, no token</source>
            <translation>démo : le simulateur intégré, sans jeton</translation>
        </message>
    </context>
    <context>
        <name>api::BillingClient</name>
        <message>
            <location filename="../src/api/billingclient.cpp" line="14" />
            <source>The billing answer could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/api/billingclient.cpp" line="25" />
            <source>This token may not read billing (DigitalOcean answered 403: it lacks the billing:read scope). Create a token with billing:read to compare the bill with the estimate; everything else works without it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>api::DoClient</name>
        <message>
            <location filename="../src/api/doclient.cpp" line="46" />
            <source>the answer holds no "%1"</source>
            <translation>la réponse ne contient pas de "%1"</translation>
        </message>
        <message>
            <location filename="../src/api/doclient.cpp" line="68" />
            <source>The list at %1 could not be read: %2.</source>
            <translation>La liste à %1 n'a pas pu être lue : %2.</translation>
        </message>
        <message>
            <location filename="../src/api/doclient.cpp" line="597" />
            <source>the create was answered without the new pool</source>
            <translation>la création a reçu une réponse sans le nouveau pool</translation>
        </message>
        <message>
            <location filename="../src/api/doclient.cpp" line="616" />
            <source>%1; whether the pool "%2" was created is unknown, as listing the pools failed too (%3)</source>
            <translation>%1 ; on ne sait pas si le pool "%2" a été créé, car la liste des pools a échoué aussi (%3)</translation>
        </message>
        <message>
            <location filename="../src/api/doclient.cpp" line="633" />
            <source>%1; a pool named "%2" is in the cluster, but with size %3 and %4 nodes, not what was sent: it is someone else's, and nothing was created again. Choose another name, or change or delete that pool.</source>
            <translation>%1 ; un pool nommé "%2" est dans le cluster, mais avec la taille %3 et %4 nœuds, pas ce qui a été envoyé : il appartient à quelqu'un d'autre, et rien n'a été recréé. Choisissez un autre nom, ou modifiez ou supprimez ce pool.</translation>
        </message>
    </context>
    <context>
        <name>api::OperationWatcher</name>
        <message>
            <location filename="../src/api/operationwatcher.cpp" line="18" />
            <source>the change had not settled after %1 s; it goes on at DigitalOcean</source>
            <translation>le changement n'était pas stabilisé après %1 s ; il se poursuit chez DigitalOcean</translation>
        </message>
        <message>
            <location filename="../src/api/operationwatcher.cpp" line="55" />
            <source>the API client is gone</source>
            <translation>le client de l'API n'existe plus</translation>
        </message>
    </context>
    <context>
        <name>api::PlanRunner</name>
        <message>
            <location filename="../src/api/planrunner.cpp" line="58" />
            <source>Creating pool %1</source>
            <translation>Création du pool %1</translation>
        </message>
        <message>
            <location filename="../src/api/planrunner.cpp" line="61" />
            <source>Updating pool %1</source>
            <translation>Mise à jour du pool %1</translation>
        </message>
        <message>
            <location filename="../src/api/planrunner.cpp" line="65" />
            <source>Replacing pool %1 in place (%2 → %3): deleting the old pool, then creating the new one under the same name</source>
            <translation>Remplacement du pool %1 sur place (%2 → %3) : suppression de l'ancien pool, puis création du nouveau sous le même nom</translation>
        </message>
        <message>
            <location filename="../src/api/planrunner.cpp" line="68" />
            <source>Replacing pool %1 (%2 → %3): creating %4, then deleting %1 once its nodes run</source>
            <translation>Remplacement du pool %1 (%2 → %3) : création de %4, puis suppression de %1 une fois ses nœuds en marche</translation>
        </message>
        <message>
            <location filename="../src/api/planrunner.cpp" line="73" />
            <source>Deleting pool %1 (nodes are drained first; this can take many minutes)</source>
            <translation>Suppression du pool %1 (les nœuds sont drainés d'abord ; cela peut prendre de nombreuses minutes)</translation>
        </message>
        <message>
            <location filename="../src/api/planrunner.cpp" line="77" />
            <source>Configuring the cluster autoscaler of %1</source>
            <translation>Configuration de l'autoscaler de cluster de %1</translation>
        </message>
        <message>
            <location filename="../src/api/planrunner.cpp" line="83" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../src/api/planrunner.cpp" line="104" />
            <source>nothing was sent: the droplet-limit check could not read the account: %1</source>
            <translation>rien n'a été envoyé : la vérification de la limite de droplets n'a pas pu lire le compte : %1</translation>
        </message>
        <message>
            <location filename="../src/api/planrunner.cpp" line="130" />
            <source>nothing was sent: %1</source>
            <translation>rien n'a été envoyé : %1</translation>
        </message>
        <message>
            <location filename="../src/api/planrunner.cpp" line="163" />
            <source>the apply journal cannot be written, so nothing more is sent: %1</source>
            <translation>le journal d'application ne peut pas être écrit, rien de plus n'est donc envoyé : %1</translation>
        </message>
        <message>
            <location filename="../src/api/planrunner.cpp" line="382" />
            <source>sent, but it had not settled after %1 min</source>
            <translation>envoyé, mais pas stabilisé après %1 min</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../src/app/costs/costcharts.cpp" line="44" />
            <source>control plane</source>
            <translation>plan de contrôle</translation>
        </message>
    </context>
    <context>
        <name>app::AccountController</name>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="74" />
            <source>Your contexts could not be read: %1</source>
            <translation>Vos contextes n'ont pas pu être lus : %1</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="109" />
            <source>Your contexts file %1 was written by a newer Pool Studio: %2. It is left as it is, and contexts are read-only here: nothing you add or switch is saved.</source>
            <translation>Votre fichier de contextes %1 a été écrit par un Pool Studio plus récent : %2. Il est laissé tel quel, et les contextes sont ici en lecture seule : rien de ce que vous ajoutez ou changez n'est enregistré.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="113" />
            <source>Your contexts file %1 cannot be read: %2. It is left as it is, and contexts are read-only here: nothing you add or switch is saved.</source>
            <translation>Votre fichier de contextes %1 est illisible : %2. Il est laissé tel quel, et les contextes sont ici en lecture seule : rien de ce que vous ajoutez ou changez n'est enregistré.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="117" />
            <source>Your contexts file %1 is damaged: %2. It is left as it is, and contexts are read-only here: nothing you add or switch is saved.</source>
            <translation>Votre fichier de contextes %1 est endommagé : %2. Il est laissé tel quel, et les contextes sont ici en lecture seule : rien de ce que vous ajoutez ou changez n'est enregistré.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="133" />
            <source>The old contexts file was moved to %1; a new one was started.</source>
            <translation>L'ancien fichier de contextes a été déplacé vers %1 ; un nouveau a été commencé.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="174" />
            <location filename="../src/app/signin/accountcontroller.cpp" line="319" />
            <location filename="../src/app/signin/accountcontroller.cpp" line="366" />
            <source>the keychain</source>
            <translation>le trousseau</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="176" />
            <location filename="../src/app/signin/accountcontroller.cpp" line="318" />
            <location filename="../src/app/signin/accountcontroller.cpp" line="365" />
            <source>the token file</source>
            <translation>le fichier de jetons</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="312" />
            <source>There is no context named “%1”.</source>
            <translation>Il n'y a pas de contexte nommé « %1 ».</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="315" />
            <source>Opening “%1”…</source>
            <translation>Ouverture de « %1 »…</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="324" />
            <source>The token of “%1” could not be read from %2: %3</source>
            <translation>Le jeton de « %1 » n'a pas pu être lu depuis %2 : %3</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="328" />
            <source>%1 holds no token for “%2”: sign in again to use it.</source>
            <translation>%1 ne contient aucun jeton pour « %2 » : reconnectez-vous pour l'utiliser.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="339" />
            <source>This build has no demo mode.</source>
            <translation>Cette version n'a pas de mode démo.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="370" />
            <source>Not signed out: the token could not be removed from %1: %2</source>
            <translation>Non déconnecté : le jeton n'a pas pu être retiré de %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="377" />
            <source>Signed out of “%1”: its token was removed from %2.</source>
            <translation>Déconnecté de « %1 » : son jeton a été retiré de %2.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="385" />
            <source>Storing the token…</source>
            <translation>Stockage du jeton…</translation>
        </message>
        <message>
            <location filename="../src/app/signin/accountcontroller.cpp" line="389" />
            <source>The token could not be stored: %1</source>
            <translation>Le jeton n'a pas pu être stocké : %1</translation>
        </message>
    </context>
    <context>
        <name>app::ClusterListModel</name>
        <message>
            <location filename="../src/app/browse/clusterlistmodel.cpp" line="48" />
            <source>≈ %1/mo</source>
            <translation>≈ %1/mois</translation>
        </message>
    </context>
    <context>
        <name>app::CostCharts</name>
        <message>
            <location filename="../src/app/costs/costcharts.cpp" line="111" />
            <source>other pools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/costs/costcharts.cpp" line="160" />
            <source>%n node(s): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/app/costs/costcharts.cpp" line="201" />
            <source>other (%n value(s))</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app::CostModel</name>
        <message>
            <location filename="../src/app/costs/costmodel.cpp" line="114" />
            <source>control plane (HA)</source>
            <translation>plan de contrôle (HA)</translation>
        </message>
        <message>
            <location filename="../src/app/costs/costmodel.cpp" line="159" />
            <source>autoscaling: %1 – %2</source>
            <translation>autoscaling : %1 – %2</translation>
        </message>
        <message>
            <location filename="../src/app/costs/costmodel.cpp" line="165" />
            <source>Estimates: node count × monthly price (DigitalOcean bills per second up to 672 hours a month); HA control plane %1/month assumed.</source>
            <translation>Estimations : nombre de nœuds × prix mensuel (DigitalOcean facture à la seconde, jusqu'à 672 heures par mois) ; plan de contrôle HA supposé à %1/mois.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/costs/costmodel.cpp" line="179" />
            <source>%n pool(s) selected: %1 a month</source>
            <translation>
                <numerusform>%n pool sélectionné : %1 par mois</numerusform>
                <numerusform>%n pools sélectionnés : %1 par mois</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/app/costs/costmodel.cpp" line="313" />
            <source>%1 (%2 node-hours measured)</source>
            <translation>%1 (%2 heures-nœud mesurées)</translation>
        </message>
    </context>
    <context>
        <name>app::DoctlImportController</name>
        <message>
            <location filename="../src/app/signin/doctlimportcontroller.cpp" line="63" />
            <source>Choose at least one doctl context to import.</source>
            <translation>Choisissez au moins un contexte doctl à importer.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/doctlimportcontroller.cpp" line="68" />
            <source>No keychain can keep the tokens here: choose to store them in a file, or start a keychain service and try again.</source>
            <translation>Aucun trousseau ne peut garder les jetons ici : choisissez de les stocker dans un fichier, ou démarrez un service de trousseau et réessayez.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/doctlimportcontroller.cpp" line="83" />
            <source>Nothing was imported. %1</source>
            <translation>Rien n'a été importé. %1</translation>
        </message>
        <message>
            <location filename="../src/app/signin/doctlimportcontroller.cpp" line="98" />
            <source>Importing “%1” from doctl…</source>
            <translation>Import de « %1 » depuis doctl…</translation>
        </message>
        <message>
            <location filename="../src/app/signin/doctlimportcontroller.cpp" line="103" />
            <source>“%1” was not imported: %2</source>
            <translation>« %1 » n'a pas été importé : %2</translation>
        </message>
        <message>
            <location filename="../src/app/signin/doctlimportcontroller.cpp" line="116" />
            <source>“%1” was not imported: its token could not be stored: %2</source>
            <translation>« %1 » n'a pas été importé : son jeton n'a pas pu être stocké : %2</translation>
        </message>
    </context>
    <context>
        <name>app::DriftController</name>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="90" />
            <source>No manifests in these files.</source>
            <translation>Aucun manifeste dans ces fichiers.</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="93" />
            <source>1 pool in sync</source>
            <translation>1 pool synchronisé</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="94" />
            <source>%1 pools in sync</source>
            <translation>%1 pools synchronisés</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="96" />
            <source>1 differs</source>
            <translation>1 diffère</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="96" />
            <source>%1 differ</source>
            <translation>%1 diffèrent</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="98" />
            <source>%1 not live</source>
            <translation>%1 pas en ligne</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="100" />
            <source>%1 with an unknown cluster</source>
            <translation>%1 avec un cluster inconnu</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="102" />
            <source>%1 invalid</source>
            <translation>%1 invalide(s)</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="105" />
            <source>1 live pool without a manifest</source>
            <translation>1 pool en ligne sans manifeste</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="106" />
            <source>%1 live pools without a manifest</source>
            <translation>%1 pools en ligne sans manifeste</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="116" />
            <source>Choose a folder of manifests first.</source>
            <translation>Choisissez d'abord un dossier de manifestes.</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="120" />
            <location filename="../src/app/drift/driftcontroller.cpp" line="143" />
            <source>The folder %1 does not exist.</source>
            <translation>Le dossier %1 n'existe pas.</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="145" />
            <source>No .yaml or .yml files in %1.</source>
            <translation>Aucun fichier .yaml ou .yml dans %1.</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="156" />
            <source>cannot be read: %1</source>
            <translation>illisible : %1</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="211" />
            <source>Apply %1 to pool %2 in %3</source>
            <translation>Appliquer %1 au pool %2 dans %3</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="221" />
            <source>Apply 1 manifest</source>
            <translation>Appliquer 1 manifeste</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="222" />
            <source>Apply %1 manifests</source>
            <translation>Appliquer %1 manifestes</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="241" />
            <source>Pool %1 is no longer live; check again.</source>
            <translation>Le pool %1 n'est plus en ligne ; vérifiez à nouveau.</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="248" />
            <source>%1 cannot be read: %2</source>
            <translation>%1 est illisible : %2</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="260" />
            <location filename="../src/app/drift/driftcontroller.cpp" line="268" />
            <source>%1 was not rewritten: %2</source>
            <translation>%1 n'a pas été réécrit : %2</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftcontroller.cpp" line="272" />
            <source>Rewrote %1 from the live pool %2. Comments inside that manifest were not kept.</source>
            <translation>%1 réécrit depuis le pool en ligne %2. Les commentaires de ce manifeste n'ont pas été conservés.</translation>
        </message>
    </context>
    <context>
        <name>app::DriftListModel</name>
        <message>
            <location filename="../src/app/drift/driftlistmodel.cpp" line="84" />
            <source>replaced by %1</source>
            <translation>remplacé par %1</translation>
        </message>
        <message>
            <location filename="../src/app/drift/driftlistmodel.cpp" line="85" />
            <source>differs (replace)</source>
            <translation>diffère (remplacement)</translation>
        </message>
    </context>
    <context>
        <name>app::InterruptedApply</name>
        <message>
            <location filename="../src/app/plan/interruptedapply.cpp" line="24" />
            <source>%1 (%2 × %3): %4 of %5 nodes running</source>
            <translation>%1 (%2 × %3) : %4 nœuds sur %5 en marche</translation>
        </message>
        <message>
            <location filename="../src/app/plan/interruptedapply.cpp" line="28" />
            <source>%1: not live</source>
            <translation>%1 : pas en ligne</translation>
        </message>
        <message>
            <location filename="../src/app/plan/interruptedapply.cpp" line="30" />
            <source>%1: its cluster is not in this account</source>
            <translation>%1 : son cluster n'est pas dans ce compte</translation>
        </message>
        <message>
            <location filename="../src/app/plan/interruptedapply.cpp" line="80" />
            <source>The journal of an earlier apply cannot be read (%1). Look at the cluster, then forget the journal.</source>
            <translation>Le journal d'une application précédente est illisible (%1). Examinez le cluster, puis oubliez le journal.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/interruptedapply.cpp" line="97" />
            <source>Roll back deletes %1.</source>
            <translation>Revenir en arrière supprime %1.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/interruptedapply.cpp" line="101" />
            <source>It cannot be rolled back: %1.</source>
            <translation>Impossible de revenir en arrière : %1.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/interruptedapply.cpp" line="117" />
            <source>Live now: not read yet.</source>
            <translation>En ligne maintenant : pas encore lu.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/interruptedapply.cpp" line="130" />
            <source>Live now: %1.</source>
            <translation>En ligne maintenant : %1.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/interruptedapply.cpp" line="143" />
            <source>Resume the interrupted apply</source>
            <translation>Reprendre l'application interrompue</translation>
        </message>
        <message>
            <location filename="../src/app/plan/interruptedapply.cpp" line="155" />
            <source>Roll back the interrupted apply</source>
            <translation>Revenir sur l'application interrompue</translation>
        </message>
        <message>
            <location filename="../src/app/plan/interruptedapply.cpp" line="170" />
            <source>The apply journal cannot be removed: %1</source>
            <translation>Le journal d'application ne peut pas être supprimé : %1</translation>
        </message>
    </context>
    <context>
        <name>app::ManifestExportController</name>
        <message>
            <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="182" />
            <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="193" />
            <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="242" />
            <source>Choose at least one pool to export.</source>
            <translation>Choisissez au moins un pool à exporter.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="186" />
            <source>Copied %n pool(s) to the clipboard.</source>
            <translation>
                <numerusform>%n pool copié dans le presse-papiers.</numerusform>
                <numerusform>%n pools copiés dans le presse-papiers.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="200" />
            <source>Choose a file name to save to.</source>
            <translation>Choisissez un nom de fichier pour l'enregistrement.</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="205" />
            <source>Could not save %1: %2</source>
            <translation>Impossible d'enregistrer %1 : %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="208" />
            <source>Saved %n pool(s) to %1.</source>
            <translation>
                <numerusform>%n pool enregistré dans %1.</numerusform>
                <numerusform>%n pools enregistrés dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="246" />
            <source>Choose a folder to save into.</source>
            <translation>Choisissez un dossier où enregistrer.</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="251" />
            <source>Could not create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="260" />
            <source>Saved %1 of %2 files; %3 failed: %4</source>
            <translation>%1 fichiers sur %2 enregistrés ; %3 en échec : %4</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/manifests/manifestexportcontroller.cpp" line="268" />
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
            <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="124" />
            <source>Open manifest files or a folder, or paste YAML.</source>
            <translation>Ouvrez des fichiers de manifestes ou un dossier, ou collez du YAML.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="126" />
            <source>%n pool(s) ready</source>
            <translation>
                <numerusform>%n pool prêt</numerusform>
                <numerusform>%n pools prêts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="128" />
            <source>%n error(s) to fix before planning</source>
            <translation>
                <numerusform>%n erreur à corriger avant de planifier</numerusform>
                <numerusform>%n erreurs à corriger avant de planifier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="131" />
            <source>%1; %n finding(s) worth a look</source>
            <translation>
                <numerusform>%1 ; %n remarque à examiner</numerusform>
                <numerusform>%1 ; %n remarques à examiner</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="132" />
            <source>%1; no problems found</source>
            <translation>%1 ; aucun problème trouvé</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="161" />
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="177" />
            <source>The folder %1 does not exist.</source>
            <translation>Le dossier %1 n'existe pas.</translation>
        </message>
        <message>
            <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="188" />
            <source>No .yaml or .yml files in %1.</source>
            <translation>Aucun fichier .yaml ou .yml dans %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/manifests/manifestimportcontroller.cpp" line="228" />
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
            <location filename="../src/app/browse/nodelistmodel.cpp" line="14" />
            <source>%1d %2h</source>
            <translation>%1 j %2 h</translation>
        </message>
        <message>
            <location filename="../src/app/browse/nodelistmodel.cpp" line="16" />
            <source>%1h %2m</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <location filename="../src/app/browse/nodelistmodel.cpp" line="18" />
            <source>%1m</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="../src/app/browse/nodelistmodel.cpp" line="19" />
            <source>%1s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <location filename="../src/app/browse/nodelistmodel.cpp" line="30" />
            <source>(being created)</source>
            <translation>(en création)</translation>
        </message>
    </context>
    <context>
        <name>app::PlanController</name>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="80" />
            <source>%1 was replaced by %2 in a blue/green size change: applying this manifest creates %1 again beside it. Rewrite the manifest from the live pool instead (Drift tab, or poolctl apply --rewrite).</source>
            <translation>%1 a été remplacé par %2 lors d'un changement de taille blue/green : appliquer ce manifeste recrée %1 à côté. Réécrivez plutôt le manifeste depuis le pool en ligne (onglet Dérive, ou poolctl apply --rewrite).</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="128" />
            <source>Create pool %1 in %2</source>
            <translation>Créer le pool %1 dans %2</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="129" />
            <source>Change pool %1 in %2</source>
            <translation>Modifier le pool %1 dans %2</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="150" />
            <source>Delete pool %1 from %2</source>
            <translation>Supprimer le pool %1 de %2</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="157" />
            <source>Nothing to change: the pool already looks like this.</source>
            <translation>Rien à changer : le pool est déjà ainsi.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="159" />
            <source>Nothing to change: the pools already look like this.</source>
            <translation>Rien à changer : les pools sont déjà ainsi.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="169" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="184" />
            <source>Cluster estimate: %1 → %2 a month</source>
            <translation>Estimation du cluster : %1 → %2 par mois</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="185" />
            <source>Estimate for these clusters: %1 → %2 a month</source>
            <translation>Estimation pour ces clusters : %1 → %2 par mois</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="240" />
            <source>An earlier apply was interrupted. Resume, roll back or forget it (the banner above the pools) before applying another.</source>
            <translation>Une application précédente a été interrompue. Reprenez-la, revenez en arrière ou oubliez-la (le bandeau au-dessus des pools) avant d'en appliquer une autre.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="265" />
            <source>a new node</source>
            <translation>un nouveau nœud</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="267" />
            <source>  %1 appeared (%2)</source>
            <translation>  %1 est apparu (%2)</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="269" />
            <source>  %1 is gone</source>
            <translation>  %1 a disparu</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="271" />
            <source>  %1: %2 → %3</source>
            <translation>  %1 : %2 → %3</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="308" />
            <source>Done. Every change has settled.</source>
            <translation>Terminé. Chaque changement est stabilisé.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="310" />
            <source>Stopped sending. Changes already sent go on in DigitalOcean; Resume sends the rest.</source>
            <translation>Envoi arrêté. Les changements déjà envoyés se poursuivent chez DigitalOcean ; Reprendre envoie le reste.</translation>
        </message>
        <message>
            <location filename="../src/app/plan/plancontroller.cpp" line="313" />
            <source>Failed: %1</source>
            <translation>Échec : %1</translation>
        </message>
    </context>
    <context>
        <name>app::PlanStepModel</name>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="19" />
            <source>%1 (autoscaled %2–%3)</source>
            <translation>%1 (autoscaling %2–%3)</translation>
        </message>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="61" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="63" />
            <source>Update</source>
            <translation>Mettre à jour</translation>
        </message>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="66" />
            <source>Replace in place</source>
            <translation>Remplacer sur place</translation>
        </message>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="67" />
            <source>Replace (blue/green)</source>
            <translation>Remplacer (blue/green)</translation>
        </message>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="69" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="93" />
            <source>not sent</source>
            <translation>non envoyé</translation>
        </message>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="95" />
            <source>sent, settling</source>
            <translation>envoyé, en cours de stabilisation</translation>
        </message>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="97" />
            <source>applied</source>
            <translation>appliqué</translation>
        </message>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="101" />
            <source>failed: %1</source>
            <translation>échec : %1</translation>
        </message>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="102" />
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="129" />
            <source>new pool: %1 × %2</source>
            <translation>nouveau pool : %1 × %2</translation>
        </message>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="133" />
            <source>%1 × %2 go</source>
            <translation>%1 × %2 disparaissent</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/plan/planstepmodel.cpp" line="139" />
            <source>%n field(s) change</source>
            <translation>
                <numerusform>%n champ change</numerusform>
                <numerusform>%n champs changent</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/app/plan/planstepmodel.cpp" line="142" />
            <source>planned</source>
            <translation>planifié</translation>
        </message>
    </context>
    <context>
        <name>app::PoolEditor</name>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="216" />
            <source>%1 vCPU · %2 GiB</source>
            <translation>%1 vCPU · %2 Gio</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="218" />
            <source> · %1× GPU %2 GiB</source>
            <translation> · %1× GPU %2 Gio</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="224" />
            <source>%1/mo</source>
            <translation>%1/mois</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="226" />
            <source>$%1/h</source>
            <translation>%1 $/h</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="419" />
            <source>Keeping the name replaces the pool in place, which needs another pool in the cluster to carry the workload while %1 is gone.</source>
            <translation>Garder le nom remplace le pool sur place, ce qui demande un autre pool dans le cluster pour porter la charge pendant l'absence de %1.</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="422" />
            <source>Replace it under a new name instead.</source>
            <translation>Remplacez-le plutôt sous un nouveau nom.</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="429" />
            <source>The new pool's name: %1.</source>
            <translation>Le nom du nouveau pool : %1.</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="430" />
            <source>Choose another name for the pool that replaces %1.</source>
            <translation>Choisissez un autre nom pour le pool qui remplace %1.</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="456" />
            <source>The label key "%1" is used twice.</source>
            <translation>La clé de label "%1" est utilisée deux fois.</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="457" />
            <source>Remove one of the rows.</source>
            <translation>Retirez l'une des lignes.</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="472" />
            <source>%1 (fix: %2)</source>
            <translation>%1 (correctif : %2)</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/app/editor/pooleditor.cpp" line="481" />
            <source>%n problem(s) to fix before review. %1: %2</source>
            <translation>
                <numerusform>%n problème à corriger avant l'examen. %1 : %2</numerusform>
                <numerusform>%n problèmes à corriger avant l'examen. %1 : %2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="542" />
            <source>Cost unknown for this size</source>
            <translation>Coût inconnu pour cette taille</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="550" />
            <source>≈ %1 a month (estimate)</source>
            <translation>≈ %1 par mois (estimation)</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="552" />
            <source>≈ %1 a month now (estimate)</source>
            <translation>≈ %1 par mois actuellement (estimation)</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="553" />
            <source>≈ %1 → %2 a month (estimate)</source>
            <translation>≈ %1 → %2 par mois (estimation)</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="560" />
            <source>autoscaling band %1 – %2 a month</source>
            <translation>plage d'autoscaling %1 – %2 par mois</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="576" />
            <source>%1 nodes would pass the account's droplet limit of %2 (other pools use %3). DigitalOcean refuses droplets past it; ask support to raise the limit or lower the number.</source>
            <translation>%1 nœuds dépasseraient la limite de droplets du compte, %2 (les autres pools en utilisent %3). DigitalOcean refuse les droplets au-delà ; demandez au support de relever la limite ou baissez le nombre.</translation>
        </message>
        <message>
            <location filename="../src/app/editor/pooleditor.cpp" line="584" />
            <source>Setting a count on an autoscaled pool overrides what the autoscaler chose (%1 now). Leave the count alone unless you mean it.</source>
            <translation>Fixer un nombre sur un pool en autoscaling remplace le choix de l'autoscaler (%1 actuellement). Ne touchez pas au nombre sauf si c'est voulu.</translation>
        </message>
    </context>
    <context>
        <name>app::PoolListModel</name>
        <message>
            <location filename="../src/app/browse/poollistmodel.cpp" line="20" />
            <source>%1 vCPU · %2 GiB</source>
            <translation>%1 vCPU · %2 Gio</translation>
        </message>
        <message>
            <location filename="../src/app/browse/poollistmodel.cpp" line="22" />
            <source> · %1 GPU</source>
            <translation> · %1 GPU</translation>
        </message>
        <message>
            <location filename="../src/app/browse/poollistmodel.cpp" line="33" />
            <source>≈ %1/mo</source>
            <translation>≈ %1/mois</translation>
        </message>
        <message>
            <location filename="../src/app/browse/poollistmodel.cpp" line="34" />
            <source>≈ %1/mo (%2–%3)</source>
            <translation>≈ %1/mois (%2–%3)</translation>
        </message>
    </context>
    <context>
        <name>app::SignInController</name>
        <message>
            <location filename="../src/app/signin/signincontroller.cpp" line="93" />
            <source>HTTP 401 %1: %2</source>
            <translation>HTTP 401 %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/app/signin/signincontroller.cpp" line="95" />
            <source>, request id %1</source>
            <translation>, identifiant de requête %1</translation>
        </message>
        <message>
            <location filename="../src/app/signin/signincontroller.cpp" line="96" />
            <source>This token is not valid (%1). Check that it was pasted whole, or create a new one at cloud.digitalocean.com/account/api/tokens.</source>
            <translation>Ce jeton n'est pas valide (%1). Vérifiez qu'il a été collé en entier, ou créez-en un nouveau sur cloud.digitalocean.com/account/api/tokens.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/signincontroller.cpp" line="109" />
            <source>Paste a personal access token first.</source>
            <translation>Collez d'abord un jeton d'accès personnel.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/signincontroller.cpp" line="114" />
            <source>No keychain can keep the token here: choose to store it in a file, or start a keychain service and try again.</source>
            <translation>Aucun trousseau ne peut garder le jeton ici : choisissez de le stocker dans un fichier, ou démarrez un service de trousseau et réessayez.</translation>
        </message>
        <message>
            <location filename="../src/app/signin/signincontroller.cpp" line="119" />
            <source>Checking the token with DigitalOcean…</source>
            <translation>Vérification du jeton auprès de DigitalOcean…</translation>
        </message>
    </context>
    <context>
        <name>app::Workspace</name>
        <message>
            <location filename="../src/app/shell/workspace.cpp" line="190" />
            <source>The node was not deleted: %1</source>
            <translation>Le nœud n'a pas été supprimé : %1</translation>
        </message>
        <message>
            <location filename="../src/app/shell/workspace.cpp" line="201" />
            <source>DigitalOcean refused a change with HTTP 403</source>
            <translation>DigitalOcean a refusé un changement avec HTTP 403</translation>
        </message>
        <message>
            <location filename="../src/app/shell/workspace.cpp" line="203" />
            <source> (“%1”)</source>
            <translation> (« %1 »)</translation>
        </message>
        <message>
            <location filename="../src/app/shell/workspace.cpp" line="204" />
            <source>This token can read but not change anything: %1. To make changes, create a token with write scope at cloud.digitalocean.com/account/api/tokens and sign in again with it.</source>
            <translation>Ce jeton peut lire mais rien modifier : %1. Pour faire des changements, créez un jeton avec le droit d'écriture sur cloud.digitalocean.com/account/api/tokens et reconnectez-vous avec.</translation>
        </message>
        <message>
            <location filename="../src/app/shell/workspace.cpp" line="241" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../src/app/shell/workspace.cpp" line="253" />
            <source>Prices and sizes could not be loaded: %1</source>
            <translation>Les prix et les tailles n'ont pas pu être chargés : %1</translation>
        </message>
    </context>
    <context>
        <name>apply</name>
        <message>
            <location filename="../src/cli/applycommands.cpp" line="46" />
            <source>cannot read %1: %2</source>
            <translation>impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/cli/applycommands.cpp" line="73" />
            <source>No changes: the pools match the manifests.
</source>
            <translation>Aucun changement : les pools correspondent aux manifestes.
</translation>
        </message>
        <message>
            <location filename="../src/cli/applycommands.cpp" line="139" />
            <source>apply needs manifest files (or --resume, --rollback or --forget)</source>
            <translation>apply demande des fichiers de manifestes (ou --resume, --rollback ou --forget)</translation>
        </message>
        <message>
            <location filename="../src/cli/applycommands.cpp" line="159" />
            <source>the plan is refused; nothing was changed</source>
            <translation>le plan est refusé ; rien n'a été modifié</translation>
        </message>
        <message>
            <location filename="../src/cli/applycommands.cpp" line="168" />
            <source>The plan is destructive:
  %1
Apply it?</source>
            <translation>Le plan est destructif :
  %1
L'appliquer ?</translation>
        </message>
    </context>
    <context>
        <name>applyjournal</name>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="140" />
            <source>a step of an unknown kind</source>
            <translation>une étape d'un type inconnu</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="182" />
            <source>a request of an unknown kind or state</source>
            <translation>une requête d'un type ou d'un état inconnu</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="201" />
            <source>%1 not created</source>
            <translation>%1 non créé</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="203" />
            <source>the create of %1 was sent, its answer not seen</source>
            <translation>la création de %1 a été envoyée, sa réponse n'a pas été vue</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="205" />
            <source>%1 created, its nodes not all running yet</source>
            <translation>%1 créé, ses nœuds ne sont pas encore tous en marche</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="206" />
            <source>%1 created, its nodes still coming up</source>
            <translation>%1 créé, ses nœuds démarrent encore</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="208" />
            <source>%1 runs</source>
            <translation>%1 tourne</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="210" />
            <source>creating %1 failed%2</source>
            <translation>la création de %1 a échoué%2</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="211" />
            <source>%1 was created but its nodes did not all run%2</source>
            <translation>%1 a été créé mais ses nœuds n'ont pas tous démarré%2</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="218" />
            <source>%1 not updated</source>
            <translation>%1 non mis à jour</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="220" />
            <source>the update of %1 was sent, its answer not seen</source>
            <translation>la mise à jour de %1 a été envoyée, sa réponse n'a pas été vue</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="222" />
            <source>%1 updated, still settling</source>
            <translation>%1 mis à jour, en cours de stabilisation</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="224" />
            <source>%1 updated</source>
            <translation>%1 mis à jour</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="226" />
            <source>updating %1 failed%2</source>
            <translation>la mise à jour de %1 a échoué%2</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="232" />
            <source>%1 not deleted</source>
            <translation>%1 non supprimé</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="234" />
            <source>the delete of %1 was sent, its answer not seen</source>
            <translation>la suppression de %1 a été envoyée, sa réponse n'a pas été vue</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="236" />
            <source>%1 is being drained and deleted</source>
            <translation>%1 est en cours de drainage et de suppression</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="238" />
            <source>%1 is deleted</source>
            <translation>%1 est supprimé</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="240" />
            <source>deleting %1 failed%2</source>
            <translation>la suppression de %1 a échoué%2</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="258" />
            <source>nothing was deleted: %1 runs as before</source>
            <translation>rien n'a été supprimé : %1 tourne comme avant</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="260" />
            <source>%1 was not deleted; both pools are billed: resume once the new nodes run, or roll back to delete %2</source>
            <translation>%1 n'a pas été supprimé ; les deux pools sont facturés : reprenez une fois les nouveaux nœuds en marche, ou revenez en arrière pour supprimer %2</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="264" />
            <source>both pools remain and are billed: resume to delete %1, or delete it yourself</source>
            <translation>les deux pools restent et sont facturés : reprenez pour supprimer %1, ou supprimez-le vous-même</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="268" />
            <source>both pools remain and are billed: resume to delete %1</source>
            <translation>les deux pools restent et sont facturés : reprenez pour supprimer %1</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="272" />
            <source>nothing changed: %1 runs as before</source>
            <translation>rien n'a changé : %1 tourne comme avant</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="274" />
            <source>the cluster has no pool %1 now: resume to create it</source>
            <translation>le cluster n'a plus de pool %1 : reprenez pour le créer</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="284" />
            <source>replace %1 in place</source>
            <translation>remplacer %1 sur place</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="285" />
            <source>replace %1 with %2</source>
            <translation>remplacer %1 par %2</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="369" />
            <source>the apply already deleted (or began to delete) pool %1 and nothing brings it back; resume the apply instead</source>
            <translation>l'application a déjà supprimé (ou commencé à supprimer) le pool %1 et rien ne le ramène ; reprenez plutôt l'application</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="375" />
            <source>the update of %1 stays as it was sent</source>
            <translation>la mise à jour de %1 reste telle qu'elle a été envoyée</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="385" />
            <source>deletes pool %1, which the interrupted apply created</source>
            <translation>supprime le pool %1, créé par l'application interrompue</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="393" />
            <source>the apply created no pool; there is nothing to roll back</source>
            <translation>l'application n'a créé aucun pool ; il n'y a rien à annuler</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="422" />
            <source>not an apply journal of this version</source>
            <translation>pas un journal d'application de cette version</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="448" />
            <source>a step without its cluster or requests</source>
            <translation>une étape sans son cluster ni ses requêtes</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="470" />
            <source>✓ %1: applied</source>
            <translation>✓ %1 : appliqué</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="472" />
            <source>· %1: not sent</source>
            <translation>· %1 : non envoyé</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="474" />
            <source>✗ %1: failed: %2%3</source>
            <translation>✗ %1 : échec : %2%3</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="476" />
            <source>✓ %1: sent, still settling (%2)</source>
            <translation>✓ %1 : envoyé, en cours de stabilisation (%2)</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="477" />
            <source>… %1: sent, still settling: %2%3</source>
            <translation>… %1 : envoyé, en cours de stabilisation : %2%3</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="500" />
            <source>A rollback</source>
            <translation>Un retour en arrière</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="500" />
            <source>An apply</source>
            <translation>Une application</translation>
        </message>
        <message>
            <location filename="../src/core/applyjournal.cpp" line="501" />
            <source>%1 was interrupted at step %2 of %3 (%4): %5</source>
            <translation>%1 a été interrompu(e) à l'étape %2 sur %3 (%4) : %5</translation>
        </message>
    </context>
    <context>
        <name>cli::ContextCommand</name>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="51" />
            <source>there are none yet</source>
            <translation>il n'y en a pas encore</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="52" />
            <source>there are: %1</source>
            <translation>il y a : %1</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="61" />
            <source>CURRENT</source>
            <translation>ACTUEL</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="61" />
            <source>NAME</source>
            <translation>NOM</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="61" />
            <source>EMAIL</source>
            <translation>E-MAIL</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="61" />
            <source>TEAM</source>
            <translation>ÉQUIPE</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="62" />
            <source>TOKEN IN</source>
            <translation>JETON DANS</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="62" />
            <source>API URL</source>
            <translation>URL DE L'API</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="73" />
            <source>default</source>
            <translation>par défaut</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="85" />
            <source>no context named “%1”; %2</source>
            <translation>aucun contexte nommé « %1 » ; %2</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="93" />
            <source>current context: %1
</source>
            <translation>contexte actuel : %1
</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="116" />
            <source>cannot store the token of context “%1”: %2</source>
            <translation>impossible de stocker le jeton du contexte « %1 » : %2</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="146" />
            <source>imported %1 from doctl, tokens in the %2: %3
</source>
            <translation>%1 importé(s) depuis doctl, jetons dans %2 : %3
</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="147" />
            <source>1 context</source>
            <translation>1 contexte</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="148" />
            <source>%1 contexts</source>
            <translation>%1 contextes</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="166" />
            <source>nothing imported</source>
            <translation>rien importé</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="182" />
            <source>%1 Run again with --store-in-file to keep the tokens in %2 instead: readable only by you (mode 0600), but not encrypted.</source>
            <translation>%1 Relancez avec --store-in-file pour garder plutôt les jetons dans %2 : lisible par vous seul (mode 0600), mais non chiffré.</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="204" />
            <source>usage: poolctl context list | use NAME | import-doctl [FILE]</source>
            <translation>usage : poolctl context list | use NOM | import-doctl [FICHIER]</translation>
        </message>
        <message>
            <location filename="../src/cli/contextcommand.cpp" line="210" />
            <source>
Contexts (accounts Pool Studio signed in to; no network):
  context list
      The contexts, the current one starred (-o json|yaml too).
  context use NAME
      Make NAME the current context.
  context import-doctl [FILE]
      Import doctl's contexts (FILE: %1 if not given);
      tokens go to the keychain (--store-in-file: a mode-0600 file).
</source>
            <translation>
Contextes (comptes auxquels Pool Studio s'est connecté ; sans réseau) :
  context list
      Les contextes, l'actuel marqué d'une étoile (-o json|yaml aussi).
  context use NOM
      Fait de NOM le contexte actuel.
  context import-doctl [FICHIER]
      Importe les contextes de doctl (FICHIER : %1 s'il n'est pas donné) ;
      les jetons vont dans le trousseau (--store-in-file : un fichier en mode 0600).
</translation>
        </message>
    </context>
    <context>
        <name>cli::TokenResolution</name>
        <message>
            <location filename="../src/cli/tokenresolution.cpp" line="33" />
            <source>no access token; set DIGITALOCEAN_ACCESS_TOKEN, pass --token-file, or sign in with Pool Studio and choose a context (--context NAME)</source>
            <translation>pas de jeton d'accès ; définissez DIGITALOCEAN_ACCESS_TOKEN, passez --token-file, ou connectez-vous avec Pool Studio et choisissez un contexte (--context NOM)</translation>
        </message>
        <message>
            <location filename="../src/cli/tokenresolution.cpp" line="50" />
            <source>cannot read the token of context “%1”: %2</source>
            <translation>impossible de lire le jeton du contexte « %1 » : %2</translation>
        </message>
        <message>
            <location filename="../src/cli/tokenresolution.cpp" line="53" />
            <source>context “%1” has no token in the %2; sign in to it again in Pool Studio</source>
            <translation>le contexte « %1 » n'a pas de jeton dans %2 ; reconnectez-vous-y dans Pool Studio</translation>
        </message>
        <message>
            <location filename="../src/cli/tokenresolution.cpp" line="55" />
            <source>token file</source>
            <translation>fichier de jetons</translation>
        </message>
        <message>
            <location filename="../src/cli/tokenresolution.cpp" line="55" />
            <source>keychain</source>
            <translation>trousseau</translation>
        </message>
        <message>
            <location filename="../src/cli/tokenresolution.cpp" line="77" />
            <source>cannot read the token file %1: %2</source>
            <translation>impossible de lire le fichier de jetons %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/cli/tokenresolution.cpp" line="88" />
            <source>using the token from %1, not the one of context “%2”</source>
            <translation>utilisation du jeton de %1, pas de celui du contexte « %2 »</translation>
        </message>
        <message>
            <location filename="../src/cli/tokenresolution.cpp" line="109" />
            <source>no context named “%1”; there are none yet (sign in with Pool Studio)</source>
            <translation>aucun contexte nommé « %1 » ; il n'y en a pas encore (connectez-vous avec Pool Studio)</translation>
        </message>
        <message>
            <location filename="../src/cli/tokenresolution.cpp" line="112" />
            <source>no context named “%1”; there are: %2</source>
            <translation>aucun contexte nommé « %1 » ; il y a : %2</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../src/cli/commands.cpp" line="22" />
            <source>list clusters with their pools and nodes</source>
            <translation>lister les clusters avec leurs pools et nœuds</translation>
        </message>
        <message>
            <location filename="../src/cli/commands.cpp" line="26" />
            <source>list a cluster's node pools</source>
            <translation>lister les pools de nœuds d'un cluster</translation>
        </message>
        <message>
            <location filename="../src/cli/commands.cpp" line="28" />
            <source>list a pool's nodes</source>
            <translation>lister les nœuds d'un pool</translation>
        </message>
        <message>
            <location filename="../src/cli/commands.cpp" line="30" />
            <source>show one pool in full</source>
            <translation>afficher un pool en entier</translation>
        </message>
        <message>
            <location filename="../src/cli/commands.cpp" line="34" />
            <source>write pools as manifest YAML (default), Terraform digitalocean_kubernetes_node_pool resources or doctl node-pool create commands: one pool, a cluster's, or all</source>
            <translation>écrire les pools en YAML de manifeste (par défaut), en ressources Terraform digitalocean_kubernetes_node_pool ou en commandes doctl node-pool create : un pool, ceux d'un cluster, ou tous</translation>
        </message>
        <message>
            <location filename="../src/cli/commands.cpp" line="39" />
            <source>show what applying the manifests would change</source>
            <translation>montrer ce que changerait l'application des manifestes</translation>
        </message>
        <message>
            <location filename="../src/cli/commands.cpp" line="43" />
            <source>make the pools match the manifests. A size change creates the new pool (NAME-SIZE) and deletes the old one once the new nodes run (--replace=in-place: delete first, keep the name; needs another pool). --rewrite names the new pool in the files. Each apply is journaled: an interrupted one must be finished (--resume), undone (--rollback: delete what it created) or dropped (--forget) before the next</source>
            <translation>aligner les pools sur les manifestes. Un changement de taille crée le nouveau pool (NOM-TAILLE) et supprime l'ancien une fois les nouveaux nœuds en marche (--replace=in-place : supprimer d'abord, garder le nom ; demande un autre pool). --rewrite inscrit le nouveau pool dans les fichiers. Chaque application est journalisée : une application interrompue doit être terminée (--resume), annulée (--rollback : supprime ce qu'elle a créé) ou abandonnée (--forget) avant la suivante</translation>
        </message>
        <message>
            <location filename="../src/cli/commands.cpp" line="51" />
            <source>delete a pool and its nodes (--yes)</source>
            <translation>supprimer un pool et ses nœuds (--yes)</translation>
        </message>
        <message>
            <location filename="../src/cli/commands.cpp" line="53" />
            <source>delete one node (--skip-drain, --replace, --yes)</source>
            <translation>supprimer un nœud (--skip-drain, --replace, --yes)</translation>
        </message>
        <message>
            <location filename="../src/cli/commands.cpp" line="56" />
            <source>list droplet sizes and prices (cached for a day)</source>
            <translation>lister les tailles et prix des droplets (en cache pour une journée)</translation>
        </message>
        <message>
            <location filename="../src/cli/commands.cpp" line="62" />
            <source>monthly cost estimate grouped by pool, cluster, size or a tag key</source>
            <translation>estimation du coût mensuel groupée par pool, cluster, taille ou clé de tag</translation>
        </message>
        <message>
            <location filename="../src/cli/commands.cpp" line="71" />
            <source>check manifests offline: file:line:column: field: problem</source>
            <translation>vérifier les manifestes hors ligne : fichier:ligne:colonne: champ: problème</translation>
        </message>
        <message>
            <location filename="../src/cli/commands.cpp" line="73" />
            <source>best-practice findings with rule id, severity and fix (--droplet-limit N)</source>
            <translation>remarques de bonnes pratiques avec identifiant de règle, gravité et correctif (--droplet-limit N)</translation>
        </message>
        <message>
            <location filename="../src/cli/commands.cpp" line="76" />
            <source>print the manifest in canonical form, or rewrite it with --write (comments are not kept)</source>
            <translation>afficher le manifeste sous forme canonique, ou le réécrire avec --write (les commentaires ne sont pas conservés)</translation>
        </message>
    </context>
    <context>
        <name>confirm</name>
        <message>
            <location filename="../src/cli/confirm.cpp" line="42" />
            <source>declined; nothing was changed</source>
            <translation>refusé ; rien n'a été modifié</translation>
        </message>
        <message>
            <location filename="../src/cli/confirm.cpp" line="46" />
            <source>refused: this needs a confirmation and stdin is not a terminal; nothing was changed. Pass --yes to confirm.</source>
            <translation>refusé : une confirmation est nécessaire et stdin n'est pas un terminal ; rien n'a été modifié. Passez --yes pour confirmer.</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="76" />
            <source>picks one of the pools that could take the pods at random</source>
            <translation>choisit au hasard un des pools qui pourraient accueillir les pods</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="78" />
            <source>picks the pool with the highest priority in the cluster-autoscaler-priority-expander ConfigMap</source>
            <translation>choisit le pool de plus haute priorité dans la ConfigMap cluster-autoscaler-priority-expander</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="81" />
            <source>picks the pool that leaves the least CPU and memory idle</source>
            <translation>choisit le pool qui laisse le moins de CPU et de mémoire inutilisés</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="89" />
            <source>a duration is empty; write it as 30s, 5m or 1h30m</source>
            <translation>une durée est vide ; écrivez-la 30s, 5m ou 1h30m</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="92" />
            <source>"%1" has spaces around it; write it as 30s, 5m or 1h30m</source>
            <translation>"%1" est entouré d'espaces ; écrivez-le 30s, 5m ou 1h30m</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="96" />
            <source>"%1" is negative; a wait cannot be</source>
            <translation>"%1" est négatif ; une attente ne peut pas l'être</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="102" />
            <source>"%1" is not a duration; write it as 30s, 5m or 1h30m</source>
            <translation>"%1" n'est pas une durée ; écrivez-le 30s, 5m ou 1h30m</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="111" />
            <location filename="../src/core/autoscalerconfig.cpp" line="147" />
            <source>"%1" is too long a duration</source>
            <translation>"%1" est une durée trop longue</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="129" />
            <source>"%1" is not a duration: a number is missing at "%2"; write it as 30s, 5m or 1h30m</source>
            <translation>"%1" n'est pas une durée : un nombre manque à "%2" ; écrivez-le 30s, 5m ou 1h30m</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="137" />
            <source>"%1" has no unit after %2; write it as 30s, 5m or 1h30m (units: h, m, s, ms)</source>
            <translation>"%1" n'a pas d'unité après %2 ; écrivez-le 30s, 5m ou 1h30m (unités : h, m, s, ms)</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="142" />
            <source>"%1": "%2" is not a unit DigitalOcean reads; use h, m, s, ms, us or ns (30s, 5m, 1h30m)</source>
            <translation>"%1" : "%2" n'est pas une unité lue par DigitalOcean ; utilisez h, m, s, ms, us ou ns (30s, 5m, 1h30m)</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="182" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="188" />
            <source>1 hour</source>
            <translation>1 heure</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="188" />
            <source>%1 hours</source>
            <translation>%1 heures</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="190" />
            <source>1 minute</source>
            <translation>1 minute</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="190" />
            <source>%1 minutes</source>
            <translation>%1 minutes</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="192" />
            <source>1 second</source>
            <translation>1 seconde</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="192" />
            <source>%1 seconds</source>
            <translation>%1 secondes</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="203" />
            <source>scale down a node when less than %1 % of it is requested</source>
            <translation>réduire un nœud quand moins de %1 % en est demandé</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="214" />
            <source>%1 is not a share of a node: the threshold is between 0 and 1</source>
            <translation>%1 n'est pas une part de nœud : le seuil est entre 0 et 1</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="215" />
            <source>0.65 scales down nodes less than 65 % requested</source>
            <translation>0.65 réduit les nœuds demandés à moins de 65 %</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="220" />
            <source>a number with a unit: 30s, 5m, 1h30m</source>
            <translation>un nombre avec une unité : 30s, 5m, 1h30m</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="230" />
            <source>"%1" is not an expander DigitalOcean knows</source>
            <translation>"%1" n'est pas un expander connu de DigitalOcean</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="231" />
            <source>one of %1</source>
            <translation>l'un de %1</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerconfig.cpp" line="233" />
            <source>%1 is listed twice</source>
            <translation>%1 est listé deux fois</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerplan.cpp" line="33" />
            <source>[] (the default, random)</source>
            <translation>[] (par défaut, random)</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerplan.cpp" line="89" />
            <source>the autoscaler will %1</source>
            <translation>l'autoscaler va %1</translation>
        </message>
        <message>
            <location filename="../src/core/autoscalerplan.cpp" line="93" />
            <source>a node must be unneeded for %1 before it is removed</source>
            <translation>un nœud doit être inutile pendant %1 avant d'être retiré</translation>
        </message>
        <message>
            <location filename="../src/core/preflight.cpp" line="68" />
            <source>%1/%2 (new): up to %3</source>
            <translation>%1/%2 (nouveau) : jusqu'à %3</translation>
        </message>
        <message>
            <location filename="../src/core/preflight.cpp" line="73" />
            <location filename="../src/core/preflight.cpp" line="89" />
            <source>%1/%2: %3 → up to %4</source>
            <translation>%1/%2 : %3 → jusqu'à %4</translation>
        </message>
        <message>
            <location filename="../src/core/preflight.cpp" line="82" />
            <source>%1/%2 (replacing %3 while both run): up to %4</source>
            <translation>%1/%2 (remplace %3 tant que les deux tournent) : jusqu'à %4</translation>
        </message>
        <message>
            <location filename="../src/core/preflight.cpp" line="106" />
            <source>the plan needs room for up to %1 droplets at once (every pool's count, or its autoscaling maximum, across the account's clusters), but the account's droplet limit is %2 (the pools may hold %3 before the plan). The pools that would pass it: %4. Lower their counts or maxima, or ask DigitalOcean to raise the limit</source>
            <translation>le plan demande de la place pour jusqu'à %1 droplets à la fois (le nombre de chaque pool, ou son maximum d'autoscaling, sur tous les clusters du compte), mais la limite de droplets du compte est %2 (les pools peuvent en compter %3 avant le plan). Les pools qui la dépasseraient : %4. Baissez leurs nombres ou maxima, ou demandez à DigitalOcean de relever la limite</translation>
        </message>
    </context>
    <context>
        <name>core::BoundedFile</name>
        <message>
            <location filename="../src/core/boundedfile.cpp" line="19" />
            <source>it is %1, more than the %2 allowed; it was not read</source>
            <translation>il fait %1, plus que les %2 permis ; il n'a pas été lu</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/core/boundedfile.cpp" line="39" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/core/boundedfile.cpp" line="64" />
            <source>it is larger than the %1 allowed; reading stopped there</source>
            <translation>il dépasse les %1 permis ; la lecture s'est arrêtée là</translation>
        </message>
    </context>
    <context>
        <name>core::billing</name>
        <message>
            <location filename="../src/core/billedcost.cpp" line="207" />
            <source>cluster %1… (no longer listed)</source>
            <translation>cluster %1… (plus listé)</translation>
        </message>
        <message>
            <location filename="../src/core/billedcost.cpp" line="224" />
            <source>The cluster no longer exists: deleted mid-month, billed until %1.</source>
            <translation>Le cluster n'existe plus : supprimé en cours de mois, facturé jusqu'au %1.</translation>
        </message>
        <message>
            <location filename="../src/core/billedcost.cpp" line="227" />
            <source>No cluster of this name exists now (deleted or renamed); its billed rows are kept.</source>
            <translation>Aucun cluster de ce nom n'existe maintenant (supprimé ou renommé) ; ses lignes facturées sont conservées.</translation>
        </message>
        <message>
            <location filename="../src/core/billedcost.cpp" line="231" />
            <source>No recorded history for this period: nothing to estimate from.</source>
            <translation>Aucun historique enregistré pour cette période : rien sur quoi fonder une estimation.</translation>
        </message>
        <message>
            <location filename="../src/core/billedcost.cpp" line="235" />
            <source>Nothing billed under this name in this period.</source>
            <translation>Rien n'a été facturé sous ce nom sur cette période.</translation>
        </message>
        <message>
            <location filename="../src/core/billedcost.cpp" line="242" />
            <source>%1 nodes billed, %2 in the history: nodes that came and went (replaced, recycled, or removed and added again) are separate droplets, each billed up to 672 h.</source>
            <translation>%1 nœuds facturés, %2 dans l'historique : les nœuds venus et partis (remplacés, recyclés, ou retirés puis rajoutés) sont des droplets distincts, chacun facturé jusqu'à 672 h.</translation>
        </message>
        <message>
            <location filename="../src/core/billedcost.cpp" line="248" />
            <source>%1 nodes billed, %2 in the history: the history counted nodes that were not billed in this period.</source>
            <translation>%1 nœuds facturés, %2 dans l'historique : l'historique a compté des nœuds non facturés sur cette période.</translation>
        </message>
        <message>
            <location filename="../src/core/billedcost.cpp" line="253" />
            <source>%n node(s) ran for part of the period (created or removed during it).</source>
            <translation>%n nœud(s) ont tourné une partie de la période (créés ou retirés pendant celle-ci).</translation>
        </message>
        <message>
            <location filename="../src/core/billedcost.cpp" line="257" />
            <source>The same node-hours (%1 h) at a different amount: sizes were billed at other prices than the ones the estimate used.</source>
            <translation>Les mêmes heures-nœud (%1 h) pour un autre montant : des tailles ont été facturées à d'autres prix que ceux de l'estimation.</translation>
        </message>
        <message>
            <location filename="../src/core/billedcost.cpp" line="261" />
            <source>Within rounding: every item is rounded to the cent.</source>
            <translation>Dans l'arrondi : chaque ligne est arrondie au centime.</translation>
        </message>
        <message>
            <location filename="../src/core/billedcost.cpp" line="263" />
            <source>Billed %1 node-hours, the history shows %2.</source>
            <translation>%1 heures-nœud facturées, l'historique en montre %2.</translation>
        </message>
        <message>
            <location filename="../src/core/billedinvoice.cpp" line="17" />
            <source>%1: expected an amount in dollars such as "12.34", found "%2"</source>
            <translation>%1 : attendu un montant en dollars comme "12.34", trouvé "%2"</translation>
        </message>
        <message>
            <location filename="../src/core/billedinvoice.cpp" line="45" />
            <source>%1.%2: expected a time such as "2020-01-01T00:00:00Z", found "%3"</source>
            <translation>%1.%2 : attendu une heure comme "2020-01-01T00:00:00Z", trouvé "%3"</translation>
        </message>
        <message>
            <location filename="../src/core/billedinvoice.cpp" line="57" />
            <source>%1.invoice_period: expected a month such as "2020-01", found "%2"</source>
            <translation>%1.invoice_period : attendu un mois comme "2020-01", trouvé "%2"</translation>
        </message>
        <message>
            <location filename="../src/core/billedinvoice.cpp" line="141" />
            <source>%1.duration: expected a number of hours such as "744", found "%2"</source>
            <translation>%1.duration : attendu un nombre d'heures comme "744", trouvé "%2"</translation>
        </message>
    </context>
    <context>
        <name>core::dojson</name>
        <message>
            <location filename="../src/core/dojsoncheck.cpp" line="130" />
            <source>true or false</source>
            <translation>true ou false</translation>
        </message>
        <message>
            <location filename="../src/core/dojsoncheck.cpp" line="132" />
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <location filename="../src/core/dojsoncheck.cpp" line="134" />
            <source>a string</source>
            <translation>une chaîne</translation>
        </message>
        <message>
            <location filename="../src/core/dojsoncheck.cpp" line="136" />
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <location filename="../src/core/dojsoncheck.cpp" line="138" />
            <source>an object</source>
            <translation>un objet</translation>
        </message>
        <message>
            <location filename="../src/core/dojsoncheck.cpp" line="140" />
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <location filename="../src/core/dojsoncheck.cpp" line="146" />
            <source>%1: expected %2, found %3</source>
            <translation>%1 : attendu %2, trouvé %3</translation>
        </message>
        <message>
            <location filename="../src/core/dojsoncheck.cpp" line="169" />
            <source>%1: expected a whole number of at most 10 digits, found %2</source>
            <translation>%1 : attendu un nombre entier de 10 chiffres au plus, trouvé %2</translation>
        </message>
        <message>
            <location filename="../src/core/dojsoncheck.cpp" line="175" />
            <source>%1: the number is too large</source>
            <translation>%1 : le nombre est trop grand</translation>
        </message>
    </context>
    <context>
        <name>cost</name>
        <message>
            <location filename="../src/cli/costcommand.cpp" line="72" />
            <source>unknown grouping "%1"; use pool, cluster, size or tag:KEY</source>
            <translation>regroupement inconnu "%1" ; utilisez pool, cluster, size ou tag:CLÉ</translation>
        </message>
        <message>
            <location filename="../src/cli/costcommand.cpp" line="101" />
            <source>estimate: count x monthly price; HA control plane $40.00/month assumed; DigitalOcean bills per second up to 672 hours a month
</source>
            <translation>estimation : nombre x prix mensuel ; plan de contrôle HA supposé à $40.00/mois ; DigitalOcean facture à la seconde, jusqu'à 672 heures par mois
</translation>
        </message>
        <message>
            <location filename="../src/cli/costcommand.cpp" line="105" />
            <source>not in the size catalogue (counted as $0): %1
</source>
            <translation>absent du catalogue des tailles (compté à $0) : %1
</translation>
        </message>
    </context>
    <context>
        <name>delete</name>
        <message>
            <location filename="../src/cli/deletecommands.cpp" line="36" />
            <source>Delete pool %1 (%2) and its %3 nodes from cluster %4? Pods are drained; this can take a quarter of an hour when they have nowhere to go.</source>
            <translation>Supprimer le pool %1 (%2) et ses %3 nœuds du cluster %4 ? Les pods sont drainés ; cela peut prendre un quart d'heure quand ils n'ont nulle part où aller.</translation>
        </message>
        <message>
            <location filename="../src/cli/deletecommands.cpp" line="50" />
            <source>pool %1 deleted; its nodes are draining
</source>
            <translation>pool %1 supprimé ; ses nœuds sont en cours de drainage
</translation>
        </message>
        <message>
            <location filename="../src/cli/deletecommands.cpp" line="73" />
            <source>without draining</source>
            <translation>sans drainage</translation>
        </message>
        <message>
            <location filename="../src/cli/deletecommands.cpp" line="73" />
            <source>after draining</source>
            <translation>après drainage</translation>
        </message>
        <message>
            <location filename="../src/cli/deletecommands.cpp" line="74" />
            <source>a new node takes its place</source>
            <translation>un nouveau nœud prend sa place</translation>
        </message>
        <message>
            <location filename="../src/cli/deletecommands.cpp" line="75" />
            <source>the pool shrinks to %1</source>
            <translation>le pool passe à %1</translation>
        </message>
        <message>
            <location filename="../src/cli/deletecommands.cpp" line="78" />
            <source>Delete node %1 of pool %2 (%3)?</source>
            <translation>Supprimer le nœud %1 du pool %2 (%3) ?</translation>
        </message>
        <message>
            <location filename="../src/cli/deletecommands.cpp" line="89" />
            <source>node %1 is being deleted
</source>
            <translation>le nœud %1 est en cours de suppression
</translation>
        </message>
    </context>
    <context>
        <name>demo::DemoBackend</name>
        <message>
            <location filename="../src/demo/demobackend.cpp" line="26" />
            <source>The demo simulator could not listen on a loopback port.</source>
            <translation>Le simulateur de démo n'a pas pu écouter sur un port de bouclage.</translation>
        </message>
    </context>
    <context>
        <name>drift</name>
        <message>
            <location filename="../src/core/drift.cpp" line="135" />
            <source>replaced by %1 (a blue/green size change); rewrite the manifest from it</source>
            <translation>remplacé par %1 (un changement de taille blue/green) ; réécrivez le manifeste depuis celui-ci</translation>
        </message>
        <message>
            <location filename="../src/core/drift.cpp" line="229" />
            <source>pool %1 of cluster %2 is declared again; first at %3</source>
            <translation>le pool %1 du cluster %2 est déclaré à nouveau ; la première fois à %3</translation>
        </message>
        <message>
            <location filename="../src/core/drift.cpp" line="231" />
            <source>keep one document per pool</source>
            <translation>gardez un document par pool</translation>
        </message>
        <message>
            <location filename="../src/core/drift.cpp" line="272" />
            <source>in sync</source>
            <translation>synchronisé</translation>
        </message>
        <message>
            <location filename="../src/core/drift.cpp" line="274" />
            <source>differs</source>
            <translation>diffère</translation>
        </message>
        <message>
            <location filename="../src/core/drift.cpp" line="276" />
            <source>not live</source>
            <translation>pas en ligne</translation>
        </message>
        <message>
            <location filename="../src/core/drift.cpp" line="278" />
            <source>cluster unknown</source>
            <translation>cluster inconnu</translation>
        </message>
        <message>
            <location filename="../src/core/drift.cpp" line="280" />
            <source>invalid</source>
            <translation>invalide</translation>
        </message>
        <message>
            <location filename="../src/core/drift.cpp" line="282" />
            <source>live only</source>
            <translation>en ligne seulement</translation>
        </message>
        <message>
            <location filename="../src/core/drift.cpp" line="289" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <location filename="../src/cli/filecommands.cpp" line="93" />
            <source>cannot read the file: %1</source>
            <translation>impossible de lire le fichier : %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/cli/filecommands.cpp" line="142" />
            <source>%n pool(s) in %1 file(s): valid
</source>
            <translation>
                <numerusform>%n pool dans %1 fichier(s) : valide
</numerusform>
                <numerusform>%n pools dans %1 fichier(s) : valides
</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/cli/filecommands.cpp" line="188" />
            <source>no findings
</source>
            <translation>aucune remarque
</translation>
        </message>
        <message>
            <location filename="../src/cli/filecommands.cpp" line="196" />
            <source>poolctl: cannot read %1: %2
</source>
            <translation>poolctl : impossible de lire %1 : %2
</translation>
        </message>
        <message>
            <location filename="../src/cli/filecommands.cpp" line="213" />
            <source>%1: already formatted
</source>
            <translation>%1 : déjà formaté
</translation>
        </message>
        <message>
            <location filename="../src/cli/filecommands.cpp" line="219" />
            <source>poolctl: cannot write %1: %2
</source>
            <translation>poolctl : impossible d'écrire %1 : %2
</translation>
        </message>
        <message>
            <location filename="../src/cli/filecommands.cpp" line="222" />
            <source>%1: formatted
</source>
            <translation>%1 : formaté
</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <location filename="../src/app/manifests/importsources.cpp" line="61" />
            <source>line %1:%2</source>
            <translation>ligne %1:%2</translation>
        </message>
    </context>
    <context>
        <name>journal</name>
        <message>
            <location filename="../src/cli/journalcommands.cpp" line="57" />
            <source>No interrupted apply: nothing to resume, roll back or forget.
</source>
            <translation>Aucune application interrompue : rien à reprendre, annuler ou oublier.
</translation>
        </message>
        <message>
            <location filename="../src/cli/journalcommands.cpp" line="70" />
            <source>Forgot the interrupted apply; the cluster is left as it is:
  %1
</source>
            <translation>Application interrompue oubliée ; le cluster reste tel quel :
  %1
</translation>
        </message>
        <message>
            <location filename="../src/cli/journalcommands.cpp" line="72" />
            <source>Forgot the unreadable apply journal.
</source>
            <translation>Journal d'application illisible oublié.
</translation>
        </message>
        <message>
            <location filename="../src/cli/journalcommands.cpp" line="79" />
            <source>the journal of an earlier apply cannot be read (%1); look at the cluster and run poolctl apply --forget to drop it</source>
            <translation>le journal d'une application précédente est illisible (%1) ; examinez le cluster et lancez poolctl apply --forget pour l'abandonner</translation>
        </message>
        <message>
            <location filename="../src/cli/journalcommands.cpp" line="90" />
            <source>. Resuming.
</source>
            <translation>. Reprise.
</translation>
        </message>
        <message>
            <location filename="../src/cli/journalcommands.cpp" line="99" />
            <source>. It cannot be rolled back: %1</source>
            <translation>. Impossible de revenir en arrière : %1</translation>
        </message>
        <message>
            <location filename="../src/cli/journalcommands.cpp" line="105" />
            <source>%1.
Rolling back deletes %2.</source>
            <translation>%1.
Revenir en arrière supprime %2.</translation>
        </message>
        <message>
            <location filename="../src/cli/journalcommands.cpp" line="109" />
            <source>
Roll back?</source>
            <translation>
Revenir en arrière ?</translation>
        </message>
        <message>
            <location filename="../src/cli/journalcommands.cpp" line="115" />
            <source>.
Nothing was sent now. Finish it with poolctl apply --resume, delete what it created with --rollback, or leave the cluster as it is with --forget.</source>
            <translation>.
Rien n'a été envoyé maintenant. Terminez-la avec poolctl apply --resume, supprimez ce qu'elle a créé avec --rollback, ou laissez le cluster tel quel avec --forget.</translation>
        </message>
    </context>
    <context>
        <name>journalfile</name>
        <message>
            <location filename="../src/core/journalfile.cpp" line="43" />
            <source>cannot read %1: %2</source>
            <translation>impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/core/journalfile.cpp" line="49" />
            <source>%1 is not JSON: %2</source>
            <translation>%1 n'est pas du JSON : %2</translation>
        </message>
        <message>
            <location filename="../src/core/journalfile.cpp" line="55" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../src/core/journalfile.cpp" line="62" />
            <source>cannot create the folder %1</source>
            <translation>impossible de créer le dossier %1</translation>
        </message>
        <message>
            <location filename="../src/core/journalfile.cpp" line="67" />
            <location filename="../src/core/journalfile.cpp" line="72" />
            <source>cannot write %1: %2</source>
            <translation>impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/core/journalfile.cpp" line="83" />
            <source>cannot remove %1: %2</source>
            <translation>impossible de supprimer %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>k8snames</name>
        <message>
            <location filename="../src/core/k8snames.cpp" line="60" />
            <location filename="../src/core/k8snames.cpp" line="74" />
            <location filename="../src/core/k8snames.cpp" line="96" />
            <source>must not be empty</source>
            <translation>ne doit pas être vide</translation>
        </message>
        <message>
            <location filename="../src/core/k8snames.cpp" line="62" />
            <location filename="../src/core/k8snames.cpp" line="126" />
            <source>must be at most 63 characters (has %1)</source>
            <translation>doit faire au plus 63 caractères (en a %1)</translation>
        </message>
        <message>
            <location filename="../src/core/k8snames.cpp" line="65" />
            <source>must consist of lower-case letters, digits and '-', and start and end with a letter or digit</source>
            <translation>doit se composer de lettres minuscules, chiffres et '-', et commencer et finir par une lettre ou un chiffre</translation>
        </message>
        <message>
            <location filename="../src/core/k8snames.cpp" line="76" />
            <source>must be at most 253 characters (has %1)</source>
            <translation>doit faire au plus 253 caractères (en a %1)</translation>
        </message>
        <message>
            <location filename="../src/core/k8snames.cpp" line="80" />
            <source>must be a DNS subdomain: lower-case letters, digits, '-' and '.', each part starting and ending with a letter or digit</source>
            <translation>doit être un sous-domaine DNS : lettres minuscules, chiffres, '-' et '.', chaque partie commençant et finissant par une lettre ou un chiffre</translation>
        </message>
        <message>
            <location filename="../src/core/k8snames.cpp" line="99" />
            <source>may contain at most one '/' (prefix/name)</source>
            <translation>ne peut contenir qu'un seul '/' (préfixe/nom)</translation>
        </message>
        <message>
            <location filename="../src/core/k8snames.cpp" line="103" />
            <source>has an empty prefix before '/'</source>
            <translation>a un préfixe vide avant '/'</translation>
        </message>
        <message>
            <location filename="../src/core/k8snames.cpp" line="109" />
            <source>has an empty name after '/'</source>
            <translation>a un nom vide après '/'</translation>
        </message>
        <message>
            <location filename="../src/core/k8snames.cpp" line="111" />
            <source>name part must be at most 63 characters (has %1)</source>
            <translation>la partie nom doit faire au plus 63 caractères (en a %1)</translation>
        </message>
        <message>
            <location filename="../src/core/k8snames.cpp" line="115" />
            <source>name part must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit</source>
            <translation>la partie nom doit se composer de lettres, chiffres, '-', '_' et '.', et commencer et finir par une lettre ou un chiffre</translation>
        </message>
        <message>
            <location filename="../src/core/k8snames.cpp" line="129" />
            <source>must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit</source>
            <translation>doit se composer de lettres, chiffres, '-', '_' et '.', et commencer et finir par une lettre ou un chiffre</translation>
        </message>
    </context>
    <context>
        <name>lint</name>
        <message>
            <location filename="../src/core/lint.cpp" line="102" />
            <source>a production pool with room for one node: an upgrade, a recycle or a failed droplet takes everything on it down</source>
            <translation>un pool de production avec de la place pour un seul nœud : une mise à niveau, un recyclage ou un droplet en panne arrête tout ce qui tourne dessus</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="105" />
            <source>run at least 2 nodes (3 to survive an upgrade with headroom), or autoscale with maxNodes 2 or more</source>
            <translation>faites tourner au moins 2 nœuds (3 pour passer une mise à niveau avec de la marge), ou activez l'autoscaling avec maxNodes à 2 ou plus</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="110" />
            <source>a single node with no autoscaling: a node upgrade or failure stops every pod on it</source>
            <translation>un seul nœud sans autoscaling : une mise à niveau ou une panne du nœud arrête chaque pod dessus</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="113" />
            <source>use nodeCount 2 or more, or enable autoScale</source>
            <translation>utilisez nodeCount à 2 ou plus, ou activez autoScale</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="116" />
            <source>maxNodes %1 is below nodeCount %2: DigitalOcean resets the count to minNodes</source>
            <translation>maxNodes %1 est inférieur à nodeCount %2 : DigitalOcean ramène le nombre à minNodes</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="121" />
            <source>raise maxNodes to at least %1</source>
            <translation>relevez maxNodes à au moins %1</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="124" />
            <source>minNodes/maxNodes are set but autoScale is off; DigitalOcean stores them as 0</source>
            <translation>minNodes/maxNodes sont définis mais autoScale est désactivé ; DigitalOcean les enregistre à 0</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="127" />
            <source>set autoScale: true, or remove minNodes and maxNodes</source>
            <translation>réglez autoScale: true, ou retirez minNodes et maxNodes</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="138" />
            <source>GPU size %1 has no NoSchedule taint (such as %2): ordinary pods will fill these costly nodes</source>
            <translation>la taille GPU %1 n'a pas de taint NoSchedule (comme %2) : des pods ordinaires rempliront ces nœuds coûteux</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="143" />
            <source>add taint {key: %1, value: "true", effect: NoSchedule}</source>
            <translation>ajoutez le taint {key: %1, value: "true", effect: NoSchedule}</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="149" />
            <source>a GPU taint on %1, which has no GPU</source>
            <translation>un taint GPU sur %1, qui n'a pas de GPU</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="151" />
            <source>remove the taint or pick a GPU size</source>
            <translation>retirez le taint ou choisissez une taille GPU</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="155" />
            <source>no key:value tag (such as team:web), so this pool's cost cannot be attributed</source>
            <translation>aucun tag clé:valeur (comme team:web), le coût de ce pool ne peut donc pas être attribué</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="158" />
            <source>add a tag such as team:platform or cost-center:eng</source>
            <translation>ajoutez un tag comme team:platform ou cost-center:eng</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="164" />
            <source>the pool may need %1 droplets; the account allows %2</source>
            <translation>le pool peut demander %1 droplets ; le compte en permet %2</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="168" />
            <source>lower it, or ask DigitalOcean support to raise the droplet limit</source>
            <translation>baissez-le, ou demandez au support DigitalOcean de relever la limite de droplets</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="174" />
            <source>the cluster's only pool may scale to zero: system pods (DNS, CNI) would have nowhere to run</source>
            <translation>le seul pool du cluster peut descendre à zéro : les pods système (DNS, CNI) n'auraient nulle part où tourner</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="177" />
            <source>keep minNodes at 1 or more, or add another pool</source>
            <translation>gardez minNodes à 1 ou plus, ou ajoutez un autre pool</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="180" />
            <source>minNodes 0 on a pool without taints: any pod may be placed here, so the pool seldom scales back to zero, and pods wait for a droplet to boot when it is at zero</source>
            <translation>minNodes 0 sur un pool sans taints : n'importe quel pod peut y être placé, le pool redescend donc rarement à zéro, et à zéro les pods attendent le démarrage d'un droplet</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="184" />
            <source>taint the pool so only workloads that tolerate it (and can wait) use it, or keep minNodes at 1 or more</source>
            <translation>posez un taint sur le pool pour que seules les charges qui le tolèrent (et peuvent attendre) l'utilisent, ou gardez minNodes à 1 ou plus</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="191" />
            <source>'%1' is under a prefix Kubernetes or DOKS reserves; nodes with it may fail to join, and DigitalOcean may refuse it</source>
            <translation>'%1' est sous un préfixe réservé par Kubernetes ou DOKS ; les nœuds qui le portent risquent de ne pas rejoindre le cluster, et DigitalOcean peut le refuser</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="195" />
            <source>use a prefix of your own, such as example.com/%1</source>
            <translation>utilisez votre propre préfixe, comme example.com/%1</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="206" />
            <source>%1 is the cluster's first (default) pool, and it %2: workloads run on the pool that is most disruptive to change</source>
            <translation>%1 est le premier pool (par défaut) du cluster, et il %2 : des charges tournent sur le pool le plus perturbant à modifier</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="211" />
            <source>autoscales with them</source>
            <translation>se met à l'échelle avec eux</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="212" />
            <source>carries labels they select</source>
            <translation>porte des labels qu'ils sélectionnent</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="213" />
            <source>keep the default pool small and plain (2 nodes, no labels) and move workloads to pools you can replace</source>
            <translation>gardez le pool par défaut petit et simple (2 nœuds, sans labels) et déplacez les charges vers des pools remplaçables</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="219" />
            <source>this changes the cluster's first pool; changing it is disruptive</source>
            <translation>ceci modifie le premier pool du cluster ; le modifier est perturbant</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="221" />
            <source>keep a small default pool untouched and put workloads on pools you can replace</source>
            <translation>gardez intact un petit pool par défaut et placez les charges sur des pools remplaçables</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="227" />
            <source>%1 is not offered in %2</source>
            <translation>%1 n'est pas proposé dans %2</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="229" />
            <source>pick a size listed for %1</source>
            <translation>choisissez une taille listée pour %1</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="234" />
            <source>%1 is currently not available</source>
            <translation>%1 n'est pas disponible actuellement</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="235" />
            <source>pick another size; new nodes may fail to provision</source>
            <translation>choisissez une autre taille ; de nouveaux nœuds risquent de ne pas pouvoir être provisionnés</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="245" />
            <source>removed label(s) %1 stay on the pool's existing nodes</source>
            <translation>le(s) label(s) retiré(s) %1 restent sur les nœuds existants du pool</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="248" />
            <source>remove them with kubectl label node ... KEY- or recycle the nodes</source>
            <translation>retirez-les avec kubectl label node ... KEY- ou recyclez les nœuds</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="259" />
            <source>NoExecute evicts running pods that do not tolerate %1</source>
            <translation>NoExecute évince les pods en marche qui ne tolèrent pas %1</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="262" />
            <source>use NoSchedule unless running pods must leave</source>
            <translation>utilisez NoSchedule sauf si les pods en marche doivent partir</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="329" />
            <source>the cluster has only one pool: it is the default pool, so every change to it disrupts the whole cluster</source>
            <translation>le cluster n'a qu'un pool : c'est le pool par défaut, chaque changement perturbe donc tout le cluster</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="332" />
            <source>add a second pool for workloads and keep this one as a small, untouched default pool</source>
            <translation>ajoutez un second pool pour les charges et gardez celui-ci comme petit pool par défaut intact</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="339" />
            <source>together the pools may need %1 droplets; the account allows %2</source>
            <translation>ensemble les pools peuvent demander %1 droplets ; le compte en permet %2</translation>
        </message>
        <message>
            <location filename="../src/core/lint.cpp" line="343" />
            <source>lower the counts or maxima, or ask DigitalOcean to raise the droplet limit</source>
            <translation>baissez les nombres ou maxima, ou demandez à DigitalOcean de relever la limite de droplets</translation>
        </message>
    </context>
    <context>
        <name>lookup</name>
        <message>
            <location filename="../src/core/lookup.h" line="43" />
            <source>no %1 "%2"; known: %3</source>
            <translation>aucun %1 "%2" ; connus : %3</translation>
        </message>
        <message>
            <location filename="../src/core/lookup.h" line="45" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../src/core/lookup.h" line="50" />
            <source>%1 name "%2" is used %3 times; name it by id: %4</source>
            <translation>le nom de %1 "%2" est utilisé %3 fois ; désignez-le par identifiant : %4</translation>
        </message>
        <message>
            <location filename="../src/core/lookup.h" line="63" />
            <source>cluster</source>
            <translation>cluster</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../src/cli/main.cpp" line="25" />
            <source>poolctl: DigitalOcean Kubernetes node pools from the command line.

Commands (clusters and pools are named by id or by name):
</source>
            <translation>poolctl : les pools de nœuds DigitalOcean Kubernetes en ligne de commande.

Commandes (clusters et pools sont désignés par identifiant ou par nom) :
</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="30" />
            <source>
Commands on manifest files only (no token, no network):
</source>
            <translation>
Commandes sur les fichiers de manifestes seulement (sans jeton, sans réseau) :
</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="36" />
            <source>
The token is read from --token-file, else DIGITALOCEAN_ACCESS_TOKEN (or DIGITALOCEAN_TOKEN), else the keychain (or token file) of the context named by --context or, without it, of the current context Pool Studio signed in to. It is never printed.
Exit codes of the API commands: 0 done; 1 the API refused or failed, or a cluster, pool or node is unknown; 2 wrong usage; 3 refused, or a destructive step needs a confirmation (--yes); 4 validation errors in the input files of plan/apply.
Exit codes of validate, lint and fmt (as linters do): 0 clean; 1 findings (validation errors; for lint also best-practice findings); 2 unusable input (a file that cannot be read, a YAML syntax error, a document that is not a mapping) or wrong usage.</source>
            <translation>
Le jeton est lu depuis --token-file, sinon DIGITALOCEAN_ACCESS_TOKEN (ou DIGITALOCEAN_TOKEN), sinon le trousseau (ou le fichier de jetons) du contexte nommé par --context ou, à défaut, du contexte actuel auquel Pool Studio s'est connecté. Il n'est jamais affiché.
Codes de sortie des commandes API : 0 terminé ; 1 l'API a refusé ou échoué, ou un cluster, pool ou nœud est inconnu ; 2 mauvaise utilisation ; 3 refusé, ou une étape destructive demande une confirmation (--yes) ; 4 erreurs de validation dans les fichiers d'entrée de plan/apply.
Codes de sortie de validate, lint et fmt (comme les linters) : 0 propre ; 1 remarques (erreurs de validation ; pour lint aussi les remarques de bonnes pratiques) ; 2 entrée inutilisable (un fichier illisible, une erreur de syntaxe YAML, un document qui n'est pas un dictionnaire) ou mauvaise utilisation.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="68" />
            <source>API base URL (default %1, or DIGITALOCEAN_API_URL).</source>
            <translation>URL de base de l'API (par défaut %1, ou DIGITALOCEAN_API_URL).</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="72" />
            <source>Read the access token from FILE.</source>
            <translation>Lire le jeton d'accès depuis FILE.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="76" />
            <source>Use the token (and API URL) of context NAME, as Pool Studio signed in to it; the environment still overrides it.</source>
            <translation>Utiliser le jeton (et l'URL de l'API) du contexte NAME, tel que Pool Studio s'y est connecté ; l'environnement reste prioritaire.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="81" />
            <source>context import-doctl: keep the tokens in a file only you may read (mode 0600) instead of the keychain, where no keychain runs.</source>
            <translation>context import-doctl : garder les jetons dans un fichier lisible par vous seul (mode 0600) au lieu du trousseau, là où aucun trousseau ne tourne.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="84" />
            <source>Output format: table (default), json or yaml.</source>
            <translation>Format de sortie : table (par défaut), json ou yaml.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="88" />
            <source>Confirm destructive steps (deleting, shrinking, replacing) without asking.</source>
            <translation>Confirmer les étapes destructives (suppression, réduction, remplacement) sans demander.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="90" />
            <source>apply/plan: delete pools of the named clusters that no manifest declares.</source>
            <translation>apply/plan : supprimer les pools des clusters nommés qu'aucun manifeste ne déclare.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="94" />
            <source>apply/plan: send nodeCount for autoscaled pools too (overrides the autoscaler).</source>
            <translation>apply/plan : envoyer nodeCount aussi pour les pools en autoscaling (remplace l'autoscaler).</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="96" />
            <source>delete-node: do not evict pods first.</source>
            <translation>delete-node : ne pas évincer les pods d'abord.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="99" />
            <source>delete-node: a new node takes its place. plan/apply: --replace=blue-green (default: the new pool first, under a new name) or --replace=in-place (delete first, keep the name; only where another pool carries the load).</source>
            <translation>delete-node : un nouveau nœud prend sa place. plan/apply : --replace=blue-green (par défaut : le nouveau pool d'abord, sous un nouveau nom) ou --replace=in-place (supprimer d'abord, garder le nom ; seulement si un autre pool porte la charge).</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="105" />
            <source>apply: after a blue/green replace, name the new pool in the applied files.</source>
            <translation>apply : après un remplacement blue/green, inscrire le nouveau pool dans les fichiers appliqués.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="107" />
            <source>apply: finish the interrupted apply.</source>
            <translation>apply : terminer l'application interrompue.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="110" />
            <source>apply: delete the pools the interrupted apply created (not after it deleted one).</source>
            <translation>apply : supprimer les pools créés par l'application interrompue (pas après qu'elle en a supprimé un).</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="114" />
            <source>apply: drop the interrupted apply's journal; change nothing.</source>
            <translation>apply : abandonner le journal de l'application interrompue ; ne rien modifier.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="117" />
            <source>apply: keep the apply journal in DIR (default: per context, in $XDG_DATA_HOME/poolctl/journals).</source>
            <translation>apply : garder le journal d'application dans DIR (par défaut : par contexte, dans $XDG_DATA_HOME/poolctl/journals).</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="122" />
            <source>apply: seconds between looks at a settling pool (default 10).</source>
            <translation>apply : secondes entre deux coups d'œil à un pool en cours de stabilisation (10 par défaut).</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="126" />
            <source>apply: seconds a replacement's nodes may take to run (default 1800).</source>
            <translation>apply : secondes accordées aux nœuds d'un remplaçant pour démarrer (1800 par défaut).</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="129" />
            <source>sizes: ask the API even if the cache is fresh.</source>
            <translation>sizes : interroger l'API même si le cache est récent.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="132" />
            <source>cost: group by pool (default), cluster, size or tag:KEY; cost also takes -o csv.</source>
            <translation>cost : grouper par pool (par défaut), cluster, size ou tag:KEY ; cost accepte aussi -o csv.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="136" />
            <source>fmt: rewrite the file instead of printing it.</source>
            <translation>fmt : réécrire le fichier au lieu de l'afficher.</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="138" />
            <source>lint: the account's droplet limit (default 25).</source>
            <translation>lint : la limite de droplets du compte (25 par défaut).</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="142" />
            <source>export: yaml (manifests, default), terraform (digitalocean_kubernetes_node_pool resources) or doctl (node-pool create commands).</source>
            <translation>export : yaml (manifestes, par défaut), terraform (ressources digitalocean_kubernetes_node_pool) ou doctl (commandes node-pool create).</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="151" />
            <source>What to do (see above).</source>
            <translation>Ce qu'il faut faire (voir ci-dessus).</translation>
        </message>
        <message>
            <location filename="../src/gui/main.cpp" line="41" />
            <source>Pool Studio: DigitalOcean Kubernetes node pools on the desktop. DIGITALOCEAN_ACCESS_TOKEN (or DIGITALOCEAN_TOKEN) signs in for one run; without it, the saved context or the sign-in page opens.</source>
            <translation>Pool Studio : les pools de nœuds DigitalOcean Kubernetes sur le bureau. DIGITALOCEAN_ACCESS_TOKEN (ou DIGITALOCEAN_TOKEN) connecte pour une exécution ; sans lui, le contexte enregistré ou la page de connexion s'ouvre.</translation>
        </message>
        <message>
            <location filename="../src/gui/main.cpp" line="49" />
            <source>Run against the built-in simulator with demo data.</source>
            <translation>Utiliser le simulateur intégré avec des données de démo.</translation>
        </message>
        <message>
            <location filename="../src/gui/main.cpp" line="52" />
            <source>DigitalOcean API base URL (default %1).</source>
            <translation>URL de base de l'API DigitalOcean (par défaut %1).</translation>
        </message>
        <message>
            <location filename="../src/gui/main.cpp" line="57" />
            <source>Colour theme: system (default), light or dark.</source>
            <translation>Thème de couleurs : system (par défaut), light ou dark.</translation>
        </message>
        <message>
            <location filename="../src/gui/main.cpp" line="61" />
            <source>Save the window to FILE once the first refresh has finished, then quit (for documentation).</source>
            <translation>Enregistrer la fenêtre dans FILE une fois la première actualisation terminée, puis quitter (pour la documentation).</translation>
        </message>
    </context>
    <context>
        <name>manifest</name>
        <message>
            <location filename="../src/core/manifest.cpp" line="185" />
            <source>a manifest document must be a mapping</source>
            <translation>un document de manifeste doit être un dictionnaire (mapping)</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="186" />
            <source>start with apiVersion: %1</source>
            <translation>commencez par apiVersion: %1</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="195" />
            <source>unsupported apiVersion '%1'</source>
            <translation>apiVersion non prise en charge '%1'</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="196" />
            <source>use apiVersion: %1</source>
            <translation>utilisez apiVersion: %1</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="199" />
            <source>unsupported kind '%1'</source>
            <translation>kind non pris en charge '%1'</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="200" />
            <source>use kind: %1</source>
            <translation>utilisez kind: %1</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="241" />
            <source>keys must be plain words</source>
            <translation>les clés doivent être des mots simples</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="247" />
            <source>key '%1' appears twice</source>
            <translation>la clé '%1' apparaît deux fois</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="248" />
            <location filename="../src/core/manifest.cpp" line="423" />
            <location filename="../src/core/manifest.cpp" line="531" />
            <source>remove one of them</source>
            <translation>retirez l'un d'eux</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="257" />
            <source>unknown key '%1'</source>
            <translation>clé inconnue '%1'</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="259" />
            <source>allowed here: %1</source>
            <translation>permis ici : %1</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="260" />
            <location filename="../src/core/manifest.cpp" line="481" />
            <source>did you mean '%1'?</source>
            <translation>vouliez-vous dire '%1' ?</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="275" />
            <source>'%1' is required</source>
            <translation>'%1' est obligatoire</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="283" />
            <location filename="../src/core/manifest.cpp" line="488" />
            <source>expected a mapping, got %1</source>
            <translation>attendu un dictionnaire, reçu %1</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="291" />
            <source>expected a list, got %1</source>
            <translation>attendu une liste, reçu %1</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="292" />
            <source>write one item per line, each starting with '- '</source>
            <translation>écrivez un élément par ligne, chacun commençant par '- '</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="300" />
            <source>a mapping</source>
            <translation>un dictionnaire (mapping)</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="302" />
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="304" />
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="309" />
            <location filename="../src/core/yamlscalar.cpp" line="143" />
            <source>a string</source>
            <translation>une chaîne</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="324" />
            <source>expected a string, got %1</source>
            <translation>attendu une chaîne, reçu %1</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="346" />
            <source>%1 is out of range</source>
            <translation>%1 est hors limites</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="350" />
            <source>expected a whole number, got %1</source>
            <translation>attendu un nombre entier, reçu %1</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="351" />
            <source>remove the quotes</source>
            <translation>retirez les guillemets</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="365" />
            <source>expected true or false, got %1</source>
            <translation>attendu true ou false, reçu %1</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="366" />
            <source>write true or false without quotes</source>
            <translation>écrivez true ou false sans guillemets</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="422" />
            <source>%1 '%2' appears twice</source>
            <translation>%1 '%2' apparaît deux fois</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="479" />
            <source>unknown relationship type '%1'</source>
            <translation>type de relation inconnu '%1'</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="480" />
            <source>use one of: %1</source>
            <translation>utilisez l'un de : %1</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="489" />
            <source>write cluster: {value: CLUSTER-ID}</source>
            <translation>écrivez cluster: {value: CLUSTER-ID}</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="495" />
            <source>cluster has both value and valueFrom</source>
            <translation>cluster a à la fois value et valueFrom</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="496" />
            <source>keep one of them</source>
            <translation>gardez l'un des deux</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="498" />
            <source>cluster needs value or valueFrom</source>
            <translation>cluster demande value ou valueFrom</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="530" />
            <source>label '%1' appears twice</source>
            <translation>le label '%1' apparaît deux fois</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="652" />
            <source>the document expands to more than %1 YAML nodes</source>
            <translation>le document s'étend à plus de %1 nœuds YAML</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="738" />
            <source>the file is %1 bytes; manifests larger than %2 bytes are not read</source>
            <translation>le fichier fait %1 octets ; les manifestes de plus de %2 octets ne sont pas lus</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="741" />
            <source>split it into smaller files</source>
            <translation>découpez-le en fichiers plus petits</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="767" />
            <source>YAML syntax error: %1</source>
            <translation>erreur de syntaxe YAML : %1</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="768" />
            <source>check the indentation and quotes near this line</source>
            <translation>vérifiez l'indentation et les guillemets près de cette ligne</translation>
        </message>
        <message>
            <location filename="../src/core/manifest.cpp" line="777" />
            <source>the file has %1 documents; at most %2 are read</source>
            <translation>le fichier a %1 documents ; %2 au plus sont lus</translation>
        </message>
        <message>
            <location filename="../src/core/yamlscalar.cpp" line="135" />
            <source>a boolean</source>
            <translation>un booléen</translation>
        </message>
        <message>
            <location filename="../src/core/yamlscalar.cpp" line="137" />
            <source>an integer</source>
            <translation>un entier</translation>
        </message>
        <message>
            <location filename="../src/core/yamlscalar.cpp" line="139" />
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
    </context>
    <context>
        <name>manifestfollow</name>
        <message>
            <location filename="../src/cli/manifestfollow.cpp" line="50" />
            <source>cannot rewrite %1: %2</source>
            <translation>impossible de réécrire %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/cli/manifestfollow.cpp" line="82" />
            <source>cannot read %1 again to rewrite it: %2</source>
            <translation>impossible de relire %1 pour le réécrire : %2</translation>
        </message>
        <message>
            <location filename="../src/cli/manifestfollow.cpp" line="96" />
            <source>%1 is left as it was: %2</source>
            <translation>%1 est laissé tel quel : %2</translation>
        </message>
        <message>
            <location filename="../src/cli/manifestfollow.cpp" line="101" />
            <source>rewrote %1: pool %2 is now %3</source>
            <translation>%1 réécrit : le pool %2 est maintenant %3</translation>
        </message>
    </context>
    <context>
        <name>manifestplan</name>
        <message>
            <location filename="../src/core/manifestplan.cpp" line="89" />
            <source>the cluster is not named</source>
            <translation>le cluster n'est pas nommé</translation>
        </message>
        <message>
            <location filename="../src/core/manifestplan.cpp" line="95" />
            <source>cluster</source>
            <translation>cluster</translation>
        </message>
        <message>
            <location filename="../src/core/manifestplan.cpp" line="114" />
            <source>name a cluster of this account by id or by name</source>
            <translation>désignez un cluster de ce compte par identifiant ou par nom</translation>
        </message>
        <message>
            <location filename="../src/core/manifestplan.cpp" line="119" />
            <source>pool %1 is declared twice for cluster %2</source>
            <translation>le pool %1 est déclaré deux fois pour le cluster %2</translation>
        </message>
        <message>
            <location filename="../src/core/manifestplan.cpp" line="123" />
            <source>keep one document per pool</source>
            <translation>gardez un document par pool</translation>
        </message>
        <message>
            <location filename="../src/core/manifestplan.cpp" line="151" />
            <source>cluster %1 (%2):
</source>
            <translation>cluster %1 (%2) :
</translation>
        </message>
    </context>
    <context>
        <name>manifestrewrite</name>
        <message>
            <location filename="../src/core/manifestrewrite.cpp" line="86" />
            <source>pool %1 is described twice in the file; rewrite it by hand</source>
            <translation>le pool %1 est décrit deux fois dans le fichier ; réécrivez-le à la main</translation>
        </message>
        <message>
            <location filename="../src/core/manifestrewrite.cpp" line="93" />
            <source>the file no longer holds this manifest of pool %1; check again</source>
            <translation>le fichier ne contient plus ce manifeste du pool %1 ; vérifiez à nouveau</translation>
        </message>
        <message>
            <location filename="../src/core/manifestrewrite.cpp" line="125" />
            <source>the file's layout could not be kept while rewriting pool %1; it was left as it was</source>
            <translation>la mise en forme du fichier n'a pas pu être conservée en réécrivant le pool %1 ; il est resté tel quel</translation>
        </message>
    </context>
    <context>
        <name>plan</name>
        <message>
            <location filename="../src/core/plan.cpp" line="88" />
            <source>nodeCount is left to the autoscaler (live %1, declared %2)</source>
            <translation>nodeCount est laissé à l'autoscaler (en ligne %1, déclaré %2)</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="93" />
            <source>sets nodeCount on an autoscaled pool: it overrides what the autoscaler chose</source>
            <translation>fixe nodeCount sur un pool en autoscaling : cela remplace le choix de l'autoscaler</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="96" />
            <source>lowers the node count from %1 to %2: %3 drained and deleted</source>
            <translation>réduit le nombre de nœuds de %1 à %2 : %3 drainé(s) et supprimé(s)</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="133" />
            <source>removed labels stay on the pool's existing nodes; only new nodes go without them</source>
            <translation>les labels retirés restent sur les nœuds existants du pool ; seuls les nouveaux nœuds en sont dépourvus</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="149" />
            <source>adds NoExecute taint %1: running pods without a toleration are evicted</source>
            <translation>ajoute le taint NoExecute %1 : les pods en marche sans tolérance sont évincés</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="314" />
            <source>deletes the pool and its %1; draining can take a quarter of an hour when pods have nowhere to go</source>
            <translation>supprime le pool et ses %1 ; le drainage peut prendre un quart d'heure quand les pods n'ont nulle part où aller</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="338" />
            <source>the plan deletes every pool of the cluster; DOKS needs at least one</source>
            <translation>le plan supprime tous les pools du cluster ; DOKS en demande au moins un</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="348" />
            <source>'%1' is the last pool of cluster '%2'; DOKS needs at least one pool</source>
            <translation>'%1' est le dernier pool du cluster '%2' ; DOKS demande au moins un pool</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="365" />
            <source>+ create %1 (%2 x %3)</source>
            <translation>+ créer %1 (%2 x %3)</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="370" />
            <source>~ update %1</source>
            <translation>~ mettre à jour %1</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="374" />
            <source>-/+ replace %1 (in place)</source>
            <translation>-/+ remplacer %1 (sur place)</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="376" />
            <source>-/+ replace %1 with %2 (blue/green: the new pool first)</source>
            <translation>-/+ remplacer %1 par %2 (blue/green : le nouveau pool d'abord)</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="381" />
            <source>- delete %1 (%2 x %3)</source>
            <translation>- supprimer %1 (%2 x %3)</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="386" />
            <source>~ configure the cluster autoscaler</source>
            <translation>~ configurer l'autoscaler de cluster</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="390" />
            <source>  [%1/mo -&gt; %2/mo]</source>
            <translation>  [%1/mois -&gt; %2/mois]</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="403" />
            <source>No changes. The live pools match the declared ones.
</source>
            <translation>Aucun changement. Les pools en ligne correspondent à ceux déclarés.
</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="406" />
            <source>
Plan: %1 to create, %2 to update, %3 to replace, %4 to delete.
</source>
            <translation>
Plan : %1 à créer, %2 à mettre à jour, %3 à remplacer, %4 à supprimer.
</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="413" />
            <source>The cluster autoscaler's settings change in %1.
</source>
            <translation>Les réglages de l'autoscaler de cluster changent dans %1.
</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="415" />
            <source>one cluster</source>
            <translation>un cluster</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="416" />
            <source>%1 clusters</source>
            <translation>%1 clusters</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="418" />
            <source>Monthly cost: %1 -&gt; %2 (%3)
</source>
            <translation>Coût mensuel : %1 -&gt; %2 (%3)
</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="422" />
            <source>No price known for: %1 (counted as $0.00)
</source>
            <translation>Aucun prix connu pour : %1 (compté à $0.00)
</translation>
        </message>
        <message>
            <location filename="../src/core/plan.cpp" line="425" />
            <source>Steps marked ! are destructive and need confirmation.
</source>
            <translation>Les étapes marquées ! sont destructives et demandent une confirmation.
</translation>
        </message>
    </context>
    <context>
        <name>resolve</name>
        <message>
            <location filename="../src/cli/resolve.cpp" line="38" />
            <source>node pool in cluster %1:</source>
            <translation>pool de nœuds dans le cluster %1 :</translation>
        </message>
        <message>
            <location filename="../src/cli/resolve.cpp" line="46" />
            <source>node in pool %1:</source>
            <translation>nœud dans le pool %1 :</translation>
        </message>
    </context>
    <context>
        <name>sizes</name>
        <message>
            <location filename="../src/cli/sizescommand.cpp" line="45" />
            <source>prices fetched %1
</source>
            <translation>prix récupérés %1
</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../src/core/validation.cpp" line="73" />
            <source>a droplet size is required</source>
            <translation>une taille de droplet est obligatoire</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="74" />
            <source>pick a size slug such as s-2vcpu-4gb</source>
            <translation>choisissez un slug de taille comme s-2vcpu-4gb</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="79" />
            <source>'%1' is not a size slug</source>
            <translation>'%1' n'est pas un slug de taille</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="80" />
            <source>slugs are lower-case letters, digits and '-', e.g. s-2vcpu-4gb</source>
            <translation>les slugs sont faits de lettres minuscules, chiffres et '-', p. ex. s-2vcpu-4gb</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="91" />
            <source>unknown droplet size '%1'</source>
            <translation>taille de droplet inconnue '%1'</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="93" />
            <source>choose one of the sizes DigitalOcean lists</source>
            <translation>choisissez une des tailles listées par DigitalOcean</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="95" />
            <location filename="../src/core/validation.cpp" line="262" />
            <source>did you mean '%1'?</source>
            <translation>vouliez-vous dire '%1' ?</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="103" />
            <source>a pool needs at least one node (nodeCount is %1)</source>
            <translation>un pool demande au moins un nœud (nodeCount vaut %1)</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="106" />
            <source>set nodeCount to 1 or more, or enable autoScale with minNodes 0</source>
            <translation>réglez nodeCount à 1 ou plus, ou activez autoScale avec minNodes 0</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="115" />
            <source>minNodes must not be negative (is %1)</source>
            <translation>minNodes ne doit pas être négatif (vaut %1)</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="117" />
            <source>use 0 to let the pool scale to zero</source>
            <translation>utilisez 0 pour laisser le pool descendre à zéro</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="122" />
            <source>maxNodes must be at least 1 when autoScale is on (is %1)</source>
            <translation>maxNodes doit valoir au moins 1 quand autoScale est activé (vaut %1)</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="125" />
            <source>set maxNodes to the most nodes the pool may grow to</source>
            <translation>réglez maxNodes sur le plus grand nombre de nœuds jusqu'auquel le pool peut croître</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="132" />
            <source>minNodes (%1) is greater than maxNodes (%2)</source>
            <translation>minNodes (%1) est supérieur à maxNodes (%2)</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="135" />
            <source>lower minNodes or raise maxNodes</source>
            <translation>baissez minNodes ou relevez maxNodes</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="141" />
            <source>nodeCount must not be negative (is %1)</source>
            <translation>nodeCount ne doit pas être négatif (vaut %1)</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="148" />
            <source>nodeCount %1 is outside the autoscaling range %2..%3</source>
            <translation>nodeCount %1 est hors de la plage d'autoscaling %2..%3</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="153" />
            <source>DigitalOcean would replace it with minNodes; set nodeCount within the range</source>
            <translation>DigitalOcean le remplacerait par minNodes ; réglez nodeCount dans la plage</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="177" />
            <source>a pool name is required</source>
            <translation>un nom de pool est obligatoire</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="178" />
            <source>use lower-case letters, digits and '-', e.g. app-workers</source>
            <translation>utilisez des lettres minuscules, des chiffres et '-', p. ex. app-workers</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="187" />
            <source>pool name '%1' %2</source>
            <translation>le nom de pool '%1' %2</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="188" />
            <source>the name becomes a node-name prefix and a label value, so it must be a DNS-1123 label</source>
            <translation>le nom devient un préfixe des noms de nœuds et une valeur de label, il doit donc être un label DNS-1123</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="196" />
            <source>the cluster already has a pool named '%1'</source>
            <translation>le cluster a déjà un pool nommé '%1'</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="198" />
            <location filename="../src/core/validation.cpp" line="379" />
            <source>pool names must be unique within a cluster</source>
            <translation>les noms de pools doivent être uniques au sein d'un cluster</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="211" />
            <source>label key '%1' %2</source>
            <translation>la clé de label '%1' %2</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="212" />
            <source>keys look like app or example.com/app</source>
            <translation>les clés ressemblent à app ou example.com/app</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="218" />
            <source>labels under '%1/' are owned by DOKS</source>
            <translation>les labels sous '%1/' appartiennent à DOKS</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="220" />
            <source>labels under '%1/' are reserved by Kubernetes and stop nodes from joining the cluster</source>
            <translation>les labels sous '%1/' sont réservés par Kubernetes et empêchent les nœuds de rejoindre le cluster</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="225" />
            <source>use your own prefix, e.g. example.com/role</source>
            <translation>utilisez votre propre préfixe, p. ex. example.com/role</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="230" />
            <source>label value '%1' %2</source>
            <translation>la valeur de label '%1' %2</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="242" />
            <source>taint key '%1' %2</source>
            <translation>la clé de taint '%1' %2</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="243" />
            <source>keys look like dedicated or nvidia.com/gpu</source>
            <translation>les clés ressemblent à dedicated ou nvidia.com/gpu</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="248" />
            <source>taint value '%1' %2</source>
            <translation>la valeur de taint '%1' %2</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="256" />
            <source>a taint effect is required</source>
            <translation>un effet de taint est obligatoire</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="257" />
            <source>unknown taint effect '%1'</source>
            <translation>effet de taint inconnu '%1'</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="260" />
            <source>use NoSchedule, PreferNoSchedule or NoExecute</source>
            <translation>utilisez NoSchedule, PreferNoSchedule ou NoExecute</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="274" />
            <source>a tag must not be empty</source>
            <translation>un tag ne doit pas être vide</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="276" />
            <source>tag is %1 characters; at most 255 are allowed</source>
            <translation>le tag fait %1 caractères ; 255 au plus sont permis</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="279" />
            <source>tag '%1' may contain only letters, digits, '_', ':' and '-'</source>
            <translation>le tag '%1' ne peut contenir que des lettres, chiffres, '_', ':' et '-'</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="282" />
            <source>tags look like team:ml or env-prod</source>
            <translation>les tags ressemblent à team:ml ou env-prod</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="286" />
            <source>'%1' is a tag DOKS adds by itself</source>
            <translation>'%1' est un tag que DOKS ajoute lui-même</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="287" />
            <source>remove it: tags starting with k8s are DOKS's own</source>
            <translation>retirez-le : les tags commençant par k8s sont ceux de DOKS</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="304" />
            <source>the cluster is not named</source>
            <translation>le cluster n'est pas nommé</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="305" />
            <source>set cluster.value to the cluster's id or name</source>
            <translation>réglez cluster.value sur l'identifiant ou le nom du cluster</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="310" />
            <source>cluster has both value and valueFrom</source>
            <translation>cluster a à la fois value et valueFrom</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="311" />
            <source>keep one of them</source>
            <translation>gardez l'un des deux</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="314" />
            <source>valueFrom needs the name of the cluster resource</source>
            <translation>valueFrom demande le nom de la ressource cluster</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="333" />
            <source>a taint with key '%1' and effect %2 is already listed</source>
            <translation>un taint de clé '%1' et d'effet %2 est déjà listé</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="336" />
            <source>taints are unique by key and effect; remove one</source>
            <translation>les taints sont uniques par clé et effet ; retirez-en un</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="352" />
            <source>tag '%1' is listed twice</source>
            <translation>le tag '%1' est listé deux fois</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="353" />
            <source>remove the duplicate</source>
            <translation>retirez le doublon</translation>
        </message>
        <message>
            <location filename="../src/core/validation.cpp" line="376" />
            <source>pool name '%1' is declared more than once</source>
            <translation>le nom de pool '%1' est déclaré plus d'une fois</translation>
        </message>
    </context>
</TS>
