"""The English language layer: the model, sentences, passive voice, word forms, scores."""
