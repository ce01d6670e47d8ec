# Pool Studio's translations, part 2: the rest of the window, sign-in,
# accounts and the API client's messages.
T('Remove this taint', 'Dieses Taint entfernen', 'Retirer ce taint')
T('Tags', 'Tags', 'Tags')
T('Click to remove', 'Zum Entfernen klicken', 'Cliquer pour retirer')
T('Added by DigitalOcean; read-only', 'Von DigitalOcean hinzugefügt; schreibgeschützt', 'Ajouté par DigitalOcean ; lecture seule')
T('Add a tag, e.g. team:payments, and press Enter', 'Tag eingeben, z. B. team:payments, und Eingabe drücken', 'Ajoutez un tag, p. ex. team:payments, puis appuyez sur Entrée')
T('This token cannot change anything (it has no write scope): see the read-only bar',
  'Dieses Token kann nichts ändern (es hat keine Schreibrechte): siehe die Schreibschutz-Leiste',
  "Ce jeton ne peut rien modifier (il n'a pas le droit d'écriture) : voir la barre de lecture seule")
T('Node pools of %1', 'Node-Pools von %1', 'Pools de nœuds de %1')
T('Node pools', 'Node-Pools', 'Pools de nœuds')
T('Delete…', 'Löschen…', 'Supprimer…')
T('Delete the selected pool (Delete)', 'Den ausgewählten Pool löschen (Entf)', 'Supprimer le pool sélectionné (Suppr)')
T('Edit…', 'Bearbeiten…', 'Modifier…')
T('Edit the selected pool (Enter)', 'Den ausgewählten Pool bearbeiten (Eingabe)', 'Modifier le pool sélectionné (Entrée)')
T('New pool…', 'Neuer Pool…', 'Nouveau pool…')
T('Add a node pool to this cluster (Ctrl+N)', 'Diesem Cluster einen Node-Pool hinzufügen (Strg+N)', 'Ajouter un pool de nœuds à ce cluster (Ctrl+N)')
T('This cluster has no node pools', 'Dieser Cluster hat keine Node-Pools', "Ce cluster n'a aucun pool de nœuds")
T('Select a cluster to see its node pools', 'Wählen Sie einen Cluster, um seine Node-Pools zu sehen', 'Sélectionnez un cluster pour voir ses pools de nœuds')
T('READ-ONLY', 'SCHREIBGESCHÜTZT', 'LECTURE SEULE')
T('Create a token…', 'Token erstellen…', 'Créer un jeton…')
T('Opens cloud.digitalocean.com/account/api/tokens in the browser: create a token with write scope there',
  'Öffnet cloud.digitalocean.com/account/api/tokens im Browser: Erstellen Sie dort ein Token mit Schreibrechten',
  "Ouvre cloud.digitalocean.com/account/api/tokens dans le navigateur : créez-y un jeton avec le droit d'écriture")
T('Sign in again…', 'Erneut anmelden…', 'Se reconnecter…')
T('The server answered %1 %2 with a redirect (HTTP %3) that names no valid address.',
  'Der Server beantwortete %1 %2 mit einer Weiterleitung (HTTP %3), die keine gültige Adresse nennt.',
  "Le serveur a répondu à %1 %2 par une redirection (HTTP %3) qui ne donne aucune adresse valide.")
T('The server answered %1 %2 with a redirect to %3; a change is never sent on to another address, and nothing was changed. Point the API URL at the API itself (the address that redirect names, if you trust it).',
  'Der Server beantwortete %1 %2 mit einer Weiterleitung nach %3; eine Änderung wird nie an eine andere Adresse weitergesendet, und nichts wurde geändert. Richten Sie die API-URL auf die API selbst (die Adresse der Weiterleitung, wenn Sie ihr vertrauen).',
  "Le serveur a répondu à %1 %2 par une redirection vers %3 ; une modification n'est jamais renvoyée vers une autre adresse, et rien n'a été modifié. Faites pointer l'URL de l'API sur l'API elle-même (l'adresse de cette redirection, si vous lui faites confiance).")
T('The server redirected %1 to another server, %2; it was not followed, so the access token went nowhere else. If that server is the API, set the API URL to it.',
  'Der Server leitete %1 auf einen anderen Server um, %2; dem wurde nicht gefolgt, das Zugriffstoken ging also nirgendwo anders hin. Wenn dieser Server die API ist, setzen Sie die API-URL darauf.',
  "Le serveur a redirigé %1 vers un autre serveur, %2 ; la redirection n'a pas été suivie, le jeton d'accès n'est donc allé nulle part ailleurs. Si ce serveur est l'API, réglez l'URL de l'API sur lui.")
T('%1 was redirected more than %2 times (last to %3); check the API URL and any proxy in front of it.',
  '%1 wurde mehr als %2-mal weitergeleitet (zuletzt nach %3); prüfen Sie die API-URL und jeden vorgeschalteten Proxy.',
  "%1 a été redirigé plus de %2 fois (en dernier vers %3) ; vérifiez l'URL de l'API et tout proxy placé devant.")
T('Sign in with a DigitalOcean personal access token to see and change the node pools of your Kubernetes clusters.',
  'Melden Sie sich mit einem persönlichen Zugriffstoken von DigitalOcean an, um die Node-Pools Ihrer Kubernetes-Cluster zu sehen und zu ändern.',
  "Connectez-vous avec un jeton d'accès personnel DigitalOcean pour voir et modifier les pools de nœuds de vos clusters Kubernetes.")
T('Token', 'Token', 'Jeton')
T('dop_v1_…', 'dop_v1_…', 'dop_v1_…')
T('Personal access token', 'Persönliches Zugriffstoken', "Jeton d'accès personnel")
T('Create one at cloud.digitalocean.com/account/api/tokens. Read scope is enough to look; changing pools needs write scope.',
  'Erstellen Sie eines unter cloud.digitalocean.com/account/api/tokens. Zum Ansehen genügen Leserechte; Pools zu ändern braucht Schreibrechte.',
  "Créez-en un sur cloud.digitalocean.com/account/api/tokens. Le droit de lecture suffit pour consulter ; modifier des pools demande le droit d'écriture.")
T('API: %1', 'API: %1', 'API : %1')
T('Context name', 'Kontextname', 'Nom du contexte')
T("e.g. work (empty: the team's name)", 'z. B. arbeit (leer: der Name des Teams)', "p. ex. travail (vide : le nom de l'équipe)")
T('Looking for a keychain…', 'Schlüsselbund wird gesucht…', "Recherche d'un trousseau…")
T('The token will be kept in the desktop keychain (Secret Service or KWallet), never in a settings file.',
  'Das Token wird im Schlüsselbund des Desktops (Secret Service oder KWallet) aufbewahrt, nie in einer Einstellungsdatei.',
  "Le jeton sera gardé dans le trousseau du bureau (Secret Service ou KWallet), jamais dans un fichier de réglages.")
