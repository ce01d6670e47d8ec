# Pool Studio's translations, part 1: the window, its pages and dialogs.
# T(English source, German, French); N(...) for plurals: (one, many).
# Terms: translations/README.md, "Glossary".
T('The connection is not trusted, so nothing was sent: check the API URL; Pool Studio never ignores a certificate error.',
  'Der Verbindung wird nicht vertraut, daher wurde nichts gesendet: Prüfen Sie die API-URL; Pool Studio übergeht nie einen Zertifikatsfehler.',
  "La connexion n'est pas fiable, rien n'a donc été envoyé : vérifiez l'URL de l'API ; Pool Studio n'ignore jamais une erreur de certificat.")
T("The server's paging links are broken: check the API URL and any proxy in front of it.",
  'Die Seitenlinks des Servers sind fehlerhaft: Prüfen Sie die API-URL und jeden vorgeschalteten Proxy.',
  "Les liens de pagination du serveur sont cassés : vérifiez l'URL de l'API et tout proxy placé devant.")
T('Check the network connection and the API URL.',
  'Prüfen Sie die Netzwerkverbindung und die API-URL.',
  "Vérifiez la connexion réseau et l'URL de l'API.")
T('The access token was refused: sign in again with a valid token.',
  'Das Zugriffstoken wurde abgelehnt: Melden Sie sich mit einem gültigen Token erneut an.',
  "Le jeton d'accès a été refusé : reconnectez-vous avec un jeton valide.")
T('The token is not allowed to do this: use a token with write scope.',
  'Dieses Token darf das nicht: Verwenden Sie ein Token mit Schreibrechten (write scope).',
  "Ce jeton n'y est pas autorisé : utilisez un jeton avec le droit d'écriture (write scope).")
T('It no longer exists: refresh to see the current state.',
  'Es existiert nicht mehr: Aktualisieren Sie, um den aktuellen Stand zu sehen.',
  "Il n'existe plus : actualisez pour voir l'état actuel.")
T('DigitalOcean rejected the values: correct them and try again.',
  'DigitalOcean hat die Werte abgelehnt: Korrigieren Sie sie und versuchen Sie es erneut.',
  'DigitalOcean a rejeté les valeurs : corrigez-les et réessayez.')
T('Too many requests: wait a moment, Pool Studio will slow down.',
  'Zu viele Anfragen: Warten Sie einen Moment, Pool Studio wird langsamer.',
  'Trop de requêtes : patientez un instant, Pool Studio va ralentir.')
T('DigitalOcean had a problem: try again in a minute.',
  'Bei DigitalOcean ist ein Problem aufgetreten: Versuchen Sie es in einer Minute erneut.',
  'DigitalOcean a rencontré un problème : réessayez dans une minute.')
T('Network error: %1', 'Netzwerkfehler: %1', 'Erreur réseau : %1')
T('HTTP %1 %2: %3', 'HTTP %1 %2: %3', 'HTTP %1 %2 : %3')
T(' (request id %1)', ' (Anfrage-ID %1)', ' (identifiant de requête %1)')
T('the server gave no explanation', 'der Server gab keine Erklärung', "le serveur n'a donné aucune explication")
T('the answer is larger than %1 MiB (%2 bytes or more); it was not read',
  'die Antwort ist größer als %1 MiB (%2 Byte oder mehr); sie wurde nicht gelesen',
  "la réponse dépasse %1 Mio (%2 octets ou plus) ; elle n'a pas été lue")
T('the answer is not valid JSON (%1 at byte %2)',
  'die Antwort ist kein gültiges JSON (%1 bei Byte %2)',
  "la réponse n'est pas du JSON valide (%1 à l'octet %2)")
T('the answer names %1 twice', 'die Antwort nennt %1 zweimal', 'la réponse nomme %1 deux fois')
T('the answer is not what DigitalOcean sends: %1',
  'die Antwort ist nicht das, was DigitalOcean sendet: %1',
  "la réponse n'est pas ce qu'envoie DigitalOcean : %1")
T('Quit anyway', 'Trotzdem beenden', 'Quitter quand même')
T('An apply is still running', 'Ein Apply-Lauf ist noch aktiv', 'Une application est encore en cours')
T('What was sent goes on in DigitalOcean, but the steps not sent yet are not sent. A blue/green replace stopped now leaves both pools running and billed. The apply is journaled: the next time this context opens, it offers Resume, Roll back or Forget.',
  'Was gesendet wurde, läuft bei DigitalOcean weiter, aber die noch nicht gesendeten Schritte werden nicht gesendet. Ein jetzt gestoppter Blue/Green-Austausch lässt beide Pools laufen und berechnet. Der Apply-Lauf ist protokolliert: Beim nächsten Öffnen dieses Kontexts werden Fortsetzen, Zurückrollen oder Verwerfen angeboten.',
  "Ce qui a été envoyé se poursuit chez DigitalOcean, mais les étapes pas encore envoyées ne le seront pas. Un remplacement blue/green arrêté maintenant laisse les deux pools en marche et facturés. L'application est journalisée : à la prochaine ouverture de ce contexte, Reprendre, Revenir en arrière ou Oublier sont proposés.")
