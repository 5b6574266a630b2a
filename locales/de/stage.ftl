# stage messages (de). Keys: stage-… ; see locales/README.md.