T('Store in a file (mode 0600) in %1', 'In einer Datei (Modus 0600) in %1 speichern', 'Stocker dans un fichier (mode 0600) dans %1')
T('Only your user can read that file, but unlike a keychain it is not encrypted: anything running as you can read the token.',
  'Nur Ihr Benutzer kann diese Datei lesen, aber anders als ein Schlüsselbund ist sie nicht verschlüsselt: Alles, was unter Ihrem Benutzer läuft, kann das Token lesen.',
  "Seul votre utilisateur peut lire ce fichier, mais contrairement à un trousseau il n'est pas chiffré : tout ce qui tourne sous votre compte peut lire le jeton.")
T('Check and sign in', 'Prüfen und anmelden', 'Vérifier et se connecter')
T('Saved contexts', 'Gespeicherte Kontexte', 'Contextes enregistrés')
T('%1 · %2', '%1 · %2', '%1 · %2')
T('%1, token in the %2', '%1, Token in %2', '%1, jeton dans %2')
T('token file', 'Token-Datei', 'fichier de jetons')
T('keychain', 'Schlüsselbund', 'trousseau')
T('Try the demo', 'Demo ausprobieren', 'Essayer la démo')
T('A simulated account with three clusters; nothing leaves this computer.', 'Ein simuliertes Konto mit drei Clustern; nichts verlässt diesen Computer.', 'Un compte simulé avec trois clusters ; rien ne quitte cet ordinateur.')
T('Import from doctl…', 'Aus doctl importieren…', 'Importer depuis doctl…')
T("Reads doctl's config.yaml (never changes it) and keeps the chosen contexts' tokens where a sign-in would.",
  'Liest die config.yaml von doctl (ändert sie nie) und bewahrt die Tokens der gewählten Kontexte dort auf, wo es eine Anmeldung täte.',
  "Lit le config.yaml de doctl (sans jamais le modifier) et garde les jetons des contextes choisis là où le ferait une connexion.")
T('From %1', 'Aus %1', 'Depuis %1')
T('Choose file…', 'Datei wählen…', 'Choisir un fichier…')
T('No context with a token was found there.', 'Dort wurde kein Kontext mit Token gefunden.', "Aucun contexte avec jeton n'y a été trouvé.")
T(" (doctl's current context)", ' (aktueller Kontext von doctl)', ' (contexte actuel de doctl)')
T('Check and import the chosen contexts', 'Gewählte Kontexte prüfen und importieren', 'Vérifier et importer les contextes choisis')
T('doctl config file', 'doctl-Konfigurationsdatei', 'fichier de configuration doctl')
T('doctl config (*.yaml *.yml)', 'doctl-Konfiguration (*.yaml *.yml)', 'configuration doctl (*.yaml *.yml)')
T('Pool Studio — sign in', 'Pool Studio — Anmeldung', 'Pool Studio — connexion')
T('DEMO · simulated account', 'DEMO · simuliertes Konto', 'DÉMO · compte simulé')
T('Refreshed at %1', 'Aktualisiert um %1', 'Actualisé à %1')
T('Not refreshed yet', 'Noch nicht aktualisiert', 'Pas encore actualisé')
T('stale', 'veraltet', 'périmé')
T('The last successful refresh is more than a minute old', 'Die letzte erfolgreiche Aktualisierung ist über eine Minute alt', "La dernière actualisation réussie date de plus d'une minute")
N('%n operation(s) running', ('%n Vorgang läuft', '%n Vorgänge laufen'), ('%n opération en cours', '%n opérations en cours'))
T('API requests left: %1 of %2', 'Verbleibende API-Anfragen: %1 von %2', 'Requêtes API restantes : %1 sur %2')
T('DigitalOcean allows 5,000 requests an hour and 250 a minute per token', 'DigitalOcean erlaubt je Token 5.000 Anfragen pro Stunde und 250 pro Minute', 'DigitalOcean autorise 5 000 requêtes par heure et 250 par minute et par jeton')
T('it is not valid JSON (%1 at byte %2)', 'sie ist kein gültiges JSON (%1 bei Byte %2)', "ce n'est pas du JSON valide (%1 à l'octet %2)")
T('it is not a JSON object', 'sie ist kein JSON-Objekt', "ce n'est pas un objet JSON")
T('its "version" is not a format version number', 'ihre "version" ist keine Formatversion', 'sa "version" n\'est pas un numéro de version de format')
T('it was written by a newer Pool Studio (format version %1; this one reads version %2)',
  'sie wurde von einem neueren Pool Studio geschrieben (Formatversion %1; dieses liest Version %2)',
  'il a été écrit par un Pool Studio plus récent (version de format %1 ; celui-ci lit la version %2)')
T('"contexts" is not a list', '"contexts" ist keine Liste', '"contexts" n\'est pas une liste')
T('context %1 is not a JSON object', 'Kontext %1 ist kein JSON-Objekt', "le contexte %1 n'est pas un objet JSON")
T('context %1 has no name', 'Kontext %1 hat keinen Namen', "le contexte %1 n'a pas de nom")
T('context “%1” has storage “%2”; expected “keychain” or “file”',
  'Kontext „%1“ hat die Ablage „%2“; erwartet: „keychain“ oder „file“',
  'le contexte « %1 » a le stockage « %2 » ; attendu : « keychain » ou « file »')
T('the context name “%1” appears twice', 'der Kontextname „%1“ kommt zweimal vor', 'le nom de contexte « %1 » apparaît deux fois')
T('Cannot read the contexts file %1: %2. It is left as it is; contexts are read-only until it can be read or you move it aside.',
  'Die Kontextdatei %1 kann nicht gelesen werden: %2. Sie bleibt, wie sie ist; Kontexte sind schreibgeschützt, bis sie lesbar ist oder Sie sie beiseitelegen.',
  "Impossible de lire le fichier des contextes %1 : %2. Il est laissé tel quel ; les contextes sont en lecture seule jusqu'à ce qu'il soit lisible ou que vous le mettiez de côté.")
T('The contexts file %1 cannot be used: %2. It is left as it is; contexts are read-only until you fix it, or let Pool Studio move it aside and start a new one.',
  'Die Kontextdatei %1 ist nicht verwendbar: %2. Sie bleibt, wie sie ist; Kontexte sind schreibgeschützt, bis Sie sie reparieren oder Pool Studio sie beiseitelegen und eine neue beginnen lassen.',
  "Le fichier des contextes %1 est inutilisable : %2. Il est laissé tel quel ; les contextes sont en lecture seule jusqu'à ce que vous le corrigiez, ou laissiez Pool Studio le mettre de côté et en commencer un nouveau.")