T('Keep running', 'Weiterlaufen lassen', 'Continuer')
T('Autoscale', 'Autoscaling', 'Autoscaling')
T('The autoscaler keeps between <b>%1</b> and <b>%2</b> nodes; %3 run now.',
  'Der Autoscaler hält zwischen <b>%1</b> und <b>%2</b> Nodes; jetzt laufen %3.',
  "L'autoscaler maintient entre <b>%1</b> et <b>%2</b> nœuds ; %3 tournent maintenant.")
T('A fixed pool of <b>%1</b> nodes.', 'Ein fester Pool mit <b>%1</b> Nodes.', 'Un pool fixe de <b>%1</b> nœuds.')
T('limit %1', 'Grenze %1', 'limite %1')
T('now %1', 'jetzt %1', 'actuel %1')
T('min', 'min', 'min')
T('max', 'max', 'max')
T('nodes', 'Nodes', 'nœuds')
T('Applying in the background: %1', 'Wird im Hintergrund angewendet: %1', 'Application en arrière-plan : %1')
T('Show', 'Anzeigen', 'Afficher')
T('Dismiss', 'Ausblenden', 'Masquer')
T('just now', 'gerade eben', "à l'instant")
T('%1 min ago', 'vor %1 Min.', 'il y a %1 min')
T('%1 h ago', 'vor %1 Std.', 'il y a %1 h')
T('Clusters', 'Cluster', 'Clusters')
T('Filter by name, region, version or tag', 'Nach Name, Region, Version oder Tag filtern', 'Filtrer par nom, région, version ou tag')
T('%1 · %2%3', '%1 · %2%3', '%1 · %2%3')
T(' · HA', ' · HA', ' · HA')
N('%n pool(s)', ('%n Pool', '%n Pools'), ('%n pool', '%n pools'))
N('%n node(s)', ('%n Node', '%n Nodes'), ('%n nœud', '%n nœuds'))
T('Loading clusters…', 'Cluster werden geladen…', 'Chargement des clusters…')
T('No cluster matches the filter', 'Kein Cluster passt zum Filter', 'Aucun cluster ne correspond au filtre')
T('The clusters could not be loaded:\nthe red bar above says why',
  'Die Cluster konnten nicht geladen werden:\nDie rote Leiste oben nennt den Grund',
  "Les clusters n'ont pas pu être chargés :\nla barre rouge ci-dessus indique pourquoi")
T('No clusters in this account', 'Keine Cluster in diesem Konto', 'Aucun cluster dans ce compte')
T('Demo', 'Demo', 'Démo')
T('Environment', 'Umgebung', 'Environnement')
T('Account', 'Konto', 'Compte')
T('Switch context, add an account or sign out', 'Kontext wechseln, Konto hinzufügen oder abmelden', 'Changer de contexte, ajouter un compte ou se déconnecter')
T('⚠ Contexts read-only', '⚠ Kontexte schreibgeschützt', '⚠ Contextes en lecture seule')
T('Account not loaded yet', 'Konto noch nicht geladen', 'Compte pas encore chargé')
T('Set for this run only. Unset the variable to use your saved contexts at start; switching below uses their tokens now.',
  'Nur für diesen Lauf gesetzt. Entfernen Sie die Variable, um beim Start Ihre gespeicherten Kontexte zu nutzen; ein Wechsel unten verwendet deren Tokens sofort.',
  "Défini pour cette exécution seulement. Supprimez la variable pour utiliser vos contextes enregistrés au démarrage ; changer ci-dessous utilise leurs jetons dès maintenant.")
T('Contexts', 'Kontexte', 'Contextes')
T('No saved contexts yet', 'Noch keine gespeicherten Kontexte', 'Aucun contexte enregistré pour le moment')
T('Add account…', 'Konto hinzufügen…', 'Ajouter un compte…')
T('Sign out…', 'Abmelden…', 'Se déconnecter…')
T('Switch anyway', 'Trotzdem wechseln', 'Changer quand même')
T('Sign out of “%1”?', 'Von „%1“ abmelden?', 'Se déconnecter de « %1 » ?')
T('Its token is removed from %1 and the context is forgotten. To use it again you will need a token.',
  'Sein Token wird aus %1 entfernt und der Kontext vergessen. Um ihn wieder zu nutzen, brauchen Sie ein Token.',
  "Son jeton est retiré de %1 et le contexte est oublié. Pour l'utiliser à nouveau, il vous faudra un jeton.")
