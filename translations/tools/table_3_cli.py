# Pool Studio's translations, part 3: poolctl and the apply journal.
T('cannot read %1: %2', 'kann %1 nicht lesen: %2', 'impossible de lire %1 : %2')
T('No changes: the pools match the manifests.\n', 'Keine Änderungen: Die Pools entsprechen den Manifesten.\n', 'Aucun changement : les pools correspondent aux manifestes.\n')
T('apply needs manifest files (or --resume, --rollback or --forget)', 'apply braucht Manifestdateien (oder --resume, --rollback oder --forget)', 'apply demande des fichiers de manifestes (ou --resume, --rollback ou --forget)')
T('the plan is refused; nothing was changed', 'der Plan wird abgelehnt; nichts wurde geändert', "le plan est refusé ; rien n'a été modifié")
T('The plan is destructive:\n  %1\nApply it?', 'Der Plan ist destruktiv:\n  %1\nAnwenden?', "Le plan est destructif :\n  %1\nL'appliquer ?")
T('a step of an unknown kind', 'ein Schritt unbekannter Art', "une étape d'un type inconnu")
T('a request of an unknown kind or state', 'eine Anfrage unbekannter Art oder unbekannten Zustands', "une requête d'un type ou d'un état inconnu")
T('%1 not created', '%1 nicht erstellt', '%1 non créé')
T('the create of %1 was sent, its answer not seen', 'das Erstellen von %1 wurde gesendet, seine Antwort nicht gesehen', "la création de %1 a été envoyée, sa réponse n'a pas été vue")
T('%1 created, its nodes not all running yet', '%1 erstellt, noch laufen nicht alle Nodes', '%1 créé, ses nœuds ne sont pas encore tous en marche')
T('%1 created, its nodes still coming up', '%1 erstellt, seine Nodes fahren noch hoch', '%1 créé, ses nœuds démarrent encore')
T('%1 runs', '%1 läuft', '%1 tourne')
T('creating %1 failed%2', 'Erstellen von %1 fehlgeschlagen%2', 'la création de %1 a échoué%2')
T('%1 was created but its nodes did not all run%2', '%1 wurde erstellt, aber nicht alle Nodes liefen%2', "%1 a été créé mais ses nœuds n'ont pas tous démarré%2")
T('%1 not updated', '%1 nicht aktualisiert', '%1 non mis à jour')
T('the update of %1 was sent, its answer not seen', 'die Aktualisierung von %1 wurde gesendet, ihre Antwort nicht gesehen', "la mise à jour de %1 a été envoyée, sa réponse n'a pas été vue")
T('%1 updated, still settling', '%1 aktualisiert, noch nicht abgeschlossen', '%1 mis à jour, en cours de stabilisation')
T('%1 updated', '%1 aktualisiert', '%1 mis à jour')
T('updating %1 failed%2', 'Aktualisieren von %1 fehlgeschlagen%2', 'la mise à jour de %1 a échoué%2')
T('%1 not deleted', '%1 nicht gelöscht', '%1 non supprimé')
T('the delete of %1 was sent, its answer not seen', 'das Löschen von %1 wurde gesendet, seine Antwort nicht gesehen', "la suppression de %1 a été envoyée, sa réponse n'a pas été vue")
T('%1 is being drained and deleted', '%1 wird gedraint und gelöscht', '%1 est en cours de drainage et de suppression')
T('%1 is deleted', '%1 ist gelöscht', '%1 est supprimé')
T('deleting %1 failed%2', 'Löschen von %1 fehlgeschlagen%2', 'la suppression de %1 a échoué%2')
T('nothing was deleted: %1 runs as before', 'nichts wurde gelöscht: %1 läuft wie zuvor', "rien n'a été supprimé : %1 tourne comme avant")
T('%1 was not deleted; both pools are billed: resume once the new nodes run, or roll back to delete %2',
  '%1 wurde nicht gelöscht; beide Pools werden berechnet: Setzen Sie fort, sobald die neuen Nodes laufen, oder rollen Sie zurück, um %2 zu löschen',
  "%1 n'a pas été supprimé ; les deux pools sont facturés : reprenez une fois les nouveaux nœuds en marche, ou revenez en arrière pour supprimer %2")
T('both pools remain and are billed: resume to delete %1, or delete it yourself',
  'beide Pools bleiben und werden berechnet: Setzen Sie fort, um %1 zu löschen, oder löschen Sie ihn selbst',
  'les deux pools restent et sont facturés : reprenez pour supprimer %1, ou supprimez-le vous-même')
