"""LayerLab's Qt desktop application. Imports netcore; never calls Keras directly."""