T('Sign out', 'Abmelden', 'Se déconnecter')
T('Leave it if a newer Pool Studio still uses it. Moving it aside keeps it as a numbered backup beside it (earlier backups stay) and starts a new file with the contexts of this window.',
  'Lassen Sie sie, wenn ein neueres Pool Studio sie noch nutzt. Beiseitelegen bewahrt sie als nummerierte Sicherung daneben auf (frühere Sicherungen bleiben) und beginnt eine neue Datei mit den Kontexten dieses Fensters.',
  "Laissez-le si un Pool Studio plus récent l'utilise encore. Le mettre de côté le garde comme sauvegarde numérotée à côté (les sauvegardes précédentes restent) et commence un nouveau fichier avec les contextes de cette fenêtre.")
T('Move aside and start fresh', 'Beiseitelegen und neu beginnen', 'Mettre de côté et repartir de zéro')
T('Saved %1', '%1 gespeichert', '%1 enregistré')
T('Could not save %1', '%1 konnte nicht gespeichert werden', "Impossible d'enregistrer %1")
T('Costs', 'Kosten', 'Coûts')
T('%1 a month (estimate)', '%1 pro Monat (Schätzung)', '%1 par mois (estimation)')
T('Tag key', 'Tag-Schlüssel', 'Clé de tag')
T('Keep history (days)', 'Verlauf behalten (Tage)', "Garder l'historique (jours)")
T('Close', 'Schließen', 'Fermer')
T('This month so far: %1', 'Bisher in diesem Monat: %1', "Ce mois-ci jusqu'à présent : %1")
T('Last 30 days: %1', 'Letzte 30 Tage: %1', '30 derniers jours : %1')
T('Clear selection', 'Auswahl aufheben', 'Effacer la sélection')
T('PNG', 'PNG', 'PNG')
T('By cluster, stacked by pool', 'Nach Cluster, gestapelt nach Pool', 'Par cluster, empilé par pool')
T('By tag “%1”', 'Nach Tag „%1“', 'Par tag « %1 »')
T('Autoscaling band per pool (nodes; dot = now)', 'Autoscaling-Spanne je Pool (Nodes; Punkt = jetzt)', "Plage d'autoscaling par pool (nœuds ; point = maintenant)")
T('By size family', 'Nach Größenfamilie', 'Par famille de tailles')
T('monthly', 'monatlich', 'mensuel')
T('Over time per pool (measured history)', 'Im Zeitverlauf je Pool (gemessener Verlauf)', 'Dans le temps par pool (historique mesuré)')
T('Node count', 'Anzahl Nodes', 'Nombre de nœuds')
T('Run-rate ($/month)', 'Laufende Rate ($/Monat)', 'Rythme actuel ($/mois)')
T('Summary', 'Zusammenfassung', 'Résumé')
T('CSV', 'CSV', 'CSV')
T('CSV by tag', 'CSV nach Tag', 'CSV par tag')
T('Cluster', 'Cluster', 'Cluster')
T('Pool', 'Pool', 'Pool')
T('Size', 'Größe', 'Taille')
T('Nodes', 'Nodes', 'Nœuds')
T('Monthly', 'Monatlich', 'Mensuel')
T('autoscaling %1', 'Autoscaling %1', 'autoscaling %1')
T('Folder', 'Ordner', 'Dossier')
T('A folder of manifests (*.yaml, *.yml; subfolders are not read)',
  'Ein Ordner mit Manifesten (*.yaml, *.yml; Unterordner werden nicht gelesen)',
  'Un dossier de manifestes (*.yaml, *.yml ; les sous-dossiers ne sont pas lus)')
T('Choose folder…', 'Ordner wählen…', 'Choisir un dossier…')
T('Check', 'Prüfen', 'Vérifier')
T('Waiting for the live pools…', 'Warten auf die Live-Pools…', 'En attente des pools en ligne…')
T('Show pools in sync', 'Synchrone Pools anzeigen', 'Afficher les pools synchronisés')
T('Apply all (%1)…', 'Alle anwenden (%1)…', 'Tout appliquer (%1)…')
T('Changes read live → manifest: applying the manifest makes the right side live; rewriting it from live makes the left side the manifest.',
  'Änderungen lesen sich Live → Manifest: Das Anwenden des Manifests macht die rechte Seite live; das Neuschreiben aus Live macht die linke Seite zum Manifest.',
  "Les changements se lisent en ligne → manifeste : appliquer le manifeste met le côté droit en ligne ; le réécrire depuis l'état en ligne fait du côté gauche le manifeste.")