T('both pools remain and are billed: resume to delete %1', 'beide Pools bleiben und werden berechnet: Setzen Sie fort, um %1 zu löschen', 'les deux pools restent et sont facturés : reprenez pour supprimer %1')
T('nothing changed: %1 runs as before', 'nichts hat sich geändert: %1 läuft wie zuvor', "rien n'a changé : %1 tourne comme avant")
T('the cluster has no pool %1 now: resume to create it', 'der Cluster hat jetzt keinen Pool %1: Setzen Sie fort, um ihn zu erstellen', "le cluster n'a plus de pool %1 : reprenez pour le créer")
T('replace %1 in place', '%1 in-place ersetzen', 'remplacer %1 sur place')
T('replace %1 with %2', '%1 durch %2 ersetzen', 'remplacer %1 par %2')
T('the apply already deleted (or began to delete) pool %1 and nothing brings it back; resume the apply instead',
  'der Apply-Lauf hat Pool %1 bereits gelöscht (oder zu löschen begonnen), und nichts bringt ihn zurück; setzen Sie den Apply-Lauf stattdessen fort',
  "l'application a déjà supprimé (ou commencé à supprimer) le pool %1 et rien ne le ramène ; reprenez plutôt l'application")
T('the update of %1 stays as it was sent', 'die Aktualisierung von %1 bleibt, wie sie gesendet wurde', "la mise à jour de %1 reste telle qu'elle a été envoyée")
T('deletes pool %1, which the interrupted apply created', 'löscht Pool %1, den der unterbrochene Apply-Lauf erstellt hat', "supprime le pool %1, créé par l'application interrompue")
T('the apply created no pool; there is nothing to roll back', 'der Apply-Lauf hat keinen Pool erstellt; es gibt nichts zurückzurollen', "l'application n'a créé aucun pool ; il n'y a rien à annuler")
T('not an apply journal of this version', 'kein Apply-Journal dieser Version', "pas un journal d'application de cette version")
T('a step without its cluster or requests', 'ein Schritt ohne Cluster oder Anfragen', 'une étape sans son cluster ni ses requêtes')
T('✓ %1: applied', '✓ %1: angewendet', '✓ %1 : appliqué')
T('· %1: not sent', '· %1: nicht gesendet', '· %1 : non envoyé')
T('✗ %1: failed: %2%3', '✗ %1: fehlgeschlagen: %2%3', '✗ %1 : échec : %2%3')
T('✓ %1: sent, still settling (%2)', '✓ %1: gesendet, noch nicht abgeschlossen (%2)', '✓ %1 : envoyé, en cours de stabilisation (%2)')
T('… %1: sent, still settling: %2%3', '… %1: gesendet, noch nicht abgeschlossen: %2%3', '… %1 : envoyé, en cours de stabilisation : %2%3')
T('A rollback', 'Ein Zurückrollen', 'Un retour en arrière')
T('An apply', 'Ein Apply-Lauf', 'Une application')
T('%1 was interrupted at step %2 of %3 (%4): %5', '%1 wurde bei Schritt %2 von %3 unterbrochen (%4): %5', "%1 a été interrompu(e) à l'étape %2 sur %3 (%4) : %5")
T('there are none yet', 'es gibt noch keine', "il n'y en a pas encore")
T('there are: %1', 'vorhanden sind: %1', 'il y a : %1')
T('CURRENT', 'AKTUELL', 'ACTUEL')
T('NAME', 'NAME', 'NOM')
T('EMAIL', 'E-MAIL', 'E-MAIL')
T('TEAM', 'TEAM', 'ÉQUIPE')
T('TOKEN IN', 'TOKEN IN', 'JETON DANS')
T('API URL', 'API-URL', "URL DE L'API")
T('default', 'Standard', 'par défaut')
T('no context named “%1”; %2', 'kein Kontext namens „%1“; %2', 'aucun contexte nommé « %1 » ; %2')
T('current context: %1\n', 'aktueller Kontext: %1\n', 'contexte actuel : %1\n')
T('cannot store the token of context “%1”: %2', 'das Token von Kontext „%1“ kann nicht gespeichert werden: %2', 'impossible de stocker le jeton du contexte « %1 » : %2')
T('imported %1 from doctl, tokens in the %2: %3\n', '%1 aus doctl importiert, Tokens in %2: %3\n', '%1 importé(s) depuis doctl, jetons dans %2 : %3\n')
T('1 context', '1 Kontext', '1 contexte')
T('%1 contexts', '%1 Kontexte', '%1 contextes')
T('nothing imported', 'nichts importiert', 'rien importé')
T('%1 Run again with --store-in-file to keep the tokens in %2 instead: readable only by you (mode 0600), but not encrypted.',
  '%1 Starten Sie erneut mit --store-in-file, um die Tokens stattdessen in %2 aufzubewahren: nur für Sie lesbar (Modus 0600), aber nicht verschlüsselt.',
  '%1 Relancez avec --store-in-file pour garder plutôt les jetons dans %2 : lisible par vous seul (mode 0600), mais non chiffré.')
