from typing import List

__version__: str
SCHEMA_VERSION: int

def validate(council: str, meetings: List[str], today: str, lang: str = "nb") -> str: ...
