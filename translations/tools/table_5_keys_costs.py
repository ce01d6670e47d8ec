# Pool Studio's translations, part 5: the shortcuts sheet, billing and the
# cost charts' limits.
T('Charts show the largest %1 of %2 clusters and %3 of %4 pools; the summary table holds every pool.',
  'Die Diagramme zeigen die größten %1 von %2 Clustern und %3 von %4 Pools; die Übersichtstabelle enthält jeden Pool.',
  'Les graphiques montrent les %1 plus grands clusters sur %2 et %3 pools sur %4 ; le tableau récapitulatif contient tous les pools.')
T('Autoscaling band of the %1 dearest pools (nodes; dot = now)', 'Autoscaling-Spanne der %1 teuersten Pools (Nodes; Punkt = jetzt)', "Plage d'autoscaling des %1 pools les plus chers (nœuds ; point = maintenant)")
T('Over time, the %1 pools with the highest run-rate (measured history)', 'Im Zeitverlauf: die %1 Pools mit der höchsten laufenden Rate (gemessener Verlauf)', 'Dans le temps, les %1 pools au rythme le plus élevé (historique mesuré)')
T('Main window', 'Hauptfenster', 'Fenêtre principale')
T('Pool editor', 'Pool-Editor', 'Éditeur de pool')
T('Plan review', 'Plan prüfen', 'Examen du plan')
T('Anywhere', 'Überall', 'Partout')
T('Fetch clusters and pools again', 'Cluster und Pools neu abrufen', 'Récupérer à nouveau clusters et pools')
T('Create a node pool in this cluster', 'Einen Node-Pool in diesem Cluster erstellen', 'Créer un pool de nœuds dans ce cluster')
T('Edit the selected pool', 'Den ausgewählten Pool bearbeiten', 'Modifier le pool sélectionné')
T('F2; Enter in the pool list', 'F2; Eingabe in der Pool-Liste', 'F2 ; Entrée dans la liste des pools')
T('Delete the selected pool (after a review)', 'Den ausgewählten Pool löschen (nach einer Prüfung)', 'Supprimer le pool sélectionné (après examen)')
T('Filter the clusters', 'Die Cluster filtern', 'Filtrer les clusters')
T('Export pools as YAML, Terraform or doctl; import and plan; drift', 'Pools als YAML, Terraform oder doctl exportieren; importieren und planen; Drift', 'Exporter les pools en YAML, Terraform ou doctl ; importer et planifier ; dérive')
T('Show these shortcuts', 'Diese Tastenkürzel anzeigen', 'Afficher ces raccourcis')
T('Next or previous field, button or list', 'Nächstes oder vorheriges Feld, Knopf oder Liste', 'Champ, bouton ou liste suivant ou précédent')
T('Tab / Shift+Tab', 'Tab / Umschalt+Tab', 'Tab / Maj+Tab')
T('Move in a list; press a button or tick a box', 'In einer Liste bewegen; einen Knopf drücken oder ein Kästchen ankreuzen', 'Se déplacer dans une liste ; appuyer sur un bouton ou cocher une case')
T('Arrow keys; Space', 'Pfeiltasten; Leertaste', 'Flèches ; Espace')
T('Accept a dialog (review the change, apply the plan, save)', 'Einen Dialog bestätigen (Änderung prüfen, Plan anwenden, speichern)', 'Valider une boîte de dialogue (examiner le changement, appliquer le plan, enregistrer)')
T('Enter', 'Eingabe', 'Entrée')
T('Close a dialog or panel without changing anything', 'Einen Dialog oder Bereich schließen, ohne etwas zu ändern', 'Fermer une boîte de dialogue ou un panneau sans rien changer')
T('Esc', 'Esc', 'Échap')
T('Undo the last edit', 'Die letzte Bearbeitung rückgängig machen', 'Annuler la dernière modification')
T('Redo', 'Wiederherstellen', 'Rétablir')
T('Review the change', 'Die Änderung prüfen', 'Examiner le changement')
T('Apply the reviewed plan', 'Den geprüften Plan anwenden', 'Appliquer le plan examiné')
T('Tick the confirmation of a destructive plan', 'Die Bestätigung eines destruktiven Plans ankreuzen', "Cocher la confirmation d'un plan destructif")
T('Tab to it, then Space', 'Mit Tab dorthin, dann Leertaste', "Y aller avec Tab, puis Espace")
T('Keyboard shortcuts', 'Tastenkürzel', 'Raccourcis clavier')
T('The billing answer could not be read: %1', 'Die Antwort zur Abrechnung konnte nicht gelesen werden: %1', "La réponse de facturation n'a pas pu être lue : %1")
T('This token may not read billing (DigitalOcean answered 403: it lacks the billing:read scope). Create a token with billing:read to compare the bill with the estimate; everything else works without it.',
  'Dieses Token darf die Abrechnung nicht lesen (DigitalOcean antwortete 403: Es fehlt der Scope billing:read). Erstellen Sie ein Token mit billing:read, um die Rechnung mit der Schätzung zu vergleichen; alles andere funktioniert ohne.',
  "Ce jeton ne peut pas lire la facturation (DigitalOcean a répondu 403 : il lui manque le scope billing:read). Créez un jeton avec billing:read pour comparer la facture à l'estimation ; tout le reste fonctionne sans.")
T('Your contexts file %1 cannot be used: %2. It is left as it is, and contexts are read-only here: nothing you add or switch to is saved.',
  'Ihre Kontextdatei %1 ist nicht verwendbar: %2. Sie bleibt, wie sie ist, und Kontexte sind hier schreibgeschützt: Nichts, was Sie hinzufügen oder wohin Sie wechseln, wird gespeichert.',
  "Votre fichier de contextes %1 est inutilisable : %2. Il est laissé tel quel, et les contextes sont ici en lecture seule : rien de ce que vous ajoutez ou choisissez n'est enregistré.")
T('other pools', 'andere Pools', 'autres pools')
N('other (%n value(s))', ('andere (%n Wert)', 'andere (%n Werte)'), ('autres (%n valeur)', 'autres (%n valeurs)'))
T('Save', 'Speichern', 'Enregistrer')