T('usage: poolctl context list | use NAME | import-doctl [FILE]', 'Aufruf: poolctl context list | use NAME | import-doctl [DATEI]', 'usage : poolctl context list | use NOM | import-doctl [FICHIER]')
T("\nContexts (accounts Pool Studio signed in to; no network):\n  context list\n      The contexts, the current one starred (-o json|yaml too).\n  context use NAME\n      Make NAME the current context.\n  context import-doctl [FILE]\n      Import doctl's contexts (FILE: %1 if not given);\n      tokens go to the keychain (--store-in-file: a mode-0600 file).\n",
  "\nKontexte (Konten, bei denen Pool Studio angemeldet ist; kein Netzwerk):\n  context list\n      Die Kontexte, der aktuelle mit Stern (auch -o json|yaml).\n  context use NAME\n      Macht NAME zum aktuellen Kontext.\n  context import-doctl [DATEI]\n      Importiert die Kontexte von doctl (DATEI: %1, wenn nicht angegeben);\n      Tokens kommen in den Schlüsselbund (--store-in-file: eine Datei mit Modus 0600).\n",
  "\nContextes (comptes auxquels Pool Studio s'est connecté ; sans réseau) :\n  context list\n      Les contextes, l'actuel marqué d'une étoile (-o json|yaml aussi).\n  context use NOM\n      Fait de NOM le contexte actuel.\n  context import-doctl [FICHIER]\n      Importe les contextes de doctl (FICHIER : %1 s'il n'est pas donné) ;\n      les jetons vont dans le trousseau (--store-in-file : un fichier en mode 0600).\n")
T('no access token; set DIGITALOCEAN_ACCESS_TOKEN, pass --token-file, or sign in with Pool Studio and choose a context (--context NAME)',
  'kein Zugriffstoken; setzen Sie DIGITALOCEAN_ACCESS_TOKEN, übergeben Sie --token-file, oder melden Sie sich mit Pool Studio an und wählen Sie einen Kontext (--context NAME)',
  "pas de jeton d'accès ; définissez DIGITALOCEAN_ACCESS_TOKEN, passez --token-file, ou connectez-vous avec Pool Studio et choisissez un contexte (--context NOM)")
T('cannot read the token of context “%1”: %2', 'das Token von Kontext „%1“ kann nicht gelesen werden: %2', 'impossible de lire le jeton du contexte « %1 » : %2')
T('context “%1” has no token in the %2; sign in to it again in Pool Studio', 'Kontext „%1“ hat kein Token in %2; melden Sie sich in Pool Studio erneut an', "le contexte « %1 » n'a pas de jeton dans %2 ; reconnectez-vous-y dans Pool Studio")
T('cannot read the token file %1: %2', 'die Token-Datei %1 kann nicht gelesen werden: %2', 'impossible de lire le fichier de jetons %1 : %2')
T('using the token from %1, not the one of context “%2”', 'verwende das Token aus %1, nicht das von Kontext „%2“', 'utilisation du jeton de %1, pas de celui du contexte « %2 »')
T('no context named “%1”; there are none yet (sign in with Pool Studio)', 'kein Kontext namens „%1“; es gibt noch keine (melden Sie sich mit Pool Studio an)', "aucun contexte nommé « %1 » ; il n'y en a pas encore (connectez-vous avec Pool Studio)")
T('no context named “%1”; there are: %2', 'kein Kontext namens „%1“; vorhanden sind: %2', 'aucun contexte nommé « %1 » ; il y a : %2')
T('list clusters with their pools and nodes', 'Cluster mit ihren Pools und Nodes auflisten', 'lister les clusters avec leurs pools et nœuds')
T("list a cluster's node pools", 'die Node-Pools eines Clusters auflisten', "lister les pools de nœuds d'un cluster")
T("list a pool's nodes", 'die Nodes eines Pools auflisten', "lister les nœuds d'un pool")
T('show one pool in full', 'einen Pool vollständig zeigen', 'afficher un pool en entier')
T("write pools as manifest YAML (default), Terraform digitalocean_kubernetes_node_pool resources or doctl node-pool create commands: one pool, a cluster's, or all",
  'Pools als Manifest-YAML (Standard), als Terraform-Ressourcen digitalocean_kubernetes_node_pool oder als doctl-Befehle node-pool create schreiben: einen Pool, die eines Clusters oder alle',
  "écrire les pools en YAML de manifeste (par défaut), en ressources Terraform digitalocean_kubernetes_node_pool ou en commandes doctl node-pool create : un pool, ceux d'un cluster, ou tous")
