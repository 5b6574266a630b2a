# email messages (es). Keys: email-… ; see locales/README.md.
