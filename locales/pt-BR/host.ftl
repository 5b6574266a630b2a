# host messages (pt-BR). Keys: host-… ; see locales/README.md.
host-title = Anfitriões
host-brand = failnight para anfitriões