T('show what applying the manifests would change', 'zeigen, was das Anwenden der Manifeste ändern würde', "montrer ce que changerait l'application des manifestes")
T('make the pools match the manifests. A size change creates the new pool (NAME-SIZE) and deletes the old one once the new nodes run (--replace=in-place: delete first, keep the name; needs another pool). --rewrite names the new pool in the files. Each apply is journaled: an interrupted one must be finished (--resume), undone (--rollback: delete what it created) or dropped (--forget) before the next',
  'die Pools an die Manifeste angleichen. Eine Größenänderung erstellt den neuen Pool (NAME-GRÖSSE) und löscht den alten, sobald die neuen Nodes laufen (--replace=in-place: zuerst löschen, Namen behalten; braucht einen anderen Pool). --rewrite trägt den neuen Pool in die Dateien ein. Jeder Apply-Lauf wird protokolliert: Ein unterbrochener muss vor dem nächsten beendet (--resume), rückgängig gemacht (--rollback: löscht, was er erstellt hat) oder verworfen (--forget) werden',
  "aligner les pools sur les manifestes. Un changement de taille crée le nouveau pool (NOM-TAILLE) et supprime l'ancien une fois les nouveaux nœuds en marche (--replace=in-place : supprimer d'abord, garder le nom ; demande un autre pool). --rewrite inscrit le nouveau pool dans les fichiers. Chaque application est journalisée : une application interrompue doit être terminée (--resume), annulée (--rollback : supprime ce qu'elle a créé) ou abandonnée (--forget) avant la suivante")
T('delete a pool and its nodes (--yes)', 'einen Pool und seine Nodes löschen (--yes)', 'supprimer un pool et ses nœuds (--yes)')
T('delete one node (--skip-drain, --replace, --yes)', 'einen Node löschen (--skip-drain, --replace, --yes)', 'supprimer un nœud (--skip-drain, --replace, --yes)')
T('list droplet sizes and prices (cached for a day)', 'Droplet-Größen und Preise auflisten (einen Tag zwischengespeichert)', 'lister les tailles et prix des droplets (en cache pour une journée)')
T('monthly cost estimate grouped by pool, cluster, size or a tag key', 'monatliche Kostenschätzung nach Pool, Cluster, Größe oder Tag-Schlüssel gruppiert', 'estimation du coût mensuel groupée par pool, cluster, taille ou clé de tag')
T('check manifests offline: file:line:column: field: problem', 'Manifeste offline prüfen: Datei:Zeile:Spalte: Feld: Problem', 'vérifier les manifestes hors ligne : fichier:ligne:colonne: champ: problème')
T('best-practice findings with rule id, severity and fix (--droplet-limit N)', 'Best-Practice-Hinweise mit Regel-ID, Schweregrad und Lösung (--droplet-limit N)', 'remarques de bonnes pratiques avec identifiant de règle, gravité et correctif (--droplet-limit N)')
T('print the manifest in canonical form, or rewrite it with --write (comments are not kept)', 'das Manifest in kanonischer Form ausgeben oder mit --write neu schreiben (Kommentare bleiben nicht erhalten)', 'afficher le manifeste sous forme canonique, ou le réécrire avec --write (les commentaires ne sont pas conservés)')
T('declined; nothing was changed', 'abgelehnt; nichts wurde geändert', "refusé ; rien n'a été modifié")
T('refused: this needs a confirmation and stdin is not a terminal; nothing was changed. Pass --yes to confirm.',
  'abgelehnt: Das braucht eine Bestätigung, und stdin ist kein Terminal; nichts wurde geändert. Übergeben Sie --yes zum Bestätigen.',
  "refusé : une confirmation est nécessaire et stdin n'est pas un terminal ; rien n'a été modifié. Passez --yes pour confirmer.")
T('Delete pool %1 (%2) and its %3 nodes from cluster %4? Pods are drained; this can take a quarter of an hour when they have nowhere to go.',
  'Pool %1 (%2) und seine %3 Nodes aus Cluster %4 löschen? Pods werden gedraint; das kann eine Viertelstunde dauern, wenn sie nirgendwo hinkönnen.',
  "Supprimer le pool %1 (%2) et ses %3 nœuds du cluster %4 ? Les pods sont drainés ; cela peut prendre un quart d'heure quand ils n'ont nulle part où aller.")
