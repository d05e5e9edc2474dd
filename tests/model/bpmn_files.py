"""BPMN 2.0 files written for the tests: a help desk with every construct the import maps (lanes,
tasks, gateways with conditions and BPSim probabilities, a start event with a BPSim arrival, a
boundary timer, a message catch, a data object, an annotation, a parallel gateway, a
sub-process, a message flow to another pool), with its diagram (BPMN DI)."""

from __future__ import annotations

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:bpsim="http://www.bpsim.org/schemas/1.0"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="Definitions_1" name="Support informatique" targetNamespace="http://bpmn.io/schema/bpmn">
"""

# (id, x, y, width, height) of every shape; lanes start at x=160 (the pool's band is 130-160)
SHAPES = {
    "Pool_desk": (130, 80, 1700, 640),
    "Lane_client": (160, 80, 1670, 160),
    "Lane_n1": (160, 240, 1670, 160),
    "Lane_n2": (160, 400, 1670, 160),
    "Lane_system": (160, 560, 1670, 160),
    "Pool_vendor": (130, 800, 1700, 100),
    "Start_mail": (212, 142, 36, 36),
    "Task_qualify": (300, 280, 100, 80),
    "Gw_priority": (450, 295, 50, 50),
    "Task_solve": (560, 280, 100, 80),
    "Gw_solved": (710, 295, 50, 50),
    "Task_expert": (560, 440, 100, 80),
    "Timer_expert": (622, 502, 36, 36),
    "Catch_reply": (812, 142, 36, 36),
    "Gw_amount": (900, 295, 50, 50),
    "Fork": (1000, 295, 50, 50),
    "Task_log": (1100, 600, 100, 80),
    "Task_mail": (1100, 280, 100, 80),
    "Join": (1250, 295, 50, 50),
    "Sub_diag": (1350, 440, 100, 80),
    "End_ok": (1500, 142, 36, 36),
    "End_abandon": (900, 142, 36, 36),
    "Data_ticket": (332, 160, 36, 50),
    "Note_1": (420, 90, 160, 40),
}

BODY = """
  <bpmn:collaboration id="Collab">
    <bpmn:participant id="Pool_desk" name="Centre de services" processRef="Process_desk"/>
    <bpmn:participant id="Pool_vendor" name="Fournisseur"/>
    <bpmn:messageFlow id="Msg_vendor" name="Signalement" sourceRef="Sub_diag" targetRef="Pool_vendor"/>
  </bpmn:collaboration>
  <bpmn:process id="Process_desk" isExecutable="true">
    <bpmn:extensionElements>
      <camunda:formData>
        <camunda:formField id="priority" label="Priorité" type="enum">
          <camunda:value id="P1" name="Critique"/><camunda:value id="P2" name="Haute"/>
          <camunda:value id="P3" name="Normale"/>
        </camunda:formField>
      </camunda:formData>
    </bpmn:extensionElements>
    <bpmn:laneSet id="LaneSet_1">
      <bpmn:lane id="Lane_client" name="Client">
        <bpmn:flowNodeRef>Start_mail</bpmn:flowNodeRef><bpmn:flowNodeRef>Catch_reply</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>End_ok</bpmn:flowNodeRef><bpmn:flowNodeRef>End_abandon</bpmn:flowNodeRef>
      </bpmn:lane>
      <bpmn:lane id="Lane_n1" name="Support niveau 1">
        <bpmn:flowNodeRef>Task_qualify</bpmn:flowNodeRef><bpmn:flowNodeRef>Gw_priority</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_solve</bpmn:flowNodeRef><bpmn:flowNodeRef>Gw_solved</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Gw_amount</bpmn:flowNodeRef><bpmn:flowNodeRef>Fork</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_mail</bpmn:flowNodeRef><bpmn:flowNodeRef>Join</bpmn:flowNodeRef>
      </bpmn:lane>
      <bpmn:lane id="Lane_n2" name="Niveau 2 — Techniciens">
        <bpmn:flowNodeRef>Task_expert</bpmn:flowNodeRef><bpmn:flowNodeRef>Sub_diag</bpmn:flowNodeRef>
      </bpmn:lane>
      <bpmn:lane id="Lane_system" name="Système">
        <bpmn:flowNodeRef>Task_log</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="Start_mail" name="Courriel reçu">
      <bpmn:messageEventDefinition id="Md1"/>
    </bpmn:startEvent>
    <bpmn:userTask id="Task_qualify" name="Qualifier la demande">
      <bpmn:documentation>Lire la demande et fixer la priorité.</bpmn:documentation>
      <bpmn:dataOutputAssociation id="DOA_1">
        <bpmn:targetRef>Data_ticket</bpmn:targetRef>
      </bpmn:dataOutputAssociation>
    </bpmn:userTask>
    <bpmn:exclusiveGateway id="Gw_priority" name="Priorité ?" default="F_normal"/>
    <bpmn:userTask id="Task_solve" name="Résoudre au niveau 1"/>
    <bpmn:exclusiveGateway id="Gw_solved" name="Résolu ?"/>
    <bpmn:userTask id="Task_expert" name="Intervention niveau 2"/>
    <bpmn:boundaryEvent id="Timer_expert" name="30 minutes" attachedToRef="Task_expert">
      <bpmn:timerEventDefinition id="Td1">
        <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT30M</bpmn:timeDuration>
      </bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:intermediateCatchEvent id="Catch_reply" name="Réponse du client">
      <bpmn:messageEventDefinition id="Md2"/>
    </bpmn:intermediateCatchEvent>
    <bpmn:exclusiveGateway id="Gw_amount" name="Montant élevé ?"/>
    <bpmn:parallelGateway id="Fork" name="En parallèle"/>
    <bpmn:serviceTask id="Task_log" name="Journaliser"/>
    <bpmn:sendTask id="Task_mail" name="Envoyer le compte rendu"/>
    <bpmn:parallelGateway id="Join"/>
    <bpmn:subProcess id="Sub_diag" name="Diagnostic approfondi">
      <bpmn:startEvent id="Sub_start"/>
      <bpmn:task id="Sub_task" name="Reproduire"/>
      <bpmn:endEvent id="Sub_end"/>
      <bpmn:sequenceFlow id="Sub_f1" sourceRef="Sub_start" targetRef="Sub_task"/>
      <bpmn:sequenceFlow id="Sub_f2" sourceRef="Sub_task" targetRef="Sub_end"/>
    </bpmn:subProcess>
    <bpmn:endEvent id="End_ok" name="Demande résolue"/>
    <bpmn:endEvent id="End_abandon" name="Abandonnée"/>
    <bpmn:dataObjectReference id="Data_ticket" name="Numéro de ticket" dataObjectRef="DataObject_1"/>
    <bpmn:dataObject id="DataObject_1"/>
    <bpmn:textAnnotation id="Note_1">
      <bpmn:text>Priorité selon la matrice impact × urgence</bpmn:text>
    </bpmn:textAnnotation>
    <bpmn:association id="Assoc_1" sourceRef="Note_1" targetRef="Gw_priority"/>
    <bpmn:sequenceFlow id="F1" sourceRef="Start_mail" targetRef="Task_qualify"/>
    <bpmn:sequenceFlow id="F2" sourceRef="Task_qualify" targetRef="Gw_priority"/>
    <bpmn:sequenceFlow id="F_urgent" name="Critique" sourceRef="Gw_priority" targetRef="Task_expert">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"
        >${priority == 'P1'}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="F_normal" name="Autre" sourceRef="Gw_priority" targetRef="Task_solve"/>
    <bpmn:sequenceFlow id="F3" sourceRef="Task_solve" targetRef="Gw_solved"/>
    <bpmn:sequenceFlow id="F_yes" name="Oui" sourceRef="Gw_solved" targetRef="Catch_reply"/>
    <bpmn:sequenceFlow id="F_no" name="Non" sourceRef="Gw_solved" targetRef="Task_expert"/>
    <bpmn:sequenceFlow id="F_late" sourceRef="Timer_expert" targetRef="Sub_diag"/>
    <bpmn:sequenceFlow id="F4" sourceRef="Task_expert" targetRef="Catch_reply"/>
    <bpmn:sequenceFlow id="F5" sourceRef="Catch_reply" targetRef="Gw_amount"/>
    <bpmn:sequenceFlow id="F_big" sourceRef="Gw_amount" targetRef="Fork">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"
        >${amount &gt; 1000}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="F_small" sourceRef="Gw_amount" targetRef="End_abandon">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"
        >${amount &lt;= 1000}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="F6" sourceRef="Fork" targetRef="Task_log"/>
    <bpmn:sequenceFlow id="F7" sourceRef="Fork" targetRef="Task_mail"/>
    <bpmn:sequenceFlow id="F8" sourceRef="Task_log" targetRef="Join"/>
    <bpmn:sequenceFlow id="F9" sourceRef="Task_mail" targetRef="Join"/>
    <bpmn:sequenceFlow id="F10" sourceRef="Join" targetRef="End_ok"/>
    <bpmn:sequenceFlow id="F11" sourceRef="Sub_diag" targetRef="Catch_reply"/>
  </bpmn:process>
  <bpmn:resource id="Res_n1" name="Agents de niveau 1"/>
  <bpmn:resource id="Res_n2" name="Techniciens"/>
