from typing import List, Optional

__all__ = [
    "__version__",
    "SCHEMA_VERSION",
    "BUNDLED_COUNCIL",
    "BUNDLED_POPULATION",
    "validate",
    "parse_case_number",
    "contributions",
    "recover_equal_share",
    "parse_population",
    "compare",
    "presence",
    "register",
    "read_minutes",
    "write_minutes",
]

__version__: str
SCHEMA_VERSION: int
BUNDLED_COUNCIL: str
BUNDLED_POPULATION: str

def validate(council: str, meetings: List[str], today: str, lang: str = "nb") -> str: ...
def parse_case_number(text: str, meeting_date: Optional[str] = None) -> str: ...
def contributions(council: str, budget: str, population: str, key: Optional[str] = None, lang: str = "nb") -> str: ...
def recover_equal_share(invoiced: str) -> str: ...
def parse_population(text: str, format: str) -> str: ...
def compare(scenarios: str) -> str: ...
def presence(council: str, meeting: str) -> str: ...
def register(council: str, meetings: List[str], as_of: str) -> str: ...
def read_minutes(text: str, council: Optional[str] = None, lang: str = "nb") -> str: ...
def write_minutes(meeting: str, lang: str = "nb") -> str: ...
