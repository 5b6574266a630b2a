# errors messages (pt-BR). Keys: errors-… ; see locales/README.md.
