// Public surface of the server stage.