T('Not saving the contexts file %1: %2', 'Die Kontextdatei %1 wird nicht gespeichert: %2', "Le fichier des contextes %1 n'est pas enregistré : %2")
T('Not saving the contexts: the file %1 cannot be used (%2) and would be lost. It is left as it is until you decide.',
  'Die Kontexte werden nicht gespeichert: Die Datei %1 ist nicht verwendbar (%2) und ginge verloren. Sie bleibt, wie sie ist, bis Sie entscheiden.',
  "Les contextes ne sont pas enregistrés : le fichier %1 est inutilisable (%2) et serait perdu. Il est laissé tel quel jusqu'à votre décision.")
T('Cannot write the contexts file %1: %2', 'Die Kontextdatei %1 kann nicht geschrieben werden: %2', "Impossible d'écrire le fichier des contextes %1 : %2")
T('Cannot move the contexts file %1 aside: %2', 'Die Kontextdatei %1 kann nicht beiseitegelegt werden: %2', 'Impossible de mettre de côté le fichier des contextes %1 : %2')
T('Cannot move the contexts file %1 aside to %2', 'Die Kontextdatei %1 kann nicht nach %2 beiseitegelegt werden', 'Impossible de mettre de côté le fichier des contextes %1 vers %2')
T('line %1', 'Zeile %1', 'ligne %1')
T('a list', 'eine Liste', 'une liste')
T('a mapping', 'eine Zuordnung (Mapping)', 'un dictionnaire (mapping)')
T('a single value', 'ein einzelner Wert', 'une valeur simple')
T('%1: “%2” should be a single value, not %3', '%1: „%2“ sollte ein einzelner Wert sein, nicht %3', '%1 : « %2 » devrait être une valeur simple, pas %3')
T('line %1: the token of context “%2” is empty; skipped', 'Zeile %1: Das Token von Kontext „%2“ ist leer; übersprungen', 'ligne %1 : le jeton du contexte « %2 » est vide ; ignoré')
T("%1: doctl's config should be a mapping of settings, not %2", '%1: Die Konfiguration von doctl sollte eine Zuordnung von Einstellungen sein, nicht %2', '%1 : la configuration de doctl devrait être un dictionnaire de réglages, pas %2')
T('%1: a context name should be a single value', '%1: Ein Kontextname sollte ein einzelner Wert sein', '%1 : un nom de contexte devrait être une valeur simple')
T('%1: doctl takes the token of context “default” from access-token, not from auth-contexts; skipped',
  '%1: doctl nimmt das Token von Kontext „default“ aus access-token, nicht aus auth-contexts; übersprungen',
  '%1 : doctl prend le jeton du contexte « default » dans access-token, pas dans auth-contexts ; ignoré')
T('%1: “auth-contexts” should be a mapping of context name to token, not %2',
  '%1: „auth-contexts“ sollte Kontextnamen Tokens zuordnen, nicht %2',
  '%1 : « auth-contexts » devrait associer des noms de contexte à des jetons, pas %2')
T('%1: the current context “%2” has no token here', '%1: Der aktuelle Kontext „%2“ hat hier kein Token', "%1 : le contexte actuel « %2 » n'a pas de jeton ici")
T("doctl's config is %1, more than the %2 Pool Studio reads; it was not read",
  'Die Konfiguration von doctl ist %1 groß, mehr als die %2, die Pool Studio liest; sie wurde nicht gelesen',
  "la configuration de doctl fait %1, plus que les %2 que lit Pool Studio ; elle n'a pas été lue")
T("doctl's config is not valid YAML: %1", 'Die Konfiguration von doctl ist kein gültiges YAML: %1', "la configuration de doctl n'est pas du YAML valide : %1")
T("line %1: doctl's config is not valid YAML: %2", 'Zeile %1: Die Konfiguration von doctl ist kein gültiges YAML: %2', "ligne %1 : la configuration de doctl n'est pas du YAML valide : %2")
T("doctl's config holds no access token.", 'Die Konfiguration von doctl enthält kein Zugriffstoken.', "La configuration de doctl ne contient aucun jeton d'accès.")
T("cannot read doctl's config %1: %2", 'die Konfiguration %1 von doctl kann nicht gelesen werden: %2', 'impossible de lire la configuration doctl %1 : %2')
T('The token file %1 may be read or changed by other users (mode %2), so Pool Studio does not use it. Make it private with: chmod 600 %1',
  'Die Token-Datei %1 kann von anderen Benutzern gelesen oder geändert werden (Modus %2), daher verwendet Pool Studio sie nicht. Machen Sie sie privat mit: chmod 600 %1',
  "Le fichier de jetons %1 peut être lu ou modifié par d'autres utilisateurs (mode %2), Pool Studio ne l'utilise donc pas. Rendez-le privé avec : chmod 600 %1")
T('The token file %1 belongs to another user, so Pool Studio does not use it. Remove it, or give it to yourself with: chown $USER %1',
  'Die Token-Datei %1 gehört einem anderen Benutzer, daher verwendet Pool Studio sie nicht. Entfernen Sie sie oder übernehmen Sie sie mit: chown $USER %1',
  "Le fichier de jetons %1 appartient à un autre utilisateur, Pool Studio ne l'utilise donc pas. Supprimez-le, ou attribuez-le-vous avec : chown $USER %1")
T('Cannot read the token file %1: %2. It is left as it is.', 'Die Token-Datei %1 kann nicht gelesen werden: %2. Sie bleibt, wie sie ist.', 'Impossible de lire le fichier de jetons %1 : %2. Il est laissé tel quel.')
T('The token file %1 is damaged (not the JSON Pool Studio writes). It is left as it is; remove it and sign in again.',
  'Die Token-Datei %1 ist beschädigt (nicht das JSON, das Pool Studio schreibt). Sie bleibt, wie sie ist; entfernen Sie sie und melden Sie sich erneut an.',
  "Le fichier de jetons %1 est endommagé (ce n'est pas le JSON qu'écrit Pool Studio). Il est laissé tel quel ; supprimez-le et reconnectez-vous.")
