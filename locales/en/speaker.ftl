# speaker messages (en). Keys: speaker-… ; see locales/README.md.
