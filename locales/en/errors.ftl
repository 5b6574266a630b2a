# errors messages (en). Keys: errors-… ; see locales/README.md.
