# Pool Studio's translations, part 7: the droplet-limit pre-flight's warning
# in the plan dialog.
T('Droplet limit: %1', 'Droplet-Limit: %1', 'Limite de droplets : %1')
