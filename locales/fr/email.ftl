# email messages (fr). Keys: email-… ; see locales/README.md.