T('pool %1 deleted; its nodes are draining\n', 'Pool %1 gelöscht; seine Nodes werden gedraint\n', 'pool %1 supprimé ; ses nœuds sont en cours de drainage\n')
T('without draining', 'ohne Drain', 'sans drainage')
T('after draining', 'nach dem Drain', 'après drainage')
T('a new node takes its place', 'ein neuer Node tritt an seine Stelle', 'un nouveau nœud prend sa place')
T('the pool shrinks to %1', 'der Pool schrumpft auf %1', 'le pool passe à %1')
T('Delete node %1 of pool %2 (%3)?', 'Node %1 von Pool %2 löschen (%3)?', 'Supprimer le nœud %1 du pool %2 (%3) ?')
T('node %1 is being deleted\n', 'Node %1 wird gelöscht\n', 'le nœud %1 est en cours de suppression\n')
T('unknown grouping "%1"; use pool, cluster, size or tag:KEY', 'unbekannte Gruppierung "%1"; verwenden Sie pool, cluster, size oder tag:SCHLÜSSEL', 'regroupement inconnu "%1" ; utilisez pool, cluster, size ou tag:CLÉ')
T('estimate: count x monthly price; HA control plane $40.00/month assumed; DigitalOcean bills per second up to 672 hours a month\n',
  'Schätzung: Anzahl x Monatspreis; HA-Control-Plane mit $40.00/Monat angenommen; DigitalOcean rechnet sekundengenau ab, bis 672 Stunden im Monat\n',
  "estimation : nombre x prix mensuel ; plan de contrôle HA supposé à $40.00/mois ; DigitalOcean facture à la seconde, jusqu'à 672 heures par mois\n")
T('not in the size catalogue (counted as $0): %1\n', 'nicht im Größenkatalog (als $0 gezählt): %1\n', 'absent du catalogue des tailles (compté à $0) : %1\n')
T('The demo simulator could not listen on a loopback port.', 'Der Demo-Simulator konnte auf keinem Loopback-Port lauschen.', "Le simulateur de démo n'a pas pu écouter sur un port de bouclage.")
T('replaced by %1 (a blue/green size change); rewrite the manifest from it', 'ersetzt durch %1 (eine Blue/Green-Größenänderung); schreiben Sie das Manifest daraus neu', 'remplacé par %1 (un changement de taille blue/green) ; réécrivez le manifeste depuis celui-ci')
T('pool %1 of cluster %2 is declared again; first at %3', 'Pool %1 von Cluster %2 wird erneut deklariert; zuerst bei %3', 'le pool %1 du cluster %2 est déclaré à nouveau ; la première fois à %3')
T('keep one document per pool', 'behalten Sie ein Dokument je Pool', 'gardez un document par pool')
T('in sync', 'synchron', 'synchronisé')
T('differs', 'weicht ab', 'diffère')
T('not live', 'nicht live', 'pas en ligne')
T('cluster unknown', 'Cluster unbekannt', 'cluster inconnu')
T('invalid', 'ungültig', 'invalide')
T('live only', 'nur live', 'en ligne seulement')
T('cannot read the file: %1', 'die Datei kann nicht gelesen werden: %1', 'impossible de lire le fichier : %1')
N('%n pool(s) in %1 file(s): valid\n', ('%n Pool in %1 Datei(en): gültig\n', '%n Pools in %1 Datei(en): gültig\n'), ('%n pool dans %1 fichier(s) : valide\n', '%n pools dans %1 fichier(s) : valides\n'))
T('no findings\n', 'keine Hinweise\n', 'aucune remarque\n')
T('poolctl: cannot read %1: %2\n', 'poolctl: kann %1 nicht lesen: %2\n', 'poolctl : impossible de lire %1 : %2\n')
T('%1: already formatted\n', '%1: bereits formatiert\n', '%1 : déjà formaté\n')
T('poolctl: cannot write %1: %2\n', 'poolctl: kann %1 nicht schreiben: %2\n', "poolctl : impossible d'écrire %1 : %2\n")
T('%1: formatted\n', '%1: formatiert\n', '%1 : formaté\n')
T('line %1:%2', 'Zeile %1:%2', 'ligne %1:%2')
T('No interrupted apply: nothing to resume, roll back or forget.\n', 'Kein unterbrochener Apply-Lauf: nichts fortzusetzen, zurückzurollen oder zu verwerfen.\n', "Aucune application interrompue : rien à reprendre, annuler ou oublier.\n")
T('Forgot the interrupted apply; the cluster is left as it is:\n  %1\n', 'Unterbrochener Apply-Lauf verworfen; der Cluster bleibt, wie er ist:\n  %1\n', "Application interrompue oubliée ; le cluster reste tel quel :\n  %1\n")
T('Forgot the unreadable apply journal.\n', 'Unlesbares Apply-Journal verworfen.\n', "Journal d'application illisible oublié.\n")
T('the journal of an earlier apply cannot be read (%1); look at the cluster and run poolctl apply --forget to drop it',
  'das Journal eines früheren Apply-Laufs ist nicht lesbar (%1); sehen Sie sich den Cluster an und verwerfen Sie es mit poolctl apply --forget',
  "le journal d'une application précédente est illisible (%1) ; examinez le cluster et lancez poolctl apply --forget pour l'abandonner")
