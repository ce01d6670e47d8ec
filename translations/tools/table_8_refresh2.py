# Pool Studio's translations, part 8: the cue of a refresh of data already
# shown (the Refresh button and the status bar; issue 16).
T('Refreshing…', 'Wird aktualisiert…', 'Actualisation…')