T('(no pool name)', '(kein Poolname)', '(aucun nom de pool)')
T('in %1', 'in %1', 'dans %1')
T('Create from the manifest…', 'Aus dem Manifest erstellen…', 'Créer depuis le manifeste…')
T('Apply the manifest…', 'Manifest anwenden…', 'Appliquer le manifeste…')
T('Rewrite from live…', 'Aus Live neu schreiben…', "Réécrire depuis l'état en ligne…")
T('Live in %1, described by no manifest in this folder.', 'Live in %1, von keinem Manifest in diesem Ordner beschrieben.', 'En ligne dans %1, décrit par aucun manifeste de ce dossier.')
T('Every manifest matches its live pool.', 'Jedes Manifest entspricht seinem Live-Pool.', 'Chaque manifeste correspond à son pool en ligne.')
T('Choose a folder of manifests and press Check to compare them with the live pools.',
  'Wählen Sie einen Ordner mit Manifesten und klicken Sie auf Prüfen, um sie mit den Live-Pools zu vergleichen.',
  'Choisissez un dossier de manifestes et appuyez sur Vérifier pour les comparer aux pools en ligne.')
T('Rewrite %1 from live?', '%1 aus Live neu schreiben?', "Réécrire %1 depuis l'état en ligne ?")
T('The manifest of pool %1 in %2 is replaced with what is live now. The other documents in the file stay as they are; comments inside this manifest are not kept.',
  'Das Manifest von Pool %1 in %2 wird durch den aktuellen Live-Stand ersetzt. Die anderen Dokumente der Datei bleiben, wie sie sind; Kommentare in diesem Manifest bleiben nicht erhalten.',
  "Le manifeste du pool %1 dans %2 est remplacé par ce qui est en ligne maintenant. Les autres documents du fichier restent tels quels ; les commentaires de ce manifeste ne sont pas conservés.")
T('Cancel', 'Abbrechen', 'Annuler')
T('Rewrite %1', '%1 neu schreiben', 'Réécrire %1')
T('Folder of manifests', 'Ordner mit Manifesten', 'Dossier de manifestes')
T('The API URL "%1" is not a valid URL.', 'Die API-URL "%1" ist keine gültige URL.', 'L\'URL de l\'API "%1" n\'est pas une URL valide.')
T('Plain http:// is only allowed to loopback addresses; use https:// for %1.',
  'Einfaches http:// ist nur für Loopback-Adressen erlaubt; verwenden Sie https:// für %1.',
  "Le http:// simple n'est permis que vers les adresses de bouclage ; utilisez https:// pour %1.")
T('The API URL must start with https://.', 'Die API-URL muss mit https:// beginnen.', "L'URL de l'API doit commencer par https://.")
T('Retry', 'Erneut versuchen', 'Réessayer')
T('INTERRUPTED', 'UNTERBROCHEN', 'INTERROMPUE')
T('Resume', 'Fortsetzen', 'Reprendre')
T('Send what was not sent yet; what was sent is looked at first, so nothing is made twice',
  'Sendet, was noch nicht gesendet wurde; das bereits Gesendete wird zuerst geprüft, damit nichts doppelt entsteht',
  "Envoie ce qui ne l'a pas encore été ; ce qui a été envoyé est d'abord vérifié, pour que rien ne soit créé deux fois")
T('Roll back…', 'Zurückrollen…', 'Revenir en arrière…')
T('Forget…', 'Verwerfen…', 'Oublier…')
T('Roll back the interrupted apply?', 'Den unterbrochenen Apply-Lauf zurückrollen?', "Revenir sur l'application interrompue ?")
T('Roll back', 'Zurückrollen', 'Revenir en arrière')
T('Forget the interrupted apply?', 'Den unterbrochenen Apply-Lauf verwerfen?', "Oublier l'application interrompue ?")
T('The cluster is left as it is now; nothing is sent. Pools the apply created stay, and steps it did not send are not sent.',
  'Der Cluster bleibt, wie er jetzt ist; nichts wird gesendet. Vom Apply-Lauf erstellte Pools bleiben, und nicht gesendete Schritte werden nicht gesendet.',
  "Le cluster reste tel qu'il est ; rien n'est envoyé. Les pools créés par l'application restent, et les étapes non envoyées ne le sont pas.")
