// Public surface of the extract stage.