T('. Resuming.\n', '. Wird fortgesetzt.\n', '. Reprise.\n')
T('. It cannot be rolled back: %1', '. Er kann nicht zurückgerollt werden: %1', '. Impossible de revenir en arrière : %1')
T('%1.\nRolling back deletes %2.', '%1.\nZurückrollen löscht %2.', '%1.\nRevenir en arrière supprime %2.')
T('\nRoll back?', '\nZurückrollen?', '\nRevenir en arrière ?')
T('.\nNothing was sent now. Finish it with poolctl apply --resume, delete what it created with --rollback, or leave the cluster as it is with --forget.',
  '.\nJetzt wurde nichts gesendet. Beenden Sie ihn mit poolctl apply --resume, löschen Sie, was er erstellt hat, mit --rollback, oder lassen Sie den Cluster mit --forget, wie er ist.',
  ".\nRien n'a été envoyé maintenant. Terminez-la avec poolctl apply --resume, supprimez ce qu'elle a créé avec --rollback, ou laissez le cluster tel quel avec --forget.")
T('%1 is not JSON: %2', '%1 ist kein JSON: %2', "%1 n'est pas du JSON : %2")
T('cannot create the folder %1', 'der Ordner %1 kann nicht erstellt werden', 'impossible de créer le dossier %1')
T('cannot write %1: %2', 'kann %1 nicht schreiben: %2', "impossible d'écrire %1 : %2")
T('cannot remove %1: %2', 'kann %1 nicht entfernen: %2', 'impossible de supprimer %1 : %2')
T('poolctl: DigitalOcean Kubernetes node pools from the command line.\n\nCommands (clusters and pools are named by id or by name):\n',
  'poolctl: Node-Pools von DigitalOcean Kubernetes auf der Kommandozeile.\n\nBefehle (Cluster und Pools werden per ID oder Name angegeben):\n',
  'poolctl : les pools de nœuds DigitalOcean Kubernetes en ligne de commande.\n\nCommandes (clusters et pools sont désignés par identifiant ou par nom) :\n')
T('\nCommands on manifest files only (no token, no network):\n', '\nBefehle nur für Manifestdateien (kein Token, kein Netzwerk):\n', '\nCommandes sur les fichiers de manifestes seulement (sans jeton, sans réseau) :\n')
T('\nThe token is read from --token-file, else DIGITALOCEAN_ACCESS_TOKEN (or DIGITALOCEAN_TOKEN), else the keychain (or token file) of the context named by --context or, without it, of the current context Pool Studio signed in to. It is never printed.\nExit codes of the API commands: 0 done; 1 the API refused or failed, or a cluster, pool or node is unknown; 2 wrong usage; 3 refused, or a destructive step needs a confirmation (--yes); 4 validation errors in the input files of plan/apply.\nExit codes of validate, lint and fmt (as linters do): 0 clean; 1 findings (validation errors; for lint also best-practice findings); 2 unusable input (a file that cannot be read, a YAML syntax error, a document that is not a mapping) or wrong usage.',
  '\nDas Token wird aus --token-file gelesen, sonst aus DIGITALOCEAN_ACCESS_TOKEN (oder DIGITALOCEAN_TOKEN), sonst aus dem Schlüsselbund (oder der Token-Datei) des mit --context genannten Kontexts oder, ohne diese Option, des aktuellen Kontexts, bei dem Pool Studio angemeldet ist. Es wird nie ausgegeben.\nExit-Codes der API-Befehle: 0 erledigt; 1 die API lehnte ab oder scheiterte, oder ein Cluster, Pool oder Node ist unbekannt; 2 falscher Aufruf; 3 abgelehnt, oder ein destruktiver Schritt braucht eine Bestätigung (--yes); 4 Validierungsfehler in den Eingabedateien von plan/apply.\nExit-Codes von validate, lint und fmt (wie bei Lintern): 0 sauber; 1 Befunde (Validierungsfehler; bei lint auch Best-Practice-Hinweise); 2 unbrauchbare Eingabe (eine nicht lesbare Datei, ein YAML-Syntaxfehler, ein Dokument, das keine Zuordnung ist) oder falscher Aufruf.',
  "\nLe jeton est lu depuis --token-file, sinon DIGITALOCEAN_ACCESS_TOKEN (ou DIGITALOCEAN_TOKEN), sinon le trousseau (ou le fichier de jetons) du contexte nommé par --context ou, à défaut, du contexte actuel auquel Pool Studio s'est connecté. Il n'est jamais affiché.\nCodes de sortie des commandes API : 0 terminé ; 1 l'API a refusé ou échoué, ou un cluster, pool ou nœud est inconnu ; 2 mauvaise utilisation ; 3 refusé, ou une étape destructive demande une confirmation (--yes) ; 4 erreurs de validation dans les fichiers d'entrée de plan/apply.\nCodes de sortie de validate, lint et fmt (comme les linters) : 0 propre ; 1 remarques (erreurs de validation ; pour lint aussi les remarques de bonnes pratiques) ; 2 entrée inutilisable (un fichier illisible, une erreur de syntaxe YAML, un document qui n'est pas un dictionnaire) ou mauvaise utilisation.")
