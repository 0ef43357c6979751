// Public surface of the kb stage.
