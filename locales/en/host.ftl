# host messages (en). Keys: host-… ; see locales/README.md.
host-title = Hosts
host-brand = failnight hosts
