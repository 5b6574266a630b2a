# email messages (de). Keys: email-… ; see locales/README.md.