T('Forget', 'Verwerfen', 'Oublier')
T('Pool Studio — demo', 'Pool Studio — Demo', 'Pool Studio — démo')
T('Pool Studio — %1', 'Pool Studio — %1', 'Pool Studio — %1')
T('Pool Studio', 'Pool Studio', 'Pool Studio')
T('Refresh', 'Aktualisieren', 'Actualiser')
T('Fetch clusters and pools again (F5)', 'Cluster und Pools neu abrufen (F5)', 'Récupérer à nouveau clusters et pools (F5)')
T('Manifests', 'Manifeste', 'Manifestes')
T('Export pools as YAML, Terraform or doctl; import and plan; drift (Ctrl+E)',
  'Pools als YAML, Terraform oder doctl exportieren; importieren und planen; Drift (Strg+E)',
  'Exporter les pools en YAML, Terraform ou doctl ; importer et planifier ; dérive (Ctrl+E)')
T('Cost review: charts, history and exports', 'Kostenübersicht: Diagramme, Verlauf und Exporte', 'Revue des coûts : graphiques, historique et exports')
T('An unapplied edit of pool %1 was kept from your last session.',
  'Eine nicht angewendete Bearbeitung von Pool %1 aus Ihrer letzten Sitzung wurde aufbewahrt.',
  "Une modification non appliquée du pool %1 a été conservée depuis votre dernière session.")
T('Restore', 'Wiederherstellen', 'Restaurer')
T('The pool or cluster of that edit no longer exists.', 'Der Pool oder Cluster dieser Bearbeitung existiert nicht mehr.', "Le pool ou le cluster de cette modification n'existe plus.")
T('Discard', 'Verwerfen', 'Abandonner')
T('Pools to export', 'Zu exportierende Pools', 'Pools à exporter')
T('This pool', 'Dieser Pool', 'Ce pool')
T('The pool selected in the main window', 'Der im Hauptfenster ausgewählte Pool', 'Le pool sélectionné dans la fenêtre principale')
T('This cluster', 'Dieser Cluster', 'Ce cluster')
T('Everything', 'Alles', 'Tout')
T('None', 'Keine', 'Aucun')
N('%n pool(s) chosen', ('%n Pool gewählt', '%n Pools gewählt'), ('%n pool choisi', '%n pools choisis'))
T('Format', 'Format', 'Format')
T('Manifest YAML', 'Manifest-YAML', 'YAML de manifeste')
T('Terraform', 'Terraform', 'Terraform')
T('doctl command', 'doctl-Befehl', 'commande doctl')
T('Include status.outputs', 'status.outputs einschließen', 'Inclure status.outputs')
T("Also write the pool's and nodes' ids, as they are now", 'Auch die aktuellen IDs des Pools und der Nodes schreiben', 'Écrire aussi les identifiants actuels du pool et des nœuds')
T('Choose pools on the left to see them here.', 'Wählen Sie links Pools, um sie hier zu sehen.', 'Choisissez des pools à gauche pour les voir ici.')
T('Copy', 'Kopieren', 'Copier')
T('Save as one file…', 'Als eine Datei speichern…', 'Enregistrer en un fichier…')
T('Save one file per pool…', 'Eine Datei je Pool speichern…', 'Enregistrer un fichier par pool…')
T('Replace existing files?', 'Vorhandene Dateien ersetzen?', 'Remplacer les fichiers existants ?')
T('These files exist and would be replaced:\n%1', 'Diese Dateien existieren und würden ersetzt:\n%1', 'Ces fichiers existent et seraient remplacés :\n%1')
T('Replace', 'Ersetzen', 'Remplacer')
T('Open files…', 'Dateien öffnen…', 'Ouvrir des fichiers…')
T('Open folder…', 'Ordner öffnen…', 'Ouvrir un dossier…')
T('Paste', 'Einfügen', 'Coller')
T('Clear', 'Leeren', 'Effacer')
T('apiVersion: digital-ocean.project-planton.org/v1\nkind: DigitalOceanKubernetesNodePool\n…',
  'apiVersion: digital-ocean.project-planton.org/v1\nkind: DigitalOceanKubernetesNodePool\n…',
  'apiVersion: digital-ocean.project-planton.org/v1\nkind: DigitalOceanKubernetesNodePool\n…')
T('file', 'Datei', 'fichier')
T('No problems found.', 'Keine Probleme gefunden.', 'Aucun problème trouvé.')
T('Delete live pools the manifests leave out', 'Live-Pools löschen, die die Manifeste auslassen', 'Supprimer les pools en ligne absents des manifestes')
T('Only in the clusters the manifests name. Off by default: a manifest of one pool leaves the others alone.',
  'Nur in den Clustern, die die Manifeste nennen. Standardmäßig aus: Ein Manifest für einen Pool lässt die anderen in Ruhe.',
  "Seulement dans les clusters nommés par les manifestes. Désactivé par défaut : le manifeste d'un pool laisse les autres tranquilles.")