T('Cannot write the token file %1: %2', 'Die Token-Datei %1 kann nicht geschrieben werden: %2', "Impossible d'écrire le fichier de jetons %1 : %2")
T('Cannot make the token file %1 private (mode 0600): %2', 'Die Token-Datei %1 kann nicht privat gemacht werden (Modus 0600): %2', 'Impossible de rendre privé le fichier de jetons %1 (mode 0600) : %2')
T('Cannot store the token in %1: %2', 'Das Token kann nicht in %1 gespeichert werden: %2', 'Impossible de stocker le jeton dans %1 : %2')
T('Cannot remove the token from %1: %2', 'Das Token kann nicht aus %1 entfernt werden: %2', 'Impossible de retirer le jeton de %1 : %2')
T('the lock %1 was not free after %2 seconds: %3', 'die Sperre %1 war nach %2 Sekunden nicht frei: %3', "le verrou %1 n'était pas libre après %2 secondes : %3")
T('No keychain service (such as GNOME Keyring or KWallet) is available: %1', 'Kein Schlüsselbunddienst (wie GNOME Keyring oder KWallet) verfügbar: %1', "Aucun service de trousseau (comme GNOME Keyring ou KWallet) n'est disponible : %1")
T('The keychain refused access (is it locked?): %1', 'Der Schlüsselbund verweigerte den Zugriff (ist er gesperrt?): %1', "Le trousseau a refusé l'accès (est-il verrouillé ?) : %1")
T('The keychain failed: %1', 'Der Schlüsselbund ist fehlgeschlagen: %1', 'Le trousseau a échoué : %1')
T('The keychain did not answer within %1 seconds.', 'Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.', "Le trousseau n'a pas répondu en %1 secondes.")
T('No D-Bus session bus runs here, so there is no keychain (such as GNOME Keyring or KWallet) to keep the token in.',
  'Hier läuft kein D-Bus-Sitzungsbus, daher gibt es keinen Schlüsselbund (wie GNOME Keyring oder KWallet), der das Token aufbewahren könnte.',
  "Aucun bus de session D-Bus ne tourne ici, il n'y a donc pas de trousseau (comme GNOME Keyring ou KWallet) pour garder le jeton.")
T('No keychain service (Secret Service such as GNOME Keyring, or KWallet) runs on this desktop.',
  'Auf diesem Desktop läuft kein Schlüsselbunddienst (Secret Service wie GNOME Keyring, oder KWallet).',
  'Aucun service de trousseau (Secret Service comme GNOME Keyring, ou KWallet) ne tourne sur ce bureau.')
T('The keychain did not give back what was stored.', 'Der Schlüsselbund gab nicht zurück, was gespeichert wurde.', "Le trousseau n'a pas rendu ce qui avait été stocké.")
T('not signed in', 'nicht angemeldet', 'non connecté')
T('token from %1', 'Token aus %1', 'jeton de %1')
T('token of context “%1” from the keychain', 'Token von Kontext „%1“ aus dem Schlüsselbund', 'jeton du contexte « %1 » depuis le trousseau')
T('token of context “%1” from the token file (no keychain)', 'Token von Kontext „%1“ aus der Token-Datei (kein Schlüsselbund)', 'jeton du contexte « %1 » depuis le fichier de jetons (pas de trousseau)')
T('demo: the built-in simulator, no token', 'Demo: der eingebaute Simulator, kein Token', 'démo : le simulateur intégré, sans jeton')
T('the answer holds no "%1"', 'die Antwort enthält kein "%1"', 'la réponse ne contient pas de "%1"')
T('The list at %1 could not be read: %2.', 'Die Liste unter %1 konnte nicht gelesen werden: %2.', "La liste à %1 n'a pas pu être lue : %2.")
T('the create was answered without the new pool', 'das Erstellen wurde ohne den neuen Pool beantwortet', 'la création a reçu une réponse sans le nouveau pool')
T('%1; whether the pool "%2" was created is unknown, as listing the pools failed too (%3)',
  '%1; ob der Pool "%2" erstellt wurde, ist unbekannt, da auch das Auflisten der Pools fehlschlug (%3)',
  "%1 ; on ne sait pas si le pool \"%2\" a été créé, car la liste des pools a échoué aussi (%3)")
T('%1; a pool named "%2" is in the cluster, but with size %3 and %4 nodes, not what was sent: it is someone else\'s, and nothing was created again. Choose another name, or change or delete that pool.',
  '%1; im Cluster ist ein Pool namens "%2", aber mit Größe %3 und %4 Nodes, nicht wie gesendet: Er gehört jemand anderem, und nichts wurde erneut erstellt. Wählen Sie einen anderen Namen, oder ändern oder löschen Sie diesen Pool.',
  "%1 ; un pool nommé \"%2\" est dans le cluster, mais avec la taille %3 et %4 nœuds, pas ce qui a été envoyé : il appartient à quelqu'un d'autre, et rien n'a été recréé. Choisissez un autre nom, ou modifiez ou supprimez ce pool.")
T('the change had not settled after %1 s; it goes on at DigitalOcean', 'die Änderung war nach %1 s nicht abgeschlossen; sie läuft bei DigitalOcean weiter', "le changement n'était pas stabilisé après %1 s ; il se poursuit chez DigitalOcean")
T('the API client is gone', 'der API-Client existiert nicht mehr', "le client de l'API n'existe plus")
T('Creating pool %1', 'Pool %1 wird erstellt', 'Création du pool %1')
T('Updating pool %1', 'Pool %1 wird aktualisiert', 'Mise à jour du pool %1')
T('Replacing pool %1 in place (%2 → %3): deleting the old pool, then creating the new one under the same name',
  'Pool %1 wird in-place ersetzt (%2 → %3): Der alte Pool wird gelöscht, dann der neue unter demselben Namen erstellt',
  "Remplacement du pool %1 sur place (%2 → %3) : suppression de l'ancien pool, puis création du nouveau sous le même nom")
T('Replacing pool %1 (%2 → %3): creating %4, then deleting %1 once its nodes run',
  'Pool %1 wird ersetzt (%2 → %3): %4 wird erstellt, dann %1 gelöscht, sobald dessen Nodes laufen',
  'Remplacement du pool %1 (%2 → %3) : création de %4, puis suppression de %1 une fois ses nœuds en marche')
T('Deleting pool %1 (nodes are drained first; this can take many minutes)',
  'Pool %1 wird gelöscht (Nodes werden zuerst gedraint; das kann viele Minuten dauern)',
  'Suppression du pool %1 (les nœuds sont drainés d\'abord ; cela peut prendre de nombreuses minutes)')
