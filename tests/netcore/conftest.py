import pytest


@pytest.fixture
def keras_seeded():
    """Keras imported and seeded for a test that builds or trains models."""
    import keras

    keras.utils.set_random_seed(1234)
    return keras
