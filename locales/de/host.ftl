# host messages (de). Keys: host-… ; see locales/README.md.
host-title = Gastgeber
host-brand = failnight für Gastgeber
