"""Domain operations. Services check the rules and ``flush()``; the view commits once."""


class ServiceError(Exception):
    """An operation that the rules refuse; ``message`` is translated for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