T('Configuring the cluster autoscaler of %1', 'Cluster-Autoscaler von %1 wird konfiguriert', "Configuration de l'autoscaler de cluster de %1")
T('%1: %2', '%1: %2', '%1 : %2')
T('nothing was sent: the droplet-limit check could not read the account: %1', 'nichts wurde gesendet: Die Prüfung des Droplet-Limits konnte das Konto nicht lesen: %1', "rien n'a été envoyé : la vérification de la limite de droplets n'a pas pu lire le compte : %1")
T('nothing was sent: %1', 'nichts wurde gesendet: %1', "rien n'a été envoyé : %1")
T('the apply journal cannot be written, so nothing more is sent: %1', 'das Apply-Journal kann nicht geschrieben werden, daher wird nichts mehr gesendet: %1', "le journal d'application ne peut pas être écrit, rien de plus n'est donc envoyé : %1")
T('sent, but it had not settled after %1 min', 'gesendet, aber nach %1 Min. nicht abgeschlossen', "envoyé, mais pas stabilisé après %1 min")
T('Your contexts could not be read: %1', 'Ihre Kontexte konnten nicht gelesen werden: %1', "Vos contextes n'ont pas pu être lus : %1")
T('Your contexts file %1 was written by a newer Pool Studio: %2. It is left as it is, and contexts are read-only here: nothing you add or switch is saved.',
  'Ihre Kontextdatei %1 wurde von einem neueren Pool Studio geschrieben: %2. Sie bleibt, wie sie ist, und Kontexte sind hier schreibgeschützt: Nichts, was Sie hinzufügen oder wechseln, wird gespeichert.',
  "Votre fichier de contextes %1 a été écrit par un Pool Studio plus récent : %2. Il est laissé tel quel, et les contextes sont ici en lecture seule : rien de ce que vous ajoutez ou changez n'est enregistré.")
T('Your contexts file %1 cannot be read: %2. It is left as it is, and contexts are read-only here: nothing you add or switch is saved.',
  'Ihre Kontextdatei %1 kann nicht gelesen werden: %2. Sie bleibt, wie sie ist, und Kontexte sind hier schreibgeschützt: Nichts, was Sie hinzufügen oder wechseln, wird gespeichert.',
  "Votre fichier de contextes %1 est illisible : %2. Il est laissé tel quel, et les contextes sont ici en lecture seule : rien de ce que vous ajoutez ou changez n'est enregistré.")
T('Your contexts file %1 is damaged: %2. It is left as it is, and contexts are read-only here: nothing you add or switch is saved.',
  'Ihre Kontextdatei %1 ist beschädigt: %2. Sie bleibt, wie sie ist, und Kontexte sind hier schreibgeschützt: Nichts, was Sie hinzufügen oder wechseln, wird gespeichert.',
  "Votre fichier de contextes %1 est endommagé : %2. Il est laissé tel quel, et les contextes sont ici en lecture seule : rien de ce que vous ajoutez ou changez n'est enregistré.")
T('The old contexts file was moved to %1; a new one was started.', 'Die alte Kontextdatei wurde nach %1 verschoben; eine neue wurde begonnen.', "L'ancien fichier de contextes a été déplacé vers %1 ; un nouveau a été commencé.")
T('the keychain', 'dem Schlüsselbund', 'le trousseau')
T('the token file', 'der Token-Datei', 'le fichier de jetons')
T('There is no context named “%1”.', 'Es gibt keinen Kontext namens „%1“.', "Il n'y a pas de contexte nommé « %1 ».")
T('Opening “%1”…', '„%1“ wird geöffnet…', 'Ouverture de « %1 »…')
T('The token of “%1” could not be read from %2: %3', 'Das Token von „%1“ konnte nicht aus %2 gelesen werden: %3', "Le jeton de « %1 » n'a pas pu être lu depuis %2 : %3")
T('%1 holds no token for “%2”: sign in again to use it.', '%1 enthält kein Token für „%2“: Melden Sie sich erneut an, um ihn zu nutzen.', "%1 ne contient aucun jeton pour « %2 » : reconnectez-vous pour l'utiliser.")
T('This build has no demo mode.', 'Dieser Build hat keinen Demo-Modus.', "Cette version n'a pas de mode démo.")
T('Not signed out: the token could not be removed from %1: %2', 'Nicht abgemeldet: Das Token konnte nicht aus %1 entfernt werden: %2', "Non déconnecté : le jeton n'a pas pu être retiré de %1 : %2")
T('Signed out of “%1”: its token was removed from %2.', 'Von „%1“ abgemeldet: Sein Token wurde aus %2 entfernt.', 'Déconnecté de « %1 » : son jeton a été retiré de %2.')
T('Storing the token…', 'Token wird gespeichert…', 'Stockage du jeton…')
T('The token could not be stored: %1', 'Das Token konnte nicht gespeichert werden: %1', "Le jeton n'a pas pu être stocké : %1")
T('≈ %1/mo', '≈ %1/Monat', '≈ %1/mois')
T('control plane (HA)', 'Control Plane (HA)', 'plan de contrôle (HA)')
T('autoscaling: %1 – %2', 'Autoscaling: %1 – %2', 'autoscaling : %1 – %2')
T('Estimates: node count × monthly price (DigitalOcean bills per second up to 672 hours a month); HA control plane %1/month assumed.',
  'Schätzungen: Anzahl Nodes × Monatspreis (DigitalOcean rechnet sekundengenau ab, bis 672 Stunden im Monat); HA-Control-Plane mit %1/Monat angenommen.',
  'Estimations : nombre de nœuds × prix mensuel (DigitalOcean facture à la seconde, jusqu\'à 672 heures par mois) ; plan de contrôle HA supposé à %1/mois.')
T('control plane', 'Control Plane', 'plan de contrôle')
T('%1–%2 nodes, now %3: %4–%5', '%1–%2 Nodes, jetzt %3: %4–%5', '%1–%2 nœuds, actuellement %3 : %4–%5')
N('%n node(s): %1', ('%n Node: %1', '%n Nodes: %1'), ('%n nœud : %1', '%n nœuds : %1'))
N('%n pool(s) selected: %1 a month', ('%n Pool ausgewählt: %1 pro Monat', '%n Pools ausgewählt: %1 pro Monat'), ('%n pool sélectionné : %1 par mois', '%n pools sélectionnés : %1 par mois'))
T('%1 (%2 node-hours measured)', '%1 (%L2 Node-Stunden gemessen)', '%1 (%L2 heures-nœud mesurées)')
T('Choose at least one doctl context to import.', 'Wählen Sie mindestens einen doctl-Kontext zum Importieren.', 'Choisissez au moins un contexte doctl à importer.')
T('No keychain can keep the tokens here: choose to store them in a file, or start a keychain service and try again.',
  'Hier kann kein Schlüsselbund die Tokens aufbewahren: Speichern Sie sie in einer Datei, oder starten Sie einen Schlüsselbunddienst und versuchen Sie es erneut.',
  'Aucun trousseau ne peut garder les jetons ici : choisissez de les stocker dans un fichier, ou démarrez un service de trousseau et réessayez.')
