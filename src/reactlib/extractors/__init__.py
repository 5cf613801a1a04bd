"""The built-in extractors: each module is an ordinary reactlib plugin."""
