// Public surface of the store stage.