"""

BPSIM = """
  <bpmn:relationship type="BPSimData">
    <bpmn:extensionElements>
      <bpsim:BPSimData>
        <bpsim:Scenario id="S1" name="Base">
          <bpsim:ScenarioParameters baseTimeUnit="min"/>
          <bpsim:ElementParameters elementRef="Start_mail">
            <bpsim:TimeParameters><bpsim:InterTriggerTimer>
              <bpsim:ExponentialDistribution mean="12"/>
            </bpsim:InterTriggerTimer></bpsim:TimeParameters>
          </bpsim:ElementParameters>
          <bpsim:ElementParameters elementRef="Task_qualify">
            <bpsim:TimeParameters><bpsim:ProcessingTime>
              <bpsim:TriangularDistribution min="2" mode="4" max="9"/>
            </bpsim:ProcessingTime></bpsim:TimeParameters>
            <bpsim:ResourceParameters><bpsim:Selection>
              <bpsim:ExpressionParameter value="getResource('Res_n1', 1)"/>
            </bpsim:Selection></bpsim:ResourceParameters>
          </bpsim:ElementParameters>
          <bpsim:ElementParameters elementRef="Task_solve">
            <bpsim:TimeParameters><bpsim:ProcessingTime>
              <bpsim:DurationParameter value="PT15M"/>
            </bpsim:ProcessingTime></bpsim:TimeParameters>
            <bpsim:ResourceParameters><bpsim:Selection>
              <bpsim:ExpressionParameter value="getResource('Res_n1', 1)"/>
            </bpsim:Selection></bpsim:ResourceParameters>
          </bpsim:ElementParameters>
          <bpsim:ElementParameters elementRef="Task_expert">
            <bpsim:TimeParameters><bpsim:ProcessingTime>
              <bpsim:NormalDistribution mean="40" standardDeviation="20"/>
            </bpsim:ProcessingTime></bpsim:TimeParameters>
            <bpsim:ResourceParameters><bpsim:Selection>
              <bpsim:ExpressionParameter value="getResource('Res_n2', 1)"/>
            </bpsim:Selection></bpsim:ResourceParameters>
          </bpsim:ElementParameters>
          <bpsim:ElementParameters elementRef="Sub_diag">
            <bpsim:TimeParameters><bpsim:ProcessingTime>
              <bpsim:ExponentialDistribution mean="1.5" timeUnit="hour"/>
            </bpsim:ProcessingTime></bpsim:TimeParameters>
            <bpsim:ResourceParameters><bpsim:Selection>
              <bpsim:ExpressionParameter value="getResource('Res_n2', 1)"/>
            </bpsim:Selection></bpsim:ResourceParameters>
          </bpsim:ElementParameters>
          <bpsim:ElementParameters elementRef="Catch_reply">
            <bpsim:TimeParameters><bpsim:ProcessingTime>
              <bpsim:ExponentialDistribution mean="240"/>
            </bpsim:ProcessingTime></bpsim:TimeParameters>
          </bpsim:ElementParameters>
          <bpsim:ElementParameters elementRef="F_yes">
            <bpsim:ControlParameters><bpsim:Probability>
              <bpsim:FloatingParameter value="0.7"/>
            </bpsim:Probability></bpsim:ControlParameters>
          </bpsim:ElementParameters>
          <bpsim:ElementParameters elementRef="F_no">
            <bpsim:ControlParameters><bpsim:Probability>
              <bpsim:FloatingParameter value="0.2"/>
            </bpsim:Probability></bpsim:ControlParameters>
          </bpsim:ElementParameters>
          <bpsim:ElementParameters elementRef="Res_n1">
            <bpsim:ResourceParameters><bpsim:Quantity>
              <bpsim:NumericParameter value="4"/>
            </bpsim:Quantity></bpsim:ResourceParameters>
            <bpsim:CostParameters><bpsim:UnitCost>
              <bpsim:FloatingParameter value="0.5"/>
            </bpsim:UnitCost></bpsim:CostParameters>
          </bpsim:ElementParameters>
          <bpsim:ElementParameters elementRef="Res_n2">
            <bpsim:ResourceParameters><bpsim:Quantity>
              <bpsim:NumericParameter value="2"/>
            </bpsim:Quantity></bpsim:ResourceParameters>
          </bpsim:ElementParameters>
        </bpsim:Scenario>
      </bpsim:BPSimData>
    </bpmn:extensionElements>
    <bpmn:source>Definitions_1</bpmn:source>
    <bpmn:target>Definitions_1</bpmn:target>
  </bpmn:relationship>
