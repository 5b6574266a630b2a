# stage messages (es). Keys: stage-… ; see locales/README.md.
