# email messages (en). Keys: email-… ; see locales/README.md.