T('Set counts of autoscaled pools', 'Anzahl bei Pools mit Autoscaling setzen', 'Fixer le nombre des pools en autoscaling')
T("Off by default: the autoscaler's choice stands.", 'Standardmäßig aus: Die Wahl des Autoscalers gilt.', "Désactivé par défaut : le choix de l'autoscaler est conservé.")
T('Plan…', 'Planen…', 'Planifier…')
T('Fix the errors first', 'Beheben Sie zuerst die Fehler', "Corrigez d'abord les erreurs")
T('Manifests (*.yaml *.yml)', 'Manifeste (*.yaml *.yml)', 'Manifestes (*.yaml *.yml)')
T('All files (*)', 'Alle Dateien (*)', 'Tous les fichiers (*)')
T('Export', 'Export', 'Export')
T('Import and plan', 'Import und Plan', 'Import et plan')
T('Drift', 'Drift', 'Dérive')
T('Nodes of %1', 'Nodes von %1', 'Nœuds de %1')
T('Replace node %1?', 'Node %1 ersetzen?', 'Remplacer le nœud %1 ?')
T('Delete node %1?', 'Node %1 löschen?', 'Supprimer le nœud %1 ?')
T('Its pods are evicted, the droplet is deleted and a new node is created.',
  'Seine Pods werden verdrängt, das Droplet wird gelöscht und ein neuer Node erstellt.',
  'Ses pods sont évincés, le droplet est supprimé et un nouveau nœud est créé.')
T("Its pods are evicted and the droplet is deleted. The pool's count drops by one.",
  'Seine Pods werden verdrängt und das Droplet wird gelöscht. Die Anzahl des Pools sinkt um eins.',
  'Ses pods sont évincés et le droplet est supprimé. Le nombre de nœuds du pool baisse de un.')
T('Skip draining (pods are killed at once)', 'Drain überspringen (Pods werden sofort beendet)', 'Ne pas drainer (les pods sont tués immédiatement)')
T(' · droplet %1', ' · Droplet %1', ' · droplet %1')
T('Replace: drain, delete, and a new node takes its place', 'Ersetzen: drainen, löschen, und ein neuer Node tritt an seine Stelle', 'Remplacer : drainer, supprimer, et un nouveau nœud prend sa place')
T('Delete: drain and delete; the pool shrinks by one', 'Löschen: drainen und löschen; der Pool schrumpft um eins', 'Supprimer : drainer et supprimer ; le pool diminue de un')
T('This pool has no nodes yet', 'Dieser Pool hat noch keine Nodes', "Ce pool n'a pas encore de nœuds")
T('Select a pool to see its nodes', 'Wählen Sie einen Pool, um seine Nodes zu sehen', 'Sélectionnez un pool pour voir ses nœuds')
T('the listing has more than %1 pages; stopped there', 'die Liste hat mehr als %1 Seiten; dort angehalten', 'la liste a plus de %1 pages ; arrêt à ce point')
T('the link to the next page names no page number (%1)', 'der Link zur nächsten Seite nennt keine Seitennummer (%1)', 'le lien vers la page suivante ne donne aucun numéro de page (%1)')
T('page %1 links back to page %2 as the next one; the listing would never end',
  'Seite %1 verweist als nächste zurück auf Seite %2; die Liste würde nie enden',
  'la page %1 renvoie à la page %2 comme suivante ; la liste ne finirait jamais')
T('the listing says it holds %1 items but its pages gave %2; it may have changed while it was read: refresh to read it again',
  'die Liste gibt %1 Einträge an, ihre Seiten lieferten aber %2; sie hat sich beim Lesen vielleicht geändert: Aktualisieren Sie, um sie neu zu lesen',
  "la liste annonce %1 éléments mais ses pages en ont donné %2 ; elle a pu changer pendant la lecture : actualisez pour la relire")
T('Copy as text', 'Als Text kopieren', 'Copier en texte')
T('Copy the plan as poolctl plan prints it', 'Den Plan so kopieren, wie poolctl plan ihn ausgibt', "Copier le plan tel que poolctl plan l'affiche")
T('Stop sending', 'Senden anhalten', "Arrêter l'envoi")
T('Send no further request. What was sent goes on; Resume sends the rest.',
  'Keine weitere Anfrage senden. Bereits Gesendetes läuft weiter; Fortsetzen sendet den Rest.',
  "N'envoyer aucune autre requête. Ce qui a été envoyé se poursuit ; Reprendre envoie le reste.")