T('API base URL (default %1, or DIGITALOCEAN_API_URL).', 'Basis-URL der API (Standard %1, oder DIGITALOCEAN_API_URL).', "URL de base de l'API (par défaut %1, ou DIGITALOCEAN_API_URL).")
T('Read the access token from FILE.', 'Das Zugriffstoken aus FILE lesen.', "Lire le jeton d'accès depuis FILE.")
T('Use the token (and API URL) of context NAME, as Pool Studio signed in to it; the environment still overrides it.',
  'Das Token (und die API-URL) des Kontexts NAME verwenden, wie Pool Studio sich dort angemeldet hat; die Umgebung hat weiterhin Vorrang.',
  "Utiliser le jeton (et l'URL de l'API) du contexte NAME, tel que Pool Studio s'y est connecté ; l'environnement reste prioritaire.")
T('context import-doctl: keep the tokens in a file only you may read (mode 0600) instead of the keychain, where no keychain runs.',
  'context import-doctl: die Tokens statt im Schlüsselbund in einer nur für Sie lesbaren Datei (Modus 0600) aufbewahren, wo kein Schlüsselbund läuft.',
  'context import-doctl : garder les jetons dans un fichier lisible par vous seul (mode 0600) au lieu du trousseau, là où aucun trousseau ne tourne.')
T('Output format: table (default), json or yaml.', 'Ausgabeformat: table (Standard), json oder yaml.', 'Format de sortie : table (par défaut), json ou yaml.')
T('Confirm destructive steps (deleting, shrinking, replacing) without asking.', 'Destruktive Schritte (Löschen, Verkleinern, Ersetzen) ohne Rückfrage bestätigen.', 'Confirmer les étapes destructives (suppression, réduction, remplacement) sans demander.')
T('apply/plan: delete pools of the named clusters that no manifest declares.', 'apply/plan: Pools der genannten Cluster löschen, die kein Manifest deklariert.', "apply/plan : supprimer les pools des clusters nommés qu'aucun manifeste ne déclare.")
T('apply/plan: send nodeCount for autoscaled pools too (overrides the autoscaler).', 'apply/plan: nodeCount auch für Pools mit Autoscaling senden (überschreibt den Autoscaler).', "apply/plan : envoyer nodeCount aussi pour les pools en autoscaling (remplace l'autoscaler).")
T('delete-node: do not evict pods first.', 'delete-node: Pods nicht zuerst verdrängen.', "delete-node : ne pas évincer les pods d'abord.")
T('delete-node: a new node takes its place. plan/apply: --replace=blue-green (default: the new pool first, under a new name) or --replace=in-place (delete first, keep the name; only where another pool carries the load).',
  'delete-node: Ein neuer Node tritt an seine Stelle. plan/apply: --replace=blue-green (Standard: zuerst der neue Pool, unter neuem Namen) oder --replace=in-place (zuerst löschen, Namen behalten; nur wenn ein anderer Pool die Last trägt).',
  "delete-node : un nouveau nœud prend sa place. plan/apply : --replace=blue-green (par défaut : le nouveau pool d'abord, sous un nouveau nom) ou --replace=in-place (supprimer d'abord, garder le nom ; seulement si un autre pool porte la charge).")
