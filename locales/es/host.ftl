# host messages (es). Keys: host-… ; see locales/README.md.
host-title = Anfitriones
host-brand = failnight para anfitriones
