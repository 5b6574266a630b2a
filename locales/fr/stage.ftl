# stage messages (fr). Keys: stage-… ; see locales/README.md.
