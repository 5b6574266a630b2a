# speaker messages (pt-BR). Keys: speaker-… ; see locales/README.md.