T('Nothing was imported. %1', 'Nichts wurde importiert. %1', "Rien n'a été importé. %1")
T('Importing “%1” from doctl…', '„%1“ wird aus doctl importiert…', 'Import de « %1 » depuis doctl…')
T('“%1” was not imported: %2', '„%1“ wurde nicht importiert: %2', "« %1 » n'a pas été importé : %2")
T('“%1” was not imported: its token could not be stored: %2', '„%1“ wurde nicht importiert: Sein Token konnte nicht gespeichert werden: %2', "« %1 » n'a pas été importé : son jeton n'a pas pu être stocké : %2")
T('No manifests in these files.', 'Keine Manifeste in diesen Dateien.', 'Aucun manifeste dans ces fichiers.')
T('1 pool in sync', '1 Pool synchron', '1 pool synchronisé')
T('%1 pools in sync', '%1 Pools synchron', '%1 pools synchronisés')
T('1 differs', '1 weicht ab', '1 diffère')
T('%1 differ', '%1 weichen ab', '%1 diffèrent')
T('%1 not live', '%1 nicht live', '%1 pas en ligne')
T('%1 with an unknown cluster', '%1 mit unbekanntem Cluster', '%1 avec un cluster inconnu')
T('%1 invalid', '%1 ungültig', '%1 invalide(s)')
T('1 live pool without a manifest', '1 Live-Pool ohne Manifest', '1 pool en ligne sans manifeste')
T('%1 live pools without a manifest', '%1 Live-Pools ohne Manifest', '%1 pools en ligne sans manifeste')
T('Choose a folder of manifests first.', 'Wählen Sie zuerst einen Ordner mit Manifesten.', "Choisissez d'abord un dossier de manifestes.")
T('The folder %1 does not exist.', 'Der Ordner %1 existiert nicht.', "Le dossier %1 n'existe pas.")
T('No .yaml or .yml files in %1.', 'Keine .yaml- oder .yml-Dateien in %1.', 'Aucun fichier .yaml ou .yml dans %1.')
T('cannot be read: %1', 'nicht lesbar: %1', 'illisible : %1')
T('Apply %1 to pool %2 in %3', '%1 auf Pool %2 in %3 anwenden', 'Appliquer %1 au pool %2 dans %3')
T('Apply 1 manifest', '1 Manifest anwenden', 'Appliquer 1 manifeste')
T('Apply %1 manifests', '%1 Manifeste anwenden', 'Appliquer %1 manifestes')
T('Pool %1 is no longer live; check again.', 'Pool %1 ist nicht mehr live; prüfen Sie erneut.', "Le pool %1 n'est plus en ligne ; vérifiez à nouveau.")
T('%1 cannot be read: %2', '%1 kann nicht gelesen werden: %2', '%1 est illisible : %2')
T('%1 was not rewritten: %2', '%1 wurde nicht neu geschrieben: %2', "%1 n'a pas été réécrit : %2")
T('Rewrote %1 from the live pool %2. Comments inside that manifest were not kept.',
  '%1 aus dem Live-Pool %2 neu geschrieben. Kommentare in diesem Manifest blieben nicht erhalten.',
  "%1 réécrit depuis le pool en ligne %2. Les commentaires de ce manifeste n'ont pas été conservés.")
T('replaced by %1', 'ersetzt durch %1', 'remplacé par %1')
T('differs (replace)', 'weicht ab (Austausch)', 'diffère (remplacement)')
T('%1 (%2 × %3): %4 of %5 nodes running', '%1 (%2 × %3): %4 von %5 Nodes laufen', '%1 (%2 × %3) : %4 nœuds sur %5 en marche')
T('%1: not live', '%1: nicht live', '%1 : pas en ligne')
T('%1: its cluster is not in this account', '%1: Sein Cluster ist nicht in diesem Konto', "%1 : son cluster n'est pas dans ce compte")
T('The journal of an earlier apply cannot be read (%1). Look at the cluster, then forget the journal.',
  'Das Journal eines früheren Apply-Laufs ist nicht lesbar (%1). Sehen Sie sich den Cluster an und verwerfen Sie dann das Journal.',
  "Le journal d'une application précédente est illisible (%1). Examinez le cluster, puis oubliez le journal.")
