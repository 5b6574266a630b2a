# errors messages (fr). Keys: errors-… ; see locales/README.md.