"""

# waypoints of one edge with a bend, to check that the bends are kept and moved with the lanes
EDGES = {"F11": [(1450, 480), (1480, 480), (1480, 160), (848, 160)]}


def diagram() -> str:
    shapes = []
    for key, (x, y, w, h) in SHAPES.items():
        horizontal = ' isHorizontal="true"' if key.startswith(("Pool", "Lane")) else ""
        shapes.append(
            f'<bpmndi:BPMNShape id="S_{key}" bpmnElement="{key}"{horizontal}>'
            f'<dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}"/></bpmndi:BPMNShape>'
        )
    for key, points in EDGES.items():
        waypoints = "".join(f'<di:waypoint x="{x}" y="{y}"/>' for x, y in points)
        shapes.append(f'<bpmndi:BPMNEdge id="E_{key}" bpmnElement="{key}">{waypoints}</bpmndi:BPMNEdge>')
    return (
        '<bpmndi:BPMNDiagram id="Diagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="Collab">'
        + "".join(shapes)
        + "</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>"
    )


def help_desk(bpsim: bool = True) -> bytes:
    """The whole help desk, with or without its BPSim data."""
    return (HEAD + BODY + diagram() + (BPSIM if bpsim else "") + "</bpmn:definitions>\n").encode("utf-8")


def minimal(flow: str = "", extra_nodes: str = "") -> bytes:
    """A start, a task and an end in one process without lanes or diagram, plus what is given."""
    return (
        HEAD
        + '<bpmn:process id="P"><bpmn:startEvent id="s" name="Portail"/>'
        + '<bpmn:task id="t" name="Traiter"/><bpmn:endEvent id="e" name="Clos"/>'
        + '<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/>'
        + (flow or '<bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/>')
        + extra_nodes
        + "</bpmn:process></bpmn:definitions>"
    ).encode("utf-8")
