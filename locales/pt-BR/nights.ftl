# nights messages (pt-BR): the host's pages of one night (the night, guests, door, messages, lineup, stories, feedback).
