# errors messages (es). Keys: errors-… ; see locales/README.md.
