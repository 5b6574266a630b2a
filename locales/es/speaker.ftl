# speaker messages (es). Keys: speaker-… ; see locales/README.md.