T('Roll back deletes %1.', 'Zurückrollen löscht %1.', 'Revenir en arrière supprime %1.')
T('It cannot be rolled back: %1.', 'Er kann nicht zurückgerollt werden: %1.', 'Impossible de revenir en arrière : %1.')
T('Live now: not read yet.', 'Jetzt live: noch nicht gelesen.', 'En ligne maintenant : pas encore lu.')
T('Live now: %1.', 'Jetzt live: %1.', 'En ligne maintenant : %1.')
T('Resume the interrupted apply', 'Den unterbrochenen Apply-Lauf fortsetzen', "Reprendre l'application interrompue")
T('Roll back the interrupted apply', 'Den unterbrochenen Apply-Lauf zurückrollen', "Revenir sur l'application interrompue")
T('The apply journal cannot be removed: %1', 'Das Apply-Journal kann nicht entfernt werden: %1', "Le journal d'application ne peut pas être supprimé : %1")
T('Choose at least one pool to export.', 'Wählen Sie mindestens einen Pool zum Exportieren.', 'Choisissez au moins un pool à exporter.')
N('Copied %n pool(s) to the clipboard.', ('%n Pool in die Zwischenablage kopiert.', '%n Pools in die Zwischenablage kopiert.'), ('%n pool copié dans le presse-papiers.', '%n pools copiés dans le presse-papiers.'))
T('Choose a file name to save to.', 'Wählen Sie einen Dateinamen zum Speichern.', "Choisissez un nom de fichier pour l'enregistrement.")
T('Could not save %1: %2', '%1 konnte nicht gespeichert werden: %2', "Impossible d'enregistrer %1 : %2")
N('Saved %n pool(s) to %1.', ('%n Pool in %1 gespeichert.', '%n Pools in %1 gespeichert.'), ('%n pool enregistré dans %1.', '%n pools enregistrés dans %1.'))
T('Choose a folder to save into.', 'Wählen Sie einen Ordner zum Speichern.', 'Choisissez un dossier où enregistrer.')
T('Could not create the folder %1.', 'Der Ordner %1 konnte nicht erstellt werden.', "Impossible de créer le dossier %1.")
T('Saved %1 of %2 files; %3 failed: %4', '%1 von %2 Dateien gespeichert; %3 fehlgeschlagen: %4', '%1 fichiers sur %2 enregistrés ; %3 en échec : %4')
N('Saved %n file(s) to %1.', ('%n Datei in %1 gespeichert.', '%n Dateien in %1 gespeichert.'), ('%n fichier enregistré dans %1.', '%n fichiers enregistrés dans %1.'))
T('Open manifest files or a folder, or paste YAML.', 'Öffnen Sie Manifestdateien oder einen Ordner, oder fügen Sie YAML ein.', 'Ouvrez des fichiers de manifestes ou un dossier, ou collez du YAML.')
N('%n pool(s) ready', ('%n Pool bereit', '%n Pools bereit'), ('%n pool prêt', '%n pools prêts'))
N('%n error(s) to fix before planning', ('%n Fehler vor dem Planen zu beheben', '%n Fehler vor dem Planen zu beheben'), ('%n erreur à corriger avant de planifier', '%n erreurs à corriger avant de planifier'))
N('%1; %n finding(s) worth a look', ('%1; %n Hinweis, der einen Blick wert ist', '%1; %n Hinweise, die einen Blick wert sind'), ('%1 ; %n remarque à examiner', '%1 ; %n remarques à examiner'))
T('%1; no problems found', '%1; keine Probleme gefunden', '%1 ; aucun problème trouvé')
T('Cannot read %1: %2', '%1 kann nicht gelesen werden: %2', 'Impossible de lire %1 : %2')
N('Apply %n manifest(s) to %1', ('%n Manifest auf %1 anwenden', '%n Manifeste auf %1 anwenden'), ('Appliquer %n manifeste à %1', 'Appliquer %n manifestes à %1'))
T('%1d %2h', '%1 T. %2 Std.', '%1 j %2 h')
T('%1h %2m', '%1 Std. %2 Min.', '%1 h %2 min')
T('%1m', '%1 Min.', '%1 min')
T('%1s', '%1 s', '%1 s')
T('(being created)', '(wird erstellt)', '(en création)')
T('%1 was replaced by %2 in a blue/green size change: applying this manifest creates %1 again beside it. Rewrite the manifest from the live pool instead (Drift tab, or poolctl apply --rewrite).',
  '%1 wurde bei einer Blue/Green-Größenänderung durch %2 ersetzt: Dieses Manifest anzuwenden erstellt %1 daneben erneut. Schreiben Sie das Manifest stattdessen aus dem Live-Pool neu (Reiter Drift oder poolctl apply --rewrite).',
  "%1 a été remplacé par %2 lors d'un changement de taille blue/green : appliquer ce manifeste recrée %1 à côté. Réécrivez plutôt le manifeste depuis le pool en ligne (onglet Dérive, ou poolctl apply --rewrite).")
T('Create pool %1 in %2', 'Pool %1 in %2 erstellen', 'Créer le pool %1 dans %2')
T('Change pool %1 in %2', 'Pool %1 in %2 ändern', 'Modifier le pool %1 dans %2')
T('Delete pool %1 from %2', 'Pool %1 aus %2 löschen', 'Supprimer le pool %1 de %2')
T('Nothing to change: the pool already looks like this.', 'Nichts zu ändern: Der Pool sieht bereits so aus.', 'Rien à changer : le pool est déjà ainsi.')
T('Nothing to change: the pools already look like this.', 'Nichts zu ändern: Die Pools sehen bereits so aus.', 'Rien à changer : les pools sont déjà ainsi.')
# The dialog appends ' (estimate)' to these two: no second 'Schätzung' here.
T('Cluster estimate: %1 → %2 a month', 'Cluster: %1 → %2 pro Monat', 'Cluster : %1 → %2 par mois')
T('Estimate for these clusters: %1 → %2 a month', 'Diese Cluster: %1 → %2 pro Monat', 'Ces clusters : %1 → %2 par mois')
T('An earlier apply was interrupted. Resume, roll back or forget it (the banner above the pools) before applying another.',
  'Ein früherer Apply-Lauf wurde unterbrochen. Setzen Sie ihn fort, rollen Sie ihn zurück oder verwerfen Sie ihn (das Banner über den Pools), bevor Sie etwas anderes anwenden.',
  "Une application précédente a été interrompue. Reprenez-la, revenez en arrière ou oubliez-la (le bandeau au-dessus des pools) avant d'en appliquer une autre.")
T('a new node', 'ein neuer Node', 'un nouveau nœud')
T('  %1 appeared (%2)', '  %1 ist erschienen (%2)', '  %1 est apparu (%2)')
T('  %1 is gone', '  %1 ist weg', '  %1 a disparu')
T('  %1: %2 → %3', '  %1: %2 → %3', '  %1 : %2 → %3')
T('Done. Every change has settled.', 'Fertig. Jede Änderung ist abgeschlossen.', 'Terminé. Chaque changement est stabilisé.')
T('Stopped sending. Changes already sent go on in DigitalOcean; Resume sends the rest.',
  'Senden angehalten. Bereits gesendete Änderungen laufen bei DigitalOcean weiter; Fortsetzen sendet den Rest.',
  "Envoi arrêté. Les changements déjà envoyés se poursuivent chez DigitalOcean ; Reprendre envoie le reste.")
T('Failed: %1', 'Fehlgeschlagen: %1', 'Échec : %1')
T('%1 (autoscaled %2–%3)', '%1 (Autoscaling %2–%3)', '%1 (autoscaling %2–%3)')
T('Create', 'Erstellen', 'Créer')
T('Update', 'Aktualisieren', 'Mettre à jour')
T('Replace in place', 'In-place ersetzen', 'Remplacer sur place')
T('Replace (blue/green)', 'Ersetzen (Blue/Green)', 'Remplacer (blue/green)')
T('Delete', 'Löschen', 'Supprimer')
T('not sent', 'nicht gesendet', 'non envoyé')
T('sent, settling', 'gesendet, wird abgeschlossen', 'envoyé, en cours de stabilisation')
T('applied', 'angewendet', 'appliqué')
T('failed: %1', 'fehlgeschlagen: %1', 'échec : %1')
T('failed', 'fehlgeschlagen', 'échec')
T('new pool: %1 × %2', 'neuer Pool: %1 × %2', 'nouveau pool : %1 × %2')
T('%1 × %2 go', '%1 × %2 fallen weg', '%1 × %2 disparaissent')
N('%n field(s) change', ('%n Feld ändert sich', '%n Felder ändern sich'), ('%n champ change', '%n champs changent'))
T('planned', 'geplant', 'planifié')
T('%1 vCPU · %2 GiB', '%1 vCPU · %2 GiB', '%1 vCPU · %2 Gio')
T(' · %1× GPU %2 GiB', ' · %1× GPU %2 GiB', ' · %1× GPU %2 Gio')
T('%1/mo', '%1/Monat', '%1/mois')
T('$%1/h', '%1 $/h', '%1 $/h')
T('Keeping the name replaces the pool in place, which needs another pool in the cluster to carry the workload while %1 is gone.',
  'Den Namen zu behalten ersetzt den Pool in-place; dafür muss ein anderer Pool im Cluster die Last tragen, solange %1 weg ist.',
  "Garder le nom remplace le pool sur place, ce qui demande un autre pool dans le cluster pour porter la charge pendant l'absence de %1.")
