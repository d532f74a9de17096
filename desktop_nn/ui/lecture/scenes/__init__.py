"""The live scenes of lecture mode, one module per scene or small group of related scenes (see
registry.VIEWS), beside the modules they share: layout, text, single_neuron, train_controls,
timing, code_view and slide_listings (the slides' code as the slides print it)."""