T('Stop watching', 'Nicht mehr beobachten', "Cesser d'observer")
T('Close this view; the steps go on in the background', 'Diese Ansicht schließen; die Schritte laufen im Hintergrund weiter', 'Fermer cette vue ; les étapes se poursuivent en arrière-plan')
T('Delete pool', 'Pool löschen', 'Supprimer le pool')
T('Apply', 'Anwenden', 'Appliquer')
T('This token cannot change anything: it has no write scope', 'Dieses Token kann nichts ändern: Es hat keine Schreibrechte', "Ce jeton ne peut rien modifier : il n'a pas le droit d'écriture")
T('Refused: %1', 'Abgelehnt: %1', 'Refusé : %1')
T('Read-only: this token cannot apply changes. Review the plan here, or create a token with write scope and sign in again to apply it.',
  'Schreibgeschützt: Dieses Token kann keine Änderungen anwenden. Prüfen Sie den Plan hier, oder erstellen Sie ein Token mit Schreibrechten und melden Sie sich erneut an, um ihn anzuwenden.',
  "Lecture seule : ce jeton ne peut pas appliquer de changements. Examinez le plan ici, ou créez un jeton avec le droit d'écriture et reconnectez-vous pour l'appliquer.")
N('%n step(s), in the order they run', ('%n Schritt, in Ausführungsreihenfolge', '%n Schritte, in Ausführungsreihenfolge'), ("%n étape, dans l'ordre d'exécution", "%n étapes, dans l'ordre d'exécution"))
T('Show as text', 'Als Text anzeigen', 'Afficher en texte')
T(' (estimate)', ' (Schätzung)', ' (estimation)')
T('DigitalOcean drains every node before deleting it. When pods have nowhere else to go this can take a quarter of an hour or more; Pool Studio shows it happening.',
  'DigitalOcean draint jeden Node, bevor es ihn löscht. Wenn Pods nirgendwo anders hinkönnen, kann das eine Viertelstunde oder länger dauern; Pool Studio zeigt den Fortschritt.',
  "DigitalOcean draine chaque nœud avant de le supprimer. Quand les pods n'ont nulle part où aller, cela peut prendre un quart d'heure ou plus ; Pool Studio le montre en direct.")
T('I understand that this removes nodes or pools', 'Mir ist klar, dass dies Nodes oder Pools entfernt', 'Je comprends que cela supprime des nœuds ou des pools')
T('Type %1 to confirm', 'Zum Bestätigen %1 eingeben', 'Tapez %1 pour confirmer')
T('%1 of %2 nodes running', '%1 von %2 Nodes laufen', '%1 nœuds sur %2 en marche')
T('Step', 'Schritt', 'Étape')
T('Before → after', 'Vorher → nachher', 'Avant → après')
T('Monthly cost', 'Monatliche Kosten', 'Coût mensuel')
T('State', 'Status', 'État')
T('→ %1', '→ %1', '→ %1')
T('(none)', '(keine)', '(aucun)')
T('+ %1', '+ %1', '+ %1')
T('− %1', '− %1', '− %1')
T('%1 → %2', '%1 → %2', '%1 → %2')
T('%1 a month', '%1 pro Monat', '%1 par mois')
T('%1 while both run', '%1, solange beide laufen', '%1 tant que les deux tournent')
T('%1 once %2 is gone', '%1, sobald %2 weg ist', '%1 une fois %2 disparu')
N('−%n node(s) meanwhile', ('−%n Node währenddessen', '−%n Nodes währenddessen'), ('−%n nœud entre-temps', '−%n nœuds entre-temps'))
T('autoscale %1–%2', 'Autoscaling %1–%2', 'autoscaling %1–%2')
T('fixed', 'feste Anzahl', 'nombre fixe')
T("Estimate: nodes × the size's monthly list price", 'Schätzung: Nodes × monatlicher Listenpreis der Größe', 'Estimation : nœuds × prix catalogue mensuel de la taille')
T('New node pool in %1', 'Neuer Node-Pool in %1', 'Nouveau pool de nœuds dans %1')
T('Edit node pool %1', 'Node-Pool %1 bearbeiten', 'Modifier le pool de nœuds %1')
T('Undo', 'Rückgängig', 'Défaire')
T('Review changes…', 'Änderungen prüfen…', 'Examiner les changements…')
T('Name', 'Name', 'Nom')
T('e.g. web-workers', 'z. B. web-workers', 'p. ex. web-workers')
T("Droplet size (available in this cluster's region)", 'Droplet-Größe (in der Region dieses Clusters verfügbar)', 'Taille de droplet (disponible dans la région de ce cluster)')
N("A pool's size cannot change. Keeping the name deletes %1 first and creates it anew at this size: the cluster runs without its %n node(s) until the new ones run.",
  ('Die Größe eines Pools kann sich nicht ändern. Den Namen zu behalten löscht zuerst %1 und erstellt ihn in dieser Größe neu: Der Cluster läuft ohne seinen %n Node, bis die neuen laufen.',
   'Die Größe eines Pools kann sich nicht ändern. Den Namen zu behalten löscht zuerst %1 und erstellt ihn in dieser Größe neu: Der Cluster läuft ohne seine %n Nodes, bis die neuen laufen.'),
  ("La taille d'un pool ne peut pas changer. Garder le nom supprime d'abord %1 et le recrée à cette taille : le cluster tourne sans son %n nœud jusqu'à ce que les nouveaux tournent.",
   "La taille d'un pool ne peut pas changer. Garder le nom supprime d'abord %1 et le recrée à cette taille : le cluster tourne sans ses %n nœuds jusqu'à ce que les nouveaux tournent."))