T('Replace it under a new name instead.', 'Ersetzen Sie ihn stattdessen unter einem neuen Namen.', 'Remplacez-le plutôt sous un nouveau nom.')
T("The new pool's name: %1.", 'Der Name des neuen Pools: %1.', 'Le nom du nouveau pool : %1.')
T('Choose another name for the pool that replaces %1.', 'Wählen Sie einen anderen Namen für den Pool, der %1 ersetzt.', 'Choisissez un autre nom pour le pool qui remplace %1.')
T('The label key "%1" is used twice.', 'Der Label-Schlüssel "%1" wird zweimal verwendet.', 'La clé de label "%1" est utilisée deux fois.')
T('Remove one of the rows.', 'Entfernen Sie eine der Zeilen.', "Retirez l'une des lignes.")
T('%1 (fix: %2)', '%1 (Lösung: %2)', '%1 (correctif : %2)')
N('%n problem(s) to fix before review. %1: %2', ('%n Problem vor der Prüfung zu beheben. %1: %2', '%n Probleme vor der Prüfung zu beheben. %1: %2'), ("%n problème à corriger avant l'examen. %1 : %2", "%n problèmes à corriger avant l'examen. %1 : %2"))
T('Cost unknown for this size', 'Kosten für diese Größe unbekannt', 'Coût inconnu pour cette taille')
T('≈ %1 a month (estimate)', '≈ %1 pro Monat (Schätzung)', '≈ %1 par mois (estimation)')
T('≈ %1 a month now (estimate)', '≈ %1 pro Monat derzeit (Schätzung)', '≈ %1 par mois actuellement (estimation)')
T('≈ %1 → %2 a month (estimate)', '≈ %1 → %2 pro Monat (Schätzung)', '≈ %1 → %2 par mois (estimation)')
T('autoscaling band %1 – %2 a month', 'Autoscaling-Spanne %1 – %2 pro Monat', "plage d'autoscaling %1 – %2 par mois")
T("%1 nodes would pass the account's droplet limit of %2 (other pools use %3). DigitalOcean refuses droplets past it; ask support to raise the limit or lower the number.",
  '%1 Nodes würden das Droplet-Limit des Kontos von %2 überschreiten (andere Pools nutzen %3). DigitalOcean lehnt Droplets darüber ab; bitten Sie den Support, das Limit anzuheben, oder senken Sie die Zahl.',
  "%1 nœuds dépasseraient la limite de droplets du compte, %2 (les autres pools en utilisent %3). DigitalOcean refuse les droplets au-delà ; demandez au support de relever la limite ou baissez le nombre.")
T('Setting a count on an autoscaled pool overrides what the autoscaler chose (%1 now). Leave the count alone unless you mean it.',
  'Eine Anzahl für einen Pool mit Autoscaling zu setzen überschreibt die Wahl des Autoscalers (jetzt %1). Lassen Sie die Anzahl, wie sie ist, wenn Sie es nicht so meinen.',
  "Fixer un nombre sur un pool en autoscaling remplace le choix de l'autoscaler (%1 actuellement). Ne touchez pas au nombre sauf si c'est voulu.")
T(' · %1 GPU', ' · %1 GPU', ' · %1 GPU')
T('≈ %1/mo (%2–%3)', '≈ %1/Monat (%2–%3)', '≈ %1/mois (%2–%3)')
T('HTTP 401 %1: %2', 'HTTP 401 %1: %2', 'HTTP 401 %1 : %2')
T(', request id %1', ', Anfrage-ID %1', ', identifiant de requête %1')
T('This token is not valid (%1). Check that it was pasted whole, or create a new one at cloud.digitalocean.com/account/api/tokens.',
  'Dieses Token ist ungültig (%1). Prüfen Sie, ob es vollständig eingefügt wurde, oder erstellen Sie ein neues unter cloud.digitalocean.com/account/api/tokens.',
  "Ce jeton n'est pas valide (%1). Vérifiez qu'il a été collé en entier, ou créez-en un nouveau sur cloud.digitalocean.com/account/api/tokens.")
T('Paste a personal access token first.', 'Fügen Sie zuerst ein persönliches Zugriffstoken ein.', "Collez d'abord un jeton d'accès personnel.")
T('No keychain can keep the token here: choose to store it in a file, or start a keychain service and try again.',
  'Hier kann kein Schlüsselbund das Token aufbewahren: Speichern Sie es in einer Datei, oder starten Sie einen Schlüsselbunddienst und versuchen Sie es erneut.',
  'Aucun trousseau ne peut garder le jeton ici : choisissez de le stocker dans un fichier, ou démarrez un service de trousseau et réessayez.')
T('Checking the token with DigitalOcean…', 'Token wird bei DigitalOcean geprüft…', 'Vérification du jeton auprès de DigitalOcean…')
T('The node was not deleted: %1', 'Der Node wurde nicht gelöscht: %1', "Le nœud n'a pas été supprimé : %1")
T('DigitalOcean refused a change with HTTP 403', 'DigitalOcean hat eine Änderung mit HTTP 403 abgelehnt', 'DigitalOcean a refusé un changement avec HTTP 403')
T(' (“%1”)', ' („%1“)', ' (« %1 »)')
T('This token can read but not change anything: %1. To make changes, create a token with write scope at cloud.digitalocean.com/account/api/tokens and sign in again with it.',
  'Dieses Token kann lesen, aber nichts ändern: %1. Um Änderungen vorzunehmen, erstellen Sie unter cloud.digitalocean.com/account/api/tokens ein Token mit Schreibrechten und melden Sie sich damit erneut an.',
  "Ce jeton peut lire mais rien modifier : %1. Pour faire des changements, créez un jeton avec le droit d'écriture sur cloud.digitalocean.com/account/api/tokens et reconnectez-vous avec.")
T('%1 (%2)', '%1 (%2)', '%1 (%2)')
T('Prices and sizes could not be loaded: %1', 'Preise und Größen konnten nicht geladen werden: %1', "Les prix et les tailles n'ont pas pu être chargés : %1")
