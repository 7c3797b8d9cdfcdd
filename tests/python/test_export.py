"""Open-data export: every Popolo object validates against Popolo's own JSON Schema of its
class (fixtures/standards/popolo), every id it refers to is in the export, and the export
says what the meetings say."""

from __future__ import annotations

import copy
import json
from typing import Any, Dict, List

import pytest
from jsonschema import Draft3Validator, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT3

import regionrad
from conftest import FIXTURES, load

COUNCIL = load("councils/trondelag-sorvest.json")
MEETINGS = [load(f"meetings/{name}") for name in ("2021-03-05-kdu.json", "2021-11-05-kdu.json", "2023-01-20-kdu.json")]
SCHEMAS = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in (FIXTURES / "standards" / "popolo").glob("*.json")}
# Each list of the export, and the Popolo class of its objects.
CLASSES = {
    "organizations": "organization",
    "persons": "person",
    "memberships": "membership",
    "events": "event",
    "motions": "motion",
    "vote_events": "vote_event",
}


def validator(cls: str) -> Draft3Validator:
    """A draft-03 validator of ``cls`` whose references to popoloproject.com resolve to the copies."""
    registry: Registry = Registry().with_resources(
        (schema["id"].rstrip("#"), Resource.from_contents(schema, default_specification=DRAFT3)) for schema in SCHEMAS.values()
    )
    return Draft3Validator(SCHEMAS[cls], registry=registry)


@pytest.fixture(scope="module")
def popolo() -> Dict[str, Any]:
    return regionrad.export(COUNCIL, MEETINGS, to="popolo")


def test_the_schemas_are_there_and_bite() -> None:
    assert set(CLASSES.values()) <= set(SCHEMAS)
    with pytest.raises(ValidationError):
        validator("organization").validate({"id": 5})
    with pytest.raises(ValidationError):
        validator("vote_event").validate({"counts": [{"option": "yes"}]})


@pytest.mark.parametrize("kind", CLASSES)
def test_every_object_validates_against_its_popolo_schema(popolo: Dict[str, Any], kind: str) -> None:
    check = validator(CLASSES[kind])
    assert popolo[kind], kind
    for obj in popolo[kind]:
        check.validate(obj)


def test_every_id_referred_to_is_in_the_export(popolo: Dict[str, Any]) -> None:
    ids = {kind: {o["id"] for o in popolo[kind]} for kind in CLASSES}
    for kind in CLASSES:
        assert len(ids[kind]) == len(popolo[kind]), f"{kind}: an id given twice"
    for m in popolo["memberships"]:
        assert m["person_id"] in ids["persons"]
        assert m["organization_id"] in ids["organizations"]
        assert m.get("on_behalf_of_id", COUNCIL["id"]) in ids["organizations"]
    for e in popolo["events"]:
        assert e["organization_id"] in ids["organizations"]
        assert all(a["id"] in ids["persons"] for a in e["attendees"])
    for motion in popolo["motions"]:
        assert motion["legislative_session_id"] in ids["events"]
    for v in popolo["vote_events"]:
        assert v["motion_id"] in ids["motions"]
        people = [p for group in v.get("+quorum", {}).values() if isinstance(group, list) for p in group]
        assert set(people) <= ids["persons"]


def test_the_export_says_what_the_meetings_say(popolo: Dict[str, Any]) -> None:
    # A meeting is an event of its body, on its day, with everyone on its attendance list.
    assert [(e["organization_id"], e["start_date"], len(e["attendees"])) for e in popolo["events"]] == [
        ("trondelag-sorvest/kdu", m["date"], len(m["attendance"])) for m in MEETINGS
    ]
    # A motion per decided item, by its case number, with the decision as worded.
    decided = [item for m in MEETINGS for item in m["agenda"] if "decision" in item]
    assert [(x["identifier"], x["text"]) for x in popolo["motions"]] == [(i.get("number"), i["decision"]["text"]) for i in decided]
    # The council's people are one person each, under the name the council gives: the
    # minutes' "Beathe Sandvik Meland" is the member Beate Sandvik Meland of Frøya.
    names = [p["name"] for p in popolo["persons"]]
    assert len(names) == len(set(names))
    assert "Beate Sandvik Meland" in names and "Beathe Sandvik Meland" not in names
    beate = next(p for p in popolo["persons"] if p["name"] == "Beate Sandvik Meland")
    frøya = [m for m in popolo["memberships"] if m["person_id"] == beate["id"]]
    assert {(m["organization_id"], m["on_behalf_of_id"], m["+voting"]) for m in frøya} >= {("trondelag-sorvest/rr", "kommune/5014", False)}
    # Kommuner carry their number.
    orkland = next(o for o in popolo["organizations"] if o["name"] == "Orkland")
    assert orkland["identifiers"] == [{"scheme": "kommunenummer", "identifier": "5059"}]


def test_votes_by_name_and_the_quorum_of_an_item() -> None:
    meeting = copy.deepcopy(MEETINGS[2])
    present: List[str] = [a["name"] for a in meeting["attendance"] if a["status"] == "present" and a["capacity"] == "member"]
    decision = meeting["agenda"][0]["decision"]
    decision.pop("unanimous", None)
    decision["votes"] = {
        "for": len(present) - 1,
        "against": 1,
        "named": [{"name": n, "vote": "for"} for n in present[:-1]] + [{"name": present[-1], "vote": "against"}],
    }
    popolo = regionrad.export(COUNCIL, [meeting], to="popolo")
    vote = popolo["vote_events"][0]
    validator("vote_event").validate(vote)
    assert vote["counts"] == [
        {"option": "yes", "value": len(present) - 1},
        {"option": "no", "value": 1},
        {"option": "abstain", "value": 0},
    ]
    assert [v["option"] for v in vote["votes"]] == ["yes"] * (len(present) - 1) + ["no"]
    # Everyone present with a vote counted for the item (no one left early in this meeting).
    assert len(vote["+quorum"]["present_voting"]) == len(present)
    assert vote["+quorum"]["seats"] == 10


def test_only_standards_it_writes() -> None:
    with pytest.raises(regionrad.InvalidArgumentError, match="popolo"):
        regionrad.export(COUNCIL, MEETINGS, to="oparl")
