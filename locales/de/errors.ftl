# errors messages (de). Keys: errors-… ; see locales/README.md.
