from typing import List, Optional

__version__: str
SCHEMA_VERSION: int

def validate(council: str, meetings: List[str], today: str, lang: str = "nb") -> str: ...
def parse_case_number(text: str, meeting_date: Optional[str] = None) -> str: ...
