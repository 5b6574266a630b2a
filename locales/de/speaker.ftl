# speaker messages (de). Keys: speaker-… ; see locales/README.md.
