# stage messages (pt-BR). Keys: stage-… ; see locales/README.md.
