"""The package version. Placeholder: `make generate` writes the real file from generator-config.yaml."""

__version__ = "0.0.0"
