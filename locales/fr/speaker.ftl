# speaker messages (fr). Keys: speaker-… ; see locales/README.md.