T('apply: after a blue/green replace, name the new pool in the applied files.', 'apply: nach einem Blue/Green-Austausch den neuen Pool in die angewendeten Dateien eintragen.', 'apply : après un remplacement blue/green, inscrire le nouveau pool dans les fichiers appliqués.')
T('apply: finish the interrupted apply.', 'apply: den unterbrochenen Apply-Lauf beenden.', "apply : terminer l'application interrompue.")
T('apply: delete the pools the interrupted apply created (not after it deleted one).', 'apply: die Pools löschen, die der unterbrochene Apply-Lauf erstellt hat (nicht, nachdem er einen gelöscht hat).', "apply : supprimer les pools créés par l'application interrompue (pas après qu'elle en a supprimé un).")
T("apply: drop the interrupted apply's journal; change nothing.", 'apply: das Journal des unterbrochenen Apply-Laufs verwerfen; nichts ändern.', "apply : abandonner le journal de l'application interrompue ; ne rien modifier.")
T('apply: keep the apply journal in DIR (default: per context, in $XDG_DATA_HOME/poolctl/journals).', 'apply: das Apply-Journal in DIR aufbewahren (Standard: je Kontext, in $XDG_DATA_HOME/poolctl/journals).', "apply : garder le journal d'application dans DIR (par défaut : par contexte, dans $XDG_DATA_HOME/poolctl/journals).")
T('apply: seconds between looks at a settling pool (default 10).', 'apply: Sekunden zwischen den Blicken auf einen sich einpendelnden Pool (Standard 10).', "apply : secondes entre deux coups d'œil à un pool en cours de stabilisation (10 par défaut).")
T("apply: seconds a replacement's nodes may take to run (default 1800).", 'apply: Sekunden, die die Nodes eines Ersatzpools bis zum Laufen brauchen dürfen (Standard 1800).', "apply : secondes accordées aux nœuds d'un remplaçant pour démarrer (1800 par défaut).")
T('sizes: ask the API even if the cache is fresh.', 'sizes: die API fragen, auch wenn der Cache frisch ist.', "sizes : interroger l'API même si le cache est récent.")
T('cost: group by pool (default), cluster, size or tag:KEY; cost also takes -o csv.', 'cost: nach pool (Standard), cluster, size oder tag:KEY gruppieren; cost kennt auch -o csv.', 'cost : grouper par pool (par défaut), cluster, size ou tag:KEY ; cost accepte aussi -o csv.')
T('fmt: rewrite the file instead of printing it.', 'fmt: die Datei neu schreiben, statt sie auszugeben.', "fmt : réécrire le fichier au lieu de l'afficher.")
T("lint: the account's droplet limit (default 25).", 'lint: das Droplet-Limit des Kontos (Standard 25).', 'lint : la limite de droplets du compte (25 par défaut).')
T('export: yaml (manifests, default), terraform (digitalocean_kubernetes_node_pool resources) or doctl (node-pool create commands).',
  'export: yaml (Manifeste, Standard), terraform (Ressourcen digitalocean_kubernetes_node_pool) oder doctl (Befehle node-pool create).',
  'export : yaml (manifestes, par défaut), terraform (ressources digitalocean_kubernetes_node_pool) ou doctl (commandes node-pool create).')
T('What to do (see above).', 'Was zu tun ist (siehe oben).', 'Ce qu\'il faut faire (voir ci-dessus).')
T('Pool Studio: DigitalOcean Kubernetes node pools on the desktop. DIGITALOCEAN_ACCESS_TOKEN (or DIGITALOCEAN_TOKEN) signs in for one run; without it, the saved context or the sign-in page opens.',
  'Pool Studio: Node-Pools von DigitalOcean Kubernetes auf dem Desktop. DIGITALOCEAN_ACCESS_TOKEN (oder DIGITALOCEAN_TOKEN) meldet für einen Lauf an; ohne es öffnet sich der gespeicherte Kontext oder die Anmeldeseite.',
  "Pool Studio : les pools de nœuds DigitalOcean Kubernetes sur le bureau. DIGITALOCEAN_ACCESS_TOKEN (ou DIGITALOCEAN_TOKEN) connecte pour une exécution ; sans lui, le contexte enregistré ou la page de connexion s'ouvre.")
T('Run against the built-in simulator with demo data.', 'Gegen den eingebauten Simulator mit Demodaten laufen.', 'Utiliser le simulateur intégré avec des données de démo.')
T('DigitalOcean API base URL (default %1).', 'Basis-URL der DigitalOcean-API (Standard %1).', "URL de base de l'API DigitalOcean (par défaut %1).")
T('Colour theme: system (default), light or dark.', 'Farbschema: system (Standard), light oder dark.', 'Thème de couleurs : system (par défaut), light ou dark.')
T('Save the window to FILE once the first refresh has finished, then quit (for documentation).', 'Das Fenster nach der ersten Aktualisierung in FILE speichern, dann beenden (für die Dokumentation).', 'Enregistrer la fenêtre dans FILE une fois la première actualisation terminée, puis quitter (pour la documentation).')
T('no %1 "%2"; known: %3', 'kein %1 "%2"; bekannt: %3', 'aucun %1 "%2" ; connus : %3')
T('none', 'keine', 'aucun')
T('%1 name "%2" is used %3 times; name it by id: %4', '%1-Name "%2" wird %3-mal verwendet; geben Sie ihn per ID an: %4', 'le nom de %1 "%2" est utilisé %3 fois ; désignez-le par identifiant : %4')
T('cluster', 'Cluster', 'cluster')
T('node pool in cluster %1:', 'Node-Pool in Cluster %1:', 'pool de nœuds dans le cluster %1 :')
T('node in pool %1:', 'Node in Pool %1:', 'nœud dans le pool %1 :')
T('prices fetched %1\n', 'Preise abgerufen %1\n', 'prix récupérés %1\n')
