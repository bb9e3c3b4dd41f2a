"""Training: configuration, checks before training, the engine with live events and control,
devices, and saving trained models. Keras is imported only when a run starts."""