T("A pool's size cannot change. Applying this creates a new pool of this size, then deletes the old one once the new nodes run.",
  'Die Größe eines Pools kann sich nicht ändern. Das Anwenden erstellt einen neuen Pool in dieser Größe und löscht den alten, sobald die neuen Nodes laufen.',
  "La taille d'un pool ne peut pas changer. Appliquer ceci crée un nouveau pool de cette taille, puis supprime l'ancien une fois les nouveaux nœuds en marche.")
T("New pool's name", 'Name des neuen Pools', 'Nom du nouveau pool')
T('Keep the name (in-place): delete %1 first, then create it anew', 'Namen behalten (in-place): zuerst %1 löschen, dann neu erstellen', "Garder le nom (in-place) : supprimer d'abord %1, puis le recréer")
T('For manifests or tools that key on the pool name. Needs the destructive confirmation in the plan.',
  'Für Manifeste oder Werkzeuge, die am Poolnamen hängen. Erfordert die Bestätigung für destruktive Schritte im Plan.',
  'Pour les manifestes ou outils qui se fient au nom du pool. Demande la confirmation destructive dans le plan.')
T('Only where another pool of the cluster carries the workload while this one is gone; this cluster has no other pool.',
  'Nur wenn ein anderer Pool des Clusters die Last trägt, solange dieser weg ist; dieser Cluster hat keinen anderen Pool.',
  "Seulement si un autre pool du cluster porte la charge pendant l'absence de celui-ci ; ce cluster n'a pas d'autre pool.")
T('Keeping the name is not offered: this cluster has no other pool to carry the workload meanwhile.',
  'Den Namen zu behalten wird nicht angeboten: Dieser Cluster hat keinen anderen Pool, der die Last währenddessen trägt.',
  "Garder le nom n'est pas proposé : ce cluster n'a pas d'autre pool pour porter la charge entre-temps.")
N('Capacity dip: −%n node(s) from the delete until the new pool runs.',
  ('Kapazitätseinbruch: −%n Node vom Löschen bis der neue Pool läuft.', 'Kapazitätseinbruch: −%n Nodes vom Löschen bis der neue Pool läuft.'),
  ("Baisse de capacité : −%n nœud de la suppression jusqu'au démarrage du nouveau pool.", "Baisse de capacité : −%n nœuds de la suppression jusqu'au démarrage du nouveau pool."))
T('Labels', 'Labels', 'Labels')
T('Add label', 'Label hinzufügen', 'Ajouter un label')
T('key, e.g. workload', 'Schlüssel, z. B. workload', 'clé, p. ex. workload')
T('value', 'Wert', 'valeur')
T('Remove this label', 'Dieses Label entfernen', 'Retirer ce label')
T("Removing a label from the pool does not remove it from nodes that already run; new and recycled nodes get the pool's labels.",
  'Ein Label aus dem Pool zu entfernen entfernt es nicht von bereits laufenden Nodes; neue und recycelte Nodes erhalten die Labels des Pools.',
  "Retirer un label du pool ne le retire pas des nœuds déjà en marche ; les nœuds nouveaux et recyclés reçoivent les labels du pool.")
T('Taints', 'Taints', 'Taints')
T('Add taint', 'Taint hinzufügen', 'Ajouter un taint')
T('Presets:', 'Vorlagen:', 'Préréglages :')
T('key', 'Schlüssel', 'clé')
T('value (optional)', 'Wert (optional)', 'valeur (facultative)')
