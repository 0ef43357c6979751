// Public surface of the resolve stage.
