# host messages (fr). Keys: host-… ; see locales/README.md.
host-title = Organisateurs
host-brand = failnight organisateurs
