"""The desktop application (PySide6): thin views over the services and report models."""
