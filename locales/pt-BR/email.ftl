# email messages (pt-BR). Keys: email-… ; see locales/README.md.
