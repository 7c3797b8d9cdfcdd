from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union, final

__all__ = [
    "__version__",
    "SCHEMA_VERSION",
    "MAX_DOCUMENT_BYTES",
    "BUNDLED_COUNCIL",
    "BUNDLED_POPULATION",
    "validate",
    "PreparedCouncil",
    "PreparedKey",
    "parse_case_number",
    "next_case_number",
    "contributions",
    "recover_equal_share",
    "parse_population",
    "parse_kroner",
    "compare",
    "presence",
    "register",
    "read_minutes",
    "write_minutes",
    "redact_meeting",
    "error_classes",
]

# A document as JSON text, or as the decoded JSON: read alike, as strictly.
_Document = Union[str, bytes, Mapping[str, Any]]

__version__: str
SCHEMA_VERSION: int
MAX_DOCUMENT_BYTES: int
BUNDLED_COUNCIL: str
BUNDLED_POPULATION: str

def validate(council: _Document, meetings: Sequence[_Document], today: str, lang: str = "nb") -> Dict[str, Any]: ...

@final
class PreparedCouncil:
    def __new__(cls, council: _Document) -> PreparedCouncil: ...
    def validate(self, meetings: Sequence[_Document], today: str, lang: str = "nb") -> Dict[str, Any]: ...
    def presence(self, meeting: _Document) -> List[Dict[str, Any]]: ...
    def next_case_number(self, meetings: Sequence[_Document], body: str, date: str) -> Dict[str, Any]: ...

@final
class PreparedKey:
    @staticmethod
    def prepare(
        council: _Document,
        population: _Document,
        year: int,
        key: Optional[_Document] = None,
        key_name: Optional[str] = None,
        lang: str = "nb",
    ) -> Tuple[Optional[PreparedKey], Dict[str, Any]]: ...
    def municipalities(self) -> List[str]: ...
    def split(self, total_ore: int, lang: str = "nb") -> Union[List[int], Dict[str, Any]]: ...
    def sweep_equal(
        self, total_ore: int, equal_fractions: Sequence[str], lang: str = "nb"
    ) -> List[Union[List[int], Dict[str, Any]]]: ...

def parse_case_number(text: str, meeting_date: Optional[str] = None) -> Dict[str, Any]: ...
def next_case_number(council: _Document, meetings: Sequence[_Document], body: str, date: str) -> Dict[str, Any]: ...
def contributions(
    council: _Document, budget: _Document, population: _Document, key: Optional[_Document] = None, lang: str = "nb"
) -> Dict[str, Any]: ...
def recover_equal_share(invoiced: Sequence[Mapping[str, Any]]) -> Dict[str, Any]: ...
def parse_population(text: str, format: str) -> Dict[str, Any]: ...
def parse_kroner(text: str) -> int: ...
def compare(scenarios: Sequence[Mapping[str, Any]]) -> Dict[str, Any]: ...
def presence(council: _Document, meeting: _Document) -> List[Dict[str, Any]]: ...
def register(council: _Document, meetings: Sequence[_Document], as_of: str) -> Dict[str, Any]: ...
def read_minutes(text: str, council: Optional[_Document] = None, lang: str = "nb") -> Dict[str, Any]: ...
def write_minutes(meeting: _Document, council: Optional[_Document] = None, lang: str = "nb") -> str: ...
def redact_meeting(meeting: _Document) -> Dict[str, Any]: ...
def error_classes() -> List[Tuple[str, str]]: ...
