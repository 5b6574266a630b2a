# stage messages (en). Keys: stage-… ; see locales/README.md.
