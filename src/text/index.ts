// Public surface of the text stage.
