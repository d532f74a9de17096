"""The step-through: one iteration of forward and backward propagation, formula by formula,
every matrix with its numbers and shape (traced off the GUI thread)."""
